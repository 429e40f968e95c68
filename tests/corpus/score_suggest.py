"""Score 'python -m generator suggest' against the hand-labelled events and actors of whole stories.

    python tests/corpus/score_suggest.py            # per story: events and actors found, precision of the top 20
    python tests/corpus/score_suggest.py --errors   # and every labelled item missed

Each story in tests/corpus/suggest/<story>.yml lists its articles; they become a fresh dossier
exactly as an editor would start one (``init``, then ``add`` of the texts, nothing edited), and
``suggest`` runs on it. A labelled event counts as found when one of the top proposals cites one of
its labelled sentences (the same article, and the quote and the sentence overlap); a labelled actor
when a top proposal's name or alias is one of its names. tests/test_suggest_scores.py fails below
the measured floor.
"""

from __future__ import annotations

import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parents[1]))

from generator import pipeline  # noqa: E402
from generator.analysis.suggestions import TOP, Suggestions, suggest  # noqa: E402
from generator.commands.add import add_articles  # noqa: E402
from generator.commands.init import init_project  # noqa: E402


@dataclass(frozen=True)
class StoryScore:
    story: str
    events_found: int
    events: int
    actors_found: int
    actors: int
    event_hits: int  # of the top proposals, those that match a labelled event
    event_top: int
    actor_hits: int
    actor_top: int
    missed: tuple[str, ...]

    @property
    def event_recall(self) -> float:
        return self.events_found / self.events if self.events else 1.0

    @property
    def actor_recall(self) -> float:
        return self.actors_found / self.actors if self.actors else 1.0

    @property
    def precision(self) -> float:
        top = self.event_top + self.actor_top
        return (self.event_hits + self.actor_hits) / top if top else 1.0


def stories() -> list[dict]:
    return [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((ROOT / "suggest").glob("*.yml"))]


def _words(text: str) -> set[str]:
    return {w.casefold()[:6] for w in re.findall(r"\w{3,}", text)}


def _same_passage(gold: str, found: str) -> bool:
    if gold in found or found in gold:
        return True
    a, b = _words(gold), _words(found)
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= 0.6


def _fold(name: str) -> str:
    name = re.sub(r"['’]s$", "", name.casefold().strip())
    return re.sub(r"(?<=\w{4})(?:s|es|n|en)$", "", name)


def run_story(gold: dict) -> tuple[Suggestions, dict[str, str]]:
    """Suggestions for a dossier made of the story's articles, and corpus text id -> article id."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "dossier"
        init_project(root, f"Story {gold['story']}", "de")
        ids = {}
        for text_id in gold["articles"]:
            before = set(re.findall(r"^  - id: (\S+)", (root / "content" / "articles.yml").read_text(encoding="utf-8"), re.M))
            add_articles(root, [ROOT / "texts" / f"{text_id}.txt"])
            after = set(re.findall(r"^  - id: (\S+)", (root / "content" / "articles.yml").read_text(encoding="utf-8"), re.M))
            ids[next(iter(after - before))] = text_id
        result = pipeline.check(root)
        return suggest(result.corpus, result.analysis), ids


def score(gold: dict) -> StoryScore:
    suggestions, ids = run_story(gold)
    events = suggestions.events[:TOP]
    actors = suggestions.actors[:TOP]

    def event_matches(proposal, label) -> bool:
        return any(ids[e.article] == g["article"] and _same_passage(g["quote"], e.quote)
                   for e in proposal.evidence for g in label.get("evidence") or [])

    def actor_matches(proposal, label) -> bool:
        names = {_fold(n) for n in (label["name"], *(label.get("aliases") or []))}
        return any(_fold(n) in names for n in (proposal.name, *proposal.aliases))

    missed = []
    events_found = 0
    for label in gold.get("events") or []:
        if any(event_matches(p, label) for p in events):
            events_found += 1
        else:
            missed.append(f"event {label['id']}")
    actors_found = 0
    for label in gold.get("actors") or []:
        if any(actor_matches(p, label) for p in actors):
            actors_found += 1
        else:
            missed.append(f"actor {label['name']}")
    event_hits = sum(any(event_matches(p, label) for label in gold.get("events") or []) for p in events)
    actor_hits = sum(any(actor_matches(p, label) for label in gold.get("actors") or []) for p in actors)
    return StoryScore(gold["story"], events_found, len(gold.get("events") or []), actors_found,
                      len(gold.get("actors") or []), event_hits, len(events), actor_hits, len(actors), tuple(missed))


def main(argv: list[str]) -> int:
    for gold in stories():
        result = score(gold)
        print(f"{result.story}: events {result.events_found}/{result.events} = {result.event_recall:.0%}, "
              f"actors {result.actors_found}/{result.actors} = {result.actor_recall:.0%}, "
              f"precision of the top {TOP}: events {result.event_hits}/{result.event_top}, "
              f"actors {result.actor_hits}/{result.actor_top}, together {result.precision:.0%}")
        if "--errors" in argv:
            for miss in result.missed:
                print(f"  missed {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
