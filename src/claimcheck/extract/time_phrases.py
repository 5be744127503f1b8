"""Time phrases as written → numbers and intervals: pure string parsing, no spaCy.

The extractor (:mod:`claimcheck.extract.times`) finds the phrases and what they attach
to; this module only says what a phrase means. Vague words become intervals, never
points ("several years" → 3–9 years, "the late 1990s" → 1996–1999), and qualifiers
move the bounds ("nearly a decade" → 7.5–10 years, "more than 20 years" → 20 years or
more). Relative phrases ("two years ago", "next year") keep their offset; they are
placed in time only when the article's date is known (:func:`resolve_relative`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = [
    "Phrase",
    "parse_time_phrase",
    "parse_count",
    "parse_ordinal",
    "anniversary_number",
    "apply_qualifier",
    "resolve_relative",
    "year_range",
    "QUALIFIERS",
    "UNIT_YEARS",
    "MONTHS",
]

# --------------------------------------------------------------------------- vocabulary

UNIT_YEARS = {
    "day": 1 / 365.25, "week": 7 / 365.25, "fortnight": 14 / 365.25, "month": 1 / 12,
    "year": 1.0, "decade": 10.0, "century": 100.0, "millennium": 1000.0,
}
_UNIT_FORMS = {
    "days": "day", "weeks": "week", "fortnights": "fortnight", "months": "month", "years": "year",
    "yrs": "year", "yr": "year", "decades": "decade", "centuries": "century", "millennia": "millennium",
    "millenniums": "millennium",
}
#: qualifier phrase → its class: nearly (just below), about (either side), over, under
QUALIFIERS = {
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "not quite": "nearly", "just shy of": "nearly", "approaching": "nearly", "nigh on": "nearly",
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "some": "about", "circa": "about", "an estimated": "about", "more or less": "about",
    "round about": "about", "give or take": "about",
    "more than": "over", "over": "over", "upwards of": "over", "at least": "over",
    "well over": "over", "in excess of": "over", "just over": "over", "longer than": "over",
    "less than": "under", "under": "under", "fewer than": "under", "up to": "under",
    "at most": "under", "no more than": "under", "within": "under", "shorter than": "under",
}
_QUAL_RX = "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a": 1, "an": 1, "a single": 1, "a dozen": 12, "dozen": 12,
    "half a": 0.5, "half an": 0.5, "a half": 0.5, "a quarter": 0.25, "a quarter of a": 0.25,
    "one and a half": 1.5, "a year and a half": 1.5,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
#: vague counts → (low, high); None = no upper bound
VAGUE = {
    "a few": (2, 5), "few": (2, 5), "a couple of": (2, 2), "a couple": (2, 2), "couple of": (2, 2),
    "several": (3, 9), "a number of": (2, 10), "many": (5, None), "dozens of": (24, None),
    "a handful of": (2, 5), "hundreds of": (200, None),
}

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH_RX = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 14)}

_ORD_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19,
}
_ORD_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
             "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
             "thousandth": 1000}
#: words that name an anniversary by itself
ANNIVERSARY_WORDS = {
    "centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200,
    "tercentenary": 300, "tricentennial": 300, "tercentennial": 300, "quadricentennial": 400,
    "sesquicentennial": 150, "sesquicentenary": 150, "semicentennial": 50, "quincentenary": 500,
    "semiquincentennial": 250,
}
#: named jubilees and anniversaries
JUBILEES = {"silver": 25, "ruby": 40, "golden": 50, "gold": 50, "diamond": 60, "sapphire": 65,
            "platinum": 70, "pearl": 30, "coral": 35, "emerald": 55}


# --------------------------------------------------------------------------- the result


@dataclass
class Phrase:
    """What one time phrase means.

    ``kind``: date, year, relative, duration, age, anniversary. Dates carry
    ``earliest``/``latest``; relative phrases an offset in years (``years_low``/
    ``years_high``) and a ``direction``; durations and ages their length in years.
    """

    kind: str
    earliest: date | None = None
    latest: date | None = None
    years_low: float | None = None
    years_high: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    direction: str | None = None  # past, future (relative phrases)
    relation: str | None = None  # ago, later, earlier, after, before, since, long, window
    granularity: str | None = None  # day, month, season, year, decade, century
    ordinal: int | None = None
    calendar_unit: str | None = None  # "last year" → year; "next month" → month
    fiscal: bool = False

    @property
    def needs_article_date(self) -> bool:
        return self.kind == "relative" and self.relation not in ("later", "earlier", "after", "before")


# --------------------------------------------------------------------------- numbers


def _int_word(text: str) -> float | None:
    text = text.strip().lower().replace("‐", "-")
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text):
        return float(text.replace(",", ""))
    if text in _SMALL:
        return float(_SMALL[text])
    if text in _TENS:
        return float(_TENS[text])
    m = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)", text)
    if m:
        return float(_TENS[m.group(1)] + _SMALL[m.group(2)])
    m = re.fullmatch(r"(?:a|one) hundred", text)
    if m:
        return 100.0
    return None


def parse_count(text: str) -> tuple[float, float | None] | None:
    """A count as written → (low, high): "two" → (2, 2), "several" → (3, 9), "a few" → (2, 5)."""
    t = " ".join(text.lower().split())
    if t in VAGUE:
        return VAGUE[t]
    m = re.fullmatch(r"(.+?) or (.+)", t)  # "two or three"
    if m:
        a, b = _int_word(m.group(1)), _int_word(m.group(2))
        if a is not None and b is not None:
            return (min(a, b), max(a, b))
    m = re.fullmatch(r"(.+?)\s*(?:-|–|to)\s*(.+)", t)  # "two to three", "3-4"
    if m:
        a, b = _int_word(m.group(1)), _int_word(m.group(2))
        if a is not None and b is not None and a < b:
            return (a, b)
    m = re.fullmatch(r"(.+?) and a half", t)
    if m:
        a = _int_word(m.group(1))
        if a is not None:
            return (a + 0.5, a + 0.5)
    value = _int_word(t)
    return (value, value) if value is not None else None


def parse_ordinal(text: str) -> int | None:
    """"100th" → 100, "twenty-fifth" → 25, "first" → 1."""
    t = text.strip().lower().replace("‐", "-")
    m = re.fullmatch(r"(\d+)\s*(?:st|nd|rd|th)", t)
    if m:
        return int(m.group(1))
    if t in _ORD_UNITS:
        return _ORD_UNITS[t]
    if t in _ORD_TENS:
        return _ORD_TENS[t]
    m = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](\w+)", t)
    if m and m.group(2) in _ORD_UNITS and _ORD_UNITS[m.group(2)] < 10:
        return _TENS[m.group(1)] + _ORD_UNITS[m.group(2)]
    if re.fullmatch(r"(?:one |a )hundredth", t):
        return 100
    m = re.fullmatch(r"(?:one |a )?hundred(?: and)? (.+)", t)
    if m:
        rest = parse_ordinal(m.group(1))
        return 100 + rest if rest is not None and rest < 100 else None
    return None


def anniversary_number(text: str) -> int | None:
    """The N of an anniversary phrase: "100th anniversary" → 100, "centenary" → 100,
    "silver jubilee" → 25, "the 50th birthday" → None (a birthday is an age)."""
    t = " ".join(text.lower().replace("’", "'").split())
    t = re.sub(r"^the\s+", "", t)
    for word, n in ANNIVERSARY_WORDS.items():
        if re.fullmatch(rf"{word}(?: anniversary| celebrations?| year)?", t):
            return n
    m = re.fullmatch(r"(\w+) (?:jubilee|anniversary|wedding anniversary)", t)
    if m and m.group(1) in JUBILEES:
        return JUBILEES[m.group(1)]
    m = re.fullmatch(r"([\w-]+(?: [\w-]+)?) anniversary", t)
    if m:
        return parse_ordinal(m.group(1))
    return None


def apply_qualifier(low: float, high: float | None, qualifier: str | None) -> tuple[float, float | None]:
    """Widen or cut a count by its qualifier: nearly 10 → 7.5–10, about 10 → 8–12,
    more than 10 → 10–∞, less than 10 → 0–10."""
    cls = QUALIFIERS.get(qualifier or "", None)
    if cls == "nearly":
        return (low * 0.75, high if high is not None else low)
    if cls == "about":
        return (low * 0.8, (high if high is not None else low) * 1.2)
    if cls == "over":
        return (low, None)
    if cls == "under":
        return (0.0, high if high is not None else low)
    return (low, high)


# --------------------------------------------------------------------------- dates


def _valid_year(y: int) -> bool:
    return 1000 <= y <= 2199


def year_range(first: int, last: int) -> tuple[date, date]:
    return date(first, 1, 1), date(last, 12, 31)


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_PART = {"early": (0.0, 0.34), "mid": (0.33, 0.67), "middle": (0.33, 0.67), "late": (0.66, 1.0),
         "the end of": (0.75, 1.0), "end of": (0.75, 1.0), "the beginning of": (0.0, 0.25),
         "beginning of": (0.0, 0.25), "the start of": (0.0, 0.25), "start of": (0.0, 0.25),
         "the first half of": (0.0, 0.5), "the second half of": (0.5, 1.0)}
_PART_RX = r"(?:the end of|end of|the beginning of|beginning of|the start of|start of|the first half of|the second half of|early|mid|middle|late)"


def _partial(first: int, last: int, part: str | None) -> tuple[int, int]:
    """Years of a part of a span of years: "late 1990s" → 1996–1999."""
    if not part:
        return first, last
    lo, hi = _PART[part]
    n = last - first + 1
    a = first + int(round(lo * n))
    b = first + max(int(round(hi * n)) - 1, 0)
    return a, max(a, min(b, last))


def _absolute(t: str) -> Phrase | None:
    """Absolute dates: "October 1946", "March 22, 2023", "2023", "the late 1990s", "2019-20"."""
    fiscal = False
    m = re.match(r"(?:fiscal(?: year)?|fy)\s*'?", t)
    if m:
        fiscal = True
        t = t[m.end():]
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        d = _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return Phrase("date", d, d, granularity="day", fiscal=fiscal) if d else None
    m = re.fullmatch(rf"(?:\w+day,?\s+)?({_MONTH_RX})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", t)
    if m:
        d = _day(int(m.group(3)), MONTHS[m.group(1).rstrip(".")], int(m.group(2)))
        return Phrase("date", d, d, granularity="day", fiscal=fiscal) if d else None
    m = re.fullmatch(rf"(?:\w+day,?\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RX}),?\s+(\d{{4}})", t)
    if m:
        d = _day(int(m.group(3)), MONTHS[m.group(2).rstrip(".")], int(m.group(1)))
        return Phrase("date", d, d, granularity="day", fiscal=fiscal) if d else None
    m = re.fullmatch(rf"(?:({_PART_RX})[- ]?)?({_MONTH_RX})(?:\s+of)?,?\s+(\d{{4}})", t)
    if m and _valid_year(int(m.group(3))):
        a, b = _month_range(int(m.group(3)), MONTHS[m.group(2).rstrip(".")])
        return Phrase("date", a, b, granularity="month", fiscal=fiscal)
    m = re.fullmatch(r"(?:(early|late|mid)[- ]?)?(spring|summer|fall|autumn|winter)(?:\s+of)?,?\s+(\d{4})", t)
    if m and _valid_year(int(m.group(3))):
        y = int(m.group(3))
        lo, hi = _SEASONS[m.group(2)]
        start = date(y, lo, 1)
        end = date(y + (hi > 12), (hi - 1) % 12 + 1, 1) + timedelta(days=31)
        end = end.replace(day=1) - timedelta(days=1)
        return Phrase("date", start, end, granularity="season", fiscal=fiscal)
    m = re.fullmatch(rf"(?:({_PART_RX})[- ]?)?(?:the\s+)?(\d{{4}})", t)
    if m and _valid_year(int(m.group(2))):
        y = int(m.group(2))
        if m.group(1):
            lo, hi = _PART[m.group(1)]
            start = date(y, 1, 1) + timedelta(days=int(lo * 365))
            end = date(y, 1, 1) + timedelta(days=min(int(hi * 365), 364))
            return Phrase("date", start, end, granularity="season", fiscal=fiscal)
        a, b = year_range(y, y)
        return Phrase("year", a, b, granularity="year", fiscal=fiscal)
    m = re.fullmatch(r"(\d{4})\s*(?:-|–|/|to|through|and)\s*(\d{2}|\d{4})", t)
    if m:
        y1 = int(m.group(1))
        y2 = int(m.group(2)) if len(m.group(2)) == 4 else (y1 // 100) * 100 + int(m.group(2))
        if _valid_year(y1) and y1 < y2 <= y1 + 200:
            a, b = year_range(y1, y2)
            return Phrase("year", a, b, granularity="year", fiscal=fiscal, relation="range")
    m = re.fullmatch(rf"(?:(?:the\s+)?({_PART_RX})[- ]?)?(?:the\s+)?(\d{{3}}0)'?s", t)
    if m and _valid_year(int(m.group(2))):
        first, last = _partial(int(m.group(2)), int(m.group(2)) + 9, m.group(1))
        a, b = year_range(first, last)
        return Phrase("year", a, b, granularity="decade", fiscal=fiscal)
    m = re.fullmatch(rf"(?:(?:the\s+)?({_PART_RX})[- ]?)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)[- ]century", t)
    if m:
        c = int(m.group(2))
        first, last = _partial((c - 1) * 100 + 1, c * 100, m.group(1))
        if _valid_year(first) or c >= 1:
            try:
                a, b = year_range(max(first, 1), last)
            except ValueError:
                return None
            return Phrase("year", a, b, granularity="century", fiscal=fiscal)
    return None


# --------------------------------------------------------------------------- relative, durations


_COUNT_RX = (
    r"(?P<count>(?:[a-z]+|\d+) and a half|a couple of|a couple|couple of|a few|few|several|a number of|many|dozens of|a handful of"
    r"|hundreds of|half an?|a half|a quarter of a|a quarter|one and a half|a single|a dozen"
    r"|\d+(?:\.\d+)?(?:\s*(?:-|–|to|or)\s*\d+)?|[a-z]+(?:[- ][a-z]+)?(?:\s+(?:or|to)\s+[a-z]+)?|an?)"
)
_UNIT_RX = r"(?P<unit>days?|weeks?|fortnights?|months?|years?|yrs?|decades?|centur(?:y|ies)|millenni(?:um|a|ums))"
_REL_WORDS = r"(?P<rel>ago|back|earlier|later|before|after|since|from now|hence|on|prior|previously|afterwards?)"
_RELATION = {"ago": "ago", "back": "ago", "previously": "ago", "prior": "before", "from now": "from now",
             "hence": "from now", "earlier": "earlier", "later": "later", "on": "later",
             "afterward": "later", "afterwards": "later", "before": "before", "after": "after",
             "since": "since"}


def _unit(word: str) -> str:
    w = word.lower()
    return _UNIT_FORMS.get(w, w)


def _span_of(count: str, unit: str, qualifier: str | None) -> tuple[float, float | None, str] | None:
    c = parse_count(count)
    if c is None:
        return None
    u = _unit(unit)
    if u not in UNIT_YEARS:
        return None
    f = UNIT_YEARS[u]
    low, high = c[0] * f, (c[1] * f if c[1] is not None else None)
    if qualifier is None and u in ("decade", "century") and c[0] == c[1]:
        qualifier_cls = "about"  # round units are loose: "a decade later" is 8–12 years
        low, high = apply_qualifier(low, high, next(k for k, v in QUALIFIERS.items() if v == qualifier_cls))
    else:
        low, high = apply_qualifier(low, high, qualifier)
    return low, high, u


def _relative_or_duration(t: str) -> Phrase | None:
    m = re.fullmatch(rf"(?:(?P<qual>{_QUAL_RX})\s+)?{_COUNT_RX}[\s-]+{_UNIT_RX}(?P<half>\s+and\s+a\s+half)?(?:\s+{_REL_WORDS})?", t)
    got = _span_of(m.group("count"), m.group("unit"), m.group("qual")) if m else None
    if m and got is not None:
        low, high, unit = got
        if m.group("half"):
            low, high = low + UNIT_YEARS[unit] / 2, (high + UNIT_YEARS[unit] / 2 if high is not None else None)
        rel = m.group("rel")
        if rel:
            relation = _RELATION[rel]
            direction = "future" if relation in ("later", "after", "from now") else "past"
            kind = "relative" if relation in ("ago", "from now") else "duration"
            return Phrase(kind, years_low=low, years_high=high, unit=unit, qualifier=m.group("qual"),
                          direction=direction, relation=relation)
        return Phrase("duration", years_low=low, years_high=high, unit=unit, qualifier=m.group("qual"))
    m = re.fullmatch(rf"(?:(?P<qual>{_QUAL_RX})\s+)?{_COUNT_RX}[\s-]+{_UNIT_RX}[\s-]+long", t)
    if m:
        got = _span_of(m.group("count"), m.group("unit"), m.group("qual"))
        if got:
            return Phrase("duration", years_low=got[0], years_high=got[1], unit=got[2],
                          qualifier=m.group("qual"), relation="long")
    m = re.fullmatch(r"(?:(?P<qual>" + _QUAL_RX + r")\s+)?(?P<unit>years|decades|centuries|months)(?:\s+(?P<rel>ago|later|earlier|before|after|back))?", t)
    if m:  # bare plurals: "decades ago", "years later"
        base = {"years": (2, None), "decades": (20, None), "centuries": (200, None), "months": (2 / 12, 1.0)}[m.group("unit")]
        rel = _RELATION.get(m.group("rel") or "", None)
        kind = "relative" if rel == "ago" else "duration"
        return Phrase(kind, years_low=base[0], years_high=base[1], unit=_unit(m.group("unit")),
                      qualifier=m.group("qual"), relation=rel, direction=("past" if rel in ("ago", "earlier", "before") else ("future" if rel else None)))
    m = re.fullmatch(rf"(?:the\s+)?(?P<which>past|last|previous|next|coming|following|first|final)\s+(?:(?P<count>[\w.-]+(?: or [\w-]+)?)\s+)?{_UNIT_RX}", t)
    if m and (m.group("count") or m.group("unit").endswith("s")):
        count = m.group("count") or "several"
        got = _span_of(count, m.group("unit"), None)
        if got:
            direction = "past" if m.group("which") in ("past", "last", "previous") else "future"
            return Phrase("duration", years_low=got[0], years_high=got[1], unit=got[2], relation="window",
                          direction=direction)
    return None


_CAL_UNITS = r"(?P<cal>year|month|week|decade|century|spring|summer|fall|autumn|winter|season|quarter)"


def _calendar_relative(t: str) -> Phrase | None:
    """"last year", "next spring", "this year", "earlier this year", "a year ago"."""
    m = re.fullmatch(rf"(?:(?:earlier|later|early|late) )?(?:(?:in|during|at) )?(?:the )?(?:start of |end of |beginning of |middle of )?(?P<which>last|next|this|previous|coming|current|past)\s+{_CAL_UNITS}", t)
    if m:
        which = m.group("which")
        if which in ("past", "last") and m.group("cal") in ("decade", "century"):
            years = UNIT_YEARS[m.group("cal")]
            return Phrase("duration", years_low=years, years_high=years, unit=m.group("cal"),
                          relation="window", direction="past")
        offset = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1, "this": 0, "current": 0}[which]
        if which == "past" and m.group("cal") not in ("year", "month", "week", "decade", "century"):
            return None
        cal = m.group("cal")
        direction = "past" if offset < 0 else ("future" if offset > 0 else None)
        return Phrase("relative", years_low=float(offset), years_high=float(offset), unit=cal,
                      relation="calendar", direction=direction, calendar_unit=cal)
    if t in ("today", "yesterday", "tomorrow", "tonight"):
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[t]
        return Phrase("relative", years_low=offset / 365.25, years_high=offset / 365.25, unit="day",
                      relation="calendar", calendar_unit="day",
                      direction="past" if offset < 0 else ("future" if offset > 0 else None))
    return None


_LEAD = re.compile(r"^(?:the|from|in|on|since|by|until|till|through|during|for|of|at|as of|as early as|as late as|beginning|starting|starting from|between)\s+")


def parse_time_phrase(text: str) -> Phrase | None:
    """What a DATE/TIME span means, or None when it names nothing checkable.

    text (str): the phrase as written ("October 1946", "nearly a decade", "two years ago").
    RETURNS (Phrase | None): its kind and values; weekdays and clock times give None.
    """
    t = " ".join(text.lower().replace("’", "'").replace("‐", "-").replace("—", " ").split()).strip(" ,.;:()")
    t = t.replace("–", "-")
    for _ in range(2):
        t = _LEAD.sub("", t)
    if not t:
        return None
    for parse in (_absolute, _calendar_relative, _relative_or_duration):
        p = parse(t)
        if p is not None:
            return p
    return None


def resolve_relative(phrase: Phrase, on: date) -> tuple[date, date] | None:
    """The interval a relative phrase denotes on a given article date.

    "two years ago" on 2025-06-01 → 2023-01-01 … 2023-12-31 (the year, since "ago" is
    counted in calendar years in news); "last year" → 2024; "several years ago" → 2016 … 2022.
    """
    if phrase.kind != "relative" or phrase.years_low is None:
        return None
    if phrase.relation == "calendar":
        off = int(phrase.years_low) if phrase.calendar_unit not in ("day",) else 0
        unit = phrase.calendar_unit
        if unit == "day":
            d = on + timedelta(days=round(phrase.years_low * 365.25))
            return d, d
        if unit == "year":
            return year_range(on.year + off, on.year + off)
        if unit == "decade":
            start = (on.year // 10 + off) * 10
            return year_range(start, start + 9)
        if unit == "month":
            y, m = on.year, on.month + off
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
            return _month_range(y, m)
        if unit == "week":
            d = on + timedelta(weeks=off)
            return d - timedelta(days=d.weekday()), d + timedelta(days=6 - d.weekday())
        if unit in _SEASONS:
            lo, _ = _SEASONS[unit]
            year = on.year + off
            if off > 0 and on.month < lo:
                year = on.year  # "next spring" in January is this year's spring
            return date(year, lo, 1), date(year + (lo + 2 > 12), (lo + 1) % 12 + 1, 28)
        return year_range(on.year + off, on.year + off)
    low, high = phrase.years_low, phrase.years_high
    sign = -1 if phrase.direction == "past" else 1
    if high is None:
        high = max(low * 4, low + 30)
    near, far = on + timedelta(days=sign * low * 365.25), on + timedelta(days=sign * high * 365.25)
    a, b = sorted((near, far))
    if phrase.unit in ("year", "decade", "century"):
        # "two years ago" in mid-2025 is "in 2023", whatever the day
        return year_range(a.year, b.year)
    return a, b
