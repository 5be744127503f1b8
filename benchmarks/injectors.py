"""Injectors: each plants one inconsistency of one rule kind and records the edit's span.

Two families share one registry. *Template* injectors change a marked site of one of the
project's own texts (owntexts.py): the rest of the text stays consistent by construction.
*Host* injectors edit clean news read at run time: they look for a figure, name or term the
article repeats and change one later occurrence, so the article now disagrees with itself.

An injector whose kind is not registered (or has no enabled rule) is reported as not
available and generates nothing, so the benchmark grows as kinds land.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date
from typing import Callable

from owntexts import GIVEN_NAMES, NATIONALITIES, Rendered, Template, render, value_of

__all__ = ["Edit", "Injector", "INJECTORS", "inject_template"]


@dataclass(frozen=True)
class Edit:
    """One planted inconsistency: the kind that should report it and where it is."""

    kind: str
    injector: str
    start: int
    end: int
    before: str
    after: str


@dataclass(frozen=True)
class Injector:
    name: str
    kind: str
    description: str
    markers: tuple[str, ...] = ()  # template marker types it can change
    host: Callable[[str, random.Random, date | None], tuple[str, Edit] | None] | None = None
    dated_hosts_only: bool = False


# --------------------------------------------------------------------------- template sites


def _other_given(current: str, taken: set[str], rng: random.Random) -> str:
    pool = [g for g in GIVEN_NAMES if g[0] != current[0] and g not in taken]
    return rng.choice(pool)


def _misspell(word: str, rng: random.Random) -> str:
    """Swap two adjacent inner letters, or change an inner vowel: "Shipenko" → "Shipneko"."""
    inner = [i for i in range(1, len(word) - 2) if word[i] != word[i + 1] and word[i].islower() and word[i + 1].islower()]
    if rng.random() < 0.5 and inner:
        i = rng.choice(inner)
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    vowels = [i for i in range(1, len(word) - 1) if word[i] in "aeiou"]
    if not vowels:
        i = rng.choice(inner)
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    i = rng.choice(vowels)
    return word[:i] + rng.choice([v for v in "aeiou" if v != word[i]]) + word[i + 1:]


def _changed_number(value: float, rng: random.Random) -> float:
    """A clearly different figure: no rounding, hedge or conversion makes the two agree."""
    factor = rng.choice([0.5, 1.6, 2, 2.5, 3])
    new = value * factor
    return round(new) if new >= 10 else round(new, 1)


def _site_value(template_marker, slots: dict, injector: str, rng: random.Random) -> str | None:
    """The changed rendering of one marked site, or None when this injector cannot change it."""
    kind, slot = template_marker.type, template_marker.slot
    v = slots[slot]
    year = slots["_date"].year
    if injector == "given-name-swap" and kind == "full":
        taken = {p["given"] for p in slots.values() if isinstance(p, dict)}
        return f"{_other_given(v['given'], taken, rng)} {v['surname']}"
    if injector == "surname-misspelling" and kind in ("full", "sur"):
        wrong = _misspell(v["surname"], rng)
        return f"{v['given']} {wrong}" if kind == "full" else wrong
    if injector == "figure-change" and kind in ("money", "count", "km"):
        new = _changed_number(v, rng)
        return {"money": f"£{new:g}m", "count": f"{int(new):,}", "km": f"{new:g} km"}[kind]
    if injector == "year-shift" and kind in ("year", "ago", "anniv", "born", "age"):
        shift = rng.choice([-9, -7, -6, 6, 7, 9])
        if kind in ("ago", "anniv") and year - v + shift < 2:  # "-5 years ago" is no error, it is nonsense
            shift = abs(shift)
        if kind == "year":
            return str(v + shift)
        if kind == "ago":
            return value_of("ago", slot, {**slots, slot: v - shift})
        if kind == "anniv":
            return value_of("anniv", slot, {**slots, slot: v - shift})
        if kind == "born":
            return str(year - v["age"] + shift)
        return str(v["age"] + shift)
    if injector == "orbit-too-low" and kind == "alt":
        return rng.choice(["50 miles", "30 km", "45 miles", "60 km"])
    if injector == "subsonic-supersonic" and kind == "speed":
        return rng.choice(["600 km/h", "450 mph", "700 km/h"])
    if injector == "nationality-swap" and kind == "nat":
        current = v["nat"] if isinstance(v, dict) else v
        return rng.choice([n for n in NATIONALITIES if n != current])
    if injector in ("term-variant", "modality-swap", "negation-flip") and kind in ("term", "modal", "neg"):
        wanted = {"term-variant": "term", "modality-swap": "modal", "negation-flip": "neg"}[injector]
        return v[1] if kind == wanted else None
    if injector == "rival-first" and kind == "first":
        return "the first"
    if injector == "source-value" and kind == "src":
        return v[1]
    return None


def inject_template(template: Template, slots: dict, injector: Injector,
                    rng: random.Random) -> tuple[Rendered, Edit] | None:
    """Render the template with one of its marked sites changed by ``injector``."""
    clean = render(template, slots)
    sites = [i for i, m in enumerate(clean.markers) if m.site and m.type in injector.markers]
    rng.shuffle(sites)
    for i in sites:
        marker = clean.markers[i]
        new = _site_value(marker, slots, injector.name, rng)
        before = clean.text[marker.start:marker.end]
        if new is None or new == before:
            continue
        out = render(template, slots, {i: new})
        m = out.markers[i]
        return out, Edit(injector.kind, injector.name, m.start, m.end, before, new)
    return None


# --------------------------------------------------------------------------- host edits

# Given names common in English-language news; words that double as nouns are left out.
HOST_GIVEN = set("""Aaron Adam Alan Albert Alex Alexander Alice Amanda Amy Andrew Andy Angela Ann Anna Anne
Anthony Arthur Barbara Ben Benjamin Brian Bruce Carl Caroline Catherine Charles Charlie Chris
Christopher Claire Colin Craig Daniel Darren David Dean Deborah Dennis Diana Donald Douglas Duncan
Edward Elizabeth Emily Emma Eric Fiona Francis Gary Gavin Geoff George Gordon Graham Greg Harry
Helen Henry Hugh Iain Ian Jack James Jamie Jane Janet Jason Jeff Jennifer Jeremy Jessica Jim Joan
Joe John Jonathan Joseph Julia Julian Karen Kate Keith Kenneth Kevin Laura Lee Linda Lisa Louise
Lucy Luke Margaret Maria Mary Matthew Michael Michelle Mike Neil Nicholas Nick Nicola Nigel Oliver
Patricia Patrick Paul Peter Philip Rachel Raymond Rebecca Richard Robert Robin Roger Ronald Ryan
Sally Sam Samuel Sarah Scott Sean Simon Stephen Steve Steven Stuart Susan Thomas Tim Timothy Tom
Tony Victoria Wayne William""".split())
_FULL_NAME = re.compile(r"\b(%s) ((?:Mc|Mac|O')?[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\b(?! [A-Z])"
                        % "|".join(sorted(HOST_GIVEN)))


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]+$")


def _full_names(text: str) -> list[re.Match]:
    """Given name + surname, not the tail of a longer name ("Scott Richard Hoying")."""
    out = []
    for m in _FULL_NAME.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if not (before and before.group(1) in HOST_GIVEN):
            out.append(m)
    return out


def _repeated_full_names(text: str) -> dict[str, list[re.Match]]:
    found: dict[str, list[re.Match]] = {}
    for m in _full_names(text):
        found.setdefault(m.group(0), []).append(m)
    return {k: v for k, v in found.items() if len(v) >= 2}


def _replace(text: str, start: int, end: int, new: str, kind: str, injector: str) -> tuple[str, Edit]:
    out = text[:start] + new + text[end:]
    return out, Edit(kind, injector, start, start + len(new), text[start:end], new)


def host_given_name_swap(text: str, rng: random.Random, day: date | None):
    """A full name the article repeats gets another given name at its last occurrence."""
    names = _repeated_full_names(text)
    if not names:
        return None
    full = rng.choice(sorted(names))
    m = names[full][-1]
    given, surname = m.group(1), m.group(2)
    taken = set(re.findall(r"\b([A-Z][a-z]+) " + re.escape(surname), text))
    new = f"{_other_given(given, taken, rng)} {surname}"
    return _replace(text, m.start(), m.end(), new, "name-variants", "given-name-swap")


def host_surname_misspelling(text: str, rng: random.Random, day: date | None):
    """A surname the article repeats is misspelt once, at its last occurrence."""
    surnames = sorted({m.group(2) for m in _full_names(text) if len(m.group(2)) >= 6 and m.group(2).isalpha()})
    candidates = []
    for s in surnames:
        hits = list(re.finditer(r"\b%s\b" % re.escape(s), text))
        if len(hits) >= 2:
            candidates.append((s, hits[-1]))
    if not candidates:
        return None
    surname, m = rng.choice(candidates)
    return _replace(text, m.start(), m.end(), _misspell(surname, rng), "name-variants", "surname-misspelling")


_COUNTED = ("jobs|people|staff|workers|employees|homes|houses|miles|kilometres|km|players|seats|votes|"
            "films|albums|copies|users|customers|stores|shops|members|pupils|students|patients|cars|"
            "tonnes|troops|soldiers|passengers|flights|branches|factories|schools|hospitals|beds")
_FIGURE = re.compile(
    r"(?<![\w.,£$€])(?:(?P<cur>[£$€])(?P<num>\d+(?:\.\d+)?)(?P<mag>m|bn| million| billion)\b"
    r"|(?P<num2>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?) (?P<noun>%s)\b)" % _COUNTED)


def host_figure_change(text: str, rng: random.Random, day: date | None):
    """A figure the article states twice ("£600m" … "£600m") changes at its last statement."""
    seen: dict[str, list[re.Match]] = {}
    for m in _FIGURE.finditer(text):
        seen.setdefault(m.group(0), []).append(m)
    repeated = sorted(k for k, v in seen.items() if len(v) >= 2)
    if not repeated:
        return None
    figure = rng.choice(repeated)
    m = seen[figure][-1]
    group = "num" if m.group("num") else "num2"
    raw = m.group(group)
    value = float(raw.replace(",", ""))
    new_value = _changed_number(value, rng)
    new_num = f"{int(new_value):,}" if "," in raw else (f"{new_value:g}" if "." in raw or new_value != int(new_value) else str(int(new_value)))
    new = text[m.start():m.start(group)] + new_num + text[m.end(group):m.end()]
    return _replace(text, m.start(), m.end(), new, "quantity-conflict", "figure-change")


_AGE = re.compile(r"\b([A-Z][a-z]+), (\d{2}),")
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
           "Saturday", "Sunday"}


def host_age_birth_year(text: str, rng: random.Random, day: date | None):
    """A stated age ("Smith, 45,") gains a birth year that does not fit the article's date."""
    if day is None:
        return None
    ages = [m for m in _AGE.finditer(text) if m.group(1) not in _MONTHS and 18 <= int(m.group(2)) <= 95]
    if not ages:
        return None
    m = rng.choice(ages)
    born = day.year - int(m.group(2)) + rng.choice([-9, -7, 6, 8])
    start = m.start(2)
    new = f"{m.group(2)}, who was born in {born},"
    out = text[:start] + new + text[m.end():]
    return out, Edit("date-arithmetic", "age-birth-year", start, start + len(new), text[start:m.end()], new)


_HYPHENATED = re.compile(r"\b([a-z]{2,})-([a-z]{3,})\b")


def host_term_variant(text: str, rng: random.Random, day: date | None):
    """A hyphenated word the article repeats ("e-mail") is closed up once ("email")."""
    seen: dict[str, list[re.Match]] = {}
    for m in _HYPHENATED.finditer(text):
        seen.setdefault(m.group(0), []).append(m)
    lower = text.lower()
    repeated = sorted(k for k, v in seen.items() if len(v) >= 2 and k.replace("-", "") not in lower)
    if not repeated:
        return None
    word = rng.choice(repeated)
    m = seen[word][-1]
    return _replace(text, m.start(), m.end(), word.replace("-", ""), "term-variants", "hyphen-variant")


_ISE_STEMS = ("organis|recognis|criticis|realis|apologis|emphasis|privatis|authoris|specialis|"
              "minimis|maximis|prioritis|finalis|modernis|summaris|legalis|mobilis|subsidis|"
              "categoris|standardis|stabilis|normalis|centralis|liberalis|harmonis|optimis|"
              "visualis|globalis|urbanis|industrialis|computeris|digitis|criminalis|utilis")
_ISE = re.compile(r"\b(%s)(e|es|ed|ing|ation|ations|er|ers)\b" % _ISE_STEMS, re.I)


def host_spelling_variant(text: str, rng: random.Random, day: date | None):
    """A British -ise word the article repeats is spelt -ize once ("organise" → "organize")."""
    seen: dict[str, list[re.Match]] = {}
    for m in _ISE.finditer(text):
        seen.setdefault(m.group(0).lower(), []).append(m)
    repeated = sorted(k for k, v in seen.items() if len(v) >= 2)
    if not repeated:
        return None
    m = seen[rng.choice(repeated)][-1]
    word = m.group(0)
    new = word[: len(m.group(1)) - 1] + ("Z" if word[len(m.group(1)) - 1].isupper() else "z") + word[len(m.group(1)):]
    return _replace(text, m.start(), m.end(), new, "term-variants", "spelling-variant")


# --------------------------------------------------------------------------- the registry

INJECTORS: list[Injector] = [
    Injector("given-name-swap", "name-variants", "a repeated full name gets another given name once",
             ("full",), host_given_name_swap),
    Injector("surname-misspelling", "name-variants", "a repeated surname is misspelt once",
             ("full", "sur"), host_surname_misspelling),
    Injector("figure-change", "quantity-conflict", "a figure stated twice changes at one statement",
             ("money", "count", "km"), host_figure_change),
    Injector("orbit-too-low", "quantity-bounds", "an orbital altitude below any orbit",
             ("alt",)),
    Injector("subsonic-supersonic", "quantity-bounds", "a 'faster than sound' speed below the speed of sound",
             ("speed",)),
    Injector("year-shift", "date-arithmetic", "a year, age, ordinal or 'N years ago' that no longer adds up",
             ("year", "ago", "anniv", "born", "age")),
    Injector("age-birth-year", "date-arithmetic", "a birth year that contradicts a stated age (dated news)",
             (), host_age_birth_year, dated_hosts_only=True),
    Injector("nationality-swap", "attribute-conflict", "one person given two nationalities", ("nat",)),
    Injector("modality-swap", "modality-conflict", "an announced plan later called a rumour", ("modal",)),
    Injector("negation-flip", "negation-conflict", "a statement later negated", ("neg",)),
    Injector("rival-first", "superlative-conflict", "two subjects each 'the first' of one kind", ("first",)),
    Injector("term-variant", "term-variants", "one term spelt two ways", ("term",)),
    Injector("source-value", "source-conflict", "a figure the shipped sources/ contradict", ("src",)),
    Injector("hyphen-variant", "term-variants", "a repeated hyphenated word closed up once", (), host_term_variant),
    Injector("spelling-variant", "term-variants", "a repeated -ise word spelt -ize once", (), host_spelling_variant),
]
