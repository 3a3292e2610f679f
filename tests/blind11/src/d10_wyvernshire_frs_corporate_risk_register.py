"""Wyvernshire Fire and Rescue Service corporate risk register: Word landscape, one row per risk, a two-row
header with merged group cells (Inherent / Current / Target, each L · I · Score, 5x5), repeated on every page;
objective rows merged across the table ("Strategic aim 1 – Prevent and protect"); dated "Position as at
30 June 2024". python-docx + LibreOffice, DejaVu Sans Condensed 8 pt."""

from common import *
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

STEM = "2024-06-30-Wyvernshire-FRS-corporate-risk-register"
RDATE = "2024-06-30"

AIMS = [
    (
        "Strategic aim 1 – Prevent and protect",
        "Prevent and protect",
        [
            (
                "CRR01",
                "Failure to complete high-risk premises inspections within the risk-based inspection programme "
                "because of a shortage of qualified fire safety inspectors.",
                "Area Manager (Protection)",
                (4, 4),
                "Competency framework; apprentice inspector scheme; regional mutual aid for complex premises.",
                (3, 4),
                (2, 3),
                "↓",
            ),
            (
                "CRR02",
                "Vulnerable residents are not identified for Safe and Well visits because partner referral data "
                "is incomplete.",
                "Area Manager (Prevention)",
                (3, 4),
                "Data sharing agreements with adult social care; referral portal.",
                (3, 3),
                (2, 3),
                "↔",
            ),
        ],
    ),
    (
        "Strategic aim 2 – Respond",
        "Respond",
        [
            (
                "CRR03",
                "On-call appliance availability falls below the standard agreed in the Community Risk Management Plan.",
                "Deputy Chief Fire Officer",
                (5, 4),
                "Availability dashboard; banded pay for on-call staff; targeted recruitment.",
                (4, 4),
                (3, 3),
                "↓",
            ),
            (
                "CRR04",
                "Loss of the mobilising system at the joint fire control room.",
                "Area Manager (Response)",
                (3, 5),
                "Secondary control at Marlstow; supplier resilience contract; tested fallback procedures.",
                (2, 5),
                (2, 4),
                "↔",
            ),
            (
                "CRR05",
                "Insufficient capacity to respond to simultaneous wildfires during prolonged hot weather.",
                "Area Manager (Response)",
                (4, 4),
                "Wildfire plan; national resilience assets; seasonal crewing.",
                (3, 4),
                (3, 3),
                "↑",
            ),
        ],
    ),
    (
        "Strategic aim 3 – Our people",
        "Our people",
        [
            (
                "CRR06",
                "Failure to embed the Core Code of Ethics leads to behaviour that damages trust in the Service.",
                "Chief Fire Officer",
                (4, 5),
                "Values training; independent reporting line; culture action plan.",
                (3, 4),
                (2, 4),
                "↓",
            ),
            (
                "CRR07",
                "Loss of operational competence as experienced middle managers retire.",
                "Head of People",
                (4, 3),
                "Succession planning; development centres; retire and return policy.",
                (3, 3),
                (2, 3),
                "↔",
            ),
        ],
    ),
    (
        "Strategic aim 4 – Resources and governance",
        "Resources and governance",
        [
            (
                "CRR08",
                "The medium term financial plan cannot be balanced without reductions to frontline services.",
                "Treasurer",
                (4, 5),
                "Efficiency programme; reserves strategy; lobbying on precept flexibility.",
                (4, 4),
                (3, 4),
                "↑",
            ),
            (
                "CRR09",
                "A cyber attack disrupts core systems and leads to the loss of personal data.",
                "Head of ICT",
                (4, 5),
                "Cyber Essentials Plus; immutable back-ups; phishing simulations.",
                (3, 5),
                (2, 5),
                "↔",
            ),
        ],
    ),
]


FURTHER = {
    "CRR01": "Recruit four trainee inspectors (Sept 2024); procure a premises risk modelling tool; review the "
    "inspection frequency for sleeping-risk premises.",
    "CRR02": "Agree a data sharing protocol with the two NHS trusts; pilot automated referrals from the falls "
    "service; evaluate the targeting model in Q4.",
    "CRR03": "Introduce flexible on-call contracts at six stations; launch the employer engagement scheme; "
    "review the crewing model at the lowest-availability stations.",
    "CRR04": "Complete the mobilising system upgrade; run a full failover test at secondary control each quarter.",
    "CRR05": "Purchase two additional wildfire units; agree mutual aid arrangements with the national park "
    "authority; deliver wildfire training to all on-call crews.",
    "CRR06": "Deliver the leadership behaviours programme to all supervisory managers; publish the outcomes of "
    "conduct cases annually; repeat the culture survey in 2025.",
    "CRR07": "Create a talent pool for station manager posts; extend the development centre to on-call staff.",
    "CRR08": "Deliver the second tranche of the efficiency programme (£0.8m); review fees and charges; "
    "refresh the reserves strategy with the 2025/26 budget.",
    "CRR09": "Complete the migration of legacy servers; appoint a cyber security lead; run a tabletop exercise "
    "with the Local Resilience Forum.",
}


def sc(v):
    l, i = v
    return str(l * i)


def fill(score):
    return "FF0000" if score >= 15 else "FFC000" if score >= 8 else "92D050"


def build(outdir):
    doc = new_document(font="DejaVu Sans Condensed", size=8.5, landscape=True, margins_cm=1.4)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Wyvernshire Fire and Rescue Service – Corporate Risk Register"
    hp.runs[0].font.size = Pt(7.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(fp, size=7.5)
    doc.add_heading("Corporate Risk Register", level=1)
    doc.add_paragraph(
        "Position as at 30 June 2024. Likelihood (L) and impact (I) are scored 1–5; the risk score is "
        "L × I. Inherent scores assume no controls; current scores reflect the controls in place; "
        "target scores are those expected once planned actions are complete."
    )
    heads1 = [
        "Ref",
        "Risk description",
        "Risk owner",
        "Inherent risk",
        "",
        "",
        "Key controls",
        "Current risk",
        "",
        "",
        "Further actions",
        "Target risk",
        "",
        "",
        "Trend",
    ]
    heads2 = ["", "", "", "L", "I", "Score", "", "L", "I", "Score", "", "L", "I", "Score", ""]
    ncol = len(heads1)
    t = doc.add_table(rows=2, cols=ncol)
    table_borders(t, color="7F7F7F")
    for r, hs in enumerate((heads1, heads2)):
        for c, h in enumerate(hs):
            set_cell(t.rows[r].cells[c], h, bold=True, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER)
            shade(t.rows[r].cells[c], "BFBFBF")
        repeat_header(t.rows[r])
    for c in (0, 1, 2, 6, 10, 14):
        a = t.cell(0, c).merge(t.cell(1, c))
        set_cell(a, heads1[c], bold=True, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    for c in (3, 7, 11):
        a = t.cell(0, c).merge(t.cell(0, c + 2))
        set_cell(a, heads1[c], bold=True, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    risks = []
    for aim_label, aim, rows in AIMS:
        row = t.add_row()
        no_split(row)
        m = row.cells[0].merge(row.cells[ncol - 1])
        set_cell(m, aim_label.upper(), bold=True, size=8.5)
        shade(m, "DEEAF6")
        for ref, desc, owner, inh, ctrl, cur, tgt, trend in rows:
            row = t.add_row()
            no_split(row)
            vals = [
                ref,
                desc,
                owner,
                str(inh[0]),
                str(inh[1]),
                sc(inh),
                ctrl,
                str(cur[0]),
                str(cur[1]),
                sc(cur),
                FURTHER[ref],
                str(tgt[0]),
                str(tgt[1]),
                sc(tgt),
                trend,
            ]
            for c, v in enumerate(vals):
                set_cell(
                    row.cells[c],
                    v,
                    size=8.5,
                    align=WD_ALIGN_PARAGRAPH.CENTER if c in (3, 4, 5, 7, 8, 9, 11, 12, 13, 14) else None,
                )
            for c, v in ((5, inh), (9, cur), (13, tgt)):
                shade(row.cells[c], fill(v[0] * v[1]))
            ratings = [
                rating(ph, pt, v[0], v[1], v[0] * v[1], RDATE)
                for ph, pt, v in (
                    ("inherent", "Inherent risk", inh),
                    ("current", "Current risk", cur),
                    ("target", "Target risk", tgt),
                )
            ]
            risks.append(risk(ref, aim, desc, ratings))
    col_widths(t, [1.5, 4.6, 2.3, 0.8, 0.8, 1.3, 4.2, 0.8, 0.8, 1.3, 4.2, 0.8, 0.8, 1.3, 1.4])
    doc.add_paragraph()
    doc.add_paragraph(
        "Trend: ↑ risk increasing; ↔ no change; ↓ risk reducing since the last review. Scores of 15 "
        "and above are red, 8 to 14 amber and below 8 green."
    )
    tmp = outdir / "src" / "_build"
    tmp.mkdir(exist_ok=True)
    dp = tmp / (STEM + ".docx")
    doc.save(dp)
    docx_to_pdf(dp, outdir / (STEM + ".pdf"))
    write_gold(STEM, LOG_KEYS, risks=risks)
