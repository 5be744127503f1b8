"""Article facts judged against source facts: supported, conflict, outdated or unknown.

One module per fact family (``judge_records``, ``judge_people``, ``judge_values``,
``judge_statements``); each
resolves an article fact to the source facts about the same entity and property through
:class:`SourceIndex` and compares values with the article date in view. Both source kinds
read these verdicts: ``source-conflict`` reports conflicts and outdated claims,
``unsupported-claim`` the check-worthy unknowns.
"""

from __future__ import annotations

from typing import Iterator

from ..facts import FactSheet
from .index import SourceIndex
from .judge_people import judge_claims, judge_names
from .judge_records import judge_records
from .judge_statements import judge_statements
from .judge_values import judge_attributes, judge_dates, judge_quantities
from .verdict import Verdict, cite, valid_at

__all__ = ["Verdict", "judge", "cite", "valid_at", "FAMILIES"]

FAMILIES = frozenset({"names", "records", "quantities", "dates", "attributes", "statements", "claims"})


def judge(sheet: FactSheet, index: SourceIndex, families: frozenset[str] | None = None,
          tolerance: float | None = None) -> Iterator[Verdict]:
    """Every verdict the sources allow on this article, family by family. Each family is
    judged once per index view (``SourceIndex.of`` gives every kind the same view)."""
    families = families or FAMILIES
    if not index:
        return
    for family, judge_family in _JUDGES:
        if family not in families:
            continue
        key = (family, tolerance)
        if key not in index.verdicts:
            index.verdicts[key] = list(judge_family(sheet, index, tolerance))
        yield from index.verdicts[key]


_JUDGES = (  # the order verdicts come in
    ("records", judge_records),
    ("names", lambda sheet, index, _: judge_names(sheet, index)),
    ("quantities", judge_quantities),
    ("dates", lambda sheet, index, _: judge_dates(sheet, index)),
    ("attributes", lambda sheet, index, _: judge_attributes(sheet, index)),
    ("statements", lambda sheet, index, _: judge_statements(sheet, index)),
    ("claims", lambda sheet, index, _: judge_claims(sheet, index)),
)
