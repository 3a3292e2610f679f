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
    inherent: tuple | None = None        # (likelihood, impact, printed score)
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
    {(1, 4): 7, (2, 4): 11, (3, 4): 14, (4, 4): 16,
     (1, 3): 4, (2, 3): 8, (3, 3): 12, (4, 3): 15,
     (1, 2): 2, (2, 2): 5, (3, 2): 9, (4, 2): 13,
     (1, 1): 1, (2, 1): 3, (3, 1): 6, (4, 1): 10},
)


def numbers(rating: tuple | None) -> list[str]:
    return [str(v) for v in rating] if rating else ["", "", ""]


def head_rows(risk: SyntheticRisk, fused: bool = False) -> list[list[str]]:
    """The block's heading as its own ruled table (no merged cells): fields, then the statement.

    `fused` prints each label and its value in one cell ('Reference: SR1.1'), as some years do."""
    if fused:
        return [[f"Reference: {risk.reference}", f"Objective: {risk.objective}", f"Status: {risk.status}"],
                [risk.statement, "", ""]]
    return [["Reference", risk.reference, "Objective", risk.objective, "Status:", risk.status],
            [risk.statement, "", "", "", "", ""]]


def block_rows(risk: SyntheticRisk) -> list[list[str]]:
    return [
        ["Causes", "Effects", "Inherent", "", "", "Exec Lead", "Senior Lead", "", "", ""],
        ["", "", "L", "I", "R", "", "", "", "", ""],
        ["Poor planning.", "Duties not met."] + numbers(risk.inherent) + ["OPCC", "Chief Executive", "", "", ""],
        ["Controls in place", "Controls assurance", "Current", "", "", "Future Actions", "", "Future", "", ""],
        ["", "", "L", "I", "R", "", "", "L", "I", "R"],
        ["Regular reviews.", "Audit reports."] + numbers(risk.current) + ["Keep reviewing.", ""]
        + numbers(risk.future),
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


def block_register(path: Path, risks: list[SyntheticRisk], *, scale: Scale = FIVE_POINT,
                   title: str = "TEST OPCC STRATEGIC RISK REGISTER, February 2020",
                   placements: dict[str, tuple[int, int]] | None = None,
                   summary_only: list[tuple[str, str]] = (), fused_labels: bool = False) -> Path:
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
        paper.new_page().table(head_rows(risk, fused_labels), FUSED_WIDTHS if fused_labels else HEAD_WIDTHS,
                               size=8, header_rows=0)
        paper.table(block_rows(risk), BLOCK_WIDTHS, size=8, header_rows=0)
    paper.new_page().text("Appendix A:", size=13, bold=True).text("Strategic Risk overall ratings", bold=True)
    paper.table(matrix_rows(scale, lambda l, i: str(scale.scores[(l, i)])),
                [110] + [120] * len(scale.likelihood), size=9, header_rows=1)
    return paper.save()


@dataclass
class SummaryRisk:
    reference: str
    statement: list[str]                  # printed lines
    before: tuple                         # (likelihood, impact, total)
    after: tuple


def summary_tables_register(path: Path, objectives: list[tuple[str, list[SummaryRisk]]], *,
                            title: str = "STRATEGIC RISK REGISTER – COMPREHENSIVE SUMMARY 14 January 2016",
                            key: str = "Key: Likelihood × Impact = Total") -> Path:
    """The older family: headings, 'R1.1 – statement', and two small rating tables per risk."""
    paper = PaperBuilder(path, footer=FOOTER)
    paper.text(title, size=12, bold=True).gap()
    for heading, risks in objectives:
        paper.text(heading, bold=True).gap(4)
        for risk in risks:
            paper.text(f"{risk.reference} – {risk.statement[0]}")
            paper.lines(*risk.statement[1:], x=90)
            for label, values in (("Before mitigating controls are in place", risk.before),
                                  ("After mitigating controls are in place", risk.after)):
                paper.table([[label, "Likelihood", "Impact", "Total"], [""] + [str(v) for v in values]],
                            [220, 70, 70, 70], size=9, header_rows=1)
    paper.gap().text(key, size=9)
    return paper.save()
