"""Register forms met in the round on the blind set blind16, each built in invented words."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from tests.synthetic import PaperBuilder
from tests.test_risk_register import ratings, read_file, risks

# --- risk cards whose ratings are labelled 'Now' and 'Aim' ---------------------------------------


def now_aim_cards(path: Path) -> Path:
    """Cards drawn one under another, each a reference and "Category: …" in a title line, a statement, an
    owner line, then three rating lines labelled by plain words for the phases ('Before' stands for
    the untreated rating as 'Initial'; 'Now' for the rating with controls; 'Aim' for the goal),
    printed 'L4 x I2 -> 8'."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(50, 800, "Corporate Risk Register")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(50, 784, "Fire Authority risk cards reviewed 3 October 2022 by the leadership group")
    cards = [
        (
            "FRA-7",
            "Category: Estates",
            "Station roofs leak before the capital works begin.",
            "Head of Property",
            [("Initial", "L4 × I3 → 12"), ("Now", "L3 × I3 → 9"), ("Aim", "L2 × I2 → 4")],
        ),
        (
            "FRA-8",
            "Category: People",
            "Retained crews cannot be recruited in rural areas.",
            "Director of People",
            [("Initial", "L5 × I4 → 20"), ("Now", "L4 × I4 → 16"), ("Aim", "L3 × I3 → 9")],
        ),
    ]
    y = 740
    for ref, area, text, owner, lines in cards:
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawString(60, y, ref)
        pdf.setFont("Helvetica", 10)
        pdf.drawString(300, y, area)
        pdf.drawString(60, y - 26, text)
        pdf.drawString(60, y - 48, f"Risk owner: {owner}")
        for i, (label, value) in enumerate(lines):
            pdf.drawString(60, y - 80 - 14 * i, label)
            pdf.drawString(140, y - 80 - 14 * i, value)
        y -= 190
    pdf.showPage()
    pdf.save()
    return path


def test_cards_rated_now_and_aim(tmp_path: Path):
    _, records, _ = read_file(now_aim_cards(tmp_path / "cards.pdf"))
    assert set(risks(records)) == {"FRA-7", "FRA-8"}
    assert sorted((r.reference, r.phase, r.likelihood, r.impact, r.score) for r in ratings(records)) == [
        ("FRA-7", "current", 3, 3, 9),
        ("FRA-7", "inherent", 4, 3, 12),
        ("FRA-7", "target", 2, 2, 4),
        ("FRA-8", "current", 4, 4, 16),
        ("FRA-8", "inherent", 5, 4, 20),
        ("FRA-8", "target", 3, 3, 9),
    ]


# --- a heat map whose caption says which way each measure runs --------------------------------


def captioned_heat_map(path: Path) -> Path:
    """A listing of risks without ratings, then a 4x4 map placing them: rows numbered 4..1 at the
    left and columns 1..4 under it, no axis named at either scale; only a caption over the map
    says that probability runs down the side and severity across."""
    paper = PaperBuilder(path)
    paper.text("Fire Authority corporate risk register", size=12, bold=True)
    paper.text("Position at 12 September 2021", size=10).gap(4)
    paper.table(
        [
            ["No.", "Risk", "Lead"],
            ["FA1", "Aerial ladder platforms fail their annual inspection.", "Head of Fleet"],
            ["FA2", "The mobilising system supplier leaves the market.", "Head of Control"],
            ["FA3", "On-call pay claims exceed the budget.", "Treasurer"],
        ],
        [40, 300, 120],
        size=9,
    )
    canvas, left, cell, height = paper.canvas, 160.0, 70.0, 24.0
    top = paper.y - 40
    canvas.setFont("Helvetica", 9)
    canvas.drawString(left, top + 12, "Probability down the side; severity across")
    spots = {("FA1", 3, 1), ("FA2", 1, 4), ("FA3", 4, 2)}  # (reference, probability, severity)
    for row in range(4):
        level = 4 - row
        y = top - (row + 1) * height
        canvas.drawString(left - 20, y + 8, str(level))
        for column in range(4):
            x = left + column * cell
            canvas.rect(x, y, cell, height)
            for reference, likelihood, impact in spots:
                if (likelihood, impact) == (level, column + 1):
                    canvas.drawString(x + 8, y + 8, reference)
    bottom = top - 4 * height
    for column in range(4):
        canvas.drawString(left + column * cell + cell / 2 - 2, bottom - 14, str(column + 1))
    paper.y = bottom - 40
    return paper.save()


def test_a_caption_names_the_heat_maps_axes(tmp_path: Path):
    _, records, _ = read_file(captioned_heat_map(tmp_path / "map.pdf"))
    assert sorted((r.reference, r.phase, r.likelihood, r.impact) for r in ratings(records)) == [
        ("FA1", "current", 3, 1),
        ("FA2", "current", 1, 4),
        ("FA3", "current", 4, 2),
    ]
