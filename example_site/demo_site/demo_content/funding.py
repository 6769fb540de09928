"""The topics "What are the funding opportunities" and "Expectations of impact"."""

from demo_site.demo_content.icm_booth import section_fields
from demo_site.demo_content.pages import publish, stream
from demo_site.demo_content.sources import GUIDE_2020, figure
from demo_site.demo_content.topics import heading, text
from icm_ebooth.models import TopicPage

DISTANCE_BANDS = [
    ("Between 10 and 99 km", "EUR 20"),
    ("Between 100 and 499 km", "EUR 180"),
    ("Between 500 and 1999 km", "EUR 275"),
    ("Between 2000 and 2999 km", "EUR 360"),
    ("Between 3000 and 3999 km", "EUR 530"),
    ("Between 4000 and 7999 km", "EUR 820"),
    ("8000 km or more", "EUR 1500"),
]

TESTIMONIAL_TRANSCRIPT = (
    "<p><i>Illustrative testimonial written for this demonstration; the speaker is not a "
    "real participant.</i></p>"
    "<p>Hello, I am a master's student in agronomy. I spent one semester at a partner "
    "university in Europe with International Credit Mobility.</p>"
    "<p>Before leaving, my home university and the host university agreed on my courses in a "
    "learning agreement, so I knew that every credit I earned would count at home.</p>"
    "<p>The grant paid for my return flight and a monthly amount for living costs. I did not "
    "pay tuition fees at the host university.</p>"
    "<p>What I learnt most was to work in international teams. Back home, I shared the "
    "laboratory methods I used abroad with my classmates, and our two universities now plan "
    "a joint summer school.</p>"
    "<p>If you are thinking about applying: ask the international office of your university "
    "which partners they have. It is worth it.</p>"
)


def testimonial_video(media, title="International student testimonial"):
    """The testimonial's facade: nothing loads from Vimeo until the visitor presses play."""
    return {
        "title": title,
        # A placeholder video: the testimonial itself is the illustrative transcript below.
        "url": "https://vimeo.com/76979871",
        "document": None,
        "poster": media.poster,
        "duration": "",
        "language": "en",
        "transcript": TESTIMONIAL_TRANSCRIPT,
        "captions": "",
    }


def build_funding(page, media, projects_index):
    body = [
        text(
            "<p>Mobilities are funded with three kinds of grant: <b>individual support</b> "
            "for living costs during the stay, <b>travel support</b> by distance band, and "
            "<b>organisational support</b> for the institutions. Participants with special "
            "needs may receive extra support based on real costs. The amounts below are "
            "those of the 2020 Programme Guide for KA107.</p>"
        ),
        (
            "notice",
            {
                "level": "info",
                "title": "Rates change with each call",
                "text": "<p>Later calls (KA171, from call 2022) use the rates of the "
                "Programme Guide of their year. Check the guide of your call before "
                "planning a budget.</p>",
            },
        ),
        heading("Individual support", "individual-support"),
        (
            "funding_table",
            {
                "caption": "Individual support for students, per month",
                "columns": ["Direction of the mobility", "Amount per month"],
                "rows": [
                    {
                        "heading": "From a Programme Country to a Partner Country",
                        "cells": ["EUR 700"],
                    },
                    {
                        "heading": "From a Partner Country to a Programme Country",
                        "cells": ["EUR 850"],
                    },
                ],
                "source": GUIDE_2020,
                "year": 2020,
            },
        ),
        text(
            "<p>Staff going from a Programme Country to a Partner Country receive EUR 180 "
            "per day of activity (" + GUIDE_2020 + ").</p>"
        ),
        heading("Travel support", "travel-support"),
        text(
            "<p>Travel support depends on the one-way distance between the sending and the "
            "receiving institution, measured with the European Commission's distance "
            "calculator; the amount contributes to the return journey.</p>"
        ),
        (
            "funding_table",
            {
                "caption": "Travel support per participant, by distance band",
                "columns": ["One-way travel distance", "Amount per participant"],
                "rows": [{"heading": band, "cells": [amount]} for band, amount in DISTANCE_BANDS],
                "source": GUIDE_2020,
                "year": 2020,
            },
        ),
        heading("Organisational support", "organisational-support"),
        text(
            "<p>The institutions receive organisational support for each participant, to "
            "prepare, host and follow up the mobilities: selection, language preparation, "
            "recognition of credits and the welcome of incoming participants.</p>"
        ),
        (
            "figures",
            {
                "heading": "The 2020 rates in four figures",
                "figures": [
                    figure("EUR 350", "Organisational support per participant"),
                    figure("EUR 850", "A month for students coming to a Programme Country"),
                    figure("EUR 700", "A month for students going to a Partner Country"),
                    figure("EUR 1500", "Travel support for 8000 km or more"),
                ],
            },
        ),
        (
            "gallery",
            {
                "title": "Funding at a glance",
                "items": [
                    gallery_item(media.distance_bands),
                    gallery_item(media.at_a_glance),
                ],
            },
        ),
        (
            "cta",
            {
                "heading": "See what others did with the grant",
                "text": "Illustrative projects show how institutions combine student and "
                "staff mobility.",
                "button_label": "Browse the project examples",
                "page": projects_index,
                "url": "",
            },
        ),
    ]
    return publish(
        page,
        **section_fields("funding-opportunities"),
        introduction="Individual, travel and organisational support, at the 2020 rates.",
        body=stream(TopicPage, "body", body),
    )


def gallery_item(image):
    return {"image": image, "alt_text": image.description, "caption": image.title}


def build_impact(page, media, related_pages):
    body = [
        text(
            "<p>Like all Erasmus+ mobility, International Credit Mobility is expected to make "
            "a difference for the people who go abroad, for the institutions that send and "
            "host them, and for the cooperation between Europe and the rest of the world "
            "(Erasmus+ Programme Guide 2020, Key Action 1, expected impact).</p>"
        ),
        heading("For participants", "participants"),
        text(
            "<ul><li>Knowledge and skills that count for their studies and their career, "
            "with full recognition of the credits earned abroad.</li>"
            "<li>Better language skills and intercultural awareness.</li>"
            "<li>For staff: new teaching methods, and contacts to build joint courses and "
            "research.</li></ul>"
        ),
        heading("For institutions", "institutions"),
        text(
            "<ul><li>Partnerships with institutions outside Europe that last beyond one "
            "project.</li><li>Stronger international offices and recognition practices, in "
            "Europe and in partner countries.</li><li>A more international campus for the "
            "students who do not go abroad.</li></ul>"
        ),
        heading("Building on other actions", "synergies"),
        text(
            "<p>Synergies with other key actions are usually considered an asset. For "
            "coordinators of Capacity Building in Higher Education (CBHE) projects, "
            "International Credit Mobility can bring the staff and student mobility that "
            "sustains a partnership after the project.</p>"
        ),
        (
            "quote",
            {
                "quote": "The semester abroad changed how I work in a team, and our two "
                "universities now plan a joint summer school.",
                "name": "Illustrative testimonial",
                "role": "Written for this demonstration; not a real participant",
                "image": None,
            },
        ),
        ("video", testimonial_video(media)),
        ("related", {"heading": "Explore further", "pages": related_pages}),
    ]
    return publish(
        page,
        **section_fields("expected-impact"),
        introduction="What mobility should change for participants and institutions.",
        body=stream(TopicPage, "body", body),
    )
