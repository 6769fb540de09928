"""Statistics for SQLite's query planner, which plans a full-text search well only with them.

Without statistics SQLite answers a search by reading every search index entry of the
model and matching each one on its own: a finder search on a booth of ten examples then
costs a fifth of a second beside 2,000 other examples, and seconds beside 100,000. Once
``ANALYZE`` has counted the index entries it matches the words first, in about a
millisecond. PostgreSQL keeps its statistics itself (autovacuum); other databases need
nothing here.

Only the search index's table is analysed: statistics of the page table gathered while a
site is small lead SQLite to read the whole page table later (``docs/production.md``),
while the index entries' statistics only ever tell it that matching the words first is
cheaper, which stays true as the site grows.
"""

from django.db import connections

SEARCH_INDEX_TABLE = "wagtailsearch_indexentry"


def refresh_search_statistics(using="default"):
    """Count the search index's entries for SQLite's planner; do nothing elsewhere."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {connection.ops.quote_name(SEARCH_INDEX_TABLE)}")
