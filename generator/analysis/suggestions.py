"""What the articles already say that the editor has not written down yet: proposed events,
figures, actors and sources, each with a confidence and the places in the articles it rests on.

Reads with the readers the rest of the generator uses (sentences, names, speech, figures) and
never changes the editor's records; the command writes the proposals to a review file.
"""
from __future__ import annotations

from ..model.analysis import Analysis
from ..model.records import Corpus
from .actor_proposals import propose_actors, propose_sources, read_sources
from .event_proposals import propose_events, propose_figures
from .proposals import (TOP, ActorProposal, ArticleSentence, EventProposal, Evidence, FigureProposal,  # noqa: F401
                        ReportedFigure, SourceProposal, Suggestions, article_sentences, slug)


def suggest(corpus: Corpus, analysis: Analysis) -> Suggestions:
    items = article_sentences(analysis)
    found_sources = read_sources(corpus, analysis)
    source_articles = {name: {e.article for _, e in uses} for name, uses in found_sources.items()}
    return Suggestions(tuple(propose_events(items)), tuple(propose_figures(items)),
                       tuple(propose_actors(items, corpus, source_articles, analysis)),
                       tuple(propose_sources(found_sources, corpus)))
