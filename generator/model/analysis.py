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


# Keys, all of them ids from the YAML: what each mapping below is keyed on.
ArticleId = str
ActorId = str
RecordRef = tuple[str, int]  # (event or claim id, index of its source or report)

EpithetTable = dict[ActorId, dict[ArticleId, Counter[str]]]  # actor -> article -> epithet -> uses
AttributionTable = dict["comparison.CitedSource", Counter[ArticleId]]  # source -> article -> cues citing it
CoMentions = Counter[tuple[ActorId, ActorId]]  # (actor, other actor; ids in order) -> paragraphs shared


@dataclass(frozen=True)
class Analysis:
    articles: tuple[Article, ...]  # in publication order
    reading_keys: dict[ArticleId, str]  # a digest of everything each article's own reading depends on
    inputs: bytes  # a digest of everything the results but ``annotations`` are made from (see stage.analyse)
    clean: dict[ArticleId, CleanArticle]
    mentions: dict[ArticleId, list[entities.Mention]]  # per article
    epithets: dict[ArticleId, list[entities.EpithetUse]]
    quotes: dict[ArticleId, list[quotes.Quote]]
    quote_groups: list[quotes.QuoteGroup]
    attributions: dict[ArticleId, list[attribution.Attribution]]
    agencies_detected: dict[ArticleId, tuple[ActorId, ...]]  # entity ids found in signatures and source lines
    credited: dict[ArticleId, tuple[str, ...]]  # agency names: from YAML and detected, for display and export
    annotations: dict[ArticleId, list[AnchoredAnnotation]]
    event_anchors: dict[RecordRef, Anchor]
    claim_anchors: dict[RecordRef, Anchor]
    chronology: list[chronology.YearGroup]
    coverage: list[comparison.CoverageRow]
    figures: list[comparison.FigureComparison]
    epithet_table: EpithetTable
    headlines: list[comparison.Headline]
    loaded_uses: list[loaded_words.LoadedUse]  # in article order, then reading order
    attribution_table: AttributionTable
    shared: list[text_reuse.SharedPassage]
    tokens: dict[ArticleId, text_reuse.Tokens]
    co_mentions: CoMentions
