"""At 200% text on a laptop screen the Glossary gives its list of words the room to choose from
(it showed four), and the meaning of the word chosen stays in sight beside it, not below the fold."""

from PySide6.QtCore import Qt

LAPTOP = (1366, 768)


def _lines_in_sight(results) -> int:
    """Lines of text the list has room for (not rows: a long name such as '13-week inpatient standard
    (Northern Ireland)' takes two, so counting rows would test the glossary's words, not the room)."""
    return results.viewport().height() // results.fontMetrics().lineSpacing()


def test_at_200_percent_the_word_list_has_room_and_the_meaning_is_in_sight(window, qtbot):
    window.resize(*LAPTOP)
    page = window.show_section("Glossary")
    for _ in range(6):  # View › Bigger text, up to 200%
        window.change_text_size(+1)
    window.resize(*LAPTOP)
    qtbot.waitUntil(lambda: _lines_in_sight(page.results) >= 8)  # the room the reflow gives it

    page.search.setFocus()
    qtbot.keyClicks(page.search, "commissioner")  # the person looks a word up, then reads its meaning
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: "plans services" in page.view.toPlainText())
    lines = page.view.fontMetrics().lineSpacing()
    # in sight, not scrolled away, once the window has settled at the bigger size; the list too
    qtbot.waitUntil(lambda: page.view.visibleRegion().boundingRect().height() >= 6 * lines)
    assert _lines_in_sight(page.results) >= 8
