import pytest

from icm_ebooth.conf import DEFAULTS, ebooth_settings


def test_defaults_apply_when_unset():
    assert ebooth_settings.JOIN_WINDOW_MINUTES == DEFAULTS["JOIN_WINDOW_MINUTES"] == 15
    assert ebooth_settings.BASE_TEMPLATE == "base.html"


def test_settings_are_read_live(settings):
    settings.ICM_EBOOTH_JOIN_WINDOW_MINUTES = 30
    assert ebooth_settings.JOIN_WINDOW_MINUTES == 30


def test_unknown_setting_name_raises():
    with pytest.raises(AttributeError, match="NOPE"):
        ebooth_settings.NOPE  # noqa: B018
