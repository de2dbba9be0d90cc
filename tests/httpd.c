/*
 * httpd.c - a small HTTP/1.0 server for the fetch and feed tests.  It binds
 * 127.0.0.1 on a free port, writes the port to PORTFILE, serves files from
 * DOCROOT under /files/ (replacing "{{BASE}}" with its own base URL), and
 * has routes for the failures a fetcher must survive:
 *   /slow[?...]      waits 5 s before answering
 *   /redirect-loop   redirects to itself
 *   /moved           301 to /files/article.html
 *   /drip            a 100-byte body sent one byte a second
 *   /endless         a body without end (no Content-Length)
 *   /gzip-bomb       Content-Encoding: gzip, ~1 MB that inflates to 1 GiB
 *   /huge-header     one 5 MB header line
 *   /many-headers    5 MB of 1 kB header lines
 *   anything else    404
 * One process per connection, which ends after 60 s at most; the server
 * stops by itself after 120 s, or on SIGTERM.
 *
 * usage: httpd DOCROOT PORTFILE
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

static int port;

static void reply(FILE *out, int status, const char *reason, const char *ctype,
		  const char *extra, const char *body, size_t len)
{
	fprintf(out, "HTTP/1.0 %d %s\r\nContent-Type: %s\r\n"
		"Content-Length: %zu\r\nConnection: close\r\n%s\r\n",
		status, reason, ctype, len, extra ? extra : "");
	fwrite(body, 1, len, out);
}

static const char *ctype_for(const char *path)
{
	const char *dot = strrchr(path, '.');
	if (!dot)
		return "application/octet-stream";
	if (!strcmp(dot, ".html"))
		return "text/html; charset=utf-8";
	if (!strcmp(dot, ".rss"))
		return "application/rss+xml";
	if (!strcmp(dot, ".atom"))
		return "application/atom+xml";
	if (!strcmp(dot, ".txt"))
		return "text/plain; charset=utf-8";
	if (!strcmp(dot, ".jsonl"))
		return "application/x-ndjson";
	return "application/octet-stream";
}

static void serve_file(FILE *out, const char *root, const char *name)
{
	char path[1024], base[64];
	if (strstr(name, "..") || strchr(name, '/')) {
		reply(out, 404, "Not Found", "text/plain", NULL, "no\n", 3);
		return;
	}
	snprintf(path, sizeof(path), "%s/%s", root, name);
	FILE *f = fopen(path, "rb");
	if (!f) {
		reply(out, 404, "Not Found", "text/plain", NULL, "no\n", 3);
		return;
	}
	char *data = NULL;
	size_t cap = 0, len = 0, n;
	char chunk[8192];
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		if (len + n > cap) {
			cap = (len + n) * 2;
			data = realloc(data, cap);
		}
		memcpy(data + len, chunk, n);
		len += n;
	}
	fclose(f);
	/* substitute {{BASE}} */
	snprintf(base, sizeof(base), "http://127.0.0.1:%d", port);
	char *outbuf = malloc(len * 4 + 1);
	size_t o = 0;
	for (size_t i = 0; i < len; i++) {
		if (i + 8 <= len && !memcmp(data + i, "{{BASE}}", 8)) {
			memcpy(outbuf + o, base, strlen(base));
			o += strlen(base);
			i += 7;
		} else {
			outbuf[o++] = data[i];
		}
	}
	reply(out, 200, "OK", ctype_for(name), NULL, outbuf, o);
	free(outbuf);
	free(data);
}

/* `n` bytes of `c`, written in pieces (stops when the client goes) */
static void fill(FILE *out, int c, size_t n)
{
	char chunk[8192];
	memset(chunk, c, sizeof(chunk));
	for (size_t k; n && !ferror(out); n -= k)
		fwrite(chunk, 1, k = n < sizeof(chunk) ? n : sizeof(chunk), out);
}

/*
 * A gzip body of 1 GiB of zeros, about 1 MB on the wire: one deflate block
 * for 1 MiB of zeros (flushed in full, so it stands alone), repeated 1024
 * times, then an empty final block and the gzip trailer.
 */
static void gzip_bomb(FILE *out)
{
	static unsigned char zeros[1 << 20], head[4096], block[4096];
	z_stream z = {0};
	deflateInit2(&z, 9, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
	z.next_in = zeros, z.avail_in = sizeof(zeros);
	z.next_out = head, z.avail_out = sizeof(head);
	deflate(&z, Z_FULL_FLUSH);
	size_t nhead = sizeof(head) - z.avail_out;
	z.next_in = zeros, z.avail_in = sizeof(zeros);
	z.next_out = block, z.avail_out = sizeof(block);
	deflate(&z, Z_FULL_FLUSH);
	size_t nblock = sizeof(block) - z.avail_out;
	deflateEnd(&z);
	uLong crc1 = crc32(0, zeros, sizeof(zeros)), crc = crc1;
	for (int i = 1; i < 1024; i++)
		crc = crc32_combine(crc, crc1, sizeof(zeros));
	unsigned char tail[10] = {0x03, 0x00};  /* final empty fixed block */
	for (int i = 0; i < 4; i++)
		tail[2 + i] = (unsigned char)(crc >> (8 * i));
	tail[9] = 0x40;  /* ISIZE: 2^30 little-endian */
	fprintf(out, "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n"
		"Content-Encoding: gzip\r\nContent-Length: %zu\r\n"
		"Connection: close\r\n\r\n",
		nhead + 1023 * nblock + sizeof(tail));
	fwrite(head, 1, nhead, out);
	for (int i = 1; i < 1024 && !ferror(out); i++)
		fwrite(block, 1, nblock, out);
	fwrite(tail, 1, sizeof(tail), out);
}

static void handle(int fd, const char *root)
{
	FILE *in = fdopen(dup(fd), "r"), *out = fdopen(fd, "w");
	char line[2048], method[16], path[1024];
	if (!fgets(line, sizeof(line), in) ||
	    sscanf(line, "%15s %1023s", method, path) != 2)
		goto done;
	while (fgets(line, sizeof(line), in) && strcmp(line, "\r\n") &&
	       strcmp(line, "\n"))
		;
	if (!strcmp(path, "/slow") || !strncmp(path, "/slow?", 6)) {
		sleep(5);
		reply(out, 200, "OK", "text/html", NULL, "<p>late</p>", 11);
	} else if (!strcmp(path, "/drip")) {
		fputs("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n"
		      "Content-Length: 100\r\n\r\n", out);
		for (int i = 0; i < 100 && !ferror(out); i++) {
			fputc('x', out);
			fflush(out);
			sleep(1);
		}
	} else if (!strcmp(path, "/endless")) {
		fputs("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n", out);
		fill(out, 'x', (size_t)-1);
	} else if (!strcmp(path, "/gzip-bomb")) {
		gzip_bomb(out);
	} else if (!strcmp(path, "/huge-header")) {
		fputs("HTTP/1.0 200 OK\r\nX-Filler: ", out);
		fill(out, 'a', 5u << 20);
		fputs("\r\nContent-Length: 0\r\n\r\n", out);
	} else if (!strcmp(path, "/many-headers")) {
		fputs("HTTP/1.0 200 OK\r\n", out);
		for (int i = 0; i < 5 * 1024 && !ferror(out); i++) {
			fprintf(out, "X-Filler-%d: ", i);
			fill(out, 'a', 1000);
			fputs("\r\n", out);
		}
		fputs("Content-Length: 0\r\n\r\n", out);
	} else if (!strcmp(path, "/redirect-loop")) {
		reply(out, 302, "Found", "text/plain",
		      "Location: /redirect-loop\r\n", "", 0);
	} else if (!strcmp(path, "/moved")) {
		reply(out, 301, "Moved Permanently", "text/plain",
		      "Location: /files/article.html\r\n", "", 0);
	} else if (!strncmp(path, "/files/", 7)) {
		serve_file(out, root, path + 7);
	} else {
		reply(out, 404, "Not Found", "text/plain", NULL, "no\n", 3);
	}
done:
	fclose(in);
	fclose(out);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: httpd DOCROOT PORTFILE\n");
		return 2;
	}
	signal(SIGCHLD, SIG_IGN);
	alarm(120);
	int s = socket(AF_INET, SOCK_STREAM, 0);
	int one = 1;
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	struct sockaddr_in a = { .sin_family = AF_INET };
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(s, (struct sockaddr *)&a, sizeof(a)) || listen(s, 16)) {
		perror("httpd: bind");
		return 1;
	}
	socklen_t al = sizeof(a);
	getsockname(s, (struct sockaddr *)&a, &al);
	port = ntohs(a.sin_port);
	FILE *pf = fopen(argv[2], "w");
	if (!pf) {
		perror("httpd: portfile");
		return 1;
	}
	fprintf(pf, "%d\n", port);
	fclose(pf);
	for (;;) {
		int c = accept(s, NULL, NULL);
		if (c < 0)
			continue;
		pid_t pid = fork();
		if (pid == 0) {
			close(s);
			alarm(60);
			handle(c, argv[1]);
			_exit(0);
		}
		close(c);
	}
}
