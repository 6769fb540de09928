"""``import_project_examples FILE --index PAGE_ID [--publish] [--dry-run]``."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from icm_ebooth.importers import ImportFileError, import_project_examples
from icm_ebooth.importers.report import action_labels
from icm_ebooth.models import ProjectExampleIndexPage


class Command(BaseCommand):
    help = (
        "Create or update project examples under a project examples index from an export "
        "(XLSX or CSV) of the Erasmus+ Project Results Platform."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The export, .xlsx or .csv.")
        parser.add_argument(
            "--index",
            type=int,
            required=True,
            help="The id of the project examples index page to import under.",
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Publish new and changed pages (otherwise they are saved as drafts).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Report what would happen, and save nothing.",
        )

    def handle(self, *args, **options):
        index = (
            ProjectExampleIndexPage.objects.filter(pk=options["index"])
            .select_related("locale")
            .first()
        )
        if index is None:
            raise CommandError(
                _("Page %(id)s is not a project examples index.") % {"id": options["index"]}
            )
        try:
            report = import_project_examples(
                options["file"],
                index,
                publish=options["publish"],
                dry_run=options["dry_run"],
                progress=self.progress,
            )
        except ImportFileError as error:
            raise CommandError(_("Nothing was imported. %(error)s") % {"error": error}) from error

        labels = action_labels(report.dry_run)
        for result in report.rows:
            line = _("Row %(row)s\t%(identifier)s\t%(action)s") % {
                "row": result.row,
                "identifier": result.identifier or "-",
                "action": result.action_label,
            }
            if result.reason:
                line += "\t" + result.reason
            self.stdout.write(line)
        totals = ", ".join(
            _("%(count)s %(action)s") % {"count": count, "action": labels[action]}
            for action, count in report.totals.items()
        )
        self.stdout.write(_("Totals: %(totals)s.") % {"totals": totals})
        if report.dry_run:
            self.stdout.write(_("Dry run: nothing was saved."))

    def progress(self, done, total, report):
        self.stderr.write(
            _("%(done)s of %(total)s rows processed") % {"done": done, "total": total}
        )
