"""A visitor's page views and join click in a real browser reach the booth's metrics report."""

import datetime
import zoneinfo

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale, Site

from tests.browser.axe import assert_accessible
from tests.browser.sites import ensure_tree_roots
from tests.factories import (
    BoothPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    publish,
)

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
# Headless Chromium names itself a headless browser, which metrics do not count as a visitor.
DESKTOP_CHROME = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)
MEETING = "https://meet.example.org/j/1758881946"


@pytest.fixture
def event(transactional_db, live_server):
    from demo_site.models import HomePage

    locale = Locale.objects.get_or_create(language_code="en")[0]
    root = ensure_tree_roots(locale)
    home = root.add_child(instance=HomePage(title="Home", slug="metrics-home", locale=locale))
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Tests"
    )
    booth = publish(BoothPageFactory(parent=home, title="ICM booth"))
    index = publish(EventIndexPageFactory(parent=booth))
    # Starts in five minutes: open to join now.
    start = (timezone.now() + datetime.timedelta(minutes=5)).astimezone(BRUSSELS)
    end = start + datetime.timedelta(hours=1)
    return publish(
        EventPageFactory(
            parent=index,
            title="Information session",
            date=start.date(),
            start_time=start.time().replace(second=0, microsecond=0),
            end_date=end.date(),
            end_time=end.time().replace(second=0, microsecond=0),
        )
    )


def test_a_visit_and_a_join_show_in_the_report_which_passes_axe(browser, live_server, event):
    booth = event.get_parent().get_parent()
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, user_agent=DESKTOP_CHROME
    )
    # The meeting is on another host: the browser is answered here, offline.
    context.route(f"{MEETING}*", lambda route: route.fulfill(body="The meeting", status=200))
    tab = context.new_page()
    tab.goto(f"{live_server.url}{booth.url}")
    tab.wait_for_load_state("networkidle")
    tab.goto(f"{live_server.url}{event.url}")
    tab.wait_for_load_state("networkidle")
    tab.get_by_role("link", name="Join the web meeting").first.click()
    tab.wait_for_url(f"{MEETING}*")

    get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-passphrase")
    tab.goto(f"{live_server.url}/admin/login/")
    tab.get_by_label("Username").fill("editor")
    tab.get_by_label("Password").fill("a-long-passphrase")
    tab.get_by_role("button", name="Sign in").click()
    tab.get_by_role("button", name="Reports").click()
    tab.get_by_role("link", name="Booth metrics").click()
    tab.get_by_role("link", name="ICM booth").click()

    totals = tab.locator("table.ebooth-metrics-totals")
    totals.wait_for()
    assert "Page views 2" in " ".join(totals.inner_text().split())
    assert "Join clicks 1" in " ".join(totals.inner_text().split())
    events = tab.locator("table", has=tab.locator("caption", has_text="Events"))
    assert "Information session" in events.inner_text()
    assert tab.locator("svg[role=img]").count() == 2
    assert_accessible(tab)
    context.close()
