"""Text content blocks: paragraphs, headings, notices, FAQs, steps, figures, tables, quotes."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from icm_ebooth.blocks.base import (
    NOTICE_LEVELS,
    PREVIEW_TEMPLATE,
    AnchorBlock,
    EboothStructBlock,
    SafeRichTextBlock,
)
from icm_ebooth.blocks.prefetch import ImageChooserBlock

HEADING_LEVELS = [("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))]


class ParagraphBlock(SafeRichTextBlock):
    """Formatted text with links; no h1/h2 because pages own those headings."""

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "icm_ebooth/blocks/text.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("Paragraphs, lists, sub-headings and links.")
        preview_value = (
            "<p>International Credit Mobility funds <b>student and staff exchanges</b> "
            "between Programme and Partner Countries.</p>"
        )


class HeadingBlock(EboothStructBlock):
    """A section heading with an optional anchor for in-page links."""

    text = blocks.CharBlock(label=_("Text"), max_length=255)
    level = blocks.ChoiceBlock(
        choices=HEADING_LEVELS,
        default="h2",
        label=_("Level"),
        help_text=_("Level 2 for main sections, 3 and 4 for sections inside them."),
    )
    anchor = AnchorBlock(
        label=_("Anchor"),
        help_text=_("Optional, for links to this section, e.g. 'how-to-apply'."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "icm_ebooth/blocks/heading.html"
        description = _("A heading that starts a new section.")
        preview_value = {"text": "How to apply", "level": "h2", "anchor": "how-to-apply"}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        # Stored data may come from an import; only known levels reach the markup.
        allowed = {level for level, _label in HEADING_LEVELS}
        context["tag"] = value.get("level") if value.get("level") in allowed else "h2"
        return context


class NoticeBlock(EboothStructBlock):
    """A highlighted message (information, warning or good news)."""

    level = blocks.ChoiceBlock(choices=NOTICE_LEVELS, default="info", label=_("Kind"))
    title = blocks.CharBlock(required=False, default="", label=_("Title"), max_length=255)
    text = SafeRichTextBlock(label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Notice")
        template = "icm_ebooth/blocks/notice.html"
        description = _("A message set apart from the text, such as a deadline or a change.")
        preview_value = {
            "level": "warning",
            "title": "No call in 2021",
            "text": "<p>International Credit Mobility returns with call 2022 (KA171).</p>",
        }


class QuestionBlock(blocks.StructBlock):
    """One question and its answer."""

    question = blocks.CharBlock(label=_("Question"), max_length=255)
    answer = SafeRichTextBlock(label=_("Answer"))

    class Meta:
        icon = "help"
        label = _("Question and answer")


class FAQBlock(EboothStructBlock):
    """Questions that open to show their answers."""

    heading = blocks.CharBlock(required=False, default="", label=_("Heading"), max_length=255)
    items = blocks.ListBlock(QuestionBlock(), min_num=1, label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "icm_ebooth/blocks/faq.html"
        description = _("A list of questions; each opens to show its answer.")
        preview_value = {
            "heading": "Frequently asked questions",
            "items": [
                {
                    "question": "Who can apply?",
                    "answer": "<p>Higher education institutions holding an ECHE.</p>",
                },
            ],
        }


class StepBlock(blocks.StructBlock):
    """One step of a procedure."""

    title = blocks.CharBlock(
        label=_("Title"),
        max_length=255,
        help_text=_(
            "What to do, in a few words, e.g. 'Find a partner institution'. Steps are "
            "numbered for you."
        ),
    )
    text = SafeRichTextBlock(required=False, label=_("Details"))

    class Meta:
        icon = "tick"
        label = _("Step")


class StepsBlock(EboothStructBlock):
    """A numbered procedure, such as how to apply."""

    title = blocks.CharBlock(required=False, default="", label=_("Title"), max_length=255)
    steps = blocks.ListBlock(StepBlock(), min_num=1, label=_("Steps"))

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "icm_ebooth/blocks/steps.html"
        description = _("Numbered steps, e.g. how to apply.")
        preview_value = {
            "title": "How to apply",
            "steps": [
                {"title": "Find partners", "text": "<p>Agree on mobilities.</p>"},
                {"title": "Apply to your National Agency", "text": "<p>Before the deadline.</p>"},
            ],
        }


class FigureBlock(blocks.StructBlock):
    """A figure with where it comes from and when."""

    value = blocks.CharBlock(
        label=_("Value"), max_length=40, help_text=_("e.g. '12 months' or '€ 2.2 billion'.")
    )
    label = blocks.CharBlock(label=_("What it counts"), max_length=255)
    source = blocks.CharBlock(label=_("Source"), max_length=255)
    year = blocks.IntegerBlock(label=_("Year"), min_value=1950, max_value=2100)

    class Meta:
        icon = "decimal"
        label = _("Figure")


class KeyFiguresBlock(EboothStructBlock):
    """A few figures, each with its source and year."""

    heading = blocks.CharBlock(required=False, default="", label=_("Heading"), max_length=255)
    figures = blocks.ListBlock(FigureBlock(), min_num=1, label=_("Figures"))

    class Meta:
        icon = "decimal"
        label = _("Key figures")
        template = "icm_ebooth/blocks/figures.html"
        description = _("Highlighted numbers, each with its source and year.")
        preview_value = {
            "heading": "ICM in numbers",
            "figures": [
                {
                    "value": "12 months",
                    "label": "Longest student mobility",
                    "source": "Erasmus+ Programme Guide",
                    "year": 2022,
                },
            ],
        }


class TableRowBlock(blocks.StructBlock):
    """A table row: its heading and one cell per column."""

    heading = blocks.CharBlock(label=_("Row heading"), max_length=255)
    cells = blocks.ListBlock(blocks.CharBlock(label=_("Cell"), max_length=255), label=_("Cells"))

    class Meta:
        icon = "table"
        label = _("Row")


class FundingTableBlock(EboothStructBlock):
    """A data table that translators can translate cell by cell."""

    caption = blocks.CharBlock(label=_("Caption"), max_length=255)
    columns = blocks.ListBlock(
        blocks.CharBlock(label=_("Column heading"), max_length=255),
        min_num=2,
        label=_("Column headings"),
        help_text=_("The first heading names the column of row headings, e.g. 'Region'."),
    )
    rows = blocks.ListBlock(TableRowBlock(), min_num=1, label=_("Rows"))
    source = blocks.CharBlock(required=False, default="", label=_("Source"), max_length=255)
    year = blocks.IntegerBlock(required=False, label=_("Year"), min_value=1950, max_value=2100)

    class Meta:
        icon = "table"
        label = _("Funding table")
        template = "icm_ebooth/blocks/funding_table.html"
        description = _("A table of amounts or rates with a caption and its source.")
        preview_value = {
            "caption": "Monthly grants for students",
            "columns": ["Direction", "Amount per month"],
            "rows": [
                {"heading": "To Programme Countries", "cells": ["EUR 850"]},
                {"heading": "To Partner Countries", "cells": ["EUR 700"]},
            ],
            "source": "Erasmus+ Programme Guide",
            "year": 2020,
        }

    def clean(self, value):
        value = super().clean(value)
        expected = len(value["columns"]) - 1
        wrong = [
            str(index)
            for index, row in enumerate(value["rows"], start=1)
            if len(row["cells"]) != expected
        ]
        if wrong:
            message = ngettext(
                "Each row needs %(expected)d cell, one per column heading after the first. "
                "Check rows: %(rows)s.",
                "Each row needs %(expected)d cells, one per column heading after the first. "
                "Check rows: %(rows)s.",
                expected,
            ) % {"expected": expected, "rows": ", ".join(wrong)}
            raise StructBlockValidationError(block_errors={"rows": ValidationError(message)})
        return value


class QuoteBlock(EboothStructBlock):
    """A testimonial with who said it."""

    quote = blocks.TextBlock(label=_("Text"))
    name = blocks.CharBlock(required=False, default="", label=_("Name"), max_length=255)
    role = blocks.CharBlock(
        required=False,
        default="",
        label=_("Role"),
        max_length=255,
        help_text=_("e.g. 'Exchange student from Kenya'."),
    )
    image = ImageChooserBlock(required=False, label=_("Portrait"))

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "icm_ebooth/blocks/quote.html"
        description = _("Someone's words, with their name and role.")
        preview_value = {
            "quote": "My semester in Leuven changed how I see my own country.",
            "name": "Amina",
            "role": "Exchange student from Kenya",
        }
