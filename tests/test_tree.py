"""Pages below a page are the ones Wagtail finds, through the path index."""

from importlib import import_module

import pytest
from django.db import connection, transaction
from django.db.migrations.loader import MigrationLoader
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site
from wagtail_localize.operations import translate_object, translate_page_subtree

from icm_ebooth.models import BoothPage, EventPage, TopicPage
from icm_ebooth.tree import children_q, descendants_q, repair_child_count_on_publish
from tests.factories import FairPageFactory, build_booth, publish

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def tree(module_home):
    """Two fairs with two booths each: siblings whose paths share every step but the last."""
    home = module_home
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


@pytest.fixture
def plain_home(locale_en, locale_fr):
    """A plain Wagtail page as the site's home, as ``wagtail start`` makes it, in French too."""
    root = Page.get_first_root_node()
    home = root.add_child(instance=Page(title="Home", slug="plain-home", locale=locale_en))
    home.save_revision().publish()
    home.copy_for_translation(locale_fr, alias=True)
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    return home


def children_found_by_path(page):
    return Page.objects.filter(children_q(page)).count()


def test_publishing_a_page_with_a_stale_child_count_saves_the_true_count(tree):
    booth = BoothPage.objects.first()
    assert booth.numchild > 0
    # The instance a revision is made from may predate the page's children.
    booth.numchild = 0
    booth.save_revision().publish()
    booth.refresh_from_db()
    assert booth.numchild == children_found_by_path(booth)
    assert booth.get_children().count() == booth.numchild


def test_a_booth_translated_with_its_subtree_keeps_every_child_count(
    plain_home, locale_fr, client, django_capture_on_commit_callbacks
):
    booth = build_booth(plain_home, topics=2, projects=1, events=1, resources=1)
    # What wagtail-localize's "Include subtree" does; it publishes when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        translate_object(booth, [locale_fr])
        translate_page_subtree(booth.pk, [locale_fr], None, None)
    booth_fr = booth.get_translation(locale_fr)
    for page in Page.objects.filter(descendants_q(booth_fr, inclusive=True)):
        assert page.numchild == children_found_by_path(page), page.title
    topic_fr = TopicPage.objects.child_of(booth_fr).first()
    assert client.get(topic_fr.url).status_code == 200


def test_the_upgrade_migration_repairs_the_child_counts_of_every_page(tree):
    repair = import_module("icm_ebooth.migrations.0003_repair_page_child_counts")
    # Sites that translated booths with their subtrees before the receiver existed.
    Page.objects.filter(depth__gt=1).update(numchild=0)
    state = MigrationLoader(connection).project_state(
        ("icm_ebooth", "0003_repair_page_child_counts")
    )
    repair.repair_page_child_counts(state.apps, None)
    pages = Page.objects.filter(descendants_q(tree, inclusive=True))
    assert pages.filter(numchild__gt=0).count() > 10
    for page in pages:
        assert page.numchild == children_found_by_path(page), page.title


def test_the_recount_on_publish_reads_one_query_and_writes_only_a_wrong_count(tree):
    booth = BoothPage.objects.first()
    with CaptureQueriesContext(connection) as right:
        repair_child_count_on_publish(instance=booth)
    booth.numchild = 0
    Page.objects.filter(pk=booth.pk).update(numchild=0)
    with CaptureQueriesContext(connection) as wrong:
        repair_child_count_on_publish(instance=booth)
    assert len(right) <= 1
    # The count read, the repair written, the instance refreshed.
    assert len(wrong) <= 3
    assert booth.numchild == children_found_by_path(booth)
