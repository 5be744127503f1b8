"""Hand-built reports for renderer tests: no model, spans made by the real Document."""

from __future__ import annotations

from claimcheck.document import document_from_text
from claimcheck.engine.run import finding_id
from claimcheck.facts import FileReport, Finding, Report, Severity, Span, ToolInfo
from claimcheck.report import build_report

TOOL = ToolInfo(version="0.1.0", model="en_test-1.0", rules=3, rules_digest="0123abcd4567")


def span(text: str, needle: str, occurrence: int = 0) -> Span:
    """The ``occurrence``-th ``needle`` in ``text`` as a Span (line and column included)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return document_from_text(text).original_span(start, start + len(needle))


def finding(rule: str, severity: str, spans: list[Span], message: str | None = None,
            explanation: str = "Because the numbers disagree.", kind: str | None = None,
            link: str | None = None) -> Finding:
    return Finding(id=finding_id(rule, spans), rule=rule, kind=kind or rule.split("/")[-1],
                   severity=Severity(severity), message=message or f"{rule} conflict",
                   explanation=explanation, evidence=spans, link=link)


def file_report(path: str, text: str, findings: list[Finding], **extra) -> FileReport:
    return FileReport(path=path, findings=findings, **extra).with_text(text)


def report(*files: FileReport) -> Report:
    return build_report(files, TOOL)


NAMES_TEXT = (
    "Producer Lena Marchetti opened the festival on Friday.\n\n"
    "The budget was 12 million euros, officials said.\n\n"
    "Later, Paola Marchetti said the budget was 15 million euros.\n"
)


def names_report(path: str = "festival.txt") -> Report:
    """Two findings whose spans overlap ("Paola Marchetti said the budget was 15 million")."""
    t = NAMES_TEXT
    names = finding("names/name-variants", "warning", [span(t, "Lena Marchetti"), span(t, "Paola Marchetti")],
                    message="Conflicting names for one surname: Lena Marchetti / Paola Marchetti")
    money = finding("numbers/budget", "error", [span(t, "12 million euros"),
                                                span(t, "Paola Marchetti said the budget was 15 million euros")],
                    message="The budget is 12 million euros, then 15 million euros",
                    explanation="12 million ≠ 15 million (a 25% difference).")
    return report(file_report(path, t, [names, money]))


PAYLOAD_TEXT = (
    'Ana Ruiz wrote <script>window.__pwned = 1</script> the story.\n\n'
    'Later "><img src=x onerror="window.__pwned = 2"> Eva Ruiz edited it & <b>signed</b> it.\n'
)


def payload_report() -> Report:
    """Evidence, message, explanation, link and path all carrying HTML/JS payloads."""
    t = PAYLOAD_TEXT
    f = finding("names/name-variants", "warning",
                [span(t, "Ana Ruiz wrote <script>"), span(t, 'onerror="window.__pwned = 2"> Eva Ruiz')],
                message='Conflicting names: <script>alert(1)</script> / "><img src=x onerror=alert(2)>',
                explanation="<i>both</i> & more", link="javascript:alert(3)")
    return report(file_report('"><img src=x onerror=alert(4)>.txt', t, [f]))
