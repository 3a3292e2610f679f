"""Linchester Fire and Rescue Authority corporate risk profiles, January 2019 (python-docx ->
LibreOffice, Caladea): one two-column table per risk; ratings as words with the number in
brackets, 'Likely (4) × Major (4) = 16 – HIGH'; current and target ratings; per-risk review date."""

from common import D, Gold, build_office, long_date, rating
from docxkit import *

STEM = "2019-01-Linchester-FRA-corporate-risk-profiles"
LW = {1: "Rare", 2: "Unlikely", 3: "Possible", 4: "Likely", 5: "Almost certain"}
IW = {1: "Insignificant", 2: "Minor", 3: "Moderate", 4: "Major", 5: "Severe"}

RISKS = [
    (
        "CR1",
        "Response",
        "On-call appliance availability falls below 75% at night because of recruitment and retention difficulties.",
        "Deputy Chief Fire Officer",
        (4, 4),
        (3, 3),
        "Flexible on-call contracts; availability dashboard; crewing pool.",
        "Recruitment campaign with local employers (June 2019).",
        D(2019, 1, 11),
    ),
    (
        "CR2",
        "Response",
        "The joint control room cannot mobilise resources during a failure of the mobilising system.",
        "Head of Control",
        (2, 5),
        (1, 5),
        "Fall-back control at Harlow Road; tested quarterly; manual mobilising cards.",
        "Replace the mobilising system under the joint procurement (2020).",
        D(2019, 1, 8),
    ),
    (
        "CR3",
        "Prevention and protection",
        "Fire safety inspections of high-risk premises are not completed within the risk-based programme.",
        "Head of Protection",
        (4, 3),
        (2, 3),
        "Risk-based inspection programme; trained crews carry out lower-risk audits.",
        "Recruit two further fire safety inspectors.",
        D(2019, 1, 15),
    ),
    (
        "CR4",
        "Finance and resources",
        "Funding from 2020/21 is insufficient to maintain the current number of stations and appliances.",
        "Treasurer",
        (4, 5),
        (3, 4),
        "Medium-term financial plan; efficiency programme; reserves strategy.",
        "Lobby through the national fire finance network; options appraisal in the IRMP.",
        D(2019, 1, 4),
    ),
    (
        "CR5",
        "People",
        "Firefighter pension remedy costs exceed the provision made in the accounts.",
        "Treasurer",
        (3, 3),
        (3, 2),
        "Actuarial valuation; provision reviewed at each year end.",
        "Monitor national guidance.",
        D(2019, 1, 4),
    ),
]


def band(s):
    return ("HIGH", "F4B183") if s >= 15 else ("MEDIUM", "FFE699") if s >= 8 else ("LOW", "C5E0B3")


def fmt(li):
    l, i = li
    s = l * i
    return "%s (%d) × %s (%d) = %d – %s" % (LW[l], l, IW[i], i, s, band(s)[0])


def build():
    g = Gold(STEM, "register")
    doc = new_doc("Caladea", 10, margins=2.0)
    header_text(
        doc, "Linchester Fire and Rescue Authority – Corporate Risk Register", size=8, align="left", color="9C1C1C"
    )
    footer_page(doc, fmt="Corporate risk profiles – January 2019 – page {P}", size=8, align="right")
    para(doc, "Corporate Risk Register – Risk Profiles", bold=True, size=16, after=2)
    para(doc, "Audit and Governance Committee, 31 January 2019 – Appendix B", italic=True, size=9.5, after=6)
    para(
        doc,
        "Risks are scored likelihood × impact on a five-point scale. A score of 15 or more is HIGH, 8 to 12 "
        "MEDIUM and 6 or less LOW. The current rating takes account of the controls in place; the target "
        "rating is the level expected once further actions are complete.",
        size=9,
        after=10,
        align="justify",
    )
    for ref, aim, desc, owner, cur, tgt, ctl, fut, rev in RISKS:
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        rows = [
            ("Risk " + ref, "Strategic aim: " + aim),
            ("Risk description", desc),
            ("Risk owner", owner),
            ("Current risk rating", fmt(cur)),
            ("Controls in place", ctl),
            ("Target risk rating", fmt(tgt)),
            ("Further actions", fut),
            ("Date of last review", long_date(rev)),
        ]
        for k, (a, b) in enumerate(rows):
            cells = t.add_row().cells
            cell_text(cells[0], a, bold=True, size=9.5, color="FFFFFF" if k == 0 else None)
            cell_text(cells[1], b, bold=k == 0, size=9.5, color="FFFFFF" if k == 0 else None)
            if k == 0:
                shade(cells[0], "9C1C1C")
                shade(cells[1], "9C1C1C")
            else:
                shade(cells[0], "F2F2F2")
            if a.endswith("risk rating"):
                shade(
                    cells[1],
                    band((cur if a.startswith("Current") else tgt)[0] * (cur if a.startswith("Current") else tgt)[1])[
                        1
                    ],
                )
        col_widths(t, [4.5, 12.5])
        para(doc, "", after=8)
        g.risk(
            ref,
            aim,
            desc,
            [
                rating("current", "Current risk rating", cur[0], cur[1], cur[0] * cur[1], rev),
                rating("target", "Target risk rating", tgt[0], tgt[1], tgt[0] * tgt[1], rev),
            ],
        )
    build_office(STEM, doc.save, ".docx")
    g.write()
