#!/usr/bin/env python3
"""Rebuild the blind8 set: every PDF and its gold JSON come from the same strings below.

    /work/main/.venv/bin/python make.py        (needs reportlab, python-docx, soffice)
All bodies, areas, people and business are invented.
"""

from __future__ import annotations

import json
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
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent
GOLD_DIR = OUT / "gold"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in [
    ("DejaVuSans", "DejaVuSans.ttf"),
    ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
    ("DejaVuSerif", "DejaVuSerif.ttf"),
    ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
    ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"),
    ("DejaVuSansCond", "DejaVuSansCondensed.ttf"),
    ("DejaVuSansCond-Bold", "DejaVuSansCondensed-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(nm, DV + f))

ALL_TYPES = ("meetings", "attendance", "agenda_items", "decisions", "actions", "risks")


class Gold:
    """Gold records of one PDF, written in the gallery format."""

    def __init__(self, stem: str, meetings: bool = True):
        self.stem = stem
        self.d: dict = {"file": stem + ".pdf"}
        for t in ALL_TYPES:
            if t == "meetings" and not meetings:
                continue
            self.d[t] = []

    def meeting(self, body, date, time, location, status):
        self.d["meetings"].append(
            dict(body=body, meeting_date=date, start_time=time, location=location, minutes_status=status)
        )

    def att(self, date, name, kind, role):
        self.d["attendance"].append(dict(meeting_date=date, name=name, attendance=kind, role_text=role))

    def item(self, date, no, title, presenter=None):
        r = dict(meeting_date=date, item_number=no, title=title)
        if presenter:
            r["presenter_text"] = presenter
        self.d["agenda_items"].append(r)

    def dec(self, date, no, kind, text):
        self.d["decisions"].append(dict(meeting_date=date, item_number=no, decision_type=kind, text=text))

    def act(self, desc, number, raised, item, owners, target, status, owner_text, target_text=None):
        r = dict(
            description=desc,
            action_number=number,
            raised_date=raised,
            agenda_item_number=item,
            owners=owners,
            target_date=target,
            status=status,
            owner_text=owner_text,
        )
        if target_text:
            r["target_date_text"] = target_text
        self.d["actions"].append(r)

    def risk(self, ref, objective, desc, ratings):
        self.d["risks"].append(dict(reference=ref, objective=objective, description=desc, ratings=ratings))

    def save(self):
        (GOLD_DIR / (self.stem + ".json")).write_text(json.dumps(self.d, indent=1, ensure_ascii=False) + "\n")


def rating(phase, text, l, i, s, date):
    return dict(phase=phase, phase_text=text, likelihood=l, impact=i, score=s, register_date=date)


def st(name, font, size, **kw):
    kw.setdefault("leading", size * 1.25)
    return ParagraphStyle(name, fontName=font, fontSize=size, **kw)


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def numbered_canvas(header_fn):
    """A canvas class that knows the page count, for 'Page x of y' footers."""

    class NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                header_fn(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NC


def build(stem, story, header_fn, pagesize=A4, margins=(20 * mm, 20 * mm, 22 * mm, 20 * mm)):
    doc = SimpleDocTemplate(
        str(OUT / (stem + ".pdf")),
        pagesize=pagesize,
        leftMargin=margins[0],
        rightMargin=margins[1],
        topMargin=margins[2],
        bottomMargin=margins[3],
        title=stem,
        author="blind8",
    )
    doc.build(story, canvasmaker=numbered_canvas(header_fn))


def grid(data, widths, style_extra=(), header=True, font="Helvetica", size=8, repeat=1):
    t = Table(data, colWidths=widths, repeatRows=repeat if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), font, size)]
    t.setStyle(TableStyle(cmds + list(style_extra)))
    return t


def P(text, style):
    return Paragraph(text, style)


def docx_to_pdf(docx_paths):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{prof}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(OUT),
            ]
            + [str(p) for p in docx_paths],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    for p in docx_paths:
        Path(p).unlink()


# ---------------------------------------------------------------- 1. PCP minutes, council style
def pcp_minutes():
    stem = "Harrowdene-Police-and-Crime-Panel-Minutes-21-June-2022"
    g = Gold(stem)
    D = "2022-06-21"
    body = "Harrowdene Police and Crime Panel"
    loc = "Council Chamber, Civic Centre, Market Street, Harrowdene"
    g.meeting(body, D, "10:30", loc, "draft")
    S = st("b", "Times-Roman", 11, alignment=TA_JUSTIFY, spaceAfter=6)
    C = st("c", "Times-Bold", 13, alignment=TA_CENTER, spaceAfter=4)
    IND = st("i", "Times-Roman", 11, leftIndent=18 * mm, alignment=TA_JUSTIFY, spaceAfter=6)
    members = [
        ("Barbara Quinnell", "Chair", "Harrowdene Borough Council"),
        ("Desmond Achterberg", "Vice-Chair", "Oxley District Council"),
        ("Priya Mandalia", None, "Harrowdene Borough Council"),
        ("Colin Treadgold", None, "Fennick Vale District Council"),
        ("Ruth Olumide", None, "Oxley District Council"),
        ("Gerald Pinchbeck", None, "Harrowdene County Council"),
        ("Samantha Ewart", None, "Harrowdene County Council"),
    ]
    story = [
        P("HARROWDENE POLICE AND CRIME PANEL", C),
        P(
            f"MINUTES of the meeting of the Harrowdene Police and Crime Panel held in the {loc}, "
            "on Tuesday, 21st June, 2022 at 10.30 am",
            st("m", "Times-Roman", 11, alignment=TA_CENTER, spaceAfter=10),
        ),
    ]
    lines = []
    for n, role, auth in members:
        lines.append(f"Councillor {n}" + (f" ({role})" if role else "") + f" – {auth}")
        g.att(D, n, "member", role or auth)
    story.append(P("<b>PRESENT:</b>", S))
    for l in lines:
        story.append(P(esc(l), IND))
    story.append(P("<b>Independent Co-opted Members:</b>", S))
    for n in ["Alastair Fenwright", "Nadia Korsak"]:
        story.append(P(f"Mr {n}" if n.startswith("Alastair") else f"Mrs {n}", IND))
        g.att(D, n, "member", "Independent Co-opted Member")
    story.append(P("<b>ALSO PRESENT:</b>", S))
    for n, r in [
        ("Martin Solway", "Police and Crime Commissioner"),
        ("Helen Corrigan", "Chief Executive, Office of the Police and Crime Commissioner"),
        ("Owen Battersby", "Chief Finance Officer, Office of the Police and Crime Commissioner"),
    ]:
        story.append(P(f"{n} – {r}", IND))
        g.att(D, n, "in_attendance", r)
    story.append(P("<b>OFFICERS:</b>", S))
    for n, r in [("Lydia Marchbank", "Panel Support Officer"), ("Trevor Ansell", "Legal Adviser to the Panel")]:
        story.append(P(f"{n} ({r})", IND))
        g.att(D, n, "in_attendance", r)

    def minute(no, heading, paras):
        story.append(
            Table(
                [[P(f"<b>{no}</b>", S), P(f"<b>{heading}</b>", S)]],
                colWidths=[22 * mm, 148 * mm],
                style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
            )
        )
        for kind, txt in paras:
            if kind == "p":
                story.append(P(esc(txt), IND))
            else:
                dtype, t = kind, txt
                g.dec(D, no, dtype, t if isinstance(t, str) else " ".join(t))
                if isinstance(t, str):
                    story.append(P(esc(t), IND))
                else:
                    story.append(P(esc(t[0]), IND))
                    for part in t[1:]:
                        story.append(P(esc(part), st("ii", "Times-Roman", 11, leftIndent=28 * mm, spaceAfter=3)))

    minute(
        "18/22",
        "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS",
        [
            (
                "p",
                "Apologies for absence were received from Councillor Imogen Darrant (Fennick Vale District Council) "
                "and Councillor Russell Kemble (Oxley District Council). No substitutes had been nominated.",
            )
        ],
    )
    g.att(D, "Imogen Darrant", "apologies", "Fennick Vale District Council")
    g.att(D, "Russell Kemble", "apologies", "Oxley District Council")
    minute(
        "19/22",
        "DECLARATIONS OF INTEREST",
        [
            (
                "p",
                "Councillor Gerald Pinchbeck declared a non-pecuniary interest in minute 24/22 as a trustee of the "
                "Harrowdene Victims' Support Trust. There were no other declarations.",
            )
        ],
    )
    minute(
        "20/22",
        "MINUTES OF THE PREVIOUS MEETING",
        [
            (
                "resolved",
                "RESOLVED – That the minutes of the meeting held on 15 March 2022 be confirmed as a correct "
                "record and signed by the Chair.",
            )
        ],
    )
    minute(
        "21/22",
        "PUBLIC QUESTIONS",
        [
            (
                "p",
                "One question had been received from a resident of Oxley concerning the closure of the front counter at "
                "Oxley police station. The Commissioner read out his response, which is appended to these minutes. "
                "The questioner did not ask a supplementary question.",
            )
        ],
    )
    minute(
        "22/22",
        "COMMISSIONER'S UPDATE REPORT",
        [
            (
                "p",
                "The Commissioner introduced his update on activity since the last meeting, including the launch of "
                "the rural crime partnership and the recruitment of forty additional police community support "
                "officers. Members asked about response times in the north of the county; the Commissioner undertook "
                "to share the quarterly figures once published.",
            ),
            (
                "p",
                "In response to a question from Councillor Mandalia, the Chief Executive explained that the "
                "commissioning budget for domestic abuse services had been protected for 2022/23.",
            ),
            ("noted", "The Panel noted the update report."),
        ],
    )
    minute(
        "23/22",
        "PERFORMANCE AGAINST THE POLICE AND CRIME PLAN – QUARTER 4 2021/22",
        [
            (
                "p",
                "The Panel considered the performance report for the final quarter of 2021/22. Members welcomed the "
                "reduction in burglary but expressed concern at the rise in reported fraud against older people.",
            ),
            (
                "p",
                "Councillor Ewart asked whether the 101 call abandonment rate was improving. The Commissioner said the "
                "new telephony system would be fully in service by the autumn.",
            ),
            (
                "resolved",
                [
                    "RESOLVED – That",
                    "(a) the performance report for Quarter 4 2021/22 be noted;",
                    "(b) the Commissioner be asked to include fraud against older people as a measure in future "
                    "performance reports; and",
                    "(c) a briefing on 101 call handling be provided to the Panel at its December meeting.",
                ],
            ),
        ],
    )
    minute(
        "24/22",
        "VICTIMS' SERVICES COMMISSIONING UPDATE",
        [
            (
                "p",
                "The Head of Commissioning for the Office of the Police and Crime Commissioner presented an update on "
                "the re-tendering of the victims' referral service. The new contract would begin on 1 October 2022.",
            ),
            (
                "p",
                "Members asked how the views of victims had been sought. The Panel was told that a survey of 412 "
                "service users had informed the specification.",
            ),
            (
                "resolved",
                "RESOLVED – That the update on victims' services commissioning be noted and that the Panel "
                "receive an evaluation of the new service after twelve months of operation.",
            ),
        ],
    )
    minute(
        "25/22",
        "COMPLAINTS AGAINST THE COMMISSIONER",
        [
            (
                "p",
                "The Legal Adviser reported that no complaints against the Commissioner had been received in the "
                "period since the last meeting.",
            )
        ],
    )
    minute(
        "26/22",
        "PANEL ANNUAL REPORT 2021/22",
        [
            ("p", "The Panel Support Officer presented the draft annual report of the Panel for 2021/22."),
            (
                "approved",
                "The Panel approved its annual report for 2021/22 for publication, subject to minor drafting "
                "changes to be agreed by the Chair.",
            ),
        ],
    )
    minute(
        "27/22",
        "APPOINTMENT OF INDEPENDENT CO-OPTED MEMBER",
        [
            (
                "p",
                "The Chair reported that the term of office of Mrs Korsak would end in September 2022 and that she was "
                "eligible to be re-appointed.",
            ),
            (
                "resolved",
                "RESOLVED – That Mrs Nadia Korsak be re-appointed as an independent co-opted member of the Panel "
                "for a further term of four years from 1 September 2022.",
            ),
        ],
    )
    minute(
        "28/22",
        "WORK PROGRAMME",
        [
            (
                "p",
                "Members considered the work programme for 2022/23 and suggested adding an item on the estates "
                "strategy.",
            ),
            (
                "agreed",
                "The Panel agreed the work programme for 2022/23, with the addition of an item on the police "
                "estates strategy in March 2023.",
            ),
        ],
    )
    minute(
        "29/22",
        "DATE OF NEXT MEETING",
        [("p", "The next meeting of the Panel will be held on Tuesday 20 September 2022 at 10.30 am.")],
    )
    story += [
        Spacer(1, 10 * mm),
        P("The meeting closed at 12.55 pm", S),
        Spacer(1, 12 * mm),
        P("Chair ....................................................   Date ......................", S),
    ]

    def hf(c, n, total):
        c.setFont("Times-Italic", 9)
        c.drawRightString(190 * mm, 287 * mm, "DRAFT – subject to confirmation at the next meeting of the Panel")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(105 * mm, 12 * mm, f"Page {n} of {total}")
        c.drawString(20 * mm, 12 * mm, "Police and Crime Panel – 21 June 2022")

    build(stem, story, hf)
    g.save()


# ---------------------------------------------------------------- 2. Fire authority minutes, Word-produced
def docx_common():
    from docx import Document
    from docx.shared import Pt

    return Document, Pt


def fire_minutes():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    Document, Pt = docx_common()
    stem = "CFA-minutes-12.10.21"
    g = Gold(stem)
    D = "2021-10-12"
    body = "Caldermoor Fire Authority"
    loc = "Authority Room, Service Headquarters, Beacon Lane, Thirlby"
    g.meeting(body, D, "14:00", loc, "approved")
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    normal = doc.styles["Normal"]
    normal.font.name = "Liberation Sans"
    normal.font.size = Pt(10.5)
    hdr = sec.header.paragraphs[0]
    hdr.text = "Caldermoor Fire Authority – 12 October 2021"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ftr = sec.footer.paragraphs[0]
    ftr.text = "Minutes confirmed by the Authority on 14 December 2021"
    ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("CALDERMOOR FIRE AUTHORITY")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph(
        f"Minutes of the meeting of the Authority held on Tuesday 12 October 2021 at 2.00 pm in the {loc}"
    ).alignment = WD_ALIGN_PARAGRAPH.CENTER
    members = [
        ("Vanessa Hollinrake", "Chair"),
        ("Ken Ashworth-Bell", "Vice-Chair"),
        ("Farida Noorani", None),
        ("Dennis Lowther", None),
        ("Ivor Penhaligon", None),
        ("Julie Stansfield", None),
        ("Mark Threlfall", None),
        ("Aneurin Powys", None),
    ]
    p = doc.add_paragraph()
    p.add_run("Present: ").bold = True
    p.add_run("Councillors " + ", ".join(n + (f" ({r})" if r else "") for n, r in members) + ".")
    for n, r in members:
        g.att(D, n, "member", r or "Councillor")
    officers = [
        ("Chief Fire Officer", "Alun Prydderch"),
        ("Deputy Chief Fire Officer", "Sarah Coldwell"),
        ("Treasurer", "Graham Huxtable"),
        ("Clerk to the Authority", "Eleanor Whitcombe"),
        ("Democratic Services Officer", "Jenna Morley"),
    ]
    p = doc.add_paragraph()
    p.add_run("Officers: ").bold = True
    p.add_run("; ".join(f"{r} {n}" for r, n in officers) + ".")
    for r, n in officers:
        g.att(D, n, "in_attendance", r)
    p = doc.add_paragraph()
    p.add_run("Apologies: ").bold = True
    p.add_run("Councillors Bernard Okafor and Lesley Garside.")
    g.att(D, "Bernard Okafor", "apologies", "Councillor")
    g.att(D, "Lesley Garside", "apologies", "Councillor")

    def minute(no, heading, paras):
        tbl = doc.add_table(rows=1, cols=2)
        tbl.autofit = False
        tbl.columns[0].width, tbl.columns[1].width = Cm(2.3), Cm(14.3)
        c0, c1 = tbl.rows[0].cells
        c0.width, c1.width = Cm(2.3), Cm(14.3)
        c0.paragraphs[0].add_run(no).bold = True
        c1.paragraphs[0].add_run(heading).bold = True
        for kind, txt in paras:
            if kind == "p":
                c1.add_paragraph(txt)
            else:
                parts = [txt] if isinstance(txt, str) else txt
                for part in parts:
                    c1.add_paragraph(part)
                g.dec(D, no, kind, " ".join(parts))

    minute(
        "21/138",
        "Declarations of Interest",
        [
            (
                "p",
                "Councillor Threlfall declared a personal interest in minute 21/143 as a retained firefighter's "
                "spouse and left the room for that item.",
            )
        ],
    )
    minute(
        "21/139",
        "Minutes of the Previous Meeting",
        [
            (
                "resolved",
                "RESOLVED that the minutes of the meeting held on 27 July 2021 be confirmed as a correct record.",
            )
        ],
    )
    minute(
        "21/140",
        "Chair's Announcements",
        [
            (
                "p",
                "The Chair congratulated the crews from Thirlby and Wendover Cross on their response to the Mill Lane "
                "warehouse fire in August, which had required sixteen appliances at its height.",
            )
        ],
    )
    minute(
        "21/141",
        "Revenue and Capital Budget Monitoring 2021/22",
        [
            (
                "p",
                "The Treasurer presented the budget monitoring report to 31 August 2021, which forecast an underspend "
                "of £184,000 on the revenue budget, mainly from vacancies in support staff posts.",
            ),
            (
                "p",
                "Members asked about the slippage on the replacement of breathing apparatus sets. The Deputy Chief "
                "Fire Officer explained that the supplier had delayed delivery until February 2022.",
            ),
            (
                "resolved",
                [
                    "RESOLVED that the Authority:",
                    "(i) note the forecast revenue outturn for 2021/22;",
                    "(ii) approve the transfer of £60,000 to the equipment reserve; and",
                    "(iii) approve the revised capital programme of £3.42 million.",
                ],
            ),
        ],
    )
    minute(
        "21/142",
        "Community Risk Management Plan 2022-2026 – Consultation",
        [
            (
                "p",
                "The Chief Fire Officer introduced the draft Community Risk Management Plan, which proposed changes to "
                "the crewing of two on-call stations and a new prevention team for high-rise premises.",
            ),
            (
                "p",
                "Members discussed the proposals at length. Councillor Powys asked that the consultation include "
                "sessions in the rural west of the county.",
            ),
            (
                "agreed",
                "The Authority agreed that the draft Community Risk Management Plan be published for a twelve "
                "week public consultation commencing on 1 November 2021.",
            ),
            ("p", "The Chief Fire Officer undertook to arrange consultation events in Aberrhos and Llanfenni."),
        ],
    )
    minute(
        "21/143",
        "On-Call Availability Report",
        [
            (
                "p",
                "The Deputy Chief Fire Officer reported that on-call appliance availability had averaged 81% in the "
                "first half of the year against a target of 90%.",
            ),
            ("noted", "The Authority noted the report and the actions being taken to improve on-call recruitment."),
        ],
    )
    minute(
        "21/144",
        "Health, Safety and Wellbeing – Six Monthly Report",
        [
            (
                "p",
                "Members received the six-monthly report. There had been four reportable injuries, none of them "
                "serious.",
            ),
            ("resolved", "RESOLVED that the health, safety and wellbeing report be received."),
        ],
    )
    minute(
        "21/145",
        "Appointments to Committees",
        [
            (
                "resolved",
                "RESOLVED that Councillor Farida Noorani be appointed to the Audit and Standards Committee in "
                "place of Councillor Garside for the remainder of the municipal year.",
            )
        ],
    )
    minute(
        "21/146",
        "Exclusion of the Press and Public",
        [
            (
                "resolved",
                "RESOLVED that under Section 100A(4) of the Local Government Act 1972 the press and public be "
                "excluded from the meeting for the following item on the grounds that it involves the likely "
                "disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act.",
            )
        ],
    )
    minute(
        "21/147",
        "Disposal of Former Station Premises, Quarry Road (Exempt)",
        [
            (
                "approved",
                "The Authority approved the sale of the former Quarry Road station premises on the terms set "
                "out in the exempt report.",
            )
        ],
    )
    doc.add_paragraph("")
    doc.add_paragraph("The meeting ended at 4.20 pm.")
    doc.add_paragraph("Signed ......................................... Chair          Date ....................")
    path = OUT / (stem + ".docx")
    doc.save(path)
    g.save()
    return path


# ---------------------------------------------------------------- 3. Accountability board notes, attendee list with initials
def fenwold_notes():
    stem = "Fenwold-Accountability-Board-notes-07-03-2023"
    g = Gold(stem)
    D = "2023-03-07"
    g.meeting(
        "Accountability Board",
        D,
        "09:30",
        "Conference Room 2, Fenwold Police Headquarters, Lantern Road, Castlebury",
        "approved",
    )
    B = st("b", "Helvetica", 10, spaceAfter=5)
    H = st("h", "Helvetica-Bold", 10.5, spaceBefore=9, spaceAfter=4)
    L = st("l", "Helvetica", 10, leftIndent=8 * mm, spaceAfter=1)
    story = [
        P(
            "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR FENWOLD",
            st("t0", "Helvetica-Bold", 9, textColor=colors.grey),
        ),
        P("ACCOUNTABILITY BOARD", st("t", "Helvetica-Bold", 16, spaceBefore=4, spaceAfter=2)),
        P("Notes", st("t2", "Helvetica", 13, spaceAfter=2)),
        P("7th March 2023, 09:30 – 12:00", B),
        P("Conference Room 2, Fenwold Police Headquarters, Lantern Road, Castlebury", B),
        P("Status: Approved at the Board on 4th April 2023", B),
        P("1. Welcome and introductions", H),
        P("<b>Attendees:</b>", B),
    ]
    people = [
        ("PCC", "Rebecca Thornbury", "RT", "member"),
        ("CC", "Anthony Gillespie", "AG", "member"),
        ("DCC", "Marion Akande", "MA", "member"),
        ("ACC", "Stuart Pendlebury", "SP", "member"),
        ("OPCC Chief Executive", "Nigel Fairweather", "NF", "member"),
        ("OPCC Chief Finance Officer", "Joanna Rix", "JR", "member"),
        ("Force Director of Finance", "Callum Ferris", "CF", "member"),
        ("Supt.", "Deborah Langtree", "DL", "in_attendance"),
        ("OPCC Governance Officer", "Patrick Edun", "PE", "in_attendance"),
    ]
    for role, n, ini, kind in people[:7]:
        story.append(P(f"{role} {n} ({ini})", L))
        g.att(D, n, kind, role)
    story.append(P("<b>Also in attendance:</b>", B))
    for role, n, ini, kind in people[7:]:
        story.append(P(f"{role} {n} ({ini}) – " + ("item 5 only" if ini == "DL" else "notes"), L))
        g.att(D, n, kind, role)
    story.append(P("<b>Apologies:</b> Deputy PCC Harriet Oyelaran; Head of Corporate Communications Gail Mercer", B))
    g.att(D, "Harriet Oyelaran", "apologies", "Deputy PCC")
    g.att(D, "Gail Mercer", "apologies", "Head of Corporate Communications")
    ini = {p[2]: p[1] for p in people}

    def sec(no, title, paras):
        story.append(P(f"{no}. {esc(title)}", H))
        for kind, txt, *rest in paras:
            if kind == "p":
                story.append(P(esc(txt), B))
            elif kind == "action":
                owners_text, target, ttext = rest
                story.append(P(f"<b>Action:</b> {esc(txt)}", st("a", "Helvetica", 10, leftIndent=6 * mm, spaceAfter=5)))
                owners = [ini[o] for o in owners_text.split("/")]
                g.act(txt, None, D, no, owners, target, "open", owners_text, ttext)
            else:
                story.append(P(esc(txt), B))
                g.dec(D, no, kind, txt)

    sec(
        "2",
        "Previous notes and action log",
        [
            ("p", "The notes of the meeting held on 7th February 2023 were accepted as an accurate record."),
            (
                "p",
                "The action log was reviewed; actions 14, 17 and 18 were closed. Action 15 remains open pending the "
                "HMICFRS re-inspection.",
            ),
        ],
    )
    sec(
        "3",
        "Budget conditions letter – year end position",
        [
            (
                "p",
                "The PCC set conditions for the 2022/23 budget in a letter to the Chief Constable. CF presented the "
                "year-end forecast, which showed an overspend of £1.1m on overtime offset by underspends on "
                "vacancies and energy.",
            ),
            (
                "p",
                "Assurance statement: The Commissioner was assured that the Force had sound arrangements in place to "
                "monitor spending against the conditions in the letter, but was not yet assured on overtime control.",
            ),
            ("agreed", "The Commissioner agreed to release the £250,000 held back for the custody refurbishment."),
            (
                "action",
                "CF to provide a monthly breakdown of overtime by command until the end of the financial year.",
                "CF",
                None,
                None,
            ),
        ],
    )
    sec(
        "4",
        "Police officer uplift and PCSO establishment",
        [
            (
                "p",
                "MA reported that the Force would meet its uplift target of 2,046 officers by 31st March 2023. PCSO "
                "numbers stood at 171 against an establishment of 190.",
            ),
            (
                "p",
                "The PCC raised concern about attrition among student officers in their first year. AG said that a "
                "retention review was under way.",
            ),
            (
                "action",
                "MA/JR to bring the findings of the student officer retention review to the May Board.",
                "MA/JR",
                None,
                None,
            ),
            (
                "noted",
                "The Commissioner noted the uplift position and the plan to recruit a further PCSO cohort in June.",
            ),
        ],
    )
    sec(
        "5",
        "Complaints and professional standards",
        [
            (
                "p",
                "DL presented the complaints report for the twelve months to January 2023. Complaints had risen by 9% "
                "compared with the previous year, with the largest increase relating to delays in updates to victims.",
            ),
            (
                "p",
                "The Commissioner asked for more analysis of the outcomes of complaints, including reflective practice.",
            ),
            (
                "action",
                "SP to provide analysis of complaint outcomes by category and outcome type by 28/04/2023.",
                "SP",
                "2023-04-28",
                "28/04/2023",
            ),
        ],
    )
    sec(
        "6",
        "Anti-social behaviour satisfaction",
        [
            (
                "p",
                "SP gave an update on the work to improve satisfaction among victims of anti-social behaviour. "
                "Satisfaction had fallen to 62%. A call-back pilot had been introduced in the Castlebury district.",
            ),
            ("p", "The Commissioner welcomed the pilot and asked to be kept informed of the results."),
            (
                "endorsed",
                "The Commissioner endorsed the extension of the call-back pilot to the Marshfield district from "
                "April 2023.",
            ),
        ],
    )
    sec(
        "7",
        "Estates strategy – Castlebury central station",
        [
            (
                "p",
                "NF outlined the options for the future of Castlebury central station. The preferred option was a "
                "shared building with the fire and rescue service.",
            ),
            (
                "approved",
                "The Commissioner approved the preferred option for further development into a full business case.",
            ),
            (
                "action",
                "NF to circulate the draft business case timetable to Board members by 17th March 2023.",
                "NF",
                "2023-03-17",
                "17th March 2023",
            ),
        ],
    )
    sec(
        "8",
        "Any other business",
        [
            (
                "p",
                "AG informed the Board of a forthcoming national operation which would place pressure on mutual aid "
                "in April. No other business was raised.",
            )
        ],
    )
    story.append(P("Date of next meeting: 4th April 2023", B))

    def hf(c, n, total):
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(105 * mm, 290 * mm, "OFFICIAL")
        c.drawCentredString(105 * mm, 7 * mm, "OFFICIAL")
        c.setFont("Helvetica", 8)
        c.drawRightString(190 * mm, 12 * mm, f"{n}")

    build(stem, story, hf)
    g.save()


# ---------------------------------------------------------------- 4. Joint audit committee minutes, numbered paragraphs
def stourland_jac_minutes(pack=None):
    stem = "Stourland JAC Unconfirmed Minutes 28.09.22"
    g = pack[1] if pack else Gold(stem)
    D = "2022-09-28"
    loc = "Microsoft Teams"
    g.meeting("Joint Audit Committee", D, "10:00", loc, "draft")
    B = st("b", "DejaVuSerif", 9.5, spaceAfter=4, alignment=TA_JUSTIFY)
    H = st("h", "DejaVuSerif-Bold", 10, spaceBefore=8, spaceAfter=3)
    story = [
        P(
            "POLICE AND CRIME COMMISSIONER FOR STOURLAND AND CHIEF CONSTABLE OF STOURLAND POLICE",
            st("t0", "DejaVuSerif-Bold", 9, alignment=TA_CENTER),
        ),
        P("JOINT AUDIT COMMITTEE", st("t", "DejaVuSerif-Bold", 14, alignment=TA_CENTER, spaceBefore=6)),
        P("UNCONFIRMED MINUTES", st("t1", "DejaVuSerif-Bold", 11, alignment=TA_CENTER, spaceBefore=2)),
        P(
            "Wednesday 28 September 2022 at 10:00, held virtually via Microsoft Teams",
            st("t2", "DejaVuSerif", 10, alignment=TA_CENTER, spaceAfter=8),
        ),
    ]
    present = [
        ("Gwendolyn Arkwright", "Independent Member (Chair)"),
        ("Rafael Okonjo", "Independent Member"),
        ("Siobhan McCready", "Independent Member"),
        ("Terence Hollis", "Independent Member"),
    ]
    attending = [
        ("Lorraine Beckwith", "Chief Executive, OPCC"),
        ("Dominic Salt", "Chief Finance Officer, OPCC"),
        ("Yusuf Karimi", "Director of Finance, Stourland Police"),
        ("Clare Underhill", "Deputy Chief Constable"),
        ("Adele Foxton", "Head of Internal Audit, Mercia Audit Partnership"),
        ("Harvey Dunmore", "Engagement Lead, Calloway Grant LLP (External Audit)"),
        ("Beth Ransome", "Governance Manager, OPCC (minutes)"),
    ]
    rows = [["Present", "Name", "Role"]]
    for i, (n, r) in enumerate(present):
        rows.append(["Members" if i == 0 else "", n, r])
        g.att(D, n, "member", r)
    for i, (n, r) in enumerate(attending):
        rows.append(["In attendance" if i == 0 else "", n, r])
        g.att(D, n, "in_attendance", r)
    rows.append(["Apologies", "Keith Amberley", "Independent Member"])
    g.att(D, "Keith Amberley", "apologies", "Independent Member")
    story.append(
        grid(
            rows,
            [32 * mm, 50 * mm, 88 * mm],
            [
                ("FONT", (0, 0), (-1, 0), "DejaVuSerif-Bold", 9),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
                ("FONT", (0, 1), (0, -1), "DejaVuSerif-Bold", 9),
            ],
            font="DejaVuSerif",
            size=9,
        )
    )

    def item(no, title, paras):
        story.append(P(f"{no}. {esc(title.upper())}", H))
        for k, (kind, txt, *rest) in enumerate(paras, 1):
            num = f"{no}.{k}"
            cell = P(esc(txt), B)
            if kind == "action":
                cell = P(f"<b>ACTION:</b> {esc(txt)}", B)
                otext, owners, tgt, ttext = rest
                if not pack:  # in a pack the action log carries these actions
                    g.act(txt, None, D, no, owners, tgt, "open", otext, ttext)
            elif kind != "p":
                g.dec(D, num, kind, txt)
            story.append(
                Table(
                    [[P(num, B), cell]],
                    colWidths=[14 * mm, 156 * mm],
                    style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
                )
            )

    item(
        "1",
        "Welcome and apologies",
        [
            ("p", "The Chair welcomed members and officers to the meeting. Apologies were noted as above."),
            ("p", "The meeting was quorate."),
        ],
    )
    item("2", "Declarations of interest", [("p", "No declarations of interest were made.")])
    item(
        "3",
        "Minutes of the meeting held on 20 July 2022 and matters arising",
        [
            ("approved", "The Committee approved the minutes of the meeting held on 20 July 2022 as a true record."),
            ("p", "There were no matters arising that were not covered by the action tracker."),
        ],
    )
    item(
        "4",
        "Action tracker",
        [
            (
                "p",
                "The Governance Manager presented the action tracker. Of nine actions, six were complete and could be "
                "closed.",
            ),
            ("agreed", "The Committee agreed that actions JAC/22/04 and JAC/22/06 be closed."),
        ],
    )
    item(
        "5",
        "Internal audit progress report",
        [
            (
                "p",
                "The Head of Internal Audit presented the progress report. Four audits had been finalised since the "
                "last meeting, including a limited assurance opinion on the management of seized property.",
            ),
            (
                "p",
                "Members questioned the delay to the fleet management audit. The Director of Finance explained that "
                "the new fleet system had only gone live in August.",
            ),
            (
                "action",
                "DCC to provide the Committee with the management action plan for the seized property audit, "
                "with target dates, by 30 November 2022.",
                "DCC",
                ["Deputy Chief Constable"],
                "2022-11-30",
                "30 November 2022",
            ),
            ("noted", "The Committee noted the internal audit progress report."),
        ],
    )
    item(
        "6",
        "External audit – audit findings report 2021/22",
        [
            (
                "p",
                "The Engagement Lead reported that the audit of the 2021/22 statements of accounts was substantially "
                "complete. He anticipated an unqualified opinion for both the Commissioner and the Chief Constable.",
            ),
            ("p", "One adjusted misstatement related to the valuation of land at the former Brackley Road depot."),
            (
                "endorsed",
                "The Committee endorsed the letters of representation for signature by the Chief Finance Officers.",
            ),
            (
                "action",
                "CFO to circulate the final audit findings report to members once signed.",
                "CFO",
                ["Chief Finance Officer"],
                None,
                None,
            ),
        ],
    )
    item(
        "7",
        "Statement of accounts 2021/22",
        [
            (
                "p",
                "The Chief Finance Officer presented the audited statements of accounts for the Commissioner and the "
                "group. Members asked about the increase in the pension liability, which was explained by the "
                "actuarial valuation.",
            ),
            (
                "resolved",
                "The Committee RESOLVED to recommend the statements of accounts for 2021/22 to the Police and "
                "Crime Commissioner and the Chief Constable for approval.",
            ),
        ],
    )
    item(
        "8",
        "Treasury management mid-year review",
        [
            (
                "p",
                "The Chief Finance Officer reported that all borrowing and investment had remained within the "
                "prudential indicators. Investment returns had improved as interest rates rose.",
            ),
            ("noted", "The Committee noted the treasury management mid-year review."),
        ],
    )
    item(
        "9",
        "Risk management update",
        [
            (
                "p",
                "The Deputy Chief Constable summarised changes to the strategic risk registers. A new risk had been "
                "added on the resilience of the command and control system.",
            ),
            (
                "action",
                "DCC and CFO to hold a risk workshop with Committee members before the December meeting.",
                "DCC and CFO",
                ["Deputy Chief Constable", "Chief Finance Officer"],
                None,
                None,
            ),
        ],
    )
    item(
        "10",
        "Any other business",
        [
            ("p", "The Chair thanked Mr Hollis, whose term of office ends in December 2022."),
            ("p", "Date of next meeting: Wednesday 14 December 2022 at 10:00."),
        ],
    )

    def hf(c, n, total):
        c.setFont("DejaVuSerif", 7.5)
        c.drawString(20 * mm, 289 * mm, "Stourland Joint Audit Committee – unconfirmed minutes – 28 September 2022")
        c.drawRightString(190 * mm, 289 * mm, "OFFICIAL")
        c.drawCentredString(105 * mm, 10 * mm, f"Page {n} of {total}")

    if pack:
        pack[0].extend(story)
        return
    build(stem, story, hf)
    g.save()


# ---------------------------------------------------------------- 5. Timed agenda, table
def ashcombe_agenda():
    stem = "Ashcombe_SPB_Agenda_17Jan23"
    g = Gold(stem)
    D = "2023-01-17"
    loc = "Boardroom, Ashcombe Police Headquarters, Kingsbridge Road, Penmore"
    g.meeting("Strategic Policing and Crime Board", D, "13:30", loc, None)
    B = st("b", "Helvetica", 9.5, spaceAfter=3)
    story = [
        P(
            "Ashcombe Police and Crime Commissioner",
            st("t0", "Helvetica-Bold", 10, textColor=colors.HexColor("#1f3a68")),
        ),
        P("STRATEGIC POLICING AND CRIME BOARD", st("t", "Helvetica-Bold", 15, spaceBefore=6, spaceAfter=6)),
        P("<b>Date:</b> Tuesday 17 January 2023", B),
        P("<b>Time:</b> 13:30 – 16:00", B),
        P(f"<b>Venue:</b> {loc}", B),
        P("<b>Chair:</b> Police and Crime Commissioner", B),
        Spacer(1, 4 * mm),
        P("AGENDA", st("a", "Helvetica-Bold", 12, spaceAfter=4)),
    ]
    items = [
        ("13:30", "1", "Welcome, introductions and apologies", "PCC", "Verbal"),
        ("13:35", "2", "Notes of the previous meeting held on 15 November 2022", "PCC", "Paper"),
        ("13:40", "3", "Action tracker", "OPCC Chief Executive", "Paper"),
        ("13:50", "4", "Police and Crime Plan performance report – Quarter 3", "DCC", "Paper"),
        ("14:20", "5", "Finance", "", ""),
        ("14:20", "5.1", "Revenue budget monitoring – Period 9", "Chief Finance Officer (Force)", "Paper"),
        ("14:35", "5.2", "Draft precept proposal 2023/24", "Chief Finance Officer (OPCC)", "Paper"),
        ("14:55", "6", "Violence against women and girls delivery plan", "ACC Crime", "Paper"),
        ("15:15", "7", "HMICFRS PEEL inspection – areas for improvement update", "DCC", "Paper"),
        ("15:35", "8", "Strategic risk register", "OPCC Chief Executive", "Paper"),
        ("15:50", "9", "Forward plan", "OPCC Chief Executive", "Paper"),
        ("15:55", "10", "Any other business", "All", "Verbal"),
    ]
    rows = [["Time", "Item", "Subject", "Lead", "Paper"]]
    for t, no, title, lead, paper in items:
        rows.append([t, no, P(esc(title), st("c", "Helvetica", 9)), P(esc(lead), st("c2", "Helvetica", 9)), paper])
        g.item(D, no, title, lead or None)
    story.append(
        grid(
            rows,
            [16 * mm, 12 * mm, 82 * mm, 42 * mm, 18 * mm],
            [
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8096b8")),
                ("FONT", (0, 5), (-1, 5), "Helvetica-Bold", 9),
            ],
            size=9,
        )
    )
    story += [
        Spacer(1, 6 * mm),
        P("<b>Date of next meeting:</b> Tuesday 21 March 2023, 13:30", B),
        P(
            "Papers for this meeting are published on the Commissioner's website. Items marked 'Verbal' have no "
            "written report. Enquiries to the OPCC Governance Team, telephone 01632 960 417.",
            B,
        ),
    ]

    def hf(c, n, total):
        c.setFont("Helvetica-Bold", 8)
        c.drawString(20 * mm, 287 * mm, "OFFICIAL")
        c.setFont("Helvetica", 8)
        c.drawRightString(190 * mm, 10 * mm, f"Page {n} of {total}")

    build(stem, story, hf)
    g.save()


# ---------------------------------------------------------------- 6. Council-style summons and agenda, Word-produced
def harrowdene_agenda():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    Document, Pt = docx_common()
    stem = "PCP Agenda 20 September 2022"
    g = Gold(stem)
    D = "2022-09-20"
    loc = "Council Chamber, Civic Centre, Market Street, Harrowdene"
    g.meeting("Harrowdene Police and Crime Panel", D, "10:30", loc, None)
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.styles["Normal"].font.size = Pt(12)
    sec.footer.paragraphs[0].text = "Harrowdene Police and Crime Panel – hosted by Harrowdene Borough Council"
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(
        "Democratic Services\nCivic Centre\nMarket Street\nHarrowdene HD1 4QX\n\nContact: Lydia Marchbank\n"
        "Direct line: 01632 960 221\nDate: 9 September 2022"
    )
    doc.add_paragraph("To: The Chair and Members of the Harrowdene Police and Crime Panel")
    doc.add_paragraph("Dear Member,")
    doc.add_paragraph(
        f"You are summoned to attend a meeting of the HARROWDENE POLICE AND CRIME PANEL to be held in the "
        f"{loc} on TUESDAY, 20 SEPTEMBER 2022 at 10.30 am for the transaction of the business set out "
        "below."
    )
    doc.add_paragraph("Yours sincerely,\n\nHead of Democratic Services")
    doc.add_paragraph(
        "Membership: Councillors Barbara Quinnell (Chair), Desmond Achterberg (Vice-Chair), Imogen "
        "Darrant, Samantha Ewart, Russell Kemble, Priya Mandalia, Ruth Olumide, Gerald Pinchbeck and "
        "Colin Treadgold; Independent Co-opted Members Alastair Fenwright and Nadia Korsak."
    )
    doc.add_page_break()
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("AGENDA")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("PART I – ITEMS TO BE CONSIDERED IN PUBLIC").runs[0].bold = True
    items = [
        ("1", "Apologies for Absence and Substitutions", None),
        (
            "2",
            "Declarations of Interest",
            "Members are reminded to declare any disclosable pecuniary or other "
            "interest in any item of business on the agenda.",
        ),
        (
            "3",
            "Minutes of the Previous Meeting (Pages 1 - 8)",
            "To confirm as a correct record the minutes of the meeting held on 21 June 2022.",
        ),
        (
            "4",
            "Public Questions",
            "To receive any questions from members of the public submitted in accordance "
            "with the Panel's procedure rules.",
        ),
        ("5", "Police and Crime Commissioner's Update (Pages 9 - 22)", "Report of the Police and Crime Commissioner."),
        ("6", "Police and Crime Plan Performance – Quarter 1 2022/23 (Pages 23 - 40)", None),
        (
            "7",
            "101 Non-Emergency Call Handling – Briefing (Pages 41 - 52)",
            "Report of the Chief Executive, Office of the Police and Crime Commissioner.",
        ),
        ("8", "Complaints Against the Police and Crime Commissioner (Pages 53 - 56)", None),
        ("9", "Panel Work Programme 2022/23 (Pages 57 - 62)", None),
        ("10", "Date of Next Meeting", "Tuesday 13 December 2022 at 10.30 am."),
    ]
    for no, title, note in items:
        tbl = doc.add_table(rows=1, cols=2)
        tbl.autofit = False
        tbl.columns[0].width, tbl.columns[1].width = Cm(1.5), Cm(14.5)
        c0, c1 = tbl.rows[0].cells
        c0.width, c1.width = Cm(1.5), Cm(14.5)
        c0.paragraphs[0].add_run(no + ".").bold = True
        c1.paragraphs[0].add_run(title).bold = True
        if note:
            c1.add_paragraph(note)
        g.item(D, no, title.split(" (Pages")[0])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Any person present at the meeting may film, photograph or record the public part of the proceedings."
    )
    path = OUT / (stem + ".docx")
    doc.save(path)
    g.save()
    return path


# ---------------------------------------------------------------- 7. RAG action log, landscape, dated update columns
FENWOLD_LOG = [
    # no, raised (printed, iso), item, action, owner printed, owners, due printed, due iso, upd1, upd2, RAG
    (
        "AB/22/09",
        "04/10/22",
        "2022-10-04",
        "5",
        "Review the allocation of neighbourhood sergeants across the three districts and report the outcome.",
        "ACC",
        ["Assistant Chief Constable"],
        "31/01/23",
        "2023-01-31",
        "Review complete; paper drafted.",
        "Paper to April Board.",
        "Amber",
    ),
    (
        "AB/22/11",
        "01/11/22",
        "2022-11-01",
        "3",
        "Provide the Commissioner with a reconciliation of the reserves "
        "strategy against the medium term financial plan.",
        "Director of Finance",
        ["Director of Finance"],
        "06/12/22",
        "2022-12-06",
        "Reconciliation shared on 2 December.",
        "No further update.",
        "Complete",
    ),
    (
        "AB/22/12",
        "01/11/22",
        "2022-11-01",
        "4",
        "Set out the plan for clearing the backlog of digital forensic examinations, with monthly milestones.",
        "DCC",
        ["Deputy Chief Constable"],
        "28/02/23 revised to 30/04/23",
        "2023-04-30",
        "Outsourcing contract signed.",
        "Backlog reduced from 640 to 410 devices; revised date agreed.",
        "Amber",
    ),
    (
        "AB/22/13",
        "06/12/22",
        "2022-12-06",
        "6",
        "Share the results of the victim satisfaction survey for burglary and vehicle crime.",
        "ACC",
        ["Assistant Chief Constable"],
        "07/02/23",
        "2023-02-07",
        "Results circulated with the papers.",
        "Discussed at item 6.",
        "Closed",
    ),
    (
        "AB/22/14",
        "06/12/22",
        "2022-12-06",
        "7",
        "Confirm the capital allocation for the replacement of mobile data terminals.",
        "Director of Finance",
        ["Director of Finance"],
        "07/02/23",
        "2023-02-07",
        "Allocation of £1.4m confirmed in capital programme.",
        "—",
        "Complete",
    ),
    (
        "AB/22/15",
        "06/12/22",
        "2022-12-06",
        "8",
        "Provide an update on progress against the HMICFRS cause of concern on crime data integrity.",
        "DCC",
        ["Deputy Chief Constable"],
        "TBC",
        None,
        "Re-inspection expected in spring.",
        "Awaiting HMICFRS re-inspection date.",
        "Amber",
    ),
    (
        "AB/23/01",
        "10/01/23",
        "2023-01-10",
        "3",
        "Agree the terms of reference for the joint estates board with the fire and rescue service.",
        "OPCC Chief Executive & Director of Finance",
        ["Chief Executive", "Director of Finance"],
        "07/03/23",
        "2023-03-07",
        "Draft terms of reference in circulation.",
        "Agreed by both parties on 1 March.",
        "Complete",
    ),
    (
        "AB/23/02",
        "10/01/23",
        "2023-01-10",
        "4",
        "Present the draft Police and Crime Plan delivery framework for 2023/24.",
        "OPCC Chief Executive",
        ["Chief Executive"],
        "April 2023",
        None,
        "Drafting under way.",
        "On track.",
        "Green",
    ),
    (
        "AB/23/03",
        "10/01/23",
        "2023-01-10",
        "5",
        "Report on the use of stop and search in the night-time economy, including disproportionality data.",
        "ACC",
        ["Assistant Chief Constable"],
        "07/03/23",
        "2023-03-07",
        "Data being validated.",
        "Deferred to April at the request of the Force.",
        "Red",
    ),
    (
        "AB/23/04",
        "07/02/23",
        "2023-02-07",
        "3",
        "Circulate the final precept decision notice to Board members.",
        "PCC",
        ["Police and Crime Commissioner"],
        "14/02/23",
        "2023-02-14",
        "—",
        "Circulated 10 February.",
        "Complete",
    ),
    (
        "AB/23/05",
        "07/02/23",
        "2023-02-07",
        "4",
        "Arrange a Board seminar on the new national contact management principles.",
        "CC",
        ["Chief Constable"],
        "Next meeting",
        None,
        "—",
        "Seminar booked for 18 April.",
        "Green",
    ),
    (
        "AB/23/06",
        "07/02/23",
        "2023-02-07",
        "6",
        "Provide a breakdown of officer sickness absence by command and by reason.",
        "Head of People Services",
        ["Head of People Services"],
        "31/03/23",
        "2023-03-31",
        "—",
        "Data collated; report being finalised.",
        "Green",
    ),
    (
        "AB/23/07",
        "07/02/23",
        "2023-02-07",
        "7",
        "Review the charging policy for special police services at commercial events.",
        "Director of Finance",
        ["Director of Finance"],
        "30/06/23",
        "2023-06-30",
        "—",
        "Benchmarking with neighbouring forces started.",
        "Green",
    ),
    (
        "AB/23/08",
        "07/02/23",
        "2023-02-07",
        "8",
        "Write to the Home Office about the delay to the emergency services network.",
        "PCC/CC",
        ["Police and Crime Commissioner", "Chief Constable"],
        "28/02/23",
        "2023-02-28",
        "—",
        "Letter sent 24 February; reply awaited.",
        "Complete",
    ),
    (
        "AB/23/09",
        "07/02/23",
        "2023-02-07",
        "9",
        "Bring proposals for a public-facing performance dashboard to the Board.",
        "OPCC Chief Executive",
        ["Chief Executive"],
        "02/05/23",
        "2023-05-02",
        "—",
        "Supplier demonstration held on 2 March.",
        "Green",
    ),
    (
        "AB/23/10",
        "07/03/23",
        "2023-03-07",
        "3",
        "Provide a monthly breakdown of overtime by command until the end of the financial year.",
        "Director of Finance",
        ["Director of Finance"],
        "Monthly",
        None,
        "—",
        "New action.",
        "Green",
    ),
    (
        "AB/23/11",
        "07/03/23",
        "2023-03-07",
        "4",
        "Bring the findings of the student officer retention review to the May Board.",
        "DCC/OPCC CFO",
        ["Deputy Chief Constable", "Chief Finance Officer"],
        "May Board",
        None,
        "—",
        "New action.",
        "Green",
    ),
    (
        "AB/23/12",
        "07/03/23",
        "2023-03-07",
        "5",
        "Provide analysis of complaint outcomes by category and outcome type.",
        "ACC",
        ["Assistant Chief Constable"],
        "28/04/23",
        "2023-04-28",
        "—",
        "New action.",
        "Green",
    ),
    (
        "AB/23/13",
        "07/03/23",
        "2023-03-07",
        "7",
        "Circulate the draft business case timetable for Castlebury central station to Board members.",
        "OPCC Chief Executive",
        ["Chief Executive"],
        "17/03/23",
        "2023-03-17",
        "—",
        "New action.",
        "Green",
    ),
]


def fenwold_log():
    stem = "Accountability-Board-Action-Log-March-2023"
    g = Gold(stem, meetings=False)
    S = st("c", "DejaVuSans", 8.5, leading=10.5)
    hdr = ["No.", "Date raised", "Item", "Action", "Owner", "Due date", "Update 07/02/23", "Update 07/03/23", "RAG"]
    rows = [hdr]
    rag = {"Green": "#9bd39b", "Amber": "#ffd27f", "Red": "#f08c8c", "Complete": "#c7c7c7", "Closed": "#c7c7c7"}
    extra = []
    for i, (no, rp, ri, item, act, otext, owners, due, duei, u1, u2, r) in enumerate(FENWOLD_LOG, 1):
        rows.append([no, rp, item, P(esc(act), S), P(esc(otext), S), P(esc(due), S), P(esc(u1), S), P(esc(u2), S), r])
        extra.append(("BACKGROUND", (8, i), (8, i), colors.HexColor(rag[r])))
        status = "closed" if r in ("Complete", "Closed") else "open"
        g.act(act, no, ri, item, owners, duei, status, otext, due)
    t = grid(
        rows,
        [19 * mm, 20 * mm, 11 * mm, 56 * mm, 30 * mm, 24 * mm, 40 * mm, 40 * mm, 20 * mm],
        [
            ("FONT", (0, 0), (-1, 0), "DejaVuSans-Bold", 8.5),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#203864")),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ]
        + extra,
        font="DejaVuSans",
        size=8.5,
    )
    story = [
        P("Fenwold Accountability Board – Action Log", st("t", "DejaVuSans-Bold", 13, spaceAfter=2)),
        P(
            "Position as at 7 March 2023. RAG: Green – on track; Amber – at risk; Red – overdue; Complete/Closed – "
            "to be removed from the log after this meeting.",
            st("s", "DejaVuSans", 8, spaceAfter=6),
        ),
        t,
    ]

    def hf(c, n, total):
        c.setFont("DejaVuSans", 7)
        c.drawString(15 * mm, 200 * mm, "OFFICIAL – Office of the Police and Crime Commissioner for Fenwold")
        c.drawRightString(282 * mm, 8 * mm, f"Page {n} of {total}")

    build(stem, story, hf, pagesize=landscape(A4), margins=(15 * mm, 15 * mm, 15 * mm, 14 * mm))
    g.save()


# ---------------------------------------------------------------- 8. Unruled outstanding actions, typewriter font
STOUR_LOG = [
    (
        "JAC/22/04",
        "09 Mar 2022",
        "2022-03-09",
        "6",
        "Report the outcome of the review of the gifts and hospitality registers to the Committee.",
        "Chief Executive",
        ["Chief Executive"],
        "20 Jul 2022",
        "2022-07-20",
        "Reported July 2022. Agreed for closure Sept 2022.",
        "closed",
    ),
    (
        "JAC/22/06",
        "20 Jul 2022",
        "2022-07-20",
        "5",
        "Circulate the revised counter fraud policy to members.",
        "CFO",
        ["Chief Finance Officer"],
        "31 Aug 2022",
        "2022-08-31",
        "Circulated 22 August 2022.",
        "closed",
    ),
    (
        "JAC/22/07",
        "20 Jul 2022",
        "2022-07-20",
        "7",
        "Add a measure of overdue internal audit recommendations to the quarterly assurance report.",
        "Director of Finance",
        ["Director of Finance"],
        "Dec 2022",
        None,
        "Included in the December report.",
        "closed",
    ),
    (
        "JAC/22/08",
        "28 Sep 2022",
        "2022-09-28",
        "5",
        "Provide the Committee with the management action plan for the seized property audit, with target dates.",
        "DCC",
        ["Deputy Chief Constable"],
        "30 Nov 2022",
        "2022-11-30",
        "Action plan attached at Appendix A.",
        "closed",
    ),
    (
        "JAC/22/09",
        "28 Sep 2022",
        "2022-09-28",
        "6",
        "Circulate the final audit findings report to members once signed.",
        "CFO",
        ["Chief Finance Officer"],
        "On signature",
        None,
        "Report not yet signed; national backstop delays.",
        "open",
    ),
    (
        "JAC/22/10",
        "28 Sep 2022",
        "2022-09-28",
        "9",
        "Hold a risk workshop with Committee members before the December meeting.",
        "DCC / CFO",
        ["Deputy Chief Constable", "Chief Finance Officer"],
        "07 Dec 2022",
        "2022-12-07",
        "Workshop arranged for 7 December 2022.",
        "open",
    ),
    (
        "JAC/22/11",
        "28 Sep 2022",
        "2022-09-28",
        "10",
        "Begin recruitment of an independent member to replace Mr Hollis.",
        "Chief Executive",
        ["Chief Executive"],
        "31 Jan 2023",
        "2023-01-31",
        "Advert closes 6 January 2023.",
        "open",
    ),
    (
        "JAC/22/01",
        "09 Mar 2022",
        "2022-03-09",
        "4",
        "Present the updated anti-fraud and corruption strategy for comment before it is adopted.",
        "Chief Executive / Director of Finance",
        ["Chief Executive", "Director of Finance"],
        "14 Dec 2022",
        "2022-12-14",
        "Strategy on this agenda at item 8.",
        "closed",
    ),
    (
        "JAC/22/02",
        "09 Mar 2022",
        "2022-03-09",
        "7",
        "Confirm whether the Committee's terms of reference need to change to reflect the CIPFA position statement.",
        "Governance Manager",
        ["Governance Manager"],
        "Jun 2022",
        None,
        "Revised terms of reference to go to the March 2023 meeting for approval.",
        "open",
    ),
    (
        "JAC/22/03",
        "09 Mar 2022",
        "2022-03-09",
        "9",
        "Arrange a briefing for members on the national emergency services network programme.",
        "DCC",
        ["Deputy Chief Constable"],
        "TBC",
        None,
        "Briefing postponed twice; national programme re-planned.",
        "open",
    ),
    (
        "JAC/22/05",
        "20 Jul 2022",
        "2022-07-20",
        "4",
        "Report the results of the payroll data-matching exercise under the National Fraud Initiative.",
        "Director of Finance",
        ["Director of Finance"],
        "14 Dec 2022",
        "2022-12-14",
        "Matches reviewed; two overpayments being recovered. Report to follow in March.",
        "open",
    ),
    (
        "JAC/21/15",
        "08 Dec 2021",
        "2021-12-08",
        "8",
        "Obtain legal advice on the collaboration agreement for the regional organised crime unit.",
        "Chief Executive",
        ["Chief Executive"],
        "Mar 2022",
        None,
        "Advice received; awaiting response from partner forces.",
        "open",
    ),
]


def stourland_log(pack=None):
    stem = "stourland-jac-outstanding-actions-dec-2022"
    g = pack[1] if pack else Gold(stem, meetings=False)
    F = "Courier"
    S = st("c", F, 8, leading=9.6)
    story = [
        P("STOURLAND JOINT AUDIT COMMITTEE", st("t", "Courier-Bold", 12)),
        P("OUTSTANDING ACTIONS - MEETING OF 14 DECEMBER 2022", st("t2", "Courier-Bold", 10, spaceAfter=8)),
    ]
    hdr = ["Ref", "Meeting", "Min", "Action", "Lead", "Target", "Progress"]
    W = [21 * mm, 21 * mm, 9 * mm, 47 * mm, 22 * mm, 23 * mm, 39 * mm]

    def table(recs):
        rows = [hdr]
        for ref, mp, mi, mn, act, lead, owners, tp, ti, prog, status in recs:
            rows.append([ref, mp, mn, P(esc(act), S), P(esc(lead), S), P(esc(tp), S), P(esc(prog), S)])
            g.act(act, ref, mi, mn, owners, ti, status, lead, tp)
        return grid(
            rows,
            W,
            [("FONT", (0, 0), (-1, 0), "Courier-Bold", 8), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)],
            font=F,
            size=8,
        )

    open_ = [r for r in STOUR_LOG if r[-1] == "open"]
    done = [r for r in STOUR_LOG if r[-1] == "closed"]
    story += [
        P("A. ACTIONS OUTSTANDING", st("s", "Courier-Bold", 9, spaceAfter=4)),
        table(open_),
        Spacer(1, 8 * mm),
        P("B. ACTIONS COMPLETED SINCE THE LAST MEETING (FOR CLOSURE)", st("s2", "Courier-Bold", 9, spaceAfter=4)),
        table(done),
        Spacer(1, 8 * mm),
        P("Members are asked to note progress and agree that the actions in section B are closed.", S),
    ]

    def hf(c, n, total):
        c.setFont("Courier", 8)
        c.drawString(18 * mm, 10 * mm, "JAC 14/12/2022 - Agenda item 4")
        c.drawRightString(192 * mm, 10 * mm, f"-{n}-")

    if pack:
        pack[0].extend(story)
        return
    build(stem, story, hf, margins=(18 * mm, 18 * mm, 20 * mm, 18 * mm))
    g.save()


# ---------------------------------------------------------------- 9. Fire authority action tracker, Word table
CFA_TRACKER = [
    (
        "1",
        "21/104",
        "27.07.21",
        "2021-07-27",
        "Report back on the feasibility of a shared control room with Thirlby and District Ambulance Service.",
        "Chief Fire Officer",
        ["Chief Fire Officer"],
        "12.10.21",
        "2021-10-12",
        "Feasibility study received by the Authority in October.",
        "Closed",
    ),
    (
        "2",
        "21/109",
        "27.07.21",
        "2021-07-27",
        "Publish the annual statement of assurance on the Authority's website.",
        "Clerk to the Authority",
        ["Clerk to the Authority"],
        "31.08.21",
        "2021-08-31",
        "Published 19 August 2021.",
        "Closed",
    ),
    (
        "3",
        "21/141",
        "12.10.21",
        "2021-10-12",
        "Provide members with a revised delivery schedule for the replacement breathing apparatus sets.",
        "Deputy Chief Fire Officer",
        ["Deputy Chief Fire Officer"],
        "14.12.21",
        "2021-12-14",
        "Supplier confirmed delivery from February 2022; schedule circulated.",
        "Open",
    ),
    (
        "4",
        "21/142",
        "12.10.21",
        "2021-10-12",
        "Arrange community risk management plan consultation events in Aberrhos and Llanfenni.",
        "Chief Fire Officer",
        ["Chief Fire Officer"],
        "During consultation",
        None,
        "Events booked for 16 and 23 November 2021.",
        "Open",
    ),
    (
        "5",
        "21/143",
        "12.10.21",
        "2021-10-12",
        "Bring a report on the on-call recruitment campaign and its results to a future meeting.",
        "Deputy Chief Fire Officer",
        ["Deputy Chief Fire Officer"],
        "March 2022",
        None,
        "Campaign launched; report scheduled for March.",
        "Open",
    ),
    (
        "6",
        "21/141",
        "12.10.21",
        "2021-10-12",
        "Circulate the detail of the £184,000 forecast underspend by budget head.",
        "Treasurer",
        ["Treasurer"],
        "29.10.21",
        "2021-10-29",
        "Circulated by e-mail 27 October 2021.",
        "Closed",
    ),
    (
        "7",
        "21/147",
        "12.10.21",
        "2021-10-12",
        "Complete the sale of the former Quarry Road station premises and report the capital receipt.",
        "Treasurer and Clerk to the Authority",
        ["Treasurer", "Clerk to the Authority"],
        "31.03.22",
        "2022-03-31",
        "Heads of terms agreed; solicitors instructed.",
        "Open",
    ),
]


def cfa_tracker():
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    Document, Pt = docx_common()
    stem = "CFA Action Tracker"
    g = Gold(stem, meetings=False)
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.6)
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(9)
    sec.header.paragraphs[0].text = "Caldermoor Fire Authority – 14 December 2021 – Item 5"
    doc.add_heading("Fire Authority Action Tracker", level=1)
    doc.add_paragraph("Actions arising from meetings of the Authority. Closed actions are shown once and then removed.")
    hdr = ["No.", "Minute", "Meeting", "Action", "Responsible Officer", "Due", "Progress", "Status"]
    tbl = doc.add_table(rows=1, cols=len(hdr))
    tbl.style = "Table Grid"
    for c, h in zip(tbl.rows[0].cells, hdr):
        c.paragraphs[0].add_run(h).bold = True
    widths = [Cm(1), Cm(1.6), Cm(1.9), Cm(7.5), Cm(3.6), Cm(2.3), Cm(6), Cm(1.6)]
    for no, mn, mp, mi, act, off, owners, due, duei, prog, status in CFA_TRACKER:
        cells = tbl.add_row().cells
        for c, v in zip(cells, [no, mn, mp, act, off, due, prog, status]):
            c.paragraphs[0].add_run(v)
        g.act(act, no, mi, mn, owners, duei, status.lower(), off, due)
    tbl.autofit = False
    for col, w in zip(tbl.columns, widths):
        col.width = w
    for row in tbl.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    path = OUT / (stem + ".docx")
    doc.save(path)
    g.save()
    return path


# ---------------------------------------------------------------- 10. Strategic risk register table, landscape
STOUR_RISKS = [
    (
        "Governance and accountability",
        [
            (
                "SRR01",
                "Failure to hold the Chief Constable to account effectively because performance information is "
                "incomplete or late.",
                "Chief Executive",
                (4, 4),
                (2, 4),
                (1, 4),
                "Performance framework; Accountability Board; data quality audit",
                "↔",
            ),
            (
                "SRR02",
                "Decisions of the Commissioner are open to challenge because the decision log is not kept up to date.",
                "Governance Manager",
                (3, 3),
                (2, 3),
                (1, 3),
                "Decision-making protocol; monthly log review",
                "↓",
            ),
        ],
    ),
    (
        "Finance and resources",
        [
            (
                "SRR03",
                "The medium term financial plan cannot be balanced without reductions in police officer numbers.",
                "Chief Finance Officer",
                (5, 5),
                (4, 5),
                (3, 4),
                "Savings programme; reserves strategy; lobbying on funding formula",
                "↑",
            ),
            (
                "SRR04",
                "Capital schemes exceed their budgets because of construction cost inflation.",
                "Chief Finance Officer",
                (4, 3),
                (3, 3),
                (2, 3),
                "Capital board; contingency of 10%",
                "↔",
            ),
            (
                "SRR05",
                "Loss of key OPCC staff leaves statutory functions without cover.",
                "Chief Executive",
                (3, 4),
                (2, 3),
                (2, 2),
                "Succession plan; shared service with Fenwold OPCC",
                "↓",
            ),
        ],
    ),
    (
        "Commissioning and partnerships",
        [
            (
                "SRR06",
                "Commissioned victims' services fail to meet demand following the end of the Ministry of Justice "
                "grant uplift.",
                "Head of Commissioning",
                (4, 4),
                (3, 4),
                (2, 3),
                "Contract monitoring; needs assessment; bid for additional funding",
                "↑",
            ),
            (
                "SRR07",
                "Community safety partners withdraw from joint funding of the serious violence duty programme.",
                "Head of Partnerships",
                (3, 4),
                (3, 3),
                (2, 3),
                "Partnership agreement; quarterly steering group",
                "↔",
            ),
        ],
    ),
    (
        "Information and technology",
        [
            (
                "SRR08",
                "A cyber attack on OPCC systems causes loss of personal data and disruption to services.",
                "Chief Executive",
                (4, 5),
                (2, 5),
                (2, 4),
                "Force ICT security controls; staff training; backups tested",
                "↔",
            ),
            (
                "SRR09",
                "Freedom of information and subject access requests are not answered within statutory deadlines.",
                "Governance Manager",
                (3, 2),
                (2, 2),
                (1, 2),
                "Request tracker; escalation to Chief Executive",
                "↓",
            ),
        ],
    ),
    (
        "Public confidence",
        [
            (
                "SRR10",
                "Public confidence in policing falls following national reports on police culture and misconduct.",
                "Chief Executive",
                (4, 4),
                (3, 4),
                (2, 3),
                "Scrutiny panels; complaints reviews; engagement plan",
                "↑",
            ),
            (
                "SRR11",
                "The Commissioner's consultation on the precept does not reach under-represented groups.",
                "Head of Communications",
                (3, 3),
                (2, 3),
                (2, 2),
                "Targeted engagement; partner networks",
                "↔",
            ),
            (
                "SRR12",
                "Independent custody visiting lapses because too few volunteers are recruited and trained.",
                "Head of Partnerships",
                (3, 3),
                (2, 2),
                (1, 2),
                "Recruitment drive; scheme coordinator post",
                "↓",
            ),
        ],
    ),
]


def stourland_register():
    stem = "Stourland-OPCC-Strategic-Risk-Register-Q2-2022-23"
    g = Gold(stem, meetings=False)
    RD = "2022-09-30"
    F, FB = "Helvetica", "Helvetica-Bold"
    S = st("c", "DejaVuSans", 8, leading=9.8)
    hdr1 = [
        "Ref",
        "Risk",
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
        "DoT",
    ]
    hdr2 = ["", "", "", "L", "I", "Score", "", "L", "I", "Score", "L", "I", "Score", ""]
    rows = [hdr1, hdr2]
    style = [
        ("FONT", (0, 0), (-1, 1), FB, 7.5),
        ("SPAN", (3, 0), (5, 0)),
        ("SPAN", (7, 0), (9, 0)),
        ("SPAN", (10, 0), (12, 0)),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#e7e6e6")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#555555")),
        ("ALIGN", (3, 0), (-1, -1), "CENTER"),
    ]

    def col(s):
        return colors.HexColor("#f4a6a6" if s >= 15 else "#ffe08a" if s >= 8 else "#b9e0a5")

    for obj, risks in STOUR_RISKS:
        rows.append([f"Theme: {obj}"] + [""] * 13)
        style += [
            ("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
            ("FONT", (0, len(rows) - 1), (0, len(rows) - 1), FB, 8),
            ("ALIGN", (0, len(rows) - 1), (0, len(rows) - 1), "LEFT"),
        ]
        for ref, desc, owner, inh, res, tgt, ctl, dot in risks:
            r = len(rows)
            rows.append(
                [
                    ref,
                    P(esc(desc), S),
                    P(esc(owner), S),
                    inh[0],
                    inh[1],
                    inh[0] * inh[1],
                    P(esc(ctl), S),
                    res[0],
                    res[1],
                    res[0] * res[1],
                    tgt[0],
                    tgt[1],
                    tgt[0] * tgt[1],
                    dot,
                ]
            )
            style += [
                ("BACKGROUND", (5, r), (5, r), col(inh[0] * inh[1])),
                ("BACKGROUND", (9, r), (9, r), col(res[0] * res[1])),
                ("BACKGROUND", (12, r), (12, r), col(tgt[0] * tgt[1])),
            ]
            g.risk(
                ref,
                obj,
                desc,
                [
                    rating("inherent", "Inherent risk", inh[0], inh[1], inh[0] * inh[1], RD),
                    rating("current", "Residual risk", res[0], res[1], res[0] * res[1], RD),
                    rating("target", "Target risk", tgt[0], tgt[1], tgt[0] * tgt[1], RD),
                ],
            )
    t = Table(
        rows,
        colWidths=[
            13 * mm,
            68 * mm,
            26 * mm,
            8 * mm,
            8 * mm,
            11 * mm,
            58 * mm,
            8 * mm,
            8 * mm,
            11 * mm,
            8 * mm,
            8 * mm,
            11 * mm,
            10 * mm,
        ],
        repeatRows=2,
    )
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVuSans", 8), ("VALIGN", (0, 0), (-1, -1), "TOP")] + style))
    story = [
        P("Office of the Police and Crime Commissioner for Stourland", st("t0", FB, 10)),
        P("STRATEGIC RISK REGISTER – QUARTER 2 2022/23", st("t", FB, 13, spaceBefore=3)),
        P(
            "Register as at 30 September 2022. Scores are Likelihood (L) x Impact (I), each on a scale of 1 to 5. "
            "DoT = direction of travel since the last quarter.",
            st("s", F, 8, spaceAfter=6),
        ),
        t,
    ]

    def hf(c, n, total):
        c.setFont(F, 7)
        c.drawString(15 * mm, 8 * mm, "OPCC Strategic Risk Register Q2 2022/23")
        c.drawRightString(282 * mm, 8 * mm, f"Page {n} of {total}")
        c.drawRightString(282 * mm, 202 * mm, "OFFICIAL-SENSITIVE")

    build(stem, story, hf, pagesize=landscape(A4), margins=(15 * mm, 15 * mm, 14 * mm, 14 * mm))
    g.save()


# ---------------------------------------------------------------- 11. Fire corporate risk register: cards and a 4x4 heat map
CFA_RISKS = [
    (
        "CRR01",
        "Service Delivery",
        "Insufficient on-call availability leads to appliances being unavailable in rural areas.",
        "Deputy Chief Fire Officer",
        (4, 4),
        (3, 4),
        (2, 3),
        "03/11/2021",
        "2021-11-03",
        "Recruitment campaign; banded pay trial; availability dashboard",
    ),
    (
        "CRR02",
        "Service Delivery",
        "The mobilising system fails and calls cannot be handled by Caldermoor Fire Control.",
        "Area Manager Control",
        (2, 4),
        (1, 4),
        (1, 4),
        "15/10/2021",
        "2021-10-15",
        "Fallback to Thirlby secondary control; annual failover test",
    ),
    (
        "CRR03",
        "People",
        "The Service cannot recruit or retain staff with specialist skills such as fire engineering and ICT.",
        "Director of People",
        (3, 3),
        (3, 3),
        (2, 2),
        "28/10/2021",
        "2021-10-28",
        "Market supplements; apprenticeship scheme",
    ),
    (
        "CRR04",
        "Finance",
        "Future funding settlements do not cover pay awards and inflation, leaving a budget gap from 2023/24.",
        "Treasurer",
        (4, 4),
        (4, 3),
        (3, 3),
        "01/11/2021",
        "2021-11-01",
        "Medium term financial plan; efficiency programme; reserves",
    ),
    (
        "CRR05",
        "Governance",
        "Non-compliance with the Building Safety Act duties once they come into force.",
        "Head of Protection",
        (3, 4),
        (2, 4),
        (1, 4),
        "22/10/2021",
        "2021-10-22",
        "Protection restructure; competency framework",
    ),
    (
        "CRR06",
        "Assets",
        "Delay in delivery of replacement breathing apparatus sets leaves ageing equipment in use.",
        "Deputy Chief Fire Officer",
        (3, 4),
        (3, 3),
        (1, 3),
        "03/11/2021",
        "2021-11-03",
        "Extended maintenance contract; weekly testing",
    ),
]


def cfa_register():
    stem = "Caldermoor-FRS-Corporate-Risk-Register-November-2021"
    g = Gold(stem, meetings=False)
    F, FB = "DejaVuSansCond", "DejaVuSansCond-Bold"
    S = st("c", F, 8.5)
    SB = st("cb", FB, 8.5)
    story = [
        P("Caldermoor Fire and Rescue Service", st("t0", FB, 11, textColor=colors.HexColor("#b22222"))),
        P("Corporate Risk Register", st("t", FB, 16, spaceBefore=2)),
        P(
            "Report to the Audit and Standards Committee, November 2021. Risks are scored on a 4 x 4 matrix: "
            "Likelihood (1 Rare – 4 Likely) x Impact (1 Minor – 4 Critical), giving scores from 1 to 16.",
            st("s", F, 9, spaceAfter=6),
        ),
    ]
    # heat map of current scores
    cells = {}
    for ref, cat, desc, own, inh, cur, tgt, rv, rvi, ctl in CFA_RISKS:
        cells.setdefault(cur, []).append(ref)
    hm = [["", "Impact 1", "Impact 2", "Impact 3", "Impact 4"]]
    hstyle = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONT", (0, 0), (-1, -1), F, 8),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for li in (4, 3, 2, 1):
        row = [f"Likelihood {li}"]
        for im in (1, 2, 3, 4):
            s = li * im
            row.append(f"{s}\n" + " ".join(cells.get((li, im), [])))
            hstyle.append(
                (
                    "BACKGROUND",
                    (im, 5 - li),
                    (im, 5 - li),
                    colors.HexColor("#e06666" if s >= 12 else "#f6b26b" if s >= 6 else "#93c47d"),
                )
            )
        hm.append(row)
    story += [
        P("Summary – current risk position", SB),
        Spacer(1, 2 * mm),
        Table(hm, colWidths=[26 * mm] + [28 * mm] * 4, rowHeights=[7 * mm] + [13 * mm] * 4, style=hstyle),
        Spacer(1, 6 * mm),
    ]
    for ref, cat, desc, own, inh, cur, tgt, rv, rvi, ctl in CFA_RISKS:
        card = [
            [
                P(f"<b>{ref}</b>", st("h", FB, 10, textColor=colors.white)),
                P(f"<b>Category:</b> {cat}", st("h2", F, 9, textColor=colors.white)),
                "",
                "",
            ],
            [P("<b>Risk</b>", S), P(esc(desc), S), "", ""],
            [P("<b>Risk owner</b>", S), P(esc(own), S), P("<b>Last reviewed</b>", S), rv],
            [P("<b>Controls</b>", S), P(esc(ctl), S), "", ""],
            ["", "Likelihood", "Impact", "Score"],
        ]
        for label, (l, i) in (("Inherent", inh), ("Current", cur), ("Target", tgt)):
            card.append([label, str(l), str(i), str(l * i)])
        t = Table(card, colWidths=[30 * mm, 70 * mm, 35 * mm, 35 * mm])
        t.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#b22222")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#b22222")),
                    ("SPAN", (1, 0), (3, 0)),
                    ("SPAN", (1, 1), (3, 1)),
                    ("SPAN", (1, 3), (3, 3)),
                    ("FONT", (0, 0), (-1, -1), F, 8.5),
                    ("FONT", (0, 4), (-1, 4), FB, 8.5),
                    ("LINEABOVE", (0, 4), (-1, 4), 0.4, colors.grey),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story += [KeepTogether([t]), Spacer(1, 5 * mm)]
        g.risk(
            ref,
            cat,
            desc,
            [
                rating("inherent", "Inherent", inh[0], inh[1], inh[0] * inh[1], rvi),
                rating("current", "Current", cur[0], cur[1], cur[0] * cur[1], rvi),
                rating("target", "Target", tgt[0], tgt[1], tgt[0] * tgt[1], rvi),
            ],
        )

    def hf(c, n, total):
        c.setFont(F, 7.5)
        c.drawString(20 * mm, 10 * mm, "Caldermoor Fire and Rescue Service – Corporate Risk Register")
        c.drawRightString(190 * mm, 10 * mm, f"{n} / {total}")

    build(stem, story, hf)
    g.save()


# ---------------------------------------------------------------- 12. Combined pack with item cover sheets
def merrivale_pack():
    stem = "APB-pack-16-May-2023"
    g = Gold(stem)
    D, DM = "2023-05-16", "2023-04-18"
    body = "Accountability and Performance Board"
    loc = "Meeting Room 3, Merrivale Police Headquarters, Ferrier Way, Dunstable Cross"
    g.meeting(body, D, "10:00", loc, None)
    g.meeting(body, DM, "10:00", "Meeting Room 3, Merrivale Police Headquarters", "draft")
    T, TB, H = "Times-Roman", "Times-Bold", "Helvetica-Bold"
    B = st("b", T, 11, spaceAfter=5, alignment=TA_JUSTIFY)
    HD = st("hd", H, 11, spaceBefore=8, spaceAfter=4)
    S = st("c", T, 9.5, leading=11.5)

    def cover_sheet(item, title):
        return [
            PageBreak(),
            Spacer(1, 80 * mm),
            P(f"AGENDA ITEM {item}", st("ci", H, 26, alignment=TA_CENTER, spaceAfter=10)),
            P(title, st("ct", "Helvetica", 14, alignment=TA_CENTER)),
            PageBreak(),
        ]

    story = [
        Spacer(1, 40 * mm),
        P("MERRIVALE", st("c0", H, 30, alignment=TA_CENTER, textColor=colors.HexColor("#2e4a7d"))),
        P("Police and Crime Commissioner", st("c1", "Helvetica", 16, alignment=TA_CENTER, spaceAfter=20)),
        P("ACCOUNTABILITY AND PERFORMANCE BOARD", st("c2", H, 18, alignment=TA_CENTER, spaceAfter=14)),
        P("Tuesday 16 May 2023 at 10:00", st("c3", "Helvetica", 13, alignment=TA_CENTER, spaceAfter=4)),
        P(loc, st("c4", "Helvetica", 11, alignment=TA_CENTER, spaceAfter=30)),
        P("AGENDA PACK", st("c5", H, 14, alignment=TA_CENTER, spaceAfter=30)),
        P("Contents", st("c6", H, 12, spaceAfter=4)),
    ]
    contents = [
        ("Agenda", "2"),
        ("Item 2 – Minutes of the meeting held on 18 April 2023", "3"),
        ("Item 3 – Action log", "7"),
        ("Item 4 – Provisional revenue outturn 2022/23", "9"),
        ("Item 5 – Strategic risk register", "12"),
        ("Appendix – Glossary of terms", "14"),
    ]
    story.append(
        grid(
            [[a, b] for a, b in contents],
            [140 * mm, 20 * mm],
            [("ALIGN", (1, 0), (1, -1), "RIGHT")],
            header=False,
            font=T,
            size=11,
        )
    )
    story.append(PageBreak())
    # agenda
    story += [
        P("ACCOUNTABILITY AND PERFORMANCE BOARD", st("a0", H, 14, spaceAfter=4)),
        P(f"<b>Date:</b> Tuesday 16 May 2023 &nbsp; <b>Time:</b> 10:00 – 12:30 &nbsp; <b>Venue:</b> {loc}", B),
        P("AGENDA", st("a1", H, 12, spaceBefore=6, spaceAfter=6)),
    ]
    agenda = [
        ("1", "Welcome and apologies", "Chair"),
        ("2", "Minutes of the meeting held on 18 April 2023", "Chair"),
        ("3", "Action log", "OPCC Chief Executive"),
        ("4", "Provisional revenue outturn 2022/23", "Chief Finance Officer"),
        ("5", "Strategic risk register", "OPCC Chief Executive"),
        ("6", "Roads policing performance", "Assistant Chief Constable"),
        ("7", "Any other business", "Chair"),
    ]
    for no, title, who in agenda:
        story.append(
            Table(
                [[P(f"<b>{no}.</b>", B), P(f"<b>{esc(title)}</b><br/><i>{who}</i>", B)]],
                colWidths=[12 * mm, 150 * mm],
                style=[("VALIGN", (0, 0), (-1, -1), "TOP")],
            )
        )
        g.item(D, no, title, who)
    story.append(P("Date of next meeting: Tuesday 20 June 2023", B))
    # minutes
    story += cover_sheet("2", "Minutes of the meeting held on 18 April 2023")
    story += [
        P("DRAFT – UNCONFIRMED", st("m0", H, 10, textColor=colors.red)),
        P("MERRIVALE ACCOUNTABILITY AND PERFORMANCE BOARD", st("m1", H, 13, spaceAfter=2)),
        P(
            "Minutes of the meeting held on Tuesday 18 April 2023 at 10:00 in Meeting Room 3, Merrivale Police "
            "Headquarters",
            B,
        ),
    ]
    present = [
        ("Joseph Harcastle", "Police and Crime Commissioner (Chair)", "member"),
        ("Rosalind Etherington", "Chief Constable", "member"),
        ("Declan Maguire", "Deputy Chief Constable", "member"),
        ("Amrita Sehgal", "Chief Executive, OPCC", "member"),
        ("Philip Norcott", "Chief Finance Officer, OPCC", "member"),
        ("Esther Langridge", "Director of Finance, Merrivale Police", "member"),
        ("Craig Wellbeloved", "Head of Contact Management", "in_attendance"),
        ("Tamsin Rudge", "Board Secretary", "in_attendance"),
    ]
    rows = [["Present", "", ""]]
    for n, r, k in present[:6]:
        rows.append(["", n, r])
        g.att(DM, n, k, r)
    rows.append(["In attendance", "", ""])
    for n, r, k in present[6:]:
        rows.append(["", n, r])
        g.att(DM, n, k, r)
    rows.append(["Apologies", "Kwame Asante", "Assistant Chief Constable"])
    g.att(DM, "Kwame Asante", "apologies", "Assistant Chief Constable")
    story.append(
        grid(rows, [30 * mm, 50 * mm, 85 * mm], [("FONT", (0, 0), (0, -1), TB, 10)], header=False, font=T, size=10)
    )
    log_link = {}

    def mitem(no, title, paras):
        story.append(P(f"{no}. {esc(title)}", HD))
        for k, (kind, txt, *rest) in enumerate(paras, 1):
            num = f"{no}.{k}"
            if kind == "action":
                story.append(P(f"<b>Action:</b> {esc(txt)}", st("ac", T, 11, leftIndent=10 * mm, spaceAfter=5)))
                log_link[rest[0]] = (DM, no)
                continue
            story.append(
                Table(
                    [[P(num, B), P(esc(txt), B)]],
                    colWidths=[12 * mm, 150 * mm],
                    style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
                )
            )
            if kind != "p":
                g.dec(DM, num, kind, txt)

    mitem(
        "1", "Welcome and apologies", [("p", "The Chair welcomed everyone. Apologies were received from ACC Asante.")]
    )
    mitem(
        "2",
        "Minutes of the previous meeting",
        [("approved", "The Board approved the minutes of the meeting held on 21 March 2023 as an accurate record.")],
    )
    mitem(
        "3",
        "Action log",
        [
            ("p", "The Board Secretary took members through the action log. APB/23/01 and APB/23/02 were complete."),
            ("agreed", "The Board agreed to close actions APB/23/01 and APB/23/02."),
        ],
    )
    mitem(
        "4",
        "Contact management performance",
        [
            (
                "p",
                "The Head of Contact Management presented performance for the quarter. 999 calls answered within "
                "ten seconds had improved to 88%, but the abandonment rate for 101 calls remained above 20%.",
            ),
            (
                "p",
                "The Commissioner asked whether the online reporting channels were reducing demand. The Chief "
                "Constable said that online reports had risen by a third but that many still generated a call-back.",
            ),
            (
                "action",
                "DCC to provide a breakdown of the 101 abandonment rate by hour of day and day of week.",
                "APB/23/05",
            ),
            ("noted", "The Board noted the contact management performance report."),
        ],
    )
    mitem(
        "5",
        "Estates – Dunstable Cross custody suite",
        [
            (
                "p",
                "The Director of Finance presented the business case for refurbishment of the Dunstable Cross custody "
                "suite at a cost of £2.8 million.",
            ),
            (
                "approved",
                "The Commissioner approved the business case for the refurbishment of the Dunstable Cross "
                "custody suite, subject to the outcome of the tender.",
            ),
            ("action", "Director of Finance to report the tender outcome and final cost to the Board.", "APB/23/06"),
        ],
    )
    mitem(
        "6",
        "Police and Crime Plan refresh",
        [
            (
                "p",
                "The Chief Executive outlined the timetable for refreshing the Police and Crime Plan, including a "
                "public survey over the summer.",
            ),
            ("endorsed", "The Board endorsed the proposed timetable for the refresh of the Police and Crime Plan."),
            ("p", "The Chief Constable said that the Force would contribute a strategic assessment by July."),
        ],
    )
    mitem("7", "Any other business", [("p", "None. The meeting closed at 12:10.")])
    story.append(P("Signed (Chair) ........................................ Date ..................", B))
    # action log
    story += cover_sheet("3", "Action log")
    story += [P("ACCOUNTABILITY AND PERFORMANCE BOARD – ACTION LOG", st("l0", H, 12, spaceAfter=6))]
    log = [
        (
            "APB/23/01",
            "21/03/23",
            "2023-03-21",
            "4",
            "Circulate the revised force management statement to Board members.",
            "DCC",
            ["Deputy Chief Constable"],
            "18/04/23",
            "2023-04-18",
            "Circulated 5 April.",
            "Complete",
        ),
        (
            "APB/23/02",
            "21/03/23",
            "2023-03-21",
            "5",
            "Confirm the date of the joint session with the Police and Crime Panel on the precept.",
            "OPCC CEx",
            ["Chief Executive"],
            "18/04/23",
            "2023-04-18",
            "Date confirmed as 6 June.",
            "Complete",
        ),
        (
            "APB/23/03",
            "21/03/23",
            "2023-03-21",
            "6",
            "Review the use of agency staff in the control room and report the cost.",
            "Director of Finance",
            ["Director of Finance"],
            "20/06/23",
            "2023-06-20",
            "Review under way.",
            "Open",
        ),
        (
            "APB/23/04",
            "21/03/23",
            "2023-03-21",
            "6",
            "Provide the Commissioner with the roads policing enforcement plan for the summer.",
            "ACC",
            ["Assistant Chief Constable"],
            "16/05/23",
            "2023-05-16",
            "On the agenda at item 6.",
            "Complete",
        ),
        (
            "APB/23/05",
            "18/04/23",
            "2023-04-18",
            "4",
            "Provide a breakdown of the 101 abandonment rate by hour of day and day of week.",
            "DCC",
            ["Deputy Chief Constable"],
            "16/05/23",
            "2023-05-16",
            "Analysis attached as a supplementary note.",
            "Complete",
        ),
        (
            "APB/23/06",
            "18/04/23",
            "2023-04-18",
            "5",
            "Report the tender outcome and final cost to the Board.",
            "Director of Finance",
            ["Director of Finance"],
            "Sept 2023",
            None,
            "Tender returns due 30 June.",
            "Open",
        ),
    ]
    rows = [["Ref", "Raised", "Item", "Action", "Owner", "Due", "Update", "Status"]]
    for ref, rp, ri, it, act, own, owners, due, duei, upd, status in log:
        rows.append([ref, rp, it, P(esc(act), S), P(esc(own), S), due, P(esc(upd), S), status])
        g.act(act, ref, ri, it, owners, duei, "closed" if status == "Complete" else "open", own, due)
    story.append(
        grid(
            rows,
            [19 * mm, 15 * mm, 9 * mm, 50 * mm, 22 * mm, 16 * mm, 30 * mm, 14 * mm],
            [
                ("FONT", (0, 0), (-1, 0), TB, 9.5),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce3ef")),
            ],
            font=T,
            size=9,
        )
    )
    # covering report and finance summary (not records)
    story += cover_sheet("4", "Provisional revenue outturn 2022/23")
    story += [
        grid(
            [
                ["Report to:", "Accountability and Performance Board"],
                ["From:", "Chief Finance Officer"],
                ["Date:", "16 May 2023"],
                ["Subject:", "Provisional revenue outturn 2022/23"],
                ["Status:", "For information"],
            ],
            [30 * mm, 130 * mm],
            [("BOX", (0, 0), (-1, -1), 0.8, colors.black)],
            header=False,
            font=T,
            size=11,
        ),
        Spacer(1, 6 * mm),
        P("1. Purpose", HD),
        P(
            "1.1 This report sets out the provisional revenue outturn for the Commissioner and the Force for the "
            "financial year 2022/23, subject to external audit.",
            B,
        ),
        P("2. Recommendation", HD),
        P("2.1 The Board is asked to note the provisional outturn and the proposed transfers to reserves.", B),
        P("3. Summary", HD),
        P(
            "3.1 The group revenue budget for 2022/23 was £312.6 million. The provisional outturn is £310.9 "
            "million, an underspend of £1.7 million (0.5%). Pay costs were above budget because of the pay award, "
            "offset by vacancies in police staff posts and higher investment income.",
            B,
        ),
        P(
            "3.2 It is proposed that £1.0 million of the underspend be transferred to the change reserve and "
            "£0.7 million to the general reserve, which would then stand at 3.1% of net revenue expenditure.",
            B,
        ),
        P("Table 1: Provisional outturn by area", st("tt", TB, 10, spaceBefore=6, spaceAfter=3)),
        grid(
            [
                ["Area", "Budget £m", "Outturn £m", "Variance £m"],
                ["Police officer pay", "171.4", "173.0", "1.6"],
                ["Police staff pay", "78.2", "75.1", "(3.1)"],
                ["Premises", "14.9", "15.6", "0.7"],
                ["Supplies and services", "29.8", "29.5", "(0.3)"],
                ["OPCC and commissioning", "8.6", "8.3", "(0.3)"],
                ["Income", "(12.1)", "(12.7)", "(0.6)"],
                ["Capital financing", "21.8", "22.1", "0.3"],
                ["Total", "312.6", "310.9", "(1.7)"],
            ],
            [70 * mm, 30 * mm, 30 * mm, 30 * mm],
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("FONT", (0, 0), (-1, 0), TB, 10),
                ("FONT", (0, -1), (-1, -1), TB, 10),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ],
            font=T,
            size=10,
        ),
        P("4. Risks", HD),
        P(
            "4.1 The outturn remains provisional until the statement of accounts has been audited. The main "
            "risk is the valuation of the pension liability, which does not affect the revenue position.",
            B,
        ),
        P("Contact officer: Philip Norcott, Chief Finance Officer", B),
    ]
    # risk register
    story += cover_sheet("5", "Strategic risk register")
    story += [
        P("OPCC AND FORCE STRATEGIC RISK REGISTER", st("r0", H, 12)),
        P("Reviewed by the Joint Risk Group on 2 May 2023. Scores: likelihood x impact (1–5).", B),
    ]
    risks = [
        (
            "Public confidence",
            [
                (
                    "SR1",
                    "Public confidence falls because of high-profile misconduct cases nationally and locally.",
                    "CC",
                    (4, 4),
                    (3, 3),
                )
            ],
        ),
        (
            "Resources",
            [
                (
                    "SR2",
                    "The Force cannot maintain officer numbers within the funding available from 2024/25.",
                    "CFO",
                    (4, 5),
                    (3, 4),
                ),
                (
                    "SR3",
                    "The custody refurbishment overruns and custody capacity is reduced for longer than planned.",
                    "Director of Finance",
                    (3, 4),
                    (2, 3),
                ),
            ],
        ),
        (
            "Service to the public",
            [
                (
                    "SR4",
                    "Abandoned 101 calls mean that victims and witnesses cannot contact the police.",
                    "DCC",
                    (4, 3),
                    (2, 3),
                ),
                (
                    "SR5",
                    "Collaboration with the fire and rescue service on shared estates "
                    "does not deliver the planned savings.",
                    "OPCC CEx",
                    (3, 3),
                    (2, 2),
                ),
            ],
        ),
    ]
    rows = [["Ref", "Risk", "Owner", "Current L", "Current I", "Current score", "Target"]]
    style = [("FONT", (0, 0), (-1, 0), TB, 9), ("GRID", (0, 0), (-1, -1), 0.4, colors.black)]
    for obj, rs in risks:
        rows.append([obj.upper(), "", "", "", "", "", ""])
        style += [
            ("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
            ("FONT", (0, len(rows) - 1), (0, len(rows) - 1), TB, 9),
            ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#eeeeee")),
        ]
        for ref, desc, own, cur, tgt in rs:
            rows.append(
                [ref, P(esc(desc), S), own, cur[0], cur[1], cur[0] * cur[1], f"{tgt[0]} x {tgt[1]} = {tgt[0] * tgt[1]}"]
            )
            g.risk(
                ref,
                obj,
                desc,
                [
                    rating("current", "Current", cur[0], cur[1], cur[0] * cur[1], "2023-05-02"),
                    rating("target", "Target", tgt[0], tgt[1], tgt[0] * tgt[1], "2023-05-02"),
                ],
            )
    story.append(grid(rows, [12 * mm, 72 * mm, 26 * mm, 15 * mm, 15 * mm, 15 * mm, 22 * mm], style, font=T, size=9))
    # glossary (not a record)
    story += [PageBreak(), P("Appendix – Glossary of terms", st("g0", H, 12, spaceAfter=6))]
    for a, b in [
        ("ACC", "Assistant Chief Constable"),
        ("APB", "Accountability and Performance Board"),
        ("CC", "Chief Constable"),
        ("CEx", "Chief Executive"),
        ("CFO", "Chief Finance Officer"),
        ("DCC", "Deputy Chief Constable"),
        ("HMICFRS", "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"),
        ("OPCC", "Office of the Police and Crime Commissioner"),
        ("PCC", "Police and Crime Commissioner"),
        ("RAG", "Red, Amber, Green status"),
    ]:
        story.append(Table([[P(f"<b>{a}</b>", B), P(esc(b), B)]], colWidths=[30 * mm, 130 * mm]))
    # one action, two mentions: the log carries the minuted actions; gold keeps the log's record
    for a in g.d["actions"]:
        if a["action_number"] in log_link:
            a["raised_date"], a["agenda_item_number"] = log_link[a["action_number"]]

    def hf(c, n, total):
        if n == 1:
            return
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 288 * mm, "Merrivale Accountability and Performance Board – 16 May 2023")
        c.drawRightString(190 * mm, 288 * mm, "OFFICIAL")
        c.drawCentredString(105 * mm, 10 * mm, f"Page {n} of {total}")

    build(stem, story, hf)
    g.save()


# ---------------------------------------------------------------- 13. JAC agenda pack, papers marked by item labels
def stourland_pack():
    stem = "JAC_Agenda_Pack_14122022"
    g = Gold(stem)
    D = "2022-12-14"
    loc = "Committee Room 1, Stourland Police Headquarters, Abbey Fields, Wyrecester"
    g.meeting("Joint Audit Committee", D, "10:00", loc, None)
    F, FB = "DejaVuSerif", "DejaVuSerif-Bold"
    B = st("b", F, 9.5, spaceAfter=4, alignment=TA_JUSTIFY)
    LBL = st("lbl", FB, 11, alignment=2, spaceAfter=6, textColor=colors.HexColor("#444444"))
    story = [
        P("STOURLAND JOINT AUDIT COMMITTEE", st("t", FB, 14, alignment=TA_CENTER)),
        P(
            "Police and Crime Commissioner for Stourland and Chief Constable of Stourland Police",
            st("t1", F, 9.5, alignment=TA_CENTER, spaceAfter=8),
        ),
        P(
            f"NOTICE IS GIVEN that a meeting of the Joint Audit Committee will be held on Wednesday 14 December "
            f"2022 at 10:00 in {loc}.",
            B,
        ),
        P("AGENDA", st("a", FB, 12, spaceBefore=6, spaceAfter=6)),
    ]
    agenda = [
        ("1", "Apologies for absence", None),
        ("2", "Declarations of interest", None),
        ("3", "Minutes of the meeting held on 28 September 2022", "Chair"),
        ("4", "Outstanding actions", "Governance Manager"),
        ("5", "Internal audit progress report", "Head of Internal Audit"),
        ("6", "External audit progress and sector update", "External Audit"),
        ("7", "Strategic risk registers", "Deputy Chief Constable / OPCC Chief Executive"),
        ("8", "Anti-fraud and corruption strategy", "Director of Finance"),
        ("9", "Committee work programme 2023", "Governance Manager"),
        ("10", "Exclusion of the press and public", None),
        ("11", "Private meeting of members with the auditors (exempt)", None),
    ]
    rows = [["Item", "Business", "Presented by"]]
    for no, title, who in agenda:
        cell = st("cell", F, 9.5)
        rows.append([no, P(esc(title), cell), P(esc(who or ""), cell)])
        g.item(D, no, title, who)
    story.append(
        grid(
            rows,
            [14 * mm, 100 * mm, 56 * mm],
            [("FONT", (0, 0), (-1, 0), FB, 9.5), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)],
            font=F,
            size=9.5,
        )
    )
    story += [
        Spacer(1, 6 * mm),
        P(
            "Membership: Gwendolyn Arkwright (Chair), Keith Amberley, Terence Hollis, "
            "Siobhan McCready and Rafael Okonjo.",
            B,
        ),
        PageBreak(),
        P("Agenda Item 3", LBL),
    ]
    stourland_jac_minutes((story, g))
    story += [PageBreak(), P("Agenda Item 4", LBL)]
    stourland_log((story, g))
    story += [
        PageBreak(),
        P("Agenda Item 5", LBL),
        P("INTERNAL AUDIT PROGRESS REPORT – DECEMBER 2022", st("r0", FB, 12, spaceAfter=4)),
        P("Report of the Head of Internal Audit, Mercia Audit Partnership", B),
        P("1. Purpose", st("h", FB, 10, spaceBefore=6)),
        P(
            "1.1 This report summarises the work completed against the 2022/23 internal audit plan since the "
            "last meeting of the Committee.",
            B,
        ),
        P("2. Recommendation", st("h2", FB, 10, spaceBefore=6)),
        P("2.1 The Committee is asked to note the progress made and the assurance opinions given.", B),
        P("3. Audits finalised since the last meeting", st("h3", FB, 10, spaceBefore=6)),
        grid(
            [
                ["Audit", "Opinion", "High", "Medium", "Low"],
                ["Seized property", "Limited", "2", "3", "1"],
                ["Payroll", "Substantial", "0", "1", "2"],
                ["Fleet management", "Reasonable", "0", "2", "2"],
                ["OPCC grants", "Substantial", "0", "0", "1"],
                ["Cyber security", "Reasonable", "0", "3", "0"],
            ],
            [60 * mm, 35 * mm, 20 * mm, 20 * mm, 20 * mm],
            [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONT", (0, 0), (-1, 0), FB, 9)],
            font=F,
            size=9,
        ),
        P(
            "3.2 Fifteen of the twenty-two audit days planned for the third quarter have been delivered. The "
            "audit of collaboration governance has been deferred to 2023/24 at the request of management.",
            B,
        ),
        P("4. Follow-up of recommendations", st("h4", FB, 10, spaceBefore=6)),
        P(
            "4.1 Of 41 recommendations due for implementation by 30 November 2022, 33 have been implemented, "
            "five are in progress and three are overdue. The overdue recommendations all relate to the seized "
            "property audit.",
            B,
        ),
        PageBreak(),
        P("Agenda Item 9", LBL),
        P("JOINT AUDIT COMMITTEE – WORK PROGRAMME 2023", st("w0", FB, 12, spaceAfter=6)),
        grid(
            [
                ["Meeting", "Business"],
                ["15 March 2023", "Internal audit plan 2023/24; terms of reference; risk registers"],
                ["21 June 2023", "Annual governance statements; head of internal audit opinion"],
                ["27 September 2023", "Statements of accounts 2022/23; audit findings report"],
                ["13 December 2023", "Treasury management; anti-fraud update; risk registers"],
            ],
            [45 * mm, 125 * mm],
            [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONT", (0, 0), (-1, 0), FB, 9.5)],
            font=F,
            size=9.5,
        ),
    ]

    def hf(c, n, total):
        c.setFont(F, 7.5)
        c.drawString(20 * mm, 289 * mm, "Stourland Joint Audit Committee – 14 December 2022")
        c.drawCentredString(105 * mm, 10 * mm, f"Page {n} of {total}")

    build(stem, story, hf)
    g.save()


# ---------------------------------------------------------------- 14. Board notes in a label column, decisions and actions labelled
def ashcombe_notes():
    stem = "SPB notes 15.11.22 - final"
    g = Gold(stem)
    D = "2022-11-15"
    loc = "Boardroom, Ashcombe Police Headquarters, Kingsbridge Road, Penmore"
    g.meeting("Strategic Policing and Crime Board", D, "13:30", loc, "approved")
    F, FB = "DejaVuSansCond", "DejaVuSansCond-Bold"
    B = st("b", F, 9.5, spaceAfter=4)
    LB = st("lb", FB, 9.5)
    story = [
        P("ASHCOMBE POLICE AND CRIME COMMISSIONER", st("t0", FB, 9, textColor=colors.HexColor("#1f3a68"))),
        P("Strategic Policing and Crime Board – Notes of Meeting", st("t", FB, 14, spaceBefore=4, spaceAfter=6)),
    ]
    rows = [
        [P("Date", LB), P("Tuesday 15 November 2022", B)],
        [P("Time", LB), P("13:30 – 15:50", B)],
        [P("Venue", LB), P(loc, B)],
        [P("Status", LB), P("Final – approved 17 January 2023", B)],
    ]
    present = [
        ("Gareth Pryce-Jones", "Police and Crime Commissioner, Chair"),
        ("Miriam Oduya", "Chief Constable"),
        ("Lewis Carrow", "Deputy Chief Constable"),
        ("Fiona Sallis", "ACC Crime"),
        ("Howard Pengelly", "OPCC Chief Executive"),
        ("Ruth Garvey", "Chief Finance Officer (OPCC)"),
        ("Ian Clegg", "Chief Finance Officer (Force)"),
    ]
    rows.append([P("Present", LB), P(", ".join(f"{n} ({r})" for n, r in present), B)])
    for n, r in present:
        g.att(D, n, "member", r)
    attending = [("Noreen Baptiste", "Head of Strategy and Performance"), ("Owain Lacey", "Board Secretary")]
    rows.append([P("In attendance", LB), P(", ".join(f"{n} ({r})" for n, r in attending), B)])
    for n, r in attending:
        g.att(D, n, "in_attendance", r)
    rows.append([P("Apologies", LB), P("Victoria Amesbury (Deputy Police and Crime Commissioner)", B)])
    g.att(D, "Victoria Amesbury", "apologies", "Deputy Police and Crime Commissioner")
    story.append(
        Table(
            rows,
            colWidths=[30 * mm, 140 * mm],
            style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey)],
        )
    )
    story.append(Spacer(1, 5 * mm))
    owners = {
        "ACC Crime": ["Assistant Chief Constable"],
        "DCC": ["Deputy Chief Constable"],
        "Ian Clegg": ["Ian Clegg"],
        "OPCC Chief Executive": ["Chief Executive"],
        "Head of Strategy and Performance": ["Head of Strategy and Performance"],
    }

    def item(no, title, paras):
        story.append(
            Table(
                [[P(f"<b>{no}</b>", LB), P(f"<b>{esc(title)}</b>", LB)]],
                colWidths=[30 * mm, 140 * mm],
                style=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8edf5"))],
            )
        )
        for kind, txt, *rest in paras:
            if kind == "p":
                label = ""
            elif kind == "action":
                label = "Action"
                own, due, duei = rest
                txt_print = f"{esc(txt)}<br/><b>Owner:</b> {esc(own)} &nbsp;&nbsp; <b>Due:</b> {esc(due)}"
                g.act(txt, None, D, no, owners[own], duei, "open", own, due)
            else:
                label = "Decision"
                g.dec(D, no, kind, txt)
            story.append(
                Table(
                    [[P(label, LB), P(txt_print if kind == "action" else esc(txt), B)]],
                    colWidths=[30 * mm, 140 * mm],
                    style=[("VALIGN", (0, 0), (-1, -1), "TOP")],
                )
            )

    item("1", "Welcome and apologies", [("p", "The Chair welcomed members. Apologies as above.")])
    item(
        "2",
        "Notes of the meeting held on 20 September 2022",
        [("approved", "The Board approved the notes of the meeting held on 20 September 2022.")],
    )
    item(
        "3",
        "Action tracker",
        [
            (
                "p",
                "Seven actions were reported complete. The action on custody healthcare contract monitoring was "
                "carried forward to January.",
            )
        ],
    )
    item(
        "4",
        "Police and Crime Plan performance – Quarter 2",
        [
            (
                "p",
                "The Head of Strategy and Performance presented the quarter 2 report. Recorded violence with injury "
                "had fallen by 6% but rape charge rates remained below the regional average.",
            ),
            (
                "p",
                "The Commissioner asked how the Force would improve victim engagement in rape investigations. The ACC "
                "described the new specialist investigation teams introduced in October.",
            ),
            ("noted", "The Board noted the quarter 2 performance report."),
            (
                "action",
                "Provide a breakdown of rape charge rates by investigating team for the last twelve months.",
                "ACC Crime",
                "17/01/2023",
                "2023-01-17",
            ),
        ],
    )
    item(
        "5",
        "Medium term financial plan 2023/24 to 2026/27",
        [
            (
                "p",
                "The Chief Finance Officer (OPCC) presented the updated plan, which showed a gap of £7.9 million by "
                "2026/27 before any precept increase.",
            ),
            (
                "p",
                "The Chief Constable set out savings options totalling £4.2 million, mainly from estates and "
                "non-pay budgets.",
            ),
            (
                "agreed",
                "The Commissioner agreed that the savings options be developed in detail for the January Board.",
            ),
            (
                "action",
                "Prepare detailed savings proposals with their impact on service delivery.",
                "Ian Clegg",
                "January Board",
                None,
            ),
        ],
    )
    item(
        "6",
        "Custody inspection – action plan",
        [
            (
                "p",
                "The DCC reported progress on the recommendations of the joint custody inspection. Eleven of fifteen "
                "recommendations had been implemented.",
            ),
            (
                "action",
                "Report progress on the four outstanding custody recommendations.",
                "DCC",
                "21/03/2023",
                "2023-03-21",
            ),
        ],
    )
    item(
        "7",
        "Commissioning intentions 2023/24",
        [
            (
                "p",
                "The OPCC Chief Executive outlined the Commissioner's commissioning intentions, including a new "
                "service for young people at risk of exploitation.",
            ),
            ("endorsed", "The Board endorsed the commissioning intentions for 2023/24."),
            (
                "action",
                "Publish the commissioning intentions on the Commissioner's website.",
                "OPCC Chief Executive",
                "30/11/2022",
                "2022-11-30",
            ),
        ],
    )
    item(
        "8",
        "Strategic risk register",
        [
            (
                "p",
                "The register was reviewed. No risks were added or removed; the risk on the emergency services network "
                "was increased to red.",
            ),
            (
                "action",
                "Review the scoring of the fleet electrification risk before the next register.",
                "Head of Strategy and Performance",
                "TBC",
                None,
            ),
        ],
    )
    item("9", "Any other business", [("p", "None.")])

    def hf(c, n, total):
        c.setFont(F, 7.5)
        c.drawString(20 * mm, 289 * mm, "OFFICIAL")
        c.drawRightString(190 * mm, 289 * mm, "Strategic Policing and Crime Board – 15/11/2022")
        c.drawCentredString(105 * mm, 10 * mm, f"Page {n} of {total}")

    build(stem, story, hf)
    g.save()


def main():
    for f in (
        pcp_minutes,
        fenwold_notes,
        stourland_jac_minutes,
        ashcombe_agenda,
        fenwold_log,
        stourland_log,
        stourland_register,
        cfa_register,
        merrivale_pack,
        stourland_pack,
        ashcombe_notes,
    ):
        f()
    docx_to_pdf([fire_minutes(), harrowdene_agenda(), cfa_tracker()])


if __name__ == "__main__":
    main()
