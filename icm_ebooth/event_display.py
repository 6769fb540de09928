"""What a visitor reads about an event's time and state, in their language."""

from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from icm_ebooth import clock
from icm_ebooth.timezones import (
    date_block_parts,
    format_event_date,
    format_time_range,
    utc_offset_label,
)

PHASE_LABELS = {
    clock.UPCOMING: _("Upcoming"),
    clock.JOINABLE: _("Open to join"),
    clock.LIVE: _("Live now"),
    clock.ENDED: _("Ended"),
    clock.CANCELLED: _("Cancelled"),
    clock.POSTPONED: _("Postponed"),
}


@dataclass(frozen=True)
class EventTime:
    phase: str
    phase_label: str
    date_label: str
    time_label: str
    offset_label: str
    start_iso: str
    end_iso: str
    time_to_be_announced: bool
    # The date block's weekday, day of the month, and month with year; empty without a date.
    block: tuple = ("", "", "")

    @property
    def can_join(self):
        return self.phase in (clock.JOINABLE, clock.LIVE)

    @property
    def is_over(self):
        return self.phase == clock.ENDED

    @property
    def is_off(self):
        return self.phase in (clock.CANCELLED, clock.POSTPONED)


def describe_event_time(event, now, language_code=None):
    """Date, times and state of ``event`` (an EventPage) at ``now``, formatted for visitors."""
    language_code = language_code or translation.get_language()
    phase = event.phase(now).name
    if event.start_at is None:
        return EventTime(phase, str(PHASE_LABELS[phase]), "", "", "", "", "", True)
    tba = event.time_to_be_announced
    return EventTime(
        phase=phase,
        phase_label=str(PHASE_LABELS[phase]),
        date_label=format_event_date(event.start_at, event.time_zone, language_code),
        time_label=(
            ""
            if tba
            else format_time_range(event.start_at, event.end_at, event.time_zone, language_code)
        ),
        offset_label="" if tba else utc_offset_label(event.start_at, event.time_zone),
        start_iso=event.start_at.astimezone(event.zone).isoformat(),
        end_iso=event.end_at.astimezone(event.zone).isoformat() if event.end_at else "",
        time_to_be_announced=tba,
        block=date_block_parts(event.start_at, event.time_zone, language_code),
    )
