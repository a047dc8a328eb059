"""The report's plots, drawn by pygal as inline SVG: no script, no link, nothing fetched.

pygal serialises through ElementTree, so every label and tooltip (employers' names and
subjects are hostile input) is escaped on the way out. Its interactive tooltips need a
script it would load from the web, so the charts are rendered without one: a filter strips
the script, pygal's comments and the data only that script reads, gives each chart a stable
id (the same report renders to the same bytes) and rounds coordinates to keep the file small.
A mark's text stays as an SVG <title>, which a browser shows on hover with no script at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import Any
from xml.etree import ElementTree

import pygal
from pygal.style import Style

from followupd.core.report.funnel import STAGES, WEEKLY_STAGES, Funnel, Week
from followupd.core.report.responses import ResponseTimes
from followupd.core.report.timeline import Mark, MarkKind, TimelineRow

MARK_COLOURS: dict[MarkKind, str] = {
    MarkKind.YOU: "#2f6fb3",
    MarkKind.PERSON: "#2e9e4f",
    MarkKind.AUTOMATED: "#9a9a9a",
    MarkKind.REJECTION: "#d43d2f",
    MarkKind.OFFER: "#e6a700",
    MarkKind.INTERVIEW: "#7b4fb8",
    MarkKind.DRAFT: "#f07f16",
    MarkKind.PLANNED: "#f6c48e",
    MarkKind.MISSED: "#8a5a44",
}
STAGE_COLOURS: dict[str, str] = {
    "applied": "#2f6fb3",
    "answered": "#2e9e4f",
    "interviewed": "#7b4fb8",
    "offer": "#e6a700",
    "declined": "#d43d2f",
    "silent": "#9a9a9a",
    "moved on": "#5f6b7a",
}
# Employers in the response-time plot: those with two answers or more (a box needs a spread),
# the busiest first (the table lists every one).
MAX_BOXES = 20
MIN_WAITS = 2
BOX_WIDTH = 60
ROW_HEIGHT = 22
_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', sans-serif"
_SCRIPT_ONLY = {"script", "desc"}  # what only pygal's tooltip script reads
_NUMBER = re.compile(r"-?\d+\.\d{2,}")
_NUMERIC_ATTRS = ("x", "y", "cx", "cy", "x1", "x2", "y1", "y2", "width", "height", "r")


def _style(colours: Sequence[str]) -> Style:
    return Style(
        background="white",
        plot_background="white",
        foreground="#333333",
        foreground_strong="#111111",
        foreground_subtle="#d8d8d8",
        opacity="0.85",
        opacity_hover="1",
        transition="0ms",
        font_family=_FONT,
        label_font_size=11,
        major_label_font_size=11,
        legend_font_size=12,
        value_font_size=11,
        title_font_size=14,
        guide_stroke_color="#e3e6ea",
        major_guide_stroke_color="#c9ced6",
        guide_stroke_dasharray="1,0",
        major_guide_stroke_dasharray="1,0",
        colors=tuple(colours),
    )


def _options(colours: Sequence[str], **extra: Any) -> dict[str, Any]:
    """Options every chart shares: no script from anywhere, no XML prolog (it is inline), and
    no title drawn (the page's headings name the charts)."""
    return {
        "style": _style(colours),
        "js": [],
        "disable_xml_declaration": True,
        "width": 1040,
        **extra,
    }


def _round(match: re.Match[str]) -> str:
    return f"{float(match.group(0)):.1f}"


def _cleaner(name: str, label: str) -> Callable[[ElementTree.Element], ElementTree.Element]:
    """pygal's xml filter: strip script-only parts, set a stable id and the chart's own name
    (its <title>, what a screen reader says), round coordinates."""

    def clean(root: ElementTree.Element) -> ElementTree.Element:
        old = root.get("id", "")
        new = f"chart-{name}"
        root.set("id", new)
        title = root.find("title")
        if title is not None:
            title.text = label
        for parent in list(root.iter()):
            for child in list(parent):
                # A comment's tag is the Comment factory, not a string.
                if not isinstance(child.tag, str) or child.tag in _SCRIPT_ONLY:
                    parent.remove(child)
        for node in root.iter():
            if node.tag == "style" and node.text and old:
                node.text = node.text.replace(old, new)
            for attr in (*_NUMERIC_ATTRS, "d", "points", "transform"):
                value = node.get(attr)
                if value is not None and "." in value:
                    node.set(attr, _NUMBER.sub(_round, value))
        return root

    return clean


def _render(chart: Any, name: str, label: str) -> str:
    chart.add_xml_filter(_cleaner(name, label))
    return str(chart.render(is_unicode=True))


def funnel_chart(result: Funnel) -> str:
    """One bar per stage, applied on top; each bar says its count and share."""
    chart = pygal.HorizontalBar(
        **_options(
            [STAGE_COLOURS[s] for s in STAGES],
            width=640,
            height=300,
            show_legend=False,
            print_values=True,
            value_formatter=lambda v: f"{v:g}",
        )
    )
    ordered = list(reversed(result.stages))  # pygal draws the first label at the bottom
    chart.x_labels = [s.stage for s in ordered]
    chart.add(
        "applications",
        [
            {
                "value": s.count,
                "color": STAGE_COLOURS[s.stage],
                "tooltip": f"{s.stage}: {s.count} ({s.share:.0%})",
            }
            for s in ordered
        ],
    )
    return _render(chart, "funnel", "Applications per stage")


def weekly_chart(weeks: Sequence[Week]) -> str:
    """Each stage's running total at the end of every week."""
    labels = [f"{w.start:%d %b}" for w in weeks]
    every = max(1, len(weeks) // 12)
    chart = pygal.Line(
        **_options(
            [STAGE_COLOURS[s] for s in WEEKLY_STAGES],
            height=340,
            legend_at_bottom=True,
            x_label_rotation=30,
            show_minor_x_labels=False,
            x_labels_major_every=every,
            dots_size=3,
        )
    )
    chart.x_labels = labels
    for stage in WEEKLY_STAGES:
        chart.add(
            stage,
            [
                {
                    "value": w.total[stage],
                    "tooltip": f"week of {w.start:%d %b}: {w.total[stage]} "
                    f"{stage} (+{w.new[stage]})",
                }
                for w in weeks
            ],
        )
    return _render(chart, "weekly", "Each stage's total week by week")


def _days(delta: timedelta) -> float:
    return round(delta.total_seconds() / 86400, 2)


def response_chart(times: ResponseTimes) -> str:
    """A box per employer: the median, the middle half and the extremes of their waits, in days."""
    spread = [e for e in times.employers if e.count >= MIN_WAITS]
    busiest = sorted(spread, key=lambda e: (-e.count, e.employer.casefold()))
    shown = sorted(busiest[:MAX_BOXES], key=lambda e: (e.median, e.employer.casefold()))
    chart = pygal.Box(
        **_options(
            ["#2f6fb3"] * len(shown),
            # As wide as its boxes need (a page scales it down, never up): one employer's box
            # stretched across the page would read as a wall, not a spread.
            width=min(1040, 170 + BOX_WIDTH * len(shown)),
            explicit_size=True,
            height=400,
            show_legend=False,
            box_mode="extremes",
            y_title="days",
            x_label_rotation=30,
            truncate_label=24,
        )
    )
    chart.x_labels = [e.employer for e in shown]
    for employer in shown:
        waits = [_days(w) for w in employer.waits]
        chart.add(
            employer.employer,
            [{"value": w, "tooltip": f"{employer.employer}: {w:g} days"} for w in waits],
        )
    return _render(chart, "responses", "Days until each employer answered")


def _stamp(moment: datetime) -> float:
    return moment.timestamp()


def _local_day(zone: tzinfo) -> Callable[[float], str]:
    return lambda ts: f"{datetime.fromtimestamp(ts, zone):%d %b}"


def _mondays(first: datetime, last: datetime, zone: tzinfo) -> list[float]:
    """Monday midnights (in `zone`) from before `first` to after `last`, as x labels."""
    day: date = first.astimezone(zone).date()
    day -= timedelta(days=day.weekday())
    stop = last.astimezone(zone).date() + timedelta(days=7)
    ticks = []
    while day <= stop:
        ticks.append(datetime(day.year, day.month, day.day, tzinfo=zone).timestamp())
        day += timedelta(days=7)
    step = max(1, len(ticks) // 14)
    return ticks[::step]


def _row_label(row: TimelineRow) -> str:
    role = f" · {row.role}" if row.role else ""
    return f"{row.employer}{role} — {row.state}"


def timeline_chart(
    rows: Sequence[TimelineRow], *, now: datetime, zone: tzinfo, describe: Callable[[Mark], str]
) -> str:
    """One row per application, the newest on top; a mark per message, interview and draft.

    `describe(mark)` gives a mark's hover text; a grey line marks `now`.
    """
    moments = [m.at for r in rows for m in r.marks] + [now]
    first, last = min(moments), max(moments)
    chart = pygal.XY(
        **_options(
            [*MARK_COLOURS.values(), "#444444"],
            height=60 + ROW_HEIGHT * max(len(rows), 1),
            stroke=False,
            dots_size=5,
            show_legend=False,
            truncate_label=52,
            show_x_guides=True,
            show_y_guides=True,
            x_value_formatter=_local_day(zone),
            range=(-0.5, len(rows) - 0.5),
            xrange=(_stamp(first) - 86400, _stamp(last) + 86400),
        )
    )
    chart.x_labels = _mondays(first, last, zone)
    chart.y_labels = [{"label": _row_label(r), "value": i} for i, r in enumerate(rows)]
    for kind in MARK_COLOURS:  # the style's colours follow this order
        points: list[dict[str, Any]] = [
            {"value": (_stamp(m.at), i), "tooltip": describe(m)}
            for i, row in enumerate(rows)
            for m in row.marks
            if m.kind is kind
        ]
        chart.add(str(kind), points)
    edge = (-0.5, len(rows) - 0.5)
    chart.add(
        "now",
        [(_stamp(now), edge[0]), (_stamp(now), edge[1])],
        stroke=True,
        show_dots=False,
        stroke_style={"width": 1, "dasharray": "4, 3"},
    )
    return _render(chart, "timeline", "Every application, mark by mark")
