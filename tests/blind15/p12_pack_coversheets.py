"""12: Agenda pack whose papers are separated only by cover sheets ('Purpose of report' box):
agenda, draft minutes of the previous meeting, action log, and a performance report."""

from lib import OUT, act, agenda_item, att, dec, meeting, write_gold
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

STEM = "2021-10-13-Corvenshire-Strategic-Policing-Board-pack"
D1, D0 = "2021-10-13", "2021-09-08"
BODY = "Strategic Policing Board"
LOC1 = "Boardroom, Corvenshire Police Headquarters, Beacon Road, Millhaven"
LOC0 = "virtually via Microsoft Teams"

AGENDA = [
    ("1", "Welcome and apologies", "Chair", ""),
    ("2", "Declarations of interest", "Chair", ""),
    ("3", "Minutes of the meeting held on 8 September 2021", "Chair", "Paper"),
    ("4", "Action log", "Chief Executive", "Paper"),
    ("5", "Custody detention performance – quarter 1 2021/22", "Ch Supt Criminal Justice", "Paper"),
    ("6", "Precept consultation 2022/23", "Chief Finance Officer", "To follow"),
    ("7", "Uplift programme – recruitment update", "Deputy Chief Constable", "Verbal"),
    ("8", "Any other business", "Chair", ""),
]

PRESENT = [
    ("Dawn Ellery", "Police and Crime Commissioner (Chair)"),
    ("Richard Ashe", "Chief Constable"),
    ("Marcus Lyle", "Deputy Chief Constable"),
    ("Priya Chandran", "Chief Executive, OPCC"),
    ("Oliver Trent", "Chief Finance Officer, OPCC"),
]
INATT = [("Yvonne Marsh", "Head of Performance, OPCC"), ("Ian Fairclough", "Director of Finance, Corvenshire Police")]
APOL = [("Bethan Lowe", "Assistant Chief Constable")]

DEC = [
    ("2.1", "approved", "The Board approved the minutes of the meeting held on 14 July 2021."),
    ("3.1", "agreed", "The Board noted the action log and agreed to close actions SPB21/09 and SPB21/11."),
    ("4.2", "noted", "The Commissioner noted the report."),
    (
        "5.1",
        "endorsed",
        "The Board endorsed the outline business case for the new custody suite at Millhaven, for submission to the Commissioner for a formal decision.",
    ),
    (
        "6.1",
        "noted",
        "The Board noted that the Commissioner would publish her Police and Crime Plan on 1 November 2021.",
    ),
]
DECT = {k: t for k, _, t in DEC}
MIN_ACT = {
    "SPB21/17": ("4", "Chief Constable to provide an analysis of repeat domestic abuse victims by district."),
    "SPB21/18": (
        "5",
        "Chief Finance Officer to include the capital costs of the custody suite in the draft medium term financial plan.",
    ),
}

# log: ref, raised printed, raised iso, item, action, owner, owners, due printed, due iso, update, status
LOG = [
    (
        "SPB21/12",
        "14/07/21",
        "2021-07-14",
        "5",
        "Report on the use of section 60 authorisations over the summer.",
        "ACC",
        ["Assistant Chief Constable"],
        "08/09/21",
        "2021-09-08",
        "Report taken at the September Board.",
        "Closed",
    ),
    (
        "SPB21/14",
        "14/07/21",
        "2021-07-14",
        "6",
        "Agree the communications plan for the launch of the Police and Crime Plan.",
        "Chief Executive",
        ["Chief Executive"],
        "13/10/21",
        "2021-10-13",
        "Draft plan circulated 1 October.",
        "Open",
    ),
    (
        "SPB21/15",
        "14/07/21",
        "2021-07-14",
        "7",
        "Review the process for reimbursing the expenses of volunteers.",
        "OPCC",
        ["Office of the Police and Crime Commissioner"],
        "Dec 2021",
        None,
        "",
        "Open",
    ),
    (
        "SPB21/17",
        "08/09/21",
        "2021-09-08",
        "4",
        "Provide an analysis of repeat domestic abuse victims by district.",
        "CC",
        ["Chief Constable"],
        "13/10/21 revised 10/11/21",
        "2021-11-10",
        "Moved to November at the request of the CC.",
        "Open",
    ),
    (
        "SPB21/18",
        "08/09/21",
        "2021-09-08",
        "5",
        "Include the capital costs of the custody suite in the draft MTFP.",
        "CFO",
        ["Chief Finance Officer"],
        "10/11/21",
        "2021-11-10",
        "",
        "Open",
    ),
]


def build():
    sans = ParagraphStyle("s", fontName="LibSans", fontSize=10, leading=13)
    sansb = ParagraphStyle("sb", parent=sans, fontName="LibSansB")
    ser = ParagraphStyle("r", fontName="DVSerif", fontSize=9.5, leading=12.5, spaceAfter=4)
    serb = ParagraphStyle("rb", parent=ser, fontName="DVSerifB")
    title = ParagraphStyle("t", parent=sansb, fontSize=15, leading=19, spaceAfter=6)
    story = []

    # ---- agenda
    story += [
        Paragraph("CORVENSHIRE POLICE AND CRIME COMMISSIONER", sansb),
        Paragraph("STRATEGIC POLICING BOARD", title),
        Paragraph(f"Wednesday 13 October 2021 at 2.00pm<br/>{LOC1}", sans),
        Spacer(1, 10),
        Paragraph("AGENDA", sansb),
        Spacer(1, 4),
    ]
    rows = [
        [Paragraph(f"<b>{n}.</b>", sans), Paragraph(t, sans), Paragraph(f"<i>{l}</i>", sans), Paragraph(p, sans)]
        for n, t, l, p in AGENDA
    ]
    at = Table(rows, colWidths=[12 * mm, 95 * mm, 45 * mm, 20 * mm])
    at.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey)])
    )
    story += [
        at,
        Spacer(1, 14),
        Paragraph("Date of next meeting: Wednesday 10 November 2021, 2.00pm.", sans),
        PageBreak(),
    ]

    def cover(item, ttl, author, purpose, rec, appendices="None"):
        def box(label, body):
            return [Paragraph(f"<b>{label}</b>", sans), Paragraph(body, sans)]

        data = [
            [Paragraph("<b>CORVENSHIRE OPCC – STRATEGIC POLICING BOARD</b>", sans), ""],
            box("Meeting date", "13 October 2021"),
            box("Agenda item", item),
            box("Title", ttl),
            box("Report of", author),
            box("Purpose of report", purpose),
            box("Recommendation", rec),
            box("Appendices", appendices),
            box("Security classification", "OFFICIAL"),
        ]
        t = Table(data, colWidths=[45 * mm, 127 * mm])
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
                    ("SPAN", (0, 0), (1, 0)),
                    ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#D5D8DC")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOTTOMPADDING", (0, 5), (-1, 6), 18),
                ]
            )
        )
        return [Spacer(1, 30), t, PageBreak()]

    # ---- minutes
    story += cover(
        "3",
        "Minutes of the meeting held on 8 September 2021",
        "Chief Executive",
        "To present the draft minutes of the previous meeting for approval.",
        "The Board is asked to approve the minutes as a correct record.",
    )
    story += [
        Paragraph("DRAFT – subject to approval by the Board", ParagraphStyle("d", parent=serb, textColor=colors.red)),
        Paragraph(
            f"Minutes of the Strategic Policing Board held on Wednesday 8 September 2021 at 10.00am, {LOC0}", serb
        ),
        Spacer(1, 4),
    ]
    story.append(Paragraph("<b>Present</b><br/>" + "<br/>".join(f"{n} – {r}" for n, r in PRESENT), ser))
    story.append(Paragraph("<b>In attendance</b><br/>" + "<br/>".join(f"{n} – {r}" for n, r in INATT), ser))
    story.append(Paragraph("<b>Apologies</b><br/>" + "<br/>".join(f"{n} – {r}" for n, r in APOL), ser))
    M = [
        ("1", "Welcome and apologies", [("1.1", "The Chair welcomed members. Apologies were noted as above.")]),
        ("2", "Minutes of the previous meeting", [("2.1", DECT["2.1"])]),
        ("3", "Action log", [("3.1", DECT["3.1"] + " The remaining actions were on track.")]),
        (
            "4",
            "Performance report – quarter 1 2021/22",
            [
                (
                    "4.1",
                    "The Chief Constable presented the report. 999 calls answered within ten seconds had risen to 91%. "
                    "Repeat victimisation for domestic abuse remained above the national average, particularly in the "
                    "northern district.",
                ),
                ("4.2", DECT["4.2"] + " She asked for more detail on repeat victims before the November meeting."),
                ("", "<b>Action SPB21/17:</b> " + MIN_ACT["SPB21/17"][1]),
            ],
        ),
        (
            "5",
            "Custody suite – outline business case",
            [
                (
                    "5.1",
                    "The Director of Finance outlined the three options and the preferred option of a 30-cell suite at "
                    "Millhaven. " + DECT["5.1"],
                ),
                ("", "<b>Action SPB21/18:</b> " + MIN_ACT["SPB21/18"][1]),
            ],
        ),
        ("6", "Any other business", [("6.1", DECT["6.1"])]),
    ]
    for n, h, paras in M:
        story.append(Paragraph(f"{n}. {h}", serb))
        for k, t in paras:
            story.append(
                Paragraph(f"{k}&nbsp;&nbsp;{t}" if k else t, ParagraphStyle("i", parent=ser, leftIndent=0 if k else 18))
            )
    story.append(PageBreak())

    # ---- action log
    story += cover(
        "4",
        "Action log",
        "Chief Executive",
        "To update the Board on progress against the actions agreed at previous meetings.",
        "The Board is asked to note progress and agree the closure of completed actions.",
    )
    story += [Paragraph("Action log – as at 5 October 2021", serb)]
    small = ParagraphStyle("sm", parent=ser, fontName="LibNarrow", fontSize=8.5, leading=10.5, spaceAfter=0)
    rows = [
        [
            Paragraph(f"<b>{h}</b>", small)
            for h in ("Ref", "Raised", "Item", "Action", "Owner", "Due", "Update", "Status")
        ]
    ]
    for ref, rp, _, it, a, o, _, dp, _, u, st in LOG:
        rows.append([Paragraph(x, small) for x in (ref, rp, it, a, o, dp, u, st)])
    lt = Table(rows, colWidths=[18 * mm, 16 * mm, 10 * mm, 46 * mm, 19 * mm, 20 * mm, 30 * mm, 13 * mm])
    lt.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EBEDEF")),
            ]
        )
    )
    story += [lt, PageBreak()]

    # ---- report
    story += cover(
        "5",
        "Custody detention performance – quarter 1 2021/22",
        "Ch Supt Criminal Justice",
        "To inform the Board of custody performance in the first quarter of 2021/22 and of the actions taken "
        "following the independent custody visitors' annual report.",
        "The Board is asked to note the report.",
        "Appendix A – detention figures",
    )
    story += [
        Paragraph("Custody detention performance – quarter 1 2021/22", serb),
        Paragraph(
            "1.&nbsp;&nbsp;There were 3,412 detentions in the quarter, 6% more than in the same quarter of 2020/21. "
            "The average time in custody fell from 15.2 to 13.8 hours after the introduction of the voluntary "
            "attendance pathway.",
            ser,
        ),
        Paragraph(
            "2.&nbsp;&nbsp;Independent custody visitors made 41 visits and raised 12 issues, of which 10 have been resolved. "
            "The outstanding issues concern the provision of clean clothing at Millhaven and the working of the "
            "intercom system in the older cells. The estates team will complete both by the end of November.",
            ser,
        ),
        Paragraph(
            "3.&nbsp;&nbsp;The proportion of detained children transferred to local authority accommodation remains low; "
            "the force will raise this at the next meeting of the local safeguarding partnership.",
            ser,
        ),
        Spacer(1, 6),
        Paragraph("Appendix A – detention figures", serb),
    ]
    fig = [
        ["", "Q1 2020/21", "Q1 2021/22", "Change"],
        ["Detentions", "3,219", "3,412", "+6%"],
        ["Average hours in custody", "15.2", "13.8", "-1.4"],
        ["Children detained overnight", "9", "7", "-2"],
        ["Strip searches recorded", "112", "96", "-16"],
    ]
    ft = Table(fig, colWidths=[60 * mm, 30 * mm, 30 * mm, 25 * mm])
    ft.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "DVSerif", 9),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("FONT", (0, 0), (-1, 0), "DVSerifB", 9),
            ]
        )
    )
    story.append(ft)

    def furniture(c, doc):
        c.saveState()
        c.setFont("LibSans", 7.5)
        c.drawString(20 * mm, 10 * mm, "SPB 13.10.21 – pack")
        c.drawCentredString(A4[0] / 2, 10 * mm, "OFFICIAL")
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f"{doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / (STEM + ".pdf")),
        pagesize=A4,
        leftMargin=19 * mm,
        rightMargin=19 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title="SPB pack 13 October 2021",
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)

    actions = []
    for ref, rp, riso, it, a, o, owners, dp, diso, u, st in LOG:
        desc = MIN_ACT[ref][1] if ref in MIN_ACT else a
        actions.append(act(desc, ref, riso, it, owners, diso, "closed" if st == "Closed" else "open", o, dp))
    write_gold(
        STEM,
        meetings=[meeting(BODY, D1, "14:00", LOC1, None), meeting(BODY, D0, "10:00", LOC0, "draft")],
        attendance=[att(D0, n, "member", r) for n, r in PRESENT]
        + [att(D0, n, "in_attendance", r) for n, r in INATT]
        + [att(D0, n, "apologies", r) for n, r in APOL],
        agenda_items=[agenda_item(D1, n, t, l) for n, t, l, _ in AGENDA],
        decisions=[dec(D0, k, ty, t) for k, ty, t in DEC],
        actions=actions,
        risks=[],
    )
