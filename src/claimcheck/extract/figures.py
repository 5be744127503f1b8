"""Reading one figure from the tokens: number, unit or currency, range and qualifier.

:func:`read_figure` starts at a number token and reads outwards: a qualifier and a
currency sign before it ("more than", "£"), a second number for a range ("100–120",
"between 5 and 7"), then a unit ("miles", "km/h", "per cent"), a currency word
("dollars") or the counted noun ("four space flights"). It works on the token surface
and uses the parse only to find a counted noun, because the small model's tags around
"$12m" or "2bn" are unreliable. What the figure measures is :mod:`.quantity_context`'s job.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..units import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    MAGNITUDES,
    MAX_UNIT_TOKENS,
    MULTI_WORD_UNITS,
    UNIT_WORDS,
)
from .claim_tokens import mapped, strings_of
from .figure_words import (
    COMPARATIVE_BEFORE,
    COMPARATIVE_PAIRS,
    MAX_QUALIFIER_TOKENS,
    ORDINAL_SUFFIXES,
    ORDINAL_WORDS,
    PAST_POINT,
    QUALIFIERS,
    RANGE_JOINERS,
    RATE_WORDS,
    SINGLE_LETTER_UNITS,
    SKIP_ENTITY_LABELS,
)
from .numbers import GLUED, NUMBER_WORDS, ParsedNumber, parse_number

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = ["Figure", "read_figure", "read_article_unit", "is_number_token", "is_number_at", "surface", "ARTICLE_UNITS"]

@dataclass
class Figure:
    """A figure as read from the tokens; token indexes are into one spaCy Doc."""

    start: int  # first token, qualifier and currency sign included
    end: int  # one past the last token (unit or counted noun included)
    value: float
    step: float
    low: float | None = None
    high: float | None = None
    unit: str | None = None  # a pint unit, a currency code, or the counted noun
    unit_factor: float = 1.0  # "decade" is 10 years
    kind: str = "measure"  # measure, currency, count
    qualifier: str | None = None
    qualifier_kind: str | None = None
    comparative: bool = False
    anchor: int = 0  # token whose head leads out of the figure (for the parse)
    cue: str | None = None  # set when the surface already says it ("-year-old", "aged")


def is_number_token(tok: "Token") -> bool:
    """A token that is (part of) a number: digits, number words, "1.13bn"; not ordinals."""
    return _is_number(tok.lower_, tok.like_num)


def is_number_at(doc: "Doc", i: int) -> bool:
    """:func:`is_number_token` for token i, read from the Doc's :class:`Surface`."""
    words = surface(doc)
    return _is_number(words.lower[i], words.like_num[i])


def _is_number(low: str, like_num: bool) -> bool:
    if low in ORDINAL_WORDS:
        return False
    if like_num:
        return not (low[:1].isdigit() and low.endswith(ORDINAL_SUFFIXES))
    return low in NUMBER_WORDS or bool(GLUED.match(low))


def _glued(doc: "Doc", i: int) -> bool:
    """True when token i follows token i-1 without a space ("5m", "30km")."""
    words = surface(doc)
    return words.idx[i - 1] + len(words.text[i - 1]) == words.idx[i]


def _number_end(doc: "Doc", i: int) -> int:
    """One past the last token of the number starting at token i."""
    words = surface(doc)
    lower, text = words.lower, words.text
    n = len(doc)
    j = i
    while j < n:
        low = lower[j]
        if j > i and low in SINGLE_LETTER_UNITS and low != "p" and text[j - 1][:1].isdigit() and _glued(doc, j):
            j += 1  # "5m", "30k": decided by the caller (million or metre)
            break
        if is_number_at(doc, j):
            if j > i and text[j - 1][:1].isdigit() and low[:1].isdigit():
                break  # "2004 60": two numbers
            j += 1
            continue
        if j > i and j + 1 < n and low in {"-", "‐"} and lower[j - 1] in NUMBER_WORDS \
                and lower[j + 1] in NUMBER_WORDS and not text[j - 1][:1].isdigit():
            j += 1
            continue
        if j > i and low == "and" and lower[j - 1] in {"hundred", "thousand"} and j + 1 < n \
                and lower[j + 1] in NUMBER_WORDS:
            j += 1
            continue
        if j > i and low in MAGNITUDES and len(low) > 1 and low not in ("mn",) and text[j - 1][:1].isdigit():
            j += 1
            continue
        break
    return j


def _number_start(doc: "Doc", i: int) -> int:
    """Widen a number leftwards over "a"/"half a" before "million"/"dozen"/"hundred"."""
    lower = surface(doc).lower
    if lower[i] in {"million", "billion", "dozen", "hundred", "thousand", "trillion"} and i > 0:
        if lower[i - 1] in {"a", "an"}:
            if i > 1 and lower[i - 2] == "half":
                return i - 2
            return i - 1
    return i


class Surface:
    """A chunk's token surface as columns (lower case, text, offset, like a number), read
    once per Doc and kept in ``doc.user_data``: the figure readers look at the same few
    words around each number many times, and each ``doc[i].lower_`` builds a Token."""

    __slots__ = ("lower", "text", "idx", "like_num", "words")

    def __init__(self, doc: "Doc"):
        from spacy.attrs import IDX, LIKE_NUM, LOWER, ORTH


        if len(doc):
            lower, orth, self.idx, self.like_num = doc.to_array([LOWER, ORTH, IDX, LIKE_NUM]).T.tolist()
        else:
            lower = orth = self.idx = self.like_num = []
        self.lower = strings_of(lower, doc.vocab.strings)
        self.text = strings_of(orth, doc.vocab.strings)
        # the words units and qualifiers are looked up by: a sentence-final period glued to
        # a word is dropped ("h." → "h")
        self.words = mapped(_UNIT_WORDS, _unit_word, self.lower)


def _unit_word(low: str) -> str:
    return low[:-1] if len(low) > 1 and low.endswith(".") and low != "c." else low


_UNIT_WORDS: dict[str, str] = {}  # lower-case text → _unit_word(text), for mapped()


def surface(doc: "Doc") -> Surface:
    """The Doc's :class:`Surface`, read on first use."""
    found = doc.user_data.get(_SURFACE)
    if found is None:
        found = doc.user_data[_SURFACE] = Surface(doc)
    return found


def token_lowers(doc: "Doc") -> list[str]:
    """Every token's lower-case text (the :class:`Surface` column)."""
    return surface(doc).lower


def _words(doc: "Doc", start: int, end: int) -> list[str]:
    """Lower-case token texts; a sentence-final period glued to a word is dropped ("h." → "h")."""
    return surface(doc).words[start:end]


_SURFACE = "claimcheck.surface"


def _qualifier(doc: "Doc", start: int, floor: int) -> tuple[int, str | None, str | None]:
    """A qualifier ending just before token ``start``: (new start, phrase, kind)."""
    for size in range(MAX_QUALIFIER_TOKENS, 0, -1):
        s = start - size
        if s < floor:
            continue
        key = tuple(_words(doc, s, start))
        kind = QUALIFIERS.get(key)
        if kind:
            return s, " ".join(key), kind
    return start, None, None


def _unit_at(doc: "Doc", k: int) -> tuple[int, str, float] | None:
    """A unit starting at token k: (end, pint unit, factor)."""
    n = len(doc)
    for size in range(min(MAX_UNIT_TOKENS, n - k), 1, -1):
        key = tuple(_words(doc, k, k + size))
        if key in MULTI_WORD_UNITS:
            unit, factor = MULTI_WORD_UNITS[key]
            return k + size, unit, factor
    if k >= n:
        return None
    low = _words(doc, k, k + 1)[0]
    if low in UNIT_WORDS:
        unit, factor = UNIT_WORDS[low]
        return k + 1, unit, factor
    return None


def _currency_before(doc: "Doc", i: int) -> tuple[int, str | None]:
    """A currency sign or code just before token i ("£5m", "US$ 12", "USD 5")."""
    lower = surface(doc).lower
    if i == 0:
        return i, None
    low = lower[i - 1]
    code = CURRENCY_SYMBOLS.get(low)
    if code:
        if low == "$" and i > 1 and lower[i - 2] in {"us", "a", "c", "hk", "nz", "au"} and _glued(doc, i - 1):
            return i - 2, CURRENCY_SYMBOLS.get(lower[i - 2] + "$", code)
        return i - 1, code
    return i, None


ARTICLE_UNITS = {"decade", "decades", "century", "centuries"}


def read_article_unit(doc: "Doc", i: int) -> Figure | None:
    """"a decade", "half a century": one of a unit named with an article."""
    lower = surface(doc).lower
    if i == 0 or lower[i - 1] not in {"a", "an"} or lower[i] not in ARTICLE_UNITS:
        return None
    start, value = i - 1, 1.0
    if i > 1 and lower[i - 2] == "half":
        start, value = i - 2, 0.5
    unit, factor = UNIT_WORDS[lower[i]]
    fig = Figure(start=start, end=i + 1, value=value, step=value, unit=unit, unit_factor=factor, anchor=i)
    _qualify(doc, fig)
    return fig


def read_figure(doc: "Doc", i: int) -> Figure | None:
    """Read the figure whose number starts at token i, or None when it is no quantity.

    doc (Doc): a parsed chunk. i (int): a token for which :func:`is_number_token` holds.
    RETURNS (Figure | None): its tokens, value, unit and qualifier.
    """
    words = surface(doc)
    lower, text = words.lower, words.text
    tok = doc[i]
    if tok.ent_type_ in SKIP_ENTITY_LABELS:
        return None
    if i > 0 and text[i - 1] in {"No", "No.", "no.", "Nos", "#", "number"} or (
            i > 1 and text[i - 1] == "." and text[i - 2] in {"No", "no", "Nos"}) or (
            i > 1 and text[i - 1] in {"-", "‐"} and doc[i - 2].pos_ == "PROPN" and _glued(doc, i - 1)):
        return None  # "V-2 No. 13", "Covid-19", "F-16"
    start = _number_start(doc, i)
    num_end = _number_end(doc, i)
    parsed = parse_number(_words(doc, start, num_end))
    if parsed is None:
        return None
    fig = Figure(start=start, end=num_end, value=parsed.value, step=parsed.step, anchor=num_end - 1)
    first_start, currency = _currency_before(doc, start)
    mach = not currency and start > 0 and lower[start - 1] == "mach"
    if mach:
        first_start = start - 1
    ranged = _range(doc, fig, parsed, first_start, currency)
    if ranged is False:
        return None  # "2-1": a score, not a range
    first_start, end = ranged or (first_start, num_end)
    fig.end = end
    fig.start = first_start
    if mach:
        fig.unit = "mach"
    elif currency:
        fig.kind, fig.unit = "currency", currency
        _rate(doc, fig)
    elif not _unit_after(doc, fig):
        if not _counted(doc, fig, i):
            return None
    _qualify(doc, fig)
    return fig


def _range(doc: "Doc", fig: Figure, first: ParsedNumber, first_start: int,
           currency: str | None) -> tuple[int, int] | bool | None:
    """A range after the first number ("100–120 km", "£5m-£7m", "between 5 and 7 miles"):
    sets low/high and returns (span start, end of the second number); False for a score."""
    lower = surface(doc).lower
    end = fig.end
    joiner = lower[end] if end + 1 < len(doc) else ""
    between = joiner == "and" and first_start > 0 and lower[first_start - 1] == "between"
    if joiner not in RANGE_JOINERS and not between:
        return None
    if joiner == "to" and first_start > 0 and lower[first_start - 1] == "from":
        return None  # "from 10 to 12": a change, read as two figures
    j = end + 1
    if currency and lower[j] in CURRENCY_SYMBOLS:
        j += 1
    if j >= len(doc) or not is_number_at(doc, j):
        return None
    second_end = _number_end(doc, j)
    second = parse_number(_words(doc, j, second_end))
    if second is None:
        return None
    low = _scale_low(first, second, _words(doc, fig.start, end), _words(doc, j, second_end))
    if low >= second.value:
        return False
    fig.low, fig.high, fig.value = low, second.value, low
    fig.step = second.step if low != first.value else min(first.step, second.step)
    fig.anchor = second_end - 1
    return (first_start - 1 if between else first_start), second_end


def _scale_low(first: ParsedNumber, second: ParsedNumber, w1: list[str], w2: list[str]) -> float:
    """"5-7 million": the first number takes the second's magnitude when it has none."""
    mag = [w for w in w2 if w in MAGNITUDES or GLUED.match(w)]
    if mag and not any(w in MAGNITUDES or GLUED.match(w) for w in w1):
        m = GLUED.match(mag[-1])
        factor = MAGNITUDES[(m.group(2) if m else mag[-1]).lower()]
        return first.value * factor
    return first.value


def _magnitude_m(doc: "Doc", fig: Figure) -> None:
    """A glued "m" after a number without currency: million before a plural noun ("5m people"),
    else metres ("100m sprint")."""
    lower = surface(doc).lower
    last = doc[fig.end - 1]
    if last.lower_ != "m" or fig.end - 1 == fig.start:
        return  # "k" is a thousand; "5m." at a sentence end is too unsure to call metres
    if fig.end < len(doc) and doc[fig.end].tag_ == "NNS" and lower[fig.end] not in UNIT_WORDS:
        return  # already counted as a magnitude by parse_number
    # metres: undo the magnitude
    factor = MAGNITUDES[last.lower_.rstrip(".")]
    fig.value /= factor
    fig.step /= factor
    if fig.low is not None:
        fig.low /= factor
        fig.high = fig.high / factor if fig.high is not None else None
    fig.kind, fig.unit, fig.unit_factor = "measure", "meter", 1.0


def _rate(doc: "Doc", fig: Figure) -> None:
    """"£30,000 a year", "$3 per gallon": a money rate keeps its period in the unit."""
    lower = surface(doc).lower
    k = fig.end
    if k + 1 < len(doc) and lower[k] in {"a", "an", "per", "each"} and doc[k + 1].lemma_.lower() in RATE_WORDS:
        fig.unit = f"{fig.unit} per {doc[k + 1].lemma_.lower()}"
        fig.end = k + 2


def _unit_after(doc: "Doc", fig: Figure) -> bool:
    """A unit or currency word after the number; sets it on the figure."""
    words = surface(doc)
    lower, text = words.lower, words.text
    k = fig.end
    _magnitude_m(doc, fig)
    if fig.unit == "meter":
        return True
    n = len(doc)
    hyphen = k < n and text[k] in {"-", "‐"}
    at = k + 1 if hyphen else k
    found = _unit_at(doc, at)
    if found and len(text[at]) == 1 and not _glued(doc, at) and lower[at] not in {"%"}:
        found = None
    if found:
        end, unit, factor = found
        fig.unit, fig.unit_factor, fig.end = unit, factor, end
        if hyphen and end + 1 < n and text[end] in {"-", "‐"} and lower[end + 1] == "old":
            fig.end, fig.cue = end + 2, "old"  # "52-year-old"
        return True
    if at < n:
        low = lower[at]
        if low in CURRENCY_WORDS and (len(low) > 1 or _glued(doc, at)):
            code, factor = CURRENCY_WORDS[low]
            fig.kind, fig.unit, fig.end = "currency", code, at + 1
            fig.value *= factor
            fig.step *= factor
            if fig.low is not None:
                fig.low, fig.high = fig.low * factor, (fig.high or 0) * factor
            _rate(doc, fig)
            return True
        if low in {"pound", "pounds"}:
            money = (at + 1 < n and lower[at + 1] == "sterling") or lower[k - 1] in MAGNITUDES
            fig.kind, fig.end = ("currency", at + 1) if money else ("measure", at + 1)
            fig.unit = "GBP" if money else "pound"
            return True
    return False


def _counted(doc: "Doc", fig: Figure, i: int) -> bool:
    """A counted noun ("four space flights") or an age ("Marchetti, 52,", "aged 52")."""
    words = surface(doc)
    lower, text = words.lower, words.text
    last = doc[fig.end - 1]
    if fig.start > 0 and lower[fig.start - 1] in {"aged", "age"}:
        fig.kind, fig.unit, fig.cue = "measure", "year", "age"
        return True
    if _apposed_age(doc, fig):
        fig.kind, fig.unit, fig.cue = "measure", "year", "age"
        return True
    if fig.low is None and fig.step >= 1 and 1000 <= fig.value <= 2100 and "," not in last.text:
        return False  # a year, not a count
    if fig.value == 1 and fig.end < len(doc) and lower[fig.end] == "of":
        return False  # "one of the"
    if fig.end < len(doc) and text[fig.end] in {"-", "‐"}:
        return False  # "a five-set match": the number classifies another noun
    head = None
    for t in reversed(doc[fig.start:fig.end]):
        h = t.head
        if fig.end <= h.i <= fig.end + 3 and h.pos_ == "NOUN" and t.dep_ in {"nummod", "quantmod", "compound", "amod"}:
            head = h
            break
    if head is None and fig.end < len(doc) and doc[fig.end].tag_ == "NNS" and doc[fig.end].pos_ == "NOUN" \
            and fig.value > 1:
        head = doc[fig.end]  # "5m people watched": the parse lost the number, the order keeps it
    if head is None or doc[fig.end - 1].ent_type_ in {"DATE", "TIME"}:
        return False
    if head.ent_type_ in {"DATE", "TIME"} or head.lower_ in {"%"}:
        return False
    words = [c.lemma_.lower() for c in head.children if c.dep_ == "compound" and c.i > last.i and c.pos_ == "NOUN"]
    fig.kind = "count"
    fig.unit = " ".join(words + [head.lemma_.lower()])
    fig.end = head.i + 1
    fig.anchor = head.i
    return True


def _apposed_age(doc: "Doc", fig: Figure) -> bool:
    """"Marchetti, 52, said": a bare number between commas after a person's name."""
    text = surface(doc).text
    if fig.low is not None or fig.end - fig.start != 1 or not (1 <= fig.value < 200) or fig.value != int(fig.value):
        return False
    s, e = fig.start, fig.end
    if s < 2 or e >= len(doc) or text[s - 1] != "," or text[e] not in {",", "."}:
        return False
    prev = doc[s - 2]
    return prev.ent_type_ == "PERSON" or (prev.pos_ == "PROPN" and prev.is_title)


def _qualify(doc: "Doc", fig: Figure) -> None:
    """Qualifier and comparative words just before the figure."""
    lower = surface(doc).lower
    floor = max(0, fig.start - MAX_QUALIFIER_TOKENS - 1)
    new_start, phrase, kind = _qualifier(doc, fig.start, floor)
    if phrase:
        fig.start, fig.qualifier, fig.qualifier_kind = new_start, phrase, kind
    before = lower[fig.start - 1] if fig.start > 0 else ""
    if before in COMPARATIVE_BEFORE and (before != "than" or phrase is None):
        fig.comparative = True  # "than" after a qualifier is the qualifier's: "more than 60"
    if fig.start > 1 and (lower[fig.start - 2], before) in COMPARATIVE_PAIRS:
        fig.comparative = True
    if fig.end + 1 < len(doc) and lower[fig.end] in {"more", "less", "fewer", "higher", "lower", "bigger",
                                                           "smaller", "longer", "shorter", "up", "down"}:
        fig.comparative = True  # "£5m more than last year", "5% up on"
    if fig.end + 1 < len(doc) and lower[fig.end] == "to" and (
            lower[fig.end + 1] in CURRENCY_SYMBOLS or is_number_at(doc, fig.end + 1)):
        fig.comparative = True  # "rose 32 cents to $49.74": a change, then the level
    if fig.end < len(doc) and lower[fig.end] in PAST_POINT:
        fig.comparative = True  # "two years ago": a point in time, not a measure
