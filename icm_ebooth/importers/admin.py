"""The admin's "Import project examples" view, reached from a project examples index.

An editor who may add pages under the index uploads an export of the Project Results
Platform (.xlsx or .csv) of at most ``MAX_IMPORT_BYTES`` (5 MiB, far more than a booth's
export needs), and sees what happened to each row. The "publish" choice is only offered,
and only honoured, when the editor may publish pages under the index.
"""

from pathlib import Path

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.pages.utils import get_breadcrumbs_items_for_page

from icm_ebooth.importers.importer import import_project_examples
from icm_ebooth.importers.report import action_labels
from icm_ebooth.importers.sources import ImportFileError
from icm_ebooth.models import ProjectExampleIndexPage

# The largest file the admin accepts: an export of a few thousand projects is well under it.
MAX_IMPORT_BYTES = 5 * 1024 * 1024

ACCEPTED_SUFFIXES = (".xlsx", ".csv")

URL_NAME = "icm_ebooth_import_projects"


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


class ProjectImportView(WagtailAdminTemplateMixin, FormView):
    """Upload an export and import it under one project examples index."""

    form_class = ProjectImportForm
    template_name = "icm_ebooth/admin/project_import.html"
    report_template_name = "icm_ebooth/admin/project_import_report.html"
    page_title = gettext_lazy("Import project examples")
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

    def get_header_title(self):
        return _("%(action)s: %(index)s") % {
            "action": self.page_title,
            "index": self.index.get_admin_display_title(),
        }

    def get_breadcrumbs_items(self):
        return [
            *get_breadcrumbs_items_for_page(self.index, self.request.user),
            {"url": None, "label": self.page_title},
        ]

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
        try:
            report = import_project_examples(
                upload,
                self.index,
                user=self.request.user,
                publish=self.can_publish and form.cleaned_data.get("publish", False),
                dry_run=form.cleaned_data["dry_run"],
                name=upload.name,
            )
        except ImportFileError as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        labels = action_labels(report.dry_run)
        totals = [(labels[action], count) for action, count in report.totals.items()]
        context = self.get_context_data(form=form, report=report, totals=totals)
        return TemplateResponse(self.request, self.report_template_name, context)
