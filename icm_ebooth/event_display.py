"""What a visitor reads about an event's time and state, in their language."""

from dataclasses import dataclass
from functools import lru_cache

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from icm_ebooth import clock
from icm_ebooth.timezones import (
    date_block_parts,
    format_event_date,
    format_time_range,
    get_zone,
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
    date_label, time_label, offset_label, start_iso, end_iso, block = _time_labels(
        event.start_at, event.end_at, event.time_zone, language_code, tba
    )
    return EventTime(
        phase=phase,
        phase_label=str(PHASE_LABELS[phase]),
        date_label=date_label,
        time_label=time_label,
        offset_label=offset_label,
        start_iso=start_iso,
        end_iso=end_iso,
        time_to_be_announced=tba,
        block=block,
    )


# Formatting an event's times in a language costs more than the rest of its teaser, and the
# same events are listed again and again: the labels follow from these arguments alone
# (CLDR's data, the zones and the catalogues do not change while the site runs).
@lru_cache(maxsize=4096)
def _time_labels(start_at, end_at, zone_name, language_code, tba):
    zone = get_zone(zone_name)
    return (
        format_event_date(start_at, zone_name, language_code),
        "" if tba else format_time_range(start_at, end_at, zone_name, language_code),
        "" if tba else utc_offset_label(start_at, zone_name),
        start_at.astimezone(zone).isoformat(),
        end_at.astimezone(zone).isoformat() if end_at else "",
        date_block_parts(start_at, zone_name, language_code),
    )
