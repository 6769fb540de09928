"""Create or update project example pages from an export of the Project Results Platform.

Rows are matched to pages by project identifier among the index's children in the index's
locale. A new project becomes a draft child of the index (published with ``publish``). An
existing one gets a new revision built on its latest revision, so an editor's draft is kept
and the live page only changes when the import publishes. Fields the export does not carry
(mobility types and counts, the body, the illustrative label) are left as they are.

The whole file runs in one transaction; a row that cannot be imported is rolled back to its
own savepoint, reported and skipped, and the rest goes on. A dry run rolls everything back.
"""

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import DataError, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug

from icm_ebooth.importers.report import CREATED, SKIPPED, UNCHANGED, UPDATED, ImportReport
from icm_ebooth.importers.rows import RowError, identifier_of, read_row
from icm_ebooth.importers.sources import read_table
from icm_ebooth.models.projects import ProjectExamplePage

# The command reports progress after this many rows.
PROGRESS_EVERY = 100


def import_project_examples(
    source, index, *, user=None, publish=False, dry_run=False, name=None, progress=None
):
    """Import the export ``source`` (a path or a binary file) under ``index``.

    ``progress(done, total)`` is called every ``PROGRESS_EVERY`` rows and after the last.
    Returns an ``ImportReport``. Raises ``ImportFileError``, having written nothing, when
    the file cannot be read or has no identifier column.
    """
    table = read_table(source, name)
    report = ImportReport(file_name=table.name, dry_run=dry_run, publish=publish)
    total = table.row_count
    with transaction.atomic():
        importer = _Importer(index, user=user, publish=publish, report=report)
        for done, (number, cells) in enumerate(table.rows(), start=1):
            importer.import_row(number, cells, table.columns)
            if progress and (done % PROGRESS_EVERY == 0 or done == total):
                progress(done, total)
        if dry_run:
            transaction.set_rollback(True)
    return report


class _Importer:
    def __init__(self, index, *, user, publish, report):
        self.index = index
        self.user = user
        self.publish = publish
        self.report = report
        self.rows_by_identifier = {}

    def import_row(self, number, cells, columns):
        try:
            row = read_row(number, cells, columns)
        except RowError as error:
            self.report.add(number, identifier_of(cells, columns), SKIPPED, error)
            return
        earlier = self.rows_by_identifier.setdefault(row.identifier, number)
        if earlier != number:
            self.report.add(
                number,
                row.identifier,
                SKIPPED,
                _("Row %(row)s already has this identifier.") % {"row": earlier},
            )
            return
        try:
            with transaction.atomic():
                action, reason, page = self.upsert(row)
        except (RowError, ValidationError, DataError) as error:
            # The savepoint is gone, and with it any child count treebeard raised in memory.
            self.index.refresh_from_db()
            self.report.add(number, row.identifier, SKIPPED, _describe(error))
            return
        self.report.add(number, row.identifier, action, reason, page)

    def upsert(self, row):
        page = (
            ProjectExamplePage.objects.filter(
                locale_id=self.index.locale_id, project_reference=row.identifier
            )
            .select_related("locale")
            .first()
        )
        if page is None:
            return self.create(row)
        if not page.is_child_of(self.index):
            raise RowError(
                [
                    _("Another index already has this project: %(title)s (page %(id)s).")
                    % {"title": page.get_admin_display_title(), "id": page.pk}
                ]
            )
        return self.update(page, row)

    def create(self, row):
        page = ProjectExamplePage(
            locale_id=self.index.locale_id,
            owner=self.user,
            project_reference=row.identifier,
            live=False,
        )
        _apply(page, row)
        page.slug = find_available_slug(
            self.index, slugify(page.title, allow_unicode=True)[:200] or slugify(row.identifier)
        )
        self.index.add_child(instance=page)
        revision = page.save_revision(user=self.user, log_action=True)
        if self.publish:
            revision.publish(user=self.user)
            return CREATED, _("Published."), page
        return CREATED, _("Saved as a draft."), page

    def update(self, page, row):
        draft = page.get_latest_revision_as_object()
        before = _snapshot(draft, row)
        _apply(draft, row)
        after = _snapshot(draft, row)
        changed = [name for name in before if before[name] != after[name]]
        if not changed:
            if self.publish and (page.has_unpublished_changes or not page.live):
                # An earlier import without publishing left these values in a draft.
                revision = page.get_latest_revision() or draft.save_revision(user=self.user)
                revision.publish(user=self.user)
                return UPDATED, _("Published the draft, which already had these values."), page
            return UNCHANGED, "", page
        revision = draft.save_revision(user=self.user, log_action=True)
        labels = ", ".join(_field_label(name) for name in changed)
        if self.publish:
            revision.publish(user=self.user)
            reason = _("Published; changed: %(fields)s.") % {"fields": labels}
        elif page.live:
            reason = _("Draft saved, the live page is unchanged; changed: %(fields)s.") % {
                "fields": labels
            }
        else:
            reason = _("Draft saved; changed: %(fields)s.") % {"fields": labels}
        return UPDATED, reason, draft


def _apply(page, row):
    for name, value in row.fields.items():
        setattr(page, name, value)
    if row.partners is not None:
        page.partners = row.partners


def _snapshot(page, row):
    """The imported fields of ``page`` in a form that compares equal when unchanged."""
    state = {}
    for name in row.fields:
        value = getattr(page, name)
        if name == "partner_countries":
            value = sorted(str(getattr(country, "code", country)) for country in value)
        elif name == "coordinator_country":
            value = str(getattr(value, "code", value) or "")
        state[name] = value
    if row.partners is not None:
        state["partners"] = [
            (partner.name, str(partner.country.code), partner.organisation_type)
            for partner in page.partners.all()
        ]
    return state


def _field_label(name):
    if name == "partners":
        return str(_("partner institutions"))
    try:
        return str(ProjectExamplePage._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name


def _describe(error):
    """A validation error as one line, each message after its field's label."""
    if isinstance(error, RowError | DataError):
        # A value the database refuses that validation let through (a column's limit).
        return str(error)
    if hasattr(error, "error_dict"):
        parts = []
        for name, messages in error.message_dict.items():
            label = _field_label(name) if name != "__all__" else ""
            text = " ".join(messages)
            parts.append(f"{label}: {text}" if label else text)
        return "; ".join(parts)
    return " ".join(error.messages)
