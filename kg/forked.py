"""Run part of a job in a forked child process while this process runs the rest.

The build's NLP stage is pure CPU work over sections that do not depend on each other,
and the pipeline takes seconds to load: a forked child shares the loaded pipeline
(copy-on-write, after ``gc.freeze``) at no loading cost, so on two cores the stage takes
about half its time. Only the child's result crosses the process boundary (pickled).
"""

from __future__ import annotations

import multiprocessing as mp
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

A = TypeVar("A")
R = TypeVar("R")


def can_fork() -> bool:
    """Whether forking is safe here: the platform forks and no other thread is running
    (a thread holding a lock at the fork would leave the child deadlocked)."""
    return "fork" in mp.get_all_start_methods() and threading.active_count() == 1


def _child(conn, work: Callable[[A], R], arg: A) -> None:
    try:
        conn.send(("ok", work(arg)))
    except BaseException as exc:  # report to the parent; the child exits either way
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def run_forked(work: Callable[[A], R], parts: Sequence[A]) -> list[R]:
    """``[work(p) for p in parts]``, with every part but the first computed in a forked
    child of its own while this process computes the first.

    ``work`` and the parts reach the children by the fork (nothing is pickled on the way
    in), so ``work`` may close over anything loaded here; only results are pickled back.
    An error in a child is raised here as a RuntimeError with the child's message; an
    error here stops the children.
    """
    ctx = mp.get_context("fork")
    children: list = []
    results: list[R] = []
    try:
        for part in parts[1:]:
            receiver, sender = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_child, args=(sender, work, part), daemon=True)
            proc.start()
            sender.close()
            children.append((proc, receiver))
        results.append(work(parts[0]))
        for proc, receiver in children:
            try:
                status, value = receiver.recv()
            except EOFError:
                proc.join(1)
                raise RuntimeError(f"a build worker process died (exit code {proc.exitcode})") from None
            if status != "ok":
                raise RuntimeError(f"a build worker process failed: {value}")
            results.append(value)
        return results
    finally:
        for k, (proc, receiver) in enumerate(children):
            if k + 1 >= len(results):
                proc.kill()  # its part never read: it would block for ever sending it
            receiver.close()
            proc.join()
