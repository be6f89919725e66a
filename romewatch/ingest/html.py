"""HTML pages: the main text (trafilatura, else BeautifulSoup without navigation), title, date."""

from __future__ import annotations

import json
import re
from typing import Any

from bs4 import BeautifulSoup

from ..errors import ItemError
from .dates import parse_date
from .normalise import Parsed, decode

_DATE_META = (
    "article:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "publication_date",
    "pubdate",
    "citation_publication_date",
    "og:published_time",
)
_NOISE = [
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "menu",
    "template",
    "svg",
    "iframe",
]
_ISO = re.compile(r"^(\d{4})(-\d{2})?(-\d{2})?")


def read_html(data: bytes, name: str) -> list[Parsed]:
    markup = decode(data, name)
    soup = BeautifulSoup(markup, "lxml")
    title = _title(soup)
    date = _meta_date(soup)
    text = _main_text(markup) or _soup_text(soup)
    if not text.strip():
        raise ItemError(name, "empty document (no text in the page)")
    return [Parsed(text=text, title=title, date=date, media_type="text/html")]


def _main_text(markup: str) -> str:
    try:
        import trafilatura

        text = trafilatura.extract(markup, include_comments=False, include_tables=True, favor_recall=True)
    except Exception:  # noqa: BLE001 -- trafilatura is a best effort; BeautifulSoup is the fallback
        return ""
    return text or ""


def _soup_text(soup: BeautifulSoup) -> str:
    for tag in soup(_NOISE):
        tag.decompose()
    for tag in soup.select('[role="navigation"], [role="banner"], [role="contentinfo"], .cookie, .breadcrumb'):
        tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.body or soup
    return root.get_text("\n", strip=True)


def _title(soup: BeautifulSoup) -> str:
    for attrs in ({"property": "og:title"}, {"name": "dc.title"}, {"name": "title"}):
        tag = soup.find("meta", attrs=attrs)
        if tag and tag.get("content"):
            return str(tag["content"]).strip()
    if soup.title and soup.title.string:
        return soup.title.string.strip()
    heading = soup.find("h1")
    return heading.get_text(" ", strip=True) if heading else ""


def _meta_date(soup: BeautifulSoup) -> str | None:
    for tag in soup.find_all("meta"):
        key = str(tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        if key in _DATE_META and tag.get("content"):
            found = _iso_or_text(str(tag["content"]))
            if found:
                return found
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        found = _ld_date(script.string or "")
        if found:
            return found
    stamp = soup.find("time", attrs={"datetime": True})
    return _iso_or_text(str(stamp["datetime"])) if stamp else None


def _ld_date(payload: str) -> str | None:
    try:
        data: Any = json.loads(payload)
    except ValueError:
        return None
    for item in data if isinstance(data, list) else [data]:
        if isinstance(item, dict) and item.get("datePublished"):
            return _iso_or_text(str(item["datePublished"]))
    return None


def _iso_or_text(value: str) -> str | None:
    match = _ISO.match(value.strip())
    if match:
        return "".join(part for part in match.groups() if part)
    return parse_date(value)
