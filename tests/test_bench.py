"""Smoke test of benchmarks/bench.py: it runs end to end on a tiny corpus and reports every number.

Benchmarks are not timed tests: nothing here asserts a speed, only that the
script measures what it claims (each configuration, ratios, targets) and that its
corpus is built as documented.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks" / "bench.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_texts_are_articles_of_300_to_1000_words(bench):
    texts = bench.source_texts([ROOT / "benchmarks" / "texts"])
    assert len(texts) >= 8
    assert all(300 <= bench.count_words(t) <= 1000 for t in texts)


def test_bench_corpus_cycles_whole_articles_until_enough_words(bench):
    texts = ["one two three", "four five"]
    corpus = bench.build_corpus(7, texts)
    assert corpus == ["one two three", "four five", "one two three"]
    assert bench.build_corpus(0, texts) == ["one two three"]


def test_bench_summary_flags_missed_targets(bench):
    results = {
        "tokenizer": {"wps": 100_000.0},
        "pipeline": {"wps": 50_000.0, "load_s": 2.0, "rss_mb": 300.0},
        "pipeline2": {"wps": 90_000.0, "child_rss_mb": 350.0},
        "batch": {"wps": 40_000.0},
        "batch2": {"wps": 60_000.0, "child_rss_mb": 410.0},
        "statistical": {"skipped": "none installed"},
    }
    summary = bench.summarise(results, {"rss_mb": 200.0})
    assert summary["pipeline_vs_tokenizer"] == pytest.approx(0.5)
    assert summary["two_workers_vs_one"] == pytest.approx(1.8)
    assert summary["pipeline_vs_statistical"] is None
    assert summary["memory_growth"] == pytest.approx(1.5)
    assert summary["pipeline_vs_tokenizer_paired"] is None  # not measured: the wall-clock ratio decides
    assert summary["targets"] == {
        "(b)/(a) >= 1.0": False,
        "(c)/(b) >= 1.6": True,
        "(c')/(b') >= 1.6": False,
        "load < 1.5 s": False,
        "peak RSS < 400 MB": False,
        "memory flat": False,
    }


@pytest.mark.slow
def test_bench_runs_every_configuration_and_prints_ratios(tmp_path):
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, str(BENCH), "--words", "1500", "--repeats", "1", "--json", str(out)],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "(b)/(a) pipeline vs stock tokenizer" in proc.stdout
    assert re.search(r"in turn in one process: \d+\.\d\d\)", proc.stdout)
    assert re.search(r"\(c\)/\(b\) 2 workers.*in turn: \d+\.\d\d\)", proc.stdout)
    assert "(c)/(b) 2 workers vs 1 process" in proc.stdout
    assert "(c')/(b') CLI --workers 2 vs 1" in proc.stdout
    report = json.loads(out.read_text(encoding="utf-8"))
    results = report["results"]
    assert set(results) == {"tokenizer", "pipeline", "pipeline2", "batch", "batch2", "statistical", "paired"}
    passes = results["paired"]["passes"]
    assert set(passes) == {"tokenizer", "pipeline", "pipeline2", "batch", "batch2"}
    assert all(p["cpu_s"] > 0 and p["wall_s"] > 0 for p in passes.values())
    assert report["summary"]["pipeline_vs_tokenizer_paired"] == pytest.approx(
        passes["tokenizer"]["cpu_s"] / passes["pipeline"]["cpu_s"])
    assert report["summary"]["two_workers_vs_one_paired"] == pytest.approx(
        passes["pipeline"]["wall_s"] / passes["pipeline2"]["wall_s"])
    for name in ("tokenizer", "pipeline", "pipeline2", "batch", "batch2"):
        r = results[name]
        assert r["words"] >= 1500 and r["wps"] > 0 and r["rss_mb"] > 0 and r["load_s"] >= 0
        assert r["docs_out"] == r["docs"]  # every document came back, none lost
    assert results["pipeline2"]["child_rss_mb"] > 0 and results["batch2"]["child_rss_mb"] > 0
    assert "skipped" in results["statistical"] or results["statistical"]["wps"] > 0
    assert 0 < report["memory"]["words"] < results["pipeline"]["words"]
    assert report["summary"]["pipeline_vs_tokenizer"] > 0
    assert report["machine"]["cores"] >= 1


def test_bench_targets_use_the_ratios_measured_in_turn_when_there_are(bench):
    # separate runs said 1.32 on a busy host while passes in turn in one process said 0.39
    results = {
        "tokenizer": {"wps": 40_000.0},
        "pipeline": {"wps": 52_000.0},
        "pipeline2": {"wps": 78_000.0},  # 1.5x in separate runs
        "batch": {"wps": 50_000.0},
        "batch2": {"wps": 90_000.0},  # 1.8x in separate runs
        "paired": {"passes": {
            "tokenizer": {"cpu_s": 1.0, "wall_s": 1.1},
            "pipeline": {"cpu_s": 2.5, "wall_s": 2.6},
            "pipeline2": {"cpu_s": 0.2, "wall_s": 1.4},
            "batch": {"cpu_s": 2.5, "wall_s": 2.6},
            "batch2": {"cpu_s": 0.2, "wall_s": 2.0},
        }},
    }
    summary = bench.summarise(results, None)
    assert summary["pipeline_vs_tokenizer"] == pytest.approx(1.3)
    assert summary["pipeline_vs_tokenizer_paired"] == pytest.approx(0.4)  # by CPU time
    assert summary["two_workers_vs_one_paired"] == pytest.approx(2.6 / 1.4)  # by wall time
    assert summary["batch_two_workers_vs_one_paired"] == pytest.approx(1.3)
    assert summary["targets"]["(b)/(a) >= 1.0"] is False
    assert summary["targets"]["(c)/(b) >= 1.6"] is True
    assert summary["targets"]["(c')/(b') >= 1.6"] is False


def test_bench_texts_share_no_sentence_with_the_dev_set(bench):
    devset = ROOT.parent / "shared" / "devset"
    if not devset.is_dir():
        pytest.skip("no ../shared/devset beside the checkout")

    def sentences(text: str) -> set[str]:
        return {s.strip() for s in re.split(r"(?<=[.!?])\s+|\n", text) if len(s.split()) >= 8}

    ours = set().union(*(sentences(t) for t in bench.source_texts([ROOT / "benchmarks" / "texts"])))
    dev = set().union(*(sentences(p.read_text(encoding="utf-8")) for p in devset.glob("*.txt")))
    assert ours and dev and not ours & dev
