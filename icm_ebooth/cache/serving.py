"""Who may be served from the page cache, and ``respond()``, which serves or fills it."""

import datetime
import functools
import math

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse, QueryDict
from django.utils import timezone
from django.utils.cache import patch_cache_control

from icm_ebooth import clock, query
from icm_ebooth.cache import store
from icm_ebooth.compat import is_dummy_request, is_lazy_user
from icm_ebooth.conf import ebooth_settings
from icm_ebooth.privacy import privacy_snapshot

STATUS_HEADER = "X-Ebooth-Cache"
# Headers that are worked out afresh for each response rather than replayed from the cache.
_FRESH_HEADERS = {"cache-control", STATUS_HEADER.lower()}
_LOOKED_UP_ATTR = "_icm_ebooth_page_cache_looked_up"


def _is_anonymous(request):
    user = getattr(request, "user", None)
    if user is None:
        return True
    if settings.SESSION_COOKIE_NAME not in request.COOKIES and is_lazy_user(user):
        # Without a session cookie the session is empty, so the lazy user is anonymous.
        # Settling it here keeps the session unread, which keeps "Vary: Cookie" off a
        # response that every visitor may share.
        request.user = AnonymousUser()
        return True
    return not user.is_authenticated


def _is_preview(request):
    return getattr(request, "is_preview", False) or is_dummy_request(request)


def _eligible(request):
    """Whether this request may be answered from the cache, or fill it."""
    return (
        store.enabled()
        and request.method in ("GET", "HEAD")
        and not _is_preview(request)
        and _is_anonymous(request)
    )


def _seconds_left(expires):
    return math.floor((expires - timezone.now()).total_seconds())


def _mark(response, status, expires=None):
    response[STATUS_HEADER] = status
    if expires is not None:
        max_age = min(_seconds_left(expires), ebooth_settings.PAGE_CACHE_TIMEOUT)
        patch_cache_control(response, public=True, max_age=max_age)
    return response


@functools.cache
def names_pages_read():
    """Every query parameter name that some e-Booth page reads."""
    return frozenset(
        name
        for model in apps.get_models()
        if isinstance(getattr(model, "query_parameters", None), query.QueryParameters)
        for name in model.query_parameters.names
    )


def fetch(request):
    """The cached response for ``request`` before it is routed, or None.

    Without a parameter that any page reads, the query string cannot matter to whichever
    page the path leads to; otherwise the page's own parameters make the key (in
    ``respond()``), after routing.
    """
    if not _eligible(request) or not names_pages_read().isdisjoint(request.GET.keys()):
        return None
    return _lookup(request, QueryDict())


def _lookup(request, canonical_query):
    if getattr(request, _LOOKED_UP_ATTR, False):
        return None
    setattr(request, _LOOKED_UP_ATTR, True)
    entry = store.read(store.entry_key(request, canonical_query))
    if entry is None or entry["expires"] <= timezone.now():
        return None
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    return _mark(response, "hit", entry["expires"])


def _cacheable(request, response, page):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    directives = {
        part.split("=")[0].strip().lower() for part in response.get("Cache-Control", "").split(",")
    }
    if directives & {"private", "no-store", "no-cache"}:
        return False
    # The page used a CSRF token: the middleware is about to give this visitor a cookie.
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    # Whatever read the session may have shaped the page for this visitor.
    session = getattr(request, "session", None)
    if session is not None and session.accessed:
        return False
    restricted = privacy_snapshot(request).restricted_page_paths
    return not any(page.path.startswith(path) for path in restricted)


def respond(request, page, render, parameters=None):
    """``render()``'s response for ``page``, from the cache or stored in it when it may be.

    The page reads only the ``parameters`` of its query string (by default its
    ``query_parameters``), in canonical form, which also make the cache key. A stored
    response is served for ``ICM_EBOOTH_PAGE_CACHE_TIMEOUT`` seconds at most, and no later
    than the first change that the clock noted while it was rendered (``icm_ebooth.clock``).
    """
    parameters = page.query_parameters if parameters is None else parameters
    searching = parameters.is_search(request.GET)
    request.GET = parameters.canonical(request.GET)
    if not store.enabled() or _is_preview(request) or request.method not in ("GET", "HEAD"):
        return render()
    if not _is_anonymous(request):
        response = render()
        patch_cache_control(response, private=True, no_cache=True)
        return response
    if searching:
        # Free text has no end of values: each search is rendered, never stored.
        return _mark(render(), "miss")
    cached = _lookup(request, request.GET) if _eligible(request) else None
    if cached is not None:
        return cached
    scope = page.cache_scope()
    if scope is None:
        return _mark(render(), "miss")
    # Version and lifetime are read before rendering: a change published meanwhile makes
    # the entry stale at once, and a boundary crossed meanwhile leaves nothing to store.
    now = timezone.now()
    try:
        version, epoch = store.current_version(scope)
    except store.Unavailable:
        return _mark(render(), "miss")
    expires = now + datetime.timedelta(seconds=ebooth_settings.PAGE_CACHE_TIMEOUT)
    key = store.entry_key(request, request.GET)
    with clock.recording(now) as rendering:
        response = render()
        # Rendered inside the recording, so that every value shown that follows the clock
        # has noted when it changes, whichever template or block showed it.
        if not getattr(response, "is_rendered", True):
            response.render()
    if rendering.next_change is not None:
        expires = min(expires, rendering.next_change)
    if (
        not _cacheable(request, response, page)
        or not query.is_canonical(request)
        or _seconds_left(expires) < 1
    ):
        return _mark(response, "miss")
    entry = {
        "scope": scope,
        "version": version,
        "epoch": epoch,
        "expires": expires,
        "status": response.status_code,
        "headers": [
            (name, value) for name, value in response.items() if name.lower() not in _FRESH_HEADERS
        ],
        "content": response.content,
    }
    store.write(key, entry, _seconds_left(expires))
    return _mark(response, "miss", expires)
