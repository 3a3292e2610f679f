#!/usr/bin/env python3
"""Check that every gold string is printed in its PDF's `pdftotext -layout` text.

    python3 check.py            # exit 1 on any miss

A string passes when it occurs as one run (whitespace collapsed) or, for text wrapped in table cells or
across lines, when its words occur in order in the page text. ISO dates and canonical owner names are
normalised values, not printed strings, and are not checked."""

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = (
    "body",
    "location",
    "name",
    "role_text",
    "title",
    "presenter_text",
    "text",
    "description",
    "action_number",
    "agenda_item_number",
    "item_number",
    "owner_text",
    "target_date_text",
    "reference",
    "objective",
    "phase_text",
)


def words(s):
    return re.findall(r"[\w£.,/%()&:’'–-]+", s.lower())


def toks(s):
    return re.findall(r"\w+", s.lower())


def found(needle, flat, tokens):
    if re.sub(r"\s+", " ", needle).lower() in flat:
        return True
    want = toks(needle)
    i = 0
    for t in tokens:
        if i < len(want) and t == want[i]:
            i += 1
    return i == len(want)


def strings(obj):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in FIELDS and isinstance(v, str):
                yield k, v
            else:
                yield from strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v)


def main():
    bad = total = 0
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text())
        text = subprocess.run(
            ["pdftotext", "-layout", str(HERE / gold["file"]), "-"], capture_output=True, text=True, check=True
        ).stdout
        flat = re.sub(r"\s+", " ", text).lower()
        tokens = toks(text)
        for field, value in strings(gold):
            total += 1
            if not found(value, flat, tokens):
                bad += 1
                print(f"MISSING {gold['file']}: {field} = {value!r}")
    print(f"{total - bad}/{total} gold strings found")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
