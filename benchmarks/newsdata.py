"""Clean news read at run time from ``../shared/eval-data`` (never copied into the repo).

The BBC set (2004–05, no dates) and the dated US news of March 2023 serve as clean text
for false-positive rates and as hosts for injected edits. When the folder is absent the
readers return nothing and the benchmarks fall back to the project's own texts.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

__all__ = ["ROOT", "Article", "shared_dir", "bbc_articles", "news2023_articles", "use_checkout"]


def use_checkout() -> None:
    """Measure the code of this checkout: put ``src/`` first on the import path."""
    src = str(ROOT / "src")
    if src not in sys.path:
        sys.path.insert(0, src)


@dataclass(frozen=True)
class Article:
    """One host article: an id that fixes its split, its text and its date when known."""

    id: str
    source: str  # "bbc", "news2023", "own"
    text: str
    date: date | None = None


def shared_dir(explicit: str | None = None) -> Path | None:
    """``--shared``, else $CLAIMCHECK_SHARED, else ``../shared`` beside the checkout."""
    for candidate in (explicit, os.environ.get("CLAIMCHECK_SHARED"), ROOT.parent / "shared"):
        if candidate and (Path(candidate) / "eval-data").is_dir():
            return Path(candidate)
    return None


def bbc_articles(shared: Path | None) -> list[Article]:
    """The BBC articles (headline, blank line, body), exact duplicates dropped, in id order."""
    if shared is None:
        return []
    path = shared / "eval-data" / "bbc-news-fulltext" / "bbc_news.jsonl"
    if not path.exists():
        return []
    seen: set[str] = set()
    out: list[Article] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            body = row["text"].strip()
            if body in seen:
                continue
            seen.add(body)
            out.append(Article(row["id"], "bbc", f"{row['title'].strip()}\n\n{body}\n"))
    out.sort(key=lambda a: a.id)
    return out


def news2023_articles(shared: Path | None, min_chars: int = 1500) -> list[Article]:
    """The dated March 2023 news with at least ``min_chars`` characters, in id order."""
    if shared is None:
        return []
    path = shared / "eval-data" / "news-2023-newsdata" / "cleaned.csv"
    if not path.exists():
        return []
    out: list[Article] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            text = (row.get("raw_text") or "").strip()
            if len(text) < min_chars or text in seen:
                continue
            seen.add(text)
            try:
                day = date.fromisoformat(row["published_date_gmt"][:10])
            except (KeyError, ValueError):
                day = None
            out.append(Article(f"news2023-{i:03d}", "news2023", text + "\n", day))
    return out


def words(text: str) -> int:
    return len(text.split())
