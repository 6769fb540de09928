"""Questions are kept no longer than the site says, and never travel in task arguments."""

import datetime

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from icm_ebooth.models import Question
from tests.browser.sites import ensure_tree_roots
from tests.factories import ContactFactory, build_booth


@pytest.fixture
def wagtail_roots(transactional_db, locale_en):
    # The worker commits, so this runs outside a rolled-back transaction, perhaps after a
    # live-server test emptied the database of Wagtail's root page and collection.
    ensure_tree_roots(locale_en)


@pytest.fixture
def booth(home):
    contact = ContactFactory(email="helpdesk@example.org")
    return build_booth(home, topics=0, projects=0, events=0, resources=0, contact=contact)


def asked(booth, days_ago, text):
    return Question.objects.create(
        booth=booth,
        email="ana@example.org",
        text=text,
        consent="Yes",
        created_at=timezone.now() - datetime.timedelta(days=days_ago),
    )


def test_purge_questions_deletes_those_past_the_retention_period_only(booth, settings, capsys):
    settings.ICM_EBOOTH_QUESTION_RETENTION_DAYS = 30
    asked(booth, 31, "old")
    asked(booth, 29, "recent")
    answered = asked(booth, 45, "old and answered")
    answered.status = Question.ANSWERED
    answered.save()

    call_command("purge_questions", "--dry-run")
    assert "2 question(s) older than 30 days would be deleted." in capsys.readouterr().out
    assert Question.objects.count() == 3

    call_command("purge_questions")
    assert "Deleted 2 question(s) older than 30 days." in capsys.readouterr().out
    assert list(Question.objects.values_list("text", flat=True)) == ["recent"]


@pytest.mark.django_db(transaction=True)
def test_the_mail_task_is_given_the_questions_id_and_no_personal_data(
    wagtail_roots, home, settings, mailoutbox
):
    booth = build_booth(
        home, topics=0, projects=0, events=0, resources=0, contact=ContactFactory()
    )
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
        "questions": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    }
    settings.ICM_EBOOTH_QUESTION_TASK_BACKEND = "questions"
    settings.ICM_EBOOTH_QUESTION_MIN_SECONDS = 0
    visitor = Client(HTTP_ORIGIN="http://testserver")
    page = visitor.get(booth.url).content.decode()
    stamp = page.split('name="stamp" value="', 1)[1].split('"', 1)[0]
    response = visitor.post(
        f"{booth.url}question",
        {
            "email": "ana@example.org",
            "name": "Ana",
            "question": "A question",
            "consent": "on",
            "stamp": stamp,
        },
    )
    assert response.status_code == 303
    question = Question.objects.get()
    (task,) = DBTaskResult.objects.all()
    assert task.args_kwargs == {"args": [question.pk], "kwargs": {}}
    assert mailoutbox == []

    # What `manage.py db_worker --backend questions` runs.
    call_command(
        "db_worker", "--backend", "questions", "--batch", "--interval", "0", "--no-startup-delay"
    )
    (message,) = mailoutbox
    assert message.to == [booth.contact.email]
    question.refresh_from_db()
    assert question.mailed_at is not None
