/*
 * fuzz.h - what the libFuzzer harnesses of tests/fuzz share: the input as a
 * C string, the bundled gazetteer loaded once, and a check that stops the
 * run when a module breaks a promise its header makes.
 *
 * Each harness is one fuzz_<target>.c with LLVMFuzzerTestOneInput (and
 * LLVMFuzzerInitialize for what it loads once).  A harness is
 * deterministic (no clock, no randomness, no network) and frees everything
 * an input allocates, so LeakSanitizer's reports are the product's leaks.
 */
#ifndef DS_FUZZ_H
#define DS_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyse.h"
#include "buf.h"
#include "gazetteer.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A broken contract is a crash: libFuzzer saves the input. */
#define FZ_CHECK(cond)                                                     \
	do {                                                               \
		if (!(cond)) {                                             \
			fprintf(stderr, "%s:%d: contract broken: %s\n",    \
				__FILE__, __LINE__, #cond);                \
			abort();                                           \
		}                                                          \
	} while (0)

/* OUT: the input as a NUL-terminated string (caller frees). */
static inline char *fz_string(const uint8_t *data, size_t size)
{
	return xstrndup((const char *)data, size);
}

/* Whether s[0..len) is valid UTF-8 (as analyse.h's repair sees it). */
static inline int fz_valid_utf8(const char *s, size_t len)
{
	struct buf b = BUF_INIT;
	size_t bad = ana_utf8_repair(s, len, &b);
	buf_release(&b);
	return bad == 0;
}

/* The bundled gazetteer, as programs without an index load it (once). */
static inline struct gaz *fz_gazetteer(void)
{
	struct gaz *g;
	struct ds_err err = DS_ERR_INIT;
	if (gaz_load_bundled(&g, &err)) {
		fprintf(stderr, "fuzz: cannot load the gazetteer: %s\n",
			err.msg);
		exit(1);
	}
	return g;
}

#endif /* DS_FUZZ_H */
