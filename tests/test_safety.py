import pytest
from django.core.exceptions import ValidationError

from icm_ebooth.safety import (
    contact_url_schemes,
    is_safe_url,
    safe_url,
    sanitize_rich_text_html,
    validate_contact_url,
    validate_web_url,
)

UNSAFE_URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " JAVASCRIPT:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\x01javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "//evil.example/",
    "/\\evil.example/",
    "https:evil",
    "www.example.org",
    "",
    None,
]


@pytest.mark.parametrize("url", UNSAFE_URLS)
def test_unsafe_urls_are_refused(url):
    assert not is_safe_url(url)
    assert safe_url(url) == ""


@pytest.mark.parametrize(
    "url",
    ["https://erasmus-plus.ec.europa.eu/", "http://example.org/a?b=c#d", "/en/booth/", "#faq"],
)
def test_web_and_relative_urls_are_kept(url):
    assert safe_url(url) == url


def test_surrounding_whitespace_is_removed_from_a_safe_url():
    assert safe_url("  https://example.org/\n") == "https://example.org/"


def test_mail_and_phone_links_need_the_contact_schemes():
    assert not is_safe_url("mailto:icm@example.org")
    assert safe_url("mailto:icm@example.org", contact_url_schemes()) == "mailto:icm@example.org"
    assert is_safe_url("tel:+3222991111", contact_url_schemes())


def test_allowed_schemes_follow_the_setting(settings):
    settings.ICM_EBOOTH_ALLOWED_URL_SCHEMES = ("https",)
    assert not is_safe_url("http://example.org/")
    assert is_safe_url("https://example.org/")


def test_web_url_validator_names_the_allowed_schemes():
    validate_web_url("https://example.org/")
    validate_web_url("")
    with pytest.raises(ValidationError) as error:
        validate_web_url("ftp://example.org/file")
    assert "http:, https:" in error.value.messages[0]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "/relative/", "mailto:a@example.org"])
def test_web_url_validator_refuses_scripts_relative_and_mail_links(url):
    with pytest.raises(ValidationError):
        validate_web_url(url)


def test_contact_url_validator_accepts_mail_and_phone_but_not_scripts():
    validate_contact_url("mailto:icm@example.org")
    validate_contact_url("tel:+3222991111")
    with pytest.raises(ValidationError) as error:
        validate_contact_url("javascript:alert(1)")
    assert "mailto:, tel:" in error.value.messages[0]


def test_sanitiser_keeps_what_wagtail_rich_text_renders():
    html = (
        '<h3>Who</h3><p><b>Bold</b> <i>it</i> <a href="/en/topic/">page</a> '
        '<a href="https://example.org/">site</a> <a href="mailto:a@example.org">mail</a></p>'
        "<ul><li>one</li></ul><ol><li>two</li></ol>"
        '<img alt="A map" class="richtext-image left" height="100" src="/media/map.png" '
        'width="200">'
    )
    assert sanitize_rich_text_html(html) == html


@pytest.mark.parametrize(
    "href", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:x"]
)
def test_sanitiser_drops_unsafe_link_targets(href):
    cleaned = sanitize_rich_text_html(f'<p><a href="{href}">click</a></p>')
    assert cleaned == "<p><a>click</a></p>"


def test_sanitiser_removes_scripts_and_event_handlers():
    cleaned = sanitize_rich_text_html(
        '<p onclick="x()">Hi<script>alert(1)</script></p><img src="/a.png" alt="" onerror="x()">'
    )
    assert cleaned == '<p>Hi</p><img src="/a.png" alt="">'
