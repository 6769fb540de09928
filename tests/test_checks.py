import pytest

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
