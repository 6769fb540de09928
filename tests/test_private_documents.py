"""Documents in a private collection are linked nowhere, in any language, cached or not.

The demo's leaflet (the booth's key document, a download on "How to apply" and a library
item) and the slides of its live event (on the booth, the event index, the event page and
in the library) are moved to a collection that only signed-in users may open. The demo is
loaded once for the module, as in ``test_demo_content.py``.
"""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Locale

from demo_site.demo_content.translations import FRENCH_LEAFLET_TITLE
from icm_ebooth.models import (
    BoothPage,
    EventIndexPage,
    EventPage,
    ResourceLibraryPage,
    TopicPage,
)
from tests.factories import (
    BoothPageFactory,
    TopicPageFactory,
    make_document,
    publish,
)

LANGUAGES = ["en", "fr", "de"]
LEAFLET_TITLE = "International credit mobility"
SLIDES_TITLE = "International Credit Mobility: slides of the live event of 27 January 2021"

# Every page of the demo that links the leaflet or the slides, by its English slug.
PLACES = [
    (BoothPage, "international-credit-mobility"),
    (TopicPage, "how-to-apply"),
    (ResourceLibraryPage, "visual-materials"),
    (EventIndexPage, "events"),
    (EventPage, "live-event-27-january-2021"),
]
# The event's calendar file and the booth's feed, which describe the event in text.
CALENDARS = [(EventPage, "live-event-27-january-2021", "event.ics"),
             (BoothPage, "international-credit-mobility", "events.ics")]  # fmt: skip


@pytest.fixture
def demo(loaded_demo, db, settings, demo_media_root):
    settings.MEDIA_ROOT = demo_media_root


@pytest.fixture(params=[False, True], ids=["uncached", "cached"])
def page_cache(request, settings):
    settings.ICM_EBOOTH_PAGE_CACHE = request.param
    return request.param


@pytest.fixture
def leaflet(demo):
    return get_document_model().objects.get(title=LEAFLET_TITLE)


@pytest.fixture
def slides(demo):
    return get_document_model().objects.get(title=SLIDES_TITLE)


@pytest.fixture
def editor(django_user_model):
    client = Client()
    client.force_login(
        django_user_model.objects.create_superuser("editor", "editor@example.org", "secret")
    )
    return client


def private_collection(name="Staff only"):
    collection = Collection.get_first_root_node().add_child(name=name)
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    return collection


def move_to(document, collection):
    """Move ``document`` to ``collection``, as saving its edit form does."""
    document.collection = collection
    document.save()


def demo_page(page_class, slug, language_code):
    english = page_class.objects.get(slug=slug, locale=Locale.get_default())
    return english.get_translation(Locale.objects.get(language_code=language_code))


def page_html(client, page, suffix=""):
    response = client.get(page.url + suffix)
    assert response.status_code == 200, page.url
    return response.content.decode()


def links_to(html, document):
    """Every reference to ``document``'s address in ``html``, links and data alike."""
    return html.count(f"/documents/{document.pk}/")


@pytest.mark.parametrize("language_code", LANGUAGES)
@pytest.mark.parametrize(("page_class", "slug"), PLACES, ids=[slug for _, slug in PLACES])
def test_a_private_document_is_linked_from_no_page(
    client, leaflet, slides, page_cache, page_class, slug, language_code
):
    page = demo_page(page_class, slug, language_code)
    before = page_html(client, page)  # fills the cache when it is on
    assert links_to(before, leaflet) + links_to(before, slides)
    staff_only = private_collection()
    move_to(leaflet, staff_only)
    move_to(slides, staff_only)
    html = page_html(client, page)
    assert links_to(html, leaflet) == 0
    assert links_to(html, slides) == 0


@pytest.mark.parametrize("language_code", LANGUAGES)
def test_restricting_the_collection_itself_hides_its_documents_everywhere(
    client, editor, leaflet, slides, page_cache, language_code
):
    staff_only = Collection.get_first_root_node().add_child(name="Staff only")
    move_to(leaflet, staff_only)
    move_to(slides, staff_only)
    pages = [demo_page(page_class, slug, language_code) for page_class, slug in PLACES]
    assert all(links_to(page_html(client, page), leaflet) + links_to(
        page_html(client, page), slides) for page in pages)  # fmt: skip
    response = editor.post(
        f"/admin/collections/{staff_only.pk}/privacy/", {"restriction_type": "login"}
    )
    assert response.status_code == 200
    assert CollectionViewRestriction.objects.filter(collection=staff_only).exists()
    for page in pages:
        html = page_html(client, page)
        assert links_to(html, leaflet) + links_to(html, slides) == 0, page.url


@pytest.mark.parametrize("language_code", LANGUAGES)
def test_the_booth_keeps_its_public_links_and_drops_the_section_left_empty(
    client, leaflet, slides, language_code
):
    staff_only = private_collection()
    move_to(leaflet, staff_only)
    move_to(slides, staff_only)
    booth = demo_page(BoothPage, "international-credit-mobility", language_code)
    soup = BeautifulSoup(page_html(client, booth), "html.parser")
    key_document = soup.select_one(".ebooth-key-document a")
    if language_code == "fr":
        # The French booth offers its own leaflet, which stays public.
        assert FRENCH_LEAFLET_TITLE in key_document.get_text()
    else:
        assert key_document is None
    assert not soup.select(".ebooth-materials li:empty")
    assert "no longer available" not in soup.get_text()


@pytest.mark.parametrize("language_code", LANGUAGES)
@pytest.mark.parametrize(
    ("page_class", "slug", "suffix"), CALENDARS, ids=[name for *_, name in CALENDARS]
)
def test_calendars_do_not_name_a_private_document(
    client, leaflet, slides, page_class, slug, suffix, language_code
):
    staff_only = private_collection()
    move_to(slides, staff_only)
    page = demo_page(page_class, slug, language_code)
    assert links_to(page_html(client, page, suffix), slides) == 0


def test_rich_text_and_video_links_to_private_documents_lose_their_address(client, home):
    staff_only = private_collection()
    hidden = make_document("Internal memo", "memo.pdf")
    video = make_document("Internal video", "briefing.mp4", content=b"\x00\x00\x00\x18ftyp")
    move_to(hidden, staff_only)
    move_to(video, staff_only)
    public = make_document("Guide", "guide.pdf")
    link = '<p>Read <a linktype="document" id="{}">{}</a>.</p>'
    booth = BoothPageFactory(
        parent=home, aim=link.format(hidden.pk, "the memo") + link.format(public.pk, "the guide")
    )
    publish(booth)
    topic = TopicPageFactory(
        parent=booth,
        body=[
            ("text", link.format(hidden.pk, "the memo")),
            ("video", {"title": "Briefing", "url": "", "document": video, "language": "en"}),
            ("download", {"document": hidden, "title": "Memo", "language": "en"}),
        ],
    )
    publish(topic)
    for page in (booth, topic):
        html = page_html(client, page)
        assert links_to(html, hidden) == 0
        assert links_to(html, video) == 0
    booth_html = page_html(client, booth)
    assert "the memo" in BeautifulSoup(booth_html, "html.parser").get_text()
    assert links_to(booth_html, public) == 1


def test_moving_a_collection_into_a_private_one_hides_its_documents_from_cached_pages(
    client, editor, leaflet, settings
):
    settings.ICM_EBOOTH_PAGE_CACHE = True
    staff_only = private_collection()
    booth = demo_page(BoothPage, "international-credit-mobility", "en")
    assert links_to(page_html(client, booth), leaflet)
    response = editor.post(
        f"/admin/collections/{leaflet.collection_id}/",
        {"name": leaflet.collection.name, "parent": staff_only.pk},
    )
    assert response.status_code == 302
    assert Collection.objects.get(pk=leaflet.collection_id).get_parent() == staff_only
    assert links_to(page_html(client, booth), leaflet) == 0
