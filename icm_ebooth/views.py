"""Calendar downloads: ``<event-url>event.ics`` and ``<booth-or-index-url>events.ics``.

Wagtail serves pages only on paths that end in a slash, so these files have URL patterns of
their own (see ``icm_ebooth.urls``) that find the page with Wagtail's router.
"""

from functools import wraps

from django.http import Http404
from django.views.decorators.http import require_safe
from wagtail.models import Page

from icm_ebooth import cache, query
from icm_ebooth.ical import EVENT_FILE_NAME, FEED_FILE_NAME
from icm_ebooth.metrics.counting import count_calendar_file
from icm_ebooth.models import BoothPage, EventIndexPage, EventPage
from icm_ebooth.models.events import calendar_response, public_events_under


def public_page(request, page_path):
    """The live page at ``page_path`` that any visitor may see, or 404."""
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
        events = [event.as_calendar_event(request) for event in public_events_under(page, request)]
        return calendar_response(events, page.title, page.locale.language_code, FEED_FILE_NAME)

    return cache.respond(request, page, render, parameters=query.NONE)
