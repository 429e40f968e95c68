"""What the analysis hands the pages and the downloads: one frozen record of every result.

The result types are defined beside the analysis that makes them; they are imported here for
the annotations only, so the model does not depend on the analysis at run time.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .article_text import CleanArticle
from .records import Annotation, Article

if TYPE_CHECKING:
    from ..analysis import attribution, chronology, comparison, entities, loaded_words, quotes, text_reuse
    from ..analysis.anchoring import Anchor


@dataclass(frozen=True)
class AnchoredAnnotation:
    annotation: Annotation
    anchor: Anchor


@dataclass(frozen=True)
class Analysis:
    articles: tuple[Article, ...]  # in publication order
    clean: dict[str, CleanArticle]
    mentions: dict[str, list[entities.Mention]]  # per article
    epithets: dict[str, list[entities.EpithetUse]]
    quotes: dict[str, list[quotes.Quote]]
    quote_groups: list[quotes.QuoteGroup]
    attributions: dict[str, list[attribution.Attribution]]
    agencies_detected: dict[str, tuple[str, ...]]  # entity ids found in signatures and source lines
    credited: dict[str, tuple[str, ...]]  # agency names: from YAML and detected, for display and export
    annotations: dict[str, list[AnchoredAnnotation]]
    event_anchors: dict[tuple[str, int], Anchor]
    claim_anchors: dict[tuple[str, int], Anchor]
    chronology: list[chronology.YearGroup]
    coverage: list[comparison.CoverageRow]
    figures: list[comparison.FigureComparison]
    epithet_table: dict
    headlines: list[comparison.Headline]
    loaded_uses: list[loaded_words.LoadedUse]  # in article order, then reading order
    attribution_table: dict
    shared: list[text_reuse.SharedPassage]
    tokens: dict[str, text_reuse.Tokens]
    co_mentions: Counter
