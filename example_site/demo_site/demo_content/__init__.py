"""The example site's content, built in code so one idempotent command can load it."""

from django.utils.translation import override

from demo_site.demo_content.cbhe_booth import build_cbhe_booth
from demo_site.demo_content.contacts import delete_demo_contacts, ensure_contacts
from demo_site.demo_content.events import build_events
from demo_site.demo_content.fair import ensure_fair, publish_fair
from demo_site.demo_content.funding import build_funding, build_impact
from demo_site.demo_content.home import ensure_home_page, ensure_locales
from demo_site.demo_content.icm_booth import ensure_icm_booth, publish_icm_booth
from demo_site.demo_content.library import build_library
from demo_site.demo_content.media import delete_demo_media, load_media
from demo_site.demo_content.metrics import build_illustrative_metrics
from demo_site.demo_content.privacy import build_privacy_notice
from demo_site.demo_content.projects import build_project_examples
from demo_site.demo_content.statement import build_accessibility_statement
from demo_site.demo_content.topics import build_how_to_apply, build_supported_activities
from demo_site.demo_content.translations import translate_demo


# Some English texts come from gettext (country names): build them in English whatever
# language the caller has active.
@override("en")
def load_demo_content():
    """Create or update every demo page; return lines describing what was done."""
    summary = []
    locales = ensure_locales()
    summary.append("Locales: " + ", ".join(sorted(locale.language_code for locale in locales)))
    home = ensure_home_page()
    summary.append(f"Home page: {home.url_path}")
    media = load_media()
    contacts = ensure_contacts()

    # Pages are first made in the booth's order, then filled: topics link to the events,
    # the project examples and the library.
    fair = ensure_fair(home)
    booth, sections = ensure_icm_booth(fair)
    live_event, session = build_events(sections["events"], media, contacts["icm"])
    projects = build_project_examples(sections["project-examples"], contacts["icm"])
    topics = {
        "how-to-apply": build_how_to_apply(sections["how-to-apply"], media, contacts, session),
        "supported-activities": build_supported_activities(
            sections["supported-activities"], media
        ),
        "funding-opportunities": build_funding(
            sections["funding-opportunities"], media, sections["project-examples"]
        ),
    }
    cbhe = build_cbhe_booth(fair, media, contacts, booth)
    topics["expected-impact"] = build_impact(
        sections["expected-impact"],
        media,
        [sections["project-examples"], sections["visual-materials"], cbhe],
    )
    build_library(sections["visual-materials"], media, topics)
    booth = publish_icm_booth(booth, sections, media, contacts)
    fair = publish_fair(fair)
    build_accessibility_statement(home)
    build_privacy_notice(home)
    rows = build_illustrative_metrics(
        booth, live_event, [(media.leaflet, 6, 3), (media.slides, 0, 12)]
    )

    summary.append(f"Fair: {fair.url_path}")
    summary.append(f"Booths: {booth.title}, {cbhe.title}")
    summary.append(f"Project examples: {len(projects)}")
    summary.append(f"Events: {live_event.date:%d %B %Y}, {session.date:%d %B %Y}")
    summary.append(f"Booth metrics: {rows} illustrative daily counts for January 2021")
    summary.extend(translate_demo(home, contacts).lines())
    return summary


def reset_demo_content():
    """Delete the demo home page and everything under it, and the demo's media and contacts."""
    from demo_site.models import HomePage

    for home in HomePage.objects.all():
        home.delete()
    delete_demo_media()
    delete_demo_contacts()
