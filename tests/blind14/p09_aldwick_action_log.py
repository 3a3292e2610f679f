"""Greater Aldwick Policing and Crime Board action log (reportlab, Liberation Sans, portrait).
Actions grouped under "Meeting of …" band rows; columns No. | Item | Action | Responsible officer |
Deadline | Status | Progress update (dated entries stacked in the cell). Status words: Complete –
propose closure / Ongoing / Not yet due / Overdue. No RAG colours, only a left bar per status."""

from common import HERE, act, esc, style, write_gold
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

STEM = "2024-06-18-Greater-Aldwick-Policing-and-Crime-Board-action-log"
F = "LibSans"
S = style("s", F, 8.5, 10.5)
SB = style("sb", F + "-Bold", 8.5, 10.5)
BAR = {"Complete – propose closure": "#2F6DB5", "Ongoing": "#E0A526", "Not yet due": "#7FB069", "Overdue": "#C0392B"}

GROUPS = [
    (
        "Meeting of 19 March 2024",
        "2024-03-19",
        [
            (
                "24/01",
                "4",
                "Produce a victim satisfaction survey action plan following the Quarter 3 results.",
                "Head of Strategy and Commissioning",
                ["Head of Strategy and Commissioning"],
                "30.04.24",
                "2024-04-30",
                "Complete – propose closure",
                ["12.04.24 Plan drafted.", "14.05.24 Plan signed off by the Deputy Mayor."],
            ),
            (
                "24/02",
                "6",
                "Confirm the final cost of the custody suite ventilation works.",
                "Chief Finance Officer",
                ["Chief Finance Officer"],
                "end of May",
                None,
                "Overdue",
                ["20.05.24 Final account disputed by contractor."],
            ),
        ],
    ),
    (
        "Meeting of 16 April 2024",
        "2024-04-16",
        [
            (
                "24/03",
                "3",
                "Circulate the revised Board terms of reference.",
                "Governance Officer",
                ["Governance Officer"],
                "30.04.24",
                "2024-04-30",
                "Complete – propose closure",
                ["26.04.24 Circulated by email."],
            ),
            (
                "24/04",
                "5",
                "Report on the use of Section 60 stop and search authorisations during the spring events.",
                "Assistant Chief Constable",
                ["Assistant Chief Constable"],
                "Q2 2024/25",
                None,
                "Not yet due",
                [],
            ),
            (
                "24/05",
                "7",
                "Share the knife crime prevention grant allocations with the Board.",
                "Head of Strategy and Commissioning",
                ["Head of Strategy and Commissioning"],
                "21.05.24",
                "2024-05-21",
                "Complete – propose closure",
                ["21.05.24 Tabled at the May meeting."],
            ),
        ],
    ),
    (
        "Meeting of 21 May 2024",
        "2024-05-21",
        [
            (
                "24/06",
                "4",
                "Provide a breakdown of abandoned 101 calls by hour of day and by month for 2023/24.",
                "DCC",
                ["Deputy Chief Constable"],
                "28.06.24",
                "2024-06-28",
                "Ongoing",
                ["05.06.24 Data extracted.", "12.06.24 Analysis with the contact centre lead."],
            ),
            (
                "24/07",
                "5",
                "Add quarterly milestones to each workstream of the delivery plan and circulate the final version to the Board.",
                "Head of Strategy and Commissioning",
                ["Head of Strategy and Commissioning"],
                "end of June",
                None,
                "Ongoing",
                ["10.06.24 Milestones agreed with three of five workstream leads."],
            ),
            (
                "24/08",
                "6",
                "Prepare a reserves strategy covering the period to 2027/28 for the July meeting of the Board.",
                "CFO",
                ["Chief Finance Officer"],
                "16.07.24",
                "2024-07-16",
                "Not yet due",
                [],
            ),
            (
                "24/09",
                "6",
                "Share the overtime recovery plan with the Office for Policing and Crime.",
                "CC / CFO",
                ["Chief Constable", "Chief Finance Officer"],
                "TBC",
                None,
                "Ongoing",
                ["07.06.24 Draft plan received; CFO reviewing assumptions."],
            ),
        ],
    ),
]


def furniture(c, d):
    c.saveState()
    c.setFont(F + "-Bold", 8)
    c.drawCentredString(A4[0] / 2, A4[1] - 1.0 * cm, "OFFICIAL")
    c.drawCentredString(A4[0] / 2, 0.8 * cm, "OFFICIAL")
    c.setFont(F, 8)
    c.drawRightString(A4[0] - 1.5 * cm, 0.8 * cm, f"{d.page}")
    c.restoreState()


def build():
    doc = SimpleDocTemplate(
        str(HERE / f"{STEM}.pdf"),
        pagesize=A4,
        leftMargin=1.5 * cm,
        rightMargin=1.5 * cm,
        topMargin=1.6 * cm,
        bottomMargin=1.5 * cm,
    )
    st = [
        Paragraph("Greater Aldwick Policing and Crime Board", style("t", F + "-Bold", 15, 19)),
        Paragraph("Item 4: Action log – for the meeting on 18 June 2024", style("t2", F, 11, 15)),
        Paragraph(
            "Prepared by the Governance Officer. Actions marked “Complete – propose closure” will be removed "
            "once the Board agrees.",
            S,
        ),
        Spacer(1, 8),
    ]
    hdr = ["No.", "Item", "Action", "Responsible officer", "Deadline", "Status", "Progress update"]
    rows = [[Paragraph(h, SB) for h in hdr]]
    sty = [
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#AAAAAA")),
    ]
    actions = []
    for label, iso, items in GROUPS:
        rows.append([Paragraph(label, style("g", F + "-Bold", 9, 11, textColor=colors.white)), "", "", "", "", "", ""])
        r = len(rows) - 1
        sty += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#3B3B58"))]
        for no, item, text, ot, owners, dl, dl_iso, status, prog in items:
            rows.append(
                [
                    Paragraph(no, S),
                    Paragraph(item, S),
                    Paragraph(esc(text), S),
                    Paragraph(esc(ot), S),
                    Paragraph(dl, S),
                    Paragraph(status, S),
                    [Paragraph(esc(p), S) for p in prog] or Paragraph("–", S),
                ]
            )
            r = len(rows) - 1
            sty.append(("LINEBEFORE", (5, r), (5, r), 3, colors.HexColor(BAR[status])))
            actions.append(
                act(text, no, iso, item, owners, dl_iso, "closed" if status.startswith("Complete") else "open", ot, dl)
            )
    t = Table(rows, colWidths=[1.3 * cm, 1.1 * cm, 5.0 * cm, 3.2 * cm, 1.9 * cm, 2.1 * cm, 3.4 * cm], repeatRows=1)
    t.setStyle(TableStyle(sty))
    st.append(t)
    doc.build(st, onFirstPage=furniture, onLaterPages=furniture)
    write_gold(STEM, {"attendance": [], "agenda_items": [], "decisions": [], "actions": actions, "risks": []})
