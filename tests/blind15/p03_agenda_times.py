"""03: Fire authority committee agenda typed with spaces (Courier): times in the left column,
papers marked 'To follow', a Part 2 exempt item, membership list (not attendance)."""

from lib import OUT, agenda_item, meeting, write_gold
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

STEM = "2019-03-12-Sallowfield-FRA-Audit-and-Governance-Committee-agenda"
D = "2019-03-12"
BODY = "Sallowfield Fire and Rescue Authority Audit and Governance Committee"
LOC = "Committee Room 1, Service Headquarters, Kiln Lane, Morrowby"

# time, no, title, lead, paper
ITEMS = [
    ("10.00", "1", "Apologies for absence", "Chair", ""),
    ("10.02", "2", "Declarations of interest", "All", ""),
    ("10.05", "3", "Minutes of the meeting held on 11 December 2018", "Chair", "Paper A"),
    ("10.10", "4", "Matters arising and schedule of actions", "Clerk", "Paper B"),
    ("10.20", "5", "Internal audit progress report 2018/19", "Head of Internal Audit", "To follow"),
    ("10.40", "6", "External audit plan 2018/19 and fee letter", "External Auditor", "Paper C"),
    ("11.00", "7", "Corporate risk register - quarter 3 review", "Assistant Chief Fire Officer", "Paper D"),
    ("11.20", "8", "Annual governance statement 2018/19 - first draft for comment", "Monitoring Officer", "To follow"),
    ("11.35", "9", "Treasury management strategy 2019/20 and prudential indicators", "Treasurer", "Paper E"),
    ("11.50", "10", "Any other urgent business", "Chair", ""),
    (
        "12.00",
        "11",
        "Fleet replacement programme - award of contract for light vehicles",
        "Director of Service Support",
        "Paper F",
    ),
]

MEMBERS = (
    "Councillors R. Stannard (Chair), P. Ollerenshaw (Vice-Chair), G. Birtles, K. Nwosu, T. Halloran, "
    "W. Pegg; Independent Member: Mrs D. Farrant"
)


def wrap(text, width):
    out, cur = [], ""
    for w in text.split():
        if len(cur) + len(w) + (1 if cur else 0) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def build():
    lines = [
        "SALLOWFIELD FIRE AND RESCUE AUTHORITY",
        "",
        "AUDIT AND GOVERNANCE COMMITTEE",
        "",
        "Date:     Tuesday 12 March 2019",
        "Time:     10.00 am",
        f"Venue:    {LOC}",
        "Contact:  Democratic Services, 01632 960 417",
        "",
    ]
    for k, ln in enumerate(
        wrap(
            "Members of the Sallowfield Fire and Rescue Authority Audit and Governance Committee are "
            "summoned to attend the meeting for the transaction of the business set out below.",
            86,
        )
    ):
        lines.append(ln)
    lines.append("")
    for k, ln in enumerate(wrap("Membership: " + MEMBERS, 86)):
        lines.append(ln)
    lines += [
        "",
        "-" * 86,
        "TIME   ITEM  BUSINESS                                    LEAD                    PAPER",
        "-" * 86,
    ]
    for t, n, title, lead, paper in ITEMS:
        if n == "11":
            lines += [
                "",
                "       PART 2 - NOT OPEN TO THE PUBLIC (exempt information, para. 3 of",
                "       Part 1 of Schedule 12A to the Local Government Act 1972)",
                "",
            ]
        tl = wrap(title, 42)
        ll = wrap(lead, 22)
        for k in range(max(len(tl), len(ll))):
            a = tl[k] if k < len(tl) else ""
            b = ll[k] if k < len(ll) else ""
            first = k == 0
            lines.append(
                f"{t if first else '':<7}{(n + '.') if first else '':<6}{a:<44}{b:<24}{paper if first else ''}".rstrip()
            )
        lines.append("")
    lines += [
        "12.15        Close",
        "-" * 86,
        "",
        "Date of next meeting: Tuesday 11 June 2019, 10.00 am.",
        "",
        "Papers marked 'To follow' will be published no later than five clear",
        "working days before the meeting.",
        "",
    ]

    c = canvas.Canvas(str(OUT / (STEM + ".pdf")), pagesize=A4)
    c.setTitle("AGC agenda 12 March 2019")
    y0, lh = A4[1] - 22 * mm, 11.5
    per_page = int((A4[1] - 45 * mm) / lh)
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    for pn, pg in enumerate(pages, 1):
        y = y0
        for ln in pg:
            c.setFont("Courier-Bold" if ln.isupper() and ln.strip() and not ln.startswith("-") else "Courier", 9.5)
            c.drawString(18 * mm, y, ln)
            y -= lh
        c.setFont("Courier", 7.5)
        c.drawString(18 * mm, 10 * mm, r"G:\DemServ\AGC\2019\12-03-19\Agenda AGC 12.03.19 v2.doc")
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"{pn}")
        c.showPage()
    c.save()

    write_gold(
        STEM,
        meetings=[meeting(BODY, D, "10:00", LOC, None)],
        attendance=[],
        agenda_items=[agenda_item(D, n, title.replace(" - ", " - "), lead) for _, n, title, lead, _ in ITEMS],
        decisions=[],
        actions=[],
        risks=[],
    )
