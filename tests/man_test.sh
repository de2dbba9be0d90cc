#!/usr/bin/env bash
# man_test.sh - a manual page for dealsearch and for every command its
# --help lists, made from the --help texts (man/make-man.sh): each page
# renders without a warning and says what --help says: its summary, and
# every option, command and exit status with what it does.
. "$(dirname "$0")/lib.sh"
MANDIR=${MANDIR:-$BUILDDIR/man}
if [ ! -f "$MANDIR/dealsearch.1" ] && ! command -v help2man >/dev/null; then
	echo "skipped: no manual pages in '$MANDIR': help2man is not installed"
	exit 77
fi
command -v groff >/dev/null ||
	{ echo "skipped: groff not installed (package groff-base)"; exit 77; }

# the page as a reader sees it, one line as wide as it needs, no
# hyphenation, white space folded
render() {
	groff -man -Tascii -P -cbou -rLL=1000n -rHY=0 "$1" 2>/dev/null |
		tr -s ' \t' ' ' | sed 's/^ //'
}
# the two-column items of a help (options:, exit status:, commands:), one
# per line, "TERM WHAT IT DOES" with white space folded
items() {
	awk '
	/^[a-z][a-z ]*:$/ { sect = ($0 == "options:" || $0 == "exit status:" || $0 == "commands:"); next }
	/^$/ { sect = 0 }
	!sect { next }
	/^  [^ ]/ { if (item != "") print item; item = $0; next }
	{ item = item " " $0 }
	END { if (item != "") print item }' | tr -s ' ' ' ' | sed 's/^ //'
}

cmds=$("$DS" --help | sed -n '/^commands:$/,/^$/s/^  \([a-z][a-z-]*\)  .*/\1/p')
expect_match "--help lists commands" "$(printf '%s\n' "$cmds" | grep -c .)" '^([4-9]|[1-9][0-9])$'
for cmd in "" $cmds; do
	page="$MANDIR/dealsearch${cmd:+-$cmd}.1"
	name="dealsearch${cmd:+-$cmd}"
	if [ ! -f "$page" ]; then
		fail "$name: no page"
		continue
	fi
	groff -man -Tutf8 -ww -z "$page" 2>"$T/warn"
	expect_eq "$name: renders without a warning" "$(cat "$T/warn")" ""
	render "$page" > "$T/page"
	# NAME: the summary `dealsearch --help` gives the command
	if [ -n "$cmd" ]; then
		summary=$("$DS" --help | sed -n "s/^  $cmd  *//p")
	else
		summary=$("$DS" --help | sed -n '/^$/{n;s/\.$//;p;q;}' | sed 's/^./\L&/')
	fi
	expect_eq "$name: NAME" "$(sed -n '/^NAME$/{n;p;}' "$T/page")" "$name - $summary"
	# each item of the help, word for word, in the page: as the term on
	# one line and what it does on the next, or on one line when short
	"$DS" $cmd --help | items > "$T/items"
	expect_match "$name: --help has items" "$(wc -l < "$T/items")" '^[1-9]'
	tr '\n' ' ' < "$T/page" | tr -s ' ' > "$T/flat"
	while IFS= read -r item; do
		grep -qF -- "$item" "$T/flat" || fail "$name: not in the page: '$item'"
	done < "$T/items"
	# the usage lines are the SYNOPSIS
	"$DS" $cmd --help | sed -n '1,/^$/s/^\(usage:\)\{0,1\} *\(dealsearch .*\)/\2/p' > "$T/usage"
	while IFS= read -r u; do
		grep -qxF -- "$u" "$T/page" || fail "$name: usage line not in SYNOPSIS: '$u'"
	done < "$T/usage"
	expect_match "$name: the sections" "$(grep -E '^[A-Z][A-Z ]+$' "$T/page" | tr '\n' ',')" \
		'^NAME,SYNOPSIS,DESCRIPTION,OPTIONS,(COMMANDS,)?EXIT STATUS,SEE ALSO,$'
done
# every page is there, and no other
expect_eq "one page per command" "$(cd "$MANDIR" && ls *.1 | LC_ALL=C sort | tr '\n' ' ')" \
	"$({ echo dealsearch.1; for c in $cmds; do echo "dealsearch-$c.1"; done; } | LC_ALL=C sort | tr '\n' ' ')"
finish
