"""The command line: parse arguments, call the library, pick a renderer, return an exit code.

Exit codes (``ExitStatus``): 0 nothing at or above ``--fail-on``; 1 findings; 2 usage,
input, rule or model errors. spaCy is imported only by commands that analyse text.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from enum import IntEnum
from pathlib import Path

import click

from . import __version__
from .document import SUPPORTED_SUFFIXES, InputError

__all__ = ["main", "cli", "ExitStatus"]


class ExitStatus(IntEnum):
    OK = 0
    FINDINGS = 1
    ERROR = 2


FORMATS = ["text", "json", "markdown"]
SEVERITIES = ["error", "warning", "info"]


def _fail(message: str) -> "click.exceptions.Exit":
    click.echo(f"claimcheck: error: {message}", err=True)
    return click.exceptions.Exit(ExitStatus.ERROR)


def _parse_date(ctx, param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _use_color(output: str | None) -> bool:
    if output or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout is not None and sys.stdout.isatty()  # None: started with stdout closed


def _load_rules(rule_dirs: tuple[str, ...]):
    from .engine.loader import RuleLoadError, load_rules

    try:
        return load_rules(rule_dirs)
    except RuleLoadError as exc:
        for err in exc.errors:
            click.echo(f"claimcheck: rule error: {err}", err=True)
        raise click.exceptions.Exit(ExitStatus.ERROR) from None


def expand_paths(paths: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Files to check from the arguments (folders recursively); and errors for the rest."""
    files: list[str] = []
    errors: list[str] = []
    for p in paths:
        if p == "-":
            files.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(str(f) for f in path.rglob("*")
                           if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(path).parts))
            if not found:
                errors.append(f"{p}: no articles ({', '.join(SUPPORTED_SUFFIXES)}) in this folder")
            files.extend(found)
        else:
            files.append(p)
    return files, errors


def write_output(text: str, output: str | None) -> None:
    """Print, or write a file atomically (an existing report is replaced only when complete)."""
    if not output:
        click.echo(text, nl=False)
        return
    target = Path(output)
    if not target.parent.exists():
        raise _fail(f"{output}: the folder {target.parent} does not exist")
    tmp = target.with_name(f".{target.name}.claimcheck.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _fail(f"{output}: cannot write the report ({exc.strerror or exc})") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="claimcheck")
def cli() -> None:
    """claimcheck: find where an article contradicts itself or its sources."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Report format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report to this file.")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False),
              help="An extra folder of rule files (repeatable).")
@click.option("--model", help="spaCy pipeline to use (package name or path).")
@click.option("--date", "article_date", callback=_parse_date, metavar="YYYY-MM-DD",
              help="The article's publication date (overrides front matter and datelines).")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default="warning", show_default=True,
              help="Exit 1 when a finding of this severity or higher is reported.")
def check(paths, fmt, output, rule_dirs, model, article_date, fail_on) -> None:
    """Check articles (.txt, .md, folders of them, or - for stdin) and report inconsistencies."""
    from .api import check_documents
    from .document import load_document
    from .facts import FileReport, Severity, ToolInfo
    from .nlp import ModelError, load_model, model_label
    from .report import build_report, render

    rules = _load_rules(rule_dirs)
    files, errors = expand_paths(paths)
    for e in errors:
        click.echo(f"claimcheck: error: {e}", err=True)
    documents = []
    failed: dict[str, FileReport] = {}
    order: list[str] = []
    for f in files:
        order.append(f)
        try:
            documents.append(load_document(f))
        except InputError as exc:
            click.echo(f"claimcheck: error: {exc}", err=True)
            failed[f] = FileReport(path=f, error=str(exc))
    try:
        nlp = load_model(model) if documents else None
    except ModelError as exc:
        raise _fail(str(exc)) from None
    checked = {fr.path: fr for fr in check_documents(documents, rules, model, article_date)}
    by_path = {d.path if d.path != "<stdin>" else "-": d.path for d in documents}
    reports = [failed.get(f) or checked[by_path.get(f, f)] for f in order]
    tool = ToolInfo(version=__version__, model=model_label(nlp) if nlp else None, rules=len(rules.enabled))
    report = build_report(reports, tool)
    write_output(render(report, fmt, color=_use_color(output)), output)
    if errors or failed:
        raise click.exceptions.Exit(ExitStatus.ERROR)
    threshold = Severity(fail_on).rank
    worst = max((f.severity.rank for fr in reports for f in fr.findings), default=-1)
    raise click.exceptions.Exit(ExitStatus.FINDINGS if worst >= threshold else ExitStatus.OK)


@cli.command()
@click.argument("path")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False))
@click.option("--model", help="spaCy pipeline to use.")
@click.option("--date", "article_date", callback=_parse_date, metavar="YYYY-MM-DD")
def extract(path, fmt, rule_dirs, model, article_date) -> None:
    """Print the facts found in an article (why a rule fired, or did not)."""
    from .api import options_for, resolve_article_date
    from .document import load_document
    from .extract import extract_facts
    from .extract.show import render_facts
    from .nlp import ModelError, analyse

    rules = _load_rules(rule_dirs)
    try:
        document = load_document(path)
        chunks = analyse(document.analysis, model)
    except InputError as exc:
        raise _fail(str(exc)) from None
    except ModelError as exc:
        raise _fail(str(exc)) from None
    options = options_for(rules)
    options.families = frozenset({"entities", "quantities", "terms", "times", "claims"})
    day, source = resolve_article_date(document, article_date)
    facts = extract_facts(document, chunks, options, article_date=day, article_date_source=source)
    if fmt == "json":
        click.echo(facts.model_dump_json(indent=2))
    else:
        click.echo(render_facts(facts), nl=False)


@cli.group()
def rules() -> None:
    """List and test rules."""


@rules.command("list")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False))
def rules_list(rule_dirs) -> None:
    """List the rules: id, kind, severity, enabled, file."""
    ruleset = _load_rules(rule_dirs)
    width = max((len(r.id) for r in ruleset), default=4)
    for r in ruleset:
        click.echo(f"{r.id:<{width}}  {r.name:<22} {r.severity.value:<8} {'on ' if r.enabled else 'off'}  {r.path}")


@rules.command("test")
@click.argument("paths", nargs=-1)
@click.option("--model", help="spaCy pipeline to use.")
def rules_test(paths, model) -> None:
    """Run every rule file's examples; exit 1 when one fails."""
    from .engine.examples import run_examples
    from .engine.loader import RuleLoadError, load_rule_file, load_rules, rule_files
    from .nlp import ModelError

    try:
        if paths:
            ruleset = []
            for p in paths:
                pp = Path(p)
                files = rule_files(pp) if pp.is_dir() else [pp]
                ruleset.extend(load_rule_file(f, pp if pp.is_dir() else pp.parent) for f in files)
        else:
            ruleset = load_rules().rules
    except RuleLoadError as exc:
        for err in exc.errors:
            click.echo(f"claimcheck: rule error: {err}", err=True)
        raise click.exceptions.Exit(ExitStatus.ERROR) from None
    failures = 0
    total = 0
    try:
        for rule in ruleset:
            for res in run_examples(rule, model):
                total += 1
                if not res.ok:
                    failures += 1
                    click.echo(f"FAIL {rule.id} example {res.index + 1} ({rule.path}:{res.line or '?'}): {res.problem}")
    except ModelError as exc:
        raise _fail(str(exc)) from None
    click.echo(f"{total - failures} passed, {failures} failed")
    raise click.exceptions.Exit(ExitStatus.FINDINGS if failures else ExitStatus.OK)


def main(argv: list[str] | None = None) -> int:
    """Console-script entry point."""
    try:
        cli.main(args=argv, prog_name="claimcheck", standalone_mode=True)
    except SystemExit as exc:
        code = exc.code
        if code is None:
            return 0
        return code if isinstance(code, int) else ExitStatus.ERROR
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
