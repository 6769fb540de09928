"""Query counts and render times of every e-Booth page type, next to a floor view.

    make bench                                  # SQLite, in a temporary file
    make bench DATABASE_URL=postgres://postgres@127.0.0.1:5432/test

With ``DATABASE_URL`` the benchmark creates its own database on that server
(``icm_ebooth_bench``, or ``--database-name``), drops it afterwards and never touches the
database named in the URL. It builds a booth with 10 topics, 1,000 project examples, a
library of 200 items and 50 events in English and French (``benchmarks/content.py``), then
requests every page type in both languages, ``/__floor__/`` (a fixed 20 KB response
through the same settings and middleware) and a plain Wagtail page (the example site's
accessibility statement) in interleaved rounds, with every cache off.

It prints, per page: the number of queries, the median and 95th percentile render time, the
response size, and the median as a multiple of the floor's (against the targets below) and
of the plain page's. A page that does not answer 200 with its own content stops the run with
exit status 1.
"""

import argparse
import html
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "example_site")]

MAX_QUERIES = 15
# Median render time as a multiple of the plain Wagtail page's (below), measured in the same
# run: every page, and the finder over 1,000 examples unfiltered and with filters. A search
# over 1,000 examples is reported without a target (its exact counts grow with the matches;
# ``finder.py`` targets the search of a small booth).
MAX_PAGE_RATIO = 2.0
MAX_FINDER_RATIO = 3.0
DEFAULT_DATABASE_NAME = "icm_ebooth_bench"
# The reference beside the floor: the example site's accessibility statement, a plain Wagtail
# page (a title and some text) served through the same routing and site layout as a booth.
PLAIN_PAGE = "plain Wagtail page"


@dataclass
class Row:
    """One URL to measure, what it must contain, and what was measured."""

    name: str
    language: str
    url: str
    marker: str
    max_ratio: float | None = MAX_PAGE_RATIO
    max_queries: int | None = MAX_QUERIES
    failure: str = ""
    queries: int = 0
    size: int = 0
    times: list = field(default_factory=list)

    @property
    def median(self):
        return statistics.median(self.times)

    @property
    def p95(self):
        return statistics.quantiles(self.times, n=20, method="inclusive")[18]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--rounds", type=int, default=int(os.environ.get("ROUNDS", 30)), help="default 30"
    )
    parser.add_argument(
        "--other-pages",
        type=int,
        default=0,
        help="plain pages to add elsewhere on the site first (default 0)",
    )
    parser.add_argument(
        "--database-name",
        default=DEFAULT_DATABASE_NAME,
        help="the PostgreSQL database to create and drop (default %(default)s)",
    )
    return parser.parse_args()


@contextmanager
def throwaway_database(database_url, name, workdir):
    """The URL of an empty database: a SQLite file in ``workdir``, or ``name`` on the server."""
    if not database_url:
        yield f"sqlite:///{workdir / 'bench.sqlite3'}"
        return
    import psycopg
    from psycopg import sql

    parts = urlsplit(database_url)
    if parts.path.lstrip("/") == name:
        raise SystemExit(f"DATABASE_URL names {name}, the database this benchmark drops.")

    def drop():
        with psycopg.connect(database_url, autocommit=True) as server:
            server.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    drop()
    with psycopg.connect(database_url, autocommit=True) as server:
        server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        from django.db import connections

        connections.close_all()
        drop()


def in_throwaway_database(run, args):
    """``run(args)`` with Django set up on an empty database that is removed afterwards."""
    workdir = Path(tempfile.mkdtemp(prefix="icm-ebooth-bench-"))
    try:
        database_url = os.environ.get("DATABASE_URL", "").strip()
        with throwaway_database(database_url, args.database_name, workdir) as url:
            os.environ["ICM_EBOOTH_BENCH_DATABASE_URL"] = url
            os.environ["ICM_EBOOTH_BENCH_MEDIA_ROOT"] = str(workdir / "media")
            os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.settings"
            import django

            django.setup()
            return run(args)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main():
    return in_throwaway_database(run, parse_args())


def run(args):
    from django.core.management import call_command
    from django.db import connection

    from benchmarks import content

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    migrated = time.perf_counter()
    booth = content.build()
    if args.other_pages:
        content.add_other_pages(args.other_pages)
    built = time.perf_counter()

    import django
    import wagtail
    from wagtail.models import Page

    print(
        f"Python {platform.python_version()}, Django {django.get_version()}, "
        f"Wagtail {wagtail.__version__}, {os.cpu_count()} CPUs"
    )
    print(f"Database: {connection.vendor} {database_version(connection)}")
    print(
        "Content: {topics} topics, {projects} project examples, {resources} library items, "
        "{events} events, in English and French".format(**booth.counts)
        + f"; {Page.objects.count():,} pages on the site"
    )
    print(f"Setup: migrate {migrated - started:.1f} s, content {built - migrated:.1f} s")

    rows = page_rows(booth)
    failures = check(rows)
    measured = [row for row in rows if not row.failure]
    count_queries(measured)
    measure(measured, args.rounds)
    over = print_table(rows, args.rounds)
    if failures:
        print("\nPAGES THAT FAILED (exit status 1):", file=sys.stderr)
        for row in failures:
            print(f"  {row.name} [{row.language}] {row.url}: {row.failure}", file=sys.stderr)
        return 1
    return 1 if over else 0


def database_version(connection):
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
        else:
            cursor.execute("SELECT sqlite_version()")
        return cursor.fetchone()[0]


def page_rows(booth):
    """Every page type in English and French, after the floor."""
    from benchmarks.urls import FLOOR_MARKER

    plain = booth.plain_page
    rows = [
        Row("floor (20 KB view)", "", "/__floor__/", FLOOR_MARKER, None, None),
        Row(PLAIN_PAGE, "en", plain.url, html.escape(plain.title), None, None),
    ]
    for code in ("en", "fr"):
        library = booth.library[code]
        topic_ids = [
            str(page.pk)
            for item in library.resources
            for page in item.value.get("topics") or []
            if page is not None
        ]
        finder = {
            "region": "asia",
            "action": "KA171",
            "mobility": "staff_teaching",
            "sort": "title",
        }
        library_filter = {"type": "document", "language": "en", "topic": topic_ids[0]}
        event = booth.event[code]
        pages = [
            ("fair", booth.fair[code], "", MAX_PAGE_RATIO),
            ("booth", booth.booth[code], "", MAX_PAGE_RATIO),
            ("topic", booth.topic[code], "", MAX_PAGE_RATIO),
            ("finder, unfiltered", booth.project_index[code], "", MAX_FINDER_RATIO),
            ("finder, 4 filters", booth.project_index[code], finder, MAX_FINDER_RATIO),
            ("finder, search", booth.project_index[code], {"q": "engineering"}, None),
            ("project example", booth.project[code], "", MAX_PAGE_RATIO),
            ("library, unfiltered", library, "", MAX_PAGE_RATIO),
            ("library, 3 filters", library, library_filter, MAX_PAGE_RATIO),
            ("event index", booth.event_index[code], "", MAX_PAGE_RATIO),
            ("event (live)", event, "", MAX_PAGE_RATIO),
        ]
        for name, page, params, ratio in pages:
            url = page.url + (f"?{urlencode(params)}" if params else "")
            rows.append(Row(name, code, url, html.escape(page.title), ratio))
        rows.append(Row("event.ics", code, event.url + "event.ics", "BEGIN:VCALENDAR"))
        rows.append(
            Row("booth events.ics", code, booth.booth[code].url + "events.ics", "BEGIN:VCALENDAR")
        )
    return rows


def request(client, row):
    """The response to ``row``'s URL; a server error comes back as its exception."""
    return client.get(row.url)


def check(rows):
    """Request each URL once (which also makes the image renditions); return the failures."""
    from django.test import Client

    client = Client()
    shown = set()
    for row in rows:
        try:
            response = request(client, row)
        except Exception as error:  # noqa: BLE001 - every failure is reported, then exit 1
            row.failure = f"500 {error!r}"
            if repr(error) not in shown:
                shown.add(repr(error))
                traceback.print_exc()
            continue
        if response.status_code != 200:
            row.failure = str(response.status_code)
        elif row.marker not in response.content.decode("utf-8", "replace"):
            row.failure = f"200 but without {row.marker!r}"
        row.size = len(response.content)
    return [row for row in rows if row.failure]


def count_queries(rows):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    for row in rows:
        with CaptureQueriesContext(connection) as queries:
            request(client, row)
        row.queries = len(queries)


def measure(rows, rounds):
    """``rounds`` rounds; each requests every URL once, in a new order, so noise spreads evenly."""
    from django.test import Client

    client = Client()
    order = list(rows)
    shuffle = random.Random(1)
    for _round in range(rounds):
        shuffle.shuffle(order)
        for row in order:
            start = time.perf_counter()
            request(client, row)
            row.times.append((time.perf_counter() - start) * 1000)


def print_table(rows, rounds):
    floor = rows[0].median
    plain = next(row for row in rows if row.name == PLAIN_PAGE)
    plain_median = plain.median if not plain.failure else None
    print(
        f"\n{rounds} rounds; every cache off. Targets: ≤{MAX_QUERIES} queries; median "
        f"≤{MAX_PAGE_RATIO}× the {PLAIN_PAGE}'s for pages, ≤{MAX_FINDER_RATIO}× for the finder "
        "unfiltered and filtered (the finder's search is reported without a target).\n"
    )
    header = (
        f"{'page':<22} {'lang':<4} {'queries':>7} {'median ms':>9} {'p95 ms':>8} "
        f"{'size KB':>8} {'× floor':>8} {'× plain':>8}  {'target':<14} result"
    )
    print(header)
    print("-" * len(header))
    over = []
    for row in rows:
        if row.failure:
            print(f"{row.name:<22} {row.language:<4} FAILED: {row.failure[:70]}")
            over.append(row)
            continue
        ratio = row.median / floor
        to_plain = row.median / plain_median if plain_median and row.language else None
        as_plain = f"{to_plain:.1f}×" if to_plain is not None else "-"
        problems = []
        if row.max_queries is not None and row.queries > row.max_queries:
            problems.append("queries")
        if row.max_ratio is not None and (to_plain is None or to_plain > row.max_ratio):
            problems.append("time")
        if row.max_queries is None:
            target, result = "", ""
        else:
            limit = f", ≤{row.max_ratio}×" if row.max_ratio is not None else ""
            target = f"≤{row.max_queries} q{limit}"
            result = f"OVER ({', '.join(problems)})" if problems else "OK"
        if problems:
            over.append(row)
        print(
            f"{row.name:<22} {row.language or '-':<4} {row.queries:>7} {row.median:>9.2f} "
            f"{row.p95:>8.2f} {row.size / 1024:>8.1f} {ratio:>7.1f}× {as_plain:>8}  "
            f"{target:<14} {result}"
        )
    if plain_median:
        print(
            f"\nThe {PLAIN_PAGE} (the example site's accessibility statement: a title and "
            f"{plain.size / 1024:.1f} KB of text in the site's layout) takes "
            f"{plain_median / floor:.1f}× the floor in {plain.queries} queries."
        )
    print()
    # The floor and the plain page are references, without targets of their own.
    measured = len([row for row in rows if row.max_queries is not None])
    if over:
        print(f"{len(over)} of {measured} pages failed or are over a target (exit status 1).")
    else:
        print(f"All {measured} pages are within their targets.")
    return over


if __name__ == "__main__":
    sys.exit(main())
