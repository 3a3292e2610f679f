"""Scale simulation for issue 18: a synthetic national archive, and what it costs to grow it.

    PYTHONPATH=. .venv/bin/python benchmarks/scale_sim.py [--sizes 100 1000 5000] [--per-publisher 100]
        [--template DB] [--ingest-sample N] [--workers 1 2] [--clusters local:1 local:2] [--out FILE]

The archive. Perturbed copies of real papers: the records, pages and metadata of every document
in a template database (default: one built from tests/gallery, made if absent) are copied with
their dates shifted (a copy per meeting, ~two months apart, so one log per meeting over years),
their action numbers and descriptions perturbed, and a publisher of their own; each publisher holds
`--per-publisher` files (a force's decade is ~465 files). Copies are written straight to the
store (the parse is stubbed: parsing 5,000 files takes hours on the shared 2-core machine), then
linked as a whole (`ingest --relink`).

What it prints, per archive size:
  - full link s: linking the whole archive (what every run paid before incremental linking);
  - add-one-file s: `ingest NEW.pdf --db ARCHIVE` of one real, tiny action log PDF for the next
    meeting of one publisher (parse + store + incremental link), median of 3, and its link part;
  - peak RSS (MB) of that writer process, and of the full link;
  - database bytes per page.
And, on real PDFs (a sample of the gallery, parsed for real): full-ingest pages/s for each
`--workers` count and each `--cluster` address.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from pipeline import link  # noqa: E402
from pipeline.records import (  # noqa: E402
    DocumentResult,  # noqa: E402
    record_from_dict,
    record_to_dict,
)
from pipeline.store import Store  # noqa: E402

DATE_FIELDS = ("meeting_date", "seen_at", "raised_date", "target_date", "update_date", "register_date")
WORDS = ("review", "report", "update", "brief", "confirm", "circulate", "present", "arrange")


# --- the template and its copies -------------------------------------------------------------


def template(db: Path) -> list[tuple[dict, list[dict], list[tuple[int, str]]]]:
    """(document, records as dicts, page texts) of every parsed document of a database."""
    store = Store(db)
    out = []
    for document, records in store.staged_documents():
        pages = store.db.execute(
            "select page, text from pages where document_id = ? order by page", [document["id"]]
        ).fetchall()
        out.append((document, [record_to_dict(r) for r in records], [tuple(p) for p in pages]))
    store.close()
    return out


def shifted(value, days: int):
    try:
        return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
    except (TypeError, ValueError):
        return value


def perturb(record: dict, days: int, document_id: str, rng: random.Random) -> dict:
    """A record as a later meeting's paper would print it: dates moved, some numbers and words changed."""
    record = dict(record)
    for name in DATE_FIELDS:
        if name in record:
            record[name] = shifted(record[name], days)
    if isinstance(record.get("source"), dict):
        record["source"] = {**record["source"], "document_id": document_id}
    if record.get("action_number") and rng.random() < 0.1:
        record["action_number"] = str(rng.randint(1, 99))
    if record.get("description") and rng.random() < 0.2:
        words = record["description"].split()
        words[rng.randrange(len(words))] = rng.choice(WORDS)
        record["description"] = " ".join(words)
    return record


def copies(templates, publisher: str, count: int, rng: random.Random):
    """`count` documents of one publisher: the templates again and again, a meeting (~61 days) apart."""
    made = 0
    meeting = 0
    while made < count:
        for document, records, pages in templates:
            if made == count:
                break
            days = meeting * 61
            doc_id = f"{abs(hash((publisher, meeting, document['id']))):016x}{made:06d}"
            result = DocumentResult(
                id=doc_id,
                path=f"archive/{publisher}/{meeting:03d}-{Path(document['path']).name}",
                size=1,
                status="ok",
                doc_kind=document["doc_kind"],
                page_count=len(pages),
                body=document["body"],
                meeting_date=shifted(document["meeting_date"], days),
                publisher=publisher,
                page_texts=list(pages),
                records=[record_from_dict(perturb(r, days, doc_id, rng)) for r in records],
            )
            made += 1
            yield result
        meeting += 1


def build_archive(db: Path, templates, files: int, per_publisher: int, seed: int = 18) -> int:
    """Write `files` perturbed copies into `db`, `per_publisher` to a publisher; returns pages."""
    rng = random.Random(seed)
    store = Store(db)
    pages = 0
    publishers = (files + per_publisher - 1) // per_publisher
    for n in range(publishers):
        count = min(per_publisher, files - n * per_publisher)
        with store.transaction():
            for result in copies(templates, publisher_name(n), count, rng):
                store.write_document(replace(result), "synthetic")
                pages += result.page_count or 0
    store.close()
    return pages


def publisher_name(n: int) -> str:
    return f"Shire {n:03d} Police"


# --- measures, each in a child process of its own (its peak memory is its own) -----------------------


def child(command: list[str]) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, *command],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    if done.returncode:
        sys.exit(f"scale_sim: {' '.join(command)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def do_full_link(db: str) -> dict:
    store = Store(db)
    started = time.perf_counter()
    counts = link.relink(store, full=True)
    seconds = time.perf_counter() - started
    store.close()
    return {"seconds": seconds, "actions": counts.get("actions", 0), "peak_mb": peak_mb()}


def do_add_file(db: str, pdf: str, manifest: str) -> dict:
    from pipeline.manifest import Manifest
    from pipeline.run import ingest

    marks: dict[str, float] = {}
    started = time.perf_counter()
    report = ingest(
        [pdf],
        db,
        workers=1,
        manifest=Manifest.load(manifest),
        on_link=lambda: marks.setdefault("link", time.perf_counter()),
    )
    ended = time.perf_counter()
    assert report.parsed == 1 and not report.failed, report.lines()
    return {"seconds": ended - started, "link_seconds": ended - marks.get("link", ended), "peak_mb": peak_mb()}


def new_log(folder: Path, publisher: str, meeting: int) -> tuple[Path, Path]:
    """A real one-page action log PDF for a publisher's next meeting, and a manifest naming its publisher."""
    from action_fixtures import write_log

    when = date(2030, 1, 1) + timedelta(days=61 * meeting)
    shown = when.strftime("%d/%m/%Y")
    rows = [
        [
            f"{n}.0",
            shown,
            f"{4 + n}.0",
            f"Chief Constable to report on item {n} of the {publisher} review",
            "Chief Constable",
            shown,
            "",
            "",
        ]
        for n in range(1, 4)
    ]
    pdf = write_log(folder / f"log-{meeting}.pdf", when.strftime("%d %B %Y"), [rows])
    manifest = folder / f"manifest-{meeting}.csv"
    with open(manifest, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "publisher"])
        writer.writerow([pdf.name, publisher])
    return pdf, manifest


def ingest_rate(sample: list[Path], how: list[str]) -> tuple[float, int]:
    """Pages/s of a real `ingest` of `sample` into a fresh database."""
    with tempfile.TemporaryDirectory() as folder:
        for path in sample:
            shutil.copy(path, Path(folder) / path.name)
        db = Path(folder) / "rate.db"
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "pipeline.cli", "ingest", folder, "--db", str(db), "--quiet", *how],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        seconds = time.perf_counter() - started
        if done.returncode not in (0, 1):
            sys.exit(f"scale_sim: ingest {' '.join(how)} failed:\n{done.stderr[-3000:]}")
        store = Store(db)
        pages = store.db.execute("select coalesce(sum(page_count), 0) from documents").fetchone()[0]
        store.close()
    return pages / seconds, pages


# --- the run ---------------------------------------------------------------------------------------


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_full_link":
        print(json.dumps(do_full_link(sys.argv[2])))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "_add_file":
        print(json.dumps(do_add_file(*sys.argv[2:5])))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--per-publisher", type=int, default=100)
    parser.add_argument(
        "--template", type=Path, help="database to copy papers from [default: built from tests/gallery]"
    )
    parser.add_argument(
        "--ingest-sample", type=int, default=6, help="real PDFs parsed for the pages/s figures (0: skip)"
    )
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--clusters", nargs="*", default=["local:1", "local:2"])
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "boardpapers-scale")
    options = parser.parse_args()
    options.work.mkdir(parents=True, exist_ok=True)

    gallery = sorted((ROOT / "tests" / "gallery").glob("*.pdf"), key=lambda p: p.stat().st_size)
    if options.ingest_sample:
        sample = gallery[: options.ingest_sample]
        for workers in options.workers:
            rate, pages = ingest_rate(sample, ["--workers", str(workers)])
            print(
                f"full ingest, --workers {workers}: {rate:.2f} pages/s ({pages} pages, {len(sample)} files)", flush=True
            )
        for address in options.clusters:
            rate, pages = ingest_rate(sample, ["--cluster", address])
            print(
                f"full ingest, --cluster {address}: {rate:.2f} pages/s ({pages} pages, {len(sample)} files)", flush=True
            )

    template_db = options.template or options.work / "template.db"
    if not template_db.exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pipeline.cli",
                "ingest",
                str(ROOT / "tests" / "gallery"),
                "--db",
                str(template_db),
                "--quiet",
            ],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    templates = template(template_db)
    print(f"template: {len(templates)} papers from {template_db}", flush=True)
    print("files  publishers  pages  build s  full link s (MB)  add one file s [link s] (MB)  bytes/page", flush=True)
    for size in options.sizes:
        db = options.work / f"archive-{size}.db"
        db.unlink(missing_ok=True)
        started = time.perf_counter()
        pages = build_archive(db, templates, size, options.per_publisher)
        built = time.perf_counter() - started
        full = child(["_full_link", str(db)])
        adds = []
        for attempt in range(3):
            folder = options.work / f"new-{size}-{attempt}"
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            pdf, manifest = new_log(
                folder, publisher_name(attempt % max(1, size // options.per_publisher)), 1000 + attempt
            )
            adds.append(child(["_add_file", str(db), str(pdf), str(manifest)]))
        add = statistics.median(a["seconds"] for a in adds)
        add_link = statistics.median(a["link_seconds"] for a in adds)
        add_mb = max(a["peak_mb"] for a in adds)
        per_page = db.stat().st_size / max(1, pages)
        publishers = (size + options.per_publisher - 1) // options.per_publisher
        print(
            f"{size:5d}  {publishers:10d}  {pages:5d}  {built:7.1f}  {full['seconds']:8.2f} ({full['peak_mb']:.0f})"
            f"       {add:6.2f} [{add_link:.2f}] ({add_mb:.0f})          {per_page:8.0f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
