"""2017-01 Selbrook PCC precept proposal report to the Police and Crime Panel — Word. Holds no records."""

import dx
from lib import docx_to_pdf, fixed_core, write_gold

NAME = "2017-01-Selbrook-PCC-precept-proposal-report.pdf"


def build(out_dir, tmp_dir):
    doc = dx.new_doc(font="Liberation Serif", size=11.5, margins_cm=2.5)
    fixed_core(doc, "Precept proposal")
    sec = doc.sections[0]
    dx.header_text(sec, "Agenda Item 6", size=10, align="right", bold=True)
    dx.footer_page_x_of_y(sec, prefix="Page ", size=9)
    t = doc.add_table(rows=5, cols=2)
    t.style = doc.styles["Table Grid"]
    for i, (k, v) in enumerate(
        [
            ("Report to", "Selbrook Police and Crime Panel"),
            ("Date of meeting", "2 February 2017"),
            ("Report of", "Police and Crime Commissioner for Selbrook"),
            ("Subject", "Proposed police precept 2017/18"),
            ("Status", "For consideration"),
        ]
    ):
        dx.cell_text(t.rows[i].cells[0], k, bold=True)
        dx.shade(t.rows[i].cells[0], "E2EFDA")
        dx.cell_text(t.rows[i].cells[1], v)
    dx.col_widths(t, [4.5, 11.5])
    dx.para(doc, "")
    sections = [
        (
            "1. Purpose of the report",
            [
                "1.1 This report notifies the Panel of the precept that the Commissioner proposes to issue for 2017/18, "
                "as required by Schedule 5 to the Police Reform and Social Responsibility Act 2011."
            ],
        ),
        (
            "2. Recommendation",
            [
                "2.1 The Panel is asked to review the proposed precept of £187.65 for a Band D property, an increase of "
                "£3.68 (1.99%), and to make a report to the Commissioner."
            ],
        ),
        (
            "3. Background",
            [
                "3.1 The provisional police grant settlement, announced on 15 December 2016, kept core grant for Selbrook "
                "flat in cash terms at £71.2m once precept flexibility is taken into account. The settlement assumes that "
                "Commissioners will raise the precept by the maximum allowed without a referendum.",
                "3.2 The Commissioner consulted the public between 14 November and 23 December 2016. Of the 2,146 people "
                "who responded, 64% said they would support an increase of about 7p a week for a Band D property.",
            ],
        ),
        (
            "4. Financial position",
            ["4.1 The table below summarises the net budget requirement and how it would be funded."],
        ),
    ]
    for head, paras in sections:
        dx.para(doc, head, bold=True, space_after=3)
        for ptxt in paras:
            dx.para(doc, ptxt, align="justify")
    rows = [
        ("", "2016/17 £m", "2017/18 £m"),
        ("Net budget requirement", "118.4", "120.9"),
        ("Police grant and formula funding", "71.2", "71.2"),
        ("Council tax freeze and support grants", "8.9", "8.9"),
        ("Collection fund surplus", "0.6", "0.5"),
        ("Precept", "37.7", "39.3"),
        ("Use of reserves", "0.0", "1.0"),
    ]
    ft = doc.add_table(rows=0, cols=3)
    ft.style = doc.styles["Table Grid"]
    for i, r in enumerate(rows):
        row = ft.add_row()
        for j, v in enumerate(r):
            dx.cell_text(row.cells[j], v, bold=(i == 0), align="right" if j else None)
            if i == 0:
                dx.shade(row.cells[j], "D9E1F2")
    dx.col_widths(ft, [8.5, 3.5, 3.5])
    dx.para(doc, "")
    more = [
        (
            "5. Council tax by band",
            [
                "5.1 The proposed precept for each council tax band is shown below. Band D is the reference band; the "
                "other bands are set in fixed proportions to it."
            ],
        ),
    ]
    for head, paras in more:
        dx.para(doc, head, bold=True, space_after=3)
        for ptxt in paras:
            dx.para(doc, ptxt, align="justify")
    bands = [
        ("Band", "A", "B", "C", "D", "E", "F", "G", "H"),
        ("2017/18 £", "125.10", "145.95", "166.80", "187.65", "229.35", "271.05", "312.75", "375.30"),
    ]
    bt = doc.add_table(rows=0, cols=9)
    bt.style = doc.styles["Table Grid"]
    for i, r in enumerate(bands):
        row = bt.add_row()
        for j, v in enumerate(r):
            dx.cell_text(row.cells[j], v, bold=(i == 0 or j == 0), size=10, align="center")
    dx.para(doc, "")
    tail = [
        (
            "6. Use of the additional income",
            [
                "6.1 The increase would fund 20 additional police constables for neighbourhood teams in Selbrook and "
                "Ashmere, a second rural crime officer, and the continuation of the mental health street triage service "
                "for a further year.",
                "6.2 Savings of £2.4m are still required in 2017/18. These will come from the restructure of the "
                "contact centre, a reduction in the number of police buildings, and the regional procurement of fleet.",
            ],
        ),
        (
            "7. Risks",
            [
                "7.1 The main financial risks are a higher pay award than the 1% assumed, the cost of the emergency "
                "services network, and any reduction in grant following the review of the police funding formula. The "
                "general reserve of £5.8m is considered adequate to meet these risks in the short term."
            ],
        ),
        (
            "8. Next steps",
            [
                "8.1 If the Panel does not veto the proposal, the Commissioner will issue the precept to the billing "
                "authorities by 1 March 2017."
            ],
        ),
        ("Background papers", ["Police and Crime Plan 2016–2020; Medium Term Financial Plan (January 2017)."]),
    ]
    for head, paras in tail:
        dx.para(doc, head, bold=True, space_after=3)
        for ptxt in paras:
            dx.para(doc, ptxt, align="justify")
    dx.para(
        doc,
        "Contact officer: Andrew Felsham, Chief Finance Officer, Office of the Police and Crime Commissioner",
        italic=True,
        size=10,
    )
    tmp = tmp_dir / NAME.replace(".pdf", ".docx")
    doc.save(tmp)
    docx_to_pdf(tmp, out_dir)
    write_gold(NAME, "report")
