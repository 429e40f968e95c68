#!/usr/bin/env python3
"""Agreement of a second, independent labeller (crosscheck/<id>.yml) with the labels (labels/<id>.yml)."""
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
IDS = ["de-vwtarif-02", "de-hochwasser2024-01", "de-gdlgerichtjan2024-01", "en-gdlwellenstreik2024-01",
       "de-swiftterror-01", "de-ahvrente13-01", "de-ezbzins-04", "en-louvrecoup-01"]
CORPUS = str(HERE.parent) + "/"
BODY = {"body", "lead", "subheading", "list_item", "quote_block"}
STOP = {"der", "die", "das", "des", "dem", "den", "von", "vom", "the", "of", "and", "und", "in", "an", "am",
        "ag", "ein", "eine", "a", "chef", "sprecher", "spokesperson", "spokesman"}

def load(p):
    with open(p, encoding="utf-8") as f:
        return yaml.safe_load(f)

def line_starts(txt):
    starts, pos = [], 0
    for l in txt.split("\n"):
        starts.append(pos); pos += len(l) + 1
    return starts

def locate(items, key, txt, bodylines, starts):
    """Give each item a (start,end) span. Prefer occurrences on the labeller's body lines and
    not overlapping spans already given to other items of the same list."""
    def lineno(p):
        n = 0
        for i, s in enumerate(starts):
            if s <= p: n = i + 1
        return n
    occ = []
    for it in items:
        t = it.get(key) or ""
        o = [m.start() for m in re.finditer(re.escape(t), txt)] if t else []
        ob = [p for p in o if lineno(p) in bodylines]
        occ.append([(p, p + len(t)) for p in (ob or o)])
    spans = [None] * len(items)
    order = sorted(range(len(items)), key=lambda i: len(occ[i]))  # unique occurrences first
    for i in order:
        taken = [s for s in spans if s]
        free = [s for s in occ[i] if s not in taken and not any(s[0] < e and b < s[1] for b, e in taken)]
        free2 = [s for s in occ[i] if s not in taken]
        spans[i] = (free or free2 or occ[i] or [None])[0]
    return spans

def ov(a, b):
    if not a or not b: return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))

def match(sa, sb, ok):
    pairs = []
    for i, a in enumerate(sa):
        for j, b in enumerate(sb):
            if a and b and ok(a, b): pairs.append((ov(a, b), i, j))
    pairs.sort(reverse=True)
    ua, ub, res = set(), set(), []
    for _, i, j in pairs:
        if i in ua or j in ub: continue
        ua.add(i); ub.add(j); res.append((i, j))
    return res

def words(s):
    return {w for w in re.findall(r"[\wÄÖÜäöüß]+", (s or "").lower()) if len(w) >= 2 and w not in STOP}

def same_who(a, b):
    if a is None and b is None: return True
    if a is None or b is None: return False
    a, b = str(a), str(b)
    if a.strip().lower() == b.strip().lower(): return True
    wa, wb = words(a), words(b)
    if wa & wb: return True
    # abbreviation the text itself defines: "Europäische Zentralbank (EZB)" makes EZB == Europäische Zentralbank
    for longname, abbr in ALIASES:
        ea = wa | ({abbr.lower()} if words(longname) <= wa and words(longname) else set()) | (words(longname) if abbr.lower() in wa else set())
        eb = wb | ({abbr.lower()} if words(longname) <= wb and words(longname) else set()) | (words(longname) if abbr.lower() in wb else set())
        if ea & eb: return True
    return False

def norm(s):
    return re.sub(r"\s+", " ", (s or "").strip().strip('"“”„')).lower() if s is not None else None

def numeq(a, b):
    if a is None or b is None: return a is None and b is None
    try: return abs(float(a) - float(b)) <= 1e-9 * max(1, abs(float(a)))
    except Exception: return str(a) == str(b)

tot = {}
ALIASES = []
def add(k, n, d=1):
    x = tot.setdefault(k, [0, 0]); x[0] += n; x[1] += d

rows = []
for i in IDS:
    txt = open(CORPUS + "texts/" + i + ".txt", encoding="utf-8").read()
    ALIASES = [(m.group(1), m.group(2)) for m in re.finditer(r"((?:[A-ZÄÖÜ][\wäöüß-]+ ){1,4})\(([A-ZÄÖÜ]{2,6})\)", txt)]
    starts = line_starts(txt)
    me = load(str(HERE / ("%s.yml" % i)))
    th = load(CORPUS + "labels/%s.yml" % i)
    km = {int(l[0]): l[1] for l in me.get("lines", [])}
    kt = {int(l[0]): l[1] for l in th.get("lines", [])}
    L = sorted(set(km) | set(kt))
    bs = sum((km.get(n) in BODY) == (kt.get(n) in BODY) for n in L)
    ex = sum(km.get(n) == kt.get(n) for n in L)
    add("lines_bodyset", bs, len(L)); add("lines_exact", ex, len(L))
    mm, tm = me.get("metadata", {}) or {}, th.get("metadata", {}) or {}
    md = {}
    md["headline"] = norm(mm.get("headline")) == norm(tm.get("headline"))
    md["authors"] = {norm(x) for x in mm.get("authors") or []} == {norm(x) for x in tm.get("authors") or []}
    md["agencies"] = {norm(x) for x in mm.get("agencies") or []} == {norm(x) for x in tm.get("agencies") or []}
    md["published"] = str(mm.get("published")) == str(tm.get("published"))
    for k, v in md.items(): add("meta_" + k, int(v))
    bm = {n for n, k in km.items() if k in BODY}; bt = {n for n, k in kt.items() if k in BODY}
    # quotes
    qm, qt = me.get("quotes") or [], th.get("quotes") or []
    sqm, sqt = locate(qm, "text", txt, bm, starts), locate(qt, "text", txt, bt, starts)
    qmat = match(sqm, sqt, lambda a, b: ov(a, b) >= 0.5 * min(a[1] - a[0], b[1] - b[0]))
    qdir = sum(bool(qm[a].get("direct")) == bool(qt[b].get("direct")) for a, b in qmat)
    qspk = sum(same_who(qm[a].get("speaker_resolved"), qt[b].get("speaker_resolved")) for a, b in qmat)
    add("q_matched", len(qmat), 0); add("q_mine", len(qm), 0); add("q_theirs", len(qt), 0)
    add("q_exact", sum(sqm[a] == sqt[b] for a, b in qmat), len(qmat))
    add("q_direct", qdir, len(qmat)); add("q_speaker", qspk, len(qmat))
    # attributions
    am, at = me.get("attributions") or [], th.get("attributions") or []
    sam, sat = locate(am, "cue", txt, bm, starts), locate(at, "cue", txt, bt, starts)
    amat = match(sam, sat, lambda a, b: ov(a, b) > 0)
    asrc = sum(same_who(am[a].get("source"), at[b].get("source")) for a, b in amat)
    akind = sum(am[a].get("kind") == at[b].get("kind") for a, b in amat)
    add("a_matched", len(amat), 0); add("a_mine", len(am), 0); add("a_theirs", len(at), 0)
    add("a_source", asrc, len(amat)); add("a_kind", akind, len(amat))
    # figures
    fm, ft = me.get("figures") or [], th.get("figures") or []
    sfm, sft = locate(fm, "text", txt, bm, starts), locate(ft, "text", txt, bt, starts)
    fmat = match(sfm, sft, lambda a, b: ov(a, b) > 0)
    fval = sum(numeq(fm[a].get("value"), ft[b].get("value")) for a, b in fmat)
    funit = sum((fm[a].get("unit") or None) == (ft[b].get("unit") or None) for a, b in fmat)
    add("f_matched", len(fmat), 0); add("f_mine", len(fm), 0); add("f_theirs", len(ft), 0)
    add("f_value", fval, len(fmat))
    add("a_exact2", sum(sam[a] == sat[b] for a, b in amat), len(amat))
    add("f_exact", sum(sfm[a] == sft[b] for a, b in fmat), len(fmat)); add("f_unit", funit, len(fmat))
    rows.append((i, bs, ex, len(L), md, len(qmat), len(qm), len(qt), qdir, qspk, len(amat), len(am), len(at), asrc,
                 len(fmat), len(fm), len(ft), fval))
    if "-v" in sys.argv:
        print("==", i)
        for n in L:
            if km.get(n) != kt.get(n): print("  line", n, "mine", km.get(n), "theirs", kt.get(n))
        for k in ("headline", "authors", "agencies", "published"):
            if not md[k]: print("  meta", k, "mine", mm.get(k), "theirs", tm.get(k))
        mq = {a for a, b in qmat}; tq = {b for a, b in qmat}
        for a, b in qmat:
            if bool(qm[a].get("direct")) != bool(qt[b].get("direct")) or not same_who(qm[a].get("speaker_resolved"), qt[b].get("speaker_resolved")):
                print("  Qdiff", repr(qm[a]["text"][:50]), qm[a].get("direct"), qm[a].get("speaker_resolved"), "|", repr(qt[b]["text"][:50]), qt[b].get("direct"), qt[b].get("speaker_resolved"))
        for k, q in enumerate(qm):
            if k not in mq: print("  Q only mine:", repr(q["text"][:70]), q.get("direct"))
        for k, q in enumerate(qt):
            if k not in tq: print("  Q only theirs:", repr(q["text"][:70]), q.get("direct"))
        ma = {a for a, b in amat}; ta = {b for a, b in amat}
        for a, b in amat:
            if not same_who(am[a].get("source"), at[b].get("source")) or am[a].get("kind") != at[b].get("kind"):
                print("  Adiff", am[a]["cue"], am[a].get("source"), am[a].get("kind"), "|", at[b]["cue"], at[b].get("source"), at[b].get("kind"))
        for k, a in enumerate(am):
            if k not in ma: print("  A only mine:", a["cue"], a.get("source"))
        for k, a in enumerate(at):
            if k not in ta: print("  A only theirs:", a["cue"], a.get("source"))
        mf = {a for a, b in fmat}; tf = {b for a, b in fmat}
        for a, b in fmat:
            if not numeq(fm[a].get("value"), ft[b].get("value")) or (fm[a].get("unit") or None) != (ft[b].get("unit") or None):
                print("  Fdiff", fm[a]["text"], fm[a].get("value"), fm[a].get("unit"), "|", ft[b]["text"], ft[b].get("value"), ft[b].get("unit"))
        for k, f in enumerate(fm):
            if k not in mf: print("  F only mine:", f["text"])
        for k, f in enumerate(ft):
            if k not in tf: print("  F only theirs:", f["text"])

def pct(a, b): return "%d/%d (%s)" % (a, b, ("%.0f%%" % (100.0 * a / b)) if b else "-")
print("\n%-26s %-9s %-9s %-4s %-4s %-4s %-4s %-10s %-6s %-6s %-9s %-6s %-9s %-6s" % (
    "text", "lineBody", "lineKind", "hdl", "aut", "agy", "pub", "Q m/y/t", "Qdir", "Qspk", "A m/y/t", "Asrc", "F m/y/t", "Fval"))
for r in rows:
    i, bs, ex, nL, md, qmn, qy, qt_, qd, qs, amn, ay, at_, asr, fmn, fy, ft_, fv = r
    yn = lambda b: "y" if b else "N"
    print("%-26s %-9s %-9s %-4s %-4s %-4s %-4s %-10s %-6s %-6s %-9s %-6s %-9s %-6s" % (
        i, "%d/%d" % (bs, nL), "%d/%d" % (ex, nL), yn(md["headline"]), yn(md["authors"]), yn(md["agencies"]), yn(md["published"]),
        "%d/%d/%d" % (qmn, qy, qt_), "%d/%d" % (qd, qmn), "%d/%d" % (qs, qmn), "%d/%d/%d" % (amn, ay, at_), "%d/%d" % (asr, amn),
        "%d/%d/%d" % (fmn, fy, ft_), "%d/%d" % (fv, fmn)))
print("\nTOTALS")
print("  line kinds, body vs set-aside agree : " + pct(*tot["lines_bodyset"]))
print("  line kinds, exact kind agree        : " + pct(*tot["lines_exact"]))
for k in ("headline", "authors", "agencies", "published"):
    print("  metadata %-27s: %s" % (k, pct(*tot["meta_" + k])))
print("  quotes matched / mine / theirs      : %d / %d / %d" % (tot["q_matched"][0], tot["q_mine"][0], tot["q_theirs"][0]))
print("  quotes identical span (matched)     : " + pct(*tot["q_exact"]))
print("  quotes direct/indirect agree (match): " + pct(*tot["q_direct"]))
print("  speaker_resolved agree (matched)    : " + pct(*tot["q_speaker"]))
print("  attributions matched / mine / theirs: %d / %d / %d" % (tot["a_matched"][0], tot["a_mine"][0], tot["a_theirs"][0]))
print("  attribution identical cue (matched): " + pct(*tot["a_exact2"]))
print("  attribution source agree (matched)  : " + pct(*tot["a_source"]))
print("  attribution kind agree (matched)    : " + pct(*tot["a_kind"]))
print("  figures matched / mine / theirs     : %d / %d / %d" % (tot["f_matched"][0], tot["f_mine"][0], tot["f_theirs"][0]))
print("  figure identical span (matched)     : " + pct(*tot["f_exact"]))
print("  figure value agree (matched)        : " + pct(*tot["f_value"]))
print("  figure unit agree (matched)         : " + pct(*tot["f_unit"]))
