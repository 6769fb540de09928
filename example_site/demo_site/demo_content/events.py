"""The booth's events: the seed's live event and an upcoming information session."""

import datetime
import zoneinfo

from django.utils import timezone

from demo_site.demo_content.icm_booth import section_fields
from demo_site.demo_content.pages import publish, stream, upsert_child
from icm_ebooth.models import EventPage

BRUSSELS = "Europe/Brussels"


def build_live_event(index, media, contact):
    """The seed's "Live event - Join us" on Wednesday 27 January 2021, Brussels time."""
    return upsert_child(
        index,
        EventPage,
        "live-event-27-january-2021",
        title="International Credit Mobility: live event",
        date=datetime.date(2021, 1, 27),
        # The seed gives the day but no hour: 14:00-15:30 Brussels time is the demo's choice.
        start_time=datetime.time(14, 0),
        end_time=datetime.time(15, 30),
        time_zone=BRUSSELS,
        summary="Join us in the e-Booth's live event: International Credit Mobility today, "
        "the end of the KA107 calls and what to expect from call 2022.",
        platform="Webex",
        # Not a real meeting: the demo's join link stays on example.org.
        join_url="https://example.org/webex/icm-live-event",
        meeting_number="175 888 1946",
        video_system_code="32668420",
        slides=media.slides,
        contact=contact,
        body=stream(
            EventPage,
            "body",
            [
                (
                    "text",
                    "<p>You can find here the PPT presented during the live event. If you "
                    "need more information, please contact the ICM information desk.</p>",
                )
            ],
        ),
    )


def build_information_session(index, contact):
    """An upcoming session, 14 days after the demo is first loaded, at 10:00 Brussels time.

    Its date is set only when the page is created, so loading the demo again keeps it.
    """
    first_day = timezone.localdate(timezone=zoneinfo.ZoneInfo(BRUSSELS))
    return upsert_child(
        index,
        EventPage,
        "information-session",
        create_only={
            "date": first_day + datetime.timedelta(days=14),
            "start_time": datetime.time(10, 0),
            "end_time": datetime.time(11, 30),
        },
        title="Information session: International Credit Mobility under KA171",
        time_zone=BRUSSELS,
        summary="An example upcoming session of this demonstration: how ICM works from call "
        "2022 (KA171), followed by questions and answers.",
        platform="Webex",
        join_url="https://example.org/webex/icm-information-session",
        registration_url="https://example.org/icm/register",
        contact=contact,
        agenda=stream(
            EventPage,
            "agenda",
            [
                agenda_item(10, 0, 10, 10, "Welcome and introduction"),
                agenda_item(10, 10, 10, 50, "International Credit Mobility under KA171"),
                agenda_item(10, 50, 11, 30, "Questions and answers"),
            ],
        ),
    )


def agenda_item(start_hour, start_minute, end_hour, end_minute, title):
    return (
        "item",
        {
            "start_time": datetime.time(start_hour, start_minute),
            "end_time": datetime.time(end_hour, end_minute),
            "title": title,
            "description": "",
            "speakers": "",
        },
    )


def build_events(index, media, contact):
    publish(
        index,
        **section_fields("events"),
        introduction="Live events of the International Credit Mobility e-Booth, with their "
        "times in Brussels time.",
    )
    live = build_live_event(index, media, contact)
    upcoming = build_information_session(index, contact)
    return live, upcoming
