"""Absolute addresses of the site's pages, for what is read away from the site.

Calendar files, calendar links, structured data, sitemaps and ``hreflang`` links need the
address visitors use. Wagtail builds absolute URLs from the Site record's hostname, which on a
new site is ``localhost``; so the host comes from the request when there is one, and otherwise
from ``ICM_EBOOTH_BASE_URL`` or ``WAGTAILADMIN_BASE_URL``.
"""

from urllib.parse import urlsplit

from django.conf import settings

from icm_ebooth.conf import ebooth_settings


def base_url():
    """The site's address for links built without a request ("" when none is configured)."""
    base = ebooth_settings.BASE_URL or getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    return base.rstrip("/")


def absolute_url(url, request=None):
    """``url`` (a path, or an absolute URL Wagtail gave for another site) made absolute.

    A path without a request and without a configured base is returned as it is.
    """
    if not url or urlsplit(url).netloc:
        return url or ""
    if request is not None:
        return request.build_absolute_uri(url)
    base = base_url()
    return f"{base}{url}" if base else url


def page_url(page, request=None, url=None):
    """The page's absolute URL, or "" when the page is not routable.

    Without a request or a configured base, the Site record's address is the only one known.
    ``url``: ``page.get_url(request)``, when the caller has it already.
    """
    url = page.get_url(request=request) if url is None else url
    if not url:
        return ""
    if request is None and not urlsplit(url).netloc and not base_url():
        return page.get_full_url() or ""
    return absolute_url(url, request)


def on_request_host(url, site, request=None):
    """An absolute URL that Wagtail built from ``site``'s record, re-addressed like a path.

    URLs of other sites keep their own host.
    """
    root = site.root_url
    if url and url.startswith(root) and url[len(root) : len(root) + 1] in ("", "/"):
        return absolute_url(url[len(root) :] or "/", request)
    return url
