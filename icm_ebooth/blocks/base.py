"""Leaf blocks and helpers shared by the content and media blocks.

Machine values (anchors, durations, language codes) are ``FieldBlock`` or ``ChoiceBlock``
subclasses, never ``CharBlock``: wagtail-localize then copies them from the source instead of
sending them to translators and machine translation.
"""

import functools
import re

from django import forms
from django.conf import global_settings
from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.coreutils import get_content_languages

from icm_ebooth.blocks.prefetch import BatchedRichTextBlock
from icm_ebooth.languages import language_name
from icm_ebooth.safety import validate_web_url

# How strongly a notice is shown: the dated notices of a booth and those in its sections.
NOTICE_LEVELS = [
    ("info", _("Information")),
    ("warning", _("Warning")),
    ("success", _("Good news")),
]

# Pages own h1 and h2 titles; editors get section headings below them.
RICH_TEXT_FEATURES = ["bold", "italic", "h3", "h4", "ol", "ul", "link", "document-link"]

# The 24 official EU languages: documents may be in a language the site itself is not.
EU_LANGUAGE_CODES = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
    "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
)  # fmt: skip

# The admin's block picker shows previews in this page, with the package's styles.
PREVIEW_TEMPLATE = "icm_ebooth/blocks/preview.html"
DEFAULT_HEADING_LEVEL = 2
DEEPEST_HEADING_LEVEL = 5
_DURATION = re.compile(r"^(?:(?P<hours>\d{1,2}):)?(?P<minutes>[0-5]?\d):(?P<seconds>[0-5]\d)$")


class SafeRichTextBlock(BatchedRichTextBlock):
    """Rich text limited to the features a booth section needs; rendered sanitised."""

    def __init__(self, features=None, **kwargs):
        super().__init__(features=features or RICH_TEXT_FEATURES, **kwargs)


class RegexBlock(blocks.FieldBlock):
    """A single-line machine value checked against ``regex``; never sent to translators."""

    def __init__(self, regex, error_message=None, required=True, help_text=None, **kwargs):
        self.field = forms.RegexField(
            regex=regex,
            required=required,
            help_text=help_text,
            max_length=255,
            error_messages={"invalid": error_message} if error_message else None,
        )
        super().__init__(**kwargs)

    def get_default(self):
        # Optional values are "" rather than None, like every text value in stored JSON.
        return super().get_default() or ""


class AnchorBlock(RegexBlock):
    """A fragment id for in-page links, e.g. ``how-to-apply``."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(
            regex=r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$",
            error_message=_(
                "Use lowercase letters, digits and hyphens only, e.g. 'how-to-apply'."
            ),
            **kwargs,
        )

    class Meta:
        icon = "link"


class DurationBlock(RegexBlock):
    """A running time such as ``4:30`` or ``1:02:05`` (hours optional)."""

    def __init__(self, **kwargs):
        super().__init__(
            regex=_DURATION,
            error_message=_("Enter minutes and seconds as 'mm:ss', or 'h:mm:ss'."),
            **kwargs,
        )

    class Meta:
        icon = "time"


def iso_duration(duration):
    """``"4:30"`` as the ISO 8601 duration ``"PT4M30S"`` for ``<time datetime>``; "" if invalid."""
    match = _DURATION.match(duration or "")
    if not match:
        return ""
    parts = (
        (int(match["hours"] or 0), "H"),
        (int(match["minutes"]), "M"),
        (int(match["seconds"]), "S"),
    )
    text = "".join(f"{amount}{unit}" for amount, unit in parts if amount)
    return f"PT{text or '0S'}"


def document_language_choices():
    """The site's languages, the other official EU ones, then all others Django knows.

    Grouped choices for a select; names are in the editor's language. The site's languages
    are read on each call, so no migration records them.
    """
    site_codes = tuple(get_content_languages())
    return [list(group) for group in _grouped_languages(site_codes, get_language())]


@functools.lru_cache(maxsize=64)
def _grouped_languages(site_codes, active_language):
    # Wagtail asks for a choice block's choices each time it reads a value: a library of
    # two hundred items would otherwise name thirty languages two hundred times.
    def named(codes):
        choices = [(code, capfirst(language_name(code))) for code in codes]
        return tuple(sorted(choices, key=lambda choice: choice[1].casefold()))

    groups = [(_("This site's languages"), named(site_codes))]
    others = [code for code in EU_LANGUAGE_CODES if code not in site_codes]
    if others:
        groups.append((_("Other EU languages"), named(others)))
    # Every language Django knows comes last: a block's select cannot show a stored code it
    # does not list, and saving the page would then blank it.
    listed = {*site_codes, *EU_LANGUAGE_CODES}
    rest = [code for code, _name in global_settings.LANGUAGES if code not in listed]
    groups.append((_("Other languages"), named(rest)))
    return tuple(groups)


class StoredCodeMixin:
    """Read a choice back as the string code it was stored as.

    Wagtail's ``normalize_choice`` rebuilds and scans the list of choices for every value it
    reads (250 countries, thirty named languages), which a library of hundreds of items pays
    on each page view.
    """

    def normalize_choice(self, value):
        return None if value is None else str(value)


class CodeChoiceBlock(StoredCodeMixin, blocks.ChoiceBlock):
    """A choice among string codes, stored and migrated as Wagtail's ``ChoiceBlock``."""

    def deconstruct(self):
        # Migrations keep naming Wagtail's block: the stored data is the same.
        _path, args, kwargs = super().deconstruct()
        return "wagtail.blocks.ChoiceBlock", args, kwargs


class LanguageChoiceBlock(StoredCodeMixin, blocks.ChoiceBlock):
    """The language of a document or video, stored as a language code."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Language"))
        super().__init__(choices=document_language_choices, **kwargs)


def heading_levels(parent_context):
    """The heading level a block starts at and the one below it.

    A page rendering blocks inside its own ``h2`` section passes ``ebooth_heading_level=3``.
    """
    level = (parent_context or {}).get("ebooth_heading_level", DEFAULT_HEADING_LEVEL)
    try:
        level = min(max(int(level), DEFAULT_HEADING_LEVEL), DEEPEST_HEADING_LEVEL)
    except (TypeError, ValueError):
        level = DEFAULT_HEADING_LEVEL
    return {"heading_level": level, "subheading_level": min(level + 1, 6)}


def optional_web_link(label, help_text):
    """An optional http:// or https:// address ("" when empty), as links and files take."""
    return blocks.URLBlock(
        required=False,
        default="",
        label=label,
        validators=[validate_web_url],
        help_text=help_text,
    )


class EitherOrMixin:
    """A struct block that needs exactly one of two children, e.g. a link or a file.

    ``either_or`` names the two children; ``both_message`` is shown on the first of them,
    ``neither_message`` there too or, with ``neither_on_block``, on the block as a whole.
    Drafts may leave both empty for later, like any required field.
    """

    either_or = ()
    both_message = neither_message = ""
    neither_on_block = False

    def clean(self, value):
        value = super().clean(value)
        filled = [bool(value.get(name)) for name in self.either_or]
        if all(filled):
            error = ValidationError(self.both_message)
            raise StructBlockValidationError(block_errors={self.either_or[0]: error})
        if not any(filled) and not self.is_deferred_validation:
            error = ValidationError(self.neither_message)
            if self.neither_on_block:
                raise StructBlockValidationError(non_block_errors=[error])
            raise StructBlockValidationError(block_errors={self.either_or[0]: error})
        return value


class EboothStructBlock(blocks.StructBlock):
    """A StructBlock whose template knows which heading levels it may use."""

    class Meta:
        preview_template = PREVIEW_TEMPLATE

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context.update(heading_levels(parent_context))
        return context
