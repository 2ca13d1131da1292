"""Shared helpers for the StanceTracker catalogue generator and checker."""
import re
import unicodedata

_EXTRA = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
                        "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "ı": "i", "ß": "ss", "œ": "oe", "Œ": "Oe",
                        "ʻ": "", "’": "", "'": ""})


def fold(text: str) -> str:
    """Fold diacritics to plain ASCII where possible ("Orbán" -> "Orban")."""
    text = text.translate(_EXTRA)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def slug(name: str, institution: bool = False) -> str:
    """Lower-case ASCII slug of a canonical name. Institutions drop a leading "the "."""
    if institution and name.lower().startswith("the "):
        name = name[4:]
    s = fold(name).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s
