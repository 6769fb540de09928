"""The project examples finder: filters, facet counts, search, sort and pages from a query string.

The finder reads one small row of facts per visible example (one query), filters and counts
in Python, then fetches only the examples of the requested page (one more query). Its cost
in queries is therefore the same for ten examples or ten thousand, and each option can show
how many examples it would return given the other active filters without a query per option.

The query string is visitor input: values that are unknown, malformed or too long are
ignored, so a shared, mistyped or translated link still shows the finder.
"""

import re
from dataclasses import dataclass
from functools import cached_property

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from icm_ebooth.query import PAGE, Option, Parameter, QueryParameters, plain, read_param
from icm_ebooth.regions import normalise_country_code, region_choices

# Single-value facets, in the order the form shows them.
FACETS = ("region", "country", "mobility", "action", "year")
SORTS = {"newest": _("Newest call first"), "title": _("Title (A to Z)")}
DEFAULT_SORT = "newest"
TRUE_VALUES = {"1", "on", "true", "yes"}
MAX_QUERY_LENGTH = 200

FACT_FIELDS = (
    "pk",
    "title",
    "call_year",
    "key_action",
    "partner_countries",
    "partner_regions",
    "is_good_practice",
)


def search_words(text):
    """The words of a visitor's search, without the characters search engines read as syntax.

    Quotes, brackets, operators and control characters in a full-text query make some
    backends (SQLite's FTS5 among them) fail, and FTS5 reads upper-case AND, OR and NOT as
    operators; a visitor means the words.
    """
    if not isinstance(text, str):
        return ""
    return " ".join(re.findall(r"\w+", text[:MAX_QUERY_LENGTH].lower()))


def _canonical_search(text):
    return text.strip()[:MAX_QUERY_LENGTH]


def _canonical_sort(value):
    value = plain(value)
    return value if value in SORTS and value != DEFAULT_SORT else ""


def _canonical_good_practice(value):
    return "1" if plain(value).lower() in TRUE_VALUES else ""


# Every parameter the finder reads (see ``icm_ebooth.query``).
FINDER_PARAMETERS = QueryParameters(
    Parameter("q", _canonical_search),
    *(Parameter(facet) for facet in FACETS if facet != "country"),
    Parameter("country", lambda value: normalise_country_code(plain(value))),
    Parameter("good_practice", _canonical_good_practice),
    Parameter("sort", _canonical_sort),
    PAGE,
    search="q",
    is_search=search_words,
)

_NONE = frozenset()


class ProjectFacts:
    """What the finder knows of one example without loading the page.

    Each facet's values are kept as a set of strings under the facet's name, ready for the
    filters and counts, which read them thousands of times per view. A plain class with
    slots: a frozen dataclass costs several times as much to build, a thousand times a view.
    """

    __slots__ = (
        "pk", "title", "call_year", "good_practice", "region", "country", "mobility", "action",
        "year",
    )  # fmt: skip

    def __init__(self, pk, title, call_year, key_action, countries, regions, mobility, good):
        self.pk = pk
        self.title = title
        self.call_year = call_year
        self.good_practice = good
        self.country = countries
        self.region = regions
        self.mobility = mobility
        self.action = frozenset((key_action,)) if key_action else _NONE
        self.year = frozenset((str(call_year),))


def _split(stored):
    return frozenset(code for code in (stored or "").split(",") if code)


def read_facts(queryset, mobility_fields):
    """One ``ProjectFacts`` per example of ``queryset``, in one query."""
    rows = queryset.order_by().values_list(*FACT_FIELDS, *mobility_fields)
    facts = []
    for pk, title, year, action, country_codes, regions, good, *mobility in rows:
        facts.append(
            ProjectFacts(
                pk,
                title,
                year,
                action,
                _split(country_codes),
                _split(regions),
                frozenset(
                    name for name, chosen in zip(mobility_fields, mobility, strict=True) if chosen
                ),
                good,
            )
        )
    return facts


@dataclass(frozen=True)
class ActiveFilter:
    name: str
    label: str
    value_label: str


class ProjectFinder:
    """Filters ``facts`` by the query string ``params``; ``search_ids`` narrows to a search."""

    def __init__(self, params, facts, mobility_labels, search_ids=None):
        self.facts = facts
        self.mobility_labels = dict(mobility_labels)
        self.search_ids = search_ids
        self.query = read_param(params, "q", MAX_QUERY_LENGTH) if search_ids is not None else ""
        self.selected = {facet: self._known(facet, read_param(params, facet)) for facet in FACETS}
        self.good_practice = read_param(params, "good_practice").lower() in TRUE_VALUES
        sort = read_param(params, "sort")
        self.sort = sort if sort in SORTS else DEFAULT_SORT
        self._counts = {}

    def _known(self, facet, value):
        """``value`` when some example has it, else "" (the filter is ignored)."""
        if facet == "country":
            value = normalise_country_code(value)
        if not value:
            return ""
        return value if any(value in getattr(fact, facet) for fact in self.facts) else ""

    def _failed(self, fact):
        """The active filters ``fact`` does not pass, as a frozenset of their names."""
        failed = set()
        if self.search_ids is not None and fact.pk not in self.search_ids:
            failed.add("q")
        if self.good_practice and not fact.good_practice:
            failed.add("good_practice")
        for facet, value in self.selected.items():
            if value and value not in getattr(fact, facet):
                failed.add(facet)
        return frozenset(failed)

    @cached_property
    def _failures(self):
        # Worked out once per example: every count below is then one pass of set checks.
        return [(fact, self._failed(fact)) for fact in self.facts]

    def _passing(self, skip=None):
        """Facts that pass every active filter except ``skip``."""
        return [fact for fact, failed in self._failures if not failed or failed == {skip}]

    def ignored_filters(self, params):
        """Whether ``params`` name a filter value that no example has (and is ignored)."""
        return any(read_param(params, facet) != self.selected[facet] for facet in FACETS)

    @property
    def is_active(self):
        return bool(self.query or self.good_practice or any(self.selected.values()))

    def results(self):
        """Matching facts in the chosen order."""
        matching = self._passing()
        if self.sort == "title":
            return sorted(matching, key=lambda fact: fact.title.casefold())
        return sorted(matching, key=lambda fact: (-fact.call_year, fact.title.casefold()))

    def counts(self, facet):
        """{value: number of examples with it, given the other active filters}."""
        if facet in self._counts:
            return self._counts[facet]
        counts = {}
        for fact in self.facts:
            for value in getattr(fact, facet):
                counts.setdefault(value, 0)
        for fact in self._passing(skip=facet):
            for value in getattr(fact, facet):
                counts[value] += 1
        self._counts[facet] = counts
        return counts

    def _options(self, facet, labelled):
        counts = self.counts(facet)
        return [
            Option(value, str(label), counts[value], value == self.selected[facet])
            for value, label in labelled
            if value in counts
        ]

    def region_options(self):
        return self._options("region", region_choices(self.counts("region")))

    def country_options(self):
        # django-countries iterates in the order of the names in the visitor's language.
        present = self.counts("country")
        return self._options(
            "country", [(code, name) for code, name in countries if code in present]
        )

    def mobility_options(self):
        return self._options("mobility", self.mobility_labels.items())

    def action_options(self):
        return self._options("action", [(code, code) for code in sorted(self.counts("action"))])

    def year_options(self):
        years = sorted(self.counts("year"), key=int, reverse=True)
        return self._options("year", [(year, year) for year in years])

    def good_practice_count(self):
        return sum(1 for fact in self._passing(skip="good_practice") if fact.good_practice)

    def sort_options(self):
        return [(value, label, value == self.sort) for value, label in SORTS.items()]

    def active_filters(self):
        """The filters in force with their labels, for the summary and its remove links."""
        labels = {
            "region": (_("Partner region"), dict(region_choices([self.selected["region"]]))),
            "country": (_("Partner country"), dict(countries)),
            "mobility": (_("Mobility type"), self.mobility_labels),
            "action": (_("Key action"), {}),
            "year": (_("Call year"), {}),
        }
        active = []
        if self.query:
            active.append(ActiveFilter("q", str(_("Search")), self.query))
        for facet in FACETS:
            value = self.selected[facet]
            if value:
                name, values = labels[facet]
                active.append(ActiveFilter(facet, str(name), str(values.get(value, value))))
        if self.good_practice:
            active.append(ActiveFilter("good_practice", str(_("Good practice")), str(_("Yes"))))
        return active

    def page(self, number, per_page):
        """The requested page of results; a number past the end is a 404."""
        paginator = Paginator(self.results(), per_page)
        try:
            number = max(int(number), 1)
        except (TypeError, ValueError):
            number = 1
        try:
            return paginator.page(number)
        except EmptyPage as error:
            raise Http404(str(error)) from error
