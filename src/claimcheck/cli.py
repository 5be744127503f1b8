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
from .document import InputError

__all__ = ["main", "cli", "ExitStatus"]


class ExitStatus(IntEnum):
    OK = 0
    FINDINGS = 1
    ERROR = 2


FORMATS = ["text", "json", "markdown", "html", "sarif", "line"]
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


def _config(target=None, explicit: str | None = None):
    """The configuration for a path (or the current folder); a broken file exits 2."""
    from .config import ConfigError, config_for

    try:
        return config_for(target, explicit)
    except ConfigError as exc:
        raise _fail(f"config error: {exc}") from None


def _load_rules(rule_dirs: tuple[str, ...], config=None, deep: bool = True):
    """The rules in force: the configuration's folders and switches, plus ``--rules``."""
    from .config import ConfigError, load_project_rules
    from .engine.loader import RuleLoadError
    from .engine.plugins import PluginError

    config = config if config is not None else _config()
    try:
        return load_project_rules(config, rule_dirs, deep=deep)
    except RuleLoadError as exc:
        for err in exc.errors:
            click.echo(f"claimcheck: rule error: {err}", err=True)
        raise click.exceptions.Exit(ExitStatus.ERROR) from None
    except (ConfigError, PluginError) as exc:
        raise _fail(f"config error: {exc}") from None


def _load_sources(source_dirs: tuple[str, ...], include_builtin: bool = True):
    from .evidence.loader import SourceLoadError, load_sources

    try:
        return load_sources(source_dirs, include_builtin=include_builtin)
    except SourceLoadError as exc:
        for err in exc.errors:
            click.echo(f"claimcheck: source error: {err}", err=True)
        raise click.exceptions.Exit(ExitStatus.ERROR) from None


def _needs_sources(rules) -> bool:
    return any("sources" in r.needs for r in rules if r.enabled)


_SOURCE_SETS: dict = {}


def _sources_for(config, source_dirs: tuple[str, ...], no_default: bool):
    """The sources of one configuration group: --sources, the file's ``sources``, the shipped
    sources/ unless turned off; loaded once per distinct set of folders."""
    folders = (*source_dirs, *(str(p) for p in config.source_folders()))
    builtin = not no_default and config.builtin_sources
    key = (folders, builtin)
    if key not in _SOURCE_SETS:
        _SOURCE_SETS[key] = _load_sources(folders, include_builtin=builtin)
    return _SOURCE_SETS[key]


def expand_paths(paths: tuple[str, ...], excludes: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """Files to check from the arguments (folders recursively, minus .gitignore-style
    ``excludes``); and errors for the rest. See :mod:`claimcheck.discover`."""
    from .discover import find_articles

    return find_articles(paths, excludes)


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
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Report format: text, json, markdown, html (a page to review in a browser), "
                   "sarif (code scanning), line (path:line:col: severity rule: message) "
                   "[default: text, or `format` in the configuration].")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report to this file.")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False),
              help="An extra folder of rule files (repeatable).")
@click.option("--model", help="spaCy pipeline to use (package name or path).")
@click.option("--date", "article_date", callback=_parse_date, metavar="YYYY-MM-DD",
              help="The article's publication date (overrides front matter and datelines).")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default=None,
              help="Exit 1 when a finding of this severity or higher is reported "
                   "[default: warning, or `fail-on` in the configuration].")
@click.option("--exclude", "excludes", multiple=True, metavar="GLOB",
              help="Skip files a folder walk finds that match this .gitignore-style pattern (repeatable).")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Parser processes for many files (nlp.pipe n_process); 0 = one per CPU.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Use this configuration file instead of the nearest claimcheck.toml/pyproject.toml.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False),
              help="A baseline of accepted findings (overrides `baseline` in the configuration).")
@click.option("--write-baseline", is_flag=True,
              help="Accept every current finding into the baseline file, then exit 0.")
@click.option("--sources", "source_dirs", multiple=True, type=click.Path(file_okay=False),
              help="An extra folder of trusted sources: fact sheets and source texts (repeatable).")
@click.option("--no-default-sources", is_flag=True,
              help="Do not use the shipped sources/ (only those given with --sources or in the configuration).")
def check(paths, fmt, output, rule_dirs, model, article_date, fail_on, excludes, jobs, quiet, config_path,
          baseline_path, write_baseline, source_dirs, no_default_sources) -> None:
    """Check articles (.txt, .md, folders of them, or - for stdin) and report inconsistencies."""
    from .api import check_paths
    from .config import group_by_config
    from .engine.baseline import DEFAULT_BASELINE, BaselineError, load_baseline, write_baseline as save
    from .facts import Severity, ToolInfo
    from .nlp import ModelError, load_model, model_label
    from .progress import progress_wanted, with_progress
    from .report import build_report, render

    files, errors = expand_paths(paths, excludes)
    for e in errors:
        click.echo(f"claimcheck: error: {e}", err=True)
    first = _config(files[0] if files else None, config_path)
    fmt, fail_on, model = fmt or first.format or "text", fail_on or first.fail_on or "warning", model or first.model
    groups = []  # per configuration: (config, rules, baseline, baseline path, articles)
    try:
        for config, members in group_by_config(files, config_path):
            where = Path(baseline_path) if baseline_path else config.baseline_path()
            if where and not where.exists() and not write_baseline:
                raise BaselineError(f"{where}: baseline file not found")
            baseline = load_baseline(where) if where and where.exists() else None
            groups.append((config, _load_rules(rule_dirs, config), baseline, where, members))
    except BaselineError as exc:
        raise _fail(str(exc)) from None
    if not groups:
        groups.append((first, _load_rules(rule_dirs, first), None, None, []))
    try:
        nlp = load_model(model) if files else None
    except ModelError as exc:
        raise _fail(str(exc)) from None
    n_process = max(1, min(jobs or (os.cpu_count() or 1), len(files) or 1))

    evidence = [_sources_for(config, source_dirs, no_default_sources) if _needs_sources(rules) else None
                for config, rules, *_ in groups]  # loaded before any article: a broken source stops the run

    def stream():
        for (config, rules, baseline, _, members), sources in zip(groups, evidence):
            yield from check_paths(members, rules, model, article_date, config.article_date,
                                   n_process=n_process, baseline=baseline, sources=sources)

    done: dict[str, list] = {}
    for fr in with_progress(stream(), len(files), progress_wanted(quiet)):
        if fr.error:
            click.echo(f"claimcheck: error: {fr.error}", err=True)
        done.setdefault("-" if fr.path == "<stdin>" else fr.path, []).append(fr)
    reports = [done[f].pop(0) for f in files]
    rules = groups[0][1]
    if write_baseline:
        target = Path(baseline_path) if baseline_path else (groups[0][3] or Path(DEFAULT_BASELINE))
        count = save(target, reports, groups[0][2])
        click.echo(f"claimcheck: accepted {count} finding(s) in {target}", err=True)
        raise click.exceptions.Exit(ExitStatus.ERROR if errors or any(fr.error for fr in reports) else ExitStatus.OK)
    tool = ToolInfo(version=__version__, model=model_label(nlp) if nlp else None, rules=len(rules.enabled),
                    rules_digest=rules.digest())
    report = build_report(reports, tool)
    write_output(render(report, fmt, color=_use_color(output)), output)
    if errors or any(fr.error for fr in reports):
        raise click.exceptions.Exit(ExitStatus.ERROR)
    threshold = Severity(fail_on).rank
    worst = max((f.severity.rank for fr in reports for f in fr.findings), default=-1)
    raise click.exceptions.Exit(ExitStatus.FINDINGS if worst >= threshold else ExitStatus.OK)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the JSON report (docs/report-format.md describes each field)."""
    import json

    from .report.json_report import json_schema

    click.echo(json.dumps(json_schema(), indent=2))


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

    config = _config(path)
    rules = _load_rules(rule_dirs, config)
    model = model or config.model
    try:
        document = load_document(path)
        chunks = analyse(document.analysis, model)
    except InputError as exc:
        raise _fail(str(exc)) from None
    except ModelError as exc:
        raise _fail(str(exc)) from None
    options = options_for(rules)
    options.families = frozenset({"entities", "quantities", "terms", "times", "claims", "patterns", "forms", "records"})
    day, source = resolve_article_date(document, article_date, config.article_date)
    facts = extract_facts(document, chunks, options, article_date=day, article_date_source=source)
    if fmt == "json":
        click.echo(facts.model_dump_json(indent=2))
    else:
        click.echo(render_facts(facts), nl=False)


CONFIG_OPTION = click.option("--config", "config_path", type=click.Path(dir_okay=False),
                             help="Use this configuration file instead of the nearest one.")
RULES_OPTION = click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False),
                            help="An extra folder of rule files (repeatable).")


def _shown(path) -> str:
    """A path as the user would type it: relative to the current folder when inside it."""
    if path is None:
        return "-"
    try:
        return Path(path).resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def _rule_or_exit(ruleset, rule_id: str):
    import difflib

    rule = ruleset.get(rule_id)
    if rule is None:
        close = difflib.get_close_matches(rule_id, [r.id for r in ruleset], n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else "; `claimcheck rules list` shows them all"
        raise _fail(f"no rule {rule_id!r}{hint}")
    return rule


@cli.group()
def rules() -> None:
    """List, show, test and create rules."""


@rules.command("list")
@RULES_OPTION
@CONFIG_OPTION
def rules_list(rule_dirs, config_path) -> None:
    """List the rules: id, kind, severity, enabled, file."""
    ruleset = _load_rules(rule_dirs, _config(None, config_path), deep=False)
    width = max((len(r.id) for r in ruleset), default=4)
    kind_width = max((len(r.name) for r in ruleset), default=4)
    for r in ruleset:
        click.echo(f"{r.id:<{width}}  {r.name:<{kind_width}}  {r.severity.value:<8} "
                   f"{'on ' if r.enabled else 'off'}  {_shown(r.path)}")


@rules.command("show")
@click.argument("rule_id", metavar="ID")
@RULES_OPTION
@CONFIG_OPTION
def rules_show(rule_id, rule_dirs, config_path) -> None:
    """Everything about one rule: settings, parameters and examples."""
    from .engine.authoring import show_rule

    rule = _rule_or_exit(_load_rules(rule_dirs, _config(None, config_path)), rule_id)
    click.echo(show_rule(rule), nl=False)


@rules.command("test")
@click.argument("paths", nargs=-1)
@click.option("--model", help="spaCy pipeline to use.")
@RULES_OPTION
@CONFIG_OPTION
@click.option("--verbose", "-v", is_flag=True, help="Also list the examples that pass.")
def rules_test(paths, model, rule_dirs, config_path, verbose) -> None:
    """Run the examples of every rule (or of the rule files and folders given); exit 1 when one fails."""
    from .engine.examples import failure_report, run_examples
    from .engine.loader import RuleLoadError, load_rule_paths
    from .nlp import ModelError
    from .paths import builtin_rules_dir

    config = _config(None, config_path)
    if paths:
        _load_plugins(config)
        roots = [builtin_rules_dir(), *config.rule_folders(), *rule_dirs]
        try:
            ruleset = load_rule_paths(paths, roots)
        except RuleLoadError as exc:
            for err in exc.errors:
                click.echo(f"claimcheck: rule error: {err}", err=True)
            raise click.exceptions.Exit(ExitStatus.ERROR) from None
    else:
        ruleset = _load_rules(rule_dirs, config)
    failures = total = 0
    try:
        for rule in ruleset:
            for res in run_examples(rule, model or config.model):
                total += 1
                if not res.ok:
                    failures += 1
                    click.echo(failure_report(res, _shown(rule.path)) + "\n")
                elif verbose:
                    click.echo(f"ok   {rule.id}, example {res.index + 1}")
    except ModelError as exc:
        raise _fail(str(exc)) from None
    no_examples = [r.id for r in ruleset if not r.examples]
    for rid in no_examples:
        click.echo(f"warning: {rid} has no examples; add one it must flag and one with expect: 0", err=True)
    click.echo(f"{total - failures} passed, {failures} failed ({len(ruleset)} rule{'s' if len(ruleset) != 1 else ''})")
    raise click.exceptions.Exit(ExitStatus.FINDINGS if failures else ExitStatus.OK)


@rules.command("new")
@click.argument("rule_id", metavar="ID")
@click.option("--kind", "kind_name", required=True, help="The kind of rule (see `claimcheck kinds`).")
@click.option("--dir", "folder", type=click.Path(file_okay=False),
              help="The rules folder to write into [default: the first of `rules` in the configuration, else ./rules].")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@CONFIG_OPTION
def rules_new(rule_id, kind_name, folder, force, config_path) -> None:
    """Write a commented starter rule file for a kind, with examples to fill in."""
    import difflib

    from .engine.authoring import check_rule_id, rule_file_for, starter_rule
    from .engine.kinds import KINDS
    from .engine.loader import RuleLoadError, load_rule_file

    config = _config(None, config_path)
    _load_plugins(config)
    problem = check_rule_id(rule_id)
    if problem:
        raise _fail(problem)
    cls = KINDS.get(kind_name)
    if cls is None:
        close = difflib.get_close_matches(kind_name, KINDS, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise _fail(f"unknown kind {kind_name!r}{hint}; known kinds: {', '.join(sorted(KINDS))}")
    root = Path(folder) if folder else (config.rule_folders()[0] if config.rules else Path("rules"))
    target = rule_file_for(rule_id, root)
    if target.exists() and not force:
        raise _fail(f"{target} exists; use --force to replace it")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(starter_rule(rule_id, cls), encoding="utf-8")
    click.echo(f"Created {_shown(target)}")
    try:
        load_rule_file(target, root, deep=False)
    except RuleLoadError as exc:
        click.echo("Fill in before testing:", err=True)
        for err in exc.errors:
            click.echo(f"  {err}", err=True)
    click.echo(f"Next: write the examples and the TODOs, then run: claimcheck rules test {_shown(target)}")
    in_use = [p.resolve() for p in config.rule_folders()]
    if root.resolve() not in in_use:
        click.echo(f"To use it in `check`, add the folder to claimcheck.toml (rules = [\"{_shown(root)}\"]) "
                   f"or pass --rules {_shown(root)}")


def _load_plugins(config) -> None:
    from .engine.plugins import PluginError, load_kind_plugins

    if config.plugins:
        try:
            load_kind_plugins(config.plugins, where=config.describe())
        except PluginError as exc:
            raise _fail(f"config error: {exc}") from None


@cli.command()
@click.argument("name", metavar="ID")
@RULES_OPTION
@CONFIG_OPTION
def explain(name, rule_dirs, config_path) -> None:
    """What a rule (or a kind) flags, why, and an example."""
    from .engine.authoring import explain_kind, explain_rule
    from .engine.kinds import KINDS

    ruleset = _load_rules(rule_dirs, _config(None, config_path))
    rule = ruleset.get(name)
    if rule is None and name in KINDS:
        click.echo(explain_kind(KINDS[name]), nl=False)
        return
    click.echo(explain_rule(_rule_or_exit(ruleset, name)), nl=False)


@cli.command()
@click.argument("name", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True)
@CONFIG_OPTION
def kinds(name, fmt, config_path) -> None:
    """Every rule kind with its parameters (or one kind in full)."""
    from .engine.kinddoc import kind_text, kinds_json, kinds_markdown, kinds_text
    from .engine.kinds import KINDS

    _load_plugins(_config(None, config_path))
    if name is not None:
        if name not in KINDS:
            raise _fail(f"unknown kind {name!r}; known kinds: {', '.join(sorted(KINDS))}")
        click.echo(kind_text(KINDS[name], full=True), nl=False)
        return
    click.echo({"text": kinds_text, "json": kinds_json, "markdown": kinds_markdown}[fmt](), nl=False)


@cli.group()
def sources() -> None:
    """List, show and validate trusted sources (fact sheets and source texts)."""


_SOURCE_DIRS = click.option("--sources", "source_dirs", multiple=True, type=click.Path(file_okay=False),
                            help="An extra folder of sources (repeatable).")
_NO_DEFAULT = click.option("--no-default-sources", is_flag=True, help="Leave out the shipped sources/.")


@sources.command("list")
@_SOURCE_DIRS
@_NO_DEFAULT
def sources_list(source_dirs, no_default_sources) -> None:
    """List the sources: id, type, entity or title, number of facts, file."""
    from .evidence.show import list_lines

    for line in list_lines(_load_sources(source_dirs, not no_default_sources)):
        click.echo(line)


@sources.command("show")
@click.argument("name")
@_SOURCE_DIRS
@_NO_DEFAULT
def sources_show(name, source_dirs, no_default_sources) -> None:
    """Show one source (by id, entity, alias or title) with its facts and citations."""
    from .evidence.show import show_lines

    found = _load_sources(source_dirs, not no_default_sources).get(name)
    if found is None:
        raise _fail(f"no source named {name!r} (see `claimcheck sources list`)")
    for line in show_lines(found):
        click.echo(line)


@sources.command("check")
@click.argument("paths", nargs=-1)
def sources_check(paths) -> None:
    """Validate source folders or files (the shipped sources/ without arguments)."""
    from .evidence.loader import SHEET_SUFFIXES, SourceLoadError, load_sheet, load_sources, load_text

    errors: list[str] = []
    count = 0
    targets = [Path(p) for p in paths] or [None]
    for p in targets:
        try:
            if p is None:
                count += len(load_sources())
            elif p.is_dir():
                count += len(load_sources([p], include_builtin=False))
            elif p.exists():
                (load_sheet if p.suffix.lower() in SHEET_SUFFIXES else load_text)(p)
                count += 1
            else:
                errors.append(f"{p}: no such file or folder")
        except SourceLoadError as exc:
            errors.extend(str(e) for e in exc.errors)
    for e in errors:
        click.echo(f"claimcheck: source error: {e}", err=True)
    if errors:
        raise click.exceptions.Exit(ExitStatus.ERROR)
    click.echo(f"{count} source file{'s' if count != 1 else ''} valid")


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
