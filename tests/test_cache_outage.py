"""A cache that is down or silent: pages still render, uncached, and nothing stale follows."""

import logging
import socket
import threading

import pytest
from bs4 import BeautifulSoup
from django.core.cache.backends.locmem import LocMemCache

from demo_site.models import StandardPage
from icm_ebooth.models import TopicPage
from tests.factories import build_booth, publish
from tests.production_settings import load_production_settings

HEADER = "X-Ebooth-Cache"


def production_caches(monkeypatch, redis_url):
    """The CACHES the example site's production settings build for ``redis_url``."""
    monkeypatch.setenv("REDIS_URL", redis_url)
    return load_production_settings(monkeypatch).CACHES


@pytest.fixture
def booth(home):
    return build_booth(home, topics=1, projects=0, events=1, resources=0)


@pytest.fixture
def statement(home):
    page = StandardPage(title="Accessibility statement", slug="accessibility", body="<p>AA</p>")
    home.add_child(instance=page)
    return page


@pytest.fixture
def silent_redis():
    """A server that accepts connections and never answers; it counts the connections."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    server.settimeout(0.1)
    accepted, stop = [], threading.Event()

    def accept():
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"redis://127.0.0.1:{server.getsockname()[1]}/0", accepted
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    server.close()


def title_of(response):
    return BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True)


def warnings_by_logger(caplog):
    return sorted(record.name for record in caplog.records if record.levelno >= logging.WARNING)


def visit_every_page_ten_times(client, booth, statement):
    topic = TopicPage.objects.child_of(booth).get()
    for _ in range(10):
        for page in (booth, topic, statement):
            response = client.get(page.url)
            assert response.status_code == 200
            assert title_of(response) == page.title
        feed = client.get(f"{booth.url}events.ics")
        assert feed.status_code == 200
        assert b"BEGIN:VCALENDAR" in feed.content


@pytest.mark.parametrize("redis_url", ["redis://127.0.0.1:1/0"])
def test_pages_render_uncached_when_redis_refuses_connections(
    client, settings, monkeypatch, caplog, booth, statement, redis_url
):
    settings.CACHES = production_caches(monkeypatch, redis_url)
    settings.ICM_EBOOTH_PAGE_CACHE = True
    visit_every_page_ten_times(client, booth, statement)
    # Once for the server, once for the page cache; not once per request.
    assert warnings_by_logger(caplog) == ["icm_ebooth.cache.backends", "icm_ebooth.cache.store"]


def test_a_redis_that_never_answers_costs_one_timeout_not_one_per_request(
    client, settings, monkeypatch, caplog, booth, statement, silent_redis
):
    redis_url, accepted = silent_redis
    # One retry period for the whole test, however slowly the machine renders.
    monkeypatch.setenv("REDIS_RETRY_AFTER", "3600")
    settings.CACHES = production_caches(monkeypatch, redis_url)
    settings.ICM_EBOOTH_PAGE_CACHE = True
    visit_every_page_ten_times(client, booth, statement)
    # Forty pages and calendars: Redis was tried on one connection, then left alone.
    assert len(accepted) == 1
    assert warnings_by_logger(caplog) == ["icm_ebooth.cache.backends", "icm_ebooth.cache.store"]


def test_a_page_cache_whose_backend_raises_still_serves_pages(
    client, settings, caplog, booth, statement
):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        },
    }
    settings.ICM_EBOOTH_PAGE_CACHE = True
    settings.ICM_EBOOTH_PAGE_CACHE_ALIAS = "pages"
    visit_every_page_ten_times(client, booth, statement)
    assert warnings_by_logger(caplog) == ["icm_ebooth.cache.store"]


class OutageCache(LocMemCache):
    """A local-memory cache that can be taken down, then answers as django-redis does with
    ``IGNORE_EXCEPTIONS``: reads miss, writes do nothing and return None."""

    down = False

    def get(self, key, default=None, version=None):
        return default if self.down else super().get(key, default, version)

    def get_many(self, keys, version=None):
        return {} if self.down else super().get_many(keys, version)

    def set(self, *args, **kwargs):
        return None if self.down else super().set(*args, **kwargs)

    def add(self, *args, **kwargs):
        return None if self.down else super().add(*args, **kwargs)

    def incr(self, *args, **kwargs):
        return None if self.down else super().incr(*args, **kwargs)


def test_a_change_published_during_an_outage_shows_once_the_cache_is_back(client, settings, booth):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {"BACKEND": "tests.test_cache_outage.OutageCache", "LOCATION": "outage"},
    }
    settings.ICM_EBOOTH_PAGE_CACHE = True
    settings.ICM_EBOOTH_PAGE_CACHE_ALIAS = "pages"
    # Tried again at the next request, as happens RETRY_AFTER seconds after the outage.
    settings.ICM_EBOOTH_PAGE_CACHE_RETRY_AFTER = 0
    topic = TopicPage.objects.child_of(booth).get()
    assert client.get(topic.url)[HEADER] == "miss"
    assert client.get(topic.url)[HEADER] == "hit"
    OutageCache.down = True
    try:
        topic.title = "How to apply in 2021"
        publish(topic)
        assert title_of(client.get(topic.url)) == "How to apply in 2021"
    finally:
        OutageCache.down = False
    assert title_of(client.get(topic.url)) == "How to apply in 2021"
    assert client.get(topic.url)[HEADER] == "hit"
