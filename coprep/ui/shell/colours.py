"""Colours that stay readable in light, dark and high-contrast palettes, and follow the system's choice.

coprep draws almost everything in the palette's own colours. The few colours of its own (a problem
in red, the late-money notice, a row that needs a look, a chart's bars) come in pairs, one for light
windows and one for dark, each checked here against the palette it is shown on: text needs 4.5:1
contrast, marks and edges 3:1 (WCAG 2.2). When neither of a pair is good enough, or the person asked
their system for more contrast, the palette's own text colour is used. Colour is never the only sign:
a problem also carries a warning sign and words.

`follow_colour_scheme(app)` keeps the window in step with the system's light or dark setting and its
high-contrast setting, for platforms whose theme does not change Qt's palette by itself. Asking Qt
for those settings names its `Qt` namespace, which makes PySide build all 93 of its enums (about a
tenth of what the first paint costs), so the window starts in the colours the last check chose
(`remembered_colours`), and the check itself runs just after the first paint.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from coprep.ui.shell import settings as keys

if TYPE_CHECKING:  # tables come after the first paint; Qt's namespace is named only when asked
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableWidgetItem

TEXT_CONTRAST = 4.5
MARK_CONTRAST = 3.0

# (for a light window, for a dark window)
PROBLEM = ("#a00000", "#ff8a80")
NOTICE_BACKGROUND = ("#fff1c2", "#3d3212")
NOTICE_TEXT = ("#3b2600", "#fff1c2")
NOTICE_EDGE = ("#b34700", "#ff9e57")
TINT_BACKGROUND = ("#ffd9cc", "#5c2a1a")
TINT_TEXT = ("#000000", "#ffe6dd")


def relative_luminance(colour: QColor) -> float:
    """WCAG's relative luminance of a colour (0 black … 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def high_contrast() -> bool:
    """Whether the person asked their system for more contrast."""
    from PySide6.QtCore import Qt

    style_hints = QGuiApplication.styleHints()  # kept in a name: the accessibility hints belong to it
    return style_hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def chosen(palette: QPalette, pair: tuple[str, str]) -> QColor:
    """The colour of a (light, dark) pair meant for this palette."""
    return QColor(pair[1] if is_dark(palette) else pair[0])


def strongest(palette: QPalette, background: QColor) -> QColor:
    """The palette's text colour if it reads well on `background`, else black or white."""
    text = palette.color(QPalette.ColorRole.WindowText)
    if contrast(text, background) >= TEXT_CONTRAST:
        return text
    black, white = QColor("#000000"), QColor("#ffffff")
    return black if contrast(black, background) >= contrast(white, background) else white


def pick(
    palette: QPalette, pair: tuple[str, str], background: QColor | None = None, minimum: float = TEXT_CONTRAST
) -> QColor:
    """The colour of `pair` meant for this palette if it stands out `minimum`:1 from `background`
    (the window's colour unless given); else, and in high contrast, the strongest text colour."""
    ground = background if background is not None else palette.color(QPalette.ColorRole.Window)
    colour = chosen(palette, pair)
    if high_contrast() or contrast(colour, ground) < minimum:
        return strongest(palette, ground)
    return colour


def mark_colour(palette: QPalette, colour: QColor | str, background: QColor | None = None) -> QColor:
    """A mark (a chart's line, an underline) in `colour` if it stands out 3:1 from `background` (the
    text base unless given), else in the text colour."""
    name = QColor(colour).name()
    ground = background if background is not None else palette.color(QPalette.ColorRole.Base)
    return pick(palette, (name, name), ground, MARK_CONTRAST)


def tint(palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) for a table row that needs a look; in high contrast the row keeps the
    palette's own colours (its words, and a bold font, say why it stands out)."""
    if high_contrast():
        return palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    background = chosen(palette, TINT_BACKGROUND)
    return background, pick(palette, TINT_TEXT, background)


def mark_row(items: "list[QTableWidgetItem]", palette: QPalette) -> None:
    """Make a table row that needs a look stand out: tinted, and bold so it shows without colour too."""
    from PySide6.QtGui import QBrush

    background, text = tint(palette)
    for item in items:
        item.setBackground(QBrush(background))
        item.setForeground(QBrush(text))
        font = item.font()
        font.setBold(True)
        item.setFont(font)


def when_palette_changes(widget: QWidget, apply: Callable[[], None], now: bool = True) -> None:
    """Run `apply` (now, unless told not to) and whenever the application's colours change (the
    system went dark, say), for as long as `widget` lives. `apply` should read the colours from
    QApplication.palette(): a widget with a style sheet keeps its old palette."""
    watcher = _PaletteWatcher(widget, apply)
    app = QGuiApplication.instance()
    app.paletteChanged.connect(watcher.changed)  # let go by Qt when the watcher goes with its widget
    if now:
        apply()


class _PaletteWatcher(QObject):
    def __init__(self, widget: QWidget, apply: Callable[[], None]) -> None:
        super().__init__(widget)
        self.apply = apply

    def changed(self, _palette: QPalette) -> None:
        self.apply()


def dark_palette() -> QPalette:
    """A dark palette for when the system asks for dark but its theme gives Qt none."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#f0f0f0"),
        (roles.Base, "#1e1e1e"),
        (roles.AlternateBase, "#262626"),
        (roles.Text, "#f0f0f0"),
        (roles.Button, "#3a3a3a"),
        (roles.ButtonText, "#f0f0f0"),
        (roles.Highlight, "#4aa3f0"),
        (roles.HighlightedText, "#000000"),
        (roles.Link, "#8cc8ff"),
        (roles.LinkVisited, "#c8a8ff"),
        (roles.ToolTipBase, "#3a3a3a"),
        (roles.ToolTipText, "#f0f0f0"),
        (roles.PlaceholderText, "#a0a0a0"),
        (roles.Light, "#505050"),
        (roles.Midlight, "#444444"),
        (roles.Mid, "#6a6a6a"),
        (roles.Dark, "#1a1a1a"),
        (roles.Shadow, "#000000"),
        (roles.BrightText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return palette


def high_contrast_palette(dark: bool) -> QPalette:
    """Black on white (or white on black) with a strong highlight, for when more contrast is asked for."""
    ink, paper = ("#ffffff", "#000000") if dark else ("#000000", "#ffffff")
    palette = QPalette()
    roles = QPalette.ColorRole
    for role in (roles.Window, roles.Base, roles.AlternateBase, roles.Button, roles.ToolTipBase, roles.Light):
        palette.setColor(role, QColor(paper))
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.ToolTipText, roles.BrightText, roles.Dark):
        palette.setColor(role, QColor(ink))
    palette.setColor(roles.Mid, QColor(ink))
    palette.setColor(roles.PlaceholderText, QColor("#c0c0c0" if dark else "#404040"))
    palette.setColor(roles.Highlight, QColor("#ffff00" if dark else "#0000a0"))
    palette.setColor(roles.HighlightedText, QColor("#000000" if dark else "#ffffff"))
    palette.setColor(roles.Link, QColor("#ffff00" if dark else "#0000c0"))
    palette.setColor(roles.LinkVisited, QColor("#ff80ff" if dark else "#600080"))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#a0a0a0" if dark else "#606060"))
    return palette


# The palettes coprep can put in, by the names the window settings remember them by.
DARK, HIGH_CONTRAST_LIGHT, HIGH_CONTRAST_DARK = "dark", "high-contrast-light", "high-contrast-dark"
OURS = {
    DARK: dark_palette,
    HIGH_CONTRAST_LIGHT: lambda: high_contrast_palette(False),
    HIGH_CONTRAST_DARK: lambda: high_contrast_palette(True),
}


def wanted_palette(scheme: "Qt.ColorScheme", more_contrast: bool, theme_is_dark: bool) -> str | None:
    """The name of the palette coprep puts in for what the system asks (one of OURS), or None to keep
    the theme's own."""
    from PySide6.QtCore import Qt

    if more_contrast:
        dark = scheme == Qt.ColorScheme.Dark or (scheme == Qt.ColorScheme.Unknown and theme_is_dark)
        return HIGH_CONTRAST_DARK if dark else HIGH_CONTRAST_LIGHT
    if scheme == Qt.ColorScheme.Dark and not theme_is_dark:
        return DARK
    return None


def remembered_colours(app: QApplication) -> None:
    """Before the first paint: put in the palette the last check of the system's settings chose.

    A dark palette from the theme itself needs nothing, so it shows from the first paint wherever
    the platform's theme turns Qt dark. coprep's own dark or high-contrast palette shows from the
    first paint once the check has chosen it before; on the first start, and on the first start
    after the person changed their system's setting while coprep was closed, the first paint shows
    the colours of the last start, for the moment until `follow_colour_scheme` runs.
    """
    name = str(keys.settings().value(keys.COLOURS, "") or "")
    if name in OURS and not (name == DARK and is_dark(app.palette())):
        app.setPalette(OURS[name]())
        _state["ours"] = True


def follow_colour_scheme(app: QApplication) -> None:
    """Keep the palette in step with the system's dark or light setting and its contrast setting.

    Where the platform's theme already gives Qt a matching palette, it is left alone; coprep only
    puts in a dark or high-contrast palette of its own when the system asks for one that the theme's
    palette does not match, and hands the colours back to the theme when the request ends.
    """
    if _state["following"]:
        return
    _state["following"] = True
    hints = app.styleHints()
    hints.colorSchemeChanged.connect(lambda *_args: check_colours(app))
    hints.accessibility().contrastPreferenceChanged.connect(lambda *_args: check_colours(app))
    check_colours(app)


def check_colours(app: QApplication) -> None:
    """Put in the palette the system's settings ask for (or give the colours back to the theme), and
    remember the choice for the next start's first paint."""
    if _state["ours"]:
        app.setPalette(QPalette())  # an empty palette hands the colours back to the theme
        _state["ours"] = False
    wanted = wanted_palette(app.styleHints().colorScheme(), high_contrast(), is_dark(app.palette()))
    if wanted is not None:
        app.setPalette(OURS[wanted]())
        _state["ours"] = True
    keys.settings().setValue(keys.COLOURS, wanted or "")


# Whether follow_colour_scheme is connected (once per application), and whether the palette in use is
# one of coprep's own (given back to the theme when the system's request ends).
_state = {"following": False, "ours": False}
