"""Host articles for the accuracy and speed benchmarks, from the readers in ``_corpora.py``.

Clean news is read at run time from ``../shared/eval-data`` (``$CLAIMCHECK_SHARED``), never
copied. When the folder is absent the readers here return nothing and the benchmarks fall
back to the project's own texts. The halves are ``_corpora.held_out``'s, as in every
benchmark of the project.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import _corpora

ROOT = Path(__file__).resolve().parents[1]

__all__ = ["ROOT", "Article", "shared_dir", "bbc_articles", "news2023_articles", "use_checkout", "words",
           "split_of"]


def use_checkout() -> None:
    """Measure the code of this checkout: put ``src/`` first on the import path."""
    src = str(ROOT / "src")
    if src not in sys.path:
        sys.path.insert(0, src)


@dataclass(frozen=True)
class Article:
    """One host article: an id that fixes its half, its text and its date when known."""

    id: str
    source: str  # "bbc", "news2023", "own"
    text: str
    date: date | None = None


def shared_dir() -> Path | None:
    return _corpora.SHARED if _corpora.EVAL.is_dir() else None


def split_of(item_id: str) -> str:
    return "held-out" if _corpora.held_out(item_id) else "tune"


def bbc_articles() -> list[Article]:
    """The BBC articles (headline, blank line, body), duplicates dropped, in id order."""
    if shared_dir() is None:
        return []
    return [Article(i, "bbc", text.strip() + "\n") for i, text, _ in _corpora.bbc_articles()]


def news2023_articles(min_chars: int = 1500) -> list[Article]:
    """The dated March 2023 news long enough to host an edit, duplicates dropped."""
    if shared_dir() is None:
        return []
    seen: set[str] = set()
    out = []
    for i, text, day in _corpora.news2023_articles(min_chars=min_chars):
        if text.strip() not in seen:
            seen.add(text.strip())
            out.append(Article(i, "news2023", text.strip() + "\n", day))
    return out


def words(text: str) -> int:
    return len(text.split())
