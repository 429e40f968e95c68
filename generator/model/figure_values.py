"""What a figure is once read, and how two figures compare: an approximate figure holds an
interval, widened by its rounding, so two outlets that round the same number differently do not
disagree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

SHARE = "Anteil"  # the unit of a fraction such as 'zwei Drittel'
YEAR = "Jahr"  # 'seit 1994': a year, compared as a year and never shown as an amount


class FigureSyntaxError(ValueError):
    pass


@dataclass(frozen=True)
class Figure:
    text: str
    value: float
    low: float | None  # None: open below
    high: float | None  # None: open above
    unit: str | None  # '%', 'Prozentpunkte', 'EUR', 'USD', 'Anteil', or None for a plain count
    approximate: bool
    counted: str | None = None  # the noun counted: 'Soldaten'
    qualifier: str | None = None  # the approximator as written: 'rund', 'mehr als'
    rounding: float = 0.0  # half a unit of the last digit written, times the scale

    def bounds(self) -> tuple[float, float]:
        """The interval used in comparisons: what the text says, widened by its rounding."""
        low = -math.inf if self.low is None else self.low - self.rounding
        high = math.inf if self.high is None else self.high + self.rounding
        return low, high


def disagree(a: Figure, b: Figure) -> bool:
    """Two figures of the same quantity disagree only when their intervals do not overlap."""
    if a.unit != b.unit:
        return False  # not comparable, not a disagreement
    (a_low, a_high), (b_low, b_high) = a.bounds(), b.bounds()
    return a_high < b_low or b_high < a_low


def gap(a: Figure, b: Figure) -> float:
    """How far apart two disagreeing figures are: the distance between their intervals (0 if they overlap)."""
    (a_low, a_high), (b_low, b_high) = a.bounds(), b.bounds()
    return max(0.0, b_low - a_high, a_low - b_high)


def format_value(value: float, lang: str = "de") -> str:
    """A value for comparison tables, grouped the way the site's language groups it."""
    if value == int(value):
        text = f"{int(value):,}"
    else:
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if lang == "de":
        text = text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
    return text
