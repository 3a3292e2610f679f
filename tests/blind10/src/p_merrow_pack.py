"""2018-02-13 Merrowshire Accountability Board public pack — reportlab, 12 pages:
cover, agenda, Paper A unconfirmed minutes (16 Jan 2018), Paper B action log (landscape),
Papers C-E reports that hold no records."""

from lib import act, esc, write_gold
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
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

NAME = "2018-02-13-Merrowshire-Accountability-Board-pack.pdf"
DATE = "2018-02-13"
PREV = "2018-01-16"
BODY = "Accountability Board"
LOCATION = "Conference Room 2, Fallowfield House, Tanners Road, Dunstock"
PREV_LOCATION = "Conference Room 2, Fallowfield House"

AGENDA = [
    ("1", "Welcome, introductions and apologies", "PCC", "–"),
    ("2", "Declarations of interest", "All", "–"),
    ("3", "Minutes of the meeting held on 16 January 2018", "PCC", "A"),
    ("4", "Action log", "Chief Executive", "B"),
    ("5", "Revenue and capital budget monitoring – Quarter 3 2017/18", "Chief Finance Officer", "C"),
    ("6", "Police and Crime Plan performance – Quarter 3 2017/18", "Deputy Chief Constable", "D"),
    ("7", "Custody healthcare contract – extension", "ACC Whitcombe", "Verbal"),
    ("8", "Stop and search scrutiny panel – annual report 2017", "Deputy PCC", "E"),
    ("9", "Any other business", "All", "–"),
]

PEOPLE = {  # initials: (name, role, kind)
    "RH": ("Roderick Haines", "Police and Crime Commissioner (Chair)", "member"),
    "AK": ("Amanda Kettley", "Deputy Police and Crime Commissioner", "member"),
    "SM": ("Stephen Marlowe", "Chief Constable", "member"),
    "JP": ("Joanne Pellew", "Deputy Chief Constable", "member"),
    "HD": ("Helen Dunmore", "Chief Executive, OPCC", "member"),
    "NA": ("Nigel Ashcombe", "Chief Finance Officer, OPCC", "member"),
    "DW": ("Dawn Whitcombe", "Assistant Chief Constable", "in_attendance"),
    "CB": ("Carol Beddoes", "Director of Finance", "in_attendance"),
    "YR": ("Yusuf Rahman", "Head of Strategic Communications", "in_attendance"),
    "LT": ("Lucy Tranter", "Policy Officer (minutes)", "in_attendance"),
    "MF": ("Martin Fenwick", "Head of Corporate Development", "apologies"),
}

MIN_ACTIONS = {  # log ref -> minuted text and owners initials
    "AB/18/01": ("4", "NA to circulate the final precept report to Panel members by 24 January 2018.", ["NA"]),
    "AB/18/02": (
        "5",
        "DW to present an evaluation plan for the online crime reporting pilot at the March meeting.",
        ["DW"],
    ),
    "AB/18/03": ("6", "JP and CB to review the cost of recruiting additional firearms enquiry officers.", ["JP", "CB"]),
}

MINUTES = [
    (
        "1",
        "Welcome and apologies",
        [
            ("p", "1.1", "RH welcomed members to the meeting. Apologies were received from MF."),
        ],
    ),
    (
        "2",
        "Minutes of the previous meeting and action log",
        [
            (
                "d",
                "2.1",
                "The Board approved the minutes of the meeting held on 12 December 2017 as an accurate record.",
                "approved",
            ),
            ("p", "2.2", "Actions AB/17/21 and AB/17/23 were discharged; the remaining actions were carried forward."),
        ],
    ),
    (
        "3",
        "Police and Crime Plan performance – November 2017",
        [
            (
                "p",
                "3.1",
                "JP presented the performance summary. Burglary dwelling had fallen by 9% year to date, while reports of stalking and harassment had risen by 38% following changes to recording rules.",
            ),
            ("d", "3.2", "The Board noted the performance report.", "noted"),
        ],
    ),
    (
        "4",
        "Precept 2018/19",
        [
            (
                "p",
                "4.1",
                "NA explained that the provisional settlement allowed Commissioners to raise the precept by up to £12 for a Band D property without a referendum. The public survey had shown 61% support for an increase of that size.",
            ),
            (
                "d",
                "4.2",
                "The Commissioner agreed to propose a precept increase of £12 for a Band D property to the Police and Crime Panel on 1 February 2018.",
                "agreed",
            ),
            ("a", "AB/18/01"),
        ],
    ),
    (
        "5",
        "Demand review",
        [
            (
                "p",
                "5.1",
                "DW presented the findings of the demand review. Around 18% of calls to the control room related to matters that could be reported online or dealt with by partner agencies.",
            ),
            (
                "d",
                "5.2",
                "The Board noted the findings of the demand review and endorsed the proposal to pilot a single online crime reporting route from April 2018.",
                "endorsed",
            ),
            ("a", "AB/18/02"),
        ],
    ),
    (
        "6",
        "Firearms licensing",
        [
            (
                "p",
                "6.1",
                "JP reported a backlog of 640 certificate renewals. Temporary staff had been moved from the vetting unit, but the backlog was not expected to clear before the summer.",
            ),
            ("d", "6.2", "The Board noted the recovery plan.", "noted"),
            ("a", "AB/18/03"),
        ],
    ),
    (
        "7",
        "Any other business",
        [
            (
                "p",
                "7.1",
                "The Commissioner has approved the award of the victims’ services contract to Merrow Victim Care for three years from 1 April 2018.",
            ),
            (
                "p",
                "7.2",
                "YR reported that the annual public confidence survey would be published at the end of February.",
            ),
        ],
    ),
]

# ref, meeting, item, action, owner, due, update, status
LOG = [
    (
        "AB/17/19",
        "14/11/17",
        "5",
        "Provide an analysis of repeat missing person reports from the county’s children’s homes.",
        "JP",
        "12/12/17",
        "Analysis presented to the December Board.",
        "Closed",
    ),
    (
        "AB/17/20",
        "14/11/17",
        "6",
        "Review the charging arrangements for the electric vehicle fleet at the Dunstock hub.",
        "CB",
        "16/01/18 (revised 13/03/18)",
        "Quotations received; report deferred to March.",
        "Open",
    ),
    (
        "AB/17/21",
        "14/11/17",
        "7",
        "Confirm the arrangements for the joint estates workshop with the fire service.",
        "HD",
        "16/01/18",
        "Workshop held on 9 January 2018.",
        "Discharged",
    ),
    (
        "AB/17/22",
        "12/12/17",
        "4",
        "Present options for the replacement of the command and control system.",
        "SM",
        "TBC",
        "Market engagement under way.",
        "Open",
    ),
    (
        "AB/17/23",
        "12/12/17",
        "6",
        "Publish the revised scheme of consent on the Commissioner’s website.",
        "HD",
        "16/01/18",
        "Published 15 December 2017.",
        "Discharged",
    ),
    (
        "AB/17/24",
        "12/12/17",
        "8",
        "Arrange a Board development session on the General Data Protection Regulation.",
        "HD / NA",
        "Feb 2018",
        "Being arranged with the Information Commissioner’s Office.",
        "Open",
    ),
    (
        "AB/18/01",
        "16/01/18",
        "4",
        "Circulate the final precept report to Panel members by 24 January 2018.",
        "NA",
        "24/01/18",
        "Circulated 23 January 2018.",
        "Discharged",
    ),
    (
        "AB/18/02",
        "16/01/18",
        "5",
        "Present an evaluation plan for the online crime reporting pilot.",
        "DW",
        "13/03/18",
        "",
        "Open",
    ),
    (
        "AB/18/03",
        "16/01/18",
        "6",
        "Review the cost of recruiting additional firearms enquiry officers.",
        "JP / CB",
        "13/02/18",
        "Verbal update at this meeting.",
        "Open",
    ),
]


def ddmmyy(s):
    d, m, y = s.split("/")
    return f"20{y}-{m}-{d}"


def target_of(due):
    if "revised" in due:
        return ddmmyy(due.split("revised ")[1].rstrip(")"))
    if due.count("/") == 2 and len(due) == 8:
        return ddmmyy(due)
    return None


class Label(Flowable):
    """Zero-size flowable that sets the running header for the following pages."""

    def __init__(self, holder, text):
        super().__init__()
        self.holder, self.text = holder, text

    def wrap(self, *a):
        return 0, 0

    def draw(self):
        self.holder["label"] = self.text


def build(out_dir, tmp_dir):
    S = dict(
        body=ParagraphStyle("b", fontName="DejaVuSerif", fontSize=9.5, leading=13, spaceAfter=5, alignment=TA_JUSTIFY),
        cell=ParagraphStyle("c", fontName="DejaVuSerif", fontSize=8.5, leading=10.5),
        h1=ParagraphStyle("h1", fontName="DejaVuSerif-Bold", fontSize=13, leading=17, spaceAfter=6),
        h2=ParagraphStyle("h2", fontName="DejaVuSerif-Bold", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3),
    )
    body, cell, h1, h2 = S["body"], S["cell"], S["h1"], S["h2"]
    holder = {"label": ""}

    def deco(c, d):
        c.saveState()
        w, h = c._pagesize
        if d.page > 1:
            c.setFont("DejaVuSerif", 7.5)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(
                18 * mm,
                h - 10 * mm,
                "Merrowshire Police and Crime Commissioner – Accountability Board – 13 February 2018",
            )
            c.drawRightString(w - 18 * mm, h - 10 * mm, holder["label"])
            c.drawCentredString(w / 2, 9 * mm, f"Page {d.page}")
            c.drawRightString(w - 18 * mm, 9 * mm, "OFFICIAL")
        c.restoreState()

    pw, ph = A4
    lw, lh = landscape(A4)
    doc = BaseDocTemplate(str(out_dir / NAME), pagesize=A4, title="Accountability Board pack")
    doc.addPageTemplates(
        [
            PageTemplate(
                "portrait", [Frame(20 * mm, 16 * mm, pw - 40 * mm, ph - 34 * mm, id="p")], onPageEnd=deco, pagesize=A4
            ),
            PageTemplate(
                "landscape",
                [Frame(15 * mm, 15 * mm, lw - 30 * mm, lh - 30 * mm, id="l")],
                onPageEnd=deco,
                pagesize=landscape(A4),
            ),
        ]
    )
    st = []
    # ---------------- cover
    cover_t = ParagraphStyle(
        "ct",
        fontName="Helvetica-Bold",
        fontSize=24,
        leading=30,
        alignment=TA_CENTER,
        textColor=colors.HexColor("#123B5E"),
    )
    cover_s = ParagraphStyle("cs", fontName="Helvetica", fontSize=13, leading=18, alignment=TA_CENTER)
    st += [
        Spacer(1, 45 * mm),
        Paragraph("MERROWSHIRE", cover_s),
        Paragraph("POLICE AND CRIME COMMISSIONER", cover_s),
        Spacer(1, 14 * mm),
        Paragraph("ACCOUNTABILITY BOARD", cover_t),
        Spacer(1, 8 * mm),
        Paragraph("Tuesday 13 February 2018", cover_s),
        Paragraph("10.00 am – 12.30 pm", cover_s),
        Paragraph(LOCATION, cover_s),
        Spacer(1, 16 * mm),
        Paragraph("<b>PUBLIC PAPERS</b>", cover_s),
        Spacer(1, 10 * mm),
    ]
    contents = [
        ["Paper", "Title", "Page"],
        ["–", "Agenda", "2"],
        ["A", "Unconfirmed minutes of 16 January 2018", "3"],
        ["B", "Action log", "5"],
        ["C", "Budget monitoring – Quarter 3 2017/18", "6"],
        ["D", "Performance report – Quarter 3 2017/18", "8"],
        ["E", "Stop and search scrutiny panel annual report", "10"],
    ]
    ct = Table(contents, colWidths=[18 * mm, 100 * mm, 16 * mm])
    ct.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "Helvetica", 10),
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 10),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
            ]
        )
    )
    st += [ct, PageBreak()]

    # ---------------- agenda
    st += [
        Label(holder, "Agenda"),
        Paragraph("AGENDA", h1),
        Paragraph(
            f"<b>Date:</b> Tuesday 13 February 2018 &nbsp;&nbsp; <b>Time:</b> 10.00 am<br/><b>Venue:</b> {LOCATION}<br/>"
            "<b>Chair:</b> Roderick Haines, Police and Crime Commissioner",
            body,
        ),
        Spacer(1, 6),
    ]
    rows = [["Item", "Subject", "Lead", "Paper"]]
    agenda_items = []
    for n, t, lead, paper in AGENDA:
        rows.append([n, Paragraph(esc(t), body), lead, paper])
        agenda_items.append({"meeting_date": DATE, "item_number": n, "title": t, "presenter_text": lead})
    at = Table(rows, colWidths=[14 * mm, 92 * mm, 42 * mm, 20 * mm], repeatRows=1)
    at.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "DejaVuSerif", 9.5),
                ("FONT", (0, 0), (-1, 0), "DejaVuSerif-Bold", 9.5),
                ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    st += [
        at,
        Spacer(1, 10),
        Paragraph("<b>Date of next meeting:</b> Tuesday 13 March 2018, 10.00 am, Conference Room 2.", body),
        Paragraph(
            "Members of the public may observe the Board. Papers marked <i>Verbal</i> will be presented at the meeting.",
            body,
        ),
        PageBreak(),
    ]

    # ---------------- Paper A: minutes
    st += [
        Label(holder, "Paper A – Agenda item 3"),
        Paragraph("Paper A", h2),
        Paragraph("ACCOUNTABILITY BOARD – UNCONFIRMED MINUTES", h1),
        Paragraph(f"Minutes of the meeting held on Tuesday 16 January 2018 at 10.00 am, {PREV_LOCATION}", body),
    ]
    attendance = []
    for label, kind in (("Present", "member"), ("In attendance", "in_attendance"), ("Apologies", "apologies")):
        ppl = [(i, v) for i, v in PEOPLE.items() if v[2] == kind]
        st.append(Paragraph(f"<b>{label}:</b> " + "; ".join(f"{v[0]}, {esc(v[1])} ({i})" for i, v in ppl) + ".", body))
        for i, v in ppl:
            attendance.append({"meeting_date": PREV, "name": v[0], "attendance": kind, "role_text": v[1]})
    decisions = []
    minuted = {}
    for num, head, paras in MINUTES:
        st.append(Paragraph(f"{num}. &nbsp;{esc(head)}", h2))
        for e in paras:
            if e[0] in ("p", "d"):
                st.append(
                    Table(
                        [[Paragraph(e[1], body), Paragraph(esc(e[2]), body)]],
                        colWidths=[12 * mm, 156 * mm],
                        style=[
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ],
                    )
                )
                if e[0] == "d":
                    decisions.append({"meeting_date": PREV, "item_number": e[1], "decision_type": e[3], "text": e[2]})
            else:
                item, text, owners = MIN_ACTIONS[e[1]]
                st.append(
                    Paragraph(f"<b>ACTION:</b> {esc(text)}", ParagraphStyle("ax", parent=body, leftIndent=12 * mm))
                )
                minuted[e[1]] = (item, text, owners)
    st += [Spacer(1, 8), Paragraph("The meeting closed at 12.15 pm.", body), NextPageTemplate("landscape"), PageBreak()]

    # ---------------- Paper B: action log (landscape)
    st += [
        Label(holder, "Paper B – Agenda item 4"),
        Paragraph("Paper B", h2),
        Paragraph("ACCOUNTABILITY BOARD – ACTION LOG (as at 6 February 2018)", h1),
        Paragraph("Status key: Open – in progress; Closed – complete; Discharged – closed by the Board.", cell),
        Spacer(1, 5),
    ]
    rows = [["Ref", "Meeting", "Item", "Action", "Owner", "Due", "Update", "Status"]]
    fills = []
    actions = []
    for i, (ref, mtg, item, text, owner, due, upd, status) in enumerate(LOG, 1):
        rows.append(
            [
                ref,
                mtg,
                item,
                Paragraph(esc(text), cell),
                owner,
                Paragraph(esc(due), cell),
                Paragraph(esc(upd), cell),
                status,
            ]
        )
        fills.append(
            (
                "BACKGROUND",
                (7, i),
                (7, i),
                {
                    "Open": colors.HexColor("#FFE699"),
                    "Closed": colors.HexColor("#C6EFCE"),
                    "Discharged": colors.HexColor("#D9D9D9"),
                }[status],
            )
        )
        owners_i = [o.strip() for o in owner.split("/")]
        tdate = target_of(due)
        raised = ddmmyy(mtg)
        closed = status in ("Closed", "Discharged")
        if ref in minuted:
            mitem, mtext, mown = minuted[ref]
            actions.append(
                act(
                    mtext,
                    PREV,
                    mitem,
                    [PEOPLE[o][0] for o in mown],
                    owner,
                    tdate,
                    due,
                    "closed" if closed else "open",
                    ref,
                )
            )
        else:
            actions.append(
                act(
                    text,
                    raised,
                    item,
                    [PEOPLE[o][0] for o in owners_i],
                    owner,
                    tdate,
                    due,
                    "closed" if closed else "open",
                    ref,
                )
            )
    lt = Table(rows, colWidths=[20 * mm, 17 * mm, 11 * mm, 78 * mm, 17 * mm, 28 * mm, 72 * mm, 22 * mm], repeatRows=1)
    lt.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "DejaVuSerif", 8.5),
                ("FONT", (0, 0), (-1, 0), "DejaVuSerif-Bold", 8.5),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#BDD7EE")),
            ]
            + fills
        )
    )
    st += [
        lt,
        Spacer(1, 10),
        Paragraph(
            "Owners are shown by initials as used in the minutes. Actions discharged at this meeting will be removed "
            "from the next version of the log.",
            cell,
        ),
    ]
    # padding notes so the log runs to a second landscape page
    st += [Spacer(1, 8), Paragraph("Completed actions removed since the last version", h2)]
    gone = [
        ["Ref", "Action", "Removed"],
        ["AB/17/15", "Circulate the draft estates strategy to members.", "12/12/17"],
        ["AB/17/17", "Share the HMICFRS efficiency inspection report with the Board.", "12/12/17"],
        ["AB/17/18", "Confirm the timetable for the 2018/19 budget.", "16/01/18"],
    ]
    gt = Table(gone, colWidths=[22 * mm, 150 * mm, 24 * mm], hAlign="LEFT")
    gt.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "DejaVuSerif", 8.5),
                ("FONT", (0, 0), (-1, 0), "DejaVuSerif-Bold", 8.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
            ]
        )
    )
    st += [gt, NextPageTemplate("portrait"), PageBreak()]

    # ---------------- Paper C: budget report (no records)
    st += [
        Label(holder, "Paper C – Agenda item 5"),
        Paragraph("Paper C", h2),
        Paragraph("REVENUE AND CAPITAL BUDGET MONITORING – QUARTER 3 2017/18", h1),
        Paragraph(
            "<b>Report of:</b> Chief Finance Officer (OPCC) and Director of Finance (Merrowshire Constabulary)<br/>"
            "<b>Date:</b> 6 February 2018<br/><b>Security classification:</b> Official",
            body,
        ),
        Paragraph("1. Purpose", h2),
        Paragraph(
            "1.1 This report sets out the forecast outturn for the revenue and capital budgets for 2017/18 "
            "based on expenditure to the end of December 2017.",
            body,
        ),
        Paragraph("2. Recommendations", h2),
        Paragraph(
            "2.1 The Board is asked to note the forecast revenue underspend of £0.62m and to approve the virement "
            "of £250,000 from supplies and services to the firearms licensing recovery plan.",
            body,
        ),
        Paragraph("3. Revenue budget", h2),
        Paragraph(
            "3.1 The table below compares the revised budget with the forecast outturn by subjective heading. "
            "Police officer pay is underspent because the January intake of 24 recruits was deferred to March.",
            body,
        ),
    ]
    rev = [
        ["Budget heading", "Revised budget £000", "Forecast £000", "Variance £000"],
        ["Police officer pay", "78,420", "77,860", "(560)"],
        ["Police staff pay", "31,115", "31,290", "175"],
        ["PCSO pay", "6,240", "5,980", "(260)"],
        ["Overtime", "3,100", "3,540", "440"],
        ["Premises", "7,830", "7,710", "(120)"],
        ["Transport", "3,260", "3,105", "(155)"],
        ["Supplies and services", "11,940", "11,820", "(120)"],
        ["Third party payments", "2,410", "2,430", "20"],
        ["Income", "(6,350)", "(6,410)", "(60)"],
        ["Office of the PCC", "1,480", "1,455", "(25)"],
        ["Commissioned services", "2,920", "2,965", "45"],
        ["Total", "142,365", "141,745", "(620)"],
    ]
    rt = Table(rev, colWidths=[62 * mm, 36 * mm, 32 * mm, 32 * mm], repeatRows=1)
    rt.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "DejaVuSerif", 8.5),
                ("FONT", (0, 0), (-1, 0), "DejaVuSerif-Bold", 8.5),
                ("FONT", (0, -1), (-1, -1), "DejaVuSerif-Bold", 8.5),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#F2F2F2")]),
            ]
        )
    )
    st += [
        rt,
        Spacer(1, 6),
        Paragraph(
            "3.2 Overtime continues to exceed budget, mainly in the public protection command, where major "
            "investigations in Dunstock and Leyburn Vale have required sustained support. Spending is being "
            "reviewed weekly by the Assistant Chief Constable.",
            body,
        ),
        Paragraph(
            "3.3 The forecast assumes that the pay award for police staff of 2% from September 2017 is met "
            "within the existing budget. No allowance has been made for a further award in 2017/18.",
            body,
        ),
        PageBreak(),
        Paragraph("4. Capital programme", h2),
        Paragraph(
            "4.1 Capital expenditure to the end of December was £4.1m against a full-year programme of £9.6m. "
            "Slippage of £2.3m into 2018/19 is forecast, mostly on the replacement of the command and control system.",
            body,
        ),
    ]
    cap = [
        ["Scheme", "Budget £000", "Spent to date £000", "Forecast £000", "Slippage £000"],
        ["Command and control replacement", "2,800", "310", "900", "1,900"],
        ["Dunstock custody refurbishment", "1,650", "1,280", "1,650", "–"],
        ["Vehicle replacement", "1,900", "1,120", "1,850", "50"],
        ["Mobile data devices", "1,400", "760", "1,400", "–"],
        ["Estates minor works", "1,050", "470", "760", "290"],
        ["ANPR cameras", "800", "160", "740", "60"],
        ["Total", "9,600", "4,100", "7,300", "2,300"],
    ]
    ctb = Table(cap, colWidths=[60 * mm, 24 * mm, 30 * mm, 26 * mm, 26 * mm])
    ctb.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "DejaVuSerif", 8.5),
                ("FONT", (0, 0), (-1, 0), "DejaVuSerif-Bold", 8.5),
                ("FONT", (0, -1), (-1, -1), "DejaVuSerif-Bold", 8.5),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
            ]
        )
    )
    st += [
        ctb,
        Spacer(1, 6),
        Paragraph("5. Reserves", h2),
        Paragraph(
            "5.1 The general reserve is forecast to stand at £6.2m on 31 March 2018, 4.4% of net revenue expenditure "
            "and within the range set in the reserves strategy. Earmarked reserves are forecast at £11.8m.",
            body,
        ),
        Paragraph("6. Risks", h2),
        Paragraph(
            "6.1 The main risks to the forecast are further overtime pressures, the outcome of the police officer "
            "pay review, and the timing of the sale of surplus property. These are monitored monthly by the "
            "joint finance group.",
            body,
        ),
        Paragraph("7. Background papers", h2),
        Paragraph("7.1 Revenue and capital budgets 2017/18 (February 2017).", body),
        PageBreak(),
    ]

    # ---------------- Paper D: performance (no records)
    st += [
        Label(holder, "Paper D – Agenda item 6"),
        Paragraph("Paper D", h2),
        Paragraph("POLICE AND CRIME PLAN PERFORMANCE – QUARTER 3 2017/18", h1),
        Paragraph("<b>Report of:</b> Deputy Chief Constable<br/><b>Purpose:</b> for information and scrutiny", body),
        Paragraph("1. Summary", h2),
        Paragraph(
            "1.1 This report covers the period 1 April to 31 December 2017 and compares it with the same period of "
            "2016/17. Seven of the twelve measures in the Police and Crime Plan show improvement.",
            body,
        ),
    ]
    perf = [
        ["Measure", "Apr–Dec 2016", "Apr–Dec 2017", "Change", "Direction"],
        ["All recorded crime", "38,412", "40,105", "+4.4%", "Worse"],
        ["Burglary dwelling", "2,215", "2,016", "−9.0%", "Better"],
        ["Violence with injury", "4,980", "5,122", "+2.9%", "Worse"],
        ["Domestic abuse incidents", "9,430", "9,871", "+4.7%", "Note"],
        ["Stalking and harassment", "1,604", "2,214", "+38.0%", "Note"],
        ["Vehicle crime", "3,890", "3,610", "−7.2%", "Better"],
        ["Anti-social behaviour", "16,220", "14,980", "−7.6%", "Better"],
        ["Road deaths and serious injuries", "211", "196", "−7.1%", "Better"],
        ["999 calls answered in 10 seconds", "91.2%", "93.5%", "+2.3 pts", "Better"],
        ["101 calls answered in 60 seconds", "72.4%", "68.9%", "−3.5 pts", "Worse"],
        ["Victim satisfaction (overall)", "82.0%", "83.1%", "+1.1 pts", "Better"],
        ["Positive outcome rate", "17.9%", "16.8%", "−1.1 pts", "Worse"],
    ]
    ptb = Table(perf, colWidths=[62 * mm, 26 * mm, 26 * mm, 22 * mm, 22 * mm], repeatRows=1)
    pst = [
        ("FONT", (0, 0), (-1, -1), "DejaVuSerif", 8.5),
        ("FONT", (0, 0), (-1, 0), "DejaVuSerif-Bold", 8.5),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
        ("ALIGN", (1, 0), (-2, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
    ]
    for i, r in enumerate(perf[1:], 1):
        pst.append(
            (
                "BACKGROUND",
                (4, i),
                (4, i),
                {
                    "Better": colors.HexColor("#C6EFCE"),
                    "Worse": colors.HexColor("#FFC7CE"),
                    "Note": colors.HexColor("#FFEB9C"),
                }[r[4]],
            )
        )
    ptb.setStyle(TableStyle(pst))
    st += [
        ptb,
        Spacer(1, 6),
        Paragraph("2. Commentary", h2),
        Paragraph(
            "2.1 <b>Recorded crime.</b> The rise in recorded crime is concentrated in violence without injury and in "
            "stalking and harassment, where the Home Office counting rules changed in April 2017. The force crime "
            "registrar estimates that recording changes account for two-thirds of the increase.",
            body,
        ),
        Paragraph(
            "2.2 <b>Burglary.</b> The reduction in burglary dwelling follows Operation Lantern in the autumn, which "
            "targeted three linked groups operating across the Dunstock and Leyburn Vale districts. Eleven people "
            "have been charged.",
            body,
        ),
        Paragraph(
            "2.3 <b>Call handling.</b> Performance on 101 calls has fallen because staff were moved to 999 call "
            "handling during the December peak. A new call-back facility goes live in March 2018.",
            body,
        ),
        PageBreak(),
        Paragraph(
            "2.4 <b>Victim satisfaction.</b> Satisfaction with the whole experience rose slightly, but satisfaction "
            "with being kept informed remains the lowest element at 71%.",
            body,
        ),
        Paragraph("3. Outcomes by district", h2),
    ]
    dist = [
        ["District", "Crimes", "Positive outcomes", "Rate"],
        ["Dunstock", "15,880", "2,590", "16.3%"],
        ["Leyburn Vale", "9,112", "1,610", "17.7%"],
        ["Merrow Coast", "8,406", "1,430", "17.0%"],
        ["Upper Harn", "6,707", "1,105", "16.5%"],
        ["Force", "40,105", "6,735", "16.8%"],
    ]
    dtb = Table(dist, colWidths=[50 * mm, 30 * mm, 36 * mm, 24 * mm])
    dtb.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "DejaVuSerif", 8.5),
                ("FONT", (0, 0), (-1, 0), "DejaVuSerif-Bold", 8.5),
                ("FONT", (0, -1), (-1, -1), "DejaVuSerif-Bold", 8.5),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    st += [
        dtb,
        Spacer(1, 6),
        Paragraph(
            "3.1 The positive outcome rate has fallen in all four districts. A review of investigative standards "
            "led by the head of crime will report to the force performance board in April.",
            body,
        ),
        Paragraph("4. Areas for scrutiny", h2),
        Paragraph(
            "4.1 The Commissioner may wish to explore the reasons for the fall in positive outcomes, the effect of "
            "the call-back facility on 101 performance, and the support offered to victims of stalking.",
            body,
        ),
        PageBreak(),
    ]

    # ---------------- Paper E: stop and search (no records)
    st += [
        Label(holder, "Paper E – Agenda item 8"),
        Paragraph("Paper E", h2),
        Paragraph("STOP AND SEARCH SCRUTINY PANEL – ANNUAL REPORT 2017", h1),
        Paragraph("<b>Presented by:</b> Deputy Police and Crime Commissioner", body),
        Paragraph(
            "The independent scrutiny panel met six times in 2017 and reviewed 240 stop and search records and "
            "36 body-worn video recordings chosen at random. Its members are volunteers drawn from across "
            "Merrowshire and include four young people under 25.",
            body,
        ),
    ]
    ss = [
        ["", "2016", "2017"],
        ["Searches", "4,318", "3,702"],
        ["Arrest rate", "13.1%", "15.6%"],
        ["Find rate (any outcome)", "24.8%", "28.3%"],
        ["Searches of Black people per 1,000", "9.8", "8.1"],
        ["Searches of White people per 1,000", "2.7", "2.3"],
        ["Disproportionality ratio", "3.6", "3.5"],
    ]
    sst = Table(ss, colWidths=[80 * mm, 30 * mm, 30 * mm])
    sst.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "DejaVuSerif", 8.5),
                ("FONT", (0, 0), (-1, 0), "DejaVuSerif-Bold", 8.5),
                ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    st += [sst, Spacer(1, 6), Paragraph("Panel observations", h2)]
    for o in [
        "Grounds recorded were judged reasonable in 87% of records reviewed, up from 79% in 2016.",
        "Body-worn video was activated in 31 of the 36 encounters sampled; in five the recording began after the search.",
        "The panel would like the force to publish search data by district each quarter.",
        "Young people told the panel that the manner of officers mattered more to them than the outcome of a search.",
    ]:
        st.append(
            Paragraph("• " + esc(o), ParagraphStyle("bl", parent=body, leftIndent=6 * mm, firstLineIndent=-4 * mm))
        )
    st += [PageBreak(), Paragraph("Appendix – searches by power and by district, 2017", h2)]
    pw_ = [
        ["Power", "Searches", "Arrests", "Arrest rate"],
        ["Section 1 PACE", "2,611", "402", "15.4%"],
        ["Section 23 Misuse of Drugs Act", "1,004", "162", "16.1%"],
        ["Section 47 Firearms Act", "61", "9", "14.8%"],
        ["Section 60 CJPOA", "26", "4", "15.4%"],
        ["All powers", "3,702", "577", "15.6%"],
    ]
    pwt = Table(pw_, colWidths=[70 * mm, 28 * mm, 28 * mm, 28 * mm])
    pwt.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "DejaVuSerif", 8.5),
                ("FONT", (0, 0), (-1, 0), "DejaVuSerif-Bold", 8.5),
                ("FONT", (0, -1), (-1, -1), "DejaVuSerif-Bold", 8.5),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
            ]
        )
    )
    dd = [
        ["District", "Searches", "Find rate", "Body-worn video used"],
        ["Dunstock", "1,540", "29.1%", "88%"],
        ["Leyburn Vale", "910", "27.6%", "84%"],
        ["Merrow Coast", "744", "28.0%", "90%"],
        ["Upper Harn", "508", "27.4%", "79%"],
    ]
    ddt = Table(dd, colWidths=[50 * mm, 28 * mm, 28 * mm, 44 * mm])
    ddt.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "DejaVuSerif", 8.5),
                ("FONT", (0, 0), (-1, 0), "DejaVuSerif-Bold", 8.5),
                ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    st += [
        pwt,
        Spacer(1, 10),
        ddt,
        Spacer(1, 8),
        Paragraph(
            "The find rate counts any outcome in which the object searched for, or another prohibited item, was "
            "found. Figures for body-worn video show the share of searches in which a recording was started "
            "before the search began.",
            body,
        ),
        Paragraph("Next steps", h2),
        Paragraph(
            "The panel will review searches under section 60 separately in 2018 and will hold two sessions in "
            "schools in Dunstock and Merrow Coast. Its terms of reference will be refreshed in April.",
            body,
        ),
    ]

    doc.build(st)
    write_gold(
        NAME,
        "pack",
        meetings=[
            {"body": BODY, "meeting_date": DATE, "start_time": "10:00", "location": LOCATION, "minutes_status": None},
            {
                "body": BODY,
                "meeting_date": PREV,
                "start_time": "10:00",
                "location": PREV_LOCATION,
                "minutes_status": "draft",
            },
        ],
        attendance=attendance,
        agenda_items=agenda_items,
        decisions=decisions,
        actions=actions,
    )
