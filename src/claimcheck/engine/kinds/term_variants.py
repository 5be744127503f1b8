"""Kind ``term-variants``: one term written in different ways in one article.

## What it does
Flags a term whose spelling changes within the article: joined, hyphenated or spaced
("Space11" / "Space 11", "V-2" / "V2", "e-mail" / "email", "web site" / "website"), found
without a list, and any group of forms the rule declares to be one term ("adviser" /
"advisor"). The most frequent form is the suggestion; every other occurrence is evidence.

## Why is this bad?
A reader may take two spellings for two things (is "Space 11" another mission than
"Space11"?), and a publication's style wants one form. A variant is also a common trace of
text pasted from another source.

## Known problems
A hyphenated compound before a noun and the open phrase elsewhere are different uses, not
variants ("a long-term plan" / "in the long term", "a well-known actor" / "he is well
known"): forms are compared only when their part of speech agrees and, for a hyphen
against a space, when both stand (or both do not stand) before the noun they modify. Verb
phrases against nouns ("set up" / "setup"), strings of function words ("any one" /
"anyone", "may be" / "maybe") and "re-" words ("re-sign" / "resign") are never reported.
Capitalisation alone is not a variant, and a spaced form must keep the capitals of the
joined one ("UN aids" is not "UNAIDS"). Phrases starting with an article or a number word
("a way" / "away", "second-half" / "second half") are not terms, nor are hyphenated
phrases with a function word inside ("easy-to-use" / "easy to use", "up-to-date"). The model's part-of-speech tags are sometimes
wrong, so a rare pair slips through either way.

## Example
Flagged: ``The Space11 crew trained for a year. Space 11 launches in May.``
Clean: ``They set up a new office. The setup took a week.``

## Options
``variants``: groups of forms that are one term (``[[adviser, advisor]]``), reported even
where no hyphen or space differs. ``find_joined_forms``: also find joined, hyphenated and
spaced forms without a list. ``ignore``: forms never reported.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import ClassVar, Iterator, Literal

from pydantic import Field, field_validator

from ...facts import FactSheet, Hit, WordForm
from .base import RuleSpec

__all__ = ["TermVariants"]

# A hyphen that changes the meaning: "re-sign" / "resign", "re-cover" / "recover", "co-op" / "coop".
MEANING_PREFIXES = {"re"}
MEANING_KEYS = {"coop"}

_CATEGORY = {"NOUN": "N", "PROPN": "N", "NUM": "N", "X": "N", "SYM": "N", "ADJ": "A", "VERB": "V",
             "AUX": "V", "ADV": "R"}


def _category(pos: str) -> str:
    return _CATEGORY.get(pos, "F")


class TermVariants(RuleSpec):
    """Flags one term written in different ways (joined, hyphenated, spaced, declared)."""

    name: ClassVar[str] = "term-variants"
    needs: ClassVar[frozenset[str]] = frozenset({"forms"})
    placeholders: ClassVar[tuple[str, ...]] = ("forms", "suggestion", "count")
    starter: ClassVar[dict] = {"variants": [["adviser", "advisor"]]}

    kind: Literal["term-variants"] = "term-variants"
    variants: list[list[str]] = Field(
        default_factory=list,
        description="Groups of forms that are one term, e.g. [[adviser, advisor], [judgement, judgment]].",
    )
    find_joined_forms: bool = Field(
        default=True,
        description="Also find, without a list, terms written joined, hyphenated and spaced (Space11 / Space 11).",
    )
    ignore: list[str] = Field(default_factory=list, description="Forms never reported, e.g. [long-term].")

    @field_validator("variants")
    @classmethod
    def _groups_of_two(cls, value: list[list[str]]) -> list[list[str]]:
        for i, group in enumerate(value):
            if len(group) < 2:
                raise ValueError(f"group {i + 1} lists {len(group)} form(s); a group needs at least two")
        return value

    def variant_groups(self) -> list[tuple[str, ...]]:
        return [tuple(g) for g in self.variants]

    def check(self, facts: FactSheet) -> Iterator[Hit]:
        from ...extract.forms import fold_form

        ignored = {fold_form(f) for f in self.ignore}
        by_key: dict[str, list[WordForm]] = defaultdict(list)
        for f in facts.forms:
            if fold_form(f.form) not in ignored and (f.declared or self.find_joined_forms):
                by_key[f.key].append(f)
        for key, forms in by_key.items():
            cluster = _variant_cluster(forms)
            if len({fold_form(f.form) for f in cluster}) >= 2:
                yield _hit(cluster)


def _meaning_hyphen(f: WordForm) -> bool:
    first = f.form.replace("\u2010", "-").replace("\u2011", "-").split("-")[0].casefold()
    return f.shape == "hyphen" and first in MEANING_PREFIXES


# inner words that make a hyphenated phrase: "easy-to-use", "up-to-date", "state-of-the-art"
PHRASE_WORDS = {"to", "of", "the", "and", "in", "on", "for", "by", "at", "a", "or", "with"}


def _phrase_compound(f: WordForm) -> bool:
    parts = re.split(r"[\u2010\u2011-]", f.form.casefold())
    return f.shape == "hyphen" and any(p in PHRASE_WORDS for p in parts[1:-1])


def _skeleton(form: str) -> str:
    """A form without spaces and hyphens, its first letter lower-cased (a sentence may start
    with it): "Time Warner" → "timeWarner", "UN aids" → "uNaids"."""
    joined = re.sub(r"[\s\u2010\u2011-]+", "", form)
    return joined[:1].lower() + joined[1:]


def _variant_cluster(forms: list[WordForm]) -> list[WordForm]:
    """The occurrences that are one term written differently.

    Joined and hyphenated forms are spellings of one word; a spaced form joins them only
    when its part of speech agrees (with a hyphenated form: also its attributive use), and
    never when it is a string of function words. Declared forms always join.
    """
    if forms[0].key in MEANING_KEYS or any(_meaning_hyphen(f) for f in forms):
        return [f for f in forms if f.declared]
    # "easy-to-use" / "easy to use" is grammar, not spelling: such phrases join nothing
    core = [f for f in forms if f.declared or (f.shape != "space" and not _phrase_compound(f))]
    solid_roles = {_category(f.head_pos) for f in core if f.shape == "solid"}
    hyphen_roles = {(_category(f.head_pos), f.attributive) for f in core if f.shape == "hyphen"}
    skeletons = {_skeleton(f.form) for f in core}
    spaced = [f for f in forms if f.shape == "space" and not f.declared and not f.function_words
              and _skeleton(f.form) in skeletons  # "UN aids" is not "UNAIDS", "Air Lines" not "airlines"
              and (_category(f.head_pos) in solid_roles
                   or (_category(f.head_pos), f.attributive) in hyphen_roles)]
    return sorted(core + spaced, key=lambda f: f.span.start)


def _hit(cluster: list[WordForm]) -> Hit:
    from ...extract.forms import fold_form

    groups: dict[str, list[WordForm]] = defaultdict(list)
    for f in cluster:
        groups[fold_form(f.form)].append(f)
    # the most frequent form wins; a tie goes to the form used first
    ranked = sorted(groups.values(), key=lambda fs: (-len(fs), fs[0].span.start))
    major = ranked[0]
    suggestion = Counter(f.form for f in major).most_common(1)[0][0]
    evidence = [major[0].span] + [f.span for fs in ranked[1:] for f in fs]
    shown = []
    for fs in ranked:
        lines = ", ".join(str(line) for line in sorted({f.span.line for f in fs}))
        shown.append(f"\"{fs[0].form}\" ({len(fs)}×, line {lines})")
    tie = len(ranked[1]) == len(major)
    advice = (f"no form is more frequent; pick one (\"{suggestion}\" comes first)" if tie
              else f"the most frequent form is \"{suggestion}\"")
    return Hit(
        evidence=sorted(evidence, key=lambda s: s.start),
        explanation=f"One term is written {len(groups)} ways: " + "; ".join(shown) + f". {advice[0].upper()}{advice[1:]}.",
        values={"forms": " / ".join(fs[0].form for fs in ranked), "suggestion": suggestion,
                "count": str(len(groups))},
    )
