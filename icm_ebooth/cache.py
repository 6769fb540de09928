"""The page cache: rendered e-Booth pages and calendar files, kept for anonymous visitors.

A cached response is found by scheme, host, path, sorted query string and language, before
Wagtail routes the request (``PageCacheMiddleware``, or the calendar views themselves), so a
hit costs no database query. Each entry records the *version* of the booth (or fair) it
belongs to; the version is a counter in the same cache, keyed by the booth's
``translation_key``, and is bumped whenever anything the booth shows changes, in any
language. An entry also carries the instant its page next changes by itself (an event
going live, a notice expiring), after which it is not served.
"""

import datetime
import hashlib
import math
import secrets
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_save, pre_delete
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.functional import SimpleLazyObject
from wagtail import views as wagtail_views
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction, ReferenceIndex
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from icm_ebooth.conf import ebooth_settings
from icm_ebooth.privacy import privacy_snapshot
from icm_ebooth.tree import below_path_q, descendants_q

STATUS_HEADER = "X-Ebooth-Cache"
KEY_PREFIX = "icm_ebooth:page-cache"
# Headers that are worked out afresh for each response rather than replayed from the cache.
_FRESH_HEADERS = {"cache-control", STATUS_HEADER.lower()}
_LOOKED_UP_ATTR = "_icm_ebooth_page_cache_looked_up"


def enabled():
    return bool(ebooth_settings.PAGE_CACHE)


def _cache():
    return caches[ebooth_settings.PAGE_CACHE_ALIAS]


def _version_key(scope):
    return f"{KEY_PREFIX}:version:{scope}"


def _entry_key(request):
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    identity = "\n".join(
        [request.scheme, request.get_host(), request.path, query, translation.get_language()]
    )
    return f"{KEY_PREFIX}:page:{hashlib.sha256(identity.encode()).hexdigest()}"


def _fresh_version():
    # Random rather than 1: a counter lost to eviction must not restart at a number that
    # entries rendered before the loss still carry.
    return secrets.randbits(48)


def current_version(scope):
    """The version of a booth (or fair) ``scope``, a translation key."""
    cache = _cache()
    key = _version_key(scope)
    version = cache.get(key)
    if version is None:
        version = _fresh_version()
        if not cache.add(key, version, None):
            version = cache.get(key, version)
    return version


def bump(scopes):
    """Make every cached page of the booths and fairs ``scopes`` stale, in every language."""
    cache = _cache()
    for scope in scopes:
        try:
            cache.incr(_version_key(scope))
        except ValueError:
            cache.set(_version_key(scope), _fresh_version(), None)


def scope_of(page):
    """The translation key whose version covers ``page``'s cache entries, or None."""
    from icm_ebooth.models import FairPage

    if isinstance(page, FairPage):
        return page.translation_key
    booth, _parent = page.booth_and_parent()
    return booth.translation_key if booth is not None else None


# Serving


def _is_anonymous(request):
    user = getattr(request, "user", None)
    if user is None:
        return True
    if settings.SESSION_COOKIE_NAME not in request.COOKIES and isinstance(user, SimpleLazyObject):
        # Without a session cookie the session is empty, so the lazy user is anonymous.
        # Settling it here keeps the session unread, which keeps "Vary: Cookie" off a
        # response that every visitor may share.
        request.user = AnonymousUser()
        return True
    return not user.is_authenticated


def _is_preview(request):
    return getattr(request, "is_preview", False) or getattr(request, "is_dummy", False)


def _eligible(request):
    """Whether this request may be answered from the cache, or fill it."""
    return (
        enabled()
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


# {entry key: the scope its entry last had}, so that a hit reads its entry and the booth's
# current version in one round trip to the cache. Only the name of the version key is
# remembered, never a version: a wrong or missing guess costs one more read, nothing else.
_scope_hints = {}
_MAX_SCOPE_HINTS = 10_000


def _remember_scope(key, scope):
    if key not in _scope_hints and len(_scope_hints) >= _MAX_SCOPE_HINTS:
        _scope_hints.clear()
    _scope_hints[key] = scope


def fetch(request):
    """The cached response for ``request``, or None (a miss, or not a cacheable request)."""
    if getattr(request, _LOOKED_UP_ATTR, False) or not _eligible(request):
        return None
    setattr(request, _LOOKED_UP_ATTR, True)
    cache = _cache()
    key = _entry_key(request)
    hint = _scope_hints.get(key)
    found = cache.get_many([key, _version_key(hint)] if hint else [key])
    entry = found.get(key)
    if entry is None or entry["expires"] <= timezone.now():
        return None
    scope = entry["scope"]
    if scope == hint:
        version = found.get(_version_key(scope))
    else:
        _remember_scope(key, scope)
        version = cache.get(_version_key(scope))
    if version != entry["version"]:
        return None
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    return _mark(response, "hit", entry["expires"])


def fetch_first(view):
    """Answer a view's GET or HEAD from the cache before the view routes the request."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        return fetch(request) or view(request, *args, **kwargs)

    return wrapper


class PageCacheMiddleware:
    """Answers cached pages before Wagtail routes the request, which saves its queries.

    Optional: without it, e-Booth pages are still cached and looked up in ``serve()``,
    after routing. Place it after ``AuthenticationMiddleware`` and ``LocaleMiddleware``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_views.serve:
            return fetch(request)
        return None


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


def respond(request, page, render, follows_clock=True):
    """``render()``'s response for ``page``, from the cache or stored in it when it may be.

    A stored response is served for ``ICM_EBOOTH_PAGE_CACHE_TIMEOUT`` seconds at most and,
    when it ``follows_clock``, no later than the page's ``next_change_at``.
    """
    if not enabled() or _is_preview(request) or request.method not in ("GET", "HEAD"):
        return render()
    if not _is_anonymous(request):
        response = render()
        patch_cache_control(response, private=True, no_cache=True)
        return response
    cached = fetch(request)
    if cached is not None:
        return cached
    scope = scope_of(page)
    if scope is None:
        return _mark(render(), "miss")
    # Version and lifetime are read before rendering: a change published meanwhile makes
    # the entry stale at once, and a boundary crossed meanwhile leaves nothing to store.
    now = timezone.now()
    version = current_version(scope)
    expires = now + datetime.timedelta(seconds=ebooth_settings.PAGE_CACHE_TIMEOUT)
    change = page.next_change_at(now) if follows_clock else None
    if change is not None:
        expires = min(expires, change)
    key = _entry_key(request)
    response = render()

    def store(response):
        if not _cacheable(request, response, page) or _seconds_left(expires) < 1:
            return _mark(response, "miss")
        entry = {
            "scope": scope,
            "version": version,
            "expires": expires,
            "status": response.status_code,
            "headers": [
                (name, value)
                for name, value in response.items()
                if name.lower() not in _FRESH_HEADERS
            ],
            "content": response.content,
        }
        _cache().set(key, entry, _seconds_left(expires))
        _remember_scope(key, scope)
        return _mark(response, "miss", expires)

    if getattr(response, "is_rendered", True):
        return store(response)
    response.add_post_render_callback(store)
    return response


# Invalidation


def _frontend_cache_configured():
    return bool(
        getattr(settings, "WAGTAILFRONTENDCACHE", None)
        or getattr(settings, "WAGTAILFRONTENDCACHE_LOCATION", None)
    )


def _scope_models():
    from icm_ebooth.models import BoothPage, FairPage

    return BoothPage, FairPage


def _scope_pages():
    types = ContentType.objects.get_for_models(*_scope_models()).values()
    return Page.objects.filter(content_type__in=types)


def scopes_for_paths(paths):
    """Translation keys of the booths and fairs a change at each tree path shows on.

    That is the booths and fairs above the path (a page's own booth, and the fair that
    lists the booth) and below it (every booth of a changed fair or section).
    """
    if not paths:
        return set()
    step = Page.steplen
    condition = Q()
    for path in paths:
        ancestors = [path[:end] for end in range(step, len(path) + 1, step)]
        condition |= Q(path__in=ancestors) | below_path_q(path)
    return set(_scope_pages().filter(condition).values_list("translation_key", flat=True))


def _referring_page_paths(objects):
    """Tree paths of the pages that reference any of ``objects`` (Wagtail's reference index)."""
    page_type = ReferenceIndex._get_base_content_type(Page)
    page_ids = (
        ReferenceIndex.get_references_to_in_bulk(objects)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    return list(Page.objects.filter(pk__in=list(page_ids)).values_list("path", flat=True))


def _page_urls(pages, batch):
    """Each page's URLs (with its calendar file) for a frontend cache purge."""
    from icm_ebooth.models import BoothPage, EventIndexPage, EventPage

    calendars = {
        ContentType.objects.get_for_model(BoothPage).pk: "events.ics",
        ContentType.objects.get_for_model(EventIndexPage).pk: "events.ics",
        ContentType.objects.get_for_model(EventPage).pk: "event.ics",
    }
    urls = []
    for page in pages:
        url = page.get_full_url(batch)
        if url is None:
            continue
        urls.append(url)
        if page.content_type_id in calendars:
            urls.append(url + calendars[page.content_type_id])
    return urls


def _purge(scopes, urls):
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    booth_type = _scope_models()[0]
    roots = list(_scope_pages().filter(translation_key__in=scopes))
    condition = Q()
    for root in roots:
        if root.specific_class is booth_type:
            condition |= descendants_q(root, inclusive=True)
        else:
            condition |= Q(pk=root.pk)
    pages = list(Page.objects.filter(condition).live()) if roots else []
    batch.add_urls(_page_urls(pages, batch))
    batch.add_urls(urls)
    batch.purge()


def invalidate(scopes, urls=()):
    """Bump the versions of ``scopes`` and purge their pages (and ``urls``) from a CDN."""
    if not scopes and not urls:
        return
    if enabled() and scopes:
        bump(scopes)
    scopes, urls = set(scopes), list(urls)

    def after_commit():
        if enabled() and scopes:
            # Again, for renders that read the old rows while the change was uncommitted.
            bump(scopes)
        if _frontend_cache_configured():
            _purge(scopes, urls)

    # robust: a CDN that cannot be reached must not fail the editor's request.
    transaction.on_commit(after_commit, robust=True)


def _active():
    return enabled() or _frontend_cache_configured()


def _page_changed(instance, **kwargs):
    if _active():
        paths = [instance.path, *_referring_page_paths([instance])]
        invalidate(scopes_for_paths(paths))


def _page_deleted(instance, **kwargs):
    # Before the deletion: the reference index and the page's place are still there.
    if _active():
        paths = [instance.path, *_referring_page_paths([instance])]
        urls = _page_urls([instance], None) if _frontend_cache_configured() else []
        invalidate(scopes_for_paths(paths), urls)


def _page_moving(instance, **kwargs):
    if _active():
        urls = []
        if _frontend_cache_configured():
            urls = _page_urls(instance.get_descendants(inclusive=True).live(), None)
        invalidate(scopes_for_paths([instance.path]), urls)


def _shown_object_changed(instance, **kwargs):
    """A contact, document or image: its translations are shown wherever it is."""
    if kwargs.get("raw") or not _active():
        return
    objects = [instance]
    translation_key = getattr(instance, "translation_key", None)
    if translation_key is not None:
        objects = list(type(instance)._default_manager.filter(translation_key=translation_key))
    invalidate(scopes_for_paths(_referring_page_paths(objects)))


def _page_restriction_changed(instance, **kwargs):
    if _active():
        invalidate(scopes_for_paths([instance.page.path]))


def _collection_restriction_changed(instance, **kwargs):
    # Which pages show files of a collection is not indexed; such changes are rare, so
    # every booth and fair is made stale.
    if _active():
        invalidate(set(_scope_pages().values_list("translation_key", flat=True)))


def connect_signals():
    """Connect the receivers that keep cached pages in step with their content."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    from icm_ebooth.models import Contact

    page_published.connect(_page_changed, dispatch_uid="icm_ebooth_cache_published")
    page_unpublished.connect(_page_changed, dispatch_uid="icm_ebooth_cache_unpublished")
    pre_delete.connect(_page_deleted, sender=Page, dispatch_uid="icm_ebooth_cache_page_deleted")
    pre_page_move.connect(_page_moving, dispatch_uid="icm_ebooth_cache_page_moving")
    post_page_move.connect(_page_changed, dispatch_uid="icm_ebooth_cache_page_moved")
    for model in (Contact, get_document_model(), get_image_model()):
        uid = f"icm_ebooth_cache_{model._meta.label_lower}"
        post_save.connect(_shown_object_changed, sender=model, dispatch_uid=f"{uid}_saved")
        pre_delete.connect(_shown_object_changed, sender=model, dispatch_uid=f"{uid}_deleted")
    for model, receiver in (
        (PageViewRestriction, _page_restriction_changed),
        (CollectionViewRestriction, _collection_restriction_changed),
    ):
        uid = f"icm_ebooth_cache_{model._meta.label_lower}"
        post_save.connect(receiver, sender=model, dispatch_uid=f"{uid}_saved")
        pre_delete.connect(receiver, sender=model, dispatch_uid=f"{uid}_deleted")
