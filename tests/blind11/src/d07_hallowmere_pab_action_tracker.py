"""Hallowmere PFCC Police Accountability Board action tracker: Word landscape table Ref · Date raised ·
Agenda item · Action · Owner · Due · Update · RAG, header row repeated on every page, RAG words in coloured
cells (Red / Amber / Green / Complete / Superseded), a revised due date inside the cell, a key below.
python-docx + LibreOffice, Liberation Sans 9 pt."""

from common import *
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

STEM = "2024-05-21-Hallowmere-PFCC-Police-Accountability-Board-action-tracker"

# ref, raised text, iso, item, action, owner text, owners, due text, due iso, update, rag
ROWS = [
    (
        "PAB/23/31",
        "14 Nov 2023",
        "2023-11-14",
        "5",
        "Provide an analysis of repeat missing-from-home episodes involving looked-after children.",
        "DCC",
        ["Deputy Chief Constable"],
        "27/02/2024",
        "2024-02-27",
        "Analysis presented to the February Board.",
        "Complete",
    ),
    (
        "PAB/23/33",
        "14 Nov 2023",
        "2023-11-14",
        "6",
        "Review the 101 call abandonment rate by hour of day and report findings.",
        "ACC (Local Policing)",
        ["Assistant Chief Constable"],
        "27/02/2024 (revised 21/05/2024)",
        "2024-05-21",
        "Review complete; report on this agenda at item 4.",
        "Amber",
    ),
    (
        "PAB/23/35",
        "12 Dec 2023",
        "2023-12-12",
        "4",
        "Set out the plan to reduce the backlog of digital devices awaiting examination.",
        "ACC (Crime)",
        ["Assistant Chief Constable"],
        "Q1 2024/25",
        None,
        "Backlog has grown to 1,140 devices; recovery plan not yet agreed.",
        "Red",
    ),
    (
        "PAB/23/36",
        "12 Dec 2023",
        "2023-12-12",
        "7",
        "Agree a joint protocol on the release of CCTV footage to insurers.",
        "Chief Executive",
        ["Chief Executive"],
        "TBC",
        None,
        "Superseded by national guidance issued in March 2024.",
        "Superseded",
    ),
    (
        "PAB/24/02",
        "23 Jan 2024",
        "2024-01-23",
        "3",
        "Share the precept consultation results with the Chief Constable.",
        "Chief Executive",
        ["Chief Executive"],
        "02/02/2024",
        "2024-02-02",
        "Shared on 1 February 2024.",
        "Complete",
    ),
    (
        "PAB/24/04",
        "23 Jan 2024",
        "2024-01-23",
        "5",
        "Report on vetting clearance times for new recruits.",
        "DCC",
        ["Deputy Chief Constable"],
        "26/03/2024",
        "2024-03-26",
        "Reported in March; median now 34 days.",
        "Complete",
    ),
    (
        "PAB/24/05",
        "27 Feb 2024",
        "2024-02-27",
        "4",
        "Provide quarterly updates on the implementation of Right Care, Right Person.",
        "CC",
        ["Chief Constable"],
        "Quarterly",
        None,
        "Second update due in July.",
        "Green",
    ),
    (
        "PAB/24/07",
        "27 Feb 2024",
        "2024-02-27",
        "6",
        "Confirm the capital slippage figure for the vehicle replacement programme.",
        "Chief Finance Officer",
        ["Chief Finance Officer"],
        "26/03/2024",
        "2024-03-26",
        "Confirmed at £640k.",
        "Complete",
    ),
    (
        "PAB/24/08",
        "27 Feb 2024",
        "2024-02-27",
        "8",
        "Present the draft Violence Against Women and Girls delivery plan.",
        "ACC (Crime) / Chief Executive",
        ["Assistant Chief Constable", "Chief Executive"],
        "June 2024",
        None,
        "Draft with partners for comment.",
        "Amber",
    ),
    (
        "PAB/24/10",
        "26 Mar 2024",
        "2024-03-26",
        "4",
        "Provide the outcome of the custody healthcare contract re-tender.",
        "Chief Finance Officer & DCC",
        ["Chief Finance Officer", "Deputy Chief Constable"],
        "21/05/2024",
        "2024-05-21",
        "Preferred bidder identified; verbal update at this meeting.",
        "Green",
    ),
    (
        "PAB/24/11",
        "26 Mar 2024",
        "2024-03-26",
        "5",
        "Circulate the force response to the HMICFRS crime data integrity report.",
        "DCC",
        ["Deputy Chief Constable"],
        "30 April 2024",
        "2024-04-30",
        "Circulated on 29 April 2024.",
        "Complete",
    ),
    (
        "PAB/24/12",
        "23 Apr 2024",
        "2024-04-23",
        "3",
        "Present options for extending neighbourhood policing hours in the town centres.",
        "CC",
        ["Chief Constable"],
        "18/06/2024",
        "2024-06-18",
        "",
        "Green",
    ),
    (
        "PAB/24/13",
        "23 Apr 2024",
        "2024-04-23",
        "6",
        "Report the number of officers on restricted duties by department.",
        "DCC",
        ["Deputy Chief Constable"],
        "18 Jun 2024",
        "2024-06-18",
        "Data quality issue in the HR system; date at risk.",
        "Red",
    ),
    (
        "PAB/24/14",
        "23 Apr 2024",
        "2024-04-23",
        "7",
        "Publish the refreshed Police and Crime Plan performance framework.",
        "Chief Executive",
        ["Chief Executive"],
        "w/c 10 June 2024",
        "2024-06-10",
        "",
        "Green",
    ),
]
FILL = {"Red": "FF7C80", "Amber": "FFC000", "Green": "92D050", "Complete": "BDD7EE", "Superseded": "D9D9D9"}


def build(outdir):
    doc = new_document(font="Liberation Sans", size=10, landscape=True, margins_cm=1.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "OFFICIAL – Police Accountability Board – 21 May 2024 – Item 2b"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(fp, size=8)
    doc.add_heading("Police, Fire and Crime Commissioner for Hallowmere", level=2)
    doc.add_heading("Police Accountability Board – Action Tracker", level=1)
    doc.add_paragraph("Open actions and actions closed since the last meeting, as at 21 May 2024.")
    heads = ("Ref", "Date raised", "Agenda item", "Action", "Owner", "Due", "Update", "RAG")
    t = doc.add_table(rows=1, cols=len(heads))
    table_borders(t, color="595959")
    for c, h in zip(t.rows[0].cells, heads):
        set_cell(c, h, bold=True, size=10, color="FFFFFF")
        shade(c, "203864")
    repeat_header(t.rows[0])
    actions = []
    for ref, rtxt, riso, it, text, otext, owners, due, diso, upd, rag in ROWS:
        row = t.add_row()
        no_split(row)
        vals = (ref, rtxt, it, text, otext, due, upd, rag)
        for c, v in zip(row.cells, vals):
            set_cell(c, v, size=10)
        shade(row.cells[7], FILL[rag])
        status = "closed" if rag in ("Complete", "Superseded") else "open"
        actions.append(action(text, ref, riso, it, owners, diso, status, otext, due))
    col_widths(t, [2.3, 2.2, 2.0, 6.6, 3.2, 3.0, 5.2, 2.3])
    doc.add_paragraph()
    k = doc.add_paragraph()
    k.add_run("RAG key: ").bold = True
    k.add_run(
        "Red – overdue or will not be met; Amber – at risk; Green – on track; Complete – action delivered, "
        "to be removed after this meeting; Superseded – no longer required."
    )
    tmp = outdir / "src" / "_build"
    tmp.mkdir(exist_ok=True)
    dp = tmp / (STEM + ".docx")
    doc.save(dp)
    docx_to_pdf(dp, outdir / (STEM + ".pdf"))
    write_gold(STEM, LOG_KEYS, actions=actions)
