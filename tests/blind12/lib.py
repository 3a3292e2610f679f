"""Shared helpers for make.py: gold writing, date parsing, reportlab fonts, docx conversion."""

import datetime
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
BUILD = HERE / "build"

FORMATS = [
    "%d/%m/%Y",
    "%d/%m/%y",
    "%d.%m.%y",
    "%d.%m.%Y",
    "%d %B %Y",
    "%d %b %Y",
    "%d %b %y",
    "%d-%b-%y",
    "%d %B %y",
    "%A %d %B %Y",
]


def iso(text):
    """ISO date where a day can be read from the printed text, else None."""
    if text is None:
        return None
    t = text.strip()
    t = re.sub(r"^w/c\s+", "", t)
    t = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", t)
    t = t.replace("Sept ", "Sep ")
    for f in FORMATS:
        try:
            return datetime.datetime.strptime(t, f).date().isoformat()
        except ValueError:
            pass
    return None


def write_gold(stem, **parts):
    order = ["meetings", "attendance", "agenda_items", "decisions", "actions", "risks"]
    out = {"file": stem + ".pdf"}
    for k in order:
        if k in parts:
            out[k] = parts[k]
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")


def action(description, owners, owner_text, target_text=None, status="open", number=None, raised=None, item=None):
    a = {
        "description": description,
        "action_number": number,
        "raised_date": raised,
        "agenda_item_number": item,
        "owners": owners,
        "target_date": iso(target_text),
        "status": status,
        "owner_text": owner_text,
    }
    if target_text is not None:
        a["target_date_text"] = target_text
    return a


def att(date, name, kind, role):
    return {"meeting_date": date, "name": name, "attendance": kind, "role_text": role}


# ---------- reportlab fonts
def register_fonts():
    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    rl_config.invariant = 1
    fams = {
        "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-%s.ttf",
        "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-%s.ttf",
        "LibNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-%s.ttf",
    }
    for fam, pat in fams.items():
        for style, suf in (("", "Regular"), ("-Bold", "Bold"), ("-Italic", "Italic"), ("-BoldItalic", "BoldItalic")):
            pdfmetrics.registerFont(TTFont(fam + style, pat % suf))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-Bold")
        addMapping(fam, 0, 1, fam + "-Italic")
        addMapping(fam, 1, 1, fam + "-BoldItalic")
    dj = {"DejaVu": "DejaVuSans%s.ttf", "DejaVuSerif": "DejaVuSerif%s.ttf", "DejaVuCond": "DejaVuSansCondensed%s.ttf"}
    for fam, pat in dj.items():
        for style, suf in (
            ("", ""),
            ("-Bold", "-Bold"),
            ("-Italic", "-Oblique" if "Serif" not in fam else "-Italic"),
            ("-BoldItalic", "-BoldOblique" if "Serif" not in fam else "-BoldItalic"),
        ):
            pdfmetrics.registerFont(TTFont(fam + style, "/usr/share/fonts/truetype/dejavu/" + pat % suf))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-Bold")
        addMapping(fam, 0, 1, fam + "-Italic")
        addMapping(fam, 1, 1, fam + "-BoldItalic")


# ---------- docx -> pdf
def docx_to_pdf(doc, stem):
    BUILD.mkdir(exist_ok=True)
    src = BUILD / f"{stem}.docx"
    cp = doc.core_properties
    fixed = datetime.datetime(2020, 1, 1)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "boardpapers blind set"
    cp.last_modified_by = "boardpapers blind set"
    cp.revision = 1
    doc.save(src)
    env = dict(os.environ, HOME=str(BUILD / "home"))
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(src)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert (HERE / f"{stem}.pdf").exists(), stem


def clean_build():
    shutil.rmtree(BUILD, ignore_errors=True)
