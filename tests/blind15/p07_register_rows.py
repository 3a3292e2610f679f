"""07: Fire and rescue authority corporate risk register (Word -> LibreOffice, landscape):
three rows per risk (Original / Current / Target) with merged reference and description cells,
rating as '16 – High', aims as spanning rows, OFFICIAL – SENSITIVE markings."""

from docx.enum.text import WD_ALIGN_PARAGRAPH
from lib import (
    add_field,
    cell_text,
    docx_base,
    para,
    rating,
    repeat_header,
    risk,
    save_docx_pdf,
    set_col_widths,
    write_gold,
)

STEM = "2022-09-14-Wrexby-Fire-and-Rescue-Authority-corporate-risk-register"
RDATE = "2022-09-14"

AIMS = [
    (
        "Aim 1",
        "Prevention and Protection",
        [
            (
                "CR01",
                "Targeting of home fire safety visits",
                "Home fire safety visits do not reach the households at highest risk because referral data from partners is incomplete.",
                "Area Manager – Prevention",
                (4, 4),
                (3, 3),
                (2, 3),
                "Data sharing agreement with adult social care signed July 2022; risk-scoring model refreshed; quarterly audit of visit outcomes.",
            ),
        ],
    ),
    (
        "Aim 2",
        "Response",
        [
            (
                "CR02",
                "On-call availability",
                "On-call appliance availability falls below 85% at rural stations during weekday daytime.",
                "Area Manager – Response",
                (5, 4),
                (4, 4),
                (3, 3),
                "Day-crewing pilot at Thornby and Wickham Cross; recruitment campaign targeting local employers; availability dashboard reviewed daily.",
            ),
            (
                "CR03",
                "Mobilising system",
                "The mobilising system fails during the transition to the new joint control room contract.",
                "Head of Control",
                (3, 5),
                (2, 5),
                (1, 5),
                "Parallel running for six weeks; fallback to the neighbouring service's control; supplier on-site support during cut-over.",
            ),
        ],
    ),
    (
        "Aim 3",
        "People and Culture",
        [
            (
                "CR04",
                "Industrial action",
                "Industrial action by firefighters following the national pay offer affects the Authority's ability to provide emergency cover.",
                "Director of People",
                (3, 4),
                (3, 4),
                (2, 4),
                "Business continuity plans refreshed; contingency crewing arrangements agreed with neighbouring services; regular engagement with representative bodies.",
            ),
            (
                "CR06",
                "Culture inspection findings",
                "The Authority does not complete the actions required by the HMICFRS cause of concern on culture within the agreed timescale.",
                "Chief Fire Officer",
                (3, 5),
                (3, 4),
                (2, 3),
                "Action plan overseen by the Authority's Standards Panel; independent cultural review commissioned; monthly progress report to members.",
            ),
        ],
    ),
    (
        "Aim 4",
        "Finance and Resources",
        [
            (
                "CR05",
                "Energy and fuel inflation",
                "Inflation in energy and fuel costs exceeds the budget provision for 2022/23.",
                "Treasurer",
                (5, 3),
                (4, 3),
                (3, 3),
                "Fixed-price energy contract to March 2023; in-year budget monitoring to the Finance Committee; earmarked reserve of £350,000.",
            ),
        ],
    ),
]


def word(s):
    return "High" if s >= 15 else "Medium" if s >= 8 else "Low"


HEAD = [
    "Risk No.",
    "Risk",
    "Risk owner",
    "Assessment",
    "Likelihood",
    "Impact",
    "Rating",
    "Controls and further actions",
]
WIDTHS = [1.7, 6.4, 3.3, 2.7, 2.3, 1.7, 2.6, 6.0]
PHASES = [("Original", "inherent"), ("Current", "current"), ("Target", "target")]


def build():
    d = docx_base(font="DejaVu Sans", size=9, landscape=True, margins_cm=1.6)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "OFFICIAL – SENSITIVE"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("OFFICIAL – SENSITIVE     |     Wrexby FRA Corporate Risk Register v5.1     |     ")
    add_field(fp, "PAGE")

    para(d, "WREXBY FIRE AND RESCUE AUTHORITY", bold=True, size=13, after=0)
    para(d, "Corporate Risk Register", bold=True, size=12, after=0)
    para(
        d,
        "Reviewed by the Corporate Management Board on 14 September 2022. Ratings: Likelihood × Impact; "
        "1–6 Low, 8–12 Medium, 15–25 High.",
        size=8.5,
        italic=True,
    )

    nrows = 1 + sum(1 + 3 * len(r) for _, _, r in AIMS)
    t = d.add_table(rows=nrows, cols=len(HEAD))
    t.style = "Table Grid"
    for k, h in enumerate(HEAD):
        cell_text(t.rows[0].cells[k], h, bold=True, shade="D9D9D9")
    repeat_header(t.rows[0])
    gold = []
    r = 1
    for label, aim, risks in AIMS:
        row = t.rows[r]
        m = row.cells[0].merge(row.cells[-1])
        cell_text(m, f"{label}: {aim}", bold=True, shade="F2DCDB")
        r += 1
        for ref, title, desc, owner, *ratings, ctrl in risks:
            ratings_g = []
            for k, ((ptxt, phase), (l, i)) in enumerate(zip(PHASES, ratings)):
                row = t.rows[r + k]
                cell_text(row.cells[3], ptxt)
                cell_text(row.cells[4], str(l))
                cell_text(row.cells[5], str(i))
                cell_text(row.cells[6], f"{l * i} – {word(l * i)}")
                ratings_g.append(rating(phase, ptxt, l, i, l * i, RDATE))
            for col, text in ((0, ref), (1, f"{title}\n{desc}"), (2, owner), (7, ctrl)):
                mc = t.rows[r].cells[col].merge(t.rows[r + 2].cells[col])
                cell_text(mc, text)
                if col == 1:
                    mc.paragraphs[0].runs[0].bold = True
            gold.append(risk(ref, aim, desc, ratings_g))
            r += 3
    set_col_widths(t, WIDTHS)
    save_docx_pdf(d, STEM)
    write_gold(STEM, attendance=[], agenda_items=[], decisions=[], actions=[], risks=gold)
