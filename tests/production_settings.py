"""The example site's production settings, executed afresh under a chosen environment."""

import importlib
import os
import secrets
import sys
from pathlib import Path

import icm_ebooth

MODULE = "demo_project.settings.production"


def production_variables(**variables):
    """DJANGO_* variables that production accepts, with ``variables`` on top.

    The secret key is made as ``.ci/run`` makes it: 48 random bytes, encoded as text.
    """
    return {
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(48),
        "DJANGO_ALLOWED_HOSTS": "booth.example.org",
        **variables,
    }


def production_environment(**variables):
    """This process's environment for a subprocess: its own DJANGO_* variables replaced, and
    the icm_ebooth this process imported first on the path."""
    inherited = {
        name: value for name, value in os.environ.items() if not name.startswith("DJANGO_")
    }
    package_root = str(Path(icm_ebooth.__file__).resolve().parent.parent)
    path = os.pathsep.join(filter(None, [package_root, inherited.get("PYTHONPATH")]))
    return inherited | {"PYTHONPATH": path} | production_variables(**variables)


def load_production_settings(monkeypatch, **variables):
    """The production settings module as it loads with ``variables`` in the environment."""
    for name in list(os.environ):
        # The browser tests' permission to use the ORM beside Playwright's event loop stays.
        if name.startswith("DJANGO_") and name != "DJANGO_ALLOW_ASYNC_UNSAFE":
            monkeypatch.delenv(name)
    for name, value in production_variables(**variables).items():
        monkeypatch.setenv(name, value)
    if MODULE in sys.modules:
        return importlib.reload(sys.modules[MODULE])
    return importlib.import_module(MODULE)
