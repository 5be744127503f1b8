"""What the source kinds share: the evidence code, imported once on first use.

``rules list`` loads every kind and need not load the evidence code; an import statement
inside ``check`` would keep it lazy but pays the import machinery on every article.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["evidence"]


@lru_cache(maxsize=1)
def evidence():
    """(SourceIndex, judge): the article's evidence index and the verdicts on its facts."""
    from ...evidence.index import SourceIndex
    from ...evidence.verdicts import judge

    return SourceIndex, judge
