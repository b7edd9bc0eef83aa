"""Write the generated site as plain Markdown with its own mkdocs.yml, free of mentorbook.

Why: an organisation can move to another engine that reads mkdocs.yml (MkDocs alone,
Zensical) without mentorbook, or keep the pages in a wiki.
"""

from __future__ import annotations

import importlib.util
import io
import shutil
from pathlib import Path
from typing import Any

from mentorbook.project import Project
from mentorbook.schema.assets import published_assets
from mentorbook.schema.loader import load_content
from mentorbook.schema.models.base import ASSETS_FOLDER
from mentorbook.schema.yaml_reader import new_yaml
from mentorbook.site.generate import GeneratedSite, generate_site
from mentorbook.site.output import EXPORT, refuse_foreign_folder, replacing
from mentorbook.site.settings import language_folder, theme_settings, theme_text
from mentorbook.translations.project import hub_in_language

EXPORT_HEADER = "# Exported by mentorbook: plain Markdown pages, no mentorbook plugin needed.\n"
DOCS = "docs"
_TAKEN_FROM_PROJECT = ("markdown_extensions",)


def export_site(project: Project, out_dir: Path) -> int:
    """Write the pages, pictures, workbooks and assets into `out_dir`; return the page count.

    A hub in several languages is exported as one project per language: the default in
    `out_dir`, each other one in `out_dir/<lang>/`, with its own mkdocs.yml. Every
    language is generated before anything is written.
    """
    refuse_foreign_folder(out_dir, EXPORT)
    loaded = load_content(project.content_dir)
    languages = loaded.settings.hub_languages
    from_project = project_settings(project)
    exports = []
    for language in languages:
        hub = hub_in_language(project, loaded, language)
        site = generate_site(project, hub, None if language == languages[0] else language)
        config = export_config(site, hub.settings, from_project, language)
        exports.append((language_folder(language, languages), site, config))
    with replacing(out_dir, EXPORT) as staging:
        for folder, site, config in exports:
            write_export(staging / folder, site, config, project.content_dir)
    return sum(len(site.plan.pages) for _, site, _ in exports)


def project_settings(project: Project) -> dict[str, Any]:
    """The settings of the project's mkdocs.yml that pages rely on, such as Markdown extensions."""
    loaded = new_yaml().load(project.mkdocs_yml.read_text(encoding="utf-8")) or {}
    taken = {key: loaded[key] for key in _TAKEN_FROM_PROJECT if key in loaded}
    features = (loaded.get("theme") or {}).get("features")
    if features:
        taken["theme_features"] = features
    return taken


def export_config(
    site: GeneratedSite, settings: Any, from_project: dict[str, Any], language: str | None = None
) -> dict[str, Any]:
    """The exported mkdocs.yml: the plugin's settings written out, with search as the only plugin."""
    from_project = dict(from_project)
    theme = {"name": "material", **theme_settings(settings, material_languages(), language)}
    if "theme_features" in from_project:
        theme["features"] = from_project.pop("theme_features")
    return {
        "site_name": theme_text(settings.site_name),
        "copyright": theme_text(settings.organisation),
        "docs_dir": DOCS,
        "site_dir": "site",
        "use_directory_urls": False,
        "theme": theme,
        "nav": site.plan.nav(),
        "plugins": ["search"],
        **from_project,
    }


def material_languages() -> set[str]:
    """The languages the installed Material theme is translated into."""
    spec = importlib.util.find_spec("material")
    assert spec is not None and spec.submodule_search_locations is not None
    folder = Path(next(iter(spec.submodule_search_locations))) / "templates" / "partials"
    return {path.stem for path in (folder / "languages").glob("*.html")}


def write_export(
    folder: Path, site: GeneratedSite, config: dict[str, Any], content_dir: Path
) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    docs = folder / DOCS
    for uri, content in site.files.items():
        path = docs / uri
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    for uri, path in published_assets(content_dir).files():
        target = docs / ASSETS_FOLDER / uri
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    text = io.StringIO()
    new_yaml().dump(config, text)
    (folder / "mkdocs.yml").write_text(EXPORT_HEADER + text.getvalue(), encoding="utf-8")
