"""Admin form widgets for machine values that editors pick from long lists.

Their options are built each time a form is drawn, in the editor's language and from the
site's current settings, so no migration ever records them.
"""

import zoneinfo

from django import forms
from django.utils.translation import get_language

from icm_ebooth.blocks.base import document_language_choices
from icm_ebooth.languages import language_name
from icm_ebooth.timezones import time_zone_choices


def time_zone_options():
    """``(IANA name, label)`` for every zone, named in the editor's language, cities first.

    Legacy names ("CET", "US/Eastern") come last, so that an event stored with one shows it
    as an option instead of looking unset.
    """
    named = time_zone_choices(get_language())
    listed = {name for name, _label in named}
    return named + [(name, name) for name in sorted(zoneinfo.available_timezones() - listed)]


class TimeZoneInput(forms.TextInput):
    """A text box that suggests zones as the editor types ("Brus" finds Europe/Brussels).

    The suggestions are a ``<datalist>``: the browser filters them by the zone's name and
    its localised label, and screen readers announce them as the input's suggestions. The
    stored value stays the IANA name, which the field's validator checks on the server.
    """

    template_name = "icm_ebooth/widgets/time_zone_input.html"

    def __init__(self, attrs=None):
        super().__init__({"autocomplete": "off", "spellcheck": "false", **(attrs or {})})

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget = context["widget"]
        datalist_id = f"{widget['attrs'].get('id') or name}-zones"
        widget["attrs"]["list"] = datalist_id
        widget["datalist_id"] = datalist_id
        widget["zones"] = time_zone_options()
        return context


class LanguageSelect(forms.Select):
    """A language code: the site's languages first, then the other official EU languages.

    A stored code that is in neither group (a language the site dropped) stays selected
    under its own name rather than being replaced by the first option on the next save.
    """

    def get_context(self, name, value, attrs):
        choices = [("", "---------"), *document_language_choices()]
        known = {code for _group, options in choices[1:] for code, _label in options}
        if value and value not in known:
            choices.append((value, language_name(value)))
        self.choices = choices
        return super().get_context(name, value, attrs)
