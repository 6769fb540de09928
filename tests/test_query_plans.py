"""No page view reads the whole page tree: its queries cost the same however big the site is.

SQLite without statistics plans a query the same way on a tiny table as on a large one, so
the demo's plans are those of a site with fifty thousand pages (``make bench`` with
``--other-pages`` measures that). A step that scans ``wagtailcore_page`` reads every page of
the site; the queries must instead start from an index (a range of tree paths, a
translation key, a primary key).

PostgreSQL plans by the size of each table, so a test database's plans say nothing about a
large site's; there its ``LIKE 'path%'`` has an index of its own (Django adds one for the
path's text pattern), which SQLite lacks.
"""

import re

import pytest
from django.db import connection
from wagtail.models import Locale

from tests.test_query_budget import PAGES, demo_page

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="reads SQLite's query plans (EXPLAIN QUERY PLAN)"
)


@pytest.fixture
def demo(loaded_demo, db, settings, demo_media_root):
    settings.MEDIA_ROOT = demo_media_root


def plans_of_view(client, page):
    """(SQL, plan steps) of every query of ``page``'s view after a warm-up request."""
    assert client.get(page.url).status_code == 200, page.url
    executed = []

    def record(execute, sql, params, many, context):
        executed.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        assert client.get(page.url).status_code == 200
    plans = []
    with connection.cursor() as cursor:
        for sql, params in executed:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            plans.append((sql, [row[3] for row in cursor.fetchall()]))
    return plans


@pytest.mark.parametrize("language_code", ["en", "fr"])
@pytest.mark.parametrize(
    ("page_class", "slug", "_expected"), PAGES, ids=[page[0].__name__ for page in PAGES]
)
def test_no_query_of_a_page_view_scans_the_page_tree(
    client, demo, page_class, slug, _expected, language_code
):
    page = demo_page(page_class, slug, language_code)
    assert page.locale == Locale.objects.get(language_code=language_code)
    plans = plans_of_view(client, page)
    assert plans
    for sql, steps in plans:
        scans = [step for step in steps if re.match(r"SCAN wagtailcore_page\b", step)]
        assert not scans, f"{scans}\n{sql}"
