#!/usr/bin/env python3
"""Rebuild every blind9 PDF and its gold JSON from the same strings.

    /work/main/.venv/bin/python make.py

Word papers are written to build/*.docx and converted by LibreOffice in one call; reportlab papers are
drawn directly. Gold goes to gold/<stem>.json.
"""

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import papers_docx  # noqa: E402
import papers_rl  # noqa: E402
from common import BUILD, convert_all  # noqa: E402


def main():
    shutil.rmtree(BUILD, ignore_errors=True)
    docx_paths = [make() for make in papers_docx.ALL]
    for make in papers_rl.ALL:
        make(HERE)
    convert_all(docx_paths, HERE)
    print("built", len(docx_paths) + len(papers_rl.ALL), "papers")


if __name__ == "__main__":
    main()
