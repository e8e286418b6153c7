"""Coded, actionable errors. Every input problem is a BriefExtractError with a code.

The CLI turns these into one line on stderr (``error[E102] path: reason``) and a
record in the errors report; it never shows a traceback for an input problem.
"""

from __future__ import annotations


class BriefExtractError(Exception):
    """Base of every error briefextract raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"error[{self.code}] {where}{self.message}"

    def as_record(self) -> dict:
        """The line written to the ``--errors`` report (one JSON object per failed document)."""
        return {"source": self.source, "code": self.code, "error": type(self).__name__, "message": self.message}


class InputError(BriefExtractError):
    """A document could not be read or parsed; the batch goes on without it."""

    code = "E100"


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"


class EncodingError(InputError):
    code = "E103"


class UnreadableInput(InputError):
    code = "E104"


class MalformedRecord(InputError):
    code = "E105"


class MalformedMetadata(InputError):
    code = "E106"


class DocumentTooLarge(InputError):
    code = "E107"


class UnsupportedFormat(InputError):
    """A file named explicitly whose suffix is not an article format (.pdf, .json...)."""

    code = "E108"


class UsageError(BriefExtractError):
    """The command line itself is wrong (bad option value, missing path)."""

    code = "E200"


class InvalidDate(UsageError):
    code = "E201"


class MissingPath(UsageError):
    code = "E202"


class OutputExists(UsageError):
    code = "E203"


class OutputUnwritable(UsageError):
    """The output (or errors / texts file) cannot be opened for writing."""

    code = "E204"


class PipelineNotFound(UsageError):
    """The pipeline (or the ``--base`` pipeline) cannot be found or loaded: a setup problem, exit 2."""

    code = "E300"


class OutputFailed(BriefExtractError):
    """Writing the output failed mid-batch (disk full, I/O error); whole lines remain, ``--resume`` goes on."""

    code = "E301"


class DocumentFailed(BriefExtractError):
    """The pipeline itself failed on one document (a bug, not bad input).

    The batch reports it like an input problem (stderr line, errors report, exit 1)
    and goes on with the next document.
    """

    code = "E400"


class WorkerDied(DocumentFailed):
    """A worker process died (killed, out of memory, crashed) while holding this document."""

    code = "E401"


class DocumentTimeout(DocumentFailed):
    """Extraction of this document ran past ``--timeout`` (a worker was killed to stop it)."""

    code = "E402"


class BatchInterrupted(BriefExtractError):
    """Ctrl-C / SIGTERM: the output holds whole lines only; ``--resume`` finishes the job."""

    code = "E500"
