"""OCR on a scanned twin: how well and how fast a scan of a real pack is read.

    .venv/bin/python benchmarks/ocr_twin.py [PDF] [--dpi 200] [--skew 0.8] [--noise 0.004]

Builds the scanned twin of PDF (default: corpus/19-10-09-BCB-Agenda-Pack.pdf): every page
rendered at --dpi, tilted by up to ±--skew degrees, speckled, rebuilt as an image-only PDF
under the same file name (tests/scan_fixtures.py). Then ingests the text PDF and the twin,
each alone with one worker, into fresh databases, and prints:
  - the twin's macro F1 against the text PDF's gold (tests/gold/<name>.json; the same gold:
    a twin prints the same records), beside the text PDF's own;
  - OCR seconds per page: (twin's ingest time - text PDF's ingest time) / pages;
  - the twin's mean word confidence and the pages OCR read.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import evaluate  # noqa: E402
from tests.scan_fixtures import scanned_twin  # noqa: E402


def ingest(folder: Path, db: Path) -> float:
    """Seconds to ingest `folder` with one worker (the page cache off: every page read afresh)."""
    started = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline.cli",
            "ingest",
            str(folder),
            "--db",
            str(db),
            "--workers",
            "1",
            "--quiet",
            "--timeout",
            "7200",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={k: v for k, v in __import__("os").environ.items() if k != "BOARDPAPERS_PAGE_CACHE"},
    )
    if done.returncode not in (0, 1):
        sys.exit(f"ocr_twin: ingest failed:\n{done.stderr}")
    return time.perf_counter() - started


def score(db: Path, gold: Path, work: Path) -> float:
    """Macro F1 of `db` against the one gold file."""
    folder = work / f"gold-{db.stem}"
    folder.mkdir()
    shutil.copy(gold, folder / gold.name)
    return evaluate(db, folder).macro_f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", nargs="?", default=str(ROOT / "corpus/19-10-09-BCB-Agenda-Pack.pdf"))
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--skew", type=float, default=0.8)
    parser.add_argument("--noise", type=float, default=0.004)
    parser.add_argument("--keep", type=Path, help="copy the twin and its database into this folder")
    args = parser.parse_args()
    source = Path(args.pdf).resolve()
    gold = ROOT / "tests/gold" / f"{source.stem}.json"
    with tempfile.TemporaryDirectory(prefix="ocr-twin-") as temporary:
        work = Path(temporary)
        (work / "text").mkdir()
        (work / "scan").mkdir()
        shutil.copy(source, work / "text" / source.name)
        scanned_twin(source, work / "scan" / source.name, dpi=args.dpi, skew=args.skew, noise=args.noise)
        text_seconds = ingest(work / "text", work / "text.db")
        scan_seconds = ingest(work / "scan", work / "scan.db")
        with sqlite3.connect(work / "scan.db") as db:
            pages, ocr_pages, confidence, status = db.execute(
                "select page_count, ocr_pages, ocr_confidence, status from documents"
            ).fetchone()
        print(f"twin of {source.name}: {pages} pages at {args.dpi} dpi, skew ±{args.skew}°, noise {args.noise}")
        print(f"status {status}; OCR pages {ocr_pages}; mean word confidence {confidence}")
        if gold.exists():
            print(
                f"macro F1: text PDF {score(work / 'text.db', gold, work):.3f}, twin {score(work / 'scan.db', gold, work):.3f}"
            )
        print(f"ingest: text PDF {text_seconds:.1f} s, twin {scan_seconds:.1f} s")
        print(f"OCR seconds per page: {(scan_seconds - text_seconds) / pages:.2f}")
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(work / "scan" / source.name, args.keep / source.name)
            shutil.copy(work / "scan.db", args.keep / "scan.db")


if __name__ == "__main__":
    main()
