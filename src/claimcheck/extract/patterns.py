"""Matches of the spaCy patterns that loaded ``pattern`` rules declare.

The rules stay free of spaCy objects: they declare :class:`PatternSet` objects, this stage
runs them with ``Matcher``/``DependencyMatcher`` (compiled once per pipeline) and records
each match as a :class:`PatternMatch` fact with the rule's id. Overlapping matches of one
rule keep the longest.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..facts import PatternMatch
from .context import ExtractContext, PatternSet

if TYPE_CHECKING:  # pragma: no cover
    from spacy.vocab import Vocab

    from .claim_tokens import ChunkView

__all__ = ["extract_patterns", "compile_pattern_set"]

_COMPILED: dict[tuple[int, str], tuple] = {}


def compile_pattern_set(vocab: "Vocab", ps: PatternSet) -> tuple:
    """(Matcher | None, DependencyMatcher | None) for one rule's patterns, cached per vocab."""
    key = (id(vocab), _pattern_key(ps))
    if key not in _COMPILED:
        from spacy.matcher import DependencyMatcher, Matcher

        matcher = dep = None
        if ps.token_patterns:
            matcher = Matcher(vocab, validate=True)
            for i, pattern in enumerate(ps.token_patterns):
                matcher.add(f"{ps.rule}#{i}", [list(pattern)], greedy=ps.greedy)
        if ps.dependency_patterns:
            dep = DependencyMatcher(vocab, validate=True)
            offset = len(ps.token_patterns)
            for i, pattern in enumerate(ps.dependency_patterns):
                dep.add(f"{ps.rule}#{offset + i}", [list(pattern)])
        if len(_COMPILED) > 256:
            _COMPILED.clear()
        _COMPILED[key] = (matcher, dep)
    return _COMPILED[key]


_READ: dict[int, tuple[PatternSet, str, list]] = {}


def _read(ps: PatternSet) -> tuple[PatternSet, str, list]:
    """(the set, its patterns' JSON, each token pattern's anchor), worked out once per
    PatternSet object: a rule's set is read for every chunk of every article. The object
    is kept with what was read, so its id stays its own."""
    known = _READ.get(id(ps))
    if known is None or known[0] is not ps:
        if len(_READ) > 256:
            _READ.clear()
        key = json.dumps([ps.rule, ps.token_patterns, ps.dependency_patterns, ps.greedy], sort_keys=True, default=str)
        known = _READ[id(ps)] = (ps, key, [_anchor(list(p)) for p in ps.token_patterns])
    return known


def _pattern_key(ps: PatternSet) -> str:
    return _read(ps)[1]


# a token spec that must match at least once, and the columns of ChunkView its word tests read
_MANDATORY_OPS = (None, "+")
_WORD_COLUMNS = {"LOWER": "lower_", "ORTH": "text", "TEXT": "text", "LEMMA": "lemma_"}


def _anchor(pattern: list[dict]) -> tuple[str, frozenset[str]] | None:
    """A word test the pattern cannot match without: a mandatory token whose LOWER, ORTH,
    TEXT or LEMMA is one literal or one of an ``IN`` list. None when it has none."""
    for spec in pattern:
        if spec.get("OP") not in _MANDATORY_OPS:
            continue
        for key, value in spec.items():
            column = _WORD_COLUMNS.get(str(key).upper())
            if column is None:
                continue
            if isinstance(value, str):
                return column, frozenset({value})
            if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
                return column, frozenset(value["IN"])
    return None


def _may_match(ps: PatternSet, view: "ChunkView") -> bool:
    """False when no token pattern can match in this chunk: each has a word test and no
    word of the chunk passes it. spaCy's Matcher calls a Python predicate per token for
    every ``IN`` list, so a chunk without the words is not run through it."""
    anchors = _read(ps)[2]
    if any(a is None for a in anchors):
        return True
    columns: dict[str, set[str]] = {}
    for column, words in anchors:
        present = columns.get(column)
        if present is None:
            present = columns[column] = set(getattr(view, column))
        if not words.isdisjoint(present):
            return True
    return False


def _pattern_index(vocab: "Vocab", match_id: int) -> int:
    return int(vocab.strings[match_id].rsplit("#", 1)[1])


def extract_patterns(ctx: ExtractContext) -> list[PatternMatch]:
    """Run every declared pattern set over the parsed chunks."""
    out: list[PatternMatch] = []
    for ps in ctx.options.pattern_sets:
        for ci, chunk in ctx.iter_chunks():
            doc = chunk.doc
            matcher, dep = compile_pattern_set(doc.vocab, ps)
            found: list[tuple[int, int, int, list[int]]] = []  # start, end, pattern, tokens
            if matcher is not None and _may_match(ps, ctx.view(ci)):
                for match_id, start, end in matcher(doc):
                    found.append((start, end, _pattern_index(doc.vocab, match_id), []))
            if dep is not None:
                for match_id, token_ids in dep(doc):
                    found.append((min(token_ids), max(token_ids) + 1, _pattern_index(doc.vocab, match_id),
                                  list(token_ids)))
            for start, end, pattern, tokens in _longest(found):
                span = ctx.span_of(chunk, doc[start:end])
                out.append(PatternMatch(
                    index=len(out), span=span, rule=ps.rule, pattern=pattern,
                    tokens=[ctx.span_of(chunk, doc[t]) for t in tokens],
                    sentence=ctx.sentence_of(ci, start), in_quote=ctx.quoted(span),
                ))
    return out


def _longest(found: list[tuple[int, int, int, list[int]]]) -> list[tuple[int, int, int, list[int]]]:
    """Drop matches overlapping a longer (or earlier, equally long) one; text order."""
    kept: list[tuple[int, int, int, list[int]]] = []
    taken: set[int] = set()
    for m in sorted(found, key=lambda m: (-(m[1] - m[0]), m[0], m[2])):
        if taken.isdisjoint(range(m[0], m[1])):
            kept.append(m)
            taken.update(range(m[0], m[1]))
    return sorted(kept, key=lambda m: (m[0], m[1]))
