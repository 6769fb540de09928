"""The booth's library: documents, slide decks, videos, images and links, with filters."""

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from icm_ebooth.api.fields import PublicResourcesField
from icm_ebooth.blocks.resources import ResourceStreamBlock
from icm_ebooth.conf import ebooth_settings
from icm_ebooth.models.mixins import EboothPageMixin
from icm_ebooth.models.serving import ServedPageMixin
from icm_ebooth.query import is_page_shown, mark_not_canonical
from icm_ebooth.resource_filters import (
    LIBRARY_PARAMETERS,
    LibraryListing,
    ResourceFilter,
    latest_resources,
    public_resources,
)


class ResourceLibraryPage(ServedPageMixin, EboothPageMixin, Page):
    """Visual materials and downloads, filterable by type, topic and language."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_(
            "Shown above the resources, and as the library's teaser in the booth's list of "
            "main topics."
        ),
    )
    resources = StreamField(
        ResourceStreamBlock(),
        blank=True,
        verbose_name=_("resources"),
        help_text=_("Each item is a document, slide deck, video, image or link."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("resources")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("resources"),
    ]
    api_fields = [
        APIField("introduction"),
        APIField("resources", serializer=PublicResourcesField()),
    ]
    override_translatable_fields = [
        TranslatableField("introduction"),
        TranslatableField("resources"),
    ]

    parent_page_types = ["icm_ebooth.BoothPage"]
    subpage_types = []
    query_parameters = LIBRARY_PARAMETERS
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("resource library")
        verbose_name_plural = _("resource libraries")

    def public_resources(self, request=None):
        """The library's items that a visitor may see, newest first (stable for equal years)."""
        return public_resources(self.resources, request)

    def latest_resources(self, limit, request=None, convert_with=(), images_of=()):
        """Featured items first, then the newest, for the booth's teaser.

        ``convert_with``: other streams the page shows, whose documents, images and pages
        are then fetched together with the teaser's, as are the images of ``images_of``
        (see ``convert_together``).
        """
        return latest_resources(self.resources, limit, request, convert_with, images_of)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing = LibraryListing(self.resources, request)
        resource_filter = ResourceFilter(request.GET, listing.items, request)
        context["filter"] = resource_filter
        # A page number that is not a number or is past the end shows the nearest page.
        paginator = Paginator(resource_filter.results, ebooth_settings.PAGE_SIZE)
        shown = paginator.get_page(request.GET.get("page"))
        shown.object_list = listing.converted(shown.object_list)
        context["resources"] = shown
        if resource_filter.ignored_filters(request.GET) or not is_page_shown(
            context["resources"], request
        ):
            mark_not_canonical(request)
        return context
