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
from collections import Counter, defaultdict
from array import array
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..facts import WordForm
from .claim_tokens import mapped
from .context import ExtractContext

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from ..nlp import Chunk
    from .claim_tokens import ChunkView

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

_KEY_DROP = re.compile(rf"[\s{HYPHENS}]+")


def form_key(text: str) -> str:
    """The key variants share: case, hyphens and spaces removed ("Space 11" → "space11")."""
    return _KEY_DROP.sub("", text).casefold()


def fold_form(text: str) -> str:
    """A form with case and hyphen characters normalised: how two spellings are told apart."""
    return " ".join(_SPLIT.sub("-", text).casefold().split())


@dataclass(slots=True)
class _Unit:
    """An occurrence of a form: a word, a run of words joined by hyphens without spaces
    ("long-term", "V-2"), or words joined by spaces ("Space 11")."""

    chunk_index: int
    start: int  # token range in the chunk's doc
    end: int
    text: str


# flags of a unit in _Words
_TERM = 1  # can start a term: see _starts()
_SPACED = 2  # can start a spaced term
_SPACE_AFTER = 4  # one plain space follows: a spaced term may go on
_HYPHENATED = 8  # written with a hyphen


@dataclass
class _Words:
    """One chunk's units, held compactly: a 1 MB article has some 200,000 of them and
    they are all read again for spaced terms (a key is one object per spelling: _key_and_flags is memoised)."""

    keys: list[str] = field(default_factory=list)
    starts: array = field(default_factory=lambda: array("l"))
    ends: array = field(default_factory=lambda: array("l"))
    flags: bytearray = field(default_factory=bytearray)


def _starts(first: str) -> tuple[bool, bool]:
    """Whether a unit whose first part is ``first`` can start a term, and a spaced term."""
    folded = first.casefold()
    term = first[:1].isalpha() and folded not in NUMBER_WORDS
    return term, term and folded not in ARTICLES


def _scan(view: "ChunkView") -> tuple[list[int], list[int], list[str], list[bool]]:
    """Start and end tokens, text and "one space follows" of every unit of a chunk, in order."""
    texts: list[str] = view.text
    spaces: list[int] = view.space_after  # 1 where a space follows: spaCy's whitespace_ is " "
    # a word here has no "." or "@", so spaCy's like_url and like_email never hold for it;
    # texts repeat ("the", "said"), so each is matched once
    words = mapped(_IS_WORD, _is_word, texts)
    n = len(texts)
    glued = any(texts[j] in HYPHENS and not spaces[j - 1] and not spaces[j] for j in range(1, n - 1))
    if not glued:  # the common case: every word is a unit of its own
        idx = [i for i in range(n) if words[i]]
        return idx, [i + 1 for i in idx], [texts[i] for i in idx], [spaces[i] == 1 for i in idx]
    starts: list[int] = []
    ends: list[int] = []
    out_texts: list[str] = []
    after: list[bool] = []
    i = 0
    while i < n:
        if not words[i]:
            i += 1
            continue
        j = i + 1
        # glue "e" "-" "mail": a hyphen token with no space either side, then a word
        while (j + 1 < n and not spaces[j - 1] and texts[j] in HYPHENS
               and not spaces[j] and words[j + 1]):
            j += 2
        # no space inside a glued run, so its text is doc[i:j].text
        starts.append(i)
        ends.append(j)
        out_texts.append(texts[i] if j == i + 1 else "".join(texts[i:j]))
        after.append(spaces[j - 1] == 1)
        i = j
    return starts, ends, out_texts, after


def _is_word(text: str) -> bool:
    return _WORD.fullmatch(text) is not None


_IS_WORD: dict[str, bool] = {}  # text → _is_word(text), for mapped()
_KEYED: dict[str, tuple[str, int]] = {}  # text → _key_and_flags(text), for mapped()


def _key_and_flags(text: str) -> tuple[str, int]:
    """A unit's key and flags but _SPACE_AFTER (remembered per text: the same words recur)."""
    if "-" in text or "\u2010" in text or "\u2011" in text:  # HYPHENS
        parts = [p for p in _SPLIT.split(text) if p]
        key = form_key(text)
    else:  # one plain word, the common case: no regex needed
        parts = [text]
        key = text.casefold()
    term, spaced = _starts(parts[0]) if parts else (False, False)
    flags = (_TERM if term else 0) | (_SPACED if spaced else 0)
    return key, flags | (_HYPHENATED if len(parts) > 1 else 0)


class _Written:
    """How often each key occurs and the ways it is written, in first-seen order."""

    def __init__(self) -> None:
        self.count: Counter[str] = Counter()
        self.texts: dict[str, str | set[str]] = {}  # one text, or a set once there are two

    def add_all(self, pairs: list[tuple[str, str]]) -> None:
        """(key, text) pairs: counted in bulk, each distinct pair noted once."""
        self.count.update(k for k, _ in pairs)
        for key, text in dict.fromkeys(pairs):
            self._note(key, text)

    def add(self, key: str, text: str) -> None:
        self.count[key] += 1
        self._note(key, text)

    def _note(self, key: str, text: str) -> None:
        seen = self.texts.get(key)
        if seen is None:
            self.texts[key] = text
        elif isinstance(seen, set):
            seen.add(text)
        elif seen != text:
            self.texts[key] = {seen, text}

    def of(self, key: str) -> set[str]:
        seen = self.texts.get(key)
        return set() if seen is None else (set(seen) if isinstance(seen, set) else {seen})


def extract_forms(ctx: ExtractContext) -> list[WordForm]:
    """Every occurrence of a key the article writes in two or more ways.

    Three passes keep memory flat on long texts: count keys and their spellings, find
    spaced terms whose key is a word of the article, then collect the occurrences of the
    keys written more than one way (few) as _Unit objects.
    """
    declared: dict[str, str] = {}
    for group in ctx.options.variant_groups:
        keys = [form_key(f) for f in group if form_key(f)]
        for k in keys[1:]:
            declared.setdefault(k, keys[0])
        if keys:
            declared.setdefault(keys[0], keys[0])
    written = _Written()
    chunk_words: list[_Words] = []
    for ci in range(len(ctx.chunks)):
        starts, ends, texts, after = _scan(ctx.view(ci))
        keyed = mapped(_KEYED, _key_and_flags, texts)  # one key object per spelling
        chunk_words.append(_Words(
            keys=[k for k, _ in keyed], starts=array("l", starts), ends=array("l", ends),
            flags=bytearray(f | _SPACE_AFTER if a else f for (_, f), a in zip(keyed, after))))
        written.add_all([(k, t) for (k, f), t in zip(keyed, texts) if f & _TERM])
    singles = set(written.texts) | set(declared)
    spaced: dict[str, list[_Unit]] = defaultdict(list)
    for ci, words in enumerate(chunk_words):
        doc = ctx.chunks[ci].doc
        keys, starts, ends, flags = words.keys, words.starts, words.ends, words.flags
        # words chained by one space, then their keys joined a word at a time, each step
        # one pass over the runs still open (a Python loop per word cost more)
        chained = [f & _SPACE_AFTER and nxt_start == end for f, end, nxt_start in zip(flags, ends, starts[1:])]
        runs = [(i, keys[i]) for i, f in enumerate(flags[:-1]) if f & _SPACED and chained[i]]
        hits: list[tuple[int, int, str]] = []
        for extra in range(1, MAX_OPEN_WORDS):
            runs = [(i, key + keys[i + extra]) for i, key in runs if i + extra < len(keys) and chained[i + extra - 1]]
            hits.extend((i, i + extra, key) for i, key in runs if key in singles)
        for i, last, key in sorted(hits):  # in text order, as a word-by-word scan finds them
            if _one_phrase(doc, starts[i], ends[last]):
                unit = _Unit(ci, starts[i], ends[last], doc[starts[i]:ends[last]].text)
                spaced[key].append(unit)
                written.add(key, unit.text)
    # keys written once are dropped (only declared groups gather several keys); a group
    # is kept when its spellings differ by more than case and the hyphen character
    members: dict[str, list[str]] = defaultdict(list)  # target key → its keys, in order
    for key, count in written.count.items():
        if count < 2 and key not in declared:
            continue
        members[declared.get(key, key)].append(key)
    wanted: dict[str, str] = {}  # key → its target, for the groups kept
    for target, keys in members.items():
        texts = set().union(*(written.of(k) for k in keys))
        if len(texts) >= 2 and len({fold_form(t) for t in texts}) >= 2:
            wanted.update((k, target) for k in keys)
    singles_of: dict[str, list[_Unit]] = defaultdict(list)
    hyphenated: set[tuple[int, int]] = set()
    if wanted:
        for ci, words in enumerate(chunk_words):
            doc = ctx.chunks[ci].doc
            for key, start, end, flags in zip(words.keys, words.starts, words.ends, words.flags):
                if flags & _TERM and key in wanted:
                    singles_of[key].append(_Unit(ci, start, end, doc[start:end].text))
                    if flags & _HYPHENATED:
                        hyphenated.add((ci, start))
    forms: list[WordForm] = []
    for target, keys in members.items():
        if keys[0] not in wanted:
            continue
        occ = []
        for k in keys:
            occ += [(u, "hyphen" if (u.chunk_index, u.start) in hyphenated else "solid", k in declared)
                    for u in singles_of[k]]
            occ += [(u, "space", k in declared) for u in spaced[k]]
        for unit, shape, is_declared in sorted(occ, key=lambda o: (o[0].chunk_index, o[0].start)):
            forms.append(_form(ctx, len(forms), target, unit, shape, is_declared))
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
