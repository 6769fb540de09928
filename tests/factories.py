"""Factories for the content model, and a builder for a whole booth."""

import datetime
from contextlib import contextmanager
from io import BytesIO

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_save
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.search import signal_handlers as search_signal_handlers
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update

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


def build_booth(parent, topics=3, projects=3, events=3, resources=3, contact=None, **fields):
    """A published booth with every kind of child, ``n`` of each listing's items."""
    booth = publish(BoothPageFactory(parent=parent, contact=contact, **fields))
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


@contextmanager
def bulk_writes(model):
    """Save ``model`` pages without indexing each one; index them in bulk afterwards.

    Per-page search indexing and reference tracking triple the cost of a save; the pages
    are indexed in one go at the end (the finder's search needs them) and nothing renders
    the reference index.
    """
    saved = []
    post_save.disconnect(search_signal_handlers.post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield saved
    finally:
        post_save.connect(search_signal_handlers.post_save_signal_handler, sender=model)
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(model, saved)


def add_live_children(parent, pages):
    """Add ``pages`` under ``parent``, live, without revisions; return them.

    Wagtail's ``add_child`` looks up the last sibling and validates every page; here the
    tree paths are computed once and the parent's child count is updated once.
    """
    now = timezone.now()
    # Read from the table: ``parent`` may be a copy from before its last children came.
    last = (
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .first()
    )
    first_step = (int(last.path[-Page.steplen :], 36) if last else 0) + 1
    with transaction.atomic(), bulk_writes(type(pages[0])) as saved:
        for step, page in enumerate(pages, start=first_step):
            page.depth = parent.depth + 1
            page.path = Page._get_path(parent.path, page.depth, step)
            page.numchild = 0
            page.locale_id = parent.locale_id
            page.live = True
            page.has_unpublished_changes = False
            page.draft_title = page.title
            page.first_published_at = page.last_published_at = now
            page._cached_parent_obj = parent
            page.save(clean=False)
            saved.append(page)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.refresh_from_db(fields=["numchild"])
    return pages


def project_reference(year, action, number):
    """A well-formed project identifier: 2014-2020 calls have no sector code, later ones HED."""
    sector = "-HED" if action == "KA171" else ""
    return f"{year}-1-BE02-{action}{sector}-{number:06d}"


def fresh(instance):
    """An object a module-scoped fixture made, read again for one test.

    What an earlier test changed in the database was rolled back, but not what it changed on
    the object in memory.
    """
    return type(instance).objects.get(pk=instance.pk)
