"""Papers drawn with reportlab (core and TTF fonts)."""

from __future__ import annotations

from common import act, att, dec, esc, item, meeting, numbered_canvas, pstyle, rating, register_fonts, risk, write_gold
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)


class ItemLabel(Flowable):
    """Zero-size marker: pages from here on carry this item label in their header box."""

    def __init__(self, text):
        super().__init__()
        self.text = text
        self.width = self.height = 0

    def draw(self):
        self.canv._item_label = self.text


def build(path, story, pagesize, draw_page, margins=(2 * cm, 2 * cm, 2.2 * cm, 2 * cm)):
    left, right, top, bottom = margins
    doc = SimpleDocTemplate(
        str(path), pagesize=pagesize, leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom
    )
    doc.build(story, canvasmaker=numbered_canvas(draw_page))


def iso_slash(d):
    dd, mm, yy = d.split("/")
    return f"{yy}-{mm}-{dd}"


# ============================================================ C. PCC board minutes (Times), summary of actions


def paper_c(out):
    stem = "2022-05-11_SPB_draft_minutes"
    D = "2022-05-11"
    body = "Mardenshire Strategic Policing Board"
    n = pstyle("n", "Times-Roman", 10.5, alignment=TA_JUSTIFY, spaceAfter=5)
    b = pstyle("b", "Times-Bold", 10.5, spaceAfter=4, spaceBefore=6)
    t = pstyle("t", "Times-Bold", 13, alignment=TA_CENTER, spaceAfter=6)
    act_s = pstyle("a", "Times-BoldItalic", 10.5, spaceAfter=6, leftIndent=18)
    cell = pstyle("c", "Times-Roman", 9.5)
    S = [
        Paragraph("MARDENSHIRE POLICE AND CRIME COMMISSIONER", t),
        Paragraph("STRATEGIC POLICING BOARD", t),
        Paragraph(
            "Draft Minutes of the meeting held in Conference Room 2, Police Headquarters, Hallam Road, "
            "Kettleby at 9:30am on Wednesday 11 May 2022",
            pstyle("s", "Times-Italic", 11, alignment=TA_CENTER, spaceAfter=10),
        ),
        Paragraph("PRESENT:-", b),
        Paragraph("In the Chair: Commissioner Judith Ancrum (JA)", n),
        Paragraph(
            "Officers: Chief Constable Rowan Mercer (RM); Deputy Chief Constable Abigail Short (AS); "
            "Assistant Chief Constable Femi Adeyemi (FA); Chief Executive Officer Lewis Garland (LG); "
            "Commissioner’s Chief Finance Officer Ingrid Solberg (IS); Force Chief Finance Officer Patrick "
            "Doyle (PD); Head of Estates Carys Whitlow (CW).",
            n,
        ),
        Paragraph(
            "Also in attendance: Superintendent Nadia Frost (NF) for minute 718; Mr Callum Reyes, "
            "Mardenshire Victim Hub, for minute 721.",
            n,
        ),
    ]
    attendance = [att(D, "Judith Ancrum", "member", "Commissioner, in the Chair")]
    attendance += [
        att(D, nm, "member", r)
        for nm, r in (
            ("Rowan Mercer", "Chief Constable"),
            ("Abigail Short", "Deputy Chief Constable"),
            ("Femi Adeyemi", "Assistant Chief Constable"),
            ("Lewis Garland", "Chief Executive Officer"),
            ("Ingrid Solberg", "Commissioner’s Chief Finance Officer"),
            ("Patrick Doyle", "Force Chief Finance Officer"),
            ("Carys Whitlow", "Head of Estates"),
        )
    ]
    attendance += [
        att(D, "Nadia Frost", "in_attendance", "Superintendent"),
        att(D, "Callum Reyes", "in_attendance", "Mardenshire Victim Hub"),
        att(D, "Harriet Vance", "apologies", "Assistant Chief Constable"),
    ]
    ACTIONS = {
        "716": (
            "SPB 22/31",
            "IS to update the reserves strategy to reflect the transfer before publication.",
            "IS",
            ["Ingrid Solberg"],
            "30/06/2022",
        ),
        "717": (
            "SPB 22/32",
            "CW to bring the full business case for the Kettleby custody suite to the July meeting.",
            "CW",
            ["Carys Whitlow"],
            "July meeting",
        ),
        "718": (
            "SPB 22/33",
            "FA/NF to publish the quarterly rural crime dashboard on the force website.",
            "FA/NF",
            ["Femi Adeyemi", "Nadia Frost"],
            "Quarterly",
        ),
        "719": (
            "SPB 22/34",
            "AS to provide a summary of the PEEL areas for improvement to the Commissioner by 31 May 2022.",
            "AS",
            ["Abigail Short"],
            "31/05/2022",
        ),
    }
    M = [
        ("714", "APOLOGIES", ["Assistant Chief Constable Harriet Vance (HV)."]),
        (
            "715",
            "MINUTES AND ACTIONS OF THE PREVIOUS MEETING",
            [
                "The minutes of the meeting held on 13 April 2022 were approved as an accurate record. The open actions "
                "were reviewed; SPB 22/27 and SPB 22/29 were discharged and SPB 22/28 was carried forward."
            ],
        ),
        (
            "716",
            "FINANCE – PROVISIONAL OUTTURN 2021/22",
            [
                "PD presented the provisional outturn, which showed a revenue underspend of £2.3m, mainly from police "
                "staff vacancies and lower fuel costs in the first half of the year. IS explained the proposed use of "
                "the underspend, including a transfer to the estates reserve to fund the custody programme, and a "
                "contribution to the insurance reserve.",
                "JA asked whether the vacancy position would continue into 2022/23. RM said that recruitment to "
                "investigative support roles had improved since March but that the control room remained below "
                "establishment.",
                "The Commissioner approved the transfer of £1.2m of the revenue underspend to the estates reserve.",
            ],
        ),
        (
            "717",
            "ESTATES STRATEGY – KETTLEBY CUSTODY",
            [
                "CW summarised the options appraisal for the replacement of the Kettleby custody suite. Option 3, a "
                "new build on the existing headquarters site, offered the best value over thirty years, although it "
                "carried the highest initial cost. Members discussed the planning risk and the effect on the "
                "neighbouring residents.",
                "The Board agreed that option 3 proceed to a full business case.",
            ],
        ),
        (
            "718",
            "RURAL AND WILDLIFE CRIME",
            [
                "NF presented the annual rural crime report. Thefts of agricultural machinery had fallen by 18 per cent, "
                "and the number of volunteers in the farm watch scheme had doubled. FA described the joint operation "
                "with neighbouring forces on hare coursing.",
                "The Commissioner noted the report and endorsed the refreshed rural crime strategy.",
            ],
        ),
        (
            "719",
            "HMICFRS PEEL INSPECTION",
            [
                "AS gave an overview of the PEEL inspection report published on 28 April. The force had been graded "
                "good in four areas, adequate in three and requires improvement in two (investigating crime and "
                "responding to the public). An improvement plan would be presented to the June Board."
            ],
        ),
        (
            "720",
            "POLICE AND CRIME PLAN – QUARTER 4 PERFORMANCE",
            [
                "LG introduced the quarter 4 performance report against the Police and Crime Plan. Of the twenty-two "
                "measures, fourteen were on track, five were within tolerance and three were off track: the time "
                "taken to answer non-emergency calls, the charge rate for rape offences and the number of days lost "
                "to sickness by police staff.",
                "RM set out the work under way in the contact centre, including the introduction of online reporting "
                "for lower-risk incidents and the recruitment of twenty-four call handlers. AS described the joint "
                "improvement plan with the Crown Prosecution Service for rape investigations and the early advice "
                "pilot in the north of the county.",
                "JA asked how the force would know whether the changes had improved the experience of victims. AS "
                "said that the victim satisfaction survey would be extended to include callers to the non-emergency "
                "number from July.",
                "The Board agreed that the quarterly performance report be published on the Commissioner’s website "
                "with a commentary on the three off-track measures.",
            ],
        ),
        (
            "721",
            "DECISIONS REQUIRED",
            [
                "Mr Reyes presented the business case for the continuation of the Mardenshire Victim Hub outreach "
                "service, which had supported 1,140 victims in 2021/22.",
                "The Commissioner approved a grant of £85,000 to the Mardenshire Victim Hub for 2022/23.",
            ],
        ),
        (
            "722",
            "ANY OTHER BUSINESS",
            [
                "The Chief Constable noted the forthcoming retirement of the Force Chief Finance Officer and thanked PD "
                "for his service. There was no other business."
            ],
        ),
    ]
    for no, head, paras_ in M:
        S.append(Paragraph(f"{no}. {head}", b))
        for p in paras_:
            S.append(Paragraph(esc(p), n))
        if no in ACTIONS:
            S.append(Paragraph(esc("ACTION: " + ACTIONS[no][1]), act_s))
    S.append(Spacer(1, 8))
    S.append(Paragraph("The meeting closed at 12:15pm.", n))
    S.append(Spacer(1, 10))
    rows = [["No.", "Minute", "Action", "Owner", "Due"]]
    for minute_no, (ref, text, owner, _, due) in ACTIONS.items():
        rows.append([ref, minute_no, Paragraph(esc(text), cell), owner, due])
    tbl = Table(rows, colWidths=[2.1 * cm, 1.5 * cm, 8.8 * cm, 1.7 * cm, 2.5 * cm], repeatRows=1)
    tbl.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "Times-Roman", 9.5),
                ("FONT", (0, 0), (-1, 0), "Times-Bold", 9.5),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
            ]
        )
    )
    S.append(KeepTogether([Paragraph("SUMMARY OF ACTIONS", b), tbl]))
    S.append(Spacer(1, 24))
    S.append(Paragraph("Signed ........................................ (Chair)          Date ....................", n))

    def draw(c, page, total):
        c.setFont("Times-Bold", 9)
        c.drawCentredString(A4[0] / 2, A4[1] - 1.2 * cm, "OFFICIAL")
        c.setFont("Times-Roman", 8.5)
        c.drawString(2 * cm, 1.2 * cm, "Strategic Policing Board – 11 May 2022 – DRAFT")
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {page} of {total}")

    build(out / f"{stem}.pdf", S, A4, draw)
    decisions = [
        dec(
            D,
            "716",
            "approved",
            "The Commissioner approved the transfer of £1.2m of the revenue underspend to the estates reserve.",
        ),
        dec(D, "717", "agreed", "The Board agreed that option 3 proceed to a full business case."),
        dec(D, "718", "endorsed", "The Commissioner noted the report and endorsed the refreshed rural crime strategy."),
        dec(
            D,
            "720",
            "agreed",
            "The Board agreed that the quarterly performance report be published on the "
            "Commissioner’s website with a commentary on the three off-track measures.",
        ),
        dec(
            D,
            "721",
            "approved",
            "The Commissioner approved a grant of £85,000 to the Mardenshire Victim Hub for 2022/23.",
        ),
    ]
    actions = []
    for minute_no, (ref, text, owner, owners, due) in ACTIONS.items():
        target = iso_slash(due) if "/" in due else None
        actions.append(act(text, ref, D, minute_no, owners, target, "open", owner, due))
    write_gold(
        stem,
        meetings=[meeting(body, D, "09:30", "Conference Room 2, Police Headquarters, Hallam Road, Kettleby", "draft")],
        attendance=attendance,
        decisions=decisions,
        actions=actions,
    )


# ============================================================ D. Joint independent audit committee minutes (DejaVu)


def paper_d(out):
    register_fonts()
    stem = "JIAC-Minutes-28-June-2022"
    D = "2022-06-28"
    body = "Tollbridge Joint Independent Audit Committee"
    n = pstyle("n", "DejaVuSans", 9.5, spaceAfter=5, leftIndent=22)
    h = pstyle("h", "DejaVuSans-Bold", 9.5, spaceBefore=8, spaceAfter=4)
    t = pstyle("t", "DejaVuSans-Bold", 11.5, alignment=TA_CENTER, spaceAfter=3)
    res = pstyle("r", "DejaVuSans-Bold", 9.5, spaceAfter=6, leftIndent=22)
    S = [
        Paragraph("POLICE AND CRIME COMMISSIONER FOR TOLLBRIDGE AND CHIEF CONSTABLE OF TOLLBRIDGE CONSTABULARY", t),
        Paragraph("TOLLBRIDGE JOINT INDEPENDENT AUDIT COMMITTEE", t),
        Paragraph("TUESDAY 28 JUNE 2022 AT 10.00AM", t),
        Paragraph("COMMITTEE ROOM 3, TOLLBRIDGE POLICE HEADQUARTERS, MARSH ROAD, ALDERWICK", t),
        Paragraph("MINUTES", pstyle("m", "DejaVuSans-Bold", 12, alignment=TA_CENTER, spaceBefore=8, spaceAfter=8)),
        Paragraph("PRESENT", h),
    ]
    members = [
        ("Mr Anthony Delacroix (Chair)", "Anthony Delacroix"),
        ("Ms Priya Ramanathan", "Priya Ramanathan"),
        ("Dr Colin Ferris", "Colin Ferris"),
        ("Mrs Ruth Oakley", "Ruth Oakley"),
    ]
    for label, _ in members:
        S.append(Paragraph(label, n))
    S.append(Paragraph("IN ATTENDANCE", h))
    ia = [
        ("Mrs Sandra Hewitt (SH)", "Sandra Hewitt", "Chief Executive, OPCC"),
        ("Mr Jonah Ellery (JE)", "Jonah Ellery", "Chief Finance Officer, OPCC"),
        ("Mr Graham Tolley (GT)", "Graham Tolley", "Director of Finance, Tollbridge Constabulary"),
        ("Ms Zainab Hussain (ZH)", "Zainab Hussain", "Head of Internal Audit, Southern Counties Audit Partnership"),
        ("Mr Euan Marsh (EM)", "Euan Marsh", "Audit Director, Harcourt Lyle LLP (external auditor)"),
    ]
    tbl = Table(
        [
            [Paragraph(a, pstyle("x", "DejaVuSans", 9.5)), Paragraph(c, pstyle("y", "DejaVuSans", 9.5))]
            for a, _, c in ia
        ],
        colWidths=[6 * cm, 10 * cm],
    )
    tbl.setStyle(TableStyle([("LEFTPADDING", (0, 0), (0, -1), 22), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S.append(tbl)
    attendance = [att(D, nm, "member", "Chair" if "Chair" in lbl else None) for lbl, nm in members]
    attendance += [att(D, nm, "in_attendance", r) for _, nm, r in ia]
    attendance.append(att(D, "Oliver Stanton", "apologies"))
    ITEMS = [
        ("1", "APOLOGIES FOR ABSENCE", ["Mr Oliver Stanton"], None, None),
        ("2", "DISCLOSURE OF MEMBERS’ INTERESTS", ["None."], None, None),
        (
            "3",
            "MINUTES OF THE MEETING HELD ON 22 MARCH 2022",
            [],
            "RESOLVED: - That the minutes of the meeting held on 22 March 2022 be confirmed and signed by the Chair.",
            None,
        ),
        (
            "4",
            "ACTION LOG",
            [
                "SH introduced the action log. Of the nine actions, five were complete and two were not yet due.",
                "The Committee noted the updates on the action log and agreed that actions JIAC 22/03 "
                "and JIAC 22/05 be closed.",
            ],
            None,
            None,
        ),
        (
            "5",
            "INTERNAL AUDIT PROGRESS REPORT",
            [
                "ZH presented the progress report. Six audits had been finalised since March: two with substantial "
                "assurance, three with reasonable assurance and one (seized property) with limited assurance. The "
                "Committee questioned the force on the seized property findings; GT explained that a new storage "
                "contract and a bar-coding system would be in place by October.",
                "Members asked for the revised plan to reflect the resources lost through the vacancy in the audit "
                "team.",
            ],
            "RESOLVED: - That the internal audit progress report be noted.",
            "Head of Internal Audit to bring the revised audit plan for 2022/23 to the September meeting.",
        ),
        (
            "6",
            "DRAFT STATEMENTS OF ACCOUNTS 2021/22",
            [
                "JE and GT presented the draft statements of accounts for the Commissioner, the Chief Constable and "
                "the group, which had been published on 31 May. EM confirmed that the external audit would start in "
                "July and that he expected to report in November because of national delays."
            ],
            "RESOLVED: - That the draft statements of accounts for 2021/22 be noted.",
            "JE and GT to circulate the final draft statements of accounts to members by 29 July 2022.",
        ),
        (
            "7",
            "TREASURY MANAGEMENT OUTTURN 2021/22",
            [
                "JE reported that all treasury activity had been within the prudential indicators and that investment "
                "returns had been higher than budgeted."
            ],
            "RESOLVED: - That the treasury management outturn report for 2021/22 be endorsed and referred to the "
            "Commissioner for approval.",
            None,
        ),
        (
            "8",
            "RISK MANAGEMENT",
            [
                "SH presented the joint strategic risk register. Two new risks had been added (energy costs and the "
                "national vetting standards).",
                "The Committee noted the joint strategic risk register and the two new risks.",
            ],
            None,
            None,
        ),
        (
            "9",
            "EXTERNAL AUDIT PLAN 2021/22",
            [
                "EM presented the audit plan for 2021/22. The significant risks identified were management override "
                "of controls, the valuation of land and buildings and the valuation of the pension liability. The "
                "fee had increased because of additional work required by the revised auditing standards. Members "
                "asked about the timetable; EM said that the national backlog meant he could not give an assurance "
                "that the opinion would be issued before the end of November."
            ],
            "RESOLVED: - That the external audit plan for 2021/22 be noted.",
            None,
        ),
        (
            "10",
            "HMICFRS RECOMMENDATIONS – PROGRESS",
            [
                "SH introduced the report on the force’s progress against the recommendations and areas for "
                "improvement from recent inspections. Of the 47 open recommendations, 12 had been closed since "
                "March. Members asked for more detail on the custody recommendations, which had been open for "
                "more than two years."
            ],
            None,
            "Deputy Chief Constable to report progress on the custody recommendations at the December meeting.",
        ),
        (
            "11",
            "ANNUAL REPORT OF THE COMMITTEE 2021/22",
            [
                "The Chair presented the draft annual report, which summarised the Committee’s work and its "
                "self-assessment against the CIPFA guidance.",
                "The Committee approved its annual report for 2021/22 for submission to the Commissioner and the "
                "Chief Constable.",
            ],
            None,
            None,
        ),
        ("12", "DATE OF NEXT MEETING", ["Tuesday 20 September 2022 at 10.00am."], None, None),
    ]
    for no, head, paras_, resolved, action in ITEMS:
        S.append(Paragraph(f"{no}.&nbsp;&nbsp;&nbsp;{head}", h))
        for p in paras_:
            S.append(Paragraph(esc(p), n))
        if resolved:
            S.append(Paragraph(esc(resolved), res))
        if action:
            S.append(Paragraph("<u>Action:</u> " + esc(action), n))
    S.append(Spacer(1, 14))
    S.append(
        Paragraph(
            "These minutes were approved at the meeting of the Committee held on 20 September 2022.",
            pstyle("i", "DejaVuSans", 8.5, spaceAfter=4),
        )
    )
    S.append(Paragraph("Signed: ______________________ Chair          Date: ______________", n))

    def draw(c, page, total):
        c.setFont("DejaVuSans", 7.5)
        c.drawString(2 * cm, A4[1] - 1.1 * cm, "Joint Independent Audit Committee – 28 June 2022")
        c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.1 * cm, "NOT PROTECTIVELY MARKED")
        c.drawCentredString(A4[0] / 2, 1.1 * cm, f"{page}")

    build(out / f"{stem}.pdf", S, A4, draw)
    decisions = [
        dec(D, "3", "resolved", ITEMS[2][3]),
        dec(D, "4", "agreed", ITEMS[3][2][1]),
        dec(D, "5", "resolved", ITEMS[4][3]),
        dec(D, "6", "resolved", ITEMS[5][3]),
        dec(D, "7", "resolved", ITEMS[6][3]),
        dec(D, "8", "noted", ITEMS[7][2][1]),
        dec(D, "9", "resolved", ITEMS[8][3]),
        dec(D, "11", "approved", ITEMS[10][2][1]),
    ]
    actions = [
        act(
            ITEMS[4][4],
            None,
            D,
            "5",
            ["Head of Internal Audit"],
            None,
            "open",
            "Head of Internal Audit",
            "the September meeting",
        ),
        act(
            ITEMS[5][4],
            None,
            D,
            "6",
            ["Jonah Ellery", "Graham Tolley"],
            "2022-07-29",
            "open",
            "JE and GT",
            "29 July 2022",
        ),
        act(
            ITEMS[9][4],
            None,
            D,
            "10",
            ["Deputy Chief Constable"],
            None,
            "open",
            "Deputy Chief Constable",
            "the December meeting",
        ),
    ]
    write_gold(
        stem,
        meetings=[
            meeting(
                body, D, "10:00", "Committee Room 3, Tollbridge Police Headquarters, Marsh Road, Alderwick", "approved"
            )
        ],
        attendance=attendance,
        decisions=decisions,
        actions=actions,
    )


# ============================================================ F. Timed agenda (Helvetica)


def paper_f(out):
    stem = "JIAC_agenda_20_September_2022"
    D = "2022-09-20"
    body = "Tollbridge Joint Independent Audit Committee"
    venue = "Committee Room 3, Tollbridge Police Headquarters, Marsh Road, Alderwick"
    n = pstyle("n", "Helvetica", 10, spaceAfter=4)
    S = [
        Paragraph("Tollbridge Joint Independent Audit Committee", pstyle("t", "Helvetica-Bold", 16, spaceAfter=4)),
        Paragraph(
            "Tollbridge Police and Crime Commissioner and Chief Constable of Tollbridge Constabulary",
            pstyle("s", "Helvetica", 10.5, spaceAfter=10),
        ),
        Paragraph("<b>Date:</b> Tuesday 20 September 2022", n),
        Paragraph("<b>Time:</b> 10.00am", n),
        Paragraph(f"<b>Venue:</b> {venue}", n),
        Paragraph(
            "<b>Members:</b> Anthony Delacroix (Chair), Priya Ramanathan, Colin Ferris, Ruth Oakley, Oliver Stanton", n
        ),
        Spacer(1, 8),
        Paragraph("AGENDA", pstyle("a", "Helvetica-Bold", 12, spaceAfter=6)),
    ]
    A = [
        ("10.00 – 10.05", "1", "Apologies for absence", "Chair"),
        ("10.05 – 10.10", "2", "Disclosure of members’ interests", "Chair"),
        ("10.10 – 10.20", "3", "Minutes of the meeting held on 28 June 2022", "Chair"),
        ("10.20 – 10.30", "4", "Action log", "Chief Executive, OPCC"),
        ("10.30 – 11.00", "5", "Internal audit progress report and revised plan 2022/23", "Head of Internal Audit"),
        ("11.00 – 11.20", "6", "External audit progress report", "External Auditor"),
        ("11.20 – 11.30", "7", "Comfort break", ""),
        ("11.30 – 11.55", "8", "HMICFRS inspection recommendations – progress", "Deputy Chief Constable"),
        ("11.55 – 12.15", "9", "Joint strategic risk register", "Chief Executive, OPCC"),
        ("12.15 – 12.25", "10", "Committee work programme 2022/23", "Chief Finance Officer, OPCC"),
        ("12.25 – 12.30", "11", "Any other business", "Chair"),
    ]
    cs = pstyle("c", "Helvetica", 9.5)
    rows = [["Time", "Item", "Subject", "Lead"]] + [
        [a, b, Paragraph(esc(c), cs), Paragraph(esc(d), cs)] for a, b, c, d in A
    ]
    tbl = Table(rows, colWidths=[3 * cm, 1.3 * cm, 8 * cm, 4.7 * cm])
    tbl.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#203864")),
            ]
        )
    )
    S += [
        tbl,
        Spacer(1, 12),
        Paragraph("Part 2 – exempt business: none.", n),
        Paragraph("Date of next meeting: Tuesday 13 December 2022 at 10.00am.", n),
        Paragraph("Enquiries: Kerry Blythe, Governance Officer, OPCC – 01632 960 772", n),
    ]

    def draw(c, page, total):
        c.setFont("Helvetica", 8)
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {page} of {total}")
        c.setFillColor(colors.HexColor("#203864"))
        c.rect(0, A4[1] - 0.9 * cm, A4[0], 0.9 * cm, stroke=0, fill=1)

    build(out / f"{stem}.pdf", S, A4, draw)
    write_gold(
        stem,
        meetings=[meeting(body, D, "10:00", venue, None)],
        agenda_items=[item(D, b, c, d or None) for _, b, c, d in A],
    )


# ============================================================ H. Action log with dated update columns (landscape)


def paper_h(out):
    register_fonts()
    stem = "JIAC_Action_Log_v3"
    cs = pstyle("c", "DejaVuSansCond", 7.8, leading=9.4)
    L = [
        (
            "JIAC 21/09",
            "21/09/2021",
            "5",
            "Present a benchmarking report on the cost of the internal audit "
            "service compared with other police partnerships.",
            "OPCC CFO",
            "14/12/2021 (revised 22/03/2022)",
            "Report received; members asked for a follow-up on audit days.",
            "Follow-up included in plan report.",
            "Complete",
        ),
        (
            "JIAC 21/11",
            "21/09/2021",
            "7",
            "Confirm that the force’s business continuity plans have been tested "
            "for the loss of the headquarters site.",
            "ACC Operations",
            "14/12/2021",
            "Test exercise delayed by operational demand.",
            "Exercise held 6 September 2022; lessons report in draft.",
            "Green",
        ),
        (
            "JIAC 21/12",
            "21/09/2021",
            "8",
            "Provide assurance on the controls over the use of force purchasing "
            "cards, including monthly independent review of statements.",
            "Director of Finance",
            "14/12/2021",
            "Internal audit review scheduled for Q2.",
            "Reasonable assurance opinion issued.",
            "Complete",
        ),
        (
            "JIAC 21/14",
            "14/12/2021",
            "6",
            "Provide members with the results of the fraud risk self-assessment.",
            "Force CFO",
            "22/03/2022",
            "Presented at the March meeting.",
            "—",
            "Complete",
        ),
        (
            "JIAC 21/15",
            "14/12/2021",
            "8",
            "Review the format of the risk register so that target scores and dates are shown.",
            "OPCC Chief Executive",
            "22/03/2022",
            "New format in use from Q4.",
            "—",
            "Complete",
        ),
        (
            "JIAC 22/01",
            "22/03/2022",
            "4",
            "Arrange a training session for members on the group accounts.",
            "OPCC CFO",
            "28/06/2022",
            "Session held 7 June.",
            "—",
            "Complete",
        ),
        (
            "JIAC 22/02",
            "22/03/2022",
            "5",
            "Report the number of overdue internal audit recommendations by directorate.",
            "Head of Internal Audit",
            "28/06/2022",
            "Included in progress report.",
            "Now a standing table.",
            "Complete",
        ),
        (
            "JIAC 22/03",
            "22/03/2022",
            "5",
            "Follow up the limited assurance audit of payroll overtime claims.",
            "Force CFO",
            "28/06/2022 (revised 20/09/2022)",
            "Follow-up audit deferred to August.",
            "Fieldwork complete; report in draft.",
            "Amber",
        ),
        (
            "JIAC 22/04",
            "22/03/2022",
            "7",
            "Confirm the timetable for the new finance system go-live.",
            "Director of Finance",
            "28/06/2022",
            "Go-live moved to April 2023.",
            "Project board approved re-plan.",
            "Green",
        ),
        (
            "JIAC 22/05",
            "22/03/2022",
            "9",
            "Circulate the annual governance statement action plan.",
            "OPCC Chief Executive",
            "31/05/2022",
            "Circulated 20 May.",
            "—",
            "Complete",
        ),
        (
            "JIAC 22/06",
            "28/06/2022",
            "5",
            "Bring the revised audit plan for 2022/23 to the September meeting.",
            "Head of Internal Audit",
            "20/09/2022",
            "—",
            "On the agenda (item 5).",
            "Green",
        ),
        (
            "JIAC 22/07",
            "28/06/2022",
            "6",
            "Circulate the final draft statements of accounts to members.",
            "OPCC CFO & Director of Finance",
            "29/07/2022",
            "—",
            "Circulated 28 July.",
            "Complete",
        ),
        (
            "JIAC 22/08",
            "28/06/2022",
            "8",
            "Provide a briefing on the national vetting standards and the force backlog.",
            "DCC",
            "20/09/2022",
            "—",
            "Briefing postponed; vetting data being validated.",
            "Red",
        ),
        (
            "JIAC 22/09",
            "28/06/2022",
            "8",
            "Add the energy price risk to the joint register with a target score.",
            "OPCC Chief Executive / Force CFO",
            "TBC",
            "—",
            "Risk added; target score to be agreed.",
            "Amber",
        ),
        (
            "JIAC 22/10",
            "28/06/2022",
            "9",
            "Agree dates for the 2023 meeting cycle with the Chair.",
            "Governance Officer",
            "Next meeting",
            "—",
            "Draft dates circulated.",
            "Amber",
        ),
        (
            "JIAC 22/11",
            "28/06/2022",
            "6",
            "Report the outcome of the pension fund valuation on the employer contribution rate for police staff.",
            "Director of Finance",
            "13/12/2022",
            "—",
            "Valuation results expected in November.",
            "Green",
        ),
        (
            "JIAC 22/12",
            "28/06/2022",
            "7",
            "Set out the policy on the investment of balances with money market "
            "funds, including limits per counterparty.",
            "OPCC CFO",
            "w/c 12 September 2022",
            "—",
            "Draft policy with treasury advisers.",
            "Amber",
        ),
        (
            "JIAC 22/13",
            "28/06/2022",
            "8",
            "Share the terms of reference of the force Organisational Learning Board with members.",
            "DCC",
            "30/09/2022",
            "—",
            "Not yet received.",
            "Red",
        ),
    ]
    hdr = ["Action No.", "Meeting", "Item", "Action", "Owner", "Due date", "Update 28.06.22", "Update 20.09.22", "RAG"]
    rows = [hdr] + [
        [
            a,
            b,
            c,
            Paragraph(esc(d), cs),
            Paragraph(esc(e), cs),
            Paragraph(esc(f), cs),
            Paragraph(esc(g), cs),
            Paragraph(esc(h), cs),
            i,
        ]
        for a, b, c, d, e, f, g, h, i in L
    ]
    W = [2.2, 1.9, 1.0, 6.6, 3.2, 2.6, 4.0, 4.0, 1.8]
    tbl = Table(rows, colWidths=[w * cm for w in W], repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), "DejaVuSansCond", 7.8),
        ("FONT", (0, 0), (-1, 0), "DejaVuSansCond-Bold", 8),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
    ]
    fills = {"Red": "#FF7C80", "Amber": "#FFC000", "Green": "#92D050", "Complete": "#BDD7EE"}
    for r, row in enumerate(L, start=1):
        style.append(("BACKGROUND", (8, r), (8, r), colors.HexColor(fills[row[8]])))
    tbl.setStyle(TableStyle(style))
    S = [
        Paragraph(
            "Tollbridge Joint Independent Audit Committee – Action Log",
            pstyle("t", "DejaVuSansCond-Bold", 13, spaceAfter=4),
        ),
        Paragraph(
            "Open and recently completed actions. Completed actions are removed after they have been reported once.",
            pstyle("s", "DejaVuSansCond", 8.5, spaceAfter=8),
        ),
        tbl,
    ]
    size = landscape(A4)

    def draw(c, page, total):
        c.setFont("DejaVuSansCond", 7.5)
        c.drawString(1.5 * cm, 0.9 * cm, "JIAC action log – version 3 – prepared by the OPCC Governance Team")
        c.drawRightString(size[0] - 1.5 * cm, 0.9 * cm, f"{page} / {total}")

    build(out / f"{stem}.pdf", S, size, draw, margins=(1.2 * cm, 1.2 * cm, 1.4 * cm, 1.5 * cm))
    own = {
        "Force CFO": ["Chief Finance Officer"],
        "OPCC Chief Executive": ["Chief Executive"],
        "OPCC CFO": ["Chief Finance Officer"],
        "Head of Internal Audit": ["Head of Internal Audit"],
        "Director of Finance": ["Director of Finance"],
        "OPCC CFO & Director of Finance": ["Chief Finance Officer", "Director of Finance"],
        "DCC": ["Deputy Chief Constable"],
        "OPCC Chief Executive / Force CFO": ["Chief Executive", "Chief Finance Officer"],
        "Governance Officer": ["Governance Officer"],
        "ACC Operations": ["Assistant Chief Constable"],
    }
    actions = []
    for a, b, c, d, e, f, _g, _h, i in L:
        if "revised" in f:
            target = iso_slash(f.split("revised ")[1].rstrip(")"))
        elif f.startswith("w/c "):
            target = "2022-09-12"
        elif "/" in f:
            target = iso_slash(f)
        else:
            target = None
        actions.append(act(d, a, iso_slash(b), c, own[e], target, "closed" if i == "Complete" else "open", e, f))
    write_gold(stem, agenda_items=[], actions=actions)


# ============================================================ J. Fire authority register with covering report


def paper_j(out):
    register_fonts()
    stem = "Item-6-Corporate-Risk-Register-Sept-2022"
    n = pstyle("n", "LibSerif", 11, spaceAfter=6, alignment=TA_JUSTIFY)
    h = pstyle("h", "LibSerif-Bold", 11.5, spaceBefore=8, spaceAfter=4)
    cs = pstyle("c", "LibSerif", 9, leading=10.8)
    S = [
        Paragraph("Sallowmere Fire Authority", pstyle("t", "LibSerif-Bold", 15, spaceAfter=2)),
        Paragraph("Audit and Performance Committee", pstyle("t2", "LibSerif-Bold", 12, spaceAfter=2)),
        Paragraph("Meeting to be held on 14 September 2022", pstyle("t3", "LibSerif-Italic", 11, spaceAfter=2)),
        Paragraph("Corporate Risk Register", pstyle("t4", "LibSerif-Bold", 13, spaceAfter=2, spaceBefore=8)),
        Paragraph("(Appendix 1 refers)", n),
        Paragraph("Contact for further information: Philippa Rowe, Treasurer – telephone 01632 960 233", n),
    ]
    summary = Table(
        [
            ["Executive Summary"],
            [
                Paragraph(
                    "The report sets out the changes made to the corporate risk register since it was "
                    "last reported to the Committee in June 2022. Two risks have increased because of "
                    "inflation and the national pay negotiations; one risk has reduced following the "
                    "completion of the new mobilising system.",
                    cs,
                )
            ],
            ["Decision Required"],
            [
                Paragraph(
                    "The Committee is asked to note the actions taken and endorse the revised corporate risk register.",
                    cs,
                )
            ],
        ],
        colWidths=[16.5 * cm],
    )
    summary.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ("FONT", (0, 0), (-1, -1), "LibSerif-Bold", 10),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E2EFDA")),
                ("BACKGROUND", (0, 2), (-1, 2), colors.HexColor("#E2EFDA")),
            ]
        )
    )
    S += [
        summary,
        Paragraph("Information", h),
        Paragraph(
            "Risks are scored on a four-point scale for likelihood and a four-point scale for severity, the "
            "product giving a score between 1 and 16. Scores of 9 and above are reported to the Committee. "
            "Each risk owner has reviewed their risks during August and early September 2022.",
            n,
        ),
        Paragraph(
            "Financial, sustainability, equality and human resources implications are set out in the "
            "register where relevant. There are no legal implications arising from this report.",
            n,
        ),
        Paragraph("Local Government (Access to Information) Act 1985 – List of background papers: none.", n),
        PageBreak(),
        Paragraph(
            "Appendix 1 – Corporate Risk Register – September 2022", pstyle("t5", "LibSerif-Bold", 12, spaceAfter=6)
        ),
    ]
    R = [
        (
            "Service Delivery",
            [
                (
                    "CR1",
                    "Insufficient on-call availability leads to appliances being unavailable in rural areas.",
                    "Area Manager Response",
                    "12",
                    (3, 4, 12),
                    (2, 4, 8),
                    "02.09.22",
                ),
                (
                    "CR2",
                    "Failure of the new mobilising system during a spate of calls delays the dispatch of appliances.",
                    "Head of Control",
                    "12",
                    (2, 4, 8),
                    (1, 4, 4),
                    "30.08.22",
                ),
                (
                    "CR3",
                    "A serious injury to a firefighter at an incident because of a gap in operational training.",
                    "Area Manager Training",
                    "8",
                    (2, 4, 8),
                    (1, 4, 4),
                    "Aug 2022",
                ),
            ],
        ),
        (
            "Finance and Resources",
            [
                (
                    "CR4",
                    "Inflation and pay awards above budget assumptions leave a gap in the medium-term financial plan.",
                    "Treasurer",
                    "9",
                    (4, 4, 16),
                    (3, 3, 9),
                    "07.09.22",
                ),
                (
                    "CR5",
                    "Industrial action following the national pay negotiations reduces operational cover.",
                    "Chief Fire Officer",
                    "6",
                    (3, 4, 12),
                    (2, 3, 6),
                    "09.09.22",
                ),
                (
                    "CR6",
                    "Delays in the supply of new appliances extend the life of vehicles beyond their planned "
                    "replacement.",
                    "Head of Fleet",
                    "9",
                    (3, 3, 9),
                    (2, 2, 4),
                    "25.08.22",
                ),
            ],
        ),
        (
            "Governance",
            [
                (
                    "CR7",
                    "The Authority does not meet the requirements of the new inspection framework for equality "
                    "and culture.",
                    "Deputy Chief Fire Officer",
                    "9",
                    (3, 3, 9),
                    (2, 3, 6),
                    "05.09.22",
                ),
            ],
        ),
    ]
    hdr = [
        "Risk No.",
        "Risk",
        "Risk owner",
        "Previous score",
        "Current score (L × S)",
        "Target score (L × S)",
        "Last reviewed",
    ]
    rows = [[Paragraph(f"<b>{x}</b>", cs) for x in hdr]]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#A9D08E")),
    ]
    risks_gold = []
    for obj, rs in R:
        rows.append([Paragraph(f"<b>{obj.upper()}</b>", cs), "", "", "", "", "", ""])
        style += [
            ("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
            ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#EDEDED")),
        ]
        for ref, desc, owner, prev, cur, tgt, reviewed in rs:
            rows.append(
                [
                    ref,
                    Paragraph(esc(desc), cs),
                    Paragraph(esc(owner), cs),
                    prev,
                    f"{cur[0]} × {cur[1]} = {cur[2]}",
                    f"{tgt[0]} × {tgt[1]} = {tgt[2]}",
                    reviewed,
                ]
            )
            date = None
            if reviewed.count(".") == 2:
                dd, mm, yy = reviewed.split(".")
                date = f"20{yy}-{mm}-{dd}"
            risks_gold.append(
                risk(
                    ref,
                    obj,
                    desc,
                    [
                        rating("current", "Current score (L × S)", *cur, date),
                        rating("target", "Target score (L × S)", *tgt, date),
                    ],
                )
            )
    tbl = Table(rows, colWidths=[c * cm for c in (1.5, 6.0, 2.6, 1.6, 2.0, 2.0, 1.8)], repeatRows=1)
    style.append(("FONT", (0, 0), (-1, -1), "LibSerif", 9))
    tbl.setStyle(TableStyle(style))
    S.append(tbl)
    S += [
        Spacer(1, 8),
        Paragraph(
            "Likelihood: 1 Unlikely, 2 Possible, 3 Likely, 4 Almost certain. Severity: "
            "1 Minor, 2 Moderate, 3 Significant, 4 Critical.",
            cs,
        ),
    ]

    def draw(c, page, total):
        c.setFont("LibSerif", 9)
        c.drawCentredString(A4[0] / 2, 1.2 * cm, f"– {page} –")
        c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, "Agenda Item 6")

    build(out / f"{stem}.pdf", S, A4, draw)
    write_gold(stem, agenda_items=[], risks=risks_gold)


ALL = [paper_c, paper_d, paper_f, paper_h, paper_j]


# ============================================================ L. Committee agenda pack with item labels (Helvetica)


def paper_l(out):
    stem = "APC-agenda-pack-14.09.22"
    D, P = "2022-09-14", "2022-06-15"
    body = "Sallowmere Fire Authority Audit and Performance Committee"
    venue = "Committee Room, Fire and Rescue Service Headquarters, Kiln Lane, Ebbridge"
    n = pstyle("n", "Helvetica", 9.5, spaceAfter=5, alignment=TA_JUSTIFY)
    b = pstyle("b", "Helvetica-Bold", 9.5, spaceAfter=3)
    big = pstyle("big", "Helvetica-Bold", 18, alignment=TA_CENTER, spaceAfter=10, leading=24)
    mid = pstyle("mid", "Helvetica", 12, alignment=TA_CENTER, spaceAfter=6)
    cs = pstyle("cs", "Helvetica", 8, leading=10)
    S = [
        ItemLabel(None),
        Spacer(1, 5 * cm),
        Paragraph("SALLOWMERE FIRE AUTHORITY", big),
        Paragraph("AUDIT AND PERFORMANCE COMMITTEE", big),
        Paragraph("Wednesday, 14 September 2022 at 10:00", mid),
        Paragraph(venue, mid),
        Spacer(1, 2 * cm),
        Paragraph("Public agenda pack", mid),
        Paragraph(
            "Membership: Councillors Desmond Farrant (Chair), Beatrix Holm, Sunil Varma and Connor McBride; "
            "Mr Terence Alcott (Independent Person)",
            pstyle("m", "Helvetica-Oblique", 9, alignment=TA_CENTER),
        ),
        PageBreak(),
    ]
    A = [
        ("1", "Apologies for absence", None, ""),
        ("2", "Declarations of interest", None, ""),
        ("3", "Minutes of the meeting held on 15 June 2022", None, "page 3"),
        ("4", "Action tracker", "Clerk", "page 4"),
        ("5", "Quarter 1 performance report", "Deputy Chief Fire Officer", "page 5"),
        ("6", "Corporate risk register", "Treasurer", "to follow"),
        ("7", "Internal audit progress report", "Head of Internal Audit", "to follow"),
        ("8", "Date of next meeting", None, ""),
    ]
    S += [
        Paragraph("AGENDA", pstyle("ag", "Helvetica-Bold", 14, spaceAfter=10)),
        Paragraph("Part 1 – items to be considered in public", b),
        Spacer(1, 4),
    ]
    for no, title, lead, pages in A:
        line = f"<b>{no}.</b>&nbsp;&nbsp;&nbsp;{esc(title)}"
        if pages:
            line += f" ({pages})"
        S.append(
            Paragraph(line, pstyle("ai" + no, "Helvetica", 10.5, spaceAfter=2, leftIndent=18, firstLineIndent=-18))
        )
        if lead:
            S.append(
                Paragraph(
                    f"Report of the {lead}", pstyle("al" + no, "Helvetica-Oblique", 9.5, leftIndent=18, spaceAfter=6)
                )
            )
        else:
            S.append(Spacer(1, 4))
    S += [
        Spacer(1, 12),
        Paragraph("Part 2 – exempt items: none.", n),
        Paragraph("Simon Aldous, Clerk to the Authority, 5 September 2022", n),
        PageBreak(),
    ]
    # minutes of 15 June (item 3)
    S.append(ItemLabel("Item 3"))
    S += [
        Paragraph("SALLOWMERE FIRE AUTHORITY – AUDIT AND PERFORMANCE COMMITTEE", b),
        Paragraph("Unconfirmed minutes of the meeting held on Wednesday 15 June 2022 at 10:00 in the " + venue, n),
        Paragraph(
            "<b>Present:</b> Councillor Desmond Farrant (Chair), Councillor Beatrix Holm, Councillor Sunil "
            "Varma and Mr Terence Alcott (Independent Person).",
            n,
        ),
        Paragraph(
            "<b>Officers in attendance:</b> Tariq Mahmood (Deputy Chief Fire Officer), Philippa Rowe "
            "(Treasurer), Imogen Sayer (Head of Internal Audit, Mid Counties Audit Services).",
            n,
        ),
        Paragraph("<b>Apologies:</b> Councillor Connor McBride.", n),
        Spacer(1, 6),
    ]
    attendance = [
        att(P, "Desmond Farrant", "member", "Chair"),
        att(P, "Beatrix Holm", "member"),
        att(P, "Sunil Varma", "member"),
        att(P, "Terence Alcott", "member", "Independent Person"),
        att(P, "Tariq Mahmood", "in_attendance", "Deputy Chief Fire Officer"),
        att(P, "Philippa Rowe", "in_attendance", "Treasurer"),
        att(P, "Imogen Sayer", "in_attendance", "Head of Internal Audit, Mid Counties Audit Services"),
        att(P, "Connor McBride", "apologies"),
    ]
    M = [
        ("A/22/14", "Apologies", ["Apologies were received from Councillor McBride."], None, None),
        ("A/22/15", "Declarations of interest", ["None."], None, None),
        (
            "A/22/16",
            "Minutes",
            ["The minutes of the meeting held on 9 March 2022 were considered."],
            "Resolved: that the minutes of the meeting held on 9 March 2022 be signed as a correct record.",
            None,
        ),
        (
            "A/22/17",
            "Annual Governance Statement 2021/22",
            [
                "The Treasurer presented the draft Annual Governance Statement, which identified two significant "
                "governance issues: the capacity of the protection team and the resilience of the payroll service "
                "provided under the shared services agreement. Members asked how the statement had been tested; the "
                "Treasurer described the assurance framework and the returns made by each head of service."
            ],
            "Resolved: that the draft Annual Governance Statement 2021/22 be approved for inclusion in the "
            "statement of accounts.",
            "Treasurer to publish the approved statement on the Authority’s website by 31 July 2022.",
        ),
        (
            "A/22/18",
            "Internal Audit Annual Report 2021/22",
            [
                "The Head of Internal Audit presented her annual report. Eleven audits had been completed; nine had "
                "received substantial or reasonable assurance and two (fleet management and stores) limited "
                "assurance. Her overall opinion was one of reasonable assurance.",
                "The Committee noted the Head of Internal Audit’s opinion of reasonable assurance for 2021/22.",
            ],
            None,
            "Head of Internal Audit to present the follow-up of the fleet management audit at the December meeting.",
        ),
        (
            "A/22/19",
            "Performance report – quarter 4 2021/22",
            [
                "The Deputy Chief Fire Officer presented the performance report. The first appliance had arrived "
                "within the attendance standard at 88 per cent of dwelling fires, below the 90 per cent target, "
                "mainly because of the availability of on-call crews in the northern parishes. Members discussed "
                "the recruitment campaign for on-call firefighters and the use of day-crewing."
            ],
            "Resolved: that the performance report be noted and the attendance standard for on-call stations be "
            "reviewed.",
            "Deputy Chief Fire Officer to report on-call availability by station at the next meeting.",
        ),
        ("A/22/20", "Date of next meeting", ["Wednesday 14 September 2022 at 10:00."], None, None),
    ]
    rows = []
    for no, head, paras_, resolved, action in M:
        right = [Paragraph(f"<b>{esc(head)}</b>", cs)] + [Paragraph(esc(p), cs) for p in paras_]
        if resolved:
            right.append(Paragraph(f"<b>{esc(resolved)}</b>", cs))
        if action:
            right.append(Paragraph("<b>Action:</b> " + esc(action), cs))
        rows.append([Paragraph(f"<b>{no}</b>", cs), right])
    tbl = Table(rows, colWidths=[2.3 * cm, 14.2 * cm])
    tbl.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    S += [
        tbl,
        Spacer(1, 12),
        Paragraph("Chair ............................................  Date ....................", n),
        PageBreak(),
    ]
    decisions = [
        dec(P, "A/22/16", "resolved", M[2][3]),
        dec(P, "A/22/17", "resolved", M[3][3]),
        dec(P, "A/22/18", "noted", M[4][2][1]),
        dec(P, "A/22/19", "resolved", M[5][3]),
    ]
    # action tracker (item 4), unruled
    S.append(ItemLabel("Item 4"))
    T = [
        (
            "APC/22/03",
            "09/03/2022",
            "A/22/07",
            "Circulate the revised anti-fraud and corruption policy to members.",
            "Clerk",
            "30/04/2022",
            "Circulated 21 April 2022.",
            "Complete",
        ),
        (
            "APC/22/04",
            "09/03/2022",
            "A/22/09",
            "Review the format of the performance report so that trends over three years are shown.",
            "Head of Performance",
            "15/06/2022",
            "New format used from quarter 4.",
            "Complete",
        ),
        (
            "APC/22/05",
            "09/03/2022",
            "A/22/10",
            "Provide a breakdown of sickness absence by station and department.",
            "Head of People",
            "15/06/2022 (revised 14/09/2022)",
            "Data being validated after the HR system upgrade.",
            "In progress",
        ),
        (
            "APC/22/06",
            "09/03/2022",
            "A/22/11",
            "Arrange a training session on the statement of accounts for new members.",
            "Treasurer",
            "TBC",
            "To be scheduled after the elections.",
            "Not due",
        ),
        (
            "APC/22/07",
            "15/06/2022",
            "A/22/17",
            M[3][4],
            "Treasurer",
            "31/07/2022",
            "Published 28 July 2022.",
            "Complete",
        ),
        (
            "APC/22/08",
            "15/06/2022",
            "A/22/18",
            M[4][4],
            "Head of Internal Audit",
            "December 2022",
            "Follow-up audit planned for November.",
            "Not due",
        ),
        (
            "APC/22/09",
            "15/06/2022",
            "A/22/19",
            M[5][4],
            "Deputy Chief Fire Officer",
            "14/09/2022",
            "Included in the quarter 1 report (item 5).",
            "In progress",
        ),
    ]
    S += [
        Paragraph("Audit and Performance Committee – Action Tracker", pstyle("at", "Helvetica-Bold", 12, spaceAfter=4)),
        Paragraph("Position at 5 September 2022", n),
    ]
    rows = [
        [
            Paragraph(f"<b>{h}</b>", cs)
            for h in ("No.", "Meeting", "Minute", "Action", "Lead officer", "Deadline", "Progress", "Status")
        ]
    ]
    rows += [[Paragraph(esc(x), cs) for x in r] for r in T]
    tbl = Table(rows, colWidths=[c * cm for c in (2.0, 1.9, 1.6, 4.4, 2.2, 2.1, 2.1, 1.7)], repeatRows=1)
    tbl.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    S += [tbl, PageBreak()]
    own = {
        "Clerk": ["Clerk"],
        "Head of Performance": ["Head of Performance"],
        "Head of People": ["Head of People"],
        "Treasurer": ["Treasurer"],
        "Head of Internal Audit": ["Head of Internal Audit"],
        "Deputy Chief Fire Officer": ["Deputy Chief Fire Officer"],
    }
    actions = []
    for ref, raised, minute_no, text, lead, due, _, status in T:
        if "revised" in due:
            target = iso_slash(due.split("revised ")[1].rstrip(")"))
        elif due.count("/") == 2:
            target = iso_slash(due)
        else:
            target = None
        actions.append(
            act(
                text,
                ref,
                iso_slash(raised),
                minute_no,
                own[lead],
                target,
                "closed" if status == "Complete" else "open",
                lead,
                due,
            )
        )
    # performance report (item 5) - not a record
    S.append(ItemLabel("Item 5"))
    S += [
        Paragraph("Quarter 1 performance report 2022/23", pstyle("pr", "Helvetica-Bold", 12, spaceAfter=4)),
        Paragraph("Report of the Deputy Chief Fire Officer", pstyle("po", "Helvetica-Oblique", 9.5, spaceAfter=8)),
        Paragraph("<b>Purpose</b>", b),
        Paragraph("To report performance against the Authority’s key indicators for April to June 2022.", n),
        Paragraph("<b>Recommendation</b>", b),
        Paragraph(
            "Members are asked to note the performance set out in the report and the actions being taken "
            "to improve on-call availability.",
            n,
        ),
        Paragraph("<b>Key indicators</b>", b),
    ]
    K = [
        ["Indicator", "Target", "Q1 2021/22", "Q1 2022/23", "Trend"],
        ["Dwelling fires attended within standard", "90%", "89%", "87%", "Worse"],
        ["Accidental dwelling fires", "110", "104", "98", "Better"],
        ["Home fire safety visits completed", "2,400", "2,210", "2,655", "Better"],
        ["On-call appliance availability", "85%", "79%", "76%", "Worse"],
        ["Fire safety audits of high-risk premises", "300", "268", "312", "Better"],
        ["Working days lost to sickness per employee", "2.0", "2.4", "2.1", "Better"],
    ]
    kt = Table(K, colWidths=[7.5 * cm, 2 * cm, 2.3 * cm, 2.3 * cm, 2 * cm])
    kt.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#FCE4D6")),
            ]
        )
    )
    S += [
        kt,
        Spacer(1, 8),
        Paragraph(
            "On-call availability fell again in the quarter because of vacancies at Stowford, Hollins "
            "Cross and Medbury. A targeted recruitment campaign began in May and twelve applicants are in "
            "the selection process. The figures for on-call availability by station are attached at "
            "Appendix A (available on request).",
            n,
        ),
    ]

    def draw(c, page, total):
        c.setFont("Helvetica", 7.5)
        if page > 1:
            c.drawString(2 * cm, A4[1] - 1.1 * cm, "Audit and Performance Committee – 14 September 2022")
        lab = getattr(c, "_item_label", None)
        if lab:
            c.setFont("Helvetica-Bold", 10)
            c.rect(A4[0] - 4.2 * cm, A4[1] - 1.45 * cm, 2.2 * cm, 0.7 * cm)
            c.drawCentredString(A4[0] - 3.1 * cm, A4[1] - 1.2 * cm, lab)
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(A4[0] / 2, 1.1 * cm, f"Page {page}")

    build(out / f"{stem}.pdf", S, A4, draw, margins=(1.5 * cm, 1.5 * cm, 2 * cm, 2 * cm))
    write_gold(
        stem,
        meetings=[meeting(body, D, "10:00", venue, None), meeting(body, P, "10:00", venue, "draft")],
        attendance=attendance,
        agenda_items=[item(D, a, t_, l) for a, t_, l, _ in A],
        decisions=decisions,
        actions=actions,
    )


ALL.append(paper_l)
