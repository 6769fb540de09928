from .base import *  # noqa: F403

DEBUG = True
# A fixed key is fine for a site that only ever listens on 127.0.0.1.
SECRET_KEY = "icm-ebooth-example-site-development-only"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
