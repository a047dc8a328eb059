"""A page opened as a person would: Debian's headless Chromium, driven through chromedriver.

Nothing is downloaded: Selenium is pointed at /usr/bin/chromium and /usr/bin/chromedriver
(`make deps` installs both) and told to stay offline, so its driver manager never runs.
What the page logs to the console and every request it makes are read from Chromium's own
logs (the DevTools Network domain), and a screenshot covers the whole page.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.remote.webdriver import WebDriver

CHROMIUM = Path("/usr/bin/chromium")
DRIVER = Path("/usr/bin/chromedriver")
# Root needs --no-sandbox; the rest keeps a headless browser from calling home on its own.
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--no-first-run",
    "--no-default-browser-check",
    "--window-size=1280,900",
)
TIMEOUT = 15  # seconds for a page load: a file from disk takes well under one
# Chromium's own pages (the start page it opens by itself) are these; a page from disk
# cannot load them (Chromium refuses), so requests to or from them are the browser's.
BROWSER_SCHEMES = ("chrome:", "chrome-untrusted:", "devtools:")


@contextmanager
def chromium(profile: Path) -> Iterator[WebDriver]:
    """A headless Chromium with a fresh profile in `profile`, quit on leaving the block."""
    missing = [str(p) for p in (CHROMIUM, DRIVER) if shutil.which(str(p)) is None]
    hint = "`make deps` installs Debian's chromium and chromium-driver"
    assert not missing, f"{', '.join(missing)} missing: {hint}"
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium's driver manager must not fetch
    os.environ.setdefault("SE_AVOID_STATS", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    try:
        driver.set_page_load_timeout(TIMEOUT)
        driver.set_script_timeout(TIMEOUT)
        yield driver
    finally:
        driver.quit()


@dataclass(frozen=True)
class Loaded:
    """What opening a page did: console errors, and every URL it requested (the browser's own
    start page left out)."""

    console_errors: list[str]
    requests: list[str]


def open_page(driver: WebDriver, path: Path) -> Loaded:
    """Open the file at `path` and wait for it; what the start page did before is dropped."""
    driver.get_log("performance")
    driver.get_log("browser")
    driver.get(path.as_uri())
    state = driver.execute_script("return document.readyState")
    assert state == "complete", state
    events = [json.loads(entry["message"])["message"] for entry in driver.get_log("performance")]
    sent = [e["params"] for e in events if e["method"] == "Network.requestWillBeSent"]
    requests = [
        p["request"]["url"]
        for p in sent
        if not p["request"]["url"].startswith(BROWSER_SCHEMES)
        and not p.get("documentURL", "").startswith(BROWSER_SCHEMES)
    ]
    errors = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    return Loaded(errors, requests)


def funnel_numbers(driver: WebDriver) -> dict[str, int]:
    """The report's funnel table as the page shows it: stage -> count."""
    rows = driver.execute_script(
        "return [...document.querySelectorAll('#funnel-table tr[data-stage]')]"
        ".map(r => [r.dataset.stage, r.querySelector('td.count').textContent])"
    )
    return {stage: int(count) for stage, count in rows}


def screenshot(driver: WebDriver, path: Path) -> Path:
    """A PNG of the whole page (beyond the window), written to `path`."""
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics["cssContentSize"]
    clip = {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": clip}
    )
    path.write_bytes(base64.b64decode(shot["data"]))
    return path
