"""Papers written with python-docx / openpyxl and converted by LibreOffice."""

import datetime as dt
import os
import shutil
import tempfile

from common import act, att, dec, office_to_pdf, write_gold
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side


def _shade(cell, hexcolour):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcpr.append(shd)


def _page_field(par, prefix):
    par.add_run(prefix)
    run = par.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _base_doc(font, size):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = sec.bottom_margin = Mm(20)
    return d


def _table(d, header, rows, widths, fill="D9D9D9", size=9):
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(size)
        _shade(c, fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            r = cells[i].paragraphs[0].add_run(v)
            r.font.size = Pt(size)
    t.autofit = False
    for i, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 56.7)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Mm(w)
    return t


# ---------------------------------------------------------------- K: agenda pack
def pack():
    stem = "2022-03-16-Corstonshire-Police-Accountability-Board-pack"
    body = "Corstonshire Police Accountability Board"
    mdate, pdate = "2022-03-16", "2022-02-16"
    mloc = "Room G.12, Marlow House, Kettering Road, Danebridge"
    agenda = [
        ("1", "Welcome and apologies", "Chair"),
        ("2", "Declarations of interest", "Chair"),
        ("3", "Minutes of the meeting held on 16 February 2022", "Chair"),
        ("4", "Action log", "Chief Executive"),
        ("5", "Chief Constable's update", "Chief Constable"),
        ("6", "Police and Crime Plan delivery – Quarter 3", "Head of Performance"),
        ("7", "Any other business", "All"),
    ]
    present = [
        ("Jason Reilly", "Police and Crime Commissioner (Chair)"),
        ("Elaine Marsh-Tobin", "Chief Constable"),
        ("Victor Adeyemi", "Deputy Chief Constable"),
        ("Philippa Crane", "Chief Executive, OPCC"),
        ("Neil Sorensen", "Chief Finance Officer, OPCC"),
    ]
    inatt = [
        ("Grace Ilott", "Head of Performance, OPCC"),
        ("Owen Blakey", "Superintendent, Operations Support (item 3)"),
    ]
    apol = [("Bethan Lowe", "Assistant Chief Constable")]
    D = [
        ("2.1", "approved", "The Board approved the minutes of the meeting held on 19 January 2022 without amendment."),
        (
            "3.2",
            "agreed",
            "The Commissioner agreed the force's proposal to extend the drone pilot to the north of the county until September 2022.",
        ),
        ("4.2", "noted", "The Board noted the quarter 3 finance report and the forecast underspend of £1.2m."),
        ("5.3", "approved", "The Commissioner approved the precept-funded uplift of twelve PCSO posts."),
    ]
    log = [
        (
            "22/01",
            "19.01.22",
            "2022-01-19",
            "3",
            "Report on the backlog of digital forensic submissions.",
            "DCC",
            ["Deputy Chief Constable"],
            "16.03.22",
            "2022-03-16",
            "On agenda under item 5.",
            "Open",
        ),
        (
            "22/02",
            "19.01.22",
            "2022-01-19",
            "5",
            "Share the victim satisfaction survey methodology with the OPCC.",
            "Chief Executive",
            ["Chief Executive"],
            "16.02.22",
            "2022-02-16",
            "Shared 9 February.",
            "Closed",
        ),
        (
            "22/03",
            "19.01.22",
            "2022-01-19",
            "6",
            "Confirm dates for the joint estates board.",
            "CFO / Director of Resources",
            ["Chief Finance Officer", "Director of Resources"],
            "TBC",
            None,
            "Dates proposed for April.",
            "Open",
        ),
        (
            "22/06",
            "16.02.22",
            pdate,
            "3",
            "DCC to report the evaluation criteria for the drone pilot.",
            "DCC",
            ["Deputy Chief Constable"],
            "13.04.22",
            "2022-04-13",
            "Criteria being drafted with the CAA liaison officer.",
            "Open",
        ),
        (
            "22/07",
            "16.02.22",
            pdate,
            "4",
            "CFO to present the refreshed reserves strategy.",
            "CFO",
            ["Chief Finance Officer"],
            "16.03.22",
            "2022-03-16",
            "Deferred to April because of the precept timetable.",
            "Open",
        ),
    ]
    d = _base_doc("Liberation Sans", 10.5)
    sec = d.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(fp, "Corstonshire Police Accountability Board · 16 March 2022 · page ")
    # cover
    for _ in range(6):
        d.add_paragraph()
    p = d.add_paragraph()
    r = p.add_run("Corstonshire Police and Crime Commissioner")
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    p = d.add_paragraph()
    r = p.add_run("Police Accountability Board")
    r.bold = True
    r.font.size = Pt(26)
    d.add_paragraph("Wednesday 16 March 2022, 2.00pm")
    d.add_paragraph(mloc)
    d.add_paragraph()
    d.add_paragraph(
        "Papers in this pack: Agenda · Item 3 Minutes of 16 February 2022 · Item 4 Action log · Item 6 Police and Crime Plan delivery – Quarter 3"
    )
    d.paragraphs[-1].runs[0].italic = True
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    # agenda
    d.add_heading("Agenda", level=1)
    d.add_paragraph("Date: Wednesday 16 March 2022    Time: 14:00")
    d.add_paragraph(f"Venue: {mloc}")
    _table(
        d,
        ["Item", "Business", "Lead"],
        [(n, title, lead) for n, title, lead in agenda],
        [15, 110, 40],
        fill="DCE6F1",
        size=10,
    )
    d.add_paragraph()
    d.add_paragraph("Date of next meeting: Wednesday 13 April 2022, 2.00pm.")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    # minutes
    p = d.add_paragraph()
    p.add_run("Agenda item 3").bold = True
    d.add_heading("Minutes of the Police Accountability Board", level=1)
    d.add_paragraph("Held on Wednesday 16 February 2022 at 10.00am via Microsoft Teams")
    p = d.add_paragraph()
    r = p.add_run("UNCONFIRMED – subject to approval by the Board")
    r.bold = True
    r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    for label, rows in (("Present", present), ("In attendance", inatt), ("Apologies", apol)):
        p = d.add_paragraph()
        p.add_run(label + ":").bold = True
        for n, role in rows:
            q = d.add_paragraph(f"{n}\t{role}")
            q.paragraph_format.tab_stops.add_tab_stop(Mm(55))
            q.paragraph_format.space_after = Pt(0)
    mins = [
        (
            "1",
            "Welcome and apologies",
            [("1.1", "The Commissioner welcomed everyone to the meeting. Apologies were noted from ACC Bethan Lowe.")],
        ),
        (
            "2",
            "Minutes and action log",
            [("2.1", D[0][2]), ("2.2", "The action log was reviewed and updated; see the separate log.")],
        ),
        (
            "3",
            "Drone pilot evaluation",
            [
                (
                    "3.1",
                    "Superintendent Blakey described the first six months of the pilot, which had supported 84 missing person searches.",
                ),
                ("3.2", D[1][2]),
                ("", "Action 22/06 – DCC to report the evaluation criteria for the drone pilot."),
            ],
        ),
        (
            "4",
            "Finance report – quarter 3",
            [
                (
                    "4.1",
                    "The CFO reported that overtime remained above budget but was offset by vacancies in police staff posts.",
                ),
                ("4.2", D[2][2]),
                ("", "Action 22/07 – CFO to present the refreshed reserves strategy."),
            ],
        ),
        (
            "5",
            "PCSO establishment",
            [
                ("5.1", "The Chief Constable set out the case for twelve additional PCSO posts in the market towns."),
                ("5.2", "The Chief Executive confirmed that the cost had been included in the precept proposal."),
                ("5.3", D[3][2]),
            ],
        ),
        ("6", "Any other business", [("6.1", "There was no other business.")]),
    ]
    for num, head, paras in mins:
        d.add_heading(f"{num}. {head}", level=2)
        for pn, text in paras:
            if pn:
                q = d.add_paragraph(f"{pn}\t{text}")
                q.paragraph_format.tab_stops.add_tab_stop(Mm(12))
            else:
                q = d.add_paragraph()
                q.paragraph_format.left_indent = Mm(12)
                q.add_run(text).bold = True
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    # action log (landscape section)
    new = d.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Mm(297), Mm(210)
    p = d.add_paragraph()
    p.add_run("Agenda item 4").bold = True
    d.add_heading("Police Accountability Board – Action Log", level=1)
    d.add_paragraph("Position as at 9 March 2022. Closed actions are shown once and then removed.")
    _table(
        d,
        ["Action no.", "Date raised", "Item", "Action", "Owner", "Due", "Update", "Status"],
        [(a[0], a[1], a[3], a[4], a[5], a[7], a[9], a[10]) for a in log],
        [18, 20, 12, 75, 30, 18, 70, 18],
        fill="1F3A68",
        size=9,
    )
    t = d.tables[-1]
    for c in t.rows[0].cells:
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    new2 = d.add_section()
    new2.orientation = WD_ORIENT.PORTRAIT
    new2.page_width, new2.page_height = Mm(210), Mm(297)
    # report
    p = d.add_paragraph()
    p.add_run("Agenda item 6").bold = True
    d.add_heading("Police and Crime Plan delivery – Quarter 3 2021/22", level=1)
    for k, v in (("Report of", "Head of Performance, OPCC"), ("Date", "7 March 2022"), ("Purpose", "For information")):
        p = d.add_paragraph()
        p.add_run(k + ": ").bold = True
        p.add_run(v)
    d.add_heading("1. Recommendation", level=2)
    d.add_paragraph(
        "1.1\tThe Board is asked to note the progress made against the Police and Crime Plan in quarter 3 and to agree the areas for deep-dive scrutiny in 2022/23."
    )
    d.add_heading("2. Summary", level=2)
    d.add_paragraph(
        "2.1\tOf the 18 measures in the plan, 11 are on track, five are within tolerance and two are off track: the time taken to answer 101 calls and the charge rate for domestic abuse offences."
    )
    d.add_paragraph(
        "2.2\tThe Commissioner has approved additional funding for the control room from the innovation reserve, which is expected to improve call answering from April."
    )
    _table(
        d,
        ["Measure", "Q1", "Q2", "Q3", "Direction"],
        [
            ("999 calls answered in 10 seconds", "91%", "89%", "92%", "Improving"),
            ("101 calls answered in 3 minutes", "64%", "58%", "55%", "Declining"),
            ("Domestic abuse charge rate", "9.1%", "8.4%", "8.2%", "Declining"),
            ("Victim satisfaction (whole experience)", "78%", "79%", "81%", "Improving"),
        ],
        [80, 20, 20, 20, 30],
        size=9.5,
    )
    d.add_heading("3. Next steps", level=2)
    d.add_paragraph(
        "3.1\tA deep dive into 101 performance will be brought to the Board in May 2022, with proposals for online reporting."
    )
    tmp = tempfile.mkdtemp(prefix="b16docx")
    path = os.path.join(tmp, stem + ".docx")
    d.save(path)
    office_to_pdf(stem, path)
    shutil.rmtree(tmp, ignore_errors=True)
    attendance = [att(pdate, n, "member", r) for n, r in present]
    attendance += [att(pdate, n, "in_attendance", r) for n, r in inatt]
    attendance += [att(pdate, n, "apologies", r) for n, r in apol]
    write_gold(
        stem,
        {
            "meetings": [
                {"body": body, "meeting_date": mdate, "start_time": "14:00", "location": mloc, "minutes_status": None},
                {
                    "body": body,
                    "meeting_date": pdate,
                    "start_time": "10:00",
                    "location": "Microsoft Teams",
                    "minutes_status": "draft",
                },
            ],
            "attendance": attendance,
            "agenda_items": [
                {"meeting_date": mdate, "item_number": n, "title": t, "presenter_text": p} for n, t, p in agenda
            ],
            "decisions": [dec(pdate, i, k, t) for i, k, t in D],
            "actions": [act(a[4], a[0], a[2], a[3], a[6], a[8], a[10].lower(), a[5], a[7]) for a in log],
            "risks": [],
        },
    )


# ---------------------------------------------------------------- L: report holding nothing
def report():
    stem = "2024-01-30-Mardenshire-PCP-annual-report-of-the-Commissioner"
    d = _base_doc("Carlito", 11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.add_run("Agenda Item 7").bold = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _page_field(fp, "")
    d.add_paragraph("MARDENSHIRE POLICE AND CRIME PANEL").runs[0].bold = True
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(
        (
            ("Report of", "Police and Crime Commissioner for Mardenshire"),
            ("Date of meeting", "30 January 2024"),
            ("Subject", "Annual report of the Police and Crime Commissioner 2022/23"),
            ("Contact", "Policy and Scrutiny Manager, OPCC"),
        )
    ):
        t.rows[i].cells[0].text = k
        t.rows[i].cells[1].text = v
        _shade(t.rows[i].cells[0], "E7E6E6")
    d.add_heading("1. Purpose of the report", level=2)
    d.add_paragraph(
        "1.1 The Police Reform and Social Responsibility Act 2011 requires the Commissioner to produce an annual report on the exercise of the Commissioner's functions and to present it to the Panel."
    )
    d.add_heading("2. Recommendation", level=2)
    d.add_paragraph(
        "2.1 The Panel is recommended to review the annual report and to make any report or recommendations to the Commissioner that it considers appropriate."
    )
    d.add_heading("3. Highlights of the year", level=2)
    for s in (
        "3.1 Neighbourhood officer numbers rose from 412 to 447, the highest level since 2010.",
        "3.2 The Commissioner commissioned a new independent domestic violence advisers service, which supported 1,930 victims.",
        "3.3 Complaint reviews handled by the OPCC fell by 12%, with 88% completed within the statutory period.",
        "3.4 Strategic risks for the office are reported separately to the Joint Audit Committee and are not repeated here.",
    ):
        d.add_paragraph(s)
    d.add_heading("4. Finance", level=2)
    _table(
        d,
        ["", "Budget £m", "Outturn £m", "Variance £m"],
        [
            ("Force", "212.4", "211.1", "(1.3)"),
            ("OPCC", "2.1", "2.0", "(0.1)"),
            ("Commissioning", "5.6", "5.8", "0.2"),
            ("Total", "220.1", "218.9", "(1.2)"),
        ],
        [50, 35, 35, 35],
        fill="E7E6E6",
        size=10,
    )
    d.add_heading("5. Next steps", level=2)
    d.add_paragraph(
        "5.1 Once the Panel has considered it, the report will be published on the Commissioner's website with any recommendations and the Commissioner's response."
    )
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Appendix A – Police and Crime Plan measures", level=2)
    _table(
        d,
        ["Priority", "Measure", "2021/22", "2022/23", "Comment"],
        [
            ("Safer neighbourhoods", "Neighbourhood officers in post", "412", "447", "Uplift complete"),
            ("Safer neighbourhoods", "Anti-social behaviour incidents", "18,204", "16,975", "Down 7%"),
            ("Victims first", "Victims contacted within 48 hours", "81%", "86%", "Above target"),
            ("Victims first", "Referrals to commissioned services", "6,410", "7,122", "Demand rising"),
            ("Efficient policing", "999 calls answered in 10 seconds", "88%", "91%", "Above national average"),
            ("Efficient policing", "Savings delivered (£m)", "3.4", "4.1", "On plan"),
        ],
        [35, 55, 20, 20, 36],
        fill="E7E6E6",
        size=9.5,
    )
    d.add_paragraph()
    d.add_paragraph(
        "The Commissioner's decisions during the year are listed in the decisions register on the Commissioner's website; none is repeated in this report."
    )
    d.add_heading("Background papers", level=3)
    d.add_paragraph("Police and Crime Plan 2021–2025; Panel minutes of 14 November 2023.")
    tmp = tempfile.mkdtemp(prefix="b16docx")
    path = os.path.join(tmp, stem + ".docx")
    d.save(path)
    office_to_pdf(stem, path)
    shutil.rmtree(tmp, ignore_errors=True)
    write_gold(stem, {"attendance": [], "agenda_items": [], "decisions": [], "actions": [], "risks": []})


# ---------------------------------------------------------------- H: spreadsheet action log
def xlsx_log():
    stem = "2023-01-10-Mardenshire-SGB-action-log"
    rows = [
        (
            "SGB/22/031",
            dt.date(2022, 9, 20),
            "4.2",
            "Produce a delivery plan for the rural crime strategy, with quarterly milestones.",
            "ACC (Ops)",
            ["Assistant Chief Constable"],
            dt.date(2022, 12, 13),
            "Plan presented 13 December.",
            "Closed – remove from log",
            "closed",
        ),
        (
            "SGB/22/034",
            dt.date(2022, 9, 20),
            "6",
            "Review the cost of agency staff in the control room against the approved budget.",
            "CFO",
            ["Chief Finance Officer"],
            dt.date(2022, 11, 15),
            "Review complete; findings at item 5.",
            "Closed",
            "closed",
        ),
        (
            "SGB/22/037",
            dt.date(2022, 10, 18),
            "3.1",
            "Confirm whether the fleet electrification grant can be carried forward to 2023/24.",
            "Director of Finance",
            ["Director of Finance"],
            "TBC",
            "Awaiting Home Office response.",
            "Open",
            "open",
        ),
        (
            "SGB/22/038",
            dt.date(2022, 10, 18),
            "5",
            "Provide the Board with benchmarking of 101 call abandonment rates against the most similar forces.",
            "DCC",
            ["Deputy Chief Constable"],
            dt.date(2023, 1, 10),
            "Benchmarking attached as appendix A.",
            "Proposed for closure",
            "open",
        ),
        (
            "SGB/22/041",
            dt.date(2022, 11, 15),
            "4",
            "Agree the communications plan for the precept consultation.",
            "Head of Comms / Chief Executive",
            ["Head of Comms", "Chief Executive"],
            dt.date(2022, 11, 30),
            "Consultation launched 1 December.",
            "Closed",
            "closed",
        ),
        (
            "SGB/22/043",
            dt.date(2022, 11, 15),
            "7",
            "Report the findings of the vetting backlog review, including the number of officers awaiting renewal.",
            "Force",
            ["Mardenshire Police"],
            dt.date(2023, 2, 14),
            "Review under way.",
            "Open",
            "open",
        ),
        (
            "SGB/22/046",
            dt.date(2022, 12, 13),
            "3",
            "Share the draft estates strategy with the Board before it goes to consultation.",
            "OPCC",
            ["Office of the Police and Crime Commissioner"],
            "Mar-23",
            "Drafting.",
            "Open",
            "open",
        ),
        (
            "SGB/22/047",
            dt.date(2022, 12, 13),
            "6.3",
            "Set out options for funding the custody healthcare contract from 2024.",
            "CFO & Director of Finance",
            ["Chief Finance Officer", "Director of Finance"],
            dt.date(2023, 3, 14),
            "",
            "Open",
            "open",
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action log"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Mardenshire Strategic Governance Board – Action Log"
    ws["A1"].font = Font(name="Liberation Sans", bold=True, size=14)
    ws["A2"] = "Updated: 10/01/2023 (for the meeting on 10 January 2023)"
    ws["A2"].font = Font(name="Liberation Sans", italic=True, size=10)
    hdr = [
        "Action ID",
        "Date of meeting",
        "Agenda item",
        "Action",
        "Action owner",
        "Target date",
        "Latest position",
        "Status",
    ]
    ws.append([])
    ws.append(hdr)
    for i, _h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=i)
        c.font = Font(name="Liberation Sans", bold=True, size=10, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="006D77")
        c.border = border
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for r in rows:
        ws.append([r[0], r[1], r[2], r[3], r[4], r[6], r[7], r[8]])
        rr = ws.max_row
        for col in range(1, 9):
            c = ws.cell(row=rr, column=col)
            c.font = Font(name="Liberation Sans", size=9.5)
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if col in (2, 6) and isinstance(c.value, dt.date):
                c.number_format = "DD/MM/YYYY"
        lines = max(-(-len(r[3]) // 50), -(-len(r[7]) // 34), -(-len(r[4]) // 19), -(-len(r[8]) // 15), 1)
        ws.row_dimensions[rr].height = 13 * lines + 3
        if r[9] == "closed":
            ws.cell(row=rr, column=8).fill = PatternFill("solid", fgColor="C6EFCE")
        elif r[8] == "Proposed for closure":
            ws.cell(row=rr, column=8).fill = PatternFill("solid", fgColor="FFEB9C")
    for col, w in zip("ABCDEFGH", (13, 12, 8, 48, 20, 12, 34, 16)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "4:4"
    ws.oddFooter.center.text = "Page &P of &N"
    ws.oddHeader.right.text = "OFFICIAL"
    tmp = tempfile.mkdtemp(prefix="b16xlsx")
    path = os.path.join(tmp, stem + ".xlsx")
    wb.save(path)
    office_to_pdf(stem, path)
    shutil.rmtree(tmp, ignore_errors=True)

    def iso(v):
        return v.isoformat() if isinstance(v, dt.date) else None

    def txt(v):
        return v.strftime("%d/%m/%Y") if isinstance(v, dt.date) else v

    write_gold(
        stem,
        {
            "attendance": [],
            "agenda_items": [],
            "decisions": [],
            "risks": [],
            "actions": [act(r[3], r[0], r[1].isoformat(), r[2], r[5], iso(r[6]), r[9], r[4], txt(r[6])) for r in rows],
        },
    )


ALL = [xlsx_log, pack, report]
