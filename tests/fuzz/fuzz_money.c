/*
 * fuzz_money.c - the money recogniser (include/money.h) on any bytes, with
 * the bundled currency table: the one scanner the indexer runs on stories
 * and the query parser on ">$30M".
 */
#include <math.h>

#include "fuzz.h"
#include "money.h"

static struct gaz *g;
static const struct money_tab *tab;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	g = fz_gazetteer();
	tab = gaz_money(g);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* an exact-size copy: the scanner is given a length, not a string */
	char *text = xmalloc(size ? size : 1);
	memcpy(text, data, size);
	struct money *m = NULL;
	size_t cap = 0;
	size_t n = money_scan(tab, text, size, &m, 0, &cap);
	FZ_CHECK(n <= cap);
	struct buf out = BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		FZ_CHECK(m[i].start < m[i].end && m[i].end <= size);
		if (i)
			FZ_CHECK(m[i].start >= m[i - 1].start);
		FZ_CHECK(memchr(m[i].currency, '\0', sizeof(m[i].currency)));
		FZ_CHECK(!(m[i].low > m[i].high));
		if (!(m[i].flags & MONEY_RANGE))
			FZ_CHECK(m[i].low == m[i].value &&
				 m[i].high == m[i].value);
		/* no currency, no dollars: unless the text states them */
		if (!m[i].currency[0] && !(m[i].flags & MONEY_USD_STATED))
			FZ_CHECK(isnan(m[i].usd));
		if (!isnan(m[i].usd))
			money_format_usd(m[i].usd, &out);
	}
	/* and appending to what a caller already holds */
	n = money_scan(tab, text, size, &m, n, &cap);
	FZ_CHECK(n <= cap);
	buf_release(&out);
	free(m);
	free(text);
	return 0;
}
