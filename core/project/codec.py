"""Domain objects as the JSON a project file stores, and back (msgspec's typed decoder
first, a field-by-field reading for rows an older version wrote)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import msgspec

T = TypeVar("T")


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def encode(obj: Any) -> Any:
    """A frozen dataclass (or value inside one) as plain JSON data."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: encode(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dt.date):
        return obj.isoformat()
    if isinstance(obj, tuple | list):
        return [encode(x) for x in obj]
    if isinstance(obj, Mapping):
        return {str(k): encode(v) for k, v in obj.items()}
    return obj


@functools.cache
def field_types(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def decode_value(tp: Any, value: Any) -> Any:
    convert = _converter(tp)
    return value if value is None or convert is None else convert(value)


@functools.cache
def _converter(tp: Any) -> Callable[[Any], Any] | None:
    """How a JSON value becomes a value of type ``tp`` (None: as it is). Worked out once per
    type, so reading 100,000 claims does not ask ``typing`` about every field of each."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _converter(args[0]) if len(args) == 1 else None
    if origin is tuple:
        inner = _converter(typing.get_args(tp)[0])
        if inner is None:
            return tuple
        return lambda v: tuple(x if x is None else inner(x) for x in v)
    if tp is dt.date:
        return dt.date.fromisoformat
    if tp is float:
        return float
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return functools.partial(decode, tp)
    return None


@functools.cache
def typed_decoder(cls: Any) -> msgspec.json.Decoder[Any]:
    return msgspec.json.Decoder(cls)


def decode_row(cls: type[T], text: str) -> T:
    """One stored row as its dataclass: msgspec's typed decoder (C speed), falling back to
    ``decode`` for a row an older version wrote that the strict reading refuses."""
    try:
        return typing.cast(T, typed_decoder(typing.cast(Any, cls)).decode(text))
    except msgspec.ValidationError:
        return decode(cls, json.loads(text))


@functools.cache
def _plan(cls: Any) -> tuple[tuple[str, Callable[[Any], Any] | None], ...]:
    hints = field_types(cls)
    return tuple((f.name, _converter(hints[f.name])) for f in dataclasses.fields(cls))


def decode(cls: type[T], data: Mapping[str, Any]) -> T:
    """The inverse of ``encode``; fields missing from older files take their defaults."""
    kwargs = {}
    for name, convert in _plan(typing.cast(Any, cls)):
        if name in data:
            value = data[name]
            kwargs[name] = value if value is None or convert is None else convert(value)
    return cls(**kwargs)


def dumps(obj: Any) -> str:
    return json.dumps(encode(obj), ensure_ascii=False, separators=(",", ":"))
