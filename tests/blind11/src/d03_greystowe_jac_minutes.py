"""Greystowe Joint Audit Committee minutes: attendance in two side-by-side columns (name – role),
apologies in prose under the first minute, "Minute 14" numbering, varied decision verbs incl. supported and
delegated, action markers "ACTION:" and "Action – owner:". reportlab, DejaVu Serif 9.5 pt, portrait."""

from common import *
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

STEM = "2025-01-29-Greystowe-Joint-Audit-Committee-minutes"
DATE = "2025-01-29"
BODY = "Greystowe Joint Audit Committee"
LOC = "Meeting Room 3, Greystowe Police Headquarters, Furnace Road, Harnby Cross"

MEMBERS = [
    ("Sarah Penhaligon", "Sarah Penhaligon", "Independent Member (Chair)"),
    ("Rupert Ashdown", "Rupert Ashdown", "Independent Member"),
    ("Dr Farah Qasim", "Farah Qasim", "Independent Member"),
    ("Colin Treharne", "Colin Treharne", "Independent Member"),
]
ATTENDING = [
    ("Victoria Lumb", "Victoria Lumb", "Chief Executive, OPCC"),
    ("Graham Fensome", "Graham Fensome", "Chief Finance Officer, OPCC"),
    ("ACC Nadia Kowalczyk", "Nadia Kowalczyk", "Assistant Chief Constable"),
    ("Owen Prentice", "Owen Prentice", "Director of Finance, Greystowe Police"),
    ("Alice Barraclough", "Alice Barraclough", "Head of Internal Audit, Tri-County Audit Services"),
    ("Jamal Whitcombe", "Jamal Whitcombe", "Audit Manager, Harbrook LLP (external audit)"),
]
APOLOGIES = [("Helen Marchbank", "Independent Member"), ("Liam Doughty", "Chief Constable")]

# kinds: ("p", text) plain paragraph; ("d", type, text) decision; ("a", marker-line, desc, owners, owner_text, iso, date_text)
MINUTES = [
    (
        "14",
        "Apologies and declarations of interest",
        [
            (
                "p",
                "Apologies were received from Helen Marchbank (Independent Member) and Chief Constable Liam Doughty. "
                "ACC Kowalczyk attended on behalf of the Chief Constable.",
            ),
            (
                "p",
                "Colin Treharne declared that a family member is employed by Tri-County Audit Services; the Committee "
                "did not consider this a conflict for the items on the agenda.",
            ),
        ],
    ),
    (
        "15",
        "Minutes of the meeting held on 20 November 2024",
        [
            (
                "d",
                "approved",
                "The Committee approved the minutes of the meeting held on 20 November 2024 as a correct record.",
            ),
        ],
    ),
    (
        "16",
        "Action log",
        [
            ("p", "The Chief Finance Officer reported that five of the seven open actions had been completed."),
            ("d", "agreed", "The Committee agreed to close actions 9 and 11 and to carry action 12 forward to April."),
        ],
    ),
    (
        "17",
        "Internal audit progress report 2024/25",
        [
            (
                "p",
                "Alice Barraclough presented the report. Eleven of the eighteen planned reviews have been finalised. "
                "Two limited assurance opinions were issued, on fleet fuel card controls and on duty management "
                "system access rights.",
            ),
            (
                "p",
                "Members questioned whether the fuel card weaknesses had led to any loss. Owen Prentice confirmed "
                "that the reconciliation had found no evidence of misuse.",
            ),
            ("d", "noted", "The Committee noted the progress report and the two limited assurance opinions."),
            (
                "a",
                "ACTION: ",
                "Head of Internal Audit to present the follow-up review of fleet fuel card controls to the April meeting.",
                ["Head of Internal Audit"],
                "Head of Internal Audit",
                None,
                None,
            ),
        ],
    ),
    (
        "18",
        "External audit: auditor's annual report 2023/24",
        [
            (
                "p",
                "Jamal Whitcombe summarised the report. An unqualified opinion was issued on both sets of accounts. "
                "Two improvement recommendations were made under value for money arrangements.",
            ),
            ("d", "noted", "The Committee noted the auditor's annual report for 2023/24."),
            (
                "d",
                "endorsed",
                "The Committee supported the proposed management response to the improvement "
                "recommendation on workforce planning.",
            ),
            (
                "a",
                "Action – CFO: ",
                "circulate the audit fee variation letter to members by 14 February 2025.",
                ["Chief Finance Officer"],
                "CFO",
                "2025-02-14",
                "14 February 2025",
            ),
        ],
    ),
    (
        "19",
        "Risk management update",
        [
            (
                "p",
                "Victoria Lumb presented the OPCC strategic risk register. The risk relating to the commissioning "
                "of victim services has been reduced following the award of the new contract.",
            ),
            ("d", "endorsed", "The Committee endorsed the updated OPCC strategic risk register."),
            (
                "a",
                "ACTION: ",
                "ACC Kowalczyk to provide a deep dive on the digital forensics backlog risk at the "
                "meeting on 23 April 2025.",
                ["Nadia Kowalczyk"],
                "ACC Kowalczyk",
                "2025-04-23",
                "23 April 2025",
            ),
        ],
    ),
    (
        "20",
        "Treasury management strategy 2025/26",
        [
            (
                "p",
                "Graham Fensome introduced the draft strategy, which retains the current counterparty limits and "
                "introduces a liability benchmark.",
            ),
            (
                "d",
                "agreed",
                "The Committee agreed to recommend the Treasury Management Strategy 2025/26 to the "
                "Commissioner for adoption.",
            ),
        ],
    ),
    (
        "21",
        "Letter of enquiry from the external auditor",
        [
            (
                "d",
                "delegated",
                "The Committee delegated authority to the Chair, in consultation with the Chief Finance "
                "Officer, to sign the response to the external auditor's letter of enquiry.",
            ),
            (
                "a",
                "Action – Chair and CFO: ",
                "return the signed response to Harbrook LLP.",
                ["Chair", "Chief Finance Officer"],
                "Chair and CFO",
                None,
                None,
            ),
        ],
    ),
    (
        "22",
        "Date of next meeting",
        [
            ("p", "Wednesday 23 April 2025 at 10.00am, Meeting Room 3, Greystowe Police Headquarters."),
        ],
    ),
]


def build(outdir):
    register_fonts()
    F = "DejaVuSerif"
    P = ParagraphStyle("p", fontName=F, fontSize=9.5, leading=12.5, spaceAfter=4)
    ParagraphStyle("pi", parent=P, fontName=F + "-Bold")
    H = ParagraphStyle("h", fontName=F + "-Bold", fontSize=10, leading=13, spaceBefore=8, spaceAfter=3)
    T = ParagraphStyle("t", fontName=F + "-Bold", fontSize=13, leading=17, alignment=1)
    C = ParagraphStyle("c", fontName=F, fontSize=10, leading=13, alignment=1)
    S = ParagraphStyle("s", fontName=F, fontSize=9, leading=11.5)
    SB = ParagraphStyle("sb", fontName=F + "-Bold", fontSize=9, leading=11.5)
    story = [
        Paragraph("Greystowe Police and Crime Commissioner and Chief Constable", C),
        Paragraph("GREYSTOWE JOINT AUDIT COMMITTEE", T),
        Paragraph("Unconfirmed minutes of the meeting held on Wednesday 29 January 2025 at 10.00am in " + esc(LOC), C),
        Spacer(1, 8),
    ]
    left = [Paragraph("Committee members", SB)] + [Paragraph(f"{esc(p)} – {esc(r)}", S) for p, _, r in MEMBERS]
    right = [Paragraph("In attendance", SB)] + [Paragraph(f"{esc(p)} – {esc(r)}", S) for p, _, r in ATTENDING]
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    t = Table(list(zip(left, right)), colWidths=[78 * mm, 88 * mm])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ("LINEAFTER", (0, 0), (0, -1), 0.4, colors.grey),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    story += [t, Spacer(1, 6)]
    decisions, actions = [], []
    for no, head, parts in MINUTES:
        story.append(Paragraph(f"Minute {no}&nbsp;&nbsp;&nbsp;{esc(head)}", H))
        for p in parts:
            if p[0] == "p":
                story.append(Paragraph(esc(p[1]), P))
            elif p[0] == "d":
                story.append(Paragraph(esc(p[2]), P))
                decisions.append(decision(DATE, no, p[1], p[2]))
            else:
                _, marker, desc, owners, otext, iso, dtext = p
                story.append(Paragraph(f"<b>{esc(marker)}</b><i>{esc(desc)}</i>", P))
                actions.append(action(desc, None, DATE, no, owners, iso, "open", otext, dtext))
    story += [
        Spacer(1, 14),
        Paragraph("The meeting closed at 12.20pm.", P),
        Spacer(1, 10),
        Paragraph(
            "Signed ........................................ Chair &nbsp;&nbsp;&nbsp; Date ....................", P
        ),
    ]

    def deco(c, d):
        c.saveState()
        c.setFont(F, 7.5)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(20 * mm, A4[1] - 12 * mm, "Greystowe Joint Audit Committee – 29 January 2025 – UNCONFIRMED")
        c.drawCentredString(A4[0] / 2, 10 * mm, f"– {d.page} –")
        c.restoreState()

    doc = SimpleDocTemplate(
        str(outdir / (STEM + ".pdf")),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title="JAC minutes 29 January 2025",
        invariant=1,
    )
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    attendance = (
        [att(DATE, n, "member", r) for _, n, r in MEMBERS]
        + [att(DATE, n, "in_attendance", r) for _, n, r in ATTENDING]
        + [att(DATE, n, "apologies", r) for n, r in APOLOGIES]
    )
    write_gold(
        STEM,
        MINUTES_KEYS,
        meetings=[meeting(BODY, DATE, "10:00", LOC, "draft")],
        attendance=attendance,
        decisions=decisions,
        actions=actions,
    )
