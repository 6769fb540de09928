"""Languages by Django code: Babel's locale for one, and its name, in its own or the visitor's.

One home for turning a code ("fr", "pt-br", "mt") into CLDR data, so downloads, filters,
time zones and the language switcher agree; languages Babel lacks fall back to English.
"""

import functools

from babel import Locale, UnknownLocaleError
from django.conf import settings
from django.utils.translation import get_language, get_language_info, to_locale


@functools.lru_cache(maxsize=128)
def _parse_locale(code):
    # Parsing a locale reads Babel's data files; listings ask for it once per item.
    for candidate in (code, code.split("-")[0]):
        try:
            return Locale.parse(candidate, sep="-")
        except (UnknownLocaleError, ValueError):
            continue
    return Locale("en")


def babel_locale(language_code=None):
    """Babel's locale for a Django language code (default: the active one).

    Falls back to the code's language ("pt" for an unknown "pt-xx"), then to English.
    """
    code = language_code or get_language() or settings.LANGUAGE_CODE
    return _parse_locale(code.replace("_", "-"))


def language_name(language_code):
    """The name of a language in the visitor's language ("anglais" for "en" in French).

    Babel knows languages Django lacks (Maltese among them); unknown codes fall back to the
    label in ``settings.LANGUAGES`` and then to the code itself.
    """
    if not language_code:
        return ""
    languages = babel_locale().languages
    locale_code = to_locale(language_code)
    name = languages.get(locale_code) or languages.get(locale_code.split("_")[0])
    return name or str(dict(settings.LANGUAGES).get(language_code, language_code))


def own_language_name(language_code):
    """The language's own name for itself ("français"), as a language switcher shows it.

    Django has no data for some EU languages (Maltese among them); those still get a name.
    """
    try:
        return get_language_info(language_code)["name_local"]
    except KeyError:
        return dict(getattr(settings, "LANGUAGES", ())).get(language_code, language_code)
