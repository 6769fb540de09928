from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from icm_ebooth.timezones import (
    format_event_date,
    format_time_range,
    make_aware_strict,
    time_zone_choices,
    utc_offset_label,
    validate_time_zone,
    zone_label,
)

BRUSSELS = "Europe/Brussels"
THIN_DASH = "\u2009–\u2009"


def live_event():
    """The first booth's live session: Wednesday 27 January 2021, 14:00-15:30 Brussels time."""
    zone = ZoneInfo(BRUSSELS)
    return datetime(2021, 1, 27, 14, 0, tzinfo=zone), datetime(2021, 1, 27, 15, 30, tzinfo=zone)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.mark.parametrize("name", ["Europe/Brussels", "America/New_York", "UTC", "CET"])
def test_known_zones_are_valid(name):
    validate_time_zone(name)


@pytest.mark.parametrize("name", ["", None])
def test_missing_zone_asks_for_one(name):
    with pytest.raises(ValidationError) as raised:
        validate_time_zone(name)
    assert raised.value.code == "time_zone_required"
    assert "Choose a time zone" in raised.value.messages[0]


@pytest.mark.parametrize("name", ["BRU", "Europe/Bruxelles", "europe/brussels", "localtime"])
def test_unknown_zone_is_named_in_the_error(name):
    with pytest.raises(ValidationError) as raised:
        validate_time_zone(name)
    assert raised.value.code == "unknown_time_zone"
    assert f"“{name}” is not a known time zone" in raised.value.messages[0]


def test_winter_time_in_brussels_is_one_hour_ahead_of_utc():
    aware = make_aware_strict(datetime(2021, 1, 27, 14, 0), BRUSSELS)
    assert aware.astimezone(timezone.utc) == datetime(2021, 1, 27, 13, 0, tzinfo=timezone.utc)


def test_summer_time_in_brussels_is_two_hours_ahead_of_utc():
    aware = make_aware_strict(datetime(2026, 7, 1, 14, 0), BRUSSELS)
    assert aware.astimezone(timezone.utc) == datetime(2026, 7, 1, 12, 0, tzinfo=timezone.utc)


def test_new_york_summer_time_is_four_hours_behind_utc():
    aware = make_aware_strict(datetime(2026, 7, 1, 9, 0), "America/New_York")
    assert aware.astimezone(timezone.utc) == datetime(2026, 7, 1, 13, 0, tzinfo=timezone.utc)


def test_time_skipped_by_spring_forward_is_refused_with_the_fix():
    with pytest.raises(ValidationError) as raised:
        make_aware_strict(datetime(2026, 3, 29, 2, 30), BRUSSELS)
    assert raised.value.code == "nonexistent_time"
    assert raised.value.messages == [
        "02:30 does not exist on March 29, 2026 in Europe/Brussels because clocks move "
        "forward from 02:00 to 03:00. Choose a time before 02:00 or from 03:00 onwards."
    ]


def test_time_repeated_by_fall_back_is_refused_with_the_fix():
    with pytest.raises(ValidationError) as raised:
        make_aware_strict(datetime(2026, 10, 25, 2, 30), BRUSSELS)
    assert raised.value.code == "ambiguous_time"
    assert raised.value.messages == [
        "02:30 happens twice on October 25, 2026 in Europe/Brussels because clocks go back "
        "from 03:00 to 02:00. Choose a time before 02:00 or from 03:00 onwards."
    ]


def test_new_york_clock_changes_are_refused_too():
    with pytest.raises(ValidationError, match="clocks move forward from 02:00 to 03:00"):
        make_aware_strict(datetime(2026, 3, 8, 2, 30), "America/New_York")
    with pytest.raises(ValidationError, match="clocks go back from 02:00 to 01:00"):
        make_aware_strict(datetime(2026, 11, 1, 1, 30), "America/New_York")


def test_the_hours_around_a_clock_change_are_accepted():
    before = make_aware_strict(datetime(2026, 10, 25, 1, 59), BRUSSELS)
    after = make_aware_strict(datetime(2026, 10, 25, 3, 0), BRUSSELS)
    # Subtracting two times in the same zone ignores offsets, so compare in UTC.
    elapsed = after.astimezone(timezone.utc) - before.astimezone(timezone.utc)
    assert elapsed.total_seconds() == 2 * 3600 + 60


def test_half_hour_clock_change_names_both_clock_times():
    with pytest.raises(ValidationError, match="from 02:00 to 02:30"):
        make_aware_strict(datetime(2026, 10, 4, 2, 15), "Australia/Lord_Howe")


def test_clock_change_message_follows_the_active_language():
    with translation.override("fr"), pytest.raises(ValidationError) as raised:
        make_aware_strict(datetime(2026, 3, 29, 2, 30), BRUSSELS)
    assert "29 mars 2026" in raised.value.messages[0]


def test_strict_conversion_rejects_an_unknown_zone():
    with pytest.raises(ValidationError):
        make_aware_strict(datetime(2021, 1, 27, 14, 0), "BRU")


@pytest.mark.parametrize(
    ("language_code", "label"),
    [
        ("en", "Brussels Time"),
        ("fr", "heure : Bruxelles"),
        ("de", "Brüssel (Ortszeit)"),
        ("mt", "Ħin ta’ Brussell"),
        ("ga", "an Bhruiséil"),
        ("xx", "Brussels Time"),
        ("", "Brussels Time"),
    ],
)
def test_zone_label_names_the_city_in_the_visitors_language(language_code, label):
    assert zone_label(BRUSSELS, language_code) == label


def test_zone_label_follows_the_active_language_by_default():
    with translation.override("de"):
        assert zone_label(BRUSSELS) == "Brüssel (Ortszeit)"


@pytest.mark.parametrize(
    ("name", "label"),
    [("UTC", "UTC"), ("Etc/GMT-2", "UTC+2"), ("Etc/GMT+5", "UTC-5"), ("BRU", "BRU")],
)
def test_zones_without_a_city_read_as_their_offset(name, label):
    assert zone_label(name, "en") == label


@pytest.mark.parametrize(
    ("moment", "zone", "label"),
    [
        (datetime(2021, 1, 27, 13, 0, tzinfo=timezone.utc), BRUSSELS, "UTC+1"),
        (datetime(2026, 7, 1, 12, 0, tzinfo=timezone.utc), BRUSSELS, "UTC+2"),
        (datetime(2026, 1, 15, 12, 0, tzinfo=timezone.utc), "America/New_York", "UTC-5"),
        (datetime(2026, 1, 15, 12, 0, tzinfo=timezone.utc), "Asia/Kolkata", "UTC+5:30"),
        (datetime(2026, 1, 15, 12, 0, tzinfo=timezone.utc), "Europe/London", "UTC"),
        (datetime(2026, 7, 1, 14, 0), BRUSSELS, "UTC+2"),
    ],
)
def test_utc_offset_label(moment, zone, label):
    assert utc_offset_label(moment, zone) == label


def test_time_range_in_english():
    start, end = live_event()
    assert format_time_range(start, end, BRUSSELS, "en") == f"14:00{THIN_DASH}15:30 Brussels Time"


def test_time_range_in_french():
    start, end = live_event()
    assert (
        format_time_range(start, end, BRUSSELS, "fr") == f"14:00{THIN_DASH}15:30 heure : Bruxelles"
    )


def test_time_range_is_shown_in_the_events_zone_whatever_zone_it_is_given_in():
    start, end = live_event()
    text = format_time_range(
        start.astimezone(ZoneInfo("Asia/Tokyo")), end.astimezone(timezone.utc), BRUSSELS, "de"
    )
    assert text == "14:00–15:30 Uhr Brüssel (Ortszeit)"


def test_time_range_across_midnight_shows_both_days():
    start, _end = live_event()
    next_morning = datetime(2021, 1, 28, 9, 0, tzinfo=ZoneInfo(BRUSSELS))
    text = format_time_range(start, next_morning, BRUSSELS, "en")
    assert text == f"Jan 27, 14:00{THIN_DASH}Jan 28, 09:00 Brussels Time"


def test_time_without_an_end_shows_the_start():
    start, _end = live_event()
    assert format_time_range(start, None, "America/New_York", "en") == "08:00 New York Time"


@pytest.mark.parametrize("language_code", ["mt", "ga", "xx", "zh-hans", "pt-br", "sr-latn"])
def test_formatting_never_fails_for_any_language(language_code):
    start, end = live_event()
    assert "14:00" in format_time_range(start, end, BRUSSELS, language_code)
    assert "2021" in format_event_date(start, BRUSSELS, language_code)


@pytest.mark.parametrize(
    ("language_code", "text"),
    [
        ("en", "Wednesday, January 27, 2021"),
        ("en-gb", "Wednesday, 27 January 2021"),
        ("fr", "mercredi 27 janvier 2021"),
        ("de", "Mittwoch, 27. Januar 2021"),
    ],
)
def test_event_date_in_full(language_code, text):
    start, _end = live_event()
    assert format_event_date(start, BRUSSELS, language_code) == text


def test_event_date_is_the_date_in_the_events_zone():
    late_evening_in_new_york = datetime(2021, 1, 27, 4, 0, tzinfo=timezone.utc)
    assert format_event_date(late_evening_in_new_york, "America/New_York", "en") == (
        "Tuesday, January 26, 2021"
    )


def test_choices_offer_canonical_zones_with_localised_labels():
    choices = dict(time_zone_choices("fr"))
    assert choices["Europe/Brussels"] == "heure : Bruxelles"
    assert choices["UTC"] == "UTC"
    assert "Asia/Calcutta" not in choices
    assert "Asia/Kolkata" in choices
    assert all(validate_time_zone(name) is None for name in choices)


def test_choices_are_ordered_by_city():
    labels = [label for _name, label in time_zone_choices("en")]
    assert (
        labels.index("Abidjan Time") < labels.index("Brussels Time") < labels.index("Zurich Time")
    )


@pytest.mark.parametrize("language_code", ["mt", "ga", "xx", None])
def test_choices_never_fail(language_code):
    assert len(time_zone_choices(language_code)) > 300
