#!/usr/bin/env bash
# cgi_test.sh - the search page (dealsearch.cgi) under lighttpd, started by
# `dealsearch serve` on a free 127.0.0.1 port: status, headers, HTML
# structure, JSON, filters, and hostile input (script tags, attribute
# breakers, javascript: links, invalid UTF-8) in articles and in requests;
# paths other than /search, /story, /deal and /static/ (files planted
# beside the program are neither run nor revealed); the temporary folder
# gone after SIGTERM; a story's page; hits grouped by deal record (the
# default) or not (group=story), and a deal record's page.
. "$(dirname "$0")/lib.sh"
command -v lighttpd >/dev/null || [ -x /usr/sbin/lighttpd ] || { echo "skipped: lighttpd not installed"; exit 77; }
command -v xmllint >/dev/null || { echo "skipped: xmllint not installed"; exit 77; }
need_jq
db="$T/db"

# articles that try to break the page
printf '%s\n' \
 '{"id": "evil-1", "title": "<script>alert(1)</script> Evil Corp to buy Victim Inc", "url": "javascript:alert(2)", "source": "<b>Bold</b>", "body": "Evil Corp said it agreed to acquire Victim Inc for $50 million. <img src=x onerror=alert(3)> the deal closes soon."}' \
 '{"id": "evil-2", "title": "Quote \" onmouseover=\"alert(4) Holdings agrees merger", "url": "https://example.com/a?x=\"><script>alert(5)</script>", "body": "A merger \u0027 \" onmouseover=alert(6) of equals."}' \
 > "$T/evil.jsonl"
printf '{"id": "evil-3", "title": "Broken \xff\xfe bytes deal", "body": "Invalid \xc3\x28 UTF-8 in a $20 million acquisition."}\n' >> "$T/evil.jsonl"
# 25 stories of one word (three pages), and the index's first and last days
for i in $(seq 25); do
	printf '{"id": "page-%d", "title": "Paging story %d", "date": "2015-01-%02d", "body": "A pagingword note, number %d."}\n' "$i" "$i" "$i" "$i"
done > "$T/pages.jsonl"
printf '%s\n' '{"id": "first-day", "title": "An early note", "date": "1979-04-02T10:00:00Z", "body": "Nothing happened."}' \
 '{"id": "last-day", "title": "A late note", "date": "2031-05-06", "body": "Nothing happened either."}' >> "$T/pages.jsonl"
"$DS" index -q --db "$db" "$SRCDIR/corpus/articles" "$T/evil.jsonl" "$T/pages.jsonl" >/dev/null 2>&1

start_server "$db"
get() { curl -s -D "$T/headers" -o "$T/body" "$@"; }
status() { head -1 "$T/headers" | awk '{ print $2 }'; }
header() { grep -i "^$1:" "$T/headers" | cut -d' ' -f2- | tr -d '\r'; }
# xpath over the page as a browser would parse it
xp() { xmllint --html --xpath "$1" "$T/body" 2>/dev/null; }

# the page, its headers and its structure
get "$base/search?q=type%3Aacquisition"
expect_eq "200" "$(status)" 200
expect_eq "content type" "$(header Content-Type)" "text/html; charset=utf-8"
expect_match "CSP" "$(header Content-Security-Policy)" "default-src 'none'; style-src 'self'; script-src 'self'"
expect_eq "nosniff" "$(header X-Content-Type-Options)" "nosniff"
expect_match "results listed" "$(xp 'count(//ol[@class="hits"]/li)')" '^[1-9]'
expect_match "facet sidebar" "$(xp 'count(//aside[@class="facets"]//a)')" '^[1-9]'
expect_eq "labelled search box" "$(xp 'string(//label[@for="q"])')" "Search deals"
expect_eq "the root redirects to the page" "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "$base/")" "301 $base/search"
expect_eq "the root with a query redirects to its search" "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "$base/?q=type%3Aacquisition&f=region%3Aasia")" "301 $base/search?q=type%3Aacquisition&f=region%3Aasia"
get -L "$base/?q=type%3Aacquisition"
expect_eq "the root with a query: the search" "$(xp 'string(//input[@id="q"]/@value)')" "type:acquisition"
expect_match "the root with a query: results" "$(xp 'count(//ol[@class="hits"]/li)')" '^[1-9]'
expect_match "the root with an empty query string redirects" "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "$base/?")" "^301 $base/search[?]?$"
get "$base/static/style.css"
expect_eq "stylesheet served" "$(header Content-Type)" "text/css; charset=utf-8"

# hostile articles: nothing they carry runs or breaks the markup
get "$base/search?q=evil+OR+merger+OR+broken"
expect_eq "hostile page status" "$(status)" 200
expect_eq "only the page's own script" "$(xp 'count(//script)')" 1
expect_eq "that script is the project's" "$(xp 'string(//script/@src)')" "/static/app.js"
expect_eq "no event handler attributes" "$(xp 'count(//@*[starts-with(name(), "on")])')" 0
expect_eq "no javascript: links" "$(xp 'count(//a[starts-with(normalize-space(@href), "javascript")])')" 0
expect_eq "no injected elements" "$(xp 'count(//img|//b|//iframe)')" 0
expect_match "the script tag shown as text" "$(xp 'string(//ol[@class="hits"])')" '<script>alert\(1\)</script> Evil Corp'
expect_match "invalid UTF-8 shown replaced" "$(xp 'string(//ol[@class="hits"])')" 'Broken .. bytes deal'
# (libxml2's HTML parser knows HTML 4: new elements are not errors here)
xmllint --html --noout "$T/body" 2>"$T/lint"
expect_eq "well-formed page" "$(grep 'error' "$T/lint" | grep -vc 'Tag [a-z]* invalid')" 0

# hostile requests
get "$base/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22onmouseover%3D%22x&f=region%3A%22%3E%3Cscript%3E&amin=%22%3E%3Cb%3E"
expect_match "payload query status" "$(status)" '^(200|400)$'
expect_eq "payload: no injected script" "$(xp 'count(//script)')" 1
expect_eq "payload: no handlers" "$(xp 'count(//@*[starts-with(name(), "on")])')" 0
expect_eq "payload: no injected b" "$(xp 'count(//b)')" 0
expect_eq "payload kept as the box's value" "$(xp 'string(//input[@id="q"]/@value)')" '<script>alert(1)</script>"onmouseover="x'
# lighttpd itself refuses invalid UTF-8 in a URL; the program, run as CGI
# by a server that lets it through, answers with its own page
get "$base/search?q=%ff%fe%c3%28"
expect_eq "invalid UTF-8 in the URL: refused by the server" "$(status)" 400
DEALSEARCH_DB="$db" REQUEST_METHOD=GET QUERY_STRING='q=%ff%fe%c3%28%3Cb%3E' \
	"$(dirname "$DS")/dealsearch.cgi" > "$T/raw"
expect_eq "invalid UTF-8 to the CGI: a friendly 400" "$(head -1 "$T/raw" | tr -d '\r')" "Status: 400 Bad Request"
sed '1,/^\r$/d' "$T/raw" > "$T/body"
expect_eq "invalid UTF-8 to the CGI: the page stands" "$(xp 'count(//form)')" 1
expect_eq "invalid UTF-8 to the CGI: nothing injected" "$(xp 'count(//b)')" 0

# methods, limits, malformed queries
code=$(curl -s -o "$T/body" -D "$T/headers" -X POST -d 'q=x' "$base/search" -w '%{http_code}')
expect_eq "POST refused" "$code" 405
expect_eq "Allow header" "$(header Allow)" "GET, HEAD"
code=$(curl -s -o /dev/null -D "$T/headers" -I "$base/search?q=merger" -w '%{http_code}')
expect_eq "HEAD answered" "$code" 200
long=$(head -c 5000 /dev/zero | tr '\0' a)
get "$base/search?q=$long"
expect_eq "long query status" "$(status)" 400
expect_match "long query page" "$(xp 'string(//section[@class="error"])')" 'longer than'
get "$base/search?q=grocery+AND+%28Southeast+Asia"
expect_eq "malformed query status" "$(status)" 400
expect_match "malformed query message" "$(xp 'string(//section[@class="error"]/p[1])')" "missing '\)' for this '\('"
expect_eq "caret under the problem" "$(xp 'string(//section[@class="error"]/pre)')" "grocery AND (Southeast Asia
            ^"

# the program itself, run as a server runs it: a clean exit (under the
# sanitizers, a leak or an overflow would fail here)
DEALSEARCH_DB="$db" REQUEST_METHOD=GET QUERY_STRING='q=evil+OR+merger&f=type%3Aacquisition&sort=date' \
	"$(dirname "$DS")/dealsearch.cgi" > "$T/raw"; rc=$?
expect_eq "CGI exit" "$rc" 0
expect_eq "CGI status line" "$(head -1 "$T/raw" | tr -d '\r')" "Status: 200 OK"
# the index comes from the config file beside the program when the
# environment has none (never from the request)
mkdir -p "$T/cgi-bin" && cp "$(dirname "$DS")/dealsearch.cgi" "$T/cgi-bin/"
printf 'db = %s\n' "$db" > "$T/cgi-bin/dealsearch.cgi.conf"
env -u DEALSEARCH_DB REQUEST_METHOD=GET QUERY_STRING='q=merger' "$T/cgi-bin/dealsearch.cgi" > "$T/raw"
expect_eq "config file beside the program" "$(head -1 "$T/raw" | tr -d '\r')" "Status: 200 OK"
rm "$T/cgi-bin/dealsearch.cgi.conf"
env -u DEALSEARCH_DB REQUEST_METHOD=GET QUERY_STRING='q=merger' "$T/cgi-bin/dealsearch.cgi" > "$T/raw"
expect_eq "no index configured: a friendly 503" "$(head -1 "$T/raw" | tr -d '\r')" "Status: 503 Service Unavailable"

# JSON: the same object as the command line's, grouped by deal as the
# page is unless the request says group=story
get "$base/search?q=type%3Aacquisition&format=json"
expect_eq "JSON content type" "$(header Content-Type)" "application/json; charset=utf-8"
# (the same object but for took_ms, the time each took)
timeless() { jq 'del(.took_ms)' "$@"; }
cli=$("$DS" search --db "$db" --json --group deal 'type:acquisition' | timeless)
expect_eq "JSON as the CLI's" "$(timeless "$T/body")" "$cli"
expect_eq "JSON: grouped by deal" "$(jq -r '.grouped' "$T/body")" deal
get "$base/search?q=type%3Aacquisition&format=json&group=story"
cli=$("$DS" search --db "$db" --json 'type:acquisition' | timeless)
expect_eq "JSON by story as the CLI's" "$(timeless "$T/body")" "$cli"
expect_eq "JSON by story: not grouped" "$(jq -r '.grouped // "none"' "$T/body")" none

# filters apply to the query as a whole, across its ORs, as --filter does
total() { jq '.total'; }
get "$base/search?q=merger+OR+acquire&f=type%3Aacquisition&format=json"
cli=$("$DS" search --db "$db" --json --group deal --filter 'type:"acquisition"' 'merger OR acquire' | timeless)
expect_eq "filtered JSON as the CLI's --filter" "$(timeless "$T/body")" "$cli"
want=$("$DS" search --db "$db" --json --group deal --limit 0 '(merger OR acquire) AND type:acquisition' | total)
expect_eq "a facet filter applies across OR ($want)" "$(total < "$T/body")" "$want"
expect_match "the filter keeps some" "$want" '^[1-9]'
expect_eq "only acquisitions" "$(jq -r '[.hits[].deal.type] | unique | .[]' "$T/body")" 'acquisition'
get "$base/search?q=merger+OR+acquire&amin=10m&from=2010-01-01&format=json"
want=$("$DS" search --db "$db" --json --group deal --limit 0 '(merger OR acquire) AND amount:>=10m AND after:2010-01-01' | total)
expect_eq "bounds apply across OR ($want)" "$(total < "$T/body")" "$want"
expect_match "bounds keep some" "$want" '^[1-9]'
get "$base/search?q=merger+OR+acquire&f=type%3Aacquisition"
expect_eq "the page counts as the JSON" "$(xp 'string(//p[@class="summary"]/strong)')" "$("$DS" search --db "$db" --json --group deal --limit 0 --filter 'type:"acquisition"' 'merger OR acquire' | total)"
expect_eq "the box keeps the query as typed" "$(xp 'string(//input[@id="q"]/@value)')" "merger OR acquire"
expect_eq "the filter stays a chip" "$(xp 'string(//ul[@class="chips"]/li/a/@aria-label)')" "Remove filter Type: acquisition"
get "$base/search?q=merger&amin=%3E%3E"
expect_eq "malformed bound status" "$(status)" 400
expect_eq "caret under the malformed bound" "$(xp 'string(//section[@class="error"]/pre)')" "amount:>=>>
         ^"

# facets: a click adds a filter chip, and the counts narrow; values and
# chips read as words (the gazetteer's names), links keep the codes
get "$base/search?q=type%3Aacquisition"
all=$(xp 'string(//p[@class="summary"]/strong)')
link=$(xp 'string(//aside[@class="facets"]//a[.="Southeast Asia"]/@href)')
expect_match "region facet link" "$link" '^\?q=type%3Aacquisition&f=region%3Asoutheast-asia$'
get "$base/search$link"
some=$(xp 'string(//p[@class="summary"]/strong)')
expect_match "the filter narrows ($all -> $some)" "$((some < all && some > 0))" '^1$'
expect_match "a removable chip" "$(xp 'string(//ul[@class="chips"]/li/a/@aria-label)')" '^Remove filter Region: Southeast Asia$'
expect_eq "the chip reads as words" "$(xp 'normalize-space(//ul[@class="chips"]/li)')" "Region: Southeast Asia ×"
get "$base/search?q=NOT+zzqq"
facet() { xp "string(//aside[@class=\"facets\"]//a[contains(@href, \"f=$1\")])"; }
expect_eq "a country reads as its name" "$(facet country%3ACA)" "Canada"
expect_eq "a sector reads as its name" "$(facet sector%3Agrocery)" "Grocery and food retail"
expect_eq "an amount bucket reads as amounts" "$(facet amount%3A10m-100m)" '$10M–$100M'
expect_eq "the largest bucket" "$(facet amount%3A%3E1b)" 'over $1B'
expect_eq "a type reads as words" "$(facet type%3Atender-offer)" "tender offer"
expect_eq "a status reads as words" "$(facet status%3Ain-talks)" "in talks"
expect_eq "a region reads as words" "$(facet region%3Anorth-america)" "North America"
get "$base/search?f=country%3ACA&f=amount%3A100m-1b&f=sector%3Agrocery&f=company%3AFreshBasket"
expect_eq "chips read as words" "$(xp 'string(//ul[@class="chips"])')" \
	"Country: Canada ×Amount: \$100M–\$1B ×Sector: Grocery and food retail ×Company: FreshBasket ×"
expect_eq "chips keep the codes in their links" "$(xp 'string(//ul[@class="chips"]/li[1]/a/@href)')" \
	"?f=amount%3A100m-1b&f=sector%3Agrocery&f=company%3AFreshBasket"

# paging: "page N of M", never a link past the last page; a page past it
# says so and links to the last
get "$base/search?q=pagingword"
expect_eq "25 results" "$(xp 'string(//p[@class="summary"]/strong)')" 25
expect_eq "page 1 of 3" "$(xp 'normalize-space(//nav[@class="pages"]//*[@class="at"])')" "page 1 of 3"
expect_eq "page 1: no previous" "$(xp 'count(//nav[@class="pages"]//a[@rel="prev"])')" 0
expect_eq "page 1: next is page 2" "$(xp 'string(//nav[@class="pages"]//a[@rel="next"]/@href)')" "?q=pagingword&page=2"
get "$base/search?q=pagingword&page=3"
expect_eq "page 3 of 3" "$(xp 'normalize-space(//nav[@class="pages"]//*[@class="at"])')" "page 3 of 3"
expect_eq "the last page: no next" "$(xp 'count(//nav[@class="pages"]//a[@rel="next"])')" 0
expect_eq "the last page: its hits" "$(xp 'count(//ol[@class="hits"]/li)')" 5
expect_eq "the last page: previous is page 2" "$(xp 'string(//nav[@class="pages"]//a[@rel="prev"]/@href)')" "?q=pagingword&page=2"
for pg in 4 1000 99999; do
	get "$base/search?q=pagingword&page=$pg"
	expect_eq "page $pg: status" "$(status)" 200
	expect_eq "page $pg: no hits" "$(xp 'count(//ol[@class="hits"]/li)')" 0
	expect_match "page $pg: says it is past the end" "$(xp 'normalize-space(//p[@class="past"])')" \
		"^Page [0-9]+ is past the end: 25 results fill 3 pages\. Go to page 3$"
	expect_eq "page $pg: links to the last" "$(xp 'string(//p[@class="past"]/a/@href)')" "?q=pagingword&page=3"
	expect_eq "page $pg: no next" "$(xp 'count(//a[@rel="next"])')" 0
done
get "$base/search?q=type%3Aacquisition"
expect_match "one page: page 1 of 1" "$(xp 'normalize-space(//nav[@class="pages"]//*[@class="at"])')" "^page 1 of 1$"
expect_eq "one page: no next" "$(xp 'count(//a[@rel="next"])')" 0

# no results: what was searched, and a link dropping each filter and bound
# (each link drops that one alone)
get "$base/search?q=pagingword&f=type%3Aacquisition&f=country%3ACA&amin=30m&to=2016-01-01"
expect_eq "no results: status" "$(status)" 200
expect_eq "no results: no hits" "$(xp 'count(//ol[@class="hits"]/li)')" 0
expect_eq "no results: what was searched" "$(xp 'normalize-space(//section[@class="none"]/p[1])')" \
	"No results for pagingword with Type: acquisition, Country: Canada, Amount from 30m and Date to 2016-01-01."
expect_eq "no results: one link per filter" "$(xp 'count(//ul[@class="drop"]/li/a)')" 4
drop() { xp "string(//ul[@class=\"drop\"]/li[$1]/a/@href)"; }
expect_eq "drop the type" "$(drop 1)" "?q=pagingword&f=country%3ACA&amin=30m&to=2016-01-01"
expect_eq "drop the country" "$(drop 2)" "?q=pagingword&f=type%3Aacquisition&amin=30m&to=2016-01-01"
expect_eq "drop the least amount" "$(drop 3)" "?q=pagingword&f=type%3Aacquisition&f=country%3ACA&to=2016-01-01"
expect_eq "drop the last date" "$(drop 4)" "?q=pagingword&f=type%3Aacquisition&f=country%3ACA&amin=30m"
expect_eq "a drop link names its filter" "$(xp 'normalize-space(//ul[@class="drop"]/li[2])')" "without Country: Canada"
get "$base/search?q=pagingword&f=type%3Aacquisition"
expect_eq "one filter: one link" "$(xp 'count(//ul[@class="drop"]/li/a)')" 1
get "$base/search$(xp 'string(//ul[@class="drop"]/li[1]/a/@href)')"
expect_eq "dropping it finds the stories" "$(xp 'string(//p[@class="summary"]/strong)')" 25
get "$base/search?q=zzqqxx"
expect_eq "no results without filters: nothing to drop" "$(xp 'count(//ul[@class="drop"])')" 0
expect_match "no results without filters: what was searched" "$(xp 'normalize-space(//section[@class="none"]/p[1])')" "^No results for zzqqxx\.$"

# a story's page: every hit's headline links to it, with the query
get "$base/search?q=ShopAsia+grocery"
story=$(xp 'string(//li[@class="hit"][1]/h3/a/@href)')
expect_eq "a hit links to its story" "$story" "story?id=https%3A%2F%2Ftech.example.com%2F2016%2F10%2F28%2Fmarketplace-freshbasket&q=ShopAsia%20grocery"
expect_eq "its own URL stays a link" "$(xp 'string(//li[@class="hit"][1]/p[@class="meta"]/a/@href)')" "https://tech.example.com/2016/10/28/marketplace-freshbasket"
get "$base/search?q=pagingword"
expect_eq "a story without a URL links to its page too" "$(xp 'count(//li[@class="hit"]/h3/a[starts-with(@href, "story?id=page-")])')" 10
get "$base/$story"
expect_eq "story: status" "$(status)" 200
expect_eq "story: CSP" "$(header Content-Security-Policy | cut -c1-19)" "default-src 'none';"
expect_eq "story: the headline" "$(xp 'string(//article/h1)')" "Marketplace giant in talks to buy Singapore online grocer FreshBasket"
expect_eq "story: title" "$(xp 'string(//title)')" "Marketplace giant in talks to buy Singapore online grocer FreshBasket - dealsearch"
expect_eq "story: date, source, link" "$(xp 'normalize-space(//article/p[@class="meta"])')" "2016-10-28 · Example Tech Daily · https://tech.example.com/2016/10/28/marketplace-freshbasket"
expect_eq "story: the link is safe" "$(xp 'string(//article/p[@class="meta"]/a/@rel)')" "noopener noreferrer"
expect_eq "story: the deal line" "$(xp 'string(//article/p[@class="deal"])')" 'acquisition, in talks: ShopAsia → FreshBasket; $30-40 million ($30M-$40M, deal)'
tag() { xp "normalize-space(//dl[@class=\"tags\"]/dt[.=\"$1\"]/following-sibling::dd[1])"; }
expect_eq "story: companies" "$(tag Companies)" "FreshBasket, ShopAsia"
expect_eq "story: places by name" "$(tag Places)" "Singapore"
expect_eq "story: regions by name" "$(tag Regions)" "Asia, Southeast Asia"
expect_match "story: sectors by name" "$(tag Sectors)" "^Grocery and food retail, "
expect_match "story: amounts" "$(tag Amounts)" '^\$30-40 million \(\$30M-\$40M, deal\); \$55 million \(\$55M, funding\)$'
expect_eq "story: a tag links to its stories" "$(xp 'string(//dl[@class="tags"]//a[.="Southeast Asia"]/@href)')" "search?f=region%3Asoutheast-asia"
expect_eq "story: the text in paragraphs" "$(xp 'count(//div[@class="text"]/p)')" 3
expect_match "story: the whole text" "$(xp 'string(//div[@class="text"]/p[3])')" "^ShopAsia operates in six countries .* fresh food and groceries\.$"
expect_eq "story: the query's words marked" "$(xp 'string(//div[@class="text"]//mark[1])')" "ShopAsia"
expect_eq "story: every one of them" "$(xp 'count(//div[@class="text"]//mark)')" 4
expect_eq "story: back to the results" "$(xp 'string(//p[@class="back"]/a/@href)')" "search?q=ShopAsia%20grocery"
get "$base/story?id=wire-0002"
expect_eq "story: no query, nothing marked" "$(xp 'count(//mark)')" 0
expect_match "story: a rejected bid" "$(xp 'string(//p[@class="deal"])')" "rejected"
get "$base/story?id=wire-0004"
expect_match "story: the seller" "$(xp 'string(//p[@class="deal"])')" '^divestiture, .*; seller Thames Mutual; £400 million \(\$550M, deal\)$'
get "$base/story?id=wire-0001"
expect_match "story: the investors" "$(xp 'string(//p[@class="deal"])')" '; investors Ojek Kita; \$200m \(\$200M, deal\)$'
get "$base/story?id=page-3&q=pagingword&page=2&sort=date&f=year%3A2015"
expect_eq "story: back to the same page of results" "$(xp 'string(//p[@class="back"]/a/@href)')" "search?q=pagingword&f=year%3A2015&sort=date&page=2"
expect_eq "story: a story without a URL shows its input" "$(xp 'count(//article/p[@class="meta"]/a)')" 0
get "$base/story?id=no-such-story&q=x"
expect_eq "unknown story: 404" "$(status)" 404
expect_eq "unknown story: says so" "$(xp 'normalize-space(//section[@class="error"]/p)')" \
	"This index holds no story with the id ‘no-such-story’: it may have been deleted, or the link is not whole."
expect_eq "unknown story: the search form stands" "$(xp 'count(//form[@action="search"])')" 1
get "$base/story"
expect_eq "no story asked: 404" "$(status)" 404
expect_match "no story asked: says so" "$(xp 'normalize-space(//section[@class="error"]/p)')" "^No story was asked for"
code=$(curl -s -o /dev/null -I "$base/$story" -w '%{http_code}')
expect_eq "story: HEAD answered" "$code" 200
# hostile stories and requests on the story page
for id in evil-1 evil-2 evil-3 '%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E'; do
	get "$base/story?id=$id&q=%3Cb%3Eevil%3C%2Fb%3E+merger+%22%3E%3Cimg"
	expect_match "story $id: status" "$(status)" '^(200|404)$'
	expect_eq "story $id: only the page's own script" "$(xp 'count(//script)')" 1
	expect_eq "story $id: no handlers" "$(xp 'count(//@*[starts-with(name(), "on")])')" 0
	expect_eq "story $id: no javascript: links" "$(xp 'count(//a[starts-with(normalize-space(@href), "javascript")])')" 0
	expect_eq "story $id: nothing injected" "$(xp 'count(//img|//b|//iframe)')" 0
done
get "$base/story?id=evil-1"
expect_match "story: the script tag shown as text" "$(xp 'string(//article/h1)')" '^<script>alert\(1\)</script> Evil Corp'
expect_match "story: the image tag shown as text" "$(xp 'string(//div[@class="text"])')" '<img src=x onerror=alert\(3\)>'
DEALSEARCH_DB="$db" REQUEST_METHOD=GET SCRIPT_NAME=/story QUERY_STRING='id=evil-1&q=evil+deal' \
	"$(dirname "$DS")/dealsearch.cgi" > "$T/raw"; rc=$?
expect_eq "story CGI exit" "$rc" 0
expect_eq "story CGI status line" "$(head -1 "$T/raw" | tr -d '\r')" "Status: 200 OK"

# deal records: the page groups its hits by deal unless the request says
# group=story; a grouped hit says how many stories from how many outlets
# and the status timeline, and links to the record's page (timeline,
# coverage with the repeats, competing bids).  Two outlets cover one deal
# (talks, agreement, completion), the talks story is sent twice and
# rewritten by the other outlet, another buyer bids for the same target,
# and a story about the target has no deal; one headline carries a script.
ddb="$T/deals-db"
cat > "$T/deals.jsonl" <<'JSON'
{"id":"w1","source":"Wire One","date":"2024-03-01T09:00:00Z","title":"Harlow Corp in talks to buy Pemberton Mills","body":"London-based Harlow Corp said it is in talks to acquire Pemberton Mills Inc, a textile maker based in Ohio, United States, for about 120 mln dlrs in cash."}
{"id":"w2","source":"Daily Ledger","date":"2024-03-09T09:00:00Z","title":"Harlow agrees to buy <script>alert(1)</script> Pemberton Mills for $120 million","body":"Harlow Corp said it agreed to acquire Pemberton Mills Inc for 120 mln dlrs in cash, after the Pemberton board backed the offer."}
{"id":"w3","source":"Wire One","date":"2024-04-20T09:00:00Z","title":"Harlow completes Pemberton Mills purchase","body":"Harlow Corp said it completed its acquisition of Pemberton Mills Inc for 120 mln dlrs in cash, its largest purchase in ten years."}
{"id":"w4","source":"Wire One","date":"2024-03-12T09:00:00Z","title":"Corwen Industries bids for Pemberton Mills","body":"Corwen Industries Inc said it offered to buy Pemberton Mills Inc for 140 mln dlrs in cash, topping an agreed offer by Harlow Corp."}
{"id":"w5","source":"Daily Ledger","date":"2024-03-02T10:00:00Z","title":"Harlow in talks for Pemberton","body":"London-based Harlow Corp said it is in talks to acquire Pemberton Mills Inc, a textile maker based in Ohio, United States, for about 120 mln dlrs in cash."}
{"id":"w7","source":"Wire One","date":"2024-03-03T09:00:00Z","title":"Textile prices rise at Pemberton","body":"Prices of cotton yarn rose for a third week at Pemberton, traders said."}
{"id":"w8","source":"Wire One","date":"2024-03-01T11:00:00Z","title":"Harlow Corp in talks to buy Pemberton Mills","body":"London-based Harlow Corp said it is in talks to acquire Pemberton Mills Inc, a textile maker based in Ohio, United States, for about 120 mln dlrs in cash."}
JSON
"$DS" index -q --db "$ddb" "$T/deals.jsonl" >/dev/null 2>&1
"$DS" deals --db "$ddb" --json > "$T/deals.json"
rec() { jq -r --arg s "$1" '.deals[] | select(.stories | index($s)) | .id' "$T/deals.json"; }
r1=$(rec w1) r4=$(rec w4)
expect_match "the deal has a record" "$r1" '^d[0-9a-f]{12}$'
expect_match "the competing bid has another" "$r4" '^d[0-9a-f]{12}$'
# the program run as the server runs it, for PATH?QUERY; it always exits
# cleanly (under the sanitizers, a leak or an overflow would fail here)
cgi() {
	DEALSEARCH_DB="$ddb" REQUEST_METHOD=${METHOD:-GET} SCRIPT_NAME="$1" QUERY_STRING="$2" \
		"$(dirname "$DS")/dealsearch.cgi" > "$T/raw"
	cgi_rc=$?
	[ "$cgi_rc" -eq 0 ] || fail "$1?$2: the program exited with $cgi_rc"
	sed '1,/^\r$/d' "$T/raw" > "$T/body"
}
cgi_status() { head -1 "$T/raw" | tr -d '\r'; }

cgi /search 'q=Pemberton'
expect_eq "grouped: exit" "$cgi_rc" 0
expect_eq "grouped: status" "$(cgi_status)" "Status: 200 OK"
expect_eq "grouped: a hit per deal, and the story without one" "$(xp 'count(//ol[@class="hits"]/li)')" 3
expect_match "grouped: the count says what it counts" "$(xp 'normalize-space(//p[@class="summary"])')" \
	'^3 results: 2 deals and 1 story without a deal \(7 matching stories\) in [0-9.]+ ms · show every story$'
expect_eq "grouped: one hit for the deal's five stories" \
	"$(xp 'count(//li[@class="hit"]/h3/a[starts-with(@href, "story?id=w1&") or starts-with(@href, "story?id=w2&") or starts-with(@href, "story?id=w3&") or starts-with(@href, "story?id=w5&") or starts-with(@href, "story?id=w8&")])')" 1
recline() { xp "normalize-space(//li[@class=\"hit\"]/p[@class=\"record\"][a[starts-with(@href, \"deal?id=$1&\")]])"; }
expect_eq "grouped: stories, outlets and timeline" "$(recline "$r1")" \
	"3 stories from 2 outlets · in-talks 2024-03-01 → agreed 2024-03-09 → completed 2024-04-20 · all 3 stories"
expect_eq "grouped: the competing bid's line" "$(recline "$r4")" \
	"1 story from 1 outlet · proposed 2024-03-12 · the deal"
expect_eq "grouped: the link to the deal's page" \
	"$(xp "string(//p[@class=\"record\"]/a[contains(@href, \"$r1\")]/@href)")" "deal?id=$r1&q=Pemberton"
expect_eq "grouped: a story without a deal has no record line" \
	"$(xp 'count(//li[@class="hit"][h3/a[starts-with(@href, "story?id=w7&")]]/p[@class="record"])')" 0
expect_eq "grouped: the facets say they count stories" "$(xp 'normalize-space(//p[@class="facets-note"])')" \
	"The numbers count stories, not deals."
expect_eq "grouped: the facets count stories" "$(xp 'string(//aside[@class="facets"]//a[.="2024"]/following-sibling::span)')" 7
expect_eq "grouped: the control shows by deal" "$(xp 'string(//select[@id="group"]/option[@selected]/@value)')" deal
expect_eq "grouped: a link to every story" "$(xp 'string(//a[@class="regroup"]/@href)')" "?q=Pemberton&group=story"
cgi /search 'q=Harlow'
expect_match "grouped: deals alone" "$(xp 'normalize-space(//p[@class="summary"])')" \
	'^2 deals \(6 matching stories\) in '
# (counted, not Xapian's estimate of the stories before grouping, which
# says 1 or 2 here)
cgi /search 'q=Harlow+AND+before%3A2024-03-05'
expect_match "grouped: the matching stories counted" "$(xp 'normalize-space(//p[@class="summary"])')" \
	'^1 deal \(3 matching stories\) in '
cgi /search 'q=cotton'
expect_match "grouped: no deal among them" "$(xp 'normalize-space(//p[@class="summary"])')" \
	'^1 story \(none part of a deal\) in '
cgi /search 'q=Pemberton&group=deal'
expect_eq "group=deal: as the default" "$(xp 'count(//ol[@class="hits"]/li)')" 3

cgi /search 'q=Pemberton&group=story'
expect_eq "by story: every story" "$(xp 'count(//ol[@class="hits"]/li)')" 7
expect_match "by story: the count says stories" "$(xp 'normalize-space(//p[@class="summary"])')" \
	'^7 stories in [0-9.]+ ms · group by deal$'
expect_eq "by story: no record lines" "$(xp 'count(//p[@class="record"])')" 0
expect_eq "by story: the control shows by story" "$(xp 'string(//select[@id="group"]/option[@selected]/@value)')" story
expect_eq "by story: a link back to deals" "$(xp 'string(//a[@class="regroup"]/@href)')" "?q=Pemberton"
expect_eq "by story: facet links keep it" "$(xp 'string(//aside[@class="facets"]//a[.="2024"]/@href)')" \
	"?q=Pemberton&f=year%3A2024&group=story"
expect_eq "by story: story links keep it" "$(xp 'string(//li[@class="hit"]/h3/a[starts-with(@href, "story?id=w7&")]/@href)')" \
	"story?id=w7&q=Pemberton&group=story"
cgi /search 'q=Pemberton&group=story&format=json'
expect_eq "by story: JSON" "$(jq '.total' "$T/body")" 7
cgi /story 'id=w7&q=Pemberton&group=story'
expect_eq "by story: the story page's way back keeps it" "$(xp 'string(//p[@class="back"]/a/@href)')" \
	"search?q=Pemberton&group=story"

# the deal's page, by the link a grouped hit gives
cgi /deal "id=$r1&q=Pemberton"
expect_eq "deal: exit" "$cgi_rc" 0
expect_eq "deal: status" "$(cgi_status)" "Status: 200 OK"
expect_eq "deal: CSP" "$(sed -n 's/^Content-Security-Policy: //p' "$T/raw" | cut -c1-19)" "default-src 'none';"
expect_eq "deal: title" "$(xp 'string(//title)')" "Harlow → Pemberton Mills - dealsearch"
expect_eq "deal: headline" "$(xp 'string(//article/h1)')" "Harlow → Pemberton Mills"
fact() { xp "normalize-space(//dl[contains(@class, \"facts\")]/dt[.=\"$1\"]/following-sibling::dd[1])"; }
expect_eq "deal: parties and countries" "$(fact Parties)" "Harlow (United Kingdom) → Pemberton Mills"
expect_eq "deal: type" "$(fact Type)" "acquisition"
expect_eq "deal: status" "$(fact Status)" "completed"
expect_eq "deal: value, its words and its stories" "$(fact Value)" '120 mln dlrs ($120M), given by 3 stories'
expect_eq "deal: first story" "$(fact 'First story')" "2024-03-01"
expect_eq "deal: last story" "$(fact 'Last story')" "2024-04-20"
expect_eq "deal: the timeline" "$(xp 'count(//ol[@class="timeline"]/li)')" 3
expect_eq "deal: a stage, its day and its story" "$(xp 'normalize-space(//ol[@class="timeline"]/li[1])')" \
	"2024-03-01 in talks: Harlow Corp in talks to buy Pemberton Mills"
expect_eq "deal: the stage links to its story" "$(xp 'string(//ol[@class="timeline"]/li[1]/a/@href)')" "story?id=w1&q=Pemberton"
expect_eq "deal: the last stage" "$(xp 'normalize-space(//ol[@class="timeline"]/li[3])')" \
	"2024-04-20 completed: Harlow completes Pemberton Mills purchase"
expect_eq "deal: the coverage" "$(xp 'normalize-space(//section[@class="coverage"]/h2)')" "Coverage: 3 stories from 2 outlets"
expect_eq "deal: every story" "$(xp 'count(//ol[@class="coverage"]/li)')" 5
expect_eq "deal: each links to its page" "$(xp 'count(//ol[@class="coverage"]/li/a[starts-with(@href, "story?id=w")])')" 5
expect_eq "deal: a story, its day and outlet" "$(xp 'normalize-space(//ol[@class="coverage"]/li[1])')" \
	"2024-03-01 · Wire One · Harlow Corp in talks to buy Pemberton Mills"
expect_eq "deal: the same story sent twice" "$(xp 'normalize-space(//ol[@class="coverage"]/li[a[starts-with(@href, "story?id=w8&")]])')" \
	"2024-03-01 · Wire One · Harlow Corp in talks to buy Pemberton Mills repeats Harlow Corp in talks to buy Pemberton Mills"
expect_eq "deal: another outlet's copy" "$(xp 'normalize-space(//ol[@class="coverage"]/li[a[starts-with(@href, "story?id=w5&")]])')" \
	"2024-03-02 · Daily Ledger · Harlow in talks for Pemberton repeats Harlow Corp in talks to buy Pemberton Mills"
expect_eq "deal: a repeat links to what it repeats" "$(xp 'string(//ol[@class="coverage"]/li[a[starts-with(@href, "story?id=w5&")]]/span[@class="repeat"]/a/@href)')" \
	"story?id=w1&q=Pemberton"
expect_eq "deal: the competing bid" "$(xp 'normalize-space(//ul[@class="related"]/li)')" \
	'Corwen → Pemberton Mills · proposed · 140 mln dlrs ($140M) · 2024-03-12'
expect_eq "deal: it links to its page" "$(xp 'string(//ul[@class="related"]/li/a/@href)')" "deal?id=$r4&q=Pemberton"
expect_eq "deal: back to the results" "$(xp 'string(//p[@class="back"]/a/@href)')" "search?q=Pemberton"
expect_eq "deal: only the page's own script" "$(xp 'count(//script)')" 1
expect_eq "deal: the script in a headline is text" "$(grep -c '<script>alert' "$T/body")" 0
expect_match "deal: and reads as it was written" "$(xp 'string(//ol[@class="timeline"]/li[2])')" \
	'Harlow agrees to buy <script>alert\(1\)</script> Pemberton Mills'
cgi /deal "id=$r4"
expect_eq "deal: the other bid's page" "$(xp 'string(//article/h1)')" "Corwen → Pemberton Mills"
expect_eq "deal: related the other way" "$(xp 'string(//ul[@class="related"]/li/a/@href)')" "deal?id=$r1"
expect_eq "deal: no query, back to the search" "$(xp 'normalize-space(//p[@class="back"])')" "← Search"
METHOD=HEAD cgi /deal "id=$r1"
expect_eq "deal: HEAD" "$(cgi_status)" "Status: 200 OK"
expect_eq "deal: HEAD has no body" "$(wc -c < "$T/body")" 0
# hostile requests on the deal page
cgi /deal "id=$r1&q=%3Cb%3Eevil%3C%2Fb%3E%22%3E%3Cimg+src%3Dx+onerror%3Dalert(1)%3E&f=region%3A%22%3E%3Cb%3E"
expect_eq "deal, hostile query: status" "$(cgi_status)" "Status: 200 OK"
expect_eq "deal, hostile query: nothing injected" "$(xp 'count(//img|//b|//iframe)')" 0
expect_eq "deal, hostile query: no handlers" "$(xp 'count(//@*[starts-with(name(), "on")])')" 0
# a bad or unknown id, or none: a 404 page that says which
cgi /deal 'id=dffffffffffff&q=x'
expect_eq "unknown deal: 404" "$(cgi_status)" "Status: 404 Not Found"
expect_eq "unknown deal: says so" "$(xp 'normalize-space(//section[@class="error"]/p)')" \
	"This index holds no deal with the id ‘dffffffffffff’: its stories may have been deleted or linked to another deal, or the link is not whole."
expect_eq "unknown deal: the search form stands" "$(xp 'count(//form[@action="search"])')" 1
for id in 'x%3Cb%3E%22%3E' w1 d123 "${r1}0" "$(printf '%s' "$r1" | tr a-f A-F)" '..%2F..%2Fetc%2Fpasswd'; do
	cgi /deal "id=$id"
	expect_eq "deal id '$id': 404" "$(cgi_status)" "Status: 404 Not Found"
	expect_match "deal id '$id': not a deal's id" "$(xp 'normalize-space(//section[@class="error"]/p)')" \
		"^‘.*’ is not a deal’s id: that is d and 12 hexadecimal digits, as the results link to it\.$"
	expect_eq "deal id '$id': nothing injected" "$(xp 'count(//b|//script)')" 1
done
cgi /deal ''
expect_eq "no deal asked: 404" "$(cgi_status)" "Status: 404 Not Found"
expect_match "no deal asked: says so" "$(xp 'normalize-space(//section[@class="error"]/p)')" "^No deal was asked for"
# through the server: /deal is the deal's page
did=$("$DS" deals --db "$db" --json --limit 1 | jq -r '.deals[0].id')
get "$base/deal?id=$did"
expect_eq "served deal page" "$(status)" 200
expect_eq "served deal page: the record" "$(xp 'normalize-space(//dl[contains(@class, "facts")]/dt[.="Id"]/following-sibling::dd[1])')" "$did"
get "$base/deal?id=dffffffffffff"
expect_eq "served unknown deal: 404" "$(status)" 404
get "$base/search?q=pagingword&group=story"
expect_eq "paging keeps group=story" "$(xp 'string(//nav[@class="pages"]//a[@rel="next"]/@href)')" "?q=pagingword&group=story&page=2"

# the date boxes' hints are the index's first and last days
get "$base/search"
expect_eq "date from: the first day" "$(xp 'string(//input[@id="from"]/@placeholder)')" "1979-04-02"
expect_eq "date to: the last day" "$(xp 'string(//input[@id="to"]/@placeholder)')" "2031-05-06"

# the amount that met an amount condition: a line on the page, a key in
# JSON; the page's amount bounds are such conditions too
get "$base/search?q=id%3Aevil-1+%3E%2430M"
expect_eq "page: the matched amount" "$(xp 'string(//li[@class="hit"]/p[@class="matched"])')" 'matched: $50 million ($50M, deal)'
get "$base/search?q=id%3Aevil-1&amin=30m&format=json"
expect_eq "JSON: the amount a bound matched" "$(jq -c '.hits[0].matched_amount' "$T/body")" '{"text":"$50 million","usd_low":50000000,"usd_high":50000000,"kind":"deal"}'
get "$base/search?q=id%3Aevil-1"
expect_eq "page: no matched line without an amount condition" "$(xp 'count(//p[@class="matched"])')" 0

# saved queries, read-only
"$DS" saved --db "$db" add sea 'region:southeast-asia' >/dev/null
get "$base/search?saved=sea&format=json"
expect_eq "saved query runs" "$(jq -r '.query' "$T/body")" 'region:southeast-asia'
expect_eq "saved query not moved" "$("$DS" saved --db "$db" show sea | sed -n 's/^watermark  //p')" "batch 0"
get "$base/search?saved=..%2F..%2Fetc%2Fpasswd"
expect_eq "bad saved name" "$(status)" 404

# SIGTERM stops the server cleanly and removes its temporary folder
expect_eq "temporary folder while serving" "$(ls -d "$T"/dealsearch-serve.* | wc -l)" 1
kill -TERM "$server_pid"
for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
wait "$server_pid"; rc=$?
expect_eq "serve exit after SIGTERM" "$rc" 0
expect_eq "temporary folder removed" "$(ls -d "$T"/dealsearch-serve.* 2>/dev/null | wc -l)" 0
expect_eq "lighttpd stopped with it" "$(curl -s -o /dev/null -w '%{http_code}' "$base/search")" 000

# only /search, /story and /deal run a program, and only dealsearch.cgi: scripts planted
# beside a copy of the programs never run, and the answers for paths that
# exist there are the answers for paths that do not (a prefix mapping of
# /search to the program would send /search.p/evil.sh to
# dealsearch.cgi.p/evil.sh, and /search.conf to dealsearch.cgi.conf)
mkdir -p "$T/bin/dealsearch.cgi.p" "$T/bin/search.p" "$T/bin/search"
cp "$DS" "$(dirname "$DS")/dealsearch.cgi" "$T/bin/"
printf 'db = %s\n' "$db" > "$T/bin/dealsearch.cgi.conf"
mkdir -p "$T/bin/story.p" "$T/bin/story" "$T/bin/deal.p" "$T/bin/deal"
for f in evil.sh dealsearch.cgi.p/evil.sh dealsearch.cgix search.p/evil.sh search/evil.sh searchx \
	story.p/evil.sh story/evil.sh storyx deal.p/evil.sh deal/evil.sh dealx; do
	printf '#!/bin/sh\ntouch "%s/ran"\nprintf "Content-Type: text/plain\\r\\n\\r\\nran\\n"\n' "$T" > "$T/bin/$f"
	chmod +x "$T/bin/$f"
done
start_server "$db" "$T/bin/dealsearch"
expect_eq "the copy serves the page" "$(curl -s -o /dev/null -w '%{http_code}' "$base/search?q=merger")" 200
expect_eq "the copy serves a story" "$(curl -s -o /dev/null -w '%{http_code}' "$base/story?id=evil-2")" 200
expect_eq "the copy serves a deal" "$(curl -s -o /dev/null -w '%{http_code}' "$base/deal?id=$did")" 200
curl -s --path-as-is -o "$T/missing" "$base/search.p/missing.sh"
for path in /search.p/evil.sh /searchx /search.conf /search/evil.sh /search/ \
	"/search/../evil.sh" "/search/..%2fevil.sh" /search%2fevil.sh /search.p/ \
	/evil.sh /dealsearch.cgi /dealsearch.cgi.conf \
	/story.p/evil.sh /storyx /story/evil.sh /story/ /story.conf \
	/deal.p/evil.sh /dealx /deal/evil.sh /deal/ /deal.conf /deals \
	/dealsearch /static/../evil.sh "/static/..%2f..%2fevil.sh"; do
	code=$(curl -s --path-as-is -o "$T/body" -w '%{http_code}' "$base$path")
	expect_eq "$path not found" "$code" 404
	expect_eq "$path answered as a missing file" "$(cmp -s "$T/body" "$T/missing" && echo same)" same
done
expect_eq "no planted script ran" "$(ls "$T/ran" 2>/dev/null)" ""
finish
