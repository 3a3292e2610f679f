"""Publishers: the force or authority whose website publishes the papers, held as data.

Takes `pipeline/data/profiles/*.json` (one file per publisher: its area, force name, the printed
forms of its owners and bodies, the patterns that recognise its papers) and a paper's text;
yields the `Profile` the paper belongs to. A new publisher is a new data file, never code.

A paper of a publisher that has no profile still works from generic patterns: its area is the
place most often printed before "Constabulary", "Police", "Police and Crime Commissioner",
"OPCC" or "Fire and Rescue", and its force is "<Area> Constabulary". Owners and meeting ids
are scoped by the profile, so two forces' "Chief Constable" or "Force" never merge.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from .vocabulary import VocabularyError, build, check_keys, read_json

PROFILES = Path(__file__).resolve().parent / "data" / "profiles"
MATCHES_NEEDED = 2  # a profile's patterns must hit this often before a paper is taken as its publisher

# "<Area> Constabulary", "<Area> Police and Crime Commissioner", "PCC for <Area>": the generic
# ways papers name the place they serve. The area is one or two capitalised words.
# One word ("Kent"), a compass or "Greater" before one ("West Mercia"), a hyphenated pair
# ("Dyfed-Powys") or two joined by "and" ("Avon and Somerset").
WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
AREA = rf"(?:(?:North|South|East|West|Greater|Thames)\s+{WORD}|{WORD}(?:\s+and\s+{WORD})?)"
# A force's headquarters carry its area ('Westshire Police Headquarters'); a station carries its
# town. A Joint Audit Committee serves one force and its Commissioner, so it is named after their area,
# as a combined authority (whose mayor may hold the Commissioner's powers) is named after its own.
AREA_BEFORE = re.compile(
    rf"(?<![\w,])\s*\b({AREA})\s+(?:Constabulary|Police(?!\s+(?:Station|Officers?|Staff))"
    r"|OPCC|PFCC|Fire\s+(?:and|&)\s+Rescue|PCC\b|Police,\s+Fire"
    r"|Office\s+of\s+the\s+(?:Police|PCC|PFCC)|Joint\s+Audit\s+Committee|Combined\s+Authority)"
)
# 'PCC for Westshire'; 'OPCC Westshire – Estates Board': the office's name with its area as a title.
AREA_AFTER = re.compile(
    rf"\b(?:PCC|PFCC|Commissioner|Constabulary)\s+for\s+({AREA})\b"
    rf"|^\s*(?:OPCC|OPFCC)\s+({AREA})\s*(?:[–—:-]|$)",
    re.M,
)
NOT_AREAS = {
    "the",
    "and",
    "deputy",
    "chief",
    "assistant",
    "joint",
    "county",
    "national",
    "local",
    "british",
    "transport",
    "metropolitan",
    "city",
    "office",
    "draft",
    "minutes",
    "agenda",
    "report",
    "this",
    "our",
    "all",
    "each",
    "of",
    "head",
    "director",
    "authority",  # 'X Combined Authority Police, Fire and Crime Panel': the area is X, not the authority
    "combined",
    "interim",
    "acting",
    "temporary",
    "force",
    "a",
    "an",
    "for",
    "to",
    "by",
    "with",
    "from",
    "police",
    "crime",
    "fire",
    "rescue",
    "partner",
    "neighbouring",
    "other",
    "his",
    "her",
    "their",
    "member",
    "members",
    "regional",
    "private",
    "official",
    "open",
    "closed",
    "finance",
    "executive",
    "board",
    "committee",
    "panel",
    "senior",
    "strategic",
    "corporate",
    "appendix",
    "commissioning",
    "monitoring",
    "paper",
    "item",
    "page",
    "risk",
    "action",
    "update",
    "at",
    "on",
    # the last word of a description in a table row, before an owner cell ('… Estates Strategy | Force')
    "plan",
    "strategy",
    "review",
    "budget",
    "programme",
    "framework",
    "policy",
    "meeting",
    "team",
    "group",
    "service",
    "services",
    "website",
}


@dataclass(frozen=True)
class Profile:
    """One publisher's knowledge (pipeline/data/profiles/<name>.json)."""

    name: str
    area: str | None = None
    force_name: str | None = None
    match_patterns: tuple[str, ...] = ()
    owner_patterns: dict[str, tuple[str, ...]] = field(default_factory=dict)  # owner key or name -> printed forms
    bodies: dict[str, tuple[str, ...]] = field(default_factory=dict)  # canonical body -> printed forms
    meeting_id_prefix: str | None = None
    service: str | None = None  # 'fire' for a fire authority's publisher: its 'CFO' is the Chief Fire Officer

    @property
    def force(self) -> str:
        """The force's organisation name: as the profile says, else '<Area> Constabulary'."""
        if self.force_name:
            return self.force_name
        return f"{self.area} Constabulary" if self.area else "Constabulary"

    def __hash__(self) -> int:
        return hash(self.name)


GENERIC = Profile(name="")


@cache
def known_profiles() -> tuple[Profile, ...]:
    profiles = []
    for path in sorted(PROFILES.glob("*.json")):
        data = read_json(path)
        check_keys(data, Profile, "profile", path)
        profile = build(Profile, data, "profile", path)
        if not profile.name:
            raise VocabularyError(f"{path}: 'profile.name' must not be empty")
        profiles.append(profile)
    return tuple(profiles)


def profile_named(name: str | None) -> Profile:
    """The profile of a publisher by name; a publisher without a file is generic for its area."""
    if not name:
        return GENERIC
    for profile in known_profiles():
        if profile.name.lower() == name.lower():
            return profile
    return Profile(name=name, area=name)


def detect(text: str, publisher: str | None = None) -> Profile:
    """The publisher of a paper: the manifest's word, else a profile whose patterns the text
    matches, else a generic profile for the area the text names most often."""
    if publisher:
        return profile_named(publisher)
    scored = [
        (sum(len(re.findall(p, text)) for p in profile.match_patterns), profile.name, profile)
        for profile in known_profiles()
    ]
    best = max(scored, default=None, key=lambda s: (s[0], s[1]))
    if best and best[0] >= MATCHES_NEEDED:
        return best[2]
    area = area_named(text)
    return replace(GENERIC, name=area, area=area) if area else GENERIC


def area_named(text: str) -> str | None:
    """The place a paper names as the area of its force or Commissioner.

    Every place printed before "Constabulary", "OPCC" … is a candidate; a place repeats over a
    paper (in its headings, its body's name, its footers) where a stray capitalised word does
    not, so candidates are weighed by how often the paper prints them at all."""
    text = "\n".join(line.title() if line.isupper() else line for line in text.splitlines())
    counts: Counter[str] = Counter()
    for pattern in (AREA_BEFORE, AREA_AFTER):
        for match in pattern.finditer(text):
            area = tidy_area(next(group for group in match.groups() if group))
            if area:
                counts[area] += 1
    if not counts:
        return None
    weight = {area: n + len(re.findall(rf"\b{re.escape(area)}\b", text)) for area, n in counts.items()}
    # of places printed as often, the one printed first: a paper names its area in its title
    first = {area: text.find(area) for area in weight}
    return max(weight.items(), key=lambda kv: (kv[1], -first[kv[0]], kv[0]))[0]


def tidy_area(text: str) -> str | None:
    words = text.split()
    while words and words[0].lower() in NOT_AREAS:
        words = words[1:]
    if not words or any(w.lower() in NOT_AREAS - {"and"} for w in words) or words[-1].lower() == "and":
        return None
    return " ".join(words)
