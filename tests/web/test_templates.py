"""Every page's template is compiled when the server starts, not at its first visit."""

from __future__ import annotations

from fastapi.testclient import TestClient

from casewatch.web.app import create_app
from casewatch.web.render import TEMPLATES, compile_templates, templates


def test_the_server_start_compiles_every_template(tmp_path):  # type: ignore[no-untyped-def]
    compile_templates.cache_clear()
    templates.cache_clear()
    with TestClient(create_app(str(tmp_path / "db.sqlite"))):
        cache = templates().env.cache
        assert cache is not None
        held = {name for (_loader, name) in cache}
        assert held >= {path.name for path in TEMPLATES.glob("*.html")}
    assert compile_templates() == len(list(TEMPLATES.glob("*.html")))
