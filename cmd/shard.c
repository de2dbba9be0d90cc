/*
 * shard.c - `dealsearch shard`: an index's shards, and serving one with
 * Xapian's own remote backend (xapian-tcpsrv, docs/DISTRIBUTED.md).
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cmd.h"
#include "shards.h"

static const char usage[] =
"usage: dealsearch shard [--db DIR] list\n"
"       dealsearch shard [--db DIR] serve --shard K --port P\n"
"                                         [--interface ADDR] [--timeout MS]\n"
"\n"
"An index written with `index --shards N` keeps its stories in N shards\n"
"inside DIR.  `list` prints them, one a line, in the index's order.\n"
"`serve` serves shard K (from 0) read-only with xapian-tcpsrv (Debian's\n"
"xapian-tools) until stopped (SIGINT, SIGTERM or SIGHUP, passed on to\n"
"it).  A search host names the shards in a shard list file given to\n"
"--db, one HOST:PORT or path a line, with the catalog beside it\n"
"(docs/DISTRIBUTED.md).\n"
"\n"
"options:\n"
"  --db DIR             index folder (default as for index)\n"
"  --shard K            the shard to serve, from 0\n"
"  --port P             the TCP port to listen on\n"
"  --interface ADDR     the address to listen on (default 127.0.0.1; a\n"
"                       host name or address, e.g. 0.0.0.0 for every one)\n"
"  --timeout MS         close a connection idle or busy for MS\n"
"                       milliseconds (xapian-tcpsrv's --timeout)\n"
"  -h, --help           this help\n"
"\n"
"exit status:\n"
"  0                    success\n"
"  2                    an error (no such shard, xapian-tcpsrv missing)\n"
"  128+N                the server stopped by signal N (SIGTERM: 143)\n";

/* The program that serves a shard; XAPIAN_TCPSRV overrides (tests). */
static const char *tcpsrv(void)
{
	const char *p = getenv("XAPIAN_TCPSRV");
	return p && *p ? p : "xapian-tcpsrv";
}

/* The server's process group, for the signals forwarded to it. */
static volatile sig_atomic_t server_pgid;

static void forward(int sig)
{
	if (server_pgid > 0)
		kill(-(pid_t)server_pgid, sig);
}

/*
 * Run the server until it ends.  xapian-tcpsrv, stopped by a signal, sends
 * it on to its whole process group (its children serving connections), so
 * it runs in a group of its own -- else stopping it would stop the script
 * that started `shard serve` -- and the signals that stop this process
 * are forwarded to that group.
 */
static int serve(const char *const *args)
{
	fflush(stdout);
	int ready[2];
	if (pipe(ready))
		return cmd_error("cannot start '%s': %s", args[0],
				 strerror(errno));
	pid_t pid = fork();
	if (pid < 0)
		return cmd_error("cannot start '%s': %s", args[0],
				 strerror(errno));
	if (pid == 0) {
		setpgid(0, 0);
		close(ready[0]);
		fcntl(ready[1], F_SETFD, FD_CLOEXEC);
		execvp(args[0], (char *const *)args);
		int e = errno;
		if (write(ready[1], &e, sizeof(e)) < 0)
			_exit(127);
		_exit(127);
	}
	setpgid(pid, pid);
	server_pgid = pid;
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = forward;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	close(ready[1]);
	int e = 0;
	ssize_t n;
	while ((n = read(ready[0], &e, sizeof(e))) < 0 && errno == EINTR)
		;
	close(ready[0]);
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (n == (ssize_t)sizeof(e))
		return cmd_error("cannot run '%s' (Debian's xapian-tools): %s",
				 args[0], strerror(e));
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? CMD_OK :
	       CMD_ERROR;
}

int cmd_shard(int argc, char **argv)
{
	enum { O_DB = 256, O_SHARD, O_PORT, O_IFACE, O_TIMEOUT };
	static const struct option longopts[] = {
		{"db", required_argument, NULL, O_DB},
		{"shard", required_argument, NULL, O_SHARD},
		{"port", required_argument, NULL, O_PORT},
		{"interface", required_argument, NULL, O_IFACE},
		{"timeout", required_argument, NULL, O_TIMEOUT},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *db_opt = NULL, *iface = "127.0.0.1";
	unsigned long k = 0, port = 0, timeout = 0;
	int have_k = 0, c, rc;
	optind = 0;
	while ((c = cmd_getopt(argc, argv, "h", longopts)) != -1) {
		switch (c) {
		case O_DB: db_opt = optarg; break;
		case O_SHARD:
			if ((rc = cmd_parse_range("--shard", optarg, 0,
						  SHARDS_MAX - 1, &k)))
				return rc;
			have_k = 1;
			break;
		case O_PORT:
			if ((rc = cmd_parse_uint("--port", optarg, 65535, &port)))
				return rc;
			break;
		case O_IFACE: iface = optarg; break;
		case O_TIMEOUT:
			if ((rc = cmd_parse_uint("--timeout", optarg, 86400000,
						 &timeout)))
				return rc;
			break;
		case 'h': return cmd_usage(usage, 1);
		default: return CMD_ERROR;
		}
	}
	if (optind == argc)
		return cmd_usage(usage, 0);
	const char *verb = argv[optind];
	static const char *const verbs[] = {"list", "serve", NULL};
	if (strcmp(verb, "list") && strcmp(verb, "serve"))
		return cmd_unknown("shard command", verb, verbs,
				   "dealsearch shard --help");
	if (optind + 1 < argc)
		return cmd_error("'shard %s' takes no argument '%s'", verb,
				 argv[optind + 1]);
	struct shards sh;
	if ((rc = cmd_index_shards(db_opt, &sh)))
		return rc;
	rc = CMD_OK;
	if (!strcmp(verb, "list")) {
		for (size_t i = 0; i < sh.n; i++)
			printf("%s\n", sh.spec[i]);
	} else if (!have_k || !port) {
		rc = cmd_error("'shard serve' needs --shard K and --port P");
	} else if (k >= sh.n) {
		rc = cmd_error("no shard %lu: the index has %zu (0 to %zu)", k,
			       sh.n, sh.n - 1);
	} else if (shards_is_remote(sh.spec[k])) {
		rc = cmd_error("shard %lu is '%s', served elsewhere", k,
			       sh.spec[k]);
	} else {
		char p[16], t[16];
		snprintf(p, sizeof(p), "%lu", port);
		snprintf(t, sizeof(t), "%lu", timeout);
		const char *args[12];
		size_t n = 0;
		args[n++] = tcpsrv();
		args[n++] = "--port";
		args[n++] = p;
		args[n++] = "--interface";
		args[n++] = iface;
		if (timeout) {
			args[n++] = "--timeout";
			args[n++] = t;
		}
		args[n++] = sh.spec[k];
		args[n] = NULL;
		rc = serve(args);
	}
	shards_release(&sh);
	return rc;
}
