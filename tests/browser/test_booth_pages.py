"""Visitors in a real browser: every page type of a booth with every block, checked by axe."""

import datetime

import pytest
from wagtail.models import Page, Site

from icm_ebooth.blocks import BodyStreamBlock
from icm_ebooth.models import (
    EventIndexPage,
    EventPage,
    ProjectExampleIndexPage,
    ProjectExamplePage,
    ResourceLibraryPage,
    TopicPage,
)
from tests.browser.axe import assert_accessible
from tests.factories import (
    ContactFactory,
    FairPageFactory,
    build_booth,
    make_document,
    make_image,
    publish,
)


def ensure_tree_roots(locale):
    """The root page and root collection, which a flushed database lacks.

    The live server reads from another thread, so these tests commit their data and the
    database is emptied after each one, migrations' rows included.
    """
    from wagtail.models import Collection

    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    return Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )


def every_block(booth, event):
    """A body that uses every block of the library once, with realistic values."""
    image = make_image("Campus")
    document = make_document("Programme guide", "guide.pdf", size=1_300_000)
    picture = {"image": image, "alt_text": "Students on a campus", "caption": "Campus"}
    overrides = {
        "image": {
            "image": {"image": image, "alt_text": "Students on a campus", "decorative": False},
            "caption": "A campus",
            "attribution": "© Example",
        },
        "gallery": {"title": "Visual materials", "items": [picture]},
        "download": {"document": document, "title": "", "language": "en", "description": "x"},
        "contact": {"heading": "Ask us", "contact": ContactFactory()},
        "event": {"heading": "Next event", "event": event},
        "related": {"heading": "See also", "pages": [booth]},
    }
    values = []
    for name, block in BodyStreamBlock().child_blocks.items():
        if name in overrides:
            value = block.normalize(overrides[name])
        elif name == "video":
            value = block.normalize({**block.get_preview_value(), "poster": image})
        else:
            value = block.get_preview_value()
        values.append((name, value))
    return values


@pytest.fixture
def booth(transactional_db, live_server):
    from wagtail.models import Locale

    from demo_site.models import HomePage

    locale = Locale.objects.get_or_create(language_code="en")[0]
    root = ensure_tree_roots(locale)
    home = root.add_child(instance=HomePage(title="Home", slug="browser-home", locale=locale))
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Tests"
    )
    fair = publish(FairPageFactory(parent=home))
    booth = build_booth(fair, topics=2, projects=3, events=2, resources=3,
                        contact=ContactFactory(name="ICM helpdesk"))  # fmt: skip
    event = EventPage.objects.descendant_of(booth).first()
    event.date = datetime.date.today() + datetime.timedelta(days=10)
    publish(event)
    topic = TopicPage.objects.descendant_of(booth).first()
    topic.body = every_block(booth, event)
    publish(topic)
    return booth


PAGES = [None, TopicPage, ProjectExampleIndexPage, ProjectExamplePage, ResourceLibraryPage,
         EventIndexPage, EventPage]  # fmt: skip


@pytest.mark.parametrize("page_class", PAGES, ids=lambda c: c.__name__ if c else "BoothPage")
def test_every_booth_page_passes_axe(browser_page, live_server, booth, page_class):
    page = booth if page_class is None else page_class.objects.descendant_of(booth).first()
    browser_page.goto(live_server.url + page.url)
    assert browser_page.locator("h1").count() == 1
    assert_accessible(browser_page)


def test_topic_with_every_block_passes_axe_and_shows_each_block(browser_page, live_server, booth):
    topic = TopicPage.objects.descendant_of(booth).first()
    browser_page.goto(live_server.url + topic.url)
    text = browser_page.locator("main").inner_text()
    for expected in ("Students on a campus", "Programme guide (PDF, 1.3 MB, English)",
                     "ICM in numbers", "Ask us", "Next event"):  # fmt: skip
        assert expected in text or browser_page.locator(f"img[alt='{expected}']").count()
    assert_accessible(browser_page)


@pytest.mark.parametrize("width", [320, 1280])
def test_booth_reads_without_horizontal_scrolling(browser, live_server, booth, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    for page in [booth, TopicPage.objects.descendant_of(booth).first()]:
        tab.goto(live_server.url + page.url)
        scroll_width = tab.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width, (page.url, scroll_width)
    context.close()


def test_booth_works_without_javascript(browser, live_server, booth):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(live_server.url + booth.url)
    assert tab.locator("#topics h3 a").count() == 4
    assert "ICM helpdesk" in tab.locator("#contact").inner_text()
    context.close()


def test_event_time_shows_the_visitors_own_zone(browser, live_server, booth):
    context = browser.new_context(timezone_id="America/New_York", locale="en-US")
    tab = context.new_page()
    event = EventPage.objects.descendant_of(booth).order_by("-start_at").first()
    tab.goto(live_server.url + event.url)
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
def test_event_page_passes_axe_in_every_state(browser_page, live_server, booth, moment, status,
                                              phase):  # fmt: skip
    import time_machine

    event = EventPage.objects.descendant_of(booth).order_by("start_at").first()
    event.date = datetime.date(2021, 1, 27)
    event.status = status
    publish(event)
    with time_machine.travel(datetime.datetime.fromisoformat(moment), tick=True):
        browser_page.goto(live_server.url + event.url)
        assert browser_page.locator("article .ebooth-badge").first.inner_text() == phase
        assert_accessible(browser_page)


def test_video_facade_contacts_no_other_host_until_the_visitor_plays_it(
    browser_page, live_server, booth
):
    requested = []
    browser_page.on("request", lambda request: requested.append(request.url))
    topic = TopicPage.objects.descendant_of(booth).first()
    browser_page.goto(live_server.url + topic.url)
    browser_page.wait_for_load_state("networkidle")
    assert requested
    assert all(url.startswith(live_server.url) for url in requested), [
        url for url in requested if not url.startswith(live_server.url)
    ]
    assert browser_page.locator(".ebooth-video iframe").count() == 0
    play = browser_page.locator("[data-ebooth-video-play]")
    play.click()
    player = browser_page.locator(".ebooth-video iframe")
    player.wait_for(state="attached")
    assert player.get_attribute("src").startswith("https://player.vimeo.com/video/")
    assert player.get_attribute("title")


def test_a_visitor_finds_no_link_to_a_document_in_a_private_collection(
    browser_page, live_server, booth
):
    from wagtail.models import Collection, CollectionViewRestriction

    staff_only = Collection.get_first_root_node().add_child(name="Staff only")
    CollectionViewRestriction.objects.create(collection=staff_only, restriction_type="login")
    memo = make_document("Internal memo", "memo.pdf")
    memo.collection = staff_only
    memo.save()
    booth.key_document = memo
    publish(booth)
    event = EventPage.objects.descendant_of(booth).order_by("start_at").first()
    event.slides = memo
    publish(event)
    for page in (booth, event):
        browser_page.goto(live_server.url + page.url)
        assert browser_page.locator(f"a[href*='/documents/{memo.pk}/']").count() == 0
        assert "Internal memo" not in browser_page.locator("main").inner_text()
        assert_accessible(browser_page)
