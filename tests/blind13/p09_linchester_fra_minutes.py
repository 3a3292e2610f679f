"""Linchester Fire and Rescue Authority minutes, 21 February 2019 (reportlab, Liberation Serif):
PRESENT members in a three-column borderless grid, officers run-in with the role before the name,
minute numbers FRA 19/07... in shaded heading bands, RESOLVED: with numbered parts, 'Confirmed ...'
note at the head -> approved."""

from common import D, Gold, long_date
from rlkit import *

STEM = "2019-02-21-Linchester-Fire-and-Rescue-Authority-minutes"
BODY = "Linchester Fire and Rescue Authority"
MD = D(2019, 2, 21)
LOC = "Fire Service Headquarters, Harlow Road, Linchester"

MEMBERS = [
    ("Beryl Thame", "Chair"),
    ("Graham Iveson", "Vice-Chair"),
    ("Amina Chowdry", None),
    ("Rex Fairbrother", None),
    ("Helen Gorringe", None),
    ("Martin Quayle", None),
    ("Sandra Ulph", None),
    ("Trevor Wakelin", None),
    ("Yvonne Kessell", None),
]
OFFICERS = [
    ("Chief Fire Officer", "Neil Jessup"),
    ("Deputy Chief Fire Officer", "Karen Stroud"),
    ("Treasurer", "Amrit Sandhu"),
    ("Clerk and Monitoring Officer", "Philippa Lowe"),
    ("Democratic Services Officer", "Ellis Marner"),
]
APOL = ["Brian Oddie", "Lorna Peake"]

DM = "RESOLVED: That the minutes of the meeting held on 13 December 2018 be approved as a correct record and signed by the Chair."
DB_PARTS = [
    "That a net revenue budget of £41.28m for 2019/20 be approved;",
    "That the Band D council tax for fire services be set at £78.42, an increase of 2.99%; and",
    "That the capital programme 2019/20 to 2022/23 be approved as set out in Appendix C.",
]
DB = "RESOLVED: " + " ".join("%d. %s" % (i, t) for i, t in enumerate(DB_PARTS, 1))
DI = "The Authority agreed to launch a twelve-week public consultation on the draft Integrated Risk Management Plan on 4 March 2019."
DH1 = "The Authority noted the findings of the inspection and the areas for improvement identified by HMICFRS."
DH2 = (
    "The Authority delegated authority to the Chief Fire Officer, in consultation with the Chair, to finalise "
    "the improvement plan before its submission to HMICFRS."
)
DT = "The Authority noted the treasury management strategy and the prudential indicators for 2019/20."


def build():
    g = Gold(STEM, "minutes")
    g.meeting(BODY, MD, "10:30", LOC, "approved")
    F = "LibSerif"
    body = S(font=F, size=10.5, lead=13.2, align=TA_JUSTIFY, after=5, left=8)
    red = colors.HexColor("#9c1c1c")
    story = [
        P(
            "Confirmed as a correct record at the meeting held on 18 April 2019",
            S(font=F, size=8.5, italic=True, align=TA_RIGHT),
        ),
        Spacer(1, 4),
        P(BODY.upper(), S(font=F, size=15, bold=True, color=red, align=TA_CENTER, after=4)),
        P(
            "Minutes of the meeting of the Authority held at %s on Thursday %s at 10.30am" % (LOC, long_date(MD)),
            S(font=F, size=10.5, align=TA_CENTER, after=10),
        ),
        P("PRESENT:", S(font=F, size=10.5, bold=True, after=2)),
    ]
    names = ["Cllr %s%s" % (n, " (%s)" % r if r else "") for n, r in MEMBERS]
    for n, r in MEMBERS:
        g.attend(MD, n, "member", r)
    grid = [names[i : i + 3] for i in range(0, len(names), 3)]
    t = Table([[P(x, S(font=F, size=10)) for x in row] for row in grid], colWidths=[58 * mm] * 3)
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [t, Spacer(1, 4)]
    story.append(
        P("<b>OFFICERS PRESENT:</b> " + ", ".join("%s %s" % o for o in OFFICERS) + ".", S(font=F, size=10, after=8))
    )
    for r, n in OFFICERS:
        g.attend(MD, n, "in_attendance", r)

    def minute(no, title, paras):
        band = Table(
            [[P("<b>%s</b>" % no, S(font=F, size=10.5)), P("<b>%s</b>" % E(title.upper()), S(font=F, size=10.5))]],
            colWidths=[26 * mm, 148 * mm],
        )
        band.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#efe3e3")),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.8, red),
                ]
            )
        )
        story.append(Spacer(1, 5))
        story.append(band)
        story.append(Spacer(1, 3))
        for p in paras:
            story.append(p if not isinstance(p, str) else P(E(p), body))

    minute(
        "FRA 19/07",
        "Apologies for absence",
        ["Apologies for absence were received from Cllrs %s and %s." % tuple(APOL)],
    )
    for n in APOL:
        g.attend(MD, n, "apologies")
    minute(
        "FRA 19/08",
        "Declarations of interest",
        [
            "Cllr Rex Fairbrother declared a personal interest in minute FRA 19/10 as a retained firefighter’s spouse. "
            "He remained in the room and voted."
        ],
    )
    minute("FRA 19/09", "Minutes of the previous meeting", [P("<b>RESOLVED:</b> " + E(DM[10:]), body)])
    g.decision(MD, "FRA 19/09", "resolved", DM)
    res = [P("<b>RESOLVED:</b>", body)] + [
        P("%d.&nbsp;&nbsp;%s" % (i, E(t)), S(font=F, size=10.5, left=30, first=-14, after=3))
        for i, t in enumerate(DB_PARTS, 1)
    ]
    minute(
        "FRA 19/10",
        "Revenue budget, capital programme and precept 2019/20",
        [
            "The Treasurer presented the report, which set out a balanced budget after savings of £0.9m from the "
            "review of day-crewed stations and the control room collaboration with the neighbouring authority.",
            "In answer to Cllr Gorringe, the Treasurer confirmed that general reserves would stand at £3.1m, within "
            "the range set by the reserves strategy. A recorded vote was taken: 8 for, 1 against.",
        ]
        + res,
    )
    g.decision(MD, "FRA 19/10", "resolved", DB)
    minute(
        "FRA 19/11",
        "Integrated Risk Management Plan 2019–2022 – consultation",
        [
            "The Deputy Chief Fire Officer outlined the draft plan, including the proposal to move the second "
            "appliance at Stoke Abbas to an on-call basis at night.",
            DI,
        ],
    )
    g.decision(MD, "FRA 19/11", "agreed", DI)
    minute(
        "FRA 19/12",
        "HMICFRS inspection report",
        [
            "The Chief Fire Officer introduced the first inspection report, which judged the service good at keeping "
            "people safe and requiring improvement in looking after its people.",
            DH1,
            DH2,
        ],
    )
    g.decision(MD, "FRA 19/12", "noted", DH1)
    g.decision(MD, "FRA 19/12", "delegated", DH2)
    minute("FRA 19/13", "Treasury management strategy 2019/20", [DT])
    g.decision(MD, "FRA 19/13", "noted", DT)
    story.append(Spacer(1, 10))
    story.append(P("The meeting closed at 12.35pm.", S(font=F, size=10, italic=True, after=14)))
    story.append(P("Chair: ______________________", S(font=F, size=10)))

    def onpage(c, d):
        c.saveState()
        c.setFont(F, 8.5)
        c.drawCentredString(A4[0] / 2, 10 * mm, "FRA %s – %d" % (MD.strftime("%d.%m.%y"), d.page))
        c.restoreState()

    d = doc(STEM, margins=(18 * mm, 18 * mm, 16 * mm, 18 * mm), title=BODY)
    render(d, story, onpage)
    g.write()
