"""Booth metrics: what visitors do is counted right, even when pages come from the cache."""

import datetime
import logging
import zoneinfo

import icalendar
import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from icm_ebooth import clock
from icm_ebooth.metrics import buffer, kinds
from icm_ebooth.models import (
    DailyCount,
    DailyVisitors,
    EventIndexPage,
    EventPage,
    ProjectExampleIndexPage,
)
from tests.factories import ContactFactory, build_booth, fresh, make_document

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0"
MEETING = "https://meet.example.org/j/1758881946"


def at(hour, minute=0, day=27):
    """An instant around the test event (27 January 2021, 14:00-15:30 Brussels time)."""
    return datetime.datetime(2021, 1, day, hour, minute, tzinfo=BRUSSELS)


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.ICM_EBOOTH_PAGE_CACHE = True


@pytest.fixture(scope="module")
def module_booth(module_home):
    return build_booth(
        module_home, topics=1, projects=2, events=1, resources=1, contact=ContactFactory()
    )


@pytest.fixture
def home(module_home, db):
    return fresh(module_home)


@pytest.fixture
def booth(module_booth, db):
    return fresh(module_booth)


@pytest.fixture
def event(booth):
    return EventPage.objects.descendant_of(booth).get()


def visitor(address="192.0.2.10", agent=BROWSER, **headers):
    return Client(REMOTE_ADDR=address, HTTP_USER_AGENT=agent, **headers)


def view_page(client, url):
    """Open a page as a browser does: the page, then the beacon its script sends."""
    response = client.get(url)
    assert response.status_code == 200
    script = BeautifulSoup(response.content, "html.parser").select_one("script[data-page]")
    query = url.partition("?")[2]
    beacon = client.post(
        script["data-endpoint"],
        {"page": script["data-page"], "query": query},
        HTTP_ORIGIN="http://testserver",
    )
    assert beacon.status_code == 204
    return response


def counts(**filters):
    rows = DailyCount.objects.filter(**filters)
    return sum(row.count for row in rows)


def flushed():
    call_command("flush_booth_metrics", stdout=open("/dev/null", "w"))  # noqa: SIM115


# Page views through the beacon


def test_page_views_of_a_cached_page_are_counted_by_the_beacon(booth):
    with time_machine.travel(at(9), tick=False):
        first = view_page(visitor(), booth.url)
        second = view_page(visitor("192.0.2.11"), booth.url)
        flushed()
    assert (first["X-Ebooth-Cache"], second["X-Ebooth-Cache"]) == ("miss", "hit")
    row = DailyCount.objects.get(kind=kinds.PAGE_VIEW)
    assert (row.booth_id, row.day, row.page_type, row.language, row.count) == (
        booth.pk,
        datetime.date(2021, 1, 27),
        "icm_ebooth.boothpage",
        "en",
        2,
    )
    assert DailyVisitors.objects.get(booth=booth).count == 2


def test_the_beacon_is_a_deferred_script_of_the_site_with_no_inline_code(booth):
    html = BeautifulSoup(visitor().get(booth.url).content, "html.parser")
    script = html.select_one("script[data-page]")
    assert script["src"].endswith("icm_ebooth/js/beacon.js")
    assert script.has_attr("defer") and not script.string
    assert script["data-page"] == str(booth.pk)
    assert script["data-endpoint"] == reverse("icm_ebooth_beacon")


def test_an_event_page_view_carries_the_events_phase(event):
    for moment in (at(9), at(13, 50), at(14, 30), at(16)):
        with time_machine.travel(moment, tick=False):
            view_page(visitor(), event.url)
    flushed()
    by_phase = {
        row.phase: row.count
        for row in DailyCount.objects.filter(kind=kinds.PAGE_VIEW, event=event)
    }
    assert by_phase == {clock.UPCOMING: 1, clock.JOINABLE: 1, clock.LIVE: 1, clock.ENDED: 1}


def test_finder_searches_and_filters_are_counted_and_other_parameters_are_not(booth):
    finder = ProjectExampleIndexPage.objects.child_of(booth).get()
    client = visitor()
    view_page(client, f"{finder.url}?q=Energy++Transition&region=asia&utm_source=mail")
    view_page(client, f"{finder.url}?region=asia")
    flushed()
    assert counts(kind=kinds.PAGE_VIEW, page_type="icm_ebooth.projectexampleindexpage") == 2
    assert list(DailyCount.objects.filter(kind=kinds.SEARCH).values_list("key", "count")) == [
        ("energy transition", 1)
    ]
    filters = DailyCount.objects.filter(kind=kinds.FILTER)
    assert {row.key: row.count for row in filters} == {"region=asia": 2}
    assert not DailyCount.objects.filter(key__contains="utm").exists()


def test_a_beacon_for_no_page_or_from_another_site_counts_nothing(booth):
    client = visitor()
    endpoint = reverse("icm_ebooth_beacon")
    assert client.post(endpoint, {"page": "999999"}).status_code == 204
    assert client.post(endpoint, {"page": "x"}).status_code == 204
    other_site = client.post(
        endpoint, {"page": str(booth.pk)}, HTTP_ORIGIN="https://elsewhere.example"
    )
    assert other_site.status_code == 204
    assert client.get(endpoint).status_code == 405
    flushed()
    assert not DailyCount.objects.exists()


@pytest.mark.parametrize("header", [{"HTTP_DNT": "1"}, {"HTTP_SEC_GPC": "1"}])
def test_do_not_track_and_global_privacy_control_are_not_counted_at_all(booth, event, header):
    client = visitor(**header)
    view_page(client, booth.url)
    with time_machine.travel(at(13, 50), tick=False):
        assert client.get(reverse("icm_ebooth_join", args=[event.pk])).status_code == 302
    flushed()
    assert not DailyCount.objects.exists()
    assert not DailyVisitors.objects.exists()


def test_robots_are_not_counted(booth):
    view_page(visitor(agent="Mozilla/5.0 (compatible; Googlebot/2.1)"), booth.url)
    view_page(visitor(agent=""), booth.url)
    flushed()
    assert not DailyCount.objects.exists()


# Joins and calendars through redirects


def test_join_redirects_to_the_meeting_uncached_and_counts_the_phase(event):
    join = reverse("icm_ebooth_join", args=[event.pk])
    for moment in (at(13, 50), at(14, 10), at(14, 20)):
        with time_machine.travel(moment, tick=False):
            response = visitor().get(f"{join}?to=https://evil.example/")
            assert response.status_code == 302
            assert response["Location"] == MEETING
            assert "no-store" in response["Cache-Control"]
    flushed()
    joins = {row.phase: row.count for row in DailyCount.objects.filter(kind=kinds.JOIN)}
    assert joins == {clock.JOINABLE: 1, clock.LIVE: 2}
    assert DailyCount.objects.get(kind=kinds.JOIN, phase=clock.LIVE).event_id == event.pk


def test_a_join_click_outside_the_window_is_still_counted_with_its_phase(event):
    join = reverse("icm_ebooth_join", args=[event.pk])
    with time_machine.travel(at(9), tick=False):
        assert visitor().get(join)["Location"] == MEETING
    with time_machine.travel(at(18), tick=False):
        assert visitor().get(join)["Location"] == MEETING
    flushed()
    joins = {row.phase: row.count for row in DailyCount.objects.filter(kind=kinds.JOIN)}
    assert joins == {clock.UPCOMING: 1, clock.ENDED: 1}


def test_join_of_an_unknown_draft_or_linkless_event_is_not_found(event, booth):
    client = visitor()
    assert client.get(reverse("icm_ebooth_join", args=[999999])).status_code == 404
    event.join_url = ""
    event.save_revision().publish()
    assert client.get(reverse("icm_ebooth_join", args=[event.pk])).status_code == 404
    event.unpublish()
    assert client.get(reverse("icm_ebooth_join", args=[event.pk])).status_code == 404


def test_the_event_page_links_joins_and_calendars_through_the_redirects(event):
    with time_machine.travel(at(9), tick=False):
        html = BeautifulSoup(visitor().get(event.url).content, "html.parser")
    google = html.find("a", string="Add to Google Calendar")
    assert google["href"] == reverse("icm_ebooth_add_to_calendar", args=[event.pk, "google"])
    # Before the window, the join link is shown for later, through the redirect too.
    assert html.find("a", string="Join the web meeting")["href"] == reverse(
        "icm_ebooth_join", args=[event.pk]
    )
    with time_machine.travel(at(14, 10), tick=False):
        html = BeautifulSoup(visitor().get(event.url).content, "html.parser")
    join = html.find("a", string="Join the web meeting")
    assert join["href"] == reverse("icm_ebooth_join", args=[event.pk])
    assert not html.find("a", href=MEETING)


def test_calendar_files_keep_the_meetings_own_address(event):
    response = visitor().get(f"{event.url}event.ics")
    calendar = icalendar.Calendar.from_ical(response.content)
    (entry,) = calendar.walk("VEVENT")
    assert MEETING in str(entry["DESCRIPTION"])
    assert "/_ebooth/" not in response.content.decode()


def test_calendar_adds_redirect_to_the_calendar_and_are_counted(event):
    with time_machine.travel(at(9), tick=False):
        google = visitor().get(reverse("icm_ebooth_add_to_calendar", args=[event.pk, "google"]))
        outlook = visitor().get(reverse("icm_ebooth_add_to_calendar", args=[event.pk, "outlook"]))
        other = visitor().get(reverse("icm_ebooth_add_to_calendar", args=[event.pk, "evil"]))
    assert google["Location"].startswith("https://calendar.google.com/")
    assert outlook["Location"].startswith("https://outlook.live.com/")
    assert other.status_code == 404
    flushed()
    adds = DailyCount.objects.filter(kind=kinds.CALENDAR_ADD, event=event, phase=clock.UPCOMING)
    assert {row.key: row.count for row in adds} == {"google": 1, "outlook": 1}


def test_calendar_files_are_counted_when_the_cache_answers(event):
    client = visitor()
    with time_machine.travel(at(9), tick=False):
        first = client.get(f"{event.url}event.ics")
        second = client.get(f"{event.url}event.ics")
        client.head(f"{event.url}event.ics")
    assert (first["X-Ebooth-Cache"], second["X-Ebooth-Cache"]) == ("miss", "hit")
    flushed()
    row = DailyCount.objects.get(kind=kinds.CALENDAR_FILE)
    assert (row.event_id, row.phase, row.language, row.count) == (
        event.pk,
        clock.UPCOMING,
        "en",
        2,
    )


# Downloads


def test_document_downloads_are_counted_for_the_booth_they_were_clicked_on(booth, home):
    document = make_document("Leaflet", "leaflet-2.pdf")
    library_url = EventIndexPage.objects.child_of(booth).get().get_parent().url
    client = visitor()
    assert client.get(document.url, HTTP_REFERER=f"http://testserver{library_url}").status_code
    flushed()
    row = DailyCount.objects.get(kind=kinds.DOWNLOAD)
    assert (row.booth_id, row.document_id, row.count) == (booth.pk, document.pk, 1)


def test_a_download_without_a_referer_counts_for_the_booth_that_links_the_document(booth):
    library_document = DailyCount._meta.get_field("document").related_model.objects.get(
        title="Leaflet"
    )
    response = visitor().get(library_document.url)
    assert response.status_code == 200
    flushed()
    row = DailyCount.objects.get(kind=kinds.DOWNLOAD)
    assert (row.booth_id, row.document_id) == (booth.pk, library_document.pk)


# Unique visitors


def test_unique_visitors_are_counted_once_a_day_from_a_hash_kept_nowhere(booth):
    with time_machine.travel(at(9), tick=False):
        view_page(visitor("192.0.2.1"), booth.url)
        view_page(visitor("192.0.2.1"), booth.url)
        flushed()
        view_page(visitor("192.0.2.1"), booth.url)
        view_page(visitor("192.0.2.2"), booth.url)
        flushed()
    with time_machine.travel(at(9, day=28), tick=False):
        view_page(visitor("192.0.2.1"), booth.url)
        flushed()
    visitors = dict(DailyVisitors.objects.values_list("day", "count"))
    assert visitors == {datetime.date(2021, 1, 27): 2, datetime.date(2021, 1, 28): 1}
    stored = {field.name for field in DailyVisitors._meta.get_fields()}
    assert stored == {"id", "booth", "day", "count", "illustrative"}


# Failures and privacy


def test_a_failing_buffer_loses_counts_and_never_a_page(booth, event, monkeypatch, caplog):
    def broken(*args):
        raise ConnectionError("buffer down")

    monkeypatch.setattr(buffer.MemoryBuffer, "add", broken)
    monkeypatch.setattr(buffer, "RETRY_AFTER", 0)
    client = visitor()
    with caplog.at_level(logging.WARNING, logger="icm_ebooth.metrics.buffer"):
        view_page(client, booth.url)
        view_page(client, booth.url)
        assert client.get(reverse("icm_ebooth_join", args=[event.pk])).status_code == 302
        assert client.get(f"{event.url}event.ics").status_code == 200
    assert len([r for r in caplog.records if "failed" in r.getMessage()]) == 1
    flushed()
    assert not DailyCount.objects.exists()


def test_no_public_response_sets_a_cookie(booth, event):
    client = visitor()
    document = make_document("Notes", "notes.pdf")
    responses = [
        view_page(client, booth.url),
        view_page(client, booth.url),
        view_page(client, event.url),
        client.post(reverse("icm_ebooth_beacon"), {"page": str(booth.pk)}),
        client.get(reverse("icm_ebooth_join", args=[event.pk])),
        client.get(reverse("icm_ebooth_add_to_calendar", args=[event.pk, "google"])),
        client.get(f"{event.url}event.ics"),
        client.get(document.url),
    ]
    for response in responses:
        assert response.status_code in (200, 204, 302)
        assert not response.cookies, response
        assert "Set-Cookie" not in response
    assert not client.cookies


def test_a_question_asked_is_counted_for_its_booth_and_event(booth, event):
    from icm_ebooth.models import Question
    from icm_ebooth.signals import question_asked

    with time_machine.travel(at(9), tick=False):
        question_asked.send(sender=Question, booth=booth, event=event, language="en")
        question_asked.send(sender=Question, booth=booth, event=None, language="en")
        flushed()
    rows = DailyCount.objects.filter(kind=kinds.QUESTION, booth=booth)
    assert sorted((row.event_id or 0, row.phase, row.count) for row in rows) == [
        (0, "", 1),
        (event.pk, clock.UPCOMING, 1),
    ]
    # A question adds no unique visitor: the signal carries nothing about the visitor.
    assert not DailyVisitors.objects.exists()
