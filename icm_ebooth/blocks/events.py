"""Blocks of an event page: dial-in numbers, agenda sessions and speakers."""

from functools import lru_cache

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail import blocks

from icm_ebooth.blocks.base import CodeChoiceBlock, RegexBlock
from icm_ebooth.blocks.prefetch import ImageChooserBlock, SharedFetchStreamBlock
from icm_ebooth.safety import PHONE_PATTERN, tel_uri


def country_choices():
    return list(countries)


class PhoneNumberBlock(RegexBlock):
    """A phone number: a machine value wagtail-localize copies and never sends to translators."""

    def __init__(self, **kwargs):
        super().__init__(
            regex=PHONE_PATTERN,
            error_message=_(
                "Enter digits, spaces and an optional leading +, e.g. +32 2 894 13 00."
            ),
            **kwargs,
        )

    class Meta:
        icon = "mobile-alt"


# Naming a country in a language costs more than the rest of a dial-in number's line, and
# listings name the same few countries for event after event. django-countries keeps its
# table of names (with the site's overrides) for the process too.
@lru_cache(maxsize=2048)
def _country_name(code, language_code):
    return countries.name(code) or code


class DialInValue(blocks.StructValue):
    @property
    def country_name(self):
        """The country's name in the active language (its code when unknown)."""
        return _country_name(self.get("country"), get_language())

    @property
    def tel_uri(self):
        return tel_uri(self.get("number"))


class DialInBlock(blocks.StructBlock):
    country = CodeChoiceBlock(
        choices=country_choices, label=_("Country"), help_text=_("Who this number is for.")
    )
    number = PhoneNumberBlock(label=_("Number"), help_text=_("In international format."))
    toll_free = blocks.BooleanBlock(required=False, label=_("Toll free"))

    class Meta:
        icon = "mobile-alt"
        label = _("Dial-in number")
        value_class = DialInValue


class DialInStreamBlock(blocks.StreamBlock):
    number = DialInBlock()


class AgendaItemBlock(blocks.StructBlock):
    start_time = blocks.TimeBlock(label=_("Starts"), help_text=_("In the event's time zone."))
    end_time = blocks.TimeBlock(required=False, label=_("Ends"))
    title = blocks.CharBlock(label=_("Session"), help_text=_("e.g. 'Welcome and introduction'."))
    description = blocks.TextBlock(required=False, default="", label=_("Description"))
    speakers = blocks.CharBlock(
        required=False, default="", label=_("Speakers"), help_text=_("Names, comma-separated.")
    )

    class Meta:
        icon = "time"
        label = _("Agenda item")
        template = "icm_ebooth/blocks/agenda_item.html"


class AgendaStreamBlock(blocks.StreamBlock):
    item = AgendaItemBlock()


class SpeakerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"))
    role = blocks.CharBlock(required=False, default="", label=_("Role"))
    organisation = blocks.CharBlock(required=False, default="", label=_("Organisation"))
    photo = ImageChooserBlock(required=False, label=_("Photo"))

    class Meta:
        icon = "user"
        label = _("Speaker")
        template = "icm_ebooth/blocks/speaker.html"


class SpeakerStreamBlock(SharedFetchStreamBlock):
    # Every speaker's photo, and its renditions, come in one batch rather than a query each.
    speaker = SpeakerBlock()
