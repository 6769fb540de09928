import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.models import Page, Site
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import StreamFieldSegmentExtractor

from icm_ebooth.blocks import (
    BodyStreamBlock,
    CallToActionBlock,
    ContactBlock,
    DownloadBlock,
    DurationBlock,
    EventTeaserBlock,
    FAQBlock,
    FundingTableBlock,
    GalleryBlock,
    HeadingBlock,
    ImageFigureBlock,
    ParagraphBlock,
    RelatedPagesBlock,
    SectionStreamBlock,
    StepsBlock,
    VideoBlock,
)

XSS = '<script>alert("x")</script>'
UNSAFE_HREFS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
]
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@pytest.fixture
def site_root(locale_en):
    """The default site's published root page (Wagtail's own welcome page)."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def body():
    field = StreamField(BodyStreamBlock())
    field.set_attributes_from_name("body")
    return field


def render(block, value, **context):
    with translation.override("en"):
        return block.render(block.normalize(value), context=context)


def stored(block, raw):
    """The block's value as loaded from the database, bypassing form validation."""
    return block.to_python(raw)


@pytest.mark.parametrize("name", list(BodyStreamBlock.base_blocks))
def test_every_block_is_described_for_editors(name):
    block = BodyStreamBlock().child_blocks[name]
    assert block.meta.icon not in ("", "placeholder")
    assert block.meta.template == f"icm_ebooth/blocks/{name}.html"
    assert block.label and block.get_description()


@pytest.mark.parametrize("name", list(BodyStreamBlock.base_blocks))
def test_every_block_renders_its_preview_value(name, image, document):
    block = BodyStreamBlock().child_blocks[name]
    with translation.override("en"):
        html = block.render(block.get_preview_value(), context={})
    if name not in ("related", "contact", "event"):  # their previews have nothing chosen
        assert html.strip()


@pytest.mark.parametrize("name", list(BodyStreamBlock.base_blocks))
def test_editors_see_a_styled_preview_in_the_block_picker(name, admin_client, image, document):
    block = BodyStreamBlock().child_blocks[name]
    assert block.is_previewable
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert response.status_code == 200
    assert b'<div class="icm-ebooth">' in response.content
    assert b"icm_ebooth/css/blocks.css" in response.content


def test_section_blocks_are_a_subset_of_body_blocks():
    assert set(SectionStreamBlock.base_blocks) < set(BodyStreamBlock.base_blocks)


def test_text_in_every_block_is_escaped(body, image, document):
    stream = body.stream_block
    value = stream.normalize(
        [
            ("heading", {"text": XSS, "level": "h2", "anchor": ""}),
            ("notice", {"level": "info", "title": XSS, "text": "<p>ok</p>"}),
            ("faq", {"heading": XSS, "items": [{"question": XSS, "answer": "<p>a</p>"}]}),
            ("steps", {"title": XSS, "steps": [{"title": XSS, "text": ""}]}),
            (
                "figures",
                {
                    "heading": XSS,
                    "figures": [{"value": XSS, "label": XSS, "source": XSS, "year": 1}],
                },
            ),
            (
                "funding_table",
                {
                    "caption": XSS,
                    "columns": [XSS, XSS],
                    "rows": [{"heading": XSS, "cells": [XSS]}],
                    "source": XSS,
                },
            ),
            ("download", {"document": document, "title": XSS, "description": XSS}),
            ("image", {"image": image, "caption": XSS, "attribution": XSS}),
            ("gallery", {"title": XSS, "items": [{"image": image, "alt_text": XSS}]}),
            ("video", {"title": XSS, "url": "https://youtu.be/aaaaaaaaaaa", "duration": "4:30"}),
            ("quote", {"quote": XSS, "name": XSS, "role": XSS}),
            ("cta", {"heading": XSS, "text": XSS, "button_label": XSS, "url": "https://e.eu/"}),
        ]
    )
    with translation.override("en"):
        html = stream.render(value, context={})
    assert "<script>alert" not in html
    assert html.count("&lt;script&gt;") >= 20


@pytest.mark.parametrize("href", UNSAFE_HREFS)
def test_unsafe_links_in_stored_rich_text_are_not_rendered(body, href):
    link = f'<p><a href="{href}">Apply now</a></p>'
    value = body.to_python(
        json.dumps(
            [
                {"type": "text", "value": link},
                {"type": "notice", "value": {"level": "info", "title": "", "text": link}},
                {
                    "type": "faq",
                    "value": {"heading": "", "items": [{"question": "Q", "answer": link}]},
                },
                {"type": "steps", "value": {"title": "", "steps": [{"title": "S", "text": link}]}},
            ]
        )
    )
    with translation.override("en"):
        html = body.stream_block.render(value, context={})
    assert html.count("<a>Apply now</a>") == 4
    assert "script:" not in html.lower().replace("\t", "")
    assert "data:" not in html


@pytest.mark.parametrize("href", UNSAFE_HREFS)
def test_unsafe_call_to_action_link_renders_no_button(href):
    block = CallToActionBlock()
    value = stored(block, {"heading": "Apply", "button_label": "Go", "page": None, "url": href})
    html = block.render(value)
    assert "Apply" in html
    assert "<a" not in html


@pytest.mark.parametrize(
    "url", [*UNSAFE_HREFS, "https://evil.example/watch?v=aaaaaaaaaaa", "https://youtube.com/"]
)
def test_video_with_an_unsafe_or_foreign_link_is_left_out(url):
    block = VideoBlock()
    value = stored(block, {"title": "Testimonial", "url": url, "document": None})
    assert block.render(value).strip() == ""


def test_call_to_action_refuses_script_and_non_web_links():
    block = CallToActionBlock()
    for url in ("javascript:alert(1)", "ftp://example.org/file"):
        value = block.normalize({"heading": "Apply", "button_label": "Go", "url": url})
        with pytest.raises(ValidationError):
            block.clean(value)


def test_call_to_action_needs_exactly_one_target(site_root):
    block = CallToActionBlock()
    neither = block.normalize({"heading": "Apply", "button_label": "Go"})
    both = block.normalize(
        {"heading": "Apply", "button_label": "Go", "page": site_root, "url": "https://e.eu/"}
    )
    for value in (neither, both):
        with pytest.raises(ValidationError) as error:
            block.clean(value)
        assert "page or enter an external link" in json.dumps(error.value.as_json_data())


def test_call_to_action_links_to_the_chosen_page(site_root):
    block = CallToActionBlock()
    value = block.normalize({"heading": "Apply", "button_label": "Read more", "page": site_root})
    block.clean(value)
    assert '<a class="ebooth-button" href="/en/">Read more</a>' in render(block, value)


def test_video_refuses_hosts_outside_youtube_and_vimeo():
    block = VideoBlock()
    value = block.normalize({"title": "Clip", "url": "https://videos.example.org/watch?v=1"})
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert "YouTube or Vimeo" in str(error.value.block_errors["url"])


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/watch?v=aaaaaaaaaaa",
        "https://youtu.be/aaaaaaaaaaa",
        "https://vimeo.com/76979871",
        "https://player.vimeo.com/video/76979871",
    ],
)
def test_video_accepts_youtube_and_vimeo_links(url):
    block = VideoBlock()
    block.clean(block.normalize({"title": "Clip", "url": url, "duration": "4:30"}))


def test_video_is_a_facade_until_the_visitor_presses_play():
    block = VideoBlock()
    value = block.normalize(
        {
            "title": "Testimonial",
            "url": "https://www.youtube.com/watch?v=aaaaaaaaaaa",
            "duration": "4:30",
            "transcript": "<p>I came to Europe.</p>",
        }
    )
    html = render(block, value)
    assert "<iframe" not in html
    assert (
        'data-embed-url="https://www.youtube-nocookie.com/embed/aaaaaaaaaaa?autoplay=1&amp;rel=0"'
        in html
    )
    assert 'href="https://www.youtube.com/watch?v=aaaaaaaaaaa"' in html
    assert "on YouTube (external site)" in html
    assert "<button" in html and "hidden" in html
    assert 'src="/static/icm_ebooth/js/video-facade.js" defer' in html
    assert '<time datetime="PT4M30S">4:30</time>' in html
    assert "<details" in html and "I came to Europe." in html


def test_self_hosted_video_plays_in_a_native_player(db):
    video = get_document_model()(title="Clip")
    video.file.save("clip.mp4", ContentFile(b"\x00"), save=False)
    video.save()
    block = VideoBlock()
    value = block.normalize(
        {"title": "Clip", "document": video, "captions": "https://example.org/clip.vtt"}
    )
    block.clean(value)
    html = render(block, value)
    assert f'<source src="{video.url}">' in html
    assert '<track kind="captions" src="https://example.org/clip.vtt"' in html
    assert "<iframe" not in html


def test_video_file_must_be_a_video(document):
    block = VideoBlock()
    with pytest.raises(ValidationError):
        block.clean(block.normalize({"title": "Clip", "document": document}))


@pytest.mark.parametrize("duration", ["4 minutes", "4:3", "4:60", "4.30"])
def test_duration_must_be_minutes_and_seconds(duration):
    with pytest.raises(ValidationError):
        DurationBlock().clean(duration)


def test_heading_anchor_must_be_a_slug():
    block = HeadingBlock()
    with pytest.raises(ValidationError):
        block.clean(block.normalize({"text": "Apply", "level": "h2", "anchor": "How to apply!"}))
    block.clean(block.normalize({"text": "Apply", "level": "h3", "anchor": "how-to-apply"}))


def test_heading_renders_its_level_and_anchor():
    block = HeadingBlock()
    html = render(block, {"text": "Apply", "level": "h3", "anchor": "how-to-apply"})
    assert html == '<h3 class="ebooth-heading" id="how-to-apply">Apply</h3>\n'


def test_stored_heading_level_outside_the_choices_falls_back_to_h2():
    block = HeadingBlock()
    html = block.render(stored(block, {"text": "Apply", "level": "script", "anchor": ""}))
    assert html.startswith("<h2 ")


def test_funding_table_rows_need_one_cell_per_column():
    block = FundingTableBlock()
    value = block.normalize(
        {
            "caption": "Grants",
            "columns": ["Region", "Students", "Staff"],
            "rows": [
                {"heading": "Asia", "cells": ["EUR 700", "EUR 180"]},
                {"heading": "Africa", "cells": ["EUR 700"]},
            ],
        }
    )
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    message = " ".join(error.value.block_errors["rows"].messages)
    assert "Each row needs 2 cells" in message
    assert "rows: 2." in message


def test_funding_table_is_an_accessible_table():
    block = FundingTableBlock()
    value = block.normalize(
        {
            "caption": "Grants",
            "columns": ["Region", "Students"],
            "rows": [{"heading": "Asia", "cells": ["EUR 700"]}],
            "source": "Programme Guide",
            "year": 2022,
        }
    )
    block.clean(value)
    html = render(block, value)
    assert "<caption>Grants</caption>" in html
    assert '<th scope="col">Region</th><th scope="col">Students</th>' in html
    assert '<th scope="row">Asia</th>' in html
    assert "Source: Programme Guide, 2022" in html


def test_nested_headings_follow_the_level_the_page_gives():
    steps = StepsBlock()
    value = {"title": "How to apply", "steps": [{"title": "Find partners", "text": ""}]}
    html = render(steps, value, ebooth_heading_level=3)
    assert '<h3 class="ebooth-steps__title">' in html
    assert '<h4 class="ebooth-steps__step-title">' in html
    assert "<h2" not in render(FAQBlock(), {"heading": "FAQ", "items": []}, ebooth_heading_level=4)


def test_download_block_shows_type_size_and_language(document):
    block = DownloadBlock()
    html = render(block, {"document": document, "language": "en", "description": "Overview"})
    assert f'href="{document.url}"' in html
    assert "Guide (PDF, 1.2 MB, English)" in html


def test_download_of_a_deleted_document_says_it_is_unavailable(db):
    block = DownloadBlock()
    value = stored(block, {"document": 99999, "title": "Guide", "language": "en"})
    with translation.override("en"):
        html = block.render(value)
    assert "Guide (no longer available)" in html
    assert "<a" not in html


def test_download_language_choices_include_languages_django_lacks():
    groups = dict(DownloadBlock().child_blocks["language"].field.choices)
    site_languages = dict(groups["This site's languages"])
    other_eu_languages = dict(groups["Other EU languages"])
    assert "fr" in site_languages and "fr" not in other_eu_languages
    assert other_eu_languages["mt"] == "Maltese"


def test_a_download_in_a_language_outside_the_eu_keeps_it_when_the_page_is_saved_again():
    # The admin's select can only show a code it lists; one it does not list is blanked.
    block = DownloadBlock().child_blocks["language"]
    groups = dict(block.field.choices)
    assert dict(groups["Other languages"])["uk"] == "Ukrainian"
    assert "fr" not in dict(groups["Other languages"])
    assert block.clean("uk") == "uk"


def test_image_uses_its_alt_text_and_a_rendition(image):
    block = ImageFigureBlock()
    value = stored(
        block,
        {
            "image": {"image": image.pk, "alt_text": "Students on campus", "decorative": False},
            "caption": "Leuven",
            "attribution": "© EU",
        },
    )
    html = block.render(value)
    assert 'alt="Students on campus"' in html
    assert "width-1200" in html
    assert "<figcaption" in html and "© EU" in html


def test_deleted_image_leaves_the_block_out(db):
    block = ImageFigureBlock()
    value = stored(block, {"image": {"image": 99999, "alt_text": "x", "decorative": False}})
    assert block.render(value).strip() == ""


def test_gallery_pictures_link_to_the_original(image):
    block = GalleryBlock()
    value = stored(
        block,
        {
            "title": "Visual materials",
            "items": [
                {"image": image.pk, "alt_text": "Campus", "caption": ""},
                {"image": 99999, "alt_text": "Deleted", "caption": ""},
            ],
        },
    )
    html = render(block, value)
    assert html.count("<li") == 1
    assert re.search(
        r'<a class="ebooth-gallery__link" href="/media/images/campus[^"]*original', html
    )
    assert 'alt="Campus"' in html


def test_related_pages_show_live_translations_only(site_root, locale_fr):
    live = site_root.add_child(instance=Page(title="How to apply", slug="how-to-apply"))
    live.save_revision().publish()
    draft = site_root.add_child(instance=Page(title="Secret draft", slug="draft", live=False))
    french = live.copy_for_translation(locale_fr, copy_parents=True)
    french.title = "Comment postuler"
    french.save_revision().publish()

    block = RelatedPagesBlock()
    value = block.normalize({"heading": "See also", "pages": [live, draft]})
    with translation.override("fr"):
        french_html = block.render(value)
    english_html = render(block, value)
    assert "Comment postuler" in french_html and "How to apply" not in french_html
    assert "How to apply" in english_html
    assert "Secret draft" not in english_html


def test_contact_block_shows_the_visitors_language(locale_en, locale_fr):
    from icm_ebooth.models import Contact

    contact = Contact.objects.create(name="ICM helpdesk", locale=locale_en)
    french = contact.copy_for_translation(locale_fr)
    french.name = "Service d'assistance ICM"
    french.save()
    block = ContactBlock()
    value = block.normalize({"heading": "Questions?", "contact": contact})
    with translation.override("fr"):
        html = block.render(value)
    assert "Service d&#x27;assistance ICM" in html


def test_missing_contact_and_event_render_nothing(db):
    for block, name in ((ContactBlock(), "contact"), (EventTeaserBlock(), "event")):
        value = stored(block, {"heading": "Heading", name: 99999})
        assert block.render(value).strip() == ""


def test_rich_text_offers_no_page_level_headings():
    assert not {"h1", "h2"} & set(ParagraphBlock().features)


def test_translators_see_prose_and_never_machine_values(body, image, document, site_root):
    from icm_ebooth.models import Contact

    contact = Contact.objects.create(name="ICM helpdesk", locale=site_root.locale)
    stream = body.stream_block
    data = [
        ("text", "<p>ICM funds exchanges.</p>"),
        ("heading", {"text": "How to apply", "level": "h3", "anchor": "how-to-apply"}),
        ("notice", {"level": "warning", "title": "No call", "text": "<p>Back in 2022.</p>"}),
        ("faq", {"heading": "FAQ", "items": [{"question": "Who?", "answer": "<p>HEIs.</p>"}]}),
        (
            "steps",
            {"title": "Steps", "steps": [{"title": "Find partners", "text": "<p>Talk.</p>"}]},
        ),
        (
            "figures",
            {
                "heading": "Numbers",
                "figures": [
                    {
                        "value": "12 months",
                        "label": "Longest stay",
                        "source": "Guide",
                        "year": 2022,
                    }
                ],
            },
        ),
        (
            "funding_table",
            {
                "caption": "Grants",
                "columns": ["Region", "Students"],
                "rows": [{"heading": "Asia", "cells": ["EUR 700"]}],
                "source": "Programme Guide",
                "year": 2022,
            },
        ),
        (
            "download",
            {
                "document": document,
                "title": "Guide",
                "language": "en",
                "description": "All about ICM",
            },
        ),
        (
            "image",
            {
                "image": {"image": image, "alt_text": "Campus", "decorative": False},
                "caption": "Campus life",
                "attribution": "EU",
            },
        ),
        (
            "gallery",
            {
                "title": "Pictures",
                "items": [{"image": image, "alt_text": "A campus", "caption": "Leuven"}],
            },
        ),
        (
            "video",
            {
                "title": "Testimonial",
                "url": "https://vimeo.com/76979871",
                "poster": image,
                "duration": "4:30",
                "language": "en",
                "transcript": "<p>I came to Europe.</p>",
                "captions": "https://example.org/captions.vtt",
            },
        ),
        ("quote", {"quote": "It changed me.", "name": "Amina", "role": "Student"}),
        (
            "cta",
            {"heading": "Apply", "text": "Now.", "button_label": "Go", "url": "https://e.eu/"},
        ),
        ("related", {"heading": "See also", "pages": [site_root]}),
        ("contact", {"heading": "Questions?", "contact": contact}),
        ("event", {"heading": "Join us", "event": None}),
    ]
    assert {name for name, _value in data} == set(BodyStreamBlock.base_blocks)
    raw = json.dumps(stream.get_prep_value(stream.normalize(data)), cls=DjangoJSONEncoder)
    segments = StreamFieldSegmentExtractor(body).handle_stream_block(body.to_python(raw))
    strings = {
        (UUID.sub("*", segment.path), segment.string.render_text())
        for segment in segments
        if isinstance(segment, StringSegmentValue)
    }
    assert strings == {
        ("*", "ICM funds exchanges."),
        ("*.text", "How to apply"),
        ("*.title", "No call"),
        ("*.text", "Back in 2022."),
        ("*.heading", "FAQ"),
        ("*.items.*.question", "Who?"),
        ("*.items.*.answer", "HEIs."),
        ("*.title", "Steps"),
        ("*.steps.*.title", "Find partners"),
        ("*.steps.*.text", "Talk."),
        ("*.heading", "Numbers"),
        ("*.figures.*.value", "12 months"),
        ("*.figures.*.label", "Longest stay"),
        ("*.figures.*.source", "Guide"),
        ("*.caption", "Grants"),
        ("*.columns.*", "Region"),
        ("*.columns.*", "Students"),
        ("*.rows.*.heading", "Asia"),
        ("*.rows.*.cells.*", "EUR 700"),
        ("*.source", "Programme Guide"),
        ("*.title", "Guide"),
        ("*.description", "All about ICM"),
        ("*.image.alt_text", "Campus"),
        ("*.caption", "Campus life"),
        ("*.attribution", "EU"),
        ("*.title", "Pictures"),
        ("*.items.*.alt_text", "A campus"),
        ("*.items.*.caption", "Leuven"),
        ("*.title", "Testimonial"),
        ("*.transcript", "I came to Europe."),
        ("*.quote", "It changed me."),
        ("*.name", "Amina"),
        ("*.role", "Student"),
        ("*.heading", "Apply"),
        ("*.text", "Now."),
        ("*.button_label", "Go"),
        ("*.heading", "See also"),
        ("*.heading", "Questions?"),
        ("*.heading", "Join us"),
    }
    texts = {text for _path, text in strings}
    machine_values = {"how-to-apply", "4:30", "en", "2022", "h3", "warning", "https://e.eu/"}
    assert not texts & machine_values
    assert not any(text.startswith(("http", "/")) for text in texts)
