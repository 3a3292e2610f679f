#!/usr/bin/env python3
"""Rebuild every PDF and gold JSON of the blind15 set (deterministic content)."""

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import lib  # noqa: E402

MODULES = sorted(p.stem for p in HERE.glob("p[0-9][0-9]_*.py"))


def main(only=None):
    lib.register_fonts()
    for m in MODULES:
        if only and not any(o in m for o in only):
            continue
        mod = importlib.import_module(m)
        mod.build()
        print("built", mod.STEM)


if __name__ == "__main__":
    main(sys.argv[1:])
