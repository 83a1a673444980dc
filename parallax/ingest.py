"""Ingest: a file (and its optional sidecar) becomes an :class:`Article`.

Decoding is the only transformation applied to the bytes; the decoded text is
then frozen and every later offset points into it. Ingest also infers what a
reader would expect to be told — title, outlet, which paragraphs are promo or
credit lines — as :class:`Span` blocks over the raw text, never by cutting it.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .data import load_yaml
from .model import Article, Metadata, Problem, Span
from .textview import mojibake_problem

#: Sidecar keys and the Python types their values may have.
SIDECAR_KEYS: dict[str, tuple[type, ...]] = {
    "title": (str,),
    "outlet": (str,),
    "url": (str,),
    "published": (str, _dt.date),
    "language": (str,),
    "translated_from": (str,),
    "story": (str,),
    "notes": (str,),
}

#: Characters that end a line: CRLF, LF and lone CR all count, as do the
#: Unicode line and paragraph separators some extractors emit.
_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029")
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$|[\"”’»]\s*$")
_DASH_CREDIT = re.compile(r"\s+[–—-]\s+(?P<outlet>[A-Z][\w'’&.]*(?:\s+[A-Z][\w'’&.]*){0,4})\s*$")
_WORD = re.compile(r"\w+(?:['’]\w+)*")
MAX_TITLE_WORDS = 30
#: Larger files are refused with a clear error: a news article is rarely over
#: 100 kB, and parsing 1 MB already takes about a minute on a laptop.
MAX_ARTICLE_BYTES = 1_000_000


class IngestError(Exception):
    """A file that cannot become an article; carries the :class:`Problem`."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int  # exclusive, before the line break


# --------------------------------------------------------------------------
# decoding


def decode(data: bytes, *, file: str) -> tuple[str, str, list[Problem]]:
    """Bytes → (text, encoding name, warnings). Raises IngestError if unusable.

    UTF-8 (with or without BOM) is taken as is. Anything else is detected with
    charset-normalizer and reported, because a wrong guess changes letters.
    """
    problems: list[Problem] = []
    if not data.strip():
        raise IngestError(
            Problem("empty-file", "the file is empty or contains only white space", file, hint="add the article text or delete the file")
        )
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(
            Problem("binary-file", "the file looks binary (it contains NUL bytes), not text", file, hint="save the article as plain text")
        )
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig", problems
        except UnicodeDecodeError as exc:
            raise IngestError(_bad_utf8(data, exc, file)) from exc
    try:
        return data.decode("utf-8"), "utf-8", problems
    except UnicodeDecodeError as exc:
        first_error = exc
    picked = _pick_encoding(data)
    if picked is None:
        raise IngestError(_bad_utf8(data, first_error, file))
    text, encoding = picked
    if _looks_binary(text):
        raise IngestError(
            Problem("binary-file", "the file does not decode to readable text", file, hint="save the article as plain UTF-8 text")
        )
    line = data[: first_error.start].count(b"\n") + 1
    problems.append(
        Problem(
            "not-utf8",
            f"not valid UTF-8; decoded as {encoding}",
            file,
            line,
            level="warning",
            hint="check accented letters on the page; save the file as UTF-8 to silence this",
        )
    )
    return text, encoding, problems


#: Single-byte code pages tried besides charset-normalizer's guesses, most
#: common first: Windows-1252 is what "Latin-1" files almost always are.
_FALLBACK_ENCODINGS = ("cp1252", "cp1250", "cp1251", "iso8859_15", "iso8859_2", "cp1253", "cp1254", "cp1257", "koi8_r")
#: Zipf points lost per accented word the language does not know (a Zipf of
#: 3 is a word seen once per million words).
UNKNOWN_WORD_PENALTY = 3.0
_NON_ASCII_WORD = re.compile(r"\w*[^\x00-\x7f\W]\w*")


def _pick_encoding(data: bytes) -> tuple[str, str] | None:
    """The most plausible (text, encoding) for bytes that are not UTF-8.

    Statistical detectors are unreliable on a short article: charset-normalizer
    reads Portuguese "São" as cp1250 "Săo". So every candidate that decodes
    cleanly is scored by how many of its accented words are real words of the
    language the text is in (wordfreq); ties go to the commoner code page.
    """
    from charset_normalizer import from_bytes

    guesses = [m.encoding for m in from_bytes(data)][:5]
    candidates: dict[str, str] = {}
    # Fallbacks first, so a tie (the same text) is named by the usual code page.
    for encoding in [*_FALLBACK_ENCODINGS, *guesses]:
        if encoding in candidates:
            continue
        try:
            candidates[encoding] = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    if not candidates:
        return None
    best = max(candidates, key=lambda enc: _accented_word_score(candidates[enc]))
    return candidates[best], best


def _accented_word_score(text: str) -> float:
    """How word-like the accented words of a decoding are, in the text's language.

    Sum of wordfreq Zipf frequencies of words with a non-ASCII letter, minus a
    penalty for each one the language does not know: a wrong code page turns
    "São" into "Săo" or "SÒo", which are rare or unknown words.
    """
    import py3langid
    import wordfreq

    from .annotate._wordlist import zipf_frequency

    sample = text[:20_000]
    lang = py3langid.classify(sample)[0]
    if lang not in wordfreq.available_languages():
        return 0.0
    words = {w.casefold() for w in _NON_ASCII_WORD.findall(sample) if len(w) > 1}
    zipfs = [zipf_frequency(w, lang) for w in words]
    return sum(zipfs) - UNKNOWN_WORD_PENALTY * sum(1 for z in zipfs if z == 0)


def _bad_utf8(data: bytes, exc: UnicodeDecodeError, file: str) -> Problem:
    line = data[: exc.start].count(b"\n") + 1
    return Problem(
        "undecodable", f"cannot decode byte {data[exc.start]:#04x} at offset {exc.start}", file, line, hint="save the file as UTF-8"
    )


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    bad = sum(1 for c in sample if unicodedata.category(c) in ("Cc", "Co", "Cn") and c not in "\r\n\t\f")
    return bad > max(8, len(sample) // 20)


# --------------------------------------------------------------------------
# sidecar


class _SidecarLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML's safe loader (libyaml's when PyYAML has it: every build reads every
    sidecar), but dates stay text: ``_check_value`` validates them.

    PyYAML builds dates itself and raises a bare ValueError for an impossible
    one (``2026-02-30``); here that becomes a clear sidecar-bad-value.
    """


_SidecarLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_sidecar(path: Path, *, file: str) -> tuple[dict[str, Any], list[Problem]]:
    """Parse and validate a sidecar; bad keys are dropped and reported."""
    problems: list[Problem] = []
    try:
        data = path.read_bytes()
    except OSError as exc:
        return {}, [Problem("sidecar-unreadable", f"cannot read the sidecar: {exc.strerror}", file)]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return {}, [Problem("sidecar-unreadable", f"not UTF-8 (byte {data[exc.start]:#04x})", file, line, hint="save the sidecar as UTF-8")]
    try:
        node = yaml.compose(text, Loader=_SidecarLoader)
        data = yaml.load(text, Loader=_SidecarLoader)  # a SafeLoader subclass: plain data only
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(exc, "problem", None) or str(exc)
        return {}, [
            Problem("sidecar-syntax", f"not valid YAML: {problem}", file, line, hint="fix the YAML syntax; metadata is inferred until then")
        ]
    if data is None:
        return {}, problems
    if not isinstance(data, dict) or node is None or not hasattr(node, "value"):
        return {}, [
            Problem("sidecar-shape", "the sidecar must be a mapping of keys to values", file, 1, hint="write lines like 'title: …'")
        ]
    lines = {k.value: k.start_mark.line + 1 for k, _ in node.value if hasattr(k, "value")}
    clean: dict[str, Any] = {}
    for key, value in data.items():
        line = lines.get(key)
        if key not in SIDECAR_KEYS:
            known = ", ".join(SIDECAR_KEYS)
            problems.append(Problem("sidecar-unknown-key", f"unknown key {key!r}", file, line, hint=f"known keys: {known}"))
            continue
        if value is None:
            continue
        if not isinstance(value, SIDECAR_KEYS[key]) or isinstance(value, bool):
            problems.append(
                Problem("sidecar-bad-value", f"key {key!r} must be text, not {type(value).__name__}", file, line, hint="quote the value")
            )
            continue
        value, error = _check_value(key, value)
        if error:
            problems.append(Problem("sidecar-bad-value", f"key {key!r}: {error}", file, line))
            continue
        clean[key] = value
    return clean, problems


def _check_value(key: str, value: Any) -> tuple[Any, str]:
    if key == "published":
        if isinstance(value, _dt.datetime):
            value = value.date()
        if isinstance(value, _dt.date):
            return value.isoformat(), ""
        try:
            return _dt.datetime.fromisoformat(value.strip()).date().isoformat(), ""
        except ValueError:
            return None, f"{value!r} is not a date like 2024-05-31"
    value = value.strip()
    if key == "url" and not re.match(r"https?://[^\s<>\"']+$", value):
        return None, f"{value!r} is not an http(s) URL"
    if key in ("language", "translated_from") and not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", value):
        return None, f"{value!r} is not a language code like 'en' or 'pt-BR'"
    if key == "story" and not re.search(r"\w", value):
        return None, "a story needs a name"
    if not value:
        return None, "empty value"
    return value, ""


# --------------------------------------------------------------------------
# structure: lines, paragraphs, title, boilerplate


def lines(text: str) -> list[Line]:
    """Every line of the text, whatever its line endings."""
    out: list[Line] = []
    pos = 0
    for m in _LINE_BREAK.finditer(text):
        out.append(Line(pos, m.start()))
        pos = m.end()
    out.append(Line(pos, len(text)))
    return out


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph ranges, stripped of surrounding white space.

    Blank lines always separate paragraphs. A single line break separates
    them too, unless it is a hard wrap inside a paragraph: the line before it
    does not end a sentence and the next one continues in lower case, or the
    text is wrapped at a fixed width (e-mail, PDF copy) and the line before
    it runs to that width.
    """
    all_lines = lines(text)
    width = _wrap_width(text, all_lines)
    spans: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    previous = ""  # the previous non-blank line, stripped
    for line in all_lines:
        content = text[line.start : line.end]
        if not content.strip():
            if current:
                spans.append(current)
            current = None
            continue
        lstart = line.start + (len(content) - len(content.lstrip()))
        lend = line.start + len(content.rstrip())
        if current and (_is_wrapped(previous, text[lstart:lend]) or (width and _word_did_not_fit(previous, text[lstart:lend], width))):
            current = (current[0], lend)
            previous = text[lstart:lend]
            continue
        if current:
            spans.append(current)
        current = (lstart, lend)
        previous = text[lstart:lend]
    if current:
        spans.append(current)
    return spans


#: A text counts as hard-wrapped when no line is longer than this …
MAX_WRAP_WIDTH = 100
#: … and at least this share of its single line breaks look like wraps.
WRAP_SHARE = 0.4


def _wrap_width(text: str, all_lines: list[Line]) -> int | None:
    """The width a text was hard-wrapped at (e-mail, PDF copy), or None.

    A line wrapped at width W breaks where the next word would not have fit.
    When no line exceeds ~100 characters and many single line breaks are of
    that kind, the text is wrapped. Scraped articles with one paragraph per
    line have longer lines and are never taken as wrapped.
    """
    contents = [text[ln.start : ln.end].strip() for ln in all_lines]
    if sum(1 for c in contents if c) < 4:
        return None
    width = max(len(c) for c in contents)
    if width > MAX_WRAP_WIDTH:
        return None
    breaks = [(a, b) for a, b in itertools.pairwise(contents) if a and b]
    wraps = sum(1 for a, b in breaks if _word_did_not_fit(a, b, width))
    return width if wraps >= 2 and wraps >= WRAP_SHARE * len(breaks) else None


def _word_did_not_fit(before: str, after: str, width: int) -> bool:
    """Greedy wrapping at ``width`` would have moved ``after``'s first word down."""
    first_word = after.split(maxsplit=1)[0] if after.strip() else ""
    return len(before) + 1 + len(first_word) > width


def _is_wrapped(before: str, after: str) -> bool:
    return not _SENTENCE_END.search(before) and after[:1].islower()


@cache
def _boilerplate_patterns() -> list[tuple[str, re.Pattern[str]]]:
    data = load_yaml("boilerplate.yml")
    out = []
    for reason, patterns in data.items():
        flags = 0 if reason == "byline" else re.IGNORECASE
        out.extend((reason, re.compile(p, flags)) for p in patterns)
    return out


def boilerplate_reason(paragraph: str) -> str | None:
    """Why a paragraph is boilerplate ("promo", "credit", "byline"), or None."""
    text = paragraph.strip()
    # "(Photo: …)", "[Read also: …]": a bracketed line is matched inside its brackets too.
    inner = text[1:-1].strip() if len(text) > 2 and text[0] + text[-1] in ("()", "[]") else None
    for reason, pattern in _boilerplate_patterns():
        if pattern.search(text) or (inner and pattern.search(inner)):
            return reason
    return None


def _is_headline(text: str, *, has_more: bool) -> bool:
    """A first paragraph a reader would take for a headline."""
    words = _WORD.findall(text)
    if not has_more or not 2 <= len(words) <= MAX_TITLE_WORDS:
        return False
    stripped = text.rstrip()
    if stripped.endswith((".", "!", "?")) and not stripped.endswith(("...", "…")):
        # A headline rarely ends with a full stop; a lede sentence does.
        return False
    if _QUOTE_HEADLINE.match(text):
        return True  # "“It came down like thunder”: town mourns": a quote, a colon, the news
    return not text.lstrip().startswith(("“", '"', "«", "„", "-", "—"))


#: A headline that opens on a short quote closed before a colon or a dash; a
#: lede that opens on a quote goes on with its attribution ("“…,” the mayor said").
_QUOTE_HEADLINE = re.compile(r"\s*[“\"«„]\s*[^“”\"«»„\n]{1,120}?\s*[”\"»“]\s*(?::|[–—]|-(?=\s))\s+\S")


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def structure(text: str) -> tuple[list[Span], dict[str, Any], list[str]]:
    """Blocks (title/body/boilerplate) and inferred metadata for a raw text.

    Returns (blocks, inferred metadata, notes). Pure: depends on text only.
    """
    paras = paragraphs(text)
    blocks: list[Span] = []
    inferred: dict[str, Any] = {}
    notes: list[str] = []
    title_span: tuple[int, int] | None = None
    kinds: list[tuple[str, dict[str, Any]]] = []
    for start, end in paras:
        reason = boilerplate_reason(text[start:end])
        kinds.append(("boilerplate", {"reason": reason}) if reason else ("body", {}))

    # Title: the first non-boilerplate paragraph, if it reads like a headline.
    for i, (start, end) in enumerate(paras):
        if kinds[i][0] == "boilerplate":
            continue
        has_more = any(k == "body" for k, _ in kinds[i + 1 :])
        if _is_headline(text[start:end], has_more=has_more):
            title_span = (start, end)
            kinds[i] = ("title", {})
        break

    # Credit lines: "Source: X" gives the outlet; so does "… – Outlet" closing
    # the last paragraph. A last paragraph repeating the headline is boilerplate.
    title_norm = _norm(text[title_span[0] : title_span[1]]) if title_span else ""
    for i in range(len(paras) - 1, -1, -1):
        start, end = paras[i]
        para = text[start:end]
        kind, attrs = kinds[i]
        if kind == "title":
            break
        m = re.match(r"(?i)\s*(?:source|sources|fonte|fuente|quelle)\s*:\s*(.+?)\s*$", para)
        if m and kind == "boilerplate":
            inferred.setdefault("outlet", m.group(1).strip(" .").strip())
            continue
        dash = _DASH_CREDIT.search(para)
        if dash and title_norm and _norm(para[: dash.start()]) == title_norm:
            kinds[i] = ("boilerplate", {"reason": "repeated-title"})
            inferred.setdefault("outlet", dash.group("outlet").strip())
            continue
        if title_norm and _norm(para) == title_norm:
            kinds[i] = ("boilerplate", {"reason": "repeated-title"})
            continue
        others_body = any(k == "body" for j, (k, _) in enumerate(kinds) if j != i)
        if dash and len(_WORD.findall(para)) <= MAX_TITLE_WORDS and kind == "body" and i == len(paras) - 1 and others_body:
            kinds[i] = ("boilerplate", {"reason": "credit"})
            inferred.setdefault("outlet", dash.group("outlet").strip())
            continue
        if kind == "boilerplate":
            continue
        break

    for (start, end), (kind, attrs) in zip(paras, kinds, strict=True):
        blocks.append(Span(start, end, kind, attrs))

    if title_span:
        inferred["title"] = " ".join(text[title_span[0] : title_span[1]].split())
    else:
        body = [b for b in blocks if b.label == "body"]
        # A first paragraph of only punctuation ("...") derives an empty title.
        inferred["title"] = (derive_title(text[body[0].start : body[0].end]) if body else "") or "Untitled article"
        notes.append("no headline found; the title was derived from the first sentence")
    if "outlet" in inferred:
        inferred["outlet"] = " ".join(inferred["outlet"].split())
    return blocks, inferred, notes


def derive_title(paragraph: str, *, max_words: int = 12) -> str:
    """A readable stand-in title from the opening of the first paragraph."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", paragraph.strip(), maxsplit=1)[0]
    first = first.rstrip(" .")
    words = first.split()
    if len(words) <= max_words:
        return first
    cut = " ".join(words[:max_words])
    # Prefer ending at a clause boundary when there is one in the cut.
    m = re.match(r"(.{25,}?)[,;:]\s", cut)
    return (m.group(1) if m else cut.rstrip(",;:")) + " …"


# --------------------------------------------------------------------------
# slugs and the top level


#: Latin letters that Unicode does not decompose into a base letter + accent.
_TRANSLIT = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "SS",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
        "ı": "i",
    }
)


def slugify(name: str) -> str:
    """ASCII, lower case, hyphens: readable in a URL and safe as a path part."""
    text = unicodedata.normalize("NFKD", name.translate(_TRANSLIT))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text[:80].strip("-") or "article"


def unique_slugs(names: Iterable[str]) -> dict[str, str]:
    """File name → slug, unique: a clash gets a short hash of the file name.

    The hash (not a counter) keeps every slug independent of which other
    files exist, so adding a file never renames another article's page.
    """
    names = sorted(set(names))
    base = {n: slugify(Path(n).stem) for n in names}
    counts: dict[str, int] = {}
    for slug in base.values():
        counts[slug] = counts.get(slug, 0) + 1
    out = {}
    for n in names:
        slug = base[n]
        if counts[slug] > 1 or slug in ("index", "article"):
            slug = f"{slug}-{hashlib.sha256(Path(n).name.encode()).hexdigest()[:6]}"
        out[n] = slug
    return out


def _refuse_path(path: Path, source: str) -> Problem | None:
    """A reason not to read ``path`` at all: a link out of its folder, not a file, too big."""
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(path.parent.resolve()):
            return Problem(
                "outside-corpus",
                f"the file is a link to {target}, outside the article folder",
                source,
                hint="copy the article into the folder instead of linking to it",
            )
    if path.exists() and not path.is_file():
        return Problem("not-a-file", "this is a folder or a special file, not an article", source, hint="rename or remove it")
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            return Problem(
                "too-large",
                f"the file is {size / 1e6:.1f} MB; articles over {MAX_ARTICLE_BYTES / 1e6:.0f} MB are not analysed",
                source,
                hint="a news article is rarely over 100 kB: is this several articles or a page dump? Save one article per file",
            )
    return None


def misnamed_sidecars(path: Path) -> list[Path]:
    """Where people put a sidecar by mistake: other spellings of ``.yml``."""
    return [path.with_suffix(suffix) for suffix in (".yaml", ".YML", ".YAML", ".Yml")]


def ingest_file(path: Path, *, source: str, slug: str) -> tuple[Article | None, list[Problem]]:
    """Read one article file (and its sidecar). Never raises for bad input."""
    problems: list[Problem] = []
    refused = _refuse_path(path, source)
    if refused:
        return None, [refused]
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem("unreadable", f"cannot read the file: {exc.strerror}", source)]
    try:
        raw, encoding, warnings = decode(data, file=source)
    except IngestError as exc:
        return None, [exc.problem]
    mojibake = mojibake_problem(raw, file=source)
    if mojibake:
        warnings.append(mojibake)
    problems.extend(warnings)

    sidecar_path = path.with_suffix(".yml")
    sidecar: dict[str, Any] = {}
    digest = hashlib.sha256(data)
    if sidecar_path.exists():
        sidecar_source = str(Path(source).with_suffix(".yml"))
        refused = _refuse_path(sidecar_path, sidecar_source)
        if refused:
            problems.append(refused)
        else:
            sidecar, sidecar_problems = read_sidecar(sidecar_path, file=sidecar_source)
            problems.extend(sidecar_problems)
            with contextlib.suppress(OSError):
                digest.update(b"\0sidecar\0" + sidecar_path.read_bytes())
    else:
        misnamed = next((c for c in misnamed_sidecars(path) if c.is_file()), None)
        if misnamed is not None:
            problems.append(
                Problem(
                    "sidecar-name",
                    f"found {misnamed.name} but sidecars are read only from {sidecar_path.name}; it is ignored",
                    str(Path(source).with_name(misnamed.name)),
                    level="warning",
                    hint=f"rename it to {sidecar_path.name}",
                )
            )

    blocks, inferred, notes = structure(raw)
    fields = {**inferred, **sidecar}
    meta = Metadata(**{k: v for k, v in fields.items() if k in SIDECAR_KEYS})
    meta.inferred = sorted(k for k in inferred if k not in sidecar)
    if "title" in sidecar:
        notes = [n for n in notes if "title" not in n]
    article = Article(
        id=slug,
        source=source,
        raw=raw,
        meta=meta,
        encoding=encoding,
        sha256=digest.hexdigest(),
        blocks=blocks,
        warnings=notes + [p.message for p in warnings],
    )
    return article, problems
