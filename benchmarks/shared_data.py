"""Where ../shared/data is: beside the checkout (main) or further up (a worktree under wt/)."""

from __future__ import annotations

from pathlib import Path


def shared_data(*parts: str) -> Path:
    """The nearest `shared/data/<parts>` above this folder (the one beside the checkout when none exists)."""
    here = Path(__file__).resolve()
    for folder in here.parents:
        if (folder / "shared" / "data").is_dir():
            return folder.joinpath("shared", "data", *parts)
    return here.parents[1].parent.joinpath("shared", "data", *parts)
