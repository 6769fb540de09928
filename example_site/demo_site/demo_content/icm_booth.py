"""The International Credit Mobility booth: the seed's sections on the booth page itself.

Texts in quotation marks below are the seed's own; the booth's topics, projects, library and
events are built by the sibling modules.
"""

import datetime
import zoneinfo

from demo_site.demo_content.pages import ensure_child, publish, stream
from icm_ebooth.models import (
    BoothPage,
    EventIndexPage,
    ProjectExampleIndexPage,
    ResourceLibraryPage,
    TopicPage,
)

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")

AIM = (
    "<p>This e-Booth provides general information about the Erasmus+ International Credit "
    "Mobility and project examples. This Erasmus+ key action (KA107) has supported mobility "
    "of staff and students going to or coming from most parts of the world since 2015. "
    "Participants are welcome to explore the opportunities offered by this key action, which "
    "will continue to be part of the new Erasmus+ programme as of 2022.</p>"
)

BACKGROUND = [
    "International credit mobility is currently offering opportunities for staff and student "
    "mobility (including traineeships) in most regions of the world. Mobilities are funded "
    "with individual support, travel support and organisational support. The key action is "
    "highly competitive and all applications have to go through a qualitative assessment.",
    "Synergies with other key actions is usually considered an asset when applying for EU "
    "funds. For project coordinators of CBHE projects, international credit mobility may "
    "represent an opportunity to build on projects to prepare for activities such as staff "
    "and student mobility.",
    "Staff for training and teaching, doctoral mobility and short- and long-term student "
    "mobility can be funded with international credit mobility. For those CBHE projects that "
    "have cooperation with the labour market, funding of traineeships may be of relevance.",
    "To be able to benefit from the possible synergies it is important to be aware of the "
    "opportunities available within Erasmus+. For beneficiaries with cooperation interests "
    "in partner countries, International Credit Mobility represents an excellent possibility "
    "to kick-off, complement, or sustain partnerships within the field of higher education.",
]

CHALLENGES = (
    "<p>The priorities of simplification and inclusion in the next Erasmus+ programme also "
    "apply to international credit mobility. We aim for a simpler application procedure and "
    "management of funds, stronger focus on inclusion, and more opportunities within the key "
    "action such as traineeships for recent graduates and short-term mobility.</p>"
)

NOTICE_TEXT = (
    "<p>ICM will not have a call 2021, but will be included in the Erasmus+ programme as of "
    "call 2022.</p><p>Stay tuned for more details about this action to come later this "
    "year!</p>"
)

# (slug, page type, title, search description shown in the booth's list of main topics),
# in the booth's order; the event index comes last and is not a main topic.
SECTIONS = [
    (
        "how-to-apply",
        TopicPage,
        "How to apply",
        "Who applies, the role of the National Agencies, the inter-institutional agreement "
        "and the qualitative assessment, step by step.",
    ),
    (
        "supported-activities",
        TopicPage,
        "What kind of activities are supported",
        "Student studies and traineeships, doctoral mobility, staff teaching and training, "
        "and the short-term and blended mobility of the 2021-2027 programme.",
    ),
    (
        "funding-opportunities",
        TopicPage,
        "What are the funding opportunities",
        "Individual support, travel support by distance band and organisational support, "
        "with the rates of the 2020 Programme Guide.",
    ),
    (
        "expected-impact",
        TopicPage,
        "Expectations of impact",
        "What mobility should change for participants, for institutions in Europe and in "
        "partner countries, and how ICM builds on other actions.",
    ),
    (
        "project-examples",
        ProjectExampleIndexPage,
        "Project examples",
        "Illustrative KA107 and KA171 projects across partner regions, mobility types and "
        "call years.",
    ),
    (
        "visual-materials",
        ResourceLibraryPage,
        "Visual materials",
        "The ICM leaflet, the slides of the live event, the international student testimonial, "
        "infographics and the Programme Guide.",
    ),
    ("events", EventIndexPage, "Events", "The live event and upcoming information sessions."),
]


def ensure_icm_booth(fair):
    """The booth and its sections, in order, as ``(booth, {slug: page})``.

    Pages are created unpublished when missing; the modules that fill them publish them.
    """
    booth = ensure_child(fair, BoothPage, "international-credit-mobility", title="ICM")
    sections = {
        slug: ensure_child(booth, model, slug, title=title, search_description=description)
        for slug, model, title, description in SECTIONS
    }
    return booth, sections


def section_fields(slug):
    """The title and search description of a booth section."""
    _slug, _model, title, description = next(s for s in SECTIONS if s[0] == slug)
    return {"title": title, "search_description": description}


def publish_icm_booth(booth, sections, media, contacts):
    index = sections["project-examples"]
    return publish(
        booth,
        title="International Credit Mobility",
        tagline="Erasmus+ student and staff mobility with partner countries around the world",
        search_description="Erasmus+ International Credit Mobility (KA107, KA171 from call "
        "2022): how to apply, activities, funding, impact, project examples and materials.",
        logo=media.logo_icm,
        hero_image=media.hero_icm,
        # The booth's own colour, chosen for the demo (not the European flag's blue):
        # 7:1 with white; the dark scheme's lighter shade is worked out from it.
        accent_colour="#005f73",
        aim=AIM,
        background=stream(
            BoothPage, "background", [("text", f"<p>{text}</p>") for text in BACKGROUND]
        ),
        key_document=media.leaflet,
        key_document_language="en",
        challenges=stream(BoothPage, "challenges", [("text", CHALLENGES)]),
        notices=stream(
            BoothPage,
            "notices",
            [
                (
                    "notice",
                    {
                        "level": "info",
                        "title": "No call in 2021, back from call 2022",
                        "text": NOTICE_TEXT,
                        # The booth as published in January 2021; the notice speaks of a
                        # call that has come since, so it hides itself once call 2022 opens.
                        "show_from": datetime.datetime(2021, 1, 1, tzinfo=BRUSSELS),
                        "show_until": datetime.datetime(2021, 11, 25, tzinfo=BRUSSELS),
                    },
                )
            ],
        ),
        call_status="expected",
        call_deadline=None,
        next_call_year=2022,
        best_practices_intro=(
            "<p>Please find ICM (KA107 Higher education student and staff mobility between "
            f'Programme and Partner countries) <a linktype="page" id="{index.pk}">project '
            "examples here</a>. The examples are illustrative: they show the kind of "
            "projects the action funds, not real records.</p>"
        ),
        contact=contacts["icm"],
    )
