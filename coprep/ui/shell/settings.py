"""Window state kept between runs (size, layout, text size). Keys are declared here, once."""

from PySide6.QtCore import QSettings

GEOMETRY = "window/geometry"
STATE = "window/state"
SPLITTERS = "window/splitters/"
SECTION = "window/section"
TEXT_SCALE = "view/text_scale"
COLOURS = "view/colours"  # coprep's own palette the last check of the system's settings chose, or ""
LAST_SAVE_FOLDER = "files/last_save_folder"


def settings() -> QSettings:
    return QSettings()
