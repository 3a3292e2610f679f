"""Orrinshire PFCC Fire Accountability Board – record of decisions and actions (reportlab, DejaVu Serif).
Label/value header, roles BEFORE names with initials, short notes per item (no decisions in the
notes), then a Decision log table (ref | item | decision) and an Actions arising table
(ref | item | action | responsible officer | target date)."""

from common import HERE, act, att, dec, esc, style, write_gold
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

STEM = "2025-01-15-Orrinshire-PFCC-Fire-Accountability-Board-decision-record"
DATE = "2025-01-15"
BODY = "Fire Accountability Board"
LOCATION = "Training Suite, Orrinshire Fire and Rescue Service Headquarters, Brigade Lane, Mardenford"
F = "DejaVuSerif"
S = style("s", F, 9, 11.5)
SB = style("sb", F + "-Bold", 9, 11.5)
SH = style("sh", F + "-Bold", 11, 14, spaceBefore=8, spaceAfter=3, textColor=colors.HexColor("#7A1F12"))

PEOPLE = [  # role printed, name, initials, kind, role_text
    ("Police, Fire and Crime Commissioner", "Eleanor Quist", "EQ", "member", "Police, Fire and Crime Commissioner"),
    ("Chief Fire Officer", "Dominic Farrant", "DF", "member", "Chief Fire Officer"),
    ("Deputy Chief Fire Officer", "Ruth Okonedo", "RO", "member", "Deputy Chief Fire Officer"),
    ("Chief Executive, OPFCC", "Simon Tranter", "ST", "member", "Chief Executive, OPFCC"),
    ("Chief Finance Officer, OPFCC", "Harriet Mbatha", "HM", "member", "Chief Finance Officer, OPFCC"),
    (
        "Area Manager, Prevention and Protection",
        "Colm Delahunt",
        "CD",
        "in_attendance",
        "Area Manager, Prevention and Protection",
    ),
    ("Business Support Officer (notes)", "Kirsty Ambler", "KA", "in_attendance", "Business Support Officer (notes)"),
    (
        "Director of Finance and Corporate Services, OFRS",
        "Ben Yeoman",
        "BY",
        "apologies",
        "Director of Finance and Corporate Services, OFRS",
    ),
]

NOTES = [
    ("1", "Introductions and apologies", "Apologies from BY. HM covered the finance items."),
    (
        "2",
        "Notes of the previous meeting (20 November 2024)",
        "Accepted as accurate. The outstanding actions are carried on the Board's action log.",
    ),
    (
        "3",
        "Fire and rescue budget and precept proposal 2025/26",
        "HM set out the funding gap of £2.4m and the options for a precept increase of up to £5 on a Band D property. "
        "EQ asked how the proposal protected on-call crewing in the northern stations.",
    ),
    (
        "4",
        "Community risk management plan – consultation outcome",
        "DF summarised 1,140 responses. The proposal to crew the Hollins Cross aerial appliance by day only drew most comment.",
    ),
    (
        "5",
        "HMICFRS inspection – areas for improvement",
        "RO reported that seven of the nine areas for improvement were complete. Evidence on the remaining two was "
        "being gathered for the revisit in May.",
    ),
    (
        "6",
        "Home fire safety visits – performance",
        "CD reported 3,912 visits in Quarter 3, 71% to households with a vulnerability marker.",
    ),
]

DECISIONS = [  # ref, item, type, text
    ("FAB/D/25/01", "2", "approved", "The PFCC approved the notes of the meeting held on 20 November 2024."),
    (
        "FAB/D/25/02",
        "3",
        "agreed",
        "The PFCC agreed to propose a fire precept increase of £5 for a Band D property in 2025/26.",
    ),
    (
        "FAB/D/25/03",
        "4",
        "endorsed",
        "The PFCC endorsed the revised community risk management plan for publication, with the Hollins Cross proposal removed.",
    ),
    ("FAB/D/25/04", "6", "noted", "The PFCC noted the Quarter 3 home fire safety visit performance."),
]

ACTIONS = [  # ref, item, text, otext, owners, due_text, due_iso
    (
        "FAB/A/25/01",
        "3",
        "Publish the precept proposal and the supporting budget report for the Police, Fire and Crime Panel.",
        "ST",
        ["Simon Tranter"],
        "24.01.25",
        "2025-01-24",
    ),
    (
        "FAB/A/25/02",
        "3",
        "Model the cost of retaining two on-call appliances at Pendleby and Wrayton.",
        "DF / HM",
        ["Dominic Farrant", "Harriet Mbatha"],
        "12.02.25",
        "2025-02-12",
    ),
    (
        "FAB/A/25/03",
        "4",
        "Write to the Hollins Cross community council explaining the decision on the aerial appliance.",
        "EQ",
        ["Eleanor Quist"],
        "w/c 27.01.25",
        "2025-01-27",
    ),
    (
        "FAB/A/25/04",
        "5",
        "Share the evidence pack for the two open areas for improvement before the HMICFRS revisit.",
        "RO",
        ["Ruth Okonedo"],
        "April 2025",
        None,
    ),
]


def furniture(c, d):
    c.saveState()
    c.setFillColor(colors.HexColor("#7A1F12"))
    c.rect(0, A4[1] - 0.6 * cm, A4[0], 0.6 * cm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont(F, 7.5)
    c.drawString(2 * cm, 1.0 * cm, "OFFICIAL – Orrinshire Police, Fire and Crime Commissioner")
    c.drawRightString(A4[0] - 2 * cm, 1.0 * cm, f"{d.page}")
    c.restoreState()


def build():
    doc = SimpleDocTemplate(
        str(HERE / f"{STEM}.pdf"),
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=1.6 * cm,
        bottomMargin=1.6 * cm,
    )
    st = [
        Paragraph("Orrinshire Police, Fire and Crime Commissioner", style("a", F, 10, 13)),
        Paragraph("Fire Accountability Board", style("b", F + "-Bold", 16, 20)),
        Paragraph("Record of decisions and actions", style("c", F + "-Italic", 11, 15)),
        Spacer(1, 8),
    ]
    meta = [
        ("Date", "15.01.25"),
        ("Time", "09:30 – 12:00"),
        ("Venue", LOCATION),
        ("Chair", "Police, Fire and Crime Commissioner"),
        ("Status", "Final – agreed by the PFCC on 29.01.25"),
    ]
    t = Table([[Paragraph(k, SB), Paragraph(esc(v), S)] for k, v in meta], colWidths=[2.5 * cm, 14.5 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [t, Spacer(1, 8)]

    gold_att = []
    for label, kind in (("Present", "member"), ("In attendance", "in_attendance"), ("Apologies", "apologies")):
        parts = [f"{r} {n} ({i})" for r, n, i, k, _ in PEOPLE if k == kind]
        gold_att += [att(DATE, n, kind, rt) for r, n, i, k, rt in PEOPLE if k == kind]
        st.append(Paragraph(f"<b>{label}:</b> " + esc("; ".join(parts)), S))
        st.append(Spacer(1, 3))

    st.append(Paragraph("Summary of discussion", SH))
    for num, title, text in NOTES:
        st.append(Paragraph(f"{num}. {esc(title)}", SB))
        st.append(Paragraph(esc(text), S))
        st.append(Spacer(1, 4))

    st.append(Paragraph("Decision log", SH))
    rows = [[Paragraph("Ref", SB), Paragraph("Agenda item", SB), Paragraph("Decision", SB)]]
    rows += [[Paragraph(r, S), Paragraph(i, S), Paragraph(esc(t), S)] for r, i, _, t in DECISIONS]
    t = Table(rows, colWidths=[2.8 * cm, 2.0 * cm, 12.2 * cm], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F3E1DC")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    st.append(t)

    st.append(Paragraph("Actions arising", SH))
    rows = [[Paragraph(h, SB) for h in ("Ref", "Item", "Action", "Responsible officer", "Target date")]]
    rows += [
        [Paragraph(a[0], S), Paragraph(a[1], S), Paragraph(esc(a[2]), S), Paragraph(a[3], S), Paragraph(a[5], S)]
        for a in ACTIONS
    ]
    t = Table(rows, colWidths=[2.8 * cm, 1.2 * cm, 8.0 * cm, 2.6 * cm, 2.4 * cm], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F3E1DC")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    st.append(t)
    doc.build(st, onFirstPage=furniture, onLaterPages=furniture)
    write_gold(
        STEM,
        {
            "meetings": [
                {
                    "body": BODY,
                    "meeting_date": DATE,
                    "start_time": "09:30",
                    "location": LOCATION,
                    "minutes_status": "approved",
                }
            ],
            "attendance": gold_att,
            "agenda_items": [],
            "decisions": [dec(DATE, i, ty, t) for _, i, ty, t in DECISIONS],
            "actions": [act(a[2], a[0], DATE, a[1], a[4], a[6], "open", a[3], a[5]) for a in ACTIONS],
            "risks": [],
        },
    )
