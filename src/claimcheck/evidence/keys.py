"""Comparable keys for names and phrases, so facts are grouped before they are compared.

People are keyed by folded surname and matched on given names the way the name-variants
kind does (initials, diminutives). Everything else (a record's title, "Kármán line",
"International Space Station") is keyed by its content words after folding case, accents,
plurals and a few synonyms: "longest single spaceflight by a NASA astronaut" and "longest
U.S. spaceflight" have the same key; "longest spaceflight" (the world record) does not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..engine.kinds.name_variants import same_given_name
from ..extract.entities import fold, is_initial, name_key, parse_name
from ..facts import Claim, FactSheet

__all__ = ["phrase_key", "person_parts", "same_person", "tokens", "claim_subject_keys"]

# words that say nothing about which record or thing is meant
_STOP = {
    "the", "a", "an", "for", "by", "of", "in", "on", "at", "to", "from", "and", "its", "his", "her",
    "their", "ever", "record", "records", "recorded", "history", "all", "time", "world", "human",
    "person", "astronaut", "cosmonaut", "explorer", "any", "single", "continuous", "consecutive",
    "uninterrupted", "one", "officially", "title",
}
# word → canonical word (applied after plural folding)
_SYNONYMS = {
    "american": "us", "america": "us", "usa": "us", "u.s": "us", "u.s.": "us", "nasa": "us",
    "united": "us", "states": "us",
    "russian": "russia", "soviet": "russia", "roscosmos": "russia", "ussr": "russia",
    "woman": "woman", "women": "woman", "female": "woman",
    "mission": "spaceflight", "flight": "spaceflight", "spaceflight": "spaceflight", "stay": "spaceflight",
    "space": "space", "karman": "karman",
    "iss": "international space station",
}
_WORD = re.compile(r"[a-z0-9]+(?:\.[a-z0-9]+)*\.?")


def tokens(text: str) -> list[str]:
    """Folded words of a phrase ("U.S." → "u.s.", "Kármán" → "karman")."""
    t = fold(text).replace("space flight", "spaceflight").replace("space-flight", "spaceflight")
    t = t.replace("’", "'").replace("'s", "")
    return _WORD.findall(t)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=32_768)
def phrase_key(text: str) -> frozenset[str]:
    """The content words of a phrase, folded; equal keys mean the same thing (memoised:
    source names and aliases are keyed again for every article)."""
    out: set[str] = set()
    words = tokens(text)
    for w in words:
        w = w.rstrip(".") if w.count(".") == 1 and w.endswith(".") else w
        if w in _STOP:
            continue
        canon = _SYNONYMS.get(w) or _SYNONYMS.get(_singular(w)) or _singular(w)
        out.update(canon.split())
    if "spaceflight" in out:
        out.discard("space")
    return frozenset(out)


@lru_cache(maxsize=8192)
def person_parts(name: str) -> tuple[str | None, str | None]:
    """(given, surname) of a written name ("Scott J. Kelly" → ("Scott", "Kelly")); memoised:
    source holders and article subjects are parsed again for every fact they meet."""
    parsed = parse_name(name.split())
    return parsed.given, parsed.surname


def same_person(given_a: str | None, surname_a: str | None, given_b: str | None, surname_b: str | None) -> bool:
    """Two written names can be one person: same surname, compatible or missing given names."""
    if not surname_a or not surname_b or name_key(surname_a) != name_key(surname_b):
        return False
    if not given_a or not given_b:
        return True
    return same_given_name(given_a, given_b) or (is_initial(given_a) and is_initial(given_b))


def claim_subject_keys(claim: Claim, sheet: FactSheet) -> list[str]:
    """Keys for a claim's subject that hold across documents (entity indexes do not): a
    person's folded surname, an organisation's content words, the subject's lemma key."""
    indexes = list(claim.subject_entities) or ([claim.subject_entity] if claim.subject_entity is not None else [])
    keys: list[str] = []
    for i in indexes:
        if not 0 <= i < len(sheet.entities):
            continue
        e = sheet.entities[i]
        if e.label == "PERSON":
            surname = person_parts(e.name)[1]
            if surname:
                keys.append("p:" + name_key(surname))
        else:
            words = phrase_key(e.name)
            if words:
                keys.append("o:" + " ".join(sorted(words)))
    if claim.subject_key:
        keys.append("k:" + claim.subject_key)
    return keys
