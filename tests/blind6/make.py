#!/usr/bin/env python3
"""Rebuild the blind6 set: every PDF and its gold JSON from the same strings.

    python3 make.py   (run from any directory; writes next to this file)

Bodies, areas, people and business are invented (Calderwick, Fenmarsh, Hollinshire,
Marrowvale, Tarnside, Greywold)."""

import json
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape as esc

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).resolve().parent
GOLD = OUT / "gold"
TT = "/usr/share/fonts/truetype/"
for nm, f in [
    ("Carlito", "crosextra/Carlito-Regular.ttf"),
    ("Carlito-Bold", "crosextra/Carlito-Bold.ttf"),
    ("Caladea", "crosextra/Caladea-Regular.ttf"),
    ("Caladea-Bold", "crosextra/Caladea-Bold.ttf"),
    ("DVS", "dejavu/DejaVuSans.ttf"),
    ("DVS-Bold", "dejavu/DejaVuSans-Bold.ttf"),
    ("DVSC", "dejavu/DejaVuSansCondensed.ttf"),
    ("DVSC-Bold", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    ("DVSerif", "dejavu/DejaVuSerif.ttf"),
    ("DVSerif-Bold", "dejavu/DejaVuSerif-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(nm, TT + f))

ROLE = {
    "PCC": "Police and Crime Commissioner",
    "DPCC": "Deputy Police and Crime Commissioner",
    "CC": "Chief Constable",
    "DCC": "Deputy Chief Constable",
    "ACC": "Assistant Chief Constable",
    "CFO": "Chief Finance Officer",
    "Chief Executive": "Chief Executive",
    "OPCC": "Office of the Police and Crime Commissioner",
}


KEEP_WHOLE = {"Head of Risk and Assurance"}  # one title with "and" in it, not two owners


def owners(text, initials=None):
    """Owner names for a printed owner cell, split on '/', '&' and ' and '."""
    if text in KEEP_WHOLE:
        return [text]
    parts = [p.strip() for p in text.replace("&", "/").replace(" and ", "/").split("/") if p.strip()]
    return [(initials or {}).get(p) or ROLE.get(p, p) for p in parts]


def gold_of(stem, types):
    return {"file": stem + ".pdf", **{t: [] for t in types}}


def write_gold(stem, g):
    (GOLD / f"{stem}.json").write_text(json.dumps(g, indent=1, ensure_ascii=False) + "\n")


def st(font, size, bold=None, lead=None, **kw):
    return ParagraphStyle(
        font + str(size) + str(kw),
        fontName=bold or font,
        fontSize=size,
        leading=lead or size * 1.25,
        **kw,
    )


def P(text, style):
    return Paragraph(text, style)


def build(
    stem,
    story,
    pagesize=A4,
    header=None,
    footer=None,
    font="Helvetica",
    margins=18 * mm,
):
    """Build with a header text (left) and footer callable(page) -> text (centred)."""

    def deco(c, d):
        c.saveState()
        c.setFont(font, 8)
        w, h = pagesize
        if header:
            c.drawString(margins, h - 10 * mm, header)
        if footer:
            c.drawCentredString(w / 2, 9 * mm, footer(c.getPageNumber()))
        c.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / f"{stem}.pdf"),
        pagesize=pagesize,
        leftMargin=margins,
        rightMargin=margins,
        topMargin=margins,
        bottomMargin=margins,
        title=stem.replace("-", " "),
        author="blind6",
    )
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def grid(
    data,
    widths,
    font,
    size,
    header_bg=None,
    rules="grid",
    repeat=1,
):
    header_bg = header_bg if header_bg is not None else colors.HexColor("#D9D9D9")
    s = st(font, size)
    sb = st(
        font,
        size,
        bold=font + "-Bold"
        if font not in ("Helvetica", "Times-Roman")
        else {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font],
    )
    rows = [
        [P(esc(c) if isinstance(c, str) else c, sb if i < repeat else s) if isinstance(c, str) else c for c in r]
        for i, r in enumerate(data)
    ]
    t = Table(rows, colWidths=widths, repeatRows=repeat)
    cmds = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, repeat - 1), header_bg),
    ]
    if rules == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif rules == "h":
        cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey)]
    t.setStyle(TableStyle(cmds))
    return t


def docx_to_pdf(document, stem):
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.docx"
        document.save(src)
        subprocess.run(
            [
                "soffice",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(OUT),
                str(src),
            ],
            check=True,
            capture_output=True,
        )


# ---------------------------------------------------------------- 1. council minutes 22/141
def calderwick_panel_minutes():
    stem = "2022-03-08-Calderwick-Police-and-Crime-Panel-minutes"
    g = gold_of(stem, ["meetings", "attendance", "agenda_items", "decisions", "actions"])
    date = "2022-03-08"
    body = "Calderwick Police and Crime Panel"
    loc = "the Council Chamber, Civic Centre, Calderwick"
    g["meetings"].append(
        {
            "body": body,
            "meeting_date": date,
            "start_time": "10:00",
            "location": loc,
            "minutes_status": "draft",
        }
    )
    present = [
        ("Anne Pickford", "Councillor Anne Pickford (Chair)"),
        ("Rhys Dunmore", "Councillor Rhys Dunmore"),
        ("Heather Oyelaran", "Councillor Heather Oyelaran (Vice-Chair)"),
        ("Simon Tate", "Councillor Simon Tate"),
        ("Gillian Marsh", "Mrs Gillian Marsh (Independent Co-opted Member)"),
    ]
    also = [
        ("Martin Osei", "Martin Osei (Police and Crime Commissioner)"),
        ("Laura Fenwick", "Laura Fenwick (Chief Executive, OPCC)"),
        ("Daniel Cray", "Daniel Cray (Panel Support Officer)"),
    ]
    apols = [("Peter Wainwright", "Councillor Peter Wainwright")]
    for n, t in present:
        g["attendance"].append({"meeting_date": date, "name": n, "attendance": "member", "role_text": t})
    for n, t in also:
        g["attendance"].append(
            {
                "meeting_date": date,
                "name": n,
                "attendance": "in_attendance",
                "role_text": t,
            }
        )
    for n, t in apols:
        g["attendance"].append({"meeting_date": date, "name": n, "attendance": "apologies", "role_text": t})
    f, fb = "Helvetica", "Helvetica-Bold"
    n, _b, h = st(f, 10), st(f, 10, fb), st(f, 14, fb, alignment=TA_CENTER)
    ind = st(f, 10, leftIndent=22 * mm, firstLineIndent=-22 * mm)
    ind2 = st(f, 10, leftIndent=30 * mm, firstLineIndent=-8 * mm)
    s = [
        P("DRAFT", st(f, 10, fb, alignment=TA_RIGHT)),
        P("CALDERWICK POLICE AND CRIME PANEL", h),
        Spacer(1, 6),
        P(
            f"MINUTES of the meeting of the {body} held on Tuesday 8 March 2022 at 10.00 am in {loc}",
            n,
        ),
        Spacer(1, 6),
        P("<b>PRESENT:</b> " + ", ".join(t for _, t in present), n),
        Spacer(1, 4),
        P("<b>ALSO PRESENT:</b> " + ", ".join(t for _, t in also), n),
        Spacer(1, 4),
        P("<b>APOLOGIES:</b> " + ", ".join(t for _, t in apols), n),
        Spacer(1, 8),
    ]

    def minute(no, head, paras):
        s.append(P(f"<b>{no}</b>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<b>{head}</b>", ind))
        for p in paras:
            s.append(P(p, st(f, 10, leftIndent=22 * mm, spaceBefore=3)))
        s.append(Spacer(1, 6))

    def dec(no, typ, text):
        g["decisions"].append(
            {
                "meeting_date": date,
                "item_number": no,
                "decision_type": typ,
                "text": text,
            }
        )

    minute(
        "22/141",
        "APOLOGIES FOR ABSENCE AND SUBSTITUTES",
        ["Apologies were received from Councillor Peter Wainwright. No substitute had been nominated."],
    )
    minute(
        "22/142",
        "DECLARATIONS OF INTEREST",
        ["Councillor Simon Tate declared a non-pecuniary interest as a trustee of a victim support charity."],
    )
    t = "RESOLVED – That the minutes of the meeting held on 1 February 2022 be confirmed as a correct record and signed by the Chair."
    dec("22/143", "resolved", t)
    minute("22/143", "MINUTES OF THE PREVIOUS MEETING", [t])
    t1 = "RESOLVED – That (a) the report be received; (b) the Commissioner be asked to publish quarterly figures on call handling times; and (c) a working group of three members review the complaints process."
    dec("22/144", "resolved", t1)
    minute(
        "22/144",
        "POLICE AND CRIME PLAN – PERFORMANCE REPORT, QUARTER 3",
        [
            (
                "The Commissioner introduced the report, which set out performance against the six priorities of the plan. "
                "Members asked about the time taken to answer non-emergency calls and the number of complaints resolved informally."
            ),
        ],
    )
    s.pop()
    s.append(P("RESOLVED – That", st(f, 10, leftIndent=22 * mm, spaceBefore=3)))
    for part in [
        "(a) the report be received;",
        "(b) the Commissioner be asked to publish quarterly figures on call handling times; and",
        "(c) a working group of three members review the complaints process.",
    ]:
        s.append(P(part, ind2))
    s.append(Spacer(1, 6))
    t2 = "The Panel noted the update on the recruitment of the new Chief Constable and the timetable for the confirmation hearing."
    dec("22/145", "noted", t2)
    minute(
        "22/145",
        "CHIEF CONSTABLE RECRUITMENT – UPDATE",
        [
            "The Chief Executive explained that the post had been advertised nationally and that interviews would take place in April. "
            + t2
        ],
    )
    t3 = "RESOLVED – That the work programme for 2022/23 be approved, with the addition of an item on rural crime."
    dec("22/146", "resolved", t3)
    minute("22/146", "WORK PROGRAMME", [t3])
    minute(
        "22/147",
        "DATE OF NEXT MEETING",
        ["The next meeting would be held on Tuesday 7 June 2022 at 10.00 am."],
    )
    s.append(Spacer(1, 12))
    s.append(P("The meeting closed at 12.20 pm.", n))
    s.append(Spacer(1, 20))
    s.append(P("Chair ....................................................", n))
    del g["agenda_items"], g["actions"]
    g["actions"] = []
    build(
        stem,
        s,
        header="Calderwick Police and Crime Panel – 8 March 2022",
        font=f,
        footer=lambda p: f"{p}",
    )
    write_gold(stem, g)


# ---------------------------------------------------------------- 2. fire authority minutes (Word)
def fenmarsh_fire_minutes():
    from docx import Document
    from docx.shared import Pt

    stem = "Fenmarsh-Fire-Authority-Minutes-21-June-2022"
    g = gold_of(stem, ["meetings", "attendance", "decisions", "actions"])
    date = "2022-06-21"
    body = "Fenmarsh Fire and Rescue Authority"
    loc = "Authority Room, Fire Service Headquarters, Mill Lane, Fenbury"
    g["meetings"].append(
        {
            "body": body,
            "meeting_date": date,
            "start_time": "14:00",
            "location": loc,
            "minutes_status": "approved",
        }
    )
    d = Document()
    d.styles["Normal"].font.name = "Liberation Sans"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.footer.paragraphs[0].text = "Fenmarsh Fire and Rescue Authority – 21 June 2022"
    sec.header.paragraphs[0].text = "Approved by the Authority on 20 September 2022"
    d.add_heading(body.upper(), 1)
    d.add_paragraph(f"Minutes of the Annual Meeting held on 21 June 2022 at 2.00 pm at the {loc}.")
    members = [
        "Brian Hollis",
        "Nasreen Qureshi",
        "Colin Ashdown",
        "Ruth Edgeley",
        "Tomasz Nowak",
        "Pauline Drury",
    ]
    officers = [
        ("Karen Whitlock", "Chief Fire Officer"),
        ("Adrian Bligh", "Treasurer"),
        ("Shona Carver", "Monitoring Officer"),
    ]
    d.add_paragraph("Members present:").runs[0].bold = True
    d.add_paragraph("Councillors " + ", ".join(members[:-1]) + " and " + members[-1] + ".")
    d.add_paragraph("Officers in attendance:").runs[0].bold = True
    for n, r in officers:
        d.add_paragraph(f"{n} – {r}", style="List Bullet")
    for nm in members:
        g["attendance"].append(
            {
                "meeting_date": date,
                "name": nm,
                "attendance": "member",
                "role_text": "Councillor",
            }
        )
    for nm, r in officers:
        g["attendance"].append(
            {
                "meeting_date": date,
                "name": nm,
                "attendance": "in_attendance",
                "role_text": r,
            }
        )
    g["attendance"].append(
        {
            "meeting_date": date,
            "name": "Hugh Lambert",
            "attendance": "apologies",
            "role_text": "Councillor",
        }
    )

    def item(no, head, *paras):
        p = d.add_paragraph()
        p.add_run(f"{no}.\t{head}").bold = True
        for t in paras:
            d.add_paragraph(t)

    def dec(no, typ, text):
        g["decisions"].append(
            {
                "meeting_date": date,
                "item_number": no,
                "decision_type": typ,
                "text": text,
            }
        )

    item(
        "1",
        "Election of Chair",
        "Councillor Brian Hollis was nominated and seconded.",
        "RESOLVED that Councillor Brian Hollis be elected Chair of the Authority for 2022/23.",
    )
    dec(
        "1",
        "resolved",
        "RESOLVED that Councillor Brian Hollis be elected Chair of the Authority for 2022/23.",
    )
    item(
        "2",
        "Apologies for absence",
        "Apologies were received from Councillor Hugh Lambert.",
    )
    t = "The Authority approved the minutes of the meeting held on 22 March 2022 as a correct record."
    dec("3", "approved", t)
    item("3", "Minutes", t)
    item(
        "4",
        "Statement of Accounts 2021/22",
        "The Treasurer presented the draft accounts and explained the movement in the pension reserve.",
        "RESOLVED that:",
        "(1)  the draft Statement of Accounts be noted;",
        "(2)  authority be delegated to the Treasurer to make minor amendments before publication; and",
        "(3)  the final accounts be reported to the Audit and Governance Committee in September.",
    )
    dec(
        "4",
        "resolved",
        "RESOLVED that: (1) the draft Statement of Accounts be noted; (2) authority be delegated to the Treasurer to make minor amendments before publication; and (3) the final accounts be reported to the Audit and Governance Committee in September.",
    )
    a = "Circulate the revised reserves strategy to all Members."
    item(
        "5",
        "Reserves Strategy",
        "Members discussed the level of the general reserve against the risk assessment.",
        "The Authority agreed to hold the general reserve at five per cent of the net budget.",
        f"Action: {a} – Treasurer, by 29 July 2022",
    )
    dec(
        "5",
        "agreed",
        "The Authority agreed to hold the general reserve at five per cent of the net budget.",
    )
    g["actions"].append(
        {
            "description": a,
            "action_number": None,
            "raised_date": date,
            "agenda_item_number": "5",
            "owners": ["Treasurer"],
            "target_date": "2022-07-29",
            "status": "open",
            "owner_text": "Treasurer",
            "target_date_text": "29 July 2022",
        }
    )
    a2 = "Arrange a Member briefing on the new on-call availability system."
    item(
        "6",
        "On-call Availability",
        "The Chief Fire Officer reported on average on-call appliance availability of 81 per cent.",
        "The Authority noted the report.",
        f"Action: {a2} – Chief Fire Officer",
    )
    dec("6", "noted", "The Authority noted the report.")
    g["actions"].append(
        {
            "description": a2,
            "action_number": None,
            "raised_date": date,
            "agenda_item_number": "6",
            "owners": ["Chief Fire Officer"],
            "target_date": None,
            "status": "open",
            "owner_text": "Chief Fire Officer",
            "target_date_text": None,
        }
    )
    d.add_paragraph("The meeting closed at 3.40 pm.")
    docx_to_pdf(d, stem)
    write_gold(stem, g)


# ---------------------------------------------------------------- 3. narrative notes, attendee table
def hollinshire_pab_notes():
    stem = "Hollinshire_PAB_notes_12.05.2022"
    g = gold_of(stem, ["meetings", "attendance", "decisions", "actions"])
    date = "2022-05-12"
    body = "Hollinshire Performance and Accountability Board"
    g["meetings"].append(
        {
            "body": body,
            "meeting_date": date,
            "start_time": "13:30",
            "location": "Room 4, Hollinshire Police Headquarters, Bramley Road, Hollin",
            "minutes_status": "approved",
        }
    )
    f = "Carlito"
    n, _b = st(f, 11), st(f, 11, "Carlito-Bold")
    att = [
        ("Yvonne Castellan", "Police and Crime Commissioner (Chair)", "YC", "member"),
        ("Richard Pell", "Chief Constable", "RP", "member"),
        ("Alison Grieve", "Deputy Chief Constable", "AG", "member"),
        ("Kwame Asante", "Chief Executive, OPCC", "KA", "member"),
        ("Joanne Ferris", "Chief Finance Officer, OPCC", "JF", "member"),
        (
            "Lee Marchbank",
            "Head of Performance, Hollinshire Police",
            "LM",
            "in_attendance",
        ),
        ("Sarah Villiers", "Assistant Chief Constable", "SV", "apologies"),
    ]
    ini = {i: nm for nm, _, i, _ in att}
    for nm, r, _, k in att:
        g["attendance"].append({"meeting_date": date, "name": nm, "attendance": k, "role_text": r})
    s = [
        P("OFFICIAL", st(f, 9, alignment=TA_CENTER)),
        P(f"<b>{body}</b>", st(f, 16, "Carlito-Bold")),
        P(
            "Notes of the meeting held on 12 May 2022, 1.30pm – 3.30pm, Room 4, Hollinshire Police Headquarters, Bramley Road, Hollin",
            n,
        ),
        P("<i>Status: Approved at the meeting on 9 June 2022</i>", n),
        Spacer(1, 8),
    ]
    rows = [["Attendees", "", ""]]
    for nm, r, i, k in att:
        if k != "apologies":
            rows.append([nm, r, i])
    rows.append(["Apologies", "", ""])
    rows += [[nm, r, i] for nm, r, i, k in att if k == "apologies"]
    t = grid(rows, [55 * mm, 90 * mm, 20 * mm], f, 10, rules="h")
    t.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("SPAN", (0, 7), (-1, 7)),
                ("BACKGROUND", (0, 7), (-1, 7), colors.HexColor("#D9D9D9")),
            ]
        )
    )
    s += [t, Spacer(1, 10)]

    def head(no, text):
        s.append(
            P(
                f"<b>{no}. {text}</b>",
                st(f, 12, "Carlito-Bold", spaceBefore=8, spaceAfter=3),
            )
        )

    def para(text):
        s.append(P(text, st(f, 11, spaceAfter=4)))

    def dec(no, typ, text):
        g["decisions"].append(
            {
                "meeting_date": date,
                "item_number": no,
                "decision_type": typ,
                "text": text,
            }
        )

    def act(no, desc, who, due=None, due_text=None):
        s.append(
            P(
                f"<b>Action {len(g['actions']) + 1}:</b> {esc(desc)} <b>[{who}]</b>"
                + (f" <b>– {due_text}</b>" if due_text else ""),
                st(f, 11, leftIndent=10 * mm, spaceAfter=4),
            )
        )
        g["actions"].append(
            {
                "description": desc,
                "action_number": str(len(g["actions"]) + 1),
                "raised_date": date,
                "agenda_item_number": no,
                "owners": owners(who, ini),
                "target_date": due,
                "status": "open",
                "owner_text": who,
                "target_date_text": due_text,
            }
        )

    head("1", "Welcome and apologies")
    para("The Commissioner welcomed everyone. Apologies were noted from ACC Sarah Villiers.")
    head("2", "Notes and actions of the last meeting")
    t = "The Board agreed the notes of the meeting held on 7 April 2022 as accurate."
    para(t + " Actions 1 to 4 were complete; action 5 remained open.")
    dec("2", "agreed", t)
    head("3", "Force performance report")
    para(
        "LM presented the quarterly report. Recorded burglary was down by 9% on the previous year, but "
        "the time to attend priority incidents in the rural west of the county had risen."
    )
    para(
        "YC asked what was being done about attendance times. RP explained that two additional response "
        "cars had been allocated to the western sector from May."
    )
    act(
        "3",
        "Provide a breakdown of priority attendance times by sector for the next meeting.",
        "LM",
        "2022-06-09",
        "9 June 2022",
    )
    head("4", "Victims' services commissioning")
    para("KA outlined the options for re-commissioning the victims' hub from April 2023.")
    t = "The Commissioner approved option 2, a joint contract with the neighbouring county."
    para(t)
    dec("4", "approved", t)
    act(
        "4",
        "Draft the joint commissioning agreement and share it with the Force.",
        "KA/JF",
        "2022-07-15",
        "15/07/2022",
    )
    head("5", "Any other business")
    para("AG raised the national uplift target; an update will be brought in July.")
    act("5", "Present the uplift position at the July Board.", "AG")
    build(stem, s, header="", font=f, footer=lambda p: f"OFFICIAL      Page {p}")
    write_gold(stem, g)


# ---------------------------------------------------------------- 4. two-column JAC minutes
def marrowvale_jac_minutes():
    stem = "Marrowvale JAC minutes 27 Sept 2022".replace(" ", "_")
    g = gold_of(stem, ["meetings", "attendance", "decisions", "actions"])
    date = "2022-09-27"
    body = "Marrowvale Joint Audit Committee"
    g["meetings"].append(
        {
            "body": body,
            "meeting_date": date,
            "start_time": "10:00",
            "location": "Microsoft Teams",
            "minutes_status": "draft",
        }
    )
    f = "Times-Roman"
    n = st(f, 10.5)
    st(f, 10.5, "Times-Bold")
    s = [
        P(
            "MARROWVALE JOINT AUDIT COMMITTEE",
            st(f, 15, "Times-Bold", alignment=TA_CENTER),
        ),
        P("UNCONFIRMED MINUTES", st(f, 11, "Times-Bold", alignment=TA_CENTER)),
        P(
            "Tuesday 27 September 2022 at 10.00 am – Microsoft Teams",
            st(f, 11, alignment=TA_CENTER),
        ),
        Spacer(1, 10),
    ]
    members = [
        ("Dr Imogen Thwaite", "Imogen Thwaite", "Independent Member (Chair)"),
        ("Mr Harold Benn", "Harold Benn", "Independent Member"),
        ("Ms Priya Lal", "Priya Lal", "Independent Member"),
    ]
    inatt = [
        ("Neil Spooner", "Chief Finance Officer, OPCC"),
        ("Catherine Orme", "Director of Finance, Marrowvale Police"),
        ("Owen Radley", "Internal Audit Manager, Vale Audit Partnership"),
        ("Gemma Stroud", "External Audit, Audit Director"),
    ]
    apol = [("Mr Frank Ibbotson", "Frank Ibbotson", "Independent Member")]
    for pr, nm, r in members:
        g["attendance"].append({"meeting_date": date, "name": nm, "attendance": "member", "role_text": r})
    for nm, r in inatt:
        g["attendance"].append(
            {
                "meeting_date": date,
                "name": nm,
                "attendance": "in_attendance",
                "role_text": r,
            }
        )
    for pr, nm, r in apol:
        g["attendance"].append(
            {
                "meeting_date": date,
                "name": nm,
                "attendance": "apologies",
                "role_text": r,
            }
        )
    rows = [
        [
            P("<b>Members:</b>", n),
            P("<br/>".join(f"{pr}, {r}" for pr, _, r in members), n),
        ],
        [
            P("<b>In attendance:</b>", n),
            P("<br/>".join(f"{nm} – {r}" for nm, r in inatt), n),
        ],
        [
            P("<b>Apologies:</b>", n),
            P("<br/>".join(f"{pr}, {r}" for pr, _, r in apol), n),
        ],
    ]

    def dec(no, typ, text):
        g["decisions"].append(
            {
                "meeting_date": date,
                "item_number": no,
                "decision_type": typ,
                "text": text,
            }
        )

    def act(no, desc, owner_text, owner_list, due, due_text):
        g["actions"].append(
            {
                "description": desc,
                "action_number": None,
                "raised_date": date,
                "agenda_item_number": no,
                "owners": owner_list,
                "target_date": due,
                "status": "open",
                "owner_text": owner_text,
                "target_date_text": due_text,
            }
        )
        return f"<b>Action:</b> {esc(desc)} <i>(Owner: {owner_text}; by {due_text})</i>"

    items = [
        ("31/22", "Declarations of interest", ["None were declared."]),
        (
            "32/22",
            "Minutes of the meeting held on 21 June 2022",
            ["The Committee approved the minutes as a true record."],
        ),
        (
            "33/22",
            "Internal Audit Progress Report",
            [
                "Owen Radley reported that four of the eleven planned audits were complete, with two limited assurance opinions on fleet management and seized property.",
                "Members were concerned that seized property findings had been raised in the previous year.",
                act(
                    "33/22",
                    "Report back on the management response to the seized property audit.",
                    "Director of Finance",
                    ["Director of Finance"],
                    "2022-12-13",
                    "13 December 2022",
                ),
                "The Committee noted the progress report.",
            ],
        ),
        (
            "34/22",
            "Annual Governance Statements 2021/22",
            [
                "Neil Spooner presented the draft statements for the Commissioner and the Chief Constable.",
                "The Committee endorsed both statements for signature.",
            ],
        ),
        (
            "35/22",
            "Treasury Management Update",
            [
                "The Committee noted that all investments had been placed within approved limits.",
                act(
                    "35/22",
                    "Circulate the counterparty list to members.",
                    "CFO",
                    ["Chief Finance Officer"],
                    "2022-10-31",
                    "31 October 2022",
                ),
            ],
        ),
    ]
    dec("32/22", "approved", "The Committee approved the minutes as a true record.")
    dec("33/22", "noted", "The Committee noted the progress report.")
    dec("34/22", "endorsed", "The Committee endorsed both statements for signature.")
    dec(
        "35/22",
        "noted",
        "The Committee noted that all investments had been placed within approved limits.",
    )
    for no, head, paras in items:
        rows.append(
            [
                P(f"<b>{no}</b><br/><b>{head}</b>", n),
                [P(p, st(f, 10.5, spaceAfter=4)) for p in paras],
            ]
        )
    t = Table(rows, colWidths=[45 * mm, 125 * mm])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    s.append(t)
    build(
        stem,
        s,
        pagesize=letter,
        header="Marrowvale Joint Audit Committee – UNCONFIRMED",
        font=f,
        footer=lambda p: f"Page {p}",
    )
    write_gold(stem, g)


# ---------------------------------------------------------------- 5. council-style agenda
def tarnside_panel_agenda():
    stem = "Agenda_Tarnside_Police_and_Crime_Panel_22092022"
    g = gold_of(stem, ["meetings", "attendance", "agenda_items"])
    date = "2022-09-22"
    body = "Tarnside Police and Crime Panel"
    loc = "Committee Room 2, Shire Hall, Tarnford"
    g["meetings"].append(
        {
            "body": body,
            "meeting_date": date,
            "start_time": "14:00",
            "location": loc,
            "minutes_status": None,
        }
    )
    f = "DVSerif"
    n, b = st(f, 10), st(f, 10, "DVSerif-Bold")
    s = [
        P(
            "Tarnside County Council – Democratic Services",
            st(f, 9, alignment=TA_RIGHT),
        ),
        Spacer(1, 10),
        P("NOTICE OF MEETING", st(f, 16, "DVSerif-Bold")),
        Spacer(1, 6),
        P(f"<b>{body.upper()}</b>", st(f, 13, "DVSerif-Bold")),
        Spacer(1, 6),
    ]
    t = Table(
        [
            [P("<b>Date:</b>", n), P("Thursday, 22nd September, 2022", n)],
            [P("<b>Time:</b>", n), P("2.00 pm", n)],
            [P("<b>Place:</b>", n), P(loc, n)],
            [
                P("<b>Contact:</b>", n),
                P("Beth Langley, Democratic Services Officer", n),
            ],
        ],
        colWidths=[30 * mm, 130 * mm],
    )
    s += [
        t,
        Spacer(1, 8),
        P(
            "<b>Membership:</b> Councillors Ivor Blakemore (Chair), Saira Dhillon, Tom Fairweather, "
            "Lynne Croft, Aled Rhys; Independent Members: Mr Dennis Oakes, Ms Rosa Vance",
            n,
        ),
        Spacer(1, 8),
        P("<b>AGENDA</b>", st(f, 13, "DVSerif-Bold", alignment=TA_CENTER)),
        P("<b>PART I – ITEMS CONSIDERED IN PUBLIC</b>", b),
        Spacer(1, 4),
    ]
    items = [
        (
            "1",
            "Apologies for Absence",
            "To receive apologies and notification of substitutes.",
        ),
        (
            "2",
            "Declarations of Interest",
            "Members to declare any interests in items on the agenda.",
        ),
        (
            "3",
            "Minutes",
            "To confirm the minutes of the meeting held on 7 July 2022 (Pages 3 - 10).",
        ),
        (
            "4",
            "Public Questions",
            "To receive any questions submitted under the Panel's procedure rules.",
        ),
        (
            "5",
            "Police and Crime Commissioner's Annual Report 2021/22",
            "Report of the Police and Crime Commissioner (Pages 11 - 42).",
        ),
        (
            "6",
            "Complaints against the Commissioner",
            "Report of the Monitoring Officer (Pages 43 - 48).",
        ),
        (
            "7",
            "Work Programme",
            "To review the Panel's work programme (Pages 49 - 52).",
        ),
        (
            "8",
            "Exclusion of the Press and Public",
            "To resolve that the press and public be excluded for the following item under paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972.",
        ),
        (
            "9",
            "Appointment of Independent Member",
            "Report of the Panel Lead Officer (Pages 53 - 60).",
        ),
    ]
    for no, title, desc in items:
        if no == "9":
            s.append(
                P(
                    "<b>PART II – EXEMPT ITEMS</b>",
                    st(f, 10, "DVSerif-Bold", spaceBefore=6),
                )
            )
        s.append(
            Table(
                [
                    [
                        P(f"<b>{no}.</b>", n),
                        [P(f"<b>{esc(title)}</b>", n), P(esc(desc), n)],
                    ]
                ],
                colWidths=[12 * mm, 148 * mm],
                style=[("VALIGN", (0, 0), (-1, -1), "TOP")],
            )
        )
        s.append(Spacer(1, 4))
        g["agenda_items"].append(
            {
                "meeting_date": date,
                "item_number": no,
                "title": title,
                "presenter_text": None,
            }
        )
    s += [
        Spacer(1, 10),
        P(
            "Chief Executive, Shire Hall, Tarnford. Published 14 September 2022",
            st(f, 8),
        ),
    ]
    build(stem, s, header="", font=f, footer=lambda p: f"– {p} –")
    write_gold(stem, g)


# ---------------------------------------------------------------- 6. timed agenda, landscape
def greywold_spb_agenda():
    stem = "SPB-Agenda-2022-11-15"
    g = gold_of(stem, ["meetings", "attendance", "agenda_items"])
    date = "2022-11-15"
    body = "Greywold Strategic Performance Board"
    loc = "The Boardroom, OPCC, Kestrel House, Greywold"
    g["meetings"].append(
        {
            "body": body,
            "meeting_date": date,
            "start_time": "09:30",
            "location": loc,
            "minutes_status": None,
        }
    )
    f = "DVSC"
    n = st(f, 10)
    s = [
        P(
            "Office of the Police and Crime Commissioner for Greywold",
            st(f, 10, alignment=TA_RIGHT),
        ),
        P(f"<b>{body}</b>", st(f, 18, "DVSC-Bold")),
        Spacer(1, 4),
        P(f"15 November 2022, 09:30 – 12:00  |  {loc}", st(f, 11)),
        P("Chair: Police and Crime Commissioner", n),
        Spacer(1, 8),
    ]
    items = [
        ("09:30", "1", "Introductions and apologies", "PCC", "Verbal"),
        (
            "09:35",
            "2",
            "Minutes and action log from 20 September 2022",
            "Head of Governance",
            "Papers A and B",
        ),
        ("09:45", "3", "Force performance – Quarter 2", "DCC", "Paper C"),
        (
            "10:25",
            "4",
            "Domestic abuse: repeat victimisation deep dive",
            "ACC Local Policing",
            "Paper D",
        ),
        (
            "11:05",
            "5",
            "Medium term financial plan 2023/24 – 2026/27",
            "Chief Finance Officer",
            "Paper E",
        ),
        (
            "11:40",
            "6",
            "Estates strategy – custody provision",
            "Director of Estates",
            "Paper F",
        ),
        ("11:55", "7", "Any other business and date of next meeting", "PCC", "Verbal"),
    ]
    rows = [["Time", "Item", "Subject", "Lead", "Paper"]] + [list(i) for i in items]
    s.append(
        grid(
            rows,
            [22 * mm, 14 * mm, 130 * mm, 50 * mm, 35 * mm],
            f,
            10.5,
            header_bg=colors.HexColor("#BDD7EE"),
        )
    )
    for tm, no, title, lead, _ in items:
        g["agenda_items"].append(
            {
                "meeting_date": date,
                "item_number": no,
                "title": title,
                "presenter_text": lead,
            }
        )
    s += [
        Spacer(1, 10),
        P(
            "Papers are circulated one week before the meeting. The Board meets in public; "
            "items 5 and 6 may be taken in private if commercially sensitive.",
            st(f, 9),
        ),
    ]
    build(
        stem,
        s,
        pagesize=landscape(A4),
        header="OFFICIAL",
        font=f,
        footer=lambda p: f"SPB 15.11.22 | {p}",
    )
    write_gold(stem, g)


def action(desc, num, raised, item, owner_text, owner_list, due, due_text, status):
    return {
        "description": desc,
        "action_number": num,
        "raised_date": raised,
        "agenda_item_number": item,
        "owners": owner_list,
        "target_date": due,
        "status": status,
        "owner_text": owner_text,
        "target_date_text": due_text,
    }


# ---------------------------------------------------------------- 7. RAG action log, landscape grid
def calderwick_jac_action_log():
    stem = "Calderwick-JAC-Action-Log-October-2022"
    g = gold_of(stem, ["attendance", "agenda_items", "decisions", "actions"])
    f = "Helvetica"
    # ref, raised (printed, iso), item, action, owner, due (printed, iso), update, RAG
    A = [
        (
            "JAC 22-01",
            "15/03/2022",
            "2022-03-15",
            "6",
            "Add the cyber security audit to the 2022/23 internal audit plan.",
            "CFO",
            "14/06/2022",
            "2022-06-14",
            "Included in the approved plan.",
            "Complete",
        ),
        (
            "JAC 22-02",
            "15/03/2022",
            "2022-03-15",
            "8",
            "Share the updated anti-fraud and corruption policy with members.",
            "Chief Executive",
            "14/06/2022",
            "2022-06-14",
            "Circulated by email on 2 June.",
            "Complete",
        ),
        (
            "JAC 22-03",
            "14/06/2022",
            "2022-06-14",
            "5",
            "Provide an analysis of overtime spend by department.",
            "DCC",
            "11/10/2022",
            "2022-10-11",
            "Analysis drafted; awaiting finance sign off.",
            "Amber",
        ),
        (
            "JAC 22-04",
            "14/06/2022",
            "2022-06-14",
            "7",
            "Confirm the timetable for the external audit of the 2021/22 accounts.",
            "CFO / External Audit",
            "31/07/2022",
            "2022-07-31",
            "Auditor resourcing delayed the audit; new date not yet agreed.",
            "Red",
        ),
        (
            "JAC 22-05",
            "14/06/2022",
            "2022-06-14",
            "9",
            "Arrange a training session for members on the risk management framework.",
            "Head of Risk and Assurance",
            "TBC",
            None,
            "Provisionally booked for January.",
            "Green",
        ),
        (
            "JAC 22-06",
            "11/10/2022",
            "2022-10-11",
            "4",
            "Report the results of the vetting backlog review.",
            "ACC",
            "13/12/2022",
            "2022-12-13",
            "New action.",
            "Green",
        ),
        (
            "JAC 22-07",
            "11/10/2022",
            "2022-10-11",
            "6",
            "Review the register of gifts and hospitality for the Chief Officer team.",
            "Chief Executive and DCC",
            "Next meeting",
            None,
            "New action.",
            "Green",
        ),
    ]
    rows = [
        [
            "Ref",
            "Meeting",
            "Item",
            "Action",
            "Owner",
            "Due date",
            "Progress update",
            "RAG",
        ]
    ]
    rag = {
        "Red": "#FF6B6B",
        "Amber": "#FFC000",
        "Green": "#92D050",
        "Complete": "#9DC3E6",
    }
    for r in A:
        rows.append([r[0], r[1], r[3], r[4], r[5], r[6], r[8], r[9]])
        g["actions"].append(
            action(
                r[4],
                r[0],
                r[2],
                r[3],
                r[5],
                owners(r[5].replace("External Audit", "External Audit")),
                r[7],
                r[6],
                "closed" if r[9] == "Complete" else "open",
            )
        )
    t = grid(
        rows,
        [20 * mm, 20 * mm, 11 * mm, 75 * mm, 32 * mm, 22 * mm, 60 * mm, 18 * mm],
        f,
        8.5,
        header_bg=colors.HexColor("#B4C6E7"),
    )
    cmds = []
    for i, r in enumerate(A, 1):
        cmds.append(("BACKGROUND", (7, i), (7, i), colors.HexColor(rag[r[9]])))
    t.setStyle(TableStyle(cmds))
    s = [
        P(
            "<b>Calderwick Joint Audit Committee – Action Log</b>",
            st(f, 14, "Helvetica-Bold"),
        ),
        P(
            "Position as at 4 October 2022, for the meeting on 11 October 2022",
            st(f, 9),
        ),
        Spacer(1, 6),
        t,
        Spacer(1, 6),
        P(
            "RAG key: Red – overdue; Amber – at risk; Green – on track; Complete – for closure.",
            st(f, 8),
        ),
    ]
    # header cells of the grid are white-on-navy: rebuild header style
    build(
        stem,
        s,
        pagesize=landscape(A4),
        header="Calderwick OPCC and Calderwick Constabulary",
        font=f,
        footer=lambda p: f"Page {p}",
    )
    for a in g["actions"]:
        if a["target_date"] is None:
            a["target_date_text"] = a["target_date_text"]
    write_gold(stem, g)


# ---------------------------------------------------------------- 8. unruled "actions arising" (Word)
def fenmarsh_fire_actions():
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    stem = "FRA_actions_arising_Sep22"
    g = gold_of(stem, ["attendance", "agenda_items", "decisions", "actions"])
    d = Document()
    d.styles["Normal"].font.name = "Carlito"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(15)
    sec.header.paragraphs[0].text = "Fenmarsh Fire and Rescue Authority – 20 September 2022 – Item 5"
    d.add_heading("Actions arising from previous meetings", 1)
    d.add_paragraph(
        "This schedule lists the actions agreed by the Authority and progress against each. "
        "Actions shown as Completed will be removed after this meeting."
    )
    groups = [
        (
            "Meeting of 22 March 2022",
            "2022-03-22",
            [
                (
                    "9",
                    "Review the charging policy for special service calls to lift shut-in persons.",
                    "Head of Prevention",
                    "30 June 2022",
                    "2022-06-30",
                    "Policy revised; approved by the Chief Fire Officer.",
                    "Completed",
                ),
                (
                    "11",
                    "Report on the condition survey of Fenbury and Marsh End fire stations.",
                    "Head of Estates",
                    "20 September 2022",
                    "2022-09-20",
                    "Survey complete; report at item 9 of this agenda.",
                    "Completed",
                ),
                (
                    "12",
                    "Seek a meeting with the water company about hydrant maintenance.",
                    "Chief Fire Officer",
                    "December 2022",
                    None,
                    "Meeting requested; awaiting a date.",
                    "Ongoing",
                ),
            ],
        ),
        (
            "Meeting of 21 June 2022",
            "2022-06-21",
            [
                (
                    "5",
                    "Circulate the revised reserves strategy to all Members.",
                    "Treasurer",
                    "29 July 2022",
                    "2022-07-29",
                    "Circulated 27 July 2022.",
                    "Completed",
                ),
                (
                    "6",
                    "Arrange a Member briefing on the new on-call availability system.",
                    "Chief Fire Officer",
                    "18 October 2022",
                    "2022-10-18",
                    "Briefing to follow the October Authority meeting.",
                    "Ongoing",
                ),
                (
                    "8",
                    "Publish the gender pay gap report on the website.",
                    "Monitoring Officer & Head of HR",
                    "30 September 2022",
                    "2022-09-30",
                    "Drafted.",
                    "Ongoing",
                ),
            ],
        ),
    ]
    tbl = d.add_table(rows=1, cols=5)
    for c, h in zip(
        tbl.rows[0].cells,
        ["Minute", "Action", "Responsible officer", "Deadline", "Progress / status"],
    ):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for label, iso, rows in groups:
        r = tbl.add_row().cells
        m = r[0].merge(r[4])
        m.text = ""
        m.paragraphs[0].add_run(label).bold = True
        for minute, desc, who, due_t, due, upd, status in rows:
            c = tbl.add_row().cells
            for cell, v in zip(c, [minute, desc, who, due_t, f"{status} – {upd}"]):
                cell.text = v
            g["actions"].append(
                action(
                    desc,
                    None,
                    iso,
                    minute,
                    who,
                    owners(who),
                    due,
                    due_t,
                    "closed" if status == "Completed" else "open",
                )
            )
    for row in tbl.rows:
        for c, w in zip(row.cells, [18, 100, 45, 35, 65]):
            c.width = Mm(w)
    docx_to_pdf(d, stem)
    write_gold(stem, g)


# ---------------------------------------------------------------- 9. multi-page log, dated update columns
def hollinshire_pab_action_log():
    stem = "Hollinshire PAB action log v4".replace(" ", "_")
    g = gold_of(stem, ["attendance", "agenda_items", "decisions", "actions"])
    f = "Carlito"
    ini = {}
    subjects = [
        "neighbourhood team vacancies",
        "use of force data",
        "drone deployment",
        "stop and search scrutiny panel",
        "rural crime team",
        "call abandonment rates",
        "custody healthcare contract",
        "body worn video",
        "fleet replacement",
        "officer wellbeing survey",
        "hate crime outcomes",
        "missing persons protocol",
        "victim satisfaction survey",
        "estates disposal programme",
    ]
    verbs = [
        "Report to the Board on",
        "Provide an update on",
        "Share the findings on",
        "Present options for",
    ]
    owners_cycle = [
        "DCC",
        "ACC",
        "CFO",
        "Chief Executive",
        "CC & PCC",
        "Head of Performance",
        "ACC/DCC",
    ]
    meetings = [
        ("07.04.22", "2022-04-07"),
        ("12.05.22", "2022-05-12"),
        ("09.06.22", "2022-06-09"),
    ]
    dues = [
        ("09.06.22", "2022-06-09"),
        ("14.07.22", "2022-07-14"),
        ("TBC", None),
        ("08.09.22", "2022-09-08"),
        ("Sept 2022", None),
        ("13.10.22", "2022-10-13"),
    ]
    statuses = ["Closed", "Open", "Open", "Closed", "Open", "Open", "Closed"]
    rows = [
        [
            "No.",
            "Raised",
            "Item",
            "Action",
            "Owner",
            "Due",
            "Update 14.07.22",
            "Update 08.09.22",
            "Status",
        ]
    ]
    for i, subj in enumerate(subjects):
        num = f"PAB{i + 1:03d}"
        m_t, m_iso = meetings[i * 3 // len(subjects)]
        item = str(3 + i % 4)
        desc = f"{verbs[i % 4]} the {subj}."
        who = owners_cycle[i % len(owners_cycle)]
        due_t, due = dues[(i + 1) % len(dues)]
        status = statuses[i % len(statuses)]
        u1 = (
            (
                "Work has started and a draft paper is being prepared; the lead officer has met the OPCC policy team "
                "to agree the scope and the data that will be needed."
            )
            if i % 2 == 0
            else "No update received."
        )
        u2 = (
            "Paper presented; recommend closure."
            if status == "Closed"
            else ("Delayed by the summer demand period; revised paper to follow at the next Board.")
        )
        rows.append([num, m_t, item, desc, who, due_t, u1, u2, status])
        g["actions"].append(
            action(
                desc,
                num,
                m_iso,
                item,
                who,
                owners(who, ini),
                due,
                due_t,
                status.lower(),
            )
        )
    t = grid(
        rows,
        [
            17 * mm,
            19 * mm,
            11 * mm,
            55 * mm,
            26 * mm,
            18 * mm,
            58 * mm,
            50 * mm,
            15 * mm,
        ],
        f,
        9.5,
        header_bg=colors.HexColor("#E2EFDA"),
    )
    s = [
        P(
            "<b>Performance and Accountability Board – Action Log</b>",
            st(f, 15, "Carlito-Bold"),
        ),
        P(
            "Office of the Police and Crime Commissioner for Hollinshire · Version 4 · updated 8 September 2022",
            st(f, 10),
        ),
        Spacer(1, 6),
        t,
    ]
    build(
        stem,
        s,
        pagesize=landscape(A4),
        header="OFFICIAL-SENSITIVE when complete",
        font=f,
        footer=lambda p: f"Page {p}",
        margins=12 * mm,
    )
    write_gold(stem, g)


def rating(phase, text, l, i, score, date):
    return {
        "phase": phase,
        "phase_text": text,
        "likelihood": l,
        "impact": i,
        "score": score,
        "register_date": date,
    }


# ---------------------------------------------------------------- 10. strategic register table 5x5
def marrowvale_strategic_register():
    stem = "2022-06-30_Marrowvale_Police_Strategic_Risk_Register"
    g = gold_of(stem, ["attendance", "agenda_items", "decisions", "actions", "risks"])
    date = "2022-06-30"
    f = "DVS"
    R = [
        (
            "Keeping people safe",
            [
                (
                    "SR01",
                    "Failure to identify and safeguard vulnerable people at first contact leads to serious harm.",
                    "ACC Protective Services",
                    (4, 5),
                    (3, 5),
                    "Vulnerability training; THRIVE assessment at first contact; daily risk meeting.",
                    "↔",
                ),
                (
                    "SR02",
                    "Insufficient capacity to investigate rape and serious sexual offences results in poor outcomes for victims.",
                    "ACC Crime",
                    (4, 4),
                    (3, 4),
                    "Additional investigators recruited; victim care unit.",
                    "↓",
                ),
            ],
        ),
        (
            "Efficient and effective organisation",
            [
                (
                    "SR03",
                    "The force cannot deliver a balanced budget in 2023/24 without cuts to frontline services.",
                    "Director of Finance",
                    (4, 4),
                    (4, 3),
                    "Medium term financial plan; savings programme board.",
                    "↑",
                ),
                (
                    "SR04",
                    "A cyber attack disrupts critical ICT systems including command and control.",
                    "Head of ICT",
                    (3, 5),
                    (2, 5),
                    "Network monitoring; offline back ups; business continuity plans tested.",
                    "↔",
                ),
                (
                    "SR05",
                    "Failure to retain officers and staff leads to loss of experience and unfilled posts.",
                    "Director of People",
                    (4, 3),
                    (3, 3),
                    "Exit interviews; flexible working; retention payments for detectives.",
                    "↓",
                ),
            ],
        ),
        (
            "Public confidence",
            [
                (
                    "SR06",
                    "Misconduct by officers or staff damages public trust in the force.",
                    "DCC",
                    (3, 4),
                    (2, 4),
                    "Vetting; counter corruption unit; professional standards campaigns.",
                    "↔",
                )
            ],
        ),
    ]
    hdr = [
        [
            "Ref",
            "Risk description",
            "Risk owner",
            "Inherent",
            "",
            "",
            "Key controls",
            "Residual",
            "",
            "",
            "Trend",
        ],
        ["", "", "", "L", "I", "Score", "", "L", "I", "Score", ""],
    ]
    rows = list(hdr)
    spans = []
    for obj, risks in R:
        rows.append([f"Objective: {obj}"] + [""] * 10)
        spans.append(len(rows) - 1)
        for ref, desc, own, (il, ii), (rl, ri), ctl, tr in risks:
            rows.append(
                [
                    ref,
                    desc,
                    own,
                    str(il),
                    str(ii),
                    str(il * ii),
                    ctl,
                    str(rl),
                    str(ri),
                    str(rl * ri),
                    tr,
                ]
            )
            g["risks"].append(
                {
                    "reference": ref,
                    "objective": obj,
                    "description": desc,
                    "ratings": [
                        rating("inherent", "Inherent", il, ii, il * ii, date),
                        rating("current", "Residual", rl, ri, rl * ri, date),
                    ],
                }
            )
    t = grid(
        rows,
        [
            13 * mm,
            66 * mm,
            32 * mm,
            8 * mm,
            8 * mm,
            15 * mm,
            66 * mm,
            8 * mm,
            8 * mm,
            15 * mm,
            15 * mm,
        ],
        f,
        8,
        repeat=2,
        header_bg=colors.HexColor("#C9C9C9"),
    )
    cmds = [
        ("SPAN", (3, 0), (5, 0)),
        ("SPAN", (7, 0), (9, 0)),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 0), (1, 1)),
        ("SPAN", (2, 0), (2, 1)),
        ("SPAN", (6, 0), (6, 1)),
        ("SPAN", (10, 0), (10, 1)),
    ]
    for i in spans:
        cmds += [
            ("SPAN", (0, i), (-1, i)),
            ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#EDEDED")),
        ]
    t.setStyle(TableStyle(cmds))
    s = [
        P("<b>MARROWVALE POLICE – STRATEGIC RISK REGISTER</b>", st(f, 13, "DVS-Bold")),
        P(
            "Position as at 30 June 2022. Scoring: Likelihood (1–5) × Impact (1–5).",
            st(f, 9),
        ),
        Spacer(1, 6),
        t,
    ]
    build(
        stem,
        s,
        pagesize=landscape(A4),
        header="OFFICIAL",
        font=f,
        footer=lambda p: f"{p}",
    )
    write_gold(stem, g)


# ---------------------------------------------------------------- 11. register as cards, 4x4
def tarnside_fra_risk_cards():
    stem = "Tarnside-FRA-Corporate-Risk-Register-Q2-2022-23"
    g = gold_of(stem, ["attendance", "agenda_items", "decisions", "actions", "risks"])
    f = "Caladea"
    L = {1: "Unlikely", 2: "Possible", 3: "Likely", 4: "Almost certain"}
    I = {1: "Minor", 2: "Moderate", 3: "Major", 4: "Critical"}
    R = [
        (
            "CRR01",
            "Service Delivery",
            "Insufficient on-call firefighters to crew rural appliances during the day.",
            "Area Manager Response",
            (4, 3),
            (3, 3),
            "06/09/2022",
        ),
        (
            "CRR02",
            "Service Delivery",
            "Failure of the mobilising system at the joint control room.",
            "Head of Control",
            (2, 4),
            (1, 4),
            "12/09/2022",
        ),
        (
            "CRR03",
            "Finance and Resources",
            "Pay awards above the budgeted two per cent create an unfunded pressure.",
            "Treasurer",
            (4, 4),
            (3, 3),
            "01/09/2022",
        ),
        (
            "CRR04",
            "People",
            "Industrial action by firefighters affects emergency cover.",
            "Chief Fire Officer",
            (3, 4),
            (2, 3),
            "15/09/2022",
        ),
        (
            "CRR05",
            "Governance",
            "Recommendations of the national inspectorate are not implemented on time.",
            "Deputy Chief Fire Officer",
            (2, 3),
            (1, 2),
            "06/09/2022",
        ),
    ]
    s = [
        P("Tarnside Fire and Rescue Authority", st(f, 16, "Caladea-Bold")),
        P("Corporate Risk Register – Quarter 2 2022/23", st(f, 12)),
        P(
            "Likelihood and impact are each scored 1–4; the risk score is likelihood multiplied by impact (maximum 16).",
            st(f, 9.5),
        ),
        Spacer(1, 8),
    ]
    n = st(f, 10)
    for ref, theme, desc, own, (cl, ci), (tl, ti), rev in R:
        iso = "-".join(reversed(rev.split("/")))
        rows = [
            [
                P(
                    f"<b>{ref}</b>  {esc(theme)}",
                    st(f, 11, "Caladea-Bold", textColor=colors.white),
                ),
                "",
            ],
            [P("<b>Risk</b>", n), P(esc(desc), n)],
            [P("<b>Owner</b>", n), P(own, n)],
            [
                P("<b>Current risk</b>", n),
                P(f"Likelihood {cl} ({L[cl]}) × Impact {ci} ({I[ci]}) = {cl * ci}", n),
            ],
            [
                P("<b>Target risk</b>", n),
                P(f"Likelihood {tl} ({L[tl]}) × Impact {ti} ({I[ti]}) = {tl * ti}", n),
            ],
            [P("<b>Last reviewed</b>", n), P(rev, n)],
        ]
        t = Table(rows, colWidths=[35 * mm, 135 * mm])
        t.setStyle(
            TableStyle(
                [
                    ("SPAN", (0, 0), (-1, 0)),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#A5002E")),
                    ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#A5002E")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        s += [KeepTogether(t), Spacer(1, 8)]
        g["risks"].append(
            {
                "reference": ref,
                "objective": theme,
                "description": desc,
                "ratings": [
                    rating("current", "Current risk", cl, ci, cl * ci, iso),
                    rating("target", "Target risk", tl, ti, tl * ti, iso),
                ],
            }
        )
    build(
        stem,
        s,
        header="Tarnside Fire and Rescue Authority",
        font=f,
        footer=lambda p: f"Corporate Risk Register  |  Page {p}",
    )
    write_gold(stem, g)


# ---------------------------------------------------------------- 12. list + heat map
def greywold_opcc_heatmap():
    stem = "Greywold_OPCC_risk_register"
    g = gold_of(stem, ["attendance", "agenda_items", "decisions", "actions", "risks"])
    date = "2022-11-01"
    f = "Helvetica"
    R = [
        (
            "OPCC 1",
            "The Commissioner is unable to hold the Chief Constable to account because performance data is late or incomplete.",
            "Chief Executive",
            (3, 4),
            (2, 3),
        ),
        (
            "OPCC 2",
            "Commissioned victim services do not meet demand following the rise in reported domestic abuse.",
            "Head of Commissioning",
            (4, 3),
            (2, 3),
        ),
        (
            "OPCC 3",
            "Loss of personal data held by the office leads to a data protection breach.",
            "Information Governance Officer",
            (2, 3),
            (1, 3),
        ),
        (
            "OPCC 4",
            "Reduced government grant leaves the police fund unable to meet inflationary pressures.",
            "Chief Finance Officer",
            (4, 5),
            (3, 4),
        ),
        (
            "OPCC 5",
            "The new estates partnership with the fire service fails to deliver the expected savings.",
            "Chief Executive",
            (3, 3),
            (2, 2),
        ),
    ]
    rows = [["Ref", "Risk", "Owner", "L", "I", "Current rating", "Target rating"]]
    for ref, desc, own, (cl, ci), (tl, ti) in R:
        rows.append([ref, desc, own, str(cl), str(ci), str(cl * ci), f"{tl * ti} (L{tl} I{ti})"])
        g["risks"].append(
            {
                "reference": ref,
                "objective": None,
                "description": desc,
                "ratings": [
                    rating("current", "Current", cl, ci, cl * ci, date),
                    rating("target", "Target rating", tl, ti, tl * ti, date),
                ],
            }
        )
    s = [
        P(
            "<b>Office of the Police and Crime Commissioner for Greywold</b>",
            st(f, 13, "Helvetica-Bold"),
        ),
        P("Risk Register – position at 1 November 2022", st(f, 11)),
        Spacer(1, 8),
        grid(
            rows,
            [17 * mm, 70 * mm, 34 * mm, 8 * mm, 8 * mm, 18 * mm, 22 * mm],
            f,
            8.5,
            rules="h",
        ),
        Spacer(1, 14),
        P("<b>Heat map – current risk</b>", st(f, 11, "Helvetica-Bold")),
        Spacer(1, 4),
    ]
    cells = {}
    for ref, _, _, (cl, ci), _ in R:
        cells.setdefault((cl, ci), []).append(ref)
    hm = [["Likelihood"] + [""] * 5]
    for lk in range(5, 0, -1):
        hm.append([str(lk)] + [", ".join(cells.get((lk, im), [])) for im in range(1, 6)])
    hm.append(["Impact", "1", "2", "3", "4", "5"])
    t = Table(
        hm,
        colWidths=[20 * mm] + [25 * mm] * 5,
        rowHeights=[6 * mm] + [11 * mm] * 5 + [6 * mm],
    )
    cmds = [
        ("GRID", (1, 1), (5, 5), 0.5, colors.white),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, 0), (-1, -1), f, 8),
    ]
    for r in range(1, 6):
        for c in range(1, 6):
            sc = (6 - r) * c
            col = "#FF7C80" if sc >= 15 else "#FFD966" if sc >= 8 else "#A9D08E"
            cmds.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(col)))
    t.setStyle(TableStyle(cmds))
    s.append(t)
    build(
        stem,
        s,
        header="",
        font=f,
        footer=lambda p: f"Greywold OPCC Risk Register                                    Page {p} of 1",
    )
    write_gold(stem, g)


# ---------------------------------------------------------------- 13. combined pack
def calderwick_spb_pack():
    stem = "2022-12-06 Calderwick SPB public pack".replace(" ", "_")
    g = gold_of(
        stem,
        ["meetings", "attendance", "agenda_items", "decisions", "actions", "risks"],
    )
    body = "Calderwick Strategic Policing Board"
    d1, d0 = "2022-12-06", "2022-10-04"
    loc1 = "Conference Suite, Calderwick Police Headquarters, Ridgeway, Calderwick"
    g["meetings"].append(
        {
            "body": body,
            "meeting_date": d1,
            "start_time": "10:30",
            "location": loc1,
            "minutes_status": None,
        }
    )
    g["meetings"].append(
        {
            "body": body,
            "meeting_date": d0,
            "start_time": "10:30",
            "location": "Conference Suite, Calderwick Police Headquarters",
            "minutes_status": "draft",
        }
    )
    f = "Times-Roman"
    n, b = st(f, 11), st(f, 11, "Times-Bold")
    h = st(f, 14, "Times-Bold", spaceAfter=6)
    s = [
        Spacer(1, 60 * mm),
        P(f"<b>{body}</b>", st(f, 24, "Times-Bold", alignment=TA_CENTER, lead=30)),
        Spacer(1, 10),
        P("Tuesday 6 December 2022", st(f, 16, alignment=TA_CENTER)),
        P("Public papers", st(f, 14, alignment=TA_CENTER)),
        PageBreak(),
    ]
    # agenda
    s += [
        P("AGENDA", h),
        P(
            f"<b>Date:</b> 6 December 2022 &nbsp; <b>Time:</b> 10.30am &nbsp; <b>Venue:</b> {loc1}",
            n,
        ),
        Spacer(1, 6),
    ]
    items = [
        ("1", "Apologies and declarations of interest", "Chair"),
        ("2", "Minutes of the meeting held on 4 October 2022", "Chair"),
        ("3", "Action log", "Head of Governance"),
        ("4", "Strategic risk register", "Chief Executive"),
        ("5", "Neighbourhood policing review", "ACC Operations"),
        ("6", "Any other business", "Chair"),
    ]
    rows = [["No.", "Item", "Presenter"]] + [list(i) for i in items]
    s.append(grid(rows, [15 * mm, 110 * mm, 45 * mm], f, 11, rules="h", header_bg=colors.white))
    for no, title, who in items:
        g["agenda_items"].append(
            {
                "meeting_date": d1,
                "item_number": no,
                "title": title,
                "presenter_text": who,
            }
        )
    s.append(PageBreak())
    # minutes of the previous meeting
    att = [
        ("Martin Osei", "Police and Crime Commissioner (Chair)", "member"),
        ("Helen Stroud", "Chief Constable", "member"),
        ("Gareth Pryce", "Deputy Chief Constable", "member"),
        ("Laura Fenwick", "Chief Executive, OPCC", "member"),
        ("Ian McAllister", "Chief Finance Officer", "member"),
        ("Zoe Hartnell", "Head of Governance, OPCC", "in_attendance"),
        ("Mark Danby", "Assistant Chief Constable", "apologies"),
    ]
    for nm, r, k in att:
        g["attendance"].append({"meeting_date": d0, "name": nm, "attendance": k, "role_text": r})
    s += [
        P("Item 2", st(f, 9, alignment=TA_RIGHT)),
        P(f"{body.upper()} – MINUTES", h),
        P(
            "Tuesday 4 October 2022, 10.30am, Conference Suite, Calderwick Police Headquarters",
            n,
        ),
        P("<i>Unconfirmed – subject to approval by the Board</i>", n),
        Spacer(1, 6),
        P(
            "<b>Present:</b> " + "; ".join(f"{nm}, {r}" for nm, r, k in att if k == "member"),
            n,
        ),
        P(
            "<b>In attendance:</b> " + "; ".join(f"{nm}, {r}" for nm, r, k in att if k == "in_attendance"),
            n,
        ),
        P(
            "<b>Apologies:</b> " + "; ".join(f"{nm}, {r}" for nm, r, k in att if k == "apologies"),
            n,
        ),
        Spacer(1, 6),
    ]

    def para(no, text):
        s.append(
            Table(
                [[P(no, n), P(text, n)]],
                colWidths=[14 * mm, 156 * mm],
                style=[("VALIGN", (0, 0), (-1, -1), "TOP")],
            )
        )

    def dec(no, typ, text):
        g["decisions"].append({"meeting_date": d0, "item_number": no, "decision_type": typ, "text": text})

    s.append(P("<b>1. Minutes and action log</b>", b))
    t = "The Board approved the minutes of the meeting held on 2 August 2022."
    para("1.1", t)
    dec("1.1", "approved", t)
    s.append(P("<b>2. Quarter 2 finance report</b>", b))
    para(
        "2.1",
        "The Chief Finance Officer reported a forecast overspend of £1.2m, mainly on overtime.",
    )
    t = "The Board agreed that a recovery plan be brought to the December meeting."
    para(
        "2.2",
        t + " <b>Action: CFO to present a recovery plan for the overtime overspend.</b>",
    )
    dec("2.2", "agreed", t)
    s.append(P("<b>3. Neighbourhood policing</b>", b))
    t = "The Commissioner endorsed the terms of reference for the neighbourhood policing review."
    para("3.1", t)
    dec("3.1", "endorsed", t)
    para("3.2", "<b>Action: ACC to share the review timetable with ward councillors.</b>")
    s.append(PageBreak())
    # action log
    s += [P("Item 3", st(f, 9, alignment=TA_RIGHT)), P("ACTION LOG", h)]
    A = [
        (
            "SPB/22/09",
            "02/08/2022",
            "2022-08-02",
            "4",
            "Provide data on the use of Taser by division.",
            "DCC",
            "04/10/2022",
            "2022-10-04",
            "Closed",
        ),
        (
            "SPB/22/11",
            "02/08/2022",
            "2022-08-02",
            "6",
            "Agree a communications plan for the precept consultation.",
            "Chief Executive & CC",
            "01/11/2022",
            "2022-11-01",
            "Closed",
        ),
        (
            "SPB/22/12",
            "02/08/2022",
            "2022-08-02",
            "7",
            "Review the force's compliance with the Victims' Code.",
            "ACC",
            "06/12/2022",
            "2022-12-06",
            "Open",
        ),
        (
            "SPB/22/14",
            "04/10/2022",
            "2022-10-04",
            "2.2",
            "Present a recovery plan for the overtime overspend.",
            "CFO",
            "06/12/2022",
            "2022-12-06",
            "Open",
        ),
        (
            "SPB/22/15",
            "04/10/2022",
            "2022-10-04",
            "3.2",
            "Share the review timetable with ward councillors.",
            "ACC",
            "TBC",
            None,
            "Open",
        ),
    ]
    rows = [["Ref", "Date", "Min", "Action", "Owner", "Due", "Status"]] + [
        [a[0], a[1], a[3], a[4], a[5], a[6], a[8]] for a in A
    ]
    s.append(
        grid(
            rows,
            [22 * mm, 22 * mm, 11 * mm, 56 * mm, 26 * mm, 22 * mm, 16 * mm],
            f,
            9.5,
        )
    )
    for a in A:
        g["actions"].append(action(a[4], a[0], a[2], a[3], a[5], owners(a[5]), a[7], a[6], a[8].lower()))
    s.append(PageBreak())
    # register extract
    s += [
        P("Item 4", st(f, 9, alignment=TA_RIGHT)),
        P("STRATEGIC RISK REGISTER – EXTRACT (as at 21 November 2022)", h),
    ]
    R = [
        (
            "R1",
            "Financial sustainability",
            "Inflation and pay awards exceed the medium term financial plan.",
            (5, 4),
            (4, 4),
            (3, 3),
        ),
        (
            "R2",
            "Workforce",
            "The force does not reach its officer recruitment target by March 2023.",
            (3, 4),
            (2, 4),
            (1, 4),
        ),
        (
            "R3",
            "Public confidence",
            "Public confidence falls following national reports on police culture.",
            (4, 4),
            (3, 4),
            (2, 3),
        ),
    ]
    rows = [["Ref", "Theme", "Risk", "Original", "Current", "Target"]]
    for ref, th, desc, o, c, tg in R:
        rows.append([ref, th, desc] + [f"{x[0]} x {x[1]} = {x[0] * x[1]}" for x in (o, c, tg)])
        g["risks"].append(
            {
                "reference": ref,
                "objective": th,
                "description": desc,
                "ratings": [
                    rating("inherent", "Original", o[0], o[1], o[0] * o[1], "2022-11-21"),
                    rating("current", "Current", c[0], c[1], c[0] * c[1], "2022-11-21"),
                    rating("target", "Target", tg[0], tg[1], tg[0] * tg[1], "2022-11-21"),
                ],
            }
        )
    s.append(grid(rows, [12 * mm, 30 * mm, 68 * mm, 22 * mm, 22 * mm, 22 * mm], f, 9.5))
    s.append(P("Scores are likelihood x impact on a 5 x 5 matrix.", st(f, 9)))
    build(
        stem,
        s,
        header="Calderwick Strategic Policing Board – 6 December 2022",
        font=f,
        footer=lambda p: f"Page {p}",
    )
    write_gold(stem, g)


# ---------------------------------------------------------------- 14. JAC minutes (Word), attendee table, decisions in caps
def greywold_jac_minutes():
    from docx import Document
    from docx.shared import Pt

    stem = "Greywold-Joint-Audit-Committee-Minutes-2022-07-19"
    g = gold_of(stem, ["meetings", "attendance", "decisions", "actions"])
    date = "2022-07-19"
    body = "Greywold Joint Audit Committee"
    loc = "Kestrel House, Greywold"
    g["meetings"].append(
        {
            "body": body,
            "meeting_date": date,
            "start_time": "14:00",
            "location": loc,
            "minutes_status": "approved",
        }
    )
    d = Document()
    d.styles["Normal"].font.name = "Caladea"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL"
    sec.footer.paragraphs[0].text = "Greywold Joint Audit Committee – 19 July 2022 – Minutes (approved 18 October 2022)"
    d.add_heading(body, 0)
    d.add_paragraph(f"Minutes of the meeting held at {loc} on Tuesday 19 July 2022 commencing at 2.00pm.")
    att = [
        (
            "Members present",
            [
                ("Philippa Rowe", "Chair", "PR"),
                ("Desmond Achebe", "Independent member", "DA"),
                ("Ursula Kent", "Independent member", "UK"),
            ],
            "member",
        ),
        (
            "Officers present",
            [
                ("Graham Tilney", "Chief Finance Officer, OPCC", "GT"),
                ("Mina Farouk", "Chief Finance Officer, Greywold Police", "MF"),
                ("Steven Hoole", "Head of Internal Audit", "SH"),
            ],
            "in_attendance",
        ),
        ("Apologies", [("Roger Vale", "Independent member", "RV")], "apologies"),
    ]
    ini = {}
    tbl = d.add_table(rows=0, cols=3)
    tbl.style = "Table Grid"
    for label, people, kind in att:
        c = tbl.add_row().cells
        m = c[0].merge(c[2])
        m.text = ""
        m.paragraphs[0].add_run(label).bold = True
        for nm, role, i in people:
            c = tbl.add_row().cells
            c[0].text, c[1].text, c[2].text = nm, role, i
            ini[i] = nm
            g["attendance"].append(
                {
                    "meeting_date": date,
                    "name": nm,
                    "attendance": kind,
                    "role_text": role,
                }
            )

    def item(no, head, paras):
        p = d.add_paragraph()
        p.add_run(f"{no}  {head}").bold = True
        for t in paras:
            d.add_paragraph(t)

    def dec(no, typ, text):
        g["decisions"].append(
            {
                "meeting_date": date,
                "item_number": no,
                "decision_type": typ,
                "text": text,
            }
        )

    def act(no, desc, who, due=None, due_text=None):
        g["actions"].append(action(desc, None, date, no, who, owners(who, ini), due, due_text, "open"))
        return f"ACTION: {desc} ({who}{', ' + due_text if due_text else ''})"

    item(
        "JAC/22/18",
        "Minutes of the previous meeting",
        [
            "The minutes of the meeting held on 19 April 2022 were AGREED as a correct record.",
            "The Committee APPROVED the updated terms of reference attached to the minutes.",
        ],
    )
    dec(
        "JAC/22/18",
        "approved",
        "The Committee APPROVED the updated terms of reference attached to the minutes.",
    )
    item(
        "JAC/22/19",
        "Internal Audit Annual Report 2021/22",
        [
            "SH presented the annual report, giving an overall opinion of reasonable assurance.",
            "The Committee NOTED the annual report and the head of internal audit opinion.",
            act(
                "JAC/22/19",
                "Circulate the follow-up schedule for limited assurance reports.",
                "SH",
                "2022-08-31",
                "31 August 2022",
            ),
        ],
    )
    dec(
        "JAC/22/19",
        "noted",
        "The Committee NOTED the annual report and the head of internal audit opinion.",
    )
    item(
        "JAC/22/20",
        "Draft Statements of Accounts 2021/22",
        [
            "GT and MF introduced the draft accounts, published on 30 June 2022.",
            "The Committee AGREED to hold an additional meeting in November to consider the audited accounts.",
            act("JAC/22/20", "Arrange the additional November meeting.", "GT/MF"),
        ],
    )
    dec(
        "JAC/22/20",
        "agreed",
        "The Committee AGREED to hold an additional meeting in November to consider the audited accounts.",
    )
    d.add_paragraph("The meeting closed at 3.50pm.")
    d.add_paragraph("Signed ……………………………… Chair          Date ………………")
    docx_to_pdf(d, stem)
    write_gold(stem, g)


# ---------------------------------------------------------------- 15. second pack (Word): agenda + notes + tracker + register
def tarnside_pab_pack():
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    stem = "Tarnside_PCC_Accountability_Board_pack_Jan_2023"
    g = gold_of(
        stem,
        ["meetings", "attendance", "agenda_items", "decisions", "actions", "risks"],
    )
    body = "Tarnside Police and Crime Commissioner's Accountability Board"
    d1, d0 = "2023-01-24", "2022-11-29"
    loc = "Meeting Room 3, Tarnford Police Station"
    g["meetings"].append(
        {
            "body": body,
            "meeting_date": d1,
            "start_time": "14:00",
            "location": loc,
            "minutes_status": None,
        }
    )
    g["meetings"].append(
        {
            "body": body,
            "meeting_date": d0,
            "start_time": "14:00",
            "location": loc,
            "minutes_status": "draft",
        }
    )
    d = Document()
    d.styles["Normal"].font.name = "DejaVu Sans"
    d.styles["Normal"].font.size = Pt(9.5)
    d.sections[0].footer.paragraphs[0].text = "Accountability Board 24 January 2023 – public pack"

    def brk():
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(rows, widths, bold_first=True):
        from docx.shared import Mm

        t = d.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        t.autofit = False
        for i, r in enumerate(rows):
            cells = t.add_row().cells
            for c, v, w in zip(cells, r, widths):
                c.text = ""
                c.width = Mm(w)
                c.paragraphs[0].add_run(v).bold = bold_first and i == 0
        for col, w in zip(t.columns, widths):
            col.width = Mm(w)
        return t

    d.add_heading(body, 1)
    d.add_paragraph(f"Agenda – Tuesday 24 January 2023, 2.00pm to 4.00pm, {loc}")
    items = [
        ("1", "14:00", "Apologies", "PCC"),
        ("2", "14:05", "Notes of the meeting on 29 November 2022", "PCC"),
        ("3", "14:10", "Action tracker", "Head of Business Services"),
        ("4", "14:20", "Force budget and precept 2023/24", "CFO"),
        ("5", "14:50", "Road safety and the fatal four", "ACC"),
        ("6", "15:30", "OPCC risk register", "Chief Executive"),
        ("7", "15:50", "Any other business", "All"),
    ]
    table(
        [["Item", "Time", "Subject", "Lead"]] + [list(i) for i in items],
        [14, 18, 95, 45],
    )
    for no, _, title, lead in items:
        g["agenda_items"].append(
            {
                "meeting_date": d1,
                "item_number": no,
                "title": title,
                "presenter_text": lead,
            }
        )
    brk()
    d.add_heading("Item 2 – Notes of the Accountability Board, 29 November 2022", 2)
    d.add_paragraph(f"2.00pm, {loc}. DRAFT")
    att = [
        ("Cllr", "Nadia Forsyth", "Police and Crime Commissioner", "member"),
        ("", "Philip Aske", "Chief Constable", "member"),
        ("", "Morag Liddell", "Deputy Chief Constable", "member"),
        ("", "Owen Treharne", "Chief Executive", "member"),
        ("", "Jill Saxby", "Chief Finance Officer", "member"),
        ("", "Callum Reid", "Head of Business Services", "in_attendance"),
        ("", "Farah Ahmed", "Assistant Chief Constable", "apologies"),
    ]
    d.add_paragraph("Present: " + ", ".join(f"{n} ({r})" for _, n, r, k in att if k == "member"))
    d.add_paragraph("Also attending: " + ", ".join(f"{n} ({r})" for _, n, r, k in att if k == "in_attendance"))
    d.add_paragraph("Apologies: " + ", ".join(f"{n} ({r})" for _, n, r, k in att if k == "apologies"))
    for _, n, r, k in att:
        g["attendance"].append({"meeting_date": d0, "name": n, "attendance": k, "role_text": r})

    def dec(no, typ, text):
        g["decisions"].append({"meeting_date": d0, "item_number": no, "decision_type": typ, "text": text})

    notes = [
        (
            "1",
            "Notes and actions",
            ["The notes of 27 September 2022 were accepted as accurate."],
        ),
        (
            "2",
            "Performance update",
            [
                "The Chief Constable reported a fall in response times to 11 minutes in urban areas.",
                "The Commissioner noted the improvement and asked for rural figures.",
            ],
        ),
        (
            "3",
            "Capital programme",
            [
                "The Commissioner approved the revised capital programme for 2022/23.",
                "Action: CFO to reprofile the fleet budget into 2023/24.",
            ],
        ),
    ]
    for no, head, paras in notes:
        d.add_paragraph().add_run(f"{no}. {head}").bold = True
        for t in paras:
            d.add_paragraph(t)
    dec(
        "2",
        "noted",
        "The Commissioner noted the improvement and asked for rural figures.",
    )
    dec(
        "3",
        "approved",
        "The Commissioner approved the revised capital programme for 2022/23.",
    )
    brk()
    d.add_heading("Item 3 – Action tracker", 2)
    A = [
        (
            "AB-031",
            "27 Sep 2022",
            "2022-09-27",
            "5",
            "Publish the stop and search scrutiny panel findings.",
            "DCC",
            "30 Nov 2022",
            "2022-11-30",
            "Complete",
        ),
        (
            "AB-033",
            "27 Sep 2022",
            "2022-09-27",
            "6",
            "Report on 101 call abandonment by hour of day.",
            "ACC",
            "24 Jan 2023",
            "2023-01-24",
            "Open",
        ),
        (
            "AB-035",
            "29 Nov 2022",
            "2022-11-29",
            "3",
            "Reprofile the fleet budget into 2023/24.",
            "CFO",
            "24 Jan 2023",
            "2023-01-24",
            "Open",
        ),
        (
            "AB-036",
            "29 Nov 2022",
            "2022-11-29",
            "2",
            "Provide response times for rural areas.",
            "CC/DCC",
            "Q4 2022/23",
            None,
            "Open",
        ),
    ]
    table(
        [["Ref", "Raised", "Item", "Action", "Lead", "Due", "Status"]]
        + [[a[0], a[1], a[3], a[4], a[5], a[6], a[8]] for a in A],
        [16, 20, 13, 55, 17, 22, 22],
    )
    for a in A:
        g["actions"].append(
            action(
                a[4],
                a[0],
                a[2],
                a[3],
                a[5],
                owners(a[5]),
                a[7],
                a[6],
                "closed" if a[8] == "Complete" else "open",
            )
        )
    brk()
    d.add_heading("Item 6 – OPCC risk register (reviewed 12 January 2023)", 2)
    d.add_paragraph("Ratings: likelihood and impact 1–5; score = L × I.")
    R = [
        (
            "T-OPCC-01",
            "Commissioning",
            "Grant funding for victim services ends in March 2023 without replacement.",
            (4, 4),
            (3, 3),
        ),
        (
            "T-OPCC-02",
            "Accountability",
            "The Board does not receive timely information to scrutinise force performance.",
            (3, 3),
            (2, 3),
        ),
    ]
    table(
        [["Ref", "Area", "Risk", "Inherent (L/I/Score)", "Residual (L/I/Score)"]]
        + [
            [
                r[0],
                r[1],
                r[2],
                f"{r[3][0]} / {r[3][1]} / {r[3][0] * r[3][1]}",
                f"{r[4][0]} / {r[4][1]} / {r[4][0] * r[4][1]}",
            ]
            for r in R
        ],
        [22, 30, 70, 25, 25],
    )
    for ref, area, desc, i, c in R:
        g["risks"].append(
            {
                "reference": ref,
                "objective": area,
                "description": desc,
                "ratings": [
                    rating("inherent", "Inherent", i[0], i[1], i[0] * i[1], "2023-01-12"),
                    rating("current", "Residual", c[0], c[1], c[0] * c[1], "2023-01-12"),
                ],
            }
        )
    docx_to_pdf(d, stem)
    write_gold(stem, g)


PAPERS = [
    calderwick_panel_minutes,
    fenmarsh_fire_minutes,
    hollinshire_pab_notes,
    marrowvale_jac_minutes,
    tarnside_panel_agenda,
    greywold_spb_agenda,
    calderwick_jac_action_log,
    fenmarsh_fire_actions,
    hollinshire_pab_action_log,
    marrowvale_strategic_register,
    tarnside_fra_risk_cards,
    greywold_opcc_heatmap,
    calderwick_spb_pack,
    greywold_jac_minutes,
    tarnside_pab_pack,
]

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for make_paper in PAPERS:
        make_paper()
