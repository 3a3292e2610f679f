"""Wyvernshire Fire and Rescue Authority Audit and Governance Committee action log: landscape, Liberation
Sans Narrow, full grid with a dark header, columns Action No. · Meeting date · Minute · Action required ·
Responsible officer · Target date · Progress update · Status; dates dd.mm.yy, "Dec-25", "w/c …",
"Spring 2026"; statuses Complete / Closed / In progress / Not started."""

from common import *
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

STEM = "2026-02-05-Wyvernshire-FRA-Audit-and-Governance-Committee-action-log"

# no, meeting date text, iso, minute, action, officer text, owners, target text, target iso, update, status text
ROWS = [
    (
        "AG/25/01",
        "10.04.25",
        "2025-04-10",
        "AG/25/006",
        "Commission an independent review of the fleet maintenance contract.",
        "Head of Estates and Fleet",
        ["Head of Estates and Fleet"],
        "30.09.25",
        "2025-09-30",
        "Review completed; findings reported to the October meeting.",
        "Complete",
    ),
    (
        "AG/25/03",
        "10.04.25",
        "2025-04-10",
        "AG/25/009",
        "Update the anti-fraud and corruption policy to reflect the new failure to prevent fraud offence.",
        "Monitoring Officer",
        ["Monitoring Officer"],
        "03.10.25",
        "2025-10-03",
        "Revised policy adopted by the Authority on 2 October 2025.",
        "Complete",
    ),
    (
        "AG/25/04",
        "17.07.25",
        "2025-07-17",
        "AG/25/018",
        "Report the results of the firefighter fitness testing audit.",
        "Deputy Chief Fire Officer",
        ["Deputy Chief Fire Officer"],
        "Dec-25",
        None,
        "Audit fieldwork delayed by availability of the testing contractor; report now expected in March.",
        "In progress",
    ),
    (
        "AG/25/05",
        "17.07.25",
        "2025-07-17",
        "AG/25/020",
        "Provide a reconciliation of the pension fund transfer values.",
        "Treasurer",
        ["Treasurer"],
        "31.01.26",
        "2026-01-31",
        "Awaiting final figures from the scheme administrator.",
        "In progress",
    ),
    (
        "AG/25/06",
        "17.07.25",
        "2025-07-17",
        "AG/25/021",
        "Review the gifts and hospitality register for Principal Officers.",
        "Monitoring Officer & Treasurer",
        ["Monitoring Officer", "Treasurer"],
        "16.10.25",
        "2025-10-16",
        "Reviewed; no issues identified.",
        "Closed",
    ),
    (
        "AG/25/07",
        "16.10.25",
        "2025-10-16",
        "AG/25/030",
        "Present the updated business continuity plan for the fire control room.",
        "Area Manager (Response)",
        ["Area Manager (Response)"],
        "w/c 12 January 2026",
        "2026-01-12",
        "Plan tested in a live exercise on 9 January; final version to follow.",
        "In progress",
    ),
    (
        "AG/25/08",
        "16.10.25",
        "2025-10-16",
        "AG/25/031",
        "Benchmark the Authority's insurance premiums against other fire and rescue authorities.",
        "Treasurer",
        ["Treasurer"],
        "05.02.26",
        "2026-02-05",
        "",
        "Not started",
    ),
    (
        "AG/25/09",
        "16.10.25",
        "2025-10-16",
        "AG/25/033",
        "Circulate the HMICFRS cause of concern progress report to all Members.",
        "Chief Fire Officer",
        ["Chief Fire Officer"],
        "31.10.25",
        "2025-10-31",
        "Circulated 28 October 2025.",
        "Closed",
    ),
    (
        "AG/25/10",
        "16.10.25",
        "2025-10-16",
        "AG/25/034",
        "Arrange training for Members on the Global Internal Audit Standards.",
        "Clerk to the Authority",
        ["Clerk to the Authority"],
        "Spring 2026",
        None,
        "",
        "Not started",
    ),
    (
        "AG/25/11",
        "16.10.25",
        "2025-10-16",
        "AG/25/034",
        "Confirm the internal audit days to be reallocated from the cancelled payroll audit.",
        "Treasurer / Head of Internal Audit",
        ["Treasurer", "Head of Internal Audit"],
        "05.02.26",
        "2026-02-05",
        "Proposal to be tabled at this meeting.",
        "In progress",
    ),
    (
        "AG/25/12",
        "16.10.25",
        "2025-10-16",
        "AG/25/035",
        "Provide Members with the timetable for the 2025/26 statement of accounts and the external audit.",
        "Treasurer",
        ["Treasurer"],
        "11.12.25",
        "2025-12-11",
        "Timetable circulated with the December agenda.",
        "Complete",
    ),
    (
        "AG/25/13",
        "11.12.25",
        "2025-12-11",
        "AG/25/041",
        "Report the findings of the review of on-call payroll overpayments, including recovery action.",
        "Head of People & Treasurer",
        ["Head of People", "Treasurer"],
        "TBC",
        None,
        "Review scope agreed; fieldwork starts February.",
        "In progress",
    ),
    (
        "AG/25/14",
        "11.12.25",
        "2025-12-11",
        "AG/25/043",
        "Update the Member code of conduct complaints procedure following the LGA model code review.",
        "Monitoring Officer",
        ["Monitoring Officer"],
        "Feb-26",
        None,
        "",
        "Not started",
    ),
]

FILL = {"Complete": "#C6E0B4", "Closed": "#C6E0B4", "In progress": "#FFE699", "Not started": "#F8CBAD"}


def build(outdir):
    register_fonts()
    F = "LibNarrow"
    S = ParagraphStyle("s", fontName=F, fontSize=10.5, leading=13)
    SB = ParagraphStyle("sb", parent=S, fontName=F + "-Bold", textColor=colors.white)
    T = ParagraphStyle("t", fontName=F + "-Bold", fontSize=15, leading=19)
    P = ParagraphStyle("p", fontName=F, fontSize=10, leading=13)
    story = [
        Paragraph("WYVERNSHIRE FIRE AND RESCUE AUTHORITY", P),
        Paragraph("Audit and Governance Committee – Action Log", T),
        Paragraph("Position at 5 February 2026", P),
        Spacer(1, 4),
        Paragraph(
            "The log lists every action agreed by the Committee that was open at the last meeting or has "
            "been raised since. Actions marked Complete or Closed will be removed once the Committee has "
            "noted them. Target dates shown are those agreed by the Committee; requests to extend a target "
            "date are explained in the progress update.",
            P,
        ),
        Spacer(1, 6),
    ]
    heads = (
        "Action No.",
        "Meeting date",
        "Minute",
        "Action required",
        "Responsible officer",
        "Target date",
        "Progress update",
        "Status",
    )
    data = [[Paragraph(h, SB) for h in heads]]
    st = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#404040")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#7B1E1E")),
    ]
    actions = []
    for i, (no, md, miso, minute, text, off, owners, tt, tiso, upd, stt) in enumerate(ROWS, start=1):
        data.append([Paragraph(x, S) for x in (no, md, minute, esc(text), esc(off), tt, esc(upd), stt)])
        st.append(("BACKGROUND", (7, i), (7, i), colors.HexColor(FILL[stt])))
        status = "closed" if stt in ("Complete", "Closed") else "open"
        actions.append(action(text, no, miso, minute, owners, tiso, status, off, tt))
    t = Table(
        data, colWidths=[20 * mm, 18 * mm, 20 * mm, 72 * mm, 36 * mm, 24 * mm, midw() * mm, 20 * mm], repeatRows=1
    )
    t.setStyle(TableStyle(st))
    story.append(t)

    def deco(c, d):
        c.saveState()
        c.setFont(F, 8)
        c.drawString(15 * mm, 9 * mm, "Audit and Governance Committee – 5 February 2026 – Agenda item 4")
        c.drawRightString(landscape(A4)[0] - 15 * mm, 9 * mm, f"Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(
        str(outdir / (STEM + ".pdf")),
        pagesize=landscape(A4),
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=16 * mm,
        title="A&G action log",
        invariant=1,
    )
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    write_gold(STEM, LOG_KEYS, actions=actions)


def midw():
    return 267 - (20 + 18 + 20 + 72 + 36 + 24 + 20)
