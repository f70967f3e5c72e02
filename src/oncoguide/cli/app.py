"""The Typer app and the one place where OncoguideError becomes a message and an exit code."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from ..errors import ContentError, OncoguideError
from ..settings import Settings

app = typer.Typer(help="oncoguide: cited cancer-treatment information.", no_args_is_help=True, add_completion=False)
console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)

ContentOpt = Annotated[Path | None, typer.Option("--content", help="Content directory (default: the checkout's content/).")]

F = TypeVar("F", bound=Callable[..., Any])


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn OncoguideError into red text and exit code 1; everything else is a bug and keeps its traceback."""
    try:
        yield
    except ContentError as exc:
        for problem in exc.problems:
            err_console.print(str(problem), style="red", markup=False, highlight=False)
        err_console.print(f"{len(exc.problems)} problem(s) found.", style="bold red")
        sys.exit(1)
    except OncoguideError as exc:
        err_console.print(str(exc), style="red", markup=False, highlight=False)
        sys.exit(1)


def settings(content: Path | None = None) -> Settings:
    return Settings.from_env(content)


def load_kb(content: Path | None = None):  # noqa: ANN201
    from ..content import load_cached

    conf = settings(content)
    return load_cached(conf.content_dir, conf.cache_dir)
