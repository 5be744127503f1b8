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
from functools import lru_cache

from .time_numbers import QUALIFIERS, UNIT_YEARS, apply_qualifier, parse_count

__all__ = [
    "Phrase",
    "parse_time_phrase",
    "resolve_relative",
    "year_range",
    "MONTHS",
]

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_QUAL_RX = "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))
_UNIT_FORMS = {
    "days": "day", "weeks": "week", "fortnights": "fortnight", "months": "month", "years": "year",
    "yrs": "year", "yr": "year", "decades": "decade", "centuries": "century", "millennia": "millennium",
    "millenniums": "millennium",
}
_MONTH_RX = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 14)}

# --------------------------------------------------------------------------- the result


@dataclass(frozen=True)  # frozen: parse_time_phrase hands out one cached Phrase per text
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


# compiled once: a pattern string built per call costs its formatting and a cache look-up
_DIGIT = re.compile(r"\d")
_FISCAL = re.compile(r"(?:fiscal(?: year)?|fy)\s*'?")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH_DAY_YEAR = re.compile(rf"(?:\w+day,?\s+)?({_MONTH_RX})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})")
_DAY_MONTH_YEAR = re.compile(
    rf"(?:\w+day,?\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RX}),?\s+(\d{{4}})")
_MONTH_YEAR = re.compile(rf"(?:({_PART_RX})[- ]?)?({_MONTH_RX})(?:\s+of)?,?\s+(\d{{4}})")
_SEASON_YEAR = re.compile(r"(?:(early|late|mid)[- ]?)?(spring|summer|fall|autumn|winter)(?:\s+of)?,?\s+(\d{4})")
_YEAR = re.compile(rf"(?:({_PART_RX})[- ]?)?(?:the\s+)?(\d{{4}})")
_YEAR_RANGE = re.compile(r"(\d{4})\s*(?:-|–|/|to|through|and)\s*(\d{2}|\d{4})")
_DECADE = re.compile(rf"(?:(?:the\s+)?({_PART_RX})[- ]?)?(?:the\s+)?(\d{{3}}0)'?s")
_CENTURY = re.compile(rf"(?:(?:the\s+)?({_PART_RX})[- ]?)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)[- ]century")


def _absolute(t: str) -> Phrase | None:
    """Absolute dates: "October 1946", "March 22, 2023", "2023", "the late 1990s", "2019-20"."""
    if not _DIGIT.search(t):
        return None  # every pattern below needs a digit: most phrases ("last year", "Friday") go by at once
    fiscal = False
    m = _FISCAL.match(t)
    if m:
        fiscal = True
        t = t[m.end():]
    m = _ISO_DATE.fullmatch(t)
    if m:
        d = _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return Phrase("date", d, d, granularity="day", fiscal=fiscal) if d else None
    m = _MONTH_DAY_YEAR.fullmatch(t)
    if m:
        d = _day(int(m.group(3)), MONTHS[m.group(1).rstrip(".")], int(m.group(2)))
        return Phrase("date", d, d, granularity="day", fiscal=fiscal) if d else None
    m = _DAY_MONTH_YEAR.fullmatch(t)
    if m:
        d = _day(int(m.group(3)), MONTHS[m.group(2).rstrip(".")], int(m.group(1)))
        return Phrase("date", d, d, granularity="day", fiscal=fiscal) if d else None
    m = _MONTH_YEAR.fullmatch(t)
    if m and _valid_year(int(m.group(3))):
        a, b = _month_range(int(m.group(3)), MONTHS[m.group(2).rstrip(".")])
        return Phrase("date", a, b, granularity="month", fiscal=fiscal)
    m = _SEASON_YEAR.fullmatch(t)
    if m and _valid_year(int(m.group(3))):
        y = int(m.group(3))
        lo, hi = _SEASONS[m.group(2)]
        start = date(y, lo, 1)
        end = date(y + (hi > 12), (hi - 1) % 12 + 1, 1) + timedelta(days=31)
        end = end.replace(day=1) - timedelta(days=1)
        return Phrase("date", start, end, granularity="season", fiscal=fiscal)
    m = _YEAR.fullmatch(t)
    if m and _valid_year(int(m.group(2))):
        y = int(m.group(2))
        if m.group(1):
            lo, hi = _PART[m.group(1)]
            start = date(y, 1, 1) + timedelta(days=int(lo * 365))
            end = date(y, 1, 1) + timedelta(days=min(int(hi * 365), 364))
            return Phrase("date", start, end, granularity="season", fiscal=fiscal)
        a, b = year_range(y, y)
        return Phrase("year", a, b, granularity="year", fiscal=fiscal)
    m = _YEAR_RANGE.fullmatch(t)
    if m:
        y1 = int(m.group(1))
        y2 = int(m.group(2)) if len(m.group(2)) == 4 else (y1 // 100) * 100 + int(m.group(2))
        if _valid_year(y1) and y1 < y2 <= y1 + 200:
            a, b = year_range(y1, y2)
            return Phrase("year", a, b, granularity="year", fiscal=fiscal, relation="range")
    m = _DECADE.fullmatch(t)
    if m and _valid_year(int(m.group(2))):
        first, last = _partial(int(m.group(2)), int(m.group(2)) + 9, m.group(1))
        a, b = year_range(first, last)
        return Phrase("year", a, b, granularity="decade", fiscal=fiscal)
    m = _CENTURY.fullmatch(t)
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


#: a stem of every unit _UNIT_RX and _BARE_PLURAL name
_UNIT_WORD = re.compile(r"day|week|fortnight|month|yr|year|decade|centur|millenni")
_COUNTED = re.compile(
    rf"(?:(?P<qual>{_QUAL_RX})\s+)?{_COUNT_RX}[\s-]+{_UNIT_RX}(?P<half>\s+and\s+a\s+half)?(?:\s+{_REL_WORDS})?")
_COUNTED_LONG = re.compile(rf"(?:(?P<qual>{_QUAL_RX})\s+)?{_COUNT_RX}[\s-]+{_UNIT_RX}[\s-]+long")
_BARE_PLURAL = re.compile(
    r"(?:(?P<qual>" + _QUAL_RX + r")\s+)?(?P<unit>years|decades|centuries|months)"
    r"(?:\s+(?P<rel>ago|later|earlier|before|after|back))?")
_WINDOW = re.compile(
    rf"(?:the\s+)?(?P<which>past|last|previous|next|coming|following|first|final)\s+"
    rf"(?:(?P<count>[\w.-]+(?: or [\w-]+)?)\s+)?{_UNIT_RX}")


def _relative_or_duration(t: str) -> Phrase | None:
    if not _UNIT_WORD.search(t):
        return None  # every pattern below names a unit; the first one is slow to fail
    m = _COUNTED.fullmatch(t)
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
    m = _COUNTED_LONG.fullmatch(t)
    if m:
        got = _span_of(m.group("count"), m.group("unit"), m.group("qual"))
        if got:
            return Phrase("duration", years_low=got[0], years_high=got[1], unit=got[2],
                          qualifier=m.group("qual"), relation="long")
    m = _BARE_PLURAL.fullmatch(t)
    if m:  # bare plurals: "decades ago", "years later"
        base = {"years": (2, None), "decades": (20, None), "centuries": (200, None), "months": (2 / 12, 1.0)}[m.group("unit")]
        rel = _RELATION.get(m.group("rel") or "", None)
        kind = "relative" if rel == "ago" else "duration"
        return Phrase(kind, years_low=base[0], years_high=base[1], unit=_unit(m.group("unit")),
                      qualifier=m.group("qual"), relation=rel, direction=("past" if rel in ("ago", "earlier", "before") else ("future" if rel else None)))
    m = _WINDOW.fullmatch(t)
    if m and (m.group("count") or m.group("unit").endswith("s")):
        count = m.group("count") or "several"
        got = _span_of(count, m.group("unit"), None)
        if got:
            direction = "past" if m.group("which") in ("past", "last", "previous") else "future"
            return Phrase("duration", years_low=got[0], years_high=got[1], unit=got[2], relation="window",
                          direction=direction)
    return None


_CAL_UNITS = r"(?P<cal>year|month|week|decade|century|spring|summer|fall|autumn|winter|season|quarter)"
_CALENDAR = re.compile(
    r"(?:(?:earlier|later|early|late) )?(?:(?:in|during|at) )?(?:the )?(?:start of |end of |beginning of |middle of )?"
    rf"(?P<which>last|next|this|previous|coming|current|past)\s+{_CAL_UNITS}")


def _calendar_relative(t: str) -> Phrase | None:
    """"last year", "next spring", "this year", "earlier this year", "a year ago"."""
    m = _CALENDAR.fullmatch(t)
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


@lru_cache(maxsize=4096)  # news repeats its dates: two calls in three are for a text seen before
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
