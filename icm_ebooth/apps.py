from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IcmEboothConfig(AppConfig):
    name = "icm_ebooth"
    label = "icm_ebooth"
    verbose_name = _("e-Booths")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Registering the checks is the only import side effect the app needs.
        from icm_ebooth import checks  # noqa: F401
