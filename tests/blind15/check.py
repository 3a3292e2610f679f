#!/usr/bin/env python3
"""Check the blind15 gold against its PDFs.

Every gold string must be findable in `pdftotext -layout` of its PDF: contiguously (after
normalising whitespace, quotes and dashes) or as its words in order with at most MAXGAP foreign
words between consecutive gold words (table cells wrap beside other columns). Also checks that
no name of the gallery (its counties and the people in its gold) or of earlier sets is reused.
Prints N/N and exits 1 on any failure."""

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GALLERY_GOLD = Path("/work/shared/gallery/gold")
MAXGAP = 40
FIELDS = (
    "body",
    "location",
    "name",
    "role_text",
    "title",
    "presenter_text",
    "text",
    "description",
    "owner_text",
    "target_date_text",
    "reference",
    "objective",
    "phase_text",
)
BANNED = [
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


def norm(s):
    s = s.lower()
    for a, b in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"), ("×", "x")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip()


def tokens(s):
    return re.findall(r"[a-z0-9]+", norm(s))


def found(needle, hay_norm, hay_tokens):
    if norm(needle) in hay_norm:
        return True
    want = tokens(needle)
    if not want:
        return True
    # words in order with bounded gaps; try every start position of the first word
    for start in (i for i, t in enumerate(hay_tokens) if t == want[0]):
        pos, ok = start, True
        for w in want[1:]:
            nxt = next((j for j in range(pos + 1, min(len(hay_tokens), pos + 2 + MAXGAP)) if hay_tokens[j] == w), None)
            if nxt is None:
                ok = False
                break
            pos = nxt
        if ok:
            return True
    return False


def strings(gold):
    for key, recs in gold.items():
        if not isinstance(recs, list):
            continue
        for r in recs:
            for f in FIELDS:
                if r.get(f):
                    yield f"{key}.{f}", r[f]
            for o in r.get("owners", []) if key == "actions" else []:
                yield "actions.owner", o
            for x in r.get("ratings", []):
                if x.get("phase_text"):
                    yield "ratings.phase_text", x["phase_text"]


ROLE_OWNERS = {
    "Police and Crime Commissioner",
    "Deputy Police and Crime Commissioner",
    "Chief Constable",
    "Deputy Chief Constable",
    "Assistant Chief Constable",
    "Chief Executive",
    "Chief Finance Officer",
    "Office of the Police and Crime Commissioner",
}


def gallery_names():
    names = set(BANNED)
    for p in GALLERY_GOLD.glob("*.json"):
        g = json.loads(p.read_text())
        for a in g.get("attendance", []):
            names.add(a["name"])
    return names


def main():
    total = ok = 0
    texts = {}
    for gp in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(gp.read_text())
        pdf = HERE / gold["file"]
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        texts[pdf.name] = text
        hn, ht = norm(text), tokens(text)
        for where, s in strings(gold):
            if where == "actions.owner" and s in ROLE_OWNERS:
                continue  # canonical role names need not be printed (CC, DCC ... are)
            total += 1
            if found(s, hn, ht):
                ok += 1
            else:
                print(f"NOT FOUND  {gold['file']}  {where}: {s!r}")
    banned = gallery_names()
    clash = 0
    for name, text in texts.items():
        low = text.lower()
        for b in banned:
            if re.search(r"\b" + re.escape(b.lower()) + r"\b", low):
                print(f"REUSED NAME  {name}: {b}")
                clash += 1
    for gp in (HERE / "gold").glob("*.json"):
        low = gp.read_text().lower()
        for b in banned:
            if re.search(r"\b" + re.escape(b.lower()) + r"\b", low):
                print(f"REUSED NAME  gold/{gp.name}: {b}")
                clash += 1
    print(f"{ok}/{total}")
    print(f"reused names: {clash}")
    return 0 if ok == total and not clash else 1


if __name__ == "__main__":
    sys.exit(main())
