"""Scoring predictions against gold annotations, with the dev set's matching rules.

A faithful port of ``shared/tools/score.py`` (greedy one-to-one matching per
category; actors by any shared normalised surface form and type; counts by value
and counted head; sanctions by action and target; dates by value; events by date
and a shared participant), so ``briefextract evaluate`` and the ratchet test in
the suite agree with the reference scorer to the digit.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Callable, Iterable

_DROP = re.compile(r"[^\w\s]")
_CUT_WORDS = {"of", "in", "from", "who", "which", "that", "to", "for", "on", "at", "with", "by"}
MAIN_CATEGORIES = ("actors", "counts", "sanctions", "dates", "events")
CATEGORIES = ("actors", "actors_untyped", "counts", "sanctions", "sanctions_imposer", "dates", "events")


def norm(s: Any) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", str(s)).casefold().replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    s = _DROP.sub("", s)
    s = re.sub(r"^(the|a|an)\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def stem(word: str) -> str:
    w = norm(word)
    for suf in ("ies", "es", "s"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            return w[: -len(suf)] + ("y" if suf == "ies" else "")
    return w


def head(what: str | None) -> str:
    words = norm(what).split()
    cut = []
    for w in words:
        if w in _CUT_WORDS:
            break
        cut.append(w)
    return stem(cut[-1]) if cut else (stem(words[-1]) if words else "")


class Names:
    """Maps every surface form of a gold actor to its canonical name."""

    def __init__(self, actors: Iterable[dict]) -> None:
        self.canon: dict[str, str] = {}
        for a in actors:
            for form in [a["name"], *a.get("aliases", [])]:
                self.canon.setdefault(norm(form), norm(a["name"]))

    def __call__(self, s: Any) -> str:
        n = norm(s)
        return self.canon.get(n, n)


def prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else (1.0 if not n_g else 0.0)
    r = tp_g / n_g if n_g else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def match(preds: list, golds: list, same: Callable[[dict, dict], bool]):
    """Greedy one-to-one matching: (pairs, unmatched preds, unmatched golds)."""
    used: set[int] = set()
    pairs = []
    for g in golds:
        for pi, p in enumerate(preds):
            if pi not in used and same(p, g):
                used.add(pi)
                pairs.append((p, g))
                break
    gold_hit = {id(g) for _, g in pairs}
    return pairs, [p for i, p in enumerate(preds) if i not in used], [g for g in golds if id(g) not in gold_hit]


def _actor_forms(a: dict) -> set[str]:
    return {norm(x) for x in [a.get("name"), *(a.get("aliases") or [])] if x}


@dataclass
class CategoryResult:
    tp: int
    n_pred: int
    n_gold: int
    fp: list
    fn: list


def score_doc(pred: dict, gold: dict) -> dict[str, CategoryResult]:
    names = Names(gold.get("actors", []))

    def same_actor(p, g):
        return bool(_actor_forms(p) & _actor_forms(g)) and (p.get("type") or "").upper() == g["type"]

    def same_actor_loose(p, g):
        return bool(_actor_forms(p) & _actor_forms(g))

    def same_count(p, g):
        try:
            pv = float(p.get("value"))
        except (TypeError, ValueError):
            return False
        if abs(pv - float(g["value"])) > 1e-6:
            return False
        hp, hg = head(p.get("what")), head(g.get("what"))
        return bool(hg) and (hp == hg or hg in {stem(w) for w in norm(p.get("what")).split()})

    def same_sanction(p, g):
        if (p.get("action") or "").lower() != g["action"]:
            return False
        pt, gt = names(p.get("target")), names(g.get("target"))
        if not gt:
            return True
        return bool(pt) and (pt == gt or pt in gt or gt in pt)

    def same_sanction_strict(p, g):
        return same_sanction(p, g) and names(p.get("imposer")) == names(g.get("imposer"))

    def same_date(p, g):
        return str(p.get("value") or "") == g["value"]

    def same_event(p, g):
        if str(p.get("date") or "") != str(g.get("date") or ""):
            return False
        pp = {names(x) for x in p.get("participants") or []}
        gp = {names(x) for x in g.get("participants") or []}
        return not gp or bool(pp & gp)

    cats = {
        "actors": ("actors", same_actor),
        "actors_untyped": ("actors", same_actor_loose),
        "counts": ("counts", same_count),
        "sanctions": ("sanctions", same_sanction),
        "sanctions_imposer": ("sanctions", same_sanction_strict),
        "dates": ("dates", same_date),
        "events": ("events", same_event),
    }
    out = {}
    for cat, (key, fn) in cats.items():
        preds = pred.get(key) or []
        if key == "dates":
            preds = [p for p in preds if not str(p.get("value") or "").endswith("_REF")]
        if key == "counts":
            preds = preds + [dict(p, value=p["upper"]) for p in preds if p.get("upper") is not None]
        golds = gold.get(key) or []
        pairs, fp, fn_ = match(preds, golds, fn)
        out[cat] = CategoryResult(len(pairs), len(preds), len(golds), fp, fn_)
    return out


@dataclass
class Score:
    precision: float
    recall: float
    f1: float
    tp: int
    pred: int
    gold: int


def aggregate(per_doc: dict[str, dict[str, CategoryResult]]) -> tuple[dict[str, Score], float]:
    """Micro-averaged scores per category and the overall F1 over the main categories."""
    totals: dict[str, list[int]] = {}
    for res in per_doc.values():
        for cat, r in res.items():
            t = totals.setdefault(cat, [0, 0, 0])
            t[0] += r.tp
            t[1] += r.n_pred
            t[2] += r.n_gold
    report = {}
    for cat, (tp, n_p, n_g) in totals.items():
        p, r, f = prf(tp, n_p, tp, n_g)
        report[cat] = Score(round(p, 3), round(r, 3), round(f, 3), tp, n_p, n_g)
    tp = sum(totals[c][0] for c in MAIN_CATEGORIES if c in totals)
    n_p = sum(totals[c][1] for c in MAIN_CATEGORIES if c in totals)
    n_g = sum(totals[c][2] for c in MAIN_CATEGORIES if c in totals)
    return report, round(prf(tp, n_p, tp, n_g)[2], 3)
