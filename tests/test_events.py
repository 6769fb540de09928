"""Live events: the state follows the clock, times their zone, calendars their source."""

import datetime
import json
import re
import zoneinfo

import icalendar
import pytest
import time_machine
import vobject
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from icm_ebooth.models import BoothPage, Contact, EventIndexPage, EventPage
from tests.factories import (
    BoothPageFactory,
    ContactFactory,
    EventIndexPageFactory,
    EventPageFactory,
    FairPageFactory,
    TopicPageFactory,
    build_booth,
    fresh,
    make_document,
    make_image,
    publish,
)
from tests.translating import translate_to

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
UTC = datetime.timezone.utc
NO_CACHE = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


@pytest.fixture(scope="module")
def module_booth(module_home):
    return build_booth(
        module_home, topics=0, projects=0, events=0, resources=0, contact=ContactFactory()
    )


@pytest.fixture
def home(module_home, db):
    return fresh(module_home)


@pytest.fixture
def booth(module_booth, db):
    return fresh(module_booth)


@pytest.fixture
def event(booth):
    """The seed's live event: Wednesday 27 January 2021, 14:00-15:30 Brussels time."""
    index = EventIndexPage.objects.child_of(booth).get()
    return publish(
        EventPageFactory(
            parent=index,
            title="Live event - Join us",
            slug="live-event",
            date=datetime.date(2021, 1, 27),
            start_time=datetime.time(14, 0),
            end_time=datetime.time(15, 30),
            contact=Contact.objects.get(pk=booth.contact_id),
            dial_in=[
                ("number", {"country": "BE", "number": "+32 2 894 13 00", "toll_free": False})
            ],  # fmt: skip
        )
    )


def at(hour, minute=0, day=27):
    return datetime.datetime(2021, 1, day, hour, minute, tzinfo=BRUSSELS)


def visit(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(
    ("moment", "phase", "action"),
    [
        (at(10), "Upcoming", "Add to calendar (.ics)"),
        (at(13, 50), "Open to join", "Join the web meeting"),
        (at(14, 30), "Live now", "Join the web meeting"),
        (at(16), "Ended", "Slides presented during the event"),
    ],
)
def test_the_page_shows_the_call_to_action_for_the_moment(client, event, moment, phase, action):
    from tests.factories import make_document

    event.slides = make_document("Slides", "slides.pptx", size=2_000_000)
    publish(event)
    with time_machine.travel(moment, tick=False):
        html = visit(client, event)
    assert html.select_one("article .ebooth-badge").get_text(strip=True) == phase
    assert action in html.get_text()


def test_meeting_details_are_visible_from_publication(client, event):
    with time_machine.travel(at(9, day=20), tick=False):
        text = visit(client, event).get_text(" ", strip=True)
    assert "175 888 1946" in text
    assert "32668420" in text
    assert "+32 2 894 13 00" in text


def test_join_button_is_the_primary_action_only_inside_the_window(client, event):
    with time_machine.travel(at(13, 44), tick=False):
        before = visit(client, event)
    with time_machine.travel(at(13, 46), tick=False):
        inside = visit(client, event)
    # The button goes through the redirect that counts the click (icm_ebooth.metrics).
    assert not before.select("a.ebooth-button[href*='/_ebooth/join/']")
    assert inside.select("a.ebooth-button[href*='/_ebooth/join/']")


def test_join_window_follows_the_setting(client, event, settings):
    settings.ICM_EBOOTH_JOIN_WINDOW_MINUTES = 60
    with time_machine.travel(at(13, 10), tick=False):
        assert "Open to join" in visit(client, event).get_text()


def test_each_phase_says_when_it_next_changes(event):
    assert event.phase(at(10)).changes_at == at(13, 45)
    assert event.phase(at(13, 50)).changes_at == at(14)
    assert event.phase(at(14, 10)).changes_at == at(15, 30)
    assert event.phase(at(16)).changes_at is None


def test_cancelled_event_says_so_whatever_the_clock(client, event):
    event.status = "cancelled"
    publish(event)
    with time_machine.travel(at(14, 10), tick=False):
        html = visit(client, event)
    assert "This event has been cancelled." in html.get_text()
    assert "Join the web meeting" not in html.get_text()


def test_an_ended_event_no_longer_shows_how_to_join(client, event):
    with time_machine.travel(at(14, 30), tick=False):
        assert "How to join" in visit(client, event).get_text()
    with time_machine.travel(at(16), tick=False):
        text = visit(client, event).get_text()
    assert "How to join" not in text
    assert "+32 2 894 13 00" not in text


def test_rescheduled_event_keeps_its_previous_start(client, event):
    with time_machine.travel(at(9, day=20), tick=False):
        event.status = "rescheduled"
        event.date = datetime.date(2021, 2, 3)
        publish(event)
        html = visit(client, event)
    assert event.previous_start_at == at(14)
    # In full, in the event's zone, whatever the server's zone and Django's formats.
    notice = html.select_one("article .ebooth-notice--warning").get_text(" ", strip=True)
    assert notice == (
        "This event has been rescheduled; it was planned for "
        "Wednesday, January 27, 2021, 14:00 Brussels Time."
    )
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["eventStatus"] == "https://schema.org/EventRescheduled"
    assert data["previousStartDate"] == at(14).isoformat()


def test_time_is_shown_in_the_events_zone_with_its_name(client, event):
    html = visit(client, event)
    time = html.select_one(".ebooth-event-when time")
    assert time["datetime"] == at(14).isoformat()
    assert "14:00" in time.get_text() and "15:30" in time.get_text()
    assert "Brussels" in time.get_text()
    assert "UTC+1" in html.select_one(".ebooth-event-when").get_text()


def test_summer_event_shows_summer_offset(client, event):
    event.date = datetime.date(2021, 7, 7)
    publish(event)
    assert "UTC+2" in visit(client, event).select_one(".ebooth-event-when").get_text()


def test_time_to_be_announced_is_shown_and_exported_all_day(client, event):
    event.start_time = None
    event.end_time = None
    publish(event)
    html = visit(client, event)
    assert "Time to be announced" in html.get_text()
    calendar = icalendar.Calendar.from_ical(client.get(event.url + "event.ics").content)
    vevent = calendar.walk("VEVENT")[0]
    assert vevent["DTSTART"].dt == datetime.date(2021, 1, 27)
    assert vevent["DTEND"].dt == datetime.date(2021, 1, 28)


def test_event_ics_carries_zone_uid_and_meeting_details(client, event):
    response = client.get(event.url + "event.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    (vevent,) = calendar.walk("VEVENT")
    (vtimezone,) = calendar.walk("VTIMEZONE")
    assert vevent["DTSTART"].params["TZID"] == vtimezone["TZID"] == "Europe/Brussels"
    assert vevent["DTSTART"].dt.astimezone(UTC) == datetime.datetime(2021, 1, 27, 13, tzinfo=UTC)
    assert str(vevent["UID"]) == f"{event.translation_key}@icm-ebooth"
    description = str(vevent["DESCRIPTION"])
    assert "175 888 1946" in description and "32668420" in description
    assert "https://meet.example.org/j/1758881946" in description
    assert "+32 2 894 13 00" in description
    assert str(vevent["URL"]).endswith(event.url)

    # An independent parser reads the same instant.
    parsed = vobject.readOne(response.content.decode())
    start = parsed.vevent.dtstart.value
    assert start.astimezone(UTC) == datetime.datetime(2021, 1, 27, 13, tzinfo=UTC)


def test_cancelled_event_is_cancelled_in_calendars(client, event):
    event.status = "cancelled"
    publish(event)
    calendar = icalendar.Calendar.from_ical(client.get(event.url + "event.ics").content)
    assert str(calendar.walk("VEVENT")[0]["STATUS"]) == "CANCELLED"


def test_injection_in_titles_stays_inside_its_property(client, event):
    event.title = "Live event\r\nBEGIN:VALARM\r\nACTION:AUDIO\r\nEND:VALARM; x, y \\"
    event.summary = "Line one\nBEGIN:VEVENT"
    publish(event)
    body = client.get(event.url + "event.ics").content
    calendar = icalendar.Calendar.from_ical(body)
    assert len(calendar.walk("VEVENT")) == 1
    assert not calendar.walk("VALARM")
    assert "BEGIN:VALARM" in str(calendar.walk("VEVENT")[0]["SUMMARY"])


def test_script_end_tag_never_breaks_out_of_json_ld(client, event):
    event.title = "</script><script>alert(1)</script>"
    event.summary = "<!-- & -->"
    publish(event)
    html = client.get(event.url).content.decode()
    block = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    data = json.loads(block)
    assert data["name"] == "</script><script>alert(1)</script>"
    assert data["@type"] == "Event"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"]["@type"] == "VirtualLocation"
    assert data["inLanguage"] == "en"


def test_booth_feed_lists_public_events_only(client, booth, event):
    index = event.get_parent()
    draft = EventPageFactory(parent=index, title="Draft event", live=False)
    private = publish(EventPageFactory(parent=index, title="Private event"))
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=private, restriction_type="login")
    for page in (booth, index):
        response = client.get(page.url + "events.ics")
        calendar = icalendar.Calendar.from_ical(response.content)
        titles = [str(vevent["SUMMARY"]) for vevent in calendar.walk("VEVENT")]
        assert titles == ["Live event - Join us"]
    assert draft.title not in titles
    assert client.get(private.url + "event.ics").status_code == 404


def test_event_index_lists_upcoming_soonest_first_then_past_newest_first(client, booth, event):
    index = event.get_parent()
    for days, title in ((3, "In three days"), (1, "Tomorrow"), (-5, "Last week")):
        publish(EventPageFactory(parent=index, title=title, date=datetime.date(2021, 1, 27 + days)
                                 if days > 0 else datetime.date(2021, 1, 22)))  # fmt: skip
    with time_machine.travel(at(9), tick=False):
        html = visit(client, index)
    upcoming = [a.get_text(strip=True) for a in html.select("#upcoming-events ~ ul h3 a")]
    past = [a.get_text(strip=True) for a in html.select("#past-events ~ ul h3 a")]
    assert upcoming == ["Live event - Join us", "Tomorrow", "In three days"]
    assert past == ["Last week"]


def test_booth_teaser_shows_the_next_event_then_the_latest_past_one(client, booth, event):
    with time_machine.travel(at(9), tick=False):
        assert "Join the web meeting" not in visit(client, booth).select_one("#event").get_text()
    with time_machine.travel(at(13, 50), tick=False):
        assert "Join the web meeting" in visit(client, booth).select_one("#event").get_text()
    with time_machine.travel(at(9, day=28), tick=False):
        assert "Ended" in visit(client, booth).select_one("#event").get_text()


def test_booth_features_the_soonest_event_not_over_else_the_newest_past_one(client, booth, event):
    index = event.get_parent()
    for day, title in ((20, "Last week"), (30, "In three days"), (28, "Tomorrow")):
        publish(EventPageFactory(parent=index, title=title, date=datetime.date(2021, 1, day)))
    featured = {}
    for day in (27, 29, 31):
        with time_machine.travel(at(9, day=day), tick=False):
            featured[day] = visit(client, booth).select_one("#event h3 a").get_text(strip=True)
    assert featured == {27: "Live event - Join us", 29: "In three days", 31: "In three days"}


def test_a_topic_reads_its_chosen_event_and_linked_pages_in_one_query(client, booth, event):
    # Each model a stream chooses takes a query; pages of several types take one between them.
    other = publish(TopicPageFactory(parent=booth, title="Eligible countries"))
    topic = publish(
        TopicPageFactory(
            parent=booth,
            body=[
                ("related", {"heading": "See also", "pages": [other]}),
                ("event", {"heading": "Join us", "event": event}),
            ],
        )
    )
    client.get(topic.url)
    with CaptureQueriesContext(connection) as queries:
        html = visit(client, topic)
    assert [a.get_text(strip=True) for a in html.select("article a")][:2] == [
        "Eligible countries",
        "Live event - Join us",
    ]
    # The chosen pages are read by their ids, with their translations.
    chosen = [
        query["sql"]
        for query in queries.captured_queries
        if re.search(
            r'"translation_key" IN \(SELECT .* WHERE U0."(id|page_ptr_id)" IN', query["sql"]
        )
    ]
    assert len(chosen) == 1, "\n\n".join(chosen)


def test_rescheduling_the_source_moves_the_french_event_and_its_calendar(
    client, home_fr, locale_fr, booth, event
):
    translate_to(Contact.objects.get(pk=booth.contact_id), locale_fr)
    translate_to(booth, locale_fr)
    translate_to(event.get_parent(), locale_fr)
    french = translate_to(event, locale_fr)
    before = icalendar.Calendar.from_ical(client.get(french.url + "event.ics").content)
    sequence_before = int(before.walk("VEVENT")[0]["SEQUENCE"])

    event.start_time = datetime.time(15, 0)
    event.end_time = datetime.time(16, 30)
    publish(event)

    french = EventPage.objects.get(pk=french.pk)
    assert french.start_at == at(15)
    assert french.title == "FR Live event - Join us"
    html = visit(client, french)
    assert "15:00" in html.select_one(".ebooth-event-when time").get_text()
    after = icalendar.Calendar.from_ical(client.get(french.url + "event.ics").content)
    vevent = after.walk("VEVENT")[0]
    assert vevent["DTSTART"].dt.astimezone(UTC) == datetime.datetime(2021, 1, 27, 14, tzinfo=UTC)
    assert int(vevent["SEQUENCE"]) > sequence_before
    assert str(vevent["UID"]) == f"{event.translation_key}@icm-ebooth"
    assert str(vevent["SUMMARY"]) == "FR Live event - Join us"


def test_every_language_version_is_the_same_calendar_event(client, home_fr, locale_fr, booth,
                                                            event):  # fmt: skip
    french = event.copy_for_translation(locale_fr, copy_parents=True, alias=True)
    english = icalendar.Calendar.from_ical(client.get(event.url + "event.ics").content)
    french_ics = icalendar.Calendar.from_ical(client.get(french.url + "event.ics").content)
    assert english.walk("VEVENT")[0]["UID"] == french_ics.walk("VEVENT")[0]["UID"]
    assert BoothPage.objects.filter(locale=locale_fr).exists()


def test_state_follows_the_clock_across_a_daylight_saving_change(client, event):
    # Clocks in Brussels move from 02:00 to 03:00 on 29 March 2026; the event is at 10:00.
    event.date = datetime.date(2026, 3, 29)
    event.start_time = datetime.time(10, 0)
    event.end_time = datetime.time(11, 0)
    publish(event)
    assert event.start_at == datetime.datetime(2026, 3, 29, 8, 0, tzinfo=UTC)
    with time_machine.travel(datetime.datetime(2026, 3, 29, 7, 44, tzinfo=UTC), tick=False):
        assert visit(client, event).select_one("article .ebooth-badge").get_text() == "Upcoming"
    with time_machine.travel(datetime.datetime(2026, 3, 29, 7, 46, tzinfo=UTC), tick=False):
        assert (
            visit(client, event).select_one("article .ebooth-badge").get_text() == "Open to join"
        )
    html = visit(client, event)
    assert "UTC+2" in html.select_one(".ebooth-event-when").get_text()
    # The day before, Brussels was still on UTC+1: the same wall time is another instant.
    assert event.phase(datetime.datetime(2026, 3, 28, 12, tzinfo=UTC)).changes_at == (
        datetime.datetime(2026, 3, 29, 7, 45, tzinfo=UTC)
    )


def test_feeds_keep_to_their_own_language(client, home_fr, locale_fr, booth, event):
    french_event = event.copy_for_translation(locale_fr, copy_parents=True, alias=True)
    english = icalendar.Calendar.from_ical(client.get(booth.url + "events.ics").content)
    assert len(english.walk("VEVENT")) == 1
    french_booth = BoothPage.objects.get(locale=locale_fr)
    french = icalendar.Calendar.from_ical(client.get(french_booth.url + "events.ics").content)
    assert len(french.walk("VEVENT")) == 1
    assert french_event.url.startswith("/fr/")


def test_a_feed_gives_each_event_the_entry_of_its_own_calendar_file(
    client, home_fr, locale_fr, booth, event
):
    french_event = event.copy_for_translation(locale_fr, copy_parents=True, alias=True)
    french_booth = BoothPage.objects.get(locale=locale_fr)
    for page, parent in ((event, booth), (french_event, french_booth)):
        (own,) = icalendar.Calendar.from_ical(client.get(page.url + "event.ics").content).walk(
            "VEVENT"
        )
        (listed,) = icalendar.Calendar.from_ical(
            client.get(parent.url + "events.ics").content
        ).walk("VEVENT")
        # Each file is stamped with the moment it is made: the two requests may fall on
        # either side of a second.
        assert listed.pop("DTSTAMP") and own.pop("DTSTAMP")
        assert listed.to_ical() == own.to_ical()
    # The French feed names the dial-in number's country in French.
    assert "Accès téléphonique (Belgique)\xa0: +32 2 894 13 00" in str(listed["DESCRIPTION"])


def test_each_language_version_of_an_index_names_date_and_country_in_its_own_language(
    client, home_fr, locale_fr, booth, event
):
    # Shown in English first: what the English teaser worked out is not shown in French.
    french_event = event.copy_for_translation(locale_fr, copy_parents=True, alias=True)
    indexes = (event.get_parent(), french_event.get_parent())
    with time_machine.travel(at(10), tick=False):
        english, french = (
            visit(client, index).select_one(".ebooth-event-teaser") for index in indexes
        )
    assert "Wednesday, January 27, 2021" in english.get_text()
    assert "Dial-in (Belgium)" in english.get_text()
    assert "mercredi 27 janvier 2021" in french.get_text()
    assert "(Belgique)" in french.get_text()
    ics = french.select_one(".ebooth-calendar-links a[download]")["href"]
    assert ics == french_event.url + "event.ics"


def test_a_feed_leaves_out_an_event_of_another_language_below_its_booth(
    client, locale_fr, booth, event
):
    """A page moved in from another language's tree keeps its language; the feed skips it."""
    index = EventIndexPage.objects.child_of(booth).get()
    stray = EventPageFactory(parent=index, title="Evenement egare", slug="egare", locale=locale_fr)
    publish(stray)
    assert EventPage.objects.get(pk=stray.pk).locale_id == locale_fr.pk
    feed = icalendar.Calendar.from_ical(client.get(booth.url + "events.ics").content)
    assert [str(entry["SUMMARY"]) for entry in feed.walk("VEVENT")] == [event.title]


def test_fair_shows_each_booths_next_event_skipping_cancelled_and_past_ones(client, home):
    fair = publish(FairPageFactory(parent=home))
    indexes = []
    for name in ("first", "second", "third"):
        booth = publish(BoothPageFactory(parent=fair, title=f"The {name} booth", slug=name))
        indexes.append(publish(EventIndexPageFactory(parent=booth)))
    planned = [
        (indexes[0], 20, "Over", "scheduled"),
        (indexes[0], 28, "Called off", "cancelled"),
        (indexes[0], 30, "Later", "scheduled"),
        (indexes[0], 29, "Next", "scheduled"),
        (indexes[1], 31, "Second booth's", "scheduled"),
    ]
    for index, day, title, status in planned:
        date = datetime.date(2021, 1, day)
        publish(EventPageFactory(parent=index, title=title, date=date, status=status))
    with time_machine.travel(at(9), tick=False):
        html = visit(client, fair)
    next_events = [
        card.select_one(".ebooth-hall__signal a") for card in html.select(".ebooth-card")
    ]
    assert [a and a.get_text(strip=True) for a in next_events] == ["Next", "Second booth's", None]
    assert next_events[0]["href"] == EventPage.objects.get(title="Next").url


def test_event_index_pages_run_through_upcoming_then_past_events(client, booth, event, settings):
    settings.ICM_EBOOTH_PAGE_SIZE = 2
    index = event.get_parent()
    for day in (20, 21, 28):
        publish(EventPageFactory(parent=index, title=f"On the {day}th",
                                 date=datetime.date(2021, 1, day)))  # fmt: skip
    titles = []
    with time_machine.travel(at(9), tick=False):
        for number in (1, 2):
            response = client.get(index.url, {"page": number})
            html = BeautifulSoup(response.content, "html.parser")
            titles.append([a.get_text(strip=True) for a in html.select(".ebooth-event-list h3 a")])
    assert titles == [["Live event - Join us", "On the 28th"], ["On the 21th", "On the 20th"]]


def test_event_index_costs_the_same_for_two_and_twelve_past_events_with_slides(client, booth):
    index = EventIndexPage.objects.child_of(booth).get()
    slides = make_document("Slides", "slides.pdf", size=2_000_000)
    counts = []
    for size in (2, 12):
        while EventPage.objects.child_of(index).count() < size:
            publish(EventPageFactory(parent=index, date=datetime.date(2021, 1, 4), slides=slides))
        with time_machine.travel(at(9), tick=False):
            client.get(index.url)
            with CaptureQueriesContext(connection) as queries:
                html = visit(client, index)
        counts.append(len(queries))
    assert len(html.select(".ebooth-materials")) == 12
    assert counts[0] == counts[1], counts


@override_settings(CACHES=NO_CACHE)
def test_speaker_photos_cost_the_same_for_one_and_five_without_a_renditions_cache(client, event):
    counts = []
    for size in (1, 5):
        event.speakers = [
            ("speaker", {"name": f"Speaker {n}", "photo": make_image(f"Speaker {size} {n}")})
            for n in range(size)
        ]
        publish(event)
        client.get(event.url)  # renditions are made on the first view
        with CaptureQueriesContext(connection) as queries:
            html = visit(client, event)
        assert len(html.select(".ebooth-speaker img")) == size
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_calendar_file_and_links_carry_the_address_the_visitor_used(client, event):
    # The default Site record still says "localhost", as on a site made by `wagtail start`.
    ics = client.get(event.url + "event.ics", HTTP_HOST="booth.example.org")
    (vevent,) = icalendar.Calendar.from_ical(ics.content).walk("VEVENT")
    assert str(vevent["URL"]) == f"http://booth.example.org{event.url}"

    with time_machine.travel(at(10, day=20), tick=False):
        response = client.get(event.url, HTTP_HOST="booth.example.org")
    page = BeautifulSoup(response.content, "html.parser")
    link = page.find("a", string="Add to Google Calendar")["href"]
    # The link counts the click, then goes to Google with the address the visitor used.
    google = client.get(link, HTTP_HOST="booth.example.org")["Location"]
    assert "booth.example.org" in google and "localhost" not in google
    (json_ld,) = page.select('script[type="application/ld+json"]')
    assert json.loads(json_ld.string)["url"] == f"http://booth.example.org{event.url}"


def test_calendar_event_without_a_request_takes_the_configured_address(event, settings):
    settings.ICM_EBOOTH_BASE_URL = "https://booth.example.org/"
    assert event.as_calendar_event().url == f"https://booth.example.org{event.url}"
    settings.ICM_EBOOTH_BASE_URL = ""
    settings.WAGTAILADMIN_BASE_URL = "https://admin-address.example.org"
    assert event.as_calendar_event().url == f"https://admin-address.example.org{event.url}"
    del settings.WAGTAILADMIN_BASE_URL
    # With nothing configured, the Site record is the only address known.
    assert event.as_calendar_event().url == f"http://localhost{event.url}"
