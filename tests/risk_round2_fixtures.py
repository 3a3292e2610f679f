"""Builders of synthetic registers in further common forms (tests/test_risk_round2.py).

Each builder writes one PDF in wording, names and fonts of its own: gross and net heat maps
printed side by side with their headings on one line and an unruled listing of the risks
below them (a short title column beside a description column, a priority column); risk cards
whose phases read 'Before mitigation' / 'With existing controls' / 'Target'; a ruled register
whose aim and theme columns go by names other than 'objective'.
"""

from __future__ import annotations

from pathlib import Path

from tests.risk_fixtures import GRID, styled_table
from tests.synthetic import PaperBuilder


def side_by_side_heat_maps(path: Path) -> Path:
    """'Gross risk' and 'Net risk' maps on one row (likelihood 4..1 at the left of each, impact
    1..4 under each), then a whitespace listing: No. | Title | Risk description | Priority | Lead."""
    paper = PaperBuilder(path, footer=["Ashcombe Police Fire and Crime Panel"])
    paper.text("Ashcombe OPFCC Corporate Risk Register", size=13, bold=True)
    paper.text("Position at 11 January 2024", size=9).gap(10)
    maps = (
        ("Gross risk", 60, {(4, 3): "AC-1", (3, 4): "AC-2", (2, 2): "AC-3"}),
        ("Net risk", 320, {(2, 3): "AC-1", (3, 2): "AC-2", (1, 2): "AC-3"}),
    )
    top = paper.y
    paper.text(maps[0][0], x=maps[0][1], size=11, bold=True, columns=[(maps[1][1], maps[1][0])])
    after_heading = paper.y
    for _, x, placed in maps:
        paper.y = after_heading
        rows = [[str(l)] + [placed.get((l, i), "") for i in range(1, 5)] for l in (4, 3, 2, 1)]
        rows.append(["Likelihood / Impact", "1", "2", "3", "4"])
        styled_table(paper, rows, [70, 40, 40, 40, 40], GRID, header_rows=0, x=x)
    assert paper.y < top
    paper.text("Scores are likelihood x impact.", size=8).gap(14)
    paper.text(
        "No.",
        x=60,
        size=9,
        bold=True,
        columns=[(100, "Title"), (200, "Risk description"), (400, "Priority"), (480, "Lead")],
    )
    listing = (
        ("AC-1", "Estate", "Two stations need roof works before winter.", "Value", "Estates Manager"),
        ("AC-2", "Call demand", "Emergency calls outrun the control room staff.", "Response", "Head of Contact"),
        ("AC-3", "Records", "Paper files are kept past their retention date.", "Trust", "Data Officer"),
    )
    for reference, title, description, priority, lead in listing:
        paper.text(reference, x=60, size=9, columns=[(100, title), (200, description), (400, priority), (480, lead)])
    return paper.save()


def existing_controls_cards(path: Path) -> Path:
    """Cards: a bold title line, then 'Label  value' lines, the ratings 'L3 x I4 = 12' under
    'Before mitigation', 'With existing controls' and 'Target'; each card dated 'Last reviewed'."""
    paper = PaperBuilder(path, footer=["Page {page}"])
    paper.text("Pennick Fire Authority – Strategic Risk Register", size=13, bold=True)
    paper.text("Scores: likelihood x impact, each 1 to 5.", size=9).gap()
    cards = (
        (
            "PF 04  Water supplies",
            "Operations",
            "Hydrant defects go unreported to the water company.",
            "L4 x I4 = 16",
            "L3 x I4 = 12",
            "L2 x I3 = 6",
            "09/02/2024",
        ),
        (
            "PF 05  Pension remedy",
            "Finance",
            "Remedy payments exceed the sums set aside.",
            "L4 x I3 = 12",
            "L3 x I3 = 9",
            "L2 x I2 = 4",
            "16/02/2024",
        ),
    )
    for title, category, statement, before, existing, target, reviewed in cards:
        paper.gap(6).text(title, size=10, bold=True)
        fields = (
            ("Category", category),
            ("Risk description", statement),
            ("Before mitigation", before),
            ("With existing controls", existing),
            ("Target", target),
            ("Last reviewed", reviewed),
        )
        for label, value in fields:
            paper.text(label, size=9, columns=[(200, value)])
    return paper.save()


def aim_column_register(path: Path) -> Path:
    """A ruled register whose objective column is headed 'Strategic priority' and whose rows
    carry 'Objective 2 –' style labels before the priority's name."""
    paper = PaperBuilder(path, footer=["Page {page}"])
    paper.text("Tallow Vale OPCC Risk Register", size=13, bold=True)
    paper.text("Last updated 22 March 2024", size=9).gap()
    paper.table(
        [
            ["Risk ID", "Strategic priority", "Risk", "Owner", "Residual L", "Residual I", "Residual score"],
            [
                "TV7",
                "Priority 2: Safer roads",
                "Speed cameras stay offline after the contract ends.",
                "Chief Executive",
                "3",
                "3",
                "9",
            ],
            [
                "TV8",
                "Objective 4 – Victims first",
                "Victim referrals wait too long for a first contact.",
                "Head of Commissioning",
                "4",
                "2",
                "8",
            ],
            [
                "TV9",
                "Police and Crime Plan aim 3: Fair justice",
                "Court backlogs delay trials.",
                "Chief Executive",
                "2",
                "3",
                "6",
            ],
        ],
        [45, 95, 170, 85, 45, 45, 50],
    )
    return paper.save()


def spreadsheet_export_register(path: Path) -> Path:
    """A register printed from a spreadsheet: column letters over the columns, row numbers down
    the left (the header row numbered too), tiny type, abbreviated phases ('Inh', 'Res') and
    scores printed with their colour first ('Red 20')."""
    paper = PaperBuilder(path, landscape_pages=True, footer=["Sheet1"])
    paper.text("Kestrel Bay OPCC Strategic Risk Register - updated 05/03/2024", size=9, bold=True)
    rows = [
        ["", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"],
        [
            "1",
            "Risk Ref",
            "Risk Title",
            "Cause / Effect",
            "Risk Owner",
            "Inh L",
            "Inh I",
            "Inh Score",
            "Res L",
            "Res I",
            "Res Score",
            "Trend",
        ],
        [
            "2",
            "KB-01",
            "Precept shortfall",
            "Council tax base falls",
            "CFO",
            "4",
            "5",
            "Red 20",
            "3",
            "4",
            "Amber 12",
            "Stable",
        ],
        [
            "3",
            "KB-02",
            "Vetting backlog",
            "Renewals are overdue",
            "DCC",
            "4",
            "4",
            "Red 16",
            "2",
            "4",
            "Amber 8",
            "Down",
        ],
        [
            "4",
            "KB-03",
            "Website outage",
            "The supplier ends support",
            "Head of Comms",
            "3",
            "3",
            "Amber 9",
            "2",
            "2",
            "Green 4",
            "Up",
        ],
    ]
    styled_table(paper, rows, [18, 40, 70, 150, 70, 28, 28, 45, 28, 28, 45, 40], GRID, size=6.5, header_rows=2, x=30)
    return paper.save()


def narrow_reference_register(path: Path) -> Path:
    """A ruled register whose reference column is so narrow that each reference breaks after
    its hyphen ('HWR-' over '07'), as a word processor wraps it."""
    paper = PaperBuilder(path, footer=["Page {page}"])
    paper.text("Holloway Wharf Fire Authority Risk Register", size=13, bold=True)
    paper.text("Reviewed on 8 April 2024", size=9).gap()
    paper.table(
        [
            ["Ref", "Risk", "Owner", "Likelihood", "Impact", "Score"],
            ["HWR-<br/>07", "Retained crews fall below the daytime minimum.", "Area Manager", "4", "3", "12"],
            ["HWR-<br/>11", "A new training centre opens a year late.", "Head of Estates", "2", "4", "8"],
        ],
        [34, 220, 100, 55, 45, 40],
    )
    return paper.save()


def plain_caption_heat_maps(path: Path) -> Path:
    """A listing, then two maps each under a caption in plain type ('Untreated position',
    'Treated position'), no bold; a long plain sentence above the maps names both phases."""
    paper = PaperBuilder(path, footer=["Page {page}"])
    paper.text("Lyneham OPCC Risk Register", size=13, bold=True)
    paper.text("As at 30/04/2024", size=9).gap()
    paper.table(
        [
            ["Ref", "Risk", "Owner"],
            ["LY1", "The victims' hub contract lapses in the autumn.", "Commissioning Lead"],
            ["LY2", "A cyber incident takes the OPCC website offline.", "Head of Business Services"],
        ],
        [40, 260, 150],
    )
    paper.text("The maps below show each risk untreated and treated, by likelihood and impact.", size=9).gap(6)
    maps = (
        ("Untreated position", {(4, 4): "LY1", (3, 3): "LY2"}),
        ("Treated position", {(2, 4): "LY1", (2, 2): "LY2"}),
    )
    for caption, placed in maps:
        paper.text(caption, size=10)
        rows = [[str(l)] + [placed.get((l, i), "") for i in range(1, 5)] for l in (4, 3, 2, 1)]
        rows.append(["Likelihood / Impact", "1", "2", "3", "4"])
        styled_table(paper, rows, [90, 50, 50, 50, 50], GRID, header_rows=0, x=60)
    paper.text("Score = likelihood x impact.", size=8)
    return paper.save()
