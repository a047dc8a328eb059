"""The whole job search: 44 employers, mail from 5 January to 14 April 2026, steps to 24 April.

Alex Morgan (Berlin, Europe/Berlin) looks for a data engineering role. The arcs are in the
`arcs_*` modules, each employer with its expected drafts next to its mail.
"""

from __future__ import annotations

from replay import arcs_agency, arcs_cold, arcs_late, arcs_long, arcs_quiet, arcs_rounds, arcs_short
from replay.clock import t
from replay.lists import job_alerts_and_newsletters
from replay.plot import Plot

START = t(1, 5, 7, 0)  # Monday: the first mail arrives
INSTALL = t(3, 16, 10, 40)  # Monday of week 11: followupd installed mid-search
END = t(4, 24, 17, 0)  # Friday: the last step
HISTORY_DAYS = 21  # DESIGN.md: "last message older than 21 days"


def build() -> Plot:
    """The story, built afresh (it is plain data; building it twice gives equal plots)."""
    plot = Plot()
    for arc in (
        arcs_long.cobaltwick, arcs_long.driftmoor, arcs_long.pinewhorl, arcs_cold.redcinder,
        arcs_agency.bridgewell, arcs_agency.amberlode, arcs_agency.saltmire,
        arcs_agency.halcyra,
        arcs_rounds.meridale, arcs_rounds.orchidvale, arcs_rounds.windmerrow,
        arcs_rounds.granitefell, arcs_rounds.copperloom,
        arcs_late.ironwhistle, arcs_late.lumengrove, arcs_late.starlingate,
        arcs_cold.foxmarrow, arcs_late.hollowmere, arcs_late.wrenhollow, arcs_late.quaymoor,
        arcs_short.harrowmere, arcs_short.junipell, arcs_short.fernholt, arcs_short.bluefinch,
        arcs_short.vellumcraft, arcs_short.northgrove, arcs_cold.glasswren,
        arcs_cold.thistlevale, arcs_short.kestrelby, arcs_short.nettlefield,
        arcs_short.rookwood, arcs_short.saffronway,
        arcs_quiet.silent_and_automated, arcs_quiet.gloamridge,
        job_alerts_and_newsletters,
    ):  # fmt: skip
        arc(plot)
    return plot
