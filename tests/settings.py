"""Settings for the test suite: the example site's apps on a throwaway database.

``DATABASE_URL`` selects PostgreSQL (CI runs the suite on both); SQLite in memory otherwise.
"""

import os
import tempfile
from pathlib import Path

import dj_database_url

from demo_project.settings.base import *  # noqa: F403
from demo_project.settings.base import INSTALLED_APPS, PROJECT_DIR, TEMPLATES

TESTS_DIR = Path(__file__).resolve().parent

SECRET_KEY = "icm-ebooth-tests"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "tests.urls"

if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
else:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

INSTALLED_APPS = [*INSTALLED_APPS]

TEMPLATES = [
    {**TEMPLATES[0], "DIRS": [TESTS_DIR / "templates", PROJECT_DIR / "templates"]},
]

# Hashing passwords properly only slows the suite down.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Media goes to a per-test temporary folder (see conftest.py); files made outside a test
# (class-level test data) land in a temporary folder too, never in the working tree.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="icm-ebooth-test-media-"))

WAGTAILADMIN_BASE_URL = "http://testserver"

# Imports run in the request (django-tasks' ImmediateBackend); the tests of the worker
# select the example site's "imports" backend themselves.
ICM_EBOOTH_IMPORT_TASK_BACKEND = "default"
