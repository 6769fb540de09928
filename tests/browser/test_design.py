"""The booth's design on a phone: each page type in light and dark, at 320 px, by keyboard.

The example site follows the visitor's system (ICM_EBOOTH_COLOR_SCHEME = "auto"), so a
browser that prefers dark gets the dark scheme. axe checks the contrast of both.
"""

import re

from tests.browser.axe import assert_accessible
from tests.browser.test_example_site_walk import demo_site  # noqa: F401 (a fixture)

BOOTH = "/en/erasmus-virtual-fair/international-credit-mobility/"
# One page of each type.
PAGES = [
    "/en/",
    "/en/erasmus-virtual-fair/",
    BOOTH,
    BOOTH + "how-to-apply/",
    BOOTH + "project-examples/",
    BOOTH + "project-examples/agronomy-western-balkans/",
    BOOTH + "visual-materials/",
    BOOTH + "events/",
    BOOTH + "events/live-event-27-january-2021/",
    BOOTH + "events/information-session/",
]


def background_of(tab, selector):
    return tab.eval_on_selector(selector, "node => getComputedStyle(node).backgroundColor")


def test_each_page_type_on_a_phone_passes_axe_in_light_and_dark_and_fits_320_pixels(
    browser,
    demo_site,  # noqa: F811
):
    for scheme in ("light", "dark"):
        context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme=scheme)
        tab = context.new_page()
        try:
            for path in PAGES:
                assert tab.goto(demo_site + path).status == 200, path
                assert_accessible(tab)
            # The booth follows the visitor's system on this site: dark on a dark system only.
            tab.goto(demo_site + BOOTH)
            dark = background_of(tab, ".icm-ebooth") == "rgb(21, 24, 29)"
            assert dark == (scheme == "dark"), scheme
        finally:
            context.close()

    context = browser.new_context(viewport={"width": 320, "height": 700})
    tab = context.new_page()
    wide = {}
    try:
        for path in PAGES:
            tab.goto(demo_site + path)
            width = tab.evaluate("document.documentElement.scrollWidth")
            if width > 320:
                wide[path] = width
    finally:
        context.close()
    assert not wide, f"pages wider than the screen at 320 px: {wide}"


def test_focus_is_visible_the_section_list_stays_and_an_event_prints_on_one_page(
    browser,
    demo_site,  # noqa: F811
):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    try:
        tab.goto(demo_site + BOOTH)
        tab.keyboard.press("Tab")  # the skip link
        tab.keyboard.press("Enter")
        for _ in range(3):
            tab.keyboard.press("Tab")
        focused = tab.evaluate(
            "() => { const s = getComputedStyle(document.activeElement);"
            " return [document.activeElement.closest('.icm-ebooth') !== null,"
            " s.outlineStyle, parseFloat(s.outlineWidth)]; }"
        )
        assert focused[0] and focused[1] == "solid" and focused[2] >= 3, focused
        # Far down the booth, the list of its sections is still at the top of the screen.
        tab.locator("#contact").scroll_into_view_if_needed()
        box = tab.locator(".ebooth-toc").bounding_box()
        assert box is not None and 0 <= box["y"] < 5

        # On paper, an upcoming event is a one-page handout that spells out its join link.
        tab.goto(demo_site + BOOTH + "events/information-session/")
        tab.emulate_media(media="print")
        join = tab.locator(".ebooth-join")
        assert "https://example.org/webex/icm-information-session" in join.inner_text()
        assert not tab.locator(".ebooth-calendar-links").is_visible()
        pdf = tab.pdf(format="A4")
        assert len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf)) == 1
    finally:
        context.close()
