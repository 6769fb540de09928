"""Visitors in a real browser: every page type of a booth with every block, checked by axe."""

import datetime

import pytest

from icm_ebooth.models import (
    BoothPage,
    EventIndexPage,
    EventPage,
    ProjectExampleIndexPage,
    ProjectExamplePage,
    ResourceLibraryPage,
    TopicPage,
)
from tests.browser.axe import assert_accessible
from tests.factories import make_document, publish

# The booth is the shared one of conftest.py: every page type, a topic with every block.
PAGES = [None, TopicPage, ProjectExampleIndexPage, ProjectExamplePage, ResourceLibraryPage,
         EventIndexPage, EventPage]  # fmt: skip


@pytest.mark.parametrize("page_class", PAGES, ids=lambda c: c.__name__ if c else "BoothPage")
def test_every_booth_page_passes_axe(browser_page, browser_site, booth, page_class):
    page = booth if page_class is None else page_class.objects.descendant_of(booth).first()
    browser_page.goto(browser_site.url + page.url)
    assert browser_page.locator("h1").count() == 1
    assert_accessible(browser_page)


def test_topic_with_every_block_passes_axe_and_shows_each_block(browser_page, browser_site, booth):
    topic = TopicPage.objects.descendant_of(booth).first()
    browser_page.goto(browser_site.url + topic.url)
    text = browser_page.locator("main").inner_text()
    for expected in ("Students on a campus", "Programme guide (PDF, 1.3 MB, English)",
                     "ICM in numbers", "Ask us", "Next event"):  # fmt: skip
        assert expected in text or browser_page.locator(f"img[alt='{expected}']").count()
    assert_accessible(browser_page)


@pytest.mark.parametrize("width", [320, 1280])
def test_booth_reads_without_horizontal_scrolling(browser, browser_site, booth, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    for page in [booth, TopicPage.objects.descendant_of(booth).first()]:
        tab.goto(browser_site.url + page.url)
        scroll_width = tab.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width, (page.url, scroll_width)
    context.close()


def test_booth_works_without_javascript(browser, browser_site, booth):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(browser_site.url + booth.url)
    assert tab.locator("#topics h3 a").count() == 4
    assert "ICM helpdesk" in tab.locator("#contact").inner_text()
    context.close()


def test_event_time_shows_the_visitors_own_zone(browser, browser_site, booth):
    context = browser.new_context(timezone_id="America/New_York", locale="en-US")
    tab = context.new_page()
    event = EventPage.objects.descendant_of(booth).order_by("-start_at").first()
    tab.goto(browser_site.url + event.url)
    local = tab.locator("[data-ebooth-local-time]")
    local.wait_for(state="visible")
    assert "Your local time:" in local.inner_text()
    assert "EST" in local.inner_text() or "EDT" in local.inner_text()
    assert "Brussels" in tab.locator(".ebooth-event-when time").inner_text()
    assert_accessible(tab)
    context.close()


@pytest.mark.parametrize(
    ("moment", "status", "phase"),
    [
        ("2021-01-27T10:00:00+01:00", "scheduled", "Upcoming"),
        ("2021-01-27T13:50:00+01:00", "scheduled", "Open to join"),
        ("2021-01-27T14:30:00+01:00", "scheduled", "Live now"),
        ("2021-01-27T16:00:00+01:00", "scheduled", "Ended"),
        ("2021-01-27T14:30:00+01:00", "cancelled", "Cancelled"),
    ],
)
def test_event_page_passes_axe_in_every_state(browser_page, browser_site, booth, moment, status,
                                              phase):  # fmt: skip
    import time_machine

    event = EventPage.objects.descendant_of(booth).order_by("start_at").first()
    event.date = datetime.date(2021, 1, 27)
    event.status = status
    publish(event)
    with time_machine.travel(datetime.datetime.fromisoformat(moment), tick=True):
        browser_page.goto(browser_site.url + event.url)
        assert browser_page.locator("article .ebooth-badge").first.inner_text() == phase
        assert_accessible(browser_page)


def test_video_facade_contacts_no_other_host_until_the_visitor_plays_it(
    browser_page, browser_site, booth
):
    requested = []
    browser_page.on("request", lambda request: requested.append(request.url))
    topic = TopicPage.objects.descendant_of(booth).first()
    browser_page.goto(browser_site.url + topic.url)
    browser_page.wait_for_load_state("networkidle")
    assert requested
    assert all(url.startswith(browser_site.url) for url in requested), [
        url for url in requested if not url.startswith(browser_site.url)
    ]
    assert browser_page.locator(".ebooth-video iframe").count() == 0
    play = browser_page.locator("[data-ebooth-video-play]")
    play.click()
    player = browser_page.locator(".ebooth-video iframe")
    player.wait_for(state="attached")
    assert player.get_attribute("src").startswith("https://player.vimeo.com/video/")
    assert player.get_attribute("title")


def test_a_visitor_finds_no_link_to_a_document_in_a_private_collection(
    browser_page, browser_site, booth
):
    from wagtail.models import Collection, CollectionViewRestriction

    staff_only = Collection.get_first_root_node().add_child(name="Staff only")
    CollectionViewRestriction.objects.create(collection=staff_only, restriction_type="login")
    memo = make_document("Internal memo", "memo.pdf")
    memo.collection = staff_only
    memo.save()
    booth = BoothPage.objects.get(pk=booth.pk)  # the module's instance stays as it was
    booth.key_document = memo
    publish(booth)
    event = EventPage.objects.descendant_of(booth).order_by("start_at").first()
    event.slides = memo
    publish(event)
    for page in (booth, event):
        browser_page.goto(browser_site.url + page.url)
        assert browser_page.locator(f"a[href*='/documents/{memo.pk}/']").count() == 0
        assert "Internal memo" not in browser_page.locator("main").inner_text()
        assert_accessible(browser_page)
