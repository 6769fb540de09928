"""Managers that fetch a page's single-valued relations with the page itself."""

from wagtail.models import PageManager
from wagtail.query import PageQuerySet


class RelatedPageQuerySet(PageQuerySet):
    def select_for_update(self, *args, **kwargs):
        # PostgreSQL cannot lock the nullable side of an outer join; locks (taken when
        # Wagtail publishes) are about the page row only.
        return PageQuerySet.select_for_update(self.select_related(None), *args, **kwargs)


def page_manager_with(*related):
    """A PageManager whose querysets join ``related`` foreign keys.

    Wagtail fetches the specific page for a request with the model's default manager, so
    joining here saves one query per relation on every page view.
    """

    class RelatedPageManager(PageManager.from_queryset(RelatedPageQuerySet)):
        def get_queryset(self):
            return super().get_queryset().select_related(*related)

    return RelatedPageManager()
