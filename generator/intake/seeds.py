"""The article texts: each article's seed file read once, as UTF-8, with problems at the YAML line
that names it; seed files no article uses are a warning."""

from __future__ import annotations

from pathlib import Path

from ..model.problems import ProblemLog
from ..model.records import Article

MAX_SEED_BYTES = 5_000_000


def read_seeds(root: Path, articles: dict[str, Article], log: ProblemLog) -> dict[str, str]:
    """{article id: raw text} for every article whose seed could be read."""
    seeds: dict[str, str] = {}
    owner: dict[str, str] = {}
    for article in articles.values():
        name, origin = article.seed, article.origin
        if not name:
            continue  # missing or empty: already reported where the article is read
        if "/" in name or "\\" in name or name.startswith("."):
            log.error(origin.file, origin.line, f"article '{article.id}': seed '{name}' must be a file name inside seeds/")
            continue
        if name in owner:
            log.error(origin.file, origin.line, f"article '{article.id}': seed '{name}' is already used by article '{owner[name]}'")
        owner[name] = article.id
        text = read_seed(root / "seeds" / name, f"seeds/{name}", log, origin.file, origin.line)
        if text is not None:
            seeds[article.id] = text
    _warn_unused(root / "seeds", set(owner), log)
    return seeds


def _warn_unused(folder: Path, used: set[str], log: ProblemLog) -> None:
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.is_file() and not path.name.startswith(".") and path.name not in used:
                log.warn(f"seeds/{path.name}", 0, "seed file is not used by any article in content/articles.yml")


def read_seed(path: Path, rel: str, log: ProblemLog, origin_file: str, origin_line: int) -> str | None:
    """Read an article text as UTF-8 (BOM and CRLF accepted); problems are logged at the YAML line naming it."""
    try:
        size = path.stat().st_size
    except OSError:
        log.error(origin_file, origin_line, f"seed file '{rel}' not found; put the article text there")
        return None
    if not path.is_file():
        log.error(origin_file, origin_line, f"seed '{rel}' is a folder, not a text file; name the article's .txt file")
        return None
    if size > MAX_SEED_BYTES:
        log.error(origin_file, origin_line, f"seed file '{rel}' is {size:,} bytes; the limit is {MAX_SEED_BYTES:,}")
        return None
    try:
        data = path.read_bytes()
    except OSError as exc:
        log.error(origin_file, origin_line, f"seed file '{rel}' cannot be read ({exc.strerror})")
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        log.error(origin_file, origin_line, f"seed file '{rel}' is not UTF-8 (byte {exc.start}); convert it to UTF-8")
        return None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        log.error(origin_file, origin_line, f"seed file '{rel}' is empty")
        return None
    return text
