"""Readers for the evaluation corpora in ../shared/eval-data (read at run time, never copied).

Each reader yields (id, text, published date or None). The BBC set has 133 duplicate
bodies; they are dropped (the first id wins).
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from datetime import date
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMCHECK_SHARED", ROOT.parent / "shared"))
EVAL = SHARED / "eval-data"


def require_eval() -> Path:
    if not EVAL.exists():
        raise SystemExit(f"evaluation data not found at {EVAL} (set CLAIMCHECK_SHARED)")
    return EVAL


def bbc_articles(limit: int | None = None) -> Iterator[tuple[str, str, date | None]]:
    """De-duplicated BBC articles: headline, blank line, body (as the files are laid out)."""
    seen: set[str] = set()
    n = 0
    with open(require_eval() / "bbc-news-fulltext" / "bbc_news.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            body = row["text"]
            digest = hashlib.sha1(body.strip().encode("utf-8")).hexdigest()
            if digest in seen:
                continue
            seen.add(digest)
            yield row["id"], f"{row['title']}\n\n{body}", None
            n += 1
            if limit and n >= limit:
                return


def news2023_articles(limit: int | None = None, min_chars: int = 200) -> Iterator[tuple[str, str, date | None]]:
    """The dated US news of March 2023 (scraped pages; rows shorter than ``min_chars``, such
    as empty rows and one-line video blurbs, are skipped), with their published dates."""
    csv.field_size_limit(10**8)
    n = 0
    path = require_eval() / "news-2023-newsdata" / "cleaned.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            text = row["raw_text"]
            if len(text.strip()) < min_chars:
                continue
            yield row["url"] or f"news2023-{i}", text, date.fromisoformat(row["published_date_gmt"][:10])
            n += 1
            if limit and n >= limit:
                return


def held_out(item_id: str) -> bool:
    """A fixed half of every corpus, never used for tuning (by id hash)."""
    return int(hashlib.sha1(item_id.encode()).hexdigest(), 16) % 2 == 1
