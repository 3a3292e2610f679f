"""Papers produced as Word documents (python-docx) and converted by LibreOffice."""

from __future__ import annotations

from common import (
    act,
    att,
    dec,
    header_footer,
    item,
    meeting,
    new_docx,
    page_break,
    para,
    rating,
    risk,
    runs,
    save_docx,
    set_cell,
    shade,
    table,
    write_gold,
)
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm

# ============================================================ A. Police and crime panel minutes


def paper_a():
    stem = "Greyhithe-PCP-Minutes-07Feb2022"
    D = "2022-02-07"
    body = "Greyhithe Police and Crime Panel"
    doc = new_docx("Arial", 10.5)
    header_footer(
        doc,
        "Greyhithe Police and Crime Panel – 7 February 2022          DRAFT – subject to confirmation",
        page_style="x of y",
    )
    para(doc, "GREYHITHE POLICE AND CRIME PANEL", bold=True, size=14, align="center")
    para(
        doc,
        "MINUTES of the meeting of the Greyhithe Police and Crime Panel held in the Council Chamber, "
        "Civic Offices, Porthallow on Monday, 7 February 2022 at 10.30 am",
        align="center",
    )
    members = [
        ("Councillor Eleanor Whitcombe (Chair)", "Eleanor Whitcombe", "Porthallow Borough Council"),
        ("Councillor Dev Anand (Vice-Chair)", "Dev Anand", "Greyhithe County Council"),
        ("Councillor Marcus Felling", "Marcus Felling", "Tidemouth District Council"),
        ("Councillor Rosalind Achebe", "Rosalind Achebe", "Greyhithe County Council"),
        ("Councillor Peter Strand", "Peter Strand", "Lowmoor District Council"),
        ("Councillor Wendy Carrick", "Wendy Carrick", "Saltash Vale District Council"),
        ("Mrs Hannah Oyelaran", "Hannah Oyelaran", "Independent co-opted member"),
        ("Mr Gideon Pryce", "Gideon Pryce", "Independent co-opted member"),
    ]
    others = [
        ("Ms Clare Tennant", "Clare Tennant", "Police and Crime Commissioner"),
        ("Mr Owen Baptiste", "Owen Baptiste", "Chief Executive, Office of the Police and Crime Commissioner"),
        ("Ms Yvonne Kessler", "Yvonne Kessler", "Chief Finance Officer, Office of the Police and Crime Commissioner"),
        ("Mr Ravi Chandran", "Ravi Chandran", "Panel Support Officer, Greyhithe County Council"),
        ("Ms Lucy Ambrose", "Lucy Ambrose", "Legal Adviser to the Panel"),
    ]
    rows = [["Members present", None], ["Name", "Representing"]] + [[a, c] for a, _, c in members]
    t = table(doc, rows, [7.5, 8.5], header_rows=2, size=10)
    t.cell(0, 0).merge(t.cell(0, 1))
    set_cell(t.cell(0, 0), "Members present", bold=True, size=10)
    para(doc, "")
    rows = [["Also in attendance", None], ["Name", "Role"]] + [[a, c] for a, _, c in others]
    t = table(doc, rows, [7.5, 8.5], header_rows=2, size=10)
    t.cell(0, 0).merge(t.cell(0, 1))
    set_cell(t.cell(0, 0), "Also in attendance", bold=True, size=10)
    attendance = [att(D, n, "member", r) for a, n, r in members]
    attendance += [att(D, n, "in_attendance", r) for _, n, r in others]
    attendance += [
        att(D, "Bryony Castell", "apologies", "Lowmoor District Council"),
        att(D, "Amos Fairweather", "apologies", "Tidemouth District Council"),
    ]

    def minute(no, heading, paras, resolved=None):
        runs(doc, [(f"{no}\t", True), (heading, True)])
        for text in paras:
            para(doc, text, indent_cm=1.5, align="justify")
        if resolved:
            head, parts = resolved
            para(doc, head, bold=True, indent_cm=1.5, space_after=2)
            for part in parts:
                para(doc, part, indent_cm=2.5, space_after=2)

    para(doc, "")
    minute(
        "41/22",
        "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS",
        [
            "Apologies for absence were received from Councillor Bryony Castell (Lowmoor District Council) and "
            "Councillor Amos Fairweather (Tidemouth District Council). No substitute members had been nominated."
        ],
    )
    minute(
        "42/22",
        "DECLARATIONS OF INTEREST",
        [
            "Councillor Peter Strand declared a non-pecuniary interest in minute 46/22 as a board member of the "
            "Lowmoor Community Safety Partnership. He remained in the meeting and took part in the discussion."
        ],
    )
    minute(
        "43/22",
        "MINUTES OF THE PREVIOUS MEETING",
        [],
        (
            "RESOLVED – That the minutes of the meeting held on 29 November 2021 be confirmed as a correct "
            "record and signed by the Chair.",
            [],
        ),
    )
    minute(
        "44/22",
        "PUBLIC QUESTIONS",
        [
            "The Panel Support Officer reported that two questions had been received within the deadline. Both "
            "concerned the closure of the public enquiry office at Saltash Vale. The Commissioner gave a verbal "
            "reply to each and undertook to send the questioners a written copy of her answer.",
            "A third question, received after the deadline, would be taken at the June meeting.",
        ],
    )
    minute(
        "45/22",
        "PROPOSED POLICE PRECEPT 2022/23",
        [
            "The Commissioner introduced her report, which set out the proposed council tax precept for policing "
            "for 2022/23 together with the medium-term financial plan and the reserves strategy. She explained "
            "that the proposal represented an increase of £10 a year for a Band D property and that the "
            "additional income would fund thirty-two officer posts in neighbourhood teams, the continuation of "
            "the rural crime unit and a second victim navigator for the eastern districts.",
            "The Chief Finance Officer outlined the assumptions behind the plan. The grant settlement had been "
            "announced for one year only; pay awards had been assumed at 2.5 per cent from September 2022; the "
            "collection fund was forecast to return to balance by 2023/24. She drew members’ attention to the "
            "savings still to be identified in the final two years of the plan and to the use of £1.1m of the "
            "budget management reserve to smooth the transition.",
            "Members asked about the consultation results, the effect of the uplift programme on the number of "
            "police staff, and whether the additional neighbourhood posts would be spread evenly across the "
            "districts. The Commissioner confirmed that allocations would follow demand and would be reported to "
            "the Panel in the quarterly performance report. Councillor Felling asked that the Panel’s report "
            "record the concern of Tidemouth members about response times in coastal villages.",
            "Following a vote (six in favour, one against, one abstention) it was",
        ],
        (
            "RESOLVED – That",
            [
                "(a)  the Panel supports the proposed precept of £262.44 for a Band D property for 2022/23;",
                "(b)  the Commissioner be asked to publish the allocation of the additional posts by district; and",
                "(c)  the Panel’s report on the proposed precept be sent to the Commissioner by 11 February 2022.",
            ],
        ),
    )
    minute(
        "46/22",
        "POLICE AND CRIME PLAN – PERFORMANCE REPORT, QUARTER 3",
        [
            "The Chief Executive presented the performance report for October to December 2021. Emergency "
            "calls answered within ten seconds had improved to 91 per cent; non-emergency call abandonment "
            "remained above the target; recorded domestic abuse had risen by 6 per cent, which the force "
            "attributed partly to improved recording.",
            "Members discussed the outcome rate for burglary, the use of out-of-court disposals and the progress "
            "of the new crime recording system. The Commissioner explained how she was holding the Chief "
            "Constable to account through her monthly accountability meetings, the notes of which were "
            "published on her website.",
        ],
        ("RESOLVED – That the performance report for quarter 3 be noted.", []),
    )
    minute(
        "47/22",
        "COMMISSIONER’S UPDATE REPORT",
        [
            "The Commissioner presented her update report covering the period since the November meeting. She "
            "highlighted the launch of the safer streets scheme in Porthallow town centre, the award of the new "
            "domestic abuse perpetrator programme contract, and the results of her public survey on rural "
            "policing, which had received more than 2,300 responses.",
            "Councillor Achebe asked how the safer streets funding would be sustained after March 2023. The "
            "Commissioner replied that the lighting and CCTV works were one-off investments and that the youth "
            "outreach element would be considered as part of the next commissioning round.",
            "Mr Pryce asked about the time taken to answer non-emergency calls. The Chief Executive said that "
            "the force had recruited twenty additional call handlers who would complete their training in March, "
            "and that the Commissioner was receiving weekly figures. Members asked for the figures to be "
            "included in the quarterly performance report.",
            "Councillor Carrick raised the level of anti-social behaviour reported by residents in Saltash Vale "
            "and asked whether the neighbourhood team had been reduced. The Commissioner undertook to discuss "
            "the matter with the Chief Constable and to write to the councillor.",
        ],
        ("RESOLVED – That the Commissioner’s update report be noted.", []),
    )
    minute(
        "48/22",
        "COMPLAINTS AGAINST THE COMMISSIONER",
        [
            "The Legal Adviser reported that no complaints about the conduct of the Commissioner had been "
            "received since the last meeting. The Panel noted that no complaints had been received in the "
            "period."
        ],
    )
    minute(
        "49/22",
        "PANEL WORK PROGRAMME 2022",
        [
            "The Panel Support Officer presented the draft work programme. Members suggested adding the victims’ "
            "services contract, the Commissioner’s estates strategy and a visit to the force control room."
        ],
        (
            "RESOLVED – That the work programme be approved, subject to the addition of a report on the "
            "victims’ services contract to the June meeting.",
            [],
        ),
    )
    minute(
        "50/22",
        "DATE OF NEXT MEETING",
        ["The next meeting would be held on Monday 13 June 2022 at 10.30 am in the Council Chamber."],
    )
    para(doc, "The meeting closed at 12.40 pm.", italic=True)
    para(doc, "")
    para(doc, "Chair ……………………………………………            Date ……………………………")
    decisions = [
        dec(
            D,
            "43/22",
            "resolved",
            "RESOLVED – That the minutes of the meeting held on 29 November 2021 be "
            "confirmed as a correct record and signed by the Chair.",
        ),
        dec(
            D,
            "45/22",
            "resolved",
            "RESOLVED – That (a) the Panel supports the proposed precept of £262.44 for a "
            "Band D property for 2022/23; (b) the Commissioner be asked to publish the allocation of the "
            "additional posts by district; and (c) the Panel’s report on the proposed precept be sent to the "
            "Commissioner by 11 February 2022.",
        ),
        dec(D, "46/22", "resolved", "RESOLVED – That the performance report for quarter 3 be noted."),
        dec(D, "47/22", "resolved", "RESOLVED – That the Commissioner’s update report be noted."),
        dec(D, "48/22", "noted", "The Panel noted that no complaints had been received in the period."),
        dec(
            D,
            "49/22",
            "resolved",
            "RESOLVED – That the work programme be approved, subject to the addition of a "
            "report on the victims’ services contract to the June meeting.",
        ),
    ]
    write_gold(
        stem,
        meetings=[meeting(body, D, "10:30", "Council Chamber, Civic Offices, Porthallow", "draft")],
        attendance=attendance,
        decisions=decisions,
    )
    return save_docx(doc, stem)


# ============================================================ B. Fire authority minutes, decision column


def paper_b():
    stem = "SFA_Minutes_23.03.22"
    D = "2022-03-23"
    body = "Sallowmere Fire Authority"
    doc = new_docx("Cambria", 10, margins_cm=1.8)
    header_footer(doc, "Sallowmere Fire Authority  |  Minutes  |  23 March 2022", page_style="n", header_align="left")
    para(doc, "SALLOWMERE FIRE AUTHORITY", bold=True, size=15)
    para(
        doc,
        "Minutes of the Meeting of the Sallowmere Fire Authority held at Fire and Rescue Service "
        "Headquarters, Kiln Lane, Ebbridge on Wednesday 23 March 2022 commencing at 14:00 hours",
    )
    para(doc, "These minutes were confirmed at the meeting of the Authority held on 18 May 2022.", italic=True, size=9)
    runs(
        doc,
        [
            ("PRESENT: ", True),
            (
                "Councillor Janet Oduya (Chair); Councillors Graham Petherick (Vice-Chair), "
                "Sunil Varma, Alison Treadwell, Connor McBride, Beatrix Holm and Desmond Farrant.",
                False,
            ),
        ],
    )
    runs(
        doc,
        [
            ("OFFICERS: ", True),
            (
                "Chief Fire Officer Lorna Beckwith; Deputy Chief Fire Officer Tariq Mahmood; "
                "Treasurer Philippa Rowe; Clerk and Monitoring Officer Simon Aldous.",
                False,
            ),
        ],
    )
    runs(doc, [("APOLOGIES: ", True), ("Councillors Hugh Penrose and Maria Lindqvist.", False)])
    attendance = [att(D, "Janet Oduya", "member", "Chair")]
    attendance += [
        att(D, n, "member", r)
        for n, r in (
            ("Graham Petherick", "Vice-Chair"),
            ("Sunil Varma", None),
            ("Alison Treadwell", None),
            ("Connor McBride", None),
            ("Beatrix Holm", None),
            ("Desmond Farrant", None),
        )
    ]
    attendance += [
        att(D, n, "in_attendance", r)
        for n, r in (
            ("Lorna Beckwith", "Chief Fire Officer"),
            ("Tariq Mahmood", "Deputy Chief Fire Officer"),
            ("Philippa Rowe", "Treasurer"),
            ("Simon Aldous", "Clerk and Monitoring Officer"),
        )
    ]
    attendance += [att(D, "Hugh Penrose", "apologies"), att(D, "Maria Lindqvist", "apologies")]
    R = [
        ("22/031", "APOLOGIES FOR ABSENCE\nApologies were received as recorded above.", ""),
        ("22/032", "DISCLOSABLE PECUNIARY INTERESTS\nNo interests were disclosed.", ""),
        (
            "22/033",
            "MINUTES OF THE PREVIOUS MEETING\nThe minutes of the meeting held on 26 January 2022 were submitted.",
            "RESOLVED that the minutes of the meeting held on 26 January 2022 be confirmed as a correct record.",
        ),
        (
            "22/034",
            "CHAIR’S ANNOUNCEMENTS\nThe Chair congratulated the crews from Ebbridge and Stowford who had "
            "attended the barn fire at Hollins Farm on 2 March, and reported on her visit to the new training "
            "tower at Wickham Cross.",
            "",
        ),
        (
            "22/035",
            "COMMUNITY RISK MANAGEMENT PLAN 2022-25\nThe Deputy Chief Fire Officer presented the outcome "
            "of the twelve-week consultation, which had drawn 1,412 responses. Most respondents supported the "
            "proposal to move the second appliance at Stowford to day-crewing; a minority raised concerns about "
            "night-time cover in the northern parishes. Members asked how attendance standards would be monitored "
            "and were told that a quarterly report would come to the Audit and Performance Committee.",
            "RESOLVED that\n(i) the Community Risk Management Plan 2022-25 be adopted; and\n(ii) the Chief Fire "
            "Officer publish the final plan by 1 April 2022.",
        ),
        (
            "22/036",
            "CAPITAL PROGRAMME 2022/23 TO 2026/27\nThe Treasurer presented the revised capital programme. "
            "The slippage on the fleet budget was explained by supply delays. Members discussed the condition of "
            "the two oldest aerial ladder platforms.",
            "AGREED that the replacement of two aerial ladder platforms be brought forward to 2022/23.",
        ),
        (
            "22/037",
            "PAY POLICY STATEMENT 2022/23\nThe Clerk presented the statutory pay policy statement, "
            "which set out the ratio between the highest and median salaries.",
            "RESOLVED that the Pay Policy Statement 2022/23 be approved for publication.",
        ),
        (
            "22/038",
            "HMICFRS INSPECTION – ACTION PLAN UPDATE\nThe Chief Fire Officer reported that 17 of the 23 "
            "actions were complete and that the remaining six related to the protection restructure.",
            "The Authority noted the progress made against the inspection action plan.",
        ),
        (
            "22/039",
            "TREASURY MANAGEMENT STRATEGY 2022/23\nThe Treasurer presented the treasury management "
            "strategy, the minimum revenue provision policy and the prudential indicators for 2022/23 to 2024/25. "
            "She explained that the Authority expected to borrow £4.5m during 2022/23 to fund the fleet and "
            "estates programmes, and that the authorised limit had been set with headroom for the earlier "
            "replacement of the aerial ladder platforms agreed at minute 22/036. Members asked about the exposure "
            "of the Authority’s short-term deposits to bank failure and were told that all deposits were placed "
            "within the counterparty limits recommended by the Authority’s treasury advisers.",
            "RESOLVED that the Treasury Management Strategy, the Minimum Revenue Provision Policy and the "
            "Prudential Indicators for 2022/23 be approved.",
        ),
        (
            "22/040",
            "PROTECTION STRATEGY – BUILDING SAFETY\nThe Deputy Chief Fire Officer reported on the "
            "work of the protection team following the Building Safety Act, including the inspection of 61 "
            "high-rise residential buildings and the recruitment of four additional fire safety inspectors. "
            "Members welcomed the progress but noted that two buildings in Ebbridge still had interim measures "
            "(waking watch) in place. The Chair asked that members be kept informed of any enforcement action.",
            "The Authority noted the report and thanked the protection team for its work.",
        ),
        (
            "22/041",
            "MEMBERS’ ALLOWANCES SCHEME 2022/23\nThe Clerk reported that the independent remuneration "
            "panel had recommended no change to the basic allowance and a small increase to the special "
            "responsibility allowance for the Chair of the Audit and Performance Committee. Councillor Farrant "
            "declared that he chaired that committee and did not vote.",
            "RESOLVED that the recommendations of the independent remuneration panel be accepted and the "
            "Members’ Allowances Scheme 2022/23 be adopted.",
        ),
        (
            "22/042",
            "QUESTIONS FROM MEMBERS\nCouncillor Holm asked about the response to grass fires during the "
            "dry spell in February. The Chief Fire Officer explained that wildfire units from Wickham Cross and "
            "Stowford had attended nine incidents and that a national wildfire framework would be adopted in the "
            "summer.",
            "",
        ),
        ("22/043", "DATE OF NEXT MEETING\nThe next meeting will be the Annual Meeting on 18 May 2022.", ""),
    ]
    rows = [["Minute", "Subject and discussion", "Decision"]] + [list(r) for r in R]
    t = table(doc, rows, [2.0, 10.0, 5.6], size=9.5, style=None, header_fill="E7E6E6")
    for r in range(1, len(rows)):
        set_cell(t.cell(r, 1), rows[r][1], size=9.5)
        first = t.cell(r, 1).paragraphs[0].runs[0]
        first.bold = True
    para(doc, "")
    para(doc, "The meeting closed at 16:05 hours.")
    para(doc, "Signed ……………………………………… Chair                Date ………………………")
    decisions = [
        dec(D, "22/033", "resolved", R[2][2]),
        dec(
            D,
            "22/035",
            "resolved",
            "RESOLVED that (i) the Community Risk Management Plan 2022-25 be adopted; and "
            "(ii) the Chief Fire Officer publish the final plan by 1 April 2022.",
        ),
        dec(D, "22/036", "agreed", R[5][2]),
        dec(D, "22/037", "resolved", R[6][2]),
        dec(D, "22/038", "noted", R[7][2]),
        dec(D, "22/039", "resolved", R[8][2]),
        dec(D, "22/040", "noted", R[9][2]),
        dec(D, "22/041", "resolved", R[10][2]),
    ]
    write_gold(
        stem,
        meetings=[meeting(body, D, "14:00", "Fire and Rescue Service Headquarters, Kiln Lane, Ebbridge", "approved")],
        attendance=attendance,
        decisions=decisions,
    )
    return save_docx(doc, stem)


# ============================================================ E. Fire authority agenda with summons


def paper_e():
    stem = "Fire-Authority-Agenda-18May22"
    D = "2022-05-18"
    doc = new_docx("Calibri", 11)
    header_footer(doc, None, footer_left="Sallowmere Fire Authority – Annual Meeting", page_style="n")
    para(doc, "Sallowmere Fire and Rescue Service", bold=True, size=12, align="right")
    para(doc, "Kiln Lane\nEbbridge\nSM4 7QT", align="right", size=10)
    para(doc, "Date: 9 May 2022", align="right", size=10)
    para(doc, "To: All Members of the Sallowmere Fire Authority")
    para(doc, "Dear Member,")
    para(
        doc,
        "You are summoned to attend the Annual Meeting of the Sallowmere Fire Authority to be held at Fire and "
        "Rescue Service Headquarters, Kiln Lane, Ebbridge on Wednesday 18 May 2022 at 14:00 hours for the "
        "transaction of the business set out on the following page.",
        align="justify",
    )
    para(
        doc,
        "Members are reminded that the meeting will be webcast and that the public may attend for all items "
        "other than those marked as exempt.",
        align="justify",
    )
    para(doc, "Yours faithfully,")
    para(doc, "Simon Aldous\nClerk to the Authority", bold=False)
    para(
        doc,
        "Membership: Councillors Janet Oduya, Graham Petherick, Sunil Varma, Alison Treadwell, Connor McBride, "
        "Beatrix Holm, Desmond Farrant, Hugh Penrose and Maria Lindqvist.",
        size=9,
        italic=True,
    )
    page_break(doc)
    para(doc, "AGENDA", bold=True, size=14, align="center")
    para(doc, "Part 1 – business to be considered in public", bold=True)
    A = [
        ("01", "Apologies for Absence", "", ""),
        ("02", "Election of Chair", "Members are asked to elect a Chair of the Authority for 2022/23.", "For decision"),
        (
            "03",
            "Election of Vice-Chair",
            "Members are asked to elect a Vice-Chair of the Authority for 2022/23.",
            "For decision",
        ),
        (
            "04",
            "Disclosable Pecuniary Interests",
            "Members are reminded that they must not take part in the "
            "discussion of, or vote on, any matter in which they have a disclosable pecuniary interest.",
            "",
        ),
        (
            "05",
            "Minutes",
            "Members are asked to agree the minutes, attached marked 5, of the meeting held on 23 March 2022.",
            "For decision",
        ),
        ("06", "Public Questions", "To receive any questions or petitions of which notice has been given.", ""),
        (
            "07",
            "Firefighters’ Pension Schemes – Annual Report",
            "This report, attached marked 7, gives the annual report of the Local Pension Board.",
            "For information",
        ),
        (
            "08",
            "Revenue and Capital Outturn 2021/22",
            "This report, attached marked 8, sets out the provisional outturn for the year.",
            "For decision",
        ),
        (
            "09",
            "Appointments to Committees and Outside Bodies",
            "This report, attached marked 9, asks the Authority to appoint members to its committees for 2022/23.",
            "For decision",
        ),
        (
            "10",
            "Exclusion of Press and Public",
            "To consider passing a resolution excluding the press and public "
            "for the following item under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.",
            "For decision",
        ),
        (
            "11",
            "Stowford Station Crewing Review (exempt)",
            "This report, attached marked 11, is not for publication.",
            "For decision",
        ),
    ]
    rows = [["Item no.", "Agenda Item", "Details", "Status"]] + [list(a) for a in A]
    table(doc, rows, [1.6, 4.4, 8.0, 2.6], size=9.5, header_fill="C00000")
    para(doc, "")
    para(doc, "Contact: Member Services, telephone 01632 960 418", size=9)
    write_gold(
        stem,
        meetings=[
            meeting(
                "Sallowmere Fire Authority",
                D,
                "14:00",
                "Fire and Rescue Service Headquarters, Kiln Lane, Ebbridge",
                None,
            )
        ],
        agenda_items=[item(D, a[0], a[1]) for a in A],
    )
    return save_docx(doc, stem)


# ============================================================ G. Panel actions and recommendations tracker


def paper_g():
    stem = "PCP-Actions-and-Recommendations-Tracker"
    doc = new_docx("Arial", 8.5, landscape=True, margins_cm=1.3)
    header_footer(
        doc, "Greyhithe Police and Crime Panel", footer_left="Actions and Recommendations Tracker", page_style="x of y"
    )
    para(doc, "Greyhithe Police and Crime Panel", bold=True, size=13)
    para(doc, "Actions and Recommendations Tracker – position as at 28 February 2022", bold=True, size=11)
    para(
        doc,
        "Status key: Complete – no further action; Ongoing – work under way; Not started; Superseded – "
        "overtaken by later decision of the Panel.",
        size=8,
        italic=True,
    )
    R = [
        (
            "PCP/21/04",
            "14/06/2021",
            "12/21",
            "Commissioner to provide a breakdown of the victims’ services budget by provider.",
            "PCC",
            "30/07/2021",
            "",
            "Complete",
            "Circulated to members on 22 July 2021.",
        ),
        (
            "PCP/21/05",
            "14/06/2021",
            "13/21",
            "Panel Support Officer to arrange a briefing on the force control room improvement plan.",
            "Panel Support Officer",
            "30/09/2021",
            "31/03/2022",
            "Ongoing",
            "Briefing postponed twice because of operational demand; new date being sought.",
        ),
        (
            "PCP/21/06",
            "14/06/2021",
            "14/21",
            "Recommend that the Commissioner publishes the Police and Crime Plan performance framework on her website.",
            "PCC",
            "31/08/2021",
            "",
            "Complete",
            "Published 18 August 2021.",
        ),
        (
            "PCP/21/07",
            "14/06/2021",
            "15/21",
            "Review the Panel’s complaints protocol in the light of the revised regulations.",
            "Legal Adviser",
            "TBC",
            "",
            "Superseded",
            "Replaced by the national model protocol adopted at minute 33/21.",
        ),
        (
            "PCP/21/09",
            "20/09/2021",
            "24/21",
            "Chief Executive to share the outcome of the review of the commissioning framework.",
            "OPCC Chief Executive",
            "30/11/2021",
            "",
            "Complete",
            "Summary report sent to members on 26 November 2021.",
        ),
        (
            "PCP/21/10",
            "20/09/2021",
            "25/21",
            "Provide comparative data on stop and search disproportionality with the most similar forces.",
            "PCC / Chief Constable",
            "29/11/2021",
            "07/02/2022",
            "Ongoing",
            "Data received from the force; comparative analysis in preparation.",
        ),
        (
            "PCP/21/11",
            "20/09/2021",
            "27/21",
            "Chief Finance Officer to set out the options for the use of the estates reserve.",
            "CFO",
            "29/11/2021",
            "",
            "Complete",
            "Covered in the precept report.",
        ),
        (
            "PCP/21/12",
            "29/11/2021",
            "33/21",
            "Adopt the model complaints protocol and publish it on the Panel’s web pages.",
            "Panel Support Officer",
            "31/12/2021",
            "",
            "Complete",
            "Published 14 December 2021.",
        ),
        (
            "PCP/21/13",
            "29/11/2021",
            "35/21",
            "Commissioner to report on the use of the rural crime unit in the eastern districts.",
            "PCC",
            "June 2022 meeting",
            "",
            "Not started",
            "Scheduled in the work programme for June 2022.",
        ),
        (
            "PCP/21/14",
            "29/11/2021",
            "36/21",
            "Arrange a visit by Panel members to the Porthallow custody suite.",
            "Panel Support Officer",
            "31/03/2022",
            "",
            "Not started",
            "Awaiting dates from the force.",
        ),
        (
            "PCP/21/15",
            "29/11/2021",
            "37/21",
            "Recommend that the Commissioner consults the Panel on the draft estates strategy before it is adopted.",
            "PCC",
            "28/02/2022",
            "30/04/2022",
            "Ongoing",
            "Draft strategy expected in April; timetable revised by the OPCC.",
        ),
        (
            "PCP/21/16",
            "29/11/2021",
            "38/21",
            "Chief Executive and Chief Finance Officer to brief members on the "
            "precept consultation results before the February meeting.",
            "OPCC Chief Executive & CFO",
            "31/01/2022",
            "",
            "Complete",
            "Briefing held on 24 January 2022.",
        ),
        (
            "PCP/21/17",
            "29/11/2021",
            "39/21",
            "Write to the Home Office about the timing of the grant settlement on behalf of the Panel.",
            "Chair",
            "17/12/2021",
            "",
            "Superseded",
            "Overtaken by the joint letter of the regional panels sent on 10 December 2021.",
        ),
        (
            "PCP/22/01",
            "07/02/2022",
            "45/22",
            "Commissioner to publish the allocation of the additional neighbourhood posts by district.",
            "PCC",
            "30/04/2022",
            "",
            "Not started",
            "Allocation to follow the force’s demand review.",
        ),
        (
            "PCP/22/02",
            "07/02/2022",
            "45/22",
            "Send the Panel’s report on the proposed precept to the Commissioner.",
            "Chair",
            "11/02/2022",
            "",
            "Complete",
            "Report sent 9 February 2022.",
        ),
        (
            "PCP/22/03",
            "07/02/2022",
            "47/22",
            "Include weekly non-emergency call answering figures in the quarterly performance report.",
            "OPCC Chief Executive",
            "13/06/2022",
            "",
            "Not started",
            "To be included from the quarter 4 report.",
        ),
        (
            "PCP/22/04",
            "07/02/2022",
            "49/22",
            "Add a report on the victims’ services contract to the June meeting.",
            "Panel Support Officer",
            "13/06/2022",
            "",
            "Ongoing",
            "Report requested from the OPCC.",
        ),
        (
            "PCP/22/05",
            "07/02/2022",
            "49/22",
            "Arrange a visit by Panel members to the force control room.",
            "Panel Support Officer",
            "TBC",
            "",
            "Not started",
            "Linked to PCP/21/05.",
        ),
        (
            "PCP/22/06",
            "07/02/2022",
            "46/22",
            "Provide a note on the use of out-of-court disposals for "
            "domestic abuse offences, including the scrutiny panel findings.",
            "PCC / Chief Constable",
            "31/03/2022",
            "",
            "Ongoing",
            "Scrutiny panel meets on 16 March 2022.",
        ),
    ]
    hdr = ["Ref", "Meeting", "Minute", "Action / recommendation", "Lead", "Target date", None, "Status", "Comment"]
    sub = [None, None, None, None, None, "Original", "Revised", None, None]
    rows = [hdr, sub] + [list(r) for r in R]
    widths = [2.0, 1.9, 1.4, 6.8, 3.0, 2.0, 2.0, 2.0, 6.0]
    t = table(doc, rows, widths, header_rows=2, size=8, header_fill="BDD7EE")
    t.cell(0, 5).merge(t.cell(0, 6))
    set_cell(t.cell(0, 5), "Target date", bold=True, size=8, align="center")
    for c in (0, 1, 2, 3, 4, 7, 8):
        keep = hdr[c]
        t.cell(0, c).merge(t.cell(1, c))
        set_cell(t.cell(0, c), keep, bold=True, size=8)
    owners_map = {
        "PCC": ["Police and Crime Commissioner"],
        "Panel Support Officer": ["Panel Support Officer"],
        "Legal Adviser": ["Legal Adviser"],
        "OPCC Chief Executive": ["Chief Executive"],
        "PCC / Chief Constable": ["Police and Crime Commissioner", "Chief Constable"],
        "CFO": ["Chief Finance Officer"],
        "OPCC Chief Executive & CFO": ["Chief Executive", "Chief Finance Officer"],
        "Chair": ["Chair"],
    }

    def iso(d):
        if not d or "/" not in d:
            return None
        dd, mm, yy = d.split("/")
        return f"{yy}-{mm}-{dd}"

    actions = []
    for ref, meet, minute_no, text, lead, orig, rev, status, _ in R:
        target = iso(rev) or iso(orig)
        actions.append(
            act(
                text,
                ref,
                iso(meet),
                minute_no,
                owners_map[lead],
                target,
                "closed" if status in ("Complete", "Superseded") else "open",
                lead,
                rev or orig,
            )
        )
    write_gold(stem, agenda_items=[], actions=actions)
    return save_docx(doc, stem)


# ============================================================ I. Strategic risk register, several rows a risk


def paper_i():
    stem = "Mardenshire-Strategic-Risk-Register-Q2-2022-23"
    doc = new_docx("Verdana", 9.5, margins_cm=1.8)
    header_footer(
        doc,
        "OFFICIAL – Mardenshire Constabulary and Office of the Police and Crime Commissioner",
        footer_left="Joint Strategic Risk Register Q2 2022/23",
        page_style="x of y",
    )
    para(doc, "Mardenshire Constabulary and OPCC", bold=True, size=13)
    para(doc, "Joint Strategic Risk Register – Quarter 2 2022/23", bold=True, size=12)
    para(
        doc,
        "Scoring: Likelihood (L) 1–5 × Impact (I) 1–5. Inherent = before controls; Residual = with existing "
        "controls; Target = after planned actions. Scores of 15 and above are escalated to the Joint "
        "Audit Committee.",
        size=8,
        italic=True,
    )
    RISKS = [
        (
            "Protecting vulnerable people",
            "MSR01",
            "The force fails to identify and safeguard children at risk of exploitation because information held by "
            "partner agencies is not shared in time.",
            "Inconsistent referral routes; vacancies in the central referral unit; different case systems across "
            "the three local authorities.",
            "Serious harm to children; reputational damage; critical inspection findings.",
            "Multi-agency safeguarding hub; daily risk meetings; exploitation screening tool; audit of referrals.",
            "DCC",
            "06/09/2022",
            (4, 5, 20),
            (3, 5, 15),
            (2, 4, 8),
        ),
        (
            "Protecting vulnerable people",
            "MSR02",
            "Demand from missing person reports exceeds the capacity of investigation teams.",
            "Rising reports from care homes; limited out-of-hours partner provision.",
            "Delayed searches; risk to life; officer wellbeing.",
            "Missing person coordinators; Philomena protocol with care providers; daily demand review.",
            "ACC Local Policing",
            "12/09/2022",
            (4, 4, 16),
            (3, 4, 12),
            (2, 3, 6),
        ),
        (
            "Sound finances and resources",
            "MSR03",
            "The medium-term financial plan cannot be balanced without reductions to frontline services.",
            "Inflation above planning assumptions; pay awards not fully funded; energy costs.",
            "Reduced officer numbers; loss of public confidence; failure to meet uplift commitments.",
            "Quarterly budget monitoring; savings programme board; reserves strategy; lobbying on funding formula.",
            "CFO",
            "14/09/2022",
            (5, 4, 20),
            (4, 4, 16),
            (3, 3, 9),
        ),
        (
            "Sound finances and resources",
            "MSR04",
            "Recruitment and retention of detectives falls below the level needed to meet investigative demand.",
            "National shortage of accredited detectives; competition from neighbouring forces.",
            "Larger caseloads; slower charging decisions; lower victim satisfaction.",
            "Detective entry programme; retention payments; tutoring capacity review.",
            "Director of People",
            "30/08/2022",
            (4, 4, 16),
            (4, 3, 12),
            (3, 3, 9),
        ),
        (
            "Trusted and effective technology",
            "MSR05",
            "A cyber attack disrupts access to core policing systems for more than 24 hours.",
            "Legacy infrastructure; phishing; supplier vulnerabilities.",
            "Loss of command and control; data breach; regulatory sanction.",
            "Network monitoring; penetration testing; backups held off site; business continuity plans tested twice "
            "a year.",
            "Head of Digital Services",
            "21/09/2022",
            (3, 5, 15),
            (2, 5, 10),
            (2, 4, 8),
        ),
        (
            "Trusted and effective technology",
            "MSR06",
            "The national replacement of the airwave radio network is delayed, extending reliance on ageing "
            "handsets and control room equipment.",
            "National programme slippage; end of supplier support for current devices.",
            "Loss of communications at critical incidents; rising maintenance costs.",
            "Device refresh for frontline users; regional resilience arrangements; monthly supplier reviews.",
            "ACC Operations",
            "09/09/2022",
            (4, 4, 16),
            (3, 4, 12),
            (2, 4, 8),
        ),
        (
            "Public trust and confidence",
            "MSR07",
            "Public confidence falls because of misconduct by officers and staff reported locally or nationally.",
            "National incidents; vetting backlog; slow conclusion of misconduct cases.",
            "Reduced reporting of crime; fewer recruits; damage to relationships with communities.",
            "Professional standards department; counter-corruption unit; re-vetting programme; community "
            "scrutiny panels.",
            "DCC",
            "13/09/2022",
            (4, 5, 20),
            (3, 4, 12),
            (2, 3, 6),
        ),
        (
            "Public trust and confidence",
            "MSR08",
            "The Commissioner’s commissioned victim services do not meet the standards of the Victims’ Code.",
            "Contract changes; provider capacity; rising referrals from the force.",
            "Victims not supported; complaints; statutory non-compliance.",
            "Contract management meetings; quarterly performance returns; victim satisfaction survey.",
            "OPCC Chief Executive",
            "02/09/2022",
            (3, 4, 12),
            (2, 4, 8),
            (2, 3, 6),
        ),
    ]
    owners_note = []
    risks_gold = []
    current_obj = None
    rows, shaded, merged = [], [], []
    for obj, ref, desc, causes, cons, ctrls, owner, reviewed, inh, res, tgt in RISKS:
        if obj != current_obj:
            current_obj = obj
            rows.append([f"Strategic priority: {obj}", "", "", ""])
            merged.append(len(rows) - 1)
            shaded.append((len(rows) - 1, "8EAADB"))
        rows.append([ref, desc, "", ""])
        merged.append(len(rows) - 1)
        shaded.append((len(rows) - 1, "DEEAF6"))
        further = "Review of controls at the next Chief Officer Group; deep dive by the Joint Audit Committee."
        for label, text in (
            ("Causes", causes),
            ("Consequences", cons),
            ("Existing controls", ctrls),
            ("Further actions", further),
            ("Risk owner", owner),
            ("Last reviewed", reviewed),
        ):
            rows.append([label, text, "", ""])
            merged.append(len(rows) - 1)
        rows.append(["Scores", "Inherent (L × I)", "Residual (L × I)", "Target (L × I)"])
        rows.append(
            [
                "",
                f"{inh[0]} × {inh[1]} = {inh[2]}",
                f"{res[0]} × {res[1]} = {res[2]}",
                f"{tgt[0]} × {tgt[1]} = {tgt[2]}",
            ]
        )
        d, m, y = reviewed.split("/")
        iso = f"{y}-{m}-{d}"
        risks_gold.append(
            risk(
                ref,
                obj,
                desc,
                [
                    rating("inherent", "Inherent (L × I)", *inh, iso),
                    rating("current", "Residual (L × I)", *res, iso),
                    rating("target", "Target (L × I)", *tgt, iso),
                ],
            )
        )
        owners_note.append(owner)
    t = table(doc, [["Ref", "Risk", "", ""]] + rows, [3.2, 4.6, 4.6, 4.6], size=9, header_fill="1F3864")
    t.cell(0, 1).merge(t.cell(0, 3))
    set_cell(t.cell(0, 1), "Risk", bold=True, size=8.5)
    for r in merged:
        keep = rows[r][1]
        if r in [s[0] for s in shaded if s[1] == "8EAADB"]:
            t.cell(r + 1, 0).merge(t.cell(r + 1, 3))
            set_cell(t.cell(r + 1, 0), rows[r][0], bold=True, size=9)
        else:
            t.cell(r + 1, 1).merge(t.cell(r + 1, 3))
            set_cell(t.cell(r + 1, 1), keep, size=8.5)
            set_cell(t.cell(r + 1, 0), rows[r][0], bold=True, size=8.5)
    for r, fill in shaded:
        for c in range(4):
            shade(t.cell(r + 1, c), fill)
    para(doc, "")
    para(doc, "Direction of travel since Quarter 1: MSR03 increased (inflation); all other risks unchanged.", size=8)
    write_gold(stem, agenda_items=[], risks=risks_gold)
    return save_docx(doc, stem)


# ============================================================ K. Accountability board pack with item cover sheets


def paper_k():
    stem = "Accountability-Board-Public-Pack-12-10-2022"
    D, P = "2022-10-12", "2022-09-14"
    body = "Tollbridge Police and Crime Commissioner Accountability Board"
    venue = "Conference Room, Alderwick House, Tollbridge"
    doc = new_docx("Georgia", 10.5)
    header_footer(
        doc, "Accountability Board – 12 October 2022 – Public Pack", page_style="x of y", footer_left="OFFICIAL"
    )

    def cover(item_no, title, lines, brk=True):
        if brk:
            page_break(doc)
        para(doc, "")
        para(doc, "")
        para(doc, f"AGENDA ITEM {item_no}", bold=True, size=20, align="center")
        para(doc, title, bold=True, size=14, align="center")
        for ln in lines:
            para(doc, ln, align="center")

    # cover page
    for _ in range(5):
        para(doc, "")
    para(doc, "TOLLBRIDGE POLICE AND CRIME COMMISSIONER", bold=True, size=16, align="center")
    para(doc, "ACCOUNTABILITY BOARD", bold=True, size=20, align="center")
    para(doc, "Wednesday 12 October 2022", size=13, align="center")
    para(doc, "Public document pack", italic=True, align="center")
    page_break(doc)
    para(doc, "Contents", bold=True, size=14)
    for line in (
        "Agenda ........................................................... 3",
        "Item 2 – Minutes of the meeting held on 14 September 2022 .......... 4",
        "Item 3 – Action log ................................................ 6",
        "Item 4 – Finance summary, month 5 ............................... 8",
        "Item 6 – Joint strategic risk register (extract) ..................... 10",
        "Item 7 – Glossary of terms ....................................... 12",
    ):
        para(doc, line)
    page_break(doc)
    para(doc, "Tollbridge Police and Crime Commissioner – Accountability Board", bold=True, size=13)
    para(doc, "AGENDA", bold=True, size=13)
    for lbl, val in (
        ("Date:", "Wednesday 12 October 2022"),
        ("Time:", "10:00 – 12:00"),
        ("Venue:", venue),
        ("Chair:", "Helena Marchetti, Police and Crime Commissioner"),
    ):
        runs(doc, [(lbl + "\t", True), (val, False)])
    A = [
        ("1", "Welcome and apologies", "PCC", "Verbal"),
        ("2", "Minutes of the meeting held on 14 September 2022", "PCC", "Paper"),
        ("3", "Action log", "Chief Executive", "Paper"),
        ("4", "Finance summary – month 5", "Chief Finance Officer", "Paper"),
        ("5", "Neighbourhood policing update", "Chief Constable", "Presentation"),
        ("6", "Joint strategic risk register", "Chief Executive", "Paper"),
        ("7", "Glossary of terms", "Chief Executive", "For information"),
        ("8", "Any other business", "PCC", "Verbal"),
    ]
    table(
        doc,
        [["Item", "Subject", "Lead", "Paper"]] + [list(a) for a in A],
        [1.6, 8.2, 4.0, 3.0],
        size=10,
        style="Light Grid Accent 1",
        header_fill=None,
    )
    para(doc, "")
    para(doc, "Next meeting: Wednesday 9 November 2022, 10:00.", italic=True)

    # item 2: minutes
    cover("2", "Minutes of the meeting held on 14 September 2022", ["Status: DRAFT – for approval", "Lead: PCC"])
    page_break(doc)
    para(doc, "Tollbridge Police and Crime Commissioner Accountability Board", bold=True, size=12)
    para(doc, "DRAFT MINUTES of the meeting held on Wednesday 14 September 2022 at 10:00, " + venue, bold=True)
    ppl = [
        ("Helena Marchetti", "Police and Crime Commissioner (Chair)", "HM", "member"),
        ("Duncan Rourke", "Chief Constable", "DR", "member"),
        ("Sian Pryor", "Deputy Chief Constable", "SP", "member"),
        ("Martin Quayle", "Chief Executive, OPCC", "MQ", "member"),
        ("Aisha Bello", "Chief Finance Officer, OPCC", "AB", "member"),
        ("Ewan Grange", "Chief Superintendent, Local Policing", "EG", "in_attendance"),
        ("Nicola Verity", "Head of Performance, OPCC", "NV", "in_attendance"),
        ("Leo Brandt", "Assistant Chief Constable", "LB", "apologies"),
    ]
    rows = [["Name", "Role", "Initials"]]
    for label, kind in (("Present", "member"), ("In attendance", "in_attendance"), ("Apologies", "apologies")):
        rows.append([label, "", ""])
        rows += [[n, r, i] for n, r, i, k in ppl if k == kind]
    t = table(doc, rows, [5.5, 8.0, 2.5], size=9.5)
    for r, row in enumerate(rows):
        if row[0] in ("Present", "In attendance", "Apologies") and row[1] == "":
            t.cell(r, 0).merge(t.cell(r, 2))
            set_cell(t.cell(r, 0), row[0], bold=True, size=9.5)
            shade(t.cell(r, 0), "F2F2F2")
    attendance = [att(P, n, k, r) for n, r, i, k in ppl]
    M = [
        (
            "1",
            "Welcome and apologies",
            ["1.1 The Commissioner welcomed those present. Apologies were received from ACC Brandt."],
        ),
        (
            "2",
            "Minutes and matters arising",
            [
                "2.1 The minutes of the meeting held on 10 August 2022 were agreed as a true record.",
                "2.2 The Board approved the closure of actions TAB/22/09 and TAB/22/11.",
            ],
        ),
        (
            "3",
            "Action log",
            [
                "3.1 MQ took the Board through the open actions. TAB/22/12 would remain open until the "
                "revised vetting figures were available."
            ],
        ),
        (
            "4",
            "Finance summary – month 4",
            [
                "4.1 AB presented Item 4, the finance summary for month 4, which forecast an overspend of £0.6m on "
                "overtime and fuel. The Chief Constable set out the controls on overtime now in place.",
                "4.2 The Commissioner approved the virement of £250,000 from the estates budget to the fleet budget.",
                "Action: AB to include a forecast of the full-year energy costs in the month 5 summary.",
            ],
        ),
        (
            "5",
            "Neighbourhood policing",
            [
                "5.1 EG gave a presentation on the first six months of the neighbourhood policing model.",
                "5.2 The Board agreed that ward-level performance data be published quarterly from January 2023.",
                "Action: SP and EG to publish the first quarterly ward profiles by 31 January 2023.",
            ],
        ),
        ("6", "Any other business", ["6.1 None."]),
    ]
    for no, head, paras_ in M:
        para(doc, f"{no}. {head}", bold=True, style="Heading 3")
        for text in paras_:
            para(doc, text, indent_cm=0.6, italic=text.startswith("Action:"))
    para(doc, "")
    para(doc, "Signed (Chair) ………………………………            Date ………………")
    decisions = [
        dec(P, "2.2", "approved", "The Board approved the closure of actions TAB/22/09 and TAB/22/11."),
        dec(
            P,
            "4.2",
            "approved",
            "The Commissioner approved the virement of £250,000 from the estates budget to the fleet budget.",
        ),
        dec(
            P,
            "5.2",
            "agreed",
            "The Board agreed that ward-level performance data be published quarterly from January 2023.",
        ),
    ]

    # item 3: action log
    cover("3", "Action log", ["Lead: Chief Executive", "For noting"])
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    para(doc, "Accountability Board – Action Log", bold=True, size=13)
    para(doc, "Updated 5 October 2022", italic=True)
    L = [
        (
            "TAB/22/09",
            "13/07/2022",
            "3",
            "Provide the Board with the outcome of the custody inspection action plan.",
            "DCC",
            "10/08/2022",
            "Closed",
            "Closed at September meeting.",
        ),
        (
            "TAB/22/10",
            "13/07/2022",
            "5",
            "Review the use of agency staff in the control room and report costs.",
            "CFO",
            "12/10/2022",
            "Open",
            "On agenda for October.",
        ),
        (
            "TAB/22/11",
            "10/08/2022",
            "4",
            "Circulate the draft Police and Crime Plan annual report to members.",
            "Chief Executive",
            "31/08/2022",
            "Closed",
            "Circulated 26 August.",
        ),
        (
            "TAB/22/12",
            "10/08/2022",
            "6",
            "Report the vetting backlog by vetting level.",
            "Force",
            "Next meeting",
            "Open",
            "Awaiting revised figures.",
        ),
        (
            "TAB/22/13",
            "14/09/2022",
            "4",
            "AB to include a forecast of the full-year energy costs in the month 5 summary.",
            "AB",
            "12/10/2022",
            "Complete",
            "Included in Item 4.",
        ),
        (
            "TAB/22/14",
            "14/09/2022",
            "5",
            "SP and EG to publish the first quarterly ward profiles by 31 January 2023.",
            "SP / EG",
            "31/01/2023",
            "Open",
            "Data specification agreed.",
        ),
    ]
    table(
        doc,
        [["Ref", "Date raised", "Item", "Action", "Owner", "Due", "Status", "Update"]] + [list(x) for x in L],
        [2.3, 2.5, 1.4, 7.5, 2.6, 2.3, 2.0, 5.0],
        size=9,
        header_fill="D9E2F3",
    )
    own = {
        "DCC": ["Deputy Chief Constable"],
        "CFO": ["Chief Finance Officer"],
        "Chief Executive": ["Chief Executive"],
        "Force": ["Tollbridge Constabulary"],
        "AB": ["Aisha Bello"],
        "SP / EG": ["Sian Pryor", "Ewan Grange"],
    }

    def iso(d):
        if "/" not in d:
            return None
        dd, mm, yy = d.split("/")
        return f"{yy}-{mm}-{dd}"

    actions = [
        act(a, ref, iso(raised), it, own[o], iso(due), "closed" if st in ("Closed", "Complete") else "open", o, due)
        for ref, raised, it, a, o, due, st, _ in L
    ]

    # item 4: finance summary (not a record)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    cover("4", "Finance summary – month 5", ["Report of the Chief Finance Officer", "For information"], brk=False)
    page_break(doc)
    para(doc, "Finance summary – month 5 (to 31 August 2022)", bold=True, size=13)
    para(doc, "1. Purpose of report", bold=True)
    para(
        doc,
        "1.1 This report summarises the revenue and capital position of the Commissioner and the Chief "
        "Constable at the end of August 2022.",
    )
    para(doc, "2. Revenue position", bold=True)
    table(
        doc,
        [
            ["Budget line", "Annual budget £000", "Forecast £000", "Variance £000"],
            ["Police officer pay", "98,420", "98,110", "(310)"],
            ["Police staff pay", "41,260", "40,870", "(390)"],
            ["Overtime", "3,150", "3,720", "570"],
            ["Premises and energy", "6,480", "7,010", "530"],
            ["Transport and fuel", "3,020", "3,190", "170"],
            ["Supplies and services", "14,870", "14,320", "(550)"],
            ["OPCC and commissioning", "4,110", "4,010", "(100)"],
            ["Total", "171,310", "171,230", "(80)"],
        ],
        [6.0, 3.5, 3.5, 3.5],
        size=9.5,
    )
    para(doc, "3. Recommendation", bold=True)
    para(doc, "3.1 The Board is asked to note the forecast position and the pressures on energy and overtime.")

    # item 6: risk register extract
    cover("6", "Joint strategic risk register (extract)", ["Lead: Chief Executive", "For assurance"])
    page_break(doc)
    para(doc, "Joint Strategic Risk Register – extract of red risks", bold=True, size=13)
    para(doc, "As at 30 September 2022", italic=True)
    RR = [
        (
            "JSR2",
            "Public confidence falls following national incidents involving police misconduct.",
            "CC",
            (4, 4, 16),
            (3, 4, 12),
        ),
        (
            "JSR5",
            "The force control room cannot meet call-handling standards at periods of peak demand.",
            "DCC",
            (5, 4, 20),
            (4, 4, 16),
        ),
        (
            "JSR7",
            "Capital receipts from the sale of surplus buildings are lower than planned.",
            "CFO",
            (3, 4, 12),
            (3, 3, 9),
        ),
    ]
    rows = [
        ["Ref", "Risk", "Owner", "Inherent", None, None, "Residual", None, None],
        [None, None, None, "L", "I", "Score", "L", "I", "Score"],
    ]
    rows += [[r, d, o, *map(str, a), *map(str, b)] for r, d, o, a, b in RR]
    t = table(doc, rows, [1.4, 7.0, 1.4, 1.0, 1.0, 1.2, 1.0, 1.0, 1.2], header_rows=2, size=9)
    t.cell(0, 3).merge(t.cell(0, 5))
    set_cell(t.cell(0, 3), "Inherent", bold=True, size=9, align="center")
    t.cell(0, 6).merge(t.cell(0, 8))
    set_cell(t.cell(0, 6), "Residual", bold=True, size=9, align="center")
    for c in (0, 1, 2):
        keep = rows[0][c]
        t.cell(0, c).merge(t.cell(1, c))
        set_cell(t.cell(0, c), keep, bold=True, size=9)
    risks_gold = [
        risk(
            r,
            None,
            d,
            [rating("inherent", "Inherent", *a, "2022-09-30"), rating("current", "Residual", *b, "2022-09-30")],
        )
        for r, d, o, a, b in RR
    ]

    # item 7: glossary (not a record)
    cover("7", "Glossary of terms", ["For information"])
    page_break(doc)
    para(doc, "Glossary of terms", bold=True, size=13)
    table(
        doc,
        [
            ["Term", "Meaning"],
            ["ACC", "Assistant Chief Constable"],
            ["CFO", "Chief Finance Officer"],
            ["HMICFRS", "His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services"],
            ["MTFP", "Medium-term financial plan"],
            ["OPCC", "Office of the Police and Crime Commissioner"],
            ["RAG", "Red, amber, green rating"],
            ["Virement", "A transfer of budget between budget lines"],
        ],
        [4.0, 12.0],
        size=9.5,
    )
    write_gold(
        stem,
        meetings=[meeting(body, D, "10:00", venue, None), meeting(body, P, "10:00", venue, "draft")],
        attendance=attendance,
        agenda_items=[item(D, a, b, c) for a, b, c, _ in A],
        decisions=decisions,
        actions=actions,
        risks=risks_gold,
    )
    return save_docx(doc, stem)


ALL = [paper_a, paper_b, paper_e, paper_g, paper_i, paper_k]


# ============================================================ M. Chief officer group minutes, label table + Name·Role


def paper_m():
    stem = "COG_Strategic_7_June_2022"
    D = "2022-06-07"
    body = "Chief Officer Group – Strategic"
    venue = "Chief Constable’s Conference Room, Police Headquarters, Kettleby and via Microsoft Teams"
    doc = new_docx("Trebuchet MS", 10)
    header_footer(
        doc,
        "OFFICIAL",
        footer_left="Chief Officer Group – Strategic – 7 June 2022",
        page_style="x of y",
        header_align="center",
    )
    para(doc, "Mardenshire Constabulary", bold=True, size=12)
    para(doc, "Chief Officer Group – Strategic", bold=True, size=15)
    rows = [
        ["Title:", "Chief Officer Group – Strategic"],
        ["Date:", "Tuesday 7 June 2022"],
        ["Time:", "09:00"],
        ["Venue:", venue],
        ["Status:", "Approved by COG on 5 July 2022"],
    ]
    table(doc, rows, [3.0, 14.0], header_rows=0, size=10, style=None, header_fill=None)
    para(doc, "")
    P = [
        ("CC Rowan Mercer (RM) (Chair)", "Rowan Mercer", "Chief Constable"),
        ("DCC Abigail Short (AS)", "Abigail Short", "Deputy Chief Constable"),
        ("ACC Femi Adeyemi (FA)", "Femi Adeyemi", "Local Policing"),
        ("ACO Miriam Castell (MC)", "Miriam Castell", "Director of People"),
        ("PSE Patrick Doyle (PD)", "Patrick Doyle", "Force Chief Finance Officer"),
        ("PSE Laurence Obi (LO)", "Laurence Obi", "Head of Digital Services"),
        ("Supt Nadia Frost (NF) (item 3)", "Nadia Frost", "Rural and Wildlife Crime Lead"),
        ("PSE Grace Whitfield (GW) (items 4 to 5)", "Grace Whitfield", "Head of Corporate Communications"),
    ]
    table(doc, [["Name", "Role"]] + [[a, c] for a, _, c in P], [7.0, 10.0], size=9.5, header_fill="DDEBF7")
    runs(doc, [("By invitation: ", True), ("DCI Omar Fielding (item 4), Regional Organised Crime Unit", False)])
    runs(doc, [("Apologies: ", True), ("ACC Harriet Vance", False)])
    attendance = [att(D, n, "member", r) for _, n, r in P]
    attendance += [
        att(D, "Omar Fielding", "in_attendance", "Regional Organised Crime Unit"),
        att(D, "Harriet Vance", "apologies", "ACC"),
    ]
    S = [
        (
            "1",
            "Previous record and actions",
            [
                "The record of the meeting held on 3 May 2022 was approved without amendment.",
                "Action 22/041 – discharged.",
                "Action 22/044 – the update was noted; the action remains open until the revised vetting figures are "
                "available.",
            ],
            None,
        ),
        (
            "2",
            "Force performance – May 2022",
            [
                "AS presented the monthly performance pack. Emergency response times were within target in all "
                "three districts; the non-emergency abandonment rate had fallen to 14 per cent. Neighbourhood "
                "officers continued to be abstracted to response duties on weekend nights.",
                "The Chief Officer Group agreed that neighbourhood abstractions be reported weekly to the DCC until "
                "the end of September.",
            ],
            (
                "22/052",
                "FA to review the abstraction policy for neighbourhood officers and report to COG.",
                ["Femi Adeyemi"],
                "30/06/2022",
            ),
        ),
        (
            "3",
            "Rural crime – summer operations",
            [
                "NF outlined the summer operation plan, including joint patrols with the national park rangers and "
                "the use of drones for hare coursing. PD confirmed that the overtime would be met from the "
                "operational contingency.",
                "The Chief Officer Group approved the summer rural crime operation plan.",
            ],
            None,
        ),
        (
            "4",
            "Serious and organised crime – regional tasking",
            [
                "DCI Fielding briefed COG on the regional tasking process and the three organised crime groups "
                "currently mapped to Mardenshire. Members discussed the demand on the force’s surveillance teams.",
                "The briefing was noted.",
            ],
            (
                "22/053",
                "AS and LO to scope the case for a shared digital forensics unit with the region.",
                ["Abigail Short", "Laurence Obi"],
                "Q2 2022/23",
            ),
        ),
        (
            "5",
            "Communications – PEEL publication",
            [
                "GW set out the plan for the publication of the PEEL inspection report, including briefings for "
                "staff, partners and the Commissioner’s office.",
                "The Chief Officer Group endorsed the communications plan.",
            ],
            (
                "22/054",
                "GW to circulate the staff briefing pack to all supervisors before publication day.",
                ["Grace Whitfield"],
                "24/06/2022",
            ),
        ),
        ("6", "Any other business", ["None."], None),
    ]
    for no, head, paras_, action in S:
        para(doc, f"{no}.  {head}", bold=True, style="Heading 2")
        for text in paras_:
            para(doc, text, align="justify")
        if action:
            ref, text, _, due = action
            runs(doc, [(f"Action {ref} – ", True), (text, False), (f"  Due: {due}", True)])
    para(doc, "")
    para(doc, "Record approved by: CC Rowan Mercer                Date: 5 July 2022", italic=True)
    decisions = [
        dec(
            D,
            "2",
            "agreed",
            "The Chief Officer Group agreed that neighbourhood abstractions be reported weekly to "
            "the DCC until the end of September.",
        ),
        dec(D, "3", "approved", "The Chief Officer Group approved the summer rural crime operation plan."),
        dec(D, "5", "endorsed", "The Chief Officer Group endorsed the communications plan."),
    ]
    actions = []
    for no, _, _, action in S:
        if action:
            ref, text, owners, due = action
            target = None
            if due.count("/") == 2:
                dd, mm, yy = due.split("/")
                target = f"{yy}-{mm}-{dd}"
            actions.append(act(text, ref, D, no, owners, target, "open", text.split(" to ")[0], due))
    write_gold(
        stem,
        meetings=[meeting(body, D, "09:00", venue, "approved")],
        attendance=attendance,
        decisions=decisions,
        actions=actions,
    )
    return save_docx(doc, stem)


ALL.append(paper_m)
