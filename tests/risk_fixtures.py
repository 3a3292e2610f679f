"""Builders of synthetic risk registers (real PDFs via tests.synthetic.PaperBuilder).

Takes a path and a description of the risks; yields a PDF in one of the register
families the archive holds, so tests can cover the layouts the sample corpus lacks:
- `block_register`: summary listing, a likelihood x impact matrix placing references,
  one ruled block per risk, and an appendix matrix of overall scores, on any scale;
- `summary_tables_register`: the older comprehensive summary, risks under objective
  headings each followed by "Before/After mitigating controls" tables, with a key.
Every register carries the house footer ("… Agenda Item 7.0" / "… Page n of N") and a
bold title containing RISK REGISTER, which is what the segmenter looks for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tests.synthetic import PaperBuilder

FOOTER = ["Test Board Agenda Item 7.0", "4 March 2020 Page {page} of 9"]
HEAD_WIDTHS = [70, 60, 70, 300, 60, 200]
FUSED_WIDTHS = [130, 400, 230]
BLOCK_WIDTHS = [150, 150, 50, 30, 30, 150, 100, 50, 30, 30]


@dataclass
class SyntheticRisk:
    reference: str
    objective: str
    statement: str
    summary: str = ""
    inherent: tuple | None = None  # (likelihood, impact, printed score)
    current: tuple | None = None
    future: tuple | None = None
    status: str = "Update 02/03/2020"


@dataclass
class Scale:
    """A matrix scale: labels from 1 upwards, and the overall score of each (l, i) pair."""

    likelihood: list[str]
    impact: list[str]
    scores: dict[tuple[int, int], int] = field(default_factory=dict)


FIVE_POINT = Scale(
    ["Unlikely", "Possible", "Likely", "More likely than not", "Probable"],
    ["Insignificant", "Minor", "Moderate", "Significant", "Catastrophic"],
    {(l, i): l * i for l in range(1, 6) for i in range(1, 6)},
)
# A four-point scale scored from its own matrix, deliberately not the product.
FOUR_POINT = Scale(
    ["Rare", "Unlikely", "Possible", "Likely"],
    ["Minor", "Moderate", "Major", "Severe"],
    {
        (1, 4): 7,
        (2, 4): 11,
        (3, 4): 14,
        (4, 4): 16,
        (1, 3): 4,
        (2, 3): 8,
        (3, 3): 12,
        (4, 3): 15,
        (1, 2): 2,
        (2, 2): 5,
        (3, 2): 9,
        (4, 2): 13,
        (1, 1): 1,
        (2, 1): 3,
        (3, 1): 6,
        (4, 1): 10,
    },
)


def numbers(rating: tuple | None) -> list[str]:
    return [str(v) for v in rating] if rating else ["", "", ""]


def head_rows(risk: SyntheticRisk, fused: bool = False) -> list[list[str]]:
    """The block's heading as its own ruled table (no merged cells): fields, then the statement.

    `fused` prints each label and its value in one cell ('Reference: SR1.1'), as some years do."""
    if fused:
        return [
            [f"Reference: {risk.reference}", f"Objective: {risk.objective}", f"Status: {risk.status}"],
            [risk.statement, "", ""],
        ]
    return [
        ["Reference", risk.reference, "Objective", risk.objective, "Status:", risk.status],
        [risk.statement, "", "", "", "", ""],
    ]


def block_rows(risk: SyntheticRisk) -> list[list[str]]:
    return [
        ["Causes", "Effects", "Inherent", "", "", "Exec Lead", "Senior Lead", "", "", ""],
        ["", "", "L", "I", "R", "", "", "", "", ""],
        ["Poor planning.", "Duties not met."] + numbers(risk.inherent) + ["OPCC", "Chief Executive", "", "", ""],
        ["Controls in place", "Controls assurance", "Current", "", "", "Future Actions", "", "Future", "", ""],
        ["", "", "L", "I", "R", "", "", "L", "I", "R"],
        ["Regular reviews.", "Audit reports."] + numbers(risk.current) + ["Keep reviewing.", ""] + numbers(risk.future),
    ]


def matrix_rows(scale: Scale, cell) -> list[list[str]]:
    """Rows impact high..low, columns likelihood low..high, each cell from `cell(l, i)`."""
    size = len(scale.likelihood)
    header = [""] + [f"{n} {label}" for n, label in enumerate(scale.likelihood, 1)]
    rows = [header]
    for i in range(size, 0, -1):
        rows.append([f"{i} {scale.impact[i - 1]}"] + [cell(l, i) for l in range(1, size + 1)])
    return rows


def placements_from_blocks(risks: list[SyntheticRisk]) -> dict[str, tuple[int, int]]:
    return {r.reference: r.current[:2] for r in risks if r.current}


def block_register(
    path: Path,
    risks: list[SyntheticRisk],
    *,
    scale: Scale = FIVE_POINT,
    title: str = "TEST OPCC STRATEGIC RISK REGISTER, February 2020",
    placements: dict[str, tuple[int, int]] | None = None,
    summary_only: list[tuple[str, str]] = (),
    fused_labels: bool = False,
) -> Path:
    """A block register; `placements` overrides where the matrix puts references."""
    spots = placements if placements is not None else placements_from_blocks(risks)
    paper = PaperBuilder(path, landscape_pages=True, footer=FOOTER)
    paper.text(title, size=13, bold=True).gap()
    paper.text("Strategic Risks Summary", bold=True)
    listing = [[r.reference, r.summary or r.statement] for r in risks] + [list(s) for s in summary_only]
    paper.table(listing, [60, 700], size=9, header_rows=0)
    paper.new_page().text("Strategic Risk", size=13, bold=True).text("Current ratings", size=13, bold=True)

    def cell(l, i):
        return " ".join(ref for ref, spot in spots.items() if tuple(spot) == (l, i))

    paper.table(matrix_rows(scale, cell), [110] + [120] * len(scale.likelihood), size=9, header_rows=1)
    for risk in risks:
        paper.new_page().table(
            head_rows(risk, fused_labels), FUSED_WIDTHS if fused_labels else HEAD_WIDTHS, size=8, header_rows=0
        )
        paper.table(block_rows(risk), BLOCK_WIDTHS, size=8, header_rows=0)
    paper.new_page().text("Appendix A:", size=13, bold=True).text("Strategic Risk overall ratings", bold=True)
    paper.table(
        matrix_rows(scale, lambda l, i: str(scale.scores[(l, i)])),
        [110] + [120] * len(scale.likelihood),
        size=9,
        header_rows=1,
    )
    return paper.save()


@dataclass
class SummaryRisk:
    reference: str
    statement: list[str]  # printed lines
    before: tuple  # (likelihood, impact, total)
    after: tuple


def summary_tables_register(
    path: Path,
    objectives: list[tuple[str, list[SummaryRisk]]],
    *,
    title: str = "STRATEGIC RISK REGISTER – COMPREHENSIVE SUMMARY 14 January 2016",
    key: str = "Key: Likelihood × Impact = Total",
) -> Path:
    """The older family: headings, 'R1.1 – statement', and two small rating tables per risk."""
    paper = PaperBuilder(path, footer=FOOTER)
    paper.text(title, size=12, bold=True).gap()
    for heading, risks in objectives:
        paper.text(heading, bold=True).gap(4)
        for risk in risks:
            paper.text(f"{risk.reference} – {risk.statement[0]}")
            paper.lines(*risk.statement[1:], x=90)
            for label, values in (
                ("Before mitigating controls are in place", risk.before),
                ("After mitigating controls are in place", risk.after),
            ):
                paper.table(
                    [[label, "Likelihood", "Impact", "Total"], [""] + [str(v) for v in values]],
                    [220, 70, 70, 70],
                    size=9,
                    header_rows=1,
                )
    paper.gap().text(key, size=9)
    return paper.save()


# --- registers in other layouts (tests/test_risk_layouts.py) ---------------------------------


def styled_table(
    paper: PaperBuilder,
    rows: list[list[str]],
    widths: list[float],
    commands: list,
    *,
    size: float = 8,
    header_rows: int = 1,
    x: float = 40,
) -> None:
    """A reportlab table drawn at the cursor with its own style commands (spans, rules)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, TableStyle
    from reportlab.platypus import Table as RLTable

    style = ParagraphStyle("cell", fontName="Helvetica", fontSize=size, leading=size * 1.2)
    bold = ParagraphStyle("head", parent=style, fontName="Helvetica-Bold")
    data = [[Paragraph(cell or "", bold if r < header_rows else style) for cell in row] for r, row in enumerate(rows)]
    table = RLTable(data, colWidths=widths)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")] + commands))
    _, height = table.wrapOn(paper.canvas, paper.width, paper.size[1])
    table.drawOn(paper.canvas, x, paper.y - height)
    paper.y -= height + 12


GRID = [("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))]
GROUPED_WIDTHS = [30, 80, 210, 70, 45, 40, 40, 110, 45, 40, 40, 45, 40, 40, 50]


def grouped_columns_register(path: Path) -> Path:
    """One row per risk under a two-row header of grouped ratings (Inherent / Residual / Tolerance,
    each Likelihood · Impact · Rating), plain-number references, the theme in a column merged down
    over its risks, and the table running on over a page without its header (a row broken there)."""
    paper = PaperBuilder(path, landscape_pages=True, footer=["Test Police Corporate Risk Register"])
    paper.text("NORTHWICK POLICE – CORPORATE RISK REGISTER", size=13, bold=True)
    paper.text("Position at 30 June 2022", size=10).gap()
    head = [
        [
            "No.",
            "Theme",
            "Risk",
            "Lead",
            "Inherent",
            "",
            "",
            "Mitigations",
            "Residual",
            "",
            "",
            "Tolerance",
            "",
            "",
            "Trend",
        ],
        [
            "",
            "",
            "",
            "",
            "Likelihood",
            "Impact",
            "Rating",
            "",
            "Likelihood",
            "Impact",
            "Rating",
            "Likelihood",
            "Impact",
            "Rating",
            "",
        ],
    ]
    body = [
        [
            "1",
            "Keeping communities safe",
            "Response times in rural districts fall below the published standard.",
            "Chief Superintendent Operations",
            "4",
            "4",
            "16",
            "Shift review.",
            "3",
            "4",
            "12",
            "2",
            "3",
            "6",
            "Rising",
        ],
        [
            "2",
            "",
            "Too few trained investigators to manage the caseload of serious crime.",
            "Head of Crime",
            "3",
            "5",
            "15",
            "Training plan.",
            "3",
            "4",
            "12",
            "2",
            "4",
            "8",
            "Static",
        ],
        [
            "3",
            "Value for money",
            "Capital projects run over their budgets because the costs of materials",
            "Head of Estates",
            "4",
            "3",
            "12",
            "Fixed-price contracts.",
            "3",
            "3",
            "9",
            "",
            "",
            "",
            "Falling",
        ],
    ]
    spans = [
        ("SPAN", (4, 0), (6, 0)),
        ("SPAN", (8, 0), (10, 0)),
        ("SPAN", (11, 0), (13, 0)),
        ("SPAN", (1, 2), (1, 3)),
    ] + [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 3, 7, 14)]
    styled_table(paper, head + body, GROUPED_WIDTHS, GRID + spans, header_rows=2, x=30)
    paper.new_page()
    more = [
        ["", "", "keep rising.", "", "", "", "", "", "", "", "", "", "", "", ""],
        [
            "4",
            "Value for money",
            "Income from charging for events is lower than the budget assumes.",
            "Chief Finance Officer",
            "2",
            "3",
            "6",
            "Charging policy.",
            "2",
            "2",
            "4",
            "1",
            "2",
            "2",
            "Static",
        ],
    ]
    styled_table(paper, more, GROUPED_WIDTHS, GRID, header_rows=0, x=30)
    return paper.save()


def whitespace_register_report(path: Path) -> Path:
    """A cover report with the register in an appendix, set in whitespace columns without any rule:
    'L 4 x I 4 = 16' ratings before and after mitigation, objective rows, wrapped statements."""
    paper = PaperBuilder(path, footer=["Test Audit Committee"])
    paper.text("TEST AUDIT COMMITTEE", bold=True).text("Report of the Chief Executive", size=10)
    paper.text("Corporate Risk Register – quarterly update", size=13, bold=True).gap()
    paper.lines(
        "1. The Committee is asked to note the register at Appendix 1.",
        "2. Two risks have reduced since the last quarter.",
        size=10,
    )
    paper.new_page()
    paper.text("Appendix 1 – Corporate Risk Register", size=12, bold=True)
    paper.text("Updated on 3 March 2021 by the leadership team", size=10).gap()
    columns = [
        (60, "Reference"),
        (125, "Description of risk"),
        (300, "Owner"),
        (370, "Unmitigated"),
        (450, "Mitigated"),
        (525, "Movement"),
    ]

    def row(values, bold=False):
        paper.text(
            values[0],
            x=columns[0][0],
            size=8,
            bold=bold,
            columns=[(x, v) for (x, _), v in zip(columns[1:], values[1:]) if v],
        )

    row([c for _, c in columns], bold=True)
    paper.text("Priority: Safer streets", x=60, size=8, bold=True)
    row(["CR07", "Night-time economy disorder rises as", "Superintendent", "L 4 x I 4 = 16", "L 3 x I 4 = 12", "Down"])
    row(["", "licensing hours extend.", "", "", "", ""])
    row(["CR08", "Road deaths do not fall in line with", "Head of Roads", "L 3 x I 5 = 15", "L 3 x I 4 = 12", "Same"])
    row(["", "the partnership plan.", "Policing", "", "", ""])
    paper.text("Priority: A resilient organisation", x=60, size=8, bold=True)
    row(["CR11", "Staff sickness absence remains high.", "HR Director", "L 4 x I 3 = 12", "L 2 x I 3 = 6", "Up"])
    return paper.save()


def card_register(path: Path) -> Path:
    """Unboxed risk cards ('CR21 – theme' then 'Label: value' lines, one rating line per phase in
    several notations) scored from a printed 4 x 4 look-up matrix whose rows are likelihood."""
    paper = PaperBuilder(path, footer=["Test OPCC"])
    paper.text("TEST OPCC RISK REGISTER – SPRING 2022", size=13, bold=True)
    paper.text("Ratings are read from the matrix below.", size=9)
    matrix = [
        ["Likelihood \\ Impact", "1", "2", "3", "4"],
        ["4", "8", "12", "15", "16"],
        ["3", "5", "9", "13", "14"],
        ["2", "3", "6", "10", "11"],
        ["1", "1", "2", "4", "7"],
    ]
    paper.table(matrix, [110, 40, 40, 40, 40], size=8, header_rows=1)
    cards = [
        (
            "CR21 – Information",
            "Personal data is disclosed in error by staff handling requests.",
            "Data Protection Officer",
            [("Gross", "Likelihood: 4, Impact: 3, Score: 15"), ("Net", "L2 I3 (10)"), ("Target", "1 x 3 = 4")],
            "Worsening",
            "14/05/2022",
        ),
        (
            "CR22 – Partnerships",
            "A partner withdraws from the joint victims hub.",
            "Head of Commissioning",
            [("Gross", "Likelihood: 3, Impact: 4, Score: 14"), ("Net", "L2 I4 (12)")],
            "Stable",
            "02/05/2022",
        ),
    ]
    for title, statement, owner, ratings, direction, reviewed in cards:
        paper.gap(6).text(title, size=10, bold=True)
        paper.text(f"Description: {statement}", size=9).text(f"Owner: {owner}", size=9)
        for phase, rating in ratings:
            paper.text(f"{phase}: {rating}", size=9)
        paper.text(f"Direction of travel: {direction}", size=9).text(f"Date reviewed: {reviewed}", size=9)
    return paper.save()


def summary_before_statement_register(path: Path) -> Path:
    """The comprehensive-summary family with each risk's rating tables printed before its statement,
    the phase on a line above each 'Likelihood | Impact | Total' table, one statement without a dash."""
    paper = PaperBuilder(path, footer=["Test OPCC"])
    paper.text("STRATEGIC RISKS SUMMARY – 9 November 2016", size=12, bold=True).gap()
    risks = [
        (
            "Objective 3: Keeping people safe",
            "R3.1",
            "There is a risk that victims are not referred to support.",
            (4, 3, 12),
            (2, 3, 6),
        ),
        (None, "R3.2", "There is a risk that the custody suite fails its inspection.", (3, 3, 9), (1, 3, 3)),
    ]
    for heading, reference, statement, before, after in risks:
        if heading:
            paper.text(heading, bold=True).gap(4)
        for label, values in (("Before mitigating controls", before), ("After mitigating controls", after)):
            paper.text(label, size=9)
            paper.table([["Likelihood", "Impact", "Total"], [str(v) for v in values]], [70, 70, 70], size=9)
        paper.text(f"{reference} {statement}" if reference.endswith("2") else f"{reference} – {statement}")
    paper.gap().text("Total = likelihood x impact", size=9)
    return paper.save()


def heat_map_register(path: Path) -> Path:
    """A table of target ratings ('6 - Low' with its band) and a 4 x 4 heat map placing each risk's
    current position: likelihood down the side, impact along the top, labels outside the cells."""
    paper = PaperBuilder(path, footer=["Test Constabulary"])
    paper.text("Test Constabulary Strategic Risk Register", size=13, bold=True)
    paper.text("Rating = likelihood x impact, as at 1 September 2022", size=9).gap()
    paper.table(
        [
            ["Risk ID", "Risk", "Owner", "Target likelihood", "Target impact", "Target score"],
            ["TC1", "Call handling cannot meet demand at peak times.", "Head of Contact", "2", "3", "6 - Low"],
            ["TC2", "The fleet replacement programme slips.", "Head of Fleet", "1", "3", "3 - Low"],
        ],
        [50, 200, 90, 60, 60, 60],
        size=8,
        header_rows=1,
    )
    paper.new_page().text("Current position (residual risk)", size=12, bold=True)
    canvas, left, top, cell = paper.canvas, 150, paper.size[1] - 160, 60
    canvas.setFont("Helvetica", 8)
    for c, label in enumerate(["1 Minor", "2 Moderate", "3 Major", "4 Severe"]):
        canvas.drawString(left + c * cell + 5, top + 8, label)
    placed = {(3, 2): "TC1", (2, 4): "TC2"}  # (likelihood, impact)
    for r, likelihood in enumerate([4, 3, 2, 1]):
        y = top - (r + 1) * cell
        canvas.drawString(
            left - 80, y + cell / 2, f"{likelihood} {['Rare', 'Possible', 'Likely', 'Almost certain'][likelihood - 1]}"
        )
        for c, impact in enumerate([1, 2, 3, 4]):
            canvas.rect(left + c * cell, y, cell, cell)
            canvas.drawString(left + c * cell + 4, y + cell - 12, str(likelihood * impact))
            if (likelihood, impact) in placed:
                canvas.drawString(left + c * cell + 4, y + cell - 26, placed[(likelihood, impact)])
    canvas.drawString(left, top - 4 * cell - 20, "Likelihood down the side, impact along the top.")
    return paper.save()


def boxed_measure_cards(path: Path) -> Path:
    """Risk cards boxed as two-column ruled tables, each phase a heading row over its own
    Likelihood / Impact / Score rows, one card printing only a score for its target."""
    paper = PaperBuilder(path, footer=["Test Fire Authority"])
    paper.text("Test Fire Authority – Strategic Risk Register", size=13, bold=True).gap()
    cards = [
        (
            "SR-04 – Estates",
            "Station buildings need repairs the capital plan cannot fund.",
            "Head of Estates",
            [("Inherent risk", ("4", "4", "16")), ("Residual risk", ("3", "4", "12"))],
            "12/01/2023",
        ),
        (
            "SR-05 – People",
            "Retained firefighter numbers fall below the crewing model.",
            "Area Manager",
            [
                ("Inherent risk", ("4", "5", "20")),
                ("Residual risk", ("3", "5", "15")),
                ("Target risk", ("", "", "Amber 10")),
            ],
            "19/01/2023",
        ),
    ]
    for title, statement, owner, phases, reviewed in cards:
        rows = [[title, ""], ["Risk statement", statement], ["Lead officer", owner]]
        for phase, (likelihood, impact, score) in phases:
            rows.append([phase, ""])
            rows += [
                [name, value]
                for name, value in (("Likelihood", likelihood), ("Impact", impact), ("Score", score))
                if value
            ]
        rows.append(["Review date", reviewed])
        paper.table(rows, [120, 340], size=9, header_rows=1)
    return paper.save()


def long_whitespace_register(path: Path, count: int = 40) -> Path:
    """A whitespace-column register too long for one page: its rows run onto a page the header
    does not reach, each rating printed '4 x 3 = 12'."""
    paper = PaperBuilder(path, footer=["Test Council"])
    paper.text("Corporate Risk Register – reviewed on 2 May 2023", size=13, bold=True)
    columns = [(60, "Ref"), (110, "Risk"), (330, "Current score"), (420, "Target score"), (510, "Trend")]

    def row(values, bold=False):
        paper.text(
            values[0], x=60, size=9, bold=bold, columns=[(x, v) for (x, _), v in zip(columns[1:], values[1:]) if v]
        )

    row([c for _, c in columns], bold=True)
    for n in range(1, count + 1):
        row(
            [
                f"CRR{n:02d}",
                f"Risk number {n}, a statement that wraps",
                f"{1 + n % 4} x 3 = {3 * (1 + n % 4)}",
                "1 x 3 = 3",
                "Static",
            ]
        )
        row(["", "onto a second line of text.", "", "", ""])
    return paper.save()


# --- forms met beyond the gallery (tests/test_risk_forms.py) ---------------------------------

UNGROUPED_WIDTHS = [45, 230, 55, 45, 60, 30, 30, 60, 60]


def ungrouped_current_register(path: Path) -> Path:
    """A ruled register whose current ratings carry no group heading of their own (Likelihood ·
    Impact · Risk rating, each merged down the header) beside a 'Target' group over L / I / Risk
    rating; ratings printed 'High (16)'; each row's review date as dd.mm.yy or '09 Jun 22'."""
    paper = PaperBuilder(path, landscape_pages=True, footer=["Test Authority – Risk Register"])
    paper.text("TEST AUTHORITY RISK REGISTER", size=13, bold=True)
    paper.text("Quarter 2 2022/23", size=10).gap()
    head = [
        ["Risk ID", "Risk", "Likelihood", "Impact", "Risk rating", "Target", "", "", "Review date"],
        ["", "", "", "", "", "L", "I", "Risk rating", ""],
    ]
    body = [
        [
            "CRM.4",
            "Pay awards exceed the amounts the medium-term plan allows for.",
            "4",
            "4",
            "High (16)",
            "2",
            "4",
            "Medium (8)",
            "12.05.22",
        ],
        [
            "CRM.9",
            "The records system is not replaced before its support ends.",
            "3",
            "3",
            "Medium (9)",
            "1",
            "3",
            "Low (3)",
            "09 Jun 22",
        ],
    ]
    spans = [("SPAN", (5, 0), (7, 0))] + [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 3, 4, 8)]
    styled_table(paper, head + body, UNGROUPED_WIDTHS, GRID + spans, header_rows=2, x=40)
    return paper.save()


def ungrouped_whitespace_register(path: Path) -> Path:
    """The same convention without rules: a header line 'Ref Risk Probability Severity Score Target',
    the target's measures on a second line under it, a phase word broken without a hyphen over a
    narrow column ('Inheren' / 't', a band and its score below it), and a 'Reviewed' column in dd.mm.yy."""
    paper = PaperBuilder(path, landscape_pages=True, footer=["Test Combined Authority"])
    paper.text("Combined Authority – Corporate Risk Register", size=13, bold=True).gap()
    first = [
        (40, "Ref"),
        (90, "Risk"),
        (330, "Probability"),
        (390, "Severity"),
        (440, "Score"),
        (490, "Target"),
        (610, "Inheren"),
        (680, "Reviewed"),
    ]
    second = [(490, "P"), (515, "C"), (540, "Score"), (612, "t")]
    paper.text(first[0][1], x=first[0][0], size=8, bold=True, columns=[(x, t) for x, t in first[1:]])
    paper.text(second[0][1], x=second[0][0], size=8, bold=True, columns=[(x, t) for x, t in second[1:]])
    rows = [
        [
            "GV 3",
            "Decisions are delayed by the new committee cycle.",
            "3",
            "4",
            "12",
            "2",
            "3",
            "6",
            "Very high (20)",
            "03.11.22",
        ],
        [
            "GV 5",
            "Members' declarations of interest are not kept up to date.",
            "2",
            "3",
            "6",
            "1",
            "3",
            "3",
            "High (15)",
            "28.10.22",
        ],
    ]
    xs = [40, 90, 330, 390, 440, 490, 515, 540, 610, 680]
    for values in rows:
        paper.text(values[0], x=xs[0], size=8, columns=list(zip(xs[1:], values[1:])))
    return paper.save()


def labelled_blocks_register(path: Path) -> Path:
    """Unboxed blocks, one per risk: a title line 'ORG 12 — theme', fields side by side on one line
    ('Theme: …   Lead officer: …'), ratings as 'Original score: Very high (20)' (a score alone) and
    '12 (3x4)' (the score before its pair), a wrapped 'Controls:' field, 'Date of last review:'."""
    paper = PaperBuilder(path, footer=["Test OPFCC"])
    paper.text("Test OPFCC Organisational Risk Register", size=13, bold=True).gap()
    blocks = [
        (
            "ORG 12 — Estates strategy",
            "Infrastructure",
            "Head of Estates",
            "The move to a shared headquarters is delayed beyond the lease end.",
            "Very high (20)",
            "12 (3x4)",
            "6 (2x3)",
            "09 Jun 22",
        ),
        (
            "ORG 15 — Volunteers",
            "People",
            "Volunteer Manager",
            "Too few volunteers are recruited to sustain the custody visiting scheme.",
            "High (15)",
            "8 (2x4)",
            "4 (1x4)",
            "14.06.22",
        ),
    ]
    for title, theme, lead, statement, original, current, tolerance, reviewed in blocks:
        paper.text(title, size=10, bold=True)
        paper.text("Theme:", size=9, columns=[(165, theme), (300, "Lead officer:"), (380, lead)])
        paper.text("Description:", size=9, columns=[(165, statement)])
        paper.text(
            "Original score:", size=9, columns=[(165, original), (300, "Controls:"), (380, "Lease extension option;")]
        )
        paper.text("", size=9, columns=[(380, "monthly programme board.")])
        paper.text("Current score:", size=9, columns=[(165, current)])
        paper.text("Tolerance score:", size=9, columns=[(165, tolerance)])
        paper.text("Date of last review:", size=9, columns=[(165, reviewed)]).gap(14)
    return paper.save()


def deferred_heat_map_register(path: Path) -> Path:
    """A ruled table of gross ratings whose net column says 'Shown on matrix', then a 5 x 5 heat map
    with the axis names printed beside it (probability down the side, consequence underneath),
    plain scale numbers and each cell's score printed over the references placed in it."""
    paper = PaperBuilder(path, footer=["Test Joint Committee"])
    paper.text("Joint Committee Risk Register – reviewed 21 March 2023", size=13, bold=True).gap()
    paper.table(
        [
            ["Ref", "Risk", "Gross P", "Gross C", "Gross score", "Net"],
            ["Section: Finance", "", "", "", "", ""],
            ["JC.1", "Savings are not delivered as planned.", "4", "4", "16", "Shown on matrix"],
            ["Section: Delivery", "", "", "", "", ""],
            ["JC.2", "Partner data cannot be shared lawfully.", "3", "5", "15", "Shown on matrix"],
        ],
        [50, 200, 45, 45, 55, 80],
        size=8,
        header_rows=1,
    )
    paper.new_page().text("Net risk matrix", size=12, bold=True)
    canvas, left, top, cell = paper.canvas, 160, paper.size[1] - 140, 50
    canvas.setFont("Helvetica", 8)
    canvas.drawString(left - 90, top - 2.5 * cell, "Probability")
    placed = {(2, 3): "JC.1", (3, 4): "JC.2"}  # (probability, consequence)
    for r, probability in enumerate([5, 4, 3, 2, 1]):
        y = top - (r + 1) * cell
        canvas.drawString(left - 15, y + cell / 2, str(probability))
        for c, consequence in enumerate([1, 2, 3, 4, 5]):
            canvas.rect(left + c * cell, y, cell, cell)
            canvas.drawString(left + c * cell + 4, y + cell - 12, str(probability * consequence))
            if (probability, consequence) in placed:
                canvas.drawString(left + c * cell + 4, y + cell - 26, placed[(probability, consequence)])
    for c in range(5):
        canvas.drawString(left + c * cell + cell / 2, top - 5 * cell - 12, str(c + 1))
    canvas.drawString(left + 2 * cell, top - 5 * cell - 26, "Consequence")
    return paper.save()
