"""Register forms met in the round on the blind set blind16, each built in invented words."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

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
