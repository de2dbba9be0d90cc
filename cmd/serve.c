/*
 * serve.c - `dealsearch serve`: the search page on 127.0.0.1, through
 * lighttpd and the page's program (dealsearch.cgi), for local use: as
 * FastCGI processes lighttpd starts and keeps (one per core), or with
 * --cgi one process per request.  It writes a lighttpd
 * configuration for the chosen index into a temporary folder, runs lighttpd
 * in the foreground until it stops (Ctrl-C, or SIGTERM/SIGHUP, which are
 * passed on to it), then removes the folder.  docs/DEPLOY.md shows real
 * deployments.
 *
 * Only two things are served: the exact paths /search, /story and /deal
 * run the page's program, and /static/ holds the page's files.  The document
 * root is an empty folder, so every other path is a 404 that says nothing
 * about the files beside the program (never a prefix match:
 * "/search.p/x.sh" must not reach the program's folder).
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cmd.h"
#include "paths.h"
#include "schema.h"

static const char usage[] =
"usage: dealsearch serve [--port N] [--db DIR] [--cgi]\n"
"\n"
"Serve the search page on http://127.0.0.1:PORT/ with lighttpd, over the\n"
"index DIR.  Runs in the foreground; Ctrl-C (or SIGTERM) stops it.  The\n"
"page's program runs as FastCGI: one process per core, started once,\n"
"keeping the index open (and catching up with each indexing run).\n"
"\n"
"options:\n"
"  --port N             the port, 1 to 65535 (default 8080)\n"
"  --db DIR             index folder (default as for index)\n"
"  --cgi                run the program as plain CGI, a process per\n"
"                       request, as a server without FastCGI would\n"
"  -h, --help           this help\n"
"\n"
"exit status:\n"
"  0                    stopped by Ctrl-C or SIGTERM\n"
"  2                    an error (no index; lighttpd missing, or it\n"
"                       failed)\n";

/* A path for a double-quoted lighttpd string: no quote, no backslash. */
static int plain(const char *s)
{
	return !strpbrk(s, "\"\\\n");
}

static int find_lighttpd(char out[PATH_MAX])
{
	static const char *const dirs[] = {"/usr/sbin", "/usr/local/sbin",
					   "/usr/bin", "/usr/local/bin"};
	for (size_t i = 0; i < ARRAY_SIZE(dirs); i++) {
		snprintf(out, PATH_MAX, "%s/lighttpd", dirs[i]);
		if (access(out, X_OK) == 0)
			return 0;
	}
	return -1;
}

/*
 * Whether lighttpd can listen on 127.0.0.1:port now: bound and listened
 * on the way lighttpd does it (SO_REUSEADDR, so a port whose connections
 * are still closing counts as free, as it does for lighttpd), then let go.
 * 0, or the errno (EADDRINUSE: another program holds it).
 */
static int port_probe(unsigned long port)
{
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return errno;
	int one = 1, rc = 0;
	struct sockaddr_in a = {
		.sin_family = AF_INET, .sin_port = htons((uint16_t)port),
		.sin_addr.s_addr = htonl(INADDR_LOOPBACK),
	};
	if (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) ||
	    bind(fd, (struct sockaddr *)&a, sizeof(a)) || listen(fd, 1))
		rc = errno;
	close(fd);
	return rc;
}

/* How many ports after a busy one are tried for the hint. */
#define SERVE_HINT_PORTS 100

/*
 * The one line for a port lighttpd cannot have: busy (with the next free
 * port to try), or refused.  Returns CMD_ERROR.
 */
static int port_error(unsigned long port, int err)
{
	if (err != EADDRINUSE)
		return cmd_error("cannot use port %lu on 127.0.0.1: %s", port,
				 strerror(err));
	for (unsigned long p = port + 1; p <= 65535 &&
	     p <= port + SERVE_HINT_PORTS; p++)
		if (!port_probe(p))
			return cmd_error("port %lu on 127.0.0.1 is in use (try "
					 "--port %lu)", port, p);
	return cmd_error("port %lu on 127.0.0.1 is in use (try another "
			 "--port)", port);
}

static volatile sig_atomic_t child_pid;

/* lighttpd stops on SIGINT and SIGTERM; SIGHUP (the terminal went away)
 * would only make it reopen its log */
static void pass_on(int sig)
{
	if (child_pid > 0)
		kill((pid_t)child_pid, sig == SIGHUP ? SIGTERM : sig);
}

/* The files cmd_serve writes into its folder, removed when lighttpd stops. */
static const char *const tmp_files[] = {"lighttpd.conf", "error.log",
					 "stderr.log"};
/* The FastCGI socket's name in the folder; lighttpd adds "-K" for its
 * K-th process.  A socket's path is at most 107 bytes. */
#define FCGI_SOCKET "fcgi.sock"
#define FCGI_SOCKET_MAX 100

static void remove_tmp(const char *tmp)
{
	char p[PATH_MAX + 32];
	for (size_t i = 0; i < ARRAY_SIZE(tmp_files); i++) {
		snprintf(p, sizeof(p), "%s/%s", tmp, tmp_files[i]);
		unlink(p);
	}
	for (long k = 0; k < 64; k++) {
		snprintf(p, sizeof(p), "%s/" FCGI_SOCKET "-%ld", tmp, k);
		unlink(p);
	}
	snprintf(p, sizeof(p), "%s/empty", tmp);
	rmdir(p);
	rmdir(tmp);
}

/*
 * What lighttpd said, shown when it failed (the folder is about to go):
 * its standard error (where it writes until its log is open: a bind that
 * fails) and its log.  But a port taken between port_probe() and
 * lighttpd's bind is the one line port_error() gives.  Returns 1 when it
 * said that.
 */
static int show_log(const char *tmp, unsigned long port)
{
	static const char *const logs[] = {"stderr.log", "error.log"};
	char p[PATH_MAX + 32], line[1024];
	struct buf log = BUF_INIT;
	int busy = 0;
	for (size_t i = 0; i < ARRAY_SIZE(logs); i++) {
		snprintf(p, sizeof(p), "%s/%s", tmp, logs[i]);
		FILE *fp = fopen(p, "r");
		while (fp && fgets(line, sizeof(line), fp)) {
			/* "(network.c.537) can't bind to socket:
			 * 127.0.0.1:8080: Address already in use" (lighttpd
			 * sets no locale) */
			busy |= strstr(line, "Address already in use") != NULL;
			buf_addstr(&log, line);
		}
		if (fp)
			fclose(fp);
	}
	if (busy)
		port_error(port, EADDRINUSE);
	else
		fputs(log.buf, stderr);
	buf_release(&log);
	return busy;
}

/*
 * Run lighttpd on `conf` until it exits; SIGINT, SIGTERM and SIGHUP sent
 * to this process stop it.  Returns the exit status.
 */
static int run_lighttpd(const char *httpd, const char *conf, const char *tmp,
			unsigned long port)
{
	sigset_t block, old;
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGHUP);
	/* no signal between fork and recording the child's pid is lost */
	sigprocmask(SIG_BLOCK, &block, &old);
	pid_t pid = fork();
	if (pid < 0) {
		sigprocmask(SIG_SETMASK, &old, NULL);
		return cmd_error("cannot start '%s': %m", httpd);
	}
	if (pid == 0) {
		sigprocmask(SIG_SETMASK, &old, NULL);
		/* lighttpd's standard error into a file show_log() reads;
		 * our own stays open for the exec's failure */
		char p[PATH_MAX + 32];
		snprintf(p, sizeof(p), "%s/stderr.log", tmp);
		int keep = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
		int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
		if (fd >= 0)
			dup2(fd, STDERR_FILENO);
		execl(httpd, "lighttpd", "-D", "-f", conf, (char *)NULL);
		dprintf(keep >= 0 ? keep : STDERR_FILENO,
			"error: cannot start '%s': %s\n", httpd,
			strerror(errno));
		_exit(127);
	}
	child_pid = pid;
	struct sigaction sa = { .sa_handler = pass_on };
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigprocmask(SIG_SETMASK, &old, NULL);
	int st = 0;
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	/* lighttpd stops cleanly (status 0) on SIGINT and SIGTERM */
	if (WIFEXITED(st) && WEXITSTATUS(st) == 0)
		return CMD_OK;
	if (WIFEXITED(st) && WEXITSTATUS(st) == 127)
		return CMD_ERROR;  /* exec failed; the child said why */
	if (show_log(tmp, port))
		return CMD_ERROR;
	if (WIFSIGNALED(st))
		return cmd_error("'%s' stopped by signal %d", httpd,
				 WTERMSIG(st));
	return cmd_error("'%s' exited with status %d", httpd,
			 WEXITSTATUS(st));
}

int cmd_serve(int argc, char **argv)
{
	enum { O_DB = 256, O_PORT, O_CGI };
	static const struct option longopts[] = {
		{"db", required_argument, NULL, O_DB},
		{"port", required_argument, NULL, O_PORT},
		{"cgi", no_argument, NULL, O_CGI},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *db_opt = NULL;
	unsigned long port = 8080;
	int c, plain_cgi = 0;
	optind = 0;
	while ((c = cmd_getopt(argc, argv, "h", longopts)) != -1) {
		switch (c) {
		case O_DB: db_opt = optarg; break;
		case O_CGI: plain_cgi = 1; break;
		case O_PORT:
			if (cmd_parse_uint("--port", optarg, 65535, &port))
				return CMD_ERROR;
			break;
		case 'h': return cmd_usage(usage, 1);
		default: return CMD_ERROR;
		}
	}
	if (optind != argc)
		return cmd_usage(usage, 0);

	struct buf dir = BUF_INIT;
	char db[PATH_MAX], cgi[PATH_MAX], web[PATH_MAX],
	     httpd[PATH_MAX];
	int rc = cmd_index_dir(db_opt, &dir);
	if (!rc && !realpath(dir.buf, db))
		rc = cmd_error("cannot read '%s': %m", dir.buf);
	buf_release(&dir);
	if (rc)
		return rc;
	/* the tree's web/ and build/cmd/dealsearch.cgi, or the installed
	 * ones (paths.h) */
	snprintf(cgi, sizeof(cgi), "%s", paths_cgi());
	const char *w = paths_web_dir();
	if (!realpath(w, web))
		return cmd_error("cannot find the page's files at '%s'", w);
	if (access(cgi, X_OK))
		return cmd_error("cannot run '%s'", cgi);
	if (find_lighttpd(httpd))
		return cmd_error("lighttpd is not installed (apt-get install "
				 "lighttpd)");
	if (!plain(db) || !plain(cgi) || !plain(web))
		return cmd_error("paths with quotes or backslashes cannot be "
				 "served");
	/* the settings first, then the port, which another program may
	 * hold or free at any time */
	const char *td = getenv("TMPDIR");
	char tmp[PATH_MAX];
	snprintf(tmp, sizeof(tmp), "%s/dealsearch-serve.XXXXXX",
		 td && *td && strlen(td) < PATH_MAX - 40 ? td : "/tmp");
	if (!plain(tmp))
		return cmd_error("TMPDIR has quotes or backslashes");
	if (!plain_cgi && strlen(tmp) + sizeof("/" FCGI_SOCKET "-64") >
			  FCGI_SOCKET_MAX)
		return cmd_error("TMPDIR is too long for a socket's path (at "
				 "most %d bytes in all): set a shorter one, "
				 "or use --cgi", FCGI_SOCKET_MAX - 40);
	int busy = port_probe(port);
	if (busy)
		return port_error(port, busy);
	if (!mkdtemp(tmp))
		return cmd_error("cannot create a temporary folder: %m");
	char conf[PATH_MAX + 16], empty[PATH_MAX + 16];
	snprintf(conf, sizeof(conf), "%s/lighttpd.conf", tmp);
	snprintf(empty, sizeof(empty), "%s/empty", tmp);
	FILE *fp = NULL;
	if (mkdir(empty, 0700) || !(fp = fopen(conf, "w"))) {
		rc = cmd_error("cannot write '%s': %m", tmp);
		remove_tmp(tmp);
		return rc;
	}
	/* the three pages: FastCGI processes lighttpd starts once (one per
	 * core, at most 8), or the program run for each request */
	long procs = sysconf(_SC_NPROCESSORS_ONLN);
	procs = procs < 1 ? 1 : procs > 8 ? 8 : procs;
	fprintf(fp,
		"server.modules = (\"mod_alias\", \"mod_redirect\", "
		"\"mod_setenv\", \"%s\", \"mod_staticfile\")\n"
		"server.document-root = \"%s\"\n"
		"server.bind = \"127.0.0.1\"\n"
		"server.port = %lu\n"
		"server.errorlog = \"%s/error.log\"\n"
		"server.max-request-size = 16\n"
		"mimetype.assign = (\".css\" => \"text/css; charset=utf-8\", "
		"\".js\" => \"text/javascript; charset=utf-8\", "
		"\".svg\" => \"image/svg+xml\")\n"
		/* "/?q=x" (a query string kept) searches as "/search?q=x" */
		"url.redirect = (\"^/$\" => \"/search\", "
		"\"^/[?](.*)$\" => \"/search?$1\")\n"
		"alias.url = (\"/static/\" => \"%s/static/\")\n",
		plain_cgi ? "mod_cgi" : "mod_fastcgi", empty, port, tmp, web);
	if (plain_cgi) {
		/* a story's page and a deal's: the same program, told by
		 * the path */
		static const char *const pages[] = {"search", "story", "deal"};
		for (size_t i = 0; i < ARRAY_SIZE(pages); i++)
			fprintf(fp,
				"$HTTP[\"url\"] == \"/%s\" {\n"
				"  alias.url = (\"/%s\" => \"%s\")\n"
				"  cgi.assign = (\"/dealsearch.cgi\" => \"\")\n"
				"  cgi.execute-x-only = \"enable\"\n"
				"}\n", pages[i], pages[i], cgi);
		fprintf(fp, "setenv.add-environment = (\"DEALSEARCH_DB\" => "
			"\"%s\")\n", db);
	} else {
		/* the program tells the pages apart by the path, which
		 * lighttpd passes whole (the "/" prefix) */
		fprintf(fp,
			"$HTTP[\"url\"] =~ \"^/(search|story|deal)$\" {\n"
			"  fastcgi.server = (\"/\" => ((\n"
			"    \"socket\" => \"%s/" FCGI_SOCKET "\",\n"
			"    \"bin-path\" => \"%s\",\n"
			"    \"max-procs\" => %ld,\n"
			"    \"bin-environment\" => (\"DEALSEARCH_DB\" => "
			"\"%s\"),\n"
			"    \"check-local\" => \"disable\"\n"
			"  )))\n"
			"}\n", tmp, cgi, procs, db);
	}
	if (fclose(fp)) {
		rc = cmd_error("cannot write '%s': %m", conf);
		remove_tmp(tmp);
		return rc;
	}
	printf("serving http://127.0.0.1:%lu/ over '%s' (Ctrl-C stops)\n",
	       port, db);
	fflush(stdout);
	rc = run_lighttpd(httpd, conf, tmp, port);
	remove_tmp(tmp);
	return rc;
}
