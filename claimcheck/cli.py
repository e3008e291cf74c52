"""The ``claimcheck`` command line.

The library does the work; this module parses options, shows progress and
turns library exceptions into one ``Error: …`` line with exit code 1 (2 for
bad usage, as click does). Examples are in each command's ``--help``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from . import __version__
from .store import DEFAULT_DB, Store, StoreError

DB_HELP = "SQLite database (default: $CLAIMCHECK_DB or db/claims.db)."


class ClaimcheckError(click.ClickException):
    """A domain error: printed as ``Error: …``, exit code 1."""

    exit_code = 1


def db_path(value: str | None) -> Path:
    return Path(value or os.environ.get("CLAIMCHECK_DB") or DEFAULT_DB)


def open_store(path: Path, *, must_exist: bool = False) -> Store:
    try:
        return Store(path, create=not must_exist)
    except StoreError as exc:
        raise ClaimcheckError(str(exc)) from exc


db_option = click.option("--db", "db", metavar="PATH", help=DB_HELP)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimcheck")
def cli() -> None:
    """Collect news articles, extract claims and quotes, flag where sources disagree.

    \b
    Typical session:
      scrapy crawl news            # or: claimcheck crawl
      claimcheck report
    """


@cli.command()
@db_option
@click.option("--url", "urls", multiple=True, help="Article URL to fetch (repeatable).")
@click.option("--feed", "feeds", multiple=True, help="RSS/Atom/JSON feed URL (repeatable).")
@click.option("--sitemap", "sitemaps", multiple=True, help="Sitemap URL (repeatable).")
@click.option("--since", help="Only articles published on or after YYYY-MM-DD.")
def crawl(db: str | None, urls: tuple[str, ...], feeds: tuple[str, ...], sitemaps: tuple[str, ...], since: str | None) -> None:
    """Crawl news into the store (the bundled demo corpus when no source is given).

    \b
    Examples:
      claimcheck crawl
      claimcheck crawl --feed https://example.com/rss.xml --since 2025-01-01
    """
    from .crawl.run import crawl as run_crawl

    try:
        counts = run_crawl(db_path(db), urls=list(urls) or None, feeds=list(feeds) or None,
                           sitemaps=list(sitemaps) or None, since=since)
    except ValueError as exc:  # bad --since, bad sources file (SourcesError is a ValueError)
        raise ClaimcheckError(str(exc)) from exc
    click.echo(_format_counts("crawl", counts), err=True)


@cli.command()
@db_option
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def ingest(db: str | None, paths: tuple[Path, ...]) -> None:
    """Add local .html, .txt or .json files (or folders of them) to the store.

    \b
    Example:
      claimcheck ingest articles/ extra.json
    """
    from .ingest import IngestError, iter_files, read_articles

    try:
        articles = [article for path in iter_files(list(paths)) for article in read_articles(path)]
    except IngestError as exc:
        raise ClaimcheckError(str(exc)) from exc
    if not articles:
        raise ClaimcheckError("no .html, .txt or .json files found")
    store = open_store(db_path(db))
    counts: dict[str, int] = {}
    for article in articles:
        outcome = store.save_article(article)
        counts[outcome] = counts.get(outcome, 0) + 1
    click.echo(_format_counts("ingest", counts), err=True)


@cli.command()
@db_option
@click.option("--n-process", default=1, show_default=True, help="spaCy worker processes.")
@click.option("--force", is_flag=True, help="Re-extract every article.")
def extract(db: str | None, n_process: int, force: bool) -> None:
    """Extract claims and quotes from articles that are new or changed."""
    from .analysis import update_extraction

    store = open_store(db_path(db), must_exist=True)
    with _progress("extracting") as progress:
        counts = update_extraction(store, n_process=n_process, progress=progress, force=force)
    click.echo(_format_counts("extract", counts), err=True)


@cli.command()
@db_option
@click.option("--force", is_flag=True, help="Reconcile even if nothing changed.")
def reconcile(db: str | None, force: bool) -> None:
    """Compare claims and quotes across sources and update the flags."""
    from .analysis import update_reconciliation

    store = open_store(db_path(db), must_exist=True)
    click.echo(_format_counts("reconcile", update_reconciliation(store, force=force)), err=True)


@cli.command()
@db_option
@click.option("--format", "fmt", default="text", show_default=True,
              help="text, markdown, html, json, csv or claimreview.")
@click.option("--out", type=click.Path(path_type=Path), help="Write to FILE instead of standard output.")
@click.option("--since", help="Only flags first seen on or after this date (YYYY-MM-DD).")
@click.option("--subject", help="Only flags about this subject (slug) or speaker.")
@click.option("--kind", "kinds", multiple=True, help="Only flags of this kind (repeatable).")
@click.option("--min-severity", type=click.Choice(["low", "medium", "high"]), help="Hide flags below this severity.")
@click.option("--status", "statuses", multiple=True, type=click.Choice(["open", "confirmed", "dismissed"]),
              help="Only flags with this review status (default: open and confirmed).")
@click.option("--no-update", is_flag=True, help="Report what is stored without extracting or reconciling first.")
def report(db: str | None, fmt: str, out: Path | None, since: str | None, subject: str | None,
           kinds: tuple[str, ...], min_severity: str | None, statuses: tuple[str, ...], no_update: bool) -> None:
    """Show what conflicts (brings extraction and reconciliation up to date first).

    \b
    Examples:
      claimcheck report
      claimcheck report --format json --out flags.json
      claimcheck report --format html --out report.html --min-severity medium
    """
    from .analysis import analyze
    from .report import RENDERERS, ReportFilters, build_report, render, render_text

    if fmt not in RENDERERS:
        raise click.BadParameter(f"unknown format {fmt!r} (choose from {', '.join(RENDERERS)})", param_hint="--format")
    store = open_store(db_path(db), must_exist=True)
    if not no_update:
        with _progress("extracting") as progress:
            analyze(store, progress=progress)
    filters = ReportFilters(since=since, subject=subject, kinds=kinds, min_severity=min_severity,
                            statuses=statuses or ("open", "confirmed"))
    data = build_report(store, filters)
    if fmt == "text" and out is None:
        output = render_text(data, color=sys.stdout.isatty(), width=_terminal_width())
    else:
        output = render(data, fmt)
    _write_output(output, out)


@cli.command()
@db_option
@click.argument("flag_id")
@click.option("--confirm", "verdict", flag_value="confirmed", help="The finding is right.")
@click.option("--dismiss", "verdict", flag_value="dismissed", help="The finding is wrong or unimportant.")
@click.option("--reopen", "verdict", flag_value="open", help="Undo a verdict.")
@click.option("--note", help="Why (kept with the flag).")
def review(db: str | None, flag_id: str, verdict: str | None, note: str | None) -> None:
    """Record a reviewer's verdict on a flag; it survives re-runs.

    \b
    Example:
      claimcheck review 3f2a9c --dismiss --note "different fiscal years"
    """
    if verdict is None:
        raise click.UsageError("say --confirm, --dismiss or --reopen")
    store = open_store(db_path(db), must_exist=True)
    try:
        row = store.review(flag_id, verdict, note)
    except StoreError as exc:
        raise ClaimcheckError(str(exc)) from exc
    click.echo(f"{row['id']}: {row['status']}")


@cli.command(name="eval")
@click.argument("gold", type=click.Path(path_type=Path))
def evaluate_command(gold: Path) -> None:
    """Score extraction against labelled articles (precision and recall).

    \b
    Example:
      claimcheck eval tests/data/seeds.gold.json
    """
    if not gold.exists():
        raise ClaimcheckError(f"no such file: {gold}")
    from .evaluate import EvalError, evaluate, format_scores

    try:
        scores = evaluate(gold)
    except EvalError as exc:
        raise ClaimcheckError(str(exc)) from exc
    click.echo(format_scores(scores))


@cli.command()
@db_option
def stats(db: str | None) -> None:
    """Counts per table and the latest run of each stage."""
    store = open_store(db_path(db), must_exist=True)
    for table, count in store.table_counts().items():
        click.echo(f"{table:16} {count:>10,}")
    for run in store.latest_runs():
        click.echo(f"last {run['stage']:10} {run['finished_at'] or 'unfinished'}  {run['counts'] or ''}")


def _write_output(output: str, out: Path | None) -> None:
    if out is None:
        click.echo(output, nl=False)
        return
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(output, encoding="utf-8")
    except OSError as exc:
        raise ClaimcheckError(f"cannot write {out}: {exc.strerror or exc}") from exc
    click.echo(f"wrote {out}", err=True)


def _terminal_width() -> int:
    try:
        return max(60, min(os.get_terminal_size().columns, 140))
    except OSError:
        return 100


def _format_counts(stage: str, counts: dict[str, Any]) -> str:
    return f"{stage}: " + ", ".join(f"{k} {v}" for k, v in counts.items())


class _progress:
    """A rich progress bar on a terminal, nothing when output is piped."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.bar: Any = None
        self.task: Any = None

    def __enter__(self) -> Any:
        if not sys.stderr.isatty():
            return _count_on_stderr(self.label)
        from rich.progress import Progress

        self.bar = Progress(transient=True)
        self.bar.start()
        self.task = self.bar.add_task(self.label, total=None)

        def update(done: int, total: int) -> None:
            self.bar.update(self.task, completed=done, total=total)

        return update

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def _count_on_stderr(label: str) -> Any:
    """Progress for logs: a line every 10 % (and at the end)."""

    def update(done: int, total: int) -> None:
        step = max(1, total // 10)
        if done == total or done % step == 0:
            click.echo(f"{label}: {done}/{total}", err=True)

    return update


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: no tracebacks, only ``Error: …`` lines."""
    try:
        cli.main(args=argv, prog_name="claimcheck", standalone_mode=True)
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        click.echo(f"Error: {exc.__class__.__name__}: {exc}", err=True)
        sys.exit(1)
