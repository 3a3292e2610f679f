"""The minutes extractor against the gold records of the sample packs, and on synthetic
minutes in other years' layouts (numbers inline or in a column, members as lines or as a
ruled table, apologies with or without roles, RESOLVED and perfect-tense sentences, a
decision across a page break, actions with roman numerals and target dates)."""

from __future__ import annotations

import json

import pytest

from extractors.agenda import AgendaExtractor
from extractors.minutes import MinutesExtractor, decision_type, split_people
from pipeline.evaluate import item_no, similarity
from pipeline.ids import normal_text
from pipeline.records import ActionSighting, Attendee, Decision, MeetingMention
from tests.minutes_fixtures import (
    CORPUS,
    GOLD,
    MIN_SCORE,
    build_minutes,
    pair_by_key,
    precision_recall,
    read_file,
    read_part,
)

PACKS = ["18-05-10-BCB-Agenda-Pack.pdf", "19-10-09-BCB-Agenda-Pack.pdf"]


@pytest.fixture(scope="module", params=PACKS)
def pack(request):
    records, problems = read_file(CORPUS / request.param, MinutesExtractor())
    agenda, _ = read_file(CORPUS / request.param, AgendaExtractor())
    gold = json.loads((GOLD / request.param.replace(".pdf", ".json")).read_text())
    return records, agenda, gold, problems


def of(records, kind):
    return [r for r in records if isinstance(r, kind)]


def assert_scores(pairs, extra, missing, what):
    precision, recall = precision_recall(pairs, extra, missing)
    assert precision >= MIN_SCORE and recall >= MIN_SCORE, f"{what}: P={precision:.2f} R={recall:.2f}"


def test_meetings_match_gold(pack):
    records, agenda, gold, _ = pack
    found = [vars(m) for m in of(records + agenda, MeetingMention) if m.origin in ("agenda", "minutes")]
    pairs, extra, missing = pair_by_key(gold["meetings"], found, lambda r: r["meeting_date"])
    assert_scores(pairs, extra, missing, "meetings")
    for want, got in pairs:
        assert (got["body"], got["start_time"], got["minutes_status"]) == (
            want["body"],
            want["start_time"],
            want["minutes_status"],
        )
        assert similarity(got["location"], want["location"]) >= 0.7


def test_attendance_matches_gold(pack):
    records, _, gold, _ = pack
    found = [vars(a) for a in of(records, Attendee)]
    key = lambda r: (r["meeting_date"], normal_text(r["name"]), r["attendance"])  # noqa: E731
    pairs, extra, missing = pair_by_key(gold.get("attendance", []), found, key)
    assert_scores(pairs, extra, missing, "attendance")


def test_decisions_match_gold(pack):
    records, _, gold, _ = pack
    found = [vars(d) for d in of(records, Decision)]
    key = lambda r: (r["meeting_date"], item_no(r["item_number"]))  # noqa: E731
    pairs, extra, missing = pair_by_key(gold.get("decisions", []), found, key)
    assert_scores(pairs, extra, missing, "decisions")
    for want, got in pairs:
        assert got["decision_type"] == want["decision_type"], got["text"]
        assert similarity(got["text"], want["text"]) >= 0.7, got["text"]


def test_minuted_actions_match_gold(pack):
    records, _, gold, _ = pack
    wanted = [a for a in gold.get("actions", []) if a["action_number"] is None]
    found = of(records, ActionSighting)
    pairs = []
    for want in wanted:
        best = max(found, key=lambda f: similarity(f.description, want["description"]), default=None)
        if best is not None and similarity(best.description, want["description"]) >= 0.7:
            pairs.append((want, best))
            found.remove(best)
    assert_scores(pairs, len(found), len(wanted) - len(pairs), "actions")
    for want, got in pairs:
        assert (got.raised_date, item_no(got.agenda_item_number), got.target_date) == (
            want["raised_date"],
            item_no(want["agenda_item_number"]),
            want["target_date"],
        )
        assert got.subject_text == got.description and got.origin == "minutes"


def test_sample_minutes_leave_no_problems(pack):
    assert pack[3] == []


def test_approval_of_earlier_minutes_is_a_meeting_mention():
    records, _ = read_file(CORPUS / PACKS[0], MinutesExtractor())
    approvals = [m for m in of(records, MeetingMention) if m.origin == "approval"]
    assert [(m.meeting_date, m.minutes_status) for m in approvals] == [("2018-03-01", "approved")]
    assert approvals[0].source.page == 2


def test_attendee_roles_joined_from_wrapped_lines():
    records, _ = read_file(CORPUS / PACKS[0], MinutesExtractor())
    roles = {a.name: a.role_text for a in of(records, Attendee)}
    assert roles["Ray Bisby"] == "Deputy Police and Crime Commissioner, Office of the Police and Crime Commissioner"
    assert roles["Alec Wood"] == "Chief Constable, Cambridgeshire Constabulary"


# --- synthetic layouts --------------------------------------------------------------------


@pytest.fixture(scope="module")
def synthetic_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("minutes")


def extract_synthetic(path):
    records, problems = read_part(path, "minutes", MinutesExtractor())
    return records, problems


@pytest.mark.parametrize("inline", [False, True], ids=["number-column", "number-inline"])
@pytest.mark.parametrize("members", ["lines", "table"])
def test_synthetic_layouts_give_the_same_records(synthetic_dir, inline, members):
    path = build_minutes(synthetic_dir / f"m-{inline}-{members}.pdf", inline=inline, members=members)
    records, problems = extract_synthetic(path)
    decisions = {(d.item_number, d.decision_type) for d in of(records, Decision)}
    assert decisions == {("2.1", "approved"), ("3.2", "resolved"), ("4.1", "endorsed")}
    attendees = {(a.name, a.attendance) for a in of(records, Attendee)}
    assert attendees == {
        ("Olwen Tarrant", "member"),
        ("Basil Quorn", "member"),
        ("Petra Lindqvist", "member"),
        ("Rufus Okafor", "in_attendance"),
        ("Wilfred Pemberton", "apologies"),
        ("Hattie Crane", "apologies"),
    }
    roles = {a.name: a.role_text for a in of(records, Attendee)}
    assert roles["Basil Quorn"] == "Deputy Chief Constable, Northshire Constabulary"
    assert roles["Hattie Crane"] == "Head of Estates, Northshire Constabulary"
    assert problems == []


def test_synthetic_heading(synthetic_dir):
    records, _ = extract_synthetic(build_minutes(synthetic_dir / "heading.pdf"))
    meeting = next(m for m in of(records, MeetingMention) if m.origin == "minutes")
    assert (meeting.body, meeting.meeting_date, meeting.start_time, meeting.location, meeting.minutes_status) == (
        "Northshire Scrutiny Panel",
        "2021-03-09",
        "10:00",
        "Committee Room 4, Northshire House",
        "approved",
    )
    approval = next(m for m in of(records, MeetingMention) if m.origin == "approval")
    assert (approval.meeting_date, approval.minutes_status, approval.body) == (
        "2021-02-03",
        "approved",
        "Northshire Scrutiny Panel",
    )


@pytest.mark.parametrize(
    "status_line, status",
    [
        ("UNCONFIRMED MINUTES", "draft"),
        ("DRAFT MINUTES", "draft"),
        ("CONFIRMED MINUTES", "approved"),
        ("MINUTES", "draft"),
    ],
)
def test_synthetic_status_words(synthetic_dir, status_line, status):
    path = build_minutes(synthetic_dir / f"status-{status_line}.pdf", status_line=status_line)
    records, _ = extract_synthetic(path)
    assert next(m for m in of(records, MeetingMention) if m.origin == "minutes").minutes_status == status


def test_synthetic_decision_across_page_break(synthetic_dir):
    records, _ = extract_synthetic(build_minutes(synthetic_dir / "break.pdf"))
    decision = next(d for d in of(records, Decision) if d.item_number == "4.1")
    assert decision.text == (
        "The Committee endorsed the commissioning intentions and delegated the award of contracts to the Treasurer."
    )
    assert decision.source.page == 1


def test_synthetic_perfect_tense_and_next_meeting_are_not_decisions(synthetic_dir):
    records, _ = extract_synthetic(build_minutes(synthetic_dir / "perfect.pdf"))
    texts = " ".join(d.text for d in of(records, Decision))
    assert "has approved" not in texts and "next meeting" not in texts and "informed" not in texts


def test_synthetic_apologies_without_roles(synthetic_dir):
    records, _ = extract_synthetic(build_minutes(synthetic_dir / "names.pdf", apologies="names"))
    apologies = [(a.name, a.role_text) for a in of(records, Attendee) if a.attendance == "apologies"]
    assert apologies == [("Wilfred Pemberton", None), ("Hattie Crane", None), ("Ivo Marsh", None)]


def test_synthetic_actions(synthetic_dir):
    records, _ = extract_synthetic(build_minutes(synthetic_dir / "actions.pdf"))
    actions = [(a.description, a.agenda_item_number, a.target_date, a.raised_date) for a in of(records, ActionSighting)]
    assert actions == [
        ("The Treasurer to circulate the contract schedule by 30th June 2021.", "4", "2021-06-30", "2021-03-09"),
        ("Update to be brought to the Panel in six months' time.", "4", None, "2021-03-09"),
    ]
    assert all(a.source.page == 2 for a in of(records, ActionSighting))


# --- sentence rules -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Board noted the report.", "noted"),
        ("The Board noted the report and approved the recommendation.", "approved"),
        ("RESOLVED: that the plan be adopted.", "resolved"),
        ("The Committee agreed the budget and delegated authority to the Treasurer.", "agreed"),
        ("The Commissioner approved the grant.", "approved"),
        ("The Commissioner has approved the policy.", None),
        ("The Board had approved the plan in May.", None),
        ("The Board were informed of the changes.", None),
        ("The Board discussed the changes.", None),
        ("The Board is asked to note the report.", None),
        ("The Treasurer of the Office of the Police and Crime Commissioner noted a risk.", None),
    ],
)
def test_decision_type(sentence, expected):
    assert decision_type(sentence) == expected


@pytest.mark.parametrize(
    "text, people",
    [
        ("Ann Smith, Bob Jones and Carl Brown.", [("Ann Smith", None), ("Bob Jones", None), ("Carl Brown", None)]),
        (
            "Ann Smith Chief Constable, Northshire Police and Bob Jones Treasurer, Office of the Police and Crime "
            "Commissioner.",
            [
                ("Ann Smith", "Chief Constable, Northshire Police"),
                ("Bob Jones", "Treasurer, Office of the Police and Crime Commissioner"),
            ],
        ),
        ("Dr Ann Smith, Director of Public Health.", [("Ann Smith", "Dr, Director of Public Health")]),
    ],
)
def test_split_people(text, people):
    assert split_people(text) == people


# --- people in every printed form -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, people",
    [
        (
            "Ann Lee (Chief Executive, OPCC (minutes)), Bob Ray (Treasurer)",
            [("Ann Lee", "Chief Executive, OPCC (minutes)", None), ("Bob Ray", "Treasurer", None)],
        ),
        (
            "DCC Cara Moss (CM); Chief Fire Officer Dan Holt (DH)",
            [("Cara Moss", "DCC", "CM"), ("Dan Holt", "Chief Fire Officer", "DH")],
        ),
        (
            "Councillors Eve Park, Finn Rowe and Gus Hale",
            [("Eve Park", "Councillor", None), ("Finn Rowe", "Councillor", None), ("Gus Hale", "Councillor", None)],
        ),
        ("Ch Supt Hal Innes – Head of Crime", [("Hal Innes", "Ch Supt, Head of Crime", None)]),
        ("Mrs Ida Jones, Clerk and Monitoring Officer", [("Ida Jones", "Mrs, Clerk and Monitoring Officer", None)]),
    ],
)
def test_people_in_run_in_lists(text, people):
    from extractors.minutes import compiled

    found = [(p.name, p.role, p.alias) for p in compiled().people.people_in(text)]
    assert found == people


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Police and Crime Commissioner approved the revised budget.", "approved"),
        ("The Police, Fire and Crime Commissioner agreed the plan.", "agreed"),
        ("The Authority noted the report.", "noted"),
        ("The Chair noted the apologies.", None),
        ("AGREED – that the report be accepted.", "agreed"),
        ("Decision: The Joint Audit Committee endorsed the plan.", "endorsed"),
        ("The Office of the Police and Crime Commissioner noted a risk.", None),
    ],
)
def test_decision_type_in_other_wordings(sentence, expected):
    assert decision_type(sentence) == expected
