"""Which files to check: folders walked recursively, with .gitignore-style excludes.

Exclude patterns follow .gitignore syntax (pathspec's ``GitIgnoreSpec``): ``drafts/``
skips a folder at any depth, ``/archive`` only the one at the top of the folder being
walked, ``*.draft.md`` any matching file, ``!keep.md`` re-includes. Patterns apply to what
a folder walk finds, relative to that folder; a file named on the command line is always
checked (as ruff does without ``--force-exclude``). Hidden files and folders are skipped.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from pathspec import GitIgnoreSpec

from .document import SUPPORTED_SUFFIXES

__all__ = ["find_articles", "exclude_spec"]


def exclude_spec(patterns: Iterable[str]) -> GitIgnoreSpec | None:
    """Compile exclude patterns; None when there are none."""
    patterns = [p for p in patterns if p and p.strip()]
    return GitIgnoreSpec.from_lines(patterns) if patterns else None


def find_articles(paths: Iterable[str], excludes: Iterable[str] = ()) -> tuple[list[str], list[str]]:
    """Files to check from the arguments (folders recursively), and errors for the rest.

    paths (Iterable[str]): files, folders, or "-" for standard input.
    excludes (Iterable[str]): .gitignore-style patterns (``--exclude``, or the config).
    RETURNS (tuple[list[str], list[str]]): the files in argument order (each folder's files
        sorted), and one message per folder that holds no article.
    """
    spec = exclude_spec(excludes)
    files: list[str] = []
    errors: list[str] = []
    for p in paths:
        if p != "-" and Path(p).is_dir():
            found = _walk(Path(p), spec)
            if not found:
                errors.append(f"{p}: no articles ({', '.join(SUPPORTED_SUFFIXES)}) in this folder"
                              + (" that the excludes leave" if spec else ""))
            files.extend(found)
        else:
            files.append(p)
    return files, errors


def _walk(root: Path, spec: GitIgnoreSpec | None) -> list[str]:
    found: list[str] = []
    for folder, dirs, names in os.walk(root):
        rel = Path(folder).relative_to(root)
        # prune hidden and excluded folders so a large node_modules/ is never listed
        dirs[:] = [d for d in dirs if not d.startswith(".")
                   and not (spec and spec.match_file(f"{(rel / d).as_posix()}/"))]
        for name in names:
            if name.startswith(".") or Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            if spec and spec.match_file((rel / name).as_posix()):
                continue
            path = Path(folder) / name
            if path.is_file():
                found.append(str(path))
    return sorted(found)
