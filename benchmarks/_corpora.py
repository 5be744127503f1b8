"""Readers for the evaluation corpora in ../shared/eval-data (read at run time, never copied).

Each reader yields (id, text, published date or None). The BBC set has 133 duplicate
bodies; they are dropped (the first id wins).
"""

from __future__ import annotations

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


def held_out(item_id: str) -> bool:
    """A fixed half of every corpus, never used for tuning (by id hash)."""
    return int(hashlib.sha1(item_id.encode()).hexdigest(), 16) % 2 == 1
