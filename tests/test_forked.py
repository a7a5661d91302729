"""The build's NLP stage in forked worker processes: same graph, errors reported, no hang."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from kg.build import build, pipeline
from kg.forked import can_fork, run_forked
from kg.ingest import read_paths
from kg.nlp.pipeline import PARALLEL_MIN_CHARS, section_data

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

pytestmark = pytest.mark.skipif(not can_fork(), reason="no fork on this platform, or threads running")


def _pid_and_square(x: int) -> tuple[int, int]:
    return os.getpid(), x * x


def test_parts_come_back_in_order_from_their_own_processes():
    results = run_forked(_pid_and_square, [1, 2, 3])
    assert [sq for _, sq in results] == [1, 4, 9]
    pids = [pid for pid, _ in results]
    assert pids[0] == os.getpid() and len(set(pids)) == 3


def _fail_in_child(x: int) -> int:
    if x == 2:
        raise ValueError("bad section 2")
    return x


def test_an_error_in_a_child_is_raised_here_with_its_message():
    with pytest.raises(RuntimeError, match="ValueError: bad section 2"):
        run_forked(_fail_in_child, [1, 2])


def _die_in_child(x: int) -> int:
    if x == 2:
        os._exit(3)
    return x


def test_a_child_that_dies_is_reported_not_waited_for():
    with pytest.raises(RuntimeError, match="died"):
        run_forked(_die_in_child, [1, 2])


def _fail_here_while_child_works(x: int) -> bytes:
    if x == 1:
        raise KeyError("here")
    return b"x" * 10_000_000  # more than a pipe holds: the child blocks sending it


def test_an_error_here_stops_the_children():
    t0 = time.perf_counter()
    with pytest.raises(KeyError):
        run_forked(_fail_here_while_child_works, [1, 2])
    assert time.perf_counter() - t0 < 30


def test_the_graph_is_the_same_in_one_process_and_in_two(seeds_turtle):
    documents = read_paths([SEEDS])
    assert sum(len(d.text) for d in documents) >= 2 * PARALLEL_MIN_CHARS  # the seeds do fork
    assert build([SEEDS], jobs=1).turtle() == seeds_turtle == build([SEEDS], jobs=2).turtle()


def test_sections_keep_their_documents_and_order_across_workers():
    documents = read_paths([SEEDS])
    serial = list(section_data(pipeline(), documents, jobs=1))
    forked = list(section_data(pipeline(), documents, jobs=3))
    assert [d.name for d, _ in forked] == [d.name for d, _ in serial]
    for (_, one), (_, many) in zip(serial, forked):
        assert [s.user_data["zjkg"] for s in many] == [s.user_data["zjkg"] for s in one]
        assert [s.user_data["zjkg_records"] for s in many] == [s.user_data["zjkg_records"] for s in one]
