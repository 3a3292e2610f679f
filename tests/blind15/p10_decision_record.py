"""10: Record of decisions and actions (reportlab): label-value header, attendees with role BEFORE the
name and initials in brackets, a three-column grid Item | Discussion | Decision and actions,
action owners by initials. Final status."""

from lib import OUT, act, att, dec, meeting, write_gold
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

STEM = "2024-01-23-Harnwick-PFCC-Accountability-Meeting-decision-record"
D = "2024-01-23"
BODY = "PFCC Accountability Meeting"
LOC = "Room G.04, Harnwick Police Headquarters, Orchard Way, Tellisford"

ATT = [  # role before name, name, initials, kind
    ("Police, Fire and Crime Commissioner", "Rhiannon Vale", "RV", "member", " – Chair"),
    ("Chief Constable", "Martin Oduya", "MO", "member", ""),
    ("Deputy Chief Constable", "Lisa Grantham", "LG", "member", ""),
    ("Chief Fire Officer", "Aled Price", "AP", "member", ""),
    ("OPFCC Chief Executive", "Ben Hallworth", "BH", "member", ""),
    ("OPFCC Chief Finance Officer", "Nia Roberts", "NR", "member", ""),
    ("Business Manager (notes)", "Sophie Lang", "SL", "in_attendance", ""),
    ("Assistant Chief Constable", "Connor Blake", "CB", "apologies", ""),
]
INIT = {i: n for _, n, i, _, _ in ATT}

# item, subject, discussion, decision (type, text) or None, [(initials, action, by printed, by iso)]
ITEMS = [
    (
        "1",
        "Notes of the previous meeting",
        "No amendments were raised.",
        ("approved", "The PFCC approved the notes of the meeting held on 12 December 2023."),
        [],
    ),
    (
        "2",
        "Action log",
        "Updates were given on all open actions.",
        ("agreed", "The PFCC noted the updates to the action log and agreed that actions 23/41 and 23/44 be closed."),
        [],
    ),
    (
        "3",
        "Police performance – quarter 3 2023/24",
        "MO presented the quarter 3 report. Charge rates for rape had improved to 9.1% but varied between the three investigation teams. "
        "RV asked how the force would sustain the improvement once the temporary investigators return to their districts.",
        ("noted", "The PFCC noted the performance report."),
        [
            (
                "MO",
                "Provide a breakdown of rape charge rates by investigation team, with the number of investigators in each.",
                "20/02/24",
                "2024-02-20",
            )
        ],
    ),
    (
        "4",
        "Fire and rescue – review of the on-call duty system",
        "AP set out three options for the on-call duty system. The Fire Brigades Union has been briefed. RV asked that the consultation include employers of on-call firefighters.",
        ("endorsed", "The PFCC endorsed the proposal to consult on option B, the banded availability model."),
        [("AP", "Bring the consultation plan for the on-call review to the PFCC.", "end of Feb", None)],
    ),
    (
        "5",
        "Precept proposals 2024/25",
        "NR outlined the settlement and the options for both precepts. The police proposal uses the full flexibility of £13 for a Band D property.",
        (
            "agreed",
            "The PFCC agreed to propose a police precept increase of £13 for a Band D property and a fire precept increase of 2.99%, to be put to the Police, Fire and Crime Panel on 1 February 2024.",
        ),
        [("NR/BH", "Submit the precept report and appendices to the Panel secretariat.", "24.01.24", "2024-01-24")],
    ),
    (
        "6",
        "Any other business",
        "LG reported that the unannounced custody inspection had concluded and that the draft report was expected in March. "
        "The Chief Constable noted the positive early feedback on detainee care.",
        None,
        [
            (
                "LG",
                "Circulate the draft response to the custody inspection to the PFCC and Chief Executive.",
                "w/c 29/01/24",
                "2024-01-29",
            )
        ],
    ),
]


def build():
    b = ParagraphStyle("b", fontName="LibSans", fontSize=9, leading=11.5)
    bb = ParagraphStyle("bb", parent=b, fontName="LibSansB")
    story = [
        Paragraph(
            "HARNWICK POLICE, FIRE AND CRIME COMMISSIONER",
            ParagraphStyle("t0", parent=bb, fontSize=9, textColor=colors.HexColor("#1B4F72")),
        ),
        Paragraph(
            "PFCC Accountability Meeting – Record of Decisions and Actions",
            ParagraphStyle("t", parent=bb, fontSize=14, leading=18),
        ),
        Spacer(1, 4),
    ]
    hdr = [
        ["Date:", "23 January 2024", "Time:", "13:30 – 15:30"],
        ["Location:", LOC, "", ""],
        ["Status:", "FINAL – agreed 20.02.24", "", ""],
    ]
    ht = Table(hdr, colWidths=[20 * mm, 95 * mm, 16 * mm, 44 * mm])
    ht.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "LibSans", 9),
                ("FONT", (0, 0), (0, -1), "LibSansB", 9),
                ("FONT", (2, 0), (2, -1), "LibSansB", 9),
                ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#1B4F72")),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EAF2F8")),
                ("SPAN", (1, 1), (3, 1)),
                ("SPAN", (1, 2), (3, 2)),
            ]
        )
    )
    story += [ht, Spacer(1, 6)]
    pres = "; ".join(f"{r} {n} ({i}){x}" for r, n, i, k, x in ATT if k != "apologies")
    story.append(Paragraph(f"<b>Attendees:</b> {pres}.", b))
    ap = "; ".join(f"{r} {n} ({i})" for r, n, i, k, x in ATT if k == "apologies")
    story.append(Paragraph(f"<b>Apologies:</b> {ap}.", b))
    story.append(Spacer(1, 8))
    rows = [
        [Paragraph("<b>Item</b>", b), Paragraph("<b>Discussion</b>", b), Paragraph("<b>Decision and actions</b>", b)]
    ]
    decisions, actions = [], []
    for no, subj, disc, dcs, acts in ITEMS:
        right = []
        if dcs:
            right.append(f"<b>Decision:</b> {dcs[1]}")
            decisions.append(dec(D, no, dcs[0], dcs[1]))
        else:
            right.append("<b>Decision:</b> none.")
        for ini, text, by, byiso in acts:
            right.append(f"<b>Action ({ini}):</b> {text} <i>By {by}</i>")
            actions.append(act(text, None, D, no, [INIT[x] for x in ini.split("/")], byiso, "open", ini, by))
        rows.append([Paragraph(f"{no}. {subj}", bb), Paragraph(disc, b), Paragraph("<br/>".join(right), b)])
    t = Table(rows, colWidths=[38 * mm, 70 * mm, 67 * mm], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D6EAF8")),
            ]
        )
    )
    story.append(t)

    def furniture(c, doc):
        c.saveState()
        c.setFont("LibSans", 7.5)
        c.drawString(18 * mm, 9 * mm, "OFFICIAL")
        c.drawCentredString(A4[0] / 2, 9 * mm, "PFCC AM Record 23.01.24 v1.0 FINAL")
        c.drawRightString(A4[0] - 18 * mm, 9 * mm, f"Page {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / (STEM + ".pdf")),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title="PFCC Accountability Meeting record",
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    write_gold(
        STEM,
        meetings=[meeting(BODY, D, "13:30", LOC, "approved")],
        attendance=[att(D, n, k, r + x) for r, n, i, k, x in ATT],
        decisions=decisions,
        actions=actions,
        risks=[],
    )
