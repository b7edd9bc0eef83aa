"""Which values of the content translators translate, found from the models' field types.

Why the types decide: a field typed Text or Markdown (see schema/models/base.py) holds
words; ids, slugs, references, numbers, dates, colours and URLs have other types and are
never messages. One walk over the models finds the texts, and the same walk replaces them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel

from mentorbook.schema.models.base import Translatable
from mentorbook.schema.yaml_reader import Location

Translate = Callable[[Location, str, Translatable], str]
"""Gives the text at a location, of a field of that kind, in the other language."""


@dataclass(frozen=True)
class FieldText:
    location: Location
    """Where the text is inside its file, such as ('responsibilities', 2)."""
    text: str
    kind: Translatable


def field_texts(model: BaseModel) -> Iterator[FieldText]:
    """Every translatable text of `model` and the models inside it, in the order of the file."""
    found: list[FieldText] = []

    def collect(location: Location, text: str, kind: Translatable) -> str:
        found.append(FieldText(location, text, kind))
        return text

    translated(model, collect)
    return iter(found)


def translated(model: BaseModel, translate: Translate) -> Any:
    """`model` with every translatable text replaced by what `translate` gives for it."""
    return _replace(model, None, [], (), translate)


def _replace(
    value: Any, annotation: Any, metadata: list[Any], location: Location, translate: Translate
) -> Any:
    if isinstance(value, BaseModel):
        changes = {}
        for name, info in type(value).model_fields.items():
            current = getattr(value, name)
            if current is None:
                continue
            new = _replace(current, info.annotation, info.metadata, (*location, name), translate)
            if new is not current:
                changes[name] = new
        return value.model_copy(update=changes) if changes else value
    if isinstance(value, str):
        kind = _marker(annotation, metadata)
        return value if kind is None else translate(location, value, kind)
    if isinstance(value, list):
        item_type = _item_type(annotation)
        items = [
            _replace(item, item_type, [], (*location, index), translate)
            for index, item in enumerate(value)
        ]
        return (
            items if any(new is not old for new, old in zip(items, value, strict=True)) else value
        )
    return value


def _marker(annotation: Any, metadata: list[Any]) -> Translatable | None:
    """The Translatable marker on a field's type, looking through `X | None` and Annotated."""
    for item in metadata:
        if isinstance(item, Translatable):
            return item
    origin = get_origin(annotation)
    if origin is Annotated:
        base, *extra = get_args(annotation)
        return _marker(base, extra)
    if origin in (Union, UnionType):
        for option in get_args(annotation):
            found = _marker(option, [])
            if found is not None:
                return found
    return None


def _item_type(annotation: Any) -> Any:
    """The type of a list's items, looking through `list[X] | None` and Annotated."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _item_type(get_args(annotation)[0])
    if origin in (Union, UnionType):
        for option in get_args(annotation):
            if get_origin(option) in (list, tuple) or get_origin(option) is Annotated:
                return _item_type(option)
        return None
    if origin in (list, tuple):
        return get_args(annotation)[0]
    return None
