#!/usr/bin/env python3
"""Rebuild the blind7 PDFs and their gold from the same strings.

    /work/main/.venv/bin/python make.py

Every area, body, person and item of business is invented."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent
GOLD = OUT / "gold"
GOLD.mkdir(exist_ok=True)

FONTS = {
    "DVSC": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DVSC-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVS": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DVS-B": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-B": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "Caladea": "/usr/share/fonts/truetype/crosextra/Caladea-Regular.ttf",
    "Caladea-B": "/usr/share/fonts/truetype/crosextra/Caladea-Bold.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
}
for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))


def st(font, size, bold=None, lead=None, align=0, indent=0, first=0, space=3):
    return ParagraphStyle(
        "s",
        fontName=font,
        fontSize=size,
        leading=lead or size * 1.25,
        alignment=align,
        leftIndent=indent,
        firstLineIndent=first,
        spaceAfter=space,
    )


def P(text, style):
    return Paragraph(text, style)


def footer_fn(text_fn, font="Helvetica", size=8, header=None):
    def draw(canvas, doc):
        canvas.saveState()
        w, h = doc.pagesize
        canvas.setFont(font, size)
        canvas.drawCentredString(w / 2, 12 * mm, text_fn(doc.page))
        if header:
            canvas.drawRightString(w - 15 * mm, h - 10 * mm, header)
        canvas.restoreState()

    return draw


def build(name, story, pagesize=A4, footer=None, margins=18, title=""):
    doc = SimpleDocTemplate(
        str(OUT / name),
        pagesize=pagesize,
        leftMargin=margins * mm,
        rightMargin=margins * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=title,
        author="blind7",
    )
    kw = {}
    if footer:
        kw = dict(onFirstPage=footer, onLaterPages=footer)
    doc.build(story, **kw)


def grid(data, widths, style_cmds=None, font="Helvetica", size=8, header_bg=colors.lightgrey, lines="grid", repeat=1):
    cell = st(font, size)
    rows = [[c if not isinstance(c, str) else Paragraph(c, cell) for c in r] for r in data]
    t = Table(rows, colWidths=widths, repeatRows=repeat)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header_bg is not None:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), header_bg))
    if lines == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif lines == "rules":
        cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey)]
    t.setStyle(TableStyle(cmds + (style_cmds or [])))
    return t


def write_gold(name, gold):
    gold = {"file": name, **gold}
    (GOLD / (Path(name).stem + ".json")).write_text(json.dumps(gold, indent=1, ensure_ascii=False))


def att(date, people):
    return [dict(meeting_date=date, name=n, attendance=a, **({"role_text": r} if r else {})) for n, a, r in people]


def act(desc, num, raised, item, owners, target, status, owner_text, target_text):
    return dict(
        description=desc,
        action_number=num,
        raised_date=raised,
        agenda_item_number=item,
        owners=owners,
        target_date=target,
        status=status,
        owner_text=owner_text,
        target_date_text=target_text,
    )


def rating(phase, text, l, i, s, d):
    return dict(phase=phase, phase_text=text, likelihood=l, impact=i, score=s, register_date=d)


def docx_to_pdf(docx_path, name):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/u",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(docx_path),
            ],
            check=True,
            capture_output=True,
            timeout=240,
        )
        produced = Path(tmp) / (Path(docx_path).stem + ".pdf")
        produced.replace(OUT / name)
    os.remove(docx_path)


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# 1 ------------------------------------------------------------------ council-style panel minutes
@doc
def harrowdale_pcp_minutes():
    name = "Harrowdale-PCP-minutes-9-March-2022.pdf"
    D = "2022-03-09"
    body = "Harrowdale Police and Crime Panel"
    loc = "Committee Room 2, Shire Hall, Market Street, Oakhampton"
    b = st("Helvetica", 10, lead=13, align=TA_JUSTIFY)
    h = st("Helvetica-Bold", 10, space=2)
    ind = st("Helvetica", 10, lead=13, indent=14 * mm)
    members = [
        ("Colin Maddox", "member", "Chairman"),
        ("Shirin Patel", "member", "Vice-Chairman"),
        ("Alan Greatorex", "member", None),
        ("Deborah Fenn", "member", None),
        ("Rhys Pemberton", "member", None),
        ("Hazel Quirke", "member", "Independent Co-opted Member"),
    ]
    also = [
        ("Nadia Voss", "in_attendance", "Police and Crime Commissioner"),
        ("Gareth Lyle", "in_attendance", "Chief Executive, OPCC"),
        ("Tom Arkwright", "in_attendance", "Scrutiny Officer"),
        ("Imogen Hale", "in_attendance", "Democratic Services Officer"),
    ]
    apols = [("Vernon Stubbs", "apologies", None), ("Lorraine Ince", "apologies", None)]
    dec = [
        (
            "22/15",
            "resolved",
            "RESOLVED – That the minutes of the meeting held on 19 January 2022 be confirmed as a correct record and signed by the Chairman.",
        ),
        (
            "22/17",
            "resolved",
            "RESOLVED – That (a) the Panel supports the proposed precept increase of £10 for a Band D property for 2022/23; and (b) the Commissioner be informed of the Panel’s decision without delay.",
        ),
        ("22/18", "resolved", "RESOLVED – That the update on the Police and Crime Plan delivery be noted."),
        (
            "22/19",
            "resolved",
            "RESOLVED – That the work programme be agreed, subject to the addition of a report on rural crime in July 2022.",
        ),
    ]
    s = [
        P("<b>HARROWDALE POLICE AND CRIME PANEL</b>", st("Helvetica-Bold", 13, align=TA_CENTER)),
        P(f"MINUTES of a meeting of the {body} held in {loc} on Wednesday, 9th March, 2022 at 2.00 pm", b),
        Spacer(1, 4),
        P(
            "<b>PRESENT:</b> Councillor Colin Maddox (Chairman), Councillor Shirin Patel (Vice-Chairman), "
            "Councillors Alan Greatorex, Deborah Fenn and Rhys Pemberton; Hazel Quirke (Independent Co-opted Member)",
            b,
        ),
        P(
            "<b>Also in attendance:</b> Nadia Voss (Police and Crime Commissioner), Gareth Lyle (Chief Executive, OPCC), "
            "Tom Arkwright (Scrutiny Officer) and Imogen Hale (Democratic Services Officer)",
            b,
        ),
        Spacer(1, 6),
    ]
    items = [
        (
            "22/13",
            "APOLOGIES FOR ABSENCE",
            ["Apologies for absence were received from Councillors Vernon Stubbs and Lorraine Ince."],
        ),
        ("22/14", "DECLARATIONS OF INTEREST", ["There were no declarations of interest."]),
        ("22/15", "MINUTES", [dec[0][2]]),
        ("22/16", "PUBLIC QUESTIONS", ["No public questions had been received."]),
        (
            "22/17",
            "PROPOSED PRECEPT 2022/23",
            [
                "The Commissioner presented her proposal for the police element of council tax. Members asked about the "
                "balance between neighbourhood officers and investigative capacity; the Commissioner explained that the "
                "additional income would fund twelve neighbourhood posts.",
                dec[1][2],
            ],
        ),
        (
            "22/18",
            "POLICE AND CRIME PLAN – DELIVERY UPDATE",
            [
                "The Chief Executive introduced the quarterly update. The Chairman noted that the figures for burglary "
                "were encouraging.",
                dec[2][2],
            ],
        ),
        ("22/19", "WORK PROGRAMME", [dec[3][2]]),
    ]
    for no, head, paras in items:
        rows = [[P(f"<b>{no}</b>", h), P(f"<b>{head}</b>", h)]]
        for p in paras:
            rows.append(["", P(p, b)])
        t = Table(rows, colWidths=[18 * mm, 150 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0)]))
        s.append(t)
    s += [
        Spacer(1, 10),
        P("The meeting closed at 3.40 pm.", b),
        Spacer(1, 10),
        P("Chairman ......................................", ind),
    ]
    build(name, s, footer=footer_fn(lambda n: f"{n}"), title="Minutes")
    write_gold(
        name,
        dict(
            meetings=[dict(body=body, meeting_date=D, start_time="14:00", location=loc, minutes_status=None)],
            attendance=att(D, members + also + apols),
            decisions=[dict(meeting_date=D, item_number=n, decision_type=t, text=x) for n, t, x in dec],
            actions=[],
        ),
    )


# 2 ------------------------------------------------------------------ fire authority minutes (Word)
@doc
def colnbury_fra_minutes():
    from docx import Document
    from docx.shared import Pt

    name = "2021-06-08 Colnbury Fire Authority minutes.pdf"
    D = "2021-06-08"
    body = "Colnbury Fire and Rescue Authority"
    loc = "Headquarters, Beacon Way, Saltmarsh"
    d = Document()
    sty = d.styles["Normal"]
    sty.font.name = "Carlito"
    sty.font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = "Colnbury Fire and Rescue Authority – 8 June 2021"
    d.sections[0].footer.paragraphs[0].text = "Signed as a correct record – Chair"
    d.add_heading(body.upper(), level=1)
    d.add_paragraph(
        "Minutes of the Annual Meeting held at Headquarters, Beacon Way, Saltmarsh "
        "on Tuesday 8 June 2021 commencing at 10.30am"
    )
    d.add_paragraph("CONFIRMED at the meeting of 21 September 2021")
    members = [
        ("Graham Oakley", "member", "Chair"),
        ("Yvonne Trent", "member", "Vice-Chair"),
        ("Peter Lindsay", "member", None),
        ("Marsha Okonjo", "member", None),
        ("Derek Saltash", "member", None),
        ("Fiona Braddock", "member", None),
    ]
    officers = [
        ("Stuart Penhale", "in_attendance", "Chief Fire Officer"),
        ("Karen Molloy", "in_attendance", "Deputy Chief Fire Officer"),
        ("Julian Frost", "in_attendance", "Treasurer"),
        ("Ann Whitby", "in_attendance", "Clerk to the Authority"),
    ]
    apols = [("Robin Castell", "apologies", None)]
    d.add_paragraph().add_run("Members present:").bold = True
    for n, _, r in members:
        d.add_paragraph(f"Councillor {n}" + (f" ({r})" if r else ""))
    d.add_paragraph().add_run("Officers present:").bold = True
    for n, _, r in officers:
        d.add_paragraph(f"{n} – {r}")
    dec = [
        ("1", "resolved", "RESOLVED that Councillor Graham Oakley be elected Chair of the Authority for 2021/22."),
        (
            "2",
            "resolved",
            "RESOLVED that Councillor Yvonne Trent be appointed Vice-Chair of the Authority for 2021/22.",
        ),
        (
            "4",
            "resolved",
            "RESOLVED that the minutes of the meeting held on 23 March 2021 be confirmed as a correct record.",
        ),
        (
            "5",
            "resolved",
            "RESOLVED that (i) the provisional revenue outturn for 2020/21 be noted; and (ii) the transfer of £310,000 to the equipment reserve be approved.",
        ),
        (
            "6",
            "resolved",
            "RESOLVED that the Annual Governance Statement 2020/21 be approved for signature by the Chair and the Chief Fire Officer.",
        ),
    ]
    paras = {
        "1": ("ELECTION OF CHAIR", [dec[0][2]]),
        "2": ("APPOINTMENT OF VICE-CHAIR", [dec[1][2]]),
        "3": (
            "APOLOGIES AND DECLARATIONS OF INTEREST",
            ["An apology for absence was received from Councillor Robin Castell. No interests were declared."],
        ),
        "4": ("MINUTES", [dec[2][2]]),
        "5": (
            "REVENUE AND CAPITAL OUTTURN 2020/21",
            [
                "The Treasurer presented the outturn, reporting an underspend on the revenue budget arising mainly "
                "from vacancies in the on-call establishment.",
                dec[3][2],
            ],
        ),
        "6": (
            "ANNUAL GOVERNANCE STATEMENT",
            ["Members had considered the draft statement at the Audit Panel.", dec[4][2]],
        ),
    }
    for no, (head, ps) in paras.items():
        p = d.add_paragraph()
        p.add_run(f"{no}.\t{head}").bold = True
        for x in ps:
            d.add_paragraph(x)
    d.add_paragraph("The meeting ended at 12.05pm.")
    tmp = OUT / "colnbury_tmp.docx"
    d.save(tmp)
    docx_to_pdf(tmp, name)
    write_gold(
        name,
        dict(
            meetings=[dict(body=body, meeting_date=D, start_time="10:30", location=loc, minutes_status="approved")],
            attendance=att(D, members + officers + apols),
            decisions=[dict(meeting_date=D, item_number=n, decision_type=t, text=x) for n, t, x in dec],
            actions=[],
        ),
    )


# 3 ------------------------------------------------------------------ JAC minutes, two columns + action column
@doc
def thornmere_jac_minutes():
    name = "Thornmere_JAC_minutes_Sep2023.pdf"
    D = "2023-09-27"
    body = "Thornmere Joint Audit Committee"
    loc = "Conference Room B, Thornmere Police Headquarters, Weir Road, Castlebridge"
    s = [
        P("<b>THORNMERE JOINT AUDIT COMMITTEE</b>", st("Times-Bold", 14, align=TA_CENTER)),
        P("<b>DRAFT MINUTES</b>", st("Times-Bold", 11, align=TA_CENTER)),
        P(f"Wednesday 27 September 2023, 10:00 – 12:30, {loc}", st("Times-Roman", 10.5, align=TA_CENTER)),
        Spacer(1, 8),
    ]
    people = [
        (
            "Members",
            [
                ("Bernard Quayle", "member", "Independent Member (Chair)", "BQ"),
                ("Lucy Ferrier", "member", "Independent Member", "LF"),
                ("Owain Jeffs", "member", "Independent Member", "OJ"),
            ],
        ),
        (
            "Attending",
            [
                ("Rowena Pike", "in_attendance", "Chief Finance Officer, OPCC", "RP"),
                ("Mark Tennant", "in_attendance", "Director of Finance, Thornmere Police", "MT"),
                ("Janet Ogle", "in_attendance", "Head of Internal Audit, Southvale Audit Partnership", "JO"),
                ("Simon Keld", "in_attendance", "Engagement Lead, external auditor", "SK"),
            ],
        ),
        ("Apologies", [("Ahmed Rahimi", "apologies", "Independent Member", "AR")]),
    ]
    rows = []
    for label, ps in people:
        for i, (n, a, r, ini) in enumerate(ps):
            rows.append([label if i == 0 else "", n, r, ini])
    s.append(
        grid(
            [["", "Name", "Role", "Initials"]] + rows,
            [25 * mm, 40 * mm, 85 * mm, 20 * mm],
            font="Times-Roman",
            size=9.5,
            lines="rules",
            header_bg=None,
        )
    )
    s.append(Spacer(1, 10))
    dec = [
        (
            "23/141",
            "approved",
            "The Committee approved the minutes of the meeting held on 21 June 2023 as a true record.",
        ),
        (
            "23/143",
            "noted",
            "The Committee noted the internal audit progress report and the two limited assurance opinions.",
        ),
        (
            "23/144",
            "endorsed",
            "The Committee endorsed the revised Treasury Management Strategy for submission to the Commissioner and the Chief Constable.",
        ),
    ]
    acts = [
        (
            "23/142",
            "Circulate the revised fleet audit implementation plan to members before the December meeting.",
            ["Mark Tennant"],
            "MT",
        ),
        (
            "23/143",
            "Provide a briefing note on the payroll overpayments identified in the limited assurance report.",
            ["Rowena Pike", "Mark Tennant"],
            "RP / MT",
        ),
        (
            "23/145",
            "Arrange a private session with internal and external auditors before the next meeting.",
            ["Bernard Quayle"],
            "BQ",
        ),
    ]
    body_rows = [["Min. No.", "Minute", "Action"]]
    minutes = [
        ("23/140", "<b>Welcome and apologies</b><br/>The Chair welcomed members. Apologies were noted as above.", ""),
        ("23/141", "<b>Minutes of the previous meeting</b><br/>" + dec[0][2], ""),
        (
            "23/142",
            "<b>Action log</b><br/>Members reviewed the action log; four actions were closed. The Director of "
            "Finance reported slippage on fleet recommendations.<br/><i>Action:</i> " + acts[0][1],
            "MT",
        ),
        (
            "23/143",
            "<b>Internal audit progress report</b><br/>The Head of Internal Audit presented the report. "
            + dec[1][2]
            + "<br/><i>Action:</i> "
            + acts[1][1],
            "RP / MT",
        ),
        ("23/144", "<b>Treasury management</b><br/>" + dec[2][2], ""),
        (
            "23/145",
            "<b>Any other business</b><br/>Members asked for time with the auditors without officers present."
            "<br/><i>Action:</i> " + acts[2][1],
            "BQ",
        ),
    ]
    body_rows += [list(m) for m in minutes]
    s.append(
        grid(
            body_rows,
            [20 * mm, 130 * mm, 22 * mm],
            font="Times-Roman",
            size=10,
            lines="rules",
            header_bg=colors.Color(0.85, 0.9, 0.95),
        )
    )
    build(name, s, footer=footer_fn(lambda n: f"Thornmere JAC – 27.09.23 – page {n}", font="Times-Italic"))
    allp = [(n, a, r) for _, ps in people for n, a, r, _ in ps]
    write_gold(
        name,
        dict(
            meetings=[dict(body=body, meeting_date=D, start_time="10:00", location=loc, minutes_status="draft")],
            attendance=att(D, allp),
            decisions=[dict(meeting_date=D, item_number=n, decision_type=t, text=x) for n, t, x in dec],
            actions=[act(x, None, D, n, o, None, "open", ot, None) for n, x, o, ot in acts],
        ),
    )


# 4 ------------------------------------------------------------------ narrative notes, initials, ACTION lines
@doc
def lyddenshire_notes():
    name = "notes-lyddenshire-accountability-performance-board-20220405.pdf"
    D = "2022-04-05"
    body = "Accountability and Performance Board"
    loc = "Microsoft Teams"
    b = st("DVS", 9.5, lead=12.5, space=5)
    h = st("DVS-B", 10, space=3)
    people = [
        ("Elliot Marsh", "member", "Police and Crime Commissioner", "EM"),
        ("Priscilla Odum", "member", "Chief Constable", "PO"),
        ("Neil Garside", "member", "Deputy Chief Constable", "NG"),
        ("Wendy Hollis", "member", "Chief Executive", "WH"),
        ("Craig Bellamy", "in_attendance", "Head of Performance, Lyddenshire Police", "CB"),
        ("Tasha Grewal", "in_attendance", "Policy Officer, OPCC (notes)", "TG"),
        ("Ivor Penrose", "apologies", "Chief Finance Officer", None),
    ]
    pres = "; ".join(f"{n} ({ini}) – {r}" for n, a, r, ini in people if a == "member")
    inatt = "; ".join(f"{n} ({ini}) – {r}" for n, a, r, ini in people if a == "in_attendance")
    s = [
        P("Lyddenshire Police and Crime Commissioner", st("DVS", 9, space=1)),
        P(f"<b>{body}</b>", st("DVS-B", 14, space=2)),
        P("Notes of meeting held on Tuesday 5 April 2022 at 9.30am via Microsoft Teams", st("DVS", 10)),
        P("Status: Approved by the Commissioner 3 May 2022", st("DVS", 9)),
        Spacer(1, 6),
        P(f"<b>Present:</b> {pres}", b),
        P(f"<b>In attendance:</b> {inatt}", b),
        P("<b>Apologies:</b> Ivor Penrose – Chief Finance Officer", b),
        Spacer(1, 4),
    ]
    dec = [
        ("2", "approved", "The Commissioner approved the notes of the meeting on 1 March 2022."),
        ("3", "agreed", "The PCC agreed that the force would publish 101 call-handling figures monthly from May."),
        ("5", "noted", "The Commissioner noted the Q4 performance report."),
    ]
    acts = [
        (
            "3",
            "publish the first monthly 101 report and share the draft with the OPCC",
            ["Craig Bellamy"],
            "CB",
            "2022-05-31",
            "31/05/22",
        ),
        (
            "4",
            "provide the Commissioner with a breakdown of overtime spend by command",
            ["Neil Garside"],
            "NG",
            None,
            "next meeting",
        ),
        (
            "5",
            "arrange a deep-dive session on violence against women and girls",
            ["Wendy Hollis", "Priscilla Odum"],
            "WH/PO",
            "2022-06-14",
            "14/06/22",
        ),
    ]
    full = [
        f"{acts[0][3]} to {acts[0][1]} by {acts[0][5]}.",
        f"{acts[1][3]} to {acts[1][1]} – {acts[1][5]}.",
        f"{acts[2][3]} to {acts[2][1]} by {acts[2][5]}.",
    ]
    secs = [
        ("1", "Welcome and introductions", ["The Commissioner welcomed attendees."]),
        ("2", "Notes and actions of the last meeting", [dec[0][2], "All actions from the last meeting were complete."]),
        (
            "3",
            "Contact management",
            [
                "The CC updated on 101 answer times, which had improved to an average of four minutes. " + dec[1][2],
                "ACTION: " + full[0],
            ],
        ),
        (
            "4",
            "Finance and workforce",
            ["The DCC reported an overspend on overtime linked to the summer events programme.", "ACTION: " + full[1]],
        ),
        ("5", "Performance report Q4 2021/22", [dec[2][2], "ACTION: " + full[2]]),
        ("6", "Any other business", ["None."]),
    ]
    for no, head, ps in secs:
        s.append(P(f"{no}. {head}", h))
        s += [P(x, b) for x in ps]
    build(name, s, footer=footer_fn(lambda n: f"OFFICIAL        Page {n}", font="DVS"), margins=22)
    write_gold(
        name,
        dict(
            meetings=[dict(body=body, meeting_date=D, start_time="09:30", location=loc, minutes_status="approved")],
            attendance=att(D, [(n, a, r) for n, a, r, _ in people]),
            decisions=[dict(meeting_date=D, item_number=n, decision_type=t, text=x) for n, t, x in dec],
            actions=[act(f, None, D, a[0], a[2], a[4], "open", a[3], a[5]) for f, a in zip(full, acts)],
        ),
    )


# 5 ------------------------------------------------------------------ council-style agenda
@doc
def ashcombe_pcp_agenda():
    name = "Ashcombe Police and Crime Panel Agenda 2 February 2023.pdf"
    D = "2023-02-02"
    body = "Ashcombe Police and Crime Panel"
    loc = "Council Chamber, Guildhall, Bridge Street, Ashcombe"
    b = st("DVSC", 10, lead=13)
    s = [
        P("Ashcombe Borough Council – Democratic Services", st("DVSC", 9, space=8)),
        P(f"<b>{body.upper()}</b>", st("DVSC-B", 16, space=6)),
        grid(
            [
                ["Date:", "Thursday, 2 February 2023"],
                ["Time:", "10.00 am"],
                ["Venue:", loc],
                ["Contact:", "Melanie Crouch, Democratic Services Officer"],
            ],
            [28 * mm, 130 * mm],
            font="DVSC",
            size=10,
            lines=None,
            header_bg=None,
        ),
        Spacer(1, 8),
        P(
            "<b>Membership:</b> Councillors Frank Ilsley (Chair), Josie Marwood (Vice-Chair), Kenneth Obi, Tara Flint, "
            "Leon Haskett; Independent Members Margaret Sowerby and Dev Chaudhry",
            b,
        ),
        Spacer(1, 8),
        P("<b>AGENDA</b>", st("DVSC-B", 12, space=6)),
    ]
    items = [
        (
            "1",
            "Apologies for Absence and Substitutions",
            "To receive apologies and notification of substitute members.",
        ),
        ("2", "Declarations of Interest", "To receive any declarations of interest from members."),
        ("3", "Minutes", "To confirm the minutes of the meeting held on 17 November 2022. (Pages 1 - 8)"),
        ("4", "Public Questions", "To receive any questions from members of the public."),
        (
            "5",
            "Proposed Police Precept 2023/24",
            "To review the Commissioner’s proposed precept and make a report. (Pages 9 - 34)",
        ),
        ("6", "Complaints against the Commissioner", "Report of the Monitoring Officer. (Pages 35 - 40)"),
        ("7", "Work Programme", "To consider the Panel’s work programme for 2023/24. (Pages 41 - 44)"),
    ]
    for no, t, desc in items:
        tb = Table([[P(f"<b>{no}.</b>", b), P(f"<b>{t}</b>", b)], ["", P(desc, b)]], colWidths=[12 * mm, 150 * mm])
        tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0)]))
        s.append(tb)
    s.append(Spacer(1, 12))
    s.append(P("Date of publication: Wednesday, 25 January 2023", st("DVSC", 9)))
    build(name, s, footer=footer_fn(lambda n: "Ashcombe Police and Crime Panel – 2 February 2023", font="DVSC"))
    write_gold(
        name,
        dict(
            meetings=[dict(body=body, meeting_date=D, start_time="10:00", location=loc, minutes_status=None)],
            attendance=[],
            agenda_items=[dict(meeting_date=D, item_number=n, title=t) for n, t, _ in items],
        ),
    )


# 6 ------------------------------------------------------------------ timed agenda, landscape table
@doc
def fenwold_timed_agenda():
    name = "Fenwold PCC Strategic Board Agenda 14.11.22.pdf"
    D = "2022-11-14"
    body = "Fenwold Strategic Policing and Crime Board"
    loc = "Room 3.02, Fenwold Police HQ, Chalk Lane, Deverill"
    s = [
        P(f"<b>{body}</b>", st("Carlito-B", 18, space=4)),
        P(f"Monday 14 November 2022 &nbsp;|&nbsp; 13:30 – 16:00 &nbsp;|&nbsp; {loc}", st("Carlito", 12, space=3)),
        P("Chair: Police, Fire and Crime Commissioner Dominic Ashworth", st("Carlito", 11, space=10)),
    ]
    items = [
        ("13:30", "1", "Introductions and apologies", "Chair", "Verbal"),
        ("13:35", "2", "Minutes and action log from 10 October 2022", "Chair", "A"),
        ("13:45", "3", "Force Management Statement – key findings", "DCC", "B"),
        ("14:15", "4", "Mid-year finance report 2022/23", "Chief Finance Officer", "C"),
        ("14:45", "", "Comfort break", "", ""),
        ("14:55", "5", "Victim Services Commissioning Update", "Head of Commissioning", "D"),
        ("15:30", "6", "HMICFRS inspection recommendations", "ACC Operations", "E"),
        ("15:55", "7", "Any other business", "All", "Verbal"),
    ]
    data = [["Time", "Item", "Subject", "Lead", "Paper"]] + [list(r) for r in items]
    s.append(
        grid(
            data,
            [22 * mm, 14 * mm, 130 * mm, 55 * mm, 20 * mm],
            font="Carlito",
            size=11,
            header_bg=colors.Color(0.2, 0.3, 0.5),
            style_cmds=[("TEXTCOLOR", (0, 0), (-1, 0), colors.white)],
            lines="rules",
        )
    )
    s.append(Spacer(1, 10))
    s.append(P("Date of next meeting: Monday 12 December 2022", st("Carlito", 11)))
    build(
        name, s, pagesize=landscape(A4), footer=footer_fn(lambda n: "OFFICIAL", font="Carlito", header="Fenwold OPFCC")
    )
    write_gold(
        name,
        dict(
            meetings=[dict(body=body, meeting_date=D, start_time="13:30", location=loc, minutes_status=None)],
            attendance=[],
            agenda_items=[
                dict(meeting_date=D, item_number=n, title=t, presenter_text=l) for _, n, t, l, _ in items if n
            ],
        ),
    )


# 7 ------------------------------------------------------------------ landscape RAG log with dated update columns
@doc
def marrowick_spb_log():
    name = "Marrowick-SPB-Action-Log-v3.pdf"
    rows = [
        (
            "SPB/22/04",
            "13/04/2022",
            "5",
            "Review the use of stop and search body-worn video footage by the scrutiny panel.",
            "ACC",
            "30/06/2022",
            "Panel dates set.",
            "First review held.",
            "Complete",
        ),
        (
            "SPB/22/07",
            "13/04/2022",
            "7",
            "Produce a delivery plan for the new rural crime team.",
            "DCC",
            "31/07/2022",
            "Draft plan written.",
            "Delayed by recruitment; now due 30/09/2022.",
            "Amber",
        ),
        (
            "SPB/22/09",
            "11/05/2022",
            "4",
            "Report the cost of the custody suite refurbishment options.",
            "CFO",
            "08/06/2022",
            "Options costed.",
            "Reported to June board.",
            "Closed",
        ),
        (
            "SPB/22/11",
            "11/05/2022",
            "6",
            "Share the draft Victims’ Code compliance audit with the OPCC.",
            "Head of Criminal Justice",
            "TBC",
            "Audit under way.",
            "Fieldwork finishing.",
            "Green",
        ),
        (
            "SPB/22/12",
            "11/05/2022",
            "6",
            "Agree a joint communications plan on the precept consultation.",
            "Chief Executive / Head of Corporate Communications",
            "Sept 2022",
            "Not started.",
            "Plan drafted.",
            "Amber",
        ),
        (
            "SPB/22/14",
            "08/06/2022",
            "3",
            "Provide quarterly data on repeat victims of domestic abuse.",
            "CC",
            "07/09/2022",
            "Data owner identified.",
            "First return due September.",
            "Green",
        ),
        (
            "SPB/22/15",
            "08/06/2022",
            "5",
            "Write to the Home Office about the uplift funding shortfall.",
            "PCC",
            "30/06/2022",
            "Letter sent 24/06.",
            "Reply received.",
            "Complete",
        ),
        (
            "SPB/22/16",
            "08/06/2022",
            "8",
            "Present options for a replacement records management system.",
            "Director of Digital Services",
            "14/12/2022",
            "Market testing.",
            "Soft market test closed; options paper in draft.",
            "Green",
        ),
        (
            "SPB/22/18",
            "13/07/2022",
            "4",
            "Confirm the timetable for the estates strategy refresh.",
            "CFO & DCC",
            "next meeting",
            "—",
            "Timetable in preparation.",
            "Red",
        ),
        (
            "SPB/22/19",
            "13/07/2022",
            "6",
            "Circulate the HMICFRS action plan with owners against each recommendation.",
            "ACC",
            "10/08/2022",
            "—",
            "Circulated 9 August.",
            "Complete",
        ),
        (
            "SPB/22/20",
            "13/07/2022",
            "7",
            "Set out the force’s response to the national review of police call handling.",
            "DCC",
            "14/09/2022",
            "—",
            "Response drafted; on this agenda.",
            "Green",
        ),
        (
            "SPB/22/21",
            "13/07/2022",
            "7",
            "Provide the Board with the staff survey results broken down by department.",
            "Director of People",
            "12/10/2022",
            "—",
            "Results due from provider in September.",
            "Green",
        ),
        (
            "SPB/22/22",
            "13/07/2022",
            "9",
            "Review the memorandum of understanding with the ambulance trust on mental health calls.",
            "ACC",
            "30/09/2022",
            "—",
            "First meeting with the trust held 2 August.",
            "Amber",
        ),
        (
            "SPB/22/23",
            "13/07/2022",
            "9",
            "Report the number of officers abstracted to hospital waits each month.",
            "ACC",
            "Monthly",
            "—",
            "First report circulated 5 September.",
            "Green",
        ),
        (
            "SPB/22/24",
            "13/07/2022",
            "10",
            "Publish the Board’s decisions log on the OPCC website.",
            "Chief Executive",
            "31/07/2022",
            "—",
            "Published 28 July.",
            "Closed",
        ),
        (
            "SPB/22/25",
            "13/07/2022",
            "10",
            "Agree the forward plan for Board meetings in 2023.",
            "PCC and CC",
            "12/10/2022",
            "—",
            "Draft forward plan shared.",
            "Amber",
        ),
    ]
    roles = {
        "ACC": ["Assistant Chief Constable"],
        "DCC": ["Deputy Chief Constable"],
        "CFO": ["Chief Finance Officer"],
        "CC": ["Chief Constable"],
        "PCC": ["Police and Crime Commissioner"],
        "Head of Criminal Justice": ["Head of Criminal Justice"],
        "Chief Executive / Head of Corporate Communications": ["Chief Executive", "Head of Corporate Communications"],
        "Director of Digital Services": ["Director of Digital Services"],
        "CFO & DCC": ["Chief Finance Officer", "Deputy Chief Constable"],
        "Director of People": ["Director of People"],
        "Chief Executive": ["Chief Executive"],
        "PCC and CC": ["Police and Crime Commissioner", "Chief Constable"],
    }
    rag = {
        "Red": colors.Color(1, 0.6, 0.6),
        "Amber": colors.Color(1, 0.85, 0.5),
        "Green": colors.Color(0.6, 0.9, 0.6),
        "Complete": colors.Color(0.7, 0.8, 1),
        "Closed": colors.Color(0.7, 0.8, 1),
    }
    cmds = []
    data = [
        [
            "Ref",
            "Date raised",
            "Agenda item",
            "Action",
            "Owner",
            "Due date",
            "Update 06/07/2022",
            "Update 07/09/2022",
            "RAG",
        ]
    ]
    for i, r in enumerate(rows, 1):
        data.append(list(r))
        cmds.append(("BACKGROUND", (8, i), (8, i), rag[r[8]]))
    s = [
        P("<b>Marrowick Strategic Policing Board – Action Log</b>", st("Helvetica-Bold", 13, space=2)),
        P("Version 3 – updated for the meeting on 14 September 2022", st("Helvetica", 9, space=8)),
        grid(
            data,
            [20 * mm, 20 * mm, 16 * mm, 58 * mm, 32 * mm, 20 * mm, 40 * mm, 43 * mm, 18 * mm],
            font="Helvetica",
            size=8.5,
            style_cmds=cmds,
        ),
    ]
    build(
        name,
        s,
        pagesize=landscape(A4),
        margins=10,
        footer=footer_fn(lambda n: f"Page {n}", header="OFFICIAL-SENSITIVE"),
    )

    def iso(t):
        if t.count("/") == 2:
            d, m, y = t.split("/")
            return f"{y}-{m}-{d}"
        return None

    acts = []
    for r in rows:
        target = iso(r[5])
        acts.append(
            act(
                r[3],
                r[0],
                iso(r[1]),
                r[2],
                roles[r[4]],
                target,
                "closed" if r[8] in ("Complete", "Closed") else "open",
                r[4],
                r[5],
            )
        )
    write_gold(name, dict(actions=acts))


# 8 ------------------------------------------------------------------ unruled JAC tracker, portrait
@doc
def thornmere_jac_tracker():
    name = "JAC action tracker (Thornmere) March 2024.pdf"
    rows = [
        (
            "1",
            "21.06.23",
            "23/98",
            "Update the gifts and hospitality register guidance and report back.",
            "Director of Finance",
            "27.09.23",
            "Guidance reissued September 2023.",
            "Completed",
        ),
        (
            "2",
            "27.09.23",
            "23/142",
            "Circulate the revised fleet audit implementation plan to members before the December meeting.",
            "MT",
            "06.12.23",
            "Circulated 30 November.",
            "Completed",
        ),
        (
            "3",
            "27.09.23",
            "23/143",
            "Provide a briefing note on the payroll overpayments identified in the limited assurance report.",
            "RP / MT",
            "06.12.23 (revised 20.03.24)",
            "Recovery figures awaited from payroll provider.",
            "Open",
        ),
        (
            "4",
            "27.09.23",
            "23/145",
            "Arrange a private session with internal and external auditors before the next meeting.",
            "BQ",
            "Dec 2023",
            "Held 6 December.",
            "Completed",
        ),
        (
            "5",
            "06.12.23",
            "23/171",
            "Bring the draft Annual Governance Statement timetable to the March meeting.",
            "Chief Finance Officer",
            "20.03.24",
            "On this agenda.",
            "Open",
        ),
        (
            "6",
            "06.12.23",
            "23/174",
            "Seek assurance on the cyber security penetration test results.",
            "Head of Internal Audit",
            "TBC",
            "Test scheduled for April.",
            "Open",
        ),
    ]
    owners = {
        "Director of Finance": ["Director of Finance"],
        "MT": ["Mark Tennant"],
        "RP / MT": ["Rowena Pike", "Mark Tennant"],
        "BQ": ["Bernard Quayle"],
        "Chief Finance Officer": ["Chief Finance Officer"],
        "Head of Internal Audit": ["Head of Internal Audit"],
    }
    key = (
        "Key to owners: BQ – Bernard Quayle (Chair); RP – Rowena Pike, Chief Finance Officer (OPCC); "
        "MT – Mark Tennant, Director of Finance (Force)"
    )
    data = [["No.", "Meeting", "Minute", "Action", "Owner", "Target date", "Progress", "Status"]] + [
        list(r) for r in rows
    ]
    s = [
        P("Thornmere Joint Audit Committee", st("LibSans-B", 14, space=2)),
        P("Action tracker – position at 11 March 2024", st("LibSans", 10, space=4)),
        P(key, st("LibSans", 8.5, space=8)),
        grid(
            data,
            [9 * mm, 17 * mm, 15 * mm, 48 * mm, 20 * mm, 22 * mm, 35 * mm, 22 * mm],
            font="LibSans",
            size=8.5,
            lines=None,
            header_bg=None,
            style_cmds=[("LINEBELOW", (0, 0), (-1, 0), 1, colors.black)],
        ),
    ]
    build(name, s, footer=footer_fn(lambda n: f"JAC 20 March 2024 – Agenda item 4 – page {n}", font="LibSans"))

    def iso(t):
        t = t.split("(revised ")[-1].rstrip(")") if "revised" in t else t
        if t.count(".") == 2:
            d, m, y = t.split(".")
            return f"20{y}-{m}-{d}"
        return None

    write_gold(
        name,
        dict(
            actions=[
                act(
                    r[3],
                    r[0],
                    iso(r[1]),
                    r[2],
                    owners[r[4]],
                    iso(r[5]),
                    "closed" if r[7] == "Completed" else "open",
                    r[4],
                    r[5],
                )
                for r in rows
            ]
        ),
    )


# 9 ------------------------------------------------------------------ Word action log, simple grid
@doc
def colnbury_actions_docx():
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    name = "Colnbury-FRA-actions-log.pdf"
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sty = d.styles["Normal"]
    sty.font.name = "Caladea"
    sty.font.size = Pt(10)
    d.add_heading("Colnbury Fire and Rescue Authority – Log of Actions", level=1)
    d.add_paragraph("Actions arising from meetings of the Authority. Completed actions are removed after one cycle.")
    rows = [
        (
            "FA 21-01",
            "8 June 2021",
            "5",
            "Report the use of the equipment reserve to the Resources Committee.",
            "Treasurer",
            "14 September 2021",
            "On the September agenda.",
            "Completed",
        ),
        (
            "FA 21-02",
            "8 June 2021",
            "6",
            "Publish the signed Annual Governance Statement on the website.",
            "Clerk to the Authority",
            "31 July 2021",
            "Published 22 July 2021.",
            "Completed",
        ),
        (
            "FA 21-03",
            "21 September 2021",
            "9",
            "Provide members with a map of on-call station availability by month.",
            "Deputy Chief Fire Officer",
            "December 2021",
            "Data being validated.",
            "In progress",
        ),
        (
            "FA 21-04",
            "21 September 2021",
            "11",
            "Arrange member training on the new Fire Standards.",
            "Chief Fire Officer and Clerk to the Authority",
            "15 March 2022",
            "Provider booked.",
            "In progress",
        ),
        (
            "FA 21-05",
            "21 September 2021",
            "12",
            "Review the allowances scheme with the Independent Remuneration Panel.",
            "Clerk to the Authority",
            "TBC",
            "Panel to meet in the new year.",
            "Not started",
        ),
    ]
    owners = {
        "Treasurer": ["Treasurer"],
        "Clerk to the Authority": ["Clerk to the Authority"],
        "Deputy Chief Fire Officer": ["Deputy Chief Fire Officer"],
        "Chief Fire Officer and Clerk to the Authority": ["Chief Fire Officer", "Clerk to the Authority"],
    }
    heads = ["Action no.", "Meeting date", "Minute", "Action required", "Lead officer", "Deadline", "Comment", "Status"]
    t = d.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, hd in zip(t.rows[0].cells, heads):
        c.text = hd
        c.paragraphs[0].runs[0].bold = True
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    t.autofit = False
    for col, w in zip(t.columns, (20, 26, 16, 62, 32, 26, 40, 25)):
        col.width = Mm(w)
    for row in t.rows:
        for c, w in zip(row.cells, (20, 26, 16, 62, 32, 26, 40, 25)):
            c.width = Mm(w)
    tmp = OUT / "colnbury_log_tmp.docx"
    d.save(tmp)
    docx_to_pdf(tmp, name)
    import datetime as dt

    def iso(x):
        try:
            return dt.datetime.strptime(x, "%d %B %Y").date().isoformat()
        except ValueError:
            return None

    write_gold(
        name,
        dict(
            actions=[
                act(
                    r[3],
                    r[0],
                    iso(r[1]),
                    r[2],
                    owners[r[4]],
                    iso(r[5]),
                    "closed" if r[7] == "Completed" else "open",
                    r[4],
                    r[5],
                )
                for r in rows
            ]
        ),
    )


# 10 ----------------------------------------------------------------- OPCC strategic register, 5x5 table
@doc
def harrowdale_risk_register():
    name = "Harrowdale OPCC Strategic Risk Register Q2 2022-23.pdf"
    sections = [
        (
            "Governance and accountability",
            [
                (
                    "SR1",
                    "Failure to hold the Chief Constable to account effectively because performance data is incomplete or late.",
                    "Chief Executive",
                    (4, 4),
                    "Performance framework; monthly data-quality checks; Accountability Board",
                    (3, 3),
                    (2, 3),
                    "12/09/2022",
                ),
                (
                    "SR2",
                    "Loss of public confidence following a data breach by the OPCC.",
                    "Chief Executive",
                    (3, 5),
                    "GDPR training; annual IT health check; data protection officer",
                    (2, 4),
                    (1, 4),
                    "12/09/2022",
                ),
            ],
        ),
        (
            "Finance and resources",
            [
                (
                    "SR3",
                    "The medium term financial plan cannot be balanced without reductions in officer numbers.",
                    "Chief Finance Officer",
                    (5, 4),
                    "Savings programme; reserves strategy; lobbying on the funding formula",
                    (4, 4),
                    (3, 3),
                    "05/10/2022",
                ),
                (
                    "SR4",
                    "Commissioned victim services cannot be sustained when grant funding ends in March 2023.",
                    "Head of Commissioning",
                    (4, 3),
                    "Exit plans agreed with providers; bids to Ministry of Justice",
                    (3, 3),
                    (2, 2),
                    "05/10/2022",
                ),
                (
                    "SR5",
                    "Capital programme slippage delays the new custody centre.",
                    "Chief Finance Officer",
                    (3, 4),
                    "Joint estates board; monthly capital monitoring",
                    (3, 2),
                    (2, 2),
                    "21/09/2022",
                ),
            ],
        ),
        (
            "Partnerships",
            [
                (
                    "SR6",
                    "Community safety partnerships do not deliver the Police and Crime Plan priorities funded by the Commissioner.",
                    "Head of Partnerships",
                    (3, 3),
                    "Grant agreements with outcomes; quarterly returns",
                    (2, 3),
                    (2, 2),
                    "21/09/2022",
                )
            ],
        ),
    ]
    head1 = [
        "Ref",
        "Risk description",
        "Risk owner",
        "Inherent risk",
        "",
        "",
        "Existing controls",
        "Residual risk",
        "",
        "",
        "Target risk",
        "",
        "",
        "Last review",
    ]
    head2 = ["", "", "", "L", "I", "Score", "", "L", "I", "Score", "L", "I", "Score", ""]
    data = [head1, head2]
    cmds = [
        ("SPAN", (3, 0), (5, 0)),
        ("SPAN", (7, 0), (9, 0)),
        ("SPAN", (10, 0), (12, 0)),
        ("BACKGROUND", (0, 0), (-1, 1), colors.Color(0.8, 0.85, 0.8)),
    ]
    risks = []

    def iso(t):
        d, m, y = t.split("/")
        return f"{y}-{m}-{d}"

    for obj, rs in sections:
        data.append([f"Objective: {obj}"] + [""] * 13)
        cmds += [
            ("SPAN", (0, len(data) - 1), (-1, len(data) - 1)),
            ("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.Color(0.93, 0.93, 0.93)),
        ]
        for ref, desc, own, inh, ctl, res, tgt, rev in rs:
            data.append(
                [
                    ref,
                    desc,
                    own,
                    str(inh[0]),
                    str(inh[1]),
                    str(inh[0] * inh[1]),
                    ctl,
                    str(res[0]),
                    str(res[1]),
                    str(res[0] * res[1]),
                    str(tgt[0]),
                    str(tgt[1]),
                    str(tgt[0] * tgt[1]),
                    rev,
                ]
            )
            risks.append(
                dict(
                    reference=ref,
                    objective=obj,
                    description=desc,
                    ratings=[
                        rating("inherent", "Inherent risk", *inh, inh[0] * inh[1], iso(rev)),
                        rating("current", "Residual risk", *res, res[0] * res[1], iso(rev)),
                        rating("target", "Target risk", *tgt, tgt[0] * tgt[1], iso(rev)),
                    ],
                )
            )
    s = [
        P("Office of the Police and Crime Commissioner for Harrowdale", st("DVSC", 9, space=2)),
        P("<b>Strategic Risk Register – Quarter 2 2022/23</b>", st("DVSC-B", 13, space=4)),
        P(
            "Scoring: likelihood (L) × impact (I), each on a scale of 1 to 5. Scores of 15 and above are reported to the Joint Audit Committee.",
            st("DVSC", 8.5, space=6),
        ),
        grid(
            data,
            [
                11 * mm,
                58 * mm,
                24 * mm,
                7 * mm,
                7 * mm,
                12 * mm,
                54 * mm,
                7 * mm,
                7 * mm,
                12 * mm,
                7 * mm,
                7 * mm,
                12 * mm,
                21 * mm,
            ],
            font="DVSC",
            size=8,
            style_cmds=cmds,
            repeat=2,
            header_bg=None,
        ),
    ]
    build(
        name,
        s,
        pagesize=landscape(A4),
        margins=12,
        footer=footer_fn(lambda n: f"Harrowdale OPCC Strategic Risk Register | {n}", font="DVSC"),
    )
    write_gold(name, dict(risks=risks))


# 11 ----------------------------------------------------------------- fire corporate register: 4x4 heat map + list
@doc
def fenwold_fire_register():
    name = "Fenwold-Fire-corporate-risk-register-31-Jan-2023.pdf"
    RD = "2023-01-31"
    risks = [
        (
            "CR01",
            "Response",
            "Appliance availability falls below the standard because of on-call crewing gaps.",
            "Area Manager Response",
            4,
            3,
        ),
        ("CR02", "Response", "Failure of the mobilising system during a spate of incidents.", "Head of Control", 2, 4),
        ("CR03", "People", "Industrial action affects the provision of emergency cover.", "Director of People", 3, 4),
        ("CR04", "People", "Loss of specialist skills as senior officers retire.", "Director of People", 3, 2),
        ("CR05", "Finance", "Pay awards above budget assumptions create a revenue gap in 2023/24.", "Treasurer", 4, 4),
        ("CR06", "Assets", "Delays to the replacement breathing apparatus contract.", "Head of Assets", 2, 2),
    ]
    b = st("Helvetica", 9, lead=11.5)
    s = [
        P("<b>FENWOLD FIRE AND RESCUE AUTHORITY</b>", st("Helvetica-Bold", 12, space=2)),
        P("Corporate Risk Register as at 31 January 2023", st("Helvetica", 11, space=8)),
        P(
            "Risks are scored on a four-point scale for likelihood (1 Rare – 4 Almost certain) and impact "
            "(1 Minor – 4 Critical). Risk score = likelihood × impact (maximum 16).",
            b,
        ),
        Spacer(1, 6),
    ]
    # heat map: rows impact 4..1, cols likelihood 1..4
    hm = [["Impact", "", "", "", ""]]
    for imp in (4, 3, 2, 1):
        row = [str(imp)]
        for lik in (1, 2, 3, 4):
            refs = ", ".join(r[0] for r in risks if r[4] == lik and r[5] == imp)
            row.append(refs)
        hm.append(row)
    hm.append(["", "1", "2", "3", "4"])
    hm.append(["", "Likelihood", "", "", ""])
    cmds = [("GRID", (1, 1), (4, 4), 0.5, colors.black), ("ALIGN", (0, 0), (-1, -1), "CENTER")]
    for ri, imp in enumerate((4, 3, 2, 1), 1):
        for ci, lik in enumerate((1, 2, 3, 4), 1):
            sc = imp * lik
            col = (
                colors.Color(1, 0.6, 0.6)
                if sc >= 12
                else colors.Color(1, 0.85, 0.5)
                if sc >= 6
                else colors.Color(0.7, 0.9, 0.7)
            )
            cmds.append(("BACKGROUND", (ci, ri), (ci, ri), col))
    t = Table(hm, colWidths=[18 * mm] + [24 * mm] * 4, rowHeights=[12] + [22] * 4 + [12, 12])
    t.setStyle(TableStyle(cmds + [("FONT", (0, 0), (-1, -1), "Helvetica", 8.5)]))
    s += [t, Spacer(1, 10), P("<b>Risk list</b>", st("Helvetica-Bold", 10))]
    data = [["Risk no.", "Category", "Risk", "Owner", "Likelihood", "Impact", "Risk score"]]
    for r in risks:
        data.append([r[0], r[1], r[2], r[3], str(r[4]), str(r[5]), str(r[4] * r[5])])
    s.append(
        grid(
            data,
            [16 * mm, 20 * mm, 66 * mm, 32 * mm, 19 * mm, 14 * mm, 17 * mm],
            font="Helvetica",
            size=8.5,
            lines="rules",
            header_bg=colors.Color(0.85, 0.85, 0.85),
        )
    )
    build(name, s, footer=footer_fn(lambda n: f"- {n} -"))
    write_gold(
        name,
        dict(
            risks=[
                dict(
                    reference=r[0],
                    objective=r[1],
                    description=r[2],
                    ratings=[rating("current", "Risk score", r[4], r[5], r[4] * r[5], RD)],
                )
                for r in risks
            ]
        ),
    )


# 12 ----------------------------------------------------------------- JAC pack with cover sheets
@doc
def marrowick_jac_pack():
    name = "Marrowick JAC pack 22 June 2023.pdf"
    D, PREV = "2023-06-22", "2023-03-15"
    body = "Marrowick Joint Audit Committee"
    loc = "Meeting Room 1, Marrowick Police Headquarters, Abbey Fields, Fordham"
    b = st("Caladea", 10.5, lead=13.5, space=5)
    h = st("Caladea-B", 11, space=4)
    cover = st("Caladea-B", 26, align=TA_CENTER, lead=32)

    def cover_sheet(label, title):
        return [Spacer(1, 80 * mm), P(label, cover), P(title, st("Caladea", 16, align=TA_CENTER)), PageBreak()]

    s = [
        Spacer(1, 50 * mm),
        P(body.upper(), cover),
        Spacer(1, 10),
        P("Thursday 22 June 2023 at 2.00pm", st("Caladea", 16, align=TA_CENTER)),
        P(loc, st("Caladea", 12, align=TA_CENTER)),
        Spacer(1, 20),
        P("AGENDA AND REPORTS", st("Caladea-B", 16, align=TA_CENTER)),
        PageBreak(),
    ]
    items = [
        ("1", "Apologies for absence", "Chair", ""),
        ("2", "Declarations of interest", "Chair", ""),
        ("3", "Minutes of the meeting held on 15 March 2023", "Chair", "Item 3"),
        ("4", "Action log", "Governance Officer", "Item 4"),
        ("5", "Joint Strategic Risk Register", "Chief Finance Officer (OPCC)", "Item 5"),
        ("6", "Internal Audit Annual Report 2022/23", "Head of Internal Audit", "verbal"),
        ("7", "Date of next meeting – 28 September 2023", "Chair", ""),
    ]
    s += [
        P("AGENDA", st("Caladea-B", 14, space=6)),
        P(f"{body} – Thursday 22 June 2023, 2.00pm – {loc}", b),
        grid(
            [["No.", "Item", "Presented by", "Paper"]] + [list(i) for i in items],
            [12 * mm, 95 * mm, 45 * mm, 20 * mm],
            font="Caladea",
            size=10,
            lines="rules",
            header_bg=None,
        ),
        PageBreak(),
    ]
    # item 3 minutes
    s += cover_sheet("Item 3", "Unconfirmed minutes – 15 March 2023")
    people = [
        ("Harriet Dunmore", "member", "Independent Member (Chair)"),
        ("Colm Regan", "member", "Independent Member"),
        ("Sunita Bhatt", "member", "Independent Member"),
        ("Philip Varley", "in_attendance", "Chief Finance Officer, OPCC"),
        ("Anita Crewe", "in_attendance", "Chief Finance Officer, Marrowick Police"),
        ("Jonah Wilde", "in_attendance", "Internal Audit Manager"),
        ("Grace Ekwueme", "in_attendance", "Governance Officer (minutes)"),
        ("Terence Moss", "apologies", "Independent Member"),
    ]
    s += [
        P("<b>MARROWICK JOINT AUDIT COMMITTEE</b>", h),
        P(
            "UNCONFIRMED MINUTES of the meeting held on Wednesday 15 March 2023 at 10.00am at "
            "Marrowick Police Headquarters, Abbey Fields, Fordham",
            b,
        ),
        P("<b>Present:</b> " + ", ".join(f"{n} ({r})" for n, a, r in people if a == "member"), b),
        P("<b>In attendance:</b> " + ", ".join(f"{n} ({r})" for n, a, r in people if a == "in_attendance"), b),
        P("<b>Apologies:</b> Terence Moss (Independent Member)", b),
    ]
    dec = [
        ("2", "approved", "The Committee approved the minutes of the meeting held on 7 December 2022."),
        ("4", "endorsed", "The Committee endorsed the internal audit plan for 2023/24."),
        ("5", "agreed", "The Committee agreed to receive the joint strategic risk register at every meeting."),
    ]
    macts = [
        (
            "4",
            "Add a review of seized property handling to the 2023/24 audit plan.",
            ["Internal Audit Manager"],
            "Internal Audit Manager",
        ),
        ("5", "Show the direction of travel for each risk in the next register.", ["Chief Finance Officer"], "CFO"),
    ]
    mins = [
        ("1", "Apologies", ["Apologies were received as above. There were no declarations of interest."]),
        ("2", "Minutes and matters arising", [dec[0][2]]),
        (
            "3",
            "External audit",
            ["The external auditor reported that the 2021/22 opinions had been issued unqualified."],
        ),
        (
            "4",
            "Internal audit plan 2023/24",
            [
                "The Internal Audit Manager presented the plan. " + dec[1][2],
                "Action: " + macts[0][1] + " (Internal Audit Manager)",
            ],
        ),
        ("5", "Risk management", [dec[2][2], "Action: " + macts[1][1] + " (CFO)"]),
    ]
    for no, hd, ps in mins:
        s.append(P(f"{no}. {hd}", h))
        s += [P(x, b) for x in ps]
    s.append(PageBreak())
    # item 4 log
    s += cover_sheet("Item 4", "Action log")
    log = [
        (
            "JAC/31",
            "07/12/2022",
            "6",
            "Report on the timeliness of payments to suppliers.",
            "Force CFO",
            "15/03/2023",
            "Reported in March.",
            "Closed",
        ),
        (
            "JAC/32",
            "07/12/2022",
            "8",
            "Circulate the revised anti-fraud policy.",
            "Governance Officer",
            "31/01/2023",
            "Circulated 25 January.",
            "Closed",
        ),
        (
            "JAC/33",
            "15/03/2023",
            "4",
            macts[0][1],
            "Internal Audit Manager",
            "22/06/2023",
            "Included in plan, fieldwork Q3.",
            "Closed",
        ),
        ("JAC/34", "15/03/2023", "5", macts[1][1], "CFO", "22/06/2023", "See item 5.", "Open"),
    ]
    s += [
        P("<b>Marrowick Joint Audit Committee – Action Log</b>", h),
        grid(
            [["No.", "Date of meeting", "Item", "Action", "Lead", "Due", "Progress", "Status"]]
            + [list(r) for r in log],
            [15 * mm, 20 * mm, 11 * mm, 46 * mm, 24 * mm, 21 * mm, 26 * mm, 15 * mm],
            font="Caladea",
            size=9,
        ),
        PageBreak(),
    ]
    # item 5 cover report + register
    s += cover_sheet("Item 5", "Joint Strategic Risk Register")
    s += [
        P("<b>Report of the Chief Finance Officer (OPCC)</b>", h),
        P(
            "1. Purpose. This report presents the joint strategic risk register of the Commissioner and the "
            "Chief Constable as at 31 May 2023.",
            b,
        ),
        P("2. Recommendation. The Committee is asked to note the register and the changes since March.", b),
        P("3. Summary. One new risk has been added (JR7) and one risk has been de-escalated to the force register.", b),
    ]
    reg = [
        (
            "JR3",
            "Insufficient funding to maintain officer numbers in 2024/25.",
            "Chief Finance Officers",
            (4, 4),
            (3, 4),
        ),
        (
            "JR5",
            "Failure of the legacy crime recording system before replacement.",
            "Director of Digital Services",
            (3, 4),
            (2, 4),
        ),
        (
            "JR6",
            "Vetting backlog delays the recruitment of police staff.",
            "Head of Professional Standards",
            (3, 3),
            (2, 2),
        ),
        ("JR7", "Demand from mental health incidents exceeds available police resources.", "ACC", (4, 3), (3, 2)),
    ]
    rdata = [["Ref", "Risk", "Owner", "Current rating", "Target rating"]]
    for ref, desc, own, cur, tgt in reg:
        rdata.append(
            [ref, desc, own, f"L={cur[0]}, I={cur[1]}: {cur[0] * cur[1]}", f"L={tgt[0]}, I={tgt[1]}: {tgt[0] * tgt[1]}"]
        )
    s += [
        P("Appendix A – Joint Strategic Risk Register (5 × 5 scoring), reviewed 31 May 2023", h),
        grid(rdata, [14 * mm, 72 * mm, 38 * mm, 25 * mm, 25 * mm], font="Caladea", size=9),
    ]
    s += [
        Spacer(1, 10),
        P("<b>Glossary</b>", h),
        P(
            "JAC – Joint Audit Committee. OPCC – Office of the Police and Crime Commissioner. "
            "L – likelihood. I – impact. CFO – Chief Finance Officer.",
            b,
        ),
    ]
    build(name, s, footer=footer_fn(lambda n: f"Page {n}", font="Caladea"))
    roles = {
        "Force CFO": ["Chief Finance Officer"],
        "Governance Officer": ["Governance Officer"],
        "Internal Audit Manager": ["Internal Audit Manager"],
        "CFO": ["Chief Finance Officer"],
    }

    def iso(t):
        d, m, y = t.split("/")
        return f"{y}-{m}-{d}"

    acts = []
    for r in log:
        if r[1] == "15/03/2023":  # minuted on 15 March and logged: one record
            continue
        acts.append(act(r[3], r[0], iso(r[1]), r[2], roles[r[4]], iso(r[5]), r[7].lower(), r[4], r[5]))
    for (it, x, o, ot), r in zip(macts, log[2:]):
        acts.append(act(x, r[0], PREV, it, roles[r[4]], iso(r[5]), r[7].lower(), ot, r[5]))
    write_gold(
        name,
        dict(
            meetings=[
                dict(body=body, meeting_date=D, start_time="14:00", location=loc, minutes_status=None),
                dict(
                    body=body,
                    meeting_date=PREV,
                    start_time="10:00",
                    location="Marrowick Police Headquarters, Abbey Fields, Fordham",
                    minutes_status="draft",
                ),
            ],
            attendance=att(PREV, people),
            agenda_items=[dict(meeting_date=D, item_number=n, title=t, presenter_text=p) for n, t, p, _ in items],
            decisions=[dict(meeting_date=PREV, item_number=n, decision_type=t, text=x) for n, t, x in dec],
            actions=acts,
            risks=[
                dict(
                    reference=ref,
                    objective=None,
                    description=desc,
                    ratings=[
                        rating("current", "Current rating", *cur, cur[0] * cur[1], "2023-05-31"),
                        rating("target", "Target rating", *tgt, tgt[0] * tgt[1], "2023-05-31"),
                    ],
                )
                for ref, desc, own, cur, tgt in reg
            ],
        ),
    )


# 13 ----------------------------------------------------------------- board papers: agenda + minutes + log + finance
@doc
def ashcombe_board_papers():
    name = "Ashcombe-Accountability-Board-papers-2022-10-19.pdf"
    D, PREV = "2022-10-19", "2022-09-21"
    body = "Ashcombe Police Accountability Board"
    loc = "Boardroom, Ashcombe Police Headquarters, Kiln Road, Ashcombe"
    b = st("DVS", 9.5, lead=12, space=4)
    h = st("DVS-B", 10.5, space=4)

    def hdr(label):
        def draw(canvas, doc):
            canvas.saveState()
            w, hh = doc.pagesize
            canvas.setFont("DVS", 7.5)
            canvas.drawString(18 * mm, hh - 10 * mm, "Ashcombe Police Accountability Board – 19 October 2022")
            canvas.drawRightString(w - 18 * mm, 10 * mm, f"Page {doc.page}")
            canvas.restoreState()

        return draw

    items = [
        ("1.", "Welcome and apologies", "PCC"),
        ("2.", "Minutes of the meeting held on 21 September 2022", "PCC"),
        ("3.", "Action log", "Head of Governance"),
        ("4.", "Finance monitoring – month 6", "CFO"),
        ("5.", "Neighbourhood policing review", "ACC"),
        ("6.", "Any other business", "All"),
    ]
    s = [
        P(f"<b>{body}</b>", st("DVS-B", 14, space=3)),
        P(f"Wednesday 19 October 2022, 10.00am – 12.00pm<br/>{loc}", b),
        P("<b>AGENDA</b>", h),
    ]
    for no, t, lead in items:
        s.append(P(f"{no}&nbsp;&nbsp;{t} <i>({lead})</i>", b))
    s.append(PageBreak())
    people = [
        ("Rachel Underhill", "member", "Police and Crime Commissioner", "RU"),
        ("Stephen Gault", "member", "Chief Constable", "SG"),
        ("Bella Harrow", "member", "Assistant Chief Constable", "BH"),
        ("Kofi Asante", "member", "Chief Executive, OPCC", "KA"),
        ("Louise Dimmock", "member", "Chief Finance Officer, OPCC", "LD"),
        ("Peter Quill", "in_attendance", "Head of Governance, OPCC", "PQ"),
        ("Yusuf Amin", "apologies", "Deputy Chief Constable", "YA"),
    ]
    s += [
        P("Agenda item 2", st("DVS", 8, space=1)),
        P(f"<b>{body.upper()}</b>", h),
        P("Minutes of the meeting held on 21 September 2022 at 10.00am, Boardroom, Ashcombe Police Headquarters", b),
        P("DRAFT – subject to approval", st("DVS-B", 9, space=6)),
    ]
    s.append(
        grid(
            [["Attendee", "Role", ""]]
            + [
                [n, r, {"member": "Present", "in_attendance": "In attendance", "apologies": "Apologies"}[a]]
                for n, a, r, _ in people
            ],
            [45 * mm, 70 * mm, 30 * mm],
            font="DVS",
            size=9,
        )
    )
    s.append(Spacer(1, 6))
    dec = [
        ("2", "approved", "The PCC approved the minutes of 17 August 2022 as an accurate record."),
        ("4", "noted", "The Board noted the forecast overspend of £0.6m and the mitigation plan."),
        (
            "5",
            "agreed",
            "The Commissioner agreed to fund two additional analysts for the neighbourhood review from reserves.",
        ),
    ]
    acts = [
        (
            "4",
            "LD and KA to bring a revised reserves forecast to the November Board.",
            ["Louise Dimmock", "Kofi Asante"],
            "LD and KA",
        ),
        (
            "5",
            "BH to publish the neighbourhood policing review terms of reference by 31 October 2022.",
            ["Bella Harrow"],
            "BH",
        ),
    ]
    for no, hd, ps in [
        ("1", "Welcome and apologies", ["The PCC welcomed attendees; apologies from the DCC were noted."]),
        ("2", "Minutes", [dec[0][2]]),
        ("3", "Action log", ["The action log was reviewed and updated."]),
        ("4", "Finance", ["The CFO presented the month 5 position. " + dec[1][2], "<b>Action:</b> " + acts[0][1]]),
        (
            "5",
            "Neighbourhood policing review",
            ["The ACC set out the scope of the review. " + dec[2][2], "<b>Action:</b> " + acts[1][1]],
        ),
    ]:
        s.append(P(f"{no}. {hd}", h))
        s += [P(x, b) for x in ps]
    s.append(PageBreak())
    log = [
        (
            "AB-041",
            "17.08.22",
            "4",
            "Confirm the timetable for the precept consultation.",
            "Chief Executive",
            "21.09.22",
            "Complete",
        ),
        ("AB-042", "17.08.22", "6", "Share the force’s draft fleet strategy with the OPCC.", "ACC", "30.11.22", "Open"),
        ("AB-043", "21.09.22", "4", acts[0][1], "LD and KA", "16.11.22", "Open"),
        ("AB-044", "21.09.22", "5", acts[1][1], "BH", "31.10.22", "Open"),
    ]
    s += [
        P("Agenda item 3", st("DVS", 8, space=1)),
        P("<b>Action log – Accountability Board</b>", h),
        grid(
            [["Ref", "Raised", "Item", "Action", "Owner", "Due", "Status"]] + [list(r) for r in log],
            [16 * mm, 19 * mm, 12 * mm, 60 * mm, 24 * mm, 19 * mm, 21 * mm],
            font="DVS",
            size=8.5,
        ),
        PageBreak(),
    ]
    s += [
        P("Agenda item 4", st("DVS", 8, space=1)),
        P("<b>Finance monitoring report – month 6 (September 2022)</b>", h),
        P(
            "This report summarises the revenue position of the Commissioner and the Chief Constable at the end of September.",
            b,
        ),
        grid(
            [
                ["Budget area", "Annual budget £m", "Forecast £m", "Variance £m"],
                ["Police officer pay", "88.4", "89.1", "0.7"],
                ["Police staff pay", "41.2", "40.9", "(0.3)"],
                ["Non-pay", "27.6", "27.8", "0.2"],
                ["OPCC and commissioning", "4.9", "4.9", "0.0"],
                ["Total", "162.1", "162.7", "0.6"],
            ],
            [60 * mm, 35 * mm, 30 * mm, 30 * mm],
            font="DVS",
            size=9,
        ),
        P("The Board is asked to note the forecast position.", b),
    ]
    build(name, s, footer=hdr(""))
    owners = {"Chief Executive": ["Chief Executive"], "ACC": ["Assistant Chief Constable"]}

    def iso(t):
        d, m, y = t.split(".")
        return f"20{y}-{m}-{d}"

    out = [
        act(
            r[3], r[0], iso(r[1]), r[2], owners[r[4]], iso(r[5]), "closed" if r[6] == "Complete" else "open", r[4], r[5]
        )
        for r in log[:2]
    ]
    for (it, x, o, ot), r in zip(acts, log[2:]):
        out.append(act(x, r[0], PREV, it, o, iso(r[5]), "open", ot, r[5]))
    write_gold(
        name,
        dict(
            meetings=[
                dict(body=body, meeting_date=D, start_time="10:00", location=loc, minutes_status=None),
                dict(
                    body=body,
                    meeting_date=PREV,
                    start_time="10:00",
                    location="Boardroom, Ashcombe Police Headquarters",
                    minutes_status="draft",
                ),
            ],
            attendance=att(PREV, [(n, a, r) for n, a, r, _ in people]),
            agenda_items=[
                dict(meeting_date=D, item_number=n.rstrip("."), title=t, presenter_text=p) for n, t, p in items
            ],
            decisions=[dict(meeting_date=PREV, item_number=n, decision_type=t, text=x) for n, t, x in dec],
            actions=out,
        ),
    )


# 14 ----------------------------------------------------------------- risk register as numbered entries, banded ratings
@doc
def lyddenshire_risk_register():
    name = "Lyddenshire_Joint_Corporate_Risk_Register_Nov21.pdf"
    b = st("LibSans", 9.5, lead=12, space=2)
    band = {range(1, 5): "Low", range(5, 10): "Medium", range(10, 16): "High", range(16, 26): "Very High"}

    def lvl(x):
        return next(v for k, v in band.items() if x in k)

    risks = [
        (
            "Protecting the public",
            "LJR 01",
            "Insufficient detective capacity leads to delays in the investigation of serious sexual offences.",
            "Deputy Chief Constable",
            (4, 5),
            (4, 4),
            (2, 4),
            "15 November 2021",
        ),
        (
            "Protecting the public",
            "LJR 02",
            "The force cannot meet the Strategic Policing Requirement for public order mutual aid.",
            "Assistant Chief Constable",
            (3, 4),
            (2, 4),
            (2, 3),
            "15 November 2021",
        ),
        (
            "Efficient and effective services",
            "LJR 03",
            "The emergency services network programme is delayed, requiring an extension of the current radio contract.",
            "Chief Finance Officer",
            (4, 4),
            (3, 4),
            (3, 3),
            "2 November 2021",
        ),
        (
            "Efficient and effective services",
            "LJR 04",
            "A cyber attack disables core systems for more than 24 hours.",
            "Director of Information",
            (3, 5),
            (2, 5),
            (2, 4),
            "2 November 2021",
        ),
        (
            "Trust and confidence",
            "LJR 05",
            "Misconduct by officers or staff damages public confidence.",
            "Head of Professional Standards",
            (3, 4),
            (3, 3),
            (2, 3),
            "9 November 2021",
        ),
    ]
    import datetime as dt

    s = [
        P("<b>Lyddenshire Police and Police and Crime Commissioner</b>", st("LibSans-B", 13, space=2)),
        P("Joint Corporate Risk Register – November 2021", st("LibSans", 11, space=4)),
        P(
            "Risk rating = likelihood (1–5) × impact (1–5). Bands: 1–4 Low; 5–9 Medium; 10–15 High; 16–25 Very High.",
            st("LibSans", 8.5, space=8),
        ),
    ]
    out = []
    last = None
    for obj, ref, desc, own, o, c, t, rev in risks:
        if obj != last:
            s.append(P(f"<b>Priority: {obj}</b>", st("LibSans-B", 11, space=4)))
            last = obj
        lines = [P(f"<b>{ref}</b>", b), P(desc, b), P(f"Risk owner: {own}", b)]
        for lab, r in (("Original risk rating", o), ("Current risk rating", c), ("Target risk rating", t)):
            lines.append(P(f"{lab}: Likelihood {r[0]} x Impact {r[1]} = {r[0] * r[1]} ({lvl(r[0] * r[1])})", b))
        lines.append(P(f"Date of last review: {rev}", b))
        box = Table([[lines]], colWidths=[170 * mm])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.grey)]))
        s += [KeepTogether([box, Spacer(1, 6)])]
        d = dt.datetime.strptime(rev, "%d %B %Y").date().isoformat()
        out.append(
            dict(
                reference=ref,
                objective=obj,
                description=desc,
                ratings=[
                    rating("inherent", "Original risk rating", *o, o[0] * o[1], d),
                    rating("current", "Current risk rating", *c, c[0] * c[1], d),
                    rating("target", "Target risk rating", *t, t[0] * t[1], d),
                ],
            )
        )
    build(name, s, footer=footer_fn(lambda n: f"Page {n}", font="LibSans"), margins=20)
    write_gold(name, dict(risks=out))


if __name__ == "__main__":
    import sys

    only = sys.argv[1:]
    for fn in DOCS:
        if not only or fn.__name__ in only:
            fn()
            print("built", fn.__name__)
