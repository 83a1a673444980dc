"""Authoring helper: fill in ``occurrence`` for a gold file written in reading order.

Writing ``occurrence: 7`` by hand for the seventh "Putin" is error-prone. List
each layer's entries in the order they appear in the text, leave
``occurrence`` out, and run::

    .venv/bin/python tests/eval/number.py tests/eval/gold/<name>.yml

Each entry takes the first whole-word occurrence of its text at or after the
previous entry of the same layer that is not already taken by an entry with
the same text; ``occurrence`` is written only where the text is ambiguous.
Entries that already carry one keep it. The file is rewritten in the one
style every gold file uses (one flow mapping per line). This is bookkeeping
only: which spans to annotate is decided by the person reading the text.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gold

#: Values written without quotes: labels, kinds, types (never a YAML keyword).
_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
_ORDER = ("text", "occurrence", "speaker", "label", "canonical", "mention", "name", "type", "kind", "suggestion", "optional", "note")


def _whole_word(raw: str, start: int, text: str) -> bool:
    before = raw[start - 1] if start else " "
    after = raw[start + len(text)] if start + len(text) < len(raw) else " "
    return not (text[0].isalnum() and before.isalnum()) and not (text[-1].isalnum() and after.isalnum())


def number(raw: str, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entries with ``occurrence`` added where needed (see module doc)."""
    cursor = 0
    taken: set[tuple[str, int]] = set()
    out = []
    for entry in entries:
        entry = dict(entry)
        text = entry["text"]
        starts = gold.occurrences(raw, text)
        if "occurrence" in entry:
            start = starts[entry["occurrence"] - 1]
        else:
            free = [s for s in starts if s >= cursor and (text, s) not in taken and _whole_word(raw, s, text)]
            free = free or [s for s in starts if s >= cursor and (text, s) not in taken]
            if not free:
                raise SystemExit(f"no free occurrence of {text!r} after offset {cursor}")
            start = free[0]
            if len(starts) > 1:
                entry["occurrence"] = starts.index(start) + 1
        taken.add((text, start))
        cursor = start
        out.append(entry)
    return out


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(v) for v in value) + "]"
    if _PLAIN.fullmatch(value) and value.lower() not in ("yes", "no", "on", "off", "null", "true", "false", "y", "n"):
        return value
    return json.dumps(value, ensure_ascii=False)


def dump(data: dict[str, Any]) -> str:
    """The gold file text: header keys, then one flow mapping per entry."""
    lines = []
    for key in ("source", "split", "entity_labels"):
        if key in data:
            lines.append(f"{key}: {_scalar(data[key])}")
    if data.get("notes"):
        lines.append("notes: >-")
        lines.extend(f"  {line}" for line in _wrap(str(data["notes"])))
    for layer in gold.LAYERS:
        entries = data.get(layer) or []
        lines.append(f"{layer}:" if entries else f"{layer}: []")
        for e in entries:
            keys = sorted(e, key=lambda k: _ORDER.index(k) if k in _ORDER else len(_ORDER))
            lines.append("  - {" + ", ".join(f"{k}: {_scalar(e[k])}" for k in keys) + "}")
    return "\n".join(lines) + "\n"


def _wrap(text: str, width: int = 100) -> list[str]:
    out, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*out, line] if line else out


def main(paths: list[str]) -> None:
    for p in paths:
        path = Path(p)
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        raw = gold.read_raw(data["source"])
        for layer in gold.LAYERS:
            if data.get(layer):
                data[layer] = number(raw, data[layer])
        path.write_text(dump(data), encoding="utf-8")
        gold.load_gold(path)  # validate the result
        print(f"{path}: ok")


if __name__ == "__main__":
    main(sys.argv[1:])
