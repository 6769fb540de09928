"""System checks: configuration that icm_ebooth cannot work with, or works with only in part."""

import zoneinfo

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.template import TemplateDoesNotExist
from django.template.loader import get_template

from icm_ebooth.conf import ebooth_settings

DEFAULT_PAGE_MODEL = "wagtailcore.Page"


@register(Tags.compatibility)
def check_page_model(app_configs, **kwargs):
    page_model = getattr(settings, "WAGTAIL_PAGE_MODEL", DEFAULT_PAGE_MODEL)
    if page_model == DEFAULT_PAGE_MODEL:
        return []
    return [
        Error(
            f"WAGTAIL_PAGE_MODEL is set to {page_model!r}; icm_ebooth does not support a "
            "custom base page model.",
            hint="wagtail-localize, which icm_ebooth needs for translations, only works with "
            "wagtailcore.Page. Remove WAGTAIL_PAGE_MODEL, or use icm_ebooth's abstract mixins "
            "on your own page classes.",
            id="icm_ebooth.E001",
        )
    ]


@register(Tags.compatibility)
def check_localize_installed(app_configs, **kwargs):
    if apps.is_installed("wagtail_localize"):
        return []
    return [
        Error(
            "wagtail_localize is not in INSTALLED_APPS.",
            hint="Add 'wagtail_localize' (and 'wagtail_localize.locales') before 'icm_ebooth'.",
            id="icm_ebooth.E002",
        )
    ]


@register()
def check_settings(app_configs, **kwargs):
    errors = []
    zone = ebooth_settings.DEFAULT_TIME_ZONE
    try:
        zoneinfo.ZoneInfo(zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError):
        errors.append(
            Error(
                f"ICM_EBOOTH_DEFAULT_TIME_ZONE is {zone!r}, which is not an IANA time zone.",
                hint="Use a name such as 'Europe/Brussels'.",
                id="icm_ebooth.E003",
            )
        )
    window = ebooth_settings.JOIN_WINDOW_MINUTES
    if not isinstance(window, int) or isinstance(window, bool) or window < 0:
        errors.append(
            Error(
                f"ICM_EBOOTH_JOIN_WINDOW_MINUTES is {window!r}; it must be a whole number >= 0.",
                id="icm_ebooth.E004",
            )
        )
    page_size = ebooth_settings.PAGE_SIZE
    if not isinstance(page_size, int) or isinstance(page_size, bool) or page_size < 1:
        errors.append(
            Error(
                f"ICM_EBOOTH_PAGE_SIZE is {page_size!r}; it must be a whole number >= 1.",
                id="icm_ebooth.E005",
            )
        )
    return errors


@register(Tags.templates)
def check_base_template(app_configs, **kwargs):
    name = ebooth_settings.BASE_TEMPLATE
    try:
        get_template(name)
    except TemplateDoesNotExist:
        return [
            Error(
                f"ICM_EBOOTH_BASE_TEMPLATE names {name!r}, which no template loader finds.",
                hint="Point it at your site's base template; it must define the blocks "
                "'title', 'extra_css', 'content' and 'extra_js'.",
                id="icm_ebooth.E006",
            )
        ]
    return []


@register()
def check_i18n(app_configs, **kwargs):
    if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return []
    return [
        Warning(
            "WAGTAIL_I18N_ENABLED is off: booths are published in one language only.",
            hint="Booths still work, but wagtail-localize cannot create translations and the "
            "language switcher is hidden. The README's 'Several languages' section shows the "
            "settings to switch on.",
            id="icm_ebooth.W001",
        )
    ]


# Cache backends that do not share the page cache's versions between the site's processes.
UNSHARED_CACHE_BACKENDS = {
    "django.core.cache.backends.locmem.LocMemCache": (
        "keeps a separate copy in each worker process, so a change that one process records "
        "leaves the others serving the old page until ICM_EBOOTH_PAGE_CACHE_TIMEOUT passes"
    ),
    "django.core.cache.backends.dummy.DummyCache": (
        "stores nothing, so every page is rendered anyway"
    ),
    "django.core.cache.backends.filebased.FileBasedCache": (
        "is shared only by the processes of one machine, and its counters are not atomic, "
        "so a change can be lost and an old page served until the timeout"
    ),
}


@register(Tags.caches)
def check_page_cache(app_configs, **kwargs):
    if not ebooth_settings.PAGE_CACHE:
        return []
    errors = []
    timeout = ebooth_settings.PAGE_CACHE_TIMEOUT
    if not isinstance(timeout, int) or isinstance(timeout, bool) or timeout < 1:
        errors.append(
            Error(
                f"ICM_EBOOTH_PAGE_CACHE_TIMEOUT is {timeout!r}; it must be a whole number >= 1.",
                id="icm_ebooth.E008",
            )
        )
    alias = ebooth_settings.PAGE_CACHE_ALIAS
    if alias not in settings.CACHES:
        errors.append(
            Error(
                f"ICM_EBOOTH_PAGE_CACHE_ALIAS is {alias!r}, which is not in CACHES.",
                hint="Name one of the caches in CACHES, or set ICM_EBOOTH_PAGE_CACHE = False.",
                id="icm_ebooth.E007",
            )
        )
        return errors
    backend = settings.CACHES[alias].get("BACKEND", "")
    if backend in UNSHARED_CACHE_BACKENDS:
        errors.append(
            Warning(
                f"The page cache uses the {alias!r} cache, whose backend {backend} "
                f"{UNSHARED_CACHE_BACKENDS[backend]}.",
                hint="Use a cache every process shares (Redis or Memcached), or set "
                "ICM_EBOOTH_PAGE_CACHE = False.",
                id="icm_ebooth.W002",
            )
        )
    return errors
