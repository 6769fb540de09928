"""Items of a resource library: documents, slide decks, videos, images and links.

Resources are items of their library page (a StreamField), not shared snippets: a booth's
library is translated with the booth, each item segment by segment, and a translator can
point an item at a file in their own language through a wagtail-localize override of the
document chooser, which later syncs of the source keep.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from icm_ebooth.blocks.base import CodeChoiceBlock, LanguageChoiceBlock
from icm_ebooth.blocks.media import DownloadBlock
from icm_ebooth.blocks.prefetch import (
    ImageChooserBlock,
    PageChooserBlock,
    SharedFetchStreamBlock,
)
from icm_ebooth.blocks.video import VideoBlock
from icm_ebooth.safety import validate_web_url

AUDIENCE_CHOICES = [
    ("everyone", _("Everyone")),
    ("students", _("Students")),
    ("staff", _("Staff")),
    ("institutions", _("Institutions and coordinators")),
]


class ResourceDetailsBlock(blocks.StructBlock):
    """What every library item carries besides its file: who it is for, when, and topics."""

    audience = CodeChoiceBlock(choices=AUDIENCE_CHOICES, default="everyone", label=_("Audience"))
    year = blocks.IntegerBlock(
        required=False,
        min_value=2000,
        max_value=2100,
        label=_("Year"),
        help_text=_("The year it was published; the library lists the newest first."),
    )
    topics = blocks.ListBlock(
        PageChooserBlock(page_type="icm_ebooth.TopicPage"),
        default=[],
        label=_("Topics"),
        help_text=_("The booth topics it belongs to; visitors can filter by them."),
    )
    featured = blocks.BooleanBlock(
        required=False, label=_("Featured"), help_text=_("Show it first on the booth's home.")
    )
    thumbnail = ImageChooserBlock(
        required=False,
        label=_("Thumbnail"),
        help_text=_("Optional; images show themselves."),
    )

    resource_kind = ""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["resource_kind"] = self.resource_kind
        context["resource_label"] = self.label
        return context


class DocumentResourceBlock(DownloadBlock, ResourceDetailsBlock):
    resource_kind = "document"

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "icm_ebooth/blocks/resource.html"
        description = _("A PDF or office document, with its type, size and language shown.")


class SlidesResourceBlock(DocumentResourceBlock):
    resource_kind = "slides"

    class Meta:
        icon = "doc-full-inverse"
        label = _("Slide deck")
        template = "icm_ebooth/blocks/resource.html"
        description = _("A presentation, e.g. the slides shown during a live event.")


class VideoResourceBlock(VideoBlock, ResourceDetailsBlock):
    description = blocks.TextBlock(required=False, default="", label=_("Description"))

    resource_kind = "video"

    class Meta:
        icon = "media"
        label = _("Video")
        template = "icm_ebooth/blocks/resource.html"
        description = _("A testimonial or recording behind a click-to-play facade.")


class ImageResourceBlock(ResourceDetailsBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    description = blocks.TextBlock(required=False, default="", label=_("Description"))
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alt text"),
        max_length=255,
        help_text=_("What the picture shows, for people who cannot see it."),
    )

    resource_kind = "image"

    class Meta:
        icon = "image"
        label = _("Visual material")
        template = "icm_ebooth/blocks/resource.html"
        description = _("An image visitors can view and download in full size.")


class LinkResourceBlock(ResourceDetailsBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    description = blocks.TextBlock(required=False, default="", label=_("Description"))
    url = blocks.URLBlock(label=_("Address"), validators=[validate_web_url])
    language = LanguageChoiceBlock(help_text=_("The language of the linked page."))

    resource_kind = "link"

    class Meta:
        icon = "link"
        label = _("Link")
        template = "icm_ebooth/blocks/resource.html"
        description = _("A page on another site, e.g. the Programme Guide.")


class ResourceStreamBlock(SharedFetchStreamBlock):
    document = DocumentResourceBlock()
    slides = SlidesResourceBlock()
    video = VideoResourceBlock()
    image = ImageResourceBlock()
    link = LinkResourceBlock()
