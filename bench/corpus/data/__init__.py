"""The hand-written base texts, one module per kind of sender."""

from __future__ import annotations

from ..model import Base
from . import (
    academic,
    agency,
    agency_outcomes,
    assessment,
    ats_ack,
    ats_ack2,
    ats_progress,
    ats_reject,
    ats_reject2,
    ats_schedule,
    boards,
    health_ngo,
    inhouse,
    inhouse_outcomes,
    intl,
    other_bookings,
    other_community,
    other_lookalikes,
    other_money,
    other_news,
    other_personal,
    other_shops,
    public,
    replies,
    scheduler,
    smallco,
)

_MODULES = (
    ats_ack,
    ats_ack2,
    ats_reject,
    ats_reject2,
    ats_schedule,
    ats_progress,
    agency,
    agency_outcomes,
    inhouse,
    inhouse_outcomes,
    replies,
    smallco,
    academic,
    public,
    health_ngo,
    boards,
    assessment,
    scheduler,
    intl,
    other_personal,
    other_community,
    other_shops,
    other_money,
    other_news,
    other_lookalikes,
    other_bookings,
)

ALL_BASES: tuple[Base, ...] = tuple(base for module in _MODULES for base in module.BASES)
