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
where their honorifics differ ("Mr Blair" / "Mrs Blair"), and where both full names are
used repeatedly and consistently (two people, each named more than once).

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
from rapidfuzz import fuzz

from ...extract.entities import GENDERED_HONORIFICS, is_initial, name_key
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


class NameVariants(RuleSpec):
    """Flags one surname written with conflicting given names or spellings."""

    name: ClassVar[str] = "name-variants"
    needs: ClassVar[frozenset[str]] = frozenset({"entities"})
    placeholders: ClassVar[tuple[str, ...]] = ("names", "surname", "count")

    kind: Literal["name-variants"] = "name-variants"
    min_spelling_similarity: float = Field(default=80, ge=50, le=100)
    repeated_names_are_distinct: bool = True
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
                key = next((k for k in names if same_given_name(k, m.given)), None)
                names.setdefault(key or m.given, []).append(m)
            if len(names) < 2 or self._relatives(group, names):
                continue
            if self.repeated_names_are_distinct and sum(len(v) >= 2 for v in names.values()) >= 2:
                continue  # two people, each consistently named
            bare = [m for m in group if not m.given]
            yield self._given_hit(facts, group[0].surname or surname, names, bare)

    def _relatives(self, group: list[Mention], names: dict[str, list[Mention]]) -> bool:
        """Guards: kinship cues, coordination, differing gendered honorifics."""
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
        keys = sorted(by_surname)
        # block by first letter: only surnames that start alike are compared
        blocks: dict[str, list[str]] = defaultdict(list)
        for k in keys:
            if len(k) >= 5:
                blocks[k[0]].append(k)
        for block in blocks.values():
            for i, a in enumerate(block):
                for b in block[i + 1:]:
                    if abs(len(a) - len(b)) > 2 or fuzz.ratio(a, b) < self.min_spelling_similarity:
                        continue
                    hit = self._spelling_hit(by_surname[a], by_surname[b])
                    if hit:
                        yield hit

    def _spelling_hit(self, ga: list[Mention], gb: list[Mention]) -> Hit | None:
        givens_a = {name_key(m.given) for m in ga if m.given}
        givens_b = {name_key(m.given) for m in gb if m.given}
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
