"""coprep pack split and pack add, as a person types them."""

import json

from coprep.cli import main


def test_pack_split_prints_the_split_and_stores_nothing(pack_corpus, tmp_path, capsys) -> None:
    path, label = pack_corpus["council_ranges"]
    db = tmp_path / "coprep.db"
    assert main(["--db", str(db), "pack", "split", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [item["pdf_pages"] for item in data["items"]] == [item["pdf_pages"] for item in label["items"]]
    assert {item["source"] for item in data["items"] if item["pdf_pages"]} == {"page ranges"}
    assert not db.exists()


def test_pack_add_to_a_new_meeting_then_a_supplementary_pack(pack_corpus, tmp_path, capsys) -> None:
    db = tmp_path / "coprep.db"
    main_pack, _ = pack_corpus["council_bookmarks_ranges"]
    assert main(["--db", str(db), "pack", "add", "new", str(main_pack), "--received", "2026-03-01"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["supplementary"] is False and len(first["parts"]) == 6
    late, _ = pack_corpus["council_supplementary"]
    assert main(["--db", str(db), "pack", "add", str(first["meeting_id"]), str(late)]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["supplementary"] is True
    assert [part["change"] for part in second["parts"]] == ["replaces", "new item"]


def test_pack_commands_explain_bad_input(tmp_path, capsys) -> None:
    text = tmp_path / "agenda.txt"
    text.write_text("AGENDA")
    assert main(["--db", str(tmp_path / "c.db"), "pack", "split", str(text)]) == 1
    assert "is not a PDF" in capsys.readouterr().err
    assert main(["--db", str(tmp_path / "c.db"), "pack", "add", "99", str(text)]) == 1
    assert "There is no meeting number 99" in capsys.readouterr().err
