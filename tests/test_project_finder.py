"""The project examples finder as a visitor uses it: filters, counts, search, sort and pages."""

from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from tests.factories import (
    BoothPageFactory,
    ProjectExampleIndexPageFactory,
    ProjectExamplePageFactory,
    add_live_children,
    fresh,
    project_reference,
    publish,
)
from tests.hostile import HOSTILE_SEARCHES

pytestmark = pytest.mark.django_db

EXAMPLES = [
    # title, call year, reference action, partner countries, mobility, good practice
    ("Harbour engineers exchange", 2019, "KA107", ["CN", "VN"], ["student_studies"], True),
    ("Glacier research staff", 2018, "KA107", ["AR", "CL"], ["staff_teaching"], False),
    ("Orchard agronomy traineeships", 2022, "KA171", ["KE", "GH"], ["student_traineeships"], True),
    (
        "Lantern design doctoral",
        2023,
        "KA171",
        ["CN", "JP"],
        ["doctoral", "staff_training"],
        False,
    ),
    ("Harbour logistics blended", 2024, "KA171", ["GB", "BR"], ["short_term_blended"], False),
]


def make_example(index, number, title, year, action, countries, mobility, good):
    fields = dict.fromkeys(
        [
            "student_studies",
            "student_traineeships",
            "staff_teaching",
            "staff_training",
            "doctoral",
            "short_term_blended",
        ],
        False,
    )
    fields.update(dict.fromkeys(mobility, True))
    return publish(
        ProjectExamplePageFactory(
            parent=index,
            title=title,
            slug=f"example-{number}",
            project_reference=project_reference(year, action, number),
            key_action="",
            call_year=year,
            partner_countries=countries,
            is_good_practice=good,
            summary="Exchanges between partner universities.",
            **fields,
        )
    )


@pytest.fixture(scope="module")
def module_finder(module_home):
    booth = publish(BoothPageFactory(parent=module_home, slug="finder-booth"))
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


def visit(client, url, params=""):
    response = client.get(f"{url}?{params}" if params else url)
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def result_titles(html):
    return [heading.get_text(strip=True) for heading in html.select(".ebooth-card h3")]


def option_texts(html, name):
    return {
        option["value"]: option.get_text(strip=True)
        for option in html.select(f"select[name={name}] option")
        if option["value"]
    }


def test_unfiltered_finder_lists_every_example_newest_call_first(client, finder):
    html = visit(client, finder.url)
    assert html.select_one("#project-results").get_text(strip=True) == "5 project examples"
    assert result_titles(html) == [
        "Harbour logistics blended",
        "Lantern design doctoral",
        "Orchard agronomy traineeships",
        "Harbour engineers exchange",
        "Glacier research staff",
    ]
    assert not html.select(".ebooth-active-filters")


def test_region_chart_writes_each_regions_count_and_draws_the_largest_full_length(client, finder):
    html = visit(client, finder.url)
    chart = html.select_one(".ebooth-chart")
    rows = {
        row.select_one(".ebooth-chart__label").get_text(strip=True): (
            int(row.select_one(".ebooth-chart__count").get_text(strip=True)),
            int(row.select_one(".ebooth-chart__bar")["width"]),
        )
        for row in chart.select("li")
    }
    counts = region_counts_in_the_filter(html)
    assert {label: count for label, (count, _width) in rows.items()} == counts
    largest = max(counts.values())
    assert all(width == round(100 * count / largest) for count, width in rows.values())
    assert chart.figcaption.get_text(strip=True) == "Project examples by partner region"
    assert chart.select_one("svg")["aria-hidden"] == "true"


def region_counts_in_the_filter(html):
    """{region: count} read from the region list's options, "Asia (2)", leaving out zeros."""
    counts = {}
    for option in html.select("select[name=region] option"):
        if option["value"]:
            label, _, count = option.get_text(strip=True).rpartition(" (")
            if int(count.rstrip(")")):
                counts[label] = int(count.rstrip(")"))
    return counts


def test_every_filter_control_has_a_label(client, finder):
    html = visit(client, finder.url)
    form = html.select_one("form[role=search]")
    assert form["method"] == "get"
    for control in form.select("input[type=search], input[type=checkbox], select"):
        assert form.select_one(f"label[for={control['id']}]"), control


def test_region_filter_uses_the_regions_of_each_call_years_programme(client, finder):
    html = visit(client, finder.url, "region=asia")
    # China is in "Asia" in both programmes; Argentina and Kenya are not.
    assert sorted(result_titles(html)) == ["Harbour engineers exchange", "Lantern design doctoral"]
    assert option_texts(html, "region")["asia"] == "Asia (2)"


def test_united_kingdom_is_a_partner_only_from_the_2021_programme(client, finder):
    html = visit(client, finder.url, "country=GB")
    assert result_titles(html) == ["Harbour logistics blended"]
    page = visit(client, finder.get_children().get(slug="example-5").url)
    facts = page.select_one(".ebooth-facts").get_text(" ", strip=True)
    assert "United Kingdom" in facts


def test_country_filter_accepts_the_commissions_codes_and_names_options_in_the_visitors_language(
    client, finder
):
    html = visit(client, finder.url, "country=cn")
    assert sorted(result_titles(html)) == ["Harbour engineers exchange", "Lantern design doctoral"]
    assert option_texts(html, "country")["CN"] == "China (2)"
    assert html.select_one("select[name=country] option[selected]")["value"] == "CN"


def test_country_and_region_names_follow_the_visitors_language(finder):
    from django.utils import translation

    from icm_ebooth.models import ProjectExamplePage
    from icm_ebooth.models.projects import MOBILITY_TYPE_FIELDS
    from icm_ebooth.project_finder import ProjectFinder, read_facts

    facts = read_facts(
        ProjectExamplePage.objects.child_of(finder), [name for name, _ in MOBILITY_TYPE_FIELDS]
    )
    with translation.override("fr"):
        found = ProjectFinder({"country": "CN"}, facts, MOBILITY_TYPE_FIELDS)
        countries = {option.value: option.label for option in found.country_options()}
        active = [(item.label, item.value_label) for item in found.active_filters()]
    assert countries["CN"] == "Chine"
    assert countries["GB"] == "Royaume-Uni"
    assert active == [("Pays partenaire", "Chine")]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ("mobility=doctoral", ["Lantern design doctoral"]),
        ("action=KA107", ["Harbour engineers exchange", "Glacier research staff"]),
        ("year=2022", ["Orchard agronomy traineeships"]),
        ("good_practice=1", ["Orchard agronomy traineeships", "Harbour engineers exchange"]),
        ("q=harbour", ["Harbour logistics blended", "Harbour engineers exchange"]),
        ("q=harbour&action=KA107", ["Harbour engineers exchange"]),
        ("sort=title&action=KA171", [
            "Harbour logistics blended", "Lantern design doctoral",
            "Orchard agronomy traineeships",
        ]),
    ],
)  # fmt: skip
def test_each_filter_narrows_the_results(client, finder, params, expected):
    assert result_titles(visit(client, finder.url, params)) == expected


def test_options_count_what_they_would_return_given_the_other_filters(client, finder):
    html = visit(client, finder.url, "action=KA171")
    years = option_texts(html, "year")
    assert years["2023"] == "2023 (1)"
    assert years["2019"] == "2019 (0)"
    # The action list itself is counted without the action filter.
    assert option_texts(html, "action") == {"KA107": "KA107 (2)", "KA171": "KA171 (3)"}
    label = html.select_one("label[for=filter-good-practice]").get_text(strip=True)
    assert label == "Good practice only (1 example)"


def test_active_filters_are_listed_with_remove_links_that_keep_the_others(client, finder):
    html = visit(client, finder.url, "action=KA171&region=asia&page=1")
    items = html.select(".ebooth-active-filters li")
    assert [item.get_text(" ", strip=True).split(" Remove")[0] for item in items] == [
        "Partner region: Asia",
        "Key action: KA171",
    ]
    remove_region = items[0].a["href"]
    assert remove_region == "?action=KA171"
    assert html.find("a", string="Clear filters")["href"] == finder.url


def test_empty_state_says_what_to_change(client, finder):
    html = visit(client, finder.url, "action=KA107&year=2023")
    assert html.select_one("#project-results").get_text(strip=True) == "0 project examples"
    text = html.get_text(" ", strip=True)
    assert "No project example matches all of these filters" in text
    assert "Remove filter: Key action" in text


@override_settings(ICM_EBOOTH_PAGE_SIZE=2)
def test_pagination_keeps_the_filters_and_a_page_past_the_end_is_not_found(client, finder):
    html = visit(client, finder.url, "action=KA171&sort=title")
    next_link = html.select_one("a[rel=next]")["href"]
    assert "action=KA171" in next_link and "sort=title" in next_link and "page=2" in next_link
    assert result_titles(visit(client, finder.url, next_link[1:])) == [
        "Orchard agronomy traineeships"
    ]
    assert client.get(f"{finder.url}?action=KA171&page=3").status_code == 404


@pytest.mark.parametrize(
    "params",
    [
        "year=abc",
        "year=1999",
        "page=-1",
        "page=abc",
        "page=1e5",
        "region=Asie",
        "country=Chine",
        "country=ZZ",
        "mobility=swimming",
        "action=KA999",
        "sort=random",
        "good_practice=perhaps",
        "region=" + "a" * 10_000,
        "unknown=1",
        *(urlencode({"q": words}) for words in HOSTILE_SEARCHES),
    ],
)
def test_bad_parameters_are_ignored_or_corrected(client, finder, params):
    html = visit(client, finder.url, params)
    assert html.select_one("#project-results")


def test_repeated_keys_take_the_last_value(client, finder):
    html = visit(client, finder.url, "year=2018&year=2022")
    assert result_titles(html) == ["Orchard agronomy traineeships"]


def test_unpublished_and_private_examples_are_not_found_or_counted(client, finder):
    from wagtail.models import PageViewRestriction

    hidden = finder.get_children().get(slug="example-1")
    hidden.unpublish()
    private = finder.get_children().get(slug="example-2")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    html = visit(client, finder.url)
    assert "Harbour engineers exchange" not in result_titles(html)
    assert "Glacier research staff" not in result_titles(html)
    assert "KA107" not in option_texts(html, "action")


def test_an_index_without_examples_says_so(client, home):
    booth = publish(BoothPageFactory(parent=home))
    index = publish(ProjectExampleIndexPageFactory(parent=booth))
    html = visit(client, index.url, "year=2019")
    assert "No project examples have been published yet." in html.get_text()
    assert not html.select("form[role=search]")


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_examples(index, count, first=0):
    """``count`` live examples, ``first`` numbering their identifiers."""
    from icm_ebooth.models import ProjectExamplePage

    pages = []
    for number in range(first, first + count):
        title, year, action, countries, mobility, good = EXAMPLES[number % len(EXAMPLES)]
        pages.append(
            ProjectExamplePage(
                title=f"{title} {number}",
                slug=f"example-{number}",
                project_reference=project_reference(year, action, number),
                call_year=year,
                coordinator_name="Example University",
                coordinator_country="BE",
                partner_countries=countries,
                is_good_practice=good,
                **dict.fromkeys(mobility, True),
            )
        )
    add_live_children(index, pages)


def test_query_count_is_the_same_for_ten_and_a_thousand_examples(client, home):
    views = ["", "region=asia&mobility=doctoral&sort=title", "q=harbour&page=2"]
    counts = {params.replace("&page=2", ""): [] for params in views}
    for size in (10, 1000):
        booth = publish(BoothPageFactory(parent=home, slug=f"booth-{size}"))
        index = publish(ProjectExampleIndexPageFactory(parent=booth))
        add_examples(index, size, first=size)
        for params in views:
            if size == 10:
                # Ten examples make one page.
                params = params.replace("&page=2", "")
            url = f"{index.url}?{params}"
            _queries(client, url)
            counts[params.replace("&page=2", "")].append(_queries(client, url))
    for params, (small, large) in counts.items():
        assert small == large, (params, counts)
        assert large <= 15, (params, counts)


def test_project_page_shows_its_partner_regions(client, finder):
    page = finder.get_children().get(slug="example-5")
    html = visit(client, page.url)
    facts = html.select_one(".ebooth-facts").get_text(" ", strip=True)
    assert (
        "Erasmus+ partner regions Latin America, Faroe Islands, Switzerland and United Kingdom"
        in facts
    )
