"""Template knowledge as data: one vocabulary file per record kind, loaded and validated here.

Takes `pipeline/data/vocabulary/<kind>.json` (the words and patterns of board papers: column
synonyms, labels, status words, decision verbs, phase names, reference patterns, headings) and
any files a user adds with `ingest --vocabulary FILE`; yields one frozen dataclass per kind,
declared by the extractor that reads it:

    @dataclass(frozen=True)
    class ActionWords:
        columns: dict[str, tuple[str, ...]]
        closed_status: tuple[str, ...]

    WORDS = vocabulary.loader("actions", ActionWords)   # WORDS() -> ActionWords

A user's file names the kinds it extends at its top level (`{"actions": {"columns": {"owner":
["accountable"]}}}`): lists are extended, mappings merged key by key, single values replaced.
Every error names the file and the bad key ('actions.columns.ownr'), so a typo is found at load
time, never by a silent miss. A field whose name ends in `_patterns` or `_pattern` holds
regular expressions, compiled here so that a bad one is reported with its key.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import types
import typing
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

DATA = Path(__file__).resolve().parent / "data" / "vocabulary"

T = TypeVar("T")

_user_files: tuple[Path, ...] = ()
_loaders: list[Callable[[], Any]] = []
_derived: list[Callable[..., Any]] = []


def derived(maxsize: int | None = None) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """A cache for what is worked out from the vocabularies (compiled patterns, look-up tables,
    answers for a label), cleared with them when the user's files are added (`use_files`)."""

    def wrap(function: Callable[..., T]) -> Callable[..., T]:
        cached = functools.lru_cache(maxsize=maxsize)(function)
        _derived.append(cached)
        return cached

    return wrap


class VocabularyError(ValueError):
    """A vocabulary file that cannot be used; the message names the file and the key."""


def use_files(paths: list[str | Path] | tuple[str | Path, ...]) -> None:
    """Add the user's vocabulary files to every kind's defaults (for this process and its forks)."""
    global _user_files
    _user_files = tuple(Path(p) for p in paths)
    for load in [*_loaders, *_derived]:
        load.cache_clear()  # type: ignore[attr-defined]
    for path in _user_files:
        validate_user_file(path)
    load_all()  # now, so a bad key stops the run before any file is read


def load_all() -> None:
    """Load every kind whose module is imported (each once: a kind already loaded costs nothing)."""
    for load in _loaders:
        load()


def user_files() -> tuple[Path, ...]:
    return _user_files


def loader(kind: str, schema: type[T]) -> Callable[[], T]:
    """A cached function returning the vocabulary `kind` as an instance of `schema`."""

    @cache
    def load() -> T:
        return load_kind(kind, schema)

    _loaders.append(load)
    SCHEMAS[kind] = schema
    return load


SCHEMAS: dict[str, type] = {}


def load_kind(kind: str, schema: type[T]) -> T:
    path = DATA / f"{kind}.json"
    data = read_json(path)
    check_keys(data, schema, kind, path)
    for user_path in _user_files:
        extra = read_json(user_path).get(kind)
        if extra is None:
            continue
        if not isinstance(extra, dict):
            raise VocabularyError(f"{user_path}: '{kind}' should be a mapping of vocabulary keys")
        check_keys(extra, schema, kind, user_path)
        check_values(extra, schema, kind, user_path)  # so that an error names the user's file
        data = merge(data, extra)
    return build(schema, data, kind, path)


def read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise VocabularyError(f"{path}: no such vocabulary file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise VocabularyError(f"{path}: not a readable JSON file ({error})") from None
    if not isinstance(data, dict):
        raise VocabularyError(f"{path}: the top level should be a mapping of keys")
    return data


def validate_user_file(path: Path) -> None:
    """A user's file may only name known kinds; the rest is checked when the kind loads."""
    data = read_json(path)
    known = sorted(p.stem for p in DATA.glob("*.json"))
    for kind in data:
        if kind not in known:
            raise VocabularyError(f"{path}: unknown vocabulary kind '{kind}' (known: {', '.join(known)})")


def check_keys(data: dict, schema: type, kind: str, path: Path) -> None:
    fields = {f.name for f in dataclasses.fields(schema)}
    for key in data:
        if key not in fields and not key.startswith("_"):  # '_comment' keys document the file
            raise VocabularyError(f"{path}: unknown key '{kind}.{key}' (expected one of: {', '.join(sorted(fields))})")


def check_values(data: dict, schema: type, kind: str, path: Path) -> None:
    hints = typing.get_type_hints(schema)
    for key, value in data.items():
        if key in hints:
            converted = convert(value, hints[key], f"{kind}.{key}", path)
            if key.endswith(("_patterns", "_pattern")):
                compile_patterns(converted, f"{kind}.{key}", path)


def merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + [value for value in extra if value not in base]
    return extra


def build(schema: type[T], data: dict, kind: str, path: Path) -> T:
    hints = typing.get_type_hints(schema)
    values = {}
    for field in dataclasses.fields(schema):  # type: ignore[arg-type]
        key = f"{kind}.{field.name}"
        if field.name not in data:
            if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
                raise VocabularyError(f"{path}: missing key '{key}'")
            continue
        values[field.name] = convert(data[field.name], hints[field.name], key, path)
        if field.name.endswith(("_patterns", "_pattern")):
            compile_patterns(values[field.name], key, path)
    return schema(**values)


def convert(value: Any, hint: Any, key: str, path: Path) -> Any:
    """JSON value -> the field's declared type (tuples for lists), or an error naming the key."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Union or origin is types.UnionType:
        if value is None and type(None) in args:
            return None
        hint = next(a for a in args if a is not type(None))
        origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is tuple:
        if not isinstance(value, list):
            raise VocabularyError(f"{path}: '{key}' should be a list")
        return tuple(convert(v, args[0], f"{key}[{i}]", path) for i, v in enumerate(value))
    if origin is dict:
        if not isinstance(value, dict):
            raise VocabularyError(f"{path}: '{key}' should be a mapping")
        return {str(k): convert(v, args[1], f"{key}.{k}", path) for k, v in value.items()}
    expected = hint if isinstance(hint, type) else object
    if expected is float and isinstance(value, int):
        return float(value)
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        raise VocabularyError(
            f"{path}: '{key}' should be {getattr(expected, '__name__', expected)}, not {type(value).__name__} {value!r}"
        )
    return value


def compile_patterns(value: Any, key: str, path: Path) -> None:
    items = value.values() if isinstance(value, dict) else value if isinstance(value, tuple) else (value,)
    for index, pattern in enumerate(items):
        if isinstance(pattern, tuple):
            compile_patterns(pattern, f"{key}[{index}]", path)
            continue
        try:
            re.compile(pattern)
        except re.error as error:
            raise VocabularyError(f"{path}: '{key}' holds a bad regular expression {pattern!r}: {error}") from None


def phrase_pattern(phrases: tuple[str, ...] | list[str]) -> re.Pattern:
    """One case-insensitive pattern matching any of the phrases as whole words, longest first."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    return re.compile(rf"(?<![\w]){'(?:' + body + ')' if body else '(?!)'}(?![\w])", re.I)
