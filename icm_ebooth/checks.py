"""System checks: configuration that icm_ebooth cannot work with, or works with only in part."""

import zoneinfo
from contextlib import suppress
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.core.checks import Error, Tags, Warning, register
from django.db import DatabaseError
from django.middleware.locale import LocaleMiddleware
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.utils.functional import Promise
from django.utils.module_loading import import_string

from icm_ebooth.conf import COLOR_SCHEMES, ebooth_settings

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
    base_url = ebooth_settings.BASE_URL
    if base_url and not _is_site_address(base_url):
        errors.append(
            Error(
                f"ICM_EBOOTH_BASE_URL is {base_url!r}, which is not an http(s) address.",
                hint="Give the address visitors use, such as 'https://booth.example.org'.",
                id="icm_ebooth.E010",
            )
        )
    scheme = ebooth_settings.COLOR_SCHEME
    if scheme not in COLOR_SCHEMES:
        errors.append(
            Error(
                f"ICM_EBOOTH_COLOR_SCHEME is {scheme!r}; booths are shown in the light scheme.",
                hint="Use one of: " + ", ".join(repr(name) for name in COLOR_SCHEMES) + ".",
                id="icm_ebooth.E011",
            )
        )
    return errors


def _is_site_address(url):
    parts = urlsplit(str(url))
    return parts.scheme in ("http", "https") and bool(parts.netloc)


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


def _uses_locale_middleware():
    for path in getattr(settings, "MIDDLEWARE", None) or ():
        with suppress(ImportError):
            middleware = import_string(path)
            if isinstance(middleware, type) and issubclass(middleware, LocaleMiddleware):
                return True
    return False


@register()
def check_locale_middleware(app_configs, **kwargs):
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False) or _uses_locale_middleware():
        return []
    return [
        Warning(
            "WAGTAIL_I18N_ENABLED is on, but LocaleMiddleware is not in MIDDLEWARE: every "
            "request is answered in LANGUAGE_CODE, so pages under another language's prefix "
            "are not found.",
            hint="Add 'django.middleware.locale.LocaleMiddleware' to MIDDLEWARE, after "
            "'django.contrib.sessions.middleware.SessionMiddleware' and before "
            "'django.middleware.common.CommonMiddleware'.",
            id="icm_ebooth.W003",
        )
    ]


@register(Tags.urls)
def check_i18n_patterns(app_configs, **kwargs):
    urlconf = getattr(settings, "ROOT_URLCONF", None)
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False) or not urlconf:
        return []
    used, _prefix_default_language = is_language_prefix_patterns_used(urlconf)
    if used:
        return []
    return [
        Warning(
            "WAGTAIL_I18N_ENABLED is on, but ROOT_URLCONF has no i18n_patterns(): every "
            "language's pages share one address, and visitors only reach the default one.",
            hint="Wrap Wagtail's URLs, and icm_ebooth's before them, in i18n_patterns(): "
            'urlpatterns += i18n_patterns(path("", include("icm_ebooth.urls")), '
            'path("", include(wagtail_urls))).',
            id="icm_ebooth.W004",
        )
    ]


@register(Tags.database)
def check_default_site_hostname(app_configs, databases=None, **kwargs):
    # A database check, like Django's own, runs only when asked for a database (`migrate`,
    # `check --database`); `migrate` asks before the tables exist.
    if settings.DEBUG or not databases:
        return []
    from wagtail.models import Site

    for alias in databases:
        try:
            hostname = (
                Site.objects.using(alias)
                .filter(is_default_site=True)
                .values_list("hostname", flat=True)
                .first()
            )
        except DatabaseError:
            continue
        if hostname == "localhost":
            return [
                Warning(
                    "The default Site's hostname is 'localhost' and DEBUG is off: Wagtail "
                    "gives every absolute link to a page (previews, the API, links built "
                    "without a request) as http://localhost/.",
                    hint="Set the hostname and port that visitors use in Settings → Sites "
                    "(or Site.objects.filter(is_default_site=True).update(hostname=..., "
                    "port=443)), and set WAGTAILADMIN_BASE_URL to the same address.",
                    id="icm_ebooth.W005",
                )
            ]
    return []


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


@register()
def check_booth_sections(app_configs, **kwargs):
    sections = ebooth_settings.BOOTH_SECTIONS
    hint = (
        "Give a list of (page type, title) pairs, e.g. [('icm_ebooth.TopicPage', "
        "_('How to apply'))], whose types a booth accepts as children; [] adds none."
    )
    if not isinstance(sections, (list, tuple)):
        return [_booth_sections_error(f"is {sections!r}, not a list.", hint)]
    booth_model = apps.get_model("icm_ebooth", "BoothPage")
    allowed = booth_model.allowed_subpage_models()
    errors = []
    counts = {}
    for entry in sections:
        problem = _booth_section_problem(entry, allowed)
        if problem:
            errors.append(_booth_sections_error(f"has {entry!r}: {problem}", hint))
            continue
        model = apps.get_model(entry[0])
        counts[model] = counts.get(model, 0) + 1
    for model, count in counts.items():
        limit = model.max_count_per_parent
        if limit is not None and count > limit:
            errors.append(
                _booth_sections_error(
                    f"lists {model._meta.label} {count} times; a booth holds at most {limit}.",
                    hint,
                )
            )
    return errors


def _booth_section_problem(entry, allowed):
    if not isinstance(entry, (list, tuple)) or len(entry) != 2:
        return "each entry must be a (page type, title) pair."
    page_type, title = entry
    try:
        model = apps.get_model(page_type)
    except (LookupError, ValueError, TypeError, AttributeError):
        return "the page type is not an installed model ('app_label.ModelName')."
    if model not in allowed:
        return "a booth does not accept this page type as a child."
    if not isinstance(title, (str, Promise)) or not str(title).strip():
        return "the title must be a non-empty string."
    return None


def _booth_sections_error(problem, hint):
    return Error(f"ICM_EBOOTH_BOOTH_SECTIONS {problem}", hint=hint, id="icm_ebooth.E009")


def _whole_number(value, minimum):
    return isinstance(value, int) and not isinstance(value, bool) and value >= minimum


@register()
def check_questions(app_configs, **kwargs):
    """Settings of visitors' questions (icm_ebooth.questions) that would break the form."""
    if not ebooth_settings.QUESTIONS:
        return []
    errors = []
    limit = ebooth_settings.QUESTION_RATE_LIMIT
    if (
        not isinstance(limit, (list, tuple))
        or len(limit) != 2
        or not all(_whole_number(part, 1) for part in limit)
    ):
        errors.append(
            Error(
                f"ICM_EBOOTH_QUESTION_RATE_LIMIT is {limit!r}; it must be a pair of whole "
                "numbers >= 1: (questions, seconds).",
                hint="For example (5, 3600): five questions an hour from one client.",
                id="icm_ebooth.E020",
            )
        )
    days = ebooth_settings.QUESTION_RETENTION_DAYS
    if not _whole_number(days, 1):
        errors.append(
            Error(
                f"ICM_EBOOTH_QUESTION_RETENTION_DAYS is {days!r}; it must be a whole number >= 1.",
                id="icm_ebooth.E021",
            )
        )
    minimum, maximum = ebooth_settings.QUESTION_MIN_SECONDS, ebooth_settings.QUESTION_MAX_AGE
    if not _whole_number(minimum, 0) or not _whole_number(maximum, 1) or minimum >= maximum:
        errors.append(
            Error(
                f"ICM_EBOOTH_QUESTION_MIN_SECONDS ({minimum!r}) and ICM_EBOOTH_QUESTION_MAX_AGE "
                f"({maximum!r}) must be whole numbers, the first smaller than the second.",
                id="icm_ebooth.E022",
            )
        )
    elif ebooth_settings.PAGE_CACHE and maximum <= ebooth_settings.PAGE_CACHE_TIMEOUT:
        errors.append(
            Error(
                f"ICM_EBOOTH_QUESTION_MAX_AGE ({maximum}) is not longer than "
                f"ICM_EBOOTH_PAGE_CACHE_TIMEOUT ({ebooth_settings.PAGE_CACHE_TIMEOUT}): a "
                "cached page would offer a form that has already expired.",
                hint="Give the form at least a day more than the page cache keeps a page.",
                id="icm_ebooth.E022",
            )
        )
    header = ebooth_settings.CLIENT_IP_HEADER
    if header and (
        not isinstance(header, str)
        or not (header.startswith("HTTP_") or header == "REMOTE_ADDR")
        or header != header.upper()
        or "-" in header
    ):
        suggestion = "HTTP_" + str(header).upper().replace("-", "_")
        errors.append(
            Error(
                f"ICM_EBOOTH_CLIENT_IP_HEADER is {header!r}, which is not a request.META key.",
                hint=f"Name the header as Django's request.META does, e.g. {suggestion!r}.",
                id="icm_ebooth.E023",
            )
        )
    if not _whole_number(ebooth_settings.CLIENT_IP_PROXY_COUNT, 1):
        errors.append(
            Error(
                "ICM_EBOOTH_CLIENT_IP_PROXY_COUNT is "
                f"{ebooth_settings.CLIENT_IP_PROXY_COUNT!r}; it must be a whole number >= 1.",
                id="icm_ebooth.E023",
            )
        )
    alias = ebooth_settings.QUESTION_RATE_CACHE_ALIAS
    if alias not in settings.CACHES:
        errors.append(
            Error(
                f"ICM_EBOOTH_QUESTION_RATE_CACHE_ALIAS is {alias!r}, which is not in CACHES.",
                id="icm_ebooth.E024",
            )
        )
    return errors
