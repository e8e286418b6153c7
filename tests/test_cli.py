"""The CLI through typer's CliRunner: extract, stdin, schema, show, errors."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from briefextract.cli import app

from conftest import CORPUS, SAMPLE_ID

runner = CliRunner()


def test_cli_extract_corpus_writes_one_valid_line(tmp_path):
    out = tmp_path / "briefs.jsonl"
    result = runner.invoke(app, ["extract", str(CORPUS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["doc_id"] == SAMPLE_ID and record["published"] == "2025-09-12"


def test_cli_extract_from_stdin_to_stdout():
    result = runner.invoke(app, ["extract", "-", "--published", "2025-09-12"], input="Talks in Minsk.")
    assert result.exit_code == 0
    line = json.loads(result.stdout.strip().splitlines()[-1])
    assert line["doc_id"] == "stdin" and line["published"] == "2025-09-12"


def test_cli_extract_output_dash_is_stdout(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["extract", "-", "-o", "-"], input="Talks in Minsk.")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.strip().splitlines()[-1])["doc_id"] == "stdin"
    assert not (tmp_path / "-").exists()  # no file named '-'


def test_cli_extract_records_layout(tmp_path, sample_brief):
    out = tmp_path / "records.jsonl"
    result = runner.invoke(app, ["extract", str(CORPUS), "-o", str(out), "--layout", "records"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    brief = sample_brief
    assert len(records) == sum(len(getattr(brief, k)) for k in ("actors", "counts", "sanctions", "dates", "events"))
    assert {rec["record"] for rec in records} == {"actor", "count", "sanction", "date", "event"}
    assert all(rec["doc_id"] == SAMPLE_ID for rec in records)


def test_cli_rejects_bad_layout_and_bad_date():
    assert runner.invoke(app, ["extract", str(CORPUS), "--layout", "xml"]).exit_code == 2
    result = runner.invoke(app, ["extract", str(CORPUS), "--published", "yesterday"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_cli_refuses_to_clobber_output(tmp_path):
    out = tmp_path / "o.jsonl"
    out.write_text('{"x": 1}\n')
    result = runner.invoke(app, ["extract", str(CORPUS), "-o", str(out)])
    assert result.exit_code == 2 and "--resume" in result.stderr
    assert out.read_text() == '{"x": 1}\n'


def test_cli_schema_prints_json_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert "SanctionAction" in json.loads(result.stdout)["document"]["$defs"]


def test_cli_show_prints_tables(sample_brief):
    result = runner.invoke(app, ["show", str(CORPUS / f"{SAMPLE_ID}.txt")], terminal_width=200)
    assert result.exit_code == 0
    for heading in ("Actors", "Counts", "Sanctions", "Dates", "Events"):
        assert heading in result.stdout
    # the rows, not only the titles of empty tables
    assert all(a.name in result.stdout for a in sample_brief.actors[:5])
    assert all(d.text in result.stdout for d in sample_brief.dates[:5])


def test_cli_every_command_has_help():
    for command in ("extract", "schema", "show"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and len(result.stdout) > 100


def test_cli_texts_option_is_refused_with_the_dask_engine(tmp_path):
    # the Dask engine writes part-NNNNN.texts.jsonl beside each part: a --texts file would silently stay unwritten
    result = runner.invoke(app, ["extract", str(CORPUS), "-o", str(tmp_path / "parts"), "--engine", "dask",
                                 "--texts", str(tmp_path / "t.jsonl")])
    assert result.exit_code == 2
    assert "error[E200] --texts is for the local engine" in result.stderr
    assert not (tmp_path / "parts").exists() and not (tmp_path / "t.jsonl").exists()
