"""An editor composes a booth from scratch in the real admin; a visitor reads it."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import Locale, Site

from icm_ebooth.models import BoothPage, EventIndexPage, ProjectExampleIndexPage
from tests.browser.axe import assert_accessible, axe_violations, describe
from tests.browser.sites import ensure_tree_roots

# The admin's fields drawn by this package's own widgets.
ZONE_FIELD = "[data-field-wrapper]:has(input[name=time_zone])"
LANGUAGE_FIELD = "[data-field-wrapper]:has(select[name=key_document_language])"
# Markup of Wagtail's own widgets, left out of the checks: its rich text editor (Draftail)
# leaves its text box unnamed (aria-input-field-name), and its date and time pickers' arrow
# and "today" buttons have no text (button-name).
WAGTAIL_WIDGETS = [".Draftail-Editor", ".xdsoft_datetimepicker"]


@pytest.fixture
def home(transactional_db, live_server, settings):
    from demo_site.models import HomePage

    # Autosave posts the form every half second while the editor types, racing the clicks.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    # The institution's own zone, so the Brussels event is in another one.
    settings.ICM_EBOOTH_DEFAULT_TIME_ZONE = "Europe/Lisbon"
    locale = Locale.objects.get_or_create(language_code="en")[0]
    root = ensure_tree_roots(locale)
    home = root.add_child(instance=HomePage(title="Home", slug="editor-home", locale=locale))
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Tests"
    )
    return home


@pytest.fixture
def editor_tab(browser, live_server):
    get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-passphrase")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.goto(f"{live_server.url}/admin/login/")
    tab.get_by_label("Username").fill("editor")
    tab.get_by_label("Password").fill("a-long-passphrase")
    tab.get_by_role("button", name="Sign in").click()
    yield tab
    context.close()


def publish_form(tab):
    tab.get_by_role("button", name="More actions").click()
    with tab.expect_navigation():
        tab.get_by_role("button", name="Publish", exact=True).click()
    errors = tab.locator(".messages .error, .error-message")
    assert not errors.count(), tab.url + ": " + " / ".join(errors.all_inner_texts())


def fill_title(tab, title):
    tab.get_by_placeholder("Page title*").fill(title)
    tab.keyboard.press("Tab")
    # The admin's script makes the slug from the title when it is left; publishing needs it.
    expect(tab.locator("input[name=slug]")).not_to_have_value("")


def test_an_editor_composes_and_publishes_a_booth_that_visitors_read(
    browser, live_server, home, editor_tab
):
    tab = editor_tab
    # The booth: its sections come with it, as drafts.
    tab.goto(f"{live_server.url}/admin/pages/{home.pk}/")
    tab.get_by_role("link", name="Add child page").first.click()
    tab.get_by_role("link", name="Booth", exact=True).click()
    fill_title(tab, "Study in Europe")
    publish_form(tab)
    booth = BoothPage.objects.get(title="Study in Europe")
    tab.goto(f"{live_server.url}/admin/pages/{booth.pk}/")
    listing = tab.get_by_role("table")
    for title in ("How to apply", "Project examples", "Visual materials", "Events"):
        assert listing.get_by_role("link", name=title, exact=True).is_visible()
    assert listing.locator(".w-status", has_text="draft").count() == 7

    # A topic: its teaser on the content tab, and blocks from the picker.
    tab.get_by_role("link", name="How to apply", exact=True).click()
    tab.get_by_role("textbox", name="Introduction").fill("Who applies, to whom, and by when.")
    body = tab.locator("#panel-child-content-body-section")
    body.get_by_role("button", name="Insert a block").first.click()
    tab.get_by_role("option", name="Numbered steps").click()
    titles = body.get_by_role("textbox", name=re.compile(r"^Title"))
    titles.nth(0).fill("Apply in three steps")
    titles.nth(1).fill("Find a partner institution")
    body.get_by_role("button", name="Insert a block").last.click()
    tab.get_by_role("option", name="Text", exact=True).click()
    text = body.locator("[contenteditable=true][role=textbox]").last
    text.click()
    text.press_sequentially("Your international office can help.")
    # The rich text editor writes into the form a moment after the last key.
    expect(body.locator("input[value*='international office']")).to_have_count(1)
    publish_form(tab)

    # An event in Brussels time, found by typing part of the city.
    tab.get_by_role("row").filter(has_text="Event index").hover()
    tab.get_by_role("link", name="Add a child page to 'Events'").click()
    fill_title(tab, "Information session")
    tab.get_by_role("textbox", name=re.compile(r"^Date")).fill("2030-03-04")
    tab.get_by_role("textbox", name=re.compile(r"^Start time")).fill("14:00")
    tab.get_by_role("textbox", name=re.compile(r"^End time")).fill("15:30")
    zone = tab.get_by_role("combobox", name=re.compile(r"^Time zone"))
    assert zone.input_value() == "Europe/Lisbon"
    zone.fill("")
    zone.press_sequentially("Brus")
    suggestions = zone.evaluate(
        "input => [...input.list.options]"
        ".filter(option => `${option.value} ${option.label}`.includes(input.value))"
        ".map(option => option.value)"
    )
    assert suggestions == ["Europe/Brussels"]
    # Headless Chromium draws no suggestion list to click: the pick is typed in.
    zone.fill(suggestions[0])
    assert_accessible(tab, exclude=WAGTAIL_WIDGETS)
    publish_form(tab)

    # Everything else the booth holds, in one go.
    tab.goto(f"{live_server.url}/admin/pages/{booth.pk}/")
    tab.get_by_role("checkbox", name="Select all").check()
    tab.get_by_role("link", name="Publish selected pages", exact=True).click()
    with tab.expect_navigation():
        tab.get_by_role("button", name=re.compile(r"^Yes, publish")).click()

    visitor = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    visitor.goto(live_server.url + booth.url)
    topics = visitor.locator("#topics")
    assert "Who applies, to whom, and by when." in topics.inner_text()
    assert "Information session" in visitor.locator("#event").inner_text()
    assert_accessible(visitor)
    with visitor.expect_navigation():
        visitor.get_by_role("link", name="How to apply").first.click()
    assert "Find a partner institution" in visitor.locator("main").inner_text()
    assert "Your international office can help." in visitor.locator("main").inner_text()
    visitor.go_back()
    with visitor.expect_navigation():
        visitor.locator("#event").get_by_role("link", name="Information session").first.click()
    event_text = visitor.locator("main").inner_text()
    assert "14:00" in event_text and "Brussels" in event_text
    assert_accessible(visitor)


def test_the_packages_admin_views_pass_axe(live_server, home, editor_tab):
    tab = editor_tab
    booth = BoothPage(title="Study in Europe", slug="study", key_document_language="fr")
    home.add_child(instance=booth)
    index = ProjectExampleIndexPage(title="Project examples", slug="projects")
    booth.add_child(instance=index)
    events = EventIndexPage(title="Events", slug="events")
    booth.add_child(instance=events)
    # (address, the package's part it shows)
    views = {
        "booth edit form": (f"/admin/pages/{booth.pk}/edit/", LANGUAGE_FIELD),
        "event add form": (f"/admin/pages/add/icm_ebooth/eventpage/{events.pk}/", ZONE_FIELD),
        "project import": (f"/admin/icm-ebooth/projects/{index.pk}/import/", "main form"),
    }
    failures = []
    for name, (url, part) in views.items():
        response = tab.goto(live_server.url + url)
        assert response.status == 200, name
        expect(tab.locator(part)).to_be_visible()
        violations = axe_violations(tab, exclude=WAGTAIL_WIDGETS)
        if violations:
            failures.append(f"{name}:\n{describe(violations)}")
    assert not failures, "\n".join(failures)
