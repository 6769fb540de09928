"""Where counts wait before they reach the database: Redis, or the process's memory.

A count is a hit key (a short JSON text naming what was done, where and when, to the
minute) and, for unique visitors, a member (the day, where, and the visitor's hash). With a
django-redis metrics cache, every process adds to one hash and one set, and whichever
process flushes takes both at once (MULTI/EXEC), so nothing is written twice. Otherwise each
process keeps its own, under a lock.

A buffer that fails loses counts, never the request: the failure is logged once, and the
buffer is left alone for ``RETRY_AFTER`` seconds before it is tried again.
"""

import collections
import logging
import threading
import time

from django.core.cache import caches

from icm_ebooth.conf import ebooth_settings

logger = logging.getLogger(__name__)

RETRY_AFTER = 5
# How long a day's visitor hashes are kept to tell new visitors from returning ones.
DAY_SET_SECONDS = 26 * 60 * 60


class Unavailable(Exception):
    """The buffer cannot be used just now; what was asked of it is lost."""


class _Guard:
    """Skips a failing buffer for a while, and logs an outage once and the recovery once."""

    def __init__(self):
        self._down_until = None
        self._lock = threading.Lock()

    def reset(self):
        with self._lock:
            self._down_until = None

    def call(self, function, *args):
        down_until = self._down_until
        if down_until is not None and time.monotonic() < down_until:
            raise Unavailable
        try:
            result = function(*args)
        except Exception as error:
            with self._lock:
                first = self._down_until is None
                self._down_until = time.monotonic() + RETRY_AFTER
            if first:
                logger.warning(
                    "The metrics buffer failed (%r); counts are lost until it works again, "
                    "and pages are served as ever.",
                    error,
                )
            raise Unavailable from error
        if down_until is not None:
            with self._lock:
                self._down_until = None
            logger.warning("The metrics buffer works again.")
        return result


class _Pending:
    """What this process added since it last flushed: for deciding when to flush."""

    def __init__(self):
        self.count = 0
        self.since = None

    def added(self):
        if self.since is None:
            self.since = time.monotonic()
        self.count += 1

    def reset(self):
        self.count, self.since = 0, None


class MemoryBuffer:
    """Counts in this process's memory, for sites whose cache is not shared."""

    def __init__(self):
        self._lock = threading.Lock()
        self.pending = _Pending()
        self.reset()

    def reset(self):
        with self._lock:
            self._hits = collections.Counter()
            self._members = set()
            self._days = {}
            self.pending.reset()

    def add(self, hit, member=None):
        with self._lock:
            self._hits[hit] += 1
            if member is not None:
                self._members.add(member)
            self.pending.added()

    def drain(self):
        with self._lock:
            hits, members = self._hits, self._members
            self._hits, self._members = collections.Counter(), set()
            self.pending.reset()
        return dict(hits), list(members)

    def add_day_visitors(self, day, booth_id, hashes):
        """Add ``hashes`` to the booth's day; return how many were new."""
        with self._lock:
            # Only today's and yesterday's days are kept (a flush may straddle midnight).
            for old in sorted(self._days)[:-1]:
                if old[0] < day:
                    del self._days[old]
            known = self._days.setdefault((day, booth_id), set())
            before = len(known)
            known.update(hashes)
            return len(known) - before


class RedisBuffer:
    """Counts in Redis, shared by every process of the site."""

    def __init__(self, cache):
        self._cache = cache
        self.pending = _Pending()

    def _client(self):
        return self._cache.client.get_client(write=True)

    def _key(self, name):
        return self._cache.make_key(f"icm_ebooth:metrics:{name}")

    def reset(self):
        self._client().delete(self._key("hits"), self._key("members"))
        self.pending.reset()

    def add(self, hit, member=None):
        pipeline = self._client().pipeline(transaction=False)
        pipeline.hincrby(self._key("hits"), hit, 1)
        if member is not None:
            pipeline.sadd(self._key("members"), member)
        pipeline.execute()
        self.pending.added()

    def drain(self):
        hits_key, members_key = self._key("hits"), self._key("members")
        pipeline = self._client().pipeline(transaction=True)
        pipeline.hgetall(hits_key)
        pipeline.delete(hits_key)
        pipeline.smembers(members_key)
        pipeline.delete(members_key)
        hits, _deleted, members, _deleted = pipeline.execute()
        self.pending.reset()
        return (
            {hit.decode(): int(count) for hit, count in hits.items()},
            [member.decode() for member in members],
        )

    def add_day_visitors(self, day, booth_id, hashes):
        key = self._key(f"day:{day.isoformat()}:{booth_id}")
        pipeline = self._client().pipeline(transaction=True)
        pipeline.sadd(key, *hashes)
        pipeline.expire(key, DAY_SET_SECONDS)
        added, _expiry = pipeline.execute()
        return int(added)


_guard = _Guard()
_memory = MemoryBuffer()
_redis_buffers = {}


def current():
    """The buffer of the metrics cache: Redis when it is django-redis, else memory."""
    cache = caches[ebooth_settings.METRICS_CACHE_ALIAS]
    client = getattr(cache, "client", None)
    if client is None or not hasattr(client, "get_client"):
        return _memory
    location = str(getattr(cache, "_server", id(cache)))
    if location not in _redis_buffers:
        _redis_buffers[location] = RedisBuffer(cache)
    return _redis_buffers[location]


def call(method, *args):
    """``current().method(*args)``, or ``Unavailable`` when the buffer fails."""
    return _guard.call(getattr(current(), method), *args)


def reset_memory():
    """Empty this process's memory buffer and day sets, and forget an outage of the buffer
    (between tests, for one: an outage one test made must not swallow the next test's counts)."""
    _memory.reset()
    _guard.reset()
