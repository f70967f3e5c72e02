"""FastAPI app: the same pages served live, plus JSON."""

from .app import create_app

__all__ = ["create_app"]
