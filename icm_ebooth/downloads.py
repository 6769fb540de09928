"""What a visitor needs to know before downloading a document: type, size and language.

Everything is worked out from the document's database row; the file itself is never opened,
so a page with many downloads costs no storage requests.
"""

from dataclasses import dataclass

from babel.numbers import format_decimal
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from icm_ebooth.languages import babel_locale, language_name

FILE_TYPES = {
    "pdf": "PDF",
    "ppt": "PowerPoint",
    "pptx": "PowerPoint",
    "doc": "Word",
    "docx": "Word",
    "xls": "Excel",
    "xlsx": "Excel",
    "odt": _("OpenDocument text"),
    "odp": _("OpenDocument presentation"),
    "ods": _("OpenDocument spreadsheet"),
    "csv": "CSV",
    "txt": _("Plain text"),
    "zip": "ZIP",
    "epub": "EPUB",
    "mp4": "MP4",
    "webm": "WebM",
}

# Decimal units, as file managers and browsers show them: 1,200,000 bytes is "1.2 MB".
_UNIT_STEP = 1000
_UNIT_LABELS = (_("%(size)s kB"), _("%(size)s MB"), _("%(size)s GB"))


@dataclass(frozen=True)
class DocumentDescription:
    """A document as a download link describes it; ``label`` is the whole sentence."""

    title: str
    url: str
    file_type: str
    size_label: str
    language_name: str
    is_available: bool
    label: str


def file_type_label(extension):
    """A reader's name for an extension: "PDF", "PowerPoint", else the extension in capitals."""
    extension = (extension or "").lower().lstrip(".")
    return str(FILE_TYPES.get(extension, extension.upper()))


def size_label(size):
    """A file size in bytes as "1.2 MB", formatted for the active language; "" when unknown."""
    if size is None or size < 0:
        return ""
    if size < _UNIT_STEP:
        return ngettext("%(size)s byte", "%(size)s bytes", size) % {"size": size}
    value, unit = size / _UNIT_STEP, 0
    while value >= _UNIT_STEP and unit < len(_UNIT_LABELS) - 1:
        value, unit = value / _UNIT_STEP, unit + 1
    # One decimal place below ten ("1.2 MB"), whole numbers above ("12 MB").
    number_format = "#,##0.#" if value < 10 else "#,##0"
    number = format_decimal(value, format=number_format, locale=babel_locale())
    return str(_UNIT_LABELS[unit]) % {"size": number}


def describe_document(document, language_code="", title=""):
    """Describe ``document`` (a Wagtail document or ``None``) for a download link.

    ``title`` overrides the document's own title; ``language_code`` is the language of the
    document's content. A deleted document, or one without a file, is not available.
    """
    is_available = document is not None and bool(document.file.name)
    title = title or (document.title if document is not None else "")
    file_type = file_type_label(document.file_extension) if is_available else ""
    size = size_label(document.file_size) if is_available else ""
    language = language_name(language_code)
    details = ", ".join(part for part in (file_type, size, language) if part)
    if details:
        label = gettext("%(title)s (%(details)s)") % {"title": title, "details": details}
    else:
        label = title
    return DocumentDescription(
        title=title,
        url=document.url if is_available else "",
        file_type=file_type,
        size_label=size,
        language_name=language,
        is_available=is_available,
        label=label,
    )
