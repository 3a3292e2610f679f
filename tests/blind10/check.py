#!/usr/bin/env python3
"""Verify every printed gold string appears in `pdftotext -layout` of its PDF (case-insensitive).

A string passes if its whitespace-collapsed form is a substring of the page text, or
(for cells wrapped inside tables, where layout text interleaves columns) if its words
occur in order within a short window of the text. Prints "n/n" at the end.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
FIELDS = {
    "meetings": ["body", "location"],
    "attendance": ["name", "role_text"],
    "agenda_items": ["item_number", "title", "presenter_text"],
    "decisions": ["item_number", "text"],
    "actions": ["description", "action_number", "owner_text", "target_date_text", "agenda_item_number"],
    "risks": ["reference", "objective", "description"],
}
RATING_FIELDS = ["phase_text"]


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufb01", "fi").replace("\ufb02", "fl")
    return re.sub(r"\s+", " ", s).strip().lower()


def toks(s):
    return re.findall(r"[^\s]+", norm(s))


def split_hyphens(ws):
    """Split words after their hyphens, so a word broken at its hyphen across a line
    ("multi-" ... "agency", other columns between) still matches "multi-agency"."""
    return [p for w in ws for p in re.findall(r"[^-]+-?|-", w)]


def ordered(words, text_words, slack=40):
    n = len(words)
    if not n:
        return True
    for start in (i for i, w in enumerate(text_words) if w == words[0]):
        j, k = 1, start + 1
        limit = start + n * slack + 60
        while j < n and k < len(text_words) and k < limit:
            if text_words[k] == words[j]:
                j += 1
            k += 1
        if j == n:
            return True
    return False


def main():
    total = ok = exact = 0
    failures = []
    for g in sorted((ROOT / "gold").glob("*.json")):
        gold = json.loads(g.read_text())
        pdf = ROOT / gold["file"]
        if not pdf.exists():
            failures.append((gold["file"], "PDF missing"))
            continue
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        flat = norm(text)
        words = toks(text)
        checks = []
        for typ, fields in FIELDS.items():
            for rec in gold.get(typ, []):
                for f in fields:
                    v = rec.get(f)
                    if isinstance(v, str) and v:
                        checks.append((typ, f, v))
                if typ == "risks":
                    for rt in rec.get("ratings", []):
                        for f in RATING_FIELDS:
                            if rt.get(f):
                                checks.append(("ratings", f, rt[f]))
                        for f in ("likelihood", "impact", "score"):
                            if rt.get(f) is not None:
                                checks.append(("ratings", f, str(rt[f])))
        for typ, f, v in checks:
            total += 1
            if norm(v) in flat:
                ok += 1
                exact += 1
            elif ordered(toks(v), words) or ordered(split_hyphens(toks(v)), split_hyphens(words)):
                ok += 1
            else:
                failures.append((gold["file"], f"{typ}.{f}: {v[:90]}"))
    for fn, what in failures:
        print(f"FAIL {fn}: {what}")
    print(f"exact substring {exact}, in order across wrapped cells {ok - exact}")
    print(f"{ok}/{total}")
    return 0 if ok == total else 1


if __name__ == "__main__":
    sys.exit(main())
