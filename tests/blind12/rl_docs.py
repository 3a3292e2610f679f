"""Reportlab-produced papers."""

from xml.sax.saxutils import escape as esc

from lib import HERE, action, att, iso, write_gold
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle


def S(name, font, size, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.25, **kw)


# =====================================================================================
# 1. Wyvernshire Joint Independent Audit Committee minutes, 24 June 2020 (virtual)
# =====================================================================================
def wyvernshire_jiac_minutes():
    stem = "2020-06-24-Wyvernshire-JIAC-minutes"
    D = "2020-06-24"
    body = "Wyvernshire Joint Independent Audit Committee"
    F = "LibSerif"
    h1 = S("h1", F + "-Bold", 14, alignment=TA_CENTER, spaceAfter=2)
    h2 = S("h2", F + "-Bold", 11, spaceBefore=8, spaceAfter=3)
    p = S("p", F, 10.5, 13.5, alignment=TA_JUSTIFY, spaceAfter=5)
    small = S("sm", F + "-Italic", 10, alignment=TA_CENTER, spaceAfter=10)
    act = S("act", F + "-Bold", 10.5, 13.5, leftIndent=18, spaceAfter=6)

    members = [
        ("Alistair Penhaligon", "Independent Member (Chair)"),
        ("Bernadette Okonjo", "Independent Member"),
        ("Rupert Vallance", "Independent Member"),
        ("Yasmin Thorold", "Independent Member"),
    ]
    officers = [
        ("Caroline Westbury", "Chief Executive and Monitoring Officer, OPFCC"),
        ("Naveed Qureshi", "Chief Finance Officer, OPFCC"),
        ("Fiona Trelawney", "Director of Finance, Wyvernshire Police"),
        ("Hugh Maddock", "Assistant Chief Officer, Wyvernshire Fire and Rescue Service"),
        ("Lewis Gadd", "Governance Officer (minutes)"),
    ]
    also = [
        ("Simon Ashdown-Rees", "Engagement Lead, Lister Haines LLP"),
        ("Kerry Blanchflower", "Head of Internal Audit, Tamar Audit Partnership"),
    ]
    apologies = [("Irene Castell", "Independent Member"), ("Marcus Fenwright", "Deputy Chief Constable")]

    attendance = (
        [att(D, n, "member", r) for n, r in members]
        + [att(D, n, "in_attendance", r) for n, r in officers + also]
        + [att(D, n, "apologies", r) for n, r in apologies]
    )

    decisions, actions = [], []
    story = [
        Paragraph("WYVERNSHIRE POLICE, FIRE AND CRIME COMMISSIONER<br/>AND CHIEF CONSTABLE OF WYVERNSHIRE POLICE", h1),
        Paragraph("JOINT INDEPENDENT AUDIT COMMITTEE", h1),
        Paragraph("Minutes of the meeting held on Wednesday 24 June 2020 at 10.00am, held via Microsoft Teams", small),
    ]

    def people(title, rows):
        story.append(Paragraph(title, h2))
        t = Table([[Paragraph(esc(n), p), Paragraph(esc(r), p)] for n, r in rows], colWidths=[55 * mm, 110 * mm])
        t.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story.append(t)

    people("Members", members)
    people("Officers", officers)
    people("Also present", also)

    def minute(no, title, paras):
        story.append(Paragraph(f"{no}&nbsp;&nbsp;&nbsp;&nbsp;{esc(title.upper())}", h2))
        for kind, text, *extra in paras:
            if kind == "p":
                story.append(Paragraph(esc(text), p))
            elif kind == "d":
                story.append(Paragraph(esc(text), p))
                decisions.append({"meeting_date": D, "item_number": no, "decision_type": extra[0], "text": text})
            elif kind == "rd":  # resolved block: (intro, [parts]) rendered over lines
                intro, parts, dtype = text, extra[0], "resolved"
                story.append(Paragraph("<b>" + esc(intro) + "</b>", p))
                for part in parts:
                    story.append(Paragraph(esc(part), S("ind", F, 10.5, 13.5, leftIndent=22, spaceAfter=3)))
                decisions.append(
                    {"meeting_date": D, "item_number": no, "decision_type": dtype, "text": " ".join([intro] + parts)}
                )
            elif kind == "a":
                desc, owners, owner_text, due = extra
                story.append(Paragraph("ACTION: " + esc(text), act))
                actions.append(action(desc, owners, owner_text, due, raised=D, item=no))

    minute(
        "24/20",
        "Apologies for absence",
        [
            (
                "p",
                "Apologies were received from Irene Castell (Independent Member) and from Marcus Fenwright, "
                "Deputy Chief Constable. The Chair welcomed Yasmin Thorold to her first meeting of the Committee.",
            ),
            (
                "p",
                "The Chair reminded those present that the meeting was being held remotely under the Coronavirus "
                "regulations and that a recording would be kept until the minutes were confirmed.",
            ),
        ],
    )
    minute("25/20", "Declarations of interest", [("p", "No declarations of interest were made.")])
    minute(
        "26/20",
        "Minutes of the previous meeting",
        [
            (
                "d",
                "RESOLVED: That the minutes of the meeting held on 11 March 2020 be approved as a correct record.",
                "resolved",
            )
        ],
    )
    minute(
        "27/20",
        "Action tracker",
        [
            (
                "p",
                "Naveed Qureshi introduced the tracker. Members asked for target dates to be shown against every open action.",
            ),
            (
                "d",
                "The Committee noted the progress reported and agreed that actions 9/19 and 2/20 be closed.",
                "agreed",
            ),
        ],
    )
    minute(
        "28/20",
        "Internal audit annual report and opinion 2019/20",
        [
            (
                "p",
                "Kerry Blanchflower presented the annual report. Fieldwork for two audits had been completed remotely. "
                "It was noted that two reviews had received limited assurance: seized property and payroll overtime.",
            ),
            ("d", "The Committee noted the reasonable assurance opinion given for 2019/20.", "noted"),
            (
                "a",
                "Kerry Blanchflower to circulate the revised follow-up schedule for the two limited assurance audits by 31 July 2020.",
                "Kerry Blanchflower to circulate the revised follow-up schedule for the two limited assurance audits by 31 July 2020.",
                ["Kerry Blanchflower"],
                "Kerry Blanchflower",
                "31 July 2020",
            ),
        ],
    )
    minute(
        "29/20",
        "Statements of accounts 2019/20: revised timetable",
        [
            (
                "p",
                "The Chief Finance Officer explained that the statutory deadline for publication of the draft accounts had been "
                "moved to 31 August 2020 and that the audit would be completed by 30 November 2020.",
            ),
            (
                "rd",
                "RESOLVED: That",
                [
                    "(a) the revised timetable for the 2019/20 statements of accounts be endorsed; and",
                    "(b) authority to agree any further change to the timetable be delegated to the Chair in consultation with the two Chief Finance Officers.",
                ],
            ),
            (
                "a",
                "Chief Finance Officer (OPFCC) to confirm the date of an extraordinary meeting to approve the audited accounts.",
                "Chief Finance Officer (OPFCC) to confirm the date of an extraordinary meeting to approve the audited accounts.",
                ["Chief Finance Officer"],
                "Chief Finance Officer (OPFCC)",
                None,
            ),
        ],
    )
    minute(
        "30/20",
        "Strategic risk registers",
        [
            (
                "p",
                "Fiona Trelawney and Hugh Maddock presented the force and fire and rescue service registers. Members observed "
                "that neither register yet described the longer-term effects of the pandemic on demand and finances.",
            ),
            ("d", "The Committee noted both registers.", "noted"),
            (
                "a",
                "Fiona Trelawney and Hugh Maddock to add a COVID-19 recovery risk to the force and service registers before the September meeting.",
                "Fiona Trelawney and Hugh Maddock to add a COVID-19 recovery risk to the force and service registers before the September meeting.",
                ["Fiona Trelawney", "Hugh Maddock"],
                "Fiona Trelawney and Hugh Maddock",
                None,
            ),
        ],
    )
    minute(
        "31/20",
        "Treasury management annual report 2019/20",
        [
            (
                "p",
                "The report showed that all prudential indicators had been complied with during the year. The Chair noted "
                "that investment returns had fallen sharply since March.",
            ),
            (
                "d",
                "The Committee approved the treasury management annual report 2019/20 for submission to the Commissioner.",
                "approved",
            ),
        ],
    )
    minute(
        "32/20",
        "Date of next meeting",
        [("p", "Wednesday 23 September 2020 at 10.00am, expected to be held via Microsoft Teams.")],
    )
    story.append(Spacer(1, 14))
    story.append(Paragraph("The meeting closed at 12.20pm.", p))
    story.append(Paragraph("Confirmed as a correct record at the meeting held on 23 September 2020.", p))
    story.append(Paragraph("Signed: ........................................ Chair", p))

    def deco(c, d):
        c.saveState()
        c.setFont(F, 9)
        c.drawCentredString(
            A4[0] / 2, 12 * mm, f"Wyvernshire Joint Independent Audit Committee – 24 June 2020 – Page {d.page}"
        )
        c.restoreState()

    doc = SimpleDocTemplate(
        str(HERE / f"{stem}.pdf"),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=20 * mm,
        bottomMargin=22 * mm,
        title="JIAC minutes 24 June 2020",
    )
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    write_gold(
        stem,
        meetings=[
            {
                "body": body,
                "meeting_date": D,
                "start_time": "10:00",
                "location": "via Microsoft Teams",
                "minutes_status": "approved",
            }
        ],
        attendance=attendance,
        decisions=decisions,
        actions=actions,
        risks=[],
    )


# =====================================================================================
# 4. Calverdale PFCC Strategic Governance Board: record of decisions, 18 November 2020
# =====================================================================================
def calverdale_sgb_decisions():
    stem = "2020-11-18-Calverdale-PFCC-Strategic-Governance-Board-decisions"
    D = "2020-11-18"
    F = "DejaVu"
    title = S("t", F + "-Bold", 13, 16, textColor=colors.HexColor("#1F3A5F"))
    p = S("p", F, 9, 11.5, spaceAfter=3)
    lab = S("lab", F + "-Bold", 9, 11.5)
    bar = S("bar", F + "-Bold", 9.5, 12, textColor=colors.white)

    present = [
        ("Police, Fire and Crime Commissioner", "Stephen Arkwright", "SA"),
        ("Deputy Police, Fire and Crime Commissioner", "Priyanka Solanki", "PS"),
        ("Chief Constable", "Marcus Oyelaran", "MO"),
        ("Chief Fire Officer", "Alison Durrant", "AD"),
        ("Chief Executive, OPFCC", "Jeremy Halsall", "JH"),
        ("Chief Finance Officer, OPFCC", "Wendy Ostrowski", "WO"),
    ]
    inatt = [
        ("Assistant Chief Fire Officer", "Neil Cardew", "NC"),
        ("Head of Estates and Fleet", "Oliver Penrose", "OP"),
        ("Governance Manager (notes)", "Tessa Liddell", "TL"),
    ]
    apol = [("Deputy Chief Constable", "Angharad Price", "AP")]
    attendance = (
        [att(D, n, "member", r) for r, n, i in present]
        + [att(D, n, "in_attendance", r) for r, n, i in inatt]
        + [att(D, n, "apologies", r) for r, n, i in apol]
    )

    def runin(rows):
        return "; ".join(f"{esc(r)} {esc(n)} ({i})" for r, n, i in rows)

    hdr = Table(
        [
            [
                Paragraph(
                    "CALVERDALE POLICE, FIRE AND CRIME COMMISSIONER", S("x", F + "-Bold", 8, textColor=colors.white)
                ),
                Paragraph("OFFICIAL", S("y", F + "-Bold", 8, alignment=TA_RIGHT, textColor=colors.white)),
            ]
        ],
        colWidths=[130 * mm, 40 * mm],
    )
    hdr.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#1F3A5F"))]))
    story = [hdr, Spacer(1, 6), Paragraph("Strategic Governance Board – Record of Decisions", title), Spacer(1, 4)]
    meta = [
        ["Date:", "18 November 2020"],
        ["Time:", "09:30 – 11:45"],
        ["Venue:", "Virtual meeting (Microsoft Teams)"],
        ["Status:", "Approved by the PFCC on 2 December 2020"],
    ]
    t = Table([[Paragraph(a, lab), Paragraph(b, p)] for a, b in meta], colWidths=[22 * mm, 148 * mm])
    t.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    story += [
        t,
        Spacer(1, 4),
        Paragraph("<b>Present:</b> " + runin(present), p),
        Paragraph("<b>In attendance:</b> " + runin(inatt), p),
        Paragraph("<b>Apologies:</b> " + runin(apol), p),
        Spacer(1, 6),
    ]

    decisions, actions = [], []
    initials = {i: n for rows in (present, inatt, apol) for r, n, i in rows}

    def item(no, heading, summary, decision=None, dtype=None, reason=None, acts=()):
        rows = [[Paragraph(f"{no}  {esc(heading)}", bar), ""]]
        rows.append([Paragraph("Summary:", lab), Paragraph(esc(summary), p)])
        rows.append([Paragraph("Decision:", lab), Paragraph(esc(decision or "None – for information."), p)])
        if decision:
            decisions.append({"meeting_date": D, "item_number": no, "decision_type": dtype, "text": decision})
        if reason:
            rows.append([Paragraph("Reason:", lab), Paragraph(esc(reason), p)])
        for text, owner_ini, due in acts:
            rows.append(
                [
                    Paragraph("Action:", lab),
                    Paragraph(f"{esc(text)}<br/><b>Owner:</b> {owner_ini}&nbsp;&nbsp;&nbsp;<b>Due:</b> {due}", p),
                ]
            )
            owners = [initials[x.strip()] for x in owner_ini.split("/")]
            actions.append(action(text, owners, owner_ini, due, raised=D, item=no))
        tb = Table(rows, colWidths=[24 * mm, 146 * mm])
        tb.setStyle(
            TableStyle(
                [
                    ("SPAN", (0, 0), (1, 0)),
                    ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#3F6E9A")),
                    ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#1F3A5F")),
                    ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#B8C4D2")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(KeepTogether([tb, Spacer(1, 7)]))

    item(
        "20/045",
        "Notes and decisions of the meeting on 21 October 2020",
        "The record of the previous meeting was reviewed. The PFCC has approved the extension of the victims' "
        "services contract under delegated powers on 2 November 2020, as reported in the decision log.",
        "The PFCC approved the record of the meeting held on 21 October 2020 as accurate.",
        "approved",
        "Accuracy of the record.",
    )
    item(
        "20/046",
        "Integrated Risk Management Plan 2021–24: draft for consultation",
        "The Chief Fire Officer presented the draft plan, which proposes changes to on-call crewing at four stations "
        "and a new prevention offer for older residents.",
        "The PFCC approved the draft Integrated Risk Management Plan 2021–24 for a twelve-week public consultation starting on 7 December 2020.",
        "approved",
        "The Fire and Rescue National Framework requires consultation on the plan before it is adopted.",
        acts=[
            ("Publish the consultation plan and equality impact assessment on the PFCC website.", "NC", "04/12/2020")
        ],
    )
    item(
        "20/047",
        "Quarter 2 financial monitoring 2020/21",
        "The Chief Finance Officer reported a forecast police underspend of £0.6m and a fire overspend of £0.2m, "
        "largely from COVID-19 costs not yet reimbursed.",
        "The Board noted the quarter 2 position and the PFCC agreed to release £0.3m from the fire general reserve to fund replacement of two aerial ladder platforms.",
        "agreed",
        "The existing platforms are beyond their planned life and repair costs are rising.",
        acts=[
            (
                "Report the revised fleet replacement programme, with the aerial platforms included, to the January Board.",
                "OP / WO",
                "20/01/2021",
            )
        ],
    )
    item(
        "20/048",
        "Police and Crime Plan performance: quarter 2",
        "The Chief Constable presented the performance pack. Burglary was 14% below last year; the number of "
        "open investigations per detective remained high.",
    )
    item(
        "20/049",
        "Joint estates strategy: Harlby shared station",
        "The Head of Estates and Fleet outlined the business case for co-locating the Harlby neighbourhood team in the "
        "fire station, at a capital cost of £410,000.",
        "The PFCC endorsed the business case for the Harlby shared station and asked that a final decision report be brought forward once planning consent is obtained.",
        "endorsed",
        "Co-location reduces running costs and keeps a police presence in the town.",
        acts=[("Submit the planning application for the Harlby shared station.", "OP", "29/01/2021")],
    )
    item(
        "20/050",
        "Any other business",
        "The Chief Executive reminded members that the draft precept proposal would be considered by the Police, Fire "
        "and Crime Panel on 4 February 2021.",
        "The Board agreed that the precept options paper be taken as the first item at the December meeting.",
        "agreed",
        acts=[
            ("Circulate the precept options paper to Board members one week before the December meeting.", "WO", "TBC")
        ],
    )

    def deco(c, d):
        c.saveState()
        c.setFont(F, 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(20 * mm, 10 * mm, "Calverdale PFCC – Strategic Governance Board – 18.11.20")
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f"{d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(
        str(HERE / f"{stem}.pdf"),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=15 * mm,
        bottomMargin=18 * mm,
        title="SGB record of decisions",
    )
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    write_gold(
        stem,
        meetings=[
            {
                "body": "Strategic Governance Board",
                "meeting_date": D,
                "start_time": "09:30",
                "location": "Virtual meeting (Microsoft Teams)",
                "minutes_status": "approved",
            }
        ],
        attendance=attendance,
        decisions=decisions,
        actions=actions,
        risks=[],
    )
    return actions


# =====================================================================================
# 5. Wyvernshire PFCC Accountability Board agenda, 12 May 2021 (hybrid) – plain
# =====================================================================================
def wyvernshire_ab_agenda():
    stem = "2021-05-12-Wyvernshire-PFCC-Accountability-Board-agenda"
    D = "2021-05-12"
    F = "Times-Roman"
    c_ = S("c", "Times-Bold", 13, 16, alignment=TA_CENTER)
    p = S("p", F, 11, 14, alignment=TA_CENTER)
    it = S("it", F, 11, 14)
    pr = S("pr", "Times-Italic", 10.5, 14, alignment=TA_RIGHT)
    story = [
        Paragraph("WYVERNSHIRE POLICE, FIRE AND CRIME COMMISSIONER", c_),
        Spacer(1, 4),
        Paragraph("Accountability Board", S("c2", "Times-Bold", 16, 20, alignment=TA_CENTER)),
        Spacer(1, 8),
        Paragraph("Wednesday 12 May 2021 at 2.00pm", p),
        Paragraph("Conference Room 2, Wyvern House, Castlegate, Thornbridge", p),
        Paragraph("(hybrid meeting – members may also join via Microsoft Teams)", p),
        Spacer(1, 16),
        Paragraph("AGENDA", S("ag", "Times-Bold", 12, 15, alignment=TA_CENTER)),
        Spacer(1, 8),
    ]
    items = [
        ("1", "Welcome, introductions and apologies", "PFCC"),
        ("2", "Declarations of interest", "All"),
        ("3", "Notes of the meeting held on 10 March 2021 and matters arising", "PFCC"),
        ("4", "Action log", "Chief Executive"),
        ("5", "Performance", None),
        ("5.1", "Police performance report – quarter 4 2020/21", "Chief Constable"),
        ("5.2", "Fire and rescue performance report – quarter 4 2020/21", "Chief Fire Officer"),
        ("6", "Revenue and capital outturn 2020/21 (provisional)", "Chief Finance Officer"),
        ("7", "HMICFRS inspection of the fire and rescue service: action plan", "Chief Fire Officer"),
        ("8", "Police officer uplift: progress report", "Deputy Chief Constable"),
        ("9", "Any other business", "PFCC"),
        ("10", "Date of next meeting: Wednesday 14 July 2021", None),
    ]
    rows = []
    for no, title_, who in items:
        sub = "." in no
        rows.append(
            [
                Paragraph(no, it),
                Paragraph(esc(title_), S("ti", "Times-Bold" if not sub else F, 11, 14, leftIndent=10 if sub else 0)),
                Paragraph(esc(who or ""), pr),
            ]
        )
    t = Table(rows, colWidths=[14 * mm, 110 * mm, 45 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    story += [
        t,
        Spacer(1, 24),
        Paragraph(
            "Papers for items 5 to 8 are attached. Members of the public may observe the meeting by "
            "following the link published on the Commissioner's website.",
            S("n", F, 10, 13),
        ),
        Spacer(1, 8),
        Paragraph("Caroline Westbury, Chief Executive – 5 May 2021", S("n2", "Times-Italic", 10, 13)),
    ]
    doc = SimpleDocTemplate(
        str(HERE / f"{stem}.pdf"),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title="Accountability Board agenda",
    )
    doc.build(story)
    agenda = []
    for no, title_, who in items:
        a = {"meeting_date": D, "item_number": no, "title": title_}
        if who:
            a["presenter_text"] = who
        agenda.append(a)
    write_gold(
        stem,
        meetings=[
            {
                "body": "Accountability Board",
                "meeting_date": D,
                "start_time": "14:00",
                "location": "Conference Room 2, Wyvern House, Castlegate, Thornbridge",
                "minutes_status": None,
            }
        ],
        attendance=[],
        agenda_items=agenda,
        decisions=[],
        actions=[],
        risks=[],
    )


# =====================================================================================
# 8. Hallamere Fire and Rescue Authority – Audit and Governance Committee action tracker (landscape)
# =====================================================================================
def hallamere_fra_tracker():
    stem = "2022-06-29-Hallamere-FRA-Audit-Governance-action-tracker"
    F = "Helvetica"
    p = S("p", F, 8.5, 10.5)
    hb = S("hb", "Helvetica-Bold", 8.5, 10.5, textColor=colors.white)
    rows_in = [
        # ref, meeting, minute, action, lead, target, progress, status
        (
            "AG/21/07",
            "22/09/21",
            "31",
            "Provide a breakdown of the pension remedy costs by scheme and year.",
            "Treasurer",
            "17/11/21",
            "Breakdown circulated to members on 2 November 2021.",
            "Closed",
        ),
        (
            "AG/21/09",
            "17/11/21",
            "44",
            "Bring the revised anti-fraud and corruption policy back to the Committee for approval.",
            "Monitoring Officer",
            "Q4 2021/22",
            "Policy redrafted; consultation with the representative bodies under way.",
            "Ongoing",
        ),
        (
            "AG/21/10",
            "17/11/21",
            "46",
            "Arrange a members' briefing on the new cyber security assurance framework.",
            "Head of ICT",
            "26/01/22",
            "Briefing held on 19 January 2022.",
            "Closed",
        ),
        (
            "AG/21/11",
            "17/11/21",
            "47",
            "Report the findings of the station fuel card audit, including the management response.",
            "Head of Internal Audit",
            "TBC",
            "Audit deferred at the request of management; replaced by AG/22/04.",
            "Superseded",
        ),
        (
            "AG/22/01",
            "26/01/22",
            "5",
            "Circulate the external auditor's value for money commentary once finalised.",
            "Treasurer / Head of Finance",
            "March 2022",
            "Awaiting final commentary from the auditor.",
            "Open",
        ),
        (
            "AG/22/02",
            "26/01/22",
            "7",
            "Update the corporate risk register to reflect the on-call recruitment position.",
            "Deputy Chief Fire Officer",
            "30 Mar 2022",
            "Risk CR05 re-scored and controls updated.",
            "Closed",
        ),
        (
            "AG/22/03",
            "26/01/22",
            "9",
            "Include benchmarking of sickness absence against other fire and rescue services in the next workforce report.",
            "Director of People",
            "14/07/22",
            "Data requested from the national data set; due for the July meeting.",
            "Open",
        ),
        (
            "AG/22/04",
            "30/03/22",
            "18",
            "Commission a combined audit of fuel cards and fleet telematics in the 2022/23 plan.",
            "Head of Internal Audit",
            "Q3 2022/23",
            "Included in the draft 2022/23 internal audit plan.",
            "Open",
        ),
        (
            "AG/22/05",
            "30/03/22",
            "20",
            "Confirm the revised date for the publication of the 2021/22 draft statement of accounts.",
            "Treasurer",
            "31 May 2022",
            "Draft accounts published on 27 May 2022.",
            "Closed",
        ),
        (
            "AG/22/06",
            "30/03/22",
            "22",
            "Review the gifts and hospitality register for senior officers and report any late declarations.",
            "Monitoring Officer",
            "End of June 2022",
            "Review started; two late declarations identified so far.",
            "Ongoing",
        ),
        (
            "AG/22/07",
            "30/03/22",
            "23",
            "Present the annual governance statement 2021/22 in draft.",
            "Chief Fire Officer & Treasurer",
            "14/07/22",
            "On the agenda for the July meeting.",
            "Open",
        ),
        (
            "AG/22/08",
            "30/03/22",
            "24",
            "Set out options for the Committee's self-assessment against the CIPFA position statement.",
            "Clerk to the Authority",
            "Sept 2022",
            "Not yet started.",
            "Open",
        ),
    ]
    owner_map = {
        "Treasurer": ["Treasurer"],
        "Monitoring Officer": ["Monitoring Officer"],
        "Head of ICT": ["Head of ICT"],
        "Head of Internal Audit": ["Head of Internal Audit"],
        "Treasurer / Head of Finance": ["Treasurer", "Head of Finance"],
        "Deputy Chief Fire Officer": ["Deputy Chief Fire Officer"],
        "Director of People": ["Director of People"],
        "Chief Fire Officer & Treasurer": ["Chief Fire Officer", "Treasurer"],
        "Clerk to the Authority": ["Clerk to the Authority"],
    }
    closed = {"Closed", "Superseded"}
    fill = {"Closed": "#D9D9D9", "Superseded": "#D9D9D9", "Open": "#FFFFFF", "Ongoing": "#FFF2CC"}
    head = ["Ref", "Meeting", "Min.", "Action required", "Lead officer", "Target date", "Progress update", "Status"]
    data = [[Paragraph(h, hb) for h in head]]
    for r in rows_in:
        data.append([Paragraph(esc(x), p) for x in r])
    t = Table(data, colWidths=[19 * mm, 17 * mm, 10 * mm, 72 * mm, 36 * mm, 22 * mm, 70 * mm, 20 * mm], repeatRows=1)
    st = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#A6192E")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    for i, r in enumerate(rows_in, 1):
        st.append(("BACKGROUND", (7, i), (7, i), colors.HexColor(fill[r[7]])))
    t.setStyle(TableStyle(st))
    story = [
        Paragraph(
            "HALLAMERE FIRE AND RESCUE AUTHORITY", S("a", "Helvetica-Bold", 9, 11, textColor=colors.HexColor("#A6192E"))
        ),
        Paragraph("Audit and Governance Committee – Action Tracker", S("b", "Helvetica-Bold", 15, 19)),
        Paragraph("Position reported to the meeting on 29 June 2022 (agenda item 4)", S("c", F, 9.5, 13)),
        Spacer(1, 8),
        t,
        Spacer(1, 8),
        Paragraph(
            "Closed and superseded actions will be removed from the tracker after they have been reported once.",
            S("d", "Helvetica-Oblique", 8, 10),
        ),
    ]

    def deco(c, d):
        c.saveState()
        c.setFont(F, 7.5)
        c.drawRightString(landscape(A4)[0] - 15 * mm, 8 * mm, f"Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(
        str(HERE / f"{stem}.pdf"),
        pagesize=landscape(A4),
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title="Action tracker",
    )
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    acts = []
    for ref, meet, mn, desc, lead, tgt, _prog, status in rows_in:
        acts.append(
            action(
                desc,
                owner_map[lead],
                lead,
                tgt,
                "closed" if status in closed else "open",
                number=ref,
                raised=iso(meet),
                item=mn,
            )
        )
    write_gold(stem, attendance=[], agenda_items=[], decisions=[], actions=acts, risks=[])


# =====================================================================================
# 9. Calverdale PFCC Strategic Governance Board action log, October 2020 (portrait)
# =====================================================================================
def calverdale_sgb_log():
    stem = "2020-10-14-Calverdale-PFCC-SGB-action-log"
    F = "DejaVuSerif"
    p = S("p", F, 8, 10)
    hb = S("hb", F + "-Bold", 8, 10)
    rows_in = [
        (
            "SGB-A-029",
            "15.07.20",
            "20/024",
            "Circulate the revised scheme of corporate governance to all Board members.",
            "Chief Executive",
            "31.07.20",
            "Complete",
        ),
        (
            "SGB-A-031",
            "15.07.20",
            "20/026",
            "Review overtime in the fire control room and report the findings to the Board.",
            "ACFO",
            "16.09.20",
            "Complete",
        ),
        (
            "SGB-A-033",
            "19.08.20",
            "20/030",
            "Provide a breakdown of COVID-19 grant spending by service.",
            "CFO (OPFCC)",
            "16.09.20",
            "Closed",
        ),
        (
            "SGB-A-034",
            "19.08.20",
            "20/031",
            "Agree a joint communications protocol for major incidents with the local resilience forum.",
            "CC / Chief Fire Officer",
            "18.11.20",
            "In progress",
        ),
        (
            "SGB-A-035",
            "19.08.20",
            "20/033",
            "Refresh the complaints review procedure to reflect the February 2020 reforms.",
            "Chief Executive",
            "31.12.20",
            "Open",
        ),
        (
            "SGB-A-036",
            "16.09.20",
            "20/036",
            "Set out options for a joint police and fire cadet scheme.",
            "DPFCC",
            "March 2021",
            "Open",
        ),
        (
            "SGB-A-037",
            "16.09.20",
            "20/037",
            "Confirm the outcome of the national funding bid for fire protection uplift.",
            "Chief Fire Officer",
            "w/c 9 November 2020",
            "Open",
        ),
        (
            "SGB-A-038",
            "16.09.20",
            "20/038",
            "Report the number of police officers and firefighters shielding or self-isolating each week.",
            "DCC & ACFO",
            "Weekly",
            "In progress",
        ),
        (
            "SGB-A-039",
            "16.09.20",
            "20/040",
            "Share the draft estates strategy with the Deputy PFCC before publication.",
            "Oliver Penrose",
            "21.10.20",
            "Closed",
        ),
    ]
    owners = {
        "Chief Executive": ["Chief Executive"],
        "ACFO": ["Assistant Chief Fire Officer"],
        "CFO (OPFCC)": ["Chief Finance Officer"],
        "CC / Chief Fire Officer": ["Chief Constable", "Chief Fire Officer"],
        "DPFCC": ["Deputy Police, Fire and Crime Commissioner"],
        "Chief Fire Officer": ["Chief Fire Officer"],
        "DCC & ACFO": ["Deputy Chief Constable", "Assistant Chief Fire Officer"],
        "Oliver Penrose": ["Oliver Penrose"],
    }
    head = ["Action ID", "Date raised", "Item", "Action", "Owner(s)", "Deadline", "Status"]
    data = [[Paragraph(h, hb) for h in head]] + [[Paragraph(esc(x), p) for x in r] for r in rows_in]
    t = Table(data, colWidths=[21 * mm, 16 * mm, 14 * mm, 57 * mm, 29 * mm, 23 * mm, 18 * mm], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story = [
        Paragraph("Calverdale Police, Fire and Crime Commissioner", S("a", F, 9, 11)),
        Paragraph("STRATEGIC GOVERNANCE BOARD – ACTION LOG", S("b", F + "-Bold", 12, 15)),
        Paragraph("Updated 7 October 2020 for the meeting on 14 October 2020", S("c", F + "-Italic", 8.5, 11)),
        Spacer(1, 6),
        t,
        Spacer(1, 6),
        Paragraph(
            "Key: CC – Chief Constable; DCC – Deputy Chief Constable; DPFCC – Deputy Police, Fire and Crime Commissioner; "
            "ACFO – Assistant Chief Fire Officer; CFO (OPFCC) – Chief Finance Officer to the PFCC.",
            S("k", F, 7.5, 9.5),
        ),
    ]
    doc = SimpleDocTemplate(
        str(HERE / f"{stem}.pdf"),
        pagesize=A4,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title="SGB action log",
    )
    doc.build(story)
    acts = [
        action(
            d,
            owners[o],
            o,
            due,
            "closed" if st in ("Complete", "Closed") else "open",
            number=ref,
            raised=iso(r),
            item=it,
        )
        for ref, r, it, d, o, due, st in rows_in
    ]
    write_gold(stem, attendance=[], agenda_items=[], decisions=[], actions=acts, risks=[])


# =====================================================================================
# 10. Skelbrooke Constabulary strategic risk register Q1 2021/22 (landscape, previous/current/target)
# =====================================================================================
SKEL_RISKS = [
    (
        "Protecting vulnerable people",
        [
            (
                "SC-SR01",
                "Demand from missing person reports, particularly children in care, exceeds the capacity of local investigation teams, delaying searches.",
                "ACC Local Policing",
                "16",
                (4, 4),
                "→",
                (3, 3),
                "Missing persons coordinator; daily risk review meeting; protocol with children's homes.",
                "Trial of a dedicated missing-from-care team in Abbotsleigh.",
            ),
            (
                "SC-SR02",
                "Safeguarding referrals are not shared with partners within agreed timescales, leaving children at continuing risk.",
                "Head of Public Protection",
                "15",
                (3, 4),
                "↓",
                (2, 4),
                "Multi-agency safeguarding hub; referral performance monitored weekly.",
                "Automated referral feed to the county council by September 2021.",
            ),
            (
                "SC-SR03",
                "A rise in reported domestic abuse after lockdown restrictions end overwhelms specialist officers.",
                "Head of Public Protection",
                "New",
                (4, 3),
                "↑",
                (3, 3),
                "Domestic abuse triage desk; additional officers trained in risk assessment.",
                "Recruit six further domestic abuse investigators.",
            ),
        ],
    ),
    (
        "Tackling serious and organised crime",
        [
            (
                "SC-SR04",
                "Exploitation of children through county lines drug supply increases in the coastal towns.",
                "ACC Crime and Justice",
                "16",
                (4, 4),
                "→",
                (3, 4),
                "Operation Harrier; partnership disruption plans; regional intelligence sharing.",
                "Extend Operation Harrier funding beyond March 2022.",
            ),
            (
                "SC-SR05",
                "The backlog of digital devices awaiting examination delays charging decisions and court cases.",
                "Head of Forensic Services",
                "20",
                (5, 3),
                "↓",
                (3, 3),
                "Triage kiosks in three stations; outsourcing contract for overflow.",
                "Accreditation of the digital forensic unit to ISO 17025.",
            ),
        ],
    ),
    (
        "Our people and resources",
        [
            (
                "SC-SR06",
                "The force does not recruit enough officers to meet its uplift allocation for 2021/22.",
                "Director of People",
                "12",
                (3, 4),
                "↑",
                (2, 3),
                "Recruitment campaign; positive action team; monthly uplift board.",
                "Open a second intake for the degree holder entry programme.",
            ),
            (
                "SC-SR07",
                "Sickness and self-isolation caused by COVID-19 reduce the number of officers available for frontline duties.",
                "Deputy Chief Constable",
                "20",
                (3, 4),
                "↓",
                (2, 3),
                "Gold command structure; testing and vaccination arrangements; resilience plans.",
                "Stand down gold command when national restrictions end.",
            ),
            (
                "SC-SR08",
                "Savings required by the medium-term financial plan are not identified, leading to unplanned reductions in services.",
                "Director of Finance",
                "9",
                (3, 3),
                "→",
                (2, 3),
                "Medium-term financial plan; star chamber reviews; reserves strategy.",
                "Priority-based budgeting review to report in November 2021.",
            ),
            (
                "SC-SR09",
                "Failure of the ageing command and control system during a period of high demand.",
                "Director of Information and Technology",
                "15",
                (3, 5),
                "→",
                (2, 5),
                "Support contract; tested fallback procedures; replacement programme.",
                "Award the contract for the replacement system by December 2021.",
            ),
            (
                "SC-SR10",
                "A cyber attack compromises police systems or data.",
                "Director of Information and Technology",
                "10",
                (2, 5),
                "→",
                (2, 4),
                "Security operations centre; penetration testing; staff training.",
                "Complete the move of email to the national secure tenancy.",
            ),
        ],
    ),
]


def skelbrooke_register():
    stem = "2021-06-30-Skelbrooke-Constabulary-strategic-risk-register"
    F = "LibNarrow"
    p = S("p", F, 9, 11)
    pc = S("pc", F, 9.5, 11, alignment=TA_CENTER)
    hb = S("hb", F + "-Bold", 8, 9.6, alignment=TA_CENTER, textColor=colors.white)
    arrow = S("ar", "DejaVu-Bold", 10, 11, alignment=TA_CENTER)

    def colour(score):
        return "#E06666" if score >= 15 else "#F6B26B" if score >= 8 else "#93C47D"

    head1 = [
        "Ref",
        "Risk",
        "Risk owner",
        "Previous score (Q4 20/21)",
        "Current (residual)",
        "",
        "",
        "DoT",
        "Target",
        "",
        "",
        "Key controls",
        "Further actions",
    ]
    head2 = ["", "", "", "", "L", "I", "Score", "", "L", "I", "Score", "", ""]
    data = [[Paragraph(h, hb) for h in head1], [Paragraph(h, hb) for h in head2]]
    st = (
        [("SPAN", (4, 0), (6, 0)), ("SPAN", (8, 0), (10, 0))]
        + [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 3, 7, 11, 12)]
        + [
            ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#203864")),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#404040")),
            ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
            ("VALIGN", (0, 2), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 2), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 2), (-1, -1), 7),
        ]
    )
    risks = []
    for obj_i, (obj, rs) in enumerate(SKEL_RISKS, 1):
        data.append([Paragraph(f"<b>Priority {obj_i} – {esc(obj)}</b>", p)] + [""] * 12)
        r = len(data) - 1
        st += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#D9E1F2"))]
        for ref, desc, owner, prev, (cl, ci), dot, (tl, ti), ctl, fa in rs:
            data.append(
                [
                    Paragraph(ref, p),
                    Paragraph(esc(desc), p),
                    Paragraph(esc(owner), p),
                    Paragraph(prev, pc),
                    Paragraph(str(cl), pc),
                    Paragraph(str(ci), pc),
                    Paragraph(f"<b>{cl * ci}</b>", pc),
                    Paragraph(dot, arrow),
                    Paragraph(str(tl), pc),
                    Paragraph(str(ti), pc),
                    Paragraph(f"<b>{tl * ti}</b>", pc),
                    Paragraph(esc(ctl), p),
                    Paragraph(esc(fa), p),
                ]
            )
            r = len(data) - 1
            st += [
                ("BACKGROUND", (6, r), (6, r), colors.HexColor(colour(cl * ci))),
                ("BACKGROUND", (10, r), (10, r), colors.HexColor(colour(tl * ti))),
            ]
            risks.append(
                {
                    "reference": ref,
                    "objective": obj,
                    "description": desc,
                    "ratings": [
                        {
                            "phase": "current",
                            "phase_text": "Current (residual)",
                            "likelihood": cl,
                            "impact": ci,
                            "score": cl * ci,
                            "register_date": "2021-06-30",
                        },
                        {
                            "phase": "target",
                            "phase_text": "Target",
                            "likelihood": tl,
                            "impact": ti,
                            "score": tl * ti,
                            "register_date": "2021-06-30",
                        },
                    ],
                }
            )
    t = Table(
        data,
        colWidths=[
            18 * mm,
            59 * mm,
            26 * mm,
            16 * mm,
            8 * mm,
            8 * mm,
            11 * mm,
            10 * mm,
            8 * mm,
            8 * mm,
            11 * mm,
            48 * mm,
            40 * mm,
        ],
        repeatRows=2,
    )
    t.setStyle(TableStyle(st))
    story = [
        Paragraph("SKELBROOKE CONSTABULARY", S("a", F + "-Bold", 10, 12, textColor=colors.HexColor("#203864"))),
        Paragraph(
            "Strategic Risk Register – Quarter 1 2021/22 (position at 30 June 2021)", S("b", F + "-Bold", 14, 17)
        ),
        Spacer(1, 3),
        Paragraph(
            "Scores are likelihood (L) × impact (I), each on a 1–5 scale. DoT = direction of travel since the previous "
            "quarter: ↑ increasing, → stable, ↓ reducing. The previous score is shown for comparison only.",
            S("c", F, 8.5, 10.5),
        ),
        Spacer(1, 6),
        t,
    ]

    def deco(c, d):
        c.saveState()
        c.setFont(F, 7.5)
        c.drawString(12 * mm, 8 * mm, "OFFICIAL – Skelbrooke Constabulary strategic risk register")
        c.drawRightString(landscape(A4)[0] - 12 * mm, 8 * mm, f"Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(
        str(HERE / f"{stem}.pdf"),
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=14 * mm,
        title="Strategic risk register",
    )
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    write_gold(stem, attendance=[], agenda_items=[], decisions=[], actions=[], risks=risks)


# =====================================================================================
# 13. Skelbrooke OPCC – performance report (no records)
# =====================================================================================
def skelbrooke_performance_report():
    stem = "2021-11-10-Skelbrooke-OPCC-performance-report"
    F = "Helvetica"
    p = S("p", F, 10, 13.5, alignment=TA_JUSTIFY, spaceAfter=6)
    h = S("h", "Helvetica-Bold", 11, 14, spaceBefore=8, spaceAfter=4)
    meta = [
        ["Report to:", "Skelbrooke PCC Strategic Board"],
        ["Date of meeting:", "10 November 2021"],
        ["Agenda item:", "6"],
        ["Report of:", "Head of Performance, Office of the Police and Crime Commissioner"],
        ["Security classification:", "OFFICIAL"],
    ]
    mt = Table(meta, colWidths=[42 * mm, 120 * mm])
    mt.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9.5),
                ("FONT", (1, 0), (1, -1), F, 9.5),
                ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
            ]
        )
    )
    story = [
        Paragraph(
            "POLICE AND CRIME PLAN 2021–2025: PERFORMANCE TO 30 SEPTEMBER 2021", S("t", "Helvetica-Bold", 13, 16)
        ),
        Spacer(1, 8),
        mt,
        Spacer(1, 6),
        Paragraph("1. Purpose", h),
        Paragraph(
            "1.1 This report summarises performance against the measures in the Police and Crime Plan for the first "
            "half of 2021/22. It is the first report against the new plan, which the Commissioner published in July 2021 "
            "after the elections in May.",
            p,
        ),
        Paragraph("2. Recommendation", h),
        Paragraph(
            "2.1 The Board is asked to note the performance set out in this report and the measures where further "
            "assurance will be sought at the next meeting.",
            p,
        ),
        Paragraph("3. Summary of performance", h),
        Paragraph(
            "3.1 Overall recorded crime has returned to the level seen before the pandemic. Neighbourhood crime continues "
            "to fall, but violence with injury and stalking and harassment have risen. Since the last report the Commissioner "
            "has approved additional funding for the rural crime team from the reserve set aside for the plan.",
            p,
        ),
    ]
    figs = [
        ["Measure", "Apr–Sep 2020", "Apr–Sep 2021", "Change", "Direction"],
        ["Total recorded crime", "24,118", "26,935", "+11.7%", "Worse"],
        ["Neighbourhood crime (burglary, robbery, theft)", "5,402", "4,967", "−8.1%", "Better"],
        ["Violence with injury", "2,311", "2,704", "+17.0%", "Worse"],
        ["Stalking and harassment", "1,876", "2,240", "+19.4%", "Worse"],
        ["999 calls answered within 10 seconds", "91.2%", "87.5%", "−3.7 pts", "Worse"],
        ["Victim satisfaction (whole experience)", "74%", "76%", "+2 pts", "Better"],
        ["Rural crime incidents", "612", "588", "−3.9%", "Better"],
    ]
    ft = Table(figs, colWidths=[70 * mm, 25 * mm, 25 * mm, 22 * mm, 20 * mm], repeatRows=1)
    ft.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                ("FONT", (0, 1), (-1, -1), F, 9),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E7E6E6")),
                ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ]
        )
    )
    story += [
        Spacer(1, 4),
        ft,
        Spacer(1, 6),
        Paragraph("4. Areas for further assurance", h),
        Paragraph(
            "4.1 The Office will seek further assurance from the Chief Constable on the fall in 999 answering "
            "performance, which coincides with the introduction of the new telephony platform in the control room, and "
            "on the investigation of stalking offences, where the charge rate remains below the national average.",
            p,
        ),
        Paragraph(
            "4.2 The rise in violence with injury is concentrated in the night-time economy of Abbotsleigh and "
            "Kelmscote. The community safety partnerships have been asked to include the issue in their strategic "
            "assessments for 2022.",
            p,
        ),
        Paragraph("5. Financial implications", h),
        Paragraph("5.1 There are no direct financial implications arising from this report.", p),
        Paragraph("6. Risk and equality implications", h),
        Paragraph(
            "6.1 Performance information is used to inform the strategic risk registers of the Office and the "
            "Constabulary. Where data allow, measures are broken down by age, sex and ethnicity in the appendix tables "
            "published on the Commissioner's website.",
            p,
        ),
        Spacer(1, 10),
        Paragraph(
            "Contact officer: Head of Performance, OPCC – performance@skelbrooke-pcc.example",
            S("c", "Helvetica-Oblique", 9, 12),
        ),
    ]

    def deco(c, d):
        c.saveState()
        c.setFont(F, 8)
        c.drawCentredString(A4[0] / 2, 10 * mm, f"{d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(
        str(HERE / f"{stem}.pdf"),
        pagesize=A4,
        leftMargin=24 * mm,
        rightMargin=24 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Performance report",
    )
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    write_gold(stem, attendance=[], agenda_items=[], decisions=[], actions=[], risks=[])


def build_all():
    wyvernshire_jiac_minutes()
    calverdale_sgb_decisions()
    wyvernshire_ab_agenda()
    hallamere_fra_tracker()
    calverdale_sgb_log()
    skelbrooke_register()
    skelbrooke_performance_report()
