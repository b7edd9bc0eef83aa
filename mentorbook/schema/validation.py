"""Turn a parsed document (or a roster's row) into a model, mapping every pydantic error to
a sentence of messages.yaml and to the place it is about."""

from __future__ import annotations

import types
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from mentorbook.errors import Problem
from mentorbook.schema.messages import closest, describe, message, suggestion
from mentorbook.schema.yaml_reader import Document

ModelT = TypeVar("ModelT", bound=BaseModel)


def validate_document(
    document: Document, model: type[ModelT]
) -> tuple[ModelT | None, list[Problem]]:
    """Validate `document` as `model`; return the instance, or None and every problem found."""
    if not isinstance(document.data, dict):
        found = describe(document.data)
        return None, [Problem(document.display, 1, 1, "", message("not_a_mapping", found=found))]
    instance, errors = validate_values(document.data, model)
    return instance, [
        document.problem(error.location, error.message, at_key=error.at_key) for error in errors
    ]


@dataclass(frozen=True)
class FieldError:
    """One thing wrong with a value, as a sentence, and the path to the value inside the data."""

    location: tuple[str | int, ...]
    message: str
    at_key: bool = False
    """The key itself is wrong (an unknown field), not its value."""


def validate_values(
    data: Mapping[str, Any],
    model: type[ModelT],
    *,
    context: dict[str, Any] | None = None,
    messages: Mapping[str, str] | None = None,
) -> tuple[ModelT | None, list[FieldError]]:
    """Validate `data` as `model` (with the validation `context` its checks read); return
    the instance, or None and every error found.

    `messages` names, by pydantic error type, a message of messages.yaml to say instead of
    the usual one: a spreadsheet's cell, say, is "empty" where a file's field is "required".
    """
    try:
        return model.model_validate(data, context=context), []
    except ValidationError as error:
        return None, _field_errors(error, model, messages or {})


def _field_errors(
    error: ValidationError, model: type[BaseModel], messages: Mapping[str, str]
) -> list[FieldError]:
    located = [(_location(detail, model), detail) for detail in error.errors(include_url=False)]
    misspelt = _misspelt_fields(located, model)
    errors: dict[tuple[str | int, ...], FieldError] = {}
    for location, detail in located:
        # A field reported missing because its key is misspelt: the unknown key's
        # "did you mean" already says what to do.
        if detail["type"] == "missing" and location in misspelt:
            continue
        # A union reports one error per branch at the same place; the first says enough.
        if location not in errors:
            errors[location] = _field_error(detail, location, model, messages)
    return list(errors.values())


def _location(detail: ErrorDetails, model: type[BaseModel]) -> tuple[str | int, ...]:
    """The YAML path of an error; a model validator may point deeper with `at` in its context."""
    deeper = tuple((detail.get("ctx") or {}).get("at", ()))
    return _field_location(detail["loc"], model) + deeper


def _misspelt_fields(
    located: list[tuple[tuple[str | int, ...], ErrorDetails]], model: type[BaseModel]
) -> set[tuple[str | int, ...]]:
    """Locations of the fields that unknown keys are near misses of."""
    misspelt: set[tuple[str | int, ...]] = set()
    for location, detail in located:
        if detail["type"] != "extra_forbidden":
            continue
        owner = _model_at(model, location[:-1])
        intended = closest(str(location[-1]), owner.model_fields if owner else [])
        if intended is not None:
            misspelt.add((*location[:-1], intended))
    return misspelt


def _field_error(
    detail: ErrorDetails,
    location: tuple[str | int, ...],
    model: type[BaseModel],
    messages: Mapping[str, str],
) -> FieldError:
    kind = messages.get(detail["type"], detail["type"])
    context: dict[str, Any] = dict(detail.get("ctx") or {})
    values: dict[str, Any] = {**context, "found": describe(detail.get("input"))}
    if kind == "extra_forbidden":
        field = str(location[-1])
        owner = _model_at(model, location[:-1])
        fields = list(owner.model_fields) if owner else []
        values.update(field=field, suggestion=suggestion(field, fields))
        return FieldError(location, message(kind, **values), at_key=True)
    if kind == "value_error":
        values["error"] = str(context.get("error", detail["msg"]))
    if kind not in {"value_error"} and message(kind) == message("unknown"):
        values["error"] = detail["msg"][:1].lower() + detail["msg"][1:]
    return FieldError(location, message(kind, **values))


def _field_location(
    location: tuple[str | int, ...], model: type[BaseModel]
) -> tuple[str | int, ...]:
    """Drop the steps pydantic adds for union branches and tagged types; keep the YAML path."""
    kept: list[str | int] = []
    current: Any = model
    for step in location:
        if isinstance(step, int):
            kept.append(step)
            continue
        owner = _unwrap_model(current)
        if owner is not None and step in owner.model_fields:
            kept.append(step)
            current = owner.model_fields[step].annotation
        elif owner is not None and not _is_branch_name(step):
            kept.append(step)  # an unknown key: keep it so the error points at it
        elif get_origin(current) is dict and not _is_branch_name(step):
            kept.append(step)  # a key of a mapping keyed by ids, such as a plan's `signed`
            current = get_args(current)[1]
    return tuple(kept)


def _is_branch_name(step: str) -> bool:
    # pydantic names union branches after their type: 'str', 'none', 'list[str]', 'function-after[...]'
    return step in {"str", "none", "int", "bool", "date", "float"} or "[" in step


def _model_at(model: type[BaseModel], location: tuple[str | int, ...]) -> type[BaseModel] | None:
    current: Any = model
    for step in location:
        if isinstance(step, int):
            continue
        owner = _unwrap_model(current)
        if owner is None or step not in owner.model_fields:
            return None
        current = owner.model_fields[step].annotation
    return _unwrap_model(current)


def _unwrap_model(annotation: Any) -> type[BaseModel] | None:
    """Find the model class inside `list[X]`, `X | None`, `Annotated[X, ...]` and the like."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = get_origin(annotation)
    if origin in (list, Union, types.UnionType, Annotated, dict):
        for argument in get_args(annotation):
            found = _unwrap_model(argument)
            if found is not None:
                return found
    return None
