"""The resource library: typed items, filters, honest download labels and privacy."""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    TranslationSource,
)

from icm_ebooth.models import ResourceLibraryPage, TopicPage
from tests.factories import (
    build_booth,
    document_resource,
    fresh,
    make_document,
    make_image,
    publish,
)
from tests.translating import enter_translations


def soup_of(client, page, query=""):
    response = client.get(page.url + query)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def resource_titles(html):
    return [title.get_text(strip=True) for title in html.select(".ebooth-resource__title")]


@pytest.fixture(scope="module")
def module_library(module_home):
    booth = build_booth(
        module_home, topics=2, projects=0, events=0, resources=0, slug="library-booth"
    )
    topic = TopicPage.objects.child_of(booth).order_by("path").first()
    library = ResourceLibraryPage.objects.child_of(booth).get()
    guide = make_document("Guide", "guide.pdf", size=1_200_000)
    slides = make_document("Slides", "slides.pptx", size=3_400_000)
    picture = make_image("Poster")
    guide_item = document_resource(guide, "Guide", year=2021)
    guide_item[1]["topics"] = [topic]
    library.resources = [
        guide_item,
        ("slides", {**document_resource(slides, "Live event slides", year=2021)[1]}),
        ("video", {"title": "International student testimonial", "url": "https://vimeo.com/76979871",
                   "document": None, "poster": picture, "duration": "3:20", "language": "en",
                   "transcript": "<p>I studied in Belgium.</p>", "captions": "", "description": "",
                   "audience": "students", "year": 2020, "topics": [], "featured": True,
                   "thumbnail": None}),
        ("image", {"title": "ICM at a glance", "description": "", "image": picture,
                   "alt_text": "Infographic of ICM durations", "audience": "everyone",
                   "year": 2019, "topics": [], "featured": False, "thumbnail": None}),
        ("link", {"title": "Programme Guide", "description": "", "language": "fr",
                  "url": "https://example.org/programme-guide", "audience": "everyone",
                  "year": 2022, "topics": [], "featured": False, "thumbnail": None}),
    ]  # fmt: skip
    return publish(library)


@pytest.fixture
def library(module_library, db):
    return fresh(module_library)


@pytest.fixture
def home(module_home, db):
    return fresh(module_home)


def test_every_resource_type_renders_with_what_it_is(client, library):
    html = soup_of(client, library)
    text = html.get_text(" ", strip=True)
    assert "Guide (PDF, 1.2 MB, English)" in text
    assert "Live event slides (PowerPoint, 3.4 MB, English)" in text
    assert "International student testimonial" in text
    assert "Transcript of" in text
    assert html.select_one("img[alt='Infographic of ICM durations']")
    assert html.select_one("a[href='https://example.org/programme-guide'][hreflang='fr']")
    # Newest first.
    kinds = [
        meta.get_text(strip=True).split(" ")[0] for meta in html.select(".ebooth-resource__meta")
    ]
    assert kinds[0] == "Link"


def test_filters_narrow_the_list_and_show_counts(client, library):
    html = soup_of(client, library, "?type=document")
    assert resource_titles(html) == ["Guide"]
    options = {o["value"]: o.get_text() for o in html.select("#filter-language option")}
    assert options["en"].endswith("(1)")
    html = soup_of(client, library, "?language=fr")
    assert resource_titles(html) == ["Programme Guide"]
    topic_id = html.select("#filter-topic option")[1]["value"]
    assert resource_titles(soup_of(client, library, f"?topic={topic_id}")) == ["Guide"]


def test_empty_result_says_what_to_change(client, library):
    html = soup_of(client, library, "?type=link&language=en")
    assert "No resource matches these filters" in html.get_text()
    assert html.find("a", string="Clear filters")


@pytest.mark.parametrize("query", ["?type=nope", "?topic=abc", "?language=" + "x" * 10_000])
def test_unknown_filter_values_are_ignored(client, library, query):
    assert len(resource_titles(soup_of(client, library, query))) == 4


def test_a_repeated_filter_key_takes_its_last_value(client, library):
    assert resource_titles(soup_of(client, library, "?type=document&type=link")) == [
        "Programme Guide"
    ]


def test_private_documents_never_appear(client, library):
    private = Collection.get_first_root_node().add_child(name="Internal")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    guide = get_document_model().objects.get(title="Guide")
    guide.collection = private
    guide.save()
    booth = library.get_parent()
    assert "Guide (PDF" not in soup_of(client, library).get_text()
    assert "Guide (PDF" not in soup_of(client, booth).get_text()
    api = client.get("/api/v2/documents/").json()
    assert "Guide" not in [item["title"] for item in api["items"]]
    assert "Slides" in [item["title"] for item in api["items"]]


@pytest.mark.parametrize("hide", ["login", "unpublish"])
def test_topic_filter_names_only_topics_a_visitor_may_open(client, library, hide):
    topic = TopicPage.objects.child_of(library.get_parent()).order_by("path").first()
    if hide == "login":
        PageViewRestriction.objects.create(page=topic, restriction_type="login")
    else:
        topic.unpublish()
    html = soup_of(client, library)
    assert topic.title not in html.get_text()
    assert html.select_one("#filter-topic") is None
    # Its id in a shared link is ignored like any unknown value.
    html = soup_of(client, library, f"?topic={topic.pk}")
    assert "Guide" in resource_titles(html)
    assert topic.title not in html.get_text()


def test_deleted_file_drops_the_item_not_the_page(client, library):
    get_document_model().objects.filter(title="Guide").delete()
    html = soup_of(client, library)
    assert "Guide (PDF" not in html.get_text()
    assert "Live event slides" in html.get_text()


def test_documents_are_served_through_wagtail_with_safe_headers(client, library):
    html = soup_of(client, library)
    link = html.select_one(".ebooth-download__link")["href"]
    assert link.startswith("/documents/")
    note = make_document("Note", "note.txt", content=b"<script>alert(1)</script>")
    response = client.get(note.url)
    assert response["Content-Disposition"].startswith("attachment")
    assert "default-src 'none'" in response["Content-Security-Policy"]


@pytest.mark.parametrize(
    ("filename", "accepted"),
    [("guide.pdf", True), ("slides.pptx", True), ("page.html", False), ("image.svg", False),
     ("tool.exe", False)],
)  # fmt: skip
def test_uploads_outside_the_allow_list_are_refused(admin_client, filename, accepted):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": filename, "collection": Collection.get_first_root_node().pk,
         "file": SimpleUploadedFile(filename, b"content")},
    )  # fmt: skip
    exists = get_document_model().objects.filter(title=filename).exists()
    assert exists is accepted
    if not accepted:
        # The editor sees why, on the form.
        assert "is not allowed" in response.content.decode()


def test_french_library_keeps_its_own_file_across_syncs(client, library, home_fr, locale_fr):
    french_guide = make_document("Guide (français)", "guide-fr.pdf", size=900_000)
    booth = library.get_parent()

    def sync(instance):
        source, _ = TranslationSource.update_or_create_from_instance(instance)
        enter_translations(source, locale_fr)
        return source

    source = sync(booth)
    with TestCase.captureOnCommitCallbacks(execute=True):
        source.create_or_update_translation(locale_fr)
    source = sync(library)
    guide_block = next(block for block in library.resources if block.value["title"] == "Guide")
    segment = OverridableSegment.objects.get(
        source=source, context__path=f"resources.{guide_block.id}.document"
    )
    # The translator's choice of file, as the translation editor stores it.
    SegmentOverride.objects.create(
        locale=locale_fr, context=segment.context, data_json=json.dumps(french_guide.pk)
    )
    with TestCase.captureOnCommitCallbacks(execute=True):
        french, _ = source.create_or_update_translation(locale_fr)
    french.refresh_from_db()
    assert "FR Guide (PDF, 900" in soup_of(client, french).get_text()

    library.title = "Visual materials and documents"
    publish(library)
    source = sync(library)
    with TestCase.captureOnCommitCallbacks(execute=True):
        french, created = source.create_or_update_translation(locale_fr)
    french.refresh_from_db()
    assert not created
    assert french.title == "FR Visual materials and documents"
    assert "FR Guide (PDF, 900" in soup_of(client, french).get_text()


@override_settings(ICM_EBOOTH_PAGE_SIZE=2)
def test_library_pages_keep_the_filters(client, home, document):
    from tests.factories import BoothPageFactory, ResourceLibraryPageFactory

    booth = publish(BoothPageFactory(parent=home))
    library = ResourceLibraryPageFactory(parent=booth)
    library.resources = [
        document_resource(document, f"Guide {n}", year=2015 + n, language="en" if n else "fr")
        for n in range(5)
    ]
    library = publish(library)
    first = BeautifulSoup(client.get(library.url, {"language": "en"}).content, "html.parser")
    assert first.select_one("#library-results").get_text(strip=True) == "4 resources"
    assert len(first.select(".ebooth-card")) == 2
    next_link = first.select_one("a[rel=next]")["href"]
    assert "language=en" in next_link and "page=2" in next_link
    second = BeautifulSoup(client.get(library.url + next_link).content, "html.parser")
    titles = [card.get_text(" ", strip=True) for card in second.select(".ebooth-card")]
    assert len(titles) == 2 and "Guide 2" in titles[0]
    # A page past the end shows the last page rather than an error.
    assert client.get(library.url, {"page": "99"}).status_code == 200


def test_booth_teaser_shows_featured_then_newest_available_items(client, home):
    from tests.factories import BoothPageFactory, ResourceLibraryPageFactory

    booth = publish(BoothPageFactory(parent=home))
    library = ResourceLibraryPageFactory(parent=booth)
    documents = {
        year: make_document(f"Report {year}", f"report-{year}.pdf") for year in range(2002, 2012)
    }
    old_but_featured = make_document("Featured handbook", "handbook.pdf")
    library.resources = [
        document_resource(old_but_featured, "Featured handbook", year=2001, featured=True),
        *(document_resource(doc, f"Report {year}", year=year) for year, doc in documents.items()),
    ]
    publish(library)
    # The seven newest lose their files: the teaser reaches further down the library.
    for year in range(2005, 2012):
        documents[year].delete()
    html = soup_of(client, booth)
    teaser = [
        title.get_text(strip=True) for title in html.select("#library .ebooth-resource__title")
    ]
    assert teaser == ["Featured handbook", "Report 2004", "Report 2003", "Report 2002"]


def test_a_teaser_fetches_the_topics_it_does_not_show_only_when_read(library):
    # The booth's latest resources show no topic: converting them takes no query for the
    # topics, and a topic read all the same is the one chosen.
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from icm_ebooth.blocks.prefetch import convert_together, unshown

    stream = ResourceLibraryPage.objects.get(pk=library.pk).resources
    topics = stream.stream_block.child_blocks["document"].child_blocks["topics"].child_block
    with CaptureQueriesContext(connection) as queries, unshown(topics):
        convert_together(stream)
    assert not [query for query in queries if "icm_ebooth_topicpage" in query["sql"]]
    [topic] = stream[0].value["topics"]
    assert topic.title == TopicPage.objects.child_of(library.get_parent()).first().title
