"""Linchester Fire and Rescue Authority members' action schedule for 18 April 2019 (reportlab,
DejaVu Serif): ledger entries grouped by the meeting that raised them, in two sections
('Outstanding' / 'Discharged since the last meeting'); each entry a numbered line with a
Lead | Target | Progress line beneath; targets 'w/c 11 March 2019', 'end of March 2019', 18.04.19,
TBC, 'June 2019 meeting'."""

from common import D, Gold, dmy_dot, long_date
from rlkit import *

STEM = "2019-04-18-Linchester-FRA-members-action-schedule"

# section, meeting, no, minute, action, lead printed, owners, target (date|None), target text, progress
ENTRIES = [
    (
        "open",
        D(2018, 10, 11),
        "MAS/18/22",
        "FRA 18/58",
        "Report the results of the trial of emergency medical response at Stoke Abbas and Marlow Cross.",
        "Deputy Chief Fire Officer",
        ["Deputy Chief Fire Officer"],
        None,
        "June 2019 meeting",
        "Trial extended by the ambulance trust to 31 March; evaluation under way.",
    ),
    (
        "open",
        D(2018, 12, 13),
        "MAS/18/27",
        "FRA 18/71",
        "Review the charging policy for attendance at automatic fire alarms in commercial premises.",
        "Chief Fire Officer",
        ["Chief Fire Officer"],
        D(2019, 4, 18),
        dmy_dot(D(2019, 4, 18)),
        "Report on today’s agenda (item 9).",
    ),
    (
        "open",
        D(2018, 12, 13),
        "MAS/18/29",
        "FRA 18/73",
        "Circulate the revised members’ code of conduct and register of interests forms.",
        "Clerk and Monitoring Officer",
        ["Clerk and Monitoring Officer"],
        None,
        "TBC",
        "Awaiting the national model code; members will be notified.",
    ),
    (
        "open",
        D(2019, 2, 21),
        "MAS/19/03",
        "FRA 19/11",
        "Arrange consultation drop-in sessions on the draft Integrated Risk Management Plan in each district.",
        "Deputy Chief Fire Officer",
        ["Deputy Chief Fire Officer"],
        D(2019, 3, 11),
        "w/c 11 March 2019",
        "Nine of twelve sessions held; three remaining in April.",
    ),
    (
        "open",
        D(2019, 2, 21),
        "MAS/19/05",
        "FRA 19/12",
        "Submit the final HMICFRS improvement plan and share it with members.",
        "Chief Fire Officer",
        ["Chief Fire Officer"],
        None,
        "end of March 2019",
        "Submitted 29 March; to be circulated after HMICFRS feedback.",
    ),
    (
        "closed",
        D(2018, 12, 13),
        "MAS/18/26",
        "FRA 18/70",
        "Provide a breakdown of on-call availability by station for the last twelve months.",
        "Chief Fire Officer",
        ["Chief Fire Officer"],
        D(2019, 1, 31),
        dmy_dot(D(2019, 1, 31)),
        "Circulated 24.01.19.",
    ),
    (
        "closed",
        D(2018, 12, 13),
        "MAS/18/28",
        "FRA 18/72",
        "Confirm the insurance position for the fire at the Harlow Road workshop.",
        "Treasurer",
        ["Treasurer"],
        D(2019, 2, 21),
        dmy_dot(D(2019, 2, 21)),
        "Claim settled in full; reported 21.02.19.",
    ),
    (
        "closed",
        D(2019, 2, 21),
        "MAS/19/01",
        "FRA 19/10",
        "Notify the billing authorities of the 2019/20 precept.",
        "Treasurer",
        ["Treasurer"],
        D(2019, 3, 1),
        dmy_dot(D(2019, 3, 1)),
        "Precept notices issued 22.02.19.",
    ),
    (
        "closed",
        D(2019, 2, 21),
        "MAS/19/02",
        "FRA 19/10",
        "Publish the budget book and the members’ allowances scheme on the Authority’s website.",
        "Clerk / Treasurer",
        ["Clerk", "Treasurer"],
        D(2019, 3, 29),
        dmy_dot(D(2019, 3, 29)),
        "Published 15.03.19.",
    ),
]


def build():
    g = Gold(STEM, "log")
    F = "DVSerif"
    red = colors.HexColor("#9c1c1c")
    story = [
        P("LINCHESTER FIRE AND RESCUE AUTHORITY", S(font=F, size=13, bold=True, color=red, after=2)),
        P("Members’ Action Schedule", S(font=F, size=16, bold=True, after=2)),
        P("For the meeting on Thursday 18 April 2019 – Agenda item 4", S(font=F, size=9.5, italic=True, after=10)),
    ]
    line1 = S(font=F, size=9.5, lead=12, after=0)
    line2 = S(font=F, size=8.3, lead=10.5, color=colors.HexColor("#444444"), after=0, left=0)
    for section, title in (
        ("open", "A.  Outstanding actions"),
        ("closed", "B.  Actions discharged since the last meeting"),
    ):
        story.append(P(title, S(font=F, size=11.5, bold=True, before=8, after=4, color=red)))
        last = None
        for sec, meet, no, minute, text, lead, owners, target, ttext, prog in ENTRIES:
            if sec != section:
                continue
            if meet != last:
                story.append(
                    P(
                        "Authority meeting – %s" % long_date(meet),
                        S(font=F, size=9.5, bold=True, italic=True, before=4, after=2),
                    )
                )
                last = meet
            t = Table(
                [
                    [
                        P("<b>%s</b>" % no, line1),
                        P("%s &nbsp;<font size=8>(minute %s)</font>" % (E(text), minute), line1),
                    ],
                    [
                        "",
                        P(
                            "<b>Lead:</b> %s &nbsp;&nbsp;|&nbsp;&nbsp; <b>Target:</b> %s &nbsp;&nbsp;|&nbsp;&nbsp; <b>Progress:</b> %s"
                            % (E(lead), E(ttext), E(prog)),
                            line2,
                        ),
                    ],
                ],
                colWidths=[26 * mm, 148 * mm],
            )
            t.setStyle(
                TableStyle(
                    [
                        ("LINEBELOW", (0, 1), (-1, 1), 0.3, colors.HexColor("#b0b0b0")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 1),
                        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ]
                )
            )
            story.append(t)
            g.action(text, no, meet, minute, owners, target, section, lead, ttext)
    story.append(Spacer(1, 8))
    story.append(
        P(
            "Discharged actions are removed from the schedule after they have been reported once.",
            S(font=F, size=8, italic=True),
        )
    )

    def onpage(c, d):
        c.saveState()
        c.setStrokeColor(red)
        c.setLineWidth(2)
        c.line(18 * mm, A4[1] - 12 * mm, A4[0] - 18 * mm, A4[1] - 12 * mm)
        c.setFont(F, 7.5)
        c.drawString(18 * mm, 9 * mm, "Linchester FRA – Members’ Action Schedule – April 2019")
        c.drawRightString(A4[0] - 18 * mm, 9 * mm, "Page %d" % d.page)
        c.restoreState()

    d = doc(STEM, margins=(18 * mm, 18 * mm, 18 * mm, 16 * mm), title="Members' Action Schedule")
    render(d, story, onpage)
    g.write()
