"""Queries and render times of the project finder over 10, 1,000 and 10,000 examples.

    make bench-finder                                  # SQLite, in a temporary file
    make bench-finder DATABASE_URL=postgres://postgres@127.0.0.1:5432/test

Builds one booth per size in a throwaway database (as ``pages.py`` does), then requests each
finder unfiltered, with four filters and with a search, in interleaved rounds with every
cache off, beside the floor view. Prints queries, median and 95th percentile render time,
the number of results and the ratio to the floor. The query count must not change with the
number of examples: the script exits with status 1 when it does, or when a page fails.
"""

import argparse
import os
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "example_site")]

from benchmarks.pages import (  # noqa: E402 - the path above makes the package importable
    DEFAULT_DATABASE_NAME,
    MAX_FINDER_RATIO,
    Row,
    check,
    count_queries,
    database_version,
    in_throwaway_database,
    measure,
)

SIZES = (10, 1_000, 10_000)
VIEWS = [
    ("unfiltered", {}),
    ("4 filters", {"region": "asia", "action": "KA171", "mobility": "staff_teaching",
                   "sort": "title"}),
    ("search", {"q": "engineering"}),
]  # fmt: skip


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--rounds", type=int, default=int(os.environ.get("ROUNDS", 15)), help="default 15"
    )
    parser.add_argument(
        "--sizes",
        default=",".join(map(str, SIZES)),
        help="comma-separated numbers of examples (default %(default)s)",
    )
    parser.add_argument("--database-name", default=DEFAULT_DATABASE_NAME)
    return parser.parse_args()


def build_finders(sizes):
    """One booth with a finder of ``size`` examples per size; {size: index page}."""
    from benchmarks.content import Builder, add_live_children
    from demo_site.demo_content.home import ensure_home_page, ensure_locales
    from icm_ebooth.models import BoothPage, ProjectExampleIndexPage

    ensure_locales()
    home = ensure_home_page()
    builder = Builder()
    finders = {}
    first = 0
    for size in sizes:
        booth = home.add_child(
            instance=BoothPage(title=f"Booth with {size} examples", slug=f"booth-{size}")
        )
        index = booth.add_child(
            instance=ProjectExampleIndexPage(title="Project examples", slug="project-examples")
        )
        add_live_children(index, [builder.project(n) for n in range(first, first + size)])
        first += size
        finders[size] = index
    return finders


def run(args):
    from django.core.management import call_command
    from django.db import connection

    from benchmarks.urls import FLOOR_MARKER

    sizes = [int(size) for size in args.sizes.split(",")]
    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    finders = build_finders(sizes)
    print(f"Database: {connection.vendor} {database_version(connection)}")
    print(f"Setup (migrate and {sum(sizes)} examples): {time.perf_counter() - started:.0f} s")

    rows = [Row("floor (20 KB view)", "", "/__floor__/", FLOOR_MARKER, None, None)]
    for size, index in finders.items():
        for name, params in VIEWS:
            url = index.url + (f"?{urlencode(params)}" if params else "")
            rows.append(Row(f"{size:,} examples, {name}", "en", url, 'id="project-results"'))
    failures = check(rows)
    measured = [row for row in rows if not row.failure]
    count_queries(measured)
    measure(measured, args.rounds)
    return report(rows, finders, args.rounds) or (1 if failures else 0)


def report(rows, finders, rounds):
    """Print the table; return 1 when the query count grows with the number of examples."""
    from django.test import Client

    client = Client()
    floor = rows[0].median
    print(f"\n{rounds} rounds; every cache off; target ≤{MAX_FINDER_RATIO}× the floor.\n")
    header = (
        f"{'view':<28} {'queries':>7} {'median ms':>9} {'p95 ms':>8} {'results':>8} {'× floor':>8}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        if row.failure:
            print(f"{row.name:<28} FAILED: {row.failure[:60]}")
            continue
        results = ""
        if row.language:
            html = client.get(row.url).content.decode()
            heading = html.split('id="project-results"', 1)[1].split(">", 1)[1]
            results = heading.split(" ", 1)[0]
        print(
            f"{row.name:<28} {row.queries:>7} {row.median:>9.2f} {row.p95:>8.2f} "
            f"{results:>8} {row.median / floor:>8.1f}"
        )
    grew = []
    for name, _params in VIEWS:
        counts = {row.queries for row in rows if row.name.endswith(name) and not row.failure}
        if len(counts) > 1:
            grew.append(name)
    if grew:
        print(f"\nQUERY COUNT GREW WITH THE NUMBER OF EXAMPLES: {', '.join(grew)}")
        return 1
    return 0


def main():
    return in_throwaway_database(run, parse_args())


if __name__ == "__main__":
    sys.exit(main())
