import zipfile

import pytest

from tests.building import build_wheel


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    return build_wheel(tmp_path_factory.mktemp("wheel"))


@pytest.fixture(scope="module")
def wheel_names(build):
    with zipfile.ZipFile(build.wheel) as archive:
        return archive.namelist()


def test_pip_wheel_prints_no_warning(build):
    warnings = [line for line in build.output.splitlines() if "warning" in line.lower()]
    assert warnings == []


def test_wheel_ships_templates_static_locale_and_migrations(wheel_names):
    assert "icm_ebooth/templates/icm_ebooth/base.html" in wheel_names
    assert "icm_ebooth/templates/icm_ebooth/includes/language_switcher.html" in wheel_names
    assert "icm_ebooth/static/icm_ebooth/css/icm_ebooth.css" in wheel_names
    assert any(name.startswith("icm_ebooth/static/icm_ebooth/js/") for name in wheel_names)
    assert any(name.startswith("icm_ebooth/migrations/0001_") for name in wheel_names)
    for language in ("fr", "de", "mt"):
        assert f"icm_ebooth/locale/{language}/LC_MESSAGES/django.po" in wheel_names
        assert f"icm_ebooth/locale/{language}/LC_MESSAGES/django.mo" in wheel_names


def test_wheel_declares_its_licence_as_an_spdx_expression(build):
    with zipfile.ZipFile(build.wheel) as archive:
        (metadata,) = [name for name in archive.namelist() if name.endswith(".dist-info/METADATA")]
        headers = archive.read(metadata).decode()
    assert "License-Expression: BSD-3-Clause" in headers.splitlines()
    assert "Classifier: License ::" not in headers


def test_wheel_leaves_out_tests_and_example_site(wheel_names):
    top_level = {name.split("/")[0] for name in wheel_names}
    assert top_level <= {"icm_ebooth", *{n for n in top_level if n.endswith(".dist-info")}}
    assert not any(name.startswith(("tests/", "example_site/")) for name in wheel_names)
