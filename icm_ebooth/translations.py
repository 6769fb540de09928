"""A page or snippet in the visitor's language, and the language versions they can switch to."""

from dataclasses import dataclass

from django.conf import settings
from wagtail.models import Page

from icm_ebooth.languages import own_language_name
from icm_ebooth.privacy import may_show_page, visible_to_public

_CACHE_ATTR = "_icm_ebooth_language_versions"
_FOUND_ATTR = "_icm_ebooth_translations"


@dataclass(frozen=True)
class LanguageVersion:
    language_code: str
    name: str
    url: str
    is_current: bool


def language_versions(page, request=None, translations=None):
    """Live, public versions of ``page`` in every locale, the page's own first.

    One query for the translations and their locales, once per request (the switcher
    and the ``hreflang`` links both need them); URLs come from Wagtail's cache of site roots.
    A caller that fetched them with something else passes ``translations`` (the page's live,
    public translations, itself included, with their locales), which saves the query, or
    gives them to ``remember_translations`` first (routing does).
    """
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False) or page is None or not page.pk:
        return []
    cache = getattr(request, _CACHE_ATTR, None) if request is not None else None
    if cache is not None and page.pk in cache:
        return cache[page.pk]
    if translations is None and hasattr(page, _FOUND_ATTR):
        translations = [
            translation
            for translation in getattr(page, _FOUND_ATTR)
            if may_show_page(translation, request)
        ]
    if translations is None:
        # Plain pages: a title and a URL are all a switcher needs, and the specific rows
        # may carry large streams (a library of hundreds of items) to decode for nothing.
        translations = Page.objects.filter(translation_key=page.translation_key)
        translations = visible_to_public(translations, request).select_related("locale")
    versions = []
    for translation in sorted(translations, key=lambda item: item.locale.language_code):
        url = translation.get_url(request=request)
        if url is None:
            continue
        code = translation.locale.language_code
        versions.append(
            LanguageVersion(code, own_language_name(code), url, translation.pk == page.pk)
        )
    versions.sort(key=lambda version: not version.is_current)
    if request is not None:
        if cache is None:
            cache = {}
            setattr(request, _CACHE_ATTR, cache)
        cache[page.pk] = versions
    return versions


def remember_translations(page, translations):
    """Keep ``page``'s translations (itself included, with their locales, live or not) on it
    for ``language_versions``, which shows those visitors may see."""
    setattr(page, _FOUND_ATTR, translations)


def knows_translations(page):
    """Whether ``page`` carries its translations (see ``remember_translations``)."""
    return hasattr(page, _FOUND_ATTR)


def in_locale(instance, locale_id):
    """``instance``'s translation in ``locale_id`` (a snippet or page), else ``instance``.

    Like Wagtail's ``.localized`` but for a known locale, which saves looking up the active
    one on every call.
    """
    if instance is None or instance.locale_id == locale_id:
        return instance
    translation = (
        type(instance)
        .objects.filter(translation_key=instance.translation_key, locale_id=locale_id)
        .first()
    )
    return translation or instance
