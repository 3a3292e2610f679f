"""Quarrington Joint Corporate Governance Board agenda pack, 18 October 2017 (reportlab, Caladea):
cover page; agenda grid Item | Time | Subject | Purpose | Lead | Paper; Paper A unconfirmed minutes
of 20 September 2017 (roles before names, minute numbers 17/41..., 'ACTION: CFO –' lines);
Paper B action log (two minuted actions reappear with numbers); Paper C treasury report."""

from common import ROLE, D, Gold
from rlkit import *

STEM = "2017-10-18-Quarrington-Joint-Corporate-Governance-Board-pack"
BODY = "Joint Corporate Governance Board"
MD = D(2017, 10, 18)
PREV = D(2017, 9, 20)
LOC = "Committee Room 3, Quarrington Police Headquarters, Bellfield Road, Quarrington"

AGENDA = [
    ("1", "14:00", "Welcome, introductions and apologies", "–", "Chair", "–"),
    ("2", "14:05", "Declarations of interest", "–", "All", "–"),
    ("3", "14:10", "Minutes of the meeting held on 20 September 2017", "Approval", "Chair", "A"),
    ("4", "14:15", "Action log", "Monitoring", "Board Secretary", "B"),
    ("5", "14:30", "Treasury management mid-year review 2017/18", "Decision", "Chief Finance Officer (OPCC)", "C"),
    ("6", "15:00", "Force performance report – Quarter 2", "Assurance", "Deputy Chief Constable", "Verbal"),
    ("7", "15:30", "Estates strategy update", "Information", "Director of Resources", "Verbal"),
    ("8", "16:15", "Any other business", "–", "Chair", "–"),
    ("9", "16:25", "Date of next meeting: 15 November 2017", "–", "Chair", "–"),
]
PRESENT = [
    ("Police and Crime Commissioner", "Rachel Denholm", " (Chair)"),
    ("Chief Constable", "Andrew Keel", ""),
    ("Deputy Chief Constable", "Maxine Forde", ""),
    ("Chief Executive (OPCC)", "Oliver Tunstall", ""),
    ("Chief Finance Officer (OPCC)", "Hannah Wick", ""),
    ("Director of Resources", "Colin Baptiste", ""),
]
ATTENDING = [("Board Secretary", "Jenna Moult"), ("Head of Estates", "Pritpal Gill")]
APOLOGIES = [("Assistant Chief Constable", "Simon Greaves")]

DEC = [
    ("17/41", "approved", "The Board approved the minutes of the meeting held on 16 August 2017 as a correct record."),
    (
        "17/43",
        "agreed",
        "The Board agreed that the reserves strategy be amended to hold the general reserve at 3.5% of the net revenue budget.",
    ),
    (
        "17/44",
        "endorsed",
        "The Commissioner endorsed the business case for the shared custody suite at Hallbrook, subject to the Home Office capital grant being confirmed.",
    ),
    ("17/45", "noted", "The Board noted the summer demand report and the 12% rise in calls to the 101 service."),
]
MIN_ACTS = [  # (minute, owner printed, owners, text, log no, due)
    (
        "17/43",
        "CFO",
        [ROLE["CFO"]],
        "Circulate the revised reserves strategy to Board members by 6 October 2017.",
        "JCGB/17/22",
        D(2017, 10, 6),
        "Complete",
    ),
    (
        "17/44",
        "Director of Resources",
        ["Director of Resources"],
        "Submit the capital grant bid for the Hallbrook custody suite and report the outcome to the Board.",
        "JCGB/17/23",
        D(2017, 12, 13),
        "In progress",
    ),
]
LOG_EARLIER = [  # no, meeting, min, action, owner printed, owners, due, status, update
    (
        "JCGB/17/14",
        D(2017, 6, 21),
        "17/27",
        "Present options for the future of the Orton Street police station front counter.",
        "DCC",
        [ROLE["DCC"]],
        D(2017, 9, 20),
        "Complete",
        "Options paper taken 20 Sep; option B agreed.",
    ),
    (
        "JCGB/17/17",
        D(2017, 7, 19),
        "17/33",
        "Confirm the timetable for the collaboration review with Quarrington Fire and Rescue Service.",
        "Chief Executive (OPCC)",
        [ROLE["CEX"]],
        D(2017, 11, 15),
        "In progress",
        "Draft timetable shared with the fire service.",
    ),
    (
        "JCGB/17/19",
        D(2017, 8, 16),
        "17/36",
        "Report the cost of the summer events policing operation and any recovery from organisers.",
        "ACC / CFO",
        [ROLE["ACC"], ROLE["CFO"]],
        D(2017, 10, 18),
        "In progress",
        "Costs being finalised; verbal update at this meeting.",
    ),
    (
        "JCGB/17/20",
        D(2017, 8, 16),
        "17/38",
        "Arrange a Board development session on the new risk management policy.",
        "Board Secretary",
        ["Board Secretary"],
        None,
        "Not started",
        "Date to be agreed (TBC).",
    ),
]


def short(d):
    return d.strftime("%d %b %y").lstrip("0")


def build():
    g = Gold(STEM, "pack")
    g.meeting(BODY, MD, "14:00", LOC, None)
    g.meeting(BODY, PREV, "14:00", "Committee Room 3, Quarrington Police Headquarters", "draft")
    F = "Caladea"
    body = S(font=F, size=10.5, lead=13.5, align=TA_JUSTIFY, after=5)
    sm = S(font=F, size=9, lead=11)
    smb = S(font=F, size=9, lead=11, bold=True)
    h1 = S(font=F, size=15, bold=True, after=6, color=colors.HexColor("#5b2c6f"))
    h2 = S(font=F, size=11, bold=True, before=6, after=3)
    purple = colors.HexColor("#5b2c6f")
    story = []

    # cover
    story += [
        Spacer(1, 60 * mm),
        P(
            "Office of the Police and Crime Commissioner for Quarrington<br/>and Quarrington Constabulary",
            S(font=F, size=13, align=TA_CENTER, lead=17, after=20),
        ),
        P(BODY.upper(), S(font=F, size=22, bold=True, align=TA_CENTER, color=purple, after=16, lead=26)),
        P("Wednesday 18 October 2017<br/>2.00pm – 4.30pm", S(font=F, size=14, align=TA_CENTER, lead=19, after=8)),
        P(E(LOC), S(font=F, size=11, align=TA_CENTER, after=40)),
        P("AGENDA AND PAPERS", S(font=F, size=14, bold=True, align=TA_CENTER)),
        P("OFFICIAL", S(font=F, size=10, align=TA_CENTER, before=60)),
        PageBreak(),
    ]
    # agenda
    story.append(P("Agenda", h1))
    story.append(
        P("<b>Meeting:</b> %s &nbsp; <b>Date:</b> Wednesday 18 October 2017 &nbsp; <b>Time:</b> 2.00pm" % BODY, sm)
    )
    story.append(P("<b>Venue:</b> " + E(LOC), S(font=F, size=9, after=8)))
    rows = [
        [
            P(h, S(font=F, size=9, bold=True, color=colors.white))
            for h in ("Item", "Time", "Subject", "Purpose", "Lead", "Paper")
        ]
    ]
    for no, tm, subj, purp, lead, paper in AGENDA:
        rows.append([P(no, sm), P(tm, sm), P(E(subj), smb), P(purp, sm), P(E(lead), sm), P(paper, sm)])
        g.item(MD, no, subj, lead)
    t = Table(rows, colWidths=[12 * mm, 14 * mm, 70 * mm, 24 * mm, 42 * mm, 14 * mm])
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), purple),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#aaaaaa")),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3eef6")]),
            ]
        )
    )
    story += [
        t,
        Spacer(1, 8),
        P("Papers are marked A to C. Items 6 and 7 are verbal. Part 2 business: none.", S(font=F, size=9, italic=True)),
        PageBreak(),
    ]

    # Paper A minutes
    story.append(P("UNCONFIRMED", S(font=F, size=9, bold=True, align=TA_RIGHT, color=colors.HexColor("#b00000"))))
    story.append(
        P(
            "Minutes of the %s<br/>held on Wednesday 20 September 2017 at 2.00pm, Committee Room 3, Quarrington Police Headquarters"
            % BODY,
            S(font=F, size=12, bold=True, lead=15, after=8),
        )
    )
    story.append(P("<b>Present:</b> " + "; ".join("%s %s%s" % (r, n, x) for r, n, x in PRESENT) + ".", body))
    for r, n, x in PRESENT:
        g.attend(PREV, n, "member", r)
    story.append(P("<b>Also attending:</b> " + "; ".join("%s %s" % a for a in ATTENDING) + ".", body))
    for r, n in ATTENDING:
        g.attend(PREV, n, "in_attendance", r)
    story.append(P("<b>Apologies:</b> " + "; ".join("%s %s" % a for a in APOLOGIES) + ".", body))
    for r, n in APOLOGIES:
        g.attend(PREV, n, "apologies", r)

    def minute(no, title, paras):
        story.append(P("%s &nbsp; %s" % (no, E(title)), h2))
        for p in paras:
            story.append(P(p, body))

    minute("17/40", "Welcome and declarations", ["The Chair welcomed Mr Gill. No interests were declared."])
    minute("17/41", "Minutes and matters arising", [E(DEC[0][2])])
    minute("17/42", "Action log", ["The Board reviewed the action log. Actions JCGB/17/14 and JCGB/17/18 were closed."])
    minute(
        "17/43",
        "Reserves strategy",
        [
            "The Chief Finance Officer (OPCC) set out the forecast level of reserves to 2021 and the risks in the "
            "grant settlement.",
            E(DEC[1][2]),
            "<b>ACTION:</b> CFO – " + E(MIN_ACTS[0][3]),
        ],
    )
    minute(
        "17/44",
        "Hallbrook custody suite",
        [
            "The Director of Resources presented the business case for a shared custody suite with twenty-four cells.",
            E(DEC[2][2]),
            "<b>ACTION:</b> Director of Resources – " + E(MIN_ACTS[1][3]),
        ],
    )
    minute(
        "17/45",
        "Summer demand",
        [E(DEC[3][2]), "The Chief Constable said that the call centre restructure would be completed by December."],
    )
    story.append(P("Meeting closed 4.20pm.", S(font=F, size=9, italic=True, before=6)))
    for no, t_, text in DEC:
        g.decision(PREV, no, t_, text)
    story.append(PageBreak())

    # Paper B action log
    story.append(P("Action Log – position at 11 October 2017", h1))
    hdr = ("No.", "Meeting", "Min.", "Action", "Owner", "Due", "Status / update")
    rows = [[P(h, S(font=F, size=8.5, bold=True)) for h in hdr]]
    entries = list(LOG_EARLIER)
    for minute_no, owner, owners, text, no, due, status in MIN_ACTS:
        entries.append((no, PREV, minute_no, text, owner, owners, due, status, ""))
    colour = {"Complete": "#c6efce", "In progress": "#ffeb9c", "Not started": "#ffc7ce"}
    st = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#666666")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4dcea")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for k, (no, meet, mn, text, owner, owners, due, status, upd) in enumerate(entries, 1):
        rows.append(
            [
                P(no, S(font=F, size=8.5)),
                P(short(meet), S(font=F, size=8.5)),
                P(mn, S(font=F, size=8.5)),
                P(E(text), S(font=F, size=8.5)),
                P(E(owner), S(font=F, size=8.5)),
                P(short(due) if due else "TBC", S(font=F, size=8.5)),
                P("<b>%s</b>%s" % (status, (" – " + E(upd)) if upd else ""), S(font=F, size=8.5)),
            ]
        )
        st.append(("BACKGROUND", (6, k), (6, k), colors.HexColor(colour[status])))
        g.action(
            text,
            no,
            meet,
            mn,
            owners,
            due,
            "closed" if status == "Complete" else "open",
            owner,
            short(due) if due else "TBC",
        )
    t = Table(rows, colWidths=[20 * mm, 17 * mm, 13 * mm, 54 * mm, 24 * mm, 16 * mm, 34 * mm], repeatRows=1)
    t.setStyle(TableStyle(st))
    story += [
        t,
        Spacer(1, 6),
        P("Status key: Complete – action discharged; In progress; Not started.", S(font=F, size=8, italic=True)),
        PageBreak(),
    ]

    # Paper C report
    story.append(P("Treasury Management Mid-Year Review 2017/18", h1))
    meta = [
        ["Report of:", "Chief Finance Officer (OPCC)"],
        ["Date:", "11 October 2017"],
        ["Agenda item:", "5"],
        ["Purpose:", "Decision"],
        ["Security marking:", "OFFICIAL"],
    ]
    t = Table([[P(a, smb), P(b, sm)] for a, b in meta], colWidths=[35 * mm, 120 * mm])
    t.setStyle(
        TableStyle(
            [("BOX", (0, 0), (-1, -1), 0.6, purple), ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f3eef6"))]
        )
    )
    story += [t, Spacer(1, 8)]
    story.append(P("1. Recommendation", h2))
    story.append(
        P(
            "The Board is asked to note the treasury management activity for the first half of 2017/18 and "
            "to approve the revised counterparty limits set out in Appendix 1.",
            body,
        )
    )
    story.append(P("2. Background", h2))
    for para_ in [
        "The CIPFA Code of Practice on Treasury Management requires a mid-year review to be reported to those "
        "charged with governance. The Commissioner and the Chief Constable have delegated scrutiny of treasury "
        "activity to this Board, with the Joint Audit Committee receiving the annual outturn.",
        "Cash balances have been higher than forecast because of slippage in the capital programme, in particular "
        "the delay to the Hallbrook custody suite. Average balances of £38.6m were held between April and September.",
        "No new borrowing has been taken. Interest earned to 30 September was £96,400 against a budget of £80,000.",
    ]:
        story.append(P(E(para_), body))
    story.append(P("3. Investments at 30 September 2017", h2))
    inv = [
        ["Counterparty", "Type", "Amount £m", "Rate %", "Maturity"],
        ["Debt Management Office", "Deposit facility", "8.0", "0.10", "Overnight"],
        ["Money market fund A", "Constant NAV", "6.5", "0.22", "Instant"],
        ["Money market fund B", "Constant NAV", "5.0", "0.21", "Instant"],
        ["Local authority (county council)", "Fixed term", "5.0", "0.45", "31 Jan 2018"],
        ["UK clearing bank", "Notice account (95 day)", "4.0", "0.60", "95 days"],
        ["Total", "", "28.5", "", ""],
    ]
    t = Table(
        [[P(c, smb if i in (0, 6) else sm) for c in row] for i, row in enumerate(inv)],
        colWidths=[55 * mm, 40 * mm, 22 * mm, 18 * mm, 30 * mm],
    )
    t.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
            ]
        )
    )
    story.append(t)
    story.append(P("4. Prudential indicators", h2))
    story.append(
        P(
            "All prudential indicators set in February 2017 have been complied with. The operational boundary "
            "for external debt of £24m has not been approached. The authorised limit remains £28m.",
            body,
        )
    )
    story.append(P("5. Revised counterparty limits", h2))
    story.append(
        P(
            "Appendix 1 proposes raising the limit for any single local authority from £5m to £8m, reflecting "
            "the higher balances expected until the custody suite contract is let in 2018.",
            body,
        )
    )
    story.append(P("6. Implications", h2))
    story.append(
        P(
            "Financial: set out above. Legal: none. Equality: none. Risk: the revised limits increase "
            "concentration risk, which is mitigated by the high credit quality of local authorities.",
            body,
        )
    )
    story.append(
        P("Contact officer: Hannah Wick, Chief Finance Officer (OPCC)", S(font=F, size=9, italic=True, before=10))
    )

    story.append(PageBreak())
    story.append(P("Appendix 1 – Proposed counterparty limits 2017/18 (revised)", h2))
    lim = [
        ["Category", "Minimum credit rating", "Current limit", "Proposed limit", "Maximum period"],
        ["UK Government (DMO)", "n/a", "Unlimited", "Unlimited", "6 months"],
        ["Local authorities (each)", "n/a", "£5m", "£8m", "2 years"],
        ["Money market funds (each)", "AAA", "£7m", "£7m", "Instant access"],
        ["UK banks (each)", "A-", "£4m", "£4m", "1 year"],
        ["UK building societies (each)", "A-", "£2m", "£2m", "6 months"],
        ["Force bankers (operational)", "n/a", "£3m", "£3m", "Overnight"],
    ]
    t = Table(
        [[P(c, smb if i == 0 else sm) for c in row] for i, row in enumerate(lim)],
        colWidths=[50 * mm, 32 * mm, 26 * mm, 26 * mm, 30 * mm],
    )
    t.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4dcea"))]
        )
    )
    story.append(t)
    story.append(
        P(
            "Limits apply to the combined balances of the Commissioner and the Chief Constable.",
            S(font=F, size=8.5, italic=True, before=4),
        )
    )
    PAPERS = {2: "Agenda", 3: "Paper A", 4: "Paper B"}

    def onpage(c, d):
        c.saveState()
        c.setFont(F, 8)
        if d.page > 1:
            label = PAPERS.get(d.page, "Paper C")
            c.setStrokeColor(purple)
            c.rect(A4[0] - 48 * mm, A4[1] - 14 * mm, 30 * mm, 7 * mm)
            c.drawCentredString(A4[0] - 33 * mm, A4[1] - 11.8 * mm, label)
            c.drawString(18 * mm, 10 * mm, "JCGB 18.10.17")
            c.drawRightString(A4[0] - 18 * mm, 10 * mm, "Page %d" % d.page)
        c.restoreState()

    d = doc(STEM, margins=(18 * mm, 18 * mm, 20 * mm, 18 * mm), title=BODY)
    render(d, story, onpage)
    g.write()
