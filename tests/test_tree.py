"""Pages below a page are the ones Wagtail finds, through the path index."""

import pytest
from django.db import connection
from wagtail.models import Page

from icm_ebooth.models import EventPage
from icm_ebooth.tree import children_q, descendants_q
from tests.factories import FairPageFactory, build_booth, publish


@pytest.fixture
def tree(home):
    """Two fairs with two booths each: siblings whose paths share every step but the last."""
    for fair_number in range(2):
        fair = publish(FairPageFactory(parent=home, slug=f"fair-{fair_number}"))
        for number in range(2):
            booth = build_booth(fair, topics=2, projects=2, events=2, resources=1)
            booth.slug = f"booth-{number}"
            booth.save_revision().publish()
    return home


def ids(pages):
    return sorted(pages.values_list("pk", flat=True))


def test_the_pages_below_each_page_are_the_ones_wagtail_finds(tree):
    pages = list(Page.objects.descendant_of(tree, inclusive=True))
    assert len(pages) > 30
    for page in pages:
        below = Page.objects.filter(descendants_q(page))
        assert ids(below) == ids(Page.objects.descendant_of(page)), page.title
        with_page = Page.objects.filter(descendants_q(page, inclusive=True))
        assert ids(with_page) == ids(Page.objects.descendant_of(page, inclusive=True))
        children = Page.objects.filter(children_q(page))
        assert ids(children) == ids(Page.objects.child_of(page)), page.title


def test_a_booths_events_leave_out_its_siblings_events(tree):
    # An event sits in its booth's event index.
    first_booth = EventPage.objects.first().get_parent().get_parent()
    own = EventPage.objects.filter(descendants_q(first_booth))
    assert ids(own) == ids(EventPage.objects.descendant_of(first_booth))
    assert 0 < own.count() < EventPage.objects.count()


def test_pages_below_a_page_are_found_without_like(tree):
    """``LIKE 'path%'`` makes SQLite read every page's path; a range reads the index."""
    booth = Page.objects.filter(depth=4).first()
    events = EventPage.objects.filter(descendants_q(booth))
    sql, params = events.query.sql_with_params()
    assert " LIKE " not in sql
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            plan = " ".join(str(row) for row in cursor.fetchall())
        assert "(path>? AND path<?)" in plan, plan
        assert "SCAN wagtailcore_page" not in plan, plan
