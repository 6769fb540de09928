"""A strict Content-Security-Policy for the site's public pages.

The package's pages need no inline script or style, so the policy allows scripts and styles
from the site's own files only, without a nonce (the page cache would replay it). The only
frames are the video facade's players. Wagtail's admin runs inline scripts and keeps its own
headers, and a response that already carries a policy (Wagtail's document downloads) keeps it.
"""

import contextlib
import functools

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import NoReverseMatch, reverse

from icm_ebooth.blocks.video import PLAYER_ORIGINS
from icm_ebooth.conf import ebooth_settings

HEADER = "Content-Security-Policy"

# Every fetch directive is named, so that a source a site adds to one of them does not
# take away the 'self' it would otherwise inherit from default-src.
BASE_POLICY = {
    "default-src": ("'self'",),
    "script-src": ("'self'",),
    "style-src": ("'self'",),
    "img-src": ("'self'",),
    "media-src": ("'self'",),
    "font-src": ("'self'",),
    "connect-src": ("'self'",),
    "frame-src": PLAYER_ORIGINS,
    "object-src": ("'none'",),
    "base-uri": ("'self'",),
    "form-action": ("'self'",),
    "frame-ancestors": ("'none'",),
}

# Django's technical 404 and 500 pages, shown with DEBUG on, are styled inline.
_DEBUG_PAGE_STATUSES = {404, 500}


# Worked out once per process (a reverse() alone costs more than the rest of the
# middleware), and again whenever a test changes the settings they read.
@functools.cache
def policy():
    """The header's value: the base policy plus ``ICM_EBOOTH_CSP_EXTRA_SOURCES``."""
    directives = dict(BASE_POLICY)
    for directive, sources in ebooth_settings.CSP_EXTRA_SOURCES.items():
        kept = [source for source in directives.get(directive, ()) if source != "'none'"]
        directives[directive] = (*kept, *(source for source in sources if source not in kept))
    return "; ".join(" ".join((name, *sources)) for name, sources in directives.items())


@functools.cache
def _exempt_prefixes():
    prefixes = list(ebooth_settings.CSP_EXEMPT_PATHS)
    with contextlib.suppress(NoReverseMatch):
        prefixes.append(reverse("wagtailadmin_home"))
    return tuple(prefixes)


@receiver(setting_changed)
def _forget_worked_out_values(*, setting, **kwargs):
    if setting.startswith("ICM_EBOOTH_CSP_") or setting == "ROOT_URLCONF":
        policy.cache_clear()
        _exempt_prefixes.cache_clear()


def is_exempt(path):
    """Whether ``path`` is Wagtail's admin or under ``ICM_EBOOTH_CSP_EXEMPT_PATHS``."""
    return path.startswith(_exempt_prefixes())


class ContentSecurityPolicyMiddleware:
    """Sends :func:`policy` on every response outside the exempt paths.

    Cached pages get it too, wherever the page cache's middleware stands, since the header
    is added on the way out and never stored.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            HEADER in response
            or is_exempt(request.path)
            or (settings.DEBUG and response.status_code in _DEBUG_PAGE_STATUSES)
        ):
            return response
        response[HEADER] = policy()
        return response
