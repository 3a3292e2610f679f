"""Tamsford Constabulary strategic risk register: several rows a risk. Ref, risk and owner cells span three
rows (Inherent / Residual / Target), each with Likelihood · Impact · Score · Rating; priority header rows; the
register spans pages with a repeated header. reportlab, Times 9 pt, landscape, dated "as at 30 June 2025"."""

from common import *
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

STEM = "2025-06-30-Tamsford-Constabulary-strategic-risk-register"
RDATE = "2025-06-30"

PRIORITIES = [
    (
        "Priority 1: Protecting vulnerable people",
        "Protecting vulnerable people",
        [
            (
                "SRR-01",
                "Missed opportunities to safeguard children at risk of criminal exploitation because "
                "intelligence is not shared between the force and children's services.",
                "ACC Crime",
                (4, 5),
                (3, 4),
                (2, 4),
                "Multi-agency exploitation hub; daily risk meeting; audit of referrals. Further "
                "action: joint training with children's services by December 2025.",
            ),
            (
                "SRR-02",
                "Failure to meet the statutory timescales for victim updates under the Victims' Code.",
                "ACC Local Policing",
                (4, 3),
                (3, 3),
                (2, 2),
                "Automated update reminders; supervisor dashboard.",
            ),
            (
                "SRR-03",
                "A death or serious injury in police custody resulting from inadequate risk assessment.",
                "Head of Custody",
                (3, 5),
                (2, 5),
                (1, 5),
                "Healthcare professionals in all suites; cell CCTV; training refreshed annually.",
            ),
        ],
    ),
    (
        "Priority 2: An effective and efficient force",
        "An effective and efficient force",
        [
            (
                "SRR-04",
                "The force cannot deliver a balanced budget for 2026/27 without reducing officer numbers.",
                "Director of Finance",
                (5, 4),
                (4, 4),
                (3, 3),
                "Savings plan of £4.2m; vacancy management panel; collaboration savings with neighbouring forces.",
            ),
            (
                "SRR-05",
                "Disruption to the command and control system during the migration to the new platform.",
                "Head of Digital Services",
                (3, 5),
                (3, 4),
                (1, 4),
                "Parallel running; tested rollback plan; supplier on site during cut-over.",
            ),
            (
                "SRR-06",
                "Loss of public confidence following misconduct by officers or staff.",
                "DCC",
                (4, 4),
                (3, 4),
                (2, 4),
                "Vetting re-checks; counter-corruption unit; published misconduct outcomes.",
            ),
        ],
    ),
    (
        "Priority 3: Our workforce",
        "Our workforce",
        [
            (
                "SRR-07",
                "High attrition of student officers in their first two years reduces frontline capacity.",
                "Director of People",
                (4, 4),
                (4, 3),
                (2, 3),
                "Tutor constable uplift; exit interviews; wellbeing support for student officers.",
            ),
        ],
    ),
]


def RATING(s):
    return "High" if s >= 15 else "Medium" if s >= 8 else "Low"


FILL = {"High": "#F1948A", "Medium": "#F9E79F", "Low": "#ABEBC6"}


def build(outdir):
    R, B = "Times-Roman", "Times-Bold"
    S = ParagraphStyle("s", fontName=R, fontSize=9, leading=11)
    SB = ParagraphStyle("sb", parent=S, fontName=B)
    T = ParagraphStyle("t", fontName=B, fontSize=15, leading=19)
    P = ParagraphStyle("p", fontName=R, fontSize=10, leading=13, spaceAfter=4)
    story = [
        Paragraph("TAMSFORD CONSTABULARY", P),
        Paragraph("Strategic Risk Register", T),
        Paragraph("Register as at 30 June 2025 – reported to the Joint Audit Committee", P),
        Spacer(1, 6),
    ]
    heads = (
        "Ref",
        "Risk",
        "Owner",
        "Assessment",
        "Likelihood",
        "Impact",
        "Score",
        "Rating",
        "Controls and further actions",
    )
    data = [[Paragraph(h, SB) for h in heads]]
    st = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#555555")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D5D8DC")),
        ("ALIGN", (4, 1), (6, -1), "CENTER"),
    ]
    risks = []
    for plabel, obj, rows in PRIORITIES:
        r = len(data)
        data.append([Paragraph(plabel, SB)] + [""] * 8)
        st += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#EBF5FB"))]
        for ref, desc, owner, inh, res, tgt, ctrl in rows:
            r0 = len(data)
            ratings = []
            for k, (lab, ph, v) in enumerate(
                (("Inherent", "inherent", inh), ("Residual", "current", res), ("Target", "target", tgt))
            ):
                s = v[0] * v[1]
                data.append(
                    [
                        Paragraph(ref, S) if k == 0 else "",
                        Paragraph(esc(desc), S) if k == 0 else "",
                        Paragraph(esc(owner), S) if k == 0 else "",
                        Paragraph(lab, S),
                        str(v[0]),
                        str(v[1]),
                        str(s),
                        RATING(s),
                        Paragraph(esc(ctrl), S) if k == 0 else "",
                    ]
                )
                st.append(("BACKGROUND", (7, r0 + k), (7, r0 + k), colors.HexColor(FILL[RATING(s)])))
                ratings.append(rating(ph, lab, v[0], v[1], s, RDATE))
            for c in (0, 1, 2, 8):
                st.append(("SPAN", (c, r0), (c, r0 + 2)))
            st.append(("FONTNAME", (4, r0), (7, r0 + 2), R))
            risks.append(risk(ref, obj, desc, ratings))
    t = Table(
        data, colWidths=[17 * mm, 70 * mm, 28 * mm, 21 * mm, 20 * mm, 15 * mm, 13 * mm, 16 * mm, 67 * mm], repeatRows=1
    )
    t.setStyle(TableStyle(st))
    story += [
        t,
        Spacer(1, 6),
        Paragraph(
            "Scoring: likelihood and impact 1–5; score = likelihood × impact. High 15–25, Medium 8–12, Low 1–6.", P
        ),
    ]

    def deco(c, d):
        c.saveState()
        c.setFont(R, 8)
        c.drawString(15 * mm, 9 * mm, "OFFICIAL-SENSITIVE when completed – this version redacted for publication")
        c.drawRightString(landscape(A4)[0] - 15 * mm, 9 * mm, f"Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(
        str(outdir / (STEM + ".pdf")),
        pagesize=landscape(A4),
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title="Strategic risk register",
        invariant=1,
    )
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    write_gold(STEM, LOG_KEYS, risks=risks)
