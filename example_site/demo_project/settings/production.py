"""Production settings: everything secret or site-specific comes from the environment.

Required: ``DJANGO_SECRET_KEY`` (long and random) and ``DJANGO_ALLOWED_HOSTS``
(comma-separated host names, never ``*``).
Optional: ``DATABASE_URL``, ``REDIS_URL``, ``WAGTAILADMIN_BASE_URL``,
``DJANGO_SECURE_SSL_REDIRECT`` (default on; switch off when a proxy already redirects), and
the variables listed in ``docs/production.md`` (database connections, static and media
files, CDN purging, logging).
"""

import os
from urllib.parse import urlsplit

import dj_database_url
from django.core.checks.security.base import (
    SECRET_KEY_INSECURE_PREFIX,
    SECRET_KEY_MIN_LENGTH,
    SECRET_KEY_MIN_UNIQUE_CHARACTERS,
)
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import BASE_DIR, INSTALLED_APPS, STORAGES


def required_env(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable for production.")
    return value


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    try:
        return int(value) if value else default
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from error


def secret_key():
    """DJANGO_SECRET_KEY, held to the rule of Django's own check (security.W009)."""
    value = required_env("DJANGO_SECRET_KEY")
    if (
        len(value) < SECRET_KEY_MIN_LENGTH
        or len(set(value)) < SECRET_KEY_MIN_UNIQUE_CHARACTERS
        or value.startswith(SECRET_KEY_INSECURE_PREFIX)
    ):
        raise ImproperlyConfigured(
            f"DJANGO_SECRET_KEY is too weak for production: use at least "
            f"{SECRET_KEY_MIN_LENGTH} random characters, not starting with "
            f"'{SECRET_KEY_INSECURE_PREFIX}', e.g. the output of "
            f'python -c "import secrets; print(secrets.token_urlsafe(50))"'
        )
    return value


def allowed_hosts():
    """DJANGO_ALLOWED_HOSTS as a list; a wildcard would accept any Host header."""
    hosts = [host.strip() for host in required_env("DJANGO_ALLOWED_HOSTS").split(",")]
    hosts = [host for host in hosts if host]
    if any("*" in host for host in hosts):
        raise ImproperlyConfigured(
            "DJANGO_ALLOWED_HOSTS must name the site's hosts, without '*': list each "
            "host name, or write '.example.org' for example.org and all its subdomains."
        )
    return hosts


DEBUG = False
SECRET_KEY = secret_key()
ALLOWED_HOSTS = allowed_hosts()
# ".example.org" allows every subdomain; as a trusted origin it is written "*.example.org".
CSRF_TRUSTED_ORIGINS = [
    f"https://*{host}" if host.startswith(".") else f"https://{host}" for host in ALLOWED_HOSTS
]

# TLS ends at the reverse proxy, which sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# The proxy appends the client's address to X-Forwarded-For: the question form's rate limit
# (and the booth metrics' daily hash) read it there, not the proxy's own REMOTE_ADDR.
ICM_EBOOTH_CLIENT_IP_HEADER = os.environ.get("ICM_EBOOTH_CLIENT_IP_HEADER", "HTTP_X_FORWARDED_FOR")
ICM_EBOOTH_CLIENT_IP_PROXY_COUNT = env_int("ICM_EBOOTH_CLIENT_IP_PROXY_COUNT", 1)
SECURE_SSL_REDIRECT = os.environ.get("DJANGO_SECURE_SSL_REDIRECT", "1") == "1"
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

# Database: PostgreSQL from DATABASE_URL. Each worker keeps its connection open between
# requests (checked before reuse) instead of opening one per request.
if os.environ.get("DATABASE_URL"):
    DATABASES = {
        "default": dj_database_url.config(
            conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 600),
            conn_health_checks=True,
        )
    }

# Cache: Redis, shared by every worker. With it, rendered e-Booth pages are kept for
# anonymous visitors, and Wagtail keeps image renditions there instead of looking each one
# up in the database. The backend fails soft: while Redis is down or silent, pages render
# uncached and each worker spends one short socket timeout per RETRY_AFTER seconds on it.
if os.environ.get("REDIS_URL"):
    redis_timeout = env_int("REDIS_SOCKET_TIMEOUT_MS", 250) / 1000
    redis_options = {
        "SOCKET_CONNECT_TIMEOUT": redis_timeout,
        "SOCKET_TIMEOUT": redis_timeout,
        "RETRY_AFTER": env_int("REDIS_RETRY_AFTER", 5),
    }
    key_prefix = os.environ.get("DJANGO_CACHE_KEY_PREFIX", "icm-ebooth")
    CACHES = {
        "default": {
            "BACKEND": "icm_ebooth.cache.backends.FailSoftRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": key_prefix,
            "OPTIONS": redis_options,
        },
        "renditions": {
            "BACKEND": "icm_ebooth.cache.backends.FailSoftRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": f"{key_prefix}-renditions",
            "TIMEOUT": 60 * 60 * 24,
            "OPTIONS": redis_options,
        },
    }
    ICM_EBOOTH_PAGE_CACHE = True
    ICM_EBOOTH_PAGE_CACHE_TIMEOUT = env_int("ICM_EBOOTH_PAGE_CACHE_TIMEOUT", 600)

# Static files: collected to STATIC_ROOT with hashed names, served by the reverse proxy
# (or a CDN) under STATIC_URL; see docs/production.md.
STATIC_ROOT = os.environ.get("DJANGO_STATIC_ROOT", str(BASE_DIR / "static_collected"))
STATIC_URL = os.environ.get("DJANGO_STATIC_URL", "/static/")
# A new dict: base.STORAGES is shared with every settings module that imports base.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
}

# Uploaded images and documents: MEDIA_ROOT (read by base.py) on a volume every worker
# shares. Documents are served through Wagtail's view, which checks collection privacy.
MEDIA_URL = os.environ.get("DJANGO_MEDIA_URL", "/media/")


def origin(url):
    """``https://cdn.example.org`` for a full URL; None for a path on the site itself."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


# The Content-Security-Policy (base.py's middleware) allows the site's own origin; static
# files and media served from a CDN need its origin in the policy too.
ICM_EBOOTH_CSP_EXTRA_SOURCES = {}
for url, directives in (
    (STATIC_URL, ("script-src", "style-src", "img-src", "font-src")),
    (MEDIA_URL, ("img-src", "media-src")),
):
    if cdn := origin(url):
        for directive in directives:
            ICM_EBOOTH_CSP_EXTRA_SOURCES.setdefault(directive, []).append(cdn)

# CDN or caching proxy in front of the site: purge a page's URLs when it is published.
FRONTEND_CACHE_BACKENDS = {}
if os.environ.get("FRONTEND_CACHE_CLOUDFLARE_TOKEN"):
    FRONTEND_CACHE_BACKENDS["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["FRONTEND_CACHE_CLOUDFLARE_TOKEN"],
        "ZONEID": required_env("FRONTEND_CACHE_CLOUDFLARE_ZONEID"),
    }
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    # Varnish, nginx (with a purge module) or any proxy that accepts PURGE requests.
    FRONTEND_CACHE_BACKENDS["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if FRONTEND_CACHE_BACKENDS:
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]
    WAGTAILFRONTENDCACHE = FRONTEND_CACHE_BACKENDS

# Logs go to standard output, where the process manager or container runtime collects them.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(process)d %(message)s"},
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "plain",
        },
    },
    "root": {"handlers": ["stdout"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
}
