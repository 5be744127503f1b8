"""Trusted evidence: fact sheets and source texts under sources/, loaded and matched.

The public names load lazily, so rule kinds can import the matching helpers
(``evidence.keys``) without pulling in the loader and the rule engine it shares code with.
"""

from __future__ import annotations

__all__ = ["load_sources", "SourceSet", "SourceError", "SourceLoadError", "SheetFile", "SourceText"]


def __getattr__(name: str):
    if name in __all__:
        from . import loader

        return getattr(loader, name)
    raise AttributeError(name)
