"""01: Clerk-typed minutes, bold numbered headings run in, attendance as one sentence,
decisions buried mid-paragraph, 'Summary of actions' table at the end (rows split across pages)."""

from lib import OUT, act, att, dec, meeting, write_gold
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

STEM = "2016-05-18-Brantingshire-Strategic-Planning-and-Accountability-Board-minutes"
D = "2016-05-18"
BODY = "Strategic Planning and Accountability Board"
LOC = "Conference Room 2, Brantingshire Police Headquarters, Ferrier Road, Oldcastle Moor"

PRESENT = [  # (printed name, gold name, role printed)
    ("Alan Merritt", "Alan Merritt", "Police and Crime Commissioner) (Chair"),
    ("Simon Pryce", "Simon Pryce", "Chief Constable"),
    ("Dr Ruth Adeyemi", "Ruth Adeyemi", "Deputy Chief Constable"),
    ("Colin Baverstock", "Colin Baverstock", "Chief Executive, OPCC"),
    ("Mrs Janet Whitlow", "Janet Whitlow", "Chief Finance Officer, OPCC"),
    ("Peter Lusk", "Peter Lusk", "Director of Resources, Brantingshire Police"),
]
ALSO = [
    ("Kate Orme", "Kate Orme", "Head of Strategy and Partnerships, OPCC"),
    ("Tariq Mahmood", "Tariq Mahmood", "Business Support Officer, OPCC – minutes"),
]
APOL = [
    ("Gordon Fell", "Gordon Fell", "Assistant Chief Constable"),
    ("Nadia Brook", "Nadia Brook", "Joint Head of Internal Audit"),
]

DEC = {}  # item -> (type, sentence)


def D_(item, dtype, s):
    DEC[item] = (dtype, s)
    return s


PARAS = [
    ("h", "1. APOLOGIES AND INTRODUCTIONS"),
    (
        "p",
        "1.1 The Chair welcomed everyone to the meeting. Apologies were received from "
        + " and ".join(f"{p} ({r})" for p, _, r in APOL)
        + ".",
    ),
    ("h", "2. MINUTES OF THE PREVIOUS MEETING AND MATTERS ARISING"),
    (
        "p",
        "2.1 The minutes of the meeting held on 20th April 2016 were reviewed page by page. "
        + D_(
            "2.1",
            "approved",
            "One correction at 5.3 (the figure should read 412 and not 421) was requested by the Chief Finance Officer, and with that change the Board approved the minutes as an accurate record.",
        )
        + " All matters arising were either complete or on today’s agenda.",
    ),
    ("h", "3. PERFORMANCE REPORT – QUARTER 4 2015/16"),
    (
        "p",
        "3.1 DCC Adeyemi presented the quarter 4 report. Victim satisfaction had fallen to 81%, the lowest figure for two years, "
        "and the fall was concentrated in vehicle crime where follow-up contact was often late. The survey provider had changed "
        "its method in January and the DCC was not yet confident the figures were comparable.",
    ),
    (
        "p",
        "3.2 Members discussed the rise in reported burglary in the Oldcastle Moor district, which the DCC attributed to a series "
        "linked to two offenders now remanded in custody. "
        + D_("3.2", "noted", "The Board noted the report.")
        + " The DCC undertook to bring a breakdown of repeat victims to the next meeting and the Commissioner asked that "
        "the survey method be reviewed before the quarter 1 figures are published.",
    ),
    ("h", "4. BUDGET OUTTURN 2015/16 AND RESERVES"),
    (
        "p",
        "4.1 The CFO reported a provisional underspend of £1.37m against the revenue budget, mainly from police staff vacancies "
        "and lower than expected fuel costs. Capital slippage of £2.1m related almost entirely to the custody refurbishment.",
    ),
    (
        "p",
        "4.2 Discussion followed on how the underspend should be used and whether any of it should support the estates programme. "
        + D_(
            "4.2",
            "approved",
            "After discussion the Commissioner approved the transfer of £900,000 to the capital reserve and the Board agreed that the remaining £470,000 be held in the general reserve pending the review of the estates strategy.",
        )
        + " The CFO will update the reserves strategy accordingly.",
    ),
    ("h", "5. ESTATES STRATEGY – NEIGHBOURHOOD BASES"),
    (
        "p",
        "5.1 Peter Lusk outlined proposals to co-locate neighbourhood teams with Brantingshire Fire and Rescue Service at Hexley, "
        "Strand Bridge and Pellow. The Commissioner has already approved the funding for the feasibility study through a formal "
        "decision (PCC/2016/011).",
    ),
    (
        "p",
        "5.2 Members were generally supportive but asked for more detail on running costs and on the lease at Strand Bridge. "
        + D_(
            "5.2",
            "endorsed",
            "The Board endorsed the shortlist of three sites for further appraisal, noting that a full business case would come back in the autumn.",
        ),
    ),
    ("h", "6. COLLABORATION – REGIONAL ORGANISED CRIME UNIT"),
    (
        "p",
        "6.1 The Chief Constable summarised the latest performance of the regional unit and the proposed increase in the force’s "
        "contribution for 2016/17. The Chair noted the Chief Constable’s concern that the cost-sharing formula no longer reflects "
        "the share of tasking received by Brantingshire.",
    ),
    (
        "p",
        "6.2 "
        + D_(
            "6.2",
            "resolved",
            "The Board resolved that the Commissioner and the Chief Constable write jointly to the Regional Collaboration Board seeking a review of the cost-sharing formula.",
        ),
    ),
    ("h", "7. WORKFORCE PLAN AND OFFICER RECRUITMENT"),
    (
        "p",
        "7.1 The Chief Constable outlined the recruitment plan for 2016/17, which assumes two intakes of 24 student officers "
        "and a further 12 transferees. Attrition had been higher than planned at 6.8%, with most leavers in their first three "
        "years of service, and exit interviews pointed to shift patterns and the cost of travel to the training centre.",
    ),
    (
        "p",
        "7.2 Members questioned whether the training centre at Lowther Gate remained fit for purpose and how many officers were "
        "currently on restricted duties. The Chief Constable explained that 41 officers were on restricted or recuperative duties "
        "and that a review of the occupational health contract was under way. The Chief Executive said the panel would expect "
        "to see the workforce figures alongside the precept report in January, and the Commissioner asked that the exit interview "
        "findings be shared with the staff associations.",
    ),
    ("h", "8. RISK REGISTER – EXCEPTIONS"),
    (
        "p",
        "8.1 The Chief Executive drew attention to two new risks on the joint register: the end of the mobile data contract in "
        "March 2017 and the delay to the national emergency services network. Neither was yet rated above amber. Members asked "
        "for the network risk to be scored again once the national programme publishes its revised timetable.",
    ),
    ("h", "9. ANY OTHER BUSINESS"),
    (
        "p",
        "9.1 Colin Baverstock reminded members that the refresh of the Police and Crime Plan would begin in June. "
        + D_("9.1", "noted", "The Board noted that the next meeting had moved to 22nd June 2016.")
        + " There was no other business and the meeting closed at 12.20pm.",
    ),
]

# Summary of actions: (minute, description, lead printed, owners, date printed, iso)
ACTIONS = [
    (
        "3.1",
        "Review the victim satisfaction survey method with the survey provider and confirm whether the quarter 4 figures are comparable with earlier quarters.",
        "ACC",
        ["Assistant Chief Constable"],
        "31st July 2016",
        "2016-07-31",
    ),
    (
        "3.2",
        "Provide a breakdown of repeat burglary victims by district for the next meeting.",
        "DCC",
        ["Deputy Chief Constable"],
        "22/06/16",
        "2016-06-22",
    ),
    (
        "4.2",
        "Update the reserves strategy to reflect the outturn transfers and recirculate it to Board members.",
        "CFO",
        ["Chief Finance Officer"],
        "30/06/16",
        "2016-06-30",
    ),
    (
        "5.2",
        "Commission site appraisals for the three shortlisted neighbourhood bases, including running costs and the position on the Strand Bridge lease, and report back to the Board with the business case.",
        "Peter Lusk",
        ["Peter Lusk"],
        "Autumn 2016",
        None,
    ),
    (
        "6.2",
        "Draft the joint letter to the Regional Collaboration Board on the cost-sharing formula.",
        "CEx / CC",
        ["Chief Executive", "Chief Constable"],
        "end of May",
        None,
    ),
    (
        "9.1",
        "Circulate the timetable for the Police and Crime Plan refresh to all Board members.",
        "Kate Orme",
        ["Kate Orme"],
        "TBC",
        None,
    ),
]


SPACE_BEFORE_SUMMARY = 292


def build():
    st = ParagraphStyle("b", fontName="LibSerif", fontSize=10.5, leading=13.2, alignment=4, spaceAfter=0)
    hd = ParagraphStyle("h", parent=st, fontName="LibSerifB", alignment=0)
    small = ParagraphStyle("s", parent=st, fontSize=9, leading=11, alignment=0)
    story = [
        Paragraph(
            "<b>STRATEGIC PLANNING AND ACCOUNTABILITY BOARD</b>",
            ParagraphStyle("t", parent=hd, fontSize=12.5, leading=16),
        ),
        Paragraph(f"Minutes of the meeting held on Wednesday 18th May 2016 at 10.00am in {LOC}", st),
        Spacer(1, 6),
    ]
    pres = ", ".join(f"{p} ({r})" for p, _, r in PRESENT)
    also = " and ".join(f"{p} ({r})" for p, _, r in ALSO)
    story.append(Paragraph(f"<b>Present:</b> {pres}, with {also} also in attendance.", st))
    story.append(Spacer(1, 6))
    for kind, text in PARAS:
        story.append(Paragraph(text, hd if kind == "h" else st))
    story.append(Spacer(1, 14))
    story.append(
        Paragraph(
            "Signed: ............................................ (Chair)&nbsp;&nbsp;&nbsp;&nbsp;Date: ........................",
            st,
        )
    )
    story.append(Spacer(1, 10))
    story.append(Paragraph("<b>Abbreviations used in these minutes</b>", hd))
    for ab in (
        "ACC – Assistant Chief Constable",
        "CC – Chief Constable",
        "CEx – Chief Executive (OPCC)",
        "CFO – Chief Finance Officer (OPCC)",
        "DCC – Deputy Chief Constable",
        "OPCC – Office of the Police and Crime Commissioner",
        "ROCU – Regional Organised Crime Unit",
    ):
        story.append(Paragraph(ab, small))
    story.append(Spacer(1, 8))
    story.append(
        Paragraph(
            "Distribution: Board members; Joint Audit Committee secretariat; OPCC website (after approval).", small
        )
    )
    story.append(Spacer(1, SPACE_BEFORE_SUMMARY))
    story.append(Paragraph("<b>Summary of actions</b>", hd))
    rows = [["Min.", "Action", "Lead", "Target date"]]
    for m, d, lead, _, dt, _ in ACTIONS:
        rows.append([m, Paragraph(d, small), lead, dt])
    t = Table(rows, colWidths=[14 * mm, 100 * mm, 26 * mm, 28 * mm], repeatRows=0, splitInRow=1)
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "LibSerif", 9),
                ("FONT", (0, 0), (-1, 0), "LibSerifB", 9),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story.append(t)

    def furniture(c, doc):
        c.saveState()
        c.setFont("LibSerifB", 9)
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, "DRAFT – NOT YET APPROVED")
        c.setFont("LibSerif", 7)
        c.drawString(20 * mm, 10 * mm, r"S:\OPCC\Governance\SPAB\2016\05 May\SPAB minutes 18.05.16 v0.2 DRAFT.docx")
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Page {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / (STEM + ".pdf")),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=22 * mm,
        title="SPAB minutes 18.05.16",
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)

    write_gold(
        STEM,
        meetings=[meeting(BODY, D, "10:00", LOC, "draft")],
        attendance=[att(D, g, "member", r.replace(") (", " (") + (")" if ") (" in r else "")) for _, g, r in PRESENT]
        + [att(D, g, "in_attendance", r) for _, g, r in ALSO]
        + [att(D, g, "apologies", r) for _, g, r in APOL],
        decisions=[dec(D, k, t, s) for k, (t, s) in DEC.items()],
        actions=[act(d, None, D, m, own, iso, "open", lead, dt) for m, d, lead, own, dt, iso in ACTIONS],
        risks=[],
    )
