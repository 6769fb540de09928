"""Write the URLs ``load.sh`` requests, each with the text that proves the page is its own.

    python -m benchmarks.discover OUTPUT_DIR

Reads the loaded demo (with the settings in ``DJANGO_SETTINGS_MODULE``) and writes, one
``path<TAB>marker`` line each: ``booth.txt`` (the English booth's home), ``mix.txt`` (booths,
topics, the finder with filters and a search, events and calendar files, in English and
French) and ``floor.txt``. ``mix.lua`` counts a response as good only when it is a 200 that
contains its marker. ``beacon.txt`` holds the page-view beacon of the booth's home as
``path<TAB>body``, for ``beacon.lua``.
"""

import html
import sys
from collections import Counter
from pathlib import Path

ICS_MARKER = "BEGIN:VCALENDAR"
LANGUAGES = ("en", "fr")


def live_pages(model):
    return model.objects.live().public().filter(locale__language_code__in=LANGUAGES)


def page_line(page, query=""):
    return f"{page.url}{query}\t{html.escape(page.title)}"


def finder_lines(index):
    """The finder with filters that match some of its examples, and a search."""
    from icm_ebooth.models import ProjectExamplePage

    examples = list(ProjectExamplePage.objects.child_of(index).live())
    if not examples:
        return [page_line(index)]
    regions = Counter(
        key for example in examples for key in example.partner_regions.split(",") if key
    )
    years = Counter(example.call_year for example in examples)
    region = regions.most_common(1)[0][0] if regions else ""
    year = years.most_common(1)[0][0]
    word = max(examples[0].title.split(), key=len)
    return [
        page_line(index),
        page_line(index, f"?region={region}&sort=title"),
        page_line(index, f"?year={year}&mobility=staff_teaching"),
        page_line(index, f"?action={examples[0].key_action}&good_practice=1"),
        page_line(index, f"?q={word}"),
    ]


def main(output):
    import django

    django.setup()
    from django.urls import reverse
    from django.utils import translation

    from benchmarks.urls import FLOOR_MARKER
    from icm_ebooth.models import BoothPage, EventPage, ProjectExampleIndexPage, TopicPage

    booths = list(live_pages(BoothPage).order_by("locale__language_code", "path"))
    if not booths:
        raise SystemExit("No live booth: load the demo first.")
    mix = []
    for booth in booths:
        mix.append(page_line(booth))
        mix.append(f"{booth.url}events.ics\t{ICS_MARKER}")
    mix += [page_line(topic) for topic in live_pages(TopicPage).order_by("path")]
    for index in live_pages(ProjectExampleIndexPage).order_by("path"):
        mix += finder_lines(index)
    for event in live_pages(EventPage).order_by("path"):
        mix.append(page_line(event))
        mix.append(f"{event.url}event.ics\t{ICS_MARKER}")

    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    (output / "booth.txt").write_text(page_line(booths[0]) + "\n")
    (output / "mix.txt").write_text("\n".join(mix) + "\n")
    (output / "floor.txt").write_text(f"/__floor__/\t{FLOOR_MARKER}\n")
    with translation.override(booths[0].locale.language_code):
        beacon = reverse("icm_ebooth_beacon")
    (output / "beacon.txt").write_text(f"{beacon}\tpage={booths[0].pk}&query=\n")
    print(f"{len(mix)} URLs in the mix; the booth alone: {booths[0].url}")


if __name__ == "__main__":
    main(sys.argv[1])
