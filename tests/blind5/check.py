#!/usr/bin/env python3
"""Check that every gold string of blind5 is printed in its PDF.

    python3 check.py

For each gold/<stem>.json, reads `pdftotext -layout <stem>.pdf` and looks for every text
field of every record: first as one run (case- and whitespace-insensitive), else word by
word (for cells wrapped over several lines). Prints each failure; exit status 1 if any.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {
    "meetings": ["body", "location"],
    "attendance": ["name", "role_text"],
    "agenda_items": ["item_number", "title", "presenter_text"],
    "decisions": ["item_number", "text"],
    "actions": ["description", "action_number", "agenda_item_number", "owner_text", "target_date_text"],
    "risks": ["reference", "objective", "description"],
}


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def found(value: str, text: str, words: set[str]) -> str | None:
    if squash(value) in text:
        return "run"
    if all(w in words for w in re.findall(r"\w+", value.lower())):
        return "words"
    return None


def main() -> int:
    failures = runs = wordwise = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text())
        pdf = HERE / gold["file"]
        raw = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        text, words = squash(raw), set(re.findall(r"\w+", raw.lower()))
        checks = []
        for kind, fields in FIELDS.items():
            for rec in gold.get(kind, []):
                checks += [(kind, f, rec.get(f)) for f in fields if rec.get(f)]
                if kind == "risks":
                    checks += [("risk_ratings", "phase_text", r["phase_text"]) for r in rec.get("ratings", [])]
        for kind, field, value in checks:
            how = found(str(value), text, words)
            if how is None:
                failures += 1
                print(f"MISSING {gold['file']}: {kind}.{field} = {value!r}")
            elif how == "run":
                runs += 1
            else:
                wordwise += 1
                if "-v" in sys.argv:
                    print(f"wrapped {gold['file']}: {kind}.{field} = {value!r}")
    print(f"{runs} strings found as one run, {wordwise} word by word, {failures} missing")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
