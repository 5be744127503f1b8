"""A progress bar for checking many files: on a terminal only, on stderr, gone when done.

Silent when stderr is not a terminal (a pipe, CI logs, a test) or with ``--quiet``, so the
report on stdout and any redirected output stay clean.
"""

from __future__ import annotations

import sys
from typing import Iterable, Iterator

from .facts import FileReport

__all__ = ["with_progress", "progress_wanted"]


def progress_wanted(quiet: bool, stream=None) -> bool:
    """Show a bar unless asked to be quiet or stderr is not a terminal."""
    stream = stream if stream is not None else sys.stderr
    return not quiet and stream is not None and stream.isatty()


def with_progress(reports: Iterable[FileReport], total: int, enabled: bool) -> Iterator[FileReport]:
    """Pass the reports through, advancing a bar by one file each (when enabled and total > 1)."""
    if not enabled or total < 2:
        yield from reports
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("[bold]checking"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
               TextColumn("[dim]{task.fields[path]}"))
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("check", total=total, path="")
        for report in reports:
            bar.update(task, advance=1, path=report.path)
            yield report
