"""Hallowmere PFCC Fire Accountability Board minutes: run-in attendance (role before name, initials),
numbered items with 2.1 paragraphs, decisions by the Commissioner, actions ONLY in a table at the end.
reportlab, Helvetica 10 pt, portrait."""

from common import *
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

STEM = "2024-03-12-Hallowmere-PFCC-Fire-Accountability-Board-minutes"
DATE = "2024-03-12"
BODY = "Fire Accountability Board"
LOC = "Conference Room B, Fire Service Headquarters, Tanners Row, Brookhurst"

PRESENT = [  # (role printed before the name, name, initials, suffix)
    ("Police, Fire and Crime Commissioner", "Dominic Asher", "DA", " (Chair)"),
    ("Chief Fire Officer", "Rhiannon Pryce", "RP", ""),
    ("Deputy Chief Fire Officer", "Callum Brierley", "CB", ""),
    ("Chief Executive, OPFCC", "Naomi Fairclough", "NF", ""),
    ("Chief Finance Officer", "Adrian Stott", "AS", ""),
    ("Head of Assurance, OPFCC", "Imogen Tate", "IT", ""),
]
ATTENDING = [
    ("Area Manager Prevention", "Laszlo Novak", "LN", " (item 4)"),
    ("Head of People", "Shona Garside", "SG", " (item 5)"),
    ("Minute taker", "Bethany Corr", "BC", ""),
]
APOLOGIES = [
    ("Assistant Chief Fire Officer", "Peter Rawcliffe"),
    ("Deputy Police, Fire and Crime Commissioner", "Yvonne Castleton"),
]

# (item no, heading, [ (para no, text, decision_type or None) ])
ITEMS = [
    (
        "1",
        "Welcome, introductions and apologies",
        [
            (
                "1.1",
                "DA welcomed everyone to the meeting, in particular LN and SG who were attending for "
                "items 4 and 5. Apologies were noted as above.",
                None,
            ),
        ],
    ),
    (
        "2",
        "Minutes of the previous meeting and action log",
        [
            ("2.1", "The minutes of the meeting held on 13 February 2024 were agreed as an accurate record.", None),
            (
                "2.2",
                "The Commissioner noted that four actions had been completed since the last meeting and "
                "approved the closure of actions FAB/23/17 and FAB/24/02.",
                "approved",
            ),
        ],
    ),
    (
        "3",
        "Finance update – month 10",
        [
            (
                "3.1",
                "AS presented the month 10 position. The Service is forecasting an underspend of £312,000, "
                "largely from on-call firefighter vacancies, offset in part by overtime in fire control.",
                None,
            ),
            (
                "3.2",
                "NF asked whether overtime in control was a temporary pressure. RP explained that two "
                "control operators were on long-term absence and that recruitment was under way.",
                None,
            ),
            (
                "3.3",
                "The Commissioner agreed to release £180,000 from the transformation reserve to fund the "
                "replacement of breathing apparatus telemetry.",
                "agreed",
            ),
        ],
    ),
    (
        "4",
        "Prevention and protection performance",
        [
            (
                "4.1",
                "LN reported that 4,126 Safe and Well visits had been completed in the year to date, "
                "against a target of 4,500. Referrals from partners have increased by 18%.",
                None,
            ),
            ("4.2", "The Commissioner endorsed the revised risk-based inspection programme for 2024/25.", "endorsed"),
            ("4.3", "CB noted that the backlog of building regulation consultations had been cleared.", None),
        ],
    ),
    (
        "5",
        "People and culture update",
        [
            (
                "5.1",
                "SG presented progress on the culture action plan following the national values review. "
                "Twenty-two of the thirty actions are complete.",
                None,
            ),
            ("5.2", "The Chief Fire Officer noted that the staff survey had closed with a 61% response rate.", None),
        ],
    ),
    (
        "6",
        "Any other business",
        [
            (
                "6.1",
                "The Commissioner approved the publication of the Fire and Rescue Statement 2023/24, "
                "subject to minor amendments to the governance section.",
                "approved",
            ),
            ("6.2", "The next meeting will be held on 16 April 2024.", None),
        ],
    ),
]

# (item, action text, owner initials cell, deadline text, iso or None)
ACTIONS = [
    (
        "3",
        "Provide a breakdown of overtime spend by station for the last twelve months.",
        "AS",
        "16 April 2024",
        "2024-04-16",
    ),
    ("4", "Share the evaluation of the Safe and Well visit pilot with the OPFCC.", "LN", "31/05/2024", "2024-05-31"),
    (
        "5",
        "Bring the staff survey results and the updated culture action plan to the May Board.",
        "RP / SG",
        "May 2024",
        None,
    ),
    ("6", "Arrange publication of the Fire and Rescue Statement on the OPFCC website.", "NF", "TBC", None),
]


def build(outdir):
    ss = dict(fontName="Helvetica", fontSize=10, leading=13)
    P = ParagraphStyle("p", **ss, spaceAfter=5)
    H = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3)
    T = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=2)
    small = ParagraphStyle("s", fontName="Helvetica", fontSize=9, leading=11)
    smallb = ParagraphStyle("sb", fontName="Helvetica-Bold", fontSize=9, leading=11)
    story = [
        Paragraph("Police, Fire and Crime Commissioner for Hallowmere", P),
        Paragraph(BODY, T),
        Paragraph("Minutes", H),
    ]
    hdr = [
        ["Date:", "Tuesday 12 March 2024"],
        ["Time:", "14:00 – 15:45"],
        ["Venue:", LOC],
        ["Status:", "Approved – 16 April 2024"],
    ]
    t = Table([[Paragraph(a, smallb), Paragraph(b, small)] for a, b in hdr], colWidths=[22 * mm, 140 * mm])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story += [t, Spacer(1, 6)]
    pres = "; ".join(f"{r} {n} ({i}){s}" for r, n, i, s in PRESENT)
    attd = "; ".join(f"{r} {n} ({i}){s}" for r, n, i, s in ATTENDING)
    apol = "; ".join(f"{r} {n}" for r, n in APOLOGIES)
    story += [
        Paragraph(f"<b>Present:</b> {esc(pres)}", P),
        Paragraph(f"<b>In attendance:</b> {esc(attd)}", P),
        Paragraph(f"<b>Apologies:</b> {esc(apol)}", P),
    ]
    decisions = []
    for no, head, paras in ITEMS:
        story.append(Paragraph(f"{no}.&nbsp;&nbsp;{esc(head)}", H))
        for pno, text, dtype in paras:
            pt = Table([[Paragraph(pno, P), Paragraph(esc(text), P)]], colWidths=[12 * mm, 150 * mm])
            pt.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ]
                )
            )
            story.append(pt)
            if dtype:
                decisions.append(decision(DATE, pno, dtype, text))
    story.append(Paragraph("Actions arising", H))
    data = [[Paragraph(x, smallb) for x in ("Item", "Action", "Owner", "Deadline")]]
    for it, text, own, dl, _ in ACTIONS:
        data.append([Paragraph(it, small), Paragraph(esc(text), small), Paragraph(own, small), Paragraph(dl, small)])
    at = Table(data, colWidths=[14 * mm, 104 * mm, 20 * mm, 26 * mm], repeatRows=1)
    at.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story.append(KeepTogether([at]))

    def deco(c, d):
        c.saveState()
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, "OFFICIAL")
        c.drawCentredString(A4[0] / 2, 10 * mm, "OFFICIAL")
        c.setFont("Helvetica", 8)
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(
        str(outdir / (STEM + ".pdf")),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title="Fire Accountability Board minutes",
        author="OPFCC Hallowmere",
        invariant=1,
    )
    doc.build(story, onFirstPage=deco, onLaterPages=deco)

    initials = {i: n for _, n, i, _ in PRESENT + ATTENDING}
    attendance = (
        [att(DATE, n, "member", r + s.replace(" (Chair)", " (Chair)")) for r, n, i, s in PRESENT]
        + [att(DATE, n, "in_attendance", r) for r, n, i, s in ATTENDING]
        + [att(DATE, n, "apologies", r) for r, n in APOLOGIES]
    )
    acts = []
    for it, text, own, dl, iso in ACTIONS:
        owners = [initials[x.strip()] for x in own.split("/")]
        acts.append(action(text, None, DATE, it, owners, iso, "open", own, dl))
    write_gold(
        STEM,
        MINUTES_KEYS,
        meetings=[meeting(BODY, DATE, "14:00", LOC, "approved")],
        attendance=attendance,
        decisions=decisions,
        actions=acts,
    )
