"""The finder's stored facts follow every change to the examples a visitor could see.

The finder reads its facts from ``ProjectFinderFacts`` (one row per index) instead of from
every example; these tests change examples the ways editors, translators and the importer
do, after the facts were stored, and check what the next visitor sees.
"""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import given, settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction

from icm_ebooth.importers import BATCH_SIZE, import_project_examples
from icm_ebooth.models import ProjectExamplePage, ProjectFinderFacts
from icm_ebooth.models.finder_facts import finder_facts
from icm_ebooth.models.projects import MOBILITY_TYPE_FIELDS
from icm_ebooth.project_finder import FinderFacts, ProjectFinder
from tests.factories import BoothPageFactory, ProjectExampleIndexPageFactory, fresh, publish
from tests.test_project_finder import EXAMPLES, make_example, option_texts, result_titles, visit
from tests.translating import translate_to

pytestmark = pytest.mark.django_db

MOBILITY = [name for name, _label in MOBILITY_TYPE_FIELDS]


@pytest.fixture(scope="module")
def module_finder(module_home):
    booth = publish(BoothPageFactory(parent=module_home, slug="module-booth"))
    index = publish(ProjectExampleIndexPageFactory(parent=booth))
    for number, example in enumerate(EXAMPLES, start=1):
        make_example(index, number, *example)
    return index


@pytest.fixture
def finder(module_finder, db):
    return fresh(module_finder)


@pytest.fixture
def home(module_home, db):
    return fresh(module_home)


def stored(index):
    return ProjectFinderFacts.objects.filter(index_id=index.pk, data__isnull=False).exists()


def heading(html):
    return html.select_one("#project-results").get_text(strip=True)


def test_the_first_visit_stores_the_facts_and_the_next_reads_them_in_one_query(client, finder):
    assert not stored(finder)
    visit(client, finder.url)
    assert stored(finder)
    with CaptureQueriesContext(connection) as queries:
        html = visit(client, finder.url, "region=asia")
    facts_queries = [q for q in queries.captured_queries if "projectfinderfacts" in q["sql"]]
    assert len(facts_queries) <= 1
    # The examples are read only for the page of results, by id.
    examples = [q["sql"] for q in queries.captured_queries if "projectexamplepage" in q["sql"]]
    assert examples
    assert all(" IN (" in sql for sql in examples), examples
    assert heading(html) == "2 project examples"


def test_a_published_edit_shows_at_once_and_a_draft_does_not(client, finder):
    visit(client, finder.url)
    example = ProjectExamplePage.objects.child_of(finder).get(slug="example-2")
    example.partner_countries = ["IN"]
    example.save_revision()  # a draft: visitors still see Argentina and Chile
    html = visit(client, finder.url)
    assert "AR" in option_texts(html, "country")
    assert "IN" not in option_texts(html, "country")

    example.get_latest_revision().publish()
    html = visit(client, finder.url)
    assert "AR" not in option_texts(html, "country")
    assert option_texts(html, "country")["IN"].endswith("(1)")


def test_new_unpublished_deleted_and_moved_examples_are_counted_at_once(client, finder, home):
    visit(client, finder.url)
    make_example(finder, 9, "Meadow ecology exchange", 2020, "KA107", ["UA"], ["doctoral"], False)
    assert heading(visit(client, finder.url)) == "6 project examples"

    finder.get_children().get(slug="example-1").unpublish()
    html = visit(client, finder.url)
    assert heading(html) == "5 project examples"
    assert "Harbour engineers exchange" not in result_titles(html)

    finder.get_children().get(slug="example-2").delete()
    assert heading(visit(client, finder.url)) == "4 project examples"

    other_booth = publish(BoothPageFactory(parent=home, slug="other-booth"))
    other = publish(ProjectExampleIndexPageFactory(parent=other_booth))
    visit(client, other.url)
    finder.get_children().get(slug="example-3").move(other, pos="last-child")
    assert heading(visit(client, finder.url)) == "3 project examples"
    assert result_titles(visit(client, other.url)) == ["Orchard agronomy traineeships"]


def test_a_section_made_private_after_the_facts_were_stored_is_hidden(
    client, finder, django_user_model
):
    visit(client, finder.url)
    private = finder.get_children().get(slug="example-2")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    html = visit(client, finder.url)
    assert "Glacier research staff" not in result_titles(html)
    assert "AR" not in option_texts(html, "country")
    assert heading(html) == "4 project examples"

    PageViewRestriction.objects.create(page=finder, restriction_type="login")
    client.force_login(django_user_model.objects.create_user("visitor"))
    # The index is private as a whole: its examples are kept out of public listings.
    assert "No project examples have been published yet." in visit(client, finder.url).get_text()


def test_each_language_has_its_own_facts(client, finder, home_fr, locale_fr):
    french = locale_fr
    visit(client, finder.url)
    booth_fr = translate_to(finder.get_parent().specific, french)
    index_fr = translate_to(finder, french)
    assert booth_fr.live
    example = ProjectExamplePage.objects.child_of(finder).get(slug="example-1")
    translate_to(example, french)
    assert heading(visit(client, index_fr.url)) == "1 exemple de projet"
    assert heading(visit(client, finder.url)) == "5 project examples"
    translate_to(ProjectExamplePage.objects.child_of(finder).get(slug="example-3"), french)
    assert heading(visit(client, index_fr.url)) == "2 exemples de projets"


def export(count):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["Project Identifier", "Project Title", "Coordinating organisation name",
         "Coordinator's country", "Participating countries", "EU Grant award in euros"]
    )  # fmt: skip
    for number in range(count):
        writer.writerow([
            f"2019-1-BE02-KA107-{number + 100:06d}", f"Permafrost study {number} (illustrative)",
            "Example University (illustrative)", "BE", "Belgium; Mongolia", "1000",
        ])  # fmt: skip
    return SimpleUploadedFile("export.csv", out.getvalue().encode())


def test_an_import_forgets_the_facts_once_per_batch_and_the_finder_counts_its_pages(
    client, finder
):
    visit(client, finder.url)
    with CaptureQueriesContext(connection) as queries:
        import_project_examples(export(BATCH_SIZE + 2), finder, publish=True)
    forgets = [
        q
        for q in queries.captured_queries
        if q["sql"].startswith("UPDATE") and "projectfinderfacts" in q["sql"]
    ]
    assert 1 <= len(forgets) <= 2  # one per batch of rows
    html = visit(client, finder.url, "country=MN")
    assert heading(html) == f"{BATCH_SIZE + 2} project examples"


def test_facts_read_while_an_example_changes_are_not_stored(finder, monkeypatch):
    """A request that read the examples before a change must not store what it read."""
    from icm_ebooth.models import finder_facts as module

    examples = ProjectExamplePage.objects.filter(path__startswith=finder.path)
    real_read = module.read_facts

    def read_then_change(queryset, fields):
        facts = real_read(queryset, fields)
        make_example(finder, 8, "Lantern late entry", 2021, "KA171", ["TH"], [], False)
        return facts

    monkeypatch.setattr(module, "read_facts", read_then_change)
    first = finder_facts(finder, examples, MOBILITY)
    assert len(first) == 5
    assert not stored(finder)
    monkeypatch.setattr(module, "read_facts", real_read)
    assert len(finder_facts(finder, examples, MOBILITY)) == 6
    assert stored(finder)


rows = st.lists(
    st.tuples(
        st.text(min_size=1, max_size=8),
        st.integers(2014, 2030),
        st.sampled_from(["", "KA107", "KA171"]),
        st.lists(st.sampled_from(["CN", "KE", "BR", "GB"]), unique=True, max_size=3),
        st.lists(st.sampled_from(["asia", "acp"]), unique=True, max_size=2),
        st.booleans(),
        st.lists(st.booleans(), min_size=len(MOBILITY), max_size=len(MOBILITY)),
    ),
    max_size=40,
)


@settings(max_examples=50, deadline=None)
@given(rows=rows, sort=st.sampled_from(["", "title"]))
def test_the_stored_form_reads_back_the_same_facts(rows, sort):
    facts = FinderFacts.from_rows(
        [
            (pk, title, year, action, ",".join(countries), ",".join(regions), good, *mobility)
            for pk, (title, year, action, countries, regions, good, mobility) in enumerate(
                rows, start=1
            )
        ],
        MOBILITY,
    )
    again = FinderFacts.from_bytes(facts.to_bytes())
    assert list(again.pks) == list(facts.pks)
    assert list(again.title_order) == list(facts.title_order)
    assert again.masks == facts.masks
    assert again.good_practice == facts.good_practice
    results = ProjectFinder({"sort": sort}, again, MOBILITY_TYPE_FIELDS).results()
    expected = sorted(
        range(1, len(rows) + 1),
        key=lambda pk: (-rows[pk - 1][1], rows[pk - 1][0].casefold(), pk),
    )
    if sort == "title":
        expected = sorted(expected, key=lambda pk: rows[pk - 1][0].casefold())
    assert results[0 : len(rows)] == expected


def test_a_search_asks_the_backend_only_about_the_index_examples_and_reads_every_match(
    client, finder, home, monkeypatch
):
    """The query path every search backend shares, run on the database backend.

    The backend is asked about the index's live examples only, by filters Elasticsearch and
    OpenSearch translate into their query (the Elasticsearch query compiler is run on the
    same queryset, without a server), and every match is read, never one page of them.
    """
    from modelsearch.backends import get_search_backend
    from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchQueryCompiler

    other_booth = publish(BoothPageFactory(parent=home, slug="other-booth"))
    other = publish(ProjectExampleIndexPageFactory(parent=other_booth))
    make_example(other, 7, "Harbour pilots elsewhere", 2019, "KA107", ["CN"], [], False)
    backend_class = type(get_search_backend())
    asked = []
    real_search = backend_class.search

    def search(self, query, model_or_queryset, *args, **kwargs):
        asked.append((query, model_or_queryset, kwargs))
        return real_search(self, query, model_or_queryset, *args, **kwargs)

    monkeypatch.setattr(backend_class, "search", search)
    html = visit(client, finder.url, "q=harbour")
    assert heading(html) == "2 project examples"
    assert "Harbour pilots elsewhere" not in result_titles(html)

    ((query, queryset, kwargs),) = asked
    own = set(ProjectExamplePage.objects.child_of(finder).live().values_list("pk", flat=True))
    assert set(queryset.values_list("pk", flat=True)) == own
    compiler = ElasticsearchBaseSearchQueryCompiler(queryset, query, **kwargs)
    compiler.check()  # every filter is a FilterField the backends index
    filters = str(compiler.get_query()["bool"]["filter"])
    assert "path_filter" in filters
    assert "depth_filter" in filters
    assert "live_filter" in filters


def test_a_large_index_is_searched_by_its_tree_paths_alone_with_the_same_results(
    client, finder, home, monkeypatch
):
    """Above ``SEARCH_BY_ID_LIMIT`` examples the ids are left out; the matches are the same."""
    from icm_ebooth.models import projects

    other_booth = publish(BoothPageFactory(parent=home, slug="other-booth"))
    other = publish(ProjectExampleIndexPageFactory(parent=other_booth))
    make_example(other, 7, "Harbour pilots elsewhere", 2019, "KA107", ["CN"], [], False)
    small = visit(client, finder.url, "q=harbour")
    monkeypatch.setattr(projects, "SEARCH_BY_ID_LIMIT", 1)
    large = visit(client, finder.url, "q=harbour")
    assert heading(large) == heading(small) == "2 project examples"
    assert result_titles(large) == result_titles(small)
    assert "Harbour pilots elsewhere" not in result_titles(large)


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's planner statistics")
def test_an_import_leaves_sqlite_statistics_on_the_search_index(client, finder):
    """Without them SQLite matches every search index entry of the model one by one, a cost
    that follows the whole site (``icm_ebooth.planner``); the page table is left alone."""
    import_project_examples(export(3), finder, publish=True)
    with connection.cursor() as cursor:
        cursor.execute("SELECT DISTINCT tbl FROM sqlite_stat1")
        analysed = {row[0] for row in cursor.fetchall()}
    assert "wagtailsearch_indexentry" in analysed
    assert "wagtailcore_page" not in analysed
    assert heading(visit(client, finder.url, "q=permafrost")) == "3 project examples"
