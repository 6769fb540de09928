"""The e-Booths app: its label and name, and the signals it connects when Django starts."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IcmEboothConfig(AppConfig):
    name = "icm_ebooth"
    label = "icm_ebooth"
    verbose_name = _("e-Booths")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from icm_ebooth import checks  # noqa: F401 - registers the system checks
        from icm_ebooth.batching import register_signal_handlers as register_batching
        from icm_ebooth.cache.signal_handlers import register_signal_handlers
        from icm_ebooth.metrics.signal_handlers import (
            register_signal_handlers as register_metrics,
        )
        from icm_ebooth.models import ProjectExamplePage
        from icm_ebooth.models.finder_facts import (
            register_signal_handlers as register_finder_facts,
        )
        from icm_ebooth.sync import on_page_published
        from icm_ebooth.tree import repair_child_count_on_publish

        # First, so that the receivers after it see the page's true number of children.
        page_published.connect(
            repair_child_count_on_publish, dispatch_uid="icm_ebooth_repair_child_count"
        )
        page_published.connect(on_page_published, dispatch_uid="icm_ebooth_push_locked_fields")
        register_signal_handlers()
        register_batching()
        register_metrics()
        register_finder_facts(ProjectExamplePage)
