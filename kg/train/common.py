"""Shared helpers for training: deterministic splits, reading JSONL, timing."""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path
from typing import Iterable, Iterator

#: Where the shipped models live (inside the package, loaded offline).
MODELS_DIR = Path(__file__).resolve().parent.parent / "models"


def single_thread() -> None:
    """Keep numeric libraries on one thread (the build machine is shared)."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def is_heldout(key: str, percent: int = 10) -> bool:
    """Deterministic hold-out: the md5 of ``key`` decides (stable across runs/platforms)."""
    h = int.from_bytes(hashlib.md5(key.encode("utf-8")).digest()[:8], "big")
    return h % 100 < percent


def read_jsonl(path: str | os.PathLike) -> Iterator[dict]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                yield json.loads(line)


def split(rows: Iterable[dict], key: str = "text", percent: int = 10) -> tuple[list[dict], list[dict]]:
    train, held = [], []
    for row in rows:
        (held if is_heldout(row[key], percent) else train).append(row)
    return train, held


def kb_per_s(texts: list[str], seconds: float) -> float:
    size = sum(len(t.encode("utf-8")) for t in texts) / 1024
    return size / max(seconds, 1e-9)


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.t0
        return False


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)
