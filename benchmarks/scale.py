"""Scale benchmark: synthesise dossiers of N articles from the seed texts and measure, in one run,
the generator, `mkdocs build` of the dossier, and `mkdocs build` of the same Markdown with the
hook disabled (plain MkDocs), plus site size, search-index size, peak memory and how many files a
one-value YAML edit rewrites.

    python benchmarks/scale.py --sizes 100,1000 --json OUT.json [--keep DIR]

Ratios are reported against plain `mkdocs build` measured in the same run; nothing here is a test.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import pipeline  # noqa: E402
from generator.model.options import SiteOptions  # noqa: E402

VOCABULARY = ("Abkommen Berater Botschaft Delegation Gespräch Grenze Handel Hafen Kooperation Lieferung "
              "Ministerium Programm Rakete Sanktion Schiff Treffen Vertrag Vorwurf Zusage Zeitung").split()


def _seed_paragraphs() -> list[str]:
    """The seed articles' body paragraphs, as the cleaner finds them (no clutter, no comments)."""
    result = pipeline.check(ROOT)
    return [b.text for clean in result.analysis.clean.values() for b in clean.body
            if b.kind == "paragraph" and len(b.text.split()) >= 12]


def _vary(paragraph: str, rng: random.Random, tag: str) -> str:
    """A paragraph recombined from the seeds, with words swapped so texts do not all share copy; it
    ends as a sentence does (a swapped last word would make the cleaner take it for a caption)."""
    words = paragraph.split()
    for _ in range(max(1, len(words) // 6)):
        words[rng.randrange(len(words))] = rng.choice(VOCABULARY) + tag
    text = " ".join(words)
    return text if text.endswith((".", "!", "?", "“", "»", "\"")) else text + "."


def synthesise(target: Path, n: int, seed: int = 1) -> None:
    """A complete dossier project of n articles in ``target`` (mkdocs.yml, content/, seeds/)."""
    rng = random.Random(seed)
    paragraphs = _seed_paragraphs()
    shutil.copytree(ROOT / "generator" / "theme", target / "theme")
    (target / "seeds").mkdir(parents=True)
    (target / "content").mkdir()
    (target / "generated").mkdir()
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("  - generator/hook.py", f"  - {(ROOT / 'generator' / 'hook.py').as_posix()}")
    config = config.replace("custom_dir: generator/theme", "custom_dir: theme")
    (target / "mkdocs.yml").write_text(config, encoding="utf-8")
    (target / "mkdocs-plain.yml").write_text(re.sub(r"hooks:\n  - [^\n]+\n", "", config), encoding="utf-8")

    outlets = [{"id": f"medium-{i:02d}", "name": f"Medium {i:02d}", "country": "DE", "kind": "Portal"} for i in range(20)]
    entities = yaml.safe_load((ROOT / "content" / "entities.yml").read_text(encoding="utf-8"))["entities"]
    articles, events, claims = [], [], []
    wire = "Den Berichten zufolge habe man die Zusammenarbeit in allen Bereichen weiter vertieft und neue Vereinbarungen unterzeichnet"
    for i in range(n):
        ident = f"artikel-{i:05d}"
        chosen = [_vary(rng.choice(paragraphs), rng, f"{i}x{j}") for j in range(rng.randint(5, 9))]
        if i % 7 == 0:
            chosen.insert(2, f"{wire} {i % 3}.")  # planted wire copy shared by some articles
        title = f"Bericht {i}: " + " ".join(chosen[0].split()[:6])
        body = f"{title}\n\nVon: Autor {i % 50}\n\n" + "\n\n".join(chosen) + "\n\nLesen Sie auch:\nEin anderer Artikel\n"
        (target / "seeds" / f"{ident}.txt").write_text(body, encoding="utf-8")
        year, month = 2022 + (i * 4 // max(n, 1)), 1 + i % 12
        quote = " ".join(chosen[1].split()[2:9])
        articles.append({"id": ident, "seed": f"{ident}.txt", "outlet": outlets[i % 20]["id"], "title": title,
                         "authors": [f"Autor {i % 50}"], "published": f"{year}-{month:02d}", "language": "de",
                         "tags": [rng.choice(["Truppen", "Briefe", "Handel", "Waffen"])],
                         "annotations": [{"quote": quote, "note": f"Anmerkung zu Artikel {i}."}]})
        if i % 5 == 0:
            events.append({"id": f"ereignis-{i:05d}", "date": f"{year}-{month:02d}", "title": f"Ereignis aus Artikel {i}",
                           "actors": ["putin", "kim-jong-un"], "sources": [{"article": ident, "quote": quote}]})
        if i % 10 == 0:
            claims.append({"id": f"aussage-{i:05d}", "statement": f"Aussage {i}", "topic": "Zahlen", "status": "reported",
                           "quantity": f"Größe {i % 4}",
                           "reports": [{"article": ident, "quote": quote}]})
    dossier = {"title": f"Synthetisches Dossier ({n} Artikel)", "language": "de", "period": "2022-01/2025-12",
               "description": "Aus den Seed-Texten zusammengesetzt, für den Skalentest.", "version": "1"}
    for name, data in (("dossier.yml", dossier), ("outlets.yml", {"outlets": outlets}),
                       ("articles.yml", {"articles": articles}), ("entities.yml", {"entities": entities}),
                       ("events.yml", {"events": events}), ("claims.yml", {"claims": claims})):
        (target / "content" / name).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


_RSS_PROBE = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
              "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
_HOOK_TIME = re.compile(r"INFO +- +Dossier: .*\((\d+\.\d+) s\)")


def _timed(args: list[str], cwd: Path) -> tuple[float, float, float | None]:
    """Wall time, peak RSS (MiB) and the dossier hook's own time (as it logs it; None without the
    hook) of a command, measured through a fresh probe process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    probe = subprocess.run([sys.executable, "-c", _RSS_PROBE, *args], cwd=cwd, env=env, check=True,
                           capture_output=True, text=True)
    hook = _HOOK_TIME.search(probe.stderr)
    return time.perf_counter() - start, int(probe.stdout.split()[-1]) / 1024, float(hook.group(1)) if hook else None


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


# One edit of each kind an editor makes, as (file, old text, new text): applied, measured, reverted.
EDITS = {
    "article_text": ("seeds/artikel-00001.txt", "Bericht 1:", "Bericht Nr. 1:"),
    "annotation": ("content/articles.yml", "note: Anmerkung zu Artikel 1.", "note: Anmerkung zu Artikel 1 (korrigiert)."),
    "event": ("content/events.yml", "Ereignis aus Artikel 0", "Ereignis aus Artikel 0 (korrigiert)"),
    "claim": ("content/claims.yml", "statement: Aussage 0", "statement: Aussage 0 (korrigiert)"),
    "entity_alias": ("content/entities.yml", "  aliases:\n  - Kim Jong Un\n", "  aliases:\n  - Genosse Kim\n  - Kim Jong Un\n"),
    "dossier_settings": ("content/dossier.yml", "version: '1'", "version: '2'"),
}
FULL_REBUILD_EDITS = ("annotation", "article_text")  # also timed as whole `mkdocs build`, against plain MkDocs


def _edited(project: Path, kind: str) -> str:
    rel, old, new = EDITS[kind]
    path = project / rel
    text = path.read_text(encoding="utf-8")
    if old not in text:
        raise SystemExit(f"{rel}: the benchmark's {kind} edit finds no {old!r}")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text


def _edit_rebuilds(project: Path) -> dict:
    """For each kind of one-article edit: the generator stage alone (pipeline.build with its caches
    warm) and, for FULL_REBUILD_EDITS, the whole `mkdocs build` against a plain rebuild of the same
    Markdown after the same edit."""
    mkdocs = [sys.executable, "-m", "mkdocs"]
    out = {}
    for kind, (rel, _, _) in EDITS.items():
        pipeline.build(project, project / "generated", SiteOptions())  # caches warm, pages current
        original = _edited(project, kind)
        start = time.perf_counter()
        report = pipeline.build(project, project / "generated", SiteOptions()).report
        out[f"edit_{kind}_generator_s"] = round(time.perf_counter() - start, 3)
        out[f"edit_{kind}_rewritten"] = len(report.written)
        if kind in FULL_REBUILD_EDITS:
            (project / rel).write_text(original, encoding="utf-8")
            pipeline.build(project, project / "generated", SiteOptions())
            _edited(project, kind)
            out[f"edit_{kind}_build_s"], _, out[f"edit_{kind}_hook_s"] = _timed(mkdocs + ["build", "--site-dir", "site"], project)
            out[f"edit_{kind}_plain_s"], _, _ = _timed(mkdocs + ["build", "-f", "mkdocs-plain.yml", "--site-dir", "site-plain"], project)
        (project / rel).write_text(original, encoding="utf-8")
    pipeline.build(project, project / "generated", SiteOptions())
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in out.items()}


def measure(project: Path, n: int, edits: bool = True) -> dict:
    """build_s: `mkdocs build` from scratch (empty generated/), so the hook generates every page, and
    generator_s: the hook's own part of it; warm_build_s: the same build again with nothing changed
    (the hook reuses the pages); plain_build_s: the same Markdown with the hook disabled;
    generator_alone_s: `pipeline.build` run on its own in this process (no cache);
    cold_no_cache_*: the cold build with DOSSIER_NO_CACHE=1. Every cold build starts without
    generated/ content and without .dossier-cache/."""
    mkdocs = [sys.executable, "-m", "mkdocs"]
    start = time.perf_counter()
    pipeline.build(project, project / "generated", SiteOptions(), use_cache=False)
    generator_alone_s = time.perf_counter() - start

    def cold() -> None:
        shutil.rmtree(project / "generated")
        (project / "generated").mkdir()
        shutil.rmtree(project / ".dossier-cache", ignore_errors=True)

    cold()
    os.environ["DOSSIER_NO_CACHE"] = "1"
    try:
        no_cache_s, no_cache_rss, no_cache_generator_s = _timed(mkdocs + ["build", "--site-dir", "site"], project)
    finally:
        del os.environ["DOSSIER_NO_CACHE"]
    cold()
    build_s, build_rss, generator_s = _timed(mkdocs + ["build", "--site-dir", "site"], project)
    if generator_s is None:
        raise SystemExit(f"{project}: the dossier hook did not log its time in the cold build")
    warm_s, warm_rss, _ = _timed(mkdocs + ["build", "--site-dir", "site"], project)
    plain_s, plain_rss, _ = _timed(mkdocs + ["build", "-f", "mkdocs-plain.yml", "--site-dir", "site-plain"], project)
    events = project / "content" / "events.yml"
    text = events.read_text(encoding="utf-8")
    events.write_text(text.replace("Ereignis aus Artikel 0", "Ereignis aus Artikel 0 (korrigiert)", 1), encoding="utf-8")
    report = pipeline.build(project, project / "generated", SiteOptions()).report
    events.write_text(text, encoding="utf-8")
    return {**(_edit_rebuilds(project) if edits else {}),
            "cold_no_cache_build_s": round(no_cache_s, 3), "cold_no_cache_generator_s": no_cache_generator_s,
            "cold_no_cache_rss_mb": round(no_cache_rss, 1), "n": n, "generator_s": generator_s, "generator_alone_s": round(generator_alone_s, 3), "build_s": round(build_s, 3),
            "warm_build_s": round(warm_s, 3), "plain_build_s": round(plain_s, 3),
            "site_bytes": _size(project / "site"),
            "search_index_bytes": (project / "site" / "search" / "search_index.json").stat().st_size,
            "peak_rss_mb": round(max(build_rss, warm_rss, plain_rss, no_cache_rss), 1), "build_rss_mb": round(build_rss, 1),
            "plain_rss_mb": round(plain_rss, 1), "pages": sum(1 for _ in (project / "generated").rglob("*.md")),
            "rewritten_after_edit": len(report.written), "rewritten_files": list(report.written)}


def _exponent(rows: list[dict], key: str, low: int, high: int) -> float | None:
    by_n = {r["n"]: r for r in rows}
    if low in by_n and high in by_n and by_n[low][key] > 0:
        return round(math.log(by_n[high][key] / by_n[low][key]) / math.log(high / low), 3)
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10,100,1000", help="comma-separated article counts")
    parser.add_argument("--json", type=Path, help="write the measurements here")
    parser.add_argument("--keep", type=Path, help="leave each synthetic dossier in DIR/n<N>/")
    parser.add_argument("--no-edits", action="store_true", help="skip the rebuilds after each kind of edit")
    args = parser.parse_args()
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        base = args.keep or Path(tempfile.mkdtemp(prefix="dossier-bench-"))
        project = base / f"n{n}"
        if project.exists():
            shutil.rmtree(project)
        synthesise(project, n)
        rows.append(measure(project, n, edits=not args.no_edits))
        row = rows[-1]
        print(f"N={n:5d}  generator {row['generator_s']:7.2f}s (alone {row['generator_alone_s']:.2f}s)  build {row['build_s']:7.2f}s  "
              f"(no cache {row['cold_no_cache_build_s']:.2f}s)  warm {row['warm_build_s']:7.2f}s  "
              f"plain {row['plain_build_s']:7.2f}s  "
              f"site {row['site_bytes'] / 1e6:8.1f} MB  index {row['search_index_bytes'] / 1e6:6.1f} MB  "
              f"peak {row['peak_rss_mb']:7.1f} MB  rewritten after edit {row['rewritten_after_edit']}", flush=True)
        for kind in EDITS if not args.no_edits else ():
            full = (f"  whole build {row[f'edit_{kind}_build_s']:.2f}s vs plain {row[f'edit_{kind}_plain_s']:.2f}s"
                    if kind in FULL_REBUILD_EDITS else "")
            print(f"        after one {kind} edit: generator {row[f'edit_{kind}_generator_s']:.2f}s, "
                  f"{row[f'edit_{kind}_rewritten']} file(s) rewritten{full}", flush=True)
        if not args.keep:
            shutil.rmtree(base)
    for row in rows:
        row["generator_share"] = round(row["generator_s"] / row["build_s"], 4)
        row["warm_overhead_share"] = round(max(row["warm_build_s"] - row["plain_build_s"], 0) / row["warm_build_s"], 4)
        row["build_vs_plain"] = round(row["build_s"] / row["plain_build_s"], 3)
        row["warm_vs_plain"] = round(row["warm_build_s"] / row["plain_build_s"], 3)
    summary = {key: _exponent(rows, key, 100, 1000)
               for key in ("build_s", "warm_build_s", "plain_build_s", "generator_s", "site_bytes", "search_index_bytes")}
    print("growth exponent N=100→1000:", summary)
    for row in rows:
        print(f"N={row['n']}: generator share of a from-scratch build {row['generator_share']:.1%} "
              f"(build / plain {row['build_vs_plain']:.2f}); unchanged rebuild: overhead {row['warm_overhead_share']:.1%} "
              f"(warm / plain {row['warm_vs_plain']:.2f})")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
