"""A privacy-first video: nothing loads from YouTube or Vimeo until the visitor presses play.

The page shows the title, a local poster, the duration and a button; a small script swaps in
the player on click. Without JavaScript the button is a plain link to the video's own site.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from icm_ebooth.blocks.base import (
    DurationBlock,
    EboothStructBlock,
    EitherOrMixin,
    LanguageChoiceBlock,
    SafeRichTextBlock,
    iso_duration,
    optional_web_link,
)
from icm_ebooth.blocks.prefetch import DocumentChooserBlock, ImageChooserBlock
from icm_ebooth.privacy import may_show_document
from icm_ebooth.safety import safe_url, validate_web_url

YOUTUBE_HOSTS = {
    "youtube.com",
    "www.youtube.com",
    "youtu.be",
    "youtube-nocookie.com",
    "www.youtube-nocookie.com",
}
VIMEO_HOSTS = {"vimeo.com", "player.vimeo.com"}
YOUTUBE_PLAYER_ORIGIN = "https://www.youtube-nocookie.com"
VIMEO_PLAYER_ORIGIN = "https://player.vimeo.com"
# The only hosts the facade frames: the Content-Security-Policy's frame sources.
PLAYER_ORIGINS = (YOUTUBE_PLAYER_ORIGIN, VIMEO_PLAYER_ORIGIN)
VIDEO_FILE_EXTENSIONS = {"mp4", "webm", "ogv"}

_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_YOUTUBE_PATH = re.compile(r"^/(?:embed|shorts|live|v)/(?P<id>[^/?#]+)")
_VIMEO_PATH = re.compile(r"^/(?:video/)?(?P<id>\d+)(?:/(?P<hash>[0-9a-f]+))?/?$")


@dataclass(frozen=True)
class HostedVideo:
    """A video on YouTube or Vimeo, with its privacy-friendly player and public page."""

    provider: str
    embed_url: str
    watch_url: str


def _youtube(parts):
    if parts.hostname == "youtu.be":
        video_id = parts.path.lstrip("/")
    elif match := _YOUTUBE_PATH.match(parts.path):
        video_id = match["id"]
    else:
        video_id = parse_qs(parts.query).get("v", [""])[0]
    if not _YOUTUBE_ID.match(video_id):
        return None
    return HostedVideo(
        provider="YouTube",
        # The no-cookie host sets no tracking cookies until the visitor plays the video.
        embed_url=f"{YOUTUBE_PLAYER_ORIGIN}/embed/{video_id}?autoplay=1&rel=0",
        watch_url=f"https://www.youtube.com/watch?v={video_id}",
    )


def _vimeo(parts):
    match = _VIMEO_PATH.match(parts.path)
    if not match:
        return None
    video_id = match["id"]
    private_hash = match["hash"] or parse_qs(parts.query).get("h", [""])[0]
    query = {"autoplay": 1, "dnt": 1}
    if private_hash:
        query["h"] = private_hash
    return HostedVideo(
        provider="Vimeo",
        embed_url=f"{VIMEO_PLAYER_ORIGIN}/video/{video_id}?{urlencode(query)}",
        watch_url=f"https://vimeo.com/{video_id}" + (f"/{private_hash}" if private_hash else ""),
    )


def parse_video_url(url):
    """A :class:`HostedVideo` for a YouTube or Vimeo link, or ``None`` for anything else."""
    url = safe_url(url)
    if not url.lower().startswith(("http://", "https://")):
        return None
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host in YOUTUBE_HOSTS:
        return _youtube(parts)
    if host in VIMEO_HOSTS:
        return _vimeo(parts)
    return None


def validate_video_url(value):
    """Django validator: a link to one video on YouTube or Vimeo."""
    if not value:
        return
    validate_web_url(value)
    if parse_video_url(value) is None:
        raise ValidationError(
            _("Enter the link of one video on YouTube or Vimeo, e.g. https://vimeo.com/123456."),
            code="unsupported_video",
        )


class VideoBlock(EitherOrMixin, EboothStructBlock):
    """A YouTube or Vimeo video behind a click-to-play facade, or a video file from the library."""

    either_or = ("url", "document")
    both_message = _("Use either a link or a video file, not both.")
    neither_message = _("Enter a YouTube or Vimeo link, or choose a video file.")

    title = blocks.CharBlock(label=_("Title"), max_length=255)
    url = blocks.URLBlock(
        required=False,
        default="",
        label=_("YouTube or Vimeo link"),
        validators=[validate_video_url],
        help_text=_("The video's address, e.g. https://www.youtube.com/watch?v=…"),
    )
    document = DocumentChooserBlock(
        required=False,
        label=_("Video file"),
        help_text=_("Instead of a link: an MP4 or WebM file from the documents library."),
    )
    poster = ImageChooserBlock(
        required=False,
        label=_("Poster image"),
        help_text=_("Shown before the video plays; it is served from this site."),
    )
    duration = DurationBlock(
        required=False, label=_("Duration"), help_text=_("e.g. 4:30 or 1:02:05.")
    )
    language = LanguageChoiceBlock(help_text=_("The language spoken in the video."))
    transcript = SafeRichTextBlock(
        required=False,
        label=_("Transcript"),
        help_text=_("Everything said and shown, for people who cannot watch or hear it."),
    )
    captions = optional_web_link(
        _("Captions file"), _("For video files: the address of a WebVTT (.vtt) captions file.")
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "icm_ebooth/blocks/video.html"
        description = _("A video that loads from YouTube or Vimeo only when visitors play it.")
        preview_value = {
            "title": "International student testimonial",
            "url": "https://vimeo.com/76979871",
            "duration": "4:30",
            "language": "en",
            "transcript": "<p>I came to Europe for one semester…</p>",
        }

    def clean(self, value):
        value = super().clean(value)
        document = value.get("document")
        if document and document.file_extension.lower() not in VIDEO_FILE_EXTENSIONS:
            message = _("Choose an MP4, WebM or Ogg video file.")
            raise StructBlockValidationError(block_errors={"document": ValidationError(message)})
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        document = value.get("document")
        request = (parent_context or {}).get("request")
        shown = may_show_document(document, request) and bool(document.file.name)
        context.update(
            {
                "hosted": parse_video_url(value.get("url")),
                "file_url": document.url if shown else "",
                "captions_url": safe_url(value.get("captions")),
                "duration_iso": iso_duration(value.get("duration")),
            }
        )
        return context
