"""02: Police and Crime Panel minutes (Word -> LibreOffice). Attendance set in tab-aligned columns,
hanging minute numbers, RESOLVED block with (a)/(b), passive confirmation of minutes (not a decision),
ACTION lines in capitals. Confirmed minutes."""

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt
from lib import act, add_field, att, dec, docx_base, meeting, para, save_docx_pdf, write_gold

STEM = "2017-09-21-Tollerdale-Police-and-Crime-Panel-minutes"
D = "2017-09-21"
BODY = "Tollerdale Police and Crime Panel"
LOC = "Council Chamber, County Hall, Market Street, Brayford"

MEMBERS = [  # printed, gold, role/authority column
    ("Cllr Margaret Ibbotson (Chair)", "Margaret Ibbotson", "Brayford District Council"),
    ("Cllr Owen Radley (Vice-Chair)", "Owen Radley", "Tollerdale County Council"),
    ("Cllr Fiona Gatward", "Fiona Gatward", "Tollerdale County Council"),
    ("Cllr Doug Haines (substitute)", "Doug Haines", "Nether Stoke Borough Council"),
    ("Cllr Imran Qureshi", "Imran Qureshi", "Lowfield City Council"),
    ("Cllr Beryl Tandy", "Beryl Tandy", "Easterby District Council"),
    ("Mr Lionel Scarfe", "Lionel Scarfe", "Independent co-opted member"),
    ("Ms Harpreet Dhillon", "Harpreet Dhillon", "Independent co-opted member"),
]
ALSO = [
    ("Mr Jonathan Keel", "Jonathan Keel", "Police and Crime Commissioner"),
    ("Ms Siobhan Marr", "Siobhan Marr", "Chief Executive, OPCC"),
    ("Mr Raymond Pitt", "Raymond Pitt", "Chief Finance Officer, OPCC"),
]
OFFICERS = [
    ("Ann-Marie Cole", "Ann-Marie Cole", "Panel Support Officer"),
    ("Gavin Hurst", "Gavin Hurst", "Legal Adviser, Tollerdale County Council"),
]
APOL = [
    ("Cllr Alice Penrose", "Alice Penrose", "Nether Stoke Borough Council"),
    ("Cllr Trevor Mound", "Trevor Mound", "Lowfield City Council"),
]

R32 = (
    "RESOLVED: That (a) the Panel’s report on the Police and Crime Commissioner’s Annual Report 2016/17 be "
    "finalised by the Chair and Vice-Chair in consultation with the Panel Support Officer; and (b) the report be "
    "sent to the Commissioner by 6 October 2017."
)
N33 = "The Panel noted the update and welcomed the extension of the independent sexual violence adviser contract to March 2019."
A33 = "OPCC to provide the Panel with the list of organisations funded through the community safety grant in 2017/18."
N34 = "The Panel noted the position."
A35D = "The Panel agreed to hold an informal session on rural crime before the November meeting and approved the work programme as amended."
A35 = "Panel Support Officer to arrange the rural crime session and circulate possible dates to members by 29 September 2017."

MINUTES = [
    (
        "29",
        "APOLOGIES AND SUBSTITUTIONS",
        [
            "Apologies for absence were received from Cllr Alice Penrose and Cllr Trevor Mound. Cllr Doug Haines attended as "
            "substitute for Cllr Penrose."
        ],
    ),
    (
        "30",
        "DECLARATIONS OF INTEREST",
        [
            "Cllr Tandy declared a personal interest in minute 33 as a trustee of Easterby Women’s Refuge and took no part in the "
            "discussion of that item."
        ],
    ),
    (
        "31",
        "MINUTES OF THE MEETING HELD ON 6 JULY 2017",
        ["The minutes of the meeting held on 6 July 2017 were confirmed as a correct record and signed by the Chair."],
    ),
    (
        "32",
        "POLICE AND CRIME COMMISSIONER’S ANNUAL REPORT 2016/17",
        [
            "The Commissioner introduced his annual report, which described progress against the four priorities of the Police and "
            "Crime Plan. Members asked about the reduction in neighbourhood officer numbers in Lowfield, the time taken to answer 101 "
            "calls and the use of the Commissioner’s community fund. Mr Scarfe asked that future reports show the outcomes of "
            "funded projects and not only the amounts awarded; the Commissioner accepted this point.",
            R32,
        ],
    ),
    (
        "33",
        "VICTIMS’ SERVICES – COMMISSIONING UPDATE",
        [
            "The Chief Executive outlined the commissioning timetable for the victims’ hub and the results of the survey of service "
            "users, 78% of whom said they felt better able to cope after support. " + N33,
            "ACTION: " + A33,
        ],
    ),
    (
        "34",
        "COMPLAINTS AGAINST THE COMMISSIONER",
        [
            "The Legal Adviser reported that no complaints against the Commissioner had been received since the last meeting. "
            + N34
        ],
    ),
    (
        "35",
        "PANEL WORK PROGRAMME 2017/18",
        [
            "Members discussed the draft work programme and the proposal from Cllr Gatward for a focused look at rural and "
            "wildlife crime. " + A35D,
            "ACTION: " + A35,
        ],
    ),
    ("36", "DATE OF NEXT MEETING", ["Thursday 7 December 2017 at 2.00 pm, Council Chamber, County Hall, Brayford."]),
]


def build():
    d = docx_base(font="Carlito", size=11, margins_cm=2.2)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "OFFICIAL"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.add_run("Tollerdale PCP – 21 September 2017 – Minutes\t\tPage ")
    add_field(fp, "PAGE")
    fp.add_run(" of ")
    add_field(fp, "NUMPAGES")

    para(d, "TOLLERDALE POLICE AND CRIME PANEL", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    para(
        d, "CONFIRMED MINUTES (approved by the Panel on 7 December 2017)", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER
    )
    para(
        d,
        f"Minutes of a meeting of the Tollerdale Police and Crime Panel held in the {LOC} on Thursday "
        "21 September 2017 commencing at 2.00 pm.",
        before=6,
    )

    def block(title, rows):
        para(d, title, bold=True, before=6, after=0)
        for printed, _, role in rows:
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(8.5), WD_TAB_ALIGNMENT.LEFT)
            p.add_run(f"\t{printed}\t{role}" if False else f"{printed}\t{role}")

    block("Members present:", MEMBERS)
    block("Also present:", ALSO)
    block("Officers:", OFFICERS)

    for num, head, paras in MINUTES:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(3)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.5))
        r = p.add_run(f"{num}.\t{head}")
        r.bold = True
        for t in paras:
            q = d.add_paragraph()
            q.paragraph_format.left_indent = Cm(1.5)
            q.paragraph_format.space_after = Pt(5)
            if t.startswith("ACTION:"):
                q.add_run("ACTION: ").bold = True
                q.add_run(t[len("ACTION: ") :]).bold = True
            elif t.startswith("RESOLVED"):
                q.add_run("RESOLVED: ").bold = True
                q.add_run(t[len("RESOLVED: ") :])
            else:
                q.add_run(t)
    para(d, "The meeting closed at 4.05 pm.", before=10)
    para(d, "Chair ....................................................", before=24)
    save_docx_pdf(d, STEM)

    write_gold(
        STEM,
        meetings=[meeting(BODY, D, "14:00", LOC, "approved")],
        attendance=[att(D, g, "member", r) for p, g, r in MEMBERS]
        + [att(D, g, "in_attendance", r) for _, g, r in ALSO + OFFICERS]
        + [att(D, g, "apologies", None) for _, g, r in APOL],
        decisions=[
            dec(D, "32", "resolved", R32),
            dec(D, "33", "noted", N33),
            dec(D, "34", "noted", N34),
            dec(D, "35", "approved", A35D),
        ],
        actions=[
            act(A33, None, D, "33", ["Office of the Police and Crime Commissioner"], None, "open", "OPCC"),
            act(
                A35,
                None,
                D,
                "35",
                ["Panel Support Officer"],
                "2017-09-29",
                "open",
                "Panel Support Officer",
                "29 September 2017",
            ),
        ],
        risks=[],
    )
