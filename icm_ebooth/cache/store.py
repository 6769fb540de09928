"""Keys, entries and booth versions of the page cache, kept in a Django cache that may fail.

The cache is an optimisation, so every call here fails soft: an error, or a write that did
not happen, makes this process leave the cache alone (pages are rendered and not stored) for
``ICM_EBOOTH_PAGE_CACHE_RETRY_AFTER`` seconds, logged once. A version bump lost that way
would let entries stored before the outage be served after it, so every entry also carries
the cache's *epoch*, which a process that saw the cache fail renews, and reads back, before
it uses the cache again.
"""

import contextlib
import hashlib
import logging
import secrets
import time
from urllib.parse import urlencode

from django.core.cache import caches
from django.utils import translation

from icm_ebooth.conf import ebooth_settings

logger = logging.getLogger(__name__)

KEY_PREFIX = "icm_ebooth:page-cache"
EPOCH_KEY = f"{KEY_PREFIX}:epoch"
# Versions and the epoch expire too, so that a Redis evicting only keys with a lifetime
# (volatile-lru) may drop them: a lost one comes back as a new random number, which no
# stored entry carries, so the loss costs misses and never serves a stale page.
VERSION_TIMEOUT = 60 * 60 * 24


def enabled():
    return bool(ebooth_settings.PAGE_CACHE)


def backend():
    return caches[ebooth_settings.PAGE_CACHE_ALIAS]


def version_key(scope):
    return f"{KEY_PREFIX}:version:{scope}"


def entry_key(request, query):
    """The key of ``request``'s entry, given its canonical ``query`` (a ``QueryDict``)."""
    query = urlencode(sorted(query.lists()), doseq=True)
    identity = "\n".join(
        [request.scheme, request.get_host(), request.path, query, translation.get_language()]
    )
    return f"{KEY_PREFIX}:page:{hashlib.sha256(identity.encode()).hexdigest()}"


def _fresh_version():
    # Random rather than 1: a counter lost to eviction must not restart at a number that
    # entries rendered before the loss still carry.
    return secrets.randbits(48)


class Unavailable(Exception):
    """The cache failed, or is being left alone after a failure."""


class _Health:
    """This process's view of the cache: None while it works, else when to try again."""

    retry_at = None


_health = _Health()


def _failed(reason):
    if _health.retry_at is None:
        logger.warning(
            "The page cache is unavailable (%s); pages are served uncached until it answers "
            "again.",
            reason,
        )
    _health.retry_at = time.monotonic() + ebooth_settings.PAGE_CACHE_RETRY_AFTER
    raise Unavailable(reason)


def _renew_epoch(cache):
    """A new epoch, read back: proof that writes reach the cache, and every old entry stale."""
    epoch = _fresh_version()
    cache.set(EPOCH_KEY, epoch, VERSION_TIMEOUT)
    return cache.get(EPOCH_KEY) == epoch


def _usable():
    """The cache backend, or ``Unavailable`` while this process leaves it alone."""
    cache = backend()
    if _health.retry_at is None:
        return cache
    if time.monotonic() < _health.retry_at:
        raise Unavailable("left alone after a failure")
    try:
        recovered = _renew_epoch(cache)
    except Exception as error:  # noqa: BLE001 - any backend error means "still down"
        _failed(error)
    if not recovered:
        _failed("a write did not reach the cache")
    _health.retry_at = None
    logger.warning("The page cache answers again; pages stored before the outage are dropped.")
    return cache


def _call(operation, *args):
    """``operation(cache, *args)``, or ``Unavailable`` when the cache fails."""
    cache = _usable()
    try:
        return operation(cache, *args)
    except Unavailable:
        raise
    except Exception as error:  # noqa: BLE001 - a cache error must not fail the page
        _failed(error)


def _current(cache, scope):
    keys = [version_key(scope), EPOCH_KEY]
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            value = _fresh_version()
            added = cache.add(key, value, VERSION_TIMEOUT)
            if added is None:
                # Backends that ignore their errors answer None where they mean a boolean.
                _failed("a write did not reach the cache")
            found[key] = value if added else cache.get(key, value)
    return found[version_key(scope)], found[EPOCH_KEY]


def current_version(scope):
    """The version of a booth (or fair) ``scope``, a translation key, and the cache's epoch.

    Raises ``Unavailable`` when the cache fails: the caller renders without storing.
    """
    return _call(_current, scope)


def _bump(cache, scopes):
    for scope in scopes:
        key = version_key(scope)
        try:
            bumped = cache.incr(key)
        except ValueError:
            value = _fresh_version()
            cache.set(key, value, VERSION_TIMEOUT)
            bumped = value if cache.get(key) == value else None
        if bumped is None:
            _failed("a version bump did not reach the cache")


def bump(scopes):
    """Make every cached page of the booths and fairs ``scopes`` stale, in every language.

    A bump the cache did not take leaves this process to renew the epoch instead, before
    it serves anything from the cache again.
    """
    with contextlib.suppress(Unavailable):
        _call(_bump, scopes)


# {entry key: the scope its entry last had}, so that a hit reads its entry and the booth's
# current version in one round trip to the cache. Only the name of the version key is
# remembered, never a version: a wrong or missing guess costs one more read, nothing else.
_scope_hints = {}
_MAX_SCOPE_HINTS = 10_000


def _remember_scope(key, scope):
    if key not in _scope_hints and len(_scope_hints) >= _MAX_SCOPE_HINTS:
        _scope_hints.clear()
    _scope_hints[key] = scope


def _read(cache, key):
    hint = _scope_hints.get(key)
    keys = [key, EPOCH_KEY, *([version_key(hint)] if hint else [])]
    found = cache.get_many(keys)
    entry = found.get(key)
    if entry is None:
        return None
    scope = entry["scope"]
    if scope == hint:
        version = found.get(version_key(scope))
    else:
        _remember_scope(key, scope)
        version = cache.get(version_key(scope))
    if (version, found.get(EPOCH_KEY)) != (entry["version"], entry["epoch"]):
        return None
    return entry


def read(key):
    """The entry stored under ``key`` if it is still current, else None (also on failure)."""
    try:
        return _call(_read, key)
    except Unavailable:
        return None


def _write(cache, key, entry, timeout):
    cache.set(key, entry, timeout)
    _remember_scope(key, entry["scope"])


def write(key, entry, timeout):
    """Store ``entry`` (with its ``scope``, ``version`` and ``epoch``) for ``timeout`` seconds."""
    with contextlib.suppress(Unavailable):
        _call(_write, key, entry, timeout)


def reset_health(setting=None, **kwargs):
    """Forget past failures when the cache settings change: it may be another cache now."""
    if setting in {"CACHES", "ICM_EBOOTH_PAGE_CACHE", "ICM_EBOOTH_PAGE_CACHE_ALIAS"}:
        _health.retry_at = None
