"""Delete visitors' questions older than ICM_EBOOTH_QUESTION_RETENTION_DAYS; run it from cron.

django-tasks has no scheduler, so the site runs this daily, e.g.
``17 3 * * * manage.py purge_questions``. A question is deleted whole: its name, address and
text with it, whether it was answered or not.
"""

from django.core.management.base import BaseCommand

from icm_ebooth.conf import ebooth_settings
from icm_ebooth.models import Question


class Command(BaseCommand):
    help = "Delete visitors' questions older than ICM_EBOOTH_QUESTION_RETENTION_DAYS."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count the questions, delete nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        days = ebooth_settings.QUESTION_RETENTION_DAYS
        expired = Question.objects.past_retention()
        if dry_run:
            count = expired.count()
            self.stdout.write(f"{count} question(s) older than {days} days would be deleted.")
            return
        count, _by_model = expired.delete()
        self.stdout.write(f"Deleted {count} question(s) older than {days} days.")
