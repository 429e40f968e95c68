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
from ..intake.cleaning import classify_line
from ..model.dates import MONTHS
from ..model.problems import DossierError, Problem

UNKNOWN_OUTLET = "unbekannt"


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


def _text_key(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def _slug(text: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower().translate(table)).strip("-")
    return "-".join(slug.split("-")[:6]) or "artikel"


def _date(lines: list[str]) -> str | None:
    """The first date the text states: the scraper's leading 'date …', else the first written date."""
    for line in lines[:15]:
        leading = rules.LEADING_DATE.match(line)
        if leading:
            return leading.group(1)
        for regex, fields in rules.STATED_DATES:
            match = regex.search(line)
            if match:
                return _iso(match, fields)
    return None


def _iso(match: re.Match, fields: tuple[str, ...]) -> str:
    """A date match as YYYY-MM-DD; ``fields`` says what each group holds."""
    parts = dict(zip(fields, match.groups()))
    for language in ("de", "en"):
        if f"month_{language}" in parts:
            parts["month"] = str(MONTHS[language].index(parts.pop(f"month_{language}")) + 1)
    return f"{parts['year']}-{int(parts['month']):02d}-{int(parts['day']):02d}"


def _language(text: str) -> str:
    words = rules.LOWER_WORD.findall(text.lower())
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in rules.STOPWORDS.items()}
    return max(sorted(scores), key=lambda lang: scores[lang])


def read_stub(text: str, seed: str, taken: set[str]) -> Stub:
    """What the text itself says about the article: headline, kicker, byline, date, language, agencies."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    title, kicker, authors = None, None, []
    for index, line in enumerate(lines[:12]):
        if rules.BYLINE.match(line):
            authors = [n for n in rules.NAME_SEPARATORS.split(rules.BYLINE_PREFIX.sub("", line)) if n.strip()]
            continue
        kind, _ = classify_line(line)
        if title is None and kind == "paragraph" and 2 <= len(line.split()) <= 20 and not line.endswith((".", ",", ":")) \
                and not rules.LEADING_DATE.match(line):
            previous = lines[index - 1] if index else ""
            if previous and len(previous.split()) <= 4 and not previous.endswith((".", ",", ":")) and not rules.BYLINE.match(previous):
                kicker = previous
            title = line
    if title is None:
        first = rules.LEADING_DATE.sub("", lines[0]).strip() if lines else seed
        title = "[Ohne Überschrift] " + " ".join(first.split()[:10])
    if kicker == title:
        kicker = None
    published = _date(lines)
    tail = " ".join(lines[-3:])
    agencies = tuple(a for a in rules.WIRE_AGENCIES if rules.credits_agency(tail, a))
    base = f"{published[:7]}-{_slug(title)}" if published else _slug(title)
    ident, number = base, 2
    while ident in taken:
        ident, number = f"{base}-{number}", number + 1
    return Stub(ident, seed, title, kicker, tuple(authors), published, _language(text), agencies)


def _yaml_stub(stub: Stub, indent: str, source: str) -> str:
    q = lambda value: json.dumps(value, ensure_ascii=False)  # noqa: E731 - JSON strings are valid YAML
    lines = [f"{indent}# review: added by 'python -m generator add' from {source}; check every value, then remove this line",
             f"{indent}- id: {stub.id}", f"{indent}  seed: {q(stub.seed)}",
             f"{indent}  outlet: {UNKNOWN_OUTLET}  # choose the outlet's id from content/outlets.yml",
             f"{indent}  title: {q(stub.title)}"]
    if stub.kicker:
        lines.append(f"{indent}  kicker: {q(stub.kicker)}")
    lines.append(f"{indent}  authors: [{', '.join(q(a) for a in stub.authors)}]")
    if stub.published:
        lines.append(f"{indent}  published: {stub.published}")
    lines += [f"{indent}  language: {stub.language}", f"{indent}  agencies: [{', '.join(q(a) for a in stub.agencies)}]"]
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
        _append(outlets_yml, "outlets", f"{indent}- id: {UNKNOWN_OUTLET}\n{indent}  label: \"Medium noch nicht bestimmt\"\n"
                                        f"{indent}  kind: unbekannt\n{indent}  evidence: \"Von 'generator add' angelegt; "
                                        f"durch das richtige Medium ersetzen.\"\n")
    messages = []
    indent = _indent(articles_yml)
    for source, name, text, stub in prepared:
        (seeds / name).write_text(text, encoding="utf-8")
        line = _append(articles_yml, "articles", _yaml_stub(stub, indent, Path(source).name))
        messages.append(f"added seeds/{name} as article '{stub.id}' (content/articles.yml:{line + 1}; review it)")
    return messages
