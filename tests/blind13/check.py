#!/usr/bin/env python3
"""Check the blind13 gold against its PDFs.

Every gold string (names, roles, titles, decision texts, action descriptions, owners as printed,
dates as printed, risk references, objectives, descriptions, phase labels ...) must be findable in
`pdftotext -layout` of its PDF: contiguous, or its words in order with at most GAP foreign words
between consecutive words (table cells wrap and interleave with their neighbours). Canonical owner
names that the paper prints only as an abbreviation (CFO, OPCC, Force) are not looked for.
Also checks that no gallery or earlier-set name is reused. Prints N/N."""

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GAP = 40
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
CANONICAL = {
    "Police and Crime Commissioner",
    "Deputy Police and Crime Commissioner",
    "Chief Constable",
    "Deputy Chief Constable",
    "Assistant Chief Constable",
    "Chief Executive",
    "Chief Finance Officer",
    "Office of the Police and Crime Commissioner",
}
TEXT_KEYS = {
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
}


def norm(s):
    s = s.lower().replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    return re.findall(r"[a-z0-9£%ŵŷâêîôûáéíóúäëïöüàèìòù]+", s)


def find(tokens, want):
    if not want:
        return True
    starts = [i for i, t in enumerate(tokens) if t == want[0]]
    for s in starts:
        pos, ok = s, True
        for w in want[1:]:
            nxt = next((j for j in range(pos + 1, min(len(tokens), pos + 2 + GAP)) if tokens[j] == w), None)
            if nxt is None:
                ok = False
                break
            pos = nxt
        if ok:
            return True
    return False


def strings(gold):
    for kind, recs in gold.items():
        if not isinstance(recs, list):
            continue
        for r in recs:
            for k, v in r.items():
                if k in TEXT_KEYS and isinstance(v, str):
                    yield kind, k, v
            for o in r.get("owners", []):
                if o not in CANONICAL and not o.endswith("Constabulary"):
                    yield kind, "owners", o
            for rt in r.get("ratings", []):
                yield kind, "phase_text", rt["phase_text"]


def main():
    total = ok = 0
    bad_names = []
    for gf in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gf.read_text())
        pdf = HERE / gold["file"]
        if not pdf.exists():
            print("MISSING PDF", pdf.name)
            total += 1
            continue
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        tokens = norm(text)
        for kind, key, s in strings(gold):
            total += 1
            if find(tokens, norm(s)):
                ok += 1
            else:
                print("NOT FOUND  %s  %s.%s: %r" % (pdf.name, kind, key, s))
        for n in FORBIDDEN:
            if re.search(r"\b%s\b" % re.escape(n), text + gf.read_text(), re.I):
                bad_names.append((pdf.name, n))
    for src in list(HERE.glob("*.py")) + [HERE / "README.md"]:
        if src.name == "check.py" or not src.exists():
            continue
        for n in FORBIDDEN:
            if re.search(r"\b%s\b" % re.escape(n), src.read_text(), re.I):
                bad_names.append((src.name, n))
    for f, n in bad_names:
        print("REUSED NAME %s in %s" % (n, f))
    print("%d/%d" % (ok, total))
    print("gallery names reused: %d" % len(bad_names))
    return 0 if ok == total and not bad_names else 1


if __name__ == "__main__":
    sys.exit(main())
