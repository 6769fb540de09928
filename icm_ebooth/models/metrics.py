"""Booth metrics as stored: counts per booth and day, never a visit or a visitor.

A row adds up the counts that share every field; the buffer writes its batches into them
(see ``icm_ebooth.metrics.flushing``). Nothing here can tell one visitor from another: the
unique visitors of a day are a number, worked out from hashes that never reach the database.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string

from icm_ebooth.metrics.kinds import KIND_CHOICES


class DailyCount(models.Model):
    """How many times something was done on a booth on one day, in one language and phase."""

    booth = models.ForeignKey("icm_ebooth.BoothPage", on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("day"))
    kind = models.CharField(_("kind"), max_length=20, choices=KIND_CHOICES)
    # The page's type (model name) for page views, searches and filters.
    page_type = models.CharField(_("page type"), max_length=100, blank=True)
    language = models.CharField(_("language"), max_length=35, blank=True)
    # The event a count is about, and where it stood then (see icm_ebooth.clock).
    event = models.ForeignKey(
        "icm_ebooth.EventPage",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    phase = models.CharField(_("event phase"), max_length=20, blank=True)
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # What else tells counts apart: the search words, a filter's "name=value", a calendar.
    key = models.CharField(_("detail"), max_length=200, blank=True)
    count = models.PositiveIntegerField(_("count"), default=0)
    # Figures generated for a demonstration, which the report labels as illustrative.
    illustrative = models.BooleanField(_("illustrative"), default=False)

    class Meta:
        verbose_name = _("daily count")
        verbose_name_plural = _("daily counts")
        indexes = [models.Index(fields=["booth", "day"], name="icm_ebooth_count_booth_day")]

    def __str__(self):
        return f"{self.booth_id} {self.day} {self.kind} {self.count}"


class DailyVisitors(models.Model):
    """How many different visitors a booth had on one day: a number and nothing more."""

    booth = models.ForeignKey("icm_ebooth.BoothPage", on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("unique visitors"), default=0)
    illustrative = models.BooleanField(_("illustrative"), default=False)

    class Meta:
        verbose_name = _("daily visitors")
        verbose_name_plural = _("daily visitors")
        constraints = [
            models.UniqueConstraint(fields=["booth", "day"], name="icm_ebooth_visitors_booth_day")
        ]

    def __str__(self):
        return f"{self.booth_id} {self.day} {self.count}"
