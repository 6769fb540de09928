"""Routing in fewer queries: a child and its own fields at once, or a whole path at once.

Wagtail routes a URL one page at a time, each page in two queries (the page, then its own
fields). Below a page that uses these mixins, the pages of the rest of the path come in one
query and the page served in one more, however deep it is. Pages whose ``route`` does more
than look for the next child (``RoutablePageMixin`` pages, say) are routed by Wagtail as usual.

Children are found by tree path, never through ``get_children()``: treebeard's answer there
trusts the parent's ``numchild``, which a stale save can leave at 0 (wagtail-localize
issue #773), and every child would then be a 404.
"""

from django.http import Http404
from wagtail.models import Page

from icm_ebooth.tree import children_q, descendants_q

# ``route`` implementations that only look for the next child by its slug (or serve the
# page itself): a path through pages using nothing else can be looked up at once.
_PLAIN_ROUTES = {Page.route}


def plain_route(route):
    """Declare a ``route`` method as one that only finds the next child by its slug."""
    _PLAIN_ROUTES.add(route)
    return route


def _routes_plainly(page_class):
    return all(
        vars(klass)["route"] in _PLAIN_ROUTES
        for klass in page_class.__mro__
        if "route" in vars(klass)
    )


def joinable_child_classes(page_class):
    """The page types allowed below ``page_class`` whose own table joins straight to a page.

    A type that inherits from another page type (not from ``Page`` itself) is reached
    through its parent type's table; Wagtail's own routing serves it.
    """
    return [
        model
        for model in page_class.allowed_subpage_models()
        if model is not Page and Page in model._meta.parents
    ]


def route_along_path(start, request, path_components):
    """Route a path of two pages or more below ``start`` in two queries; None: route as usual.

    One query finds the pages the path names (plain pages: their titles and URLs are all a
    breadcrumb needs), one more the deepest of them with its own fields. That page routes
    what is left of the path, as Wagtail would. Like Wagtail, pages on the way may be drafts;
    the page served must be live.
    """
    from icm_ebooth.models.serving import routed_queryset

    if len(path_components) < 2:
        # The next page alone: its parent's own route finds it in one query.
        return None
    candidates = start.base_page_model.objects.filter(
        descendants_q(start),
        depth__lte=start.depth + len(path_components),
        slug__in=set(path_components),
    )
    by_parent_and_slug = {(page.path[: -page.steplen], page.slug): page for page in candidates}
    chain, parent_path = [], start.path
    for slug in path_components:
        page = by_parent_and_slug.get((parent_path, slug))
        if page is None:
            break
        chain.append(page)
        parent_path = page.path
    if not chain:
        return None
    deepest, rest = chain[-1], path_components[len(chain) :]
    on_the_way = [page.specific_class for page in chain[:-1]]
    if deepest.specific_class is None or not all(
        page_class is not None and _routes_plainly(page_class) for page_class in on_the_way
    ):
        return None
    pages = routed_queryset(deepest.specific_class, served=not rest)
    served = pages.filter(pk=deepest.pk).first()
    if served is None:
        return None
    # Treebeard's get_parent() reads these instead of querying the ancestors.
    parent = start
    for page in [*chain[:-1], served]:
        page._cached_parent_obj = parent
        parent = page
    return served.route(request, rest)


def route_to_child(parent, request, path_components, joined=()):
    """Route ``path_components`` on through ``parent``'s child named by the first of them.

    The child is found by tree path. If its type is one of ``joined`` (types whose own table
    joins straight to a page, see ``joinable_child_classes``) it comes with its own fields in
    that one query; otherwise they take one more, as in Wagtail's ``Page.route``.
    """
    pages = parent.base_page_model.objects.filter(children_q(parent), slug=path_components[0])
    if joined:
        pages = pages.select_related(*(model._meta.model_name for model in joined))
    page = pages.first()
    if page is None:
        raise Http404
    if page.specific_class in joined:
        child = getattr(page, page.specific_class._meta.model_name)
    else:
        child = page.specific
    # Treebeard's get_parent() reads this instead of querying the parent.
    child._cached_parent_obj = parent
    return child.route(request, path_components[1:])


class JoinedChildRouteMixin:
    """Find the pages a URL names below this one in as few queries as possible.

    The next page alone comes with its own fields in one query, joining the table of every
    type allowed below this page; a longer path takes two (see ``route_along_path``). Put it
    before ``Page`` in the bases of a page whose children are of a few known types.
    """

    @plain_route
    def route(self, request, path_components):
        routed = route_along_path(self, request, path_components)
        if routed is not None:
            return routed
        if path_components:
            joined = joinable_child_classes(self.specific_class)
            return route_to_child(self, request, path_components, joined)
        return super().route(request, path_components)
