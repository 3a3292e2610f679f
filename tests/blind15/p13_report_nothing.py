"""13: A report to a police and crime panel holding no meeting records: cover sheet with a boxed
'Purpose of report', OFFICIAL – SENSITIVE markings, recommendations ('That the Panel notes ...'),
risk implications in prose, footer with file path and version."""

from docx.enum.text import WD_ALIGN_PARAGRAPH
from lib import add_field, cell_text, docx_base, para, save_docx_pdf, set_col_widths, write_gold

STEM = "2019-07-04-Pendleford-Police-and-Crime-Panel-estates-strategy-report"

COVER = [
    ("Report to", "Pendleford Police and Crime Panel"),
    ("Date of meeting", "4 July 2019"),
    ("Agenda item", "7"),
    ("Report of", "Police and Crime Commissioner"),
    ("Title", "Police estates strategy 2019–2024: progress report"),
    (
        "Purpose of report",
        "To update the Panel on the progress of the estates strategy approved by the Commissioner in "
        "November 2018, including the sale of surplus buildings and the shared sites programme with "
        "Pendleford Fire and Rescue Service.",
    ),
    (
        "Recommendations",
        "That the Panel notes the progress made and comments on the proposed timetable for the "
        "disposal of the former divisional headquarters at Carn Street.",
    ),
    ("Contact officer", "Estates and Facilities Manager, OPCC – 01632 960 233"),
    ("Security marking", "OFFICIAL – SENSITIVE (paragraph 4 contains commercially sensitive information)"),
]
SECTIONS = [
    (
        "1. Background",
        [
            "1.1 The estates strategy sets out how the police estate will be reduced by a fifth by 2024 while keeping a visible "
            "presence in each of the nine neighbourhood areas. It was developed with the Chief Constable and is reviewed each year.",
            "1.2 The strategy has three strands: disposals of buildings that are no longer needed, investment in the buildings that "
            "are kept, and the sharing of sites with the fire and rescue service and the district councils.",
        ],
    ),
    (
        "2. Progress since November 2018",
        [
            "2.1 Four buildings have been sold for a total of £2.35m: the former police houses at Wray Lane, the garage site at "
            "Newbold, the Ketton Road office and the old dog section kennels at Hallam Cross.",
            "2.2 Neighbourhood teams moved into Thornley fire station in March 2019. A second shared site at Allerby is due to open "
            "in the autumn, subject to planning consent for the extension.",
            "2.3 Investment of £1.1m in the custody suite at Pendleford Central was completed in May 2019, two weeks later than planned.",
        ],
    ),
    (
        "3. Next steps",
        [
            "3.1 The sale of the former divisional headquarters at Carn Street is expected to go to auction in the first quarter "
            "of 2020, once the neighbourhood team has moved to Allerby.",
            "3.2 A further progress report will come to the Panel in January 2020 alongside the precept proposal.",
        ],
    ),
    (
        "4. Financial and risk implications",
        [
            "4.1 The capital receipts assumed in the medium term financial plan total £6.8m over the life of the strategy, of which "
            "£2.35m has been received. The main risks are a fall in land values and delays in planning consent at Allerby; both are "
            "recorded on the OPCC risk register and monitored by the Joint Audit Committee.",
            "4.2 The reserve price for Carn Street has been set on the basis of an independent valuation and is not disclosed in this report.",
        ],
    ),
    (
        "5. Equality implications",
        [
            "5.1 An equality impact assessment was completed for each disposal. No adverse impact was identified, as front counter "
            "services are maintained at the shared sites."
        ],
    ),
]


def build():
    d = docx_base(font="Liberation Serif", size=11.5, margins_cm=2.4)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "OFFICIAL – SENSITIVE"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.add_run(r"P:\OPCC\Estates\Panel reports\2019-07 Estates progress v0.4 FINAL.docx     Page ")
    add_field(fp, "PAGE")
    para(d, "PENDLEFORD POLICE AND CRIME PANEL", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
    t = d.add_table(rows=len(COVER), cols=2)
    t.style = "Table Grid"
    for k, (a, b) in enumerate(COVER):
        cell_text(t.rows[k].cells[0], a, bold=True, shade="E7E6E6")
        cell_text(t.rows[k].cells[1], b)
    set_col_widths(t, [4.5, 11.7])
    d.add_page_break()
    for head, paras in SECTIONS:
        para(d, head, bold=True, before=8, after=3)
        for ptxt in paras:
            para(d, ptxt, after=4, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(
        d,
        "Background papers: Estates strategy 2019–2024 (Commissioner’s decision record 2018/27).",
        italic=True,
        before=10,
    )
    save_docx_pdf(d, STEM)
    write_gold(STEM, attendance=[], agenda_items=[], decisions=[], actions=[], risks=[])
