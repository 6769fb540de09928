"""A booth with the content of a busy one, built in about a minute for ``benchmarks/pages.py``.

Ten topics with long bodies, 1,000 project examples, a library of 200 items and 50 events,
in English and French. The pages editors make one by one (fair, booth, topics, indexes,
library) are published with revisions and translated with wagtail-localize's own records,
as in the test suite; so are five of the events, the live one among them. The other events
and the 1,000 project examples, in both languages, are written straight into the page tree,
live and without revisions or translation records: the pages a visitor is served are the
same, and building them takes seconds instead of many minutes."""

import datetime
import random
import zoneinfo
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale

from demo_site.demo_content.home import ensure_home_page, ensure_locales
from demo_site.demo_content.pages import stream
from demo_site.demo_content.statement import build_accessibility_statement
from demo_site.models import StandardPage
from icm_ebooth.models import (
    BoothPage,
    Contact,
    EventIndexPage,
    EventPage,
    FairPage,
    ProjectExampleIndexPage,
    ProjectExamplePage,
    ProjectPartner,
    ResourceLibraryPage,
    TopicPage,
)
from tests.factories import add_live_children, make_document, make_image, publish
from tests.translating import translate_to

TOPICS = 10
PROJECTS = 1_000
RESOURCES = 200
EVENTS = 50
# Events translated with wagtail-localize (the live one among them); the rest in bulk.
LOCALIZED_EVENTS = 5

# Countries of programme-country coordinators, and partner countries from every region.
COORDINATOR_COUNTRIES = ["BE", "DE", "FR", "IT", "ES", "NL", "PL", "PT", "SE", "FI", "AT", "CZ"]
PARTNER_COUNTRIES = [
    "AL", "BA", "ME", "RS", "MK",  # Western Balkans
    "UA", "GE", "AM", "MD", "AZ",  # Eastern Partnership
    "MA", "TN", "EG", "LB", "JO",  # South Mediterranean
    "RU", "KZ", "UZ", "KG",  # Russia and Central Asia
    "CN", "VN", "IN", "ID", "TH", "NP",  # Asia
    "IR", "IQ", "YE",  # Middle East
    "KE", "ET", "GH", "NG", "ZA", "SN", "CM",  # Sub-Saharan Africa
    "BR", "MX", "AR", "CO", "PE", "CL",  # Latin America
    "US", "CA", "JP", "KR", "AU",  # Industrialised countries
]  # fmt: skip
MOBILITY_FIELDS = [
    "student_studies",
    "student_traineeships",
    "staff_teaching",
    "staff_training",
    "doctoral",
    "short_term_blended",
]
# (English, French) subjects: project titles and summaries are made from them.
SUBJECTS = [
    ("Agronomy", "Agronomie"),
    ("Civil engineering", "Génie civil"),
    ("Water management", "Gestion de l'eau"),
    ("Public health", "Santé publique"),
    ("Sustainable tourism", "Tourisme durable"),
    ("Computer science", "Informatique"),
    ("Renewable energy", "Énergies renouvelables"),
    ("Teacher education", "Formation des enseignants"),
    ("Veterinary medicine", "Médecine vétérinaire"),
    ("Urban planning", "Urbanisme"),
    ("Forestry", "Foresterie"),
    ("Music and performing arts", "Musique et arts du spectacle"),
    ("Law and human rights", "Droit et droits humains"),
    ("Marine biology", "Biologie marine"),
    ("Economics", "Économie"),
]
TIME_ZONES = [
    "Europe/Brussels",
    "Europe/Lisbon",
    "Europe/Helsinki",
    "America/Sao_Paulo",
    "America/Mexico_City",
    "Africa/Nairobi",
    "Africa/Dakar",
    "Asia/Kolkata",
    "Asia/Bangkok",
    "Asia/Tokyo",
    "Pacific/Auckland",
]
VIDEO_URLS = [
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://vimeo.com/76979871",
    "https://youtu.be/aqz-KE-bpKQ",
]
RESOURCE_LANGUAGES = ["en", "en", "en", "fr", "de", "es", "it", "pl"]

PARAGRAPH = (
    "<p>International Credit Mobility funds <b>student and staff exchanges</b> between "
    "higher education institutions in Programme Countries and their partners around the "
    "world. Students may study for three to twelve months; staff may teach or train for "
    'five days to two months. <a href="https://erasmus-plus.ec.europa.eu/">Read the '
    "Programme Guide</a> for the rules of each call.</p>"
    "<ul><li>Recognition of credits through learning agreements</li>"
    "<li>Grants for travel and subsistence</li><li>Organisational support</li></ul>"
)


@dataclass
class Booth:
    """The pages the benchmark requests, per language code."""

    fair: dict = field(default_factory=dict)
    booth: dict = field(default_factory=dict)
    topic: dict = field(default_factory=dict)
    project_index: dict = field(default_factory=dict)
    project: dict = field(default_factory=dict)
    library: dict = field(default_factory=dict)
    event_index: dict = field(default_factory=dict)
    event: dict = field(default_factory=dict)
    # The example site's accessibility statement: a plain Wagtail page, for reference.
    plain_page: object = None
    counts: dict = field(default_factory=dict)


def add_translations(sources, parent, translate):
    """Live copies of ``sources`` under ``parent`` (a translation of their parent).

    Each copy keeps its source's translation key and takes ``parent``'s locale, which is
    what makes it the source's translation; ``translate(copy, source)`` sets its texts.
    """
    model = type(sources[0])
    copies = []
    for source in sources:
        copy = model(
            **{
                field.attname: getattr(source, field.attname)
                for field in model._meta.concrete_fields
                if not field.primary_key
            }
        )
        translate(copy, source)
        copies.append(copy)
    return add_live_children(parent, copies)


class Builder:
    """Builds the booth; ``build()`` returns a :class:`Booth`."""

    def __init__(self, seed=2024):
        self.random = random.Random(seed)
        self.now = timezone.now()

    def build(self):
        with transaction.atomic():
            home, pages = self.build_english()
        self.translate(home, pages)
        return self.measured_pages(pages)

    def build_english(self):
        locales = ensure_locales()
        self.fr = next(locale for locale in locales if locale.language_code == "fr")
        self.en = Locale.get_default()
        home = ensure_home_page()
        self.plain_page = build_accessibility_statement(home)
        self.images = [
            make_image(f"Campus {n}", colour=colour)
            for n, colour in enumerate(["white", "teal", "navy", "orange", "olive", "maroon"])
        ]
        self.documents = [
            make_document(f"Guide {n}", f"guide-{n}.pdf", size=250_000 + 37_000 * n)
            for n in range(12)
        ] + [make_document(f"Slides {n}", f"slides-{n}.pptx", size=2_400_000) for n in range(4)]
        self.contact = Contact.objects.create(
            name="ICM helpdesk",
            role="Information officer",
            organisation="European Education and Culture Executive Agency",
            email="helpdesk@example.org",
            phone="+32 2 299 11 11",
            website="https://example.org/contact",
            locale=self.en,
        )
        fair = publish(
            FairPage(
                title="Erasmus+ virtual fair",
                slug="fair",
                introduction="<p>Meet the actions of the programme, booth by booth.</p>",
            ),
            home,
        )
        booth = publish(self.booth_page(), fair)
        # Children first, in the booth's order; topics are filled once what they link exists.
        topics = [
            booth.add_child(instance=TopicPage(title=title, slug=slugify(title), live=False))
            for title in self.topic_titles()
        ]
        index = publish(
            ProjectExampleIndexPage(
                title="Project examples",
                slug="project-examples",
                introduction="Projects the action has funded, with their partners and results.",
            ),
            booth,
        )
        library = booth.add_child(
            instance=ResourceLibraryPage(
                title="Visual materials", slug="visual-materials", live=False
            )
        )
        event_index = publish(
            EventIndexPage(
                title="Events",
                slug="events",
                introduction="Live information sessions, webinars and their recordings.",
            ),
            booth,
        )
        events = add_live_children(event_index, self.events())
        projects = self.projects(index)
        topics = [
            self.publish_topic(topic, n, topics, index, library, events)
            for n, topic in enumerate(topics)
        ]
        library.introduction = "Leaflets, slide decks, videos and links, to share and reuse."
        library.resources = self.resources(topics)
        library = publish(library)
        pages = {
            "fair": [fair],
            "booth": [booth],
            "topics": topics,
            "index": [index],
            "projects": projects,
            "library": [library],
            "event_index": [event_index],
            "events": events,
        }
        return home, pages

    def translate(self, home, pages):
        """French versions, outside a transaction: wagtail-localize publishes on commit.

        The pages editors translate one by one go through wagtail-localize; so do the first
        events (the live one among them). The other events and the project examples are
        written as translated pages in bulk.
        """
        translate_to(self.contact, self.fr)
        translate_to(home, self.fr)
        self.french = {}
        events = pages["events"]
        for name in ("fair", "booth", "topics", "index", "library", "event_index"):
            self.french[name] = [translate_to(page, self.fr) for page in pages[name]]
        localized = [translate_to(event, self.fr) for event in events[:LOCALIZED_EVENTS]]
        self.french["events"] = localized + add_translations(
            events[LOCALIZED_EVENTS:], self.french["event_index"][0], french_event
        )
        self.french["projects"] = self.translate_projects(
            pages["projects"], self.french["index"][0]
        )

    def measured_pages(self, pages):
        """The pages the benchmark requests, in each language."""
        booth = Booth()
        french = self.french
        live = next(
            n for n, event in enumerate(pages["events"]) if event.phase(self.now).name == "live"
        )
        middle = len(pages["projects"]) // 2
        for code, chosen in (("en", pages), ("fr", french)):
            booth.fair[code] = chosen["fair"][0]
            booth.booth[code] = chosen["booth"][0]
            booth.topic[code] = chosen["topics"][0]
            booth.project_index[code] = chosen["index"][0]
            booth.project[code] = chosen["projects"][middle]
            booth.library[code] = ResourceLibraryPage.objects.get(pk=chosen["library"][0].pk)
            booth.event_index[code] = chosen["event_index"][0]
            booth.event[code] = chosen["events"][live]
        booth.plain_page = self.plain_page
        booth.counts = {
            "topics": len(pages["topics"]),
            "projects": len(pages["projects"]),
            "resources": len(booth.library["en"].resources),
            "events": len(pages["events"]),
        }
        return booth

    # The booth and its topics.

    def booth_page(self):
        section = [
            ("text", PARAGRAPH),
            (
                "notice",
                {
                    "level": "info",
                    "title": "From call 2022: KA171",
                    "text": "<p>The action continues as key action KA171.</p>",
                },
            ),
            ("figures", self.figures()),
            ("image", self.image_figure(0)),
            ("download", self.download(0)),
        ]
        return BoothPage(
            title="International Credit Mobility",
            slug="international-credit-mobility",
            tagline="Student and staff mobility with partner countries around the world",
            aim="<p>General information about the action, how to apply, project examples "
            "and live events with the agencies that run it.</p>",
            background=stream(BoothPage, "background", section),
            challenges=stream(BoothPage, "challenges", section[:3]),
            key_document=self.documents[0],
            key_document_language="en",
            notices=stream(
                BoothPage,
                "notices",
                [
                    (
                        "notice",
                        {
                            "level": "warning",
                            "title": "Call 2025 is open",
                            "text": "<p>Apply to your National Agency before the deadline.</p>",
                            "show_from": self.now - datetime.timedelta(days=10),
                            "show_until": self.now + datetime.timedelta(days=40),
                        },
                    )
                ],
            ),
            call_status="open",
            call_deadline=self.now + datetime.timedelta(days=40),
            best_practices_intro="<p>Projects the agencies selected as good practice.</p>",
            contact=self.contact,
            logo=self.images[0],
        )

    @staticmethod
    def topic_titles():
        return [
            "How to apply",
            "What kind of activities are supported",
            "Funding opportunities",
            "Expected impact",
            "Eligible countries and regions",
            "Recognition of credits",
            "Inclusion and accessibility",
            "Green and digital mobility",
            "Reporting and monitoring",
            "Frequently asked questions",
        ][:TOPICS]

    def figures(self):
        return {
            "heading": "The action in numbers",
            "figures": [
                {
                    "value": value,
                    "label": label,
                    "source": "Erasmus+ Programme Guide",
                    "year": 2020,
                }
                for value, label in [
                    ("12 months", "Longest student mobility"),
                    ("€ 850", "Monthly grant to Programme Countries"),
                    ("150+", "Partner countries"),
                ]
            ],
        }

    def image_figure(self, n):
        image = self.images[n % len(self.images)]
        return {
            "image": {"image": image, "alt_text": f"Students on campus {n}", "decorative": False},
            "caption": "Exchange students at a partner university.",
            "attribution": "© European Union",
        }

    def download(self, n):
        return {
            "document": self.documents[n % len(self.documents)],
            "title": f"Guide for applicants, part {n + 1}",
            "language": "en",
            "description": "The rules of the call in a few pages.",
        }

    def publish_topic(self, topic, n, topics, index, library, events):
        others = [page for page in topics if page.pk != topic.pk]
        body = []
        for part in range(3):
            body += [
                ("heading", {"text": f"Section {part + 1}", "level": "h2", "anchor": ""}),
                ("text", PARAGRAPH),
                ("text", PARAGRAPH.replace("Programme Guide", "call document")),
            ]
        body += [
            (
                "notice",
                {
                    "level": "warning",
                    "title": "Deadline",
                    "text": "<p>Applications close in early February.</p>",
                },
            ),
            (
                "faq",
                {
                    "heading": "Questions and answers",
                    "items": [
                        {"question": f"Question {q}?", "answer": PARAGRAPH} for q in range(6)
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Step by step",
                    "steps": [
                        {"title": f"Step {s}", "text": "<p>What to do now.</p>"} for s in range(4)
                    ],
                },
            ),
            ("figures", self.figures()),
            (
                "funding_table",
                {
                    "caption": "Monthly grants for students",
                    "columns": ["Direction", "2015-2020", "From 2021"],
                    "rows": [
                        {"heading": f"Band {b}", "cells": [f"EUR {650 + 50 * b}", "EUR 900"]}
                        for b in range(6)
                    ],
                    "source": "Erasmus+ Programme Guide",
                    "year": 2022,
                },
            ),
            ("image", self.image_figure(n)),
            (
                "gallery",
                {
                    "title": "Pictures",
                    "items": [
                        {"image": image, "alt_text": f"Picture {g}", "caption": ""}
                        for g, image in enumerate(self.images[:4])
                    ],
                },
            ),
            ("download", self.download(n)),
            ("download", self.download(n + 1)),
            (
                "video",
                {
                    "title": "A student's testimonial",
                    "url": VIDEO_URLS[n % len(VIDEO_URLS)],
                    "poster": self.images[1],
                    "duration": "4:30",
                    "language": "en",
                    "transcript": PARAGRAPH,
                },
            ),
            (
                "quote",
                {
                    "quote": "My semester abroad changed how I see my own country.",
                    "name": "Amina",
                    "role": "Exchange student from Kenya",
                    "image": self.images[2],
                },
            ),
            (
                "cta",
                {
                    "heading": "See what others did",
                    "text": "A thousand funded projects, by region and year.",
                    "button_label": "Find project examples",
                    "page": index,
                },
            ),
            ("related", {"heading": "See also", "pages": [*others[:3], library]}),
            ("contact", {"heading": "Questions?", "contact": self.contact}),
            ("event", {"heading": "Join us live", "event": events[-1]}),
        ]
        topic.introduction = "What this topic covers, in one or two sentences."
        topic.search_description = f"Everything about {topic.title.lower()}."
        topic.body = stream(TopicPage, "body", body)
        return publish(topic)

    # The project examples.

    def project(self, n):
        rnd = self.random
        year = 2015 + n % 10
        action = "KA107" if year <= 2020 else "KA171"
        country = rnd.choice(COORDINATOR_COUNTRIES)
        subject = SUBJECTS[n % len(SUBJECTS)][0]
        partners = rnd.sample(PARTNER_COUNTRIES, rnd.randint(1, 4))
        if action == "KA107":
            reference = f"{year}-1-{country}01-KA107-{n:06d}"
        else:
            reference = f"{year}-1-{country}01-KA171-HED-{n:09d}"
        mobility = set(rnd.sample(MOBILITY_FIELDS[:5], rnd.randint(1, 3)))
        if action == "KA171" and rnd.random() < 0.5:
            mobility.add("short_term_blended")
        end = datetime.date(year + 2, 7, 31)
        page = ProjectExamplePage(
            title=f"{subject} with {', '.join(partners)} ({n + 1})",
            slug=f"project-{n + 1}",
            project_reference=reference,
            key_action=action,
            action_type="Higher education student and staff mobility",
            call_year=year,
            status="completed" if end < self.now.date() else "ongoing",
            start_date=datetime.date(year, 6, 1),
            end_date=end,
            coordinator_name=f"Example University {n % 97 + 1}",
            coordinator_type="Higher education institution (tertiary level)",
            coordinator_country=country,
            coordinator_website="https://example.org/university",
            partner_countries=partners,
            incoming_mobilities=rnd.randint(2, 60),
            outgoing_mobilities=rnd.randint(0, 30),
            eu_grant=Decimal(rnd.randint(40_000, 400_000)),
            summary=(
                f"{subject} students from {len(partners)} partner universities spent a "
                "semester in Europe, and lecturers taught short modules at the partners. "
                "The partners now recognise the credits earned abroad in full."
            ),
            is_good_practice=rnd.random() < 0.15,
            is_success_story=rnd.random() < 0.1,
            is_illustrative=True,
            project_card_url="https://erasmus-plus.ec.europa.eu/projects",
            **{name: name in mobility for name in MOBILITY_FIELDS},
        )
        if n % 3 == 0:
            page.body = stream(
                ProjectExamplePage,
                "body",
                [
                    ("text", PARAGRAPH),
                    (
                        "quote",
                        {"quote": "We learned as much as our students.", "name": "A lecturer"},
                    ),
                ],
            )
        return page

    def projects(self, index):
        pages = add_live_children(index, [self.project(n) for n in range(PROJECTS)])
        ProjectPartner.objects.bulk_create(
            ProjectPartner(
                page=page,
                sort_order=order,
                name=f"Partner University of {code}",
                country=code,
                organisation_type="University",
            )
            for page in pages
            for order, code in enumerate(page.partner_countries)
        )
        return pages

    def translate_projects(self, projects, index_fr):
        """French project examples, written in bulk as translations of the English ones."""
        subjects = dict(SUBJECTS)

        def french(page, source):
            subject = subjects[source.title.split(" with ")[0]]
            countries = ", ".join(str(code) for code in source.partner_countries)
            number = source.slug.rsplit("-", 1)[-1]
            page.title = f"{subject} avec {countries} ({number})"
            page.summary = (
                "Des étudiants des universités partenaires ont passé un semestre en Europe, "
                "et des enseignants ont donné de courts modules chez les partenaires."
            )

        pages = add_translations(projects, index_fr, french)
        ProjectPartner.objects.bulk_create(
            ProjectPartner(
                page=page,
                sort_order=partner.sort_order,
                name=partner.name,
                country=partner.country,
                organisation_type="Université",
            )
            for page, source in zip(pages, projects, strict=True)
            for partner in source.partners.all()
        )
        return pages

    # The library.

    def resources(self, topics):
        rnd = self.random
        items = []
        for n in range(RESOURCES):
            details = {
                "audience": rnd.choice(["everyone", "students", "staff", "institutions"]),
                "year": 2015 + n % 10,
                "topics": rnd.sample(topics, rnd.randint(0, 2)),
                "featured": n < 3,
                "thumbnail": None,
            }
            language = rnd.choice(RESOURCE_LANGUAGES)
            kind = ["document"] * 9 + ["slides"] * 2 + ["video"] * 4 + ["image"] * 2 + ["link"] * 3
            kind = kind[n % len(kind)]
            if kind in ("document", "slides"):
                document = (
                    self.documents[n % 12] if kind == "document" else self.documents[12 + n % 4]
                )
                value = {
                    "document": document,
                    "title": f"Leaflet {n + 1}",
                    "language": language,
                    "description": "What the action funds and how to apply.",
                }
            elif kind == "video":
                value = {
                    "title": f"Testimonial {n + 1}",
                    "url": VIDEO_URLS[n % len(VIDEO_URLS)],
                    "poster": self.images[n % len(self.images)],
                    "duration": "3:15",
                    "language": language,
                    "transcript": "<p>I came to Europe for one semester.</p>",
                    "description": "A participant tells their story.",
                }
            elif kind == "image":
                value = {
                    "title": f"Infographic {n + 1}",
                    "description": "The action at a glance.",
                    "image": self.images[n % len(self.images)],
                    "alt_text": "Durations and grants of the action.",
                }
            else:
                value = {
                    "title": f"Programme page {n + 1}",
                    "description": "On the European Commission's site.",
                    "url": f"https://erasmus-plus.ec.europa.eu/page-{n}",
                    "language": language,
                }
            items.append((kind, {**value, **details}))
        return stream(ResourceLibraryPage, "resources", items)

    # The events.

    def events(self):
        """Past, live and upcoming events in several time zones."""
        rnd = self.random
        events = []
        for n in range(EVENTS):
            zone = TIME_ZONES[n % len(TIME_ZONES)]
            local_now = self.now.astimezone(zoneinfo.ZoneInfo(zone))
            if n < 3:
                # Live now: started 20 minutes ago, ends in 70.
                start = (local_now - datetime.timedelta(minutes=20)).replace(
                    second=0, microsecond=0
                )
            else:
                days = (n - 3) * 9 - 200  # from about 200 days ago to 220 days ahead
                start = (local_now + datetime.timedelta(days=days)).replace(
                    hour=10 + n % 6, minute=0, second=0, microsecond=0
                )
            end = start + datetime.timedelta(minutes=90)
            all_day = n % 10 == 9
            event = EventPage(
                title=f"Information session {n + 1}",
                slug=f"information-session-{n + 1}",
                date=start.date(),
                start_time=None if all_day else start.time().replace(tzinfo=None),
                end_time=None if all_day else end.time().replace(tzinfo=None),
                end_date=end.date() if end.date() != start.date() and not all_day else None,
                time_zone=zone,
                status="cancelled" if n % 17 == 16 else "scheduled",
                summary="Questions and answers about the action and the next call.",
                platform="Webex",
                join_url=f"https://example.org/webex/session-{n + 1}",
                meeting_number="175 888 1946",
                access_code="ICM2025",
                video_system_code="32668420",
                registration_url="https://example.org/register",
                contact=self.contact,
                slides=self.documents[12 + n % 4] if start < self.now else None,
                dial_in=stream(
                    EventPage,
                    "dial_in",
                    [
                        ("number", {"country": "BE", "number": "+32 2 894 13 00"}),
                        ("number", {"country": "FR", "number": "+33 1 70 91 86 46"}),
                    ],
                ),
                agenda=stream(
                    EventPage,
                    "agenda",
                    [
                        (
                            "item",
                            {
                                "start_time": (start + datetime.timedelta(minutes=30 * i)).time(),
                                "end_time": (
                                    start + datetime.timedelta(minutes=30 * i + 30)
                                ).time(),
                                "title": title,
                                "description": "With time for questions.",
                                "speakers": "A. Officer, B. Coordinator",
                            },
                        )
                        for i, title in enumerate(["Welcome", "The action", "Questions"])
                    ],
                ),
                speakers=stream(
                    EventPage,
                    "speakers",
                    [
                        (
                            "speaker",
                            {
                                "name": f"Speaker {s}",
                                "role": "Policy officer",
                                "organisation": "EACEA",
                                "photo": rnd.choice(self.images),
                            },
                        )
                        for s in range(3)
                    ],
                ),
                body=stream(EventPage, "body", [("text", PARAGRAPH)]),
            )
            events.append(event)
        return events


def french_event(page, source):
    page.title = f"Séance d'information {source.slug.rsplit('-', 1)[-1]}"
    page.summary = "Questions et réponses sur l'action et le prochain appel."


def build():
    """Build the booth in the current database; return a :class:`Booth`."""
    return Builder().build()


def add_other_pages(count, batch=5_000):
    """``count`` plain pages elsewhere on the site, to show the booth does not feel them.

    A booth's queries look only below the booth, so its pages should cost the same on a
    site of two thousand pages as on one of fifty thousand.
    """
    home = ensure_home_page()
    parent = StandardPage.objects.child_of(home).filter(slug="other-pages").first()
    if parent is None:
        parent = home.add_child(
            instance=StandardPage(title="Other pages", slug="other-pages", body="<p>Other.</p>")
        )
    for start in range(0, count, batch):
        add_live_children(
            parent,
            [
                StandardPage(title=f"Other page {n}", slug=f"other-{n}", body="<p>Other.</p>")
                for n in range(start, min(count, start + batch))
            ],
        )


def insert_live_children(parent, pages, batch=2_000):
    """Add the ``pages`` of one specific model under ``parent`` with bulk inserts.

    For a site of a hundred thousand pages, where saving each page (as
    ``add_live_children`` does) would take hours on a busy machine: the page rows are
    inserted in batches, then the model's own rows, and the search index is filled in bulk.
    No signal is sent, so nothing listening for saves (the finder's stored facts, the page
    cache) hears of them: build before the first request.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import prefetch_related_objects
    from modelsearch.backends import get_search_backends
    from wagtail.models import Page
    from wagtail.search import index

    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    last = (
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .first()
    )
    first_step = (int(last.path[-Page.steplen :], 36) if last else 0) + 1
    now = timezone.now()
    own_fields = [field for field in model._meta.local_concrete_fields if not field.primary_key]
    parent_link = model._meta.pk
    related = [
        field.field_name
        for field in model.get_search_fields()
        if isinstance(field, index.RelatedFields)
    ]
    for start in range(0, len(pages), batch):
        chunk = pages[start : start + batch]
        rows = []
        for step, page in enumerate(chunk, start=first_step + start):
            page.depth = parent.depth + 1
            page.path = Page._get_path(parent.path, page.depth, step)
            page.numchild = 0
            page.locale_id = parent.locale_id
            page.live = True
            page.has_unpublished_changes = False
            page.draft_title = page.title
            page.first_published_at = page.last_published_at = now
            page.content_type_id = content_type.pk
            page.url_path = f"{parent.url_path}{page.slug}/"
            if hasattr(page, "derive_fields"):
                page.derive_fields()  # what save() would fill (a project's regions)
            rows.append(
                Page(**{f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields})
            )
        with transaction.atomic():
            Page.objects.bulk_create(rows)
            for page, row in zip(chunk, rows, strict=True):
                page.pk = page.id = row.pk
                setattr(page, parent_link.attname, row.pk)
            model._base_manager._insert(chunk, fields=[parent_link, *own_fields], raw=True)
        # One query for each related model the search index reads, not one per page.
        prefetch_related_objects(chunk, *related)
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, chunk)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.refresh_from_db(fields=["numchild"])
    return pages
