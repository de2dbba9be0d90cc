#!/usr/bin/env bash
# layering_test.sh - the rooms of the tree call one way, and no source file
# calls into a file that calls back into it (directly or through others).
#
# Read from the built objects (nm): a file calls another when it uses a
# symbol the other defines.  The rooms and what each may call are
# docs/ARCHITECTURE.md's; a call against them, or a cycle, fails with the
# files named.
set -u
[ -n "${BUILDDIR:-}" ] || { echo "BUILDDIR not set"; exit 2; }
command -v nm >/dev/null || { echo "skipped: nm not installed (binutils)"; exit 77; }
command -v python3 >/dev/null || { echo "skipped: python3 not installed"; exit 77; }
exec python3 - "$BUILDDIR" <<'PY'
import glob, os, re, subprocess, sys

build = sys.argv[1]
# the rooms, and the rooms each may call
ROOMS = {
    'common': {'common'},
    'read': {'read', 'common'},
    'tag': {'tag', 'common'},
    'write': {'write', 'tag', 'common'},
    'ingest': {'ingest', 'read', 'tag', 'write', 'common'},
    'searcher': {'searcher', 'common'},
    'cmd': {'cmd', 'ingest', 'read', 'tag', 'write', 'searcher', 'common'},
}
def room_of(src):
    parts = src.split('/')
    if parts[0] == 'indexer':
        return parts[1]
    return parts[0]
objs = {}   # object path -> source path
for o in glob.glob(os.path.join(build, '**', '*.o'), recursive=True):
    rel = os.path.relpath(o, build)
    # meson names an object after its source, in <target>.p/: the
    # libraries are built in their folders, the programs at the top from
    # cmd/ (dealsearch.p/cmd_main.c.o)
    m = re.match(r'(common|indexer/\w+|searcher)/[^/]+\.p/(.+)\.o$', rel)
    if m:
        objs[o] = m.group(1) + '/' + os.path.basename(m.group(2))
        continue
    m = re.match(r'dealsearch(?:\.cgi)?\.p/cmd_(.+)\.o$', rel)
    if m:
        objs[o] = 'cmd/' + m.group(1)
defs, uses = {}, {}
for o, src in objs.items():
    out = subprocess.run(['nm', '-P', o], capture_output=True, text=True).stdout
    for line in out.splitlines():
        f = line.split()
        if len(f) < 2:
            continue
        sym, t = f[0], f[1]
        if t == 'U':
            uses.setdefault(src, set()).add(sym)
        elif t.isupper() or t == 'u':   # global: defined here
            defs.setdefault(sym, set()).add(src)
if len(set(objs.values())) < 40:
    print(f'FAIL only {len(objs)} objects found under {build}')
    sys.exit(1)
edges = {s: set() for s in objs.values()}
for src, syms in uses.items():
    for sym in syms:
        for d in defs.get(sym, ()):
            if d != src:
                edges[src].add(d)
bad = 0
for a, outs in sorted(edges.items()):
    for b in sorted(outs):
        ra, rb = room_of(a), room_of(b)
        if rb not in ROOMS.get(ra, set()):
            print(f'FAIL {a} ({ra}) calls {b} ({rb}): against the flow')
            bad += 1
# cycles: strongly connected components (Tarjan)
index, low, stack, on, comps = {}, {}, [], set(), []
sys.setrecursionlimit(10000)
def visit(v):
    index[v] = low[v] = len(index); stack.append(v); on.add(v)
    for w in edges[v]:
        if w not in index:
            visit(w); low[v] = min(low[v], low[w])
        elif w in on:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        c = []
        while True:
            w = stack.pop(); on.discard(w); c.append(w)
            if w == v: break
        comps.append(c)
for v in sorted(edges):
    if v not in index: visit(v)
for c in comps:
    if len(c) > 1:
        print('FAIL files that call each other:', ' '.join(sorted(c)))
        for a in sorted(c):
            print('   ', a, '->', ' '.join(sorted(edges[a] & set(c))))
        bad += 1
print(f'{len(edges)} files, {sum(len(e) for e in edges.values())} calls between them, {bad} problems')
sys.exit(1 if bad else 0)
PY
