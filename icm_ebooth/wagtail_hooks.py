"""Admin wiring: snippet viewsets, menu entries, reports, buttons and page-creation hooks."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from icm_ebooth.booth_sections import create_booth_sections
from icm_ebooth.importers.admin import PROGRESS_URL_NAME as PROJECT_IMPORT_PROGRESS_URL_NAME
from icm_ebooth.importers.admin import STATUS_URL_NAME as PROJECT_IMPORT_STATUS_URL_NAME
from icm_ebooth.importers.admin import URL_NAME as PROJECT_IMPORT_URL_NAME
from icm_ebooth.importers.admin import (
    ProjectImportProgressView,
    ProjectImportStatusView,
    ProjectImportView,
)
from icm_ebooth.metrics.admin import (
    BOOTH_URL_NAME as METRICS_BOOTH_URL_NAME,
)
from icm_ebooth.metrics.admin import (
    INDEX_URL_NAME as METRICS_INDEX_URL_NAME,
)
from icm_ebooth.metrics.admin import (
    BoothMetricsIndexView,
    BoothMetricsView,
    may_see_metrics,
)
from icm_ebooth.models import BoothPage, Contact, ProjectExampleIndexPage, Question
from icm_ebooth.questions.admin import QuestionPermissionPolicy, QuestionViewSet
from icm_ebooth.reports import RESULTS_URL_NAME as DATES_RESULTS_URL_NAME
from icm_ebooth.reports import URL_NAME as DATES_URL_NAME
from icm_ebooth.reports import DatesToCheckView


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "user"
    menu_label = _("Contacts")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "role", "organisation", "email"]
    list_filter = ["locale"]


register_snippet(ContactViewSet)

# Registered before the viewset reads it: booth page permissions decide who sees a question.
register_permission_policy(Question, QuestionPermissionPolicy())


@hooks.register("register_admin_viewset")
def register_question_viewset():
    return QuestionViewSet("icm_ebooth_questions")


@hooks.register("register_admin_urls")
def register_project_import_url():
    return [
        path(
            "icm-ebooth/projects/<int:index_id>/import/",
            ProjectImportView.as_view(),
            name=PROJECT_IMPORT_URL_NAME,
        ),
        path(
            "icm-ebooth/imports/<int:import_id>/",
            ProjectImportStatusView.as_view(),
            name=PROJECT_IMPORT_STATUS_URL_NAME,
        ),
        path(
            "icm-ebooth/imports/<int:import_id>/progress/",
            ProjectImportProgressView.as_view(),
            name=PROJECT_IMPORT_PROGRESS_URL_NAME,
        ),
    ]


@hooks.register("register_admin_urls")
def register_dates_to_check_urls():
    return [
        path("reports/icm-ebooth-dates/", DatesToCheckView.as_view(), name=DATES_URL_NAME),
        path(
            "reports/icm-ebooth-dates/results/",
            DatesToCheckView.as_view(results_only=True),
            name=DATES_RESULTS_URL_NAME,
        ),
    ]


class DatesToCheckMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(
            request.user, DatesToCheckView.any_permission_required
        )


@hooks.register("register_reports_menu_item")
def register_dates_to_check_menu_item():
    return DatesToCheckMenuItem(
        _("Dates to check"),
        reverse(DATES_URL_NAME),
        name="icm-ebooth-dates-to-check",
        icon_name="time",
        order=1150,
    )


@hooks.register("register_admin_urls")
def register_booth_metrics_urls():
    return [
        path(
            "reports/icm-ebooth-metrics/",
            BoothMetricsIndexView.as_view(),
            name=METRICS_INDEX_URL_NAME,
        ),
        path(
            "reports/icm-ebooth-metrics/<int:booth_id>/",
            BoothMetricsView.as_view(),
            name=METRICS_BOOTH_URL_NAME,
        ),
    ]


class BoothMetricsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_metrics(request.user)


@hooks.register("register_reports_menu_item")
def register_booth_metrics_menu_item():
    return BoothMetricsMenuItem(
        _("Booth metrics"),
        reverse(METRICS_INDEX_URL_NAME),
        name="icm-ebooth-booth-metrics",
        icon_name="view",
        order=1160,
    )


def project_import_buttons(page, user, priority):
    """The import button of a project examples index, for users who may add pages to it."""
    if not issubclass(page.specific_class or type(page), ProjectExampleIndexPage):
        return
    if not page.permissions_for_user(user).can_add_subpage():
        return
    yield Button(
        _("Import project examples"),
        reverse(PROJECT_IMPORT_URL_NAME, args=[page.pk]),
        icon_name="upload",
        priority=priority,
    )


@hooks.register("register_page_header_buttons")
def project_import_header_button(page, user, view_name, next_url=None):
    yield from project_import_buttons(page, user, priority=40)


@hooks.register("register_page_listing_more_buttons")
def project_import_listing_button(page, user, next_url=None):
    yield from project_import_buttons(page, user, priority=45)


@hooks.register("after_create_page")
def add_booth_sections(request, page):
    # Only the admin's create view runs this hook: translating, copying or importing a
    # booth adds no sections of its own.
    if isinstance(page, BoothPage):
        create_booth_sections(page, user=request.user)
