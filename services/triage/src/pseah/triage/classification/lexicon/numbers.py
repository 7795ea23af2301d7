"""Number words for ages and relative times, in Indonesian, Sundanese, Javanese (ngoko and krama) and English.

'one' is left out on purpose: 'no one' must stay a negation.

Sources. Indonesian forms follow KBBI (Kamus Besar Bahasa Indonesia, daring); Sundanese forms Danadibrata, Kamus
Basa Sunda (2006); Javanese ngoko and krama forms Poerwadarminta, Baoesastra Djawa (1939); English plain usage.
Words shared with the NusaX-Lexicon (Winata et al. 2023, CC BY-SA 4.0) and the colloquial-Indonesian lexicons
(Salsabila et al. 2018; louisowen6/NLP_bahasa_resources, MIT) are also read through ``sourced.py``. The project
chose which words to list: number words are the standard numerals of the four languages (same dictionaries).
"""

UNITS: dict[str, int] = {
    # Indonesian
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100,
    # Sundanese
    "hiji": 1, "tilu": 3, "opat": 4, "genep": 6, "dalapan": 8, "salapan": 9, "sapuluh": 10, "sabelas": 11,
    # Javanese ngoko and krama
    "siji": 1, "loro": 2, "telu": 3, "papat": 4, "limo": 5, "enem": 6, "pitu": 7, "wolu": 8, "sanga": 9,
    "songo": 9, "sepuloh": 10, "sewelas": 11, "rolas": 12, "telulas": 13, "patbelas": 14, "limalas": 15,
    "nembelas": 16, "pitulas": 17, "wolulas": 18, "sangalas": 19, "songolas": 19, "selikur": 21,
    # round 23 (B44-22, 'yuswanipun selangkung taun', 25): the twenties in one word (Baoesastra selikur, rolikur,
    # telulikur, patlikur, selawé, krama selangkung, nemlikur, pitulikur, wolulikur, sangalikur)
    "rolikur": 22, "telulikur": 23, "patlikur": 24, "selawe": 25, "selangkung": 25, "nemlikur": 26,
    "pitulikur": 27, "wolulikur": 28, "sangalikur": 29, "songolikur": 29,
    "setunggal": 1, "kalih": 2, "tigang": 3, "sekawan": 4, "gangsal": 5, "sedasa": 10,
    "rong": 2, "telung": 3, "patang": 4, "limang": 5, "nem": 6,
    # round 42 (B63-37, 'yuswanipun sewidak setunggal taun', 61): the tens in one word and the forms before 'puluh'
    # (Baoesastra sèket, sewidak, swidak; pitung, wolung, sangang), so the unit after them is no age of its own
    "seket": 50, "sewidak": 60, "swidak": 60, "pitung": 7, "wolung": 8, "sangang": 9,
    # round 44 (B64-07 'Saben wong dijaluki satus ewu'): a hundred in Javanese and Sundanese as 'seratus' is, so a sum
    # asked in words is a sum (Baoesastra satus; Danadibrata saratus)
    "satus": 100, "saratus": 100,
    # English
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

# '<unit> belas' (Indonesian), '<unit> welas' (Sundanese/Javanese krama): unit + 10
TEEN_WORDS = frozenset({"belas", "welas"})
# '<unit> puluh' (Indonesian/Sundanese), 'rong puluh' (Javanese): unit * 10
TENS_WORDS = frozenset({"puluh", "dasa"})
# 'se-' forms read as one: sepuluh, sebelas are in UNITS; 'sepuluh' etc. handled there.
