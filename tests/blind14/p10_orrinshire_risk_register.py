"""Orrinshire OPFCC corporate risk register (openpyxl -> LibreOffice Calc -> PDF, landscape).
Ref | Risk | Risk owner | Appetite | Pre-mitigation L, I, Score | Key controls | Post-mitigation L, I, Score |
Trend (arrow) | Tolerance (printed "2×3=6") | Last review (dd/mm/yyyy). Section rows "Strategic priority n – …"."""

from common import SRC, office_to_pdf, rating, write_gold
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins

STEM = "2025-03-31-Orrinshire-OPFCC-corporate-risk-register"


def colour(s):
    return "E06666" if s >= 15 else "F6B26B" if s >= 8 else "93C47D"


SECTIONS = [
    (
        "Strategic priority 1 – ",
        "Effective oversight of policing and fire",
        [
            (
                "CR01",
                "Failure to hold the Chief Constable and Chief Fire Officer to account because performance data is late or incomplete.",
                "Chief Executive",
                "Cautious",
                (4, 4),
                "Joint performance framework; monthly data quality checks; scrutiny calendar.",
                (3, 3),
                "↓",
                (2, 3),
                "14/03/2025",
            ),
            (
                "CR02",
                "The fire and rescue service does not deliver the HMICFRS improvement plan before the 2025 revisit.",
                "Chief Executive",
                "Minimal",
                (4, 5),
                "Fire Accountability Board tracking; monthly assurance meetings with DCFO.",
                (3, 4),
                "→",
                (2, 4),
                "21/03/2025",
            ),
        ],
    ),
    (
        "Strategic priority 2 – ",
        "Sound finances",
        [
            (
                "CR03",
                "Police and fire budgets cannot be balanced in 2026/27 without the use of reserves.",
                "Chief Finance Officer",
                "Cautious",
                (5, 4),
                "Medium-term financial plan; savings programme; precept strategy.",
                (4, 4),
                "↑",
                (3, 3),
                "28/03/2025",
            ),
            (
                "CR04",
                "The fire pensions remedy costs exceed the grant provided by government.",
                "Chief Finance Officer",
                "Cautious",
                (3, 4),
                "Actuarial review; lobbying through the national association.",
                (3, 3),
                "→",
                (2, 3),
                "28/03/2025",
            ),
        ],
    ),
    (
        "Strategic priority 3 – ",
        "Safer communities",
        [
            (
                "CR05",
                "Commissioned victim services lose capacity because providers cannot recruit case workers.",
                "Head of Commissioning",
                "Open",
                (4, 3),
                "Contract monitoring; uplift in grant rates; shared recruitment campaign.",
                (3, 3),
                "↓",
                (2, 2),
                "07/03/2025",
            ),
            (
                "CR06",
                "A cyber attack on a shared supplier disrupts police or fire control rooms.",
                "Chief Executive",
                "Averse",
                (3, 5),
                "Supplier assurance; business continuity exercises; cyber insurance.",
                (2, 5),
                "→",
                (1, 5),
                "14/03/2025",
            ),
        ],
    ),
]
HDR1 = [
    "Ref",
    "Risk",
    "Risk owner",
    "Appetite",
    "Pre-mitigation",
    "",
    "",
    "Key controls",
    "Post-mitigation",
    "",
    "",
    "Trend",
    "Tolerance",
    "Last review",
]
HDR2 = ["", "", "", "", "L", "I", "Score", "", "L", "I", "Score", "", "L×I=S", ""]
WIDTHS = [6, 40, 14, 9, 4, 4, 6, 36, 4, 4, 6, 6, 9, 11]


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate risks"
    thin = Side(style="thin", color="7F7F7F")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    fn = "DejaVu Sans Condensed"
    ws["A1"] = "Office of the Police, Fire and Crime Commissioner for Orrinshire – Corporate Risk Register"
    ws["A1"].font = Font(name=fn, size=13, bold=True)
    ws["A2"] = (
        "Register as at 31 March 2025. Scores are likelihood × impact on a 5 × 5 scale. Trend: ↑ increasing, ↓ reducing, → stable."
    )
    ws["A2"].font = Font(name=fn, size=9)
    for c, w in enumerate(WIDTHS, 1):
        ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = w
    for r, hdr in ((4, HDR1), (5, HDR2)):
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(row=r, column=c, value=h or None)
            cell.font = Font(name=fn, size=9, bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor="1F3B5C")
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for rng in ("E4:G4", "I4:K4", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "H4:H5", "L4:L5", "N4:N5"):
        ws.merge_cells(rng)
    r = 6
    risks = []
    for label, objective, items in SECTIONS:
        ws.cell(row=r, column=1, value=label + objective).font = Font(name=fn, size=9.5, bold=True)
        for c in range(1, 15):
            ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="D9E2F3")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=14)
        r += 1
        for ref, desc, owner, appetite, pre, controls, post, trend, tol, review in items:
            vals = [
                ref,
                desc,
                owner,
                appetite,
                pre[0],
                pre[1],
                pre[0] * pre[1],
                controls,
                post[0],
                post[1],
                post[0] * post[1],
                trend,
                f"{tol[0]}×{tol[1]}={tol[0] * tol[1]}",
                review,
            ]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.font = Font(name=fn, size=9)
                cell.border = box
                cell.alignment = Alignment(
                    wrap_text=True, vertical="top", horizontal="center" if c in (5, 6, 7, 9, 10, 11, 12, 13) else "left"
                )
            ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=colour(pre[0] * pre[1]))
            ws.cell(row=r, column=11).fill = PatternFill("solid", fgColor=colour(post[0] * post[1]))
            ws.row_dimensions[r].height = 50
            d, m, y = review.split("/")
            iso = f"{y}-{m}-{d}"
            risks.append(
                {
                    "reference": ref,
                    "objective": objective,
                    "description": desc,
                    "ratings": [
                        rating("inherent", "Pre-mitigation", pre[0], pre[1], pre[0] * pre[1], iso),
                        rating("current", "Post-mitigation", post[0], post[1], post[0] * post[1], iso),
                        rating("target", "Tolerance", tol[0], tol[1], tol[0] * tol[1], iso),
                    ],
                }
            )
            r += 1
    ws.print_title_rows = "4:5"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    ws.oddFooter.left.text = "OFFICIAL – SENSITIVE"
    ws.oddFooter.right.text = "&P"
    SRC.mkdir(exist_ok=True)
    path = SRC / f"{STEM}.xlsx"
    wb.save(path)
    office_to_pdf(path, STEM)
    write_gold(STEM, {"attendance": [], "agenda_items": [], "decisions": [], "actions": [], "risks": risks})
