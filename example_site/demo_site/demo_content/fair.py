"""The virtual fair: the hall that holds the demo's booths."""

from demo_site.demo_content.pages import ensure_child, publish
from icm_ebooth.models import FairPage

INTRODUCTION = (
    "<p>Welcome to the Erasmus+ virtual fair. Each e-Booth presents one part of the "
    "programme: what it offers, how to apply, examples of projects and materials to take "
    "away, with a live event to ask questions.</p>"
)


def ensure_fair(home):
    """The fair under the home page (created unpublished; :func:`publish_fair` publishes it)."""
    return ensure_child(home, FairPage, "erasmus-virtual-fair", title="Erasmus+ virtual fair")


def publish_fair(fair):
    return publish(
        fair,
        title="Erasmus+ virtual fair",
        introduction=INTRODUCTION,
        search_description="The Erasmus+ e-Booths: International Credit Mobility and "
        "Capacity Building in Higher Education.",
    )
