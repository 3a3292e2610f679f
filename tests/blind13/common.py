"""Shared helpers for the blind13 set: gold records, date formats, producers."""

import datetime as dt
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD_DIR = HERE / "gold"

KEYS = {
    "minutes": ["meetings", "attendance", "decisions", "actions", "risks"],
    "agenda": ["meetings", "attendance", "agenda_items", "decisions", "actions", "risks"],
    "pack": ["meetings", "attendance", "agenda_items", "decisions", "actions", "risks"],
    "log": ["attendance", "agenda_items", "decisions", "actions", "risks"],
    "register": ["attendance", "agenda_items", "decisions", "actions", "risks"],
    "report": ["attendance", "agenda_items", "decisions", "actions", "risks"],
}

ROLE = {
    "PCC": "Police and Crime Commissioner",
    "DPCC": "Deputy Police and Crime Commissioner",
    "CC": "Chief Constable",
    "DCC": "Deputy Chief Constable",
    "ACC": "Assistant Chief Constable",
    "CEX": "Chief Executive",
    "CFO": "Chief Finance Officer",
    "OPCC": "Office of the Police and Crime Commissioner",
}


class Gold:
    def __init__(self, stem, kind):
        self.stem = stem
        self.d = {"file": stem + ".pdf"}
        for k in KEYS[kind]:
            self.d[k] = []

    def meeting(self, body, date, time, location, status):
        self.d["meetings"].append(
            dict(body=body, meeting_date=iso(date), start_time=time, location=location, minutes_status=status)
        )

    def attend(self, date, name, attendance, role=None):
        r = dict(meeting_date=iso(date), name=name, attendance=attendance)
        if role:
            r["role_text"] = role
        self.d["attendance"].append(r)

    def item(self, date, number, title, presenter=None):
        r = dict(meeting_date=iso(date), item_number=number, title=title)
        if presenter:
            r["presenter_text"] = presenter
        self.d["agenda_items"].append(r)

    def decision(self, date, number, dtype, text):
        self.d["decisions"].append(dict(meeting_date=iso(date), item_number=number, decision_type=dtype, text=text))

    def action(self, description, number, raised, item, owners, target, status, owner_text, target_text=None):
        r = dict(
            description=description,
            action_number=number,
            raised_date=iso(raised),
            agenda_item_number=item,
            owners=list(owners),
            target_date=iso(target),
            status=status,
            owner_text=owner_text,
        )
        if target_text:
            r["target_date_text"] = target_text
        self.d["actions"].append(r)

    def risk(self, reference, objective, description, ratings):
        self.d["risks"].append(dict(reference=reference, objective=objective, description=description, ratings=ratings))

    def write(self):
        GOLD_DIR.mkdir(exist_ok=True)
        (GOLD_DIR / (self.stem + ".json")).write_text(json.dumps(self.d, indent=1, ensure_ascii=False) + "\n")


def rating(phase, phase_text, l, i, s, date):
    return dict(phase=phase, phase_text=phase_text, likelihood=l, impact=i, score=s, register_date=iso(date))


def D(y, m, d):
    return dt.date(y, m, d)


def iso(d):
    return d.isoformat() if d else None


def ordinal(n):
    return "%d%s" % (n, "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def long_date(d):  # 9 March 2017
    return "%d %s %d" % (d.day, d.strftime("%B"), d.year)


def day_long(d):  # Thursday 9 March 2017
    return d.strftime("%A ") + long_date(d)


def modgov_date(d):  # Thursday, 22nd June, 2017
    return "%s, %s %s, %d" % (d.strftime("%A"), ordinal(d.day), d.strftime("%B"), d.year)


def dmy_slash(d):  # 01/03/2017
    return d.strftime("%d/%m/%Y")


def dmy_dot(d):  # 01.03.17
    return d.strftime("%d.%m.%y")


def d_mon_yy(d):  # 01-Mar-17
    return d.strftime("%d-%b-%y")


def soffice_pdf(src, outdir):
    """Convert an office file to PDF with a private LibreOffice profile."""
    prof = Path(tempfile.gettempdir()) / "blind13-lo-profile"
    cmd = [
        "soffice",
        "-env:UserInstallation=file://" + str(prof),
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        str(src),
    ]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    return Path(outdir) / (Path(src).stem + ".pdf")


def build_office(stem, save_fn, suffix):
    """save_fn(path) writes a .docx/.xlsx; the PDF lands in HERE/<stem>.pdf."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (stem + suffix)
        save_fn(src)
        pdf = soffice_pdf(src, tmp)
        shutil.copy(pdf, HERE / (stem + ".pdf"))


FONT_DIRS = [
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/truetype/liberation",
    "/usr/share/fonts/truetype/crosextra",
]


def register_fonts():
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fams = {
        "Carlito": ("Carlito-Regular", "Carlito-Bold", "Carlito-Italic", "Carlito-BoldItalic"),
        "Caladea": ("Caladea-Regular", "Caladea-Bold", "Caladea-Italic", "Caladea-BoldItalic"),
        "LibSans": (
            "LiberationSans-Regular",
            "LiberationSans-Bold",
            "LiberationSans-Italic",
            "LiberationSans-BoldItalic",
        ),
        "LibNarrow": (
            "LiberationSansNarrow-Regular",
            "LiberationSansNarrow-Bold",
            "LiberationSansNarrow-Italic",
            "LiberationSansNarrow-BoldItalic",
        ),
        "LibSerif": (
            "LiberationSerif-Regular",
            "LiberationSerif-Bold",
            "LiberationSerif-Italic",
            "LiberationSerif-BoldItalic",
        ),
        "DVSerif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
        "DVSansC": (
            "DejaVuSansCondensed",
            "DejaVuSansCondensed-Bold",
            "DejaVuSansCondensed-Oblique",
            "DejaVuSansCondensed-BoldOblique",
        ),
    }

    def find(f):
        for d in FONT_DIRS:
            p = Path(d) / (f + ".ttf")
            if p.exists():
                return str(p)
        raise FileNotFoundError(f)

    for fam, files in fams.items():
        names = [fam, fam + "-B", fam + "-I", fam + "-BI"]
        for n, f in zip(names, files):
            pdfmetrics.registerFont(TTFont(n, find(f)))
        addMapping(fam, 0, 0, names[0])
        addMapping(fam, 1, 0, names[1])
        addMapping(fam, 0, 1, names[2])
        addMapping(fam, 1, 1, names[3])
