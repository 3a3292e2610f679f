"""Tamberley CA Police, Fire and Crime Panel – actions and recommendations tracker (python-docx, landscape
table -> LibreOffice). Two tables: "Live actions" and "Completed since the last meeting"; columns
Minute | Date of meeting | Action / recommendation | Responsible officer | Deadline | RAG | Progress.
Deadlines as "w/c 16 September 2024", "end of October", "TBC", "Sept 2024", "31/10/2024"."""

from common import SRC, act, office_to_pdf, write_gold
from docxutil import cell_text, col_widths, header_text, new_doc, page_footer, repeat_header, shade

STEM = "2024-11-13-Tamberley-CA-Police-Fire-and-Crime-Panel-action-tracker"
RAG = {"G": "C6E0B4", "A": "FFE699", "R": "F8CBAD", "C": "BDD7EE"}
DM = "Deputy Mayor for Policing, Fire and Crime"

LIVE = [  # minute, meeting printed, iso, text, owner printed, owners, deadline printed, iso, rag, progress
    (
        "9.3",
        "13 March 2024",
        "2024-03-13",
        "Provide a breakdown of the police precept spend on neighbourhood policing by district.",
        DM,
        [DM],
        "31/10/2024",
        "2024-10-31",
        "R",
        "Requested again on 2 October 2024. Figures awaited from the force.",
    ),
    (
        "17.2",
        "10 July 2024",
        "2024-07-10",
        "Provide the Panel with fire control call-handling times for 2023/24 broken down by station area.",
        DM,
        [DM],
        "30/08/2024 (revised 29/11/2024)",
        "2024-11-29",
        "A",
        "Partial data shared 5 September 2024; station-level figures to follow.",
    ),
    (
        "18.3",
        "10 July 2024",
        "2024-07-10",
        "Share the rural crime team's performance figures with Panel members before the next meeting.",
        "Deputy Chief Constable",
        ["Deputy Chief Constable"],
        "Sept 2024",
        None,
        "A",
        "Dashboard in development.",
    ),
    (
        "20.2",
        "10 July 2024",
        "2024-07-10",
        "Arrange an informal briefing for members on the fire safety inspection programme.",
        "Panel Scrutiny Officer",
        ["Panel Scrutiny Officer"],
        "w/c 16 September 2024",
        "2024-09-16",
        "G",
        "Briefing held 18 September 2024; slides to be circulated.",
    ),
    (
        "27.1",
        "18 September 2024",
        "2024-09-18",
        "Write to the Home Office seeking clarity on the fire pensions remedy funding.",
        "Chair of the Panel",
        ["Chair of the Panel"],
        "end of October",
        None,
        "G",
        "Draft letter agreed with the Vice-Chair.",
    ),
    (
        "28.4",
        "18 September 2024",
        "2024-09-18",
        "Circulate the Mayor's response to the Panel's report on the police and crime plan refresh.",
        "Panel Scrutiny Officer / Legal Adviser",
        ["Panel Scrutiny Officer", "Legal Adviser"],
        "TBC",
        None,
        "G",
        "Response expected after the November meeting.",
    ),
]
DONE = [
    (
        "8.2",
        "13 March 2024",
        "2024-03-13",
        "Confirm the date of the confirmation hearing for the Chief Fire Officer.",
        "Legal Adviser",
        ["Legal Adviser"],
        "30/04/2024",
        "2024-04-30",
        "C",
        "Hearing held 22 May 2024.",
    ),
    (
        "16.1",
        "10 July 2024",
        "2024-07-10",
        "Sign and publish the confirmed minutes of the meeting held on 12 June 2024.",
        "Panel Scrutiny Officer",
        ["Panel Scrutiny Officer"],
        "19/07/2024",
        "2024-07-19",
        "C",
        "Published 15 July 2024.",
    ),
    (
        "26.3",
        "18 September 2024",
        "2024-09-18",
        "Share the Chief Fire Officer's presentation on on-call recruitment.",
        "Chief Fire Officer",
        ["Chief Fire Officer"],
        "27/09/2024",
        "2024-09-27",
        "C",
        "Circulated 20 September 2024.",
    ),
]
HDR = ["Minute", "Date of meeting", "Action / recommendation", "Responsible officer", "Deadline", "RAG", "Progress"]
W = [1.6, 2.6, 7.2, 3.8, 3.2, 1.2, 6.1]


def table(doc, rows, status):
    t = doc.add_table(rows=1, cols=len(HDR))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, HDR):
        cell_text(c, h, bold=True, size=9, colour="FFFFFF")
        shade(c, "2E4057")
    repeat_header(t.rows[0])
    out = []
    for r in rows:
        minute, mp, m_iso, text, ot, owners, dl, dl_iso, rag, prog = r
        cells = t.add_row().cells
        for c, v in zip(cells, [minute, mp, text, ot, dl, rag, prog]):
            cell_text(c, v, size=9)
        shade(cells[5], RAG[rag])
        out.append(act(text, None, m_iso, minute, owners, dl_iso, status, ot, dl))
    col_widths(t, W)
    return out


def build():
    doc = new_doc(font="Liberation Sans", size=10, landscape=True, margins=1.5)
    header_text(doc, "Tamberley Combined Authority Police, Fire and Crime Panel – 13 November 2024 – Agenda item 5")
    page_footer(doc, "OFFICIAL")
    doc.add_heading("Police, Fire and Crime Panel: actions and recommendations tracker", level=1)
    doc.add_paragraph(
        "Updated 5 November 2024. RAG: G – on track; A – some slippage; R – overdue; C – complete. "
        "Completed actions are reported once and then removed."
    )
    doc.add_heading("Live actions", level=2)
    actions = table(doc, LIVE, "open")
    doc.add_heading("Completed since the last meeting", level=2)
    actions += table(doc, DONE, "closed")
    SRC.mkdir(exist_ok=True)
    path = SRC / f"{STEM}.docx"
    doc.save(path)
    office_to_pdf(path, STEM)
    write_gold(STEM, {"attendance": [], "agenda_items": [], "decisions": [], "actions": actions, "risks": []})
