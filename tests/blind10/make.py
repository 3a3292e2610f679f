#!/usr/bin/env python3
"""Rebuild every blind10 PDF and gold file:  /work/main/.venv/bin/python make.py"""

import importlib
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "src"))

MODULES = [
    "m_merrow_spb",
    "m_tarnvale_pcp",
    "m_corrington_jac",
    "m_lyne_notes",
    "p_merrow_pack",
    "g_haverleigh_agenda",
    "r_selbrook_precept",
    "l_selbrook_log",
    "l_corrington_tracker",
    "l_tarnvale_ceg",
    "k_merrow_srr",
    "k_corrington_opcc",
    "k_haverleigh_crr",
]


def main():
    import lib

    lib.fonts()
    (ROOT / "gold").mkdir(exist_ok=True)
    only = sys.argv[1:]
    with tempfile.TemporaryDirectory() as td:
        for m in MODULES:
            if only and m not in only:
                continue
            mod = importlib.import_module(m)
            mod.build(ROOT, Path(td))
            print("built", mod.NAME)


if __name__ == "__main__":
    main()
