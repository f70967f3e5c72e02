"""The small, realistic content folder the page tests share (tests/fixtures/content)."""

from pathlib import Path

from oncoguide.settings import Settings

PAGES_CONTENT = Path(__file__).parent / "fixtures" / "content"


def pages_settings(home: Path) -> Settings:
    return Settings(home=home, database_url=f"sqlite:///{home / 'db.sqlite'}", content_dir=PAGES_CONTENT)
