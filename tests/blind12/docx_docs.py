"""Word documents written with python-docx and converted to PDF by LibreOffice."""

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from lib import action, att, docx_to_pdf, iso, write_gold


# ---------------------------------------------------------------- helpers
def new_doc(font="Liberation Sans", size=10, landscape=False, margins=18):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(4)
    for s in ("List Bullet", "Heading 1", "Heading 2", "Heading 3", "Title"):
        try:
            d.styles[s].font.name = font
            d.styles[s].element.rPr.rFonts.set(qn("w:ascii"), font)
            d.styles[s].element.rPr.rFonts.set(qn("w:hAnsi"), font)
        except Exception:
            pass
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(margins))
    return d


def para(
    d_or_cell, text="", bold=False, italic=False, size=None, align=None, color=None, after=None, before=None, style=None
):
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    if text:
        run(p, text, bold, italic, size, color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def cell_text(cell, text, bold=False, italic=False, size=None, align=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        run(p, text, bold, italic, size, color)
    p.paragraph_format.space_after = Pt(1)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def no_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def widths(table, mm_list):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for col, w in zip(table.columns, mm_list):
        col.width = Mm(w)
    for row in table.rows:
        for c, w in zip(row.cells, mm_list):
            c.width = Mm(w)


def borders(table, kind="grid", sz=4, color="808080"):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    edges = {
        "grid": ("top", "left", "bottom", "right", "insideH", "insideV"),
        "hrules": ("top", "bottom", "insideH"),
        "none": (),
    }[kind]
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        if e in edges:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:color"), color)
        else:
            el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def field(p, instr):
    r = p.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1)
    r._r.append(it)
    r._r.append(f2)


def footer_pages(section, prefix="", size=8, align="c", of=True):
    p = section.footer.paragraphs[0]
    p.text = ""
    if prefix:
        run(p, prefix, size=size)
    run(p, "Page ", size=size)
    field(p, "PAGE")
    if of:
        run(p, " of ", size=size)
        field(p, "NUMPAGES")
    for r in p.runs:
        r.font.size = Pt(size)
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]


def header_text(section, text, size=8, align="r", italic=False):
    p = section.header.paragraphs[0]
    p.text = ""
    run(p, text, italic=italic, size=size)
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def bullet(d, text, size=None):
    p = d.add_paragraph(style="List Bullet")
    run(p, text, size=size)
    p.paragraph_format.space_after = Pt(3)
    return p


# =====================================================================================
# 2. Skelbrooke PCC Strategic Board – notes of meeting as bullets (9 February 2021)
# =====================================================================================
def skelbrooke_board_notes():
    stem = "2021-02-09-Skelbrooke-PCC-Strategic-Board-notes"
    D = "2021-02-09"
    d = new_doc("DejaVu Sans", 9.5, margins=20)
    header_text(d.sections[0], "OFFICIAL", 8, "c")
    footer_pages(d.sections[0], "Skelbrooke PCC Strategic Board – notes – ", 7.5, "r")
    para(d, "Office of the Police and Crime Commissioner for Skelbrooke", size=9, color="5B2C6F", after=0)
    para(d, "PCC Strategic Board", bold=True, size=16, after=0)
    para(d, "Notes of meeting", size=12, after=8)
    t = d.add_table(rows=4, cols=2)
    borders(t, "grid", 4, "BFBFBF")
    for i, (a, b) in enumerate(
        [
            ("Date", "Tuesday 9 February 2021"),
            ("Time", "14:00 – 16:15"),
            ("Venue", "Held via Microsoft Teams"),
            ("Status", "DRAFT – subject to approval at the next meeting"),
        ]
    ):
        cell_text(t.cell(i, 0), a, bold=True)
        shade(t.cell(i, 0), "E8DAEF")
        cell_text(t.cell(i, 1), b)
    widths(t, [30, 140])
    para(d, "", after=2)

    present = [
        ("Police and Crime Commissioner", "Martin Haldane", "MH", "Chair"),
        ("Chief Constable", "Rosalind Adeyemi", "RA", None),
        ("Deputy Chief Constable", "Jonathan Rix", "JR", None),
        ("Chief Executive, OPCC", "Deborah Lyle", "DL", None),
        ("Chief Finance Officer, OPCC", "Graham Pettifer", "GP", None),
        ("Director of Finance, Skelbrooke Constabulary", "Anil Mistry", "AM", None),
    ]
    inatt = [
        ("Head of Performance, OPCC", "Nicola Bramwell", "NB", None),
        ("Board Secretary", "Sophie Clegg", "SC", "notes"),
    ]
    apol = [("Assistant Chief Constable", "Thomas Westlake", "TW", None)]
    ini = {i: n for rows in (present, inatt, apol) for r, n, i, x in rows}
    attendance = []
    for head, rows, kind in (
        ("Present", present, "member"),
        ("In attendance", inatt, "in_attendance"),
        ("Apologies", apol, "apologies"),
    ):
        para(d, head, bold=True, size=10, before=4, after=1)
        tb = d.add_table(rows=len(rows), cols=2)
        borders(tb, "none")
        for i, (role, name, i_, note) in enumerate(rows):
            cell_text(tb.cell(i, 0), role, italic=True)
            cell_text(tb.cell(i, 1), f"{name} ({i_})" + (f" – {note}" if note else ""))
            attendance.append(att(D, name, kind, role + (f" ({note})" if note else "")))
        widths(tb, [80, 90])

    decisions, actions = [], []

    def item(no, title, bullets):
        para(d, f"{no}.  {title}", bold=True, size=10.5, before=8, after=2, color="5B2C6F")
        for b in bullets:
            kind, text = b[0], b[1]
            if kind == "b":
                bullet(d, text)
            elif kind == "d":
                bullet(d, text)
                decisions.append({"meeting_date": D, "item_number": no, "decision_type": b[2], "text": text})
            elif kind == "a":  # trailing "Action – XX"
                owner_ini, due = b[2], b[3]
                p = bullet(d, text + " ")
                run(p, f"Action – {owner_ini}" + (f" ({due})" if due and due not in text else ""), bold=True)
                owners = [ini[x.strip()] for x in owner_ini.replace("&", "/").split("/")]
                actions.append(action(text, owners, owner_ini, due, raised=D, item=no))

    item(
        "1",
        "Welcome and apologies",
        [
            (
                "b",
                "MH welcomed everyone to the meeting, the second to be held virtually this year. Apologies were noted from TW.",
            )
        ],
    )
    item(
        "2",
        "Notes and action log of the meeting on 12 January 2021",
        [
            ("d", "The Board agreed the notes as an accurate record.", "agreed"),
            ("b", "Action 21/03 (custody healthcare contract) closed; 21/04 carried forward to March."),
        ],
    )
    item(
        "3",
        "Precept and budget 2021/22",
        [
            (
                "b",
                "GP summarised the Police and Crime Panel's support for the proposed £15 Band D increase on 4 February.",
            ),
            (
                "d",
                "The PCC approved the 2021/22 revenue budget of £214.6m and the capital programme of £11.2m.",
                "approved",
            ),
            ("b", "AM noted that the pay freeze announced by government had reduced the planned pay award provision."),
            (
                "a",
                "Publish the budget decision notice and the precept letter to billing authorities by 19 February 2021.",
                "DL",
                "19 February 2021",
            ),
        ],
    )
    item(
        "4",
        "Quarter 3 performance",
        [
            (
                "b",
                "NB presented the dashboard: burglary down 21% on last year, while rape reports had risen for the third quarter.",
            ),
            ("b", "RA explained the effect of the lockdown on the night-time economy and on domestic abuse reporting."),
            (
                "a",
                "Provide a breakdown of rape investigation outcomes by month for the last two years.",
                "JR",
                "09/03/2021",
            ),
            ("d", "The PCC noted the quarter 3 performance report.", "noted"),
        ],
    )
    item(
        "5",
        "Rural crime strategy",
        [
            ("b", "JR presented the refreshed strategy, developed with the farming unions and the county council."),
            ("d", "The Board endorsed the rural crime strategy for publication in March 2021.", "endorsed"),
            ("a", "Arrange the launch event with the farming unions.", "JR & NB", "w/c 22 March 2021"),
        ],
    )
    item(
        "6",
        "Estates: Kelmscote police station",
        [
            ("b", "GP reported that the sale of the former station had been delayed by a covenant on the site."),
            ("b", "The Board asked for options to be brought back if the sale is not completed by June."),
            ("a", "Report options for the Kelmscote site if the sale has not completed.", "GP/AM", "June 2021"),
        ],
    )
    item(
        "7",
        "Any other business",
        [
            ("b", "DL reminded members that the pre-election period for the May elections begins on 26 March 2021."),
            ("b", "Next meeting: Tuesday 9 March 2021, 14:00, via Microsoft Teams."),
        ],
    )
    docx_to_pdf(d, stem)
    write_gold(
        stem,
        meetings=[
            {
                "body": "PCC Strategic Board",
                "meeting_date": D,
                "start_time": "14:00",
                "location": "Held via Microsoft Teams",
                "minutes_status": "draft",
            }
        ],
        attendance=attendance,
        decisions=decisions,
        actions=actions,
        risks=[],
    )


# =====================================================================================
# 3. Hallamere Police and Crime Panel minutes – hybrid meeting, 15 March 2022
# =====================================================================================
def hallamere_pcp_minutes():
    stem = "2022-03-15-Hallamere-Police-and-Crime-Panel-minutes"
    D = "2022-03-15"
    d = new_doc("Liberation Serif", 11, margins=22)
    footer_pages(d.sections[0], "", 9, "c")
    header_text(d.sections[0], "Hallamere Police and Crime Panel – 15 March 2022", 8.5, "r", italic=True)
    para(d, "HALLAMERE POLICE AND CRIME PANEL", bold=True, size=13, align="c", after=6)
    para(
        d,
        "MINUTES of a meeting of the Hallamere Police and Crime Panel held at the Council Chamber, Hallamere Civic Centre, "
        "Market Square, Brindley, and as a hybrid meeting via Microsoft Teams, on Tuesday 15 March 2022 at 1.30pm.",
        align="j",
        after=8,
    )
    members = [
        ("Judith Aske", "Chair", "Hallamere County Council"),
        ("Owain Pritchard", "Vice-Chair", "Brindley City Council"),
        ("Margaret Sefton", None, "Hallamere County Council"),
        ("Darren Colquhoun", None, "Hallamere County Council"),
        ("Aisha Rahman", None, "Brindley City Council"),
        ("Philip Tewkesbury", None, "Eastholme District Council"),
        ("Sandra Kilbride", None, "Wexley Borough Council"),
        ("Graham Ostler", None, "Northcote District Council"),
    ]
    coopt = [("Dr Ruth Amberley", "Ruth Amberley"), ("Mr Kwame Asante", "Kwame Asante")]
    also = [
        ("Evelyn Marchbank", "Police and Crime Commissioner"),
        ("Robert Tandy", "Chief Executive, OPCC"),
        ("Lorna Quaife", "Chief Finance Officer, OPCC"),
    ]
    officers = [("Helen Gorst", "Panel Support Officer"), ("Daniel Whitfield", "Legal Adviser to the Panel")]
    apol = [("Bryony Lisle", "Eastholme District Council"), ("Ken Ashurst", "Wexley Borough Council")]
    attendance = []
    p = para(d, "", after=2)
    run(p, "PRESENT:", bold=True)
    t = d.add_table(rows=(len(members) + 1) // 2, cols=2)
    borders(t, "none")
    for i, (n, ch, council) in enumerate(members):
        txt = f"Councillor {n}" + (f" ({ch})" if ch else "") + f" – {council}"
        cell_text(t.cell(i // 2, i % 2), txt, size=10.5)
        attendance.append(att(D, n, "member", (ch + ", " if ch else "") + council))
    widths(t, [83, 83])
    p = para(d, "", before=4, after=2)
    run(p, "Co-opted Independent Members: ", bold=True)
    run(p, " and ".join(x for x, y in coopt))
    for _x, y in coopt:
        attendance.append(att(D, y, "member", "Co-opted Independent Members"))
    p = para(d, "", after=2)
    run(p, "Also present: ", bold=True)
    run(p, "; ".join(f"{r} {n}" for n, r in also) + ".")
    for n, r in also:
        attendance.append(att(D, n, "in_attendance", r))
    p = para(d, "", after=8)
    run(p, "Officers: ", bold=True)
    run(p, "; ".join(f"{n} ({r})" for n, r in officers) + ".")
    for n, r in officers:
        attendance.append(att(D, n, "in_attendance", r))
    for n, c in apol:
        attendance.append(att(D, n, "apologies", c))

    decisions, actions = [], []

    def minute(no, title, parts):
        para(d, f"Minute {no}   {title.upper()}", bold=True, before=8, after=3)
        for kind, text, *x in parts:
            if kind == "p":
                para(d, text, align="j")
            elif kind == "d":
                para(d, text, align="j")
                decisions.append({"meeting_date": D, "item_number": no, "decision_type": x[0], "text": text})
            elif kind == "r":
                intro, items = text, x[0]
                pp = para(d, "", after=2)
                run(pp, "RESOLVED", bold=True)
                run(pp, " – " + intro)
                for it in items:
                    q = para(d, it, after=2)
                    q.paragraph_format.left_indent = Mm(12)
                decisions.append(
                    {
                        "meeting_date": D,
                        "item_number": no,
                        "decision_type": "resolved",
                        "text": " ".join(["RESOLVED – " + intro] + items),
                    }
                )
            elif kind == "a":
                pp = para(d, "", after=4)
                pp.paragraph_format.left_indent = Mm(12)
                run(pp, "Action: ", bold=True, italic=True)
                run(pp, text, italic=True)
                actions.append(action(text, x[0], x[1], x[2] if len(x) > 2 else None, raised=D, item=no))

    minute(
        "45",
        "Apologies for absence and substitutions",
        [
            (
                "p",
                "Apologies for absence were received from Councillor Bryony Lisle (Eastholme District Council) and Councillor "
                "Ken Ashurst (Wexley Borough Council). No substitutes had been nominated.",
            )
        ],
    )
    minute(
        "46",
        "Declarations of interest",
        [
            (
                "p",
                "Councillor Colquhoun declared a personal interest in Minute 49 as a member of the Brindley Community Safety Partnership.",
            )
        ],
    )
    minute(
        "47",
        "Minutes of the previous meeting",
        [
            (
                "r",
                "That the minutes of the meeting held on 1 February 2022 be confirmed as a correct record and signed by the Chair.",
                [],
            )
        ],
    )
    minute(
        "48",
        "Confirmation hearing: Deputy Police and Crime Commissioner",
        [
            (
                "p",
                "The Panel held a confirmation hearing for the Commissioner's proposed appointment of Callum Brice as Deputy Police "
                "and Crime Commissioner. Members questioned the candidate on his experience of youth justice and on how the role "
                "would be divided from that of the Commissioner.",
            ),
            (
                "r",
                "That the Panel:",
                [
                    "(a) supports the appointment of Callum Brice as Deputy Police and Crime Commissioner; and",
                    "(b) asks the Commissioner to publish the Deputy's portfolio of responsibilities within one month of appointment.",
                ],
            ),
        ],
    )
    minute(
        "49",
        "Police and Crime Plan performance: quarter 3 2021/22",
        [
            (
                "p",
                "The Commissioner introduced the report. Members raised concerns about the time taken to answer 101 calls in the "
                "south of the county and about the number of officers tutoring student constables.",
            ),
            ("d", "The Panel noted the report.", "noted"),
            (
                "a",
                "The Commissioner to provide members with a breakdown of 101 call abandonment rates by district.",
                ["Police and Crime Commissioner"],
                "The Commissioner",
            ),
            (
                "a",
                "Chief Finance Officer, OPCC to circulate the cost of the student officer tutoring scheme by 8 April 2022.",
                ["Chief Finance Officer"],
                "Chief Finance Officer, OPCC",
                "8 April 2022",
            ),
        ],
    )
    minute(
        "50",
        "Complaints against the Commissioner: annual report of the Complaints Sub-Committee",
        [
            (
                "p",
                "Daniel Whitfield reported that four complaints had been received in 2021, none of which had required "
                "referral to the Independent Office for Police Conduct.",
            ),
            (
                "r",
                "That",
                [
                    "(a) the annual report of the Complaints Sub-Committee be noted; and",
                    "(b) the revised terms of reference of the Sub-Committee, as set out in Appendix A, be approved.",
                ],
            ),
        ],
    )
    minute(
        "51",
        "Work programme 2022/23",
        [
            (
                "p",
                "Members discussed the items for the new municipal year. It was suggested that rural crime and the "
                "Commissioner's commissioning of victims' services be examined in depth.",
            ),
            (
                "d",
                "The Panel agreed the work programme for 2022/23, subject to the addition of an item on rural crime.",
                "agreed",
            ),
            (
                "a",
                "Panel Support Officer to add rural crime to the agenda for the June 2022 meeting.",
                ["Panel Support Officer"],
                "Panel Support Officer",
            ),
        ],
    )
    minute("52", "Date of next meeting", [("p", "Tuesday 21 June 2022 at 1.30pm, Hallamere Civic Centre.")])
    para(d, "The meeting ended at 3.50pm.", italic=True, before=8)
    para(d, "These minutes are subject to confirmation at the next meeting of the Panel.", italic=True)
    docx_to_pdf(d, stem)
    write_gold(
        stem,
        meetings=[
            {
                "body": "Hallamere Police and Crime Panel",
                "meeting_date": D,
                "start_time": "13:30",
                "location": "Council Chamber, Hallamere Civic Centre, Market Square, Brindley",
                "minutes_status": "draft",
            }
        ],
        attendance=attendance,
        decisions=decisions,
        actions=actions,
        risks=[],
    )


# =====================================================================================
# 7. Wyvernshire PFCC Accountability Board action log – grouped by meeting, coloured status (landscape)
# =====================================================================================
def wyvernshire_action_log():
    stem = "2021-07-06-Wyvernshire-PFCC-Accountability-Board-action-log"
    d = new_doc("Liberation Sans", 9, landscape=True, margins=14)
    header_text(d.sections[0], "Wyvernshire Police, Fire and Crime Commissioner – Accountability Board", 8, "l")
    footer_pages(d.sections[0], "Action log updated 6 July 2021 – ", 8, "r")
    para(d, "Accountability Board – Action Log", bold=True, size=15, after=0)
    para(
        d,
        "Updated 6 July 2021 for the meeting on 14 July 2021. Completed actions are reported once and then removed.",
        italic=True,
        size=9,
        after=6,
    )
    colors_ = {"Complete": "A9D08E", "On track": "C6E0B4", "Delayed": "F4B183", "Not started": "D9D9D9"}
    sections = [
        (
            "Meeting held 10 February 2021",
            "2021-02-10",
            [
                (
                    "AB21-03",
                    "4",
                    "Review the resilience of the joint control room during the move to the new telephony platform.",
                    "DCC",
                    "31/03/2021",
                    "Resilience test completed 23 March; no critical gaps found.",
                    "Complete",
                ),
                (
                    "AB21-04",
                    "6",
                    "Bring forward a business case for shared police and fire premises at Ledworth.",
                    "Head of Estates",
                    "Q2 2021/22",
                    "Feasibility study commissioned from the joint estates team.",
                    "On track",
                ),
                (
                    "AB21-05",
                    "7",
                    "Report sickness absence rates for on-call firefighters separately from wholetime staff.",
                    "Chief Fire Officer",
                    "30 Apr 21",
                    "Data not yet separable in the HR system; manual extract being prepared.",
                    "Delayed",
                ),
            ],
        ),
        (
            "Meeting held 10 March 2021",
            "2021-03-10",
            [
                (
                    "AB21-07",
                    "5.1",
                    "Provide an analysis of the fall in stop and search outcomes linked to drugs.",
                    "CC",
                    "12/05/2021",
                    "Analysis presented at the May meeting under item 5.1.",
                    "Complete",
                ),
                (
                    "AB21-08",
                    "5.2",
                    "Share the fire service's response times for rural wards with the PFCC's office.",
                    "Chief Fire Officer",
                    "12/05/2021",
                    "Shared on 30 April 2021.",
                    "Complete",
                ),
                (
                    "AB21-09",
                    "8",
                    "Agree a timetable for the review of the joint corporate governance framework.",
                    "Chief Executive / CFO",
                    "June 2021",
                    "Draft timetable to be discussed with the monitoring officers.",
                    "On track",
                ),
            ],
        ),
        (
            "Meeting held 12 May 2021",
            "2021-05-12",
            [
                (
                    "AB21-11",
                    "5.1",
                    "Explain the increase in the time taken to answer non-emergency calls in April.",
                    "CC",
                    "14/07/2021",
                    "Report on the agenda for 14 July.",
                    "On track",
                ),
                (
                    "AB21-12",
                    "6",
                    "Confirm how the provisional police underspend of £1.9m will be allocated to reserves.",
                    "CFO",
                    "14/07/2021",
                    "Proposal in the final outturn report.",
                    "On track",
                ),
                (
                    "AB21-13",
                    "7",
                    "Publish the HMICFRS fire inspection action plan on the PFCC website.",
                    "PFCC",
                    "TBC",
                    "Awaiting final sign-off of the action plan.",
                    "Not started",
                ),
                (
                    "AB21-14",
                    "8",
                    "Set out the plan for tutoring capacity for the second uplift intake.",
                    "DCC",
                    "w/c 6 September 2021",
                    "Not yet started; depends on the intake numbers confirmed in August.",
                    "Not started",
                ),
            ],
        ),
    ]
    owners = {
        "DCC": ["Deputy Chief Constable"],
        "Head of Estates": ["Head of Estates"],
        "Chief Fire Officer": ["Chief Fire Officer"],
        "CC": ["Chief Constable"],
        "Chief Executive / CFO": ["Chief Executive", "Chief Finance Officer"],
        "CFO": ["Chief Finance Officer"],
        "PFCC": ["Police, Fire and Crime Commissioner"],
    }
    head = ["No.", "Item", "Action", "Owner", "Target date", "Update", "Status"]
    nrows = 1 + sum(1 + len(r) for _, _, r in sections)
    t = d.add_table(rows=nrows, cols=len(head))
    borders(t, "grid", 4, "595959")
    for i, h in enumerate(head):
        cell_text(t.cell(0, i), h, bold=True, color="FFFFFF")
        shade(t.cell(0, i), "1F4E79")
    repeat_header(t.rows[0])
    r = 1
    acts = []
    for title, date, rows in sections:
        m = t.cell(r, 0).merge(t.cell(r, len(head) - 1))
        cell_text(m, title, bold=True)
        shade(m, "DEEAF6")
        r += 1
        for no, item, desc, own, due, upd, st in rows:
            for c, v in enumerate([no, item, desc, own, due, upd, st]):
                cell_text(t.cell(r, c), v, bold=(c == 6), align="c" if c == 6 else None)
            shade(t.cell(r, 6), colors_[st])
            no_split(t.rows[r])
            acts.append(
                action(
                    desc,
                    owners[own],
                    own,
                    due,
                    "closed" if st == "Complete" else "open",
                    number=no,
                    raised=date,
                    item=item,
                )
            )
            r += 1
    widths(t, [18, 12, 78, 32, 26, 80, 22])
    para(
        d,
        "Status key: Complete – action finished; On track – progressing to the target date; Delayed – target date "
        "will be missed; Not started.",
        size=8,
        before=6,
    )
    docx_to_pdf(d, stem)
    write_gold(stem, attendance=[], agenda_items=[], decisions=[], actions=acts, risks=[])


# =====================================================================================
# 11. Hallamere Fire and Rescue Service corporate risk register – several rows a risk, "High (16)" (4x4)
# =====================================================================================
def hallamere_frs_register():
    stem = "2022-09-07-Hallamere-FRS-corporate-risk-register"
    RD = "2022-09-07"
    d = new_doc("DejaVu Sans Condensed", 10, landscape=False, margins=15)
    header_text(d.sections[0], "Hallamere Fire and Rescue Service | Corporate Risk Register", 7.5, "r")
    footer_pages(d.sections[0], "OFFICIAL – ", 7.5, "c")
    para(d, "Hallamere Fire and Rescue Service", size=10, color="A6192E", after=0)
    para(d, "Corporate Risk Register", bold=True, size=16, after=0)
    para(d, "Reviewed by the Service Leadership Team on 7 September 2022", italic=True, size=9, after=4)
    para(
        d,
        "Ratings use a 4 × 4 matrix: likelihood (1 Rare – 4 Likely) × impact (1 Minor – 4 Severe). "
        "Low 1–3, Medium 4–8, High 9–16.",
        size=8,
        after=6,
    )

    def band(s):
        return "Low" if s <= 3 else "Medium" if s <= 8 else "High"

    fill = {"Low": "C6EFCE", "Medium": "FFEB9C", "High": "FFC7CE"}
    groups = [
        (
            "Service delivery",
            [
                (
                    "CR01",
                    "Insufficient on-call firefighter availability during weekday daytime leads to appliances being unavailable "
                    "and longer attendance times in rural areas.",
                    "Area Manager, Response",
                    (4, 4),
                    (3, 4),
                    (2, 3),
                    "On-call support officers; day-crewing cover; recruitment campaign with local employers.",
                ),
                (
                    "CR02",
                    "Failure of the mobilising system at the joint control room delays the dispatch of resources.",
                    "Head of Control",
                    (3, 4),
                    (2, 4),
                    (1, 4),
                    "Fallback control at Wexley; tested every quarter; supplier support contract.",
                ),
                (
                    "CR03",
                    "Wildfires during prolonged hot weather exceed the Service's capacity to respond to other incidents.",
                    "Area Manager, Prevention",
                    (3, 3),
                    (3, 3),
                    (2, 3),
                    "Wildfire tactical advisers; national resilience assets; joint plans with landowners.",
                ),
            ],
        ),
        (
            "People",
            [
                (
                    "CR04",
                    "Loss of experienced middle managers through retirement leaves gaps in incident command competence.",
                    "Director of People",
                    (3, 3),
                    (2, 3),
                    (2, 2),
                    "Succession planning; command development programme; assessed exercises.",
                ),
                (
                    "CR05",
                    "Industrial action over the national pay offer reduces the availability of wholetime crews.",
                    "Chief Fire Officer",
                    (3, 4),
                    (3, 3),
                    (2, 3),
                    "Business continuity plans; engagement with representative bodies.",
                ),
            ],
        ),
        (
            "Finance and resources",
            [
                (
                    "CR06",
                    "Inflation in fuel, energy and pay costs exceeds the assumptions of the medium-term financial plan.",
                    "Treasurer",
                    (4, 3),
                    (4, 3),
                    (3, 2),
                    "Monthly budget monitoring; reserves strategy; savings programme.",
                ),
                (
                    "CR07",
                    "Delays in the national Emergency Services Network programme require the Service to extend its current radio contract at higher cost.",
                    "Head of ICT",
                    (3, 2),
                    (3, 2),
                    (2, 2),
                    "Contract extension negotiated; regional programme board.",
                ),
                (
                    "CR08",
                    "A cyber incident disables the Service's corporate systems and data.",
                    "Head of ICT",
                    (3, 4),
                    (2, 4),
                    (2, 3),
                    "Managed detection service; backups held off-site; staff training.",
                ),
            ],
        ),
    ]
    head = ["Ref", "Risk and consequence", "Owner", "Assessment", "L", "I", "Rating", "Controls in place"]
    nrows = 1 + sum(1 + 3 * len(rs) for _, rs in groups)
    t = d.add_table(rows=nrows, cols=len(head))
    borders(t, "grid", 4, "7F7F7F")
    for i, h in enumerate(head):
        cell_text(t.cell(0, i), h, bold=True, color="FFFFFF")
        shade(t.cell(0, i), "A6192E")
    repeat_header(t.rows[0])
    r = 1
    risks = []
    for obj, rs in groups:
        m = t.cell(r, 0).merge(t.cell(r, len(head) - 1))
        cell_text(m, obj.upper(), bold=True)
        shade(m, "F2F2F2")
        r += 1
        for ref, desc, own, inh, res, tgt, ctl in rs:
            ratings = []
            for k, (phase, label, (l, i)) in enumerate(
                [("inherent", "Inherent", inh), ("current", "Residual", res), ("target", "Target", tgt)]
            ):
                s = l * i
                cell_text(t.cell(r + k, 3), label)
                cell_text(t.cell(r + k, 4), str(l), align="c")
                cell_text(t.cell(r + k, 5), str(i), align="c")
                cell_text(t.cell(r + k, 6), f"{band(s)} ({s})", bold=True, align="c")
                shade(t.cell(r + k, 6), fill[band(s)])
                ratings.append(
                    {"phase": phase, "phase_text": label, "likelihood": l, "impact": i, "score": s, "register_date": RD}
                )
            for c, v in ((0, ref), (1, desc), (2, own), (7, ctl)):
                m = t.cell(r, c).merge(t.cell(r + 2, c))
                cell_text(m, v, bold=(c == 0))
            for k in range(3):
                no_split(t.rows[r + k])
            risks.append({"reference": ref, "objective": obj, "description": desc, "ratings": ratings})
            r += 3
    widths(t, [14, 50, 22, 20, 7, 7, 24, 36])
    docx_to_pdf(d, stem)
    write_gold(stem, attendance=[], agenda_items=[], decisions=[], actions=[], risks=risks)


# =====================================================================================
# 12. Calverdale OPFCC risk register – one Word table per risk (profile), 5x5 "4 x 4 = 16"
# =====================================================================================
def calverdale_risk_profiles():
    stem = "2020-12-Calverdale-OPFCC-risk-register"
    d = new_doc("Liberation Sans", 9.5, margins=18)
    header_text(
        d.sections[0],
        "Office of the Police, Fire and Crime Commissioner for Calverdale – Risk Register December 2020",
        7.5,
        "c",
    )
    footer_pages(d.sections[0], "", 8, "r", of=False)
    para(d, "OPFCC Risk Register – December 2020", bold=True, size=15, after=2)
    para(
        d,
        "Risks are scored on a 5 × 5 matrix (likelihood × impact). Each risk is reviewed by its owner at least quarterly; "
        "the date of the latest review is shown on each profile.",
        size=9,
        after=8,
    )
    profiles = [
        (
            "OPFCC-01",
            "Governance and accountability",
            "The PFCC is unable to hold the Chief Constable and the Chief Fire Officer to account effectively because of gaps in performance information.",
            "Chief Executive",
            (4, 4),
            (3, 3),
            (2, 3),
            "01/12/2020",
            "Accountability framework; performance reports to the Strategic Governance Board; HMICFRS reports reviewed.",
        ),
        (
            "OPFCC-02",
            "Governance and accountability",
            "Decisions of significant public interest are not published within the statutory timescales.",
            "Governance Manager",
            (3, 3),
            (2, 3),
            (1, 3),
            "01/12/2020",
            "Decision log; publication checklist; monthly compliance check.",
        ),
        (
            "OPFCC-03",
            "Finance",
            "Reductions in council tax collection and business rates caused by the pandemic reduce the precept income for 2021/22.",
            "Chief Finance Officer",
            (4, 4),
            (4, 3),
            (3, 3),
            "24/11/2020",
            "Collection fund modelling with billing authorities; use of the government's tax income guarantee.",
        ),
        (
            "OPFCC-04",
            "Finance",
            "The fire pension scheme remedy creates unfunded costs that fall on the fire revenue budget.",
            "Chief Finance Officer",
            (3, 4),
            (3, 4),
            (2, 3),
            "24/11/2020",
            "National lobbying through the Association of PCCs; earmarked reserve.",
        ),
        (
            "OPFCC-05",
            "Commissioning",
            "Providers of commissioned victims' services cannot maintain delivery because of staff shortages during the pandemic.",
            "Head of Commissioning",
            (4, 3),
            (3, 3),
            (2, 2),
            "30/11/2020",
            "Monthly contract monitoring; COVID-19 extraordinary funding; remote support models.",
        ),
        (
            "OPFCC-06",
            "Information management",
            "Personal data held by the Office is lost or disclosed without authority.",
            "Data Protection Officer",
            (3, 4),
            (2, 4),
            (2, 3),
            "27/11/2020",
            "Data protection training; secure email; information asset register.",
        ),
    ]
    risks = []
    for _n, (ref, theme, desc, own, inh, res, tgt, rev, ctl) in enumerate(profiles):
        t = d.add_table(rows=7, cols=4)
        borders(t, "grid", 6, "1F3A5F")
        top = t.cell(0, 0).merge(t.cell(0, 3))
        cell_text(top, f"{ref}   Theme: {theme}", bold=True, color="FFFFFF")
        shade(top, "1F3A5F")
        m = t.cell(1, 1).merge(t.cell(1, 3))
        cell_text(t.cell(1, 0), "Risk", bold=True)
        cell_text(m, desc)
        m = t.cell(2, 1).merge(t.cell(2, 3))
        cell_text(t.cell(2, 0), "Risk owner", bold=True)
        cell_text(m, own)
        cell_text(t.cell(3, 0), "", bold=True)
        for c, h in enumerate(["Inherent risk", "Residual risk", "Target risk"], 1):
            cell_text(t.cell(3, c), h, bold=True, align="c")
            shade(t.cell(3, c), "DCE6F1")
        cell_text(t.cell(4, 0), "Likelihood x Impact = Score", bold=True)
        ratings = []
        for c, (phase, label, (l, i)) in enumerate(
            [("inherent", "Inherent risk", inh), ("current", "Residual risk", res), ("target", "Target risk", tgt)], 1
        ):
            cell_text(t.cell(4, c), f"{l} x {i} = {l * i}", align="c")
            ratings.append(
                {
                    "phase": phase,
                    "phase_text": label,
                    "likelihood": l,
                    "impact": i,
                    "score": l * i,
                    "register_date": iso(rev),
                }
            )
        m = t.cell(5, 1).merge(t.cell(5, 3))
        cell_text(t.cell(5, 0), "Controls", bold=True)
        cell_text(m, ctl)
        m = t.cell(6, 1).merge(t.cell(6, 3))
        cell_text(t.cell(6, 0), "Date reviewed", bold=True)
        cell_text(m, rev)
        widths(t, [42, 44, 44, 44])
        for row in t.rows:
            no_split(row)
        para(d, "", after=10)
        risks.append({"reference": ref, "objective": theme, "description": desc, "ratings": ratings})
    docx_to_pdf(d, stem)
    write_gold(stem, attendance=[], agenda_items=[], decisions=[], actions=[], risks=risks)


# =====================================================================================
# 6. Skelbrooke Joint Audit Committee pack, 26 January 2022 (long pack)
# =====================================================================================
def skelbrooke_jac_pack():
    stem = "2022-01-26-Skelbrooke-Joint-Audit-Committee-pack"
    A, M = "2022-01-26", "2021-10-20"
    d = new_doc("DejaVu Serif", 10, margins=20)
    footer_pages(d.sections[0], "Skelbrooke Joint Audit Committee – 26 January 2022 – ", 8, "c")
    # ---- cover
    for _ in range(6):
        para(d, "")
    para(
        d,
        "Police and Crime Commissioner for Skelbrooke and Chief Constable of Skelbrooke Constabulary",
        size=11,
        align="c",
    )
    para(d, "SKELBROOKE JOINT AUDIT COMMITTEE", bold=True, size=20, align="c", before=12, after=12, color="2F5496")
    para(d, "Wednesday 26 January 2022 at 10.00am", size=13, align="c")
    para(d, "Committee Room 1, Skelbrooke Police Headquarters, Ferrier Road, Abbotsleigh", size=11, align="c")
    para(
        d,
        "Members and officers may attend in person or join via Microsoft Teams",
        italic=True,
        size=10,
        align="c",
        after=30,
    )
    para(d, "AGENDA AND PAPERS", bold=True, size=14, align="c")
    para(d, "Enquiries: Committee Secretary, OPCC – committee@skelbrooke-pcc.example", size=9, align="c", before=60)
    page_break(d)
    # ---- agenda
    para(d, "AGENDA", bold=True, size=14, after=6, color="2F5496")
    items = [
        ("1", "Apologies and declarations of interest", "Chair", ""),
        ("2", "Minutes of the meeting held on 20 October 2021", "Chair", "Paper A"),
        ("3", "Action log", "Chief Finance Officer (OPCC)", "Paper B"),
        ("4", "External audit: audit completion report 2020/21", "Hamish Rennie, Benbow & Pike LLP", "Verbal"),
        ("5", "Internal audit progress report 2021/22", "Internal Audit Manager", "Paper C"),
        ("6", "Follow-up review: firearms licensing", "Internal Audit Manager", "To follow"),
        ("7", "Treasury management mid-year review 2021/22", "Director of Finance", "Paper D"),
        ("8", "Strategic risk deep dive: digital forensics backlog", "Deputy Chief Constable", "Presentation"),
        ("9", "Any other business", "Chair", ""),
        ("10", "Date of next meeting: Wednesday 20 April 2022 at 10.00am", "", ""),
    ]
    t = d.add_table(rows=len(items) + 1, cols=4)
    borders(t, "hrules", 6, "2F5496")
    for c, h in enumerate(["Item", "Subject", "Lead", "Paper"]):
        cell_text(t.cell(0, c), h, bold=True)
    for r, (no, ti, lead, pap) in enumerate(items, 1):
        for c, v in enumerate([no, ti, lead, pap]):
            cell_text(t.cell(r, c), v)
    widths(t, [12, 88, 50, 22])
    para(d, "")
    para(
        d,
        "Items 1 to 9 are open to the public. The Committee may resolve to exclude the public for any item that "
        "involves exempt information.",
        size=9,
        italic=True,
    )
    agenda = []
    for no, ti, lead, pap in items:
        a = {"meeting_date": A, "item_number": no, "title": ti}
        if lead:
            a["presenter_text"] = lead
        agenda.append(a)
    page_break(d)
    # ---- Paper A: minutes of 20 October 2021
    para(d, "Paper A", bold=True, size=9, align="r", color="808080")
    para(d, "SKELBROOKE JOINT AUDIT COMMITTEE", bold=True, size=13, after=0)
    para(
        d,
        "Minutes of the meeting held on Wednesday 20 October 2021 at 10.00am in Committee Room 1, Skelbrooke Police "
        "Headquarters (hybrid meeting)",
        size=10,
        after=2,
    )
    para(d, "UNCONFIRMED – to be approved at the next meeting", bold=True, size=9, color="C00000", after=6)
    groups = [
        (
            "Members",
            "member",
            [
                ("Penelope Marchetti", "Independent Member (Chair)"),
                ("Leonard Abara", "Independent Member"),
                ("Vivek Anand", "Independent Member"),
            ],
        ),
        (
            "Officers",
            "in_attendance",
            [
                ("Deborah Lyle", "Chief Executive, OPCC"),
                ("Graham Pettifer", "Chief Finance Officer, OPCC"),
                ("Jonathan Rix", "Deputy Chief Constable"),
                ("Anil Mistry", "Director of Finance, Skelbrooke Constabulary"),
            ],
        ),
        (
            "Also present",
            "in_attendance",
            [
                ("Eleanor Fitch", "Internal Audit Manager, Carrick Assurance"),
                ("Hamish Rennie", "Audit Director, Benbow & Pike LLP"),
                ("Joel Standish", "Committee Secretary (minutes)"),
            ],
        ),
        ("Apologies", "apologies", [("Catriona Whyte", "Independent Member")]),
    ]
    nrows = sum(1 + len(g[2]) for g in groups)
    t = d.add_table(rows=nrows, cols=2)
    borders(t, "grid", 4, "A6A6A6")
    r = 0
    attendance = []
    for head, kind, rows in groups:
        m = t.cell(r, 0).merge(t.cell(r, 1))
        cell_text(m, head, bold=True)
        shade(m, "D9E2F3")
        r += 1
        for n, role in rows:
            cell_text(t.cell(r, 0), n)
            cell_text(t.cell(r, 1), role)
            r += 1
            attendance.append(att(M, n, kind, role))
    widths(t, [60, 110])
    para(d, "")
    decisions, minuted = [], {}

    def mh(no, title):
        para(d, f"{no}.  {title}", bold=True, before=8, after=3)

    def mp(no, text, dtype=None, act=None):
        p = para(d, "", align="j")
        run(p, f"{no}\t")
        run(p, text)
        p.paragraph_format.left_indent = Mm(12)
        p.paragraph_format.first_line_indent = Mm(-12)
        if dtype:
            decisions.append({"meeting_date": M, "item_number": no, "decision_type": dtype, "text": text})

    def ma(no, item, text):
        p = para(d, "", align="j")
        run(p, f"{no}\t")
        run(p, "ACTION: ", bold=True)
        run(p, text, bold=True)
        p.paragraph_format.left_indent = Mm(12)
        p.paragraph_format.first_line_indent = Mm(-12)
        minuted[no] = (text, item)

    mh("1", "Apologies and declarations of interest")
    mp("1.1", "Apologies were received from Catriona Whyte. No interests were declared.")
    mh("2", "Minutes of the meeting held on 21 July 2021")
    mp("2.1", "The Committee approved the minutes of the meeting held on 21 July 2021 as a correct record.", "approved")
    mh("3", "Action log")
    mp("3.1", "The Committee noted the updates and agreed to close actions JAC/21/09 and JAC/21/11.", "agreed")
    mh("4", "Internal audit progress report")
    mp(
        "4.1",
        "Eleanor Fitch reported that six of the fourteen audits in the 2021/22 plan had been completed. The review of "
        "firearms licensing had received limited assurance because renewal applications were not being processed "
        "within the statutory period.",
    )
    mp("4.2", "The Committee noted the progress report.", "noted")
    ma("4.3", "4", "Internal Audit Manager to bring the follow-up review of firearms licensing to the January meeting.")
    mh("5", "External audit update")
    mp(
        "5.1",
        "Hamish Rennie explained that the national shortage of audit staff meant the opinion on the 2020/21 accounts "
        "would not be issued by the target date of 30 September 2021.",
    )
    mp("5.2", "The Committee noted that the audit opinion for 2020/21 would be delayed until December 2021.", "noted")
    ma(
        "5.3",
        "5",
        "Chief Finance Officer (OPCC) to confirm the revised date for the 2020/21 audit opinion with the auditor.",
    )
    mh("6", "Strategic risk management")
    mp(
        "6.1",
        "The Deputy Chief Constable presented the refreshed risk management framework, which introduces a 5 × 5 "
        "scoring matrix in place of the previous 4 × 4 matrix.",
    )
    mp("6.2", "The Committee endorsed the proposed changes to the risk scoring matrix.", "endorsed")
    ma("6.3", "6", "DCC to present a deep dive on the digital forensics backlog risk at the next meeting.")
    mh("7", "Treasury management")
    mp("7.1", "The Director of Finance proposed raising the counterparty limit for money market funds from £5m to £8m.")
    mp(
        "7.2",
        "The Committee agreed to recommend the revised counterparty limits to the Commissioner for approval.",
        "agreed",
    )
    mh("8", "Any other business")
    mp(
        "8.1",
        "The Chair noted that this was the last meeting for Vivek Anand and thanked him for six years of service.",
    )
    mp("8.2", "The meeting closed at 12.35pm.")
    page_break(d)
    # ---- Paper B: action log
    para(d, "Paper B", bold=True, size=9, align="r", color="808080")
    para(d, "Joint Audit Committee – Action Log (as at 17 January 2022)", bold=True, size=13, after=6)
    log = [
        (
            "JAC/21/12",
            "21/07/21",
            "4.4",
            "Review the effectiveness of the Committee against the CIPFA guidance and report the results.",
            "Chief Executive (OPCC)",
            "Q4 2021/22",
            "Ongoing",
            None,
        ),
        (
            "JAC/21/13",
            "21/07/21",
            "6.2",
            "Circulate the updated anti-fraud and corruption policy to members.",
            "Director of Finance",
            "31/08/2021",
            "Closed",
            None,
        ),
        (
            "JAC/21/14",
            "21/07/21",
            "7.1",
            "Present the annual report on the whistleblowing procedure.",
            "Chief Executive (OPCC)",
            "20/10/2021",
            "Closed",
            None,
        ),
        (
            "JAC/21/15",
            "20/10/21",
            "4.3",
            "Bring the follow-up review of firearms licensing to the January meeting.",
            "Internal Audit Manager",
            "26/01/2022",
            "Ongoing",
            "4.3",
        ),
        (
            "JAC/21/16",
            "20/10/21",
            "5.3",
            "Confirm the revised date for the 2020/21 audit opinion with the auditor.",
            "CFO (OPCC)",
            "TBC",
            "Closed",
            "5.3",
        ),
        (
            "JAC/21/17",
            "20/10/21",
            "6.3",
            "Present a deep dive on the digital forensics backlog risk.",
            "DCC",
            "26/01/2022",
            "Open",
            "6.3",
        ),
    ]
    owners = {
        "Chief Executive (OPCC)": ["Chief Executive"],
        "Director of Finance": ["Director of Finance"],
        "Internal Audit Manager": ["Internal Audit Manager"],
        "CFO (OPCC)": ["Chief Finance Officer"],
        "DCC": ["Deputy Chief Constable"],
    }
    head = ["Ref", "Meeting", "Minute", "Action", "Owner", "Due", "Status"]
    t = d.add_table(rows=len(log) + 1, cols=7)
    borders(t, "grid", 4, "404040")
    for c, h in enumerate(head):
        cell_text(t.cell(0, c), h, bold=True, size=9)
        shade(t.cell(0, c), "D9E2F3")
    repeat_header(t.rows[0])
    actions = []
    for r, (ref, meet, mn, desc, own, due, st, link) in enumerate(log, 1):
        for c, v in enumerate([ref, meet, mn, desc, own, due, st]):
            cell_text(t.cell(r, c), v, size=9)
        if link:
            desc = minuted[link][0]
        actions.append(
            action(
                desc,
                owners[own],
                own,
                due,
                "closed" if st == "Closed" else "open",
                number=ref,
                raised=iso(meet),
                item=mn,
            )
        )
    widths(t, [20, 20, 14, 46, 28, 25, 17])
    para(d, "")
    para(
        d,
        "The revised date for the 2020/21 audit opinion was confirmed by the auditor on 29 November 2021; the opinion was "
        "issued on 14 December 2021.",
        size=9,
    )
    page_break(d)
    # ---- Paper C: internal audit progress report (not a record)
    para(d, "Paper C", bold=True, size=9, align="r", color="808080")
    para(d, "Internal Audit Progress Report 2021/22", bold=True, size=14, after=2)
    para(d, "Report of the Internal Audit Manager, Carrick Assurance – January 2022", italic=True, after=8)
    sections = [
        (
            "1. Introduction",
            [
                "This report summarises the work completed by internal audit since the Committee's meeting in October 2021 and "
                "the progress made by management in implementing agreed recommendations. It also sets out proposed changes to the "
                "2021/22 internal audit plan arising from the continuing effects of the pandemic on some services.",
                "Internal audit is delivered under a shared arrangement for the Commissioner and the Chief Constable. The plan was "
                "approved by the Committee in April 2021 and comprises 14 reviews and 210 days of audit work.",
            ],
        ),
        (
            "2. Recommendation",
            [
                "The Committee is asked to note the progress made against the 2021/22 plan and to approve the deferral of the "
                "review of fleet management to 2022/23."
            ],
        ),
        (
            "3. Progress against the plan",
            [
                "Nine reviews have now been finalised, two are at the draft report stage and three are due to begin in February. "
                "The table below shows the assurance opinion for each finalised review."
            ],
        ),
    ]
    for h, ps in sections:
        para(d, h, bold=True, before=8, after=3, color="2F5496")
        for x in ps:
            para(d, x, align="j")
    audits = [
        ("Payroll", "Substantial", "0", "1", "2"),
        ("Firearms licensing", "Limited", "2", "3", "1"),
        ("Seized property", "Reasonable", "0", "2", "2"),
        ("Procurement cards", "Reasonable", "0", "1", "3"),
        ("Commissioning of victims' services", "Substantial", "0", "0", "1"),
        ("Cyber security", "Reasonable", "0", "2", "1"),
        ("Overtime and allowances", "Reasonable", "0", "3", "0"),
        ("Estates maintenance", "Limited", "1", "2", "2"),
        ("Risk management", "Substantial", "0", "0", "2"),
    ]
    t = d.add_table(rows=len(audits) + 1, cols=5)
    borders(t, "grid", 4, "808080")
    for c, h in enumerate(["Review", "Assurance", "High", "Medium", "Low"]):
        cell_text(t.cell(0, c), h, bold=True)
        shade(t.cell(0, c), "E7E6E6")
    for r, row in enumerate(audits, 1):
        for c, v in enumerate(row):
            cell_text(t.cell(r, c), v, align="c" if c > 1 else None)
    widths(t, [70, 35, 20, 20, 20])
    more = [
        (
            "4. Limited assurance reviews",
            [
                "Firearms licensing: the backlog of renewal applications had grown to 412 at the time of the review, and 37 "
                "certificates had expired before renewal. Temporary permits were being issued, but the process for recording them "
                "was not consistent across the two licensing teams. Management has agreed to recruit two additional licensing "
                "officers and to introduce a single tracking spreadsheet pending the national system upgrade.",
                "Estates maintenance: planned maintenance schedules were not in place for six of the eleven operational sites, and "
                "the contract for reactive repairs had been extended twice without a formal waiver. A re-procurement exercise is "
                "scheduled for the first quarter of 2022/23.",
            ],
        ),
        (
            "5. Implementation of recommendations",
            [
                "Of the 48 recommendations due for implementation by 31 December 2021, 39 (81%) have been implemented, six are "
                "in progress with revised dates agreed, and three are overdue without a revised date. The overdue recommendations "
                "all relate to the records retention schedule and are being addressed through the information management board.",
                "Management responses to follow-up testing have generally been timely. Internal audit will continue to report "
                "any recommendation that is more than six months overdue to the Committee by exception.",
            ],
        ),
        (
            "6. Changes to the plan",
            [
                "Management has asked that the review of fleet management be deferred to 2022/23 because the new telematics system "
                "will not be fully installed until March. The days released will be used for additional follow-up work on firearms "
                "licensing and for advisory support on the replacement command and control system.",
                "The change does not affect the ability of internal audit to give an annual opinion for 2021/22.",
            ],
        ),
        (
            "7. Performance of the internal audit service",
            [
                "Client satisfaction questionnaires returned in the year give an average score of 4.4 out of 5. All draft reports "
                "were issued within ten working days of the close of fieldwork, against a target of 90%."
            ],
        ),
    ]
    for h, ps in more:
        para(d, h, bold=True, before=8, after=3, color="2F5496")
        for x in ps:
            para(d, x, align="j")
    page_break(d)
    # ---- Paper D: treasury management mid-year review (not a record)
    para(d, "Paper D", bold=True, size=9, align="r", color="808080")
    para(d, "Treasury Management Mid-Year Review 2021/22", bold=True, size=14, after=2)
    para(d, "Report of the Director of Finance and the Chief Finance Officer (OPCC)", italic=True, after=8)
    tm = [
        (
            "1. Purpose",
            [
                "This report reviews treasury management activity for the six months to 30 September 2021, as "
                "required by the CIPFA Code of Practice on Treasury Management."
            ],
        ),
        ("2. Recommendation", ["The Committee is asked to note the report and to recommend it to the Commissioner."]),
        (
            "3. Economic background",
            [
                "Bank Rate remained at 0.1% throughout the period. Inflation rose to 3.1% in September, and markets expect the "
                "first increase in Bank Rate before the end of the financial year. Returns on short-term deposits remained "
                "very low, and the Commissioner's investments continued to prioritise security and liquidity over yield.",
                "The Public Works Loan Board's lending terms were unchanged during the period. No new long-term borrowing was "
                "taken, and the capital programme continued to be financed from internal resources where possible.",
            ],
        ),
        (
            "4. Investments and borrowing",
            ["The table below summarises the position at 30 September 2021 compared with 31 March 2021."],
        ),
    ]
    for h, ps in tm:
        para(d, h, bold=True, before=8, after=3, color="2F5496")
        for x in ps:
            para(d, x, align="j")
    rows = [
        ("Money market funds", "12.4", "18.9"),
        ("Debt Management Office", "6.0", "4.0"),
        ("Local authorities", "5.0", "7.5"),
        ("Total investments", "23.4", "30.4"),
        ("PWLB loans", "(21.6)", "(21.1)"),
        ("Net investments", "1.8", "9.3"),
    ]
    t = d.add_table(rows=len(rows) + 1, cols=3)
    borders(t, "hrules", 4, "404040")
    for c, h in enumerate(["£m", "31 March 2021", "30 September 2021"]):
        cell_text(t.cell(0, c), h, bold=True)
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row):
            cell_text(t.cell(r, c), v, bold=row[0].startswith(("Total", "Net")))
    widths(t, [80, 40, 40])
    tm2 = [
        (
            "5. Prudential indicators",
            [
                "All prudential and treasury indicators were complied with during the period. The operational boundary for "
                "external debt of £32m and the authorised limit of £38m were not approached. The maturity structure of "
                "borrowing remains within the limits set in the strategy.",
                "The higher cash balance reflects the timing of the police pension grant and the slippage of £4.1m in the "
                "capital programme, principally on the replacement command and control system and the Abbotsleigh custody "
                "refurbishment.",
            ],
        ),
        (
            "6. Counterparty limits",
            [
                "Following the Committee's discussion in October, the limit for individual money market funds has been raised "
                "from £5m to £8m with effect from 1 November 2021. The change allows a larger share of balances to be held in "
                "same-day access funds with AAA credit ratings, reducing the need to use the Debt Management Office account.",
                "Officers will keep the list of approved counterparties under review and report any changes to the Committee.",
            ],
        ),
        (
            "7. Outlook",
            [
                "Cash balances are expected to fall to around £15m by 31 March 2022 as capital spending catches up and the "
                "pension grant is used. The 2022/23 treasury management strategy will be presented to the Committee in April "
                "alongside the capital strategy.",
                "There are no equality, human rights or environmental implications arising from this report.",
            ],
        ),
    ]
    for h, ps in tm2:
        para(d, h, bold=True, before=8, after=3, color="2F5496")
        for x in ps:
            para(d, x, align="j")
    page_break(d)
    # ---- Paper E: work programme (not a record)
    para(d, "Paper E", bold=True, size=9, align="r", color="808080")
    para(d, "Joint Audit Committee – Work Programme 2022", bold=True, size=14, after=6)
    para(
        d,
        "The programme below is reviewed at each meeting. Items may move between meetings where reports are not ready.",
        align="j",
        after=6,
    )
    wp = [
        (
            "20 April 2022",
            "Internal audit plan 2022/23; external audit plan 2021/22; treasury management strategy 2022/23; "
            "strategic risk registers",
        ),
        (
            "20 July 2022",
            "Draft statements of accounts 2021/22; annual governance statements; internal audit annual report "
            "and opinion; Committee annual report",
        ),
        (
            "19 October 2022",
            "Audit completion report 2021/22; counter-fraud annual report; whistleblowing annual report; "
            "strategic risk deep dive (to be chosen)",
        ),
        (
            "25 January 2023",
            "Treasury management mid-year review 2022/23; internal audit progress report; Committee "
            "self-assessment against the CIPFA position statement",
        ),
    ]
    t = d.add_table(rows=len(wp) + 1, cols=2)
    borders(t, "grid", 4, "808080")
    cell_text(t.cell(0, 0), "Meeting", bold=True)
    cell_text(t.cell(0, 1), "Planned business", bold=True)
    shade(t.cell(0, 0), "E7E6E6")
    shade(t.cell(0, 1), "E7E6E6")
    for r, (a, b) in enumerate(wp, 1):
        cell_text(t.cell(r, 0), a)
        cell_text(t.cell(r, 1), b)
    widths(t, [40, 130])
    para(d, "")
    para(
        d,
        "Private meetings of members with the internal and external auditors are held before the April and October "
        "meetings.",
        size=9,
        italic=True,
    )
    docx_to_pdf(d, stem)
    # minuted actions without a log row: none (all three appear in the log)
    write_gold(
        stem,
        meetings=[
            {
                "body": "Skelbrooke Joint Audit Committee",
                "meeting_date": A,
                "start_time": "10:00",
                "location": "Committee Room 1, Skelbrooke Police Headquarters, Ferrier Road, Abbotsleigh",
                "minutes_status": None,
            },
            {
                "body": "Skelbrooke Joint Audit Committee",
                "meeting_date": M,
                "start_time": "10:00",
                "location": "Committee Room 1, Skelbrooke Police Headquarters",
                "minutes_status": "draft",
            },
        ],
        attendance=attendance,
        agenda_items=agenda,
        decisions=decisions,
        actions=actions,
        risks=[],
    )


def build_all():
    skelbrooke_board_notes()
    hallamere_pcp_minutes()
    wyvernshire_action_log()
    hallamere_frs_register()
    calverdale_risk_profiles()
    skelbrooke_jac_pack()
