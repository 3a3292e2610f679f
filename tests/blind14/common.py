"""Shared helpers for the blind14 set: fonts, gold writing, Office conversion."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # deterministic reportlab output

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
SRC = HERE / "src"

_FONTS = {
    "DejaVuSans": "dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCond": "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCond-Bold": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSerif-Italic": "dejavu/DejaVuSerif-Italic.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "liberation/LiberationSerif-Bold.ttf",
    "LibSerif-Italic": "liberation/LiberationSerif-Italic.ttf",
    "LibSans": "liberation/LiberationSans-Regular.ttf",
    "LibSans-Bold": "liberation/LiberationSans-Bold.ttf",
    "LibSans-Italic": "liberation/LiberationSans-Italic.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-Bold": "liberation/LiberationSansNarrow-Bold.ttf",
    "Carlito": "crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "crosextra/Carlito-Bold.ttf",
    "Carlito-Italic": "crosextra/Carlito-Italic.ttf",
    "Caladea": "crosextra/Caladea-Regular.ttf",
    "Caladea-Bold": "crosextra/Caladea-Bold.ttf",
}
for _n, _p in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, "/usr/share/fonts/truetype/" + _p))


def style(name, font, size, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.25, **kw)


def write_gold(stem: str, gold: dict):
    GOLD.mkdir(exist_ok=True)
    gold = {"file": stem + ".pdf", **gold}
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")


def office_to_pdf(src: Path, stem: str):
    """Convert a .docx/.xlsx in src/ to HERE/<stem>.pdf with LibreOffice."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(src),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.move(str(Path(tmp) / (src.stem + ".pdf")), str(HERE / f"{stem}.pdf"))


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def att(date, name, kind, role):
    return {"meeting_date": date, "name": name, "attendance": kind, "role_text": role}


def dec(date, item, dtype, text):
    return {"meeting_date": date, "item_number": item, "decision_type": dtype, "text": text}


def act(desc, number, raised, item, owners, target, status, owner_text, target_text=None):
    d = {
        "description": desc,
        "action_number": number,
        "raised_date": raised,
        "agenda_item_number": item,
        "owners": owners,
        "target_date": target,
        "status": status,
        "owner_text": owner_text,
    }
    if target_text is not None:
        d["target_date_text"] = target_text
    return d


def rating(phase, text, l, i, s, date):
    return {"phase": phase, "phase_text": text, "likelihood": l, "impact": i, "score": s, "register_date": date}
