/*
 * walk.c - the inputs of a run (ingest.h): files and folders walked once
 * each, pipes waited for, URLs fetched, standard input; each read through
 * the pipeline (ingest_read(), then ingest_article() for each article).
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "ingest_int.h"
#include "reader.h"

/* The reader's sink. */
static int emit(struct rd_ctx *ctx, struct article *a)
{
	struct ingest *ing = ctx->user;
	ing->st.done_bytes = ing->base_bytes + ctx->consumed;
	return ingest_article(ing, a);
}

static void fail(struct rd_ctx *ctx, const char *origin, const char *msg)
{
	struct ingest *ing = ctx->user;
	ingest_report(ing, "error", origin, msg);
	ing->st.failed++;
	ingest_progress(ing);
}

/* The input has nothing to read yet: write the articles on their way, so
 * that a live pipe's stories are searchable as they come. */
static void idle(void *user)
{
	ingest_pipe_drain(user);
}

/*
 * Read one input from `s` with the reader its content asks for, each
 * article through the pipeline.  A problem of the input (its format, its
 * size, a read error, a failed fetch) is reported and counted, and the
 * run goes on; what is returned stops it: a failure to write the index
 * (kept in ing->fatal), or a signal (DS_EINTR).
 */
static int ingest_read(struct ingest *ing, struct src *s, const char *origin,
		       const char *url, const char *content_type)
{
	struct rd_ctx ctx = { emit, fail, ing->fetch, 0, ing,
			      ing->opts.fetch.max_bytes, ing->opts.stop };
	struct ds_err err = DS_ERR_INIT;
	ing->base_bytes = ing->st.done_bytes;
	if (ing->pipe) {
		s->idle = idle;
		s->idle_user = ing;
	}
	int rc = rd_input(&ctx, s, origin, url, content_type, &err);
	if (rc == DS_EFORMAT || rc == DS_EFETCH || rc == DS_EIO) {
		ingest_report(ing, "error", origin, err.msg);
		ing->st.failed++;
		rc = 0;
	} else if (rc && rc != DS_EINTR && !ing->fatal.code) {
		ingest_fatal(ing, origin, rc, &err);
	}
	ing->st.done_bytes = ing->base_bytes + s->consumed;
	ingest_progress(ing);
	return rc;
}

static void input_error(struct ingest *ing, const char *path, const char *what,
			int errnum)
{
	char msg[DS_ERR_MSG_MAX + 64];
	if (errnum)
		snprintf(msg, sizeof(msg), "%s: %s", what, strerror(errnum));
	else
		snprintf(msg, sizeof(msg), "%s", what);
	ingest_report(ing, "error", path, msg);
	ing->st.failed++;
	ingest_progress(ing);
}

/*
 * A pipe may have no writer yet, and open() or read() would then wait for
 * ever while this process holds the index's write lock.  Wait for its first
 * bytes (or its end) at most --timeout seconds; once data flows, a slow
 * writer is waited for as long as it takes.
 */
static int wait_for_writer(struct ingest *ing, int fd)
{
	long secs = ing->opts.fetch.timeout_s ? ing->opts.fetch.timeout_s : 30;
	struct pollfd p = { fd, POLLIN, 0 };
	struct timespec t0, t;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		int left = (int)(secs * 1000);
		clock_gettime(CLOCK_MONOTONIC, &t);
		left -= (int)((t.tv_sec - t0.tv_sec) * 1000 +
			      (t.tv_nsec - t0.tv_nsec) / 1000000);
		if (left <= 0)
			return ETIMEDOUT;
		int n = poll(&p, 1, left > 200 ? 200 : left);
		if (n > 0)
			break;
		if (ingest_stopped(ing))
			return EINTR;
		if (n < 0 && errno != EINTR)
			return errno;
	}
	int fl = fcntl(fd, F_GETFL);
	return fl < 0 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) ? errno : 0;
}

/* A file or a pipe: streamed through the reader its content asks for. */
static int ingest_file(struct ingest *ing, const char *path, int pipe)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | (pipe ? O_NONBLOCK : 0));
	if (fd < 0) {
		input_error(ing, path, "cannot open", errno);
		return 0;
	}
	/* a pipe may keep us waiting: what is on its way is written first */
	if (pipe)
		ingest_pipe_drain(ing);
	int e = pipe ? wait_for_writer(ing, fd) : 0;
	if (e == EINTR) {
		close(fd);
		return DS_EINTR;
	}
	if (e) {
		char msg[128];
		snprintf(msg, sizeof(msg), "no data from the pipe after %ld s "
			 "(--timeout); is anything writing to it?",
			 ing->opts.fetch.timeout_s ? ing->opts.fetch.timeout_s
						   : 30L);
		close(fd);
		input_error(ing, path, e == ETIMEDOUT ? msg : strerror(e), 0);
		return 0;
	}
	struct src s;
	src_init_fd(&s, fd, path, ing->opts.stop);
	int rc = ingest_read(ing, &s, path, NULL, NULL);
	src_release(&s);
	close(fd);
	return rc;
}

/*
 * Have we read this file or folder already in this input?  Symbolic links
 * are followed, so a link to a folder read before, or a link loop (`ln -s
 * . x`), would read the same files again, without end for a loop: each
 * (device, inode) is read once.
 */
static int seen_before(struct ingest *ing, const struct stat *sb)
{
	char key[sizeof(sb->st_dev) + sizeof(sb->st_ino)];
	memcpy(key, &sb->st_dev, sizeof(sb->st_dev));
	memcpy(key + sizeof(sb->st_dev), &sb->st_ino, sizeof(sb->st_ino));
	return smap_put(ing->seen, key, sizeof(key), 1) >= 0;
}

static int walk(struct ingest *ing, const char *path, int depth, int plan)
{
	struct stat sb;
	if (stat(path, &sb)) {
		if (!plan)
			input_error(ing, path, "cannot read", errno);
		return 0;
	}
	if (S_ISREG(sb.st_mode)) {
		if (seen_before(ing, &sb))
			return 0;
		if (plan) {
			ing->st.total_bytes += (uint64_t)sb.st_size;
			return 0;
		}
		return ingest_file(ing, path, 0);
	}
	/* a pipe, as from `index <(zcat x.jsonl.gz)`: its size is unknown */
	if (S_ISFIFO(sb.st_mode))
		return plan ? 0 : ingest_file(ing, path, 1);
	if (!S_ISDIR(sb.st_mode)) {
		/* /dev/zero, /dev/urandom: endless, and not articles */
		if (!plan)
			input_error(ing, path, S_ISCHR(sb.st_mode) ||
				    S_ISBLK(sb.st_mode) ? "a device, not a file, "
				    "folder or pipe" : "not a regular file, "
				    "folder or pipe", 0);
		return 0;
	}
	if (seen_before(ing, &sb)) {
		if (!plan)
			ingest_report(ing, "warning", path, "folder already read "
			       "through another path (a symbolic link), "
			       "skipped");
		return 0;
	}
	if (depth >= INGEST_MAX_DEPTH) {
		if (!plan)
			ingest_report(ing, "warning", path, "folder nested too deep, "
			       "skipped");
		return 0;
	}
	struct dirent **names = NULL;
	int n = scandir(path, &names, NULL, alphasort);
	if (n < 0) {
		if (!plan)
			input_error(ing, path, "cannot list", errno);
		return 0;
	}
	int rc = 0;
	struct buf child = BUF_INIT;
	for (int i = 0; i < n; i++) {
		if (!rc && names[i]->d_name[0] != '.') {
			buf_reset(&child);
			buf_addf(&child, "%s%s%s", path,
				 path[strlen(path) - 1] == '/' ? "" : "/",
				 names[i]->d_name);
			rc = walk(ing, child.buf, depth + 1, plan);
			if (!rc && ingest_stopped(ing))
				rc = DS_EINTR;
		}
		free(names[i]);
	}
	free(names);
	buf_release(&child);
	return rc;
}

void ingest_plan(struct ingest *ing, const char *arg)
{
	if (strcmp(arg, "-") && !fetch_is_url(arg)) {
		smap_clear(ing->seen);
		walk(ing, arg, 0, 1);
	}
}

static int ingest_url(struct ingest *ing, const char *url)
{
	struct fetch_result r;
	struct ds_err err = DS_ERR_INIT;
	fetch_result_init(&r);
	int rc = 0;
	if (fetch_get(ing->fetch, url, &r, &err)) {
		if (err.code == DS_EINTR)
			rc = DS_EINTR;
		else
			input_error(ing, url, err.msg, 0);
	} else {
		struct src s;
		src_init_mem(&s, r.body.buf, r.body.len, url);
		uint64_t before = ing->st.done_bytes;
		rc = ingest_read(ing, &s, url, r.final_url.buf,
				r.content_type.buf);
		ing->st.done_bytes = before;   /* not part of the plan */
		src_release(&s);
	}
	fetch_result_release(&r);
	return rc;
}

static int ingest_stdin(struct ingest *ing)
{
	struct stat sb;
	if (fstat(STDIN_FILENO, &sb) == 0 && (S_ISBLK(sb.st_mode) ||
	    (S_ISCHR(sb.st_mode) && !isatty(STDIN_FILENO)))) {
		input_error(ing, "-", "standard input is a device, not a file "
			    "or pipe", 0);
		return 0;
	}
	struct src s;
	src_init_fd(&s, STDIN_FILENO, "stdin", ing->opts.stop);
	int rc = ingest_read(ing, &s, "stdin", NULL, NULL);
	src_release(&s);
	return rc;
}

int ingest_input(struct ingest *ing, const char *arg, struct ds_err *err)
{
	int rc;
	smap_clear(ing->seen);
	if (ingest_stopped(ing))
		rc = DS_EINTR;
	else if (!strcmp(arg, "-"))
		rc = ingest_stdin(ing);
	else if (fetch_is_url(arg))
		rc = ingest_url(ing, arg);
	else
		rc = walk(ing, arg, 0, 0);
	if (rc == DS_EINTR)
		ds_err_set(err, rc, "interrupted");
	else if (rc)
		ds_err_set(err, rc, "%s", ing->fatal.code ? ing->fatal.msg :
			   "cannot write the index");
	return rc;
}
