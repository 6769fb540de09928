"""Every count the finder shows agrees with a brute-force recount in the database.

Hypothesis draws filter and search combinations, including values no example has; the
page's result count and each option's count are compared with plain ORM queries.
"""

import random
import re

import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from icm_ebooth.models import ProjectExamplePage
from icm_ebooth.models.projects import MOBILITY_TYPE_FIELDS
from tests.factories import (
    BoothPageFactory,
    ProjectExampleIndexPageFactory,
    add_live_children,
    project_reference,
    publish,
)

pytestmark = pytest.mark.django_db

MOBILITY = [name for name, _label in MOBILITY_TYPE_FIELDS]
COUNTRIES = ["CN", "IN", "KE", "BR", "GB", "UA", "RU", "US", "ZA", "JP", "MA", "AL"]
WORDS = ["harbour", "glacier", "orchard", "lantern", "meadow"]
YEARS = list(range(2015, 2025))


def generated_examples(count=36, seed=7):
    """Examples spread over both programmes, with one search word in each title."""
    chance = random.Random(seed)
    examples = []
    for number in range(count):
        year = chance.choice(YEARS)
        action = "KA107" if year <= 2020 else "KA171"
        examples.append(
            ProjectExamplePage(
                title=f"{chance.choice(WORDS).title()} project {number}",
                slug=f"example-{number}",
                project_reference=project_reference(year, action, number),
                call_year=year,
                coordinator_name="Example University",
                coordinator_country="BE",
                partner_countries=chance.sample(COUNTRIES, chance.randint(0, 3)),
                is_good_practice=chance.random() < 0.3,
                summary="Exchanges between partner universities.",
                **{name: chance.random() < 0.4 for name in MOBILITY},
            )
        )
    return examples


@pytest.fixture
def index(home):
    booth = publish(BoothPageFactory(parent=home))
    index = publish(ProjectExampleIndexPageFactory(parent=booth))
    add_live_children(index, generated_examples())
    return index


def _listed(field, value):
    return {f"{field}__regex": rf"(^|,){re.escape(value)}(,|$)"}


def orm_filter(facet, value):
    """The ORM lookup that means the same as the finder's filter."""
    return {
        "region": lambda: _listed("partner_regions", value),
        "country": lambda: _listed("partner_countries", value),
        "mobility": lambda: {value: True},
        "action": lambda: {"key_action": value},
        "year": lambda: {"call_year": int(value)},
        "good_practice": lambda: {"is_good_practice": True},
    }[facet]()


def recount(examples, active, skip=None, extra=None):
    queryset = examples
    for facet, value in active.items():
        if facet != skip:
            queryset = queryset.filter(**orm_filter(facet, value))
    if extra is not None:
        queryset = queryset.filter(**orm_filter(*extra))
    return queryset.count()


def known(examples, facet, value):
    """Whether any example has ``value``: the finder ignores values none has."""
    if facet == "year" and not value.isdigit():
        return False
    if facet == "mobility" and value not in MOBILITY:
        return False
    return examples.filter(**orm_filter(facet, value)).exists()


filters = st.fixed_dictionaries(
    {},
    optional={
        "region": st.sampled_from(["asia", "latin-america", "sub-saharan-africa", "acp", "x"]),
        "country": st.sampled_from([*COUNTRIES, "FR", "el"]),
        "mobility": st.sampled_from([*MOBILITY, "swimming"]),
        "action": st.sampled_from(["KA107", "KA171", "KA999"]),
        "year": st.sampled_from([*map(str, YEARS), "abc", "1999"]),
        "good_practice": st.just("1"),
        "q": st.sampled_from(WORDS),
    },
)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(params=filters)
def test_shown_counts_match_a_brute_force_recount(client, index, params):
    response = client.get(index.url, params)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")

    every = ProjectExamplePage.objects.child_of(index).live()
    examples = every.filter(title__icontains=params["q"]) if "q" in params else every
    active = {
        facet: value.upper() if facet == "country" else value
        for facet, value in params.items()
        if facet != "q"
    }
    # A value no example of the index has is ignored, whatever the search.
    active = {facet: value for facet, value in active.items() if known(every, facet, value)}

    heading = html.select_one("#project-results").get_text(strip=True)
    assert int(heading.split()[0]) == recount(examples, active)

    for facet in ("region", "country", "mobility", "action", "year"):
        for option in html.select(f"select[name={facet}] option"):
            if not option["value"]:
                continue
            shown = int(re.search(r"\((\d+)\)$", option.get_text(strip=True)).group(1))
            expected = recount(examples, active, skip=facet, extra=(facet, option["value"]))
            assert shown == expected, (facet, option["value"], params)
            assert option.has_attr("selected") == (active.get(facet) == option["value"])

    good_label = html.select_one("label[for=filter-good-practice]").get_text(strip=True)
    shown = int(re.search(r"\((\d+) examples?\)", good_label).group(1))
    assert shown == recount(examples, active, skip="good_practice", extra=("good_practice", "1"))
