"""The web UI and JSON API (`casewatch serve`): server-rendered pages, each with a JSON twin."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casewatch.web.auth import Access


def serve(db_target: str, access: Access, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the web app with uvicorn until interrupted; at Ctrl+C, requests still running get a few
    seconds (a search stops at its own time limit) before they are cut off."""
    import uvicorn

    from casewatch.settings import search_seconds
    from casewatch.web.app import create_app

    app = create_app(db_target, access=access, search_seconds=search_seconds())
    uvicorn.run(app, host=host, port=port, log_level="info", timeout_graceful_shutdown=10)
