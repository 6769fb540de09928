"""A visitor finds project examples in a real browser, with and without JavaScript."""

import pytest

from tests.browser.axe import assert_accessible
from tests.factories import BoothPageFactory, ProjectExampleIndexPageFactory, publish
from tests.test_project_finder import EXAMPLES, make_example


@pytest.fixture(scope="module")
def finder(browser_site):
    booth = publish(BoothPageFactory(parent=browser_site.home))
    index = publish(ProjectExampleIndexPageFactory(parent=booth))
    for number, example in enumerate(EXAMPLES, start=1):
        make_example(index, number, *example)
    return index


def test_visitor_filters_by_region_without_javascript_and_shares_the_link(
    browser, browser_page, browser_site, finder
):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 390, "height": 844}
    )
    tab = context.new_page()
    tab.goto(browser_site.url + finder.url)
    assert tab.locator("#project-results").inner_text() == "5 project examples"
    tab.get_by_label("Partner region").select_option("asia")
    tab.get_by_label("Mobility type").select_option("doctoral")
    with tab.expect_navigation():
        tab.get_by_role("button", name="Show examples").click()
    assert "region=asia" in tab.url and "mobility=doctoral" in tab.url
    assert tab.locator("#project-results").inner_text() == "1 project example"
    assert tab.locator(".ebooth-card h3").all_inner_texts() == ["Lantern design doctoral"]
    context.close()

    # The link is the whole state: opened elsewhere (with scripts, which axe needs) it
    # shows the same filters and results.
    browser_page.goto(tab.url)
    assert browser_page.get_by_label("Partner region").input_value() == "asia"
    assert browser_page.locator(".ebooth-card h3").all_inner_texts() == ["Lantern design doctoral"]
    assert_accessible(browser_page)


def test_search_empty_state_and_remove_links_pass_axe(browser_page, browser_site, finder):
    browser_page.goto(browser_site.url + finder.url)
    # On a phone the filters start folded away behind their heading.
    filters = browser_page.get_by_role("button", name="Find project examples")
    filters.click()
    browser_page.get_by_label("Search").fill("harbour")
    browser_page.get_by_label("Key action").select_option("KA107")
    browser_page.get_by_label("Call year").select_option("2023")
    with browser_page.expect_navigation():
        browser_page.get_by_role("button", name="Show examples").click()
    assert browser_page.locator("#project-results").inner_text() == "0 project examples"
    assert "No project example matches all of these filters" in browser_page.inner_text("main")
    assert_accessible(browser_page)

    with browser_page.expect_navigation():
        browser_page.get_by_role("link", name="Remove filter: Call year").click()
    assert browser_page.locator(".ebooth-card h3").all_inner_texts() == [
        "Harbour engineers exchange"
    ]
    filters.click()
    with browser_page.expect_navigation():
        browser_page.get_by_role("link", name="Clear filters").click()
    assert browser_page.locator("#project-results").inner_text() == "5 project examples"
    assert_accessible(browser_page)
