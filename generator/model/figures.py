"""Figures as German and English news write them: '100.000', "10'000", 'rund 21 Prozent',
'zwei Drittel', 'gut ein Fünftel', '1,5 Mrd. Euro', '$5bn', '20 bis 25', 'more than 120,000'.

One reader serves both the editor's YAML figure syntax (``parse_figure``) and figures found in
article text (``find_figures``). An approximate figure holds an interval; comparisons also allow
for rounding, so two outlets that round the same number differently do not disagree.

The reader lives in figure_reading.py, the search through article text in figures_in_text.py,
the figure itself and its comparisons in figure_values.py; this module names them all.
"""

from __future__ import annotations

from .figure_reading import figure_from_match, parse_figure, parse_number, unit_of
from .figure_values import SHARE, YEAR, Figure, FigureSyntaxError, disagree, format_value, gap
from .figures_in_text import FoundFigure, find_figures

__all__ = ["SHARE", "YEAR", "Figure", "FigureSyntaxError", "FoundFigure", "disagree", "figure_from_match",
           "find_figures", "format_value", "gap", "parse_figure", "parse_number", "unit_of"]
