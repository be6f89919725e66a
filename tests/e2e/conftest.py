"""A live server over the sample corpus, and headless Debian Chromium driven by Playwright."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("ROMEWATCH_CHROMIUM", "/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "screenshots"
PASSWORD = "correct horse battery"
FALLBACK_DOCS = {
    "fallback-sanctions.txt": "12 February 2025. On 6 February 2025 the United States imposed sanctions on "
    "ICC Prosecutor Karim Khan under Executive Order 14203. Al-Haq and FIDH condemned the sanctions and urged "
    "the States Parties to protect the Court.",
    "fallback-mongolia.txt": "3 September 2024. Vladimir Putin visited Mongolia and was not arrested. On 24 October "
    "2024 Pre-Trial Chamber II found that Mongolia had failed to cooperate and referred the matter to the Assembly "
    "of States Parties.",
    "fallback-statement.txt": "14 June 2024. Ninety-three States Parties issued a joint statement in support of the "
    "International Criminal Court, delivered by Slovenia on behalf of the signatories.",
}


def _browser_available() -> bool:
    return Path(CHROMIUM).exists()


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not _browser_available():
        reason = f"Chromium not found at {CHROMIUM} (install Debian's chromium or set ROMEWATCH_CHROMIUM)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return CHROMIUM


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _corpus(tmp: Path) -> list[str]:
    sample = sorted(str(p) for p in (ROOT / "romewatch" / "sample").glob("*.txt"))
    if len(sample) >= 3:
        return sample
    folder = tmp / "fallback"
    folder.mkdir()
    for name, text in FALLBACK_DOCS.items():
        (folder / name).write_text(text, "utf-8")
    return sorted(str(p) for p in folder.glob("*.txt"))


@pytest.fixture(scope="session")
def live_server(tmp_path_factory, chromium_path):
    import uvicorn

    from romewatch.ingest import ingest
    from romewatch.store import Store
    from romewatch.web import create_app

    tmp = tmp_path_factory.mktemp("e2e")
    store = Store.open(str(tmp / "e2e.db"))
    report = ingest(store, _corpus(tmp), extract=True, progress=False)
    assert report.ingested >= 3, report.summary()
    store.add_user("ada", PASSWORD, "admin")
    store.add_user("vera", PASSWORD, "viewer")
    port = _free_port()
    config = uvicorn.Config(create_app(store, secret="e2e-secret"), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 15
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield {"url": f"http://127.0.0.1:{port}", "store": store, "tmp": tmp}
    server.should_exit = True
    thread.join(timeout=5)
    store.close()


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=chromium_path,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield b
        b.close()


@pytest.fixture()
def page(browser, live_server):
    context = browser.new_context(
        viewport={"width": 1280, "height": 800}, base_url=live_server["url"], accept_downloads=True
    )
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    yield pg
    context.close()


@pytest.fixture(scope="session")
def shots() -> Path:
    SHOTS.mkdir(exist_ok=True)
    return SHOTS


def no_horizontal_overflow(pg) -> None:
    width = pg.evaluate("document.documentElement.scrollWidth")
    assert width <= 1280, f"{pg.url} overflows horizontally ({width}px wide)"


def sign_in(pg, name: str = "ada") -> None:
    pg.goto("/login")
    pg.fill("#username", name)
    pg.fill("#password", PASSWORD)
    pg.click("button[type=submit]")
    pg.wait_for_url(lambda url: "/login" not in url)
