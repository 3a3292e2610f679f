"""The `boardpapers` command: a thin click layer over the library.

Takes command-line words; calls `run.ingest`, `evaluate.evaluate` and the store's
views, and prints what they return. Domain errors become `click.ClickException`s
whose message says how to fix them: one line, never a traceback (a database that is
read-only, locked, full or not a database; a path that holds no PDF). Text that came from
a PDF or a file name is printed with control characters escaped (`\x1b`), so a hostile
paper cannot drive the terminal; machine formats (JSON, CSV) are escaped only on a terminal.
"""

from __future__ import annotations

import json
import re
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import store
from .cluster import ClusterError
from .discover import DiscoverError
from .evaluate import EvaluationError
from .evaluate import evaluate as evaluate_db
from .formats import render
from .manifest import Manifest, ManifestError
from .run import RunReport, Stopped
from .run import ingest as run_ingest
from .vocabulary import VocabularyError
from .workers import Limits

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar

DEFAULT_DB = "output/boardpapers.db"
DEFAULT_CORPUS = "corpus"
db_option = click.option(
    "--db",
    "db_path",
    default=DEFAULT_DB,
    show_default=True,
    envvar="BOARDPAPERS_DB",
    show_envvar=True,
    type=click.Path(dir_okay=False),
    help="SQLite database file",
)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """Text that cannot drive a terminal: control characters (and bidi overrides) escaped, lone
    surrogates of undecodable file names shown as \\udcNN; newlines and tabs kept."""
    text = CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(text))
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def say(text: str = "", err: bool = False) -> None:
    click.echo(terminal_safe(text), err=err)


vocabulary_option = click.option(
    "--vocabulary",
    "vocabularies",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="JSON file extending the template vocabularies (repeatable)",
)
timeout_option = click.option(
    "--timeout",
    type=click.FloatRange(min=1),
    default=Limits.seconds,
    show_default=True,
    help="Seconds one file may take; a file over it is recorded as failed",
)
max_memory_option = click.option(
    "--max-memory",
    type=click.IntRange(min=64),
    default=Limits.memory_mb,
    show_default=True,
    help="Megabytes of memory one file may use; a file over it is recorded as failed",
)


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
@click.option(
    "--manifest",
    type=click.Path(exists=True, dir_okay=False),
    help="CSV or JSON of file, source_url, publisher, body, meeting_date, title",
)
@vocabulary_option
@timeout_option
@max_memory_option
@click.option("--prune", is_flag=True, help="Remove documents whose files are gone from the folders read")
@click.option(
    "--reader",
    type=click.Choice(["pdfium", "pdfminer"]),
    default=None,
    help="Where characters come from: PDFium (fast) or pdfminer [default: pdfium, or $BOARDPAPERS_READER]",
)
@click.option(
    "--cluster",
    metavar="ADDRESS",
    help="Parse on a Dask cluster: a scheduler address (tcp://host:8786), or local:N for N local workers",
)
@click.option("--relink", is_flag=True, help="Link the whole archive again, not only the publishers that changed")
@click.option(
    "--ocr",
    "ocr_mode",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Read pages by OCR (Tesseract): auto = pages without a text layer only",
)
def ingest(
    paths,
    db_path,
    workers,
    quiet,
    manifest,
    vocabularies,
    timeout,
    max_memory,
    prune,
    reader,
    cluster,
    relink,
    ocr_mode,
):
    """Read every PDF under PATHS (default: corpus/) into the database.

    Re-running is safe: unchanged files are skipped, changed files replace their rows, files gone
    from the folders read are marked missing (removed with --prune)."""
    paths = paths or (DEFAULT_CORPUS,)
    try:
        options = {
            "manifest": Manifest.load(manifest),
            "vocabulary_files": vocabularies,
            "limits": Limits(timeout, max_memory),
            "prune": prune,
            "reader": reader,
            "cluster": cluster,
            "relink": relink,
            "ocr_mode": ocr_mode,
        }
        report = ingest_with_progress(paths, db_path, workers, quiet, options)
    except DiscoverError as error:
        raise click.ClickException(terminal_safe(f"{error}. Give a PDF file or a folder of PDFs.")) from None
    except (ManifestError, VocabularyError) as error:
        raise click.ClickException(terminal_safe(f"{error}. Correct the file and run again.")) from None
    except store.StoreError as error:
        raise click.ClickException(terminal_safe(f"{error}.")) from None
    except ClusterError as error:
        raise click.ClickException(terminal_safe(f"{error}. Check the --cluster address.")) from None
    except KeyboardInterrupt as error:  # Ctrl-C, or SIGTERM (`Stopped`)
        name = "SIGTERM" if isinstance(error, Stopped) else "SIGINT"
        say(f"\nstopped by {name}: every file written so far is whole; run again to finish", err=True)
        sys.exit(128 + signal.Signals[name].value)
    if not quiet:
        for line in report.lines():
            say(line)
    if report.failed:
        sys.exit(1)


def ingest_with_progress(paths, db_path, workers, quiet, options=None) -> RunReport:
    options = options or {}
    if quiet:
        return run_ingest(paths, db_path, workers=workers, **options)
    bar: ProgressBar | None = None
    pages = 0

    def linking() -> None:
        say("Linking meetings, actions, risks and owners across documents…", err=True)

    def start(total: int) -> None:
        nonlocal bar
        bar = click.progressbar(
            length=total, label="Parsing", file=sys.stderr, item_show_func=lambda _: f"{pages} pages"
        ).__enter__()

    def advance(result) -> None:
        nonlocal pages
        pages += result.page_count or 0
        if bar is not None:
            bar.update(1, result)

    try:
        return run_ingest(paths, db_path, workers=workers, progress=advance, on_start=start, on_link=linking, **options)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)


@cli.command()
@click.argument("pdf", type=click.Path(exists=True, dir_okay=False))
@vocabulary_option
@timeout_option
@max_memory_option
def parts(pdf, vocabularies, timeout, max_memory):
    """Print the papers inside PDF: each part's kind, pages, title and the evidence for its kind.

    The view to start from when a paper reads wrong: it shows what every extractor saw. The file
    is read under the same limits as in `ingest`."""
    from .inspect import InspectError, describe_parts_within

    try:
        lines = describe_parts_within(pdf, vocabularies, Limits(timeout, max_memory))
    except (InspectError, VocabularyError) as error:
        raise click.ClickException(terminal_safe(str(error))) from None
    for line in lines:
        say(line)


@cli.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@db_option
@click.option("--misses", is_flag=True, help="List missing and extra records")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON")
def evaluate(gold_dir, db_path, misses, as_json):
    """Score the database against gold JSON records (precision, recall, F1, field accuracy)."""
    if Path(db_path).is_file():
        require_db(db_path)  # a PDF, a damaged file or another program's database: say so in one line
    try:
        report = evaluate_db(db_path, gold_dir)
    except EvaluationError as error:
        raise click.ClickException(terminal_safe(str(error))) from None
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        say(report.as_table(misses=misses))


# --- read commands: the workbench on the command line --------------------------------------------


def output_options(command):
    """--table (default), --json, --nl, --csv, and --width to cut table cells (nothing is cut otherwise)."""
    for flag, help_text in (
        ("--csv", "CSV of every column"),
        ("--nl", "newline-delimited JSON, a row a line"),
        ("--json", "JSON of every column"),
    ):
        command = click.option(flag, "fmt", flag_value=flag[2:], help=help_text)(command)
    command = click.option("--table", "fmt", flag_value="table", default=True, help="an aligned table (default)")(
        command
    )
    return click.option(
        "--width",
        type=click.IntRange(min=4),
        default=None,
        help="Cut table cells to N characters [default: nothing is cut]",
    )(command)


@cli.command()
@db_option
@click.option("--open", "only_open", is_flag=True, help="Only actions still open")
@click.option("--owner", help="Only actions whose owner (canonical name or alias) contains TEXT")
@click.option("--overdue-at", type=click.DateTime(["%Y-%m-%d"]), help="Only open actions whose target is before DATE")
@output_options
def actions(db_path, only_open, owner, overdue_at, fmt, width):
    """List actions (from the `open_actions` / `actions` tables)."""
    rows = store.list_actions(
        require_db(db_path),
        only_open=only_open,
        owner=owner,
        overdue_at=overdue_at.date().isoformat() if overdue_at else None,
    )
    echo_rows(
        rows, ("id", "action_number", "raised_date", "status", "target_date", "owners", "description"), fmt, width
    )


@cli.command()
@click.argument("action")
@click.option(
    "--raised",
    type=click.DateTime(["%Y-%m-%d"]),
    help="The date the action was raised, when several actions share its number",
)
@db_option
@output_options
def trace(action, raised, db_path, fmt, width):
    """Print one action's timeline, with the document and page of every step.

    ACTION is an action number as printed (`6.0`, or `6`) or an action id."""
    header = one_action(require_db(db_path), action, raised.date().isoformat() if raised else None)
    steps = store.action_trace(db_path, header["id"])
    columns = (
        "meeting_date",
        "event",
        "target_date",
        "update_date",
        "update_text",
        "document_path",
        "page",
        "page_label",
    )
    if fmt == "json":
        action_row = {**header, "owners": json.loads(header["owners"] or "[]")}
        echo_text(json.dumps({"action": action_row, "steps": steps}, indent=2, ensure_ascii=False), fmt)
        return
    if fmt == "table":
        for line in action_header(header):
            say(line)
        say()
    echo_rows(steps, columns, fmt, width)


def one_action(db_path: str, reference: str, raised: str | None) -> dict:
    found = store.find_actions(db_path, reference, raised)
    when = f" raised {raised}" if raised else ""
    if not found:
        raise click.ClickException(
            f"no action {reference!r}{when} in {db_path}: list actions with "
            f"`boardpapers actions` (give the number as printed, or an id)"
        )
    if len(found) > 1:
        choices = ", ".join(f"{a['action_number']} raised {a['raised_date']}" for a in found)
        raise click.ClickException(
            f"{len(found)} actions have number {reference!r}{when} ({choices}): choose one with --raised YYYY-MM-DD"
        )
    return found[0]


def action_header(action: dict) -> list[str]:
    owners = ", ".join(json.loads(action["owners"] or "[]")) or action["owner_text"] or "no owner recorded"
    number = action["action_number"] or "(minuted, no number)"
    return [
        f"Action {number}, raised {action['raised_date'] or '?'} under item {action['agenda_item_number'] or '?'}",
        f"  {action['description'] or ''}",
        f"  owners: {owners}",
        f"  status: {action['status']}"
        + (f" (closed {action['closed_date']})" if action["closed_date"] else "")
        + f"; target {action['target_date'] or 'none'}; last seen {action['last_seen'] or '?'}",
        f"  id: {action['id']}",
    ]


@cli.command()
@click.argument("reference")
@db_option
@output_options
def risks(reference, db_path, fmt, width):
    """Print a risk's ratings over time (from the `risk_history` view)."""
    rows = store.risk_history(require_db(db_path), reference)
    if not rows:
        raise click.ClickException(f"no risk with reference {reference!r} in {db_path}")
    if fmt == "table":
        say(f"{rows[0]['reference']} {rows[0]['objective'] or ''}: {rows[0]['description'] or ''}")
    echo_rows(
        rows,
        ("register_date", "phase", "likelihood", "impact", "score", "origin", "document_path", "page", "page_label"),
        fmt,
        width,
    )


@cli.command()
@click.argument("name", required=False)
@db_option
@output_options
def owners(name, db_path, fmt, width):
    """List owners with their aliases and what they own."""
    echo_rows(store.list_owners(require_db(db_path), name), ("id", "kind", "name", "aliases", "actions"), fmt, width)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on")
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True, help="Port to listen on")
@click.option(
    "--root",
    type=click.Path(exists=True, file_okay=False),
    default=".",
    show_default=True,
    help="The folder `ingest` ran in: the PDFs are found under it by their stored paths",
)
@click.option(
    "--charts",
    "charts_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Where to write the charts served at /charts/ [default: charts/ beside the database]",
)
def serve(db_path, host, port, root, charts_dir):
    """Browse the database in Datasette, read-only: described tables, links between rows, search,
    the users' questions as canned queries, charts, and every row's page of its PDF."""
    from . import serve as workbench

    db_path = require_db(db_path)
    charts_dir = charts_dir or str(Path(db_path).parent / "charts")
    click.echo(f"Serving {db_path} at http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    workbench.run(db_path, host=host, port=port, root=root, charts_dir=charts_dir)


@cli.command()
@db_option
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    default=None,
    help="Folder for the SVG charts and index.html [default: charts/ beside the database]",
)
@click.option("--as-at", type=click.DateTime(["%Y-%m-%d"]), help="Date for action ageing [default: the latest meeting]")
def report(db_path, out, as_at):
    """Write the charts as SVG: each risk's score over time, a likelihood × impact heat map per
    register snapshot, and open actions by owner and age."""
    from .charts import write_report

    db_path = require_db(db_path)
    for path in write_report(
        db_path, out or Path(db_path).parent / "charts", as_at.date().isoformat() if as_at else None
    ):
        click.echo(str(path))


def require_db(db_path: str) -> str:
    """The path, if it is a boardpapers database; otherwise an error saying why (nothing is created)."""
    try:
        store.check_database(db_path)
    except store.NotABoardpapersDatabase as error:
        raise click.ClickException(str(error)) from None
    return db_path


def echo_rows(rows: list[dict], columns: tuple[str, ...], fmt: str = "table", width: int | None = None) -> None:
    text = render(rows, columns, fmt, width)
    if text:
        echo_text(text, fmt)


def echo_text(text: str, fmt: str) -> None:
    """Print rendered rows: a table always escaped, machine formats escaped only on a terminal
    (so a file or pipe gets the data exactly)."""
    if fmt == "table" or sys.stdout.isatty():
        say(text)
    else:
        click.echo(text)


if __name__ == "__main__":
    cli()
