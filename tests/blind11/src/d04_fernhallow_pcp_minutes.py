"""Fernhallow Police and Crime Panel minutes: council style, run-in PRESENT paragraph with a plural
"Councillors A, B and C" list and co-opted members, "Also present" and "Officers" paragraphs, apologies in
minute 14; paragraphs 16.1; RESOLVED sentences; actions marked by a trailing "(Action: owner)".
python-docx + LibreOffice, Liberation Serif 11 pt, portrait, confirmation note at the end (approved)."""

from common import *
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

STEM = "2024-06-27-Fernhallow-Police-and-Crime-Panel-minutes"
DATE = "2024-06-27"
BODY = "Fernhallow Police and Crime Panel"
LOC = "Council Chamber, Guildhall, Market Street, Cressbury"

PRESENT_TEXT = (
    "Councillor Joanna Tilbrook (Chair) (Fernhallow County Council), Councillor Mervyn Oduya "
    "(Vice-Chair) (Cressbury Borough Council), Councillors Kate Ellingham, Raymond Foss, Siobhan "
    "Mullarkey and Peter Garrow, and Mr Anthony Lyle and Ms Deepa Raman (Independent Co-opted Members)."
)
PRESENT = [
    ("Joanna Tilbrook", "Chair, Fernhallow County Council"),
    ("Mervyn Oduya", "Vice-Chair, Cressbury Borough Council"),
    ("Kate Ellingham", "Councillor"),
    ("Raymond Foss", "Councillor"),
    ("Siobhan Mullarkey", "Councillor"),
    ("Peter Garrow", "Councillor"),
    ("Anthony Lyle", "Independent Co-opted Members"),
    ("Deepa Raman", "Independent Co-opted Members"),
]
ALSO_TEXT = (
    "Marcus Denholm (Police and Crime Commissioner), Fiona Gatward (Chief Executive, OPCC) and "
    "Stuart Kendrick (Chief Finance Officer, OPCC)."
)
ALSO = [
    ("Marcus Denholm", "Police and Crime Commissioner"),
    ("Fiona Gatward", "Chief Executive, OPCC"),
    ("Stuart Kendrick", "Chief Finance Officer, OPCC"),
]
OFFICERS_TEXT = "Harriet Ngata (Panel Scrutiny Officer) and Daniel Rees (Democratic Services Officer)."
OFFICERS = [("Harriet Ngata", "Panel Scrutiny Officer"), ("Daniel Rees", "Democratic Services Officer")]
APOLOGIES = [("Gwyneth Pardoe", "Councillor"), ("Alan Whitbread", "Councillor")]

# (minute, heading, [(para no, text, kind, extra)]) kind: None | decision type | "action"(owners, owner_text)
MINUTES = [
    (
        "14",
        "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS",
        [
            (
                "14.1",
                "Apologies for absence were received from Councillor Gwyneth Pardoe and Councillor Alan Whitbread. "
                "There were no substitutions.",
                None,
                None,
            ),
        ],
    ),
    (
        "15",
        "DECLARATIONS OF INTEREST",
        [
            ("15.1", "No declarations of interest were made.", None, None),
        ],
    ),
    (
        "16",
        "MINUTES",
        [
            (
                "16.1",
                "RESOLVED that the minutes of the meeting of the Panel held on 14 March 2024 be confirmed as a "
                "correct record and signed by the Chair.",
                "resolved",
                None,
            ),
        ],
    ),
    (
        "17",
        "POLICE AND CRIME COMMISSIONER’S ANNUAL REPORT 2023/24",
        [
            (
                "17.1",
                "The Commissioner presented his annual report, highlighting the opening of two new neighbourhood "
                "police bases and the extension of the rural crime partnership.",
                None,
                None,
            ),
            (
                "17.2",
                "Members asked how victim satisfaction had changed over the year. The Commissioner undertook to "
                "provide the Panel with a breakdown of victim satisfaction by district.",
                "action",
                (["Police and Crime Commissioner"], "Police and Crime Commissioner"),
            ),
            (
                "17.3",
                "Members recommended that future annual reports include a summary of spending against each "
                "priority of the Police and Crime Plan.",
                None,
                None,
            ),
            (
                "17.4",
                "RESOLVED that the Panel endorses the Annual Report 2023/24 and makes the recommendation in "
                "paragraph 17.3 to the Commissioner.",
                "resolved",
                None,
            ),
        ],
    ),
    (
        "18",
        "POLICE ESTATE: UPDATE FROM THE COMMISSIONER",
        [
            (
                "18.1",
                "The Chief Finance Officer outlined the disposal of the former Cressbury police station and the "
                "planned refurbishment of the Kilbride custody suite.",
                None,
                None,
            ),
            (
                "18.2",
                "The Panel noted the update and agreed to include the estates strategy in its work programme for "
                "November 2024.",
                "agreed",
                None,
            ),
            (
                "18.3",
                "The Chief Finance Officer to circulate the capital receipts schedule to members.",
                "action",
                (["Chief Finance Officer"], "Chief Finance Officer"),
            ),
        ],
    ),
    (
        "19",
        "COMPLAINTS AGAINST THE COMMISSIONER",
        [
            (
                "19.1",
                "The Panel noted that no complaints against the Commissioner had been received in the quarter.",
                "noted",
                None,
            ),
        ],
    ),
    (
        "20",
        "WORK PROGRAMME 2024/25",
        [
            (
                "20.1",
                "The Panel approved its work programme for 2024/25, subject to the addition of a session on "
                "rural and wildlife crime.",
                "approved",
                None,
            ),
            (
                "20.2",
                "Democratic Services Officer to circulate proposed dates for the rural crime session.",
                "action",
                (["Democratic Services Officer"], "Democratic Services Officer"),
            ),
        ],
    ),
]


def build(outdir):
    doc = new_document(font="Liberation Serif", size=11, margins_cm=2.3)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(fp, size=9)
    doc.add_paragraph("FERNHALLOW POLICE AND CRIME PANEL", style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    p.add_run("MINUTES").bold = True
    p.add_run(
        " of a meeting of the Fernhallow Police and Crime Panel held in the "
        + LOC
        + " on Thursday, 27 June 2024 at 2.00 pm"
    )
    for label, text in (("PRESENT: ", PRESENT_TEXT), ("Also present: ", ALSO_TEXT), ("Officers: ", OFFICERS_TEXT)):
        para = doc.add_paragraph()
        para.add_run(label).bold = True
        para.add_run(text)
        para.paragraph_format.left_indent = Cm(0.0)
    decisions, actions = [], []
    for no, head, paras in MINUTES:
        doc.add_heading(f"{no}.\t{head}", level=3)
        for pno, text, kind, extra in paras:
            para = doc.add_paragraph()
            para.paragraph_format.left_indent = Cm(1.4)
            para.paragraph_format.first_line_indent = Cm(-1.4)
            para.add_run(pno + "\t")
            if kind == "resolved":
                head_word, rest = text.split(" ", 1)
                para.add_run(head_word).bold = True
                para.add_run(" " + rest)
            else:
                para.add_run(text)
            if kind == "action":
                owners, otext = extra
                r = para.add_run(f"  (Action: {otext})")
                r.bold = True
                desc = text.split(". ", 1)[1] if pno == "17.2" else text
                actions.append(action(desc, None, DATE, no, owners, None, "open", otext))
            elif kind:
                decisions.append(decision(DATE, pno, kind, text))
    doc.add_paragraph()
    doc.add_paragraph("The meeting commenced at 2.00 pm and closed at 4.05 pm.")
    note = doc.add_paragraph()
    note.add_run(
        "These minutes were confirmed as a correct record by the Panel at its meeting on 19 September 2024."
    ).italic = True
    doc.add_paragraph("Signed: Joanna Tilbrook, Chair")
    tmp = outdir / "src" / "_build"
    tmp.mkdir(exist_ok=True)
    dp = tmp / (STEM + ".docx")
    doc.save(dp)
    docx_to_pdf(dp, outdir / (STEM + ".pdf"))
    attendance = (
        [att(DATE, n, "member", r) for n, r in PRESENT]
        + [att(DATE, n, "in_attendance", r) for n, r in ALSO]
        + [att(DATE, n, "in_attendance", r) for n, r in OFFICERS]
        + [att(DATE, n, "apologies", r) for n, r in APOLOGIES]
    )
    write_gold(
        STEM,
        MINUTES_KEYS,
        meetings=[meeting(BODY, DATE, "14:00", LOC, "approved")],
        attendance=attendance,
        decisions=decisions,
        actions=actions,
    )
