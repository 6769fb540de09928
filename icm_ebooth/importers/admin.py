"""The admin's "Import project examples" view, reached from a project examples index, and
the status page of each import.

An editor who may add pages under the index uploads an export of the Project Results
Platform (.xlsx or .csv) of at most ``MAX_IMPORT_BYTES`` (5 MiB, far more than a booth's
export needs). The upload is stored and the import runs as a background task
(``icm_ebooth.importers.tasks``); the editor is taken to the import's status page, which
shows the rows done so far and, once the import is over, what happened to each row. The
"publish" choice is only offered, and only honoured, when the editor may publish pages
under the index.
"""

from contextlib import suppress
from pathlib import Path

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from icm_ebooth.compat import admin_breadcrumbs
from icm_ebooth.importers.report import action_labels
from icm_ebooth.importers.tasks import EnqueueError, enqueue_import
from icm_ebooth.models import ProjectExampleIndexPage, ProjectImport

# The largest file the admin accepts: an export of a few thousand projects is well under it.
MAX_IMPORT_BYTES = 5 * 1024 * 1024

ACCEPTED_SUFFIXES = (".xlsx", ".csv")

URL_NAME = "icm_ebooth_import_projects"
STATUS_URL_NAME = "icm_ebooth_project_import_status"
PROGRESS_URL_NAME = "icm_ebooth_project_import_progress"

# Rows of the report on one page of the status page.
REPORT_PAGE_SIZE = 500


class ProjectImportForm(forms.Form):
    """The export file and how to import it."""

    file = forms.FileField(
        label=gettext_lazy("Export file"),
        widget=forms.FileInput(attrs={"accept": ",".join(ACCEPTED_SUFFIXES)}),
    )
    publish = forms.BooleanField(
        label=gettext_lazy("Publish"),
        required=False,
        help_text=gettext_lazy(
            "Publish new and changed project examples. Otherwise they are saved as drafts "
            "and the live pages stay as they are."
        ),
    )
    dry_run = forms.BooleanField(
        label=gettext_lazy("Dry run"),
        required=False,
        help_text=gettext_lazy("Check the file and show what would happen, saving nothing."),
    )

    def __init__(self, *args, can_publish=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "An export of the Erasmus+ Project Results Platform, as .xlsx or .csv, of at "
            "most %(limit)s. Rows are matched to project examples by their project identifier."
        ) % {"limit": filesizeformat(MAX_IMPORT_BYTES)}
        if not can_publish:
            del self.fields["publish"]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise ValidationError(
                _("This file is %(size)s; files of up to %(limit)s can be imported.")
                % {"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_IMPORT_BYTES)}
            )
        if Path(upload.name).suffix.lower() not in ACCEPTED_SUFFIXES:
            raise ValidationError(_("Choose an .xlsx or .csv file."))
        return upload


class ImportHeaderMixin(WagtailAdminTemplateMixin):
    """The import views' header and breadcrumbs: the action, under the index it fills."""

    page_title = gettext_lazy("Import project examples")

    def get_header_title(self):
        return _("%(action)s: %(index)s") % {
            "action": self.page_title,
            "index": self.index.get_admin_display_title(),
        }

    def get_breadcrumbs_items(self):
        return [
            *admin_breadcrumbs(self.index, self.request.user),
            {"url": None, "label": self.page_title},
        ]


class ProjectImportView(ImportHeaderMixin, FormView):
    """Upload an export and import it under one project examples index."""

    form_class = ProjectImportForm
    template_name = "icm_ebooth/admin/project_import.html"
    header_icon = "upload"

    def dispatch(self, request, index_id):
        self.index = get_object_or_404(
            ProjectExampleIndexPage.objects.select_related("locale"), pk=index_id
        )
        permissions = self.index.permissions_for_user(request.user)
        if not permissions.can_add_subpage():
            raise PermissionDenied
        self.can_publish = permissions.can_publish_subpage()
        return super().dispatch(request, index_id)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "can_publish": self.can_publish}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            index=self.index,
            action_url=reverse(URL_NAME, args=[self.index.pk]),
            submit_button_label=_("Import"),
            submit_button_active_label=_("Importing…"),
            **kwargs,
        )

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        project_import = ProjectImport(
            index=self.index,
            user=self.request.user,
            file_name=upload.name[:255],
            publish=self.can_publish and form.cleaned_data.get("publish", False),
            dry_run=form.cleaned_data["dry_run"],
            language=translation.get_language() or "",
        )
        project_import.file.save(upload.name, upload, save=True)
        with suppress(EnqueueError):
            # The status page says that the import has not started, and offers to try again.
            enqueue_import(project_import)
        return redirect(STATUS_URL_NAME, project_import.pk)


def importable_import(request, import_id):
    """The import ``import_id``, for a user who may import under its index; 403 otherwise."""
    project_import = get_object_or_404(
        ProjectImport.objects.select_related("index__locale"), pk=import_id
    )
    if not project_import.index.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    return project_import


def progress_data(project_import):
    """What the status page says about the progress, for the page and its script alike."""
    if project_import.status == ProjectImport.QUEUED:
        text = _("Waiting for the import to start.")
    elif project_import.status == ProjectImport.RUNNING and not project_import.rows_total:
        text = _("Reading the file.")
    else:
        text = _("%(done)s of %(total)s rows imported.") % {
            "done": project_import.rows_done,
            "total": project_import.rows_total,
        }
    return {
        "status": project_import.status,
        "done": project_import.rows_done,
        "total": project_import.rows_total,
        "finished": project_import.finished,
        "text": text,
    }


class ProjectImportStatusView(ImportHeaderMixin, TemplateView):
    """An import's progress while it runs, and its report, row by row, when it is over."""

    template_name = "icm_ebooth/admin/project_import_status.html"
    header_icon = "upload"

    def dispatch(self, request, import_id):
        self.project_import = importable_import(request, import_id)
        self.index = self.project_import.index
        return super().dispatch(request, import_id)

    def post(self, request, import_id):
        """Try again to start an import whose task the queue did not accept."""
        project_import = self.project_import
        if project_import.status == ProjectImport.NOT_QUEUED:
            ProjectImport.objects.filter(pk=project_import.pk).update(status=ProjectImport.QUEUED)
            project_import.status = ProjectImport.QUEUED
            with suppress(EnqueueError):
                enqueue_import(project_import)
        return redirect(STATUS_URL_NAME, project_import.pk)

    def get_context_data(self, **kwargs):
        project_import = self.project_import
        context = super().get_context_data(
            project_import=project_import,
            index=self.index,
            progress=progress_data(project_import),
            status_url=reverse(STATUS_URL_NAME, args=[project_import.pk]),
            progress_url=reverse(PROGRESS_URL_NAME, args=[project_import.pk]),
            action_url=reverse(URL_NAME, args=[self.index.pk]),
            **kwargs,
        )
        if project_import.finished:
            counts = project_import.action_counts()
            context["totals"] = [
                (label, counts.get(action, 0))
                for action, label in action_labels(project_import.dry_run).items()
            ]
            labels = action_labels(project_import.dry_run)
            rows = Paginator(project_import.rows.all(), REPORT_PAGE_SIZE).get_page(
                self.request.GET.get("p")
            )
            rows.object_list = list(rows.object_list)
            for row in rows.object_list:
                row.action_label = labels.get(row.action, row.action)
            context["rows"] = rows
            # Wagtail's pagination_nav.html lists these page numbers.
            context["elided_page_range"] = rows.paginator.get_elided_page_range(rows.number)
        return context


class ProjectImportProgressView(View):
    """The status page's progress as JSON, for its script to show without reloading."""

    def get(self, request, import_id):
        return JsonResponse(progress_data(importable_import(request, import_id)))
