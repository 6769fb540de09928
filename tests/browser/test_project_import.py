"""An editor imports the results platform export in the admin, follows the import on its
status page, and a visitor finds the projects."""

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale, Site

from tests.browser.axe import assert_accessible
from tests.browser.sites import ensure_tree_roots
from tests.factories import BoothPageFactory, ProjectExampleIndexPageFactory, publish

EXPORT = Path(__file__).resolve().parent.parent / "fixtures" / "results_platform" / "projects.xlsx"


@pytest.fixture
def index(transactional_db, live_server):
    from demo_site.models import HomePage

    locale = Locale.objects.get_or_create(language_code="en")[0]
    root = ensure_tree_roots(locale)
    home = root.add_child(instance=HomePage(title="Home", slug="import-home", locale=locale))
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Tests"
    )
    booth = publish(BoothPageFactory(parent=home))
    return publish(ProjectExampleIndexPageFactory(parent=booth))


def signed_in_editor(browser, live_server):
    get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-passphrase")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.goto(f"{live_server.url}/admin/login/")
    tab.get_by_label("Username").fill("editor")
    tab.get_by_label("Password").fill("a-long-passphrase")
    tab.get_by_role("button", name="Sign in").click()
    return context, tab


def upload_export(tab, live_server, index):
    tab.goto(f"{live_server.url}/admin/pages/{index.pk}/")
    tab.get_by_role("button", name="Actions").first.click()
    tab.get_by_role("link", name="Import project examples").click()
    tab.get_by_label("Export file").set_input_files(str(EXPORT))
    tab.get_by_label("Publish").check()
    tab.get_by_role("button", name="Import").click()


def assert_report(tab):
    report = tab.get_by_role("table", name="What happened to each row of")
    report.wait_for()
    assert report.locator("tbody tr").count() == 5
    assert report.locator("tbody tr", has_text="created").count() == 4
    assert "is not a project identifier" in report.inner_text()


def test_editor_imports_the_export_and_visitors_find_the_projects(browser, live_server, index):
    context, tab = signed_in_editor(browser, live_server)

    upload_export(tab, live_server, index)

    assert re.search(r"/admin/icm-ebooth/imports/\d+/$", tab.url)
    assert_report(tab)
    assert_accessible(tab)
    context.close()

    visitor = browser.new_context().new_page()
    visitor.goto(live_server.url + index.url)
    assert visitor.locator("#project-results").inner_text() == "4 project examples"
    assert_accessible(visitor)


def test_the_status_page_follows_a_queued_import_until_its_report(
    browser, live_server, index, settings
):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
        "imports": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    }
    settings.ICM_EBOOTH_IMPORT_TASK_BACKEND = "imports"
    context, tab = signed_in_editor(browser, live_server)

    upload_export(tab, live_server, index)

    status = tab.locator("#import-progress-text")
    assert status.inner_text() == "Waiting for the import to start."
    assert tab.get_by_role("link", name="Refresh").is_visible()
    assert_accessible(tab)

    call_command(
        "db_worker", "--backend", "imports", "--batch", "--interval", "0", "--no-startup-delay"
    )

    # The page's script sees the import finish and shows the report, without a click.
    assert_report(tab)
    assert "Waiting for the import to start." not in tab.content()
    assert_accessible(tab)
    context.close()
