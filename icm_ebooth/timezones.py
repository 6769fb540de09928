"""Time zones for events: validation, strict wall-clock conversion and localised labels.

Editors type an event's local time and pick an IANA zone; visitors read the time in the
event's zone with a name they recognise ("14:00–15:30 Brussels Time"). Names and formats
come from Babel's CLDR data, so every language Babel knows is covered without catalogue
entries, and languages it lacks fall back to English instead of failing.
"""

import math
import unicodedata
from datetime import datetime
from datetime import timezone as dt_timezone
from functools import lru_cache
from importlib.resources import files
from zoneinfo import ZoneInfo, available_timezones

from babel.core import get_global
from babel.dates import format_date, format_interval, format_skeleton, get_timezone_location
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext

from icm_ebooth.languages import babel_locale

# Keys that zoneinfo can load but that name no place: "localtime" mirrors the server's own
# setting and "Factory" exists only to flag unconfigured machines.
_NOT_EVENT_ZONES = frozenset({"localtime", "Factory"})

# CLDR territories that mean "nowhere in particular" (Etc/GMT+5, EST5EDT, UTC).
_NO_TERRITORY = frozenset({None, "ZZ", "001"})


@lru_cache(maxsize=1)
def _known_zones():
    return frozenset(available_timezones()) - _NOT_EVENT_ZONES


@lru_cache(maxsize=128)
def get_zone(name):
    """The ``ZoneInfo`` for ``name``, kept for the process.

    ``ZoneInfo`` itself keeps only the last eight zones it made (and those still in use):
    a page listing events in more zones would re-read zone files on every view.
    """
    return ZoneInfo(name)


def validate_time_zone(name):
    """Raise ``ValidationError`` unless ``name`` is a zone that ``zoneinfo`` knows."""
    if not name:
        raise ValidationError(
            gettext("Choose a time zone, for example Europe/Brussels."),
            code="time_zone_required",
        )
    if not isinstance(name, str) or name not in _known_zones():
        raise ValidationError(
            gettext(
                "“%(value)s” is not a known time zone. Use a name from the IANA time zone "
                "database, for example Europe/Brussels or America/New_York."
            ),
            code="unknown_time_zone",
            params={"value": name},
        )


def _transition(naive, zone):
    """The offset change that makes ``naive`` missing or repeated: (UTC instant, before, after).

    Reading ``naive`` with each ``fold`` gives two instants on either side of the change;
    bisecting between them finds it to the second, which is how TZif files record changes.
    """
    low, high = sorted(naive.replace(tzinfo=zone, fold=fold).timestamp() for fold in (0, 1))
    low, high = math.floor(low), math.ceil(high)

    def offset(timestamp):
        return datetime.fromtimestamp(timestamp, zone).utcoffset()

    offset_after = offset(high)
    while high - low > 1:
        middle = (low + high) // 2
        if offset(middle) == offset_after:
            high = middle
        else:
            low = middle
    return datetime.fromtimestamp(high, dt_timezone.utc), offset(low), offset_after


def _clock(moment, other):
    # A change of a whole day (Samoa, 2011) needs the dates to make sense.
    return moment.strftime("%H:%M" if moment.date() == other.date() else "%Y-%m-%d %H:%M")


def make_aware_strict(naive_datetime, zone_name):
    """Attach ``zone_name`` to a naive wall-clock time, refusing skipped or repeated times.

    A skipped time (spring forward) never happens, and a repeated one (fall back) happens
    twice; guessing either would put the event an hour off, so the editor is asked to choose.
    """
    if naive_datetime.tzinfo is not None:
        raise ValueError("make_aware_strict() expects a naive datetime.")
    validate_time_zone(zone_name)
    zone = get_zone(zone_name)
    earlier = naive_datetime.replace(tzinfo=zone, fold=0)
    later = naive_datetime.replace(tzinfo=zone, fold=1)
    round_trip = earlier.astimezone(dt_timezone.utc).astimezone(zone).replace(tzinfo=None)
    if round_trip == naive_datetime and earlier.utcoffset() == later.utcoffset():
        return earlier

    transition, offset_before, offset_after = _transition(naive_datetime, zone)
    transition_utc = transition.replace(tzinfo=None)
    clock_from, clock_to = transition_utc + offset_before, transition_utc + offset_after
    params = {
        "time": naive_datetime.strftime("%H:%M"),
        "date": format_date(naive_datetime.date(), format="long", locale=babel_locale(None)),
        "zone": zone_name,
        "clock_from": _clock(clock_from, clock_to),
        "clock_to": _clock(clock_to, clock_from),
    }
    if round_trip != naive_datetime:
        message = gettext(
            "%(time)s does not exist on %(date)s in %(zone)s because clocks move forward "
            "from %(clock_from)s to %(clock_to)s. Choose a time before %(clock_from)s "
            "or from %(clock_to)s onwards."
        )
        code = "nonexistent_time"
    else:
        message = gettext(
            "%(time)s happens twice on %(date)s in %(zone)s because clocks go back "
            "from %(clock_from)s to %(clock_to)s. Choose a time before %(clock_to)s "
            "or from %(clock_from)s onwards."
        )
        code = "ambiguous_time"
    raise ValidationError(message, code=code, params=params)


def utc_offset_label(dt, zone_name):
    """The offset from UTC in force in ``zone_name`` at ``dt``: "UTC+1", "UTC-3:30", "UTC".

    A naive ``dt`` is read as wall-clock time in the zone.
    """
    zone = get_zone(zone_name)
    local = dt.replace(tzinfo=zone) if dt.tzinfo is None else dt.astimezone(zone)
    minutes = int(local.utcoffset().total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}:{minutes:02d}" if minutes else f"UTC{sign}{hours}"


def _offset_or_name(zone_name):
    if zone_name not in _known_zones():
        return zone_name
    today = datetime.now(dt_timezone.utc)
    zone = get_zone(zone_name)
    winter = datetime(today.year, 1, 1, tzinfo=zone).utcoffset()
    summer = datetime(today.year, 7, 1, tzinfo=zone).utcoffset()
    return utc_offset_label(today, zone_name) if winter == summer else zone_name


def _zone_city(zone_name, locale):
    """The city CLDR names the zone after, or ``None`` for zones that name no place."""
    canonical = get_global("zone_aliases").get(zone_name, zone_name)
    if get_global("zone_territories").get(canonical) in _NO_TERRITORY:
        return None
    try:
        return get_timezone_location(zone_name, locale=locale, return_city=True)
    except LookupError:
        return None


def zone_label(zone_name, language_code=None):
    """A visitor's name for the zone: "Brussels Time", "heure : Bruxelles", "Brüssel (Ortszeit)".

    CLDR's region format filled with the zone's city, which readers in every country can
    place. Zones that name no place read as their offset from UTC ("UTC", "UTC-5") or, when
    they have summer time, as their own name ("EST5EDT").
    """
    return _zone_label(zone_name, babel_locale(language_code))


# Every event teaser names its zone: CLDR's data does not change while the site runs.
@lru_cache(maxsize=1024)
def _zone_label(zone_name, locale):
    city = _zone_city(zone_name, locale)
    if city is None:
        return _offset_or_name(zone_name)
    return locale.zone_formats["region"] % city


@lru_cache(maxsize=1)
def _choice_zones():
    # zone.tab lists one canonical zone per populated area, which keeps legacy aliases
    # (Asia/Calcutta, US/Eastern) and offset zones out of the editor's list.
    table = files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    names = {
        line.split("\t")[2] for line in table.splitlines() if line and not line.startswith("#")
    }
    return (names | {"UTC"}) & _known_zones()


def _sort_key(text):
    # Accents must not send "Ürümqi" after "Zurich"; letters of other scripts are kept.
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=32)
def _choices_for(locale_name):
    locale = babel_locale(locale_name)
    keyed = []
    for name in _choice_zones():
        label = zone_label(name, locale_name)
        # Sorting on the city keeps "heure : " and similar fixed words out of the order.
        keyed.append((_sort_key(_zone_city(name, locale) or label), name, label))
    return tuple((name, label) for _key, name, label in sorted(keyed))


def time_zone_choices(language_code=None):
    """``(IANA name, label)`` pairs for a select box, in the order of the cities they name."""
    return list(_choices_for(str(babel_locale(language_code)).replace("_", "-")))


def _locale_date(moment, zone_name):
    return moment.astimezone(get_zone(zone_name)).date()


def format_event_date(start, zone_name, language_code=None):
    """The event's date in its own zone, in full: "Wednesday, January 27, 2021"."""
    return format_date(
        _locale_date(start, zone_name), format="full", locale=babel_locale(language_code)
    )


def date_block_parts(start, zone_name, language_code=None):
    """The parts of a calendar-leaf date block, in the event's zone: ("Wed", "27", "Jan 2021")."""
    day = _locale_date(start, zone_name)
    locale = babel_locale(language_code)
    return (
        format_date(day, format="EEE", locale=locale),
        format_date(day, format="d", locale=locale),
        format_skeleton("yMMM", day, locale=locale),
    )


def _day_and_clock(moment, zone, locale, with_year):
    # CLDR has no day-and-24-hour-clock skeleton, so the two are joined with the locale's
    # date-time pattern, as Babel's format_datetime does.
    day = format_skeleton("yMMMd" if with_year else "MMMd", moment, tzinfo=zone, locale=locale)
    clock = format_skeleton("Hm", moment, tzinfo=zone, locale=locale)
    pattern = str(locale.datetime_formats["medium"]).replace("'", "")
    return pattern.replace("{1}", day).replace("{0}", clock)


def format_time_range(start, end, zone_name, language_code=None):
    """Start and end times in the event's zone, followed by the zone's name.

    "14:00–15:30 Brussels Time"; an event running past midnight shows both dates, and one
    without an end shows its start alone. Times use the 24-hour clock, as an international
    audience reading another country's time expects.
    """
    locale = babel_locale(language_code)
    zone = get_zone(zone_name)
    if end is None:
        times = format_skeleton("Hm", start, tzinfo=zone, locale=locale)
    elif _locale_date(start, zone_name) == _locale_date(end, zone_name):
        times = format_interval(start, end, "Hm", tzinfo=zone, locale=locale)
    else:
        with_year = _locale_date(start, zone_name).year != _locale_date(end, zone_name).year
        times = (
            locale.interval_formats.get(None, "{0}–{1}")
            .replace("{0}", _day_and_clock(start, zone, locale, with_year))
            .replace("{1}", _day_and_clock(end, zone, locale, with_year))
        )
    # The pattern follows the requested language, which need not be the active one.
    with translation.override(language_code or translation.get_language()):
        pattern = gettext("%(times)s %(zone)s")
    return pattern % {"times": times, "zone": zone_label(zone_name, language_code)}


def format_moment(moment, zone_name, language_code=None):
    """One instant in ``zone_name``, in full: "Wednesday, January 27, 2021, 14:00 Brussels Time".

    Dates and times that visitors read in sentences go through here, so that none shows in
    the server's zone or in a format of Django's that may end in a full stop ("5:35 a.m.").
    """
    locale = babel_locale(language_code)
    pattern = str(locale.datetime_formats["medium"]).replace("'", "")
    return pattern.replace("{1}", format_event_date(moment, zone_name, language_code)).replace(
        "{0}", format_time_range(moment, None, zone_name, language_code)
    )
