"""The web UI and JSON API (`casewatch serve`): server-rendered pages, each with a JSON twin."""

from __future__ import annotations


def serve(db_target: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the web app with uvicorn until interrupted."""
    import uvicorn

    from casewatch.web.app import create_app

    uvicorn.run(create_app(db_target), host=host, port=port, log_level="info")
