"""``flush_booth_metrics``: write the booth metrics buffered in Redis to the database.

Run it every few minutes from cron on sites whose metrics cache is Redis, so that counts
reach the report even while traffic is too low for the site's processes to flush them.
"""

from django.core.management.base import BaseCommand

from icm_ebooth.metrics.flushing import flush


class Command(BaseCommand):
    help = "Write buffered booth metrics (page views, downloads, joins) to the database."

    def handle(self, *args, **options):
        written = flush()
        self.stdout.write(f"{written} counts written.")
