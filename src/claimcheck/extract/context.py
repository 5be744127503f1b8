"""What every extractor shares: the document, the parsed chunks, and span/sentence lookups.

Built once per article by :func:`claimcheck.extract.extract_facts`; extractors read spaCy
objects through it and write only fact models, so offsets are mapped in one place.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

from ..document import Document
from ..facts import Sentence, Span, trusted

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token
    from spacy.tokens import Span as SpacySpan

    from ..nlp import Chunk
    from .claim_tokens import ChunkView

__all__ = ["ExtractContext", "ExtractOptions", "TermList", "PatternSet"]

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")


@dataclass(frozen=True)
class TermList:
    """A list of terms declared by a rule: canonical term → the phrases that mention it."""

    name: str
    terms: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class PatternSet:
    """The spaCy patterns of one rule: Matcher token patterns and DependencyMatcher patterns."""

    rule: str
    token_patterns: tuple = ()
    dependency_patterns: tuple = ()
    greedy: str | None = None


@dataclass
class ExtractOptions:
    """What the loaded rules need from extraction (Vale's AssignNLP idea)."""

    families: frozenset[str] = frozenset({"entities", "quantities", "terms", "times", "claims"})
    term_lists: tuple[TermList, ...] = ()
    pattern_sets: tuple[PatternSet, ...] = ()
    variant_groups: tuple[tuple[str, ...], ...] = ()  # forms rules declare to be one term
    settings: dict = field(default_factory=dict)


@dataclass
class ExtractContext:
    document: Document
    chunks: list["Chunk"]
    options: ExtractOptions = field(default_factory=ExtractOptions)
    sentences: list[Sentence] = field(default_factory=list)
    _sent_starts: list[list[int]] = field(default_factory=list)  # per chunk: token starts
    _sent_base: list[int] = field(default_factory=list)  # per chunk: first sentence index

    _views: list = field(init=False, repr=False)  # per chunk: its ChunkView, once read
    _token_sentences: list = field(init=False, repr=False)  # per chunk: token → sentence, once asked
    _sentence_spans: list = field(init=False, repr=False)  # per chunk: its spaCy sentences
    _entity_spans: list = field(init=False, repr=False)  # per chunk: its spaCy entities, once asked

    def __post_init__(self) -> None:
        self._sentence_spans = []
        self._entity_spans = [None] * len(self.chunks)
        self._index_sentences()
        self._views = [None] * len(self.chunks)
        self._token_sentences = [None] * len(self.chunks)

    def view(self, chunk_index: int) -> "ChunkView":
        """The chunk's parse read into columns, once per article for every extractor
        (reading a spaCy Doc token by token builds a Token object per read)."""
        view = self._views[chunk_index]
        if view is None:
            from .claim_tokens import ChunkView

            chunk = self.chunks[chunk_index]
            view = self._views[chunk_index] = ChunkView(chunk.doc, chunk.text)
        return view

    # ----------------------------------------------------------------- sentences

    def _index_sentences(self) -> None:
        analysis = self.document.analysis
        breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(analysis)]
        for chunk in self.chunks:
            starts: list[int] = []
            self._sent_base.append(len(self.sentences))
            doc = chunk.doc
            has_sents = doc.has_annotation("SENT_START") or len(doc) == 0
            sents = list(doc.sents) if has_sents else [doc[:]]
            self._sentence_spans.append(sents)
            for sent in sents:
                text = chunk.text[sent.start_char:sent.end_char]  # = sent.text, without rejoining tokens
                lead = len(text) - len(text.lstrip())
                paragraph = bisect_right(breaks, chunk.offset + sent.start_char + lead)
                starts.append(sent.start)
                self.sentences.append(self._sentence(chunk, sent, paragraph))
            self._sent_starts.append(starts)

    def _sentence(self, chunk: "Chunk", sent: "SpacySpan", paragraph: int) -> Sentence:
        span = self.span(chunk, sent.start_char, sent.end_char)
        quoted = bool(span.text.strip()) and self.document.is_quoted(
            span.start + (len(span.text) - len(span.text.lstrip())) + 1
        ) and self.document.is_quoted(max(span.start, span.end - 2))
        return trusted(Sentence, index=len(self.sentences), span=span, paragraph=paragraph, in_quote=quoted)

    def sents(self, chunk_index: int) -> list["SpacySpan"]:
        """The chunk's sentences (``doc.sents``, or the whole chunk when it has no sentence
        boundaries), kept: spaCy builds them anew on every ``doc.sents``."""
        return self._sentence_spans[chunk_index]

    def ents(self, chunk_index: int) -> tuple["SpacySpan", ...]:
        """The chunk's entities (``doc.ents``), kept: spaCy builds them anew on every read."""
        ents = self._entity_spans[chunk_index]
        if ents is None:
            ents = self._entity_spans[chunk_index] = self.chunks[chunk_index].doc.ents
        return ents

    def sentence_of(self, chunk_index: int, token_index: int) -> int:
        """Global sentence index of a token in a chunk."""
        of_token = self._token_sentences[chunk_index]
        if of_token is None:  # asked thousands of times per article: a table per chunk, built once
            of_token = self._token_sentences[chunk_index] = self._sentence_table(chunk_index)
        if 0 <= token_index < len(of_token):
            return of_token[token_index]
        starts = self._sent_starts[chunk_index]  # past the end: the last sentence, as before
        return self._sent_base[chunk_index] + max(bisect_right(starts, token_index) - 1, 0)

    def _sentence_table(self, chunk_index: int) -> list[int]:
        """Token index → global sentence index, for one chunk."""
        starts = self._sent_starts[chunk_index]
        base = self._sent_base[chunk_index]
        n = len(self.chunks[chunk_index].doc)
        table = [base] * min(starts[0], n) if starts else [base] * n
        for k, start in enumerate(starts):
            end = starts[k + 1] if k + 1 < len(starts) else n
            table.extend([base + k] * (end - start))
        return table

    # ----------------------------------------------------------------- spans

    def span(self, chunk: "Chunk", start_char: int, end_char: int) -> Span:
        """A fact Span for chunk-relative analysis offsets."""
        return self.document.span(chunk.offset + start_char, chunk.offset + end_char)

    def span_of(self, chunk: "Chunk", item: "SpacySpan | Token") -> Span:
        """A fact Span for a spaCy Span or Token."""
        if hasattr(item, "start_char"):
            return self.span(chunk, item.start_char, item.end_char)
        return self.span(chunk, item.idx, item.idx + len(item.text))

    def quoted(self, span: Span) -> bool:
        """True when the span sits inside quotation marks in the original."""
        return self.document.is_quoted(span.start)

    def iter_chunks(self) -> Iterator[tuple[int, "Chunk"]]:
        return enumerate(self.chunks)
