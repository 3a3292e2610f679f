"""Sedgecombe Constabulary strategic risk register, September 2018 (reportlab, landscape,
Liberation Sans Narrow): several rows per risk (Inherent / Current / Target), ratings printed
'4 × 4 = 16', spanned description and controls cells, priority band rows."""

from common import D, Gold, dmy_slash, rating
from rlkit import *

STEM = "2018-09-05-Sedgecombe-Constabulary-strategic-risk-register"
RD = D(2018, 9, 5)

RISKS = [
    (
        "Protecting vulnerable people",
        [
            (
                "STR01",
                "Failure to identify and safeguard children at risk of exploitation because information held by partners is not shared in time.",
                "Det Ch Supt, Public Protection",
                "Multi-agency safeguarding hub; daily risk meetings; exploitation screening tool.",
                [(5, 4), (3, 4), (2, 4)],
                "▲",
            ),
            (
                "STR02",
                "Demand from missing person reports exceeds the capacity of neighbourhood teams, reducing visible patrol.",
                "Ch Supt, Local Policing",
                "Missing persons coordinators; return home interviews commissioned by OPCC.",
                [(4, 3), (4, 3), (3, 2)],
                "►",
            ),
        ],
    ),
    (
        "Tackling serious and organised crime",
        [
            (
                "STR03",
                "Loss of access to the regional organised crime unit's surveillance capability following the review of the collaboration agreement.",
                "ACC Crime",
                "Section 22A agreement renewed to 2020; local surveillance trained cadre.",
                [(3, 5), (2, 5), (2, 4)],
                "▼",
            ),
            (
                "STR04",
                "Digital devices awaiting examination exceed twelve weeks, delaying charging decisions.",
                "Head of Forensic Services",
                "Triage kiosks in three stations; outsourcing framework; weekly backlog review.",
                [(5, 3), (4, 3), (2, 3)],
                "▲",
            ),
        ],
    ),
    (
        "An efficient and effective force",
        [
            (
                "STR05",
                "The medium-term financial plan cannot be balanced without reducing officer numbers after 2020/21.",
                "Director of Finance",
                "Savings programme; reserves strategy; precept planning with OPCC.",
                [(4, 5), (3, 4), (2, 4)],
                "►",
            ),
            (
                "STR06",
                "The replacement command and control system is delayed, leaving the force on an unsupported product.",
                "Head of ICT",
                "Extended support contract to June 2019; programme board; supplier penalties.",
                [(4, 4), (3, 4), (1, 4)],
                "▲",
            ),
            (
                "STR07",
                "Wellbeing of officers and staff declines, increasing sickness absence above 4.5%.",
                "Director of People",
                "Occupational health provision; trauma risk management; wellbeing champions.",
                [(3, 3), (3, 3), (2, 3)],
                "►",
            ),
        ],
    ),
]
PHASES = [("inherent", "Inherent"), ("current", "Current"), ("target", "Target")]


def rag(s):
    return "#e06666" if s >= 15 else "#f6b26b" if s >= 8 else "#93c47d"


def build():
    g = Gold(STEM, "register")
    F = "LibNarrow"
    c8 = S(font=F, size=8, lead=9.6)
    c8b = S(font=F, size=8, bold=True, lead=9.6)
    hdr = S(font=F, size=8, bold=True, color=colors.white, lead=9.6)
    story = [
        Table(
            [
                [
                    P("SEDGECOMBE CONSTABULARY", S(font=F, size=15, bold=True, color=colors.HexColor("#203864"))),
                    P(
                        "STRATEGIC RISK REGISTER<br/>Reviewed by Chief Officer Group: %s" % dmy_slash(RD),
                        S(font=F, size=10, bold=True, align=TA_RIGHT, lead=13),
                    ),
                ]
            ],
            colWidths=[120 * mm, 140 * mm],
        ),
        Spacer(1, 4),
        P(
            "Scoring: Likelihood (1–5) × Impact (1–5) = Score. 15–25 High (red); 8–12 Medium (amber); 1–6 Low (green). "
            "Direction: ▲ increasing  ► stable  ▼ decreasing.",
            S(font=F, size=7.5, italic=True, after=5),
        ),
    ]
    data = [[P(h, hdr) for h in ("Ref", "Risk", "Risk owner", "Key controls", "Assessment", "L × I = Score", "Dir.")]]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7f7f7f")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#203864")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    r = 1
    for obj, risks in RISKS:
        data.append([P("Strategic priority: " + obj, c8b), "", "", "", "", "", ""])
        style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#d9e1f2"))]
        r += 1
        for ref, desc, owner, ctl, rats, arrow in risks:
            ratings = []
            for k, ((ph, label), (l, i)) in enumerate(zip(PHASES, rats)):
                s = l * i
                data.append(
                    [
                        P(ref, c8b) if k == 0 else "",
                        P(E(desc), c8) if k == 0 else "",
                        P(E(owner), c8) if k == 0 else "",
                        P(E(ctl), c8) if k == 0 else "",
                        P(label, c8),
                        P("%d × %d = %d" % (l, i, s), c8b),
                        P(arrow, S(font="DVSansC", size=8, align=TA_CENTER)) if k == 0 else "",
                    ]
                )
                style.append(("BACKGROUND", (5, r + k), (5, r + k), colors.HexColor(rag(s))))
                ratings.append(rating(ph, label, l, i, s, RD))
            for col in (0, 1, 2, 3, 6):
                style.append(("SPAN", (col, r), (col, r + 2)))
            r += 3
            g.risk(ref, obj, desc, ratings)
    t = Table(data, colWidths=[14 * mm, 78 * mm, 32 * mm, 70 * mm, 20 * mm, 26 * mm, 10 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)

    def onpage(c, d):
        c.saveState()
        c.setFont(F, 7.5)
        c.drawCentredString(landscape(A4)[0] / 2, 8 * mm, "OFFICIAL – SENSITIVE")
        c.drawRightString(landscape(A4)[0] - 15 * mm, 8 * mm, "%d" % d.page)
        c.restoreState()

    d = doc(STEM, pagesize=landscape(A4), margins=(15 * mm, 15 * mm, 12 * mm, 14 * mm))
    render(d, story, onpage)
    g.write()
