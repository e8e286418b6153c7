"""``python -m briefextract``: the command line, for environments where the script is not on PATH."""

from briefextract.cli import app

app(prog_name="briefextract")
