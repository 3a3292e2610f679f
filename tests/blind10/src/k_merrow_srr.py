"""2016-06-30 Merrowshire Constabulary strategic risk register — Word, landscape, two-row merged header
(Inherent / Residual each L · I · Score) repeated on every page, objective rows spanning the table,
RAG-filled score cells, target printed as "L2 × I5 = 10"."""

import dx
from lib import docx_to_pdf, fixed_core, write_gold

NAME = "2016-06-30-Merrowshire-Constabulary-strategic-risk-register.pdf"
RDATE = "2016-06-30"

PRIORITIES = [
    (
        "Strategic priority 1 – ",
        "Protecting vulnerable people",
        [
            (
                "SR01",
                "Failure to identify and safeguard vulnerable people at the first point of contact leads to serious harm.",
                "ACC Qureshi",
                (4, 5),
                "THRIVE assessment in the control room; vulnerability training for all call handlers; daily review of high-risk incidents by the duty inspector.",
                (3, 5),
                (2, 5),
                "Static",
            ),
            (
                "SR02",
                "The capacity of the public protection unit is insufficient to manage the growth in registered sex offenders.",
                "DCC Pellew",
                (4, 4),
                "Risk-based caseloads using ARMS assessments; eight additional offender managers approved in the 2016/17 budget.",
                (3, 4),
                (2, 4),
                "Rising",
            ),
            (
                "SR03",
                "Partners withdraw from the multi-agency safeguarding hub because of budget pressures.",
                "ACC Qureshi",
                (3, 4),
                "Section 75 agreement to March 2018; quarterly partnership board chaired by the Deputy PCC.",
                (2, 4),
                (2, 3),
                "Static",
            ),
        ],
    ),
    (
        "Strategic priority 2 – ",
        "Tackling crime and anti-social behaviour",
        [
            (
                "SR04",
                "Loss of specialist skills in the investigation of serious and complex crime as experienced detectives retire.",
                "Head of Crime",
                (4, 4),
                "Detective development programme; accelerated PIP2 accreditation; retention allowances under review.",
                (3, 4),
                (2, 3),
                "Rising",
            ),
            (
                "SR05",
                "Delay to the national Emergency Services Network programme leaves the force dependent on the Airwave contract beyond 2019.",
                "Director of Finance",
                (4, 5),
                "Airwave extension negotiated regionally; ESN programme board attendance; contingency budget of £0.8m.",
                (4, 4),
                (3, 3),
                "Rising",
            ),
            (
                "SR06",
                "A cyber attack compromises force systems and data.",
                "Head of ICT",
                (4, 5),
                "Public services network compliance; penetration testing twice a year; staff phishing exercises.",
                (3, 5),
                (2, 5),
                "Static",
            ),
        ],
    ),
    (
        "Strategic priority 3 – ",
        "An efficient and effective force",
        [
            (
                "SR07",
                "The force is unable to deliver the savings of £14.2m required by 2019/20.",
                "Director of Finance",
                (5, 4),
                "Priority-based budgeting review; monthly savings tracker to the chief officer group; collaboration programme.",
                (3, 4),
                (2, 4),
                "Falling",
            ),
            (
                "SR08",
                "Failure to comply with data protection legislation results in enforcement action and fines.",
                "DCC Pellew",
                (3, 4),
                "Information asset owners in every department; mandatory e-learning; data protection officer post created.",
                (2, 4),
                (1, 4),
                "Static",
            ),
            (
                "SR09",
                "Sickness absence among officers and staff reduces the resilience of frontline teams.",
                "Head of People",
                (4, 3),
                "Attendance management policy; occupational health contract; wellbeing champions in every district.",
                (3, 3),
                (2, 3),
                "Falling",
            ),
            (
                "SR10",
                "The collaboration programme with neighbouring forces does not deliver its planned benefits.",
                "Chief Constable",
                (3, 3),
                "Joint programme board; benefits realisation plan; independent review in October 2016.",
                (3, 3),
                (2, 2),
                "Static",
            ),
        ],
    ),
    (
        "Strategic priority 4 – ",
        "Public confidence",
        [
            (
                "SR11",
                "A serious misconduct or corruption case damages public confidence in the force.",
                "DCC Pellew",
                (3, 5),
                "Counter-corruption unit; vetting of all staff to national standards; integrity health checks.",
                (2, 5),
                (2, 4),
                "Static",
            ),
            (
                "SR12",
                "The force cannot meet the demands of policing a major public event while maintaining core services.",
                "ACC Qureshi",
                (3, 4),
                "Regional mutual aid agreement; event planning cell; trained public order officers on every shift.",
                (2, 4),
                (2, 3),
                "New",
            ),
        ],
    ),
]


def fill(score):
    if score >= 15:
        return "FF5050"
    if score >= 10:
        return "FFC000"
    if score >= 5:
        return "FFFF66"
    return "92D050"


def build(out_dir, tmp_dir):
    doc = dx.new_doc(font="DejaVu Sans Condensed", size=9, landscape=True, margins_cm=1.4)
    fixed_core(doc, "Strategic risk register")
    sec = doc.sections[0]
    dx.header_text(sec, "RESTRICTED – for Joint Audit Committee", size=7.5, align="right")
    dx.footer_page_x_of_y(sec, left_text="Merrowshire Constabulary – Strategic Risk Register", size=7.5)
    dx.para(doc, "Merrowshire Constabulary", bold=True, size=14, color="1F3864", space_after=0)
    dx.para(doc, "Strategic Risk Register – position as at 30 June 2016", bold=True, size=11, space_after=2)
    dx.para(
        doc,
        "Likelihood (L) and impact (I) are each scored 1–5; score = L × I. Scores of 15 and above are red, "
        "10–14 amber, 5–9 yellow and 1–4 green.",
        size=8,
        italic=True,
        space_after=6,
    )
    heads1 = [
        "Ref",
        "Risk description",
        "Risk owner",
        "Inherent risk",
        "",
        "",
        "Key controls",
        "Residual risk",
        "",
        "",
        "Target",
        "Trend",
    ]
    heads2 = ["", "", "", "L", "I", "Score", "", "L", "I", "Score", "", ""]
    t = doc.add_table(rows=2, cols=12)
    t.style = doc.styles["Table Grid"]
    for j, h in enumerate(heads1):
        if h:
            dx.cell_text(t.rows[0].cells[j], h, bold=True, size=8.5, align="center")
    for j, h in enumerate(heads2):
        if h:
            dx.cell_text(t.rows[1].cells[j], h, bold=True, size=8.5, align="center")
    t.cell(0, 3).merge(t.cell(0, 5))
    t.cell(0, 7).merge(t.cell(0, 9))
    for j in (0, 1, 2, 6, 10, 11):
        t.cell(0, j).merge(t.cell(1, j))
    for r in t.rows[:2]:
        dx.repeat_header(r)
        for c in r.cells:
            dx.shade(c, "D9E2F3")
    risks = []
    for label, objective, items in PRIORITIES:
        r = t.add_row()
        c = r.cells[0].merge(r.cells[11])
        dx.cell_text(c, label + objective, bold=True, size=9)
        dx.shade(c, "F2F2F2")
        for ref, desc, owner, inh, controls, res, tgt, trend in items:
            r = t.add_row()
            dx.no_split(r)
            vals = [
                ref,
                desc,
                owner,
                str(inh[0]),
                str(inh[1]),
                str(inh[0] * inh[1]),
                controls,
                str(res[0]),
                str(res[1]),
                str(res[0] * res[1]),
                f"L{tgt[0]} × I{tgt[1]} = {tgt[0] * tgt[1]}",
                trend,
            ]
            for j, v in enumerate(vals):
                dx.cell_text(
                    r.cells[j], v, size=9.5, align="center" if j in (3, 4, 5, 7, 8, 9) else None, bold=(j in (0, 5, 9))
                )
            dx.shade(r.cells[5], fill(inh[0] * inh[1]))
            dx.shade(r.cells[9], fill(res[0] * res[1]))
            dx.shade(r.cells[10], fill(tgt[0] * tgt[1]))
            risks.append(
                {
                    "reference": ref,
                    "objective": objective,
                    "description": desc,
                    "ratings": [
                        {
                            "phase": "inherent",
                            "phase_text": "Inherent risk",
                            "likelihood": inh[0],
                            "impact": inh[1],
                            "score": inh[0] * inh[1],
                            "register_date": RDATE,
                        },
                        {
                            "phase": "current",
                            "phase_text": "Residual risk",
                            "likelihood": res[0],
                            "impact": res[1],
                            "score": res[0] * res[1],
                            "register_date": RDATE,
                        },
                        {
                            "phase": "target",
                            "phase_text": "Target",
                            "likelihood": tgt[0],
                            "impact": tgt[1],
                            "score": tgt[0] * tgt[1],
                            "register_date": RDATE,
                        },
                    ],
                }
            )
    dx.col_widths(t, [1.3, 6.0, 2.4, 0.8, 0.8, 1.45, 6.4, 0.8, 0.8, 1.45, 2.7, 1.5])
    dx.para(doc, "")
    dx.para(
        doc,
        "Trend compares the residual score with the March 2016 review. Owners review their risks monthly; the "
        "register is reported quarterly to the Joint Audit Committee.",
        size=8,
    )
    tmp = tmp_dir / NAME.replace(".pdf", ".docx")
    doc.save(tmp)
    docx_to_pdf(tmp, out_dir)
    write_gold(NAME, "register", risks=risks)
