"""Shared helpers for the blind16 set: gold writing and converters."""

import json
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold")


def write_gold(stem, gold):
    os.makedirs(GOLD, exist_ok=True)
    gold = dict(gold)
    gold = {"file": stem + ".pdf", **gold}
    with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, indent=1, ensure_ascii=False)
        fh.write("\n")


def html_to_pdf(stem, html):
    """Print an HTML string to PDF with headless Chromium."""
    tmp = tempfile.mkdtemp(prefix="b16html")
    src = os.path.join(tmp, stem + ".html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html)
    out = os.path.join(HERE, stem + ".pdf")
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            "--user-data-dir=" + os.path.join(tmp, "prof"),
            "--print-to-pdf=" + out,
            "file://" + src,
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    shutil.rmtree(tmp, ignore_errors=True)


def office_to_pdf(stem, path):
    """Convert a .docx/.xlsx with LibreOffice to <stem>.pdf in the set folder."""
    tmp = tempfile.mkdtemp(prefix="b16lo")
    subprocess.run(
        [
            "soffice",
            "-env:UserInstallation=file://" + os.path.join(tmp, "prof"),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            tmp,
            path,
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    base = os.path.splitext(os.path.basename(path))[0]
    shutil.move(os.path.join(tmp, base + ".pdf"), os.path.join(HERE, stem + ".pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def att(date, name, kind, role):
    return {"meeting_date": date, "name": name, "attendance": kind, "role_text": role}


def dec(date, item, dtype, text):
    return {"meeting_date": date, "item_number": item, "decision_type": dtype, "text": text}


def act(desc, number, raised, item, owners, target, status, owner_text, target_text):
    return {
        "description": desc,
        "action_number": number,
        "raised_date": raised,
        "agenda_item_number": item,
        "owners": owners,
        "target_date": target,
        "status": status,
        "owner_text": owner_text,
        "target_date_text": target_text,
    }


def rating(phase, text, lik, imp, score, date):
    return {"phase": phase, "phase_text": text, "likelihood": lik, "impact": imp, "score": score, "register_date": date}
