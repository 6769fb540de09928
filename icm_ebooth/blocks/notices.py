"""Dated notices: messages that appear and disappear by themselves."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from icm_ebooth.blocks.base import NOTICE_LEVELS


class DatedNoticeBlock(blocks.StructBlock):
    """A notice with a level and an optional window (``show_from`` to ``show_until``)."""

    level = blocks.ChoiceBlock(
        choices=NOTICE_LEVELS,
        default="info",
        label=_("Level"),
        help_text=_("How strongly the notice is shown."),
    )
    title = blocks.CharBlock(
        label=_("Title"), help_text=_("A short headline, e.g. 'No call in 2021'.")
    )
    text = blocks.RichTextBlock(
        features=["bold", "italic", "link"],
        label=_("Text"),
        help_text=_("What visitors need to know."),
    )
    show_from = blocks.DateTimeBlock(
        required=False,
        label=_("Show from"),
        help_text=_("Leave empty to show it as soon as the page is published."),
    )
    show_until = blocks.DateTimeBlock(
        required=False,
        label=_("Show until"),
        help_text=_("Leave empty to keep it until you remove it."),
    )

    class Meta:
        icon = "warning"
        label = _("Dated notice")
        template = "icm_ebooth/blocks/dated_notice.html"
        description = _("A message that appears and expires at the times you set.")
        preview_value = {
            "level": "info",
            "title": "No call in 2021",
            "text": "<p>The action returns with call 2022.</p>",
        }

    def clean(self, value):
        value = super().clean(value)
        start, end = value.get("show_from"), value.get("show_until")
        if start and end and end <= start:
            raise StructBlockValidationError(
                block_errors={
                    "show_until": ValidationError(
                        _("'Show until' must be later than 'Show from'.")
                    )
                }
            )
        return value


class DatedNoticeStreamBlock(blocks.StreamBlock):
    notice = DatedNoticeBlock()
