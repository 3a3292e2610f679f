"""Shared helpers for the blind9 generator: gold records, python-docx and reportlab plumbing."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

HERE = Path(__file__).resolve().parent
BUILD = HERE / "build"
GOLD = HERE / "gold"

# ---------------------------------------------------------------- gold records


def meeting(body, date, time, location, status):
    return dict(body=body, meeting_date=date, start_time=time, location=location, minutes_status=status)


def att(date, name, kind, role=None):
    return dict(meeting_date=date, name=name, attendance=kind, role_text=role)


def item(date, number, title, presenter=None):
    return dict(meeting_date=date, item_number=number, title=title, presenter_text=presenter)


def dec(date, number, kind, text):
    return dict(meeting_date=date, item_number=number, decision_type=kind, text=text)


def act(desc, number, raised, item_no, owners, target, status, owner_text, target_text):
    return dict(
        description=desc,
        action_number=number,
        raised_date=raised,
        agenda_item_number=item_no,
        owners=owners,
        target_date=target,
        status=status,
        owner_text=owner_text,
        target_date_text=target_text,
    )


def rating(phase, phase_text, likelihood, impact, score, date):
    return dict(
        phase=phase, phase_text=phase_text, likelihood=likelihood, impact=impact, score=score, register_date=date
    )


def risk(ref, objective, desc, ratings):
    return dict(reference=ref, objective=objective, description=desc, ratings=ratings)


def write_gold(stem, meetings=None, attendance=(), agenda_items=None, decisions=(), actions=(), risks=()):
    gold = {"file": stem + ".pdf"}
    if meetings is not None:
        gold["meetings"] = meetings
    gold["attendance"] = list(attendance)
    if agenda_items is not None:
        gold["agenda_items"] = agenda_items
    gold["decisions"] = list(decisions)
    gold["actions"] = list(actions)
    gold["risks"] = list(risks)
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- python-docx


def new_docx(font="Arial", size=11, landscape=False, margins_cm=2.0):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = font
    style.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    style.font.size = Pt(size)
    style.paragraph_format.space_after = Pt(4)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        st = doc.styles[name]
        st.font.name = font
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.element.rPr.rFonts.set(qn("w:ascii"), font)
        st.element.rPr.rFonts.set(qn("w:hAnsi"), font)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    return doc


def add_field(paragraph, instr):
    run = paragraph.add_run()
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
            run._r.append(el)
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = text
            run._r.append(el)
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
    return run


def page_x_of_y(paragraph, prefix="Page "):
    paragraph.add_run(prefix)
    add_field(paragraph, "PAGE")
    paragraph.add_run(" of ")
    add_field(paragraph, "NUMPAGES")


def header_footer(doc, header_text=None, footer_left=None, page_style="x of y", header_align="right", size=8):
    sec = doc.sections[0]
    if header_text:
        p = sec.header.paragraphs[0]
        p.text = header_text
        p.alignment = {
            "right": WD_ALIGN_PARAGRAPH.RIGHT,
            "center": WD_ALIGN_PARAGRAPH.CENTER,
            "left": WD_ALIGN_PARAGRAPH.LEFT,
        }[header_align]
        for r in p.runs:
            r.font.size = Pt(size)
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer_left:
        p.add_run(footer_left + "    ")
    if page_style == "x of y":
        page_x_of_y(p)
    elif page_style == "n":
        add_field(p, "PAGE")
    for r in p.runs:
        r.font.size = Pt(size)


def para(doc, text="", bold=False, italic=False, size=None, align=None, indent_cm=None, space_after=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
    if align:
        p.alignment = {
            "center": WD_ALIGN_PARAGRAPH.CENTER,
            "right": WD_ALIGN_PARAGRAPH.RIGHT,
            "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
        }[align]
    if indent_cm is not None:
        p.paragraph_format.left_indent = Cm(indent_cm)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(doc, parts, indent_cm=None):
    """A paragraph of (text, bold) parts."""
    p = doc.add_paragraph()
    for text, bold in parts:
        r = p.add_run(text)
        r.bold = bold
    if indent_cm is not None:
        p.paragraph_format.left_indent = Cm(indent_cm)
    return p


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cell(cell, text, bold=False, size=None, italic=False, align=None):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(2)


def table(doc, rows, widths_cm, header_rows=1, size=None, style="Table Grid", header_fill="D9D9D9", bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(widths_cm))
    if style:
        t.style = doc.styles[style]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text is None:
                continue
            cell = t.cell(r, c)
            set_cell(cell, text, bold=(r < header_rows and bold_header), size=size)
            if r < header_rows and header_fill:
                shade(cell, header_fill)
        for c, w in enumerate(widths_cm):
            t.cell(r, c).width = Cm(w)
    for c, w in enumerate(widths_cm):
        t.columns[c].width = Cm(w)
    for r in range(header_rows):
        repeat_header(t.rows[r])
    return t


def page_break(doc):
    from docx.enum.text import WD_BREAK

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save_docx(doc, stem):
    BUILD.mkdir(exist_ok=True)
    path = BUILD / f"{stem}.docx"
    doc.save(path)
    return path


def convert_all(docx_paths, outdir):
    if not docx_paths:
        return
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), *map(str, docx_paths)],
        check=True,
        capture_output=True,
    )


# ---------------------------------------------------------------- reportlab

_FONTS_DONE = False


def register_fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    base = "/usr/share/fonts/truetype/"
    for name, path in {
        "DejaVuSans": "dejavu/DejaVuSans.ttf",
        "DejaVuSans-Bold": "dejavu/DejaVuSans-Bold.ttf",
        "DejaVuSansCond": "dejavu/DejaVuSansCondensed.ttf",
        "DejaVuSansCond-Bold": "dejavu/DejaVuSansCondensed-Bold.ttf",
        "LibSerif": "liberation/LiberationSerif-Regular.ttf",
        "LibSerif-Bold": "liberation/LiberationSerif-Bold.ttf",
        "LibSerif-Italic": "liberation/LiberationSerif-Italic.ttf",
    }.items():
        pdfmetrics.registerFont(TTFont(name, base + path))
    from reportlab.lib.fonts import addMapping

    addMapping("DejaVuSans", 0, 0, "DejaVuSans")
    addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
    addMapping("DejaVuSansCond", 0, 0, "DejaVuSansCond")
    addMapping("DejaVuSansCond", 1, 0, "DejaVuSansCond-Bold")
    addMapping("LibSerif", 0, 0, "LibSerif")
    addMapping("LibSerif", 1, 0, "LibSerif-Bold")
    addMapping("LibSerif", 0, 1, "LibSerif-Italic")
    _FONTS_DONE = True


def numbered_canvas(draw_page):
    """A canvas class that knows the page count, so that draw_page(canvas, page, total) can print 'x of y'."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                draw_page(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def pstyle(name, font, size, leading=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25, **kw)


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
