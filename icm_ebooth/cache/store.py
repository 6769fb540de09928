"""Keys, entries and booth versions of the page cache, kept in one of Django's caches."""

import hashlib
import secrets
from urllib.parse import urlencode

from django.core.cache import caches
from django.utils import translation

from icm_ebooth.conf import ebooth_settings

KEY_PREFIX = "icm_ebooth:page-cache"


def enabled():
    return bool(ebooth_settings.PAGE_CACHE)


def backend():
    return caches[ebooth_settings.PAGE_CACHE_ALIAS]


def version_key(scope):
    return f"{KEY_PREFIX}:version:{scope}"


def entry_key(request):
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
    cache = backend()
    key = version_key(scope)
    version = cache.get(key)
    if version is None:
        version = _fresh_version()
        if not cache.add(key, version, None):
            version = cache.get(key, version)
    return version


def bump(scopes):
    """Make every cached page of the booths and fairs ``scopes`` stale, in every language."""
    cache = backend()
    for scope in scopes:
        try:
            cache.incr(version_key(scope))
        except ValueError:
            cache.set(version_key(scope), _fresh_version(), None)


# {entry key: the scope its entry last had}, so that a hit reads its entry and the booth's
# current version in one round trip to the cache. Only the name of the version key is
# remembered, never a version: a wrong or missing guess costs one more read, nothing else.
_scope_hints = {}
_MAX_SCOPE_HINTS = 10_000


def _remember_scope(key, scope):
    if key not in _scope_hints and len(_scope_hints) >= _MAX_SCOPE_HINTS:
        _scope_hints.clear()
    _scope_hints[key] = scope


def read(key):
    """The entry stored under ``key`` and its scope's current version, or (None, None)."""
    cache = backend()
    hint = _scope_hints.get(key)
    found = cache.get_many([key, version_key(hint)] if hint else [key])
    entry = found.get(key)
    if entry is None:
        return None, None
    scope = entry["scope"]
    if scope == hint:
        return entry, found.get(version_key(scope))
    _remember_scope(key, scope)
    return entry, cache.get(version_key(scope))


def write(key, entry, timeout):
    """Store ``entry`` (a dict with its ``scope`` and ``version``) for ``timeout`` seconds."""
    backend().set(key, entry, timeout)
    _remember_scope(key, entry["scope"])
