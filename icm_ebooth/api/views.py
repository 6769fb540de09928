"""Wagtail's API endpoints, made safe for any query string and held to the package's privacy.

Register them on a site's ``WagtailAPIRouter`` in place of Wagtail's own (the example site's
``demo_project/api.py`` does). Searches are reduced to their words, as the project finder's
are: Wagtail hands the raw text to the search backend, which on SQLite fails on a quote.
"""

from modelcluster.models import get_all_child_relations
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from icm_ebooth.privacy import private_collection_ids
from icm_ebooth.project_finder import search_words

SEARCH_OPERATORS = ("and", "or")


class _CleanedQuery:
    """What ``SearchFilter`` reads of a request: its query string."""

    def __init__(self, params):
        self.GET = params


class WordSearchFilter(SearchFilter):
    """Wagtail's search filter, given the words of the search and a known operator only."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        params = request.GET.copy()
        params["search"] = search_words(request.GET["search"])
        if params.get("search_operator") not in SEARCH_OPERATORS:
            params.pop("search_operator", None)
        if not params["search"]:
            # Nothing left to search for (only quotes, say): nothing matches.
            return queryset.none()
        return super().filter_queryset(_CleanedQuery(params), queryset, view)


def _with_word_search(filter_backends):
    return [
        WordSearchFilter if backend is SearchFilter else backend for backend in filter_backends
    ]


class SafeQueryMixin:
    """Refuse (400) filter values no database takes: PostgreSQL rejects a NUL character.

    A search is not refused: ``WordSearchFilter`` keeps only its words.
    """

    def check_query_parameters(self, queryset):
        for name, values in self.request.GET.lists():
            if name != "search" and any("\x00" in value for value in values):
                raise BadRequestError("query parameters may not contain NUL characters")
        super().check_query_parameters(queryset)


class EboothPagesAPIViewSet(SafeQueryMixin, PagesAPIViewSet):
    """Wagtail's pages endpoint with searches reduced to their words."""

    filter_backends = _with_word_search(PagesAPIViewSet.filter_backends)

    def get_queryset(self):
        # A listing of one page type joins what its page view joins (its contact, its
        # documents) and fetches the child rows its fields show (a project's partners)
        # together, rather than page by page.
        queryset = super().get_queryset()
        model = queryset.model
        shown = {field.name for field in getattr(model, "api_fields", ())}
        children = [
            relation.get_accessor_name()
            for relation in get_all_child_relations(model)
            if relation.get_accessor_name() in shown
        ]
        return queryset.select_related(*getattr(model, "serving_related", ())).prefetch_related(
            *children
        )


class _PublicMediaMixin:
    """Leave out what sits in a private collection, for every visitor (see ``privacy``)."""

    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset.exclude(collection__in=private_collection_ids(self.request))


class EboothDocumentsAPIViewSet(_PublicMediaMixin, SafeQueryMixin, DocumentsAPIViewSet):
    """Wagtail's documents endpoint, with the package's privacy rule and word searches."""

    filter_backends = _with_word_search(DocumentsAPIViewSet.filter_backends)


class EboothImagesAPIViewSet(_PublicMediaMixin, SafeQueryMixin, ImagesAPIViewSet):
    """Wagtail's images endpoint, with the package's privacy rule and word searches."""

    filter_backends = _with_word_search(ImagesAPIViewSet.filter_backends)
