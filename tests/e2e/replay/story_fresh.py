"""A second, independently written part of the same job search: 18 more employers over the
same fourteen weeks (mail from 6 January to 14 April 2026, steps to 24 April).

Written apart from the first story, with its own made-up relays (`fresh_mail`), its own
wording and its own install moment, so the two can be run and scored separately. Alex
Morgan's search ends here with an offer accepted on 8 April and the open processes
withdrawn; systems go on writing after that.
"""

from __future__ import annotations

from replay import (
    arcs_fresh_boards,
    arcs_fresh_outreach,
    arcs_fresh_rounds,
    arcs_fresh_threads,
    arcs_fresh_turns,
)
from replay.clock import t
from replay.fresh_mail import jobwell_alerts
from replay.plot import Plot
from replay.story import END, HISTORY_DAYS, START

__all__ = ["END", "HISTORY_DAYS", "INSTALL", "START", "build"]

INSTALL = t(3, 19, 15, 50)  # Thursday of week 11, mid-afternoon: followupd installed


def build() -> Plot:
    """The second story, built afresh (plain data: building it twice gives equal plots)."""
    plot = Plot()
    for arc in (
        arcs_fresh_threads.larkspire, arcs_fresh_threads.sorrelbank,
        arcs_fresh_boards.pebblecrest, arcs_fresh_boards.corrindale,
        arcs_fresh_boards.yarrowmead, arcs_fresh_boards.automated_only,
        arcs_fresh_rounds.velmora, arcs_fresh_rounds.kilnworth, arcs_fresh_rounds.dunmarsh,
        arcs_fresh_outreach.mossgate, arcs_fresh_outreach.heronvale,
        arcs_fresh_outreach.ottermoor, arcs_fresh_outreach.skerrow, arcs_fresh_outreach.ferrowin,
        arcs_fresh_turns.brackenfold, arcs_fresh_turns.wickerlane, arcs_fresh_turns.tallowby,
        jobwell_alerts,
    ):  # fmt: skip
        arc(plot)
    return plot
