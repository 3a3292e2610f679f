#!/usr/bin/env python3
"""Build the holdout set of synthetic board papers and their gold records.

    /work/main/.venv/bin/python tests/holdout/make_holdout.py

Writes 14 PDFs next to this script and one gold JSON per PDF in gold/. Papers marked
(Word) are written with python-docx and exported to PDF by LibreOffice (soffice must be
on PATH); the rest are drawn with reportlab. Every body, place, person and piece of
business is invented. The reportlab PDFs are byte-for-byte reproducible; the Word exports
are reproducible in content (LibreOffice stamps its own creation time).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # no timestamps or random ids in reportlab output

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,  # noqa: E402
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"

# --------------------------------------------------------------------------- fonts

FONT_FILES = {
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-%s.ttf",
    "Caladea": "/usr/share/fonts/truetype/crosextra/Caladea-%s.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-%s.ttf",
    "LibNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-%s.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-%s.ttf",
}


def register_fonts():
    for fam, pattern in FONT_FILES.items():
        faces = {}
        for face, suffix in (("", "Regular"), ("-Bold", "Bold"), ("-Italic", "Italic"), ("-BoldItalic", "BoldItalic")):
            pdfmetrics.registerFont(TTFont(fam + face, pattern % suffix))
            faces[face] = fam + face
        pdfmetrics.registerFontFamily(
            fam, normal=faces[""], bold=faces["-Bold"], italic=faces["-Italic"], boldItalic=faces["-BoldItalic"]
        )


def style(font, size, lead=None, **kw):
    return ParagraphStyle("s", fontName=font, fontSize=size, leading=lead or size * 1.25, **kw)


def P(text, st, **kw):
    return Paragraph(text, st, **kw)


def pagenum_footer(font, size, fmt, top=None, right_top=None, y_mm=12):
    """Page decoration drawn once the page total is known: a centred footer such as
    'Page {n} of {total}', optional running text top left / top right."""

    def draw(canv, n, total):
        w, h = canv._pagesize
        canv.saveState()
        canv.setFont(font, size)
        canv.drawCentredString(w / 2, y_mm * mm, fmt.format(n=n, total=total))
        if top:
            canv.drawString(18 * mm, h - 11 * mm, top)
        if right_top:
            canv.drawRightString(w - 18 * mm, h - 11 * mm, right_top)
        canv.restoreState()

    return draw


def numbered_canvas(draw):
    from reportlab.pdfgen import canvas

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                draw(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_rl(path, story, pagesize, margins, draw, onpage=None):
    doc = SimpleDocTemplate(
        str(path),
        pagesize=pagesize,
        leftMargin=margins[0],
        rightMargin=margins[1],
        topMargin=margins[2],
        bottomMargin=margins[3],
        title=path.stem,
        author="",
        subject="",
        creator="",
    )
    kw = {"onFirstPage": onpage, "onLaterPages": onpage} if onpage else {}
    doc.build(story, canvasmaker=numbered_canvas(draw), **kw)


# --------------------------------------------------------------------------- Word helpers


def docx_new(font, size, land=False, margins_mm=(20, 20, 18, 18)):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if land:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = (Mm(m) for m in margins_mm)
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(_qn(a), font)
    st.paragraph_format.space_after = Pt(4)
    d.core_properties.author = ""
    return d


def _qn(tag):
    from docx.oxml.ns import qn

    return qn(tag)


def dpara(
    d_or_cell,
    text="",
    bold=False,
    italic=False,
    size=None,
    align=None,
    after=None,
    before=None,
    runs=None,
    indent_mm=None,
    color=None,
):
    """Add a paragraph; `runs` is a list of (text, bold, italic) tuples."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt, RGBColor

    p = d_or_cell.add_paragraph()
    for t, b, i in runs or [(text, bold, italic)]:
        r = p.add_run(t)
        r.bold, r.italic = b, i
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = {
            "center": WD_ALIGN_PARAGRAPH.CENTER,
            "right": WD_ALIGN_PARAGRAPH.RIGHT,
            "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
        }[align]
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if indent_mm:
        p.paragraph_format.left_indent = Mm(indent_mm)
    return p


def dcell(cell, text, bold=False, size=None, shade=None, italic=False, align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    from docx.shared import Pt

    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(1)
        if align == "center":
            from docx.enum.text import WD_ALIGN_PARAGRAPH

            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if shade:
        from docx.oxml import OxmlElement

        tcpr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(_qn("w:val"), "clear")
        shd.set(_qn("w:color"), "auto")
        shd.set(_qn("w:fill"), shade)
        tcpr.append(shd)


def dtable(d, rows, widths_mm, grid=True, size=None, header_shade=None, header_rows=1, bold_first_col=False):
    from docx.shared import Mm

    t = d.add_table(rows=len(rows), cols=len(widths_mm))
    t.style = d.styles["Table Grid"] if grid else d.styles["Normal Table"]
    t.autofit = False
    fix_widths(t, widths_mm)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Mm(widths_mm[j])
            is_head = header_shade is not None and i < header_rows
            dcell(
                c, val, bold=is_head or (bold_first_col and j == 0), size=size, shade=header_shade if is_head else None
            )
    if header_shade is not None:
        from docx.oxml import OxmlElement

        for i in range(header_rows):
            trpr = t.rows[i]._tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader")
            th.set(_qn("w:val"), "true")
            trpr.append(th)
    return t


def fix_widths(t, widths_mm):
    """LibreOffice reads the table grid, not the cell widths: set both, and a fixed layout."""
    from docx.oxml import OxmlElement
    from docx.shared import Mm

    for j, w in enumerate(widths_mm):
        t.columns[j].width = Mm(w)
    tblpr = t._tbl.tblPr
    tw = OxmlElement("w:tblW")
    tw.set(_qn("w:w"), str(int(sum(widths_mm) / 25.4 * 1440)))
    tw.set(_qn("w:type"), "dxa")
    for old in tblpr.findall(_qn("w:tblW")):
        tblpr.remove(old)
    tblpr.append(tw)
    lay = OxmlElement("w:tblLayout")
    lay.set(_qn("w:type"), "fixed")
    tblpr.append(lay)


def docx_footer(d, text_before, with_total=True, header_text=None, header_align="right"):
    """Footer 'Page X of Y' built from PAGE / NUMPAGES fields."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement

    sec = d.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def field(code):
        r = p.add_run()
        for kind, txt in (("begin", None), ("instr", code), ("separate", None), ("text", "1"), ("end", None)):
            if kind == "instr":
                el = OxmlElement("w:instrText")
                el.set(_qn("xml:space"), "preserve")
                el.text = txt
                r._r.append(el)
            elif kind == "text":
                el = OxmlElement("w:t")
                el.text = txt
                r._r.append(el)
            else:
                el = OxmlElement("w:fldChar")
                el.set(_qn("w:fldCharType"), kind)
                r._r.append(el)

    p.add_run(text_before)
    field("PAGE")
    if with_total:
        p.add_run(" of ")
        field("NUMPAGES")
    if header_text:
        hp = sec.header.paragraphs[0]
        hp.text = header_text
        hp.alignment = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}[header_align]


def docx_to_pdf(d, stem):
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.docx"
        d.save(src)
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/lo",
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
        shutil.copyfile(Path(tmp) / f"{stem}.pdf", HERE / f"{stem}.pdf")


# --------------------------------------------------------------------------- gold


def write_gold(stem, kinds, **records):
    """kinds: 'minutes' / 'agenda' / 'log' / 'register' -> which record types are judged."""
    types = {
        "minutes": ["meetings", "attendance", "decisions", "actions", "risks"],
        "agenda": ["meetings", "attendance", "agenda_items", "decisions", "actions", "risks"],
        "log": ["attendance", "agenda_items", "decisions", "actions", "risks"],
        "register": ["attendance", "agenda_items", "decisions", "actions", "risks"],
    }[kinds]
    gold = {"file": f"{stem}.pdf"}
    for t in types:
        gold[t] = records.get(t, [])
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")


def att(date, people):
    """people: (name, attendance, role_text or None)"""
    out = []
    for n, a, r in people:
        rec = {"meeting_date": date, "name": n, "attendance": a}
        if r:
            rec["role_text"] = r
        out.append(rec)
    return out


def dec(date, item, kind, text):
    return {"meeting_date": date, "item_number": item, "decision_type": kind, "text": text}


def act(desc, number, raised, item, owners, target, status, owner_text, target_text=None):
    rec = {
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
        rec["target_date_text"] = target_text
    return rec


def risk(ref, objective, desc, ratings):
    return {
        "reference": ref,
        "objective": objective,
        "description": desc,
        "ratings": [
            {"phase": ph, "phase_text": pt, "likelihood": l, "impact": i, "score": s, "register_date": rd}
            for ph, pt, l, i, s, rd in ratings
        ],
    }


PAPERS = []


def paper(fn):
    PAPERS.append(fn)
    return fn


# =========================================================================== 1
# Marlshire Police and Crime Panel minutes (Word): Members / Officers / Also attending /
# Apologies in a two-column table, no "Present"; minute numbers "PCP 14/21"; "RESOLVED that",
# "The Panel RESOLVED to …"; "14:00 hrs"; signed as a correct record.


@paper
def marlshire_pcp_minutes():
    stem = "2021-06-22-Marlshire-Police-and-Crime-Panel-minutes"
    date = "2021-06-22"
    d = docx_new("Carlito", 11, margins_mm=(22, 22, 18, 18))
    docx_footer(d, "Marlshire Police and Crime Panel – 22 June 2021 – page ", with_total=False)
    dpara(d, "MARLSHIRE POLICE AND CRIME PANEL", bold=True, size=15, align="center", after=2)
    dpara(
        d,
        "Minutes of the meeting of the Marlshire Police and Crime Panel held in the Council "
        "Chamber, Guildhall, Wexcombe on Tuesday 22 June 2021 at 14:00 hrs",
        align="center",
        after=10,
    )
    people = [
        (
            "Members:",
            "Councillor Helen Prowse (Chair)\nCouncillor David Okafor (Vice-Chair)\n"
            "Councillor Rhiannon Tate\nCouncillor Gareth Willoughby\nCouncillor Selina Amis\n"
            "Councillor Peter Fairclough\nMr Tobias Venn (Independent Member)\n"
            "Mrs Orla Devaney (Independent Member)",
        ),
        (
            "Officers:",
            "Bethan Carrow (Panel Scrutiny Officer)\nLuke Hennessy (Legal Adviser)\n"
            "Amrit Sandhu (Democratic Services Officer)",
        ),
        (
            "Also attending:",
            "Ruth Albright (Police and Crime Commissioner)\n"
            "Simon Keld (Chief Executive, OPCC)\nAnya Brooke (Chief Finance Officer, OPCC)",
        ),
        ("Apologies:", "Councillor Matthew Brindley\nCouncillor Jo Castell"),
    ]
    dtable(d, people, (40, 126), grid=False, bold_first_col=True)
    dpara(d, "", after=4)

    def minute(no, head, paras):
        dpara(d, runs=[(f"{no}\t", True, False), (head, True, False)], before=8, after=3)
        for t in paras:
            if isinstance(t, tuple):
                dpara(d, runs=[t], indent_mm=12)
            else:
                dpara(d, t, indent_mm=12, align="justify")

    minute(
        "PCP 12/21",
        "APOLOGIES AND SUBSTITUTIONS",
        [
            "Apologies were received from Councillor Matthew Brindley and Councillor Jo Castell. "
            "There were no substitutions."
        ],
    )
    minute("PCP 13/21", "DECLARATIONS OF INTEREST", ["None were declared."])
    minute(
        "PCP 14/21",
        "MINUTES",
        [
            (
                "RESOLVED that the minutes of the meeting held on 9 March 2021 be confirmed as a correct "
                "record and signed by the Chair.",
                True,
                False,
            )
        ],
    )
    minute("PCP 15/21", "PUBLIC QUESTIONS", ["No questions had been received from members of the public."])
    minute(
        "PCP 16/21",
        "POLICE AND CRIME COMMISSIONER’S ANNUAL REPORT 2020/21",
        [
            "The Commissioner introduced the draft annual report, which described the first year of the "
            "Police and Crime Plan and the effect of the pandemic on demand. Members asked about the fall "
            "in recorded rural crime and whether it reflected lower reporting rather than lower offending. "
            "The Commissioner explained that the force had begun a survey of farming communities to test this.",
            "Councillor Tate asked how the report measured the visibility of neighbourhood officers. The "
            "Chief Executive undertook to provide the figures used in the report.",
            (
                "The Panel RESOLVED to make the following recommendations to the Commissioner: (a) that the final "
                "report include the number of rural crime reports by district; and (b) that the report set out "
                "progress against each priority of the Police and Crime Plan.",
                True,
                False,
            ),
        ],
    )
    minute(
        "PCP 17/21",
        "COMPLAINTS AGAINST THE COMMISSIONER",
        [
            "The Legal Adviser reported on the handling of complaints under the Panel’s arrangements.",
            "The Panel noted that no complaints had been received since its last meeting.",
        ],
    )
    minute(
        "PCP 18/21",
        "ESTATES STRATEGY – UPDATE",
        [
            "The Chief Finance Officer reported that the Commissioner has approved the sale of the former "
            "Cobb Lane police station and that the receipt would be used to fund the new Wexcombe "
            "neighbourhood base. Members asked whether the public had been consulted on the closure of "
            "the front counter.",
            ("The Panel RESOLVED to note the update and to ask for a further report in December 2021.", True, False),
        ],
    )
    minute(
        "PCP 19/21",
        "WORK PROGRAMME 2021/22",
        [
            "The Panel Scrutiny Officer presented the draft work programme.",
            "The Panel agreed its work programme for 2021/22, subject to adding an item on road safety.",
        ],
    )
    dpara(d, "The meeting closed at 16:05 hrs.", before=10, after=24)
    dpara(d, "Signed as a correct record", bold=True, after=10)
    dpara(d, "Signed:  Helen Prowse                                   Chair", after=4)
    dpara(d, "Date:  14 September 2021")
    docx_to_pdf(d, stem)

    write_gold(
        stem,
        "minutes",
        meetings=[
            {
                "body": "Marlshire Police and Crime Panel",
                "meeting_date": date,
                "start_time": "14:00",
                "location": "Council Chamber, Guildhall, Wexcombe",
                "minutes_status": "approved",
            }
        ],
        attendance=att(
            date,
            [
                ("Helen Prowse", "member", "Chair"),
                ("David Okafor", "member", "Vice-Chair"),
                ("Rhiannon Tate", "member", None),
                ("Gareth Willoughby", "member", None),
                ("Selina Amis", "member", None),
                ("Peter Fairclough", "member", None),
                ("Tobias Venn", "member", "Independent Member"),
                ("Orla Devaney", "member", "Independent Member"),
                ("Bethan Carrow", "in_attendance", "Panel Scrutiny Officer"),
                ("Luke Hennessy", "in_attendance", "Legal Adviser"),
                ("Amrit Sandhu", "in_attendance", "Democratic Services Officer"),
                ("Ruth Albright", "in_attendance", "Police and Crime Commissioner"),
                ("Simon Keld", "in_attendance", "Chief Executive, OPCC"),
                ("Anya Brooke", "in_attendance", "Chief Finance Officer, OPCC"),
                ("Matthew Brindley", "apologies", None),
                ("Jo Castell", "apologies", None),
            ],
        ),
        decisions=[
            dec(
                date,
                "PCP 14/21",
                "resolved",
                "RESOLVED that the minutes of the meeting held on 9 March 2021 be confirmed as a "
                "correct record and signed by the Chair.",
            ),
            dec(
                date,
                "PCP 16/21",
                "resolved",
                "The Panel RESOLVED to make the following recommendations to the Commissioner: (a) "
                "that the final report include the number of rural crime reports by district; and "
                "(b) that the report set out progress against each priority of the Police and Crime Plan.",
            ),
            dec(
                date,
                "PCP 17/21",
                "noted",
                "The Panel noted that no complaints had been received since its last meeting.",
            ),
            dec(
                date,
                "PCP 18/21",
                "resolved",
                "The Panel RESOLVED to note the update and to ask for a further report in December 2021.",
            ),
            dec(
                date,
                "PCP 19/21",
                "agreed",
                "The Panel agreed its work programme for 2021/22, subject to adding an item on road safety.",
            ),
        ],
    )


# =========================================================================== 2
# Fenholt Fire and Rescue Authority "Record of decisions" (reportlab): heading as a ruled
# table (Meeting / Date / Time "10 o'clock" / Venue / Status "Draft – subject to approval");
# Members / Officers / Apologies table; "Item 5"; "DECISION:" lines.


@paper
def fenholt_fra_decisions():
    stem = "2021-03-25-Fenholt-Fire-and-Rescue-Authority-record-of-decisions"
    date = "2021-03-25"
    body = style("Times-Roman", 10.5, 13.5, alignment=TA_JUSTIFY, spaceAfter=5)
    style("Times-Bold", 10.5, 13.5)
    head = style("Times-Bold", 11.5, 15, spaceBefore=9, spaceAfter=4)
    cell = style("Times-Roman", 10, 12.5)
    cellb = style("Times-Bold", 10, 12.5)
    story = [
        P("FENHOLT FIRE AND RESCUE AUTHORITY", style("Times-Bold", 16, 20, alignment=TA_CENTER)),
        P("RECORD OF DECISIONS", style("Times-Bold", 12.5, 18, alignment=TA_CENTER, spaceAfter=8)),
    ]
    hdr = [
        ["Meeting", "Fenholt Fire and Rescue Authority – ordinary meeting"],
        ["Date", "Thursday 25 March 2021"],
        ["Time", "10 o’clock"],
        ["Venue", "Committee Room 2, Fenholt Fire and Rescue Service Headquarters, Brigstock Road, Stavering"],
        ["Status", "Draft – subject to approval"],
    ]
    t = Table([[P(a, cellb), P(b, cell)] for a, b in hdr], colWidths=[32 * mm, 138 * mm])
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.88, 0.88, 0.88)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story += [t, Spacer(1, 8)]
    att_rows = [
        [
            "Members",
            "Councillor Imogen Thwaite (Chair); Councillor Raymond Fell (Vice-Chair); Councillor "
            "Beverley Osgood; Councillor Hamid Qureshi; Councillor Lorna Pask; Councillor Trevor Bellamy",
        ],
        [
            "Officers",
            "Chief Fire Officer Alistair Munro; Deputy Chief Fire Officer Kirsty Lane; "
            "Treasurer – Graham Orme; Monitoring Officer – Nasreen Haq; Clerk – Philippa Dunn",
        ],
        ["Apologies", "Councillor Stuart Minns; Councillor Esther Cole"],
    ]
    t = Table([[P(a, cellb), P(b, cell)] for a, b in att_rows], colWidths=[32 * mm, 138 * mm])
    t.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
                ("LINEABOVE", (0, 0), (-1, 0), 0.4, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story += [t, Spacer(1, 4)]

    def item(no, title, paras):
        story.append(P(f"Item {no} – {title}", head))
        for x in paras:
            if x.startswith("DECISION:"):
                story.append(P(f"<b>DECISION:</b> {x[len('DECISION:') :].strip()}", body))
            else:
                story.append(P(x, body))

    item(
        1, "Apologies for absence", ["Apologies were received from Councillor Stuart Minns and Councillor Esther Cole."]
    )
    item(
        2,
        "Declarations of interest",
        [
            "Councillor Pask declared a personal interest in Item 9 as a "
            "resident of Stavering. She remained in the meeting."
        ],
    )
    item(
        3,
        "Minutes of the meeting held on 11 February 2021",
        ["DECISION: The Authority approved the minutes of the meeting held on 11 February 2021 as a correct record."],
    )
    item(
        4,
        "Chair’s announcements",
        [
            "The Chair noted the retirement of Station Manager Keith Armitage after 32 years’ service. "
            "It was noted that the Service had received a national award for its home fire safety visits."
        ],
    )
    item(
        5,
        "Community Risk Management Plan 2021–2024",
        [
            "The Chief Fire Officer presented the final plan following twelve weeks of public consultation, "
            "which had drawn 1,412 responses. Members welcomed the retention of the second appliance at Kelby.",
            "DECISION: The Authority RESOLVED that (i) the Community Risk Management Plan 2021–2024 be adopted; and "
            "(ii) authority be delegated to the Chief Fire Officer to make minor drafting amendments before publication.",
        ],
    )
    item(
        6,
        "Revenue budget monitoring – month 10",
        [
            "The Treasurer reported a forecast underspend of £312,000, mainly from vacancies in support services.",
            "DECISION: The Authority noted the forecast underspend of £312,000 and agreed to transfer it to the "
            "ICT replacement reserve.",
        ],
    )
    item(
        7,
        "Pay policy statement 2021/22",
        ["DECISION: The Authority approved the pay policy statement for 2021/22 for publication by 31 March 2021."],
    )
    item(
        8,
        "Exclusion of the press and public",
        [
            "The press and public were excluded for the following item on the grounds that it involved the "
            "likely disclosure of exempt information as defined in paragraph 3 of Schedule 12A to the "
            "Local Government Act 1972."
        ],
    )
    item(
        9,
        "Stavering fire station refurbishment – contract award (exempt)",
        [
            "The Deputy Chief Fire Officer summarised the tender evaluation.",
            "DECISION: The Authority endorsed the award of the contract for the refurbishment of Stavering "
            "fire station to the preferred bidder.",
        ],
    )
    story.append(Spacer(1, 10))
    story.append(P("The meeting ended at 12.20 pm.", body))

    build_rl(
        HERE / f"{stem}.pdf",
        story,
        A4,
        (20 * mm, 20 * mm, 20 * mm, 22 * mm),
        pagenum_footer("Times-Italic", 9, "Page {n} of {total}"),
    )
    write_gold(
        stem,
        "minutes",
        meetings=[
            {
                "body": "Fenholt Fire and Rescue Authority",
                "meeting_date": date,
                "start_time": "10:00",
                "location": "Committee Room 2, Fenholt Fire and Rescue Service Headquarters, Brigstock Road, Stavering",
                "minutes_status": "draft",
            }
        ],
        attendance=att(
            date,
            [
                ("Imogen Thwaite", "member", "Chair"),
                ("Raymond Fell", "member", "Vice-Chair"),
                ("Beverley Osgood", "member", None),
                ("Hamid Qureshi", "member", None),
                ("Lorna Pask", "member", None),
                ("Trevor Bellamy", "member", None),
                ("Alistair Munro", "in_attendance", "Chief Fire Officer"),
                ("Kirsty Lane", "in_attendance", "Deputy Chief Fire Officer"),
                ("Graham Orme", "in_attendance", "Treasurer"),
                ("Nasreen Haq", "in_attendance", "Monitoring Officer"),
                ("Philippa Dunn", "in_attendance", "Clerk"),
                ("Stuart Minns", "apologies", None),
                ("Esther Cole", "apologies", None),
            ],
        ),
        decisions=[
            dec(
                date,
                "3",
                "approved",
                "The Authority approved the minutes of the meeting held on 11 February 2021 as a correct record.",
            ),
            dec(
                date,
                "5",
                "resolved",
                "The Authority RESOLVED that (i) the Community Risk Management Plan "
                "2021–2024 be adopted; and (ii) authority be delegated to the Chief Fire Officer to make "
                "minor drafting amendments before publication.",
            ),
            dec(
                date,
                "6",
                "agreed",
                "The Authority noted the forecast underspend of £312,000 and agreed to "
                "transfer it to the ICT replacement reserve.",
            ),
            dec(
                date,
                "7",
                "approved",
                "The Authority approved the pay policy statement for 2021/22 for publication by 31 March 2021.",
            ),
            dec(
                date,
                "9",
                "endorsed",
                "The Authority endorsed the award of the contract for the "
                "refurbishment of Stavering fire station to the preferred bidder.",
            ),
        ],
    )


# =========================================================================== 3
# Calderwick Joint Independent Audit Committee minutes (Word): "Confirmed minutes" in the
# page header; labelled attendance paragraphs with initials; minute numbers in a hanging
# column; "AGREED: that …"; "ACTION: BA to …" with initials.


@paper
def calderwick_jiac_minutes():
    stem = "2020-11-18-Calderwick-JIAC-minutes"
    date = "2020-11-18"
    d = docx_new("Caladea", 10.5, margins_mm=(25, 20, 22, 20))
    docx_footer(d, "", with_total=False, header_text="Confirmed minutes")
    dpara(d, "CALDERWICK JOINT INDEPENDENT AUDIT COMMITTEE", bold=True, size=14, after=2, color="1F3864")
    dpara(
        d,
        "Minutes of the meeting held on Wednesday 18 November 2020 at 13.30, by video conference (Microsoft Teams)",
        italic=True,
        after=10,
    )
    dpara(
        d,
        runs=[
            ("Committee members: ", True, False),
            ("Rosalind Ekwueme (Chair), Martin Gallacher, Dr Yusuf Rahim, Pauline Strachan", False, False),
        ],
    )
    dpara(
        d,
        runs=[
            ("Officers attending: ", True, False),
            (
                "Adrian Coles, Chief Executive, OPCC (AC); Helen Marsh, Chief Finance Officer, OPCC (HM); "
                "T/DCC Owen Pritchard, Deputy Chief Constable (OP); Janice Lee, Director of Finance, "
                "Calderwick Constabulary (JL); Ben Astley, Internal Audit Manager (BA); Farah Iqbal, "
                "External Audit Senior Manager (FI)",
                False,
                False,
            ),
        ],
    )
    dpara(
        d,
        runs=[
            ("Apologies: ", True, False),
            ("Kenneth Doyle (Committee member); Chief Constable Lydia Marr", False, False),
        ],
        after=10,
    )

    rows = []

    def minute(no, title, paras):
        rows.append((no, title, paras))

    minute(
        "37", "Apologies and declarations of interest", ["Apologies were noted as above. No interests were declared."]
    )
    minute(
        "38",
        "Minutes of the meeting held on 16 September 2020 and matters arising",
        [
            "The minutes were reviewed. All matters arising were covered by the agenda.",
            "AGREED: that the minutes of the meeting held on 16 September 2020 be signed as a true record.",
        ],
    )
    minute(
        "39",
        "Internal audit progress report",
        [
            "BA reported that six of the eleven planned reviews were complete. Two reports carried limited "
            "assurance: seized property and overtime authorisation. Members asked that the firearms licensing "
            "follow-up be brought forward given the national attention on the subject.",
            "AGREED: that the progress report be noted and that the follow-up review of firearms licensing be "
            "brought forward to Quarter 4.",
            "ACTION: BA to circulate the revised internal audit plan for 2020/21 to members by 4 December 2020.",
        ],
    )
    minute(
        "40",
        "External audit – annual audit letter 2019/20",
        [
            "FI presented the letter. Unqualified opinions had been given on both sets of accounts and on value "
            "for money arrangements. The fee remained subject to agreement.",
            "AGREED: that the annual audit letter be received.",
            "ACTION: FI to confirm the final fee for the 2019/20 audit once agreed with the appointing body.",
        ],
    )
    minute(
        "41",
        "Treasury management mid-year review 2020/21",
        [
            "HM reported that all prudential indicators had been met and that investment returns were lower "
            "than budgeted because of the fall in interest rates.",
            "AGREED: that the Committee would recommend the mid-year review to the Commissioner and the Chief Constable.",
        ],
    )
    minute(
        "42",
        "Strategic risk registers",
        [
            "OP presented the force register and AC the OPCC register. The DCC noted that the risk relating "
            "to the emergency services network had increased. Members asked for more detail on how the two "
            "registers related to each other.",
            "ACTION: OP and AC to arrange a joint risk workshop for members in January 2021.",
        ],
    )
    minute(
        "43",
        "Any other business",
        ["The Chair thanked Pauline Strachan, whose term ends in December, for her contribution to the Committee."],
    )
    trows = []
    for no, title, paras in rows:
        trows.append((no, title, paras))
    t = d.add_table(rows=0, cols=2)
    t.style = d.styles["Normal Table"]
    from docx.shared import Mm, Pt

    for no, title, paras in trows:
        t.add_row()
    fix_widths(t, (14, 151))
    for row, (no, title, paras) in zip(t.rows, trows):
        r = row.cells
        r[0].width, r[1].width = Mm(14), Mm(151)
        dcell(r[0], no, bold=True)
        r[1].text = ""
        p = r[1].paragraphs[0]
        p.add_run(title).bold = True
        for x in paras:
            p = r[1].add_paragraph()
            if x.startswith(("AGREED:", "ACTION:")):
                lab, rest = x.split(":", 1)
                p.add_run(lab + ":").bold = True
                p.add_run(rest)
            else:
                p.add_run(x)
            p.paragraph_format.space_after = Pt(4)
    dpara(d, "The meeting closed at 15.40.", before=10)
    docx_to_pdf(d, stem)

    write_gold(
        stem,
        "minutes",
        meetings=[
            {
                "body": "Calderwick Joint Independent Audit Committee",
                "meeting_date": date,
                "start_time": "13:30",
                "location": "by video conference (Microsoft Teams)",
                "minutes_status": "approved",
            }
        ],
        attendance=att(
            date,
            [
                ("Rosalind Ekwueme", "member", "Chair"),
                ("Martin Gallacher", "member", None),
                ("Yusuf Rahim", "member", None),
                ("Pauline Strachan", "member", None),
                ("Adrian Coles", "in_attendance", "Chief Executive, OPCC"),
                ("Helen Marsh", "in_attendance", "Chief Finance Officer, OPCC"),
                ("Owen Pritchard", "in_attendance", "Deputy Chief Constable"),
                ("Janice Lee", "in_attendance", "Director of Finance, Calderwick Constabulary"),
                ("Ben Astley", "in_attendance", "Internal Audit Manager"),
                ("Farah Iqbal", "in_attendance", "External Audit Senior Manager"),
                ("Kenneth Doyle", "apologies", "Committee member"),
                ("Lydia Marr", "apologies", "Chief Constable"),
            ],
        ),
        decisions=[
            dec(
                date,
                "38",
                "agreed",
                "AGREED: that the minutes of the meeting held on 16 September 2020 be signed as a true record.",
            ),
            dec(
                date,
                "39",
                "agreed",
                "AGREED: that the progress report be noted and that the follow-up "
                "review of firearms licensing be brought forward to Quarter 4.",
            ),
            dec(date, "40", "agreed", "AGREED: that the annual audit letter be received."),
            dec(
                date,
                "41",
                "agreed",
                "AGREED: that the Committee would recommend the mid-year review to "
                "the Commissioner and the Chief Constable.",
            ),
        ],
        actions=[
            act(
                "circulate the revised internal audit plan for 2020/21 to members by 4 December 2020.",
                None,
                date,
                "39",
                ["Ben Astley"],
                "2020-12-04",
                "open",
                "BA",
                "4 December 2020",
            ),
            act(
                "confirm the final fee for the 2019/20 audit once agreed with the appointing body.",
                None,
                date,
                "40",
                ["Farah Iqbal"],
                None,
                "open",
                "FI",
            ),
            act(
                "arrange a joint risk workshop for members in January 2021.",
                None,
                date,
                "42",
                ["Owen Pritchard", "Adrian Coles"],
                None,
                "open",
                "OP and AC",
                "January 2021",
            ),
        ],
    )


# =========================================================================== 4
# Harrowvale Policing Accountability Meeting "Summary of proceedings" (reportlab, rule-less):
# one-line date | time | venue header, "09:30hrs"; Attendees / In attendance / Apologies with
# "name – role"; "It was RESOLVED that"; the PCC agreeing; "Actions arising" table at the
# end with Item / Action / Who / When.


@paper
def harrowvale_summary():
    stem = "2021-04-13-Harrowvale-Policing-Accountability-Meeting-summary"
    date = "2021-04-13"
    F = "Helvetica"
    body = style(F, 9.5, 12.5, spaceAfter=4)
    h = style(F + "-Bold", 10.5, 14, spaceBefore=8, spaceAfter=3, textColor=colors.HexColor("#5b2c6f"))
    lab = style(F + "-Bold", 9.5, 12.5, spaceBefore=4)
    bullet = style(F, 9.5, 12.5, leftIndent=12, bulletIndent=2)
    story = [
        P("Harrowvale Office of the Police and Crime Commissioner", style(F, 9, 11, textColor=colors.grey)),
        P(
            "HARROWVALE POLICING ACCOUNTABILITY MEETING",
            style(F + "-Bold", 15, 19, textColor=colors.HexColor("#5b2c6f")),
        ),
        P("Summary of proceedings", style(F + "-Oblique", 12, 16, spaceAfter=4)),
        P(
            "Tuesday, 13 April 2021 &nbsp;|&nbsp; 09:30hrs &nbsp;|&nbsp; Conference Suite, Harrowvale Police "
            "Headquarters, Linton Road, Abbotsleigh",
            style(F, 9.5, 12.5),
        ),
        P(
            "DRAFT – subject to approval at the next meeting",
            style(F + "-Bold", 9, 12, spaceAfter=6, textColor=colors.HexColor("#b03a2e")),
        ),
    ]
    story.append(P("Attendees", lab))
    for x in [
        "Priya Lowther – Police and Crime Commissioner (Chair)",
        "Declan Fothergill – Deputy Police and Crime Commissioner",
        "Mark Hebden – Chief Constable",
        "Sarah Quinlan – Assistant Chief Constable",
        "Imran Chaudhry – Chief Executive, OPCC",
        "Gillian Royce – Chief Finance Officer, OPCC",
    ]:
        story.append(P(x, bullet, bulletText="•"))
    story.append(P("In attendance", lab))
    for x in [
        "Tom Ferris – Head of Performance and Insight, OPCC (notes)",
        "Supt Leanne Burrows – Head of Contact Management (item 4)",
    ]:
        story.append(P(x, bullet, bulletText="•"))
    story.append(P("Apologies", lab))
    story.append(P("Christopher Vane – Deputy Chief Constable", bullet, bulletText="•"))

    def item(no, title, paras):
        story.append(P(f"{no}.&nbsp;&nbsp;{title}", h))
        for x in paras:
            story.append(P(x, body))

    item(1, "Welcome and apologies", ["The PCC welcomed everyone. Apologies were received as listed above."])
    item(
        2,
        "Summary of the previous meeting (9 March 2021)",
        ["It was RESOLVED that the summary of the meeting held on 9 March 2021 be accepted as an accurate record."],
    )
    item(
        3,
        "Action log",
        ["The PCC noted that actions 2021/03 and 2021/05 were complete and could be removed from the log."],
    )
    item(
        4,
        "Contact management performance",
        [
            "Supt Burrows reported that 101 call abandonment had risen to 19% in March because of staff absence. "
            "Emergency calls were answered within ten seconds in 92% of cases. The Chief Constable set out "
            "the recruitment plan for the contact centre.",
            "The PCC agreed to fund two additional call handlers from the OPCC reserves for six months.",
        ],
    )
    item(
        5,
        "Violence against women and girls – delivery plan",
        [
            "The ACC presented the force’s delivery plan, developed with the Harrowvale Women’s Aid partnership.",
            "It was RESOLVED that the delivery plan be endorsed and published on the OPCC website.",
        ],
    )
    item(
        6,
        "Finance – outturn forecast 2020/21",
        [
            "The Chief Finance Officer reported a forecast underspend of £1.2m on the police budget, offset by "
            "overtime pressures of £0.4m. The Chief Constable noted the pressures on overtime and explained "
            "that they arose from the policing of protests in March."
        ],
    )
    item(7, "Any other business", ["None."])

    story.append(P("Actions arising", style(F + "-Bold", 11, 14, spaceBefore=12, spaceAfter=4)))
    hs = style(F + "-Bold", 9, 11.5)
    cs = style(F, 9, 11.5)
    arows = [
        ["Item", "Action", "Who", "When"],
        [
            "4",
            "Report 101 call abandonment rates to each meeting until the new call handlers are in post.",
            "ACC",
            "Each meeting",
        ],
        ["4", "Advertise the two additional call handler posts.", "Force", "30/04/2021"],
        ["5", "Publish the VAWG delivery plan on the OPCC website.", "OPCC", "23 Apr 21"],
        ["6", "Provide a breakdown of overtime spend by department.", "CE / CFO", "May 2021"],
        ["6", "Present the final outturn position for 2020/21.", "CFO", "Next meeting"],
    ]
    t = Table(
        [[P(c, hs if i == 0 else cs) for c in r] for i, r in enumerate(arows)],
        colWidths=[12 * mm, 105 * mm, 25 * mm, 28 * mm],
        repeatRows=1,
    )
    t.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TEXTCOLOR", (0, 0), (-1, 0), colors.HexColor("#5b2c6f"))])
    )
    story.append(t)

    build_rl(
        HERE / f"{stem}.pdf",
        story,
        A4,
        (20 * mm, 20 * mm, 18 * mm, 20 * mm),
        pagenum_footer(F, 8, "{n}", top="OFFICIAL"),
    )
    write_gold(
        stem,
        "minutes",
        meetings=[
            {
                "body": "Harrowvale Policing Accountability Meeting",
                "meeting_date": date,
                "start_time": "09:30",
                "location": "Conference Suite, Harrowvale Police Headquarters, Linton Road, Abbotsleigh",
                "minutes_status": "draft",
            }
        ],
        attendance=att(
            date,
            [
                ("Priya Lowther", "member", "Police and Crime Commissioner (Chair)"),
                ("Declan Fothergill", "member", "Deputy Police and Crime Commissioner"),
                ("Mark Hebden", "member", "Chief Constable"),
                ("Sarah Quinlan", "member", "Assistant Chief Constable"),
                ("Imran Chaudhry", "member", "Chief Executive, OPCC"),
                ("Gillian Royce", "member", "Chief Finance Officer, OPCC"),
                ("Tom Ferris", "in_attendance", "Head of Performance and Insight, OPCC"),
                ("Leanne Burrows", "in_attendance", "Head of Contact Management"),
                ("Christopher Vane", "apologies", "Deputy Chief Constable"),
            ],
        ),
        decisions=[
            dec(
                date,
                "2",
                "resolved",
                "It was RESOLVED that the summary of the meeting held on 9 March 2021 "
                "be accepted as an accurate record.",
            ),
            dec(
                date,
                "3",
                "noted",
                "The PCC noted that actions 2021/03 and 2021/05 were complete and could be removed from the log.",
            ),
            dec(
                date,
                "4",
                "agreed",
                "The PCC agreed to fund two additional call handlers from the OPCC reserves for six months.",
            ),
            dec(
                date,
                "5",
                "resolved",
                "It was RESOLVED that the delivery plan be endorsed and published on the OPCC website.",
            ),
        ],
        actions=[
            act(
                "Report 101 call abandonment rates to each meeting until the new call handlers are in post.",
                None,
                date,
                "4",
                ["Assistant Chief Constable"],
                None,
                "open",
                "ACC",
                "Each meeting",
            ),
            act(
                "Advertise the two additional call handler posts.",
                None,
                date,
                "4",
                ["Harrowvale Constabulary"],
                "2021-04-30",
                "open",
                "Force",
                "30/04/2021",
            ),
            act(
                "Publish the VAWG delivery plan on the OPCC website.",
                None,
                date,
                "5",
                ["Office of the Police and Crime Commissioner"],
                "2021-04-23",
                "open",
                "OPCC",
                "23 Apr 21",
            ),
            act(
                "Provide a breakdown of overtime spend by department.",
                None,
                date,
                "6",
                ["Chief Executive", "Chief Finance Officer"],
                None,
                "open",
                "CE / CFO",
                "May 2021",
            ),
            act(
                "Present the final outturn position for 2020/21.",
                None,
                date,
                "6",
                ["Chief Finance Officer"],
                None,
                "open",
                "CFO",
                "Next meeting",
            ),
        ],
    )


# =========================================================================== 5
# Kestrelshire Police and Crime Panel "Notice of meeting" (Word): prose summons, membership
# (not attendance), "BUSINESS" list with page references; item 5 names another meeting and
# item 11 the next meeting's date.


@paper
def kestrelshire_notice():
    stem = "2021-06-07-Kestrelshire-Police-and-Crime-Panel-notice-of-meeting"
    date = "2021-06-07"
    d = docx_new("Liberation Sans", 11, margins_mm=(20, 20, 18, 18))
    docx_footer(d, "", with_total=False)
    dpara(d, "Kestrelshire County Council – Democratic Services", size=9, align="right", after=0)
    dpara(d, "County Offices, Bridge Street, Oxley Bridge OX9 4QT", size=9, align="right", after=14)
    dpara(d, "KESTRELSHIRE POLICE AND CRIME PANEL", bold=True, size=16, after=2)
    dpara(d, "NOTICE OF MEETING", bold=True, size=13, after=10)
    dpara(
        d,
        "Notice is hereby given that a meeting of the Kestrelshire Police and Crime Panel will be held at "
        "The Ballroom, Shire Hall, Market Square, Oxley Bridge on Monday, 7 June 2021 at 2.30 pm.",
        align="justify",
        after=8,
    )
    dpara(
        d,
        "Members of the public may attend. Seating is limited because of social distancing; please "
        "contact the officer named below by noon on Friday 4 June 2021 if you wish to attend.",
        align="justify",
        after=8,
    )
    dpara(
        d,
        runs=[
            ("Membership: ", True, False),
            (
                "Councillors Andrew Pemberton, Farzana Hussain, Colin Leggatt, Marian Sowerby, Neville "
                "Grainger, Justine Oduya, Paul Rendell, Susan Kettley, Wyn Rhys-Jones and Derek Holroyd; "
                "Independent co-opted members Margaret Ansell and Kwame Boateng.",
                False,
                False,
            ),
        ],
        align="justify",
        after=8,
    )
    dpara(
        d,
        runs=[
            ("Contact officer: ", True, False),
            ("Heledd Morgan, Democratic Services Officer, tel. 01632 960 114", False, False),
        ],
        after=8,
    )
    dpara(d, "Vivienne Hale", after=0)
    dpara(d, "Monitoring Officer", after=0)
    dpara(d, "27 May 2021", after=14)
    dpara(d, "BUSINESS", bold=True, size=12, after=6)
    items = [
        ("1", "Election of Chair for 2021/22", None),
        ("2", "Election of Vice-Chair for 2021/22", None),
        ("3", "Apologies for absence and substitutions", None),
        ("4", "Declarations of interest", None),
        ("5", "Minutes of the meeting held on 15 March 2021", "Pages 1 - 8"),
        ("6", "Public question time", None),
        ("7", "Proposed appointment of Deputy Police and Crime Commissioner – confirmation hearing", "Pages 9 - 20"),
        ("8", "Police and Crime Plan 2021–2025: consultation draft", "Pages 21 - 48"),
        ("9", "Complaints against the Commissioner – update", "Pages 49 - 52"),
        ("10", "Work programme 2021/22", "Pages 53 - 58"),
        ("11", "Date of next meeting – Monday 20 September 2021 at 2.30 pm", None),
    ]
    rows = [[f"{n}.", t, f"({p})" if p else ""] for n, t, p in items]
    dtable(d, rows, (12, 125, 33), grid=False)
    dpara(d, "", after=6)
    dpara(d, "Items 7 and 8 will be webcast. Papers are available on the Council’s website.", italic=True, size=9.5)
    docx_to_pdf(d, stem)
    write_gold(
        stem,
        "agenda",
        meetings=[
            {
                "body": "Kestrelshire Police and Crime Panel",
                "meeting_date": date,
                "start_time": "14:30",
                "location": "The Ballroom, Shire Hall, Market Square, Oxley Bridge",
                "minutes_status": None,
            }
        ],
        agenda_items=[{"meeting_date": date, "item_number": n, "title": t} for n, t, _ in items],
    )


# =========================================================================== 6
# Tarnside Strategic Assurance Board agenda (reportlab): label-value header with
# "11/05/2021" and "1400hrs"; "Item 1" headings with Lead / Purpose lines; item 5 with
# lettered parts 5a and 5b.


@paper
def tarnside_agenda():
    stem = "2021-05-11-Tarnside-Strategic-Assurance-Board-agenda"
    date = "2021-05-11"
    F = "Caladea"
    story = [
        P(
            "Police, Fire and Crime Commissioner for Tarnside",
            style(F + "-Italic", 10, 13, textColor=colors.HexColor("#1a5276")),
        ),
        P("TARNSIDE STRATEGIC ASSURANCE BOARD", style(F + "-Bold", 17, 21, textColor=colors.HexColor("#1a5276"))),
        P("AGENDA", style(F + "-Bold", 13, 18, spaceAfter=6)),
    ]
    lab = style(F + "-Bold", 10.5, 14)
    val = style(F, 10.5, 14)
    hdr = [
        ("Meeting date:", "11/05/2021"),
        ("Start time:", "1400hrs"),
        ("Location:", "PFCC Boardroom, Tarnside House, 4 Quay Street, Lowbridge"),
        ("Chair:", "Police, Fire and Crime Commissioner"),
        ("Secretariat:", "Head of Governance, OPFCC"),
    ]
    t = Table([[P(a, lab), P(b, val)] for a, b in hdr], colWidths=[32 * mm, 130 * mm])
    t.setStyle(
        TableStyle(
            [("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.HexColor("#1a5276")), ("BOTTOMPADDING", (0, -1), (-1, -1), 8)]
        )
    )
    story += [t, Spacer(1, 8)]
    ih = style(F + "-Bold", 11.5, 15, spaceBefore=7)
    sub = style(F, 10.5, 13.5, leftIndent=20 * mm)
    items = [
        ("Item 1", "Welcome and apologies", "PFCC", "For information"),
        ("Item 2", "Minutes and action log from 13 April 2021", "Head of Governance", "For approval"),
        ("Item 3", "Police performance: quarter 4 2020/21", "Chief Constable", "For assurance"),
        ("Item 4", "Fire and rescue performance: quarter 4 2020/21", "Chief Fire Officer", "For assurance"),
        ("Item 5", "Finance", "Chief Finance Officer", None),
        ("5a", "Revenue outturn 2020/21 (police and fire)", "Chief Finance Officer", "For information"),
        ("5b", "Capital programme slippage and reprofiling", "Chief Finance Officer", "For decision"),
        ("Item 6", "Joint estates collaboration: Lowbridge blue-light hub", "Chief Executive", "For decision"),
        ("Item 7", "Decisions log and forward plan", "Head of Governance", "For information"),
        ("Item 8", "Any other business", "All", None),
    ]
    for no, title, lead, purpose in items:
        if no.startswith("Item"):
            story.append(
                Table(
                    [[P(no, ih), P(title, ih)]],
                    colWidths=[20 * mm, 142 * mm],
                    style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)],
                )
            )
            if purpose:
                story.append(P(f"Lead: {lead} &nbsp;&nbsp;·&nbsp;&nbsp; Purpose: {purpose}", sub))
        else:
            story.append(
                P(f"<b>{no}</b>&nbsp;&nbsp;&nbsp;{title}", style(F, 10.5, 14, leftIndent=20 * mm, spaceBefore=3))
            )
            story.append(P(f"<i>Lead: {lead} · Purpose: {purpose}</i>", style(F, 10, 13, leftIndent=27 * mm)))
    story.append(Spacer(1, 14))
    story.append(P("Date of next meeting: 8 June 2021, 1400hrs, PFCC Boardroom.", style(F + "-Italic", 10, 13)))
    build_rl(
        HERE / f"{stem}.pdf",
        story,
        A4,
        (24 * mm, 24 * mm, 20 * mm, 20 * mm),
        pagenum_footer(F, 8.5, "OFFICIAL  ·  {n}/{total}"),
    )
    gold_items = []
    for no, title, lead, purpose in items:
        rec = {"meeting_date": date, "item_number": no.replace("Item ", ""), "title": title}
        if purpose:  # the lead is printed only with a purpose
            rec["presenter_text"] = lead
        gold_items.append(rec)
    write_gold(
        stem,
        "agenda",
        meetings=[
            {
                "body": "Tarnside Strategic Assurance Board",
                "meeting_date": date,
                "start_time": "14:00",
                "location": "PFCC Boardroom, Tarnside House, 4 Quay Street, Lowbridge",
                "minutes_status": None,
            }
        ],
        agenda_items=gold_items,
    )


# =========================================================================== 7
# Calderwick Strategic Governance Board agenda (reportlab, landscape): table Timings /
# Item / Agenda item / Purpose / Presenter with horizontal rules only; a break row without
# a number; "5th October 2021" and "10:00 – 12:30".


@paper
def calderwick_sgb_agenda():
    stem = "2021-10-05-Calderwick-Strategic-Governance-Board-agenda"
    date = "2021-10-05"
    F = "LibSans"
    story = [
        P("CALDERWICK STRATEGIC GOVERNANCE BOARD", style(F + "-Bold", 16, 20)),
        P("Police and Crime Commissioner for Calderwick — Agenda", style(F, 11, 15, spaceAfter=4)),
        P(
            "<b>Date:</b> Tuesday 5th October 2021 &nbsp;&nbsp;&nbsp; <b>Time:</b> 10:00 – 12:30 &nbsp;&nbsp;&nbsp; "
            "<b>Venue:</b> Room G.14, Calderwick Police Headquarters, Fenwick Road, Marbury",
            style(F, 10, 13, spaceAfter=10),
        ),
    ]
    hs = style(F + "-Bold", 9.5, 12, textColor=colors.white)
    cs = style(F, 9.5, 12)
    rows = [
        ["Timings", "Item", "Agenda item", "Purpose", "Presenter"],
        ["10:00 – 10:05", "1", "Welcome, apologies and declarations of interest", "For information", "PCC"],
        [
            "10:05 – 10:15",
            "2",
            "Minutes of the meeting held on 7th September 2021 and action tracker",
            "For decision",
            "Head of Business Services, OPCC",
        ],
        [
            "10:15 – 10:45",
            "3",
            "Chief Constable’s update: summer demand and public order",
            "For information",
            "Chief Constable",
        ],
        [
            "10:45 – 11:15",
            "4",
            "Police and Crime Plan delivery – quarter 1 2021/22",
            "For discussion",
            "Chief Executive",
        ],
        ["11:15 – 11:25", "", "Break", "", ""],
        [
            "11:25 – 11:50",
            "5",
            "Medium term financial plan 2022/23 – 2025/26: planning assumptions",
            "For decision",
            "CFO (OPCC) and Director of Finance",
        ],
        ["11:50 – 12:10", "6", "Body-worn video replacement: business case", "For decision", "ACC"],
        ["12:10 – 12:20", "7", "Strategic risk register – quarterly review", "For information", "Chief Executive"],
        ["12:20 – 12:30", "8", "Any other business", "–", "All"],
    ]
    data = [[P(c, hs if i == 0 else cs) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[30 * mm, 14 * mm, 120 * mm, 38 * mm, 62 * mm], repeatRows=1)
    ts = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2e4053")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, colors.HexColor("#7f8c8d")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("BACKGROUND", (0, 5), (-1, 5), colors.HexColor("#eaeded")),
    ]
    t.setStyle(TableStyle(ts))
    story += [
        t,
        Spacer(1, 10),
        P(
            "Papers marked ‘For decision’ will be published with the Commissioner’s decision notices. "
            "Part 2 business: none.",
            style(F + "-Italic", 9, 12),
        ),
    ]
    build_rl(
        HERE / f"{stem}.pdf",
        story,
        landscape(A4),
        (18 * mm, 18 * mm, 16 * mm, 16 * mm),
        pagenum_footer(F, 8, "Page {n} of {total}", right_top="OFFICIAL"),
    )
    write_gold(
        stem,
        "agenda",
        meetings=[
            {
                "body": "Calderwick Strategic Governance Board",
                "meeting_date": date,
                "start_time": "10:00",
                "location": "Room G.14, Calderwick Police Headquarters, Fenwick Road, Marbury",
                "minutes_status": None,
            }
        ],
        agenda_items=[
            {"meeting_date": date, "item_number": r[1], "title": r[2], "presenter_text": r[4]} for r in rows[1:] if r[1]
        ],
    )


# =========================================================================== 8
# Marlshire Police and Crime Board action log (Word, landscape, full grid): Ref (PCB-21-07)
# / Date of meeting ("14th June 2021") / Agenda item / Action / Responsible officer / Target
# date / Progress / comments / Status (Open / Closed / Complete); a revised date in the
# target cell; "End of July", "Monthly", "Next meeting".


@paper
def marlshire_action_log():
    stem = "2021-07-20-Marlshire-Police-and-Crime-Board-action-log"
    d = docx_new("Carlito", 9.5, land=True, margins_mm=(15, 15, 15, 15))
    docx_footer(d, "Page ", with_total=True, header_text="OFFICIAL", header_align="center")
    dpara(d, "Marlshire Police and Crime Board – Action Log", bold=True, size=14, after=0)
    dpara(d, "Updated following the meeting held on 20th July 2021", italic=True, after=8)
    rows = [
        (
            "PCB-21-01",
            "19th January 2021",
            "4",
            "Produce a plan to reduce the backlog of digital forensic examinations.",
            "ACC (Crime)",
            "16th March 2021",
            "Plan presented in March; backlog down 22%.",
            "Complete",
        ),
        (
            "PCB-21-02",
            "19th January 2021",
            "6",
            "Review charging for special police services at football matches.",
            "CFO",
            "30th April 2021 (revised 30th September 2021)",
            "Review delayed by the pandemic; revised date agreed in May.",
            "Open",
        ),
        (
            "PCB-21-03",
            "16th March 2021",
            "3",
            "Share the rural crime dashboard with the Commissioner’s office.",
            "Force",
            "Monthly",
            "First dashboard shared in April and monthly since.",
            "Closed",
        ),
        (
            "PCB-21-04",
            "16th March 2021",
            "5",
            "Circulate the results of the public confidence survey to Board members.",
            "Head of Corporate Communications",
            "2nd April 2021",
            "Circulated 1st April.",
            "Complete",
        ),
        (
            "PCB-21-05",
            "18th May 2021",
            "4",
            "Report on the use of stop and search on under-18s, by ethnicity.",
            "DCC",
            "20th July 2021",
            "On the agenda for this meeting (item 5).",
            "Open",
        ),
        (
            "PCB-21-06",
            "18th May 2021",
            "7",
            "Agree the OPCC contribution to the new custody healthcare contract.",
            "Chief Executive / CFO",
            "End of July",
            "Negotiations with the provider are continuing.",
            "Open",
        ),
        (
            "PCB-21-07",
            "18th May 2021",
            "8",
            "Publish the summary of the estates review on the Commissioner’s website.",
            "OPCC",
            "14th June 2021",
            "Published 11th June.",
            "Closed",
        ),
        (
            "PCB-21-08",
            "20th July 2021",
            "5",
            "Provide the Board with the revised firearms licensing improvement plan.",
            "Supt Naomi Reece",
            "14th September 2021",
            "New action.",
            "Open",
        ),
        (
            "PCB-21-09",
            "20th July 2021",
            "6",
            "Brief the Commissioner on the outcome of the HMICFRS inspection of vetting.",
            "CC",
            "Next meeting",
            "New action.",
            "Open",
        ),
    ]
    head = [
        "Ref",
        "Date of meeting",
        "Agenda item",
        "Action",
        "Responsible officer",
        "Target date",
        "Progress / comments",
        "Status",
    ]
    dtable(
        d, [head] + [list(r) for r in rows], (22, 27, 15, 62, 32, 33, 55, 17), grid=True, size=9, header_shade="D9E2F3"
    )
    docx_to_pdf(d, stem)
    owners = {
        "ACC (Crime)": ["Assistant Chief Constable"],
        "CFO": ["Chief Finance Officer"],
        "Force": ["Marlshire Constabulary"],
        "Head of Corporate Communications": ["Head of Corporate Communications"],
        "DCC": ["Deputy Chief Constable"],
        "Chief Executive / CFO": ["Chief Executive", "Chief Finance Officer"],
        "OPCC": ["Office of the Police and Crime Commissioner"],
        "Supt Naomi Reece": ["Naomi Reece"],
        "CC": ["Chief Constable"],
    }
    targets = {
        "16th March 2021": "2021-03-16",
        "30th April 2021 (revised 30th September 2021)": "2021-09-30",
        "2nd April 2021": "2021-04-02",
        "20th July 2021": "2021-07-20",
        "14th June 2021": "2021-06-14",
        "14th September 2021": "2021-09-14",
    }
    raised = {
        "19th January 2021": "2021-01-19",
        "16th March 2021": "2021-03-16",
        "18th May 2021": "2021-05-18",
        "20th July 2021": "2021-07-20",
    }
    write_gold(
        stem,
        "log",
        actions=[
            act(
                a,
                ref,
                raised[dm],
                item,
                owners[o],
                targets.get(td),
                "closed" if st in ("Complete", "Closed") else "open",
                o,
                td,
            )
            for ref, dm, item, a, o, td, _, st in rows
        ],
    )


# =========================================================================== 9
# Tarnside Performance and Accountability Board action log (reportlab, portrait,
# horizontal rules only): month-heading section rows ("MAY 2021 – meeting of 18-05-2021");
# ids 2021/14; due dates "14-06-2021", "Jun-21", "End of July"; RAG letters G / A / R / C.


@paper
def tarnside_action_log():
    stem = "2021-07-13-Tarnside-Performance-and-Accountability-Board-action-log"
    F = "LibNarrow"
    story = [
        P("Police, Fire and Crime Commissioner for Tarnside", style(F, 9.5, 12, textColor=colors.grey)),
        P("Performance and Accountability Board — Action Log", style(F + "-Bold", 15, 19)),
        P("Position at 13 July 2021", style(F + "-Italic", 10, 13, spaceAfter=3)),
        P(
            "RAG: <b>G</b> – on track; <b>A</b> – at risk of slipping; <b>R</b> – overdue; <b>C</b> – complete "
            "(will be removed after this meeting)",
            style(F, 9, 12, spaceAfter=8),
        ),
    ]
    sections = [
        (
            "MARCH 2021 – meeting of 16-03-2021",
            "2021-03-16",
            [
                (
                    "2021/09",
                    "5",
                    "Provide the Board with a trend analysis of deliberate fires in the Lowbridge area.",
                    "Area Manager (Prevention)",
                    "30-04-2021",
                    "Presented to the May meeting.",
                    "C",
                ),
                (
                    "2021/10",
                    "6",
                    "Confirm the timetable for the joint control room ICT upgrade.",
                    "Chief Fire Officer & Chief Constable",
                    "Jun-21",
                    "Supplier timetable has slipped; revised plan awaited.",
                    "A",
                ),
                (
                    "2021/11",
                    "7",
                    "Review the grant conditions for community safety partnerships.",
                    "PFCC Chief Executive",
                    "14-05-2021",
                    "Review completed; new conditions issued 12 May.",
                    "C",
                ),
            ],
        ),
        (
            "MAY 2021 – meeting of 18-05-2021",
            "2021-05-18",
            [
                (
                    "2021/12",
                    "3",
                    "Circulate police response-time data split by urban and rural areas.",
                    "ACC",
                    "01-06-2021",
                    "Overdue – data quality issues being resolved.",
                    "R",
                ),
                (
                    "2021/13",
                    "4",
                    "Report firefighter sickness absence by station.",
                    "Director of People",
                    "End of July",
                    "On track.",
                    "G",
                ),
                (
                    "2021/14",
                    "6",
                    "Provide options for a joint fleet maintenance facility.",
                    "Director of Finance and Director of Estates",
                    "14-06-2021",
                    "Options paper presented in June.",
                    "C",
                ),
            ],
        ),
        (
            "JUNE 2021 – meeting of 15-06-2021",
            "2021-06-15",
            [
                (
                    "2021/15",
                    "4",
                    "Set out how victim satisfaction will be measured after the change of survey provider.",
                    "DCC",
                    "13-07-2021",
                    "On today’s agenda.",
                    "G",
                ),
                (
                    "2021/16",
                    "5",
                    "Share the draft Fire and Rescue Plan consultation questions with Board members.",
                    "Head of Strategy and Engagement",
                    "Jul-21",
                    "Draft shared 2 July.",
                    "C",
                ),
                (
                    "2021/17",
                    "7",
                    "Agree the approach to the summer anti-social behaviour campaign.",
                    "Force",
                    "30-06-2021",
                    "Campaign launched 28 June.",
                    "C",
                ),
            ],
        ),
    ]
    hs = style(F + "-Bold", 9, 11)
    cs = style(F, 9, 11)
    ss = style(F + "-Bold", 9.5, 12, textColor=colors.HexColor("#0e6655"))
    data = [[P(x, hs) for x in ["Action no.", "Item", "Action", "Lead", "Due", "Update", "RAG"]]]
    ts = [
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (6, 1), (6, -1), "CENTER"),
    ]
    rag_col = {"G": "#58d68d", "A": "#f5b041", "R": "#ec7063", "C": "#85c1e9"}
    for head, _, rows in sections:
        data.append([P(head, ss), "", "", "", "", "", ""])
        r = len(data) - 1
        ts += [("SPAN", (0, r), (-1, r)), ("LINEBELOW", (0, r), (-1, r), 0.8, colors.HexColor("#0e6655"))]
        for row in rows:
            data.append([P(x, cs) for x in row[:6]] + [P(f"<b>{row[6]}</b>", style(F, 9, 11, alignment=TA_CENTER))])
            r = len(data) - 1
            ts += [
                ("LINEBELOW", (0, r), (-1, r), 0.3, colors.grey),
                ("BACKGROUND", (6, r), (6, r), colors.HexColor(rag_col[row[6]])),
            ]
    t = Table(data, colWidths=[17 * mm, 10 * mm, 52 * mm, 30 * mm, 18 * mm, 41 * mm, 10 * mm], repeatRows=1)
    t.setStyle(TableStyle(ts))
    story.append(t)
    build_rl(
        HERE / f"{stem}.pdf",
        story,
        A4,
        (16 * mm, 16 * mm, 16 * mm, 18 * mm),
        pagenum_footer(F, 8, "Performance and Accountability Board – action log – {n}"),
    )
    owners = {
        "Area Manager (Prevention)": ["Area Manager (Prevention)"],
        "Chief Fire Officer & Chief Constable": ["Chief Fire Officer", "Chief Constable"],
        "PFCC Chief Executive": ["Chief Executive"],
        "ACC": ["Assistant Chief Constable"],
        "Director of People": ["Director of People"],
        "Director of Finance and Director of Estates": ["Director of Finance", "Director of Estates"],
        "DCC": ["Deputy Chief Constable"],
        "Head of Strategy and Engagement": ["Head of Strategy and Engagement"],
        "Force": ["Tarnside Constabulary"],
    }

    def iso(x):
        if len(x) == 10 and x[2] == "-" and x[5] == "-":
            return f"{x[6:]}-{x[3:5]}-{x[:2]}"
        return None

    acts = []
    for _, raised, rows in sections:
        for no, item, a, lead, due, _upd, rag in rows:
            acts.append(act(a, no, raised, item, owners[lead], iso(due), "closed" if rag == "C" else "open", lead, due))
    write_gold(stem, "log", actions=acts)


# =========================================================================== 10
# Fenholt Fire and Rescue Authority action tracker (reportlab, landscape, no rules: shaded
# alternate rows under a dark header band): No. FA21-03 / Meeting "25 Mar 2021" / Minute /
# Action required / Lead officer / Deadline ("30 Sept 2021", "Dec 2021", TBC) / Update /
# Status (Completed, In progress, Not started, Closed).


@paper
def fenholt_action_tracker():
    stem = "2021-09-30-Fenholt-Fire-Authority-action-tracker"
    F = "LibSerif"
    story = [
        P("Fenholt Fire and Rescue Authority", style(F + "-Bold", 15, 19)),
        P("Action tracker — for the Authority meeting on 30 September 2021", style(F, 11, 15, spaceAfter=8)),
    ]
    rows = [
        (
            "FA21-01",
            "25 Mar 2021",
            "5",
            "Publish the Community Risk Management Plan 2021–2024 on the Service website.",
            "Chief Fire Officer",
            "1 Apr 2021",
            "Published 1 April 2021.",
            "Completed",
        ),
        (
            "FA21-02",
            "25 Mar 2021",
            "6",
            "Transfer the forecast underspend to the ICT replacement reserve at year end.",
            "Treasurer",
            "31 Mar 2021",
            "Transfer made at closedown.",
            "Completed",
        ),
        (
            "FA21-03",
            "25 Mar 2021",
            "9",
            "Report progress on the Stavering fire station refurbishment.",
            "Director of Corporate Services",
            "Each meeting",
            "Works started 7 June; on programme.",
            "In progress",
        ),
        (
            "FA21-04",
            "10 Jun 2021",
            "4",
            "Arrange member training on the new code of conduct.",
            "Monitoring Officer",
            "30 Sept 2021",
            "Session booked for 23 September.",
            "In progress",
        ),
        (
            "FA21-05",
            "10 Jun 2021",
            "7",
            "Review on-call availability at Marsh End and Kelby stations and report options.",
            "Deputy Chief Fire Officer",
            "Dec 2021",
            "Scoping to begin in October.",
            "Not started",
        ),
        (
            "FA21-06",
            "10 Jun 2021",
            "8",
            "Write to the Home Office about the cost of the firefighters’ pension remedy.",
            "Chair / Treasurer",
            "31 Jul 2021",
            "Letter sent 20 July; reply awaited.",
            "Closed",
        ),
        (
            "FA21-07",
            "29 Jul 2021",
            "3",
            "Provide a breakdown of false alarms from automatic fire alarm systems by premises type.",
            "AM Colin Hollis",
            "30 Sept 2021",
            "Included in the performance report (item 6).",
            "Completed",
        ),
        (
            "FA21-08",
            "29 Jul 2021",
            "5",
            "Consult the representative bodies on the revised crewing model.",
            "Chief Fire Officer",
            "TBC",
            "Consultation to begin after the CRMP review.",
            "Not started",
        ),
    ]
    hs = style(F + "-Bold", 9.5, 12, textColor=colors.white)
    cs = style(F, 9.5, 12)
    head = ["No.", "Meeting", "Minute", "Action required", "Lead officer", "Deadline", "Update", "Status"]
    data = [[P(x, hs) for x in head]] + [[P(x, cs) for x in r] for r in rows]
    ts = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#7b241c")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for i in range(2, len(data), 2):
        ts.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f6eeee")))
    t = Table(data, colWidths=[18 * mm, 22 * mm, 14 * mm, 75 * mm, 38 * mm, 22 * mm, 58 * mm, 22 * mm], repeatRows=1)
    t.setStyle(TableStyle(ts))
    story.append(t)
    build_rl(
        HERE / f"{stem}.pdf",
        story,
        landscape(A4),
        (16 * mm, 16 * mm, 16 * mm, 16 * mm),
        pagenum_footer(F + "-Italic", 8.5, "– {n} –"),
    )
    owners = {
        "Chief Fire Officer": ["Chief Fire Officer"],
        "Treasurer": ["Treasurer"],
        "Director of Corporate Services": ["Director of Corporate Services"],
        "Monitoring Officer": ["Monitoring Officer"],
        "Deputy Chief Fire Officer": ["Deputy Chief Fire Officer"],
        "Chair / Treasurer": ["Chair", "Treasurer"],
        "AM Colin Hollis": ["Colin Hollis"],
    }
    mon = {"Mar": "03", "Apr": "04", "Jun": "06", "Jul": "07", "Sept": "09"}

    def iso(x):
        p = x.split()
        if len(p) == 3 and p[0].isdigit():
            return f"{p[2]}-{mon[p[1]]}-{int(p[0]):02d}"
        return None

    write_gold(
        stem,
        "log",
        actions=[
            act(a, no, iso(m), mi, owners[o], iso(dl), "closed" if st in ("Completed", "Closed") else "open", o, dl)
            for no, m, mi, a, o, dl, _, st in rows
        ],
    )


# =========================================================================== 11
# Greymarsh OPCC organisational risk register (Word, landscape, full grid): Ref ORR-03 /
# Objective column / Inherent risk (LxI) printed "4x5" with a separate Score column /
# Residual risk (LxI) / Score / Date of last review (dd/mm/yyyy).


@paper
def greymarsh_opcc_register():
    stem = "2021-06-Greymarsh-OPCC-risk-register"
    d = docx_new("Liberation Sans", 8.5, land=True, margins_mm=(14, 14, 14, 14))
    docx_footer(d, "Greymarsh OPCC organisational risk register – page ", with_total=True)
    dpara(d, "Office of the Police and Crime Commissioner for Greymarsh", size=10, after=0, color="595959")
    dpara(d, "ORGANISATIONAL RISK REGISTER – JUNE 2021", bold=True, size=14, after=2)
    dpara(
        d,
        "Likelihood (L) and impact (I) are each scored 1 to 5; the score is L x I. Inherent risk is "
        "assessed before controls, residual risk after the controls listed.",
        italic=True,
        after=8,
    )
    rows = [
        (
            "ORR-01",
            "Effective governance",
            "Failure to hold the Chief Constable to account effectively because "
            "performance information is incomplete or late.",
            "Chief Executive",
            (4, 4),
            "Performance framework; Accountability Board; annual data quality audit.",
            (3, 3),
            "08/06/2021",
        ),
        (
            "ORR-02",
            "Effective governance",
            "The OPCC does not comply with its statutory duty to publish specified information.",
            "Head of Governance",
            (3, 3),
            "Publication scheme checklist reviewed quarterly.",
            (1, 3),
            "08/06/2021",
        ),
        (
            "ORR-03",
            "Financial sustainability",
            "Reduced grant funding and lower precept income leave a gap in the medium term financial plan.",
            "Chief Finance Officer",
            (4, 5),
            "MTFP refreshed quarterly; savings programme agreed with the force.",
            (3, 5),
            "14/05/2021",
        ),
        (
            "ORR-04",
            "Financial sustainability",
            "Commissioned victim services are not delivered to contract because providers lose staff.",
            "Head of Commissioning",
            (3, 4),
            "Quarterly contract reviews; provider risk returns.",
            (2, 4),
            "21/06/2021",
        ),
        (
            "ORR-05",
            "Public confidence",
            "A data breach involving complainants’ personal information damages trust in the Commissioner.",
            "Chief Executive",
            (3, 4),
            "Data protection training; secure case management system.",
            (2, 4),
            "21/06/2021",
        ),
        (
            "ORR-06",
            "Public confidence",
            "Low public awareness of the Commissioner’s role reduces engagement with consultations.",
            "Head of Communications",
            (4, 2),
            "Engagement plan; social media campaigns.",
            (3, 2),
            "02/06/2021",
        ),
    ]
    head = [
        "Ref",
        "Objective",
        "Risk description",
        "Risk owner",
        "Inherent risk (LxI)",
        "Score",
        "Key controls and mitigations",
        "Residual risk (LxI)",
        "Score",
        "Date of last review",
    ]
    table = [head] + [
        [
            r[0],
            r[1],
            r[2],
            r[3],
            f"{r[4][0]}x{r[4][1]}",
            str(r[4][0] * r[4][1]),
            r[5],
            f"{r[6][0]}x{r[6][1]}",
            str(r[6][0] * r[6][1]),
            r[7],
        ]
        for r in rows
    ]
    dtable(d, table, (16, 26, 56, 26, 18, 13, 56, 18, 13, 23), grid=True, size=8.5, header_shade="BDD7EE")
    docx_to_pdf(d, stem)

    def iso(x):
        return f"{x[6:]}-{x[3:5]}-{x[:2]}"

    write_gold(
        stem,
        "register",
        risks=[
            risk(
                r[0],
                r[1],
                r[2],
                [
                    ("inherent", "Inherent risk (LxI)", r[4][0], r[4][1], r[4][0] * r[4][1], iso(r[7])),
                    ("current", "Residual risk (LxI)", r[6][0], r[6][1], r[6][0] * r[6][1], iso(r[7])),
                ],
            )
            for r in rows
        ],
    )


# =========================================================================== 12
# Lowmoor Constabulary strategic risk register (reportlab, portrait): one block per risk
# headed "SRR 7 – title", Category label, and a small table of "Inherent / Current / Target
# risk score: 16 (L4 x I4)"; "Last reviewed: dd/mm/yyyy".


@paper
def lowmoor_srr():
    stem = "2021-07-02-Lowmoor-Constabulary-strategic-risk-register"
    F = "Carlito"
    story = [
        P("LOWMOOR CONSTABULARY", style(F + "-Bold", 11, 14, textColor=colors.HexColor("#154360"))),
        P("Strategic Risk Register", style(F + "-Bold", 18, 22)),
        P(
            "Report to the Joint Audit Committee, 2 July 2021. Scores are likelihood (L) × impact (I) on a "
            "5 × 5 scale.",
            style(F, 10.5, 14, spaceAfter=10),
        ),
    ]
    risks_ = [
        (
            "SRR 2",
            "Control room demand",
            "Operational",
            "Demand on the force control room exceeds capacity at peak times, delaying the response to emergency calls.",
            "ACC Operations",
            (5, 4),
            (4, 4),
            (3, 3),
            "24/06/2021",
            "Recruitment of 24 call handlers; demand modelling; online reporting channels.",
        ),
        (
            "SRR 3",
            "Detective capacity",
            "People",
            "The force cannot recruit and retain enough accredited detectives to investigate serious crime.",
            "DCC",
            (4, 5),
            (4, 4),
            (2, 4),
            "17/06/2021",
            "Detective entry programme; retention payments; PIP2 training hub.",
        ),
        (
            "SRR 5",
            "Legacy national systems",
            "Technology",
            "Delays to the national replacement of the Police National Computer leave the force relying on "
            "unsupported systems.",
            "Director of Digital Services",
            (3, 5),
            (3, 4),
            (2, 4),
            "10/06/2021",
            "Extended support contract; regional contingency plan.",
        ),
        (
            "SRR 7",
            "Fuel and energy costs",
            "Finance",
            "Inflation in fuel and energy prices exceeds the budget provision for 2021/22.",
            "Director of Finance",
            (4, 3),
            (3, 3),
            (2, 3),
            "28/06/2021",
            "Fixed-price energy contract to March 2022; fleet electrification plan.",
        ),
        (
            "SRR 9",
            "Stop and search disproportionality",
            "Legitimacy",
            "Disproportionality in the use of stop and search undermines the trust of minority communities.",
            "ACC Local Policing",
            (4, 4),
            (3, 4),
            (2, 4),
            "01/07/2021",
            "Body-worn video reviews; community scrutiny panel; supervisor dip sampling.",
        ),
    ]
    ts_ = style(F + "-Bold", 12, 15, textColor=colors.white)
    ls = style(F + "-Bold", 10, 13)
    vs = style(F, 10, 13)
    for ref, title, cat, desc, owner, inh, cur, tgt, rev, mit in risks_:
        block = []
        bar = Table([[P(f"{ref} – {title}", ts_)]], colWidths=[170 * mm])
        bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#154360"))]))
        block.append(bar)
        info = [
            [P("Category:", ls), P(cat, vs), P("Risk owner:", ls), P(owner, vs)],
            [P("Risk description:", ls), P(desc, vs), "", ""],
        ]
        t = Table(info, colWidths=[30 * mm, 70 * mm, 25 * mm, 45 * mm])
        t.setStyle(TableStyle([("SPAN", (1, 1), (3, 1)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        block.append(t)
        sc = [
            [
                P("Inherent risk score:", ls),
                P(f"{inh[0] * inh[1]} (L{inh[0]} x I{inh[1]})", vs),
                P("Mitigation:", ls),
                P(mit, vs),
            ],
            [P("Current risk score:", ls), P(f"{cur[0] * cur[1]} (L{cur[0]} x I{cur[1]})", vs), "", ""],
            [P("Target risk score:", ls), P(f"{tgt[0] * tgt[1]} (L{tgt[0]} x I{tgt[1]})", vs), "", ""],
            [P("Last reviewed:", ls), P(rev, vs), "", ""],
        ]
        t = Table(sc, colWidths=[36 * mm, 30 * mm, 24 * mm, 80 * mm])
        t.setStyle(
            TableStyle(
                [
                    ("SPAN", (3, 0), (3, 3)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.HexColor("#154360")),
                ]
            )
        )
        block.append(t)
        block.append(Spacer(1, 10))
        story.append(KeepTogether(block))
    build_rl(
        HERE / f"{stem}.pdf",
        story,
        A4,
        (20 * mm, 20 * mm, 18 * mm, 18 * mm),
        pagenum_footer(F, 9, "Page {n} of {total}", right_top="OFFICIAL – SENSITIVE"),
    )

    def iso(x):
        return f"{x[6:]}-{x[3:5]}-{x[:2]}"

    write_gold(
        stem,
        "register",
        risks=[
            risk(
                ref,
                cat,
                desc,
                [
                    ("inherent", "Inherent risk score", inh[0], inh[1], inh[0] * inh[1], iso(rev)),
                    ("current", "Current risk score", cur[0], cur[1], cur[0] * cur[1], iso(rev)),
                    ("target", "Target risk score", tgt[0], tgt[1], tgt[0] * tgt[1], iso(rev)),
                ],
            )
            for ref, title, cat, desc, owner, inh, cur, tgt, rev, mit in risks_
        ],
    )


# =========================================================================== 13
# Tarnside Fire and Rescue Service corporate risk register (reportlab, landscape): refs R.12;
# category section rows; inherent L / I / score columns; the residual position of each risk
# given only by a 5 x 5 heat map on page 2; dated "as at 30 June 2021".


@paper
def tarnside_frs_register():
    stem = "2021-06-30-Tarnside-Fire-and-Rescue-Service-corporate-risk-register"
    F = "LibSerif"
    story = [
        P("Tarnside Fire and Rescue Service", style(F + "-Bold", 15, 19, textColor=colors.HexColor("#922b21"))),
        P("Corporate Risk Register — position as at 30 June 2021", style(F, 12, 16, spaceAfter=8)),
    ]
    cats = [
        (
            "Response",
            [
                (
                    "R.03",
                    "Appliance availability falls because of shortages of on-call firefighters.",
                    "Area Manager Response",
                    (4, 5),
                    (3, 4),
                    "On-call recruitment campaign; flexible contracts.",
                ),
                (
                    "R.07",
                    "A large wildfire on Tarn Moor overwhelms local resources.",
                    "Area Manager Response",
                    (3, 5),
                    (2, 5),
                    "Wildfire plan; mutual aid agreements; specialist vehicles.",
                ),
            ],
        ),
        (
            "Prevention and protection",
            [
                (
                    "R.09",
                    "Building safety inspections fall behind the programme required by new legislation.",
                    "Head of Protection",
                    (4, 4),
                    (3, 3),
                    "Additional inspecting officers; risk-based programme.",
                )
            ],
        ),
        (
            "Corporate",
            [
                (
                    "R.12",
                    "The mobilising system contract expires before its replacement is ready.",
                    "Director of Corporate Services",
                    (3, 5),
                    (2, 4),
                    "Contract extension negotiated; project board.",
                ),
                (
                    "R.14",
                    "A cyber attack disrupts ICT and mobilising systems.",
                    "Head of ICT",
                    (4, 5),
                    (3, 5),
                    "Network monitoring; offline mobilising fallback; staff training.",
                ),
            ],
        ),
        (
            "People",
            [
                (
                    "R.15",
                    "The costs of the firefighters’ pension remedy are not fully funded by government.",
                    "Treasurer",
                    (3, 4),
                    (2, 3),
                    "Reserve earmarked; lobbying through the national council.",
                )
            ],
        ),
    ]
    hs = style(F + "-Bold", 9, 11.5)
    cs = style(F, 9, 11.5)
    data = [
        [
            P(x, hs)
            for x in ["Ref", "Risk", "Owner", "Inherent L", "Inherent I", "Inherent score", "Key controls", "Residual"]
        ]
    ]
    ts = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2d7d5")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for cat, rows in cats:
        data.append([P(f"<b>Category: {cat}</b>", cs), "", "", "", "", "", "", ""])
        r = len(data) - 1
        ts += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#fbeeee"))]
        for ref, desc, own, inh, res, ctl in rows:
            data.append(
                [
                    P(ref, cs),
                    P(desc, cs),
                    P(own, cs),
                    P(str(inh[0]), cs),
                    P(str(inh[1]), cs),
                    P(str(inh[0] * inh[1]), cs),
                    P(ctl, cs),
                    P("See heat map", cs),
                ]
            )
    t = Table(data, colWidths=[14 * mm, 75 * mm, 40 * mm, 17 * mm, 17 * mm, 17 * mm, 65 * mm, 20 * mm], repeatRows=1)
    t.setStyle(TableStyle(ts))
    story += [t, PageBreak()]
    story.append(
        P("Residual risk heat map — position of each risk after key controls", style(F + "-Bold", 12, 16, spaceAfter=6))
    )
    pos = {}
    for _, rows in cats:
        for ref, desc, own, inh, res, ctl in rows:
            pos.setdefault(res, []).append(ref)
    cell = style(F, 9, 11, alignment=TA_CENTER)
    hm = []
    for L in range(5, 0, -1):
        row = [P(f"<b>{L}</b>", cell)]
        for I in range(1, 6):
            refs = pos.get((L, I), [])
            row.append(P(f"<font size=7>{L * I}</font><br/><b>{' '.join(refs)}</b>", cell))
        hm.append(row)
    hm.append([P("", cell)] + [P(f"<b>{I}</b>", cell) for I in range(1, 6)])
    hm.append([P("", cell), P("<b>Impact</b>", cell), "", "", "", ""])
    hm[0][0] = P("<b>Likelihood</b><br/><b>5</b>", cell)
    t = Table(hm, colWidths=[22 * mm] + [30 * mm] * 5, rowHeights=[15 * mm] * 5 + [7 * mm, 7 * mm])
    hts = [
        ("GRID", (1, 0), (5, 4), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("SPAN", (1, 6), (5, 6)),
    ]
    for ri, L in enumerate(range(5, 0, -1)):
        for I in range(1, 6):
            s = L * I
            c = "#ec7063" if s >= 15 else "#f5b041" if s >= 8 else "#f7dc6f" if s >= 4 else "#82e0aa"
            hts.append(("BACKGROUND", (I, ri), (I, ri), colors.HexColor(c)))
    t.setStyle(TableStyle(hts))
    story += [
        P(
            "Likelihood (rows, 5 = almost certain) against impact (columns, 5 = critical). Score = L × I.",
            style(F + "-Italic", 9.5, 12, spaceAfter=6),
        ),
        t,
    ]
    build_rl(
        HERE / f"{stem}.pdf",
        story,
        landscape(A4),
        (15 * mm, 15 * mm, 15 * mm, 15 * mm),
        pagenum_footer(F, 8, "Corporate Risk Register | page {n} of {total}"),
    )
    rd = "2021-06-30"
    write_gold(
        stem,
        "register",
        risks=[
            risk(
                ref,
                cat,
                desc,
                [
                    ("inherent", "Inherent", inh[0], inh[1], inh[0] * inh[1], rd),
                    ("current", "Residual risk heat map", res[0], res[1], res[0] * res[1], rd),
                ],
            )
            for cat, rows in cats
            for ref, desc, own, inh, res, ctl in rows
        ],
    )


# =========================================================================== 14
# Kestrelshire Constabulary force risk register (reportlab, landscape, horizontal rules
# only): refs FRR/04; Category column; Pre-mitigation / Post-mitigation / Target printed
# "L3 / I4 = 12"; Trend words; dated only by quarter (register_date null).


@paper
def kestrelshire_frr():
    stem = "2021-Q1-Kestrelshire-Constabulary-force-risk-register"
    F = "Helvetica"
    story = [
        P("Kestrelshire Constabulary", style(F + "-Bold", 13, 16)),
        P("Force Risk Register — Quarter 1 2021/22", style(F, 12, 16)),
        P(
            "Prepared for the Force Executive Board. Ratings: L = likelihood, I = impact (1–5); rating = L × I.",
            style(F + "-Oblique", 8.5, 11, spaceAfter=8),
        ),
    ]
    rows = [
        (
            "FRR/01",
            "Operational",
            "Insufficient firearms-trained officers to maintain the armed response vehicle rota.",
            "ACC Operations",
            (4, 5),
            "Accelerated firearms courses; overtime rota.",
            (3, 5),
            (2, 5),
            "Stable",
        ),
        (
            "FRR/02",
            "Operational",
            "The volume of online child sexual abuse referrals exceeds the capacity of the investigation team.",
            "Head of Public Protection",
            (5, 4),
            "Triage tool; four additional investigators.",
            (4, 4),
            (3, 4),
            "Rising",
        ),
        (
            "FRR/04",
            "Compliance",
            "Failure to meet the Victims’ Code obligation to keep victims updated.",
            "DCC",
            (4, 3),
            "Automated updates; supervisor checks.",
            (3, 3),
            (2, 3),
            "Falling",
        ),
        (
            "FRR/05",
            "Finance",
            "The cost of the officer uplift programme exceeds the ring-fenced grant.",
            "Director of Finance",
            (3, 4),
            "Monthly uplift budget monitoring.",
            (3, 3),
            (2, 3),
            "Stable",
        ),
        (
            "FRR/08",
            "Information",
            "Weak records management leads to the unlawful retention of custody images.",
            "Information Governance Manager",
            (4, 4),
            "Review and deletion project; new retention schedule.",
            (2, 4),
            (1, 4),
            "Falling",
        ),
        (
            "FRR/09",
            "Estates",
            "The condition of the Oxley Bridge custody suite leads to cell closures.",
            "Head of Estates",
            (3, 3),
            "Planned maintenance; contingency use of Hadley custody.",
            (3, 2),
            (2, 2),
            "Stable",
        ),
    ]
    hs = style(F + "-Bold", 8.5, 10.5)
    cs = style(F, 8.5, 10.5)

    def rt(x):
        return f"L{x[0]} / I{x[1]} = {x[0] * x[1]}"

    data = [
        [
            P(x, hs)
            for x in [
                "Ref",
                "Category",
                "Risk",
                "Owner",
                "Pre-mitigation",
                "Key controls",
                "Post-mitigation",
                "Target",
                "Trend",
            ]
        ]
    ]
    for r in rows:
        data.append(
            [
                P(r[0], cs),
                P(r[1], cs),
                P(r[2], cs),
                P(r[3], cs),
                P(rt(r[4]), cs),
                P(r[5], cs),
                P(rt(r[6]), cs),
                P(rt(r[7]), cs),
                P(r[8], cs),
            ]
        )
    t = Table(
        data, colWidths=[17 * mm, 22 * mm, 68 * mm, 35 * mm, 26 * mm, 55 * mm, 26 * mm, 24 * mm, 15 * mm], repeatRows=1
    )
    ts = [
        ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#909497")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    t.setStyle(TableStyle(ts))
    story.append(t)
    build_rl(
        HERE / f"{stem}.pdf",
        story,
        landscape(A4),
        (14 * mm, 14 * mm, 16 * mm, 16 * mm),
        pagenum_footer(F, 7.5, "{n}", top="Kestrelshire Constabulary – OFFICIAL"),
    )
    write_gold(
        stem,
        "register",
        risks=[
            risk(
                r[0],
                r[1],
                r[2],
                [
                    ("inherent", "Pre-mitigation", r[4][0], r[4][1], r[4][0] * r[4][1], None),
                    ("current", "Post-mitigation", r[6][0], r[6][1], r[6][0] * r[6][1], None),
                    ("target", "Target", r[7][0], r[7][1], r[7][0] * r[7][1], None),
                ],
            )
            for r in rows
        ],
    )


def main(argv):
    register_fonts()
    GOLD.mkdir(exist_ok=True)
    only = set(argv)
    for fn in PAPERS:
        if only and fn.__name__ not in only:
            continue
        fn()
        print("built", fn.__name__)


if __name__ == "__main__":
    main(sys.argv[1:])
