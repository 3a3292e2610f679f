"""08: Joint Audit Committee action log as a two-sheet workbook (openpyxl -> LibreOffice Calc):
'Live actions' and 'Completed actions' sheets, BRAG status (Blue = complete), dates as spreadsheet dates."""

import datetime as dt
import tempfile
from pathlib import Path

from lib import act, office_to_pdf, write_gold
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

STEM = "2023-09-19-Merriford-Joint-Audit-Committee-action-log"
OWN = {
    "CFO (Force)": ["Chief Finance Officer"],
    "CFO (OPCC)": ["Chief Finance Officer"],
    "DCC": ["Deputy Chief Constable"],
    "Chair / CEx": ["Chair", "Chief Executive"],
}
# ref, raised, item, action, lead, deadline (date or text), comments, BRAG
LIVE = [
    (
        "JAC23/05",
        dt.date(2023, 3, 14),
        "6",
        "Provide the Committee with the internal audit follow-up of the fleet management recommendations.",
        "Head of Internal Audit",
        "end of June",
        "Follow-up fieldwork slipped to August; report to the December meeting.",
        "Amber",
    ),
    (
        "JAC23/07",
        dt.date(2023, 3, 14),
        "8",
        "Report the outcome of the review of the force's insurance provision to the Committee.",
        "CFO (Force)",
        dt.date(2023, 6, 30),
        "Broker review under way; draft findings expected September.",
        "Red",
    ),
    (
        "JAC23/09",
        dt.date(2023, 6, 13),
        "5",
        "Circulate the external auditor's value for money commentary once the 2021/22 opinion has been issued.",
        "CFO (OPCC)",
        "TBC",
        "Opinion delayed by the pension fund valuation issue.",
        "Amber",
    ),
    (
        "JAC23/10",
        dt.date(2023, 6, 13),
        "7",
        "Arrange a training session for members on the treasury management strategy.",
        "OPCC Governance Manager",
        "w/c 04/09/23",
        "Date being agreed with the treasury advisers.",
        "Green",
    ),
    (
        "JAC23/12",
        dt.date(2023, 6, 13),
        "9",
        "Add a risk on the national police IT programme to the strategic risk register.",
        "DCC",
        "Q3 2023/24",
        "",
        "Green",
    ),
    (
        "JAC23/13",
        dt.date(2023, 6, 13),
        "9",
        "Share the summary of the cyber security penetration test with the Chair in confidence.",
        "Chief Information Officer",
        dt.date(2023, 7, 31),
        "Test completed 21 July; summary being drafted.",
        "Amber",
    ),
]
DONE = [
    (
        "JAC23/01",
        dt.date(2022, 12, 6),
        "4",
        "Update the anti-fraud and corruption policy to reflect the new whistleblowing arrangements.",
        "CFO (OPCC)",
        dt.date(2023, 2, 28),
        "Revised policy noted at the March meeting.",
        "Blue",
    ),
    (
        "JAC23/02",
        dt.date(2022, 12, 6),
        "6",
        "Confirm the timetable for the 2022/23 statement of accounts.",
        "CFO (Force)",
        dt.date(2023, 1, 31),
        "Timetable circulated 20/01/23.",
        "Blue",
    ),
    (
        "JAC23/04",
        dt.date(2023, 3, 14),
        "5",
        "Provide the list of overdue audit recommendations by directorate.",
        "Head of Internal Audit",
        dt.date(2023, 6, 13),
        "Included in the June progress report.",
        "Blue",
    ),
    (
        "JAC23/06",
        dt.date(2023, 3, 14),
        "7",
        "Write to the Chief Constable on the lessons learned from the ICO reprimand.",
        "Chair / CEx",
        dt.date(2023, 4, 30),
        "Letter sent 18/04/23; reply received.",
        "Blue",
    ),
]
FILL = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "00B0F0"}
HEAD = ["Ref", "Meeting", "Item", "Action", "Lead officer", "Deadline", "Comments", "BRAG"]
WIDTH = [10, 11, 6, 46, 20, 13, 40, 8]


def sheet(ws, title, rows):
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "MERRIFORD JOINT AUDIT COMMITTEE – ACTION LOG"
    ws["A1"].font = Font(name="Carlito", bold=True, size=14)
    ws["A2"] = f"{title} – as at 4 September 2023 (for the meeting on 19 September 2023)"
    ws["A2"].font = Font(name="Carlito", italic=True, size=11)
    for c, h in enumerate(HEAD, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(name="Carlito", bold=True, size=11, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="44546A")
        cell.border = box
    r = 5
    for ref, raised, item, action, lead, dl, com, brag in rows:
        for c, v in enumerate([ref, raised, item, action, lead, dl, com, brag], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.font = Font(name="Carlito", size=11)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = box
            if c == 2:
                cell.number_format = "DD-MMM-YY"
            if c == 6 and isinstance(v, dt.date):
                cell.number_format = "DD/MM/YYYY"
        ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=FILL[brag])
        ws.row_dimensions[r].height = 15 * (max(len(action) / 44, len(com) / 38, len(lead) / 19) // 1 + 1) + 4
        r += 1
    for k, w in enumerate(WIDTH):
        ws.column_dimensions[chr(65 + k)].width = w
    ws.cell(
        row=r + 1, column=1, value="BRAG: Blue – complete; Green – on track; Amber – at risk; Red – overdue"
    ).font = Font(name="Carlito", size=9, italic=True)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = "&P"


def gold_row(row, closed):
    ref, raised, item, action, lead, dl, com, brag = row
    if isinstance(dl, dt.date):
        tiso, ttxt = dl.isoformat(), dl.strftime("%d/%m/%Y")
    elif dl.startswith("w/c"):
        d_, m_, y_ = dl[4:].split("/")
        tiso, ttxt = f"20{y_}-{m_}-{d_}", dl
    else:
        tiso, ttxt = None, dl
    return act(
        action, ref, raised.isoformat(), item, OWN.get(lead, [lead]), tiso, "closed" if closed else "open", lead, ttxt
    )


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "Live actions"
    sheet(ws, "Live actions", LIVE)
    sheet(wb.create_sheet("Completed actions"), "Completed actions", DONE)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (STEM + ".xlsx")
        wb.save(src)
        office_to_pdf(src, STEM)
    write_gold(
        STEM,
        attendance=[],
        agenda_items=[],
        decisions=[],
        actions=[gold_row(r, False) for r in LIVE] + [gold_row(r, True) for r in DONE],
        risks=[],
    )
