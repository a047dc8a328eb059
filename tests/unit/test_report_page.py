"""The report page: one self-contained file, every string escaped, no script, nothing fetched."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

from reportfactory import NOW, PARTIES
from test_report_core import HOSTILE, search

from followupd.core.report.build import build_report
from followupd.report_page import render_report, span

EVIL_EMPLOYER = "<b onmouseover=alert(2)>Acme</b> & Sons"


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text between them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _page() -> str:
    views, ledger = search()
    views[0] = replace(views[0], state=replace(views[0].state, company=EVIL_EMPLOYER))
    report = build_report(views, ledger, parties=PARTIES, now=NOW, zone=ZoneInfo("UTC"))
    return render_report(report, zone=ZoneInfo("Europe/Berlin"))


def test_hostile_subjects_and_names_stay_text() -> None:
    page = _page()
    parsed = Tags()
    parsed.feed(page)
    names = [tag for tag, _ in parsed.tags]
    assert "script" not in names and "img" not in names and "b" not in names
    handlers = [(t, a) for t, attrs in parsed.tags for a in attrs if a.lower().startswith("on")]
    assert handlers == []
    assert HOSTILE not in page and EVIL_EMPLOYER not in page
    assert "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in page  # in the SVG tooltip
    assert "&lt;b onmouseover=alert(2)&gt;Acme&lt;/b&gt; &amp; Sons" in page
    text = "".join(parsed.text)
    assert EVIL_EMPLOYER in text  # what a person reads is the name as it was written


def test_self_contained_and_locked_down() -> None:
    page = _page()
    parsed = Tags()
    parsed.feed(page)
    links = [
        value
        for _, attrs in parsed.tags
        for key, value in attrs.items()
        if key in {"href", "src", "xlink:href", "action"} and value is not None
    ]
    assert all(link.startswith("#") for link in links), links
    assert "http://" not in page.replace("http://www.w3.org/", "")
    assert "https://" not in page
    [policy] = [
        a["content"] for t, a in parsed.tags if a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert policy is not None and "default-src 'none'" in policy and "script-src" not in policy
    ids = [a["id"] for t, a in parsed.tags if t == "svg"]
    assert ids == ["chart-funnel", "chart-weekly", "chart-timeline", "chart-responses"]
    assert page == _page()  # the same report renders the same bytes
    assert "Wed 10 Mar 2027 13:00" in page  # times in the user's zone (Berlin, UTC+1)


def test_every_application_has_a_timeline_row_and_the_funnel_its_numbers() -> None:
    parsed = Tags()
    parsed.feed(_page())
    rows = [a["data-application"] for t, a in parsed.tags if t == "tr" and "data-application" in a]
    assert {"a-acme", "b-bright", "c-cobalt", "d-delta", "e-echo", "f-cobalt"} <= set(rows)
    stages = [a["data-stage"] for t, a in parsed.tags if t == "tr" and "data-stage" in a]
    assert stages == [
        "applied", "answered", "interviewed", "offer", "declined", "silent", "moved on",
        "in progress",
    ]  # fmt: skip


def test_durations_read_as_a_person_says_them() -> None:
    assert span(timedelta(minutes=4, seconds=40)) == "5 min"
    assert span(timedelta(hours=5, minutes=30)) == "5.5 h"
    assert span(timedelta(days=2, hours=12)) == "2.5 days"
    assert span(timedelta(seconds=-3)) == "0 min"
