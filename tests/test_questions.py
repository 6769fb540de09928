"""Visitors' questions: the form on cached pages, its guards, the mail, and what is stored."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.forms.renderers import DjangoTemplates
from django.test import Client

from icm_ebooth.models import EventIndexPage, Question
from icm_ebooth.questions import guards
from icm_ebooth.questions.forms import QuestionForm
from icm_ebooth.signals import question_asked
from tests.factories import ContactFactory, EventPageFactory, build_booth, fresh, publish

CACHE_HEADER = "X-Ebooth-Cache"
ORIGIN = "http://localhost"


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.ICM_EBOOTH_PAGE_CACHE = True
    settings.ICM_EBOOTH_QUESTION_MIN_SECONDS = 3


@pytest.fixture(scope="module")
def module_contact(module_home):
    return ContactFactory(name="ICM helpdesk", email="helpdesk@example.org")


@pytest.fixture(scope="module")
def module_booth(module_home, module_contact):
    return build_booth(
        module_home,
        topics=1,
        projects=0,
        events=0,
        resources=0,
        contact=module_contact,
        slug="asked-booth",
    )


@pytest.fixture
def home(module_home, db):
    return fresh(module_home)


@pytest.fixture
def contact(module_contact, db):
    return fresh(module_contact)


@pytest.fixture
def booth(module_booth, db):
    return fresh(module_booth)


@pytest.fixture
def event(booth):
    index = EventIndexPage.objects.child_of(booth).get()
    return publish(EventPageFactory(parent=index, title="Live event", contact=None))


@pytest.fixture
def visitor():
    # Every request of a visitor carries the Origin a browser sends for its own site.
    return Client(HTTP_HOST="localhost", HTTP_ORIGIN=ORIGIN)


@pytest.fixture
def waited(settings):
    """The visitor took the time a person takes to type: no wait is left to check."""
    settings.ICM_EBOOTH_QUESTION_MIN_SECONDS = 0


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def form_data(page_html, **changes):
    """What a browser sends from the page's question form, with ``changes`` typed in."""
    form = page_html.find("form", class_="ebooth-question__form")
    data = {
        field["name"]: field.get("value", "")
        for field in form.find_all("input")
        if field.get("type") != "checkbox"
    }
    data.update(
        name="Ana Pérez",
        email="ana@example.org",
        question="Can a university in Kenya be a partner?",
        consent="on",
    )
    data.update(changes)
    return form["action"], {key: value for key, value in data.items() if value is not None}


def cached_page(client, url):
    """The page as a second visitor gets it: from the page cache."""
    client.get(url)
    response = client.get(url)
    assert response[CACHE_HEADER] == "hit"
    return response


def test_a_question_through_the_form_of_a_cached_page_is_stored_and_mailed_to_the_contact(
    booth, visitor, waited, django_capture_on_commit_callbacks
):
    page = cached_page(visitor, booth.url)
    assert "csrfmiddlewaretoken" not in page.content.decode()
    action, data = form_data(soup(page))
    assert action == f"{booth.url}question"

    with django_capture_on_commit_callbacks(execute=True):
        response = visitor.post(action, data)

    assert response.status_code == 303
    assert response["Location"] == f"{booth.url}question?sent=1"
    question = Question.objects.get()
    assert (question.booth_id, question.event_id) == (booth.pk, None)
    assert (question.name, question.email) == ("Ana Pérez", "ana@example.org")
    assert question.text == "Can a university in Kenya be a partner?"
    assert question.mailed_at is not None
    (message,) = mail.outbox
    assert message.to == ["helpdesk@example.org"]
    assert message.cc == [] and message.bcc == []
    assert "ana@example.org" in message.reply_to[0]
    assert "Can a university in Kenya be a partner?" in message.body
    assert f"http://testserver/admin/icm_ebooth_questions/edit/{question.pk}/" in message.body
    thanks = visitor.get(response["Location"])
    assert "Thank you: your question has been sent." in soup(thanks).get_text()
    # The booth's page view is counted on the booth's page, not again here.
    assert "beacon.js" in page.content.decode()
    assert "beacon.js" not in thanks.content.decode()
    assert "no-store" in thanks["Cache-Control"]


def test_an_event_without_a_contact_of_its_own_sends_to_the_booths_contact(
    event, visitor, waited, django_capture_on_commit_callbacks
):
    action, data = form_data(soup(cached_page(visitor, event.url)))
    with django_capture_on_commit_callbacks(execute=True):
        visitor.post(action, data)
    question = Question.objects.get()
    assert question.event_id == event.pk
    assert question.booth_id == event.get_parent().get_parent().pk
    assert mail.outbox[0].to == ["helpdesk@example.org"]


def test_no_public_response_of_the_question_flow_sets_a_cookie(booth, visitor, waited):
    responses = [visitor.get(booth.url), visitor.get(booth.url)]
    action, data = form_data(soup(responses[0]))
    responses += [
        visitor.get(action),
        visitor.post(action, {**data, "email": "not an address"}),
        visitor.post(action, data),
        visitor.get(f"{action}?sent=1"),
    ]
    for response in responses:
        assert not response.cookies, response.request["PATH_INFO"]


def test_the_question_asked_signal_carries_the_booth_and_event_and_no_personal_data(
    event, visitor, waited
):
    received = []

    def receiver(**kwargs):
        received.append(kwargs)

    question_asked.connect(receiver)
    try:
        action, data = form_data(soup(visitor.get(event.url)))
        visitor.post(action, data)
    finally:
        question_asked.disconnect(receiver)
    (sent,) = received
    assert sent["booth"].pk == event.get_parent().get_parent().pk
    assert sent["event"].pk == event.pk
    assert "ana@example.org" not in repr(sent)


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"email": ""}, "email", "Enter your e-mail address, so that the booth can answer you."),
        ({"email": "ana@"}, "email", "Enter an e-mail address in the form name@example.org."),
        ({"question": "  "}, "question", "Write your question."),
        (
            {"consent": None},
            "consent",
            "Tick this box to agree, or the booth cannot answer your question.",
        ),
    ],
)
def test_a_wrong_field_is_shown_again_with_its_error_and_nothing_typed_is_lost(
    booth, visitor, waited, changes, field, message
):
    action, data = form_data(soup(visitor.get(booth.url)), **changes)
    response = visitor.post(action, data)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = soup(response)
    error = page.find(id=f"question-{field}-error")
    assert error.get_text(strip=True) == message
    field_input = page.find(id=f"question-{field}")
    assert field_input["aria-invalid"] == "true"
    assert f"question-{field}-error" in field_input["aria-describedby"]
    assert page.find("a", href=f"#question-{field}").get_text(strip=True) == message
    if field != "question":
        typed = page.find("textarea").get_text().strip()
        assert typed == "Can a university in Kenya be a partner?"
    assert not Question.objects.exists()


def test_field_errors_are_in_the_visitors_language(booth, visitor, waited):
    action, data = form_data(soup(visitor.get(booth.url)), email="")
    response = visitor.post(action.replace("/en/", "/fr/", 1), data)
    page = soup(response)
    assert page.find(id="question-email-error").get_text(strip=True) == (
        "Saisissez votre adresse électronique, afin que le stand puisse vous répondre."
    )
    assert page.find("button", type="submit").get_text(strip=True) == "Envoyer votre question"


def test_a_question_sent_from_another_site_is_refused(booth, visitor, waited):
    action, data = form_data(soup(visitor.get(booth.url)))
    for headers in (
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_ORIGIN": "", "HTTP_REFERER": "https://evil.example/page"},
        {"HTTP_ORIGIN": ""},
    ):
        assert visitor.post(action, data, **headers).status_code == 403
    # Without Origin, a Referer from the site's own page is enough.
    response = visitor.post(
        action, data, HTTP_ORIGIN="", HTTP_REFERER=f"http://localhost{booth.url}"
    )
    assert response.status_code == 303
    assert Question.objects.count() == 1


def test_a_filled_honeypot_is_thanked_and_nothing_is_stored_or_mailed(booth, visitor, waited):
    action, data = form_data(soup(visitor.get(booth.url)), website="https://spam.example")
    response = visitor.post(action, data)
    assert response.status_code == 303
    assert not Question.objects.exists()
    assert mail.outbox == []


def test_a_form_sent_at_once_or_with_a_forged_or_old_stamp_is_shown_again(
    booth, visitor, monkeypatch
):
    # A second into a minute: the stamp every visitor shares was made a second ago.
    now = 1_800_000_001
    monkeypatch.setattr(guards.time, "time", lambda: now)
    action, data = form_data(soup(visitor.get(booth.url)))
    cases = [
        (data["stamp"], "That was very quick."),
        ("1799999940:forged", "This form was open for a long time."),
        (guards.current_stamp(now - 3 * 24 * 3600), "This form was open for a long time."),
    ]
    for stamp, message in cases:
        response = visitor.post(action, {**data, "stamp": stamp})
        assert response.status_code == 200
        assert message in soup(response).get_text()
    assert not Question.objects.exists()


def test_the_rate_limit_stops_a_client_and_not_the_next(booth, settings, waited):
    settings.ICM_EBOOTH_QUESTION_RATE_LIMIT = (2, 3600)
    first = Client(HTTP_HOST="localhost", HTTP_ORIGIN=ORIGIN, REMOTE_ADDR="198.51.100.7")
    action, data = form_data(soup(first.get(booth.url)))
    assert [first.post(action, data).status_code for _ in range(3)] == [303, 303, 429]
    refused = first.post(action, data)
    assert "You have sent several questions in a short time." in soup(refused).get_text()
    second = Client(HTTP_HOST="localhost", HTTP_ORIGIN=ORIGIN, REMOTE_ADDR="198.51.100.8")
    assert second.post(action, data).status_code == 303
    assert Question.objects.count() == 3


def test_behind_a_proxy_the_rate_limit_counts_the_address_the_proxy_reports(
    booth, settings, waited
):
    settings.ICM_EBOOTH_QUESTION_RATE_LIMIT = (1, 3600)
    settings.ICM_EBOOTH_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    action, data = None, None
    for client_address in ("198.51.100.7", "198.51.100.8"):
        # Both come through the same proxy; the first entry is whatever the client sent.
        client = Client(
            HTTP_HOST="localhost",
            HTTP_ORIGIN=ORIGIN,
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR=f"203.0.113.9, {client_address}",
        )
        if action is None:
            action, data = form_data(soup(client.get(booth.url)))
        assert client.post(action, data).status_code == 303
        assert client.post(action, data).status_code == 429


def test_a_cache_that_fails_lets_questions_through(booth, visitor, waited, monkeypatch):
    class BrokenCache:
        def add(self, *args, **kwargs):
            raise ConnectionError("cache down")

    monkeypatch.setattr(guards, "caches", {"default": BrokenCache()})
    action, data = form_data(soup(visitor.get(booth.url)))
    assert visitor.post(action, data).status_code == 303
    assert Question.objects.count() == 1


def test_a_booth_without_a_contact_address_shows_no_form_and_takes_no_question(home, visitor):
    booth = build_booth(home, topics=0, projects=0, events=0, resources=0, contact=None)
    assert soup(visitor.get(booth.url)).find(id="question") is None
    assert visitor.get(f"{booth.url}question").status_code == 404
    assert visitor.post(f"{booth.url}question", {}).status_code == 404


def test_a_question_is_escaped_wherever_it_is_shown(booth, visitor, waited):
    script = "<script>alert(1)</script>"
    action, data = form_data(soup(visitor.get(booth.url)), question=script, email="x")
    response = visitor.post(action, data)
    assert script not in response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.content.decode()


def test_an_event_with_a_contact_of_its_own_sends_to_that_contact(
    event, visitor, waited, django_capture_on_commit_callbacks
):
    event.contact = ContactFactory(name="Event team", email="event-team@example.org")
    publish(event)
    page = soup(visitor.get(event.url))
    assert "Event team" in page.find(id="question").get_text()
    action, data = form_data(page)
    with django_capture_on_commit_callbacks(execute=True):
        visitor.post(action, data)
    assert mail.outbox[0].to == ["event-team@example.org"]


def test_a_private_booth_offers_no_form_and_takes_no_question(booth, visitor, waited):
    from wagtail.models import PageViewRestriction

    action, data = form_data(soup(visitor.get(booth.url)))
    PageViewRestriction.objects.create(page=booth, restriction_type="login")
    assert visitor.post(action, data).status_code == 404
    assert not Question.objects.exists()


class _TemplateRenderer(DjangoTemplates):
    """Django's renderer under another name: the form's widgets then use their templates."""


@pytest.mark.parametrize(
    "data",
    [
        None,
        {"name": 'Ann "Lee" <b>', "email": "not an address", "question": "<script>x</script>"},
        {"email": "ann@example.org", "question": "Why?\nAnd when?", "consent": "on"},
    ],
)
def test_the_forms_widgets_write_the_html_of_djangos_templates(data):
    form = QuestionForm(data=data)
    if data is not None:
        form.is_valid()
    form.describe_fields()
    written = [str(field) for field in form]
    form.renderer = _TemplateRenderer()
    assert written == [str(field) for field in form]
