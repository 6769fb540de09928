"""The query parameters each e-Booth page reads, declared once, and their canonical form.

A page's ``query_parameters`` say which names it reads and how each value is cleaned. The
page cache keys an entry on the canonical query (only those names, each value cleaned, in a
fixed order) and the page reads that same canonical query, so a parameter the page does not
read (``?utm_source=…``) can neither change what it shows nor make a new cache entry. A
page that finds a value meaningless once it knows its data (a filter no item matches, a
page number past the end) calls ``mark_not_canonical()``, and its response is not stored.
"""

from dataclasses import dataclass

from django.http import QueryDict

# The query string is visitor input: cap what is read of it.
MAX_VALUE_LENGTH = 64
_NOT_CANONICAL_ATTR = "_icm_ebooth_query_not_canonical"


def plain(value):
    """A value as read: surrounding spaces dropped, capped in length."""
    return value.strip()[:MAX_VALUE_LENGTH]


def read_param(params, name, limit=MAX_VALUE_LENGTH):
    """The value of ``name`` in ``params`` as read (see ``plain``); "" when absent."""
    # QueryDict.get returns the last of repeated keys, the value the form sent last.
    value = params.get(name, "")
    return value.strip()[:limit] if isinstance(value, str) else ""


def page_number(value):
    """A page number of 2 or more as written plainly; anything else is the first page."""
    value = value.strip()
    if not value.isdecimal() or len(value) > 9:
        return ""
    number = int(value)
    return str(number) if number > 1 else ""


class Parameter:
    """One name a page reads from its query string, with ``clean`` giving its canonical value.

    ``clean`` returns "" for a value that means the same as no value.
    """

    def __init__(self, name, clean=plain):
        self.name = name
        self.clean = clean


PAGE = Parameter("page", page_number)


@dataclass(frozen=True)
class Option:
    """One choice of a filter form: how many items it would show, and whether it is chosen."""

    value: str
    label: str
    count: int
    selected: bool


class QueryParameters:
    """The parameters a page reads; ``search`` names the one holding free text, if any."""

    def __init__(self, *parameters, search=None, is_search=None):
        self.parameters = parameters
        self.names = frozenset(parameter.name for parameter in parameters)
        self.search = search
        self._is_search = is_search

    def canonical(self, params):
        """A read-only ``QueryDict`` of ``params``' own names, each value cleaned, in order.

        Of a repeated name the last value counts, as with ``QueryDict.get``.
        """
        query = QueryDict(mutable=True)
        for parameter in sorted(self.parameters, key=lambda parameter: parameter.name):
            raw = params.get(parameter.name)
            value = parameter.clean(raw) if isinstance(raw, str) else ""
            if value:
                query[parameter.name] = value
        query._mutable = False
        return query

    def is_search(self, params):
        """Whether ``params`` ask for a free-text search (whose results are never cached)."""
        if self.search is None:
            return False
        text = params.get(self.search, "")
        return bool(self._is_search(text) if self._is_search else text.strip())


NONE = QueryParameters()


def is_page_shown(page, request):
    """Whether ``page`` (of a paginator) is the page number the query asked for."""
    return str(page.number) == (request.GET.get(PAGE.name) or "1")


def mark_not_canonical(request):
    """This response answers a query that means something else: do not store it."""
    setattr(request, _NOT_CANONICAL_ATTR, True)


def is_canonical(request):
    return not getattr(request, _NOT_CANONICAL_ATTR, False)
