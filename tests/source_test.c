/*
 * source_test.c - indexer/read/source.h: lines, over-long lines, whole
 * documents within a limit, peeks, blocks, a stop flag; from memory and
 * from a pipe, with the same answers.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "source.h"

/*
 * A source over `data`: from memory, or from a pipe that a child fills in
 * small writes (so lines cross the source's reads).
 */
struct fixture {
	struct src s;
	int fd;
	pid_t child;
};

static void open_source(struct fixture *f, const char *data, size_t len,
			int piped)
{
	f->fd = -1;
	f->child = 0;
	if (!piped) {
		src_init_mem(&f->s, data, len, "mem");
		return;
	}
	int p[2];
	assert_int_equal(pipe(p), 0);
	f->child = fork();
	assert_true(f->child >= 0);
	if (f->child == 0) {
		close(p[0]);
		for (size_t i = 0; i < len; i += 1000) {
			size_t n = len - i < 1000 ? len - i : 1000;
			if (write(p[1], data + i, n) != (ssize_t)n)
				_exit(1);
		}
		_exit(0);
	}
	close(p[1]);
	f->fd = p[0];
	src_init_fd(&f->s, f->fd, "pipe", NULL);
}

static void close_source(struct fixture *f)
{
	src_release(&f->s);
	if (f->fd >= 0)
		close(f->fd);
	if (f->child > 0)
		waitpid(f->child, NULL, 0);
}

/* "a\n" + 200,000 x "b" + "\n\nc" : a short line, a long one, an empty
 * one, and a last line without its newline. */
static char *sample(size_t *len)
{
	size_t n = 2 + 200000 + 2 + 1;
	char *d = malloc(n);
	memcpy(d, "a\n", 2);
	memset(d + 2, 'b', 200000);
	memcpy(d + 200002, "\n\nc", 3);
	*len = n;
	return d;
}

static void check_lines(int piped, size_t max)
{
	size_t len;
	char *d = sample(&len);
	struct fixture f;
	open_source(&f, d, len, piped);
	struct ds_err err = DS_ERR_INIT;
	const char *line;
	size_t n;
	uint64_t too_long;

	assert_int_equal(src_line(&f.s, max, &line, &n, &too_long, &err), 1);
	assert_int_equal(n, 1);
	assert_memory_equal(line, "a", 1);
	assert_int_equal(too_long, 0);

	assert_int_equal(src_line(&f.s, max, &line, &n, &too_long, &err), 1);
	if (max >= 200000) {
		assert_int_equal(n, 200000);
		assert_int_equal(too_long, 0);
		assert_int_equal(line[0], 'b');
		assert_int_equal(line[199999], 'b');
	} else {
		assert_int_equal(n, 0);   /* dropped, with its length */
		assert_int_equal(too_long, 200000);
	}
	assert_int_equal(src_line(&f.s, max, &line, &n, &too_long, &err), 1);
	assert_int_equal(n, 0);
	assert_int_equal(too_long, 0);
	assert_int_equal(src_line(&f.s, max, &line, &n, &too_long, &err), 1);
	assert_int_equal(n, 1);
	assert_memory_equal(line, "c", 1);
	assert_int_equal(src_line(&f.s, max, &line, &n, &too_long, &err), 0);
	assert_int_equal(f.s.consumed, len);
	/* the buffer stays near the limit, not the input's size */
	if (piped && max < 200000)
		assert_true(f.s.buf.alloc < max + 3 * 65536);
	close_source(&f);
	free(d);
}

static void test_lines_mem(void **state)
{
	(void)state;
	check_lines(0, 1 << 20);
	check_lines(0, 1000);
}

static void test_lines_pipe(void **state)
{
	(void)state;
	check_lines(1, 1 << 20);
	check_lines(1, 1000);
}

static void check_rest(int piped)
{
	size_t len;
	char *d = sample(&len);
	struct fixture f;
	const char *data;
	size_t n;
	struct ds_err err = DS_ERR_INIT;

	open_source(&f, d, len, piped);
	assert_int_equal(src_peek(&f.s, 4, &data, &n, &err), 0);
	assert_int_equal(n, 4);
	assert_memory_equal(data, "a\nbb", 4);
	assert_int_equal(f.s.consumed, 0);   /* a peek consumes nothing */
	assert_int_equal(src_rest(&f.s, len, &data, &n, &err), 0);
	assert_int_equal(n, len);
	assert_memory_equal(data, d, len);
	close_source(&f);

	open_source(&f, d, len, piped);
	assert_int_equal(src_rest(&f.s, 1000, &data, &n, &err), DS_EFORMAT);
	assert_non_null(strstr(err.msg, "larger than the limit of 1000"));
	close_source(&f);
	free(d);
}

static void test_rest(void **state)
{
	(void)state;
	check_rest(0);
	check_rest(1);
}

static void test_read_blocks(void **state)
{
	(void)state;
	size_t len;
	char *d = sample(&len);
	struct fixture f;
	open_source(&f, d, len, 1);
	struct ds_err err = DS_ERR_INIT;
	char block[777];
	size_t got = 0;
	ssize_t n;
	while ((n = src_read(&f.s, block, sizeof(block), &err)) > 0) {
		assert_memory_equal(block, d + got, (size_t)n);
		got += (size_t)n;
	}
	assert_int_equal(n, 0);
	assert_int_equal(got, len);
	close_source(&f);
	free(d);
}

/* A read waiting on a silent pipe ends when a signal sets the flag. */
static volatile sig_atomic_t stop;

static void on_alarm(int sig)
{
	stop = sig;
}

static void test_stop(void **state)
{
	(void)state;
	int p[2];
	assert_int_equal(pipe(p), 0);
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;   /* no SA_RESTART */
	sigaction(SIGALRM, &sa, NULL);
	struct src s;
	src_init_fd(&s, p[0], "silent", &stop);
	struct ds_err err = DS_ERR_INIT;
	const char *line;
	size_t n;
	uint64_t too_long;
	alarm(1);
	assert_int_equal(src_line(&s, 100, &line, &n, &too_long, &err),
			 DS_EINTR);
	assert_int_equal(stop, SIGALRM);
	src_release(&s);
	close(p[0]);
	close(p[1]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lines_mem),
		cmocka_unit_test(test_lines_pipe),
		cmocka_unit_test(test_rest),
		cmocka_unit_test(test_read_blocks),
		cmocka_unit_test(test_stop),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
