"""Include these before Wagtail's own URLs (inside ``i18n_patterns`` on multilingual sites)."""

from django.urls import re_path

from icm_ebooth import views

# The same page-path shape as Wagtail's serve pattern, followed by the file name.
PAGE_PATH = r"(?P<page_path>(?:[\w\-]+/)+)"

urlpatterns = [
    re_path(rf"^{PAGE_PATH}event\.ics$", views.event_calendar, name="icm_ebooth_event_ics"),
    re_path(rf"^{PAGE_PATH}events\.ics$", views.events_feed, name="icm_ebooth_events_ics"),
]
