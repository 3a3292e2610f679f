"""Stourmere Fire and Rescue Authority, Audit and Scrutiny Committee: plain agenda (summons page with the
membership, then a numbered agenda with the presenter on a second line, sub-items 7.1/7.2, a Part 2 item).
reportlab, Times 11 pt, portrait."""

from common import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

STEM = "2025-09-18-Stourmere-FRA-Audit-and-Scrutiny-Committee-agenda"
DATE = "2025-09-18"
BODY = "Audit and Scrutiny Committee"
LOC = "Committee Room 2, Stourmere Fire Service Headquarters, Ridgeway, Halsford"

MEMBERS = [
    "Councillor Graham Ludlow (Chair)",
    "Councillor Ayesha Mirza (Vice-Chair)",
    "Councillor Trevor Bainbridge",
    "Councillor Lorna Keating",
    "Councillor Philip Osgood",
    "Councillor Jasmine Tuffnell",
    "Mr Edward Nolan (Independent Person)",
]

# (number, title, presenter or None)
AGENDA = [
    ("1", "Apologies for absence", None),
    ("2", "Declarations of interest", None),
    ("3", "Minutes of the meeting held on 19 June 2025", "Chair"),
    ("4", "Matters arising and action log", "Report of the Clerk to the Authority"),
    ("5", "Internal audit progress report 2025/26", "Report of the Head of Internal Audit"),
    ("6", "Annual audit report 2024/25", "Report of the External Auditor, Corbridge Whyte LLP"),
    ("7", "Corporate risk management", None),
    ("7.1", "Quarterly review of the corporate risk register", "Report of the Deputy Chief Fire Officer"),
    ("7.2", "Cyber security: deep dive", "Presentation by the Head of ICT"),
    ("8", "Statement of accounts 2024/25 and letter of representation", "Report of the Treasurer"),
    ("9", "Committee work programme 2025/26", "Report of the Clerk to the Authority"),
    ("10", "Exclusion of the press and public", None),
    ("11", "Pension scheme administration contract", "Report of the Treasurer (exempt – paragraph 3)"),
]


def build(outdir):
    R, B, I = "Times-Roman", "Times-Bold", "Times-Italic"
    P = ParagraphStyle("p", fontName=R, fontSize=11, leading=14, spaceAfter=6)
    ParagraphStyle("c", parent=P, alignment=1)
    T = ParagraphStyle("t", fontName=B, fontSize=16, leading=20, alignment=1, spaceAfter=4)
    H = ParagraphStyle("h", fontName=B, fontSize=12, leading=15, spaceBefore=8, spaceAfter=6)
    It = ParagraphStyle("i", fontName=I, fontSize=10.5, leading=13)
    story = [
        Paragraph("STOURMERE FIRE AND RESCUE AUTHORITY", T),
        Paragraph("Audit and Scrutiny Committee", ParagraphStyle("t2", parent=T, fontSize=13)),
        Spacer(1, 14),
        Paragraph("To: Members of the Audit and Scrutiny Committee", P),
        Paragraph("Date of publication: 10 September 2025", P),
        Spacer(1, 6),
        Paragraph("Dear Member,", P),
        Paragraph(
            "You are summoned to attend a meeting of the Audit and Scrutiny Committee to be held on "
            f"<b>Thursday 18 September 2025 at 2.00 pm</b> in {esc(LOC)}, for the purpose of "
            "transacting the business set out in the agenda overleaf.",
            P,
        ),
        Paragraph(
            "Members of the public may attend Part 1 of the meeting. The meeting will also be "
            "broadcast on the Authority’s website.",
            P,
        ),
        Spacer(1, 6),
        Paragraph("Yours sincerely,", P),
        Spacer(1, 14),
        Paragraph("Marcia Delahaye<br/>Clerk to the Authority", P),
        Spacer(1, 10),
        Paragraph("Membership", H),
    ]
    for m in MEMBERS:
        story.append(Paragraph(esc(m), ParagraphStyle("m", parent=P, spaceAfter=1, leftIndent=10)))
    story += [
        Spacer(1, 8),
        Paragraph("Enquiries: Democratic Services, 01632 960 418", It),
        PageBreak(),
        Paragraph("AGENDA", T),
        Paragraph("PART 1 – ITEMS CONSIDERED IN PUBLIC", H),
    ]
    rows, styles = [], [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
    for no, title, pres in AGENDA:
        if no == "11":
            rows.append(["", Paragraph("PART 2 – ITEMS LIKELY TO BE CONSIDERED IN PRIVATE", H)])
        cell = [Paragraph(f"<b>{esc(title)}</b>", P)]
        if pres:
            cell.append(Paragraph(esc(pres), It))
        indent = 10 * mm if "." in no else 0
        rows.append(
            [
                Paragraph(f"<b>{no}.</b>" if "." not in no else no, ParagraphStyle("n", parent=P, leftIndent=indent)),
                cell,
            ]
        )
        if no == "10":
            rows.append(
                [
                    "",
                    Paragraph(
                        "To consider passing the following resolution: “That under section 100A(4) "
                        "of the Local Government Act 1972 the press and public be excluded from the "
                        "meeting for the following item of business on the grounds that it involves "
                        "the likely disclosure of exempt information.”",
                        ParagraphStyle("x", parent=It, spaceAfter=6),
                    ),
                ]
            )
    t = Table(rows, colWidths=[22 * mm, 140 * mm])
    t.setStyle(TableStyle(styles))
    story += [t, Spacer(1, 10), Paragraph("Date of next meeting: Thursday 11 December 2025 at 2.00 pm", P)]

    def deco(c, d):
        c.saveState()
        c.setFont(R, 9)
        c.drawCentredString(A4[0] / 2, 12 * mm, str(d.page))
        c.restoreState()

    doc = SimpleDocTemplate(
        str(outdir / (STEM + ".pdf")),
        pagesize=A4,
        leftMargin=24 * mm,
        rightMargin=24 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title="Audit and Scrutiny Committee agenda",
        invariant=1,
    )
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    items = [item(DATE, no, title, pres) for no, title, pres in AGENDA]
    write_gold(STEM, AGENDA_KEYS, meetings=[meeting(BODY, DATE, "14:00", LOC, None)], agenda_items=items)
