"""The web UI and JSON API (`casewatch serve`): server-rendered pages, each with a JSON twin."""

from __future__ import annotations


def serve(db_target: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the web app with uvicorn until interrupted; at Ctrl+C, requests still running get a few
    seconds (a search stops at its own time limit) before they are cut off."""
    import uvicorn

    from casewatch.settings import search_seconds
    from casewatch.web.app import create_app

    app = create_app(db_target, search_seconds=search_seconds())
    uvicorn.run(app, host=host, port=port, log_level="info", timeout_graceful_shutdown=10)
