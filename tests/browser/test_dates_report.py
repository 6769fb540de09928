"""An editor finds, under Reports, what the clock has changed on their booth."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Site

from tests.browser.axe import assert_accessible
from tests.browser.sites import ensure_tree_roots
from tests.factories import BoothPageFactory, publish


@pytest.fixture
def booth(transactional_db, live_server):
    from demo_site.models import HomePage

    locale = Locale.objects.get_or_create(language_code="en")[0]
    root = ensure_tree_roots(locale)
    home = root.add_child(instance=HomePage(title="Home", slug="dates-home", locale=locale))
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Tests"
    )
    return publish(
        BoothPageFactory(
            parent=home, title="ICM booth", call_status="expected", next_call_year=2022
        )
    )


def test_editor_opens_dates_to_check_from_the_reports_menu(browser, live_server, booth):
    get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-passphrase")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.goto(f"{live_server.url}/admin/login/")
    tab.get_by_label("Username").fill("editor")
    tab.get_by_label("Password").fill("a-long-passphrase")
    tab.get_by_role("button", name="Sign in").click()

    tab.get_by_role("button", name="Reports").click()
    tab.get_by_role("link", name="Dates to check").click()
    table = tab.locator("table.listing")
    table.wait_for()
    row = table.locator("tbody tr", has_text="ICM booth")
    assert "Next call expected in 2022" in row.inner_text()
    assert "Past its date" in row.inner_text()
    assert_accessible(tab)
    context.close()
