"""The JSON Schema of content and plan files, for editors that autocomplete YAML."""

from __future__ import annotations

from typing import Any

from pydantic.json_schema import models_json_schema

from mentorbook.schema.loader import COLLECTIONS
from mentorbook.schema.models import Glossary, HubSettings
from mentorbook.schema.models.plan import Plan

SCHEMA_FILE_NAME = "mentorbook.schema.json"


def file_models() -> list[type[Any]]:
    """Every model a whole file is validated against."""
    return [HubSettings, Glossary, *(c.model for c in COLLECTIONS), Plan]


def build_schema() -> dict[str, Any]:
    """One schema that accepts any content or plan file: one branch per kind of file."""
    models = file_models()
    references, schema = models_json_schema(
        [(model, "validation") for model in models], ref_template="#/$defs/{model}"
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "mentorbook content and plan files",
        "description": "A file in content/ or plans/ of a mentorbook project.",
        "anyOf": [references[(model, "validation")] for model in models],
        "$defs": schema["$defs"],
    }
