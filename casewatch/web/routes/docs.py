"""`/docs`: the JSON API described from its own OpenAPI document, as a plain page (no scripts)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from casewatch.web.render import page

router = APIRouter()


def _type(schema: dict[str, Any]) -> str:
    """A parameter's type in words; optional ones are `anyOf` [type, null]."""
    kinds = [s.get("type", "") for s in schema.get("anyOf", [schema])]
    return " or ".join(k for k in kinds if k and k != "null")


def _operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    ops = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [
                {
                    "name": p["name"],
                    "where": p["in"],
                    "required": p.get("required", False),
                    "about": p.get("description") or _type(p.get("schema", {})),
                }
                for p in op.get("parameters", [])
            ]
            about = op.get("description") or op.get("summary", "")
            tag = (op.get("tags") or ["other"])[0]
            ops.append({"method": method.upper(), "path": path, "about": about, "params": params, "tag": tag})
    return sorted(ops, key=lambda o: (o["tag"], o["path"], o["method"]))


@router.get("/docs", response_class=HTMLResponse, include_in_schema=False)
def docs_page(request: Request) -> HTMLResponse:
    return page(request, "docs.html", None, operations=_operations(request.app.openapi()))
