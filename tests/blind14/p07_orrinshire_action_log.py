"""Orrinshire PFCC Fire Accountability Board action log (openpyxl -> LibreOffice Calc -> PDF).
Ref | Date opened | Item | Action | Assigned to | Target date | Progress update (dated entries in the
cell) | BRAG | Date closed.  BRAG: Blue = complete and closed; Red/Amber/Green = open."""

from common import SRC, act, office_to_pdf, write_gold
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins

STEM = "2025-04-09-Orrinshire-PFCC-Fire-Accountability-Board-action-log"
FILL = {"Blue": "9DC3E6", "Red": "F4A6A6", "Amber": "FFD58A", "Green": "B7E1A1"}

# ref, opened printed, opened iso, item, action, assigned printed, owners, target printed, target iso, updates, brag, closed
ROWS = [
    (
        "FAB/A/24/31",
        "20/11/24",
        "2024-11-20",
        "4",
        "Review the crewing model for the second appliance at Tollerby and report the options.",
        "Deputy Chief Fire Officer",
        ["Deputy Chief Fire Officer"],
        "15/01/25",
        "2025-01-15",
        "15/01/25 – options paper presented.\n29/01/25 – PFCC content; action complete.",
        "Blue",
        "29/01/25",
    ),
    (
        "FAB/A/24/33",
        "20/11/24",
        "2024-11-20",
        "5",
        "Provide the sickness absence figures for control room staff by watch.",
        "Head of People",
        ["Head of People"],
        "18/12/24 (revised 12/03/25)",
        "2025-03-12",
        "18/12/24 – data cleansing under way.\n12/02/25 – figures drafted; awaiting HR validation.",
        "Amber",
        "",
    ),
    (
        "FAB/A/24/34",
        "20/11/24",
        "2024-11-20",
        "6",
        "Agree a data-sharing protocol with the ambulance trust for concern-for-welfare calls.",
        "Area Manager, Response",
        ["Area Manager, Response"],
        "31/03/25",
        "2025-03-31",
        "06/01/25 – draft with trust's legal team.\n03/03/25 – trust has asked for changes to retention periods.",
        "Red",
        "",
    ),
    (
        "FAB/A/25/01",
        "15/01/25",
        "2025-01-15",
        "3",
        "Publish the precept proposal and the supporting budget report for the Police, Fire and Crime Panel.",
        "Chief Executive, OPFCC",
        ["Chief Executive"],
        "24/01/25",
        "2025-01-24",
        "23/01/25 – published on the PFCC website.",
        "Blue",
        "23/01/25",
    ),
    (
        "FAB/A/25/02",
        "15/01/25",
        "2025-01-15",
        "3",
        "Model the cost of retaining two on-call appliances at Pendleby and Wrayton.",
        "Chief Fire Officer / Chief Finance Officer",
        ["Chief Fire Officer", "Chief Finance Officer"],
        "12/02/25",
        "2025-02-12",
        "12/02/25 – first model presented.\n05/03/25 – sensitivity testing requested by PFCC.",
        "Green",
        "",
    ),
    (
        "FAB/A/25/03",
        "15/01/25",
        "2025-01-15",
        "4",
        "Write to the Hollins Cross community council explaining the decision on the aerial appliance.",
        "Police, Fire and Crime Commissioner",
        ["Police, Fire and Crime Commissioner"],
        "w/c 27/01/25",
        "2025-01-27",
        "28/01/25 – letter sent.",
        "Blue",
        "28/01/25",
    ),
    (
        "FAB/A/25/04",
        "15/01/25",
        "2025-01-15",
        "5",
        "Share the evidence pack for the two open areas for improvement before the HMICFRS revisit.",
        "Deputy Chief Fire Officer",
        ["Deputy Chief Fire Officer"],
        "April 2025",
        None,
        "19/03/25 – pack 80% complete.",
        "Green",
        "",
    ),
    (
        "FAB/A/25/05",
        "12/02/25",
        "2025-02-12",
        "3",
        "Report the outcome of the wildfire burn-team pilot, including costs per deployment.",
        "Area Manager, Response",
        ["Area Manager, Response"],
        "09/04/25",
        "2025-04-09",
        "",
        "Green",
        "",
    ),
    (
        "FAB/A/25/06",
        "12/02/25",
        "2025-02-12",
        "4",
        "Confirm the timetable for replacing the breathing apparatus sets.",
        "Head of Fleet and Equipment",
        ["Head of Fleet and Equipment"],
        "TBC",
        None,
        "12/03/25 – procurement framework call-off delayed by supplier.",
        "Amber",
        "",
    ),
    (
        "FAB/A/25/07",
        "12/02/25",
        "2025-02-12",
        "6",
        "Circulate the revised terms of reference for the Fire Accountability Board.",
        "Chief Executive, OPFCC",
        ["Chief Executive"],
        "12/03/25",
        "2025-03-12",
        "11/03/25 – circulated with the March papers.",
        "Blue",
        "12/03/25",
    ),
]
HDR = ["Ref", "Date opened", "Item", "Action", "Assigned to", "Target date", "Progress update", "BRAG", "Date closed"]
WIDTHS = [13, 10, 6, 42, 20, 13, 44, 8, 10]


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action log"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Orrinshire Police, Fire and Crime Commissioner – Fire Accountability Board"
    ws["A1"].font = Font(name="Carlito", size=14, bold=True)
    ws["A2"] = "Action log – as at 9 April 2025"
    ws["A2"].font = Font(name="Carlito", size=11, italic=True)
    ws["A3"] = (
        "BRAG key: Blue – complete and closed; Green – on track; Amber – at risk of delay; Red – overdue or blocked"
    )
    ws["A3"].font = Font(name="Carlito", size=9)
    for c, (h, w) in enumerate(zip(HDR, WIDTHS), 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(name="Carlito", size=10, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="7A1F12")
        cell.border = box
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[chr(64 + c)].width = w
    actions = []
    for r, row in enumerate(ROWS, 6):
        ref, op, op_iso, item, text, ot, owners, tt, t_iso, upd, brag, closed = row
        for c, v in enumerate([ref, op, item, text, ot, tt, upd, brag, closed], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.font = Font(name="Carlito", size=9.5)
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=FILL[brag])
        lines = max(
            len(text) // 40 + 1, sum(len(x) // 42 + 1 for x in upd.split("\n")) if upd else 1, len(ot) // 18 + 1
        )
        ws.row_dimensions[r].height = 13 * lines + 4
        actions.append(act(text, ref, op_iso, item, owners, t_iso, "closed" if brag == "Blue" else "open", ot, tt))
    ws.print_title_rows = "5:5"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.7)
    ws.oddHeader.right.text = "OFFICIAL"
    ws.oddFooter.center.text = "Page &P of &N"
    SRC.mkdir(exist_ok=True)
    path = SRC / f"{STEM}.xlsx"
    wb.save(path)
    office_to_pdf(path, STEM)
    write_gold(STEM, {"attendance": [], "agenda_items": [], "decisions": [], "actions": actions, "risks": []})
