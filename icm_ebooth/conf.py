"""Every ``ICM_EBOOTH_*`` setting with its default.

Values are read from ``django.conf.settings`` on each access, so
``override_settings`` in tests and per-site settings both take effect
without a restart. The README's settings table lists the same names.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

DEFAULTS = {
    # Template that icm_ebooth/base.html extends; it must define the
    # blocks of ``wagtail start``'s base.html (title, extra_css, content, extra_js).
    "BASE_TEMPLATE": "base.html",
    # IANA zone given to new events.
    "DEFAULT_TIME_ZONE": "Europe/Brussels",
    # Minutes before an event's start from which visitors may join.
    "JOIN_WINDOW_MINUTES": 15,
    # How many days ahead the admin's "Dates to check" report looks for changes.
    "DUE_SOON_DAYS": 14,
    # URL schemes accepted from editors for links.
    "ALLOWED_URL_SCHEMES": ("http", "https"),
    # Extra schemes accepted where a field is meant for mail or phone links.
    "CONTACT_URL_SCHEMES": ("mailto", "tel"),
    # How many items the booth's teasers show.
    "BOOTH_FEATURED_PROJECTS": 3,
    "BOOTH_LATEST_RESOURCES": 4,
    # The site's address (e.g. "https://booth.example.org") for absolute links built without a
    # request; WAGTAILADMIN_BASE_URL when unset. With a request, its host is used.
    "BASE_URL": "",
    # Items per page in listings.
    "PAGE_SIZE": 12,
    # Sections added, as drafts in the booth's language, when an editor creates a booth in
    # the admin: (page type, title) pairs. An empty list adds none.
    "BOOTH_SECTIONS": (
        ("icm_ebooth.TopicPage", _("How to apply")),
        ("icm_ebooth.TopicPage", _("What kind of activities are supported")),
        ("icm_ebooth.TopicPage", _("What are the funding opportunities")),
        ("icm_ebooth.TopicPage", _("Expectations of impact")),
        ("icm_ebooth.ProjectExampleIndexPage", _("Project examples")),
        ("icm_ebooth.ResourceLibraryPage", _("Visual materials")),
        ("icm_ebooth.EventIndexPage", _("Events")),
    ),
    # Keep rendered pages and calendar files for anonymous visitors (see icm_ebooth.cache).
    # Off by default: it needs a cache that every worker process shares, such as Redis.
    "PAGE_CACHE": False,
    # The CACHES alias the page cache uses.
    "PAGE_CACHE_ALIAS": "default",
    # Longest time in seconds a cached page is served (and the most a CDN is told to keep it).
    "PAGE_CACHE_TIMEOUT": 600,
    # Seconds a process leaves the page cache alone after it failed, before trying it again.
    "PAGE_CACHE_RETRY_AFTER": 5,
    # Sources that icm_ebooth.csp.ContentSecurityPolicyMiddleware adds to its policy, by
    # directive, e.g. {"img-src": ["https://media.example.org"]}.
    "CSP_EXTRA_SOURCES": {},
    # Path prefixes the middleware sends no policy on, besides Wagtail's admin.
    "CSP_EXEMPT_PATHS": (),
    # The TASKS alias the admin's project import is enqueued on. The default backend runs
    # it in the request with django-tasks' ImmediateBackend; a site with a worker names a
    # backend of its own here (the example site's "imports"), leaving the default backend,
    # where Wagtail queues its index updates, as it is.
    "IMPORT_TASK_BACKEND": "default",
    # Visitors' questions (see icm_ebooth.questions). The form shows on booth and event pages
    # whose contact (the event's, else the booth's) has an e-mail address.
    "QUESTIONS": True,
    # The sentence a visitor agrees to before sending a question. A site sets its own, marked
    # for translation with gettext_lazy so that each visitor reads it in their language.
    "QUESTION_CONSENT": _(
        "I agree that my name, e-mail address and question are passed to the booth's team, "
        "who keep them to answer me and delete them after the period the privacy notice gives."
    ),
    # Days after which a question, and the personal data in it, is deleted by the
    # purge_questions command (run it daily from cron).
    "QUESTION_RETENTION_DAYS": 180,
    # Questions one client may send in a window: (count, seconds). Counted in the cache.
    "QUESTION_RATE_LIMIT": (5, 3600),
    # The CACHES alias the rate limit counts in.
    "QUESTION_RATE_CACHE_ALIAS": "default",
    # A form is accepted from this many seconds after the page showed it...
    "QUESTION_MIN_SECONDS": 3,
    # ...until this many; longer than any cache keeps the page (see the system checks).
    "QUESTION_MAX_AGE": 2 * 24 * 60 * 60,
    # The TASKS alias the question's mail is sent from; the task gets the question's id only.
    "QUESTION_TASK_BACKEND": "default",
    # Behind a reverse proxy REMOTE_ADDR is the proxy's address: the request.META key of the
    # header that carries the client's, e.g. "HTTP_X_FORWARDED_FOR" or "HTTP_X_REAL_IP".
    "CLIENT_IP_HEADER": "",
    # How many proxies append to that header: the client is that many entries from its end.
    "CLIENT_IP_PROXY_COUNT": 1,
    # Count what visitors do on booths (page views, downloads, joins; see icm_ebooth.metrics).
    "METRICS": True,
    # The CACHES alias that buffers counts and holds the day's salt. A django-redis cache is
    # shared by every process; any other cache leaves each process a buffer of its own.
    "METRICS_CACHE_ALIAS": "default",
    # A process writes its buffered counts to the database after this many counts...
    "METRICS_FLUSH_AFTER_COUNTS": 200,
    # ...or once its oldest buffered count is this many seconds old (0: only on the count).
    "METRICS_FLUSH_AFTER_SECONDS": 60,
    # The booth's colour scheme: "light", "dark", or "auto" (the visitor's system setting,
    # unless the site's <html> carries data-color-scheme="light"). Light by default, so a
    # booth never turns dark inside a light site; data-color-scheme="dark" on the site's
    # <html> makes it dark whatever this says.
    "COLOR_SCHEME": "light",
}

COLOR_SCHEMES = ("light", "dark", "auto")


class EboothSettings:
    """Attribute access to the settings above, e.g. ``ebooth_settings.BASE_TEMPLATE``."""

    prefix = "ICM_EBOOTH_"

    def __getattr__(self, name):
        if name not in DEFAULTS:
            raise AttributeError(f"Unknown icm_ebooth setting: {name}")
        return getattr(settings, self.prefix + name, DEFAULTS[name])


ebooth_settings = EboothSettings()
