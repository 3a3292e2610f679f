"""2017-05-16 Selbrook PCC Accountability Board action log — Word, landscape, repeated shaded header,
status fills (Open / Closed / Discharged)."""

import dx
from lib import act, docx_to_pdf, fixed_core, write_gold

NAME = "2017-05-16-Selbrook-Accountability-Board-action-log.pdf"

OWNERS = {
    "CC": ["Chief Constable"],
    "DCC": ["Deputy Chief Constable"],
    "ACC (Ops)": ["Assistant Chief Constable"],
    "OPCC": ["Office of the Police and Crime Commissioner"],
    "CFO": ["Chief Finance Officer"],
    "Chief Executive": ["Chief Executive"],
    "PCC/CC": ["Police and Crime Commissioner", "Chief Constable"],
    "CFO / Chief Executive": ["Chief Finance Officer", "Chief Executive"],
    "Head of Estates": ["Head of Estates"],
    "Director of People": ["Director of People"],
}

LOG = [
    (
        "1",
        "17/01/17",
        "4",
        "Provide the Board with the results of the force’s review of the 101 non-emergency service.",
        "ACC (Ops)",
        "21/03/2017",
        "Review presented to the March Board.",
        "Closed",
    ),
    (
        "2",
        "17/01/17",
        "5",
        "Share the draft capital strategy with the Commissioner before publication.",
        "CFO",
        "28/02/2017",
        "Shared on 20 February 2017.",
        "Closed",
    ),
    (
        "3",
        "17/01/17",
        "6",
        "Agree a communications plan for the results of the precept consultation.",
        "OPCC",
        "TBC",
        "No longer required – results included in the annual report.",
        "Discharged",
    ),
    (
        "4",
        "21/02/17",
        "3",
        "Report on the use of Taser by officers in custody settings.",
        "DCC",
        "20/06/2017",
        "Deferred from April at the request of the force.",
        "Open",
    ),
    (
        "5",
        "21/02/17",
        "4",
        "Circulate the terms of reference for the review of the joint audit committee.",
        "Chief Executive",
        "March 2017",
        "Circulated on 6 March 2017.",
        "Closed",
    ),
    (
        "6",
        "21/02/17",
        "7",
        "Set out the options for a shared fleet workshop with Selbrook Fire and Rescue Service.",
        "Head of Estates",
        "Q2 2017/18",
        "Scoping meeting held with the fire service on 3 May.",
        "Open",
    ),
    (
        "7",
        "21/03/17",
        "2",
        "Publish the Commissioner’s decision on the closure of Ashmere police station front counter.",
        "OPCC",
        "31/03/2017",
        "Published on 29 March 2017.",
        "Closed",
    ),
    (
        "8",
        "21/03/17",
        "4",
        "Present a plan to reduce the backlog of digital forensic examinations.",
        "DCC",
        "16/05/2017",
        "On the agenda for this meeting (item 5).",
        "Open",
    ),
    (
        "9",
        "21/03/17",
        "5",
        "Agree the allocation of the community safety fund for 2017/18.",
        "PCC/CC",
        "18/04/2017",
        "Allocation agreed at the April Board.",
        "Discharged",
    ),
    (
        "10",
        "18/04/17",
        "3",
        "Provide a breakdown of officer sickness absence by command.",
        "Director of People",
        "16/05/2017",
        "Breakdown circulated on 10 May 2017.",
        "Closed",
    ),
    (
        "11",
        "18/04/17",
        "4",
        "Review the arrangements for out-of-hours mental health assessments with the health trust.",
        "ACC (Ops)",
        "End of June 2017",
        "Meeting with the trust arranged for 7 June.",
        "Open",
    ),
    ("12", "18/04/17", "6", "Confirm the date for the launch of the rural crime strategy.", "CC", "TBC", "", "Open"),
    (
        "13",
        "18/04/17",
        "8",
        "Report the outcome of the procurement of the custody healthcare contract.",
        "CFO / Chief Executive",
        "19 July 2017",
        "Tenders due back on 30 June 2017.",
        "Open",
    ),
    (
        "14",
        "18/04/17",
        "9",
        "Update the Board on the recruitment of special constables.",
        "CC",
        "16/05/2017",
        "Verbal update at this meeting.",
        "Open",
    ),
]

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        1,
    )
}


def iso(s):
    parts = s.split("/")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        d, m, y = parts
        y = ("20" + y) if len(y) == 2 else y
        return f"{y}-{int(m):02d}-{int(d):02d}"
    w = s.split()
    if len(w) == 3 and w[0].isdigit() and w[1] in MONTHS:
        return f"{w[2]}-{MONTHS[w[1]]:02d}-{int(w[0]):02d}"
    return None


def build(out_dir, tmp_dir):
    doc = dx.new_doc(font="Liberation Sans", size=9, landscape=True, margins_cm=1.5)
    fixed_core(doc, "Action log")
    sec = doc.sections[0]
    dx.header_text(
        sec, "Selbrook Police and Crime Commissioner – Accountability Board action log", size=8, align="left"
    )
    dx.footer_page_x_of_y(sec, prefix="Page ", size=8)
    dx.para(doc, "POLICE AND CRIME COMMISSIONER FOR SELBROOK", bold=True, size=12, space_after=0)
    dx.para(doc, "Accountability Board – Action Log", bold=True, size=14, color="1F4E79", space_after=0)
    dx.para(doc, "Updated for the meeting on 16 May 2017", italic=True, size=10, space_after=6)

    heads = ["No.", "Date of meeting", "Agenda item", "Action", "Lead", "Deadline", "Progress update", "Status"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = doc.styles["Table Grid"]
    for j, h in enumerate(heads):
        dx.cell_text(t.rows[0].cells[j], h, bold=True, size=10.5, color="FFFFFF")
        dx.shade(t.rows[0].cells[j], "1F4E79")
    dx.repeat_header(t.rows[0])
    fill = {"Open": "FFD966", "Closed": "A9D08E", "Discharged": "BFBFBF"}
    actions = []
    for row in LOG:
        r = t.add_row()
        dx.no_split(r)
        for j, v in enumerate(row):
            dx.cell_text(r.cells[j], v, size=10.5)
        dx.shade(r.cells[7], fill[row[7]])
        no, mtg, item, text, lead, due, upd, status = row
        actions.append(
            act(
                text,
                iso(mtg),
                item,
                OWNERS[lead],
                lead,
                iso(due),
                due,
                "closed" if status in ("Closed", "Discharged") else "open",
                no,
            )
        )
    dx.col_widths(t, [1.0, 2.2, 1.6, 8.0, 2.8, 2.6, 6.6, 2.0])
    dx.para(doc, "")
    dx.para(doc, "Closed and discharged actions will be removed from the log after this meeting.", italic=True, size=8)
    tmp = tmp_dir / NAME.replace(".pdf", ".docx")
    doc.save(tmp)
    docx_to_pdf(tmp, out_dir)
    write_gold(NAME, "log", actions=actions)
