#!/usr/bin/env python3
"""Check that every printed gold string is found in its PDF's `pdftotext -layout` text.

A string passes when it occurs as one run (after collapsing white space) or, for text wrapped in table
cells or across columns, when its words occur in order in the page text. Prints failures; exit 1 if any.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {
    "meetings": ["body", "location"],
    "attendance": ["name", "role_text"],
    "agenda_items": ["title", "presenter_text"],
    "decisions": ["text"],
    "actions": ["description", "owner_text", "target_date_text"],
    "risks": ["reference", "objective", "description"],
}


def norm(s):
    return " ".join(s.replace("’", "'").split())


def words(s):
    return re.findall(r"[\w£%'./()-]+", norm(s).lower())


def found(needle, text, wordlist):
    if norm(needle).lower() in text:
        return "run"
    ws = words(needle)
    i = 0
    for w in wordlist:
        if i < len(ws) and w == ws[i]:
            i += 1
    return "words" if i == len(ws) else None


def main():
    bad = total = 0
    for gf in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gf.read_text())
        pdf = HERE / gold["file"]
        raw = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        text = norm(raw).lower()
        wl = words(raw)
        for kind, fields in FIELDS.items():
            for rec in gold.get(kind, []):
                values = [rec.get(f) for f in fields]
                values += [r.get("phase_text") for r in rec.get("ratings", [])]
                for v in values:
                    if not v:
                        continue
                    total += 1
                    if not found(v, text, wl):
                        bad += 1
                        print(f"MISSING {gf.name} {kind}: {v!r}")
    print(f"{total - bad}/{total} gold strings found")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
