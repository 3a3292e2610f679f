"""Speed and memory of `boardpapers ingest` against bare pdfplumber, measured honestly.

    .venv/bin/python benchmarks/bench_ingest.py [PATH ...] [--copies N] [--repeats R]

Copies the PDFs under PATH (default: corpus/) N times into a temporary folder, each copy made
distinct by a trailing PDF comment (so it is a new document, parsed again), then runs each
measurement R times (at least 3), each in a child process of this one, and prints the minimum
and the median of its wall time and of its CPU time (user + system of every process it ran):
  1. bare pdfplumber doing what the reader does: words with font name and size, and the text
     of every ruled table, on every page (the floor a pdfminer-based parser pays);
  2. `boardpapers ingest --workers 1` with the PDFium reader (the default; with `--pdfminer`
     also `--reader pdfminer`), then `--workers 2`, each into a fresh database with the page cache off
     (so every repeat reads every page);
  3. an unchanged re-run over the same files (real sizes), the CLI's start-up included, and
     `boardpapers --help` (the start-up alone);
  4. peak RSS of ingesting the largest file alone.
Children write and reuse compiled bytecode (in a temporary folder), as an installed package does,
even where PYTHONDONTWRITEBYTECODE is set; one untimed start compiles it. The load average is
printed before and after (the machine may be shared). It prints the set-up time, pages/s of each, the ratios (CPU medians for speed against bare
pdfplumber, wall medians for 2 workers against 1), and checks them against the targets:
ingest(1) >= 2.5 x bare (CPU), ingest(2) >= 1.7 x ingest(1) (wall), re-run < 1 s, peak RSS
< 500 MB. The README's figures are this script's output.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = """
import sys, pdfplumber
pages = 0
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words(extra_attrs=["fontname", "size"])
            for table in page.find_tables():
                table.extract()
            page.close()
            pages += 1
print(pages)
"""
NO_CACHE = {"BOARDPAPERS_PAGE_CACHE": "off"}  # pipeline/cache.py: every repeat reads every page
CHILDREN: dict[str, str] = {}  # the children's environment beyond ours: where their bytecode goes (`run`)


@dataclass
class Timing:
    """Repeats of one measurement: wall and CPU seconds of each."""

    wall: list[float]
    cpu: list[float]

    def line(self, name: str, pages: int) -> str:
        wall, cpu = statistics.median(self.wall), statistics.median(self.cpu)
        return (
            f"  {name:28} wall {min(self.wall):6.2f} / {wall:6.2f} s   cpu {min(self.cpu):6.2f} / {cpu:6.2f} s"
            f"   {pages / cpu:6.1f} pages/cpu-s"
        )


def make_copies(sources: list[Path], folder: Path, copies: int) -> list[Path]:
    files = []
    for n in range(copies):
        for source in sources:
            target = folder / f"copy{n}-{source.name}"
            target.write_bytes(source.read_bytes() + f"\n% benchmark copy {n}\n".encode())
            files.append(target)
    return files


def run_once(command: list[str], env: dict | None = None) -> tuple[float, float, str]:
    """(wall s, CPU s of the command and its children, stdout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=environment(env))
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.exit(f"benchmark: {' '.join(command[:4])} failed:\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout


def repeated(repeats: int, command, env: dict | None = None, before=None) -> tuple[Timing, str]:
    """Run `command()` `repeats` times (`before()` first each time, untimed)."""
    timing, out = Timing([], []), ""
    for _ in range(repeats):
        if before:
            before()
        wall, cpu, out = run_once(command(), env)
        timing.wall.append(wall)
        timing.cpu.append(cpu)
    return timing, out


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
        env=environment(NO_CACHE),
    )
    return int(probe.stdout.strip().splitlines()[-1]) / 1024


def environment(extra: dict | None = None) -> dict[str, str]:
    """Ours, with the children's bytecode settings and `extra`."""
    env = {**os.environ, **CHILDREN, **(extra or {})}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def boardpapers(*args: str) -> list[str]:
    return [sys.executable, "-m", "pipeline.cli", *args]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "corpus")])
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=3, help="runs of each measurement (at least 3)")
    parser.add_argument("--pdfminer", action="store_true", help="also time `ingest --reader pdfminer`")
    args = parser.parse_args()
    sources = sorted(p for root in map(Path, args.paths) for p in ([root] if root.is_file() else root.rglob("*.pdf")))
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        return run(sources, work, args.copies, max(3, args.repeats), args.pdfminer)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(sources: list[Path], work: Path, copies: int, repeats: int, with_pdfminer: bool) -> int:
    start = time.perf_counter()
    folder = work / "pdfs"
    folder.mkdir()
    files = make_copies(sources, folder, copies)
    CHILDREN["PYTHONPYCACHEPREFIX"] = str(work / "bytecode")
    warm = "import dateparser, pdfplumber, pypdfium2, sqlite_utils, pipeline.link, pipeline.pdfium, pipeline.run as r"
    run_once([sys.executable, "-c", f"{warm}; r.load_parser()"])
    run_once(boardpapers("--help"))  # compiles the rest: no timed run pays for it
    setup = time.perf_counter() - start
    load_before = os.getloadavg()

    database = work / "run.db"

    def fresh() -> None:
        database.unlink(missing_ok=True)

    bare, out = repeated(repeats, lambda: [sys.executable, "-c", BARE, *map(str, files)])
    pages = int(out.strip())
    ingest = ["ingest", str(folder), "--db", str(database), "--quiet"]
    one, _ = repeated(repeats, lambda: boardpapers(*ingest, "--workers", "1"), NO_CACHE, fresh)
    pdfminer = boardpapers(*ingest, "--workers", "1", "--reader", "pdfminer")
    miner = repeated(repeats, lambda: pdfminer, NO_CACHE, fresh)[0] if with_pdfminer else None
    two, _ = repeated(repeats, lambda: boardpapers(*ingest, "--workers", "2"), NO_CACHE, fresh)
    # The database of the last run holds every file: re-running over it reads none of them.
    rerun, _ = repeated(repeats, lambda: boardpapers(*ingest))
    start_up, _ = repeated(repeats, lambda: boardpapers("--help"))
    largest = max(sources, key=lambda p: p.stat().st_size)
    rss = peak_rss_of(boardpapers("ingest", str(largest), "--db", str(work / "big.db"), "--workers", "1", "--quiet"))
    timings = {
        "bare pdfplumber": bare,
        "ingest --workers 1": one,
        "ingest --workers 2": two,
    }
    if miner:
        timings["ingest --reader pdfminer"] = miner
    load = (load_before, os.getloadavg())
    return report(len(files), pages, setup, repeats, timings, rerun, start_up, rss, largest, load)


def report(files, pages, setup, repeats, timings, rerun, start_up, rss, largest, load) -> int:
    rerun_name = f"unchanged re-run, {files} files"
    print(f"{files} files, {pages} pages; set-up {setup:.2f} s; each figure min / median of {repeats} runs")
    print(f"load average (1, 5, 15 min) before: {fmt_load(load[0])}; after: {fmt_load(load[1])}; {os.cpu_count()} CPUs")
    for name, timing in timings.items():
        print(timing.line(name, pages))
    for name, timing in ((rerun_name, rerun), ("boardpapers --help", start_up)):
        print(
            f"  {name:28} wall {min(timing.wall):6.2f} / {statistics.median(timing.wall):6.2f} s"
            f"   cpu {min(timing.cpu):6.2f} / {statistics.median(timing.cpu):6.2f} s"
        )
    cpu = {name: statistics.median(t.cpu) for name, t in timings.items()}
    wall = {name: statistics.median(t.wall) for name, t in timings.items()}
    checks: list[tuple[str, float, str, float | None]] = [
        ("ingest(1) vs bare, CPU", cpu["bare pdfplumber"] / cpu["ingest --workers 1"], ">=", 2.5),
        ("ingest(2) vs ingest(1), wall", wall["ingest --workers 1"] / wall["ingest --workers 2"], ">=", 1.7),
        (f"{rerun_name} (CLI start-up included), s", statistics.median(rerun.wall), "<", 1.0),
        (f"peak RSS MB, {largest.name}", rss, "<", 500),
    ]
    if "ingest --reader pdfminer" in cpu:
        checks.append(
            (
                "ingest --reader pdfminer vs bare, CPU",
                cpu["bare pdfplumber"] / cpu["ingest --reader pdfminer"],
                "",
                None,
            )
        )
    failed = 0
    for name, value, op, target in checks:
        if target is None:
            print(f"  {name:44} {value:8.2f}x")
            continue
        ok = value >= target if op == ">=" else value < target
        failed += not ok
        print(f"  {name:44} {value:8.2f}  (target {op} {target})  {'ok' if ok else 'MISSED'}")
    return 1 if failed else 0


def fmt_load(load: tuple[float, float, float]) -> str:
    return " ".join(f"{value:.1f}" for value in load)


if __name__ == "__main__":
    sys.exit(main())
