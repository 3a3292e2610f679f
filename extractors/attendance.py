"""Who attended a meeting, read from the attendance block of its minutes in any of its forms.

Takes the heading lines of a minutes part (with their pages) and its ruled tables, and the
minutes vocabulary (`MinutesWords`); yields `Entry`s (attendance kind, name, role as printed,
initials the paper gives the person, and where it stands) from
- label blocks: "Present:" / "In attendance:" / "Apologies:" (or a label of a family the
  vocabulary gives by pattern: "Committee members:", "Officers attending:") followed by a run-in
  paragraph ("A (Role), B (Role)", "Role A (AB); Role C", "Role – A"; a line the typesetter
  wrapped runs on), a bulleted list, or lines with a name column and a role column, the value
  beside the label or below it, or the label in a column of its own beside its people (wrapped
  there without its colon); "Post, Name; Post, Name" run-in lists;
- side-by-side blocks: one line of labels (Present · In attendance · Apologies) whose columns
  hold the people below it;
- tables: a Name column with a Role, Initials or Attendance (Present / Apologies, a tick, or a
  letter that a key on the page explains: "✓ = present  A = apologies") column, and label rows
  ("Present", "Apologies") spanning the table; the minutes extractor hands a table set in
  whitespace columns over as one too;
- a general label after a members' label ("Committee members" … "Attendees") names the others
  there, the officers in attendance (vocabulary: sections_beside_members);
and `people_in(text)` for prose ("Apologies were received from Councillor A and B, Role").

A name is kept without honorifics and ranks (Cllr, Dr, DCC, Chief Constable), which go to the
role text; initials in brackets become the person's alias, so that "Action: PF" can be
resolved to the person. Nothing here knows a body or a person: only the conventions above.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline import layout
from pipeline.records import Line, Page, Table, Word

from .base import PlacedLine


@dataclass
class Entry:
    attendance: str
    name: str
    role: str | None
    page: Page
    bbox: tuple | None
    alias: str | None = None


INITIALS = re.compile(r"^(?:[A-Z]{2,4}|[A-Z]{2,3}[a-z])$")  # "AL", "LAB"; "AMi" where two share capitals
BRACKETED = re.compile(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\)")
POST_CONNECTORS = {"of", "to", "the", "for", "and", "&"}  # joining a post's title to its field
# a name's letters may carry accents ('Siân', 'Zoë', 'Éamon'): Latin-1 and Latin Extended-A
NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][a-zA-ZÀ-ÖØ-öø-ÿĀ-ž’'\-]+|[A-Z]\.|(?:de|van|von|der|le|la|da|di|du)|"
    r"(?:Mc|Mac|O’|O')[A-Z][a-z]+)$"
)


# --- one person ------------------------------------------------------------------------------


@dataclass
class Person:
    name: str
    role: str | None
    alias: str | None = None


class PeopleReader:
    """Reads names, roles and initials with the vocabulary's honorifics, ranks and role words."""

    def __init__(self, words):
        self.honorifics = {h.lower() for h in words.honorifics}
        self.plural = {h.lower() for h in words.plural_honorifics}
        self.role_words = {w.lower() for w in words.role_words}
        self.ranks = [re.compile(p) for p in words.rank_patterns]
        self.body_nouns = {n.lower() for n in words.body_nouns}
        self.organisation_suffixes = {n.lower() for n in words.organisation_suffixes}
        # the words that head an attendance table's columns ('Name', 'Role', 'Position'): a header
        # row read as a line ('Name   Role') is two capitalised words, never a person
        self.column_words = {w for names in words.attendee_columns.values() for n in names for w in n.split()}

    def column_header(self, text: str) -> bool:
        """'Name   Role': words that head an attendance table's columns, and nothing else."""
        words = text.split()
        return bool(words) and all(w.strip(",.;:|").lower() in self.column_words for w in words)

    def is_rank(self, word: str) -> bool:
        bare = word.strip(",.;:")
        return any(p.match(bare) for p in self.ranks) and bare.lower() not in {"and", "of"}

    def is_honorific(self, word: str) -> bool:
        return word.strip(",.;:").lower() in self.honorifics | self.plural

    def is_role_word(self, word: str) -> bool:
        bare = re.sub(r"[’']s$", "", word.strip(",.;:()").lower())  # 'Chair’s Chief Finance Officer'
        return bare in self.role_words or self.is_rank(word) or bare.endswith("-chairman")

    def is_name_word(self, word: str) -> bool:
        """A capitalised word of a name, or an initial ('A Smith', 'J. Rowe': a name needs two)."""
        if re.fullmatch(r"[A-Z]\.?,?", word):
            return True
        bare = word.strip(",.;:")
        return bool(NAME_WORD.match(bare)) and not self.is_role_word(bare) and not self.is_honorific(bare)

    def person(self, text: str, honorific: str | None = None) -> Person | None:
        """'Cllr Ann Lee (Chair)', 'Chief Constable Ann Lee (AL)', 'Ann Lee – Head of X', 'Ann Lee, Role'."""
        text = re.sub(r"\s+", " ", text).strip(" ,;.–—-")
        text = re.sub(r"^(?:and|from|&)\s+", "", text, flags=re.I)
        alias, brackets = None, []
        for match in BRACKETED.finditer(text):
            inner = match.group(1).strip()
            if INITIALS.match(inner) and alias is None:
                alias = inner
            else:
                brackets.append(inner)
        plain = BRACKETED.sub(" ", text)
        plain = re.sub(r"\s+", " ", plain).strip()
        head, tail = (re.split(r"\s+[–—-]\s+|,\s+", plain, maxsplit=1) + [""])[:2]
        found = self.name_in(head)
        if found is None and (role_first := self.role_before_dash(plain)):
            head, tail = role_first  # 'Treasurer – Graham Orme': the role, then the name
            found = self.name_in(head)
        if found is None:
            found = self.after_a_titled_post(head)  # 'Clerk to the Authority Ann Lee'
        if found is None and alias:
            found = self.named_by_initials(plain, alias)  # 'Head of Estates and Fleet Ann Lee (AL)'
            tail = ""
        if found is None:
            return None
        before, name, after = found
        if alias and (spelt := spelling_initials(name, [alias, *brackets])) not in (None, alias):
            # 'Chief Executive (OPCC) – Ann Lee (AL)': the brackets that spell the name are hers
            brackets = [alias if b == spelt else b for b in brackets]
            alias = spelt
        if alias:
            before, name = spelt_by_initials(list(before), name, alias)
        honorifics = [w for w in before if self.is_honorific(w)] or ([singular(honorific)] if honorific else [])
        # the honorific leaves the name but stays in the role text, as printed
        role_parts = [
            " ".join(honorifics),
            " ".join(w for w in before if not self.is_honorific(w)),
            after,
            tail,
            *brackets,
        ]
        role = ", ".join(p for p in (r.strip(" ,;–—-") for r in role_parts) if p) or None
        return Person(name, role, alias)

    def named_by_initials(self, text: str, alias: str) -> tuple[list[str], str, str] | None:
        """(post words, name, '') where the words just before a person's initials in brackets are
        a name those initials spell ('Head of Estates and Fleet Ann Lee (AL)'): the post before
        them may hold any words."""
        letters = re.sub(r"[^A-Z]", "", alias)
        words = text.split()
        if not 2 <= len(letters) <= 4 or len(words) <= len(letters):
            return None
        name = words[-len(letters) :]
        if "".join(w[0] for w in name) != letters or not all(self.is_name_word(w) for w in name):
            return None
        post = words[: -len(letters)]
        # the post opens with its title ('Head of …'), or names it after its rank ('Area Manager, …')
        if not self.is_honorific(words[0]) and not any(self.is_role_word(w) for w in post[:3]):
            return None
        return post, " ".join(w.strip(",.;:") for w in name), ""

    def after_a_titled_post(self, text: str) -> tuple[list[str], str, str] | None:
        """(post words, name, '') where a post whose title runs through 'to the' or 'of the' and a
        body's name stands before the name ('Clerk to the Authority Ann Lee', 'Secretary to the
        Panel Bo Ray'): the name is the capitalised words after the body's noun."""
        words = text.split()
        if len(words) < 4 or not self.is_role_word(words[0]):
            return None
        nouns = [i for i, w in enumerate(words) if w.strip(",.;:").lower() in self.body_nouns]
        if not nouns or not any(w.lower() in ("to", "of", "for") for w in words[1 : nouns[-1]]):
            return None
        name = words[nouns[-1] + 1 :]
        if not 2 <= len(name) <= 4 or not all(self.is_name_word(w) for w in name):
            return None
        return words[: nouns[-1] + 1], " ".join(w.strip(",.;:") for w in name), ""

    def role_before_dash(self, text: str) -> tuple[str, str] | None:
        """(name part, role) where a post is printed before a dash and the name: role words, or a
        title word with its field ('Clerk to the Authority – A Person', 'Head of Prevention – …')."""
        parts = re.split(r"\s+[–—-]\s+", text, maxsplit=1)
        words = parts[0].split()
        if len(parts) < 2 or not words or not self.is_role_word(words[0]):
            return None
        if not all(self.is_role_word(w) or w.lower() in POST_CONNECTORS or w[:1].isupper() for w in words):
            return None
        return parts[1], parts[0]

    def name_in(self, text: str) -> tuple[list[str], str, str] | None:
        """(words before the name: honorifics and role, the name, the text after it)."""
        words = text.split()
        start = 0
        while start < len(words) and (self.is_honorific(words[start]) or self.is_role_word(words[start])):
            start += 1
        end = start
        while end < len(words) and end - start < 4 and self.is_name_word(words[end]):
            end += 1
        count = end - start
        if self.column_header(" ".join(words[start:end])):
            return None
        if end < len(words) and words[end].strip(",.;:()").lower() in self.organisation_suffixes:
            return None  # 'Harland Stewart LLP': a firm
        if start and words[start - 1].lower() in {"of", "for", "and", "the", "&"}:
            return None  # 'Director of Public Health': the words after 'of' name a subject, not a person
        honoured = any(self.is_honorific(w) for w in words[:start])
        if count < 2 and not (honoured and count == 1):
            return None
        return words[:start], " ".join(w.strip(",.;:") for w in words[start:end]), " ".join(words[end:])

    def people_in(self, text: str) -> list[Person]:
        """A run-in list: 'A (Role), B (Role) and C' / 'Role A; Role B' / 'Councillors A, B and C'.

        Cut at commas, semicolons, 'and' and '&' outside brackets; a piece without a name of
        its own continues the one before ('Ann Lee, Head of Estates')."""
        pieces = split_outside_brackets(text.strip().rstrip("."))
        # a list that parts its people with semicolons uses commas within an entry ('A, Role; B')
        semicolons = any(separator == ";" for separator, _ in pieces)
        people: list[tuple[str, str | None]] = []
        honorific = None
        post = None  # 'Treasurer, A Person; …': an entry's role before the comma and its name
        for separator, piece in pieces:
            words = piece.split()
            if separator == ";":
                honorific = None  # a new entry; it may open with its own ('…; Councillors A, B and C')
            if words and words[0].strip(",.").lower() in self.plural:
                honorific, piece = words[0], " ".join(words[1:])
            if semicolons and separator in ("", ";") and words and all(self.is_role_word(w) for w in words):
                post = piece
                continue
            if post is not None and separator in ("and", "&") and words and all(self.is_role_word(w) for w in words):
                post = f"{post} {separator} {piece}"  # 'Clerk and Monitoring Officer' is one post
                continue
            named = self.name_in(piece) if post is not None and separator in ("and", "&") else None
            if named is not None and named[0]:  # 'Clerk and Treasurer A Person': one post, then the name
                before, name, after = named
                people.append((f"{post} {separator} {' '.join(before)} – {name} {after}".strip(), honorific))
                post = None
                continue
            if post is not None and separator == "," and self.name_in(piece) is not None:
                piece, post = f"{post} – {piece}", None
                people.append((piece, honorific))
                continue
            if post is not None:  # no name followed: the role words belong to the entry before
                piece, post = f"{post}, {piece}", None
            # …but a piece that opens with an honorific ('…, Councillor A (Vice-Chair); Mrs B') is a person
            opens_honorific = bool(words) and self.is_honorific(words[0])
            within_entry = semicolons and separator == "," and not honorific and people and not opens_honorific
            if not within_entry and (
                self.person(piece, honorific) is not None or (honorific and self.single_name(piece))
            ):
                people.append((piece, honorific))
            elif people:
                joint = {";": "; ", ",": ", ", "and": " and "}.get(separator, " ")
                people[-1] = (people[-1][0] + joint + piece, people[-1][1])
        found = []
        for piece, honorific in people:
            person = self.person(piece, honorific) or self.surname_only(piece)
            if person:
                found.append(person)
        return found

    def single_name(self, piece: str) -> bool:
        words = piece.split()
        return bool(words) and self.is_name_word(words[0])

    def surname_only(self, piece: str) -> Person | None:
        """'Nightingale' after 'Councillors Mott and': a surname standing for a person."""
        words = piece.split()
        if words and self.is_name_word(words[0]):
            return Person(words[0].strip(",.;:"), " ".join(words[1:]).strip(" ,") or None)
        return None


def spelling_initials(name: str, candidates: list[str]) -> str | None:
    """The first of a person's bracketed capitals that spells their name's initials ('AL')."""
    letters = "".join(word[0] for word in name.split() if word[:1].isupper())
    return next((c for c in candidates if INITIALS.match(c) and re.sub(r"[^A-Z]", "", c) == letters), None)


def spelt_by_initials(before: list[str], name: str, alias: str) -> tuple[list[str], str]:
    """A name read with a capitalised word of the post before it ('Protection Ann Lee (AL)'): where
    the initials spell the name's last words only, the words before them are the post's."""
    letters = re.sub(r"[^A-Z]", "", alias)
    words = name.split()
    if 2 <= len(letters) < len(words) and "".join(w[0] for w in words[-len(letters) :]) == letters:
        if "".join(w[0] for w in words if w[:1].isupper()) != letters:
            return [*before, *words[: -len(letters)]], " ".join(words[-len(letters) :])
    return before, name


def singular(honorific: str) -> str:
    """'Councillors' before a list is each person's 'Councillor'."""
    return honorific[:-1] if honorific.lower().endswith("s") and len(honorific) > 4 else honorific


def split_outside_brackets(text: str) -> list[tuple[str, str]]:
    """[(separator before, piece)] cut at ',', ';', ' and ', ' & ' at bracket depth 0."""
    pieces: list[tuple[str, str]] = []
    depth, start, separator, index = 0, 0, "", 0
    while index < len(text):
        char = text[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            cut = None
            if char in ",;":
                cut = (char, index + 1)
            else:
                match = re.match(r"\s+(?:and|&)\s+", text[index:])
                if match and index > start:
                    cut = ("and", index + match.end())
            if cut:
                pieces.append((separator, text[start:index].strip()))
                separator, start, index = cut[0], cut[1], cut[1]
                continue
        index += 1
    pieces.append((separator, text[start:].strip()))
    return [(s, p) for s, p in pieces if p]


# --- blocks of lines -------------------------------------------------------------------------


def section_label_pattern(words) -> re.Pattern:
    """A line opening with an attendance label: a listed one ('Present', 'In attendance') or
    one of a family the vocabulary describes by pattern ('Committee members:', 'Officers
    attending:'); a family's label must end with a colon or dash or stand alone on its line, as a
    sentence's words do not."""
    listed = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(words.sections, key=len, reverse=True))
    family = "|".join(f"(?:{p})" for p in words.section_patterns.values())
    # a bracketed qualifier may stand between the label and its colon ('In attendance (virtually):')
    qualifier = r"(?:\s*\([^()]{1,30}\)(?=\s*[:–-]))?"
    return re.compile(rf"^((?:{family})(?=\s*[:–-]|\s*$)|{listed})\b{qualifier}\s*(?::|–|-)?\s*", re.I)


def column_label(line: Line, pattern: re.Pattern) -> re.Match | None:
    """An attendance label set in a column of its own, its people in a column beside it
    ('Committee members      A Person (Chair); B Person', the label wrapping below without a
    colon): the line's first run, well apart from the rest, is a whole label."""
    runs = layout.split_on_gaps(line, gap=18)
    if len(runs) < 2:
        return None
    label = layout.words_text(runs[0]).strip().rstrip(":–-").strip()
    match = pattern.match(label + ":")
    return match if match and match.end() >= len(label) else None


def label_key(label: str) -> str:
    """'Committee  Members:' -> 'committee members'."""
    return re.sub(r"\s+", " ", label.strip().rstrip(":").strip().lower())


@dataclass
class Section:
    attendance: str
    role: str | None = None  # a sub-label's words ("Independent Co-opted Members")
    bulleted: bool = False  # its people are a bulleted list
    pending: bool = False  # a bullet glyph alone on a line: the next line starts a person
    parts: list = field(default_factory=list)  # [(text, placed, starts_entry)]
    label: str = ""  # the label as printed, lower case ('committee members', 'attendees')
    columned: bool = False  # one of side-by-side columns: a line each, wraps found afterwards


class BlockReader:
    """Walks heading lines, collecting each labelled section's lines, then reads the people."""

    def __init__(self, words, bullets: list[re.Pattern]):
        self.sections = {k.lower(): v for k, v in words.sections.items()}
        self.beside_members = {k.lower(): v for k, v in words.sections_beside_members.items()}
        self.label = section_label_pattern(words)
        self.kinds = [(kind, re.compile(p, re.I)) for kind, p in words.section_patterns.items()]
        self.bullets = bullets
        self.people = PeopleReader(words)
        self.prose_apologies = [re.compile(p, re.I) for p in words.apologies_prose_patterns]
        self.also_attending = [re.compile(p, re.I | re.S) for p in words.also_attending_patterns]
        self.general_labels = {label.lower() for label in words.general_labels}
        self.attending_roles = [re.compile(p, re.I) for p in words.attending_role_patterns]
        self.member_roles = [re.compile(p, re.I) for p in words.member_role_patterns]
        self.unread: list[tuple[PlacedLine, str]] = []

    def kind_of(self, label: str) -> str:
        key = label_key(label)
        if key in self.sections:
            return self.sections[key]
        # a label of a family ('Committee members', 'Officers attending') by its pattern
        return next(kind for kind, pattern in self.kinds if pattern.fullmatch(key))

    def label_at(self, text: str, line: Line | None = None) -> re.Match | None:
        match = self.label.match(text)
        if not match:
            return column_label(line, self.label) if line is not None else None
        rest = text[match.end() :]
        # "Present:" or "Present  Name"; not a sentence that opens with the word ("Apologies were …")
        if ":" in match.group(0) or not rest or rest[:1].isupper() or rest.startswith("("):
            return match
        return None

    def side_by_side(self, line: Line) -> list[tuple[float, str]] | None:
        """A line of two or more section labels set apart: their x and kinds."""
        runs = layout.split_on_gaps(line, gap=24)
        if len(runs) < 2:
            return None
        labels = []
        for run in runs:
            text = layout.words_text(run).rstrip(":")
            key = label_key(text)
            # a label of the vocabulary, or of a family ('Committee members') by its pattern
            if key not in self.sections and not any(pattern.fullmatch(key) for _, pattern in self.kinds):
                return None
            labels.append((run[0].x0, self.kind_of(text)))
        return labels

    def apologies_sentence(self, text: str) -> int | None:
        """Where the people start in a line that opens a sentence of apologies ('Apologies for
        absence were received from …'), else None."""
        match = next((m for p in self.prose_apologies if (m := p.match(text))), None)
        return match.end() if match else None

    def bullet(self, text: str) -> re.Match | None:
        return next((m for p in self.bullets if (m := p.match(text))), None)

    def read(self, placed_lines: list[PlacedLine]) -> tuple[list[Entry], int | None]:
        """Entries of the labelled sections, and the index of the first line after the block
        (None when no section was found)."""
        sections: list[Section] = []
        columns: list[tuple[float, str]] | None = None
        column_sections: dict[float, Section] = {}
        current: Section | None = None
        content_x: float | None = None
        last_index = None
        for index, placed in enumerate(placed_lines):
            text = placed.text.strip()
            if (labels := self.side_by_side(placed.line)) is not None:
                columns, current = labels, None
                column_sections = {x: Section(kind, columned=True) for x, kind in labels}
                sections.extend(column_sections.values())
                last_index = index
                continue
            if columns is not None:
                if self.add_columns(placed, columns, column_sections):
                    last_index = index
                    continue
                columns = None
            match = self.label_at(text, placed.line)
            if match:
                current = Section(self.kind_of(match.group(1)), label=label_key(match.group(1)))
                sections.append(current)
                rest_words = placed.line.words[len(match.group(0).split()) :]
                content_x = rest_words[0].x0 if rest_words else None
                if rest_words:
                    current.parts.append((layout.words_text(rest_words), placed, True, rest_words))
                last_index = index
                continue
            if (prose := self.apologies_sentence(text)) is not None:
                # 'Apologies were received from …' under the lists: the people after it sent apologies
                current = Section("apologies", label="apologies")
                sections.append(current)
                people_words = list(placed.line.words[len(text[:prose].split()) :])
                content_x = people_words[0].x0 if people_words else None
                if people_words:
                    current.parts.append((layout.words_text(people_words), placed, True, people_words))
                last_index = index
                continue
            if current is None:
                continue
            if self.label_again(placed, current, placed_lines[index - 1] if index else None):
                last_index = index
                continue
            if self.ends_section(placed, current, content_x):
                current = None
                continue
            bullet = self.bullet(text)
            words = list(placed.line.words)
            if bullet:
                words = words_after_prefix(words, bullet.group(0))
                current.bulleted = True
                if not words:
                    # a bullet glyph set a little below its text reads as a line of its own
                    glyph_of_previous = (
                        current.parts and abs(placed.line.top - current.parts[-1][1].line.top) < placed.line.size
                    )
                    current.pending = not glyph_of_previous
                    last_index = index
                    continue
            honoured = (
                bool(current.parts)
                and self.people.is_honorific(text.split()[0])
                and self.new_line_entry(current, placed)
            )
            at_content = (
                content_x is not None
                and abs(placed.line.x0 - content_x) < 4
                and bool(current.parts)
                and self.new_line_entry(current, placed)
            )
            # in a bulleted list only a bullet starts a person; other lines run on
            starts = bool(bullet) or current.pending or (not current.bulleted and (honoured or at_content))
            current.pending = False
            if content_x is None:
                content_x = words[0].x0 if words else placed.line.x0
                starts = True
            current.parts.append((layout.words_text(words), placed, starts, words))
            last_index = index
        for section in sections:
            if section.columned:
                join_column_wraps(section, self.opens_with_name)
        self.read_beside_members(sections)
        entries = [e for s in sections for e in self.entries(s)]
        return entries, (None if last_index is None else last_index + 1)

    def opens_with_name(self, text: str) -> bool:
        """A line that opens with a person's name ('Ann Lee – Head of X'): a person of its own."""
        found = self.people.name_in(text)
        return found is not None and not found[0]

    def read_beside_members(self, sections: list[Section]) -> None:
        """A block that lists its members under a label of their own ('Committee members') uses a
        general label after it ('Attendees') for the others there: officers in attendance."""
        first_members = next(
            (i for i, s in enumerate(sections) if s.attendance == "member" and "member" in s.label), None
        )
        if first_members is None:
            return
        for section in sections[first_members + 1 :]:
            if section.label in self.beside_members:
                section.attendance = self.beside_members[section.label]

    def new_line_entry(self, section: Section, placed: PlacedLine) -> bool:
        """A line at the content's x starts a new person unless the one before runs on
        (ends with a comma or 'and', or this line opens with 'and')."""
        last = next((p for p in reversed(section.parts) if p[0]), None)
        previous = last[0] if last else ""
        text = placed.text.strip()
        if re.search(r"(?:,|\band|&|\()\s*$", previous) or re.match(r"^(?:and|&)\b", text, re.I):
            return False
        return not (last and wrapped(last[1], last[3], placed))

    def label_again(self, placed: PlacedLine, section: Section, above: PlacedLine | None) -> bool:
        """A label alone on its line straight under the section's own label, before any person
        ('Present:' / 'Yn bresennol:'): the label again in a second language, no person and no
        new section."""
        return (
            not section.parts
            and above is not None
            and self.label_at(above.text.strip(), above.line) is not None
            and re.fullmatch(r"[A-Z][\w’' /-]{1,40}:", placed.text.strip()) is not None
            and above.page is placed.page
            and placed.line.top - above.line.bottom < above.line.size * 1.2
        )

    def ends_section(self, placed: PlacedLine, section: Section, content_x: float | None) -> bool:
        text = placed.text.strip()
        label = re.match(r"^([A-Z][\w /-]{1,30}?)\s*:\s*(.*)$", text)
        if (
            label
            and label.group(1).strip().lower() not in self.sections
            and len(label.group(1).split()) <= 3
            and self.people.name_in(label.group(2)) is None
        ):
            return True  # another heading label (Date:, Status:) ends the block
        if placed.line.bold and section.parts and not self.chip_line(placed.line):
            return True
        if self.bullet(text):
            return False
        bulleted = [p[1].line.x0 for p in section.parts if self.bullet(p[1].text.strip())]
        # a bulleted list ends at a line back at (or left of) its bullets without one
        return bool(bulleted) and placed.line.x0 <= min(bulleted) + 2

    def names_row(self, runs: list[list[Word]]) -> bool:
        """Two or more runs set apart, each a name alone: a row of people set as cards or chips."""
        return len(runs) >= 2 and all(self.name_alone(run) for run in runs)

    def chip_line(self, line: Line) -> bool:
        """A bold line of people's cards: their names in a row, or their initials roundels."""
        runs = layout.split_on_gaps(line)
        return all(initials_only(run) for run in runs) or self.names_row(runs)

    def add_columns(self, placed: PlacedLine, columns, sections) -> bool:
        """Share a line's words among side-by-side columns; False when the line is not one."""
        starts = [x for x, _ in columns]
        if placed.line.x0 < starts[0] - 6:
            return False
        buckets: dict[float, list[Word]] = {x: [] for x in starts}
        for word in placed.line.words:
            column = max((x for x in starts if x <= word.x0 + 4), default=starts[0])
            buckets[column].append(word)
        for x, words in buckets.items():
            if words:
                sections[x].parts.append((layout.words_text(words), placed, True, words))
        return True

    def with_others_attending(self, section: Section) -> list[tuple[str, PlacedLine, str | None, str]]:
        """The entries' texts with the kind each is of: a list of those present may end naming
        others who attended ('…, with A (Head of X) and B also in attendance')."""
        out = []
        for text, placed, role_hint in self.joined(section):
            match = next((m for p in self.also_attending if (m := p.match(text))), None)
            if section.attendance == "member" and match:
                out.append((match.group("present"), placed, role_hint, section.attendance))
                out.append((match.group("others"), placed, None, "in_attendance"))
            else:
                out.append((text, placed, role_hint, section.attendance))
        return out

    def entries(self, section: Section) -> list[Entry]:
        found: list[Entry] = []
        for text, placed, role_hint, attended in self.with_others_attending(section):
            sub = re.match(r"^([A-Z][\w -]{2,40}?):\s+(.*)$", text)
            role = None
            if sub and self.people.name_in(sub.group(1)) is None:
                role, text = sub.group(1).strip(), sub.group(2)
            people = self.people.people_in(text)
            if (
                not people
                and not self.people.column_header(text)
                and not re.fullmatch(r"(?i)\W*(?:none|nil|n/?a|no\s+apologies(?:\s+were\s+received)?)\W*", text)
            ):
                self.unread.append((placed, text))  # said, but not readable as a person: a problem
            for person in people:
                person_role = ", ".join(r for r in (person.role, role_hint, role) if r) or None
                kind = attended
                if kind == "member" and section.label in self.general_labels and self.attending_post(person_role):
                    kind = "in_attendance"  # 'Attendees: … Head of Performance': there for the business
                found.append(Entry(kind, person.name, person_role, placed.page, placed.line.bbox, person.alias))
        return found

    def attending_post(self, role: str | None) -> bool:
        """A post that attends a board rather than sits on it ('Head of Estates', 'Audit Manager')."""
        if not role or any(p.search(role) for p in self.member_roles):
            return False
        return any(p.search(role) for p in self.attending_roles)

    def listed_person(self, run: list[Word]) -> bool:
        """A run of a two-column list of people: a person after an honorific ('Cllr B Ray'), or a
        name with its role in brackets ('Ann Lee (Co-opted Member)'); a bare pair of capitalised
        words might be an organisation in a role column ('Harland Stewart')."""
        text = layout.words_text(run)
        person = self.people.person(text)
        if person is None:
            return False
        if self.people.is_honorific(run[0].text):
            return True
        found = self.people.name_in(text)
        return found is not None and not found[0] and found[2].startswith("(")

    def name_alone(self, run: list[Word]) -> bool:
        """A run that is a person's name and nothing more (no post before it, no words after but
        their initials in brackets or a note after a dash: 'Ann Lee (AL) – notes')."""
        text = re.split(r"\s+[–—-]\s+", layout.words_text(run))[0]
        found = self.people.name_in(re.sub(r"\s*\([A-Z]{1,4}\)", "", text))
        return found is not None and not found[0] and not found[2]

    def joined(self, section: Section) -> list[tuple[str, PlacedLine, str | None]]:
        """Entries' texts: lines joined until the next entry starts; a name and a role set in
        columns of their own keep the role apart."""
        out: list[list] = []
        split = [layout.split_on_gaps(Line(tuple(words))) if words else [] for _, _, _, words in section.parts]
        # where the other lines' last column starts: a long post may run up to it without a gap
        column_x = [r[-1][0].x0 for r in split if len(r) > 1]
        row: dict[float, list] = {}  # a row of names (people's cards): each column's entry
        for (text, placed, starts, _), runs in zip(section.parts, split):
            if not text:
                continue
            if self.names_row(runs):
                row = {run[0].x0: [layout.words_text(run), placed, None] for run in runs}
                out.extend(row.values())
                continue
            if row:
                # the lines under a row of cards: each column's words are its person's role
                add_card_roles(row, runs)
                continue
            if len(runs) == 1 and len(column_x) >= 2:
                runs = at_column(runs[0], column_x)
            people_runs = [r for r in runs[1:] if self.listed_person(r)]
            if (starts or not out) and len(runs) > 1 and len(people_runs) == len(runs) - 1:
                # people set in two columns ('Cllr A Lee (Chair)      Cllr B Ray'): each run is a person
                out.extend([layout.words_text(run), placed, None] for run in runs)
                continue
            if starts or not out:
                first = self.people.name_in(layout.words_text(runs[0])) if len(runs) > 1 else None
                last_alone = len(runs) > 1 and self.name_alone(runs[-1])
                if first and not (first[0] and last_alone):
                    out.append([layout.words_text(runs[0]), placed, " ".join(layout.words_text(r) for r in runs[1:])])
                elif last_alone:
                    # the post in the left column, the name alone in the right ('Head of Estates    Ann Lee')
                    out.append([layout.words_text(runs[-1]), placed, " ".join(layout.words_text(r) for r in runs[:-1])])
                else:
                    out.append([text, placed, None])
            elif out[-1][2] is not None:
                out[-1][2] += " " + text
            else:
                out[-1][0] += " " + text
        return [(t, p, r) for t, p, r in out]


def initials_only(run: list[Word]) -> bool:
    """A run of initials alone ('RP', 'OM'): the roundel of a person's card."""
    return all(re.fullmatch(r"[A-Z]{1,4}", word.text) for word in run)


def add_card_roles(row: dict[float, list], runs: list[list[Word]]) -> None:
    """Deal a line's runs to the cards of a row by column (initials roundels left of a name
    belong to no role): a run joins the card whose name starts at or left of it."""
    for run in runs:
        if initials_only(run):
            continue
        column = max((x for x in row if x <= run[0].x0 + 4), default=None)
        if column is None:
            continue
        entry = row[column]
        entry[2] = f"{entry[2]} {layout.words_text(run)}" if entry[2] else layout.words_text(run)


def join_column_wraps(section: Section, opens_with_name: Callable[[str], bool]) -> None:
    """In a column of people set beside others, a line runs the entry above on where that line
    ends open (a dash, a comma, 'and', 'of'), or where its first word would not have fitted at the
    end of the line above (the column's right edge is its widest line) and it opens with no name
    of its own ('Chief Executive – Ann' / 'Lee (AL)'); a line ending in brackets closes its person."""
    right = max((words[-1].x1 for _, _, _, words in section.parts if words), default=0.0)
    for index in range(1, len(section.parts)):
        text, placed, _, words = section.parts[index]
        previous, _, _, above = section.parts[index - 1]
        if not words or not above or previous.rstrip().endswith(")"):
            continue
        open_end = re.search(r"(?:[,–—-]|\b(?:and|of|&))\s*$", previous) is not None
        fills = above[-1].x1 + placed.line.size * 0.3 + (words[0].x1 - words[0].x0) > right
        if open_end or (fills and not opens_with_name(text)):
            section.parts[index] = (text, placed, False, words)


def at_column(run: list[Word], column_x: list[float]) -> list[list[Word]]:
    """A run cut where a word starts at the x at which two or more other lines start their last
    column ('Director of Finance, Westmere Police Ann Lee' over 'Chief Constable    Bo Ray')."""
    for index, word in enumerate(run[1:], 1):
        if sum(abs(word.x0 - x) <= 2 for x in column_x) >= 2:
            return [run[:index], run[index:]]
    return [run]


def wrapped(previous: PlacedLine, previous_words: list[Word], placed: PlacedLine) -> bool:
    """A run-in list wrapped by the typesetter: the line's first word would not have fitted at
    the end of the line before, which runs on as one text (no column gap) to the text's right edge."""
    if previous.page is not placed.page or not previous_words or not placed.line.words:
        return False
    if len(layout.split_on_gaps(Line(tuple(previous_words)))) > 1:
        return False  # a name column beside a role column: each line is its own person
    right = max(line.x1 for line in placed.page.lines)
    first = placed.line.words[0]
    space = previous.line.size * 0.5
    return previous_words[-1].x1 + space + (first.x1 - first.x0) > right


def words_after_prefix(words: list[Word], prefix: str) -> list[Word]:
    """The words after a prefix that may be glued to the first word ('•Ann')."""
    prefix = prefix.strip()
    if not prefix:
        return words
    first = words[0]
    if first.text == prefix or first.text.startswith(prefix) and len(first.text) == len(prefix):
        return words[1:]
    if first.text.startswith(prefix):
        rest = first.text[len(prefix) :].strip()
        return [Word(rest, first.x0, first.top, first.x1, first.bottom, first.size, first.bold)] + words[1:]
    return words[1:]


# --- tables -----------------------------------------------------------------------------------


def attendance_table(table: Table, words) -> dict[str, int] | None:
    """The columns of an attendance table (name, role, initials, attendance), if it is one. A box
    of lists side by side, each cell its label over its people ('Committee members' / 'A Lee – …'),
    is not: its lines are read as labelled lists."""
    if labelled_lists(table, words):
        return None
    for index, row in enumerate(table.rows[:2]):
        columns = layout.map_columns(list(row), words.attendee_columns)
        if "name" in columns and len(columns) >= 2:
            if "attendance" not in columns and (unheaded := values_column(table, index, columns, words)) is not None:
                columns["attendance"] = unheaded
            if "attendance" not in columns and (coded := codes_column(table, index, columns)) is not None:
                columns["attendance"] = coded
            return columns
    return None


def labelled_lists(table: Table, words) -> bool:
    """Every filled cell of the first row opens with an attendance label alone on its line and
    goes on with more lines."""
    cells = [c for c in (table.rows[0] if table.rows else ()) if c]
    labels = section_label_pattern(words)
    return bool(cells) and all("\n" in c and label_alone(c.split("\n")[0], labels) for c in cells)


def label_alone(text: str, labels: re.Pattern) -> bool:
    """A text that is an attendance label (`section_label_pattern`) and nothing more
    ('Committee members', 'In attendance')."""
    match = labels.match(text.strip())
    return match is not None and match.end() >= len(text.strip())


def values_column(table: Table, header: int, columns: dict[str, int], words) -> int | None:
    """A column left without a heading ('Attendee | Role |  ') whose every filled cell below the
    header is an attendance value ('Present', 'In attendance', 'Apologies'): the attendance column."""
    values = {k.lower() for k in words.attendance_values}
    taken = set(columns.values())
    for index, title in enumerate(table.rows[header]):
        if index in taken or layout.cell_text(title):
            continue
        cells = [layout.cell_text(row[index]).lower() for row in table.rows[header + 1 :] if index < len(row)]
        filled = [c for c in cells if c]
        if len(filled) >= 2 and all(c in values for c in filled):
            return index
    return None


CODES_HEADER = re.compile(r"[A-Z]{1,3}(?:\s*/\s*[A-Z]{1,3})+")


def codes_column(table: Table, header: int, columns: dict[str, int]) -> int | None:
    """A column headed by the codes its cells hold ('P / IA / A' over 'P', 'IA', 'A'): how each
    person attended, the codes read by the key printed on the page."""
    taken = set(columns.values())
    for index, title in enumerate(table.rows[header]):
        title = layout.cell_text(title)
        if index in taken or not CODES_HEADER.fullmatch(title):
            continue
        codes = {c.strip() for c in title.split("/")}
        cells = [layout.cell_text(row[index]) for row in table.rows[header + 1 :] if index < len(row)]
        filled = [c for c in cells if c]
        if len(filled) >= 2 and all(c in codes for c in filled):
            return index
    return None


def read_table(
    page: Page, table: Table, columns: dict[str, int], reader: BlockReader, words, section: str = "member"
) -> list[Entry]:
    values = {k.lower(): v for k, v in words.attendance_values.items()}
    values.update(table_key(page, values))
    found: list[Entry] = []
    header_seen = False
    marks: dict[int, str] = {}
    # an attendance column left of the names ('Present' / '' / 'Attending' / '' …) groups them
    group_column = columns.get("attendance") == 0 and columns["name"] > 0
    for index, row in enumerate(table.rows):
        cells = [layout.cell_text(c) for c in row]
        filled = [c for c in cells if c]
        if not filled:
            continue
        named = layout.map_columns(list(row), words.attendee_columns)
        # the header names the name column and another ('Name | Representing'); it may follow a
        # label row ('Members present', whose word alone could head a name column) and come again
        # on a later page, its name cell then a label itself ('Name'), not a person
        name_cell = cells[columns["name"]] if columns["name"] < len(cells) else ""
        repeated = header_seen and layout.header_key(name_cell) in words.attendee_columns["name"]
        if "name" in named and (len(named) >= 2 or len(filled) > 1) and (not header_seen or repeated):
            if not header_seen:
                marks = mark_columns(cells, columns, values)
            header_seen = True
            continue
        label = reader.label_at(filled[0]) if len(filled) == 1 else None
        if label and label.end() >= len(filled[0]) - 1:
            section = reader.kind_of(label.group(1))
            continue
        name_cell = cells[columns["name"]] if columns["name"] < len(cells) else ""
        person = reader.people.person(name_cell) or reader.people.surname_only(name_cell)
        if person is None:
            continue
        if group_column and (said := values.get(cells[columns["attendance"]].strip().lower())):
            section = said  # a group label in the first column heads the rows under it, blank beside them
        kind = attended_as(cells, columns, marks, values, section)
        role = ", ".join(r for r in (person.role, cell_at(cells, columns.get("role"))) if r) or None
        alias = cell_at(cells, columns.get("initials")) or person.alias
        found.append(Entry(kind, person.name, role, page, row_bbox(table, index), alias or None))
    return found


def mark_columns(header: list[str], columns: dict[str, int], values: dict[str, str]) -> dict[int, str]:
    """Columns headed by a kind of attendance ('Present', 'Apologies'), where a mark (a tick, a
    cross, a letter) in a person's row says which: each such column's index and its kind."""
    taken = set(columns.values())
    return {
        i: values[key] for i, cell in enumerate(header) if i not in taken and (key := layout.header_key(cell)) in values
    }


def attended_as(
    cells: list[str], columns: dict[str, int], marks: dict[int, str], values: dict[str, str], section: str
) -> str:
    """A row's kind: what its attendance cell or its marked column says, where that is more than
    'present' (someone present is there in the capacity of the section they are listed under:
    a 'P' under 'Also attending' is in attendance, not a member)."""
    said = None
    if (index := columns.get("attendance")) is not None and index < len(cells):
        said = values.get(cells[index].strip().lower())
    marked = [kind for i, kind in marks.items() if i < len(cells) and cells[i].strip()]
    if said is None and len(marked) == 1:
        said = marked[0]
    return section if said is None or said == "member" else said


# 'Key: ✓ = present   A = apologies' or 'P - Present, A - Apologies': a mark, then what it means
# ('(P = present; A = apologies)': the key in brackets)
KEY_ENTRY = re.compile(
    r"(?:^|(?<=\s)|(?<=[:;,(]))([^\s(]{1,3}?)\s*[=–-]\s*([A-Za-z][A-Za-z ]{2,30}?)\s*"
    r"(?=[,;)]|\s{2,}|\s+\S{1,3}\s*[=–-]\s|$)"
)


def table_key(page: Page, values: dict[str, str]) -> dict[str, str]:
    """The marks a key printed on the page gives meaning ('A = apologies'), each meaning one the
    vocabulary knows; the key decides what a letter in the attendance column says."""
    key: dict[str, str] = {}
    for line in page.lines:
        for match in KEY_ENTRY.finditer(line.text.strip()):
            meaning = values.get(match.group(2).strip().lower())
            if meaning:
                key[match.group(1).lower()] = meaning
    return key


def cell_at(cells: list[str], index: int | None) -> str | None:
    if index is None or index >= len(cells):
        return None
    return cells[index] or None


def row_bbox(table: Table, index: int):
    """A table row's box: from its top to the next row's top (or the table's bottom)."""
    tops = table.row_tops
    if index >= len(tops):
        return table.bbox
    bottom = tops[index + 1] if index + 1 < len(tops) else table.bbox[3]
    return (table.bbox[0], round(tops[index], 1), table.bbox[2], round(bottom, 1))
