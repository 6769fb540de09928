"""The fair (a hall of booths) and the booth, the e-Booth's home page."""

from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from icm_ebooth import clock, colours
from icm_ebooth.api.fields import (
    LocalisedContactField,
    PublicDocumentField,
    PublicImageField,
    PublicRichTextField,
)
from icm_ebooth.blocks import SectionStreamBlock
from icm_ebooth.blocks.notices import DatedNoticeStreamBlock
from icm_ebooth.blocks.prefetch import convert_together, unread_page_fields, unshown
from icm_ebooth.conf import ebooth_settings
from icm_ebooth.ical import FEED_FILE_NAME
from icm_ebooth.models.events import EventIndexPage, EventPage
from icm_ebooth.models.mixins import EboothPageMixin
from icm_ebooth.models.projects import ProjectExampleIndexPage, ProjectExamplePage
from icm_ebooth.models.resources import ResourceLibraryPage
from icm_ebooth.models.serving import ServedPageMixin
from icm_ebooth.privacy import visible_to_public
from icm_ebooth.subqueries import in_any_of
from icm_ebooth.translations import in_locale, knows_translations, language_versions
from icm_ebooth.tree import children_q
from icm_ebooth.widgets import LanguageSelect

CALL_STATUS_CHOICES = [
    (clock.CALL_NOT_SHOWN, _("Not shown")),
    (clock.CALL_OPEN, _("Open")),
    (clock.CALL_CLOSED, _("Closed")),
    (clock.CALL_EXPECTED, _("Next call expected")),
]

# A booth's "main topics" are its children of every type but the event index, whose
# content the booth shows in its live-event section.
BOOTH_CHILD_TYPES = [
    "icm_ebooth.TopicPage",
    "icm_ebooth.ProjectExampleIndexPage",
    "icm_ebooth.ResourceLibraryPage",
    "icm_ebooth.EventIndexPage",
]

# The booth's sections whose introduction is their teaser in its list of main topics. The
# booth's home reads just that column of their own rows: a topic's body, say, is left unread
# (decoding every topic's stream would cost more than the rest of the query).
TEASER_RELATIONS = ("topicpage", "projectexampleindexpage", "resourcelibrarypage")
# The library's own row comes whole: its items feed the booth's latest resources.
LIBRARY_RELATION = "resourcelibrarypage"
# What a project's card shows (``includes/project_card.html``) besides the page's own fields.
PROJECT_CARD_FIELDS = (
    "coordinator_country",
    "call_year",
    "key_action",
    "is_good_practice",
    "is_success_story",
    "is_illustrative",
    "summary",
)


class FairPage(ServedPageMixin, EboothPageMixin, Page):
    """A virtual fair: the hall that lists its booths."""

    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("What the fair is about and who it is for."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    api_fields = [APIField("introduction", serializer=PublicRichTextField())]
    override_translatable_fields = [TranslatableField("introduction")]

    subpage_types = ["icm_ebooth.BoothPage"]

    class Meta:
        verbose_name = _("fair")
        verbose_name_plural = _("fairs")

    def cache_scope(self):
        # A fair lists its booths: its entries have a version of their own.
        return self.translation_key

    def booth_and_parent(self):
        return None, None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        booths = list(
            visible_to_public(BoothPage.objects.filter(children_q(self)), request)
            .select_related("logo")
            .order_by("path")
        )
        next_events = EventPage.next_event_per_booth(booths, context["now"], request)
        context["booths"] = [(booth, next_events.get(booth.pk)) for booth in booths]
        return context


class BoothPage(ServedPageMixin, EboothPageMixin, Page):
    """The e-Booth's home: its aim, main topics, notices and teasers that pick themselves."""

    tagline = models.CharField(
        _("tagline"),
        max_length=255,
        blank=True,
        help_text=_("One line shown under the title and on the fair's list of booths."),
    )
    logo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown on the fair's list of booths and at the top of every page of the booth, "
            "beside the booth's name."
        ),
    )
    hero_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A wide photo at the top of the booth's home page, at least 1200 pixels wide. "
            "It is decoration, so screen readers skip it: put nothing in it that visitors "
            "must read."
        ),
    )
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        blank=True,
        help_text=_(
            "The booth's colour for links and buttons, as # and six hexadecimal digits, "
            "e.g. #003399. White text must be readable on it: a contrast ratio of at least "
            "4.5:1. Empty: the site's colour."
        ),
    )
    accent_colour_dark = models.CharField(
        _("accent colour in the dark scheme"),
        max_length=7,
        blank=True,
        help_text=_(
            "For visitors whose site is shown dark: a lighter colour, readable on the dark "
            "page (a contrast ratio of at least 4.5:1). Empty: a lighter shade of the accent "
            "colour is worked out for you."
        ),
    )
    aim = RichTextField(
        _("aim"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Why this e-Booth? What visitors will find and who it is for."),
    )
    background = StreamField(
        SectionStreamBlock(),
        blank=True,
        verbose_name=_("background information"),
        help_text=_("Context visitors need before the topics: history, eligibility, synergies."),
    )
    challenges = StreamField(
        SectionStreamBlock(),
        blank=True,
        verbose_name=_("current challenges"),
        help_text=_("What is changing now, and the priorities behind it."),
    )
    key_document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("key document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The booth's main download, e.g. its PDF leaflet. Translators may choose a "
            "document in their own language."
        ),
    )
    key_document_language = models.CharField(
        _("key document language"),
        max_length=10,
        blank=True,
        help_text=_("The language the key document is written in; shown beside the link."),
    )
    notices = StreamField(
        DatedNoticeStreamBlock(),
        blank=True,
        verbose_name=_("notices"),
        help_text=_("Messages with a level that appear and expire by themselves."),
    )
    call_status = models.CharField(
        _("call status"),
        max_length=10,
        choices=CALL_STATUS_CHOICES,
        blank=True,
        help_text=_("Shown as a badge next to the title."),
    )
    call_deadline = models.DateTimeField(
        _("call deadline"),
        null=True,
        blank=True,
        help_text=_(
            "For an open call: when applications close. The badge turns to 'closed' by itself."
        ),
    )
    next_call_year = models.PositiveSmallIntegerField(
        _("next call year"),
        null=True,
        blank=True,
        help_text=_("For 'next call expected': the year, e.g. 2022."),
    )
    best_practices_intro = RichTextField(
        _("best practices introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Text above the featured project examples."),
    )
    contact = models.ForeignKey(
        "icm_ebooth.Contact",
        verbose_name=_("contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who visitors can ask for more information."),
    )

    serving_related = ("contact", "key_document", "logo", "hero_image", "locale")
    # Every page below the booth shows its brand (see ``icm_ebooth.routing.on_the_way_joins``).
    shown_below = ("logo", "accent_colour", "accent_colour_dark")

    content_panels = [
        *Page.content_panels,
        FieldPanel("tagline"),
        FieldPanel("aim"),
        FieldPanel("background"),
        FieldPanel("challenges"),
        MultiFieldPanel(
            [
                FieldPanel("key_document"),
                FieldPanel("key_document_language", widget=LanguageSelect()),
            ],
            heading=_("Key document"),
        ),
        FieldPanel("best_practices_intro"),
        FieldPanel("contact"),
    ]
    status_panels = [
        MultiFieldPanel(
            [
                FieldPanel("call_status"),
                FieldRowPanel([FieldPanel("call_deadline"), FieldPanel("next_call_year")]),
            ],
            heading=_("Call status"),
        ),
        FieldPanel("notices"),
    ]
    branding_panels = [
        FieldPanel("logo"),
        FieldPanel("hero_image"),
        FieldRowPanel([FieldPanel("accent_colour"), FieldPanel("accent_colour_dark")]),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(status_panels, heading=_("Calls and notices")),
            ObjectList(branding_panels, heading=_("Branding")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("tagline"),
        index.SearchField("aim"),
        index.SearchField("background"),
        index.SearchField("challenges"),
    ]
    api_fields = [
        APIField("tagline"),
        APIField("logo", serializer=PublicImageField()),
        APIField("hero_image", serializer=PublicImageField()),
        APIField("accent_colour"),
        APIField("accent_colour_dark"),
        APIField("aim", serializer=PublicRichTextField()),
        APIField("background"),
        APIField("challenges"),
        APIField("key_document", serializer=PublicDocumentField()),
        APIField("key_document_language"),
        APIField("notices"),
        APIField("call_status"),
        APIField("call_deadline"),
        APIField("next_call_year"),
        APIField("best_practices_intro", serializer=PublicRichTextField()),
        APIField("contact", serializer=LocalisedContactField()),
    ]
    override_translatable_fields = [
        TranslatableField("tagline"),
        TranslatableField("aim"),
        TranslatableField("background"),
        TranslatableField("challenges"),
        TranslatableField("notices"),
        TranslatableField("best_practices_intro"),
        TranslatableField("contact"),
        # Each language may have its own leaflet; the language label follows it.
        SynchronizedField("key_document"),
        SynchronizedField("key_document_language"),
        # The brand is the source booth's in every language (see ``clean``).
        SynchronizedField("logo", overridable=False),
        SynchronizedField("hero_image", overridable=False),
        SynchronizedField("accent_colour", overridable=False),
        SynchronizedField("accent_colour_dark", overridable=False),
        SynchronizedField("call_status", overridable=False),
        SynchronizedField("call_deadline", overridable=False),
        SynchronizedField("next_call_year", overridable=False),
    ]

    # Under any page (or a fair): the child types' own rules keep booths out of booths.
    subpage_types = BOOTH_CHILD_TYPES

    class Meta:
        verbose_name = _("booth")
        verbose_name_plural = _("booths")

    def clean(self):
        super().clean()
        errors = {}
        for field_name, check in (
            ("accent_colour", _light_accent_error),
            ("accent_colour_dark", _dark_accent_error),
        ):
            value = getattr(self, field_name)
            if not value.strip():
                setattr(self, field_name, "")
                continue
            colour = colours.normalise(value)
            if colour is None:
                errors[field_name] = _(
                    "Enter a colour as # and six hexadecimal digits, e.g. #003399."
                )
                continue
            setattr(self, field_name, colour)
            error = check(colour)
            if error:
                errors[field_name] = error
        if errors:
            raise ValidationError(errors)

    def brand_colours(self):
        """The accent colours (light, dark) visitors see, or None when the booth has none.

        Stored values are read again here: one written by code, not through the form, is
        shown only if it is a colour.
        """
        light = colours.normalise(self.accent_colour)
        if light is None:
            return None
        dark = colours.normalise(self.accent_colour_dark) or colours.dark_shade(light)
        return light, dark

    def get_cached_paths(self):
        # Called on a deferred page at every purge: reads no field.
        return ["/", FEED_FILE_NAME]

    def effective_call_status(self, now):
        """The call status visitors see at ``now`` (see ``icm_ebooth.clock.call_status``)."""
        return clock.call_status(self.call_status, self.call_deadline, self.next_call_year, now)

    def visible_notices(self, now):
        """The notices whose window is open at ``now``."""
        return [
            notice
            for notice in self.notices
            if clock.notice_shown(notice.value["show_from"], notice.value["show_until"], now)
        ]

    def booth_sections(self, request=None):
        """Live, public children of the booth's own types, in the editor's order.

        Plain ``Page`` objects with the page fields the home shows: the topic list needs a
        title, a URL and each section's introduction (its ``teaser``, the one column read of
        the types' own rows but the library's, whose items feed the latest resources). When
        routing did not bring the booth's translations, for the language switcher, the query
        brings them (see ``get_context``).
        """
        pages = Page.objects.all()
        wanted = children_q(self) & pages.type_q(*_booth_child_classes())
        # Routing found the booth's translations on its way (see ``icm_ebooth.routing``).
        routed = knows_translations(self)
        if not routed:
            wanted |= Q(translation_key=self.translation_key)
        rows = visible_to_public(
            pages.filter(wanted)
            .annotate(teaser=_teaser())
            .select_related(LIBRARY_RELATION, "locale")
            .defer(*unread_page_fields())
            .order_by("path"),
            request,
        )
        sections, translations = [], []
        for page in rows:
            if page.translation_key == self.translation_key:
                translations.append(page)
            else:
                sections.append(page)
        if request is not None:
            # Kept for the request: the switcher and the hreflang links then need no query.
            language_versions(self, request, translations=None if routed else translations)
        return sections

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = context["now"]
        sections = self.booth_sections(request)
        types = {
            model: ContentType.objects.get_for_model(model)
            for model in (EventIndexPage, ProjectExampleIndexPage, ResourceLibraryPage)
        }
        context["main_topics"] = [
            page for page in sections if page.content_type_id != types[EventIndexPage].pk
        ]
        context["project_index"] = _first_of(sections, types[ProjectExampleIndexPage])
        context["event_index"] = _first_of(sections, types[EventIndexPage])
        library = _first_of(sections, types[ResourceLibraryPage])
        if library is not None:
            library = library.resourcelibrarypage
        context["library"] = library
        # The booth's own streams are converted with the library's teaser: one query per
        # model referred to (documents, images, pages) for all of them, which also brings
        # the logo and hero with their renditions when no cache keeps those.
        own_streams = (self.background, self.challenges, self.notices)
        brand_images = ((self, "logo"), (self, "hero_image"))
        if library is not None:
            # Their topics are not shown: fetching them would cost a query.
            with unshown(*_library_topic_choosers()):
                context["latest_resources"] = library.latest_resources(
                    ebooth_settings.BOOTH_LATEST_RESOURCES,
                    request,
                    convert_with=own_streams,
                    images_of=brand_images,
                )
        else:
            context["latest_resources"] = []
            convert_together(*own_streams, images_of=brand_images)
        context["visible_notices"] = self.visible_notices(now)
        context["call_status"] = self.effective_call_status(now)
        context["featured_event"], context["featured_projects"] = _featured_event_and_projects(
            self, now, ebooth_settings.BOOTH_FEATURED_PROJECTS, request
        )
        context["contact"] = in_locale(self.contact, self.locale_id) if self.contact_id else None
        return context


def _featured_event_and_projects(booth, now, limit, request):
    """The event and the projects a booth's home features, in one query.

    Each model picks its own (``featured_for``) in a subquery; their rows come together,
    the event's with what its teaser shows (``listed_events``), the projects' with what
    their cards show, in their order. Not in the sections' query: PostgreSQL, misjudging
    the joins of all of them before its first ``ANALYZE``, then compiled it (JIT) on every
    view, which cost more than the query saved.
    """
    if not connection.features.allow_sliced_subqueries_with_in:
        return (
            EventPage.featured_for(booth, now, request),
            ProjectExamplePage.featured_for(booth, limit, request),
        )
    event = EventPage.featured_queryset(booth, now, request).values("pk")[:1]
    projects = ProjectExamplePage.featured_queryset(booth, request).values("pk")[:limit]
    project_order = [
        f"-projectexamplepage__{name[1:]}" if name.startswith("-") else name
        for name in ProjectExamplePage.featured_order
    ]
    rows = (
        Page.objects.filter(in_any_of("pk", event, projects))
        .select_related(
            "locale",
            # The teaser's slides (shown once the event is over); not its contact, which
            # only the event index and calendars show.
            "eventpage__slides",
            "projectexamplepage",
        )
        .defer(
            *unread_page_fields(),
            *(f"eventpage__{name}" for name in EventPage.page_only_fields),
            *_project_card_deferred_fields(),
        )
        .order_by(*project_order)
    )
    featured_event, featured_projects = None, []
    for row in rows:
        # A row's other type is not joined: reading it raises AttributeError.
        event = getattr(row, "eventpage", None)
        if event is not None:
            featured_event = event
            EventPage.note_featured(event)
        else:
            featured_projects.append(row.projectexamplepage)
    return featured_event, featured_projects


def _light_accent_error(colour):
    background, ratio = colours.weakest(colour, colours.LIGHT_PARTNERS)
    if ratio >= colours.MINIMUM_RATIO:
        return None
    return _(
        "Links and buttons in %(colour)s would not be readable enough: its contrast ratio "
        "with %(background)s is %(ratio)s:1, and WCAG AA needs at least 4.5:1. Choose a "
        "darker colour, such as %(suggestion)s."
    ) % {
        "colour": colour,
        "background": background,
        "ratio": number_format(colours.shown_ratio(ratio), 2),
        "suggestion": colours.light_suggestion(colour),
    }


def _dark_accent_error(colour):
    background, ratio = colours.weakest(colour, colours.DARK_PARTNERS)
    if ratio >= colours.MINIMUM_RATIO:
        return None
    return _(
        "Links in %(colour)s would not be readable enough on the dark page: its contrast "
        "ratio with %(background)s is %(ratio)s:1, and WCAG AA needs at least 4.5:1. Choose "
        "a lighter colour, such as %(suggestion)s, or leave the field empty."
    ) % {
        "colour": colour,
        "background": background,
        "ratio": number_format(colours.shown_ratio(ratio), 2),
        "suggestion": colours.dark_shade(colour),
    }


def _teaser():
    # The introduction of the section's own type (None for a type without one).
    return Coalesce(
        *(F(f"{relation}__introduction") for relation in TEASER_RELATIONS),
        output_field=models.TextField(),
    )


def _unread_fields(relation, shown):
    model = Page._meta.get_field(relation).related_model
    return [
        f"{relation}__{field.name}"
        for field in model._meta.local_concrete_fields
        if not field.primary_key and field.name not in shown
    ]


@cache
def _project_card_deferred_fields():
    return tuple(_unread_fields("projectexamplepage", PROJECT_CARD_FIELDS))


@cache
def _library_topic_choosers():
    stream_block = ResourceLibraryPage._meta.get_field("resources").stream_block
    return tuple(
        item.child_blocks["topics"].child_block
        for item in stream_block.child_blocks.values()
        if "topics" in getattr(item, "child_blocks", {})
    )


def _booth_child_classes():
    from django.apps import apps

    return [apps.get_model(label) for label in BOOTH_CHILD_TYPES]


def _first_of(pages, content_type):
    return next((page for page in pages if page.content_type_id == content_type.pk), None)
