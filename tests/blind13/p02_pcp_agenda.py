"""Pellingshire Police and Crime Panel agenda front sheet, 22 June 2017, in the style a council
committee-management system prints: 'Public Document Pack', Date/Time/Place block, membership
(not attendance), numbered items with a linked-documents list and page references (reportlab)."""

from common import D, Gold, modgov_date
from rlkit import *

STEM = "2017-06-22-Pellingshire-Police-and-Crime-Panel-agenda"
BODY = "Pellingshire Police and Crime Panel"
MD = D(2017, 6, 22)
LOC = "Council Chamber, Shire Hall, Pelling"

ITEMS = [
    ("1", "Election of Chairman for 2017/18", None, "To elect a Chairman of the Panel for the municipal year.", []),
    (
        "2",
        "Election of Vice-Chairman for 2017/18",
        None,
        "To elect a Vice-Chairman of the Panel for the municipal year.",
        [],
    ),
    (
        "3",
        "Apologies for Absence and Substitutions",
        None,
        "To receive apologies for absence and notification of substitutions.",
        [],
    ),
    (
        "4",
        "Declarations of Interest",
        None,
        "To receive any declarations of interest from members in respect of items on this agenda.",
        [],
    ),
    (
        "5",
        "Minutes",
        None,
        "To confirm the minutes of the meeting held on 9 March 2017.",
        [("Minutes 09032017", "PDF 118 KB")],
    ),
    (
        "6",
        "Public Questions",
        None,
        "To answer any questions received from members of the public in accordance with the Panel’s procedure rules.",
        [],
    ),
    (
        "7",
        "Police and Crime Commissioner’s Annual Report 2016/17",
        "Report of the Police and Crime Commissioner",
        "To review the Commissioner’s annual report and make any report or recommendations to the Commissioner.",
        [("PCC Annual Report 2016-17 cover report", "PDF 96 KB"), ("Appendix A - Annual Report 2016-17", "PDF 2 MB")],
    ),
    (
        "8",
        "Performance Framework for the Police and Crime Plan",
        "Report of the Chief Executive, Office of the Police and Crime Commissioner",
        "To consider the measures by which progress against the Plan will be reported.",
        [("Performance Framework report", "PDF 140 KB")],
    ),
    (
        "9",
        "Complaints Sub-Committee – Terms of Reference",
        "Report of the Legal Adviser to the Panel",
        "To review the terms of reference and appoint members to the Sub-Committee for 2017/18.",
        [("Complaints Sub-Committee ToR", "PDF 77 KB")],
    ),
    (
        "10",
        "Recommendations Tracker",
        "Panel Support Officer",
        "To note progress against the Panel’s recommendations.",
        [("Recommendations Tracker June 2017", "PDF 64 KB")],
    ),
    (
        "11",
        "Work Programme 2017/18",
        "Panel Support Officer",
        "To consider the Panel’s work programme.",
        [("Work Programme 2017-18", "PDF 58 KB")],
    ),
    ("12", "Date of Next Meeting", None, "Thursday 21 September 2017 at 10.00 am.", []),
]
MEMBERS = [
    "Derek Almond",
    "Rosalind Pike",
    "Hugh Barnsley",
    "Marian Coyle",
    "Tariq Hussain",
    "Geoffrey Lunn",
    "Patricia Oakes",
    "Nigel Prout",
    "Sheila Vickers",
]


def build():
    g = Gold(STEM, "agenda")
    g.meeting(BODY, MD, "10:00", LOC, None)
    base = S(font="Carlito", size=10.5)
    small = S(font="Carlito", size=9, color=colors.HexColor("#333333"))
    link = S(font="Carlito", size=9, color=colors.HexColor("#1a4f9c"), left=12)
    head = S(font="Carlito", size=11.5, bold=True)
    story = []
    story.append(P("Public Document Pack", S(font="Carlito", size=9, align=TA_RIGHT, bold=True)))
    story.append(Spacer(1, 6))
    story.append(P("Agenda", S(font="Carlito", size=22, bold=True, color=colors.HexColor("#1a4f9c"))))
    story.append(P(BODY, S(font="Carlito", size=15, bold=True, after=8)))
    info = [
        ["Date:", modgov_date(MD)],
        ["Time:", "10.00 am"],
        ["Place:", LOC],
        ["Contact:", "Lucy Farrant, Panel Support Officer  Tel: 01762 554 210"],
    ]
    t = Table(
        [[P(a, S(font="Carlito", size=10.5, bold=True)), P(E(b), base)] for a, b in info], colWidths=[22 * mm, 140 * mm]
    )
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    story += [t, Spacer(1, 8)]
    story.append(
        P(
            "<b>Membership:</b> Councillors "
            + ", ".join(MEMBERS)
            + "; Independent co-opted members Janet Whitsun and Oliver Crane.",
            small,
        )
    )
    story.append(
        P("<i>Members of the public are welcome to attend. This meeting may be filmed or recorded.</i>", small)
    )
    story.append(Spacer(1, 10))
    story.append(P("Items", S(font="Carlito", size=13, bold=True, after=2)))
    rows = [[P("<b>No.</b>", small), P("<b>Item</b>", small)]]
    for no, title, pres, desc, docs in ITEMS:
        cell = [P(E(title), head)]
        if pres:
            cell.append(P("<i>%s</i>" % E(pres), small))
        cell.append(P(E(desc), base))
        if docs:
            cell.append(P("Documents:", S(font="Carlito", size=9, bold=True, before=2)))
            for n, sz in docs:
                cell.append(P("&#8226; <u>%s</u> %s" % (E(n), sz), link))
        rows.append([P("%s." % no, head), cell])
        g.item(MD, no, title, pres)
    t = Table(rows, colWidths=[14 * mm, 160 * mm], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa9c4")),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story.append(t)

    def onpage(c, d):
        c.saveState()
        c.setFont("Carlito", 8)
        c.drawString(18 * mm, 10 * mm, "Pellingshire County Council, Shire Hall, Pelling PG1 2QS")
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, "Page %d" % d.page)
        c.restoreState()

    d = doc(STEM, title="Agenda – " + BODY)
    render(d, story, onpage)
    g.write()
