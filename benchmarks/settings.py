"""Settings for ``benchmarks/pages.py``: the example site's, with every cache off.

``pages.py`` sets ``ICM_EBOOTH_BENCH_DATABASE_URL`` and ``ICM_EBOOTH_BENCH_MEDIA_ROOT`` to a
throwaway database and folder before Django starts.
"""

import os
from pathlib import Path

import dj_database_url

from demo_project.settings.base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "icm-ebooth-benchmarks"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
ROOT_URLCONF = "benchmarks.urls"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ["ICM_EBOOTH_BENCH_DATABASE_URL"], conn_max_age=600, conn_health_checks=True
    )
}
# A throwaway database need not survive a power cut: skip the flush after each commit,
# which otherwise dominates building the content. Reads are unaffected.
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"]["OPTIONS"] = {"init_command": "PRAGMA synchronous=OFF"}
else:
    DATABASES["default"]["OPTIONS"] = {"options": "-c synchronous_commit=off"}

# Measure the work a page does, not how well it caches: no shared cache, no page cache.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
ICM_EBOOTH_PAGE_CACHE = False

MEDIA_ROOT = Path(os.environ["ICM_EBOOTH_BENCH_MEDIA_ROOT"])
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
WAGTAILADMIN_BASE_URL = "http://testserver"
# The build renames translated pages after their children exist; no redirects are needed.
WAGTAILREDIRECTS_AUTO_CREATE = False
