"""2016-09-29 Corrington Joint Audit Committee minutes — reportlab Helvetica, margin action column."""

from lib import act, esc, write_gold
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "2016-09-29-Corrington-Joint-Audit-Committee-minutes.pdf"
DATE = "2016-09-29"
BODY = "Corrington Joint Audit Committee"
LOCATION = "Training Suite, Corrington Police Headquarters, Mill Hey, Brandwick"

PEOPLE = [  # section, initials, name, role, attendance
    ("Present", "AT", "Dr Alison Threlfall", "Independent Member (Chair)", "member"),
    ("", "GP", "Graham Pocklington", "Independent Member", "member"),
    ("", "HW", "Hazel Winstanley", "Independent Member", "member"),
    ("", "VO", "Victor Osei", "Independent Member", "member"),
    ("Attending", "PB", "Philip Brereton", "Chief Executive, OPCC", "in_attendance"),
    ("", "DH", "Denise Hallam", "Chief Finance Officer, OPCC", "in_attendance"),
    ("", "AK", "Andrew Kinsella", "Chief Finance Officer, Corrington Police", "in_attendance"),
    ("", "MS", "Martin Sowerby", "Deputy Chief Constable", "in_attendance"),
    ("", "KV", "Kerry Vaughan", "Head of Internal Audit, Northgate Audit Partnership", "in_attendance"),
    ("", "TE", "Tom Ellery", "Engagement Lead, Barlow Grant LLP (external audit)", "in_attendance"),
    ("", "SML", "Sian Morgan-Lloyd", "Governance Officer, OPCC (minutes)", "in_attendance"),
    ("Apologies", "RC", "Rosalind Clegg", "Independent Member", "apologies"),
]
NAME_OF = {p[1]: p[2] for p in PEOPLE}

# (minute, heading, [(kind, text, owner_initials, target, ttext)])
MINUTES = [
    (
        "16/038",
        "Apologies and declarations of interest",
        [
            ("p", "Apologies were received from Rosalind Clegg. There were no declarations of interest."),
        ],
    ),
    (
        "16/039",
        "Minutes of the meeting held on 23 June 2016",
        [
            (
                "d",
                "The Committee approved the minutes of the meeting held on 23 June 2016 as a correct record.",
                "approved",
            ),
        ],
    ),
    (
        "16/040",
        "Matters arising and action tracker",
        [
            (
                "p",
                "PB reported that five of the seven open actions had been completed. The remaining two related to the collaboration audit and would be reported in December.",
            ),
            ("d", "The Committee noted the updated action tracker.", "noted"),
        ],
    ),
    (
        "16/041",
        "Internal audit progress report 2016/17",
        [
            (
                "p",
                "KV presented the progress report. Nine of the twenty-two planned audits had been completed, three with limited assurance: seized property, duty management and payroll overtime. Members were concerned that the seized property audit had found 41 items that could not be located.",
            ),
            ("a", "To present the follow-up audit of seized property at the December meeting.", "KV", None, None),
            ("d", "The Committee noted the progress report.", "noted"),
        ],
    ),
    (
        "16/042",
        "External audit – annual governance report 2015/16",
        [
            (
                "p",
                "TE reported that Barlow Grant expected to issue unqualified opinions on both sets of accounts and a clean value for money conclusion. One adjusted misstatement, relating to the valuation of the Brandwick custody suite, had been agreed with management.",
            ),
            (
                "d",
                "The Committee endorsed the letters of representation for signature by the two Chief Finance Officers.",
                "endorsed",
            ),
        ],
    ),
    (
        "16/043",
        "Statements of accounts 2015/16",
        [
            (
                "p",
                "DH and AK presented the final statements of accounts for the Police and Crime Commissioner and the Chief Constable.",
            ),
            (
                "d",
                "The Committee RESOLVED to recommend the statements of accounts 2015/16 of the Commissioner and of the Chief Constable for signature.",
                "resolved",
            ),
        ],
    ),
    (
        "16/044",
        "Risk management update",
        [
            (
                "p",
                "MS outlined the changes to the force strategic risk register since June. Members asked why the delay to the Emergency Services Network was not on the register.",
            ),
            (
                "a",
                "To add the risk of further delay to the Emergency Services Network to the force strategic risk register.",
                "AK / MS",
                None,
                None,
            ),
            ("d", "The Committee noted the report.", "noted"),
        ],
    ),
    (
        "16/045",
        "Treasury management mid-year review",
        [
            (
                "p",
                "DH reported that all investments had been made in line with the approved strategy and that no counterparty limits had been breached.",
            ),
            (
                "a",
                "To circulate the approved counterparty list to members by 14 October 2016.",
                "DH",
                "2016-10-14",
                "14 October 2016",
            ),
        ],
    ),
    (
        "16/046",
        "Committee work programme 2016/17",
        [
            (
                "d",
                "The Committee agreed the work programme for 2016/17, with the addition of a session on the governance of collaboration.",
                "agreed",
            ),
            ("p", "The next meeting will be held on Thursday 8 December 2016 at 10.00 am."),
        ],
    ),
]


def build(out_dir, tmp_dir):
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=4)
    ParagraphStyle("bb", parent=base, fontName="Helvetica-Bold")
    title = ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=14, leading=18)
    story = [
        Paragraph("CORRINGTON JOINT AUDIT COMMITTEE", title),
        Paragraph("Police and Crime Commissioner for Corrington and Chief Constable of Corrington Police", base),
        Spacer(1, 4),
        Table(
            [
                ["Date:", "Thursday 29 September 2016"],
                ["Time:", "10.00 am – 12.45 pm"],
                ["Venue:", LOCATION],
                ["Status:", "Minutes approved at the meeting held on 8 December 2016"],
            ],
            colWidths=[22 * mm, 140 * mm],
            hAlign="LEFT",
            style=[
                ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9.5),
                ("FONT", (1, 0), (1, -1), "Helvetica", 9.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ],
        ),
        Spacer(1, 8),
    ]
    rows = [["", "Initials", "Name", "Role"]]
    attendance = []
    for sec, ini, nm, role, kind in PEOPLE:
        rows.append([sec, ini, nm, Paragraph(esc(role), base)])
        attendance.append({"meeting_date": DATE, "name": nm.replace("Dr ", ""), "attendance": kind, "role_text": role})
    at = Table(rows, colWidths=[22 * mm, 16 * mm, 42 * mm, 86 * mm], hAlign="LEFT", repeatRows=1)
    at.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                ("FONT", (0, 1), (0, -1), "Helvetica-Bold", 9.5),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
            ]
        )
    )
    story += [at, Spacer(1, 10)]

    decisions, actions = [], []
    body_rows = [[Paragraph("<b>Minute</b>", base), Paragraph("<b>Item</b>", base), Paragraph("<b>Action</b>", base)]]
    for num, heading, blocks in MINUTES:
        body_rows.append([Paragraph(f"<b>{num}</b>", base), Paragraph(f"<b>{esc(heading)}</b>", base), ""])
        for blk in blocks:
            kind = blk[0]
            if kind == "p":
                body_rows.append(["", Paragraph(esc(blk[1]), base), ""])
            elif kind == "d":
                body_rows.append(["", Paragraph(esc(blk[1]), base), ""])
                decisions.append({"meeting_date": DATE, "item_number": num, "decision_type": blk[2], "text": blk[1]})
            else:
                _, text, ini, tdate, ttext = blk
                body_rows.append(["", Paragraph("<b>Action:</b> " + esc(text), base), Paragraph(f"<b>{ini}</b>", base)])
                owners = [NAME_OF[i.strip()].replace("Dr ", "") for i in ini.split("/")]
                actions.append(act(text, DATE, num, owners, ini, tdate, ttext))
    bt = Table(body_rows, colWidths=[20 * mm, 128 * mm, 18 * mm], hAlign="LEFT", repeatRows=1)
    bt.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBEFORE", (2, 0), (2, -1), 0.5, colors.grey),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    story.append(bt)
    story += [Spacer(1, 14), Paragraph("Signed …………………………………… (Chair) &nbsp;&nbsp; Date ……………………", base)]

    def onpage(c, d):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 10 * mm, "Corrington JAC minutes 29.09.16")
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Page {d.page}")
        c.setFillColor(colors.HexColor("#1F3864"))
        c.rect(0, A4[1] - 8 * mm, A4[0], 8 * mm, stroke=0, fill=1)
        c.restoreState()

    doc = SimpleDocTemplate(
        str(out_dir / NAME),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title="JAC minutes",
    )
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    write_gold(
        NAME,
        "minutes",
        meetings=[
            {
                "body": BODY,
                "meeting_date": DATE,
                "start_time": "10:00",
                "location": LOCATION,
                "minutes_status": "approved",
            }
        ],
        attendance=attendance,
        decisions=decisions,
        actions=actions,
    )
