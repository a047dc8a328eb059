"""The third story and its ground truth hold together (no mail server needed)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from replay import story, story_third, truth
from replay.plot import Inbound, Outbound, Plot


@pytest.fixture(scope="module")
def plot() -> Plot:
    return story_third.build()


def test_a_third_search_over_the_same_fourteen_weeks(plot: Plot) -> None:
    assert len(plot.employers) == 13
    assert story.START + timedelta(weeks=8) < story_third.INSTALL  # two months of history


def test_the_shapes_it_promises_are_there(plot: Plot) -> None:
    events = plot.events()
    inbound = [e for e in events if isinstance(e, Inbound)]
    assert sum(dict(e.headers).get("Auto-Submitted") == "auto-replied" for e in inbound) >= 2
    assert [e.label for e in inbound if e.closes == "offer"] == ["briskledger/offer"]
    assert sum(1 for e in inbound if e.closes == "decline") >= 5
    withdrawals = {e.label for e in events if isinstance(e, Outbound) and e.closes}
    assert {"tessellate/withdraw", "ebersheim/withdraw"} <= withdrawals
    cancels = {e.label for e in inbound if e.calendar and "METHOD:CANCEL" in e.calendar}
    assert cancels == {"marlowe/cancel", "tessellate/pairing-cancel"}
    assert any("Viele Gr\u00fc\u00dfe" in e.text for e in inbound)


def test_installed_truth(plot: Plot) -> None:
    kept, _ = truth.installed(plot, story_third.INSTALL)
    assert truth.abandoned(plot.employers["gridloom"], story_third.INSTALL)
    overdue = {x.id for x in kept if x.window.earliest < story_third.INSTALL}
    assert overdue == {"mirabelle/rejection-reply", "tessellate/thank-you-marguerite"}
    assert "ostwind/revived-reply" in {x.id for x in kept}  # back after a hiring freeze
