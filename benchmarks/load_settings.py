"""Production settings for ``benchmarks/load.sh``: unchanged, plus the ``/__floor__/`` view."""

from demo_project.settings.production import *  # noqa: F403

ROOT_URLCONF = "benchmarks.urls"
