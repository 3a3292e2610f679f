"""Pages as the reader reads them, dumped and compared field by field: a reader change must keep them.

    .venv/bin/python benchmarks/reader_dump.py dump OUT.pickle [PATH ...]
    .venv/bin/python benchmarks/reader_dump.py compare BEFORE.pickle AFTER.pickle

`dump` reads every PDF under the paths (default: corpus, tests/gallery, tests/holdout,
tests/blind*, tests/pdfs) with the page cache off and OCR never, and keeps for each page the
characters, `extract_words(extra_attrs=["fontname", "size"])`, the ruled tables' cells and the
edges of the page source the reader was given, and for each file the reader's pages and
problems. Run it on the code before a change (a `git worktree` of the old commit, with that
tree first on PYTHONPATH) and after, then `compare`: it names every file and field that moved,
with the first differing item, and exits 1 if any did.
"""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ROOTS = ["corpus", "tests/gallery", "tests/holdout", "tests/pdfs"] + sorted(
    f"tests/{p.name}" for p in (ROOT / "tests").glob("blind*")
)
FIELDS = ("chars", "words", "tables", "edges")


def pdfs(paths: list[str]) -> list[Path]:
    roots = [Path(p) if Path(p).is_absolute() else ROOT / p for p in paths]
    return sorted(p for root in roots for p in ([root] if root.is_file() else root.rglob("*.pdf")))


def dump(out: Path, paths: list[str]) -> None:
    os.environ["BOARDPAPERS_PAGE_CACHE"] = "off"
    from pipeline import ocr, reader
    from pipeline.records import Page

    ocr.use_mode("never")
    seen: list[tuple] = []
    read_page = reader.read_page

    def recording(plumber_page: Any, document_id: str, number: int) -> Page:
        page = plumber_page
        tables = [(t.bbox, [r.cells for r in t.rows]) for t in page.find_tables()] if page.edges else []
        words = page.extract_words(extra_attrs=["fontname", "size"])
        seen.append((number, [dict(c) for c in page.chars], words, tables, [dict(e) for e in page.edges]))
        return read_page(page, document_id, number)

    reader.read_page = recording
    found: dict[str, tuple] = {}
    for path in pdfs(paths):
        seen.clear()
        problems: list = []
        try:
            pages: Any = reader.read_document(path, "document", problems)
        except reader.UnreadablePDF as error:
            pages = str(error)
        found[str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)] = (pages, problems, list(seen))
    out.write_bytes(pickle.dumps(found))
    print(f"{len(found)} files dumped to {out}")


def compare(before_path: Path, after_path: Path) -> int:
    before, after = pickle.loads(before_path.read_bytes()), pickle.loads(after_path.read_bytes())
    moved = 0
    for name in sorted(set(before) | set(after)):
        if before.get(name) == after.get(name):
            continue
        moved += 1
        print(f"DIFF {name}")
        if name not in before or name not in after:
            print("  only in one dump")
            continue
        (pages_a, problems_a, raw_a), (pages_b, problems_b, raw_b) = before[name], after[name]
        if pages_a != pages_b:
            print("  pages differ")
        if problems_a != problems_b:
            print("  problems differ")
        for page_a, page_b in zip(raw_a, raw_b):
            for field, a, b in zip(FIELDS, page_a[1:], page_b[1:]):
                if a != b:
                    first = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
                    print(f"  page {page_a[0]} {field}: {len(a)} vs {len(b)}, first at {first}")
    print(f"{len(before)} files before, {len(after)} after; {moved} differ")
    return 1 if moved else 0


def main() -> int:
    if len(sys.argv) >= 3 and sys.argv[1] == "dump":
        dump(Path(sys.argv[2]), sys.argv[3:] or DEFAULT_ROOTS)
        return 0
    if len(sys.argv) == 4 and sys.argv[1] == "compare":
        return compare(Path(sys.argv[2]), Path(sys.argv[3]))
    sys.exit(__doc__)


if __name__ == "__main__":
    sys.exit(main())
