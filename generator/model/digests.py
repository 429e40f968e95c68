"""Digests of values, for the keys of the caches that live for one generator version (pages, downloads,
cross-article results in a long-running process)."""

from __future__ import annotations

import hashlib
import io
import pickle

from .records import Origin


def _no_place(origin: Origin):
    return (tuple, ())


# Records keep the file and line they were read from (for messages); no page prints them, so a
# digest of page inputs leaves them out: a line added above a record moves it but changes no page.
_WITHOUT_PLACES = {Origin: _no_place}


def digest(value: object) -> bytes:
    """A digest of a value (only ever compared within one generator version), without the places of
    the records in it. Without the memo ("fast" mode) the bytes depend on the values alone, not on
    which objects happen to be shared (a reading loaded from the cache shares fewer strings than a
    fresh one)."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True
    pickler.dispatch_table = _WITHOUT_PLACES
    pickler.dump(value)
    return hashlib.sha256(out.getbuffer()).digest()
