"""``briefextract evaluate``: scores, per-document tables, errors, and agreement with score.py."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefextract.cli import app
from briefextract.evaluate import describe, evaluate, load_gold, read_predictions

from conftest import CORPUS, FIXTURES, ROOT, SAMPLE_ID

runner = CliRunner()
SHARED = ROOT.parent / "shared"
SCORE_PY = SHARED / "tools" / "score.py"
DEVSET = SHARED / "devset"
SEED = SHARED / "seed"

GOLD = {
    "actors": [
        {"name": "Maria Keller", "type": "PERSON", "aliases": ["Keller"]},
        {"name": "Estonia", "type": "GPE", "aliases": ["Estonian"]},
    ],
    "counts": [{"value": 14, "what": "fishing boats", "approximate": False, "text": "14 fishing boats"}],
    "sanctions": [{"action": "impose", "imposer": "Estonia", "target": "Nordline", "text": "imposed sanctions on Nordline"}],
    "dates": [{"text": "3 May", "value": "2024-05-03"}],
    "events": [{"type": "visit", "date": "2024-05-03", "participants": ["Maria Keller"], "location": "Estonia", "text": "visited"}],
}


def _pred(**lists) -> dict:
    return {"doc_id": "doc1", **{k: lists.get(k, []) for k in ("actors", "counts", "sanctions", "dates", "events")}}


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _gold_dir(tmp_path: Path, gold: dict = GOLD, stem: str = "doc1") -> Path:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir(exist_ok=True)
    (gold_dir / f"{stem}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return gold_dir


def test_evaluate_scores_hand_made_predictions():
    pred = _pred(
        actors=[{"name": "Keller", "type": "PERSON", "aliases": []}, {"name": "Estonia", "type": "ORG", "aliases": []}],
        counts=[{"value": 14, "what": "boats"}, {"value": 3, "what": "ministers"}],
        dates=[{"value": "2024-05-03"}, {"value": "PAST_REF"}],
    )
    ev = evaluate({"doc1": GOLD}, {"doc1": pred})
    assert (ev.categories["actors"].tp, ev.categories["actors"].pred) == (1, 2)  # typed: Estonia as ORG misses
    assert ev.categories["actors_untyped"].tp == 2
    assert (ev.categories["counts"].tp, ev.categories["counts"].precision) == (1, 0.5)
    assert (ev.categories["dates"].tp, ev.categories["dates"].pred) == (1, 1)  # *_REF is not scored
    assert ev.categories["sanctions"].recall == 0.0 and ev.categories["events"].recall == 0.0
    assert ev.missing_docs == []
    # main categories: tp 1+1+0+1+0 = 3 over 5 scored predictions and 6 gold items
    p, r = 3 / 5, 3 / 6
    assert ev.overall_f1 == ev.document_f1["doc1"] == round(2 * p * r / (p + r), 3) == 0.545


def test_evaluate_gold_document_without_prediction_is_missing_and_empty():
    ev = evaluate({"doc1": GOLD, "doc2": GOLD}, {"doc1": _pred(dates=[{"value": "2024-05-03"}])})
    assert ev.missing_docs == ["doc2"]
    assert ev.documents["doc2"]["dates"].pred == 0 and ev.documents["doc2"]["dates"].gold == 1
    assert ev.categories["dates"].recall == 0.5


def test_evaluate_read_predictions_records_layout_equals_document_layout(tmp_path):
    brief = _pred(
        actors=[{"name": "Estonia", "type": "GPE", "aliases": []}],
        dates=[{"value": "2024-05-03"}, {"value": "2024"}],
    )
    doc_file = _write_jsonl(tmp_path / "doc.jsonl", [brief])
    records = [{"doc_id": "doc1", "record": "actor", **brief["actors"][0]}]
    records += [{"doc_id": "doc1", "record": "date", **d} for d in brief["dates"]]
    rec_file = _write_jsonl(tmp_path / "rec.jsonl", records)
    by_doc, by_rec = read_predictions(doc_file), read_predictions(rec_file)
    assert len(by_rec["doc1"]["dates"]) == 2
    a, b = evaluate({"doc1": GOLD}, by_doc), evaluate({"doc1": GOLD}, by_rec)
    assert a.to_json() == b.to_json()
    assert a.categories["dates"].tp == 1 and a.categories["actors"].tp == 1


def test_evaluate_cli_json_and_show_errors(tmp_path):
    gold_dir = _gold_dir(tmp_path)
    preds = _write_jsonl(tmp_path / "p.jsonl", [_pred(counts=[{"value": 15, "what": "fishing boats"}])])
    result = runner.invoke(app, ["evaluate", str(gold_dir), str(preds), "--json", "--show-errors"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["categories"]["counts"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "pred": 1, "gold": 1}
    assert report["documents"]["doc1"]["overall_f1"] == report["overall_f1"] == 0.0
    kinds = {(e["category"], e["kind"]) for e in report["errors"]}
    assert ("counts", "extra") in kinds and ("counts", "miss") in kinds and ("actors", "miss") in kinds
    assert len(report["errors"]) == 1 + sum(len(v) for v in GOLD.values())


def test_evaluate_cli_tables_name_categories_documents_and_errors(tmp_path):
    gold_dir = _gold_dir(tmp_path)
    preds = _write_jsonl(tmp_path / "p.jsonl", [_pred(dates=[{"value": "2024-05-03", "text": "3 May"}])])
    result = runner.invoke(app, ["evaluate", str(gold_dir), str(preds), "--show-errors"], env={"COLUMNS": "150"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    for word in ("actors_untyped", "sanctions_imposer", "doc1", "overall F1 0.286"):
        assert word in out
    assert "MISS" in out and "impose Estonia -> Nordline" in out
    assert "EXTRA" not in out  # the one prediction matched
    plain = runner.invoke(app, ["evaluate", str(gold_dir), str(preds)], env={"COLUMNS": "150"})
    assert "MISS" not in plain.stdout


def test_evaluate_cli_fail_under(tmp_path):
    gold_dir = _gold_dir(tmp_path)
    preds = _write_jsonl(tmp_path / "p.jsonl", [_pred(dates=[{"value": "2024-05-03"}])])
    assert runner.invoke(app, ["evaluate", str(gold_dir), str(preds), "--fail-under", "0.9"]).exit_code == 1
    assert runner.invoke(app, ["evaluate", str(gold_dir), str(preds), "--fail-under", "0.2"]).exit_code == 0


def test_evaluate_cli_bad_inputs(tmp_path):
    result = runner.invoke(app, ["evaluate", str(tmp_path / "nope")])
    assert result.exit_code == 2 and "not a directory" in result.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(app, ["evaluate", str(empty)])
    assert result.exit_code == 2 and "gold.json" in result.stderr
    gold_dir = _gold_dir(tmp_path)
    assert runner.invoke(app, ["evaluate", str(gold_dir), str(tmp_path / "none.jsonl")]).exit_code == 2
    preds = _write_jsonl(tmp_path / "p.jsonl", [_pred()])
    result = runner.invoke(app, ["evaluate", str(gold_dir), str(preds), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2 and "--output" in result.stderr
    (gold_dir / "broken.gold.json").write_text("{not json", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(gold_dir), "--json"])
    assert result.exit_code == 1 and "broken.gold.json" in result.stderr


def test_evaluate_runs_pipeline_on_articles_beside_gold(tmp_path):
    text = "Maria Keller visited Tallinn on 3 May. Estonia imposed sanctions on Nordline.\n"
    gold_dir = _gold_dir(tmp_path, stem="art")
    (gold_dir / "art.txt").write_text(text, encoding="utf-8")
    (gold_dir / "art.meta.json").write_text(json.dumps({"id": "other-id", "published": "2024-05-10"}), encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(gold_dir), "--json", "--show-errors"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["missing_docs"] == [] and "failed_docs" not in report
    import briefextract

    brief = briefextract.extract(text, published="2024-05-10", doc_id="art")
    expected = len(brief.actors) + len(brief.counts) + len(brief.sanctions) + len(brief.events)
    expected += sum(1 for d in brief.dates if not d.value.endswith("_REF"))
    expected += sum(1 for c in brief.counts if c.upper is not None)
    scored = sum(report["categories"][c]["pred"] for c in ("actors", "counts", "sanctions", "dates", "events"))
    assert scored == expected


def test_evaluate_finds_articles_in_texts_folder_and_reports_absent_ones(tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    shutil.copy(FIXTURES / f"{SAMPLE_ID}.gold.json", gold_dir)
    (gold_dir / "lost.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(gold_dir), "--texts", str(CORPUS), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["missing_docs"] == ["lost"]
    assert "no article lost" in report["failed_docs"]["lost"]
    assert set(report["documents"]) == {SAMPLE_ID, "lost"}


def test_evaluate_describe_is_one_readable_line():
    assert describe("actors", GOLD["actors"][0]) == "Maria Keller (PERSON) aka Keller"
    assert describe("counts", {"value": 4, "what": "rounds", "span": {"text": "four rounds"}}) == '4 rounds "four rounds"'
    assert describe("events", {"type": "visit", "participants": ["A", "B"]}) == "undated visit [A, B]"


def test_evaluate_help():
    result = runner.invoke(app, ["evaluate", "--help"])
    assert result.exit_code == 0 and "--show-errors" in result.stdout and "--json" in result.stdout


# --- agreement with the reference scorer (shared/tools/score.py) -------------------------

needs_devset = pytest.mark.skipif(
    not (SCORE_PY.exists() and DEVSET.is_dir()), reason="../shared (dev set and score.py) is not beside the clone"
)


def _score_py(preds: Path, gold_dir: Path) -> dict:
    out = subprocess.run(
        [sys.executable, str(SCORE_PY), str(preds), str(gold_dir), "--json"], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def _assert_agree(preds: Path, gold_dir: Path) -> dict:
    reference = _score_py(preds, gold_dir)
    result = runner.invoke(app, ["evaluate", str(gold_dir), str(preds), "--json"])
    assert result.exit_code == 0, result.output
    ours = json.loads(result.stdout)
    assert ours["categories"] == reference["categories"]
    assert ours["overall_f1"] == reference["overall_f1"]
    assert ours["missing_docs"] == reference["missing_docs"]
    return ours


def _perturbed(gold: dict, doc_id: str, k: int) -> dict:
    """Predictions derived from gold so that matches, misses and extras all occur."""
    pred = {"doc_id": doc_id}
    for cat in ("actors", "counts", "sanctions", "dates", "events"):
        items = []
        for i, g in enumerate(gold.get(cat) or []):
            if (i + k) % 4 == 0:
                continue  # a miss
            p = dict(g)
            if (i + k) % 5 == 1:  # a wrong value / type / action / date: a miss and an extra
                if cat == "actors":
                    p["type"] = "ORG" if g["type"] != "ORG" else "GPE"
                elif cat == "counts":
                    p["value"], p["upper"] = g["value"] - 1, g["value"]  # the range's upper end matches
                elif cat == "sanctions":
                    p["imposer"] = None
                elif cat == "dates":
                    p["value"] = "FUTURE_REF"
                else:
                    p["date"] = None
            items.append(p)
        if items and k % 2:
            items.append(dict(items[0]))  # a duplicate: an extra
        pred[cat] = items
    return pred


@needs_devset
def test_evaluate_agrees_with_score_py_on_perturbed_dev_gold(tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    for path in [*DEVSET.glob("*.gold.json"), *SEED.glob("*.gold.json")]:
        shutil.copy(path, gold_dir)
    gold = load_gold(gold_dir)
    stems = sorted(gold)
    rows = [_perturbed(gold[stem], stem, k) for k, stem in enumerate(stems[1:])]  # the first has no prediction
    ours = _assert_agree(_write_jsonl(tmp_path / "pred.jsonl", rows), gold_dir)
    assert ours["missing_docs"] == stems[:1]
    assert 0.3 < ours["overall_f1"] < 0.95  # the perturbation produced hits, misses and extras


@needs_devset
def test_evaluate_agrees_with_score_py_on_pipeline_output(tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    for path in DEVSET.glob("*.gold.json"):
        shutil.copy(path, gold_dir)
    saved = tmp_path / "saved.jsonl"
    result = runner.invoke(app, ["evaluate", str(DEVSET), "--json", "-o", str(saved)])
    assert result.exit_code == 0, result.output
    direct = json.loads(result.stdout)
    assert direct["missing_docs"] == [] and "failed_docs" not in direct
    reference = _score_py(saved, gold_dir)
    assert (direct["categories"], direct["overall_f1"]) == (reference["categories"], reference["overall_f1"])
    # scoring the output of `extract` gives the same figures as running the pipeline inside evaluate
    extracted = tmp_path / "dev.jsonl"
    result = runner.invoke(app, ["extract", str(DEVSET), "-o", str(extracted), "-q"])
    assert result.exit_code == 0, result.output
    assert _assert_agree(extracted, gold_dir)["categories"] == direct["categories"]
