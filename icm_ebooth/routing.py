"""Routing in fewer queries: the pages a URL names below a page, found at once.

Wagtail routes a URL one page at a time, each page in two queries (the page, then its own
fields). Below a page using ``JoinedChildRouteMixin``, ``route_below`` finds the next page
with its own fields in one query, and a longer path in two: the pages it names, then the
page served. Pages whose ``route`` does more than look for the next child
(``RoutablePageMixin`` pages, say) take over the rest of the path where they stand.

Children are found by tree path, never through ``get_children()``: treebeard's answer there
trusts the parent's ``numchild``, which a stale save can leave at 0 (wagtail-localize
issue #773), and every child would then be a 404.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, partial

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models

from icm_ebooth.compat import path_step, remember_parent
from icm_ebooth.renditions import hand_out_renditions, renditions_uncached, with_rendition_columns
from icm_ebooth.subqueries import in_subquery
from icm_ebooth.translations import remember_translations
from icm_ebooth.tree import children_q, descendants_q

# ``route`` implementations that only look for the next child by its slug (or serve the
# page itself): a path through pages using nothing else can be looked up at once.
_PLAIN_ROUTES = {Page.route}


def plain_route(route):
    """Declare a ``route`` method as one that only finds the next child by its slug."""
    _PLAIN_ROUTES.add(route)
    return route


def _routes_plainly(page_class):
    return page_class is not None and all(
        vars(klass)["route"] in _PLAIN_ROUTES
        for klass in page_class.__mro__
        if "route" in vars(klass)
    )


def serving_queryset(page_model, found=()):
    """``page_model``'s pages with the foreign keys their template shows joined in.

    A page lists them in ``serving_related`` (e.g. the contact); fetching them with the page
    saves one query each on every page view. Those ``found`` already are left out.
    """
    related = getattr(page_model, "serving_related", ())
    return page_model.objects.select_related(*(name for name in related if name not in found))


# Set while routing to a file beside a page (see ``routing_for_file``).
_for_file = ContextVar("icm_ebooth_routing_for_file", default=False)


@contextmanager
def routing_for_file():
    """Route to the page that a file beside it (a calendar, a stylesheet) belongs to.

    The file shows none of the page's layout: the pages on the way come without the rows
    and images their header shows, or the language versions the switcher lists, and the
    page itself without the streams it shows, but those it names in ``file_streams``.
    """
    token = _for_file.set(True)
    try:
        yield
    finally:
        _for_file.reset(token)


def routed_queryset(page_model, served, found=()):
    """How routing reads a page of ``page_model``: for serving, or on the way to another.

    A page on the way to the one served shows only its title and URL (in the breadcrumb),
    so its streams are not read and its relations not joined. The relations ``found``
    (on the way, see ``_route_along_path``) are not joined again.
    """
    if not served:
        return page_model.objects.defer_streamfields()
    if _for_file.get():
        kept = getattr(page_model, "file_streams", ())
        unread = [
            field.name
            for field in page_model._meta.concrete_fields
            if isinstance(field, StreamField) and field.name not in kept
        ]
        return serving_queryset(page_model, found).defer(*unread)
    return serving_queryset(page_model, found)


def joinable_child_classes(page_class):
    """The page types allowed below ``page_class`` whose own table joins straight to a page.

    A type that inherits from another page type (not from ``Page`` itself) is reached
    through its parent type's table; it takes one more query.
    """
    return [
        model
        for model in page_class.allowed_subpage_models()
        if model is not Page and Page in model._meta.parents
    ]


def _models_shown_below():
    """The page types (direct subclasses of ``Page``) that declare ``shown_below``."""
    return [
        model
        for model in get_page_models()
        if "shown_below" in vars(model) and Page in model._meta.parents
    ]


# The fields of ``Page`` that routing reads of the pages on a URL's way, and that they show
# (a breadcrumb's title and URL, a language switcher's entry): the others (revisions, locks,
# scheduling, SEO) are left out of its query.
ON_THE_WAY_PAGE_FIELDS = (
    "id",
    "path",
    "depth",
    "translation_key",
    "locale",
    "live",
    "title",
    "slug",
    "content_type",
    "url_path",
)


@cache
def on_the_way_joins():
    """What the query for the pages on a URL's way joins in, and what it leaves out.

    A page type lists in ``shown_below`` the fields that the pages below it show (a booth's
    logo and colours, in the header of each of its pages): its own row is joined with just
    those fields and the objects they refer to, so those pages need no query for them.
    Worked out once: the page models are known once the apps are.
    """
    related = []
    deferred = [field.name for field in Page._meta.concrete_fields]
    deferred = [name for name in deferred if name not in ON_THE_WAY_PAGE_FIELDS]
    for model in _models_shown_below():
        name = model._meta.model_name
        related.append(name)
        for field in model._meta.local_fields:
            if field.name in model.shown_below:
                if field.is_relation:
                    related.append(f"{name}__{field.name}")
            elif not field.primary_key:
                deferred.append(f"{name}__{field.name}")
    return tuple(related), tuple(deferred)


@cache
def on_the_way_images():
    """(page relation, field, image model) of the images among the ``shown_below`` fields."""
    images = []
    for model in _models_shown_below():
        for name in model.shown_below:
            target = model._meta.get_field(name).related_model
            if target is not None and hasattr(target, "get_rendition_model"):
                images.append((model._meta.model_name, name, target))
    return tuple(images)


def _with_shown_renditions(candidates):
    """The pages of ``candidates``, their ``shown_below`` images with their renditions.

    Without a renditions cache, each image shown (a booth's logo on every page below it)
    would cost a query; the renditions come with the pages instead (see
    ``icm_ebooth.renditions``).
    """
    images = on_the_way_images()
    if not images or not renditions_uncached():
        return list(candidates)
    for name, field, image_model in images:
        candidates = with_rendition_columns(candidates, image_model, f"{name}__{field}__")
    rows = list(candidates)
    for name, field, image_model in images:
        rows = hand_out_renditions(
            rows,
            image_model,
            partial(_joined_image, name, field),
            f"{name}__{field}__",
            using=candidates.db,
        )
    return rows


@cache
def _relations_shown_below(page_model):
    """The foreign keys among ``page_model``'s ``shown_below`` fields (a booth's logo)."""
    if page_model not in _models_shown_below():
        return ()
    return tuple(
        name for name in page_model.shown_below if page_model._meta.get_field(name).is_relation
    )


def _take_relations_found(page, row_on_the_way, names):
    """Give ``page`` the objects of its relations ``names`` that its row on the way holds.

    The served page is read again, with its own fields; its logo, say, was joined on the way
    already, with its renditions.
    """
    for name in names:
        attname = page._meta.get_field(name).attname
        # Read twice, it may have changed in between: then it is read again when shown.
        if getattr(page, attname) == getattr(row_on_the_way, attname):
            setattr(page, name, getattr(row_on_the_way, name))


def _joined_image(name, field, page):
    own = _joined_row(page, name)
    return getattr(own, field, None) if own is not None else None


def _joined_row(page, relation):
    """The row of ``page``'s own type that ``on_the_way_joins`` joined to it, or None."""
    # A page of another type has no joined row: its reverse relation raises AttributeError.
    return getattr(page, relation, None)


def route_below(start, request, path_components):
    """Route a non-empty ``path_components`` below ``start``, each page looked up once."""
    if len(path_components) == 1:
        return _route_to_child(start, request, path_components[0])
    return _route_along_path(start, request, path_components)


def _route_to_child(parent, request, slug):
    """Serve ``parent``'s child named ``slug``, with its own fields, in one query.

    The query joins the table of every type allowed below ``parent``, with the relations
    each type's template shows (``serving_related``).
    """
    joined = joinable_child_classes(parent.specific_class)
    related = []
    for model in joined:
        name = model._meta.model_name
        related += [name, *(f"{name}__{field}" for field in getattr(model, "serving_related", ()))]
    pages = parent.base_page_model.objects.filter(children_q(parent), slug=slug)
    page = pages.select_related(*related).first()
    if page is None:
        raise Http404
    if page.specific_class in joined:
        child = getattr(page, page.specific_class._meta.model_name)
    else:
        child = page.specific
    remember_parent(child, parent)
    return child.route(request, [])


def _route_along_path(start, request, path_components):
    """Route a path of two pages or more below ``start`` in two queries.

    One query finds the pages the path names (plain pages: their titles and URLs are all a
    breadcrumb needs, with the rows ``on_the_way_joins`` adds), one more the page served
    with its own fields, or the first page on the way with a route of its own, which routes
    the rest. Like Wagtail, pages on the way may be drafts; the page served must be live.
    """
    pages = start.base_page_model.objects
    named = Q(
        descendants_q(start),
        depth__lte=start.depth + len(path_components),
        slug__in=set(path_components),
    )
    related, deferred = ((), ()) if _for_file.get() else on_the_way_joins()
    if getattr(settings, "WAGTAIL_I18N_ENABLED", False) and not _for_file.get():
        # The language versions of the page the whole path names come along, for the
        # language switcher (see ``icm_ebooth.translations``).
        last = pages.filter(
            descendants_q(start),
            depth=start.depth + len(path_components),
            slug=path_components[-1],
        )
        named |= in_subquery("translation_key", last.values("translation_key"))
        related = (*related, "locale")
    # Unordered: the pages are looked up by parent and slug, and the compiler would otherwise
    # hash every selected column to match the ordering against them.
    candidates = pages.filter(named).select_related(*related).defer(*deferred).order_by()
    candidates = list(candidates) if _for_file.get() else _with_shown_renditions(candidates)
    step = path_step(start.base_page_model)
    by_parent_and_slug = {(page.path[:-step], page.slug): page for page in candidates}
    chain, parent_path = [], start.path
    for slug in path_components:
        page = by_parent_and_slug.get((parent_path, slug))
        if page is None:
            # The page before (plain, or the loop would have stopped there) has no child
            # of this name.
            raise Http404
        chain.append(page)
        parent_path = page.path
        if not _routes_plainly(page.specific_class):
            # This page's own route decides what the rest of the path names.
            break
    *on_the_way, target = chain
    rest = path_components[len(chain) :]
    routed = None
    model = target.specific_class
    if model is not None:
        found = () if rest or _for_file.get() else _relations_shown_below(model)
        # The row of the page's own type joined on the way (``on_the_way_joins``).
        row_on_the_way = _joined_row(target, model._meta.model_name) if found else None
        found = found if row_on_the_way is not None else ()
        rows = routed_queryset(model, served=not rest, found=found).filter(pk=target.pk)
        # Sliced rather than ``first()``, which would order the widest row of the request.
        routed = next(iter(rows.order_by()[:1]), None)
        if routed is not None and found:
            _take_relations_found(routed, row_on_the_way, found)
    routed = routed or target.specific
    remember_translations(
        routed, [page for page in candidates if page.translation_key == target.translation_key]
    )
    parent = start
    for page in [*on_the_way, routed]:
        remember_parent(page, parent)
        parent = page
    return routed.route(request, rest)


class JoinedChildRouteMixin:
    """Find the pages a URL names below this one in as few queries as possible.

    Put it before ``Page`` in the bases of a page whose children are of a few known types.
    """

    @plain_route
    def route(self, request, path_components):
        if path_components:
            return route_below(self, request, path_components)
        return super().route(request, path_components)
