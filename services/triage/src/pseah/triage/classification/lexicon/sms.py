"""Informal and SMS spellings (Indonesian, a little Sundanese/Javanese/English) mapped to one canonical form.

Only unambiguous abbreviations: 'kk' is left alone (it is also Kartu Keluarga, 'setiap KK'), 'dr' is
read as 'dari' because a doctor is written 'dr.' before a name and no cue depends on it.

Sources. Indonesian forms follow KBBI (Kamus Besar Bahasa Indonesia, daring); Sundanese forms Danadibrata, Kamus
Basa Sunda (2006); Javanese ngoko and krama forms Poerwadarminta, Baoesastra Djawa (1939); English plain usage.
Words shared with the NusaX-Lexicon (Winata et al. 2023, CC BY-SA 4.0) and the colloquial-Indonesian lexicons
(Salsabila et al. 2018; louisowen6/NLP_bahasa_resources, MIT) are also read through ``sourced.py``. The project
chose which words to list: the hand-made table covers what the labelled reports use; the larger cited tables are
in ``sourced.py``; krama and lemes function words are dictionary forms.
"""

SPELLINGS: dict[str, str] = {
    # function words
    "yg": "yang", "yng": "yang", "dgn": "dengan", "dg": "dengan", "dng": "dengan", "dngn": "dengan",
    "utk": "untuk", "untk": "untuk", "u/": "untuk", "krn": "karena", "karna": "karena", "krna": "karena",
    "kpd": "kepada", "pd": "pada", "dr": "dari", "dri": "dari", "tp": "tapi", "tpi": "tapi", "tapii": "tapi",
    "jg": "juga", "jga": "juga", "sm": "sama", "ama": "sama", "trs": "terus", "ad": "ada", "ada2": "ada-ada",
    "trus": "terus", "terus2": "terus-terus", "lg": "lagi", "lgi": "lagi", "aja": "saja", "aj": "saja",
    "sj": "saja", "cm": "cuma", "cmn": "cuma", "cuman": "cuma", "bgt": "banget", "bngt": "banget",
    "klo": "kalau", "kalo": "kalau", "kl": "kalau", "klau": "kalau", "kalu": "kalau", "jk": "jika",
    "spy": "supaya", "jd": "jadi", "jdi": "jadi", "sblm": "sebelum", "stlh": "setelah",
    "abis": "habis", "udh": "sudah", "udah": "sudah", "sdh": "sudah", "dah": "sudah", "blm": "belum",
    "blom": "belum", "msh": "masih", "masi": "masih", "msih": "masih", "bs": "bisa", "bsa": "bisa",
    "gmn": "bagaimana", "gimana": "bagaimana", "knp": "kenapa", "kpn": "kapan", "dmn": "dimana",
    "mksd": "maksud", "sbg": "sebagai", "ato": "atau", "atw": "atau", "bbrp": "beberapa",
    "dpt": "dapat", "dapet": "dapat", "dpet": "dapat", "kasi": "kasih", "ksh": "kasih", "dikasi": "dikasih",
    # (round 19, B38-08: 'asal km mau tdr sm sy', KBBI tidur; Salsabila et al. 2018 list tdr)
    "tdr": "tidur", "tdur": "tidur",
    # (round 26, B47-14, B47-29: 'bgtu', 'dsbr'; KBBI begitu, disebar; Salsabila et al. 2018 for the dropped vowels)
    "bgtu": "begitu", "gtu": "gitu", "dsbr": "disebar", "dsebar": "disebar", "dsbrin": "disebarin",
    "semalem": "semalam", "smlm": "semalam", "smalem": "semalam", "tdi": "tadi", "barusan": "barusan",
    # (round 34, B56-17 'anak cowok sy umur14 th minggulalu ...': a time written as one word, as 'gatau' is; KBBI
    # minggu lalu, tadi malam; Baoesastra minggu wingi, sasi wingi; Danadibrata minggu kamari; English plain usage)
    "minggulalu": "minggu lalu", "bulanlalu": "bulan lalu", "tahunlalu": "tahun lalu", "taunlalu": "tahun lalu",
    "tadimalam": "tadi malam", "tadipagi": "tadi pagi", "mingguwingi": "minggu wingi", "sasiwingi": "sasi wingi",
    "minggukamari": "minggu kamari", "lastweek": "last week", "lastmonth": "last month", "lastnight": "last night",
    "smpe": "sampai", "smpai": "sampai", "sampe": "sampai", "nyampe": "sampai",
    # (round 16, B34-03: 'gatau', 'gktau', 'don't know', written as one word, Salsabila et al. 2018)
    "gatau": "tidak tahu", "gatw": "tidak tahu", "gktau": "tidak tahu", "gatahu": "tidak tahu",
    "tau": "tahu", "tw": "tahu", "liat": "lihat", "ngeliat": "melihat", "ngintipin": "mengintip",
    "nemenin": "menemani", "nemenin2": "menemani", "ngajak": "mengajak", "ngancem": "mengancam",
    "ngancam": "mengancam", "ngajakin": "mengajak", "nolak": "menolak", "jln": "jalan", "kmaren": "kemarin",
    # negation: one spelling so that 'tidak senonoh' and friends need one pattern
    "tdk": "tidak", "gk": "tidak", "ga": "tidak", "gak": "tidak", "nggak": "tidak", "ngga": "tidak",
    "ngak": "tidak", "enggak": "tidak", "engga": "tidak", "kagak": "tidak", "ndak": "tidak", "nda": "tidak",
    "g": "tidak", "gag": "tidak", "tak": "tidak",
    # people
    "sy": "saya", "sya": "saya", "aq": "aku", "gw": "saya", "gue": "saya", "gua": "saya",
    "ank": "anak", "anq": "anak", "ade": "adik", "adk": "adik", "adek": "adik", "dede": "adik",
    "bpk": "bapak", "bp": "bapak", "ortu": "orang tua",
    "org": "orang", "orng": "orang", "cew": "cewek", "cewe": "cewek", "cwe": "cewek", "cowo": "cowok",
    "cwo": "cowok", "tmn": "teman", "temen": "teman", "sodara": "saudara", "tetanga": "tetangga",
    "rlwn": "relawan", "relawn": "relawan", "relwan": "relawan", "ptgs": "petugas", "petgas": "petugas",
    "staff": "staf", "kades": "kepala desa", "kadus": "kepala dusun", "koord": "koordinator",
    "kord": "koordinator", "korlap": "korlap", "sodara2": "saudara-saudara",
    # Jakarta -in forms whose vowel changes too ('temen' -> 'teman'): the suffix rule in text.py cannot see it
    "ditemenin": "ditemani", "temenin": "temani", "ngmg": "ngomong", "crita": "cerita",
    "crita2": "cerita-cerita", "blkg": "belakang", "blakang": "belakang", "tlg": "tolong", "tlong": "tolong",
    "cpt": "cepat", "mkasih": "makasih", "mksh": "makasih", "trmksh": "makasih", "trmkasih": "makasih", "trimakasih": "makasih", "makasi": "makasih", "thx": "thanks", "tq": "thanks",
    "sanes": "bukan", "py": "punya", "bapa": "bapak", "bini": "istri", "kjadian": "kejadian", "kjadiannya": "kejadiannya", "kluarga": "keluarga",
    # Javanese krama and Sundanese lemes function words, read as Indonesian so one pattern serves all three
    # (Poerwadarminta, Baoesastra Djawa, 1939; Danadibrata, Kamus Basa Sunda, 2006): only unambiguous ones
    "taksih": "masih", "isih": "masih", "namung": "hanya", "kaliyan": "dengan", "saking": "dari",
    "kangge": "untuk", "gadhah": "punya", "nggadhahi": "punya", "sakmenika": "sekarang", "samenika": "sekarang",
    "saiki": "sekarang", "ayeuna": "sekarang", "ajrih": "takut", "wedi": "takut", "sieun": "takut",
    "diparingi": "diberi", "dipaparingi": "diberi", "dibere": "diberi", "dibikeun": "diberi", "diwenehi": "diberi",
    "dikei": "diberi", "dipasihan": "diberi", "dipasihkeun": "diberi", "ngeterke": "mengantar",
    # time
    "kmrn": "kemarin", "kmarin": "kemarin", "kemaren": "kemarin", "kmren": "kemarin", "kmrin": "kemarin",
    # round 9: Ambonese and Manado Malay kamarin (kemarin; Kamus Melayu Ambon-Indonesia, Pusat Bahasa 1985)
    "kamarin": "kemarin",
    "td": "tadi", "mlm": "malam", "malem": "malam", "mlem": "malam",
    "pgi": "pagi", "pg": "pagi", "skrg": "sekarang", "skrang": "sekarang", "skr": "sekarang",
    "hr": "hari", "hri": "hari", "mgg": "minggu", "mggu": "minggu", "bln": "bulan", "thn": "tahun",
    "th": "tahun", "thun": "tahun", "tahon": "tahun", "taun": "tahun", "umr": "umur",
    "sklh": "sekolah", "skolah": "sekolah", "kls": "kelas", "klas": "kelas",
    # English texting
    "u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please", "yrs": "years", "yr": "year",
    "y/o": "years old", "y.o": "years old", "yo": "years old", "yro": "years old",
    # English contractions (apostrophes are normalised to ' before lookup)
    "didn't": "did not", "don't": "do not", "doesn't": "does not", "wasn't": "was not",
    "weren't": "were not", "isn't": "is not", "aren't": "are not", "won't": "will not",
    "can't": "can not", "cannot": "can not", "couldn't": "could not", "hasn't": "has not",
    "haven't": "have not", "hadn't": "had not", "never": "never", "i'm": "i am", "he's": "he is",
    "she's": "she is", "it's": "it is", "i've": "i have", "nobody's": "nobody is", "he'll": "he will",
    "she'll": "she will", "i'll": "i will", "they'll": "they will", "we'll": "we will", "you'll": "you will",
    "he'd": "he would", "she'd": "she would",
    # Manado and north-Sulawesi Malay, as hotline callers in Sulawesi speak it (Stoel, 'Focus in Manado Malay',
    # 2005, word list; only forms that are no word of Indonesian, Sundanese, Javanese or English): 'deng' with,
    # 'tidor' sleep, 'nyanda' not, 'bekeng' make, 'dorang'/'torang' they/we, 'ngana' you, 'pigi' go, 'blum' not yet
    "deng": "dengan", "tidor": "tidur", "nyanda": "tidak", "bekeng": "bikin",
    "dorang": "mereka", "torang": "kita", "ngana": "kamu", "pigi": "pergi", "blum": "belum", "dapa": "dapat",
    "tanta": "tante", "taon": "tahun", "kalamarin": "kemarin",
    # the same without the apostrophe, as phones type them ('im 12', 'shes 12 too')
    "im": "i am", "shes": "she is", "hes": "he is", "theyre": "they are", "dont": "do not", "didnt": "did not",
}

# Round 5: SMS drops the schwa (KBBI pepet 'e') of the words that carry a report: 'diprkosa', 'dcbuli' ->
# 'diperkosa', 'dicabuli' (the SMS passive 'd' is restored in text.py). Only words whose schwa-less form is no other
# word of the four languages; generated, so every listed word gets the same treatment.
_SCHWA_WORDS = (
    "perkosa", "diperkosa", "memperkosa", "perkosaan", "pemerkosaan", "diperkosanya", "memperkosanya",
    "pelecehan", "dilecehkan", "melecehkan", "telanjang", "kemaluan", "kemaluannya", "selangkangan", "perempuan",
    "pemuda", "petugas", "keamanan", "kemarin", "keponakan", "menemani", "meraba", "memegang", "mencium",
    "memeluk", "memaksa", "menyentuh", "kelamin", "setubuh", "disetubuhi", "menyetubuhi", "berhubungan",
    "seperti", "sebelah", "belakang", "sekolah", "kelas", "remaja", "berdarah", "menangis", "ketakutan",
    "semalam", "tengah", "pelaku", "penjaga", "pengungsian", "relawan", "bersama",
)
SPELLINGS.update({word.replace("e", ""): word for word in _SCHWA_WORDS if len(word.replace("e", "")) >= 4})

# Root words that end in -in after a prefix-like start: never read as the Jakarta suffix -in (text.py). From
# the root-word list of louisowen6/NLP_bahasa_resources (MIT), the roots matching that shape, plus common words.
JAKARTA_IN_ROOTS = frozenset({
    "digitalin", "dioksin", "disiplin", "melamin", "melanin", "melilin", "merlilin", "merwatin", "meskalin",
    "mezanin", "ngapain", "mesin", "dingin", "mungkin", "main", "ingin", "menjamin", "dijamin", "mengizin",
    "diizin", "mendingin", "meminjamin",
    # English words whose start is a word the lexicons know ('with'): never read as a root with -in
    "within", "begin", "again", "cousin", "margin", "cabin", "basin", "origin", "certain", "remain", "obtain",
})
