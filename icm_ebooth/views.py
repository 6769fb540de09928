"""Files beside pages: calendars (``<event-url>event.ics``, ``<booth-or-index-url>events.ics``)
and a booth's stylesheet (``<booth-url>brand-<version>.css``).

Wagtail serves pages only on paths that end in a slash, so these files have URL patterns of
their own (see ``icm_ebooth.urls``) that find the page with Wagtail's router.
"""

from functools import wraps

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Page

from icm_ebooth import cache, query
from icm_ebooth.ical import EVENT_FILE_NAME, FEED_FILE_NAME, calendar_bytes
from icm_ebooth.metrics.counting import count_calendar_file
from icm_ebooth.models import BoothPage, EventIndexPage, EventPage
from icm_ebooth.models.branding import STYLESHEET_NAME, stylesheet_css, stylesheet_version
from icm_ebooth.models.events import calendar_events_under
from icm_ebooth.routing import routing_for_file


def calendar_response(events, name, language_code, filename):
    """An iCalendar download of ``events`` (CalendarEvent instances)."""
    response = HttpResponse(
        calendar_bytes(events, name=name, language_code=language_code),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def public_page(request, page_path):
    """The live page at ``page_path`` that any visitor may see, or 404."""
    with routing_for_file():
        route = Page.route_for_request(request, page_path)
    if route is None:
        raise Http404
    page = route[0]
    # Calendars are for everyone: a page in a private section has no public calendar.
    if not page.live or page.get_view_restrictions().exists():
        raise Http404
    return page


def _counted(view):
    """Count a GET of the calendar file before the cache may answer it."""

    @wraps(view)
    def wrapper(request, page_path):
        if request.method == "GET":
            count_calendar_file(request, page_path)
        return view(request, page_path)

    return wrapper


@require_safe
@_counted
@cache.fetch_first
def event_calendar(request, page_path):
    """One event as an iCalendar file."""
    page = public_page(request, page_path)
    if not isinstance(page, EventPage):
        raise Http404
    return cache.respond(
        request,
        page,
        lambda: calendar_response(
            [page.as_calendar_event(request)], None, page.locale.language_code, EVENT_FILE_NAME
        ),
        parameters=query.NONE,
    )


@require_safe
@cache.fetch_first
def events_feed(request, page_path):
    """Every public event of a booth or an event index, as one iCalendar feed."""
    page = public_page(request, page_path)
    if not isinstance(page, (BoothPage, EventIndexPage)):
        raise Http404

    def render():
        events = calendar_events_under(page, request)
        return calendar_response(events, page.title, page.locale.language_code, FEED_FILE_NAME)

    return cache.respond(request, page, render, parameters=query.NONE)


# A stylesheet's URL changes with what it says, so it may be kept for good (a year, the
# longest HTTP allows); an outdated version redirects to the current one for a while.
STYLESHEET_MAX_AGE = 365 * 24 * 60 * 60
OUTDATED_STYLESHEET_MAX_AGE = 5 * 60


@require_safe
def booth_stylesheet(request, page_path, version):
    """A booth's colours as CSS custom properties (see ``icm_ebooth.models.branding``).

    Not kept in the page cache: its URL is versioned, so browsers and CDNs keep it instead.
    """
    page = public_page(request, page_path)
    colours = page.brand_colours() if isinstance(page, BoothPage) else None
    if colours is None:
        raise Http404
    current = stylesheet_version(colours)
    if version != current:
        url = page.get_url(request=request) + STYLESHEET_NAME.format(version=current)
        response = HttpResponseRedirect(url)
        patch_cache_control(response, public=True, max_age=OUTDATED_STYLESHEET_MAX_AGE)
        return response
    response = HttpResponse(stylesheet_css(colours), content_type="text/css; charset=utf-8")
    patch_cache_control(response, public=True, max_age=STYLESHEET_MAX_AGE, immutable=True)
    return response


@require_safe
def colours_stylesheet(request, light, dark):
    """The stylesheet of a booth with these colours: what a preview links (see ``BoothBrand``).

    It reads nothing stored, and its URL names all it says, so it is kept for good too.
    """
    response = HttpResponse(
        stylesheet_css((f"#{light}", f"#{dark}")), content_type="text/css; charset=utf-8"
    )
    patch_cache_control(response, public=True, max_age=STYLESHEET_MAX_AGE, immutable=True)
    return response
