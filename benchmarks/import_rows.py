"""Time and memory of importing an export of 1,000 and 10,000 project examples.

    make bench-import                                  # SQLite, in a temporary file
    make bench-import DATABASE_URL=postgres://postgres@127.0.0.1:5432/test

Builds a booth with a project examples index in a throwaway database (as ``pages.py``
does), writes a CSV export of each size in the shape of the results platform's (every
column, two partners a row), then imports each file twice through the importer the admin's
background task runs: first publishing every row (each a new page with a revision and its
publication), then again unchanged. Beside them it times Wagtail alone making 1,000 such
pages (``add_child``, a revision, its publication, in the same batches of 100): the floor an
import cannot go below without bypassing the page tree or revisions. Prints the wall time
and milliseconds a row, the CPU time a row (the process's own, SQLite included: steadier
than the wall time on a busy machine) and the process's peak resident memory after each
step. Exits with status 1 when 10,000 new rows take longer than ``TARGET_SECONDS``.
"""

import argparse
import csv
import io
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "example_site")]

from benchmarks.pages import (  # noqa: E402 - the path above makes the package importable
    DEFAULT_DATABASE_NAME,
    database_version,
    in_throwaway_database,
)

SIZES = (1_000, 10_000)
TARGET_SECONDS = 60
HEADER = [
    "Project Identifier", "Project Title", "Call Year", "Key Action", "Action Type",
    "Project Status", "Start Date", "End Date", "Coordinating organisation name",
    "Coordinating organisation type", "Coordinator's country", "Coordinator's website",
    "Participating countries", "EU Grant award in euros", "Project Summary",
    "Is Good Practice", "Is Success Story", "Results Platform Project Card",
    "Partner 1 name", "Partner 1 organisation type", "Partner 1 country",
    "Partner 2 name", "Partner 2 organisation type", "Partner 2 country",
]  # fmt: skip
PARTNERS = ["KE", "VN", "GE", "AM", "BR", "MA", "UA", "IN", "ZA", "CO"]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        default=",".join(map(str, SIZES)),
        help="comma-separated numbers of rows (default %(default)s)",
    )
    parser.add_argument("--database-name", default=DEFAULT_DATABASE_NAME)
    return parser.parse_args()


def export(size, first):
    """A CSV export of ``size`` projects, identifiers counted from ``first``."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for number in range(first, first + size):
        one, two = PARTNERS[number % 10], PARTNERS[(number + 3) % 10]
        writer.writerow([
            f"2019-1-BE02-KA107-{number:06d}", f"Engineering exchanges, project {number}",
            2019, "KA107", "Higher education student and staff mobility", "Completed",
            "01/06/2019", "31/07/2022", f"University {number % 97}",
            "Higher education institution (tertiary level)", "BE",
            f"https://www.example.org/{number}", f"Belgium; {one}; {two}",
            f"{10_000 + number}.50", "Students and staff went both ways. " * 5, "Yes", "No",
            f"https://results.example.org/projects/{number}",
            f"Partner university {number}", "Higher education institution", one,
            f"Partner college {number}", "Higher education institution", two,
        ])  # fmt: skip
    return io.BytesIO(out.getvalue().encode())


FLOOR_PAGES = 1_000


def wagtail_alone(index, count):
    """Make ``count`` project pages with two partners the way Wagtail does, in batches."""
    from icm_ebooth import batching
    from icm_ebooth.models import ProjectExamplePage, ProjectPartner

    for first in range(0, count, 100):
        with batching.batch():
            for number in range(first, min(first + 100, count)):
                page = ProjectExamplePage(
                    title=f"Floor project {number}",
                    slug=f"floor-{number}",
                    project_reference=f"2019-1-BE02-KA107-{900_000 + number:06d}",
                    call_year=2019,
                    coordinator_name="University",
                    coordinator_country="BE",
                    partner_countries=["KE", "VN"],
                    summary="Students and staff went both ways. " * 5,
                )
                page.partners = [
                    ProjectPartner(name=f"Partner university {number}", country="KE"),
                    ProjectPartner(name=f"Partner college {number}", country="VN"),
                ]
                index.add_child(instance=page)
                page.save_revision().publish()


def peak_rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(args):
    from django.core.management import call_command
    from django.db import connection

    from demo_site.demo_content.home import ensure_home_page, ensure_locales
    from icm_ebooth.importers import import_project_examples
    from icm_ebooth.models import BoothPage, ProjectExampleIndexPage

    sizes = [int(size) for size in args.sizes.split(",")]
    call_command("migrate", verbosity=0, interactive=False)
    ensure_locales()
    home = ensure_home_page()
    print(f"Database: {connection.vendor} {database_version(connection)}, {os.cpu_count()} CPUs")
    print(f"Peak memory after setup: {peak_rss_mib():.0f} MiB\n")
    header = (
        f"{'import':<34} {'rows':>7} {'seconds':>8} {'ms/row':>7} {'CPU ms/row':>10} "
        f"{'peak MiB':>9}"
    )
    print(header)
    print("-" * len(header))
    status = 0
    first = 0
    for size in sizes:
        booth = home.add_child(instance=BoothPage(title=f"Booth {size}", slug=f"booth-{size}"))
        index = booth.add_child(
            instance=ProjectExampleIndexPage(title="Project examples", slug="project-examples")
        )
        for name, expected in (("new rows, published", "created"), ("again, unchanged", None)):
            data = export(size, first)
            started, cpu = time.perf_counter(), time.process_time()
            report = import_project_examples(data, index, publish=True, name="export.csv")
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
            counts = report.totals
            if expected and counts[expected] != size:
                print(f"{name}: expected {size} {expected}, got {counts}")
                status = 1
            print(
                f"{name:<34} {size:>7,} {seconds:>8.1f} {1000 * seconds / size:>7.1f} "
                f"{1000 * cpu / size:>10.1f} {peak_rss_mib():>9.0f}"
            )
            if expected and size >= 10_000 and seconds > TARGET_SECONDS:
                print(f"  over the target of {TARGET_SECONDS} s for 10,000 rows")
                status = 1
        first += size
    index = home.add_child(instance=BoothPage(title="Floor", slug="floor")).add_child(
        instance=ProjectExampleIndexPage(title="Project examples", slug="project-examples")
    )
    started, cpu = time.perf_counter(), time.process_time()
    wagtail_alone(index, FLOOR_PAGES)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    name = "Wagtail alone, same pages (floor)"
    print(
        f"{name:<34} {FLOOR_PAGES:>7,} {seconds:>8.1f} {1000 * seconds / FLOOR_PAGES:>7.1f} "
        f"{1000 * cpu / FLOOR_PAGES:>10.1f} {peak_rss_mib():>9.0f}"
    )
    return status


def main():
    return in_throwaway_database(run, parse_args())


if __name__ == "__main__":
    sys.exit(main())
