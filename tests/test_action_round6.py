"""Action logs in forms met in round 6, each in its own invented wording and layout: a log that
prints a key to its owners' initials ('Key to leads: HW – Hana Wilde; …', or the names with
their initials in brackets) and gives owners by those initials in its owner column.

Synthetic papers: the layouts and key forms are the point, not the words of any paper.
"""

from __future__ import annotations

from action_fixtures import draw_cells, read_sightings

from extractors.action_log import keyed_owners, spelling
from tests.synthetic import PaperBuilder

EDGES = [50, 90, 320, 420, 500]


def test_an_unruled_log_with_a_key_to_its_owners_initials(tmp_path):
    paper = PaperBuilder(tmp_path / "keyed.pdf")
    paper.text("Brackenford Police and Crime Panel – action tracker", x=EDGES[0], bold=True, size=12)
    paper.text(
        "Key to leads: HW – Hana Wilde (Panel Officer); DOB – Dev O'Brien, Scrutiny Manager; EJ – Chief Executive",
        x=EDGES[0],
        size=8,
    )
    paper.gap(6)
    draw_cells(paper, ["Ref", "Action agreed", "Lead", "Due", "Status"], EDGES, 8.5, bold=True)
    rows = [
        ["P1", "Circulate the complaints dashboard to members.", "HW", "04/04/2025", "Open"],
        ["P2", "Invite the victims' lead to the June panel.", "HW & DOB", "19/06/2025", "Done"],
        ["P3", "Publish the precept scrutiny note.", "DOB / Monitoring Officer", "TBC", "Open"],
        ["P4", "Confirm the co-opted member's term.", "Legal Adviser", "30/05/2025", "Open"],
    ]
    for row in rows:
        paper.gap(5)
        draw_cells(paper, row, EDGES, 8.5)
    sightings, _, _ = read_sightings(paper.save())
    got = [(s.action_number, s.owner_text, s.owner_names) for s in sightings]
    assert got == [
        ("P1", "HW", ("Hana Wilde",)),
        ("P2", "HW & DOB", ("Hana Wilde", "Dev O'Brien")),
        ("P3", "DOB / Monitoring Officer", ("Dev O'Brien", "Monitoring Officer")),
        ("P4", "Legal Adviser", ()),
    ]


def test_a_ruled_log_with_names_and_initials_in_brackets_below_it(tmp_path):
    paper = PaperBuilder(tmp_path / "bracketed.pdf", landscape_pages=True)
    paper.text("Audit and Standards Committee: outstanding actions", bold=True, size=12)
    paper.gap(6).table(
        [
            ["No.", "Action", "Officer", "Target", "Position"],
            ["1", "Review the fraud risk assessment.", "RMc", "12.05.25", "Open"],
            ["2", "Report the asset register reconciliation.", "KA", "12.05.25", "Closed"],
        ],
        [40, 300, 90, 80, 90],
    )
    paper.text("Officers: Ruth McAllister (RMc), Kwame Asante (KA), Kit Andrews", size=8)
    sightings, _, _ = read_sightings(paper.save())
    assert [(s.owner_text, s.owner_names) for s in sightings] == [
        ("RMc", ("Ruth McAllister",)),
        ("KA", ("Kwame Asante",)),
    ]


def test_a_key_entry_counts_only_where_the_name_spells_the_initials():
    assert spelling("HW", "Hana Wilde Panel") == "Hana Wilde"
    assert spelling("JSm", "Jo Smith") == "Jo Smith"
    assert spelling("EJ", "Chief Executive") is None
    assert spelling("AB", "Budget Report") is None


def test_a_cell_without_the_keys_initials_keeps_no_names():
    key = {"HW": "Hana Wilde"}
    assert keyed_owners("Head of Performance", key) == ()
    assert keyed_owners("HW and Treasurer", key) == ("Hana Wilde", "Treasurer")
    assert keyed_owners(None, key) == ()


def test_implementation_dates_and_their_revisions_are_targets(tmp_path):
    # the headings of an audit recommendations tracker: an agreed implementation date, its
    # revision, and a commentary column
    paper = PaperBuilder(tmp_path / "implementation.pdf", landscape_pages=True)
    paper.text("Fairmoor Joint Independent Audit Committee – tracker of agreed actions", bold=True, size=12)
    paper.gap(6).table(
        [
            [
                "Ref",
                "Agreed action",
                "Responsible officer",
                "Implementation date",
                "Revised implementation date",
                "Commentary",
                "Status",
            ],
            [
                "IA-7",
                "Reconcile the seized property records.",
                "Head of Property",
                "31/10/2024",
                "31/01/2025",
                "Reconciliation half done.",
                "Open",
            ],
            [
                "IA-8",
                "Adopt the revised scheme of delegation.",
                "Chief Executive",
                "30/09/2024",
                "",
                "Adopted in September.",
                "Closed",
            ],
        ],
        [40, 190, 100, 85, 95, 150, 50],
    )
    paper.gap(10).text("Second table: other headings for the same columns", size=9)
    paper.gap(4).table(
        [
            ["No.", "Action", "Lead", "Date required", "Progress to date"],
            ["3", "Publish the estates strategy.", "Director of Estates", "15 March 2025", "Draft ready."],
        ],
        [40, 230, 120, 100, 200],
    )
    sightings, _, _ = read_sightings(paper.save())
    got = [(s.action_number, s.target_date, s.target_date_text, s.closed) for s in sightings]
    assert got == [
        ("IA-7", "2025-01-31", "31/01/2025", False),
        ("IA-8", "2024-09-30", "30/09/2024", True),
        ("3", "2025-03-15", "15 March 2025", False),
    ]
    assert [s.raised_date for s in sightings] == [None, None, None]


def test_a_date_the_target_cell_says_was_replaced_is_no_target(tmp_path):
    paper = PaperBuilder(tmp_path / "replaced.pdf")
    paper.text("Eastcliff Fire Authority – Audit and Governance actions", x=EDGES[0], bold=True, size=12)
    paper.gap(6)
    draw_cells(paper, ["No.", "Action", "Owner", "Target", "Status"], EDGES, 8.5, bold=True)
    rows = [
        [
            "F1",
            "Refresh the whistleblowing policy.",
            "Monitoring Officer",
            "30/09/2025 (revised from 31/12/2025)",
            "Open",
        ],
        ["F2", "Report the pension valuation.", "Treasurer", "TBC (originally 31/05/2025)", "Open"],
        ["F3", "Close the fleet audit actions.", "Fleet Manager", "Was 01/03/2025", "Open"],
    ]
    for row in rows:
        paper.gap(5)
        draw_cells(paper, row, [50, 90, 300, 390, 530], 8)
    sightings, _, _ = read_sightings(paper.save())
    assert [(s.action_number, s.target_date) for s in sightings] == [
        ("F1", "2025-09-30"),
        ("F2", None),
        ("F3", None),
    ]
    assert sightings[1].target_date_text == "TBC (originally 31/05/2025)"


def test_a_colour_gives_way_to_the_status_word_right_after_it_and_a_part_is_not_done(tmp_path):
    paper = PaperBuilder(tmp_path / "colours.pdf", landscape_pages=True)
    paper.text("Brookhaven Strategic Policing Board – log of actions", bold=True, size=12)
    paper.gap(6).table(
        [
            ["Ref", "Action", "Lead", "Due", "RAG / status"],
            ["B1", "Agree the drones policy.", "ACC", "01/02/2025", "Green – complete"],
            ["B2", "Train the new call handlers.", "Head of Contact", "01/03/2025", "Amber – complete by June"],
            ["B3", "Close the legacy crime system.", "Head of IT", "01/04/2025", "80% complete"],
            ["B4", "Review custody healthcare.", "Ch Supt Custody", "01/05/2025", "Part complete"],
            ["B5", "Publish the stop and search data.", "DCC", "01/06/2025", "Blue (closed)"],
        ],
        [40, 260, 120, 80, 150],
    )
    sightings, _, _ = read_sightings(paper.save())
    assert [(s.action_number, s.closed) for s in sightings] == [
        ("B1", True),
        ("B2", False),
        ("B3", False),
        ("B4", False),
        ("B5", True),
    ]


def test_a_key_listed_as_initials_and_names_on_lines_of_their_own(tmp_path):
    paper = PaperBuilder(tmp_path / "listed_key.pdf")
    paper.text("Harbourside Joint Audit Committee – action log", x=EDGES[0], bold=True, size=12)
    paper.gap(6)
    draw_cells(paper, ["No.", "Action", "Owner", "Due", "Status"], EDGES, 8.5, bold=True)
    for row in (
        ["4", "Share the fraud return.", "TNg", "12/09/2025", "Open"],
        ["5", "Book the training.", "WA", "TBC", "Open"],
    ):
        paper.gap(5)
        draw_cells(paper, row, EDGES, 8.5)
    paper.gap(14).text("Owners", x=EDGES[0], bold=True, size=9)
    paper.text("TNg", x=EDGES[0], size=8.5, columns=[(100, "Tom Ngata, Treasurer")])
    paper.text("WA", x=EDGES[0], size=8.5, columns=[(100, "Wren Abara, Governance Officer")])
    sightings, _, _ = read_sightings(paper.save())
    assert [s.owner_names for s in sightings] == [("Tom Ngata",), ("Wren Abara",)]
