"""`coprep jargon` and `coprep glossary export`, `import` and `check`."""

import json
import os
import subprocess
import sys

import pytest

from coprep.cli import main

TEXT = "The ICB's board met. The waiting-\nlist grew; triage and SDEC were discussed with Dr Priya Nair."


def test_jargon_reads_a_markdown_file(tmp_path, capsys):
    paper = tmp_path / "paper.md"
    paper.write_text("# Board paper\n\n" + TEXT, encoding="utf-8")
    assert main(["--db", str(tmp_path / "c.db"), "jargon", str(paper)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"words", "jargon_percent", "known", "unknown", "defined_in_text"}
    known = {term["term"]: term for term in report["known"]}
    assert known["Integrated care board"] == {
        "term": "Integrated care board",
        "matched": "ICB's",
        "count": 1,
        "meaning": known["Integrated care board"]["meaning"],
        "sense": None,
        "unsure": False,
        "everyday": False,
    }
    assert known["Waiting list"]["matched"] == "waiting- list"
    assert {"word": "SDEC", "count": 1, "kind": "acronym"} not in report["unknown"]  # SDEC is in the glossary
    assert "Nair" not in {word["word"] for word in report["unknown"]}
    assert report["words"] == 19


def test_jargon_gives_senses_the_papers_own_definitions_and_phrases(tmp_path, capsys):
    paper = tmp_path / "paper.txt"
    paper.write_text(
        "Outpatient attendances rose. We asked for mutual aid twice.\f"
        "The Patient Safety Incident Response Framework (PSIRF) starts. The Vale Quality Inspectorate came.",
        encoding="utf-8",
    )
    assert main(["--db", str(tmp_path / "c.db"), "jargon", str(paper)]) == 0
    report = json.loads(capsys.readouterr().out)
    senses = {term["matched"]: term["sense"] for term in report["known"]}
    assert senses["attendances"] == "attendance:visit"
    assert senses["mutual aid"] is None  # a jargon phrase with one meaning, from the phrase list
    assert report["defined_in_text"] == [
        {"short": "PSIRF", "long": "Patient Safety Incident Response Framework", "page": 2}
    ]
    assert {"word": "Vale Quality Inspectorate", "count": 1, "kind": "name"} in report["unknown"]


def test_jargon_lists_word_pairs_that_are_jargon_together(tmp_path, capsys):
    paper = tmp_path / "paper.txt"
    paper.write_text(
        "The surge resilience tracker is ready. The surge resilience tracker was tested. Staff support the plan.",
        encoding="utf-8",
    )
    assert main(["--db", str(tmp_path / "c.db"), "jargon", str(paper)]) == 0
    unknown = json.loads(capsys.readouterr().out)["unknown"]
    assert {"word": "surge resilience tracker", "count": 2, "kind": "phrase"} in unknown  # two pairs, one run
    assert not any(word["kind"] == "phrase" and "staff" in word["word"] for word in unknown)


def test_jargon_uses_the_persons_own_words(tmp_path, capsys):
    db = str(tmp_path / "c.db")
    words = tmp_path / "mine.csv"
    words.write_text("term,meaning\nBlorfing,A made-up word for this test.\n", encoding="utf-8")
    assert main(["--db", db, "glossary", "import", str(words)]) == 0
    source = tmp_path / "notes.txt"
    source.write_text("We talked about blorfing.", encoding="utf-8")
    capsys.readouterr()
    main(["--db", db, "jargon", str(source)])
    report = json.loads(capsys.readouterr().out)
    assert [term["term"] for term in report["known"]] == ["Blorfing"] and report["unknown"] == []


def test_jargon_reads_papers_and_explains_bad_ones(tmp_path, capsys):
    from paper_files import make_pdf

    pdf = make_pdf(tmp_path / "paper.pdf", ["Sepsis screening rose this quarter."])
    assert main(["--db", str(tmp_path / "c.db"), "jargon", str(pdf)]) == 0
    assert "Sepsis" in [term["term"] for term in json.loads(capsys.readouterr().out)["known"]]
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4")
    assert main(["--db", str(tmp_path / "c.db"), "jargon", str(damaged)]) == 1
    assert "damaged.pdf is damaged" in capsys.readouterr().err


def test_export_and_import_between_two_databases(tmp_path, capsys):
    first, second, shared = str(tmp_path / "a.db"), str(tmp_path / "b.db"), tmp_path / "words.csv"
    source = tmp_path / "in.csv"
    source.write_text("term,forms,meaning\nBlorfing,blorfings,Moving money between budgets.\n", encoding="utf-8")
    assert main(["--db", first, "glossary", "import", str(source)]) == 0
    assert main(["--db", first, "glossary", "export", "--csv", str(shared)]) == 0
    assert main(["--db", second, "glossary", "import", str(shared)]) == 0
    assert "Added 1 word to" in capsys.readouterr().out
    assert main(["--db", second, "glossary", "export", "--csv", "-"]) == 0
    assert capsys.readouterr().out == (
        "term,forms,meaning,category,see_also,example,source,checked\n"
        "Blorfing,blorfings,Moving money between budgets.,my words,,,,\n"
    )


def test_export_all_writes_the_shipped_glossary(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "c.db"), "glossary", "export", "--all", "--csv", "-"]) == 0
    assert capsys.readouterr().out.count("\n") > 400


def test_reimporting_an_export_of_the_whole_glossary_is_fine(tmp_path, capsys):
    db, shared = str(tmp_path / "c.db"), tmp_path / "all.csv"
    assert main(["--db", db, "glossary", "export", "--all", "--csv", str(shared)]) == 0
    count = int(capsys.readouterr().out.split()[1])
    assert main(["--db", db, "glossary", "import", str(shared)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert f"{count} words are already in your glossary with the same meaning; nothing to do for them." in out
    assert "There were no new words to add." in out


def test_a_word_with_a_different_meaning_is_a_problem(tmp_path, capsys):
    words = tmp_path / "words.csv"
    words.write_text("term,meaning\nQuorum,Something else.\n", encoding="utf-8")
    assert main(["--db", str(tmp_path / "c.db"), "glossary", "import", str(words)]) == 1
    assert "Line 2: Your glossary already explains 'Quorum' differently." in capsys.readouterr().err


def test_import_with_problems_adds_nothing_unless_asked(tmp_path, capsys):
    db = str(tmp_path / "c.db")
    bad = tmp_path / "bad.csv"
    bad.write_text("term,meaning\nTea round,Who makes the tea and when.\nLocum,\nTea round,Again.\n", encoding="utf-8")
    assert main(["--db", db, "glossary", "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "Line 3: 'Locum' has no meaning." in err and "Line 4:" in err and "Nothing was added" in err
    assert "--good-rows" in err
    main(["--db", db, "glossary", "export", "--csv", "-"])
    assert "Tea round" not in capsys.readouterr().out
    assert main(["--db", db, "glossary", "import", "--good-rows", str(bad)]) == 0
    assert "Added 1 word to" in capsys.readouterr().out


def test_import_of_a_file_with_wrong_columns_fails(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("word,explanation\nRota,A list.\n", encoding="utf-8")
    assert main(["--db", str(tmp_path / "c.db"), "glossary", "import", "--good-rows", str(bad)]) == 1
    assert "Line 1:" in capsys.readouterr().err


def test_jargon_reads_standard_input_in_a_real_process(tmp_path):
    env = {**os.environ, "COPREP_DB": str(tmp_path / "c.db")}
    done = subprocess.run(
        [sys.executable, "-m", "coprep", "jargon", "-"],
        input=TEXT,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert "Waiting list" in {term["term"] for term in report["known"]}


def test_glossary_check_lists_meanings_checked_long_ago(tmp_path, capsys):
    db = str(tmp_path / "c.db")
    words = tmp_path / "shared.csv"
    words.write_text(
        'term,meaning,source,checked\nOld rule,"Papers 10 days ahead.","Old guide, 2019",2019-05\n'
        'Fresh rule,"Papers 5 days ahead.","New guide, 2026",2099-01\n',
        encoding="utf-8",
    )
    assert main(["--db", db, "glossary", "import", str(words)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "glossary", "check"]) == 1
    text = capsys.readouterr().out
    assert "- Old rule: Last checked May 2019. (Old guide, 2019)" in text and "Fresh rule" not in text
    assert main(["--db", db, "glossary", "check", "--older-than-months", "1200", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--db", db, "glossary", "check", "--json"]) == 1
    found = {item["term"]: item for item in json.loads(capsys.readouterr().out)}
    assert found["Old rule"] == {
        "term": "Old rule",
        "reason": "old",
        "message": "Last checked May 2019.",
        "source": "Old guide, 2019",
        "checked": "2019-05",
    }


def test_glossary_check_refuses_a_month_count_that_is_not_a_number(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(tmp_path / "c.db"), "glossary", "check", "--older-than-months", "a year"])
    assert stop.value.code == 2
    assert "give a whole number of months, like 12" in capsys.readouterr().err
