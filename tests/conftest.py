import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import override_settings
from django.utils import translation
from wagtail.models import Locale, Page, Site

from demo_site.models import HomePage
from tests.factories import make_document, make_image


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
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(scope="module")
def demo_media_root(tmp_path_factory):
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(scope="module")
def loaded_demo(django_db_setup, django_db_blocker, demo_media_root):
    """The example site's demo, loaded once for a test module and rolled back after it."""
    from demo_site.demo_content import load_demo_content

    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=demo_media_root),
        transaction.atomic(),
    ):
        load_demo_content()
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
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Home", slug="tests-home", locale=locale_en))
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
