"""Sedgecombe PCC Strategic Board action log as exported from a spreadsheet (openpyxl ->
LibreOffice Calc): landscape, printed gridlines (no cell borders), 7 pt font, frozen header row
repeated on each page, dates as Excel cells formatted 01-Mar-17, target cells that are dates,
month cells (Dec-18) or text."""

from common import ROLE, D, Gold, build_office, d_mon_yy
from xlkit import *

STEM = "2018-11-14-Sedgecombe-Strategic-Board-action-log"
FORCE = "Sedgecombe Constabulary"
OWN = {
    "DCC": [ROLE["DCC"]],
    "CFO / Chief Exec": [ROLE["CFO"], ROLE["CEX"]],
    "Head of Comms": ["Head of Comms"],
    "OPCC": [ROLE["OPCC"]],
    "Force": [FORCE],
    "ACC (Ops)": [ROLE["ACC"]],
    "PCC": [ROLE["PCC"]],
    "CC": [ROLE["CC"]],
    "Director of Finance": ["Director of Finance"],
    "CC & PCC": [ROLE["CC"], ROLE["PCC"]],
    "Chief Exec": [ROLE["CEX"]],
    "Board Sec.": ["Board Sec."],
}

# (no, raised, item, action, owner, target, status, update, closed)
ROWS = [
    (
        "SB18-004",
        D(2018, 1, 17),
        "4",
        "Provide a costed options paper for replacing the mobile data terminals in response vehicles.",
        "ACC (Ops)",
        D(2018, 4, 18),
        "Closed",
        "Paper presented 18-Apr-18; option 2 agreed.",
        D(2018, 4, 18),
    ),
    (
        "SB18-007",
        D(2018, 2, 21),
        "6.1",
        "Review the use of agency staff in the control room and set out a plan to reduce reliance on them.",
        "DCC",
        D(2018, 6, 20),
        "Ongoing",
        "Recruitment of 14 call handlers under way; agency use down 30% since March. Full report to Dec board.",
        None,
    ),
    (
        "SB18-009",
        D(2018, 2, 21),
        "7",
        "Publish the revised scheme of consent and delegation on the OPCC website.",
        "OPCC",
        D(2018, 3, 31),
        "Closed",
        "Published 28-Mar-18.",
        D(2018, 3, 28),
    ),
    (
        "SB18-012",
        D(2018, 3, 21),
        "5",
        "Agree the funding split for the joint community safety partnership analyst posts.",
        "CFO / Chief Exec",
        D(2018, 5, 16),
        "Closed",
        "Split of 60/40 agreed with district councils.",
        D(2018, 5, 16),
    ),
    (
        "SB18-015",
        D(2018, 4, 18),
        "8",
        "Report the outcome of the HMICFRS inspection of crime data integrity and the improvement plan.",
        "DCC",
        D(2018, 12, 12),
        "Open",
        "Report delayed pending publication by HMICFRS; now expected December.",
        None,
    ),
    (
        "SB18-016",
        D(2018, 4, 18),
        "9",
        "Set up a quarterly meeting between the Commissioner and the chairs of the district scrutiny committees.",
        "PCC",
        "TBC",
        "Open",
        "First meeting being arranged with district clerks.",
        None,
    ),
    (
        "SB18-019",
        D(2018, 5, 16),
        "4.2",
        "Produce a communications plan for the change to the front-counter opening hours.",
        "Head of Comms",
        D(2018, 6, 29),
        "Closed",
        "Plan agreed; front counters changed 02-Jul-18.",
        D(2018, 7, 18),
    ),
    (
        "SB18-021",
        D(2018, 6, 20),
        "5",
        "Present the draft capital programme 2019/20 to 2022/23 with the estates disposals assumed.",
        "Director of Finance",
        D(2018, 12, 1),
        "Open",
        "Draft in preparation; to be taken with budget papers.",
        None,
    ),
    (
        "SB18-022",
        D(2018, 6, 20),
        "6",
        "Confirm arrangements for policing the Sedgecombe Agricultural Show and the cost recovery agreed with the organisers.",
        "ACC (Ops)",
        D(2018, 7, 27),
        "Closed",
        "Cost recovery of £42,500 agreed.",
        D(2018, 9, 19),
    ),
    (
        "SB18-024",
        D(2018, 7, 18),
        "4",
        "Bring a proposal for a rural crime volunteer scheme with the National Farmers' Union.",
        "Force",
        "End of March",
        "Open",
        "Scoping meeting held 03-Oct-18.",
        None,
    ),
    (
        "SB18-025",
        D(2018, 7, 18),
        "5.1",
        "Explain the increase in overtime spend in the first quarter and the controls in place.",
        "Director of Finance",
        D(2018, 9, 19),
        "Closed",
        "Explained at September board; controls tightened.",
        D(2018, 9, 19),
    ),
    (
        "SB18-027",
        D(2018, 7, 18),
        "7",
        "Share the evaluation of the body-worn video roll-out, including complaints data.",
        "DCC",
        D(2018, 11, 14),
        "Open",
        "Evaluation complete; on today's agenda (item 6).",
        None,
    ),
    (
        "SB18-028",
        D(2018, 9, 19),
        "4",
        "Provide a breakdown of the 999 call answering times by hour of day for August and September.",
        "CC",
        D(2018, 10, 17),
        "Closed",
        "Circulated by email 12-Oct-18.",
        D(2018, 10, 17),
    ),
    (
        "SB18-029",
        D(2018, 9, 19),
        "5",
        "Agree a joint position with the fire authority on the shared headquarters proposal.",
        "CC & PCC",
        D(2018, 12, 1),
        "Open",
        "",
        None,
    ),
    (
        "SB18-030",
        D(2018, 9, 19),
        "6.2",
        "Circulate the draft Police and Crime Plan refresh to Board members for comment.",
        "Chief Exec",
        D(2018, 10, 31),
        "Closed - superseded",
        "Superseded by SB18-033.",
        D(2018, 10, 17),
    ),
    (
        "SB18-031",
        D(2018, 10, 17),
        "3",
        "Update the Board terms of reference to include the quorum and the recording of decisions.",
        "Board Sec.",
        D(2018, 11, 14),
        "Open",
        "Draft circulated with the papers.",
        None,
    ),
    (
        "SB18-032",
        D(2018, 10, 17),
        "5",
        "Report on the use of Taser by district, with the ethnicity of subjects.",
        "ACC (Ops)",
        D(2019, 1, 16),
        "Open",
        "",
        None,
    ),
    (
        "SB18-033",
        D(2018, 10, 17),
        "6",
        "Hold a members' workshop on the Police and Crime Plan refresh before it is published.",
        "Chief Exec",
        D(2018, 12, 1),
        "Open",
        "Workshop booked for w/c 26-Nov-18.",
        None,
    ),
]


def build():
    g = Gold(STEM, "log")
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    widths(ws, [9, 9, 6, 40, 13, 10, 10, 34, 9])
    put(
        ws,
        1,
        1,
        "SEDGECOMBE POLICE AND CRIME COMMISSIONER – STRATEGIC BOARD – ACTION LOG",
        size=10,
        bold=True,
        border=False,
        wrap=False,
    )
    put(ws, 2, 1, "Log as at:", size=7, bold=True, border=False, wrap=False)
    put(ws, 2, 2, D(2018, 11, 14), size=7, numfmt="DD-MMM-YY", border=False, wrap=False, align="left")
    hdr = [
        "Action No.",
        "Date Raised",
        "Agenda Item",
        "Action",
        "Owner",
        "Target Date",
        "Status",
        "Update / Comments",
        "Date Closed",
    ]
    for i, h in enumerate(hdr, 1):
        put(ws, 3, i, h, size=7, bold=True, bg="1F3864", color="FFFFFF", border=False, valign="center")
    ws.freeze_panes = "A4"
    colours = {"Open": "F8CBAD", "Ongoing": "FFE699", "Closed": "C6E0B4", "Closed - superseded": "D9D9D9"}
    for r, (no, raised, item, act, owner, target, status, upd, closed) in enumerate(ROWS, 4):
        put(ws, r, 1, no, size=7, border=False)
        put(ws, r, 2, raised, size=7, numfmt="DD-MMM-YY", border=False, align="left")
        put(ws, r, 3, item, size=7, border=False, align="center")
        put(ws, r, 4, act, size=7, border=False)
        put(ws, r, 5, owner, size=7, border=False)
        if isinstance(target, str):
            put(ws, r, 6, target, size=7, border=False)
            tdate, ttext = None, target
        elif target.day == 1 and no in ("SB18-021", "SB18-029", "SB18-033"):
            put(ws, r, 6, target, size=7, numfmt="MMM-YY", border=False, align="left")
            tdate, ttext = None, target.strftime("%b-%y")
        else:
            put(ws, r, 6, target, size=7, numfmt="DD-MMM-YY", border=False, align="left")
            tdate, ttext = target, d_mon_yy(target)
        put(ws, r, 7, status, size=7, border=False, bg=colours[status])
        put(ws, r, 8, upd, size=7, border=False)
        if closed:
            put(ws, r, 9, closed, size=7, numfmt="DD-MMM-YY", border=False, align="left")
        autoheight(ws, r, 7)
        g.action(
            act, no, raised, item, OWN[owner], tdate, "closed" if status.startswith("Closed") else "open", owner, ttext
        )
    page(ws, landscape=True, title_rows="3:3", footer="OFFICIAL    Page &P of &N", gridlines=True, fit_width=False)
    ws.page_setup.scale = 100
    from openpyxl.worksheet.pagebreak import Break

    ws.row_breaks.append(Break(id=14))  # the printed log runs to a second page
    build_office(STEM, wb.save, ".xlsx")
    g.write()
