"""Include these before Wagtail's own URLs (inside ``i18n_patterns`` on multilingual sites)."""

import re

from django.urls import path, re_path

from icm_ebooth import views
from icm_ebooth.ical import EVENT_FILE_NAME, FEED_FILE_NAME
from icm_ebooth.metrics import views as metrics_views
from icm_ebooth.models.branding import COLOURS_STYLESHEET_PATTERN, STYLESHEET_PATTERN
from icm_ebooth.questions import ASK_PATH
from icm_ebooth.questions.views import ask

# The same page-path shape as Wagtail's serve pattern, followed by the file name.
PAGE_PATH = r"(?P<page_path>(?:[\w\-]+/)+)"

urlpatterns = [
    # Booth metrics; "_" keeps them apart from page slugs, which Django's slugify never
    # starts with an underscore.
    path("_ebooth/beacon/", metrics_views.beacon, name="icm_ebooth_beacon"),
    path("_ebooth/join/<int:event_id>/", metrics_views.join, name="icm_ebooth_join"),
    path(
        "_ebooth/calendar/<int:event_id>/<slug:calendar>/",
        metrics_views.add_to_calendar,
        name="icm_ebooth_add_to_calendar",
    ),
    re_path(
        rf"^{COLOURS_STYLESHEET_PATTERN}$",
        views.colours_stylesheet,
        name="icm_ebooth_colours_stylesheet",
    ),
    re_path(
        rf"^{PAGE_PATH}{re.escape(EVENT_FILE_NAME)}$",
        views.event_calendar,
        name="icm_ebooth_event_ics",
    ),
    re_path(
        rf"^{PAGE_PATH}{re.escape(FEED_FILE_NAME)}$",
        views.events_feed,
        name="icm_ebooth_events_ics",
    ),
    # The question form of a booth or event page posts here (see icm_ebooth.questions).
    re_path(rf"^{PAGE_PATH}{re.escape(ASK_PATH)}$", ask, name="icm_ebooth_question"),
    re_path(
        rf"^{PAGE_PATH}{STYLESHEET_PATTERN}$",
        views.booth_stylesheet,
        name="icm_ebooth_booth_stylesheet",
    ),
]
