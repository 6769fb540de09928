"""The topics "How to apply" and "What kind of activities are supported".

The rules are those of the KA107 calls (2015-2020), from the Erasmus+ Programme Guide 2020,
with the changes of the 2021-2027 programme (KA171) named as such.
"""

from demo_site.demo_content.icm_booth import section_fields
from demo_site.demo_content.pages import publish, stream
from demo_site.demo_content.sources import (
    GUIDE_2020,
    GUIDE_2022,
    NATIONAL_AGENCIES_URL,
    PROGRAMME_GUIDE_URL,
    figure,
)
from icm_ebooth.models import TopicPage


def heading(text, anchor=""):
    return ("heading", {"text": text, "level": "h2", "anchor": anchor})


def text(html):
    return ("text", html)


APPLY_STEPS = [
    (
        "Agree on the mobilities with a partner",
        "<p>A higher education institution in a Programme Country and its partner in a "
        "Partner Country agree on the mobilities they want: which direction, for students or "
        "staff, in which fields, and how many.</p>",
    ),
    (
        "Apply to your National Agency",
        "<p>The institution in the Programme Country (or a national mobility consortium) "
        "applies to the National Agency of its country, with one section per Partner Country, "
        "before the deadline of the call. For Key Action 1 the deadline was in early February "
        f'of each year. <a href="{NATIONAL_AGENCIES_URL}">Find your National Agency</a>.</p>',
    ),
    (
        "Qualitative assessment",
        "<p>Experts assess each Partner Country section against the award criteria; the "
        "National Agency selects the best-scored mobilities within the budget of each partner "
        "region.</p>",
    ),
    (
        "Inter-institutional agreement, then mobilities",
        "<p>After the grant agreement with the National Agency, the partners sign an "
        "inter-institutional agreement and select participants in a fair and transparent "
        "way.</p>",
    ),
]

APPLY_FAQ = [
    (
        "Can a university in a Partner Country apply itself?",
        "<p>No. The institution in the Programme Country applies on behalf of the "
        "partnership; its partners in Partner Countries take part through the application "
        "and the inter-institutional agreement.</p>",
    ),
    (
        "Is there a call in 2021?",
        "<p>No. ICM will not have a call 2021, but will be included in the Erasmus+ "
        "programme as of call 2022, as key action KA171.</p>",
    ),
    (
        "Do exchange students pay tuition fees at the host institution?",
        "<p>No. Erasmus+ exchange students pay no tuition, registration or examination fees "
        "at the receiving institution; they keep paying those of their home institution.</p>",
    ),
    (
        "Why does the budget depend on the partner region?",
        "<p>ICM is funded by the EU's external action instruments. Each partner region has "
        "its own budget envelope, so the competition for funds takes place region by "
        "region.</p>",
    ),
]


def build_how_to_apply(page, media, contacts, upcoming_event):
    body = [
        text(
            "<p>International Credit Mobility is decentralised: higher education "
            "institutions in Programme Countries that hold an Erasmus Charter for Higher "
            "Education (ECHE) apply to their National Agency, for the mobilities they plan "
            "with partner institutions around the world. The key action is highly "
            "competitive: all applications go through a qualitative assessment.</p>"
        ),
        ("image", image_value(media.how_to_apply, "The four steps in one picture.")),
        (
            "steps",
            {
                "title": "Four steps to an ICM project",
                "steps": [{"title": title, "text": html} for title, html in APPLY_STEPS],
            },
        ),
        heading("The role of the National Agencies", "national-agencies"),
        text(
            "<p>In each Programme Country a National Agency manages the action: it informs "
            "applicants, receives the applications, organises their assessment, signs the "
            "grant agreements and follows the projects until their final report. The "
            "National Agency also shares the budget of each partner region among the "
            "selected projects.</p>"
        ),
        heading("The inter-institutional agreement", "inter-institutional-agreement"),
        text(
            "<p>Before mobilities start, the sending and receiving institutions sign an "
            "inter-institutional agreement. Institutions in Partner Countries do not hold an "
            "ECHE: by signing the agreement they commit to its principles, including the "
            "full recognition of the credits students earn abroad. Each student then has a "
            "learning agreement, and each staff member a mobility agreement.</p>"
        ),
        heading("The qualitative assessment", "assessment"),
        text(
            "<p>Each Partner Country section of the application is scored out of 100 points "
            "against four award criteria (" + GUIDE_2020 + "):</p><ul>"
            "<li>relevance of the strategy (up to 30 points);</li>"
            "<li>quality of the cooperation arrangements (up to 30 points);</li>"
            "<li>quality of the activity design and implementation (up to 20 points);</li>"
            "<li>impact and dissemination (up to 20 points).</li></ul>"
        ),
        (
            "download",
            {
                "document": media.leaflet,
                "title": "International credit mobility",
                "language": "en",
                "description": "The action on three pages: activities, how to apply and the "
                "2020 rates.",
            },
        ),
        ("faq", {"heading": "Frequently asked questions", "items": faq_items(APPLY_FAQ)}),
        ("event", {"heading": "Ask your questions live", "event": upcoming_event}),
        ("contact", {"heading": "Questions about applying?", "contact": contacts["icm"]}),
        (
            "cta",
            {
                "heading": "The rules of each call",
                "text": "The Programme Guide of the call year sets the eligibility rules, "
                "award criteria and deadlines.",
                "button_label": "Read the Erasmus+ Programme Guide",
                "page": None,
                "url": PROGRAMME_GUIDE_URL,
            },
        ),
    ]
    return publish(
        page,
        **section_fields("how-to-apply"),
        introduction="Who applies, to whom, and how applications are assessed.",
        body=stream(TopicPage, "body", body),
    )


def build_supported_activities(page, media):
    body = [
        text(
            "<p>International Credit Mobility funds mobility in both directions: from "
            "Programme Countries to Partner Countries and from Partner Countries to Programme "
            "Countries, for students at every study cycle and for staff.</p>"
        ),
        heading("Students", "students"),
        text(
            "<p><b>Studies</b> at a partner institution last from 3 to 12 months and may "
            "include a traineeship. <b>Traineeships</b> in an enterprise or another "
            "organisation last from 2 to 12 months. A student may spend up to 12 months "
            "abroad in each study cycle, adding up all of their Erasmus+ periods.</p>"
        ),
        heading("Doctoral mobility", "doctoral"),
        text(
            "<p>Doctoral candidates take part as students of the third cycle, for studies "
            "or for a traineeship, with the same durations as other students.</p>"
        ),
        heading("Staff", "staff"),
        text(
            "<p><b>Teaching</b>: academic staff teach at a partner institution, at least 8 "
            "hours per week. <b>Training</b>: staff train at a partner institution or another "
            "relevant organisation, for example through job shadowing or training courses. "
            "A staff mobility lasts from 5 days to 2 months, excluding travel time.</p>"
        ),
        (
            "figures",
            {
                "heading": "Durations in the KA107 calls",
                "figures": [
                    figure("3-12 months", "Student mobility for studies"),
                    figure("2-12 months", "Student traineeships"),
                    figure("5 days-2 months", "Staff teaching and training, excluding travel"),
                    figure("8 hours", "Minimum teaching per week of a teaching mobility"),
                ],
            },
        ),
        (
            "image",
            image_value(
                media.at_a_glance,
                "Durations of student and staff mobility, and organisational support.",
            ),
        ),
        heading("From 2021-2027: short-term and blended mobility", "short-term"),
        text(
            "<p>From call 2022, ICM continues as key action KA171, with more ways to take "
            "part. Besides long-term studies and traineeships, students and doctoral "
            "candidates can go abroad for short-term mobility of 5 to 30 days; for students "
            "it is blended mobility, combined with a compulsory virtual part. Recent graduates "
            "can do a traineeship within one year of graduating (" + GUIDE_2022 + ").</p>"
        ),
    ]
    return publish(
        page,
        **section_fields("supported-activities"),
        introduction="Studies, traineeships, doctoral mobility and staff mobility, in both "
        "directions.",
        body=stream(TopicPage, "body", body),
    )


def faq_items(pairs):
    return [{"question": question, "answer": answer} for question, answer in pairs]


def image_value(image, caption):
    return {
        "image": {"image": image, "alt_text": image.description, "decorative": False},
        "caption": caption,
        "attribution": "Infographic made for this demonstration from the Erasmus+ "
        "Programme Guide 2020",
    }
