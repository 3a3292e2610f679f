"""Morlais Police and Crime Panel / Panel Heddlu a Throseddu Morlais, 13 July 2018: bilingual
minutes (English heading first, Welsh beneath in italics), attendance in Name | Authority tables,
numbered minutes, DRAFT / DRAFFT marking (reportlab, DejaVu Serif)."""

from common import ROLE, D, Gold, long_date
from rlkit import *

STEM = "2018-07-13-Morlais-Police-and-Crime-Panel-minutes"
BODY = "Morlais Police and Crime Panel"
MD = D(2018, 7, 13)
LOC = "Council Chamber, County Hall, Abermorlais"

MEMBERS = [
    ("Alun Prydderch", "Chair", "Cyngor Sir Morlais / Morlais County Council"),
    ("Bethan Gwyndaf", "Vice-Chair", "Tawelan County Borough Council"),
    ("Dylan Rhisiart", None, "Cyngor Sir Morlais / Morlais County Council"),
    ("Meinir Cadwaladr", None, "Cyngor Sir Morlais / Morlais County Council"),
    ("Huw Trefor", None, "Glynarian County Council"),
    ("Keith Ashdown", None, "Tawelan County Borough Council"),
    ("Siân Morus", "Independent Member", "Co-opted / Cyfetholedig"),
    ("Peter Langridge", "Independent Member", "Co-opted / Cyfetholedig"),
]
ALSO = [
    ("Gwenllian Hopcyn", "Police and Crime Commissioner"),
    ("Emyr Prosser", "Chief Executive, OPCC"),
    ("Carys Lewsyn", "Chief Finance Officer, OPCC"),
    ("Rhodri Bevan", "Deputy Chief Constable"),
    ("Nia Watcyn", "Panel Lead Officer"),
]
APOL = ["Gareth Pennant", "Rhian Meredydd"]

D3 = "RESOLVED that the minutes of the meeting held on 20 April 2018 be signed as a correct record."
D4 = (
    "The Panel noted the update and the progress made in recruiting the 40 additional officers "
    "funded through the 2018/19 precept."
)
ACT4 = "The Chief Executive to provide members with the locations of the new rural crime hubs by 31 August 2018."
D5 = (
    "RESOLVED that (i) the Annual Report 2017/18 be endorsed; and (ii) the Panel’s observations on "
    "the simultaneous publication of the report in Welsh and English be reported to the Commissioner."
)
D6 = "The Panel agreed to receive a further report on the outcomes of the scheme at its meeting in January 2019."
ACT6 = "Panel Lead Officer to add the youth diversion outcomes report to the forward work programme for January 2019."
D7 = "The Panel noted that no complaints against the Commissioner had been received since the last meeting."
D8 = "RESOLVED that the forward work programme be approved, subject to the addition of item 6 above."


def build():
    g = Gold(STEM, "minutes")
    g.meeting(BODY, MD, "10:30", LOC, "draft")
    F = "DVSerif"
    body = S(font=F, size=9.5, align=TA_JUSTIFY, after=4, lead=13)
    cy = colors.HexColor("#4d6b50")
    hen = S(font=F, size=10, bold=True, after=0, before=6)
    hcy = S(font=F, size=9.5, italic=True, color=cy, after=3)
    cellS = S(font=F, size=8.8, after=0)
    story = [
        P("DRAFT / DRAFFT", S(font=F, size=9, bold=True, align=TA_RIGHT, color=colors.HexColor("#a00000"))),
        P(BODY.upper(), S(font=F, size=14, bold=True, align=TA_CENTER, after=0)),
        P("PANEL HEDDLU A THROSEDDU MORLAIS", S(font=F, size=12, italic=True, align=TA_CENTER, color=cy, after=8)),
        P(
            "Minutes of the meeting held at the %s on Friday, %s at 10.30 am" % (LOC, long_date(MD)),
            S(font=F, size=10, bold=True, align=TA_CENTER, after=0),
        ),
        P(
            "Cofnodion y cyfarfod a gynhaliwyd yn Siambr y Cyngor, Neuadd y Sir, Abermorlais, ddydd Gwener, "
            "13 Gorffennaf 2018 am 10.30 y bore",
            S(font=F, size=9.5, italic=True, align=TA_CENTER, color=cy, after=10),
        ),
    ]

    def bi(en, cyt):
        return [P(E(en), hen), P(E(cyt), hcy)]

    story += bi("Members present:", "Aelodau a oedd yn bresennol:")
    rows = []
    for n, role, auth in MEMBERS:
        label = ("Councillor " if role not in ("Independent Member",) else "") + n
        if role and role != "Independent Member":
            label += " (%s)" % role
        if role == "Independent Member":
            label += " (Independent Member / Aelod Annibynnol)"
        rows.append([P(E(label), cellS), P(E(auth), cellS)])
        g.attend(MD, n, "member", role)
    t = Table(rows, colWidths=[80 * mm, 90 * mm])
    t.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    story.append(t)
    story += bi("Also in attendance:", "Hefyd yn bresennol:")
    rows = []
    for n, role in ALSO:
        rows.append([P(E(n), cellS), P(E(role), cellS)])
        g.attend(MD, n, "in_attendance", role)
    t = Table(rows, colWidths=[80 * mm, 90 * mm])
    t.setStyle(
        TableStyle(
            [("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")), ("LEFTPADDING", (0, 0), (-1, -1), 2)]
        )
    )
    story.append(t)
    story += bi("Apologies:", "Ymddiheuriadau:")
    story.append(P("Councillors %s and %s." % tuple(APOL), body))
    for n in APOL:
        g.attend(MD, n, "apologies")

    def minute(no, en, cyt, paras):
        story.append(
            Table(
                [[P("%s." % no, hen), [P(E(en.upper()), hen), P(E(cyt.upper()), hcy)]]],
                colWidths=[12 * mm, 158 * mm],
                style=[
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, cy),
                ],
            )
        )
        for t in paras:
            if t.startswith("ACTION: "):
                story.append(P("<b>ACTION:</b> " + E(t[8:]), S(font=F, size=9.5, left=34, after=4)))
            elif t.startswith("RESOLVED"):
                story.append(P("<b>RESOLVED</b>" + E(t[8:]), S(font=F, size=9.5, left=34, after=4)))
            else:
                story.append(P(E(t), S(font=F, size=9.5, left=34, after=4, align=TA_JUSTIFY)))

    minute(
        "1",
        "Apologies for absence",
        "Ymddiheuriadau am absenoldeb",
        ["Apologies were received as recorded above. The Chair welcomed Mr Langridge to his first meeting."],
    )
    minute(
        "2",
        "Declarations of interest",
        "Datganiadau o fuddiant",
        [
            "Councillor Huw Trefor declared a personal interest in minute 6 as a member of the management "
            "board of the Morlais Youth Offending Service."
        ],
    )
    minute("3", "Minutes of the previous meeting", "Cofnodion y cyfarfod blaenorol", [D3])
    g.decision(MD, "3", "resolved", D3)
    minute(
        "4",
        "Police and Crime Commissioner’s update",
        "Diweddariad y Comisiynydd Heddlu a Throseddu",
        [
            "The Commissioner reported on the opening of two rural crime hubs, the new contract for the "
            "sexual assault referral centre and the joint estates review with Morlais Fire and Rescue Service.",
            "Members asked where the rural hubs would be sited and how response times in the upland "
            "wards would be monitored. The Deputy Chief Constable undertook to share quarterly figures.",
            D4,
            "ACTION: " + ACT4,
        ],
    )
    g.decision(MD, "4", "noted", D4)
    g.action(ACT4, None, MD, "4", [ROLE["CEX"]], D(2018, 8, 31), "open", "The Chief Executive", "31 August 2018")
    minute(
        "5",
        "Annual Report 2017/18",
        "Adroddiad Blynyddol 2017/18",
        [
            "The Chief Executive presented the Commissioner’s Annual Report. Members commended the report "
            "but noted that the Welsh version had been published a week after the English one.",
            D5,
        ],
    )
    g.decision(MD, "5", "resolved", D5)
    minute(
        "6",
        "Youth diversion commissioning",
        "Comisiynu gwasanaethau dargyfeirio ieuenctid",
        [
            "The Chief Finance Officer outlined the two-year grant of £310,000 to the youth diversion "
            "scheme run jointly with the three youth offending services.",
            D6,
            "ACTION: " + ACT6,
        ],
    )
    g.decision(MD, "6", "agreed", D6)
    g.action(ACT6, None, MD, "6", ["Panel Lead Officer"], None, "open", "Panel Lead Officer")
    minute("7", "Complaints update", "Diweddariad ar gwynion", [D7])
    g.decision(MD, "7", "noted", D7)
    minute("8", "Forward work programme", "Blaenraglen waith", [D8])
    g.decision(MD, "8", "resolved", D8)
    minute(
        "9",
        "Date of next meeting",
        "Dyddiad y cyfarfod nesaf",
        ["Friday, 12 October 2018 at 10.30 am, County Hall, Abermorlais."],
    )
    story.append(Spacer(1, 10))
    story.append(
        P(
            "The meeting ended at 12.40 pm. / Daeth y cyfarfod i ben am 12.40 y prynhawn.",
            S(font=F, size=9, italic=True),
        )
    )

    def onpage(c, d):
        c.saveState()
        c.setFont(F, 7.5)
        c.drawString(20 * mm, 12 * mm, "Morlais Police and Crime Panel – 13.07.18")
        c.drawRightString(A4[0] - 20 * mm, 12 * mm, "Page %d / Tudalen %d" % (d.page, d.page))
        c.restoreState()

    d = doc(STEM, margins=(20 * mm, 20 * mm, 16 * mm, 20 * mm), title=BODY)
    render(d, story, onpage)
    g.write()
