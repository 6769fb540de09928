"""The project examples finder: filters, facet counts, search, sort and pages from a query string.

The finder works on ``FinderFacts``: for each facet value, the set of examples that have it,
as a bit mask over the examples in the default order (newest call first). Filtering is an
AND of a few masks and each option's count is one more AND and a population count, so a
view costs about the same for ten examples or ten thousand, and each option can show how
many examples it would return given the other active filters. Reading the facts from the
examples is the one step that grows with their number; ``icm_ebooth.models.finder_facts``
stores them per index, so that it happens once per change, not once per request.

The query string is visitor input: values that are unknown, malformed or too long are
ignored, so a shared, mistyped or translated link still shows the finder.
"""

import json
import re
from array import array
from dataclasses import dataclass
from functools import cached_property
from itertools import islice

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

# Bytes of the stored form's header length; see ``FinderFacts.to_bytes``.
_HEADER_LENGTH = 4


def _split(stored):
    return [code for code in (stored or "").split(",") if code]


def _mask(positions, count):
    """The mask with the bits at ``positions`` set, of ``count`` bits at most."""
    bits = bytearray((count + 7) // 8)
    for position in positions:
        bits[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(bits, "little")


def _positions(mask):
    """The positions of the set bits of ``mask``, lowest first, one at a time."""
    bits = bin(mask)[:1:-1]
    position = bits.find("1")
    while position != -1:
        yield position
        position = bits.find("1", position + 1)


class FinderFacts:
    """What the finder knows of an index's examples, without loading the pages.

    Position ``i`` is the ``i``-th example in the default order (newest call first, then
    title); ``pks[i]`` is its page id. ``masks[facet][value]`` has bit ``i`` set when that
    example has ``value``; ``good_practice`` is the mask of good practices; ``title_order``
    lists the positions in the order of the titles.
    """

    def __init__(self, pks, title_order, masks, good_practice):
        self.pks = pks
        self.title_order = title_order
        self.masks = masks
        self.good_practice = good_practice
        self.every = (1 << len(pks)) - 1

    def __len__(self):
        return len(self.pks)

    def mask_of(self, pks):
        """The mask of the examples with the ids ``pks`` (ids of other pages are left out)."""
        pks = set(pks)
        return _mask((p for p, pk in enumerate(self.pks) if pk in pks), len(self.pks))

    @classmethod
    def from_rows(cls, rows, mobility_fields):
        """Facts from ``(pk, title, call year, key action, countries, regions, good
        practice, *mobility flags)`` rows, as ``read_facts`` reads them."""
        rows = sorted(rows, key=lambda row: (-row[2], row[1].casefold(), row[0]))
        positions = {facet: {} for facet in FACETS}
        good_practice = []
        for position, row in enumerate(rows):
            _pk, _title, year, action, country_codes, regions, good, *mobility = row
            values = {
                "region": _split(regions),
                "country": _split(country_codes),
                "mobility": [
                    name for name, chosen in zip(mobility_fields, mobility, strict=True) if chosen
                ],
                "action": [action] if action else [],
                "year": [str(year)],
            }
            for facet, facet_values in values.items():
                for value in facet_values:
                    positions[facet].setdefault(value, []).append(position)
            if good:
                good_practice.append(position)
        count = len(rows)
        masks = {
            facet: {value: _mask(found, count) for value, found in values.items()}
            for facet, values in positions.items()
        }
        title_order = sorted(range(count), key=lambda position: rows[position][1].casefold())
        return cls([row[0] for row in rows], title_order, masks, _mask(good_practice, count))

    def to_bytes(self):
        """A compact stored form: a JSON header, the ids, the title order, then the masks."""
        size = (len(self.pks) + 7) // 8
        header = json.dumps(
            {"count": len(self.pks), "values": {f: list(m) for f, m in self.masks.items()}}
        ).encode()
        parts = [
            len(header).to_bytes(_HEADER_LENGTH, "big"),
            header,
            array("q", self.pks).tobytes(),
            array("q", self.title_order).tobytes(),
            self.good_practice.to_bytes(size, "little"),
        ]
        for facet_masks in self.masks.values():
            parts.extend(mask.to_bytes(size, "little") for mask in facet_masks.values())
        return b"".join(parts)

    @classmethod
    def from_bytes(cls, data):
        data = memoryview(data)
        header_length = int.from_bytes(data[:_HEADER_LENGTH], "big")
        offset = _HEADER_LENGTH + header_length
        header = json.loads(bytes(data[_HEADER_LENGTH:offset]))
        count = header["count"]
        size = (count + 7) // 8
        pks = array("q")
        pks.frombytes(data[offset : offset + 8 * count])
        offset += 8 * count
        title_order = array("q")
        title_order.frombytes(data[offset : offset + 8 * count])
        offset += 8 * count

        def mask():
            nonlocal offset
            offset += size
            return int.from_bytes(data[offset - size : offset], "little")

        good_practice = mask()
        masks = {
            facet: {value: mask() for value in values}
            for facet, values in header["values"].items()
        }
        return cls(pks, title_order, masks, good_practice)


FACT_FIELDS = (
    "pk",
    "title",
    "call_year",
    "key_action",
    "partner_countries",
    "partner_regions",
    "is_good_practice",
)


def read_facts(queryset, mobility_fields):
    """The ``FinderFacts`` of the examples of ``queryset``, in one query."""
    rows = queryset.order_by().values_list(*FACT_FIELDS, *mobility_fields)
    return FinderFacts.from_rows(list(rows), mobility_fields)


@dataclass(frozen=True)
class ActiveFilter:
    name: str
    label: str
    value_label: str


class ProjectFinder:
    """Filters ``facts`` by the query string ``params``.

    ``visible`` is the mask of the examples a visitor may see (all by default) and
    ``search_ids`` the ids of the examples a search found, when there is a search.
    """

    def __init__(self, params, facts, mobility_labels, search_ids=None, visible=None):
        self.facts = facts
        self.visible = facts.every if visible is None else visible & facts.every
        self.mobility_labels = dict(mobility_labels)
        self.search_mask = None
        if search_ids is not None:
            self.search_mask = facts.mask_of(search_ids)
        self.query = read_param(params, "q", MAX_QUERY_LENGTH) if search_ids is not None else ""
        self.selected = {facet: self._known(facet, read_param(params, facet)) for facet in FACETS}
        self.good_practice = read_param(params, "good_practice").lower() in TRUE_VALUES
        sort = read_param(params, "sort")
        self.sort = sort if sort in SORTS else DEFAULT_SORT
        self._counts = {}

    @property
    def has_examples(self):
        return bool(self.visible)

    def _known(self, facet, value):
        """``value`` when some visible example has it, else "" (the filter is ignored)."""
        if facet == "country":
            value = normalise_country_code(value)
        if not value:
            return ""
        return value if self.facts.masks[facet].get(value, 0) & self.visible else ""

    @cached_property
    def _filter_masks(self):
        """{filter name: the mask of the examples that pass it}, for the active filters."""
        masks = {}
        if self.search_mask is not None:
            masks["q"] = self.search_mask
        if self.good_practice:
            masks["good_practice"] = self.facts.good_practice
        for facet, value in self.selected.items():
            if value:
                masks[facet] = self.facts.masks[facet][value]
        return masks

    def _passing(self, skip=None):
        """The mask of visible examples that pass every active filter except ``skip``."""
        mask = self.visible
        for name, filter_mask in self._filter_masks.items():
            if name != skip:
                mask &= filter_mask
        return mask

    def ignored_filters(self, params):
        """Whether ``params`` name a filter value that no example has (and is ignored)."""
        return any(read_param(params, facet) != self.selected[facet] for facet in FACETS)

    @property
    def is_active(self):
        return bool(self.query or self.good_practice or any(self.selected.values()))

    def results(self):
        """The ids of the matching examples in the chosen order, as a sequence."""
        return _Results(self.facts, self._passing(), by_title=self.sort == "title")

    def counts(self, facet):
        """{value: number of examples with it, given the other active filters}."""
        if facet not in self._counts:
            passing = self._passing(skip=facet)
            self._counts[facet] = {
                value: (mask & passing).bit_count()
                for value, mask in self.facts.masks[facet].items()
                if mask & self.visible
            }
        return self._counts[facet]

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
        return (self._passing(skip="good_practice") & self.facts.good_practice).bit_count()

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


class _Results:
    """The ids of the examples in ``mask``, in the default or the title order.

    A sequence for Django's paginator, which asks for the length and then one slice: only
    the ids of that slice are worked out.
    """

    def __init__(self, facts, mask, by_title):
        self.facts = facts
        self.mask = mask
        self.by_title = by_title

    def __len__(self):
        return self.mask.bit_count()

    def count(self):
        return len(self)

    def _ordered_positions(self):
        if not self.by_title:
            return _positions(self.mask)
        bits = bin(self.mask)[:1:-1]
        width = len(bits)
        return (p for p in self.facts.title_order if p < width and bits[p] == "1")

    def __getitem__(self, index):
        if not isinstance(index, slice):
            raise TypeError("The finder's results are read a page at a time.")
        start, stop, _step = index.indices(len(self))
        pks = self.facts.pks
        return [pks[p] for p in islice(self._ordered_positions(), start, stop)]
