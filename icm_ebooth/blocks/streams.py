"""The StreamBlocks that pages use. Block names are stored in the database: never rename one."""

from django.utils.translation import gettext_lazy as _

from icm_ebooth.blocks.content import (
    FAQBlock,
    FundingTableBlock,
    HeadingBlock,
    KeyFiguresBlock,
    NoticeBlock,
    ParagraphBlock,
    QuoteBlock,
    StepsBlock,
)
from icm_ebooth.blocks.links import (
    CallToActionBlock,
    ContactBlock,
    EventTeaserBlock,
    RelatedPagesBlock,
)
from icm_ebooth.blocks.media import DownloadBlock, GalleryBlock, ImageFigureBlock
from icm_ebooth.blocks.prefetch import SharedFetchStreamBlock
from icm_ebooth.blocks.video import VideoBlock


class SectionStreamBlock(SharedFetchStreamBlock):
    """The short blocks of a booth section (background, challenges and the like)."""

    text = ParagraphBlock()
    notice = NoticeBlock()
    figures = KeyFiguresBlock()
    download = DownloadBlock()
    image = ImageFigureBlock()
    quote = QuoteBlock()
    cta = CallToActionBlock()

    class Meta:
        label = _("Section content")


class BodyStreamBlock(SharedFetchStreamBlock):
    """Every icm_ebooth block, for topic pages and other page bodies."""

    text = ParagraphBlock()
    heading = HeadingBlock()
    notice = NoticeBlock()
    faq = FAQBlock()
    steps = StepsBlock()
    figures = KeyFiguresBlock()
    funding_table = FundingTableBlock()
    download = DownloadBlock()
    image = ImageFigureBlock()
    gallery = GalleryBlock()
    video = VideoBlock()
    quote = QuoteBlock()
    cta = CallToActionBlock()
    related = RelatedPagesBlock()
    contact = ContactBlock()
    event = EventTeaserBlock()

    class Meta:
        label = _("Content")
