"""Quensford Joint Independent Audit Committee – agenda pack (reportlab, Carlito / Caladea).
Cover; agenda with dot leaders and the lead on the right; Paper A unconfirmed minutes of 11 December 2024
(two-column attendance with initials, 1.1 numbering, "Action – XX:" lines); Paper B action log
(No. | Meeting | Item | Action | Assigned to | Due | Status | Update) repeating two minuted actions;
Paper C internal audit progress report with a recommendation and an opinions table."""

from common import HERE, act, att, dec, esc, style, write_gold
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

STEM = "2025-03-12-Quensford-Joint-Independent-Audit-Committee-pack"
BODY = "Quensford Joint Independent Audit Committee"
DATE = "2025-03-12"
PREV = "2024-12-11"
LOCATION = "The Boardroom, Quensford Police Headquarters, Abbey Walk, Stennington"
PREV_LOCATION = "The Boardroom, Quensford Police Headquarters"
F, FS = "Caladea", "Carlito"
S = style("s", F, 10, 13)
SB = style("sb", F + "-Bold", 10, 13)
SS = style("ss", FS, 9, 11)
SSB = style("ssb", FS + "-Bold", 9, 11)
H1 = style("h1", FS + "-Bold", 15, 19, spaceAfter=6, textColor=colors.HexColor("#0B4F6C"))
H2 = style("h2", FS + "-Bold", 11.5, 14, spaceBefore=6, spaceAfter=2, textColor=colors.HexColor("#0B4F6C"))

AGENDA = [
    ("1", "Apologies and declarations of interest", "Chair", ""),
    ("2", "Minutes of the meeting held on 11 December 2024", "Chair", "Paper A"),
    ("3", "Action log", "Governance Manager", "Paper B"),
    ("4", "Internal audit progress report 2024/25", "Head of Internal Audit", "Paper C"),
    ("5", "External audit – audit completion report 2023/24", "External Auditor", "to follow"),
    ("6", "Strategic risk register update", "Director of Finance", "Verbal"),
    ("7", "Committee self-assessment 2024/25", "Chair", "Verbal"),
    ("8", "Any other business", "Chair", ""),
]

PEOPLE = {  # initials: (name, role, kind)
    "YA": ("Yvonne Achterberg", "Independent Member (Chair)", "member"),
    "CB": ("Callum Brisco", "Independent Member", "member"),
    "DN": ("Deepa Nair", "Independent Member", "member"),
    "RL": ("Rupert Langridge", "Independent Member", "member"),
    "KH": ("Kate Henshall", "Chief Finance Officer, OPCC", "in_attendance"),
    "MD": ("Malcolm Dray", "Director of Finance, Quensford Police", "in_attendance"),
    "AM": ("Abena Mensah", "Head of Internal Audit, Eastbrook Audit Partnership", "in_attendance"),
    "JP": ("Jonah Pilbeam", "Engagement Manager, external auditor", "in_attendance"),
    "LS": ("Laura Steyn", "Governance Manager (minutes)", "in_attendance"),
    "SA": ("Samuel Achebe", "Chief Executive, OPCC", "apologies"),
}

# minutes items: (num, title, [ ("p", no, text) | ("d", no, type, text) | ("a", initials, text, log_ref) ])
MINUTES = [
    (
        "1",
        "Apologies and declarations of interest",
        [
            ("p", "1.1", "Apologies were received from SA. No interests were declared."),
        ],
    ),
    (
        "2",
        "Minutes of the meeting held on 18 September 2024",
        [
            (
                "d",
                "2.1",
                "approved",
                "The Committee approved the minutes of the meeting held on 18 September 2024 as a correct record.",
            ),
        ],
    ),
    (
        "3",
        "Internal audit progress report",
        [
            (
                "p",
                "3.1",
                "AM reported that 68% of the 2024/25 plan had been delivered. The overtime payments audit had "
                "received limited assurance because of claims authorised after payment.",
            ),
            (
                "d",
                "3.2",
                "noted",
                "The Committee noted the progress report and the limited assurance opinion on overtime payments.",
            ),
            ("a", "AM", "add a follow-up audit of overtime payments to the 2025/26 internal audit plan.", "JIAC/24/09"),
        ],
    ),
    (
        "4",
        "Strategic risk register",
        [
            (
                "p",
                "4.1",
                "MD presented the register. Members challenged the rating of the cyber resilience risk given the "
                "recent national incidents affecting police suppliers.",
            ),
            (
                "d",
                "4.2",
                "agreed",
                "The Committee agreed that the cyber resilience risk would be reviewed at every meeting until further notice.",
            ),
            ("a", "MD", "present an updated cyber resilience risk assessment to the March meeting.", "JIAC/24/10"),
        ],
    ),
    (
        "5",
        "Treasury management strategy 2025/26",
        [
            ("p", "5.1", "KH introduced the draft strategy, which kept the existing counterparty limits."),
            (
                "d",
                "5.2",
                "endorsed",
                "The Committee endorsed the treasury management strategy 2025/26 for approval by the Police and Crime Commissioner.",
            ),
        ],
    ),
]

LOG = [  # ref, meeting printed, raised iso, item, action, owner printed, owners, due printed, due iso, status printed, update
    (
        "JIAC/24/04",
        "18.09.24",
        "2024-09-18",
        "5",
        "Provide members with the revised gifts and hospitality policy.",
        "KH",
        ["Kate Henshall"],
        "11.12.24",
        "2024-12-11",
        "Closed",
        "Circulated 2 December 2024.",
    ),
    (
        "JIAC/24/06",
        "18.09.24",
        "2024-09-18",
        "6",
        "Confirm the timetable for the 2023/24 statement of accounts audit.",
        "JP",
        ["Jonah Pilbeam"],
        "TBC",
        None,
        "Open",
        "Awaiting national backstop guidance.",
    ),
    (
        "JIAC/24/07",
        "18.09.24",
        "2024-09-18",
        "7",
        "Arrange a training session for members on the police pension schemes.",
        "LS",
        ["Laura Steyn"],
        "12.03.25",
        "2025-03-12",
        "In progress",
        "Session booked for the afternoon of 12 March.",
    ),
    (
        "JIAC/24/09",
        "11.12.24",
        PREV,
        "3",
        "Add a follow-up audit of overtime payments to the 2025/26 internal audit plan.",
        "AM",
        ["Abena Mensah"],
        "31.03.25",
        "2025-03-31",
        "Closed",
        "Included in the draft 2025/26 plan (Paper C).",
    ),
    (
        "JIAC/24/10",
        "11.12.24",
        PREV,
        "4",
        "Present an updated cyber resilience risk assessment to the March meeting.",
        "MD",
        ["Malcolm Dray"],
        "12.03.25",
        "2025-03-12",
        "Open",
        "Verbal update at item 6.",
    ),
    (
        "JIAC/24/11",
        "11.12.24",
        PREV,
        "5",
        "Publish the treasury management strategy once approved by the Commissioner.",
        "KH / LS",
        ["Kate Henshall", "Laura Steyn"],
        "28.02.25",
        "2025-02-28",
        "Closed",
        "Published 20 February 2025.",
    ),
]


class Label(Flowable):
    """Zero-size flowable that changes the running header for following pages."""

    current = [""]

    def __init__(self, text):
        super().__init__()
        self.text = text

    def wrap(self, *a):
        return 0, 0

    def draw(self):
        Label.current[0] = self.text


def on_page(c, d):
    c.saveState()
    if d.page > 1:
        c.setFont(FS, 8)
        c.drawString(2 * cm, c._pagesize[1] - 1.1 * cm, "Quensford Joint Independent Audit Committee – 12 March 2025")
        c.drawRightString(c._pagesize[0] - 2 * cm, c._pagesize[1] - 1.1 * cm, Label.current[0])
    c.setFont(FS, 8)
    c.drawCentredString(c._pagesize[0] / 2, 1.0 * cm, f"OFFICIAL  |  Pack page {d.page}")
    c.restoreState()


def build():
    Label.current[0] = ""
    doc = BaseDocTemplate(str(HERE / f"{STEM}.pdf"), pagesize=A4)
    fp = Frame(2 * cm, 1.8 * cm, A4[0] - 4 * cm, A4[1] - 3.6 * cm, id="p")
    fl = Frame(1.5 * cm, 1.8 * cm, A4[1] - 3 * cm, A4[0] - 3.6 * cm, id="l")
    doc.addPageTemplates(
        [
            PageTemplate("portrait", [fp], onPageEnd=on_page, pagesize=A4),
            PageTemplate("landscape", [fl], onPageEnd=on_page, pagesize=landscape(A4)),
        ]
    )
    st = []
    # cover
    st += [
        Spacer(1, 5 * cm),
        Paragraph("QUENSFORD", style("c0", FS + "-Bold", 30, 36, textColor=colors.HexColor("#0B4F6C"))),
        Paragraph("Joint Independent Audit Committee", style("c1", FS, 22, 28)),
        Spacer(1, 1 * cm),
        Paragraph("Agenda and papers", style("c2", FS + "-Bold", 16, 20)),
        Paragraph("Wednesday 12 March 2025 at 10.00am", style("c3", FS, 14, 18)),
        Paragraph(esc(LOCATION), style("c4", FS, 12, 16)),
        Spacer(1, 2 * cm),
        Paragraph("Police and Crime Commissioner for Quensford and Chief Constable of Quensford Police", SS),
        PageBreak(),
    ]
    # agenda
    st += [
        Label("Agenda"),
        Paragraph("Agenda", H1),
        Paragraph(
            "Meeting of the Quensford Joint Independent Audit Committee to be held on Wednesday 12 March 2025 "
            f"at 10.00am in {esc(LOCATION)}.",
            S,
        ),
        Spacer(1, 10),
    ]
    rows = []
    for num, title, lead, paper in AGENDA:
        t = f"{esc(title)}" + (f"  <i>({paper})</i>" if paper else "")
        rows.append(
            [Paragraph(num + ".", SB), Paragraph(t, S), Paragraph(lead, style("r", F + "-Bold", 10, 13, alignment=2))]
        )
    t = Table(rows, colWidths=[1 * cm, 11 * cm, 5 * cm])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
                ("LINEBELOW", (1, 0), (2, -1), 0.25, colors.HexColor("#9DB8C4"), 1, (1, 2)),
            ]
        )
    )
    st += [
        t,
        Spacer(1, 14),
        Paragraph("Members: Yvonne Achterberg (Chair), Callum Brisco, Deepa Nair, Rupert Langridge.", SS),
        Paragraph("Contact: Laura Steyn, Governance Manager, Office of the Police and Crime Commissioner.", SS),
        PageBreak(),
    ]
    agenda_gold = [{"meeting_date": DATE, "item_number": n, "title": t, "presenter_text": l} for n, t, l, _ in AGENDA]

    # Paper A minutes
    st += [
        Label("Paper A – Item 2"),
        Paragraph("Paper A", SSB),
        Paragraph("Quensford Joint Independent Audit Committee", H1),
        Paragraph("Minutes of the meeting held on Wednesday 11 December 2024 at 10.00am, " + esc(PREV_LOCATION), SB),
        Paragraph(
            "UNCONFIRMED – to be approved at the meeting on 12 March 2025",
            style("u", FS + "-Bold", 10, 14, textColor=colors.HexColor("#B03A2E")),
        ),
        Spacer(1, 8),
    ]
    gold_att = []
    for label, kind in (("Members", "member"), ("Officers present", "in_attendance"), ("Apologies", "apologies")):
        rows = [[Paragraph(f"<b>{label}</b>", SS), "", ""]]
        for ini, (n, role, k) in PEOPLE.items():
            if k == kind:
                rows.append([Paragraph(esc(n), SS), Paragraph(esc(role), SS), Paragraph(ini, SS)])
                gold_att.append(att(PREV, n, kind, role))
        t = Table(rows, colWidths=[5 * cm, 10 * cm, 2 * cm])
        t.setStyle(
            TableStyle(
                [
                    ("SPAN", (0, 0), (-1, 0)),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        st += [t, Spacer(1, 4)]
    decisions, minuted = [], {}
    for num, title, blocks in MINUTES:
        st.append(Paragraph(f"{num}.  {esc(title)}", H2))
        for b in blocks:
            if b[0] == "p":
                st.append(Paragraph(f"{b[1]}&nbsp;&nbsp;{esc(b[2])}", S))
            elif b[0] == "d":
                st.append(Paragraph(f"{b[1]}&nbsp;&nbsp;{esc(b[3])}", S))
                decisions.append(dec(PREV, b[1], b[2], b[3]))
            else:
                st.append(Paragraph(f"<b>Action – {b[1]}:</b> {esc(b[2])}", style("ac", F, 10, 13, leftIndent=24)))
                minuted[b[3]] = (b[2], num)
            st.append(Spacer(1, 3))
    st += [Spacer(1, 8), Paragraph("The meeting closed at 12.20pm.", S), NextPageTemplate("landscape"), PageBreak()]

    # Paper B action log
    st += [
        Label("Paper B – Item 3"),
        Paragraph("Paper B – Action log", H1),
        Paragraph("Position at 3 March 2025. Closed actions will be removed after this meeting.", SS),
        Spacer(1, 6),
    ]
    hdr = ["No.", "Meeting", "Item", "Action", "Assigned to", "Due", "Status", "Update"]
    rows = [[Paragraph(h, style("wh", FS + "-Bold", 9, 11, textColor=colors.white)) for h in hdr]]
    sty = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#0B4F6C")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#0B4F6C")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    actions = []
    for i, (ref, mp, raised, item, text, ot, owners, due, due_iso, status, upd) in enumerate(LOG, 1):
        rows.append([Paragraph(x, SS) for x in (ref, mp, item, esc(text), ot, due, status, esc(upd))])
        if status == "Closed":
            sty.append(("BACKGROUND", (6, i), (6, i), colors.HexColor("#D5E8D4")))
        desc = minuted[ref][0] if ref in minuted else text
        actions.append(
            act(desc, ref, raised, item, owners, due_iso, "closed" if status == "Closed" else "open", ot, due)
        )
    t = Table(
        rows, colWidths=[2.3 * cm, 1.8 * cm, 1.1 * cm, 8.5 * cm, 2.3 * cm, 1.8 * cm, 2.0 * cm, 6.2 * cm], repeatRows=1
    )
    t.setStyle(TableStyle(sty))
    st += [t, NextPageTemplate("portrait"), PageBreak()]

    # Paper C report
    st += [
        Label("Paper C – Item 4"),
        Paragraph("Paper C", SSB),
        Paragraph("Internal audit progress report 2024/25", H1),
    ]
    meta = [
        ("Report to", "Joint Independent Audit Committee"),
        ("Date", "12 March 2025"),
        ("Author", "Head of Internal Audit, Eastbrook Audit Partnership"),
        ("Security classification", "OFFICIAL"),
    ]
    t = Table([[Paragraph(k, SSB), Paragraph(v, SS)] for k, v in meta], colWidths=[4.5 * cm, 12.5 * cm])
    t.setStyle(
        TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey), ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.grey)])
    )
    st += [
        t,
        Spacer(1, 8),
        Paragraph("1. Purpose", H2),
        Paragraph(
            "1.1 This report summarises delivery of the 2024/25 internal audit plan for the Police and Crime "
            "Commissioner and the Chief Constable, and the opinions issued since the December meeting.",
            S,
        ),
        Paragraph("2. Recommendation", H2),
        Paragraph(
            "2.1 The Committee is asked to note the progress made and the assurance opinions set out in "
            "section 4, and to comment on the draft 2025/26 plan at Appendix 1.",
            S,
        ),
        Paragraph("3. Delivery of the plan", H2),
        Paragraph(
            "3.1 Fourteen of the nineteen planned audits have been finalised and three are at draft report "
            "stage. Two audits (firearms licensing and ICT asset management) have been deferred to 2025/26 "
            "at management's request, with the agreement of the Chief Finance Officer.",
            S,
        ),
        Paragraph("4. Opinions issued since December 2024", H2),
    ]
    ops = [
        ("Audit", "Opinion", "Priority 1", "Priority 2", "Priority 3"),
        ("Overtime payments (follow-up scoping)", "n/a", "–", "–", "–"),
        ("Seized property and exhibits", "Reasonable", "0", "3", "2"),
        ("Accounts payable", "Substantial", "0", "0", "2"),
        ("Vetting of police staff", "Reasonable", "0", "2", "1"),
        ("Victims' services grant", "Limited", "1", "3", "0"),
    ]
    t = Table(
        [[Paragraph(x, SSB if r == 0 else SS) for x in row] for r, row in enumerate(ops)],
        colWidths=[6.5 * cm, 3 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm],
    )
    t.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 1, colors.HexColor("#0B4F6C")),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
            ]
        )
    )
    st += [
        t,
        Spacer(1, 6),
        Paragraph(
            "4.2 The limited assurance opinion on the victims' services grant reflects the absence of "
            "reconciliations between provider returns and grant claims for two quarters. Management has "
            "accepted all recommendations, with completion expected by the end of June.",
            S,
        ),
        Paragraph("5. Financial implications", H2),
        Paragraph("5.1 The plan is delivered within the agreed fee of £118,400. There are no additional costs.", S),
        PageBreak(),
        Paragraph("Appendix 1 – Draft internal audit plan 2025/26", H2),
    ]
    plan = [("Audit area", "Scope", "Days", "Quarter")] + [
        ("Overtime payments (follow-up)", "Authorisation before payment; duty system controls", "12", "Q1"),
        ("Firearms licensing", "Renewal timeliness; fee income", "10", "Q1"),
        ("ICT asset management", "Laptop and mobile device inventory", "10", "Q2"),
        ("Payroll", "Starters, leavers and variations", "12", "Q2"),
        ("Victims' services grant", "Follow-up of 2024/25 recommendations", "6", "Q2"),
        ("Fleet management", "Fuel cards; servicing schedule", "10", "Q3"),
        ("Procurement cards", "Compliance with card policy", "8", "Q3"),
        ("Collaboration governance", "Regional organised crime unit agreement", "10", "Q3"),
        ("Budgetary control", "Forecasting and virements", "10", "Q4"),
        ("Risk management", "Embedding of the strategic risk process", "8", "Q4"),
        ("Contingency and follow-up", "", "14", "–"),
    ]
    t = Table(
        [[Paragraph(x, SSB if r == 0 else SS) for x in row] for r, row in enumerate(plan)],
        colWidths=[5 * cm, 8 * cm, 2 * cm, 2 * cm],
        repeatRows=1,
    )
    t.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE8EE"))]
        )
    )
    st += [t, Spacer(1, 6), Paragraph("Total: 110 days.", SS)]
    doc.build(st)

    # the two minuted actions are the log's JIAC/24/09 and /10: one record each (log number, target, status;
    # the minutes' meeting and item)
    write_gold(
        STEM,
        {
            "meetings": [
                {
                    "body": BODY,
                    "meeting_date": DATE,
                    "start_time": "10:00",
                    "location": LOCATION,
                    "minutes_status": None,
                },
                {
                    "body": BODY,
                    "meeting_date": PREV,
                    "start_time": "10:00",
                    "location": PREV_LOCATION,
                    "minutes_status": "draft",
                },
            ],
            "attendance": gold_att,
            "agenda_items": agenda_gold,
            "decisions": decisions,
            "actions": actions,
            "risks": [],
        },
    )
