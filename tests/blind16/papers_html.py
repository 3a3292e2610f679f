"""Papers printed from HTML with headless Chromium."""

from common import act, att, dec, esc, html_to_pdf, rating, write_gold

BASE_CSS = """
body { margin: 0; }
table { border-collapse: collapse; }
"""


# ---------------------------------------------------------------- A: ModernGov-style web minutes
def panel_minutes():
    stem = "2020-10-06-Scarrowdale-Police-and-Crime-Panel-minutes"
    date = "2020-10-06"
    body = "Scarrowdale Police and Crime Panel"
    venue = "Remote – Microsoft Teams"
    members = [
        ("Helen Pargeter", "Chairman"),
        ("Tariq Bhamra", "Vice-Chairman"),
        ("Gwen Pelly", ""),
        ("Rob Tarrant", ""),
        ("Mark Ellery", ""),
    ]
    coopted = ["Sian Morley", "Colin Pratt"]
    also = [
        ("Amrit Sandhu", "Police and Crime Commissioner"),
        ("Leonie Drake", "Chief Executive, OPCC"),
        ("Dominic Yeo", "Chief Finance Officer, OPCC"),
    ]
    officers = [("Alys Fenn", "Democratic Services Officer"), ("Graham Hurst", "Panel Lead Officer")]
    apologies = [("Norman Fitch", "Councillor"), ("Joan Verity", "Independent Co-opted Member")]
    d_covid = "The Panel noted the update on the Commissioner's response to the pandemic and the additional grant received from the Home Office."
    d_plan = [
        "That the Panel:",
        "(1) supports the proposed revisions to the Police and Crime Plan;",
        "(2) asks the Commissioner to publish the revised performance measures by December 2020; and",
        "(3) endorses the creation of a rural crime task group.",
    ]
    d_compl = "The Panel agreed that the Chief Executive of the OPCC would present the first annual review of complaints to the Panel in March 2021."
    d_fwp = "The Panel approved the forward work programme, subject to adding an item on the estates strategy."
    items = [
        (
            "31/20",
            "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS",
            "To receive apologies for absence.",
            [
                "Apologies were received from Councillor Norman Fitch and Independent Co-opted Member Joan Verity. There were no substitutions."
            ],
        ),
        (
            "32/20",
            "MINUTES OF THE PREVIOUS MEETING",
            "To approve the minutes of the meeting held on 14 July 2020 as a correct record.",
            ["The minutes of the meeting held on 14 July 2020 were agreed as a true record of that meeting."],
        ),
        ("33/20", "DECLARATIONS OF INTEREST", "To receive any declarations of interest.", ["There were none."]),
        (
            "34/20",
            "COMMISSIONER'S RESPONSE TO COVID-19",
            "To receive an update from the Commissioner.",
            [
                "The Commissioner introduced the report and explained that the force had maintained call handling standards throughout the summer, although demand in the night-time economy had risen since August.",
                "Members asked about the use of the enforcement powers and the number of fixed penalty notices issued. The Chief Executive undertook to circulate the figures by ward.",
                d_covid,
            ],
        ),
        (
            "35/20",
            "PROPOSED REVISIONS TO THE POLICE AND CRIME PLAN",
            "To consider the Commissioner's proposed revisions to the Police and Crime Plan.",
            [
                "The Commissioner outlined three revisions: a stronger focus on rural and wildlife crime, a new measure on repeat victims of domestic abuse, and the removal of the measure on front counter opening hours.",
                "Members welcomed the rural crime focus but questioned how success would be measured.",
                "RESOLVED",
            ],
        ),
        (
            "36/20",
            "COMPLAINTS REVIEW PROCESS",
            "To receive a report on the handling of complaint reviews by the OPCC.",
            [
                "The Chief Executive reported that 41 review requests had been received since February, of which nine had been upheld.",
                "The Chairman noted that the timeliness of reviews had improved since the last report.",
                d_compl,
            ],
        ),
        ("37/20", "FORWARD WORK PROGRAMME", "To consider the Panel's forward work programme.", [d_fwp]),
        (
            "38/20",
            "DATE OF NEXT MEETING",
            "",
            ["The next meeting will be held on Tuesday 1 December 2020 at 10.30 am."],
        ),
    ]
    mem_txt = ", ".join(f"{n} ({r})" if r else n for n, r in members[:-1]) + f" and {members[-1][0]}"
    css = (
        BASE_CSS
        + """
@page { size: A4; margin: 18mm 14mm 16mm 14mm;
  @top-left { content: "03/12/2020, 09:14"; font: 8pt 'Liberation Sans'; }
  @top-center { content: "Agenda and minutes - Scarrowdale Police and Crime Panel - Tuesday, 6 October 2020 10.30 am"; font: 8pt 'Liberation Sans'; }
  @bottom-left { content: "https://democracy.scarrowdale.gov.uk/ieListDocuments.aspx?CId=412&MId=6633"; font: 8pt 'Liberation Sans'; }
  @bottom-right { content: counter(page) "/" counter(pages); font: 8pt 'Liberation Sans'; } }
body { font: 10pt 'Liberation Sans', sans-serif; color: #222; }
.site { background: #00467f; color: #fff; padding: 6px 10px; font-size: 14pt; }
.crumb { font-size: 8pt; color: #555; margin: 4px 0 10px; }
h1 { font-size: 15pt; color: #00467f; margin: 6px 0; }
.meta p { margin: 2px 0; }
.item { display: flex; border-top: 1px solid #ccc; padding: 8px 0; page-break-inside: avoid; }
.num { width: 60px; font-weight: bold; color: #00467f; }
.txt { flex: 1; }
.head { font-weight: bold; text-transform: none; }
.share { font-size: 8pt; color: #777; margin: 2px 0 4px; }
.lbl { font-weight: bold; margin-top: 4px; }
.res p { margin: 1px 0 1px 20px; }
.att { background: #f2f5f9; padding: 6px 10px; margin: 10px 0; }
"""
    )
    h = [
        f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>",
        "<div class='site'>Scarrowdale County Council &nbsp;|&nbsp; Democracy</div>",
        "<div class='crumb'>Home &gt; Committees &gt; Scarrowdale Police and Crime Panel &gt; Meeting</div>",
        "<h1>Agenda and minutes</h1>",
        f"<div class='meta'><p><b>{body} - Tuesday, 6 October 2020 10.30 am</b></p>",
        f"<p><b>Venue:</b> {esc(venue)}</p><p><b>Contact:</b> Alys Fenn, Democratic Services Officer</p></div>",
        "<div class='att'><p class='lbl'>Attendance details</p>",
        f"<p><b>Present:</b> Councillors {esc(mem_txt)}; Independent Co-opted Members {coopted[0]} and {coopted[1]}.</p>",
        "<p><b>Also present:</b> " + "; ".join(f"{n} ({esc(r)})" for n, r in also) + ".</p>",
        "<p><b>Officers:</b> " + "; ".join(f"{n} ({r})" for n, r in officers) + ".</p></div>",
        "<p class='lbl'>Items</p>",
    ]
    for num, head, purpose, paras in items:
        h.append(f"<div class='item'><div class='num'>{num}</div><div class='txt'><div class='head'>{head}</div>")
        h.append("<div class='share'>&#8226; Share this item</div>")
        if purpose:
            h.append(f"<p>{esc(purpose)}</p>")
        h.append("<p class='lbl'>Minutes:</p>")
        for p in paras:
            if p == "RESOLVED":
                h.append(
                    "<p><b>RESOLVED:</b></p><div class='res'>" + "".join(f"<p>{esc(x)}</p>" for x in d_plan) + "</div>"
                )
            else:
                h.append(f"<p>{esc(p)}</p>")
        h.append("</div></div>")
    h.append(
        "<p style='margin-top:14px;font-style:italic'>These minutes were confirmed as a correct record at the meeting of the Panel held on 1 December 2020.</p>"
    )
    h.append("</body></html>")
    html_to_pdf(stem, "\n".join(h))
    attendance = [att(date, n, "member", f"Councillor ({r})" if r else "Councillor") for n, r in members]
    attendance += [att(date, n, "member", "Independent Co-opted Member") for n in coopted]
    attendance += [att(date, n, "in_attendance", r) for n, r in also + officers]
    attendance += [att(date, n, "apologies", r) for n, r in apologies]
    write_gold(
        stem,
        {
            "meetings": [
                {
                    "body": body,
                    "meeting_date": date,
                    "start_time": "10:30",
                    "location": venue,
                    "minutes_status": "approved",
                }
            ],
            "attendance": attendance,
            "decisions": [
                dec(date, "34/20", "noted", d_covid),
                dec(date, "35/20", "resolved", "RESOLVED: " + " ".join(d_plan)),
                dec(date, "36/20", "agreed", d_compl),
                dec(date, "37/20", "approved", d_fwp),
            ],
            "actions": [],
            "risks": [],
        },
    )


# ---------------------------------------------------------------- B: record of decisions with person chips
def decision_record():
    stem = "2021-11-10-Glanteifi-PCC-Policing-Accountability-Board-decision-record"
    date = "2021-11-10"
    loc = "Conference Room 2, Police Headquarters, Llanfair Road, Caerwen"
    present = [
        ("RP", "Rhian Pryce", "Police and Crime Commissioner (Chair)"),
        ("OM", "Owain Matthias", "Chief Constable"),
        ("CH", "Catrin Howells", "Deputy Chief Constable"),
        ("DP", "Dafydd Parry", "Chief Executive, OPCC"),
        ("SA", "Seren Aldous", "Chief Finance Officer, OPCC"),
    ]
    also = [
        ("MR", "Mabli Rees", "Head of Strategy and Performance, OPCC"),
        ("JK", "Jonathan Kell", "Director of Finance, Glanteifi Police"),
    ]
    apol = [("IB", "Ieuan Brice", "Assistant Chief Constable")]
    decisions = [
        (
            "D21/41",
            "2",
            "approved",
            "The Commissioner approved the notes of the meeting held on 13 October 2021 as an accurate record.",
        ),
        (
            "D21/42",
            "3",
            "agreed",
            "The Commissioner agreed to fund two additional rural crime officers from the Commissioner's reserves for 2022/23.",
        ),
        (
            "D21/43",
            "4",
            "noted",
            "The Commissioner noted the force's response to the HMICFRS report on vetting and counter-corruption.",
        ),
        (
            "D21/44",
            "5",
            "endorsed",
            "The Commissioner endorsed the draft estates strategy for consultation with the local authorities.",
        ),
    ]
    actions = [
        (
            "3",
            "OM to provide a breakdown of rural crime call volumes by sector ahead of the January board.",
            "OM",
            ["Owain Matthias"],
            "12.01.22",
            "2022-01-12",
        ),
        (
            "5",
            "SA/JK to reconcile the capital programme slippage figures before the precept paper is finalised.",
            "SA/JK",
            ["Seren Aldous", "Jonathan Kell"],
            "end of November",
            None,
        ),
        (
            "6",
            "MR to publish this record of decisions on the Commissioner's website.",
            "MR",
            ["Mabli Rees"],
            "17.11.21",
            "2021-11-17",
        ),
    ]
    css = (
        BASE_CSS
        + """
@page { size: A4; margin: 20mm 16mm 18mm 16mm;
  @top-right { content: "SWYDDOGOL / OFFICIAL"; font: bold 8pt 'DejaVu Sans'; color: #a00; }
  @bottom-center { content: "Tudalen / Page " counter(page); font: 8pt 'DejaVu Sans'; } }
body { font: 9.5pt 'DejaVu Sans', sans-serif; color: #1d1d1b; }
.band { border-left: 8px solid #3b7d3a; padding: 4px 12px; margin-bottom: 10px; }
.band .cy { color: #3b7d3a; font-size: 9pt; } .band .en { font-size: 15pt; font-weight: bold; }
.grid { display: grid; grid-template-columns: 110px 1fr 110px 1fr; gap: 3px 10px; background: #eef4ee; padding: 8px; margin-bottom: 10px; }
.grid .k { font-weight: bold; color: #3b7d3a; }
h2 { font-size: 11pt; color: #3b7d3a; border-bottom: 2px solid #3b7d3a; margin: 12px 0 6px; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; }
.chip { display: flex; width: 31%; border: 1px solid #c8d8c8; border-radius: 6px; padding: 4px; }
.ini { width: 34px; height: 34px; border-radius: 17px; background: #3b7d3a; color: #fff; font-weight: bold; display: flex; align-items: center; justify-content: center; margin-right: 6px; flex: none; }
.ap .ini { background: #999; }
.nm { font-weight: bold; } .rl { font-size: 8pt; color: #555; }
td, th { padding: 5px 6px; vertical-align: top; }
table.d { width: 100%; } table.d th { text-align: left; background: #3b7d3a; color: #fff; }
table.d tr { border-bottom: 1px solid #c8d8c8; }
.note { font-size: 8.5pt; color: #444; margin-top: 8px; }
"""
    )

    def chips(rows, cls=""):
        return (
            "<div class='chips'>"
            + "".join(
                f"<div class='chip {cls}'><div class='ini'>{i}</div><div><div class='nm'>{n}</div><div class='rl'>{esc(r)}</div></div></div>"
                for i, n, r in rows
            )
            + "</div>"
        )

    h = [
        f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>",
        "<div class='band'><div class='cy'>Comisiynydd Heddlu a Throseddu Glanteifi</div><div class='en'>Glanteifi Police and Crime Commissioner</div>",
        "<div>Policing Accountability Board — Record of Decisions and Actions</div></div>",
        "<div class='grid'><div class='k'>Date</div><div>Wednesday 10 November 2021</div><div class='k'>Time</div><div>10:00 – 12:15</div>",
        f"<div class='k'>Venue</div><div>{loc}</div><div class='k'>Status</div><div>Final – approved by the Commissioner 24.11.21</div></div>",
        "<h2>Present</h2>",
        chips(present),
        "<h2>Also present</h2>",
        chips(also),
        "<h2>Apologies</h2>",
        chips(apol, "ap"),
        "<h2>Decisions</h2><table class='d'><tr><th style='width:60px'>Ref</th><th style='width:40px'>Item</th><th>Decision</th><th style='width:80px'>Decided by</th></tr>",
    ]
    for ref, item, _t, text in decisions:
        h.append(f"<tr><td>{ref}</td><td>{item}</td><td>{esc(text)}</td><td>Commissioner</td></tr>")
    h.append(
        "</table><p class='note'>For information: the Commissioner has approved the 2021/22 community safety grant allocations under delegated arrangements; see decision notice 2021/037.</p>"
    )
    h.append(
        "<h2>Actions arising</h2><table class='d'><tr><th style='width:40px'>Item</th><th>Action</th><th style='width:60px'>Lead</th><th style='width:90px'>By</th></tr>"
    )
    for item, text, lead, _o, by, _d in actions:
        h.append(f"<tr><td>{item}</td><td>{esc(text)}</td><td>{lead}</td><td>{by}</td></tr>")
    h.append("</table><p class='note'>Next meeting: Wednesday 12 January 2022, 10:00.</p></body></html>")
    html_to_pdf(stem, "\n".join(h))
    attendance = [att(date, n, "member", r) for _i, n, r in present]
    attendance += [att(date, n, "in_attendance", r) for _i, n, r in also]
    attendance += [att(date, n, "apologies", r) for _i, n, r in apol]
    write_gold(
        stem,
        {
            "meetings": [
                {
                    "body": "Policing Accountability Board",
                    "meeting_date": date,
                    "start_time": "10:00",
                    "location": loc,
                    "minutes_status": "approved",
                }
            ],
            "attendance": attendance,
            "decisions": [dec(date, item, t, text) for _r, item, t, text in decisions],
            "actions": [
                act(text, None, date, item, owners, d, "open", lead, by) for item, text, lead, owners, by, d in actions
            ],
            "risks": [],
        },
    )


# ---------------------------------------------------------------- C: action tracker with RAG chips
CHIP = {
    "Completed": ("#1f5fa8", "#fff"),
    "On track": ("#2e8b3d", "#fff"),
    "At risk": ("#f0a500", "#000"),
    "Overdue": ("#c62828", "#fff"),
    "Not started": ("#9e9e9e", "#fff"),
}


def jac_tracker():
    stem = "2022-07-13-Wicklestone-JAC-action-tracker"
    rows = [
        (
            "JAC 21-14",
            "15 Dec 2021",
            "2021-12-15",
            "6",
            "Circulate the internal audit follow-up report on seized property to all members.",
            "Head of Internal Audit",
            ["Head of Internal Audit"],
            "31 Jan 2022",
            "2022-01-31",
            "Report circulated 24 January.",
            "Completed",
        ),
        (
            "JAC 22-01",
            "16 Mar 2022",
            "2022-03-16",
            "5",
            "Confirm the timetable for the 2021/22 statement of accounts and the external auditor's opinion.",
            "CFO & Director of Finance",
            ["Chief Finance Officer", "Director of Finance"],
            "end of May",
            None,
            "Timetable published; opinion now expected in September.",
            "On track",
        ),
        (
            "JAC 22-02",
            "16 Mar 2022",
            "2022-03-16",
            "7",
            "Provide members with a briefing on the cyber security penetration test results.",
            "ACC",
            ["Assistant Chief Constable"],
            "w/c 6 June 2022",
            "2022-06-06",
            "Briefing postponed twice; new date being sought.",
            "Overdue",
        ),
        (
            "JAC 22-03",
            "16 Mar 2022",
            "2022-03-16",
            "8",
            "Add the fleet replacement programme to the strategic risk register as a separate risk.",
            "Chief Executive",
            ["Chief Executive"],
            "30/04/22",
            "2022-04-30",
            "Added as SR14.",
            "Completed",
        ),
        (
            "JAC 22-04",
            "16 Mar 2022",
            "2022-03-16",
            "9",
            "Arrange a development session for new members on treasury management.",
            "Rachel Obi",
            ["Rachel Obi"],
            "TBC",
            None,
            "Awaiting dates from the treasury advisers.",
            "Not started",
        ),
        (
            "JAC 22-05",
            "11 May 2022",
            "2022-05-11",
            "4",
            "Report the outcome of the review of the gifts and hospitality register.",
            "Head of Professional Standards",
            ["Head of Professional Standards"],
            "13/07/22",
            "2022-07-13",
            "Review complete; report delayed to September.",
            "At risk",
        ),
        (
            "JAC 22-06",
            "11 May 2022",
            "2022-05-11",
            "6",
            "Share the revised anti-fraud and corruption policy for comment before adoption.",
            "Chief Executive / CFO",
            ["Chief Executive", "Chief Finance Officer"],
            "Q2 2022/23",
            None,
            "Draft with legal services.",
            "On track",
        ),
        (
            "JAC 22-07",
            "11 May 2022",
            "2022-05-11",
            "10",
            "Update the assurance map to reflect the new regional collaboration agreements.",
            "DCC",
            ["Deputy Chief Constable"],
            "01.07.22",
            "2022-07-01",
            "Assurance map v4 attached at item 8.",
            "Completed",
        ),
    ]
    css = (
        BASE_CSS
        + """
@page { size: A4 landscape; margin: 16mm 12mm 14mm 12mm;
  @top-center { content: "OFFICIAL"; font: bold 9pt 'Carlito'; }
  @bottom-left { content: "Wicklestone Joint Audit Committee – action tracker"; font: 8pt 'Carlito'; color: #555; }
  @bottom-right { content: "page " counter(page) " of " counter(pages); font: 8pt 'Carlito'; color: #555; } }
body { font: 9.5pt 'Carlito', sans-serif; }
h1 { font-size: 16pt; margin: 0; color: #5b2a86; } .sub { color: #555; margin-bottom: 8px; }
.key { display: flex; gap: 8px; margin: 6px 0 10px; font-size: 8.5pt; align-items: center; }
.pill { border-radius: 9px; padding: 1px 8px; font-weight: bold; font-size: 8.5pt; white-space: nowrap; }
table { width: 100%; } th { text-align: left; color: #5b2a86; border-bottom: 2px solid #5b2a86; padding: 4px; font-size: 9pt; }
td { padding: 5px 4px; border-bottom: 1px solid #ddd; vertical-align: top; }
tr { page-break-inside: avoid; }
"""
    )

    def pill(s):
        bg, fg = CHIP[s]
        return f"<span class='pill' style='background:{bg};color:{fg}'>{s}</span>"

    h = [
        f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>",
        "<h1>Joint Audit Committee: action tracker</h1>",
        "<div class='sub'>Wicklestone Police and Crime Commissioner and Chief Constable of Wicklestone Police · updated 5 July 2022 for the meeting on 13 July 2022</div>",
        "<div class='key'><b>Key:</b>" + "".join(pill(k) for k in CHIP) + "</div>",
        "<table><tr><th>#</th><th>From meeting</th><th>Item</th><th style='width:30%'>Action</th><th>Who</th><th>When</th><th style='width:22%'>Progress</th><th>RAG</th></tr>",
    ]
    for r in rows:
        h.append(
            f"<tr><td style='white-space:nowrap'>{r[0]}</td><td style='white-space:nowrap'>{r[1]}</td><td>{r[3]}</td><td>{esc(r[4])}</td><td>{esc(r[5])}</td><td>{r[7]}</td><td>{esc(r[9])}</td><td>{pill(r[10])}</td></tr>"
        )
    h.append(
        "</table><p style='font-size:8.5pt;color:#555'>Actions shown as Completed will be removed from the tracker once the Committee has agreed they are closed.</p></body></html>"
    )
    html_to_pdf(stem, "\n".join(h))
    write_gold(
        stem,
        {
            "attendance": [],
            "agenda_items": [],
            "decisions": [],
            "risks": [],
            "actions": [
                act(r[4], r[0], r[2], r[3], r[6], r[8], "closed" if r[10] == "Completed" else "open", r[5], r[7])
                for r in rows
            ],
        },
    )


# ---------------------------------------------------------------- D: risk summary with coloured rating chips
def band(score):
    if score >= 15:
        return "#d32f2f", "#fff", "High"
    if score >= 8:
        return "#f9a825", "#000", "Medium"
    return "#388e3c", "#fff", "Low"


def risk_summary():
    stem = "2023-06-30-Hexworth-OPCC-risk-summary"
    rdate = "2023-06-30"
    groups = [
        (
            "Keeping communities safe",
            [
                (
                    "HX-01",
                    "Neighbourhood teams are abstracted to response duties, so local problem-solving commitments in the Police and Crime Plan are not met.",
                    "Chief Constable",
                    (4, 4),
                    (3, 4),
                    (2, 3),
                    "↑",
                ),
                (
                    "HX-02",
                    "Partners withdraw funding from the violence reduction unit, leaving prevention programmes without a sustainable budget.",
                    "Chief Executive",
                    (3, 4),
                    (3, 3),
                    (2, 3),
                    "→",
                ),
            ],
        ),
        (
            "Delivering value for money",
            [
                (
                    "HX-03",
                    "Pay awards above the budgeted level create a funding gap in the medium-term financial plan.",
                    "Chief Finance Officer",
                    (5, 4),
                    (4, 4),
                    (3, 3),
                    "↑",
                ),
                (
                    "HX-04",
                    "The shared business services partnership fails to deliver the savings assumed in the budget.",
                    "Chief Finance Officer",
                    (3, 3),
                    (2, 3),
                    (1, 3),
                    "↓",
                ),
                (
                    "HX-05",
                    "Estate rationalisation is delayed by planning objections, increasing running costs.",
                    "Head of Estates",
                    (3, 3),
                    (3, 2),
                    (2, 2),
                    "→",
                ),
            ],
        ),
        (
            "Supporting victims",
            [
                (
                    "HX-06",
                    "Commissioned victim services cannot absorb the growth in referrals from the new needs assessment.",
                    "Head of Commissioning",
                    (4, 3),
                    (3, 3),
                    (2, 3),
                    "↓",
                ),
                (
                    "HX-07",
                    "A data breach by a commissioned provider exposes victims' personal information.",
                    "Chief Executive",
                    (2, 5),
                    (2, 4),
                    (1, 4),
                    "→",
                ),
            ],
        ),
    ]
    css = (
        BASE_CSS
        + """
@page { size: A4; margin: 22mm 14mm 16mm 14mm;
  @top-left { content: "Hexworth OPCC · Risk summary"; font: 8pt 'Liberation Serif'; color: #666; }
  @top-right { content: "OFFICIAL – SENSITIVE (removed for publication)"; font: 8pt 'Liberation Serif'; color: #666; }
  @bottom-center { content: counter(page); font: 9pt 'Liberation Serif'; } }
body { font: 9.5pt 'Liberation Serif', serif; }
.hero { background: #263238; color: #fff; padding: 10px 14px; }
.hero h1 { margin: 0; font-size: 17pt; } .hero div { font-size: 10pt; }
h2 { font-size: 11.5pt; background: #eceff1; padding: 4px 8px; margin: 14px 0 4px; }
table { width: 100%; } th { text-align: center; font-size: 8.5pt; border-bottom: 1px solid #263238; padding: 3px; }
td { padding: 5px 3px; border-bottom: 1px dotted #aaa; vertical-align: middle; font-size: 9pt; }
.chip { display: inline-block; border-radius: 4px; padding: 2px 5px; font: bold 8.5pt 'Liberation Sans'; white-space: nowrap; }
.c { text-align: center; } .tr { font-size: 14pt; text-align: center; }
.legend { display: flex; gap: 14px; margin: 8px 0; font-size: 8.5pt; }
"""
    )

    def chip(li):
        s = li[0] * li[1]
        bg, fg, word = band(s)
        return f"<span class='chip' style='background:{bg};color:{fg}'>{li[0]} x {li[1]} = {s}</span><br><span style='font-size:7.5pt'>{word}</span>"

    h = [
        f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>",
        "<div class='hero'><h1>Office of the Police and Crime Commissioner for Hexworth</h1><div>Strategic risk summary · Position as at 30 June 2023 · For the Joint Audit Committee, 19 July 2023</div></div>",
        "<div class='legend'><span>Ratings are likelihood x impact = score (5 x 5).</span>"
        + "".join(
            f"<span class='chip' style='background:{b[0]};color:{b[1]}'>{b[2]}</span>"
            for b in (band(20), band(10), band(4))
        )
        + "<span>Trend: ↑ rising · → stable · ↓ falling</span></div>",
    ]
    risks = []
    for obj, rs in groups:
        h.append(
            f"<h2>Priority: {obj}</h2><table><tr><th style='width:44px'>Ref</th><th style='text-align:left'>Risk</th><th style='width:80px'>Owner</th><th>Inherent</th><th>Residual</th><th>Target</th><th>Trend</th></tr>"
        )
        for ref, desc, owner, inh, res, tgt, trend in rs:
            h.append(
                f"<tr><td><b>{ref}</b></td><td>{esc(desc)}</td><td>{owner}</td><td class='c'>{chip(inh)}</td><td class='c'>{chip(res)}</td><td class='c'>{chip(tgt)}</td><td class='tr'>{trend}</td></tr>"
            )
            risks.append(
                {
                    "reference": ref,
                    "objective": obj,
                    "description": desc,
                    "ratings": [
                        rating("inherent", "Inherent", inh[0], inh[1], inh[0] * inh[1], rdate),
                        rating("current", "Residual", res[0], res[1], res[0] * res[1], rdate),
                        rating("target", "Target", tgt[0], tgt[1], tgt[0] * tgt[1], rdate),
                    ],
                }
            )
        h.append("</table>")
    h.append(
        "<p style='font-size:8.5pt'>Risks closed this quarter: none. The Committee is asked to note the summary.</p>"
    )
    # page 2: residual heat map (positions only; the ratings are read from the tables)
    h.append(
        "<div style='page-break-before:always'><h2>Residual risk heat map</h2><table class='hm' style='width:70%;margin:auto'>"
    )
    allr = [r for _o, rs in groups for r in rs]
    for lik in range(5, 0, -1):
        h.append(f"<tr><th>{lik}</th>")
        for imp in range(1, 6):
            bg, fg, _w = band(lik * imp)
            refs = " ".join(r[0] for r in allr if r[4] == (lik, imp))
            h.append(
                f"<td style='background:{bg};color:{fg};height:52px;width:17%;text-align:center;border:2px solid #fff;font:bold 8.5pt Liberation Sans'>{refs}</td>"
            )
        h.append("</tr>")
    h.append("<tr><th></th>" + "".join(f"<th>{i}</th>" for i in range(1, 6)) + "</tr></table>")
    h.append("<p style='text-align:center;font-size:8.5pt'>Likelihood (vertical) against impact (horizontal)</p>")
    h.append(
        "<h2>Changes since the last report</h2><ul><li>HX-01 and HX-03 have risen because of summer demand and the national pay award.</li>"
        "<li>HX-04 has fallen following go-live of the new payroll module.</li><li>No new risks have been added.</li></ul></div></body></html>"
    )
    html_to_pdf(stem, "\n".join(h))
    write_gold(stem, {"attendance": [], "agenda_items": [], "decisions": [], "actions": [], "risks": risks})


# ---------------------------------------------------------------- E: agenda with a flexbox sidebar
def fire_agenda():
    stem = "2020-09-24-Benfordshire-Fire-Authority-agenda"
    date = "2020-09-24"
    body = "Benfordshire Fire and Rescue Authority"
    venue = "Virtual meeting via Microsoft Teams (live-streamed)"
    items = [
        ("1", "Apologies for absence", "Clerk to the Authority"),
        ("2", "Declarations of interest", "Chair"),
        ("3", "Minutes of the meeting held on 23 July 2020", "Chair"),
        ("4", "Chair's announcements", "Chair"),
        ("5", "Revenue budget monitoring 2020/21 (Quarter 1)", "Treasurer"),
        ("6", "Community Risk Management Plan 2021–24: consultation outcome", "Chief Fire Officer"),
        ("7", "Response standards performance report", "Area Manager, Service Delivery"),
        ("8", "Health, safety and welfare annual report", "Head of People"),
        ("9", "Treasury management annual report 2019/20", "Treasurer"),
        ("10", "Exclusion of the press and public", "Chair"),
        ("11", "Mobilising system contract extension", "Director of Corporate Services"),
        ("12", "Exempt minutes of the meeting held on 23 July 2020", "Chair"),
    ]
    members = [
        "Cllr Peter Danvers (Chair)",
        "Cllr Ruth Kemble (Vice-Chair)",
        "Cllr Anwar Siddiq",
        "Cllr Louise Trant",
        "Cllr Derek Ogunbiyi",
        "Cllr Mairead Colley",
        "Cllr Stuart Fenwick",
        "Cllr Yvonne Ashby",
    ]
    css = (
        BASE_CSS
        + """
@page { size: A4; margin: 14mm 12mm 14mm 12mm;
  @bottom-right { content: "Agenda – page " counter(page); font: 8pt 'Carlito'; } }
body { font: 10pt 'Carlito', sans-serif; }
.wrap { display: flex; gap: 16px; }
.side { width: 30%; background: #b71c1c; color: #fff; padding: 12px; border-radius: 4px; }
.side h3 { font-size: 10pt; margin: 10px 0 3px; border-bottom: 1px solid #fff; }
.side p { margin: 2px 0; font-size: 9pt; }
.main { flex: 1; }
.main h1 { font-size: 20pt; color: #b71c1c; margin: 0 0 4px; } .main h2 { font-size: 12pt; color: #333; margin: 12px 0 6px; }
.it { display: flex; align-items: flex-start; margin: 6px 0; page-break-inside: avoid; }
.n { width: 24px; height: 24px; border-radius: 12px; border: 2px solid #b71c1c; color: #b71c1c; font-weight: bold; display: flex; align-items: center; justify-content: center; margin-right: 10px; flex: none; }
.t { font-weight: bold; } .p { font-size: 8.5pt; color: #555; }
.part { background: #fbe9e7; padding: 4px 8px; font-size: 9pt; margin: 10px 0 4px; }
"""
    )
    h = [
        f"<html><head><meta charset='utf-8'><style>{css}</style></head><body><div class='wrap'><div class='side'>",
        "<div style='font-size:13pt;font-weight:bold'>Benfordshire Fire and Rescue Authority</div>",
        "<h3>Meeting details</h3><p><b>Date:</b> Thursday 24 September 2020</p><p><b>Time:</b> 10.30 am</p>",
        f"<p><b>Venue:</b> {venue}</p>",
        "<h3>Contact</h3><p>Fiona Lisle, Clerk to the Authority</p><p>01632 960 418</p>",
        "<h3>Membership</h3>" + "".join(f"<p>{m}</p>" for m in members),
        "<h3>Public access</h3><p>The meeting will be broadcast on the Authority's YouTube channel.</p>",
        "</div><div class='main'><h1>Agenda</h1><p>Members of the Authority are summoned to attend the meeting set out opposite to transact the business below.</p>",
        "<h2>Part 1 – open to the public</h2>",
    ]
    for num, title, pres in items:
        if num == "11":
            h.append(
                "<div class='part'><b>Part 2 – exempt information</b> (Paragraph 3 of Schedule 12A, Local Government Act 1972)</div>"
            )
        h.append(
            f"<div class='it'><div class='n'>{num}</div><div><div class='t'>{esc(title)}</div><div class='p'>{esc(pres)}</div></div></div>"
        )
    h.append(
        "<p style='font-size:8.5pt;margin-top:16px'>Published 16 September 2020. Papers for this meeting are available on the Authority's website.</p></div></div></body></html>"
    )
    html_to_pdf(stem, "\n".join(h))
    write_gold(
        stem,
        {
            "meetings": [
                {"body": body, "meeting_date": date, "start_time": "10:30", "location": venue, "minutes_status": None}
            ],
            "attendance": [],
            "agenda_items": [
                {"meeting_date": date, "item_number": n, "title": t, "presenter_text": p} for n, t, p in items
            ],
            "decisions": [],
            "actions": [],
            "risks": [],
        },
    )


# ---------------------------------------------------------------- M: JAC minutes, two-column flex
def jac_minutes():
    stem = "2019-12-04-Hexworth-Joint-Audit-Committee-minutes"
    date = "2019-12-04"
    loc = "Committee Room B, Hexworth Police Headquarters, Marlpit Lane, Stanbridge"
    members = [
        ("Priya Nandakumar", "Independent member (Chair)", "PN"),
        ("Hugh Carver", "Independent member", "HC"),
        ("Edwin Lusk", "Independent member", "EL"),
        ("Marian Okafor", "Independent member", "MO"),
    ]
    officers = [
        ("Nadia Roscoe", "Chief Executive (OPCC)", "NR"),
        ("Alan Rudd", "Chief Finance Officer (OPCC)", "AR"),
        ("Helena Strand", "Deputy Chief Constable", "HS"),
        ("Kim Beattie", "Director of Finance (Force)", "KB"),
        ("Tom Greaves", "Audit Manager, internal audit", "TG"),
        ("Lucy Penhale", "Engagement Lead, external audit", "LP"),
    ]
    apol = [("Graham Oduya", "Independent member"), ("Simon Ferrier", "Police and Crime Commissioner")]
    d22 = "The Committee agreed that the action log would in future be circulated two weeks before each meeting."
    d32 = "The Committee noted the progress report and the two limited-assurance opinions on overtime and on seized property."
    d43 = "The Committee approved the internal audit plan for 2020/21, subject to the addition of a review of the Force's use of body-worn video."
    d52 = "The Committee endorsed the audit fee proposal for 2019/20."
    d62 = "The Committee noted the OPCC and Force strategic risk registers."
    a3 = "TG to bring the follow-up of the overtime audit to the March meeting."
    a5 = "AR / KB to agree a revised closedown timetable with the external auditor by 31 January 2020."
    a6 = "HS to present a deep dive into the digital evidence risk at the next meeting."
    items = [
        (
            "1",
            "Welcome and apologies",
            [("1.1", "The Chair welcomed members and officers. Apologies were noted as above.", None)],
        ),
        (
            "2",
            "Minutes of the meeting held on 11 September 2019 and action log",
            [
                (
                    "2.1",
                    "The minutes were approved as a correct record. All actions were complete or on the agenda.",
                    None,
                ),
                ("2.2", d22, None),
            ],
        ),
        (
            "3",
            "Internal audit progress report",
            [
                (
                    "3.1",
                    "TG presented the report. Six of the eleven planned reviews were complete. Members asked why the overtime review had received limited assurance; HS explained that approval of overtime claims had not been recorded consistently.",
                    None,
                ),
                ("3.2", d32, ("TG", a3)),
            ],
        ),
        (
            "4",
            "Internal audit plan 2020/21",
            [
                ("4.1", "TG outlined the risk-based approach to the plan and the 160 days proposed.", None),
                (
                    "4.2",
                    "EL asked whether collaboration arrangements were covered; TG confirmed a joint review with the regional unit.",
                    None,
                ),
                ("4.3", d43, None),
            ],
        ),
        (
            "5",
            "External audit: annual audit letter and fee",
            [
                (
                    "5.1",
                    "LP presented the annual audit letter. Both bodies had received unqualified opinions, but the accounts had been signed late because of the pension valuation.",
                    None,
                ),
                ("5.2", d52, ("AR / KB", a5)),
            ],
        ),
        (
            "6",
            "Strategic risk registers",
            [
                (
                    "6.1",
                    "NR and HS introduced the registers. The Chair noted that the digital evidence risk had remained red for three quarters.",
                    None,
                ),
                ("6.2", d62, ("HS", a6)),
            ],
        ),
        ("7", "Any other business", [("7.1", "None. The next meeting will be held on 11 March 2020 at 14:00.", None)]),
    ]
    css = (
        BASE_CSS
        + """
@page { size: A4; margin: 20mm 16mm 18mm 16mm;
  @top-left { content: "HEXWORTH JOINT AUDIT COMMITTEE"; font: 8pt 'DejaVu Serif'; letter-spacing: 1px; }
  @top-right { content: "UNCONFIRMED"; font: bold 9pt 'DejaVu Serif'; color: #c00; }
  @bottom-center { content: "– " counter(page) " –"; font: 9pt 'DejaVu Serif'; } }
body { font: 9.5pt 'DejaVu Serif', serif; line-height: 1.35; }
h1 { font-size: 14pt; margin: 0 0 2px; } .meta { margin-bottom: 10px; color: #333; }
.cols { display: flex; gap: 12px; border-top: 2px solid #000; border-bottom: 1px solid #000; padding: 6px 0; margin-bottom: 12px; }
.cols > div { flex: 1; font-size: 8.5pt; } .cols h3 { font-size: 9pt; margin: 0 0 4px; text-transform: uppercase; }
.cols p { margin: 1px 0; }
.row { display: flex; border-bottom: 1px solid #ddd; padding: 6px 0; }
.l { width: 28%; font-weight: bold; padding-right: 10px; } .r { flex: 1; }
.para { display: flex; margin-bottom: 4px; } .pn { width: 30px; flex: none; }
.act { border: 1px solid #000; padding: 2px 6px; margin: 3px 0 3px 30px; display: flex; justify-content: space-between; font-size: 9pt; }
.act b { margin-right: 6px; }
"""
    )
    h = [
        f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>",
        "<h1>Minutes of the Joint Audit Committee</h1>",
        f"<div class='meta'>Wednesday 4 December 2019, 14:00 · {loc}</div><div class='cols'>",
        "<div><h3>Members present</h3>" + "".join(f"<p>{n} ({i}) – {r}</p>" for n, r, i in members) + "</div>",
        "<div><h3>Officers and auditors</h3>" + "".join(f"<p>{r} – {n} ({i})</p>" for n, r, i in officers) + "</div>",
        "<div><h3>Apologies</h3>" + "".join(f"<p>{n}, {r}</p>" for n, r in apol) + "</div></div>",
    ]
    for num, head, paras in items:
        h.append(f"<div class='row'><div class='l'>{num}. {esc(head)}</div><div class='r'>")
        for pn, text, action in paras:
            h.append(f"<div class='para'><div class='pn'>{pn}</div><div>{esc(text)}</div></div>")
            if action:
                h.append(f"<div class='act'><span><b>Action:</b> {esc(action[1])}</span><span>{action[0]}</span></div>")
        h.append("</div></div>")
    h.append(
        "<p style='font-size:8.5pt;margin-top:12px'>Signed as a correct record (Chair) ……………………… Date ………………</p></body></html>"
    )
    html_to_pdf(stem, "\n".join(h))
    attendance = [att(date, n, "member", r) for n, r, _i in members]
    attendance += [att(date, n, "in_attendance", r) for n, r, _i in officers]
    attendance += [att(date, n, "apologies", r) for n, r in apol]
    write_gold(
        stem,
        {
            "meetings": [
                {
                    "body": "Hexworth Joint Audit Committee",
                    "meeting_date": date,
                    "start_time": "14:00",
                    "location": loc,
                    "minutes_status": "draft",
                }
            ],
            "attendance": attendance,
            "decisions": [
                dec(date, "2.2", "agreed", d22),
                dec(date, "3.2", "noted", d32),
                dec(date, "4.3", "approved", d43),
                dec(date, "5.2", "endorsed", d52),
                dec(date, "6.2", "noted", d62),
            ],
            "actions": [
                act(a3, None, date, "3", ["Tom Greaves"], None, "open", "TG", None),
                act(
                    a5,
                    None,
                    date,
                    "5",
                    ["Alan Rudd", "Kim Beattie"],
                    "2020-01-31",
                    "open",
                    "AR / KB",
                    "31 January 2020",
                ),
                act(a6, None, date, "6", ["Helena Strand"], None, "open", "HS", "the next meeting"),
            ],
            "risks": [],
        },
    )


ALL = [panel_minutes, decision_record, jac_tracker, risk_summary, fire_agenda, jac_minutes]
