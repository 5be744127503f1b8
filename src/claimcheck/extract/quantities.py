"""Quantities: numbers with units, currencies or counted nouns, normalised with pint.

Only number tokens are visited: a vectorised pass over the LIKE_NUM and SHAPE arrays picks
them (digits, number words, "1.13bn"), so the cost grows with the figures in a text, not
its length. Each is read by :func:`.figures.read_figure` (value, unit, range, qualifier),
placed by :func:`.quantity_context.describe` (cue, thing, subject, verbs, date, flags),
converted by :mod:`claimcheck.units`, and written as a :class:`~claimcheck.facts.Quantity`.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Iterable

from ..facts import Mention, Quantity, trusted
from ..units import UnitError, to_base
from .claim_tokens import mapped
from .context import ExtractContext
from .figures import Figure, is_number_at, read_article_unit, read_figure
from .quantity_context import PRONOUNS, describe, phrase

if TYPE_CHECKING:  # pragma: no cover

    from ..nlp import Chunk
    from .claim_tokens import ChunkView

__all__ = ["extract_quantities", "number_token_indexes", "entity_of", "EntityIndex"]

_EXTRA_NUMBER_WORDS = frozenset({"dozen", "decade", "decades", "century", "centuries"})


def number_token_indexes(view: "ChunkView") -> list[int]:
    """Indexes of tokens that may start a number: like a number, starting with a digit
    (spaCy's shape "d…"), or a number-like word ("dozen"); read from the chunk's columns."""
    digits_or_word = mapped(_DIGITS_OR_WORD, _digits_or_word, view.lower_)  # once per distinct word
    return [i for i, (number, other) in enumerate(zip(view.like_num, digits_or_word)) if number or other]


def _digits_or_word(low: str) -> bool:
    return low[:1].isdigit() or low in _EXTRA_NUMBER_WORDS


_DIGITS_OR_WORD: dict[str, bool] = {}  # lower-case text → _digits_or_word(text), for mapped()


def extract_quantities(ctx: ExtractContext, mentions: Iterable[Mention] = ()) -> list[Quantity]:
    """Every quantity in the article, in text order.

    ctx (ExtractContext): the parsed article. mentions (Iterable[Mention]): entity mentions,
    to link a quantity's subject to its entity.
    RETURNS (list[Quantity]): spans point into the original text.
    """
    entity_at = EntityIndex(mentions)
    out: list[Quantity] = []
    for ci, chunk in ctx.iter_chunks():
        doc = chunk.doc
        taken = -1
        view = ctx.view(ci)
        for i in number_token_indexes(view):
            if i < taken:
                continue
            fig = read_figure(doc, i) if is_number_at(doc, i) else read_article_unit(doc, i)
            if fig is None:
                continue
            taken = fig.end
            q = _quantity(ctx, ci, chunk, fig, len(out), entity_at)
            if q is not None:
                out.append(q)
    return out


def _quantity(ctx: ExtractContext, ci: int, chunk: "Chunk", fig: Figure, index: int,
              entity_at: "EntityIndex") -> Quantity | None:
    doc = chunk.doc
    view = ctx.view(ci)
    where = describe(doc, fig, view)
    try:
        base = _normalise(fig)
    except UnitError:
        return None
    start_char, end_char = view.char_range(fig.start, fig.end)  # from the columns: no spaCy Span
    last = view.text[fig.end - 1]
    if len(last) > 1 and last.endswith("."):
        end_char -= 1  # "$12m." → "$12m"
    span = ctx.span(chunk, start_char, end_char)
    subject_text = subject_entity = None
    if where.subject is not None:
        subject = doc[where.subject.i]  # phrase and entity_of read spaCy's subtree edges
        subject_text = phrase(subject)
        subject_entity = entity_of(ctx, chunk, subject, entity_at)
    sentence = ctx.sentence_of(ci, fig.start)
    return trusted(
        Quantity,
        index=index,
        span=span,
        value=fig.value,
        low=fig.low,
        high=fig.high,
        step=fig.step,
        unit=fig.unit,
        dimension=base[3],
        base_value=base[0],
        base_low=base[1],
        base_high=base[2],
        base_unit=base[4],
        qualifier=fig.qualifier,
        cue=where.cue,
        thing=where.thing_phrase,
        modifiers=where.modifiers,
        determiner=where.determiner,
        subject=subject_text,
        subject_entity=subject_entity,
        verbs=where.verbs,
        time=where.time,
        context=where.context,
        sentence=sentence,
        in_quote=ctx.quoted(span) or ctx.sentences[sentence].in_quote,
        comparative=fig.comparative or where.change,
        cumulative=where.cumulative,
    )


def _normalise(fig: Figure) -> tuple[float, float | None, float | None, str, str]:
    """(base value, base low, base high, dimension, base unit) of a figure."""
    if fig.kind == "currency":
        return fig.value, fig.low, fig.high, "currency", fig.unit or "?"
    if fig.kind == "count":
        return fig.value, fig.low, fig.high, "count", fig.unit or "?"
    unit = fig.unit or ""
    if unit == "percent":
        return fig.value, fig.low, fig.high, "percent", "percent"
    m = to_base(fig.value * fig.unit_factor, unit)
    low = to_base(fig.low * fig.unit_factor, unit).value if fig.low is not None else None
    high = to_base(fig.high * fig.unit_factor, unit).value if fig.high is not None else None
    return m.value, low, high, m.dimension, m.unit


class EntityIndex:
    """Which entity's mention covers an original-text offset (bisect over mention spans)."""

    def __init__(self, mentions: Iterable[Mention]):
        spans = sorted((m.span.start, m.span.end, m.entity) for m in mentions if m.entity is not None)
        self._starts = [s for s, _, _ in spans]
        self._spans = spans

    def __bool__(self) -> bool:
        return bool(self._spans)

    def at(self, pos: int) -> int | None:
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and self._spans[i][0] <= pos < self._spans[i][1]:
            return self._spans[i][2]
        return None


def entity_of(ctx: ExtractContext, chunk: "Chunk", tok, entities: EntityIndex) -> int | None:
    """The entity whose mention covers a subject's head word (or, failing that, a word before it)."""
    if tok is None or not entities or tok.lower_ in PRONOUNS:
        return None
    doc = tok.doc
    lo = tok.left_edge.i if tok.i - tok.left_edge.i < 6 else tok.i
    for t in reversed(doc[lo:tok.i + 1]):
        found = entities.at(ctx.document.to_original(chunk.offset + t.idx))
        if found is not None:
            return found
    return None
