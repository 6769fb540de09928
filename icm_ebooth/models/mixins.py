"""Behaviour an installer may want on their own page classes.

The concrete pages in this package are thin: they combine ``wagtail.models.Page`` with
these mixins, fields and panels.
"""

from functools import partial

from django.contrib.contenttypes.models import ContentType

from icm_ebooth import clock, query
from icm_ebooth.conf import ebooth_settings
from icm_ebooth.models.branding import BoothBrand
from icm_ebooth.models.serving import routed_queryset
from icm_ebooth.routing import plain_route, route_along_path, route_to_child
from icm_ebooth.tree import children_q


class EboothPageMixin:
    """Context every e-Booth page template needs, and serving through the page cache."""

    # The query parameters the page reads (see ``icm_ebooth.query``): none by default.
    query_parameters = query.NONE

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["icm_ebooth_base_template"] = ebooth_settings.BASE_TEMPLATE
        context["now"] = clock.now()
        context["booth"], context["parent"] = self.booth_and_parent()
        # Read when the template shows it: one query below the booth, none on the booth.
        context["booth_brand"] = BoothBrand(context["booth"], request)
        return context

    def booth_and_parent(self):
        """The booth this page belongs to and its parent page, for the breadcrumb.

        Wagtail's routing caches each page's parent on it, so on a page view this walks
        objects already in memory instead of querying the ancestors.
        """
        from icm_ebooth.models.booth import BoothPage

        booth_type = ContentType.objects.get_for_model(BoothPage)
        if self.content_type_id == booth_type.pk:
            return self, None
        parent = self.get_parent()
        node = parent
        while node is not None and node.depth > 1 and node.content_type_id != booth_type.pk:
            node = node.get_parent()
        booth = node if node is not None and node.content_type_id == booth_type.pk else None
        return booth, parent

    @plain_route
    def route(self, request, path_components):
        routed = route_along_path(self, request, path_components)
        if routed is not None:
            return routed
        # A page whose children are all of one type fetches the child with its specific
        # fields in one query, where Wagtail's generic route needs two.
        if path_components and len(self.specific_class.allowed_subpage_models()) == 1:
            (child_model,) = self.specific_class.allowed_subpage_models()
            children = routed_queryset(child_model, served=len(path_components) == 1)
            try:
                child = children.filter(children_q(self)).get(slug=path_components[0])
            except child_model.DoesNotExist:
                # A page of a type no longer allowed here, or none at all.
                return route_to_child(self, request, path_components)
            child._cached_parent_obj = self
            return child.route(request, path_components[1:])
        if path_components:
            return route_to_child(self, request, path_components)
        return super().route(request, path_components)

    def serve(self, request, *args, **kwargs):
        # Imported here: the cache sits above the models, whose signals it listens to.
        from icm_ebooth import cache

        return cache.respond(request, self, partial(super().serve, request, *args, **kwargs))
