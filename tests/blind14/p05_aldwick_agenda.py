"""Greater Aldwick Policing and Crime Board agenda (accessible Word template -> LibreOffice).
Each item is a Heading 2 "Item n: title" followed by "Presented by:" and "Purpose:" lines; Part 2
(not for publication) under its own Heading 1. No tables."""

from common import SRC, office_to_pdf, write_gold
from docx.shared import Pt
from docxutil import header_text, new_doc, page_footer

STEM = "2024-06-18-Greater-Aldwick-Policing-and-Crime-Board-agenda"
DATE = "2024-06-18"
BODY = "Greater Aldwick Policing and Crime Board"
LOCATION = "Committee Room 2, Aldwick City Hall, Mercer Street, Aldwick"

PART1 = [
    ("1", "Welcome and apologies", "Deputy Mayor for Policing and Crime", "For information", "Verbal"),
    ("2", "Declarations of interest", "Deputy Mayor for Policing and Crime", "For information", "Verbal"),
    ("3", "Minutes of the meeting held on 21 May 2024", "Deputy Mayor for Policing and Crime", "For approval", "Paper"),
    ("4", "Action log", "Governance Officer", "For noting", "Paper"),
    (
        "5",
        "Knife crime prevention – commissioning update",
        "Head of Strategy and Commissioning",
        "For discussion",
        "Paper",
    ),
    ("6", "Custody healthcare contract award", "Chief Finance Officer", "For decision", "Paper"),
    ("7", "Neighbourhood policing model – phase 2", "Deputy Chief Constable", "For discussion", "Presentation"),
    ("8", "Forward plan", "Governance Officer", "For noting", "Paper"),
    ("9", "Any other business", "Deputy Mayor for Policing and Crime", "", "Verbal"),
]
PART2 = [
    (
        "10",
        "Estates disposal – Kellow Street police station",
        "Chief Finance Officer",
        "For decision",
        "Paper (exempt)",
    ),
]


def build():
    doc = new_doc(font="Carlito", size=12)
    header_text(doc, "OFFICIAL")
    page_footer(doc, with_total=False)
    doc.add_heading("Greater Aldwick Policing and Crime Board", level=0)
    doc.add_paragraph("Agenda")
    for lab, val in (
        ("Date", "Tuesday 18 June 2024"),
        ("Time", "10.00am – 12.30pm"),
        ("Location", LOCATION),
        ("Chair", "Joanna Mbeki-Hart, Deputy Mayor for Policing and Crime"),
    ):
        p = doc.add_paragraph()
        p.add_run(lab + ": ").bold = True
        p.add_run(val)
    doc.add_paragraph(
        "Papers are published on the Mayor's website five working days before the meeting. "
        "Large-print and easy-read versions are available from the Governance Officer."
    )
    items = []
    for head, group in (("Part 1 – items in public", PART1), ("Part 2 – items not for publication", PART2)):
        doc.add_heading(head, level=1)
        if group is PART2:
            doc.add_paragraph(
                "The following item contains exempt information relating to the financial or business "
                "affairs of a third party."
            )
        for num, title, lead, purpose, paper in group:
            doc.add_heading(f"Item {num}: {title}", level=2)
            p = doc.add_paragraph()
            p.add_run("Presented by: ").bold = True
            p.add_run(lead)
            p.paragraph_format.space_after = Pt(0)
            line = f"{purpose}. {paper}." if purpose else f"{paper}."
            p = doc.add_paragraph()
            p.add_run("Purpose: ").bold = True
            p.add_run(line)
            items.append({"meeting_date": DATE, "item_number": num, "title": title, "presenter_text": lead})
    doc.add_heading("Date of next meeting", level=1)
    doc.add_paragraph("Tuesday 16 July 2024, 10.00am, Committee Room 2.")
    SRC.mkdir(exist_ok=True)
    path = SRC / f"{STEM}.docx"
    doc.save(path)
    office_to_pdf(path, STEM)
    write_gold(
        STEM,
        {
            "meetings": [
                {
                    "body": BODY,
                    "meeting_date": DATE,
                    "start_time": "10:00",
                    "location": LOCATION,
                    "minutes_status": None,
                }
            ],
            "attendance": [],
            "agenda_items": items,
            "decisions": [],
            "actions": [],
            "risks": [],
        },
    )
