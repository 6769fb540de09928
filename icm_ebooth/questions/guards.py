"""What keeps the question form from being abused without a CSRF token or a cookie."""

import logging
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.cache import caches
from django.utils.http import is_same_domain

from icm_ebooth.clients import hashed_client
from icm_ebooth.conf import ebooth_settings

logger = logging.getLogger(__name__)

# Rounding the time makes the stamp the same for every visitor, and for every rendering of a
# page within a minute.
STAMP_STEP = 60
_STAMP_SALT = "icm_ebooth.questions.stamp"


def current_stamp(now=None):
    """The signed timestamp a form shown now carries."""
    moment = int(time.time() if now is None else now)
    return signing.Signer(salt=_STAMP_SALT).sign(str(moment - moment % STAMP_STEP))


def stamp_age(stamp, now=None):
    """Seconds since ``stamp`` was made, or None when it was not made by this site."""
    try:
        moment = int(signing.Signer(salt=_STAMP_SALT).unsign(stamp or ""))
    except (signing.BadSignature, ValueError):
        return None
    return (time.time() if now is None else now) - moment


def _origin_of(url):
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def _trusted(origin, request):
    if origin == f"{request.scheme}://{request.get_host()}".lower():
        return True
    # The same rule as Django's CSRF middleware for CSRF_TRUSTED_ORIGINS.
    parts = urlsplit(origin)
    for trusted in getattr(settings, "CSRF_TRUSTED_ORIGINS", []):
        trusted_parts = urlsplit(trusted.lower())
        if trusted_parts.scheme != parts.scheme:
            continue
        if trusted == origin or is_same_domain(parts.netloc, trusted_parts.netloc):
            return True
    return False


def comes_from_site(request):
    """Whether a POST was sent from one of the site's own pages.

    Browsers send ``Origin`` with every POST; ``Referer`` stands in where a privacy setting
    removed it. A request with neither (or ``Origin: null``) is refused.
    """
    origin = request.META.get("HTTP_ORIGIN")
    if origin and origin != "null":
        origin = _origin_of(origin)
    else:
        origin = _origin_of(request.META.get("HTTP_REFERER", ""))
    return origin is not None and _trusted(origin, request)


def within_rate_limit(request, now=None):
    """Count one question for this client; False when it is over the limit of its window.

    The count is keyed on a salted hash of the client's address, never on the address. A
    cache that fails lets the question through: the other guards still stand.
    """
    count, seconds = ebooth_settings.QUESTION_RATE_LIMIT
    window = int((time.time() if now is None else now) // seconds)
    key = f"icm_ebooth:questions:rate:{hashed_client(request, 'questions')}:{window}"
    try:
        cache = caches[ebooth_settings.QUESTION_RATE_CACHE_ALIAS]
        cache.add(key, 0, timeout=seconds)
        sent = cache.incr(key)
    except Exception:
        logger.warning("The question rate limit could not be counted", exc_info=True)
        return True
    return sent is None or sent <= count
