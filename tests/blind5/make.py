#!/usr/bin/env python3
"""Build the blind5 set: synthetic board papers (PDF) and their gold JSON.

    /work/main/.venv/bin/python make.py

Every paper is built from the same strings that fill its gold record, so the gold is
what the paper prints. All bodies, areas, people and business are invented.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape, letter
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

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
FONTS = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCond-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
}
for _name, _path in FONTS.items():
    pdfmetrics.registerFont(TTFont(_name, _path))

PAPERS = []


def paper(fn):
    PAPERS.append(fn)
    return fn


# ---------------------------------------------------------------- gold helpers
def meeting(body, date, time, location, status):
    return dict(body=body, meeting_date=date, start_time=time, location=location, minutes_status=status)


def att(date, name, kind, role):
    return dict(meeting_date=date, name=name, attendance=kind, role_text=role)


def item(date, number, title, presenter):
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


def risk(ref, objective, description, ratings):
    return dict(reference=ref, objective=objective, description=description, ratings=ratings)


def rating(phase, phase_text, lik, imp, score, date):
    return dict(phase=phase, phase_text=phase_text, likelihood=lik, impact=imp, score=score, register_date=date)


def write_gold(stem, kind, **records):
    """kind: minutes | agenda | log | register | pack — decides which record types are judged."""
    types = {
        "minutes": ["meetings", "attendance", "decisions", "actions", "risks"],
        "agenda": ["meetings", "attendance", "agenda_items", "decisions", "actions", "risks"],
        "log": ["attendance", "agenda_items", "decisions", "actions", "risks"],
        "register": ["attendance", "agenda_items", "decisions", "actions", "risks"],
        "pack": ["meetings", "attendance", "agenda_items", "decisions", "actions", "risks"],
    }[kind]
    gold = {"file": stem + ".pdf"}
    for t in types:
        gold[t] = records.get(t, [])
    (GOLD / f"{stem}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- pdf helpers
def style(font, size, lead=None, **kw):
    return ParagraphStyle("s", fontName=font, fontSize=size, leading=lead or size * 1.25, **kw)


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def footer_fn(left=None, right=None, centre=None, font="Helvetica", size=8, top=None):
    """A page decorator printing header/footer strings; '{n}' is the page number."""

    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, size)
        w, h = doc.pagesize
        n = canvas.getPageNumber()
        if top:
            canvas.drawCentredString(w / 2, h - 12 * mm, top.format(n=n))
        if left:
            canvas.drawString(15 * mm, 10 * mm, left.format(n=n))
        if right:
            canvas.drawRightString(w - 15 * mm, 10 * mm, right.format(n=n))
        if centre:
            canvas.drawCentredString(w / 2, 10 * mm, centre.format(n=n))
        canvas.restoreState()

    return draw


def build(stem, story, pagesize=A4, deco=None, margins=18 * mm, total_pages_fmt=None):
    doc = SimpleDocTemplate(
        str(HERE / f"{stem}.pdf"),
        pagesize=pagesize,
        leftMargin=margins,
        rightMargin=margins,
        topMargin=margins + 4 * mm,
        bottomMargin=margins,
        title=stem,
        author="blind5",
    )
    doc.build(story, onFirstPage=deco or (lambda c, d: None), onLaterPages=deco or (lambda c, d: None))


def grid(data, widths, font, size, head_bg=colors.lightgrey, rules="grid", repeat=1, bold=None):
    t = Table(data, colWidths=widths, repeatRows=repeat)
    cmds = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), size),
    ]
    if head_bg is not None:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), head_bg))
    if bold:
        cmds.append(("FONTNAME", (0, 0), (-1, 0), bold))
    if rules == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif rules == "lines":
        cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey), ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black)]
    elif rules == "head":
        cmds.append(("LINEBELOW", (0, 0), (-1, 0), 1, colors.black))
    t.setStyle(TableStyle(cmds))
    return t


def P(text, st):
    return Paragraph(text, st)


def cells(rows, st):
    """Wrap every string cell of rows in a Paragraph of style st (escaped)."""
    return [[P(esc(c), st) if isinstance(c, str) else c for c in row] for row in rows]


def docx_to_pdf(document, stem):
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.docx"
        document.save(src)
        subprocess.run(
            [
                "soffice",
                "-env:UserInstallation=file:///tmp/blind5_lo_profile",
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
        shutil.copy(Path(tmp) / f"{stem}.pdf", HERE / f"{stem}.pdf")


# ================================================================ 1. council minutes, 21/34 numbers
@paper
def corvenshire_pcp_minutes():
    stem = "Corvenshire-PCP-Minutes-22-June-2021"
    body = "Corvenshire Police and Crime Panel"
    date = "2021-06-22"
    loc = "the Council Chamber, Shire Hall, Aldbury"
    b = style("Times-Roman", 11, 14)
    h = style("Times-Bold", 11, 14, spaceBefore=8)
    ind = style("Times-Roman", 11, 14, leftIndent=28, firstLineIndent=-20)
    attendance = [
        att(date, "Hilary Penrose", "member", "Chair"),
        att(date, "Marcus Oduya", "member", "Vice-Chair"),
        att(date, "Deborah Flint", "member", None),
        att(date, "Rajesh Banerjee", "member", None),
        att(date, "Ian Treloar", "member", None),
        att(date, "Grace Whitfield", "member", "Independent Co-opted Member"),
        att(date, "Nathan Corrie", "in_attendance", "Police and Crime Commissioner"),
        att(date, "Abigail Stroud", "in_attendance", "Chief Executive, OPCC"),
        att(date, "Owen Pritchard", "in_attendance", "Chief Finance Officer, OPCC"),
        att(date, "Lucy Harrow", "in_attendance", "Panel Support Officer"),
        att(date, "Sean Mallory", "apologies", None),
    ]
    r36 = [
        "That the minutes of the meeting held on 16 March 2021 be confirmed as a correct record and signed by the Chair."
    ]
    r37 = [
        "That the Commissioner’s Annual Report 2020/21 be noted.",
        "That the recommendations of the Panel set out in paragraph 4 of the report be forwarded to the Commissioner.",
        "That the Commissioner provide a written response to the Panel within one month.",
    ]
    r39 = [
        "That the work programme for 2021/22 be approved, subject to the addition of a report on rural crime.",
        "That a task group on services for victims be established, comprising the Chair and two members.",
    ]

    def resolved(parts):
        if len(parts) == 1:
            return [P("It was RESOLVED: " + esc(parts[0]), b)], "RESOLVED: " + parts[0]
        flow = [P("It was RESOLVED:", b)]
        flow += [P(f"({i}) " + esc(p), ind) for i, p in enumerate(parts, 1)]
        return flow, "RESOLVED: " + " ".join(f"({i}) {p}" for i, p in enumerate(parts, 1))

    f36, t36 = resolved(r36)
    f37, t37 = resolved(r37)
    f39, t39 = resolved(r39)
    noted = "The Panel noted the update on non-criminal complaints made against the Commissioner during the year."
    decisions = [
        dec(date, "21/36", "resolved", t36),
        dec(date, "21/37", "resolved", t37),
        dec(date, "21/38", "noted", noted),
        dec(date, "21/39", "resolved", t39),
    ]
    story = [
        P("<b>DRAFT – subject to confirmation at the next meeting</b>", style("Times-Italic", 9, alignment=2)),
        P("<b>CORVENSHIRE POLICE AND CRIME PANEL</b>", style("Times-Bold", 14, 18, alignment=TA_CENTER)),
        P(
            "Minutes of the meeting held on Tuesday 22 June 2021 at 2.00 pm in " + loc,
            style("Times-Roman", 11, 14, alignment=TA_CENTER),
        ),
        Spacer(1, 8),
        P(
            "<b>Present:</b> Councillor Hilary Penrose (Chair), Councillor Marcus Oduya (Vice-Chair), Councillors "
            "Deborah Flint, Rajesh Banerjee and Ian Treloar; Mrs Grace Whitfield (Independent Co-opted Member).",
            b,
        ),
        Spacer(1, 4),
        P(
            "<b>Also present:</b> Mr Nathan Corrie (Police and Crime Commissioner), Ms Abigail Stroud (Chief Executive, OPCC) "
            "and Mr Owen Pritchard (Chief Finance Officer, OPCC).",
            b,
        ),
        Spacer(1, 4),
        P("<b>Officer:</b> Lucy Harrow (Panel Support Officer).", b),
        P("21/34&nbsp;&nbsp;&nbsp;APOLOGIES AND SUBSTITUTES", h),
        P("Apologies for absence were received from Councillor Sean Mallory. No substitute had been nominated.", b),
        P("21/35&nbsp;&nbsp;&nbsp;DECLARATIONS OF INTEREST", h),
        P("There were no declarations of interest.", b),
        P("21/36&nbsp;&nbsp;&nbsp;MINUTES OF THE PREVIOUS MEETING", h),
        *f36,
        P("21/37&nbsp;&nbsp;&nbsp;POLICE AND CRIME COMMISSIONER’S ANNUAL REPORT 2020/21", h),
        P(
            "The Commissioner introduced his annual report, which described progress against the four priorities of the "
            "Police and Crime Plan. Members asked about the time taken to answer non-emergency calls and about the "
            "visibility of officers in market towns. The Commissioner undertook to share the latest call-handling figures.",
            b,
        ),
        Spacer(1, 4),
        *f37,
        P("21/38&nbsp;&nbsp;&nbsp;COMPLAINTS AGAINST THE COMMISSIONER – ANNUAL UPDATE", h),
        P(
            "The Chief Executive noted that two complaints had been referred to the Independent Office for Police Conduct "
            "and that neither had been upheld. " + esc(noted),
            b,
        ),
        P("21/39&nbsp;&nbsp;&nbsp;WORK PROGRAMME 2021/22", h),
        P("The Panel considered its draft work programme for the coming year.", b),
        Spacer(1, 4),
        *f39,
        Spacer(1, 10),
        P("The meeting closed at 4.05 pm.", b),
    ]
    build(
        stem,
        story,
        deco=footer_fn(
            left="Corvenshire Police and Crime Panel – 22 June 2021", right="{n}", font="Times-Roman", size=9
        ),
    )
    write_gold(
        stem,
        "minutes",
        meetings=[meeting(body, date, "14:00", loc.replace("the ", "", 1), "draft")],
        attendance=attendance,
        decisions=decisions,
    )


# ================================================================ 2. notes with action boxes, initials in brackets
@paper
def fenmarsh_accountability_notes():
    stem = "Accountability-Board-Notes-3-November-2022-FINAL"
    body = "Accountability Board"
    date = "2022-11-03"
    loc = "Room 4, Tollgate House, Fenwick"
    b = style("Helvetica", 10, 13)
    h = style("Helvetica-Bold", 10.5, 14, spaceBefore=8, spaceAfter=2)
    people = [  # name, role, initials, kind
        ("Adele Murray", "Police, Fire and Crime Commissioner", "AM", "member"),
        ("Brendan Kaye", "Chief Constable", "BK", "member"),
        ("Sasha Lindqvist", "Deputy Chief Constable", "SL", "member"),
        ("Martin Hale", "Chief Executive, OPFCC", "MH", "member"),
        ("Yvonne Darby", "Chief Finance Officer, OPFCC", "YD", "member"),
        ("Colin Ashe", "Head of Performance and Insight", "CA", "in_attendance"),
        ("Priya Nair", "Governance Officer (notes)", "PN", "in_attendance"),
        ("Thomas Redfern", "Assistant Chief Constable", "TR", "apologies"),
    ]
    who = {i: n for n, _, i, _ in people}

    def plist(kind):
        return "; ".join(f"{n}, {r} ({i})" + (" – Chair" if i == "AM" else "") for n, r, i, k in people if k == kind)

    def box(desc, owner, due):
        t = Table(
            [[P("<b>ACTION</b>", b), P(esc(desc), b)], [P("Owner: " + owner, b), P("Due: " + due, b)]],
            colWidths=[45 * mm, 120 * mm],
        )
        t.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3fb")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return [Spacer(1, 4), t, Spacer(1, 4)]

    d3 = "The Commissioner approved the revised estates strategy for 2023 to 2026."
    d4 = "The Board agreed that the victims’ needs assessment be refreshed before the next commissioning round."
    d5 = "The Commissioner noted the quarter 2 finance report and endorsed the proposed virement of £120,000 to the fleet budget."
    a1 = ("Provide a breakdown of emergency response times by district for the December meeting.", "SL", "15/12/2022")
    a2 = (
        "Set out the options for funding the second phase of the fire station refurbishment programme.",
        "MH / YD",
        "31 January 2023",
    )
    a3 = ("Add repeat victimisation measures to the quarterly performance dashboard.", "CA", "Next meeting")
    story = [
        P("OFFICIAL", style("Helvetica-Bold", 9, alignment=TA_CENTER)),
        P("Fenmarsh Police, Fire and Crime Commissioner", style("Helvetica-Bold", 15, 19)),
        P("Accountability Board – Notes of meeting", style("Helvetica", 13, 17)),
        Spacer(1, 6),
        grid(
            [
                ["Date", "Thursday 3 November 2022"],
                ["Time", "10:00 – 12:15"],
                ["Location", loc],
                ["Status", "Approved at the meeting of 1 December 2022"],
            ],
            [30 * mm, 130 * mm],
            "Helvetica",
            9.5,
            head_bg=None,
            rules="lines",
        ),
        Spacer(1, 8),
        P("<b>Present:</b> " + esc(plist("member")), b),
        Spacer(1, 3),
        P("<b>In attendance:</b> " + esc(plist("in_attendance")), b),
        Spacer(1, 3),
        P("<b>Apologies:</b> " + esc(plist("apologies")), b),
        P("1. Welcome and apologies", h),
        P("AM welcomed those present. Apologies were noted from TR.", b),
        P("2. Notes and actions of the previous meeting", h),
        P("The notes of 6 October 2022 were accepted as accurate. All actions were updated on the tracker.", b),
        P("3. Estates strategy", h),
        P(
            "MH presented the refreshed estates strategy, which consolidates three custody suites into two and "
            "shares two stations with the fire service.",
            b,
        ),
        P("<b>Decision:</b> " + esc(d3), b),
        P("4. Performance report – quarter 2", h),
        P(
            "BK reported that emergency response times had lengthened in the rural districts. The Chief Constable "
            "noted that recruitment of call handlers was now complete.",
            b,
        ),
        *box(a1[0], a1[1], a1[2]),
        P("<b>Decision:</b> " + esc(d4), b),
        *box(a3[0], a3[1], a3[2]),
        P("5. Finance report – quarter 2", h),
        P("YD presented the forecast outturn, an underspend of £0.4m.", b),
        P("<b>Decision:</b> " + esc(d5), b),
        *box(a2[0], a2[1], a2[2]),
        P("6. Any other business", h),
        P("None.", b),
    ]
    build(stem, story, pagesize=letter, deco=footer_fn(centre="OFFICIAL   |   Page {n}", font="Helvetica", size=8))
    attendance = [att(date, n, k, r) for n, r, i, k in people]

    def owners(text):
        return [who[x.strip()] for x in text.split("/")]

    actions = [
        act(a1[0], None, date, "4", owners(a1[1]), "2022-12-15", "open", a1[1], a1[2]),
        act(a3[0], None, date, "4", owners(a3[1]), None, "open", a3[1], a3[2]),
        act(a2[0], None, date, "5", owners(a2[1]), "2023-01-31", "open", a2[1], a2[2]),
    ]
    write_gold(
        stem,
        "minutes",
        meetings=[meeting(body, date, "10:00", loc, "approved")],
        attendance=attendance,
        decisions=[dec(date, "3", "approved", d3), dec(date, "4", "agreed", d4), dec(date, "5", "endorsed", d5)],
        actions=actions,
    )


# ================================================================ 3. docx minutes, tick attendance table, Outcome labels
@paper
def glenholt_jac_minutes():
    from docx import Document
    from docx.shared import Pt

    stem = "Glenholt_JAC_minutes_15.03.23"
    body = "Glenholt Joint Audit Committee"
    date = "2023-03-15"
    loc = "Committee Room 2, Glenholt Police Headquarters, Mill Lane, Kirkstead"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Glenholt Joint Audit Committee – Minutes – CONFIRMED"
    sec.footer.paragraphs[0].text = "JAC 15.03.23"
    d.add_heading("GLENHOLT JOINT AUDIT COMMITTEE", level=1)
    d.add_paragraph("Minutes of the meeting held on Wednesday 15 March 2023, 10:00, " + loc)
    d.add_paragraph("Status: Confirmed by the Committee on 14 June 2023")
    people = [  # name, role, present tick?, group
        ("Dr Miriam Achebe", "Miriam Achebe", "Independent Member (Chair)", True, "member"),
        ("Robert Vane", "Robert Vane", "Independent Member", True, "member"),
        ("Hannah Sowerby", "Hannah Sowerby", "Independent Member", False, "member"),
        ("Kwame Asante", "Kwame Asante", "Independent Member", True, "member"),
        ("Julian Marsh", "Julian Marsh", "Chief Finance Officer, OPCC", True, "officer"),
        ("Elaine Cartwright", "Elaine Cartwright", "Director of Finance, Glenholt Police", True, "officer"),
        ("Stuart Bellamy", "Stuart Bellamy", "Head of Internal Audit, Marlbank Audit Partnership", True, "officer"),
        ("Nadia Osei", "Nadia Osei", "Engagement Lead, external audit", False, "officer"),
    ]
    d.add_paragraph().add_run("Attendance").bold = True
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, text in zip(t.rows[0].cells, ["Name", "Role", "Present", "Apologies"]):
        c.text = text
    for printed, _, role, present, group in people:
        if group != "member":
            continue
        row = t.add_row().cells
        row[0].text, row[1].text = printed, role
        row[2 if present else 3].text = "✓"
    d.add_paragraph().add_run("Officers").bold = True
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, text in zip(t.rows[0].cells, ["Name", "Role", "Present", "Apologies"]):
        c.text = text
    for printed, _, role, present, group in people:
        if group != "officer":
            continue
        row = t.add_row().cells
        row[0].text, row[1].text = printed, role
        row[2 if present else 3].text = "✓"
    o2 = "The Committee approved the minutes of the meeting held on 7 December 2022 as a true record."
    o4 = "The Committee endorsed the internal audit plan for 2023/24, subject to the addition of a review of seized property."
    o5 = "The Committee noted the external audit progress report and the revised timetable for the 2021/22 opinion."
    o6 = "The Committee agreed to recommend the treasury management strategy for 2023/24 to the Commissioner and the Chief Constable."
    a4 = (
        "Bring a scoping note for the seized property review to the June meeting.",
        "Head of Internal Audit",
        "14 June 2023",
    )
    a5 = ("Confirm in writing the date on which the 2021/22 audit opinion will be issued.", "Engagement Lead", "TBC")
    a6 = ("Circulate the final treasury management strategy to members.", "CFO / Director of Finance", "31/03/2023")
    body_rows = [
        (
            "1",
            "Welcome and apologies",
            ["1.1 The Chair welcomed members. Apologies were received from Hannah Sowerby and Nadia Osei."],
            None,
            None,
        ),
        ("2", "Minutes and matters arising", ["2.1 Members reviewed the minutes of the previous meeting."], o2, None),
        ("3", "Declarations of interest", ["3.1 None were declared."], None, None),
        (
            "4",
            "Internal audit plan 2023/24",
            [
                "4.1 Stuart Bellamy presented the draft plan of 210 audit days.",
                "4.2 Members asked that property held in evidence stores be reviewed early in the year.",
            ],
            o4,
            a4,
        ),
        (
            "5",
            "External audit progress report",
            ["5.1 The 2021/22 opinion has been delayed by national pension valuation issues."],
            o5,
            a5,
        ),
        (
            "6",
            "Treasury management strategy 2023/24",
            ["6.1 Julian Marsh introduced the strategy and the prudential indicators."],
            o6,
            a6,
        ),
    ]
    for num, title, paras, outcome, action in body_rows:
        d.add_heading(f"{num}.  {title}", level=2)
        for p in paras:
            d.add_paragraph(p)
        if outcome:
            p = d.add_paragraph()
            p.add_run("Outcome: ").bold = True
            p.add_run(outcome)
        if action:
            p = d.add_paragraph()
            p.add_run("Action: ").bold = True
            p.add_run(action[0])
            d.add_paragraph(f"Owner: {action[1]}        Target: {action[2]}")
    docx_to_pdf(d, stem)
    attendance = [
        att(date, name, ("member" if g == "member" else "in_attendance") if pres else "apologies", role)
        for _, name, role, pres, g in people
    ]
    own = {
        "Head of Internal Audit": ["Head of Internal Audit"],
        "Engagement Lead": ["Engagement Lead"],
        "CFO / Director of Finance": ["Chief Finance Officer", "Director of Finance"],
    }
    actions = [
        act(a4[0], None, date, "4", own[a4[1]], "2023-06-14", "open", a4[1], a4[2]),
        act(a5[0], None, date, "5", own[a5[1]], None, "open", a5[1], a5[2]),
        act(a6[0], None, date, "6", own[a6[1]], "2023-03-31", "open", a6[1], a6[2]),
    ]
    write_gold(
        stem,
        "minutes",
        meetings=[meeting(body, date, "10:00", loc, "approved")],
        attendance=attendance,
        decisions=[
            dec(date, "2", "approved", o2),
            dec(date, "4", "endorsed", o4),
            dec(date, "5", "noted", o5),
            dec(date, "6", "agreed", o6),
        ],
        actions=actions,
    )


# ================================================================ 4. two-column fire authority minutes, 23/145 numbers
@paper
def pellingford_fra_minutes():
    stem = "PFRA-minutes-110923"
    body = "Pellingford Fire and Rescue Authority"
    date = "2023-09-11"
    loc = "Fire Service Headquarters, Beacon Road, Pellingford"
    b = style("DejaVuSerif", 9.5, 12.5)
    bb = style("DejaVuSerif-Bold", 9.5, 12.5)
    members = [
        ("Gwen Aldous", "Chair"),
        ("Peter Stannard", "Vice-Chair"),
        ("Leonie Fairbairn", None),
        ("Tariq Mahmood", None),
        ("Ruth Ingleby", None),
        ("Simon Cole", None),
    ]
    officers = [
        ("Chief Fire Officer", "Andrew Pym"),
        ("Deputy Chief Fire Officer", "Joanne Westlake"),
        ("Treasurer", "Farah Qureshi"),
        ("Monitoring Officer", "Daniel Brook"),
    ]
    apologies = ["Neil Hargreaves", "Bethany Lowe"]
    r146 = "RESOLVED – That the minutes of the meeting held on 10 July 2023 be confirmed and signed by the Chair."
    r148 = (
        "RESOLVED – That (i) the revised Community Risk Management Plan consultation document be approved for "
        "publication; (ii) the consultation run for twelve weeks from 2 October 2023; and (iii) the Chief Fire "
        "Officer report the outcome to the Authority in February 2024."
    )
    n149 = "The Authority noted the treasury management outturn report for 2022/23."
    r150 = "RESOLVED – That the Authority delegate to the Treasurer, in consultation with the Chair, the approval of the final statement of accounts."
    head = [
        P("<b>PELLINGFORD FIRE AND RESCUE AUTHORITY</b>", style("DejaVuSerif-Bold", 13, 17, alignment=TA_CENTER)),
        P(
            "Unconfirmed minutes of the meeting held at " + loc + " on Monday, 11 September 2023 at 10.30 am",
            style("DejaVuSerif", 10, 13, alignment=TA_CENTER),
        ),
        Spacer(1, 8),
    ]
    mem = [
        [P(("Cllr " + n + (f" ({r})" if r else "")), b) for n, r in members[i : i + 2]]
        for i in range(0, len(members), 2)
    ]
    mt = Table(mem, colWidths=[75 * mm, 75 * mm])
    head += [
        P("<b>PRESENT</b>", bb),
        mt,
        Spacer(1, 4),
        P("<b>Also in attendance:</b> " + ", ".join(f"{r} {n}" for r, n in officers), b),
        Spacer(1, 4),
    ]

    def row(num, heading, paras):
        return [P(f"<b>{num}</b>", bb), [P(f"<b>{heading}</b>", bb)] + [P(esc(x), b) for x in paras]]

    rows = [
        row(
            "23/145",
            "APOLOGIES FOR ABSENCE",
            ["Apologies were received from Councillors Neil Hargreaves and Bethany Lowe."],
        ),
        row("23/146", "MINUTES", [r146]),
        row(
            "23/147",
            "CHAIR'S ANNOUNCEMENTS",
            ["The Chair congratulated crews at Easterby station on their national award."],
        ),
        row(
            "23/148",
            "COMMUNITY RISK MANAGEMENT PLAN 2024–2028",
            ["The Deputy Chief Fire Officer presented the draft plan and the proposed consultation.", r148],
        ),
        row(
            "23/149",
            "TREASURY MANAGEMENT OUTTURN 2022/23",
            ["The Treasurer reported that all prudential indicators had been met.", n149],
        ),
        row(
            "23/150",
            "STATEMENT OF ACCOUNTS 2022/23",
            ["The audit of the accounts would not conclude before the statutory deadline.", r150],
        ),
    ]
    t = Table(rows, colWidths=[22 * mm, 150 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    story = head + [
        P("<b>Apologies:</b> Councillors " + " and ".join(apologies), b),
        Spacer(1, 8),
        t,
        P("The meeting ended at 12.10 pm.", b),
    ]
    build(stem, story, deco=footer_fn(centre="Page {n}", top="UNCONFIRMED", font="DejaVuSerif", size=8))
    attendance = [att(date, n, "member", r) for n, r in members]
    attendance += [att(date, n, "in_attendance", r) for r, n in officers]
    attendance += [att(date, n, "apologies", None) for n in apologies]
    write_gold(
        stem,
        "minutes",
        meetings=[meeting(body, date, "10:30", loc, "draft")],
        attendance=attendance,
        decisions=[
            dec(date, "23/146", "resolved", r146),
            dec(date, "23/148", "resolved", r148),
            dec(date, "23/149", "noted", n149),
            dec(date, "23/150", "resolved", r150),
        ],
    )


# ================================================================ 5. council agenda, Part A / Part B (exempt), 5.1 items
@paper
def dunmarrow_pcp_agenda():
    stem = "Dunmarrow PCP Agenda 9 February 2022"
    body = "Dunmarrow Police and Crime Panel"
    date = "2022-02-09"
    loc = "Council Chamber, Dunmarrow Civic Centre, Market Street, Orlingham"
    b = style("LibSans", 10.5, 13.5)
    small = style("LibSans", 9, 11.5, textColor=colors.HexColor("#333333"))
    items_a = [
        ("1.", "Apologies for absence and substitutions", None, None),
        ("2.", "Declarations of interest", None, None),
        ("3.", "Minutes of the meeting held on 24 November 2021", None, "(Pages 1 - 8)"),
        ("4.", "Public questions", None, None),
        ("5.", "Proposed Police Precept 2022/23", None, None),
        (
            "5.1",
            "Precept proposal and medium term financial plan",
            "Report of the Chief Finance Officer (OPCC)",
            "(Pages 9 - 34)",
        ),
        ("5.2", "Report of the Precept Task Group", "Report of the Chair of the Task Group", "(Pages 35 - 40)"),
        (
            "6.",
            "Police and Crime Plan – performance update, quarter 3",
            "Report of the Police and Crime Commissioner",
            "(Pages 41 - 62)",
        ),
        ("7.", "Complaints and conduct matters", "Report of the Monitoring Officer", "(Pages 63 - 66)"),
        ("8.", "Exclusion of the press and public", None, None),
    ]
    items_b = [
        (
            "9.",
            "Appointment of the Chief Constable – confirmation hearing arrangements",
            "Report of the Chief Executive (OPCC)",
            "(Pages 67 - 74)",
        ),
        (
            "10.",
            "Complaint against the Commissioner – Case 2021/07",
            "Report of the Monitoring Officer",
            "(Pages 75 - 80)",
        ),
    ]
    members = (
        "Councillor Pauline Grange (Chair), Councillor Edwin Lakeman (Vice-Chair), Councillors Bilal Chaudhry, "
        "Fiona Rusk, Gareth Mellor, Zoe Partington and Harry Quist; Independent Members Olwen Price and Dev Patel"
    )

    def rows(items):
        out = []
        for num, title, pres, pages in items:
            text = f"<b>{esc(title)}</b>" + (f"<br/><font size=9>{esc(pres)}</font>" if pres else "")
            out.append([P(f"<b>{num}</b>", b), P(text, b), P(pages or "", small)])
        return out

    def table(items):
        t = Table(rows(items), colWidths=[16 * mm, 125 * mm, 32 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
        return t

    story = [
        P("DUNMARROW POLICE AND CRIME PANEL", style("LibSans-Bold", 16, 20)),
        Spacer(1, 4),
        grid(
            [
                ["Date:", "Wednesday, 9 February 2022"],
                ["Time:", "1.30 pm"],
                ["Venue:", loc],
                ["Contact:", "Democratic Services, 01632 960 412"],
            ],
            [25 * mm, 140 * mm],
            "LibSans",
            10.5,
            head_bg=None,
            rules=None,
        ),
        Spacer(1, 6),
        P("<b>Membership:</b> " + esc(members), small),
        Spacer(1, 6),
        P(
            "Members of the public are welcome to attend the meeting, except for the items in Part B, during which the "
            "Panel is likely to exclude the press and public.",
            small,
        ),
        Spacer(1, 10),
        P("AGENDA", style("LibSans-Bold", 13, 16, alignment=TA_CENTER)),
        Spacer(1, 6),
        P("PART A", style("LibSans-Bold", 11, 14)),
        Spacer(1, 4),
        table(items_a),
        P("PART B – EXEMPT ITEMS", style("LibSans-Bold", 11, 14)),
        P("(Exempt under paragraphs 1 and 2 of Part 1 of Schedule 12A to the Local Government Act 1972)", small),
        Spacer(1, 4),
        table(items_b),
    ]
    build(
        stem,
        story,
        deco=footer_fn(right="Agenda – Dunmarrow Police and Crime Panel – 9 February 2022", font="LibSans", size=8),
    )
    agenda = [item(date, n.rstrip("."), t, p) for n, t, p, _ in items_a + items_b]
    write_gold(stem, "agenda", meetings=[meeting(body, date, "13:30", loc, None)], agenda_items=agenda)


# ================================================================ 6. timed agenda, time column, unruled
@paper
def tarnwick_scb_agenda():
    stem = "agenda_tarnwick_scb_20220517"
    body = "Strategic Commissioning Board"  # as printed: the area is named only in the OPCC line
    date = "2022-05-17"
    loc = "Boardroom, Tarnwick OPCC, 4 Friary Walk, Tarnwick"
    f = style("Helvetica", 9.5, 12)
    fb = style("Helvetica-Bold", 9.5, 12)
    items = [
        ("10:00", "1.", "Introductions and apologies", "Chair", "–"),
        ("10:05", "2.", "Notes of the last meeting and action tracker", "Board Secretary", "For approval"),
        ("10:15", "3.", "Commissioning intentions 2022/23", "Head of Commissioning", "For decision"),
        ("10:15", "3.1", "Domestic abuse support services – re-procurement", "Head of Commissioning", "For decision"),
        ("10:35", "3.2", "Youth diversion grant round", "Partnerships Manager", "For decision"),
        ("10:55", "4.", "Violence Reduction Unit – year-end return", "VRU Director", "For assurance"),
        ("11:20", "5.", "Grant monitoring exceptions", "Finance Business Partner", "For information"),
        ("11:35", "6.", "Forward plan and any other business", "Chair", "–"),
        ("11:45", "", "Close", "", ""),
    ]
    data = [["Time", "No.", "Item", "Lead", "Purpose"]] + [list(r) for r in items]
    story = [
        P(
            "Tarnwick Office of the Police and Crime Commissioner",
            style("Helvetica", 10, 13, textColor=colors.HexColor("#1f4e79")),
        ),
        P("Strategic Commissioning Board", style("Helvetica-Bold", 18, 22)),
        Spacer(1, 4),
        P("Tuesday 17 May 2022, 10:00 – 11:45<br/>" + esc(loc) + "<br/>Chair: Deputy Police and Crime Commissioner", f),
        Spacer(1, 12),
        P("AGENDA", fb),
        Spacer(1, 4),
        grid(
            cells(data, f), [18 * mm, 12 * mm, 85 * mm, 45 * mm, 28 * mm], "Helvetica", 9.5, head_bg=None, rules="head"
        ),
        Spacer(1, 12),
        P("Papers are circulated five working days before the meeting. Next meeting: Tuesday 19 July 2022.", f),
    ]
    build(
        stem, story, pagesize=letter, deco=footer_fn(left="SCB agenda", right="Page {n} of 1", font="Helvetica", size=8)
    )
    agenda = [item(date, n.rstrip("."), t, lead) for _, n, t, lead, _ in items if n]
    write_gold(stem, "agenda", meetings=[meeting(body, date, "10:00", loc, None)], agenda_items=agenda)


# ================================================================ 7. ruled multi-page action log, closed section
OLLERBY_OWNERS = {
    "CC": ["Chief Constable"],
    "DCC": ["Deputy Chief Constable"],
    "PCC": ["Police and Crime Commissioner"],
    "CFO": ["Chief Finance Officer"],
    "Force": ["Ollerby Constabulary"],
    "OPCC": ["Office of the Police and Crime Commissioner"],
    "Head of Estates": ["Head of Estates"],
    "DCC / CFO": ["Deputy Chief Constable", "Chief Finance Officer"],
    "CC & PCC": ["Chief Constable", "Police and Crime Commissioner"],
    "Chief Exec": ["Chief Executive"],
}


@paper
def ollerby_action_log():
    stem = "Ollerby-PAB-Action-Log-(updated-8-Aug-2022)"
    f = style("DejaVuSans", 8.5, 10.5)
    fb = style("DejaVuSans-Bold", 8.5, 10.5)
    # number, raised (printed, iso), item, action, owner, target (printed, iso), status (printed), comments
    open_rows = [
        (
            "PAB 031",
            "14/03/2022",
            "2022-03-14",
            "5",
            "Present an analysis of repeat missing-from-home episodes involving looked-after children, with the local authority’s view.",
            "DCC",
            "12/09/2022",
            "2022-09-12",
            "In progress",
            "Data sharing agreement with the county council signed in July; analysis under way and on track for September.",
        ),
        (
            "PAB 033",
            "14/03/2022",
            "2022-03-14",
            "7",
            "Report on the cost and benefit of extending body-worn video to PCSOs.",
            "CFO",
            "TBC",
            None,
            "Open",
            "Awaiting the outcome of the national framework tender; the supplier price list is not expected before October.",
        ),
        (
            "PAB 036",
            "09/05/2022",
            "2022-05-09",
            "4",
            "Review the crime data integrity audit recommendations and confirm which remain outstanding.",
            "Force",
            "12/09/2022",
            "2022-09-12",
            "Open",
            "Force Crime Registrar to present the position; four of eleven recommendations remain open.",
        ),
        (
            "PAB 037",
            "09/05/2022",
            "2022-05-09",
            "6",
            "Bring forward options for a shared fleet workshop with the fire and rescue service.",
            "Head of Estates",
            "Oct 2022",
            None,
            "Open",
            "Options appraisal being drafted with the fire service's property team.",
        ),
        (
            "PAB 038",
            "09/05/2022",
            "2022-05-09",
            "6",
            "Confirm the capital slippage figure to be reported in the statement of accounts.",
            "DCC / CFO",
            "31/08/2022",
            "2022-08-31",
            "In progress",
            "Draft figure of £2.1m circulated; final figure after the July capital board.",
        ),
        (
            "PAB 040",
            "11/07/2022",
            "2022-07-11",
            "3",
            "Publish the refreshed Police and Crime Plan performance framework on the website.",
            "OPCC",
            "30/09/2022",
            "2022-09-30",
            "Open",
            "Design work commissioned; the framework will be published after the September meeting.",
        ),
        (
            "PAB 041",
            "11/07/2022",
            "2022-07-11",
            "5",
            "Agree the terms of reference for a joint review of rural crime with the National Farmers’ Union.",
            "CC & PCC",
            "12/09/2022",
            "2022-09-12",
            "Open",
            "Draft terms circulated to the NFU regional office on 2 August 2022.",
        ),
        (
            "PAB 042",
            "11/07/2022",
            "2022-07-11",
            "5",
            "Provide quarterly figures for stop and search by ethnicity at district level.",
            "CC",
            "Next meeting",
            None,
            "Open",
            "Data to be drawn from the new records system once validated.",
        ),
        (
            "PAB 043",
            "11/07/2022",
            "2022-07-11",
            "8",
            "Circulate the draft anti-fraud and corruption policy to members of the Board for comment.",
            "Chief Exec",
            "19/08/2022",
            "2022-08-19",
            "Open",
            "Policy drafted; legal review to complete before circulation.",
        ),
    ]
    closed_rows = [
        (
            "PAB 027",
            "10/01/2022",
            "2022-01-10",
            "4",
            "Share the HMICFRS inspection timetable for 2022 with the Board.",
            "Force",
            "14/03/2022",
            "2022-03-14",
            "Closed",
            "Timetable circulated on 1 March 2022.",
        ),
        (
            "PAB 029",
            "10/01/2022",
            "2022-01-10",
            "6",
            "Report the outturn of the overtime budget for the winter period.",
            "CFO",
            "09/05/2022",
            "2022-05-09",
            "Complete",
            "Reported to the May meeting under item 6.",
        ),
        (
            "PAB 032",
            "14/03/2022",
            "2022-03-14",
            "6",
            "Confirm the date for the opening of the new custody suite at Ferrybridge Road.",
            "PCC",
            "09/05/2022",
            "2022-05-09",
            "Closed",
            "Opening confirmed for 3 October 2022.",
        ),
        (
            "PAB 035",
            "09/05/2022",
            "2022-05-09",
            "3",
            "Arrange a member briefing on the new national crime recording rules.",
            "OPCC",
            "30/06/2022",
            "2022-06-30",
            "Complete",
            "Briefing held on 22 June 2022.",
        ),
        (
            "PAB 039",
            "09/05/2022",
            "2022-05-09",
            "7",
            "Write to the Home Office about the delay to the emergency services network.",
            "PCC",
            "30/06/2022",
            "2022-06-30",
            "Closed",
            "Letter sent 17 June 2022; reply received and shared.",
        ),
    ]
    head = ["No.", "Date raised", "Item", "Action", "Owner", "Target", "Status", "Comments"]
    widths = [18 * mm, 24 * mm, 12 * mm, 80 * mm, 24 * mm, 23 * mm, 20 * mm, 72 * mm]

    def tab(rows):
        data = [head] + [[r[0], r[1], r[3], r[4], r[5], r[6], r[8], r[9]] for r in rows]
        t = Table(cells(data, f), colWidths=widths, repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")),
                ]
            )
        )
        return t

    story = [
        P("Ollerby Police Accountability Board", style("DejaVuSans-Bold", 13, 16)),
        P("Action Log – updated 8 August 2022", style("DejaVuSans", 10, 13)),
        Spacer(1, 6),
        P("OPEN ACTIONS", fb),
        Spacer(1, 3),
        tab(open_rows),
        Spacer(1, 10),
        P("CLOSED ACTIONS (since last meeting)", fb),
        Spacer(1, 3),
        tab(closed_rows),
    ]
    build(
        stem,
        story,
        pagesize=landscape(A4),
        deco=footer_fn(left="PAB Action Log", right="page {n}", font="DejaVuSans", size=7),
        margins=12 * mm,
    )
    actions = []
    for rows, closed in ((open_rows, False), (closed_rows, True)):
        for r in rows:
            actions.append(
                act(r[4], r[0], r[2], r[3], OLLERBY_OWNERS[r[5]], r[7], "closed" if closed else "open", r[5], r[6])
            )
    write_gold(stem, "log", actions=actions)


# ================================================================ 8. unruled tracker, RAG letters, dated update columns
@paper
def stourmere_tracker():
    stem = "Stourmere-JCB-tracker-Feb23"
    f = style("Courier", 7.5, 9)
    owners = {
        "CC": ["Chief Constable"],
        "PCC": ["Police and Crime Commissioner"],
        "ACC": ["Assistant Chief Constable"],
        "CE": ["Chief Executive"],
        "CFO": ["Chief Finance Officer"],
        "ACC/CFO": ["Assistant Chief Constable", "Chief Finance Officer"],
        "Head of ICT": ["Head of ICT"],
    }
    rows = [  # ref, mtg printed, mtg iso, action, lead, due printed, due iso, update1, update2, rag
        (
            "JCB22/14",
            "13.09.22",
            "2022-09-13",
            "Report the backlog of digital forensic examinations and the plan to clear it.",
            "ACC",
            "10.01.23",
            "2023-01-10",
            "Backlog 412 devices; outsourcing contract let.",
            "Backlog 298; trajectory on plan.",
            "G",
        ),
        (
            "JCB22/17",
            "13.09.22",
            "2022-09-13",
            "Agree a joint communications protocol for critical incidents.",
            "CE",
            "08.11.22",
            "2022-11-08",
            "Draft protocol with force comms.",
            "Protocol signed 20.01.23.",
            "B",
        ),
        (
            "JCB22/19",
            "08.11.22",
            "2022-11-08",
            "Set out the savings required to balance the 2023/24 budget.",
            "CFO",
            "07.02.23",
            "2023-02-07",
            "Gap of £3.4m identified.",
            "Presented under item 4 today.",
            "B",
        ),
        (
            "JCB22/21",
            "08.11.22",
            "2022-11-08",
            "Migrate the remaining OPCC systems to the force network.",
            "Head of ICT",
            "31.03.23",
            "2023-03-31",
            "Supplier delay; two systems outstanding.",
            "One system outstanding; at risk.",
            "A",
        ),
        (
            "JCB22/22",
            "08.11.22",
            "2022-11-08",
            "Review the use of police cells for people detained under mental health powers.",
            "ACC/CFO",
            "TBC",
            None,
            "Not started.",
            "Awaiting the health partners’ data.",
            "R",
        ),
        (
            "JCB23/01",
            "10.01.23",
            "2023-01-10",
            "Publish the Commissioner’s response to the inspection of vetting.",
            "PCC",
            "14.02.23",
            "2023-02-14",
            "–",
            "Response drafted.",
            "G",
        ),
        (
            "JCB23/02",
            "10.01.23",
            "2023-01-10",
            "Provide the Board with the force’s firearms licensing performance.",
            "CC",
            "next JCB",
            None,
            "–",
            "Figures being validated.",
            "A",
        ),
    ]
    data = [["Ref", "Mtg", "Action", "Lead", "Due", "Update 10/01/23", "Update 07/02/23", "RAG"]]
    data += [[r[0], r[1], r[3], r[4], r[5], r[7], r[8], r[9]] for r in rows]
    t = grid(
        cells(data, f),
        [17 * mm, 18 * mm, 46 * mm, 17 * mm, 18 * mm, 35 * mm, 35 * mm, 10 * mm],
        "Courier",
        7.5,
        head_bg=None,
        rules=None,
    )
    story = [
        P("STOURMERE JOINT CORPORATE BOARD", style("Courier-Bold", 12, 15)),
        P("Action tracker as at 7 February 2023", style("Courier", 9, 12)),
        P("RAG key: R = off track, A = at risk, G = on track, B = complete (to be removed)", style("Courier", 7.5, 10)),
        Spacer(1, 8),
        t,
    ]
    build(stem, story, pagesize=letter, margins=10 * mm, deco=footer_fn(right="- {n} -", font="Courier", size=7))
    actions = [
        act(r[3], r[0], r[2], None, owners[r[4]], r[6], "closed" if r[9] == "B" else "open", r[4], r[5]) for r in rows
    ]
    write_gold(stem, "log", actions=actions)


# ================================================================ 9. register table, Previous / Current / Target, direction words
@paper
def corvenshire_force_register():
    stem = "Corvenshire-Constabulary-Strategic-Risk-Register-Sept-2021"
    f = style("LibSerif", 8.5, 10.5)
    reg_date = "2021-09-30"
    groups = [
        (
            "PROTECTING VULNERABLE PEOPLE",
            [
                (
                    "SRR01",
                    "Demand from mental-health related calls exceeds the capacity of response teams, delaying attendance at emergencies.",
                    "ACC Operations",
                    (4, 4),
                    (4, 5),
                    (3, 3),
                    "Increasing",
                    "Street triage pilot; partnership escalation protocol",
                ),
                (
                    "SRR02",
                    "Failure to share safeguarding information with partner agencies leads to harm to a child.",
                    "DCC",
                    (3, 5),
                    (3, 5),
                    (2, 4),
                    "Static",
                    "MASH co-location; audit of referrals",
                ),
            ],
        ),
        (
            "WORKFORCE",
            [
                (
                    "SRR03",
                    "Loss of experienced detectives reduces the quality of serious crime investigations.",
                    "Director of People",
                    (4, 3),
                    (3, 3),
                    (2, 3),
                    "Decreasing",
                    "Detective pathway; retention payments",
                ),
                (
                    "SRR04",
                    "Officer wellbeing deteriorates under sustained demand, raising sickness absence above 5%.",
                    "Director of People",
                    (3, 3),
                    (4, 3),
                    (2, 3),
                    "Increasing",
                    "Occupational health contract; TRiM",
                ),
            ],
        ),
        (
            "FINANCE AND INFRASTRUCTURE",
            [
                (
                    "SRR05",
                    "The replacement command and control system is not delivered before the current contract expires in 2023.",
                    "Chief Information Officer",
                    (3, 4),
                    (3, 4),
                    (1, 4),
                    "Static",
                    "Programme board; contract extension option",
                ),
                (
                    "SRR06",
                    "Inflation in energy and fuel costs creates a budget gap in 2022/23 that cannot be met from reserves.",
                    "Director of Finance",
                    (2, 4),
                    (4, 4),
                    (3, 3),
                    "Increasing",
                    "Energy hedging; fleet review",
                ),
            ],
        ),
    ]

    def fmt(li):
        return f"{li[0]} x {li[1]} = {li[0] * li[1]}"

    head = ["Ref", "Risk description", "Risk owner", "Previous", "Current", "Target", "Direction", "Key controls"]
    data = [head]
    spans = []
    for obj, risks in groups:
        spans.append(len(data))
        data.append([obj, "", "", "", "", "", "", ""])
        for ref, desc, owner, prev, cur, tgt, dirn, ctrl in risks:
            data.append([ref, desc, owner, fmt(prev), fmt(cur), fmt(tgt), dirn, ctrl])
    t = Table(
        cells(data, f), colWidths=[14 * mm, 80 * mm, 30 * mm, 22 * mm, 22 * mm, 22 * mm, 20 * mm, 55 * mm], repeatRows=1
    )
    cmds = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#c6d9f0")),
    ]
    for r in spans:
        cmds += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eeeeee"))]
    t.setStyle(TableStyle(cmds))
    story = [
        P("Corvenshire Constabulary – Strategic Risk Register", style("LibSerif-Bold", 14, 17)),
        P(
            "Position as at 30 September 2021. Ratings are Likelihood x Impact = Score on a 5 x 5 matrix; "
            "“Previous” is the rating reported to the Joint Audit Committee in June 2021.",
            f,
        ),
        Spacer(1, 6),
        t,
    ]
    build(
        stem,
        story,
        pagesize=landscape(A4),
        margins=14 * mm,
        deco=footer_fn(left="OFFICIAL", right="Strategic Risk Register | {n}", font="LibSerif", size=8),
    )
    gold = []
    for obj, risks in groups:
        for ref, desc, owner, prev, cur, tgt, dirn, ctrl in risks:
            gold.append(
                risk(
                    ref,
                    obj,
                    desc,
                    [
                        rating("current", "Current", cur[0], cur[1], cur[0] * cur[1], reg_date),
                        rating("target", "Target", tgt[0], tgt[1], tgt[0] * tgt[1], reg_date),
                    ],
                )
            )
    write_gold(stem, "register", risks=gold)


# ================================================================ 10. risk cards, arrows, 4x4 scale
@paper
def fenmarsh_fire_risk_cards():
    stem = "FRS corporate risk cards Q1 2022-23"
    f = style("DejaVuSansCond", 9, 11.5)
    fb = style("DejaVuSansCond-Bold", 9, 11.5)
    cards = [  # ref, theme, title, description, owner, inherent, residual, arrow, reviewed printed, iso
        (
            "CR07",
            "People",
            "Retained firefighter availability",
            "On-call appliances are unavailable during weekday daytime because too few retained firefighters can be released by their employers.",
            "Area Manager, Response",
            (4, 4),
            (3, 4),
            "↑",
            "12/07/2022",
            "2022-07-12",
        ),
        (
            "CR08",
            "People",
            "Loss of specialist skills",
            "Retirements over the next two years remove most of the service’s qualified fire investigation officers.",
            "Head of Training",
            (3, 3),
            (2, 3),
            "→",
            "12/07/2022",
            "2022-07-12",
        ),
        (
            "CR11",
            "Assets and resources",
            "Breathing apparatus fleet",
            "Breathing apparatus sets reach the end of their service life before the regional replacement contract is awarded.",
            "Head of Fleet and Equipment",
            (3, 4),
            (2, 4),
            "↓",
            "05/07/2022",
            "2022-07-05",
        ),
        (
            "CR12",
            "Assets and resources",
            "Mobilising system resilience",
            "A failure of the mobilising system at the joint control room prevents appliances being sent to incidents.",
            "Area Manager, Control",
            (2, 4),
            (1, 4),
            "→",
            "05/07/2022",
            "2022-07-05",
        ),
        (
            "CR15",
            "Governance",
            "Inspection findings",
            "The service is judged to require improvement in its next inspection because prevention activity is not targeted at those most at risk.",
            "Deputy Chief Fire Officer",
            (3, 3),
            (3, 2),
            "↓",
            "28/06/2022",
            "2022-06-28",
        ),
    ]
    story = [
        P("Fenmarsh Fire and Rescue Service", style("DejaVuSansCond-Bold", 15, 19)),
        P("Corporate Risk Register – Quarter 1 2022/23 (risk cards)", style("DejaVuSansCond", 11, 14)),
        P("Scoring: Likelihood 1–4 × Impact 1–4. Direction: ↑ worsening, → no change, ↓ improving.", f),
        Spacer(1, 8),
    ]
    for ref, theme, title, desc, owner, inh, res, arrow, rev, _ in cards:
        data = [
            [
                P(f"<b>{ref}  |  {esc(title)}</b>", style("DejaVuSansCond-Bold", 10, 13, textColor=colors.white)),
                "",
                "",
                P(f"Theme: {theme}", style("DejaVuSansCond", 9, 11.5, textColor=colors.white)),
            ],
            [P(esc(desc), f), "", "", ""],
            [P("Owner: " + esc(owner), f), "", "", P("Direction: " + arrow, f)],
            [
                P("<b>Inherent</b>", fb),
                P(f"Likelihood: {inh[0]}", f),
                P(f"Impact: {inh[1]}", f),
                P(f"Score: {inh[0] * inh[1]}", f),
            ],
            [
                P("<b>Residual</b>", fb),
                P(f"Likelihood: {res[0]}", f),
                P(f"Impact: {res[1]}", f),
                P(f"Score: {res[0] * res[1]}", f),
            ],
            [P("Last reviewed: " + rev, f), "", "", ""],
        ]
        t = Table(data, colWidths=[40 * mm, 35 * mm, 35 * mm, 60 * mm])
        t.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#7f1d1d")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#9b2c2c")),
                    ("SPAN", (0, 0), (2, 0)),
                    ("SPAN", (0, 1), (-1, 1)),
                    ("SPAN", (0, 2), (2, 2)),
                    ("SPAN", (0, 5), (-1, 5)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story += [KeepTogether([t]), Spacer(1, 10)]
    build(
        stem, story, deco=footer_fn(centre="{n}", left="Fenmarsh FRS – Corporate Risk", font="DejaVuSansCond", size=8)
    )
    gold = [
        risk(
            ref,
            theme,
            desc,
            [
                rating("inherent", "Inherent", inh[0], inh[1], inh[0] * inh[1], iso),
                rating("current", "Residual", res[0], res[1], res[0] * res[1], iso),
            ],
        )
        for ref, theme, title, desc, owner, inh, res, arrow, rev, iso in cards
    ]
    write_gold(stem, "register", risks=gold)


# ================================================================ 11. docx register, ratings in a second table
@paper
def glenholt_opcc_register():
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    stem = "OPCC Risk Register Feb 2023"
    reg_date = "2023-02-28"
    risks = [  # ref, theme, description, owner, inherent, residual, target
        (
            "OPCC01",
            "Holding to account",
            "The Commissioner’s scrutiny arrangements do not identify a decline in force performance in time to act.",
            "Chief Executive",
            (4, 4),
            (2, 4),
            (2, 3),
        ),
        (
            "OPCC02",
            "Holding to account",
            "Complaint reviews are not completed within the statutory timescale, damaging public confidence.",
            "Head of Complaints",
            (3, 3),
            (3, 2),
            (2, 2),
        ),
        (
            "OPCC03",
            "Commissioning",
            "A commissioned victim service provider fails, leaving victims of domestic abuse without support.",
            "Head of Commissioning",
            (3, 5),
            (2, 5),
            (1, 5),
        ),
        (
            "OPCC04",
            "Commissioning",
            "Grant conditions are breached by recipients of community safety funding.",
            "Finance Manager",
            (3, 3),
            (2, 3),
            (2, 2),
        ),
        (
            "OPCC05",
            "Resources",
            "The office loses key staff and cannot deliver its statutory duties during the 2024 election period.",
            "Chief Executive",
            (3, 4),
            (3, 3),
            (2, 3),
        ),
    ]
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    d.styles["Normal"].font.name = "DejaVu Serif"
    d.styles["Normal"].font.size = Pt(9)
    sec.footer.paragraphs[0].text = "Office of the Police and Crime Commissioner for Glenholt – Risk Register"
    d.add_heading("Office of the Police and Crime Commissioner for Glenholt", level=1)
    d.add_paragraph("Corporate Risk Register – register date: 28 February 2023")
    d.add_paragraph("Table 1: Risks").runs[0].bold = True
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, x in zip(t.rows[0].cells, ["Risk ref", "Theme", "Risk description", "Risk owner"]):
        c.text = x
    for ref, theme, desc, owner, *_ in risks:
        row = t.add_row().cells
        row[0].text, row[1].text, row[2].text, row[3].text = ref, theme, desc, owner
    d.add_paragraph("")
    d.add_paragraph("Table 2: Risk ratings (Likelihood × Impact, 1–5 scale)").runs[0].bold = True
    t = d.add_table(rows=2, cols=10)
    t.style = "Table Grid"
    top = t.rows[0].cells
    top[0].text = "Risk ref"
    for i, label in ((1, "Inherent"), (4, "Residual"), (7, "Target")):
        m = top[i].merge(top[i + 2])
        m.text = label
    sub = t.rows[1].cells
    for i in range(3):
        sub[1 + 3 * i].text, sub[2 + 3 * i].text, sub[3 + 3 * i].text = "L", "I", "Score"
    for ref, _, _, _, inh, res, tgt in risks:
        row = t.add_row().cells
        row[0].text = ref
        for i, li in enumerate((inh, res, tgt)):
            row[1 + 3 * i].text, row[2 + 3 * i].text, row[3 + 3 * i].text = str(li[0]), str(li[1]), str(li[0] * li[1])
    docx_to_pdf(d, stem)
    gold = [
        risk(
            ref,
            theme,
            desc,
            [
                rating("inherent", "Inherent", inh[0], inh[1], inh[0] * inh[1], reg_date),
                rating("current", "Residual", res[0], res[1], res[0] * res[1], reg_date),
                rating("target", "Target", tgt[0], tgt[1], tgt[0] * tgt[1], reg_date),
            ],
        )
        for ref, theme, desc, owner, inh, res, tgt in risks
    ]
    write_gold(stem, "register", risks=gold)


# ================================================================ 12. heat map (likelihood 1-5 x impact 1-4) with a list
@paper
def pellingford_heatmap_register():
    stem = "Pellingford-FRA-Corporate-Risk-Heat-Map-2023-06-19"
    f = style("LibNarrow", 9, 11)
    reg_date = "2023-06-19"
    risks = [  # ref, category, description, owner, current (L, I), target (L, I)
        (
            "PFR-01",
            "Service delivery",
            "Attendance standards are missed in rural areas because of on-call appliance unavailability.",
            "Director of Service Delivery",
            (4, 3),
            (2, 3),
        ),
        (
            "PFR-02",
            "Service delivery",
            "A major fire at a high-rise residential building overwhelms local resources.",
            "Chief Fire Officer",
            (2, 4),
            (1, 4),
        ),
        (
            "PFR-03",
            "Finance",
            "Pay awards above the budgeted 2% create an in-year deficit.",
            "Treasurer",
            (5, 3),
            (3, 2),
        ),
        (
            "PFR-04",
            "Finance",
            "Capital receipts from the sale of Old Quay station are delayed beyond 2024.",
            "Treasurer",
            (3, 2),
            (2, 2),
        ),
        (
            "PFR-05",
            "People",
            "Cultural concerns raised by staff are not addressed, leading to grievances and loss of trust.",
            "Director of People",
            (3, 4),
            (2, 3),
        ),
        (
            "PFR-06",
            "Information",
            "A cyber attack disables the service’s corporate systems for more than 48 hours.",
            "Head of ICT",
            (3, 4),
            (2, 4),
        ),
    ]
    story = [
        P("PELLINGFORD FIRE AND RESCUE AUTHORITY", style("LibNarrow-Bold", 14, 17)),
        P(
            "Corporate Risk Register as at 19 June 2023 – for the Audit and Governance Committee",
            style("LibNarrow", 11, 14),
        ),
        Spacer(1, 6),
        P("<b>Part 1 – Current risk profile</b> (position of each risk after existing controls)", f),
        Spacer(1, 4),
    ]
    grid_cells = [[""] * 5 for _ in range(4)]
    for ref, *_, cur, _ in risks:
        l, i = cur
        grid_cells[4 - i][l - 1] = (grid_cells[4 - i][l - 1] + " " + ref).strip()
    data = []
    for row_i in range(4):
        impact = 4 - row_i
        row = [f"{impact}"]
        for l in range(1, 6):
            row.append(P(f"<font size=7 color='#555555'>{l * impact}</font><br/>{grid_cells[row_i][l - 1]}", f))
        data.append(row)
    data.append([""] + [str(l) for l in range(1, 6)])
    hm = Table(data, colWidths=[12 * mm] + [30 * mm] * 5, rowHeights=[16 * mm] * 4 + [7 * mm])
    cmds = [
        ("GRID", (1, 0), (-1, 3), 0.6, colors.white),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
    ]
    for row_i in range(4):
        for l in range(1, 6):
            s = l * (4 - row_i)
            c = "#63be7b" if s <= 4 else "#ffeb84" if s <= 9 else "#f8696b"
            cmds.append(("BACKGROUND", (l, row_i), (l, row_i), colors.HexColor(c)))
    hm.setStyle(TableStyle(cmds))
    story += [
        P("Impact ↑", f),
        hm,
        P("Likelihood →   (1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain)", f),
        Spacer(1, 10),
        P("<b>Part 2 – Risk list</b>", f),
        Spacer(1, 4),
    ]
    data = [["Ref", "Category", "Risk", "Owner", "Target (L × I)"]]
    for ref, cat, desc, owner, cur, tgt in risks:
        data.append([ref, cat, desc, owner, f"{tgt[0]} × {tgt[1]} = {tgt[0] * tgt[1]}"])
    story.append(
        grid(
            cells(data, f),
            [16 * mm, 24 * mm, 80 * mm, 36 * mm, 24 * mm],
            "LibNarrow",
            9,
            head_bg=colors.HexColor("#f2f2f2"),
            rules="lines",
        )
    )
    build(stem, story, deco=footer_fn(left="PFRA Corporate Risk Register", right="Page {n}", font="LibNarrow", size=8))
    gold = [
        risk(
            ref,
            cat,
            desc,
            [
                rating("current", "Current risk profile", cur[0], cur[1], cur[0] * cur[1], reg_date),
                rating("target", "Target", tgt[0], tgt[1], tgt[0] * tgt[1], reg_date),
            ],
        )
        for ref, cat, desc, owner, cur, tgt in risks
    ]
    write_gold(stem, "register", risks=gold)


# ================================================================ 13. Excel-like export, landscape, tiny font
@paper
def tarnwick_scb_export():
    stem = "SCB_Action_Log_export"
    size = 5.8
    f = style("Helvetica", size, size + 1.3)
    owners = {
        "Head of Commissioning": ["Head of Commissioning"],
        "DPCC": ["Deputy Police and Crime Commissioner"],
        "Partnerships Manager": ["Partnerships Manager"],
        "CFO": ["Chief Finance Officer"],
        "VRU Director": ["VRU Director"],
        "Board Secretary": ["Board Secretary"],
        "CFO; Head of Commissioning": ["Chief Finance Officer", "Head of Commissioning"],
    }
    rows = [  # id, meeting printed, iso, item, action, owner, due printed, due iso, status, update, closed
        (
            "SCB-041",
            "18/01/2022",
            "2022-01-18",
            "3",
            "Map current providers of domestic abuse refuge places against demand by district",
            "Head of Commissioning",
            "15/03/2022",
            "2022-03-15",
            "Closed",
            "Map presented 15/03",
            "15/03/2022",
        ),
        (
            "SCB-042",
            "18/01/2022",
            "2022-01-18",
            "4",
            "Write to the Home Office seeking confirmation of VRU funding for 2022/23",
            "DPCC",
            "28/02/2022",
            "2022-02-28",
            "Closed",
            "Confirmation received 3 March",
            "15/03/2022",
        ),
        (
            "SCB-044",
            "15/03/2022",
            "2022-03-15",
            "2",
            "Reissue the board terms of reference with the revised quorum",
            "Board Secretary",
            "31/03/2022",
            "2022-03-31",
            "Closed",
            "Done",
            "17/05/2022",
        ),
        (
            "SCB-045",
            "15/03/2022",
            "2022-03-15",
            "3",
            "Draft a specification for the re-procurement of domestic abuse support services",
            "Head of Commissioning",
            "17/05/2022",
            "2022-05-17",
            "Open",
            "On agenda 17/05 item 3.1",
            "",
        ),
        (
            "SCB-046",
            "15/03/2022",
            "2022-03-15",
            "3",
            "Confirm the budget envelope for domestic abuse services from April 2023",
            "CFO; Head of Commissioning",
            "17/05/2022",
            "2022-05-17",
            "Open",
            "Awaiting settlement figures",
            "",
        ),
        (
            "SCB-047",
            "15/03/2022",
            "2022-03-15",
            "5",
            "Set criteria for the youth diversion grant round, including match funding",
            "Partnerships Manager",
            "17/05/2022",
            "2022-05-17",
            "Open",
            "Criteria drafted",
            "",
        ),
        (
            "SCB-048",
            "15/03/2022",
            "2022-03-15",
            "5",
            "Report grant recipients who have not returned monitoring forms",
            "CFO",
            "Ongoing",
            None,
            "Open",
            "Three outstanding",
            "",
        ),
        (
            "SCB-049",
            "15/03/2022",
            "2022-03-15",
            "6",
            "Produce an evaluation framework for the VRU's school-based interventions",
            "VRU Director",
            "19/07/2022",
            "2022-07-19",
            "Overdue",
            "Evaluator not yet appointed",
            "",
        ),
        (
            "SCB-050",
            "15/03/2022",
            "2022-03-15",
            "7",
            "Circulate the forward plan for the rest of 2022",
            "Board Secretary",
            "22/03/2022",
            "2022-03-22",
            "Closed",
            "Circulated",
            "17/05/2022",
        ),
    ]
    cols = [
        "ID",
        "Meeting Date",
        "Agenda Item",
        "Action",
        "Action Owner",
        "Due Date",
        "Status",
        "Latest Update",
        "Date Closed",
    ]
    letters = ["", "A", "B", "C", "D", "E", "F", "G", "H", "I"]
    data = [letters, ["1"] + cols]
    for n, r in enumerate(rows, 2):
        data.append([str(n), r[0], r[1], r[3], r[4], r[5], r[6], r[8], r[9], r[10]])
    widths = [7 * mm, 16 * mm, 17 * mm, 14 * mm, 95 * mm, 36 * mm, 15 * mm, 14 * mm, 40 * mm, 16 * mm]
    t = Table(cells(data, f), colWidths=widths, repeatRows=2)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b7b7b7")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e7e6e6")),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e7e6e6")),
                ("BACKGROUND", (1, 1), (-1, 1), colors.HexColor("#ddebf7")),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    story = [t]
    build(
        stem,
        story,
        pagesize=landscape(A4),
        margins=8 * mm,
        deco=footer_fn(top="Strategic Commissioning Board Action Log", centre="Page {n}", font="Helvetica", size=6),
    )
    actions = [
        act(r[4], r[0], r[2], r[3], owners[r[5]], r[7], "closed" if r[8] == "Closed" else "open", r[5], r[6])
        for r in rows
    ]
    write_gold(stem, "log", actions=actions)


# ================================================================ 14. combined pack (reportlab): agenda, minutes, action log, register
@paper
def wyrleigh_sgb_pack():
    stem = "2024-01-24 SGB agenda pack"
    body = "Wyrleigh Strategic Governance Board"
    date = "2024-01-24"
    prev = "2023-10-25"
    loc = "Conference Room A, Wyrleigh Police Headquarters, Brindley Road, Oldcastle"
    prev_loc = "Conference Room A, Wyrleigh Police Headquarters"
    t = style("Times-Roman", 10.5, 13.5)
    tb = style("Times-Bold", 10.5, 13.5)
    h = style("Times-Bold", 12, 15, spaceBefore=8, spaceAfter=3)
    big = style("Helvetica-Bold", 20, 25, alignment=TA_CENTER)
    people = [  # name, initials, role, kind
        ("Laura Beckwith", "LB", "Police and Crime Commissioner (Chair)", "member"),
        ("Graham Tolley", "GT", "Chief Constable", "member"),
        ("Anjali Mistry", "AMi", "Deputy Chief Constable", "member"),
        ("Dominic Fry", "DF", "Chief Executive, OPCC", "member"),
        ("Carys Llewellyn", "CL", "Chief Finance Officer, OPCC", "member"),
        ("Ben Okafor", "BO", "Head of Strategy, OPCC", "in_attendance"),
        ("Rhian Doyle", "RD", "Assistant Chief Constable", "apologies"),
    ]
    who = {i: n for n, i, _, _ in people}
    agenda = [
        ("1", "Welcome, introductions and apologies", "Chair"),
        ("2", "Minutes of the meeting held on 25 October 2023", "Chair"),
        ("3", "Action log", "Chief Executive"),
        ("4", "Revenue budget and precept 2024/25", "Chief Finance Officer"),
        ("5", "Chief Constable’s performance report", "Chief Constable"),
        ("6", "Strategic risk register", "Head of Strategy"),
        ("7", "Any other business", "All"),
    ]
    d21 = "The Board approved the minutes of the meeting held on 26 July 2023."
    d32 = (
        "RESOLVED: (a) that the draft estates disposal programme be approved for consultation; and "
        "(b) that the Chief Executive report the consultation responses to the Board in January 2024."
    )
    d42 = "The Commissioner endorsed the force’s plan to recruit 40 additional police staff investigators."
    d51 = "The Board noted the Chief Constable’s update on the new records management system."
    a1 = ("Report the consultation responses on the estates disposal programme.", "DF", "3")
    a2 = ("Provide the unit cost of a police staff investigator compared with a constable.", "GT / CL", "4")
    story = [
        Spacer(1, 60 * mm),
        P("WYRLEIGH STRATEGIC GOVERNANCE BOARD", big),
        Spacer(1, 8),
        P("Agenda pack", style("Helvetica", 14, 18, alignment=TA_CENTER)),
        Spacer(1, 20),
        P("Wednesday 24 January 2024 at 2.00 pm", style("Helvetica", 12, 16, alignment=TA_CENTER)),
        P(esc(loc), style("Helvetica", 11, 15, alignment=TA_CENTER)),
        PageBreak(),
    ]
    story += [
        P("AGENDA", style("Times-Bold", 14, 18)),
        P("Meeting of the Wyrleigh Strategic Governance Board, Wednesday 24 January 2024, 14:00 – 16:00", t),
        Spacer(1, 8),
    ]
    data = [["Item", "Subject", "Presented by"]] + [[n, s, p] for n, s, p in agenda]
    story += [
        grid(cells(data, t), [18 * mm, 100 * mm, 50 * mm], "Times-Roman", 10.5, head_bg=None, rules="lines"),
        PageBreak(),
    ]
    story += [
        P("Item 2", style("Times-Italic", 10, 13, alignment=2)),
        P("WYRLEIGH STRATEGIC GOVERNANCE BOARD", style("Times-Bold", 13, 16)),
        P("UNCONFIRMED MINUTES of the meeting held on Wednesday 25 October 2023 at 10.00 am, " + prev_loc, tb),
        Spacer(1, 6),
    ]
    for kind, label in (("member", "Present"), ("in_attendance", "In attendance"), ("apologies", "Apologies")):
        txt = "; ".join(f"{n} ({i}) – {r}" for n, i, r, k in people if k == kind)
        story += [P(f"<b>{label}:</b> {esc(txt)}", t), Spacer(1, 3)]
    story += [
        P("1. Introductions and apologies", h),
        P("1.1 LB welcomed members. Apologies were received from RD.", t),
        P("2. Minutes and matters arising", h),
        P("2.1 " + esc(d21), t),
        P("3. Estates disposal programme", h),
        P(
            "3.1 DF presented the proposed disposal of four under-used police stations and the reinvestment of receipts "
            "in shared front counters.",
            t,
        ),
        P("3.2 " + esc(d32), t),
        P(f"<b>ACTION:</b> {esc(a1[0])} – Owner: {a1[1]}", t),
        P("4. Workforce plan", h),
        P(
            "4.1 AMi outlined the workforce plan. The Chief Constable noted that investigator vacancies were highest in the "
            "north of the county.",
            t,
        ),
        P("4.2 " + esc(d42), t),
        P(f"<b>ACTION:</b> {esc(a2[0])} – Owner: {a2[1]}", t),
        P("5. Records management", h),
        P("5.1 " + esc(d51), t),
        P("6. Any other business", h),
        P("6.1 There was none. The meeting closed at 11.50 am.", t),
        PageBreak(),
    ]
    # action log
    s = style("Helvetica", 8, 10)
    log = [  # no, meeting printed, iso, min, desc, lead, deadline printed, iso, rag, update
        (
            "SGB23/15",
            "26/07/2023",
            "2023-07-26",
            "4.2",
            "Share the HMICFRS action plan on vetting with the OPCC.",
            "AMi",
            "30/09/2023",
            "2023-09-30",
            "Completed",
            "Shared 12/09/2023.",
        ),
        (
            "SGB23/16",
            "26/07/2023",
            "2023-07-26",
            "5.1",
            "Set out the options for the replacement of the custody CCTV system.",
            "CL / BO",
            "31/01/2024",
            "2024-01-31",
            "Amber",
            "Options paper in draft.",
        ),
        (
            "SGB23/19",
            "25/10/2023",
            "2023-10-25",
            "3.2",
            a1[0],
            "DF",
            "24/01/2024",
            "2024-01-24",
            "Green",
            "See agenda item 6.",
        ),
        (
            "SGB23/20",
            "25/10/2023",
            "2023-10-25",
            "4.2",
            a2[0],
            "GT / CL",
            "24/01/2024",
            "2024-01-24",
            "Red",
            "Costing delayed by pay award.",
        ),
    ]
    data = [["Action No.", "Meeting", "Min.", "Description", "Lead", "Deadline", "RAG", "Update"]]
    data += [[r[0], r[1], r[3], r[4], r[5], r[6], r[8], r[9]] for r in log]
    story += [
        P("Item 3", style("Times-Italic", 10, 13, alignment=2)),
        P("Strategic Governance Board – Action Log (January 2024)", style("Helvetica-Bold", 12, 15)),
        Spacer(1, 6),
        grid(cells(data, s), [18 * mm, 21 * mm, 10 * mm, 44 * mm, 18 * mm, 21 * mm, 19 * mm, 23 * mm], "Helvetica", 8),
        PageBreak(),
    ]
    # register
    r_st = style("DejaVuSans", 8, 10)
    reg = [
        (
            "Confidence and trust",
            [
                (
                    "SR1",
                    "Public confidence falls following misconduct cases, reducing reporting of crime.",
                    (4, 4),
                    (3, 3),
                    "↑",
                ),
                (
                    "SR2",
                    "Complaints handling does not meet the statutory standards, leading to adverse IOPC findings.",
                    (3, 3),
                    (2, 3),
                    "→",
                ),
            ],
        ),
        (
            "Efficient and effective policing",
            [
                ("SR3", "The 2024/25 budget cannot be balanced without reducing officer numbers.", (4, 5), (3, 4), "↑"),
                (
                    "SR4",
                    "The records management system implementation overruns, degrading data quality.",
                    (3, 4),
                    (2, 3),
                    "↓",
                ),
            ],
        ),
    ]
    data = [
        ["Ref", "Risk", "Current", "", "", "Target", "", "", "Trend"],
        ["", "", "L", "I", "Score", "L", "I", "Score", ""],
    ]
    spans = []
    for obj, rs in reg:
        spans.append(len(data))
        data.append([obj] + [""] * 8)
        for ref, desc, cur, tgt, tr in rs:
            data.append(
                [
                    ref,
                    desc,
                    str(cur[0]),
                    str(cur[1]),
                    str(cur[0] * cur[1]),
                    str(tgt[0]),
                    str(tgt[1]),
                    str(tgt[0] * tgt[1]),
                    tr,
                ]
            )
    rt = Table(
        cells(data, r_st), colWidths=[11 * mm, 75 * mm, 11 * mm, 11 * mm, 14 * mm, 11 * mm, 11 * mm, 14 * mm, 14 * mm]
    )
    cmds = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#d0d0d0")),
        ("SPAN", (2, 0), (4, 0)),
        ("SPAN", (5, 0), (7, 0)),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 0), (1, 1)),
        ("SPAN", (8, 0), (8, 1)),
    ]
    for r in spans:
        cmds += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f0f0f0"))]
    rt.setStyle(TableStyle(cmds))
    story += [
        P("Item 6", style("Times-Italic", 10, 13, alignment=2)),
        P("Strategic Risk Register – extract", style("DejaVuSans-Bold", 12, 15)),
        P("Register reviewed 10 January 2024. Scores are likelihood × impact on a 5 × 5 scale.", r_st),
        Spacer(1, 6),
        rt,
    ]
    build(stem, story, deco=footer_fn(right="SGB 24.01.24 – page {n}", font="Times-Roman", size=8))

    def own(text):
        return [who[x.strip()] for x in text.split("/")]

    actions = [
        act(r[4], r[0], r[2], r[3], own(r[5]), r[7], "closed" if r[8] == "Completed" else "open", r[5], r[6])
        for r in log
    ]
    risks = [
        risk(
            ref,
            obj,
            desc,
            [
                rating("current", "Current", cur[0], cur[1], cur[0] * cur[1], "2024-01-10"),
                rating("target", "Target", tgt[0], tgt[1], tgt[0] * tgt[1], "2024-01-10"),
            ],
        )
        for obj, rs in reg
        for ref, desc, cur, tgt, tr in rs
    ]
    write_gold(
        stem,
        "pack",
        meetings=[meeting(body, date, "14:00", loc, None), meeting(body, prev, "10:00", prev_loc, "draft")],
        attendance=[att(prev, n, k, r) for n, i, r, k in people],
        agenda_items=[item(date, n, s_, p) for n, s_, p in agenda],
        decisions=[
            dec(prev, "2.1", "approved", d21),
            dec(prev, "3.2", "resolved", d32),
            dec(prev, "4.2", "endorsed", d42),
            dec(prev, "5.1", "noted", d51),
        ],
        actions=actions,
        risks=risks,
    )


# ================================================================ 15. combined pack (python-docx): agenda, minutes, log, cover report + register appendix
@paper
def ashgrove_pab_pack():
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Mm, Pt

    stem = "Ashgrove-Vale-Performance-and-Accountability-Board-papers"
    body = "Ashgrove Vale Performance and Accountability Board"
    date = "2023-07-11"
    prev = "2023-05-16"
    loc = "Training Suite, Ashgrove Vale Police Headquarters, Kestrel Lane, Brayford"
    d = Document()
    d.styles["Normal"].font.name = "Liberation Serif"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].left_margin = d.sections[0].right_margin = Mm(20)
    d.sections[0].header.paragraphs[
        0
    ].text = "OFFICIAL – Ashgrove Vale Performance and Accountability Board – 11 July 2023"

    def brk():
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(header, rows, widths, style="Table Grid"):
        t = d.add_table(rows=1, cols=len(header))
        t.autofit = False
        t.style = style
        for c, x in zip(t.rows[0].cells, header):
            c.text = x
        for r in rows:
            cs = t.add_row().cells
            for c, x in zip(cs, r):
                c.text = x
        for col, w in zip(t.columns, widths):
            col.width = Mm(w)  # the grid column widths are what LibreOffice honours
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Mm(w)
        return t

    # agenda
    d.add_heading("Ashgrove Vale Performance and Accountability Board", level=1)
    d.add_paragraph("Date: Tuesday 11 July 2023\nTime: 09:30\nVenue: " + loc)
    d.add_heading("Agenda", level=2)
    agenda = [
        ("1", "Apologies and declarations of interest", "Chair", "–"),
        ("2", "Minutes of the previous meeting (16 May 2023)", "Chair", "A"),
        ("3", "Action log", "Chief Executive", "B"),
        ("4", "Quarter 1 performance: Police and Crime Plan", "Deputy Chief Constable", "Verbal"),
        ("5", "Corporate risk register – quarterly review", "Chief Executive", "C"),
        ("6", "Any other business", "Chair", "–"),
    ]
    table(["No.", "Item", "Lead", "Paper"], agenda, [12, 95, 40, 18])
    brk()
    # minutes
    d.add_heading("Paper A – Minutes", level=2)
    d.add_paragraph(
        "Minutes of the Performance and Accountability Board held on Tuesday 16 May 2023 at 09:30 in the "
        "Training Suite, Ashgrove Vale Police Headquarters. DRAFT – to be approved on 11 July 2023."
    )
    people = [
        ("Sir Colin Marwood", "Colin Marwood", "Police and Crime Commissioner (Chair)", "Present", "member"),
        ("Jennifer Oakes", "Jennifer Oakes", "Chief Constable", "Present", "member"),
        ("Raymond Achterberg", "Raymond Achterberg", "Deputy Chief Constable", "Present", "member"),
        ("Gillian Sturrock", "Gillian Sturrock", "Chief Executive, OPCC", "Present", "member"),
        ("Imran Qadir", "Imran Qadir", "Chief Finance Officer, OPCC", "Apologies", "apologies"),
        ("Lowri Pemberton", "Lowri Pemberton", "Head of Business Services (minutes)", "In attendance", "in_attendance"),
    ]
    table(["Name", "Role", "Attendance"], [(p, r, a) for p, _, r, a, _ in people], [50, 75, 40])
    r2 = ["That the minutes of the meeting held on 14 March 2023 be approved.", "That action PAB/22 be closed."]
    r4 = [
        "That the Board notes the performance report for quarter 4.",
        "That the Deputy Chief Constable present a deep dive on rape investigation outcomes in September.",
    ]
    d5 = "The Commissioner approved the allocation of £85,000 from the community safety fund to the rural crime partnership."
    d.add_paragraph("1.  Apologies and declarations", style="Heading 3")
    d.add_paragraph("Apologies were received from Imran Qadir. No interests were declared.")
    d.add_paragraph("2.  Previous minutes and action log", style="Heading 3")
    d.add_paragraph("It was RESOLVED:")
    for i, x in enumerate(r2, 1):
        d.add_paragraph(f"2.{i}  {x}")
    d.add_paragraph("3.  Estates update", style="Heading 3")
    d.add_paragraph("The Chief Constable reported that the new Brayford custody centre would open in October 2023.")
    d.add_paragraph("4.  Performance report – quarter 4", style="Heading 3")
    d.add_paragraph("It was RESOLVED:")
    for i, x in enumerate(r4, 1):
        d.add_paragraph(f"4.{i}  {x}")
    a4 = "Present a deep dive on rape investigation outcomes."
    d.add_paragraph("Action: " + a4 + " (DCC, September 2023)")
    d.add_paragraph("5.  Community safety fund", style="Heading 3")
    d.add_paragraph(d5)
    brk()
    # action log
    d.add_heading("Paper B – Action log", level=2)
    log_open = [
        (
            "PAB/25",
            "14/03/2023",
            "2023-03-14",
            "Publish the response to the police and crime survey.",
            "OPCC",
            "30/06/2023",
            "2023-06-30",
            "Open",
            "Delayed by the pre-election period.",
        ),
        (
            "PAB/27",
            "16/05/2023",
            "2023-05-16",
            a4,
            "DCC",
            "September 2023",
            None,
            "Open",
            "Scheduled for 12 September 2023.",
        ),
        (
            "PAB/28",
            "16/05/2023",
            "2023-05-16",
            "Agree the grant agreement with the rural crime partnership.",
            "Chief Executive",
            "31/07/2023",
            "2023-07-31",
            "Open",
            "Draft agreement with the partnership.",
        ),
    ]
    log_closed = [
        (
            "PAB/22",
            "17/01/2023",
            "2023-01-17",
            "Review the use of agency staff in the control room.",
            "CC",
            "14/03/2023",
            "2023-03-14",
            "Closed",
            "Closed at the May meeting.",
        ),
        (
            "PAB/24",
            "14/03/2023",
            "2023-03-14",
            "Confirm the capital programme carry-forwards.",
            "CFO",
            "16/05/2023",
            "2023-05-16",
            "Closed",
            "Reported in May.",
        ),
    ]
    head = ["Ref", "Date raised", "Action", "Owner", "Target", "Status", "Comments"]
    LOGW = [18, 24, 50, 20, 24, 15, 25]
    d.add_paragraph("Open actions")
    table(head, [(r[0], r[1], r[3], r[4], r[5], r[7], r[8]) for r in log_open], LOGW)
    d.add_paragraph("Closed actions")
    table(head, [(r[0], r[1], r[3], r[4], r[5], r[7], r[8]) for r in log_closed], LOGW)
    brk()
    # cover report + appendix register
    d.add_heading("Paper C – Corporate risk register: quarterly review", level=2)
    d.add_paragraph("Report of the Chief Executive\nDate: 3 July 2023")
    d.add_paragraph(
        "1. Purpose: to present the joint corporate risk register as reviewed by the risk group on 26 June 2023."
    )
    d.add_paragraph(
        "2. Recommendation: the Board is asked to note the register at Appendix A and to approve the closure of risk CRR09."
    )
    d.add_paragraph("3. Two risks have increased since the last review; details are in the appendix.")
    brk()
    d.add_heading("Appendix A – Corporate Risk Register (reviewed 26 June 2023)", level=3)
    reg = [
        (
            "CRR03",
            "Finance",
            "Savings of £6m required in 2024/25 are not identified in time to set a balanced budget.",
            (5, 4),
            (4, 4),
            (3, 3),
            "Up",
        ),
        (
            "CRR05",
            "Workforce",
            "High turnover of student officers leaves neighbourhood teams below establishment.",
            (4, 3),
            (3, 3),
            (2, 3),
            "Same",
        ),
        (
            "CRR07",
            "Technology",
            "Failure of the legacy crime recording system before its replacement is live.",
            (3, 5),
            (3, 4),
            (2, 4),
            "Up",
        ),
        (
            "CRR09",
            "Partnerships",
            "Loss of the shared custody healthcare contract with the neighbouring force.",
            (3, 3),
            (1, 3),
            (1, 3),
            "Down",
        ),
    ]
    rows = [
        (
            ref,
            th,
            desc,
            f"{a[0]}×{a[1]}={a[0] * a[1]}",
            f"{b[0]}×{b[1]}={b[0] * b[1]}",
            f"{c[0]}×{c[1]}={c[0] * c[1]}",
            dirn,
        )
        for ref, th, desc, a, b, c, dirn in reg
    ]
    table(
        ["Ref", "Category", "Risk", "Inherent", "Residual", "Target", "Direction"], rows, [18, 24, 62, 18, 18, 16, 20]
    )
    docx_to_pdf(d, stem)
    own = {
        "OPCC": ["Office of the Police and Crime Commissioner"],
        "DCC": ["Deputy Chief Constable"],
        "Chief Executive": ["Chief Executive"],
        "CC": ["Chief Constable"],
        "CFO": ["Chief Finance Officer"],
    }
    actions = [
        act(r[3], r[0], r[2], "4" if r[0] == "PAB/27" else None, own[r[4]], r[6], "open", r[4], r[5]) for r in log_open
    ]
    actions += [act(r[3], r[0], r[2], None, own[r[4]], r[6], "closed", r[4], r[5]) for r in log_closed]
    risks = [
        risk(
            ref,
            th,
            desc,
            [
                rating("inherent", "Inherent", a[0], a[1], a[0] * a[1], "2023-06-26"),
                rating("current", "Residual", b[0], b[1], b[0] * b[1], "2023-06-26"),
                rating("target", "Target", c[0], c[1], c[0] * c[1], "2023-06-26"),
            ],
        )
        for ref, th, desc, a, b, c, dirn in reg
    ]
    write_gold(
        stem,
        "pack",
        meetings=[
            meeting(body, date, "09:30", loc, None),
            meeting(body, prev, "09:30", "Training Suite, Ashgrove Vale Police Headquarters", "draft"),
        ],
        attendance=[att(prev, n, k, r) for _, n, r, a, k in people],
        agenda_items=[item(date, n, t_, lead) for n, t_, lead, _ in agenda],
        decisions=[
            dec(prev, "2", "resolved", "RESOLVED: 2.1 " + r2[0] + " 2.2 " + r2[1]),
            dec(prev, "4", "resolved", "RESOLVED: 4.1 " + r4[0] + " 4.2 " + r4[1]),
            dec(prev, "5", "approved", d5),
        ],
        actions=actions,
        risks=risks,
    )


# ================================================================ 16. minutes: continuous paragraph numbers, AGREED/NOTED lines, P/A table, action summary
@paper
def brannock_jcb_minutes():
    stem = "minutes-jcb-8-nov-2022-approved"
    body = "Brannock Joint Corporate Board"
    date = "2022-11-08"
    loc = "Meeting Room 3, Brannock OPCC, Castle Yard, Tollerton"
    f = style("DejaVuSans", 9.5, 12.5)
    fb = style("DejaVuSans-Bold", 9.5, 12.5)
    num = style("DejaVuSans", 9.5, 12.5, leftIndent=22, firstLineIndent=-22)
    people = [
        ("Helen Grayling", "Police and Crime Commissioner", "P", "member"),
        ("Victor Amadi", "Chief Constable", "P", "member"),
        ("Sophie Kerrigan", "Assistant Chief Constable", "P", "member"),
        ("Owain Bryce", "Chief Executive, OPCC", "P", "member"),
        ("Tamsin Hollis", "Chief Finance Officer (joint)", "A", "member"),
        ("Marek Nowak", "Head of ICT", "P", "in_attendance"),
        ("Jade Whitlock", "Deputy Chief Finance Officer (for Tamsin Hollis)", "P", "in_attendance"),
    ]
    paras = []  # (number, text, kind) kind: None | decision type
    n = 0

    def para(text, kind=None):
        nonlocal n
        n += 1
        paras.append((str(n), text, kind))

    story_items = []
    items = [
        ("Item 1 – Apologies", [("Apologies were received from Tamsin Hollis, represented by Jade Whitlock.", None)]),
        (
            "Item 2 – Minutes of 13 September 2022",
            [
                (
                    "AGREED: that the minutes of the meeting held on 13 September 2022 be signed as a correct record.",
                    "agreed",
                )
            ],
        ),
        (
            "Item 3 – Budget 2023/24 and medium term financial plan",
            [
                (
                    "The Deputy Chief Finance Officer set out a funding gap of £3.4m for 2023/24, rising to £7.9m by 2026/27.",
                    None,
                ),
                ("The Assistant Chief Constable noted that the savings would fall mainly on police staff posts.", None),
                (
                    "AGREED: that the savings proposals in Appendix 2 be taken forward to public consultation in December 2022.",
                    "agreed",
                ),
            ],
        ),
        (
            "Item 4 – ICT infrastructure",
            [
                ("Marek Nowak reported that two OPCC systems remained on the legacy network.", None),
                (
                    "NOTED: the revised migration plan and the risk that the March 2023 deadline would be missed.",
                    "noted",
                ),
            ],
        ),
        (
            "Item 5 – Health-based places of safety",
            [
                ("Members discussed the number of people held in police cells under mental health powers.", None),
                (
                    "The Commissioner approved a contribution of £40,000 towards a pilot of a street triage car.",
                    "approved",
                ),
            ],
        ),
    ]
    for heading, ps in items:
        story_items.append(P(f"<b>{esc(heading)}</b>", style("DejaVuSans-Bold", 10, 13, spaceBefore=8, spaceAfter=2)))
        for text, kind in ps:
            para(text, kind)
            story_items.append(P(f"{n}.&nbsp;&nbsp;{esc(text)}", num))
    actions = [  # number, para, desc, owner, due printed, due iso
        (
            "JCB/22/031",
            "5",
            "Identify further savings options to close the 2023/24 funding gap.",
            "CFO",
            "07/02/2023",
            "2023-02-07",
        ),
        (
            "JCB/22/032",
            "7",
            "Bring a revised ICT migration timetable to the January meeting.",
            "Head of ICT",
            "10/01/2023",
            "2023-01-10",
        ),
        ("JCB/22/033", "9", "Report the outcome of the street triage pilot after six months.", "ACC/CFO", "TBC", None),
    ]
    own = {
        "CFO": ["Chief Finance Officer"],
        "Head of ICT": ["Head of ICT"],
        "ACC/CFO": ["Assistant Chief Constable", "Chief Finance Officer"],
    }
    att_rows = [["Name", "Role", "P/A"]] + [[nm, r, pa] for nm, r, pa, k in people if k == "member"]
    also = [["Also attending", "", ""]] + [[nm, r, pa] for nm, r, pa, k in people if k == "in_attendance"]
    story = [
        P("BRANNOCK JOINT CORPORATE BOARD", style("DejaVuSans-Bold", 14, 18)),
        P("Minutes – Tuesday 8 November 2022, 14:00, " + esc(loc), f),
        P("Status: APPROVED 10 January 2023", fb),
        Spacer(1, 6),
        grid(cells(att_rows + also, f), [50 * mm, 95 * mm, 15 * mm], "DejaVuSans", 9.5, rules="grid"),
        P("Key: P = present, A = apologies", style("DejaVuSans", 8, 10)),
        Spacer(1, 4),
    ] + story_items
    summ = [["No.", "Para", "Action", "Owner", "Due"]] + [[a[0], a[1], a[2], a[3], a[4]] for a in actions]
    story += [
        Spacer(1, 10),
        P("<b>Summary of actions arising</b>", fb),
        Spacer(1, 3),
        grid(cells(summ, f), [26 * mm, 12 * mm, 81 * mm, 25 * mm, 27 * mm], "DejaVuSans", 9.5, rules="lines"),
    ]
    build(
        stem,
        story,
        pagesize=letter,
        deco=footer_fn(left="JCB minutes 08/11/2022", right="{n}", font="DejaVuSans", size=7.5),
    )
    attendance = [att(date, nm, "apologies" if pa == "A" else k, r) for nm, r, pa, k in people]
    decisions = [dec(date, no, kind, text) for no, text, kind in paras if kind]
    gold_actions = [act(a[2], a[0], date, a[1], own[a[3]], a[5], "open", a[3], a[4]) for a in actions]
    write_gold(
        stem,
        "minutes",
        meetings=[meeting(body, date, "14:00", loc, "approved")],
        attendance=attendance,
        decisions=decisions,
        actions=gold_actions,
    )


if __name__ == "__main__":
    for old in HERE.glob("*.pdf"):
        old.unlink()
    for old in GOLD.glob("*.json"):
        old.unlink()
    for build_paper in PAPERS:
        build_paper()
        print("built", build_paper.__name__)
