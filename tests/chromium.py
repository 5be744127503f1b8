"""Headless Chromium for page tests (Debian's chromium + chromium-driver, driven by selenium).

Tests that use the ``chrome`` fixture are marked ``browser`` and skip cleanly when
selenium, Chromium or its driver is missing, or when Chromium cannot start. Screenshots go
to ``$CLAIMCHECK_SCREENSHOTS`` when set (to look at them), else to the test's tmp folder.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# flags that work in a container without a display, network or sandbox privileges
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
    "--window-size=1440,1000",
)


def _which(*names: str) -> str | None:
    return next((p for p in map(shutil.which, names) if p), None)


@pytest.fixture
def chrome(tmp_path):
    """A selenium WebDriver on headless Chromium, with a fresh profile."""
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service

    binary = _which("chromium", "chromium-browser", "google-chrome")
    driver_path = _which("chromedriver")
    if not binary or not driver_path:
        pytest.skip("Chromium is not installed (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    try:
        driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    except WebDriverException as exc:
        pytest.skip(f"Chromium would not start: {exc.msg}")
    try:
        yield driver
    finally:
        driver.quit()


def screenshot_path(tmp_path: Path, name: str) -> Path:
    folder = Path(os.environ.get("CLAIMCHECK_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / name
