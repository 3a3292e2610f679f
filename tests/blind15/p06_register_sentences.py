"""06: OPCC risk register written as prose: each risk a paragraph block whose ratings are sentences
('Likelihood 4, Impact 4, overall 16 (Red)'); objectives as 'Priority n:' headings; per-risk review dates."""

from lib import OUT, rating, risk, write_gold
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate

STEM = "2021-02-15-Pendleford-OPCC-risk-register"
REG_DATE = "2021-02-15"


def band(s):
    return "Red" if s >= 15 else "Amber" if s >= 5 else "Green"


# section (label, objective), [(ref, description, owner, inh, cur, tgt, controls, reviewed printed, reviewed iso, style)]
SECTIONS = [
    (
        "Priority 1",
        "Safer Communities",
        [
            (
                "PR-01",
                "Neighbourhood policing visibility does not improve despite the additional officers funded by the precept, and public confidence continues to fall.",
                "Chief Executive",
                (4, 3),
                (3, 3),
                (2, 3),
                "Quarterly holding-to-account reports on neighbourhood deployment; precept commitments published with a tracker; community survey repeated each autumn.",
                "09.02.21",
                "2021-02-09",
                "a",
            ),
            (
                "PR-02",
                "The Violence Reduction Network loses Home Office funding after March 2022 and partners cannot sustain the work.",
                "Head of Partnerships",
                (3, 4),
                (3, 3),
                (2, 3),
                "Exit strategy agreed with partners; match funding from the two unitary councils; evaluation commissioned to evidence impact.",
                "02.02.21",
                "2021-02-02",
                "b",
            ),
        ],
    ),
    (
        "Priority 2",
        "Supporting Victims",
        [
            (
                "PR-03",
                "Commissioned services for victims cannot absorb the rise in referrals from domestic abuse cases during lockdown.",
                "Head of Commissioning",
                (4, 4),
                (3, 4),
                (2, 3),
                "Additional Ministry of Justice grant allocated to the two largest providers; monthly contract monitoring; waiting list reported weekly to the Deputy PCC.",
                "09.02.21",
                "2021-02-09",
                "a",
            ),
            (
                "PR-04",
                "The new victims’ case management system is not ready when the current contract ends in June 2021.",
                "Head of Commissioning",
                (3, 4),
                (2, 4),
                (1, 4),
                "Project board chaired by the Chief Executive; extension option in the current contract; data migration tested in January.",
                None,
                None,
                "c",
            ),
        ],
    ),
    (
        "Priority 3",
        "Holding the Chief Constable to Account",
        [
            (
                "PR-05",
                "The Commissioner does not receive timely information on the force’s response to the HMICFRS inspection of crime recording.",
                "Chief Executive",
                (3, 3),
                (2, 3),
                (1, 3),
                "Standing item at the Accountability Board; access to the force performance portal; joint audit committee oversight of the action plan.",
                "28.01.21",
                "2021-01-28",
                "a",
            ),
        ],
    ),
    (
        "Priority 4",
        "Governance and Resources",
        [
            (
                "PR-06",
                "The police and crime commissioner elections, postponed to May 2021, are disrupted by coronavirus restrictions, delaying the transition to a new term.",
                "Chief Executive",
                (3, 4),
                (3, 3),
                (2, 2),
                "Transition plan and briefing pack prepared; pre-election guidance issued to staff; liaison with the Police Area Returning Officer.",
                "11.02.21",
                "2021-02-11",
                "b",
            ),
            (
                "PR-07",
                "The precept referendum limit is set lower than the increase assumed in the medium term financial plan.",
                "Chief Finance Officer",
                (4, 4),
                (3, 3),
                (3, 2),
                "Scenarios modelled at £10, £12 and £15; reserves available to smooth the gap in 2021/22; early engagement with the Police and Crime Panel.",
                "11.02.21",
                "2021-02-11",
                "a",
            ),
        ],
    ),
]


def sentence(l, i, style):
    s = l * i
    if style == "b":
        return f"Likelihood {l}, Impact {i} – overall {s} ({band(s)})"
    return f"Likelihood {l}, Impact {i}, overall {s} ({band(s)})"


def build():
    base = ParagraphStyle("b", fontName="Caladea", fontSize=10.5, leading=13.5, spaceAfter=3)
    h1 = ParagraphStyle("h1", parent=base, fontName="CaladeaB", fontSize=15, leading=19)
    h2 = ParagraphStyle(
        "h2",
        parent=base,
        fontName="CaladeaB",
        fontSize=12,
        leading=15,
        spaceBefore=10,
        textColor=colors.HexColor("#5B2C6F"),
    )
    ref_st = ParagraphStyle("r", parent=base, fontName="CaladeaB", spaceBefore=6)
    story = [
        Paragraph("Office of the Police and Crime Commissioner for Pendleford", h1),
        Paragraph("Corporate Risk Register – as at 15 February 2021 (version 7)", base),
        Paragraph(
            "Scoring: each risk is scored for likelihood and impact on a scale of 1 to 5 and the two are multiplied. "
            "Overall scores of 15 and above are Red, 5 to 12 Amber and 1 to 4 Green. Risks scored Red after controls "
            "are reported to the Joint Audit Committee by exception.",
            base,
        ),
    ]
    gold = []
    for label, obj, risks in SECTIONS:
        story.append(Paragraph(f"{label}: {obj}", h2))
        for ref, desc, owner, inh, cur, tgt, ctrl, rev, reviso, style in risks:
            block = [Paragraph(f"{ref}&nbsp;&nbsp;&nbsp;{desc}", ref_st)]
            if style == "c":
                txt = (
                    f"Risk owner is the {owner}. Inherent rating {sentence(*inh, 'a')}. Mitigation: {ctrl} "
                    f"Current rating {sentence(*cur, 'a')}. We aim to bring this down to {sentence(*tgt, 'a')} "
                    f"by the end of the contract transition."
                )
                ph = ("Inherent rating", "Current rating", "We aim to bring this down to")
            else:
                txt = (
                    f"Owner: {owner}. Before controls: {sentence(*inh, style)}. Controls: {ctrl} "
                    f"With controls in place: {sentence(*cur, style)}. Target: {sentence(*tgt, style)}."
                )
                ph = ("Before controls", "With controls in place", "Target")
            block.append(Paragraph(txt, base))
            block.append(Paragraph(f"<i>Last reviewed {rev}</i>" if rev else "<i>Review date not recorded</i>", base))
            story.append(KeepTogether(block))
            rd = reviso or REG_DATE
            gold.append(
                risk(
                    ref,
                    obj,
                    desc,
                    [
                        rating("inherent", ph[0], inh[0], inh[1], inh[0] * inh[1], rd),
                        rating("current", ph[1], cur[0], cur[1], cur[0] * cur[1], rd),
                        rating("target", ph[2], tgt[0], tgt[1], tgt[0] * tgt[1], rd),
                    ],
                )
            )

    def furniture(c, doc):
        c.saveState()
        c.setFont("Caladea", 8)
        c.drawString(20 * mm, 10 * mm, "OPCC Risk Register v7 – Feb 2021 – OFFICIAL")
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f"{doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / (STEM + ".pdf")),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="OPCC Risk Register",
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    write_gold(STEM, attendance=[], agenda_items=[], decisions=[], actions=[], risks=gold)
