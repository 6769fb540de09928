"""A translator publishes a booth in French with wagtail-localize, in a real browser.

The booth sits under a plain Wagtail page, as on a site made with ``wagtail start``, where
Wagtail routes one page at a time and trusts each page's count of children.
"""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import Locale, Page, Site

from tests.browser.axe import assert_accessible
from tests.browser.sites import ensure_tree_roots
from tests.factories import (
    BoothPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ProjectExampleIndexPageFactory,
    TopicPageFactory,
    publish,
)

# wagtail-localize's translation editor is its own React app: its segment labels fail
# colour contrast and its PO file input and translation boxes have no label. Its editor
# view also gives Wagtail's header no title, so the page has no h1. None of that markup is
# this package's; axe checks the rest of the page.
EDITOR_APP = ".js-translation-editor"
EDITOR_SKIPPED_RULES = ["page-has-heading-one"]


@pytest.fixture
def booth(transactional_db, live_server):
    """An English booth under a plain Wagtail home page, French among the site's languages."""
    english = Locale.objects.get_or_create(language_code="en")[0]
    Locale.objects.get_or_create(language_code="fr")
    root = ensure_tree_roots(english)
    home = publish(Page(title="Welcome", slug="welcome", locale=english), parent=root)
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    booth = publish(BoothPageFactory(parent=home, title="Study in Europe"))
    publish(TopicPageFactory(parent=booth, title="How to apply"))
    events = publish(EventIndexPageFactory(parent=booth, title="Events"))
    publish(EventPageFactory(parent=events, title="Live event"))
    publish(ProjectExampleIndexPageFactory(parent=booth, title="Project examples"))
    return booth


def sign_in(browser, live_server):
    get_user_model().objects.create_superuser("translator", "t@example.org", "a-long-passphrase")
    tab = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    tab.goto(f"{live_server.url}/admin/login/")
    tab.get_by_label("Username").fill("translator")
    tab.get_by_label("Password").fill("a-long-passphrase")
    tab.get_by_role("button", name="Sign in").click()
    return tab


def assert_editor_accessible(tab):
    # Wagtail fades its messages in: axe would measure the contrast of a half-faded colour.
    tab.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
    assert_accessible(tab, exclude=[EDITOR_APP], skip_rules=EDITOR_SKIPPED_RULES)


def translate_and_publish(tab):
    """In the translation editor: each string "Translate", French typed, "Save"; then publish."""
    editor = tab.locator(EDITOR_APP)
    expect(editor.get_by_text("English to Français translation").first).to_be_visible()
    assert_editor_accessible(tab)
    translate = editor.get_by_role("button", name="Translate", exact=True)
    save = editor.get_by_role("button", name="Save", exact=True)
    for tab_name in ("Content", "Promote"):
        editor.get_by_role("tab", name=tab_name).click()
        while translate.count():
            translate.first.click()
            field = editor.locator("textarea")
            source = field.locator("xpath=ancestor::li[1]/p").first.inner_text()
            field.fill(f"FR {source}")
            save.click()
            expect(save).to_have_count(0)
    tab.get_by_role("button", name="Publish in Français").click()
    expect(tab.get_by_text("in Français.").first).to_be_visible()
    assert_editor_accessible(tab)


def test_a_translator_publishes_the_booth_and_its_subtree_in_french(browser, live_server, booth):
    tab = sign_in(browser, live_server)
    tab.goto(f"{live_server.url}/admin/pages/{booth.get_parent().pk}/")
    tab.get_by_role("button", name="More options for 'Study in Europe'").click()
    tab.get_by_role("link", name="Translate this page").click()
    tab.get_by_label("Français").check()
    tab.get_by_label("Include subtree (4 pages)").check()
    tab.get_by_role("button", name="Submit").click()
    translate_and_publish(tab)
    expect(tab.get_by_text("Published 'FR Study in Europe' in Français.")).to_be_visible()

    # From the French home's listing into the French booth, and on to its topic.
    french_home = booth.get_parent().get_translation(Locale.objects.get(language_code="fr"))
    tab.goto(f"{live_server.url}/admin/pages/{french_home.pk}/")
    tab.get_by_role("link", name="Explore child pages of 'FR Study in Europe'").click()
    expect(tab.get_by_role("link", name="Explore child pages of 'Events'")).to_be_visible()
    tab.get_by_role("link", name="How to apply", exact=True).click()
    translate_and_publish(tab)

    visitor = browser.new_context().new_page()
    visitor.goto(f"{live_server.url}/fr/fr-study-in-europe/fr-how-to-apply/")
    expect(visitor.get_by_role("heading", level=1)).to_have_text("FR How to apply")
    assert_accessible(visitor)
