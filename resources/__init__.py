"""Data shipped with coprep: glossary, conditions, templates, icons and desktop files."""

from pathlib import Path

HERE = Path(__file__).parent


def shipped(*parts: str) -> Path:
    """The path of a shipped file, e.g. shipped("glossary").

    This package's own folder, in a normal or an editable install alike: coprep is installed as
    files, never run from a zip, so importlib.resources (eight modules, before the first paint) adds
    nothing here.
    """
    return HERE.joinpath(*parts)
