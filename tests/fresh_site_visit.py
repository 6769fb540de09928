"""Run inside a site made by ``wagtail start`` and set up by the README (see test_fresh_site.py).

An editor adds French and composes a booth with an event in the admin, a translator translates
and publishes it with wagtail-localize, and a visitor reads both languages, the calendar file
and the sitemap. Every step is a request to the site; an unexpected answer stops the run.

Usage: ``python fresh_site_visit.py <folder the package must be installed in>``
"""

import json
import os
import sys
import zoneinfo
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings.dev")
django.setup()

import icalendar  # noqa: E402
from bs4 import BeautifulSoup  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402
from wagtail.test.utils.form_data import (  # noqa: E402
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

import icm_ebooth  # noqa: E402

HOST = "booth.example.org"
BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")


def check(condition, message):
    if not condition:
        raise SystemExit(f"FAILED: {message}")


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def installed_from_the_wheel(site_packages):
    package = Path(icm_ebooth.__file__).resolve()
    check(
        package.is_relative_to(Path(site_packages).resolve()),
        f"icm_ebooth is imported from {package}, not from the installed wheel",
    )


def add_locale(editor, language_code):
    """Settings → Locales → Add a locale."""
    url = reverse("wagtaillocales:add")
    html = editor.get(url).content.decode()
    forms = BeautifulSoup(html, "html.parser").find_all("form")
    (index,) = [i for i, form in enumerate(forms) if form.find(attrs={"name": "language_code"})]
    data = querydict_from_html(html, form_index=index)
    data["language_code"] = language_code
    response = editor.post(url, data)
    check(response.status_code == 302, f"adding the locale answered {response.status_code}")
    return Locale.objects.get(language_code=language_code)


def add_page(editor, parent, model_name, data):
    """Add child page → ``model_name``: fill in the form and publish."""
    url = reverse("wagtailadmin_pages:add", args=["icm_ebooth", model_name, parent.pk])
    check(editor.get(url).status_code == 200, f"the {model_name} form does not open")
    response = editor.post(url, nested_form_data({**data, "action-publish": "action-publish"}))
    check(response.status_code == 302, f"publishing a {model_name}: {response.content[:2000]}")
    return Page.objects.get(slug=data["slug"], locale=parent.locale).specific


def publish_draft(editor, page):
    """Open a draft in the editor and press Publish, changing nothing."""
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = querydict_from_html(editor.get(url).content.decode(), form_id="page-edit-form")
    data["action-publish"] = "action-publish"
    response = editor.post(url, data)
    check(response.status_code == 302, f"publishing {page.title}: {response.status_code}")


def translate(editor, booth, locale):
    """⋯ → Translate this page: French, with the subtree."""
    url = reverse("wagtail_localize:submit_page_translation", args=[booth.pk])
    form = soup(editor.get(url))
    labels = {label.get_text(" ", strip=True): label for label in form.select("form label")}
    french = form.find(id=labels["Français"]["for"])
    check(any(text.startswith("Include subtree") for text in labels), "no subtree option")
    response = editor.post(url, {"locales": [french["value"]], "include_subtree": "on"})
    check(response.status_code == 302, f"submitting for translation: {response.status_code}")
    return booth.get_translation(locale)


def translate_and_publish(editor, page):
    """The translation editor: a French text for every string, then "Publish in Français"."""
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    props = json.loads(soup(editor.get(url)).select_one(".js-translation-editor")["data-props"])
    sources = []
    for segment in props["segments"]:
        if segment["type"] != "string":
            continue
        sources.append(segment["source"])
        response = editor.put(
            segment["editUrl"],
            urlencode({"value": f"FR {segment['source']}"}),
            content_type="application/x-www-form-urlencoded",
        )
        check(response.status_code in {200, 201}, f"translating {segment['source']!r}")
    response = editor.post(url, {"action": "publish"})
    check(response.status_code == 302, f"publishing the French {page.title}")
    return sources


def compose(editor, home):
    booth = add_page(editor, home, "boothpage", {
        "title": "Study in Europe", "slug": "study-in-europe",
        "background": streamfield([("text", rich_text("<p>Why mobility matters.</p>"))]),
        "challenges": streamfield([]), "notices": streamfield([]),
    })  # fmt: skip
    events = booth.get_children().get(slug="events")
    publish_draft(editor, events)
    event = add_page(editor, events, "eventpage", {
        "title": "Live event", "slug": "live-event", "summary": "Questions and answers.",
        "date": "2031-06-11", "start_time": "14:00", "end_time": "15:30",
        "time_zone": "Europe/Brussels", "status": "scheduled",
        "platform": "Webex", "join_url": "https://meet.example.org/j/1758881946",
        "meeting_number": "175 888 1946", "video_system_code": "32668420",
        "dial_in": streamfield([]), "agenda": streamfield([]),
        "speakers": streamfield([]), "body": streamfield([]),
    })  # fmt: skip
    return booth, events, event


def visit_page(visitor, url, language):
    response = visitor.get(url, HTTP_HOST=HOST)
    check(response.status_code == 200, f"{url} answered {response.status_code}")
    page = soup(response)
    check(page.html["lang"] == language, f'{url} says <html lang="{page.html["lang"]}">')
    return page


def check_languages(page, url, other_language, other_url):
    switcher = page.select_one("nav.language-switcher")
    check(switcher is not None, f"{url} has no language switcher")
    link = switcher.select_one(f'a[hreflang="{other_language}"]')
    check(
        link is not None and link["href"] == other_url,
        f"{url} does not offer {other_url}: {switcher}",
    )
    alternates = {tag["hreflang"]: tag["href"] for tag in page.select('link[rel="alternate"]')}
    check(alternates.get(other_language) == f"http://{HOST}{other_url}", f"{url}: {alternates}")


def check_calendar(visitor, event):
    response = visitor.get(event.url + "event.ics", HTTP_HOST=HOST)
    check(response.status_code == 200, f"{event.url}event.ics answered {response.status_code}")
    (vevent,) = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    check(str(vevent["URL"]) == f"http://{HOST}{event.url}", f"the .ics says {vevent['URL']}")
    start = vevent["DTSTART"]
    check(start.params.get("TZID") == "Europe/Brussels", f"DTSTART zone {start.params}")
    check(
        start.dt == datetime(2031, 6, 11, 14, tzinfo=BRUSSELS)
        and start.dt.astimezone(timezone.utc) == datetime(2031, 6, 11, 12, tzinfo=timezone.utc),
        f"the .ics starts at {start.dt}",
    )
    check("175 888 1946" in str(vevent["DESCRIPTION"]), "the .ics has no meeting number")


def check_calendar_links(visitor, page, event_url):
    google = page.find("a", string="Add to Google Calendar")
    check(google is not None, "no Google Calendar link")
    # The link counts the click on the site, then redirects to Google with the event.
    response = visitor.get(google["href"], HTTP_HOST=HOST)
    check(response.status_code in (302, 303), f"{google['href']} answered {response.status_code}")
    details = parse_qs(urlsplit(response["Location"]).query)["details"][0]
    check(f"http://{HOST}{event_url}" in details, f"the Google link says {details!r}")


def check_sitemap(visitor, pages):
    response = visitor.get("/sitemap.xml", HTTP_HOST=HOST)
    check(response.status_code == 200, f"/sitemap.xml answered {response.status_code}")
    text = response.content.decode()
    for page in pages:
        check(f"<loc>http://{HOST}{page.url}</loc>" in text, f"the sitemap lacks {page.url}")
    check("localhost" not in text, "the sitemap names localhost")
    check('hreflang="fr"' in text, "the sitemap has no French alternates")


def main(site_packages):
    installed_from_the_wheel(site_packages)
    visitor = Client()
    check(visitor.get("/", HTTP_HOST=HOST)["Location"] == "/en/", "/ does not lead to /en/")
    check(visitor.get("/en/", HTTP_HOST=HOST).status_code == 200, "/en/ is not found")

    get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-password")
    editor = Client()
    editor.login(username="editor", password="a-long-password")  # noqa: S106
    french = add_locale(editor, "fr")
    home = Page.objects.get(depth=2, locale__language_code="en")
    booth, events, event = compose(editor, home)

    booth_fr = translate(editor, booth, french)
    seen = translate_and_publish(editor, booth_fr)
    check("Why mobility matters." in seen, f"translators of the booth see {seen}")
    events_fr = events.get_translation(french)
    translate_and_publish(editor, events_fr)
    event_fr = event.get_translation(french)
    seen = translate_and_publish(editor, event_fr)
    check("Questions and answers." in seen, f"translators of the event see {seen}")
    for technical in ("175 888 1946", "32668420", "Europe/Brussels", "2031-06-11"):
        check(all(technical not in text for text in seen), f"translators see {technical}")
    # Translators translate slugs too: read the published French addresses afresh.
    booth_fr, event_fr = (Page.objects.get(pk=page.pk).specific for page in (booth_fr, event_fr))

    page = visit_page(visitor, booth.url, "en")
    check_languages(page, booth.url, "fr", booth_fr.url)
    page = visit_page(visitor, booth_fr.url, "fr")
    check("FR Study in Europe" in page.get_text(), "the French booth is not translated")
    check_languages(page, booth_fr.url, "en", booth.url)
    visit_page(visitor, "/fr/", "fr")
    page = visit_page(visitor, event.url, "en")
    check_calendar_links(visitor, page, event.url)
    check("14:00" in page.get_text(), "the event page does not show 14:00")
    visit_page(visitor, event_fr.url, "fr")
    check_calendar(visitor, event)
    check_calendar(visitor, event_fr)
    check_sitemap(visitor, [booth, booth_fr, event, event_fr])
    print("fresh site: every check passed")


if __name__ == "__main__":
    main(sys.argv[1])
