"""The web face of romewatch: server-rendered pages over the query layer, each with a JSON twin."""

from .app import create_app, serve

__all__ = ["create_app", "serve"]
