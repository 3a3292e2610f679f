"""Wyvernshire Fire and Rescue Authority minutes: Word document with heading styles; attendance as a table
(Member · Constituent authority · Attendance) plus an officers table; minute numbers 23/041 as headings;
RESOLVED blocks with (a)(b)(c) parts; ACTION: lines. python-docx + LibreOffice, Carlito 10.5 pt."""

from common import *
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

STEM = "2023-11-22-Wyvernshire-Fire-and-Rescue-Authority-minutes"
DATE = "2023-11-22"
BODY = "Wyvernshire Fire and Rescue Authority"
LOC = "Service Headquarters, Kestrel Way, Marlstow"

MEMBERS = [  # printed name, gold name, authority, attendance, role suffix
    ("Cllr Helen Brabazon (Chair)", "Helen Brabazon", "Wyvernshire County Council", "Present"),
    ("Cllr Oliver Sandiford (Vice-Chair)", "Oliver Sandiford", "Marlstow City Council", "Present"),
    ("Cllr Priya Venkatesh", "Priya Venkatesh", "Wyvernshire County Council", "Present"),
    ("Cllr Derek Hollins", "Derek Hollins", "Wyvernshire County Council", "Apologies"),
    ("Cllr Morag Finlay", "Morag Finlay", "Wyvernshire County Council", "Present"),
    ("Cllr Tobias Wren", "Tobias Wren", "Marlstow City Council", "Present"),
    ("Cllr Anwar Qureshi", "Anwar Qureshi", "Marlstow City Council", "Apologies"),
    ("Cllr Bethan Lloyd-Harris", "Bethan Lloyd-Harris", "Wyvernshire County Council", "Present"),
    ("Cllr Simon Ackroyd", "Simon Ackroyd", "Marlstow City Council", "Present"),
]
OFFICERS = [
    ("Karen Whitlow", "Chief Fire Officer"),
    ("Mark Osei", "Deputy Chief Fire Officer"),
    ("Eleanor Castell", "Treasurer"),
    ("Jonathan Pike", "Monitoring Officer"),
    ("Lucy Hammond", "Democratic Services Officer"),
]

# parts: ("p", text) | ("r", lead, [parts]) RESOLVED block | ("d", type, text) | ("a", desc, owner, iso, date_text)
MINUTES = [
    (
        "23/041",
        "APOLOGIES FOR ABSENCE AND SUBSTITUTES",
        [
            (
                "p",
                "Apologies for absence were received from Councillors Hollins and Qureshi. No substitutes were notified.",
            ),
        ],
    ),
    (
        "23/042",
        "DECLARATIONS OF INTEREST",
        [
            (
                "p",
                "Councillor Wren declared a non-pecuniary interest in minute 23/045 as a retained firefighter’s "
                "relative and remained in the meeting.",
            ),
        ],
    ),
    (
        "23/043",
        "MINUTES OF THE PREVIOUS MEETING",
        [
            (
                "r",
                "RESOLVED – that the minutes of the meeting of the Authority held on 27 September 2023 be confirmed "
                "as a correct record and signed by the Chair.",
                [],
            ),
        ],
    ),
    (
        "23/044",
        "CHAIR’S ANNOUNCEMENTS",
        [
            (
                "p",
                "The Chair has approved a letter of thanks to the crews who attended the Harbour Road warehouse fire "
                "on 3 October 2023.",
            ),
            (
                "p",
                "The Chief Fire Officer noted that the Service had received a national award for its water safety campaign.",
            ),
        ],
    ),
    (
        "23/045",
        "MEDIUM TERM FINANCIAL PLAN 2024/25 TO 2027/28",
        [
            (
                "p",
                "The Treasurer presented the updated plan, which shows a budget gap of £1.9m by 2027/28 if council "
                "tax rises are limited to the current referendum threshold. Members discussed the assumptions on "
                "pay, pensions and the capital programme.",
            ),
            (
                "r",
                "RESOLVED – that:",
                [
                    "(a) the updated Medium Term Financial Plan be approved as the basis for budget consultation;",
                    "(b) the Treasurer model a council tax increase of 2.99% alongside the base case; and",
                    "(c) a further report be brought to the meeting on 14 February 2024.",
                ],
            ),
        ],
    ),
    (
        "23/046",
        "ON-CALL APPLIANCE AVAILABILITY",
        [
            (
                "p",
                "The Deputy Chief Fire Officer reported that on-call appliance availability had risen to 81% in the "
                "second quarter, the highest level for three years.",
            ),
            (
                "d",
                "noted",
                "The Authority noted the improvement in on-call appliance availability in the second quarter.",
            ),
            (
                "a",
                "Deputy Chief Fire Officer to circulate station-by-station availability figures to all Members "
                "before the February meeting.",
                ["Deputy Chief Fire Officer"],
                "Deputy Chief Fire Officer",
                None,
                None,
            ),
        ],
    ),
    (
        "23/047",
        "HMICFRS INSPECTION – ACTION PLAN",
        [
            (
                "p",
                "Members welcomed the progress made against the two areas for improvement identified by the inspectorate.",
            ),
            (
                "d",
                "agreed",
                "The Authority endorsed the revised action plan and agreed that progress be reported to each "
                "meeting of the Audit and Governance Committee.",
            ),
        ],
    ),
    (
        "23/048",
        "TREASURY MANAGEMENT MID-YEAR REVIEW 2023/24",
        [
            (
                "d",
                "approved",
                "The Authority approved the revised prudential indicators set out in Appendix B to the report.",
            ),
            (
                "a",
                "Treasurer to report the outcome of the investment counterparty review to the Audit and Governance "
                "Committee by 31 January 2024.",
                ["Treasurer"],
                "Treasurer",
                "2024-01-31",
                "31 January 2024",
            ),
        ],
    ),
    (
        "23/049",
        "EXCLUSION OF THE PRESS AND PUBLIC",
        [
            (
                "r",
                "RESOLVED – that under section 100A(4) of the Local Government Act 1972 the press and public be "
                "excluded from the meeting for the following item on the grounds that it involves the likely "
                "disclosure of exempt information.",
                [],
            ),
        ],
    ),
    (
        "23/050",
        "COLLABORATION AGREEMENT – SHARED ESTATES (EXEMPT)",
        [
            ("p", "The Authority considered an exempt report of the Deputy Chief Fire Officer."),
            (
                "r",
                "RESOLVED – that the Chief Fire Officer be authorised to conclude the shared estates agreement with "
                "Wyvernshire Constabulary on the terms set out in the exempt report.",
                [],
            ),
        ],
    ),
]


def build(outdir):
    doc = new_document(font="Carlito", size=10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Wyvernshire Fire and Rescue Authority – 22 November 2023"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("DRAFT – subject to confirmation at the meeting on 14 February 2024        ")
    r.font.size = Pt(8)
    page_x_of_y(fp, size=8)
    doc.add_paragraph("WYVERNSHIRE FIRE AND RESCUE AUTHORITY", style="Title")
    p = doc.add_paragraph()
    p.add_run(
        "MINUTES of the meeting of the Authority held at " + LOC + " on Wednesday 22 November 2023 at 10.30 am"
    ).bold = True
    doc.add_heading("Members", level=2)
    t = doc.add_table(rows=1, cols=3)
    table_borders(t)
    for c, h in zip(t.rows[0].cells, ("Member", "Constituent authority", "Attendance")):
        set_cell(c, h, bold=True, size=9.5)
        shade(c, "D9D9D9")
    repeat_header(t.rows[0])
    for printed, _, auth, a in MEMBERS:
        cells = t.add_row().cells
        set_cell(cells[0], printed, size=9.5)
        set_cell(cells[1], auth, size=9.5)
        set_cell(cells[2], a, size=9.5)
    col_widths(t, [6.5, 6.0, 3.5])
    doc.add_heading("Officers in attendance", level=2)
    t2 = doc.add_table(rows=0, cols=2)
    table_borders(t2, inside=False, outside=False)
    for n, role in OFFICERS:
        cells = t2.add_row().cells
        set_cell(cells[0], n, size=9.5)
        set_cell(cells[1], role, size=9.5)
    col_widths(t2, [5.0, 8.0])
    decisions, actions = [], []
    for no, head, parts in MINUTES:
        doc.add_heading(f"{no}\t{head}", level=3)
        for part in parts:
            if part[0] == "p":
                para = doc.add_paragraph(part[1])
                para.paragraph_format.left_indent = Cm(1.5)
            elif part[0] == "r":
                para = doc.add_paragraph()
                para.paragraph_format.left_indent = Cm(1.5)
                para.add_run(part[1]).bold = True
                for sub in part[2]:
                    sp = doc.add_paragraph(sub)
                    sp.paragraph_format.left_indent = Cm(2.3)
                text = " ".join([part[1]] + part[2])
                decisions.append(decision(DATE, no, "resolved", text))
            elif part[0] == "d":
                para = doc.add_paragraph(part[2])
                para.paragraph_format.left_indent = Cm(1.5)
                decisions.append(decision(DATE, no, part[1], part[2]))
            else:
                _, desc, owners, otext, iso, dtext = part
                para = doc.add_paragraph()
                para.paragraph_format.left_indent = Cm(1.5)
                para.add_run("ACTION: ").bold = True
                para.add_run(desc).italic = True
                actions.append(action(desc, None, DATE, no, owners, iso, "open", otext, dtext))
    doc.add_paragraph()
    doc.add_paragraph("The meeting closed at 12.41 pm.")
    doc.add_paragraph("Chair ……………………………………………")
    tmp = outdir / "src" / "_build"
    tmp.mkdir(exist_ok=True)
    dp = tmp / (STEM + ".docx")
    doc.save(dp)
    docx_to_pdf(dp, outdir / (STEM + ".pdf"))
    attendance = []
    for printed, name, auth, a in MEMBERS:
        role = ("Chair, " if "(Chair)" in printed else "Vice-Chair, " if "Vice-Chair" in printed else "") + auth
        attendance.append(att(DATE, name, "member" if a == "Present" else "apologies", role))
    attendance += [att(DATE, n, "in_attendance", r) for n, r in OFFICERS]
    write_gold(
        STEM,
        MINUTES_KEYS,
        meetings=[meeting(BODY, DATE, "10:30", LOC, "draft")],
        attendance=attendance,
        decisions=decisions,
        actions=actions,
    )
