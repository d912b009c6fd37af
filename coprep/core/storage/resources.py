"""Find the data files shipped in resources/, in a normal or an editable install."""

from pathlib import Path

from coprep.resources import shipped


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. resource_path("glossary")."""
    return Path(shipped(*parts))  # Path again for mypy, which does not see resources/ as coprep.resources
