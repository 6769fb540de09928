"""Every use of a Wagtail, treebeard or icalendar internal, in one place: what an upgrade risks.

Each helper below wraps one private attribute, template or call that the package relies on
and that a release may change without notice; ``OVERRIDES`` lists the methods the package
overrides on subclasses of Wagtail's classes, which must stay on their class because Wagtail
calls them by name. ``tests/test_compat.py`` checks every entry against the installed
versions and fails naming the entry and what breaks. A speed-up is kept only where
``make bench`` shows its gain (docs/production.md, "What each of Wagtail's internals
saves"); read this file before upgrading.
"""

import re
from functools import cache
from urllib.parse import quote

from django.conf import settings
from django.utils.functional import SimpleLazyObject
from django.utils.http import RFC3986_SUBDELIMS
from django.utils.translation import get_language
from wagtail.admin.views.pages.utils import get_breadcrumbs_items_for_page
from wagtail.blocks import StreamValue

# Methods overridden on subclasses of Wagtail's classes: (our class, Wagtail's class, name).
# Wagtail calls each by name with the arguments below; a rename or a new argument silently
# bypasses (or breaks) the override. Named as dotted paths: this module imports nothing of
# the package, so every floor may use it.
OVERRIDES = [
    (
        "icm_ebooth.blocks.prefetch.SharedFetchStreamValue",
        "wagtail.blocks.StreamValue",
        "_prefetch_blocks",
        ("self", "type_name"),
        "converts a stream's blocks of one type on first access; the override converts every "
        "block of the stream at once, one query per model referred to",
    ),
    (
        "icm_ebooth.blocks.base.StoredCodeMixin",
        "wagtail.blocks.ChoiceBlock",
        "normalize_choice",
        ("self", "value"),
        "turns every stored choice into a choice of the list, rebuilding and scanning the "
        "list each time; the override reads a stored code as it is (a library's languages "
        "and countries, hundreds a page)",
    ),
    (
        "icm_ebooth.models.serving.ServedPageMixin",
        "wagtail.models.Page",
        "get_view_restrictions",
        ("self",),
        "is what Wagtail's check_view_restrictions hook asks before serving; the override "
        "answers from the request's privacy snapshot, saving the restriction queries",
    ),
]


# Treebeard's materialised paths: each level of the tree adds ``steplen`` characters of
# ``alphabet`` to the parent's path. Both are class attributes of ``MP_Node``.


def path_step(page_model):
    """How many characters of a tree path each level adds."""
    return page_model.steplen


def last_path_character(page_model):
    """The highest character a tree path may hold: a page's path followed by it bounds the
    paths of every page below it."""
    return page_model.alphabet[-1]


def remember_parent(page, parent):
    """Tell treebeard's ``get_parent()`` that ``parent`` is ``page``'s parent.

    Routing has both in hand; without this each breadcrumb step costs a query.
    """
    page._cached_parent_obj = parent


# Page URLs: ``Page.get_url_parts`` reverses Wagtail's ``wagtail_serve`` pattern (a path of
# ``[\w-]+/`` slugs) with the page's ``url_path`` below its site's root, and Django quotes
# the result. The URL of a page is thus that of a sibling with the slug swapped, unless the
# page is a site's root itself. ``_get_site_root_paths`` is the request's copy of the sites'
# root paths that ``get_url`` reads.
_SERVED_SLUG = re.compile(r"[\w-]+")


@cache
def _makes_url_as_wagtail(page_class):
    # Known once per class: every link of a listing asks.
    from wagtail.models import Page

    return page_class.get_url is Page.get_url and page_class.get_url_parts is Page.get_url_parts


class _PageUrls:
    """Page URLs for one request: one ``get_url`` per parent page, the rest by slug."""

    def __init__(self, request):
        self.request = request
        self.site_roots = None
        self.prefixes = {}

    def url(self, page, url_path, slug, derivable_class):
        """``page().get_url(request)`` (``page`` makes the page when asked), derived from
        a sibling's when it can be."""
        url_path, slug = url_path or "", slug or ""
        parent_path = url_path.removesuffix(f"{slug}/")
        served_slug = _SERVED_SLUG.fullmatch(slug) is not None
        if not (derivable_class and served_slug and parent_path != url_path):
            return page().get_url(request=self.request)
        asked = None
        if self.site_roots is None:
            asked = page()
            self.site_roots = {root.root_path for root in asked._get_site_root_paths(self.request)}
        if url_path in self.site_roots:
            return (asked or page()).get_url(request=self.request)
        append_slash = getattr(settings, "WAGTAIL_APPEND_SLASH", True)
        suffix = quote(slug, safe=RFC3986_SUBDELIMS + "/~:@") + ("/" if append_slash else "")
        # Wagtail's URL takes the active language when it is a variant of the page's.
        parent = (parent_path, get_language())
        prefix = self.prefixes.get(parent)
        if prefix is not None:
            return prefix + suffix
        url = (asked or page()).get_url(request=self.request)
        if url and url.endswith(suffix):
            self.prefixes[parent] = url[: -len(suffix)]
        return url


def page_urls(page_class, addresses, request=None):
    """{pk: ``page.get_url(request)``} of pages of ``page_class`` given as ``(pk, url_path,
    slug)``, reversing one URL per parent.

    A feed lists dozens of events below one event index: each reverse costs more than the
    rest of an event's entry. Pages of a class that changes how its URL is made, whose slug
    is not one Wagtail serves, or that are a site's root get their own ``get_url``.
    """
    derivable_class = _makes_url_as_wagtail(page_class)
    # A page whose class makes its URL as Wagtail's does is asked as a plain page, the
    # cheapest to build.
    asked_class = page_class.base_page_model if derivable_class else page_class
    urls = _PageUrls(request)
    return {
        pk: urls.url(
            lambda pk=pk, url_path=url_path, slug=slug: asked_class(
                id=pk, url_path=url_path, slug=slug
            ),
            url_path,
            slug,
            derivable_class,
        )
        for pk, url_path, slug in addresses
    }


_REQUEST_URLS = "_icm_ebooth_page_urls"


def get_page_url(page, request=None):
    """``page.get_url(request)``, one URL reversed per parent page in the request.

    A booth's home links a dozen sections, a finder twenty projects: each ``get_url``
    reverses a URL in the page's language, which costs more than the rest of the link.
    """
    if request is None:
        return page.get_url()
    urls = getattr(request, _REQUEST_URLS, None)
    if urls is None:
        urls = _PageUrls(request)
        setattr(request, _REQUEST_URLS, urls)
    # The slug is read off the URL path, as Wagtail's URL is: a listing may defer it.
    url_path = page.url_path or ""
    slug = url_path[:-1].rpartition("/")[2] if url_path.endswith("/") else ""
    return urls.url(lambda: page, url_path, slug, _makes_url_as_wagtail(type(page)))


# StreamValue's lazy conversion: ``_raw_data`` (the stored JSON of each block) and
# ``_bound_blocks`` (the converted block, None until read).


def unconverted_raw_blocks(stream):
    """The stored JSON of each block of ``stream`` that has not been converted yet."""
    return [
        raw
        for raw, bound in zip(stream._raw_data, stream._bound_blocks, strict=True)
        if bound is None
    ]


def convert_blocks_of_type(stream, type_name):
    """Convert every block of ``type_name`` in ``stream`` at once, as Wagtail does lazily."""
    StreamValue._prefetch_blocks(stream, type_name)


# Images: ``prefetch_renditions()`` keeps an image's renditions in ``prefetched_renditions``,
# where ``get_rendition`` looks first, and then queries neither the cache nor the database.


def give_prefetched_renditions(image, renditions):
    """Hand ``image`` its renditions as ``prefetch_renditions()`` would."""
    image.prefetched_renditions = list(renditions)


def has_prefetched_renditions(image):
    """Whether ``image`` was handed its renditions (see ``give_prefetched_renditions``)."""
    return getattr(image, "prefetched_renditions", None) is not None


# Rich text: Wagtail's own link handlers, replaced by a batched lookup only while they are
# the registered ones, and the template Wagtail wraps rendered rich text in.
RICH_TEXT_TEMPLATE = "wagtailcore/shared/richtext.html"


def wagtail_link_handlers():
    """{link type: Wagtail's own bulk expander} for the page and document links."""
    from wagtail.documents.rich_text import DocumentLinkHandler
    from wagtail.rich_text.pages import PageLinkHandler

    return {
        "page": PageLinkHandler.expand_db_attributes_many,
        "document": DocumentLinkHandler.expand_db_attributes_many,
    }


def is_lazy_user(user):
    """Whether ``user`` is Django's lazy ``request.user``, not read yet.

    Reading it reads the session, which adds "Vary: Cookie" to a response that every
    anonymous visitor could share; the page cache settles it without reading.
    """
    return isinstance(user, SimpleLazyObject)


def is_dummy_request(request):
    """Whether ``request`` is one Wagtail made up to render a preview or a page's URL."""
    return getattr(request, "is_dummy", False)


def admin_breadcrumbs(page, user):
    """The admin's breadcrumb items from the root to ``page``, as its page views show them."""
    return get_breadcrumbs_items_for_page(page, user)


# icalendar: the calendar feeds write each event's lines with icalendar's value types but
# without a component per event (``icm_ebooth.ical``), so they follow the order icalendar
# writes a component's properties in. ``tests/test_ical.py`` compares the feed's bytes with
# icalendar's own for generated events; a change of its escaping or folding fails there.
def icalendar_property_order(names, canonical_order):
    """``names`` in the order icalendar writes them: ``canonical_order`` first, then the rest
    alphabetically."""
    from icalendar.caselessdict import canonsort_keys

    return canonsort_keys(names, canonical_order)
