import pytest
from django.db import connection
from wagtail.models import Site

from icm_ebooth import checks


def ids(messages):
    return [message.id for message in messages]


def test_default_page_model_passes():
    assert checks.check_page_model(None) == []


def test_custom_base_page_model_is_reported_unsupported(settings):
    settings.WAGTAIL_PAGE_MODEL = "mysite.BasePage"
    messages = checks.check_page_model(None)
    assert ids(messages) == ["icm_ebooth.E001"]
    assert "mysite.BasePage" in messages[0].msg


def test_missing_wagtail_localize_is_an_error(monkeypatch):
    # Changing INSTALLED_APPS would rebuild the app registry; the check only asks this.
    monkeypatch.setattr(checks.apps, "is_installed", lambda name: name != "wagtail_localize")
    assert ids(checks.check_localize_installed(None)) == ["icm_ebooth.E002"]


def test_unknown_default_time_zone_is_an_error(settings):
    settings.ICM_EBOOTH_DEFAULT_TIME_ZONE = "Brussels time"
    messages = checks.check_settings(None)
    assert ids(messages) == ["icm_ebooth.E003"]
    assert "Brussels time" in messages[0].msg


@pytest.mark.parametrize("value", [-5, "15", True])
def test_bad_join_window_is_an_error(settings, value):
    settings.ICM_EBOOTH_JOIN_WINDOW_MINUTES = value
    assert ids(checks.check_settings(None)) == ["icm_ebooth.E004"]


def test_bad_page_size_is_an_error(settings):
    settings.ICM_EBOOTH_PAGE_SIZE = 0
    assert ids(checks.check_settings(None)) == ["icm_ebooth.E005"]


def test_missing_base_template_is_an_error(settings):
    settings.ICM_EBOOTH_BASE_TEMPLATE = "no/such/base.html"
    assert ids(checks.check_base_template(None)) == ["icm_ebooth.E006"]


def test_single_language_site_gets_a_warning_that_says_what_it_misses(settings):
    settings.WAGTAIL_I18N_ENABLED = False
    (warning,) = checks.check_i18n(None)
    assert warning.id == "icm_ebooth.W001"
    assert "one language" in warning.msg


def test_default_booth_sections_pass():
    assert checks.check_booth_sections(None) == []


def test_no_booth_sections_pass(settings):
    settings.ICM_EBOOTH_BOOTH_SECTIONS = []
    assert checks.check_booth_sections(None) == []


@pytest.mark.parametrize(
    ("sections", "problem"),
    [
        ("icm_ebooth.TopicPage", "not a list"),
        ([("icm_ebooth.TopicPage",)], "(page type, title) pair"),
        ([("icm_ebooth.NoSuchPage", "Topic")], "not an installed model"),
        ([("topic", "Topic")], "not an installed model"),
        ([("icm_ebooth.EventPage", "Event")], "does not accept this page type"),
        ([("icm_ebooth.TopicPage", "  ")], "non-empty string"),
        (
            [("icm_ebooth.ResourceLibraryPage", "A"), ("icm_ebooth.ResourceLibraryPage", "B")],
            "at most 1",
        ),
    ],
)
def test_bad_booth_sections_are_an_error_that_names_the_entry(settings, sections, problem):
    settings.ICM_EBOOTH_BOOTH_SECTIONS = sections
    messages = checks.check_booth_sections(None)
    assert ids(messages) == ["icm_ebooth.E009"]
    assert problem in messages[0].msg


def test_base_url_that_is_not_an_address_is_an_error(settings):
    settings.ICM_EBOOTH_BASE_URL = "booth.example.org"
    (error,) = checks.check_settings(None)
    assert error.id == "icm_ebooth.E010"
    assert "https://booth.example.org" in error.hint


def test_unknown_colour_scheme_is_an_error_that_names_the_choices(settings):
    settings.ICM_EBOOTH_COLOR_SCHEME = "night"
    (error,) = checks.check_settings(None)
    assert error.id == "icm_ebooth.E011"
    assert "'light', 'dark', 'auto'" in error.hint


def test_i18n_without_locale_middleware_is_reported_with_its_fix(settings):
    settings.WAGTAIL_I18N_ENABLED = True
    settings.MIDDLEWARE = [
        name for name in settings.MIDDLEWARE if name != "django.middleware.locale.LocaleMiddleware"
    ]
    (warning,) = checks.check_locale_middleware(None)
    assert warning.id == "icm_ebooth.W003"
    assert "'django.middleware.locale.LocaleMiddleware'" in warning.hint


def test_locale_middleware_is_found_in_the_settings(settings):
    settings.WAGTAIL_I18N_ENABLED = True
    assert checks.check_locale_middleware(None) == []


def test_i18n_without_i18n_patterns_is_reported_with_its_fix(settings):
    settings.WAGTAIL_I18N_ENABLED = True
    settings.ROOT_URLCONF = "wagtail.urls"  # Wagtail's own patterns, with no language prefix
    (warning,) = checks.check_i18n_patterns(None)
    assert warning.id == "icm_ebooth.W004"
    assert "i18n_patterns(" in warning.hint


def test_i18n_patterns_are_found_in_the_urlconf(settings):
    settings.WAGTAIL_I18N_ENABLED = True
    assert checks.check_i18n_patterns(None) == []


@pytest.mark.django_db
def test_localhost_default_site_in_production_is_reported_with_its_fix(settings, home):
    settings.DEBUG = False
    (warning,) = checks.check_default_site_hostname(None, databases=["default"])
    assert warning.id == "icm_ebooth.W005"
    assert "Settings → Sites" in warning.hint


@pytest.mark.django_db
def test_localhost_default_site_is_fine_in_development_or_once_named(settings, home):
    settings.DEBUG = True
    assert checks.check_default_site_hostname(None, databases=["default"]) == []
    settings.DEBUG = False
    Site.objects.update(hostname="booth.example.org")
    assert checks.check_default_site_hostname(None, databases=["default"]) == []


@pytest.mark.django_db
def test_site_check_tolerates_missing_tables(settings, home):
    # `migrate` runs the database checks before it has created Wagtail's tables. The rename
    # is undone with the test's transaction (both SQLite and PostgreSQL roll back DDL).
    settings.DEBUG = False
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE wagtailcore_site RENAME TO wagtailcore_site_elsewhere")
    assert checks.check_default_site_hostname(None, databases=["default"]) == []


def test_site_check_reads_no_database_unless_asked(settings):
    # No database access is allowed here: the check must not try one.
    settings.DEBUG = False
    assert checks.check_default_site_hostname(None) == []


def test_default_question_settings_pass():
    assert checks.check_questions(None) == []


@pytest.mark.parametrize(
    ("setting", "value", "error_id"),
    [
        ("ICM_EBOOTH_QUESTION_RATE_LIMIT", 5, "icm_ebooth.E020"),
        ("ICM_EBOOTH_QUESTION_RATE_LIMIT", (5, 0), "icm_ebooth.E020"),
        ("ICM_EBOOTH_QUESTION_RETENTION_DAYS", 0, "icm_ebooth.E021"),
        ("ICM_EBOOTH_QUESTION_MIN_SECONDS", 7200 * 24, "icm_ebooth.E022"),
        ("ICM_EBOOTH_CLIENT_IP_HEADER", "X-Forwarded-For", "icm_ebooth.E023"),
        ("ICM_EBOOTH_CLIENT_IP_PROXY_COUNT", 0, "icm_ebooth.E023"),
        ("ICM_EBOOTH_QUESTION_RATE_CACHE_ALIAS", "nowhere", "icm_ebooth.E024"),
    ],
)
def test_bad_question_settings_are_errors(settings, setting, value, error_id):
    setattr(settings, setting, value)
    assert [error.id for error in checks.check_questions(None)] == [error_id]


def test_a_question_form_that_expires_before_its_cached_page_is_an_error(settings):
    settings.ICM_EBOOTH_PAGE_CACHE = True
    settings.ICM_EBOOTH_PAGE_CACHE_TIMEOUT = 600
    settings.ICM_EBOOTH_QUESTION_MAX_AGE = 600
    (error,) = checks.check_questions(None)
    assert error.id == "icm_ebooth.E022"
    assert "already expired" in error.msg


def test_a_header_named_as_sent_gets_its_request_meta_name_as_a_hint(settings):
    settings.ICM_EBOOTH_CLIENT_IP_HEADER = "X-Forwarded-For"
    (error,) = checks.check_questions(None)
    assert "'HTTP_X_FORWARDED_FOR'" in error.hint
