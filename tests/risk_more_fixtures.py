"""Builders of synthetic registers in common forms of real bodies (tests/test_risk_more_forms.py).

Each builder takes a path and yields a PDF printing one form, in wording, names and fonts of its
own: a register given only as a heat map (references placed in a 5 x 5 grid), a 1-3 scale with
scores printed '6 (Amber)', Inherent / Current / Target column groups with trend arrows printed as
glyphs and a category merged down a landscape table, risk cards one per page, a register
whose controls and actions columns run on over a page break, a heat map with a legend and its
scale along its foot, cards whose rating table has the phases as columns, and likelihood and
impact printed with their scale words.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, TableStyle
from reportlab.platypus import Table as RLTable

from tests.risk_fixtures import GRID, styled_table
from tests.synthetic import PaperBuilder

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def glyph_font() -> tuple[str, str]:
    """A font that holds arrow glyphs (the standard PDF fonts do not)."""
    if "TestDejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("TestDejaVu", DEJAVU))
        pdfmetrics.registerFont(TTFont("TestDejaVu-Bold", DEJAVU_BOLD))
    return "TestDejaVu", "TestDejaVu-Bold"


def heat_map_only_register(path: Path) -> Path:
    """A listing of risks (reference, title, owner) with no numbers, then a ruled 5 x 5 heat map:
    likelihood 5..1 down its first column, impact 1..5 along its last row, each risk's reference
    in the cell where it stands; the key says the score is the product."""
    paper = PaperBuilder(path, footer=["Brindlemoor Police and Crime Commissioner"])
    paper.text("Brindlemoor OPCC Strategic Risk Register", size=13, bold=True)
    paper.text("Position as at 2 February 2024", size=9).gap()
    paper.table(
        [
            ["Ref", "Risk", "Lead"],
            ["BR01", "Grant funding for victim services ends in March.", "Commissioning Manager"],
            ["BR02", "The estates disposal plan is challenged locally.", "Chief Finance Officer"],
            ["BR03", "Complaint reviews miss the statutory timescale.", "Head of Standards"],
        ],
        [50, 300, 140],
    )
    paper.text("Residual risk heat map", size=11, bold=True)
    placed = {(4, 3): "BR01", (2, 4): "BR02", (3, 2): "BR03"}  # (likelihood, impact)
    rows = []
    for likelihood in (5, 4, 3, 2, 1):
        rows.append([str(likelihood)] + [placed.get((likelihood, impact), "") for impact in range(1, 6)])
    rows.append(["Likelihood / Impact", "1", "2", "3", "4", "5"])
    styled_table(paper, rows, [90, 60, 60, 60, 60, 60], GRID, header_rows=0, x=60)
    paper.text("Risk score = likelihood x impact.", size=8)
    return paper.save()


def three_point_register(path: Path) -> Path:
    """A 3 x 3 register: likelihood and impact 1-3, the rating printed with its colour '6 (Amber)'."""
    paper = PaperBuilder(path, footer=["Hollinford Fire and Rescue Authority"])
    paper.text("Hollinford Fire and Rescue Authority – Corporate Risk Register", size=12, bold=True)
    paper.text("Likelihood and impact are scored 1 (low) to 3 (high). Updated 14/11/2023", size=8).gap()
    paper.table(
        [
            ["Ref", "Risk", "Owner", "Likelihood", "Impact", "Rating"],
            ["HF/1", "On-call availability falls below the planning standard.", "Area Manager", "3", "2", "6 (Amber)"],
            ["HF/2", "The mobilising contract lapses before re-procurement.", "Head of ICT", "1", "3", "3 (Green)"],
            ["HF/3", "Pension remedy costs exceed the reserve.", "Treasurer", "3", "3", "9 (Red)"],
        ],
        [45, 250, 90, 55, 45, 60],
    )
    return paper.save()


GROUP_WIDTHS = [70, 40, 170, 34, 34, 52, 34, 34, 52, 34, 34, 52, 40, 120]


def grouped_trend_register(path: Path) -> Path:
    """Landscape; a category cell merged down the risks under it; Inherent / Current / Target groups
    of L · I · Score, scores printed '16 (Red)'; the trend as an arrow glyph; controls and actions."""
    regular, bold = glyph_font()
    paper = PaperBuilder(path, landscape_pages=True, footer=["Calderbrook Constabulary – Force Risk Register"])
    paper.text("Force Risk Register", size=13, bold=True)
    paper.text("As at 30 November 2023", size=9).gap()
    head = [
        ["Category", "Ref", "Risk", "Inherent", "", "", "Current", "", "", "Target", "", "", "Trend", "Controls"],
        ["", "", "", "L", "I", "Score", "L", "I", "Score", "L", "I", "Score", "", ""],
    ]
    body = [
        ["People", "FR-11", "Student officer attrition", "4", "4", "16 (Red)", "3", "4", "12 (Amber)", "2", "3"]
        + ["6 (Green)", "↑", "Tutor pool enlarged"],
        ["", "FR-12", "Occupational health waits", "3", "3", "9 (Amber)", "3", "2", "6 (Green)", "2", "2"]
        + ["4 (Green)", "↓", "Second provider"],
        ["Finance", "FR-20", "Overtime overspend", "4", "5", "20 (Red)", "4", "3", "12 (Amber)", "2", "3"]
        + ["6 (Green)", "↔", "Monthly budget board"],
    ]
    style = ParagraphStyle("cell", fontName=regular, fontSize=8, leading=9.6)
    head_style = ParagraphStyle("head", parent=style, fontName=bold)
    data = [[Paragraph(c, head_style if r < 2 else style) for c in row] for r, row in enumerate(head + body)]
    spans = [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 12, 13)]
    spans += [("SPAN", (3, 0), (5, 0)), ("SPAN", (6, 0), (8, 0)), ("SPAN", (9, 0), (11, 0))]
    spans += [("SPAN", (0, 2), (0, 3))]  # the category merged down its two risks
    table = RLTable(data, colWidths=GROUP_WIDTHS)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")] + GRID + spans))
    _, height = table.wrapOn(paper.canvas, paper.width, paper.size[1])
    table.drawOn(paper.canvas, 40, paper.y - height)
    paper.y -= height + 12
    return paper.save()


def card_per_page_register(path: Path) -> Path:
    """One risk per page: a boxed label | value table (reference, title, owner, ratings '4 x 4 = 16'),
    each page under the same running header."""
    paper = PaperBuilder(path, footer=["Ashcombe Joint Audit Committee – Strategic Risk Register"])
    cards = [
        (
            "SRR 4",
            "Digital evidence",
            "Head of Digital Forensics",
            "4 x 4 = 16",
            "3 x 4 = 12",
            "2 x 3 = 6",
            "08/01/2024",
        ),
        ("SRR 5", "Custody estate", "Head of Custody", "3 x 5 = 15", "3 x 3 = 9", "1 x 3 = 3", "11/01/2024"),
    ]
    for index, (ref, title, owner, gross, net, target, reviewed) in enumerate(cards):
        if index:
            paper.new_page()
        paper.text("Strategic Risk Register – risk profile", size=12, bold=True).gap()
        paper.table(
            [
                ["Risk reference", ref],
                ["Risk description", f"{title}: demand outstrips the capacity funded for it."],
                ["Risk owner", owner],
                ["Inherent risk", gross],
                ["Residual risk", net],
                ["Target risk", target],
                ["Last reviewed", reviewed],
            ],
            [130, 330],
            header_rows=0,
        )
    return paper.save()


def page_spanning_register(path: Path) -> Path:
    """A ruled register whose last risk's long controls and actions cells run on over a page break:
    the row continues at the top of page 2 under the repeated header, its reference cell empty."""
    paper = PaperBuilder(path, footer=["Fenmarsh Police, Fire and Crime Commissioner"])
    paper.text("Fenmarsh PFCC Corporate Risk Register", size=13, bold=True)
    paper.text("Reviewed on 6 March 2024", size=9).gap()
    head = ["Ref", "Risk", "Likelihood", "Impact", "Score", "Controls", "Further actions"]
    widths = [40, 150, 50, 40, 40, 120, 120]
    paper.table(
        [
            head,
            ["PF1", "Precept shortfall.", "3", "4", "12", "Medium-term plan.", "Lobby for grant."],
            ["PF2", "Fire cover gaps at night.", "4", "4", "16", "Crewing model reviewed.", "Recruitment drive."],
        ],
        widths,
    )
    paper.y = 190  # push the last row to the foot of the page
    paper.table(
        [["PF3", "Data centre move fails.", "2", "5", "10", "Dual running planned for the", "Supplier escalation"]],
        widths,
        header_rows=0,
    )
    paper.new_page()
    paper.table(
        [
            head,
            ["", "", "", "", "", "cut-over weekend; rollback tested.", "route agreed in January."],
        ],
        widths,
    )
    return paper.save()


def legend_heat_map_register(path: Path) -> Path:
    """No table of risks at all: a legend of 'reference – statement' lines, then a heat map whose
    scale labels carry words ('5 Almost certain'), impact up the side and likelihood along the foot."""
    paper = PaperBuilder(path, footer=["Wexmere Joint Independent Audit Committee"])
    paper.text("Wexmere Constabulary Risk Register – Summary", size=13, bold=True)
    paper.text("Status at 19 January 2024", size=9).gap()
    paper.text("WX-3 – Forensic backlog delays charging decisions in serious cases", size=9)
    paper.text("WX-7 – Contact centre attrition leaves the 101 line understaffed", size=9).gap()
    paper.text("Current risk matrix", size=11, bold=True)
    placed = {(2, 5): "WX-3", (4, 3): "WX-7"}  # (likelihood, impact)
    impacts = ["Negligible", "Minor", "Moderate", "Major", "Critical"]
    likelihoods = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"]
    rows = [
        [f"{impact} {impacts[impact - 1]}"] + [placed.get((likelihood, impact), "") for likelihood in range(1, 6)]
        for impact in (5, 4, 3, 2, 1)
    ]
    rows.append(["Impact \\ Likelihood"] + [f"{n} {likelihoods[n - 1]}" for n in range(1, 6)])
    styled_table(paper, rows, [100, 70, 70, 70, 70, 70], GRID, header_rows=0, x=60)
    paper.text("Score = likelihood x impact", size=8)
    return paper.save()


def transposed_card_register(path: Path) -> Path:
    """A card per risk whose ratings stand in a small table with the phases as columns and the
    measures as rows ('Likelihood | 4 | 3 | 2'), under a label | value table of its fields."""
    paper = PaperBuilder(path, footer=["Marlcombe Fire Authority"])
    paper.text("Marlcombe Fire Authority Corporate Risk Register", size=13, bold=True)
    paper.text("Date of review: 22 May 2024", size=9).gap()
    cards = [
        ("CRR 8", "Fleet replacement slips beyond the vehicles' safe life.", "Head of Fleet", (4, 4, 16), (3, 4, 12)),
        ("CRR 9", "Cyber attack disables station end equipment.", "Head of ICT", (3, 5, 15), (2, 5, 10)),
    ]
    for ref, statement, owner, inherent, residual in cards:
        paper.table([["Risk ref", ref], ["Description", statement], ["Owner", owner]], [110, 360], header_rows=0)
        paper.table(
            [
                ["", "Inherent", "Residual"],
                ["Likelihood", str(inherent[0]), str(residual[0])],
                ["Impact", str(inherent[1]), str(residual[1])],
                ["Score", str(inherent[2]), str(residual[2])],
            ],
            [110, 80, 80],
        )
    return paper.save()


def worded_scale_register(path: Path) -> Path:
    """Likelihood and impact printed as a number and its scale word ('4 - Likely', 'Major (4)');
    a heat-map cell holding two references."""
    paper = PaperBuilder(path, footer=["Ossington Police and Crime Panel"])
    paper.text("Ossington OPCC Risk Register", size=13, bold=True)
    paper.text("As at 7 June 2024", size=9).gap()
    paper.table(
        [
            ["Ref", "Risk", "Likelihood", "Impact", "Risk score"],
            ["OS1", "The estates review is not agreed by partners.", "4 - Likely", "Major (4)", "16"],
            ["OS2", "Youth diversion funding is withdrawn.", "2 - Unlikely", "Moderate (3)", "6"],
        ],
        [40, 250, 70, 70, 60],
    )
    return paper.save()


def reference_in_statement_register(path: Path) -> Path:
    """No reference column: each risk cell opens with its reference ('CR01 – Loss of …'); impact is
    printed before likelihood; one statement wraps onto a second line of its cell."""
    paper = PaperBuilder(path, footer=["Page {page}"])
    paper.text("Kelsbury Constabulary Corporate Risk Register", size=13, bold=True)
    paper.text("Last updated 03/04/2024", size=9).gap()
    paper.table(
        [
            ["Risk", "Owner", "Impact", "Likelihood", "Score"],
            ["KC01 – Loss of access to the national database during the migration weekend.", "Head of IT"]
            + ["4", "3", "12"],
            ["KC02: Failure to meet the savings target.", "Chief Finance Officer", "5", "2", "10"],
        ],
        [230, 100, 50, 60, 50],
    )
    return paper.save()


def scale_headed_register(path: Path) -> Path:
    """Headers carrying their scales ('Likelihood (1-5)', 'Risk score (1-25)') and a RAG column
    of colour words beside the score."""
    paper = PaperBuilder(path, footer=["Page {page}"])
    paper.text("Thornleigh Force Strategic Risk Register", size=13, bold=True)
    paper.text("As at 03/04/2024", size=9).gap()
    paper.table(
        [
            ["Ref", "Risk", "Likelihood (1-5)", "Impact (1-5)", "Risk score (1-25)", "RAG"],
            ["TF1", "The custody contract fails.", "4", "3", "12", "Amber"],
            ["TF2", "Public trust falls after misconduct cases.", "3", "5", "15", "Red"],
        ],
        [40, 200, 70, 60, 75, 40],
    )
    return paper.save()


def loose_statement_register(path: Path) -> Path:
    """No rules and no reference column: 'Risk  Owner  L  I  Score' over lines opening with a
    reference and a dash, a statement wrapping onto a second line, a bold area heading between."""
    paper = PaperBuilder(path, footer=["Page {page}"])
    paper.text("Northfold Fire Authority Corporate Risk Register", size=13, bold=True)
    paper.text("Status at 12 February 2024", size=9).gap()
    paper.text("Risk", x=40, size=8, bold=True, columns=[(300, "Owner"), (380, "L"), (410, "I"), (440, "Score")])
    paper.text("Finance", x=40, size=8, bold=True)
    columns = [(300, "Treasurer"), (380, "3"), (410, "4"), (440, "12")]
    paper.text("NF1 – Pension costs rise faster than the", x=40, size=8, columns=columns)
    paper.text("medium-term plan allows.", x=40, size=8)
    paper.text("Service delivery", x=40, size=8, bold=True)
    columns = [(300, "Chief Fire Officer"), (380, "2"), (410, "3"), (440, "6")]
    paper.text("NF2 – Partners leave the shared control room.", x=40, size=8, columns=columns)
    return paper.save()


def previous_score_register(path: Path) -> Path:
    """An earlier rating beside the current one: 'Previous score' before the current likelihood,
    impact and score, and 'Last quarter's score' after them, with a direction of travel."""
    paper = PaperBuilder(path, footer=["Page {page}"])
    paper.text("Eastwold Constabulary Corporate Risk Register", size=13, bold=True)
    paper.text("As at 03/04/2024", size=9).gap()
    paper.table(
        [
            ["Ref", "Risk", "Previous score", "Likelihood", "Impact", "Current score", "Last quarter's score"]
            + ["Direction of travel"],
            ["EW1", "The custody contract fails.", "16", "3", "4", "12", "16", "Reducing"],
            ["EW2", "Public trust falls after misconduct cases.", "10", "3", "5", "15", "10", "Increasing"],
        ],
        [40, 160, 55, 55, 45, 55, 65, 70],
    )
    return paper.save()


def two_heat_maps_register(path: Path) -> Path:
    """A listing of risks, then an 'Inherent risk' and a 'Residual risk' heat map, cells holding
    two references ('JR1, JR2' or 'JR2 JR3'), each map's impact scale along its foot."""
    paper = PaperBuilder(path, footer=["Page {page}"])
    paper.text("Harrowfield Joint Risk Register", size=13, bold=True)
    paper.text("As at 03/04/2024", size=9).gap()
    paper.table(
        [
            ["Ref", "Risk", "Owner"],
            ["JR1", "The custody contract fails.", "Chief Finance Officer"],
            ["JR2", "Public trust falls after misconduct cases.", "Deputy Chief Constable"],
            ["JR3", "The fleet ages beyond its replacement plan.", "Head of Fleet"],
        ],
        [40, 250, 130],
    )
    maps = (
        ("Inherent risk", {(4, 4): "JR1, JR2", (3, 3): "JR3"}),
        ("Residual risk", {(2, 3): "JR1", (3, 2): "JR2 JR3"}),
    )
    for heading, placed in maps:
        paper.text(heading, size=11, bold=True)
        rows = [[str(l)] + [placed.get((l, i), "") for i in range(1, 6)] for l in (5, 4, 3, 2, 1)]
        rows.append(["Likelihood / Impact", "1", "2", "3", "4", "5"])
        styled_table(paper, rows, [90, 50, 50, 50, 50, 50], GRID, header_rows=0, x=60)
    paper.text("Score = likelihood x impact", size=8)
    return paper.save()
