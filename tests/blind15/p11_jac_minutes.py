"""11: Joint Audit Committee minutes (Word -> LibreOffice): attendance as grouped run-in lists with
initials, headings as bold numbered paragraphs with no spacing, decisions buried in paragraphs,
'Action – XX:' lines with owner initials and dd.mm.yy dates. Approved."""

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from lib import act, add_field, att, dec, docx_base, meeting, para, save_docx_pdf, write_gold

STEM = "2025-02-26-Thornbeck-Joint-Audit-Committee-minutes"
D = "2025-02-26"
BODY = "Thornbeck Joint Audit Committee"
LOC = "Meeting Room 1, Thornbeck Police Headquarters, Gallows Hill, Abbotsmead and via Microsoft Teams"

GROUPS = [
    (
        "Independent members",
        "member",
        [
            ("Dr Helen Croft", "Helen Croft", "HC", "Chair"),
            ("Peter Vane", "Peter Vane", "PV", None),
            ("Anjali Mistry", "Anjali Mistry", "AM", None),
            ("Robert Quill", "Robert Quill", "RQ", None),
        ],
    ),
    (
        "Officers",
        "in_attendance",
        [
            ("Jo Tennant", "Jo Tennant", "JT", "Chief Executive, OPCC"),
            ("Keith Barlow", "Keith Barlow", "KB", "Chief Finance Officer, Thornbeck Police"),
            ("Sam Dearing", "Sam Dearing", "SD", "Head of Corporate Risk"),
            ("Fiona Leckie", "Fiona Leckie", "FL", "Committee Clerk"),
        ],
    ),
    (
        "Auditors",
        "in_attendance",
        [
            ("Gareth Noon", "Gareth Noon", "GN", "Internal Audit Manager"),
            ("Carys Heale", "Carys Heale", "CH", "Engagement Lead, external audit"),
        ],
    ),
    (
        "Apologies",
        "apologies",
        [
            ("Mark Devine", "Mark Devine", "MD", "Chief Finance Officer, OPCC"),
            ("Tom Askew", "Tom Askew", "TA", "Deputy Chief Constable"),
        ],
    ),
]
INIT = {i: g for _, _, ppl in GROUPS for _, g, i, _ in ppl}

DECS, ACTS = [], []


def Dn(item, dtype, text):
    DECS.append(dec(D, item, dtype, text))
    return text


def An(item, owners, text, due, due_iso):
    ACTS.append(act(text, None, D, item, [INIT[o] for o in owners.split("/")], due_iso, "open", owners, due))
    return f"Action – {owners}: {text}" + (f" Due {due}" if due else "")


BODY_PARAS = [
    (
        "25/07",
        "MINUTES OF THE MEETING HELD ON 27 NOVEMBER 2024",
        [
            "The minutes of the meeting held on 27 November 2024 were agreed as a true record. There were no matters arising "
            "that were not covered by the action log."
        ],
    ),
    (
        "25/08",
        "ACTION LOG",
        [
            "FL took members through the log. Of the nine actions, seven were complete. "
            + Dn("25/08", "noted", "The Committee noted the action log.")
            + " RQ asked that completed actions remain on the log for one further meeting before removal."
        ],
    ),
    (
        "25/09",
        "INTERNAL AUDIT PROGRESS REPORT",
        [
            "GN reported that six of the eleven audits in the 2024/25 plan had been finalised. Two had received limited assurance: "
            "vetting renewals and the management of seized cash. Members were concerned that three recommendations on vetting "
            "renewals from the 2023/24 audit remained open. "
            + Dn(
                "25/09",
                "resolved",
                "The Committee resolved to ask the Chief Constable to attend its next meeting to explain the delay in implementing the vetting recommendations.",
            )
            + " KB said that a plan to clear the renewals backlog by September had been agreed by the Force Executive.",
            An(
                "25/09",
                "KB",
                "invite the Chief Constable to attend the May meeting and provide the vetting recovery plan in advance.",
                "30.04.25",
                "2025-04-30",
            ),
        ],
    ),
    (
        "25/10",
        "INTERNAL AUDIT PLAN 2025/26",
        [
            "The draft plan provides for 240 audit days across the OPCC and the force. AM asked whether overtime controls had been "
            "considered given the overspend reported in the budget monitoring. "
            + Dn(
                "25/10",
                "approved",
                "After discussion the Committee approved the internal audit plan 2025/26 subject to the addition of a review of overtime controls.",
            )
        ],
    ),
    (
        "25/11",
        "EXTERNAL AUDIT PROGRESS",
        [
            "CH reported that the 2023/24 audit had been completed within the backstop period with an unmodified opinion. "
            + Dn(
                "25/11",
                "noted",
                "The Committee noted the external audit progress report and the backstop date of 27 February 2026 for the 2024/25 accounts.",
            )
            + " The Chair noted that the fee had increased again and asked that the Committee's concern be recorded."
        ],
    ),
    (
        "25/12",
        "RISK MANAGEMENT UPDATE",
        [
            "SD presented the force strategic risk register and JT the OPCC register. Members found it hard to see where the two "
            "registers shared risks, in particular on the national IT programmes and on finance. "
            + Dn(
                "25/12",
                "agreed",
                "The Committee agreed that the OPCC and force risk registers be presented as a single report in future.",
            ),
            An(
                "25/12",
                "JT/SD",
                "combine the OPCC and force risk reporting into one report from the September meeting onwards.",
                "",
                None,
            ),
        ],
    ),
    (
        "25/13",
        "TREASURY MANAGEMENT STRATEGY 2025/26",
        [
            "KB introduced the strategy, which is unchanged in approach from 2024/25 apart from a lower counterparty limit for "
            "money market funds. "
            + Dn(
                "25/13",
                "endorsed",
                "The Committee endorsed the treasury management strategy 2025/26 for approval by the Commissioner.",
            ),
            An(
                "25/13",
                "GN",
                "confirm the scope of the treasury management audit with the Chair.",
                "w/c 17.03.25",
                "2025-03-17",
            ),
        ],
    ),
    ("25/14", "DATE OF NEXT MEETING", ["Wednesday 21 May 2025 at 10.00am."]),
]


def build():
    d = docx_base(font="Caladea", size=10.5, margins_cm=2.3)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "OFFICIAL\tThornbeck JAC – 26 February 2025"
    fp = sec.footer.paragraphs[0]
    fp.add_run(r"Z:\JAC\Minutes\2025\JAC minutes 26.02.25 v3 APPROVED.docx   ")
    add_field(fp, "PAGE")
    para(d, "THORNBECK JOINT AUDIT COMMITTEE", bold=True, size=13, after=0)
    para(d, "Minutes of the meeting held on Wednesday 26 February 2025 at 10.00am", after=0)
    para(d, LOC, after=0)
    para(d, "Approved by the Committee on 21 May 2025", italic=True, after=6)
    for label, kind, ppl in GROUPS:
        parts = []
        for printed, _, ini, role in ppl:
            inner = ini + (f", {role}" if role else "")
            parts.append(f"{printed} ({inner})")
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        p.add_run(label + ": ").bold = True
        p.add_run(", ".join(parts[:-1]) + " and " + parts[-1] + "." if len(parts) > 1 else parts[0] + ".")
    for num, head, paras in BODY_PARAS:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.add_run(f"{num} {head}").bold = True
        for t in paras:
            q = d.add_paragraph()
            q.paragraph_format.space_after = Pt(2)
            q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if t.startswith("Action – "):
                q.add_run(t).italic = True
                q.paragraph_format.left_indent = Cm(1)
            else:
                q.add_run(t)
    para(d, "The meeting closed at 12.35pm.", before=6)
    save_docx_pdf(d, STEM)
    attendance = []
    for label, kind, ppl in GROUPS:
        for printed, g, ini, role in ppl:
            attendance.append(att(D, g, kind, role if role else label))
    write_gold(
        STEM,
        meetings=[meeting(BODY, D, "10:00", LOC, "approved")],
        attendance=attendance,
        decisions=DECS,
        actions=ACTS,
        risks=[],
    )
