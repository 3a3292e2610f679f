"""Fernhallow Joint Audit Committee annual report 2023/24: a report that holds NO records. It has a
members' attendance record over the year (not attendance at a meeting), a list of past meeting dates, past-tense
accounts of what the Committee approved during the year, and a recommendation to note. python-docx +
LibreOffice, Liberation Sans 10.5 pt, portrait, heading styles, a report-details table."""

from common import *
from docx.enum.text import WD_ALIGN_PARAGRAPH

STEM = "2024-07-Fernhallow-Joint-Audit-Committee-annual-report-2023-24"

ATTEND = [
    ("Naveen Shah (Chair)", "4 of 4"),
    ("Corinne Blakey", "4 of 4"),
    ("Dr Martin Oyelowo", "3 of 4"),
    ("Julia Prestwich", "2 of 4 (appointed October 2023)"),
]
MEETINGS = ["20 July 2023", "12 October 2023", "25 January 2024", "21 March 2024"]


def build(outdir):
    doc = new_document(font="Liberation Sans", size=10.5)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(fp, size=8.5)
    doc.add_heading("Fernhallow Joint Audit Committee", level=1)
    doc.add_heading("Annual Report 2023/24", level=2)
    t = doc.add_table(rows=0, cols=2)
    table_borders(t)
    for a, b in (
        ("Report to", "Police and Crime Commissioner for Fernhallow and Chief Constable of Fernhallow Police"),
        ("Report of", "Chair of the Joint Audit Committee"),
        ("Date", "July 2024"),
        ("Classification", "Public"),
    ):
        cells = t.add_row().cells
        set_cell(cells[0], a, bold=True)
        shade(cells[0], "E7E6E6")
        set_cell(cells[1], b)
    col_widths(t, [4.0, 12.5])
    doc.add_heading("1. Purpose", level=3)
    doc.add_paragraph(
        "1.1 This report summarises the work of the Joint Audit Committee during 2023/24 and sets out "
        "how the Committee has met its terms of reference. It is presented in line with CIPFA guidance, "
        "which recommends that audit committees report annually on their performance."
    )
    doc.add_heading("2. Recommendation", level=3)
    doc.add_paragraph(
        "2.1 The Commissioner and the Chief Constable are asked to note the Committee’s annual report for 2023/24."
    )
    doc.add_heading("3. Membership and attendance", level=3)
    doc.add_paragraph(
        "3.1 The Committee met four times during the year, on "
        + ", ".join(MEETINGS[:-1])
        + " and "
        + MEETINGS[-1]
        + ". All meetings were quorate. Attendance by members over the year was:"
    )
    t2 = doc.add_table(rows=1, cols=2)
    table_borders(t2)
    set_cell(t2.rows[0].cells[0], "Member", bold=True)
    set_cell(t2.rows[0].cells[1], "Meetings attended", bold=True)
    for c in t2.rows[0].cells:
        shade(c, "D9E1F2")
    for n, a in ATTEND:
        cells = t2.add_row().cells
        set_cell(cells[0], n)
        set_cell(cells[1], a)
    col_widths(t2, [8.0, 6.0])
    doc.add_paragraph()
    doc.add_paragraph(
        "3.2 The Chief Finance Officer of the OPCC, the force Director of Finance, the Head of Internal "
        "Audit and the external audit engagement lead attended every meeting. The Chief Constable and "
        "the Commissioner each attended one meeting."
    )
    doc.add_heading("4. Work of the Committee", level=3)
    for txt in (
        "4.1 Governance. During the year the Committee reviewed the draft Annual Governance Statements of both "
        "corporations sole and recommended amendments to the section on collaboration. The revised terms of "
        "reference of the Committee were adopted by the Commissioner and the Chief Constable in October 2023.",
        "4.2 Internal audit. The Committee considered the internal audit plan for 2023/24 and monitored progress at "
        "each meeting. The Head of Internal Audit gave a reasonable assurance opinion for the year. The Committee "
        "maintained a close interest in the two limited assurance reviews, on seized property and on overtime "
        "payments, and received follow-up reports on both.",
        "4.3 External audit. Delays in the national audit system meant that the audit of the 2022/23 accounts was "
        "not completed until February 2024. The Committee received the auditor’s annual report in March 2024.",
        "4.4 Risk management. Both strategic risk registers were reviewed twice during the year. The Committee "
        "challenged the scoring of the risk relating to the control room replacement programme, which was "
        "subsequently increased by the force.",
        "4.5 Treasury management. The Committee scrutinised the treasury management strategy and the mid-year "
        "review and was satisfied that they complied with the CIPFA code.",
    ):
        doc.add_paragraph(txt)
    doc.add_heading("5. Self-assessment and training", level=3)
    doc.add_paragraph(
        "5.1 Members completed the CIPFA self-assessment of good practice in January 2024. The results "
        "show substantial compliance. Two development areas were identified: knowledge of the police "
        "funding formula and the evaluation of value for money arrangements. Training on both will be "
        "arranged in 2024/25."
    )
    doc.add_heading("6. Looking ahead", level=3)
    doc.add_paragraph(
        "6.1 In 2024/25 the Committee will focus on the implementation of the new enterprise resource "
        "planning system, the force’s response to the inspection of its crime recording, and the "
        "timely completion of external audits."
    )
    doc.add_paragraph()
    doc.add_paragraph("Naveen Shah\nChair, Fernhallow Joint Audit Committee")
    tmp = outdir / "src" / "_build"
    tmp.mkdir(exist_ok=True)
    dp = tmp / (STEM + ".docx")
    doc.save(dp)
    docx_to_pdf(dp, outdir / (STEM + ".pdf"))
    write_gold(STEM, NONE_KEYS)
