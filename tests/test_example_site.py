"""The example site: production settings guard themselves, the demo admin is announced."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from tests.production_settings import load_production_settings, production_environment

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


def test_production_settings_pass_the_deployment_checks_with_their_environment():
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "check",
            "--deploy",
            "--fail-level=WARNING",
            "--settings=demo_project.settings.production",
        ],
        cwd=EXAMPLE_SITE,
        env=production_environment(),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr + result.stdout


@pytest.mark.parametrize(
    "secret_key",
    [
        "too-short-for-production",
        "ab" * 40,
        "django-insecure-" + "k7Qz2vN9pX4wL8mR3tY6uB1cE5hJ0sF" * 2,
    ],
    ids=["short", "four-characters", "django-insecure"],
)
def test_production_settings_refuse_a_weak_secret_key(monkeypatch, secret_key):
    with pytest.raises(ImproperlyConfigured, match="DJANGO_SECRET_KEY is too weak for production"):
        load_production_settings(monkeypatch, DJANGO_SECRET_KEY=secret_key)


@pytest.mark.parametrize("hosts", ["*", "booth.example.org,*", "*.example.org"])
def test_production_settings_refuse_a_wildcard_host(monkeypatch, hosts):
    with pytest.raises(
        ImproperlyConfigured, match="DJANGO_ALLOWED_HOSTS must name the site's hosts"
    ):
        load_production_settings(monkeypatch, DJANGO_ALLOWED_HOSTS=hosts)


def test_production_settings_accept_a_domain_and_its_subdomains(monkeypatch):
    production = load_production_settings(
        monkeypatch, DJANGO_ALLOWED_HOSTS="booth.example.org, .example.net,"
    )
    assert production.ALLOWED_HOSTS == ["booth.example.org", ".example.net"]
    assert production.CSRF_TRUSTED_ORIGINS == [
        "https://booth.example.org",
        "https://*.example.net",
    ]


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
