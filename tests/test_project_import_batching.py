"""An import does the work its pages set off once per batch of rows, never once a row."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tasks.signals import task_enqueued
from wagtail.models import Page

from icm_ebooth import batching, sync
from icm_ebooth.cache import store
from icm_ebooth.importers import BATCH_SIZE, import_project_examples
from icm_ebooth.models import ProjectExampleIndexPage, ProjectExamplePage, ProjectPartner
from tests.factories import FairPageFactory, ProjectExamplePageFactory, build_booth, publish
from tests.translating import translate_to

HEADER = [
    "Project Identifier", "Project Title", "Coordinating organisation name",
    "Coordinator's country", "Participating countries", "EU Grant award in euros",
    "Partner 1 name", "Partner 1 country", "Partner 2 name", "Partner 2 country",
]  # fmt: skip


def export(count, first=0, title="Glacier research"):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for number in range(first, first + count):
        writer.writerow([
            f"2019-1-BE02-KA107-{number:06d}", f"{title} {number} (illustrative)",
            "Example University (illustrative)", "BE", "Belgium; Kenya; Chile", "1000",
            f"Partner {number} (illustrative)", "KE", f"College {number} (illustrative)", "CL",
        ])  # fmt: skip
    return SimpleUploadedFile("export.csv", out.getvalue().encode())


@pytest.fixture
def index(home):
    fair = publish(FairPageFactory(parent=home))
    booth = build_booth(fair, topics=0, projects=0, events=0, resources=0)
    return ProjectExampleIndexPage.objects.child_of(booth).get()


@pytest.fixture
def enqueued():
    """Names of the tasks enqueued while the test runs."""
    names = []

    def note(sender, task_result, **kwargs):
        names.append(task_result.task.name)

    task_enqueued.connect(note)
    yield names
    task_enqueued.disconnect(note)


def test_the_reference_index_is_updated_once_per_page_and_search_in_bulk(index, enqueued):
    report = import_project_examples(export(3), index, publish=True)

    assert report.totals["created"] == 3
    # Unbatched, each page was indexed after every save of it and of each of its partners.
    assert enqueued.count("update_reference_index_task") == 3
    assert enqueued.count("insert_or_update_object_task") == 0


def test_imported_projects_are_found_by_the_finder_search(client, index):
    import_project_examples(export(3, title="Permafrost"), index, publish=True)

    html = client.get(index.url, {"q": "permafrost"}).content.decode()

    for number in range(3):
        assert f"Permafrost {number} (illustrative)" in html


def test_pages_saved_outside_a_batch_are_indexed_at_once(client, index, enqueued):
    import_project_examples(export(1), index, publish=True)
    page = ProjectExamplePage.objects.child_of(index).get()

    page.title = "Tundra ecology (illustrative)"
    page.save_revision().publish()

    assert "insert_or_update_object_task" in enqueued
    assert "Tundra ecology" in client.get(index.url, {"q": "tundra"}).content.decode()


def test_the_page_cache_is_bumped_once_per_batch(index, settings, monkeypatch):
    settings.ICM_EBOOTH_PAGE_CACHE = True
    bumps = []
    bump = store.bump
    monkeypatch.setattr(store, "bump", lambda scopes: bumps.append(set(scopes)) or bump(scopes))
    booth = index.get_parent()
    shown_on = {booth.translation_key, booth.get_parent().translation_key}

    import_project_examples(export(BATCH_SIZE + 2), index, publish=True)

    # Each of the two batches bumps the booth and its fair once (and once more after its
    # commit, which a test's transaction does not reach).
    assert bumps == [shown_on] * 2


def test_the_booth_shows_new_projects_at_once_with_the_page_cache_on(client, index, settings):
    settings.ICM_EBOOTH_PAGE_CACHE = True
    booth = index.get_parent().specific
    assert "Aurora" not in client.get(booth.url).content.decode()

    import_project_examples(export(2, title="Aurora"), index, publish=True)

    assert "Aurora" in client.get(index.url).content.decode()


def test_locked_fields_reach_translations_with_one_lookup_per_batch(
    index, home_fr, locale_fr, monkeypatch
):
    import_project_examples(export(3), index, publish=True)
    for page in (index.get_parent().get_parent().specific, index.get_parent().specific, index):
        translate_to(page, locale_fr)
    first = ProjectExamplePage.objects.child_of(index).order_by("project_reference").first()
    french = translate_to(first, locale_fr)
    calls = []
    push = sync.push_locked_fields_of_pages
    monkeypatch.setattr(
        sync, "push_locked_fields_of_pages", lambda pages: calls.append(len(pages)) or push(pages)
    )

    changed = export(3).read().decode().replace(",1000,", ",2500,").encode()
    import_project_examples(SimpleUploadedFile("export.csv", changed), index, publish=True)

    assert calls == [3]
    french.refresh_from_db()
    assert french.eu_grant == 2500


def test_a_dry_run_leaves_the_search_index_alone(client, index, enqueued):
    import_project_examples(export(2, title="Glacier"), index, publish=True, dry_run=True)

    assert enqueued == []
    assert ProjectExamplePage.objects.count() == 0
    assert "Glacier" not in client.get(index.url, {"q": "glacier"}).content.decode()


def test_a_batch_inside_a_batch_joins_it(index, enqueued):
    with batching.batch():
        with batching.batch():
            publish(ProjectExamplePageFactory.build(title="Inner (illustrative)"), index)
        assert enqueued == []
    assert enqueued.count("update_reference_index_task") == 1


def queries_for(callable_):
    with CaptureQueriesContext(connection) as queries:
        callable_()
    return len(queries)


def wagtail_page_with_partners(index, number):
    """What Wagtail alone does for a new project page: add it, store a revision, publish."""
    page = ProjectExamplePageFactory.build(
        title=f"Baseline {number} (illustrative)",
        slug=f"baseline-{number}",
        project_reference=f"2019-1-BE02-KA107-{900_000 + number:06d}",
    )
    page.partners = [
        ProjectPartner(name=f"Partner {number}", country="KE"),
        ProjectPartner(name=f"College {number}", country="CL"),
    ]
    index.add_child(instance=page)
    page.save_revision().publish()


def test_queries_per_row_stay_within_what_wagtail_needs_for_the_same_pages(index):
    def wagtail_pages(count, first):
        with batching.batch():
            for number in range(first, first + count):
                wagtail_page_with_partners(index, number)

    wagtail_per_page = (
        queries_for(lambda: wagtail_pages(6, 0)) - queries_for(lambda: wagtail_pages(2, 10))
    ) / 4
    small = queries_for(lambda: import_project_examples(export(2, 100), index, publish=True))
    large = queries_for(lambda: import_project_examples(export(6, 200), index, publish=True))
    import_per_row = (large - small) / 4

    # The importer's own share of a row: finding a free slug, and reading back the page its
    # revision is published from (Wagtail's revision.publish() in the baseline does too).
    assert import_per_row <= wagtail_per_page + 2, (import_per_row, wagtail_per_page)
    assert Page.objects.child_of(index).count() == 16
