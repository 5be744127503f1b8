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
    """Every verdict the sources allow on this article, family by family."""
    families = families or FAMILIES
    if not index:
        return
    if "records" in families:
        yield from judge_records(sheet, index, tolerance)
    if "names" in families:
        yield from judge_names(sheet, index)
    if "quantities" in families:
        yield from judge_quantities(sheet, index, tolerance)
    if "dates" in families:
        yield from judge_dates(sheet, index)
    if "attributes" in families:
        yield from judge_attributes(sheet, index)
    if "statements" in families:
        yield from judge_statements(sheet, index)
    if "claims" in families:
        yield from judge_claims(sheet, index)
