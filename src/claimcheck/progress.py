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
    from rich.table import Column

    columns = (TextColumn("[bold]checking"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
               TextColumn("[dim]{task.fields[path]}", table_column=Column(max_width=30, no_wrap=True,
                                                                          overflow="ellipsis")))
    # the first report comes before the bar: parser processes (--jobs) are forked when the
    # stream starts, and forking while the bar's refresh thread holds a lock can hang them
    reports = iter(reports)
    first = next(reports, None)
    if first is None:
        return
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("check", total=total, completed=1, path=_name(first.path))
        yield first
        for report in reports:
            bar.update(task, advance=1, path=_name(report.path))
            yield report


def _name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]
