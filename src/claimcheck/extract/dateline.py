"""The publication date written at the top of an article: a dateline or a "Published" line.

Only a date with its year counts: "LONDON, March 3 (Reuters)" gives nothing, because the
year would have to be guessed.
"""

from __future__ import annotations

import re
from datetime import date

from .time_phrases import parse_time_phrase

__all__ = ["find_dateline"]


_DATELINE_RX = [
    # "LONDON, March 3, 2023 (Reuters) -", "WASHINGTON (AP) — March 3, 2023"
    re.compile(r"^[ \t]*[A-Z][A-Z .'’-]{2,40}(?:,[ \t]*[A-Z][A-Za-z. ]{1,25})?(?:[ \t]*\([A-Za-z .]+\))?[ \t]*[,—–-]+[ \t]*"
               r"(?P<d>(?:[A-Z][a-z]+day,?[ \t]+)?[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4})", re.M),
    # "Published: March 3, 2023", "Updated 14 March 2023 10:15"
    re.compile(r"(?:published|updated|posted|dated|first published)(?:[ \t]+on)?:?[ \t]*"
               r"(?P<d>(?:[A-Z][a-z]+day,?[ \t]+)?(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}[ \t]+\d{4}|\d{4}-\d{2}-\d{2}))", re.I),
    # a line that is only a date
    re.compile(r"^[ \t]*(?P<d>(?:[A-Z][a-z]+day,?[ \t]+)?(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}[ \t]+\d{4}|\d{4}-\d{2}-\d{2}))[ \t]*$", re.M),
]


_YEAR = re.compile(r"\d{4}")


def find_dateline(text: str) -> date | None:
    """The publication date in an article's opening lines, when one is written with its year.

    text (str): the start of the article (a few hundred characters).
    RETURNS (date | None): the date of "LONDON, March 3, 2023 (Reuters)", "Published: 3 March
    2023" or a line holding only a date; None for a dateline without a year ("LONDON,
    March 3 (Reuters)"), which is never completed by guessing.
    """
    head = text[:800]
    if not _YEAR.search(head):
        return None  # every form below ends in a year: most articles stop here
    for rx in _DATELINE_RX:
        m = rx.search(head)
        if m:
            p = parse_time_phrase(m.group("d"))
            if p is not None and p.granularity == "day" and p.earliest:
                return p.earliest
    return None
