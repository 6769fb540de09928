"""StreamField blocks for e-Booth pages: leaf blocks, composite blocks and the StreamBlocks."""

from icm_ebooth.blocks.base import (
    AnchorBlock,
    DurationBlock,
    LanguageChoiceBlock,
    RegexBlock,
    SafeRichTextBlock,
)
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
from icm_ebooth.blocks.streams import BodyStreamBlock, SectionStreamBlock
from icm_ebooth.blocks.video import VideoBlock

__all__ = [
    "AnchorBlock",
    "BodyStreamBlock",
    "CallToActionBlock",
    "ContactBlock",
    "DownloadBlock",
    "DurationBlock",
    "EventTeaserBlock",
    "FAQBlock",
    "FundingTableBlock",
    "GalleryBlock",
    "HeadingBlock",
    "ImageFigureBlock",
    "KeyFiguresBlock",
    "LanguageChoiceBlock",
    "NoticeBlock",
    "ParagraphBlock",
    "QuoteBlock",
    "RegexBlock",
    "RelatedPagesBlock",
    "SafeRichTextBlock",
    "SectionStreamBlock",
    "StepsBlock",
    "VideoBlock",
]
