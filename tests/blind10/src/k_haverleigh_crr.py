"""2018-06 Haverleigh Fire and Rescue Authority corporate risk register — reportlab Liberation Sans:
a 5x5 heat map of current positions and a summary on page 1, then one card per risk with
Original / Current / Target ratings printed as "L 3 × I 5 = 15" and a per-card review date."""

from lib import esc, write_gold
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "2018-06-Haverleigh-Fire-Authority-corporate-risk-register.pdf"

RISKS = [
    (
        "CRR01",
        "Mobilising system failure",
        "Service Delivery",
        "The mobilising system fails and emergency calls cannot be handled or resources dispatched.",
        "Area Manager, Control and Communications",
        [(3, 5), (2, 5), (1, 5)],
        "Fallback control room at Barnstow; buddy arrangement with a neighbouring service; quarterly failover test.",
        "Replace the mobilising server hardware (December 2018).",
        "12/06/2018",
    ),
    (
        "CRR02",
        "On-call appliance availability",
        "Service Delivery",
        "Availability of on-call appliances in rural areas falls below the 85% standard.",
        "Assistant Chief Fire Officer",
        [(5, 4), (4, 4), (3, 3)],
        "Daily availability management; crewing flexibility between stations; primary employer liaison.",
        "Pilot of day-crewing plus at Whinfell and Orton Moss.",
        "05/06/2018",
    ),
    (
        "CRR03",
        "Funding reductions",
        "Finance",
        "Reductions in government funding exceed the assumptions in the medium term financial plan.",
        "Treasurer",
        [(4, 4), (3, 4), (3, 3)],
        "Medium term financial plan reviewed twice a year; general reserve of £3.2m; efficiency plan published.",
        "Scenario planning for the 2019 spending review.",
        "30/05/2018",
    ),
    (
        "CRR04",
        "Pension costs",
        "Finance",
        "Employer contributions to the firefighters’ pension scheme rise after the scheme valuation.",
        "Treasurer",
        [(3, 4), (3, 3), (2, 3)],
        "Actuarial advice; earmarked pensions reserve.",
        "Respond to the national consultation on valuation directions.",
        "30/05/2018",
    ),
    (
        "CRR05",
        "On-call recruitment and retention",
        "People",
        "The Service cannot recruit and retain enough on-call firefighters.",
        "Head of People and Organisational Development",
        [(5, 3), (4, 3), (3, 3)],
        "Targeted recruitment campaigns; flexible contracts; exit interviews.",
        "Review of on-call pay and availability rewards.",
        "07/06/2018",
    ),
    (
        "CRR06",
        "Firefighter safety",
        "People",
        "A firefighter is seriously injured or killed during an operational incident.",
        "Chief Fire Officer",
        [(3, 5), (2, 5), (2, 4)],
        "National operational guidance; incident command training and assessment; safety event reporting.",
        "Complete the roll-out of new breathing apparatus sets.",
        "07/06/2018",
    ),
    (
        "CRR07",
        "Governance change",
        "Governance",
        "A proposal to transfer fire governance to the Police and Crime Commissioner disrupts decision making.",
        "Clerk to the Authority",
        [(3, 3), (2, 3), (1, 3)],
        "Regular liaison with the Commissioner’s office; members’ briefing programme.",
        "Monitor the outcome of the Commissioner’s local business case.",
        "12/06/2018",
    ),
    (
        "CRR08",
        "Cyber security",
        "Governance",
        "A cyber incident compromises Service data or systems.",
        "Head of ICT",
        [(4, 4), (3, 4), (2, 4)],
        "Firewalls and patching regime; Cyber Essentials accreditation; staff awareness training.",
        "Independent penetration test (September 2018).",
        "12/06/2018",
    ),
]
PH = [("Original (before controls)", "inherent"), ("Current", "current"), ("Target", "target")]


def col(score):
    if score >= 15:
        return colors.HexColor("#C00000")
    if score >= 10:
        return colors.HexColor("#FF9900")
    if score >= 5:
        return colors.HexColor("#FFE066")
    return colors.HexColor("#70AD47")


def band(score):
    return "Very high" if score >= 15 else "High" if score >= 10 else "Medium" if score >= 5 else "Low"


def iso(d):
    a, b, c = d.split("/")
    return f"{c}-{b}-{a}"


def build(out_dir, tmp_dir):
    base = ParagraphStyle("b", fontName="LibSans", fontSize=9.5, leading=12.5, spaceAfter=4)
    small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)
    h1 = ParagraphStyle("h1", fontName="LibSans-Bold", fontSize=15, leading=19, textColor=colors.HexColor("#A50000"))
    h2 = ParagraphStyle("h2", fontName="LibSans-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
    st = [
        Paragraph("Haverleigh Fire and Rescue Authority", h1),
        Paragraph(
            "Corporate Risk Register – June 2018", ParagraphStyle("t2", parent=h1, fontSize=12, textColor=colors.black)
        ),
        Spacer(1, 6),
        Paragraph(
            "Each risk is scored for likelihood (1–5) and impact (1–5); the rating is the product. The heat map "
            "shows where each risk currently sits.",
            base,
        ),
        Paragraph("Heat map – current ratings", h2),
    ]
    cur = {r[0]: r[5][1] for r in RISKS}
    grid = [["Likelihood", "", "", "", "", ""]]
    grid = []
    style = [
        ("GRID", (1, 0), (-1, 4), 0.6, colors.white),
        ("FONT", (0, 0), (-1, -1), "LibSans", 8),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for li, L in enumerate(range(5, 0, -1)):
        row = [str(L)]
        for I in range(1, 6):
            refs = [k for k, (l, i) in cur.items() if l == L and i == I]
            row.append(
                Paragraph(
                    f"<font size=6.5>{L * I}</font><br/><b>{'<br/>'.join(refs)}</b>",
                    ParagraphStyle("hm", parent=small, alignment=1, fontSize=8),
                )
            )
            style.append(("BACKGROUND", (I, li), (I, li), col(L * I)))
        grid.append(row)
    grid.append(["L / I", "1", "2", "3", "4", "5"])
    hm = Table(grid, colWidths=[16 * mm] + [24 * mm] * 5, rowHeights=[15 * mm] * 5 + [7 * mm])
    hm.setStyle(
        TableStyle(style + [("FONT", (0, 0), (0, -1), "LibSans-Bold", 9), ("FONT", (0, 5), (-1, 5), "LibSans-Bold", 9)])
    )
    st += [
        hm,
        Spacer(1, 4),
        Paragraph("Rows show likelihood (5 = almost certain) and columns impact (5 = critical).", small),
        Paragraph("Summary", h2),
    ]
    summ = [["Ref", "Risk", "Category", "Current", "Target"]]
    for ref, title, cat, desc, owner, rt, *_ in RISKS:
        summ.append(
            [
                ref,
                title,
                cat,
                f"{rt[1][0] * rt[1][1]} ({band(rt[1][0] * rt[1][1])})",
                f"{rt[2][0] * rt[2][1]} ({band(rt[2][0] * rt[2][1])})",
            ]
        )
    stb = Table(summ, colWidths=[16 * mm, 60 * mm, 32 * mm, 32 * mm, 30 * mm])
    stb.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "LibSans", 8.5),
                ("FONT", (0, 0), (-1, 0), "LibSans-Bold", 8.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EDEDED")),
            ]
        )
    )
    st += [stb, PageBreak()]

    risks = []
    for ref, title, cat, desc, owner, rts, controls, further, rev in RISKS:
        head = Table([[f"{ref}   {title}", f"Category: {cat}"]], colWidths=[120 * mm, 50 * mm])
        head.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#A50000")),
                    ("TEXTCOLOR", (0, 0), (-1, -1), colors.white),
                    ("FONT", (0, 0), (0, 0), "LibSans-Bold", 10.5),
                    ("FONT", (1, 0), (1, 0), "LibSans", 9),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ]
            )
        )
        rrows = []
        rr = []
        for (label, phase), (l, i) in zip(PH, rts):
            rrows.append([label, f"L {l} × I {i} = {l * i}", band(l * i)])
            rr.append(
                {
                    "phase": phase,
                    "phase_text": label,
                    "likelihood": l,
                    "impact": i,
                    "score": l * i,
                    "register_date": iso(rev),
                }
            )
        rtab = Table(rrows, colWidths=[50 * mm, 34 * mm, 22 * mm])
        rst = [("FONT", (0, 0), (-1, -1), "LibSans", 9), ("GRID", (0, 0), (-1, -1), 0.3, colors.grey)]
        for k, (_, (l, i)) in enumerate(zip(PH, rts)):
            rst.append(("BACKGROUND", (2, k), (2, k), col(l * i)))
        rtab.setStyle(TableStyle(rst))
        bodyt = Table(
            [
                [Paragraph("<b>Risk</b>", small), Paragraph(esc(desc), small)],
                [Paragraph("<b>Owner</b>", small), Paragraph(esc(owner), small)],
                [Paragraph("<b>Ratings</b>", small), rtab],
                [Paragraph("<b>Controls in place</b>", small), Paragraph(esc(controls), small)],
                [Paragraph("<b>Further actions</b>", small), Paragraph(esc(further), small)],
                [Paragraph("<b>Last reviewed</b>", small), Paragraph(rev, small)],
            ],
            colWidths=[34 * mm, 136 * mm],
        )
        bodyt.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#A50000")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.2, colors.HexColor("#DDDDDD")),
                ]
            )
        )
        st.append(KeepTogether([head, bodyt, Spacer(1, 9)]))
        risks.append({"reference": ref, "objective": cat, "description": desc, "ratings": rr})

    def onpage(c, d):
        c.saveState()
        c.setFont("LibSans", 8)
        c.drawString(20 * mm, 10 * mm, "Haverleigh FRA – Corporate Risk Register – June 2018")
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(
        str(out_dir / NAME),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title="Corporate risk register",
    )
    doc.build(st, onFirstPage=onpage, onLaterPages=onpage)
    write_gold(NAME, "register", risks=risks)
