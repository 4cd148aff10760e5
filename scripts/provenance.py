"""Provenance-header parsing shared by the data checkers, by the same rules as the C# loader (TsvDataFile):
leading '#' lines of 'key: value', keys lower-cased, the first occurrence kept, values trimmed."""
from __future__ import annotations

import re

_LINE = re.compile(r"^#\s*([A-Za-z][\w-]*):\s*(.*)$")


def split_header(lines: list[str]) -> tuple[dict[str, str], int]:
    """The header fields and the index of the first line after the '#' block."""
    header: dict[str, str] = {}
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        m = _LINE.match(lines[i])
        if m:
            header.setdefault(m.group(1).lower(), m.group(2).strip())
        i += 1
    return header, i
