"""Shipped migrations are never edited: a person's database already ran them as they were.

A change to the schema is a new migration appended at the end. When a release ships, add each
new migration's fingerprint here (print it with the helper at the bottom of this file).
"""

import hashlib
import inspect

from coprep.core.storage import migrations as schema

SHIPPED = {
    "m001_tables": "9c44af1c0b0705c18f744557415e489ec246b3f2f3ee3951d63729bcee56e6fe",
    "m002_search": "5dc974e4a49ab79d446ccf3ac71ea1cebddc9f679e2509c10c1f6b782153a9a4",
}
# Module-level text the shipped migrations read: editing it edits them.
SHIPPED_DATA = {
    "_TABLES": "89f538e2913534325757d40cdbff848718f2c901e0e5c74cbd9fb1850339e5d0",
    "_SEARCHABLE": "fe032453049a076146e7715be4b796da7004d5467b0bc21cffc9040e5a90a418",
}


def fingerprints() -> dict[str, str]:
    return {
        migration.__name__: hashlib.sha256(inspect.getsource(migration).encode()).hexdigest()
        for migration in schema.migrations.functions
    }


def test_shipped_migrations_are_unchanged_and_come_first_in_order():
    found = fingerprints()
    names = list(found)
    assert names[: len(SHIPPED)] == list(SHIPPED), "new migrations go at the end, after every shipped one"
    for name, digest in SHIPPED.items():
        assert found[name] == digest, f"{name} has been edited; add a new migration instead"


def test_text_the_shipped_migrations_use_is_unchanged():
    assert hashlib.sha256(schema._TABLES.encode()).hexdigest() == SHIPPED_DATA["_TABLES"]
    assert hashlib.sha256(repr(schema._SEARCHABLE).encode()).hexdigest() == SHIPPED_DATA["_SEARCHABLE"]
