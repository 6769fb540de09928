import json
import shutil

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction
from django.test import override_settings
from django.utils import translation
from wagtail.models import Locale, Page, Site

from demo_site.models import HomePage
from tests import run_cache
from tests.factories import make_document, make_image
from tests.table_rows import TableRows


def pytest_addoption(parser):
    parser.addoption(
        "--database-only",
        action="store_true",
        help="run only the tests that use the database (for the passes on another database "
        "or other media models: a test that cannot reach the database cannot behave "
        "differently there)",
    )


def pytest_configure(config):
    run_cache.start(config)


def pytest_unconfigure(config):
    run_cache.finish(config)


def uses_database(item):
    """Whether pytest-django lets the test reach the database (it refuses any other test)."""
    fixtures = set(getattr(item, "fixturenames", ()))
    return bool(
        item.get_closest_marker("django_db")
        or {"db", "transactional_db", "live_server"} & fixtures
    )


@pytest.hookimpl(trylast=True)  # after pytest-django has put the database tests first
def pytest_collection_modifyitems(config, items):
    if config.getoption("--database-only"):
        config.hook.pytest_deselected(items=[item for item in items if not uses_database(item)])
        items[:] = [item for item in items if uses_database(item)]
    # The fresh-site test takes minutes on its own: first, so that with pytest-xdist
    # (--no-loadscope-reorder) the other worker runs the rest meanwhile instead of waiting.
    items.sort(key=lambda item: item.get_closest_marker("fresh_site") is None)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings):
    """With pytest-xdist, a worker's test database is a copy of the first one migrated."""
    folder = run_cache.shared_folder()
    if folder is None:
        yield
        return
    with run_cache.migrated_once(connections[DEFAULT_DB_ALIAS], folder):
        yield


# What the migrations left in the test database, put back after each test that commits.
MIGRATED = {}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        rows = json.loads(connection.creation.serialize_db_to_string())
    # Content types first: a row saved before them could make one under another key.
    rows.sort(key=lambda row: row["model"] != "contenttypes.contenttype")
    MIGRATED["rows"] = json.dumps(rows)
    MIGRATED["blocker"] = django_db_blocker


def commits(item):
    marker = item.get_closest_marker("django_db")
    transactional = bool(marker and marker.kwargs.get("transaction"))
    return transactional or {"transactional_db", "live_server"} & set(item.fixturenames)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a test that commits, the database as the migrations left it, not empty.

    Such a test ends by emptying every table, the rows the migrations made (Wagtail's root
    page and collection, locales, groups) included; the tests after it, in whatever order
    pytest-xdist hands them out, expect those rows.
    """
    result = yield
    # After the session's last test the test database is already gone.
    if nextitem is not None and "rows" in MIGRATED and commits(item):
        with MIGRATED["blocker"].unblock():
            # The flush re-made content types and permissions under new keys: those go too.
            call_command(
                "flush",
                interactive=False,
                inhibit_post_migrate=True,
                reset_sequences=False,
                verbosity=0,
            )
            ContentType.objects.clear_cache()
            connection.creation.deserialize_db_from_string(MIGRATED["rows"])
    return result


@pytest.fixture(autouse=True)
def empty_cache():
    """Wagtail caches site root paths; a test's sites must not leak into the next test."""
    cache.clear()


@pytest.fixture(autouse=True)
def empty_metrics_buffer():
    """Counts a test buffers in the process's memory must not reach the next test's flush."""
    from icm_ebooth.metrics import buffer

    yield
    buffer.reset_memory()


@pytest.fixture(autouse=True)
def english_interface():
    """Each test starts in English and leaves no other language switched on behind it."""
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def media_root(request, settings, tmp_path):
    if "module_media_root" in request.fixturenames:
        # The files of the pages the module built once (see ``module_home``).
        settings.MEDIA_ROOT = request.getfixturevalue("module_media_root")
    else:
        settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(scope="session")
def demo_snapshot(django_db_setup, django_db_blocker, tmp_path_factory):
    """The example site's demo, loaded once for the run: its rows and its media files.

    With pytest-xdist, the first worker to need it loads it and the others read its copy.
    """
    from demo_site.demo_content import load_demo_content

    def load(media_root):
        with (
            django_db_blocker.unblock(),
            override_settings(MEDIA_ROOT=media_root),
            transaction.atomic(),
        ):
            load_demo_content()
            rows = TableRows.read(connection)
            transaction.set_rollback(True)
        return rows

    folder = run_cache.shared_folder()
    if folder is None:
        media_root = tmp_path_factory.mktemp("demo-media-loaded")
        return load(media_root), media_root
    media_root = folder / "demo-media"
    return run_cache.built_once(folder / "demo-rows", lambda: load(media_root)), media_root


@pytest.fixture(scope="module")
def demo_media_root(demo_snapshot, tmp_path_factory):
    """A module's own copy of the demo's files, so that no module sees another's changes."""
    media_root = tmp_path_factory.mktemp("demo-media")
    shutil.copytree(demo_snapshot[1], media_root, dirs_exist_ok=True)
    return media_root


@pytest.fixture(scope="module")
def loaded_demo(demo_snapshot, django_db_blocker, demo_media_root):
    """The example site's demo for a test module, rolled back after it."""
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=demo_media_root),
        transaction.atomic(),
    ):
        demo_snapshot[0].write(connection)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def locale_en(db):
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def locale_fr(db):
    return Locale.objects.get_or_create(language_code="fr")[0]


@pytest.fixture
def locale_de(db):
    return Locale.objects.get_or_create(language_code="de")[0]


@pytest.fixture
def home(locale_en):
    """A published home page that is the root of the default site."""
    return make_home(locale_en)


@pytest.fixture(scope="module")
def module_media_root(tmp_path_factory):
    """Where a module's module-scoped fixtures store files; its tests see them there."""
    return tmp_path_factory.mktemp("module-media")


@pytest.fixture(scope="module")
def module_home(django_db_setup, django_db_blocker, module_media_root):
    """``home`` made once for a module, in a transaction rolled back after the module.

    For a module whose module-scoped fixtures build pages on it once instead of for each test
    (each test runs in a savepoint of its own, so what a test changes is undone after it).
    Its tests take their objects through ``fresh``.
    """
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=module_media_root),
        transaction.atomic(),
    ):
        yield make_home(Locale.objects.get_or_create(language_code="en")[0])
        transaction.set_rollback(True)


def make_home(locale):
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Home", slug="tests-home", locale=locale))
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Tests"
    )
    return home


@pytest.fixture
def image(db):
    return make_image("Campus")


@pytest.fixture
def document(db):
    return make_document("Guide", "guide.pdf", size=1_200_000)


@pytest.fixture
def home_fr(home, locale_fr):
    """The home page's French version (an alias, as locale synchronisation makes it)."""
    return home.copy_for_translation(locale_fr, alias=True)
