"""Check the blind16 gold against the PDFs' text, and that no reused name appears.

    python check.py

Every gold string (body, location, names, titles, presenters, decision texts, action
descriptions, numbers, owners and date texts as printed, risk references, objectives and
descriptions) must be found in `pdftotext -layout` of its PDF: contiguously, or as its words
in order with at most GAP foreign words between consecutive ones (table cells wrap across
columns). Prints N/N and exits 1 on any failure.
"""

import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GAP = 40
BANNED = (
    """Brackenshire Eastmere Westmarch Ravensdale Kingsmoor Northfold Wealdmoor Wyvernshire Calverdale
Skelbrooke Hallamere Stourland Cresswold Ormsbury Dunmarsh Dunmere Carrowby Fenwold Harrowfell Caldermoor Brenmouth
Dunmarrow Calderwick Tarnside Greywold Hollinshire Colnbury Ashcombe Haverleigh Merrowshire Corrington Selbrook
Marlwood Hallowmere Fernhallow Pellingshire Quarrington Sedgecombe Linchester Morlais Aldwick Tamberley Orrinshire
Penmorrow Quensford Brantingshire Tollerdale Sallowfield Quenby Ellesborne Pendleford Wrexby Merriford Kestrelford
Harnwick Thornbeck Corvenshire""".split()
    + ["Lyne Valley", "Greater Aldwick"]
)
GALLERY_GOLD = "/work/shared/gallery/gold"


def tokens(text):
    return re.findall(r"[a-z0-9]+", (text or "").lower())


def findable(needle, hay_tokens, hay_flat):
    words = tokens(needle)
    if not words:
        return True
    if " ".join(words) in hay_flat:
        return True
    for start in (i for i, w in enumerate(hay_tokens) if w == words[0]):
        pos, ok = start, True
        for w in words[1:]:
            for j in range(pos + 1, min(pos + 2 + GAP, len(hay_tokens))):
                if hay_tokens[j] == w:
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
        yield "body", m["body"]
        yield "location", m["location"]
    for a in gold.get("attendance", []):
        yield "name", a["name"]
    for a in gold.get("agenda_items", []):
        yield "item", a["item_number"]
        yield "title", a["title"]
        if a.get("presenter_text"):
            yield "presenter", a["presenter_text"]
    for d in gold.get("decisions", []):
        yield "decision", d["text"]
        if d.get("item_number"):
            yield "minute", d["item_number"]
    for a in gold.get("actions", []):
        yield "action", a["description"]
        if a.get("action_number"):
            yield "action_number", a["action_number"]
        yield "owner_text", a["owner_text"]
        if a.get("target_date_text"):
            yield "target_text", a["target_date_text"]
    for r in gold.get("risks", []):
        yield "reference", r["reference"]
        yield "objective", r["objective"]
        yield "risk", r["description"]


def people(gold):
    return {a["name"].lower() for a in gold.get("attendance", [])}


def main():
    ok = total = 0
    failures = []
    mine_people = set()
    for path in sorted(glob.glob(os.path.join(HERE, "gold", "*.json"))):
        gold = json.load(open(path, encoding="utf-8"))
        pdf = os.path.join(HERE, gold["file"])
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
        hay = tokens(text)
        flat = " ".join(hay)
        for kind, s in strings(gold):
            total += 1
            if findable(s, hay, flat):
                ok += 1
            else:
                failures.append(f"{gold['file']}: {kind}: {s}")
        for b in BANNED:
            if b.lower() in text.lower() or b.lower() in json.dumps(gold).lower():
                failures.append(f"{gold['file']}: reuses the name {b}")
        mine_people |= people(gold)
    gallery_people = set()
    for path in glob.glob(os.path.join(GALLERY_GOLD, "*.json")):
        gallery_people |= people(json.load(open(path, encoding="utf-8")))
    for p in sorted(mine_people & gallery_people):
        failures.append(f"person name reused from the gallery: {p}")
    for f in failures:
        print("FAIL", f)
    print(f"{ok}/{total}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
