"""The command line imports only what the command asked for needs."""

import argparse
import subprocess
import sys
import textwrap

from coprep.cli import COMMANDS, build_parser

HEAVY = ("markdown", "pypdfium2", "textstat", "wordfreq", "icalendar", "PySide6", "sqlite_utils")


def _declared_commands(module: str) -> set[str]:
    parser = build_parser([module])
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(subparsers.choices)


def test_every_command_is_found_in_the_module_that_declares_it():
    for module in set(COMMANDS.values()):
        declared = _declared_commands(module)
        assert declared, module
        assert {word for word, owner in COMMANDS.items() if owner == module} == declared


def test_version_imports_no_part_of_coprep_and_no_heavy_library():
    script = textwrap.dedent("""
        import sys
        from coprep.cli import main
        try:
            main(["--version"])
        except SystemExit:
            pass
        print(" ".join(sorted(sys.modules)))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    loaded = set(result.stdout.split())
    assert "coprep 0.1.0" in result.stdout
    assert not {name for name in loaded if name.startswith(("coprep.core", "coprep.ui", "coprep.cli."))}
    assert not {name for name in loaded if name.split(".")[0] in HEAVY}


def test_a_command_imports_only_its_own_module(tmp_path):
    script = textwrap.dedent(f"""
        import sys
        from coprep.cli import main
        main(["--db", {str(tmp_path / "c.db")!r}, "meetings"])
        print(" ".join(sorted(name for name in sys.modules if name.startswith("coprep.cli."))))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines()[-1].split() == ["coprep.cli.common", "coprep.cli.meetings"]
