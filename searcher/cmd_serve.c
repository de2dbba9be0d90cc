/*
 * cmd_serve.c - `dealsearch serve`: the search page on 127.0.0.1, through
 * lighttpd and the CGI program, for local use.  It writes a lighttpd
 * configuration for the chosen index into a temporary folder and becomes
 * lighttpd (Ctrl-C stops it).  docs/DEPLOY.md shows real deployments.
 */
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "schema.h"

#ifndef DS_WEBDIR
#define DS_WEBDIR "web"
#endif

static const char usage[] =
"usage: dealsearch serve [--port N] [--db DIR]\n"
"\n"
"Serve the search page on http://127.0.0.1:PORT/ (default 8080) with\n"
"lighttpd, over the index DIR (default as for index).  Runs in the\n"
"foreground; Ctrl-C stops it.\n";

/* A path for a double-quoted lighttpd string: no quote, no backslash. */
static int plain(const char *s)
{
	return !strpbrk(s, "\"\\\n");
}

static int find_lighttpd(char out[PATH_MAX])
{
	static const char *const dirs[] = {"/usr/sbin", "/usr/local/sbin",
					   "/usr/bin", "/usr/local/bin"};
	for (size_t i = 0; i < sizeof(dirs) / sizeof(*dirs); i++) {
		snprintf(out, PATH_MAX, "%s/lighttpd", dirs[i]);
		if (access(out, X_OK) == 0)
			return 0;
	}
	return -1;
}

int cmd_serve(int argc, char **argv)
{
	enum { O_DB = 256, O_PORT };
	static const struct option longopts[] = {
		{"db", required_argument, NULL, O_DB},
		{"port", required_argument, NULL, O_PORT},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *db_opt = NULL;
	unsigned long port = 8080;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case O_DB: db_opt = optarg; break;
		case O_PORT:
			if (cmd_parse_uint("--port", optarg, 65535, &port))
				return CMD_ERROR;
			break;
		case 'h': return cmd_usage(usage, 1);
		default: return cmd_usage(usage, 0);
		}
	}
	if (optind != argc)
		return cmd_usage(usage, 0);

	struct ds_err err = DS_ERR_INIT;
	struct buf dir = BUF_INIT;
	if (schema_db_dir(db_opt, &dir, &err))
		return cmd_fail(&err);
	char db[PATH_MAX], exe[PATH_MAX], cgi[PATH_MAX + 32], web[PATH_MAX],
	     httpd[PATH_MAX];
	if (!realpath(dir.buf, db)) {
		int rc = cmd_error("no index at '%s'", dir.buf);
		buf_release(&dir);
		return rc;
	}
	buf_release(&dir);
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n <= 0)
		return cmd_error("cannot find this program's folder");
	exe[n] = '\0';
	*strrchr(exe, '/') = '\0';
	snprintf(cgi, sizeof(cgi), "%s/dealsearch.cgi", exe);
	const char *w = getenv("DEALSEARCH_WEB");
	if (!realpath(w && *w ? w : DS_WEBDIR, web))
		return cmd_error("cannot find the page's files at '%s'",
				 w && *w ? w : DS_WEBDIR);
	if (access(cgi, X_OK))
		return cmd_error("cannot run '%s'", cgi);
	if (find_lighttpd(httpd))
		return cmd_error("lighttpd is not installed (apt-get install "
				 "lighttpd)");
	if (!plain(db) || !plain(cgi) || !plain(web))
		return cmd_error("paths with quotes or backslashes cannot be "
				 "served");
	const char *td = getenv("TMPDIR");
	char tmp[PATH_MAX];
	snprintf(tmp, sizeof(tmp), "%s/dealsearch-serve.XXXXXX",
		 td && *td && strlen(td) < PATH_MAX - 40 ? td : "/tmp");
	if (!mkdtemp(tmp))
		return cmd_error("cannot create a temporary folder: %m");
	if (!plain(tmp))
		return cmd_error("TMPDIR has quotes or backslashes");
	char conf[PATH_MAX + 16];
	snprintf(conf, sizeof(conf), "%s/lighttpd.conf", tmp);
	FILE *fp = fopen(conf, "w");
	if (!fp)
		return cmd_error("cannot write '%s': %m", conf);
	fprintf(fp,
		"server.modules = (\"mod_alias\", \"mod_redirect\", "
		"\"mod_setenv\", \"mod_cgi\", \"mod_staticfile\")\n"
		"server.document-root = \"%s\"\n"
		"server.bind = \"127.0.0.1\"\n"
		"server.port = %lu\n"
		"server.errorlog = \"%s/error.log\"\n"
		"server.max-request-size = 16\n"
		"mimetype.assign = (\".css\" => \"text/css; charset=utf-8\", "
		"\".js\" => \"text/javascript; charset=utf-8\", "
		"\".svg\" => \"image/svg+xml\")\n"
		"url.redirect = (\"^/$\" => \"/search\")\n"
		"alias.url = (\"/search\" => \"%s\")\n"
		"$HTTP[\"url\"] =~ \"^/search\" { cgi.assign = (\"\" => \"\") }\n"
		"setenv.add-environment = (\"DEALSEARCH_DB\" => \"%s\")\n",
		web, port, tmp, cgi, db);
	if (fclose(fp))
		return cmd_error("cannot write '%s': %m", conf);
	printf("serving http://127.0.0.1:%lu/ over '%s' (Ctrl-C stops)\n",
	       port, db);
	fflush(stdout);
	execl(httpd, "lighttpd", "-D", "-f", conf, (char *)NULL);
	return cmd_error("cannot start '%s': %m", httpd);
}
