"""What changes on a page by itself, and when: event phases, notice windows, call statuses.

Every value that follows the clock is worked out here, at render time, never stored. Each
answer also notes the next instant at which it changes in the current ``recording()``: the
page cache starts one around each rendering and keeps the page no later than the earliest
instant noted, whichever page, block or template asked. A value that is not worked out
while rendering (e.g. inside a ``{% cache %}`` fragment that was not rendered) notes
nothing, so the package's templates cache no fragments.
"""

import contextvars
import datetime
from contextlib import contextmanager
from dataclasses import dataclass

from django.utils import timezone

from icm_ebooth.conf import ebooth_settings
from icm_ebooth.timezones import get_zone

# An event's phase: where it stands at an instant.
UPCOMING = "upcoming"
JOINABLE = "joinable"  # inside the join window before the start
LIVE = "live"
ENDED = "ended"
CANCELLED = "cancelled"
POSTPONED = "postponed"

# Editor-set statuses; cancelled and postponed override the clock.
SCHEDULED = "scheduled"
RESCHEDULED = "rescheduled"
MOVED_ONLINE = "moved_online"

# A booth's call status, as the editor sets it and as visitors see it.
CALL_NOT_SHOWN = ""
CALL_OPEN = "open"
CALL_CLOSED = "closed"
CALL_EXPECTED = "expected"


class Recording:
    """The instant a rendering shows, and the earliest later instant at which it changes."""

    def __init__(self, now):
        self.now = now
        self.next_change = None

    def note(self, moment):
        if moment is None or moment <= self.now:
            return
        if self.next_change is None or moment < self.next_change:
            self.next_change = moment


_current = contextvars.ContextVar("icm_ebooth_clock_recording", default=None)


@contextmanager
def recording(at=None):
    """Record, while rendering, when what is rendered next changes by itself.

    Everything rendered inside reads ``now()`` as ``at`` (default: the present), so the
    parts of a page agree on the instant they show.
    """
    outer = _current.get()
    current = Recording(at or timezone.now())
    token = _current.set(current)
    try:
        yield current
    finally:
        _current.reset(token)
        if outer is not None:
            outer.note(current.next_change)


def now():
    """The instant being rendered: the recording's, or the present outside one."""
    current = _current.get()
    return current.now if current is not None else timezone.now()


def note_change(moment):
    """Note that what is being rendered changes by itself at ``moment`` (None: never)."""
    current = _current.get()
    if current is not None:
        current.note(moment)


def join_window():
    """How long before its start visitors may join an event."""
    return datetime.timedelta(minutes=ebooth_settings.JOIN_WINDOW_MINUTES)


@dataclass(frozen=True)
class Phase:
    name: str
    # The next instant at which ``name`` changes by itself; None when it never will.
    changes_at: datetime.datetime | None


def _phase(status, start_at, end_at, now):
    if status == CANCELLED:
        return Phase(CANCELLED, None)
    if status == POSTPONED:
        return Phase(POSTPONED, None)
    if start_at is None:
        return Phase(UPCOMING, None)
    end_at = end_at or start_at
    opens_at = start_at - join_window()
    if now < opens_at:
        return Phase(UPCOMING, opens_at)
    if now < start_at:
        return Phase(JOINABLE, start_at)
    if now < end_at:
        return Phase(LIVE, end_at)
    return Phase(ENDED, None)


def event_phase(status, start_at, end_at, now):
    """Where an event stands at ``now``.

    ``status`` is the editor's choice; cancelled and postponed events stay so whatever the
    clock says. ``end_at`` may be None (an event whose time is still to be announced ends
    at the end of its day, which the caller folds into ``end_at``).
    """
    phase = _phase(status, start_at, end_at, now)
    note_change(phase.changes_at)
    return phase


def is_over(end_at, now):
    """Whether an event that ends at ``end_at`` is over at ``now``.

    Listings that sort events into upcoming and past ask this, so that a page showing the
    split changes when the event ends.
    """
    if end_at is None:
        return False
    note_change(end_at)
    return end_at <= now


def notice_shown(show_from, show_until, now):
    """Whether a notice with the window ``show_from`` to ``show_until`` is shown at ``now``."""
    note_change(show_from)
    note_change(show_until)
    return (show_from is None or show_from <= now) and (show_until is None or now < show_until)


def end_of_year(year):
    """The instant a calendar year ends, in the zone new events get by default."""
    zone = get_zone(ebooth_settings.DEFAULT_TIME_ZONE)
    return datetime.datetime(year + 1, 1, 1, tzinfo=zone)


def call_status_changes_at(status, deadline, next_call_year):
    """The instant a call status turns itself off or to closed, or None."""
    if status == CALL_OPEN:
        return deadline
    if status == CALL_EXPECTED and next_call_year:
        return end_of_year(next_call_year)
    return None


def call_status(status, deadline, next_call_year, now):
    """The call status visitors see at ``now``.

    An open call whose deadline has passed reads as closed; a call expected in a year that
    has ended is no longer shown, rather than announcing a past year as the future.
    """
    changes_at = call_status_changes_at(status, deadline, next_call_year)
    note_change(changes_at)
    if changes_at is None or now < changes_at:
        return status
    return CALL_CLOSED if status == CALL_OPEN else CALL_NOT_SHOWN
