"""Register forms added in round 6, each built as a synthetic PDF for tests/test_risk_round6.py.

- risk cards grouped under labelled theme lines ('Theme: Safer streets') that stand above the
  cards they head, each card printing its own rating lines and review date.
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
