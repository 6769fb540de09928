"""Queries and render times of the project finder over 10, 1,000 and 10,000 examples.

    make bench-finder                                  # SQLite, in a temporary file
    make bench-finder DATABASE_URL=postgres://postgres@127.0.0.1:5432/test
    make bench-finder BENCH_ARGS="--sizes 10,1000 --site-examples 0 --rounds 5"

Builds one booth per size in a throwaway database (as ``pages.py`` does), then a booth of
10 examples on a site that holds ``--site-examples`` others (100,000 by default, in a booth
of their own, written with bulk inserts). It requests each finder unfiltered, with four
filters and with a search, in interleaved rounds with every cache off, beside the floor view
and a plain Wagtail page (the example site's accessibility statement). Each finder's facts
are stored on its first visit; the "first visit" rows throw them away before every request,
to show what the visit after an edit costs.

Prints queries, median and 95th percentile render time, results, the ratios to the floor
and to the plain page, and the targets beside them:

- the finder over 10,000 examples, unfiltered and with 4 filters: at most 3× the plain
  page, and at most 1.5× its time over 1,000 examples;
- the search on the 10-example booth: at most 3× the plain page, whatever the site holds;
- the same number of queries for every size.

Exits with status 1 when a page fails or a target is missed. The broad search over 10,000
examples and the first visits are reported without a target.
"""

import argparse
import os
import sys
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "example_site")]

from benchmarks.large_site import default_cache_dir  # noqa: E402
from benchmarks.pages import (  # noqa: E402 - the path above makes the package importable
    DEFAULT_DATABASE_NAME,
    PLAIN_PAGE,
    Row,
    check,
    count_queries,
    database_version,
    in_throwaway_database,
    measure,
)

SIZES = (10, 1_000, 10_000)
SITE_EXAMPLES = 100_000
# Targets, as multiples of the plain page's median render time.
MAX_FINDER_TO_PLAIN = 3.0
MAX_GROWTH = 1.5  # from 1,000 to 10,000 examples
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
    parser.add_argument(
        "--site-examples",
        type=int,
        default=SITE_EXAMPLES,
        help="examples elsewhere on the site beside a 10-example booth (default %(default)s; "
        "0 leaves that booth out)",
    )
    parser.add_argument("--database-name", default=DEFAULT_DATABASE_NAME)
    parser.add_argument(
        "--cache-dir",
        default=str(default_cache_dir()),
        help="where the built SQLite database is kept between runs (default %(default)s; "
        "PostgreSQL keeps a template database on its server)",
    )
    parser.add_argument(
        "--rebuild", action="store_true", help="build the site again even if it is cached"
    )
    return parser.parse_args()


def forgetting(index, request_page):
    """A request function that throws the finder's stored facts away first."""
    from icm_ebooth.models.finder_facts import forget_finder_facts

    def request(client, row):
        forget_finder_facts([index.path])
        return request_page(client, row)

    return request


def run(args):
    import html

    from django.db import connection
    from wagtail.models import Page

    from benchmarks import large_site, pages
    from benchmarks.urls import FLOOR_MARKER

    sizes = [int(size) for size in args.sizes.split(",")]
    print(f"Database: {connection.vendor} {database_version(connection)}")
    large_site.prepare(sizes, args.site_examples, args.cache_dir, rebuild=args.rebuild)
    problems = large_site.check_equivalence()
    if problems:
        print("THE BULK-BUILT SAMPLE DIFFERS FROM THE ONE BUILT THROUGH THE PAGE API:")
        for problem in problems[:20]:
            print(f"  {problem}")
        return 1
    print(
        f"Equivalence: {large_site.SAMPLE} examples built in bulk match the same built "
        "through the page API (page rows, tree, search index entries, "
        f"{len(large_site.SAMPLE_SEARCHES)} searches, {len(large_site.SAMPLE_FILTERS)} "
        "finder views)"
    )
    print(f"Pages on the site: {Page.objects.count():,}")
    finders = large_site.finders(sizes, args.site_examples)
    plain = large_site.plain_page()

    rows = [
        Row("floor (20 KB view)", "", "/__floor__/", FLOOR_MARKER, None, None),
        Row(PLAIN_PAGE, "", plain.url, html.escape(plain.title), None, None),
    ]
    first_visits = {}
    real_request = pages.request
    for name, index in finders.items():
        views = VIEWS if not name.startswith("10 beside") else [VIEWS[0], VIEWS[2]]
        for view, params in views:
            url = index.url + (f"?{urlencode(params)}" if params else "")
            rows.append(Row(f"{name}, {view}", "en", url, 'id="project-results"'))
        if name == f"{max(sizes):,} examples":
            row = Row(f"{name}, first visit", "en", index.url, 'id="project-results"')
            first_visits[row.name] = forgetting(index, real_request)
            rows.append(row)

    def request(client, row):
        return first_visits.get(row.name, real_request)(client, row)

    pages.request = request
    try:
        failures = check(rows)
        measured = [row for row in rows if not row.failure]
        count_queries(measured)
        measure(measured, args.rounds)
    finally:
        pages.request = real_request
    missed = report(rows, sizes, args.rounds)
    return 1 if failures or missed else 0


def targets(rows, sizes):
    """{row name: (target text, met)} for the rows that have a target."""
    by_name = {row.name: row for row in rows if not row.failure}
    plain = by_name[PLAIN_PAGE].median
    found = {}
    largest = f"{max(sizes):,} examples"
    for view in ("unfiltered", "4 filters"):
        row = by_name.get(f"{largest}, {view}")
        if row is not None and max(sizes) >= 10_000:
            found[row.name] = [(f"≤{MAX_FINDER_TO_PLAIN}× plain", row.median / plain)]
            smaller = by_name.get(f"1,000 examples, {view}")
            if smaller is not None:
                found[row.name].append(
                    (f"≤{MAX_GROWTH}× 1,000", row.median / smaller.median, MAX_GROWTH)
                )
    for name, row in by_name.items():
        if name.startswith("10 beside") and name.endswith("search"):
            found[name] = [(f"≤{MAX_FINDER_TO_PLAIN}× plain", row.median / plain)]
    results = {}
    for name, checks in found.items():
        texts, met = [], True
        for target in checks:
            text, value = target[0], target[1]
            limit = target[2] if len(target) > 2 else MAX_FINDER_TO_PLAIN
            texts.append(f"{text} ({value:.2f})")
            met = met and value <= limit
        results[name] = ("; ".join(texts), met)
    return results


def report(rows, sizes, rounds):
    """Print the table; return whether a target was missed or the query count grew."""
    from django.test import Client

    client = Client()
    floor = rows[0].median
    plain = rows[1].median
    checks = targets(rows, sizes)
    print(f"\n{rounds} rounds; every cache off.\n")
    header = (
        f"{'view':<34} {'queries':>7} {'median ms':>9} {'p95 ms':>8} {'results':>8} "
        f"{'× floor':>8} {'× plain':>8}  target (measured) result"
    )
    print(header)
    print("-" * len(header))
    missed = False
    for row in rows:
        if row.failure:
            print(f"{row.name:<34} FAILED: {row.failure[:60]}")
            missed = True
            continue
        results = ""
        if row.language:
            page = client.get(row.url).content.decode()
            heading = page.split('id="project-results"', 1)[1].split(">", 1)[1]
            results = heading.split(" ", 1)[0]
        target, met = checks.get(row.name, ("", True))
        missed = missed or not met
        verdict = ("OK" if met else "MISSED") if target else ""
        print(
            f"{row.name:<34} {row.queries:>7} {row.median:>9.2f} {row.p95:>8.2f} "
            f"{results:>8} {row.median / floor:>8.1f} {row.median / plain:>8.2f}  "
            f"{target} {verdict}"
        )
    grew = []
    for view, _params in VIEWS:
        counts = {
            row.queries for row in rows if row.name.endswith(f", {view}") and not row.failure
        }
        if len(counts) > 1:
            grew.append(view)
    if grew:
        print(f"\nQUERY COUNT GREW WITH THE NUMBER OF EXAMPLES: {', '.join(grew)}")
    print(
        "\nTargets: unfiltered and 4 filters over 10,000 examples ≤3× the plain page and "
        "≤1.5× their time over 1,000; search on the small booth ≤3× the plain page."
    )
    print("Some target was missed (exit status 1)." if missed or grew else "Every target met.")
    return missed or bool(grew)


def main():
    return in_throwaway_database(run, parse_args())


if __name__ == "__main__":
    sys.exit(main())
