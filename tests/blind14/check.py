#!/usr/bin/env python3
"""Check the blind14 gold against its PDFs.

Every gold string (body, location, names, role_text, titles, presenter_text, decision text, action
description, owner_text, target_date_text, risk objective and description, phase_text) must be findable
in `pdftotext -layout` of its PDF: contiguous after whitespace normalisation, or its words in order with
at most MAX_GAP foreign words between consecutive gold words (table cells wrap beside other columns).
Also checks every ISO date/score is consistent and no gallery / earlier-set name is reused.
Prints N/N and exits 1 on any failure."""

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAX_GAP = 40
FORBIDDEN = [
    "Brackenshire",
    "Eastmere",
    "Westmarch",
    "Ravensdale",
    "Kingsmoor",
    "Northfold",
    "Wealdmoor",
    "Wyvernshire",
    "Calverdale",
    "Skelbrooke",
    "Hallamere",
    "Stourland",
    "Cresswold",
    "Ormsbury",
    "Dunmarsh",
    "Dunmere",
    "Carrowby",
    "Fenwold",
    "Harrowfell",
    "Caldermoor",
    "Brenmouth",
    "Dunmarrow",
    "Calderwick",
    "Tarnside",
    "Greywold",
    "Hollinshire",
    "Colnbury",
    "Ashcombe",
    "Lyne Valley",
    "Haverleigh",
    "Merrowshire",
    "Corrington",
    "Selbrook",
    "Marlwood",
    "Hallowmere",
    "Fernhallow",
]


def toks(s):
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.findall(r"[\w£%×/.'’:-]+|[^\s\w]", s.lower())


def words(s):
    return [w.strip(".,;:()'\"") for w in toks(s) if w.strip(".,;:()'\"")]


def findable(needle, text_words, text_flat):
    flat = " ".join(words(needle))
    if flat and flat in text_flat:
        return True
    nw = words(needle)
    if not nw:
        return True
    # words in order with bounded gaps, starting at each occurrence of the first word
    for start, w in enumerate(text_words):
        if w != nw[0]:
            continue
        pos, ok = start, True
        for x in nw[1:]:
            for j in range(pos + 1, min(len(text_words), pos + 2 + MAX_GAP)):
                if text_words[j] == x:
                    pos = j
                    break
            else:
                ok = False
                break
        if ok:
            return True
    return False


def strings(gold):
    for m in gold.get("meetings", []):
        yield "location", m["location"]
    for a in gold.get("attendance", []):
        yield "name", a["name"]
        yield "role_text", a["role_text"]
    for a in gold.get("agenda_items", []):
        yield "title", a["title"]
        yield "presenter", a["presenter_text"]
    for d in gold.get("decisions", []):
        yield "decision", d["text"]
    for a in gold.get("actions", []):
        yield "action", a["description"]
        yield "owner_text", a["owner_text"]
        if a.get("target_date_text"):
            yield "target_text", a["target_date_text"]
        if a.get("action_number"):
            yield "action_number", a["action_number"]
    for r in gold.get("risks", []):
        yield "reference", r["reference"]
        yield "objective", r["objective"]
        yield "risk", r["description"]
        for x in r["ratings"]:
            yield "phase_text", x["phase_text"]


def main():
    total = ok = 0
    bad = []
    for gpath in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gpath.read_text())
        pdf = HERE / gold["file"]
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        tw = words(text)
        flat = " ".join(tw)
        for kind, s in strings(gold):
            total += 1
            if findable(s, tw, flat):
                ok += 1
            else:
                bad.append(f"{gold['file']}: {kind}: {s}")
        for r in gold.get("risks", []):
            for x in r["ratings"]:
                total += 1
                if x["likelihood"] * x["impact"] == x["score"]:
                    ok += 1
                else:
                    bad.append(f"{gold['file']}: score {r['reference']} {x}")
        for name in FORBIDDEN:
            total += 1
            blob = text + gpath.read_text()
            if name.lower() in blob.lower():
                bad.append(f"{gold['file']}: reuses forbidden name {name}")
            else:
                ok += 1
    for src in HERE.glob("*.py"):
        body = src.read_text()
        for name in FORBIDDEN:
            if name.lower() in body.lower() and src.name != "check.py":
                bad.append(f"{src.name}: reuses forbidden name {name}")
    for b in bad:
        print("FAIL", b)
    print(f"{ok}/{total}")
    return 0 if ok == total and not bad else 1


if __name__ == "__main__":
    sys.exit(main())
