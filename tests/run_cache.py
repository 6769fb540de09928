"""Work done once per test run and handed to every pytest-xdist worker.

Each worker has a test database of its own. Without this, each runs every migration (some
twenty seconds of CPU) and loads the demo (some forty); with it, the first worker to get there
does the work and keeps a copy (a file; on PostgreSQL, a template database for the migrated
one) that the others read instead. A run without pytest-xdist does the work itself, as before.
"""

import contextlib
import fcntl
import os
import pickle
import shutil
import sqlite3
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from pytest_django.plugin import blocking_manager_key

TEMPLATE_FILE = "migrated-template"


FOLDER_VARIABLE = "ICM_EBOOTH_TEST_RUN_CACHE"


def start(config):
    """In the process that starts the run: the folder its workers share (they inherit it)."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        os.environ[FOLDER_VARIABLE] = tempfile.mkdtemp(prefix="icm-ebooth-test-run-")


def finish(config):
    """In the process that started the run, after its workers: nothing kept left behind."""
    if os.environ.get("PYTEST_XDIST_WORKER") or not os.environ.get(FOLDER_VARIABLE):
        return
    folder = Path(os.environ.pop(FOLDER_VARIABLE))
    with config.stash[blocking_manager_key].unblock():
        drop_template(connections[DEFAULT_DB_ALIAS], folder)
    shutil.rmtree(folder, ignore_errors=True)


def shared_folder():
    """The run's folder if this process is one of several workers, else None."""
    if os.environ.get("PYTEST_XDIST_WORKER") and os.environ.get(FOLDER_VARIABLE):
        return Path(os.environ[FOLDER_VARIABLE])
    return None


@contextlib.contextmanager
def locked(path):
    """One process at a time, across the run's workers."""
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def built_once(path, build):
    """What ``build()`` returns, built by the run's first worker to ask, read by the others."""
    with locked(path.with_suffix(".lock")):
        if path.exists():
            return pickle.loads(path.read_bytes())
        value = build()
        path.write_bytes(pickle.dumps(value))
        return value


def template_database_name(connection):
    return f"{connection.creation._get_test_db_name()}_migrated"


def drop_template(connection, folder):
    """After the run, the template database the workers copied (PostgreSQL only)."""
    kept = folder / TEMPLATE_FILE
    if connection.vendor != "postgresql" or not kept.exists():
        return
    with connection.creation._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {connection.ops.quote_name(kept.read_text())}")


@contextlib.contextmanager
def migrated_once(connection, folder):
    """While active, creating the test database copies the run's first migrated one."""
    creation = connection.creation
    create_test_db = creation.create_test_db
    vendor = connection.vendor
    if vendor == "sqlite" and not connection.is_in_memory_db():
        vendor = None  # a file database per worker is not what the suite uses

    def create_or_copy(*args, **kwargs):
        kept = folder / TEMPLATE_FILE
        with locked(folder / "migrated.lock"):
            if kept.exists():
                return copy_migrated(connection, kept.read_text())
            name = create_test_db(*args, **kwargs)
            kept.write_text(keep_migrated(connection, folder))
            return name

    if vendor in ("sqlite", "postgresql"):
        creation.create_test_db = create_or_copy
    try:
        yield
    finally:
        creation.__dict__.pop("create_test_db", None)


def keep_migrated(connection, folder):
    """Keep a copy of the freshly migrated test database; return where it is."""
    if connection.vendor == "sqlite":
        path = str(folder / "migrated.sqlite3")
        target = sqlite3.connect(path)
        with target:
            connection.connection.backup(target)
        target.close()
        return path
    # A database with a session open cannot be a template: the worker's own closes first.
    connection.close()
    template = template_database_name(connection)
    with connection.creation._nodb_cursor() as cursor:
        quote = connection.ops.quote_name
        cursor.execute(f"DROP DATABASE IF EXISTS {quote(template)}")
        cursor.execute(
            f"CREATE DATABASE {quote(template)} WITH TEMPLATE "
            f"{quote(connection.settings_dict['NAME'])}"
        )
    return template


def copy_migrated(connection, kept):
    """What ``create_test_db`` leaves behind, from the copy instead of the migrations."""
    creation = connection.creation
    name = creation._get_test_db_name()
    if connection.vendor == "postgresql":
        quote = connection.ops.quote_name
        with creation._nodb_cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {quote(name)}")
            cursor.execute(f"CREATE DATABASE {quote(name)} WITH TEMPLATE {quote(kept)}")
    connection.close()
    settings.DATABASES[connection.alias]["NAME"] = name
    connection.settings_dict["NAME"] = name
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        source = sqlite3.connect(kept)
        source.backup(connection.connection)
        source.close()
    return name
