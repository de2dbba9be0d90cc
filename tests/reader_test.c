/* reader_test.c - indexer/read/reader.h: detection and every format's reader. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "reader.h"

#define MAXA 8

struct got {
	struct article a[MAXA];
	int n;
	struct buf fails;  /* "origin: msg\n" per failure */
};

static int emit(struct rd_ctx *ctx, struct article *a)
{
	struct got *g = ctx->user;
	assert_true(g->n < MAXA);
	assert_int_equal(article_finish(a, NULL), 0);
	g->a[g->n++] = *a;
	article_init(a);  /* contents moved */
	return 0;
}

static void on_fail(struct rd_ctx *ctx, const char *origin, const char *msg)
{
	struct got *g = ctx->user;
	buf_addf(&g->fails, "%s: %s\n", origin, msg);
}

static void got_init(struct got *g, struct rd_ctx *ctx)
{
	memset(g, 0, sizeof(*g));
	buf_init(&g->fails, 0);
	memset(ctx, 0, sizeof(*ctx));
	ctx->emit = emit;
	ctx->fail = on_fail;
	ctx->user = g;
}

static void got_release(struct got *g)
{
	for (int i = 0; i < g->n; i++)
		article_release(&g->a[i]);
	buf_release(&g->fails);
}

static void test_detect(void **state)
{
	(void)state;
	assert_int_equal(rd_detect("{\"id\":1}\n", 9, "x", NULL), RD_JSONL);
	assert_int_equal(rd_detect("<!DOCTYPE html><p>x", 19, NULL, NULL), RD_HTML);
	const char *rss = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">";
	assert_int_equal(rd_detect(rss, strlen(rss), NULL, NULL), RD_FEED);
	assert_int_equal(rd_detect("<feed xmlns=\"http://www.w3.org/2005/Atom\">",
				   42, NULL, NULL), RD_FEED);
	assert_int_equal(rd_detect("Headline\n\nBody", 14, NULL, NULL), RD_TEXT);
	assert_int_equal(rd_detect("ab\0cd", 5, NULL, NULL), RD_BINARY);
	assert_int_equal(rd_detect(" \n\t ", 4, NULL, NULL), RD_EMPTY);
}

static void test_text(void **state)
{
	(void)state;
	struct got g;
	struct rd_ctx ctx;
	got_init(&g, &ctx);
	const char *t = "Date: 2018-03-01\nSource: DealStreet\nURL: https://x.example/a\n\n"
			"Lazada to buy Redmart\n\nFirst paragraph.\n\nSecond.\n";
	assert_int_equal(rd_text(&ctx, "a.txt", t, strlen(t), NULL), 0);
	assert_int_equal(g.n, 1);
	assert_string_equal(g.a[0].title, "Lazada to buy Redmart");
	assert_string_equal(g.a[0].body, "First paragraph.\n\nSecond.");
	assert_string_equal(g.a[0].source, "DealStreet");
	assert_string_equal(g.a[0].id, "https://x.example/a");
	assert_true(g.a[0].has_date);
	got_release(&g);

	got_init(&g, &ctx);
	const char *plain = "\n\nJust a headline\nand a body line";
	assert_int_equal(rd_text(&ctx, "b.txt", plain, strlen(plain), NULL), 0);
	assert_string_equal(g.a[0].title, "Just a headline");
	assert_string_equal(g.a[0].body, "and a body line");
	assert_null(g.a[0].source);
	got_release(&g);
}

static void test_html(void **state)
{
	(void)state;
	struct got g;
	struct rd_ctx ctx;
	got_init(&g, &ctx);
	const char *h =
		"<html><head><title>Site | Deal</title>"
		"<meta property=\"og:title\" content=\"Kroger &amp; Alibaba talk\">"
		"<meta property=\"article:published_time\" content=\"2018-05-04T10:00:00Z\">"
		"<meta property=\"og:site_name\" content=\"CNBC\">"
		"<link rel=\"canonical\" href=\"https://www.cnbc.example/kroger\">"
		"<style>p{color:red}</style><script>var x = 'no';</script></head>"
		"<body><nav>Home | Markets</nav><div class=\"share-bar\">Share</div>"
		"<article><h1>Kroger talks</h1><p>Kroger and Alibaba held talks.</p>"
		"<p>More <b>text</b>&nbsp;here.</p><aside>Also read: other</aside>"
		"</article><footer>Copyright</footer></body></html>";
	assert_int_equal(rd_html(&ctx, "k.html", NULL, h, strlen(h), NULL), 0);
	assert_int_equal(g.n, 1);
	assert_string_equal(g.a[0].title, "Kroger & Alibaba talk");
	assert_string_equal(g.a[0].body, "Kroger talks\n\nKroger and Alibaba held "
			    "talks.\n\nMore text here.");
	assert_string_equal(g.a[0].source, "CNBC");
	assert_string_equal(g.a[0].url, "https://www.cnbc.example/kroger");
	assert_true(g.a[0].has_date);
	got_release(&g);

	got_init(&g, &ctx);
	struct ds_err err = DS_ERR_INIT;
	const char *empty = "<html><head><title>x</title></head><body>"
			    "<script>1</script><nav>menu</nav></body></html>";
	assert_int_equal(rd_html(&ctx, "e.html", NULL, empty, strlen(empty), &err),
			 DS_EFORMAT);
	assert_string_equal(err.msg, "no article text in HTML");
	assert_int_equal(g.n, 0);
	got_release(&g);
}

/* What is written to stderr (fd 2) between quiet_begin and quiet_end. */
struct quiet {
	int saved;  /* the real stderr */
	FILE *f;    /* where it goes meanwhile */
};

static void quiet_begin(struct quiet *q)
{
	fflush(stderr);
	q->f = tmpfile();
	assert_non_null(q->f);
	q->saved = dup(2);
	dup2(fileno(q->f), 2);
}

static void quiet_end(struct quiet *q, struct buf *out)
{
	char chunk[256];
	size_t n;
	fflush(stderr);
	dup2(q->saved, 2);
	close(q->saved);
	rewind(q->f);
	while ((n = fread(chunk, 1, sizeof(chunk), q->f)) > 0)
		buf_add(out, chunk, n);
	fclose(q->f);
}

/*
 * A declared encoding that does not decode the page: libxml2 says nothing
 * on stderr, and the text is read again as UTF-8 instead of lost.
 */
static void test_declared_charset(void **state)
{
	(void)state;
	static const struct {
		const char *page, *body;
		size_t repaired;
	} cases[] = {
		/* UTF-32 over ASCII bytes: nothing decodes */
		{"<html><head><meta charset=\"UTF-32\"></head><body><p>Acme "
		 "Corp agreed to buy Widget Inc.</p></body></html>",
		 "Acme Corp agreed to buy Widget Inc.", 0},
		{"<html><head><meta http-equiv=\"Content-Type\" content=\"text/"
		 "html; charset=UTF-32\"></head><body><p>Acme sells Widget.</p>"
		 "</body></html>", "Acme sells Widget.", 0},
		/* ISO-2022-JP stops at a byte it has not: the rest is kept */
		{"<html><head><meta charset=\"ISO-2022-JP\"></head><body><p>"
		 "Before \xff after.</p><p>Second paragraph.</p></body></html>",
		 "Before \xef\xbf\xbd after.\n\nSecond paragraph.", 1},
		/* a charset libxml2 does not know */
		{"<html><head><meta charset=\"x-no-such-charset\"></head><body>"
		 "<p>Plain text.</p></body></html>", "Plain text.", 0},
		/* a right declaration is kept: no second reading */
		{"<html><head><meta charset=\"windows-1252\"></head><body><p>"
		 "Caf\xe9 \x80 5 million</p></body></html>",
		 "Caf\xc3\xa9 \xe2\x82\xac 5 million", 0},
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct got g;
		struct rd_ctx ctx;
		struct quiet q;
		struct buf said = BUF_INIT;
		got_init(&g, &ctx);
		quiet_begin(&q);
		int rc = rd_html(&ctx, "c.html", NULL, cases[i].page,
				 strlen(cases[i].page), NULL);
		quiet_end(&q, &said);
		assert_string_equal(said.buf, "");
		assert_int_equal(rc, 0);
		assert_int_equal(g.n, 1);
		assert_string_equal(g.a[0].body, cases[i].body);
		assert_int_equal(g.a[0].repaired, cases[i].repaired);
		buf_release(&said);
		got_release(&g);
	}

	/* a feed that declares UTF-32 over ASCII bytes */
	struct got g;
	struct rd_ctx ctx;
	struct quiet q;
	struct buf said = BUF_INIT;
	got_init(&g, &ctx);
	const char *rss =
		"<?xml version=\"1.0\" encoding=\"UTF-32\"?><rss version=\"2.0\" "
		"xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
		"<channel><title>Deal Wire</title>"
		"<item><title>One</title><link>https://w.example/1</link>"
		"<content:encoded>&lt;p&gt;Full text one.&lt;/p&gt;"
		"</content:encoded></item></channel></rss>";
	quiet_begin(&q);
	int rc = rd_feed(&ctx, "f.xml", rss, strlen(rss), NULL);
	quiet_end(&q, &said);
	assert_string_equal(said.buf, "");
	assert_int_equal(rc, 0);
	assert_int_equal(g.n, 1);
	assert_string_equal(g.a[0].body, "Full text one.");
	buf_release(&said);
	got_release(&g);
}

static void test_jsonl(void **state)
{
	(void)state;
	struct got g;
	struct rd_ctx ctx;
	got_init(&g, &ctx);
	const char *j =
		"{\"id\": \"r-1\", \"title\": \"A\", \"body\": \"x\", \"labels\": {\"topics\": [\"acq\"]}}\n"
		"\n"
		"{\"id\": \"r-2\", \"title\": \"B\", \"body\": \"y\n"   /* truncated */
		"[1, 2]\n"
		"{\"id\": 3, \"html\": \"<p>From <i>HTML</i></p>\", \"title\": \"C\"}\n"
		"{\"id\": \"r-4\", \"title\": \"D\", \"body\": \"bad \xff byte\"}";
	assert_int_equal(rd_jsonl(&ctx, "f.jsonl", j, strlen(j), NULL), 0);
	assert_int_equal(g.n, 3);
	assert_string_equal(g.a[0].id, "r-1");
	assert_string_equal(g.a[0].origin, "f.jsonl:1");
	assert_string_equal(g.a[1].id, "3");
	assert_string_equal(g.a[1].body, "From HTML");
	assert_string_equal(g.a[2].body, "bad \xef\xbf\xbd byte");
	assert_non_null(strstr(g.fails.buf, "f.jsonl:3: invalid JSON"));
	assert_non_null(strstr(g.fails.buf, "f.jsonl:4: JSON line is not an object"));
	got_release(&g);
}

static void test_feed_with_content(void **state)
{
	(void)state;
	struct got g;
	struct rd_ctx ctx;
	got_init(&g, &ctx);
	const char *rss =
		"<?xml version=\"1.0\"?><rss version=\"2.0\" "
		"xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
		"<channel><title>Deal Wire</title>"
		"<item><title>One</title><link>https://w.example/1</link>"
		"<pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>"
		"<content:encoded><![CDATA[<p>Full text one.</p>]]></content:encoded></item>"
		"<item><title>Two</title><description>summary only</description></item>"
		"</channel></rss>";
	/* no fetcher: the item without content fails, the other is indexed */
	assert_int_equal(rd_feed(&ctx, "f.xml", rss, strlen(rss), NULL), 0);
	assert_int_equal(g.n, 1);
	assert_string_equal(g.a[0].title, "One");
	assert_string_equal(g.a[0].body, "Full text one.");
	assert_string_equal(g.a[0].source, "Deal Wire");
	assert_string_equal(g.a[0].id, "https://w.example/1");
	assert_non_null(strstr(g.fails.buf, "neither content nor link"));
	got_release(&g);

	got_init(&g, &ctx);
	const char *atom =
		"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title>"
		"<entry><title>E1</title><link rel=\"alternate\" href=\"https://a.example/e1\"/>"
		"<id>tag:a,1</id><published>2017-03-21T10:00:00Z</published>"
		"<content type=\"html\">&lt;p&gt;Entry text&lt;/p&gt;</content></entry></feed>";
	assert_int_equal(rd_feed(&ctx, "a.xml", atom, strlen(atom), NULL), 0);
	assert_int_equal(g.n, 1);
	assert_string_equal(g.a[0].body, "Entry text");
	assert_string_equal(g.a[0].url, "https://a.example/e1");
	got_release(&g);

	got_init(&g, &ctx);
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(rd_feed(&ctx, "n.xml", "<html/>", 7, &err), DS_EFORMAT);
	assert_string_equal(err.msg, "not an RSS or Atom feed (root element <html>)");
	got_release(&g);
}

int main(void)
{
	rd_global_init();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_detect),
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_html),
		cmocka_unit_test(test_declared_charset),
		cmocka_unit_test(test_jsonl),
		cmocka_unit_test(test_feed_with_content),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	rd_global_cleanup();
	return rc;
}
