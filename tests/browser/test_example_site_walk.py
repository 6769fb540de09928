"""A visitor walks the whole example site in English, French and German.

Starting from each language's home page, the walk follows every link of the site's header,
navigation, main content and footer. Every page must answer, pass axe and load nothing from
another host (the video facade included) and break no rule of the Content-Security-Policy;
downloads must answer too, and the counting redirects (join, add to calendar) must redirect.
"""

import posixpath
from urllib.parse import urldefrag, urlsplit

import pytest

from tests.browser.axe import assert_accessible
from tests.browser.test_content_security_policy import RECORD_VIOLATIONS

START_PATHS = ["/en/", "/fr/", "/de/"]
# Linked from every page's footer, in the visitor's language.
STATEMENT_PATHS = ["/en/accessibility/", "/fr/accessibilite/", "/de/barrierefreiheit/"]
LINK_SELECTOR = "header a[href], nav a[href], main a[href], footer a[href]"
SKIPPED_PATHS = ("/admin/",)
# Files rather than pages: their status is checked, the browser does not render them.
DOWNLOAD_PATHS = ("/documents/", "/media/", "/static/")
DOWNLOAD_SUFFIXES = (".ics", ".pdf", ".pptx", ".ppt", ".docx", ".xlsx", ".png", ".jpg", ".zip")
# The booth metrics' redirects count a click, then send the visitor to the meeting or to a
# calendar service on another host: checked for their redirect, not followed.
COUNTED_REDIRECT_PATH = "/_ebooth/"
# A generous bound: the demo has about 80 pages, and a loop in the links must not run forever.
MAX_PAGES = 400


@pytest.fixture
def demo_site(loaded_demo, site_server, db, settings, demo_media_root):
    """The demo, loaded once for the module; the live server reads it in the test's transaction."""
    settings.MEDIA_ROOT = demo_media_root
    return site_server.url


def is_download(path):
    return path.startswith(DOWNLOAD_PATHS) or posixpath.splitext(path)[1] in DOWNLOAD_SUFFIXES


def site_links(tab, origin):
    """The same-origin links of the page, without fragments, minus mail, phone and admin."""
    hrefs = tab.eval_on_selector_all(LINK_SELECTOR, "links => links.map(link => link.href)")
    links = set()
    for href in hrefs:
        url, _fragment = urldefrag(href)
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != origin:
            continue  # mailto:, tel: and other sites
        if parts.path.startswith(SKIPPED_PATHS):
            continue
        links.add(url)
    return links


def test_every_page_in_every_language_answers_is_accessible_and_stays_on_the_site(
    browser, demo_site
):
    origin = demo_site
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    tab = context.new_page()
    tab.add_init_script(RECORD_VIOLATIONS)
    requested = []
    tab.on("request", lambda request: requested.append(request.url))
    failed_resources = []
    tab.on(
        "response",
        lambda response: response.status >= 400 and failed_resources.append(response.url),
    )

    queue = [origin + path for path in START_PATHS]
    seen = set(queue)
    # {url: the page that linked to it}, for readable failures.
    found_on = dict.fromkeys(queue, "(start)")
    pages, downloads, redirects, broken, foreign, violations = [], [], [], [], {}, {}
    try:
        while queue:
            url = queue.pop(0)
            path = urlsplit(url).path
            if COUNTED_REDIRECT_PATH in path:
                response = context.request.get(url, max_redirects=0)
                redirects.append(url)
                if not 300 <= response.status < 400:
                    broken.append(f"{url} ({response.status}, linked from {found_on[url]})")
                continue
            if is_download(path):
                response = context.request.get(url, max_redirects=0)
                downloads.append(url)
                if response.status >= 400:
                    broken.append(f"{url} ({response.status}, linked from {found_on[url]})")
                continue
            requested.clear()
            response = tab.goto(url)
            if response.status >= 400:
                broken.append(f"{url} ({response.status}, linked from {found_on[url]})")
                continue
            if "text/html" not in (response.headers.get("content-type") or ""):
                downloads.append(url)
                continue
            pages.append(url)
            assert len(pages) <= MAX_PAGES, "the walk found more pages than the site has"
            tab.wait_for_load_state("load")
            others = [
                address
                for address in requested
                if urlsplit(address).scheme in ("http", "https")
                and not address.startswith(origin + "/")
            ]
            if others:
                foreign[url] = others
            if blocked := tab.evaluate("window.cspViolations"):
                violations[url] = blocked
            assert_accessible(tab)
            for link in sorted(site_links(tab, origin) - seen):
                seen.add(link)
                found_on[link] = url
                queue.append(link)
    finally:
        context.close()

    assert not broken, "broken links:\n" + "\n".join(broken)
    assert not failed_resources, "resources that failed to load:\n" + "\n".join(failed_resources)
    assert not foreign, f"requests to other hosts: {foreign}"
    assert not violations, f"Content-Security-Policy violations: {violations}"
    for code in ("en", "fr", "de"):
        assert sum(urlsplit(page).path.startswith(f"/{code}/") for page in pages) > 20, code
    assert {origin + path for path in STATEMENT_PATHS} <= set(pages)
    assert downloads, "the walk found no download to check"
    assert redirects, "the walk found no join or add-to-calendar link to check"
