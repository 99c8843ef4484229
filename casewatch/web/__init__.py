"""The web UI and JSON API (`casewatch serve`): server-rendered pages, each with a JSON twin."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casewatch.web.auth import Access


def serve(db_target: str, access: Access, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the web app with uvicorn until interrupted."""
    import uvicorn

    from casewatch.web.app import create_app

    uvicorn.run(create_app(db_target, access=access), host=host, port=port, log_level="info")
