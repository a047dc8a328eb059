"""A third, independently written part of the same job search: 13 more employers over the
same fourteen weeks, with their own made-up vendors (`third_mail`), quoting styles, HTML-only
mail, two employers writing in German and an install moment of their own (4 March).

Written apart from the other two stories so it can be scored on its first run, before
anything in followupd is tuned to it.
"""

from __future__ import annotations

from replay import (
    arcs_third_agency,
    arcs_third_german,
    arcs_third_offer,
    arcs_third_quiet,
    arcs_third_rounds,
)
from replay.clock import t
from replay.plot import Plot
from replay.story import END, HISTORY_DAYS, START
from replay.third_mail import lists_mail

__all__ = ["END", "HISTORY_DAYS", "INSTALL", "START", "build"]

INSTALL = t(3, 4, 8, 20)  # Wednesday of week 10, before work: followupd installed


def build() -> Plot:
    """The third story, built afresh (plain data: building it twice gives equal plots)."""
    plot = Plot()
    for arc in (
        arcs_third_agency.gridloom, arcs_third_agency.keystone, arcs_third_agency.marlowe,
        arcs_third_german.mirabelle, arcs_third_german.ebersheim,
        arcs_third_offer.briskledger, arcs_third_offer.tessellate,
        arcs_third_quiet.kelpie, arcs_third_quiet.zephyrine, arcs_third_quiet.ostwind,
        arcs_third_quiet.verdigris,
        arcs_third_rounds.sundial, arcs_third_rounds.orrery,
        lists_mail,
    ):  # fmt: skip
        arc(plot)
    return plot
