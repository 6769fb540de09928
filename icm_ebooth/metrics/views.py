"""The beacon that counts page views, and the redirects that count joins and calendar adds.

None of them is ever cached or sets a cookie. The redirects find their target from the
event's id, never from the query string, so they cannot send anyone elsewhere; they are for
pages only, not for ``.ics`` files, which mail scanners fetch without anyone clicking.
"""

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from icm_ebooth.cache.serving import names_pages_read
from icm_ebooth.ical import google_calendar_url, outlook_calendar_url
from icm_ebooth.metrics import counting, kinds
from icm_ebooth.models import EventPage
from icm_ebooth.privacy import visible_to_public
from icm_ebooth.safety import safe_url

CALENDAR_URLS = {"google": google_calendar_url, "outlook": outlook_calendar_url}


def _never_cached(response):
    add_never_cache_headers(response)
    response["Cache-Control"] += ", no-store"
    return response


def _same_origin(request):
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    return origin in {f"{scheme}://{request.get_host()}" for scheme in ("http", "https")}


# A beacon carries no CSRF token: it changes nothing but a count, and the page that sends
# it is shared by every visitor (a token would keep it out of the page cache).
@csrf_exempt
@require_POST
def beacon(request):
    """Count a page view; the body has the page's id and its query string."""
    page_id = request.POST.get("page", "")
    if page_id.isdecimal() and len(page_id) <= 18 and _same_origin(request):
        counting.count_page_view(
            request, int(page_id), request.POST.get("query", ""), names_pages_read()
        )
    return _never_cached(HttpResponse(status=204))


def _public_event(request, event_id):
    event = visible_to_public(EventPage.objects.filter(pk=event_id), request).first()
    if event is None:
        raise Http404
    return event


@require_safe
def join(request, event_id):
    """Count a click on an event's join link, then go to the meeting.

    The meeting is reached whatever the time: a click outside the join window is counted
    with the phase the event was in, and the report shows it apart.
    """
    event = _public_event(request, event_id)
    url = event.links.join
    if not url:
        raise Http404
    if request.method == "GET":
        counting.count_event(request, kinds.JOIN, event)
    return _never_cached(HttpResponseRedirect(url))


@require_safe
def add_to_calendar(request, event_id, calendar):
    """Count an "add to calendar" click for Google Calendar or Outlook.com, then go there."""
    if calendar not in CALENDAR_URLS:
        raise Http404
    event = _public_event(request, event_id)
    url = safe_url(CALENDAR_URLS[calendar](event.as_calendar_event(request)))
    if not url:
        raise Http404
    if request.method == "GET":
        counting.count_event(request, kinds.CALENDAR_ADD, event, detail=calendar)
    return _never_cached(HttpResponseRedirect(url))
