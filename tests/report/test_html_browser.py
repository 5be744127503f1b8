"""The HTML report in headless Chromium: highlights, pairing, filters, inert payloads.

Needs Debian's chromium and chromium-driver and selenium (the `test` extra); skips cleanly
without them. Screenshots land in $CLAIMCHECK_SCREENSHOTS when set.
"""

import json
import time

import pytest

from chromium import chrome, screenshot_path  # noqa: F401  (chrome is a fixture)
from conftest import run_cli
from sample_reports import PAYLOAD_TEXT, names_report, payload_report

from claimcheck.report import render

pytestmark = pytest.mark.browser

UNSET = ("rgba(0, 0, 0, 0)", "transparent")


def open_page(driver, path):
    driver.get(path.as_uri())
    assert driver.execute_script("return document.documentElement.classList.contains('js')"), \
        "the page's script did not run (CSP hash or a script error)"


def settle(driver, limit=5.0):
    """Wait until smooth scrolling stops (the screenshot shows where the page ends up)."""
    end = time.monotonic() + limit
    last = None
    while time.monotonic() < end:
        now = driver.execute_script("return window.scrollY")
        if now == last:
            return
        last = now
        time.sleep(0.15)


def span_state(driver, token):
    return driver.execute_script("""
        const els = [...document.querySelectorAll('mark[data-spans~="' + arguments[0] + '"]')];
        return els.map(e => ({text: e.textContent, on: e.classList.contains('on'), off: e.classList.contains('off'),
                              bg: getComputedStyle(e).backgroundColor, outline: getComputedStyle(e).outlineStyle,
                              n: e.getAttribute('data-n')}));""", token)


def reload_until(driver, script, limit=10.0):
    """Reload until `script` returns something truthy; return its last value.

    Chromium hands a local-storage write to its browser process asynchronously; on a busy
    machine a reload can read the store before the write lands (the page reads it once, at
    load). A later reload sees it; a decision that is never stored still fails.
    """
    end = time.monotonic() + limit
    while True:
        driver.refresh()
        value = driver.execute_script(script)
        if value or time.monotonic() > end:
            return value
        time.sleep(0.25)


def click(driver, selector):
    el = driver.find_element("css selector", selector)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", el)
    el.click()


@pytest.mark.model
def test_seed_report_highlights_every_span_and_pairs_the_names(chrome, seed_path, tmp_path):
    out = tmp_path / "seed.html"
    r = run_cli("check", str(seed_path), "--format", "html", "--output", str(out))
    assert r.returncode == 1, r.stderr
    report = json.loads(run_cli("check", str(seed_path), "--format", "json").stdout)
    findings = report["files"][0]["findings"]
    assert findings
    chrome.set_window_size(1440, 1000)
    open_page(chrome, out)
    chrome.save_screenshot(str(screenshot_path(tmp_path, "seed-report.png")))

    for f in findings:
        for i, span in enumerate(f["evidence"]):
            state = span_state(chrome, f"f0-{f['id']}:{i}")
            assert "".join(s["text"] for s in state) == span["text"]
            assert all(s["bg"] not in UNSET and not s["off"] for s in state), (f["rule"], span["text"])

    names = next(f for f in findings if f["kind"] == "name-variants"
                 and {"Andrea Iervolino", "Domenico Iervolino"} <= {s["text"] for s in f["evidence"]})
    key = f"f0-{names['id']}"
    click(chrome, f'li.finding[data-key="{key}"] button.pick')
    settle(chrome)
    chrome.save_screenshot(str(screenshot_path(tmp_path, "seed-report-names-selected.png")))
    lit = {}
    for i, span in enumerate(names["evidence"]):
        state = span_state(chrome, f"{key}:{i}")
        assert all(s["on"] and s["outline"] == "solid" for s in state)
        assert state[0]["n"] == str(i + 1)  # numbered 1, 2 … as in the finding's evidence list
        lit[span["text"]] = True
    assert lit.get("Andrea Iervolino") and lit.get("Domenico Iervolino")
    others = chrome.execute_script(
        "return [...document.querySelectorAll('mark.ev.on')].filter(e => !e.dataset.f.split(' ').includes(arguments[0])).length",
        key)
    assert others == 0
    assert chrome.execute_script("return location.hash") == "#" + key

    # filtering the finding's severity out hides its card and takes its highlight away
    click(chrome, f'button.chip[data-filter="severity"][data-value="{names["severity"]}"]')
    assert not chrome.find_element("css selector", f'li.finding[data-key="{key}"]').is_displayed()
    assert all(s["off"] for s in span_state(chrome, f"{key}:0"))


def test_overlapping_spans_cycle_filters_and_decisions(chrome, tmp_path):
    rep = names_report()
    out = tmp_path / "names.html"
    out.write_text(render(rep, "html"), encoding="utf-8")
    names, money = rep.files[0].findings
    open_page(chrome, out)
    shared = 'mark.ev.multi'
    click(chrome, shared)  # the error first (higher severity) ...
    assert chrome.execute_script("return document.querySelector('li.finding.active').dataset.id") == money.id
    click(chrome, shared)  # ... then the other finding on the same words
    assert chrome.execute_script("return document.querySelector('li.finding.active').dataset.id") == names.id
    chrome.save_screenshot(str(screenshot_path(tmp_path, "overlap-report.png")))

    # the rule filter: hide the budget rule, the shared words fall back to the warning colour
    click(chrome, 'button.chip[data-filter="rule"][data-value="numbers/budget"]')
    sev = chrome.execute_script(f"return document.querySelector('{shared}').dataset.sev")
    assert sev == "warning"

    # dismiss the name finding: it greys out, its only-own spans lose their highlight, and
    # the decision survives a reload (local storage, keyed by path and finding id)
    click(chrome, f'li.finding[data-id="{names.id}"] button.dismiss')
    assert chrome.execute_script(f"return document.querySelector('li.finding[data-id=\"{names.id}\"]').dataset.decision") == "dismissed"
    assert all(s["off"] for s in span_state(chrome, f"f0-{names.id}:0"))
    assert "1 dismissed" in chrome.find_element("id", "review-status").text
    stored = chrome.execute_script(
        "return Object.keys(localStorage).filter(k => k.startsWith('claimcheck:decision:'))"
        ".map(k => localStorage.getItem(k))")
    assert stored == ["dismissed"]  # in local storage, not the in-memory fallback
    decided = f"return document.querySelector('li.finding[data-id=\"{names.id}\"]').dataset.decision"
    assert reload_until(chrome, decided) == "dismissed"


INERT = """
    const a = document.querySelector('article.text');
    return {pwned: window.__pwned === undefined ? null : window.__pwned,
            scripts: document.scripts.length,
            injected: document.querySelectorAll('article script, article img, article svg, aside img, aside script, h1 img').length,
            marked: a.querySelectorAll('mark.ev').length,
            text: a.textContent};"""


def test_payloads_in_evidence_messages_and_paths_stay_inert(chrome, tmp_path):
    out = tmp_path / "payload.html"
    out.write_text(render(payload_report(), "html"), encoding="utf-8")
    open_page(chrome, out)
    click(chrome, "li.finding button.pick")
    click(chrome, "li.finding button.jump")
    state = chrome.execute_script(INERT)
    assert state["pwned"] is None and state["scripts"] == 1 and state["injected"] == 0
    assert state["marked"] >= 2 and state["text"] == PAYLOAD_TEXT
    assert "<script>alert(1)</script>" in chrome.find_element("css selector", "li.finding .message").text


@pytest.mark.model
def test_article_with_html_and_js_payloads_renders_inert(chrome, tmp_path):
    article = tmp_path / "payload.txt"
    article.write_text(
        'Festival director Marta Kowalczyk welcomed the jury on Friday. <script>window.__pwned = 1</script>\n\n'
        'Critics wrote "><img src=x onerror="window.__pwned = 2"> that the opening film ran long.\n\n'
        'On Sunday, Ewa Kowalczyk announced the winners. <svg onload="window.__pwned = 3"></svg>\n',
        encoding="utf-8")
    out = tmp_path / "payload.html"
    r = run_cli("check", str(article), "--format", "html", "--output", str(out))
    assert r.returncode == 1, r.stderr
    open_page(chrome, out)
    click(chrome, "li.finding button.pick")
    state = chrome.execute_script(INERT)
    chrome.save_screenshot(str(screenshot_path(tmp_path, "payload-report.png")))
    assert state["pwned"] is None
    assert state["scripts"] == 1 and state["injected"] == 0 and state["marked"] >= 2
    assert state["text"] == article.read_text(encoding="utf-8")
