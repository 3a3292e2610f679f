"""Sedgecombe PCC Accountability Meeting notes and decisions, 3 October 2018 (python-docx ->
LibreOffice, Carlito): label/value header table, attendance table Name | Role | Initials | Code
with P / IA / A codes, numbered items, decisions in bold 'DECISION:' paragraphs, and an action
summary table at the end with owners as initials."""

from common import D, Gold, build_office, dmy_slash
from docxkit import *

STEM = "2018-10-03-Sedgecombe-PCC-Accountability-Meeting-notes"
BODY = "Police and Crime Commissioner's Accountability Meeting"
MD = D(2018, 10, 3)
LOC = "Conference Room 2, Sedgecombe Police Headquarters, Marlpit Lane, Sedgecombe"

PEOPLE = [
    ("Margaret Fenn", "Police and Crime Commissioner (Chair)", "MF", "P"),
    ("Julian Ashcroft", "Chief Constable", "JA", "P"),
    ("Priya Vance", "Deputy Chief Constable", "PV", "P"),
    ("Tom Harlock", "Chief Executive, OPCC", "TH", "P"),
    ("Lydia Brandt", "Chief Finance Officer, OPCC", "LB", "P"),
    ("Nathan Okoro", "Head of Performance, OPCC", "NO", "IA"),
    ("Chloe Drury", "Governance Officer (notes)", "CD", "IA"),
    ("Lewis Carne", "Assistant Chief Constable", "LC", "A"),
]
NAME = {i: n for n, r, i, c in PEOPLE}
CODE = {"P": "member", "IA": "in_attendance", "A": "apologies"}

ITEMS = [
    ("1", "Welcome and apologies", ["The Commissioner welcomed those present. Apologies were noted from LC."], []),
    (
        "2",
        "Notes and actions of the meeting held on 5 September 2018",
        [
            "DECISION: The Commissioner approved the notes of the meeting held on 5 September 2018 as an accurate record."
        ],
        [],
    ),
    (
        "3",
        "Performance against the Police and Crime Plan – Quarter 1",
        [
            "NO presented the quarterly performance pack. Recorded burglary was down 9% but the rate of positive outcomes "
            "for rape offences had fallen to 4.1%.",
            "JA explained that a new investigation team would be in place from November. The Commissioner asked for "
            "assurance that victims were kept informed throughout.",
            "DECISION: The Commissioner noted the performance report and the planned improvement in rape investigation outcomes.",
        ],
        [
            (
                "Provide the Commissioner with a breakdown of rape investigation outcomes by age of victim.",
                "PV",
                D(2018, 10, 31),
                None,
            )
        ],
    ),
    (
        "4",
        "Budget monitoring – month 5",
        [
            "LB and JA reported a forecast underspend of £1.2m, mainly from police staff vacancies.",
            "DECISION: The Commissioner agreed that £400,000 of the forecast underspend be transferred to the "
            "reserve for the replacement of the firearms range.",
        ],
        [("Present a revised reserves forecast reflecting the transfer.", "LB", None, "Next meeting")],
    ),
    (
        "5",
        "Use of force and stop and search",
        [
            "PV presented the six-monthly report. The Commissioner welcomed the publication of the data by ward.",
            "DECISION: The Commissioner endorsed the proposal to invite the independent scrutiny panel to review "
            "body-worn video footage of stop and search encounters each quarter.",
        ],
        [
            (
                "Agree terms of reference for the scrutiny panel's review of footage.",
                "PV/TH",
                D(2018, 11, 5),
                "w/c 5 November 2018",
            )
        ],
    ),
    (
        "6",
        "Any other business",
        ["TH reported that the estates consultation would close on 19 October."],
        [("Circulate the summary of estates consultation responses to the Chief Constable.", "TH", None, "TBC")],
    ),
]


def build():
    g = Gold(STEM, "minutes")
    g.meeting(BODY, MD, "14:00", LOC, "draft")
    doc = new_doc("Carlito", 10.5, margins=2.0)
    header_text(doc, "OFFICIAL", size=9, align="center", bold=True)
    footer_page(
        doc, left="Accountability Meeting notes – 03/10/2018        ", fmt="Page {P} of {N}", size=8, align="right"
    )
    para(doc, "Sedgecombe Police and Crime Commissioner", size=11, color="1F3864", after=0)
    para(doc, BODY, bold=True, size=15, color="1F3864", after=0)
    para(doc, "Notes and Decisions", size=13, after=8)
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for a, b, c, d in (
        ("Date:", dmy_slash(MD), "Time:", "14:00 – 16:00"),
        ("Venue:", LOC, "Status:", "Draft – subject to approval"),
    ):
        cells = t.add_row().cells
        for cell, txt, bold in zip(cells, (a, b, c, d), (True, False, True, False)):
            cell_text(cell, txt, bold=bold, size=9.5)
            if bold:
                shade(cell, "DEEAF6")
    para(doc, "", after=4)
    para(doc, "Attendance  (P = present; IA = in attendance; A = apologies)", bold=True, size=10, after=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Name", "Role", "Initials", "P / IA / A")):
        cell_text(c, h, bold=True, size=9.5)
        shade(c, "1F3864")
        c.paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(255, 255, 255)
    for n, r, i, c in PEOPLE:
        cells = t.add_row().cells
        for cell, txt in zip(cells, (n, r, i, c)):
            cell_text(cell, txt, size=9.5)
        g.attend(MD, n, CODE[c], r)
    para(doc, "", after=4)
    actions = []
    for no, title, paras, acts in ITEMS:
        para(doc, "%s.  %s" % (no, title), bold=True, size=11, before=6, after=3, color="1F3864")
        for p_ in paras:
            if p_.startswith("DECISION: "):
                p = para(doc, "", indent=0.6, after=4)
                run(p, "DECISION: ", bold=True)
                text = p_[10:]
                run(p, text, bold=True)
                verb = next(v for v in ("approved", "agreed", "endorsed", "noted") if v in text)
                g.decision(MD, no, verb, text)
            else:
                para(doc, p_, indent=0.6, after=4, align="justify")
        for a in acts:
            actions.append((no,) + a)
    para(doc, "Summary of actions", bold=True, size=11, before=10, after=3)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Item", "Action", "Owner", "By when")):
        cell_text(c, h, bold=True, size=9.5)
        shade(c, "DEEAF6")
    for no, text, own, date, dtext in actions:
        when = dtext or dmy_slash(date)
        cells = t.add_row().cells
        for cell, txt in zip(cells, (no, text, own, when)):
            cell_text(cell, txt, size=9.5)
        owners = [NAME[x] for x in own.split("/")]
        g.action(text, None, MD, no, owners, date, "open", own, when)
    build_office(STEM, doc.save, ".docx")
    g.write()
