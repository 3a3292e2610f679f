"""Penmorrow Joint Audit Committee report: treasury management outturn 2024/25 (accessible Word template ->
LibreOffice). Holds no meeting record, attendance, decision, action or risk: recommendations are
proposals, the indicator table is figures only."""

from common import SRC, office_to_pdf, write_gold
from docxutil import cell_text, col_widths, header_text, new_doc, page_footer, shade

STEM = "2025-07-09-Penmorrow-JAC-treasury-management-outturn-report"

PARAS = [
    (
        "1. Purpose of the report",
        [
            "1.1 This report sets out the treasury management activity of the Police and Crime Commissioner for "
            "Penmorrow during 2024/25 and compares it with the strategy approved in February 2024.",
        ],
    ),
    (
        "2. Recommendations",
        [
            "2.1 The Joint Audit Committee is asked to note the treasury management outturn for 2024/25 and the "
            "prudential indicators in section 4.",
            "2.2 The Committee is asked to recommend to the Commissioner that the outturn be published with the "
            "statement of accounts.",
        ],
    ),
    (
        "3. Summary of activity",
        [
            "3.1 Average cash balances were £38.6m, higher than forecast because capital receipts from the sale of "
            "the former Llanfair divisional headquarters were received earlier than expected.",
            "3.2 No new long-term borrowing was taken. Two Public Works Loan Board loans totalling £3.0m matured "
            "and were repaid from cash balances.",
            "3.3 Investment income was £1.71m against a budget of £1.25m, reflecting higher balances and interest "
            "rates that remained above the strategy assumption for most of the year.",
        ],
    ),
    (
        "4. Prudential indicators",
        [
            "4.1 All indicators were complied with during the year. The table below shows the outturn against the "
            "limits set in the strategy.",
        ],
    ),
]
TABLE = [
    ("Indicator", "Limit 2024/25", "Outturn 2024/25"),
    ("Authorised limit for external debt", "£62.0m", "£41.3m"),
    ("Operational boundary", "£55.0m", "£41.3m"),
    ("Capital financing requirement", "£58.4m", "£56.9m"),
    ("Principal invested for more than 364 days", "£10.0m", "£4.0m"),
    ("Ratio of financing costs to net revenue stream", "4.5%", "3.2%"),
]
AFTER = [
    (
        "5. Implications",
        [
            "5.1 Financial: the additional investment income of £0.46m has been transferred to the capital reserve, "
            "as set out in the outturn report to the Commissioner.",
            "5.2 Equality: there are no equality implications arising from this report.",
            "5.3 Risk: counterparty risk continues to be managed through the approved lending list and limits.",
        ],
    ),
    (
        "6. Background papers",
        [
            "Treasury Management Strategy 2024/25; Capital Strategy 2024/25 to 2028/29.",
        ],
    ),
]


def build():
    doc = new_doc(font="Liberation Serif", size=11.5)
    header_text(doc, "OFFICIAL", bold=True)
    page_footer(doc, "JAC 9 July 2025 – Item 6")
    doc.add_heading("Penmorrow Joint Audit Committee", level=0)
    doc.add_heading("Treasury management outturn 2024/25", level=1)
    for lab, val in (
        ("Meeting date", "9 July 2025"),
        ("Agenda item", "6"),
        ("Report of", "Chief Finance Officer, Office of the Police and Crime Commissioner"),
        ("Status", "For information"),
    ):
        p = doc.add_paragraph()
        p.add_run(lab + ": ").bold = True
        p.add_run(val)
    for head, paras in PARAS:
        doc.add_heading(head, level=2)
        for p in paras:
            doc.add_paragraph(p)
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v, bold=(i == 0))
            if i == 0:
                shade(c, "D9E2F3")
    col_widths(t, [8.5, 4, 4])
    for head, paras in AFTER:
        doc.add_heading(head, level=2)
        for p in paras:
            doc.add_paragraph(p)
    doc.add_paragraph("Contact officer: Owain Treharne, Chief Finance Officer")
    SRC.mkdir(exist_ok=True)
    path = SRC / f"{STEM}.docx"
    doc.save(path)
    office_to_pdf(path, STEM)
    write_gold(STEM, {"attendance": [], "agenda_items": [], "decisions": [], "actions": [], "risks": []})
