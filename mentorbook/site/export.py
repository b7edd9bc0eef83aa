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
from mentorbook.site.settings import theme_settings, theme_text

EXPORT_HEADER = "# Exported by mentorbook: plain Markdown pages, no mentorbook plugin needed.\n"
DOCS = "docs"
_TAKEN_FROM_PROJECT = ("markdown_extensions",)


def export_site(project: Project, out_dir: Path) -> int:
    """Write the pages, pictures, workbooks and assets into `out_dir`; return the page count."""
    refuse_foreign_folder(out_dir, EXPORT)
    hub = load_content(project.content_dir)
    site = generate_site(project, hub)
    config = export_config(site, hub.settings, project_settings(project))
    with replacing(out_dir, EXPORT) as staging:
        write_export(staging, site, config, project.content_dir)
    return len(site.plan.pages)


def project_settings(project: Project) -> dict[str, Any]:
    """The settings of the project's mkdocs.yml that pages rely on, such as Markdown extensions."""
    loaded = new_yaml().load(project.mkdocs_yml.read_text(encoding="utf-8")) or {}
    taken = {key: loaded[key] for key in _TAKEN_FROM_PROJECT if key in loaded}
    features = (loaded.get("theme") or {}).get("features")
    if features:
        taken["theme_features"] = features
    return taken


def export_config(
    site: GeneratedSite, settings: Any, from_project: dict[str, Any]
) -> dict[str, Any]:
    """The exported mkdocs.yml: the plugin's settings written out, with search as the only plugin."""
    from_project = dict(from_project)
    theme = {"name": "material", **theme_settings(settings, material_languages())}
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
