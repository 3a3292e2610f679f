"""Where a row's evidence is: the page label as printed and a link that opens the PDF at its page.

Takes a page's text, or a document's path, source URL and page number; yields the label the
paper prints on that page ("Page 4 of 4", which in a pack differs from the file's page number)
and the URL a browser opens at that page (`…#page=N`, which PDF viewers honour).
"""

from __future__ import annotations

import re
from urllib.parse import quote

# 'Page 4 of 4', 'Page 4', 'page 12 of 23'; a footer is printed last, so the last one on the page wins
PAGE_LABEL = re.compile(r"\bPage\s+(\d{1,4})(?:\s+of\s+(\d{1,4}))?\b", re.IGNORECASE)


def printed_page_label(text: str | None) -> str | None:
    """'… 9 October 2019 Page 1 of 2' -> 'Page 1 of 2'; None when the page prints no number."""
    matches = list(PAGE_LABEL.finditer(text or ""))
    if not matches:
        return None
    number, total = matches[-1].groups()
    return f"Page {number} of {total}" if total else f"Page {number}"


def page_url(base: str, page: int | None) -> str:
    """A URL that opens the PDF at `base` on `page` (1-based; the whole file when page is None)."""
    return f"{base}#page={page}" if page else base


def local_file_url(document_id: str, prefix: str = "/-/pdf") -> str:
    """The workbench's URL of a document's own bytes (served by `boardpapers serve`)."""
    return f"{prefix}/{quote(document_id)}.pdf"


def evidence_label(page: int | None, printed: str | None) -> str:
    """'p. 30 (Page 24 of 28)': the file's page number, and the paper's own label beside it."""
    if page is None:
        return ""
    return f"p. {page}" + (f" ({printed})" if printed and printed != f"Page {page}" else "")
