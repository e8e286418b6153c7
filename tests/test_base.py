"""--base: a statistical NER layered under the rules (tested with a pipeline the test builds)."""

from __future__ import annotations

import os
import subprocess
import sys

import spacy

from briefextract.base import add_base
from briefextract.pipeline import ENV_BASE, ENV_MODEL_PATH, make_doc, model_path

MINE = ["layout", "gazetteer", "persons", "base", "actors"]


def tiny_base(tmp_path):
    """A blank English pipeline whose entity_ruler stands in for a trained NER."""
    base = spacy.blank("en")
    ruler = base.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "ORG", "pattern": "Tralvex Qorum"},  # nothing in the rules finds this
        {"label": "PERSON", "pattern": "Minsk"},  # wrong: the gazetteer must win
        {"label": "DATE", "pattern": "Tuesday"},  # not an actor label
        {"label": "PERSON", "pattern": [{"LOWER": "the"}, {"TEXT": "Oskarovs"}]},
    ])
    path = tmp_path / "tiny_base"
    base.to_disk(path)
    return str(path)


def run(tmp_path, text):
    nlp = spacy.load(model_path())
    add_base(nlp, tiny_base(tmp_path))
    assert "base" in nlp.pipe_names
    assert nlp.pipe_names.index("base") < nlp.pipe_names.index("actors")
    with nlp.select_pipes(enable=MINE):
        doc = nlp(make_doc(nlp, text, published="2025-09-12"))
    return doc, {a["name"]: a for a in doc._.actors}


def test_base_adds_entities_the_rules_miss(tmp_path):
    _, actors = run(tmp_path, "On Tuesday the board of Tralvex Qorum approved a plan in Minsk.")
    assert actors["Tralvex Qorum"]["type"] == "ORG"
    assert actors["Tralvex Qorum"]["rule"] == "actors.base.ner"
    assert "Tuesday" not in actors


def test_base_loses_conflicts_to_the_rules(tmp_path):
    _, actors = run(tmp_path, "Talks were held in Minsk.")
    assert actors["Minsk"]["type"] == "GPE"
    assert actors["Minsk"]["rule"].startswith("actors.gazetteer")


def test_base_entities_drop_a_leading_article(tmp_path):
    doc, actors = run(tmp_path, "We met the Oskarovs yesterday.")
    assert "Oskarovs" in actors
    for actor in actors.values():
        for m in actor["mentions"]:
            assert doc.text[m["start"]:m["end"]] == m["text"]


def test_base_is_set_through_the_environment(monkeypatch):
    import os

    from briefextract import pipeline
    from briefextract.base import use_base

    monkeypatch.setenv(pipeline.ENV_BASE, "")  # restored (removed) after the test
    use_base(None)
    assert os.environ[pipeline.ENV_BASE] == ""
    use_base("some_base_pipeline")
    assert os.environ[pipeline.ENV_BASE] == "some_base_pipeline"


def _cli(args: list[str], env_extra: dict[str, str], tmp_path) -> subprocess.CompletedProcess:
    """``briefextract ARGS`` in its own process (``--base`` sets an environment variable for the process)."""
    article = tmp_path / "a.txt"
    article.write_text("Talks were held in Minsk.", encoding="utf-8")
    env = {**os.environ, **env_extra}
    env.pop(ENV_BASE, None)
    return subprocess.run([sys.executable, "-m", "briefextract", *args, str(article)], env=env,
                          capture_output=True, text=True, timeout=120)


def test_base_not_installed_is_a_one_line_usage_error(tmp_path):
    for command in (["extract", "--base", "xx_no_such_pipeline"], ["show", "--base", "xx_no_such_pipeline"]):
        done = _cli(command, {}, tmp_path)
        assert done.returncode == 2, done.stderr
        assert "error[E300] cannot load the base pipeline 'xx_no_such_pipeline'" in done.stderr
        assert "Traceback" not in done.stderr and not done.stdout


def test_pipeline_directory_missing_is_a_one_line_usage_error(tmp_path):
    done = _cli(["extract"], {ENV_MODEL_PATH: str(tmp_path / "nowhere")}, tmp_path)
    assert done.returncode == 2, done.stderr
    assert f"error[E300] cannot load the briefextract-en pipeline from {tmp_path / 'nowhere'}" in done.stderr
    assert f"set {ENV_MODEL_PATH} to its directory" in done.stderr and "Traceback" not in done.stderr
