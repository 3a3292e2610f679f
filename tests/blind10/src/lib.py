"""Shared helpers for the blind10 builders (reportlab, python-docx, gold)."""

import json
import subprocess
import tempfile
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # no timestamps / random ids in reportlab output

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold"

FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation"]


def register_family(name, regular, bold, italic, bolditalic):
    """Register a TTF family under `name` (name, name-Bold, name-Italic, name-BoldItalic)."""

    def find(fn):
        for d in FONT_DIRS:
            p = Path(d) / fn
            if p.exists():
                return str(p)
        raise FileNotFoundError(fn)

    for suffix, fn in (("", regular), ("-Bold", bold), ("-Italic", italic), ("-BoldItalic", bolditalic)):
        if name + suffix not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name + suffix, find(fn)))
    addMapping(name, 0, 0, name)
    addMapping(name, 1, 0, name + "-Bold")
    addMapping(name, 0, 1, name + "-Italic")
    addMapping(name, 1, 1, name + "-BoldItalic")


def fonts():
    register_family(
        "DejaVuSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"
    )
    register_family(
        "DejaVuSansCond",
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
        "DejaVuSansCondensed-BoldOblique.ttf",
    )
    register_family(
        "DejaVuSerif", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"
    )
    register_family(
        "LibSerif",
        "LiberationSerif-Regular.ttf",
        "LiberationSerif-Bold.ttf",
        "LiberationSerif-Italic.ttf",
        "LiberationSerif-BoldItalic.ttf",
    )
    register_family(
        "LibSans",
        "LiberationSans-Regular.ttf",
        "LiberationSans-Bold.ttf",
        "LiberationSans-Italic.ttf",
        "LiberationSans-BoldItalic.ttf",
    )
    register_family(
        "LibNarrow",
        "LiberationSansNarrow-Regular.ttf",
        "LiberationSansNarrow-Bold.ttf",
        "LiberationSansNarrow-Italic.ttf",
        "LiberationSansNarrow-BoldItalic.ttf",
    )


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- gold
def write_gold(
    pdf_name, kind, meetings=None, attendance=None, agenda_items=None, decisions=None, actions=None, risks=None
):
    """kind: 'minutes'/'agenda'/'pack' list meetings; 'log'/'register'/'report' do not."""
    d = {"file": pdf_name}
    if kind in ("minutes", "agenda", "pack"):
        d["meetings"] = meetings or []
    d["attendance"] = attendance or []
    d["agenda_items"] = agenda_items or []
    d["decisions"] = decisions or []
    d["actions"] = actions or []
    d["risks"] = risks or []
    if kind == "minutes":
        d.pop("agenda_items")
    stem = pdf_name[:-4]
    (GOLD / f"{stem}.json").write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n")
    return d


def act(
    description,
    raised_date,
    item,
    owners,
    owner_text,
    target_date=None,
    target_date_text=None,
    status="open",
    number=None,
):
    a = {
        "description": description,
        "action_number": number,
        "raised_date": raised_date,
        "agenda_item_number": item,
        "owners": owners,
        "target_date": target_date,
        "status": status,
        "owner_text": owner_text,
    }
    if target_date_text is not None:
        a["target_date_text"] = target_date_text
    return a


# ---------------------------------------------------------------- docx
def docx_to_pdf(docx_path, out_dir):
    prof = Path(tempfile.gettempdir()) / "lo_profile_blind10"
    cmd = [
        "soffice",
        f"-env:UserInstallation=file://{prof}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out_dir),
        str(docx_path),
    ]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fixed_core(doc, title):
    import datetime

    cp = doc.core_properties
    cp.title = title
    cp.author = "Governance"
    cp.created = datetime.datetime(2000, 1, 1)
    cp.modified = datetime.datetime(2000, 1, 1)
    cp.last_modified_by = "Governance"
    cp.revision = 1
