"""The editors' list of questions: per booth, for the users with rights on that booth.

Django's permissions are per model, so a "can view questions" permission would show every
booth's questions to anyone who has it. Here a user sees, filters and exports the questions
of the booths they may edit or publish (Wagtail's page permissions), and nothing else: the
listing, its filter choices, the CSV export and each question's own page all go through
``QuestionPermissionPolicy``. Nobody adds a question in the admin: visitors do.
"""

import django_filters
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import DeleteView, EditView, IndexView
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from icm_ebooth.models import BoothPage, EventPage, Question

# What a user needs on a booth page to see its questions.
BOOTH_ACTIONS = ["change", "publish"]
QUESTION_ACTIONS = {"view", "change", "delete"}


def booths_for(user):
    """The booths whose questions ``user`` may see: those they may edit or publish."""
    if not user.is_active:
        return BoothPage.objects.none()
    pages = PagePermissionPolicy().instances_user_has_any_permission_for(user, BOOTH_ACTIONS)
    return BoothPage.objects.filter(pk__in=pages.values("pk"))


class QuestionPermissionPolicy(BasePermissionPolicy):
    """View, mark answered and delete the questions of one's own booths; add none."""

    def __init__(self):
        super().__init__(Question)

    def user_has_permission(self, user, action):
        if action not in QUESTION_ACTIONS or not user.is_active:
            return False
        return PagePermissionPolicy().user_has_any_permission(user, BOOTH_ACTIONS)

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            self.user_has_permission(user, action)
            and booths_for(user).filter(pk=instance.booth_id).exists()
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if not any(self.user_has_permission(user, action) for action in actions):
            return Question.objects.none()
        return Question.objects.filter(booth__in=booths_for(user))

    def users_with_any_permission(self, actions):
        if not QUESTION_ACTIONS.intersection(actions):
            return get_user_model().objects.none()
        return PagePermissionPolicy().users_with_any_permission(BOOTH_ACTIONS)

    def users_with_any_permission_for_instance(self, actions, instance):
        if not QUESTION_ACTIONS.intersection(actions):
            return get_user_model().objects.none()
        return PagePermissionPolicy().users_with_any_permission_for_instance(
            BOOTH_ACTIONS, instance.booth
        )


class QuestionFilterSet(WagtailFilterSet):
    """Filters whose choices are the user's own booths and their events."""

    booth = django_filters.ModelChoiceFilter(
        label=_("Booth"), queryset=lambda request: _booth_choices(request)
    )
    event = django_filters.ModelChoiceFilter(
        label=_("Event"), queryset=lambda request: _event_choices(request)
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Question.STATUS_CHOICES)

    class Meta:
        model = Question
        fields = ["booth", "event", "status"]


def _booth_choices(request):
    if request is None:
        return BoothPage.objects.none()
    return booths_for(request.user).select_related("locale").order_by("path")


def _event_choices(request):
    if request is None:
        return EventPage.objects.none()
    asked_about = Question.objects.filter(booth__in=booths_for(request.user)).values("event")
    return EventPage.objects.filter(pk__in=asked_about).order_by("path")


class QuestionIndexView(IndexView):
    @cached_property
    def columns(self):
        return [
            # The first line of the question, escaped like every column, links to its page.
            self._get_title_column("text", accessor=_summary),
            self._get_custom_column("booth"),
            self._get_custom_column("event"),
            DateColumn("created_at", label=_("Asked at")),
            Column("status", label=_("Status"), accessor="get_status_display"),
        ]

    def get_base_queryset(self):
        return (
            QuestionPermissionPolicy()
            .instances_user_has_permission_for(self.request.user, "view")
            .select_related("booth__locale", "event")
        )


class OwnBoothMixin:
    """A view of one question, refused unless the question is on one of the user's booths.

    Wagtail's generic views check model-wide permissions only.
    """

    def get_object(self, *args, **kwargs):
        question = super().get_object(*args, **kwargs)
        if not QuestionPermissionPolicy().user_has_permission_for_instance(
            self.request.user, "change", question
        ):
            raise PermissionDenied
        return question


class QuestionEditView(OwnBoothMixin, EditView):
    pass


class QuestionDeleteView(OwnBoothMixin, DeleteView):
    pass


class QuestionHistoryView(OwnBoothMixin, HistoryView):
    pass


class QuestionUsageView(OwnBoothMixin, UsageView):
    pass


def _summary(question):
    return Truncator(question.text).chars(80)


class QuestionViewSet(ModelViewSet):
    """Questions in the admin: list, filter, mark answered, export as CSV, delete."""

    model = Question
    icon = "help"
    menu_label = _("Questions")
    menu_order = 310
    add_to_admin_menu = True
    index_view_class = QuestionIndexView
    edit_view_class = QuestionEditView
    delete_view_class = QuestionDeleteView
    history_view_class = QuestionHistoryView
    usage_view_class = QuestionUsageView
    filterset_class = QuestionFilterSet
    search_fields = ["name", "email", "text"]
    search_backend_name = None
    inspect_view_enabled = False
    list_display = ["text", "booth", "event", "created_at", "status"]
    list_export = [
        "created_at",
        "booth",
        "event",
        "language",
        "name",
        "email",
        "text",
        "status",
        "answered_at",
    ]
    export_filename = "questions"
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("booth", read_only=True),
                        FieldPanel("event", read_only=True),
                        FieldPanel("created_at", read_only=True),
                    ]
                ),
                FieldRowPanel(
                    [FieldPanel("name", read_only=True), FieldPanel("email", read_only=True)]
                ),
                FieldPanel("text", read_only=True),
                FieldPanel("consent", read_only=True),
            ],
            heading=_("Question"),
        ),
        FieldPanel("status"),
    ]

    def get_permissions_to_register(self):
        # Page permissions decide, so there is no model permission to grant in the groups.
        return Permission.objects.none()
