"""Create or update project example pages from an export of the Project Results Platform.

Rows are matched to pages by project identifier among the index's children in the index's
locale. A new project becomes a draft child of the index (published with ``publish``). An
existing one gets a new revision built on its latest revision, so an editor's draft is kept
and the live page only changes when the import publishes. Fields the export does not carry
(mobility types and counts, the body, the illustrative label) are left as they are.

Rows are imported in batches of ``BATCH_SIZE``, each in its own transaction, committed before
the next begins, and inside ``icm_ebooth.batching.batch()``: the index, cache and translation
work the batch's pages set off is done once for the batch, not once a row. A row that cannot
be imported is rolled back to its own savepoint, reported and skipped, and the rest goes on.
A dry run rolls each batch back and drops its deferred work.
"""

from itertools import islice

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import DataError, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug

from icm_ebooth import batching
from icm_ebooth.importers.report import CREATED, SKIPPED, UNCHANGED, UPDATED, ImportReport
from icm_ebooth.importers.rows import RowError, identifier_of, read_row
from icm_ebooth.importers.sources import read_table
from icm_ebooth.models.projects import ProjectExamplePage
from icm_ebooth.planner import refresh_search_statistics

# Rows committed together; progress is reported after each batch.
BATCH_SIZE = 100


def import_project_examples(
    source, index, *, user=None, publish=False, dry_run=False, name=None, progress=None
):
    """Import the export ``source`` (a path or a binary file) under ``index``.

    ``progress(done, total, report)`` is called after each batch of ``BATCH_SIZE`` rows,
    once it is committed. Returns an ``ImportReport``. Raises ``ImportFileError``, having
    written nothing, when the file cannot be read or has no identifier column.
    """
    table = read_table(source, name)
    report = ImportReport(file_name=table.name, dry_run=dry_run, publish=publish)
    total = table.row_count
    importer = _Importer(index, user=user, publish=publish, dry_run=dry_run, report=report)
    done = 0
    for rows in _batches(table.rows(), BATCH_SIZE):
        with transaction.atomic(), batching.batch(discard=dry_run):
            importer.import_rows(rows, table.columns)
            if dry_run:
                transaction.set_rollback(True)
        if dry_run:
            # The batch's children are gone again, and with them treebeard's count of them.
            index.refresh_from_db()
        done += len(rows)
        if progress:
            progress(done, total, report)
    if not dry_run:
        # New pages change how SQLite should plan the finder's search (icm_ebooth.planner).
        refresh_search_statistics()
    return report


def _batches(items, size):
    """Lists of ``size`` consecutive items, the last one shorter (``itertools.batched``)."""
    items = iter(items)
    while chunk := list(islice(items, size)):
        yield chunk


class _Importer:
    def __init__(self, index, *, user, publish, dry_run, report):
        self.index = index
        self.user = user
        self.publish = publish
        self.dry_run = dry_run
        self.report = report
        self.rows_by_identifier = {}
        self.existing = {}

    def import_rows(self, rows, columns):
        """Import one batch of ``(row number, cells)``, its existing pages read at once."""
        identifiers = {identifier_of(cells, columns) for _number, cells in rows}
        self.existing = {
            page.project_reference: page
            for page in ProjectExamplePage.objects.filter(
                locale_id=self.index.locale_id, project_reference__in=identifiers - {""}
            ).select_related("locale")
        }
        for number, cells in rows:
            self.import_row(number, cells, columns)

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
        page = self.existing.get(row.identifier)
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
        # When publishing, the revision is stored unchecked: publishing checks the same values,
        # and a row it refuses is rolled back, revision and all.
        revision = page.save_revision(user=self.user, log_action=True, clean=not self.publish)
        if self.publish:
            revision.publish(user=self.user)
            return CREATED, _("Would be published.") if self.dry_run else _("Published."), page
        if self.dry_run:
            return CREATED, _("Would be saved as a draft."), page
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
                if self.dry_run:
                    reason = _("Would publish the draft, which already has these values.")
                else:
                    reason = _("Published the draft, which already had these values.")
                return UPDATED, reason, page
            return UNCHANGED, "", page
        revision = draft.save_revision(user=self.user, log_action=True, clean=not self.publish)
        labels = ", ".join(_field_label(name) for name in changed)
        if self.publish:
            revision.publish(user=self.user)
        return UPDATED, self.update_reason(page) % {"fields": labels}, draft

    def update_reason(self, page):
        if self.dry_run:
            if self.publish:
                return _("Would be published; would change: %(fields)s.")
            if page.live:
                return _(
                    "A draft would be saved, the live page would stay unchanged; would change: "
                    "%(fields)s."
                )
            return _("A draft would be saved; would change: %(fields)s.")
        if self.publish:
            return _("Published; changed: %(fields)s.")
        if page.live:
            return _("Draft saved, the live page is unchanged; changed: %(fields)s.")
        return _("Draft saved; changed: %(fields)s.")


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
