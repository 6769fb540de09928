"""Small bar charts drawn on the server as SVG: the geometry, not the markup."""

from dataclasses import dataclass

# The chart's coordinate system: the SVG scales it to the width it is given.
WIDTH = 240
ROW_HEIGHT = 40
LABEL_HEIGHT = 16
BAR_HEIGHT = 12
COUNT_SPACE = 32


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    # Baseline of the row's label, top of its bar, the bar's length, in whole chart units
    # (whole numbers: a localised decimal comma would break the SVG).
    label_y: int
    bar_y: int
    length: int


@dataclass(frozen=True)
class BarChart:
    bars: list
    width: int
    height: int
    track: int
    bar_height: int = BAR_HEIGHT

    def __bool__(self):
        return bool(self.bars)


def bar_chart(rows):
    """A horizontal bar chart of ``(label, count)`` rows, the longest bar for the largest count.

    Rows without any count are left out; so is the whole chart when nothing is counted.
    """
    rows = [(str(label), count) for label, count in rows if count > 0]
    track = WIDTH - COUNT_SPACE
    largest = max((count for _label, count in rows), default=0)
    bars = []
    for index, (label, count) in enumerate(rows):
        top = index * ROW_HEIGHT
        length = max(2, round(track * count / largest))
        bars.append(Bar(label, count, top + LABEL_HEIGHT - 3, top + LABEL_HEIGHT + 2, length))
    return BarChart(bars, WIDTH, len(rows) * ROW_HEIGHT, track)
