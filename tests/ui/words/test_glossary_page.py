"""The Glossary section, driven as a person would: typing, clicking, keys, dialogs."""

from modal_dialogs import when_dialog_opens
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel

from coprep.core.words.glossary import add_entry, load_glossary
from coprep.ui.words.glossary_dialogs import EntryDialog, ImportReportDialog
from coprep.ui.words.glossary_page import GlossaryPage


def _page(ws, qtbot) -> GlossaryPage:
    page = GlossaryPage(ws)
    qtbot.addWidget(page)
    page.show()
    return page


def _shown_terms(page):
    return [page.results.item(row).data(Qt.ItemDataRole.UserRole) for row in range(page.results.count())]


def test_search_as_you_type_with_a_typo(ws, qtbot):
    page = _page(ws, qtbot)
    everything = page.results.count()
    qtbot.keyClicks(page.search, "comissioner")
    assert _shown_terms(page)[0] == "Commissioner"
    assert page.results.count() < everything
    assert "Commissioner" in page.view.toPlainText() and "plans services" in page.view.toPlainText()
    page.search.clear()
    qtbot.keyClicks(page.search, "ICB")
    assert _shown_terms(page)[0] == "Integrated care board"


def test_browse_by_letter_and_group(ws, qtbot):
    page = _page(ws, qtbot)
    page.letter.setCurrentText("Q")
    assert _shown_terms(page) and all(term.upper().startswith("Q") for term in _shown_terms(page))
    page.letter.setCurrentText("All")
    page.group.setCurrentText("money")
    money = {entry.term for entry in load_glossary(ws.db) if entry.category == "money"}
    assert set(_shown_terms(page)) == money


def test_see_also_links_with_back_and_forward(window, qtbot):
    page = window.show_section("Glossary")
    page.show_entry("Commissioner")
    link = next(part for part in page.current.see_also)
    page.view.anchorClicked.emit(QUrl(f"see:{link}"))
    assert page.current.term.casefold() == link.casefold() or link.casefold() in map(str.casefold, page.current.forms)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.current.term == "Commissioner" and page.forward.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.current.term != "Commissioner" and not page.forward.isEnabled()


def test_add_an_own_word_shows_in_the_list_and_the_database(ws, qtbot):
    page = _page(ws, qtbot)
    qtbot.keyClicks(page.search, "Blorfing")
    assert page.results.count() == 0 and "No words match" in page.count.text()

    def fill(dialog: EntryDialog):
        assert dialog.term.text() == "Blorfing"
        qtbot.keyClicks(dialog.meaning, "A made-up word for a test.")
        qtbot.keyClicks(dialog.forms, "blorfings")
        dialog.save()

    when_dialog_opens(fill)
    qtbot.mouseClick(_button(page, "Add a word…"), Qt.MouseButton.LeftButton)
    assert _shown_terms(page) == ["Blorfing"] and page.current.term == "Blorfing"
    row = ws.db.execute("select term, meaning, forms, category from glossary_own").fetchone()
    assert row == ("Blorfing", "A made-up word for a test.", "blorfings", "my words")


def _button(page, text):
    from PySide6.QtWidgets import QPushButton

    return next(button for button in page.findChildren(QPushButton) if button.text().replace("&", "") == text)


def test_change_a_shipped_meaning_and_mark_known_and_hide(ws, qtbot):
    page = _page(ws, qtbot)
    page.show_entry("Commissioner")

    def change(dialog: EntryDialog):
        assert dialog.term.isReadOnly()
        dialog.meaning.setPlainText("The people who buy care for our area.")
        dialog.save()

    when_dialog_opens(change)
    qtbot.mouseClick(page.change, Qt.MouseButton.LeftButton)
    assert "buy care for our area" in page.view.toPlainText()
    assert page.remove.isVisible() and page.remove.text() == "Use the usual meaning"
    qtbot.mouseClick(page.known, Qt.MouseButton.LeftButton)
    assert ws.db.execute("select known from glossary_marks where term_key = 'commissioner'").fetchone() == (1,)
    qtbot.mouseClick(page.hide, Qt.MouseButton.LeftButton)
    assert "Commissioner" not in _shown_terms(page)
    page.show_hidden.setChecked(True)
    assert "Commissioner" in _shown_terms(page)


def test_import_with_problems_shows_the_report_and_adds_only_good_lines(ws, qtbot, tmp_path):
    add_entry(ws, "Blorfing", "Already here.")
    source = tmp_path / "words.csv"
    source.write_text(
        "term,meaning\nZindle,A made-up word.\nBlorfing,Again.\nWuzzle,\nblorfing,Already here.\n", encoding="utf-8"
    )
    page = _page(ws, qtbot)
    seen = {}

    def agree(dialog: ImportReportDialog):
        seen["problems"] = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        seen["summary"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        dialog.add_good.click()

    when_dialog_opens(agree)
    assert page.import_file(str(source)) == 1
    assert seen["problems"] == [
        (
            "Line 3: Your glossary already explains 'Blorfing' differently. If you prefer the meaning in this file, "
            "find 'Blorfing' in the Glossary and press Change… to put it in."
        ),
        "Line 4: 'Wuzzle' has no meaning.",
    ]
    assert "1 word is already in your glossary with the same meaning; nothing to do for them." in seen["summary"]
    assert [row[0] for row in ws.db.execute("select term from glossary_own order by id")] == ["Blorfing", "Zindle"]


def test_a_file_with_no_good_lines_still_gets_a_report_and_adds_nothing(ws, qtbot, tmp_path):
    source = tmp_path / "words.csv"
    source.write_text("word,explanation\nZindle,A made-up word.\n", encoding="utf-8")
    page = _page(ws, qtbot)
    seen = {}

    def close(dialog: ImportReportDialog):
        seen["problems"] = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        dialog.reject()

    when_dialog_opens(close)
    assert page.import_file(str(source)) == 0
    assert seen["problems"][0].startswith("Line 1: The first line must name the columns, including term and meaning.")
    assert ws.db.execute("select count(*) from glossary_own").fetchone() == (0,)


def test_export_writes_my_words(ws, qtbot, tmp_path):
    add_entry(ws, "Blorfing", "A made-up word.")
    page = _page(ws, qtbot)
    target = tmp_path / "out.csv"
    assert page.export_file(str(target), everything=False) == 1
    assert target.read_text(encoding="utf-8").splitlines()[1] == "Blorfing,,A made-up word.,my words,,,,"


def test_glossary_is_a_section_of_the_window(window, qtbot):
    page = window.show_section("Glossary")
    assert isinstance(page, GlossaryPage)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "quorum")
    assert page.current is not None and page.current.term == "Quorum"


def test_find_a_word_and_see_where_its_facts_come_from(window, qtbot):
    page = window.show_section("Glossary")
    page.search.setFocus()
    qtbot.keyClicks(page.search, "RTT")
    assert page.current.term == "Referral to treatment"
    shown = page.view.toPlainText()
    assert "Source: NHS England, Referral to treatment waiting times statistics, 2025. Checked December 2026." in shown
    assert shown.index("The clock starts") < shown.index("Source:") < shown.index("Also written:")
    page.search.clear()
    qtbot.keyClicks(page.search, "Agenda")
    assert page.current.term == "Agenda" and "Source:" not in page.view.toPlainText()


def test_words_taken_out_of_forms_can_still_be_found_by_their_own_name(ws, qtbot):
    page = _page(ws, qtbot)
    for word, term in (("minutes", "Minutes"), ("NHS trust", "NHS trust"), ("pilot", "Pilot study")):
        page.search.clear()
        qtbot.keyClicks(page.search, word)
        assert _shown_terms(page)[0] == term, word


def test_long_problems_wrap_in_the_report(ws, qtbot):
    from coprep.core.words.glossary_csv import check_import

    dialog = ImportReportDialog(check_import(ws, b"term,meaning\nZindle,A word.\n\xff\xfe,bad\n"), "words.csv")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "Save the file as 'CSV UTF-8'" in dialog.problems.item(0).text()
    assert dialog.problems.horizontalScrollBar().maximum() == 0


def test_new_groups_are_listed_with_readable_names(ws, qtbot):
    page = _page(ws, qtbot)
    groups = [page.group.itemText(index) for index in range(page.group.count())]
    assert "urgent care" in groups and "urgent_care" not in groups
    page.group.setCurrentText("urgent care")
    assert "OPEL" in _shown_terms(page)
    assert "Budget" not in _shown_terms(page)
