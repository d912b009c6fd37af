"""The Qt screens: they show what coprep.core returns and hand changes back to it."""

from coprep.ui.shell.pyside_imports import answer_from_names

answer_from_names()  # before the screens' modules are imported
