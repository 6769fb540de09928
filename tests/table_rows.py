"""Every table's rows, read once and written back inside a transaction.

The example site's demo takes tens of seconds to load; the tests that read it load it once per
session, keep its rows here and write them back for each module, in the module's transaction.
"""

import io

from django.apps import apps
from django.core.management.color import no_style


class TableRows:
    """What a database holds, table by table, to put back later on the same connection."""

    def __init__(self, tables):
        self.tables = tables  # [(table, payload)], the payload depending on the database

    @classmethod
    def read(cls, connection):
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                return cls(_read_postgresql(cursor, connection))
            if connection.vendor == "sqlite":
                return cls(_read_sqlite(cursor))
        raise NotImplementedError(f"no table copy for {connection.vendor}")

    def write(self, connection):
        """Empty every table and fill it again (foreign keys are checked at commit, if ever)."""
        with connection.cursor() as cursor:
            for table, _ in self.tables:
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")
            if connection.vendor == "postgresql":
                _write_postgresql(cursor, connection, self.tables)
            else:
                _write_sqlite(cursor, self.tables)


def _read_postgresql(cursor, connection):
    tables = []
    for table in connection.introspection.table_names(cursor):
        buffer = io.BytesIO()
        with cursor.cursor.copy(f"COPY {connection.ops.quote_name(table)} TO STDOUT") as copy:
            for data in copy:
                buffer.write(data)
        tables.append((table, buffer.getvalue()))
    return tables


def _write_postgresql(cursor, connection, tables):
    for table, data in tables:
        if data:
            with cursor.cursor.copy(f"COPY {connection.ops.quote_name(table)} FROM STDIN") as copy:
                copy.write(data)
    # Sequences do not follow rows written with their keys.
    for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
        cursor.execute(statement)


def _read_sqlite(cursor):
    # Full-text (virtual) tables are left out: triggers on the search index entries fill them.
    cursor.execute(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'"
        " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    )
    tables = []
    for (table,) in cursor.fetchall():
        cursor.execute(f'SELECT name FROM pragma_table_info("{table}")')
        columns = [name for (name,) in cursor.fetchall()]
        # The unary plus reads each value as stored: Django's converters would turn dates and
        # times into objects that the driver cannot write back.
        selected = ", ".join(f'+"{column}"' for column in columns)
        cursor.execute(f'SELECT {selected} FROM "{table}"')
        tables.append((table, (columns, cursor.fetchall())))
    return tables


def _write_sqlite(cursor, tables):
    for table, (columns, rows) in tables:
        if rows:
            names = ", ".join(f'"{column}"' for column in columns)
            marks = ", ".join("?" * len(columns))
            cursor.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
