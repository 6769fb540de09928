"""The Content-Security-Policy: strict on public pages and cached hits, none from us on the
admin, Wagtail's own on documents; templates without inline code."""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from icm_ebooth.blocks.video import parse_video_url
from icm_ebooth.csp import HEADER, policy
from icm_ebooth.models import (
    EventIndexPage,
    EventPage,
    ProjectExampleIndexPage,
    ProjectExamplePage,
    ResourceLibraryPage,
    TopicPage,
)
from tests.factories import build_booth, fresh, publish
from tests.production_settings import load_production_settings

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE_DIRS = [
    ROOT / "icm_ebooth" / "templates",
    ROOT / "example_site" / "demo_project" / "templates",
    ROOT / "example_site" / "demo_site" / "templates",
]
PLAYERS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]


def directives(response):
    """The policy as {directive: [sources]}."""
    parts = (part.split() for part in response[HEADER].split(";"))
    return {name: sources for name, *sources in parts}


@pytest.fixture(scope="module")
def module_booth(module_home):
    from tests.browser.sites import every_block

    booth = build_booth(module_home, topics=1, projects=1, events=1, resources=1)
    event = EventPage.objects.descendant_of(booth).get()
    topic = TopicPage.objects.child_of(booth).get()
    topic.body = every_block(booth, event)
    publish(topic)
    return booth


@pytest.fixture
def booth(module_booth, db):
    return fresh(module_booth)


@pytest.fixture
def home(module_home, db):
    return fresh(module_home)


def public_urls(booth):
    pages = [booth] + [
        page_class.objects.descendant_of(booth).first()
        for page_class in (
            TopicPage,
            ProjectExampleIndexPage,
            ProjectExamplePage,
            ResourceLibraryPage,
            EventIndexPage,
            EventPage,
        )
    ]
    return [page.url for page in pages]


def test_public_pages_and_calendars_send_a_strict_policy(client, booth):
    event = EventPage.objects.descendant_of(booth).get()
    for url in [*public_urls(booth), f"{booth.url}events.ics", f"{event.url}event.ics"]:
        response = client.get(url)
        assert response.status_code == 200, url
        policy_of_page = directives(response)
        assert policy_of_page["default-src"] == ["'self'"], url
        assert policy_of_page["script-src"] == ["'self'"], url
        assert policy_of_page["style-src"] == ["'self'"], url
        assert policy_of_page["object-src"] == ["'none'"], url
        assert "unsafe-inline" not in response[HEADER] and "nonce-" not in response[HEADER]


def test_frames_come_only_from_the_video_facades_two_players(client, booth):
    assert directives(client.get(booth.url))["frame-src"] == PLAYERS
    for link in ("https://youtu.be/dQw4w9WgXcQ", "https://vimeo.com/76979871"):
        embed_url = parse_video_url(link).embed_url
        assert any(embed_url.startswith(f"{player}/") for player in PLAYERS)


def test_not_found_pages_send_the_policy(client, home):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert response[HEADER] == policy()


def test_the_admin_gets_no_policy_from_the_package(client, admin_user, booth):
    assert HEADER not in client.get("/admin/login/")
    client.force_login(admin_user)
    for url in ("/admin/", f"/admin/pages/{booth.pk}/", f"/admin/pages/{booth.pk}/edit/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert HEADER not in response, url


def test_documents_keep_wagtails_own_policy(client, document):
    assert client.get(document.url)[HEADER] == "default-src 'none'"


def test_cached_pages_and_calendars_carry_the_policy(client, settings, booth):
    settings.ICM_EBOOTH_PAGE_CACHE = True
    finder = ProjectExampleIndexPage.objects.descendant_of(booth).get()
    # Answered before routing, after routing (a query the page reads), and a calendar.
    for url in (booth.url, f"{finder.url}?sort=title", f"{booth.url}events.ics"):
        first, second = client.get(url), client.get(url)
        assert (first["X-Ebooth-Cache"], second["X-Ebooth-Cache"]) == ("miss", "hit"), url
        assert first[HEADER] == second[HEADER] == policy(), url


def test_a_site_adds_sources_to_a_directive(client, settings, booth):
    settings.ICM_EBOOTH_CSP_EXTRA_SOURCES = {
        "img-src": ["https://media.example.org"],
        "frame-ancestors": ["https://fair.example.org"],
        "report-to": ["csp-endpoint"],
    }
    policy_of_page = directives(client.get(booth.url))
    assert policy_of_page["img-src"] == ["'self'", "https://media.example.org"]
    # 'none' gives way to the first source a site allows.
    assert policy_of_page["frame-ancestors"] == ["https://fair.example.org"]
    assert policy_of_page["report-to"] == ["csp-endpoint"]
    assert policy_of_page["script-src"] == ["'self'"]


def test_a_site_exempts_paths(client, settings, booth):
    settings.ICM_EBOOTH_CSP_EXEMPT_PATHS = ("/en/",)
    assert HEADER not in client.get(booth.url)
    assert HEADER in client.get("/sitemap.xml")


def test_djangos_debug_pages_are_left_without_a_policy(client, settings, home):
    # They are styled and scripted inline; DEBUG never runs in production.
    settings.DEBUG = True
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert HEADER not in response


def test_rendered_pages_hold_no_inline_script_style_or_event_handler(client, booth):
    for url in public_urls(booth):
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        for script in soup.find_all("script"):
            # JSON-LD is data: browsers do not run it, and the policy does not block it.
            assert script.get("src") or script.get("type") == "application/ld+json", url
        assert soup.find_all("style") == [], url
        for element in soup.find_all(True):
            inline = [name for name in element.attrs if name == "style" or name.startswith("on")]
            assert inline == [], (url, element.name, inline)


INLINE_CODE = re.compile(
    r"<style|\sstyle=|\son[a-z]+=|<script(?![^>]*\s(?:src=|type=\"application/ld\+json\"))"
)


def test_templates_hold_no_inline_script_style_or_event_handler():
    offences = []
    for directory in TEMPLATE_DIRS:
        for template in directory.rglob("*.html"):
            # The package's admin views run under Wagtail's admin, outside the policy.
            if "admin" in template.relative_to(directory).parts[:2]:
                continue
            for number, line in enumerate(template.read_text().splitlines(), start=1):
                if INLINE_CODE.search(line):
                    offences.append(f"{template.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offences == []


def test_production_settings_send_the_policy_and_allow_a_static_files_cdn(monkeypatch):
    production = load_production_settings(
        monkeypatch,
        DJANGO_STATIC_URL="https://static.example.org/booth/",
        DJANGO_MEDIA_URL="https://media.example.org/",
    )
    assert "icm_ebooth.csp.ContentSecurityPolicyMiddleware" in production.MIDDLEWARE
    assert production.ICM_EBOOTH_CSP_EXTRA_SOURCES == {
        "script-src": ["https://static.example.org"],
        "style-src": ["https://static.example.org"],
        "img-src": ["https://static.example.org", "https://media.example.org"],
        "font-src": ["https://static.example.org"],
        "media-src": ["https://media.example.org"],
    }
    assert load_production_settings(monkeypatch).ICM_EBOOTH_CSP_EXTRA_SOURCES == {}
