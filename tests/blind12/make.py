#!/usr/bin/env python3
"""Rebuild every PDF and gold file of this blind set (deterministic)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import lib

lib.register_fonts()
import rl_docs

rl_docs.build_all()
try:
    import docx_docs

    docx_docs.build_all()
finally:
    lib.clean_build()
print("built")
