#!/usr/bin/env python3
"""Rebuild every PDF of the blind14 set and its gold JSON.  Run: /work/main/.venv/bin/python make.py [module ...]"""

import importlib
import sys

MODULES = [
    "p01_aldwick_minutes",
    "p02_tamberley_panel_minutes",
    "p03_penmorrow_jac_minutes",
    "p04_orrinshire_fab_decisions",
    "p05_aldwick_agenda",
    "p06_quensford_pack",
    "p07_orrinshire_action_log",
    "p08_tamberley_tracker",
    "p09_aldwick_action_log",
    "p10_orrinshire_risk_register",
    "p11_quensford_heatmap",
    "p12_tamberley_fire_risks",
    "p13_penmorrow_report",
]

if __name__ == "__main__":
    for name in sys.argv[1:] or MODULES:
        importlib.import_module(name).build()
        print("built", name)
