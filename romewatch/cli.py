"""The romewatch command line: each command parses options, calls one library function, prints.

User errors print one sentence to stderr and exit with status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from .errors import ItemError, RomewatchError

Handler = Callable[[argparse.Namespace], int]


def _store(args: argparse.Namespace) -> Any:
    from .store import Store

    return Store.open(args.db)


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def cmd_ingest(args: argparse.Namespace) -> int:
    from .ingest import ingest

    report = ingest(_store(args), args.sources, extract=not args.no_extract, reextract=args.reextract)
    if args.json:
        _print_json(report.to_dict())
    else:
        for item in report.failures:
            print(f"failed: {item.source}: {item.reason}", file=sys.stderr)
        print(report.summary())
    return 1 if report.failed else 0


def cmd_extract(args: argparse.Namespace) -> int:
    from .export import text
    from .extract import extract_document
    from .ingest import read_file

    items = read_file(args.file)
    for item in items:
        if isinstance(item, ItemError):
            print(f"failed: {item.item}: {item.reason}", file=sys.stderr)
    contracts = [extract_document(doc).to_contract() for doc in items if not isinstance(doc, ItemError)]
    if not contracts:
        raise ItemError(args.file, "no document could be read from it")
    if args.format == "json":
        _print_json(contracts[0] if len(contracts) == 1 else contracts)
    else:
        print("\n\n".join(text.contract(c) for c in contracts))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from .export import text
    from .query import basic

    found = basic.search(
        _store(args), args.query, event_type=args.type, actor=args.actor, since=args.since, until=args.until,
        source=args.source, limit=args.limit,
    )  # fmt: skip
    print(json.dumps(found, ensure_ascii=False, indent=2) if args.json else text.hits(found))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from .export import text
    from .query import basic

    view = basic.document_view(_store(args), args.doc_id)
    _print_json(view) if args.json else print(text.document(view))
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    from .export import text
    from .query import basic

    found = basic.list_events(
        _store(args), type=args.type, actor=args.actor, role=args.role, since=args.since, until=args.until,
        document=args.document, include_rejected=args.include_rejected, limit=args.limit,
    )  # fmt: skip
    _print_json(found) if args.json else print(text.events(found))
    return 0


def cmd_entities(args: argparse.Namespace) -> int:
    from .export import text
    from .query import basic

    found = basic.list_entities(_store(args), kind=args.kind, q=args.q, limit=args.limit)
    _print_json(found) if args.json else print(text.entities(found))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .export import export

    store = _store(args)
    filters = {"type": args.type, "since": args.since, "until": args.until} if args.format != "json" else {}
    if args.out in (None, "-"):
        count = export(store, args.format, sys.stdout, **filters)
    else:
        with open(args.out, "w", encoding="utf-8", newline="") as out:
            count = export(store, args.format, out, **filters)
        print(f"wrote {count} {'documents' if args.format == 'json' else 'events'} to {args.out}", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    return _serve(_store(args), args.host, args.port)


def _serve(store: Any, host: str | None, port: int | None) -> int:
    try:
        from .web import serve
    except ImportError as exc:
        raise RomewatchError(f"the web app is not available ({exc})") from None
    serve(store, host, port)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    import secrets
    from collections import Counter

    from .ingest import ingest_sample

    store = _store(args)
    report = ingest_sample(store)
    print(report.summary() if report else "the bundled sample corpus is empty; nothing to ingest")
    if store.get_user("demo") is None:
        password = secrets.token_urlsafe(12)
        store.add_user("demo", password, "reviewer")
        print(f"created reviewer account: demo / {password}")
    else:
        print("reviewer account demo already exists (password unchanged)")
    counts = Counter(ev["type"] for ev in store.events())
    print("events per type:" if counts else "no events extracted yet")
    for kind, n in counts.most_common():
        print(f"  {kind:<26} {n}")
    return 0 if args.no_serve else _serve(store, args.host or "127.0.0.1", args.port or 8000)


def cmd_user_add(args: argparse.Namespace) -> int:
    password = _read_password(args)
    user = _store(args).add_user(args.name, password, args.role)
    print(f"added {user['role']} {user['name']}")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    users = _store(args).list_users()
    _print_json(users) if args.json else print(
        "\n".join(f"{u['name']:<24} {u['role']:<9} {u['created_at']}" for u in users)
    )
    return 0


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        import getpass

        password = getpass.getpass(f"password for {args.name}: ")
        if password != getpass.getpass("again: "):
            raise RomewatchError("the two passwords differ")
    else:
        raise RomewatchError("give the password on standard input with --password-stdin")
    if not password:
        raise RomewatchError("the password is empty")
    return password


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_dir

    store = _store(args) if args.store else None
    print(evaluate_dir(args.gold_dir, pred_dir=args.pred, store=store, types=args.types, as_json=args.json))
    return 0


def _filters(p: argparse.ArgumentParser, *, role: bool = False) -> None:
    p.add_argument("--type", help="event type, e.g. sanction, demand, threat")
    p.add_argument("--actor", help="entity id (state:us) or name (United States) taking any role")
    if role:
        p.add_argument("--role", help="only where the actor (or anyone) fills this role, e.g. imposer")
    p.add_argument("--since", help="on or after this date (2023, 2023-05, 2023-05-04)")
    p.add_argument("--until", help="on or before this date")


def _command(sub: Any, name: str, handler: Handler, help: str, example: str) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help, description=help, epilog="example:\n  " + example,
                       formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    p.set_defaults(handler=handler)
    return p


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="romewatch",
        description="Source-linked record of who did what to whom around the International Criminal Court.",
        epilog="example:\n  romewatch ingest letters/ && romewatch search sanctions --type sanction",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--db", help="store file or SQLAlchemy URL (default: ROMEWATCH_DB or the user data folder)")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = _command(sub, "ingest", cmd_ingest, "add files, folders, URLs or stdin (-) to the store and extract events",
                 "romewatch ingest statements/ https://www.icc-cpi.int/news/x.html - < letter.txt")  # fmt: skip
    p.add_argument("sources", nargs="+", metavar="PATH|URL|-")
    p.add_argument("--no-extract", action="store_true", help="store the documents without extracting events")
    p.add_argument("--reextract", action="store_true", help="extract again documents that are already stored")
    p.add_argument("--json", action="store_true", help="print the per-item report as JSON")

    p = _command(sub, "extract", cmd_extract, "print the extraction of one file (the store is not touched)",
                 "romewatch extract letter.pdf --format json > letter.json")  # fmt: skip
    p.add_argument("file")
    p.add_argument("--format", choices=("json", "text"), default="json")

    p = _command(sub, "search", cmd_search, "full-text search of the stored documents",
                 'romewatch search "Al-Haq" --type sanction --since 2025')  # fmt: skip
    p.add_argument("query")
    _filters(p)
    p.add_argument("--source", help="only documents whose source path or URL contains this")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")

    p = _command(sub, "show", cmd_show, "one document with its events, evidence and entities",
                 "romewatch show doc-3f2a9c1b7e4d5a60")  # fmt: skip
    p.add_argument("doc_id")
    p.add_argument("--json", action="store_true")

    p = _command(sub, "events", cmd_events, "list stored events", "romewatch events --actor state:us --role imposer")
    _filters(p, role=True)
    p.add_argument("--document", help="only events of this document id")
    p.add_argument("--include-rejected", action="store_true", help="also list events reviewers rejected")
    p.add_argument("--limit", type=int)
    p.add_argument("--json", action="store_true")

    p = _command(sub, "entities", cmd_entities, "list stored entities", "romewatch entities --kind state")
    p.add_argument("--kind", help="state, person, organization, igo, court, instrument, group, place, session")
    p.add_argument("--q", help="only entities whose name, alias or id contains this")
    p.add_argument("--limit", type=int)
    p.add_argument("--json", action="store_true")

    p = _command(sub, "export", cmd_export, "export the store: contract JSON per document, JSONL or CSV of events",
                 "romewatch export --format csv --out events.csv")  # fmt: skip
    p.add_argument("--format", choices=("json", "jsonl", "csv"), required=True)
    p.add_argument("--out", help="file to write (default: standard output)")
    _filters(p)

    p = _command(sub, "serve", cmd_serve, "run the web app", "romewatch serve --host 127.0.0.1 --port 8000")
    p.add_argument("--host")
    p.add_argument("--port", type=int)

    p = _command(sub, "demo", cmd_demo, "load the bundled sample corpus, create a demo reviewer, serve",
                 "romewatch --db /tmp/demo.db demo --no-serve")  # fmt: skip
    p.add_argument("--no-serve", action="store_true", help="stop after loading")
    p.add_argument("--host")
    p.add_argument("--port", type=int)

    p = _command(sub, "user", lambda a: 2, "manage accounts", "romewatch user list")
    p.set_defaults(handler=lambda a, help_of=p: help_of.print_help() or 2)
    users = p.add_subparsers(title="user commands", metavar="ACTION")
    q = _command(users, "add", cmd_user_add, "add an account (password prompted, or read from stdin)",
                 "echo 's3cret-pass' | romewatch user add rita --role reviewer --password-stdin")  # fmt: skip
    q.add_argument("name")
    q.add_argument("--role", choices=("viewer", "reviewer", "admin"), required=True)
    q.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    q = _command(users, "list", cmd_user_list, "list accounts", "romewatch user list --json")
    q.add_argument("--json", action="store_true")

    p = _command(sub, "eval", cmd_eval, "score extraction against gold annotations (NAME.gold.yaml)",
                 "romewatch eval tests/fixtures/gold --types")  # fmt: skip
    p.add_argument("gold_dir")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--pred", metavar="DIR", help="predictions as NAME.json files (default: extract afresh)")
    source.add_argument("--store", action="store_true", help="score what the store holds (reviews applied)")
    p.add_argument("--types", action="store_true", help="break scores down by event type")
    p.add_argument("--json", action="store_true")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except RomewatchError as exc:  # includes ItemError, RunError, NotFound, PermissionDenied, InvalidInput
        print(f"romewatch: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # e.g. --out into a folder that does not exist
        print(f"romewatch: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
