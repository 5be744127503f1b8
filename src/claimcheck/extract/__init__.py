"""spaCy Doc → FactSheet, one module per fact family.

:func:`extract_facts` runs the families the loaded rules need, in dependency order
(entities first: the others link their subjects to entities).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import ExtractContext, ExtractOptions, TermList

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from ..facts import FactSheet
    from ..nlp import Chunk

__all__ = ["extract_facts", "ExtractOptions", "TermList"]


def extract_facts(document: "Document", chunks: list["Chunk"], options: ExtractOptions | None = None,
                  article_date=None, article_date_source: str | None = None) -> "FactSheet":
    """Build the FactSheet of one parsed article.

    document (Document): the loaded article (offset map, quotes, metadata).
    chunks (list[Chunk]): its analysis text parsed by :func:`claimcheck.nlp.analyse`.
    options (ExtractOptions): which families to run and the rules' term lists.
    RETURNS (FactSheet): every fact found, spans pointing into the original text.
    """
    # the families are imported here, not at the top: rule kinds import helpers from this
    # package, and `rules list` must not load every extractor to validate rule files
    from ..facts import FactSheet
    from .claims import extract_claims
    from .entities import extract_entities
    from .forms import extract_forms
    from .patterns import extract_patterns
    from .quantities import extract_quantities
    from .records import extract_records
    from .terms import extract_terms
    from .times import extract_times

    options = options or ExtractOptions()
    ctx = ExtractContext(document, chunks, options)
    sheet = FactSheet(
        path=document.path,
        text_length=len(document.text),
        title=document.title,
        article_date=article_date,
        article_date_source=article_date_source,
        sentences=ctx.sentences,
    )
    families = options.families
    if families & {"entities", "quantities", "times", "claims", "records"}:
        sheet.mentions, sheet.entities = extract_entities(ctx)
    if "times" in families:
        sheet.times = extract_times(ctx, sheet.mentions, article_date)
    if "claims" in families:
        sheet.claims = extract_claims(ctx, sheet.mentions, sheet.entities)
    if "patterns" in families and options.pattern_sets:
        sheet.patterns = extract_patterns(ctx)
    if "forms" in families:
        sheet.forms = extract_forms(ctx)
    if "quantities" in families:
        sheet.quantities = extract_quantities(ctx, sheet.mentions)
    if "terms" in families and options.term_lists:
        sheet.terms = extract_terms(ctx, options.term_lists, sheet.mentions)
    if "records" in families:
        sheet.records = extract_records(ctx, sheet.mentions)
    return sheet
