"""2017-06-22 Tarnvale Police and Crime Panel minutes — reportlab, Times, council style."""

from lib import esc, write_gold
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "2017-06-22-Tarnvale-Police-and-Crime-Panel-minutes.pdf"
DATE = "2017-06-22"
BODY = "Tarnvale Police and Crime Panel"
LOCATION = "Council Chamber, Shire Hall, Elverton"

LEFT = [
    ("Brian Tolley", "Chairman"),
    ("Patricia Hembry", "Vice-Chairman"),
    ("Derek Allsop", None),
    ("Sukhdev Bains", None),
    ("Janet Merriman", None),
]
RIGHT = [
    ("Owen Pritchard", None),
    ("Colin Rudd", None),
    ("Harriet Vance", "substitute"),
    ("Angela Forsyth", "Independent Co-opted Member"),
    ("Kenneth Odell", "Independent Co-opted Member"),
]
ALSO = [
    ("Malcolm Verity", "Police and Crime Commissioner"),
    ("Sandra Keighley", "Chief Executive, Office of the Police and Crime Commissioner"),
    ("Robert Castell", "Chief Finance Officer, Office of the Police and Crime Commissioner"),
]
OFFICERS = [
    ("Lynne Garside", "Democratic Services Officer, Tarnvale County Council"),
    ("Michael Hebden", "Legal Adviser to the Panel"),
]
APOLOGIES = ["Fiona Lister", "Gareth Nunn"]

R19 = [
    "That the Police and Crime Commissioner’s Annual Report 2016/17 be received.",
    "That the Panel’s comments, as set out in paragraph 3 of the report, be sent to the Commissioner.",
    "That the Commissioner be asked to publish the annual report with the Panel’s comments by 31 July 2017.",
]
R20 = [
    "That the performance and budget monitoring report be noted.",
    "That the Commissioner provide a written briefing on 101 call abandonment rates for the next meeting of the Panel.",
]

# minute number, heading, list of blocks: ("p", text) | ("r1", text) single resolution | ("rn", [parts])
MINUTES = [
    (
        "14/17",
        "APPOINTMENT OF CHAIRMAN",
        [
            (
                "r1",
                "The Panel RESOLVED that Councillor Brian Tolley be appointed Chairman of the Panel for the municipal year 2017/18.",
            ),
        ],
    ),
    (
        "15/17",
        "APPOINTMENT OF VICE-CHAIRMAN",
        [
            (
                "r1",
                "The Panel RESOLVED that Councillor Patricia Hembry be appointed Vice-Chairman of the Panel for the municipal year 2017/18.",
            ),
        ],
    ),
    (
        "16/17",
        "APOLOGIES AND SUBSTITUTIONS",
        [
            (
                "p",
                "Apologies for absence were received from Councillor Fiona Lister and Councillor Gareth Nunn. Councillor Harriet Vance attended as substitute for Councillor Gareth Nunn.",
            ),
        ],
    ),
    (
        "17/17",
        "DECLARATIONS OF INTEREST",
        [
            (
                "p",
                "Councillor Owen Pritchard declared a non-pecuniary interest in minute 19/17 as a member of the Elverton Community Safety Partnership.",
            ),
        ],
    ),
    (
        "18/17",
        "MINUTES",
        [
            (
                "r1",
                "The Panel RESOLVED that the minutes of the meeting held on 9 March 2017 be confirmed as a correct record and signed by the Chairman.",
            ),
        ],
    ),
    (
        "19/17",
        "POLICE AND CRIME COMMISSIONER’S ANNUAL REPORT 2016/17",
        [
            (
                "p",
                "The Commissioner introduced his annual report, the fourth of his term, which set out progress against the six priorities of the Police and Crime Plan. He drew attention to the opening of the Hatherby custody suite and to the 18% increase in referrals to the victims’ service.",
            ),
            (
                "p",
                "Members asked about the visibility of neighbourhood officers in the rural wards of South Tarn and about the delays in answering non-emergency calls. The Commissioner has agreed to attend the South Tarn district forum in September to discuss rural policing.",
            ),
            ("rn", R19),
        ],
    ),
    (
        "20/17",
        "PERFORMANCE AND BUDGET MONITORING – QUARTER 4 2016/17",
        [
            (
                "p",
                "The Chief Finance Officer reported an underspend of £0.84m for 2016/17, of which £0.5m had been set aside for the replacement of mobile devices. The Chairman noted that the 101 call abandonment rate had risen to 21% in March.",
            ),
            ("rn", R20),
        ],
    ),
    (
        "21/17",
        "COMPLAINTS AGAINST THE POLICE AND CRIME COMMISSIONER",
        [
            (
                "p",
                "The Legal Adviser reported that no complaints against the Commissioner had been received since the last meeting.",
            ),
            ("n", "The Panel noted the position."),
        ],
    ),
    (
        "22/17",
        "WORK PROGRAMME 2017/18",
        [
            (
                "r1",
                "The Panel RESOLVED that the work programme for 2017/18 be agreed, subject to the addition of a session on rural crime in November 2017.",
            ),
        ],
    ),
    (
        "23/17",
        "PUBLIC QUESTIONS",
        [
            (
                "p",
                "Mr Leonard Askew of Hatherby asked the Commissioner what steps were being taken to address speeding on the A619 through Bramcote. The Commissioner replied that the road was one of six routes in the county covered by the community speedwatch scheme and that mobile camera deployments had been doubled since April.",
            ),
            (
                "p",
                "Ms Carys Doughty asked whether the Panel would consider holding one of its meetings each year in the south of the county. The Chairman undertook to raise the matter with the host authority.",
            ),
        ],
    ),
    (
        "24/17",
        "PANEL BUDGET AND HOME OFFICE GRANT 2017/18",
        [
            (
                "p",
                "The Democratic Services Officer reported that the Home Office grant for 2017/18 was £64,340, of which £53,300 was required to support the Panel and £11,040 would be available for training and independent advice. Members discussed the value of the regional panel network and the cost of attending the national conference.",
            ),
            (
                "r1",
                "The Panel RESOLVED that (a) the budget for 2017/18 be approved; (b) up to £2,500 be set aside for independent financial advice on the 2018/19 precept; and (c) the Chairman and Vice-Chairman attend the national conference in November 2017.",
            ),
        ],
    ),
    (
        "25/17",
        "DATE OF NEXT MEETING",
        [
            (
                "p",
                "The next meeting of the Panel will be held on Thursday 14 September 2017 at 2.00 pm in the Council Chamber, Shire Hall, Elverton.",
            ),
        ],
    ),
]


def build(out_dir, tmp_dir):
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14, alignment=TA_JUSTIFY, spaceAfter=6)
    bold = ParagraphStyle("h", parent=body, fontName="Times-Bold", alignment=0)
    centre = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="Times-Bold", fontSize=13, leading=16)
    small = ParagraphStyle("s", parent=body, fontSize=10.5, leading=13, spaceAfter=0, alignment=0)

    story = [
        Paragraph(
            "DRAFT – subject to confirmation",
            ParagraphStyle("d", parent=body, fontName="Times-Italic", alignment=2, fontSize=10),
        ),
        Paragraph("TARNVALE POLICE AND CRIME PANEL", centre),
        Spacer(1, 4),
        Paragraph(
            f"MINUTES of a meeting of the Tarnvale Police and Crime Panel held in the {LOCATION} on "
            "Thursday 22 June 2017 at 2.00 pm.",
            body,
        ),
        Spacer(1, 4),
    ]
    attendance = []
    story.append(Paragraph("PRESENT:", bold))
    rows = []
    for (ln, lr), (rn, rr) in zip(LEFT, RIGHT):

        def fmt(n, r):
            if r == "Independent Co-opted Member":
                return f"{n} (Independent Co-opted Member)"
            return f"Councillor {n}" + (f" ({r})" if r else "")

        rows.append([Paragraph(esc(fmt(ln, lr)), small), Paragraph(esc(fmt(rn, rr)), small)])
        for n, r in ((ln, lr), (rn, rr)):
            attendance.append(
                {"meeting_date": DATE, "name": n, "attendance": "member", "role_text": r if r else "Councillor"}
            )
    t = Table(rows, colWidths=[82 * mm, 82 * mm], hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 20),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    story += [t, Spacer(1, 8)]
    story.append(Paragraph("<b>Also present:</b> " + "; ".join(f"{n} – {esc(r)}" for n, r in ALSO) + ".", body))
    story.append(Paragraph("<b>Officers:</b> " + "; ".join(f"{n} ({esc(r)})" for n, r in OFFICERS) + ".", body))
    for n, r in ALSO + OFFICERS:
        attendance.append({"meeting_date": DATE, "name": n, "attendance": "in_attendance", "role_text": r})
    for n in APOLOGIES:
        attendance.append({"meeting_date": DATE, "name": n, "attendance": "apologies", "role_text": "Councillor"})
    story.append(Spacer(1, 6))

    decisions = []
    numstyle = ParagraphStyle("n", parent=bold, fontSize=11)
    for num, heading, blocks in MINUTES:
        cells = [Paragraph(esc(heading), bold)]
        for kind, payload in blocks:
            if kind == "p":
                cells.append(Paragraph(esc(payload), body))
            elif kind in ("r1", "n"):
                txt = esc(payload).replace("RESOLVED", "<b>RESOLVED</b>")
                cells.append(Paragraph(txt, body))
                decisions.append(
                    {
                        "meeting_date": DATE,
                        "item_number": num,
                        "decision_type": "resolved" if kind == "r1" else "noted",
                        "text": payload,
                    }
                )
            else:
                cells.append(Paragraph("The Panel <b>RESOLVED</b>:", body))
                for i, part in enumerate(payload, 1):
                    cells.append(
                        Table(
                            [[Paragraph(f"{i}.", body), Paragraph(esc(part), body)]],
                            colWidths=[9 * mm, 139 * mm],
                            hAlign="LEFT",
                            style=[
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("TOPPADDING", (0, 0), (-1, -1), 0),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                            ],
                        )
                    )
                text = "The Panel RESOLVED: " + " ".join(f"{i}. {p}" for i, p in enumerate(payload, 1))
                decisions.append({"meeting_date": DATE, "item_number": num, "decision_type": "resolved", "text": text})
        row = Table([[Paragraph(num, numstyle), cells]], colWidths=[18 * mm, 150 * mm], hAlign="LEFT")
        row.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story.append(row)
    story += [
        Spacer(1, 14),
        Paragraph("The meeting closed at 4.05 pm.", body),
        Spacer(1, 20),
        Paragraph("Chairman ……………………………………………… &nbsp;&nbsp;&nbsp; Date ………………………", body),
    ]

    def onpage(c, d):
        c.saveState()
        c.setFont("Times-Roman", 9)
        c.drawCentredString(A4[0] / 2, 12 * mm, f"Tarnvale Police and Crime Panel – 22 June 2017 – Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(
        str(out_dir / NAME),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=22 * mm,
        title="Police and Crime Panel minutes",
    )
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    write_gold(
        NAME,
        "minutes",
        meetings=[
            {"body": BODY, "meeting_date": DATE, "start_time": "14:00", "location": LOCATION, "minutes_status": "draft"}
        ],
        attendance=attendance,
        decisions=decisions,
        actions=[],
    )
