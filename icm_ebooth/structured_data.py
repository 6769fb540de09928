"""schema.org ``Event`` data for search engines, embedded as JSON-LD."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

from icm_ebooth import clock
from icm_ebooth.safety import safe_url

# Characters that could end the <script> element or start HTML inside it, written as
# JSON escapes so the data stays the same for a JSON parser.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}

EVENT_STATUS = {
    clock.CANCELLED: "https://schema.org/EventCancelled",
    clock.POSTPONED: "https://schema.org/EventPostponed",
    clock.RESCHEDULED: "https://schema.org/EventRescheduled",
    clock.MOVED_ONLINE: "https://schema.org/EventMovedOnline",
}


def json_ld(data):
    """``data`` as the body of a ``<script type="application/ld+json">`` element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(_SCRIPT_ESCAPES))  # noqa: S308 - escaped above


def event_data(event, url, organizer=None):
    """The schema.org description of an EventPage."""
    join_url = event.links.join
    online = bool(join_url)
    in_person = bool(event.venue)
    if online and in_person:
        mode = "https://schema.org/MixedEventAttendanceMode"
    elif in_person:
        mode = "https://schema.org/OfflineEventAttendanceMode"
    else:
        mode = "https://schema.org/OnlineEventAttendanceMode"
    locations = []
    if online:
        locations.append({"@type": "VirtualLocation", "url": join_url})
    if in_person:
        locations.append({"@type": "Place", "name": event.venue, "address": event.venue})
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "url": url,
        "inLanguage": event.locale.language_code,
        "eventAttendanceMode": mode,
        "eventStatus": EVENT_STATUS.get(event.status, "https://schema.org/EventScheduled"),
    }
    if event.start_at:
        # An event whose time is still to be announced is given by its date alone.
        # Times carry the offset of the event's own zone, as visitors read them.
        data["startDate"] = (
            event.date.isoformat()
            if event.time_to_be_announced
            else event.start_at.astimezone(event.zone).isoformat()
        )
        if event.end_at and not event.time_to_be_announced:
            data["endDate"] = event.end_at.astimezone(event.zone).isoformat()
    if event.previous_start_at and event.status == clock.RESCHEDULED:
        data["previousStartDate"] = event.previous_start_at.astimezone(event.zone).isoformat()
    if locations:
        data["location"] = locations if len(locations) > 1 else locations[0]
    if organizer is not None:
        data["organizer"] = {
            "@type": "Organization",
            "name": organizer.organisation or organizer.name,
        }
        if safe_url(organizer.website):
            data["organizer"]["url"] = safe_url(organizer.website)
    return data
