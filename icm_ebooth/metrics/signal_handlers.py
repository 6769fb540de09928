"""Receivers of booth metrics: downloads, questions, and flushing once a response is sent."""

from django.core.signals import request_finished
from wagtail.documents.models import document_served

from icm_ebooth.metrics import counting
from icm_ebooth.metrics.flushing import flush_if_due
from icm_ebooth.signals import question_asked


def count_document_served(sender, instance, request, **kwargs):
    # Sent by Wagtail's serve view once the visitor may have the file, so downloads are
    # counted whatever cache served the page that links them.
    if request is not None:
        counting.count_download(request, instance)


def count_question_asked(sender, booth, event=None, **kwargs):
    # The signal carries no personal data, and the visitor is not counted again for it.
    counting.count_question(booth, event)


def flush_when_due(sender, **kwargs):
    # The response has gone by now (WSGI servers close it after sending it).
    flush_if_due()


def register_signal_handlers():
    document_served.connect(count_document_served, dispatch_uid="icm_ebooth_metrics_download")
    question_asked.connect(count_question_asked, dispatch_uid="icm_ebooth_metrics_question")
    request_finished.connect(flush_when_due, dispatch_uid="icm_ebooth_metrics_flush")
