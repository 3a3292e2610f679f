"""Hallowmere OPFCC strategic risk register as risk cards (4x4, score = L x I, max 16): page 1 a summary
heat map of current scores by reference; then one boxed card per risk with a coloured title bar, the theme,
owner, a small Inherent / Current / Target table (Likelihood · Impact · Score), controls and "Last reviewed".
reportlab, DejaVu Sans 8.5 pt, portrait. Title gives only the month."""

from common import *
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

STEM = "2025-03-Hallowmere-OPFCC-strategic-risk-register"

# ref, theme, description, owner, inherent, current, target, controls, reviewed text, iso
RISKS = [
    (
        "OPFCC-R1",
        "Governance",
        "Decisions of the Commissioner on fire and rescue matters are open to challenge "
        "because the scheme of delegation has not been updated since the transfer of governance.",
        "Chief Executive",
        (3, 4),
        (2, 4),
        (1, 4),
        "Scheme of delegation review under way; legal sign-off of decision notices.",
        "04/03/2025",
        "2025-03-04",
    ),
    (
        "OPFCC-R2",
        "Finance",
        "The police precept settlement for 2025/26 leaves a funding gap that cannot be met from reserves.",
        "Chief Finance Officer",
        (4, 4),
        (3, 3),
        (2, 3),
        "Medium term financial plan; savings programme monitored monthly.",
        "11/03/2025",
        "2025-03-11",
    ),
    (
        "OPFCC-R3",
        "Commissioning",
        "Providers of domestic abuse support services cannot retain staff at current contract values.",
        "Head of Commissioning",
        (3, 3),
        (3, 2),
        (2, 2),
        "Inflationary uplift in contracts; provider forum.",
        "27/02/2025",
        "2025-02-27",
    ),
    (
        "OPFCC-R4",
        "Fire and rescue oversight",
        "The Commissioner lacks assurance that the fire and rescue "
        "service's improvement plan following inspection is on track.",
        "Head of Assurance",
        (4, 3),
        (2, 3),
        (1, 3),
        "Quarterly Fire Accountability Board scrutiny; independent assurance review.",
        "04/03/2025",
        "2025-03-04",
    ),
    (
        "OPFCC-R5",
        "Information management",
        "Personal data held by the OPFCC complaints team is disclosed without authority.",
        "Data Protection Officer",
        (2, 4),
        (2, 3),
        (1, 3),
        "Role-based access; annual data protection training; secure email.",
        "18/02/2025",
        "2025-02-18",
    ),
    (
        "OPFCC-R6",
        "Partnerships",
        "Community safety partnerships withdraw from the shared analyst function.",
        "Head of Partnerships",
        (3, 2),
        (2, 2),
        (1, 2),
        "Partnership agreement to March 2026; joint work plan.",
        "11/03/2025",
        "2025-03-11",
    ),
]


def band(score):
    return "#E74C3C" if score >= 12 else "#F5B041" if score >= 6 else "#58D68D"


def build(outdir):
    register_fonts()
    F = "DejaVuSans"
    S = ParagraphStyle("s", fontName=F, fontSize=8.5, leading=11)
    SB = ParagraphStyle("sb", parent=S, fontName=F + "-Bold")
    W = ParagraphStyle("w", parent=SB, textColor=colors.white, fontSize=9.5, leading=12)
    T = ParagraphStyle("t", fontName=F + "-Bold", fontSize=15, leading=19)
    P = ParagraphStyle("p", fontName=F, fontSize=9, leading=12, spaceAfter=5)
    story = [
        Paragraph("Office of the Police, Fire and Crime Commissioner for Hallowmere", P),
        Paragraph("Strategic Risk Register – March 2025", T),
        Spacer(1, 4),
        Paragraph(
            "Risks are scored on a four-point scale for likelihood and impact. The risk score is "
            "likelihood multiplied by impact (maximum 16): 12–16 high, 6–9 medium, 1–4 low. The heat "
            "map shows the current score of each risk.",
            P,
        ),
        Spacer(1, 6),
        Paragraph("Heat map – current risk", SB),
        Spacer(1, 3),
    ]
    cells = {}
    for r in RISKS:
        l, i = r[5]
        cells.setdefault((l, i), []).append(r[0])
    [["Likelihood"] + [""] * 4]
    labels = {4: "4 Almost certain", 3: "3 Likely", 2: "2 Possible", 1: "1 Unlikely"}
    rows = []
    for l in (4, 3, 2, 1):
        row = [Paragraph(labels[l], S)]
        for i in (1, 2, 3, 4):
            row.append(Paragraph("<br/>".join(cells.get((l, i), [])), S))
        rows.append(row)
    rows.append(
        [Paragraph("Impact →", SB)] + [Paragraph(x, S) for x in ("1 Minor", "2 Moderate", "3 Major", "4 Critical")]
    )
    ht = Table(rows, colWidths=[32 * mm] + [30 * mm] * 4, rowHeights=[14 * mm] * 4 + [8 * mm])
    st = [
        ("GRID", (1, 0), (-1, 3), 0.6, colors.white),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
    ]
    for ri, l in enumerate((4, 3, 2, 1)):
        for ci, i in enumerate((1, 2, 3, 4), start=1):
            st.append(("BACKGROUND", (ci, ri), (ci, ri), colors.HexColor(band(l * i))))
    ht.setStyle(TableStyle(st))
    story += [ht, Spacer(1, 8)]
    summ = [[Paragraph(h, SB) for h in ("Ref", "Theme", "Owner", "Current score")]]
    for r in RISKS:
        summ.append([Paragraph(r[0], S), Paragraph(r[1], S), Paragraph(r[3], S), Paragraph(str(r[5][0] * r[5][1]), S)])
    stt = Table(summ, colWidths=[26 * mm, 52 * mm, 52 * mm, 28 * mm])
    stt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]))
    story += [Paragraph("Summary", SB), stt, PageBreak()]
    risks = []
    for ref, theme, desc, owner, inh, cur, tgt, ctrl, rtxt, riso in RISKS:
        head = Table([[Paragraph(f"{ref}&nbsp;&nbsp;|&nbsp;&nbsp;{esc(theme)}", W)]], colWidths=[170 * mm])
        head.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#5B2C6F"))]))
        sc = [[Paragraph(x, SB) for x in ("", "Likelihood", "Impact", "Score")]]
        for lab, v in (("Inherent", inh), ("Current", cur), ("Target", tgt)):
            sc.append(
                [Paragraph(lab, SB), Paragraph(str(v[0]), S), Paragraph(str(v[1]), S), Paragraph(str(v[0] * v[1]), S)]
            )
        sct = Table(sc, colWidths=[20 * mm, 18 * mm, 16 * mm, 14 * mm])
        scst = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (1, 0), (-1, -1), "CENTER")]
        for k, v in enumerate((inh, cur, tgt), start=1):
            scst.append(("BACKGROUND", (3, k), (3, k), colors.HexColor(band(v[0] * v[1]))))
        sct.setStyle(TableStyle(scst))
        left = [
            Paragraph("<b>Risk:</b> " + esc(desc), S),
            Spacer(1, 3),
            Paragraph("<b>Risk owner:</b> " + esc(owner), S),
            Spacer(1, 3),
            Paragraph("<b>Controls:</b> " + esc(ctrl), S),
            Spacer(1, 3),
            Paragraph("<b>Last reviewed:</b> " + rtxt, S),
        ]
        body = Table([[left, sct]], colWidths=[98 * mm, 72 * mm])
        body.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        card = Table([[head], [body]], colWidths=[172 * mm])
        card.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#5B2C6F")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 1),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        story += [KeepTogether([card]), Spacer(1, 8)]
        ratings = [
            rating(ph, lab, v[0], v[1], v[0] * v[1], riso)
            for ph, lab, v in (("inherent", "Inherent", inh), ("current", "Current", cur), ("target", "Target", tgt))
        ]
        risks.append(risk(ref, theme, desc, ratings))

    def deco(c, d):
        c.saveState()
        c.setFont(F, 7.5)
        c.drawString(18 * mm, 10 * mm, "OPFCC Strategic Risk Register – OFFICIAL")
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(
        str(outdir / (STEM + ".pdf")),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title="OPFCC risk register",
        invariant=1,
    )
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    write_gold(STEM, LOG_KEYS, risks=risks)
