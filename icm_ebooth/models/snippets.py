"""Content reused across booths: translatable snippets."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import PreviewableMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from icm_ebooth.safety import PHONE_PATTERN, tel_uri, validate_web_url

phone_validator = RegexValidator(
    PHONE_PATTERN,
    _("Enter a phone number with digits, spaces and an optional leading +, e.g. +32 2 299 11 11."),
)


class Contact(TranslatableMixin, PreviewableMixin, index.Indexed, models.Model):
    """A person or office visitors can reach; shown on booths, events and in contact blocks."""

    name = models.CharField(
        _("name"), max_length=255, help_text=_("Person or office, e.g. 'ICM helpdesk'.")
    )
    role = models.CharField(
        _("role"), max_length=255, blank=True, help_text=_("e.g. 'Policy officer, KA171'.")
    )
    organisation = models.CharField(
        _("organisation"),
        max_length=255,
        blank=True,
        help_text=_("e.g. 'European Education and Culture Executive Agency'."),
    )
    email = models.EmailField(_("email"), blank=True, help_text=_("Shown as a mailto: link."))
    phone = models.CharField(
        _("phone"),
        max_length=40,
        blank=True,
        validators=[phone_validator],
        help_text=_("International format, e.g. +32 2 299 11 11. Shown as a tel: link."),
    )
    website = models.URLField(
        _("website"),
        blank=True,
        validators=[validate_web_url],
        help_text=_("An http:// or https:// address with more information."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("phone"), FieldPanel("website")],
            heading=_("How to reach them"),
        ),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("organisation"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    override_translatable_fields = [
        TranslatableField("name"),
        TranslatableField("role"),
        TranslatableField("organisation"),
        SynchronizedField("email", overridable=False),
        SynchronizedField("phone", overridable=False),
        # A language may have its own page about the office, so translators may point elsewhere.
        SynchronizedField("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.organisation})" if self.organisation else self.name

    @property
    def phone_uri(self):
        """The number as a tel: URI (digits and a leading + only)."""
        return tel_uri(self.phone)

    def get_preview_template(self, request, mode_name):
        return "icm_ebooth/previews/contact.html"
