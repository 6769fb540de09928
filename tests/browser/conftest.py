"""Real-browser tests: Playwright drives the system Chromium against the live server.

Outside CI a machine without Chromium skips these tests; with CI=true it is a failure.
"""

import datetime
import os
import shutil

import pytest
from django.db import transaction
from django.test import override_settings
from wagtail.models import Locale, Site

from icm_ebooth.models import EventPage, TopicPage
from tests.browser.sites import BrowserSite, ensure_tree_roots, every_block
from tests.factories import ContactFactory, FairPageFactory, build_booth, publish

# Playwright's sync API runs an event loop in this thread; Django's ORM calls made by the
# test itself (building pages) are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("ICM_EBOOTH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
        if "browser_site" in getattr(item, "fixturenames", ()):
            # In a savepoint of the module's transaction (see ``browser_site``).
            item.add_marker(pytest.mark.django_db)


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        message = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def browser_page(browser):
    """A fresh browser tab with a phone-sized default viewport."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture(scope="session")
def site_server(django_db_setup):
    """A live server whose threads share the tests' connection to the in-memory SQLite database.

    They see what a test made inside its transaction, so a site can be built once for a module
    and rolled back after it, instead of committed and flushed for each test (see
    ``browser_site``). On another database the server would see nothing uncommitted: CI runs
    the browser tests on SQLite only.
    """
    from django.db import connection
    from pytest_django.live_server_helper import LiveServer

    if not (connection.vendor == "sqlite" and connection.is_in_memory_db()):
        pytest.skip("the shared browser site needs the in-memory SQLite database")
    server = LiveServer("localhost")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def browser_site(site_server, django_db_setup, django_db_blocker, tmp_path_factory):
    """The site a module's browser tests visit: a home page at the root of the default site.

    Built once per module, with whatever the module's own fixtures add to it (they take this
    fixture and do their work inside its transaction), and rolled back after the module. Each
    test runs in a savepoint within it, so what a test changes is undone after the test, and
    the live server sees it all without a commit. Admin flows that need committed data (a
    task worker, wagtail-localize's own transactions) use pytest-django's ``live_server``
    and ``transactional_db`` instead, in a module of their own.
    """
    from demo_site.models import HomePage

    media_root = tmp_path_factory.mktemp("browser-site-media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media_root),
        transaction.atomic(),
    ):
        locale = Locale.objects.get_or_create(language_code="en")[0]
        root = ensure_tree_roots(locale)
        home = root.add_child(instance=HomePage(title="Home", slug="browser-home", locale=locale))
        Site.objects.all().delete()
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Tests"
        )
        yield BrowserSite(site_server.url, home, media_root)
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _media_of_browser_site(request):
    """A test on ``browser_site`` sees the files its module's fixtures stored."""
    if "browser_site" in request.fixturenames:
        site = request.getfixturevalue("browser_site")
        request.getfixturevalue("settings").MEDIA_ROOT = site.media_root


@pytest.fixture(scope="module")
def booth(browser_site):
    """A booth of every page type under a fair, its first topic holding every block.

    A module that needs another booth defines its own ``booth``.
    """
    fair = publish(FairPageFactory(parent=browser_site.home))
    booth = build_booth(fair, topics=2, projects=3, events=2, resources=3,
                        contact=ContactFactory(name="ICM helpdesk"))  # fmt: skip
    event = EventPage.objects.descendant_of(booth).first()
    event.date = datetime.date.today() + datetime.timedelta(days=10)
    publish(event)
    topic = TopicPage.objects.descendant_of(booth).first()
    topic.body = every_block(booth, event)
    publish(topic)
    return booth
