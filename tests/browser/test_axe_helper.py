import pytest

from tests.browser.axe import assert_accessible

BROKEN_PAGE = """<!DOCTYPE html><html><head><title>Broken</title></head><body>
<h3>Heading that skips levels</h3><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<a href="#"></a></body></html>"""

GOOD_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Fine</title></head><body>
<main><h1>A page</h1><p>With a <a href="#x">link</a>.</p></main></body></html>"""


def test_axe_helper_fails_on_a_broken_page(browser_page):
    browser_page.set_content(BROKEN_PAGE)
    with pytest.raises(AssertionError) as failure:
        assert_accessible(browser_page)
    report = str(failure.value)
    for rule in ("html-has-lang", "image-alt", "link-name", "page-has-heading-one"):
        assert rule in report


def test_axe_helper_passes_a_sound_page(browser_page):
    browser_page.set_content(GOOD_PAGE)
    assert_accessible(browser_page)
