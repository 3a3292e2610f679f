"""Shared fixtures and session set-up.

- Every PDF is parsed once: `pipeline.reader.read_document` keeps what it read in the page
  cache (`pipeline/cache.py`), here `.pytest_cache/d/page-cache` (or a folder in the
  session's temporary directory when the cache plugin is off, or the folder named by
  `BOARDPAPERS_PAGE_CACHE` when that is set). The cache is keyed by the file's bytes and
  the reader's code, so a changed reader or file is read again; entries of another reader
  and entries unused for three days are removed at the end of a session. Synthetic PDFs are
  written without timestamps, so they too are parsed once, not once per session.
- Test helpers segment a file's pages once per session (`tests/segment_once.py`), in a folder of
  the session's temporary directory that every worker sees.
- The bundled corpus is ingested once per session, by whichever pytest-xdist worker asks
  first; the others wait for it and use the same file.
- Under pytest-xdist, each worker's share of the run starts with its heavy modules
  (`HEAVY_MODULES`), dealt out so the shares weigh alike, and ends with light ones: the
  tests a worker that runs dry steals from another's queue are short, and both finish together.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import reportlab.rl_config

from pipeline import cache
from pipeline.run import ingest
from tests import segment_once

ROOT = Path(__file__).resolve().parent.parent
OWN_CACHE = pytest.StashKey[Path]()
OWN_SEGMENTS = pytest.StashKey[Path]()

# Synthetic PDFs (reportlab) without a creation time or random id: the same test writes the
# same bytes every run, so the page cache knows them from one session to the next.
reportlab.rl_config.invariant = 1


# Rough CPU-seconds of the heaviest test modules (two cores, cold page cache), for the order only: a
# module missing here, or renamed, is merely run among the light ones. Their session fixtures count
# where they are built first (corpus and gallery databases: test_commands; holdout: test_gallery).
HEAVY_MODULES = {
    "test_robust_workers.py": 24,
    "test_cluster.py": 22,
    "test_ocr.py": 21,
    "test_ingest.py": 19,
    "test_commands.py": 12,
    "test_recognition.py": 12,
    "test_agenda.py": 9,
    "test_reader.py": 9,
    "test_hostile.py": 8,
    "test_serve_browser.py": 7,
    "test_gallery.py": 6,
    "test_action_log.py": 6,
    "test_incremental_link.py": 5,
    "test_unchanged_files.py": 3,
    "test_pack_list_and_row_forms.py": 8,
    "test_scan_text_layer.py": 2,
}


def is_xdist_worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    """Turn the page cache on for this process and, through the environment, its workers; likewise
    the session's folder of segmentations (`tests/segment_once.py`)."""
    if is_xdist_worker(config):
        return  # a worker inherits the controller's folders
    if not os.environ.get(segment_once.ENV):
        segments = config._tmp_path_factory.getbasetemp() / "segments"  # type: ignore[attr-defined]
        segments.mkdir(exist_ok=True)
        os.environ[segment_once.ENV] = str(segments)
        config.stash[OWN_SEGMENTS] = segments
    if os.environ.get(cache.ENV):
        return  # a folder the user chose is theirs
    if config.pluginmanager.has_plugin("cacheprovider") and getattr(config, "cache", None) is not None:
        folder = config.cache.mkdir("page-cache")
    else:
        folder = config._tmp_path_factory.getbasetemp() / "page-cache"  # type: ignore[attr-defined]
    folder.mkdir(parents=True, exist_ok=True)
    os.environ[cache.ENV] = str(folder)
    config.stash[OWN_CACHE] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    """Drop entries of another reader and entries unused for three days (synthetic PDFs of past runs)."""
    if config.stash.get(OWN_SEGMENTS, None) is not None:
        os.environ.pop(segment_once.ENV, None)
    folder = config.stash.get(OWN_CACHE, None)
    if folder is not None:
        os.environ.pop(cache.ENV, None)
        cache.prune(folder, unused_for=3 * 24 * 3600)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In an xdist worker (every worker orders the same collection alike), heavy modules first in
    each worker's share (`heavy_first`); alone, the order is left as collected. (A worker does not
    see the controller's --dist; the shares are made for `load` and `worksteal`, and harm no other.)"""
    workers = int(getattr(config, "workerinput", {}).get("workercount", 1))
    if workers > 1:
        items[:] = heavy_first(items, workers)


def heavy_first(items: list[pytest.Item], workers: int) -> list[pytest.Item]:
    """The items as `workers` consecutive shares, the sizes xdist's first hand-out gives (worker i gets
    len(rest) // (workers - i) items in order): the heavy modules dealt out, heaviest first, each
    to the share that weighs least so far, then light items filling every share to its size. A
    module's tests stay together and in order (module fixtures are built once)."""
    modules: dict[str, list[pytest.Item]] = {}
    for item in items:
        modules.setdefault(item.nodeid.split("::")[0], []).append(item)
    weight = {name: HEAVY_MODULES.get(Path(name).name, 0) for name in modules}
    shares: list[list[pytest.Item]] = [[] for _ in range(workers)]
    loads = [0.0] * workers
    for name in sorted((n for n in modules if weight[n]), key=lambda n: -weight[n]):
        lightest = loads.index(min(loads))
        shares[lightest] += modules[name]
        loads[lightest] += weight[name]
    light = [item for name, module in modules.items() if not weight[name] for item in module]
    ordered: list[pytest.Item] = []
    for index, share in enumerate(shares):
        size = (len(items) - len(ordered)) // (workers - index)
        fill = max(0, size - len(share))
        ordered += share + light[:fill]
        light = light[fill:]
    return ordered + light


def shared_temp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder every xdist worker of this session sees (each worker's base is inside it)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def build_once(tmp_path_factory: pytest.TempPathFactory, name: str, source: Path) -> Path:
    """A database built from `source` by the real pipeline, once per session for all workers."""
    folder = shared_temp(tmp_path_factory) / name
    folder.mkdir(exist_ok=True)
    db, done = folder / "boardpapers.db", folder / "built"
    with cache.locked(folder / "lock"):
        if not done.exists():
            db.unlink(missing_ok=True)
            report = ingest([source], db, workers=2)
            assert report.failed == 0, report.lines()
            done.write_text("\n".join(report.lines()))
    return db


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    """A database built from corpus/ by the real pipeline (two workers, as a user runs it)."""
    return build_once(tmp_path_factory, "corpus", ROOT / "corpus")


@pytest.fixture(scope="session")
def gallery_db(tmp_path_factory) -> Path:
    """A database built from tests/gallery/ (18 papers, each in a template of its own)."""
    return build_once(tmp_path_factory, "gallery", ROOT / "tests" / "gallery")


@pytest.fixture(scope="session")
def holdout_db(tmp_path_factory) -> Path:
    """A database built from tests/holdout/ (14 papers in templates the extractors were not built on)."""
    return build_once(tmp_path_factory, "holdout", ROOT / "tests" / "holdout")
