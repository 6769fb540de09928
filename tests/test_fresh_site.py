"""The README's "Add e-Booths to a new Wagtail site", followed on a site made by ``wagtail start``.

The wheel is built from a copy of the checkout and installed into a new virtualenv; the README's
snippets are read from the README itself (between ``<!-- fresh-site: name -->`` markers), so the
two cannot drift apart. ``fresh_site_visit.py`` then plays the editor, the translator and the
visitor in that site.

The virtualenv borrows the dependencies already installed for the tests (a ``.pth`` file naming
their folder, whose own ``.pth`` files, such as the checkout's editable install, are not read),
so nothing is downloaded; the package itself comes only from the wheel.
"""

import os
import re
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from tests.building import ROOT, build_wheel

pytestmark = pytest.mark.fresh_site

SNIPPET = re.compile(r"<!-- fresh-site: ([\w-]+) -->\n```\w*\n(.*?)```", re.DOTALL)


def readme_snippets():
    return dict(SNIPPET.findall((ROOT / "README.md").read_text()))


def run(args, cwd, env):
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    assert result.returncode == 0, f"{' '.join(map(str, args))}\n{result.stdout}{result.stderr}"
    return result.stdout + result.stderr


def make_virtualenv(folder):
    venv.EnvBuilder(with_pip=False).create(folder)
    python = folder / "bin" / "python"
    site_packages = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    (site_packages / "test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return python, site_packages


def test_readme_takes_a_wagtail_start_site_to_a_multilingual_booth(tmp_path):
    snippets = readme_snippets()
    assert set(snippets) == {"settings", "urls", "base-template"}
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "DJANGO_SETTINGS_MODULE", "DATABASE_URL"}
    }

    wheel = build_wheel(tmp_path / "build").wheel
    python, site_packages = make_virtualenv(tmp_path / "venv")
    run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
         "--disable-pip-version-check", "--quiet", wheel],
        tmp_path,
        env,
    )  # fmt: skip

    run([python, "-c", "from wagtail.bin.wagtail import main; main()", "start", "mysite"],
        tmp_path, env)  # fmt: skip
    site = tmp_path / "mysite"
    settings = site / "mysite" / "settings" / "base.py"
    settings.write_text(settings.read_text() + "\n" + snippets["settings"])
    (site / "mysite" / "urls.py").write_text(snippets["urls"])
    (site / "mysite" / "templates" / "base.html").write_text(snippets["base-template"])

    # migrate runs the system checks first (the database ones too): none may have a word.
    output = run([python, "manage.py", "migrate", "--no-input"], site, env)
    assert "System check identified" not in output, output
    # Copied into the site, so that the script imports nothing from the checkout.
    visit = site / "fresh_site_visit.py"
    visit.write_text((ROOT / "tests" / "fresh_site_visit.py").read_text())
    output = run([python, visit, site_packages], site, env)
    assert "fresh site: every check passed" in output
