import pytest
from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from icm_ebooth.downloads import describe_document, size_label
from icm_ebooth.languages import language_name


@pytest.fixture
def guide(db):
    document = get_document_model()(title="Guide")
    document.file.save("guide.pdf", ContentFile(b"%PDF-1.4 guide"), save=False)
    # The recorded size, as Wagtail stores it at upload; the real file is much smaller.
    document.file_size = 1_200_000
    document.save()
    return document


def test_label_states_type_size_and_language(guide):
    with translation.override("en"):
        download = describe_document(guide, language_code="en")
    assert download.label == "Guide (PDF, 1.2 MB, English)"
    assert (download.file_type, download.size_label, download.language_name) == (
        "PDF",
        "1.2 MB",
        "English",
    )
    assert download.is_available
    assert download.url == guide.url


def test_label_follows_the_visitors_language(guide):
    with translation.override("fr"):
        download = describe_document(guide, language_code="en")
    assert download.size_label.replace("\xa0", " ") in {"1,2 MB", "1,2 Mo"}
    assert download.language_name == "anglais"


def test_title_override_replaces_the_document_title(guide):
    with translation.override("en"):
        assert describe_document(guide, title="ICM overview").label.startswith("ICM overview (PDF")


def test_url_is_wagtails_serve_view_not_the_media_file(guide):
    download = describe_document(guide)
    assert download.url.startswith("/documents/")
    assert "/media/" not in download.url


def test_download_carries_no_content_encoding_and_keeps_wagtails_headers(client, guide):
    response = client.get(guide.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 guide"
    # Wagtail's sendfile writes "Content-Encoding: None", which no client can decode.
    assert "Content-Encoding" not in response
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="guide.pdf"'
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_download_of_a_private_document_still_asks_for_a_login(client, guide):
    private = Collection.get_first_root_node().add_child(name="Internal")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    guide.collection = private
    guide.save()
    response = client.get(guide.url)
    assert response.status_code == 302
    assert response["Location"].endswith(f"login/?next={guide.url}")


def test_size_is_never_read_from_storage(guide):
    guide.file.storage.delete(guide.file.name)
    guide.file_size = None
    with translation.override("en"):
        download = describe_document(guide, language_code="en")
    assert download.size_label == ""
    assert download.label == "Guide (PDF, English)"


def test_deleted_document_is_not_available():
    download = describe_document(None, language_code="en", title="Guide")
    assert not download.is_available
    assert download.url == ""


def test_document_without_a_file_is_not_available(db):
    document = get_document_model().objects.create(title="Empty", file="")
    assert not describe_document(document).is_available


@pytest.mark.parametrize(
    ("filename", "file_type"),
    [
        ("slides.pptx", "PowerPoint"),
        ("form.docx", "Word"),
        ("data.ods", "OpenDocument spreadsheet"),
        ("archive.7z", "7Z"),
    ],
)
def test_file_type_is_named_for_readers(db, filename, file_type):
    document = get_document_model().objects.create(title="File", file=filename, file_size=10)
    with translation.override("en"):
        assert describe_document(document).file_type == file_type


@pytest.mark.parametrize(
    ("size", "label"),
    [(0, "0 bytes"), (1, "1 byte"), (999, "999 bytes"), (1_000, "1 kB"), (15_300, "15 kB"),
     (1_250_000, "1.2 MB"), (12_600_000, "13 MB"), (3_400_000_000, "3.4 GB"), (None, "")],
)  # fmt: skip
def test_sizes_are_shown_in_decimal_units(size, label):
    with translation.override("en"):
        assert size_label(size) == label


def test_languages_django_lacks_still_get_a_name():
    with translation.override("de"):
        assert language_name("mt") == "Maltesisch"
    with translation.override("en"):
        assert language_name("xx-unknown") == "xx-unknown"
        assert language_name("") == ""


def test_download_link_include_renders_the_label_and_description(guide):
    with translation.override("en"):
        html = render_to_string(
            "icm_ebooth/includes/download_link.html",
            {"document": guide, "language_code": "en", "description": "<b>Read me</b>"},
        )
    assert f'href="{guide.url}"' in html
    assert 'hreflang="en"' in html
    assert "Guide (PDF, 1.2 MB, English)</a>" in html
    assert "&lt;b&gt;Read me&lt;/b&gt;" in html


def test_download_link_include_says_a_deleted_document_is_unavailable(db):
    with translation.override("en"):
        html = render_to_string(
            "icm_ebooth/includes/download_link.html", {"document": None, "title": "Guide"}
        )
        empty = render_to_string("icm_ebooth/includes/download_link.html", {"document": None})
    assert "Guide (no longer available)" in html
    assert "<a" not in html
    assert empty.strip() == ""
