"""Database queries of a page view on the example site's demo, in every language it has.

The demo's pages use most block types: images, documents, page and snippet choosers, rich
text with links, a resource library. Each page type renders in at most 15 queries after a
warm-up request (which fills Wagtail's cache of site root paths and renditions).

Translated pages cost one query more than English ones: Wagtail finds the home page's
translation before routing. The counts are budgets, not exact figures: a Wagtail release may
save a query without failing a test (``make bench`` reports the exact counts), and
``test_query_growth.py`` checks that no count grows with the content. The demo is loaded once
for the module, as in ``test_demo_content.py``.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page

from icm_ebooth.models import (
    BoothPage,
    EventIndexPage,
    EventPage,
    FairPage,
    ProjectExampleIndexPage,
    ProjectExamplePage,
    ResourceLibraryPage,
    TopicPage,
)

BUDGET = 15

# The demo's fullest page of each type, by its English slug, and the most queries its view
# may take (what it takes today). Below the booth, one of them reads the booth's brand (its
# logo and colours).
PAGES = [
    (FairPage, "erasmus-virtual-fair", 8),
    (BoothPage, "international-credit-mobility", 12),
    (TopicPage, "how-to-apply", 12),
    (ProjectExampleIndexPage, "project-examples", 10),
    (ProjectExamplePage, "agronomy-western-balkans", 10),
    (ResourceLibraryPage, "visual-materials", 11),
    (EventIndexPage, "events", 10),
    (EventPage, "live-event-27-january-2021", 8),
]
EXTRA_FOR_TRANSLATIONS = {"en": 0, "fr": 1, "de": 1}


@pytest.fixture
def demo(loaded_demo, db, settings, demo_media_root):
    # The files written when the demo was loaded, for renditions.
    settings.MEDIA_ROOT = demo_media_root


def demo_page(page_class, slug, language_code):
    english = page_class.objects.get(slug=slug, locale=Locale.get_default())
    return english.get_translation(Locale.objects.get(language_code=language_code))


def queries_of_view(client, page):
    url = page.url
    assert client.get(url).status_code == 200, url  # warm-up
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in queries.captured_queries]


@pytest.mark.parametrize("language_code", ["en", "fr", "de"])
@pytest.mark.parametrize(
    ("page_class", "slug", "expected"), PAGES, ids=[page[0].__name__ for page in PAGES]
)
def test_demo_page_renders_within_its_query_budget(
    client, demo, page_class, slug, expected, language_code
):
    page = demo_page(page_class, slug, language_code)
    queries = queries_of_view(client, page)
    assert len(queries) <= expected + EXTRA_FOR_TRANSLATIONS[language_code], "\n".join(queries)
    assert len(queries) <= BUDGET


def test_every_demo_page_stays_within_the_budget(client, demo):
    page_classes = tuple(page_class for page_class, _slug, _expected in PAGES)
    for page in Page.objects.live().specific():
        if isinstance(page, page_classes):
            assert len(queries_of_view(client, page)) <= BUDGET, page.url


def test_a_stream_fetches_each_model_once_whatever_its_block_types(client, demo):
    # The library's items are documents, slide decks, videos, images and links, each type
    # with its topics, files and thumbnails: three queries in all.
    library = demo_page(ResourceLibraryPage, "visual-materials", "en")
    queries = queries_of_view(client, library)
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    tables = [model._meta.db_table for model in (get_document_model(), get_image_model())]
    for table in (*tables, "icm_ebooth_topicpage"):
        assert len([sql for sql in queries if f'FROM "{table}"' in sql]) == 1, table


# Every cache off, as ``make bench`` measures: Wagtail then reads the site's root paths (two
# queries) and renditions on every view. The most each view may take in English (one more in
# another language). The booth's home reads its sections in a query, its featured event and
# projects in one more, and not the topics of its latest resources, which it does not show.
# (The page links of its rich text reuse the root paths the request has read; its logo comes
# with the pages routing finds, its hero with its streams' images.)
NO_CACHE = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
UNCACHED = [
    (FairPage, "erasmus-virtual-fair", "", 13),
    (BoothPage, "international-credit-mobility", "", 14),
    (TopicPage, "how-to-apply", "", 13),
    (ProjectExampleIndexPage, "project-examples", "", 11),
    (ProjectExamplePage, "agronomy-western-balkans", "", 11),
    (ResourceLibraryPage, "visual-materials", "", 12),
    (EventIndexPage, "events", "", 11),
    (EventPage, "live-event-27-january-2021", "", 9),
    (EventPage, "live-event-27-january-2021", "event.ics", 8),
    (BoothPage, "international-credit-mobility", "events.ics", 9),
]


@pytest.mark.parametrize("language_code", ["en", "fr", "de"])
@pytest.mark.parametrize(
    ("page_class", "slug", "file_name", "expected"),
    UNCACHED,
    ids=[f"{page_class.__name__}{file_name}" for page_class, _slug, file_name, _n in UNCACHED],
)
def test_demo_page_renders_within_its_budget_with_every_cache_off(
    client, demo, settings, page_class, slug, file_name, expected, language_code
):
    settings.CACHES = NO_CACHE
    url = demo_page(page_class, slug, language_code).url + file_name
    assert client.get(url).status_code == 200  # renditions are made on the first view
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    sql = "\n".join(query["sql"] for query in queries.captured_queries)
    assert len(queries) <= expected + EXTRA_FOR_TRANSLATIONS[language_code], sql
    assert len(queries) <= BUDGET, sql


@pytest.mark.parametrize("language_code", ["en", "fr"])
def test_the_booths_home_reads_no_stream_it_does_not_show(client, demo, settings, language_code):
    # Its topics' and projects' bodies are shown on their own pages only; decoding them
    # would cost more than the rest of the view.
    settings.CACHES = NO_CACHE
    url = demo_page(BoothPage, "international-credit-mobility", language_code).url
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    for column in ('"icm_ebooth_topicpage"."body"', '"icm_ebooth_projectexamplepage"."body"'):
        assert not [query for query in queries if column in query["sql"]], column
