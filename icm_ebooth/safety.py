"""URL scheme checks and rich-text sanitising used by blocks, models and templates.

Values written by code (imports, data migrations, wagtail-localize overrides) skip form
validation, so every URL is checked again when it is rendered.
"""

import re
from urllib.parse import urlsplit

import nh3
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from icm_ebooth.conf import ebooth_settings

# Browsers drop tabs and newlines anywhere in a URL and C0 controls or spaces at either end,
# so "java\nscript:" and " JAVASCRIPT:" run as javascript: unless they are removed first.
_IGNORED_BY_BROWSERS = re.compile(r"[\t\n\r]")
_EDGE_CHARACTERS = "".join(chr(code) for code in range(0x21))
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
# Schemes that only make sense with a host: "https:evil" is refused.
_HOST_SCHEMES = {"http", "https"}

# Digits, spaces and the usual separators, with an optional leading "+": "+32 2 299 11 11".
PHONE_PATTERN = r"^\+?[0-9 ()./-]{4,30}$"


def tel_uri(number):
    """A ``tel:`` URI for a phone number as people write it ("+32 2 299 11 11"), or ""."""
    number = number or ""
    digits = "".join(char for char in number if char.isdigit())
    if not digits:
        return ""
    return f"tel:{'+' if number.strip().startswith('+') else ''}{digits}"


def web_url_schemes():
    """The schemes accepted for ordinary links (``ICM_EBOOTH_ALLOWED_URL_SCHEMES``)."""
    return tuple(ebooth_settings.ALLOWED_URL_SCHEMES)


def contact_url_schemes():
    """Web schemes plus the mail and phone schemes (``ICM_EBOOTH_CONTACT_URL_SCHEMES``)."""
    return web_url_schemes() + tuple(ebooth_settings.CONTACT_URL_SCHEMES)


def _normalise(url):
    return _IGNORED_BY_BROWSERS.sub("", str(url)).strip(_EDGE_CHARACTERS)


def _is_relative(url):
    # "//host" and "/\host" are treated as links to another host by browsers.
    return (url.startswith("/") and not url.startswith(("//", "/\\"))) or url.startswith("#")


def _has_allowed_scheme(url, schemes):
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme not in {allowed.lower() for allowed in schemes}:
        return False
    return bool(parts.netloc) or scheme not in _HOST_SCHEMES


def is_safe_url(url, schemes=None):
    """Whether ``url`` is a relative link or uses one of ``schemes``.

    ``schemes`` defaults to the web schemes; pass :func:`contact_url_schemes` where mail and
    phone links are meant. Relative links must start with ``/`` or ``#``.
    """
    if not url:
        return False
    url = _normalise(url)
    if not url or _CONTROL_CHARACTERS.search(url):
        return False
    if _is_relative(url):
        return True
    return _has_allowed_scheme(url, web_url_schemes() if schemes is None else schemes)


def safe_url(url, schemes=None):
    """``url`` without surrounding whitespace when :func:`is_safe_url` accepts it, else ``""``."""
    return _normalise(url) if is_safe_url(url, schemes) else ""


def _validate_absolute_url(value, schemes):
    if not value:
        return
    normalised = _normalise(value)
    if _CONTROL_CHARACTERS.search(normalised) or not _has_allowed_scheme(normalised, schemes):
        raise ValidationError(
            _("Enter a full link that starts with one of: %(schemes)s."),
            code="unsafe_url",
            params={"schemes": ", ".join(f"{scheme}:" for scheme in schemes)},
        )


def validate_web_url(value):
    """Django validator: a full ``http:`` or ``https:`` link (empty values pass)."""
    _validate_absolute_url(value, web_url_schemes())


def validate_contact_url(value):
    """Django validator: a full web link or a ``mailto:`` / ``tel:`` link (empty values pass)."""
    _validate_absolute_url(value, contact_url_schemes())


# What Wagtail's rich text renders: the editor's features plus images, embeds and link rewriting.
RICH_TEXT_TAGS = {
    "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "b", "strong", "i", "em",
    "br", "hr", "sub", "sup", "code", "blockquote", "img", "div", "span", "figure",
    "figcaption",
}  # fmt: skip
RICH_TEXT_ATTRIBUTES = {
    "a": {"href", "id", "lang", "title"},
    "img": {"src", "alt", "width", "height", "class", "loading", "decoding"},
    "div": {"class"},
    "span": {"lang"},
    "p": {"lang"},
}
_URL_ATTRIBUTES = {"href", "src"}


def _filter_attribute(tag, attribute, value):
    if attribute in _URL_ATTRIBUTES and not is_safe_url(value, contact_url_schemes()):
        return None
    return value


def sanitize_rich_text_html(html):
    """Rendered rich text with scripts, event handlers and unsafe link schemes removed.

    Wagtail's ``richtext`` filter expands references but does not sanitise; wagtail-localize
    overrides can plant ``javascript:`` links in a translation.
    """
    return nh3.clean(
        str(html or ""),
        tags=RICH_TEXT_TAGS,
        clean_content_tags={"script", "style"},
        attributes=RICH_TEXT_ATTRIBUTES,
        attribute_filter=_filter_attribute,
        url_schemes=set(contact_url_schemes()),
        link_rel=None,
    )
