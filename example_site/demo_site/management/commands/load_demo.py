from django.core.management.base import BaseCommand
from django.db import transaction

from demo_site.demo_content import load_demo_content, reset_demo_content


class Command(BaseCommand):
    help = (
        "Load the ICM e-Booth demo content. Safe to run again: existing pages are updated in "
        "place, never duplicated. --reset deletes the demo pages first and rebuilds them."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="Delete the demo pages and build them again."
        )

    def handle(self, *args, reset=False, **options):
        with transaction.atomic():
            if reset:
                reset_demo_content()
            summary = load_demo_content()
        for line in summary:
            self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
