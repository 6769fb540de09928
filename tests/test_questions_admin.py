"""The editors' list of questions: each editor sees, filters and exports their own booths' only."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission

from icm_ebooth.models import EventIndexPage, Question
from tests.factories import BoothPageFactory, ContactFactory, EventPageFactory, publish

INDEX = "icm_ebooth_questions:index"


@pytest.fixture
def booths(home):
    contact = ContactFactory()
    ours = publish(BoothPageFactory(parent=home, title="Our booth", slug="ours", contact=contact))
    theirs = publish(
        BoothPageFactory(parent=home, title="Their booth", slug="theirs", contact=contact)
    )
    return ours, theirs


@pytest.fixture
def events(booths):
    ours, theirs = booths
    return [
        EventPageFactory(
            parent=publish(EventIndexPage(title="Events", slug="events"), booth),
            title=f"{booth.title} event",
        )
        for booth in (ours, theirs)
    ]


@pytest.fixture
def questions(booths, events):
    ours, theirs = booths
    return [
        Question.objects.create(
            booth=ours, email="ana@example.org", text="Our question", consent="Yes"
        ),
        Question.objects.create(
            booth=ours,
            event=events[0],
            email="bo@example.org",
            text="Our event question",
            consent="Yes",
        ),
        Question.objects.create(
            booth=theirs,
            event=events[1],
            email="cy@example.org",
            text="Their question",
            consent="Yes",
        ),
    ]


def editor_of(page, codename="change_page", username="editor"):
    group = Group.objects.create(name=f"Editors of {page.pk} {username}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group,
        page=page,
        permission=Permission.objects.get(
            content_type__app_label="wagtailcore", codename=codename
        ),
    )
    user = get_user_model().objects.create_user(username=username, password="password")
    user.groups.add(group)
    return user


def texts(response):
    page = BeautifulSoup(response.content, "html.parser")
    return sorted(link.get_text(strip=True) for link in page.select("td a.w-link, td a"))


def test_an_editor_lists_only_the_questions_of_their_booth(client, booths, questions):
    client.force_login(editor_of(booths[0]))
    response = client.get(reverse(INDEX))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Our question" in body and "Our event question" in body
    assert "Their question" not in body


def test_the_filter_choices_name_only_the_editors_booths_and_events(client, booths, questions):
    client.force_login(editor_of(booths[0]))
    page = BeautifulSoup(client.get(reverse(INDEX)).content, "html.parser")
    booth_options = [option.get_text(strip=True) for option in page.select("#id_booth option")]
    event_options = [option.get_text(strip=True) for option in page.select("#id_event option")]
    assert "Our booth" in booth_options and "Their booth" not in booth_options
    assert "Our booth event" in event_options and "Their booth event" not in event_options


def test_filtering_by_another_booth_shows_nothing_of_it(client, booths, questions):
    client.force_login(editor_of(booths[0]))
    response = client.get(reverse(INDEX), {"booth": booths[1].pk})
    assert "Their question" not in response.content.decode()


def test_the_filters_narrow_by_event_and_status(client, booths, events, questions):
    client.force_login(editor_of(booths[0]))
    body = client.get(reverse(INDEX), {"event": events[0].pk}).content.decode()
    assert "Our event question" in body and "Our question<" not in body
    questions[0].status = Question.ANSWERED
    questions[0].save()
    body = client.get(reverse(INDEX), {"status": "answered"}).content.decode()
    assert "Our question" in body and "Our event question" not in body


def test_the_csv_export_holds_only_the_editors_questions(client, booths, questions):
    client.force_login(editor_of(booths[0]))
    response = client.get(reverse(INDEX), {"export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    emails = sorted(row[5] for row in rows[1:])
    assert emails == ["ana@example.org", "bo@example.org"]


def test_an_editor_marks_a_question_answered(client, booths, questions):
    client.force_login(editor_of(booths[0]))
    url = reverse("icm_ebooth_questions:edit", args=[questions[0].pk])
    response = client.get(url)
    assert response.status_code == 200
    response = client.post(url, {"status": "answered"})
    assert response.status_code == 302
    questions[0].refresh_from_db()
    assert questions[0].status == "answered" and questions[0].answered_at is not None
    # The visitor's words cannot be changed in the admin.
    assert questions[0].text == "Our question"


def test_another_booths_question_cannot_be_opened_changed_or_deleted(client, booths, questions):
    client.force_login(editor_of(booths[0]))
    theirs = questions[2]
    for name in ("edit", "delete"):
        url = reverse(f"icm_ebooth_questions:{name}", args=[theirs.pk])
        assert client.get(url).status_code in (302, 403)
        client.post(url, {"status": "answered"})
    theirs.refresh_from_db()
    assert theirs.status == "new"


def test_an_editor_without_booth_rights_has_no_questions_menu_or_list(client, booths, home):
    user = get_user_model().objects.create_user(username="reader", password="password")
    group = Group.objects.create(name="Admin only")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    assert client.get(reverse(INDEX)).status_code in (302, 403)
    assert reverse(INDEX) not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_nobody_adds_a_question_in_the_admin(admin_client, questions):
    assert admin_client.get(reverse("icm_ebooth_questions:add")).status_code in (302, 403)
    body = admin_client.get(reverse(INDEX)).content.decode()
    assert reverse("icm_ebooth_questions:add") not in body


def test_a_question_is_escaped_in_the_list_and_on_its_page(admin_client, booths):
    question = Question.objects.create(
        booth=booths[0], email="x@example.org", text="<script>alert(1)</script>", consent="Yes"
    )
    for url in (
        reverse(INDEX),
        reverse("icm_ebooth_questions:edit", args=[question.pk]),
    ):
        body = admin_client.get(url).content.decode()
        assert "<script>alert(1)</script>" not in body
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_another_booths_question_has_no_history_or_usage_page_for_the_editor(
    client, booths, questions
):
    client.force_login(editor_of(booths[0]))
    for name in ("history", "usage"):
        url = reverse(f"icm_ebooth_questions:{name}", args=[questions[2].pk])
        assert client.get(url).status_code in (302, 403)
    own = reverse("icm_ebooth_questions:history", args=[questions[0].pk])
    assert client.get(own).status_code == 200
