"""The focus ring's style and the following of the system's colours, put in just after the first paint.

Both are costly to have before it: PySide builds a Python enum class for every enum of a Qt type
the first time Python meets the type, and Python's enum module is slow at it. The ring's style
needs QStyle's enums and every QStyleOption class; asking for the system's colour scheme needs the
`Qt` namespace's 93 enums. Together they were some 200 million instructions of a first paint that
a bare PySide window makes in about 600 million.

So the first paint shows the window in the colours the last check chose (colours.remembered_colours),
and `looks_after_first_paint(window)` puts both in one turn of the event loop after it, or at once
should a key come first, so that a person who presses Tab straight away sees the ring.

The style widens the frame of lists and text boxes from 1 to 2 px (the ring fills it): until it
comes, each of those the window shows has a plain frame as wide, swapped for the style's own in the
same step as the style comes, so that nothing inside them moves (tests/ui/shell/test_looks.py).
"""

from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFrame, QWidget

from coprep.ui.shell.first_paint import after_first_paint

# Lists, tables and text boxes, whose frame is FRAME_RING px wide for the ring to fill. Asked of Qt
# by class name: an isinstance check would make PySide build the text boxes' classes early.
FRAMED = ("QAbstractItemView", "QPlainTextEdit", "QTextEdit")
FRAME_RING = 2
# Should the window not paint (opened on a hidden desktop, say), the looks come this long after it is shown.
LOOKS_AT_LATEST_MS = 2000


def framed(widget: QWidget | None) -> bool:
    return widget is not None and any(widget.inherits(name) for name in FRAMED)


def put_in_looks(app: QApplication) -> None:
    """The focus ring's style and the following of the system's colours, from now on (each is put in
    once; a style put in over it since is replaced)."""
    _state["in"] = True
    from coprep.ui.shell.colours import follow_colour_scheme
    from coprep.ui.shell.focus_style import install_focus_style

    install_focus_style(app)
    kept, _state["kept"] = _state["kept"], []
    for box in kept:
        try:
            box.setFrameShape(QFrame.Shape.StyledPanel)  # the style's own frame, now FRAME_RING px wide
        except RuntimeError:  # closed and gone before the style came
            continue
    follow_colour_scheme(app)


def keep_room_for_ring(window: QWidget) -> None:
    """Until the style comes, draw the frame of each list and text box in `window` FRAME_RING px wide,
    so that what they show, and their scroll bars, are already where they will be.

    A plain box frame (sunken, one line wide) is two pixels wide without the style's help, and
    costs only calls into Qt. Neither of the ways to keep a pixel inside the usual frame holds: Qt's
    frames set their widget's contents margins themselves, and a tree sets its viewport margins
    itself whenever it lays itself out (those would also leave the scroll bars where they were).
    """
    if _state["in"]:
        return
    for box in window.findChildren(QAbstractScrollArea):
        if framed(box) and box.frameWidth() < FRAME_RING and box.frameShape() == QFrame.Shape.StyledPanel:
            box.setFrameShape(QFrame.Shape.Box)
            if box.frameWidth() == FRAME_RING:
                _state["kept"].append(box)
            else:  # a shadow or line width of its own: left as it is
                box.setFrameShape(QFrame.Shape.StyledPanel)


def looks_after_first_paint(window: QWidget) -> None:
    """Keep room in `window` for the ring, and put in the looks just after its first paint (or as
    soon as a key is pressed, ahead of the key)."""
    if _state["in"]:
        return
    keep_room_for_ring(window)
    app = QApplication.instance()
    after_first_paint(window, lambda: put_in_looks(app), at_latest_ms=LOOKS_AT_LATEST_MS, before_keys=True)


# Whether the looks are in, and the boxes keeping room for the ring until they are.
_state: dict = {"in": False, "kept": []}
