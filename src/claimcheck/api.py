"""The library's entry points: article in, FileReport out. The CLI is a thin client of these.

Stages: document (load, strip markup) → nlp (parse, in chunks) → extract (FactSheet) →
engine (rules → findings). Many files go through ``nlp.pipe`` together (``check_documents``).
"""

from __future__ import annotations

from collections import deque
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from .document import Document, InputError, document_from_text, load_document
from .engine.kinds import RuleSpec
from .engine.loader import RuleSet, load_rules
from .engine.baseline import Baseline
from .engine.run import apply_suppressions, run_rules
from .engine.suppress import parse_directives
from .extract import ExtractOptions, extract_facts
from .facts import FactSheet, FileReport, SourceFact
from .nlp import Chunk, analyse_many

if TYPE_CHECKING:  # pragma: no cover
    from .evidence.loader import SourceSet

__all__ = [
    "check_text",
    "check_file",
    "check_documents",
    "check_paths",
    "facts_for_document",
    "resolve_article_date",
    "options_for",
    "source_facts",
]


def options_for(rules: Iterable[RuleSpec]) -> ExtractOptions:
    """Extraction options that serve exactly these rules (families and term lists)."""
    rules = [r for r in rules if r.enabled]
    families: set[str] = set()
    terms = []
    patterns = []
    variants = []
    for r in rules:
        families |= r.needs
        terms.extend(r.term_lists())
        patterns.extend(r.pattern_sets())
        variants.extend(r.variant_groups())
    return ExtractOptions(families=frozenset(families), term_lists=tuple(terms),
                          pattern_sets=tuple(patterns), variant_groups=tuple(variants))


def resolve_article_date(document: Document, explicit: date | None = None,
                         default: date | None = None) -> tuple[date | None, str | None]:
    """The article's date and where it came from: --date, front matter, dateline, config."""
    if explicit:
        return explicit, "--date"
    if document.date:
        return document.date, "front matter"
    found = _dateline(document)
    if found:
        return found, "dateline"
    if default:
        return default, "config"
    return None, None


def _dateline(document: Document) -> date | None:
    """A dateline in the article's first lines (see extract.times, when available)."""
    try:
        from .extract.times import find_dateline
    except ImportError:
        return None
    return find_dateline(document.analysis[:600])


def source_facts(sources: "SourceSet | list[SourceFact] | None" = None, model: str | None = None) -> list[SourceFact]:
    """The evidence of a run: given facts, a loaded SourceSet, or the shipped sources/."""
    if isinstance(sources, list):
        return sources
    return (sources if sources is not None else _shipped_sources()).facts(model)


@lru_cache(maxsize=1)
def _shipped_sources() -> "SourceSet":
    """The shipped sources, loaded once per process (rule examples check against them)."""
    from .evidence.loader import load_sources

    return load_sources()


def facts_for_document(document: Document, chunks: list[Chunk], rules: RuleSet | Iterable[RuleSpec],
                       article_date: date | None = None, default_date: date | None = None,
                       sources: "SourceSet | list[SourceFact] | None" = None,
                       model: str | None = None) -> FactSheet:
    """Extract the facts the given rules need from one parsed document.

    sources (SourceSet | list[SourceFact]): the evidence for rules that need it; the
    shipped sources/ when None.
    """
    day, source = resolve_article_date(document, article_date, default_date)
    options = options_for(rules)
    facts = extract_facts(document, chunks, options, article_date=day, article_date_source=source)
    if "sources" in options.families:
        facts.sources = source_facts(sources, model)
    return facts


def _report(document: Document, chunks: list[Chunk], rules: RuleSet | list[RuleSpec],
            article_date: date | None, default_date: date | None,
            baseline: Baseline | None = None, sources: "list[SourceFact] | None" = None) -> FileReport:
    facts = facts_for_document(document, chunks, rules, article_date, default_date, sources)
    quotes = list(zip(document._quote_starts, document._quote_ends))
    suppressions = parse_directives(document.comments, document.text, [r.id for r in rules], [r.name for r in rules])
    if baseline is not None:
        suppressions.accepted = baseline.accepted_ids(document.path)
    findings, suppressed = apply_suppressions(run_rules(rules, facts, quotes), suppressions)
    notes = list(suppressions.notes)
    if not document.text.strip():
        notes.append("the file is empty: nothing to check")
    elif facts.article_date is None:
        notes.extend(_undated_note(rules, facts))
    report = FileReport(path=document.path, article_date=facts.article_date,
                        article_date_source=facts.article_date_source, findings=findings,
                        suppressed=suppressed, notes=notes)
    return report.with_text(document.text)


def _undated_note(rules: Iterable[RuleSpec], facts: FactSheet) -> list[str]:
    """One note when the article's date is unknown, naming the checks it prevented."""
    active = [r for r in rules if r.enabled and "times" in r.needs]
    if not active:
        return []
    missed = [item for r in active for item in r.unchecked_without_date(facts)]
    note = ("the article's date is unknown (give --date, a front-matter `date:` or a dateline): "
            "checks that count from the publication date were made only where the text gives the year")
    if missed:
        note += "; not checked: " + "; ".join(missed)
    return [note]


def check_documents(documents: Iterable[Document], rules: RuleSet | None = None, model: str | None = None,
                    article_date: date | None = None, default_date: date | None = None,
                    n_process: int = 1, baseline: Baseline | None = None,
                    sources: "SourceSet | None" = None) -> Iterator[FileReport]:
    """Check many loaded documents, parsing them together with ``nlp.pipe``.

    Streams: documents are read as parsing proceeds and each report is yielded as soon as
    its document is done, so memory stays flat however many documents there are.
    n_process (int): parser processes (``nlp.pipe(n_process=...)``).
    baseline (Baseline): accepted findings, reported as suppressed (inline
    ``claimcheck-disable`` comments always apply).
    sources (SourceSet): trusted evidence (``load_sources``); the shipped sources/ when None.
    """
    return _check_stream(documents, rules, model, article_date, default_date, n_process, baseline, sources)


def check_paths(paths: Iterable[str | Path], rules: RuleSet | None = None, model: str | None = None,
                article_date: date | None = None, default_date: date | None = None,
                n_process: int = 1, baseline: Baseline | None = None,
                sources: "SourceSet | None" = None) -> Iterator[FileReport]:
    """Check article files (or "-" for stdin), one report per path, in order.

    A file that cannot be read becomes a report with ``error`` set, in its place.
    """
    def load(path: str | Path) -> Document | FileReport:
        try:
            return load_document(path)
        except InputError as exc:
            return FileReport(path=str(path), error=str(exc))

    return _check_stream((load(p) for p in paths), rules, model, article_date, default_date, n_process, baseline,
                         sources)


def _check_stream(items: Iterable[Document | FileReport], rules: RuleSet | None, model: str | None,
                  article_date: date | None, default_date: date | None,
                  n_process: int, baseline: Baseline | None = None,
                  sources: "SourceSet | None" = None) -> Iterator[FileReport]:
    """Parse the documents among ``items`` in one ``nlp.pipe`` stream; reports pass through.

    ``waiting`` holds the items read but not yet reported: the parser pulls texts ahead of
    the results it returns, and results come back in input order.
    """
    rules = rules if rules is not None else load_rules()
    evidence = source_facts(sources, model) if "sources" in options_for(rules).families else None
    waiting: deque[Document | FileReport] = deque()

    def texts() -> Iterator[str]:
        for item in items:
            waiting.append(item)
            if isinstance(item, Document):
                yield item.analysis

    def ready_reports() -> Iterator[FileReport]:
        while waiting and isinstance(waiting[0], FileReport):
            yield waiting.popleft()

    for chunks in analyse_many(texts(), model, n_process=n_process):
        yield from ready_reports()
        document = waiting.popleft()
        yield _report(document, chunks, rules, article_date, default_date, baseline, evidence)
    yield from ready_reports()


def check_text(text: str, *, path: str = "<text>", fmt: str = "txt", rules: RuleSet | None = None,
               model: str | None = None, article_date: date | None = None,
               sources: "SourceSet | None" = None) -> FileReport:
    """Check an article given as text.

    text (str): the article. fmt (str): "txt" or "md".
    rules (RuleSet): defaults to the shipped rules.
    RETURNS (FileReport): the findings, evidence offsets pointing into ``text``.
    """
    document = document_from_text(text, path, fmt)
    return next(check_documents([document], rules, model, article_date, sources=sources))


def check_file(path: str | Path, *, rules: RuleSet | None = None, model: str | None = None,
               article_date: date | None = None, sources: "SourceSet | None" = None) -> FileReport:
    """Check an article file (.txt or .md); raises InputError when it cannot be read."""
    return next(check_documents([load_document(path)], rules, model, article_date, sources=sources))
