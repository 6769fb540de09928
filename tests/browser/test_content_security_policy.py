"""The booth's pages under the Content-Security-Policy the example site sends.

Each page must raise no violation, and each of its scripts must still have done its work:
a policy that silently blocked them would leave the pages readable but half-built.
"""

import pytest

from icm_ebooth.csp import HEADER, policy
from icm_ebooth.models import EventPage, ProjectExampleIndexPage, ResourceLibraryPage, TopicPage
from tests.browser.axe import assert_accessible

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

# Runs before the page's own scripts, so that no violation can happen unseen.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"}`
    + ` at ${event.sourceFile}:${event.lineNumber}`
  );
});
"""


@pytest.fixture
def open_page(browser, browser_site):
    """Opens a page in a fresh tab that records violations and script errors."""
    contexts = []

    def open_in_tab(page, viewport=PHONE):
        context = browser.new_context(
            viewport=viewport, timezone_id="America/New_York", locale="en-US"
        )
        contexts.append(context)
        # Offline: the video player's host is never reached, but its frame must be allowed.
        context.route(
            "**/*",
            lambda route: (
                route.continue_()
                if route.request.url.startswith(browser_site.url)
                else route.abort()
            ),
        )
        tab = context.new_page()
        tab.add_init_script(RECORD_VIOLATIONS)
        tab.errors = []
        tab.on("pageerror", lambda error: tab.errors.append(str(error)))
        response = tab.goto(browser_site.url + page.url)
        assert response.headers[HEADER.lower()] == policy()
        return tab

    yield open_in_tab
    for context in contexts:
        context.close()


def assert_no_violation(tab):
    tab.wait_for_load_state("load")
    assert tab.evaluate("window.cspViolations") == []
    assert tab.errors == []


def assert_local_time_shown(tab):
    local = tab.locator("[data-ebooth-local-time]").first
    local.wait_for(state="visible")
    assert "Your local time:" in local.inner_text()
    assert "EST" in local.inner_text() or "EDT" in local.inner_text()


def test_booth_home_shows_the_visitors_time_without_a_violation(open_page, booth):
    tab = open_page(booth)
    assert_local_time_shown(tab)
    assert_no_violation(tab)


def test_event_page_shows_the_visitors_time_without_a_violation(open_page, booth):
    event = EventPage.objects.descendant_of(booth).order_by("-start_at").first()
    tab = open_page(event)
    assert tab.locator('script[type="application/ld+json"]').count() == 1
    assert_local_time_shown(tab)
    assert_no_violation(tab)


def test_video_facade_swaps_in_the_player_without_a_violation(open_page, booth):
    tab = open_page(TopicPage.objects.descendant_of(booth).first())
    assert tab.locator(".ebooth-video iframe").count() == 0
    tab.locator("[data-ebooth-video-play]").click()
    player = tab.locator(".ebooth-video iframe")
    player.wait_for(state="attached")
    assert player.get_attribute("src").startswith("https://player.vimeo.com/video/")
    assert_no_violation(tab)


@pytest.mark.parametrize(
    ("page_class", "heading", "first_filter"),
    [
        (ProjectExampleIndexPage, "Find project examples", "Partner region"),
        (ResourceLibraryPage, "Filter the library", "Type"),
    ],
)
def test_filters_start_folded_on_a_phone_and_open_from_their_heading(
    open_page,
    booth,
    page_class,
    heading,
    first_filter,
):
    tab = open_page(page_class.objects.descendant_of(booth).first())
    toggle = tab.get_by_role("heading", level=2, name=heading).get_by_role("button", name=heading)
    toggle.wait_for()
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not tab.get_by_label(first_filter).is_visible()
    assert_accessible(tab)
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert tab.get_by_label(first_filter).is_visible()
    toggle.click()
    assert not tab.get_by_label(first_filter).is_visible()
    assert_no_violation(tab)


@pytest.mark.parametrize("page_class", [ProjectExampleIndexPage, ResourceLibraryPage])
def test_filters_stay_open_on_a_wide_screen(open_page, booth, page_class):
    tab = open_page(page_class.objects.descendant_of(booth).first(), viewport=DESKTOP)
    toggle = tab.locator(".ebooth-filters__toggle")
    toggle.wait_for()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert tab.locator(".ebooth-filters__body select").first.is_visible()
    assert_no_violation(tab)
