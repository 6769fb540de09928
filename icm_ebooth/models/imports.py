"""One upload of a results platform export, its progress and its report, row by row.

The admin stores the upload here and hands the background task this record's id, never the
file's bytes; the task writes each batch's progress and rows as it commits the batch, so
the status page shows them while the import runs.
"""

import uuid
from pathlib import Path

from django.conf import settings
from django.db import models
from django.utils import timezone


def upload_path(instance, filename):
    # A name nobody can guess: the file waits here for the task and is removed once read.
    return f"icm_ebooth/imports/{uuid.uuid4().hex}{Path(filename).suffix.lower()}"


class ProjectImport(models.Model):
    """An import of project examples under one index, from upload to report."""

    NOT_QUEUED = "not_queued"
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    STATUSES = [NOT_QUEUED, QUEUED, RUNNING, DONE, FAILED]

    # Not shown in the admin's forms: the import view and the status page are its interface.
    index = models.ForeignKey(
        "icm_ebooth.ProjectExampleIndexPage", on_delete=models.CASCADE, related_name="+"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    file = models.FileField(upload_to=upload_path, blank=True)
    file_name = models.CharField(max_length=255)
    publish = models.BooleanField(default=False)
    dry_run = models.BooleanField(default=False)
    # The editor's interface language: the report's messages are written in it.
    language = models.CharField(max_length=35, blank=True)
    status = models.CharField(max_length=20, default=QUEUED)
    rows_done = models.PositiveIntegerField(default=0)
    rows_total = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return self.file_name

    @property
    def finished(self):
        return self.status in (self.DONE, self.FAILED)

    def action_counts(self):
        """Rows per action, for actions that have any."""
        return dict(self.rows.order_by().values_list("action").annotate(models.Count("pk")))


class ProjectImportRow(models.Model):
    """What an import did with one row of the export."""

    project_import = models.ForeignKey(
        ProjectImport, on_delete=models.CASCADE, related_name="rows"
    )
    row = models.PositiveIntegerField()
    identifier = models.CharField(max_length=255, blank=True)
    action = models.CharField(max_length=20)
    reason = models.TextField(blank=True)
    page_id = models.PositiveBigIntegerField(null=True, blank=True)
    title = models.CharField(max_length=255, blank=True)

    class Meta:
        ordering = ["project_import", "row"]
        indexes = [models.Index(fields=["project_import", "row"])]

    def __str__(self):
        return f"{self.project_import} row {self.row}"
