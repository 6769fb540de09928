"""Tags and filters of the e-Booth templates: languages, safe links, rich text, downloads."""

from babel.numbers import format_currency
from django import template
from django.conf import settings
from django.http import QueryDict
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Page
from wagtail.rich_text import RichText

from icm_ebooth import clock
from icm_ebooth.addresses import absolute_url, page_url
from icm_ebooth.blocks.prefetch import LinkBatch, LinkedRichText
from icm_ebooth.charts import bar_chart
from icm_ebooth.compat import get_page_url
from icm_ebooth.conf import COLOR_SCHEMES, ebooth_settings
from icm_ebooth.downloads import describe_document
from icm_ebooth.ical import FEED_FILE_NAME
from icm_ebooth.languages import babel_locale
from icm_ebooth.privacy import may_show_document
from icm_ebooth.safety import contact_url_schemes, safe_url, sanitize_rich_text_html
from icm_ebooth.timezones import format_moment
from icm_ebooth.translations import language_versions

register = template.Library()


# The language tags belong in a site's own base template, so they read the page from the
# context and work on any page, an e-Booth's or not. Their one query (the page's translations)
# is shared by all three and kept for the request; booth pages fetch it with their sections.


def _context_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


def _context_versions(context):
    return language_versions(_context_page(context), context.get("request"))


@register.simple_tag(takes_context=True)
def ebooth_html_lang(context):
    """The page's language, for ``<html lang="{% ebooth_html_lang %}">``.

    Without a page (a search or error page) or translations, the language of the request.
    """
    page = _context_page(context)
    if page is None or not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return translation.get_language() or settings.LANGUAGE_CODE
    for version in _context_versions(context):
        if version.is_current:
            return version.language_code
    # A preview or a private page is not among the public versions.
    return page.locale.language_code


@register.inclusion_tag("icm_ebooth/includes/language_switcher.html", takes_context=True)
def ebooth_language_switcher(context):
    """Links to the page's other languages, each marked with its own ``lang``."""
    return {"versions": _context_versions(context)}


@register.inclusion_tag("icm_ebooth/includes/alternate_links.html", takes_context=True)
def ebooth_alternate_links(context):
    """``<link rel="alternate" hreflang>`` tags for the page's language versions."""
    request = context.get("request")
    versions = [
        (version, absolute_url(version.url, request)) for version in _context_versions(context)
    ]
    return {"versions": versions if len(versions) > 1 else []}


@register.filter(name="safe_url")
def safe_url_filter(url):
    """The URL if it is relative or http(s), else "" so that no unsafe link is rendered."""
    return safe_url(url)


@register.filter
def safe_contact_url(url):
    """Like ``safe_url``, also accepting ``mailto:`` and ``tel:`` links."""
    return safe_url(url, contact_url_schemes())


@register.filter
def ebooth_richtext(value, request=None):
    """Rich text (a ``RichText`` or its stored HTML) rendered by Wagtail, then sanitised.

    The links of a stream's rich text were gathered with the stream; other rich text
    resolves its page and document links in one query each. Given the ``request``
    (``value|ebooth_richtext:request``), its page links reuse the site's root paths that
    the request has already read.
    """
    # A template without a request passes "" (Django's value for an unknown variable).
    request = request or None
    if isinstance(value, LinkedRichText):
        html = value.render(request)
    else:
        source = value.source if isinstance(value, RichText) else str(value or "")
        html = LinkBatch([source]).expand(source, request)
    # nh3 has removed every tag, attribute and URL scheme outside the allow-list.
    return mark_safe(sanitize_rich_text_html(html))  # noqa: S308


@register.simple_tag(takes_context=True)
def ebooth_describe_document(context, document, language_code="", title=""):
    """``describe_document`` for templates: ``{% ebooth_describe_document doc "en" as d %}``.

    None for a document visitors may not see, so that nothing names or links it.
    """
    if document is not None and not may_show_document(document, context.get("request")):
        return None
    return describe_document(document, language_code=language_code, title=title)


@register.simple_tag(takes_context=True)
def ebooth_public_document(context, document):
    """``document`` if visitors may see it, else None: ``{% ebooth_public_document d as d %}``."""
    return document if may_show_document(document, context.get("request")) else None


@register.simple_tag(takes_context=True)
def ebooth_event_time(context, event):
    """Date, time and state of an event for visitors: ``{% ebooth_event_time event as when %}``."""
    from icm_ebooth.event_display import describe_event_time

    return describe_event_time(event, context.get("now") or clock.now())


@register.simple_tag
def ebooth_moment(moment, zone_name=""):
    """An instant in full, in ``zone_name`` (default: the zone new events get) and the
    active language: ``{% ebooth_moment event.previous_start_at event.time_zone %}``."""
    if moment is None:
        return ""
    return format_moment(moment, zone_name or ebooth_settings.DEFAULT_TIME_ZONE)


@register.simple_tag(takes_context=True)
def ebooth_event_ics_url(context, event):
    """The address of an event's ``.ics`` download."""
    return event.ics_url(context.get("request"))


@register.simple_tag(takes_context=True)
def ebooth_query_with(context, **changes):
    """The query string with ``changes`` applied: pagination links that keep the filters."""
    request = context.get("request")
    params = request.GET.copy() if request is not None else QueryDict(mutable=True)
    for key, value in changes.items():
        params[key] = value
    return params.urlencode()


@register.simple_tag(takes_context=True)
def ebooth_query_without(context, *names):
    """The query string without ``names`` (and back on the first page): a filter's remove link."""
    request = context.get("request")
    params = request.GET.copy() if request is not None else QueryDict(mutable=True)
    for name in (*names, "page"):
        params.pop(name, None)
    return params.urlencode()


@register.simple_tag
def ebooth_bar_chart(options):
    """A bar chart of a facet's options: ``{% ebooth_bar_chart finder.region_options as c %}``."""
    return bar_chart((option.label, option.count) for option in options)


@register.simple_tag
def ebooth_euros(amount):
    """An amount in euros, formatted for the active language ("€12,500.00", "12 500,00 €")."""
    return format_currency(amount, "EUR", locale=babel_locale())


@register.simple_tag
def ebooth_color_scheme():
    """ICM_EBOOTH_COLOR_SCHEME for the booth's root element; "light" when it is not a known one."""
    scheme = ebooth_settings.COLOR_SCHEME
    return scheme if scheme in COLOR_SCHEMES else "light"


@register.simple_tag
def ebooth_script(name):
    """A deferred ``<script>`` for one of the package's progressive-enhancement files."""
    return format_html('<script src="{}" defer></script>', static(f"icm_ebooth/js/{name}"))


@register.simple_tag(takes_context=True)
def ebooth_event_json_ld(context, event):
    """The event's schema.org data, safe to place inside a ``<script>`` element."""
    from icm_ebooth.structured_data import event_data, json_ld

    request = context.get("request")
    return json_ld(event_data(event, page_url(event, request), context.get("contact")))


@register.simple_tag(takes_context=True)
def ebooth_calendar_links(context, event):
    """Addresses that add the event to Google Calendar and Outlook.com."""
    from icm_ebooth.ical import google_calendar_url, outlook_calendar_url

    calendar_event = event.as_calendar_event(context.get("request"))
    return {
        "google": google_calendar_url(calendar_event),
        "outlook": outlook_calendar_url(calendar_event),
    }


@register.simple_tag(takes_context=True)
def ebooth_pageurl(context, page):
    """Wagtail's ``pageurl``, reversing one URL per parent page in the request.

    A booth's home links a dozen sections, a finder a page of projects: Wagtail reverses
    each page's URL in its language, which costs more than the rest of the link.
    """
    if not isinstance(page, Page):
        raise ValueError(f"ebooth_pageurl expected a Page object, got {page!r}")
    return get_page_url(page, context.get("request"))


@register.simple_tag(takes_context=True)
def ebooth_events_feed_url(context, page):
    """The iCalendar feed of a booth or event index (see ``icm_ebooth.urls``)."""
    url = get_page_url(page, context.get("request"))
    return f"{url}{FEED_FILE_NAME}" if url else ""


@register.simple_tag
def ebooth_join_url(event):
    """The event's join link as pages show it: through the redirect that counts the click.

    Calendars and data show the meeting's own address (``event.links.join``).
    """
    return reverse("icm_ebooth_join", args=[event.pk])


@register.simple_tag
def ebooth_add_to_calendar_url(event, calendar):
    """The "add to calendar" link for "google" or "outlook", through the counting redirect."""
    return reverse("icm_ebooth_add_to_calendar", args=[event.pk, calendar])


@register.simple_tag(takes_context=True)
def ebooth_metrics_beacon(context):
    """The page-view beacon script for the page shown, or nothing (previews, metrics off).

    The page is shared by every visitor through the cache: the script carries the page's
    id and sends it, with nothing about the visitor, to the site itself.
    """
    page = _context_page(context)
    request = context.get("request")
    if (
        not ebooth_settings.METRICS
        or page is None
        or page.pk is None
        or request is None
        or getattr(request, "is_preview", False)
    ):
        return ""
    return format_html(
        '<script src="{}" data-page="{}" data-endpoint="{}" defer></script>',
        static("icm_ebooth/js/beacon.js"),
        page.pk,
        reverse("icm_ebooth_beacon"),
    )
