"""Template knowledge is data: vocabularies, publisher profiles and the archivist's manifest.

A new column header or a new publisher costs a data file, not code: the tests below change
only data (a user vocabulary file, a profile file, a manifest) and show the pipeline reading
differently. Bad data files fail at load time with an error that names the file and the key.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import profiles, vocabulary
from pipeline.cli import cli
from pipeline.manifest import Manifest, ManifestError, date_from_name
from pipeline.owners import OwnerDirectory
from pipeline.run import ingest
from pipeline.vocabulary import VocabularyError
from tests.synthetic import PaperBuilder

# An action log whose owner column is headed with a word no vocabulary knows yet.
UNKNOWN_OWNER_HEADER = ["Ref", "Date raised", "Action", "Steward", "Due date", "Update"]
ROWS = [
    [
        "Q1",
        "04/03/2021",
        "Publish the revised complaints leaflet in three languages",
        "Head of Standards",
        "30/04/2021",
        "Drafts with translators",
    ],
    [
        "Q2",
        "04/03/2021",
        "Report on the use of the out-of-hours custody desk",
        "Custody Manager",
        "01/06/2021",
        "Data being gathered",
    ],
]


@pytest.fixture(autouse=True)
def default_vocabulary():
    """Every test starts and ends with the packaged vocabularies only."""
    vocabulary.use_files(())
    yield
    vocabulary.use_files(())


def write_log(path: Path) -> Path:
    paper = PaperBuilder(path, landscape_pages=True)
    paper.text("Quality Board action log", bold=True, size=13)
    paper.table([UNKNOWN_OWNER_HEADER, *ROWS], [40, 70, 260, 110, 70, 170])
    return paper.save()


def owners_read(db: Path) -> list[str | None]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("select owner_text from actions order by action_number")]


def test_a_column_synonym_is_added_by_data_alone(tmp_path):
    pdf = write_log(tmp_path / "2021-03-18-log.pdf")
    ingest([pdf], tmp_path / "before.db", workers=1)
    assert owners_read(tmp_path / "before.db") == [None, None]

    extra = tmp_path / "our-words.json"
    extra.write_text(json.dumps({"actions": {"columns": {"owner": ["steward"]}}}), encoding="utf-8")
    ingest([pdf], tmp_path / "after.db", workers=1, vocabulary_files=[extra])
    assert owners_read(tmp_path / "after.db") == ["Head of Standards", "Custody Manager"]


def test_a_user_vocabulary_changes_the_parser_version(tmp_path):
    pdf = write_log(tmp_path / "2021-03-18-log.pdf")
    db = tmp_path / "db.sqlite"
    assert ingest([pdf], db, workers=1).parsed == 1
    assert ingest([pdf], db, workers=1).parsed == 0
    extra = tmp_path / "our-words.json"
    extra.write_text(json.dumps({"actions": {"columns": {"owner": ["steward"]}}}), encoding="utf-8")
    assert ingest([pdf], db, workers=1, vocabulary_files=[extra]).parsed == 1


@pytest.mark.parametrize(
    "content, named",
    [
        ({"actions": {"colums": {}}}, "'actions.colums'"),
        ({"actions": {"columns": {"owner": "accountable"}}}, "'actions.columns.owner' should be a list"),
        ({"actions": {"title_patterns": ["action (log"]}}, "'actions.title_patterns'"),
        ({"action-log": {}}, "unknown vocabulary kind 'action-log'"),
    ],
)
def test_bad_vocabulary_files_name_the_bad_key(tmp_path, content, named):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(VocabularyError, match="bad.json") as error:
        vocabulary.use_files([bad])
        for load in vocabulary._loaders:
            load()
    assert named in str(error.value)


def test_the_cli_reports_a_bad_vocabulary_file_without_a_traceback(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"minutes": {"nonsense": []}}), encoding="utf-8")
    pdf = write_log(tmp_path / "log.pdf")
    result = CliRunner().invoke(cli, ["ingest", str(pdf), "--db", str(tmp_path / "x.db"), "--vocabulary", str(bad)])
    assert result.exit_code == 1
    assert "'minutes.nonsense'" in result.output and "Traceback" not in result.output


# --- publishers ------------------------------------------------------------------------------


def test_a_publisher_is_added_by_a_profile_file(tmp_path, monkeypatch):
    text = "Northshire Police Service\nMinutes of the Northshire Scrutiny Board\nThe Service will report back."
    assert profiles.detect(text).force != "Northshire Police Service"

    (tmp_path / "northshire.json").write_text(
        json.dumps(
            {
                "name": "Northshire",
                "area": "Northshire",
                "force_name": "Northshire Police Service",
                "match_patterns": ["\\bNorthshire\\b"],
                "owner_patterns": {"force": ["the Service"]},
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(profiles, "PROFILES", tmp_path)
    profiles.known_profiles.cache_clear()
    try:
        profile = profiles.detect(text)
        assert profile.name == "Northshire"
        owners = OwnerDirectory(profile=profile)
        assert [o.name for o in owners.resolve("the Service")] == ["Northshire Police Service"]
        assert [o.name for o in owners.resolve("Force")] == ["Northshire Police Service"]
    finally:
        profiles.known_profiles.cache_clear()


def test_a_bad_profile_names_its_key(tmp_path, monkeypatch):
    (tmp_path / "broken.json").write_text(json.dumps({"name": "X", "forcename": "Y"}), encoding="utf-8")
    monkeypatch.setattr(profiles, "PROFILES", tmp_path)
    profiles.known_profiles.cache_clear()
    try:
        with pytest.raises(VocabularyError, match="'profile.forcename'"):
            profiles.known_profiles()
    finally:
        profiles.known_profiles.cache_clear()


@pytest.mark.parametrize(
    "text, area",
    [
        (
            "Minutes\nPresent: the Chief Constable of Westshire Constabulary\nWestshire Police and Crime Commissioner",
            "Westshire",
        ),
        ("JOINT AUDIT COMMITTEE\nWESTSHIRE POLICE AND CRIME COMMISSIONER\nThe Westshire OPCC will report", "Westshire"),
        ("Report of the PCC for Avon and Somerset\nAvon and Somerset Constabulary", "Avon and Somerset"),
        ("Notes of the board\nThe Deputy Police and Crime Commissioner noted the report.", None),
    ],
)
def test_the_area_of_an_unknown_publisher_comes_from_the_paper(text, area):
    assert profiles.area_named(text) == area


# --- the meeting from outside the paper ------------------------------------------------------


@pytest.mark.parametrize(
    "name, date",
    [
        ("19-10-09-BCB-Agenda-Pack.pdf", "2019-10-09"),
        ("2021-03-17_JAC_agenda.pdf", "2021-03-17"),
        ("2020-02-Corporate-risk-register.pdf", None),
        ("2019-Q3-register.pdf", None),
        ("Minutes 2019.pdf", None),
        ("19-13-40-nonsense.pdf", None),
    ],
)
def test_a_leading_date_in_the_file_name(name, date):
    assert date_from_name(name) == date


def test_manifest_rows_fill_what_the_paper_does_not_say(tmp_path):
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(
        "file,source url,publisher,body,date,title\n"
        "papers/log.pdf,https://example.org/log.pdf,Northshire,Scrutiny Board,2021-03-18,Action log\n",
        encoding="utf-8",
    )
    facts = Manifest.load(manifest).facts("archive/papers/log.pdf")
    assert (facts.meeting_date, facts.meeting_date_source) == ("2021-03-18", "manifest")
    assert (facts.publisher, facts.body, facts.source_url) == (
        "Northshire",
        "Scrutiny Board",
        "https://example.org/log.pdf",
    )
    assert Manifest.load(manifest).facts("2021-04-01-log.pdf").meeting_date_source == "file name"


@pytest.mark.parametrize(
    "content, message",
    [
        ("file,when\nx.pdf,2020-01-01\n", "row 1: unknown column 'when'"),
        ("file,meeting_date\nx.pdf,1 March 2020\n", "row 1: meeting_date '1 March 2020' is not YYYY-MM-DD"),
        ("file,body\n,Board\n", "row 1: the 'file' column is empty"),
    ],
)
def test_a_bad_manifest_names_row_and_column(tmp_path, content, message):
    path = tmp_path / "m.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ManifestError, match=message):
        Manifest.load(path)


def test_an_undated_log_lands_at_its_meeting_through_the_manifest(tmp_path):
    pdf = write_log(tmp_path / "log.pdf")
    manifest = tmp_path / "manifest.json"
    manifest.write_text(
        json.dumps([{"file": "log.pdf", "meeting_date": "2021-03-18", "publisher": "Northshire"}]), encoding="utf-8"
    )
    db = tmp_path / "db.sqlite"
    ingest([pdf], db, workers=1, manifest=Manifest.load(manifest))
    with sqlite3.connect(db) as conn:
        row = conn.execute("select meeting_date, meeting_date_source, publisher from documents").fetchone()
        seen = {
            r[0]
            for r in conn.execute("select m.meeting_date from action_events e join meetings m on m.id = e.meeting_id")
        }
    assert row == ("2021-03-18", "manifest", "Northshire")
    assert "2021-03-18" in seen  # the snapshot's sighting is at the manifest's meeting


def test_what_is_worked_out_from_a_vocabulary_follows_the_users_file(tmp_path):
    # a look-up table built from the packaged vocabulary must not outlive it: adding a user's
    # file clears every cache derived from the vocabularies (`vocabulary.derived`)
    from extractors.action_log import label_field, label_phrases

    assert label_field("accountable person") is None and "accountable person" not in label_phrases()
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps({"actions": {"columns": {"owner": ["accountable person"]}}}), encoding="utf-8")
    vocabulary.use_files([extra])
    assert label_field("accountable person") == "owner"
    assert "accountable person" in label_phrases()
