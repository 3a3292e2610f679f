"""Tamsford Joint Audit Committee agenda pack (long): cover page; agenda table (Item · Subject · Lead · Paper ·
Purpose); item cover sheets before each paper; Paper A draft minutes of 16 July 2024 (bulleted attendance with
initials, "JAC 24/33" numbering, "Action:" lines); Paper B action tracker in a landscape section (Ref · Date
raised · Minute · Action · Owner · Due · Update · RAG), carrying three of the minuted actions; Paper C internal
audit progress report and Paper D treasury mid-year review, which hold no records. python-docx + LibreOffice,
Liberation Sans 10 pt with Heading styles, headers and footers."""

from common import *
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor

STEM = "2024-10-15-Tamsford-Joint-Audit-Committee-pack"
BODY = "Tamsford Joint Audit Committee"
DATE = "2024-10-15"
LOC = "Board Room, Tamsford Police Headquarters, Ledger Lane, Ormsby Cross"
PREV = "2024-07-16"
PREV_LOC = "Board Room, Tamsford Police Headquarters"

AGENDA = [  # item, subject, lead, paper, purpose
    ("1", "Welcome and apologies", "Chair", "–", "–"),
    ("2", "Declarations of interest", "Chair", "–", "–"),
    ("3", "Minutes of the meeting held on 16 July 2024", "Chair", "A", "Decision"),
    ("4", "Action tracker", "OPCC Chief Finance Officer", "B", "Information"),
    ("5", "Internal audit progress report 2024/25", "Head of Internal Audit", "C", "Assurance"),
    ("6", "Treasury management mid-year review 2024/25", "Force Director of Finance", "D", "Assurance"),
    ("7", "External audit update", "Pellingham Mace LLP", "Verbal", "Information"),
    ("8", "Strategic risk registers (to follow)", "OPCC Chief Executive and Deputy Chief Constable", "E", "Assurance"),
    ("9", "Any other business", "Chair", "–", "–"),
    ("10", "Date of next meeting: Tuesday 21 January 2025 at 10:00", "", "", ""),
]

PRESENT = [
    ("Margaret Oyelaran", "MO", "Independent Member (Chair)"),
    ("Hugh Dalrymple", "HD", "Independent Member"),
    ("Ceri Vaughan", "CV", "Independent Member"),
]
ATTENDING = [
    ("Ruth Abernethy", "RA", "Chief Executive, OPCC"),
    ("Declan Moss", "DM", "Chief Finance Officer, OPCC"),
    ("DCC Imran Siddiqui", "IS", "Deputy Chief Constable"),
    ("Petra Holm", "PH", "Director of Finance, Tamsford Police"),
    ("Keith Ansell", "KA", "Head of Internal Audit, Midshires Audit Partnership"),
    ("Laura Quince", "LQ", "Audit Director, Pellingham Mace LLP"),
]
APOLOGIES = [("Gordon Tully", "Independent Member"), ("Chief Constable Elaine Spurway", "Chief Constable")]
GOLDNAME = {"DCC Imran Siddiqui": "Imran Siddiqui", "Chief Constable Elaine Spurway": "Elaine Spurway"}

# minutes: (number, heading, parts) parts: ("p", text) ("d", type, text) ("a", desc, tracker ref)
MINUTES = [
    (
        "24/31",
        "Welcome and apologies",
        [
            ("p", "The Chair welcomed members and officers. Apologies were received as listed above."),
        ],
    ),
    ("24/32", "Declarations of interest", [("p", "None.")]),
    (
        "24/33",
        "Minutes of the meeting held on 23 April 2024",
        [
            (
                "d",
                "approved",
                "The Committee approved the minutes of the meeting held on 23 April 2024 as an accurate record.",
            ),
        ],
    ),
    (
        "24/34",
        "Action tracker",
        [
            ("p", "DM reported that actions JAC/24/02 and JAC/24/05 had been completed."),
            (
                "d",
                "agreed",
                "The Committee noted the action tracker and agreed that actions JAC/24/02 and JAC/24/05 be closed.",
            ),
        ],
    ),
    (
        "24/35",
        "Internal audit annual report and opinion 2023/24",
        [
            (
                "p",
                "KA presented the annual report. Fourteen reviews were completed; twelve received substantial or "
                "reasonable assurance. The overall opinion is reasonable assurance.",
            ),
            (
                "p",
                "HD asked about the recurring weaknesses in overtime authorisation. PH explained that the new duty "
                "management system would enforce approval before payment from November.",
            ),
            (
                "d",
                "noted",
                "The Committee noted the internal audit annual opinion for 2023/24 of reasonable assurance.",
            ),
            (
                "a",
                "Head of Internal Audit to add a review of overtime authorisation to the 2024/25 internal audit plan.",
                "JAC/24/09",
            ),
        ],
    ),
    (
        "24/36",
        "Draft statements of accounts and Annual Governance Statements 2023/24",
        [
            ("p", "DM and PH introduced the draft statements. LQ confirmed that the audit would begin in September."),
            (
                "d",
                "endorsed",
                "The Committee endorsed the draft Annual Governance Statements of the Commissioner and the "
                "Chief Constable.",
            ),
            (
                "a",
                "OPCC CFO and Director of Finance to circulate the draft statements of accounts to members by 31 July 2024.",
                "JAC/24/10",
            ),
        ],
    ),
    (
        "24/37",
        "Committee annual report",
        [
            (
                "d",
                "delegated",
                "The Committee delegated to the Chair the finalisation of its annual report to the "
                "Commissioner and the Chief Constable.",
            ),
        ],
    ),
    (
        "24/38",
        "Any other business",
        [
            ("p", "CV suggested that members would benefit from a refresher on the risk management framework."),
            ("a", "OPCC Chief Executive to arrange a risk management training session for members.", "JAC/24/11"),
        ],
    ),
]

# tracker: ref, raised text, iso, minute, action, owner text, owners, due text, due iso, update, rag
TRACKER = [
    (
        "JAC/24/02",
        "23/01/2024",
        "2024-01-23",
        "24/04",
        "Review the assurance map for collaborated services.",
        "DCC",
        ["Deputy Chief Constable"],
        "30/04/2024",
        "2024-04-30",
        "Assurance map presented in July. Closed at the July meeting.",
        "Complete",
    ),
    (
        "JAC/24/05",
        "23/04/2024",
        "2024-04-23",
        "24/19",
        "Provide benchmarking of the external audit fee against peer forces.",
        "OPCC CFO",
        ["Chief Finance Officer"],
        "16/07/2024",
        "2024-07-16",
        "Circulated 2 July 2024. Closed at the July meeting.",
        "Complete",
    ),
    (
        "JAC/24/06",
        "23/04/2024",
        "2024-04-23",
        "24/21",
        "Report progress on data migration to the new duty management system.",
        "Director of Finance",
        ["Director of Finance"],
        "16/07/2024 revised to 15/10/2024",
        "2024-10-15",
        "Migration testing slipped by six weeks; update at this meeting.",
        "Amber",
    ),
    (
        "JAC/24/07",
        "23/04/2024",
        "2024-04-23",
        "24/22",
        "Confirm the disposal arrangements for end-of-life mobile devices.",
        "ACC",
        ["Assistant Chief Constable"],
        "Q3 2024/25",
        None,
        "Contract for secure disposal not yet let.",
        "Red",
    ),
    (
        "JAC/24/08",
        "23/04/2024",
        "2024-04-23",
        "24/24",
        "Present the findings of the cyber incident response exercise.",
        "Head of Digital Services",
        ["Head of Digital Services"],
        "TBC",
        None,
        "Exercise held 3 October; report in preparation.",
        "Green",
    ),
    (
        "JAC/24/09",
        "16/07/2024",
        "2024-07-16",
        "24/35",
        "Add a review of overtime authorisation to the 2024/25 internal audit plan.",
        "Head of Internal Audit",
        ["Head of Internal Audit"],
        "15/10/2024",
        "2024-10-15",
        "Added to Q4 of the plan (Paper C).",
        "Complete",
    ),
    (
        "JAC/24/10",
        "16/07/2024",
        "2024-07-16",
        "24/36",
        "Circulate the draft statements of accounts to members by 31 July 2024.",
        "OPCC CFO / Director of Finance",
        ["Chief Finance Officer", "Director of Finance"],
        "31/07/2024",
        "2024-07-31",
        "Circulated 30 July 2024.",
        "Complete",
    ),
    (
        "JAC/24/11",
        "16/07/2024",
        "2024-07-16",
        "24/38",
        "Arrange a risk management training session for members.",
        "OPCC Chief Executive",
        ["Chief Executive"],
        "November 2024",
        None,
        "Session booked for 19 November 2024.",
        "Green",
    ),
]
RAGFILL = {"Red": "FF6F6F", "Amber": "FFC000", "Green": "8FD16A", "Complete": "9DC3E6"}

IA_AUDITS = [
    ("Payroll", "Final", "Substantial", "0 / 0 / 1"),
    ("Seized property follow-up", "Final", "Reasonable", "0 / 1 / 2"),
    ("Fleet management", "Final", "Limited", "2 / 3 / 1"),
    ("Firearms licensing", "Draft", "Reasonable", "0 / 2 / 2"),
    ("Procurement cards", "Fieldwork", "–", "–"),
    ("Cyber security governance", "Planning", "–", "–"),
    ("Overtime authorisation", "Q4", "–", "–"),
    ("Commissioning and grants (OPCC)", "Final", "Substantial", "0 / 0 / 0"),
]


def cover_sheet(doc, item_no, paper, title, report_of, author, purpose, recommendation):
    doc.add_heading(f"Agenda item {item_no} – Paper {paper}", level=2)
    t = doc.add_table(rows=0, cols=2)
    table_borders(t, color="1F4E79", sz=6)
    for a, b in (
        ("Title", title),
        ("Report of", report_of),
        ("Author", author),
        ("Meeting date", "15 October 2024"),
        ("Purpose", purpose),
        ("Recommendation", recommendation),
        ("Classification", "OFFICIAL – public"),
    ):
        c = t.add_row().cells
        set_cell(c[0], a, bold=True)
        shade(c[0], "DDEBF7")
        set_cell(c[1], b)
    col_widths(t, [4.0, 12.6])
    doc.add_paragraph()
    doc.add_paragraph(
        "Background papers: none. Equality, legal and financial implications are set out in the paper where relevant."
    )
    page_break(doc)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_header(sec, text):
    sec.header.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    hp.text = text
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def build(outdir):
    doc = new_document(font="Liberation Sans", size=10)
    sec = doc.sections[0]
    set_header(sec, "Tamsford Joint Audit Committee – 15 October 2024")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(fp, size=8)
    # ---- cover
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph("Police and Crime Commissioner for Tamsford and Chief Constable of Tamsford Constabulary")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h = doc.add_paragraph("Joint Audit Committee", style="Title")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in ("Tuesday 15 October 2024 at 10:00", LOC, "", "Public agenda pack"):
        q = doc.add_paragraph(line)
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(6):
        doc.add_paragraph()
    doc.add_paragraph("Members: Margaret Oyelaran (Chair), Hugh Dalrymple, Ceri Vaughan, Gordon Tully")
    doc.add_paragraph(
        "Contact: Committee Secretary, OPCC, Ledger Lane, Ormsby Cross. Papers are published five "
        "working days before the meeting."
    )
    page_break(doc)
    # ---- agenda
    doc.add_heading("Agenda", level=1)
    doc.add_paragraph(
        "Meeting of the Tamsford Joint Audit Committee to be held on Tuesday 15 October 2024 at 10:00 in " + LOC + "."
    )
    t = doc.add_table(rows=1, cols=5)
    table_borders(t, horizontal_only=True, color="1F4E79", sz=6)
    for c, hd in zip(t.rows[0].cells, ("Item", "Subject", "Lead", "Paper", "Purpose")):
        set_cell(c, hd, bold=True, color="FFFFFF")
        shade(c, "1F4E79")
    repeat_header(t.rows[0])
    for it, subj, lead, paper, purpose in AGENDA:
        c = t.add_row().cells
        for cell, v in zip(c, (it, subj, lead, paper, purpose)):
            set_cell(cell, v)
    col_widths(t, [1.3, 7.3, 4.6, 1.5, 2.3])
    doc.add_paragraph()
    doc.add_paragraph("Exempt business: none. Members are reminded to declare any interests at item 2.")
    page_break(doc)
    # ---- paper A
    cover_sheet(
        doc,
        "3",
        "A",
        "Minutes of the meeting held on 16 July 2024",
        "Committee Secretary",
        "Alys Maddox",
        "To confirm the minutes as a correct record.",
        "The Committee is asked to approve the minutes of the meeting held on 16 July 2024.",
    )
    doc.add_heading("Tamsford Joint Audit Committee", level=1)
    doc.add_paragraph().add_run(
        "DRAFT minutes of the meeting held on Tuesday 16 July 2024 at 10:00, Board Room, Tamsford Police Headquarters"
    ).bold = True
    doc.add_heading("Present", level=3)
    for n, i, r in PRESENT:
        doc.add_paragraph(f"{n} ({i}) – {r}", style="List Bullet")
    doc.add_heading("In attendance", level=3)
    for n, i, r in ATTENDING:
        doc.add_paragraph(f"{n} ({i}) – {r}", style="List Bullet")
    doc.add_heading("Apologies", level=3)
    for n, r in APOLOGIES:
        doc.add_paragraph(f"{n} – {r}" if not n.startswith("Chief Constable") else n, style="List Bullet")
    decisions, minuted = [], {}
    for no, head, parts in MINUTES:
        doc.add_heading(f"{no}  {head}", level=3)
        for part in parts:
            if part[0] == "p":
                doc.add_paragraph(part[1])
            elif part[0] == "d":
                doc.add_paragraph(part[2])
                decisions.append(decision(PREV, no, part[1], part[2]))
            else:
                q = doc.add_paragraph()
                q.add_run("Action: ").bold = True
                q.add_run(part[1])
                minuted[part[2]] = (part[1], no)
    doc.add_paragraph("The meeting closed at 12:35.")
    # ---- paper B (landscape section)
    secB = doc.add_section(WD_SECTION.NEW_PAGE)
    secB.orientation = WD_ORIENT.LANDSCAPE
    secB.page_width, secB.page_height = Cm(29.7), Cm(21.0)
    cover_sheet(
        doc,
        "4",
        "B",
        "Action tracker",
        "OPCC Chief Finance Officer",
        "Declan Moss",
        "To update the Committee on actions arising from previous meetings.",
        "The Committee is asked to note progress and agree the closure of completed actions.",
    )
    doc.add_heading("Joint Audit Committee – action tracker (October 2024)", level=2)
    heads = ("Ref", "Date raised", "Minute", "Action", "Owner", "Due", "Update", "RAG")
    t = doc.add_table(rows=1, cols=len(heads))
    table_borders(t, color="808080")
    for c, hd in zip(t.rows[0].cells, heads):
        set_cell(c, hd, bold=True, size=9)
        shade(c, "BDD7EE")
    repeat_header(t.rows[0])
    actions = []
    for ref, rtxt, riso, minute, text, otext, owners, due, diso, upd, rag in TRACKER:
        row = t.add_row()
        no_split(row)
        for c, v in zip(row.cells, (ref, rtxt, minute, text, otext, due, upd, rag)):
            set_cell(c, v, size=9)
        shade(row.cells[7], RAGFILL[rag])
        status = "closed" if rag == "Complete" else "open"
        if ref in minuted:  # one action, two mentions: the minutes' text, meeting and item; the log's number etc.
            desc, mno = minuted[ref]
            actions.append(action(desc, ref, PREV, mno, owners, diso, status, otext, due))
        else:
            actions.append(action(text, ref, riso, minute, owners, diso, status, otext, due))
    col_widths(t, [2.2, 2.2, 1.6, 6.6, 3.4, 3.0, 5.6, 2.0])
    # ---- paper C (portrait)
    secC = doc.add_section(WD_SECTION.NEW_PAGE)
    secC.orientation = WD_ORIENT.PORTRAIT
    secC.page_width, secC.page_height = Cm(21.0), Cm(29.7)
    cover_sheet(
        doc,
        "5",
        "C",
        "Internal audit progress report 2024/25",
        "Head of Internal Audit",
        "Keith Ansell",
        "To report progress against the 2024/25 internal audit plan.",
        "The Committee is asked to note the progress report.",
    )
    doc.add_heading("Internal audit progress report 2024/25", level=1)
    for txt in (
        "1. Introduction. This report summarises the work completed by the Midshires Audit Partnership since the "
        "Committee last met. Four reviews have been finalised and one is at draft report stage.",
        "2. Summary of progress. Table 1 lists the reviews in the 2024/25 plan and their status. The number of "
        "recommendations is shown by priority (high / medium / low).",
    ):
        doc.add_paragraph(txt)
    t = doc.add_table(rows=1, cols=4)
    table_borders(t)
    for c, hd in zip(t.rows[0].cells, ("Review", "Status", "Assurance", "Recommendations H / M / L")):
        set_cell(c, hd, bold=True)
        shade(c, "E2EFDA")
    repeat_header(t.rows[0])
    for row in IA_AUDITS:
        c = t.add_row().cells
        for cell, v in zip(c, row):
            set_cell(cell, v)
    col_widths(t, [6.0, 2.8, 3.0, 4.8])
    doc.add_paragraph()
    for txt in (
        "3. Fleet management (limited assurance). The review found that vehicle defect reports were not always "
        "followed up and that fuel card transactions were not reconciled to mileage. Management have agreed to "
        "introduce monthly reconciliations by 31 December 2024 and to review the defect reporting process by "
        "31 March 2025. These agreed management actions will be followed up in the normal way and are not "
        "recorded on the Committee’s action tracker.",
        "4. Seized property follow-up. Of the six recommendations made in 2023/24, four have been implemented and "
        "two are in progress. The remaining actions relate to the barcode scanning of high-value items.",
        "5. Changes to the plan. A review of overtime authorisation has been added to quarter 4, as requested at "
        "the July meeting. To accommodate it, the review of business continuity has been deferred to 2025/26 "
        "with the agreement of the Chief Finance Officers.",
        "6. Performance of the internal audit service. 47% of the plan has been delivered by days against a "
        "profile of 45%. Client satisfaction questionnaires returned an average score of 4.6 out of 5.",
    ):
        doc.add_paragraph(txt)
    doc.add_heading("Follow-up of agreed management actions", level=3)
    t = doc.add_table(rows=1, cols=4)
    table_borders(t)
    for c, hd in zip(t.rows[0].cells, ("Audit year", "Actions due", "Implemented", "Overdue")):
        set_cell(c, hd, bold=True)
        shade(c, "E2EFDA")
    for row in (("2022/23", "31", "30", "1"), ("2023/24", "44", "37", "5"), ("2024/25", "6", "3", "0")):
        c = t.add_row().cells
        for cell, v in zip(c, row):
            set_cell(cell, v)
    col_widths(t, [4.0, 4.0, 4.0, 4.0])
    page_break(doc)
    # ---- paper D
    cover_sheet(
        doc,
        "6",
        "D",
        "Treasury management mid-year review 2024/25",
        "Force Director of Finance",
        "Petra Holm",
        "To provide assurance on treasury management activity in the first half of 2024/25.",
        "The Committee is asked to note the report and the prudential indicators for the period.",
    )
    doc.add_heading("Treasury management mid-year review 2024/25", level=1)
    for txt in (
        "1. Economic background. Bank Rate was reduced to 5.00% in August 2024. Investment returns on the "
        "Commissioner’s short-term deposits averaged 5.12% in the period.",
        "2. Borrowing. No new external borrowing was taken in the first half of the year. The capital financing "
        "requirement is forecast to be £38.6m at 31 March 2025, against external borrowing of £24.0m, with the "
        "difference met from internal borrowing.",
        "3. Investments. Balances averaged £41.2m. All investments were placed with counterparties on the approved "
        "lending list and within the limits set in the strategy.",
    ):
        doc.add_paragraph(txt)
    t = doc.add_table(rows=1, cols=3)
    table_borders(t)
    for c, hd in zip(t.rows[0].cells, ("Prudential indicator", "Limit 2024/25", "Position at 30 September 2024")):
        set_cell(c, hd, bold=True)
        shade(c, "FCE4D6")
    for row in (
        ("Authorised limit for external debt", "£45.0m", "£24.0m"),
        ("Operational boundary", "£40.0m", "£24.0m"),
        ("Upper limit on principal sums invested over 365 days", "£5.0m", "£0.0m"),
        ("Ratio of financing costs to net revenue stream", "2.9%", "2.6%"),
    ):
        c = t.add_row().cells
        for cell, v in zip(c, row):
            set_cell(cell, v)
    col_widths(t, [8.6, 3.6, 4.4])
    doc.add_paragraph()
    doc.add_paragraph(
        "4. Compliance. All treasury management activity in the period complied with the approved "
        "strategy and the CIPFA Treasury Management Code. No indicators were breached."
    )
    doc.add_paragraph(
        "5. Outlook. The strategy for 2025/26 will be presented to the Committee in January 2025, "
        "including the introduction of a liability benchmark."
    )
    tmp = outdir / "src" / "_build"
    tmp.mkdir(exist_ok=True)
    dp = tmp / (STEM + ".docx")
    doc.save(dp)
    docx_to_pdf(dp, outdir / (STEM + ".pdf"))

    meetings = [meeting(BODY, DATE, "10:00", LOC, None), meeting(BODY, PREV, "10:00", PREV_LOC, "draft")]
    attendance = (
        [att(PREV, GOLDNAME.get(n, n), "member", r) for n, i, r in PRESENT]
        + [att(PREV, GOLDNAME.get(n, n), "in_attendance", r) for n, i, r in ATTENDING]
        + [att(PREV, GOLDNAME.get(n, n), "apologies", r) for n, r in APOLOGIES]
    )
    items = [item(DATE, it, subj, lead or None) for it, subj, lead, _, _ in AGENDA]
    write_gold(
        STEM,
        AGENDA_KEYS,
        meetings=meetings,
        attendance=attendance,
        agenda_items=items,
        decisions=decisions,
        actions=actions,
    )
