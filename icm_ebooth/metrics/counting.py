"""The calls that count: each adds to the buffer and never fails or slows the request.

Counts name what they are about as it is known in the request (a page id, an event id, a
document and the page it was clicked on, the path of a calendar file); the flush finds the
booth, the language and the event's phase at the minute of the count (``flushing``). So a
count costs no database query, and the beacon no more than a cache hit does.
"""

import datetime
import json
import logging
from urllib.parse import urlsplit

from django.http import QueryDict
from django.utils import timezone, translation

from icm_ebooth.metrics import buffer, kinds
from icm_ebooth.metrics.visitors import countable, visitor_hash

logger = logging.getLogger(__name__)

# What is kept of a query string or a path sent with a count.
MAX_DETAIL_LENGTH = 200


def _minute(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M")


def count(request, kind, target, language="", detail=""):
    """Count one ``kind`` about ``target`` (e.g. "page:12", "event:4"), and the visitor.

    ``request`` is the visitor's (None for counts without one, such as a question's signal,
    which then add no unique visitor). Returns whether the count was buffered.
    """
    if request is not None and not countable(request):
        return False
    now = timezone.now()
    hit = json.dumps([_minute(now), kind, target, language, detail[:MAX_DETAIL_LENGTH]])
    member = None
    if request is not None:
        day = timezone.localdate(now)
        member = json.dumps(
            [day.isoformat(), target, language, detail[:MAX_DETAIL_LENGTH]]
            + [visitor_hash(request, day)]
        )
    try:
        buffer.call("add", hit, member)
    except buffer.Unavailable:
        return False
    return True


def _same_site_path(request, url):
    """The path of ``url`` when it is on the request's own host, else ""."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.netloc and parts.netloc != request.get_host():
        return ""
    return parts.path


def count_page_view(request, page_id, query_string, names_read):
    """A page view from the beacon: the page's id and the query parameters pages read."""
    query = QueryDict(query_string[: 4 * MAX_DETAIL_LENGTH])
    kept = QueryDict(mutable=True)
    for name in sorted(names_read & set(query.keys())):
        kept[name] = query.get(name, "")
    return count(request, kinds.PAGE_VIEW, f"page:{page_id}", detail=kept.urlencode())


def count_download(request, document):
    """A download of ``document``, with the page it was clicked on when the browser says."""
    referer = _same_site_path(request, request.headers.get("Referer", ""))
    detail = f"{request.get_host()} {referer}" if referer else ""
    return count(request, kinds.DOWNLOAD, f"document:{document.pk}", detail=detail)


def count_event(request, kind, event, detail=""):
    """A join click or calendar add (``kind``) on ``event``."""
    return count(request, kind, f"event:{event.pk}", detail=detail)


def count_calendar_file(request, page_path):
    """An event's ``.ics`` file, found later by its path on the request's host."""
    return count(
        request,
        kinds.CALENDAR_FILE,
        f"path:{request.get_host()}",
        translation.get_language() or "",
        page_path,
    )


def count_question(booth, event=None):
    """A question asked on ``booth`` (about ``event``), counted without the visitor."""
    target = f"event:{event.pk}" if event is not None else f"page:{booth.pk}"
    return count(None, kinds.QUESTION, target)
