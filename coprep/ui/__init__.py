"""The Qt screens: they show what coprep.core returns and hand changes back to it."""
