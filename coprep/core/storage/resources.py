"""Find the data files shipped in resources/, in a normal or an editable install."""

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. resource_path("glossary")."""
    return Path(str(resources.files("coprep.resources").joinpath(*parts)))
