"""Sites with their own image and document models (CI runs the suite with them swapped in)."""

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from icm_ebooth.models import BoothPage, EventPage
from tests.factories import build_booth, make_document, make_image, publish


def test_foreign_keys_point_at_the_configured_models():
    assert BoothPage._meta.get_field("logo").related_model is get_image_model()
    assert BoothPage._meta.get_field("key_document").related_model is get_document_model()
    assert EventPage._meta.get_field("slides").related_model is get_document_model()


def test_booth_renders_the_configured_models(client, home):
    booth = build_booth(home, topics=0, projects=0, events=0, resources=1)
    booth.logo = make_image("Logo")
    booth.key_document = make_document("Leaflet", "leaflet.pdf", size=2_000_000)
    publish(booth)
    html = client.get(booth.url).content.decode()
    assert "Leaflet (PDF, 2 MB" in html
    assert isinstance(booth.logo, get_image_model())
