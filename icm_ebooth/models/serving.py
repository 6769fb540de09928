"""What a page view needs: relations fetched with the page, and a cheap privacy check."""

from wagtail.models import PageViewRestriction

from icm_ebooth.privacy import no_view_restrictions
from icm_ebooth.routing import plain_route

_NO_RESTRICTIONS_ATTR = "_icm_ebooth_no_view_restrictions"


class ServedPageMixin:
    """Answer Wagtail's view-restriction check from the request's privacy snapshot.

    Wagtail checks a served page's restrictions without the request, in two queries (and one
    more per alias among its ancestors). The snapshot, which listings and downloads read
    anyway, tells whether any page is restricted at all; only then is Wagtail's check run.
    """

    @plain_route
    def route(self, request, path_components):
        if not path_components:
            # This page is the one served: remember what the snapshot says for the check.
            setattr(self, _NO_RESTRICTIONS_ATTR, no_view_restrictions(request))
        return super().route(request, path_components)

    def get_view_restrictions(self):
        if getattr(self, _NO_RESTRICTIONS_ATTR, False):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
