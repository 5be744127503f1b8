"""The rule kinds: one module each, one registry (kind name → class).

Adding a kind: write ``engine/kinds/<name>.py`` with a :class:`RuleSpec` subclass and add
it to ``_BUILTIN`` below. The registry is the one source of truth for kind names.
"""

from __future__ import annotations

from .attribute_conflict import AttributeConflict
from .base import Example, RuleSpec
from .date_arithmetic import DateArithmetic
from .modality_conflict import ModalityConflict
from .name_variants import NameVariants
from .negation_conflict import NegationConflict
from .pattern import Pattern
from .superlative_conflict import SuperlativeConflict
from .source_conflict import SourceConflict
from .unsupported_claim import UnsupportedClaim
from .term_variants import TermVariants
from .quantity_bounds import QuantityBounds
from .quantity_conflict import QuantityConflict

__all__ = ["KINDS", "RuleSpec", "Example", "get_kind", "register_kind"]

_BUILTIN: tuple[type[RuleSpec], ...] = (
    NameVariants,
    DateArithmetic,
    AttributeConflict,
    ModalityConflict,
    NegationConflict,
    SuperlativeConflict,
    Pattern,
    TermVariants,
    SourceConflict,
    UnsupportedClaim,
    QuantityBounds,
    QuantityConflict,
)

KINDS: dict[str, type[RuleSpec]] = {k.name: k for k in _BUILTIN}


def get_kind(name: str) -> type[RuleSpec] | None:
    return KINDS.get(name)


def register_kind(cls: type[RuleSpec]) -> None:
    """Add a kind from a plugin (see the entry-point loader); names must be new."""
    if not cls.name:
        raise ValueError(f"{cls.__name__} has no kind name")
    if cls.name in KINDS and KINDS[cls.name] is not cls:
        raise ValueError(f"kind {cls.name!r} is already defined by {KINDS[cls.name].__module__}")
    KINDS[cls.name] = cls
