from django.apps import AppConfig


class CustomMediaConfig(AppConfig):
    name = "tests.custom_media"
    label = "custom_media"
    default_auto_field = "django.db.models.BigAutoField"
