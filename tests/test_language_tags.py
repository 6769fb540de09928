"""The language tags a site's own base template uses: ``lang``, the switcher, ``hreflang``."""

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.test import RequestFactory
from wagtail.models import Site

from icm_ebooth.privacy import privacy_snapshot
from tests.factories import build_booth
from tests.translating import translate_to

SITE_TEMPLATE = Template(
    "{% load icm_ebooth_tags %}"
    '<html lang="{% ebooth_html_lang %}"><head>{% ebooth_alternate_links %}</head>'
    "<body>{% ebooth_language_switcher %}</body></html>"
)


def render(page, path, host="booth.example.org", request=None, **context):
    request = request or RequestFactory().get(path, HTTP_HOST=host)
    html = SITE_TEMPLATE.render(Context({"page": page, "request": request, **context}))
    return BeautifulSoup(html, "html.parser")


@pytest.fixture
def booths(home, home_fr, locale_fr):
    booth = build_booth(home, topics=0, projects=0, events=0, resources=0)
    return booth, translate_to(booth, locale_fr)


def test_french_booth_says_french_and_links_to_english(client, booths):
    booth, french = booths
    page = BeautifulSoup(
        client.get(french.url, HTTP_HOST="booth.example.org").content, "html.parser"
    )
    assert page.html["lang"] == "fr"
    switcher = page.select_one("nav.language-switcher")
    assert switcher.select_one('[aria-current="true"]').get_text() == "français"
    english = switcher.select_one('a[hreflang="en"]')
    assert english["href"] == booth.url and english["lang"] == "en"
    alternates = {link["hreflang"]: link["href"] for link in page.select('link[rel="alternate"]')}
    assert alternates == {
        "en": f"http://booth.example.org{booth.url}",
        "fr": f"http://booth.example.org{french.url}",
    }


def test_tags_work_in_a_site_template_on_a_page_that_is_not_a_booth(home, home_fr):
    page = render(home_fr, "/fr/")
    assert page.html["lang"] == "fr"
    assert page.select_one('nav.language-switcher a[hreflang="en"]')["href"] == home.url
    assert {link["hreflang"] for link in page.select('link[rel="alternate"]')} == {"en", "fr"}


def test_tags_share_one_query_for_the_page(rf, home, home_fr, django_assert_max_num_queries):
    request = rf.get("/fr/")
    # Read once per request whatever the page: its site, and which sections are private.
    Site.find_for_request(request)
    privacy_snapshot(request)
    render(home, "/", request=request)  # also fills Wagtail's cache of site roots
    with django_assert_max_num_queries(1):
        render(home_fr, "/fr/", request=request)


def test_booth_page_pays_nothing_for_the_tags(rf, booths, django_assert_num_queries):
    _booth, french = booths
    request = rf.get(french.url)
    french.get_context(request)
    with django_assert_num_queries(0):
        SITE_TEMPLATE.render(Context({"page": french, "request": request}))


def test_a_draft_translation_in_preview_says_its_own_language(home, home_fr, locale_fr):
    booth = build_booth(home, topics=0, projects=0, events=0, resources=0)
    draft = booth.copy_for_translation(locale_fr)
    assert not draft.live
    page = render(draft, "/admin/pages/preview/")
    assert page.html["lang"] == "fr"
    assert not page.select("nav.language-switcher")


def test_without_a_page_or_translations_the_request_language_is_used(settings, home):
    assert render(None, "/search/").html["lang"] == "en"
    assert not render({"number": 2}, "/search/", paginator=None).select("link")
    settings.WAGTAIL_I18N_ENABLED = False
    page = render(home, "/")
    assert page.html["lang"] == "en"
    assert not page.select("nav") and not page.select("link")
