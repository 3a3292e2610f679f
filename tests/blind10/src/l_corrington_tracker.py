"""2018-03-15 Corrington JAC action tracker — reportlab, portrait, rows grouped under meeting headings,
RAG words in coloured cells (Red / Amber / Green / Complete)."""

from lib import act, esc, write_gold
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "2018-03-15-Corrington-JAC-action-tracker.pdf"

OWN = {
    "Head of Internal Audit": ["Head of Internal Audit"],
    "Denise Hallam": ["Denise Hallam"],
    "Chief Finance Officer (OPCC)": ["Chief Finance Officer"],
    "Deputy Chief Constable": ["Deputy Chief Constable"],
    "Tom Ellery": ["Tom Ellery"],
    "Andrew Kinsella": ["Andrew Kinsella"],
    "Philip Brereton / Andrew Kinsella": ["Philip Brereton", "Andrew Kinsella"],
}

GROUPS = [
    (
        "Meeting held on 22 June 2017",
        "2017-06-22",
        [
            (
                "A/17/04",
                "17/031",
                "Report the results of the data quality audit of crime recording.",
                "Head of Internal Audit",
                "14th September 2017",
                "2017-09-14",
                "Reported September 2017.",
                "Complete",
            ),
            (
                "A/17/05",
                "17/034",
                "Circulate the revised anti-fraud and corruption policy to members.",
                "Denise Hallam",
                "31st July 2017",
                "2017-07-31",
                "Circulated 25 July 2017.",
                "Complete",
            ),
        ],
    ),
    (
        "Meeting held on 14 September 2017",
        "2017-09-14",
        [
            (
                "A/17/06",
                "17/049",
                "Arrange a training session for members on the new financial reporting standards.",
                "Chief Finance Officer (OPCC)",
                "w/c 22 January 2018",
                "2018-01-22",
                "Session moved to the March development day.",
                "Green",
            ),
            (
                "A/17/07",
                "17/051",
                "Present the updated business continuity plan for the force control room.",
                "Deputy Chief Constable",
                "31st October 2017",
                "2017-10-31",
                "Plan still under review following the October exercise.",
                "Red",
            ),
            (
                "A/17/08",
                "17/053",
                "Confirm the date of the external auditor’s private meeting with members.",
                "Tom Ellery",
                "Next meeting",
                None,
                "Held before the December meeting.",
                "Complete",
            ),
        ],
    ),
    (
        "Meeting held on 7 December 2017",
        "2017-12-07",
        [
            (
                "A/17/09",
                "17/066",
                "Report progress on the recommendations of the limited assurance audit of seized property.",
                "Head of Internal Audit",
                "March 2018",
                None,
                "Follow-up fieldwork in progress.",
                "Amber",
            ),
            (
                "A/17/10",
                "17/068",
                "Provide a breakdown of the insurance provision by type of claim.",
                "Andrew Kinsella",
                "15th March 2018",
                "2018-03-15",
                "Included in the treasury report at this meeting.",
                "Green",
            ),
            (
                "A/17/11",
                "17/070",
                "Review the format of the strategic risk register report with the Chair.",
                "Philip Brereton / Andrew Kinsella",
                "Next meeting",
                None,
                "Meeting with the Chair arranged for 2 April.",
                "Amber",
            ),
            (
                "A/17/12",
                "17/071",
                "Share the HMICFRS PEEL legitimacy report with members.",
                "Deputy Chief Constable",
                "12th January 2018",
                "2018-01-12",
                "Shared 10 January 2018.",
                "Complete",
            ),
        ],
    ),
]

RAG = {"Red": "#FF7C80", "Amber": "#FFC000", "Green": "#92D050", "Complete": "#BDD7EE"}


def build(out_dir, tmp_dir):
    c = ParagraphStyle("c", fontName="DejaVuSansCond", fontSize=8.5, leading=10.5)
    title = ParagraphStyle("t", fontName="DejaVuSansCond-Bold", fontSize=13, leading=16)
    story = [
        Paragraph("Corrington Joint Audit Committee", title),
        Paragraph(
            "Action tracker – position as at 15 March 2018", ParagraphStyle("s", parent=c, fontSize=10, leading=13)
        ),
        Spacer(1, 6),
    ]
    rows = [["Ref", "Minute", "Action", "Responsible", "Target date", "Progress", "RAG"]]
    style = [
        ("FONT", (0, 0), (-1, -1), "DejaVuSansCond", 8.5),
        ("FONT", (0, 0), (-1, 0), "DejaVuSansCond-Bold", 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#808080")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
    ]
    actions = []
    for head, mdate, items in GROUPS:
        rows.append([head, "", "", "", "", "", ""])
        i = len(rows) - 1
        style += [
            ("SPAN", (0, i), (-1, i)),
            ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F2F2F2")),
            ("FONT", (0, i), (-1, i), "DejaVuSansCond-BoldItalic", 8.5),
        ]
        for ref, minute, text, resp, tgt, tiso, prog, rag in items:
            rows.append(
                [
                    ref,
                    minute,
                    Paragraph(esc(text), c),
                    Paragraph(esc(resp), c),
                    Paragraph(esc(tgt), c),
                    Paragraph(esc(prog), c),
                    rag,
                ]
            )
            i = len(rows) - 1
            style.append(("BACKGROUND", (6, i), (6, i), colors.HexColor(RAG[rag])))
            actions.append(
                act(text, mdate, minute, OWN[resp], resp, tiso, tgt, "closed" if rag == "Complete" else "open", ref)
            )
    t = Table(rows, colWidths=[16 * mm, 15 * mm, 50 * mm, 30 * mm, 22 * mm, 38 * mm, 17 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story += [
        t,
        Spacer(1, 8),
        Paragraph(
            "RAG key: Green – on track; Amber – at risk of missing the target date; Red – target date missed; "
            "Complete – to be removed after this meeting.",
            c,
        ),
    ]

    def onpage(cv, d):
        cv.saveState()
        cv.setFont("DejaVuSansCond", 7.5)
        cv.drawString(18 * mm, 10 * mm, "JAC 15.03.18 – Agenda item 4")
        cv.drawRightString(A4[0] - 18 * mm, 10 * mm, f"{d.page}")
        cv.restoreState()

    doc = SimpleDocTemplate(
        str(out_dir / NAME),
        pagesize=A4,
        leftMargin=10 * mm,
        rightMargin=10 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title="JAC action tracker",
    )
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    write_gold(NAME, "log", actions=actions)
