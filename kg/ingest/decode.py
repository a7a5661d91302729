"""Read a file's bytes and decode them, choosing the encoding from the content.

Order: UTF-16 with a byte-order mark; strict UTF-8 (a UTF-8 BOM is dropped); strict
GB18030 (a superset of GBK and GB2312, what Chinese Windows tools write); otherwise
charset-normalizer's best guess. The file name's extension plays no part.

Rejected with a one-line :class:`~kg.errors.KgError`: files over :data:`MAX_BYTES`,
binary files (NUL bytes, or many control characters), files that no encoding decodes,
and files that hold only whitespace.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from kg.errors import KgError

MAX_BYTES = 50 * 1024 * 1024
#: Share of C0 control bytes (other than tab, newline, CR, FF, VT, ESC) above which a
#: file is taken to be binary.
MAX_CONTROL_RATIO = 0.05
_SAMPLE = 64 * 1024
_CONTROL_RE = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def _is_binary(data: bytes) -> bool:
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return True
    return len(_CONTROL_RE.findall(sample)) > MAX_CONTROL_RATIO * len(sample)


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding)``. ``name`` only appears in errors."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not data.startswith(codecs.BOM_UTF32_LE):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise KgError(f"{name}: cannot decode: broken UTF-16 ({exc.reason})") from None
    elif _is_binary(data):
        raise KgError(f"{name}: not a text file (binary content)")
    else:
        text, encoding = _decode_8bit(data, name)
    if not text.strip():
        raise KgError(f"{name}: empty file (no text)")
    return text, encoding


def _decode_8bit(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise KgError(f"{name}: cannot decode: not UTF-8, GB18030 or another known text encoding")
    return str(best), best.encoding


def read_text(path: str | Path) -> tuple[str, str]:
    """Read and decode the file at ``path``; return ``(text, encoding)``."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise KgError(f"{p}: too large ({size / 1048576:.1f} MB; limit {MAX_BYTES // 1048576} MB)")
        data = p.read_bytes()
    except FileNotFoundError:
        raise KgError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise KgError(f"{p}: is a directory, not a file") from None
    except PermissionError:
        raise KgError(f"{p}: permission denied") from None
    except OSError as exc:
        raise KgError(f"{p}: cannot read ({exc.strerror or exc})") from None
    return decode_bytes(data, str(p))
