"""The example site: production settings guard themselves, the demo admin is announced."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

from django.core.management import call_command

EXAMPLE_SITE = Path(__file__).resolve().parent.parent / "example_site"


def run_check(env):
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--settings=demo_project.settings.production"],
        cwd=EXAMPLE_SITE,
        env={key: value for key, value in env.items() if not key.startswith("DJANGO_")},
        capture_output=True,
        text=True,
    )


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = run_check(dict(os.environ))
    assert result.returncode != 0
    assert "Set the DJANGO_SECRET_KEY environment variable" in result.stderr


def test_production_settings_start_with_their_environment():
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env |= {"DJANGO_SECRET_KEY": "x" * 60, "DJANGO_ALLOWED_HOSTS": "booth.example.org"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--settings=demo_project.settings.production"],
        cwd=EXAMPLE_SITE,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_demo_admin_is_created_once_and_its_sign_in_printed(db):
    out = StringIO()
    call_command("ensure_demo_admin", stdout=out)
    call_command("ensure_demo_admin", stdout=out)
    from django.contrib.auth import get_user_model

    assert get_user_model().objects.filter(username="admin", is_superuser=True).count() == 1
    assert "user: admin  password: ebooth-demo" in out.getvalue()


def test_home_page_and_admin_answer(client, home):
    assert client.get("/en/").status_code == 200
    assert client.get("/admin/login/").status_code == 200
    assert client.get("/").status_code == 302
