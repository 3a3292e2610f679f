"""Build the blind4 set: synthetic board papers (invented bodies/people) and their gold.

Each paper is made from one data structure; the PDF and the gold JSON come from the same strings.
Run: .venv/bin/python tests/blind4/make.py   (writes *.pdf and gold/*.json beside this file)
"""

import json
import os
import subprocess
import tempfile

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
TT = "/usr/share/fonts/truetype/"
for n, p in [
    ("DejaVuSans", "dejavu/DejaVuSans.ttf"),
    ("DejaVuSans-Bold", "dejavu/DejaVuSans-Bold.ttf"),
    ("DejaVuSerif", "dejavu/DejaVuSerif.ttf"),
    ("DejaVuSerif-Bold", "dejavu/DejaVuSerif-Bold.ttf"),
    ("DejaVuSerifCondensed", "dejavu/DejaVuSerifCondensed.ttf"),
    ("DejaVuSansCondensed", "dejavu/DejaVuSansCondensed.ttf"),
    ("LiberationSerif", "liberation/LiberationSerif-Regular.ttf"),
    ("LiberationSerif-Bold", "liberation/LiberationSerif-Bold.ttf"),
    ("LiberationSansNarrow", "liberation/LiberationSansNarrow-Regular.ttf"),
    ("LiberationSansNarrow-Bold", "liberation/LiberationSansNarrow-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(n, TT + p))

BOLD = {
    "DejaVuSans": "DejaVuSans-Bold",
    "DejaVuSerif": "DejaVuSerif-Bold",
    "LiberationSerif": "LiberationSerif-Bold",
    "LiberationSansNarrow": "LiberationSansNarrow-Bold",
    "Times-Roman": "Times-Bold",
    "Helvetica": "Helvetica-Bold",
    "Courier": "Courier-Bold",
    "DejaVuSerifCondensed": "DejaVuSerif-Bold",
    "DejaVuSansCondensed": "DejaVuSans-Bold",
}


def st(font, size, **kw):
    return ParagraphStyle("s", fontName=font, fontSize=size, leading=size * 1.25, **kw)


def P(text, font, size, **kw):
    return Paragraph(text, st(font, size, **kw))


def grid(rows, widths, font, size, header_bg=colors.lightgrey, rules="grid", repeat=1):
    body = [
        [c if not isinstance(c, str) else P(c, font if r else BOLD[font], size) for c in row]
        for r, row in enumerate(rows)
    ]
    t = Table(body, colWidths=widths, repeatRows=repeat)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header_bg:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), header_bg))
    if rules == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.black))
    elif rules == "lines":
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey))
    t.setStyle(TableStyle(cmds))
    return t


def build(stem, story, pagesize=A4, header=None, footer=None, font="Helvetica", restart_at=None):
    """restart_at: list of (flowable-count boundaries) is not used; packs restart numbering via footer text."""
    path = os.path.join(HERE, stem + ".pdf")

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        w, h = pagesize
        if header:
            canvas.drawString(15 * mm, h - 10 * mm, header(doc.page) if callable(header) else header)
        if footer:
            canvas.drawCentredString(w / 2, 8 * mm, footer(doc.page) if callable(footer) else footer)
        canvas.restoreState()

    doc = SimpleDocTemplate(
        path,
        pagesize=pagesize,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=stem,
    )
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def docx_to_pdf(stem, make_doc):
    import docx

    d = docx.Document()
    make_doc(d)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, stem + ".docx")
        d.save(src)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, src],
            check=True,
            capture_output=True,
            timeout=180,
        )


GOLD = {}


def gold(stem, **types):
    g = {"file": stem + ".pdf"}
    for k in ("meetings", "attendance", "agenda_items", "decisions", "actions", "risks"):
        if k in types and not (k == "meetings" and not types[k]):  # meetings are judged on minutes/agendas/packs only
            g[k] = types[k]
    GOLD[stem] = g


def att(date, people):
    return [dict(meeting_date=date, name=n, attendance=a, role_text=r) for n, a, r in people]


# ---------------------------------------------------------------------------------------------
# 1. Minutes with decisions in a right-hand "Decision" column (landscape grid) - Harrowfell
def p01():
    stem = "2022-05-10-Harrowfell-Policing-Accountability-Board-minutes"
    date, F = "2022-05-10", "LiberationSansNarrow"
    people = [
        ("Imogen Tarrant", "member", "Police, Fire and Crime Commissioner (Chair)"),
        ("Rhys Oldroyd", "member", "Chief Constable"),
        ("Bethan Carrow", "member", "Deputy Chief Constable"),
        ("Tobias Wren", "member", "Chief Executive, OPFCC"),
        ("Niamh Fairweather", "in_attendance", "Chief Finance Officer, OPFCC"),
        ("Declan Moorcroft", "in_attendance", "Head of Strategy, Harrowfell Police"),
        ("Saskia Penhallow", "apologies", "Assistant Chief Constable"),
    ]
    rows = [
        ["Item", "Discussion", "Decision"],
        ["1", "The Chair welcomed those present. Apologies were received from ACC Saskia Penhallow.", "-"],
        [
            "2",
            "The minutes of the meeting held on 12 April 2022 were reviewed page by page.",
            "The Board approved the minutes of 12 April 2022 as an accurate record.",
        ],
        [
            "3",
            "DCC Carrow presented the quarterly performance pack. Response times in the rural north had slipped "
            "below the published standard for a second quarter.",
            "The Board agreed that a recovery plan for rural response times be presented in July 2022.",
        ],
        [
            "4",
            "The CFO set out the outturn position and a proposed drawdown from the estates reserve to fund the "
            "Millgate custody refurbishment.",
            "The Commissioner approved a drawdown of 420,000 pounds from the estates reserve.",
        ],
        [
            "5",
            "The Chief Constable summarised the inspection findings on crime data integrity.",
            "The Board noted the inspection report and the force response.",
        ],
        ["6", "No other business was raised. Next meeting: 14 June 2022.", "-"],
    ]
    decisions = [
        ("2", "approved", rows[2][2]),
        ("3", "agreed", rows[3][2]),
        ("4", "approved", rows[4][2]),
        ("5", "noted", rows[5][2]),
    ]
    story = [
        P("<b>HARROWFELL POLICING ACCOUNTABILITY BOARD</b>", F, 14),
        P(
            "Minutes of the meeting held on Tuesday 10 May 2022, 10:00 - 12:00, Conference Room B, "
            "Harrowfell Police Headquarters, Quarry Road, Eldwick",
            F,
            10,
        ),
        P("Status: APPROVED at the meeting of 14 June 2022", F, 9),
        Spacer(1, 4),
        grid(
            [
                ["Present", "In attendance", "Apologies"],
                [
                    "<br/>".join(f"{n} - {r}" for n, a, r in people if a == "member"),
                    "<br/>".join(f"{n} - {r}" for n, a, r in people if a == "in_attendance"),
                    "<br/>".join(f"{n} - {r}" for n, a, r in people if a == "apologies"),
                ],
            ],
            [90 * mm, 90 * mm, 85 * mm],
            F,
            9,
        ),
        Spacer(1, 6),
        grid(rows, [15 * mm, 140 * mm, 110 * mm], F, 9.5, header_bg=colors.Color(0.8, 0.9, 1)),
    ]
    build(stem, story, pagesize=landscape(A4), font=F, footer=lambda p: f"Harrowfell PAB minutes 10.05.22 | {p}")
    gold(
        stem,
        meetings=[
            dict(
                body="Harrowfell Policing Accountability Board",
                meeting_date=date,
                start_time="10:00",
                location="Conference Room B, Harrowfell Police Headquarters, Quarry Road, Eldwick",
                minutes_status="approved",
            )
        ],
        attendance=att(date, people),
        decisions=[dict(meeting_date=date, item_number=i, decision_type=t, text=x) for i, t, x in decisions],
        actions=[],
    )


# 2. Fire authority minutes, numbers like "23/145", RESOLVED (a)(b) - Caldermoor
def p02():
    stem = "Caldermoor-CFRA-minutes-19-Jan-2023"
    date, F = "2023-01-19", "Times-Roman"
    members = ["Margaret Quill", "Arjun Kesteven", "Penelope Strand", "Oswald Brayfield", "Yasmin Holt"]
    officers = [("Conrad Ledbetter", "Chief Fire Officer"), ("Fiona Ashgrove", "Treasurer")]
    apols = ["Victor Penrose", "Hilary Dunmore"]
    mins = [
        (
            "23/140",
            "APOLOGIES FOR ABSENCE",
            "Apologies were received from Councillors Victor Penrose and Hilary Dunmore.",
            None,
        ),
        (
            "23/141",
            "MINUTES",
            "RESOLVED that the minutes of the meeting held on 24 November 2022 be confirmed and signed by the Chair.",
            (
                "resolved",
                "RESOLVED that the minutes of the meeting held on 24 November 2022 be confirmed and signed by the Chair.",
            ),
        ),
        (
            "23/142",
            "REVENUE BUDGET 2023/24 AND PRECEPT",
            "The Treasurer presented the draft budget. Members discussed the pay award assumptions.<br/>"
            "RESOLVED that (a) the revenue budget of 41.2 million pounds be approved; (b) the Band D precept be set at 84.15 pounds; and (c) the capital programme be referred to the Resources Committee.",
            (
                "resolved",
                "RESOLVED that (a) the revenue budget of 41.2 million pounds be approved; (b) the Band D precept be set at 84.15 pounds; and (c) the capital programme be referred to the Resources Committee.",
            ),
        ),
        (
            "23/143",
            "ON-CALL AVAILABILITY",
            "The Chief Fire Officer reported on appliance availability at retained stations. The Authority noted the report.",
            ("noted", "The Authority noted the report."),
        ),
        (
            "23/144",
            "COMMUNITY RISK MANAGEMENT PLAN CONSULTATION",
            "RESOLVED that (a) the consultation document be approved for publication; and (b) the Chief Fire Officer be authorised to make minor drafting changes.",
            (
                "resolved",
                "RESOLVED that (a) the consultation document be approved for publication; and (b) the Chief Fire Officer be authorised to make minor drafting changes.",
            ),
        ),
        ("23/145", "EXCLUSION OF THE PRESS AND PUBLIC", "There were no exempt items.", None),
    ]
    story = [
        P("CALDERMOOR COMBINED FIRE AND RESCUE AUTHORITY", "Times-Bold", 13, alignment=1),
        Spacer(1, 4),
        P(
            "MINUTES of a meeting of the Caldermoor Combined Fire and Rescue Authority held at Brigade House, "
            "Tanner Street, Caldermoor on Thursday 19 January 2023 at 10.30 am",
            F,
            11,
        ),
        Spacer(1, 6),
        P("<b>PRESENT:</b> Councillor " + " (Chair), Councillors ".join([members[0], ", ".join(members[1:])]), F, 11),
        P("<b>Officers:</b> " + "; ".join(f"{r} {n}" for n, r in officers), F, 11),
        Spacer(1, 8),
    ]
    for no, head, body, _ in mins:
        story.append(
            Table(
                [[P(f"<b>{no}</b>", F, 11), [P(f"<b>{head}</b>", F, 11), P(body, F, 11, alignment=4)]]],
                colWidths=[22 * mm, 150 * mm],
                style=[("VALIGN", (0, 0), (-1, -1), "TOP")],
            )
        )
    story += [
        Spacer(1, 20),
        P("Chair ..............................   Date ..............", F, 11),
        P("DRAFT - subject to confirmation at the next meeting", "Times-Italic", 10),
    ]
    build(stem, story, font=F, footer=lambda p: f"- {p} -")
    people = (
        [(members[0], "member", "Chair")]
        + [(m, "member", "Councillor") for m in members[1:]]
        + [(n, "in_attendance", r) for n, r in officers]
        + [(n, "apologies", "Councillor") for n in apols]
    )
    gold(
        stem,
        meetings=[
            dict(
                body="Caldermoor Combined Fire and Rescue Authority",
                meeting_date=date,
                start_time="10:30",
                location="Brigade House, Tanner Street, Caldermoor",
                minutes_status="draft",
            )
        ],
        attendance=att(date, people),
        decisions=[dict(meeting_date=date, item_number=no, decision_type=d[0], text=d[1]) for no, _, _, d in mins if d],
        actions=[],
    )


# 3. Notes with "Agreed:" bullets and an "Actions agreed" table (python-docx -> LibreOffice) - Stanwick
def p03():
    stem = "stanwick-pcc-performance-board-notes-2021-11-03"
    date = "2021-11-03"
    people = [
        ("Gideon Harcourt", "member", "Police and Crime Commissioner", "GH"),
        ("Rosalind Tiernan", "member", "Chief Constable", "RT"),
        ("Marcus Embleton", "member", "Assistant Chief Constable", "ME"),
        ("Lydia Ashworth", "in_attendance", "Chief Executive, OPCC", "LA"),
        ("Pavel Novak", "in_attendance", "Performance Analyst, OPCC", "PN"),
        ("Eleanor Voss", "apologies", "Chief Finance Officer, OPCC", "EV"),
    ]
    items = [
        ("1", "Introductions and apologies", ["Apologies were received from Eleanor Voss."], []),
        (
            "2",
            "Notes of the previous meeting",
            ["The notes of 6 October 2021 were reviewed."],
            [("agreed", "The Commissioner agreed the notes of 6 October 2021 as a true record.")],
        ),
        (
            "3",
            "Burglary performance",
            ["ACC Embleton reported a fall in residential burglary of 9 percent."],
            [("noted", "The Commissioner noted the improvement in residential burglary outcomes.")],
        ),
        (
            "4",
            "Victim satisfaction survey",
            ["PN described the new survey method."],
            [("approved", "The Commissioner approved the revised survey questionnaire for use from January 2022.")],
        ),
        ("5", "Any other business", ["None."], []),
    ]
    actions = [
        ("PB/21/14", "Provide a breakdown of burglary outcomes by district.", "ME", "01/12/2021", "3"),
        ("PB/21/15", "Publish the survey method on the OPCC website.", "LA / PN", "15/12/2021", "4"),
        ("PB/21/16", "Arrange a briefing for panel members on the survey.", "LA", "TBC", "4"),
    ]

    def mk(d):
        d.add_heading("Stanwick PCC Performance Board", 0)
        d.add_paragraph("Notes of meeting - 3 November 2021, 14:00, Room 4, Stanwick Police HQ, Marsh Lane, Corby Vale")
        d.add_paragraph("Present: " + "; ".join(f"{n} ({i}), {r}" for n, a, r, i in people if a == "member"))
        d.add_paragraph(
            "In attendance: " + "; ".join(f"{n} ({i}), {r}" for n, a, r, i in people if a == "in_attendance")
        )
        d.add_paragraph("Apologies: " + "; ".join(f"{n} ({i}), {r}" for n, a, r, i in people if a == "apologies"))
        for no, title, paras, agreed in items:
            d.add_heading(f"{no}. {title}", 2)
            for p in paras:
                d.add_paragraph(p)
            if agreed:
                d.add_paragraph("Agreed:")
                for _, t in agreed:
                    d.add_paragraph(t, style="List Bullet")
        d.add_heading("Actions agreed", 2)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Owner", "Due", "Item"]):
            c.text = h
        for a in actions:
            for c, v in zip(t.add_row().cells, a):
                c.text = v
        from docx.shared import Cm

        for row in t.rows:
            for c, w in zip(row.cells, [2.5, 8.5, 2.5, 2.5, 1.2]):
                c.width = Cm(w)
        d.add_paragraph("Status of notes: Draft")

    docx_to_pdf(stem, mk)
    byi = {i: n for n, a, r, i in people}
    gold(
        stem,
        meetings=[
            dict(
                body="Stanwick PCC Performance Board",
                meeting_date=date,
                start_time="14:00",
                location="Room 4, Stanwick Police HQ, Marsh Lane, Corby Vale",
                minutes_status="draft",
            )
        ],
        attendance=att(date, [(n, a, r) for n, a, r, i in people]),
        decisions=[
            dict(meeting_date=date, item_number=no, decision_type=t, text=x) for no, _, _, ag in items for t, x in ag
        ],
        actions=[
            dict(
                description=d_,
                action_number=ref,
                raised_date=date,
                agenda_item_number=item,
                owners=[byi[o.strip()] for o in own.split("/")],
                target_date=_dmy(due),
                status="open",
                owner_text=own,
                target_date_text=due,
            )
            for ref, d_, own, due, item in actions
        ],
    )


def _dmy(s):
    import re

    m = re.fullmatch(r"(\d\d)[/.](\d\d)[/.](\d{2,4})", s.strip())
    if not m:
        return None
    y = m.group(3)
    y = "20" + y if len(y) == 2 else y
    return f"{y}-{m.group(2)}-{m.group(1)}"


# 4. Landscape agenda with presenter column and "For decision / For information" - Fenbridge JAC
def p04():
    stem = "Fenbridge_JAC_Agenda_2024-03-21"
    date, F = "2024-03-21", "DejaVuSerif"
    items = [
        ("1", "Apologies and declarations of interest", "Chair", "For information"),
        ("2", "Minutes of the meeting held on 14 December 2023", "Chair", "For decision"),
        ("3", "Internal audit progress report", "Kessel Audit Partners", "For information"),
        ("4", "External audit plan 2023/24", "Northgate LLP", "For information"),
        ("5", "Treasury management strategy 2024/25", "Joint Chief Finance Officer", "For decision"),
        ("6", "Joint corporate risk register", "Head of Governance", "For assurance"),
        ("7", "Committee work programme", "Chair", "For decision"),
    ]
    story = [
        P("Fenbridge Joint Audit Committee", BOLD[F], 15),
        P("Thursday 21 March 2024 at 2.00 pm - Council Chamber, Riverside House, Fenbridge", F, 10),
        Spacer(1, 6),
        P("AGENDA", BOLD[F], 12),
        Spacer(1, 4),
        grid(
            [["No.", "Item", "Presenter", "Purpose"]] + [list(i) for i in items],
            [15 * mm, 140 * mm, 65 * mm, 45 * mm],
            F,
            10,
            rules="lines",
        ),
        Spacer(1, 10),
        P("Members: Ursula Brightwell (Chair), Hamid Qureshi, Colette Ingram, Barnaby Sloane", F, 9),
    ]
    build(stem, story, pagesize=landscape(A4), font=F, header="OFFICIAL", footer="Page 1")
    gold(
        stem,
        meetings=[
            dict(
                body="Fenbridge Joint Audit Committee",
                meeting_date=date,
                start_time="14:00",
                location="Council Chamber, Riverside House, Fenbridge",
                minutes_status=None,
            )
        ],
        attendance=[],
        agenda_items=[dict(meeting_date=date, item_number=n, title=t, presenter_text=p) for n, t, p, _ in items],
        decisions=[],
        actions=[],
        risks=[],
    )


# 5. Council-style timed agenda in two columns (time left, business right) - Harrowfell panel
def p05():
    stem = "HPCP-agenda-7-Sept-2022"
    date, F = "2022-09-07", "Helvetica"
    items = [
        ("10.00", "1.", "Apologies for absence and substitutions"),
        ("10.05", "2.", "Declarations of interest"),
        ("10.10", "3.", "Minutes of the meeting held on 6 July 2022"),
        ("10.20", "4.", "Public questions"),
        ("10.35", "5.", "Commissioner's annual report 2021/22"),
        ("11.15", "6.", "Proposed appointment of Deputy Commissioner - confirmation hearing"),
        ("12.00", "7.", "Complaints against the Commissioner - update"),
        ("12.15", "8.", "Date of next meeting"),
    ]
    story = [
        P("HARROWFELL POLICE AND CRIME PANEL", BOLD[F], 14, alignment=1),
        P(
            "A meeting of the Harrowfell Police and Crime Panel will be held on Wednesday, 7th September, 2022 "
            "at 10.00 am in the Beckside Room, Town Hall, Eldwick",
            F,
            10,
        ),
        Spacer(1, 4),
        P("Contact: Democratic Services, 01632 960 411", F, 8),
        Spacer(1, 8),
        P("<b>BUSINESS</b>", F, 11),
    ]
    rows = [[P(t, F, 10), P(f"<b>{n}</b>", F, 10), P(x, F, 10)] for t, n, x in items]
    story.append(
        Table(
            rows,
            colWidths=[20 * mm, 12 * mm, 140 * mm],
            style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)],
        )
    )
    build(stem, story, font=F, footer=lambda p: f"Agenda Page {p}")
    gold(
        stem,
        meetings=[
            dict(
                body="Harrowfell Police and Crime Panel",
                meeting_date=date,
                start_time="10:00",
                location="Beckside Room, Town Hall, Eldwick",
                minutes_status=None,
            )
        ],
        attendance=[],
        agenda_items=[
            dict(meeting_date=date, item_number=n.rstrip("."), title=x, presenter_text=None) for _, n, x in items
        ],
        decisions=[],
        actions=[],
        risks=[],
    )


# 6. Action log with BRAG words, Date raised / Date closed - Lynwood Vale
def p06():
    stem = "LV-OPCC-action-log-Feb-2023"
    F = "DejaVuSansCondensed"
    acts = [
        (
            "LV23-01",
            "11/01/2023",
            "Circulate the revised estates strategy to board members.",
            "Chief Executive",
            "31/01/2023",
            "Blue",
            "27/01/2023",
        ),
        (
            "LV23-02",
            "11/01/2023",
            "Review staffing levels in the control room against the 999 answer target.",
            "ACC",
            "28/02/2023",
            "Amber",
            "",
        ),
        (
            "LV23-03",
            "11/01/2023",
            "Confirm the date for the joint workshop with the fire service.",
            "PCC / CC",
            "TBC",
            "Green",
            "",
        ),
        (
            "LV22-19",
            "09/11/2022",
            "Report on the uptake of body-worn video in neighbourhood teams.",
            "DCC",
            "30/11/2022 revised 15/03/2023",
            "Red",
            "",
        ),
        (
            "LV22-17",
            "09/11/2022",
            "Share the draft commissioning framework with partners.",
            "Head of Commissioning",
            "16/12/2022",
            "Blue",
            "14/12/2022",
        ),
        (
            "LV22-12",
            "14/09/2022",
            "Present options for the replacement of the records system.",
            "CFO",
            "Next meeting",
            "Amber",
            "",
        ),
    ]
    owners = {
        "Chief Executive": ["Chief Executive"],
        "ACC": ["Assistant Chief Constable"],
        "PCC / CC": ["Police and Crime Commissioner", "Chief Constable"],
        "DCC": ["Deputy Chief Constable"],
        "Head of Commissioning": ["Head of Commissioning"],
        "CFO": ["Chief Finance Officer"],
    }
    story = [
        P("Lynwood Vale Office of the Police and Crime Commissioner", BOLD[F], 12),
        P("Strategic Governance Board - Action Log (as at February 2023)", F, 10),
        P("BRAG key: Blue = complete; Red = off track; Amber = at risk; Green = on track", F, 8),
        Spacer(1, 6),
        grid(
            [["Ref", "Date raised", "Action", "Owner", "Target date", "BRAG", "Date closed"]] + [list(a) for a in acts],
            [18 * mm, 20 * mm, 75 * mm, 25 * mm, 27 * mm, 14 * mm, 20 * mm],
            F,
            8.5,
        ),
    ]
    build(stem, story, font=F, footer="Lynwood Vale OPCC - OFFICIAL")

    def tgt(s):
        return _dmy(s.split("revised")[-1].strip()) if "revised" in s else _dmy(s)

    gold(
        stem,
        meetings=[],
        attendance=[],
        agenda_items=[],
        decisions=[],
        risks=[],
        actions=[
            dict(
                description=d,
                action_number=r,
                raised_date=_dmy(rd),
                agenda_item_number=None,
                owners=owners[o],
                target_date=tgt(t),
                status="closed" if b == "Blue" else "open",
                owner_text=o,
                target_date_text=t,
            )
            for r, rd, d, o, t, b, _ in acts
        ],
    )


# 7. Action log split by meeting headings, unruled, RAG in words only - Ashcombe
def p07():
    stem = "ashcombe-accountability-board-actions"
    F = "Courier"
    groups = [
        (
            "Meeting of 2 March 2021",
            "2021-03-02",
            [
                (
                    "4",
                    "Produce a plan to reduce the backlog of digital forensic submissions.",
                    "DCC",
                    "30 April 2021",
                    "Amber",
                ),
                ("6", "Write to the Home Office about the uplift allocation.", "PCC", "19 March 2021", "Complete"),
            ],
        ),
        (
            "Meeting of 6 April 2021",
            "2021-04-06",
            [
                (
                    "3",
                    "Provide rural crime figures broken down by parish.",
                    "Head of Analysis",
                    "June meeting",
                    "Green",
                ),
                (
                    "5",
                    "Agree the terms of reference for the ethics panel.",
                    "Chief Executive and CC",
                    "31 May 2021",
                    "Red",
                ),
                ("7", "Circulate the custody healthcare contract summary.", "CFO", "16 April 2021", "Closed"),
            ],
        ),
    ]
    owners = {
        "DCC": ["Deputy Chief Constable"],
        "PCC": ["Police and Crime Commissioner"],
        "Head of Analysis": ["Head of Analysis"],
        "Chief Executive and CC": ["Chief Executive", "Chief Constable"],
        "CFO": ["Chief Finance Officer"],
    }
    story = [
        P("ASHCOMBE POLICE AND CRIME COMMISSIONER", BOLD[F], 11),
        P("ACCOUNTABILITY BOARD - ACTION LOG", BOLD[F], 11),
        Spacer(1, 8),
    ]
    for head, _, rows in groups:
        story += [
            P(f"<u>{head}</u>", BOLD[F], 10),
            Spacer(1, 3),
            grid(
                [["Item", "Action", "Lead", "By", "Progress"]] + [list(r) for r in rows],
                [12 * mm, 85 * mm, 30 * mm, 28 * mm, 22 * mm],
                F,
                8.5,
                header_bg=None,
                rules=None,
            ),
            Spacer(1, 10),
        ]
    build(stem, story, font=F, header="NOT PROTECTIVELY MARKED")
    import datetime

    def d(s):
        try:
            return datetime.datetime.strptime(s, "%d %B %Y").date().isoformat()
        except ValueError:
            return None

    gold(
        stem,
        meetings=[],
        attendance=[],
        agenda_items=[],
        decisions=[],
        risks=[],
        actions=[
            dict(
                description=a,
                action_number=None,
                raised_date=md,
                agenda_item_number=i,
                owners=owners[o],
                target_date=d(t),
                status="closed" if s in ("Complete", "Closed") else "open",
                owner_text=o,
                target_date_text=t,
            )
            for _, md, rows in groups
            for i, a, o, t, s in rows
        ],
    )


# 8. Excel-like grid tracker: tiny font, many columns, dated update columns - Fenbridge
def p08():
    stem = "Fenbridge-JAC-action-tracker-v3"
    F = "Helvetica"
    acts = [
        (
            "JAC/041",
            "14.12.23",
            "6",
            "Obtain assurance on the payroll control weaknesses.",
            "CFO",
            "08.03.24",
            "Work started",
            "Testing complete",
            "Open",
        ),
        (
            "JAC/042",
            "14.12.23",
            "7",
            "Add cyber resilience to the committee work programme.",
            "Head of Governance",
            "21.03.24",
            "Added",
            "-",
            "Closed",
        ),
        (
            "JAC/043",
            "14.12.23",
            "9",
            "Circulate the insurance renewal summary.",
            "Joint Chief Finance Officer",
            "31.01.24",
            "Sent 29.01",
            "-",
            "Closed",
        ),
        (
            "JAC/038",
            "21.09.23",
            "5",
            "Report progress on fleet telematics audit actions.",
            "ACC",
            "14.12.23 (now 21.03.24)",
            "Deferred",
            "On agenda",
            "Open",
        ),
        (
            "JAC/035",
            "21.09.23",
            "8",
            "Review the counter-fraud policy.",
            "Chief Executive / CFO",
            "Q4 2023/24",
            "Draft",
            "Consultation",
            "Open",
        ),
    ]
    owners = {
        "CFO": ["Chief Finance Officer"],
        "Head of Governance": ["Head of Governance"],
        "Joint Chief Finance Officer": ["Joint Chief Finance Officer"],
        "ACC": ["Assistant Chief Constable"],
        "Chief Executive / CFO": ["Chief Executive", "Chief Finance Officer"],
    }
    hdr = [
        "Action No",
        "Mtg date",
        "Agenda item",
        "Action",
        "Owner",
        "Due date",
        "Update Jan-24",
        "Update Mar-24",
        "Status",
    ]
    story = [
        P("Fenbridge Joint Audit Committee - Action Tracker", BOLD[F], 9),
        Spacer(1, 3),
        grid(
            [hdr] + [list(a) for a in acts],
            [16 * mm, 14 * mm, 12 * mm, 70 * mm, 32 * mm, 30 * mm, 28 * mm, 28 * mm, 14 * mm],
            F,
            6.5,
            header_bg=colors.Color(0.85, 0.95, 0.85),
        ),
    ]
    build(stem, story, pagesize=landscape(A4), font=F, footer="Sheet1")

    def tgt(s):
        return _dmy(s.split("(now")[-1].rstrip(")").strip()) if "now" in s else _dmy(s)

    gold(
        stem,
        meetings=[],
        attendance=[],
        agenda_items=[],
        decisions=[],
        risks=[],
        actions=[
            dict(
                description=d,
                action_number=r,
                raised_date=_dmy(m),
                agenda_item_number=i,
                owners=owners[o],
                target_date=tgt(t),
                status=s.lower(),
                owner_text=o,
                target_date_text=t,
            )
            for r, m, i, d, o, t, _, _, s in acts
        ],
    )


# 9. Risk register with "Risk appetite" column, scores "16 (High)", direction words - Caldermoor fire
def p09():
    stem = "2023-06-30-Caldermoor-CFRA-corporate-risk-register"
    F = "LiberationSerif"

    def band(s):
        return "High" if s >= 15 else ("Medium" if s >= 8 else "Low")

    risks = [
        (
            "Service delivery",
            [
                (
                    "CR01",
                    "Loss of on-call crewing at rural stations reduces appliance availability below the planned standard.",
                    "Cautious",
                    (4, 4),
                    (3, 4),
                    "Stable",
                ),
                (
                    "CR02",
                    "Failure of the mobilising system during a spate of calls delays the dispatch of appliances.",
                    "Averse",
                    (3, 5),
                    (2, 5),
                    "Improving",
                ),
            ],
        ),
        (
            "Finance and resources",
            [
                (
                    "CR03",
                    "Pay awards above the budget assumption create an unfunded gap in the medium term.",
                    "Open",
                    (4, 3),
                    (4, 3),
                    "Worsening",
                ),
                (
                    "CR04",
                    "Slippage in the station rebuild programme increases capital costs.",
                    "Cautious",
                    (3, 3),
                    (2, 3),
                    "Stable",
                ),
            ],
        ),
        (
            "People",
            [
                (
                    "CR05",
                    "Inability to recruit control room staff leads to sustained overtime and fatigue.",
                    "Cautious",
                    (4, 4),
                    (3, 3),
                    "Improving",
                )
            ],
        ),
    ]
    rows = [
        [
            "Ref",
            "Risk description",
            "Risk appetite",
            "Inherent L x I",
            "Inherent score",
            "Residual L x I",
            "Residual score",
            "Direction",
        ]
    ]
    style = []
    for obj, rs in risks:
        style.append(len(rows))
        rows.append([obj.upper(), "", "", "", "", "", "", ""])
        for ref, d, ap, i, r, dr in rs:
            rows.append(
                [
                    ref,
                    d,
                    ap,
                    f"{i[0]} x {i[1]}",
                    f"{i[0] * i[1]} ({band(i[0] * i[1])})",
                    f"{r[0]} x {r[1]}",
                    f"{r[0] * r[1]} ({band(r[0] * r[1])})",
                    dr,
                ]
            )
    t = grid(rows, [14 * mm, 95 * mm, 22 * mm, 20 * mm, 24 * mm, 20 * mm, 24 * mm, 22 * mm], F, 9)
    t.setStyle(
        TableStyle(
            [("SPAN", (0, i), (-1, i)) for i in style]
            + [("BACKGROUND", (0, i), (-1, i), colors.whitesmoke) for i in style]
        )
    )
    story = [
        P("Caldermoor Combined Fire and Rescue Authority", BOLD[F], 13),
        P("Corporate Risk Register - position at 30 June 2023", F, 11),
        P("Scoring: likelihood (1-5) x impact (1-5). Low 1-7, Medium 8-14, High 15-25.", F, 9),
        Spacer(1, 6),
        t,
    ]
    build(stem, story, pagesize=landscape(A4), font=F, footer=lambda p: f"Page {p}")
    gold(
        stem,
        meetings=[],
        attendance=[],
        agenda_items=[],
        decisions=[],
        actions=[],
        risks=[
            dict(
                reference=ref,
                objective=obj,
                description=d,
                ratings=[
                    dict(
                        phase="inherent",
                        phase_text="Inherent",
                        likelihood=i[0],
                        impact=i[1],
                        score=i[0] * i[1],
                        register_date="2023-06-30",
                    ),
                    dict(
                        phase="current",
                        phase_text="Residual",
                        likelihood=r[0],
                        impact=r[1],
                        score=r[0] * r[1],
                        register_date="2023-06-30",
                    ),
                ],
            )
            for obj, rs in risks
            for ref, d, ap, i, r, dr in rs
        ],
    )


# 10. Risk cards with "Red 20" ratings, 4x4? no: 5x5 with colour words - Stanwick
def p10():
    stem = "Stanwick_OPCC_Risk_Register_Q2_2022-23"
    F = "DejaVuSans"

    def col(s):
        return "Red" if s >= 15 else ("Amber" if s >= 6 else "Green")

    cards = [
        (
            "OR1",
            "Governance",
            "The Commissioner cannot demonstrate effective scrutiny of the force because performance data arrives late.",
            "Chief Executive",
            (4, 4),
            (3, 3),
            (2, 3),
            "12/09/2022",
        ),
        (
            "OR2",
            "Finance",
            "Grant income for victim services ends in March 2023 without a replacement source.",
            "Chief Finance Officer",
            (5, 4),
            (4, 4),
            (2, 4),
            "19/09/2022",
        ),
        (
            "OR3",
            "Information",
            "Personal data held by the complaints team is disclosed in error.",
            "Data Protection Officer",
            (3, 5),
            (2, 5),
            (1, 5),
            "05/09/2022",
        ),
        (
            "OR4",
            "Partnerships",
            "Community safety partners withdraw from the joint hub, reducing early intervention.",
            "Head of Partnerships",
            (3, 4),
            (3, 3),
            (2, 3),
            "26/09/2022",
        ),
    ]
    story = [
        P("Stanwick Office of the Police and Crime Commissioner", BOLD[F], 13),
        P("Risk Register - Quarter 2 2022/23", F, 10),
        Spacer(1, 8),
    ]
    for ref, obj, d, own, i, c, t, upd in cards:
        rows = [
            [P(f"<b>{ref} - {obj}</b>", F, 10), ""],
            [P("Risk", F, 9), P(d, F, 9)],
            [P("Owner", F, 9), P(own, F, 9)],
            [P("Inherent", F, 9), P(f"L{i[0]} x I{i[1]} = {col(i[0] * i[1])} {i[0] * i[1]}", F, 9)],
            [P("Current", F, 9), P(f"L{c[0]} x I{c[1]} = {col(c[0] * c[1])} {c[0] * c[1]}", F, 9)],
            [P("Target", F, 9), P(f"L{t[0]} x I{t[1]} = {col(t[0] * t[1])} {t[0] * t[1]}", F, 9)],
            [P("Last updated", F, 9), P(upd, F, 9)],
        ]
        story += [
            KeepTogether(
                Table(
                    rows,
                    colWidths=[35 * mm, 140 * mm],
                    style=[
                        ("BOX", (0, 0), (-1, -1), 1, colors.black),
                        ("SPAN", (0, 0), (-1, 0)),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.7)),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ],
                )
            ),
            Spacer(1, 10),
        ]
    build(stem, story, font=F, footer=lambda p: f"{p}")

    def ph(p, pt, lc, u):
        return dict(phase=p, phase_text=pt, likelihood=lc[0], impact=lc[1], score=lc[0] * lc[1], register_date=_dmy(u))

    gold(
        stem,
        meetings=[],
        attendance=[],
        agenda_items=[],
        decisions=[],
        actions=[],
        risks=[
            dict(
                reference=ref,
                objective=obj,
                description=d,
                ratings=[
                    ph("inherent", "Inherent", i, u),
                    ph("current", "Current", c, u),
                    ph("target", "Target", t, u),
                ],
            )
            for ref, obj, d, own, i, c, t, u in cards
        ],
    )


# 11. Pack: cover report then a register; each paper restarts its page numbering - Lynwood Vale
def p11():
    stem = "LV-Joint-Audit-Committee-2023-10-18-risk-report"
    F = "DejaVuSerifCondensed"
    risks = [
        (
            "SR-01",
            "Public confidence",
            "Loss of public confidence following a serious misconduct case.",
            (3, 5),
            (2, 5),
        ),
        (
            "SR-02",
            "Public confidence",
            "Failure to meet the national standard for answering 101 calls.",
            (4, 3),
            (3, 3),
        ),
        (
            "SR-03",
            "Capacity",
            "Detective vacancies leave serious crime investigations under-resourced.",
            (5, 4),
            (4, 4),
        ),
        ("SR-04", "Capacity", "Ageing fleet increases breakdowns and off-road time.", (3, 3), (3, 2)),
    ]
    story = [
        P("Lynwood Vale Joint Audit Committee", BOLD[F], 13),
        P("18 October 2023 - Agenda item 8", F, 10),
        Spacer(1, 6),
        P("<b>Strategic risk register update</b>", F, 11),
        P("<b>1. Purpose</b>", F, 10),
        P(
            "To present the force and OPCC strategic risks as reviewed by the Joint Risk Group on 2 October 2023.",
            F,
            10,
        ),
        P("<b>2. Recommendation</b>", F, 10),
        P("The Committee is asked to note the register and the movement in risk SR-03.", F, 10),
        P("<b>3. Summary</b>", F, 10),
        P("Four strategic risks are held. One has increased since the last report.", F, 10),
        PageBreak(),
        P("Appendix A - Strategic Risk Register (reviewed 2 October 2023)", BOLD[F], 11),
        Spacer(1, 6),
    ]
    rows = [["Ref", "Theme", "Risk", "Pre-mitigation (L/I/Score)", "Post-mitigation (L/I/Score)"]]
    for ref, th, d, a, b in risks:
        rows.append([ref, th, d, f"{a[0]} / {a[1]} / {a[0] * a[1]}", f"{b[0]} / {b[1]} / {b[0] * b[1]}"])
    story.append(grid(rows, [15 * mm, 28 * mm, 75 * mm, 31 * mm, 31 * mm], F, 9))
    pages = {1: "Report - Page 1 of 1", 2: "Appendix A - Page 1 of 1"}
    build(stem, story, font=F, footer=lambda p: pages.get(p, ""))
    gold(
        stem,
        attendance=[],
        agenda_items=[],
        decisions=[],
        actions=[],
        risks=[
            dict(
                reference=r,
                objective=th,
                description=d,
                ratings=[
                    dict(
                        phase="inherent",
                        phase_text="Pre-mitigation",
                        likelihood=a[0],
                        impact=a[1],
                        score=a[0] * a[1],
                        register_date="2023-10-02",
                    ),
                    dict(
                        phase="current",
                        phase_text="Post-mitigation",
                        likelihood=b[0],
                        impact=b[1],
                        score=b[0] * b[1],
                        register_date="2023-10-02",
                    ),
                ],
            )
            for r, th, d, a, b in risks
        ],
    )


# 12. Combined pack: agenda + minutes ("(a)(b)" resolutions) + action log + register - Ashcombe
def p12():
    stem = "Ashcombe-Strategic-Board-pack-08.02.2024"
    F, date, prev = "Times-Roman", "2024-02-08", "2023-12-07"
    agenda = [
        ("1", "Apologies", "Chair"),
        ("2", "Minutes of 7 December 2023 and action log", "Chair"),
        ("3", "Strategic risk register", "Head of Risk"),
        ("4", "Precept proposal 2024/25", "CFO"),
        ("5", "Any other business", "Chair"),
    ]
    people = [
        ("Winifred Aske", "member", "Police and Crime Commissioner (Chair)", "WA"),
        ("Callum Rushworth", "member", "Chief Constable", "CR"),
        ("Joanna Pemberton", "member", "Chief Executive", "JP"),
        ("Felix Danby", "in_attendance", "Head of Risk", "FD"),
        ("Harriet Coyle", "apologies", "Chief Finance Officer", "HC"),
    ]
    mins = [
        ("1", "Apologies were received from Harriet Coyle.", None, None),
        (
            "2",
            "Budget monitoring. The Board resolved: (a) to note the forecast underspend; (b) to approve the carry forward of 85,000 pounds to 2024/25.",
            (
                "resolved",
                "The Board resolved: (a) to note the forecast underspend; (b) to approve the carry forward of 85,000 pounds to 2024/25.",
            ),
            ("ASB/31", "Prepare a carry forward schedule for the year-end accounts.", "JP", "31/03/2024"),
        ),
        (
            "3",
            "Neighbourhood policing model. The Board endorsed the proposed ward-based model for consultation.",
            ("endorsed", "The Board endorsed the proposed ward-based model for consultation."),
            (
                "ASB/32",
                "Brief local councillors on the neighbourhood model before consultation opens.",
                "CR / FD",
                "19/01/2024",
            ),
        ),
    ]
    log = [
        (
            "ASB/28",
            "05/10/2023",
            "Commission a review of the victims' hub referral process.",
            "Chief Executive",
            "30/11/2023",
            "Complete",
        ),
        (
            "ASB/31",
            "07/12/2023",
            "Prepare a carry forward schedule for the year-end accounts.",
            "JP",
            "31/03/2024",
            "Open",
        ),
        (
            "ASB/32",
            "07/12/2023",
            "Brief local councillors on the neighbourhood model before consultation opens.",
            "CR / FD",
            "19/01/2024",
            "Complete",
        ),
    ]
    risks = [
        ("AR1", "Ability to balance the medium-term budget.", (4, 4), (3, 4)),
        ("AR2", "Cyber attack disrupts force systems.", (4, 5), (3, 5)),
        ("AR3", "Recruitment targets for police staff investigators are missed.", (3, 3), (3, 2)),
    ]
    story = [
        P("ASHCOMBE STRATEGIC BOARD", BOLD[F], 16, alignment=1),
        Spacer(1, 10),
        P(
            "Thursday 8 February 2024, 9.30am, Boardroom, Ashcombe Police Headquarters, Kestrel Way, Ashby Moor",
            F,
            12,
            alignment=1,
        ),
        Spacer(1, 10),
        P("AGENDA", BOLD[F], 12),
        grid(
            [["Item", "Subject", "Lead"]] + [list(a) for a in agenda],
            [15 * mm, 110 * mm, 45 * mm],
            F,
            11,
            rules="lines",
        ),
        PageBreak(),
        P("Paper 1", BOLD[F], 10),
        P(
            "ASHCOMBE STRATEGIC BOARD - MINUTES OF THE MEETING HELD ON 7 DECEMBER 2023 AT 10.00AM, BOARDROOM, ASHCOMBE POLICE HEADQUARTERS",
            BOLD[F],
            11,
        ),
        P("UNCONFIRMED", F, 10),
        Spacer(1, 4),
        grid(
            [["Name", "Role", "Initials", "Attendance"]]
            + [
                [n, r, i, {"member": "Present", "in_attendance": "In attendance", "apologies": "Apologies"}[a]]
                for n, a, r, i in people
            ],
            [50 * mm, 70 * mm, 20 * mm, 30 * mm],
            F,
            10,
        ),
        Spacer(1, 6),
    ]
    for no, text, _, act in mins:
        story.append(P(f"<b>{no}.</b> {text}", F, 11))
        if act:
            story.append(P(f"<i>Action {act[0]}: {act[1]} ({act[2]}, by {act[3]})</i>", F, 11))
        story.append(Spacer(1, 4))
    story += [
        PageBreak(),
        P("Paper 2 - Action log", BOLD[F], 12),
        grid(
            [["No.", "Raised", "Action", "Owner", "Due", "Status"]] + [list(l) for l in log],
            [18 * mm, 22 * mm, 70 * mm, 25 * mm, 22 * mm, 20 * mm],
            F,
            9.5,
        ),
        PageBreak(),
        P("Paper 3 - Strategic risk register (as at 31 January 2024)", BOLD[F], 12),
        grid(
            [["Ref", "Risk", "Inherent", "Residual"]]
            + [
                [
                    r,
                    d,
                    f"Red {a[0] * a[1]} ({a[0]}x{a[1]})"
                    if a[0] * a[1] >= 15
                    else f"Amber {a[0] * a[1]} ({a[0]}x{a[1]})",
                    f"Red {b[0] * b[1]} ({b[0]}x{b[1]})"
                    if b[0] * b[1] >= 15
                    else f"Amber {b[0] * b[1]} ({b[0]}x{b[1]})",
                ]
                for r, d, a, b in risks
            ],
            [15 * mm, 95 * mm, 35 * mm, 35 * mm],
            F,
            10,
        ),
    ]
    labels = {1: "Agenda", 2: "Paper 1 - page 1", 3: "Paper 2 - page 1", 4: "Paper 3 - page 1"}
    build(stem, story, font=F, footer=lambda p: labels.get(p, str(p)))
    byi = {i: n for n, a, r, i in people}

    def own(s):
        return [byi.get(x.strip(), "Chief Executive") for x in s.split("/")]

    gold(
        stem,
        meetings=[
            dict(
                body="Ashcombe Strategic Board",
                meeting_date=date,
                start_time="09:30",
                location="Boardroom, Ashcombe Police Headquarters, Kestrel Way, Ashby Moor",
                minutes_status=None,
            ),
            dict(
                body="Ashcombe Strategic Board",
                meeting_date=prev,
                start_time="10:00",
                location="Boardroom, Ashcombe Police Headquarters",
                minutes_status="draft",
            ),
        ],
        attendance=att(prev, [(n, a, r) for n, a, r, i in people]),
        agenda_items=[dict(meeting_date=date, item_number=n, title=t, presenter_text=p) for n, t, p in agenda],
        decisions=[dict(meeting_date=prev, item_number=no, decision_type=d[0], text=d[1]) for no, _, d, _ in mins if d],
        actions=[
            dict(
                description=d,
                action_number=n,
                raised_date=_dmy(r),
                agenda_item_number={"ASB/31": "2", "ASB/32": "3"}.get(n),
                owners=own(o) if o != "Chief Executive" else ["Chief Executive"],
                target_date=_dmy(t),
                status="closed" if s == "Complete" else "open",
                owner_text=o,
                target_date_text=t,
            )
            for n, r, d, o, t, s in log
        ],
        risks=[
            dict(
                reference=r,
                objective=None,
                description=d,
                ratings=[
                    dict(
                        phase="inherent",
                        phase_text="Inherent",
                        likelihood=a[0],
                        impact=a[1],
                        score=a[0] * a[1],
                        register_date="2024-01-31",
                    ),
                    dict(
                        phase="current",
                        phase_text="Residual",
                        likelihood=b[0],
                        impact=b[1],
                        score=b[0] * b[1],
                        register_date="2024-01-31",
                    ),
                ],
            )
            for r, d, a, b in risks
        ],
    )


# 13. Two-column narrative minutes with "Outcome:" labels and "ACTION (owner):" lines - Kelderby
def p13():
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    stem = "Kelderby-Police-and-Crime-Commissioner-Scrutiny-Meeting-Minutes-(2)"
    F, date = "DejaVuSerif", "2022-07-26"
    people = [
        ("Ottilie Brammer", "member", "Police and Crime Commissioner"),
        ("Ambrose Feltham", "member", "Chief Constable"),
        ("Josephine Achterberg", "member", "Chief Executive"),
        ("Kenji Holroyd", "in_attendance", "Head of Finance, Kelderby Police"),
        ("Moira Scarsdale", "in_attendance", "Scrutiny Officer"),
        ("Thaddeus Lyle", "apologies", "Deputy Chief Constable"),
    ]
    items = [
        ("1", "Welcome", "The Commissioner opened the meeting.", None, None),
        (
            "2",
            "Minutes and matters arising",
            "The previous minutes were checked for accuracy.",
            ("agreed", "The Commissioner agreed the minutes of 28 June 2022."),
            None,
        ),
        (
            "3",
            "Road safety",
            "The Chief Constable described the summer enforcement campaign on rural routes and the casualty figures for the first quarter.",
            ("noted", "The Commissioner noted the casualty reduction figures."),
            ("Publish the campaign results on the force website.", "Chief Constable", "30 September 2022"),
        ),
        (
            "4",
            "Capital programme",
            "Kenji Holroyd presented slippage on the firearms range project.",
            ("approved", "The Commissioner approved the revised profile of the capital programme for 2022/23."),
            ("Report the revised range completion date to the next meeting.", "Head of Finance", "next meeting"),
        ),
        (
            "5",
            "Independent custody visiting",
            "The annual report of the scheme was received.",
            ("endorsed", "The Commissioner endorsed the annual report for publication."),
            None,
        ),
    ]
    path = os.path.join(HERE, stem + ".pdf")
    W, H = A4
    fw = (W - 40 * mm) / 2
    doc = BaseDocTemplate(path, pagesize=A4, title=stem)
    first = [
        Frame(15 * mm, H - 75 * mm, W - 30 * mm, 60 * mm, id="top"),
        Frame(15 * mm, 15 * mm, fw, H - 92 * mm, id="l"),
        Frame(25 * mm + fw, 15 * mm, fw, H - 92 * mm, id="r"),
    ]
    later = [Frame(15 * mm, 15 * mm, fw, H - 30 * mm, id="l2"), Frame(25 * mm + fw, 15 * mm, fw, H - 30 * mm, id="r2")]

    def foot(c, d):
        c.saveState()
        c.setFont(F, 7)
        c.drawRightString(W - 15 * mm, 8 * mm, f"Page {d.page}")
        c.restoreState()

    from reportlab.platypus import FrameBreak, NextPageTemplate

    doc.addPageTemplates([PageTemplate("first", first, onPage=foot), PageTemplate("later", later, onPage=foot)])
    story = [
        NextPageTemplate("later"),
        P("Kelderby Police and Crime Commissioner", BOLD[F], 13),
        P("Scrutiny Meeting - Minutes", F, 11),
        P("26 July 2022 | 1.30pm | Committee Room 2, Kelderby Police Headquarters, Beacon Road, Thornleigh", F, 9),
        P("Final version - approved 23 August 2022", F, 8),
        Spacer(1, 4),
        P("<b>Attendees:</b> " + "; ".join(f"{n} ({r})" for n, a, r in people if a == "member"), F, 8.5),
        P("<b>Also present:</b> " + "; ".join(f"{n} ({r})" for n, a, r in people if a == "in_attendance"), F, 8.5),
        P("<b>Apologies:</b> " + "; ".join(f"{n} ({r})" for n, a, r in people if a == "apologies"), F, 8.5),
        FrameBreak(),
    ]
    for no, title, body, dec, act in items:
        story += [P(f"<b>{no}  {title.upper()}</b>", F, 9), P(body, F, 9, alignment=4)]
        if dec:
            story.append(P(f"<b>Outcome:</b> {dec[1]}", F, 9))
        if act:
            story.append(P(f"<b>ACTION ({act[1]}):</b> {act[0]} Due: {act[2]}", F, 9))
        story.append(Spacer(1, 6))
        if no == "3":  # continue in the right-hand column, as a two-column newsletter-style minute would
            story.append(FrameBreak())
    doc.build(story)
    import datetime

    def d(s):
        try:
            return datetime.datetime.strptime(s, "%d %B %Y").date().isoformat()
        except ValueError:
            return None

    gold(
        stem,
        meetings=[
            dict(
                body="Kelderby Police and Crime Commissioner Scrutiny Meeting",
                meeting_date=date,
                start_time="13:30",
                location="Committee Room 2, Kelderby Police Headquarters, Beacon Road, Thornleigh",
                minutes_status="approved",
            )
        ],
        attendance=att(date, people),
        decisions=[
            dict(meeting_date=date, item_number=no, decision_type=dec[0], text=dec[1])
            for no, _, _, dec, _ in items
            if dec
        ],
        actions=[
            dict(
                description=a[0],
                action_number=None,
                raised_date=date,
                agenda_item_number=no,
                owners=[a[1]],
                target_date=d(a[2]),
                status="open",
                owner_text=a[1],
                target_date_text=a[2],
            )
            for no, _, _, _, a in items
            if a
        ],
    )


# 14. 4x4 register as a list with a heat map of references; ratings "16 (High)" on the 4x4 scale - Harrowfell OPFCC
def p14():
    stem = "harrowfell-opfcc-risk-register-march23"
    F = "LiberationSansNarrow"

    def lvl(s):
        return "High" if s >= 12 else ("Medium" if s >= 6 else "Low")

    risks = [
        (
            "OPFCC 1",
            "Commissioning",
            "Victim support provider fails to meet contract standards.",
            (3, 4),
            (2, 2),
            "Head of Commissioning",
            "14 March 2023",
        ),
        (
            "OPFCC 2",
            "Commissioning",
            "Reduced funding for domestic abuse refuges from partners.",
            (4, 4),
            (3, 3),
            "Chief Executive",
            "14 March 2023",
        ),
        (
            "OPFCC 3",
            "Governance",
            "Complaint reviews exceed the statutory timescale.",
            (2, 3),
            (2, 2),
            "Complaints Manager",
            "2 March 2023",
        ),
        (
            "OPFCC 4",
            "Fire governance",
            "Fire service reserves fall below the minimum set in the reserves strategy.",
            (3, 3),
            (2, 3),
            "Chief Finance Officer",
            "2 March 2023",
        ),
    ]
    rows = [["Ref", "Area", "Risk", "Owner", "Current (L, I, score)", "Target (L, I, score)", "Reviewed"]]
    for ref, ar, d, c, t, o, r in risks:
        rows.append(
            [
                ref,
                ar,
                d,
                o,
                f"{c[0]}, {c[1]}, {c[0] * c[1]} ({lvl(c[0] * c[1])})",
                f"{t[0]}, {t[1]}, {t[0] * t[1]} ({lvl(t[0] * t[1])})",
                r,
            ]
        )
    hm = [["Likelihood / Impact", "1", "2", "3", "4"]]
    for L in (4, 3, 2, 1):
        hm.append([str(L)] + [", ".join(ref for ref, _, _, c, _, _, _ in risks if c == (L, I)) for I in (1, 2, 3, 4)])
    story = [
        P("Office of the Police, Fire and Crime Commissioner for Harrowfell", BOLD[F], 12),
        P("Risk Register - March 2023 (4 x 4 scoring: Low 1-5, Medium 6-11, High 12-16)", F, 10),
        Spacer(1, 6),
        grid(rows, [18 * mm, 28 * mm, 60 * mm, 30 * mm, 28 * mm, 28 * mm, 22 * mm], F, 9, rules="lines"),
        Spacer(1, 12),
        P("Current risk heat map", BOLD[F], 10),
        grid(hm, [30 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm], F, 9),
    ]
    build(stem, story, font=F, header="OFFICIAL-SENSITIVE (redacted for publication)", footer=lambda p: f"p.{p}")
    import datetime

    def dd(s):
        return datetime.datetime.strptime(s, "%d %B %Y").date().isoformat()

    gold(
        stem,
        meetings=[],
        attendance=[],
        agenda_items=[],
        decisions=[],
        actions=[],
        risks=[
            dict(
                reference=ref,
                objective=ar,
                description=d,
                ratings=[
                    dict(
                        phase="current",
                        phase_text="Current",
                        likelihood=c[0],
                        impact=c[1],
                        score=c[0] * c[1],
                        register_date=dd(r),
                    ),
                    dict(
                        phase="target",
                        phase_text="Target",
                        likelihood=t[0],
                        impact=t[1],
                        score=t[0] * t[1],
                        register_date=dd(r),
                    ),
                ],
            )
            for ref, ar, d, c, t, o, r in risks
        ],
    )


# 15. Word-produced combined pack (agenda, minutes with "(a)(b)" resolutions, action log, register) - Brenmouth JIAC
def p15():
    stem = "Brenmouth JIAC papers 12 October 2023"
    date, prev = "2023-10-12", "2023-07-13"
    agenda = [
        ("1", "Apologies and declarations", "Chair"),
        ("2", "Minutes of the meeting on 13 July 2023", "Chair"),
        ("3", "Action log", "Committee Secretary"),
        ("4", "Annual governance statement 2022/23", "Chief Executive"),
        ("5", "Joint strategic risk register", "Risk and Insurance Manager"),
        ("6", "Exclusion of the press and public", "Chair"),
    ]
    people = [
        ("Rupert Kilbride", "member", "Independent member (Chair)"),
        ("Sunita Varma", "member", "Independent member"),
        ("Gethin Rowlands", "member", "Independent member"),
        ("Clemency Ward", "in_attendance", "Chief Finance Officer, OPCC"),
        ("Ibrahim Lowther", "in_attendance", "Risk and Insurance Manager"),
        ("Agnes Whitlock", "apologies", "Independent member"),
    ]
    mins = [
        (
            "JIAC 21/23",
            "Minutes",
            "RESOLVED: that the minutes of the meeting held on 13 April 2023 be approved as a correct record.",
            (
                "resolved",
                "RESOLVED: that the minutes of the meeting held on 13 April 2023 be approved as a correct record.",
            ),
        ),
        (
            "JIAC 22/23",
            "Internal audit annual opinion",
            "The Head of Internal Audit gave a reasonable assurance opinion. RESOLVED: (a) that the annual opinion be noted; and (b) that the two limited assurance reports be followed up at the October meeting.",
            (
                "resolved",
                "RESOLVED: (a) that the annual opinion be noted; and (b) that the two limited assurance reports be followed up at the October meeting.",
            ),
        ),
        (
            "JIAC 23/23",
            "Draft statement of accounts",
            "Members asked about the pension liability. The Committee noted the draft accounts.",
            ("noted", "The Committee noted the draft accounts."),
        ),
    ]
    log = [
        (
            "JIAC 22/23",
            "13/07/2023",
            "Follow up the two limited assurance audit reports.",
            "Chief Finance Officer",
            "12/10/2023",
            "Green",
            "",
        ),
        (
            "JIAC 23/23",
            "13/07/2023",
            "Circulate a note on the pension liability movement.",
            "Chief Finance Officer",
            "31/08/2023",
            "Blue",
            "25/08/2023",
        ),
        (
            "JIAC 09/23",
            "13/04/2023",
            "Arrange a cyber security training session for members.",
            "Risk and Insurance Manager",
            "Autumn 2023",
            "Amber",
            "",
        ),
    ]
    risks = [
        (
            "JSR 1",
            "Failure to deliver the savings plan in the medium-term financial strategy.",
            "Minimalist",
            (4, 4),
            (3, 4),
            "Stable",
        ),
        ("JSR 2", "Loss of critical ICT services after a cyber incident.", "Averse", (4, 5), (3, 5), "Increasing"),
        ("JSR 3", "Inadequate vetting capacity delays recruitment.", "Cautious", (3, 3), (2, 3), "Reducing"),
    ]

    def mk(d):
        from docx.enum.section import WD_ORIENT, WD_SECTION
        from docx.shared import Pt

        d.styles["Normal"].font.name = "Liberation Sans"
        d.styles["Normal"].font.size = Pt(10)

        def footer(section, text):
            section.footer.is_linked_to_previous = False
            section.footer.paragraphs[0].text = text

        def table(rows):
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for r in rows:
                for c, v in zip(t.add_row().cells, r):
                    c.text = v

        footer(d.sections[0], "Brenmouth JIAC - Agenda")
        d.add_heading("Brenmouth Joint Independent Audit Committee", 0)
        d.add_paragraph("Thursday 12 October 2023 at 10.00am")
        d.add_paragraph("Venue: The Guildhall, Market Square, Brenmouth")
        d.add_heading("Agenda", 1)
        table([["Item", "Title", "Presented by"]] + [list(a) for a in agenda])
        sec = d.add_section(WD_SECTION.NEW_PAGE)
        footer(sec, "Item 2 - Minutes - Page 1")
        d.add_heading("Item 2", 2)
        d.add_paragraph(
            "Minutes of the meeting of the Brenmouth Joint Independent Audit Committee held on 13 July 2023 at 10.00am at The Guildhall, Market Square, Brenmouth"
        )
        d.add_paragraph("(Draft - subject to approval)")
        for lab, a in (
            ("Members present", "member"),
            ("Officers in attendance", "in_attendance"),
            ("Apologies", "apologies"),
        ):
            d.add_paragraph(lab + ": " + ", ".join(f"{n} ({r})" for n, aa, r in people if aa == a))
        for no, head, body, _ in mins:
            p = d.add_paragraph()
            p.add_run(f"{no}  {head}").bold = True
            d.add_paragraph(body)
        sec = d.add_section(WD_SECTION.NEW_PAGE)
        footer(sec, "Item 3 - Action log - Page 1")
        d.add_heading("Item 3 - Action log", 2)
        table([["Minute", "Date raised", "Action", "Owner", "Target", "BRAG", "Date closed"]] + [list(l) for l in log])
        sec = d.add_section(WD_SECTION.NEW_PAGE)
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
        footer(sec, "Item 5 - Appendix 1 - Page 1")
        d.add_heading("Item 5 - Joint strategic risk register (September 2023)", 2)
        table(
            [["Risk no.", "Description", "Risk appetite", "Inherent (LxI=S)", "Residual (LxI=S)", "Trend"]]
            + [
                [r, x, ap, f"{a[0]}x{a[1]}={a[0] * a[1]}", f"{b[0]}x{b[1]}={b[0] * b[1]}", tr]
                for r, x, ap, a, b, tr in risks
            ]
        )

    docx_to_pdf(stem, mk)

    def owners(o):
        return [o]

    gold(
        stem,
        meetings=[
            dict(
                body="Brenmouth Joint Independent Audit Committee",
                meeting_date=date,
                start_time="10:00",
                location="The Guildhall, Market Square, Brenmouth",
                minutes_status=None,
            ),
            dict(
                body="Brenmouth Joint Independent Audit Committee",
                meeting_date=prev,
                start_time="10:00",
                location="The Guildhall, Market Square, Brenmouth",
                minutes_status="draft",
            ),
        ],
        attendance=att(prev, people),
        agenda_items=[dict(meeting_date=date, item_number=n, title=t, presenter_text=p) for n, t, p in agenda],
        decisions=[dict(meeting_date=prev, item_number=no, decision_type=dd[0], text=dd[1]) for no, _, _, dd in mins],
        actions=[
            dict(
                description=x,
                action_number=None,
                raised_date=_dmy(r),
                agenda_item_number=m,
                owners=owners(o),
                target_date=_dmy(t),
                status="closed" if b == "Blue" else "open",
                owner_text=o,
                target_date_text=t,
            )
            for m, r, x, o, t, b, _ in log
        ],
        risks=[
            dict(
                reference=r,
                objective=None,
                description=x,
                ratings=[
                    dict(
                        phase="inherent",
                        phase_text="Inherent",
                        likelihood=a[0],
                        impact=a[1],
                        score=a[0] * a[1],
                        register_date=None,
                    ),
                    dict(
                        phase="current",
                        phase_text="Residual",
                        likelihood=b[0],
                        impact=b[1],
                        score=b[0] * b[1],
                        register_date=None,
                    ),
                ],
            )
            for r, x, ap, a, b, tr in risks
        ],
    )


if __name__ == "__main__":
    import sys

    for f in [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15]:
        try:
            f()
        except Exception as e:  # report and go on
            print("FAILED", f.__name__, e, file=sys.stderr)
    for stem, g in GOLD.items():
        with open(os.path.join(HERE, "gold", stem + ".json"), "w") as fh:
            json.dump(g, fh, indent=1, ensure_ascii=False)
    print(len(GOLD), "papers")
