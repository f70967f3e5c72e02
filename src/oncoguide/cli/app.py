"""The Typer app and the one place where OncoguideError becomes a message and an exit code."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from ..errors import ContentError, OncoguideError
from ..settings import Settings

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table


class LazyConsole:
    """A rich Console made when first used: importing rich cost every command, `oncoguide ask` included (which
    prints plain text), about 30 ms of its start on a quiet machine (#16). Stands in for the Console it makes."""

    def __init__(self, **options: Any) -> None:
        self._options = options

    @cached_property
    def _console(self) -> Console:
        from rich.console import Console

        return Console(**self._options)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._console, name)

    def __enter__(self) -> Console:  # rich's Live and Progress enter their console
        return self._console.__enter__()

    def __exit__(self, *exc: object) -> None:
        self._console.__exit__(*exc)


def new_table(*columns: str, **options: Any) -> Table:
    """A rich Table (rich is imported only by the commands that print one)."""
    from rich.table import Table

    return Table(*columns, **options)


app = typer.Typer(help="oncoguide: cited cancer-treatment information.", no_args_is_help=True, add_completion=False)
console: Console = LazyConsole(soft_wrap=True)  # type: ignore[assignment]
err_console: Console = LazyConsole(stderr=True, soft_wrap=True)  # type: ignore[assignment]

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
