"""Greater Aldwick Policing and Crime Board minutes: accessible Word template (python-docx -> LibreOffice).
Heading styles, "Item n – …" headings, bulleted attendance, "Resolved:" lists, Action paragraphs
followed by an "Assigned to … | Due …" line. No tables at all."""

from common import SRC, act, att, dec, office_to_pdf, write_gold
from docx.shared import Pt
from docxutil import header_text, new_doc, page_footer

STEM = "2024-05-21-Greater-Aldwick-Policing-and-Crime-Board-minutes"
DATE = "2024-05-21"
BODY = "Greater Aldwick Policing and Crime Board"
LOCATION = "Committee Room 2, Aldwick City Hall, Mercer Street, Aldwick"

MEMBERS = [
    ("Joanna Mbeki-Hart", "Deputy Mayor for Policing and Crime (Chair)"),
    ("Adrian Fellowes", "Chief Constable, Aldwick Police"),
    ("Liam Costigan", "Deputy Chief Constable, Aldwick Police"),
    ("Priya Ramasamy", "Chief Executive, Office for Policing and Crime"),
    ("Helen Adeyinka-Ross", "Chief Finance Officer, Office for Policing and Crime"),
]
ATTENDING = [
    ("Marcus Lindqvist", "Head of Strategy and Commissioning, Office for Policing and Crime"),
    ("Saoirse Kavanagh", "Director of Criminal Justice Partnerships"),
    ("Temi Olaniyan", "Governance Officer (minutes)"),
]
APOLOGIES = [
    ("Rhodri Penhale", "Assistant Chief Constable, Aldwick Police"),
    ("Gail Ferris", "Mayoral Adviser for Communities"),
]
PRINTED = {"Saoirse Kavanagh": "Dr Saoirse Kavanagh", "Gail Ferris": "Councillor Gail Ferris"}

# Each item: (number, title, [blocks]); block = ("p", text) | ("resolved", intro, [parts]) |
# ("action", text, owner_text, owners, due_text, due_iso) ; decisions marked with ("d", type, text)
ITEMS = [
    (
        "1",
        "Welcome, introductions and apologies",
        [
            (
                "p",
                "The Deputy Mayor welcomed those present. Apologies were received as listed above. "
                "Superintendent Grace Holt attended for item 5 only.",
            ),
        ],
    ),
    (
        "2",
        "Declarations of interest",
        [
            ("p", "No declarations were made in respect of the business on the agenda."),
        ],
    ),
    (
        "3",
        "Minutes of the meeting held on 16 April 2024 and matters arising",
        [
            (
                "p",
                "Members reviewed the draft minutes. Actions 24/03 and 24/05 had been completed since the last meeting.",
            ),
            (
                "resolved",
                "Resolved:",
                [
                    "(a) that the minutes of the meeting held on 16 April 2024 be approved as an accurate record; and",
                    "(b) that actions 24/03 and 24/05 be shown as complete on the action log.",
                ],
            ),
        ],
    ),
    (
        "4",
        "Police and Crime Plan performance – Quarter 4 2023/24",
        [
            (
                "p",
                "The Chief Constable presented the quarterly report. Average answer time for 999 calls had fallen to "
                "eight seconds, although abandoned non-emergency calls remained above the plan threshold in the evenings.",
            ),
            (
                "p",
                "Members asked whether the improvement would be sustained once the summer abstraction period began. "
                "The Deputy Chief Constable explained the staffing model for the contact centre.",
            ),
            (
                "d",
                "noted",
                "The Board noted the improvement in 999 answer times and the continuing pressure on the 101 service.",
            ),
            (
                "action",
                "provide a breakdown of abandoned 101 calls by hour of day and by month for 2023/24.",
                "Deputy Chief Constable",
                ["Deputy Chief Constable"],
                "28 June 2024",
                "2024-06-28",
            ),
            (
                "resolved",
                "Resolved:",
                [
                    "(a) that the Quarter 4 performance report be noted; and",
                    "(b) that the performance dashboard be published on the Mayor's website by 14 June 2024.",
                ],
            ),
        ],
    ),
    (
        "5",
        "Violence against women and girls – delivery plan 2024–2027",
        [
            (
                "p",
                "The Head of Strategy and Commissioning introduced the revised delivery plan, which had been "
                "reshaped after the spring survivor engagement events. Superintendent Holt described the new "
                "night-time economy patrol plan for the city centre.",
            ),
            (
                "d",
                "approved",
                "The Deputy Mayor approved the revised delivery plan, subject to the addition of quarterly milestones for each workstream.",
            ),
            (
                "action",
                "add quarterly milestones to each workstream of the delivery plan and circulate the final version to the Board.",
                "Head of Strategy and Commissioning",
                ["Head of Strategy and Commissioning"],
                "end of June",
                None,
            ),
        ],
    ),
    (
        "6",
        "Budget monitoring – Month 1 2024/25",
        [
            (
                "p",
                "The Chief Finance Officer reported a forecast overspend of £1.2m on police overtime, partly offset "
                "by vacancies in police staff posts. The general reserve stood at 3.1% of net revenue expenditure.",
            ),
            ("d", "agreed", "The Board agreed that a reserves strategy would be brought to the July meeting."),
            (
                "action",
                "prepare a reserves strategy covering the period to 2027/28 for the July meeting of the Board.",
                "Chief Finance Officer",
                ["Chief Finance Officer"],
                "16 July 2024",
                "2024-07-16",
            ),
            (
                "action",
                "share the overtime recovery plan with the Office for Policing and Crime.",
                "Chief Constable / Chief Finance Officer",
                ["Chief Constable", "Chief Finance Officer"],
                "TBC",
                None,
            ),
        ],
    ),
    (
        "7",
        "Any other business",
        [
            ("p", "There was no other business. The next meeting will be held on Tuesday 18 June 2024 at 10.00am."),
        ],
    ),
]


def build():
    doc = new_doc(font="Liberation Sans", size=11)
    header_text(doc, "OFFICIAL")
    page_footer(doc, "Greater Aldwick Policing and Crime Board – minutes 21 May 2024")
    doc.add_heading("Greater Aldwick Policing and Crime Board", level=0)
    doc.add_heading("Minutes of the meeting held on Tuesday 21 May 2024", level=1)
    p = doc.add_paragraph()
    p.add_run("Time: ").bold = True
    p.add_run("10.00am to 12.15pm")
    p = doc.add_paragraph()
    p.add_run("Location: ").bold = True
    p.add_run(LOCATION)
    p = doc.add_paragraph()
    p.add_run("Status: ").bold = True
    p.add_run("Approved by the Board on 18 June 2024")

    gold_att = []
    doc.add_heading("Attendance", level=1)
    for head, group, kind in (
        ("Board members present", MEMBERS, "member"),
        ("Also in attendance", ATTENDING, "in_attendance"),
        ("Apologies", APOLOGIES, "apologies"),
    ):
        doc.add_heading(head, level=2)
        for name, role in group:
            doc.add_paragraph(f"{PRINTED.get(name, name)}, {role}", style="List Bullet")
            gold_att.append(att(DATE, name, kind, role))

    decisions, actions = [], []
    doc.add_heading("Minutes", level=1)
    for num, title, blocks in ITEMS:
        doc.add_heading(f"Item {num} – {title}", level=2)
        for b in blocks:
            if b[0] in ("p", "d"):
                doc.add_paragraph(b[-1])
                if b[0] == "d":
                    decisions.append(dec(DATE, num, b[1], b[2]))
            elif b[0] == "resolved":
                p = doc.add_paragraph()
                p.add_run(b[1]).bold = True
                for part in b[2]:
                    q = doc.add_paragraph(part)
                    q.paragraph_format.left_indent = Pt(24)
                decisions.append(dec(DATE, num, "resolved", " ".join([b[1]] + b[2])))
            elif b[0] == "action":
                _, text, otext, owners, due_text, due_iso = b
                p = doc.add_paragraph()
                p.add_run("Action: ").bold = True
                p.add_run(text)
                q = doc.add_paragraph()
                q.add_run("Assigned to: ").italic = True
                q.add_run(otext + "    ")
                q.add_run("Due: ").italic = True
                q.add_run(due_text)
                actions.append(act(text, None, DATE, num, owners, due_iso, "open", otext, due_text))
    doc.add_paragraph("Signed as a correct record: Joanna Mbeki-Hart, Deputy Mayor for Policing and Crime")

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
                    "minutes_status": "approved",
                }
            ],
            "attendance": gold_att,
            "agenda_items": [],
            "decisions": decisions,
            "actions": actions,
            "risks": [],
        },
    )
