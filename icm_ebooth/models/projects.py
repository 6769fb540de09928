"""Project examples: structured records of funded projects, and their index."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from icm_ebooth.api.fields import CountryCodesField
from icm_ebooth.blocks import BodyStreamBlock
from icm_ebooth.conf import ebooth_settings
from icm_ebooth.models.finder_facts import finder_facts, visible_mask
from icm_ebooth.models.mixins import EboothPageMixin
from icm_ebooth.models.serving import ServedPageMixin
from icm_ebooth.privacy import visible_to_public
from icm_ebooth.project_finder import FINDER_PARAMETERS, ProjectFinder, search_words
from icm_ebooth.query import mark_not_canonical
from icm_ebooth.regions import region_choices, regions_for
from icm_ebooth.safety import validate_web_url
from icm_ebooth.tree import children_q, descendants_q

# 2014-2020 identifiers: 2019-1-BE02-KA107-012345; 2021-2027: 2022-1-BE02-KA171-HED-000012345.
PROJECT_REFERENCE_PATTERN = (
    r"^(?P<year>20\d\d)-\d-[A-Z]{2}\d{2}-(?P<action>KA\d{3})(-[A-Z]{3})?-\d{6,9}$"
)

project_reference_validator = RegexValidator(
    PROJECT_REFERENCE_PATTERN,
    _(
        "Enter the identifier as the Erasmus+ results platform shows it, e.g. "
        "2019-1-BE02-KA107-012345 or 2022-1-BE02-KA171-HED-000012345."
    ),
)

KEY_ACTION_CHOICES = [
    ("KA107", _("KA107: higher education mobility with partner countries (2015-2020)")),
    ("KA171", _("KA171: higher education mobility with third countries (from 2021)")),
    ("KA103", _("KA103: higher education mobility within programme countries (2014-2020)")),
    ("KA131", _("KA131: higher education mobility (from 2021)")),
]

STATUS_CHOICES = [("ongoing", _("Ongoing")), ("completed", _("Completed"))]

MOBILITY_TYPE_FIELDS = [
    ("student_studies", _("Student mobility for studies")),
    ("student_traineeships", _("Student traineeships")),
    ("staff_teaching", _("Staff mobility for teaching")),
    ("staff_training", _("Staff mobility for training")),
    ("doctoral", _("Doctoral mobility")),
    ("short_term_blended", _("Short-term and blended mobility")),
]


# The most examples a finder search names by id (see ``search_examples``): a short list is
# a cheap start for SQLite and PostgreSQL alike, while a list of a thousand ids made
# PostgreSQL's search over 1,000 examples twice as slow (docs/production.md).
SEARCH_BY_ID_LIMIT = 100


def key_action_from_reference(reference):
    """The key action code inside a project identifier ("KA107"), or "" when absent."""
    match = re.match(PROJECT_REFERENCE_PATTERN, reference or "")
    return match.group("action") if match else ""


class ProjectExampleIndexPage(ServedPageMixin, EboothPageMixin, Page):
    """The booth's "Project examples": lists and finds its project example pages."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_(
            "What these examples show and how they were chosen; also this section's teaser "
            "in the booth's list of main topics."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    api_fields = [APIField("introduction")]
    override_translatable_fields = [TranslatableField("introduction")]

    parent_page_types = ["icm_ebooth.BoothPage"]
    subpage_types = ["icm_ebooth.ProjectExamplePage"]
    query_parameters = FINDER_PARAMETERS
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("project examples index")
        verbose_name_plural = _("project examples indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        examples = ProjectExamplePage.objects.filter(children_q(self))
        facts = finder_facts(self, examples, [name for name, _label in MOBILITY_TYPE_FIELDS])
        visible = visible_mask(self, facts, examples, request)
        search_ids = None
        words = search_words(request.GET.get("q", ""))
        if words and visible:
            search_ids = self.search_examples(words, limit=len(facts), candidates=facts.pks)
        finder = ProjectFinder(
            request.GET, facts, MOBILITY_TYPE_FIELDS, search_ids=search_ids, visible=visible
        )
        page = finder.page(request.GET.get("page", 1), ebooth_settings.PAGE_SIZE)
        if finder.ignored_filters(request.GET):
            mark_not_canonical(request)
        by_pk = ProjectExamplePage.objects.in_bulk(page.object_list)
        page.object_list = [by_pk[pk] for pk in page.object_list if pk in by_pk]
        context["finder"] = finder
        context["projects"] = page
        context["has_projects"] = finder.has_examples
        return context

    def search_examples(self, words, limit, candidates=None):
        """The ids of the index's live examples that match every one of ``words``.

        The search backend is asked only about the index's examples (a range of tree paths
        and a depth: filters every backend applies itself, Elasticsearch and OpenSearch in
        their query), so a booth's search costs what its own examples cost, however large
        the site. An index of at most ``SEARCH_BY_ID_LIMIT`` examples also names
        ``candidates`` (the ids of its live examples, from the finder's facts) by id, which
        the database starts from: Wagtail's SQLite backend otherwise reads every entry on
        the site that matches the words before keeping the index's (docs/production.md).
        Elasticsearch and OpenSearch leave a filter on a page's own id aside and keep the
        tree filters.
        Every match is read, up to ``limit`` (the index's number of live examples), never
        one page of them: the facet counts are worked out from them. The privacy rules
        apply afterwards: the finder keeps only the ids of visible examples.
        """
        searchable = ProjectExamplePage.objects.filter(children_q(self)).live().only("pk")
        if candidates is not None and len(candidates) <= SEARCH_BY_ID_LIMIT:
            searchable = searchable.filter(id__in=candidates)
        results = searchable.search(words, operator="and", order_by_relevance=False)
        return {result.pk for result in results[:limit]}


class ProjectExamplePage(ServedPageMixin, EboothPageMixin, Page):
    """One funded project as a structured record."""

    project_reference = models.CharField(
        _("project identifier"),
        max_length=40,
        validators=[project_reference_validator],
        help_text=_("As on the results platform, e.g. 2019-1-BE02-KA107-012345."),
    )
    key_action = models.CharField(
        _("key action"),
        max_length=10,
        choices=KEY_ACTION_CHOICES,
        blank=True,
        help_text=_("Leave empty to read it from the identifier."),
    )
    action_type = models.CharField(
        _("action type"),
        max_length=255,
        blank=True,
        help_text=_("e.g. 'Higher education student and staff mobility'."),
    )
    call_year = models.PositiveSmallIntegerField(
        _("call year"),
        validators=[MinValueValidator(2014)],
        help_text=_("The year of the call the project was selected in."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=STATUS_CHOICES,
        default="completed",
        help_text=_("Whether the project is still running."),
    )
    start_date = models.DateField(
        _("start date"), null=True, blank=True, help_text=_("When the project started.")
    )
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("When the project ended or ends.")
    )
    coordinator_name = models.CharField(
        _("coordinating institution"),
        max_length=255,
        help_text=_("The organisation that holds the grant."),
    )
    coordinator_type = models.CharField(
        _("coordinator type"),
        max_length=255,
        blank=True,
        help_text=_("e.g. 'Higher education institution (tertiary level)'."),
    )
    coordinator_country = CountryField(
        _("coordinator's country"), help_text=_("The country of the coordinating institution.")
    )
    coordinator_website = models.URLField(
        _("coordinator's website"),
        blank=True,
        validators=[validate_web_url],
        help_text=_("The coordinating institution's site (https://)."),
    )
    partner_countries = CountryField(
        _("partner countries"),
        multiple=True,
        blank=True,
        help_text=_("Countries the mobilities go to or come from."),
    )
    # Derived on save from the partner countries and the call year, so that the finder
    # reads it with the other facets instead of recomputing it for every example.
    partner_regions = models.CharField(
        _("partner regions"),
        max_length=255,
        blank=True,
        editable=False,
        help_text=_("Erasmus+ partner regions of the partner countries, for the call year."),
    )
    student_studies = models.BooleanField(
        _("student mobility for studies"),
        default=False,
        help_text=_("Students spending 3 to 12 months at a partner institution."),
    )
    student_traineeships = models.BooleanField(
        _("student traineeships"),
        default=False,
        help_text=_("Students or recent graduates training at an organisation."),
    )
    staff_teaching = models.BooleanField(
        _("staff mobility for teaching"),
        default=False,
        help_text=_("Staff teaching at a partner institution."),
    )
    staff_training = models.BooleanField(
        _("staff mobility for training"),
        default=False,
        help_text=_("Staff training, job shadowing or workshops abroad."),
    )
    doctoral = models.BooleanField(
        _("doctoral mobility"), default=False, help_text=_("Doctoral candidates' mobility.")
    )
    short_term_blended = models.BooleanField(
        _("short-term and blended mobility"),
        default=False,
        help_text=_("Short physical stays combined with online learning (from 2021)."),
    )
    incoming_mobilities = models.PositiveIntegerField(
        _("incoming mobilities"),
        null=True,
        blank=True,
        help_text=_("Participants coming to programme countries."),
    )
    outgoing_mobilities = models.PositiveIntegerField(
        _("outgoing mobilities"),
        null=True,
        blank=True,
        help_text=_("Participants going to partner countries."),
    )
    eu_grant = models.DecimalField(
        _("EU grant (EUR)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("The EU grant awarded, in euros."),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("What the project did, in a short paragraph.")
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name=_("results and testimonials"),
        help_text=_("Results, testimonials and images."),
    )
    is_good_practice = models.BooleanField(
        _("good practice"), default=False, help_text=_("Selected as a good practice.")
    )
    is_success_story = models.BooleanField(
        _("success story"), default=False, help_text=_("Selected as a success story.")
    )
    is_illustrative = models.BooleanField(
        _("illustrative example"),
        default=False,
        help_text=_(
            "Tick when this is not a real project record; visitors see a label saying so."
        ),
    )
    project_card_url = models.URLField(
        _("project card"),
        blank=True,
        validators=[validate_web_url],
        help_text=_("The project's card on the Erasmus+ results platform."),
    )
    website = models.URLField(
        _("project website"),
        blank=True,
        validators=[validate_web_url],
        help_text=_("The project's own site, if it has one (https://)."),
    )

    record_panels = [
        FieldPanel("project_reference"),
        FieldRowPanel([FieldPanel("key_action"), FieldPanel("call_year"), FieldPanel("status")]),
        FieldPanel("action_type"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        MultiFieldPanel(
            [
                FieldPanel("coordinator_name"),
                FieldPanel("coordinator_type"),
                FieldPanel("coordinator_country"),
                FieldPanel("coordinator_website"),
            ],
            heading=_("Coordinating institution"),
        ),
        FieldPanel("partner_countries"),
        InlinePanel("partners", label=_("Partner institutions")),
        MultiFieldPanel(
            [FieldPanel(name) for name, _label in MOBILITY_TYPE_FIELDS],
            heading=_("Mobility types"),
        ),
        FieldRowPanel(
            [FieldPanel("incoming_mobilities"), FieldPanel("outgoing_mobilities")],
            heading=_("Number of mobilities"),
        ),
        FieldPanel("eu_grant"),
        MultiFieldPanel(
            [
                FieldPanel("is_good_practice"),
                FieldPanel("is_success_story"),
                FieldPanel("is_illustrative"),
            ],
            heading=_("Labels"),
        ),
        FieldPanel("project_card_url"),
        FieldPanel("website"),
    ]
    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(record_panels, heading=_("Project record")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("coordinator_name"),
        index.SearchField("project_reference"),
        index.RelatedFields("partners", [index.SearchField("name")]),
        index.FilterField("call_year"),
        index.FilterField("key_action"),
        index.FilterField("is_good_practice"),
    ]
    api_fields = [
        APIField("project_reference"),
        APIField("key_action"),
        APIField("action_type"),
        APIField("call_year"),
        APIField("status"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("coordinator_name"),
        APIField("coordinator_type"),
        APIField("coordinator_country"),
        APIField("coordinator_website"),
        APIField("partner_countries", serializer=CountryCodesField()),
        APIField("partner_regions"),
        APIField("partners"),
        *(APIField(name) for name, _label in MOBILITY_TYPE_FIELDS),
        APIField("incoming_mobilities"),
        APIField("outgoing_mobilities"),
        APIField("eu_grant"),
        APIField("summary"),
        APIField("body"),
        APIField("is_good_practice"),
        APIField("is_success_story"),
        APIField("is_illustrative"),
        APIField("project_card_url"),
        APIField("website"),
    ]
    override_translatable_fields = [
        TranslatableField("action_type"),
        TranslatableField("coordinator_type"),
        TranslatableField("summary"),
        TranslatableField("body"),
        SynchronizedField("project_reference", overridable=False),
        SynchronizedField("key_action", overridable=False),
        SynchronizedField("call_year", overridable=False),
        SynchronizedField("status", overridable=False),
        SynchronizedField("start_date", overridable=False),
        SynchronizedField("end_date", overridable=False),
        SynchronizedField("coordinator_name", overridable=False),
        SynchronizedField("coordinator_country", overridable=False),
        SynchronizedField("coordinator_website"),
        SynchronizedField("partner_countries", overridable=False),
        SynchronizedField("partner_regions", overridable=False),
        SynchronizedField("partners"),
        *[SynchronizedField(name, overridable=False) for name, _label in MOBILITY_TYPE_FIELDS],
        SynchronizedField("incoming_mobilities", overridable=False),
        SynchronizedField("outgoing_mobilities", overridable=False),
        SynchronizedField("eu_grant", overridable=False),
        SynchronizedField("is_good_practice", overridable=False),
        SynchronizedField("is_success_story", overridable=False),
        SynchronizedField("is_illustrative", overridable=False),
        SynchronizedField("project_card_url"),
        SynchronizedField("website"),
    ]

    parent_page_types = ["icm_ebooth.ProjectExampleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("project example")
        verbose_name_plural = _("project examples")
        indexes = [
            # A booth's home features its examples in ``featured_order``: PostgreSQL reads
            # the first few from here instead of sorting every example of the booth.
            models.Index(
                fields=["-is_good_practice", "-is_success_story", "-call_year"],
                name="icm_ebooth_project_featured",
            )
        ]

    def clean(self):
        super().clean()
        # Derived here as well as in save(): a revision is stored before save() runs, and
        # a draft should show the regions of its own countries.
        self.derive_fields()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date is before the start date.")})
        duplicates = (
            ProjectExamplePage.objects.filter(
                project_reference=self.project_reference, locale_id=self.locale_id
            )
            .exclude(translation_key=self.translation_key)
            .exists()
        )
        if self.project_reference and duplicates:
            raise ValidationError(
                {"project_reference": _("Another project example already has this identifier.")}
            )

    def derive_fields(self):
        """Fill the key action from the identifier and the regions from the countries."""
        if not self.key_action:
            self.key_action = key_action_from_reference(self.project_reference)
        codes = [getattr(country, "code", country) for country in self.partner_countries]
        self.partner_regions = ",".join(regions_for(codes, self.call_year))

    def save(self, *args, **kwargs):
        self.derive_fields()
        return super().save(*args, **kwargs)

    @property
    def regions(self):
        """The partner regions as (key, label) pairs, in the Programme Guide's order."""
        keys = [key for key in self.partner_regions.split(",") if key]
        return region_choices(keys)

    @property
    def mobility_types(self):
        """Labels of the mobility types this project funds, in the programme's order."""
        return [label for name, label in MOBILITY_TYPE_FIELDS if getattr(self, name)]

    # The order of ``featured_for``: good practice and success stories first, newest call.
    featured_order = ("-is_good_practice", "-is_success_story", "-call_year", "title")

    @classmethod
    def featured_for(cls, booth, limit, request=None):
        """The booth's best examples: good practice and success stories first, newest call."""
        return list(cls.featured_queryset(booth, request)[:limit])

    @classmethod
    def featured_queryset(cls, booth, request=None):
        """The booth's examples a visitor may see, in the order of ``featured_for``."""
        projects = visible_to_public(cls.objects.filter(descendants_q(booth)), request)
        return projects.order_by(*cls.featured_order)


class ProjectPartner(Orderable):
    """A partner institution of a project example."""

    page = ParentalKey(ProjectExamplePage, related_name="partners", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=255, help_text=_("The partner's name."))
    country = CountryField(_("country"), help_text=_("Where the partner is."))
    organisation_type = models.CharField(
        _("type"), max_length=255, blank=True, help_text=_("e.g. 'University'.")
    )

    panels = [FieldPanel("name"), FieldPanel("country"), FieldPanel("organisation_type")]
    api_fields = [APIField("name"), APIField("country"), APIField("organisation_type")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner institution")
        verbose_name_plural = _("partner institutions")
