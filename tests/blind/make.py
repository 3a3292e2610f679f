#!/usr/bin/env python3
"""Rebuild the holdout papers and their gold: /work/main/.venv/bin/python make.py [p01 ...]"""

import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="h2docx-")


# ---------------------------------------------------------------- docx
def new_doc(font, size, landscape=False, margins=2.0):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins))
    return doc


def para(
    doc_or_cell,
    text="",
    bold=False,
    italic=False,
    size=None,
    align=None,
    after=None,
    before=None,
    color=None,
    indent=None,
    hanging=None,
):
    p = doc_or_cell.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, italic=italic, size=size, color=color)
    fmt = p.paragraph_format
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None:
        fmt.space_after = Pt(after)
    if before is not None:
        fmt.space_before = Pt(before)
    if indent is not None:
        fmt.left_indent = Cm(indent)
    if hanging is not None:
        fmt.first_line_indent = Cm(-hanging)
    return p


def add_runs(p, text, bold=False, italic=False, size=None, color=None):
    """text may contain **bold** segments."""
    parts = text.split("**")
    for i, part in enumerate(parts):
        if not part:
            continue
        r = p.add_run(part)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def cell_text(cell, text, bold=False, size=None, align=None, italic=False, color=None):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        add_runs(p, line, bold=bold, italic=italic, size=size, color=color)
        p.paragraph_format.space_after = Pt(1)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def _borders(el_pr, tag, spec):
    b = OxmlElement(tag)
    for edge, (val, sz) in spec.items():
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    el_pr.append(b)


def table(doc, rows, widths, style="grid", header_rows=1, size=None, header_fill=None, bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(widths))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    tblPr = t._tbl.tblPr
    if style == "grid":
        spec = {e: ("single", 4) for e in ("top", "left", "bottom", "right", "insideH", "insideV")}
    elif style == "hrule":
        spec = {
            "top": ("single", 8),
            "bottom": ("single", 8),
            "insideH": ("single", 4),
            "left": ("nil", 0),
            "right": ("nil", 0),
            "insideV": ("nil", 0),
        }
    else:
        spec = {e: ("nil", 0) for e in ("top", "left", "bottom", "right", "insideH", "insideV")}
    _borders(tblPr, "w:tblBorders", spec)
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            c = t.cell(ri, ci)
            c.width = Cm(widths[ci])
            if val is None:
                continue
            cell_text(c, str(val), bold=(ri < header_rows and bold_header), size=size)
            if ri < header_rows and header_fill:
                shade(c, header_fill)
    fix_widths(t, widths)
    for ri in range(header_rows):
        trPr = t.rows[ri]._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader")
        h.set(qn("w:val"), "true")
        trPr.append(h)
    return t


def fix_widths(t, widths):
    """LibreOffice reads the grid, not the cell widths: set both, and a fixed layout."""
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
        for c in t.columns[i].cells:
            c.width = Cm(w)


def merge_row(t, ri, text, bold=True, fill=None, size=None, italic=False):
    row = t.rows[ri]
    a = row.cells[0].merge(row.cells[-1])
    cell_text(a, text, bold=bold, size=size, italic=italic)
    if fill:
        shade(a, fill)
    return a


def footer_page(doc, prefix="Page ", suffix="", size=8, align="c", with_total=True):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]

    def run(t):
        r = p.add_run(t)
        r.font.size = Pt(size)
        return r

    def field(code):
        r = p.add_run()
        r.font.size = Pt(size)
        f1 = OxmlElement("w:fldChar")
        f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = code
        f2 = OxmlElement("w:fldChar")
        f2.set(qn("w:fldCharType"), "end")
        r._r.append(f1)
        r._r.append(it)
        r._r.append(f2)

    run(prefix)
    field("PAGE")
    if with_total:
        run(" of ")
        field("NUMPAGES")
    if suffix:
        run(suffix)


def header_text(doc, text, size=8, align="r", bold=False):
    p = doc.sections[0].header.paragraphs[0]
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold


def hrule(doc, after=4):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), "8")
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), "000000")
    b.append(e)
    pPr.append(b)
    p.paragraph_format.space_after = Pt(after)
    return p


def save_docx(doc, stem):
    path = os.path.join(TMP, stem + ".docx")
    doc.save(path)
    subprocess.run(
        ["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", TMP, path],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    shutil.move(os.path.join(TMP, stem + ".pdf"), os.path.join(HERE, stem + ".pdf"))


# ---------------------------------------------------------------- reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont


def register(family, regular, bold, italic=None):
    pdfmetrics.registerFont(TTFont(family, regular))
    pdfmetrics.registerFont(TTFont(family + "-Bold", bold))
    pdfmetrics.registerFont(TTFont(family + "-Italic", italic or regular))
    pdfmetrics.registerFont(TTFont(family + "-BoldItalic", bold))
    addMapping(family, 0, 0, family)
    addMapping(family, 1, 0, family + "-Bold")
    addMapping(family, 0, 1, family + "-Italic")
    addMapping(family, 1, 1, family + "-BoldItalic")


CX = "/usr/share/fonts/truetype/crosextra/"
LB = "/usr/share/fonts/truetype/liberation/"
register("Caladea", CX + "Caladea-Regular.ttf", CX + "Caladea-Bold.ttf", CX + "Caladea-Italic.ttf")
register("Carlito", CX + "Carlito-Regular.ttf", CX + "Carlito-Bold.ttf", CX + "Carlito-Italic.ttf")
register(
    "LibNarrow",
    LB + "LiberationSansNarrow-Regular.ttf",
    LB + "LiberationSansNarrow-Bold.ttf",
    LB + "LiberationSansNarrow-Italic.ttf",
)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_gold(stem, gold):
    gold = {"file": stem + ".pdf", **gold}
    with open(os.path.join(HERE, "gold", stem + ".json"), "w") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
        f.write("\n")


# ====================================================================== paper 1
def p01():
    stem = "2022-10-12-Dunmarsh-Police-and-Crime-Panel-minutes"
    D = "2022-10-12"
    doc = new_doc("Liberation Sans", 11)
    footer_page(doc, prefix="", with_total=False, align="r", size=9)
    para(doc, "DUNMARSH POLICE AND CRIME PANEL", bold=True, size=14, align="c", after=2)
    para(
        doc,
        "Minutes of the meeting held on Wednesday 12th October 2022 at 1.30pm in Committee Room 2, Shire Hall, Ellerby",
        align="c",
        after=12,
    )
    present = [
        ("Priya Venkatesan", "Councillor Priya Venkatesan – Chair (Ellerby Borough Council)"),
        ("Gordon Featherstone", "Councillor Gordon Featherstone – Vice-Chair (Dunmarsh County Council)"),
        ("Moira Halloran", "Councillor Moira Halloran – Dunmarsh County Council"),
        ("Tomasz Wilk", "Councillor Tomasz Wilk – Stoneham District Council"),
        ("Beverley Achebe", "Councillor Beverley Achebe – Ellerby Borough Council"),
        ("Hugh Penrose", "Dr Hugh Penrose – Independent Co-opted Member"),
        ("Sandra Okafor", "Sandra Okafor – Independent Co-opted Member"),
    ]
    also = [
        ("Lionel Carraway", "Lionel Carraway – Police and Crime Commissioner"),
        ("Rhiannon Gale", "Rhiannon Gale – Chief Executive, Office of the Police and Crime Commissioner"),
        ("Marcus Eddowes", "Marcus Eddowes – Chief Finance Officer, Office of the Police and Crime Commissioner"),
        ("Hamid Rashid", "Hamid Rashid – Panel Secretary, Dunmarsh County Council"),
    ]
    apols = [
        ("Julian Thorne", "Councillor Julian Thorne – Stoneham District Council"),
        ("Alison Pryce", "Councillor Alison Pryce – Dunmarsh County Council"),
    ]
    for head, group in (("Present", present), ("Also in attendance", also), ("Apologies", apols)):
        para(doc, head, bold=True, after=2)
        for _, line in group:
            para(doc, line, indent=1.0, after=0)
        para(doc, "", after=4)
    dec = {}
    act = {}
    dec["47"] = (
        "The Panel RESOLVED: that the minutes of the meeting held on 20 July 2022 be confirmed "
        "as a correct record and signed by the Chair."
    )
    dec["49"] = "The Panel noted the Commissioner’s update report."
    dec["50"] = (
        "The Panel RESOLVED: (a) to note the medium term financial plan; and (b) that a budget "
        "working group of four members be established to meet before the precept meeting."
    )
    dec["51"] = "The Panel agreed that no further action was required on the complaint."
    act["49"] = (
        "Provide the Panel with monthly 101 call abandonment figures for each district by 30 November 2022",
        "PCC",
    )
    act["50"] = ("Circulate the precept consultation timetable to Panel members", "CFO")
    act["52"] = (
        "Add a session on the commissioning of victims’ services to the February 2023 agenda",
        "Panel Secretary",
    )
    mins = [
        (
            "45/22",
            "APOLOGIES AND SUBSTITUTES",
            ["Apologies were received as recorded above. There were no substitutes."],
        ),
        (
            "46/22",
            "DECLARATIONS OF INTEREST",
            [
                "Councillor Wilk declared a non-pecuniary interest in minute 49/22 as a trustee of a local "
                "victims’ support charity."
            ],
        ),
        ("47/22", "MINUTES OF THE MEETING HELD ON 20 JULY 2022", [dec["47"]]),
        ("48/22", "PUBLIC QUESTIONS", ["No public questions had been received."]),
        (
            "49/22",
            "COMMISSIONER’S UPDATE REPORT",
            [
                "The Commissioner introduced his report covering the period since the July meeting, including "
                "the launch of the rural crime strategy and progress on the 101 non-emergency service.",
                "Members noted that the Chief Constable had approved the redeployment of twelve officers to the "
                "rural crime team from 1 September 2022.",
                "In response to a question from Councillor Achebe about call abandonment on the 101 line, the "
                "Commissioner said that the position had improved over the summer but was still below target.",
                "ACTION: " + act["49"][0] + " (" + act["49"][1] + ")",
                dec["49"],
            ],
        ),
        (
            "50/22",
            "MEDIUM TERM FINANCIAL PLAN 2023/24 – 2026/27",
            [
                "The Chief Finance Officer presented the plan, which assumed a precept increase at the "
                "referendum limit and a pay award of 3.5 per cent. Members asked about the level of general "
                "reserves and the use of the capital receipts from the Ashby Lane site.",
                "ACTION: " + act["50"][0] + " (" + act["50"][1] + ")",
                dec["50"],
            ],
        ),
        (
            "51/22",
            "COMPLAINTS AGAINST THE COMMISSIONER",
            [
                "The Panel Secretary reported that one complaint had been received since the last meeting and "
                "had been resolved informally.",
                dec["51"],
            ],
        ),
        (
            "52/22",
            "WORK PROGRAMME",
            [
                "Members discussed the draft work programme for the remainder of the municipal year.",
                "ACTION: " + act["52"][0] + " (" + act["52"][1] + ")",
            ],
        ),
    ]
    for num, head, paras in mins:
        t = doc.add_table(rows=1, cols=2)
        _borders(
            t._tbl.tblPr,
            "w:tblBorders",
            {e: ("nil", 0) for e in ("top", "left", "bottom", "right", "insideH", "insideV")},
        )
        c0, c1 = t.rows[0].cells
        fix_widths(t, [2.6, 14.4])
        cell_text(c0, "Minute " + num, bold=True)
        cell_text(c1, head, bold=True)
        for ptxt in paras:
            p = c1.add_paragraph()
            add_runs(p, ptxt, bold=ptxt.startswith("ACTION:"))
            p.paragraph_format.space_after = Pt(5)
        para(doc, "", after=2)
    para(doc, "The meeting closed at 3.40pm.", after=2)
    owner = {
        "PCC": ["Police and Crime Commissioner"],
        "CFO": ["Chief Finance Officer"],
        "Panel Secretary": ["Panel Secretary"],
    }
    gold = {
        "meetings": [
            {
                "body": "Dunmarsh Police and Crime Panel",
                "meeting_date": D,
                "start_time": "13:30",
                "location": "Committee Room 2, Shire Hall, Ellerby",
                "minutes_status": "draft",
            }
        ],
        "attendance": [
            {"meeting_date": D, "name": n, "attendance": a, "role_text": line.split(" – ", 1)[1]}
            for grp, a in ((present, "member"), (also, "in_attendance"), (apols, "apologies"))
            for n, line in grp
        ],
        "decisions": [
            {"meeting_date": D, "item_number": "47/22", "decision_type": "resolved", "text": dec["47"]},
            {"meeting_date": D, "item_number": "49/22", "decision_type": "noted", "text": dec["49"]},
            {"meeting_date": D, "item_number": "50/22", "decision_type": "resolved", "text": dec["50"]},
            {"meeting_date": D, "item_number": "51/22", "decision_type": "agreed", "text": dec["51"]},
        ],
        "actions": [
            {
                "description": act[k][0],
                "action_number": None,
                "raised_date": D,
                "agenda_item_number": k + "/22",
                "owners": owner[act[k][1]],
                "target_date": td,
                "status": "open",
                "owner_text": act[k][1],
            }
            for k, td in (("49", "2022-11-30"), ("50", None), ("52", None))
        ],
        "risks": [],
    }
    save_docx(doc, stem)
    write_gold(stem, gold)


# ====================================================================== paper 2
def p02():
    stem = "2022-03-08-Ormsbury-Strategic-Performance-Board-minutes"
    D = "2022-03-08"
    doc = new_doc("Carlito", 10.5, margins=1.8)
    header_text(doc, "OFFICIAL", size=9, align="c", bold=True)
    footer_page(doc, prefix="Page ", size=8, align="r")
    para(doc, "Office of the Police and Crime Commissioner for Ormsbury", size=10, color="1F4E79", after=0)
    para(doc, "Ormsbury Strategic Performance Board", bold=True, size=16, color="1F4E79", after=0)
    para(doc, "Minutes", size=13, after=8)
    table(
        doc,
        [
            ["Date:", "08.03.22", "Time:", "13:30 – 15:30"],
            ["Venue:", "Conference Room 1, Police Headquarters, Brinkhurst", "Status:", "Approved"],
        ],
        [2.0, 8.4, 2.0, 4.6],
        style="none",
        header_rows=0,
    )
    para(doc, "", after=2)
    people = [
        ("Caroline Ashdown", "Police and Crime Commissioner (Chair)", "✓"),
        ("Desmond Ilori", "Deputy Police and Crime Commissioner", "A"),
        ("Fraser McKnight", "Chief Constable", "✓"),
        ("Yvonne Kettering", "Deputy Chief Constable", "✓"),
        ("Owain Prothero", "Assistant Chief Constable", "A"),
        ("Lucinda Barrow", "Chief Executive, OPCC", "✓"),
        ("Graham Ostler", "Chief Finance Officer, OPCC", "✓"),
        ("Nadia Farooqui", "Director of Finance, Ormsbury Constabulary", "✓"),
        ("Peter Swales", "Head of Performance and Insight, OPCC", "✓"),
    ]
    table(
        doc,
        [["Name", "Role", "Attendance"]] + [list(p) for p in people],
        [5.0, 9.0, 3.0],
        style="grid",
        header_fill="D9E2F3",
    )
    para(doc, "✓ = present     A = apologies", size=8, italic=True, after=8)
    dec = {
        "2": "Agreed: that the minutes of the meeting held on 11.01.22 are an accurate record.",
        "3": "The Commissioner noted the Quarter 3 performance report.",
        "4": "The Commissioner APPROVED the disposal of the former Hatherden police office, subject to an "
        "independent valuation.",
        "5": "Agreed: that the Chief Finance Officer and the Director of Finance will present a revised "
        "capital programme to the May meeting.",
    }
    items = [
        (
            "(1)",
            "Welcome and apologies",
            ["The Commissioner welcomed everyone to the meeting. Apologies were noted as shown above."],
        ),
        (
            "(2)",
            "Minutes and action log of the meeting held on 11.01.22",
            [dec["2"], "All actions from the January meeting were reported as complete."],
        ),
        (
            "(3)",
            "Quarter 3 performance report",
            [
                "The Deputy Chief Constable presented the report. Total recorded crime was 4 per cent lower than "
                "in the same quarter of 2020/21, but rural burglary had risen in two policing areas.",
                "The Commissioner asked how outcome rates for domestic abuse were being reported, as the figures "
                "in the report differed from those published nationally.",
                dec["3"],
            ],
        ),
        (
            "(4)",
            "Estates strategy – Hatherden police office",
            [
                "The Chief Executive summarised the options paper. The building had been vacant since 2020 and "
                "neighbourhood officers now worked from the fire station.",
                dec["4"],
            ],
        ),
        (
            "(5)",
            "Budget monitoring – month 10",
            [
                "The Director of Finance reported a forecast underspend of £1.2m, largely from police staff "
                "vacancies. Slippage in the capital programme was now £3.4m.",
                dec["5"],
            ],
        ),
        ("(6)", "Any other business", ["There was no other business."]),
    ]
    for num, head, paras in items:
        para(doc, f"{num}  {head}", bold=True, before=6, after=3)
        for t in paras:
            para(doc, t, indent=0.9, after=4)
    para(doc, "Actions arising", bold=True, size=12, before=10, after=4)
    acts = [
        ("(3)", "Provide a breakdown of the rise in rural burglary by policing area.", "ACC", "05.04.22"),
        ("(3)", "Review how outcome rates for domestic abuse are reported to the Board.", "DCC", "Next meeting"),
        ("(4)", "Commission an independent valuation of the Hatherden site.", "Chief Executive", "30.04.22"),
        ("(5)", "Present a revised capital programme to the May meeting.", "CFO / Director of Finance", "10.05.22"),
    ]
    table(
        doc,
        [["Item", "Action", "Owner", "Due"]] + [list(a) for a in acts],
        [1.4, 9.6, 3.6, 2.4],
        style="grid",
        header_fill="D9E2F3",
    )
    own = {
        "ACC": ["Assistant Chief Constable"],
        "DCC": ["Deputy Chief Constable"],
        "Chief Executive": ["Chief Executive"],
        "CFO / Director of Finance": ["Chief Finance Officer", "Director of Finance"],
    }

    def iso(d):
        return None if "." not in d else f"20{d[6:8]}-{d[3:5]}-{d[0:2]}"

    gold = {
        "meetings": [
            {
                "body": "Ormsbury Strategic Performance Board",
                "meeting_date": D,
                "start_time": "13:30",
                "location": "Conference Room 1, Police Headquarters, Brinkhurst",
                "minutes_status": "approved",
            }
        ],
        "attendance": [
            {"meeting_date": D, "name": n, "attendance": "member" if m == "✓" else "apologies", "role_text": r}
            for n, r, m in people
        ],
        "decisions": [
            {"meeting_date": D, "item_number": "2", "decision_type": "agreed", "text": dec["2"]},
            {"meeting_date": D, "item_number": "3", "decision_type": "noted", "text": dec["3"]},
            {"meeting_date": D, "item_number": "4", "decision_type": "approved", "text": dec["4"]},
            {"meeting_date": D, "item_number": "5", "decision_type": "agreed", "text": dec["5"]},
        ],
        "actions": [
            {
                "description": a,
                "action_number": None,
                "raised_date": D,
                "agenda_item_number": i.strip("()"),
                "owners": own[o],
                "target_date": iso(d),
                "status": "open",
                "owner_text": o,
                "target_date_text": d,
            }
            for i, a, o, d in acts
        ],
        "risks": [],
    }
    save_docx(doc, stem)
    write_gold(stem, gold)


from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as LANDSCAPE
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    HRFlowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)


def rl_doc(stem, pagesize=A4, margins=2.0, footer=None):
    path = os.path.join(HERE, stem + ".pdf")
    doc = SimpleDocTemplate(
        path,
        pagesize=pagesize,
        leftMargin=margins * cm,
        rightMargin=margins * cm,
        topMargin=margins * cm,
        bottomMargin=margins * cm,
    )

    def on_page(canvas, d):
        if footer:
            footer(canvas, d)

    return doc, on_page


def S(name, font, size, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.25, **kw)


# ====================================================================== paper 3
def p03():
    stem = "2021-11-24-Cresswold-Joint-Audit-Committee-minutes"
    D = "2021-11-24"
    F = "Caladea"

    def foot(c, d):
        c.setFont(F, 8)
        c.drawString(2 * cm, 1.2 * cm, "Cresswold Joint Audit Committee – 24 Nov 21")
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "%d" % c.getPageNumber())

    doc, on_page = rl_doc(stem, footer=foot)
    body = S("b", F, 10, 13.5, spaceAfter=5)
    head = S("h", F + "-Bold", 11, 14, spaceBefore=8, spaceAfter=3)
    title = S("t", F + "-Bold", 17, 21)
    small = S("s", F, 10, 12.5, leftIndent=12)
    story = [
        Paragraph("Cresswold Joint Audit Committee", title),
        Paragraph("Minutes", S("t2", F, 13, 17)),
        Spacer(1, 4),
        HRFlowable(width="100%", thickness=1.2, color=colors.black, spaceAfter=4),
        Paragraph(
            "<b>Date:</b> 24 Nov 21 &nbsp;&nbsp;&nbsp;&nbsp; <b>Time:</b> 10:00 &nbsp;&nbsp;&nbsp;&nbsp; "
            "<b>Location:</b> Conference Room B, Force Headquarters, Millbeck",
            body,
        ),
        HRFlowable(width="100%", thickness=1.2, color=colors.black, spaceAfter=8),
    ]
    members = [
        ("Janet Oduya", "Independent Member (Chair)"),
        ("Raymond Sillitoe", "Independent Member"),
        ("Kavita Menon", "Independent Member"),
        ("Bernard Quist", "Independent Member"),
    ]
    attendees = [
        ("Andrea Lyle", "Chief Finance Officer, OPCC"),
        ("Simon Fairweather", "Director of Resources, Cresswold Constabulary"),
        ("Chloe Brandt", "Internal Audit Manager, Southern Audit Consortium"),
        ("Ifeanyi Nwosu", "Audit Manager, external auditor"),
    ]
    apols = [("Helen Marsh-Tully", "Deputy Chief Constable"), ("Owen Garside", "Chief Executive, OPCC")]
    for h, grp in (("Committee members", members), ("Attendees", attendees), ("Apologies", apols)):
        story.append(Paragraph(h, head))
        for n, r in grp:
            story.append(Paragraph(esc(f"{n}, {r}"), small))
    story.append(Spacer(1, 6))
    dec = {
        "2": "The Committee RESOLVED to approve the minutes of the meeting held on 15 Sep 21 as a correct record.",
        "3": "The Committee noted the internal audit progress report.",
        "4": "The Committee RESOLVED: that the Chair sign the letter of representation on behalf of the Committee.",
        "5": "The Committee endorsed the addition of the new risk on vetting backlogs to the strategic risk register.",
        "6": "The Committee agreed the treasury management mid-year report for submission to the Commissioner.",
    }
    act = {
        "3": (
            "Circulate the final report on firearms licensing to members when it is issued",
            "Internal Audit Manager",
        ),
        "5": ("Bring a deep dive on the vetting backlog risk to the March 2022 meeting", "DCC"),
        "6": ("Confirm the counterparty limits for the two money market funds by 17/12/2021", "CFO"),
    }
    items = [
        (
            "1",
            "Apologies and declarations of interest",
            [
                "Apologies were received as listed above. Kavita Menon declared that a family member works in the "
                "Constabulary’s finance department; the Committee did not consider this to be a conflict."
            ],
        ),
        (
            "2",
            "Minutes of the previous meeting (15 Sep 21) and matters arising",
            [dec["2"], "All matters arising were covered by the action log or elsewhere on the agenda."],
        ),
        (
            "3",
            "Internal audit progress report",
            [
                "The Internal Audit Manager reported that seven of the eleven planned audits had been completed, "
                "with two limited assurance opinions: firearms licensing and the management of overtime.",
                dec["3"],
                "ACTION: " + act["3"][0] + " (" + act["3"][1] + ")",
            ],
        ),
        (
            "4",
            "External audit annual report 2020/21",
            [
                "The Audit Manager confirmed that unqualified opinions had been issued on the financial statements "
                "of both the Commissioner and the Chief Constable, and that there were no significant weaknesses "
                "in value for money arrangements.",
                "Members noted that the Chief Finance Officer had approved the revised materiality threshold with "
                "the auditor.",
                dec["4"],
            ],
        ),
        (
            "5",
            "Strategic risk register",
            [
                "The Director of Resources introduced the register. A new risk on vetting backlogs had been added "
                "following the national review of vetting.",
                dec["5"],
                "ACTION: " + act["5"][0] + " (" + act["5"][1] + ")",
            ],
        ),
        (
            "6",
            "Treasury management mid-year review",
            [
                "The Chief Finance Officer reported that all borrowing and investment had been within the "
                "prudential indicators.",
                dec["6"],
                "ACTION: " + act["6"][0] + " (" + act["6"][1] + ")",
            ],
        ),
        ("7", "Any other business", ["None."]),
    ]
    for num, h, paras in items:
        block = [Paragraph(esc(f"Item {num}: {h}"), head)]
        for t in paras:
            txt = esc(t)
            if t.startswith("ACTION:"):
                txt = "<b>" + txt + "</b>"
            block.append(Paragraph(txt, body))
        block.append(HRFlowable(width="100%", thickness=0.4, color=colors.grey, spaceBefore=2, spaceAfter=2))
        story.append(KeepTogether(block))
    story += [
        Spacer(1, 10),
        Paragraph("The meeting closed at 12:05.", body),
        Paragraph("<i>Minutes approved by the Committee at its meeting on 2 Mar 22.</i>", body),
    ]
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    own = {
        "Internal Audit Manager": ["Internal Audit Manager"],
        "DCC": ["Deputy Chief Constable"],
        "CFO": ["Chief Finance Officer"],
    }
    gold = {
        "meetings": [
            {
                "body": "Cresswold Joint Audit Committee",
                "meeting_date": D,
                "start_time": "10:00",
                "location": "Conference Room B, Force Headquarters, Millbeck",
                "minutes_status": "approved",
            }
        ],
        "attendance": [
            {"meeting_date": D, "name": n, "attendance": a, "role_text": r}
            for grp, a in ((members, "member"), (attendees, "in_attendance"), (apols, "apologies"))
            for n, r in grp
        ],
        "decisions": [
            {"meeting_date": D, "item_number": k, "decision_type": t, "text": dec[k]}
            for k, t in (("2", "resolved"), ("3", "noted"), ("4", "resolved"), ("5", "endorsed"), ("6", "agreed"))
        ],
        "actions": [
            {
                "description": act[k][0],
                "action_number": None,
                "raised_date": D,
                "agenda_item_number": k,
                "owners": own[act[k][1]],
                "target_date": td,
                "status": "open",
                "owner_text": act[k][1],
            }
            for k, td in (("3", None), ("5", None), ("6", "2021-12-17"))
        ],
        "risks": [],
    }
    write_gold(stem, gold)


# ====================================================================== paper 4
def p04():
    stem = "2023-06-21-Wyrecombe-Fire-Authority-Policy-and-Resources-Committee-notes"
    D = "2023-06-21"
    F = "LibNarrow"

    def foot(c, d):
        c.setFont(F, 8.5)
        c.drawCentredString(A4[0] / 2, 1.1 * cm, "DRAFT NOTES – subject to confirmation at the next meeting")
        c.drawRightString(A4[0] - 2.2 * cm, 1.1 * cm, "%d" % c.getPageNumber())
        c.setStrokeColor(colors.HexColor("#B22222"))
        c.setLineWidth(3)
        c.line(2.2 * cm, A4[1] - 1.3 * cm, A4[0] - 2.2 * cm, A4[1] - 1.3 * cm)

    doc, on_page = rl_doc(stem, margins=2.2, footer=foot)
    body = S("b", F, 10.5, 13.5, spaceAfter=5)
    story = [
        Paragraph(
            "WYRECOMBE COMBINED FIRE AUTHORITY", S("t", F + "-Bold", 15, 19, textColor=colors.HexColor("#B22222"))
        ),
        Paragraph("Policy and Resources Committee", S("t1", F + "-Bold", 13, 17)),
        Paragraph(
            "Notes of the meeting held on Wednesday 21st June 2023 at 9.30am at Service Headquarters, "
            "Quarry Lane, Ashwell Cross",
            S("t2", F, 11, 14, spaceAfter=10),
        ),
    ]
    members = [
        ("Denise Harcourt", "Chair"),
        ("Edwin Marlow", "Vice-Chair"),
        ("Samira Haddad", "Member"),
        ("Philip Arkwright", "Member"),
        ("Joan Treharne", "Member"),
    ]
    officers = [
        ("Stuart Kellaway", "Chief Fire Officer"),
        ("Megan Lowther", "Treasurer"),
        ("Ashok Pillai", "Monitoring Officer"),
        ("Frances Dyer", "Democratic Services Officer"),
    ]
    apols = [("Neville Ambrose", "Member"), ("Grace Oyelaran", "Assistant Chief Fire Officer")]

    def cllr(n):
        return "Councillor " + n

    rows = [["Name", "Position"]]
    style = [
        ("FONT", (0, 0), (-1, -1), F, 10),
        ("FONT", (0, 0), (-1, 0), F + "-Bold", 10),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for h, grp, pre in (
        ("Members present", members, cllr),
        ("Officers present", officers, lambda n: n),
        ("Apologies", apols, None),
    ):
        rows.append([h, ""])
        r = len(rows) - 1
        style += [
            ("SPAN", (0, r), (1, r)),
            ("FONT", (0, r), (-1, r), F + "-Bold", 10),
            ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F2DCDB")),
        ]
        for n, p in grp:
            nm = cllr(n) if (pre is cllr or (pre is None and p == "Member")) else n
            rows.append([nm, p])
    t = Table(rows, colWidths=[6.5 * cm, 8.5 * cm], hAlign="LEFT")
    t.setStyle(TableStyle(style))
    story += [t, Spacer(1, 10)]
    dec = {
        "3.1": "The Committee agreed the notes of the meeting held on 15 March 2023 as a correct record.",
        "4.2": "The Committee RESOLVED that the transfer of £410,000 to the pay contingency reserve be approved.",
        "5.3": "The Committee endorsed the revised fleet replacement programme 2023–2028.",
        "6.2": "The Committee noted the annual internal audit opinion of reasonable assurance.",
    }
    act = {
        "4.3": ("Report the final pension scheme valuation figures to the September meeting", "Treasurer", "4"),
        "5.4": (
            "Circulate the evaluation of the electric appliance trial to members by 31 July 2023",
            "Chief Fire Officer",
            "5",
        ),
    }
    items = [
        (
            "1.",
            "Apologies for absence",
            [("1.1", "Apologies were received from Councillor Ambrose and the Assistant Chief Fire Officer.")],
        ),
        ("2.", "Declarations of interest", [("2.1", "There were no declarations of interest.")]),
        ("3.", "Notes of the meeting held on 15 March 2023", [("3.1", dec["3.1"])]),
        (
            "4.",
            "Revenue and capital outturn 2022/23",
            [
                (
                    "4.1",
                    "The Treasurer presented the outturn report. Revenue spending was £0.6m below budget, mainly "
                    "because of on-call vacancies and higher interest income.",
                ),
                ("4.2", dec["4.2"]),
                ("4.3", "ACTION: " + act["4.3"][0] + " (" + act["4.3"][1] + ")"),
            ],
        ),
        (
            "5.",
            "Fleet replacement programme",
            [
                (
                    "5.1",
                    "The Chief Fire Officer explained that delivery times for new pumping appliances had "
                    "lengthened to around eighteen months.",
                ),
                (
                    "5.2",
                    "Members noted that the Chief Fire Officer had approved the purchase of two replacement aerial "
                    "ladder platforms under delegated powers.",
                ),
                ("5.3", dec["5.3"]),
                ("5.4", "ACTION: " + act["5.4"][0] + " (" + act["5.4"][1] + ")"),
            ],
        ),
        (
            "6.",
            "Internal audit annual report and opinion",
            [
                (
                    "6.1",
                    "The internal auditor summarised the year’s work; no recommendations were rated high priority.",
                ),
                ("6.2", dec["6.2"]),
            ],
        ),
        ("7.", "Date of next meeting", [("7.1", "Wednesday 20th September 2023 at 9.30am.")]),
    ]
    for num, h, paras in items:
        rows = [[Paragraph(f"<b>{num}</b>", body), Paragraph(f"<b>{esc(h)}</b>", body)]]
        for n, txt in paras:
            x = esc(txt)
            if txt.startswith("ACTION:"):
                x = "<b>" + x + "</b>"
            rows.append([Paragraph(n, body), Paragraph(x, body)])
        tt = Table(rows, colWidths=[1.3 * cm, 15.3 * cm], hAlign="LEFT")
        tt.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        story += [tt, Spacer(1, 4)]
    story.append(Paragraph("The meeting ended at 11.15am.", body))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    gold = {
        "meetings": [
            {
                "body": "Wyrecombe Combined Fire Authority Policy and Resources Committee",
                "meeting_date": D,
                "start_time": "09:30",
                "location": "Service Headquarters, Quarry Lane, Ashwell Cross",
                "minutes_status": "draft",
            }
        ],
        "attendance": [
            {"meeting_date": D, "name": n, "attendance": a, "role_text": r}
            for grp, a in ((members, "member"), (officers, "in_attendance"), (apols, "apologies"))
            for n, r in grp
        ],
        "decisions": [
            {"meeting_date": D, "item_number": k, "decision_type": t, "text": dec[k]}
            for k, t in (("3.1", "agreed"), ("4.2", "resolved"), ("5.3", "endorsed"), ("6.2", "noted"))
        ],
        "actions": [
            {
                "description": act[k][0],
                "action_number": None,
                "raised_date": D,
                "agenda_item_number": act[k][2],
                "owners": [act[k][1]],
                "target_date": td,
                "status": "open",
                "owner_text": act[k][1],
            }
            for k, td in (("4.3", None), ("5.4", "2023-07-31"))
        ],
        "risks": [],
    }
    write_gold(stem, gold)


# ====================================================================== paper 5
def p05():
    stem = "2023-02-07-Dunmarsh-Police-and-Crime-Panel-agenda"
    D = "2023-02-07"
    doc = new_doc("Nimbus Sans", 10.5, margins=2.2)
    footer_page(doc, prefix="", with_total=False, align="c", size=9)
    para(doc, "Dunmarsh County Council – Democratic Services", size=9, align="r", after=14)
    para(doc, "Dunmarsh Police and Crime Panel", bold=True, size=18, after=10)
    table(
        doc,
        [
            ["Date:", "Tuesday, 7th February, 2023"],
            ["Time:", "10.00 am"],
            ["Venue:", "Council Chamber, Shire Hall, Ellerby"],
            ["Contact:", "Hamid Rashid, Panel Secretary (tel. 01632 960 418)"],
        ],
        [2.6, 13.0],
        style="none",
        header_rows=0,
    )
    para(doc, "", after=4)
    para(doc, "Membership", bold=True, after=2)
    para(
        doc,
        "Councillors Priya Venkatesan (Chair), Gordon Featherstone (Vice-Chair), Beverley Achebe, "
        "Moira Halloran, Alison Pryce, Julian Thorne and Tomasz Wilk; Independent Co-opted Members "
        "Dr Hugh Penrose and Sandra Okafor.",
        size=9.5,
        after=10,
    )
    para(doc, "AGENDA", bold=True, size=13, after=4)
    items = [
        (
            "1.",
            "Apologies for Absence and Substitutes",
            "To receive apologies and notification of any substitutes.",
            "",
        ),
        ("2.", "Declarations of Interest", "Members are asked to declare any interests in items on this agenda.", ""),
        (
            "3.",
            "Minutes of the meeting held on 12th October 2022",
            "To confirm the minutes as a correct record.",
            "1 - 8",
        ),
        ("4.", "Public Questions", "To receive any questions submitted under the Panel’s procedure rules.", ""),
        ("5.", "Proposed Police Precept 2023/24", "Report of the Police and Crime Commissioner.", "9 - 36"),
        (
            "6.",
            "Police and Crime Plan Performance – Quarter 3 2022/23",
            "Report of the Police and Crime Commissioner.",
            "37 - 58",
        ),
        ("7.", "Complaints Update", "Report of the Panel Secretary.", "59 - 62"),
        ("8.", "Panel Work Programme 2023", "Report of the Panel Secretary.", "63 - 68"),
        (
            "9.",
            "Exclusion of the Press and Public",
            "To consider whether to exclude the press and public for the following item on the grounds that it "
            "involves the likely disclosure of exempt information.",
            "",
        ),
        (
            "10.",
            "Appointment of Interim Chief Executive – Confirmation Hearing",
            "Report of the Police and Crime Commissioner (exempt).",
            "69 - 80",
        ),
    ]
    rows = [["No.", "Item", "Pages"]]
    for n, title, sub, pages in items:
        rows.append([n, f"**{title}**\n{sub}", pages])
    table(doc, rows, [1.4, 12.6, 2.2], style="hrule", size=10)
    para(doc, "", after=4)
    para(doc, "Agenda published: Monday, 30th January, 2023", size=8.5, italic=True)
    gold = {
        "meetings": [
            {
                "body": "Dunmarsh Police and Crime Panel",
                "meeting_date": D,
                "start_time": "10:00",
                "location": "Council Chamber, Shire Hall, Ellerby",
                "minutes_status": None,
            }
        ],
        "attendance": [],
        "agenda_items": [
            {
                "meeting_date": D,
                "item_number": n.rstrip("."),
                "title": title,
                **({"presenter_text": sub} if sub.startswith("Report of") else {}),
            }
            for n, title, sub, _ in items
        ],
        "decisions": [],
        "actions": [],
        "risks": [],
    }
    save_docx(doc, stem)
    write_gold(stem, gold)


# ====================================================================== paper 6
def p06():
    stem = "2023-02-01-Hallowdene-Joint-Audit-Committee-agenda"
    D = "2023-02-01"
    F = "Carlito"

    def foot(c, d):
        c.setFont(F, 8)
        c.drawString(2.3 * cm, 1.0 * cm, "Hallowdene Joint Audit Committee | Agenda | 01.02.23")

    doc, on_page = rl_doc(stem, margins=2.3, footer=foot)
    body = S("b", F, 11, 14, spaceAfter=4)
    story = [
        Paragraph("HALLOWDENE JOINT AUDIT COMMITTEE", S("t", F + "-Bold", 16, 20, alignment=1)),
        Paragraph(
            "Police and Crime Commissioner for Hallowdene and Chief Constable of Hallowdene Police",
            S("t1", F, 10.5, 13, alignment=1, textColor=colors.HexColor("#44546A")),
        ),
        Spacer(1, 14),
        Paragraph(
            "Notice is given that a meeting of the Committee will be held on <b>Wednesday 1st February "
            "2023</b>, starting at <b>14:00</b>, in the Training Suite, Police Headquarters, Corvenham.",
            body,
        ),
        Paragraph(
            "Members of the public may attend Part A of the meeting. Please contact the OPCC governance "
            "officer in advance.",
            body,
        ),
        Spacer(1, 10),
        Paragraph("<b>AGENDA</b>", S("a", F, 13, 16, spaceAfter=6)),
        Paragraph("<b>PART A – OPEN SESSION</b>", S("pa", F, 10.5, 14, spaceAfter=4)),
    ]
    items = [
        ("14:00", "1", "Welcome, introductions and apologies", "Chair"),
        ("14:05", "2", "Declarations of interest", "Chair"),
        ("14:10", "3", "Minutes of the meeting held on 9th November 2022 and action log", "Chair"),
        ("14:20", "4", "Internal audit progress report 2022/23", "Head of Internal Audit"),
        ("14:45", "5", "External audit plan 2022/23", "External Auditor"),
        ("15:10", "6", "Strategic risk register – Quarter 3", "Deputy Chief Constable"),
        ("15:35", "7", "Treasury management strategy 2023/24", "Chief Finance Officer (OPCC)"),
        ("15:50", "8", "Committee work plan and training needs", "Chief Executive (OPCC)"),
        (None, None, "PART B – CLOSED SESSION (members and auditors only)", None),
        ("16:00", "9", "Private discussion with internal and external auditors", "Chair"),
    ]
    rows = []
    style = [
        ("FONT", (0, 0), (-1, -1), F, 11),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    for tm, n, title, lead in items:
        if n is None:
            rows.append([Paragraph(f"<b>{title}</b>", S("pb", F, 10.5, 14, spaceBefore=6)), "", ""])
            style.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
            continue
        rows.append(
            [
                tm,
                Paragraph(f"<b>Item {n}:</b> {esc(title)}", body),
                Paragraph(f"<i>Lead: {esc(lead)}</i>", S("l", F, 10, 13)),
            ]
        )
    t = Table(rows, colWidths=[1.6 * cm, 9.6 * cm, 5.2 * cm], hAlign="LEFT")
    t.setStyle(TableStyle(style))
    story += [
        t,
        Spacer(1, 16),
        Paragraph("Date of next meeting: Wednesday 10th May 2023 at 14:00", body),
        Paragraph("Papers for items 4 to 8 are attached. Item 9 is not minuted.", body),
    ]
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    gold = {
        "meetings": [
            {
                "body": "Hallowdene Joint Audit Committee",
                "meeting_date": D,
                "start_time": "14:00",
                "location": "Training Suite, Police Headquarters, Corvenham",
                "minutes_status": None,
            }
        ],
        "attendance": [],
        "agenda_items": [
            {"meeting_date": D, "item_number": n, "title": title, "presenter_text": lead}
            for _, n, title, lead in items
            if n
        ],
        "decisions": [],
        "actions": [],
        "risks": [],
    }
    write_gold(stem, gold)


MON = {m: i + 1 for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())}
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("January February March April May June July August September October November December").split()
    )
}


def iso_dmy_short(s):  # "12 Jan 22"
    d, m, y = s.split()
    return "20%s-%02d-%02d" % (y, MON[m], int(d))


# ====================================================================== paper 7
def p07():
    stem = "2022-05-17-Ormsbury-Estates-and-Change-Board-action-tracker"
    doc = new_doc("Liberation Sans Narrow", 9, landscape=True, margins=1.5)
    header_text(doc, "OPCC Ormsbury – Estates and Change Board", size=8, align="l")
    footer_page(doc, prefix="Page ", size=8, align="c")
    para(doc, "ESTATES AND CHANGE BOARD – ACTION TRACKER", bold=True, size=14, after=0)
    para(doc, "Position as at 17 May 2022", size=10, after=8)
    acts = [
        (
            "ECB 22/01",
            "12 Jan 22",
            "4",
            "Confirm the decant plan for the Westgate custody suite refurbishment.",
            "Head of Estates",
            "28 Feb 22",
            "Plan agreed by Chief Officer Group on 22 Feb 22.",
            "Complete",
        ),
        (
            "ECB 22/02",
            "12 Jan 22",
            "5",
            "Report the revised whole-life costs of the fleet electrification pilot.",
            "CFO",
            "31 Mar 22 (revised 30 Jun 22)",
            "Supplier quotes awaited.",
            "Open",
        ),
        (
            "ECB 22/03",
            "12 Jan 22",
            "6",
            "Share the ICT change roadmap with the OPCC.",
            "ACC",
            "14 Feb 22",
            "Roadmap circulated 10 Feb 22.",
            "Complete",
        ),
        (
            "ECB 22/04",
            "09 Mar 22",
            "3",
            "Arrange a site visit to Brinkhurst police station for the Commissioner.",
            "OPCC",
            "TBC",
            "Paused until the refurbishment contractor is appointed.",
            "On hold",
        ),
        (
            "ECB 22/05",
            "09 Mar 22",
            "4",
            "Provide a business case for a shared firearms training range with the fire service.",
            "DCC",
            "11 May 22",
            "Draft received; to be presented at the June meeting.",
            "Open",
        ),
        (
            "ECB 22/06",
            "09 Mar 22",
            "4.2",
            "Confirm the Force’s contribution to the joint control room feasibility study.",
            "Force",
            "30 Apr 22",
            "£45,000 confirmed in writing.",
            "Complete",
        ),
        (
            "ECB 22/07",
            "09 Mar 22",
            "5",
            "Update the change portfolio risk log and circulate it to members.",
            "Chief Executive / CFO",
            "End of April",
            "",
            "Open",
        ),
        (
            "ECB 22/08",
            "13 Apr 22",
            "3",
            "Prepare the Commissioner’s decision notice on the Westgate lease.",
            "Chief Executive",
            "20 May 22",
            "In draft.",
            "Open",
        ),
    ]
    hdr = ["Action No.", "Date raised", "Agenda item", "Action", "Action owner", "Deadline", "Update", "Status"]
    t = table(
        doc,
        [hdr] + [list(a) for a in acts],
        [2.0, 1.9, 1.6, 7.2, 3.0, 3.2, 5.6, 2.0],
        style="grid",
        header_fill="1F3864",
        size=9,
    )
    for c in t.rows[0].cells:
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    fills = {"Complete": "C6EFCE", "Open": "FFEB9C", "On hold": "D9D9D9"}
    for i, a in enumerate(acts, start=1):
        shade(t.cell(i, 7), fills[a[7]])
    own = {
        "Head of Estates": ["Head of Estates"],
        "CFO": ["Chief Finance Officer"],
        "ACC": ["Assistant Chief Constable"],
        "OPCC": ["Office of the Police and Crime Commissioner"],
        "DCC": ["Deputy Chief Constable"],
        "Force": ["Ormsbury Constabulary"],
        "Chief Executive / CFO": ["Chief Executive", "Chief Finance Officer"],
        "Chief Executive": ["Chief Executive"],
    }

    def target(s):
        if "revised" in s:
            s = s.split("revised ")[1].rstrip(")")
        return iso_dmy_short(s) if s[:2].isdigit() else None

    gold = {
        "attendance": [],
        "agenda_items": [],
        "decisions": [],
        "actions": [
            {
                "description": a[3],
                "action_number": a[0],
                "raised_date": iso_dmy_short(a[1]),
                "agenda_item_number": a[2],
                "owners": own[a[4]],
                "target_date": target(a[5]),
                "status": "closed" if a[7] == "Complete" else "open",
                "owner_text": a[4],
                "target_date_text": a[5],
            }
            for a in acts
        ],
        "risks": [],
    }
    save_docx(doc, stem)
    write_gold(stem, gold)


# ====================================================================== paper 8
def p08():
    stem = "2021-11-10-Cresswold-JAC-action-log"
    F = "Helvetica"

    def foot(c, d):
        c.setFont(F, 7.5)
        c.drawString(1.8 * cm, 1.0 * cm, "JAC action log v4 – prepared by the OPCC governance team")
        c.drawRightString(A4[0] - 1.8 * cm, 1.0 * cm, "page %d" % c.getPageNumber())

    doc, on_page = rl_doc(stem, margins=1.8, footer=foot)
    cellst = S("c", F, 8.5, 10.5)
    story = [
        Paragraph("Cresswold Joint Audit Committee", S("t", "Helvetica-Bold", 14, 18)),
        Paragraph("Action log – position at 10 November 2021", S("t2", F, 11, 15, spaceAfter=10)),
    ]
    groups = [
        (
            "16 June 2021",
            "2021-06-16",
            [
                (
                    "JAC 21/07",
                    "Item 4",
                    "Review the Constabulary’s fraud response plan against the CIPFA code.",
                    "Director of Resources",
                    "30/09/2021",
                    "Closed – revised plan reported in September.",
                ),
                (
                    "JAC 21/09",
                    "Item 6",
                    "Provide the Committee with the gifts and hospitality register for chief officers.",
                    "Chief Executive",
                    "15/09/2021 (revised 24/11/2021)",
                    "Open – register being reconciled with declarations.",
                ),
            ],
        ),
        (
            "15 September 2021",
            "2021-09-15",
            [
                (
                    "JAC 21/12",
                    "Item 3",
                    "Circulate the internal audit charter showing tracked changes.",
                    "Internal Audit Manager",
                    "01/10/2021",
                    "Closed – circulated 28/09/2021.",
                ),
                (
                    "JAC 21/13",
                    "Item 5",
                    "Seek legal advice on the termination clause of the regional collaboration agreement.",
                    "OPCC / Force",
                    "December 2021",
                    "Open – instructions sent to counsel.",
                ),
                (
                    "JAC 21/14",
                    "Item 5",
                    "Add the collaboration agreement risk to the OPCC risk register.",
                    "Chief Executive",
                    "31/10/2021",
                    "Closed – added as risk OR7.",
                ),
                (
                    "JAC 21/15",
                    "Item 7",
                    "Include benchmarking data in the next treasury management report.",
                    "CFO",
                    "Next meeting",
                    "Open",
                ),
            ],
        ),
    ]
    hdr = ["Ref", "Minute", "Action", "Lead", "Target", "Position"]
    widths = [1.8, 1.4, 5.6, 2.8, 2.6, 3.2]
    gold_actions = []
    own = {
        "Director of Resources": ["Director of Resources"],
        "Chief Executive": ["Chief Executive"],
        "Internal Audit Manager": ["Internal Audit Manager"],
        "OPCC / Force": ["Office of the Police and Crime Commissioner", "Cresswold Constabulary"],
        "CFO": ["Chief Finance Officer"],
    }

    def target(s):
        if "revised" in s:
            s = s.split("revised ")[1].rstrip(")")
        if s[:2].isdigit():
            d, m, y = s.split("/")
            return f"{y}-{m}-{d}"
        return None

    for label, iso, rows in groups:
        story.append(
            Paragraph(
                "Actions from the meeting held on " + label,
                S("g", "Helvetica-Bold", 10, 13, spaceBefore=8, spaceAfter=4),
            )
        )
        data = [[Paragraph(f"<b>{h}</b>", cellst) for h in hdr]]
        for r in rows:
            data.append([Paragraph(esc(x), cellst) for x in r])
            gold_actions.append(
                {
                    "description": r[2],
                    "action_number": r[0],
                    "raised_date": iso,
                    "agenda_item_number": r[1].split()[1],
                    "owners": own[r[3]],
                    "target_date": target(r[4]),
                    "status": "closed" if r[5].startswith("Closed") else "open",
                    "owner_text": r[3],
                    "target_date_text": r[4],
                }
            )
        t = Table(data, colWidths=[w * cm for w in widths], hAlign="LEFT", repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#999999")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(t)
    story += [
        Spacer(1, 10),
        Paragraph(
            "Closed actions will be removed from the log after they have been reported to one meeting.",
            S("n", "Helvetica-Oblique", 8.5, 11),
        ),
    ]
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    write_gold(stem, {"attendance": [], "agenda_items": [], "decisions": [], "actions": gold_actions, "risks": []})


# ====================================================================== paper 9
def p09():
    stem = "2023-09-27-Wyrecombe-Fire-Authority-action-log"
    doc = new_doc("Caladea", 9.5, margins=1.7)
    footer_page(doc, prefix="Page ", size=8, align="r")
    para(doc, "Wyrecombe Combined Fire Authority", bold=True, size=15, color="B22222", after=0)
    para(doc, "Record of actions – for the Authority meeting on 27 September 2023", size=11, after=2)
    para(doc, "Agenda item 4", italic=True, size=9, after=8)
    acts = [
        (
            "FA23/02",
            "22.02.23",
            "112",
            "Write to the Home Office about the funding of the pensions remedy administration.",
            "Chief Fire Officer",
            "31 March 2023",
            "Letter sent 14 March 2023; reply received.",
            "Complete",
        ),
        (
            "FA23/03",
            "22.02.23",
            "114",
            "Publish the revised Pay Policy Statement on the Authority’s website.",
            "Monitoring Officer",
            "31 March 2023",
            "Published 28 March 2023.",
            "Complete",
        ),
        (
            "FA23/05",
            "26.04.23",
            "8",
            "Arrange a members’ briefing on the Community Risk Management Plan consultation.",
            "Assistant Chief Fire Officer",
            "14 July 2023",
            "Briefing held 11 July 2023.",
            "Complete",
        ),
        (
            "FA23/06",
            "26.04.23",
            "9",
            "Review the use of on-call retention payments with the representative bodies.",
            "Director of People",
            "Q3 2023/24",
            "Paused pending the national pay negotiations.",
            "On hold",
        ),
        (
            "FA23/07",
            "28.06.23",
            "21",
            "Report the outcome of the HMICFRS inspection to the Authority.",
            "Chief Fire Officer",
            "27 September 2023",
            "Report at item 7 of this agenda.",
            "Open",
        ),
        (
            "FA23/08",
            "28.06.23",
            "24",
            "Agree the terms of reference for the joint estates review with the Constabulary.",
            "Chief Fire Officer and Treasurer",
            "30 November 2023",
            "",
            "Open",
        ),
    ]
    hdr = ["Ref", "Meeting", "Minute", "Action required", "Responsible officer", "Target date", "Progress", "Status"]
    table(
        doc,
        [hdr] + [list(a) for a in acts],
        [1.5, 1.5, 1.4, 4.0, 2.4, 2.0, 3.0, 1.8],
        style="hrule",
        size=8.5,
        header_fill="F2F2F2",
    )

    def iso_long(s):
        p = s.split()
        if len(p) == 3 and p[0].isdigit():
            return "%s-%02d-%02d" % (p[2], MONTHS[p[1]], int(p[0]))
        return None

    def iso_dots(s):
        return f"20{s[6:8]}-{s[3:5]}-{s[0:2]}"

    def own(o):
        return [x.strip() for x in o.split(" and ")]

    gold = {
        "attendance": [],
        "agenda_items": [],
        "decisions": [],
        "actions": [
            {
                "description": a[3],
                "action_number": a[0],
                "raised_date": iso_dots(a[1]),
                "agenda_item_number": a[2],
                "owners": own(a[4]),
                "target_date": iso_long(a[5]),
                "status": "closed" if a[7] == "Complete" else "open",
                "owner_text": a[4],
                "target_date_text": a[5],
            }
            for a in acts
        ],
        "risks": [],
    }
    save_docx(doc, stem)
    write_gold(stem, gold)


# ====================================================================== paper 10
def p10():
    stem = "2022-04-14-Ormsbury-OPCC-risk-register"
    RD = "2022-04-14"
    doc = new_doc("Carlito", 9, landscape=True, margins=1.4)
    footer_page(doc, prefix="", with_total=False, size=8, align="r")
    para(doc, "Office of the Police and Crime Commissioner for Ormsbury", size=10, color="1F4E79", after=0)
    para(doc, "OPCC Risk Register", bold=True, size=15, after=0)
    para(doc, "Reviewed by the OPCC Senior Management Team: 14 April 2022", size=10, after=8)
    groups = [
        (
            "Keeping people safe",
            [
                (
                    "R01",
                    "The Commissioner cannot hold the Chief Constable to account effectively because performance "
                    "data is incomplete or late.",
                    "Chief Executive",
                    3,
                    4,
                    "Stable",
                    "Performance framework refreshed; quarterly data assurance by OPCC analyst.",
                    2,
                    4,
                ),
                (
                    "R02",
                    "Commissioned victim services cannot meet demand after national grant funding ends.",
                    "Head of Commissioning",
                    4,
                    4,
                    "Increasing",
                    "Three-year grant agreements; demand modelling with providers.",
                    2,
                    4,
                ),
            ],
        ),
        (
            "Value for money",
            [
                (
                    "R03",
                    "The medium term financial plan cannot be balanced without a reduction in officer numbers.",
                    "Chief Finance Officer",
                    3,
                    5,
                    "Reducing",
                    "Savings plan of £4.1m agreed; reserves strategy reviewed annually.",
                    2,
                    5,
                ),
                (
                    "R04",
                    "Estate disposals are delayed, reducing the capital receipts available for the building programme.",
                    "Chief Finance Officer",
                    3,
                    3,
                    "Stable",
                    "Disposal schedule monitored by Estates and Change Board.",
                    2,
                    3,
                ),
            ],
        ),
        (
            "Public confidence",
            [
                (
                    "R05",
                    "Engagement does not reach enough rural and minority ethnic residents to inform the Police and "
                    "Crime Plan.",
                    "Head of Communications",
                    3,
                    3,
                    "Stable",
                    "Community panels in each district; targeted online survey.",
                    2,
                    2,
                ),
                (
                    "R06",
                    "A data breach in the complaint review process leads to regulatory action by the ICO.",
                    "Chief Executive",
                    2,
                    5,
                    "Stable",
                    "Data protection training; restricted case files.",
                    1,
                    5,
                ),
            ],
        ),
    ]
    n = 2 + sum(1 + len(g[1]) for g in groups)
    widths = [1.2, 5.8, 2.6, 1.8, 1.4, 1.6, 1.9, 5.5, 1.8, 1.4, 1.6]
    t = doc.add_table(rows=n, cols=11)
    t.autofit = False
    _borders(
        t._tbl.tblPr,
        "w:tblBorders",
        {e: ("single", 4) for e in ("top", "left", "bottom", "right", "insideH", "insideV")},
    )
    fix_widths(t, widths)
    h0 = ["Ref", "Risk", "Owner", "Likelihood", "Impact", "Risk rating", "Trend", "Mitigation"]
    for i, h in enumerate(h0):
        c = t.cell(0, i).merge(t.cell(1, i))
        cell_text(c, h, bold=True)
        shade(c, "BDD7EE")
    tg = t.cell(0, 8).merge(t.cell(0, 10))
    cell_text(tg, "Target", bold=True, align="c")
    shade(tg, "E2EFDA")
    for i, h in enumerate(["Likelihood", "Impact", "Risk rating"]):
        cell_text(t.cell(1, 8 + i), h, bold=True)
        shade(t.cell(1, 8 + i), "E2EFDA")
    r = 2
    risks = []
    for obj, rs in groups:
        merge_row(t, r, obj, bold=True, italic=True, fill="F2F2F2")
        r += 1
        for ref, desc, owner, L, I, trend, mit, tL, tI in rs:
            vals = [ref, desc, owner, L, I, L * I, trend, mit, tL, tI, tL * tI]
            for i, v in enumerate(vals):
                cell_text(t.cell(r, i), str(v), align="c" if i in (3, 4, 5, 8, 9, 10) else None)
            r += 1
            risks.append(
                {
                    "reference": ref,
                    "objective": obj,
                    "description": desc,
                    "ratings": [
                        {
                            "phase": "current",
                            "phase_text": "Likelihood / Impact / Risk rating",
                            "likelihood": L,
                            "impact": I,
                            "score": L * I,
                            "register_date": RD,
                        },
                        {
                            "phase": "target",
                            "phase_text": "Target",
                            "likelihood": tL,
                            "impact": tI,
                            "score": tL * tI,
                            "register_date": RD,
                        },
                    ],
                }
            )
    para(doc, "", after=2)
    para(
        doc,
        "Likelihood and impact are each scored 1 (low) to 5 (high); risk rating = likelihood × impact.",
        size=8,
        italic=True,
    )
    save_docx(doc, stem)
    write_gold(stem, {"attendance": [], "agenda_items": [], "decisions": [], "actions": [], "risks": risks})


# ====================================================================== paper 11
def p11():
    stem = "2023-03-31-Hallowdene-Police-strategic-risk-register"
    RD = "2023-03-31"
    F = "Caladea"
    PS = LANDSCAPE(A4)

    def foot(c, d):
        c.setFont(F, 8)
        c.drawString(1.5 * cm, 0.9 * cm, "Hallowdene Police – Strategic Risk Register – as at 31.03.23")
        c.drawRightString(PS[0] - 1.5 * cm, 0.9 * cm, "%d" % c.getPageNumber())

    doc, on_page = rl_doc(stem, pagesize=PS, margins=1.5, footer=foot)
    cs = S("c", F, 9, 11)
    csb = S("cb", F + "-Bold", 9, 11)
    story = [
        Paragraph("Hallowdene Police", S("t0", F, 11, 14, textColor=colors.HexColor("#1B365D"))),
        Paragraph("Strategic Risk Register", S("t", F + "-Bold", 16, 20)),
        Paragraph(
            "As at 31.03.23 &nbsp;|&nbsp; Owner: Chief Officer Team &nbsp;|&nbsp; Scores shown as "
            "Likelihood x Impact = Score",
            S("t2", F, 10, 13, spaceAfter=8),
        ),
    ]
    themes = [
        (
            "Workforce",
            [
                (
                    "SRR-01",
                    "Officer attrition in the first two years of service exceeds the recruitment pipeline.",
                    "Assistant Chief Constable",
                    (4, 4),
                    (4, 3),
                    (2, 3),
                    "Exit interviews; tutor constable capacity increased.",
                ),
                (
                    "SRR-02",
                    "Vetting backlogs delay the deployment of new staff into critical roles.",
                    "Deputy Chief Constable",
                    (4, 3),
                    (3, 3),
                    (2, 2),
                    "Additional vetting officers; risk-based prioritisation.",
                ),
            ],
        ),
        (
            "Technology",
            [
                (
                    "SRR-03",
                    "The legacy command and control system fails before its replacement goes live in 2024.",
                    "Director of Digital Services",
                    (3, 5),
                    (3, 4),
                    (1, 4),
                    "Extended support contract; tested fallback procedures.",
                ),
                (
                    "SRR-04",
                    "A cyber attack disrupts access to core policing systems.",
                    "Director of Digital Services",
                    (4, 5),
                    (3, 5),
                    (2, 5),
                    "Network segmentation; exercised incident response plan.",
                ),
            ],
        ),
        (
            "Finance",
            [
                (
                    "SRR-05",
                    "Inflationary pressures exceed the assumptions in the 2023/24 budget.",
                    "Director of Finance",
                    (5, 4),
                    (4, 4),
                    (3, 3),
                    "Monthly monitoring; contingency budget of £2m.",
                )
            ],
        ),
        (
            "Public trust",
            [
                (
                    "SRR-06",
                    "Misconduct cases involving officers undermine public confidence in the force.",
                    "Deputy Chief Constable",
                    (4, 4),
                    (3, 4),
                    (2, 4),
                    "Professional Standards capacity; proactive counter-corruption work.",
                )
            ],
        ),
    ]
    hdr = ["Ref", "Risk description", "Risk owner", "Original score", "Key controls", "Current score", "Target score"]
    data = [[Paragraph(h, csb) for h in hdr]]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D6DCE4")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    risks = []

    def sc(p):
        return "%dx%d=%d" % (p[0], p[1], p[0] * p[1])

    for th, rs in themes:
        data.append([Paragraph("Theme: " + th, csb)] + [""] * 6)
        ri = len(data) - 1
        style += [("SPAN", (0, ri), (-1, ri)), ("BACKGROUND", (0, ri), (-1, ri), colors.HexColor("#EDEDED"))]
        for ref, desc, owner, o, c, tg, ctrl in rs:
            data.append(
                [
                    Paragraph(ref, cs),
                    Paragraph(esc(desc), cs),
                    Paragraph(owner, cs),
                    Paragraph(sc(o), cs),
                    Paragraph(esc(ctrl), cs),
                    Paragraph(sc(c), cs),
                    Paragraph(sc(tg), cs),
                ]
            )
            risks.append(
                {
                    "reference": ref,
                    "objective": th,
                    "description": desc,
                    "ratings": [
                        {
                            "phase": ph,
                            "phase_text": pt,
                            "likelihood": p[0],
                            "impact": p[1],
                            "score": p[0] * p[1],
                            "register_date": RD,
                        }
                        for ph, pt, p in (
                            ("inherent", "Original score", o),
                            ("current", "Current score", c),
                            ("target", "Target score", tg),
                        )
                    ],
                }
            )
    t = Table(data, colWidths=[c * cm for c in (1.7, 7.2, 3.8, 2.4, 7.4, 2.4, 2.4)], repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle(style))
    story += [
        t,
        Spacer(1, 8),
        Paragraph(
            "Original score: assessed before any controls. Current score: with existing controls. "
            "Target score: expected once planned actions are complete.",
            S("n", F + "-Italic", 8.5, 11),
        ),
    ]
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    write_gold(stem, {"attendance": [], "agenda_items": [], "decisions": [], "actions": [], "risks": risks})


# ====================================================================== paper 12
def p12():
    stem = "2021-10-Dunmarsh-Fire-Authority-corporate-risk-register"
    doc = new_doc("Liberation Sans", 8, margins=1.2)
    footer_page(doc, prefix="Corporate Risk Register – page ", with_total=False, size=7.5, align="c")
    para(doc, "DUNMARSH FIRE AND RESCUE AUTHORITY", bold=True, size=13, after=0)
    para(doc, "Corporate Risk Register – October 2021", size=11, after=2)
    para(doc, "Ratings: Low (1–4), Medium (5–10), High (12–16), Very high (20–25)", size=8, italic=True, after=6)

    def band(s):
        return "Low" if s <= 4 else "Medium" if s <= 10 else "High" if s <= 16 else "Very high"

    groups = [
        (
            "Objective 1: Prevent and protect",
            "Prevent and protect",
            [
                (
                    "CR1",
                    "Fire safety inspections of high-rise residential buildings fall behind the programme.",
                    "Head of Protection",
                    (4, 4),
                    (3, 3),
                    "Risk-based inspection programme; additional inspectors.",
                    "05.10.21",
                )
            ],
        ),
        (
            "Objective 2: Respond",
            "Respond",
            [
                (
                    "CR2",
                    "On-call appliance availability at rural stations falls below the standard during the day.",
                    "Head of Response",
                    (5, 4),
                    (4, 3),
                    "Day-crewing contracts; availability dashboard.",
                    "12.10.21",
                ),
                (
                    "CR3",
                    "An outage of the mobilising system prevents the timely dispatch of resources.",
                    "Head of Control",
                    (3, 5),
                    (2, 5),
                    "Secondary control room; fallback mobilising.",
                    "12.10.21",
                ),
            ],
        ),
        (
            "Objective 3: Organisational resilience",
            "Organisational resilience",
            [
                (
                    "CR4",
                    "Industrial action by firefighters reduces operational cover.",
                    "Chief Fire Officer",
                    (3, 4),
                    (3, 3),
                    "Business continuity plans; resilience contract.",
                    "30.09.21",
                ),
                (
                    "CR5",
                    "A reduction in government grant leaves a budget gap in 2022/23.",
                    "Treasurer",
                    (4, 5),
                    (3, 4),
                    "Medium term financial plan; efficiency programme.",
                    "21.10.21",
                ),
            ],
        ),
    ]
    hdr0 = [
        "Risk No.",
        "Risk description",
        "Risk owner",
        "Inherent risk",
        None,
        None,
        "Key controls",
        "Residual risk",
        None,
        None,
        "Last updated",
    ]
    hdr1 = [None, None, None, "L", "I", "Rating", None, "L", "I", "Rating", None]
    nrows = 2 + sum(1 + len(g[2]) for g in groups)
    widths = [1.1, 4.1, 1.9, 0.6, 0.6, 2.0, 3.0, 0.6, 0.6, 2.0, 1.5]
    t = doc.add_table(rows=nrows, cols=11)
    t.autofit = False
    _borders(
        t._tbl.tblPr,
        "w:tblBorders",
        {e: ("single", 4) for e in ("top", "left", "bottom", "right", "insideH", "insideV")},
    )
    fix_widths(t, widths)
    for i in (0, 1, 2, 6, 10):
        c = t.cell(0, i).merge(t.cell(1, i))
        cell_text(c, hdr0[i], bold=True)
        shade(c, "D9D9D9")
    for a, b in ((3, 5), (7, 9)):
        c = t.cell(0, a).merge(t.cell(0, b))
        cell_text(c, hdr0[a], bold=True, align="c")
        shade(c, "D9D9D9")
        for i in range(a, b + 1):
            cell_text(t.cell(1, i), hdr1[i], bold=True, align="c")
            shade(t.cell(1, i), "D9D9D9")
    fill = {"Low": "C6EFCE", "Medium": "FFEB9C", "High": "F8CBAD", "Very high": "FF7C80"}
    r = 2
    risks = []
    for heading, obj, rs in groups:
        merge_row(t, r, heading, bold=True)
        r += 1
        for ref, desc, owner, inh, res, ctrl, upd in rs:
            si, sr = inh[0] * inh[1], res[0] * res[1]
            vals = [
                ref,
                desc,
                owner,
                inh[0],
                inh[1],
                f"{band(si)} ({si})",
                ctrl,
                res[0],
                res[1],
                f"{band(sr)} ({sr})",
                upd,
            ]
            for i, v in enumerate(vals):
                cell_text(t.cell(r, i), str(v), align="c" if i in (3, 4, 7, 8) else None)
            shade(t.cell(r, 5), fill[band(si)])
            shade(t.cell(r, 9), fill[band(sr)])
            r += 1
            rd = f"20{upd[6:8]}-{upd[3:5]}-{upd[0:2]}"
            risks.append(
                {
                    "reference": ref,
                    "objective": obj,
                    "description": desc,
                    "ratings": [
                        {
                            "phase": "inherent",
                            "phase_text": "Inherent risk",
                            "likelihood": inh[0],
                            "impact": inh[1],
                            "score": si,
                            "register_date": rd,
                        },
                        {
                            "phase": "current",
                            "phase_text": "Residual risk",
                            "likelihood": res[0],
                            "impact": res[1],
                            "score": sr,
                            "register_date": rd,
                        },
                    ],
                }
            )
    save_docx(doc, stem)
    write_gold(stem, {"attendance": [], "agenda_items": [], "decisions": [], "actions": [], "risks": risks})


# ====================================================================== paper 13
def p13():
    stem = "2022-Q1-Wyrecombe-OPCC-risk-register"
    F = "Carlito"

    def foot(c, d):
        c.setFont(F, 8)
        c.drawCentredString(A4[0] / 2, 1.0 * cm, "OFFICIAL – Wyrecombe OPCC risk register – %d" % c.getPageNumber())

    doc, on_page = rl_doc(stem, margins=1.6, footer=foot)
    cs = S("c", F, 9, 11)
    csb = S("cb", F + "-Bold", 9, 11)
    story = [
        Paragraph("Office of the Police and Crime Commissioner for Wyrecombe", S("t0", F, 11, 14)),
        Paragraph("Risk Register – Quarter 1 2022/23", S("t", F + "-Bold", 16, 20, spaceAfter=4)),
        Paragraph(
            "Risks are scored on a 4 x 4 scale: Likelihood (1 Unlikely – 4 Almost certain) x Impact "
            "(1 Minor – 4 Severe). Score = L x I, maximum 16.",
            S("t1", F, 9.5, 12, spaceAfter=8),
        ),
    ]
    areas = [
        (
            "GOVERNANCE",
            "Governance",
            [
                (
                    "WO-1",
                    "Decisions are published late, in breach of the specified information requirements.",
                    "Chief Executive",
                    (3, 3),
                    (2, 3),
                    "09 Jun 22",
                ),
                (
                    "WO-2",
                    "The joint audit committee lacks members with financial qualifications after two resignations.",
                    "Chief Executive",
                    (3, 2),
                    (2, 2),
                    "09 Jun 22",
                ),
            ],
        ),
        (
            "COMMISSIONING",
            "Commissioning",
            [
                (
                    "WO-3",
                    "Providers of domestic abuse services withdraw because contract values have not kept pace "
                    "with costs.",
                    "Head of Commissioning",
                    (4, 4),
                    (3, 4),
                    "14 Jun 22",
                ),
                (
                    "WO-4",
                    "Grant recipients cannot evidence outcomes, weakening the case for continued funding.",
                    "Head of Commissioning",
                    (3, 3),
                    (2, 3),
                    "14 Jun 22",
                ),
            ],
        ),
        (
            "FINANCE",
            "Finance",
            [
                (
                    "WO-5",
                    "Precept referendum limits restrict the funding available for the Police and Crime Plan.",
                    "Chief Finance Officer",
                    (4, 3),
                    (4, 3),
                    "21 Jun 22",
                )
            ],
        ),
    ]
    h0 = ["Ref", "Risk", "Risk owner", "Inherent", "", "", "Residual", "", "", "Reviewed"]
    h1 = ["", "", "", "L", "I", "Score", "L", "I", "Score", ""]
    data = [[Paragraph(h, csb) if h else "" for h in h0], [Paragraph(h, csb) if h else "" for h in h1]]
    style = [
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.HexColor("#203864")),
        ("LINEBELOW", (0, 1), (-1, 1), 1.0, colors.HexColor("#203864")),
        ("LINEBELOW", (0, 2), (-1, -1), 0.3, colors.HexColor("#A6A6A6")),
        ("SPAN", (3, 0), (5, 0)),
        ("SPAN", (6, 0), (8, 0)),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 0), (1, 1)),
        ("SPAN", (2, 0), (2, 1)),
        ("SPAN", (9, 0), (9, 1)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (3, 0), (8, -1), "CENTER"),
    ]
    risks = []
    for head, obj, rs in areas:
        data.append([Paragraph(head, csb)] + [""] * 9)
        ri = len(data) - 1
        style += [("SPAN", (0, ri), (-1, ri)), ("BACKGROUND", (0, ri), (-1, ri), colors.HexColor("#DEEAF6"))]
        for ref, desc, owner, inh, res, rev in rs:
            data.append(
                [
                    Paragraph(ref, cs),
                    Paragraph(esc(desc), cs),
                    Paragraph(owner, cs),
                    str(inh[0]),
                    str(inh[1]),
                    str(inh[0] * inh[1]),
                    str(res[0]),
                    str(res[1]),
                    str(res[0] * res[1]),
                    Paragraph(rev, cs),
                ]
            )
            rd = iso_dmy_short(rev)
            risks.append(
                {
                    "reference": ref,
                    "objective": obj,
                    "description": desc,
                    "ratings": [
                        {
                            "phase": "inherent",
                            "phase_text": "Inherent",
                            "likelihood": inh[0],
                            "impact": inh[1],
                            "score": inh[0] * inh[1],
                            "register_date": rd,
                        },
                        {
                            "phase": "current",
                            "phase_text": "Residual",
                            "likelihood": res[0],
                            "impact": res[1],
                            "score": res[0] * res[1],
                            "register_date": rd,
                        },
                    ],
                }
            )
    t = Table(
        data,
        colWidths=[c * cm for c in (1.3, 6.3, 3.0, 0.7, 0.7, 1.3, 0.7, 0.7, 1.3, 1.8)],
        hAlign="LEFT",
        repeatRows=2,
    )
    t.setStyle(TableStyle(style + [("FONT", (0, 0), (-1, -1), F, 9)]))
    story += [t, Spacer(1, 14), Paragraph("<b>Scoring matrix (4 x 4)</b>", S("m", F, 10, 13, spaceAfter=4))]
    mat = [["Likelihood \\ Impact", "1", "2", "3", "4"]]
    for L in (4, 3, 2, 1):
        mat.append([str(L)] + [str(L * I) for I in (1, 2, 3, 4)])
    mt = Table(mat, colWidths=[3.2 * cm] + [1.2 * cm] * 4, hAlign="LEFT")
    mst = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("FONT", (0, 0), (-1, -1), F, 9),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
    ]
    for r in range(1, 5):
        for c in range(1, 5):
            v = int(mat[r][c])
            col = "#C6EFCE" if v <= 3 else "#FFEB9C" if v <= 8 else "#F8CBAD"
            mst.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(col)))
    mt.setStyle(TableStyle(mst))
    story += [
        mt,
        Spacer(1, 6),
        Paragraph(
            "Green 1–3: tolerate; Amber 4–8: treat and monitor; Red 9–16: escalate to the Commissioner.",
            S("k", F, 9, 11),
        ),
    ]
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    write_gold(stem, {"attendance": [], "agenda_items": [], "decisions": [], "actions": [], "risks": risks})


PAPERS = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13]

if __name__ == "__main__":
    import sys

    want = sys.argv[1:]
    for fn in PAPERS:
        if not want or fn.__name__ in want:
            fn()
            print("built", fn.__name__)
    shutil.rmtree(TMP, ignore_errors=True)
