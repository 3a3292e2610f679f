"""Shared helpers for the blind15 set: fonts, gold writing, docx/xlsx -> PDF."""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = Path(__file__).resolve().parent
GOLD = OUT / "gold"

_FONTS = {
    "LibSerif": "liberation/LiberationSerif",
    "LibSans": "liberation/LiberationSans",
    "LibNarrow": "liberation/LiberationSansNarrow",
    "LibMono": "liberation/LiberationMono",
    "Caladea": "crosextra/Caladea",
    "Carlito": "crosextra/Carlito",
}
_SUFFIX = {"": "-Regular", "B": "-Bold", "I": "-Italic", "BI": "-BoldItalic"}


def register_fonts():
    base = Path("/usr/share/fonts/truetype")
    for fam, stem in _FONTS.items():
        for key, suf in _SUFFIX.items():
            pdfmetrics.registerFont(TTFont(fam + key, str(base / (stem + suf + ".ttf"))))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "B")
        addMapping(fam, 0, 1, fam + "I")
        addMapping(fam, 1, 1, fam + "BI")
    for fam, stem in (("DVSerif", "DejaVuSerif"), ("DVSansC", "DejaVuSansCondensed")):
        pdfmetrics.registerFont(TTFont(fam, f"/usr/share/fonts/truetype/dejavu/{stem}.ttf"))
        pdfmetrics.registerFont(TTFont(fam + "B", f"/usr/share/fonts/truetype/dejavu/{stem}-Bold.ttf"))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "B")
        addMapping(fam, 0, 1, fam)
        addMapping(fam, 1, 1, fam + "B")


def write_gold(stem, **types):
    GOLD.mkdir(exist_ok=True)
    data = {"file": stem + ".pdf"}
    data.update(types)
    (GOLD / (stem + ".json")).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")


def office_to_pdf(src: Path, stem: str):
    """Convert a .docx/.xlsx with LibreOffice into OUT/stem.pdf."""
    with tempfile.TemporaryDirectory() as td:
        profile = Path(td) / "profile"
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                td,
                str(src),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        pdf = Path(td) / (src.stem + ".pdf")
        shutil.move(str(pdf), OUT / (stem + ".pdf"))


# ---------------------------------------------------------------- gold record builders
def meeting(body, date, time, location, status):
    return dict(body=body, meeting_date=date, start_time=time, location=location, minutes_status=status)


def att(date, name, kind, role):
    return dict(meeting_date=date, name=name, attendance=kind, role_text=role)


def dec(date, item, dtype, text):
    return dict(meeting_date=date, item_number=item, decision_type=dtype, text=text)


def act(desc, number, raised, item, owners, target, status, owner_text, target_text=None):
    d = dict(
        description=desc,
        action_number=number,
        raised_date=raised,
        agenda_item_number=item,
        owners=list(owners),
        target_date=target,
        status=status,
        owner_text=owner_text,
    )
    if target_text is not None:
        d["target_date_text"] = target_text
    return d


def agenda_item(date, number, title, presenter=None):
    d = dict(meeting_date=date, item_number=number, title=title)
    if presenter is not None:
        d["presenter_text"] = presenter
    return d


def rating(phase, phase_text, l, i, s, rdate):
    return dict(phase=phase, phase_text=phase_text, likelihood=l, impact=i, score=s, register_date=rdate)


def risk(ref, objective, description, ratings):
    return dict(reference=ref, objective=objective, description=description, ratings=ratings)


ROLE = {
    "PCC": "Police and Crime Commissioner",
    "DPCC": "Deputy Police and Crime Commissioner",
    "CC": "Chief Constable",
    "DCC": "Deputy Chief Constable",
    "ACC": "Assistant Chief Constable",
    "CEx": "Chief Executive",
    "CE": "Chief Executive",
    "CFO": "Chief Finance Officer",
    "OPCC": "Office of the Police and Crime Commissioner",
}


# ---------------------------------------------------------------- python-docx helpers
def docx_base(font="Carlito", size=11, landscape=False, margins_cm=2.0):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    d = Document()
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(size)
    rpr = stl.element.get_or_add_rPr()
    rfonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    for k in ("w:eastAsia", "w:cs"):
        rfonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + k.split(":")[1], font)
    stl.paragraph_format.space_after = Pt(4)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    return d


def add_field(par, instr):
    """Append a field (PAGE, NUMPAGES) to a paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = par.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText")
    i.set(qn("xml:space"), "preserve")
    i.text = instr
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run._r.append(b)
    run._r.append(i)
    run._r.append(e)
    return run


def para(d_or_cell, text="", bold=False, italic=False, size=None, align=None, after=None, before=None, strike=False):
    from docx.shared import Pt

    p = d_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if strike:
            r.font.strike = True
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def cell_text(cell, text, bold=False, size=None, strike=False, shade=None, italic=False):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold, r.italic = bold, italic
        if strike:
            r.font.strike = True
        if size:
            r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(0)
    if shade:
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), shade)
        tcPr.append(sh)


def set_col_widths(table, widths_cm):
    from docx.shared import Cm

    table.autofit = False
    for k, w in enumerate(widths_cm):
        table.columns[k].width = Cm(w)
    for row in table.rows:
        for k, w in enumerate(widths_cm):
            row.cells[k].width = Cm(w)


def repeat_header(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def save_docx_pdf(d, stem):
    import tempfile as _t

    with _t.TemporaryDirectory() as td:
        src = Path(td) / (stem + ".docx")
        d.save(src)
        office_to_pdf(src, stem)
