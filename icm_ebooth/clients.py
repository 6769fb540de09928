"""The visitor's network address, as the site's reverse proxy reports it, and its salted hash.

Behind a proxy ``REMOTE_ADDR`` is the proxy's own address, shared by every visitor; the
client's is in a header the proxy sets (``ICM_EBOOTH_CLIENT_IP_HEADER``). A proxy appends the
address it received the request from to ``X-Forwarded-For``, so the client is the entry
``ICM_EBOOTH_CLIENT_IP_PROXY_COUNT`` places from the end: entries before it are whatever the
client chose to send. Addresses are never stored: callers keep a salted hash at most.
"""

import ipaddress

from django.utils.crypto import salted_hmac

from icm_ebooth.conf import ebooth_settings


def _valid(address):
    try:
        return str(ipaddress.ip_address(address.strip()))
    except ValueError:
        return ""


def client_address(request):
    """The client's IP address, or "" when neither the header nor REMOTE_ADDR gives one."""
    header = ebooth_settings.CLIENT_IP_HEADER
    if header:
        entries = [entry for entry in request.META.get(header, "").split(",") if entry.strip()]
        count = ebooth_settings.CLIENT_IP_PROXY_COUNT
        if entries and len(entries) >= count:
            address = _valid(entries[-count])
            if address:
                return address
    return _valid(request.META.get("REMOTE_ADDR", ""))


def hashed_client(request, purpose):
    """A hash of the client's address, keyed on ``purpose`` and the site's SECRET_KEY.

    The same client gives the same hash for one purpose only; the address cannot be read
    back from it without the secret key.
    """
    return salted_hmac(f"icm_ebooth.clients.{purpose}", client_address(request)).hexdigest()
