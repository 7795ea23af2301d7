"""Lexicons of the triage classifier: data only, no logic.

Patterns are regular expressions over the *normalised* text (see ``classification.text``): lower case,
SMS spellings expanded (``yg`` -> ``yang``), number words as digits (``enam belas`` -> ``16``), one space
between tokens, punctuation as separate tokens. Two gap macros keep patterns readable:
``" .. "`` allows up to 3 words in between, ``" ... "`` up to 6, ``" .... "`` up to 9 (never across ``. ! ? ;``).
Each pattern is matched on word boundaries and may carry a clitic (-nya, -ku, Sundanese -na, Javanese -e).
Labels are the plain-language names used in the reasons a triage officer reads.
"""
