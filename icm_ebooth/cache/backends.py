"""A Redis cache (django-redis) that fails soft: while Redis is unreachable it acts empty.

Every cache call of the site goes through it, Wagtail's own included, so an outage costs
one socket timeout per process every ``RETRY_AFTER`` seconds instead of an error (or a
timeout) on every call. Needs ``django-redis``; see docs/production.md.
"""

import functools
import logging
import re
import socket
import threading
import time

from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

DEFAULT_RETRY_AFTER = 5
# Failures of the connection, not of a command (a full Redis refusing a write is not down).
_UNREACHABLE = (RedisConnectionError, RedisTimeoutError, socket.timeout, OSError)


class Circuit:
    """Whether one Redis server is worth a call: open (skipped) for a while after a failure.

    One per location and process, shared by every alias and thread that uses it, so that an
    outage is logged once and not per request.
    """

    def __init__(self, location, retry_after):
        self.location = location
        self.retry_after = retry_after
        self._open_until = None
        self._lock = threading.Lock()

    def allows(self):
        open_until = self._open_until
        return open_until is None or time.monotonic() >= open_until

    def failed(self, error):
        with self._lock:
            first = self._open_until is None
            self._open_until = time.monotonic() + self.retry_after
        if first:
            logger.warning(
                "Redis at %s is unreachable (%s); the cache acts empty and is tried again "
                "every %s seconds.",
                self.location,
                error,
                self.retry_after,
            )

    def succeeded(self):
        if self._open_until is None:
            return
        with self._lock:
            was_open = self._open_until is not None
            self._open_until = None
        if was_open:
            logger.warning("Redis at %s answers again.", self.location)


_circuits = {}
_circuits_lock = threading.Lock()


def circuit_for(location, retry_after=DEFAULT_RETRY_AFTER):
    with _circuits_lock:
        if location not in _circuits:
            _circuits[location] = Circuit(location, retry_after)
        return _circuits[location]


def _skipped(location):
    error = ConnectionInterrupted(connection=None)
    # django-redis re-raises the cause when exceptions are not ignored.
    error.__cause__ = RedisConnectionError(f"{location} skipped after a failure")
    return error


class _GuardedClient:
    """django-redis's client, with every call going through the server's circuit."""

    def __init__(self, client, circuit):
        self._client = client
        self._circuit = circuit

    def __getattr__(self, name):
        attribute = getattr(self._client, name)
        if not callable(attribute):
            return attribute

        @functools.wraps(attribute)
        def guarded(*args, **kwargs):
            if not self._circuit.allows():
                raise _skipped(self._circuit.location)
            try:
                result = attribute(*args, **kwargs)
            except ConnectionInterrupted as error:
                if isinstance(error.__cause__, _UNREACHABLE):
                    self._circuit.failed(error)
                raise
            self._circuit.succeeded()
            return result

        return guarded


class FailSoftRedisCache(RedisCache):
    """django-redis's ``RedisCache`` with ``IGNORE_EXCEPTIONS`` behind a circuit breaker.

    Reads answer as misses and writes do nothing while Redis is unreachable; the outage is
    logged once per process, and so is the recovery. ``OPTIONS["RETRY_AFTER"]`` (seconds,
    default 5) is how long a process leaves Redis alone after a failure. Set short
    ``SOCKET_CONNECT_TIMEOUT`` and ``SOCKET_TIMEOUT`` too: a Redis that accepts connections
    but does not answer costs one of them per process and retry.
    """

    def __init__(self, server, params):
        super().__init__(server, params)
        options = params.get("OPTIONS", {})
        self._ignore_exceptions = True
        self._log_ignored_exceptions = False
        # The address without credentials: it names the server in the log.
        location = re.sub(r"//[^@/]*@", "//", str(server))
        self._circuit = circuit_for(location, options.get("RETRY_AFTER", DEFAULT_RETRY_AFTER))

    @property
    def client(self):
        return _GuardedClient(super().client, self._circuit)
