"""Register forms added in round 6, each built as a synthetic PDF for tests/test_risk_round6.py.

- risk cards grouped under labelled theme lines ('Theme: Safer streets') that stand above the
  cards they head, each card printing its own rating lines and review date;
- a register list with a heat map below it whose axis names stand at its corners (one over the
  row numbers, one on the line of the column numbers), references in the cells;
- ratings whose measures carry their scale words in brackets ('Probability 5 (Almost certain)
  x Severity 4 (Critical) = 20').
"""

from __future__ import annotations

from pathlib import Path

from tests.synthetic import PaperBuilder


def cards_under_labelled_themes(path: Path) -> Path:
    paper = PaperBuilder(path, footer=["Quarry Dale OPCC – risk cards – {page}"])
    paper.text("Quarry Dale Office of the Police and Crime Commissioner", size=12, bold=True)
    paper.text("Strategic risks – position at 28 February 2025", size=11).gap(6)
    cards = [
        ("Theme: Safer streets", None),
        (
            "QD-R1",
            [
                "Night-time economy patrols are withdrawn when overtime is capped.",
                "Lead officer: Superintendent for Operations",
                "Gross risk: 4 x 4 = 16",
                "Net risk: 3 x 4 = 12",
                "Tolerance: 2 x 3 = 6",
            ],
        ),
        (
            "QD-R2",
            [
                "Youth diversion grants end before the new scheme begins.",
                "Lead officer: Head of Commissioning",
                "Gross risk: 3 x 3 = 9",
                "Net risk: 2 x 3 = 6",
                "Tolerance: 2 x 2 = 4",
            ],
        ),
        ("Theme: A sound organisation", None),
        (
            "QD-R3",
            [
                "The shared finance system upgrade overruns and month-end closes late.",
                "Lead officer: Treasurer",
                "Gross risk: 5 x 3 = 15",
                "Net risk: 4 x 3 = 12",
                "Tolerance: 3 x 2 = 6",
            ],
        ),
    ]
    for title, lines in cards:
        if lines is None:
            paper.gap(6).text(title, size=11, bold=True)
            continue
        paper.gap(4).text(title, size=10, bold=True)
        paper.lines(*lines, size=9.5)
    return paper.save()


def list_with_corner_named_heat_map(path: Path, row_axis: str, column_axis: str) -> Path:
    """Five risks rated L and I in a list, then a 5x5 map placing them, rows numbered 5..1 at the
    left with `row_axis` over them, columns 1..5 under it with `column_axis` left of them."""
    paper = PaperBuilder(path, footer=["Page {page} of 1"])
    paper.text("Kestrel Vale Fire and Rescue Service – organisational risks", size=12, bold=True)
    paper.text("Position at 3 March 2025", size=10).gap(4)
    paper.table(
        [
            ["No.", "Risk", "Likelihood", "Impact", "Score"],
            ["KV1", "Retained crews fall below minimum cover at weekends.", "4", "3", "12"],
            ["KV2", "Fleet replacement is delayed by supplier failure.", "2", "5", "10"],
            ["KV3", "Control room software support contract ends.", "3", "4", "12"],
        ],
        [40, 280, 60, 50, 45],
        size=9,
    )
    paper.text("Map of the risks above", size=10, bold=True)
    canvas, left, cell, height = paper.canvas, 150.0, 60.0, 22.0
    top = paper.y - 24
    canvas.setFont("Helvetica", 9)
    canvas.drawString(left - 48, top + 6, row_axis)
    spots = {("KV1", 4, 3), ("KV2", 2, 5), ("KV3", 3, 4)}
    for row in range(5):
        level = 5 - row
        y = top - (row + 1) * height
        canvas.drawString(left - 30, y + 7, str(level))
        for column in range(5):
            x = left + column * cell
            canvas.rect(x, y, cell, height)
            for reference, likelihood, impact in spots:
                at_row, at_column = (likelihood, impact) if row_axis == "Likelihood" else (impact, likelihood)
                if (at_row, at_column) == (level, column + 1):
                    canvas.drawString(x + 8, y + 7, reference)
    bottom = top - 5 * height
    canvas.drawString(left - 48, bottom - 14, column_axis)
    for column in range(5):
        canvas.drawString(left + column * cell + cell / 2 - 2, bottom - 14, str(column + 1))
    paper.y = bottom - 40
    return paper.save()


def bracketed_scale_words(path: Path) -> Path:
    paper = PaperBuilder(path, landscape_pages=True, footer=["Risk profile – {page}"])
    paper.text("Joint Audit Committee – strategic risk profile, reviewed 9 April 2025", size=12, bold=True).gap(4)
    paper.table(
        [
            ["Risk", "Description", "Before controls", "After controls"],
            [
                "SP-2",
                "Forensic backlog grows after the accreditation lapse.",
                "Probability 5 (Almost certain) x Severity 4 (Critical) = 20",
                "Probability 3 (Possible) x Severity 4 (Critical) = 12",
            ],
            [
                "SP-5",
                "Estates programme overspends on the custody block.",
                "Severity 5 (Catastrophic) / Probability 2 (Unlikely): 10",
                "Severity 3 (Moderate) / Probability 2 (Unlikely): 6",
            ],
        ],
        [50, 250, 220, 220],
        size=9,
    )
    return paper.save()


def plan_link_columns(path: Path) -> Path:
    """A register list whose objective column is headed by the plan it links to ('Link to Police
    and Crime Plan'), and cards labelling it 'Linked objective'."""
    paper = PaperBuilder(path, landscape_pages=True, footer=["Annex C – {page}"])
    paper.text("Strategic risk register – reviewed 12 June 2025", size=12, bold=True).gap(4)
    paper.table(
        [
            ["Risk No.", "Link to Police and Crime Plan", "Risk", "Owner", "L", "I", "Score"],
            [
                "PR-1",
                "Safer neighbourhoods",
                "Rural crime teams lose their vehicles.",
                "ACC Local Policing",
                "3",
                "4",
                "12",
            ],
            ["PR-2", "Victims first", "Victim referrals wait too long for contact.", "Head of Victims", "4", "4", "16"],
        ],
        [50, 150, 250, 120, 30, 30, 40],
        size=9,
    )
    return paper.save()


def raw_and_further_action_phases(path: Path) -> Path:
    """Phases named 'Raw risk', 'Current risk' and 'Risk after further actions', each cell a pair
    with its score ('4 x 4 = 16')."""
    paper = PaperBuilder(path, landscape_pages=True, footer=["{page}"])
    paper.text("Corporate risk register – as at 2 May 2025", size=12, bold=True).gap(4)
    paper.table(
        [
            ["Ref", "Risk", "Raw risk", "Current risk", "Risk after further actions"],
            ["CX-4", "Cells refurbishment slips a year.", "4 x 4 = 16", "3 x 4 = 12", "2 x 3 = 6"],
        ],
        [45, 260, 110, 110, 150],
        size=9,
    )
    return paper.save()


def no_controls_scores(path: Path) -> Path:
    """Scores headed by what stands between them: 'Risk score (no controls)' and 'Risk score
    (post mitigation)'."""
    paper = PaperBuilder(path, footer=["Item 7 – {page}"])
    paper.text("Strategic risks – reviewed 20 January 2025", size=12, bold=True).gap(4)
    paper.table(
        [
            ["Ref", "Risk", "Risk score (no controls)", "Mitigations", "Risk score (post mitigation)"],
            ["SR7", "Temporary accommodation costs outrun the budget.", "20", "Weekly spend review.", "12"],
        ],
        [35, 200, 80, 120, 80],
        size=9,
    )
    return paper.save()


def scale_word_pairs(path: Path) -> Path:
    """Pairs given by their scale words with the numbers in brackets, in either order, and the
    numbers with the words in brackets."""
    paper = PaperBuilder(path, landscape_pages=True, footer=["Page {page}"])
    paper.text("Service risk register – as at 7 July 2025", size=12, bold=True).gap(4)
    paper.table(
        [
            ["Ref", "Risk", "Inherent risk", "Residual risk"],
            [
                "SW1",
                "Hydrant maintenance contract lapses.",
                "Likely (4) x Major (4) = 16",
                "Possible (3) x Major (4) = 12",
            ],
            [
                "SW2",
                "Crewing software fails at shift change.",
                "Critical (5) x Possible (3) = 15",
                "2 (Unlikely) x 5 (Critical) = 10",
            ],
        ],
        [40, 260, 200, 200],
        size=9,
    )
    return paper.save()


def direction_words(path: Path) -> Path:
    """A direction column in words: de-escalated, not changed, an equals sign."""
    paper = PaperBuilder(path, landscape_pages=True, footer=["{page}"])
    paper.text("OPCC risk register – position at 30 April 2025", size=12, bold=True).gap(4)
    paper.table(
        [
            ["Ref", "Risk", "Current score", "Direction of travel"],
            ["DW1", "Grant bid rejected.", "12", "Risk de-escalated in April"],
            ["DW2", "Office lease ends.", "8", "Not changed"],
            ["DW3", "Website outage.", "6", "="],
        ],
        [40, 260, 100, 160],
        size=9,
    )
    return paper.save()


def quarterly_scores(path: Path) -> Path:
    """Scores by quarter without a phase word ('Q1 score' | 'Q2 score' | 'Q3 score') beside a
    target: the last quarter is the rating now."""
    paper = PaperBuilder(path, landscape_pages=True, footer=["{page}"])
    paper.text("Strategic risk register – quarter 3 (reviewed 9 January 2025)", size=12, bold=True).gap(4)
    paper.table(
        [
            ["Ref", "Risk", "Owner", "Q1 score", "Q2 score", "Q3 score", "Target score"],
            ["QT1", "Call answering falls below standard.", "Head of Contact", "16", "16", "12", "8"],
            ["QT2", "Forensic accreditation lapses.", "Head of Forensics", "9", "12", "15", "6"],
        ],
        [40, 240, 120, 60, 60, 60, 70],
        size=9,
    )
    return paper.save()


def themed_cards_with_their_own_category(path: Path) -> Path:
    """Cards under one labelled theme line, the middle card printing a category field of its own."""
    paper = PaperBuilder(path, footer=["{page}"])
    paper.text("Risk cards – reviewed 4 March 2025", size=12, bold=True).gap(6)
    paper.text("Theme: Public confidence", size=11, bold=True)
    cards = [
        ("TC-1", ["Complaints backlog grows past six months.", "Gross risk: 4 x 3 = 12", "Net risk: 3 x 3 = 9"]),
        (
            "TC-2",
            [
                "Body-worn video footage is lost.",
                "Category: Information",
                "Gross risk: 3 x 4 = 12",
                "Net risk: 2 x 4 = 8",
            ],
        ),
        ("TC-3", ["Stop and search data is published late.", "Gross risk: 3 x 3 = 9", "Net risk: 2 x 3 = 6"]),
    ]
    for title, lines in cards:
        paper.gap(4).text(title, size=10, bold=True)
        paper.lines(*lines, size=9.5)
    return paper.save()
