"""09: Schedule of actions typed with spaces in a monospaced font (no table), two sections:
outstanding and 'COMPLETED ACTIONS (to be removed)'; dates dd.mm.yy, a revised due date 'now ...'."""

from lib import OUT, act, write_gold
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

STEM = "2015-06-16-Kestrelford-Holding-to-Account-schedule-of-actions"
OWN = {
    "ACC": ["Assistant Chief Constable"],
    "DCC": ["Deputy Chief Constable"],
    "PCC/CFO": ["Police and Crime Commissioner", "Chief Finance Officer"],
    "OPCC": ["Office of the Police and Crime Commissioner"],
    "Chief Exec": ["Chief Executive"],
    "CFO": ["Chief Finance Officer"],
}


def iso(ddmmyy):
    d, m, y = ddmmyy.split(".")
    return f"20{y}-{m}-{d}"


# no, raised, item, action, owner, due printed, due iso, update
OPEN = [
    (
        "HTA/15/02",
        "20.01.15",
        "5",
        "Develop a performance framework for the new rural crime team, with measures agreed with the National Farmers' Union.",
        "ACC",
        "31.03.15 now 30.06.15",
        "2015-06-30",
        "Draft measures shared with NFU; meeting arranged for 2 June.",
    ),
    (
        "HTA/15/05",
        "17.02.15",
        "3",
        "Report on the number of officers trained to carry naloxone and the number of administrations.",
        "DCC",
        "Jul-15",
        None,
        "Training ongoing, 64 officers trained to date.",
    ),
    (
        "HTA/15/07",
        "17.03.15",
        "6",
        "Agree the funding split for the street triage scheme with the clinical commissioning group.",
        "PCC/CFO",
        "30.06.15",
        "2015-06-30",
        "CCG board considers the proposal on 24 June.",
    ),
    (
        "HTA/15/08",
        "21.04.15",
        "4",
        "Provide a written briefing on the causes of the rise in hate crime reports in Kestrelford town centre.",
        "District Commander",
        "19.05.15",
        "2015-05-19",
        "Verbal update given 19.05.15; written briefing to follow.",
    ),
    (
        "HTA/15/09",
        "19.05.15",
        "7",
        "Publish the Commissioner's response to the HMIC crime data integrity inspection.",
        "OPCC",
        "next mtg",
        None,
        "",
    ),
]
DONE = [
    (
        "HTA/15/01",
        "20.01.15",
        "3",
        "Circulate the revised terms of reference for the Holding to Account Meeting.",
        "Chief Exec",
        "17.02.15",
        "2015-02-17",
        "Done.",
    ),
    (
        "HTA/15/04",
        "17.02.15",
        "6",
        "Confirm the capital budget for the replacement of body armour.",
        "CFO",
        "17.03.15",
        "2015-03-17",
        "Confirmed at 410k in the capital programme.",
    ),
    (
        "HTA/15/06",
        "17.03.15",
        "4",
        "Share the victim code compliance audit with the Commissioner.",
        "DCC",
        "21.04.15",
        "2015-04-21",
        "Shared 14.04.15.",
    ),
]


def wrap(text, width):
    out, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    return out + [cur] if cur else out


def rows(items):
    lines = []
    for no, raised, item, action, owner, due, _, upd in items:
        al = wrap(action, 44) + (
            [f"Update: {x}" if k == 0 else f"        {x}" for k, x in enumerate(wrap(upd, 36))] if upd else []
        )
        ol = wrap(owner, 11)
        dl = wrap(due, 9)
        for k in range(max(len(al), len(ol), len(dl))):
            a = al[k] if k < len(al) else ""
            o = ol[k] if k < len(ol) else ""
            d = dl[k] if k < len(dl) else ""
            if k == 0:
                lines.append(f"{no:<11}{raised:<10}{item:<5}{a:<46}{o:<12}{d}")
            else:
                lines.append(f"{'':<26}{a:<46}{o:<12}{d}")
        lines.append("")
    return lines


def build():
    head = f"{'No.':<11}{'Raised':<10}{'Item':<5}{'Action':<46}{'Owner':<12}Due"
    lines = [
        "KESTRELFORD POLICE AND CRIME COMMISSIONER",
        "HOLDING TO ACCOUNT MEETING - SCHEDULE OF ACTIONS",
        "Prepared for the meeting on 16.06.15",
        "",
        "=" * 92,
        head,
        "=" * 92,
    ]
    lines += rows(OPEN)
    lines += ["", "COMPLETED ACTIONS (to be removed from the schedule after this meeting)", "-" * 92, head, "-" * 92]
    lines += rows(DONE)
    c = canvas.Canvas(str(OUT / (STEM + ".pdf")), pagesize=A4)
    c.setTitle("HTA schedule of actions")
    y = A4[1] - 20 * mm
    for ln in lines:
        c.setFont("LibMonoB" if ln.isupper() or ln.startswith("COMPLETED") else "LibMono", 8.4)
        c.drawString(14 * mm, y, ln)
        y -= 10.5
    c.setFont("LibMono", 7)
    c.drawString(14 * mm, 10 * mm, r"H:\HTA\2015\Actions\HTA action schedule 16.06.15.doc  (last saved 09.06.15)")
    c.save()
    write_gold(
        STEM,
        attendance=[],
        agenda_items=[],
        decisions=[],
        actions=[act(a, no, iso(r), it, OWN.get(o, [o]), t, "open", o, d) for no, r, it, a, o, d, t, _ in OPEN]
        + [act(a, no, iso(r), it, OWN.get(o, [o]), t, "closed", o, d) for no, r, it, a, o, d, t, _ in DONE],
        risks=[],
    )
