"""The booth's design on a phone: each page type in light and dark, at 320 px, by keyboard.

The example site follows the visitor's system (ICM_EBOOTH_COLOR_SCHEME = "auto"), so a
browser that prefers dark gets the dark scheme. axe checks the contrast of both.
"""

import contextlib
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


# The booth's long sections, folded away on a phone.
FOLDED = ["#background", "#best-practices", "#library"]
PHONE = {"width": 390, "height": 844}


@contextlib.contextmanager
def booth_home(browser, site_url, **options):
    """A tab on the demo booth's home page, in a browser context with ``options``."""
    context = browser.new_context(**options)
    try:
        tab = context.new_page()
        tab.goto(site_url + BOOTH)
        yield tab
    finally:
        context.close()


def page_height(tab):
    return tab.evaluate("document.documentElement.scrollHeight")


def content_of(tab, section):
    """The first card or paragraph of a section, past its heading."""
    return tab.locator(f"{section} .ebooth-card, {section} p").first


def test_a_visitor_on_a_phone_opens_a_folded_section_with_or_without_script(
    browser,
    demo_site,  # noqa: F811
):
    for script in (True, False):
        with booth_home(browser, demo_site, viewport=PHONE, java_script_enabled=script) as tab:
            folded_height = page_height(tab)
            for section in FOLDED:
                assert tab.locator(section + " h2").is_visible(), section
                assert not content_of(tab, section).is_visible(), section
            # The section's heading is the button that unfolds it, by touch or by keyboard.
            library = tab.locator("#library > details > summary")
            assert library.evaluate("(summary) => summary.contains(summary.querySelector('h2'))")
            library.click()
            cards = tab.locator("#library .ebooth-card")
            assert cards.count() > 0 and cards.first.is_visible()
            assert tab.get_by_role("link", name="The whole library").is_visible()
            tab.locator("#best-practices > details > summary").focus()
            tab.keyboard.press("Enter")
            assert content_of(tab, "#best-practices").is_visible()
            assert page_height(tab) > folded_height + 1000
            if script:  # axe runs as a script of the page
                assert_accessible(tab)

            # On paper every section is there, folded or not.
            tab.goto(demo_site + BOOTH)
            tab.emulate_media(media="print")
            for section in FOLDED:
                assert content_of(tab, section).is_visible(), section


def test_an_in_page_link_opens_the_folded_section_it_leads_to(
    browser,
    demo_site,  # noqa: F811
):
    with booth_home(browser, demo_site, viewport=PHONE) as tab:
        before = page_height(tab)
        # The section list stays at the top of the screen; its link opens the folded section.
        tab.locator(".ebooth-toc").get_by_role("link", name="Library and resources").click()
        assert tab.evaluate("location.hash") == "#library"
        assert content_of(tab, "#library").is_visible()
        heading = tab.locator("#library-heading").bounding_box()
        toc = tab.locator(".ebooth-toc").bounding_box()
        assert toc["y"] == 0 and toc["y"] + toc["height"] <= heading["y"] < 844, (toc, heading)
        assert page_height(tab) > before
        # A link from elsewhere to a folded section opens it as the page loads.
        tab.goto(demo_site + BOOTH + "#best-practices")
        tab.wait_for_load_state("load")
        assert content_of(tab, "#best-practices").is_visible()

    # Without script, a link to the folded section shows its content all the same.
    with booth_home(browser, demo_site, viewport=PHONE, java_script_enabled=False) as tab:
        tab.locator(".ebooth-toc").get_by_role("link", name="Library and resources").click()
        assert content_of(tab, "#library").is_visible()
        assert not content_of(tab, "#best-practices").is_visible()


def test_wider_screens_show_every_section_whole_and_pass_axe_in_dark(
    browser,
    demo_site,  # noqa: F811
):
    # The light scheme at this width passes axe in the walk of the example site.
    for script, scheme in ((True, "dark"), (False, "light")):
        options = {"color_scheme": scheme, "java_script_enabled": script}
        with booth_home(
            browser, demo_site, viewport={"width": 1366, "height": 900}, **options
        ) as tab:
            for section in FOLDED:
                assert content_of(tab, section).is_visible(), (section, script, scheme)
            if script:
                assert tab.locator("[data-ebooth-fold][open]").count() == len(FOLDED)
                assert_accessible(tab)
