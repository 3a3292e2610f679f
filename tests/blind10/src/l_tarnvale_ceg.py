"""2018-10-08 Tarnvale Commissioner's Executive Group action log — reportlab Helvetica, landscape,
unruled rows with a rule under each, Date closed column, statuses Ongoing / Complete / Superseded."""

from lib import act, esc, write_gold
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "2018-10-08-Tarnvale-Commissioners-Executive-Group-action-log.pdf"

OWN = {
    "CC / DCC": ["Chief Constable", "Deputy Chief Constable"],
    "OPCC": ["Office of the Police and Crime Commissioner"],
    "Head of Estates": ["Head of Estates"],
    "DCC": ["Deputy Chief Constable"],
    "CFO": ["Chief Finance Officer"],
    "ACC": ["Assistant Chief Constable"],
    "CC": ["Chief Constable"],
    "Sandra Keighley": ["Sandra Keighley"],
    "Sandra Keighley / DCC": ["Sandra Keighley", "Deputy Chief Constable"],
    "PCC & CFO": ["Police and Crime Commissioner", "Chief Finance Officer"],
}

MON = {
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "May": 5,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Sept": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}


def iso(s):
    if not s:
        return None
    p = s.replace("-", " ").split()
    if len(p) == 3 and p[0].isdigit() and p[1] in MON:
        y = p[2] if len(p[2]) == 4 else "20" + p[2]
        return f"{y}-{MON[p[1]]:02d}-{int(p[0]):02d}"
    return None


LOG = [
    (
        "CEG-041",
        "09-Jul-18",
        "Prepare a business case for body-worn video for special constables.",
        "CC / DCC",
        "10-Sep-18",
        "Business case approved at the September meeting.",
        "10-Sep-18",
        "Complete",
    ),
    (
        "CEG-042",
        "09-Jul-18",
        "Review the OPCC grants process in the light of the internal audit findings.",
        "OPCC",
        "Q3 2018/19",
        "Revised process being drafted.",
        "",
        "Ongoing",
    ),
    (
        "CEG-043",
        "09-Jul-18",
        "Provide costs for relocating the Hatherby neighbourhood team to the fire station.",
        "Head of Estates",
        "3 Sept 2018",
        "Replaced by CEG-051.",
        "10-Sep-18",
        "Superseded",
    ),
    (
        "CEG-044",
        "06-Aug-18",
        "Brief the Commissioner on the force response to the crime data integrity inspection.",
        "DCC",
        "08-Oct-18",
        "Briefing held on 1 October.",
        "01-Oct-18",
        "Complete",
    ),
    (
        "CEG-045",
        "06-Aug-18",
        "Agree the timetable for the 2019/20 budget and precept consultation.",
        "CFO",
        "10-Sep-18",
        "Timetable agreed.",
        "10-Sep-18",
        "Complete",
    ),
    (
        "CEG-046",
        "06-Aug-18",
        "Publish the Commissioner’s annual report 2017/18 on the website.",
        "OPCC",
        "31-Aug-18",
        "Published 30 August.",
        "30-Aug-18",
        "Complete",
    ),
    (
        "CEG-047",
        "06-Aug-18",
        "Report on the use of drones in searches for missing people.",
        "ACC",
        "Oct-18",
        "Report in preparation.",
        "",
        "Ongoing",
    ),
    (
        "CEG-048",
        "10-Sep-18",
        "Provide monthly figures on 101 call abandonment to the Commissioner.",
        "CC",
        "Monthly",
        "First return due at the end of October.",
        "",
        "Ongoing",
    ),
    (
        "CEG-049",
        "10-Sep-18",
        "Set up a joint working group on the audit of compliance with the victims’ code.",
        "Sandra Keighley / DCC",
        "05-Nov-18",
        "Terms of reference drafted.",
        "",
        "Ongoing",
    ),
    (
        "CEG-050",
        "10-Sep-18",
        "Circulate the draft refresh of the Police and Crime Plan to chief officers.",
        "Sandra Keighley",
        "24-Sep-18",
        "Circulated on 21 September.",
        "21-Sep-18",
        "Complete",
    ),
    (
        "CEG-051",
        "10-Sep-18",
        "Present the refreshed estates strategy, including options for co-location at Hatherby.",
        "Head of Estates",
        "Q4 2018/19",
        "",
        "",
        "Ongoing",
    ),
    (
        "CEG-052",
        "10-Sep-18",
        "Confirm funding for the out-of-court disposals pilot beyond March 2019.",
        "PCC & CFO",
        "TBC",
        "",
        "",
        "Ongoing",
    ),
]


def build(out_dir, tmp_dir):
    c = ParagraphStyle("c", fontName="Helvetica", fontSize=10, leading=12.5)
    story = [
        Paragraph(
            "<b>TARNVALE OFFICE OF THE POLICE AND CRIME COMMISSIONER</b>",
            ParagraphStyle("h0", parent=c, fontSize=9, textColor=colors.HexColor("#00695C")),
        ),
        Paragraph(
            "Commissioner’s Executive Group – Action Log",
            ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=15, leading=19),
        ),
        Paragraph("For the meeting of 8 October 2018", c),
        Spacer(1, 8),
    ]
    rows = [["Action ID", "Date opened", "Description", "Owner", "Due date", "Update", "Date closed", "Status"]]
    actions = []
    for aid, opened, text, owner, due, upd, closed, status in LOG:
        rows.append(
            [
                aid,
                opened,
                Paragraph(esc(text), c),
                Paragraph(esc(owner), c),
                due,
                Paragraph(esc(upd), c),
                closed,
                status,
            ]
        )
        actions.append(
            act(
                text,
                iso(opened),
                None,
                OWN[owner],
                owner,
                iso(due),
                due,
                "open" if status == "Ongoing" else "closed",
                aid,
            )
        )
    t = Table(rows, colWidths=[21 * mm, 22 * mm, 70 * mm, 30 * mm, 23 * mm, 57 * mm, 22 * mm, 22 * mm], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "Helvetica", 10),
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 10),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#00695C")),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#9E9E9E")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    story += [t, Spacer(1, 8), Paragraph("Completed and superseded actions are shown once and then archived.", c)]

    def onpage(cv, d):
        cv.saveState()
        cv.setFont("Helvetica", 7.5)
        w, h = landscape(A4)
        cv.drawRightString(w - 15 * mm, 9 * mm, f"Page {d.page}")
        cv.drawString(15 * mm, 9 * mm, "OFFICIAL")
        cv.restoreState()

    doc = SimpleDocTemplate(
        str(out_dir / NAME),
        pagesize=landscape(A4),
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title="CEG action log",
    )
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    write_gold(NAME, "log", actions=actions)
