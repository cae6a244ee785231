#!/usr/bin/env python3
"""The judging pool's two steps (see README.md in this folder).

  pool.py packets POOL.jsonl   writes packets.md (what the assessors read) and key.tsv (which
                               passage each Q<n>-C<m> is), shuffled with a fixed seed
  pool.py agreed POOL.jsonl    prints the judged-queries.tsv lines of the passages both
                               assessors (judge-A.tsv, judge-B.tsv) said yes to
"""
import json
import random
import sys

SEED = 20261202  # the day of the judging: the shuffle is reproducible


def candidates(rows):
    """Per query: its known answer's full text and the pooled passages besides it, shuffled."""
    rng = random.Random(SEED)
    for qi, r in enumerate(rows, 1):
        seed_text, pool = None, {}
        for h in r["ours"] + r["grep"]:
            if h["article"] == r["seedArticle"] and r["seed"] in h["text"]:
                seed_text = h["text"]
            else:
                pool.setdefault((h["article"], h["text"]), h.get("section", ""))
        items = list(pool.items())
        rng.shuffle(items)
        yield qi, r, seed_text, items


def packets(rows):
    out, key = [], []
    for qi, r, seed_text, items in candidates(rows):
        out.append(f"## Q{qi}: `{r['query']}`\n\nKnown answer (article {r['seedArticle']}):\n> {seed_text}\n\nCandidates:\n")
        for ci, ((article, text), section) in enumerate(items, 1):
            out.append(f"- **Q{qi}-C{ci}** (article {article}{', section ' + section if section else ''}):\n  > {text}\n")
            key.append(f"{qi}\t{ci}\t{r['query']}\t{article}\t{text}".replace("\n", " ") + "\n")
        out.append("\n")
    open("packets.md", "w").write("".join(out))
    open("key.tsv", "w").write("".join(key))


def verdicts(name):
    with open(name) as f:
        return {tuple(l.split("\t")[:2]): l.split("\t")[2].strip() for l in f if l.strip()}


def agreed(rows):
    a, b = verdicts("judge-A.tsv"), verdicts("judge-B.tsv")
    for qi, r, _, items in candidates(rows):
        for ci, ((article, text), _) in enumerate(items, 1):
            k = (f"Q{qi}", f"C{ci}")
            if a[k] == "yes" and b[k] == "yes":
                print(f"{r['query']}\t{article}\t{text.split(chr(10))[0][:20]}")


if __name__ == "__main__":
    rows = [json.loads(l) for l in open(sys.argv[2])]
    {"packets": packets, "agreed": agreed}[sys.argv[1]](rows)
