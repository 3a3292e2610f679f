"""Quensford Police strategic risk register: heat-map summary page + detail table (reportlab, DejaVu Sans
Condensed). Page 1: a 5×5 grid with LIKELIHOOD across the bottom and IMPACT up the side, each cell
printing its score, risk references plotted in the cell of their CURRENT (residual) position.
Pages 2–3: detail table Ref | Objective | Risk | Owner | Inherent "4 x 5 = 20" | Target "2 x 3 = 6" |
Appetite | Trend. The current rating is given only by the heat map."""

from common import HERE, esc, rating, style, write_gold
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

STEM = "2025-02-24-Quensford-Police-strategic-risk-register"
REG_DATE = "2025-02-24"
F = "DejaVuSansCond"
S = style("s", F, 8.5, 10.5)
SB = style("sb", F + "-Bold", 8.5, 10.5)

RISKS = [  # ref, objective, description, owner, inherent(L,I), current(L,I), target(L,I), appetite, trend
    (
        "SR01",
        "Protect the public",
        "Demand in the contact centre exceeds capacity, so that emergency calls are not answered within ten seconds.",
        "ACC Operations",
        (4, 4),
        (3, 4),
        (2, 3),
        "Minimal",
        "▼ improving",
    ),
    (
        "SR02",
        "Protect the public",
        "Digital forensic backlogs delay charging decisions in serious sexual offence cases.",
        "ACC Crime",
        (5, 4),
        (4, 4),
        (2, 4),
        "Minimal",
        "► stable",
    ),
    (
        "SR03",
        "Protect the public",
        "Officer numbers fall below the funded establishment because of leavers in the first two years of service.",
        "Director of People",
        (4, 3),
        (4, 3),
        (2, 3),
        "Cautious",
        "▲ worsening",
    ),
    (
        "SR04",
        "Public trust and confidence",
        "Vetting and misconduct processes fail to identify officers who pose a risk to women and girls.",
        "Deputy Chief Constable",
        (3, 5),
        (2, 5),
        (1, 5),
        "Averse",
        "► stable",
    ),
    (
        "SR05",
        "Public trust and confidence",
        "Stop and search is used disproportionately, undermining confidence in affected communities.",
        "ACC Operations",
        (3, 4),
        (3, 3),
        (2, 3),
        "Cautious",
        "▼ improving",
    ),
    (
        "SR06",
        "Value for money",
        "The force cannot deliver the savings needed to balance the 2026/27 budget.",
        "Director of Finance",
        (4, 4),
        (3, 4),
        (2, 4),
        "Cautious",
        "▲ worsening",
    ),
    (
        "SR07",
        "Value for money",
        "Failure of the legacy records management system before its replacement goes live.",
        "Director of Digital",
        (3, 4),
        (2, 4),
        (1, 4),
        "Cautious",
        "► stable",
    ),
    (
        "SR08",
        "Value for money",
        "A cyber attack disrupts the force's critical systems for more than 24 hours.",
        "Director of Digital",
        (3, 5),
        (3, 5),
        (2, 5),
        "Averse",
        "► stable",
    ),
]


def cell_colour(s):
    return colors.HexColor("#D9534F" if s >= 15 else "#F0AD4E" if s >= 10 else "#F7E27A" if s >= 5 else "#8BC34A")


def furniture(c, d):
    c.saveState()
    w, h = c._pagesize
    c.setFont(F, 7.5)
    c.drawString(1.5 * cm, h - 1.0 * cm, "Quensford Police – Strategic Risk Register – February 2025")
    c.drawRightString(w - 1.5 * cm, h - 1.0 * cm, "OFFICIAL")
    c.drawCentredString(w / 2, 0.8 * cm, f"Page {d.page}")
    c.restoreState()


def build():
    doc = BaseDocTemplate(str(HERE / f"{STEM}.pdf"), pagesize=A4)
    doc.addPageTemplates(
        [
            PageTemplate(
                "p", [Frame(1.5 * cm, 1.5 * cm, A4[0] - 3 * cm, A4[1] - 3 * cm)], onPage=furniture, pagesize=A4
            ),
            PageTemplate(
                "l",
                [Frame(1.5 * cm, 1.5 * cm, A4[1] - 3 * cm, A4[0] - 3 * cm)],
                onPage=furniture,
                pagesize=landscape(A4),
            ),
        ]
    )
    st = [
        Paragraph("Strategic Risk Register – summary", style("t", F + "-Bold", 16, 20)),
        Paragraph("Reviewed by the Force Risk Board on 24 February 2025", style("t2", F, 10, 13)),
        Spacer(1, 10),
        Paragraph(
            "Residual (current) risk position. Each risk is plotted by reference at its current likelihood "
            "and impact; the number in each cell is the risk score (likelihood × impact).",
            S,
        ),
        Spacer(1, 10),
    ]
    # grid: rows impact 5..1 top to bottom, columns likelihood 1..5
    cellp = style("cp", F, 8, 10, alignment=1)
    rows, sty = [], []
    for ri, imp in enumerate(range(5, 0, -1)):
        row = [Paragraph(f"<b>{imp}</b>", cellp)]
        for li, lik in enumerate(range(1, 6), 1):
            refs = [r[0] for r in RISKS if r[5] == (lik, imp)]
            txt = (
                f"<font size=7>{lik * imp}</font><br/><b>{'<br/>'.join(refs)}</b>"
                if refs
                else f"<font size=7>{lik * imp}</font>"
            )
            row.append(Paragraph(txt, cellp))
            sty.append(("BACKGROUND", (li, ri), (li, ri), cell_colour(lik * imp)))
        rows.append(row)
    rows.append([Paragraph("", cellp)] + [Paragraph(f"<b>{l}</b>", cellp) for l in range(1, 6)])
    t = Table(rows, colWidths=[1.2 * cm] + [2.8 * cm] * 5, rowHeights=[2.2 * cm] * 5 + [0.7 * cm])
    t.setStyle(TableStyle(sty + [("GRID", (1, 0), (-1, 4), 0.8, colors.white), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    outer = Table(
        [
            [Paragraph("IMPACT", style("ax", F + "-Bold", 9, 11)), t],
            ["", Paragraph("LIKELIHOOD", style("ax2", F + "-Bold", 9, 11, alignment=1))],
        ],
        colWidths=[1.8 * cm, 15.4 * cm],
    )
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (0, 0), "MIDDLE")]))
    st += [
        outer,
        Spacer(1, 12),
        Paragraph(
            "Scale – Likelihood: 1 rare, 2 unlikely, 3 possible, 4 likely, 5 almost certain. Impact: 1 minimal, "
            "2 minor, 3 moderate, 4 major, 5 critical. Red 15–25; amber 10–14; yellow 5–9; green 1–4.",
            S,
        ),
        NextPageTemplate("l"),
        PageBreak(),
    ]
    st.append(Paragraph("Strategic Risk Register – detail", style("t3", F + "-Bold", 13, 16)))
    st.append(Spacer(1, 6))
    hdr = ["Ref", "Objective", "Risk", "Owner", "Inherent (L x I)", "Target (L x I)", "Appetite", "Trend"]
    rows = [[Paragraph(h, style("h", F + "-Bold", 8.5, 10.5, textColor=colors.white)) for h in hdr]]
    risks = []
    for ref, obj, desc, owner, inh, cur, tgt, app, trend in RISKS:
        rows.append(
            [
                Paragraph(ref, SB),
                Paragraph(obj, S),
                Paragraph(esc(desc), S),
                Paragraph(owner, S),
                Paragraph(f"{inh[0]} x {inh[1]} = {inh[0] * inh[1]}", S),
                Paragraph(f"{tgt[0]} x {tgt[1]} = {tgt[0] * tgt[1]}", S),
                Paragraph(app, S),
                Paragraph(trend, S),
            ]
        )
        risks.append(
            {
                "reference": ref,
                "objective": obj,
                "description": desc,
                "ratings": [
                    rating("inherent", "Inherent (L x I)", inh[0], inh[1], inh[0] * inh[1], REG_DATE),
                    rating("current", "Residual (current) risk position", cur[0], cur[1], cur[0] * cur[1], REG_DATE),
                    rating("target", "Target (L x I)", tgt[0], tgt[1], tgt[0] * tgt[1], REG_DATE),
                ],
            }
        )
    t = Table(
        rows, colWidths=[1.3 * cm, 3.2 * cm, 9.2 * cm, 3.2 * cm, 2.6 * cm, 2.6 * cm, 2.0 * cm, 2.5 * cm], repeatRows=1
    )
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#4A4A4A")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2B2D42")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F2F2F2")]),
            ]
        )
    )
    st.append(t)
    doc.build(st)
    write_gold(STEM, {"attendance": [], "agenda_items": [], "decisions": [], "actions": [], "risks": risks})
