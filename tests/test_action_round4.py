"""Action logs in forms met in round 4, each in its own invented wording and layout:
a deadline column headed by the bare word 'By' (beside 'Lead', or 'Owned by' for the owner); a log
whose title names only the kind ('Action Log') under a banner line naming the body.

Synthetic papers: the layouts and header words are the point, not the words of any paper.
"""

from __future__ import annotations

from action_fixtures import draw_cells, read_sightings

from tests.synthetic import PaperBuilder

EDGES = [50, 100, 330, 430, 520]


def test_a_column_headed_by_alone_gives_the_target_date_in_an_unruled_log(tmp_path):
    paper = PaperBuilder(tmp_path / "unruled.pdf")
    paper.text("Westmarsh Community Safety Partnership", x=EDGES[0], bold=True, size=12)
    paper.text("Schedule of actions", x=EDGES[0], bold=True, size=11)
    paper.gap(6)
    draw_cells(paper, ["Min", "What is to be done", "Lead", "By", "RAG"], EDGES, 8, bold=True)
    rows = [
        (["7", "Map the night-time economy hotspots.", "Licensing Lead", "12 August 2024", "Green"]),
        (["9", "Draft the hate crime reporting leaflet.", "Comms Officer", "Autumn", "Amber"]),
    ]
    for row in rows:
        paper.gap(5)
        draw_cells(paper, row, EDGES, 8)
    sightings, _, _ = read_sightings(paper.save())
    got = [(s.agenda_item_number, s.owner_text, s.target_date, s.target_date_text) for s in sightings]
    assert got == [
        ("7", "Licensing Lead", "2024-08-12", "12 August 2024"),
        ("9", "Comms Officer", None, "Autumn"),
    ]


def test_a_ruled_log_with_owned_by_and_by_columns(tmp_path):
    paper = PaperBuilder(tmp_path / "ruled.pdf", landscape_pages=True)
    paper.text("Greyhaven Fire Authority – Audit Committee action list", bold=True, size=12)
    paper.gap(6).table(
        [
            ["No.", "Task", "Owned by", "By", "Status"],
            ["AC/5", "Refresh the anti-fraud policy.", "Monitoring Officer", "03.03.25", "Open"],
            ["AC/6", "Report the pension fund valuation.", "Treasurer", "n/a", "Closed"],
        ],
        [50, 260, 120, 80, 80],
    )
    sightings, _, _ = read_sightings(paper.save())
    got = [(s.action_number, s.owner_text, s.target_date, s.closed) for s in sightings]
    assert got == [
        ("AC/5", "Monitoring Officer", "2025-03-03", False),
        ("AC/6", "Treasurer", None, True),
    ]


def write_titled_log(path, title_block: list[str]):
    paper = PaperBuilder(path)
    for line in title_block:
        paper.text(line, bold=True, size=12)
    paper.gap(6).table(
        [["Ref", "Action", "Owner", "Due", "Status"], ["4", "Circulate the road safety figures.", "CFO", "", "Open"]],
        [40, 220, 80, 70, 60],
    )
    return paper.save()


def test_the_body_named_on_the_line_above_a_bare_action_log_title_owns_the_log(tmp_path):
    blocks = {
        "banner": ["Kestrel Vale Police and Crime Panel", "Action Log"],
        "capitals": ["ORMSBY FIRE AND RESCUE AUTHORITY", "ACTION TRACKER", "Position at 2 May 2025"],
        "office": [
            "Office of the Commissioner for Ormsby",
            "Resources Scrutiny Board",
            "Schedule of outstanding actions",
        ],
        "same line": ["Finance and Audit Committee – action log"],
    }
    bodies = {}
    for name, block in blocks.items():
        sightings, _, _ = read_sightings(write_titled_log(tmp_path / f"{name}.pdf", block))
        bodies[name] = {s.body for s in sightings}
    assert bodies == {
        "banner": {"Kestrel Vale Police and Crime Panel"},
        "capitals": {"Ormsby Fire and Rescue Authority"},
        "office": {"Resources Scrutiny Board"},
        "same line": {"Finance and Audit Committee"},
    }
