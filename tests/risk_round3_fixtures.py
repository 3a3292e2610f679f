"""Register forms added in round 3, each built as a synthetic PDF for tests/test_risk_round3.py.

A ruled register whose theme column is headed plainly 'Area', with a short 'Risk name' column
beside a description column whose header carries a bracketed note naming rating words
('Description (cause, effect and impact)')."""

from __future__ import annotations

from pathlib import Path

from tests.synthetic import PaperBuilder


def explained_description_register(path: Path) -> Path:
    paper = PaperBuilder(path, footer=["Page {page}"])
    paper.text("Harbrook Fire Authority Corporate Risks", size=13, bold=True)
    paper.text("Register reviewed 14 May 2024", size=9).gap()
    paper.table(
        [
            ["No.", "Area", "Risk name", "Description (cause, effect and impact)", "Lead", "L", "I", "Score"],
            [
                "HF1",
                "People",
                "Retained crewing",
                "On-call availability falls in rural stations, so appliances are off the run at night.",
                "Area Manager",
                "4",
                "3",
                "12",
            ],
            [
                "HF2",
                "Assets",
                "Fleet ageing",
                "Older pumps break down more often and spares take weeks to arrive.",
                "Head of Fleet",
                "3",
                "3",
                "9",
            ],
        ],
        [30, 50, 70, 190, 70, 25, 25, 35],
    )
    return paper.save()


def headed_statement_cards(path: Path) -> Path:
    """Risk cards under theme headings: each card's reference line carries a short name, the
    unlabelled lines under it the risk's statement, then labelled owner and rating lines."""
    paper = PaperBuilder(path, footer=["Page {page}"])
    paper.text("Brackenmoor Commissioner's Office Risk Register", size=13, bold=True)
    paper.text("Reviewed 3 October 2024", size=9).gap()
    paper.text("Theme 1 – Safer streets", size=11, bold=True)
    paper.text("BM-1 Night-time economy patrols", size=10, bold=True)
    paper.text("Late-night licensing growth draws patrol hours away from neighbourhood teams.", size=9)
    paper.text("Owner: Head of Policy", size=9)
    paper.text("Residual risk: 3 x 4 = 12", size=9).gap()
    paper.text("Theme 2 – Value for money", size=11, bold=True)
    paper.text("BM-2 Estates disposal delays", size=10, bold=True)
    paper.text("Surplus buildings stay unsold, so running costs continue and", size=9)
    paper.text("capital receipts arrive a year late.", size=9)
    paper.text("Owner: Finance Director", size=9)
    paper.text("Residual risk: 2 x 3 = 6", size=9)
    return paper.save()
