"""The page cache: rendered e-Booth pages and calendar files, kept for anonymous visitors.

A cached response is found by scheme, host, path, query string and language, before Wagtail
routes the request (``PageCacheMiddleware``, or the calendar views themselves), so a hit
costs no database query. Each entry records the *version* of the booth (or fair) it belongs
to; the version lives in the same cache, keyed by the booth's ``translation_key``, and is
bumped whenever anything the booth shows changes, in any language. An entry also carries
the instant its page next changes by itself (an event going live, a notice expiring), after
which it is not served.

The modules, split by job the way Wagtail's frontend cache is:

- ``store``: keys, entries and versions in Django's cache;
- ``serving``: who may be served from the cache, and ``respond()`` for page views;
- ``middleware``: the lookup before routing;
- ``invalidation``: the booths a change shows on, version bumps and CDN purges;
- ``signal_handlers``: the receivers, connected by ``IcmEboothConfig.ready()``.

The first three sit below the page models, which serve through ``respond()``; the last two
above them, since they ask which booths and fairs a change shows on.
"""

from icm_ebooth.cache.middleware import PageCacheMiddleware, fetch_first
from icm_ebooth.cache.serving import respond

__all__ = ["PageCacheMiddleware", "fetch_first", "respond"]
