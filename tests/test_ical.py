from datetime import date, datetime, timedelta, timezone
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from icm_ebooth.ical import (
    PRODID,
    CalendarEvent,
    build_calendar,
    calendar_bytes,
    google_calendar_url,
    outlook_calendar_url,
)

BRUSSELS = ZoneInfo("Europe/Brussels")
STAMP = datetime(2021, 1, 20, 9, 0, tzinfo=timezone.utc)
INJECTION = "Live session\r\nEND:VEVENT\r\nBEGIN:VALARM\r\nTRIGGER:-PT5M; a, b \\ c"


def live_event(**overrides):
    """The ICM booth's live session of Wednesday 27 January 2021, 14:00-15:30 Brussels time."""
    values = {
        "uid": "icm-live-2021@example.org",
        "title": "Erasmus+ International Credit Mobility: live Q&A",
        "description": ("Meeting number 175 888 1946\n32668420 from phones and video systems"),
        "url": "https://example.org/en/icm/live/",
        "start": datetime(2021, 1, 27, 14, 0, tzinfo=BRUSSELS),
        "end": datetime(2021, 1, 27, 15, 30, tzinfo=BRUSSELS),
        "time_zone": "Europe/Brussels",
        "location": "Online (Webex)",
        "sequence": 3,
        "last_modified": datetime(2021, 1, 19, 16, 45, tzinfo=timezone.utc),
        "organizer_name": "Erasmus+ ICM team",
        "organizer_email": "icm@example.org",
        "categories": ("Erasmus+", "Live"),
    }
    values.update(overrides)
    return CalendarEvent(**values)


def parse(events, **kwargs):
    return Calendar.from_ical(calendar_bytes(events, stamp=STAMP, **kwargs))


def only_vevent(calendar):
    (vevent,) = calendar.walk("VEVENT")
    return vevent


def test_calendar_header_publishes_a_named_calendar():
    calendar = parse([live_event()], name="ICM e-Booth")
    assert str(calendar["PRODID"]) == PRODID == "-//icm_ebooth//e-Booths//EN"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "ICM e-Booth"


def test_unnamed_calendar_has_no_name():
    assert "X-WR-CALNAME" not in parse([live_event()])


def test_output_uses_crlf_and_folds_long_lines():
    data = calendar_bytes([live_event(description="x" * 300)], stamp=STAMP)
    lines = data.split(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in lines) <= 75
    assert data.endswith(b"END:VCALENDAR\r\n")


def test_event_properties_round_trip():
    vevent = only_vevent(parse([live_event()], language_code="fr"))
    assert str(vevent["UID"]) == "icm-live-2021@example.org"
    assert str(vevent["SUMMARY"]) == "Erasmus+ International Credit Mobility: live Q&A"
    assert vevent["SUMMARY"].params["LANGUAGE"] == "fr"
    assert str(vevent["DESCRIPTION"]) == (
        "Meeting number 175 888 1946\n32668420 from phones and video systems"
    )
    assert str(vevent["URL"]) == "https://example.org/en/icm/live/"
    assert str(vevent["LOCATION"]) == "Online (Webex)"
    assert str(vevent["STATUS"]) == "CONFIRMED"
    assert vevent["SEQUENCE"] == 3
    assert vevent["DTSTAMP"].dt == STAMP
    assert vevent["LAST-MODIFIED"].dt == datetime(2021, 1, 19, 16, 45, tzinfo=timezone.utc)
    assert str(vevent["ORGANIZER"]) == "mailto:icm@example.org"
    assert vevent["ORGANIZER"].params["CN"] == "Erasmus+ ICM team"
    assert [str(category) for category in vevent["CATEGORIES"].cats] == ["Erasmus+", "Live"]


def test_times_are_written_in_the_events_zone_with_a_matching_vtimezone():
    calendar = parse([live_event()])
    vevent = only_vevent(calendar)
    assert vevent["DTSTART"].to_ical() == b"20210127T140000"
    assert vevent["DTSTART"].params["TZID"] == "Europe/Brussels"
    assert vevent["DTEND"].params["TZID"] == "Europe/Brussels"
    assert [vtimezone["TZID"] for vtimezone in calendar.walk("VTIMEZONE")] == ["Europe/Brussels"]


def test_vtimezone_alone_gives_the_right_utc_instants():
    calendar = parse(
        [
            live_event(),
            live_event(
                uid="summer", start=datetime(2021, 7, 1, 12, 0, tzinfo=timezone.utc), end=None
            ),
        ]
    )
    (vtimezone,) = calendar.walk("VTIMEZONE")
    zone = vtimezone.to_tz(lookup_tzid=False)
    winter, summer = calendar.walk("VEVENT")
    for vevent, expected in (
        (winter, datetime(2021, 1, 27, 13, 0, tzinfo=timezone.utc)),
        (summer, datetime(2021, 7, 1, 12, 0, tzinfo=timezone.utc)),
    ):
        wall_time = vevent["DTSTART"].dt.replace(tzinfo=None)
        assert wall_time.replace(tzinfo=zone).astimezone(timezone.utc) == expected


def test_vobject_reads_the_same_utc_instants():
    new_york = ZoneInfo("America/New_York")
    events = [
        live_event(),
        live_event(
            uid="ny",
            start=datetime(2026, 7, 1, 9, 0, tzinfo=new_york),
            end=datetime(2026, 7, 1, 10, 0, tzinfo=new_york),
            time_zone="America/New_York",
        ),
    ]
    parsed = vobject.readOne(calendar_bytes(events, stamp=STAMP).decode())
    starts = {vevent.uid.value: vevent.dtstart.value for vevent in parsed.vevent_list}
    ends = {vevent.uid.value: vevent.dtend.value for vevent in parsed.vevent_list}
    assert starts["icm-live-2021@example.org"] == datetime(2021, 1, 27, 13, 0, tzinfo=timezone.utc)
    assert ends["icm-live-2021@example.org"] == datetime(2021, 1, 27, 14, 30, tzinfo=timezone.utc)
    assert starts["ny"] == datetime(2026, 7, 1, 13, 0, tzinfo=timezone.utc)
    assert ends["ny"] == datetime(2026, 7, 1, 14, 0, tzinfo=timezone.utc)
    assert sorted(vtimezone.tzid.value for vtimezone in parsed.vtimezone_list) == [
        "America/New_York",
        "Europe/Brussels",
    ]


def test_start_given_in_another_zone_is_written_in_the_events_zone():
    event = live_event(
        start=datetime(2021, 1, 27, 13, 0, tzinfo=timezone.utc),
        end=datetime(2021, 1, 27, 22, 30, tzinfo=ZoneInfo("Asia/Tokyo")),
    )
    vevent = only_vevent(parse([event]))
    assert vevent["DTSTART"].to_ical() == b"20210127T140000"
    assert vevent["DTEND"].to_ical() == b"20210127T143000"
    assert vevent["DTSTART"].params["TZID"] == "Europe/Brussels"


def test_one_vtimezone_per_zone_covering_every_year_used():
    later = datetime(2026, 7, 1, 14, 0, tzinfo=BRUSSELS)
    calendar = parse([live_event(), live_event(uid="2026", start=later, end=None)])
    (vtimezone,) = calendar.walk("VTIMEZONE")
    zone = vtimezone.to_tz(lookup_tzid=False)
    for year in range(2021, 2027):
        summer_noon = datetime(year, 7, 1, 14, 0, tzinfo=zone).astimezone(timezone.utc)
        assert summer_noon.hour == 12
        winter_noon = datetime(year, 12, 1, 14, 0, tzinfo=zone).astimezone(timezone.utc)
        assert winter_noon.hour == 13


def test_utc_events_need_no_vtimezone():
    event = live_event(time_zone="UTC", start=datetime(2021, 1, 27, 13, 0, tzinfo=timezone.utc))
    calendar = parse([event])
    assert calendar.walk("VTIMEZONE") == []
    assert only_vevent(calendar)["DTSTART"].to_ical() == b"20210127T130000Z"


def test_injected_lines_stay_inside_summary_and_description():
    event = live_event(title=INJECTION, description=INJECTION, location=INJECTION)
    data = calendar_bytes([event], stamp=STAMP)
    calendar = Calendar.from_ical(data)
    vevent = only_vevent(calendar)
    assert str(vevent["SUMMARY"]) == (
        "Live session END:VEVENT BEGIN:VALARM TRIGGER:-PT5M; a, b \\ c"
    )
    assert str(vevent["LOCATION"]) == str(vevent["SUMMARY"])
    assert str(vevent["DESCRIPTION"]) == (
        "Live session\nEND:VEVENT\nBEGIN:VALARM\nTRIGGER:-PT5M; a, b \\ c"
    )
    assert calendar.walk("VALARM") == []
    lines = data.split(b"\r\n")
    assert lines.count(b"BEGIN:VEVENT") == lines.count(b"END:VEVENT") == 1
    assert b"BEGIN:VALARM" not in lines

    parsed = vobject.readOne(data.decode())
    assert len(parsed.vevent_list) == 1
    assert "valarm" not in parsed.vevent.contents
    assert parsed.vevent.description.value == str(vevent["DESCRIPTION"])


def test_control_characters_are_removed_and_line_breaks_normalised():
    event = live_event(
        title="Q&A\x00\x07\x1b[31m live",
        description="one\rtwo\u2028three\x0bfour\x00",
        url="https://example.org/live/\r\nBEGIN:VALARM",
        organizer_email="icm@example.org\r\nBEGIN:VALARM",
    )
    vevent = only_vevent(parse([event]))
    assert str(vevent["SUMMARY"]) == "Q&A[31m live"
    assert str(vevent["DESCRIPTION"]) == "one\ntwo\nthree\nfour"
    assert str(vevent["URL"]) == "https://example.org/live/BEGIN:VALARM"
    assert str(vevent["ORGANIZER"]) == "mailto:icm@example.orgBEGIN:VALARM"


def test_date_fixed_time_to_be_announced_is_an_all_day_event():
    event = live_event(start=datetime(2021, 1, 27, 0, 0, tzinfo=BRUSSELS), end=None, all_day=True)
    data = calendar_bytes([event], stamp=STAMP)
    assert b"DTSTART;VALUE=DATE:20210127" in data
    assert b"DTEND;VALUE=DATE:20210128" in data
    vevent = only_vevent(Calendar.from_ical(data))
    assert vevent["DTSTART"].dt == date(2021, 1, 27)
    assert vevent["DTEND"].dt == date(2021, 1, 28)
    assert Calendar.from_ical(data).walk("VTIMEZONE") == []
    assert vobject.readOne(data.decode()).vevent.dtstart.value == date(2021, 1, 27)


def test_all_day_date_is_the_date_in_the_events_zone():
    late_evening_in_new_york = datetime(2021, 1, 28, 2, 0, tzinfo=timezone.utc)
    event = live_event(
        start=late_evening_in_new_york, end=None, all_day=True, time_zone="America/New_York"
    )
    assert only_vevent(parse([event]))["DTSTART"].dt == date(2021, 1, 27)


def test_cancelled_event_keeps_its_uid_with_a_higher_sequence():
    vevent = only_vevent(parse([live_event(status="CANCELLED", sequence=4)]))
    assert str(vevent["STATUS"]) == "CANCELLED"
    assert vevent["SEQUENCE"] == 4
    assert str(vevent["UID"]) == "icm-live-2021@example.org"


def test_optional_properties_are_left_out_when_empty():
    event = CalendarEvent(
        uid="bare",
        title="Bare",
        start=datetime(2021, 1, 27, 14, 0, tzinfo=BRUSSELS),
        time_zone="Europe/Brussels",
    )
    vevent = only_vevent(parse([event]))
    for name in ("DTEND", "DESCRIPTION", "URL", "LOCATION", "ORGANIZER", "CATEGORIES"):
        assert name not in vevent
    assert vevent["SEQUENCE"] == 0


def test_build_calendar_returns_a_calendar_with_the_events_in_order():
    calendar = build_calendar([live_event(uid="a"), live_event(uid="b")], name="ICM", stamp=STAMP)
    assert [str(vevent["UID"]) for vevent in calendar.walk("VEVENT")] == ["a", "b"]


def test_calendar_file_is_the_text_icalendar_writes_for_the_calendar():
    events = [
        live_event(uid="a"),
        live_event(uid="b", title="Séance d’information – " * 5, location="Bruxelles " * 12),
        live_event(uid="c", time_zone="UTC", start=datetime(2021, 1, 27, 13, tzinfo=timezone.utc)),
        live_event(
            uid="d",
            time_zone="Asia/Tokyo",
            start=datetime(2022, 6, 1, 9, tzinfo=BRUSSELS),
            end=None,
        ),
        live_event(uid="e", start=datetime(2021, 1, 27, tzinfo=BRUSSELS), end=None, all_day=True),
    ]
    built = build_calendar(events, name="ICM", language_code="fr", stamp=STAMP)
    assert calendar_bytes(events, name="ICM", language_code="fr", stamp=STAMP) == built.to_ical()
    assert calendar_bytes([], stamp=STAMP) == build_calendar([], stamp=STAMP).to_ical()


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from('ab ,;\\^:"é€\n'), min_size=60, max_size=260),
    shift=st.integers(min_value=0, max_value=80),
)
def test_calendar_file_folds_long_lines_as_icalendar_does(text, shift):
    # Escapes (a backslash before , ; and \) must never be split across a fold.
    events = [live_event(title="x" * shift + text, description=text, location=text[:shift])]
    built = build_calendar(events, stamp=STAMP)
    assert calendar_bytes(events, stamp=STAMP) == built.to_ical()


# Text that exercises escaping and folding: escapes, carets, quotes, characters of 2 to 4
# UTF-8 octets, and line breaks of every kind.
AWKWARD_TEXT = st.text(alphabet=st.sampled_from('ab ,;:\\^"=é€漢😀\n\r\u2028\x07'), max_size=200)


@settings(max_examples=200, deadline=None)
@given(
    title=AWKWARD_TEXT.filter(str.strip),
    description=AWKWARD_TEXT,
    location=AWKWARD_TEXT,
    organizer_name=AWKWARD_TEXT,
    uid=AWKWARD_TEXT.filter(str.strip),
    categories=st.lists(AWKWARD_TEXT, max_size=3),
    path=st.text(alphabet=st.sampled_from("az/é%~"), max_size=120),
    zone=st.sampled_from(["Europe/Brussels", "UTC", "Asia/Tokyo", "America/St_Johns"]),
    all_day=st.booleans(),
    has_end=st.booleans(),
    last_modified=st.booleans(),
    status=st.sampled_from(["CONFIRMED", "TENTATIVE", "CANCELLED"]),
    language_code=st.sampled_from(["", "fr", "pt-br", "zh-hans"]),
)
def test_calendar_file_is_what_icalendar_writes_for_any_event(
    title,
    description,
    location,
    organizer_name,
    uid,
    categories,
    path,
    zone,
    all_day,
    has_end,
    last_modified,
    status,
    language_code,
):
    # The file is written without icalendar's components; it must be their text exactly.
    start = datetime(2026, 3, 29, 1, 30, tzinfo=ZoneInfo(zone))
    event = live_event(
        uid=uid,
        title=title,
        description=description,
        location=location,
        organizer_name=organizer_name,
        organizer_email="icm@example.org" if organizer_name else "",
        categories=tuple(categories),
        url=f"https://example.org/{path}" if path else "",
        time_zone=zone,
        start=start,
        end=start + timedelta(days=2, hours=3) if has_end else None,
        all_day=all_day,
        last_modified=STAMP if last_modified else None,
        status=status,
    )
    built = build_calendar([event, live_event()], name=title, language_code=language_code)
    stamp = built.walk("VEVENT")[0]["DTSTAMP"].dt
    data = calendar_bytes(
        [event, live_event()], name=title, language_code=language_code, stamp=stamp
    )
    assert data == built.to_ical()
    assert len(Calendar.from_ical(data).walk("VEVENT")) == 2


@pytest.mark.parametrize(
    "overrides",
    [
        {"status": "POSTPONED"},
        {"start": datetime(2021, 1, 27, 14, 0)},
        {"end": datetime(2021, 1, 27, 13, 0, tzinfo=BRUSSELS)},
        {"time_zone": "BRU"},
        {"time_zone": ""},
    ],
)
def test_invalid_events_are_refused(overrides):
    with pytest.raises(ValueError):
        live_event(**overrides)


def query(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}", {
        key: values[0] for key, values in parse_qs(parts.query).items()
    }


def test_google_calendar_link():
    address, params = query(google_calendar_url(live_event()))
    assert address == "https://calendar.google.com/calendar/render"
    assert params == {
        "action": "TEMPLATE",
        "text": "Erasmus+ International Credit Mobility: live Q&A",
        "dates": "20210127T130000Z/20210127T143000Z",
        "details": (
            "Meeting number 175 888 1946\n32668420 from phones and video systems\n\n"
            "https://example.org/en/icm/live/"
        ),
        "location": "Online (Webex)",
        "ctz": "Europe/Brussels",
    }


def test_google_calendar_link_for_an_all_day_event():
    event = live_event(start=datetime(2021, 1, 27, tzinfo=BRUSSELS), end=None, all_day=True)
    _address, params = query(google_calendar_url(event))
    assert params["dates"] == "20210127/20210128"


def test_outlook_calendar_link():
    address, params = query(outlook_calendar_url(live_event()))
    assert address == "https://outlook.live.com/calendar/0/action/compose"
    assert params == {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": "Erasmus+ International Credit Mobility: live Q&A",
        "startdt": "2021-01-27T13:00:00Z",
        "enddt": "2021-01-27T14:30:00Z",
        "allday": "false",
        "body": (
            "Meeting number 175 888 1946\n32668420 from phones and video systems\n\n"
            "https://example.org/en/icm/live/"
        ),
        "location": "Online (Webex)",
    }


def test_outlook_calendar_link_for_an_all_day_event():
    event = live_event(start=datetime(2021, 1, 27, tzinfo=BRUSSELS), end=None, all_day=True)
    _address, params = query(outlook_calendar_url(event))
    assert (params["startdt"], params["enddt"], params["allday"]) == (
        "2021-01-27",
        "2021-01-28",
        "true",
    )


def test_links_keep_injected_text_in_one_parameter():
    event = live_event(title="Q&A&action=EVIL#x", description="a=b&c=d")
    _address, params = query(google_calendar_url(event))
    assert params["text"] == "Q&A&action=EVIL#x"
    assert params["action"] == "TEMPLATE"
    _address, params = query(outlook_calendar_url(event))
    assert params["subject"] == "Q&A&action=EVIL#x"


def test_long_descriptions_are_shortened_in_links_only():
    event = live_event(description="word " * 2000)
    _address, params = query(google_calendar_url(event))
    assert len(params["details"]) < 1600
    assert "…" in params["details"]
    assert str(only_vevent(parse([event]))["DESCRIPTION"]) == "word " * 2000
