"""Source facts grouped by what they are about, and article facts resolved to those groups.

Built once per article from ``FactSheet.sources``; every lookup is a dict access, so the
cost of verification grows with the number of facts, not their product. People are
grouped by folded surname (matched on given names like the name-variants kind), other
entities and records by :func:`phrase_key` of their name and aliases.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections import defaultdict

from ..extract.entities import name_key
from ..facts import Entity, FactSheet, SourceFact
from .keys import person_parts, phrase_key, same_person

__all__ = ["SourceIndex"]

_NAMED_CACHE_LIMIT = 20_000  # sentence texts remembered by named_in() (an archive run stays flat)


class SourceIndex:
    """Lookups over one article's source facts."""

    _built: dict[int, tuple[list[SourceFact], "SourceIndex"]] = {}
    _last_view: tuple[FactSheet, "SourceIndex"] | None = None

    @classmethod
    def of(cls, sheet: FactSheet) -> "SourceIndex":
        """The index of ``sheet.sources``, built once per source list (a run passes the same
        list to every article) and handed out as a view with the article's own caches; the
        kinds that check one article share its view, and so its verdicts."""
        last = cls._last_view
        if last is not None and last[0] is sheet and last[1].facts is sheet.sources:
            return last[1]
        facts = sheet.sources
        hit = cls._built.get(id(facts))
        if hit is None or hit[0] is not facts:
            if len(cls._built) >= 4:
                cls._built.clear()
            hit = (facts, cls(facts))
            cls._built[id(facts)] = hit
        view = copy.copy(hit[1])
        view._sentence_entities = None
        view.verdicts = {}
        cls._last_view = (sheet, view)
        return view

    def __init__(self, facts: list[SourceFact]):
        self.facts = facts
        self.by_key: dict[frozenset, list[SourceFact]] = defaultdict(list)
        self.persons: dict[str, list[tuple[str | None, SourceFact]]] = defaultdict(list)
        self.records: dict[frozenset, list[SourceFact]] = defaultdict(list)
        self.names: dict[str, list[SourceFact]] = defaultdict(list)
        self.vocabulary: set[str] = set()  # capitalised words of every source text, folded
        self.text_numbers: list[SourceFact] = []  # quantities stated by source texts
        self.numbers_written: set[str] = set()  # every number the source texts write, formatted
        self.statements: dict[str, list[SourceFact]] = defaultdict(list)  # subject key → claims
        self._aliases: list[tuple[re.Pattern, frozenset]] = []
        self._named: dict[str, list[frozenset]] = {}  # sentence text → named_in(), asked once per fact
        self._sentence_entities: dict[int, set[int]] | None = None
        self._entity_facts: dict[int, list[SourceFact]] = {}  # of the sheet _entity_facts_of
        self._entity_facts_of: FactSheet | None = None
        self.verdicts: dict[tuple, list] = {}  # (family, tolerance) → the article's verdicts (see judge)
        seen_alias: set[str] = set()
        for f in facts:
            if f.origin == "text" and f.property == "vocabulary":
                self.vocabulary.update(f.value.split())
                continue
            if f.origin == "text" and f.property == "numbers":
                self.numbers_written.update(f.value.split())
                continue
            if f.origin == "text" and f.claim is not None:
                for key in f.aliases:
                    self.statements[key].append(f)
                continue
            if f.origin == "text" and f.number is not None and f.entity_type != "record":
                self.text_numbers.append(f)
                continue
            names = [f.entity, *f.aliases]
            if f.property == "record" and f.entity_type == "record":
                for key in {phrase_key(n) for n in names}:
                    self.records[key].append(f)
                continue
            if f.origin == "text" and f.property == "name" and f.entity_type == "person":
                _, surname = person_parts(f.value)
                if surname:
                    self.names[name_key(surname)].append(f)
                continue
            if f.origin == "text":
                continue  # a source text's attributes and dates are not facts about entities on file
            if f.entity_type == "person":
                for given, surname in {person_parts(n) for n in names}:
                    if surname:
                        self.persons[name_key(surname)].append((given, f))
                continue
            for key in {phrase_key(n) for n in names}:
                if key:
                    self.by_key[key].append(f)
            for n in names:
                key = phrase_key(n)
                plain = _deaccent(n)
                if f.origin == "sheet" and len(plain) >= 3 and plain not in seen_alias:
                    seen_alias.add(plain)
                    # a capitalised name matches as written ("The Challenge", not "the challenge")
                    flags = 0 if any(c.isupper() for c in plain) else re.IGNORECASE
                    self._aliases.append((re.compile(r"(?<!\w)" + re.escape(plain) + r"(?!\w)", flags), key))

    def __bool__(self) -> bool:
        return bool(self.facts)

    # ----------------------------------------------------------------- people

    def person_facts(self, given: str | None, surname: str | None) -> list[SourceFact]:
        """Facts about the sheet person a written name can be (unique on a bare surname)."""
        if not surname:
            return []
        cands = self.persons.get(name_key(surname), [])
        hits = [f for g, f in cands if same_person(given, surname, g, surname)]
        if not given and len({f.entity for f in hits}) > 1:
            return []  # "Kelly" with two Kellys on file: cannot tell which
        return _unique(hits)

    def entity_facts(self, sheet: FactSheet, entity_index: int | None) -> list[SourceFact]:
        """Facts about the sheet entity an article entity is (by its mentions' names);
        remembered per article, as every fact in a sentence asks again for its entities."""
        if entity_index is None or not (0 <= entity_index < len(sheet.entities)):
            return []
        if self._entity_facts_of is not sheet:
            self._entity_facts, self._entity_facts_of = {}, sheet
        found = self._entity_facts.get(entity_index)
        if found is None:
            found = self._entity_facts[entity_index] = self._find_entity_facts(sheet, entity_index)
        return list(found)

    def _find_entity_facts(self, sheet: FactSheet, entity_index: int) -> list[SourceFact]:
        entity = sheet.entities[entity_index]
        if entity.label == "PERSON":
            return self._person_entity(sheet, entity)
        out: list[SourceFact] = []
        for n in {entity.name, *entity.aliases}:
            out.extend(self.by_key.get(phrase_key(n), []))
        return _unique(out)

    def _person_entity(self, sheet: FactSheet, entity: Entity) -> list[SourceFact]:
        """A person on file only when the article gives the full name somewhere (a bare
        "Kelly" could be anyone), unless the sheet lists the bare surname as an alias."""
        mentions = sheet.entity_mentions(entity)
        full = {(m.given, m.surname) for m in mentions if m.given and m.surname}
        if full:
            return _unique([f for g, s in full for f in self.person_facts(g, s)])
        surnames = {m.surname for m in mentions if m.surname}
        return _unique([f for s in surnames for f in self.person_facts(None, s)
                        if any(name_key(a) == name_key(s) for a in f.aliases)])

    def holder_has_sheet(self, sheet: FactSheet, entity_index: int | None, name: str) -> bool:
        if entity_index is not None:
            return bool(self.entity_facts(sheet, entity_index))
        given, surname = person_parts(name)
        return bool(self.person_facts(given, surname))

    # ----------------------------------------------------------------- things

    def phrase_facts(self, text: str | None) -> list[SourceFact]:
        """Facts about a thing named by a phrase ("the Kármán line", "ISS")."""
        if not text:
            return []
        key = phrase_key(text)
        return list(self.by_key.get(key, [])) if key else []

    def named_in(self, sentence: str) -> list[frozenset]:
        """Keys of sheet entities whose name or alias a sentence contains."""
        if sentence in self._named:
            return list(self._named[sentence])
        plain = _deaccent(sentence)
        out = []
        for rx, key in self._aliases:
            if key not in out and rx.search(plain):
                out.append(key)
        if len(self._named) >= _NAMED_CACHE_LIMIT:
            self._named.clear()
        self._named[sentence] = out
        return list(out)

    def sentence_entities(self, sheet: "FactSheet", sentence: int) -> set[int]:
        """Entities mentioned in one sentence (grouped once, not a scan per fact)."""
        if self._sentence_entities is None:
            self._sentence_entities = defaultdict(set)
            for m in sheet.mentions:
                if m.entity is not None:
                    self._sentence_entities[m.sentence].add(m.entity)
        return self._sentence_entities.get(sentence, set())

    def record_facts(self, title: str) -> list[SourceFact]:
        return list(self.records.get(phrase_key(title), []))

    def text_names(self, surname: str | None) -> list[SourceFact]:
        return list(self.names.get(name_key(surname), [])) if surname else []


def _deaccent(text: str) -> str:
    if text.isascii():
        return text  # nothing to strip: most sentences
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _unique(facts: list[SourceFact]) -> list[SourceFact]:
    seen: set[int] = set()
    out = []
    for f in facts:
        if f.index not in seen:
            seen.add(f.index)
            out.append(f)
    return out
