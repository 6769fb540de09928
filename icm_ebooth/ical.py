"""iCalendar files and "add to calendar" links for e-Booth events.

Everything works on :class:`CalendarEvent`, a plain description of one event, so the
output can be built and tested without a database. Times are written in the event's own
zone with a VTIMEZONE generated from ``zoneinfo``, so a calendar shows "14:00 Brussels"
to the organiser and the right local time to every visitor.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import timezone as dt_timezone
from functools import lru_cache
from operator import itemgetter
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfoNotFoundError

from icalendar import Calendar, Event, Parameters, Timezone, vCalAddress, vDDDTypes

from icm_ebooth.compat import icalendar_property_order
from icm_ebooth.safety import safe_url
from icm_ebooth.timezones import get_zone

PRODID = "-//icm_ebooth//e-Booths//EN"
# The file names of an event's calendar and of a booth's (or event index's) feed, each
# served below its page's URL (see ``icm_ebooth.urls``).
EVENT_FILE_NAME = "event.ics"
FEED_FILE_NAME = "events.ics"
STATUSES = ("CONFIRMED", "TENTATIVE", "CANCELLED")

# Calendar services reject links of several thousand characters; the description is
# shortened to keep "add to calendar" links working, the .ics file carries it in full.
LINK_TEXT_LIMIT = 1500

# Line breaks that icalendar does not know as such; each becomes a plain newline.
_LINE_BREAKS = ("\r\n", "\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029")
# The control characters (Unicode category Cc: U+0000-U+001F and U+007F-U+009F), but for
# tab and newline; and what browsers drop from URLs, the same plus whitespace (``\s`` is
# exactly what ``str.isspace`` accepts). One regex pass instead of a test per character.
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NOT_IN_URLS = re.compile(r"[\s\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True, kw_only=True)
class CalendarEvent:
    """One event as calendars see it.

    ``start`` and ``end`` are aware datetimes in any zone; they are written in
    ``time_zone``. An ``all_day`` event has its date fixed and its time still to be
    announced, and is exported with dates only. ``description`` is plain text.
    """

    uid: str
    title: str
    start: datetime
    time_zone: str
    description: str = ""
    url: str = ""
    end: datetime | None = None
    all_day: bool = False
    location: str = ""
    status: str = "CONFIRMED"
    sequence: int = 0
    last_modified: datetime | None = None
    organizer_name: str = ""
    organizer_email: str = ""
    categories: tuple[str, ...] = ()

    def __post_init__(self):
        if self.status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}, not {self.status!r}")
        for name in ("start", "end", "last_modified"):
            value = getattr(self, name)
            if value is not None and value.utcoffset() is None:
                raise ValueError(f"{name} must be an aware datetime")
        if self.end is not None and self.end < self.start:
            raise ValueError("end must not be before start")
        try:
            get_zone(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ValueError(f"unknown time zone {self.time_zone!r}") from error

    @property
    def local_start(self):
        """``start`` in the event's zone."""
        return self.start.astimezone(get_zone(self.time_zone))

    @property
    def local_end(self):
        """``end`` in the event's zone, or ``None``."""
        return None if self.end is None else self.end.astimezone(get_zone(self.time_zone))

    @property
    def last_day(self):
        """The local date the event ends on (its start date when it has no end)."""
        return (self.local_end or self.local_start).date()


def clean_text(value):
    """Text with line breaks normalised to ``\\n`` and other control characters removed.

    RFC 5545 forbids control characters in text values, and icalendar passes them through.
    """
    text = str(value or "")
    for line_break in _LINE_BREAKS:
        text = text.replace(line_break, "\n")
    return _CONTROL_CHARACTERS.sub("", text)


def _one_line(value):
    return " ".join(clean_text(value).split())


def _clean_url(value):
    # Browsers drop whitespace and control characters from URLs too (WHATWG URL standard).
    return _NOT_IN_URLS.sub("", str(value or ""))


def _event_url(event):
    # The page's own address, held to the rule every other output follows.
    return safe_url(_clean_url(event.url))


def _vevent_properties(event, stamp, language_code):
    """``(name, value, parameters)`` of each property of ``event``'s VEVENT, as given to
    ``Component.add``: one description for the component and for the text written directly.
    """
    yield "uid", _one_line(event.uid), None
    yield "dtstamp", stamp, None
    yield "sequence", event.sequence, None
    if event.all_day:
        # DTEND of a date-only event is exclusive: the day after the last one.
        yield "dtstart", event.local_start.date(), None
        yield "dtend", event.last_day + timedelta(days=1), None
    else:
        yield "dtstart", event.local_start, None
        if event.end is not None:
            yield "dtend", event.local_end, None
    language = {"LANGUAGE": language_code} if language_code else None
    yield "summary", _one_line(event.title), language
    if event.description:
        yield "description", clean_text(event.description), language
    if event.location:
        yield "location", _one_line(event.location), language
    url = _event_url(event)
    if url:
        yield "url", url, None
    yield "status", event.status, None
    if event.last_modified is not None:
        yield "last-modified", event.last_modified.astimezone(dt_timezone.utc), None
    email = _clean_url(event.organizer_email)
    if email:
        organizer = vCalAddress(f"mailto:{email}")
        if event.organizer_name:
            organizer.params["CN"] = _one_line(event.organizer_name)
        yield "organizer", organizer, None
    categories = [_one_line(category) for category in event.categories if _one_line(category)]
    if categories:
        yield "categories", categories, None


def _vevent(event, stamp, language_code):
    vevent = Event()
    for name, value, parameters in _vevent_properties(event, stamp, language_code):
        # A copy: icalendar may add to the parameters it is given.
        vevent.add(name, value, parameters=dict(parameters) if parameters else None)
    return vevent


@lru_cache(maxsize=64)
def _vtimezone_ical(tzid, first_year, last_year):
    # Generating a VTIMEZONE walks the zone's transitions, so each one is built once; the
    # bytes are cached rather than the component, which callers could modify.
    return Timezone.from_tzid(
        tzid, first_date=date(first_year, 1, 1), last_date=date(last_year + 1, 1, 1)
    ).to_ical()


def _header(name, stamp):
    # The calendar's own properties, and the DTSTAMP every event shares (in UTC).
    stamp = (stamp or datetime.now(dt_timezone.utc)).astimezone(dt_timezone.utc)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", _one_line(name))
    return calendar, stamp


def _timezones(events):
    # The text of one VTIMEZONE per zone the events are written in, covering their years.
    years_by_tzid = {}
    for event in events:
        # icalendar writes UTC times with a "Z" and no TZID; those need no VTIMEZONE.
        tzid = None if event.all_day else vDDDTypes(event.local_start).params.get("TZID")
        if tzid:
            years = years_by_tzid.setdefault(tzid, set())
            years.update({event.local_start.year, event.last_day.year})
    return [
        _vtimezone_ical(tzid, min(years), max(years))
        for tzid, years in sorted(years_by_tzid.items())
    ]


def build_calendar(events, name=None, language_code="en", stamp=None):
    """An icalendar ``Calendar`` publishing ``events``, with one VTIMEZONE per zone used.

    ``stamp`` is the DTSTAMP of every event (the moment the file is made, by default);
    passing a fixed value makes the output repeatable, e.g. for ETags.
    """
    calendar, stamp = _header(name, stamp)
    for vtimezone in _timezones(events):
        calendar.add_component(Timezone.from_ical(vtimezone))
    for event in events:
        calendar.add_component(_vevent(event, stamp, language_code))
    return calendar


def calendar_bytes(events, name=None, language_code="en", stamp=None):
    """The serialised calendar: UTF-8, CRLF line ends, lines folded at 75 octets.

    The same text as ``build_calendar(...).to_ical()``, written part by part: each
    VTIMEZONE is copied from its cached text, and each event's properties are written with
    icalendar's value types (which escape and format them) but without building a component
    per event, which took most of a feed's time.
    """
    calendar, stamp = _header(name, stamp)
    end = b"END:VCALENDAR\r\n"
    head = calendar.to_ical().removesuffix(end)
    stamp_line = _content_line("DTSTAMP", vDDDTypes(stamp))
    vevents = [_vevent_ical(event, stamp, language_code, stamp_line) for event in events]
    return b"".join([head, *_timezones(events), *vevents, end])


# icalendar writes a VEVENT's properties in this order: its canonical ones first, then the
# others alphabetically.
_VEVENT_ORDER = {
    name: position
    for position, name in enumerate(
        icalendar_property_order(
            [
                "CATEGORIES",
                "DESCRIPTION",
                "DTEND",
                "DTSTAMP",
                "DTSTART",
                "LAST-MODIFIED",
                "LOCATION",
                "ORGANIZER",
                "SEQUENCE",
                "STATUS",
                "SUMMARY",
                "UID",
                "URL",
            ],
            Event.canonical_order,
        )
    )
}
_VALUE_TYPES = Event.types_factory
_BEGIN_VEVENT = b"BEGIN:VEVENT\r\n"
_END_VEVENT = b"END:VEVENT\r\n"


def _vevent_ical(event, stamp, language_code, stamp_line):
    """``_vevent(event, stamp, language_code).to_ical()``, without building the component."""
    lines = []
    for name, value, parameters in _vevent_properties(event, stamp, language_code):
        name = name.upper()
        if name == "DTSTAMP":
            line = stamp_line
        else:
            if not isinstance(value, _VALUE_TYPES.all_types):
                value = _value_type(name)(value)
            line = _content_line(name, value, parameters)
        lines.append((_VEVENT_ORDER[name], line))
    lines.sort(key=itemgetter(0))
    return b"".join([_BEGIN_VEVENT, *(line for _, line in lines), _END_VEVENT])


@lru_cache(maxsize=64)
def _value_type(name):
    # The value type icalendar gives a property when no VALUE parameter is passed (dates
    # are told apart by vDDDTypes, which sets VALUE=DATE itself).
    return _VALUE_TYPES.for_property(name)


def _content_line(name, value, parameters=None):
    """The folded line icalendar writes for property ``name`` of ``value`` (a value type)."""
    params = value.params
    if parameters:
        params = {**params, **parameters}
    text = value.to_ical().decode()
    if params:
        params_text = _parameters_text(tuple(sorted(params.items())))
        if params_text:
            return _folded(f"{name};{params_text}:{text}")
    return _folded(f"{name}:{text}")


@lru_cache(maxsize=256)
def _parameters_text(items):
    # A feed repeats a few parameter sets (the language, a zone, an organiser's name).
    return Parameters(dict(items)).to_ical().decode()


# icalendar folds a content line once it reaches this many octets.
_FOLD_AT = 75


def _folded(line):
    """``line`` as icalendar folds it (UTF-8, with its line end).

    icalendar measures each character of the line in turn; this cuts the encoded line
    instead. A piece is the longest run of whole characters of at most ``_FOLD_AT - 1``
    octets; like icalendar, a piece followed by more never ends with a backslash or caret
    (unless it is that character alone), which would split an escape.
    """
    encoded = line.encode()
    limit = _FOLD_AT - 1
    pieces = []
    start, end = 0, len(encoded)
    while end - start > limit:
        cut = start + limit
        # Back to the first octet of the character the limit falls in: the others are
        # UTF-8 continuation octets, 0b10xxxxxx.
        while encoded[cut] & 0xC0 == 0x80:
            cut -= 1
        if cut - start > 1 and encoded[cut - 1] in b"\\^":
            cut -= 1
        pieces.append(encoded[start:cut])
        start = cut
    pieces.append(encoded[start:])
    return b"\r\n ".join(pieces) + b"\r\n"


def _link_text(event):
    text = clean_text(event.description).strip()
    if len(text) > LINK_TEXT_LIMIT:
        text = text[: LINK_TEXT_LIMIT - 1].rstrip() + "…"
    url = _event_url(event)
    return "\n\n".join(part for part in (text, url) if part)


def _link_end(event):
    return event.end if event.end is not None else event.start


def google_calendar_url(event):
    """A link that opens Google Calendar's "new event" form filled in with ``event``."""
    if event.all_day:
        dates = (event.local_start.date(), event.last_day + timedelta(days=1))
        span = "/".join(day.strftime("%Y%m%d") for day in dates)
    else:
        moments = (event.start, _link_end(event))
        span = "/".join(
            moment.astimezone(dt_timezone.utc).strftime("%Y%m%dT%H%M%SZ") for moment in moments
        )
    params = {
        "action": "TEMPLATE",
        "text": _one_line(event.title),
        "dates": span,
        "details": _link_text(event),
        "location": _one_line(event.location),
        "ctz": event.time_zone,
    }
    query = urlencode({key: value for key, value in params.items() if value}, quote_via=quote)
    return f"https://calendar.google.com/calendar/render?{query}"


def outlook_calendar_url(event):
    """A link that opens Outlook.com's "new event" form filled in with ``event``."""
    if event.all_day:
        start = event.local_start.date().isoformat()
        end = (event.last_day + timedelta(days=1)).isoformat()
    else:
        start, end = (
            moment.astimezone(dt_timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            for moment in (event.start, _link_end(event))
        )
    params = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": _one_line(event.title),
        "startdt": start,
        "enddt": end,
        "allday": "true" if event.all_day else "false",
        "body": _link_text(event),
        "location": _one_line(event.location),
    }
    query = urlencode({key: value for key, value in params.items() if value}, quote_via=quote)
    return f"https://outlook.live.com/calendar/0/action/compose?{query}"
