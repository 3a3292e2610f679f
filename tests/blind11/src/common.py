"""Shared helpers: gold writing, reportlab fonts, python-docx helpers, LibreOffice conversion."""

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold"

MINUTES_KEYS = ["meetings", "attendance", "decisions", "actions", "risks"]
AGENDA_KEYS = ["meetings", "attendance", "agenda_items", "decisions", "actions", "risks"]
LOG_KEYS = ["attendance", "agenda_items", "decisions", "actions", "risks"]
NONE_KEYS = ["meetings", "attendance", "agenda_items", "decisions", "actions", "risks"]


def write_gold(stem, keys, **records):
    out = {"file": stem + ".pdf"}
    for k in keys:
        out[k] = records.get(k, [])
    GOLD.mkdir(exist_ok=True)
    (GOLD / (stem + ".json")).write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")


def meeting(body, date, time, location, status):
    return {"body": body, "meeting_date": date, "start_time": time, "location": location, "minutes_status": status}


def att(date, name, kind, role):
    return {"meeting_date": date, "name": name, "attendance": kind, "role_text": role}


def item(date, no, title, presenter=None):
    d = {"meeting_date": date, "item_number": no, "title": title}
    if presenter:
        d["presenter_text"] = presenter
    return d


def decision(date, no, dtype, text):
    return {"meeting_date": date, "item_number": no, "decision_type": dtype, "text": text}


def action(desc, number, raised, item_no, owners, target, status, owner_text, target_text=None):
    d = {
        "description": desc,
        "action_number": number,
        "raised_date": raised,
        "agenda_item_number": item_no,
        "owners": list(owners),
        "target_date": target,
        "status": status,
        "owner_text": owner_text,
    }
    if target_text:
        d["target_date_text"] = target_text
    return d


def rating(phase, phase_text, l, i, score, date):
    return {
        "phase": phase,
        "phase_text": phase_text,
        "likelihood": l,
        "impact": i,
        "score": score,
        "register_date": date,
    }


def risk(ref, objective, desc, ratings):
    return {"reference": ref, "objective": objective, "description": desc, "ratings": ratings}


# ---------------------------------------------------------------- reportlab fonts
_REGISTERED = False
FONT_DIRS = [
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/truetype/liberation",
    "/usr/share/fonts/truetype/crosextra",
]


def register_fonts():
    global _REGISTERED
    if _REGISTERED:
        return
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fams = {
        "DejaVuSerif": (
            "DejaVuSerif.ttf",
            "DejaVuSerif-Bold.ttf",
            "DejaVuSerif-Italic.ttf",
            "DejaVuSerif-BoldItalic.ttf",
        ),
        "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
        "DejaVuSansCond": (
            "DejaVuSansCondensed.ttf",
            "DejaVuSansCondensed-Bold.ttf",
            "DejaVuSansCondensed-Oblique.ttf",
            "DejaVuSansCondensed-BoldOblique.ttf",
        ),
        "LibSans": (
            "LiberationSans-Regular.ttf",
            "LiberationSans-Bold.ttf",
            "LiberationSans-Italic.ttf",
            "LiberationSans-BoldItalic.ttf",
        ),
        "LibNarrow": (
            "LiberationSansNarrow-Regular.ttf",
            "LiberationSansNarrow-Bold.ttf",
            "LiberationSansNarrow-Italic.ttf",
            "LiberationSansNarrow-BoldItalic.ttf",
        ),
        "LibSerif": (
            "LiberationSerif-Regular.ttf",
            "LiberationSerif-Bold.ttf",
            "LiberationSerif-Italic.ttf",
            "LiberationSerif-BoldItalic.ttf",
        ),
    }
    for fam, files in fams.items():
        paths = []
        for f in files:
            for d in FONT_DIRS:
                if os.path.exists(os.path.join(d, f)):
                    paths.append(os.path.join(d, f))
                    break
        names = [fam, fam + "-Bold", fam + "-Italic", fam + "-BoldItalic"]
        for n, p in zip(names, paths):
            pdfmetrics.registerFont(TTFont(n, p))
        addMapping(fam, 0, 0, names[0])
        addMapping(fam, 1, 0, names[1])
        addMapping(fam, 0, 1, names[2])
        addMapping(fam, 1, 1, names[3])
    _REGISTERED = True


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- docx helpers
def docx_to_pdf(docx_path, pdf_path):
    outdir = tempfile.mkdtemp(prefix="lo_")
    profile = tempfile.mkdtemp(prefix="lo_profile_")
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            outdir,
            str(docx_path),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    produced = Path(outdir) / (Path(docx_path).stem + ".pdf")
    shutil.move(str(produced), str(pdf_path))
    shutil.rmtree(outdir, ignore_errors=True)
    shutil.rmtree(profile, ignore_errors=True)


def new_document(font="Liberation Sans", size=10, landscape=False, margins_cm=2.0):
    import datetime

    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    cp = doc.core_properties
    cp.created = datetime.datetime(2024, 1, 1)
    cp.modified = datetime.datetime(2024, 1, 1)
    cp.last_modified_by = "Democratic Services"
    cp.author = "Democratic Services"
    cp.revision = 1
    for sname in ["Normal", "Heading 1", "Heading 2", "Heading 3", "Title"]:
        st = doc.styles[sname]
        st.font.name = font
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(a), font)
        for t in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rfonts.get(qn(t)) is not None:
                del rfonts.attrib[qn(t)]
    doc.styles["Normal"].font.size = Pt(size)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    from docx.shared import RGBColor

    for sname, sz in (("Heading 1", size + 4), ("Heading 2", size + 2), ("Heading 3", size + 1), ("Title", size + 8)):
        doc.styles[sname].font.size = Pt(sz)
        doc.styles[sname].font.color.rgb = RGBColor(0x1F, 0x1F, 0x1F)
        doc.styles[sname].font.bold = True
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    return doc


def add_field(run, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = instr
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    v = OxmlElement("w:t")
    v.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for el in (b, t, s, v, e):
        run._r.append(el)


def page_x_of_y(paragraph, prefix="Page ", size=None):
    from docx.shared import Pt

    r = paragraph.add_run(prefix)
    r2 = paragraph.add_run()
    add_field(r2, "PAGE")
    r3 = paragraph.add_run(" of ")
    r4 = paragraph.add_run()
    add_field(r4, "NUMPAGES")
    if size:
        for x in (r, r2, r3, r4):
            x.font.size = Pt(size)


def shade(cell, hex_fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def repeat_header(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def no_split(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def set_cell(cell, text, bold=False, size=None, italic=False, align=None, color=None):
    from docx.shared import Pt, RGBColor

    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(1)
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
            p.paragraph_format.space_after = Pt(1)
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if align is not None:
            p.alignment = align
    return cell


def col_widths(table, widths_cm):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblPr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for idx, w in enumerate(widths_cm):
            if idx < len(row.cells):
                row.cells[idx].width = Cm(w)


def table_borders(table, inside=True, sz=4, color="808080", outside=True, horizontal_only=False):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    edges = []
    if outside:
        edges += ["top", "bottom"] + ([] if horizontal_only else ["left", "right"])
    if inside:
        edges += ["insideH"] + ([] if horizontal_only else ["insideV"])
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        if e in edges:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:color"), color)
        else:
            el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)
