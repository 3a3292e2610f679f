"""Stable identifiers derived from content, never from files or insertion order.

Takes the fields that make a record what it is; yields short ids that are the same
whenever the same content is read again, from the same file or from another one (a
pack and the per-item PDF of one of its papers give one row).
"""

from __future__ import annotations

import hashlib
import re

from .layout import body_slug


def normal_text(text: str | None) -> str:
    """Lowercase alphanumeric words: the form two printings of one text share."""
    return " ".join(re.findall(r"[a-z0-9]+", (text or "").lower()))


def meeting_id(body: str | None, meeting_date: str | None) -> str | None:
    """'Business Coordination Board', '2019-10-09' -> 'bcb-2019-10-09'."""
    if not meeting_date:
        return None
    return f"{body_slug(body) if body else 'meeting'}-{meeting_date}"


def content_id(prefix: str, *parts) -> str:
    """`prefix` + a hash of the normalised parts."""
    key = "\x1f".join(normal_text(str(p)) if p is not None else "" for p in parts)
    return f"{prefix}-{hashlib.sha256(key.encode()).hexdigest()[:16]}"
