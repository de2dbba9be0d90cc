#!/bin/sh
# make-man.sh - the manual page of `dealsearch COMMAND` (or of `dealsearch`
# itself), made by help2man from the program's --help text: the texts in
# cmd/ are the one source, and tests/man_test.sh checks that the pages
# agree with them.
#
#   make-man.sh HELP2MAN DEALSEARCH VERSION OUTPUT [COMMAND]
#
# The NAME line is the command's summary in `dealsearch --help` (the
# program's: its first sentence).  help2man knows the headings of GNU's
# help texts ("Usage:", "Options:"); ours are git's, lowercase, so
# help2man reads the help through this script again (--help-text), which
# gives "usage:" and "options:" the capitals it knows and makes every other
# heading ("commands:", "exit status:") one of its own sections.
set -eu
if [ "$1" = --help-text ]; then
	shift
	"$DEALSEARCH" "$@" | sed -e 's/^usage: /Usage: /' \
		-e 's/^       dealsearch /   or: dealsearch /' \
		-e 's/^options:$/Options:/' -e 's/^\([a-z][a-z ]*\):$/*\1*/'
	exit
fi
help2man=$1 DEALSEARCH=$2 version=$3 out=$4 cmd=${5:-}
export DEALSEARCH
here=$(cd "$(dirname "$0")" && pwd)
if [ -n "$cmd" ]; then
	page="dealsearch-$cmd" help="--help-text $cmd --help"
	summary=$("$DEALSEARCH" --help | sed -n "s/^  $cmd  *//p")
else
	page=dealsearch help="--help-text --help"
	summary=$("$DEALSEARCH" --help | sed -n '/^$/{n;s/\.$//;p;q;}' |
		sed 's/^./\L&/')
fi
[ -n "$summary" ] || { echo "make-man.sh: no summary of '$page'" >&2; exit 1; }
# SEE ALSO: the program's page and every command's, from its --help
see_also="$out.see-also"
trap 'rm -f "$see_also"' EXIT
{
	echo '[SEE ALSO]'
	"$DEALSEARCH" --help |
		sed -n '/^commands:$/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p' |
		{
			printf '.BR dealsearch (1)'
			while read -r c; do printf ',\n.BR dealsearch-%s (1)' "$c"; done
			printf ';\n'
		}
	printf '%s\n' "the query language, the output formats and the index's" \
		'layout in the project'"'"'s \fIdocs/\fR folder (QUERY.md, SCHEMA.md).'
} > "$see_also"
"$help2man" --no-info --section 1 --name "$summary" \
	--version-string "$page $version" --source "dealsearch $version" \
	--help-option "$help" --include "$see_also" \
	--output "$out" "$here/make-man.sh"
