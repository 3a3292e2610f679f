"""The `boardpapers` command: a thin click layer over the library.

Takes command-line words; calls `run.ingest`, `evaluate.evaluate` and the store's
views, and prints what they return. Domain errors become `click.ClickException`s
whose message says how to fix them.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import store
from .discover import DiscoverError
from .evaluate import EvaluationError, evaluate as evaluate_db
from .manifest import Manifest, ManifestError
from .run import RunReport, ingest as run_ingest
from .vocabulary import VocabularyError

DEFAULT_DB = "output/boardpapers.db"
DEFAULT_CORPUS = "corpus"
db_option = click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
                         type=click.Path(dir_okay=False), help="SQLite database file")


@click.group()
@click.version_option(package_name="boardpapers")
def cli():
    """Turn published board papers (PDF) into a SQLite database of meetings,
    agenda items, decisions, actions and risks."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@db_option
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Parallel parsers [default: all cores]")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary")
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False),
              help="CSV or JSON of file, source_url, publisher, body, meeting_date, title")
@click.option("--vocabulary", "vocabularies", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="JSON file extending the template vocabularies (repeatable)")
def ingest(paths, db_path, workers, quiet, manifest, vocabularies):
    """Read every PDF under PATHS (default: corpus/) into the database.

    Re-running is safe: unchanged files are skipped, changed files replace their rows."""
    paths = paths or (DEFAULT_CORPUS,)
    try:
        options = {"manifest": Manifest.load(manifest), "vocabulary_files": vocabularies}
        report = ingest_with_progress(paths, db_path, workers, quiet, options)
    except DiscoverError as error:
        raise click.ClickException(f"{error}. Give a PDF file or a folder of PDFs.")
    except (ManifestError, VocabularyError) as error:
        raise click.ClickException(f"{error}. Correct the file and run again.")
    if not quiet:
        for line in report.lines():
            click.echo(line)
    if report.failed:
        sys.exit(1)


def ingest_with_progress(paths, db_path, workers, quiet, options=None) -> RunReport:
    options = options or {}
    if quiet:
        return run_ingest(paths, db_path, workers=workers, **options)
    bar = None
    pages = 0

    def start(total: int) -> None:
        nonlocal bar
        bar = click.progressbar(length=total, label="Parsing", file=sys.stderr,
                                item_show_func=lambda _: f"{pages} pages").__enter__()

    def advance(result) -> None:
        nonlocal pages
        pages += result.page_count or 0
        bar.update(1, result)

    try:
        return run_ingest(paths, db_path, workers=workers, progress=advance, on_start=start, **options)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)


@cli.command()
@click.argument("pdf", type=click.Path(exists=True, dir_okay=False))
@click.option("--vocabulary", "vocabularies", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="JSON file extending the template vocabularies (repeatable)")
def parts(pdf, vocabularies):
    """Print the papers inside PDF: each part's kind, pages, title and the evidence for its kind.

    The view to start from when a paper reads wrong: it shows what every extractor saw."""
    from .inspect import describe_parts, InspectError
    try:
        lines = describe_parts(pdf, vocabularies)
    except (InspectError, VocabularyError) as error:
        raise click.ClickException(str(error))
    for line in lines:
        click.echo(line)


@cli.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@db_option
@click.option("--misses", is_flag=True, help="List missing and extra records")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON")
def evaluate(gold_dir, db_path, misses, as_json):
    """Score the database against gold JSON records (precision, recall, F1, field accuracy)."""
    try:
        report = evaluate_db(db_path, gold_dir)
    except EvaluationError as error:
        raise click.ClickException(str(error))
    if as_json:
        import json
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        click.echo(report.as_table(misses=misses))


@cli.command()
@db_option
@click.option("--open", "only_open", is_flag=True, help="Only actions still open")
@click.option("--owner", help="Only actions whose owner (canonical name or alias) contains TEXT")
@click.option("--overdue-at", type=click.DateTime(["%Y-%m-%d"]), help="Only open actions whose target is before DATE")
def actions(db_path, only_open, owner, overdue_at):
    """List actions (from the `open_actions` / `actions` tables)."""
    rows = store.list_actions(require_db(db_path), only_open=only_open, owner=owner,
                           overdue_at=overdue_at.date().isoformat() if overdue_at else None)
    echo_rows(rows, ("id", "action_number", "raised_date", "status", "target_date", "owners", "description"))


@cli.command()
@click.argument("action_id")
@db_option
def trace(action_id, db_path):
    """Print one action's timeline, with the document and page of every step."""
    steps = store.action_trace(require_db(db_path), action_id)
    if not steps:
        raise click.ClickException(f"no action with id {action_id!r}: list ids with `boardpapers actions`")
    echo_rows(steps, ("meeting_date", "event", "target_date", "update_date", "update_text", "document_path", "page"))


@cli.command()
@click.argument("reference")
@db_option
def risks(reference, db_path):
    """Print a risk's ratings over time (from the `risk_history` view)."""
    rows = store.risk_history(require_db(db_path), reference)
    if not rows:
        raise click.ClickException(f"no risk with reference {reference!r} in {db_path}")
    click.echo(f"{rows[0]['reference']} {rows[0]['objective'] or ''}: {rows[0]['description'] or ''}")
    echo_rows(rows, ("register_date", "phase", "likelihood", "impact", "score", "origin", "document_path", "page"))


@cli.command()
@click.argument("name", required=False)
@db_option
def owners(name, db_path):
    """List owners with their aliases and what they own."""
    echo_rows(store.list_owners(require_db(db_path), name), ("id", "kind", "name", "aliases", "actions"))


def require_db(db_path: str) -> str:
    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist: run `boardpapers ingest` first")
    return db_path


def echo_rows(rows: list[dict], columns: tuple[str, ...]) -> None:
    if not rows:
        click.echo("(none)")
        return
    widths = {c: min(60, max(len(c), *(len(str(r.get(c) if r.get(c) is not None else "")) for r in rows)))
              for c in columns}
    click.echo("  ".join(c.ljust(widths[c]) for c in columns))
    for row in rows:
        cells = [str(row.get(c) if row.get(c) is not None else "")[:60].ljust(widths[c]) for c in columns]
        click.echo("  ".join(cells).rstrip())


if __name__ == "__main__":
    cli()
