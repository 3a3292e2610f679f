"""Tamberley Fire and Rescue Service strategic risk register (python-docx -> LibreOffice, portrait).
Heading 2 per theme; one table per risk with a header band (reference, title, owner, appetite), the
risk statement row, then three rating rows (Uncontrolled / Controlled / Target) with Likelihood, Impact
and a word+number rating "20 (Very high)"; a controls row. Register date once, in the title block."""

from common import SRC, office_to_pdf, rating, write_gold
from docxutil import cell_text, col_widths, header_text, new_doc, page_footer, shade

STEM = "2024-11-29-Tamberley-Fire-and-Rescue-strategic-risk-register"
REG_DATE = "2024-11-29"


def band(s):
    return "Very high" if s >= 20 else "High" if s >= 12 else "Medium" if s >= 6 else "Low"


FILL = {"Very high": "C00000", "High": "F4B183", "Medium": "FFE699", "Low": "A9D18E"}

THEMES = [
    (
        "Service delivery",
        [
            (
                "TFRS-SR1",
                "On-call availability",
                "Area Manager, Response",
                "Cautious",
                "Insufficient on-call firefighters are available during weekday daytime, so that rural appliances are off the run.",
                (5, 4),
                (4, 4),
                (3, 3),
                "Flexible contracts; day-crewing cover pool; employer engagement scheme.",
            ),
            (
                "TFRS-SR2",
                "Mobilising system",
                "Head of Fire Control",
                "Averse",
                "The new mobilising system fails during the first year of operation and calls must be handled by the fallback control.",
                (3, 5),
                (2, 5),
                (1, 5),
                "Fallback arrangements with a neighbouring control; supplier resilience testing.",
            ),
        ],
    ),
    (
        "People",
        [
            (
                "TFRS-SR3",
                "Workplace culture",
                "Director of People",
                "Averse",
                "Inappropriate behaviours go unreported, damaging staff wellbeing and public trust in the service.",
                (4, 5),
                (3, 4),
                (2, 4),
                "Independent reporting line; culture action plan; leadership development programme.",
            ),
            (
                "TFRS-SR4",
                "Loss of specialist skills",
                "Director of People",
                "Cautious",
                "Retirements in the protection team leave too few qualified fire safety inspectors to deliver the risk-based programme.",
                (4, 3),
                (3, 3),
                (2, 3),
                "Apprenticeship route; market supplement; succession planning.",
            ),
        ],
    ),
    (
        "Finance and resources",
        [
            (
                "TFRS-SR5",
                "Medium-term funding",
                "Treasurer",
                "Cautious",
                "The combined authority cannot set a balanced fire budget for 2026/27 without reducing frontline resources.",
                (4, 4),
                (3, 4),
                (2, 4),
                "Medium-term financial plan; efficiency programme; lobbying on funding formula.",
            ),
            (
                "TFRS-SR6",
                "Fleet replacement",
                "Head of Fleet and Estates",
                "Open",
                "Delays in the supply of new fire engines extend the use of appliances beyond their planned life.",
                (3, 3),
                (3, 2),
                (2, 2),
                "Extended maintenance contract; early ordering; spare appliance reserve.",
            ),
        ],
    ),
]


def build():
    doc = new_doc(font="Liberation Sans", size=10, margins=1.8)
    header_text(doc, "OFFICIAL", bold=False)
    page_footer(doc, "Tamberley Fire and Rescue Service – Strategic Risk Register")
    doc.add_heading("Tamberley Fire and Rescue Service", level=0)
    doc.add_heading("Strategic Risk Register", level=1)
    doc.add_paragraph(
        "Register date: 29 November 2024. Prepared for the Deputy Mayor for Policing, Fire and Crime. "
        "Ratings use a 5 × 5 matrix; the rating is likelihood multiplied by impact. Uncontrolled = before "
        "any controls; Controlled = with the controls in place today; Target = the level the service "
        "aims to reach within the appetite set by the combined authority."
    )
    risks = []
    for theme, items in THEMES:
        doc.add_heading(theme, level=2)
        for ref, title, owner, appetite, desc, unc, con, tgt, controls in items:
            t = doc.add_table(rows=0, cols=4)
            t.style = "Table Grid"
            r = t.add_row().cells
            cell_text(r[0], ref, bold=True, colour="FFFFFF")
            cell_text(r[1], title, bold=True, colour="FFFFFF")
            cell_text(r[2], f"Owner: {owner}", colour="FFFFFF", size=9)
            cell_text(r[3], f"Appetite: {appetite}", colour="FFFFFF", size=9)
            for c in r:
                shade(c, "5B2333")
            r = t.add_row().cells
            m = r[0].merge(r[3])
            cell_text(m, desc)
            r = t.add_row().cells
            for c, h in zip(r, ("Rating", "Likelihood", "Impact", "Risk rating")):
                cell_text(c, h, bold=True, size=9)
                shade(c, "EDEDED")
            ratings = []
            for label, phase, (l, i) in (
                ("Uncontrolled", "inherent", unc),
                ("Controlled", "current", con),
                ("Target", "target", tgt),
            ):
                s = l * i
                r = t.add_row().cells
                cell_text(r[0], label, size=9)
                cell_text(r[1], str(l), size=9)
                cell_text(r[2], str(i), size=9)
                cell_text(r[3], f"{s} ({band(s)})", size=9, colour="FFFFFF" if band(s) == "Very high" else None)
                shade(r[3], FILL[band(s)])
                ratings.append(rating(phase, label, l, i, s, REG_DATE))
            r = t.add_row().cells
            m = r[0].merge(r[3])
            cell_text(m, "Key controls: " + controls, size=9)
            col_widths(t, [3.2, 6.0, 4.0, 4.2])
            doc.add_paragraph()
            risks.append({"reference": ref, "objective": theme, "description": desc, "ratings": ratings})
    SRC.mkdir(exist_ok=True)
    path = SRC / f"{STEM}.docx"
    doc.save(path)
    office_to_pdf(path, STEM)
    write_gold(STEM, {"attendance": [], "agenda_items": [], "decisions": [], "actions": [], "risks": risks})
