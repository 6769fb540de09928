"""The mail that takes a stored question to the booth's contact, sent as a task.

The task gets the question's id and nothing else: task backends that keep their arguments
in a database (django-tasks-db) would otherwise keep the visitor's address and question
beyond the retention period. The visitor is only in ``Reply-To``, never a recipient, so the
form cannot be used to send mail to anyone but the booth.
"""

import logging
from email.utils import formataddr

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from icm_ebooth.addresses import absolute_url, page_url
from icm_ebooth.conf import ebooth_settings
from icm_ebooth.models import Question, question_recipient

logger = logging.getLogger(__name__)

ADMIN_EDIT_URL_NAME = "icm_ebooth_questions:edit"


def send_when_stored(question):
    """Enqueue the question's mail once the transaction that stored it commits.

    A task backend that fails leaves the question stored, unmailed (``mailed_at`` empty), in
    the admin's list.
    """

    def enqueue():
        try:
            send_question.using(backend=ebooth_settings.QUESTION_TASK_BACKEND).enqueue(question.pk)
        except Exception:
            logger.exception("Could not enqueue the mail of question %s", question.pk)

    transaction.on_commit(enqueue)


def _admin_url(question):
    try:
        return absolute_url(reverse(ADMIN_EDIT_URL_NAME, args=[question.pk]))
    except Exception:
        # A site that does not mount Wagtail's admin still gets the question by mail.
        return ""


def build_message(question, recipient):
    """The mail for ``question``, in the language of the page it was asked on."""
    page = question.page
    with translation.override(page.locale.language_code):
        subject = _("Question from a visitor of %(page)s") % {"page": page.title}
        lines = [
            _("A visitor asked a question on %(page)s:") % {"page": page.title},
            page_url(page),
            "",
            question.text,
            "",
            _("Name: %(name)s") % {"name": question.name or "-"},
            _("E-mail address: %(email)s") % {"email": question.email},
            "",
            _("Reply to this message to answer them."),
        ]
        admin_url = _admin_url(question)
        if admin_url:
            lines.append(
                _("Mark the question answered in the admin: %(url)s") % {"url": admin_url}
            )
    return EmailMessage(
        subject=" ".join(subject.split()),
        body="\n".join(lines),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[recipient.email],
        reply_to=[formataddr((question.name, question.email))],
    )


@task()
def send_question(question_id):
    """Mail question ``question_id`` to the contact of the page it was asked on."""
    question = (
        Question.objects.filter(pk=question_id, mailed_at__isnull=True)
        .select_related("booth__locale", "event__locale")
        .first()
    )
    if question is None:
        # Deleted, or mailed by an earlier attempt.
        return
    recipient = question_recipient(question.page)
    if recipient is None:
        logger.warning("Question %s has nobody to go to: its page has no contact", question_id)
        return
    build_message(question, recipient).send()
    Question.objects.filter(pk=question.pk).update(mailed_at=timezone.now())
