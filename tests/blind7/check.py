#!/usr/bin/env python3
"""Check that every gold string of /work/blind7 is printed in its PDF.

    python3 check.py

A string passes when it occurs in `pdftotext -layout` output as one run (whitespace
collapsed) or, for text wrapped across cells or lines, when its words occur in order."""

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
    "owner_text",
    "target_date_text",
    "reference",
    "objective",
    "phase_text",
    "item_number",
    "agenda_item_number",
)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u2019", "'").replace("\u2013", "-")).strip().lower()


def strings(obj):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in FIELDS and isinstance(v, str):
                yield k, v
            elif isinstance(v, (dict, list)):
                yield from strings(v)
    elif isinstance(obj, list):
        for x in obj:
            yield from strings(x)


def found(needle, text, words):
    n = norm(needle)
    if n in text:
        return True
    want = re.findall(r"[a-z0-9£]+", n)
    i = 0
    for w in words:
        if i < len(want) and w == want[i]:
            i += 1
    return i == len(want)


bad = 0
for g in sorted((HERE / "gold").glob("*.json")):
    gold = json.loads(g.read_text())
    pdf = HERE / gold["file"]
    text = norm(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout)
    words = re.findall(r"[a-z0-9£]+", text)
    for field, value in strings(gold):
        if not found(value, text, words):
            bad += 1
            print(f"{gold['file']}: {field} not found: {value!r}")
print("all gold strings found" if not bad else f"{bad} gold strings not found")
sys.exit(1 if bad else 0)
