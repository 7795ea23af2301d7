"""Words that shape sentences: where clauses end, what negates, what does not negate after all.

Sources. Indonesian forms follow KBBI (Kamus Besar Bahasa Indonesia, daring); Sundanese forms Danadibrata, Kamus
Basa Sunda (2006); Javanese ngoko and krama forms Poerwadarminta, Baoesastra Djawa (1939); English plain usage.
Words shared with the NusaX-Lexicon (Winata et al. 2023, CC BY-SA 4.0) and the colloquial-Indonesian lexicons
(Salsabila et al. 2018; louisowen6/NLP_bahasa_resources, MIT) are also read through ``sourced.py``. The project
chose which words to list: negators, clause breaks and relative pronouns are the closed word classes of each
language's grammar (same dictionaries).
"""

SENTENCE_BREAKS = frozenset({".", "!", "?"})

# A negation or an 'if' never reaches past these: "dia tidak memperkosa, tapi meraba" negates one verb only.
CLAUSE_BREAKS = frozenset({
    ".", "!", "?", ";", ",", ":", "(", ")",
    "tapi", "tetapi", "namun", "melainkan", "sedangkan", "padahal", "lalu", "kemudian", "terus",
    "but", "however", "then", "whereas", "although", "though", "ketika", "when", "while", "karena", "because",
    "sebab", "sehingga", "sabab", "amarga", "mergo",
    "nanging", "ananging", "tur", "tapina",
})

# (pattern, reach in words): a cue is negated when one of these ends at most `reach` words before it,
# in the same clause. Multi-word forms come first so 'tidak ada yang' wins over 'tidak'.
NEGATORS: tuple[tuple[str, int], ...] = (
    # Round 44 (B64-08 'Kami tidak menuduh siapa pun berbuat curang'): a denial of accusing reaches what the accusation
    # would name, to the end of its clause ('not accusing anyone of fraud or theft'; KBBI tuduh, menuduh; Danadibrata
    # nuduh; Baoesastra dakwa, nuduh; English plain usage); a clause break still ends it ('..., tapi dia meraba saya')
    (r"(?:tidak|bukan|teu|henteu|ora|dudu|mboten|boten|sanes|not) (?:menuduh|nuduh|nuduhkeun|nudhuh|ndakwa|accusing|"
     r"accuse|alleging|blaming|menyalahkan|nyalahkeun|nyalahke|nyalahake)", 6),
    (r"tidak benar (?:kalau|bahwa|jika)", 6),      # denial of a rumour: "tidak benar kalau relawan ... "
    # 'nobody at the shelter has harassed me': existential negators reach a little further
    (r"(?:tidak|belum) (?:pernah )?ada(?: (?:yang|orang yang|seorang pun yang|seorang pun))?", 5),
    (r"(?:no one|nobody|none of them|no-one|not anyone|not a single)", 5),
    (r"(?:teu|henteu) aya(?: (?:nu|anu|saha))?", 3),
    # round 11: Sundanese 'not yet', before 'aya' only ('can aya nu dirampa'; Danadibrata can, acan): bare 'can' is
    # English
    (r"(?:can|acan|tacan|teu acan) aya(?: (?:nu|anu|saha))?", 3),
    (r"(?:ora ana|ora ono|mboten wonten)(?: (?:sing|ingkang))?", 3),
    (r"(?:tidak|belum|bukan|jangan sampai)", 3),
    (r"(?:not|never|no)", 3),
    # 'without' qualifies the next word or two ('tanpa izin', 'without her consent'), never a later verb:
    # 'pictures without clothes and has promised her ...'
    (r"(?:tanpa|without)", 2),
    (r"(?:teu|henteu|moal|tacan|teu acan)", 3),   # Sundanese (not 'lain': Indonesian 'relawan lain' = another)
    (r"(?:ora|dudu|durung|mboten|boten|dereng|sanes|ora tau)", 3),   # Javanese ngoko/krama
    (r"(?:hampir|nyaris|almost|nearly)", 1),       # "almost hit": it did not happen
)

# The first word of every negator above: where none occurs, no negation needs to be looked for (matcher speed).
# tests/unit/test_matcher_prefilter.py holds this list to NEGATORS.
NEGATOR_HEADS = frozenset({
    "tidak", "belum", "bukan", "tanpa", "jangan", "not", "never", "without", "no", "no-one", "nobody", "none",
    "teu", "henteu", "moal", "tacan", "ora", "dudu", "durung", "mboten", "boten", "dereng", "sanes", "hampir",
    "nyaris", "almost", "nearly", "can", "acan",
})

# After a negator these mean the reporter refused, which is no negation of the event: "saya tidak mau
# tidur dengannya tapi ...", "not only", "tidak hanya meraba tapi juga ..."
NOT_A_NEGATION_AFTER = frozenset({
    "mau", "ingin", "suka", "rela", "bersedia", "setuju", "berani", "want", "wanted", "wants", "agree",
    "consent", "consented", "like", "gelem", "purun", "daek", "hayang", "kersa", "hanya", "cuma",
    "only", "just", "sekedar", "sekadar", "ngan", "mung", "saja",
    # lexicalised: 'tidak senonoh' is indecent, 'tidak dikenal' unknown; they describe, they do not negate
    "senonoh", "pantas", "sopan", "wajar", "diinginkan", "bermoral", "layak", "adil", "dikenal", "kenal",
    "pantes", "patut", "appropriate", "known",
    # round 21: 'a man I did not know dragged me': a stranger described, the act after it not negated
    "know", "knew",
    # round 35 (B53-26 'teu eureun-eureun ngomongkeun awak abdi'): 'without stopping' says the act went on and on
    # (Danadibrata eureun; KBBI henti, berhenti; Baoesastra leren, mandheg; English plain usage)
    "eureun", "eureun-eureun", "henti", "henti-henti", "henti-hentinya", "berhenti", "berhenti-berhenti",
    "berhenti-henti", "leren", "leren-leren", "mandheg", "mandheg-mandheg", "stop", "stopped", "stopping",
    # round 52: a stranger described in the Sundanese lemes and the krama ('lalaki nu teu dipikawanoh', 'tiyang ingkang
    # mboten dipuntepangi') and the English present ('a man nobody knows'), as round 21's 'dikenal' (Danadibrata wanoh,
    # dipikawanoh; Baoesastra tepang, krama of kenal, dipuntepangi; KBBI dikenali; English plain usage)
    "dipikawanoh", "dipiwanoh", "wanoh", "tepang", "dipuntepangi", "ditepangi", "dikenali", "knows", "recognised",
    "recognized",
})

# Round 52: a relative pronoun, then the negator, then a verb of knowing within two words, with the one who does not
# know between ('laki-laki yang tidak kami kenal', 'wong sing ora tak kenal', 'lalaki nu teu ku abdi kenal'): the
# negator describes a stranger, it does not deny the act after him (KBBI kenal; Danadibrata wanoh; Baoesastra kenal,
# krama tepang)
KNOWING = frozenset({"kenal", "dikenal", "kenali", "dikenali", "wanoh", "dipikawanoh", "tepang", "dipuntepangi",
                     "ditepangi", "know", "knew", "knows"})

# Round 8 (B21-09): 'gk pake baju' (not wearing clothes) says she or he was naked; it describes, it denies nothing,
# and it must not reach the next cue ('foto gk pake baju & video jorok': '&' is dropped with the punctuation). A
# negator followed by a verb of wearing and a garment is read as that description. KBBI pakai, memakai, mengenakan,
# busana, pakaian (SMS 'pake'); Danadibrata make, nganggo, acuk, baju, calana; Baoesastra nganggo, ngagem (krama),
# klambi, rasukan, ageman, sandhangan, kathok; English plain usage.
WEARING = frozenset({"pake", "pakai", "memakai", "mengenakan", "berpakaian", "berbaju", "make", "nganggo", "ngagem",
                     "ngangge", "nganggé", "wearing", "wear", "wears"})
GARMENTS = frozenset({"baju", "busana", "pakaian", "celana", "sehelai", "klambi", "rasukan", "ageman", "sandhangan",
                      "acuk", "calana", "kathok", "kathokan", "sinjang", "clothes", "clothing", "apa-apa", "kaos", "bh",
                      "bra", "underwear", "pants"})

# Round 8: krama 'sanes' after a noun is 'other' ('saking tenda sanes', from another tent; 'tiyang sanes', someone
# else), as Indonesian 'lain' is; before a noun it is 'not' ('sanes relawan'). Baoesastra Djawa: sanès.
OTHER_BEFORE_SANES = frozenset({"tenda", "tendha", "desa", "dusun", "griya", "panggenan", "tiyang", "lare", "dinten",
                                "wekdal", "kampung", "posko", "blok", "kamar", "lembaga", "daerah", "kabupaten",
                                "kecamatan", "kelurahan", "kota", "priya", "piyantun", "priyantun", "rt", "rw",
                                "barak", "bedeng", "huntara", "pengungsian", "kelompok", "tim", "dinas", "kantor"})

# A negation after these is a condition, not a fact: "kalau saya tidak mau tidur dengannya, ..."
CONDITIONALS = frozenset({
    "kalau", "jika", "jikalau", "bila", "apabila", "asal", "asalkan", "if", "unless", "upami", "lamun",
    "mun", "yen", "nek", "menawi", "misalnya", "supaya", "agar",
})

# Round 46 (B66-38 'Ngapunten nek iki dudu urusan pelecehan, tapi tulung ditangani'): an apology right before the
# conditional makes it a polite hedge, 'sorry if this is not harassment', no condition: the negator after it still
# denies (KBBI maaf, mohon maaf; Danadibrata hapunten, punten; Baoesastra pangapunten, ngapunten, sepurane, ngapura;
# English plain usage)
APOLOGIES = frozenset({
    "maaf", "maap", "mohon maaf", "punten", "hapunten", "ngahapunten", "ngapunten", "pangapunten", "sepurane",
    "sepuntene", "ngapura", "sorry", "apologies", "pardon",
})

# A relative pronoun between a negator and a cue means the negator described someone else:
# "bukan relawan yang melecehkan saya" still reports harassment.
RELATIVE_PRONOUNS = frozenset({"yang", "who", "that", "which", "nu", "anu", "sing", "ingkang", "kang"})

# 'There is no one who ...': a relative clause after these is what is denied ('tidak ada relawan yang meminta ...').
EXISTENTIAL_NEGATORS = (r"(?:tidak|belum) (?:pernah )?ada|no one|nobody|none of them|no-one|not anyone|"
                        r"not a single|(?:teu|henteu) aya|ora ana|ora ono|mboten wonten")
