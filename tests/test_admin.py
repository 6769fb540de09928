"""Editors: every page type is routable, renderable, editable and previewable in the admin."""

import datetime

from django.urls import reverse
from wagtail.models import Locale, Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from demo_site.models import HomePage
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
from tests.factories import ContactFactory, FairPageFactory, build_booth, publish

PAGE_TYPES = [
    FairPage,
    BoothPage,
    TopicPage,
    ProjectExampleIndexPage,
    ProjectExamplePage,
    ResourceLibraryPage,
    EventIndexPage,
    EventPage,
]


class PageTypesInTheAdmin(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        locale = Locale.objects.get_or_create(language_code="en")[0]
        root = Page.get_first_root_node()
        cls.home = root.add_child(
            instance=HomePage(title="Home", slug="admin-home", locale=locale)
        )
        Site.objects.update(root_page=cls.home)
        cls.fair = publish(FairPageFactory(parent=cls.home))
        cls.booth = build_booth(
            cls.fair, topics=1, projects=1, events=1, resources=1, contact=ContactFactory()
        )

    def setUp(self):
        self.login()

    def page_of(self, page_class):
        if page_class is FairPage:
            return self.fair
        return page_class.objects.descendant_of(self.fair).first()

    def test_every_page_type_is_routable_and_renderable(self):
        site = Site.objects.get(is_default_site=True)
        for page_class in PAGE_TYPES:
            with self.subTest(page_class.__name__):
                page = self.page_of(page_class)
                # Wagtail's assertPageIsRoutable does not know the /en/ prefix of
                # i18n_patterns, so the route is walked from the site root here.
                _site_id, _root, path = page.get_url_parts()
                components = [part for part in path.split("/") if part][1:]
                request = self.client.get("/").wsgi_request
                routed = site.root_page.specific.route(request, components)
                self.assertEqual(routed.page.pk, page.pk)
                self.assertPageIsRenderable(page)

    def test_every_page_type_is_editable(self):
        # StreamFields are drawn by JavaScript, so the POST data is given, not scraped.
        for page_class in PAGE_TYPES:
            page = self.page_of(page_class)
            with self.subTest(page_class.__name__):
                self.assertPageIsEditable(page, post_data=edit_form_data(page))

    def test_every_page_type_is_previewable(self):
        for page_class in PAGE_TYPES:
            page = self.page_of(page_class)
            with self.subTest(page_class.__name__):
                self.assertPageIsPreviewable(page, post_data=edit_form_data(page))

    def test_every_field_an_editor_fills_in_has_help_text(self):
        from icm_ebooth.models import ProjectPartner

        for model in [*PAGE_TYPES, Contact, ProjectPartner]:
            for field in model._meta.get_fields(include_parents=False):
                if not getattr(field, "editable", False) or field.auto_created:
                    continue
                if field.name in {"page", "translation_key", "locale"}:
                    continue
                with self.subTest(f"{model.__name__}.{field.name}"):
                    self.assertTrue(field.help_text, f"{model.__name__}.{field.name}")

    def test_editor_creates_a_topic_under_a_booth(self):
        self.assertCanCreate(
            self.booth,
            TopicPage,
            nested_form_data(
                {
                    "title": "How to apply",
                    "introduction": "Steps and deadlines.",
                    "body": streamfield(
                        [("text", rich_text("<p>Apply through your agency.</p>"))]
                    ),
                }
            ),
        )
        topic = TopicPage.objects.get(title="How to apply")
        self.assertContains(self.client.get(topic.url), "Apply through your agency.")

    def test_admin_offers_only_topics_under_a_booth_that_has_its_indexes(self):
        # The index, library and event index already exist and a booth has one of each,
        # so a topic is the only choice and Wagtail goes straight to its form.
        response = self.client.get(reverse("wagtailadmin_pages:add_subpage", args=[self.booth.pk]))
        self.assertRedirects(
            response,
            reverse("wagtailadmin_pages:add", args=["icm_ebooth", "topicpage", self.booth.pk]),
        )

    def test_admin_offers_every_booth_part_under_an_empty_booth(self):
        booth = publish(BoothPage(title="Empty booth", slug="empty-booth"), parent=self.fair)
        response = self.client.get(reverse("wagtailadmin_pages:add_subpage", args=[booth.pk]))
        html = response.content.decode()
        for part in ("topicpage", "projectexampleindexpage", "resourcelibrarypage",
                     "eventindexpage"):  # fmt: skip
            self.assertIn(f"/admin/pages/add/icm_ebooth/{part}/{booth.pk}/", html)
        for outsider in ("eventpage", "projectexamplepage", "boothpage", "fairpage"):
            self.assertNotIn(f"/admin/pages/add/icm_ebooth/{outsider}/{booth.pk}/", html)

    def test_contact_snippet_has_an_admin_listing_and_edit_view(self):
        contact = Contact.objects.first()
        listing = self.client.get(reverse("wagtailsnippets_icm_ebooth_contact:list"))
        self.assertContains(listing, contact.name)
        edit = self.client.get(
            reverse("wagtailsnippets_icm_ebooth_contact:edit", args=[contact.pk])
        )
        self.assertEqual(edit.status_code, 200)

    def test_event_times_are_read_in_the_events_zone_not_the_editors(self):
        editor = self.create_superuser("ny-editor", password="pw")
        profile = UserProfile.get_for_user(editor)
        profile.current_time_zone = "America/New_York"
        profile.save()
        self.client.force_login(editor)
        event_index = EventIndexPage.objects.descendant_of(self.booth).first()
        self.assertCanCreate(
            event_index,
            EventPage,
            nested_form_data(
                {
                    "title": "Information session",
                    "date": "2026-03-04",
                    "start_time": "14:00",
                    "end_time": "15:30",
                    "time_zone": "Europe/Brussels",
                    "status": "scheduled",
                    "dial_in": streamfield([]),
                    "agenda": streamfield([]),
                    "speakers": streamfield([]),
                    "body": streamfield([]),
                }
            ),
        )
        event = EventPage.objects.get(title="Information session")
        self.assertEqual(
            event.start_at, datetime.datetime(2026, 3, 4, 13, 0, tzinfo=datetime.timezone.utc)
        )


STREAM_FIELDS = {
    BoothPage: ["background", "challenges", "notices"],
    TopicPage: ["body"],
    ProjectExamplePage: ["body"],
    ResourceLibraryPage: ["resources"],
    EventPage: ["dial_in", "agenda", "speakers", "body"],
}
REQUIRED = {
    ProjectExamplePage: {
        "project_reference": "2019-1-BE02-KA107-000042",
        "call_year": "2019",
        "status": "completed",
        "coordinator_name": "Example University",
        "coordinator_country": "BE",
        "partners-TOTAL_FORMS": "0",
        "partners-INITIAL_FORMS": "0",
        "partners-MIN_NUM_FORMS": "0",
        "partners-MAX_NUM_FORMS": "1000",
    },
    EventPage: {
        "date": "2021-01-27",
        "start_time": "14:00",
        "end_time": "15:30",
        "time_zone": "Europe/Brussels",
        "status": "scheduled",
    },
}


def edit_form_data(page):
    """Minimal valid edit-form data for ``page``: its title, slug and required fields."""
    page_class = page.specific_class
    data = {"title": page.title, "slug": page.slug, **REQUIRED.get(page_class, {})}
    for name in STREAM_FIELDS.get(page_class, []):
        data[name] = streamfield([])
    return nested_form_data(data)
