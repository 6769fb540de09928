"""Behaviour an installer may want on their own page classes.

The concrete pages in this package are thin: they combine ``wagtail.models.Page`` with
these mixins, fields and panels.
"""

from functools import partial

from django.contrib.contenttypes.models import ContentType

from icm_ebooth import clock, query
from icm_ebooth.cache.serving import respond
from icm_ebooth.conf import ebooth_settings
from icm_ebooth.models.branding import BoothBrand
from icm_ebooth.routing import JoinedChildRouteMixin


class EboothPageMixin(JoinedChildRouteMixin):
    """Context every e-Booth page template needs, and serving through the page cache.

    Its children are routed in few queries (see ``icm_ebooth.routing``).
    """

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
        # By name: the booth's model is built on this mixin. (Content types are cached.)
        booth_type = ContentType.objects.get_by_natural_key("icm_ebooth", "boothpage")
        if self.content_type_id == booth_type.pk:
            return self, None
        parent = self.get_parent()
        node = parent
        while node is not None and node.depth > 1 and node.content_type_id != booth_type.pk:
            node = node.get_parent()
        booth = node if node is not None and node.content_type_id == booth_type.pk else None
        return booth, parent

    def cache_scope(self):
        """The translation key whose version covers this page's cache entries, or None.

        A booth's, for every page in it (see ``icm_ebooth.cache``).
        """
        booth, _parent = self.booth_and_parent()
        return booth.translation_key if booth is not None else None

    def serve(self, request, *args, **kwargs):
        return respond(request, self, partial(super().serve, request, *args, **kwargs))
