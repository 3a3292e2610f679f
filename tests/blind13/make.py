#!/usr/bin/env python3
"""Rebuild every PDF and gold file of the blind13 set (deterministic content)."""

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
MODULES = sorted(p.stem for p in Path(__file__).resolve().parent.glob("p[0-9][0-9]_*.py"))

if __name__ == "__main__":
    only = sys.argv[1:]
    for m in MODULES:
        if only and not any(o in m for o in only):
            continue
        importlib.import_module(m).build()
        print("built", m)
