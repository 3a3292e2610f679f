"""Register forms met in the round on the blind sets blind13-15, each built in invented words."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from tests.synthetic import PaperBuilder
from tests.test_risk_register import ratings, read_file, risks
from tests.test_round7 import Rows

# --- one row per phase beside a column of whole ratings headed by the product ------------------


def phase_rows_register(path: Path) -> Path:
    """A ruled register whose risks take three rows each: the reference, statement and lead on the
    first, a stage column naming the phase and one column printing the whole rating ('3 x 3 = 9'),
    headed by the product it holds and no phase."""
    paper = PaperBuilder(path, landscape_pages=True)
    paper.text("Corporate Risk Register", size=13, bold=True)
    paper.text("Updated by the Executive Team: 14/03/2023", size=9).gap(4)
    rows = [
        ["No.", "Description of risk", "Lead officer", "Stage", "Score (L x I)", "Trend"],
        ["Theme: Roads and travel", "", "", "", "", ""],
        [
            "KV-11",
            "Speed camera maintenance lapses and enforcement stops.",
            "Head of Roads",
            "Residual",
            "3 x 3 = 9",
            "▼",
        ],
        ["", "", "", "Gross", "4 x 3 = 12", ""],
        ["", "", "", "Target", "2 x 2 = 4", ""],
        ["KV-12", "Bus station patrols lose their grant funding.", "Area Inspector", "Gross", "5 x 2 = 10", "Stable"],
        ["", "", "", "Residual", "3 x 2 = 6", ""],
        ["", "", "", "Target", "1 x 2 = 2", ""],
    ]
    paper.table(rows, [50, 260, 110, 70, 90, 50], size=8)
    return paper.save()


def test_a_phase_a_row_beside_a_column_of_whole_ratings(tmp_path: Path):
    _, records, problems = read_file(phase_rows_register(tmp_path / "rows.pdf"))
    found = risks(records)
    assert {ref: r.objective for ref, r in found.items()} == {"KV-11": "Roads and travel", "KV-12": "Roads and travel"}
    assert found["KV-12"].owner_text == "Area Inspector"
    assert found["KV-11"].direction == "decreasing"
    assert found["KV-12"].direction == "unchanged"
    assert sorted(
        (r.reference, r.phase, r.likelihood, r.impact, r.score, r.register_date) for r in ratings(records)
    ) == [
        ("KV-11", "current", 3, 3, 9, "2023-03-14"),
        ("KV-11", "inherent", 4, 3, 12, "2023-03-14"),
        ("KV-11", "target", 2, 2, 4, "2023-03-14"),
        ("KV-12", "current", 3, 2, 6, "2023-03-14"),
        ("KV-12", "inherent", 5, 2, 10, "2023-03-14"),
        ("KV-12", "target", 1, 2, 2, "2023-03-14"),
    ]
    assert not [p for p in problems if "rating" in p.reason]


# --- a bordered block per risk titled 'Risk REF', broken over a page ---------------------------


def titled_blocks(path: Path) -> Path:
    """One two-column table per risk, its first row 'Risk REF | Priority: …', its ratings in words
    with their numbers ('Almost certain (5) x Minor (2) = 10'); the last block runs onto the next
    page as a table without its title row."""
    paper = PaperBuilder(path)
    paper.text("Strategic risk profiles", size=13, bold=True)
    paper.text("Scores are likelihood multiplied by impact.", size=9).gap(4)
    blocks = [
        (
            "Risk QA7",
            "Priority: Estates",
            "The custody suite roof fails before its replacement.",
            "Head of Estates",
            "Probable (4) x Serious (3) = 12",
            "Possible (3) x Serious (3) = 9",
            "2 March 2023",
        ),
        (
            "Risk QA9",
            "Priority: Digital",
            "Body-worn camera footage is lost in the storage migration.",
            "Head of ICT",
            "Almost certain (5) x Minor (2) = 10",
            "Rare (1) x Minor (2) = 2",
            "6 March 2023",
        ),
    ]
    for index, (title, priority, statement, owner, residual, target, reviewed) in enumerate(blocks):
        rows = [
            [title, priority],
            ["Risk description", statement],
            ["Risk owner", owner],
            ["Residual risk rating", residual],
            ["Existing controls", "Quarterly inspections; contingency budget."],
            ["Target risk rating", target],
            ["Date of last review", reviewed],
        ]
        if index == len(blocks) - 1:
            paper.table(rows[:3], [150, 330], size=9, header_rows=0)
            paper.new_page()
            paper.table(rows[3:], [150, 330], size=9, header_rows=0)
        else:
            paper.table(rows, [150, 330], size=9, header_rows=0)
    return paper.save()


def test_blocks_titled_by_the_word_risk_and_a_block_broken_over_the_page(tmp_path: Path):
    _, records, _ = read_file(titled_blocks(tmp_path / "blocks.pdf"))
    found = risks(records)
    assert {ref: (r.objective, r.owner_text) for ref, r in found.items()} == {
        "QA7": ("Estates", "Head of Estates"),
        "QA9": ("Digital", "Head of ICT"),
    }
    assert sorted(
        (r.reference, r.phase, r.likelihood, r.impact, r.score, r.register_date) for r in ratings(records)
    ) == [
        ("QA7", "current", 4, 3, 12, "2023-03-02"),
        ("QA7", "target", 3, 3, 9, "2023-03-02"),
        ("QA9", "current", 5, 2, 10, "2023-03-06"),
        ("QA9", "target", 1, 2, 2, "2023-03-06"),
    ]


# --- a register in prose: each risk a bold statement over a paragraph of rating sentences ---------


def prose_register(path: Path) -> Path:
    """Risks under labelled headings, each a bold statement (wrapped in bold) and a plain paragraph
    whose sentences name the owner, rate each phase in words ('Gross position: Likelihood 5,
    Impact 2 - overall 10'), and give the review date, or say none was recorded."""
    paper = PaperBuilder(path)
    paper.text("Harbour Vale Fire Authority", size=12, bold=True)
    paper.text("Risk register - as at 3 October 2022", size=10).gap(6)
    paper.text("Theme 1: Community safety", size=11, bold=True).gap(4)
    paper.lines(
        "HV/4 Water rescue crews cannot be released for training while summer demand",
        "stays high on the estuary.",
        size=10,
        bold=True,
    )
    paper.lines(
        "Lead: Area Commander. Gross position: Likelihood 5, Impact 2 - overall 10. Measures: rota",
        "changes; a shared crew with the coastguard. Net position: Likelihood 3, Impact 2 - overall 6.",
        "Target: Likelihood 2,",
        "Impact 2 - overall 4.",
        "Last reviewed 21.09.22",
        size=9.5,
    )
    paper.gap(6).text("Theme 2: Money and assets", size=11, bold=True).gap(4)
    paper.text("HV/7 The training tower fails its structural survey.", size=10, bold=True)
    paper.lines(
        "The lead is the Treasurer. Original rating Likelihood 2, Impact 4, overall 8. Current rating",
        "Likelihood 2, Impact 3, overall 6. We aim to reduce this to Likelihood 1, Impact 3, overall 3.",
        "Review date not recorded",
        size=9.5,
    )
    # a statement in plain type: its paragraph starts at the first labelled field
    paper.gap(6).text("HV/8 Mutual aid invoices from neighbouring services go unpaid past the", size=9.5)
    paper.lines(
        "year end.",
        "Lead: Treasurer. Gross position: Likelihood 3, Impact 3 - overall 9. Net position: Likelihood",
        "2, Impact 3 - overall 6.",
        size=9.5,
    )
    # ratings as bare products after the words of their phase
    paper.gap(6).text("HV/9 Appliance bay doors at two stations fail their safety inspection.", size=10, bold=True)
    paper.lines(
        "Lead: Head of Estates. Before treatment the risk stood at 4 x 4 = 16; after treatment it is 3 x 4 = 12",
        "and the tolerance sought is 2 x 4 = 8. Doors are checked 2 x 52 = 104 times a year.",
        size=9.5,
    )
    return paper.save()


def test_a_register_in_prose_rates_each_phase_in_a_sentence(tmp_path: Path):
    _, records, _ = read_file(prose_register(tmp_path / "prose.pdf"))
    found = risks(records)
    assert {ref: r.objective for ref, r in found.items()} == {
        "HV/4": "Community safety",
        "HV/7": "Money and assets",
        "HV/8": "Money and assets",
        "HV/9": "Money and assets",
    }
    assert found["HV/4"].description == (
        "Water rescue crews cannot be released for training while summer demand stays high on the estuary."
    )
    assert found["HV/4"].owner_text == "Area Commander"
    assert found["HV/7"].owner_text is None  # 'The lead is …' is a sentence, no label
    assert (found["HV/8"].description, found["HV/8"].owner_text) == (
        "Mutual aid invoices from neighbouring services go unpaid past the year end.",
        "Treasurer",
    )
    assert sorted(
        (r.reference, r.phase, r.phase_text, r.likelihood, r.impact, r.score, r.register_date) for r in ratings(records)
    ) == [
        ("HV/4", "current", "Net position", 3, 2, 6, "2022-09-21"),
        ("HV/4", "inherent", "Gross position", 5, 2, 10, "2022-09-21"),
        ("HV/4", "target", "Target", 2, 2, 4, "2022-09-21"),
        ("HV/7", "current", "Current rating", 2, 3, 6, "2022-10-03"),
        ("HV/7", "inherent", "Original rating", 2, 4, 8, "2022-10-03"),
        ("HV/7", "target", "We aim to reduce this to", 1, 3, 3, "2022-10-03"),
        ("HV/8", "current", "Net position", 2, 3, 6, "2022-10-03"),
        ("HV/8", "inherent", "Gross position", 3, 3, 9, "2022-10-03"),
        ("HV/9", "current", "after treatment it is", 3, 4, 12, "2022-10-03"),
        ("HV/9", "inherent", "Before treatment the risk stood at", 4, 4, 16, "2022-10-03"),
        ("HV/9", "target", "and the tolerance sought is", 2, 4, 8, "2022-10-03"),
    ]


# --- cards as tables under plain bold theme headings --------------------------------------------


def cards_under_bold_themes(path: Path) -> Path:
    """A table per risk (its title row: reference, short name, 'Lead officer:' wrapping in a narrow
    cell, 'Appetite:'), phases a row each, under bold theme headings that carry no label."""
    paper = PaperBuilder(path)
    paper.text("Risk Register", size=13, bold=True)
    paper.text("Register date: 7 June 2024. Scores are likelihood times impact.", size=9).gap(8)
    cards = [
        ("Estates and fleet", "WX-1", "Station roofs", "Head of Estates and Facilities", "Minimal", (4, 3), (3, 3)),
        (None, "WX-2", "Fleet fuel", "Fleet Manager", "Open", (3, 4), (2, 4)),
        ("Prevention", "WX-3", "Home visits", "Head of Community Safety", "Cautious", (5, 3), (4, 3)),
    ]
    for theme, reference, name, lead, appetite, gross, net in cards:
        if theme:
            paper.gap(4).text(theme, size=11, bold=True).gap(2)
        rows = [
            [reference, name, f"Lead officer: {lead}", f"Appetite: {appetite}"],
            [f"The {name.lower()} risk statement in full, written as a sentence.", "", "", ""],
            ["Stage", "Likelihood", "Impact", "Score"],
            ["Gross", str(gross[0]), str(gross[1]), f"{gross[0] * gross[1]} (Amber)"],
            ["Net", str(net[0]), str(net[1]), f"{net[0] * net[1]} (Amber)"],
        ]
        paper.table(rows, [150, 110, 100, 110], size=9, header_rows=0)
    return paper.save()


def test_cards_under_bold_themes_without_a_label(tmp_path: Path):
    _, records, _ = read_file(cards_under_bold_themes(tmp_path / "cards.pdf"))
    found = risks(records)
    assert {ref: (r.objective, r.owner_text) for ref, r in found.items()} == {
        "WX-1": ("Estates and fleet", "Head of Estates and Facilities"),
        "WX-2": ("Estates and fleet", "Fleet Manager"),
        "WX-3": ("Prevention", "Head of Community Safety"),
    }
    assert sorted((r.reference, r.phase, r.score) for r in ratings(records, "WX-3")) == [
        ("WX-3", "current", 12),
        ("WX-3", "inherent", 15),
    ]


# --- card lines giving a phase's pair by scale words ---------------------------------------------


def worded_card_register(path: Path) -> Path:
    """Cards of plain lines, the reference titling each, ratings as scale words with their numbers
    after the phase's label, with or without a colon ('Net risk rating Probable (4) x Serious (3)')."""
    paper = PaperBuilder(path)
    paper.text("Corporate Risk Register", size=13, bold=True)
    paper.text("Reviewed by the Leadership Group on 12 January 2021", size=9).gap(6)
    for reference, name, owner, gross, net in (
        (
            "KX4",
            "Custody healthcare",
            "Head of Custody",
            "Probable (4) x Serious (3) = 12 - HIGH",
            "Possible (3) x Minor (2) = 6",
        ),
        ("KX5", "Records backlog", "Head of Information", "Rare (1) x Severe (5) = 5", "Rare (1) x Serious (3) = 3"),
    ):
        paper.gap(4).text(f"{reference} - {name}", size=10, bold=True)
        paper.lines(
            f"Risk owner: {owner}",
            f"Gross risk rating: {gross}",
            f"Net risk rating {net}",
            size=9.5,
        )
    return paper.save()


def test_card_lines_rating_a_phase_by_scale_words(tmp_path: Path):
    _, records, _ = read_file(worded_card_register(tmp_path / "worded.pdf"))
    assert {ref: r.owner_text for ref, r in risks(records).items()} == {
        "KX4": "Head of Custody",
        "KX5": "Head of Information",
    }
    assert sorted((r.reference, r.phase, r.phase_text, r.likelihood, r.impact, r.score) for r in ratings(records)) == [
        ("KX4", "current", "Net risk rating", 3, 2, 6),
        ("KX4", "inherent", "Gross risk rating", 4, 3, 12),
        ("KX5", "current", "Net risk rating", 1, 3, 3),
        ("KX5", "inherent", "Gross risk rating", 1, 5, 5),
    ]


# --- a rating column whose cells stack a line per phase -----------------------------------------


def stacked_phase_register(path: Path) -> Path:
    """One row per risk; its rating column, headed by the product and no phase, prints a line per
    phase ('Gross: 4 x 4 = 16' over 'Net: 3 x 4 = 12' over 'Target: 2 x 3 = 6')."""
    paper = PaperBuilder(path, landscape_pages=True)
    paper.text("Strategic Risk Register", size=13, bold=True)
    paper.text("Reviewed by the Chief Officer Team: 02/05/2023", size=9).gap(4)
    rows = [
        ["Ref", "Risk", "Owner", "Risk rating (L x I)", "Trend"],
        [
            "TQ-1",
            "Custody detention officers cannot be recruited in time.",
            "Head of Custody",
            "Gross: 4 x 4 = 16<br/>Net: 3 x 4 = 12<br/>Target: 2 x 3 = 6",
            "Stable",
        ],
        [
            "TQ-2",
            "The estates disposal programme slips a year.",
            "Head of Estates",
            "Gross: 3 x 3 = 9<br/>Net: 2 x 3 = 6<br/>Target: 1 x 3 = 3",
            "Improving",
        ],
    ]
    paper.table(rows, [50, 260, 110, 150, 60], size=8)
    return paper.save()


def test_a_rating_cell_stacking_a_line_per_phase(tmp_path: Path):
    _, records, problems = read_file(stacked_phase_register(tmp_path / "stacked.pdf"))
    assert sorted((r.reference, r.phase, r.phase_text, r.likelihood, r.impact, r.score) for r in ratings(records)) == [
        ("TQ-1", "current", "Net", 3, 4, 12),
        ("TQ-1", "inherent", "Gross", 4, 4, 16),
        ("TQ-1", "target", "Target", 2, 3, 6),
        ("TQ-2", "current", "Net", 2, 3, 6),
        ("TQ-2", "inherent", "Gross", 3, 3, 9),
        ("TQ-2", "target", "Target", 1, 3, 3),
    ]
    assert not [p for p in problems if "rating" in p.reason]


# --- a whitespace register, a line per phase under one reference --------------------------------


def loose_phase_lines(path: Path) -> Path:
    """A register without rules: a phase column and a product column, a line per phase, the
    reference, statement and owner only on the first line of each risk."""
    page = canvas.Canvas(str(path), pagesize=landscape(A4))
    row = Rows(page, 550.0, "Helvetica", 8, 1.5)
    row([(40, "Force Risk Register")], "Helvetica-Bold", 12)
    row([(40, "Reviewed by the Chief Officer Team: 02/05/2023")])
    row.y -= 6
    row([(40, "Ref"), (90, "Risk"), (380, "Owner"), (500, "Phase"), (570, "L x I = Score")], "Helvetica-Bold")
    row([(40, "Theme: Roads")], "Helvetica-Bold")
    row(
        [
            (40, "RD-1"),
            (90, "Speed camera upkeep lapses and"),
            (380, "Head of Roads"),
            (500, "Gross"),
            (570, "4 x 3 = 12"),
        ]
    )
    row([(90, "enforcement stops."), (500, "Net"), (570, "3 x 3 = 9")])
    row([(500, "Target"), (570, "2 x 2 = 4")])
    row(
        [
            (40, "RD-2"),
            (90, "Bus station patrols lose a grant."),
            (380, "Area Inspector"),
            (500, "Gross"),
            (570, "5 x 2 = 10"),
        ]
    )
    row([(500, "Net"), (570, "3 x 2 = 6")])
    row([(500, "Target"), (570, "1 x 2 = 2")])
    page.showPage()
    page.save()
    return path


def test_a_whitespace_register_a_line_per_phase(tmp_path: Path):
    _, records, _ = read_file(loose_phase_lines(tmp_path / "loose.pdf"))
    assert risks(records)["RD-1"].description == "Speed camera upkeep lapses and enforcement stops."
    assert sorted((r.reference, r.phase, r.phase_text, r.likelihood, r.impact, r.score) for r in ratings(records)) == [
        ("RD-1", "current", "Net", 3, 3, 9),
        ("RD-1", "inherent", "Gross", 4, 3, 12),
        ("RD-1", "target", "Target", 2, 2, 4),
        ("RD-2", "current", "Net", 3, 2, 6),
        ("RD-2", "inherent", "Gross", 5, 2, 10),
        ("RD-2", "target", "Target", 1, 2, 2),
    ]
