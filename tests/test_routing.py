"""URLs find the same pages as Wagtail's own routing, in fewer queries."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from icm_ebooth import routing
from icm_ebooth.models import (
    BoothPage,
    EventIndexPage,
    EventPage,
    ProjectExamplePage,
    TopicPage,
)
from icm_ebooth.routing import JoinedChildRouteMixin, _routes_plainly
from icm_ebooth.tree import descendants_q
from tests.factories import FairPageFactory, build_booth, publish

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def fair(module_home):
    fair = publish(FairPageFactory(parent=module_home))
    first = build_booth(fair, topics=1, projects=2, events=2, resources=1)
    first.slug = "capacity-building"
    first.save_revision().publish()
    build_booth(fair, topics=1, projects=2, events=2, resources=1)
    return fair


def served_title(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True)


def test_every_page_is_served_at_its_own_url(client, fair):
    pages = Page.objects.descendant_of(fair, inclusive=True).live().specific()
    assert len(pages) > 15
    for page in pages:
        assert served_title(client, page.url) == page.title, page.url


def test_children_with_the_same_slug_in_two_booths_are_told_apart(client, fair):
    booths = BoothPage.objects.child_of(fair).order_by("path")
    indexes = [EventIndexPage.objects.child_of(booth).get() for booth in booths]
    assert indexes[0].slug == indexes[1].slug
    for booth, index in zip(booths, indexes, strict=True):
        event = EventPage.objects.child_of(index).order_by("path").first()
        html = BeautifulSoup(client.get(event.url).content, "html.parser")
        breadcrumb = [link.get_text(strip=True) for link in html.select(".ebooth-breadcrumb a")]
        assert breadcrumb == [booth.title, index.title]
        assert html.h1.get_text(strip=True) == event.title


@pytest.mark.parametrize(
    "broken", ["no-such-page/", "{booth}/no-such-page/", "{booth}/{index}/x/y/"]
)
def test_a_path_that_names_no_page_is_a_404(client, fair, broken):
    booth = BoothPage.objects.child_of(fair).first()
    index = EventIndexPage.objects.child_of(booth).get()
    url = fair.url + broken.format(booth=booth.slug, index=index.slug)
    assert client.get(url).status_code == 404


def test_a_draft_page_is_a_404_but_its_live_children_are_served_as_wagtail_does(client, fair):
    booth = BoothPage.objects.child_of(fair).first()
    index = EventIndexPage.objects.child_of(booth).get()
    event = EventPage.objects.child_of(index).first()
    index_url, event_url = index.url, event.url
    index.unpublish()
    assert client.get(index_url).status_code == 404
    assert served_title(client, event_url) == event.title


def queries_to_route(rf, page):
    request = rf.get(page.url)
    path = page.url.removeprefix("/en")
    with CaptureQueriesContext(connection) as queries:
        assert Page.route_for_request(request, path)[0].pk == page.pk
    return len(queries)


def test_routing_takes_as_many_queries_however_deep_the_page(rf, fair):
    booth = BoothPage.objects.child_of(fair).first()
    project = ProjectExamplePage.objects.descendant_of(booth).first()
    topic = booth.get_children().type(TopicPage).first()
    # The site, the locale and the home page (Wagtail's); the pages the path names, the page
    # served and the view restrictions, which its privacy check and the listings share.
    assert queries_to_route(rf, project) == queries_to_route(rf, topic) == 6


def test_a_page_type_with_its_own_routing_on_the_way_is_routed_by_wagtail(
    client, fair, monkeypatch
):
    # Without any route known to be plain, every path is routed one page at a time.
    monkeypatch.setattr(routing, "_PLAIN_ROUTES", set())
    project = ProjectExamplePage.objects.descendant_of(fair).first()
    assert served_title(client, project.url) == project.title
    assert client.get(project.url + "no-such-page/").status_code == 404


def test_only_routes_that_find_the_next_child_count_as_plain():
    class WithItsOwnRoute(JoinedChildRouteMixin):
        def route(self, request, path_components):
            return super().route(request, path_components[1:])

    assert _routes_plainly(BoothPage)
    assert _routes_plainly(EventPage)
    assert not _routes_plainly(WithItsOwnRoute)


def test_pages_are_found_by_tree_path_whatever_their_stored_child_counts(client, locale_en):
    """A count of children left at 0 (wagtail-localize issue #773) hides no page from routing."""
    root = Page.get_first_root_node()
    home = root.add_child(instance=Page(title="Welcome", slug="welcome", locale=locale_en))
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    # Wagtail routes from a plain page one page at a time: the booth routes its children.
    build_booth(home, topics=1, projects=1, events=1, resources=1)
    Page.objects.filter(descendants_q(home)).update(numchild=0)
    pages = Page.objects.filter(descendants_q(home)).live().specific()
    assert len(pages) == 7
    for page in pages:
        assert served_title(client, page.url) == page.title, page.url
