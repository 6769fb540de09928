"""The page cache stays bounded: only the query parameters a page reads make its cache key."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches

from icm_ebooth.models import ProjectExampleIndexPage, ResourceLibraryPage
from tests.factories import build_booth, document_resource, fresh, make_document, publish

HEADER = "X-Ebooth-Cache"


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.ICM_EBOOTH_PAGE_CACHE = True


@pytest.fixture(scope="module")
def module_booth(module_home):
    return build_booth(module_home, topics=1, projects=2, events=1, resources=2)


@pytest.fixture
def booth(module_booth, db):
    return fresh(module_booth)


@pytest.fixture
def home(module_home, db):
    return fresh(module_home)


@pytest.fixture
def library(booth):
    return ResourceLibraryPage.objects.child_of(booth).get()


@pytest.fixture
def finder(booth):
    return ProjectExampleIndexPage.objects.child_of(booth).get()


def stored_keys():
    """How many keys the (local-memory) cache holds."""
    return len(caches["default"]._cache)


def visit(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response


def resource_titles(response):
    html = BeautifulSoup(response.content, "html.parser")
    return sorted(title.get_text(strip=True) for title in html.select(".ebooth-resource__title"))


def test_a_flood_of_parameters_the_booth_does_not_read_is_served_one_entry(
    client, booth, django_assert_num_queries
):
    first = visit(client, booth.url)
    keys = stored_keys()
    for number in range(50):
        # No page reads utm_junk: answered before routing, without a query.
        with django_assert_num_queries(0):
            response = visit(client, f"{booth.url}?utm_junk={number}")
        assert response[HEADER] == "hit"
        assert response.content == first.content
        # The library reads "type"; once routed, the booth is known to read nothing.
        response = visit(client, f"{booth.url}?type=document&utm_junk={number}")
        assert response[HEADER] == "hit"
        assert response.content == first.content
    assert stored_keys() == keys


def test_a_filter_is_one_entry_whatever_its_spelling(client, library):
    guide = make_document("Guide", "guide.pdf")
    library.resources.append(document_resource(guide, "Guide en français", language="fr"))
    publish(library)
    french = visit(client, f"{library.url}?type=document&language=fr")
    assert french[HEADER] == "miss"
    assert resource_titles(french) == ["Guide en français"]
    keys = stored_keys()
    for query in (
        "language=fr&type=document",
        "type=document&language=+fr+&utm_source=newsletter",
        "language=en&language=fr&type=document&page=1",
    ):
        response = visit(client, f"{library.url}?{query}")
        assert response[HEADER] == "hit"
        assert response.content == french.content
    assert stored_keys() == keys


def test_filter_values_no_item_has_are_shown_unfiltered_and_not_stored(client, library):
    visit(client, library.url)
    keys = stored_keys()
    for number in range(5):
        response = visit(client, f"{library.url}?type=junk{number}&language=xx")
        assert response[HEADER] == "miss"
        assert resource_titles(response) == ["Resource 0", "Resource 1"]
    assert stored_keys() == keys


def test_a_page_number_past_the_end_is_shown_but_not_stored(client, library):
    visit(client, library.url)
    keys = stored_keys()
    for number in range(2, 7):
        response = visit(client, f"{library.url}?page={number}")
        assert response[HEADER] == "miss"
        assert resource_titles(response) == ["Resource 0", "Resource 1"]
    assert stored_keys() == keys


def test_searches_are_never_stored(client, finder):
    visit(client, finder.url)
    keys = stored_keys()
    for number in range(5):
        response = visit(client, f"{finder.url}?q=mobility+{number}")
        assert response[HEADER] == "miss"
    assert stored_keys() == keys


def test_the_finder_keeps_a_sort_and_drops_what_it_does_not_read(client, finder):
    by_title = visit(client, f"{finder.url}?sort=title&utm_campaign=spring")
    assert by_title[HEADER] == "miss"
    assert visit(client, f"{finder.url}?utm_campaign=autumn&sort=+title")[HEADER] == "hit"
    newest = visit(client, f"{finder.url}?sort=newest")
    assert newest[HEADER] == "miss"
    assert visit(client, finder.url)[HEADER] == "hit"


def test_pagination_links_leave_out_parameters_the_page_does_not_read(client, settings, library):
    settings.ICM_EBOOTH_PAGE_SIZE = 1
    response = visit(client, f"{library.url}?utm_source=newsletter&type=document")
    html = BeautifulSoup(response.content, "html.parser")
    links = [link["href"] for link in html.select("a[href*='page=2']")]
    assert links
    assert all("type=document" in link and "utm_source" not in link for link in links)
