"""A branded booth in a real browser: its colour and logo on every page, under the strict CSP.

The colour arrives through the booth's stylesheet alone: the pages carry no ``style=``
attribute, the policy reports no violation, and axe finds nothing in the light scheme or
in the dark one that the site switches on.
"""

import pytest

from icm_ebooth.colours import dark_shade
from icm_ebooth.models import BoothPage, EventPage, TopicPage
from tests.browser.axe import assert_accessible
from tests.browser.test_content_security_policy import (  # noqa: F401 (a fixture)
    assert_no_violation,
    open_page,
)
from tests.factories import make_image, publish

ACCENT = "#005f73"
ACCENT_RGB = "rgb(0, 95, 115)"

# Whether any element of the booth is drawn in the accent: as text, background or border.
SHOWS_ACCENT = """
(rgb) => Array.from(document.querySelectorAll(".icm-ebooth, .icm-ebooth *")).some((element) => {
  const style = getComputedStyle(element);
  return [style.color, style.backgroundColor, style.borderTopColor].includes(rgb);
})
"""
TOKEN = (
    "(name) => getComputedStyle(document.querySelector('.icm-ebooth'))"
    ".getPropertyValue(name).trim()"
)
# The colour a link in the booth is drawn in: the link token resolved in the booth's scheme.
LINK_COLOUR = """
() => {
  const link = document.querySelector(".icm-ebooth").appendChild(document.createElement("a"));
  const colour = getComputedStyle(link).color;
  link.remove();
  return colour;
}
"""


def rgb(colour):
    return "rgb({}, {}, {})".format(*(int(colour[index : index + 2], 16) for index in (1, 3, 5)))


@pytest.fixture
def branded_booth(booth):
    booth = BoothPage.objects.get(pk=booth.pk)  # the module's instance stays as it was
    booth.logo = make_image("Booth logo", size=(400, 400), colour="teal")
    booth.hero_image = make_image("Booth hero", size=(1600, 500), colour="teal")
    booth.accent_colour = ACCENT
    return publish(booth)


def branded_pages(branded):
    return [
        branded,
        TopicPage.objects.descendant_of(branded).first(),
        EventPage.objects.descendant_of(branded).first(),
    ]


def assert_branded(tab):
    assert tab.evaluate(TOKEN, "--icm-ebooth-accent") == ACCENT
    assert tab.evaluate(LINK_COLOUR) == ACCENT_RGB
    assert tab.evaluate(SHOWS_ACCENT, ACCENT_RGB)
    logo = tab.locator("img.ebooth-brand__logo")
    assert logo.count() == 1
    assert logo.evaluate("(img) => img.complete && img.naturalWidth > 0")
    assert tab.evaluate("document.querySelectorAll('[style]').length") == 0


def test_the_brand_is_applied_on_the_booths_pages_without_a_violation(open_page, branded_booth):  # noqa: F811
    for page in branded_pages(branded_booth):
        tab = open_page(page)
        assert_no_violation(tab)
        assert_branded(tab)
        assert_accessible(tab)
    tab = open_page(branded_booth)
    hero = tab.locator("img.ebooth-brand__hero")
    assert hero.evaluate("(img) => img.complete && img.naturalWidth > 0")
    assert hero.get_attribute("alt") == ""


def test_the_dark_scheme_takes_the_dark_accent_and_stays_accessible(open_page, branded_booth):  # noqa: F811
    for page in branded_pages(branded_booth)[:2]:
        tab = open_page(page)
        # The site's own signal for its dark scheme (see icm_ebooth.css).
        tab.evaluate("document.documentElement.setAttribute('data-color-scheme', 'dark')")
        assert tab.evaluate(LINK_COLOUR) == rgb(dark_shade(ACCENT))
        assert tab.evaluate(TOKEN, "--icm-ebooth-accent") == ACCENT
        assert_no_violation(tab)
        assert_accessible(tab)
