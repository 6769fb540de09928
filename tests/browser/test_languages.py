"""A visitor switches the booth's language; every version passes axe."""

import pytest
from wagtail.models import Locale

from icm_ebooth.models import Contact
from tests.browser.axe import assert_accessible
from tests.factories import ContactFactory, build_booth
from tests.translating import translate_to

PREFIX = {"fr": "[fr] ", "de": "[de] "}


def translate(instance, locale):
    return translate_to(instance, locale, prefix=PREFIX[locale.language_code])


@pytest.fixture(scope="module")
def booth(browser_site):
    home = browser_site.home
    contact = ContactFactory()
    booth = build_booth(home, topics=1, projects=1, events=1, resources=1, contact=contact)
    for code in ("fr", "de"):
        locale = Locale.objects.get_or_create(language_code=code)[0]
        home.copy_for_translation(locale, alias=True)
        translate(Contact.objects.get(pk=booth.contact_id), locale)
        translate(booth, locale)
    return booth


def test_visitor_switches_language_and_each_version_is_accessible(
    browser_page, browser_site, booth
):
    browser_page.goto(browser_site.url + booth.url)
    assert browser_page.locator("html").get_attribute("lang") == "en"
    assert_accessible(browser_page)
    for code, name, heading in (("fr", "Français", "Pourquoi"), ("de", "Deutsch", "Warum")):
        switcher = browser_page.get_by_role("navigation", name=switcher_label(browser_page))
        link = switcher.get_by_role("link", name=name)
        assert link.get_attribute("hreflang") == code
        with browser_page.expect_navigation():
            link.click()
        assert browser_page.locator("html").get_attribute("lang") == code
        assert browser_page.locator("h1").inner_text().startswith(PREFIX[code])
        assert heading in browser_page.locator("#aim-heading").inner_text()
        assert_accessible(browser_page)


def switcher_label(page):
    return page.locator("nav.language-switcher").get_attribute("aria-label")
