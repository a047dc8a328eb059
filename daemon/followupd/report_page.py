"""The report as one self-contained HTML page: styles and SVG plots inline, no script, no link.

The page is a Jinja2 template with autoescaping on for every value, so an employer's name or
a subject (hostile input) is text wherever it lands; the only markup let through unescaped
is the SVG that pygal serialised (which escapes its own text, see `report_charts`).
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from importlib import resources

import jinja2
from markupsafe import Markup

from followupd import __version__
from followupd.core.report.build import Report
from followupd.core.report.funnel import WEEKLY_STAGES, summary_line
from followupd.core.report.timeline import Mark, draft_words
from followupd.report_charts import (
    MARK_COLOURS,
    MIN_WAITS,
    STAGE_COLOURS,
    funnel_chart,
    response_chart,
    timeline_chart,
    weekly_chart,
)

_TEMPLATE = "report.html"


def span(delta: timedelta) -> str:
    """A duration as a person reads it: minutes, hours, or days with one decimal."""
    seconds = max(0.0, delta.total_seconds())
    if seconds < 3600:
        return f"{round(seconds / 60)} min"
    if seconds < 86400:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} days"


def _environment() -> jinja2.Environment:
    # select_autoescape would key on the file name; a report is always HTML, so always on.
    return jinja2.Environment(
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _template() -> jinja2.Template:
    text = resources.files("followupd").joinpath("data", _TEMPLATE).read_text(encoding="utf-8")
    return _environment().from_string(text)


def render_report(report: Report, *, zone: tzinfo) -> str:
    """The page for `report`, its times shown in `zone`."""

    def when(moment: datetime) -> str:
        return f"{moment.astimezone(zone):%a %d %b %Y %H:%M}"

    def describe(mark: Mark) -> str:
        return f"{when(mark.at)} · {mark.kind}: {mark.text}"

    boxes = any(e.count >= MIN_WAITS for e in report.responses.employers)
    charts = {
        "funnel": funnel_chart(report.funnel),
        "weekly": weekly_chart(report.weeks) if report.weeks else "",
        "responses": response_chart(report.responses) if boxes else "",
        "timeline": timeline_chart(report.timeline, now=report.now, zone=zone, describe=describe)
        if report.timeline
        else "",
    }
    return _template().render(
        version=__version__,
        generated=when(report.now),
        summary=summary_line(report.funnel),
        funnel=report.funnel,
        weeks=report.weeks,
        weekly_stages=WEEKLY_STAGES,
        waiting=report.waiting,
        questions=report.questions,
        unsure=report.unsure,
        rows=report.timeline,
        responses=report.responses,
        charts={name: Markup(svg) for name, svg in charts.items()},  # noqa: S704 (pygal escaped it)
        stage_colours=STAGE_COLOURS,
        mark_colours={str(k): v for k, v in MARK_COLOURS.items()},
        when=when,
        span=span,
        draft_words=draft_words,
    )
