"""Who is counted, and unique visitors through a salted hash that rotates every day.

A visitor who sends ``DNT: 1`` or ``Sec-GPC: 1`` is not counted at all: no count, no hash.
Robots that say so in their user agent are not counted either.

A unique visitor is a hash of the day's salt, the client's address (behind a proxy, the one
``ICM_EBOOTH_CLIENT_IP_HEADER`` gives) and its user agent. The
salt is random, lives in the metrics cache (shared by the site's processes) and expires
after its day: once it is gone, nobody can tell whose hash was whose, even with the address
in hand. Neither the salt nor the hashes nor the address ever reach the database; the day's
hashes stay in the buffer only until the day's count is made (see ``buffer``).
"""

import hashlib
import re
import secrets

from django.core.cache import caches
from django.utils import timezone

from icm_ebooth.clients import client_address
from icm_ebooth.conf import ebooth_settings

# Robots and link previewers that name themselves; the rest are counted like anyone.
_ROBOT = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|preview|fetch|monitor|scanner|headless|python-|curl/|wget/",
    re.IGNORECASE,
)
SALT_SECONDS = 26 * 60 * 60

_salts = {}


def opted_out(request):
    """Whether the visitor asked not to be tracked (Do Not Track or Global Privacy Control)."""
    return request.headers.get("DNT", "").strip() == "1" or (
        request.headers.get("Sec-GPC", "").strip() == "1"
    )


def is_robot(request):
    agent = request.headers.get("User-Agent", "")
    return not agent or bool(_ROBOT.search(agent))


def countable(request):
    """Whether counting this request is wanted: metrics on, a person, no opt-out."""
    return ebooth_settings.METRICS and not opted_out(request) and not is_robot(request)


def day_salt(day):
    """The salt of ``day`` (a date): one for all processes while the cache keeps it.

    The cache's ``add`` makes the first process's salt everyone's. A process that cannot
    reach the cache uses a salt of its own for the day, so its visitors are still counted
    once each in that process.
    """
    name = day.isoformat()
    if name in _salts:
        return _salts[name]
    key = f"icm_ebooth:metrics:salt:{name}"
    salt = secrets.token_hex(16)
    try:
        cache = caches[ebooth_settings.METRICS_CACHE_ALIAS]
        cache.add(key, salt, SALT_SECONDS)
        salt = cache.get(key) or salt
    except Exception:  # noqa: BLE001 - a cache outage must not fail the request
        pass
    # Yesterday's salt is dropped from memory as soon as a new day's is made.
    _salts.clear()
    _salts[name] = salt
    return salt


def visitor_hash(request, day=None):
    """The visitor's hash for ``day`` (default: today in the site's zone)."""
    day = day or timezone.localdate()
    material = "\n".join(
        [day_salt(day), client_address(request), request.headers.get("User-Agent", "")]
    )
    # 16 bytes: no two visitors of a booth's day share one, and nothing more is kept.
    return hashlib.blake2b(material.encode(), digest_size=16).hexdigest()
