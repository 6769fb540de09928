"""The site ``finder.py`` measures, built once with bulk inserts and kept between runs.

One booth per size (10, 1,000, 10,000 examples), a booth of 10 beside ``site_examples``
others, and two samples of the same 30 examples: one added through Wagtail's page API
(``add_child``, which saves each page and indexes it for search as an editor's save does),
one through ``content.insert_live_children``, which writes the page rows, the examples' own
rows and the search index in bulk. ``check_equivalence()`` compares the two samples on every
run: their page rows, tree positions, search index entries, search results and the finder's
rendered filters and results must be the same, so the bulk-built site is the site the page
API would have built, only built in minutes instead of hours.

The built database is kept under a cache folder (SQLite: a copy of the file) or on the
server (PostgreSQL: a template database), named by a key over everything that shapes the
content (this module, ``content.py``, the migrations, the versions of Django, Wagtail and
the search backend, the sizes). A run with the same key copies it instead of building;
caches of other keys are removed when a new one is stored.
"""

import hashlib
import html
import os
import re
import shutil
import time
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE_PREFIX = "icm_ebooth_bench_cache_"
SAMPLE = 30
SAMPLE_BOOTHS = ("api-sample", "bulk-sample")
# Searches and filter combinations both samples must answer alike.
SAMPLE_SEARCHES = ["engineering", "water", "health", "computer science", "ke", "2019"]
SAMPLE_FILTERS = [
    {},
    {"region": "asia", "sort": "title"},
    {"action": "KA171", "mobility": "staff_teaching"},
    {"year": "2019", "good_practice": "1"},
    {"q": "engineering", "region": "latin_america"},
]
# Page columns that differ between two copies of the same content: ids, tree positions
# (compared relative to the index), timestamps and translation keys.
UNCOMPARED = {
    "id",
    "page_ptr_id",
    "path",
    "url_path",
    "translation_key",
    "first_published_at",
    "last_published_at",
    "latest_revision_created_at",
}


def default_cache_dir():
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(os.environ.get("ICM_EBOOTH_BENCH_CACHE", Path(base) / "icm_ebooth-benchmarks"))


def cache_key(sizes, site_examples, vendor):
    """A key that changes whenever the content built for these arguments would."""
    digest = hashlib.sha256()
    sources = [Path(__file__), ROOT / "benchmarks" / "content.py"]
    for folder in ("icm_ebooth/migrations", "example_site/demo_site/migrations"):
        sources += sorted((ROOT / folder).glob("*.py"))
    for source in sources:
        digest.update(source.name.encode() + source.read_bytes())
    for package in ("django", "wagtail", "modelsearch", "wagtail-localize", "django-treebeard"):
        digest.update(f"{package}={version(package)}".encode())
    digest.update(f"{sorted(sizes)}|{site_examples}|{vendor}".encode())
    return digest.hexdigest()[:16]


class SiteCache:
    """Restores and stores the built database under ``key``."""

    def __init__(self, key, cache_dir):
        from django.db import connection

        self.key = key
        self.vendor = connection.vendor
        self.settings = connection.settings_dict
        self.file = Path(cache_dir) / f"finder-{key}.sqlite3"
        self.template = f"{CACHE_PREFIX}{key}"

    def _server(self):
        import psycopg

        admin = os.environ["DATABASE_URL"].strip()
        return psycopg.connect(admin, autocommit=True)

    def _template_exists(self, server):
        row = server.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [self.template]
        ).fetchone()
        return row is not None

    def restore(self):
        """Replace the (empty, unopened) database with the cached one; False if none."""
        from django.db import connections
        from psycopg import sql

        connections.close_all()
        if self.vendor == "sqlite":
            if not self.file.exists():
                return False
            shutil.copyfile(self.file, self.settings["NAME"])
            return True
        with self._server() as server:
            if not self._template_exists(server):
                return False
            name = sql.Identifier(self.settings["NAME"])
            server.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
            server.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    name, sql.Identifier(self.template)
                )
            )
        return True

    def store(self):
        """Keep the database as built; remove the caches of other keys."""
        from django.db import connections
        from psycopg import sql

        connections.close_all()
        if self.vendor == "sqlite":
            self.file.parent.mkdir(parents=True, exist_ok=True)
            for stale in self.file.parent.glob("finder-*.sqlite3"):
                stale.unlink()
            partial = self.file.with_suffix(".partial")
            shutil.copyfile(self.settings["NAME"], partial)
            partial.rename(self.file)
            return f"{self.file} ({self.file.stat().st_size / 2**20:,.0f} MiB)"
        with self._server() as server:
            stale = server.execute(
                "SELECT datname FROM pg_database WHERE datname LIKE %s",
                [CACHE_PREFIX.replace("_", r"\_") + "%"],
            ).fetchall()
            for (name,) in stale:
                server.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )
            server.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(self.template), sql.Identifier(self.settings["NAME"])
                )
            )
        return f"template database {self.template}"


def add_finder(home, title, slug):
    from icm_ebooth.models import BoothPage, ProjectExampleIndexPage

    booth = home.add_child(instance=BoothPage(title=title, slug=slug))
    return booth.add_child(
        instance=ProjectExampleIndexPage(title="Project examples", slug="project-examples")
    )


def sample_pages():
    """The same ``SAMPLE`` examples at each call, unsaved."""
    from benchmarks.content import Builder

    builder = Builder()
    return [builder.project(n) for n in range(SAMPLE)]


def build(sizes, site_examples):
    """Build the site in the current (migrated, empty) database; return seconds per part."""
    from benchmarks.content import Builder, insert_live_children
    from demo_site.demo_content.home import ensure_home_page, ensure_locales
    from demo_site.demo_content.statement import build_accessibility_statement
    from icm_ebooth.planner import refresh_search_statistics

    timings = {}
    ensure_locales()
    home = ensure_home_page()
    build_accessibility_statement(home)
    # The two samples: the same examples, through the page API and in bulk.
    started = time.perf_counter()
    api_index = add_finder(home, "Booth built through the page API", SAMPLE_BOOTHS[0])
    for page in sample_pages():
        api_index.add_child(instance=page)
    bulk_index = add_finder(home, "Booth built with bulk inserts", SAMPLE_BOOTHS[1])
    insert_live_children(bulk_index, sample_pages())
    timings["samples"] = time.perf_counter() - started

    builder = Builder()
    first = 0
    started = time.perf_counter()
    for size in sizes:
        index = add_finder(home, f"Booth with {size} examples", f"booth-{size}")
        insert_live_children(index, [builder.project(n) for n in range(first, first + size)])
        first += size
    timings["sized booths"] = time.perf_counter() - started
    if site_examples:
        started = time.perf_counter()
        others = add_finder(home, "A large booth", "large-booth")
        for start in range(0, site_examples, 10_000):
            stop = min(site_examples, start + 10_000)
            insert_live_children(
                others, [builder.project(n) for n in range(first + start, first + stop)]
            )
        first += site_examples
        index = add_finder(home, "A small booth", "small-booth")
        insert_live_children(index, [builder.project(n) for n in range(first, first + 10)])
        timings[f"{site_examples:,} elsewhere"] = time.perf_counter() - started
    # What an import does at its end: SQLite plans searches well only with statistics.
    refresh_search_statistics()
    return timings


def finder_of(slug):
    from icm_ebooth.models import ProjectExampleIndexPage

    return ProjectExampleIndexPage.objects.get(url_path__endswith=f"/{slug}/project-examples/")


def plain_page():
    from demo_site.demo_content.statement import SLUG
    from demo_site.models import StandardPage

    return StandardPage.objects.get(slug=SLUG)


def finders(sizes, site_examples):
    """{row name: index page}, as ``build()`` made them."""
    found = {f"{size:,} examples": finder_of(f"booth-{size}") for size in sizes}
    if site_examples:
        found[f"10 beside {site_examples:,}"] = finder_of("small-booth")
    return found


def comparable(value):
    """``value`` as stored; a stream without its blocks' ids (new for every copy)."""
    from wagtail.blocks import StreamValue

    def without_ids(data):
        if isinstance(data, dict):
            return {key: without_ids(item) for key, item in data.items() if key != "id"}
        if isinstance(data, list):
            return [without_ids(item) for item in data]
        return data

    if isinstance(value, StreamValue):
        return without_ids(value.get_prep_value())
    return value


def _example_rows(index):
    from icm_ebooth.models import ProjectExamplePage

    fields = [
        field.attname
        for field in ProjectExamplePage._meta.concrete_fields
        if field.attname not in UNCOMPARED
    ]
    rows = []
    for page in ProjectExamplePage.objects.child_of(index).order_by("path"):
        row = {name: comparable(getattr(page, name)) for name in fields}
        row["path below the index"] = page.path[len(index.path) :]
        row["url below the index"] = page.url_path[len(index.url_path) :]
        row["depth below the index"] = page.depth - index.depth
        rows.append(row)
    return rows


def _index_entries(index):
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import TextField
    from django.db.models.functions import Cast
    from wagtail.search.models import IndexEntry

    from icm_ebooth.models import ProjectExamplePage

    slugs = dict(ProjectExamplePage.objects.child_of(index).values_list("pk", "slug"))
    entries = (
        IndexEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(ProjectExamplePage),
            object_id__in=[str(pk) for pk in slugs],
        )
        # PostgreSQL's columns are search vectors: compare their text.
        .annotate(
            compared_title=Cast("title", TextField()),
            compared_body=Cast("body", TextField()),
            compared_autocomplete=Cast("autocomplete", TextField()),
        )
        .values_list("object_id", "compared_title", "compared_body", "compared_autocomplete")
    )
    return sorted((slugs[int(pk)], *texts) for pk, *texts in entries)


def _searches(index):
    from icm_ebooth.models import ProjectExamplePage

    slugs = dict(ProjectExamplePage.objects.child_of(index).values_list("pk", "slug"))
    return {
        words: sorted(slugs[pk] for pk in index.search_examples(words, limit=len(slugs)))
        for words in SAMPLE_SEARCHES
    }


def _finder_views(index, slug):
    from urllib.parse import urlencode

    from django.test import Client

    client = Client()
    views = {}
    for params in SAMPLE_FILTERS:
        url = index.url + (f"?{urlencode(params)}" if params else "")
        response = client.get(url)
        content = response.content.decode()
        start = content.find('<div class="ebooth-finder">')
        end = content.find("</main>", start)
        section = content[start:end] if start >= 0 else content
        views[url.replace(slug, "SAMPLE")] = (
            response.status_code,
            re.sub(r"\s+", " ", html.unescape(section.replace(f"/{slug}/", "/SAMPLE/"))),
        )
    return views


def check_equivalence():
    """The differences between the two samples (an empty list when they are the same)."""
    api, bulk = (finder_of(slug) for slug in SAMPLE_BOOTHS)
    problems = []
    api_rows, bulk_rows = _example_rows(api), _example_rows(bulk)
    if len(api_rows) != SAMPLE or len(bulk_rows) != SAMPLE:
        problems.append(f"examples: {len(api_rows)} through the API, {len(bulk_rows)} in bulk")
    for api_row, bulk_row in zip(api_rows, bulk_rows, strict=False):
        for name, value in api_row.items():
            if bulk_row[name] != value:
                problems.append(f"{api_row['slug']}.{name}: {value!r} != {bulk_row[name]!r}")
    for name in ("numchild", "depth"):
        if getattr(api, name) != getattr(bulk, name):
            problems.append(f"index {name}: {getattr(api, name)} != {getattr(bulk, name)}")
    api_entries, bulk_entries = _index_entries(api), _index_entries(bulk)
    if api_entries != bulk_entries:
        problems.append(
            f"search index entries differ ({len(api_entries)} and {len(bulk_entries)}), e.g. "
            f"{next((a, b) for a, b in zip(api_entries + [None], bulk_entries + [None], strict=False) if a != b)}"  # noqa: E501
        )
    api_found, bulk_found = _searches(api), _searches(bulk)
    for words, found in api_found.items():
        if bulk_found[words] != found:
            problems.append(f"search {words!r}: {found} != {bulk_found[words]}")
    if not any(api_found.values()):
        problems.append("no sample search found anything")
    api_views = _finder_views(api, SAMPLE_BOOTHS[0])
    bulk_views = _finder_views(bulk, SAMPLE_BOOTHS[1])
    for url, view in api_views.items():
        if view[0] != 200 or bulk_views.get(url) != view:
            problems.append(f"finder {url}: the rendered filters and results differ")
    return problems


def prepare(sizes, site_examples, cache_dir, rebuild=False):
    """Migrate and restore or build the site; print what was done. Returns build seconds."""
    from django.core.management import call_command
    from django.db import connection

    key = cache_key(sizes, site_examples, connection.vendor)
    cache = SiteCache(key, cache_dir)
    started = time.perf_counter()
    restored = not rebuild and cache.restore()
    call_command("migrate", verbosity=0, interactive=False)
    if restored:
        where = cache.file if connection.vendor == "sqlite" else cache.template
        print(f"Site restored from the cache ({where}) in {time.perf_counter() - started:.0f} s")
        return None
    timings = build(sizes, site_examples)
    built = time.perf_counter() - started
    parts = ", ".join(f"{name} {seconds:.0f} s" for name, seconds in timings.items())
    print(f"Site built in {built:.0f} s ({parts})")
    stored_at = time.perf_counter()
    where = cache.store()
    print(f"Kept for the next run as {where} ({time.perf_counter() - stored_at:.0f} s)")
    return built
