"""Completeness: what the code offers is documented and tested (after sqlite-utils' test_docs.py).

- every `boardpapers` command has help, and its name and options are in the README's
  "Commands" synopsis;
- every record type has its table in the database built from the corpus and its entry in
  the database contract (SCHEMA.md, linked from the README);
- every registered extractor says what it reads and yields, has a module docstring, and is
  exercised by a test and on the gallery's real papers; every record type is yielded by some
  extractor and its table is named in the README.

A new command, record type or extractor fails here until its documentation and tests exist.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from extractors import EXTRACTORS
from pipeline.cli import cli
from pipeline.records import PART_KINDS, RECORD_TYPES

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SCHEMA = (ROOT / "SCHEMA.md").read_text(encoding="utf-8")
TESTS = {path.name: path.read_text(encoding="utf-8") for path in (ROOT / "tests").glob("*.py")}

# The table each record type is stored in (SCHEMA.md). A new record type needs a line here.
TABLE_OF_RECORD = {
    "meeting": "meetings",
    "attendee": "attendance",
    "agenda_item": "agenda_items",
    "decision": "decisions",
    "action": "actions",
    "risk": "risks",
    "risk_rating": "risk_ratings",
}


def readme_section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\b.*?(?=^## )", README, re.M | re.S)
    assert match, f"README.md has no '## {title}' section"
    return match.group(0)


def contract_tables() -> set[str]:
    """Table names of SCHEMA.md's headings ('## owners, owner_aliases — who is responsible')."""
    names: set[str] = set()
    for heading in re.findall(r"^## (.+)$", SCHEMA, re.M):
        names |= {name.strip() for name in heading.split(" — ")[0].split(",")}
    return names


# --- commands ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help(name):
    command = cli.commands[name]
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert command.help and command.help.strip(), f"`boardpapers {name}` has no docstring"
    first_line = " ".join(command.help.strip().splitlines()[0].split())
    assert first_line in " ".join(result.output.split())  # click wraps the text
    for option in command.params:
        if isinstance(option, click.Option):
            assert option.help, f"`boardpapers {name} {option.opts[0]}` has no help text"


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_and_option_is_in_the_readme(name):
    """Each command has its synopsis line; each option is on it or explained in the section
    (options shared by several commands may stand for a placeholder such as FORMAT)."""
    section = readme_section("Commands")
    synopsis = [line for line in section.splitlines() if line.startswith(f"boardpapers {name}")]
    assert synopsis, f"README.md's Commands section has no 'boardpapers {name} ...' line"
    for option in cli.commands[name].params:
        if isinstance(option, click.Option) and not option.hidden:
            assert any(re.search(rf"{re.escape(opt)}\b", section) for opt in option.opts), (
                f"README.md's Commands section does not mention {option.opts[0]} of 'boardpapers {name}'"
            )


def test_the_group_has_help_and_a_version():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0 and cli.help and cli.help.split()[0] in result.output
    assert CliRunner().invoke(cli, ["--version"]).exit_code == 0


# --- record types ------------------------------------------------------------------------


def test_every_record_type_has_a_table_name_here():
    assert set(TABLE_OF_RECORD) == set(RECORD_TYPES), "add the new record type's table to TABLE_OF_RECORD"


@pytest.mark.parametrize("kind", sorted(RECORD_TYPES))
def test_every_record_type_has_its_table_in_the_database(corpus_db, kind):
    table = TABLE_OF_RECORD[kind]
    with sqlite3.connect(corpus_db) as conn:
        found = conn.execute("select count(*) from sqlite_master where type = 'table' and name = ?", [table])
        assert found.fetchone()[0] == 1, f"no table {table} for record type {kind}"


@pytest.mark.parametrize("kind", sorted(RECORD_TYPES))
def test_every_record_type_has_its_readme_entry(kind):
    """The README names each record type's table (its example SQL and sections for analysts)."""
    assert re.search(rf"\b{TABLE_OF_RECORD[kind]}\b", README), (
        f"README.md never names the {TABLE_OF_RECORD[kind]} table"
    )


@pytest.mark.parametrize("kind", sorted(RECORD_TYPES))
def test_every_record_type_is_in_the_contract(kind):
    assert TABLE_OF_RECORD[kind] in contract_tables(), f"SCHEMA.md has no '## {TABLE_OF_RECORD[kind]}' section"
    assert "SCHEMA.md" in README, "the README no longer points at the database contract"


def test_every_record_type_is_yielded_by_an_extractor():
    yielded = {cls for extractor in EXTRACTORS for cls in extractor.yields}
    assert set(RECORD_TYPES.values()) <= yielded, set(RECORD_TYPES.values()) - yielded


# --- extractors --------------------------------------------------------------------------


@pytest.mark.parametrize("extractor", EXTRACTORS, ids=lambda e: e.name)
def test_every_extractor_declares_what_it_reads_and_yields(extractor):
    assert isinstance(extractor.name, str) and extractor.name
    assert extractor.reads and set(extractor.reads) <= set(PART_KINDS), extractor.reads
    assert extractor.yields and set(extractor.yields) <= set(RECORD_TYPES.values()), extractor.yields
    assert callable(extractor.extract)
    module = sys.modules[type(extractor).__module__]
    assert module.__doc__ and module.__doc__.strip(), f"{module.__name__} has no module docstring"


def test_extractor_names_are_unique():
    names = [extractor.name for extractor in EXTRACTORS]
    assert len(names) == len(set(names)), names


@pytest.mark.parametrize("extractor", EXTRACTORS, ids=lambda e: e.name)
def test_every_extractor_is_exercised_on_real_papers(gallery_db, extractor):
    """End to end, not only named in a test: the gallery (one template per paper) has parts of the
    kind the extractor claims, and rows in the table of every record type it yields."""
    with sqlite3.connect(gallery_db) as conn:
        parts = conn.execute("select count(*) from document_parts where part_kind = ?", [extractor.claims])
        assert parts.fetchone()[0] > 0, f"no part of the gallery is recognised as {extractor.claims}"
        for kind, record in RECORD_TYPES.items():
            if record in extractor.yields:
                table = TABLE_OF_RECORD[kind]
                assert conn.execute(f"select count(*) from [{table}]").fetchone()[0] > 0, f"{table} is empty"


@pytest.mark.parametrize("extractor", EXTRACTORS, ids=lambda e: e.name)
def test_every_extractor_is_exercised_by_a_test(extractor):
    cls = type(extractor).__name__
    users = [name for name, text in TESTS.items() if name != Path(__file__).name and re.search(rf"\b{cls}\b", text)]
    assert users, f"no test file uses {cls}"
