import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory):
    outdir = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(outdir)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (wheel,) = outdir.glob("icm_ebooth-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def test_wheel_ships_templates_static_locale_and_migrations(wheel_names):
    assert "icm_ebooth/templates/icm_ebooth/base.html" in wheel_names
    assert "icm_ebooth/static/icm_ebooth/css/icm_ebooth.css" in wheel_names
    assert any(name.startswith("icm_ebooth/migrations/0001_") for name in wheel_names)
    assert any(name.endswith("LC_MESSAGES/django.mo") for name in wheel_names)
    assert any(name.endswith("LC_MESSAGES/django.po") for name in wheel_names)


def test_wheel_leaves_out_tests_and_example_site(wheel_names):
    top_level = {name.split("/")[0] for name in wheel_names}
    assert top_level <= {"icm_ebooth", *{n for n in top_level if n.endswith(".dist-info")}}
    assert not any(name.startswith(("tests/", "example_site/")) for name in wheel_names)
