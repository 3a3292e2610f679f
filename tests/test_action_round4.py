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


def test_header_words_that_name_a_deadline_an_owner_or_nothing_we_use(tmp_path):
    """'To be completed by' is a deadline, not the day the action was done; 'Action lead' is
    its owner, not its text; 'Action taken' is its update; who asked for it ('Requested by')
    and when it is next looked at ('Date of next review') are neither its target nor its
    raised date."""
    paper = PaperBuilder(tmp_path / "headers.pdf", landscape_pages=True)
    paper.text("Harbourside Fire Authority – Resources Committee", bold=True, size=12)
    paper.text("Action tracker", bold=True, size=11)
    paper.gap(6).table(
        [
            [
                "Ref",
                "Requested by",
                "Action",
                "Action lead",
                "To be completed by",
                "Action taken",
                "Date of next review",
            ],
            [
                "R/11",
                "Cllr Penrose",
                "Benchmark the fleet costs.",
                "Fleet Manager",
                "30/09/2025",
                "Scoping",
                "01/07/2025",
            ],
            ["R/12", "Members", "Publish the station audit.", "Monitoring Officer", "Q3", "Published", "15/08/2025"],
        ],
        [40, 80, 170, 100, 90, 120, 90],
    )
    sightings, _, _ = read_sightings(paper.save())
    got = [(s.action_number, s.owner_text, s.target_date, s.update_text, s.raised_date, s.closed) for s in sightings]
    assert got == [
        ("R/11", "Fleet Manager", "2025-09-30", "Scoping", None, False),
        ("R/12", "Monitoring Officer", None, "Published", None, False),
    ]
    assert [s.description for s in sightings] == ["Benchmark the fleet costs.", "Publish the station audit."]


def test_a_timeframe_column_in_an_unruled_log(tmp_path):
    paper = PaperBuilder(tmp_path / "timeframe.pdf")
    paper.text("Lowmoor Police and Crime Panel – action list", x=EDGES[0], bold=True, size=12)
    paper.gap(6)
    draw_cells(paper, ["No", "Action agreed", "Lead officer", "Timeframe", "Position"], EDGES, 8, bold=True)
    paper.gap(5)
    draw_cells(paper, ["3", "Circulate the precept consultation.", "Panel Secretary", "04/11/2025", "Open"], EDGES, 8)
    sightings, _, _ = read_sightings(paper.save())
    assert [(s.action_number, s.owner_text, s.target_date) for s in sightings] == [
        ("3", "Panel Secretary", "2025-11-04")
    ]


def test_a_minute_printed_beside_the_meetings_date_is_the_actions_item(tmp_path):
    """One column for the meeting and its minute ('Meeting (item)'): the number beside the date,
    in brackets or after a dash, is the item; a date alone gives none."""
    paper = PaperBuilder(tmp_path / "beside.pdf", landscape_pages=True)
    paper.text("Tidewater Joint Independent Audit Committee – Action Log", bold=True, size=12)
    paper.gap(6).table(
        [
            ["No.", "Meeting (item)", "Action", "Owner", "Due", "Status"],
            ["A4", "11/02/25 (6)", "Test the disaster recovery plan.", "Head of ICT", "30/06/25", "Open"],
            ["A5", "13 May 2025 – 3.1", "Share the counter-fraud plan.", "Treasurer", "31/07/25", "Open"],
            ["A6", "13/05/25", "Review the gifts register.", "Monitoring Officer", "31/07/25", "Open"],
        ],
        [40, 100, 220, 110, 70, 60],
    )
    sightings, _, _ = read_sightings(paper.save())
    got = [(s.action_number, s.raised_date, s.agenda_item_number) for s in sightings]
    assert got == [("A4", "2025-02-11", "6"), ("A5", "2025-05-13", "3.1"), ("A6", "2025-05-13", None)]


def write_keyed_log(path, key_lines: list[str]):
    paper = PaperBuilder(path, landscape_pages=True)
    paper.text("Fernleigh Strategic Policing Board – action log", bold=True, size=12)
    paper.gap(4)
    for line in key_lines:
        paper.text(line, size=8)
    paper.gap(6).table(
        [
            ["No.", "Action", "Owner", "Target", "RAG"],
            ["F1", "Publish the stop and search data.", "ACC", "30/04/25", "Green"],
            ["F2", "Review the custody staffing model.", "DCC", "31/05/25", "Amber"],
            ["F3", "Refresh the rural crime strategy.", "PCC", "30/06/25", "Red"],
        ],
        [40, 260, 80, 70, 60],
    )
    sightings, _, _ = read_sightings(paper.save())
    return [(s.action_number, s.closed) for s in sightings]


def test_a_colour_key_printed_as_a_list_says_which_colour_is_done(tmp_path):
    """Some RAG logs mark finished actions green: the key printed with the log, one colour a
    line or all on one line, decides; without a key green is on track."""
    listed = ["Key:", "Red – overdue", "Amber – in progress", "Green – action completed"]
    one_line = ["RAG key: Red = not started; Amber = under way; Green = complete"]
    assert write_keyed_log(tmp_path / "listed.pdf", listed) == [("F1", True), ("F2", False), ("F3", False)]
    assert write_keyed_log(tmp_path / "inline.pdf", one_line) == [("F1", True), ("F2", False), ("F3", False)]
    assert write_keyed_log(tmp_path / "none.pdf", []) == [("F1", False), ("F2", False), ("F3", False)]
    # a meaning runs to the next ';': the words after it are about another status, not green
    other = ["Status key: Red – late. Amber – slipping. Green – on track; Done / Ended – taken off at the next meeting"]
    assert write_keyed_log(tmp_path / "other.pdf", other) == [("F1", False), ("F2", False), ("F3", False)]


def test_a_target_moved_to_a_month_or_to_be_confirmed_has_no_day(tmp_path):
    """A revision naming no day ('revised to Sept 2025', 'now Q4 2025/26', 'revised: TBC') leaves
    the action without a target day, its text kept; a revision naming a day still wins."""
    paper = PaperBuilder(tmp_path / "moved.pdf", landscape_pages=True)
    paper.text("Brackwater Joint Audit Committee – action log", bold=True, size=12)
    paper.gap(6).table(
        [
            ["Ref", "Action", "Owner", "Target date", "Status"],
            ["J1", "Benchmark the insurance premiums.", "Treasurer", "30/06/2025 revised to Sept 2025", "Open"],
            ["J2", "Report the asset disposals.", "Estates Manager", "31/05/2025 (now Q4 2025/26)", "Open"],
            ["J3", "Agree the internal audit charter.", "Chief Executive", "31/03/2025 (revised: TBC)", "Open"],
            ["J4", "Test the business continuity plan.", "DCC", "28/02/2025 now 30/04/2025", "Open"],
        ],
        [40, 230, 110, 170, 60],
    )
    sightings, _, _ = read_sightings(paper.save())
    assert [(s.action_number, s.target_date) for s in sightings] == [
        ("J1", None),
        ("J2", None),
        ("J3", None),
        ("J4", "2025-04-30"),
    ]
    assert sightings[0].target_date_text == "30/06/2025 revised to Sept 2025"


def test_status_words_that_say_an_action_is_done(tmp_path):
    paper = PaperBuilder(tmp_path / "done.pdf")
    paper.text("Marshgate Police and Crime Panel – action log", bold=True, size=12)
    rows = [["Ref", "Action", "Owner", "Due", "Status"]]
    for ref, status in (("M1", "Actioned"), ("M2", "Implemented"), ("M3", "Not yet actioned"), ("M4", "Resolved")):
        rows.append([ref, f"Follow up point {ref[1]} of the complaints review.", "Panel Officer", "01/09/2025", status])
    paper.gap(6).table(rows, [40, 230, 90, 70, 90])
    sightings, _, _ = read_sightings(paper.save())
    assert [(s.action_number, s.closed) for s in sightings] == [
        ("M1", True),
        ("M2", True),
        ("M3", False),
        ("M4", True),
    ]
