"""Everything the analysis reads from one article on its own: the unit that is cached between builds
and shared out to worker processes.

``read_article`` depends only on the article's text and record, the actors and the article's quote
overrides, never on other articles, so its result can be kept and reused while those are unchanged;
cross-article work (text reuse, quote grouping, comparison) is recomputed from these results.
``reading_key`` names everything it depends on; a change to what ``read_article`` reads must be
reflected there.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sys
from dataclasses import dataclass, replace

from ..intake.cleaning import clean_article
from ..model.article_text import CleanArticle
from ..model.problems import Problem, ProblemLog
from ..model.records import Article, Corpus, Dossier, Entity, QuoteOverride
from . import attribution, entities, loaded_words, quotes, reported_speech, text_reuse

# Below this many articles to read, starting worker processes costs more than it saves
# (measured with benchmarks/scale.py on 2 cores; see benchmarks/README.md).
PARALLEL_FROM = 150


@dataclass(frozen=True)
class ArticleReading:
    clean: CleanArticle
    mentions: list[entities.Mention]
    epithets: list[entities.EpithetUse]
    quotes: list[quotes.Quote]
    attributions: list[attribution.Attribution]
    agencies: tuple[str, ...]  # entity ids found in signatures and source lines
    loaded_uses: list[loaded_words.LoadedUse]
    tokens: text_reuse.Tokens
    problems: tuple[Problem, ...]  # errors found while reading (cleaning rules that match no line)
    warnings: tuple[Problem, ...]


@dataclass(frozen=True)
class Readers:
    """What every article is read against: the actors (as records, as a lexicon and as the names
    reported speech resolves to), the quote overrides and the dossier's loaded words."""

    entities: dict[str, Entity]
    lexicon: entities.Lexicon
    known: reported_speech.ActorGazetteer
    loaded: loaded_words.Lexicon
    overrides: dict[str, tuple[QuoteOverride, ...]]  # per article

    @classmethod
    def of(cls, corpus: Corpus) -> Readers:
        by_article: dict[str, list[QuoteOverride]] = {}
        for override in corpus.quote_overrides:
            by_article.setdefault(override.article, []).append(override)
        lexicon = entities.build_lexicon(corpus.entities)
        return cls(corpus.entities, lexicon, reported_speech.ActorGazetteer(lexicon, corpus.entities),
                   loaded_words.lexicon(corpus.dossier, corpus.entities),
                   {k: tuple(v) for k, v in by_article.items()})


def read_article(article: Article, seed: str, readers: Readers) -> ArticleReading:
    log = ProblemLog()
    clean = clean_article(article, seed, log)
    mentions = entities.find_mentions(clean, readers.lexicon)
    epithets = entities.find_epithets(clean, readers.lexicon, mentions)
    speech = reported_speech.read_speech(clean, article.language, readers.known)
    found = quotes.extract_quotes(clean, speech, readers.lexicon, readers.entities,
                                  list(readers.overrides.get(article.id, ())))
    return ArticleReading(
        clean=clean, mentions=mentions, epithets=epithets, quotes=found,
        attributions=attribution.find_attributions(clean, speech, readers.lexicon),
        agencies=attribution.credited_agencies(clean, readers.entities),
        loaded_uses=loaded_words.find(article.id, clean, readers.loaded),
        tokens=text_reuse.tokens(clean), problems=tuple(log.problems), warnings=tuple(log.warnings))


def readers_key(readers: Readers, dossier: Dossier) -> bytes:
    """The part of every article's key that all articles share: the actors (without their places in
    the YAML, which no reading reports), the dossier's language and its loaded and neutral words."""
    actors = [replace(e, origin=None) for e in readers.entities.values()]
    return repr((dossier.language, dossier.loaded_words, dossier.neutral_words, actors)).encode()


def reading_key(article: Article, seed: str, readers: Readers, shared: bytes, version: str) -> str:
    """A digest of everything ``read_article`` depends on for this article. The annotations and the
    record's own place are left out: the reading never looks at them, so editing an annotation keeps
    the article's cached reading. Cleaning rules keep their places: their problems report them."""
    record = replace(article, annotations=(), origin=None)
    overrides = [replace(o, origin=None) for o in readers.overrides.get(article.id, ())]
    digest = hashlib.sha256(version.encode())
    for part in (shared, repr(record).encode(), repr(overrides).encode(), seed.encode()):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def intern_words(reading: ArticleReading) -> ArticleReading:
    """Share one string per distinct word across articles, as ``text_reuse.tokens`` does (a
    reading loaded from the cache or a worker arrives with its own copies)."""
    reading.tokens.words = list(map(sys.intern, reading.tokens.words))
    return reading


# -- reading many articles, in worker processes when it pays --------------------------------------

_worker: dict = {}


def _start_worker(readers: Readers) -> None:
    _worker["readers"] = readers


def _read_in_worker(job: tuple[Article, str]) -> ArticleReading:
    article, seed = job
    return read_article(article, seed, _worker["readers"])


def worker_count(jobs: int) -> int:
    """How many processes to read ``jobs`` articles with: 1 (no workers) for few articles or one core."""
    if jobs < PARALLEL_FROM or os.environ.get("DOSSIER_WORKERS") == "1":
        return 1
    return max(1, min(os.cpu_count() or 1, jobs // (PARALLEL_FROM // 2)))


def read_many(jobs: list[tuple[Article, str]], readers: Readers) -> list[ArticleReading]:
    """The readings of ``jobs`` in the same order, whatever the number of workers: each article is
    read on its own, so the results are the same as a serial run's."""
    workers = worker_count(len(jobs))
    if workers == 1:
        return [read_article(article, seed, readers) for article, seed in jobs]
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    chunk = max(1, len(jobs) // (workers * 4))
    with context.Pool(workers, initializer=_start_worker, initargs=(readers,)) as pool:
        return [intern_words(r) for r in pool.map(_read_in_worker, jobs, chunksize=chunk)]
