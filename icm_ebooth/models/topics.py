"""Topic pages: "How to apply", "What kind of activities are supported", and so on."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from icm_ebooth.blocks import BodyStreamBlock
from icm_ebooth.models.mixins import EboothPageMixin
from icm_ebooth.models.serving import ServedPageMixin


class TopicPage(ServedPageMixin, EboothPageMixin, Page):
    """One of a booth's main topics, composed from the block library."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_(
            "One or two sentences shown under the title, and as this topic's teaser in the "
            "booth's list of main topics."
        ),
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("The topic's content: text, steps, figures, tables, downloads and more."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    api_fields = [APIField("introduction"), APIField("body")]
    override_translatable_fields = [
        TranslatableField("introduction"),
        TranslatableField("body"),
    ]

    # Shown only on the topic's own page: its teasers and links leave it unread.
    page_only_fields = ("body",)

    parent_page_types = ["icm_ebooth.BoothPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
