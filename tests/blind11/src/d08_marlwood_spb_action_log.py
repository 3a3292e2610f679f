"""Marlwood OPCC Strategic Policing Board action log: actions grouped under "Meeting held …" rows that
span the table (the raised date is in the group row only); No. · Item · Action · Lead · Deadline · Status;
statuses Open / Closed / Ongoing; deadlines in many forms. reportlab, Liberation Sans 8.5 pt, portrait,
horizontal rules only."""

from common import *
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

STEM = "2023-09-12-Marlwood-OPCC-Strategic-Policing-Board-action-log"

# (group label, iso, [ (no, item, action, lead, deadline text, iso|None, status text, owners, status) ])
GROUPS = [
    (
        "Meeting held 2 May 2023",
        "2023-05-02",
        [
            (
                "09",
                "3",
                "Publish the force's response to the Commissioner's scrutiny of domestic abuse arrest rates.",
                "DCC",
                "31/05/2023",
                "2023-05-31",
                "Closed – published 26/05/2023",
                ["Deputy Chief Constable"],
                "closed",
            ),
            (
                "11",
                "6",
                "Agree the Commissioner's contribution to the county road safety partnership for 2023/24.",
                "PCC",
                "June 2023",
                None,
                "Ongoing – awaiting partnership budget",
                ["Police and Crime Commissioner"],
                "open",
            ),
            (
                "12",
                "6",
                "Report the number of speed enforcement camera activations by district.",
                "ACC / Head of Roads Policing",
                "6 June 2023",
                "2023-06-06",
                "Closed",
                ["Assistant Chief Constable", "Head of Roads Policing"],
                "closed",
            ),
        ],
    ),
    (
        "Meeting held 6 June 2023",
        "2023-06-06",
        [
            (
                "14",
                "4",
                "Provide the Board with neighbourhood team vacancy rates by district.",
                "ACC",
                "30 June 2023",
                "2023-06-30",
                "Closed",
                ["Assistant Chief Constable"],
                "closed",
            ),
            (
                "15",
                "5",
                "Confirm funding for the second year of the serious violence duty coordinator post.",
                "OPCC Head of Commissioning",
                "end of July 2023",
                None,
                "Closed – funding confirmed 18/07/2023",
                ["OPCC Head of Commissioning"],
                "closed",
            ),
            (
                "16",
                "7",
                "Review the backlog of firearms licence renewals and set a recovery trajectory.",
                "Chief Constable",
                "September 2023",
                None,
                "Open – recovery plan drafted",
                ["Chief Constable"],
                "open",
            ),
        ],
    ),
    (
        "Meeting held 11 July 2023",
        "2023-07-11",
        [
            (
                "17",
                "3",
                "Refresh the medium-term financial plan assumptions for the 2023 pay award.",
                "Treasurer",
                "12/09/2023",
                "2023-09-12",
                "Ongoing – on agenda for this meeting",
                ["Treasurer"],
                "open",
            ),
            (
                "18",
                "4",
                "Provide an update on the performance of the rural crime team.",
                "Chief Inspector, Rural Crime",
                "TBC",
                None,
                "Open",
                ["Chief Inspector, Rural Crime"],
                "open",
            ),
            (
                "19",
                "6",
                "Share the stop and search scrutiny panel's annual report with Board members.",
                "OPCC Policy Officer",
                "31 Aug 2023",
                "2023-08-31",
                "Closed",
                ["OPCC Policy Officer"],
                "closed",
            ),
        ],
    ),
    (
        "Meeting held 8 August 2023",
        "2023-08-08",
        [
            (
                "20",
                "3",
                "Present a business case for issuing body-worn video to PCSOs.",
                "DCC",
                "10 October 2023",
                "2023-10-10",
                "Open",
                ["Deputy Chief Constable"],
                "open",
            ),
            (
                "21",
                "5",
                "Circulate the results of the Victims' Code compliance audit.",
                "PCC / CC",
                "Q3 2023/24",
                None,
                "Ongoing",
                ["Police and Crime Commissioner", "Chief Constable"],
                "open",
            ),
            (
                "22",
                "5",
                "Update the Board on the transfer of the witness care unit to the criminal justice hub.",
                "DCC & Head of Criminal Justice",
                "12/09/2023",
                "2023-09-12",
                "Open",
                ["Deputy Chief Constable", "Head of Criminal Justice"],
                "open",
            ),
            (
                "23",
                "8",
                "Arrange a visit to the new Colbeck custody suite for Board members.",
                "OPCC Chief Executive",
                "31/10/2023",
                "2023-10-31",
                "Open",
                ["Chief Executive"],
                "open",
            ),
        ],
    ),
]


def build(outdir):
    register_fonts()
    F = "LibSans"
    S = ParagraphStyle("s", fontName=F, fontSize=9.5, leading=12)
    SB = ParagraphStyle("sb", parent=S, fontName=F + "-Bold")
    G = ParagraphStyle("g", parent=S, fontName=F + "-Bold", fontSize=9, textColor=colors.HexColor("#1F3864"))
    T = ParagraphStyle("t", fontName=F + "-Bold", fontSize=14, leading=18)
    P = ParagraphStyle("p", fontName=F, fontSize=9.5, leading=12, spaceAfter=4)
    story = [
        Paragraph("Office of the Police and Crime Commissioner for Marlwood", P),
        Paragraph("Strategic Policing Board – Action Log", T),
        Paragraph("Updated for the meeting on 12 September 2023", P),
        Spacer(1, 6),
    ]
    data = [[Paragraph(h, SB) for h in ("No.", "Item", "Action", "Lead", "Deadline", "Status")]]
    st = [
        ("LINEBELOW", (0, 0), (-1, 0), 1.0, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#999999")),
    ]
    actions = []
    for label, iso, rows in GROUPS:
        r = len(data)
        data.append([Paragraph(label, G), "", "", "", "", ""])
        st += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#E7ECF5"))]
        for no, it, text, lead, dl, diso, stxt, owners, status in rows:
            data.append(
                [
                    Paragraph(no, S),
                    Paragraph(it, S),
                    Paragraph(esc(text), S),
                    Paragraph(esc(lead), S),
                    Paragraph(esc(dl), S),
                    Paragraph(esc(stxt), S),
                ]
            )
            actions.append(action(text, no, iso, it, owners, diso, status, lead, dl))
    t = Table(data, colWidths=[10 * mm, 12 * mm, 66 * mm, 32 * mm, 24 * mm, 30 * mm], repeatRows=1)
    t.setStyle(TableStyle(st))
    story += [
        t,
        Spacer(1, 8),
        Paragraph(
            "Closed actions are removed from the log after they have been reported once as closed.",
            ParagraphStyle("n", parent=P, fontName=F + "-Italic", fontSize=8.5),
        ),
    ]

    def deco(c, d):
        c.saveState()
        c.setFont(F, 7.5)
        c.drawString(18 * mm, 10 * mm, "SPB action log – OFFICIAL")
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"{d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(
        str(outdir / (STEM + ".pdf")),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title="SPB action log",
        invariant=1,
    )
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    write_gold(STEM, LOG_KEYS, actions=actions)
