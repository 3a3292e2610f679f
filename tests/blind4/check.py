"""Check every gold string against `pdftotext -layout`: contiguous (after whitespace collapse) or,
for wrapped table cells, every word present in the page text. Prints anything not found."""

import glob
import json
import os
import re
import subprocess
import sys

bad = 0
for g in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold", "*.json"))):
    d = json.load(open(g))
    pdf = os.path.join(os.path.dirname(os.path.dirname(g)), d["file"])
    raw = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    flat = " ".join(raw.split()).lower()
    words = set(re.findall(r"[a-z0-9]+", raw.lower()))
    strict = loose = 0

    def chk(kind, s):
        global bad, strict, loose
        if not s:
            return
        if " ".join(str(s).split()).lower() in flat:  # noqa: B023  (called within the loop that binds it)
            strict += 1
        elif set(re.findall(r"[a-z0-9]+", str(s).lower())) <= words:  # noqa: B023
            loose += 1
        else:
            bad += 1
            print("MISSING", d["file"], kind, repr(s))  # noqa: B023

    for m in d.get("meetings", []):
        chk("body", m["body"])
        chk("location", m["location"])
    for a in d.get("attendance", []):
        chk("name", a["name"])
    for a in d.get("agenda_items", []):
        chk("title", a["title"])
    for x in d.get("decisions", []):
        chk("decision", x["text"])
        chk("item", x["item_number"])
    for x in d.get("actions", []):
        chk("action", x["description"])
        chk("ref", x["action_number"])
        chk("owner_text", x["owner_text"])
        chk("target", x["target_date_text"])
    for r in d.get("risks", []):
        chk("ref", r["reference"])
        chk("desc", r["description"])
        chk("objective", r["objective"])
    print(f"{d['file']}: {strict} contiguous, {loose} word-level")
sys.exit(1 if bad else 0)
