"""Fetch a URL with a timeout and a size limit."""

from __future__ import annotations

import httpx

from ..errors import ItemError

USER_AGENT = "romewatch/0.1 (+https://github.com/romewatch)"


def fetch(url: str, max_bytes: int, timeout: float = 30.0) -> tuple[bytes, str, str]:
    """The body, its content type (without parameters) and the final URL after redirects."""
    try:
        client = httpx.Client(timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT})
        with client, client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise ItemError(url, f"download failed (HTTP {response.status_code})")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise ItemError(url, f"too large ({int(declared)} bytes; the limit is {max_bytes})")
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > max_bytes:
                    raise ItemError(url, f"too large (over {max_bytes} bytes)")
            kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
            return bytes(body), kind, str(response.url)
    except httpx.TimeoutException:
        raise ItemError(url, f"download timed out after {timeout:g} s") from None
    except httpx.HTTPError as exc:
        raise ItemError(url, f"download failed ({exc})") from None
