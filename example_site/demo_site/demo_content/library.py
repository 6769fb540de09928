"""The booth's library, "Visual materials": leaflet, slides, testimonial, images and a link."""

from demo_site.demo_content.funding import testimonial_video
from demo_site.demo_content.icm_booth import section_fields
from demo_site.demo_content.pages import publish, stream
from demo_site.demo_content.sources import PROGRAMME_GUIDE_URL
from icm_ebooth.models import ResourceLibraryPage


def details(year, topics=(), audience="everyone", featured=False, thumbnail=None):
    return {
        "audience": audience,
        "year": year,
        "topics": list(topics),
        "featured": featured,
        "thumbnail": thumbnail,
    }


def visual(image, year, topics):
    return (
        "image",
        {
            "title": image.title,
            "description": "An infographic made for this demonstration from the Erasmus+ "
            "Programme Guide 2020 (KA107).",
            "image": image,
            "alt_text": image.description,
            **details(year, topics),
        },
    )


def build_library(page, media, topics):
    """``topics`` maps the topic slugs to their pages, for the library's topic filter."""
    apply, activities, funding, impact = (
        topics[slug]
        for slug in (
            "how-to-apply",
            "supported-activities",
            "funding-opportunities",
            "expected-impact",
        )
    )
    resources = [
        (
            "document",
            {
                "document": media.leaflet,
                "title": "International credit mobility",
                "language": "en",
                "description": "The action on three pages: activities, how to apply, the 2020 "
                "rates and what comes next.",
                **details(2021, [apply, activities, funding], featured=True),
            },
        ),
        (
            "slides",
            {
                "document": media.slides,
                "title": "Slides of the live event of 27 January 2021",
                "language": "en",
                "description": "The PPT presented during the live event.",
                **details(2021, [apply, funding], audience="institutions", featured=True),
            },
        ),
        (
            "video",
            {
                **testimonial_video(media),
                "description": "Illustrative testimonial: the transcript was written for this "
                "demonstration and the link leads to a placeholder video, not to a real "
                "participant.",
                **details(2021, [impact], audience="students", featured=True),
            },
        ),
        visual(media.at_a_glance, 2020, [activities, funding]),
        visual(media.distance_bands, 2020, [funding]),
        visual(media.how_to_apply, 2020, [apply]),
        (
            "link",
            {
                "title": "Erasmus+ Programme Guide",
                "description": "The European Commission's page with the Programme Guide of "
                "each call: eligibility, award criteria, deadlines and funding rules.",
                "url": PROGRAMME_GUIDE_URL,
                "language": "en",
                **details(None, [apply, activities, funding], audience="institutions"),
            },
        ),
    ]
    return publish(
        page,
        **section_fields("visual-materials"),
        introduction="The leaflet, the slides of the live event, the international student "
        "testimonial, infographics and the Programme Guide.",
        resources=stream(ResourceLibraryPage, "resources", resources),
    )
