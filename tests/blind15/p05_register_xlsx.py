"""05: Constabulary strategic risk register as a spreadsheet (openpyxl -> LibreOffice Calc).
Two-row header printed on the first page only; objective in a column; target printed '2 x 4 = 8'."""

import tempfile
from pathlib import Path

from lib import office_to_pdf, rating, risk, write_gold
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

STEM = "2020-06-30-Ellesborne-Constabulary-strategic-risk-register"
RDATE = "2020-06-30"

# ref, priority, description, owner, (iL,iI), (rL,rI), (tL,tI), controls, trend, next review
RISKS = [
    (
        "ESR01",
        "Protecting vulnerable people",
        "Rising demand from missing person reports, particularly children in residential care, diverts response officers from emergency calls.",
        "ACC Local Policing",
        (4, 4),
        (3, 4),
        (2, 4),
        "Missing persons coordinator in each district; joint protocol with the three care providers; daily review of high-risk cases at the morning meeting; Philomena protocol relaunched in March 2020.",
        "Static",
        "31/08/2020",
    ),
    (
        "ESR02",
        "Protecting vulnerable people",
        "Backlogs in the digital forensics unit delay child sexual abuse investigations and safeguarding decisions.",
        "ACC Crime",
        (5, 4),
        (4, 4),
        (2, 4),
        "Triage of devices at the point of seizure; overtime for the unit agreed to September 2020; outsourcing of lower-risk devices under the regional framework; weekly backlog report to the ACC.",
        "Worsening",
        "31/07/2020",
    ),
    (
        "ESR03",
        "Tackling serious harm",
        "Organised crime groups exploit the county lines network through the Ellesborne rail corridor faster than intelligence can be developed.",
        "ACC Crime",
        (4, 5),
        (3, 4),
        (2, 4),
        "Dedicated county lines team; joint operations with British Transport Police; intelligence sharing with the two neighbouring forces; referrals to the child criminal exploitation hub.",
        "Improving",
        "30/09/2020",
    ),
    (
        "ESR04",
        "Tackling serious harm",
        "The force cannot sustain armed policing capability at the required level because of attrition among authorised firearms officers.",
        "ACC Operations",
        (3, 5),
        (3, 4),
        (2, 4),
        "Two additional initial courses in 2020/21; retention payment reviewed; strategic threat and risk assessment refreshed in May 2020 with the minimum number confirmed.",
        "Static",
        "30/09/2020",
    ),
    (
        "ESR05",
        "Organisational resilience",
        "Failure of the legacy command and control system before the replacement goes live in 2021.",
        "Director of IT",
        (3, 5),
        (2, 5),
        (1, 5),
        "Extended support contract with the supplier to June 2021; tested fallback to paper-based incident logs; hardware refreshed in February 2020; programme board reports monthly to the DCC.",
        "Improving",
        "31/08/2020",
    ),
    (
        "ESR06",
        "Organisational resilience",
        "Covid-19 absence in the contact centre reduces call handling capacity below the minimum staffing level.",
        "Head of Contact Centre",
        (4, 4),
        (3, 3),
        (2, 3),
        "Split-site working at headquarters and Marlow Street; home working for non-emergency call handlers; redeployment list of trained staff; daily absence reporting to Gold group.",
        "Improving",
        "31/07/2020",
    ),
    (
        "ESR07",
        "Organisational resilience",
        "The medium term financial plan is not balanced from 2022/23 if the police grant settlement is lower than assumed.",
        "Director of Finance",
        (4, 4),
        (3, 4),
        (2, 3),
        "Savings programme of £4.2m identified to 2023/24; reserves strategy agreed with the PCC; scenario modelling of grant and precept options presented to the joint audit committee.",
        "Worsening",
        "30/09/2020",
    ),
    (
        "ESR08",
        "Organisational resilience",
        "Loss of personal data through the misuse of mobile devices or email leads to enforcement action by the Information Commissioner.",
        "Head of Information Management",
        (3, 4),
        (2, 4),
        (2, 3),
        "Mandatory data protection training with 94% completion; encryption of all mobile devices; audit of email auto-forwarding rules; breach reporting process reviewed by internal audit.",
        "Static",
        "31/10/2020",
    ),
    (
        "ESR09",
        "Public confidence",
        "Public confidence falls following the enforcement of coronavirus regulations, especially among young people and minority communities.",
        "DCC",
        (4, 4),
        (3, 3),
        (2, 3),
        "Engage, explain, encourage, enforce approach briefed to all officers; scrutiny of fixed penalty notices by the independent advisory group; community contact log reviewed weekly.",
        "New",
        "31/07/2020",
    ),
    (
        "ESR10",
        "Public confidence",
        "Recruitment does not increase the proportion of officers from minority ethnic backgrounds in line with the target of the uplift programme.",
        "Director of People",
        (4, 3),
        (4, 3),
        (2, 3),
        "Positive action team of four officers; mentoring scheme for applicants; review of the assessment centre for adverse impact; targets in the people strategy monitored quarterly.",
        "Static",
        "30/09/2020",
    ),
]


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic risks"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ctr = Alignment(horizontal="center", vertical="top", wrap_text=True)
    ws["A1"] = "ELLESBORNE CONSTABULARY – STRATEGIC RISK REGISTER"
    ws["A1"].font = Font(name="Liberation Sans", bold=True, size=13)
    ws["A2"] = "Position as at 30 June 2020 – reported to the Joint Audit Committee, July 2020"
    ws["A2"].font = Font(name="Liberation Sans", italic=True, size=10)
    h1 = [
        "Ref",
        "Strategic priority",
        "Risk description",
        "Risk owner",
        "Inherent risk",
        None,
        None,
        "Key controls in place",
        "Residual risk",
        None,
        None,
        "Target (L x I)",
        "Trend",
        "Next review",
    ]
    h2 = [None, None, None, None, "L", "I", "Score", None, "L", "I", "Score", None, None, None]
    fill = PatternFill("solid", fgColor="1F3864")
    for c, v in enumerate(h1, 1):
        cell = ws.cell(row=4, column=c, value=v)
        cell.font = Font(name="Liberation Sans", bold=True, size=9, color="FFFFFF")
        cell.fill, cell.alignment, cell.border = fill, ctr, box
    for c, v in enumerate(h2, 1):
        cell = ws.cell(row=5, column=c, value=v)
        cell.font = Font(name="Liberation Sans", bold=True, size=9, color="FFFFFF")
        cell.fill, cell.alignment, cell.border = fill, ctr, box
    for rng in ("E4:G4", "I4:K4", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "H4:H5", "L4:L5", "M4:M5", "N4:N5"):
        ws.merge_cells(rng)

    def rag(s):
        return "FF0000" if s >= 15 else "FFC000" if s >= 8 else "92D050"

    r = 6
    for ref, pri, desc, own, (il, ii), (rl, ri), (tl, ti), ctrl, trend, nxt in RISKS:
        vals = [ref, pri, desc, own, il, ii, il * ii, ctrl, rl, ri, rl * ri, f"{tl} x {ti} = {tl * ti}", trend, nxt]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.font = Font(name="Liberation Sans", size=10)
            cell.alignment = ctr if c in (5, 6, 7, 9, 10, 11, 12, 13) else wrap
            cell.border = box
        lines = max(len(desc) / 30, len(ctrl) / 40, len(pri) / 12, len(own) / 12) + 1
        ws.row_dimensions[r].height = int(lines) * 12.5 + 6
        ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=rag(il * ii))
        ws.cell(row=r, column=11).fill = PatternFill("solid", fgColor=rag(rl * ri))
        r += 1
    widths = [7, 14, 34, 14, 4, 4, 6, 44, 4, 4, 6, 10, 9, 10]
    for k, w in enumerate(widths):
        ws.column_dimensions[chr(65 + k)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.left.text = "ESR v3.2  &F"
    ws.oddFooter.right.text = "Page &P of &N"
    ws.oddHeader.center.text = "OFFICIAL – SENSITIVE"
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (STEM + ".xlsx")
        wb.save(src)
        office_to_pdf(src, STEM)

    write_gold(
        STEM,
        attendance=[],
        agenda_items=[],
        decisions=[],
        actions=[],
        risks=[
            risk(
                ref,
                pri,
                desc,
                [
                    rating("inherent", "Inherent risk", il, ii, il * ii, RDATE),
                    rating("current", "Residual risk", rl, ri, rl * ri, RDATE),
                    rating("target", "Target (L x I)", tl, ti, tl * ti, RDATE),
                ],
            )
            for ref, pri, desc, own, (il, ii), (rl, ri), (tl, ti), *_ in RISKS
        ],
    )
