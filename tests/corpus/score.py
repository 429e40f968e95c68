"""Score Dossier's reading of real articles against the hand labels, for each split.

    python tests/corpus/score.py            # both splits, every measure
    python tests/corpus/score.py --errors   # and every miss on the dev split (never read the test misses to write a rule)
    python tests/corpus/score.py --batches  # and the dev split batch by batch (a batch added later is a held-out check)

The measures are those of the issues: body lines kept and clutter lines set aside (cleaning, as
`add` then `build` does it with no hand edits), headline/authors/agencies/published date (`add`),
quotes found, right speaker, attributions with the right source and their precision, and figures
parsed right. tests/test_corpus_scores.py fails when the test split falls below its floor.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parents[1]))

from generator.analysis.speech import Reader  # noqa: E402
from generator.intake.lines import STORE_DATE, classify  # noqa: E402
from generator.intake.metadata import read_metadata  # noqa: E402
from generator.model.figures import FigureSyntaxError, find_figures, parse_figure  # noqa: E402  (the figure reader)
from generator import rules  # noqa: E402

BODY = {"body", "lead", "subheading", "list_item", "quote_block"}
METADATA = ("headline", "kicker", "authors", "agencies", "published")
_STOP = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "the", "a", "an", "of", "von", "und", "and", "in", "für"}


@dataclass
class Text:
    id: str
    language: str
    split: str
    labeller: str
    text: str
    labels: dict


@dataclass
class Score:
    counts: Counter = field(default_factory=Counter)
    misses: list = field(default_factory=list)

    def ratio(self, hit: str, total: str) -> float:
        return self.counts[hit] / self.counts[total] if self.counts[total] else 1.0

    def line(self, hit: str, total: str) -> str:
        return f"{self.counts[hit]}/{self.counts[total]} = {self.ratio(hit, total):.1%}"


def corpus(split: str | None = None) -> list[Text]:
    manifest = yaml.safe_load((ROOT / "manifest.yml").read_text(encoding="utf-8"))
    return [Text(e["id"], e["language"], e["split"], e["labeller"],
                 (ROOT / e["file"]).read_text(encoding="utf-8"),
                 yaml.safe_load((ROOT / "labels" / f"{e['id']}.yml").read_text(encoding="utf-8")))
            for e in manifest if split in (None, e["split"])]


# --- matching ------------------------------------------------------------------------------------

def _tokens(name: str | None) -> set[str]:
    words = [w.casefold() for w in re.findall(r"\w+", name or "")]
    return {re.sub(r"(?<=\w{4})(es|en|er|em|e|s|n)$", "", w) for w in words if w not in _STOP}


def _initials(name: str | None) -> str:
    return "".join(w[0] for w in re.findall(r"\w+", name or "") if w[0].isupper()).casefold()


def same_source(gold: str | None, found: str | None) -> bool:
    """The same person or organisation: one name's words contain the other's (inflection aside:
    'Olaf Scholz'/'Scholz', 'Deutscher Wetterdienst'/'Deutsche Wetterdienst'), or an acronym of it;
    'unnamed' matches only an unnamed source."""
    if gold in (None, "unnamed") or found in (None, "unnamed"):
        return gold in (None, "unnamed") and found in (None, "unnamed")
    g, f = _tokens(gold), _tokens(found)
    if not g or not f:
        return False
    if g <= f or f <= g:
        return True
    return (len(f) == 1 and _initials(gold) == next(iter(f))) or (len(g) == 1 and _initials(found) == next(iter(g)))


def _overlap(a: tuple[int, int], b: tuple[int, int], share: float = 0.0) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= share * min(a[1] - a[0], b[1] - b[0])


def _normal(value):
    if value is None:
        return None
    if isinstance(value, list):
        return sorted(_normal(v) for v in value)
    return " ".join(str(value).split()).casefold()


def _locate(lines: list[str], needle: str) -> tuple[int, int, int] | None:
    for number, line in enumerate(lines, start=1):
        at = line.find(needle)
        if at >= 0:
            return number, at, at + len(needle)
    return None


# --- the measures ----------------------------------------------------------------------------------

def score_intake(texts: list[Text]) -> Score:
    score = Score()
    for text in texts:
        kinds = dict(text.labels["lines"])
        lines = classify(text.text)
        for line in lines:
            gold = kinds.get(line.number)
            if gold in BODY:
                score.counts["body"] += 1
                score.counts["body_kept"] += line.body
            else:
                score.counts["clutter"] += 1
                score.counts["clutter_set_aside"] += not line.body
            if (gold in BODY) != line.body:
                score.misses.append((text.id, "line", line.number, gold, line.kind, line.text[:80]))
        metadata = read_metadata(text.text, lines)
        for name in METADATA:
            gold = text.labels["metadata"].get(name)
            found = getattr(metadata, name).value
            if name in ("authors", "agencies"):
                gold = gold or []
            score.counts[name] += 1
            if _normal(gold) == _normal(found):
                score.counts[f"{name}_right"] += 1
            else:
                score.misses.append((text.id, name, gold, found))
    return score


def read_speech(text: Text):
    """Quotes and attributions as the build reads them: paragraph by paragraph over the body lines,
    with positions in the text file (line, start, end)."""
    raw = text.text.split("\n")
    reader = Reader(text.language)
    quotes, attributions = [], []
    for line in classify(text.text):
        if not line.body:
            continue
        base = raw[line.number - 1].find(line.text[:20])
        base = max(base, 0)
        found_quotes, found_attributions = reader.read_paragraph(line.text)
        quotes += [(line.number, base + q.start, base + q.end, q) for q in found_quotes]
        attributions += [(line.number, base + a.start, base + a.end, a) for a in found_attributions]
    return raw, quotes, attributions


def score_speech(texts: list[Text]) -> Score:
    score = Score()
    for text in texts:
        raw, quotes, attributions = read_speech(text)
        for quote in text.labels.get("quotes") or []:
            kind = "direct" if quote["direct"] else "indirect"
            score.counts[kind] += 1
            place = _locate(raw, quote["text"])
            hit = next((q for q in quotes if place and q[0] == place[0] and _overlap(q[1:3], place[1:3], 0.5)), None)
            if not hit:
                score.misses.append((text.id, f"{kind} quote", quote["text"][:70]))
                continue
            score.counts[f"{kind}_found"] += 1
            if quote.get("speaker_resolved"):
                score.counts["speaker"] += 1
                found = hit[3].speaker.name if hit[3].speaker else None
                if same_source(quote["speaker_resolved"], found):
                    score.counts["speaker_right"] += 1
                else:
                    score.misses.append((text.id, "speaker", quote["text"][:50], quote["speaker_resolved"], found))
        gold = [(_locate(raw, a["cue"]), a) for a in text.labels.get("attributions") or []]
        for place, label in gold:
            score.counts["attributions"] += 1
            near = [a for a in attributions if place and a[0] == place[0] and _overlap(a[1:3], place[1:3])]
            if any(same_source(label["source"], a[3].source.name) for a in near):
                score.counts["attributions_right"] += 1
            else:
                score.misses.append((text.id, "attribution", label["cue"], label["source"],
                                     near[0][3].source.name if near else "-"))
        for attribution in attributions:
            read = not attribution[3].source.inferred
            score.counts["attributions_found"] += 1
            score.counts["attributions_read"] += read
            near = [label for place, label in gold if place and attribution[0] == place[0]
                    and _overlap(attribution[1:3], place[1:3])]
            if any(same_source(label["source"], attribution[3].source.name) for label in near):
                score.counts["attributions_found_right"] += 1
                score.counts["attributions_read_right"] += read
            elif not near:
                score.misses.append((text.id, "false attribution", attribution[3].cue, attribution[3].source.name))
    score.counts["attributions_inferred"] = score.counts["attributions_found"] - score.counts["attributions_read"]
    score.counts["attributions_inferred_right"] = score.counts["attributions_found_right"] - score.counts["attributions_read_right"]
    score.counts["quotes"] = score.counts["direct"] + score.counts["indirect"]
    score.counts["quotes_found"] = score.counts["direct_found"] + score.counts["indirect_found"]
    return score


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-6)


def _states_no_unit(expression: str, lang: str) -> bool:
    """Whether a figure expression is only a number, with scale, approximator and range words
    ("3,06 Milliarden", "von 9"): a unit the label gives it then comes from the context ("von 9 auf
    21 Prozent"), which no reading of the expression alone can know."""
    words = rules.load("figures")[lang if lang in ("de", "en") else "de"]
    known = {w.lower() for key in ("approximators", "number_words", "scales", "fractions") for w in words[key]}
    known |= {w.lower() for key in ("range_words", "range_opening") for w in words[key]}
    residue = [w for w in re.findall(r"[^\W\d_]+", expression.lower()) if w not in known]
    return not residue


def score_figures(texts: list[Text]) -> Score:
    score = Score()
    for text in texts:
        raw = text.text.split("\n")
        found = []
        for line in classify(text.text):
            if not line.body:
                continue
            source = raw[line.number - 1]
            cut = STORE_DATE.match(source).end() if line.number == 1 and STORE_DATE.match(source) else 0
            found += [(line.number, cut + f.start, cut + f.end) for f in find_figures(source[cut:], text.language)]
        for label in text.labels.get("figures") or []:
            score.counts["figures"] += 1
            try:
                figure = parse_figure(label["text"], text.language)
            except FigureSyntaxError:
                figure = None
            value, low, high = label.get("value"), label.get("low"), label.get("high")
            right = figure is not None and (
                (_close(value, figure.value) if value is not None else _close(low, figure.low) and _close(high, figure.high))
                and (low is None or _close(low, figure.low)) and (high is None or _close(high, figure.high))
                and (label.get("unit") or None) == (figure.unit or None))
            if not right and figure is not None and figure.unit is None and label.get("unit") \
                    and _states_no_unit(label["text"], text.language):
                score.counts["unit_implied"] += 1  # value read right; the unit is the context's
                right = (_close(value, figure.value) if value is not None else
                         _close(low, figure.low) and _close(high, figure.high))
            if right:
                score.counts["figures_right"] += 1
            else:
                score.misses.append((text.id, "figure", label["text"], value, low, high, label.get("unit"),
                                     figure and (figure.value, figure.low, figure.high, figure.unit)))
            place = _locate(raw, label["text"])
            if place and any(f[0] == place[0] and _overlap(f[1:3], place[1:3]) for f in found):
                score.counts["figures_found"] += 1
    return score


MEASURES = (  # (label, scorer, hit, total)
    ("body lines kept", "intake", "body_kept", "body"),
    ("clutter lines set aside", "intake", "clutter_set_aside", "clutter"),
    ("headline", "intake", "headline_right", "headline"),
    ("kicker", "intake", "kicker_right", "kicker"),
    ("authors", "intake", "authors_right", "authors"),
    ("agencies", "intake", "agencies_right", "agencies"),
    ("published date", "intake", "published_right", "published"),
    ("quotes found", "speech", "quotes_found", "quotes"),
    ("  direct quotes found", "speech", "direct_found", "direct"),
    ("  indirect quotes found", "speech", "indirect_found", "indirect"),
    ("right speaker (named)", "speech", "speaker_right", "speaker"),
    ("attributions, right source", "speech", "attributions_right", "attributions"),
    ("attribution precision", "speech", "attributions_found_right", "attributions_found"),
    ("  precision, source read", "speech", "attributions_read_right", "attributions_read"),
    ("  precision, source inferred", "speech", "attributions_inferred_right", "attributions_inferred"),
    ("figures parsed right", "figures", "figures_right", "figures"),
    ("figures found in text", "figures", "figures_found", "figures"),
    ("  unit only in the context", "figures", "unit_implied", "figures"),
)
SCORERS = {"intake": score_intake, "speech": score_speech, "figures": score_figures}


def scores(split: str) -> dict[str, Score]:
    texts = corpus(split)
    return {name: scorer(texts) for name, scorer in SCORERS.items()}


def main(argv: list[str]) -> None:
    results = {split: scores(split) for split in ("dev", "test")}
    sizes = {split: len(corpus(split)) for split in results}
    print(f"{'measure':30} {'dev (' + str(sizes['dev']) + ' texts)':>24} {'test (' + str(sizes['test']) + ' texts)':>24}")
    for label, scorer, hit, total in MEASURES:
        print(f"{label:30} {results['dev'][scorer].line(hit, total):>24} {results['test'][scorer].line(hit, total):>24}")
    if "--batches" in argv:  # the dev half batch by batch: a batch added after a rule was written
        # shows whether the rule holds on texts it was not written for (the test half is never split)
        dev = corpus("dev")
        for batch in sorted({t.labeller for t in dev}):
            texts = [t for t in dev if t.labeller == batch]
            batch_scores = {name: scorer(texts) for name, scorer in SCORERS.items()}
            print(f"\n{batch} ({len(texts)} texts)")
            for label, scorer, hit, total in MEASURES:
                print(f"  {label:28} {batch_scores[scorer].line(hit, total):>22}")
    if "--errors" in argv:
        for score in results["dev"].values():
            for miss in score.misses:
                print(" | ".join(str(x) for x in miss))


if __name__ == "__main__":
    main(sys.argv[1:])
