"""2015-10-20 Haverleigh Fire and Rescue Authority agenda — Word summons with membership and an agenda table."""

import dx
from lib import docx_to_pdf, fixed_core, write_gold

NAME = "2015-10-20-Haverleigh-Fire-Authority-agenda.pdf"
DATE = "2015-10-20"
BODY = "Haverleigh Fire and Rescue Authority"
LOCATION = "Committee Room 1, Fire and Rescue Service Headquarters, Quarry Lane, Barnstow"

MEMBERS = [
    "Councillor Edwin Sharrock (Chairman)",
    "Councillor Moira Blenkin (Vice-Chairman)",
    "Councillor Alan Dacre",
    "Councillor Rehana Iqbal",
    "Councillor Peter Lumb",
    "Councillor Gwen Tasker",
    "Councillor Stuart Whitlow",
    "Councillor Yvonne Crabtree",
    "Councillor Desmond Fairley",
    "Councillor Nadia Kowalczyk",
]

ITEMS = [
    ("1.", "Apologies for absence", None),
    (
        "2.",
        "Declarations of interest",
        "Members are asked to declare any disclosable pecuniary or other interests in items on this agenda.",
    ),
    ("3.", "Chairman’s announcements", None),
    ("4.", "Minutes of the meeting held on 21 July 2015", "To confirm the minutes as a correct record. (Pages 3 – 10)"),
    ("5.", "Questions from members of the public", None),
    ("6.", "Medium Term Financial Plan 2016/17 to 2019/20", "Report of the Treasurer (Pages 11 – 24)"),
    (
        "7.",
        "Integrated Risk Management Plan – outcome of consultation",
        "Report of the Chief Fire Officer (Pages 25 – 40)",
    ),
    ("8.", "Service performance – Quarter 1 2015/16", "Report of the Assistant Chief Fire Officer (Pages 41 – 52)"),
    (
        "9.",
        "Co-location with Haverleigh Police at Barnstow fire station",
        "Joint report of the Chief Fire Officer and the Clerk (Pages 53 – 60)",
    ),
    (
        "10.",
        "Exclusion of the press and public",
        "To resolve that the press and public be excluded for the following item under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.",
    ),
    ("11.", "Senior management restructure (exempt)", "Report of the Chief Fire Officer (Pages 61 – 70)"),
]


def presenter(desc):
    if desc and desc.startswith(("Report of", "Joint report of")):
        return desc.split(" (Pages")[0]
    return None


def build(out_dir, tmp_dir):
    doc = dx.new_doc(font="Liberation Sans", size=11, margins_cm=2.3)
    fixed_core(doc, "Fire Authority agenda")
    sec = doc.sections[0]
    dx.footer_page_x_of_y(sec, prefix="", size=9)
    dx.para(doc, "HAVERLEIGH FIRE AND RESCUE AUTHORITY", bold=True, size=15, color="C00000", space_after=0)
    dx.para(doc, "Clerk to the Authority: Geraldine Pask LLB", size=9, space_after=0)
    dx.para(doc, "Service Headquarters, Quarry Lane, Barnstow BW4 7QL", size=9, space_after=12)
    dx.para(doc, "Date of issue: 9 October 2015", size=10, align="right")
    dx.para(doc, "To: Members of the Fire and Rescue Authority", size=10)
    dx.para(doc, "Dear Member,", size=11)
    dx.para(
        doc,
        "You are summoned to attend a meeting of the Haverleigh Fire and Rescue Authority to be held on "
        "Tuesday 20 October 2015 at 10.30 am in " + LOCATION + ", to transact the business set out in the "
        "agenda below.",
        align="justify",
    )
    dx.para(doc, "Yours sincerely,")
    dx.para(doc, "Geraldine Pask", bold=True, space_after=0)
    dx.para(doc, "Clerk to the Authority", space_after=10)
    dx.para(doc, "Membership", bold=True, size=11)
    t = doc.add_table(rows=5, cols=2)
    for i, m in enumerate(MEMBERS):
        dx.cell_text(t.rows[i % 5].cells[i // 5], m, size=10)
    dx.col_widths(t, [8.0, 8.0])
    dx.para(doc, "")
    dx.para(doc, "Enquiries to: Martin Ogden, Democratic Services, telephone 01632 960 418", size=9, italic=True)
    doc.add_page_break()

    dx.para(doc, "AGENDA", bold=True, size=14, align="center")
    dx.para(doc, "PART 1 – ITEMS TO BE CONSIDERED IN PUBLIC", bold=True, size=11)
    agenda = []
    tbl = doc.add_table(rows=0, cols=2)
    dx.borders(tbl, sz=2, color="BFBFBF", inside_v=False, outer=False)
    for num, title, desc in ITEMS:
        if num == "11.":
            r = tbl.add_row()
            c = r.cells[0].merge(r.cells[1])
            dx.cell_text(c, "PART 2 – ITEM LIKELY TO BE CONSIDERED IN PRIVATE", bold=True)
        r = tbl.add_row()
        dx.cell_text(r.cells[0], num, bold=True)
        dx.cell_text(r.cells[1], title, bold=True)
        if desc:
            q = r.cells[1].add_paragraph()
            dx.run(q, desc, italic=True, size=10)
        item = {"meeting_date": DATE, "item_number": num.rstrip("."), "title": title}
        pr = presenter(desc)
        if pr:
            item["presenter_text"] = pr
        agenda.append(item)
    dx.col_widths(tbl, [1.5, 14.5])
    dx.para(doc, "")
    dx.para(doc, "Date of next meeting: Tuesday 15 December 2015 at 10.30 am.", size=10)

    tmp = tmp_dir / NAME.replace(".pdf", ".docx")
    doc.save(tmp)
    docx_to_pdf(tmp, out_dir)
    write_gold(
        NAME,
        "agenda",
        meetings=[
            {"body": BODY, "meeting_date": DATE, "start_time": "10:30", "location": LOCATION, "minutes_status": None}
        ],
        agenda_items=agenda,
    )
