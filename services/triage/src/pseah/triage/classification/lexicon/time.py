"""Relative times, read against the report time for the 72-hour rule (post-exposure prophylaxis).

Each entry: (pattern, spec, label). Specs:
- ("day", lo, hi): the incident happened between `hi` and `lo` calendar days before the report day.
- ("hour", lo, hi): between `hi` and `lo` hours before the report time.
- ("nday", per, lo, hi): the pattern captures N; between N*per+lo and N*per+hi days before.
- ("nhour", per, lo, hi): the same in hours.
Vague expressions get wide ranges on purpose; the rule then says "possibly within 72 h" and flags it.

Sources. Indonesian forms follow KBBI (Kamus Besar Bahasa Indonesia, daring); Sundanese forms Danadibrata, Kamus
Basa Sunda (2006); Javanese ngoko and krama forms Poerwadarminta, Baoesastra Djawa (1939); English plain usage.
Words shared with the NusaX-Lexicon (Winata et al. 2023, CC BY-SA 4.0) and the colloquial-Indonesian lexicons
(Salsabila et al. 2018; louisowen6/NLP_bahasa_resources, MIT) are also read through ``sourced.py``. The project
chose which words to list: relative time words of the four languages (Javanese krama wau/kala wingi/kepengker,
Sundanese kamari/ka tukang) are dictionary forms.
"""

from pseah.triage.classification.lexicon.numbers import TEEN_WORDS, TENS_WORDS, UNITS

# Round 27: 'tahun' right after a number is an age or a count of years ('6thn kmrn', 'umur 13th kmrn', 'dua tahun')
_NOT_AFTER_A_NUMBER = r"(?<!\dtahun)(?<!\d tahun)" + "".join(
    rf"(?<!\b{word} tahun)" for word in sorted({*UNITS, *TEEN_WORDS, *TENS_WORDS}))
_AGO = (r"(?:yang )?(?:lalu|lalunya|kebelakang|ka tukang|katukang|ka pengker|kapengker|kapungkur|kepungkur|kepengker|ago|"
        r"sebelumnya|silam|yang lewat|tukang|back|earlier)")

# The label of a habit still going on (the last time recent): it dates no single act (classifier.py).
STILL_GOING_ON = "still going on"

TIME_EXPRESSIONS: tuple[tuple[str, tuple, str], ...] = (
    # last night (and 'tonight' reported the next morning)
    (r"kalawau dalu|kalawingi dalu|tadi malam|semalam|kemarin malam|malam tadi|tadi malem|last night|tadi (?:peuting|wengi)|"
     r"kamari (?:peuting|wengi|sonten)|peuting tadi|wengi tadi|mau bengi|wingi bengi|bengi mau|wau dalu|"
     r"wingi dalu|kala wingi dalu|dalu wingi|yesterday (?:night|evening)|tonight", ("day", 0, 1), "last night"),
    # today
    (r"tadi (?:pagi|subuh|siang|sore|petang)|(?:pagi|subuh|siang|sore|petang) (?:ini|tadi)|hari ini|barusan|"
     r"baru saja|baru tadi|this (?:morning|afternoon|evening)|earlier today|today|just now|tadi (?:isuk|beurang|"
     r"sonten|sore|enjing)|isuk-isuk tadi|poe ieu|dinten ieu|mau (?:esuk|isuk|awan|sore)|esuk iki|dina iki|"
     r"dinten menika|(?:kala)?wau (?:enjing|siang|sonten)|tadi isuk|tadi", ("day", 0, 0), "today"),
    # yesterday, the day before
    (r"kemarin lusa|the day before yesterday|kamari pageto|mangkukna|wingi lusa|wingi dhisik", ("day", 2, 2),
     "the day before yesterday"),
    (r"kemarin(?: (?:pagi|siang|sore|petang|subuh))?|kemarinnya|yesterday(?: (?:morning|afternoon))?|"
     r"kamari(?: (?:isuk|beurang|sore|sonten|enjing))?|wingi(?: (?:esuk|awan|sore))?|kala wingi|kalawingi|"
     r"wingenane", ("day", 1, 1), "yesterday"),
    # counted
    (rf"(\d+) (?:jam|jem|hours?) {_AGO}", ("nhour", 1, 0, 1), "hours ago"),
    (rf"sejam {_AGO}|an hour ago|one hour ago|beberapa jam {_AGO}|a few hours ago|few hours ago|"
     rf"sababaraha jam {_AGO}", ("hour", 0, 12), "a few hours ago"),
    (rf"(\d+) (?:hari|hr|poe|dinten|dina|days?|nights?|malam|wengi|peuting) {_AGO}", ("nday", 1, 0, 0), "days ago"),
    # round 10 (B25-33): non-native English 'two days before,' closing its phrase means two days ago (never 'two days
    # before the flood')
    (r"(\d+) (?:days?|nights?) before(?= [,.;!?])", ("nday", 1, 0, 0), "days ago"),
    (rf"sehari {_AGO}|a day ago|one day ago|sapoe {_AGO}|sedina {_AGO}", ("day", 1, 1), "a day ago"),
    (rf"(\d+) (?:minggu|pekan|weeks?|minggon) {_AGO}", ("nday", 7, -3, 3), "weeks ago"),
    # (round 25, B30-01: 'sepekan lalu', KBBI sepekan 'seminggu')
    (rf"seminggu {_AGO}|a week ago|one week ago|sapekan {_AGO}|saminggu {_AGO}|seminggu kepungkur|sepekan {_AGO}",
     ("day", 6, 8), "a week ago"),
    (r"minggu lalu|minggu kemarin|pekan lalu|last week|minggu kamari|minggu wingi|minggu kepungkur|"
     r"minggu kapungkur|minggon wingi|minggu kepengker", ("day", 5, 13), "last week"),
    (rf"beberapa minggu {_AGO}|a few weeks ago|weeks ago|sababaraha minggu {_AGO}", ("day", 10, 35),
     "a few weeks ago"),
    (rf"(\d+) (?:bulan|months?|sasi|wulan|sasih) {_AGO}", ("nday", 30, -10, 10), "months ago"),
    # (round 46, B65-40 'Kirang langkung sewulan kepengker': the Javanese 'sewulan', krama 'sesasih', and the
    # Sundanese 'sasasih', a month; Baoesastra wulan, sasi, krama sasih; Danadibrata sasih)
    (rf"sebulan {_AGO}|a month ago|one month ago|sabulan {_AGO}|sesasi {_AGO}|sewulan {_AGO}|sesasih {_AGO}|"
     rf"sasasih {_AGO}", ("day", 20, 40), "a month ago"),
    (r"bulan lalu|bulan kemarin|last month|bulan kamari|sasi wingi|wulan kepungkur|wulan kepengker|"
     r"sasih kepengker|sasih kapengker|sasi kepengker|sasi kepungkur|sasi kapengker|sasih kepungkur",
     ("day", 15, 62), "last month"),
    (rf"beberapa bulan {_AGO}|months ago|a few months ago", ("day", 45, 200), "a few months ago"),
    (r"(?:lebih dari|lebih|over|more than|luwih saka|leuwih ti|langkung saking) (?:se|satu|sa|a|one|sak) ?"
     r"(?:bulan|month|sasi|wulan|sasih)|(?:sudah|udah|wis|geus|sampun) (?:lebih dari |lewat )?(?:se|sa|sak)"
     r"(?:bulan|sasi|wulan|sasih)", ("day", 30, 120), "more than a month ago"),
    (rf"(\d+) (?:tahun|years?|taun|warsa) {_AGO}", ("nday", 365, -60, 60), "years ago"),
    # Round 27 (B48-32: 'pas banjir Demak taun wingi', read as 'wingi', yesterday): the SMS rules write 'taun' and
    # 'thn' as 'tahun', so the year before 'kemarin', 'kamari', 'wingi', 'kepungkur' is last year, the longer time
    # over the bare yesterday (KBBI tahun kemarin; Danadibrata taun kamari; Baoesastra taun wingi, taun kepungkur,
    # krama kepengker)
    # (never after a number: '6thn kmrn', 'umur 13th kmrn' are her age and yesterday; the checks look back from the
    # end of 'tahun' so that the pattern still starts with a fixed word)
    (rf"tahun lalu|last year|setahun {_AGO}|a year ago|taun kamari|taun wingi|tahun{_NOT_AFTER_A_NUMBER} "
     r"(?:kemarin|kemaren|kamari|wingi|kepungkur|kapungkur|kepengker|kapengker)", ("day", 180, 540), "last year"),
    # vague
    (rf"beberapa hari (?:{_AGO}|ini|terakhir|belakangan)|a few days ago|few days ago|several days ago|"
     r"the other day|baru-baru ini|belakangan ini|recently|sababaraha poe (?:ka tukang|kapengker)|"
     r"sawetara dina (?:kepungkur|iki)|dek wingi|pirang-pirang dina", ("day", 1, 6), "a few days ago"),
    (r"sudah lama|udah lama|lama sekali|dulu sekali|zaman dulu|waktu dulu|dahulu|long ago|a long time ago|"
     r"years ago|bertahun-tahun|geus lila|wis suwe|wis suwi|sampun dangu|waktu kecil|masa kecil|sewaktu kecil|"
     r"when i was (?:a child|young|little)|sebelum gempa|before the earthquake", ("day", 30, 3650), "long ago"),
    # going on now: the last time was recent
    (r"(?:setiap|tiap|saban|unggal|saben) (?:malam|hari|peuting|poe|wengi|bengi|dina)|every (?:night|day|evening)|"
     r"nightly|hingga (?:kini|sekarang)|sampai (?:sekarang|saat ini|hari ini)|until now|still happening|"
     r"masih (?:terjadi|berlangsung)|terakhir (?:kemarin|tadi malam)", ("day", 0, 1), STILL_GOING_ON),
)

# Words that name the incident itself ('Kejadian ini sudah lima hari yang lalu', 'it happened on Monday'): a time in
# their sentence dates the act when the act's own sentence gives none, before a nearer time of something else
# ('saya sudah ke puskesmas kemarin'). KBBI kejadian, peristiwa, insiden; Danadibrata kajadian; Baoesastra
# kedadean, kedadosan, lelakon.
INCIDENT_WORDS = frozenset({"kejadian", "kejadiannya", "peristiwa", "peristiwanya", "insiden", "insidennya",
                            "kajadian", "kajadianana", "kedadean", "kedadeyan", "kedadosan", "kedadosanipun",
                            "lelakon", "incident", "happened", "terjadi", "kejadianipun", "kajadianna",
                            # (round 39: 'kedadeane wis telung minggu kepungkur', Baoesastra kedadean, -e)
                            "kedadeane", "kedadeyane", "terjadinya"})

WEEKDAYS: dict[str, int] = {
    "senin": 0, "senen": 0, "monday": 0, "selasa": 1, "salasa": 1, "tuesday": 1, "rabu": 2, "rebo": 2,
    "wednesday": 2, "kamis": 3, "kemis": 3, "thursday": 3, "jumat": 4, "jum'at": 4, "jumaah": 4, "jemuah": 4,
    "friday": 4, "sabtu": 5, "saptu": 5, "setu": 5, "saturday": 5, "minggu": 6, "ahad": 6, "sunday": 6,
}
# 'minggu' is also 'week': it is Sunday only after 'hari' or before a part of the day.
DAY_PARTS = frozenset({"malam", "pagi", "siang", "sore", "subuh", "night", "morning", "evening", "afternoon",
                       "peuting", "isuk", "bengi", "esuk", "wengi", "dalu"})
LAST_WORDS = frozenset({"lalu", "kemarin", "kamari", "wingi", "kepungkur", "last"})

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "january": 1, "februari": 2, "pebruari": 2, "feb": 2, "february": 2, "maret": 3,
    "mar": 3, "march": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "jun": 6, "june": 6, "juli": 7,
    "jul": 7, "july": 7, "agustus": 8, "agu": 8, "agt": 8, "aug": 8, "august": 8, "september": 9, "sep": 9,
    "sept": 9, "oktober": 10, "okt": 10, "oct": 10, "october": 10, "november": 11, "nopember": 11, "nov": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}
