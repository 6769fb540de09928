"""Finder requests the page cache cannot answer, for ``load.sh``: every one a new combination.

    python -m benchmarks.misses prepare OUTPUT_DIR     # add the large booths, write the URLs
    python -m benchmarks.misses run BASE_URL FILE      # request each URL of FILE once

``prepare`` adds two booths beside the demo's, of 1,000 and 10,000 project examples
(written in bulk, as ``finder.py`` does), stores each finder's facts (what its first visit
would do) and writes, for the demo's English finder and for each of the two,
``misses-NAME.txt``: ``COMBINATIONS`` distinct combinations of the facet filters its
examples have (each drawn from one example, so none is empty: region, partner country,
mobility type, key action, call year, good practice, one to four of them, in either order),
one ``path<TAB>marker`` line each, whose marker is the results heading the finder must show
("37 project examples"), worked out from the stored facts.

``run`` requests each URL once, ``CONNECTIONS`` at a time (wrk runs for a duration, and a
second request of a combination would come from the cache), and prints one ``RESULT`` line
in the form of ``mix.lua``'s: requests, requests per second, median and 99th percentile
latency, good and bad responses, server and socket errors, and cache hits (there should be
none).
"""

import http.client
import os
import random
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode, urlsplit

COMBINATIONS = 200
SIZES = (1_000, 10_000)
FACETS = ("region", "country", "mobility", "action", "year", "good_practice")
FIRST_EXAMPLE = 1_000_000  # numbers the demo's own examples do not use


def add_booths(home):
    """The booths of ``SIZES`` examples under ``home``; {name: index}."""
    from benchmarks.content import Builder, insert_live_children
    from icm_ebooth.models import BoothPage, ProjectExampleIndexPage

    builder = Builder()
    first = FIRST_EXAMPLE
    indexes = {}
    for size in SIZES:
        booth = home.add_child(
            instance=BoothPage(title=f"Booth with {size:,} examples", slug=f"load-{size}")
        )
        index = booth.add_child(
            instance=ProjectExampleIndexPage(title="Project examples", slug="project-examples")
        )
        insert_live_children(index, [builder.project(n) for n in range(first, first + size)])
        first += size
        indexes[f"{size}"] = index
    return indexes


def combinations(index, count, seed=20):
    """Up to ``count`` distinct query strings, each the facets of one example or some of them."""
    from icm_ebooth.models import ProjectExamplePage
    from icm_ebooth.models.projects import MOBILITY_TYPE_FIELDS

    examples = list(ProjectExamplePage.objects.child_of(index).live())
    rnd = random.Random(seed)
    mobility = [name for name, _label in MOBILITY_TYPE_FIELDS]
    found = {}
    attempts = 0
    while len(found) < count and attempts < count * 50:
        attempts += 1
        example = rnd.choice(examples)
        countries = [str(code) for code in example.partner_countries]
        options = {
            "region": [key for key in example.partner_regions.split(",") if key],
            "country": countries,
            "mobility": [name for name in mobility if getattr(example, name)],
            "action": [example.key_action] if example.key_action else [],
            "year": [str(example.call_year)],
            "good_practice": ["1"] if example.is_good_practice else [],
        }
        facets = [facet for facet in FACETS if options[facet]]
        chosen = rnd.sample(facets, rnd.randint(1, min(4, len(facets))))
        params = {facet: rnd.choice(options[facet]) for facet in FACETS if facet in chosen}
        if rnd.random() < 0.5:
            params["sort"] = "title"
        query = urlencode(params)
        found.setdefault(query, params)
    return list(found.items())


def expected_count(index, facts, params):
    """The number of results the finder shows for ``params``, from its stored facts."""
    from django.http import QueryDict

    from icm_ebooth.models.finder_facts import visible_mask
    from icm_ebooth.models.projects import MOBILITY_TYPE_FIELDS, ProjectExamplePage
    from icm_ebooth.project_finder import ProjectFinder
    from icm_ebooth.tree import children_q

    examples = ProjectExamplePage.objects.filter(children_q(index))
    visible = visible_mask(index, facts, examples)
    finder = ProjectFinder(
        QueryDict(urlencode(params)), facts, MOBILITY_TYPE_FIELDS, visible=visible
    )
    return finder.page(1, 10).paginator.count


def prepare(output):
    import django

    django.setup()
    from django.utils import translation

    from demo_site.demo_content.home import ensure_home_page
    from icm_ebooth.models import ProjectExampleIndexPage, ProjectExamplePage
    from icm_ebooth.models.finder_facts import finder_facts
    from icm_ebooth.models.projects import MOBILITY_TYPE_FIELDS
    from icm_ebooth.planner import refresh_search_statistics
    from icm_ebooth.tree import children_q

    home = ensure_home_page()
    demo = (
        ProjectExampleIndexPage.objects.live().filter(locale=home.locale).order_by("path").first()
    )
    started = time.perf_counter()
    indexes = {"demo": demo, **add_booths(home)}
    # What an import does at its end: without statistics, SQLite answers a search on the
    # demo's finder by reading every index entry of the model (seconds beside 11,000).
    refresh_search_statistics()
    built = time.perf_counter() - started
    output = Path(output)
    mobility_fields = [name for name, _label in MOBILITY_TYPE_FIELDS]
    with translation.override(home.locale.language_code):
        for name, index in indexes.items():
            examples = ProjectExamplePage.objects.filter(children_q(index))
            facts = finder_facts(index, examples, mobility_fields)
            lines = []
            for query, params in combinations(index, COMBINATIONS):
                count = expected_count(index, facts, params)
                noun = "project example" if count == 1 else "project examples"
                lines.append(f"{index.url}?{query}\t>{count} {noun}<")
            (output / f"misses-{name}.txt").write_text("\n".join(lines) + "\n")
            print(f"  {name}: {len(facts):,} examples, {len(lines)} combinations, {index.url}")
    print(f"  the booths of {' and '.join(f'{size:,}' for size in SIZES)} examples: {built:.0f} s")


def run(base, path, connections):
    """Request each URL of ``path`` once; print the RESULT line."""
    lines = [line.split("\t") for line in Path(path).read_text().splitlines() if line]
    parts = urlsplit(base)
    local = threading.local()

    def fetch(line):
        url, marker = line
        if not hasattr(local, "connection"):
            local.connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        started = time.perf_counter()
        try:
            local.connection.request("GET", url, headers={"X-Forwarded-Proto": "https"})
            response = local.connection.getresponse()
            body = response.read().decode("utf-8", "replace")
        except (OSError, http.client.HTTPException) as error:
            local.connection.close()
            del local.connection
            return time.perf_counter() - started, None, False, False, f"{error!r} {url}"
        elapsed = time.perf_counter() - started
        good = response.status == 200 and marker in body
        hit = response.getheader("X-Ebooth-Cache") == "hit"
        return elapsed, response.status, good, hit, "" if good else f"{response.status} {url}"

    started = time.perf_counter()
    with ThreadPoolExecutor(connections) as pool:
        results = list(pool.map(fetch, lines))
    duration = time.perf_counter() - started
    latencies = sorted(result[0] * 1000 for result in results)
    statuses = [result[1] for result in results]
    good = sum(result[2] for result in results)
    print(
        f"RESULT requests={len(results)} rps={len(results) / duration:.1f} "
        f"p50_ms={statistics.median(latencies):.2f} "
        f"p99_ms={statistics.quantiles(latencies, n=100, method='inclusive')[98]:.2f} "
        f"good={good} bad={len(results) - good} "
        f"non2xx={sum(1 for s in statuses if s is not None and not 200 <= s < 300)} "
        f"5xx={sum(1 for s in statuses if s is not None and s >= 500)} "
        f"socket_errors={statuses.count(None)} cache_hits={sum(r[3] for r in results)}"
    )
    for problem in [result[4] for result in results if result[4]][:5]:
        print(f"BAD {problem}")


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "prepare" and len(sys.argv) == 3:
        prepare(sys.argv[2])
    elif command == "run" and len(sys.argv) == 4:
        run(sys.argv[2], sys.argv[3], int(os.environ.get("CONNECTIONS", 4)))
    else:
        raise SystemExit(__doc__.split("\n\n")[1])
