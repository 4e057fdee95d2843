"""Named errors. Each message says what was wrong and, where it helps, what is valid.

The CLI turns every GapcheckError into a one-line ``Error: ...`` and exit 1;
no traceback reaches a user for bad input.
"""


class GapcheckError(Exception):
    """Base class of every error gapcheck reports to a user."""


class UnreadableStatute(GapcheckError):
    """The input file cannot be read as a statute (empty, binary, bad encoding, malformed XML, ...)."""

    def __init__(self, path: str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class UnknownLanguage(GapcheckError):
    """A language code gapcheck has no pipeline for."""


class RubricError(GapcheckError):
    """The rubric data is invalid; the message names the file and the field."""

    def __init__(self, path: str, problem: str, field: str | None = None):
        self.path = str(path)
        self.field = field
        where = f"{self.path}" + (f" [{field}]" if field else "")
        super().__init__(f"{where}: {problem}")


class AnnotationError(GapcheckError):
    """An annotation file is invalid."""
