#!/usr/bin/env python3
"""scale_corpus.py - N stories as JSON lines, made from the Reuters corpus
and the bundled sample articles, for the benchmarks at 200k and 1M stories.

    bench/scale_corpus.py N [--seed S] [REUTERS.jsonl [SAMPLES_DIR]] > out.jsonl

Copy k of a source story (k = 0, 1, ...) keeps its text and gets:
  - a unique id: the source's id, "~", k (copy 0 keeps the id itself);
  - its date moved by k times 397 days plus a day of the seed's choosing
    (within 30), so the copies spread over the years instead of piling on
    the same seconds;
  - an outlet: copy 0 keeps its own; the others one of twelve outlets,
    chosen by the seed.
The order of the sources is shuffled by the seed, and so is each round of
copies.  Deterministic: the same N, seed and inputs give the same bytes.
Streamed: the sources are held once (the corpus is 28 MB), the copies are
written as they are made, so N can be any size.

Sample articles (plain-text files with "Date:", "Source:", "URL:" header
lines, a headline, then the body) join the sources; HTML samples are left
out (the readers' tests have them; here every copy is a JSON line).
"""
import argparse
import datetime
import json
import os
import random
import sys

OUTLETS = ["Reuters", "Wire One", "Daily Ledger", "Example Tech Daily",
           "Example Latin Finance", "Gulf Business Wire", "Nordic Markets",
           "Asia Deal Journal", "City Desk", "Market Watchers",
           "Capital Times", "Deal Street"]
STEP_DAYS = 397


def samples(folder):
    """The plain-text sample articles as story objects."""
    out = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        head = {}
        i = 0
        while i < len(lines) and ":" in lines[i] and lines[i].strip():
            k, v = lines[i].split(":", 1)
            head[k.strip().lower()] = v.strip()
            i += 1
        rest = [l for l in lines[i:]]
        while rest and not rest[0].strip():
            rest.pop(0)
        if not rest:
            continue
        story = {"id": "sample-" + name[:-4], "title": rest[0].strip(),
                 "body": "\n".join(rest[1:]).strip()}
        if "date" in head:
            story["date"] = head["date"] + "T00:00:00Z"
        if "source" in head:
            story["source"] = head["source"]
        if "url" in head:
            story["url"] = head["url"]
        out.append(story)
    return out


def moved(date, days):
    """An ISO date-time moved by a number of days (None stays None)."""
    if not date:
        return date
    try:
        d = datetime.datetime.strptime(date[:19], "%Y-%m-%dT%H:%M:%S")
    except ValueError:
        return date
    return (d + datetime.timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("reuters", nargs="?",
                    default="../shared/corpus/reuters21578.jsonl")
    ap.add_argument("samples", nargs="?", default="corpus/articles")
    a = ap.parse_intermixed_args()
    if a.n < 0:
        sys.exit("error: N must be 0 or more")
    try:
        with open(a.reuters, encoding="utf-8") as f:
            src = [json.loads(l) for l in f if l.strip()]
    except OSError as e:
        sys.exit("error: cannot read '%s': %s" % (a.reuters, e.strerror))
    if os.path.isdir(a.samples):
        src += samples(a.samples)
    if not src:
        sys.exit("error: no source stories")
    rng = random.Random(a.seed)
    order = list(range(len(src)))
    out = sys.stdout
    made = 0
    k = 0
    while made < a.n:
        rng.shuffle(order)
        for i in order:
            if made == a.n:
                break
            s = dict(src[i])
            if k:
                s["id"] = "%s~%d" % (s["id"], k)
                s["date"] = moved(s.get("date"),
                                  k * STEP_DAYS + rng.randrange(30))
                s["source"] = OUTLETS[rng.randrange(len(OUTLETS))]
                s.pop("url", None)   # a URL names one story
            out.write(json.dumps(s, ensure_ascii=False))
            out.write("\n")
            made += 1
        k += 1


if __name__ == "__main__":
    main()
