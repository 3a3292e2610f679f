"""The extract stage (pipeline/extract.py): one extractor's failure costs only its part's records,
and is a problem with its reason; running out of memory is the file's limit, not a bug to note."""

from __future__ import annotations

import pytest

from extractors.base import Context
from pipeline.extract import run_one
from pipeline.records import DocumentPart


class Failing:
    name = "failing"

    def __init__(self, error: BaseException):
        self.error = error

    def extract(self, part, pages, context):
        yield from ()
        raise self.error


PART = DocumentPart(document_id="d1", part_kind="minutes", page_start=3, page_end=4)


def test_an_extractor_error_becomes_a_problem_on_the_parts_first_page():
    context = Context(document_id="d1", body=None, meeting_date=None)
    assert run_one(Failing(KeyError("chair")), PART, [], context) == []
    (problem,) = context.problems
    assert (problem.page, problem.stage) == (3, "failing")
    assert "KeyError" in problem.reason and "chair" in problem.reason


def test_running_out_of_memory_goes_up_to_the_worker():
    context = Context(document_id="d1", body=None, meeting_date=None)
    with pytest.raises(MemoryError):
        run_one(Failing(MemoryError()), PART, [], context)
    assert context.problems == []
