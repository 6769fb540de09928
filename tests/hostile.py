"""Search words that break full-text backends when handed over raw, shared by every search test.

Quotes, brackets, wildcards, operators and NUL bytes are query syntax (or invalid) for
SQLite's FTS5 or PostgreSQL; a length far beyond any real search tests the caps.
"""

HOSTILE_SEARCHES = [
    '"',
    "*",
    "AND OR NOT",
    "\x00",
    "(harbour",
    "harbour)",
    "harbour -",
    "^harbour",
    "harbour:",
    "'",
    "harbour " * 1_000,
]
