#!/usr/bin/env python3
"""Check that every gold string is printed in its PDF's `pdftotext -layout` text.

    python3 check.py      (exit 1 and a list of misses when any string is not found)

A string passes when it is found as one run (whitespace collapsed, case ignored), or, for
text wrapped across table cells or lines, when every one of its words is on a page of it."""

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {
    "meetings": ["body", "location"],
    "attendance": ["name", "role_text"],
    "agenda_items": ["title", "presenter_text", "item_number"],
    "decisions": ["text", "item_number"],
    "actions": [
        "description",
        "action_number",
        "owner_text",
        "target_date_text",
        "agenda_item_number",
    ],
    "risks": ["reference", "objective", "description"],
}


def norm(t):
    return re.sub(r"\s+", " ", t.replace("’", "'")).strip().lower()


def main():
    misses = checked = 0
    for gp in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gp.read_text())
        pdf = HERE / gold["file"]
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        flat = norm(text)
        set(re.findall(r"[\w£%/.'-]+", flat))
        bare = set(re.findall(r"[a-z0-9]+", flat))
        for kind, fields in FIELDS.items():
            for rec in gold.get(kind, []):
                strings = [rec.get(f) for f in fields]
                strings += [r.get("phase_text") for r in rec.get("ratings", [])]
                for s in strings:
                    if not s:
                        continue
                    checked += 1
                    s2 = norm(s)
                    if s2 in flat or all(w in bare for w in re.findall(r"[a-z0-9]+", s2)):
                        continue
                    misses += 1
                    print(f"MISSING {gp.name} {kind}: {s!r}")
    print(f"{checked} gold strings checked, {misses} not found")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
