"""Terms the article writes more than one way: "Space11" / "Space 11", "V-2" / "V2".

Found without a list, PerfectIt style: every word (hyphenated runs count as one) gets a key
with case, hyphens and spaces removed; pairs and triples of adjacent words are keyed the
same way but kept only when a single word of the article has that key, so the work grows
with the length of the text. Keys written in at least two ways become :class:`WordForm`
facts, with the part of speech and attributive use a kind needs to tell a spelling variant
from a different use ("a long-term plan" / "in the long term"). Groups of forms that rules
declare ("adviser", "advisor") share one key.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..facts import WordForm
from .context import ExtractContext

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from ..nlp import Chunk

__all__ = ["extract_forms", "form_key", "fold_form"]

HYPHENS = "\u2010\u2011-"  # "-" last: literal inside a character class
_WORD = re.compile(rf"[^\W_]+(?:[{HYPHENS}][^\W_]+)*")
_SPLIT = re.compile(rf"[{HYPHENS}]")
MAX_OPEN_WORDS = 3
# Words that start no spelling variant: an article ("a way" / "away", "a long" / "along"),
# and numbers, whose compounds are measures ("three-month", "second-half"), not terms.
ARTICLES = {"a", "an", "the"}
NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "half",
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last",
}


def _term_start(unit: "_Unit", spaced: bool = False) -> bool:
    first = unit.parts[0] if unit.parts else ""
    folded = first.casefold()
    return first[:1].isalpha() and folded not in NUMBER_WORDS and not (spaced and folded in ARTICLES)


_KEY_DROP = re.compile(rf"[\s{HYPHENS}]+")


def form_key(text: str) -> str:
    """The key variants share: case, hyphens and spaces removed ("Space 11" → "space11")."""
    return _KEY_DROP.sub("", text).casefold()


def fold_form(text: str) -> str:
    """A form with case and hyphen characters normalised: how two spellings are told apart."""
    return " ".join(_SPLIT.sub("-", text).casefold().split())


@dataclass
class _Unit:
    """A word, or a run of words joined by hyphens without spaces ("long-term", "V-2")."""

    chunk_index: int
    start: int  # token range in the chunk's doc
    end: int
    parts: list[str]
    text: str
    key: str = ""  # form_key(text), computed once
    space_after: bool = False  # one plain space follows: a spaced term may go on


def _units(ci: int, doc: "Doc") -> list[_Unit]:
    # token texts and trailing spaces read once: a spaCy Token is built on every doc[i]
    pairs = [(t.text, t.whitespace_) for t in doc]
    texts = [p[0] for p in pairs]
    spaces = [p[1] for p in pairs]
    # a word here has no "." or "@", so spaCy's like_url and like_email never hold for it
    words = [bool(_WORD.fullmatch(t)) for t in texts]
    units: list[_Unit] = []
    i, n = 0, len(texts)
    while i < n:
        if not words[i]:
            i += 1
            continue
        j = i + 1
        # glue "e" "-" "mail": a hyphen token with no space either side, then a word
        while (j + 1 < n and not spaces[j - 1] and texts[j] in HYPHENS
               and not spaces[j] and words[j + 1]):
            j += 2
        text = "".join(texts[k] + spaces[k] for k in range(i, j - 1)) + texts[j - 1]
        units.append(_Unit(ci, i, j, [p for p in _SPLIT.split(text) if p], text, form_key(text), spaces[j - 1] == " "))
        i = j
    return units


def extract_forms(ctx: ExtractContext) -> list[WordForm]:
    """Every occurrence of a key the article writes in two or more ways."""
    declared: dict[str, str] = {}
    for group in ctx.options.variant_groups:
        keys = [form_key(f) for f in group if form_key(f)]
        for k in keys[1:]:
            declared.setdefault(k, keys[0])
        if keys:
            declared.setdefault(keys[0], keys[0])
    occurrences: dict[str, list[tuple[_Unit, str]]] = defaultdict(list)  # key → (unit, shape)
    all_units: list[list[_Unit]] = []
    for ci, chunk in ctx.iter_chunks():
        units = _units(ci, chunk.doc)
        all_units.append(units)
        for u in units:
            if _term_start(u):
                occurrences[u.key].append((u, "hyphen" if len(u.parts) > 1 else "solid"))
    singles = set(occurrences) | set(declared)
    for ci, units in enumerate(all_units):
        doc = ctx.chunks[ci].doc
        for i, first in enumerate(units):
            if not _term_start(first, spaced=True):
                continue
            key, last = first.key, first
            for nxt in units[i + 1:i + MAX_OPEN_WORDS]:
                if nxt.start != last.end or not last.space_after:
                    break
                key += nxt.key
                if key in singles and _one_phrase(doc, first.start, nxt.end):
                    merged = _Unit(ci, first.start, nxt.end, first.parts + nxt.parts, doc[first.start:nxt.end].text)
                    occurrences[key].append((merged, "space"))
                last = nxt
    grouped: dict[str, list[tuple[_Unit, str, bool]]] = defaultdict(list)
    for key, occ in occurrences.items():
        target = declared.get(key, key)
        for unit, shape in occ:
            grouped[target].append((unit, shape, key in declared))
    forms: list[WordForm] = []
    for key, occ in grouped.items():
        if len({fold_form(u.text) for u, _, _ in occ}) < 2:
            continue
        for unit, shape, is_declared in sorted(occ, key=lambda o: (o[0].chunk_index, o[0].start)):
            forms.append(_form(ctx, len(forms), key, unit, shape, is_declared))
    forms.sort(key=lambda f: f.span.start)
    for i, f in enumerate(forms):
        f.index = i
    return forms


# how the words of a spaced term hang together: "web site", "Space 11", "car maker"
PHRASE_DEPS = {"compound", "amod", "nmod", "nummod", "npadvmod", "advmod", "quantmod", "poss", "hmod",
               "prt", "dep", "appos", "prep", "pobj", "det"}


def _one_phrase(doc: "Doc", start: int, end: int) -> bool:
    """True when the words form one phrase in the parse (every word but the head depends on
    a word inside), so "the net works" (subject and verb) is not "networks"."""
    span = doc[start:end]
    root = span.root
    return all(t.i == root.i or (start <= t.head.i < end and t.dep_ in PHRASE_DEPS) for t in span)


def _form(ctx: ExtractContext, index: int, key: str, unit: _Unit, shape: str, declared: bool) -> WordForm:
    chunk: "Chunk" = ctx.chunks[unit.chunk_index]
    doc = chunk.doc
    span = doc[unit.start:unit.end]
    root = span.root
    nxt = doc[unit.end] if unit.end < len(doc) else None
    # it stands before the noun phrase it modifies: a noun, an adjective, a number or a
    # participle follows ("long-term care", "all-time worst", "injury-time dropped goal")
    attributive = bool(nxt is not None and root.head.i >= unit.end and root.head.i - unit.end <= 4
                       and (nxt.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"} or nxt.tag_ in {"VBN", "VBG"}))
    words = [t for t in span if _WORD.fullmatch(t.text)]
    fact_span = ctx.span_of(chunk, span)
    return WordForm(
        index=index,
        span=fact_span,
        form=unit.text,
        key=key,
        shape=shape,
        declared=declared,
        head_pos=root.pos_,
        attributive=attributive,
        function_words=bool(words) and all(t.is_stop for t in words),
        sentence=ctx.sentence_of(unit.chunk_index, unit.start),
        in_quote=ctx.quoted(fact_span),
    )
