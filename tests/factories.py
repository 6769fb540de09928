"""Factories for the content model, and a builder for a whole booth."""

import datetime
from io import BytesIO

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale

from icm_ebooth.models import (
    BoothPage,
    Contact,
    EventIndexPage,
    EventPage,
    FairPage,
    ProjectExampleIndexPage,
    ProjectExamplePage,
    ResourceLibraryPage,
    TopicPage,
)


def make_image(title, size=(640, 360), colour="white"):
    buffer = BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name=f"{title.lower().replace(' ', '-')}.png")
    )


def make_document(title, filename, size=None, content=b"%PDF-1.4 test"):
    document = get_document_model()(title=title)
    document.file.save(filename, ContentFile(content), save=False)
    document.save()
    if size is not None:
        # The recorded size is what visitors see; tests set a round figure.
        get_document_model().objects.filter(pk=document.pk).update(file_size=size)
        document.refresh_from_db()
    return document


class ContactFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Helpdesk {n}")
    role = "Information officer"
    organisation = "European Education and Culture Executive Agency"
    email = factory.Sequence(lambda n: f"helpdesk{n}@example.org")
    phone = "+32 2 299 11 11"
    website = "https://example.org/contact"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Contact


class FairPageFactory(wagtail_factories.PageFactory):
    title = "Erasmus+ virtual fair"
    introduction = "<p>Meet the programme's actions.</p>"

    class Meta:
        model = FairPage


class BoothPageFactory(wagtail_factories.PageFactory):
    title = "International Credit Mobility"
    tagline = "Student and staff mobility with partner countries"
    aim = "<p>General information about the action and project examples.</p>"

    class Meta:
        model = BoothPage


class TopicPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Topic {n}")
    introduction = "What this topic covers."
    body = factory.LazyFunction(lambda: [("text", "<p>Topic text.</p>")])

    class Meta:
        model = TopicPage


class ProjectExampleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Project examples"
    introduction = "Projects the action has funded."

    class Meta:
        model = ProjectExampleIndexPage


class ProjectExamplePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Project {n}")
    project_reference = factory.Sequence(lambda n: f"2019-1-BE02-KA107-{n:06d}")
    key_action = "KA107"
    call_year = 2019
    coordinator_name = "Example University"
    coordinator_country = "BE"
    partner_countries = ["KE", "VN"]
    student_studies = True
    staff_teaching = True
    incoming_mobilities = 12
    outgoing_mobilities = 8
    eu_grant = 150000
    summary = "Exchanges of students and teaching staff."
    is_illustrative = True

    class Meta:
        model = ProjectExamplePage


class ResourceLibraryPageFactory(wagtail_factories.PageFactory):
    title = "Visual materials"
    introduction = "Documents, slides and videos."

    class Meta:
        model = ResourceLibraryPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Information session {n}")
    date = datetime.date(2021, 1, 27)
    start_time = datetime.time(14, 0)
    end_time = datetime.time(15, 30)
    time_zone = "Europe/Brussels"
    summary = "Questions and answers about the action."
    platform = "Webex"
    join_url = "https://meet.example.org/j/1758881946"
    meeting_number = "175 888 1946"
    video_system_code = "32668420"

    class Meta:
        model = EventPage


def publish(page, parent=None):
    """Publish ``page`` (adding it under ``parent`` first when given) and reload it."""
    if parent is not None:
        parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def document_resource(document, title, year=2021, language="en", featured=False):
    return (
        "document",
        {
            "document": document,
            "title": title,
            "language": language,
            "description": f"About {title}.",
            "audience": "everyone",
            "year": year,
            "topics": [],
            "featured": featured,
            "thumbnail": None,
        },
    )


def build_booth(parent, topics=3, projects=3, events=3, resources=3, contact=None):
    """A published booth with every kind of child, ``n`` of each listing's items."""
    booth = publish(BoothPageFactory(parent=parent, contact=contact))
    for _ in range(topics):
        publish(TopicPageFactory(parent=booth))
    index = publish(ProjectExampleIndexPageFactory(parent=booth))
    for _ in range(projects):
        publish(ProjectExamplePageFactory(parent=index))
    document = make_document("Leaflet", "leaflet.pdf", size=1_200_000)
    library = ResourceLibraryPageFactory(parent=booth)
    library.resources = [
        document_resource(document, f"Resource {n}", year=2015 + n) for n in range(resources)
    ]
    publish(library)
    event_index = publish(EventIndexPageFactory(parent=booth))
    for n in range(events):
        publish(EventPageFactory(parent=event_index, date=datetime.date(2021, 1, 27 - n % 20)))
    return booth


def add_live_children(parent, pages):
    """Add many live ``pages`` under ``parent`` in a fraction of ``add_child``'s time.

    Listing tests need a thousand children: the tree paths are computed once here, model
    validation and per-page search indexing are skipped, and the search index is written
    in one batch at the end.
    """
    from django.db.models import F
    from django.test.utils import override_settings
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    parent.refresh_from_db()
    manual_index = {
        "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=manual_index):
        for position, page in enumerate(pages, start=parent.numchild + 1):
            page.depth = parent.depth + 1
            page.path = Page._get_path(parent.path, page.depth, position)
            page.locale_id = parent.locale_id
            page.live = True
            page._cached_parent_obj = parent
            page.save(clean=False)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    if pages:
        get_search_backend().add_bulk(type(pages[0]), pages)
    parent.refresh_from_db()
    return pages


def project_reference(year, action, number):
    """A well-formed project identifier: 2014-2020 calls have no sector code, later ones HED."""
    sector = "-HED" if action == "KA171" else ""
    return f"{year}-1-BE02-{action}{sector}-{number:06d}"
