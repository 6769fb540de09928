"""Live events and their index: times in the event's own zone, a state that follows the clock."""

import datetime
import zoneinfo
from dataclasses import dataclass
from functools import cache, partial

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models.functions import RowNumber, Substr
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from icm_ebooth import clock
from icm_ebooth.addresses import page_url
from icm_ebooth.api.fields import LocalisedContactField, PublicDocumentField
from icm_ebooth.blocks import BodyStreamBlock
from icm_ebooth.blocks.events import AgendaStreamBlock, DialInStreamBlock, SpeakerStreamBlock
from icm_ebooth.compat import get_page_url, page_urls, path_step
from icm_ebooth.conf import ebooth_settings
from icm_ebooth.ical import EVENT_FILE_NAME, FEED_FILE_NAME, CalendarEvent
from icm_ebooth.models.mixins import EboothPageMixin
from icm_ebooth.models.serving import ServedPageMixin
from icm_ebooth.privacy import visible_to_public
from icm_ebooth.query import PAGE, QueryParameters, is_page_shown, mark_not_canonical
from icm_ebooth.safety import safe_url, validate_web_url
from icm_ebooth.timezones import make_aware_strict, validate_time_zone
from icm_ebooth.translations import in_locale
from icm_ebooth.tree import children_q, descendants_q
from icm_ebooth.widgets import TimeZoneInput

STATUS_CHOICES = [
    (clock.SCHEDULED, _("Scheduled")),
    (clock.CANCELLED, _("Cancelled")),
    (clock.POSTPONED, _("Postponed (new date to be announced)")),
    (clock.RESCHEDULED, _("Rescheduled")),
    (clock.MOVED_ONLINE, _("Moved online")),
]


def default_time_zone():
    return ebooth_settings.DEFAULT_TIME_ZONE


@dataclass(frozen=True)
class EventLinks:
    """An event's links as every output shows them: each checked, "" when unsafe or empty."""

    join: str
    registration: str
    recording: str


# What an event's teaser shows beside its own row (``listed_events``), besides its locale.
LISTED_EVENT_RELATED = ("contact", "slides")


def listed_events(events):
    """``events`` with what teasers and calendar entries show, and nothing more.

    Their contact, locale and slides come in the same query. They never show the agenda,
    the speakers or the body, and decoding those streams for every event listed would cost
    more than everything the listing does show.
    """
    return events.select_related("locale", *LISTED_EVENT_RELATED).defer(
        *EventPage.page_only_fields
    )


@cache
def teaser_fields():
    """What a listed event's teaser reads of its row: its title and address, the relations
    ``listed_events`` joins, and its own fields but the streams shown only on its page.

    Of the rest of a page's row (revisions, locks, publishing dates, promotion fields), a
    listing of events reads nothing.
    """
    own = [
        field.name
        for field in EventPage._meta.local_concrete_fields
        if not field.primary_key and field.name not in EventPage.page_only_fields
    ]
    return ("title", "url_path", "locale", *LISTED_EVENT_RELATED, *own)


# What a calendar entry reads of an event's own row (``EventPage.as_calendar_event``).
CALENDAR_FIELDS = (
    "translation_key",
    "title",
    "url_path",
    # With the address, the slug: a feed's URLs are its events' index's plus their slugs.
    "slug",
    "locale",
    "last_published_at",
    "start_at",
    "end_at",
    "start_time",
    "end_date",
    "time_zone",
    "status",
    "ical_sequence",
    "summary",
    "platform",
    "join_url",
    "meeting_number",
    "access_code",
    "video_system_code",
    "dial_in",
    "venue",
)


def public_events_under(page, request=None):
    """Live, public events below ``page`` in its own language, soonest first.

    A list of rows, named tuples of what a calendar entry reads: ``pk``, ``CALENDAR_FIELDS``
    and the contact's ``contact__name`` and ``contact__email``. A feed lists every event, and
    building a page object for each cost more than writing its entry.
    """
    events = visible_to_public(EventPage.objects.filter(descendants_q(page)), request)
    rows = events.order_by("start_at", "pk").values_list(
        "pk", *CALENDAR_FIELDS, "contact__name", "contact__email", named=True
    )
    # The language is checked here: in the query, SQLite would read every page in it
    # (docs/production.md, "Queries and the database's planner").
    return [row for row in rows if row.locale == page.locale_id]


def calendar_events_under(page, request=None):
    """The calendar entries of ``public_events_under(page)``, in the page's language."""
    words = CalendarWords(page.locale.language_code)
    rows = public_events_under(page, request)
    urls = page_urls(EventPage, [(row.pk, row.url_path, row.slug) for row in rows], request)
    return [
        calendar_event(
            row,
            # The page itself is made only should its site's address be needed.
            page_url(SimpleLazyObject(partial(_page_of_row, row)), request, urls[row.pk]),
            words,
            row.contact__name or "",
            row.contact__email or "",
        )
        for row in rows
    ]


def _page_of_row(row):
    return EventPage(id=row.pk, url_path=row.url_path, slug=row.slug, locale_id=row.locale)


def calendar_event(event, url, words, organizer_name, organizer_email):
    """``event``'s entry in calendars: every language version shares one UID.

    ``event``: an ``EventPage``, or a row of its ``CALENDAR_FIELDS``; ``url``: its absolute
    address; ``words``: its language's ``CalendarWords``.
    """
    status = {
        clock.CANCELLED: "CANCELLED",
        clock.POSTPONED: "TENTATIVE",
    }.get(event.status, "CONFIRMED")
    # The only link a calendar shows (``links`` checks all three).
    join_url = safe_url(event.join_url)
    if event.venue:
        location = event.venue
    elif event.platform and join_url:
        location = f"{event.platform} ({join_url})"
    else:
        location = join_url or event.platform
    end = event.end_at
    # Without a start time, the time is to be announced: an all-day event.
    all_day = event.start_time is None
    if all_day:
        # Calendars take an all-day event's last day, not the midnight after it.
        end = end - datetime.timedelta(days=1) if event.end_date else None
    return CalendarEvent(
        uid=f"{event.translation_key}@icm-ebooth",
        title=event.title,
        start=event.start_at,
        end=end,
        time_zone=event.time_zone,
        all_day=all_day,
        description=calendar_description(event, words, join_url),
        url=url,
        location=location,
        status=status,
        sequence=event.ical_sequence,
        last_modified=event.last_published_at,
        organizer_name=organizer_name,
        organizer_email=organizer_email,
    )


def calendar_description(event, words, join_url):
    """Plain text with everything needed to join ``event``, in ``words``' language.

    ``join_url``: the event's join link, checked (``safety.safe_url``).
    """
    lines = [event.summary] if event.summary else []
    if join_url:
        lines.append(words.join % {"url": join_url})
    if event.meeting_number:
        lines.append(words.meeting_number % {"number": event.meeting_number})
    if event.access_code:
        lines.append(words.access_code % {"code": event.access_code})
    if event.video_system_code:
        lines.append(words.video_system_code % {"code": event.video_system_code})
    for number in event.dial_in:
        lines.append(
            words.dial_in
            % {"country": words.country_name(number.value), "number": number.value["number"]}
        )
    return "\n".join(lines)


class CalendarWords:
    """The sentences of calendar descriptions in one language, translated once for a feed.

    Each dial-in country is named once too: naming a country in the visitor's language
    costs more than writing the rest of the description.
    """

    def __init__(self, language_code):
        self.language_code = language_code
        with translation.override(language_code):
            self.join = gettext("Join the web meeting: %(url)s")
            self.meeting_number = gettext("Meeting number: %(number)s")
            self.access_code = gettext("Access code: %(code)s")
            self.video_system_code = gettext("From phones and video systems: %(code)s")
            self.dial_in = gettext("Dial-in (%(country)s): %(number)s")
        self._country_names = {}

    def country_name(self, number):
        """The name of a dial-in number's country (a ``DialInValue``) in this language."""
        code = number.get("country")
        if code not in self._country_names:
            with translation.override(self.language_code):
                self._country_names[code] = number.country_name
        return self._country_names[code]


class EventIndexPage(ServedPageMixin, EboothPageMixin, Page):
    """The booth's events: upcoming first (soonest first), then past (most recent first)."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("Shown above the list of events.")
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    api_fields = [APIField("introduction")]
    override_translatable_fields = [TranslatableField("introduction")]

    parent_page_types = ["icm_ebooth.BoothPage"]
    subpage_types = ["icm_ebooth.EventPage"]
    query_parameters = QueryParameters(PAGE)
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")

    def get_cached_paths(self):
        # Called on a deferred page at every purge: reads no field.
        return ["/", FEED_FILE_NAME]

    def event_ids_in_order(self, now, request=None):
        """Ids of upcoming and running events soonest first, then ended ones most recent first.

        Ids alone are cheap to read for every event; only the page shown is then loaded.
        """
        rows = (
            visible_to_public(EventPage.objects.filter(children_q(self)), request)
            .filter(end_at__isnull=False)
            .order_by("start_at", "pk")
            .values_list("pk", "end_at")
        )
        upcoming, past = [], []
        for pk, end_at in rows:
            (past if clock.is_over(end_at, now) else upcoming).append(pk)
        # Read backwards, the ended ones are newest first (and by falling pk on a tie).
        return upcoming + past[::-1]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = context["now"]
        paginator = Paginator(self.event_ids_in_order(now, request), ebooth_settings.PAGE_SIZE)
        events = paginator.get_page(request.GET.get("page"))
        if not is_page_shown(events, request):
            mark_not_canonical(request)
        # The teasers show an ended event's slides; their contact and locale they leave
        # unread, so those are not joined (see ``teaser_fields``).
        by_id = (
            EventPage.objects.select_related("slides")
            .only(*teaser_fields())
            .in_bulk(events.object_list)
        )
        events.object_list = [by_id[pk] for pk in events.object_list if pk in by_id]
        context["events"] = events
        context["upcoming_events"] = [e for e in events if not clock.is_over(e.end_at, now)]
        context["past_events"] = [e for e in events if clock.is_over(e.end_at, now)]
        return context


class EventPage(ServedPageMixin, EboothPageMixin, Page):
    """A live event: when (in its own zone), how to join, and what is left afterwards."""

    date = models.DateField(_("date"), help_text=_("The day the event starts, in its time zone."))
    start_time = models.TimeField(
        _("start time"),
        null=True,
        blank=True,
        help_text=_(
            "Type it as the clock shows in the event's time zone. Leave empty while the "
            "time is still to be announced."
        ),
    )
    end_time = models.TimeField(
        _("end time"),
        null=True,
        blank=True,
        help_text=_("In the event's time zone. Leave empty for a one-hour slot."),
    )
    end_date = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        help_text=_("Only for events that run over several days."),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default=default_time_zone,
        validators=[validate_time_zone],
        help_text=_(
            "The zone the times are given in: type a city, e.g. 'Brus' for Europe/Brussels "
            "('BRU time'), and pick it from the suggestions."
        ),
    )
    # The instants, derived from the fields above on every save; they drive listings,
    # the state and the calendar feeds.
    start_at = models.DateTimeField(editable=False, null=True, db_index=True)
    end_at = models.DateTimeField(editable=False, null=True, db_index=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=STATUS_CHOICES,
        default=clock.SCHEDULED,
        help_text=_("Upcoming, live and ended follow the clock; set this only for changes."),
    )
    # Calendars replace an event they already have only when SEQUENCE grows.
    ical_sequence = models.PositiveIntegerField(default=0, editable=False)
    previous_start_at = models.DateTimeField(
        _("previous start"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Kept automatically when a rescheduled event's start changes."),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("What the event is about, in a sentence or two.")
    )
    platform = models.CharField(
        _("platform"),
        max_length=100,
        blank=True,
        help_text=_("The web-meeting service, e.g. 'Webex'."),
    )
    join_url = models.URLField(
        _("join link"),
        blank=True,
        max_length=500,
        validators=[validate_web_url],
        help_text=_("The link behind 'Join the web meeting' (https://)."),
    )
    meeting_number = models.CharField(
        _("meeting number"),
        max_length=40,
        blank=True,
        help_text=_("As the platform shows it, e.g. 175 888 1946."),
    )
    access_code = models.CharField(
        _("access code"),
        max_length=40,
        blank=True,
        help_text=_("Password or access code, if any."),
    )
    video_system_address = models.CharField(
        _("video system address"),
        max_length=255,
        blank=True,
        help_text=_("SIP address for video systems, e.g. 1758881946@example.webex.com."),
    )
    video_system_code = models.CharField(
        _("code for phones and video systems"),
        max_length=40,
        blank=True,
        help_text=_("e.g. 32668420."),
    )
    dial_in = StreamField(
        DialInStreamBlock(),
        blank=True,
        verbose_name=_("dial-in numbers"),
        help_text=_("Phone numbers per country."),
    )
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        max_length=500,
        validators=[validate_web_url],
        help_text=_("Where visitors register, if they must."),
    )
    venue = models.TextField(
        _("venue"), blank=True, help_text=_("For hybrid events: the address of the room.")
    )
    agenda = StreamField(
        AgendaStreamBlock(),
        blank=True,
        verbose_name=_("agenda"),
        help_text=_("The sessions, with times in the event's time zone."),
    )
    speakers = StreamField(
        SpeakerStreamBlock(),
        blank=True,
        verbose_name=_("speakers"),
        help_text=_("Who presents, with their role and organisation."),
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Anything else visitors should know."),
    )
    slides = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("slides"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The presentation shown during the event; listed once it has ended."),
    )
    recording_url = models.URLField(
        _("recording"),
        blank=True,
        max_length=500,
        validators=[validate_web_url],
        help_text=_("Link to the recording, published after the event."),
    )
    contact = models.ForeignKey(
        "icm_ebooth.Contact",
        verbose_name=_("contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who visitors can ask about the event."),
    )

    # The calendar links read the contact and the locale.
    serving_related = ("contact", "slides", "locale")
    # Shown only on the event's own page: listings and calendars leave them unread.
    page_only_fields = ("agenda", "speakers", "body")
    # The one stream its calendar file reads (see ``routing.routing_for_file``).
    file_streams = ("dial_in",)

    when_panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldRowPanel([FieldPanel("end_date"), FieldPanel("time_zone", widget=TimeZoneInput())]),
        FieldPanel("status"),
    ]
    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(when_panels, heading=_("When")),
        FieldPanel("summary"),
        FieldPanel("agenda"),
        FieldPanel("speakers"),
        FieldPanel("body"),
        FieldPanel("contact"),
    ]
    joining_panels = [
        FieldPanel("platform"),
        FieldPanel("join_url"),
        FieldRowPanel([FieldPanel("meeting_number"), FieldPanel("access_code")]),
        FieldRowPanel([FieldPanel("video_system_address"), FieldPanel("video_system_code")]),
        FieldPanel("dial_in"),
        FieldPanel("registration_url"),
        FieldPanel("venue"),
    ]
    materials_panels = [FieldPanel("slides"), FieldPanel("recording_url")]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(joining_panels, heading=_("Joining")),
            ObjectList(materials_panels, heading=_("Materials")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("start_at"),
        index.FilterField("end_at"),
    ]
    api_fields = [
        APIField("date"),
        APIField("start_time"),
        APIField("end_time"),
        APIField("end_date"),
        APIField("time_zone"),
        APIField("start_at"),
        APIField("end_at"),
        APIField("status"),
        APIField("summary"),
        APIField("platform"),
        # The API gives the checked links, as the pages and calendars do.
        APIField("join_url", serializer=serializers.CharField(source="links.join")),
        APIField(
            "registration_url", serializer=serializers.CharField(source="links.registration")
        ),
        APIField("recording_url", serializer=serializers.CharField(source="links.recording")),
        APIField("meeting_number"),
        APIField("access_code"),
        APIField("video_system_address"),
        APIField("video_system_code"),
        APIField("dial_in"),
        APIField("venue"),
        APIField("agenda"),
        APIField("speakers"),
        APIField("body"),
        APIField("slides", serializer=PublicDocumentField()),
        APIField("previous_start_at"),
        APIField("contact", serializer=LocalisedContactField()),
    ]
    override_translatable_fields = [
        TranslatableField("summary"),
        TranslatableField("venue"),
        TranslatableField("agenda"),
        TranslatableField("speakers"),
        TranslatableField("body"),
        TranslatableField("contact"),
        SynchronizedField("date", overridable=False),
        SynchronizedField("start_time", overridable=False),
        SynchronizedField("end_time", overridable=False),
        SynchronizedField("end_date", overridable=False),
        SynchronizedField("time_zone", overridable=False),
        SynchronizedField("status", overridable=False),
        SynchronizedField("platform", overridable=False),
        SynchronizedField("join_url", overridable=False),
        SynchronizedField("meeting_number", overridable=False),
        SynchronizedField("access_code", overridable=False),
        SynchronizedField("video_system_address", overridable=False),
        SynchronizedField("video_system_code", overridable=False),
        SynchronizedField("dial_in", overridable=False),
        # A language may have its own registration form, slides or recording.
        SynchronizedField("registration_url"),
        SynchronizedField("slides"),
        SynchronizedField("recording_url"),
    ]

    parent_page_types = ["icm_ebooth.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    @property
    def time_to_be_announced(self):
        return self.start_time is None

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    def compute_instants(self):
        """Start and end instants from the wall-clock fields, validated in the event's zone.

        An event without a start time covers its whole day (or days), which is how it is
        listed and exported (as an all-day calendar entry).
        """
        end_date = self.end_date or self.date
        if self.start_time is None:
            start = make_aware_strict(
                datetime.datetime.combine(self.date, datetime.time()), self.time_zone
            )
            end = make_aware_strict(
                datetime.datetime.combine(end_date + datetime.timedelta(days=1), datetime.time()),
                self.time_zone,
            )
            return start, end
        start = make_aware_strict(
            datetime.datetime.combine(self.date, self.start_time), self.time_zone
        )
        if self.end_time is None:
            return start, start + datetime.timedelta(hours=1)
        end = make_aware_strict(datetime.datetime.combine(end_date, self.end_time), self.time_zone)
        return start, end

    def clean(self):
        super().clean()
        errors = {}
        try:
            validate_time_zone(self.time_zone)
        except ValidationError as error:
            if self.time_zone:
                # The field's validator, which full_clean() runs first, reports an unknown
                # zone; the checks below need a known one.
                return
            # Wagtail leaves required fields unchecked on drafts, but the instants need a zone.
            raise ValidationError({"time_zone": error.messages}) from error
        if self.end_date and self.date and self.end_date < self.date:
            errors["end_date"] = _("The end date is before the start date.")
        if self.end_time and self.start_time is None:
            errors["end_time"] = _("Give a start time too, or leave the end time empty.")
        if errors:
            raise ValidationError(errors)
        try:
            start, end = self.compute_instants()
        except ValidationError as error:
            field = "start_time" if self.start_time else "date"
            raise ValidationError({field: error.messages}) from error
        if end <= start:
            raise ValidationError(
                {"end_time": _("The event ends before it starts; check the end time and date.")}
            )

    def save(self, *args, **kwargs):
        if self.date:
            start, end = self.compute_instants()
            if self.start_at and (start, end) != (self.start_at, self.end_at):
                self.ical_sequence += 1
                if self.status == clock.RESCHEDULED:
                    self.previous_start_at = self.start_at
            self.start_at, self.end_at = start, end
        return super().save(*args, **kwargs)

    def phase(self, now=None):
        """Where the event stands at ``now`` (see ``icm_ebooth.clock.event_phase``)."""
        return clock.event_phase(self.status, self.start_at, self.end_at, now or clock.now())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["phase"] = self.phase(context["now"]).name
        context["contact"] = in_locale(self.contact, self.locale_id) if self.contact_id else None
        return context

    def get_cached_paths(self):
        # Called on a deferred page at every purge: reads no field.
        return ["/", EVENT_FILE_NAME]

    @property
    def links(self):
        """The join, registration and recording links that pages, calendars and data may show.

        Values written by imports or the shell skip the form's validators, so each output
        reads the links through the one rule of ``safety.safe_url``, never the raw fields.
        """
        return EventLinks(
            join=safe_url(self.join_url),
            registration=safe_url(self.registration_url),
            recording=safe_url(self.recording_url),
        )

    def ics_url(self, request=None):
        """The address of this event's calendar file (see ``icm_ebooth.urls``)."""
        url = get_page_url(self, request)
        return f"{url}{EVENT_FILE_NAME}" if url else ""

    def calendar_description(self, words=None):
        """Plain text with everything needed to join, in the page's language.

        ``words``: the page's language's ``CalendarWords``, when the caller has them already.
        """
        words = words or CalendarWords(self.locale.language_code)
        return calendar_description(self, words, safe_url(self.join_url))

    def as_calendar_event(self, request=None, words=None):
        """The event for iCalendar export (see ``calendar_event``).

        ``words``: the page's language's ``CalendarWords``, when the caller has them already.
        """
        contact = self.contact
        return calendar_event(
            self,
            # With the request, the site's root paths are read once for the request.
            page_url(self, request),
            words or CalendarWords(self.locale.language_code),
            contact.name if contact else "",
            contact.email if contact else "",
        )

    @classmethod
    def featured_for(cls, booth, now, request=None):
        """The event a booth shows: running or next, else the most recent past one."""
        featured = listed_events(cls.featured_queryset(booth, now, request)).first()
        if featured is not None:
            cls.note_featured(featured)
        return featured

    @staticmethod
    def note_featured(event):
        # Chosen because it is not over: the choice changes when it ends.
        clock.note_change(event.end_at)

    @classmethod
    def featured_queryset(cls, booth, now, request=None):
        """A booth's events, the one ``featured_for`` shows first.

        Without what a teaser shows (``listed_events``): a booth's home reads only the key.
        """
        events = visible_to_public(cls.objects.filter(descendants_q(booth)), request)
        # Events not yet over come first, soonest first; then the rest (whose first key is
        # NULL), newest first.
        start_if_not_over = models.Case(models.When(end_at__gt=now, then=models.F("start_at")))
        return events.exclude(status=clock.CANCELLED).order_by(
            start_if_not_over.asc(nulls_last=True), "-start_at"
        )

    @classmethod
    def next_event_per_booth(cls, booths, now, request=None):
        """{booth pk: its next event} for a list of booths (children of one fair), in one query."""
        if not booths:
            return {}
        events = visible_to_public(cls.objects.all(), request).filter(end_at__gt=now)
        events = events.exclude(status=clock.CANCELLED)
        paths = {booth.path: booth.pk for booth in booths}
        filters = models.Q()
        for booth in booths:
            filters |= descendants_q(booth)
        # The database ranks each booth's events and returns only the first, rather than
        # every future event being loaded to keep one per booth.
        booth_path = Substr("path", 1, booths[0].depth * path_step(cls))
        rank = models.Window(RowNumber(), partition_by=booth_path, order_by=("start_at", "pk"))
        events = (
            events.filter(filters)
            .annotate(booth_path=booth_path, rank_in_booth=rank)
            .filter(rank_in_booth=1)
            .defer_streamfields()
        )
        next_events = {}
        for event in events:
            # Each was chosen because it is not over: the choice changes when it ends.
            clock.note_change(event.end_at)
            next_events[paths[event.booth_path]] = event
        return next_events
