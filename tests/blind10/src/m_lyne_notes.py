"""2014-11-04 Lyne Valley PCC Executive Board notes — Word, run-in attendance with roles before names,
"Minute 52"-style numbering, "Action – owner:" lines."""

import dx
from docx.shared import Pt
from lib import act, docx_to_pdf, fixed_core, write_gold

NAME = "2014-11-04-Lyne-Valley-PCC-Executive-Board-notes.pdf"
DATE = "2014-11-04"
BODY = "PCC Executive Board"
LOCATION = "Commissioner’s Meeting Room, Guildford Lodge, Abbey Walk, Stanbridge"

PRESENT = [
    ("Police and Crime Commissioner", "Janet Ferris", " (Chair)"),
    ("Chief Constable", "Adrian Westlake", ""),
    ("Deputy Chief Constable", "Bernadette Coyle", ""),
    ("Chief Executive", "Trevor Mabbutt", ""),
    ("Chief Finance Officer", "Eleanor Sutcliffe", ""),
]
ALSO = [
    ("Head of Communications", "Kim Radley", ""),
    ("Superintendent", "Paul Ingham", " (for Minute 55)"),
    ("Business Manager", "Zoe Carrick", " (notes)"),
]
APOLOGIES = [("Assistant Chief Constable", "Simon Garvey", "")]

MINUTES = [
    (
        "52",
        "Notes of the previous meeting",
        [
            (
                "d",
                "The Commissioner agreed the notes of the meeting held on 7 October 2014 as an accurate record.",
                "agreed",
            ),
        ],
    ),
    (
        "53",
        "Budget 2015/16 and medium term financial plan",
        [
            (
                "p",
                "The Chief Finance Officer set out the provisional settlement assumptions. A grant reduction of 5.1% would leave a gap of £3.9m in 2015/16 before any precept increase.",
            ),
            (
                "d",
                "The Board noted the planning assumptions and agreed that a precept increase of 1.99% be modelled as the central scenario.",
                "agreed",
            ),
            (
                "a",
                "Chief Finance Officer",
                "Prepare precept scenarios of 0%, 1.99% and 2.5% for the December Board.",
                ["Chief Finance Officer"],
                None,
                None,
            ),
        ],
    ),
    (
        "54",
        "Police and Crime Plan refresh",
        [
            (
                "p",
                "The Chief Executive presented the draft refresh, which adds a priority on cyber-enabled crime. The Chief Constable supported the new priority but asked that its measures be agreed with the force.",
            ),
            (
                "d",
                "The Commissioner supported the draft and approved it for consultation with the Police and Crime Panel.",
                "approved",
            ),
            (
                "a",
                "Chief Executive",
                "Send the draft Police and Crime Plan to the Panel by 14 November 2014.",
                ["Chief Executive"],
                "2014-11-14",
                "14 November 2014",
            ),
        ],
    ),
    (
        "55",
        "Night-time economy policing in Stanbridge",
        [
            (
                "p",
                "Superintendent Ingham described the results of the summer operation. Violent crime in the town centre between 22:00 and 04:00 fell by 11% compared with 2013.",
            ),
            (
                "d",
                "The Commissioner approved a contribution of £40,000 from the community safety fund to extend the street pastors scheme for 2015.",
                "approved",
            ),
            (
                "a",
                "Chief Constable",
                "Provide an evaluation of the summer operation, including the cost of overtime, by 31 January 2015.",
                ["Chief Constable"],
                "2015-01-31",
                "31 January 2015",
            ),
        ],
    ),
    (
        "56",
        "Custody: detention of children overnight",
        [
            (
                "p",
                "The Deputy Chief Constable reported that 23 children had been held overnight in the quarter, of whom four had been charged and refused bail. Local authority accommodation had been requested in every case but provided in one.",
            ),
            (
                "d",
                "The Commissioner noted the report and delegated to the Chief Executive the task of raising the matter with the directors of children’s services.",
                "delegated",
            ),
            (
                "a",
                "Deputy Chief Constable / Chief Executive",
                "Agree a joint protocol with the two local authorities on alternative accommodation for children in custody.",
                ["Deputy Chief Constable", "Chief Executive"],
                None,
                "Spring 2015",
            ),
        ],
    ),
    (
        "57",
        "Communications update",
        [
            (
                "p",
                "The Head of Communications reported on the launch of the Commissioner’s community newsletter. The Commissioner has agreed to hold four public meetings in rural areas before March.",
            ),
        ],
    ),
    (
        "58",
        "Any other business",
        [
            ("p", "There was no other business. The next meeting will be on Tuesday 2 December 2014."),
        ],
    ),
]


def build(out_dir, tmp_dir):
    doc = dx.new_doc(font="DejaVu Sans", size=9.5, margins_cm=2.0)
    fixed_core(doc, "Executive Board notes")
    sec = doc.sections[0]
    dx.header_text(sec, "LYNE VALLEY POLICE AND CRIME COMMISSIONER", size=8, align="left", bold=True, color="5B2C6F")
    dx.footer_page_x_of_y(sec, prefix="Page ", size=8)

    dx.para(doc, "PCC Executive Board", bold=True, size=16, color="5B2C6F", space_after=2)
    dx.para(doc, "Notes of meeting", size=12, space_after=8)
    t = doc.add_table(rows=4, cols=2)
    dx.borders(t, sz=4, color="7F7F7F", inside_v=False)
    for i, (k, v) in enumerate(
        [
            ("Date", "Tuesday 4 November 2014"),
            ("Time", "9.30 am"),
            ("Venue", LOCATION),
            ("Status", "Final – approved 2 December 2014"),
        ]
    ):
        dx.cell_text(t.rows[i].cells[0], k, bold=True)
        dx.cell_text(t.rows[i].cells[1], v)
    dx.col_widths(t, [3.0, 14.0])
    dx.para(doc, "")

    attendance = []
    for label, people, kind in (
        ("Present", PRESENT, "member"),
        ("Also attending", ALSO, "in_attendance"),
        ("Apologies", APOLOGIES, "apologies"),
    ):
        p = dx.para(doc, "", space_after=5)
        dx.run(p, label + ": ", bold=True)
        dx.run(p, "; ".join(f"{r} {n}{x}" for r, n, x in people) + ".")
        for r, n, _x in people:
            attendance.append({"meeting_date": DATE, "name": n, "attendance": kind, "role_text": r})

    decisions, actions = [], []
    for num, heading, blocks in MINUTES:
        p = dx.para(doc, "", space_after=3)
        p.paragraph_format.space_before = Pt(9)
        p.paragraph_format.keep_with_next = True
        dx.run(p, f"Minute {num}   ", bold=True, color="5B2C6F")
        dx.run(p, heading, bold=True)
        for blk in blocks:
            if blk[0] in ("p", "d"):
                dx.para(doc, blk[1], align="justify")
                if blk[0] == "d":
                    decisions.append(
                        {"meeting_date": DATE, "item_number": num, "decision_type": blk[2], "text": blk[1]}
                    )
            else:
                _, owner, text, owners, tdate, ttext = blk
                q = dx.para(doc, "", indent_cm=0.8)
                dx.run(q, f"Action – {owner}: ", bold=True)
                dx.run(q, text + (f" (by {ttext})" if ttext and not tdate else ""))
                actions.append(act(text, DATE, num, owners, owner, tdate, ttext))

    tmp = tmp_dir / NAME.replace(".pdf", ".docx")
    doc.save(tmp)
    docx_to_pdf(tmp, out_dir)
    write_gold(
        NAME,
        "minutes",
        meetings=[
            {
                "body": BODY,
                "meeting_date": DATE,
                "start_time": "09:30",
                "location": LOCATION,
                "minutes_status": "approved",
            }
        ],
        attendance=attendance,
        decisions=decisions,
        actions=actions,
    )
