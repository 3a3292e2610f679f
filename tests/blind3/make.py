#!/usr/bin/env python3
"""Build the blind3 set: synthetic board papers (PDF) and their gold JSON from the same strings.

    .venv/bin/python tests/blind3/make.py          # build all, then check the gold
    .venv/bin/python tests/blind3/make.py --check  # only check gold against pdftotext -layout

Every area, body, person and item of business is invented. Each paper is one function that
renders the PDF and fills a Gold object from the very strings it printed.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).resolve().parent
GOLD = OUT / "gold"
TTF = {
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif",
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans",
    "LibNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito",
    "Caladea": "/usr/share/fonts/truetype/crosextra/Caladea",
}
DEJAVU = {
    "DVSans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
    "DVCond": (
        "DejaVuSansCondensed",
        "DejaVuSansCondensed-Bold",
        "DejaVuSansCondensed-Oblique",
        "DejaVuSansCondensed-BoldOblique",
    ),
    "DVSerif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
}


def register_fonts():
    for fam, base in TTF.items():
        for suffix, style in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("BoldItalic", "-BI")):
            pdfmetrics.registerFont(TTFont(fam + style, f"{base}-{suffix}.ttf"))
        register_family(fam)
    for fam, files in DEJAVU.items():
        for style, f in zip(("", "-B", "-I", "-BI"), files):
            pdfmetrics.registerFont(TTFont(fam + style, f"/usr/share/fonts/truetype/dejavu/{f}.ttf"))
        register_family(fam)


def register_family(fam):
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + "-B")
    addMapping(fam, 0, 1, fam + "-I")
    addMapping(fam, 1, 1, fam + "-BI")


def bold(fam):
    return {"Times-Roman": "Times-Bold", "Helvetica": "Helvetica-Bold", "Courier": "Courier-Bold"}.get(fam, fam + "-B")


# --------------------------------------------------------------------------- gold

MINUTES = ("meetings", "attendance", "decisions", "actions", "risks")
AGENDA = ("meetings", "attendance", "agenda_items", "decisions", "actions", "risks")
LOG = ("attendance", "agenda_items", "decisions", "actions", "risks")
PACK = AGENDA


class Gold:
    def __init__(self, file, kinds):
        self.d = {"file": file}
        for k in kinds:
            self.d[k] = []

    def meeting(self, body, date, time, location, status):
        self.d["meetings"].append(
            dict(body=body, meeting_date=date, start_time=time, location=location, minutes_status=status)
        )

    def attend(self, date, name, attendance, role=None):
        r = dict(meeting_date=date, name=name, attendance=attendance)
        if role:
            r["role_text"] = role
        self.d["attendance"].append(r)

    def item(self, date, number, title, presenter=None):
        r = dict(meeting_date=date, item_number=number, title=title)
        if presenter:
            r["presenter_text"] = presenter
        self.d["agenda_items"].append(r)

    def decision(self, date, item, kind, text):
        self.d["decisions"].append(dict(meeting_date=date, item_number=item, decision_type=kind, text=text))

    def action(self, description, number, raised, item, owners, target, status, owner_text=None, target_text=None):
        r = dict(
            description=description,
            action_number=number,
            raised_date=raised,
            agenda_item_number=item,
            owners=list(owners),
            target_date=target,
            status=status,
        )
        if owner_text:
            r["owner_text"] = owner_text
        if target_text:
            r["target_date_text"] = target_text
        self.d["actions"].append(r)

    def risk(self, ref, objective, description, ratings):
        self.d["risks"].append(
            dict(
                reference=ref,
                objective=objective,
                description=description,
                ratings=[
                    dict(phase=p, phase_text=pt, likelihood=l, impact=i, score=s, register_date=rd)
                    for p, pt, l, i, s, rd in ratings
                ],
            )
        )

    def write(self):
        stem = Path(self.d["file"]).stem
        (GOLD / f"{stem}.json").write_text(json.dumps(self.d, indent=1, ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------- reportlab helpers


def styles(font, size, leading=None):
    leading = leading or size * 1.25
    base = ParagraphStyle("b", fontName=font, fontSize=size, leading=leading, spaceAfter=size * 0.5)
    return {
        "body": base,
        "just": ParagraphStyle("j", parent=base, alignment=TA_JUSTIFY),
        "small": ParagraphStyle("s", parent=base, fontSize=size * 0.85, leading=leading * 0.85, spaceAfter=0),
        "cell": ParagraphStyle("c", parent=base, spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=base, fontName=bold(font), spaceAfter=0),
        "h1": ParagraphStyle(
            "h1", parent=base, fontName=bold(font), fontSize=size * 1.5, leading=size * 1.8, spaceAfter=size * 0.6
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=bold(font),
            fontSize=size * 1.15,
            leading=size * 1.45,
            spaceBefore=size * 0.6,
            spaceAfter=size * 0.3,
        ),
        "centre": ParagraphStyle("ce", parent=base, alignment=TA_CENTER),
        "right": ParagraphStyle("ri", parent=base, alignment=TA_RIGHT),
        "bullet": ParagraphStyle("bu", parent=base, leftIndent=14, bulletIndent=4, spaceAfter=size * 0.25),
        "indent": ParagraphStyle("in", parent=base, leftIndent=24),
    }


def P(text, st, **kw):
    return Paragraph(text, st, **kw)


def grid(data, widths, font, size, header_bg=None, lines="grid", repeat=1, extra=(), valign="TOP", pad=3):
    t = Table(data, colWidths=widths, repeatRows=repeat)
    cmds = [
        ("FONT", (0, 0), (-1, -1), font, size),
        ("VALIGN", (0, 0), (-1, -1), valign),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.9),
    ]
    if lines == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
    elif lines == "rows":
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey))
    if header_bg is not None:
        cmds.append(("BACKGROUND", (0, 0), (-1, repeat - 1), header_bg))
    t.setStyle(TableStyle(cmds + list(extra)))
    return t


def build_rl(
    path,
    story,
    pagesize=A4,
    margins=(18 * mm,) * 4,
    on_page=None,
    frames=None,
    templates=None,
    title=None,
    author="Governance Team",
):
    doc = BaseDocTemplate(
        str(path),
        pagesize=pagesize,
        leftMargin=margins[0],
        rightMargin=margins[1],
        topMargin=margins[2],
        bottomMargin=margins[3],
        title=title or path.stem,
        author=author,
    )
    if templates:
        doc.addPageTemplates(templates(doc))
    else:
        fr = frames(doc) if frames else [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")]
        doc.addPageTemplates([PageTemplate(id="p", frames=fr, onPage=on_page or (lambda c, d: None))])
    doc.build(story)


# --------------------------------------------------------------------------- docx helpers


def docx_to_pdf(document, pdf_path):
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (pdf_path.stem + ".docx")
        document.save(src)
        subprocess.run(
            [
                "soffice",
                "--headless",
                f"-env:UserInstallation=file://{tmp}/lo",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.move(str(Path(tmp) / (pdf_path.stem + ".pdf")), pdf_path)


def docx_base(font, size, landscape_page=False, margins_cm=2.0):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + attr.split(":")[1], font)
    st.paragraph_format.space_after = Pt(size * 0.5)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        h = d.styles[name]
        h.font.name = font
        h.font.color.rgb = None
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape_page:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(margins_cm))
    return d


def dpara(d, text, bold_=False, italic=False, size=None, align=None, style=None, space_after=None):
    from docx.shared import Pt

    p = d.add_paragraph(style=style)
    add_runs(p, text, bold_, italic, size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_runs(p, text, bold_=False, italic=False, size=None):
    """Text with **bold** spans."""
    from docx.shared import Pt

    for i, chunk in enumerate(re.split(r"\*\*", text)):
        if not chunk:
            continue
        r = p.add_run(chunk)
        r.bold = bold_ or bool(i % 2)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def dtable(d, rows, widths_cm, header=True, shade="D9D9D9", borders=True, size=None, bold_first_col=False):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if borders:
        t.style = "Table Grid"
    t.autofit = False
    for ci, w in enumerate(widths_cm):
        t.columns[ci].width = Cm(w)
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            cell = t.cell(ri, ci)
            cell.width = Cm(widths_cm[ci])
            lines = val.split("\n") if isinstance(val, str) else val
            cell.paragraphs[0].text = ""
            for li, line in enumerate(lines):
                p = cell.paragraphs[0] if li == 0 else cell.add_paragraph()
                p.paragraph_format.space_after = Pt(1)
                add_runs(p, line, bold_=(header and ri == 0) or (bold_first_col and ci == 0), size=size)
            if header and ri == 0 and shade:
                tcpr = cell._tc.get_or_add_tcPr()
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:color"), "auto")
                shd.set(qn("w:fill"), shade)
                tcpr.append(shd)
        if header and ri == 0:
            trpr = t.rows[0]._tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader")
            th.set(qn("w:val"), "true")
            trpr.append(th)
    return t


def shade_cell(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def docx_footer(d, text, header=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for sec in d.sections:
        p = sec.footer.paragraphs[0]
        p.text = ""
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        parts = text.split("{PAGE}")
        for i, part in enumerate(parts):
            if part:
                p.add_run(part)
            if i < len(parts) - 1:
                run = p.add_run()
                for kind, val in (("begin", None), ("instr", "PAGE"), ("end", None)):
                    if kind == "instr":
                        el = OxmlElement("w:instrText")
                        el.set(qn("xml:space"), "preserve")
                        el.text = val
                    else:
                        el = OxmlElement("w:fldChar")
                        el.set(qn("w:fldCharType"), kind)
                    run._r.append(el)
        if header:
            h = sec.header.paragraphs[0]
            h.text = header
            h.alignment = WD_ALIGN_PARAGRAPH.RIGHT


PAPERS = []


def paper(fn):
    PAPERS.append(fn)
    return fn


# =========================================================================== 1. council-style panel minutes
@paper
def lyneshire_pcp_minutes():
    f = "Lyneshire-Police-and-Crime-Panel-Minutes-22-June-2023.pdf"
    g = Gold(f, MINUTES)
    D = "2023-06-22"
    body = "Lyneshire Police and Crime Panel"
    loc = "the Council Chamber, Shire Hall, Lynford"
    g.meeting(body, D, "10:00", "Council Chamber, Shire Hall, Lynford", "draft")
    S = styles("LibSerif", 10.5)
    members = [
        ("Anne Whitcombe", "Chair", "Lynford City Council"),
        ("Bernard Quayle", "Vice-Chair", "North Lyneshire District Council"),
        ("Charlotte Ives", None, "Lyneshire County Council"),
        ("Dev Malhotra", None, "Lyneshire County Council"),
        ("Eileen Forsyth", None, "Saltby Borough Council"),
        ("Frank Ollerton", None, "Wexcombe District Council"),
    ]
    coopted = ["Desmond Okafor", "Priya Lakhani"]
    also = [
        ("Rebecca Thorne", "Police and Crime Commissioner"),
        ("Owen Castell", "Chief Executive, OPCC"),
        ("Harriet Blyth", "Chief Finance Officer, OPCC"),
    ]
    officers = [("Naomi Ferris", "Panel Support Officer"), ("Julian Sayer", "Legal Adviser to the Panel")]
    apologies = ["Gerald Pim", "Susan Achebe"]
    story = [
        P("LYNESHIRE POLICE AND CRIME PANEL", S["h1"]),
        P(
            f"MINUTES of a meeting of the Lyneshire Police and Crime Panel held in {loc} on "
            "Thursday 22 June 2023 commencing at 10.00 am",
            S["body"],
        ),
        P("<b>PRESENT:</b>", S["body"]),
    ]
    rows = []
    for n, r, c in members:
        label = f"Councillor {n}" + (f" ({r})" if r else "")
        rows.append([P(label, S["cell"]), P(c, S["cell"])])
        g.attend(D, n, "member", r or c)
    for n in coopted:
        rows.append([P(f"{n}", S["cell"]), P("Independent Co-opted Member", S["cell"])])
        g.attend(D, n, "member", "Independent Co-opted Member")
    story.append(grid(rows, [75 * mm, 90 * mm], "LibSerif", 10.5, lines=None, pad=1))
    story.append(Spacer(1, 6))
    story.append(P("<b>Also in attendance:</b> " + "; ".join(f"{n} ({r})" for n, r in also), S["body"]))
    for n, r in also:
        g.attend(D, n, "in_attendance", r)
    story.append(P("<b>Officers:</b> " + "; ".join(f"{n} – {r}" for n, r in officers), S["body"]))
    for n, r in officers:
        g.attend(D, n, "in_attendance", r)
    minutes = []
    minutes.append(
        (
            "23/141",
            "APOLOGIES AND SUBSTITUTES",
            [
                f"Apologies for absence were received from Councillor {apologies[0]} and Councillor {apologies[1]}. "
                "No substitutes had been nominated."
            ],
        )
    )
    for n in apologies:
        g.attend(D, n, "apologies")
    minutes.append(
        (
            "23/142",
            "DECLARATIONS OF INTEREST",
            [
                "Councillor Forsyth declared a personal interest in minute 23/146 as a trustee of a rural community "
                "safety charity."
            ],
        )
    )
    d143 = (
        "RESOLVED – That the minutes of the meeting held on 16 March 2023 be confirmed as a correct "
        "record and signed by the Chair."
    )
    minutes.append(("23/143", "MINUTES", [d143]))
    g.decision(D, "23/143", "resolved", d143)
    d144 = [
        "RESOLVED – That",
        "(1) the Commissioner's Annual Report for 2022/23 be noted;",
        "(2) the Panel's comments on victim referral times be included in its formal response; and",
        "(3) the Chair write to the Commissioner with the Panel's recommendations by 7 July 2023.",
    ]
    minutes.append(
        (
            "23/144",
            "POLICE AND CRIME COMMISSIONER'S ANNUAL REPORT 2022/23",
            [
                "The Commissioner introduced her annual report, which set out progress against the four priorities "
                "of the Police and Crime Plan. Members asked about the time taken to refer victims of burglary to "
                "support services and the uneven response times between the towns and the rural north.",
                "The Commissioner said that referral times had improved since the new triage desk opened in "
                "January but accepted that the rural response remained a concern.",
                d144,
            ],
        )
    )
    g.decision(D, "23/144", "resolved", " ".join(d144))
    d145 = "The Panel noted the quarterly report on complaints made against the Commissioner."
    minutes.append(
        (
            "23/145",
            "COMPLAINTS AGAINST THE COMMISSIONER – QUARTERLY REPORT",
            [
                "The Legal Adviser reported that two complaints had been received in the quarter, neither of which "
                "had required referral to the Independent Office for Police Conduct.",
                d145,
            ],
        )
    )
    g.decision(D, "23/145", "noted", d145)
    d146 = "The Panel agreed to hold a scrutiny session on rural crime at its meeting in November 2023."
    a146 = "Panel Support Officer to invite the force rural crime lead to the November meeting."
    minutes.append(
        (
            "23/146",
            "WORK PROGRAMME 2023/24",
            [
                "Members discussed the draft work programme and asked that rural crime be given a dedicated session.",
                d146,
                f"<i>Action: {a146}</i>",
            ],
        )
    )
    g.decision(D, "23/146", "agreed", d146)
    g.action(a146, None, D, "23/146", ["Panel Support Officer"], None, "open", "Panel Support Officer")
    minutes.append(
        ("23/147", "DATE OF NEXT MEETING", ["The next meeting will be held on Thursday 14 September 2023 at 10.00 am."])
    )
    story.append(Spacer(1, 6))
    for num, head, paras in minutes:
        cell = [P(f"<b>{head}</b>", S["cell"]), Spacer(1, 3)]
        for p in paras:
            if p is d144:
                cell.append(P(p[0], S["body"]))
                for part in p[1:]:
                    cell.append(P(part, S["indent"]))
            else:
                cell.append(P(p, S["just"]))
        story.append(
            grid([[P(f"<b>{num}</b>", S["cell"]), cell]], [20 * mm, 150 * mm], "LibSerif", 10.5, lines=None, pad=2)
        )
    story.append(Spacer(1, 10))
    story.append(P("The meeting ended at 12.05 pm.", S["body"]))
    story.append(P("These minutes are subject to confirmation at the next meeting of the Panel.", S["small"]))

    def on_page(c, doc):
        c.saveState()
        c.setFont("LibSerif", 8.5)
        c.drawCentredString(A4[0] / 2, 10 * mm, f"Page {doc.page}")
        c.restoreState()

    build_rl(OUT / f, story, on_page=on_page)
    return g


# =========================================================================== 2. fire authority, two-column with Outcome
@paper
def caldervale_fra_minutes():
    f = "Caldervale-FRA-minutes-29112022.pdf"
    g = Gold(f, MINUTES)
    D = "2022-11-29"

    d = docx_base("Carlito", 10.5)
    dpara(d, "CALDERVALE FIRE AND RESCUE AUTHORITY", bold_=True, size=15)
    dpara(d, "DRAFT – subject to approval at the meeting on 31 January 2023", italic=True)
    loc = "Fire Service Headquarters, Kiln Lane, Brantham"
    g.meeting("Caldervale Fire and Rescue Authority", D, "10:30", loc, "draft")
    dpara(d, f"Minutes of the meeting held on Tuesday 29 November 2022 at 10:30 at {loc}.")
    dpara(d, "**Members present**")
    members = [
        ("Cllr Moira Stanhope (Chair)", "Moira Stanhope", "Caldervale County Council"),
        ("Cllr Peter Ainsworth", "Peter Ainsworth", "Caldervale County Council"),
        ("Cllr Yasmin Hollis", "Yasmin Hollis", "Brantham City Council"),
        ("Cllr Edward Penrose", "Edward Penrose", "Brantham City Council"),
        ("Cllr Sheila Mortlake", "Sheila Mortlake", "Caldervale County Council"),
    ]
    dtable(d, [["Member", "Constituent authority"]] + [[a, c] for a, n, c in members], [7, 8], shade="EDEDED")
    for a, n, c in members:
        g.attend(D, n, "member", c)
    officers = [
        ("Chief Fire Officer", "Martin Greaves"),
        ("Treasurer", "Lorna Bexley"),
        ("Clerk to the Authority", "Imran Sadiq"),
        ("Head of Prevention", "Kelly Armitage"),
    ]
    dpara(d, "")
    dpara(d, "**Officers in attendance:** " + "; ".join(f"{r} – {n}" for r, n in officers))
    for r, n in officers:
        g.attend(D, n, "in_attendance", r)
    dpara(d, "**Apologies:** Cllr Dennis Hoyle and Cllr Rachel Ndiaye")
    g.attend(D, "Dennis Hoyle", "apologies")
    g.attend(D, "Rachel Ndiaye", "apologies")
    rows = []

    def minute(num, head, text, outcome=None, extra=None):
        right = [text]
        if outcome:
            right.append("**Outcome:** " + outcome)
        if extra:
            right.append(extra)
        rows.append([f"**{num}**\n**{head}**", "\n".join(right)])

    o54 = "The Authority approved the minutes of the meeting held on 27 September 2022 as a correct record."
    minute("54", "Minutes", "The minutes of the previous meeting were presented.", o54)
    g.decision(D, "54", "approved", o54)
    o55 = (
        "The Authority noted the forecast underspend of £412,000 and approved the transfer of £150,000 "
        "to the equipment reserve."
    )
    minute(
        "55",
        "Revenue budget monitoring – quarter 2",
        "The Treasurer presented the quarter 2 position. "
        "Overtime on the on-call duty system had fallen because of the new availability scheme.",
        o55,
    )
    g.decision(D, "55", "approved", o55)
    o56 = (
        "The Authority endorsed the improvement plan and delegated authority to the Chief Fire Officer to "
        "publish it on the Service's website."
    )
    minute(
        "56",
        "Inspection report – improvement plan",
        "The Chief Fire Officer summarised the inspectorate's "
        "findings on protection and the eleven areas for improvement.",
        o56,
    )
    g.decision(D, "56", "endorsed", o56)
    o57 = "The Authority agreed to set up a joint working group with Caldervale Police on shared estates."
    a57 = "Clerk to the Authority to arrange the first meeting of the working group by 31 January 2023."
    minute(
        "57",
        "Blue light collaboration",
        "Members welcomed the proposal to share the Brantham North station with the police neighbourhood team.",
        o57,
        "**Action:** " + a57,
    )
    g.decision(D, "57", "agreed", o57)
    g.action(
        a57,
        None,
        D,
        "57",
        ["Clerk to the Authority"],
        "2023-01-31",
        "open",
        "Clerk to the Authority",
        "31 January 2023",
    )
    r58 = (
        "RESOLVED – That the press and public be excluded from the meeting for the following item, which "
        "contains exempt information about individual employees."
    )
    minute("58", "Exclusion of the press and public", r58)
    g.decision(D, "58", "resolved", r58)
    o59 = "The Authority noted the update on the firefighters' pension remedy."
    minute("59", "Pensions remedy (exempt)", "The Head of Prevention left the meeting for this item.", o59)
    g.decision(D, "59", "noted", o59)
    dpara(d, "")
    dtable(d, rows, [4.2, 12.3], header=False, borders=False)
    dpara(d, "")
    dpara(d, "The meeting closed at 12:40.", italic=True)
    docx_footer(d, "Caldervale Fire and Rescue Authority – 29.11.22 – page {PAGE}")
    docx_to_pdf(d, OUT / f)
    return g


# =========================================================================== 3. minutes as a decision table
@paper
def marlcombe_spb_minutes():
    f = "SPB_Minutes_11.10.22_APPROVED.pdf"
    g = Gold(f, MINUTES)
    D = "2022-10-11"
    d = docx_base("Liberation Sans Narrow", 10, margins_cm=1.6)
    dpara(d, "Marlcombe Police, Fire and Crime Commissioner", bold_=True, size=13)
    dpara(d, "Strategic Performance Board – Minutes", bold_=True, size=16)
    loc = "Boardroom, Commissioner's Office, 4 Priory Walk, Marlcombe"
    dtable(
        d,
        [
            ["Date", "11 October 2022"],
            ["Time", "09:30 – 12:00"],
            ["Venue", loc],
            ["Status", "Approved at the meeting of 8 November 2022"],
        ],
        [3, 13],
        header=False,
        bold_first_col=True,
    )
    g.meeting("Strategic Performance Board", D, "09:30", loc, "approved")
    present = [
        ("Police, Fire and Crime Commissioner", "Alison Drewe", "Chair"),
        ("Chief Constable", "Stephen Harker", None),
        ("Chief Fire Officer", "Beth Colley", None),
        ("Deputy Chief Constable", "Rhys Tanner", None),
        ("Chief Executive", "Hugh Marchbank", None),
    ]
    att = [
        ("Chief Finance Officer (PFCC)", "Oliver Quist"),
        ("Head of Performance", "Jenna Whitlow"),
        ("Minute taker", "Sam Deverell"),
    ]
    dpara(d, "")
    dpara(d, "**Present:** " + "; ".join(f"{n}, {r}" + (f" ({c})" if c else "") for r, n, c in present))
    for r, n, c in present:
        g.attend(D, n, "member", r + (f" ({c})" if c else ""))
    dpara(d, "**In attendance:** " + "; ".join(f"{n}, {r}" for r, n in att))
    for r, n in att:
        g.attend(D, n, "in_attendance", r)
    dpara(d, "**Apologies:** Lucinda Farrow, Assistant Chief Constable")
    g.attend(D, "Lucinda Farrow", "apologies", "Assistant Chief Constable")
    rows = [["Item", "Discussion", "Decision", "Action"]]

    def row(num, title, disc, decs, acts):
        rows.append(
            [f"{num}. {title}", disc, " ".join(t for t, _ in decs) or "None", "\n".join(a for a, *_ in acts) or "–"]
        )
        for t, k in decs:
            g.decision(D, num, k, t)
        for a, owners, tgt, ot, tt in acts:
            g.action(a, None, D, num, owners, tgt, "open", ot, tt)

    row("1", "Welcome and apologies", "The Chair welcomed members. Apologies were noted as above.", [], [])
    row(
        "2",
        "Minutes and matters arising",
        "The minutes of 13 September 2022 were reviewed. All matters arising are covered by the agenda.",
        [("The Board approved the minutes of 13 September 2022 as an accurate record.", "approved")],
        [],
    )
    row(
        "3",
        "Quarter 1 performance report",
        "The Head of Performance presented the report. Domestic abuse "
        "arrest rates remain below the regional average; the force dashboard is being rebuilt.",
        [("The Board approved the quarter 1 performance report for publication.", "approved")],
        [
            (
                "ACC to circulate the revised domestic abuse dashboard by 31/10/2022.",
                ["Assistant Chief Constable"],
                "2022-10-31",
                "ACC",
                "31/10/2022",
            )
        ],
    )
    row(
        "4",
        "Fire prevention visits",
        "The Chief Fire Officer reported that home fire safety visits were 9% "
        "ahead of plan, with most referrals coming from partner agencies.",
        [
            ("The Board noted the progress on home fire safety visits.", "noted"),
            ("The Board agreed that the referral pathway with adult social care be extended county-wide.", "agreed"),
        ],
        [
            (
                "CFO (Fire) to report on referral outcomes at the January meeting.",
                ["Chief Fire Officer"],
                None,
                "CFO (Fire)",
                None,
            )
        ],
    )
    row(
        "5",
        "Estates strategy",
        "The Chief Executive outlined the options for the joint police and fire station at Wendle Cross.",
        [
            (
                "The Board endorsed option 2 and delegated the final design choice to the Chief Executive and Chief Fire Officer.",
                "endorsed",
            )
        ],
        [
            (
                "Chief Executive and Head of Performance to publish the consultation summary by 18 November 2022.",
                ["Chief Executive", "Head of Performance"],
                "2022-11-18",
                "Chief Executive and Head of Performance",
                "18 November 2022",
            )
        ],
    )
    row("6", "Any other business", "No other business was raised.", [], [])
    dpara(d, "")
    dtable(d, rows, [3.4, 6.8, 4.4, 3.6], shade="BDD7EE")
    docx_footer(d, "SPB minutes 11 October 2022 | Page {PAGE}", header="OFFICIAL")
    docx_to_pdf(d, OUT / f)
    return g


# =========================================================================== 4. notes with "Agreed:" bullet lists
@paper
def tarnside_jac_notes():
    f = "tarnside-jac-notes-march-2023.pdf"
    g = Gold(f, MINUTES)
    D = "2023-03-15"
    S = styles("DVSerif", 9.5)
    g.meeting("Tarnside Joint Audit Committee", D, "10:00", "Virtual meeting (Microsoft Teams)", "draft")
    story = [
        P("Tarnside Joint Audit Committee", S["h1"]),
        P("Notes of the meeting", S["h2"]),
        grid(
            [
                ["Date:", "Wednesday 15 March 2023"],
                ["Time:", "10:00 – 12:30"],
                ["Location:", "Virtual meeting (Microsoft Teams)"],
                ["Notes status:", "Draft for approval"],
            ],
            [30 * mm, 120 * mm],
            "DVSerif",
            9.5,
            lines=None,
            pad=1,
        ),
        Spacer(1, 6),
    ]
    members = ["Janet Ellery (Chair)", "Rowan Patel", "Gwen Sutcliffe", "Tobias Mayhew"]
    officers = [
        ("Grace Lindqvist", "Chief Finance Officer, OPCC", "GL"),
        ("Mark Dunstan", "Director of Finance, Tarnside Police", "MD"),
        ("Colin Ashdown", "Head of Internal Audit, Brightwater Audit", "CA"),
        ("Ruth Emsley", "Engagement Lead, external audit", "RE"),
    ]
    story.append(P("<b>Committee members:</b> " + ", ".join(members), S["body"]))
    for m in members:
        n = m.replace(" (Chair)", "")
        g.attend(D, n, "member", "Chair" if "Chair" in m else None)
    story.append(P("<b>Attending:</b> " + "; ".join(f"{n} ({r}) [{i}]" for n, r, i in officers), S["body"]))
    for n, r, i in officers:
        g.attend(D, n, "in_attendance", r)
    story.append(P("<b>Apologies:</b> Hamid Rahimi (Deputy Chief Constable)", S["body"]))
    g.attend(D, "Hamid Rahimi", "apologies", "Deputy Chief Constable")
    who = {i: n for n, r, i in officers}

    def item(num, title, paras, agreed=(), actions=()):
        story.append(P(f"{num}. {title}", S["h2"]))
        for p in paras:
            story.append(P(p, S["just"]))
        if agreed:
            story.append(P("<b>Agreed:</b>", S["body"]))
            for text, kind in agreed:
                story.append(P(text, S["bullet"], bulletText="•"))
                g.decision(D, num, kind, text)
        for text, ini, tgt, tt in actions:
            story.append(P(f"<b>Action:</b> {text}", S["body"]))
            g.action(text, None, D, num, [who[x] for x in re.split(r"[/&]", ini)], tgt, "open", ini, tt)

    item(
        "1",
        "Welcome, apologies and declarations",
        ["The Chair opened the meeting. There were no declarations of interest."],
    )
    item(
        "2",
        "Notes of the meeting on 7 December 2022",
        ["The notes were reviewed and no amendments were requested."],
        [("to approve the notes of 7 December 2022 as a true record of the meeting;", "approved")],
    )
    item(
        "3",
        "Internal audit plan 2023/24 and charter",
        [
            "CA presented the draft plan of 210 days, weighted towards cyber security, fleet management and the "
            "collaboration with the fire service. Members questioned whether the days for payroll were sufficient."
        ],
        [
            ("to approve the internal audit plan for 2023/24, subject to moving ten days to payroll;", "approved"),
            ("to note the revised internal audit charter without amendment;", "agreed"),
        ],
        [
            (
                "CA to circulate the revised plan showing the payroll days by 31 March 2023.",
                "CA",
                "2023-03-31",
                "31 March 2023",
            )
        ],
    )
    item(
        "4",
        "External audit progress",
        [
            "RE reported that the 2021/22 audit opinion had been delayed by the national pension valuation. "
            "The Committee expressed concern about the delay."
        ],
        [
            ("to note the revised timetable for the 2021/22 opinion;", "agreed"),
            ("to endorse the letter from the Chair to the audit firm's regional partner.", "agreed"),
        ],
        [("GL/MD to confirm the dates for the draft statements of account.", "GL/MD", None, None)],
    )
    item(
        "5",
        "Risk management update",
        ["MD presented the force and OPCC risk registers. Two new risks on vetting had been added."],
        [],
        [("MD to bring a deep-dive on vetting risk to the June meeting.", "MD", None, None)],
    )
    item("6", "Date of next meeting", ["Wednesday 21 June 2023 at 10:00."])

    def on_page(c, doc):
        c.saveState()
        c.setStrokeColor(colors.HexColor("#2E5E4E"))
        c.setLineWidth(2)
        c.line(18 * mm, A4[1] - 12 * mm, A4[0] - 18 * mm, A4[1] - 12 * mm)
        c.setFont("DVSerif", 7.5)
        c.drawString(18 * mm, 10 * mm, "Tarnside JAC – notes – 15/03/2023")
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"{doc.page}")
        c.restoreState()

    build_rl(OUT / f, story, on_page=on_page)
    return g


# =========================================================================== 5. timed agenda with presenter and purpose
@paper
def hollowfield_apb_agenda():
    f = "2023-02-07 APB Agenda.pdf"
    g = Gold(f, AGENDA)
    D = "2023-02-07"
    S = styles("Carlito", 10.5)
    loc = "Conference Room B, Hollowfield Police Headquarters, Marsh Lane, Hollowfield"
    g.meeting("Accountability and Performance Board", D, "13:30", loc, None)
    story = [
        P("Office of the Police and Crime Commissioner for Hollowfield", S["centre"]),
        P("Accountability and Performance Board", ParagraphStyle("t", parent=S["h1"], alignment=TA_CENTER)),
        P("AGENDA", ParagraphStyle("t2", parent=S["h2"], alignment=TA_CENTER)),
        Spacer(1, 4),
        grid(
            [
                [
                    P("<b>Date</b>", S["cell"]),
                    P("Tuesday 7 February 2023", S["cell"]),
                    P("<b>Time</b>", S["cell"]),
                    P("13:30 – 16:00", S["cell"]),
                ],
                [
                    P("<b>Venue</b>", S["cell"]),
                    P(loc, S["cell"]),
                    P("<b>Chair</b>", S["cell"]),
                    P("Police and Crime Commissioner", S["cell"]),
                ],
            ],
            [18 * mm, 80 * mm, 16 * mm, 56 * mm],
            "Carlito",
            10.5,
            lines="grid",
        ),
        Spacer(1, 10),
    ]
    items = [
        ("13:30", "1", "Welcome, introductions and apologies", "Chair", "For information"),
        ("13:35", "2", "Notes and action log from 6 December 2022", "Head of Governance", "For decision"),
        ("13:45", "3", "Chief Constable's update", "Chief Constable", "For information"),
        ("14:05", "4", "Police and Crime Plan delivery – quarter 3", "Deputy Chief Constable", "For assurance"),
        ("14:30", "5", "Revenue budget and precept 2023/24", "Chief Finance Officer", "For decision"),
        ("", "", "Break (10 minutes)", "", ""),
        (
            "14:55",
            "6",
            "Deep dive: rural and wildlife crime",
            "Assistant Chief Constable (Local Policing)",
            "For discussion",
        ),
        ("15:25", "7", "Custody detention officer staffing", "Superintendent, Criminal Justice", "For assurance"),
        ("15:40", "8", "Forward plan and items for publication", "Head of Governance", "For information"),
        ("15:50", "9", "Any other business", "All", ""),
    ]
    rows = [["Time", "Item", "Subject", "Presenter", "Purpose"]]
    for t, n, s, p, pu in items:
        rows.append([t, n, P(s if n else f"<i>{s}</i>", S["cell"]), P(p, S["cell"]), pu])
        if n:
            g.item(D, n, s, p)
    story.append(
        grid(
            rows,
            [15 * mm, 12 * mm, 68 * mm, 48 * mm, 27 * mm],
            "Carlito",
            10.5,
            header_bg=colors.HexColor("#1F3864"),
            extra=[
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("FONT", (0, 0), (-1, 0), "Carlito-B", 10.5),
                ("BACKGROUND", (0, 6), (-1, 6), colors.HexColor("#EEEEEE")),
            ],
        )
    )
    story += [
        Spacer(1, 12),
        P(
            "Papers marked <i>For decision</i> require a decision by the Commissioner at the "
            "meeting. Exempt papers are circulated to members only.",
            S["small"],
        ),
        P("Next meeting: Tuesday 4 April 2023, 13:30, Conference Room B.", S["small"]),
    ]

    def on_page(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#1F3864"))
        c.rect(0, A4[1] - 9 * mm, A4[0], 9 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Carlito", 8)
        c.drawCentredString(A4[0] / 2, 8 * mm, "OFFICIAL – Hollowfield OPCC")
        c.restoreState()

    build_rl(OUT / f, story, on_page=on_page)
    return g


# =========================================================================== 6. council-style summons agenda
@paper
def stourmouth_pcp_agenda():
    f = "Agenda-Stourmouth-PCP-06Mar2023.pdf"
    g = Gold(f, AGENDA)
    D = "2023-03-06"
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx_base("Liberation Sans", 10.5)
    dpara(d, "Stourmouth Police and Crime Panel", bold_=True, size=18)
    loc = "Council Chamber, Guildhall, Stourmouth"
    dtable(
        d,
        [
            ["Date:", "Monday, 6th March, 2023"],
            ["Time:", "2.00 pm"],
            ["Venue:", loc],
            ["Contact:", "Democratic Services, Stourmouth City Council"],
        ],
        [3, 12],
        header=False,
        borders=False,
        bold_first_col=True,
    )
    g.meeting("Stourmouth Police and Crime Panel", D, "14:00", loc, None)
    dpara(d, "")
    dpara(
        d,
        "**Membership:** Councillors Leonard Ashby (Chairman), Margaret Fenn (Vice-Chairman), Kwame Boateng, "
        "Dorothy Lister, Alan Sheringham, Hannah Vickery and independent members Roger Tulley and Ifeoma Eze.",
    )
    dpara(d, "Members of the public are welcome to attend. The meeting will be webcast live.", italic=True)
    dpara(d, "AGENDA", bold_=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    dpara(d, "PART I – PUBLIC", bold_=True)
    items = [
        (
            "1",
            "APOLOGIES FOR ABSENCE",
            "To receive any apologies for absence and notification of substitute members.",
            None,
            None,
        ),
        (
            "2",
            "DECLARATIONS OF INTEREST",
            "Members to declare any disclosable pecuniary or other interests.",
            None,
            None,
        ),
        (
            "3",
            "MINUTES OF THE PREVIOUS MEETING",
            "To confirm the minutes of the meeting held on 2 February 2023.",
            None,
            "(Pages 5 - 12)",
        ),
        (
            "4",
            "PUBLIC QUESTIONS",
            "To answer questions received in accordance with the Panel's procedure rules.",
            None,
            None,
        ),
        (
            "5",
            "POLICE AND CRIME COMMISSIONER'S UPDATE",
            "To receive an update on activity since the last meeting.",
            "Report of the Police and Crime Commissioner",
            "(Pages 13 - 24)",
        ),
        (
            "6",
            "CONFIRMATION HEARING: DEPUTY POLICE AND CRIME COMMISSIONER",
            "To review the proposed appointment and make a report to the Commissioner.",
            "Report of the Panel's Legal Adviser",
            "(Pages 25 - 40)",
        ),
        (
            "7",
            "POLICE AND CRIME PLAN: PERFORMANCE MONITORING",
            "To scrutinise progress against the plan's measures for quarter 3.",
            "Report of the Chief Executive, OPCC",
            "(Pages 41 - 62)",
        ),
        ("8", "PANEL WORK PROGRAMME", "To agree the work programme for 2023/24.", None, "(Pages 63 - 66)"),
    ]
    for n, t, desc, pres, pages in items:
        p = d.add_paragraph()
        add_runs(p, f"**{n}.\t{t}**" + (f"  {pages}" if pages else ""))
        dpara(d, desc)
        if pres:
            dpara(d, pres, italic=True)
        g.item(D, n, t, pres)
    dpara(d, "PART II – EXEMPT", bold_=True)
    p = d.add_paragraph()
    add_runs(p, "**9.\tEXCLUSION OF THE PRESS AND PUBLIC**")
    g.item(D, "9", "EXCLUSION OF THE PRESS AND PUBLIC")
    dpara(d, "To consider passing a resolution under Section 100A(4) of the Local Government Act 1972.")
    p = d.add_paragraph()
    add_runs(p, "**10.\tCOMPLAINT AGAINST THE COMMISSIONER**  (Pages 67 - 70)")
    g.item(D, "10", "COMPLAINT AGAINST THE COMMISSIONER")
    dpara(d, "")
    dpara(d, "Date of publication: Friday, 24th February, 2023", italic=True)
    docx_footer(d, "{PAGE}")
    docx_to_pdf(d, OUT / f)
    return g


# =========================================================================== 7. two-column agenda
@paper
def ashcombe_jiac_agenda():
    f = "JIAC agenda 19 April 2023.pdf"
    g = Gold(f, AGENDA)
    D = "2023-04-19"
    S = styles("Times-Roman", 9.5)
    loc = "Committee Room 2, Ashcombe Police Headquarters, Farrow Road, Ashcombe"
    g.meeting("Ashcombe Joint Independent Audit Committee", D, "14:30", loc, None)
    head = [
        P(
            "ASHCOMBE JOINT INDEPENDENT AUDIT COMMITTEE",
            ParagraphStyle("t", parent=S["h1"], alignment=TA_CENTER, fontName="Times-Bold", fontSize=15),
        ),
        P(f"Wednesday 19 April 2023 at 2.30pm<br/>{loc}", S["centre"]),
        P("Public agenda", ParagraphStyle("t3", parent=S["h2"], alignment=TA_CENTER)),
    ]
    items = [
        ("1", "Apologies for absence", None, []),
        ("2", "Declarations of interest", None, []),
        ("3", "Minutes of the meeting held on 1 February 2023", "Chair", []),
        ("4", "Matters arising and action schedule", "Committee Secretary", []),
        (
            "5",
            "Internal audit",
            None,
            [
                ("5.1", "Internal audit progress report", "Internal Auditor"),
                ("5.2", "Follow-up of audit recommendations", "Internal Auditor"),
                ("5.3", "Draft internal audit strategy 2023-26", "Head of Internal Audit"),
            ],
        ),
        (
            "6",
            "External audit",
            None,
            [
                ("6.1", "Audit plan for the year ending 31 March 2023", "External Auditor"),
                ("6.2", "Sector update", "External Auditor"),
            ],
        ),
        (
            "7",
            "Governance and assurance",
            None,
            [
                ("7.1", "Draft annual governance statements", "Chief Finance Officers"),
                ("7.2", "Treasury management strategy", "OPCC Chief Finance Officer"),
                ("7.3", "Strategic risk registers", "Head of Corporate Risk"),
            ],
        ),
        (
            "8",
            "Inspection reports",
            None,
            [("8.1", "HMICFRS report: vetting and counter-corruption", "Deputy Chief Constable")],
        ),
        ("9", "Committee annual report to the Commissioner and Chief Constable", "Chair", []),
        ("10", "Work programme 2023/24", "Committee Secretary", []),
        ("11", "Any other business", None, []),
        ("12", "Date of next meeting: Wednesday 12 July 2023", None, []),
    ]
    body = []
    num_st = ParagraphStyle("n", parent=S["body"], leftIndent=22, firstLineIndent=-22, spaceAfter=2)
    sub_st = ParagraphStyle("ns", parent=S["body"], leftIndent=44, firstLineIndent=-22, spaceAfter=2)
    pres_st = ParagraphStyle("pr", parent=S["body"], leftIndent=22, fontName="Times-Italic", spaceAfter=6)
    pres_sub = ParagraphStyle("prs", parent=pres_st, leftIndent=44)
    for n, t, pres, subs in items:
        if n == "7":
            body.append(FrameBreak())
        body.append(P(f"<b>{n}.</b>\u00a0\u00a0<b>{t}</b>", num_st))
        g.item(D, n, t, pres)
        if pres:
            body.append(P(pres, pres_st))
        for sn, st, sp in subs:
            body.append(P(f"{sn}\u00a0\u00a0{st}", sub_st))
            body.append(P(sp, pres_sub))
            g.item(D, sn, st, sp)
        if not pres and not subs:
            body.append(Spacer(1, 4))
    body.append(Spacer(1, 8))
    body.append(P("<b>Part 2 (private)</b> – none this meeting.", S["body"]))
    body.append(
        P(
            "Members: Dr Isla Brennan (Chair), Marcus Whitely, Olu Adebayo, Fern Castleton. "
            "Enquiries to the Committee Secretary, Ashcombe OPCC.",
            S["small"],
        )
    )

    def templates(doc):
        w, h = A4
        top = Frame(doc.leftMargin, h - doc.topMargin - 40 * mm, doc.width, 40 * mm, id="top")
        cw = (doc.width - 8 * mm) / 2
        left = Frame(doc.leftMargin, doc.bottomMargin, cw, doc.height - 40 * mm, id="l")
        right = Frame(doc.leftMargin + cw + 8 * mm, doc.bottomMargin, cw, doc.height - 40 * mm, id="r")

        def deco(c, d):
            c.saveState()
            c.setLineWidth(0.4)
            c.line(
                doc.leftMargin + cw + 4 * mm,
                doc.bottomMargin,
                doc.leftMargin + cw + 4 * mm,
                doc.bottomMargin + doc.height - 42 * mm,
            )
            c.setFont("Times-Italic", 8)
            c.drawString(doc.leftMargin, 10 * mm, "Ashcombe JIAC · public agenda")
            c.restoreState()

        return [PageTemplate(id="two", frames=[top, left, right], onPage=deco)]

    build_rl(OUT / f, head + [FrameBreak()] + body, templates=templates)
    return g


# =========================================================================== 8. BRAG tracker, date raised / date closed, landscape multi-page
@paper
def lyneshire_sgb_tracker():
    f = "SGB-Action-Tracker-as-at-09-Jan-2024.pdf"
    g = Gold(f, LOG)
    S = styles("DVCond", 9.5)
    rows = [
        ["Ref", "Date raised", "Agenda item", "Action", "Lead", "Target date", "Progress update", "BRAG", "Date closed"]
    ]
    acts = [
        (
            "SGB-061",
            "04/07/2023",
            "5",
            "Provide a breakdown of stop and search outcomes by ethnicity for each district.",
            "ACC",
            ["Assistant Chief Constable"],
            "29/09/2023",
            "Breakdown circulated 21/09/2023.",
            "Blue",
            "21/09/2023",
        ),
        (
            "SGB-063",
            "04/07/2023",
            "6",
            "Review the OPCC's grants monitoring framework against the audit recommendations.",
            "Chief Exec",
            ["Chief Executive"],
            "31/10/2023",
            "Framework revised; to be presented in January.",
            "Green",
            "",
        ),
        (
            "SGB-064",
            "05/09/2023",
            "4",
            "Set out the recovery plan for 101 call answering times.",
            "DCC",
            ["Deputy Chief Constable"],
            "07/11/2023",
            "Plan presented 07/11/2023.",
            "Blue",
            "07/11/2023",
        ),
        (
            "SGB-066",
            "05/09/2023",
            "7",
            "Confirm the capital slippage on the custody refurbishment and its funding.",
            "CFO (OPCC)",
            ["Chief Finance Officer"],
            "07/11/2023",
            "Slippage of £1.2m confirmed; reprofiled into 2024/25.",
            "Blue",
            "07/11/2023",
        ),
        (
            "SGB-067",
            "05/09/2023",
            "7",
            "Agree the communications approach for the precept consultation.",
            "DCC / Head of Comms",
            ["Deputy Chief Constable", "Head of Comms"],
            "01/12/2023",
            "Consultation delayed by the survey contract.",
            "Amber",
            "",
        ),
        (
            "SGB-070",
            "07/11/2023",
            "3",
            "Report on vetting backlogs and the time taken to clear new recruits.",
            "DCC",
            ["Deputy Chief Constable"],
            "09/01/2024",
            "On today's agenda (item 4).",
            "Green",
            "",
        ),
        (
            "SGB-071",
            "07/11/2023",
            "5",
            "Publish the refreshed Police and Crime Plan performance framework.",
            "PCC",
            ["Police and Crime Commissioner"],
            "30/11/2023",
            "Not yet published; drafting not complete.",
            "Red",
            "",
        ),
        (
            "SGB-072",
            "07/11/2023",
            "5",
            "Share the victim satisfaction survey results with the Board.",
            "Head of Victim Services",
            ["Head of Victim Services"],
            "TBC",
            "Survey closes in February.",
            "Green",
            "",
        ),
        (
            "SGB-073",
            "07/11/2023",
            "6",
            "Present options for a joint fleet workshop with the fire service.",
            "CC",
            ["Chief Constable"],
            "Mar-24",
            "Scoping under way.",
            "Green",
            "",
        ),
        (
            "SGB-074",
            "07/11/2023",
            "8",
            "Circulate the revised terms of reference for the Board.",
            "Chief Exec",
            ["Chief Executive"],
            "15/12/2023",
            "Circulated 12/12/2023 with the papers.",
            "Blue",
            "12/12/2023",
        ),
        (
            "SGB-075",
            "07/11/2023",
            "8",
            "Arrange a development session on the new inspection framework.",
            "Chief Exec & ACC",
            ["Chief Executive", "Assistant Chief Constable"],
            "31/01/2024",
            "Date being agreed.",
            "Amber",
            "",
        ),
        (
            "SGB-076",
            "07/11/2023",
            "9",
            "Update the Board on the national uplift maintenance grant conditions.",
            "CFO (OPCC)",
            ["Chief Finance Officer"],
            "09/01/2024",
            "Grant letter received 20/12/2023; see item 6.",
            "Green",
            "",
        ),
        (
            "SGB-077",
            "07/11/2023",
            "9",
            "Circulate the draft reserves strategy to Board members before the budget workshop.",
            "CFO (OPCC)",
            ["Chief Finance Officer"],
            "24/11/2023",
            "Circulated 23/11/2023.",
            "Blue",
            "23/11/2023",
        ),
        (
            "SGB-078",
            "05/12/2023",
            "4",
            "Provide the Board with the response times for the rural north policing area for the last twelve months.",
            "ACC",
            ["Assistant Chief Constable"],
            "06/02/2024",
            "Data being validated by the performance team.",
            "Green",
            "",
        ),
        (
            "SGB-079",
            "05/12/2023",
            "5",
            "Confirm the timetable for the replacement of the command and control system.",
            "DCC",
            ["Deputy Chief Constable"],
            "06/02/2024",
            "Supplier timetable awaited.",
            "Amber",
            "",
        ),
        (
            "SGB-080",
            "05/12/2023",
            "6",
            "Share the findings of the independent review of the Commissioner's complaints handling.",
            "Chief Exec",
            ["Chief Executive"],
            "19/01/2024",
            "Draft report received; factual accuracy check under way.",
            "Green",
            "",
        ),
        (
            "SGB-081",
            "05/12/2023",
            "7",
            "Arrange for the Board to visit the new custody suite before it opens.",
            "Head of Estates",
            ["Head of Estates"],
            "February 2024",
            "Visit pencilled for 14/02/2024.",
            "Green",
            "",
        ),
    ]

    def iso(s):
        m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", s)
        return f"{m[3]}-{m[2]}-{m[1]}" if m else None

    fill = {"Blue": "#9DC3E6", "Green": "#A9D18E", "Amber": "#FFD966", "Red": "#F4B183"}
    extra = []
    for i, (ref, raised, item, act, lead, owners, tgt, upd, brag, closed) in enumerate(acts, start=1):
        rows.append([ref, raised, item, P(act, S["cell"]), P(lead, S["cell"]), tgt, P(upd, S["cell"]), brag, closed])
        extra.append(("BACKGROUND", (7, i), (7, i), colors.HexColor(fill[brag])))
        g.action(act, ref, iso(raised), item, owners, iso(tgt), "closed" if brag == "Blue" else "open", lead, tgt)
    story = [
        P("Lyneshire Strategic Governance Board", ParagraphStyle("t", parent=S["h1"], fontSize=13)),
        P("Action tracker – position as at 9 January 2024", S["h2"]),
        P(
            "BRAG key: <b>Blue</b> – complete; <b>Green</b> – on track; <b>Amber</b> – at risk of missing the "
            "target date; <b>Red</b> – overdue or off track.",
            S["body"],
        ),
        grid(
            [[P(h, S["cellb"]) for h in rows[0]]] + rows[1:],
            [17 * mm, 19 * mm, 17 * mm, 59 * mm, 26 * mm, 19 * mm, 56 * mm, 14 * mm, 19 * mm],
            "DVCond",
            9.5,
            header_bg=colors.HexColor("#D0CECE"),
            extra=extra,
        ),
    ]

    def on_page(c, doc):
        c.saveState()
        c.setFont("DVCond", 7)
        w, h = landscape(A4)
        c.drawString(14 * mm, h - 9 * mm, "OFFICIAL SENSITIVE – Lyneshire OPCC")
        c.drawRightString(w - 14 * mm, 8 * mm, f"Page {doc.page}")
        c.restoreState()

    build_rl(OUT / f, story, pagesize=landscape(A4), margins=(14 * mm,) * 4, on_page=on_page)
    return g


# =========================================================================== 9. action log split by meeting headings, unruled
@paper
def tarnside_paf_action_log():
    f = "Police-Accountability-Forum-action-log.pdf"
    g = Gold(f, LOG)
    S = styles("Helvetica", 9)
    story = [
        P("TARNSIDE POLICE ACCOUNTABILITY FORUM", ParagraphStyle("t", parent=S["h1"], fontSize=12)),
        P("Action Log – outstanding and completed actions (prepared for the meeting on 13 July 2023)", S["body"]),
        Spacer(1, 6),
    ]
    meetings = [
        (
            "Meeting held on 12 January 2023",
            "2023-01-12",
            [
                (
                    "23.01",
                    "4",
                    "Provide the Forum with the results of the neighbourhood policing survey.",
                    "Supt Local Policing",
                    ["Supt Local Policing"],
                    "End of March",
                    "Complete",
                ),
                (
                    "23.02",
                    "6",
                    "Write to the Home Office about the delay to the special grant claim.",
                    "PCC",
                    ["Police and Crime Commissioner"],
                    "10 February 2023",
                    "Complete",
                ),
                (
                    "23.03",
                    "6",
                    "Confirm whether the special grant covers the overtime for the summer events.",
                    "CFO",
                    ["Chief Finance Officer"],
                    "10 February 2023",
                    "In progress",
                ),
            ],
        ),
        (
            "Meeting held on 9 March 2023",
            "2023-03-09",
            [
                (
                    "23.04",
                    "3",
                    "Bring proposals for the youth diversion scheme's second year to the Forum.",
                    "Head of Commissioning",
                    ["Head of Commissioning"],
                    "13 July 2023",
                    "In progress",
                ),
                (
                    "23.05",
                    "5",
                    "Circulate the firearms licensing backlog figures by district.",
                    "ACC",
                    ["Assistant Chief Constable"],
                    "31 March 2023",
                    "Complete",
                ),
                (
                    "23.06",
                    "5",
                    "Agree a date for the Forum's visit to the control room.",
                    "Forum Secretary",
                    ["Forum Secretary"],
                    "TBC",
                    "Not started",
                ),
            ],
        ),
        (
            "Meeting held on 11 May 2023",
            "2023-05-11",
            [
                (
                    "23.07",
                    "2",
                    "Publish the summary of the Forum's January discussion on the website.",
                    "Forum Secretary",
                    ["Forum Secretary"],
                    "31 May 2023",
                    "Complete",
                ),
                (
                    "23.08",
                    "4",
                    "Report the use of the new domestic abuse protection orders after six months.",
                    "DCC",
                    ["Deputy Chief Constable"],
                    "November 2023",
                    "Not started",
                ),
                (
                    "23.09",
                    "7",
                    "Explain the increase in agency staff costs in the contact centre.",
                    "CC and CFO",
                    ["Chief Constable", "Chief Finance Officer"],
                    "13 July 2023",
                    "In progress",
                ),
            ],
        ),
    ]
    hdr = ["No.", "Min.", "Action", "Responsible", "Deadline", "Status"]
    widths = [13 * mm, 10 * mm, 78 * mm, 30 * mm, 24 * mm, 20 * mm]
    for heading, date, rows in meetings:
        story.append(P(f"<b>{heading}</b>", ParagraphStyle("mh", parent=S["body"], fontSize=10, spaceBefore=6)))
        data = [hdr]
        for num, mn, act, resp, owners, dl, st in rows:
            data.append([num, mn, P(act, S["cell"]), P(resp, S["cell"]), P(dl, S["cell"]), st])
            m = re.fullmatch(r"(\d{1,2}) (\w+) (\d{4})", dl)
            tgt = None
            if m:
                months = [
                    "January",
                    "February",
                    "March",
                    "April",
                    "May",
                    "June",
                    "July",
                    "August",
                    "September",
                    "October",
                    "November",
                    "December",
                ]
                tgt = f"{m[3]}-{months.index(m[2]) + 1:02d}-{int(m[1]):02d}"
            g.action(act, num, date, mn, owners, tgt, "closed" if st == "Complete" else "open", resp, dl)
        story.append(
            grid(
                data,
                widths,
                "Helvetica",
                9,
                lines=None,
                repeat=1,
                extra=[("FONT", (0, 0), (-1, 0), "Helvetica-Oblique", 8.5)],
            )
        )
    story.append(Spacer(1, 10))
    story.append(P("Completed actions will be removed from the log after they have been reported once.", S["small"]))
    build_rl(OUT / f, story, margins=(20 * mm, 20 * mm, 22 * mm, 20 * mm))
    return g


# =========================================================================== 10. tracker with dated update columns, landscape, rows only
@paper
def marlcombe_jac_tracker():
    f = "JAC_action_tracker_June2023.pdf"
    g = Gold(f, LOG)
    S = styles("Caladea", 8.5)
    rows = [
        [
            "Action no.",
            "Meeting (minute)",
            "Action",
            "Owner",
            "Due date",
            "Update – 14 March 2023",
            "Update – 20 June 2023",
            "Status",
        ]
    ]
    acts = [
        (
            "JAC 22/31",
            "29/09/22 (8)",
            "2022-09-29",
            "8",
            "Report the outcome of the review of seized property storage.",
            "DCC",
            ["Deputy Chief Constable"],
            "14/03/23",
            "Review complete; report deferred to June.",
            "Report on this agenda.",
            "Proposed for closure",
        ),
        (
            "JAC 22/34",
            "06/12/22 (5)",
            "2022-12-06",
            "5",
            "Present the treasury management mid-year review.",
            "PFCC CFO",
            ["Chief Finance Officer"],
            "14/03/23",
            "Presented 14 March.",
            "–",
            "Closed",
        ),
        (
            "JAC 22/35",
            "06/12/22 (6)",
            "2022-12-06",
            "6",
            "Reconcile the fixed asset register with the fire service's records.",
            "Director of Finance (Fire)",
            ["Director of Finance (Fire)"],
            "30/04/23",
            "Reconciliation started.",
            "Two differences remain to be cleared.",
            "Open",
        ),
        (
            "JAC 23/02",
            "14/03/23 (4)",
            "2023-03-14",
            "4",
            "Circulate the internal audit report on payroll controls to all members.",
            "Internal Audit",
            ["Internal Audit"],
            "31/03/23",
            "–",
            "Circulated 28 March.",
            "Closed",
        ),
        (
            "JAC 23/03",
            "14/03/23 (4)",
            "2023-03-14",
            "4",
            "Agree a timetable for clearing the overdue audit recommendations.",
            "CC / PFCC CFO",
            ["Chief Constable", "Chief Finance Officer"],
            "20/06/23",
            "–",
            "Timetable agreed for 11 of 14 recommendations.",
            "Open",
        ),
        (
            "JAC 23/05",
            "14/03/23 (7)",
            "2023-03-14",
            "7",
            "Provide members with training on the new accounting standard for leases.",
            "External Audit",
            ["External Audit"],
            "Sept 2023",
            "–",
            "Session booked.",
            "Open",
        ),
        (
            "JAC 23/06",
            "14/03/23 (9)",
            "2023-03-14",
            "9",
            "Update the anti-fraud and corruption policy to reflect the joint governance framework.",
            "Monitoring Officer",
            ["Monitoring Officer"],
            "20/06/23",
            "–",
            "Draft circulated.",
            "Proposed for closure",
        ),
    ]
    for num, mtg, raised, item, act, own, owners, due, u1, u2, st in acts:
        rows.append(
            [num, mtg, P(act, S["cell"]), P(own, S["cell"]), due, P(u1, S["cell"]), P(u2, S["cell"]), P(st, S["cell"])]
        )
        m = re.fullmatch(r"(\d\d)/(\d\d)/(\d\d)", due)
        g.action(
            act,
            num,
            raised,
            item,
            owners,
            f"20{m[3]}-{m[2]}-{m[1]}" if m else None,
            "closed" if st == "Closed" else "open",
            own,
            due,
        )
    story = [
        P("Marlcombe Joint Audit Committee – Action Tracker", ParagraphStyle("t", parent=S["h1"], fontSize=14)),
        P("Meeting date: 20 June 2023 · Agenda item 3", S["body"]),
        grid(
            rows,
            [19 * mm, 22 * mm, 58 * mm, 30 * mm, 17 * mm, 44 * mm, 47 * mm, 25 * mm],
            "Caladea",
            8.5,
            lines="rows",
            extra=[
                ("FONT", (0, 0), (-1, 0), "Caladea-B", 8.5),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black),
            ],
        ),
        Spacer(1, 8),
        P("Actions marked “Proposed for closure” remain open until the Committee agrees to close them.", S["small"]),
    ]
    build_rl(OUT / f, story, pagesize=landscape(A4), margins=(16 * mm,) * 4)
    return g


def iso_dmy(s):
    """dd/mm/yyyy or dd/mm/yy -> ISO; anything else -> None."""
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})", s.strip())
    if not m:
        return None
    y = m[3] if len(m[3]) == 4 else "20" + m[3]
    return f"{y}-{int(m[2]):02d}-{int(m[1]):02d}"


# =========================================================================== 11. spreadsheet export, tiny font, many columns
@paper
def tarnside_force_register_export():
    f = "Force_Strategic_Risk_Register_export_Q2_2023-24.pdf"
    g = Gold(f, LOG)
    fs = 5.6
    S = styles("LibNarrow", fs, leading=fs * 1.15)
    hdr = [
        "Risk ID",
        "Strategic priority",
        "Risk title",
        "Risk description (cause / event / consequence)",
        "Risk owner",
        "Inherent L",
        "Inherent I",
        "Inherent score",
        "Key controls",
        "Residual L",
        "Residual I",
        "Residual score",
        "Target L",
        "Target I",
        "Target score",
        "Trend",
        "Date reviewed",
        "Next review",
    ]
    risks = [
        (
            "TP-SR01",
            "Protect vulnerable people",
            "Missing persons",
            "Demand from repeat missing children exceeds the capacity of the missing persons team, leading to delayed searches and harm.",
            "ACC Crime",
            (5, 5),
            "Risk-based triage; daily review meeting; partner data sharing agreement",
            (4, 4),
            (3, 4),
            "Stable",
            "04/09/2023",
            "04/12/2023",
        ),
        (
            "TP-SR02",
            "Protect vulnerable people",
            "Online child abuse referrals",
            "Growth in referrals of online child abuse images outpaces digital forensic capacity, so offenders are not identified promptly.",
            "ACC Crime",
            (5, 4),
            "Outsourced triage contract; prioritisation matrix",
            (4, 4),
            (3, 3),
            "Rising",
            "04/09/2023",
            "04/12/2023",
        ),
        (
            "TP-SR03",
            "Fight crime and disorder",
            "Detective shortfall",
            "Vacancies in investigator roles persist because of attrition, reducing the quality of investigations and outcomes for victims.",
            "ACC Crime",
            (4, 4),
            "Detective entry programme; retention payments",
            (4, 3),
            (2, 3),
            "Falling",
            "11/09/2023",
            "11/12/2023",
        ),
        (
            "TP-SR04",
            "Fight crime and disorder",
            "Command and control replacement",
            "Delays to the replacement command and control system leave the force on unsupported software, risking outages in the control room.",
            "DCC",
            (4, 5),
            "Extended support contract; fallback paper process",
            (3, 5),
            (2, 4),
            "Stable",
            "18/09/2023",
            "18/10/2023",
        ),
        (
            "TP-SR05",
            "A force fit for the future",
            "Medium term funding gap",
            "Pay awards and inflation exceed the funding settlement, leaving a gap that requires unplanned reductions in officer numbers.",
            "Director of Finance",
            (5, 4),
            "Savings programme; reserves strategy; lobbying via national bodies",
            (3, 4),
            (2, 4),
            "Rising",
            "25/09/2023",
            "25/12/2023",
        ),
        (
            "TP-SR06",
            "A force fit for the future",
            "Cyber attack",
            "A successful ransomware attack disables core systems and exposes personal data held by the force.",
            "Head of Digital Services",
            (4, 5),
            "Security operations centre; offline backups; staff phishing tests",
            (2, 5),
            (2, 4),
            "Stable",
            "25/09/2023",
            "25/12/2023",
        ),
        (
            "TP-SR07",
            "Public confidence",
            "Vetting backlog",
            "A backlog in vetting renewals means staff keep access to sensitive systems without current clearance, undermining public trust.",
            "Head of Professional Standards",
            (4, 4),
            "Additional vetting officers; risk-based renewal order",
            (3, 4),
            (1, 4),
            "Falling",
            "02/10/2023",
            "02/01/2024",
        ),
    ]
    letters = [chr(65 + i) for i in range(len(hdr))]
    data = [[""] + letters, ["1"] + [P(f"<b>{h}</b>", S["cell"]) for h in hdr]]
    for r, (ref, pri, title, desc, own, inh, ctl, res, tgt, trend, rev, nxt) in enumerate(risks, start=2):
        data.append(
            [str(r)]
            + [
                ref,
                P(pri, S["cell"]),
                P(title, S["cell"]),
                P(desc, S["cell"]),
                P(own, S["cell"]),
                str(inh[0]),
                str(inh[1]),
                str(inh[0] * inh[1]),
                P(ctl, S["cell"]),
                str(res[0]),
                str(res[1]),
                str(res[0] * res[1]),
                str(tgt[0]),
                str(tgt[1]),
                str(tgt[0] * tgt[1]),
                trend,
                rev,
                nxt,
            ]
        )
        d = iso_dmy(rev)
        g.risk(
            ref,
            pri,
            desc,
            [
                ("inherent", "Inherent", inh[0], inh[1], inh[0] * inh[1], d),
                ("current", "Residual", res[0], res[1], res[0] * res[1], d),
                ("target", "Target", tgt[0], tgt[1], tgt[0] * tgt[1], d),
            ],
        )
    w = [5, 13, 23, 22, 49, 17, 8, 8, 9, 43, 8, 8, 9, 8, 8, 9, 11, 14, 14]
    t = Table(data, colWidths=[x * mm for x in w], repeatRows=2)
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "LibNarrow", fs),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#BFBFBF")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E7E6E6")),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E7E6E6")),
                ("BACKGROUND", (1, 1), (-1, 1), colors.HexColor("#DDEBF7")),
                ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 1.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )

    def on_page(c, doc):
        c.saveState()
        c.setFont("LibNarrow", 6.5)
        w_, h_ = landscape(A4)
        c.drawString(8 * mm, h_ - 6 * mm, "Tarnside Police – Strategic Risk Register – Q2 2023/24 (export)")
        c.drawRightString(w_ - 8 * mm, h_ - 6 * mm, "Sheet: Strategic")
        c.drawCentredString(w_ / 2, 5 * mm, f"Page {doc.page}")
        c.restoreState()

    build_rl(
        OUT / f,
        [t],
        pagesize=landscape(A4),
        margins=(8 * mm, 8 * mm, 10 * mm, 9 * mm),
        on_page=on_page,
        author="Microsoft Excel",
    )
    return g


# =========================================================================== 12. list with "Red 20" ratings + heat map
@paper
def hollowfield_opcc_register():
    f = "OPCC Risk Register Jan 2023.pdf"
    g = Gold(f, LOG)
    S = styles("LibSans", 9)
    RD = "2023-01-31"

    def band(s):
        return "Red" if s >= 12 else ("Amber" if s >= 5 else "Green")

    sections = [
        (
            "Priority 1 – Keeping communities safe",
            [
                (
                    "OR1",
                    "Commissioning gap for victim services",
                    "The national victims' grant is confirmed late, so contracts for "
                    "specialist support cannot be renewed on time and services pause.",
                    "Head of Commissioning",
                    (4, 5),
                    (2, 4),
                ),
                (
                    "OR2",
                    "Community safety partnership funding",
                    "District partnerships do not spend their allocations as agreed, "
                    "reducing the impact of the Commissioner's crime prevention fund.",
                    "Head of Partnerships",
                    (3, 3),
                    (2, 3),
                ),
            ],
        ),
        (
            "Priority 2 – An efficient and effective force",
            [
                (
                    "OR3",
                    "Holding to account arrangements",
                    "The Commissioner receives incomplete performance information, "
                    "weakening scrutiny of the force at the Accountability and Performance Board.",
                    "Chief Executive",
                    (3, 4),
                    (2, 2),
                ),
                (
                    "OR4",
                    "Precept and reserves",
                    "A capped precept increase combined with pay inflation leaves the group "
                    "unable to set a balanced budget without using reserves.",
                    "Chief Finance Officer",
                    (4, 4),
                    (3, 3),
                ),
            ],
        ),
        (
            "Priority 3 – Trust and confidence",
            [
                (
                    "OR5",
                    "Complaint reviews backlog",
                    "Reviews of police complaints are not completed within the target "
                    "time, damaging public confidence in the complaints system.",
                    "Complaints Review Manager",
                    (4, 3),
                    (2, 3),
                ),
                (
                    "OR6",
                    "Information governance",
                    "Personal data held by the OPCC is disclosed in error through email or the public website.",
                    "Data Protection Officer",
                    (2, 4),
                    (1, 4),
                ),
            ],
        ),
    ]
    story = [
        P("Office of the Police and Crime Commissioner for Hollowfield", S["body"]),
        P("Corporate Risk Register", ParagraphStyle("t", parent=S["h1"], fontSize=16)),
        P(
            "Position as at 31 January 2023 · Scoring: likelihood (1–5) × impact (1–5). "
            "Bands: Green 1–4, Amber 5–10, Red 12–25.",
            S["body"],
        ),
        Spacer(1, 6),
    ]
    cur = {}
    for head, risks in sections:
        story.append(P(head, ParagraphStyle("sh", parent=S["h2"], textColor=colors.HexColor("#7B2C52"))))
        objective = head.split("–", 1)[1].strip()
        for ref, title, desc, owner, (cl, ci), (tl, ti) in risks:
            cs, ts = cl * ci, tl * ti
            cur[ref] = (cl, ci)
            block = [
                P(f"<b>{ref}  {title}</b>", S["body"]),
                P(desc, S["body"]),
                P(f"Owner: {owner}", S["small"]),
                P(
                    f"Current rating: <b>{band(cs)} {cs}</b> (see heat map) &nbsp;&nbsp; "
                    f"Target rating: {band(ts)} {ts} (L{tl} × I{ti})",
                    S["small"],
                ),
            ]
            card = Table([[block]], colWidths=[170 * mm])
            card.setStyle(
                TableStyle(
                    [
                        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#7B2C52")),
                        ("LEFTPADDING", (0, 0), (-1, -1), 6),
                        ("TOPPADDING", (0, 0), (-1, -1), 5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ]
                )
            )
            story += [card, Spacer(1, 6)]
            g.risk(
                ref,
                objective,
                desc,
                [("current", "Current rating", cl, ci, cs, RD), ("target", "Target rating", tl, ti, ts, RD)],
            )
    story.append(PageBreak())
    story.append(P("Heat map – current ratings", S["h2"]))
    rows = []
    for L in range(5, 0, -1):
        row = [str(L)]
        for I in range(1, 6):
            row.append(", ".join(r for r, v in cur.items() if v == (L, I)))
        rows.append(row)
    rows.append(["", "1", "2", "3", "4", "5"])
    rows.append(["", "Impact", "", "", "", ""])
    col = {"Red": "#E06666", "Amber": "#F6B26B", "Green": "#93C47D"}
    extra = []
    for ri, L in enumerate(range(5, 0, -1)):
        for I in range(1, 6):
            extra.append(("BACKGROUND", (I, ri), (I, ri), colors.HexColor(col[band(L * I)])))
            extra.append(("BOX", (I, ri), (I, ri), 0.8, colors.white))
    t = Table(rows, colWidths=[20 * mm] + [28 * mm] * 5, rowHeights=[16 * mm] * 5 + [7 * mm, 7 * mm])
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "LibSans-B", 10),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("SPAN", (1, 6), (5, 6)),
            ]
            + extra
        )
    )
    story += [
        P(
            "Likelihood (vertical) against impact (horizontal); each reference sits in the cell of its current rating.",
            S["small"],
        ),
        Spacer(1, 6),
        t,
    ]

    def on_page(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#7B2C52"))
        c.rect(0, 0, 6 * mm, A4[1], stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("LibSans", 7.5)
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"{doc.page} | OPCC Corporate Risk Register")
        c.restoreState()

    build_rl(OUT / f, story, on_page=on_page)
    return g


# =========================================================================== 13. 6 x 4 scale, "16 (High)", arrows, docx landscape
@paper
def stourmouth_fire_register():
    f = "CRR-Aug22-Stourmouth-FRS.pdf"
    g = Gold(f, LOG)
    RD = "2022-08-22"
    d = docx_base("DejaVu Sans", 8.5, landscape_page=True, margins_cm=1.5)
    dpara(d, "Stourmouth Fire and Rescue Service", bold_=True, size=14)
    dpara(d, "Corporate Risk Register", bold_=True, size=12)
    dpara(
        d,
        "Reviewed by the Service Leadership Team on 22 August 2022. Likelihood is scored 1 (rare) to 6 "
        "(almost certain) and impact 1 (minor) to 4 (critical). Score = likelihood × impact. "
        "Low 1–5 · Medium 6–11 · High 12–24.",
    )

    def band(s):
        return "High" if s >= 12 else ("Medium" if s >= 6 else "Low")

    arrows = {"up": "↑ Increasing", "down": "↓ Reducing", "same": "↔ No change"}
    groups = [
        (
            "SERVICE DELIVERY",
            [
                (
                    "CR01",
                    "On-call crewing: insufficient on-call firefighters during weekday daytime leaves rural appliances unavailable.",
                    "Area Manager Response",
                    (5, 3),
                    "up",
                    "Availability pay scheme; day-crewing pilot",
                    (3, 3),
                ),
                (
                    "CR02",
                    "Mobilising system: failure of the shared mobilising system with the neighbouring service delays the dispatch of crews.",
                    "Head of Control",
                    (2, 4),
                    "same",
                    "Fallback control room; quarterly failover tests",
                    (1, 4),
                ),
                (
                    "CR03",
                    "Building safety: the service lacks qualified fire safety inspectors to meet the new building safety regime.",
                    "Area Manager Protection",
                    (4, 3),
                    "down",
                    "Trainee inspector scheme; regional secondments",
                    (2, 3),
                ),
            ],
        ),
        (
            "PEOPLE",
            [
                (
                    "CR04",
                    "Culture and conduct: inappropriate behaviour in watches goes unreported, harming staff and the service's reputation.",
                    "Director of People",
                    (4, 4),
                    "up",
                    "Independent reporting line; values training; culture review",
                    (2, 4),
                )
            ],
        ),
        (
            "FINANCE AND RESOURCES",
            [
                (
                    "CR05",
                    "Capital programme: rising costs of replacement fire engines mean the fleet replacement plan cannot be delivered.",
                    "Treasurer",
                    (4, 3),
                    "same",
                    "Reprofiled programme; collaborative procurement",
                    (3, 2),
                ),
                (
                    "CR06",
                    "Pensions remedy: the administration of the pensions remedy creates unbudgeted costs and errors in member records.",
                    "Head of Finance",
                    (3, 2),
                    "down",
                    "Specialist administrator; remedy project board",
                    (2, 2),
                ),
            ],
        ),
    ]
    rows = [["Ref", "Risk", "Risk owner", "L", "I", "Current score", "Direction", "Key mitigations", "Target score"]]
    spans = []
    for head, risks in groups:
        spans.append(len(rows))
        rows.append([head] + [""] * 8)
        for ref, desc, owner, (l, i), dirn, mit, (tl, ti) in risks:
            s, ts = l * i, tl * ti
            rows.append(
                [
                    ref,
                    desc,
                    owner,
                    str(l),
                    str(i),
                    f"{s} ({band(s)})",
                    arrows[dirn],
                    mit,
                    f"L{tl} I{ti} = {ts} ({band(ts)})",
                ]
            )
            g.risk(
                ref, head, desc, [("current", "Current score", l, i, s, RD), ("target", "Target score", tl, ti, ts, RD)]
            )
    t = dtable(d, rows, [1.3, 7.5, 3.2, 0.8, 0.8, 2.4, 2.6, 5.5, 3.0], shade="C00000")
    for r in spans:
        a, b = t.cell(r, 0), t.cell(r, 8)
        a.merge(b)
        for p in list(t.cell(r, 0).paragraphs)[1:]:
            p._p.getparent().remove(p._p)
        shade_cell(t.cell(r, 0), "F2F2F2")
        for p in t.cell(r, 0).paragraphs:
            for run in p.runs:
                run.bold = True
    for cell in t.rows[0].cells:
        for p in cell.paragraphs:
            for run in p.runs:
                from docx.shared import RGBColor

                run.font.color.rgb = RGBColor(255, 255, 255)
    docx_footer(d, "Stourmouth FRS – Corporate Risk Register – August 2022 – {PAGE}", header="OFFICIAL")
    docx_to_pdf(d, OUT / f)
    return g


# =========================================================================== 14. reportlab pack: cover, agenda, minutes, action log, cover report + register
@paper
def lyneshire_jasc_pack():
    f = "2023-07-12-JASC-Public-Pack.pdf"
    g = Gold(f, PACK)
    S = styles("LibSans", 9.5)
    SS = styles("LibSerif", 10)
    D, PREV = "2023-07-12", "2023-04-26"
    body = "Lyneshire Joint Audit and Standards Committee"
    loc = "Meeting Room 3, Lyneshire Police Headquarters, Castle Mound, Lynford"
    g.meeting(body, D, "10:00", loc, None)
    g.meeting(body, PREV, "10:00", "Meeting Room 3, Lyneshire Police Headquarters", "draft")
    story = []
    footers = {}

    def start(label, pages_total):
        story.append(NextPageTemplate("p"))
        footers[len(footers)] = (label, pages_total)

    # cover
    story += [
        Spacer(1, 60 * mm),
        P(body.upper(), ParagraphStyle("c1", parent=S["h1"], alignment=TA_CENTER, fontSize=20, leading=26)),
        Spacer(1, 10 * mm),
        P("PUBLIC AGENDA PACK", ParagraphStyle("c2", parent=S["h2"], alignment=TA_CENTER)),
        P("Wednesday 12 July 2023 at 10.00 am", ParagraphStyle("c3", parent=S["centre"], fontSize=12, leading=16)),
        P(loc, S["centre"]),
        PageBreak(),
    ]
    # agenda
    items = [
        ("1", "Apologies and declarations of interest", "Chair", "–"),
        ("2", "Minutes of the meeting held on 26 April 2023", "Chair", "A"),
        ("3", "Action log", "Committee Secretary", "B"),
        ("4", "Internal audit progress report", "Head of Internal Audit", "C"),
        ("5", "Strategic risk register – quarter 1 2023/24", "OPCC Chief Finance Officer", "D"),
        ("6", "Annual governance statements 2022/23", "Chief Finance Officers", "E"),
        ("7", "Standards: gifts, hospitality and interests registers", "Monitoring Officer", "F"),
        ("8", "Any other business", "Chair", "–"),
    ]
    story += [P("AGENDA", S["h1"]), P(f"{body}<br/>Wednesday 12 July 2023, 10.00 am – {loc}", S["body"]), Spacer(1, 6)]
    data = [["No.", "Item", "Lead", "Paper"]]
    for n, t, lead, pp in items:
        data.append([n, P(t, S["cell"]), P(lead, S["cell"]), pp])
        g.item(D, n, t, lead)
    story.append(
        grid(
            data,
            [12 * mm, 95 * mm, 50 * mm, 15 * mm],
            "LibSans",
            9.5,
            lines="rows",
            extra=[("FONT", (0, 0), (-1, 0), "LibSans-B", 9.5)],
        )
    )
    story.append(PageBreak())
    # Paper A: minutes
    members = [
        ("Felicity Grange", "Chair"),
        ("Ajay Rathore", "Independent member"),
        ("Morag Lennox", "Independent member"),
        ("Peter Quennell", "Independent member"),
    ]
    officers = [
        ("Owen Castell", "Chief Executive, OPCC"),
        ("Harriet Blyth", "Chief Finance Officer, OPCC"),
        ("Samuel Idowu", "Deputy Chief Constable"),
        ("Carys Pugh", "Head of Internal Audit"),
    ]
    story += [
        P("Paper A", S["right"]),
        P("UNCONFIRMED MINUTES", ParagraphStyle("u", parent=SS["h2"], textColor=colors.HexColor("#A00000"))),
        P(
            f"Minutes of the meeting of the {body} held on Wednesday 26 April 2023 at 10.00 am in Meeting Room 3, "
            "Lyneshire Police Headquarters.",
            SS["body"],
        ),
        P("<b>Present:</b> " + ", ".join(f"{n} ({r})" for n, r in members), SS["body"]),
        P("<b>In attendance:</b> " + ", ".join(f"{n} ({r})" for n, r in officers), SS["body"]),
        P("<b>Apologies:</b> Bethan Rees (Independent member)", SS["body"]),
    ]
    for n, r in members:
        g.attend(PREV, n, "member", r)
    for n, r in officers:
        g.attend(PREV, n, "in_attendance", r)
    g.attend(PREV, "Bethan Rees", "apologies", "Independent member")
    mins = [
        (
            "1",
            "Minutes of the previous meeting",
            [("1.1", "The Committee approved the minutes of the meeting held on 25 January 2023.", "approved")],
            [],
        ),
        (
            "2",
            "Internal audit progress",
            [
                ("2.1", "The Head of Internal Audit reported that six of the nine planned audits were complete.", None),
                (
                    "2.2",
                    "The Committee noted the limited assurance opinion on fleet fuel cards and agreed to receive the management response in July.",
                    "agreed",
                ),
            ],
            [
                (
                    "23/11",
                    "Deputy Chief Constable to provide the management response to the fleet fuel cards audit.",
                    "2",
                )
            ],
        ),
        (
            "3",
            "Treasury management outturn",
            [("3.1", "The Committee endorsed the treasury management outturn report for 2022/23.", "endorsed")],
            [("23/12", "OPCC Chief Finance Officer to circulate the counterparty list to members.", "3")],
        ),
        (
            "4",
            "Standards matters",
            [
                (
                    "4.1",
                    "The Committee noted that no complaints about the Commissioner had been received in the quarter.",
                    "noted",
                )
            ],
            [],
        ),
    ]
    for num, title, paras, acts in mins:
        story.append(P(f"{num}. {title}", SS["h2"]))
        for pn, text, kind in paras:
            story.append(grid([[pn, P(text, SS["just"])]], [12 * mm, 158 * mm], "LibSerif", 10, lines=None, pad=1))
            if kind:
                g.decision(PREV, pn, kind, text)
        for an, text, _ in acts:
            story.append(P(f"<b>ACTION {an}:</b> {text}", ParagraphStyle("ac", parent=SS["body"], leftIndent=34)))
    story.append(P("The meeting closed at 11.50 am.", SS["body"]))
    story.append(PageBreak())
    # Paper B: action log (one page)
    story += [P("Paper B", S["right"]), P("Action log", S["h1"])]
    log = [
        (
            "23/04",
            "25/01/2023",
            "3",
            "Report the costs of the estates condition survey.",
            "Chief Executive",
            ["Chief Executive"],
            "26/04/2023",
            "Complete",
        ),
        (
            "23/07",
            "25/01/2023",
            "5",
            "Review the declarations of interest for police staff in procurement roles.",
            "Monitoring Officer",
            ["Monitoring Officer"],
            "31/05/2023",
            "Complete",
        ),
        (
            "23/08",
            "25/01/2023",
            "6",
            "Bring the revised anti-fraud policy for approval.",
            "Director of Finance",
            ["Director of Finance"],
            "12/07/2023",
            "Open",
        ),
        (
            "23/11",
            "26/04/2023",
            "2",
            "Deputy Chief Constable to provide the management response to the fleet fuel cards audit.",
            "DCC",
            ["Deputy Chief Constable"],
            "12/07/2023",
            "Open",
        ),
        (
            "23/12",
            "26/04/2023",
            "3",
            "OPCC Chief Finance Officer to circulate the counterparty list to members.",
            "OPCC CFO",
            ["Chief Finance Officer"],
            "31/05/2023",
            "Complete",
        ),
    ]
    data = [["No.", "Meeting", "Item", "Action", "Owner", "Due", "Status"]]
    for num, mt, it, text, own, owners, due, st in log:
        data.append([num, mt, it, P(text, S["cell"]), P(own, S["cell"]), due, st])
        g.action(text, num, iso_dmy(mt), it, owners, iso_dmy(due), "closed" if st == "Complete" else "open", own, due)
    story.append(
        grid(
            data,
            [13 * mm, 20 * mm, 10 * mm, 70 * mm, 24 * mm, 20 * mm, 16 * mm],
            "LibSans",
            9,
            header_bg=colors.HexColor("#DDDDDD"),
        )
    )
    story.append(PageBreak())
    # Paper D: cover report + register
    RD = "2023-06-30"
    story += [
        P("Paper D", S["right"]),
        grid(
            [
                ["Report to:", body],
                ["Date:", "12 July 2023"],
                ["Report by:", "OPCC Chief Finance Officer"],
                ["Subject:", "Strategic risk register – quarter 1 2023/24"],
            ],
            [30 * mm, 140 * mm],
            "LibSans",
            9.5,
            lines="grid",
            extra=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE"))],
        ),
        Spacer(1, 6),
        P("1. Purpose", S["h2"]),
        P(
            "This report presents the joint strategic risk register of the Commissioner and the Chief Constable, "
            "reviewed by the joint management team on 30 June 2023.",
            S["body"],
        ),
        P("2. Recommendation", S["h2"]),
        P("The Committee is asked to note the register and the two changes in risk scores since April.", S["body"]),
        P("3. Changes since the last report", S["h2"]),
        P(
            "The score for the custody estate risk has reduced following completion of the ligature works. "
            "A new risk on the national vetting standards has been added.",
            S["body"],
        ),
        PageBreak(),
        P("Appendix A – Joint Strategic Risk Register (reviewed 30 June 2023)", S["h2"]),
    ]
    regs = [
        (
            "JSR1",
            "Finance",
            "Funding settlement below the level of pay and price inflation leads to cuts in frontline services.",
            "Chief Finance Officers",
            (4, 4),
            (3, 4),
            (2, 3),
        ),
        (
            "JSR2",
            "Finance",
            "Major capital projects overrun their budgets because of construction inflation.",
            "Head of Estates",
            (4, 3),
            (3, 3),
            (2, 3),
        ),
        (
            "JSR3",
            "Operational",
            "Custody estate fails inspection standards because of ligature points in older cells.",
            "ACC Operations",
            (3, 4),
            (1, 4),
            (1, 4),
        ),
        (
            "JSR4",
            "People",
            "New national vetting standards cannot be met within existing resources, delaying recruitment.",
            "Head of Professional Standards",
            (4, 3),
            (3, 3),
            (2, 2),
        ),
    ]
    data = [["Ref", "Risk", "Owner", "Before controls\n(L × I)", "After controls\n(L × I)", "Target\n(L × I)"]]
    spans, cur = [], None
    for ref, obj, desc, own, b, a, t in regs:
        if obj != cur:
            spans.append(len(data))
            data.append([f"Theme: {obj}", "", "", "", "", ""])
            cur = obj

        def fmt(x):
            return f"{x[0]} × {x[1]} = {x[0] * x[1]}"

        data.append([ref, P(desc, S["cell"]), P(own, S["cell"]), fmt(b), fmt(a), fmt(t)])
        g.risk(
            ref,
            obj,
            desc,
            [
                ("inherent", "Before controls", b[0], b[1], b[0] * b[1], RD),
                ("current", "After controls", a[0], a[1], a[0] * a[1], RD),
                ("target", "Target", t[0], t[1], t[0] * t[1], RD),
            ],
        )
    extra = [("FONT", (0, 0), (-1, 0), "LibSans-B", 8.5)]
    for r in spans:
        extra += [
            ("SPAN", (0, r), (-1, r)),
            ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F2F2F2")),
            ("FONT", (0, r), (-1, r), "LibSans-BI", 8.5),
        ]
    story.append(
        grid(
            data,
            [13 * mm, 75 * mm, 30 * mm, 20 * mm, 20 * mm, 16 * mm],
            "LibSans",
            8.5,
            lines="grid",
            header_bg=colors.HexColor("#DDEBF7"),
            extra=extra,
        )
    )
    labels = {
        1: "Agenda",
        2: "Paper A – page 1 of 1",
        3: "Paper B – page 1 of 1",
        4: "Paper D – page 1 of 2",
        5: "Paper D – page 2 of 2",
    }

    def on_page(c, doc):
        c.saveState()
        c.setFont("LibSans", 8)
        if doc.page > 1:
            c.drawString(18 * mm, 10 * mm, "Lyneshire JASC – 12 July 2023")
            c.drawRightString(A4[0] - 18 * mm, 10 * mm, labels.get(doc.page - 1, ""))
        c.restoreState()

    build_rl(OUT / f, story, on_page=on_page)
    return g


# =========================================================================== 15. docx pack with landscape register section
@paper
def marlcombe_ab_pack():
    f = "Accountability Board pack - 14 February 2023.pdf"
    g = Gold(f, PACK)
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm

    D, PREV = "2023-02-14", "2022-12-13"
    body = "Accountability Board"
    loc = "Committee Room, Commissioner's Office, 4 Priory Walk, Marlcombe"
    g.meeting(body, D, "14:00", loc, None)
    g.meeting(body, PREV, "14:00", "Committee Room, Commissioner's Office", "draft")
    d = docx_base("Caladea", 10.5)

    def page_break():
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    dpara(d, "Marlcombe Police, Fire and Crime Commissioner", size=12)
    dpara(d, "ACCOUNTABILITY BOARD", bold_=True, size=18)
    dpara(d, f"Tuesday 14 February 2023, 2.00pm – 4.00pm\n{loc}")
    dpara(d, "Agenda", bold_=True, size=13)
    items = [
        ("1", "Apologies", "Chair", "Verbal", "For information"),
        ("2", "Draft minutes of 13 December 2022", "Chair", "Enclosed", "For decision"),
        ("3", "Action tracker", "Governance Manager", "Enclosed", "For information"),
        ("4", "Fire and rescue: on-call availability", "Chief Fire Officer", "Presentation", "For assurance"),
        ("5", "Police: neighbourhood policing review", "Assistant Chief Constable", "Report", "For assurance"),
        ("6", "Corporate risk register", "Chief Executive", "Enclosed", "For information"),
        ("7", "Decisions for publication", "Governance Manager", "Verbal", "For decision"),
    ]
    dtable(
        d,
        [["Item", "Subject", "Lead", "Paper", "Purpose"]] + [list(x) for x in items],
        [1.2, 6.3, 3.9, 2.6, 3.5],
        shade="E2EFDA",
    )
    for n, t, lead, _, _ in items:
        g.item(D, n, t, lead)
    page_break()
    # minutes
    dpara(d, "DRAFT MINUTES", bold_=True, size=13)
    dpara(d, "Accountability Board – Tuesday 13 December 2022, 2.00pm, Committee Room, Commissioner's Office")
    pres = [
        ("Alison Drewe", "Police, Fire and Crime Commissioner"),
        ("Stephen Harker", "Chief Constable"),
        ("Beth Colley", "Chief Fire Officer"),
        ("Hugh Marchbank", "Chief Executive"),
    ]
    att = [("Oliver Quist", "Chief Finance Officer"), ("Nadia Fairweather", "Governance Manager (minutes)")]
    dtable(
        d,
        [
            ["Present", "In attendance", "Apologies"],
            [
                "\n".join(f"{n} – {r}" for n, r in pres),
                "\n".join(f"{n} – {r}" for n, r in att),
                "Rhys Tanner – Deputy Chief Constable",
            ],
        ],
        [5.8, 5.8, 5.8],
        shade="F2F2F2",
    )
    for n, r in pres:
        g.attend(PREV, n, "member", r)
    for n, r in att:
        g.attend(PREV, n, "in_attendance", r)
    g.attend(PREV, "Rhys Tanner", "apologies", "Deputy Chief Constable")
    paras = [
        (
            "1",
            "Minutes and actions",
            [
                ("1.1", "The minutes of 8 November 2022 were accepted as a true record.", None),
                ("1.2", "The Commissioner agreed that actions AB/22/14 and AB/22/15 be closed.", "agreed"),
            ],
        ),
        (
            "2",
            "Budget and precept 2023/24",
            [
                (
                    "2.1",
                    "The Chief Finance Officer set out the proposed police precept increase of £15 for a Band D property.",
                    None,
                ),
                (
                    "2.2",
                    "The Commissioner approved the draft budget for submission to the Police, Fire and Crime Panel.",
                    "approved",
                ),
            ],
        ),
        (
            "3",
            "Fire standards compliance",
            [
                ("3.1", "The Chief Fire Officer reported compliance with eleven of the fourteen fire standards.", None),
                (
                    "3.2",
                    "The Board noted the gap analysis and the plan to close the remaining gaps by March 2024.",
                    "noted",
                ),
            ],
        ),
        (
            "4",
            "Victims' code compliance",
            [
                (
                    "4.1",
                    "The Commissioner endorsed the new victims' code compliance dashboard and delegated its publication to the Chief Executive.",
                    "endorsed",
                )
            ],
        ),
    ]
    for num, title, ps in paras:
        dpara(d, f"**{num}. {title}**")
        for pn, text, kind in ps:
            dpara(d, f"{pn}\t{text}")
            if kind:
                g.decision(PREV, pn, kind, text)
    dpara(d, "**Actions arising**")
    arising = [
        (
            "AB/22/19",
            "Provide a breakdown of the precept impact by council tax band.",
            "CFO",
            ["Chief Finance Officer"],
            "20/01/2023",
            "2",
        ),
        (
            "AB/22/20",
            "Report on progress against the three outstanding fire standards.",
            "Chief Fire Officer",
            ["Chief Fire Officer"],
            "14/02/2023",
            "3",
        ),
    ]
    dtable(d, [["No.", "Action", "Owner", "By"]] + [[a, b, c, e] for a, b, c, _, e, _ in arising], [2.3, 10, 2.5, 2.6])
    page_break()
    # action tracker
    dpara(d, "Action tracker – as at 7 February 2023", bold_=True, size=13)
    trk = [
        (
            "AB/22/11",
            "11/10/2022",
            "Publish the annual report of the independent custody visiting scheme.",
            "Chief Executive",
            ["Chief Executive"],
            "30/11/2022",
            "Closed",
            "Published 28/11/2022.",
        ),
        (
            "AB/22/16",
            "08/11/2022",
            "Present the revised fleet strategy for police and fire.",
            "CC & Chief Fire Officer",
            ["Chief Constable", "Chief Fire Officer"],
            "14/03/2023",
            "Open",
            "On forward plan for March.",
        ),
        (
            "AB/22/19",
            "13/12/2022",
            "Provide a breakdown of the precept impact by council tax band.",
            "CFO",
            ["Chief Finance Officer"],
            "20/01/2023",
            "Closed",
            "Circulated 12/01/2023.",
        ),
        (
            "AB/22/20",
            "13/12/2022",
            "Report on progress against the three outstanding fire standards.",
            "Chief Fire Officer",
            ["Chief Fire Officer"],
            "14/02/2023",
            "Open",
            "Item 4 on this agenda.",
        ),
    ]
    dtable(
        d,
        [["Ref", "Raised", "Action", "Owner", "Target", "Status", "Update"]]
        + [[a, b, c, e, f_, s, u] for a, b, c, e, _, f_, s, u in trk],
        [2.2, 2.1, 5.4, 2.4, 2.1, 1.6, 3.0],
        size=9,
    )
    item_of = {a: it for a, *_, it in arising}
    for a, b, c, e, owners, f_, s, u in trk:
        g.action(c, a, iso_dmy(b), item_of.get(a), owners, iso_dmy(f_), s.lower(), e, f_)
    page_break()
    # cover report then landscape register
    dpara(d, "Agenda item 6", italic=True)
    dpara(d, "CORPORATE RISK REGISTER", bold_=True, size=13)
    dtable(
        d,
        [["Report of", "Chief Executive"], ["Date", "14 February 2023"], ["Security classification", "OFFICIAL"]],
        [5, 11],
        header=False,
        bold_first_col=True,
    )
    dpara(d, "")
    dpara(
        d,
        "1.\tThe register combines the risks of the Commissioner's office for policing and for fire and rescue. "
        "It was last reviewed by the senior leadership team on 31 January 2023.",
    )
    dpara(d, "2.\tRecommendation: that the Board notes the register and the new risk on fire pensions.")
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    dpara(d, "Corporate Risk Register – last reviewed 31/01/2023", bold_=True, size=12)
    RD = "2023-01-31"
    risks = [
        (
            "PFCC-01",
            "Governance",
            "Failure to hold the Chief Constable and Chief Fire Officer to account effectively because performance data is late or inaccurate.",
            "Chief Executive",
            (3, 4),
            (2, 3),
        ),
        (
            "PFCC-02",
            "Governance",
            "Decisions are challenged because the scheme of delegation has not been updated for the fire governance transfer.",
            "Monitoring Officer",
            (3, 3),
            (2, 2),
        ),
        (
            "PFCC-03",
            "Finance",
            "Fire pension remedy costs are not funded by government, putting pressure on the fire revenue budget.",
            "Chief Finance Officer",
            (4, 4),
            (4, 3),
        ),
        (
            "PFCC-04",
            "Finance",
            "Estates collaboration savings are not realised because shared sites are delayed.",
            "Chief Finance Officer",
            (3, 3),
            (3, 2),
        ),
        (
            "PFCC-05",
            "Partnerships",
            "Loss of partner funding for the violence reduction unit reduces early intervention work with young people.",
            "Head of Commissioning",
            (4, 3),
            (3, 3),
        ),
    ]
    rows = [
        [
            "Ref",
            "Area",
            "Risk",
            "Owner",
            "Inherent L",
            "Inherent I",
            "Inherent rating",
            "Residual L",
            "Residual I",
            "Residual rating",
        ]
    ]
    for ref, area, desc, own, (il, ii), (rl, ri) in risks:
        rows.append([ref, area, desc, own, str(il), str(ii), str(il * ii), str(rl), str(ri), str(rl * ri)])
        g.risk(
            ref,
            area,
            desc,
            [("inherent", "Inherent rating", il, ii, il * ii, RD), ("current", "Residual rating", rl, ri, rl * ri, RD)],
        )
    dtable(d, rows, [1.9, 2.3, 8.0, 3.0, 1.7, 1.7, 1.9, 1.9, 1.9, 1.9], shade="FCE4D6", size=9)
    docx_footer(d, "Accountability Board 14/02/2023 – page {PAGE}")
    docx_to_pdf(d, OUT / f)
    return g


# =========================================================================== 16. typed minutes that look scanned, numbered resolutions
@paper
def stourmouth_eb_typed_minutes():
    f = "EB minutes 090321 signed.pdf"
    g = Gold(f, MINUTES)
    D = "2021-03-09"
    loc = "Room 12, Stourmouth Police Headquarters, Quay Street"
    g.meeting("Executive Board", D, "09:30", loc, "approved")
    fs = 10
    lines = []

    def add(text="", indent=0, width=78):
        import textwrap

        if not text:
            lines.append("")
            return
        for i, ln in enumerate(textwrap.wrap(text, width - indent)):
            lines.append(" " * indent + ln)

    add("STOURMOUTH POLICE AND CRIME COMMISSIONER")
    add("EXECUTIVE BOARD")
    add()
    add("MINUTES of the meeting held on Tuesday 9 March 2021 at 9.30 a.m.")
    add(f"at {loc}.")
    add()
    present = [
        ("Mr", "Geoffrey Allardyce", "Police and Crime Commissioner (in the Chair)"),
        ("Ms", "Tamsin Reddaway", "Chief Constable"),
        ("Mr", "Neil Ostrowski", "Assistant Chief Constable"),
        ("Mrs", "Janice Coombe", "Chief Executive"),
    ]
    att = [("Mr", "Laurence Pybus", "Treasurer"), ("Miss", "Kerry Dalgleish", "Committee Clerk")]
    add("PRESENT:")
    for t, n, r in present:
        add(f"{t} {n:<22} {r}", 4)
        g.attend(D, n, "member", r)
    add("IN ATTENDANCE:")
    for t, n, r in att:
        add(f"{t} {n:<22} {r}", 4)
        g.attend(D, n, "in_attendance", r)
    add("APOLOGIES:")
    add("Mr Dominic Farrant          Deputy Chief Constable", 4)
    g.attend(D, "Dominic Farrant", "apologies", "Deputy Chief Constable")
    add()

    def minute(num, title, text, resolutions=(), actions=()):
        add(f"{num}.  {title.upper()}")
        add(text, 5)
        for rn, rt, kind in resolutions:
            add(f"RESOLUTION {rn}: {rt}", 5)
            g.decision(D, num, kind, rt)
        for at, owners, ot in actions:
            add(f"ACTION: {at}", 5)
            g.action(at, None, D, num, owners, None, "open", ot)
        add()

    minute(
        "1",
        "Minutes of the last meeting",
        "The minutes of the meeting held on 9 February 2021 were taken as read.",
        [("EB/21/06", "The Board approved the minutes of 9 February 2021 as a correct record.", "approved")],
    )
    minute(
        "2",
        "Covid-19 recovery",
        "The Chief Constable reported that abstraction rates had fallen to 4 per cent "
        "and that the force would return to normal shift patterns from 1 April 2021.",
        [
            (
                "EB/21/07",
                "The Board noted the recovery plan and agreed that the temporary overtime arrangements end on 31 March 2021.",
                "agreed",
            )
        ],
        [
            (
                "ACC to report the overtime spend attributable to Covid-19 at the April meeting.",
                ["Assistant Chief Constable"],
                "ACC",
            )
        ],
    )
    minute(
        "3",
        "Capital programme 2021/22",
        "The Treasurer presented the programme of £9.4m, including the replacement "
        "of the automatic number plate recognition cameras.",
        [
            (
                "EB/21/08",
                "RESOLVED that the capital programme 2021/22 be approved and that the Treasurer be authorised to "
                "make virements of up to £100,000 between schemes.",
                "resolved",
            )
        ],
        [
            (
                "Treasurer and Chief Executive to publish the capital strategy on the website.",
                ["Treasurer", "Chief Executive"],
                "Treasurer and Chief Executive",
            )
        ],
    )
    minute(
        "4",
        "Out of court disposals",
        "The Board considered the proposal to move to a two-tier framework.",
        [("EB/21/09", "The Board endorsed the two-tier framework for implementation from June 2021.", "endorsed")],
    )
    minute("5", "Any other business", "There was none. The meeting closed at 11.15 a.m.")
    add()
    add("Confirmed as a correct record at the meeting held on 13 April 2021.")
    add()
    add("Signed:  G. Allardyce                 Chair        Date: 13/04/2021")
    from reportlab.pdfgen import canvas

    path = OUT / f
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("")
    c.setAuthor("Scanner")
    rnd = random.Random(9321)
    per_page = 56
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    for pi, chunk in enumerate(pages):
        c.setFillColor(colors.Color(0.96, 0.95, 0.91))
        c.rect(0, 0, A4[0], A4[1], stroke=0, fill=1)
        c.setFillColor(colors.Color(0.6, 0.6, 0.6))
        for _ in range(700):
            c.circle(rnd.uniform(0, A4[0]), rnd.uniform(0, A4[1]), rnd.uniform(0.1, 0.5), stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setStrokeColor(colors.Color(0.7, 0.7, 0.7))
        for y in (A4[1] * 0.3, A4[1] * 0.7):
            c.circle(9 * mm, y, 3 * mm, stroke=1, fill=1)
        c.saveState()
        c.translate(A4[0] / 2, A4[1] / 2)
        c.rotate(0.5 if pi % 2 == 0 else -0.35)
        c.translate(-A4[0] / 2, -A4[1] / 2)
        c.setFillColor(colors.Color(0.12, 0.12, 0.14))
        c.setFont("Courier", fs)
        y = A4[1] - 25 * mm
        for ln in chunk:
            c.drawString(22 * mm, y, ln)
            y -= fs * 1.32
        c.setFont("Courier", 9)
        c.drawCentredString(A4[0] / 2, 14 * mm, f"- {pi + 1} -")
        c.restoreState()
        if pi == 0:
            c.saveState()
            c.translate(A4[0] - 55 * mm, A4[1] - 30 * mm)
            c.rotate(12)
            c.setStrokeColor(colors.Color(0.55, 0.1, 0.1))
            c.setFillColor(colors.Color(0.55, 0.1, 0.1))
            c.setLineWidth(1.5)
            c.roundRect(0, 0, 40 * mm, 12 * mm, 2 * mm)
            c.setFont("Helvetica-Bold", 9)
            c.drawCentredString(20 * mm, 7 * mm, "RECEIVED")
            c.setFont("Helvetica", 7)
            c.drawCentredString(20 * mm, 2.5 * mm, "15 APR 2021")
            c.restoreState()
        c.showPage()
    c.save()
    return g


# --------------------------------------------------------------------------- checking and main


def norm_words(text):
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.findall(r"[a-z0-9£]+", text.lower())


def printed(tokens, text):
    """The words of text occur in tokens in order, close together (cells wrap across lines)."""
    want = norm_words(text)
    if not want:
        return True
    n = len(tokens)
    for start in (i for i in range(n) if tokens[i] == want[0]):
        j, k = start, 0
        limit = start + 4 * len(want) + 20
        while j < n and j < limit and k < len(want):
            if tokens[j] == want[k]:
                k += 1
            j += 1
        if k == len(want):
            return True
    return False


def strings_of(gold):
    for m in gold.get("meetings", []):
        yield "location", m["location"]
        yield "body", m["body"]
    for a in gold.get("attendance", []):
        yield "name", a["name"]
        if a.get("role_text"):
            yield "role_text", a["role_text"]
    for i in gold.get("agenda_items", []):
        yield "title", i["title"]
        if i.get("presenter_text"):
            yield "presenter_text", i["presenter_text"]
        yield "item_number", i["item_number"]
    for d in gold.get("decisions", []):
        yield "decision", d["text"]
        if d["item_number"]:
            yield "item_number", d["item_number"]
    for a in gold.get("actions", []):
        yield "action", a["description"]
        for k in ("owner_text", "target_date_text", "action_number"):
            if a.get(k):
                yield k, a[k]
    for r in gold.get("risks", []):
        yield "reference", r["reference"]
        yield "objective", r["objective"]
        yield "description", r["description"]
        for x in r["ratings"]:
            yield "phase_text", x["phase_text"]


def check():
    bad = 0
    for gf in sorted(GOLD.glob("*.json")):
        gold = json.loads(gf.read_text())
        pdf = OUT / gold["file"]
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        tokens = norm_words(text)
        for kind, s in strings_of(gold):
            if not printed(tokens, s):
                bad += 1
                print(f"NOT PRINTED  {gold['file']}: {kind}: {s}")
    return bad


def totals():
    from collections import Counter

    c = Counter()
    for gf in GOLD.glob("*.json"):
        gold = json.loads(gf.read_text())
        for k, v in gold.items():
            if isinstance(v, list):
                c[k] += len(v)
        c["risk_ratings"] += sum(len(r["ratings"]) for r in gold.get("risks", []))
    return c


def main():
    if "--check" not in sys.argv:
        register_fonts()
        for old in list(OUT.glob("*.pdf")) + list(GOLD.glob("*.json")):
            old.unlink()
        for fn in PAPERS:
            fn().write()
    bad = check()
    t = totals()
    print(
        f"{len(list(OUT.glob('*.pdf')))} PDFs; gold: "
        + ", ".join(
            f"{k} {t[k]}"
            for k in ("meetings", "attendance", "agenda_items", "decisions", "actions", "risks", "risk_ratings")
        )
    )
    print("every gold string printed" if not bad else f"{bad} gold strings not found in pdftotext -layout")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
