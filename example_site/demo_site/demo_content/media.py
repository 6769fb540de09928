"""Documents and images for the demo, made from the committed files in ``demo_files/``.

Each is found again by its title in the demo's collection, so loading twice reuses it; a
committed file that changed replaces the stored one.
"""

from dataclasses import dataclass
from pathlib import Path

from django.core.files import File
from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.utils.file import hash_filelike

FILES_DIR = Path(__file__).resolve().parent.parent / "demo_files"
COLLECTION_NAME = "e-Booth demo"


@dataclass(frozen=True)
class DemoMedia:
    leaflet: object
    slides: object
    at_a_glance: object
    distance_bands: object
    how_to_apply: object
    poster: object
    logo_icm: object
    logo_cbhe: object
    hero_icm: object


def demo_collection():
    collection = Collection.objects.filter(name=COLLECTION_NAME).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=COLLECTION_NAME)
    return collection


def _ensure(model, title, filename, collection, **fields):
    path = FILES_DIR / filename
    with path.open("rb") as handle:
        committed_hash = hash_filelike(handle)
    item = model.objects.filter(title=title, collection=collection).first()
    if item is None:
        item = model(title=title, collection=collection)
    elif item.file_hash == committed_hash and item.file.storage.exists(item.file.name):
        return item
    elif item.file:
        item.file.delete(save=False)
    for name, value in fields.items():
        setattr(item, name, value)
    with path.open("rb") as handle:
        item.file.save(filename, File(handle), save=False)
        if isinstance(item, AbstractDocument):
            item._set_document_file_metadata()
        else:
            item._set_image_file_metadata()
        item.save()
    return item


def document(title, filename, collection):
    return _ensure(get_document_model(), title, filename, collection)


def image(title, filename, collection, description):
    return _ensure(get_image_model(), title, filename, collection, description=description)


def load_media():
    """Create or reuse every demo document and image."""
    collection = demo_collection()
    return DemoMedia(
        leaflet=document(
            "International credit mobility", "international-credit-mobility.pdf", collection
        ),
        slides=document(
            "International Credit Mobility: slides of the live event of 27 January 2021",
            "icm-live-event-2021-01-27.pptx",
            collection,
        ),
        at_a_glance=image(
            "International Credit Mobility at a glance",
            "icm-at-a-glance.png",
            collection,
            "Durations: student studies 3 to 12 months, traineeships 2 to 12 months, staff "
            "teaching and training 5 days to 2 months excluding travel; organisational support "
            "EUR 350 per participant (Erasmus+ Programme Guide 2020, KA107).",
        ),
        distance_bands=image(
            "Travel support by distance band (2020)",
            "icm-travel-distance-bands-2020.png",
            collection,
            "Bar chart of travel support per participant: EUR 20 for 10 to 99 km up to "
            "EUR 1500 for 8000 km or more (Erasmus+ Programme Guide 2020, KA107).",
        ),
        how_to_apply=image(
            "How to apply in four steps",
            "icm-how-to-apply.png",
            collection,
            "Four numbered steps: agree on mobilities with a partner, apply to your National "
            "Agency, qualitative assessment, sign the inter-institutional agreement.",
        ),
        poster=image(
            "International student testimonial (poster)",
            "testimonial-poster.png",
            collection,
            "A play symbol above the words 'International student testimonial'.",
        ),
        logo_icm=image("ICM booth logo", "logo-icm.png", collection, "The letters ICM."),
        logo_cbhe=image("CBHE booth logo", "logo-cbhe.png", collection, "The letters CBHE."),
        hero_icm=image(
            "ICM booth hero (abstract illustration made for this demo)",
            "hero-icm.png",
            collection,
            "Curved routes between dots on a teal gradient; decoration without text.",
        ),
    )


def delete_demo_media():
    """Delete the demo's documents and images (their files go with them) and its collection."""
    collection = Collection.objects.filter(name=COLLECTION_NAME).first()
    if collection is None:
        return
    get_document_model().objects.filter(collection=collection).delete()
    get_image_model().objects.filter(collection=collection).delete()
    collection.delete()
