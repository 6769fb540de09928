"""Booth metrics in a real Redis: one buffer for every process; a Redis that stops costs counts."""

import os
import shutil
import socket
import subprocess
import time

import pytest
import redis
from django.urls import reverse

from icm_ebooth.metrics import buffer, kinds
from icm_ebooth.models import DailyCount, DailyVisitors, EventPage
from tests.factories import ContactFactory, build_booth
from tests.test_metrics_counting import counts, flushed, view_page, visitor


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.ICM_EBOOTH_PAGE_CACHE = True


@pytest.fixture
def booth(home):
    return build_booth(home, topics=0, projects=0, events=1, resources=0, contact=ContactFactory())


@pytest.fixture
def event(booth):
    return EventPage.objects.descendant_of(booth).get()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def redis_url():
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("redis-server is not installed")
        pytest.skip("redis-server is not installed")
    port = free_port()
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    for _ in range(50):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.1)
    yield url, server, client
    if server.poll() is None:
        server.terminate()
        server.wait()


@pytest.fixture
def metrics_in_redis(settings, redis_url):
    url, server, client = redis_url
    settings.CACHES = {
        **settings.CACHES,
        "metrics": {
            "BACKEND": "icm_ebooth.cache.backends.FailSoftRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "metrics-test",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.25, "SOCKET_TIMEOUT": 0.25},
        },
    }
    settings.ICM_EBOOTH_METRICS_CACHE_ALIAS = "metrics"
    return server, client


def test_counts_wait_in_redis_and_a_flush_takes_them_all_once(booth, metrics_in_redis):
    _server, client = metrics_in_redis
    assert isinstance(buffer.current(), buffer.RedisBuffer)
    view_page(visitor("192.0.2.1"), booth.url)
    view_page(visitor("192.0.2.2"), booth.url)
    view_page(visitor("192.0.2.2"), booth.url)
    assert not DailyCount.objects.exists()
    assert any(b"metrics:hits" in key for key in client.scan_iter())
    flushed()
    flushed()
    assert counts(kind=kinds.PAGE_VIEW, booth=booth) == 3
    assert DailyVisitors.objects.get(booth=booth).count == 2
    keys = list(client.scan_iter())
    assert not any(b"metrics:hits" in key or b"metrics:members" in key for key in keys)
    # The day's visitor hashes and salt expire by themselves: nothing is kept for longer.
    kept = [key for key in keys if b"metrics:day:" in key or b"metrics:salt:" in key]
    assert kept and all(0 < client.ttl(key) <= 26 * 60 * 60 for key in kept)


def test_with_redis_stopped_pages_beacons_and_joins_still_answer(booth, event, metrics_in_redis):
    server, _client = metrics_in_redis
    server.terminate()
    server.wait()
    client = visitor()
    view_page(client, booth.url)
    assert client.get(reverse("icm_ebooth_join", args=[event.pk])).status_code == 302
    assert client.get(f"{event.url}event.ics").status_code == 200
    flushed()
    assert not DailyCount.objects.exists()
