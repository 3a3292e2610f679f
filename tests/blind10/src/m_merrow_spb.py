"""2016-03-08 Merrowshire Strategic Policing Board minutes — Word (python-docx -> LibreOffice)."""

import dx
from docx.shared import Cm, Pt
from lib import act, docx_to_pdf, fixed_core, write_gold

NAME = "2016-03-08-Merrowshire-Strategic-Policing-Board-minutes.pdf"
DATE = "2016-03-08"
BODY = "Strategic Policing Board"
LOCATION = "The Boardroom, Fallowfield House, Tanners Road, Dunstock"

PRESENT = [
    ("Police and Crime Commissioner (Chair)", "Roderick Haines"),
    ("Deputy Police and Crime Commissioner", "Amanda Kettley"),
    ("Chief Constable", "Stephen Marlowe"),
    ("Deputy Chief Constable", "Joanne Pellew"),
    ("Chief Executive, OPCC", "Helen Dunmore"),
    ("Chief Finance Officer, OPCC", "Nigel Ashcombe"),
]
ATTENDING = [
    ("Director of Finance, Merrowshire Constabulary", "Carol Beddoes"),
    ("Head of Corporate Development", "Martin Fenwick"),
    ("Superintendent, Dunstock Local Policing Area (item 3)", "Rachel Oduya"),
    ("Policy Officer, OPCC (minutes)", "Lucy Tranter"),
]
APOLOGIES = [("Assistant Chief Constable", "Imran Qureshi")]

# items: (number, title, [paragraphs]) ; paragraph = ("p", num, text) | ("d", num, text, type) | ("a", text, owners, target, ttext)
ITEMS = [
    (
        "1",
        "Welcome and apologies",
        [
            (
                "p",
                "1.1",
                "The Chair welcomed members to the meeting. Apologies were received from Assistant Chief Constable Imran Qureshi.",
            ),
        ],
    ),
    (
        "2",
        "Minutes of the previous meeting and matters arising",
        [
            (
                "d",
                "2.1",
                "The Board agreed the minutes of the meeting held on 9 February 2016 as a correct record.",
                "agreed",
            ),
            (
                "p",
                "2.2",
                "The open actions on the action log were reported as complete and were accepted as discharged.",
            ),
        ],
    ),
    (
        "3",
        "Performance against the Police and Crime Plan – Quarter 3 2015/16",
        [
            (
                "p",
                "3.1",
                "The Deputy Chief Constable presented the performance report. Total recorded crime had risen by 4.2% against the same period last year, driven largely by improved recording of violence without injury following the crime data integrity inspection.",
            ),
            (
                "p",
                "3.2",
                "The Commissioner asked why shoplifting in Dunstock town centre had risen for a third successive quarter. Superintendent Oduya explained that two prolific offenders had been released in October and that both had since been charged.",
            ),
            ("d", "3.3", "The Board noted the performance report.", "noted"),
            (
                "a",
                "Deputy Chief Constable to provide the Board with a breakdown of the increase in shoplifting offences by district before the May meeting.",
                ["Deputy Chief Constable"],
                None,
                None,
                "3",
            ),
        ],
    ),
    (
        "4",
        "Revenue budget monitoring – Month 10",
        [
            (
                "p",
                "4.1",
                "The Chief Finance Officer reported a forecast underspend of £1.37m on the revenue budget, mainly from police staff vacancies and lower than expected fuel costs.",
            ),
            (
                "d",
                "4.2",
                "The Board noted the forecast outturn and approved the transfer of £400,000 from the underspend to the capital reserve.",
                "approved",
            ),
            (
                "p",
                "4.3",
                "The Chief Constable noted that the vacancy factor would be reviewed as part of the 2016/17 budget.",
            ),
            (
                "a",
                "Chief Finance Officer to report the final outturn position for 2015/16 to the Board in June 2016.",
                ["Chief Finance Officer"],
                None,
                "June 2016",
                "4",
            ),
        ],
    ),
    (
        "5",
        "Estates strategy: the former Harnham Street police station",
        [
            (
                "p",
                "5.1",
                "The Chief Executive summarised the options appraisal. The building had been vacant since the front counter moved to the Dunstock hub and two offers had been received.",
            ),
            (
                "d",
                "5.2",
                "The Commissioner approved the sale of the former Harnham Street police station, subject to a valuation from the district valuer.",
                "approved",
            ),
            (
                "d",
                "5.3",
                "The Board delegated authority to the Chief Executive to agree the terms of the sale with the preferred bidder.",
                "delegated",
            ),
            (
                "a",
                "Chief Executive to publish the decision notice on the Commissioner’s website by 18 March 2016.",
                ["Chief Executive"],
                "2016-03-18",
                "18 March 2016",
                "5",
            ),
        ],
    ),
    (
        "6",
        "Regional collaboration – forensic services",
        [
            (
                "p",
                "6.1",
                "The Chief Constable introduced the outline business case for a joint forensic service with two neighbouring forces, which would save an estimated £310,000 a year from 2017/18.",
            ),
            (
                "d",
                "6.2",
                "The Board endorsed the outline business case, subject to the outcome of staff consultation.",
                "endorsed",
            ),
            (
                "a",
                "Chief Constable and Chief Executive to brief the Police and Crime Panel on the collaboration proposal at its April meeting.",
                ["Chief Constable", "Chief Executive"],
                None,
                None,
                "6",
            ),
        ],
    ),
    (
        "7",
        "Complaints, misconduct and the professional standards department",
        [
            (
                "p",
                "7.1",
                "The Deputy Chief Constable presented the quarterly professional standards report. 168 public complaints had been recorded in the quarter, 14% fewer than the previous quarter, and the average time to finalise a local resolution had fallen to 41 working days.",
            ),
            (
                "p",
                "7.2",
                "The Chief Executive reported that the OPCC had dip-sampled 30 complaint files in February and that the findings would be shared with the force before publication.",
            ),
            (
                "d",
                "7.3",
                "The Board noted the report and agreed that the dip-sampling findings be published on the Commissioner’s website once the force had responded.",
                "agreed",
            ),
            (
                "a",
                "Chief Executive to share the complaint dip-sample findings with the Deputy Chief Constable by 25 March 2016.",
                ["Chief Executive"],
                "2016-03-25",
                "25 March 2016",
                "7",
            ),
        ],
    ),
    (
        "8",
        "Any other business",
        [
            (
                "p",
                "8.1",
                "The Deputy Police and Crime Commissioner reported that the victims’ hub had received 412 referrals in its first month.",
            ),
            (
                "p",
                "8.2",
                "The Commissioner has approved the appointment of an independent chair for the ethics committee; the appointment will be announced in April.",
            ),
            ("p", "8.3", "The next meeting will be held on Tuesday 12 April 2016 at 10.00 am in the Boardroom."),
        ],
    ),
]


def build(out_dir, tmp_dir):
    doc = dx.new_doc(font="Liberation Serif", size=11, margins_cm=2.2)
    fixed_core(doc, "Strategic Policing Board minutes")
    sec = doc.sections[0]
    dx.header_text(sec, "OFFICIAL – DRAFT", size=8, align="right", bold=True)
    dx.footer_page_x_of_y(sec, left_text="Strategic Policing Board – 8 March 2016")

    dx.para(doc, "MERROWSHIRE POLICE AND CRIME COMMISSIONER", bold=True, size=14, align="center", space_after=2)
    dx.para(doc, "STRATEGIC POLICING BOARD", bold=True, size=13, align="center", space_after=8)
    p = dx.para(doc, "", align="center", space_after=2)
    dx.run(p, "Minutes of the meeting held on Tuesday 8 March 2016 at 10.00 am in ")
    dx.run(p, LOCATION)
    dx.para(
        doc, "DRAFT – subject to approval at the next meeting", italic=True, size=10, align="center", space_after=10
    )

    t = doc.add_table(rows=0, cols=2)
    t.style = doc.styles["Table Grid"]
    attendance = []
    for label, people, kind in (
        ("Present", PRESENT, "member"),
        ("In attendance", ATTENDING, "in_attendance"),
        ("Apologies", APOLOGIES, "apologies"),
    ):
        r = t.add_row()
        c = r.cells[0].merge(r.cells[1])
        dx.cell_text(c, label, bold=True, size=10)
        dx.shade(c, "D9D9D9")
        for role, name in people:
            r = t.add_row()
            dx.cell_text(r.cells[0], role, size=10)
            dx.cell_text(r.cells[1], name, size=10)
            attendance.append({"meeting_date": DATE, "name": name, "attendance": kind, "role_text": role})
    dx.col_widths(t, [9.5, 6.5])
    dx.para(doc, "", space_after=4)

    decisions, actions = [], []
    for num, title, paras in ITEMS:
        p = dx.para(doc, "", space_after=3)
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.keep_with_next = True
        dx.run(p, f"{num}.\t{title}", bold=True)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.2))
        for entry in paras:
            if entry[0] in ("p", "d"):
                q = dx.para(doc, "", align="justify", indent_cm=1.2, first_line_cm=-1.2)
                q.paragraph_format.tab_stops.add_tab_stop(Cm(1.2))
                dx.run(q, f"{entry[1]}\t{entry[2]}")
                if entry[0] == "d":
                    decisions.append(
                        {"meeting_date": DATE, "item_number": entry[1], "decision_type": entry[3], "text": entry[2]}
                    )
            else:
                _, text, owners, tdate, ttext, item = entry
                q = dx.para(doc, "", indent_cm=1.2)
                dx.run(q, "ACTION – ", bold=True)
                dx.run(q, text, bold=True, italic=True)
                owner_text = " and ".join(owners)
                actions.append(act(text, DATE, item, owners, owner_text, tdate, ttext))

    dx.para(doc, "")
    dx.para(doc, "The meeting closed at 12.20 pm.", italic=True, size=10)

    tmp = tmp_dir / NAME.replace(".pdf", ".docx")
    doc.save(tmp)
    docx_to_pdf(tmp, out_dir)
    write_gold(
        NAME,
        "minutes",
        meetings=[
            {"body": BODY, "meeting_date": DATE, "start_time": "10:00", "location": LOCATION, "minutes_status": "draft"}
        ],
        attendance=attendance,
        decisions=decisions,
        actions=actions,
    )
