"""Tamberley Combined Authority Police, Fire and Crime Panel minutes (reportlab, Liberation Serif).
Council-style heading sentence; PRESENT in two columns with the council in brackets; numbered minutes
14–20 with paragraphs 16.1…; an ACTION margin column on the right holding owner and date beside the
paragraph that records the action; DRAFT banner."""

from common import HERE, act, att, dec, esc, style, write_gold
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

STEM = "2024-07-10-Tamberley-CA-Police-Fire-and-Crime-Panel-minutes"
DATE = "2024-07-10"
BODY = "Tamberley Combined Authority Police, Fire and Crime Panel"
LOCATION = "Council Chamber, Tamberley Civic Centre, Portland Road, Hexworth"

F = "LibSerif"
S = style("b", F, 10.5, 13.5)
SB = style("bb", F + "-Bold", 10.5, 13.5)
SM = style("m", F, 9, 11)
SMB = style("mb", F + "-Bold", 9, 11)
SH = style("h", F + "-Bold", 12, 15, spaceAfter=4)

MEMBERS = [  # name, printed, role
    ("Nadia Brightwell", "Cllr Nadia Brightwell (Hexworth City Council) (Chair)", "Hexworth City Council (Chair)"),
    ("Oswin Tate", "Cllr Oswin Tate (Larkby Borough Council) (Vice-Chair)", "Larkby Borough Council (Vice-Chair)"),
    ("Farah Siddiqui", "Cllr Farah Siddiqui (Pellow District Council)", "Pellow District Council"),
    ("Bernard Okafor", "Cllr Bernard Okafor (Hexworth City Council)", "Hexworth City Council"),
    ("Morwenna Tregear", "Cllr Morwenna Tregear (Ashby Quay Borough Council)", "Ashby Quay Borough Council"),
    ("Elspeth Yardley", "Dr Elspeth Yardley (Independent Co-opted Member)", "Independent Co-opted Member"),
    ("Kwame Asante", "Kwame Asante (Independent Co-opted Member)", "Independent Co-opted Member"),
]
ALSO = [
    (
        "Rowan Heathcote",
        "Rowan Heathcote – Deputy Mayor for Policing, Fire and Crime",
        "Deputy Mayor for Policing, Fire and Crime",
    ),
    (
        "Imogen Strachan",
        "Imogen Strachan – Chief Fire Officer, Tamberley Fire and Rescue Service",
        "Chief Fire Officer",
    ),
    ("Tariq Mahmood", "Tariq Mahmood – Deputy Chief Constable, Tamberley Police", "Deputy Chief Constable"),
]
OFFICERS = [
    ("Gemma Fairclough", "Gemma Fairclough – Panel Scrutiny Officer", "Panel Scrutiny Officer"),
    ("Declan Morrow", "Declan Morrow – Legal Adviser to the Panel", "Legal Adviser to the Panel"),
]
APOLOGIES = [
    ("Hugh Pemberton", "Cllr Hugh Pemberton (Larkby Borough Council)", "Larkby Borough Council"),
    ("Sunita Varma", "Cllr Sunita Varma (Pellow District Council)", "Pellow District Council"),
]

# (minute, heading, [(para_no, text, kind, extra)]) kind: None | decision type | "action"
MINUTES = [
    (
        "14",
        "APOLOGIES AND SUBSTITUTIONS",
        [
            (
                "14.1",
                "Apologies were received from the members listed above. No substitutes had been nominated.",
                None,
                None,
            ),
        ],
    ),
    (
        "15",
        "DECLARATIONS OF INTEREST",
        [
            (
                "15.1",
                "Cllr Okafor declared a non-pecuniary interest in minute 17 as a retained firefighter's spouse. "
                "He remained in the meeting.",
                None,
                None,
            ),
        ],
    ),
    (
        "16",
        "MINUTES OF THE MEETING HELD ON 12 JUNE 2024",
        [
            (
                "16.1",
                "RESOLVED: That the minutes of the meeting held on 12 June 2024 be confirmed as a correct record "
                "and signed by the Chair.",
                "resolved",
                None,
            ),
        ],
    ),
    (
        "17",
        "DEPUTY MAYOR'S UPDATE ON FIRE AND RESCUE PERFORMANCE",
        [
            (
                "17.1",
                "The Deputy Mayor introduced the update. On-call appliance availability had risen to 81% in the "
                "quarter, and the new fire control mobilising system had gone live on 3 June 2024 without loss of "
                "service. Members asked about response standards in the rural west of the area.",
                None,
                None,
            ),
            (
                "17.2",
                "The Deputy Mayor undertook to provide the Panel with fire control call-handling times for "
                "2023/24 broken down by station area.",
                "action",
                (
                    "Deputy Mayor for Policing, Fire and Crime",
                    ["Deputy Mayor for Policing, Fire and Crime"],
                    "30.08.24",
                    "2024-08-30",
                ),
            ),
            ("17.3", "The Panel noted the update and the improvement in on-call availability.", "noted", None),
        ],
    ),
    (
        "18",
        "POLICE AND CRIME PLAN – ANNUAL REPORT 2023/24",
        [
            (
                "18.1",
                "Members welcomed the fall in neighbourhood crime but questioned whether the report gave enough "
                "weight to rural and wildlife crime. The Deputy Chief Constable described the work of the rural "
                "crime team and the joint patrols with the national park rangers.",
                None,
                None,
            ),
            (
                "18.2",
                "RESOLVED: That (i) the Panel's comments on the draft annual report, as set out at 18.1, be "
                "forwarded to the Mayor; and (ii) the Mayor be asked to publish the final report by 30 September 2024.",
                "resolved",
                None,
            ),
            (
                "18.3",
                "The Deputy Chief Constable agreed to share the rural crime team's performance figures with "
                "Panel members before the next meeting.",
                "action",
                ("DCC", ["Deputy Chief Constable"], "Sept 2024", None),
            ),
        ],
    ),
    (
        "19",
        "COMPLAINTS AGAINST THE MAYOR – QUARTERLY UPDATE",
        [
            (
                "19.1",
                "The Legal Adviser reported that two complaints had been received in the quarter, neither of "
                "which related to the conduct of the Mayor in office.",
                None,
                None,
            ),
            (
                "19.2",
                "The Panel agreed to delegate the initial assessment of complaints to the Legal Adviser, in "
                "consultation with the Chair.",
                "agreed",
                None,
            ),
        ],
    ),
    (
        "20",
        "PANEL WORK PROGRAMME 2024/25",
        [
            (
                "20.1",
                "The Panel endorsed the work programme, with the addition of a session on fire safety in "
                "high-rise residential buildings.",
                "endorsed",
                None,
            ),
            (
                "20.2",
                "The Scrutiny Officer would arrange an informal briefing for members on the fire safety "
                "inspection programme.",
                "action",
                ("Panel Scrutiny Officer", ["Panel Scrutiny Officer"], "TBC", None),
            ),
        ],
    ),
]


def header_footer(c, d):
    c.saveState()
    c.setFont(F + "-Bold", 9)
    c.setFillColor(colors.HexColor("#9B1C1C"))
    c.drawString(2 * cm, A4[1] - 1.2 * cm, "DRAFT – subject to approval at the next meeting of the Panel")
    c.setFillColor(colors.black)
    c.setFont(F, 8.5)
    c.drawRightString(A4[0] - 2 * cm, 1.1 * cm, f"PFCP – 10.07.24 – {d.page}")
    c.restoreState()


def build():
    doc = SimpleDocTemplate(
        str(HERE / f"{STEM}.pdf"),
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=1.9 * cm,
        bottomMargin=1.8 * cm,
        title="PFCP minutes 10 July 2024",
    )
    st = []
    st.append(Paragraph("TAMBERLEY COMBINED AUTHORITY", style("t0", F + "-Bold", 15, 19)))
    st.append(Paragraph("POLICE, FIRE AND CRIME PANEL", style("t1", F + "-Bold", 13, 17)))
    st.append(Spacer(1, 6))
    st.append(
        Paragraph(
            "MINUTES of the meeting of the Tamberley Combined Authority Police, Fire and Crime Panel held in the "
            f"{LOCATION} on Wednesday 10 July 2024 at 1.30 pm",
            S,
        )
    )
    st.append(Spacer(1, 8))

    gold_att = []
    st.append(Paragraph("PRESENT:", SB))
    half = (len(MEMBERS) + 1) // 2
    rows = []
    for i in range(half):
        l = MEMBERS[i][1]
        r = MEMBERS[i + half][1] if i + half < len(MEMBERS) else ""
        rows.append([Paragraph(esc(l), SM), Paragraph(esc(r), SM)])
    t = Table(rows, colWidths=[8.5 * cm, 8.5 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    st.append(t)
    gold_att += [att(DATE, n, "member", r) for n, _, r in MEMBERS]
    for label, group in (("Also present:", ALSO), ("Officers:", OFFICERS)):
        st.append(Spacer(1, 5))
        st.append(Paragraph(label, SB))
        for n, p, r in group:
            st.append(Paragraph(esc(p), SM))
            gold_att.append(att(DATE, n, "in_attendance", r))
    st.append(Spacer(1, 5))
    st.append(Paragraph("Apologies: " + esc("; ".join(p for _, p, _ in APOLOGIES)), SM))
    gold_att += [att(DATE, n, "apologies", r) for n, _, r in APOLOGIES]
    st.append(Spacer(1, 10))

    decisions, actions = [], []
    rows = [[Paragraph("", SMB), Paragraph("", SMB), Paragraph("ACTION", SMB)]]
    styles = []
    for minute, heading, paras in MINUTES:
        rows.append([Paragraph(minute + ".", SB), Paragraph(heading, SB), ""])
        for no, text, kind, extra in paras:
            margin = ""
            if kind == "action":
                otext, owners, due_text, due_iso = extra
                margin = Paragraph(f"<b>{esc(otext)}</b><br/>{esc(due_text)}", SM)
                actions.append(act(text, None, DATE, minute, owners, due_iso, "open", otext, due_text))
            elif kind:
                decisions.append(dec(DATE, no, kind, text))
            rows.append([Paragraph(no, S), Paragraph(esc(text), S), margin])
    t = Table(rows, colWidths=[1.3 * cm, 12.4 * cm, 3.3 * cm], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBEFORE", (2, 0), (2, -1), 0.6, colors.grey),
                ("LINEBELOW", (2, 0), (2, 0), 0.6, colors.grey),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
            + styles
        )
    )
    st.append(t)
    st.append(Spacer(1, 14))
    st.append(Paragraph("The meeting closed at 3.40 pm.", S))
    st.append(Spacer(1, 20))
    st.append(Paragraph("Chair ……………………………………      Date ……………………", S))
    doc.build(st, onFirstPage=header_footer, onLaterPages=header_footer)
    write_gold(
        STEM,
        {
            "meetings": [
                {
                    "body": BODY,
                    "meeting_date": DATE,
                    "start_time": "13:30",
                    "location": LOCATION,
                    "minutes_status": "draft",
                }
            ],
            "attendance": gold_att,
            "agenda_items": [],
            "decisions": decisions,
            "actions": actions,
            "risks": [],
        },
    )
