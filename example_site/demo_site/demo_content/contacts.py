"""Contacts for the demo booths.

Addresses are on example.org and numbers use a "+32 2 000" prefix no Belgian line has:
placeholders, not real desks.
"""

from wagtail.models import Locale

from icm_ebooth.models import Contact

CONTACTS = {
    "icm": {
        "name": "ICM information desk",
        "role": "Example contact of this demonstration booth",
        "organisation": "European Education and Culture Executive Agency (EACEA)",
        "email": "icm-desk@example.org",
        "phone": "+32 2 000 01 07",
        "website": "https://example.org/icm",
    },
    "cbhe": {
        "name": "CBHE information desk",
        "role": "Example contact of this demonstration booth",
        "organisation": "European Education and Culture Executive Agency (EACEA)",
        "email": "cbhe-desk@example.org",
        "phone": "+32 2 000 01 08",
        "website": "https://example.org/cbhe",
    },
}


def ensure_contacts():
    """{key: Contact} in the default locale, created or updated by their email address."""
    locale = Locale.get_default()
    contacts = {}
    for key, fields in CONTACTS.items():
        contact, _created = Contact.objects.update_or_create(
            email=fields["email"], locale=locale, defaults=fields
        )
        contacts[key] = contact
    return contacts


def delete_demo_contacts():
    """Delete the demo contacts in every language."""
    emails = [fields["email"] for fields in CONTACTS.values()]
    keys = Contact.objects.filter(email__in=emails).values_list("translation_key", flat=True)
    Contact.objects.filter(translation_key__in=list(keys)).delete()
