"""04: Executive Board action tracker (Word -> LibreOffice, landscape). Rows break across pages,
header row is not repeated, closed actions are struck through (and keep a status word)."""

from lib import act, add_field, cell_text, docx_base, para, save_docx_pdf, set_col_widths, write_gold

STEM = "2018-11-06-Quenby-Executive-Board-action-tracker"

# ref, meeting (printed, iso), item, action, owner printed, owners, target printed, target iso, update, status printed
ACTIONS = [
    (
        "EB/18/04",
        "12/03/2018",
        "2018-03-12",
        "5",
        "Produce an options paper on the future of the front counters at Elmstead and Brook Norton, setting out footfall, opening hours and staffing costs for each site.",
        "ACC (Ops)",
        ["Assistant Chief Constable"],
        "30/06/2018",
        "2018-06-30",
        "09/07/18: Options paper presented to EB. Elmstead to be retained with reduced hours; Brook Norton counter to close from 1 October and be replaced by a weekly surgery.",
        "Closed",
    ),
    (
        "EB/18/06",
        "12/03/2018",
        "2018-03-12",
        "7",
        "Confirm the revenue consequences of the ANPR camera expansion for the medium term financial plan.",
        "CFO",
        ["Chief Finance Officer"],
        "14th Aug 2018",
        "2018-08-14",
        "13/08/18: Included in the MTFP refresh presented to EB; running costs of £86k a year from 2019/20.",
        "Complete",
    ),
    (
        "EB/18/09",
        "09/04/2018",
        "2018-04-09",
        "4",
        "Review the process for recording stop and search encounters on mobile devices and report on the data quality issues identified by the independent scrutiny panel.",
        "DCC / Head of Information Management",
        ["Deputy Chief Constable", "Head of Information Management"],
        "31/07/2018\nRevised 30/11/2018",
        "2018-11-30",
        "06/11/18: Second dip sample of 200 records completed; 14% still missing the grounds field. Scrutiny panel to see results at its November meeting.\n"
        "10/09/18: Initial review complete. Panel asked for a further sample before sign-off, revised date agreed by EB.\n"
        "11/06/18: Information Management have extracted the first sample and the review has started.",
        "Open",
    ),
    (
        "EB/18/11",
        "09/04/2018",
        "2018-04-09",
        "6",
        "Develop a joint communications plan with the OPCC for the precept consultation 2019/20.",
        "Chief Exec OPCC / Head of Corporate Comms",
        ["Chief Executive", "Head of Corporate Comms"],
        "w/c 17/09/18",
        "2018-09-17",
        "06/11/18: Survey launched 1 November and runs to 14 December; 1,150 responses in the first five days.\n"
        "14/09/18: Draft plan shared with Chief Exec; focus groups booked in Elmstead and Quenby town.",
        "Open",
    ),
    (
        "EB/18/14",
        "14/05/2018",
        "2018-05-14",
        "5",
        "Bring the HMICFRS PEEL efficiency action plan to the Board, with an owner and a date against every area for improvement.",
        "DCC",
        ["Deputy Chief Constable"],
        "Next EB",
        None,
        "08/10/18: Deferred to December EB at the request of the DCC, pending the publication of the 2018 inspection report.",
        "On hold",
    ),
    (
        "EB/18/15",
        "14/05/2018",
        "2018-05-14",
        "8",
        "Provide members with the evaluation of the body worn video rollout, including the complaints data for the six months before and after rollout.",
        "ACC (Ops)",
        ["Assistant Chief Constable"],
        "Dec-18",
        None,
        "06/11/18: Evaluation commissioned from Quenby University; fieldwork under way with response and neighbourhood teams. "
        "Complaints data for the before period has been supplied by Professional Standards.\n"
        "13/08/18: Scope agreed with the university.",
        "Open",
    ),
    (
        "EB/18/19",
        "11/06/2018",
        "2018-06-11",
        "3",
        "Circulate the revised scheme of consent and delegation to all chief officers and OPCC senior staff.",
        "Chief Exec OPCC",
        ["Chief Executive"],
        "31/07/2018",
        "2018-07-31",
        "27/07/18: Circulated by email and published on the intranet.",
        "Closed",
    ),
    (
        "EB/18/21",
        "09/07/2018",
        "2018-07-09",
        "6",
        "Agree the terms of reference of the joint estates board with Quenby Fire and Rescue Service.",
        "PCC / CC",
        ["Police and Crime Commissioner", "Chief Constable"],
        "30.11.18",
        "2018-11-30",
        "06/11/18: First meeting of the joint board held 24/10/18. Terms of reference to be ratified at its next meeting on 21/11/18.",
        "Open",
    ),
    (
        "EB/18/24",
        "13/08/2018",
        "2018-08-13",
        "4",
        "Report on the use of overtime in the contact centre over the summer and its effect on 999 and 101 call answering times.",
        "Head of Contact Management",
        ["Head of Contact Management"],
        "08/10/2018",
        "2018-10-08",
        "08/10/18: Report taken at EB - see minute 5 of that meeting. No further action.",
        "Discharged",
    ),
    (
        "EB/18/26",
        "13/08/2018",
        "2018-08-13",
        "9",
        "Confirm whether the force will join the regional procurement framework for forensic services.",
        "CFO",
        ["Chief Finance Officer"],
        "ongoing",
        None,
        "06/11/18: Awaiting regional legal advice on the collaboration agreement; the lead force expects to circulate it before Christmas.",
        "Open",
    ),
    (
        "EB/18/28",
        "08/10/2018",
        "2018-10-08",
        "5",
        "Present the revised workforce plan reflecting the increase in student officer intakes.",
        "DCC / Head of HR",
        ["Deputy Chief Constable", "Head of HR"],
        "10/12/2018",
        "2018-12-10",
        "",
        "Open",
    ),
]
CLOSED = {"Closed", "Complete", "Discharged"}
HEAD = [
    "Action Ref",
    "Date of Meeting",
    "Agenda Item",
    "Action Required",
    "Action Owner",
    "Target Date",
    "Progress Update",
    "Status",
]
WIDTHS = [2.0, 2.1, 1.5, 6.0, 3.0, 2.3, 7.1, 2.3]


def build():
    d = docx_base(font="Liberation Sans Narrow", size=10, landscape=True, margins_cm=1.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL"
    fp = sec.footer.paragraphs[0]
    fp.add_run(r"\\qpfs01\Exec\EB\Action Tracker\EB Action Tracker 2018 v14.docx        Page ")
    add_field(fp, "PAGE")

    para(d, "QUENBY POLICE – OFFICE OF THE POLICE AND CRIME COMMISSIONER", bold=True, size=13, after=0)
    para(d, "EXECUTIVE BOARD – ACTION TRACKER", bold=True, size=12, after=0)
    para(
        d,
        "Updated 06/11/2018 for the Executive Board on 12/11/2018. Actions struck through are complete and will be "
        "removed from the next version.",
        italic=True,
        size=9,
    )

    t = d.add_table(rows=1 + len(ACTIONS), cols=len(HEAD))
    t.style = "Table Grid"
    for k, h in enumerate(HEAD):
        cell_text(t.rows[0].cells[k], h, bold=True, size=9.5, shade="BFBFBF")
    for r, a in enumerate(ACTIONS, 1):
        ref, mt, _, item, desc, ot, _, tt, _, upd, st = a
        strike = st in CLOSED
        for k, v in enumerate([ref, mt, item, desc, ot, tt, upd, st]):
            cell_text(
                t.rows[r].cells[k],
                v,
                size=10.5,
                strike=strike,
                shade=("C6EFCE" if strike and k == 7 else "FFEB9C" if st == "On hold" and k == 7 else None),
            )
    set_col_widths(t, WIDTHS)
    save_docx_pdf(d, STEM)

    write_gold(
        STEM,
        attendance=[],
        agenda_items=[],
        decisions=[],
        actions=[
            act(desc, ref, miso, item, owners, tiso, "closed" if st in CLOSED else "open", ot, tt.replace("\n", " "))
            for ref, _, miso, item, desc, ot, owners, tt, tiso, _, st in ACTIONS
        ],
        risks=[],
    )
