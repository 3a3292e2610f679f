"""Designed-document papers drawn with reportlab."""

import os

from common import HERE, act, att, dec, esc, rating, write_gold
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

rl_config.invariant = 1

FONTS = {
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "Caladea": "/usr/share/fonts/truetype/crosextra/Caladea-Regular.ttf",
    "Caladea-Bold": "/usr/share/fonts/truetype/crosextra/Caladea-Bold.ttf",
    "Caladea-Italic": "/usr/share/fonts/truetype/crosextra/Caladea-Italic.ttf",
    "Narrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "Narrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
}
for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))
pdfmetrics.registerFontFamily(
    "Carlito", normal="Carlito", bold="Carlito-Bold", italic="Carlito", boldItalic="Carlito-Bold"
)
pdfmetrics.registerFontFamily(
    "Caladea", normal="Caladea", bold="Caladea-Bold", italic="Caladea-Italic", boldItalic="Caladea-Bold"
)
pdfmetrics.registerFontFamily("Narrow", normal="Narrow", bold="Narrow-Bold", italic="Narrow", boldItalic="Narrow-Bold")


class FitBox(Flowable):
    """A table built for the width of whichever frame it lands in."""

    def __init__(self, build):
        super().__init__()
        self.build = build
        self.table = None

    def wrap(self, aw, ah):
        self.table = self.build(aw)
        self.width, self.height = self.table.wrap(aw, ah)
        return self.width, self.height

    def draw(self):
        self.table.drawOn(self.canv, 0, 0)


def out(stem):
    return os.path.join(HERE, stem + ".pdf")


# ---------------------------------------------------------------- F: minutes with sidebar, two columns, boxes
def sgb_minutes():
    stem = "2019-03-19-Mardenshire-Strategic-Governance-Board-minutes"
    date = "2019-03-19"
    loc = "The Boardroom, Mardenshire OPCC, 4 Cathedral Close, Welby"
    present = [
        ("Lorraine Hatt", "Police and Crime Commissioner (Chair)"),
        ("Marcus Pell", "Chief Constable"),
        ("Anjali Desai", "Deputy Chief Constable"),
        ("Chris Mayhew", "Chief Executive, OPCC"),
        ("Beverley Kaye", "Chief Finance Officer, OPCC"),
        ("Ross Tilling", "Director of Finance, Mardenshire Police"),
    ]
    inatt = [("Hannah Wicks", "Policy Officer (minutes)"), ("Sam Oyelaran", "Estates Surveyor (item 5)")]
    apol = [("Jeremy Sallis", "Assistant Chief Constable")]
    D = {
        "2.1": ("approved", "The Board approved the minutes of the meeting held on 19 February 2019."),
        "3.2": (
            "agreed",
            "The Board agreed that the precept consultation results be published alongside the final budget report.",
        ),
        "4.3": (
            "approved",
            "The Commissioner approved the business case for the replacement of the custody CCTV system at a capital cost of £410,000.",
        ),
        "5.2": (
            "delegated",
            "The Board noted the estates disposal schedule and delegated authority to the Chief Finance Officer to agree the sale of the former Welby section house.",
        ),
        "6.1": ("endorsed", "The Board endorsed the joint corporate governance framework for 2019/20."),
    }
    A = {
        "3": (
            "Publish the precept consultation summary on the OPCC website.",
            "Chief Executive",
            ["Chief Executive"],
            "29.03.19",
            "2019-03-29",
        ),
        "4": (
            "Confirm the installation programme for custody CCTV with the supplier.",
            "DCC",
            ["Deputy Chief Constable"],
            "end of April",
            None,
        ),
        "5": (
            "Provide an independent valuation report for the former Welby section house.",
            "Head of Estates",
            ["Head of Estates"],
            "17.05.19",
            "2019-05-17",
        ),
        "6": (
            "Circulate the final governance framework to all OPCC and force staff.",
            "CE / CFO",
            ["Chief Executive", "Chief Finance Officer"],
            "TBC",
            None,
        ),
    }
    items = [
        (
            "1",
            "Welcome and apologies",
            [("1.1", "The Chair welcomed those present. Apologies were received from ACC Jeremy Sallis.")],
            None,
        ),
        (
            "2",
            "Minutes and matters arising",
            [("2.1", "DEC"), ("2.2", "There were no matters arising that were not covered elsewhere on the agenda.")],
            None,
        ),
        (
            "3",
            "Precept consultation 2019/20",
            [
                (
                    "3.1",
                    "The Chief Executive summarised the consultation: 2,140 responses had been received, 61% of which supported an increase of up to £24 a year for a Band D property.",
                ),
                ("3.2", "DEC"),
            ],
            "3",
        ),
        (
            "4",
            "Custody CCTV replacement",
            [
                (
                    "4.1",
                    "The DCC explained that the existing system was out of support and that two recent complaints could not be investigated because footage had not been retained.",
                ),
                (
                    "4.2",
                    "The Chief Constable noted that the force would fund the ongoing licence costs from its revenue budget.",
                ),
                ("4.3", "DEC"),
            ],
            "4",
        ),
        (
            "5",
            "Estates disposals",
            [
                (
                    "5.1",
                    "The Estates Surveyor presented the disposal schedule for 2019/20, listing four properties with an estimated value of £2.3m.",
                ),
                ("5.2", "DEC"),
                (
                    "5.3",
                    "The Chief Finance Officer reminded members that receipts would be held in the capital reserve until the estates strategy was refreshed.",
                ),
            ],
            "5",
        ),
        (
            "6",
            "Corporate governance framework",
            [
                ("6.1", "DEC"),
                (
                    "6.2",
                    "The Chief Executive explained that the framework now included the scheme of consent, the financial regulations and the terms of reference of the Joint Audit Committee in a single document.",
                ),
            ],
            "6",
        ),
        (
            "7",
            "Performance exceptions",
            [
                (
                    "7.1",
                    "The Deputy Chief Constable reported that the average time to answer non-emergency calls had risen to six minutes in February, because of sickness in the contact centre.",
                ),
                (
                    "7.2",
                    "The Commissioner asked for assurance that callers were offered online reporting while waiting; the DCC confirmed that a recorded message had been introduced on 4 March.",
                ),
                ("7.3", "Burglary and vehicle crime remained below the three-year average in every district."),
            ],
            None,
        ),
        (
            "8",
            "Horizon scanning",
            [
                (
                    "8.1",
                    "The Chief Executive summarised the national picture: the police grant settlement for 2019/20 had been confirmed, the pension contribution grant was for one year only, and a spending review was expected in the autumn.",
                ),
                (
                    "8.2",
                    "The Chief Constable highlighted the regional review of serious and organised crime capability, which might lead to further requests for funding from the forces in the region.",
                ),
                (
                    "8.3",
                    "The Director of Finance warned that the cost of the new national radio programme remained uncertain, and that the medium-term financial plan assumed the current timetable.",
                ),
                (
                    "8.4",
                    "Members discussed the forthcoming inspection of crime data integrity. The DCC said that the force had carried out its own audit in January and would share the results with the OPCC.",
                ),
                (
                    "8.5",
                    "The Chair thanked the finance teams of both organisations for their work on the budget and precept.",
                ),
            ],
            None,
        ),
        ("9", "Any other business", [("9.1", "None. The next meeting will take place on 16 April 2019.")], None),
    ]
    teal = colors.HexColor("#006d77")
    st = ParagraphStyle("b", fontName="Carlito", fontSize=10, leading=13)
    sth = ParagraphStyle(
        "h", fontName="Carlito-Bold", fontSize=11.5, leading=14, textColor=teal, spaceBefore=6, spaceAfter=2
    )
    sts = ParagraphStyle("s", fontName="Carlito", fontSize=8.5, leading=10.5, textColor=colors.white)
    stsb = ParagraphStyle("sb", parent=sts, fontName="Carlito-Bold", fontSize=9.5, leading=12, spaceBefore=6)
    sttitle = ParagraphStyle("t", fontName="Carlito-Bold", fontSize=18, leading=21, textColor=teal)

    def box(label, text, fill, edge, extra=None):
        cells = [
            [
                Paragraph(f"<b>{label}</b>", ParagraphStyle("bl", parent=st, fontSize=8, textColor=edge)),
                Paragraph(esc(text), st),
            ]
        ]
        if extra:
            cells.append(
                [
                    "",
                    Paragraph(
                        extra, ParagraphStyle("bx", parent=st, fontSize=8.5, textColor=colors.HexColor("#333333"))
                    ),
                ]
            )

        def build(width):
            t = Table(cells, colWidths=[17 * mm, width - 17 * mm], hAlign="LEFT")
            t.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), fill),
                        ("LINEBEFORE", (0, 0), (0, -1), 3, edge),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ]
                )
            )
            return t

        return KeepTogether([Spacer(1, 3), FitBox(build), Spacer(1, 3)])

    W, H = A4
    side_w = 58 * mm

    def first_page(c, doc):
        c.saveState()
        c.setFillColor(teal)
        c.rect(0, 0, side_w, H, stroke=0, fill=1)
        c.setFont("Carlito", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(W - 15 * mm, 10 * mm, f"Page {doc.page}")
        c.restoreState()

    def later(c, doc):
        c.saveState()
        c.setStrokeColor(teal)
        c.line(15 * mm, H - 14 * mm, W - 15 * mm, H - 14 * mm)
        c.setFont("Carlito", 8)
        c.setFillColor(teal)
        c.drawString(15 * mm, H - 12 * mm, "Strategic Governance Board · 19 March 2019 · DRAFT")
        c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(W - 15 * mm, 10 * mm, f"Page {doc.page}")
        c.restoreState()

    doc = BaseDocTemplate(out(stem), pagesize=A4, title="Strategic Governance Board minutes 19 March 2019")
    f_side = Frame(6 * mm, 15 * mm, side_w - 12 * mm, H - 30 * mm, id="side")
    f_main = Frame(side_w + 8 * mm, 15 * mm, W - side_w - 23 * mm, H - 30 * mm, id="main")
    cw = (W - 30 * mm - 8 * mm) / 2
    f_c1 = Frame(15 * mm, 15 * mm, cw, H - 32 * mm, id="c1")
    f_c2 = Frame(15 * mm + cw + 8 * mm, 15 * mm, cw, H - 32 * mm, id="c2")
    doc.addPageTemplates(
        [PageTemplate("first", [f_side, f_main], onPage=first_page), PageTemplate("two", [f_c1, f_c2], onPage=later)]
    )
    story = [
        Paragraph("MARDENSHIRE", ParagraphStyle("m", parent=stsb, fontSize=14, leading=16)),
        Paragraph("Police and Crime Commissioner", sts),
        Spacer(1, 10),
        Paragraph("Meeting details", stsb),
        Paragraph("Date: 19.03.19", sts),
        Paragraph("Time: 09:30 – 11:45", sts),
        Paragraph(f"Location: {loc}", sts),
        Paragraph("Status: DRAFT – subject to approval at the next meeting", sts),
        Paragraph("Attendees", stsb),
    ]
    for n, r in present:
        story += [Paragraph(f"<b>{n}</b>", sts), Paragraph(r, sts)]
    story.append(Paragraph("In attendance", stsb))
    for n, r in inatt:
        story += [Paragraph(f"<b>{n}</b>", sts), Paragraph(r, sts)]
    story.append(Paragraph("Apologies", stsb))
    for n, r in apol:
        story += [Paragraph(f"<b>{n}</b>", sts), Paragraph(r, sts)]
    story += [
        FrameBreak(),
        NextPageTemplate("two"),
        Paragraph("Strategic Governance Board", sttitle),
        Paragraph("Minutes", ParagraphStyle("mm", parent=sth, fontSize=14)),
        Spacer(1, 4),
    ]
    for num, head, paras, aitem in items:
        if num == "5":
            story.append(FrameBreak())
        story.append(Paragraph(f"{num}. {esc(head)}", sth))
        for pn, text in paras:
            if text == "DEC":
                story.append(box(f"DECISION {pn}", D[pn][1], colors.HexColor("#e3f4ec"), colors.HexColor("#1b7f4c")))
            else:
                story.append(Paragraph(f"{pn}&nbsp;&nbsp;{esc(text)}", st))
                story.append(Spacer(1, 3))
        if aitem:
            desc, owner, _o, due, _d = A[aitem]
            story.append(
                box(
                    "ACTION",
                    desc,
                    colors.HexColor("#fdf0e1"),
                    colors.HexColor("#d9822b"),
                    f"Owner: <b>{owner}</b> &nbsp;&nbsp; Due: <b>{due}</b>",
                )
            )
    doc.build(story)
    attendance = [att(date, n, "member", r) for n, r in present]
    attendance += [att(date, n, "in_attendance", r) for n, r in inatt]
    attendance += [att(date, n, "apologies", r) for n, r in apol]
    write_gold(
        stem,
        {
            "meetings": [
                {
                    "body": "Strategic Governance Board",
                    "meeting_date": date,
                    "start_time": "09:30",
                    "location": loc,
                    "minutes_status": "draft",
                }
            ],
            "attendance": attendance,
            "decisions": [dec(date, k, v[0], v[1]) for k, v in D.items()],
            "actions": [act(v[0], None, date, k, v[2], v[4], "open", v[1], v[3]) for k, v in A.items()],
            "risks": [],
        },
    )


# ---------------------------------------------------------------- I: several rows per risk, plus heat map
def fire_register():
    stem = "2023-24-Q4-Benfordshire-FRS-corporate-risk-register"
    risks = [
        (
            "Service delivery",
            "CR01",
            "Retained (on-call) crewing falls below the level needed to keep rural appliances available.",
            "Area Manager, Response",
            (4, 4),
            (4, 3),
            (2, 3),
            "On-call recruitment campaign; salaried day-crewing pilot at two stations.",
            "14.02.24",
            "2024-02-14",
        ),
        (
            "Service delivery",
            "CR02",
            "The new mobilising system is not accepted into service before the current contract expires.",
            "Director of Corporate Services",
            (3, 5),
            (2, 5),
            (1, 5),
            "Contract extension to March 2025 agreed; fortnightly programme board.",
            "21.02.24",
            "2024-02-21",
        ),
        (
            "People",
            "CR03",
            "Industrial action disrupts emergency cover across the county.",
            "Chief Fire Officer",
            (3, 4),
            (2, 4),
            (2, 3),
            "Business continuity arrangements tested in November; contingency crews trained.",
            "07.02.24",
            "2024-02-07",
        ),
        (
            "People",
            "CR04",
            "Cultural concerns identified by the national values review are not addressed, damaging trust.",
            "Head of People",
            (4, 4),
            (3, 4),
            (2, 2),
            "Independent cultural review commissioned; confidential reporting line live.",
            "14.02.24",
            "2024-02-14",
        ),
        (
            "Finance and resources",
            "CR05",
            "Inflation in fuel and contract prices exceeds the medium-term financial plan assumptions.",
            "Treasurer",
            (4, 3),
            (3, 3),
            (2, 3),
            "Quarterly budget monitoring; earmarked inflation reserve.",
            "28.02.24",
            "2024-02-28",
        ),
        (
            "Finance and resources",
            "CR06",
            "Ageing fleet leads to increasing appliance off-the-run hours.",
            "Head of Fleet and Estates",
            (3, 3),
            (3, 2),
            (2, 2),
            "Fleet replacement programme re-profiled; two appliances delivered January.",
            "07.02.24",
            "2024-02-07",
        ),
    ]
    path = out(stem)
    PW, PH = landscape(A4)
    red = colors.HexColor("#c0392b")
    stp = ParagraphStyle("p", fontName="Narrow", fontSize=8.5, leading=10)
    stb = ParagraphStyle("pb", parent=stp, fontName="Narrow-Bold")

    def deco(c, doc):
        c.saveState()
        c.setFillColor(red)
        c.rect(0, PH - 16 * mm, PW, 16 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Narrow-Bold", 15)
        c.drawString(12 * mm, PH - 10 * mm, "Benfordshire Fire and Rescue Service — Corporate Risk Register")
        c.setFont("Narrow", 10)
        c.drawRightString(PW - 12 * mm, PH - 10 * mm, "Quarter 4 2023/24")
        c.setFillColor(colors.black)
        c.setFont("Narrow", 8)
        c.drawString(
            12 * mm,
            8 * mm,
            "Scores: likelihood (1–5) multiplied by impact (1–5). Reviewed monthly by the Strategic Leadership Team.",
        )
        c.drawRightString(PW - 12 * mm, 8 * mm, f"{doc.page}")
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=(PW, PH), title="Corporate Risk Register Q4 2023/24")
    doc.addPageTemplates([PageTemplate("p", [Frame(12 * mm, 14 * mm, PW - 24 * mm, PH - 34 * mm)], onPage=deco)])
    hdr = ["Ref", "Risk", "Owner", "Stage", "L", "I", "Score", "Controls and further actions", "Last review"]
    data = [[Paragraph(f"<b>{x}</b>", stb) for x in hdr]]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2d7d5")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), "Narrow", 8.5),
        ("REPEATROWS", (0, 0), (-1, 0)),
    ]
    gold, last_obj = [], None
    for obj, ref, desc, owner, inh, cur, tgt, ctl, rev, revd in risks:
        if obj != last_obj:
            data.append([Paragraph(f"<b>{obj.upper()}</b>", stb)] + [""] * 8)
            r = len(data) - 1
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eeeeee"))]
            last_obj = obj
        r0 = len(data)
        for i, (stage, li) in enumerate((("Inherent", inh), ("Current", cur), ("Target", tgt))):
            s = li[0] * li[1]
            row = [
                Paragraph(f"<b>{ref}</b>", stb) if i == 0 else "",
                Paragraph(esc(desc), stp) if i == 0 else "",
                Paragraph(owner, stp) if i == 0 else "",
                stage,
                str(li[0]),
                str(li[1]),
                str(s),
                Paragraph(esc(ctl), stp) if i == 0 else "",
                rev if i == 0 else "",
            ]
            data.append(row)
            fill = "#e74c3c" if s >= 15 else "#f5b041" if s >= 8 else "#58d68d"
            style.append(("BACKGROUND", (6, r0 + i), (6, r0 + i), colors.HexColor(fill)))
        for col in (0, 1, 2, 7, 8):
            style.append(("SPAN", (col, r0), (col, r0 + 2)))
        gold.append(
            {
                "reference": ref,
                "objective": obj,
                "description": desc,
                "ratings": [
                    rating("inherent", "Inherent", inh[0], inh[1], inh[0] * inh[1], revd),
                    rating("current", "Current", cur[0], cur[1], cur[0] * cur[1], revd),
                    rating("target", "Target", tgt[0], tgt[1], tgt[0] * tgt[1], revd),
                ],
            }
        )
    t = Table(
        data, colWidths=[13 * mm, 70 * mm, 32 * mm, 16 * mm, 8 * mm, 8 * mm, 12 * mm, 83 * mm, 17 * mm], repeatRows=1
    )
    t.setStyle(TableStyle(style))
    story = [t, NextPageTemplate("p"), Spacer(1, 8)]
    # heat map of current positions
    grid = [[""] + [str(i) for i in range(1, 6)]]
    hstyle = [
        ("GRID", (1, 0), (-1, -1), 0.5, colors.white),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, 0), (-1, -1), "Narrow-Bold", 8.5),
    ]
    for lik in range(5, 0, -1):
        row = [str(lik)]
        for imp in range(1, 6):
            refs = [r[1] for r in risks if r[5] == (lik, imp)]
            row.append(" ".join(refs))
            s = lik * imp
            fill = "#e74c3c" if s >= 15 else "#f5b041" if s >= 8 else "#58d68d"
            hstyle.append(("BACKGROUND", (imp, 6 - lik), (imp, 6 - lik), colors.HexColor(fill)))
        grid.append(row)
    hm = Table(grid, colWidths=[10 * mm] + [22 * mm] * 5, rowHeights=[6 * mm] + [10 * mm] * 5)
    hm.setStyle(TableStyle(hstyle))
    story += [
        KeepTogether([Paragraph("<b>Current risk profile</b> (likelihood down, impact across)", stb), Spacer(1, 4), hm])
    ]
    doc.build(story)
    write_gold(stem, {"attendance": [], "agenda_items": [], "decisions": [], "actions": [], "risks": gold})


# ---------------------------------------------------------------- J: risk cards in two columns
def card_register():
    stem = "2024-05-21-Wicklestone-OPCC-risk-register"
    rdate = "2024-05-21"
    cards = [
        (
            "WOPCC 01",
            "Governance",
            "Key decisions are taken without a published decision record, exposing the Commissioner to challenge.",
            "Chief Executive",
            (3, 4),
            (2, 4),
            (1, 4),
        ),
        (
            "WOPCC 02",
            "Governance",
            "Scrutiny of the force's performance is weakened by delays in the new data warehouse.",
            "Head of Performance",
            (4, 3),
            (3, 3),
            (2, 3),
        ),
        (
            "WOPCC 03",
            "Finance",
            "The precept referendum limit constrains the budget below the level needed for the officer uplift.",
            "Chief Finance Officer",
            (4, 4),
            (3, 4),
            (3, 3),
        ),
        (
            "WOPCC 04",
            "Partnerships",
            "Community safety partnerships do not spend their grant within the year, and funds are returned.",
            "Partnerships Manager",
            (3, 2),
            (2, 2),
            (1, 2),
        ),
        (
            "WOPCC 05",
            "Victims",
            "The victims' hub cannot recruit caseworkers, lengthening the time to first contact.",
            "Head of Commissioning",
            (4, 3),
            (4, 3),
            (2, 3),
        ),
        (
            "WOPCC 06",
            "Victims",
            "A change in national funding rules removes ring-fenced money for sexual violence services.",
            "Chief Executive",
            (3, 5),
            (3, 4),
            (2, 4),
        ),
    ]
    path = out(stem)
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Wicklestone OPCC risk register May 2024")
    st = ParagraphStyle("c", fontName="Caladea", fontSize=9, leading=11)

    def head(page):
        c.setFont("Caladea-Bold", 16)
        c.setFillColor(colors.HexColor("#4a148c"))
        c.drawString(15 * mm, H - 20 * mm, "OPCC Risk Register")
        c.setFont("Caladea", 9.5)
        c.setFillColor(colors.black)
        c.drawString(
            15 * mm,
            H - 26 * mm,
            "Office of the Police and Crime Commissioner for Wicklestone · Register reviewed 21 May 2024 by the OPCC Senior Team",
        )
        c.setFont("Caladea-Italic", 8)
        c.drawString(
            15 * mm,
            H - 31 * mm,
            "Original = before any controls; Now = with current controls; Aim = the tolerable position once planned actions are complete.",
        )
        c.setFont("Caladea", 8)
        c.drawCentredString(W / 2, 10 * mm, f"OFFICIAL · {page}")

    cw, ch = (W - 30 * mm - 8 * mm) / 2, 72 * mm
    page = 1
    head(page)
    for i, (ref, theme, desc, owner, orig, now, aim) in enumerate(cards):
        slot = i % 6
        col, row = slot % 2, slot // 2
        x = 15 * mm + col * (cw + 8 * mm)
        y = H - 38 * mm - (row + 1) * (ch + 6 * mm)
        s = now[0] * now[1]
        barc = colors.HexColor("#c62828" if s >= 12 else "#ef8f00" if s >= 6 else "#2e7d32")
        c.setStrokeColor(colors.HexColor("#bbbbbb"))
        c.roundRect(x, y, cw, ch, 4, stroke=1, fill=0)
        c.setFillColor(barc)
        c.roundRect(x, y + ch - 10 * mm, cw, 10 * mm, 4, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Caladea-Bold", 11)
        c.drawString(x + 4 * mm, y + ch - 6.5 * mm, ref)
        c.setFont("Caladea", 9)
        c.drawRightString(x + cw - 4 * mm, y + ch - 6.5 * mm, f"Theme: {theme}")
        c.setFillColor(colors.black)
        p = Paragraph(esc(desc), st)
        _w, ph = p.wrap(cw - 8 * mm, 40 * mm)
        p.drawOn(c, x + 4 * mm, y + ch - 13 * mm - ph)
        c.setFont("Caladea", 8.5)
        c.drawString(x + 4 * mm, y + ch - 16 * mm - ph - 3 * mm, f"Risk owner: {owner}")
        for k, (label, li) in enumerate((("Original", orig), ("Now", now), ("Aim", aim))):
            yy = y + 20 * mm - k * 6 * mm
            c.setFont("Caladea-Bold", 9)
            c.drawString(x + 4 * mm, yy, label)
            c.setFont("Caladea", 9)
            c.drawString(x + 22 * mm, yy, f"L{li[0]} × I{li[1]} → {li[0] * li[1]}")
        c.setFont("Caladea-Italic", 8)
        c.drawString(x + 4 * mm, y + 3 * mm, "Reviewed: 21 May 2024")
    c.showPage()
    c.save()
    gold = [
        {
            "reference": ref,
            "objective": theme,
            "description": desc,
            "ratings": [
                rating("inherent", "Original", o[0], o[1], o[0] * o[1], rdate),
                rating("current", "Now", n[0], n[1], n[0] * n[1], rdate),
                rating("target", "Aim", a[0], a[1], a[0] * a[1], rdate),
            ],
        }
        for ref, theme, desc, _ow, o, n, a in cards
    ]
    write_gold(stem, {"attendance": [], "agenda_items": [], "decisions": [], "actions": [], "risks": gold})


ALL = [sgb_minutes, fire_register, card_register]


# ---------------------------------------------------------------- N: summons letter + timed agenda
def jac_agenda():
    stem = "2022-07-13-Wicklestone-Joint-Audit-Committee-agenda"
    date = "2022-07-13"
    body = "Wicklestone Joint Audit Committee"
    loc = "Council Chamber, Wicklestone Police Headquarters, Hallbrook Road, Tenbury Cross"
    items = [
        ("1", "14:00", "Apologies and declarations of interest", "Chair", "Verbal"),
        ("2", "14:05", "Minutes of the meeting held on 11 May 2022", "Chair", "A"),
        ("3", "14:10", "Action tracker", "Chief Executive", "B"),
        ("4", "14:20", "Internal audit progress report", "Head of Internal Audit", "C"),
        ("5", "", "External audit", None, ""),
        ("5.1", "14:40", "Audit plan 2022/23", "Engagement Lead, external audit", "D"),
        ("5.2", "14:55", "Progress on the 2021/22 statements of accounts", "Chief Finance Officer", "Verbal"),
        ("6", "15:05", "Strategic risk registers", "Chief Executive and Deputy Chief Constable", "E"),
        ("7", "15:30", "Treasury management outturn 2021/22", "Chief Finance Officer", "F"),
        ("8", "15:40", "Assurance map", "Deputy Chief Constable", "G"),
        ("9", "15:50", "Forward plan", "Chair", "H"),
        ("10", "15:55", "Any other business", "Chair", "Verbal"),
    ]
    members = [
        "Ms Anya Threlfall (Chair)",
        "Mr Desmond Yau",
        "Dr Clare Penberthy",
        "Mr Ifan Roberts",
        "Mrs Leah Goldring",
    ]
    path = out(stem)
    W, H = A4
    navy = colors.HexColor("#22313f")
    st = ParagraphStyle("n", fontName="Times-Roman", fontSize=11.5, leading=15)

    def deco(c, doc):
        c.saveState()
        c.setFont("Times-Italic", 8.5)
        c.drawString(20 * mm, 12 * mm, "Wicklestone Joint Audit Committee – 13 July 2022")
        c.drawRightString(W - 20 * mm, 12 * mm, f"{doc.page}")
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, title="JAC agenda 13 July 2022")
    doc.addPageTemplates([PageTemplate("p", [Frame(20 * mm, 20 * mm, W - 40 * mm, H - 40 * mm)], onPage=deco)])
    right = ParagraphStyle("r", parent=st, alignment=2, fontSize=10, leading=13)
    story = [
        Paragraph(
            "<b>WICKLESTONE</b><br/>Police and Crime Commissioner &amp; Chief Constable",
            ParagraphStyle("t", parent=st, fontSize=13, leading=17, textColor=navy),
        ),
        Spacer(1, 6),
        Paragraph(
            "Governance Team<br/>Hallbrook Road<br/>Tenbury Cross<br/>Contact: Imogen Rafter<br/>Date: 4 July 2022",
            right,
        ),
        Spacer(1, 10),
        Paragraph("To: Members of the Joint Audit Committee", st),
        Spacer(1, 4),
        Paragraph(", ".join(members), ParagraphStyle("m", parent=st, fontSize=10.5, leftIndent=20)),
        Spacer(1, 8),
        Paragraph("Dear Member,", st),
        Spacer(1, 6),
        Paragraph(
            f"You are invited to a meeting of the {body} to be held on <b>Wednesday 13 July 2022 at 2pm</b> in the {loc}.",
            st,
        ),
        Spacer(1, 6),
        Paragraph(
            "Members of the public may attend the open part of the meeting. The papers listed on the agenda overleaf are attached; exempt papers are circulated to members only.",
            st,
        ),
        Spacer(1, 6),
        Paragraph(
            "A pre-meeting for members with the internal and external auditors, without officers present, will be held at 1.15pm.",
            st,
        ),
        Spacer(1, 14),
        Paragraph("Yours sincerely,", st),
        Spacer(1, 20),
        Paragraph("Imogen Rafter<br/>Governance Officer", st),
        PageBreak(),
    ]
    story += [
        Paragraph(
            "AGENDA",
            ParagraphStyle("a", parent=st, fontName="Times-Bold", fontSize=15, alignment=TA_CENTER, textColor=navy),
        ),
        Spacer(1, 8),
    ]
    data = [["Time", "Item", "Business", "Presented by", "Paper"]]
    sts = ParagraphStyle("s", parent=st, fontSize=10.5, leading=13)
    tstyle = [
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, navy),
        ("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
        ("FONT", (0, 1), (-1, -1), "Times-Roman", 10.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    for num, time, title, pres, paper in items:
        data.append(
            [
                time,
                num,
                Paragraph(("<b>%s</b>" if pres is None else "%s") % esc(title), sts),
                Paragraph(f"<i>{esc(pres)}</i>" if pres else "", sts),
                paper,
            ]
        )
    t = Table(data, colWidths=[16 * mm, 12 * mm, 72 * mm, 52 * mm, 18 * mm])
    t.setStyle(TableStyle(tstyle))
    story += [
        t,
        Spacer(1, 12),
        Paragraph("Part 2 – there is no exempt business for this meeting.", sts),
        Spacer(1, 6),
        Paragraph("Date of next meeting: Wednesday 21 September 2022 at 2pm.", sts),
    ]
    doc.build(story)
    write_gold(
        stem,
        {
            "meetings": [
                {"body": body, "meeting_date": date, "start_time": "14:00", "location": loc, "minutes_status": None}
            ],
            "attendance": [],
            "agenda_items": [
                {"meeting_date": date, "item_number": n, "title": t_, "presenter_text": p}
                for n, _tm, t_, p, _pp in items
            ],
            "decisions": [],
            "actions": [],
            "risks": [],
        },
    )


ALL.append(jac_agenda)
