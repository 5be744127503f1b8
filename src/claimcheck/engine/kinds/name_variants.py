"""Kind ``name-variants``: one person written with conflicting names.

## What it does
Flags a surname that appears with different given names ("Andrea Iervolino" …
"Domenico Iervolino") and a surname spelt two ways for the same given name ("Klim
Shipenko" … "Klim Shipenco"). Every conflicting mention is evidence, and bare-surname
mentions that can no longer be resolved ("Iervolino said") are counted in the explanation.

## Why is this bad?
A reader cannot tell whether the article speaks of one person or two, and one of the
names is usually a factual error that a correction will have to fix.

## Known problems
Two real people who share a surname and whose relation the article never states (a
couple mentioned far apart) are reported. Guards keep quiet where the text says they
are relatives ("his brother", "the Williams sisters", "Venus and Serena Williams"),
where their honorifics differ ("Mr Blair" / "Mrs Blair") or their given names are of
different gender ("Tony" / "Cherie"), where both names stand in one paragraph (nobody names
one person two ways in one breath), where the surname is very common (two Smiths are
ordinary; see ``extract/namelists.py``), and where both full names are used repeatedly
and consistently (two people, each named more than once). Spellings must differ by a
swapped or replaced letter: one added letter (Clark/Clarke) or a plural is another name.

## Example
Flagged: ``The film is produced by Andrea Iervolino. ... said Domenico Iervolino.``
Clean: ``Serena Williams beat her sister Venus Williams.``

## Options
``min_spelling_similarity`` (0–100): how alike two surnames must be to count as one name
spelt two ways. ``repeated_names_are_distinct``: treat two full names each used at least
twice as two people.
"""

from __future__ import annotations

from collections import defaultdict
from typing import ClassVar, Iterator, Literal

from pydantic import Field

from ...extract.entities import GENDERED_HONORIFICS, is_initial, name_key
from ...extract.namelists import COMMON_SURNAMES, gender_of
from ...facts import FactSheet, Hit, Mention
from .base import RuleSpec

__all__ = ["NameVariants", "DIMINUTIVES"]

# Common short forms: a given name and its diminutive are one name, not a conflict.
DIMINUTIVES: dict[str, set[str]] = {
    "william": {"bill", "billy", "will", "willie", "liam"},
    "robert": {"bob", "bobby", "rob", "robbie", "bert"},
    "richard": {"dick", "rick", "ricky", "rich", "richie"},
    "thomas": {"tom", "tommy"},
    "james": {"jim", "jimmy", "jamie"},
    "john": {"jack", "johnny", "jon"},
    "joseph": {"joe", "joey"},
    "michael": {"mike", "mikey", "mick", "mickey"},
    "edward": {"ed", "eddie", "ted", "ned"},
    "anthony": {"tony"},
    "alexander": {"alex", "sasha", "sandy"},
    "andrew": {"andy", "drew"},
    "benjamin": {"ben", "benny"},
    "charles": {"charlie", "chuck"},
    "christopher": {"chris", "kit"},
    "daniel": {"dan", "danny"},
    "david": {"dave", "davey"},
    "donald": {"don", "donnie"},
    "elizabeth": {"liz", "beth", "betty", "lizzie", "eliza", "libby"},
    "katherine": {"kate", "kathy", "katie", "kat"},
    "catherine": {"cathy", "kate", "katie", "cat"},
    "margaret": {"maggie", "meg", "peggy", "marge"},
    "matthew": {"matt"},
    "nicholas": {"nick", "nicky"},
    "patrick": {"pat", "paddy"},
    "peter": {"pete"},
    "samuel": {"sam", "sammy"},
    "stephen": {"steve"},
    "steven": {"steve"},
    "timothy": {"tim", "timmy"},
    "gregory": {"greg"},
    "jennifer": {"jen", "jenny"},
    "rebecca": {"becky", "becca"},
    "susan": {"sue", "susie"},
    "victoria": {"vicky", "tori"},
    "kenneth": {"ken", "kenny"},
    "ronald": {"ron", "ronnie"},
    "gerald": {"gerry", "jerry"},
    "frederick": {"fred", "freddie"},
    "philip": {"phil"},
    "phillip": {"phil"},
    "lawrence": {"larry"},
    "leonard": {"leo", "len", "lenny"},
    "abraham": {"abe"},
    "nathaniel": {"nat", "nate"},
    "jonathan": {"jon", "jonny"},
    "zachary": {"zach", "zack"},
    "vladimir": {"vlad", "volodya"},
    "dmitry": {"dima"},
    "yuliya": {"yulia", "julia"},
    "yuri": {"yury", "yuriy"},
}
_SHORT_TO_LONG: dict[str, set[str]] = defaultdict(set)
for _long, _shorts in DIMINUTIVES.items():
    for _s in _shorts:
        _SHORT_TO_LONG[_s].add(_long)


def same_given_name(a: str, b: str) -> bool:
    """True when two given names can be one person's: equal, an initial, a diminutive."""
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return True
    if is_initial(a) or is_initial(b):
        return ka[:1] == kb[:1]
    if ka in DIMINUTIVES.get(kb, ()) or kb in DIMINUTIVES.get(ka, ()):
        return True
    if _SHORT_TO_LONG.get(ka, set()) & _SHORT_TO_LONG.get(kb, set()):
        return True
    # hyphenated or double given names: "Jean-Pierre" / "Jean", "Mary Ann" / "Mary"
    pa, pb = ka.replace("-", " ").split(), kb.replace("-", " ").split()
    return bool(pa and pb and (pa[0] == pb[0]) and (len(pa) > 1 or len(pb) > 1))


def _compatible(a: Mention, b: Mention) -> bool:
    """Two full-name mentions that can be one person: same given name, or one's given name
    is the other's middle name ("Christian Andersen" in "Hans Christian Andersen")."""
    if same_given_name(a.given, b.given):
        return True
    ka, kb = name_key(a.given), name_key(b.given)
    return ka in {name_key(x) for x in b.middle} or kb in {name_key(x) for x in a.middle}


def _looks_like_misspelling(a: str, b: str) -> bool:
    """Typos swap or replace letters (Shipenko/Shipenco, Barrionuevo/Barrioneuvo); one added
    or dropped letter is usually another real name (Clark/Clarke, Hoffman/Hoffmann) or a
    plural (Beatle/Beatles)."""
    from rapidfuzz.distance import Levenshtein  # imported on use: `rules list` need not load it

    if a in COMMON_SURNAMES and b in COMMON_SURNAMES:
        return False
    ops = Levenshtein.editops(a, b)
    if len(ops) == 1 and ops[0].tag in ("insert", "delete"):
        return False
    if {a[-3:], b[-3:]} == {"sen", "son"} and a[:-3] == b[:-3]:
        return False  # Andersen / Anderson
    return True


class NameVariants(RuleSpec):
    """Flags one surname written with conflicting given names or spellings."""

    name: ClassVar[str] = "name-variants"
    needs: ClassVar[frozenset[str]] = frozenset({"entities"})
    placeholders: ClassVar[tuple[str, ...]] = ("names", "surname", "count")

    kind: Literal["name-variants"] = "name-variants"
    min_spelling_similarity: float = Field(default=80, ge=50, le=100)
    repeated_names_are_distinct: bool = True
    common_surnames_are_shared: bool = True
    check_spelling: bool = True

    def check(self, facts: FactSheet) -> Iterator[Hit]:
        persons = [m for m in facts.mentions if m.label == "PERSON" and m.surname]
        by_surname: dict[str, list[Mention]] = defaultdict(list)
        for m in persons:
            by_surname[name_key(m.surname)].append(m)
        yield from self._given_name_conflicts(facts, by_surname)
        if self.check_spelling:
            yield from self._spelling_conflicts(by_surname)

    # ----------------------------------------------------------------- given names

    def _given_name_conflicts(self, facts: FactSheet, by_surname: dict[str, list[Mention]]) -> Iterator[Hit]:
        for surname, group in by_surname.items():
            full = [m for m in group if m.given and not is_initial(m.given)]
            names: dict[str, list[Mention]] = {}
            for m in full:
                key = next((k for k, ms in names.items() if _compatible(ms[0], m)), None)
                names.setdefault(key or m.given, []).append(m)
            if len(names) < 2 or self._distinct_people(facts, surname, group, names):
                continue
            bare = [m for m in group if not m.given]
            yield self._given_hit(facts, group[0].surname or surname, names, bare)

    @staticmethod
    def _paragraph(facts: FactSheet, m: Mention) -> tuple[str, int]:
        """The paragraph of a mention (its sentence when the sheet has no sentences)."""
        if 0 <= m.sentence < len(facts.sentences):
            return ("p", facts.sentences[m.sentence].paragraph)
        return ("s", m.sentence)

    def _distinct_people(self, facts: FactSheet, surname: str, group: list[Mention],
                         names: dict[str, list[Mention]]) -> bool:
        """Guards: the text (or plain sense) says these are different people."""
        if self._relatives(group, names):
            return True
        if self.repeated_names_are_distinct and sum(len(v) >= 2 for v in names.values()) >= 2:
            return True  # two people, each consistently named
        places = [{self._paragraph(facts, m) for m in ms} for ms in names.values()]
        if any(a & b for i, a in enumerate(places) for b in places[i + 1:]):
            return True  # nobody names one person two ways in one paragraph
        if len({g for g in (gender_of(ms[0].given) for ms in names.values()) if g}) > 1:
            return True  # "Tony Blair" and "Cherie Blair"
        if self.common_surnames_are_shared and surname in COMMON_SURNAMES:
            return True  # two Smiths in one story are ordinary
        return False

    def _relatives(self, group: list[Mention], names: dict[str, list[Mention]]) -> bool:
        """Kinship cues, coordination, differing gendered honorifics."""
        if any(m.relative_cue for m in group):
            return True
        indexes = {m.index for m in group}
        if any(set(m.coordinated_with) & indexes or -1 in m.coordinated_with for m in group):
            return True
        genders = set()
        for mentions in names.values():
            g = {GENDERED_HONORIFICS[t] for m in mentions for t in m.titles if t in GENDERED_HONORIFICS}
            if len(g) == 1:
                genders.add(next(iter(g)))
        return len(genders) > 1

    def _given_hit(self, facts: FactSheet, surname: str, names: dict[str, list[Mention]],
                   bare: list[Mention]) -> Hit:
        mentions = sorted((m for ms in names.values() for m in ms), key=lambda m: m.span.start)
        forms = []
        for ms in names.values():
            lines = ", ".join(str(m.span.line) for m in ms)
            forms.append(f"\"{ms[0].span.text}\" (line {lines})")
        explanation = (
            f"The surname {surname} appears with {len(names)} different given names: "
            + "; ".join(forms) + ". Either one name is wrong, or these are different people "
            "and the article should say how they are related."
        )
        if bare:
            lines = sorted({m.span.line for m in bare})
            shown = ", ".join(map(str, lines[:12])) + (" …" if len(lines) > 12 else "")
            explanation += (
                f" {len(bare)} mention(s) of \"{surname}\" alone (line {shown}) cannot be told apart."
            )
        return Hit(
            evidence=[m.span for m in mentions],
            explanation=explanation,
            values={
                "names": " / ".join(ms[0].name for ms in names.values()),
                "surname": surname,
                "count": str(len(names)),
            },
        )

    # ----------------------------------------------------------------- spellings

    def _spelling_conflicts(self, by_surname: dict[str, list[Mention]]) -> Iterator[Hit]:
        from rapidfuzz import fuzz

        keys = sorted(by_surname)
        # block by first letter: only surnames that start alike are compared
        blocks: dict[str, list[str]] = defaultdict(list)
        for k in keys:
            if len(k) >= 5:
                blocks[k[0]].append(k)
        givens = {name_key(m.given) for ms in by_surname.values() for m in ms if m.given}
        for block in blocks.values():
            for i, a in enumerate(block):
                for b in block[i + 1:]:
                    if abs(len(a) - len(b)) > 2 or fuzz.ratio(a, b) < self.min_spelling_similarity:
                        continue
                    if not _looks_like_misspelling(a, b) or a in givens or b in givens \
                            or gender_of(a) or gender_of(b):
                        continue
                    hit = self._spelling_hit(by_surname[a], by_surname[b])
                    if hit:
                        yield hit

    def _spelling_hit(self, ga: list[Mention], gb: list[Mention]) -> Hit | None:
        from rapidfuzz import fuzz

        givens_a = {name_key(m.given) for m in ga if m.given}
        givens_b = {name_key(m.given) for m in gb if m.given}
        if not givens_a and not givens_b:
            return None  # neither spelling is anchored to a full name
        if givens_a and givens_b and not any(same_given_name(x, y) for x in givens_a for y in givens_b):
            return None  # "John Smith" and "Jane Smyth": two people
        if any(m.relative_cue for m in ga + gb):
            return None
        if len(ga) >= 2 and len(gb) >= 2 and givens_a != givens_b:
            return None
        # the minority spelling is the suspect one
        major, minor = (ga, gb) if len(ga) >= len(gb) else (gb, ga)
        mentions = sorted(ga + gb, key=lambda m: m.span.start)
        sa, sb = major[0].surname, minor[0].surname
        explanation = (
            f"\"{sb}\" (line {', '.join(str(m.span.line) for m in minor)}) looks like a misspelling of "
            f"\"{sa}\" (line {', '.join(str(m.span.line) for m in major)}): "
            f"{fuzz.ratio(name_key(sa), name_key(sb)):.0f}% alike."
        )
        return Hit(
            evidence=[m.span for m in mentions],
            explanation=explanation,
            values={"names": f"{sa} / {sb}", "surname": sa or "", "count": "2"},
        )
