"""Quarrington OPCC corporate risk register exported from a spreadsheet (openpyxl -> LibreOffice
Calc): two-row header (Inherent Risk / Residual Risk over L, I, Score), the strategic objective
as a repeated column, per-risk 'Last Review' dates dd/mm/yyyy, tiny font, landscape; a second
sheet holds the scoring matrix."""

from common import D, Gold, build_office, rating
from xlkit import *

STEM = "2017-03-Quarrington-OPCC-corporate-risk-register"

# ref, objective, risk, owner, inherent (L,I), controls, residual (L,I), review, trend
RISKS = [
    (
        "CRR01",
        "Good governance",
        "Commissioner decisions are open to legal challenge because the decision-making framework is not followed.",
        "Chief Executive",
        (3, 4),
        "Decision notice template; legal review of key decisions; monthly decisions log published.",
        (2, 3),
        D(2017, 2, 27),
        "Same",
    ),
    (
        "CRR02",
        "Good governance",
        "The Police and Crime Panel is not given timely information, damaging the relationship and the reputation of the Commissioner.",
        "Chief Executive",
        (3, 3),
        "Forward plan agreed with Panel Support Officer; papers issued 7 days ahead.",
        (2, 2),
        D(2017, 2, 27),
        "Down",
    ),
    (
        "CRR03",
        "Financial sustainability",
        "Police grant settlement for 2018/19 is lower than assumed in the medium-term financial strategy.",
        "Chief Finance Officer",
        (4, 4),
        "Scenario planning at -1%, -2% and -3%; general reserve held at 4% of net budget.",
        (3, 4),
        D(2017, 3, 1),
        "Up",
    ),
    (
        "CRR04",
        "Financial sustainability",
        "Savings required from the joint estates programme with Quarrington Fire and Rescue are not delivered.",
        "Chief Finance Officer",
        (3, 4),
        "Joint programme board; benefits tracker reported quarterly.",
        (3, 3),
        D(2017, 3, 1),
        "Same",
    ),
    (
        "CRR05",
        "Commissioning for victims",
        "Victim referral service contract transfers to a new provider with loss of service continuity.",
        "Head of Commissioning",
        (4, 3),
        "Exit and mobilisation plan; weekly transition meetings; data transfer agreement.",
        (2, 3),
        D(2017, 2, 14),
        "Down",
    ),
    (
        "CRR06",
        "Commissioning for victims",
        "Grants to community safety partnerships are not spent on outcomes in the Police and Crime Plan.",
        "Head of Commissioning",
        (3, 2),
        "Grant conditions; six-monthly outcome returns.",
        (2, 2),
        D(2017, 2, 14),
        "Same",
    ),
    (
        "CRR07",
        "Public engagement",
        "Low response to the precept consultation undermines the legitimacy of the Commissioner's proposal.",
        "Communications Manager",
        (3, 3),
        "Online survey, street surveys in six towns and a panel of 1,000 residents.",
        (2, 3),
        D(2017, 1, 30),
        "Same",
    ),
    (
        "CRR08",
        "Information management",
        "Personal data held by the OPCC is disclosed without authority.",
        "Data Protection Officer",
        (3, 5),
        "Information asset register; mandatory e-learning; secure email.",
        (2, 4),
        D(2017, 2, 20),
        "Same",
    ),
    (
        "CRR09",
        "Information management",
        "The OPCC is not ready for the General Data Protection Regulation by May 2018.",
        "Data Protection Officer",
        (4, 4),
        "GDPR action plan; shared DPO arrangement with the force.",
        (3, 4),
        D(2017, 2, 20),
        "New",
    ),
]


def band(s):
    return "FF7C80" if s >= 15 else "FFD966" if s >= 8 else "A9D08E"


def build():
    g = Gold(STEM, "register")
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    widths(ws, [7, 14, 34, 13, 4, 4, 6, 34, 4, 4, 6, 10, 7])
    put(
        ws,
        1,
        1,
        "Office of the Police and Crime Commissioner for Quarrington – Corporate Risk Register – March 2017",
        size=10,
        bold=True,
        border=False,
        wrap=False,
    )
    top = [
        "Ref",
        "Strategic Objective",
        "Risk Description",
        "Risk Owner",
        "Inherent Risk",
        None,
        None,
        "Existing Controls",
        "Residual Risk",
        None,
        None,
        "Last Review",
        "Trend",
    ]
    sub = [None, None, None, None, "L", "I", "Score", None, "L", "I", "Score", None, None]
    for c, (a, b) in enumerate(zip(top, sub), 1):
        put(ws, 3, c, a, size=7, bold=True, bg="BDD7EE", align="center", valign="center")
        put(ws, 4, c, b, size=7, bold=True, bg="BDD7EE", align="center", valign="center")
    for c in (1, 2, 3, 4, 8, 12, 13):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells("E3:G3")
    ws.merge_cells("I3:K3")
    ws.freeze_panes = "A5"
    for r, (ref, obj, desc, owner, inh, ctl, res, rev, trend) in enumerate(RISKS, 5):
        vals = [ref, obj, desc, owner, inh[0], inh[1], inh[0] * inh[1], ctl, res[0], res[1], res[0] * res[1]]
        for c, v in enumerate(vals, 1):
            put(
                ws,
                r,
                c,
                v,
                size=7,
                align="center" if isinstance(v, int) else "left",
                bg=band(v) if c in (7, 11) else None,
                bold=c in (7, 11),
            )
        put(ws, r, 12, rev, size=7, numfmt="DD/MM/YYYY", align="center")
        put(ws, r, 13, trend, size=7, align="center")
        autoheight(ws, r, 7)
        g.risk(
            ref,
            obj,
            desc,
            [
                rating("inherent", "Inherent Risk", inh[0], inh[1], inh[0] * inh[1], rev),
                rating("current", "Residual Risk", res[0], res[1], res[0] * res[1], rev),
            ],
        )
    page(ws, landscape=True, title_rows="3:4", footer="&A – Page &P of &N", fit_width=True)

    m = wb.create_sheet("Scoring Matrix")
    widths(m, [14, 9, 9, 9, 9, 9])
    put(m, 1, 1, "Risk scoring matrix (Likelihood x Impact)", size=10, bold=True, border=False, wrap=False)
    put(m, 3, 1, "Likelihood \\ Impact", size=7, bold=True, bg="D9D9D9")
    for i in range(1, 6):
        put(m, 3, i + 1, i, size=7, bold=True, bg="D9D9D9", align="center")
    for l in range(5, 0, -1):
        rr = 4 + (5 - l)
        put(m, rr, 1, l, size=7, bold=True, bg="D9D9D9", align="center")
        for i in range(1, 6):
            put(m, rr, i + 1, l * i, size=8, align="center", bg=band(l * i))
    put(
        m,
        10,
        1,
        "1–6 Low: manage within the team.  8–12 Medium: review quarterly.  15–25 High: report to the Joint Audit Committee.",
        size=7,
        italic=True,
        border=False,
        wrap=False,
    )
    page(m, landscape=True, fit_width=False, footer="&A – Page &P of &N")
    build_office(STEM, wb.save, ".xlsx")
    g.write()
