"""2017-12-07 Corrington OPCC risk register (JAC appendix) — reportlab DejaVu Sans, 4x4, several rows per risk:
Inherent / Current / Target rows with the reference, risk, controls, owner and review date spanning them."""

from lib import esc, write_gold
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "2017-12-07-Corrington-OPCC-risk-register.pdf"

GROUPS = [
    (
        "Governance and accountability",
        [
            (
                "OPCC-R01",
                "The Commissioner cannot demonstrate that the Chief Constable is being held to account effectively.",
                [(3, 4), (2, 3), (1, 3)],
                "Accountability board with published minutes; scrutiny framework agreed with the force.",
                "Chief Executive",
                "14/11/2017",
            ),
            (
                "OPCC-R02",
                "Decisions are not published within the timescales set by the Specified Information Order.",
                [(3, 3), (2, 2), (1, 2)],
                "Decision log checked weekly; publication checklist.",
                "Governance Officer",
                "14/11/2017",
            ),
        ],
    ),
    (
        "Finance",
        [
            (
                "OPCC-R03",
                "Police grant is reduced further in the 2018/19 settlement.",
                [(4, 4), (3, 4), (3, 3)],
                "Medium term financial plan with three scenarios; reserves strategy.",
                "Chief Finance Officer",
                "02/11/2017",
            ),
            (
                "OPCC-R04",
                "Capital receipts from the sale of surplus buildings are lower or later than planned.",
                [(3, 3), (3, 2), (2, 2)],
                "Independent valuations; disposals programme monitored by the estates board.",
                "Chief Finance Officer",
                "02/11/2017",
            ),
        ],
    ),
    (
        "Commissioning and partnerships",
        [
            (
                "OPCC-R05",
                "Commissioned victim services fail to meet the requirements of the Victims’ Code.",
                [(3, 4), (2, 4), (1, 4)],
                "Quarterly contract monitoring; victim feedback survey; service specification reviewed 2017.",
                "Head of Commissioning",
                "09/11/2017",
            ),
            (
                "OPCC-R06",
                "Community safety partnerships cannot account for how the Commissioner’s grants have been spent.",
                [(2, 3), (2, 2), (1, 2)],
                "Grant agreements with outcome measures; six-monthly returns.",
                "Head of Commissioning",
                "09/11/2017",
            ),
            (
                "OPCC-R07",
                "The restorative justice provider ceases trading.",
                [(2, 4), (2, 3), (1, 3)],
                "Financial checks at contract award; contingency arrangement with a neighbouring provider.",
                "Head of Commissioning",
                "09/11/2017",
            ),
        ],
    ),
]
PHASES = [("Inherent", "inherent"), ("Current", "current"), ("Target", "target")]


def colour(score):
    if score >= 12:
        return colors.HexColor("#E06666")
    if score >= 6:
        return colors.HexColor("#F6B26B")
    if score >= 3:
        return colors.HexColor("#FFE599")
    return colors.HexColor("#93C47D")


def iso(d):
    dd, mm_, yy = d.split("/")
    return f"{yy}-{mm_}-{dd}"


def build(out_dir, tmp_dir):
    c = ParagraphStyle("c", fontName="DejaVuSans", fontSize=8.5, leading=11)
    body = ParagraphStyle("b", fontName="DejaVuSans", fontSize=9, leading=12, spaceAfter=5)
    h = ParagraphStyle("h", fontName="DejaVuSans-Bold", fontSize=10, leading=13, spaceBefore=6, spaceAfter=3)
    story = [
        Table(
            [
                ["CORRINGTON JOINT AUDIT COMMITTEE"],
                ["Date: 7 December 2017"],
                ["Agenda item: 9"],
                ["Report of: Chief Executive, Office of the Police and Crime Commissioner"],
                ["Subject: OPCC risk register – quarterly review"],
            ],
            colWidths=[170 * mm],
            style=[
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("FONT", (0, 0), (-1, -1), "DejaVuSans", 9.5),
                ("FONT", (0, 0), (-1, 0), "DejaVuSans-Bold", 11),
            ],
        ),
        Spacer(1, 8),
        Paragraph("1. Purpose", h),
        Paragraph(
            "1.1 To present the risk register of the Office of the Police and Crime Commissioner following the "
            "quarterly review by the OPCC senior management team in November 2017.",
            body,
        ),
        Paragraph("2. Recommendation", h),
        Paragraph(
            "2.1 The Committee is asked to note the register at Appendix A and to comment on the risks and the "
            "controls described.",
            body,
        ),
        Paragraph("3. Changes since the last report", h),
        Paragraph(
            "3.1 The current rating of the risk on police grant has been raised from 9 to 12 following the "
            "announcement that the 2018/19 settlement will be published later than usual. The risk relating to "
            "the transfer of fire governance has been closed, as the Commissioner has decided not to submit a "
            "business case this year.",
            body,
        ),
        Paragraph(
            "3.2 A new risk has been added on the financial stability of the restorative justice provider, "
            "whose contract runs to March 2019.",
            body,
        ),
        Paragraph("4. Risk appetite", h),
        Paragraph(
            "4.1 The Commissioner’s risk appetite is low for risks to compliance and to victims, and moderate "
            "for financial and partnership risks. Risks rated high after controls are reported to every meeting "
            "of the Committee.",
            body,
        ),
        Paragraph("5. Financial implications", h),
        Paragraph("5.1 There are no direct financial implications arising from this report.", body),
        Paragraph("Contact: Philip Brereton, Chief Executive", body),
        PageBreak(),
        Paragraph("Appendix A", ParagraphStyle("a", parent=body, fontName="DejaVuSans-Bold")),
        Paragraph(
            "Office of the Police and Crime Commissioner for Corrington – Risk Register",
            ParagraphStyle("t", fontName="DejaVuSans-Bold", fontSize=12.5, leading=16, spaceAfter=4),
        ),
        Paragraph(
            "Presented to the Joint Audit Committee, 7 December 2017. Risks are scored on a 4 × 4 scale: "
            "likelihood (L) 1–4 multiplied by impact (I) 1–4. Ratings of 12–16 are high, 6–9 medium, 3–4 low "
            "and 1–2 very low.",
            body,
        ),
        Spacer(1, 4),
    ]
    rows = [["Ref", "Risk", "Assessment", "L", "I", "Rating", "Controls", "Owner", "Reviewed"]]
    style = [
        ("FONT", (0, 0), (-1, -1), "DejaVuSans", 8.5),
        ("FONT", (0, 0), (-1, 0), "DejaVuSans-Bold", 8.5),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#666666")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#CFE2F3")),
        ("ALIGN", (3, 0), (5, -1), "CENTER"),
    ]
    risks = []
    for objective, items in GROUPS:
        rows.append([objective] + [""] * 8)
        i = len(rows) - 1
        style += [
            ("SPAN", (0, i), (-1, i)),
            ("FONT", (0, i), (-1, i), "DejaVuSans-Bold", 8),
            ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#EFEFEF")),
        ]
        for ref, desc, ratings, controls, owner, rev in items:
            start = len(rows)
            rr = []
            for k, ((label, phase), (l, im)) in enumerate(zip(PHASES, ratings)):
                rows.append(
                    [
                        ref if k == 0 else "",
                        Paragraph(esc(desc), c) if k == 0 else "",
                        label,
                        str(l),
                        str(im),
                        str(l * im),
                        Paragraph(esc(controls), c) if k == 0 else "",
                        Paragraph(esc(owner), c) if k == 0 else "",
                        rev if k == 0 else "",
                    ]
                )
                style.append(("BACKGROUND", (5, start + k), (5, start + k), colour(l * im)))
                rr.append(
                    {
                        "phase": phase,
                        "phase_text": label,
                        "likelihood": l,
                        "impact": im,
                        "score": l * im,
                        "register_date": iso(rev),
                    }
                )
            end = len(rows) - 1
            for col in (0, 1, 6, 7, 8):
                style.append(("SPAN", (col, start), (col, end)))
            style.append(("FONT", (0, start), (0, end), "DejaVuSans-Bold", 8.5))
            risks.append({"reference": ref, "objective": objective, "description": desc, "ratings": rr})
    t = Table(
        rows, colWidths=[20 * mm, 37 * mm, 22 * mm, 7 * mm, 7 * mm, 13 * mm, 30 * mm, 30 * mm, 24 * mm], repeatRows=1
    )
    t.setStyle(TableStyle(style))
    story += [
        t,
        Spacer(1, 8),
        Paragraph(
            "Risks are reviewed by the OPCC senior management team each month; the date of the last review "
            "of each risk is shown.",
            body,
        ),
    ]

    def onpage(cv, d):
        cv.saveState()
        cv.setFont("DejaVuSans", 7)
        cv.drawCentredString(A4[0] / 2, 9 * mm, f"– {d.page} –")
        cv.restoreState()

    doc = SimpleDocTemplate(
        str(out_dir / NAME),
        pagesize=A4,
        leftMargin=10 * mm,
        rightMargin=10 * mm,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title="OPCC risk register",
    )
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    write_gold(NAME, "register", risks=risks)
