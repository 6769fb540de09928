"""Downloads, images and galleries.

A document or image deleted after the page was published comes back as ``None``; the
templates then leave the block out (or say the download is unavailable) instead of failing.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from icm_ebooth.blocks.base import PREVIEW_TEMPLATE, EboothStructBlock, LanguageChoiceBlock
from icm_ebooth.blocks.prefetch import DocumentChooserBlock, ImageBlock, ImageChooserBlock


def latest_image():
    """The newest image in the library, so that block previews show a real picture."""
    return get_image_model().objects.order_by("-created_at").first()


def latest_document():
    """The newest document in the library, for block previews."""
    return get_document_model().objects.order_by("-created_at").first()


class DownloadBlock(blocks.StructBlock):
    """A document link that says its type, size and language."""

    document = DocumentChooserBlock(label=_("File"))
    title = blocks.CharBlock(
        required=False,
        default="",
        label=_("Title"),
        max_length=255,
        help_text=_("Leave empty to use the document's own title."),
    )
    language = LanguageChoiceBlock(help_text=_("The language the document is written in."))
    description = blocks.TextBlock(required=False, default="", label=_("Description"))

    class Meta:
        icon = "download"
        label = _("Download")
        template = "icm_ebooth/blocks/download.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("A document to download, with its type, size and language shown.")

    def get_preview_value(self):
        return self.normalize(
            {
                "document": latest_document(),
                "title": "International Credit Mobility",
                "language": "en",
                "description": "An overview of the action for higher education institutions.",
            }
        )


class ImageFigureBlock(EboothStructBlock):
    """An image with alternative text, a caption and its credit."""

    image = ImageBlock(label=_("Picture"))
    caption = blocks.CharBlock(required=False, default="", label=_("Caption"), max_length=255)
    attribution = blocks.CharBlock(
        required=False,
        default="",
        label=_("Credit"),
        max_length=255,
        help_text=_("Who made it and the licence, e.g. '© European Union, 2021'."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "icm_ebooth/blocks/image.html"
        description = _("A picture with a caption and a credit line.")

    def get_preview_value(self):
        return self.normalize(
            {"image": latest_image(), "caption": "Students at a partner university"}
        )


class GalleryItemBlock(blocks.StructBlock):
    """One picture of a gallery; it links to the full-size image, so it needs alt text."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alt text"),
        max_length=255,
        help_text=_("What the picture shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, default="", label=_("Caption"), max_length=255)

    class Meta:
        icon = "image"
        label = _("Picture")


class GalleryBlock(EboothStructBlock):
    """A grid of pictures, each opening the full-size image."""

    title = blocks.CharBlock(required=False, default="", label=_("Title"), max_length=255)
    items = blocks.ListBlock(GalleryItemBlock(), min_num=1, label=_("Pictures"))

    class Meta:
        icon = "image"
        label = _("Gallery")
        template = "icm_ebooth/blocks/gallery.html"
        description = _("Several pictures in a grid; each opens in full size.")

    def get_preview_value(self):
        image = latest_image()
        return self.normalize(
            {
                "title": "Visual materials",
                "items": [{"image": image, "alt_text": "A sample picture", "caption": ""}],
            }
        )
