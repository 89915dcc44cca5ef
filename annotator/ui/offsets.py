"""Code points (the store's offsets) to UTF-16 code units (Qt's positions) and back."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

# Characters outside the Basic Multilingual Plane take two UTF-16 units.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts positions in one text; O(log n) per conversion after one C-speed scan."""

    def __init__(self, text: str, *, length16: int | None = None):
        """`length16`, the text's length in UTF-16 units when already known (a Qt
        document's), spares the scan of a text without astral characters."""
        if length16 == len(text):
            self._astral: list[int] = []
        else:
            self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # Where each astral character starts, in UTF-16 units.
        self._astral16 = [cp + i for i, cp in enumerate(self._astral)]
        self.length = len(text)
        self.length16 = len(text) + len(self._astral)
        self.has_astral = bool(self._astral)

    def to_utf16(self, cp: int) -> int:
        return cp + bisect_left(self._astral, cp)

    def to_code_points(self, u16: int, *, round_up: bool = False) -> int:
        """A Qt position as a code point; one inside a surrogate pair snaps down (or up)."""
        whole = bisect_right(self._astral16, u16 - 2)  # astral characters fully before u16
        cp = u16 - whole
        inside = whole < len(self._astral16) and self._astral16[whole] == u16 - 1
        if inside:
            cp -= 1  # now the index of the astral character itself
            if round_up:
                cp += 1
        return cp
