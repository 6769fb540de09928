"""What visitors may see: pages outside private sections, media outside private collections.

Every public listing filters through here. The restrictions are read in one query per
request and kept on the request, so a page with several listings pays for them once.
"""

import re
from dataclasses import dataclass

from django.db.models import Q, Value
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction
from wagtail.rich_text.rewriters import extract_attrs

from icm_ebooth.tree import below_path_q

_SNAPSHOT_ATTR = "_icm_ebooth_privacy"


@dataclass(frozen=True)
class PrivacySnapshot:
    restricted_page_paths: tuple
    private_collection_ids: frozenset


def _read_snapshot():
    # One round trip: page restrictions, collection restrictions and the collection tree
    # (a small table) to find every collection inside a restricted one.
    rows = (
        PageViewRestriction.objects.annotate(kind=Value("page"), row_id=Value(0))
        .order_by()
        .values_list("kind", "page__path", "row_id")
        .union(
            CollectionViewRestriction.objects.annotate(kind=Value("restricted"), row_id=Value(0))
            .order_by()
            .values_list("kind", "collection__path", "row_id"),
            Collection.objects.annotate(kind=Value("collection"))
            .order_by()
            .values_list("kind", "path", "pk"),
            all=True,
        )
    )
    page_paths, restricted_collection_paths, collections = [], [], []
    for kind, path, row_id in rows:
        if kind == "page":
            page_paths.append(path)
        elif kind == "restricted":
            restricted_collection_paths.append(path)
        else:
            collections.append((path, row_id))
    private = frozenset(
        pk
        for path, pk in collections
        if any(path.startswith(restricted) for restricted in restricted_collection_paths)
    )
    return PrivacySnapshot(tuple(page_paths), private)


def privacy_snapshot(request=None):
    """The current restrictions, read once per request."""
    if request is not None and hasattr(request, _SNAPSHOT_ATTR):
        return getattr(request, _SNAPSHOT_ATTR)
    snapshot = _read_snapshot()
    if request is not None:
        setattr(request, _SNAPSHOT_ATTR, snapshot)
    return snapshot


def visible_to_public(queryset, request=None):
    """Live pages outside every private section: what may appear in a public listing.

    The restricted sections come from the request's snapshot, which the page being served
    has read already, so a site without restrictions filters on nothing more than ``live``.
    A correlated subquery would save that read on some views, but PostgreSQL may run it
    once per listed page (a second for a thousand project examples).
    """
    queryset = queryset.live()
    private = Q()
    for path in privacy_snapshot(request).restricted_page_paths:
        private |= below_path_q(path, inclusive=True)
    return queryset.exclude(private) if private else queryset


def may_show_page(page, request=None):
    """Whether a visitor may see ``page`` (a page in memory): live, outside private sections.

    The same rule as ``visible_to_public``, for pages already fetched, such as those a
    block chose.
    """
    if page is None or not page.live:
        return False
    return not any(
        page.path.startswith(path) for path in privacy_snapshot(request).restricted_page_paths
    )


def no_view_restrictions(request):
    """Whether no page at all is restricted, from the request's snapshot.

    Then Wagtail's check of a served page's restrictions (two queries, more under aliases)
    has nothing to find.
    """
    return not privacy_snapshot(request).restricted_page_paths


def private_collection_ids(request=None):
    """Ids of collections with a view restriction, and of every collection inside them."""
    return privacy_snapshot(request).private_collection_ids


def may_show_document(document, request=None):
    """Whether a visitor may be shown ``document``: it exists, outside private collections.

    The one rule for every place a document is linked (pages, blocks, rich text, calendars,
    the API). It reads the request's snapshot, so asking once per document costs no query.
    It hides the document from every visitor, signed in or not, so that a cached page, which
    every visitor shares, never links it. Images follow the same rule where the package
    gives them out as data (the API), as Wagtail's own image endpoint does.
    """
    return document is not None and _is_public(document, private_collection_ids(request))


def public_documents(documents, request=None):
    """The documents of ``documents`` that ``may_show_document`` allows, in their order.

    The restrictions are read once for the batch, even without a request to keep them on.
    """
    private = private_collection_ids(request)
    return [document for document in documents if _is_public(document, private)]


def _is_public(document, private_ids):
    return document is not None and document.collection_id not in private_ids


# A link in stored rich text: links do not nest, so the first closing tag ends it.
_STORED_LINK = re.compile(r"(<a\b[^>]*>)(.*?)</a>", re.DOTALL | re.IGNORECASE)


def without_private_document_links(html, request=None):
    """Stored rich text whose links to documents a visitor may not see are unwrapped.

    For output that hands the stored HTML on (the API, in every rich text format): the
    words stay, the document's id and address go. One query for all the links.
    """
    if not html or 'linktype="document"' not in html:
        return html
    links = [(match, extract_attrs(match.group(1))) for match in _STORED_LINK.finditer(html)]
    ids = {
        attrs["id"]
        for _match, attrs in links
        if attrs.get("linktype") == "document" and str(attrs.get("id", "")).isdigit()
    }
    documents = get_document_model().objects.filter(pk__in=ids).only("pk", "collection_id")
    public_ids = {str(document.pk) for document in public_documents(documents, request)}
    parts, end = [], 0
    for match, attrs in links:
        if attrs.get("linktype") == "document" and attrs.get("id") not in public_ids:
            parts.extend([html[end : match.start()], match.group(2)])
            end = match.end()
    parts.append(html[end:])
    return "".join(parts)
