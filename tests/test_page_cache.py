"""The page cache: anonymous visitors get stored pages that are never out of date."""

import datetime
import re
import zoneinfo
from pathlib import Path

import icalendar
import pytest
import time_machine
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.frontend_cache.backends import BaseBackend

import icm_ebooth
from icm_ebooth import checks
from icm_ebooth.models import (
    BoothPage,
    Contact,
    EventIndexPage,
    ResourceLibraryPage,
    TopicPage,
)
from tests.factories import (
    BoothPageFactory,
    ContactFactory,
    EventPageFactory,
    FairPageFactory,
    TopicPageFactory,
    build_booth,
    document_resource,
    fresh,
    make_document,
    publish,
)
from tests.translating import translate_to

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
HEADER = "X-Ebooth-Cache"


def at(hour, minute=0, second=0):
    """An instant on the day of the test event (27 January 2021), Brussels time."""
    return datetime.datetime(2021, 1, 27, hour, minute, second, tzinfo=BRUSSELS)


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.ICM_EBOOTH_PAGE_CACHE = True


@pytest.fixture(scope="module")
def module_booth(module_home):
    return build_booth(
        module_home, topics=2, projects=1, events=0, resources=1, contact=ContactFactory()
    )


@pytest.fixture
def home(module_home, db):
    return fresh(module_home)


@pytest.fixture
def booth(module_booth, db):
    return fresh(module_booth)


@pytest.fixture
def event_index(booth):
    return EventIndexPage.objects.child_of(booth).get()


@pytest.fixture
def editor_client(django_user_model):
    editor = Client()
    editor.force_login(
        django_user_model.objects.create_superuser("editor", "editor@example.org", "secret")
    )
    return editor


def visit(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response


def text_of(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def calendar_titles(response):
    calendar = icalendar.Calendar.from_ical(response.content)
    return [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]


def topic_titles(client, booth):
    html = BeautifulSoup(visit(client, booth.url).content, "html.parser")
    return [link.get_text(strip=True) for link in html.select("a") if "Topic" in link.text]


# Who gets cached pages


def test_second_anonymous_visit_is_a_hit_without_queries(client, booth, django_assert_num_queries):
    with time_machine.travel(at(9), tick=False) as clock:
        with CaptureQueriesContext(connection) as miss:
            first = visit(client, booth.url)
        assert first[HEADER] == "miss"
        assert first["Cache-Control"] == "public, max-age=600"
        assert len(miss) > 10
        clock.shift(60)
        with django_assert_num_queries(0):
            second = visit(client, booth.url)
    assert second[HEADER] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Cache-Control"] == "public, max-age=540"


def test_a_hit_reads_the_cache_once(client, booth, monkeypatch):
    from django.core.cache import caches

    from icm_ebooth import cache as page_cache

    visit(client, booth.url)
    backend = caches["default"]
    reads, inside = [], []

    def counting(method):
        original = getattr(backend, method)

        def read(*args, **kwargs):
            # Reads one backend method makes of another (get_many of get) are one round trip.
            if not inside:
                reads.append(method)
            inside.append(method)
            try:
                return original(*args, **kwargs)
            finally:
                inside.pop()

        monkeypatch.setattr(backend, method, read)

    counting("get")
    counting("get_many")
    assert visit(client, booth.url)[HEADER] == "hit"
    assert reads == ["get_many"]
    # What the process remembers of a page is only a hint: without it, still a hit.
    page_cache.store._scope_hints.clear()
    reads.clear()
    assert visit(client, booth.url)[HEADER] == "hit"
    assert reads == ["get_many", "get"]


def test_anonymous_page_can_be_shared_by_every_visitor(client, booth, home_fr, locale_fr):
    translate_to(Contact.objects.get(pk=booth.contact_id), locale_fr)
    french = translate_to(booth, locale_fr)
    for status in ("miss", "hit"):
        response = visit(client, booth.url)
        assert response[HEADER] == status
        assert not response.cookies
        assert "Cookie" not in response.get("Vary", "")
        # The language switcher still leads to the French booth.
        html = BeautifulSoup(response.content, "html.parser")
        assert html.select_one(f'a[href="{french.url}"]') is not None


def test_logged_in_editor_never_gets_or_fills_the_cache(client, editor_client, booth):
    response = visit(editor_client, booth.url)
    assert HEADER not in response
    assert response["Cache-Control"] == "private, no-cache"
    assert visit(client, booth.url)[HEADER] == "miss"
    assert visit(client, booth.url)[HEADER] == "hit"
    response = visit(editor_client, booth.url)
    assert HEADER not in response
    assert response["Cache-Control"] == "private, no-cache"


def test_preview_is_never_cached(client, booth):
    visit(client, booth.url)
    booth.title = "Draft title"
    booth.save_revision()
    preview = booth.make_preview_request()
    assert "Draft title" in preview.content.decode()
    assert HEADER not in preview
    response = visit(client, booth.url)
    assert response[HEADER] == "hit"
    assert "Draft title" not in response.content.decode()


def test_head_request_is_answered_from_the_cache(client, booth):
    visit(client, booth.url)
    response = client.head(booth.url)
    assert response.status_code == 200
    assert response[HEADER] == "hit"


def test_calendar_file_is_cached_with_its_headers(client, booth):
    feed = f"{booth.url}events.ics"
    first = visit(client, feed)
    second = visit(client, feed)
    assert (first[HEADER], second[HEADER]) == ("miss", "hit")
    assert second["Content-Type"] == "text/calendar; charset=utf-8"
    assert second["Content-Disposition"] == 'attachment; filename="events.ics"'
    assert second.content == first.content


def test_query_strings_are_kept_apart_whatever_their_order(client, booth):
    library = ResourceLibraryPage.objects.child_of(booth).get()
    guide = make_document("Guide", "guide.pdf")
    library.resources.append(document_resource(guide, "Guide en français", language="fr"))
    publish(library)
    english = visit(client, f"{library.url}?type=document&language=en")
    french = visit(client, f"{library.url}?type=document&language=fr")
    assert english[HEADER] == french[HEADER] == "miss"
    assert "Guide en français" not in text_of(english)
    assert "Guide en français" in text_of(french)
    reordered = visit(client, f"{library.url}?language=en&type=document")
    assert reordered[HEADER] == "hit"
    assert reordered.content == english.content


# What clears them


def test_publishing_an_event_shows_it_at_once_everywhere(
    client, booth, event_index, home_fr, locale_fr
):
    translate_to(Contact.objects.get(pk=booth.contact_id), locale_fr)
    french_booth = translate_to(booth, locale_fr)
    french_index = translate_to(event_index, locale_fr)
    feed = f"{booth.url}events.ics"
    with time_machine.travel(at(9), tick=False):
        for url in (booth.url, french_booth.url, event_index.url, feed):
            visit(client, url)
            assert visit(client, url)[HEADER] == "hit"

        event = publish(EventPageFactory(parent=event_index, title="Spring information day"))
        assert "Spring information day" in text_of(visit(client, booth.url))
        assert "Spring information day" in text_of(visit(client, event_index.url))
        assert calendar_titles(visit(client, feed)) == ["Spring information day"]
        assert visit(client, french_booth.url)[HEADER] == "miss"

        translate_to(event, locale_fr, fallback=True)
        assert "FR Spring information day" in text_of(visit(client, french_booth.url))
        assert "FR Spring information day" in text_of(visit(client, french_index.url))


def test_editing_a_contact_updates_every_booth_that_shows_it(client, home, booth):
    contact = Contact.objects.get(pk=booth.contact_id)
    other = publish(BoothPageFactory(parent=home, title="Capacity building", contact=contact))
    for page in (booth, other):
        visit(client, page.url)
    contact.name = "Erasmus+ helpdesk"
    contact.save()
    for page in (booth, other):
        response = visit(client, page.url)
        assert response[HEADER] == "miss"
        assert "Erasmus+ helpdesk" in text_of(response)


def test_renaming_a_document_updates_the_booth_that_offers_it(client, booth, document):
    booth.key_document = document
    publish(booth)
    assert "Guide (PDF" in text_of(visit(client, booth.url))
    document.title = "Leaflet 2021"
    document.save()
    response = visit(client, booth.url)
    assert response[HEADER] == "miss"
    assert "Leaflet 2021 (PDF" in text_of(response)


def test_publishing_a_booth_updates_its_fair_and_the_fair_its_booths(client, home):
    fair = publish(FairPageFactory(parent=home))
    booth = build_booth(fair, topics=0, projects=0, events=0, resources=0)
    for page in (fair, booth):
        visit(client, page.url)
    booth.tagline = "Mobility with partner countries worldwide"
    publish(booth)
    assert booth.tagline in text_of(visit(client, fair.url))
    visit(client, booth.url)
    publish(fair)
    assert visit(client, booth.url)[HEADER] == "miss"


def test_unpublishing_a_topic_removes_it_from_the_booth(client, booth):
    topic = TopicPage.objects.child_of(booth).first()
    assert topic.title in topic_titles(client, booth)
    topic.unpublish()
    assert topic.title not in topic_titles(client, booth)


def test_deleting_a_topic_removes_it_from_the_booth(client, booth):
    topic = TopicPage.objects.child_of(booth).first()
    assert topic.title in topic_titles(client, booth)
    topic.delete()
    assert topic.title not in topic_titles(client, booth)


def test_moving_a_topic_moves_it_between_booths(client, home, booth):
    other = publish(BoothPageFactory(parent=home, title="Capacity building"))
    topic = TopicPage.objects.child_of(booth).first()
    assert topic.title in topic_titles(client, booth)
    assert topic.title not in topic_titles(client, other)
    topic.move(other, pos="last-child")
    assert topic.title not in topic_titles(client, booth)
    assert topic.title in topic_titles(client, other)


def test_editing_a_page_leaves_other_booths_cached(client, home, booth):
    other = publish(BoothPageFactory(parent=home, title="Capacity building"))
    visit(client, other.url)
    publish(TopicPageFactory(parent=booth, title="Eligible countries"))
    assert visit(client, other.url)[HEADER] == "hit"


# Pages that change with the clock


@pytest.mark.parametrize(
    ("boundary", "before", "after"),
    [
        (at(13, 45), "Upcoming", "Open to join"),
        (at(14), "Open to join", "Live now"),
        (at(15, 30), "Live now", "Ended"),
    ],
)
def test_cached_event_expires_exactly_at_each_state_change(
    client, event_index, boundary, before, after
):
    event = publish(EventPageFactory(parent=event_index, title="Information session"))
    booth = BoothPage.objects.get(pk=event_index.get_parent().pk)

    def badges(page):
        response = visit(client, page.url)
        html = BeautifulSoup(response.content, "html.parser")
        badge = html.select_one(".ebooth-event-teaser .ebooth-badge, article .ebooth-badge")
        return response, badge.get_text(strip=True)

    with time_machine.travel(boundary - datetime.timedelta(minutes=5), tick=False) as clock:
        for page in (event, booth):
            response, badge = badges(page)
            assert (response[HEADER], badge) == ("miss", before)
            # A CDN is told to keep it until the change, not longer.
            assert response["Cache-Control"] == "public, max-age=300"
        clock.move_to(boundary - datetime.timedelta(seconds=1))
        for page in (event, booth):
            response, badge = badges(page)
            assert (response[HEADER], badge) == ("hit", before)
            assert response["Cache-Control"] == "public, max-age=1"
        clock.move_to(boundary)
        for page in (event, booth):
            response, badge = badges(page)
            assert (response[HEADER], badge) == ("miss", after)


def test_cached_topic_with_an_event_teaser_says_ended_once_the_event_ends(client, event_index):
    event = publish(EventPageFactory(parent=event_index, title="Information session"))
    topic = TopicPageFactory(parent=event_index.get_parent(), title="How to apply")
    topic.body = [("event", {"heading": "Join us live", "event": event})]
    publish(topic)

    def teaser(response):
        html = BeautifulSoup(response.content, "html.parser")
        return html.select_one(".ebooth-event-teaser").get_text(" ", strip=True)

    with time_machine.travel(at(15, 25), tick=False) as clock:
        response = visit(client, topic.url)
        assert "Live now" in teaser(response) and "Join the web meeting" in teaser(response)
        assert response["Cache-Control"] == "public, max-age=300"
        clock.move_to(at(15, 30, 20))
        response = visit(client, topic.url)
        assert response[HEADER] == "miss"
        assert "Ended" in teaser(response)
        assert "Join the web meeting" not in teaser(response)


def test_no_template_of_the_package_caches_a_fragment():
    # A fragment served from {% cache %} is not rendered, so the clock-driven values in it
    # would note no change and the page could be kept past it.
    templates = Path(icm_ebooth.__file__).parent / "templates"
    cached = [
        path.name
        for path in templates.rglob("*.html")
        if re.search(r"{%\s*cache\b", path.read_text(encoding="utf-8"))
    ]
    assert cached == []


def test_cached_fair_shows_the_following_event_once_the_next_one_ends(client, home):
    fair = publish(FairPageFactory(parent=home))
    booth = build_booth(fair, topics=0, projects=0, events=0, resources=0)
    events = EventIndexPage.objects.child_of(booth).get()
    publish(EventPageFactory(parent=events, title="First session"))
    later = datetime.date(2021, 2, 3)
    publish(EventPageFactory(parent=events, title="Second session", date=later))
    with time_machine.travel(at(15, 29), tick=False) as clock:
        response = visit(client, fair.url)
        assert "First session" in text_of(response)
        assert response["Cache-Control"] == "public, max-age=60"
        clock.move_to(at(15, 30))
        response = visit(client, fair.url)
        assert (response[HEADER], "Second session" in text_of(response)) == ("miss", True)


def test_cached_booth_stops_featuring_a_postponed_event_after_its_planned_end(client, booth):
    events = EventIndexPage.objects.child_of(booth).get()
    publish(EventPageFactory(parent=events, title="Postponed session", status="postponed"))
    with time_machine.travel(at(15, 25), tick=False) as clock:
        response = visit(client, booth.url)
        assert "Postponed session" in text_of(response)
        assert response["Cache-Control"] == "public, max-age=300"
        clock.move_to(at(15, 30))
        assert visit(client, booth.url)[HEADER] == "miss"


# Configuration


def test_check_warns_about_a_cache_each_process_keeps_for_itself(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    messages = checks.check_page_cache(None)
    assert [message.id for message in messages] == ["icm_ebooth.W002"]
    assert "LocMemCache" in messages[0].msg


def test_check_accepts_redis(settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/",
        },
    }
    settings.ICM_EBOOTH_PAGE_CACHE_ALIAS = "pages"
    assert checks.check_page_cache(None) == []


def test_check_reports_an_unknown_cache_alias(settings):
    settings.ICM_EBOOTH_PAGE_CACHE_ALIAS = "pages"
    assert [message.id for message in checks.check_page_cache(None)] == ["icm_ebooth.E007"]


def test_check_is_silent_while_the_page_cache_is_off(settings):
    settings.ICM_EBOOTH_PAGE_CACHE = False
    settings.ICM_EBOOTH_PAGE_CACHE_ALIAS = "pages"
    assert checks.check_page_cache(None) == []


# A CDN in front of the site

PURGED_URLS = set()


class RecordingBackend(BaseBackend):
    """A frontend cache that notes what it is asked to forget."""

    def purge(self, url):
        PURGED_URLS.add(url)


def test_publishing_purges_the_booth_from_the_cdn_in_every_language(
    client, settings, booth, event_index, home_fr, locale_fr, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "recorder": {"BACKEND": "tests.test_page_cache.RecordingBackend"}
    }
    translate_to(Contact.objects.get(pk=booth.contact_id), locale_fr)
    french_booth = translate_to(booth, locale_fr)
    PURGED_URLS.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish(TopicPageFactory(parent=booth, title="Eligible countries"))
    assert {
        booth.full_url,
        french_booth.full_url,
        f"{booth.full_url}events.ics",
        f"{event_index.full_url}events.ics",
    } <= PURGED_URLS


def test_cdn_paths_of_each_page_type_are_known_without_reading_the_page(
    booth, event_index, django_assert_num_queries
):
    from wagtail.models import Page

    event = publish(EventPageFactory(parent=event_index, title="Information session"))
    topic = TopicPage.objects.child_of(booth).first()
    pages = Page.objects.filter(pk__in=[booth.pk, event_index.pk, event.pk, topic.pk])
    deferred = {page.pk: page.specific_deferred for page in pages}
    with django_assert_num_queries(0):
        paths = {pk: page.get_cached_paths() for pk, page in deferred.items()}
    assert paths == {
        booth.pk: ["/", "events.ics"],
        event_index.pk: ["/", "events.ics"],
        event.pk: ["/", "event.ics"],
        topic.pk: ["/"],
    }


def test_cached_fair_signals_an_event_as_open_to_join_then_live_when_it_is(client, home):
    fair = publish(FairPageFactory(parent=home))
    booth = build_booth(fair, topics=0, projects=0, events=0, resources=0)
    events = EventIndexPage.objects.child_of(booth).get()
    publish(EventPageFactory(parent=events, title="First session"))

    def signal(response):
        html = BeautifulSoup(response.content, "html.parser")
        return html.select_one(".ebooth-hall__signal").get_text(" ", strip=True)

    with time_machine.travel(at(13, 40), tick=False) as clock:
        response = visit(client, fair.url)
        assert signal(response).startswith("Next event: First session")
        # The join window opens at 13:45: the hall's signal changes then.
        assert response["Cache-Control"] == "public, max-age=300"
        clock.move_to(at(13, 45))
        response = visit(client, fair.url)
        assert (response[HEADER], signal(response)) == ("miss", "Open to join First session")
        clock.move_to(at(14, 0))
        response = visit(client, fair.url)
        assert (response[HEADER], signal(response)) == ("miss", "Live now First session")
