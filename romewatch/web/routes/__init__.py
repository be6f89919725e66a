"""Routers, one module per view. Order matters only for overlapping paths."""

from . import account, actors, documents, ingest, network, registers, review, search, timeline

ROUTERS = [
    account.router,
    search.router,
    documents.router,
    registers.router,
    review.router,
    actors.router,
    timeline.router,
    network.router,
    ingest.router,
]
