"""Speed and memory of `boardpapers ingest` against bare pdfplumber, in one run.

    .venv/bin/python benchmarks/bench_ingest.py [PATH ...] [--copies N]

Copies the PDFs under PATH (default: corpus/) N times into a temporary folder, each
copy made distinct by a trailing PDF comment (so it is a new document, parsed again),
then measures, each in its own child process of this one:
  1. bare pdfplumber: words and tables of every page (the floor any parser pays);
  2. `boardpapers ingest --workers 1`, then `--workers 2`, into fresh databases;
  3. an unchanged re-run over a folder of 100 distinct copies of the smallest file;
  4. peak RSS of ingesting the largest file alone.
It prints pages/s of each, the ratios, and checks them against the targets:
ingest(1) >= 0.8 x bare, ingest(2) >= 1.7 x ingest(1), re-run < 1 s per 100 files,
peak RSS < 500 MB.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = """
import sys, pdfplumber
pages = 0
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
            for table in page.find_tables():
                table.extract()
            page.close()
            pages += 1
print(pages)
"""


def make_copies(sources: list[Path], folder: Path, copies: int) -> list[Path]:
    files = []
    for n in range(copies):
        for source in sources:
            target = folder / f"copy{n}-{source.name}"
            target.write_bytes(source.read_bytes() + f"\n% benchmark copy {n}\n".encode())
            files.append(target)
    return files


def timed(command: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"benchmark: {' '.join(command[:3])} failed:\n{done.stderr}")
    return elapsed, done.stdout


def peak_rss_of(command: list[str]) -> float:
    """Peak resident memory (MB) of the largest process the command ran (rusage of waited children)."""
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import resource,subprocess,sys;subprocess.run(sys.argv[1:], capture_output=True);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)",
            *command,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return int(probe.stdout.strip().splitlines()[-1]) / 1024


def boardpapers(*args: str) -> list[str]:
    return [sys.executable, "-m", "pipeline.cli", *args]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "corpus")])
    parser.add_argument("--copies", type=int, default=3)
    args = parser.parse_args()
    os.environ.pop("BOARDPAPERS_PAGE_CACHE", None)  # measure pdfplumber, not the page cache (pipeline/cache.py)
    sources = sorted(p for root in map(Path, args.paths) for p in ([root] if root.is_file() else root.rglob("*.pdf")))
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        return run(sources, work, args.copies)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(sources: list[Path], work: Path, copies: int) -> int:
    folder = work / "pdfs"
    folder.mkdir()
    files = make_copies(sources, folder, copies)
    bare_time, out = timed([sys.executable, "-c", BARE, *map(str, files)])
    pages = int(out.strip())
    one, _ = timed(boardpapers("ingest", str(folder), "--db", str(work / "one.db"), "--workers", "1", "--quiet"))
    two, _ = timed(boardpapers("ingest", str(folder), "--db", str(work / "two.db"), "--workers", "2", "--quiet"))
    rerun = rerun_per_100(min(sources, key=lambda p: p.stat().st_size), work)
    largest = max(sources, key=lambda p: p.stat().st_size)
    rss = peak_rss_of(boardpapers("ingest", str(largest), "--db", str(work / "big.db"), "--workers", "1", "--quiet"))
    return report(len(files), pages, bare_time, one, two, rerun, rss, largest)


def rerun_per_100(source: Path, work: Path) -> float:
    """Seconds an unchanged re-run takes over 100 files (the CLI's start-up included)."""
    folder = work / "hundred"
    folder.mkdir()
    make_copies([source], folder, 100)
    database = str(work / "hundred.db")
    timed(boardpapers("ingest", str(folder), "--db", database, "--quiet"))
    elapsed, _ = timed(boardpapers("ingest", str(folder), "--db", database, "--quiet"))
    return elapsed


def report(files, pages, bare, one, two, rerun, rss, largest) -> int:
    rates = {"bare pdfplumber": pages / bare, "ingest --workers 1": pages / one, "ingest --workers 2": pages / two}
    print(f"{files} files, {pages} pages")
    for name, rate in rates.items():
        print(f"  {name:22} {rate:7.1f} pages/s")
    checks = [
        ("ingest(1) / bare", rates["ingest --workers 1"] / rates["bare pdfplumber"], ">=", 0.8),
        ("ingest(2) / ingest(1)", rates["ingest --workers 2"] / rates["ingest --workers 1"], ">=", 1.7),
        ("unchanged re-run of 100 files, s", rerun, "<", 1.0),
        (f"peak RSS MB, {largest.name}", rss, "<", 500),
    ]
    failed = 0
    for name, value, op, target in checks:
        ok = value >= target if op == ">=" else value < target
        failed += not ok
        print(f"  {name:40} {value:8.2f}  (target {op} {target})  {'ok' if ok else 'MISSED'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
