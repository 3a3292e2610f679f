"""Pellingshire Police and Crime Panel, 1 February 2018: the Commissioner's proposed precept
report (python-docx -> LibreOffice, Liberation Serif). A report only: a recommendation to the Panel,
figures, background papers; it holds no meeting, attendance, decision, action or risk."""

from common import Gold, build_office
from docxkit import *

STEM = "2018-02-01-Pellingshire-PCP-proposed-precept-report"


def build():
    g = Gold(STEM, "report")
    doc = new_doc("Liberation Serif", 11.5, margins=2.4)
    header_text(doc, "Agenda Item 6", size=10, align="right", bold=True)
    footer_page(doc, fmt="{P}", size=10, align="center")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in (
        ("Meeting", "Pellingshire Police and Crime Panel"),
        ("Date", "1 February 2018"),
        ("Title", "Proposed Police and Crime Precept 2018/19"),
        ("Report of", "The Police and Crime Commissioner"),
        ("Contact", "Daniel Keogh, Chief Finance Officer, OPCC"),
        ("Exempt", "No"),
    ):
        cells = t.add_row().cells
        cell_text(cells[0], a, bold=True, size=10.5)
        shade(cells[0], "E7E6E6")
        cell_text(cells[1], b, size=10.5)
    para(doc, "", after=6)
    sections = [
        (
            "1. Purpose of the report",
            [
                "1.1 To notify the Panel of the Commissioner’s proposed precept for 2018/19, as required by Schedule 5 "
                "to the Police Reform and Social Responsibility Act 2011."
            ],
        ),
        (
            "2. Recommendation",
            [
                "2.1 That the Panel reviews the proposed precept and makes a report to the Commissioner, which may "
                "include recommendations, by 8 February 2018."
            ],
        ),
        (
            "3. Background",
            [
                "3.1 The provisional police finance settlement announced in December 2017 allows Commissioners to raise "
                "the Band D precept by up to £12 without a referendum.",
                "3.2 The Commissioner consulted residents between 4 December 2017 and 12 January 2018. Of 2,310 "
                "respondents, 64% supported an increase of £1 a month for a Band D property.",
                "3.3 The Commissioner proposes a Band D precept of £201.34 for 2018/19, an increase of £12.00 (6.34%).",
            ],
        ),
        ("4. Effect on council tax bands", []),
    ]
    for h, ps in sections:
        para(doc, h, bold=True, before=8, after=3)
        for p_ in ps:
            para(doc, p_, align="justify", after=5)
    bands = [
        ("A", 6 / 9),
        ("B", 7 / 9),
        ("C", 8 / 9),
        ("D", 1),
        ("E", 11 / 9),
        ("F", 13 / 9),
        ("G", 15 / 9),
        ("H", 18 / 9),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Band", "2017/18 £", "2018/19 £", "Increase £")):
        cell_text(c, h, bold=True, size=10)
        shade(c, "D9D9D9")
    for b, f in bands:
        cells = t.add_row().cells
        old, new = 189.34 * f, 201.34 * f
        for cell, v in zip(cells, (b, "%.2f" % old, "%.2f" % new, "%.2f" % (new - old))):
            cell_text(cell, v, size=10)
    for h, ps in [
        (
            "5. Budget implications",
            [
                "5.1 The increase will raise an additional £3.6m. The Chief Constable has advised that this would fund 30 "
                "additional officers for neighbourhood policing and the continuation of the rural crime team.",
                "5.2 Without the increase, savings of £2.1m would be required in 2018/19 on top of those already planned.",
            ],
        ),
        (
            "6. Risks",
            [
                "6.1 The settlement for 2019/20 is not yet known. The medium-term financial plan assumes a further increase "
                "of £12 in 2019/20."
            ],
        ),
        (
            "7. Background papers",
            [
                "Police and Crime Plan 2017-2021; Medium-Term Financial Plan 2018/19 to 2021/22; precept consultation "
                "results (January 2018)."
            ],
        ),
    ]:
        para(doc, h, bold=True, before=8, after=3)
        for p_ in ps:
            para(doc, p_, align="justify", after=5)
    build_office(STEM, doc.save, ".docx")
    g.write()
