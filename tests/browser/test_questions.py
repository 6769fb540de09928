"""A visitor asks a question in a real browser, with and without JavaScript, checked by axe."""

import pytest
from django.core import mail
from wagtail.models import Site

from icm_ebooth.models import EventPage, Question
from tests.browser.axe import assert_accessible
from tests.browser.sites import ensure_tree_roots
from tests.factories import ContactFactory, FairPageFactory, build_booth, publish


@pytest.fixture
def booth(transactional_db, live_server, settings):
    from wagtail.models import Locale

    from demo_site.models import HomePage

    # A person takes longer than this to type; the test does not.
    settings.ICM_EBOOTH_QUESTION_MIN_SECONDS = 0
    settings.ICM_EBOOTH_PAGE_CACHE = True
    locale = Locale.objects.get_or_create(language_code="en")[0]
    root = ensure_tree_roots(locale)
    home = root.add_child(instance=HomePage(title="Home", slug="question-home", locale=locale))
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Tests"
    )
    fair = publish(FairPageFactory(parent=home))
    contact = ContactFactory(name="ICM helpdesk", email="helpdesk@example.org")
    return build_booth(fair, topics=1, projects=0, events=1, resources=0, contact=contact)


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_a_visitor_corrects_a_mistake_and_sends_a_question(
    browser, live_server, booth, javascript
):
    context = browser.new_context(java_script_enabled=javascript)
    tab = context.new_page()

    def check_accessible():
        # axe runs as a script in the page: it checks the flow where scripts run.
        if javascript:
            assert_accessible(tab)

    tab.goto(live_server.url + booth.url)
    form = tab.locator("#question")
    assert form.get_by_role("heading", name="Ask a question").is_visible()
    assert "ICM helpdesk" in form.inner_text()
    # The honeypot is hidden from people and from screen readers.
    assert not tab.locator("#question-website").is_visible()
    check_accessible()

    tab.get_by_label("Your e-mail address").fill("ana@")
    tab.get_by_label("Your question").fill("Can a university in Kenya be a partner?")
    # Submitting loads a new page: wait for it before reading it.
    with tab.expect_navigation():
        tab.get_by_role("button", name="Send your question").click()

    # The form comes back on a page of its own, with the errors and what was typed.
    assert tab.title().startswith("Error: Ask a question")
    summary = tab.locator("#question-errors")
    assert "Enter an e-mail address in the form name@example.org." in summary.inner_text()
    assert "Tick this box to agree" in summary.inner_text()
    assert tab.get_by_label("Your question").input_value() == (
        "Can a university in Kenya be a partner?"
    )
    assert tab.get_by_label("Your e-mail address").get_attribute("aria-invalid") == "true"
    check_accessible()

    tab.get_by_label("Your e-mail address").fill("ana@example.org")
    tab.get_by_label("I agree that my name").check()
    # Submitting loads a new page: wait for it before reading it.
    with tab.expect_navigation():
        tab.get_by_role("button", name="Send your question").click()

    assert "Thank you: your question has been sent." in tab.locator("main").inner_text()
    check_accessible()
    assert context.cookies() == []
    question = Question.objects.get()
    assert question.email == "ana@example.org"
    assert mail.outbox[0].to == ["helpdesk@example.org"]
    context.close()


def test_the_event_page_offers_the_form_and_passes_axe(browser_page, live_server, booth):
    event = EventPage.objects.descendant_of(booth).get()
    browser_page.goto(live_server.url + event.url)
    assert browser_page.locator("#question form").count() == 1
    assert_accessible(browser_page)
