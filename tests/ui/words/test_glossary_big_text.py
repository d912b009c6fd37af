"""At 200% text on a laptop screen the Glossary gives its list of words the room to choose from
(it showed four), and the meaning of the word chosen stays in sight beside it, not below the fold."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

LAPTOP = (1366, 768)


def _whole_rows_in_sight(results) -> int:
    seen = results.viewport().rect()
    return sum(1 for row in range(results.count()) if seen.contains(results.visualItemRect(results.item(row))))


def test_at_200_percent_the_word_list_has_room_and_the_meaning_is_in_sight(window, qtbot):
    window.resize(*LAPTOP)
    page = window.show_section("Glossary")
    for _ in range(6):  # View › Bigger text, up to 200%
        window.change_text_size(+1)
    window.resize(*LAPTOP)
    for _ in range(6):
        QApplication.processEvents()  # the reflow it asked for
    assert _whole_rows_in_sight(page.results) >= 8

    page.search.setFocus()
    qtbot.keyClicks(page.search, "commissioner")  # the person looks a word up, then reads its meaning
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: "plans services" in page.view.toPlainText())
    lines = page.view.fontMetrics().lineSpacing()
    assert page.view.visibleRegion().boundingRect().height() >= 6 * lines  # in sight, not scrolled away
    assert page.results.viewport().height() >= 8 * page.results.fontMetrics().lineSpacing()  # the list too
