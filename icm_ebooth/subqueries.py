"""Filters on the values a subquery selects, written so that each database's planner reads
the subquery once and looks the rows up by their index.

PostgreSQL runs ``column IN (subquery)`` as a hashed subplan that it tests every row of the
table against; inside an ``OR`` it cannot use an index at all. ``column = ANY(ARRAY(subquery))``
runs the subquery once and looks the values up in the column's index; the values of several
subqueries go into one array (``ARRAY(a) || ARRAY(b)``), since an ``OR`` of two such tests
brings back the reading of every row. SQLite reads
``IN (subquery)`` well, but runs each subquery of an ``OR`` of them twice: there the
subqueries' rows are put together into one list (docs/production.md, "Queries and the
database's planner").
"""

from django.db import connection, models
from django.db.models import F, Func, Q, Subquery


class _ArrayOf(Subquery):
    template = "ARRAY(%(subquery)s)"


class _IsAnyOf(Func):
    # ``value = ANY(array)``
    template = "%(expressions)s)"
    arg_joiner = " = ANY("
    output_field = models.BooleanField()


class _ArraysJoined(Func):
    # ``(a || b)``: one array of the values of each.
    template = "(%(expressions)s)"
    arg_joiner = " || "


class _EitherOf(Func):
    # ``(SELECT * FROM (a) UNION ALL SELECT * FROM (b))``: each subquery is in parentheses.
    template = "(SELECT * FROM %(expressions)s)"
    arg_joiner = " UNION ALL SELECT * FROM "


def in_subquery(field_name, subquery):
    """Rows whose ``field_name`` is one of the values ``subquery`` selects (one column)."""
    if connection.vendor == "postgresql":
        return Q(_IsAnyOf(F(field_name), _ArrayOf(subquery)))
    return Q(**{f"{field_name}__in": subquery})


def in_any_of(field_name, *subqueries):
    """Rows whose ``field_name`` is one of the values any of the ``subqueries`` select."""
    if connection.vendor == "postgresql":
        # One array: an OR of one per subquery makes PostgreSQL read the whole table.
        arrays = _ArraysJoined(*(_ArrayOf(subquery) for subquery in subqueries))
        return Q(_IsAnyOf(F(field_name), arrays))
    either = _EitherOf(*(Subquery(subquery) for subquery in subqueries))
    return Q(**{f"{field_name}__in": either})
