"""Register forms added in round 4, each built as a synthetic PDF for tests/test_risk_round4.py.

- a ruled register printing each phase as a pair column ('Gross L×I': '5x3') beside a score
  column with its band ('Gross score': '15 (Very high)'), under a key with scales in brackets,
  and an appetite column in words ('Averse');
- ratings led by their colour or band, the pair in brackets ('Amber 12 (4x3)', 'High (5x4=20)');
- a phase's three numbers in one cell with the band after them ('4; 3; 12 Amber');
- risk cards drawn as one-column frames: a title row, then one cell holding the lines 'Risk …',
  'Owner …', a rating line per phase ('L2 x I5 = Amber 10') and 'Updated …'.
"""

from __future__ import annotations

from pathlib import Path

from tests.synthetic import PaperBuilder


def pair_and_score_columns(path: Path) -> Path:
    paper = PaperBuilder(path, landscape_pages=True, footer=["Sheet {page}"])
    paper.text("Marsh Vale Fire Authority – Strategic Risks (as at 5 April 2024)", size=13, bold=True)
    paper.text("Rating = Likelihood (1-5) x Impact (1-5); 1-6 low, 8-12 medium, 15-25 very high", size=9).gap()
    paper.table(
        [
            ["ID", "What could go wrong", "Risk appetite", "Gross L×I", "Gross score", "Net L×I", "Net score", "Trend"],
            [
                "MV-3",
                "Water supplies for firefighting fail on new estates.",
                "Averse",
                "5x3",
                "15 (Very high)",
                "3x3",
                "9 (Medium)",
                "Down",
            ],
            [
                "MV-4",
                "Pension remedy costs exceed the reserve set aside.",
                "Open",
                "4x4",
                "16 (Very high)",
                "4x2",
                "8 (Medium)",
                "Same",
            ],
        ],
        [45, 220, 60, 55, 80, 55, 80, 50],
    )
    return paper.save()


def banded_pairs_and_triples(path: Path) -> Path:
    paper = PaperBuilder(path, footer=["Annex B – page {page}"])
    paper.text("Annex B: Corporate risk register", size=13, bold=True)
    paper.text("Status at 11 March 2025", size=9).gap()
    paper.table(
        [
            ["Risk ID", "Risk", "Before controls", "After controls", "Tolerance (L; I; score)"],
            [
                "KR 12",
                "Custody estate needs urgent repairs to cells.",
                "Amber 12 (4x3)",
                "Green 4 (2x2)",
                "2; 2; 4 Green",
            ],
            [
                "KR 13",
                "Body-worn video contract lapses before re-tender.",
                "High (5x4=20)",
                "Medium (3x3)",
                "4; 2; 8 Amber",
            ],
        ],
        [50, 200, 85, 85, 100],
    )
    return paper.save()


def framed_cards(path: Path) -> Path:
    paper = PaperBuilder(path, footer=["{page}"])
    paper.text("Tillbrook Police and Crime Panel – Commissioner's Risk Log", size=13, bold=True)
    paper.text("Q3 2024/25", size=9).gap()
    for title, statement, owner, ratings, updated in (
        (
            "CR7 – Estates",
            "The Commissioner's office move slips because the lease on the new floor is not signed.",
            "Head of Business Services",
            ("Gross  L3 x I4 = Amber 12", "Residual  L2 x I4 = Amber 8", "Tolerance  L1 x I4 = Green 4"),
            "03/12/2024",
        ),
        (
            "CR8 – Commissioning",
            "Youth diversion grants are not renewed by the national funder after March.",
            "Commissioning Manager",
            ("Gross  L4 x I5 = Red 20", "Residual  L3 x I5 = Red 15", "Tolerance  L2 x I5 = Amber 10"),
            "17/11/2024",
        ),
    ):
        body = "<br/>".join([f"Risk {statement}", f"Owner {owner}", *ratings, f"Updated {updated}"])
        paper.table([[title], [body]], [460], size=9).gap(6)
    return paper.save()


def staggered_phase_header(path: Path) -> Path:
    """An unruled register whose three phase headings stand close together, the first a little
    higher than the others, over a '(L x I)' line under each; themes as 'Area:' rows; a bold
    heading in larger type under the table, indented into the risk column."""
    paper = PaperBuilder(path, footer=["Risk register – {page}"])
    paper.text("Eastholme OPFCC Risk Register – reviewed 9 January 2025", size=12, bold=True).gap()
    canvas, size = paper.canvas, 8
    top = paper.y
    canvas.setFont("Helvetica", size)
    for x, text in ((60, "No."), (100, "Risk"), (300, "Lead"), (380, "Gross risk")):
        canvas.drawString(x, top, text)
    for x, text in ((420, "Net risk"), (448.5, "Target")):
        canvas.drawString(x, top - 3, text)  # set so close that 'riskTarget' may read as one word
    for x in (380, 420, 448.5):
        canvas.drawString(x, top - 13, "(L x I)")
    y = top - 30
    rows = (
        ("Area: Victims", None),
        ("EH1", ("Referral backlog at the victims hub grows", "Victims Lead", "4x4=16", "3x3=9", "2x3=6")),
        (None, ("over the summer months.", "", "", "", "")),
        ("Area: Resources", None),
        ("EH2", ("Estates savings are not delivered on time.", "Treasurer", "3x4=12", "2x4=8", "1x4=4")),
    )
    for reference, cells in rows:
        if cells is None:
            canvas.drawString(60, y, reference or "")
        else:
            if reference:
                canvas.drawString(60, y, reference)
            for x, text in zip((100, 300, 380, 420, 448.5), cells):
                canvas.drawString(x, y, text)
        y -= size * 1.6
    # a heading in larger bold type right under the table, indented into the risk column
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(100, y - 6, "How the scores are reached")
    paper.y = y - 24
    return paper.save()


def words_then_scores(path: Path) -> Path:
    """A register printing its risks' words in one table and their scores in a second table keyed
    by reference; the score table's phase headings stand in the first of their sub-columns'
    cells, the others left blank (not merged); a third table lists closed risks, unrated."""
    paper = PaperBuilder(path, footer=["Page {page}"])
    paper.text("Corvell Constabulary – Force Risk Register", size=13, bold=True)
    paper.text("Correct at 14 February 2025", size=9).gap()
    paper.text("Part 1 – The risks", size=11, bold=True)
    paper.table(
        [
            ["Risk ref", "Description of risk", "Lead officer"],
            ["FR-21", "Forensic backlogs delay charging decisions in serious cases.", "Head of Forensics"],
            ["FR-22", "Fleet replacement is deferred and older vehicles fail.", "Fleet Manager"],
        ],
        [60, 300, 110],
    )
    paper.text("Part 2 – Scores", size=11, bold=True)
    paper.table(
        [
            ["Risk ref", "Last quarter", "", "", "Untreated", "", "", "Treated", "", "", "Trend"],
            ["", "L", "I", "Total", "L", "I", "Total", "L", "I", "Total", ""],
            ["FR-21", "3", "3", "9", "5", "4", "20", "4", "3", "12", "Worse"],
            ["FR-22", "4", "4", "16", "4", "4", "16", "3", "4", "12", "Better"],
        ],
        [55, 40, 25, 35, 40, 25, 35, 40, 25, 35, 55],
        header_rows=2,
    )
    paper.text("Part 3 – Risks closed this quarter", size=11, bold=True)
    paper.table(
        [
            ["Risk ref", "Description of risk", "Lead officer"],
            ["FR-09", "Custody contract transfer.", "Head of Custody"],
        ],
        [60, 300, 110],
    )
    return paper.save()


def bare_scores_after_pairs(path: Path) -> Path:
    """Each phase printed as a pair column with a bare 'Rating' column after it, the controls
    between the two phases."""
    paper = PaperBuilder(path, landscape_pages=True, footer=["{page}"])
    paper.text("Ridgeford Fire and Rescue Authority – Corporate Risk Register", size=13, bold=True)
    paper.text("Updated 30 September 2024", size=9).gap()
    paper.table(
        [
            ["Risk no.", "Risk", "Gross risk (L x I)", "Rating", "Controls in place", "Net risk (L x I)", "Rating"],
            ["RF/5", "Appliance availability falls at night.", "4 x 4", "16", "Day crewing review.", "2 x 4", "8"],
            ["RF/6", "Training records are incomplete.", "3 x 3", "9", "Audit of records.", "2 x 2", "4"],
        ],
        [50, 200, 80, 45, 170, 80, 45],
    )
    return paper.save()


def cards_with_phase_tables(path: Path) -> Path:
    """Risk cards whose ratings stand in a small ruled table: the phases as its headings, each
    phase's rating in one cell under them."""
    paper = PaperBuilder(path, footer=["{page}"])
    paper.text("Orrin Vale Commissioner's Office – Risk Register", size=13, bold=True)
    paper.text("Reviewed on 22 January 2025", size=9).gap()
    for reference, theme, statement, owner, rated in (
        (
            "OV-7",
            "Partnerships",
            "A partner withdraws from the shared custody suite.",
            "Deputy Chief Executive",
            ("5x4=20", "3x4=12"),
        ),
        (
            "OV-8",
            "Digital",
            "Body-worn footage storage fills before the new contract.",
            "Head of Digital",
            ("4x3=12", "2x3=6"),
        ),
    ):
        paper.text(f"{reference} – {theme}", size=11, bold=True)
        paper.text(f"Description: {statement}", size=9)
        paper.text(f"Owner: {owner}", size=9)
        paper.table([["Unmitigated", "Mitigated"], list(rated)], [110, 110])
    return paper.save()


def scores_with_arrows(path: Path) -> Path:
    """Score columns whose cells carry an arrow of the score's movement ('12 ↑')."""
    paper = PaperBuilder(path, landscape_pages=True, footer=["Page {page}"])
    paper.text("Brackley Joint Audit Panel – Force Risks, status at 28 June 2024", size=12, bold=True).gap()
    paper.table(
        [
            ["Ref", "Risk", "Gross score", "Net L", "Net I", "Net score"],
            ["BJ3", "Detained property stores reach capacity.", "20", "3", "4", "12 ↓"],
            ["BJ4", "Interpreter costs exceed budget.", "15", "4", "4", "16 ↑"],
        ],
        [40, 250, 70, 50, 50, 70],
    )
    return paper.save()


def scores_before_pairs(path: Path) -> Path:
    """Ratings printing the score first, the pair after it in brackets or after '=' ('High 20
    (L5 I4)', '12 – Medium (L4, I3)', '16 = 4 x 4', 'Rating 9 (P3 x S3)'), with no key to the score."""
    paper = PaperBuilder(path, landscape_pages=True, footer=["Page {page}"])
    paper.text("Kestwell Police – Departmental Risks", size=12, bold=True)
    paper.text("Risk register date: 9 October 2024", size=9).gap()
    paper.table(
        [
            ["Ref", "Risk", "Inherent", "Residual", "Target"],
            ["KP-14", "Drone unit licences lapse.", "High 20 (L5 I4)", "12 – Medium (L4, I3)", "Rating 9 (P3 x S3)"],
            ["KP-15", "Custody nurses contract ends.", "16 = 4 x 4", "Score 8 (Likelihood 2 × Impact 4)", "4 (L1, I4)"],
        ],
        [45, 200, 120, 150, 120],
    )
    return paper.save()


def cards_with_phases_in_one_line(path: Path) -> Path:
    """Risk cards rating all their phases in one line, after a label or without one."""
    paper = PaperBuilder(path, footer=["{page}"])
    paper.text("Farrowdale Commissioner – Organisational Risk Register", size=13, bold=True)
    paper.text("Date reviewed: 19 August 2024", size=9).gap()
    paper.text("FD 2 – Estates", size=11, bold=True)
    paper.text("Description: The shared headquarters lease ends before a new site is agreed.", size=9)
    paper.text("Owner: Estates Lead", size=9)
    paper.text("Scores: Gross 20 / Net 15 / Target 10", size=9).gap()
    paper.text("FD 3 – Contracts", size=11, bold=True)
    paper.text("Description: A single supplier holds the vehicle recovery contract.", size=9)
    paper.text("Owner: Procurement Manager", size=9)
    paper.text("Before controls 3 x 4 = 12; after controls 2 x 4 = 8", size=9)
    return paper.save()


def spilled_ruled_header(path: Path) -> Path:
    """A ruled register whose narrow rating columns carry phase headings wider than their cells,
    set a little staggered, so the words run over the cells' edges; '(L x I)' under each."""
    paper = PaperBuilder(path, footer=["Page {page}"])
    paper.text("Pellham Joint Audit Committee – Strategic Risk Register (as at 6 June 2025)", size=11, bold=True)
    canvas = paper.canvas
    edges = [50, 100, 300, 360, 405, 450, 500]  # Ref | Risk | Owner | three rating columns | end
    top, rows = paper.y - 10, [28, 24, 24]
    bottoms = [top - sum(rows[: i + 1]) for i in range(len(rows))]
    canvas.setLineWidth(0.5)
    for y in [top, *bottoms]:
        canvas.line(edges[0], y, edges[-1], y)
    for x in edges:
        canvas.line(x, top, x, bottoms[-1])
    canvas.setFont("Helvetica", 8)
    for x, text in ((53, "Ref"), (103, "Risk"), (303, "Owner")):
        canvas.drawString(x, top - 10, text)
    canvas.drawString(363, top - 9, "Pre mitigation")  # runs over into the next cell
    canvas.drawString(408, top - 11, "Post mitigation")
    canvas.drawString(453, top - 11, "Tolerance")
    for x in (363, 408, 453):
        canvas.drawString(x, top - 22, "(L x I)")
    body = (
        ("PJ1", "Audit actions overdue.", "Treasurer", "4x3=12", "3x3=9", "2x3=6"),
        ("PJ2", "Fraud controls weak.", "Solicitor", "3x4=12", "2x4=8", "1x4=4"),
    )
    for y, row in zip(bottoms, body):
        for x, text in zip((53, 103, 303, 363, 408, 453), row):
            canvas.drawString(x, y - 10, text)
    paper.y = bottoms[-1] - 20
    return paper.save()


def unruled_words_then_scores(path: Path) -> Path:
    """An unruled register: its risks' words in one whitespace table, their scores in a second
    one keyed by reference."""
    paper = PaperBuilder(path, footer=["Page {page}"])
    paper.text("Glenholme Fire Authority – Risk Register, reviewed 11 November 2024", size=12, bold=True).gap()
    paper.text("No.", x=60, size=9, bold=True, columns=[(110, "Description"), (380, "Risk owner")])
    paper.text("GF-1", x=60, size=9, columns=[(110, "Hydrant inspections fall behind."), (380, "Water Officer")])
    paper.text(
        "GF-2", x=60, size=9, columns=[(110, "Breathing apparatus sets near end of life."), (380, "Head of Fleet")]
    )
    paper.gap(20)
    paper.text(
        "No.", x=60, size=9, bold=True, columns=[(110, "Gross score"), (200, "Net score"), (290, "Target score")]
    )
    paper.text("GF-1", x=60, size=9, columns=[(110, "15"), (200, "10"), (290, "5")])
    paper.text("GF-2", x=60, size=9, columns=[(110, "20"), (200, "12"), (290, "8")])
    return paper.save()
