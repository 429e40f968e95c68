"""``python -m generator add FILE…``: copy article texts into seeds/ and append a stub per article
to content/articles.yml with what the text itself tells, marked for review.

The user's YAML is kept byte for byte: the stub is appended at the end of the file (the only
exception: an empty flow list ``articles: []`` becomes ``articles:`` so that items can follow).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..intake import text_rules as rules
from ..intake.corpus import REVIEW_MARK, UNKNOWN_OUTLET
from ..intake.metadata import Guess, read_metadata
from ..model.problems import DossierError, Problem



# The outlet 'add' gives an article until the editor chooses one: (label, kind, evidence) by language.
PLACEHOLDER_OUTLET = {
    "de": ("Quelle unbekannt", "unbekannt", "Von 'generator add' angelegt; durch das richtige Medium ersetzen."),
    "en": ("Source unknown", "unknown", "Written by 'generator add'; replace it with the right outlet."),
}
NO_HEADLINE = {"de": "[Ohne Überschrift]", "en": "[No headline]"}  # a stub title when no line reads as one
ID_LENGTH = 56  # the id pattern allows 64 characters; room for a '-NN' suffix that keeps ids unique


@dataclass(frozen=True)
class Stub:
    id: str
    seed: str
    title: str
    kicker: str | None
    authors: tuple[str, ...]
    published: str | None
    language: str
    agencies: tuple[str, ...]
    notes: dict[str, str]  # field -> how the value was read and how sure it is


def _text_key(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def _slug(text: str, limit: int) -> str:
    """Lowercase words joined by hyphens, cut at a word boundary to at most ``limit`` characters."""
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
    words = [w for w in re.sub(r"[^a-z0-9]+", "-", text.lower().translate(table)).split("-") if w]
    slug = ""
    for word in words[:6]:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit:
            break
        slug = candidate
    return slug or (words[0][:limit] if words else "artikel")


def _language(text: str) -> str:
    words = rules.LOWER_WORD.findall(text.lower())
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in rules.STOPWORDS.items()}
    return max(sorted(scores), key=lambda lang: scores[lang])


def _note(guess: Guess, what: str) -> str:
    sureness = "likely" if guess.confidence >= 0.8 else "a guess"
    if guess.evidence:
        evidence = " ".join(guess.evidence.split())
        evidence = evidence if len(evidence) <= 60 else evidence[:57] + "..."
        return f"{sureness} ({guess.confidence:.1f}): {what} {json.dumps(evidence, ensure_ascii=False)}"
    return f"none found in the text ({guess.confidence:.1f})"


def read_stub(text: str, seed: str, taken: set[str]) -> Stub:
    """What the text itself says about the article: headline, kicker, byline, date, language,
    agencies, each with how sure the reading is."""
    metadata = read_metadata(text)
    title = metadata.headline.value
    language = _language(text)
    notes = {"title": _note(metadata.headline, "the headline line"),
             "authors": _note(metadata.authors, "from the byline"),
             "published": _note(metadata.published, "from"),
             "agencies": _note(metadata.agencies, "credited in")}
    words = title
    if not title:
        first = next((" ".join(line.split()) for line in text.split("\n") if line.strip()), seed)
        words = " ".join(rules.LEADING_DATE.sub("", first.strip()).split()[:10])
        title = f"{NO_HEADLINE.get(language, NO_HEADLINE['de'])} {words}"
        notes["title"] = "a guess (0.3): no line reads as a headline; these are the first words"
    published = metadata.published.value
    prefix = f"{published[:7]}-" if published else ""
    base = prefix + _slug(words, ID_LENGTH - len(prefix))
    ident, number = base, 2
    while ident in taken:
        ident, number = f"{base}-{number}", number + 1
    return Stub(ident, seed, title, metadata.kicker.value, tuple(metadata.authors.value), published,
                language, tuple(metadata.agencies.value), notes)


def _yaml_stub(stub: Stub, indent: str, source: str) -> str:
    q = lambda value: json.dumps(value, ensure_ascii=False)  # noqa: E731 - JSON strings are valid YAML
    lines = [f"{indent}{REVIEW_MARK} added by 'python -m generator add' from {source}; check every value, then remove this line",
             f"{indent}- id: {stub.id}", f"{indent}  seed: {q(stub.seed)}",
             f"{indent}  outlet: {UNKNOWN_OUTLET}  # choose the outlet's id from content/outlets.yml",
             f"{indent}  title: {q(stub.title)}  # {stub.notes['title']}"]
    if stub.kicker:
        lines.append(f"{indent}  kicker: {q(stub.kicker)}")
    lines.append(f"{indent}  authors: [{', '.join(q(a) for a in stub.authors)}]  # {stub.notes['authors']}")
    if stub.published:
        lines.append(f"{indent}  published: {stub.published}  # {stub.notes['published']}")
    lines += [f"{indent}  language: {stub.language}",
              f"{indent}  agencies: [{', '.join(q(a) for a in stub.agencies)}]  # {stub.notes['agencies']}"]
    return "\n".join(lines) + "\n"


def _append(path: Path, key: str, block: str) -> int:
    """Append items under the file's top-level ``key:``; returns the line where the block starts."""
    original = path.read_bytes()
    text = original.decode("utf-8-sig")
    if re.search(rf"(?m)^{key}:\s*\[\s*\]\s*$", text):
        text = re.sub(rf"(?m)^{key}:\s*\[\s*\]\s*$", f"{key}:", text, count=1)
        prefix = text.encode("utf-8")
    else:
        prefix = original
    if prefix and not prefix.endswith(b"\n"):
        prefix += b"\n"
    start_line = prefix.count(b"\n") + 1
    updated = prefix + block.encode("utf-8")
    try:
        data = yaml.safe_load(updated.decode("utf-8-sig"))
        assert isinstance(data, dict) and isinstance(data.get(key), list)
    except (yaml.YAMLError, AssertionError):
        raise DossierError([Problem(str(path), 0, f"cannot append to '{key}:' here; fix the file first "
                                                  "('python -m generator check')")]) from None
    path.write_bytes(updated)
    return start_line


def _indent(path: Path) -> str:
    match = re.search(r"(?m)^( *)- id:", path.read_text(encoding="utf-8-sig"))
    return match.group(1) if match else "  "


def add_articles(root: Path, files: list[Path]) -> list[str]:
    root = Path(root)
    articles_yml, outlets_yml, seeds = root / "content" / "articles.yml", root / "content" / "outlets.yml", root / "seeds"
    for required in (articles_yml, outlets_yml):
        if not required.is_file():
            raise DossierError([Problem(str(required), 0, "missing; run 'python -m generator init DIR' first")])
    seeds.mkdir(exist_ok=True)
    known = {_text_key(p.read_text(encoding="utf-8-sig", errors="replace")): p.name for p in seeds.iterdir() if p.is_file()}
    existing = yaml.safe_load(articles_yml.read_text(encoding="utf-8-sig")) or {}
    taken = {str(a.get("id")) for a in existing.get("articles") or [] if isinstance(a, dict)}
    problems, prepared = [], []
    for source in files:
        try:
            text = Path(source).read_bytes().decode("utf-8-sig")
        except OSError as exc:
            problems.append(Problem(str(source), 0, f"cannot read: {exc.strerror}"))
            continue
        except UnicodeDecodeError as exc:
            problems.append(Problem(str(source), 0, f"not UTF-8 (byte {exc.start}); convert it to UTF-8"))
            continue
        key = _text_key(text)
        if not text.strip():
            problems.append(Problem(str(source), 0, "the file is empty"))
        elif key in known:
            problems.append(Problem(str(source), 0, f"the same text is already in seeds/{known[key]}; not added again"))
        else:
            name = Path(source).name if Path(source).suffix == ".txt" else Path(source).name + ".txt"
            stem, number = name[:-4], 2
            while (seeds / name).exists() or name in {p[1] for p in prepared}:
                name, number = f"{stem}-{number}.txt", number + 1
            stub = read_stub(text, name, taken)
            taken.add(stub.id)
            known[key] = name
            prepared.append((source, name, text, stub))
    if problems:
        raise DossierError(problems)
    outlets = yaml.safe_load(outlets_yml.read_text(encoding="utf-8-sig")) or {}
    if UNKNOWN_OUTLET not in {str(o.get("id")) for o in outlets.get("outlets") or [] if isinstance(o, dict)}:
        indent = _indent(outlets_yml)
        dossier = yaml.safe_load((root / "content" / "dossier.yml").read_text(encoding="utf-8-sig")) \
            if (root / "content" / "dossier.yml").is_file() else {}
        label, kind, evidence = PLACEHOLDER_OUTLET.get((dossier or {}).get("language"), PLACEHOLDER_OUTLET["de"])
        _append(outlets_yml, "outlets", f"{indent}- id: {UNKNOWN_OUTLET}\n{indent}  label: \"{label}\"\n"
                                        f"{indent}  kind: {kind}\n{indent}  evidence: \"{evidence}\"\n")
    messages = []
    indent = _indent(articles_yml)
    for source, name, text, stub in prepared:
        (seeds / name).write_text(text, encoding="utf-8")
        line = _append(articles_yml, "articles", _yaml_stub(stub, indent, Path(source).name))
        messages.append(f"added seeds/{name} as article '{stub.id}' (content/articles.yml:{line + 1}; review it)")
    return messages
