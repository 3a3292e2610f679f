"""Owners: resolve every printed form of an action owner or attendee to one canonical owner.

Roles and organisations, with their printed variants, live in ``data/owners.json`` and are
matched case-insensitively, token by token, by a spaCy EntityRuler on ``spacy.blank("en")``.
People are learnt from attendance lists (``learn_person``), with the canonical role their
printed role text names and the dates they were seen in it. Owner cells naming several owners
("PCC / CC", "The Commissioner and Chief Constable") are split only where every piece resolves
to, or looks like, an owner. Anything else is kept as an ``unknown`` owner, as printed.

Outputs (``owners``, ``aliases``, ``roles``) are sorted and derived from what was seen, not from
the order it was seen in. Learn people before resolving cells that may name them.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import cast

from .profiles import GENERIC, Profile

DATA_PATH = Path(__file__).parent / "data" / "owners.json"
SEPARATORS = {"/", "&", "and", ",", ";", "+", "\\", "or"}
KINDS = {"ROLE": "role", "ORG": "organisation", "PERSON": "person"}
PRIORITY = ("PERSON", "ROLE", "ORG")
MODALS = {"will", "shall", "should", "must"}
NOT_VERBS = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "our",
    "all",
    "each",
    "every",
    "future",
    "next",
    "date",
    "be",
}
PASSIVE_AGENT = {"asked", "requested", "invited", "required", "tasked"}
CLAUSE_BREAKS = {":", ";"}
EDGE_PUNCT = " \t\r\n-–—,.;:/&+"
PERSON_WORDS = re.compile(r"(?:(?:[A-Z]\.?|[A-Z][a-z'’\-]+)\s+){0,2}[A-Z][a-z'’\-]+")  # 'Jane Doe', 'J. Doe', 'Doe'
# 'JP', 'LAB': a person's initials as a paper prints them; 'AMi', 'JSm' where two people share
# their capitals and the paper adds the surname's next letter to tell them apart
INITIALS = re.compile(r"[A-Z]{2,4}|[A-Z]{2,3}[a-z]")
PERSON_NAME = re.compile(r"(?:[A-Z][a-z'’\-]+\s+){1,3}[A-Z][a-z'’\-]+")  # two to four capitalised words


@dataclass(frozen=True)
class Owner:
    id: str
    name: str
    kind: str  # 'role' | 'person' | 'organisation' | 'unknown'


@dataclass(frozen=True)
class OwnerRole:
    person_id: str
    role_id: str
    first_seen: str
    last_seen: str


def slug(text: str) -> str:
    """Lower-case, hyphen-joined words: 'Chief Constable' -> 'chief-constable'."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def tidy(text: str | None) -> str:
    """Collapse whitespace and strip separator punctuation from the ends."""
    return re.sub(r"\s+", " ", text or "").strip(EDGE_PUNCT)


def fullest(forms) -> str:
    """The fullest printed form: longest, ties broken alphabetically."""
    return sorted(forms, key=lambda s: (-len(s), s))[0]


def strip_article(text: str) -> str:
    return re.sub(r"^(the)\s+", "", text, flags=re.I)


@functools.lru_cache(maxsize=8)
def _make_nlp(patterns: str):
    """spacy.blank("en") splitting on / & + ; anywhere, with an EntityRuler of the JSON patterns.

    Cached: directories built from the same data file share one (read-only) pipeline. spaCy is
    imported here, when a directory first matches text: a run with no owner to read never loads it."""
    from spacy.lang.en import English, EnglishDefaults
    from spacy.pipeline import EntityRuler

    extra = [r"[/&+;\\]"]

    class OwnerEnglish(English):
        # The split characters are set on the language's defaults, so that its tokenizer is built
        # once with them: setting them on a built tokenizer reloads its thousands of special cases
        # for each of the three (about half a second in all).
        class Defaults(EnglishDefaults):
            infixes = [*(EnglishDefaults.infixes or ()), *extra]
            prefixes = [*(EnglishDefaults.prefixes or ()), *extra]
            suffixes = [*(EnglishDefaults.suffixes or ()), *extra]

    nlp = OwnerEnglish()
    ruler = cast(EntityRuler, nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"}))
    ruler.add_patterns(json.loads(patterns))
    return nlp


def warm(profiles: Iterable[Profile]) -> None:
    """Load spaCy and build the pipelines of these publishers' directories now (a run parsing its
    last files calls this with the publishers of the owners parsed so far, so that linking does not
    wait for them); the link stage's directories of the same patterns reuse them (`_make_nlp`)."""
    for profile in profiles:
        _make_nlp(OwnerDirectory(profile=profile)._patterns)


def _days(a: str, b: str) -> int:
    return abs(date.fromisoformat(a).toordinal() - date.fromisoformat(b).toordinal())


class OwnerDirectory:
    """Canonical owners, their printed aliases, and who held which role when."""

    def __init__(self, data_path=None, profile: Profile = GENERIC):
        self.data = json.loads(Path(data_path or DATA_PATH).read_text(encoding="utf-8"))
        self.profile = profile
        self._words = {
            k: set(self.data.get(k, []))
            for k in ("filler_words", "titles", "post_nominals", "body_heads", "role_heads", "no_owner", "post_words")
        }
        self._qualifiers = [re.compile(p, re.I) for p in self.data.get("qualifier_patterns", [])]
        # ranks as printed ('AM' is a grade, 'am' is not), longest first so 'Chief Inspector' beats 'Inspector'
        ranks = sorted(self.data.get("ranks", []), key=len, reverse=True)
        self._rank = re.compile(rf"^(?:{'|'.join(re.escape(r) for r in ranks)})\.?\s+") if ranks else None
        self._known: dict[str, Owner] = {}
        self._role_orgs: dict[str, set[str]] = {}
        self._people: dict[str, set[str]] = {}  # person key -> learnt printed names
        self._tenure: set[tuple[str, str, str]] = set()  # (person key, role id, ISO date)
        self._seen: set[tuple[str, str]] = set()  # (printed form, ref)
        self._unknown: dict[str, set[str]] = {}  # unknown id -> printed forms
        self._paper_initials: dict[str, dict[str, str]] = {}  # paper -> initials -> person key
        self._paper_spelt: dict[str, dict[str, set[str]]] = {}  # paper -> initials its names spell -> keys
        self._cache: dict[str, str | None] = {}
        self._person_patterns: set[str] = set()
        self._pattern_sets: list[tuple[str, str, list[str]]] = []
        self._patterns = json.dumps(self._fixed_patterns(), sort_keys=True)

    @functools.cached_property
    def _nlp(self):
        """The matching pipeline, made (and spaCy loaded) when the first text is matched."""
        return _make_nlp(self._patterns)

    @functools.cached_property
    def _people_matcher(self):
        from spacy.matcher import PhraseMatcher

        return PhraseMatcher(self._nlp.vocab, attr="LOWER")

    # ---- configuration -------------------------------------------------------------
    def _fixed_patterns(self) -> list[dict]:
        org_ids = {o["key"]: self._register("org", o, "ORG") for o in self.data["organisations"]}
        for role in self.data["roles"]:
            rid = self._register("role", role, "ROLE")
            self._role_orgs[rid] = {org_ids[k] for k in role.get("organisations", [])}
        return [{"label": label, "pattern": p, "id": oid} for oid, label, pats in self._pattern_sets for p in pats]

    def _register(self, prefix: str, entry: dict, label: str) -> str:
        name = self._fill(entry["name"])
        if name is None:  # a name needing the paper's area would make one id per publisher
            raise ValueError(f"owners.json: the name of '{entry['name']}' may not use {{area}}")
        oid = f"{prefix}:{slug(name)}"
        self._known[oid] = Owner(oid, name, KINDS[label])
        extra = [
            *self.profile.owner_patterns.get(entry.get("key", ""), ()),
            *self.profile.owner_patterns.get(entry["name"], ()),
        ]
        printed = (self._fill(p) for p in entry["patterns"] + extra + [name])
        pats = sorted({p for p in printed if p})
        self._pattern_sets.append((oid, label, pats))
        return oid

    def _fill(self, pattern: str) -> str | None:
        """A data pattern for this publisher: '{area} Constabulary' -> 'Kent Constabulary';
        a pattern that needs an area the paper did not name is left out."""
        if "{area}" in pattern and not self.profile.area:
            return None
        return pattern.format(force_name=self.profile.force, area=self.profile.area or "")

    # ---- people --------------------------------------------------------------------
    def person_key(self, name: str) -> str:
        """'Mr A. B. Smith QPM' -> 'a smith': first and last words, titles dropped."""
        drop = self._words["titles"] | self._words["post_nominals"]
        words = [w for w in re.findall(r"[a-z][a-z'\-]*", name.lower()) if w not in drop]
        return f"{words[0]} {words[-1]}" if len(words) > 1 else (words[0] if words else slug(name))

    def initials_of(self, name: str) -> set[str]:
        """The initials a person's printed name spells, titles and post-nominals dropped: each
        word's capital ('Dr Jane Q. Doe' -> 'JQD', also 'JD' without the middle), or each part's
        of a surname in parts ("Dan O'Brien" -> 'DO' and 'DOB'); none for a single word."""
        drop = self._words["titles"] | self._words["post_nominals"]
        words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’\-]*", name) if w.lower() not in drop]
        if not 1 < len(words) <= 4:
            return set()
        parts = re.findall(r"(?:^|[-'’])([A-Za-z])", "-".join(words))
        # middle names and initials may be left out ('M A Day' is 'MD' as well as 'MAD')
        return {"".join(w[0] for w in words).upper(), "".join(parts).upper(), (words[0][0] + words[-1][0]).upper()}

    def _cluster(self, key: str) -> str:
        """An initial-only key ('a smith') joins the one full key it abbreviates, if unique."""
        first, _, last = key.partition(" ")
        if len(first) != 1 or not last:
            return key
        full = sorted(
            k for k in self._people if k.split()[-1] == last and len(k.split()[0]) > 1 and k.startswith(first)
        )
        return full[0] if len(full) == 1 else key

    def _person(self, key: str) -> Owner:
        ckey = self._cluster(key)
        forms = set().union(*(f for k, f in self._people.items() if self._cluster(k) == ckey))
        return Owner(f"person:{slug(ckey)}", fullest(forms or {key}), "person")

    def learn_person(
        self,
        name: str,
        role_text: str | None = None,
        seen: str | None = None,
        alias: str | None = None,
        paper: str | None = None,
    ) -> Owner:
        """Register a person from an attendance list, with any canonical role and date seen.

        An `alias` (the initials a paper gives the person) is recorded as a printed form of
        them, but matched only in the same `paper` (the document whose attendance list gave
        them): the same initials name other people in other papers."""
        name, key = tidy(name), self.person_key(tidy(name))
        if not name:
            raise ValueError("learn_person needs a printed name")
        if alias and paper and tidy(alias):
            self._paper_initials.setdefault(paper, {})[tidy(alias).upper()] = key
        for spelt in self.initials_of(name) if paper else set():
            self._paper_spelt.setdefault(paper or "", {}).setdefault(spelt, set()).add(key)
        if name.lower() not in self._person_patterns:
            self._person_patterns.add(name.lower())
            self._people_matcher.add("PERSON", [self._nlp.make_doc(name)])
            self._cache.clear()
        self._people.setdefault(key, set()).add(name)
        self._seen.add((name, f"pkey:{key}"))
        if alias and tidy(alias):
            self._seen.add((tidy(alias), f"pkey:{key}"))
        for role_id in self._roles_named(role_text):
            if seen:
                self._tenure.add((key, role_id, seen))
        return self._person(key)

    def _roles_named(self, role_text: str | None) -> list[str]:
        text = re.sub(r"\([^)]*\)", " ", role_text or "")
        pieces = [(p, self._match(p)) for p in self.split(text)]
        roles = [(p, r) for p, r in pieces if r and r.startswith("role:")]
        self._seen.update(roles)
        return sorted({r for _, r in roles})

    # ---- matching ------------------------------------------------------------------
    def _doc(self, text: str):
        """Tokens with role/organisation entities and learnt people (longest span wins)."""
        from spacy.tokens import Span
        from spacy.util import filter_spans

        doc = self._nlp(text)
        people = [Span(doc, s, e, label="PERSON") for _, s, e in self._people_matcher(doc)]
        doc.ents = filter_spans(list(doc.ents) + people)
        return doc

    def _ref(self, ent) -> str:
        return f"pkey:{self.person_key(ent.text)}" if ent.label_ == "PERSON" else ent.ent_id_

    def _match(self, piece: str) -> str | None:
        """The one known owner a piece names (ref), or None; other words must be filler."""
        if piece not in self._cache:
            self._cache[piece] = self._match_doc(self._doc(piece))
        return self._cache[piece]

    def _match_doc(self, doc) -> str | None:
        covered = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        filler = self._words["filler_words"] | self._words["titles"] | self._words["post_nominals"]
        if any(not t.is_punct and t.lower_.rstrip(".") not in filler for t in doc if t.i not in covered):
            return None
        for label in PRIORITY:
            refs = {self._ref(e) for e in doc.ents if e.label_ == label}
            if refs:
                return refs.pop() if len(refs) == 1 else None
        return None

    def _looks_like_owner(self, piece: str) -> bool:
        words = re.findall(r"[a-z][a-z\-]*", piece.lower())
        heads = self._words["body_heads"], self._words["role_heads"]
        return (
            bool(self._match(piece))
            or self._qualified(piece) is not None  # 'PFCC CFO': the CFO of the PFCC's office
            or self._ranked_name(piece) is not None
            or self._person_before_title(piece) != piece  # 'Jo Bloggs (CFO)' beside another owner
            or self._post_of(words)
            or bool(words)
            and (words[-1] in heads[0] or words[0] in heads[1] or words[-1] in heads[1])
        )

    def _post_of(self, words: list[str]) -> bool:
        """'Assistant Director of Estates', 'Deputy Head of Finance': a post word among the first
        three, followed by 'of'."""
        return any(w in self._words["role_heads"] and words[i + 1 : i + 2] == ["of"] for i, w in enumerate(words[:3]))

    def _qualifies(self, left: str, right: str) -> bool:
        """'Chief Constable, <force>' or '<person>, Chief Constable': one owner, not two."""
        lref, rref = self._match(left), self._match(right)
        if lref and lref.startswith("pkey:") and not rref and self._is_title(right):
            return True  # '<person>, Internal Audit Manager': a job title the directory does not know
        if not lref or not rref:
            return False
        if lref.startswith("pkey:"):
            return not rref.startswith("pkey:")
        return rref in self._role_orgs.get(lref, ())

    def _is_title(self, text: str) -> bool:
        words = re.findall(r"[a-z][a-z\-]*", text.lower())
        heads = self._words["role_heads"]
        return bool(words) and (words[0] in heads or words[-1] in heads)

    # ---- splitting -----------------------------------------------------------------
    def _is_empty(self, text: str) -> bool:
        return text.lower() in self._words["no_owner"]

    def _segments(self, doc) -> list[tuple[int, int, str]]:
        """Character ranges between separator tokens outside entities, with the separator before."""
        inside = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        segs: list[tuple[int, int, str]] = []
        sep = ""
        for tok in doc:
            if tok.lower_ in SEPARATORS and tok.i not in inside:
                sep = sep or tok.text
            elif segs and not sep:
                segs[-1] = (segs[-1][0], tok.idx + len(tok), segs[-1][2])
            else:
                segs.append((tok.idx, tok.idx + len(tok), sep))
                sep = ""
        return segs

    def _merge_qualifiers(self, text: str, segs) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for start, end, sep in segs:
            if out and sep == "," and self._qualifies(text[slice(*out[-1])], text[start:end]):
                out[-1] = (out[-1][0], end)
            elif out and sep.lower() in {"&", "and"} and self._shares_post(text[slice(*out[-1])], text[start:end]):
                out[-1] = (out[-1][0], end)
            else:
                out.append((start, end))
        return out

    def _shares_post(self, left: str, right: str) -> bool:
        """'Head of Legal and Democratic Services': the second name after a post's 'of' is more of
        its portfolio, not an owner of its own, unless it opens with a post or names a known owner
        ('Head of Finance and Head of HR', 'Director of Finance and CFO')."""
        if not re.match(r"^\s*(?:\w+\s+){0,2}?(?:head|director)\s+of\s+\S", left, re.I):
            return False
        words = re.findall(r"[a-z][a-z\-]*", right.lower())
        return (
            bool(words)
            and words[0] not in self._words["role_heads"]
            and not self._match(right)
            and not self._after_rank(right)  # 'Insp Maya Doyle': a person of their own
        )

    def _best_split(self, text: str, segs: list[tuple[int, int]]) -> list[str]:
        """Most pieces (then most known pieces) such that every piece looks like an owner."""
        best: list[list[str] | None] = [[]] + [None] * len(segs)
        for j in range(1, len(segs) + 1):
            for i in range(j):
                piece = text[segs[i][0] : segs[j - 1][1]]
                before, current = best[i], best[j]
                if before is not None and self._looks_like_owner(piece):
                    cand = before + [piece]
                    if current is None or self._score(cand) > self._score(current):
                        best[j] = cand
        return best[-1] or [text]

    def _score(self, pieces: list[str]) -> tuple[int, int]:
        return len(pieces), sum(1 for p in pieces if self._match(p))

    def split(self, text: str) -> list[str]:
        """Split a multi-owner cell into the printed form of each owner."""
        text = tidy(text)
        if self._is_empty(text):
            return []
        segs = self._merge_qualifiers(text, self._segments(self._doc(text)))
        return [tidy(p) for p in self._best_split(text, segs)]

    # ---- resolving -----------------------------------------------------------------
    def service_of(self, body: str | None) -> str | None:
        """The service whose papers these are: the one the body's name names ('… Fire Authority'),
        else the publisher's."""
        for service, entry in self.data.get("services", {}).items():
            if body and any(re.search(p, body, re.I) for p in entry.get("body_patterns", [])):
                return service
        return self.profile.service

    def _reading(self, piece: str, service: str | None) -> str:
        """What a printed form means in this service's papers ('CFO' -> 'Chief Fire Officer'), or
        in the service the piece names in brackets after it ('CFO (Fire)'), whoever's papers
        print it."""
        named = re.fullmatch(r"(?P<post>[^()]*?\S)\s*\((?P<service>[^()]+)\)", piece.strip())
        if named and (bracketed := self._service_named(named.group("service"))):
            piece, service = named.group("post"), bracketed
            if not self._readings(service).get(piece.lower()):
                return named.group(0)
        return self._readings(service).get(piece.lower(), piece)

    def _readings(self, service: str | None) -> dict[str, str]:
        readings = self.data.get("services", {}).get(service, {}).get("readings", {}) if service else {}
        return {printed.lower(): meant for printed, meant in readings.items()}

    def _service_named(self, words: str) -> str | None:
        """The service a bracket names by its word alone ('Fire'), not a body's whole name."""
        for service, entry in self.data.get("services", {}).items():
            if len(words.split()) <= 2 and any(re.search(p, words, re.I) for p in entry.get("body_patterns", [])):
                return service
        return None

    def _pieces(self, text: str | None, service: str | None = None) -> list[tuple[str, str]]:
        """(printed piece, ref) for each owner in a cell; unknown pieces get 'unknown:<slug>'."""
        out = []
        for printed in self.split(text or ""):
            printed = self._person_before_title(printed)
            piece = self._reading(printed, service)
            if piece != printed and not self._match(piece):  # a post the directory does not know, named in full
                self._unknown.setdefault(f"unknown:{slug(piece)}", set()).add(piece)
            ref = (
                self._match(piece)
                or self._qualified(piece)
                or self._ranked_person(piece)
                or self._portfolio(piece)
                or self._known_by_surname(piece, initialled=True)
            )
            if ref is None:
                post = self._without_office(piece)
                ref = f"unknown:{slug(strip_article(post)) or slug(post)}"
            out.append((printed, ref))
        return out

    def _portfolio(self, piece: str) -> str | None:
        """A known role followed by the portfolio it holds ('ACC Crime', 'DCC Local Policing',
        'Director Finance & Resources'): the role; the words after it name no one."""
        doc = self._doc(piece)
        lead = doc.ents[0] if doc.ents else None
        if lead is None or lead.start != 0 or lead.label_ != "ROLE":
            return None
        rest = [t.lower_ for t in doc[lead.end :] if not t.is_punct and t.lower_ not in SEPARATORS]
        return lead.ent_id_ if rest and all(w in self._words["post_words"] for w in rest) else None

    def _without_office(self, piece: str) -> str:
        """A job title the directory does not know, without the office it sits in printed in
        brackets after it ('Head of Performance (OPCC)', 'Estates Manager (Force)') or before it
        with a dash ('OPCC – Head of Comms'): one post."""
        match = re.fullmatch(r"(?P<title>.*?\S)\s*\((?P<office>[^()]+)\)", piece) or re.fullmatch(
            r"(?P<office>[^–—:-]{2,40}?)\s*[–—:-]\s+(?P<title>\S.*)", piece
        )  # or the office first, with a dash ('OPCC – Head of Comms')
        if match is None:
            return piece
        office = match.group("office")
        ref = self._match(office) or ""
        words = re.findall(r"[a-z]+", office.lower())
        if ref.startswith("org:") or (words and words[-1] in self._words["body_heads"]):
            return match.group("title")
        return piece

    def _qualified(self, piece: str) -> str | None:
        """The known owner left when the words qualifying it go: 'ACC (Crime)' is the ACC,
        'PFCC Chief Executive' the Chief Executive (of the PFCC's office)."""
        for pattern in self._qualifiers:
            rest = tidy(pattern.sub("", piece))
            if rest and rest != piece and (ref := self._match(rest)):
                return ref
        return None

    def _ranked_person(self, piece: str) -> str | None:
        """A person named after their rank, role or title ('Supt Jane Doe', 'AM John Doe', 'Station
        Manager Doe', 'DCC Jane Doe', 'Cllr Doe'): the owner is the person, named without it, unless
        the words after it name a portfolio or a body ('Area Manager Response', 'ACC Crime')."""
        name = self._ranked_name(piece)
        if name is None:
            return None
        known = self._match(name)
        if known and known.startswith("pkey:"):
            return known
        if known:  # the rest is itself a role or a body: no name here
            return None
        if surnamed := self._known_by_surname(name):
            return surnamed  # 'DCC Blatch' where the list names 'Simon Blatch'
        self.learn_person(name)  # so that the name printed without its rank finds the same person
        return f"pkey:{self.person_key(name)}"

    def _known_by_surname(self, piece: str, initialled: bool = False) -> str | None:
        """The one learnt person a surname names after a rank or title ('DCC Blatch', 'Mrs Blatch':
        called with the name left after it) or after initials ('S Blatch', 'S. J. Blatch'; with
        `initialled`, a surname alone names no one), where no other learnt person has that
        surname (or the initial picks one): papers name people so once their list gives them."""
        match = re.fullmatch(r"((?:[A-Z]\.?\s*){0,2})\s*([A-Z][a-z'’\-]+)", piece.strip())
        if match is None or (initialled and not match.group(1).strip()):
            return None
        initial, surname = match.group(1).strip()[:1].lower(), match.group(2).lower()
        if surname in self._words["post_words"] | self._words["body_heads"] | self._words["role_heads"]:
            return None
        keys = {
            self._cluster(k)
            for k in self._people
            if len(k.split()) > 1 and k.split()[-1] == surname and len(k.split()[0]) > 1
        }
        chosen = [k for k in keys if not initial or k.startswith(initial)]
        return f"pkey:{chosen[0]}" if len(chosen) == 1 and (initial or len(keys) == 1) else None

    def _ranked_name(self, piece: str) -> str | None:
        name = self._after_rank(piece)
        if not name or not PERSON_WORDS.fullmatch(name):
            return None
        not_names = self._words["post_words"] | self._words["body_heads"] | self._words["role_heads"]
        if any(w.lower().rstrip(".") in not_names for w in name.split()):
            return None
        return name

    def _after_rank(self, piece: str) -> str:
        """The words after a leading rank, title ('Cllr', 'Dr') or role."""
        if self._rank is not None and (m := self._rank.match(piece)):
            return piece[m.end() :].strip()
        first, _, rest = piece.partition(" ")
        if first.lower().rstrip(".") in self._words["titles"]:
            return rest.strip()
        doc = self._doc(piece)
        lead = doc.ents[0] if doc.ents else None
        if lead is not None and lead.start == 0 and lead.label_ == "ROLE":
            return doc[lead.end :].text.strip()
        return ""

    def _person_before_title(self, piece: str) -> str:
        """'Harriet Bloom, Internal Audit Manager', 'Harriet Bloom (Treasurer)' and 'Treasurer
        (Harriet Bloom)' name one owner, the person; the title beside the name only says what
        she is (a known owner piece is left as it is)."""
        if self._match(piece):
            return piece
        name, comma, title = piece.partition(",")
        bracketed = re.fullmatch(r"(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)", piece.strip())
        dashed = re.fullmatch(r"(?P<left>.+?)\s+[–—-]\s+(?P<right>.+)", piece.strip())
        if comma:
            pairs = [(name, title)]
        elif bracketed:
            pairs = [
                (bracketed.group("outer"), bracketed.group("inner")),
                (bracketed.group("inner"), bracketed.group("outer")),
            ]
        elif dashed:  # 'Jane Doe – Head of HR', 'Head of HR – Jane Doe'
            pairs = [(dashed.group("left"), dashed.group("right")), (dashed.group("right"), dashed.group("left"))]
        else:
            pairs = self._learnt_name_then_title(piece)
        return next((name.strip() for name, title in pairs if self._name_and_title(name, title)), piece)

    def _learnt_name_then_title(self, piece: str) -> list[tuple[str, str]]:
        """A name the attendance lists gave run into a title with nothing between ('Jane Doe Head
        of HR', a cell wrapped at the name): split after the name. Only a learnt name, since
        words alone cannot tell 'Estates Strategy Programme Manager' from a name and a title."""
        words = piece.split()
        for cut in (2, 3):
            name = " ".join(words[:cut])
            if cut < len(words) and name.lower() in self._person_patterns:
                return [(name, " ".join(words[cut:]))]
        return []

    def _name_and_title(self, name: str, title: str) -> bool:
        """A person's name (no word of a post or a body in it) beside a job title or a known post."""
        if not PERSON_NAME.fullmatch(name.strip()):
            return False
        not_names = self._words["body_heads"] | self._words["role_heads"] | self._words["post_words"]
        if {w.lower() for w in name.split()} & not_names:
            return False
        title_words = re.findall(r"[a-z][a-z\-]*", title.lower())
        heads = self._words["body_heads"] | self._words["role_heads"]
        named_post = bool(title_words) and (title_words[-1] in heads or title_words[0] in heads)
        return named_post or (self._match(title.strip()) or "").startswith("role:")

    def _record(self, pieces: list[tuple[str, str]]) -> list[Owner]:
        owners: list[Owner] = []
        for piece, ref in pieces:
            self._seen.add((piece, ref))
            if ref.startswith("unknown:"):
                post = self._without_office(piece)
                self._unknown.setdefault(ref, set()).add(strip_article(post) or post)
            owner = self._owner(ref)
            if owner not in owners:
                owners.append(owner)
        return owners

    def _owner(self, ref: str) -> Owner:
        if ref.startswith("pkey:"):
            return self._person(ref[5:])
        if ref.startswith("unknown:"):
            return Owner(ref, fullest(self._unknown[ref]), "unknown")
        return self._known[ref]

    def resolve(self, text: str | None, body: str | None = None, paper: str | None = None) -> list[Owner]:
        """Every owner a printed cell names; unknown pieces are kept as kind 'unknown'. The
        body whose papers print the cell says which service's meaning a shared form has; the
        `paper` printing it, which initials its own attendance list defines ('JP', 'LA / PN')."""
        pieces = self._initials_pieces(text, paper) or self._pieces(text, self.service_of(body))
        return self._record(pieces)

    def _initials_pieces(self, text: str | None, paper: str | None) -> list[tuple[str, str]] | None:
        """(printed, ref) for a cell of initials the paper's attendance list defines, alone, in
        brackets ('[GL]', '(GL)') or joined to others or to known owners ('CR / FD', 'AB & CFO');
        None unless one piece is such initials and every other piece a known owner."""
        initials = self._paper_initials.get(paper or "", {})
        spelt = self._paper_spelt.get(paper or "", {})
        if not (initials or spelt) or not text:
            return None
        bare = tidy(re.sub(r"^\s*[\[(](.*)[\])]\s*$", r"\1", text))
        tokens = [t for t in re.split(r"\s*(?:[/&,;+]|\band\b)\s*", bare) if t]
        pieces: list[tuple[str, str]] = []
        for token in tokens:
            if INITIALS.fullmatch(token) and token.upper() in initials:
                pieces.append((token, f"pkey:{initials[token.upper()]}"))
            elif ref := self._match(token):
                pieces.append((token, ref))
            elif (key := self._spelt_by(token, spelt, initials)) is not None:
                pieces.append((token, f"pkey:{key}"))
            else:
                return None
        return pieces if any(ref.startswith("pkey:") for _, ref in pieces) else None

    @staticmethod
    def _spelt_by(token: str, spelt: dict[str, set[str]], printed: dict[str, str]) -> str | None:
        """The one person of the paper's attendance list whose name spells these initials ('LD'
        for Louise Dimmock) where the paper prints no initials of its own: papers give owners by
        initials their readers work out from the list. A post ('CC', 'ACC') is matched before
        this; initials two people's names spell, or the paper already gives someone, name no one."""
        keys = spelt.get(token) if INITIALS.fullmatch(token) and token.isupper() and token not in printed else None
        return next(iter(keys)) if keys and len(keys) == 1 else None

    # ---- action subjects -----------------------------------------------------------
    def _marker(self, doc) -> int | None:
        """Index of the word that starts the predicate: 'to <verb>', 'is/are to', modals."""
        for tok in doc[1:]:
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if tok.lower_ in MODALS or tok.lower_ in {"is", "are"} and nxt is not None and nxt.lower_ == "to":
                return tok.i
            if (
                tok.lower_ == "to"
                and nxt is not None
                and (nxt.lower_ == "be" or (nxt.text.isalpha() and nxt.text.islower() and nxt.lower_ not in NOT_VERBS))
            ):
                return tok.i
        return None

    def _passive(self, doc, i: int) -> bool:
        words = [t.lower_ for t in doc[i : i + 4] if t.lower_ not in {"is", "are", "to"}]
        return len(words) > 1 and words[0] == "be" and words[1] not in PASSIVE_AGENT

    def _subject_cuts(self, doc, end: int) -> list[str]:
        """Candidate subject phrases before the predicate: whole clause, then after each comma."""
        inside = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        start = max([t.i + 1 for t in doc[:end] if t.text in CLAUSE_BREAKS] + [0])
        cuts = [start] + [t.i + 1 for t in doc[start:end] if t.text == "," and t.i not in inside]
        return [doc[c:end].text for c in cuts if c < end]

    def subject_owners(self, sentence: str, body: str | None = None) -> list[Owner]:
        """Owners named as the subject of an action sentence ('Chief Constable to report...')."""
        service = self.service_of(body)
        doc = self._doc(tidy(sentence))
        end = self._marker(doc)
        if end is None or self._passive(doc, end):
            return []
        for phrase in self._subject_cuts(doc, end):
            known = [(p, r) for p, r in self._pieces(phrase, service) if not r.startswith("unknown:")]
            if known:
                return self._record(known)
        return []

    # ---- outputs -------------------------------------------------------------------
    def owners(self) -> list[Owner]:
        refs = {ref for _, ref in self._seen} | {f"pkey:{k}" for k in self._people}
        return sorted({self._owner(r) for r in refs}, key=lambda o: o.id)

    def aliases(self) -> list[tuple[str, str]]:
        return sorted({(alias, self._owner(ref).id) for alias, ref in self._seen})

    def roles(self) -> list[OwnerRole]:
        spans: dict[tuple[str, str], list[str]] = {}
        for key, role_id, seen in self._tenure:
            spans.setdefault((self._person(key).id, role_id), []).append(seen)
        tenures = [OwnerRole(p, r, min(d), max(d)) for (p, r), d in spans.items()]
        return sorted(tenures, key=lambda t: (t.role_id, t.first_seen, t.person_id))

    def role_holder(self, role_id: str, on_date: str) -> Owner | None:
        """Who held the role on a date: a tenure covering it, else the nearest tenure."""

        def distance(t: OwnerRole):
            inside = t.first_seen <= on_date <= t.last_seen
            gap = 0 if inside else min(_days(on_date, t.first_seen), _days(on_date, t.last_seen))
            return gap, -date.fromisoformat(t.first_seen).toordinal(), t.person_id

        tenures = sorted((t for t in self.roles() if t.role_id == role_id), key=distance)
        people = {o.id: o for o in self.owners()}
        return people[tenures[0].person_id] if tenures else None
