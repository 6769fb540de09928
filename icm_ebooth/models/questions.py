"""Visitors' questions to a booth: what was asked, on which page, and whether it is answered.

A question holds personal data (an e-mail address, perhaps a name, free text), so it is kept
only as long as ``ICM_EBOOTH_QUESTION_RETENTION_DAYS`` says (the ``purge_questions`` command
deletes older ones) and shown only to editors with rights on its booth.
"""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from icm_ebooth.conf import ebooth_settings


class QuestionQuerySet(models.QuerySet):
    def past_retention(self, now=None):
        """Questions asked longer ago than the retention period allows."""
        now = now or timezone.now()
        days = ebooth_settings.QUESTION_RETENTION_DAYS
        return self.filter(created_at__lt=now - datetime.timedelta(days=days))


class Question(models.Model):
    """A question a visitor sent from a booth's home or one of its event pages."""

    NEW = "new"
    ANSWERED = "answered"
    STATUS_CHOICES = [(NEW, _("New")), (ANSWERED, _("Answered"))]

    booth = models.ForeignKey(
        "icm_ebooth.BoothPage",
        verbose_name=_("booth"),
        on_delete=models.CASCADE,
        related_name="questions",
    )
    event = models.ForeignKey(
        "icm_ebooth.EventPage",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    language = models.CharField(_("language"), max_length=15, blank=True)
    name = models.CharField(_("name"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail address"))
    text = models.TextField(_("question"))
    # The sentence the visitor agreed to, as they read it: what their consent covered.
    consent = models.TextField(_("consent given"))
    created_at = models.DateTimeField(_("asked at"), default=timezone.now, db_index=True)
    status = models.CharField(
        _("status"), max_length=10, choices=STATUS_CHOICES, default=NEW, db_index=True
    )
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    # Empty while the mail to the booth's contact has not gone out (yet).
    mailed_at = models.DateTimeField(_("mailed at"), null=True, blank=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["-created_at"]

    def __str__(self):
        # No personal data: the admin's history keeps this label after the question is gone.
        return f"#{self.pk} ({self.created_at:%Y-%m-%d})"

    def save(self, *args, **kwargs):
        # When it was marked answered: set on the change, cleared if marked new again.
        if self.status == self.ANSWERED and self.answered_at is None:
            self.answered_at = timezone.now()
        elif self.status == self.NEW:
            self.answered_at = None
        super().save(*args, **kwargs)

    @property
    def page(self):
        """The page the question was asked on."""
        return self.event or self.booth


def question_recipient(page):
    """The contact who answers questions asked on ``page``, or None when nobody can.

    An event's own contact when it has an e-mail address, otherwise its booth's.
    """
    from icm_ebooth.models.booth import BoothPage
    from icm_ebooth.models.events import EventPage

    contact = page.contact if page.contact_id else None
    if contact is not None and contact.email:
        return contact
    if isinstance(page, EventPage):
        booth, _parent = page.booth_and_parent()
        if booth is not None:
            booth = BoothPage.objects.select_related("contact").filter(pk=booth.pk).first()
            if booth is not None and booth.contact_id and booth.contact.email:
                return booth.contact
    return None
