"""Pellingshire PCP recommendations and actions tracker (openpyxl -> LibreOffice Calc): portrait,
fit to width, rows grouped under merged 'Meeting held on ...' bands, dates dd/mm/yyyy,
Complete (Y/N) column."""

from common import ROLE, D, Gold, build_office, dmy_slash, long_date
from xlkit import *

STEM = "2017-06-22-Pellingshire-PCP-recommendations-tracker"

GROUPS = [
    (
        D(2016, 12, 8),
        [
            (
                "PCP/16/14",
                "16/52",
                "Provide the Panel with a breakdown of the Commissioner’s commissioning budget by service area.",
                "OPCC",
                [ROLE["OPCC"]],
                D(2017, 1, 31),
                "Breakdown circulated to members on 20/01/2017.",
                "Y",
            ),
            (
                "PCP/16/15",
                "16/54",
                "Arrange a briefing for members on the new police complaints regulations.",
                "Panel Support Officer",
                ["Panel Support Officer"],
                "TBC",
                "Awaiting publication of Home Office guidance; briefing to be arranged once available.",
                "N",
            ),
        ],
    ),
    (
        D(2017, 2, 2),
        [
            (
                "PCP/17/01",
                "17/08",
                "Confirm the number of additional PCSO posts funded by the 2017/18 precept.",
                "Police and Crime Commissioner",
                [ROLE["PCC"]],
                D(2017, 3, 9),
                "Confirmed at the March meeting: 24 posts.",
                "Y",
            ),
            (
                "PCP/17/02",
                "17/09",
                "Circulate the medium-term financial plan, including the reserves forecast to 2021.",
                "Chief Finance Officer, OPCC",
                [ROLE["CFO"]],
                D(2017, 2, 28),
                "Circulated 27/02/2017.",
                "Y",
            ),
            (
                "PCP/17/03",
                "17/11",
                "Write to the Home Secretary supporting a review of the police funding formula.",
                "Chairman",
                ["Chairman"],
                D(2017, 3, 31),
                "Letter sent 15/03/2017. Reply received and circulated.",
                "Y",
            ),
        ],
    ),
    (
        D(2017, 3, 9),
        [
            (
                "PCP/17/04",
                "17/25",
                "Publish the final Police and Crime Plan 2017-2021 and send a copy to each member of the Panel.",
                "PCC",
                [ROLE["PCC"]],
                D(2017, 3, 31),
                "Plan published 30/03/2017.",
                "Y",
            ),
            (
                "PCP/17/05",
                "17/25",
                "Present a performance framework with quarterly measures for the Plan.",
                "Chief Executive, OPCC",
                [ROLE["CEX"]],
                "June 2017 meeting",
                "On the agenda for 22 June (item 8).",
                "N",
            ),
            (
                "PCP/17/06",
                "17/26",
                "Report the number of complaints resolved informally in the first quarter of 2017/18.",
                "Legal Adviser / Panel Support Officer",
                ["Legal Adviser", "Panel Support Officer"],
                D(2017, 7, 31),
                "",
                "N",
            ),
            (
                "PCP/17/07",
                "17/27",
                "Add an item on rural and wildlife crime to the September agenda.",
                "Panel Support Officer",
                ["Panel Support Officer"],
                D(2017, 9, 21),
                "Added to the work programme.",
                "Y",
            ),
        ],
    ),
]


def build():
    g = Gold(STEM, "log")
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    widths(ws, [10, 7, 38, 16, 11, 34, 9])
    put(
        ws,
        1,
        1,
        "Pellingshire Police and Crime Panel – Recommendations and Actions Tracker",
        size=12,
        bold=True,
        border=False,
        wrap=False,
    )
    put(
        ws,
        2,
        1,
        "Updated: 14/06/2017   (for the meeting on 22 June 2017, agenda item 10)",
        size=8,
        italic=True,
        border=False,
        wrap=False,
    )
    hdr = ["Ref", "Minute", "Recommendation / action", "Responsible", "Deadline", "Progress update", "Complete (Y/N)"]
    for i, h in enumerate(hdr, 1):
        put(ws, 4, i, h, bold=True, bg="D9D9D9", valign="center")
    ws.freeze_panes = "A5"
    r = 5
    for mdate, rows in GROUPS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        put(ws, r, 1, "Meeting held on " + long_date(mdate), bold=True, bg="DDEBF7")
        for c in range(2, 8):
            put(ws, r, c, None, bg="DDEBF7")
        r += 1
        for ref, minute, desc, owner, owners, due, upd, done in rows:
            put(ws, r, 1, ref)
            put(ws, r, 2, minute)
            put(ws, r, 3, desc)
            put(ws, r, 4, owner)
            if isinstance(due, str):
                put(ws, r, 5, due)
                target, ttext = None, due
            else:
                put(ws, r, 5, due, numfmt="DD/MM/YYYY")
                target, ttext = due, dmy_slash(due)
            put(ws, r, 6, upd)
            put(ws, r, 7, done, align="center", bg="C6EFCE" if done == "Y" else "FFEB9C")
            autoheight(ws, r, 8)
            g.action(desc, ref, mdate, minute, owners, target, "closed" if done == "Y" else "open", owner, ttext)
            r += 1
    page(ws, landscape=False, title_rows="4:4", footer="Page &P of &N")
    build_office(STEM, wb.save, ".xlsx")
    g.write()
