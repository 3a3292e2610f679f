#!/usr/bin/env python3
"""Rebuild every PDF and gold file of blind11.  Run with /work/main/.venv/bin/python make.py [name-filter]"""

import importlib
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "src"))
sys.dont_write_bytecode = True

MODULES = sorted(p.stem for p in (ROOT / "src").glob("d[0-9][0-9]_*.py"))


def main():
    filt = sys.argv[1] if len(sys.argv) > 1 else ""
    for m in MODULES:
        if filt and filt not in m:
            continue
        mod = importlib.import_module(m)
        mod.build(ROOT)
        print("built", mod.STEM + ".pdf")
    shutil.rmtree(ROOT / "src" / "_build", ignore_errors=True)


if __name__ == "__main__":
    main()
