#!/usr/bin/env python3
"""Build the blind2 set: 16 synthetic board papers of invented bodies, with gold.

    .venv/bin/python tests/blind2/make.py          # rebuild PDFs + gold, then check
    .venv/bin/python tests/blind2/make.py --check  # only check gold against pdftotext

Every paper is written from the same Python strings that go into its gold JSON
(gold/<stem>.json, in the gallery's gold format). After building, every gold string
(names, titles, decision texts, action descriptions, owners as printed, dates as printed,
risk references, descriptions, objectives, phase labels) is looked up in
`pdftotext -layout` output of its PDF. All bodies, places, people and business are invented.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

rl_config.invariant = 1  # reportlab PDFs byte-identical across rebuilds (no creation date or random id)
HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
BUILD = HERE / "build"  # docx sources and LibreOffice scratch

FONT_FILES = {
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "Carlito-Italic": "/usr/share/fonts/truetype/crosextra/Carlito-Italic.ttf",
    "Caladea": "/usr/share/fonts/truetype/crosextra/Caladea-Regular.ttf",
    "Caladea-Bold": "/usr/share/fonts/truetype/crosextra/Caladea-Bold.ttf",
    "Caladea-Italic": "/usr/share/fonts/truetype/crosextra/Caladea-Italic.ttf",
    "Narrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "Narrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "Narrow-Italic": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Italic.ttf",
    "DVC": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DVC-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVC-Italic": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf",
    "LSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LSans-Italic": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
}
for _name, _file in FONT_FILES.items():
    pdfmetrics.registerFont(TTFont(_name, _file))
for _fam in ("Carlito", "Caladea", "Narrow", "DVC", "LSans"):
    pdfmetrics.registerFontFamily(
        _fam, normal=_fam, bold=f"{_fam}-Bold", italic=f"{_fam}-Italic", boldItalic=f"{_fam}-Bold"
    )


# --------------------------------------------------------------------------- gold


class Gold:
    """The gold records of one PDF, in the gallery's gold format."""

    def __init__(self, file: str, types: list[str]):
        self.d: dict = {"file": file}
        for t in types:
            self.d[t] = []
        self.check: list[str] = []  # strings that must be printed in the PDF

    def _need(self, *texts):
        self.check.extend(t for t in texts if t)

    def meeting(self, body, date, time, location, status, body_text=None):
        self.d["meetings"].append(
            dict(body=body, meeting_date=date, start_time=time, location=location, minutes_status=status)
        )
        self._need(body_text or body, location)

    def att(self, date, name, attendance, role=None):
        self.d["attendance"].append(dict(meeting_date=date, name=name, attendance=attendance, role_text=role))
        self._need(name, role)

    def item(self, date, number, title, presenter=None):
        self.d["agenda_items"].append(
            dict(meeting_date=date, item_number=number, title=title, presenter_text=presenter)
        )
        self._need(title, presenter)

    def dec(self, date, number, kind, text):
        self.d["decisions"].append(dict(meeting_date=date, item_number=number, decision_type=kind, text=text))
        self._need(text)

    def act(self, description, number, raised, item, owners, target, status, owner_text, target_text):
        self.d["actions"].append(
            dict(
                description=description,
                action_number=number,
                raised_date=raised,
                agenda_item_number=item,
                owners=owners,
                target_date=target,
                status=status,
                owner_text=owner_text,
                target_date_text=target_text,
            )
        )
        self._need(description, number, owner_text, target_text)

    def risk(self, reference, objective, description, ratings):
        """ratings: (phase, phase_text, likelihood, impact, score, register_date)."""
        self.d["risks"].append(
            dict(
                reference=reference,
                objective=objective,
                description=description,
                ratings=[
                    dict(phase=p, phase_text=pt, likelihood=li, impact=im, score=sc, register_date=rd)
                    for p, pt, li, im, sc, rd in ratings
                ],
            )
        )
        self._need(reference, objective, description, *{r[1] for r in ratings})

    def write(self):
        stem = Path(self.d["file"]).stem
        (GOLD / f"{stem}.json").write_text(json.dumps(self.d, indent=1, ensure_ascii=False) + "\n")
        (BUILD / f"{stem}.check.json").write_text(json.dumps(self.check, ensure_ascii=False))


# --------------------------------------------------------------------------- reportlab helpers


def E(text: str) -> str:
    """Escape text for a reportlab Paragraph."""
    return escape(text)


def style(font="Helvetica", size=10, leading=None, **kw) -> ParagraphStyle:
    return ParagraphStyle(
        f"s{font}{size}{sorted(kw.items())}", fontName=font, fontSize=size, leading=leading or size * 1.25, **kw
    )


def P(text, st, raw=False):
    return Paragraph(text if raw else E(text), st)


def grid(data, widths, font, size, header_bg=None, rules="grid", repeat=1, extra=()):
    """A table of Paragraph cells; rules: grid | hlines | none."""
    cell = style(font, size)
    head = style(font + ("-Bold" if font not in ("Helvetica", "Times-Roman") else ""), size)
    if font == "Helvetica":
        head = style("Helvetica-Bold", size)
    if font == "Times-Roman":
        head = style("Times-Bold", size)
    rows = []
    for r, row in enumerate(data):
        rows.append([c if not isinstance(c, str) else P(c, head if r < repeat else cell) for c in row])
    t = Table(rows, colWidths=widths, repeatRows=repeat)
    cmds = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if rules == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif rules == "hlines":
        cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey), ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black)]
    if header_bg is not None:
        cmds.append(("BACKGROUND", (0, 0), (-1, repeat - 1), header_bg))
    cmds.extend(extra)
    t.setStyle(TableStyle(cmds))
    return t


def build_rl(path, story, pagesize=A4, margins=(18, 18, 20, 20), on_page=None):
    doc = SimpleDocTemplate(
        str(path),
        pagesize=pagesize,
        leftMargin=margins[0] * mm,
        rightMargin=margins[1] * mm,
        topMargin=margins[2] * mm,
        bottomMargin=margins[3] * mm,
        title=Path(path).stem,
        author="blind2",
    )
    if on_page is None:
        doc.build(story)
    else:
        doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def page_decor(header=None, footer=None, font="Helvetica", size=8, total=None, header_right=None):
    """onPage callback: header text, footer with {n} and {total}."""

    def draw(canvas, doc):
        w, h = doc.pagesize
        canvas.saveState()
        canvas.setFont(font, size)
        if header:
            canvas.drawString(doc.leftMargin, h - 10 * mm, header)
        if header_right:
            canvas.drawRightString(w - doc.rightMargin, h - 10 * mm, header_right)
        if footer:
            canvas.drawCentredString(w / 2, 9 * mm, footer.format(n=doc.page, total=total or "?"))
        canvas.restoreState()

    return draw


# --------------------------------------------------------------------------- docx helpers

DOCX_JOBS: list[Path] = []


def docx_doc(font="Carlito", size=11, landscape_page=False, margins_cm=2.0):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    if rfonts is not None:
        for a in ("ascii", "hAnsi", "cs", "eastAsia"):
            rfonts.set(f"{{http://schemas.openxmlformats.org/wordprocessingml/2006/main}}{a}", font)
    st.paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape_page:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    return doc


def dpara(doc, text="", bold=False, italic=False, size=None, align=None, space_after=None, runs=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = doc.add_paragraph()
    for t, b, i in runs or [(text, bold, italic)]:
        r = p.add_run(t)
        r.bold, r.italic = b, i
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = {
            "center": WD_ALIGN_PARAGRAPH.CENTER,
            "right": WD_ALIGN_PARAGRAPH.RIGHT,
            "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
        }[align]
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def dtable(doc, rows, widths_cm, style_name="Table Grid", header=True, size=None, bold_rows=(), shade=None, merged=()):
    """rows: list of lists of str; merged: row indexes whose cells are merged into one."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    t = doc.add_table(rows=len(rows), cols=len(widths_cm))
    if style_name:
        t.style = style_name
    for r, row in enumerate(rows):
        cells = t.rows[r].cells
        if r in merged:
            m = cells[0].merge(cells[-1])
            m.text = row[0]
            for p in m.paragraphs:
                for run in p.runs:
                    run.bold = True
                    if size:
                        run.font.size = Pt(size)
            if shade:
                _shade(m, shade)
            continue
        for c, text in enumerate(row):
            cells[c].text = text
            for p in cells[c].paragraphs:
                p.paragraph_format.space_after = Pt(1)
                for run in p.runs:
                    if size:
                        run.font.size = Pt(size)
                    if (header and r == 0) or r in bold_rows:
                        run.bold = True
            if header and r == 0 and shade:
                _shade(cells[c], shade)
    set_widths(t, widths_cm)
    if header:
        trpr = t.rows[0]._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader")
        h.set(qn("w:val"), "true")
        trpr.append(h)
    return t


def set_widths(t, widths_cm):
    """Fix column widths so that LibreOffice honours them (grid columns and every cell)."""
    from docx.shared import Cm

    t.autofit = False
    grid_el = t._tbl.tblGrid
    for gc, w in zip(
        grid_el.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}gridCol"), widths_cm
    ):
        gc.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}w", str(int(Cm(w).twips)))
    for row in t.rows:
        for c, w in enumerate(widths_cm):
            if c < len(row.cells):
                row.cells[c].width = Cm(w)


def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def docx_footer(doc, text, page_field=True, header=None):
    """Footer text with a PAGE field appended; optional header text."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    p = sec.footer.paragraphs[0]
    p.text = text
    if page_field:
        r = p.add_run()
        for kind, val in (("begin", None), ("instr", "PAGE"), ("end", None)):
            if kind == "instr":
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = val
            else:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), kind)
            r._r.append(el)


def save_docx(doc, pdf_name):
    src = BUILD / (Path(pdf_name).stem + ".docx")
    doc.save(str(src))
    DOCX_JOBS.append(src)


def pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def convert_docx():
    if not DOCX_JOBS:
        return
    subprocess.run(
        [
            "soffice",
            "-env:UserInstallation=file:///tmp/blind2_lo_profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(BUILD),
        ]
        + [str(p) for p in DOCX_JOBS],
        check=True,
        capture_output=True,
        timeout=600,
    )
    for src in DOCX_JOBS:
        shutil.move(str(BUILD / (src.stem + ".pdf")), str(HERE / (src.stem + ".pdf")))


# =========================================================================== papers
# Each function writes one PDF (or queues its docx) and returns its Gold.


def p01_glenmarsh_pcp_minutes():
    """Council minutes, minute numbers 22/141…, RESOLVED – That (a)…(c); python-docx → LibreOffice."""
    file = "Glenmarsh-Police-and-Crime-Panel-Minutes-23rd-June-2022.pdf"
    g = Gold(file, ["meetings", "attendance", "decisions", "actions", "risks"])
    D = "2022-06-23"
    body = "Glenmarsh Police and Crime Panel"
    loc = "Council Chamber, Civic Centre, Harlow Road, Brantwick"
    g.meeting(body, D, "13:30", loc, "draft")
    doc = docx_doc("Carlito", 11)
    docx_footer(doc, "Glenmarsh Police and Crime Panel – 23 June 2022 – page ")
    dpara(doc, "GLENMARSH POLICE AND CRIME PANEL", bold=True, size=14, align="center")
    dpara(
        doc,
        runs=[
            ("MINUTES", True, False),
            (f" of a meeting of the {body} held in the {loc} on Thursday, 23rd June, 2022 at 1.30 pm", False, False),
        ],
        align="justify",
    )
    members = [
        ("Margaret Ellison", "Councillor", "Chairman, Brantwick Borough Council"),
        ("Raj Bhatti", "Councillor", "Vice-Chairman, Glenmarsh County Council"),
        ("Owen Pryce", "Councillor", "Kestleigh District Council"),
        ("Sandra Lusk", "Councillor", "Glenmarsh County Council"),
        ("Aled Rees", "Councillor", "Upper Tarn Borough Council, substitute"),
        ("Hilary Foss", "Mrs", "Independent Co-opted Member"),
        ("Daniel Achebe", "Mr", "Independent Co-opted Member"),
    ]
    text = "; ".join(f"{t} {n} ({r})" for n, t, r in members)
    dpara(doc, runs=[("PRESENT: ", True, False), (text + ".", False, False)], align="justify")
    for n, t, r in members:
        g.att(D, n, "member", r)
    also = [
        ("Simon Marchetti", "Police and Crime Commissioner"),
        ("Lorna Castle", "Chief Executive, OPCC"),
        ("Peter Vane", "Chief Finance Officer, OPCC"),
    ]
    dpara(doc, runs=[("Also present: ", True, False), (", ".join(f"{n} ({r})" for n, r in also) + ".", False, False)])
    officers = [("Claire Denholm", "Panel Scrutiny Officer"), ("Rhys Morgan", "Democratic Services Officer")]
    dpara(
        doc, runs=[("Officers: ", True, False), (" and ".join(f"{n} ({r})" for n, r in officers) + ".", False, False)]
    )
    for n, r in also + officers:
        g.att(D, n, "in_attendance", r)
    g.att(D, "Janet Wroe", "apologies", "Kestleigh District Council")
    g.att(D, "Bryn Talbot", "apologies", "Upper Tarn Borough Council")

    def minute(no, head, paras):
        tbl = doc.add_table(rows=1, cols=2)
        set_widths(tbl, [2.2, 14.8])
        c0, c1 = tbl.rows[0].cells
        c0.text = no
        c0.paragraphs[0].runs[0].bold = True
        c1.text = head
        c1.paragraphs[0].runs[0].bold = True
        for p in paras:
            if isinstance(p, list):
                for line in p:
                    para = c1.add_paragraph(line)
                    from docx.shared import Cm as _Cm

                    para.paragraph_format.left_indent = _Cm(0.8)
            else:
                c1.add_paragraph(p)

    minute(
        "22/141",
        "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS",
        [
            "Apologies for absence were received from Councillor Janet Wroe (Kestleigh District Council) and "
            "Councillor Bryn Talbot (Upper Tarn Borough Council). Councillor Aled Rees attended as substitute "
            "for Councillor Talbot."
        ],
    )
    minute(
        "22/142",
        "DECLARATIONS OF INTEREST",
        [
            "Councillor Lusk declared a non-pecuniary interest in minute 22/145 as a trustee of a victims' charity "
            "that receives grant funding from the Commissioner."
        ],
    )
    d = "RESOLVED – That the minutes of the meeting held on 7th April, 2022 be confirmed as a correct record and signed by the Chairman."
    minute("22/143", "MINUTES", [d])
    g.dec(D, "22/143", "resolved", d)
    d2 = "The Panel noted that no questions had been received from members of the public."
    minute("22/144", "PUBLIC QUESTIONS", [d2])
    g.dec(D, "22/144", "noted", d2)
    r_a = "(a) the Annual Report 2021/22 be noted;"
    r_b = "(b) the comments of the Panel set out above be forwarded to the Commissioner before the report is published; and"
    r_c = (
        "(c) the Commissioner be asked to provide a breakdown of rural crime figures by district for the next meeting."
    )
    minute(
        "22/145",
        "POLICE AND CRIME COMMISSIONER'S ANNUAL REPORT 2021/22",
        [
            "The Commissioner introduced his Annual Report for 2021/22, which described progress against the four "
            "priorities of the Police and Crime Plan. Members asked about the falling number of rural crime "
            "reports and whether this reflected lower confidence in reporting. The Commissioner said that a rural "
            "crime survey would be repeated in the autumn.",
            "A Member noted that the report did not give the cost of the new control room. The Chief Finance "
            "Officer agreed to circulate the figure.",
            "RESOLVED – That:",
            [r_a, r_b, r_c],
        ],
    )
    g.dec(D, "22/145", "resolved", "RESOLVED – That: " + " ".join([r_a, r_b, r_c]))
    d4 = (
        "RESOLVED – That the Panel, having held a confirmation hearing, endorses the proposed appointment of "
        "Ms Farah Quadri as Deputy Police and Crime Commissioner."
    )
    minute(
        "22/146",
        "CONFIRMATION HEARING: DEPUTY POLICE AND CRIME COMMISSIONER",
        [
            "The Panel questioned Ms Farah Quadri on her professional competence and personal independence in "
            "relation to the proposed appointment.",
            d4,
        ],
    )
    g.dec(D, "22/146", "resolved", d4)
    d5 = "The Panel agreed that its Complaints Sub-Committee would next meet in October 2022."
    minute(
        "22/147",
        "COMPLAINTS AGAINST THE COMMISSIONER",
        [
            "The Monitoring Officer reported that one complaint had been received since the last meeting and had "
            "been resolved informally. The Chairman noted that no complaints were outstanding.",
            d5,
        ],
    )
    g.dec(D, "22/147", "agreed", d5)
    d6 = (
        "RESOLVED – That the work programme be approved, subject to the addition of a report on the "
        "Commissioner's estates strategy for the November meeting."
    )
    minute("22/148", "WORK PROGRAMME 2022/23", [d6])
    g.dec(D, "22/148", "resolved", d6)
    dpara(doc, "The meeting closed at 3.42 pm.")
    dpara(doc, "Chairman ……………………………………")
    save_docx(doc, file)
    return g


def p02_oakhallow_jac_minutes():
    """JAC minutes with numbered items and numbered resolutions (RESOLVED: 1. That … 2. That …); Times."""
    file = "JAC-Minutes-30.11.21-approved.pdf"
    g = Gold(file, ["meetings", "attendance", "decisions", "actions", "risks"])
    D = "2021-11-30"
    body = "Joint Audit Committee"  # the area is printed only in the name of the two corporations sole above it
    loc = "Conference Room 2, Oakhallow Police Headquarters, Mill Lane, Cresswick"
    g.meeting(body, D, "10:00", loc, "approved", body_text="JOINT AUDIT COMMITTEE")
    T = style("Times-Roman", 10.5, alignment=TA_JUSTIFY)
    TB = style("Times-Bold", 10.5)
    TI = style("Times-Italic", 10.5, leftIndent=18)
    IND = style("Times-Roman", 10.5, leftIndent=36, firstLineIndent=-18)
    story = [
        P("Status: Approved by the Committee on 15 March 2022", style("Times-Italic", 9, alignment=TA_RIGHT)),
        P(
            "OAKHALLOW POLICE AND CRIME COMMISSIONER AND CHIEF CONSTABLE OF OAKHALLOW POLICE",
            style("Times-Bold", 11, alignment=TA_CENTER),
        ),
        P("JOINT AUDIT COMMITTEE", style("Times-Bold", 14, alignment=TA_CENTER, spaceBefore=4)),
        P(
            f"Minutes of the meeting held on Tuesday 30 November 2021 at 10.00 am in {loc}",
            style("Times-Roman", 11, alignment=TA_CENTER, spaceBefore=4, spaceAfter=8),
        ),
    ]
    members = [("Alan Pertwee", "Chair"), ("Dr Ruth Okafor", None), ("Graham Fenn", None), ("Susan Whitlow", None)]
    rows = [["Committee members present:", "; ".join(n + (f" ({r})" if r else "") for n, r in members)]]
    for n, r in members:
        g.att(D, n.replace("Dr ", ""), "member", r)
    also = [
        ("Jonathan Greer", "Police and Crime Commissioner"),
        ("Helen Marr", "Chief Constable"),
        ("Nadia Brook", "Chief Finance Officer (OPCC)"),
        ("Mark Sewell", "Chief Finance Officer (Force)"),
        ("Tessa Lyle", "Internal Audit Manager, Shire Audit Partnership"),
        ("Ian Bowes", "Engagement Lead, Calder & Co (external audit)"),
    ]
    rows.append(["Also present:", "<br/>".join(E(f"{n} – {r}") for n, r in also)])
    for n, r in also:
        g.att(D, n, "in_attendance", r)
    rows.append(["Apologies:", "Paul Hendry (independent member); Deputy Chief Constable Carl Rudd"])
    g.att(D, "Paul Hendry", "apologies", "independent member")
    g.att(D, "Carl Rudd", "apologies", "Deputy Chief Constable")
    t = Table([[P(a, TB), Paragraph(b if "<br/>" in b else E(b), T)] for a, b in rows], colWidths=[45 * mm, 125 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story += [t, Spacer(1, 6)]

    def item(no, head, *parts):
        story.append(P(f"{no}.  {head}", style("Times-Bold", 10.5, spaceBefore=8, spaceAfter=3)))
        for p in parts:
            story.append(p)

    item(1, "WELCOME AND APOLOGIES", P("The Chair welcomed members and officers. Apologies were noted as above.", T))
    item(2, "DECLARATIONS OF INTEREST", P("None were declared.", T))
    item(
        3,
        "MINUTES OF THE PREVIOUS MEETING",
        P("The minutes of the meeting held on 21 September 2021 were agreed as a true record.", T),
    )
    d = "The Committee noted the action log."
    item(4, "ACTION LOG", P(d + " Action 21/09-2 (fleet telematics) was closed.", T))
    g.dec(D, "4", "noted", d)
    r1 = "1. That the internal audit progress report be noted."
    r2 = "2. That the Committee receives a follow-up report on the management of seized property at its March 2022 meeting."
    a1 = "Internal Audit Manager to present the follow-up review of seized property management to the March 2022 meeting."
    item(
        5,
        "INTERNAL AUDIT PROGRESS REPORT",
        P(
            "The Internal Audit Manager presented the progress report. Four of the eleven audits in the 2021/22 "
            "plan had been completed, and the review of seized property had been given limited assurance. "
            "Members asked whether the weaknesses found in the property store had been fixed; the Chief "
            "Constable said that a new barcode system would be live by January.",
            T,
        ),
        P("RESOLVED:", TB),
        P(r1, IND),
        P(r2, IND),
        P("Action: " + a1, TI),
    )
    g.dec(D, "5", "resolved", "RESOLVED: " + r1 + " " + r2)
    g.act(
        a1, None, D, "5", ["Internal Audit Manager"], None, "open", "Internal Audit Manager", "the March 2022 meeting"
    )
    d = "The Committee endorsed the treasury management mid-year review for submission to the Commissioner."
    item(
        6,
        "TREASURY MANAGEMENT MID-YEAR REVIEW 2021/22",
        P(
            "The OPCC Chief Finance Officer reported that all borrowing remained within the prudential "
            "indicators. " + d,
            T,
        ),
    )
    g.dec(D, "6", "endorsed", d)
    r1 = "1. That the corporate risk registers of the Commissioner and the Chief Constable be noted."
    r2 = "2. That the risk appetite statement of the Force be reviewed by the Committee in a workshop."
    r3 = "3. That the Chair and the OPCC Chief Finance Officer be delegated to agree the date of the workshop."
    a2 = "OPCC Chief Finance Officer to agree a date for the risk appetite workshop with the Chair by 17 December 2021."
    item(
        7,
        "RISK MANAGEMENT UPDATE",
        P(
            "Both registers were presented. The Chief Constable noted that the risk on officer recruitment had "
            "reduced following the autumn intake.",
            T,
        ),
        P("RESOLVED:", TB),
        P(r1, IND),
        P(r2, IND),
        P(r3, IND),
        P("Action: " + a2, TI),
    )
    g.dec(D, "7", "resolved", "RESOLVED: " + " ".join([r1, r2, r3]))
    g.act(
        a2,
        None,
        D,
        "7",
        ["Chief Finance Officer"],
        "2021-12-17",
        "open",
        "OPCC Chief Finance Officer",
        "17 December 2021",
    )
    d = "The Committee approved the annual audit letter for 2020/21 for publication."
    item(
        8,
        "EXTERNAL AUDIT: ANNUAL AUDIT LETTER 2020/21",
        P(
            "The Engagement Lead reported unqualified opinions for both bodies and a value for money conclusion "
            "with no significant weaknesses. " + d,
            T,
        ),
    )
    g.dec(D, "8", "approved", d)
    a3 = "Head of Procurement to circulate the revised contract standing orders to members."
    item(
        9,
        "ANY OTHER BUSINESS",
        P("Members asked for sight of the revised contract standing orders before they are adopted.", T),
        P("Action: " + a3, TI),
    )
    g.act(a3, None, D, "9", ["Head of Procurement"], None, "open", "Head of Procurement", None)
    item(10, "DATE OF NEXT MEETING", P("Tuesday 15 March 2022 at 10.00 am.", T))
    story.append(Spacer(1, 14))
    story.append(P("Signed ………………………………… Chair        Date ……………………", T))
    build_rl(HERE / file, story, on_page=page_decor(footer="JAC 30.11.21   |   Page {n}", font="Times-Roman", size=8.5))
    return g


def p03_carrowby_performance_board_notes():
    """Narrative notes: run-in Present line with role before name, numbered headings, unnumbered paragraphs,
    bold 'Action:' lines with owner at the start; Carlito; DRAFT header; no date in the file name."""
    file = "Carrowby PCC Performance Board - notes of meeting.pdf"
    g = Gold(file, ["meetings", "attendance", "decisions", "actions", "risks"])
    D = "2022-01-12"
    body = "Commissioner's Performance Board"
    g.meeting(body, D, "09:30", "Virtual meeting (Microsoft Teams)", "draft")
    N = style("Carlito", 10.5, leading=14, spaceAfter=5)
    H = style("Carlito-Bold", 12, spaceBefore=9, spaceAfter=3, textColor=colors.HexColor("#1F3864"))
    A = style("Carlito-Bold", 10.5, leading=14, spaceAfter=5, leftIndent=10)
    story = [
        P("Carrowby Office of the Police and Crime Commissioner", style("Carlito", 10, textColor=colors.grey)),
        P("Commissioner’s Performance Board", style("Carlito-Bold", 18, leading=22, spaceBefore=4)),
        P("Notes of meeting", style("Carlito", 13, spaceAfter=6)),
        P("<b>Date and time:</b> Wednesday 12 January 2022, 09:30 to 11:45", N, raw=True),
        P("<b>Location:</b> Virtual meeting (Microsoft Teams)", N, raw=True),
    ]
    present = [
        ("Commissioner", "Diane Harker", "Chair"),
        ("Chief Constable", "Owen Blake", None),
        ("Deputy Chief Constable", "Mina Shah", None),
        ("Chief Executive", "Jude Allard", None),
        ("Chief Finance Officer", "Terry Noakes", None),
    ]
    txt = "; ".join(f"{r} {n}" + (f" ({c})" if c else "") for r, n, c in present)
    story.append(P(f"<b>Present:</b> {E(txt)}", N, raw=True))
    for r, n, c in present:
        g.att(D, n, "member", r)
    story.append(
        P(
            "<b>Also present:</b> Superintendent Lee Carver (item 3 only); Becky Sloane, Head of Performance "
            "(OPCC), notes",
            N,
            raw=True,
        )
    )
    g.att(D, "Lee Carver", "in_attendance", "Superintendent")
    g.att(D, "Becky Sloane", "in_attendance", "Head of Performance (OPCC)")
    story.append(P("<b>Apologies:</b> ACC Rob Tennant", N, raw=True))
    g.att(D, "Rob Tennant", "apologies", "ACC")

    def head(t):
        story.append(P(t, H))

    head("1. Welcome and introductions")
    story.append(P("The Commissioner welcomed everyone. There were no declarations of interest.", N))
    head("2. Notes and actions of the meeting on 10 November 2021")
    d = "The Commissioner agreed that actions 21/14 and 21/15 should be closed."
    story.append(
        P(
            "The notes of the last meeting were accepted as accurate. " + d + " Action 21/16 remains open "
            "until the Home Office grant letter is received.",
            N,
        )
    )
    g.dec(D, "2", "agreed", d)
    head("3. Quarterly performance: neighbourhood crime")
    d = "The Commissioner noted the improvement in burglary outcomes since the summer."
    story.append(
        P(
            "Superintendent Carver presented the quarter 3 figures. Residential burglary was down 9% on the "
            "same quarter last year and the positive outcome rate had risen to 7.4%. Vehicle crime "
            "remains above the three-year average in the north of the county.",
            N,
        )
    )
    story.append(
        P(d + " She asked whether the gains were spread across all districts, which the force could not yet say.", N)
    )
    g.dec(D, "3", "noted", d)
    a = "DCC to provide a breakdown of burglary outcomes by district at the next meeting."
    story.append(P("Action: " + a, A))
    g.act(a, None, D, "3", ["Deputy Chief Constable"], None, "open", "DCC", "the next meeting")
    head("4. Victim services")
    d = "The Commissioner approved the extension of the victim care contract until 31 March 2023."
    story.append(
        P(
            "The Chief Executive explained that the retendering of the victim care service had slipped "
            "because of the national commissioning framework. The Chief Executive has approved a revised "
            "recommissioning timetable. " + d,
            N,
        )
    )
    g.dec(D, "4", "approved", d)
    a = (
        "Chief Executive and Head of Performance to report the results of the victim satisfaction survey by "
        "30 March 2022."
    )
    story.append(P("Action: " + a, A))
    g.act(
        a,
        None,
        D,
        "4",
        ["Chief Executive", "Head of Performance"],
        "2022-03-30",
        "open",
        "Chief Executive and Head of Performance",
        "30 March 2022",
    )
    head("5. Any other business")
    story.append(P("The Chief Constable said that the force open day would return this year.", N))
    a = "Chief Constable to confirm the date of the force open day."
    story.append(P("Action: " + a, A))
    g.act(a, None, D, "5", ["Chief Constable"], None, "open", "Chief Constable", None)
    story.append(P("Next meeting: Wednesday 9 February 2022, 09:30.", N))
    build_rl(
        HERE / file,
        story,
        margins=(22, 22, 22, 18),
        on_page=page_decor(header="DRAFT", header_right="OFFICIAL", footer="{n}", font="Carlito-Bold", size=9),
    )
    return g


def p04_hollinsdale_fra_minutes():
    """Fire authority minutes in two columns (minute number + heading left, text right), members table with
    constituent authority, officers run-in, 'Confirmed' note in the footer; Caladea."""
    file = "Hollinsdale-FRA-minutes-2023-02-14.pdf"
    g = Gold(file, ["meetings", "attendance", "decisions", "actions", "risks"])
    D = "2023-02-14"
    body = "Hollinsdale Fire and Rescue Authority"
    loc = "Fire Service Headquarters, Ridgeway, Hollin Cross"
    g.meeting(body, D, "10:30", loc, "approved", body_text="HOLLINSDALE FIRE AND RESCUE AUTHORITY")
    N = style("Caladea", 10, leading=13, spaceAfter=4, alignment=TA_JUSTIFY)
    B = style("Caladea-Bold", 10, leading=13)
    story = [
        P("HOLLINSDALE FIRE AND RESCUE AUTHORITY", style("Caladea-Bold", 15, alignment=TA_CENTER)),
        P(
            f"Minutes of the Meeting held at {loc} on Tuesday, 14 February 2023 commencing at 10:30 hours",
            style("Caladea", 11, alignment=TA_CENTER, spaceBefore=4, spaceAfter=8),
        ),
        P("Members present:", B),
    ]
    members = [
        ("Gillian Atherton", "Chair", "Hollinsdale County Council"),
        ("Peter Quayle", "Vice-Chair", "Hollin Cross City Council"),
        ("Yusuf Mirza", None, "Hollinsdale County Council"),
        ("Bernadette Kerr", None, "Hollinsdale County Council"),
        ("Callum Drysdale", None, "Hollin Cross City Council"),
        ("Ellen Pardoe", None, "Wyvern Dales District Council"),
    ]
    rows = [[P("Councillor " + n + (f" ({c})" if c else ""), N), P(a, N)] for n, c, a in members]
    for n, c, a in members:
        g.att(D, n, "member", c or a)
    t = Table(rows, colWidths=[75 * mm, 80 * mm])
    t.setStyle(
        TableStyle(
            [
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
            ]
        )
    )
    story.append(t)
    officers = [
        ("Chief Fire Officer", "Martin Roebuck"),
        ("Deputy Chief Fire Officer", "Kay Lindqvist"),
        ("Treasurer", "Adam Pike"),
        ("Clerk and Monitoring Officer", "Sheila Varga"),
    ]
    story.append(
        P(
            "<b>Officers in attendance:</b> " + E("; ".join(f"{r}, {n}" for r, n in officers)),
            style("Caladea", 10, leading=13, spaceBefore=6, spaceAfter=8),
            raw=True,
        )
    )
    for r, n in officers:
        g.att(D, n, "in_attendance", r)

    rows = []

    def minute(no, head, *paras):
        rows.append([P(f"{no}", B), P(head, B), [P(p, N) for p in paras]])

    minute(59, "APOLOGIES", "Apologies for absence were received from Councillors Tom Beswick and Anwen Gale.")
    g.att(D, "Tom Beswick", "apologies", None)
    g.att(D, "Anwen Gale", "apologies", None)
    minute(
        60,
        "DECLARATIONS OF INTEREST",
        "Councillor Kerr declared an interest in item 62 as a retained "
        "firefighter's spouse and took no part in the vote on the precept.",
    )
    d = "RESOLVED: That the Minutes of the meeting held on 13 December 2022 be signed by the Chair as a correct record."
    minute(61, "MINUTES", d)
    g.dec(D, "61", "resolved", d)
    rr = [
        "(i) approves a net revenue budget of £41.37m for 2023/24;",
        "(ii) sets a Band D precept of £84.16; and",
        "(iii) approves the capital programme at Appendix C.",
    ]
    a = "Treasurer to publish the council tax leaflet by 1 March 2023."
    minute(
        62,
        "REVENUE BUDGET, CAPITAL PROGRAMME AND PRECEPT 2023/24",
        "The Treasurer presented the budget report. Members discussed the use of reserves to smooth the pay award "
        "and the £2.1m shortfall forecast for 2024/25.",
        "RESOLVED: That the Authority " + " ".join(rr),
        "Action: " + a,
    )
    g.dec(D, "62", "resolved", "RESOLVED: That the Authority " + " ".join(rr))
    g.act(a, None, D, "62", ["Treasurer"], "2023-03-01", "open", "Treasurer", "1 March 2023")
    d = (
        "The Authority noted the inspection findings and agreed that progress against the improvement plan be "
        "reported to every ordinary meeting."
    )
    minute(
        63,
        "HMICFRS INSPECTION REPORT",
        "The Chief Fire Officer summarised the inspection, which graded the "
        "Service good for effectiveness and requires improvement for people.",
        d,
    )
    g.dec(D, "63", "agreed", d)
    d = "The Authority noted the annual report of the Local Pension Board."
    minute(64, "LOCAL PENSION BOARD ANNUAL REPORT", d)
    g.dec(D, "64", "noted", d)
    d = (
        "The Authority delegated authority to the Clerk, in consultation with the Chair, to make appointments to "
        "outside bodies for 2023/24."
    )
    a2 = "Clerk and Monitoring Officer to write to each outside body with the names of the appointed Members."
    minute(65, "APPOINTMENTS TO OUTSIDE BODIES", d, "Action: " + a2)
    g.dec(D, "65", "delegated", d)
    g.act(a2, None, D, "65", ["Clerk and Monitoring Officer"], None, "open", "Clerk and Monitoring Officer", None)
    minute(
        66,
        "EXCLUSION OF THE PRESS AND PUBLIC",
        "The Chief Fire Officer gave a verbal update on a staffing matter, which was heard in private.",
    )
    t = Table(rows, colWidths=[12 * mm, 48 * mm, 110 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [t, Spacer(1, 10), P("The meeting closed at 12:17 hours.", N)]
    build_rl(
        HERE / file,
        story,
        on_page=page_decor(
            footer="Minutes confirmed at the meeting of the Authority on 28 March 2023  –  {n}",
            font="Caladea-Italic",
            size=8.5,
        ),
    )
    return g


def p05_marrowgate_pcp_agenda():
    """Council-style agenda: notice page with membership (not attendance), 'AGENDA' with PART I,
    capitalised item headings, purpose text and 'Report of …' lines below; Arial → Liberation Sans."""
    file = "Marrowgate PCP agenda 8 Sept 2022.pdf"
    g = Gold(file, ["meetings", "attendance", "agenda_items", "decisions", "actions", "risks"])
    D = "2022-09-08"
    body = "Marrowgate Police and Crime Panel"
    loc = "Committee Room 3, Shire Hall, Castle Street, Marrow"
    g.meeting(body, D, "14:00", loc, None, body_text="MARROWGATE POLICE AND CRIME PANEL")
    doc = docx_doc("Arial", 11)
    docx_footer(doc, "", header="Marrowgate County Council – Democratic Services")
    dpara(doc, "MARROWGATE POLICE AND CRIME PANEL", bold=True, size=16)
    rows = [
        ["Date:", "Thursday, 8 September 2022"],
        ["Time:", "2.00 pm"],
        ["Venue:", loc],
        ["Contact:", "Hannah Greaves, Democratic Services Officer, 01632 960 418"],
    ]
    dtable(doc, rows, [3, 13], style_name=None, header=False)
    dpara(doc, "")
    dpara(doc, "Membership", bold=True, size=12)
    for line in [
        "Councillor Ivor Penhale (Chairman) – Marrowgate County Council",
        "Councillor Deborah Sykes (Vice-Chairman) – Lowfield Borough Council",
        "Councillors Arun Gill, Patricia Renshaw, Colin Treharne and Wendy Abbott",
        "Independent members: Mr Kofi Mensah and Ms Eleanor Vance",
    ]:
        dpara(doc, line, space_after=1)
    dpara(doc, "")
    dpara(doc, "Members of the public are welcome to attend. The meeting will be webcast.", italic=True)
    doc.add_page_break()
    dpara(doc, "AGENDA", bold=True, size=14, align="center")
    dpara(doc, "PART I – ITEMS CONSIDERED IN PUBLIC", bold=True)
    items = [
        ("1", "APOLOGIES FOR ABSENCE AND SUBSTITUTES", "To receive apologies and to note any substitutions.", None),
        ("2", "DECLARATIONS OF INTEREST", "Members are asked to declare any interests in items on this agenda.", None),
        ("3", "MINUTES", "To confirm the minutes of the meeting held on 16 June 2022 (pages 1 – 6).", None),
        ("4", "PUBLIC QUESTIONS", "To answer any questions received from the public under rule 9.", None),
        (
            "5",
            "POLICE AND CRIME PLAN 2022–25: PERFORMANCE REPORT QUARTER 1",
            "To scrutinise the Commissioner’s delivery of the plan (pages 7 – 24).",
            "Report of the Police and Crime Commissioner",
        ),
        (
            "6",
            "DECISIONS TAKEN BY THE COMMISSIONER",
            "To note the decisions published since the last meeting (pages 25 – 30).",
            "Report of the Chief Executive, Office of the Police and Crime Commissioner",
        ),
        (
            "7",
            "COMPLAINTS UPDATE",
            "To receive an update on complaints made about the Commissioner (pages 31 – 34).",
            "Report of the Monitoring Officer",
        ),
        (
            "8",
            "WORK PROGRAMME",
            "To review the work programme for 2022/23 (pages 35 – 38).",
            "Report of the Panel Scrutiny Officer",
        ),
        ("9", "DATE OF NEXT MEETING", "Thursday, 17 November 2022 at 2.00 pm.", None),
    ]
    for no, title, purpose, rep in items:
        g.item(D, no, title, rep)
    t = doc.add_table(rows=0, cols=2)
    from docx.shared import Pt

    for no, title, purpose, rep in items:
        cells = t.add_row().cells
        cells[0].text = no + "."
        cells[1].text = title
        cells[1].paragraphs[0].runs[0].bold = True
        p = cells[1].add_paragraph(purpose)
        p.paragraph_format.space_after = Pt(2)
        if rep:
            p = cells[1].add_paragraph(rep)
            p.runs[0].italic = True
        cells[1].add_paragraph("")
    set_widths(t, [1.5, 15.5])
    dpara(doc, "PART II – EXEMPT ITEMS", bold=True)
    dpara(doc, "There are no exempt items.")
    dpara(doc, "Chief Executive, Marrowgate County Council, 31 August 2022", italic=True, align="right")
    save_docx(doc, file)
    return g


def p06_dunmere_timed_agenda():
    """Timed agenda as blocks: time in a left margin, item number and title in bold, a second italic line
    'Lead: … | Purpose: … | Paper: …'; sub-items 3.1/3.2; Helvetica; no rules."""
    file = "2021-07-06_Dunmere_Accountability_Board_Agenda.pdf"
    g = Gold(file, ["meetings", "attendance", "agenda_items", "decisions", "actions", "risks"])
    D = "2021-07-06"
    loc = "Board Room, Lantern House, 4 Quay Street, Dunmere"
    g.meeting("Accountability Board", D, "13:00", loc, None, body_text="ACCOUNTABILITY BOARD")
    story = [
        P(
            "Office of the Police and Crime Commissioner for Dunmere",
            style("Helvetica", 9, textColor=colors.HexColor("#555555")),
        ),
        P("ACCOUNTABILITY BOARD", style("Helvetica-Bold", 20, leading=24, spaceBefore=6)),
        P("Agenda", style("Helvetica", 14, spaceAfter=4)),
        P(
            E("Tuesday 6 July 2021  ·  1.00pm – 3.30pm  ·  ") + E(loc),
            style("Helvetica-Bold", 10, spaceAfter=2),
            raw=True,
        ),
        P("Chair: Commissioner Roisin Farrell", style("Helvetica", 10, spaceAfter=12)),
    ]
    T = style("Helvetica-Bold", 10.5, leading=13)
    L = style("Helvetica-Oblique", 9, leading=11, textColor=colors.HexColor("#333333"))
    items = [
        ("13:00", "1", "Welcome, apologies and declarations of interest", "Chair", "Information", "Verbal"),
        (
            "13:05",
            "2",
            "Minutes and action log of the meeting on 4 May 2021",
            "Chief Executive",
            "Approval",
            "AB/21/07",
        ),
        ("13:15", "3", "Performance against the Police and Crime Plan", None, None, None),
        (None, "3.1", "Serious violence and knife crime", "ACC Jo Pemberton", "Scrutiny", "AB/21/08"),
        (None, "3.2", "Road safety and the fatal four", "Supt Colin Abara", "Scrutiny", "AB/21/09"),
        ("13:55", "4", "Finance: provisional outturn 2020/21", "Chief Finance Officer", "Information", "AB/21/10"),
        ("14:20", "5", "Recruitment of detention officers", "Deputy Chief Constable", "Decision", "AB/21/11"),
        (
            "14:40",
            "6",
            "Estates: disposal of Eastgate police station (not for publication)",
            "Chief Executive",
            "Decision",
            "AB/21/12",
        ),
        ("15:10", "7", "Any other business", "Chair", None, "Verbal"),
        ("15:25", "8", "Date of next meeting: Tuesday 7 September 2021", "Chair", None, None),
    ]
    rows = []
    for tm, no, title, lead, purpose, paper in items:
        g.item(D, no, title, lead)
        bits = [
            f"Lead: {lead}" if lead else None,
            f"Purpose: {purpose}" if purpose else None,
            f"Paper: {paper}" if paper else None,
        ]
        cell = [P(f"{no}  {title}", T)]
        if any(bits):
            cell.append(P("   |   ".join(b for b in bits if b), L))
        indent = 14 if "." in no else 0
        rows.append([P(tm or "", style("Helvetica", 10.5, textColor=colors.HexColor("#8A1538"))), cell])
        if indent:
            rows[-1][1] = [
                Table([[c] for c in cell], colWidths=[140 * mm], style=[("LEFTPADDING", (0, 0), (-1, -1), indent)])
            ]
    t = Table(rows, colWidths=[20 * mm, 150 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 9)]))
    story += [
        t,
        Spacer(1, 16),
        P(
            "Papers are circulated five working days before the meeting. Item 6 contains information exempt "
            "under the Commissioner’s publication scheme.",
            style("Helvetica", 8.5, textColor=colors.grey),
        ),
    ]

    def decor(canvas, doc):
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#8A1538"))
        canvas.rect(0, A4[1] - 8 * mm, A4[0], 8 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(doc.leftMargin, 10 * mm, "OFFICIAL")
        canvas.restoreState()

    build_rl(HERE / file, story, margins=(20, 20, 20, 20), on_page=decor)
    return g


def p07_carrowby_action_log():
    """Ruled action log, portrait: No. · Date of meeting · Item · Action · Responsible · Target date · Status ·
    Comment; dates '10 Nov 2021' and '14 Jan 22'; statuses Open / Closed / Ongoing; DejaVu Sans Condensed."""
    file = "Carrowby-PB-Action-Log-March-2022.pdf"
    g = Gold(file, ["attendance", "agenda_items", "decisions", "actions", "risks"])
    rows = [["No.", "Date of meeting", "Item", "Action", "Responsible", "Target date", "Status", "Comment"]]
    acts = [
        (
            "PB 21/14",
            "10 Nov 2021",
            "2021-11-10",
            "3",
            "Share the draft rural crime strategy with the OPCC before it is published.",
            "ACC",
            ["Assistant Chief Constable"],
            "14 Jan 22",
            "2022-01-14",
            "Closed",
            "Shared on 6 January.",
        ),
        (
            "PB 21/15",
            "10 Nov 2021",
            "2021-11-10",
            "4",
            "Report on the use of out-of-court disposals for youth offenders.",
            "DCC",
            ["Deputy Chief Constable"],
            "12 Jan 22",
            "2022-01-12",
            "Closed",
            "Reported to the January meeting.",
        ),
        (
            "PB 21/16",
            "10 Nov 2021",
            "2021-11-10",
            "5",
            "Confirm funding for the domestic abuse perpetrator programme beyond March 2022.",
            "CFO",
            ["Chief Finance Officer"],
            "31 Jan 22",
            "2022-01-31",
            "Open",
            "Awaiting the grant offer letter.",
        ),
        (
            "PB 22/01",
            "12 Jan 2022",
            "2022-01-12",
            "3",
            "Provide a breakdown of burglary outcomes by district.",
            "DCC",
            ["Deputy Chief Constable"],
            "Next meeting",
            None,
            "Open",
            "Data being validated by the analysts.",
        ),
        (
            "PB 22/02",
            "12 Jan 2022",
            "2022-01-12",
            "4",
            "Report the results of the victim satisfaction survey.",
            "Chief Executive / Head of Performance",
            ["Chief Executive", "Head of Performance"],
            "30 Mar 22",
            "2022-03-30",
            "Ongoing",
            "Survey closed 28 February; analysis under way.",
        ),
        (
            "PB 22/03",
            "12 Jan 2022",
            "2022-01-12",
            "5",
            "Confirm the date of the force open day.",
            "CC",
            ["Chief Constable"],
            "28 Feb 22",
            "2022-02-28",
            "Closed",
            "Open day set for 14 May 2022.",
        ),
        (
            "PB 22/04",
            "12 Jan 2022",
            "2022-01-12",
            "4",
            "Circulate the victim care contract variation to Board members.",
            "Chief Executive",
            ["Chief Executive"],
            "ASAP",
            None,
            "Closed",
            "Circulated 18 January.",
        ),
        (
            "PB 22/05",
            "9 Feb 2022",
            "2022-02-09",
            "2",
            "Review the format of the quarterly performance pack with the force performance team.",
            "Head of Performance (OPCC) & Supt Lee Carver",
            ["Head of Performance", "Lee Carver"],
            "6 Apr 22",
            "2022-04-06",
            "Ongoing",
            "First draft shared.",
        ),
        (
            "PB 22/06",
            "9 Feb 2022",
            "2022-02-09",
            "4",
            "Set out the options for a second custody suite in the south of the county.",
            "ACC",
            ["Assistant Chief Constable"],
            "May 2022",
            None,
            "Open",
            "",
        ),
    ]
    for no, md, mdi, item, desc, own, owners, tgt, tgti, st, com in acts:
        rows.append([no, md, item, desc, own, tgt, st, com])
        g.act(desc, no, mdi, item, owners, tgti, "closed" if st == "Closed" else "open", own, tgt)
    t = grid(
        rows,
        [15 * mm, 18 * mm, 9 * mm, 52 * mm, 26 * mm, 17 * mm, 15 * mm, 28 * mm],
        "DVC",
        8.3,
        header_bg=colors.HexColor("#D9D9D9"),
    )
    story = [
        P("Carrowby Police and Crime Commissioner", style("DVC", 9)),
        P("Commissioner’s Performance Board – Action Log", style("DVC-Bold", 14, leading=18, spaceBefore=2)),
        P("Updated 7 March 2022 for the meeting on 9 March 2022", style("DVC", 9, spaceAfter=8)),
        t,
        Spacer(1, 6),
        P("Closed actions are removed from the log after they have been reported once.", style("DVC-Italic", 8)),
    ]
    build_rl(
        HERE / file,
        story,
        margins=(10, 10, 16, 16),
        on_page=page_decor(footer="Page {n} of 1", font="DVC", size=8, header_right="OFFICIAL"),
    )
    return g


def p08_fenwold_jac_action_log():
    """Unruled action log (whitespace columns, a single rule under the header), Liberation Sans Narrow;
    'as at' date in the title only; revised due date printed in the cell; no date in the file name."""
    file = "fenwold_jac_action_log.pdf"
    g = Gold(file, ["attendance", "agenda_items", "decisions", "actions", "risks"])
    rows = [["Ref", "Meeting", "Min.", "Action required", "Lead officer", "Due", "Progress", "Status"]]
    acts = [
        (
            "JAC 21-04",
            "24/06/21",
            "2021-06-24",
            "7",
            "Provide assurance that the payroll reconciliation backlog has been cleared.",
            "Chief Finance Officer",
            ["Chief Finance Officer"],
            "30/09/21",
            "2021-09-30",
            "Backlog cleared 17 September.",
            "Completed",
        ),
        (
            "JAC 21-05",
            "24/06/21",
            "2021-06-24",
            "9",
            "Add a column showing overdue audit recommendations to the recommendations tracker.",
            "Internal Audit Manager",
            ["Internal Audit Manager"],
            "23/09/21",
            "2021-09-23",
            "Included from the September report.",
            "Completed",
        ),
        (
            "JAC 21-07",
            "23/09/21",
            "2021-09-23",
            "5",
            "Present the results of the IT disaster recovery test.",
            "Head of ICT",
            ["Head of ICT"],
            "14/12/21 revised to 22/02/22",
            "2022-02-22",
            "Test moved to January because of the network upgrade.",
            "In progress",
        ),
        (
            "JAC 21-08",
            "23/09/21",
            "2021-09-23",
            "6",
            "Circulate the draft Annual Governance Statements to members for comment.",
            "Chief Executive and Chief Finance Officer",
            ["Chief Executive", "Chief Finance Officer"],
            "Oct-21",
            None,
            "Circulated 29 October.",
            "Completed",
        ),
        (
            "JAC 21-09",
            "14/12/21",
            "2021-12-14",
            "4",
            "Arrange a briefing for members on the new fraud risk assessment.",
            "Head of Professional Standards",
            ["Head of Professional Standards"],
            "22/02/22",
            "2022-02-22",
            "Briefing arranged for 1 March.",
            "In progress",
        ),
        (
            "JAC 21-10",
            "14/12/21",
            "2021-12-14",
            "8",
            "Report on the recovery of overpaid police pensions.",
            "Pensions Manager",
            ["Pensions Manager"],
            "TBC",
            None,
            "",
            "Not yet due",
        ),
        (
            "JAC 21-11",
            "14/12/21",
            "2021-12-14",
            "8",
            "Confirm whether external audit fees will rise in 2022/23.",
            "Chief Finance Officer",
            ["Chief Finance Officer"],
            "22/02/22",
            "2022-02-22",
            "Fee scale consultation closed; a rise of 6% is expected.",
            "Completed",
        ),
    ]
    for ref, mt, mti, mn, desc, lead, owners, due, duei, prog, st in acts:
        rows.append([ref, mt, mn, desc, lead, due, prog, st])
        g.act(desc, ref, mti, mn, owners, duei, "closed" if st == "Completed" else "open", lead, due)
    t = grid(
        rows,
        [17 * mm, 15 * mm, 9 * mm, 48 * mm, 28 * mm, 20 * mm, 36 * mm, 17 * mm],
        "Narrow",
        9,
        rules="none",
        extra=[("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("BOTTOMPADDING", (0, 1), (-1, -1), 7)],
    )
    story = [
        P("FENWOLD POLICE AND CRIME COMMISSIONER &amp; CHIEF CONSTABLE", style("Narrow-Bold", 10), raw=True),
        P(
            "JOINT AUDIT COMMITTEE – ACTION LOG (as at 22 February 2022)",
            style("Narrow-Bold", 13, leading=16, spaceBefore=4, spaceAfter=10),
        ),
        t,
    ]
    build_rl(
        HERE / file,
        story,
        margins=(10, 10, 15, 15),
        on_page=page_decor(footer="Fenwold JAC action log  {n}", font="Narrow", size=8),
    )
    return g


def p09_glenmarsh_spb_tracker():
    """Landscape RAG tracker with two dated update columns and a RAG letter column (B = complete) with a key;
    coloured RAG cells; Liberation Sans 8."""
    file = "Glenmarsh_SPB_Action_Tracker_Q1-2022.pdf"
    g = Gold(file, ["attendance", "agenda_items", "decisions", "actions", "risks"])
    rows = [
        [
            "Ref",
            "Date raised",
            "Item",
            "Action",
            "Owner",
            "Deadline",
            "Update – 17 January 2022",
            "Update – 14 March 2022",
            "RAG",
        ]
    ]
    acts = [
        (
            "SPB-031",
            "15/11/2021",
            "2021-11-15",
            "4",
            "Produce a delivery plan for the new Neighbourhood Policing Standards.",
            "ACC (Local Policing)",
            ["Assistant Chief Constable"],
            "31 Jan 2022",
            "2022-01-31",
            "Draft plan with the Chief Officer Group.",
            "Plan published 3 February.",
            "B",
        ),
        (
            "SPB-032",
            "15/11/2021",
            "2021-11-15",
            "5",
            "Confirm the funding split for the joint control room upgrade.",
            "CFO (OPCC) / CFO (Force)",
            ["Chief Finance Officer"],
            "End of January",
            None,
            "Awaiting supplier quote.",
            "Split agreed at 60/40; closed.",
            "B",
        ),
        (
            "SPB-033",
            "15/11/2021",
            "2021-11-15",
            "6",
            "Share the findings of the stop and search scrutiny panel with the Board.",
            "Head of Policy and Partnerships",
            ["Head of Policy and Partnerships"],
            "17 Jan 2022",
            "2022-01-17",
            "Deferred to March.",
            "Findings shared; two recommendations for the Force.",
            "B",
        ),
        (
            "SPB-034",
            "17/01/2022",
            "2022-01-17",
            "3",
            "Review call handling times for the 101 service against the national standard.",
            "DCC",
            ["Deputy Chief Constable"],
            "14 Mar 2022",
            "2022-03-14",
            "New action.",
            "Review under way; average answer time 4 min 20 s.",
            "A",
        ),
        (
            "SPB-035",
            "17/01/2022",
            "2022-01-17",
            "4",
            "Bring forward the business case for body-worn video for PCSOs.",
            "ACC (Local Policing)",
            ["Assistant Chief Constable"],
            "Q1 2022/23",
            None,
            "New action.",
            "Business case slipped because of procurement advice.",
            "R",
        ),
        (
            "SPB-036",
            "17/01/2022",
            "2022-01-17",
            "5",
            "Publish the Commissioner's decision on the precept on the OPCC website.",
            "OPCC",
            ["Office of the Police and Crime Commissioner"],
            "4 Feb 2022",
            "2022-02-04",
            "New action.",
            "Published 2 February.",
            "B",
        ),
        (
            "SPB-037",
            "17/01/2022",
            "2022-01-17",
            "6",
            "Set up a joint working group on violence against women and girls with the Community Safety Partnerships.",
            "PCC & CC",
            ["Police and Crime Commissioner", "Chief Constable"],
            "30 Apr 2022",
            "2022-04-30",
            "New action.",
            "Terms of reference drafted.",
            "G",
        ),
        (
            "SPB-038",
            "17/01/2022",
            "2022-01-17",
            "7",
            "Report on sickness absence among police staff in the control room.",
            "Director of People",
            ["Director of People"],
            "14 Mar 2022",
            "2022-03-14",
            "New action.",
            "Report deferred to May at the request of the Director.",
            "A",
        ),
    ]
    rag = {"R": "#E06666", "A": "#FFD966", "G": "#93C47D", "B": "#6FA8DC"}
    extra = []
    for r, (ref, rd, rdi, it, desc, own, owners, dl, dli, u1, u2, st) in enumerate(acts, start=1):
        rows.append([ref, rd, it, desc, own, dl, u1, u2, st])
        extra.append(("BACKGROUND", (8, r), (8, r), colors.HexColor(rag[st])))
        g.act(desc, ref, rdi, it, owners, dli, "closed" if st == "B" else "open", own, dl)
    t = grid(
        rows,
        [16 * mm, 19 * mm, 10 * mm, 62 * mm, 33 * mm, 22 * mm, 44 * mm, 48 * mm, 10 * mm],
        "LSans",
        8,
        header_bg=colors.HexColor("#1C4587"),
        extra=extra + [("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("ALIGN", (8, 0), (8, -1), "CENTER")],
    )
    # header paragraphs are black by default: recolour them
    for c in range(9):
        t._cellvalues[0][c].style = style("LSans-Bold", 8, textColor=colors.white)
    story = [
        P("GLENMARSH STRATEGIC POLICING BOARD", style("LSans-Bold", 14, leading=17)),
        P("Action tracker – meeting of 14 March 2022", style("LSans", 10, spaceAfter=8)),
        t,
        Spacer(1, 6),
        P(
            "RAG key:  R – off track   A – at risk   G – on track   B – complete (to be removed at the next meeting)",
            style("LSans", 8),
        ),
    ]
    build_rl(
        HERE / file,
        story,
        pagesize=landscape(A4),
        margins=(10, 10, 14, 14),
        on_page=page_decor(header="OFFICIAL SENSITIVE", footer="{n}", font="LSans", size=8),
    )
    return g


def p10_oakhallow_jab_action_log():
    """Multi-page Word action log (landscape, 3 pages): repeated header row, merged section rows
    'OPEN ACTIONS' and 'ACTIONS CLOSED SINCE THE LAST MEETING'; dates dd.mm.yyyy; Carlito 9."""
    file = "Oakhallow OPCC Joint Accountability Board action log (v14).pdf"
    g = Gold(file, ["attendance", "agenda_items", "decisions", "actions", "risks"])
    open_acts = [
        (
            "JAB/21/011",
            "08.06.2021",
            "5",
            "Develop a performance framework for the new Rural Crime Team, with measures agreed with the OPCC.",
            "ACC Crime",
            ["Assistant Chief Constable"],
            "30.09.2021 (revised 31.01.2022)",
            "2022-01-31",
            "Framework drafted; measures to be agreed with OPCC policy lead.",
            "Overdue",
        ),
        (
            "JAB/21/014",
            "08.06.2021",
            "7",
            "Review the Force Management Statement with the OPCC before submission.",
            "DCC",
            ["Deputy Chief Constable"],
            "31.05.2022",
            "2022-05-31",
            "Timetable agreed.",
            "On track",
        ),
        (
            "JAB/21/018",
            "13.07.2021",
            "4",
            "Provide quarterly data on the use of Taser, broken down by ethnicity and age.",
            "ACC Operations",
            ["Assistant Chief Constable"],
            "Quarterly",
            None,
            "Q2 data provided to this meeting; future returns to be routine.",
            "Proposed for closure",
        ),
        (
            "JAB/21/019",
            "13.07.2021",
            "6",
            "Draft a joint communications plan for the precept consultation.",
            "Head of Corporate Communications",
            ["Head of Corporate Communications"],
            "15.11.2021",
            "2021-11-15",
            "Consultation launched 1 November; evaluation report to follow.",
            "Open",
        ),
        (
            "JAB/21/022",
            "14.09.2021",
            "3",
            "Explain the rise in overtime spend in the Roads Policing Unit.",
            "Director of Finance",
            ["Director of Finance"],
            "14.12.2021",
            "2021-12-14",
            "Verbal update at this meeting.",
            "Open",
        ),
        (
            "JAB/21/023",
            "14.09.2021",
            "5",
            "Agree a memorandum of understanding for shared estates with the fire service.",
            "Chief Executive (OPCC) / Head of Estates",
            ["Chief Executive", "Head of Estates"],
            "31.03.2022",
            "2022-03-31",
            "Legal review under way.",
            "On track",
        ),
        (
            "JAB/21/025",
            "14.09.2021",
            "8",
            "Present options for replacing the records management system.",
            "DCC",
            ["Deputy Chief Constable"],
            "March 2022",
            None,
            "Options appraisal commissioned.",
            "On track",
        ),
        (
            "JAB/21/027",
            "12.10.2021",
            "4",
            "Report the outcome of the HMICFRS PEEL inspection fieldwork.",
            "CC",
            ["Chief Constable"],
            "Following publication",
            None,
            "Report expected spring 2022.",
            "Open",
        ),
        (
            "JAB/21/028",
            "12.10.2021",
            "4",
            "Provide the Commissioner with the force response to the super-complaint on police-perpetrated domestic abuse.",
            "Head of Professional Standards",
            ["Head of Professional Standards"],
            "14.12.2021",
            "2021-12-14",
            "Response tabled at this meeting.",
            "Proposed for closure",
        ),
        (
            "JAB/21/029",
            "12.10.2021",
            "6",
            "Set out the costs of the Commissioner’s proposed youth diversion scheme.",
            "Chief Finance Officer (OPCC)",
            ["Chief Finance Officer"],
            "14.12.2021",
            "2021-12-14",
            "Costings with the CFO.",
            "Open",
        ),
        (
            "JAB/21/031",
            "09.11.2021",
            "3",
            "Analyse repeat victimisation in domestic abuse cases by local policing area.",
            "T/Supt Rana Iqbal",
            ["Rana Iqbal"],
            "08.02.2022",
            "2022-02-08",
            "Analyst allocated.",
            "On track",
        ),
        (
            "JAB/21/032",
            "09.11.2021",
            "5",
            "Circulate the revised scheme of consent to Board members.",
            "OPCC",
            ["Office of the Police and Crime Commissioner"],
            "30.11.2021",
            "2021-11-30",
            "Delayed pending legal advice on delegations.",
            "Overdue",
        ),
        (
            "JAB/21/033",
            "09.11.2021",
            "6",
            "Brief the Commissioner on the national uplift targets for 2022/23.",
            "ACC Operations",
            ["Assistant Chief Constable"],
            "11.01.2022",
            "2022-01-11",
            "",
            "Open",
        ),
        (
            "JAB/21/034",
            "09.11.2021",
            "7",
            "Prepare a joint response to the consultation on the funding formula.",
            "PCC & CC",
            ["Police and Crime Commissioner", "Chief Constable"],
            "TBC",
            None,
            "Consultation not yet published.",
            "Open",
        ),
    ]
    closed_acts = [
        (
            "JAB/21/009",
            "08.06.2021",
            "3",
            "Confirm the launch date of the online crime reporting portal.",
            "DCC",
            ["Deputy Chief Constable"],
            "13.07.2021",
            "2021-07-13",
            "Portal launched 2 August.",
            "Closed",
        ),
        (
            "JAB/21/015",
            "13.07.2021",
            "3",
            "Share the victims’ code compliance audit with the OPCC.",
            "ACC Crime",
            ["Assistant Chief Constable"],
            "14.09.2021",
            "2021-09-14",
            "Shared 3 September.",
            "Closed",
        ),
        (
            "JAB/21/016",
            "13.07.2021",
            "5",
            "Agree the allocation of the Safer Streets grant between the two bids.",
            "PCC",
            ["Police and Crime Commissioner"],
            "31.08.2021",
            "2021-08-31",
            "Decision notice 2021/044 published.",
            "Closed",
        ),
        (
            "JAB/21/017",
            "13.07.2021",
            "5",
            "Provide an update on vacancies in the force control room.",
            "Director of People",
            ["Director of People"],
            "12.10.2021",
            "2021-10-12",
            "Update given at October meeting.",
            "Closed",
        ),
        (
            "JAB/21/020",
            "14.09.2021",
            "3",
            "Report the findings of the custody independent visitors’ annual report.",
            "Chief Executive (OPCC)",
            ["Chief Executive"],
            "09.11.2021",
            "2021-11-09",
            "Report presented.",
            "Closed",
        ),
        (
            "JAB/21/021",
            "14.09.2021",
            "3",
            "Include drug-related deaths in the quarterly performance report.",
            "Head of Analysis",
            ["Head of Analysis"],
            "09.11.2021",
            "2021-11-09",
            "Included from quarter 2.",
            "Closed",
        ),
        (
            "JAB/21/024",
            "14.09.2021",
            "6",
            "Confirm arrangements for the joint audit committee recruitment panel.",
            "Chief Executive (OPCC)",
            ["Chief Executive"],
            "12.10.2021",
            "2021-10-12",
            "Panel met 5 October.",
            "Closed",
        ),
        (
            "JAB/21/026",
            "12.10.2021",
            "3",
            "Circulate the updated estates strategy timeline.",
            "Head of Estates",
            ["Head of Estates"],
            "09.11.2021",
            "2021-11-09",
            "Circulated 20 October.",
            "Closed",
        ),
        (
            "JAB/21/030",
            "09.11.2021",
            "3",
            "Provide figures on the number of officers on restricted duties.",
            "Director of People",
            ["Director of People"],
            "14.12.2021",
            "2021-12-14",
            "Figures circulated 1 December.",
            "Closed",
        ),
    ]
    iso = lambda s: f"{s[6:10]}-{s[3:5]}-{s[0:2]}"  # noqa: E731
    rows = [["Action No.", "Meeting date", "Agenda item", "Action", "Owner", "Due date", "Update", "Status"]]
    rows.append(["OPEN ACTIONS"])
    merged = [1]
    for no, md, it, desc, own, owners, due, duei, upd, st in open_acts:
        rows.append([no, md, it, desc, own, due, upd, st])
        g.act(desc, no, iso(md), it, owners, duei, "open", own, due)
    merged.append(len(rows))
    rows.append(["ACTIONS CLOSED SINCE THE LAST MEETING"])
    for no, md, it, desc, own, owners, due, duei, upd, st in closed_acts:
        rows.append([no, md, it, desc, own, due, upd, st])
        g.act(desc, no, iso(md), it, owners, duei, "closed", own, due)
    doc = docx_doc("Carlito", 10, landscape_page=True, margins_cm=1.5)
    docx_footer(
        doc,
        "Joint Accountability Board – Action Log – version 14 – page ",
        header="OAKHALLOW POLICE AND CRIME COMMISSIONER  |  OAKHALLOW POLICE",
    )
    dpara(doc, "Joint Accountability Board: Action Log", bold=True, size=15)
    dpara(
        doc,
        "Prepared for the meeting on 14 December 2021. Status key: Open / On track / Overdue / Proposed for "
        "closure / Closed.",
        italic=True,
        size=9,
    )
    dtable(doc, rows, [2.4, 2.1, 1.5, 7.6, 3.4, 3.0, 4.6, 2.1], size=9, shade="BFBFBF", merged=merged)
    save_docx(doc, file)
    return g


def p11_oakhallow_opcc_risk_register():
    """Landscape register on a 4×4 scale (Probability × Impact), inherent / residual / target each as three
    columns under a spanning header; 'Priority n:' objective rows; Helvetica 7.5; register dated in the title."""
    file = "Oakhallow-OPCC-Strategic-Risk-Register-2022-04-01.pdf"
    g = Gold(file, ["attendance", "agenda_items", "decisions", "actions", "risks"])
    RD = "2022-04-01"
    risks = [
        (
            "Priority 1: Protecting vulnerable people",
            "Protecting vulnerable people",
            [
                (
                    "OPCC-R01",
                    "Commissioned services for victims of sexual violence cannot meet demand because referrals have risen faster than funding.",
                    "Head of Commissioning",
                    (4, 3),
                    "Quarterly contract meetings; additional Ministry of Justice grant bid.",
                    (3, 3),
                    (2, 3),
                    "↔",
                ),
                (
                    "OPCC-R02",
                    "The Commissioner cannot show that the force complies with the Victims’ Code.",
                    "Chief Executive",
                    (3, 4),
                    "Compliance audit twice a year; victims’ panel.",
                    (2, 4),
                    (1, 4),
                    "↓",
                ),
            ],
        ),
        (
            "Priority 2: Efficient and effective policing",
            "Efficient and effective policing",
            [
                (
                    "OPCC-R03",
                    "The medium-term financial plan is not balanced from 2023/24 if the pay award exceeds the assumption of 2%.",
                    "Chief Finance Officer",
                    (4, 4),
                    "Savings programme; reserves strategy; lobbying through national bodies.",
                    (3, 4),
                    (2, 3),
                    "↑",
                ),
                (
                    "OPCC-R04",
                    "Holding the Chief Constable to account is weakened because performance data is late or incomplete.",
                    "Head of Performance",
                    (3, 3),
                    "Data-sharing agreement; monthly data meeting.",
                    (2, 3),
                    (2, 2),
                    "↔",
                ),
            ],
        ),
        (
            "Priority 3: Confidence in the OPCC",
            "Confidence in the OPCC",
            [
                (
                    "OPCC-R05",
                    "A cyber attack on the shared network leads to the loss or disclosure of personal data held by the OPCC.",
                    "Chief Executive",
                    (3, 4),
                    "Force cyber controls; staff training; tested back-ups.",
                    (2, 4),
                    (2, 4),
                    "↔",
                ),
                (
                    "OPCC-R06",
                    "The office does not meet its statutory duties to publish information under the Specified Information Order.",
                    "Governance Officer",
                    (2, 3),
                    "Publication checklist reviewed monthly.",
                    (1, 3),
                    (1, 3),
                    "↓",
                ),
            ],
        ),
    ]
    H = style("Helvetica-Bold", 7.5)
    C = style("Helvetica", 7.5)
    CC = style("Helvetica", 7.5, alignment=TA_CENTER)
    head1 = [
        "Ref",
        "Risk",
        "Risk owner",
        "Inherent risk",
        "",
        "",
        "Key controls in place",
        "Residual risk",
        "",
        "",
        "Target risk",
        "",
        "",
        "Trend",
    ]
    head2 = ["", "", "", "P", "I", "Score", "", "P", "I", "Score", "P", "I", "Score", ""]
    data = [[P(h, H) for h in head1], [P(h, H) for h in head2]]
    spans = [("SPAN", (3, 0), (5, 0)), ("SPAN", (7, 0), (9, 0)), ("SPAN", (10, 0), (12, 0))]
    for c in (0, 1, 2, 6, 13):
        spans.append(("SPAN", (c, 0), (c, 1)))
    extra = []
    for label, objective, items in risks:
        data.append([P(label, style("Helvetica-BoldOblique", 8))] + [""] * 13)
        extra += [
            ("SPAN", (0, len(data) - 1), (-1, len(data) - 1)),
            ("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#EDEDED")),
        ]
        for ref, desc, owner, inh, ctl, res, tgt, trend in items:
            row = [P(ref, C), P(desc, C), P(owner, C)]
            row += [P(str(inh[0]), CC), P(str(inh[1]), CC), P(str(inh[0] * inh[1]), CC), P(ctl, C)]
            row += [P(str(res[0]), CC), P(str(res[1]), CC), P(str(res[0] * res[1]), CC)]
            row += [P(str(tgt[0]), CC), P(str(tgt[1]), CC), P(str(tgt[0] * tgt[1]), CC)]
            row += [Paragraph(trend, style("DVC", 9, alignment=TA_CENTER))]
            data.append(row)
            g.risk(
                ref,
                objective,
                desc,
                [
                    ("inherent", "Inherent risk", inh[0], inh[1], inh[0] * inh[1], RD),
                    ("current", "Residual risk", res[0], res[1], res[0] * res[1], RD),
                    ("target", "Target risk", tgt[0], tgt[1], tgt[0] * tgt[1], RD),
                ],
            )
    w = [18, 70, 26, 8, 8, 11, 58, 8, 8, 11, 8, 8, 11, 12]
    t = Table(data, colWidths=[x * mm for x in w], repeatRows=2)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
                ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#C9DAF8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
            + spans
            + extra
        )
    )
    story = [
        P("Office of the Police and Crime Commissioner for Oakhallow", style("Helvetica", 9)),
        P("Strategic Risk Register", style("Helvetica-Bold", 15, leading=19)),
        P(
            "Register date: 1 April 2022   ·   Scoring: Probability (1–4) × Impact (1–4); 1–3 low, 4–6 medium, "
            "8–9 high, 12–16 very high",
            style("Helvetica", 8.5, spaceAfter=8),
        ),
        t,
    ]
    build_rl(
        HERE / file,
        story,
        pagesize=landscape(A4),
        margins=(12, 12, 14, 14),
        on_page=page_decor(footer="Page {n}", header_right="OFFICIAL", size=7.5),
    )
    return g


def p12_hollinsdale_frs_risk_cards():
    """Risk cards, two per row band: coloured title bar with reference and short title, theme, owner,
    description, three ratings 'Likelihood 4 × Consequence 4 = 16' (before controls / with current controls /
    target), controls, per-card review date dd/mm/yyyy; 5×5 scale; Carlito."""
    file = "Hollinsdale FRS Corporate Risk Register Cards Feb 2023.pdf"
    g = Gold(file, ["attendance", "agenda_items", "decisions", "actions", "risks"])
    cards = [
        (
            "CRR-01",
            "On-call availability",
            "Service delivery",
            "On-call fire engines are unavailable because too few on-call firefighters can be recruited and retained, increasing response times in rural areas.",
            "Area Manager, Response",
            (4, 4),
            (4, 3),
            (2, 3),
            "Recruitment campaign; flexible contracts; crewing pool.",
            "02/02/2023",
        ),
        (
            "CRR-02",
            "Building safety",
            "Protection",
            "The Service cannot complete its programme of high-risk building audits following the new building safety regulations.",
            "Head of Protection",
            (3, 5),
            (3, 4),
            (2, 4),
            "Risk-based inspection programme; trained fire safety officers.",
            "27/01/2023",
        ),
        (
            "CRR-03",
            "Budget gap",
            "Finance",
            "A funding gap of £2.1m in 2024/25 requires reductions in front-line services.",
            "Treasurer",
            (5, 4),
            (4, 4),
            (3, 3),
            "Medium-term financial plan; efficiency reviews; reserves.",
            "06/02/2023",
        ),
        (
            "CRR-04",
            "Industrial action",
            "People",
            "Industrial action over pay reduces the number of fire engines available for emergency response.",
            "Deputy Chief Fire Officer",
            (3, 5),
            (3, 4),
            (2, 3),
            "Business continuity plans; contingency crewing.",
            "06/02/2023",
        ),
        (
            "CRR-05",
            "Mobilising system",
            "Technology",
            "The mobilising system fails when the contract with the current supplier ends in 2024 before its replacement is ready.",
            "Head of ICT",
            (3, 4),
            (2, 4),
            (1, 4),
            "Contract extension option; joint procurement with neighbouring services.",
            "31/01/2023",
        ),
    ]
    bar = {
        "Service delivery": "#C00000",
        "Protection": "#E26B0A",
        "Finance": "#7030A0",
        "People": "#2E75B6",
        "Technology": "#548235",
    }
    N = style("Carlito", 9.5, leading=12)
    B = style("Carlito-Bold", 9.5, leading=12)
    W = style("Carlito-Bold", 11, textColor=colors.white)
    story = [
        P("HOLLINSDALE FIRE AND RESCUE SERVICE", style("Carlito-Bold", 16, leading=20)),
        P("Corporate Risk Register – February 2023", style("Carlito", 12, spaceAfter=4)),
        P(
            "Scores: Likelihood (1–5) × Consequence (1–5). 1–4 low, 5–9 medium, 10–15 high, 16–25 very high.",
            style("Carlito-Italic", 9, spaceAfter=8),
        ),
    ]
    for ref, short, theme, desc, owner, before, cur, tgt, ctl, rev in cards:

        def r(x):
            return f"Likelihood {x[0]} × Consequence {x[1]} = {x[0] * x[1]}"

        rows = [
            [P(f"{ref}   {short}", W), ""],
            [P("Theme", B), P(theme, N)],
            [P("Risk owner", B), P(owner, N)],
            [P("Risk description", B), P(desc, N)],
            [P("Before controls", B), P(r(before), N)],
            [P("With current controls", B), P(r(cur), N)],
            [P("Target", B), P(r(tgt), N)],
            [P("Controls", B), P(ctl, N)],
            [P("Reviewed", B), P(rev, N)],
        ]
        t = Table(rows, colWidths=[38 * mm, 132 * mm])
        t.setStyle(
            TableStyle(
                [
                    ("SPAN", (0, 0), (-1, 0)),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(bar[theme])),
                    ("BOX", (0, 0), (-1, -1), 1, colors.HexColor(bar[theme])),
                    ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#BFBFBF")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story += [KeepTogether([t]), Spacer(1, 9)]
        rd = f"{rev[6:10]}-{rev[3:5]}-{rev[0:2]}"
        g.risk(
            ref,
            theme,
            desc,
            [
                ("inherent", "Before controls", before[0], before[1], before[0] * before[1], rd),
                ("current", "With current controls", cur[0], cur[1], cur[0] * cur[1], rd),
                ("target", "Target", tgt[0], tgt[1], tgt[0] * tgt[1], rd),
            ],
        )
    build_rl(
        HERE / file,
        story,
        margins=(20, 20, 16, 16),
        on_page=page_decor(footer="Hollinsdale FRS  |  Corporate Risk Register  |  {n}", font="Carlito", size=8),
    )
    return g


def p13_marrowgate_heatmaps():
    """Two heat maps on page 1 (inherent and residual), likelihood 1–6 by impact 1–4, each cell with its score
    and the references placed in it; page 2 lists the risks (reference, title, description, theme, owner).
    Ratings exist only as positions in the maps. DejaVu Sans Condensed; no date in the file name."""
    file = "Marrowgate-Constabulary-Force-Risk-Register-heatmap.pdf"
    g = Gold(file, ["attendance", "agenda_items", "decisions", "actions", "risks"])
    RD = "2022-09-30"
    risks = [
        (
            "FRR01",
            "Officer uplift",
            "Workforce",
            "The force does not reach its officer uplift target by March 2023, losing ring-fenced grant.",
            "Director of People",
            (5, 3),
            (3, 3),
        ),
        (
            "FRR02",
            "Digital forensics backlog",
            "Investigation",
            "Delays in examining digital devices cause prosecutions to fail or be delayed.",
            "ACC Crime",
            (6, 3),
            (4, 3),
        ),
        (
            "FRR03",
            "Vetting",
            "Workforce",
            "Officers and staff work without current vetting because renewals have fallen behind.",
            "Head of Professional Standards",
            (4, 4),
            (2, 4),
        ),
        (
            "FRR04",
            "Emergency Services Network",
            "Technology",
            "Further delay to the national Emergency Services Network leaves the force on an unsupported radio system.",
            "Chief Information Officer",
            (4, 3),
            (3, 3),
        ),
        (
            "FRR05",
            "Child protection",
            "Safeguarding",
            "Referrals about children at risk are not assessed in time by the multi-agency hub.",
            "ACC Public Protection",
            (5, 4),
            (3, 4),
        ),
        (
            "FRR06",
            "Custody health care",
            "Safeguarding",
            "The custody health care contract fails to provide nurses at all suites, so detainees wait for assessment.",
            "Head of Custody",
            (3, 4),
            (2, 4),
        ),
        (
            "FRR07",
            "Fleet",
            "Technology",
            "Vehicle parts shortages leave too few response cars available.",
            "Head of Fleet",
            (3, 2),
            (2, 2),
        ),
    ]
    for ref, title, theme, desc, owner, inh, res in risks:
        g.risk(
            ref,
            theme,
            desc,
            [
                ("inherent", "Inherent risk", inh[0], inh[1], inh[0] * inh[1], RD),
                ("current", "Residual risk", res[0], res[1], res[0] * res[1], RD),
            ],
        )

    def colour(s):
        return "#F4CCCC" if s >= 15 else "#FCE5CD" if s >= 8 else "#FFF2CC" if s >= 4 else "#D9EAD3"

    def heat(title, which):
        S = style("DVC", 6.5, leading=8)
        R = style("DVC-Bold", 8, leading=10)
        data = [[P(title, style("DVC-Bold", 9)), "", "", "", ""]]
        names = {6: "Almost certain", 5: "Likely", 4: "Probable", 3: "Possible", 2: "Unlikely", 1: "Rare"}
        cmds = [
            ("SPAN", (0, 0), (-1, 0)),
            ("GRID", (1, 1), (-1, 6), 0.5, colors.white),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        for li in range(6, 0, -1):
            row = [P(f"{li} {names[li]}", S)]
            for im in range(1, 5):
                refs = [ref for ref, *_rest in risks if (_rest[4] if which == "inh" else _rest[5]) == (li, im)]
                row.append([P(str(li * im), S)] + [P(x, R) for x in refs])
                cmds.append(("BACKGROUND", (im, 7 - li), (im, 7 - li), colors.HexColor(colour(li * im))))
            data.append(row)
        data.append(
            [P("Likelihood ↑ / Impact →", S)]
            + [P(f"{i} {n}", S) for i, n in zip(range(1, 5), ["Minor", "Moderate", "Major", "Critical"])]
        )
        t = Table(data, colWidths=[20 * mm] + [15 * mm] * 4, rowHeights=[6 * mm] + [14 * mm] * 6 + [8 * mm])
        t.setStyle(TableStyle(cmds))
        return t

    side = Table([[heat("Inherent risk", "inh"), heat("Residual risk", "res")]], colWidths=[88 * mm, 88 * mm])
    style("DVC", 8, leading=10)
    rows = [["Ref", "Risk", "Description", "Strategic theme", "Risk owner"]]
    for ref, title, theme, desc, owner, inh, res in risks:
        rows.append([ref, title, desc, theme, owner])
    story = [
        P("MARROWGATE CONSTABULARY", style("DVC-Bold", 15, leading=18)),
        P("Force Risk Register – position as at 30 September 2022", style("DVC", 11, spaceAfter=4)),
        P(
            "The maps show where each force risk sits before controls (inherent) and after controls (residual). "
            "The number in each cell is the risk score (likelihood × impact).",
            style("DVC", 8.5, spaceAfter=10),
        ),
        side,
        PageBreak(),
        P("Risks shown on the heat maps", style("DVC-Bold", 12, spaceAfter=6)),
        grid(rows, [14 * mm, 32 * mm, 72 * mm, 25 * mm, 32 * mm], "DVC", 8, rules="hlines"),
    ]
    build_rl(
        HERE / file,
        story,
        on_page=page_decor(
            header="Marrowgate Constabulary – Force Risk Register", footer="{n} / 2", font="DVC", size=7.5
        ),
    )
    return g


def p14_dunmere_opcc_register():
    """Word register on a 3×3 scale: Unmitigated and Mitigated ratings printed 'L / I / Score' in one cell;
    objective rows 'Objective n – …' merged across the table; Caladea 9.5; 'Last updated' date."""
    file = "Dunmere OPCC risk register 2021.pdf"
    g = Gold(file, ["attendance", "agenda_items", "decisions", "actions", "risks"])
    RD = "2021-10-12"
    groups = [
        (
            "Objective 1 – Keeping people safe",
            "Keeping people safe",
            [
                (
                    "DR1",
                    "The Commissioner is unable to commission enough domestic abuse refuge places to meet the statutory duty.",
                    "Commissioning Manager",
                    (3, 3),
                    "Joint commissioning with the three unitary councils.",
                    (2, 3),
                ),
                (
                    "DR2",
                    "Funding for the Violence Reduction Unit ends before its programmes have been evaluated.",
                    "Chief Executive",
                    (2, 3),
                    "Exit strategy; evaluation contract let.",
                    (2, 2),
                ),
            ],
        ),
        (
            "Objective 2 – A well-run office",
            "A well-run office",
            [
                (
                    "DR3",
                    "Key staff leave the office and their knowledge is lost.",
                    "Chief Executive",
                    (3, 2),
                    "Succession plan; procedure notes kept on the shared drive.",
                    (2, 2),
                ),
                (
                    "DR4",
                    "The office breaches data protection law when handling complaints reviews.",
                    "Data Protection Officer",
                    (2, 3),
                    "Training; redaction checks; retention schedule.",
                    (1, 3),
                ),
                (
                    "DR5",
                    "Grant claims are rejected by the Home Office because evidence of spend is incomplete.",
                    "Chief Finance Officer",
                    (3, 3),
                    "Quarterly grant reconciliation; internal audit review.",
                    (1, 3),
                ),
            ],
        ),
    ]
    rows = [["Ref", "Risk", "Owner", "Unmitigated (L / I / Score)", "Mitigating actions", "Mitigated (L / I / Score)"]]
    merged = []
    for label, obj, items in groups:
        merged.append(len(rows))
        rows.append([label])
        for ref, desc, owner, un, ctl, mi in items:
            rows.append(
                [ref, desc, owner, f"{un[0]} / {un[1]} / {un[0] * un[1]}", ctl, f"{mi[0]} / {mi[1]} / {mi[0] * mi[1]}"]
            )
            g.risk(
                ref,
                obj,
                desc,
                [
                    ("inherent", "Unmitigated", un[0], un[1], un[0] * un[1], RD),
                    ("current", "Mitigated", mi[0], mi[1], mi[0] * mi[1], RD),
                ],
            )
    doc = docx_doc("Caladea", 10)
    docx_footer(doc, "Dunmere OPCC – Risk Register – ", header="OFFICIAL")
    dpara(doc, "Office of the Police and Crime Commissioner for Dunmere", size=10)
    dpara(doc, "Risk Register", bold=True, size=16)
    dpara(doc, "Last updated: 12 October 2021", italic=True)
    dpara(
        doc,
        "Likelihood (L) and Impact (I) are each scored 1 (low), 2 (medium) or 3 (high); the score is L × I, out of 9.",
        size=9,
    )
    dtable(doc, rows, [1.1, 4.6, 2.9, 2.6, 3.4, 2.4], size=9.5, shade="D9E2F3", merged=merged)
    dpara(doc, "")
    dpara(
        doc, "Risks scoring 6 or more after mitigation are reported to the Joint Audit Committee.", italic=True, size=9
    )
    save_docx(doc, file)
    return g


def p15_skelbrooke_pack():
    """Combined pack (reportlab): cover with agenda; Paper A unconfirmed minutes of the previous meeting
    (attendee table with sections, n.n paragraphs, 'ACTION:' lines with owner); Paper B action log (grid, some rows
    are the minuted actions with their numbers); Paper C risk register extract (strategic aim as a column,
    current and target L/I/rating, dated 'as at'). Each paper paginated on its own."""
    file = "2022-05-17-Skelbrooke-Strategic-Governance-Board-Pack.pdf"
    g = Gold(file, ["meetings", "attendance", "agenda_items", "decisions", "actions", "risks"])
    D, PD = "2022-05-17", "2022-03-15"
    body = "Strategic Governance Board"
    loc = "Meeting Room 4, Skelbrooke Police Headquarters, Abbey Road, Skelton Magna"
    g.meeting(body, D, "10:00", loc, None)
    g.meeting(body, PD, "10:00", "Meeting Room 4, Skelbrooke Police Headquarters", "draft")
    style("Times-Roman", 10.5, leading=13.5, spaceAfter=4)
    NB = style("Helvetica-Bold", 10.5, spaceBefore=8, spaceAfter=3)
    AC = style("Times-Bold", 10.5, leading=13.5, spaceAfter=4, leftIndent=24)
    IND = style("Times-Roman", 10.5, leading=13.5, spaceAfter=4, leftIndent=24, firstLineIndent=-24)
    story = [
        Spacer(1, 30 * mm),
        P("SKELBROOKE POLICE, FIRE AND CRIME COMMISSIONER", style("Helvetica-Bold", 13, alignment=TA_CENTER)),
        P("STRATEGIC GOVERNANCE BOARD", style("Helvetica-Bold", 20, leading=26, alignment=TA_CENTER, spaceBefore=8)),
        P("Tuesday 17 May 2022 at 10.00am", style("Helvetica", 12, alignment=TA_CENTER, spaceBefore=10)),
        P(loc, style("Helvetica", 11, alignment=TA_CENTER, spaceAfter=18)),
        P("AGENDA", style("Helvetica-Bold", 13, spaceAfter=6)),
    ]
    items = [
        ("1", "Apologies and declarations of interest", "Chair", "–"),
        ("2", "Minutes of the meeting held on 15 March 2022", "Chair", "A"),
        ("3", "Action log", "Board Secretary", "B"),
        ("4", "Strategic risk register", "Chief Finance Officer", "C"),
        ("5", "Fire service improvement plan: progress", "Chief Fire Officer", "Verbal"),
        ("6", "Policing performance: quarter 4 2021/22", "Deputy Chief Constable", "Verbal"),
        ("7", "Any other business", "Chair", "–"),
    ]
    rows = [["Item", "Subject", "Presented by", "Paper"]] + [list(i) for i in items]
    for no, title, pres, _ in items:
        g.item(D, no, title, pres)
    story.append(grid(rows, [14 * mm, 95 * mm, 45 * mm, 16 * mm], "Helvetica", 10, rules="hlines"))
    story.append(PageBreak())
    # ---- Paper A
    story += [
        P("Paper A", style("Helvetica", 9, alignment=TA_RIGHT)),
        P("UNCONFIRMED MINUTES", style("Helvetica-Bold", 9, textColor=colors.red)),
        P("Strategic Governance Board", style("Helvetica-Bold", 15, leading=19)),
        P(
            "Minutes of the meeting held on 15 March 2022 at 10.00am, Meeting Room 4, Skelbrooke Police Headquarters",
            style("Helvetica", 10, spaceAfter=8),
        ),
    ]
    att = [
        ("Members", None, None),
        ("Andrea Coles", "Police, Fire and Crime Commissioner (Chair)", "member"),
        ("Warren Ibbotson", "Chief Constable", "member"),
        ("Louise Fairbairn", "Chief Fire Officer", "member"),
        ("Dominic Hale", "Chief Executive", "member"),
        ("Priya Nandra", "Chief Finance Officer", "member"),
        ("In attendance", None, None),
        ("Stuart Mellor", "Deputy Chief Constable", "in_attendance"),
        ("Grace Ottley", "Board Secretary", "in_attendance"),
        ("Apologies", None, None),
        ("Kevin Strand", "Assistant Chief Fire Officer", "apologies"),
    ]
    rows = []
    sec = []
    for n, r, k in att:
        if r is None:
            rows.append([P(n, style("Helvetica-Bold", 9.5)), ""])
            sec.append(("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)))
            sec.append(("BACKGROUND", (0, len(rows) - 1), (1, len(rows) - 1), colors.HexColor("#E7E6E6")))
        else:
            rows.append([P(n, style("Times-Roman", 10)), P(r, style("Times-Roman", 10))])
            g.att(PD, n, k, r)
    t = Table(rows, colWidths=[50 * mm, 100 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey)] + sec))
    story += [t, Spacer(1, 6)]

    def para(no, text, s=IND):
        story.append(P(f"{no}\u2003{text}", s))

    story.append(P("1. Apologies and declarations", NB))
    para("1.1", "Apologies were received from Kevin Strand. No interests were declared.")
    story.append(P("2. Minutes and matters arising", NB))
    d = "The Board approved the minutes of the meeting held on 11 January 2022."
    para("2.1", d)
    g.dec(PD, "2.1", "approved", d)
    story.append(P("3. Fire service on-call model", NB))
    para(
        "3.1",
        "The Chief Fire Officer presented options for a revised on-call duty system. Members discussed the "
        "effect on stations with fewer than six on-call firefighters.",
    )
    d = "The Commissioner agreed that option 2 be developed into a full proposal."
    para("3.2", d)
    g.dec(PD, "3.2", "agreed", d)
    a1 = "Chief Fire Officer to bring the full proposal for the on-call model to the Board by 17 May 2022."
    story.append(P("ACTION: " + a1, AC))
    story.append(P("4. Police precept and budget monitoring", NB))
    para(
        "4.1", "The Chief Finance Officer reported a forecast underspend of £0.6m, mainly from police staff vacancies."
    )
    d = "The Board noted the forecast and endorsed the transfer of £0.4m to the capital reserve."
    para("4.2", d)
    g.dec(PD, "4.2", "endorsed", d)
    story.append(P("5. Custody and detention", NB))
    para(
        "5.1", "The Deputy Chief Constable reported that the new custody suite at Skelton Magna had opened on 1 March."
    )
    para("5.2", "The Chief Constable noted that custody staffing was being reviewed.")
    a2 = "Deputy Chief Constable to report on the first three months of the new custody suite."
    story.append(P("ACTION: " + a2, AC))
    story.append(P("6. Any other business", NB))
    d = "The Commissioner delegated to the Chief Executive the approval of the final Estates Strategy wording."
    para("6.1", d)
    g.dec(PD, "6.1", "delegated", d)
    story.append(PageBreak())
    # ---- Paper B
    story += [
        P("Paper B", style("Helvetica", 9, alignment=TA_RIGHT)),
        P("Strategic Governance Board – Action Log", style("Helvetica-Bold", 14, leading=18, spaceAfter=6)),
    ]
    acts = [
        (
            "SGB/22/01",
            "11/01/2022",
            "2022-01-11",
            "3",
            "Publish the summary of the public consultation on the precept.",
            "Chief Executive",
            ["Chief Executive"],
            "31/01/2022",
            "2022-01-31",
            "Complete",
            "Published 27 January.",
        ),
        (
            "SGB/22/02",
            "11/01/2022",
            "2022-01-11",
            "5",
            "Agree a joint estates plan for shared police and fire stations.",
            "Chief Constable & Chief Fire Officer",
            ["Chief Constable", "Chief Fire Officer"],
            "30/06/2022",
            "2022-06-30",
            "Open",
            "Four sites identified.",
        ),
        (
            "SGB/22/03",
            "15/03/2022",
            "2022-03-15",
            "3",
            a1,
            "Chief Fire Officer",
            ["Chief Fire Officer"],
            "17/05/2022",
            "2022-05-17",
            "Open",
            "On the agenda for this meeting.",
        ),
        (
            "SGB/22/04",
            "15/03/2022",
            "2022-03-15",
            "5",
            a2,
            "DCC",
            ["Deputy Chief Constable"],
            "19/07/2022",
            "2022-07-19",
            "Open",
            "",
        ),
    ]
    rows = [["Ref", "Raised", "Item", "Action", "Owner", "Target", "Status", "Update"]]
    for ref, rd, rdi, it, desc, own, owners, tg, tgi, st, up in acts:
        rows.append([ref, rd, it, desc, own, tg, st, up])
    story.append(
        grid(
            rows,
            [19 * mm, 18 * mm, 9 * mm, 52 * mm, 24 * mm, 18 * mm, 16 * mm, 22 * mm],
            "Helvetica",
            8,
            header_bg=colors.HexColor("#D0CECE"),
        )
    )
    story.append(PageBreak())
    # ---- Paper C
    story += [
        P("Paper C", style("Helvetica", 9, alignment=TA_RIGHT)),
        P("Strategic Risk Register – extract of risks scoring 12 or more", style("Helvetica-Bold", 14, leading=18)),
        P(
            "Risk register as at 29 April 2022. Scores are Likelihood (1–5) × Impact (1–5).",
            style("Helvetica", 9.5, spaceAfter=6),
        ),
    ]
    RD = "2022-04-29"
    rk = [
        (
            "SR01",
            "Safer communities",
            "Rising demand from mental health calls diverts officers from core policing.",
            "Deputy Chief Constable",
            (4, 4),
            (3, 3),
        ),
        (
            "SR02",
            "Safer communities",
            "On-call fire cover falls below the agreed standard during the day.",
            "Chief Fire Officer",
            (4, 3),
            (2, 3),
        ),
        (
            "SR05",
            "Value for money",
            "Inflation on fuel and energy costs exceeds the budget provision.",
            "Chief Finance Officer",
            (5, 3),
            (3, 3),
        ),
        (
            "SR07",
            "Trust and confidence",
            "A failure in vetting allows an unsuitable person to join the police or fire service.",
            "Chief Executive",
            (3, 5),
            (2, 5),
        ),
    ]
    rows = [
        ["Ref", "Strategic aim", "Risk", "Owner", "Current rating", "", "", "Target rating", "", ""],
        ["", "", "", "", "L", "I", "Rating", "L", "I", "Rating"],
    ]
    for ref, aim, desc, own, cur, tgt in rk:
        rows.append(
            [
                ref,
                aim,
                desc,
                own,
                str(cur[0]),
                str(cur[1]),
                str(cur[0] * cur[1]),
                str(tgt[0]),
                str(tgt[1]),
                str(tgt[0] * tgt[1]),
            ]
        )
        g.risk(
            ref,
            aim,
            desc,
            [
                ("current", "Current rating", cur[0], cur[1], cur[0] * cur[1], RD),
                ("target", "Target rating", tgt[0], tgt[1], tgt[0] * tgt[1], RD),
            ],
        )
    story.append(
        grid(
            rows,
            [11 * mm, 23 * mm, 50 * mm, 26 * mm] + [10 * mm, 10 * mm, 11 * mm] * 2,
            "Helvetica",
            8,
            header_bg=colors.HexColor("#D0CECE"),
            repeat=2,
            extra=[("SPAN", (4, 0), (6, 0)), ("SPAN", (7, 0), (9, 0))] + [("SPAN", (c, 0), (c, 1)) for c in range(4)],
        )
    )
    # actions of the pack: the two minuted actions are the log's SGB/22/03 and /04 (one record each)
    for ref, rd, rdi, it, desc, own, owners, tg, tgi, st, up in acts:
        g.act(desc, ref, rdi, it, owners, tgi, "closed" if st == "Complete" else "open", own, tg)

    labels = {1: "Agenda", 2: "Paper A – page 1 of 1", 3: "Paper B – page 1 of 1", 4: "Paper C – page 1 of 1"}

    def decor(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(doc.leftMargin, 10 * mm, "Strategic Governance Board – 17 May 2022")
        canvas.drawRightString(A4[0] - doc.rightMargin, 10 * mm, labels.get(doc.page, ""))
        canvas.restoreState()

    build_rl(HERE / file, story, margins=(20, 20, 18, 18), on_page=decor)
    assert pages(HERE / file) == 4, "the footer labels assume four pages"
    return g


def p16_fenwold_jac_pack():
    """Combined Word pack: notice and agenda (lead in a right column, no rules); draft minutes of the previous
    meeting (bulleted attendance with initials, n.n paragraphs, 'Action:' lines naming initials); action log
    (grid, the minuted actions among its rows); strategic risk summary with category rows and ratings printed
    '20 (L5, I4)'. Carlito 10.5; page breaks between papers."""
    file = "Fenwold JAC 24 May 2022 - agenda pack.pdf"
    g = Gold(file, ["meetings", "attendance", "agenda_items", "decisions", "actions", "risks"])
    D, PD = "2022-05-24", "2022-02-22"
    body = "Fenwold Joint Audit Committee"
    loc = "Training Suite, Fenwold Police Headquarters, Beck Lane, Fenwold"
    g.meeting(body, D, "14:00", loc, None, body_text="FENWOLD JOINT AUDIT COMMITTEE")
    g.meeting(
        body,
        PD,
        "14:00",
        "Training Suite, Fenwold Police Headquarters",
        "draft",
        body_text="FENWOLD JOINT AUDIT COMMITTEE",
    )
    doc = docx_doc("Carlito", 10.5)
    docx_footer(doc, "Fenwold Joint Audit Committee – 24 May 2022 – ")
    from docx.shared import Cm

    dpara(doc, "FENWOLD JOINT AUDIT COMMITTEE", bold=True, size=16, align="center")
    dpara(
        doc,
        f"Notice is given that a meeting of the Committee will be held on Tuesday 24 May 2022 at 2.00 pm in the {loc}.",
        align="center",
    )
    dpara(doc, "AGENDA", bold=True, size=13)
    items = [
        ("1", "Apologies for absence", "Chair"),
        ("2", "Declarations of interest", "Chair"),
        ("3", "Minutes of the meeting held on 22 February 2022 and matters arising", "Chair"),
        ("4", "Action log", "Committee Secretary"),
        ("5", "Strategic risk register", "Chief Finance Officer"),
        ("6", "Internal audit annual opinion 2021/22", "Internal Audit Manager"),
        ("7", "Draft statements of accounts 2021/22", "Chief Finance Officer"),
        ("8", "Annual report of the Committee", "Chair"),
        ("9", "Private meeting of members with the auditors", "Chair"),
    ]
    dtable(doc, [[no + ".", t, lead] for no, t, lead in items], [1.2, 11.0, 4.8], style_name=None, header=False)
    for no, t, lead in items:
        g.item(D, no, t, lead)
    dpara(doc, "")
    dpara(doc, "Enquiries: Committee Secretary, Fenwold OPCC, Beck Lane, Fenwold.", italic=True, size=9)
    doc.add_page_break()
    # ---- minutes
    dpara(doc, "DRAFT – subject to approval by the Committee", bold=True, size=9, align="right")
    dpara(doc, "FENWOLD JOINT AUDIT COMMITTEE", bold=True, size=14)
    dpara(
        doc,
        "Minutes of the meeting held on Tuesday 22 February 2022 at 2.00 pm, Training Suite, Fenwold Police "
        "Headquarters",
    )
    groups = [
        (
            "Present",
            [
                ("Judith Crane", "Chair", "JC"),
                ("Harold Mbeki", "independent member", "HM"),
                ("Fiona Lockhart", "independent member", "FL"),
                ("Gethin Pugh", "independent member", "GP"),
            ],
            "member",
        ),
        (
            "In attendance",
            [
                ("Samir Haddad", "Chief Finance Officer, OPCC", "SH"),
                ("Olivia Trent", "Chief Finance Officer, Fenwold Police", "OT"),
                ("Matthew Crewe", "Internal Audit Manager", "MC"),
                ("Anita Boateng", "Audit Manager, external audit", "AB"),
                ("Lucy Ferris", "Committee Secretary", "LF"),
            ],
            "in_attendance",
        ),
        ("Apologies", [("Nicola Dunn", "Deputy Chief Constable", "ND")], "apologies"),
    ]
    for head, people, kind in groups:
        dpara(doc, head + ":", bold=True, space_after=1)
        for n, r, ini in people:
            p = doc.add_paragraph(f"{n} – {r} ({ini})", style="List Bullet")
            p.paragraph_format.space_after = 0
            g.att(PD, n, kind, r)

    def h(t):
        dpara(doc, t, bold=True)

    def para(no, text, bold=False):
        p = dpara(doc, runs=[(no + "\t", False, False), (text, bold, False)])
        p.paragraph_format.left_indent = Cm(1.2)
        p.paragraph_format.first_line_indent = Cm(-1.2)

    h("1. Apologies")
    para("1.1", "Apologies were received from Nicola Dunn, Deputy Chief Constable.")
    h("2. Declarations of interest")
    para("2.1", "There were none.")
    h("3. Minutes of the meeting on 14 December 2021")
    d = "The Committee approved the minutes of the meeting held on 14 December 2021 as a correct record."
    para("3.1", d)
    g.dec(PD, "3.1", "approved", d)
    h("4. Action log")
    d = "The Committee noted the action log and agreed to close actions JAC 21-04, JAC 21-05, JAC 21-08 and JAC 21-11."
    para("4.1", d)
    g.dec(PD, "4.1", "agreed", d)
    h("5. Internal audit plan 2022/23")
    para(
        "5.1",
        "The Internal Audit Manager presented the draft plan of 240 days, which had been shaped by the strategic "
        "risk registers and by discussions with chief officers.",
    )
    d = "The Committee endorsed the internal audit plan for 2022/23."
    para("5.2", d)
    g.dec(PD, "5.2", "endorsed", d)
    a1 = "MC to add a review of firearms licensing to the 2022/23 internal audit plan."
    para("", "Action: " + a1, bold=True)
    h("6. Risk management strategy")
    para("6.1", "The OPCC Chief Finance Officer presented the refreshed joint risk management strategy.")
    d = "RESOLVED that the joint risk management strategy be approved."
    para("6.2", d)
    g.dec(PD, "6.2", "resolved", d)
    h("7. External audit progress")
    para(
        "7.1",
        "The Audit Manager reported that the 2020/21 audits were complete. The Chair noted the delay to "
        "the national audit timetable.",
    )
    a2 = "JC and OT to meet the external auditor to agree the timetable for the 2021/22 accounts."
    para("", "Action: " + a2, bold=True)
    h("8. Date of next meeting")
    para("8.1", "Tuesday 24 May 2022 at 2.00 pm.")
    doc.add_page_break()
    # ---- action log
    dpara(doc, "JOINT AUDIT COMMITTEE – ACTION LOG (as at 16 May 2022)", bold=True, size=12)
    acts = [
        (
            "JAC 21-07",
            "23/09/21",
            "2021-09-23",
            "5",
            "Present the results of the IT disaster recovery test.",
            "Head of ICT",
            ["Head of ICT"],
            "22/02/22",
            "2022-02-22",
            "Test completed in March; report at item 6.",
            "Completed",
        ),
        (
            "JAC 21-09",
            "14/12/21",
            "2021-12-14",
            "4",
            "Arrange a briefing for members on the new fraud risk assessment.",
            "Head of Professional Standards",
            ["Head of Professional Standards"],
            "22/02/22",
            "2022-02-22",
            "Briefing held 1 March.",
            "Completed",
        ),
        (
            "JAC 21-10",
            "14/12/21",
            "2021-12-14",
            "8",
            "Report on the recovery of overpaid police pensions.",
            "Pensions Manager",
            ["Pensions Manager"],
            "TBC",
            None,
            "Awaiting national guidance.",
            "In progress",
        ),
        (
            "JAC 22-01",
            "22/02/22",
            "2022-02-22",
            "5",
            a1,
            "MC",
            ["Matthew Crewe"],
            "24/05/22",
            "2022-05-24",
            "Added to quarter 2 of the plan.",
            "Completed",
        ),
        (
            "JAC 22-02",
            "22/02/22",
            "2022-02-22",
            "7",
            a2,
            "JC / OT",
            ["Judith Crane", "Olivia Trent"],
            "31/03/22",
            "2022-03-31",
            "Meeting held 10 March; timetable circulated.",
            "Completed",
        ),
        (
            "JAC 22-03",
            "22/02/22",
            "2022-02-22",
            "6",
            "Publish the approved risk management strategy on both websites.",
            "Committee Secretary",
            ["Committee Secretary"],
            "Next meeting",
            None,
            "",
            "In progress",
        ),
    ]
    rows = [["Ref", "Meeting", "Min.", "Action", "Lead", "Due", "Progress", "Status"]]
    for ref, mt, mti, mn, desc, lead, owners, due, duei, prog, st in acts:
        rows.append([ref, mt, mn, desc, lead, due, prog, st])
        g.act(desc, ref, mti, mn, owners, duei, "closed" if st == "Completed" else "open", lead, due)
    dtable(doc, rows, [1.8, 1.6, 1.1, 4.1, 2.2, 1.6, 2.6, 2.0], size=9, shade="DDEBF7")
    doc.add_page_break()
    # ---- risk summary
    dpara(doc, "STRATEGIC RISK REGISTER – SUMMARY AT 3 MAY 2022", bold=True, size=12)
    dpara(doc, "Ratings are shown as score (likelihood, impact) on a 5 × 5 scale.", italic=True, size=9)
    RD = "2022-05-03"
    cats = [
        (
            "Category: Financial",
            "Financial",
            [
                ("SRR 1", "Pay awards above the budgeted 2.5% create a deficit in 2022/23.", (5, 4), (4, 4), (2, 3)),
                ("SRR 2", "Capital schemes overrun because of construction inflation.", (4, 3), (3, 3), (2, 3)),
            ],
        ),
        (
            "Category: Operational",
            "Operational",
            [
                (
                    "SRR 3",
                    "The force cannot meet rising demand for digital forensic examination.",
                    (4, 4),
                    (4, 3),
                    (2, 3),
                ),
                (
                    "SRR 4",
                    "Loss of the force data centre stops core systems for more than 24 hours.",
                    (3, 5),
                    (2, 5),
                    (2, 4),
                ),
            ],
        ),
        (
            "Category: Reputational",
            "Reputational",
            [("SRR 5", "Misconduct by officers damages public confidence in the force.", (4, 5), (3, 5), (2, 5))],
        ),
    ]
    rows = [["Ref", "Risk", "Inherent", "Residual", "Target"]]
    merged = []
    for label, cat, items in cats:
        merged.append(len(rows))
        rows.append([label])
        for ref, desc, inh, res, tgt in items:
            f = lambda x: f"{x[0] * x[1]} (L{x[0]}, I{x[1]})"  # noqa: E731
            rows.append([ref, desc, f(inh), f(res), f(tgt)])
            g.risk(
                ref,
                cat,
                desc,
                [
                    ("inherent", "Inherent", inh[0], inh[1], inh[0] * inh[1], RD),
                    ("current", "Residual", res[0], res[1], res[0] * res[1], RD),
                    ("target", "Target", tgt[0], tgt[1], tgt[0] * tgt[1], RD),
                ],
            )
    dtable(doc, rows, [1.6, 8.4, 2.3, 2.3, 2.3], size=9.5, shade="DDEBF7", merged=merged)
    save_docx(doc, file)
    return g


# =========================================================================== build and check

PAPERS = [
    p01_glenmarsh_pcp_minutes,
    p02_oakhallow_jac_minutes,
    p03_carrowby_performance_board_notes,
    p04_hollinsdale_fra_minutes,
    p05_marrowgate_pcp_agenda,
    p06_dunmere_timed_agenda,
    p07_carrowby_action_log,
    p08_fenwold_jac_action_log,
    p09_glenmarsh_spb_tracker,
    p10_oakhallow_jab_action_log,
    p11_oakhallow_opcc_risk_register,
    p12_hollinsdale_frs_risk_cards,
    p13_marrowgate_heatmaps,
    p14_dunmere_opcc_register,
    p15_skelbrooke_pack,
    p16_fenwold_jac_pack,
]


def norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-").replace("\u2003", " ")
    return re.sub(r"\s+", " ", text).strip().lower()


def unmatched_in_order(words: list[str], tokens: list[str]) -> str | None:
    """The first word of `words` that cannot be found, in order, in `tokens` (a wrapped cell's words keep
    their order in layout text, with other columns' words between them); None when all are found."""
    best = None
    for start in (i for i, t in enumerate(tokens) if words and t == words[0]):
        i, k = start, 0
        while k < len(words) and i < len(tokens):
            if tokens[i] == words[k]:
                k += 1
            i += 1
        if k == len(words):
            return None
        best = words[k] if best is None else best
    return best or (words[0] if words else None)


def check() -> int:
    """Every gold string must be in pdftotext -layout output: verbatim (whitespace-normalised), or, for text
    that a table cell wraps across lines, every word of it in order of lines."""
    bad = 0
    for gf in sorted(GOLD.glob("*.json")):
        gold = json.loads(gf.read_text())
        pdf = HERE / gold["file"]
        out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        flat = norm(out)
        tokens = re.findall(r"[a-z0-9£%']+", flat)
        wrapped = 0
        for s in json.loads((BUILD / f"{gf.stem}.check.json").read_text()):
            if norm(s) in flat:
                continue
            missing = unmatched_in_order(re.findall(r"[a-z0-9£%']+", norm(s)), tokens)
            if missing:
                bad += 1
                print(f"  MISSING in {pdf.name}: {s!r} (from word {missing!r} on)")
            else:
                wrapped += 1
        print(f"{pdf.name}: checked; {wrapped} strings only word-wise (wrapped cells)")
    return bad


def main():
    if "--check" not in sys.argv:
        for f in list(HERE.glob("*.pdf")) + list(GOLD.glob("*.json")):
            f.unlink()
        for paper in PAPERS:
            paper().write()
        convert_docx()
    bad = check()
    print("gold strings missing from the PDFs:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
