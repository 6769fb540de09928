"""The phase of an event at a given instant, and when that phase next changes."""

from dataclasses import dataclass
from datetime import datetime, timedelta

UPCOMING = "upcoming"
JOINABLE = "joinable"  # inside the join window before the start
LIVE = "live"
ENDED = "ended"
CANCELLED = "cancelled"
POSTPONED = "postponed"

# Editor-set statuses that override the clock.
SCHEDULED = "scheduled"
RESCHEDULED = "rescheduled"
MOVED_ONLINE = "moved_online"


@dataclass(frozen=True)
class Phase:
    name: str
    # The next instant at which ``name`` changes by itself; None when it never will.
    changes_at: datetime | None


def event_phase(status, start_at, end_at, now, join_window_minutes):
    """Where an event stands at ``now``.

    ``status`` is the editor's choice; cancelled and postponed events stay so whatever the
    clock says. ``end_at`` may be None (an event whose time is still to be announced ends
    at the end of its day, which the caller folds into ``end_at``).
    """
    if status == CANCELLED:
        return Phase(CANCELLED, None)
    if status == POSTPONED:
        return Phase(POSTPONED, None)
    if start_at is None:
        return Phase(UPCOMING, None)
    end_at = end_at or start_at
    opens_at = start_at - timedelta(minutes=join_window_minutes)
    if now < opens_at:
        return Phase(UPCOMING, opens_at)
    if now < start_at:
        return Phase(JOINABLE, start_at)
    if now < end_at:
        return Phase(LIVE, end_at)
    return Phase(ENDED, None)
