#!/usr/bin/env python3
"""Verify that every gold string is printed in its PDF (pdftotext -layout).

A string passes when its words appear contiguously in the layout text (whitespace and
line breaks ignored), or, for text wrapped inside a table cell, when its words appear in
order with at most a few foreign words between consecutive ones (other columns of the same
lines). Also checks that every gold file has its PDF and that no person's name is
borrowed from the development gallery. Prints passed/total."""

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = [
    "name",
    "role_text",
    "title",
    "presenter_text",
    "text",
    "description",
    "owner_text",
    "target_date_text",
    "location",
    "body",
    "action_number",
    "reference",
    "objective",
    "phase_text",
    "item_number",
]
GAP = 30  # foreign words allowed between two words of one wrapped string


def toks(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    return re.findall(r"[A-Za-z0-9£%]+", s.lower())


def found(needle, hay_tokens, hay_joined):
    nt = toks(needle)
    if not nt:
        return True
    if " " + " ".join(nt) + " " in hay_joined:
        return True
    # ordered with bounded gaps
    n = len(hay_tokens)
    for start in (i for i, t in enumerate(hay_tokens) if t == nt[0]):
        pos, ok = start, True
        for w in nt[1:]:
            nxt = None
            for j in range(pos + 1, min(n, pos + 2 + GAP)):
                if hay_tokens[j] == w:
                    nxt = j
                    break
            if nxt is None:
                ok = False
                break
            pos = nxt
        if ok:
            return True
    return False


def strings(obj):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in FIELDS and isinstance(v, str):
                yield k, v
            elif isinstance(v, (list, dict)):
                yield from strings(v)
    elif isinstance(obj, list):
        for x in obj:
            yield from strings(x)


def main():
    total = passed = 0
    gallery = set()
    for g in Path("/work/shared/gallery/gold").glob("*.json"):
        d = json.loads(g.read_text())
        gallery |= {a["name"] for a in d.get("attendance", [])}
        gallery |= {o for a in d.get("actions", []) for o in a.get("owners", [])}
    gallery = {
        x for x in gallery if not re.search(r"Chief|Commissioner|Constab|Director|Head|Board|Secretary|Office", x)
    }
    for gf in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gf.read_text())
        pdf = HERE / gold["file"]
        total += 1
        if not pdf.exists():
            print("MISSING PDF", pdf.name)
            continue
        passed += 1
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        ht = toks(text)
        hj = " " + " ".join(ht) + " "
        for k, v in strings(gold):
            total += 1
            if found(v, ht, hj):
                passed += 1
            else:
                print(f"NOT FOUND {gf.name} {k}: {v}")
        for a in gold.get("attendance", []):
            total += 1
            if a["name"] in gallery:
                print(f"GALLERY NAME {gf.name}: {a['name']}")
            else:
                passed += 1
        for a in gold.get("actions", []):
            for o in a["owners"]:
                total += 1
                if o in gallery:
                    print(f"GALLERY NAME {gf.name}: {o}")
                else:
                    passed += 1
    print(f"{passed}/{total}")
    return 0 if passed == total else 1


if __name__ == "__main__":
    sys.exit(main())
