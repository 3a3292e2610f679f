"""Pellingshire Police and Crime Panel minutes, 9 March 2017: council committee-system style
(python-docx -> LibreOffice). Run-in PRESENT block, minute numbers 17/21..., hanging numbers,
RESOLVED – That (a) ... ; and (b) ..., 'subject to confirmation' -> draft."""

from common import D, Gold, build_office, day_long
from docx.shared import Cm
from docxkit import footer_page, header_text, new_doc, para, run

STEM = "2017-03-09-Pellingshire-Police-and-Crime-Panel-minutes"
BODY = "Pellingshire Police and Crime Panel"
MD = D(2017, 3, 9)
LOC = "Council Chamber, Shire Hall, Pelling"

CHAIR = ("Derek Almond", "Chairman")
VICE = ("Rosalind Pike", "Vice-Chairman")
CLLRS = ["Hugh Barnsley", "Marian Coyle", "Tariq Hussain", "Geoffrey Lunn", "Patricia Oakes"]
COOPT = ["Janet Whitsun", "Oliver Crane"]
ALSO = [
    ("Stephen Marwood", "Police and Crime Commissioner"),
    ("Ruth Elphick", "Chief Executive, Office of the Police and Crime Commissioner"),
    ("Daniel Keogh", "Chief Finance Officer, Office of the Police and Crime Commissioner"),
]
OFFICERS = [("Lucy Farrant", "Panel Support Officer"), ("Ian Stell", "Legal Adviser to the Panel")]
APOLOGIES = ["Nigel Prout", "Sheila Vickers"]

D1 = (
    "RESOLVED – That the minutes of the meeting held on 2 February 2017 be confirmed as a "
    "correct record and signed by the Chairman."
)
D2 = (
    "RESOLVED – That (a) the comments of the Panel on the draft Police and Crime Plan 2017-2021, "
    "as set out in the discussion above, be forwarded to the Commissioner; and (b) the Commissioner "
    "be asked to publish the final Plan by 31 March 2017."
)
D3 = (
    "The Panel noted that four complaints about the conduct of the Commissioner had been "
    "received during 2016 and that none had been referred to the Independent Police Complaints "
    "Commission."
)
D4 = (
    "RESOLVED – That the Panel’s work programme for 2017/18 be agreed, subject to the addition of "
    "an item on rural and wildlife crime at the September meeting."
)


def build():
    g = Gold(STEM, "minutes")
    g.meeting(BODY, MD, "10:00", LOC, "draft")
    doc = new_doc("Liberation Sans", 10.5, margins=2.3)
    header_text(doc, "Pellingshire County Council – Democratic Services", size=7.5, align="left", color="666666")
    footer_page(doc, fmt="{P}", size=9, align="center")
    para(doc, BODY.upper(), bold=True, size=13, align="center", after=8)
    p = para(doc, "", align="justify", after=10)
    run(p, "MINUTES", bold=True)
    run(p, " of a meeting of the %s held in the %s on %s commencing at 10.00 am." % (BODY, LOC, day_long(MD)))

    # run-in PRESENT block with hanging label
    p = para(doc, "", indent=3.0, hanging=3.0, after=4)
    run(p, "PRESENT:\t", bold=True)
    run(
        p,
        "Councillor %s (%s), Councillor %s (%s); Councillors %s and %s."
        % (CHAIR[0], CHAIR[1], VICE[0], VICE[1], ", ".join(CLLRS[:-1]), CLLRS[-1]),
    )
    p.paragraph_format.tab_stops.add_tab_stop(Cm(3.0))
    g.attend(MD, CHAIR[0], "member", CHAIR[1])
    g.attend(MD, VICE[0], "member", VICE[1])
    for n in CLLRS:
        g.attend(MD, n, "member")
    p = para(doc, "", indent=3.0, after=4)
    run(p, "Independent co-opted members: ", italic=True)
    run(p, "Mrs %s and Mr %s." % tuple(COOPT))
    for n in COOPT:
        g.attend(MD, n, "member", "Independent co-opted members")
    p = para(doc, "", indent=3.0, hanging=3.0, after=4)
    run(p, "Also present:\t", bold=True)
    run(p, "; ".join("%s (%s)" % a for a in ALSO) + ".")
    for n, r in ALSO:
        g.attend(MD, n, "in_attendance", r)
    p = para(doc, "", indent=3.0, hanging=3.0, after=12)
    run(p, "Officers:\t", bold=True)
    run(p, "; ".join("%s (%s)" % a for a in OFFICERS) + ".")
    for n, r in OFFICERS:
        g.attend(MD, n, "in_attendance", r)

    def minute(no, heading, paras):
        p = para(doc, "", indent=1.8, hanging=1.8, before=6, after=3)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.8))
        run(p, no + "\t", bold=True)
        run(p, heading.upper(), bold=True)
        for t in paras:
            if t.startswith("RESOLVED"):
                pp = para(doc, "", indent=1.8, after=4, align="justify")
                head, rest = t.split(" – ", 1)
                run(pp, head, bold=True)
                run(pp, " – " + rest)
            else:
                para(doc, t, indent=1.8, after=4, align="justify")

    minute(
        "17/21",
        "Apologies for absence and substitutions",
        [
            "Apologies for absence were received from Councillors %s and %s. There were no substitutions."
            % tuple(APOLOGIES)
        ],
    )
    for n in APOLOGIES:
        g.attend(MD, n, "apologies")
    minute(
        "17/22",
        "Declarations of interest",
        [
            "Councillor Marian Coyle declared a personal interest in minute 17/25 as a trustee of "
            "Pellingshire Victim Support. She remained in the meeting and took part in the discussion."
        ],
    )
    minute("17/23", "Minutes", [D1])
    g.decision(MD, "17/23", "resolved", D1)
    minute("17/24", "Public questions", ["No questions had been received from members of the public by the deadline."])
    minute(
        "17/25",
        "Police and Crime Plan 2017-2021 – draft for consultation",
        [
            "The Commissioner introduced the draft Plan, which set out four priorities: protecting "
            "vulnerable people, reducing reoffending, safer roads in rural areas, and a more visible "
            "neighbourhood police presence in market towns.",
            "Members welcomed the emphasis on rural roads but questioned how progress would be measured. "
            "The Commissioner replied that a performance framework with quarterly measures would be "
            "presented to the Panel in June. In answer to Mr Crane, the Chief Executive confirmed that "
            "the consultation had drawn 1,214 responses, a third of them from people under 25.",
            D2,
        ],
    )
    g.decision(MD, "17/25", "resolved", D2)
    minute(
        "17/26",
        "Complaints against the Commissioner – annual summary",
        [
            "The Legal Adviser presented the annual summary of complaints handled under the Panel’s "
            "delegated arrangements.",
            D3,
        ],
    )
    g.decision(MD, "17/26", "noted", D3)
    minute(
        "17/27",
        "Work programme 2017/18",
        [
            "The Panel Support Officer introduced the draft work programme. Members asked that the "
            "Commissioner’s annual report be taken at the June meeting.",
            D4,
        ],
    )
    g.decision(MD, "17/27", "resolved", D4)

    para(doc, "The meeting closed at 12.20 pm.", before=10, after=18)
    para(doc, "Chairman ……………………………………    Date ………………………", after=14)
    para(doc, "These minutes are subject to confirmation at the next meeting of the Panel.", italic=True, size=9)
    build_office(STEM, doc.save, ".docx")
    g.write()
