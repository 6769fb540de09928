"""The admin's project import as a background task (django-tasks), and how it is enqueued.

The task gets the id of a ``ProjectImport`` holding the stored upload, never the file
itself; it writes each batch's progress and rows to that record as the batch commits, and
removes the upload once the import is over. It is enqueued on the backend named by
``ICM_EBOOTH_IMPORT_TASK_BACKEND``, so that a site can give imports a worker of their own and
leave its default backend, where Wagtail queues its index updates, as it is.
"""

import logging

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from icm_ebooth.conf import ebooth_settings
from icm_ebooth.importers.importer import import_project_examples
from icm_ebooth.importers.sources import ImportFileError
from icm_ebooth.models import ProjectImport, ProjectImportRow

logger = logging.getLogger(__name__)


class EnqueueError(Exception):
    """The import could not be handed to the task backend; its upload is kept."""


def enqueue_import(project_import):
    """Hand ``project_import`` to the import task backend, or raise ``EnqueueError``.

    A backend that is misconfigured or unreachable leaves the import "not started", with
    its upload stored, so that the editor can try again.
    """
    try:
        run_project_import.using(backend=ebooth_settings.IMPORT_TASK_BACKEND).enqueue(
            project_import.pk
        )
    except Exception as error:
        logger.exception("Could not enqueue project import %s", project_import.pk)
        ProjectImport.objects.filter(pk=project_import.pk, status=ProjectImport.QUEUED).update(
            status=ProjectImport.NOT_QUEUED
        )
        project_import.refresh_from_db()
        raise EnqueueError from error


@task()
def run_project_import(project_import_id):
    """Import the stored upload of ``ProjectImport`` ``project_import_id``."""
    project_import = (
        ProjectImport.objects.filter(pk=project_import_id, status=ProjectImport.QUEUED)
        .select_related("index__locale", "user")
        .first()
    )
    if project_import is None:
        # Deleted, or already run by an earlier attempt of this task.
        return
    with translation.override(project_import.language or None):
        _run(project_import)


def _run(project_import):
    project_import.status = ProjectImport.RUNNING
    project_import.save(update_fields=["status"])
    recorder = _ProgressRecorder(project_import)
    try:
        with project_import.file.open("rb") as source:
            import_project_examples(
                source,
                project_import.index,
                user=project_import.user,
                publish=project_import.publish,
                dry_run=project_import.dry_run,
                name=project_import.file_name,
                progress=recorder,
            )
    except ImportFileError as error:
        _finish(project_import, ProjectImport.FAILED, str(error), keep_upload=False)
    except Exception:
        logger.exception("Project import %s failed", project_import.pk)
        _finish(
            project_import,
            ProjectImport.FAILED,
            _(
                "The import stopped at an unexpected error after %(done)s rows. The rows "
                "listed were imported; importing the file again updates them and imports the "
                "rest."
            )
            % {"done": project_import.rows_done},
        )
        raise
    else:
        _finish(project_import, ProjectImport.DONE, keep_upload=False)


def _finish(project_import, status, error="", *, keep_upload=True):
    # An upload is kept only after an unexpected error, for importing it again.
    project_import.status = status
    project_import.error = error
    project_import.finished_at = timezone.now()
    project_import.save(update_fields=["status", "error", "finished_at"])
    if not keep_upload and project_import.file:
        project_import.file.delete(save=True)


class _ProgressRecorder:
    """The importer's progress callback: stores the rows of each batch it commits."""

    def __init__(self, project_import):
        self.project_import = project_import
        self.stored = 0

    def __call__(self, done, total, report):
        ProjectImportRow.objects.bulk_create(
            ProjectImportRow(
                project_import=self.project_import,
                row=result.row,
                identifier=result.identifier[:255],
                action=result.action,
                reason=result.reason,
                page_id=None if report.dry_run else result.page_id,
                title=result.title[:255],
            )
            for result in report.rows[self.stored :]
        )
        self.stored = len(report.rows)
        self.project_import.rows_done = done
        self.project_import.rows_total = total
        self.project_import.save(update_fields=["rows_done", "rows_total"])
