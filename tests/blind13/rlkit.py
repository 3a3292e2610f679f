"""reportlab helpers."""

from xml.sax.saxutils import escape

from common import HERE, register_fonts
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: F401  (re-exported to the papers)
from reportlab.lib.pagesizes import A4, landscape, portrait  # noqa: F401
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (  # noqa: F401  (re-exported to the papers)
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

register_fonts()


def S(
    name="s",
    font="LibSans",
    size=10,
    lead=None,
    align=TA_LEFT,
    bold=False,
    italic=False,
    color=colors.black,
    before=0,
    after=3,
    left=0,
    first=0,
):
    f = font + ("-BI" if bold and italic else "-B" if bold else "-I" if italic else "")
    return ParagraphStyle(
        name,
        fontName=f,
        fontSize=size,
        leading=lead or size * 1.22,
        alignment=align,
        textColor=color,
        spaceBefore=before,
        spaceAfter=after,
        leftIndent=left,
        firstLineIndent=first,
    )


def P(text, style):
    return Paragraph(text, style)


def E(text):
    return escape(text)


def doc(stem, pagesize=A4, margins=(18 * mm,) * 4, onpage=None, title=""):
    l, r, t, b = margins
    d = SimpleDocTemplate(
        str(HERE / (stem + ".pdf")),
        pagesize=pagesize,
        leftMargin=l,
        rightMargin=r,
        topMargin=t,
        bottomMargin=b,
        title=title,
        invariant=1,
        author="",
    )
    return d


def render(d, story, onpage=None, onfirst=None):
    kw = {}
    if onpage:
        kw["onLaterPages"] = onpage
        kw["onFirstPage"] = onfirst or onpage
    d.build(story, **kw)
