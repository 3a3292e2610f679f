"""Penmorrow Joint Audit Committee minutes as a two-column table (item number | discussion),
reportlab Liberation Sans Narrow; attendance run-in with initials; ACTION: XX lines inside the
discussion cells; CONFIRMED stamp in the header box."""

from common import HERE, act, att, dec, esc, style, write_gold
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

STEM = "2024-10-02-Penmorrow-Joint-Audit-Committee-minutes"
DATE = "2024-10-02"
BODY = "Penmorrow Joint Audit Committee"
LOCATION = "Conference Room B, Police Headquarters, Ffordd Glyndwr, Caerwen"
F = "LibNarrow"
S = style("s", F, 11.5, 15, spaceAfter=3)
SB = style("sb", F + "-Bold", 11.5, 15, spaceAfter=2)
SW = style("sw", F + "-Bold", 10, 12.6, textColor=colors.white)

PEOPLE = {  # initials -> (name, printed, role, kind)
    "AP": ("Alys Pryce", "Alys Pryce", "Independent Member (Chair)", "member"),
    "GH": ("Gethin Howells", "Gethin Howells", "Independent Member", "member"),
    "MO": ("Miriam Odell", "Miriam Odell", "Independent Member", "member"),
    "BC": ("Bethan Caradog", "Bethan Caradog", "Independent Member", "member"),
    "CVR": ("Catrin Vaughan-Rees", "Catrin Vaughan-Rees", "Chief Executive, OPCC", "in_attendance"),
    "OT": ("Owain Treharne", "Owain Treharne", "Chief Finance Officer, OPCC", "in_attendance"),
    "FM": ("Ffion Maddox", "DCC Ffion Maddox", "Deputy Chief Constable", "in_attendance"),
    "IB": ("Ian Bellweather", "Ian Bellweather", "Director of Finance, Penmorrow Police", "in_attendance"),
    "RD": ("Rosa Delgado", "Rosa Delgado", "Audit Wales", "in_attendance"),
    "NK": (
        "Neeraj Kapoor",
        "Neeraj Kapoor",
        "Head of Internal Audit, Marches Internal Audit Services",
        "in_attendance",
    ),
    "HP": ("Huw Pardoe", "Huw Pardoe", "Chief Constable", "apologies"),
    "DE": ("Dafydd Ellwood", "Dafydd Ellwood", "Independent Member", "apologies"),
}


def owners_of(initials):
    return [PEOPLE[i.strip()][0] for i in initials.replace("/", ",").split(",")]


# item -> list of ("p", text) | ("d", type, text) | ("a", initials, text, due_text, due_iso)
ITEMS = [
    (
        "1",
        "Welcome and apologies",
        [
            ("p", "AP welcomed members and officers. Apologies were received from HP and DE. The meeting was quorate."),
        ],
    ),
    (
        "2",
        "Declarations of interest",
        [
            (
                "p",
                "MO declared that her firm had tendered unsuccessfully for the 2023 payroll contract; she took no part in item 7.",
            ),
        ],
    ),
    (
        "3",
        "Minutes of the meeting held on 10 July 2024 and matters arising",
        [
            (
                "d",
                "approved",
                "The Committee approved the minutes of the meeting held on 10 July 2024 as a correct record.",
            ),
            ("p", "There were no matters arising that were not covered by the action log."),
        ],
    ),
    (
        "4",
        "Action log",
        [
            ("p", "CVR took members through the log. Four of the six open actions had been completed."),
            ("d", "noted", "The Committee noted the progress on the action log."),
        ],
    ),
    (
        "5",
        "Internal audit progress report",
        [
            (
                "p",
                "NK presented the report. Five audits had been finalised since July: two with substantial and three "
                "with reasonable assurance. The fleet fuel card audit had found cards without named holders.",
            ),
            (
                "a",
                "NK",
                "circulate the final report on fleet fuel card controls to members by 31 October 2024.",
                "31 October 2024",
                "2024-10-31",
            ),
            ("d", "noted", "The Committee noted the internal audit progress report."),
        ],
    ),
    (
        "6",
        "Audit Wales – annual audit plan 2024",
        [
            (
                "p",
                "RD outlined the plan, the significant risks identified and the proposed fee, which had risen by 6%.",
            ),
            ("d", "agreed", "The Committee endorsed the annual audit plan and agreed the proposed fee."),
        ],
    ),
    (
        "7",
        "Treasury management mid-year review",
        [
            (
                "p",
                "OT reported that all borrowing remained within the prudential indicators. Members asked about the "
                "effect of the revised counterparty limits on investment returns.",
            ),
            (
                "a",
                "OT / IB",
                "report the effect of the revised counterparty limits on investment income to the December meeting.",
                "December meeting",
                None,
            ),
        ],
    ),
    (
        "8",
        "Risk management update",
        [
            (
                "p",
                "FM presented the joint strategic risk register. The digital evidence storage risk had been "
                "escalated to red after a capacity warning from the supplier.",
            ),
            (
                "a",
                "FM",
                "bring a deep-dive on the digital evidence storage risk to the March 2025 meeting.",
                "March 2025",
                None,
            ),
            (
                "d",
                "agreed",
                "The Committee agreed to hold a private session with the Head of Internal Audit before the December meeting.",
            ),
        ],
    ),
    (
        "9",
        "Date of next meeting",
        [
            ("p", "Wednesday 11 December 2024 at 2.00pm, Conference Room B."),
        ],
    ),
]


def header(c, d):
    c.saveState()
    c.setFont(F, 8)
    c.drawString(2 * cm, A4[1] - 1.1 * cm, "Penmorrow Joint Audit Committee | Minutes | 2 October 2024")
    c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.1 * cm, "OFFICIAL")
    c.drawCentredString(A4[0] / 2, 1.0 * cm, f"{d.page}")
    c.restoreState()


def build():
    doc = SimpleDocTemplate(
        str(HERE / f"{STEM}.pdf"),
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=1.8 * cm,
        bottomMargin=1.6 * cm,
    )
    st = []
    box = Table(
        [
            [
                Paragraph("PENMORROW JOINT AUDIT COMMITTEE", style("x", F + "-Bold", 14, 17)),
                Paragraph("MINUTES – CONFIRMED<br/>at the meeting of 11 December 2024", style("y", F + "-Bold", 9, 11)),
            ],
            [Paragraph("Wednesday 2 October 2024, 2.00pm – 4.30pm<br/>" + esc(LOCATION), S), ""],
        ],
        colWidths=[12 * cm, 5 * cm],
    )
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#23395B")),
                ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#DCEBDD")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    st += [box, Spacer(1, 10)]

    gold_att = []
    groups = [("Present", "member"), ("In attendance", "in_attendance"), ("Apologies", "apologies")]
    for label, kind in groups:
        parts = []
        for ini, (n, printed, role, k) in PEOPLE.items():
            if k == kind:
                parts.append(f"{printed} ({ini}), {role}")
                gold_att.append(att(DATE, n, kind, role))
        st.append(Paragraph(f"<b>{label}:</b> " + esc("; ".join(parts)) + ".", S))
        st.append(Spacer(1, 4))
    st.append(Spacer(1, 6))

    decisions, actions = [], []
    rows = [[Paragraph("Item", SW), Paragraph("Discussion", SW)]]
    for num, title, blocks in ITEMS:
        cell = [Paragraph(esc(title), SB)]
        for b in blocks:
            if b[0] == "p":
                cell.append(Paragraph(esc(b[1]), S))
            elif b[0] == "d":
                cell.append(Paragraph(esc(b[2]), S))
                decisions.append(dec(DATE, num, b[1], b[2]))
            else:
                _, ini, text, due_text, due_iso = b
                cell.append(Paragraph(f"<b>ACTION: {ini}</b> to {esc(text)}", S))
                actions.append(act(text, None, DATE, num, owners_of(ini), due_iso, "open", ini, due_text))
        rows.append([Paragraph(num, SB), cell])
    t = Table(rows, colWidths=[1.6 * cm, 15.4 * cm], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#23395B")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#23395B")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
            ]
        )
    )
    st.append(t)
    doc.build(st, onFirstPage=header, onLaterPages=header)
    write_gold(
        STEM,
        {
            "meetings": [
                {
                    "body": BODY,
                    "meeting_date": DATE,
                    "start_time": "14:00",
                    "location": LOCATION,
                    "minutes_status": "approved",
                }
            ],
            "attendance": gold_att,
            "agenda_items": [],
            "decisions": decisions,
            "actions": actions,
            "risks": [],
        },
    )
