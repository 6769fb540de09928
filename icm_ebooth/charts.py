"""Small bar charts drawn on the server: each bar's share of the longest, in whole percent."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    # Length against the largest count, 1 to 100: a whole number, because a localised
    # decimal comma would break the SVG attribute it goes into.
    percent: int


def bar_chart(rows):
    """Bars for ``(label, count)`` rows, the longest for the largest count.

    Rows without any count are left out, so an empty list means there is nothing to draw.
    """
    rows = [(str(label), count) for label, count in rows if count > 0]
    largest = max((count for _label, count in rows), default=0)
    return [Bar(label, count, max(1, round(100 * count / largest))) for label, count in rows]
