"""What the browser tests build their sites from (the fixtures are in ``conftest.py``)."""

from dataclasses import dataclass
from pathlib import Path

from wagtail.models import Collection, Page

from icm_ebooth.blocks import BodyStreamBlock
from tests.factories import ContactFactory, make_document, make_image


@dataclass(frozen=True)
class BrowserSite:
    url: str  # the live server's address, without a trailing slash
    home: Page  # the default site's root page
    media_root: Path  # where the module's images and documents are stored


def ensure_tree_roots(locale):
    """The root page and root collection, which a flushed database lacks.

    A test that runs on ``live_server`` commits its data, and the database is emptied after
    it, migrations' rows included.
    """
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    return Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )


def every_block(booth, event):
    """A body that uses every block of the library once, with realistic values."""
    image = make_image("Campus")
    document = make_document("Programme guide", "guide.pdf", size=1_300_000)
    picture = {"image": image, "alt_text": "Students on a campus", "caption": "Campus"}
    overrides = {
        "image": {
            "image": {"image": image, "alt_text": "Students on a campus", "decorative": False},
            "caption": "A campus",
            "attribution": "© Example",
        },
        "gallery": {"title": "Visual materials", "items": [picture]},
        "download": {"document": document, "title": "", "language": "en", "description": "x"},
        "contact": {"heading": "Ask us", "contact": ContactFactory()},
        "event": {"heading": "Next event", "event": event},
        "related": {"heading": "See also", "pages": [booth]},
    }
    values = []
    for name, block in BodyStreamBlock().child_blocks.items():
        if name in overrides:
            value = block.normalize(overrides[name])
        elif name == "video":
            value = block.normalize({**block.get_preview_value(), "poster": image})
        else:
            value = block.get_preview_value()
        values.append((name, value))
    return values
