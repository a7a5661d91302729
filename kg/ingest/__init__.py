"""Ingest: files -> :class:`~kg.document.Document` (decoding, OCR repair with offsets,
sections, sentences, date).

``read_document(path)`` reads one file; ``read_paths(paths)`` reads files and folders.
"""

from kg.ingest.reader import collect_files, document_from_text, read_document, read_paths

__all__ = ["collect_files", "document_from_text", "read_document", "read_paths"]
