"""Cues of sexual misconduct, by kind. See the package docstring for the pattern conventions.

The kinds follow what a triage officer needs to tell apart:
- RAPE: penetration, forced sex, sexual assault, molestation (legal 'cabul'); sexual violence for the 72-hour
  rule. 'Cabul' is here on purpose: it often hides penetration, and recall matters more than precision.
- GENITAL_CONTACT: contact with genitals; also counted as sexual violence for the 72-hour rule.
- SEX_ACT: intercourse without a stated force; with a child it is abuse (and violence), with an aid worker
  it is an abuse of position.
- PREGNANCY: the act happened weeks ago at least; it proves sexual activity but not a recent one.
- CONTACT: touching, groping, kissing, hugging, a child on a lap.
- NONCONTACT: peeping, exposure, pornography, undressing, photographing bodies.
- VERBAL: comments, jokes, messages, whistling, slurs, stalking, 'harassment' named as such.
- PROPOSITION: asking for sexual company (a night, a date, sleeping together, a massage, 'be my girlfriend').
- ISOLATION: taking someone to a tent, car or room, at night or alone; with distress it suggests assault.
- TRANSACTION: trading sex is named outright (prostitution, trafficking, 'pay with the body').
- MARRIAGE: marrying or 'nikah siri'; with a child it is abuse whatever the law says.
- DISTRESS: crying, fear, bleeding, pain: raises suspicion of an assault after isolation.

Sources. Indonesian forms follow KBBI (Kamus Besar Bahasa Indonesia, daring); Sundanese forms Danadibrata, Kamus
Basa Sunda (2006); Javanese ngoko and krama forms Poerwadarminta, Baoesastra Djawa (1939); English plain usage.
Words shared with the NusaX-Lexicon (Winata et al. 2023, CC BY-SA 4.0) and the colloquial-Indonesian lexicons
(Salsabila et al. 2018; louisowen6/NLP_bahasa_resources, MIT) are also read through ``sourced.py``. The project
chose which words to list: the kinds follow the IASC definitions in the seed; Sundanese (dirogahala, nyabak,
ngagerayang, kulem bareng) and Javanese (dirudapeksa, digrayangi, tilem sareng, ngambung) words for the acts are
dictionary forms added for issue 12's first failure class.

Round 3 word families (dictionary forms, no report's sentence): forced to 'do that' (KBBI melakukan; NusaX-Lexicon
jv nglakoni = melakukan; Danadibrata ngalakukeun; demonstratives itu/kuwi/iku/eta as euphemisms); waking up
undressed after a drink, pain 'down there' (signs of a drugged assault; KBBI terbangun, telanjang, dibius;
Danadibrata hudang, taranjang; Baoesastra tangi, wuda); a camera hidden where women bathe (KBBI kamera, pasang,
sembunyi); jokes and questions about virginity (KBBI perawan, keperawanan, lelucon; slang 'segel' for a virgin in
quotes); staying at his place until morning (KBBI sampai pagi; Danadibrata dugi ka enjing; Baoesastra nganti
esuk); 'friend' and 'companion' in quotes as euphemisms (KBBI teman, kawan; Baoesastra kanca, rencang;
Danadibrata batur, rerencangan).
"""

INSIDE_CLOTHES = "a hand inside the pants, skirt or underwear"
GETS_INTO_HER_BED = "gets into her blanket or bed"
DONE_THAT = "sex told done (a demonstrative in quotes)"  # (SEX_ACT, round 50: classifier._done_that)
USED_IN_QUOTES = "sex told done (the passive 'used' in quotes)"  # (SEX_ACT, round 50: classifier._done_that)
SELLS_HER_BODY = "selling her body"           # (TRANSACTION, round 49: with a child an act for the urgent window)
_UPPER_GARMENTS = r"(?:shirt|blouse|clothes|dress|top|baju|kaos|pakaian|acuk|klambi|kutang|bh|bra)"
_LOWER_GARMENTS = (r"(?:skirt|pants|trousers|underwear|knickers|panties|sarong|shorts|celana|rok|sarung|calana|samping|"
                   r"kathok|jarik|sinjang|lancingan|cd)")


def _inside(garments: str) -> str:
    """A hand inside the garments. Round 6 widened it to every language: KBBI masuk, balik, rogoh ('memasukkan
    tangan ke dalam saku'), celana dalam; Danadibrata leungeun, asup, calana jero, samping, acuk; Baoesastra tangan,
    mlebu, njero, kathok, klambi, jarik, nglebokake; krama asta, lebet; English plain usage."""
    into = (r"(?:ke |kana |ka |neng |nang |ning |menyang |ing |dhateng )?(?:dalam |jero |njero |lebet |balik |bawah |"
            r"handap |ngisor )?(?:\S+ )?")
    return (r"(?:put|puts|putting|slid|slides|slips|slipped|reached|reaches|stuck|pushed|shoved) (?:his|her|a) "
            rf"hands? (?:inside|into|under|up|down|in) (?:\S+ ){{0,5}}{garments}|hands? (?:went|was|were|got) "
            rf"(?:inside|into|under|down|up) (?:\S+ ){{0,3}}{garments}|"
            r"(?:memasukkan|masukin|masukkan|dimasukkan|dimasukin|nyelipkeun|ngasupkeun|diasupkeun|nglebokke|"
            rf"nglebokake|dilebokke|dilebokake|ngelebokke) tangan\w* {into}{garments}|"
            r"(?:tangan|leungeun|asta)\w* (?:\S+ ){0,2}(?:masuk|dimasukkan|dimasukin|nyelonong|menyusup|asup|"
            rf"diasupkeun|mlebu|dilebokke|lebet) {into}{garments}|"
            r"(?:dirogoh|ngrogoh|merogoh|ngarogoh|dirogohan|dirogoh-rogoh|ngrogoh-rogoh|rogoh) (?:\S+ ){0,2}"
            + garments)


# (round 12, B29-28: Javanese 'dhadha' chest, 'pupu' thigh, 'bokong'; Baoesastra dhadha, pupu)
_BODY = (r"(?:payudara|dada|dhadha|pupu|susu|toket|pantat|bokong|paha|pinggang|pinggul|badan|tubuh|bibir|pipi|leher|"
         r"awak|"
         r"rambut|punggung|pundak|bahu|perut|wajah|muka|kaki|betis|"
         r"breasts?|chest|bottom|buttocks?|butt|thighs?|body|waist|lips|hair|back|shoulders?|belly|face|legs?|"
         # round 14 (B31-19): Sundanese bujur 'buttocks' (Danadibrata bujur), pingping 'thigh' (Danadibrata)
         r"bujur|pingping|"
         # round 17: buttocks and breasts in the other registers (Baoesastra imbit, silit, krama inggil prembayun,
         # jaja 'chest'; Danadibrata birit, imbit, lemes pinareup 'breasts')
         r"imbit|birit|prembayun|pinareup|jaja|"
         # round 47: the Javanese chest as commonly spelled (Baoesastra dhadha; 'dodo' in informal writing)
         r"dodo)")
_GENITALS = (r"(?:kemaluan|alat kelamin|kelamin|vagina|penis|memek|kontol|selangkangan|private parts?|genitals?|"
             r"crotch|bagian (?:intim|pribadi|sensitif|bawah)|area (?:intim|pribadi|sensitif)|between (?:her|my) legs|"
             # (round 12, B30-22: 'anuku', 'anune', his or my 'thing', the euphemism with its possessive)
             r"burung|anu|anuku|anune|anumu|anunya|anuna|titit|"
             # Javanese and Sundanese words for a boy's or a girl's parts (Baoesastra manuk 'bird', peli, tempik;
             # Danadibrata kanjut, heunceut)
             r"manuk|manuke|manukne|manukna|peli|pelir|tempik|turuk|kanjut|heunceut|"
             # round 14 (B12-17): 'perangan wadon', the woman's part (Baoesastra perangan, wadon); 'bagian kewanitaan'
             # (KBBI kewanitaan), 'alat vital'
             r"perangan wadon|perangane wadon|bagian kewanitaan\S*|alat vital\S*|"
             # round 11: Sundanese kamaluan (Danadibrata, from Malay kemaluan), with its possessive
             r"kamaluan(?:ana|na|ana)?|"
             # the part 'that is not proper' (KBBI pantas, patut; Danadibrata pantes, pantes; Baoesastra pantes,
             # wadi 'secret'): a euphemism for the genitals in every register
             r"bagian (?:yang |nu |sing |ingkang )?(?:tidak |teu |ora |mboten |henteu )(?:pantas|pantes|patut|sopan|layak)|"
             r"bagian terlarang|area terlarang|perangan (?:sing |ingkang )?(?:wadi|ora pantes|mboten pantes)|"
             r"inappropriate (?:place|places|part|parts|area)|"
             # round 52 (B76-26 'dicekel-cekel wadine'): the secret or intimate part, 'wadi' with its possessive
             # ('wadine', krama 'wadinipun'), the Sundanese 'bagian rusiah', the Indonesian 'organ intim', 'organ vital',
             # the English 'privates', 'private area' (Baoesastra wadi 'secret', barang wadi; Danadibrata rusiah; KBBI
             # organ, intim; English plain usage): only after a touching verb, as every word of this list
             r"wadi|barang wadi|anggota wadi|bagian rusiah|organ (?:intim|vital|kewanitaan)|privates|private (?:area|"
             r"areas|place|places)|"
             # round 8: between the thighs, the inner thigh, the crotch (KBBI selangkangan, 'antara paha', paha bagian
             # dalam; Danadibrata palangkakan 'selangkangan', pingping 'paha', sela; Baoesastra pupu 'paha', krama
             # wentis, sela, njero/lebet 'inside'; English plain usage): touched there is genital contact
             r"sela(?:ning|ne|na|-sela|2)? (?:\S+ )?(?:paha|pupu|pingping|wentis)\S*|"
             r"(?:di )?antara (?:kedua |dua )?paha\S*|paha\S* (?:bagian )?(?:dalam|jero|njero|lebet)|"
             r"(?:pupu|pingping|wentis)\S* (?:bagian |sisi )?(?:njero|jero|lebet|jerone|lebetipun)|palangkakan\S*|"
             r"inner thighs?|between (?:her|my|his|the|their) thighs)")   # 'burung', 'anu': slang, only after a touching verb
# (round 52: what she was forced to do or why, after the place of the passive below)
_NOT_WHAT_FOR = (r"(?!(?:untuk|buat|agar|supaya|biar|pikeun|kanggo|supados|to|karena|karna|krn|sebab|gara-gara|margi|"
                 r"amargi|merga|because|for|ngantri|antri|bayar|pay|tanda|sign|pindah|pergi|pulang|tidur|kerja|"
                 r"work)(?!\S))")
_FORCE = (r"(?:dipaksa|memaksa|dipaksakan|maksa|paksa|dipeksa|meksa|dipaksa-paksa|forced|forcing|forces|"
          # round 9: Makassar and Mamuju Malay 'napaksa' (he forced; na- 'he', Kamus Dialek Melayu Makassar, Pusat
          # Bahasa); 'layani' (serve) is the euphemism below
          r"napaksa|dipaksai|"
          # round 15 (B34-22): the krama passive 'dipunpeksa' (Baoesastra peksa, dipun-)
          r"dipunpeksa|"
          r"pressured|coerced)")
_ACT = (r"(?:berhubungan|bersetubuh|ngeseks|ngesex|melayani|layani|ngalayanan|ngladeni|nglayani|ngladosi|have sex|"
        r"had sex|"
        r"sex|seks|sleep with|tidur (?:dengan|sama|bareng|bersama)|turu karo|begituan|gituan|ml|intercourse|oral|"
        r"nafsu|ngewe|berzina|zina|sare|turu|ngamar|sapatemon|hubungan badan|hubungan intim|hubungan suami istri|"
        r"sacumpon|ngumpulan|ngaladenan|ngaladeni|napsu\w*|karep\w*|ngelayani|ngelayanin|ngeladeni|ngeladenin|"
        # round 7: Ambonese Malay ba- for ber- ('ba hubungan'; Kamus Dialek Melayu Ambon, Pusat Bahasa 2001)
        r"ba hubungan|bahubungan|ba tidor|batidor|"
        # round 8: 'memaksa saya melakukan hubungan seksual' (KBBI hubungan seksual)
        r"hubungan seks|hubungan seksual|melakukan hubungan|"
        # round 15 (B34-22): Javanese 'sesambungan' (a union, intercourse after 'dipeksa'; Baoesastra sambung,
        # sesambungan)
        r"sesambungan|"
        # round 51 (B74-37 'meksa kula sesrawungan', a stranger at night, krama): the krama and ngoko 'sesrawungan',
        # 'srawung' (Baoesastra srawung, sesrawungan: consorting, relations), the Sundanese and ngoko 'ngalakukeun
        # hubungan', 'nglakoni hubungan' (Danadibrata ngalakukeun; Baoesastra nglakoni) and the English 'have
        # relations' (plain usage), after a word of force only
        r"sesrawungan|srawung|ngalakukeun hubungan|nglakoni hubungan|(?:have|had|having) relations)")

# round 25b: keeping him company asked, no night named (left out where the night is named: classifier._cues)
KISSES_SENT = "kisses sent as stickers or emojis"
COMPANY_ASKED = "asking for company"
COMPANY_AT_NIGHT = "asking for company at night"
# round 25b: blood on her sarong or skirt, the wound's when a wound is told beside it (classifier._cues)
BLOOD_ON_HER_CLOTHES = "signs of a possible sexual assault (blood on what she wears below)"
BLEEDING_AND_LAME = "signs of a possible sexual assault (still bleeding, and her walk fails)"
# round 54: bleeding with her walk painful, the wound's or her period's when told beside it (classifier._cues)
BLEEDING_AND_SORE = "signs of a possible sexual assault (bleeding, and walking hurts)"
RAPE: tuple[tuple[str, str], ...] = (
    # round 21 (B41-03, B41-32): rape told without the usual words, men as well as women. Javanese 'dilakoni kaya
    # wong wadon', krama 'dipun lampahi kados tiyang estri' (done to him as to a woman: Baoesastra lakoni, lampah,
    # kaya, kados, wadon, estri) is the act itself, rape
    (r"(?:dilakoni|dilakokake|dilakoke|dipunlampahi|dipun lampahi|dilampahi) (?:kaya|kados|koyo|koyok|kaya dene|"
     r"kadosdene|kayadene) (?:wong|tiyang|cah) (?:wadon|wedok|wedon|estri|setri|wadonan)", "rape (told without the word)"),
    # 'he did it to me', 'treated me like a woman' (English plain usage), 'dipigawe kitu' (Danadibrata pigawe, kitu),
    # 'diperlakukan seperti perempuan' (KBBI perlakukan): only after he dragged, pulled or held the survivor (KBBI
    # seret, tarik; Danadibrata sered, tarik, cekel; Baoesastra seret, tarik, cekel): alone, a taunt or any wrong;
    # after force, rape
    (r"(?:dragged|pulled|grabbed|held|pinned|took|narik|ditarik|diseret|nyeret|menyeret|menarik|disered|nyered|"
     r"dicekel|dicekeli|dipegangi|dibekap|digeret|dicandak|dibawa|dipun seret|dipun tarik|dipunseret|dipuntarik) "
     r".... (?:(?:did|done|do|does) it to (?:me|her|him|them)|(?:treated|treat|treats|used|uses) (?:me|her|him) like "
     r"(?:a |his )?(?:woman|girl|wife)|(?:dipigawe|dipigawé|dipilampah|dipigawean) (?:kitu|kieu|kawas awewe)|"
     r"(?:diperlakukan|diperlakuin|digituin|dijadikan) (?:seperti|kayak|kaya|sbg|sebagai) (?:perempuan|cewek|cewe|"
     r"wanita|istri|istrinya)|"
     # 'digituin' (done that to: informal, Salsabila et al. 2018), read as 'digitui' by text.py's Jakarta -in; alone
     # it is any treatment ('temen2 sy jg digituin', B17-35, teasing)
     r"(?:di|dibe)gitui(?![\w'])|digituan)", "rape (told without the word)"),
    # (round 31, B52-28 'teras ngarudapaksa anjeunna': the Sundanese active with nga- before r, as 'ngarogahala';
    # Danadibrata rudapaksa, rogahala)
    (r"(?:mem|di|ter|pem)?perkosa(?:an)?|pemerkosaan|merkosa|dipun ?perkosa|(?:di|me|nge|nga)?rudap[ae]ksa",
     "rape"),
    (r"rape|raped|rapes|raping|rapist", "rape"),
    # round 11: 'diajak mas, dilebokke' with her hand pointing at her crotch: put inside, told by a gesture (Baoesastra
    # lebokake, nuding; KBBI dimasukkan, menunjuk, selangkangan; Danadibrata diasupkeun, nunjuk)
    (r"(?:dilebokke|dilebokne|dilebokake|dilebokno|dilebokin|dimasukin|dimasuki|dimasukkin|dimasukkan|dimasukan|diasupkeun|"
     r"dilebetaken|dipunlebetaken|put (?:it|something) in(?:side)?) (?:\S+ ){0,6}(?:nuding|nunjuk|menunjuk|nunjukin|"
     r"nuduhake|nunjukkeun|nunjukeun|pointing (?:at|to)|points (?:at|to)|pointed (?:at|to)) (?:\S+ )?(?:ke |ka |to )?"
     r"(?:selangkangan\S*|kemaluan\S*|bagian (?:bawah|pribadi)\S*|palangkakan\S*|crotch|between (?:her|my) legs|"
     r"private parts?)", "rape"),
    # round 8: a man lying on a woman, pinning her down (KBBI menindih; Danadibrata nindihan; Baoesastra nindihi): only
    # with a man as the one on top and a woman or the reporter under him, never rubble on a leg
    # (no word under four letters first, so that the matcher's prefilter can skip it: see matcher._prefixes)
    (r"(?:lalaki|laki-laki|lelaki|pria|wong lanang|priya|dia|manehna|dheweke|a man) (?:\S+ )?(?:nindihan|nindih|"
     r"menindih|menindihi|nindihi|numpaki|pinned|pinning) (?:\S+ ){0,2}(?:awewe|perempuan|wanita|wadon|woman|women|"
     r"her|saya|aku|abdi|kula|kuring|me|budak|anak|bocah|lare)\S*(?: down)?", "pinned down (an assault)"),
    (r"(?:di|nga)?rogahala|(?:di|meng)gagahi|(?:di|me)nodai|(?:di|meny)?sodomi|sodomized|sodomised", "rape"),
    # (round 38, B58-21 'dipaksa disetubuhan': the Sundanese passive and active in -an, Danadibrata di-...-an,
    # nyetubuhan; the Javanese active 'nyetubuhi', Baoesastra ny-...-i; the Betawi -in; KBBI setubuh, menyetubuhi)
    (r"disetubuh(?:i|in|an)|(?:me)?nyetubuh(?:i|in|an)|persetubuhan|(?:di|meng)gauli|dientot(?:in)?|diewe",
     "forced intercourse"),
    # Round 5, rape said by its euphemisms (KBBI renggut, kehormatan, keperawanan, gilir; Danadibrata nodaan;
    # colloquial 'dikerjain rame-rame', 'digarap'): honour or virginity taken, passed between men, 'worked on'
    (r"(?:di|me)renggut (?:\S+ )?(?:kehormatan|keperawanan|kesucian)\S*|(?:kehormatan|keperawanan|kesucian)\S* "
     r"(?:\S+ )?(?:direnggut|dirampas|diambil|dirusak|hilang)|kehilangan (?:\S+ )?(?:keperawanan|kehormatan|"
     r"kesucian)\S*|(?:di|nga)?nodaan|digilir|(?:perkosaan|diperkosa) (?:secara )?bergilir|gang[ -]?raped?|"
     r"(?:dikerjain|dikerjai|dikerjakan) (?:rame-rame|ramai-ramai|rame|bareng-bareng|beramai-ramai)|"
     r"(?:istri|adik|anak|kakak|ibu|saya|aku|dia|teteh|mbak|mbakyu|bojo|pamajikan)(?:nya|ku|mu|na|ne|e)? "
     r"(?:\S+ )?digarap|"
     r"(?:pelecehan seksual|dilecehkan(?: secara seksual)?|kekerasan seksual) (?:\S+ ){0,3}(?:berat|sampai "
     r"berdarah|hingga berdarah|berdarah|sampai luka)", "rape (said by a euphemism)"),
    (r"(?:di|men|pen)cabul(?:i|an)?|dicabul|nyabulan|perbuatan cabul|molested|molesting|molestation|"
     # 'interfered with' (British English for molested); 'abused' said of a person, not 'verbally abused'
     r"interfered with|(?<!verbally )(?<!physically )(?<!emotionally )(?:was|were|been|being|got) abused|"
     r"(?<!verbally )(?<!physically )abused (?:her|him|them|me|my \w+|a girl|a boy|a child|children)",
     "sexual molestation (may involve penetration)"),
    (r"sexual(?:ly)? assault(?:ed|s)?|sexually abused|sexual violence|kekerasan seksual|serangan seksual|"
     r"kekerasan seksual", "sexual assault"),
    (rf"{_FORCE} ... {_ACT}", "forced sex"),
    # Round 31 (B51-20: "'diganggu' ku tatanggana ..., dipaksa dugi ka getihan", a girl of 14 the night before): forced
    # until she bled, the force word right before 'until' (KBBI paksa, sampai, berdarah; Danadibrata paksa, dugi,
    # nepi, getih; Baoesastra peksa, nganti, getih; English plain usage): sexual violence told by its injury, whatever
    # euphemism names the act. Never forced to do a thing until her hands bled (a verb between them).
    (rf"{_FORCE} (?:her |him |me |dia |manehna |dheweke |aku |saya |abdi |kula )?(?:sampai|sampe|hingga|dugi ka|"
     r"nepi ka|nepika|nganti|ngantos|until|till) (?:she |he |dia |manehna |dheweke )?(?:berdarah|getihan|getihen|"
     r"ngetokake getih|kaluar getih|bled|was bleeding|bleeding)", "forced until she bled (sexual violence)"),
    (r"melayani nafsu|nafsu bejat|against (?:my|her|his|their) will|forced himself on|had his way with|"
     r"made (?:me|her|him|them) (?:have sex|sleep with)", "forced sex"),
    # Round 18 (B37-33: 'three men ... forced themselves on him', a man of 20): forcing oneself on a person, whoever
    # did it and whoever it was done to, having one's way with, and taking advantage of a person, not of a flood or a
    # price (English plain usage); Indonesian 'memaksakan dirinya pada' a person (KBBI memaksakan diri), never 'to go'
    # (not 'tried to force himself on me, but I ran': an attempt, round 8's entry below; B5-39)
    (r"(?<!to )(?:forced|forcing|forces|force) (?:themselves|herself|himself) (?:up)?on|had (?:their|her) way with|"
     r"(?:took|taken|taking|takes|take) advantage of (?:her|him|me|them|my \w+|his \w+|her \w+|their \w+)"
     r"(?= (?:[,.;!?]|when|while|in|at|behind|inside|after|during|on|last|and|as|there))", "forced sex"),
    (r"(?<!mencoba )(?<!coba )(?<!hendak )memaksakan (?:dirinya|diri|nafsunya) (?:pada|kepada|ke|terhadap) (?:saya|aku|dia|korban|perempuan|wanita|"
     r"gadis|adik\S*|kakak\S*|istri\S*|anak\S*|ibu\S*|keponakan\S*|sepupu\S*)", "forced sex"),
    # (round 8: not rubble, a wall or a tree fallen on someone in the disaster: KBBI reruntuhan, puing)
    (r"(?:me|di)nindih(?! (?:\S+ )?(?:reruntuhan|runtuhan|puing\S*|tembok|dinding|batu|kayu|pohon|tiang|atap|"
     r"bangunan|beton|tanah|lemari|rubble|debris))|ditindih(?! (?:\S+ )?(?:reruntuhan|runtuhan|puing\S*|tembok|"
     r"dinding|batu|kayu|pohon|tiang|atap|bangunan|beton|tanah|lemari|rubble|debris))|"
     # round 19: Sundanese 'ditindihan' (Danadibrata tindih), Javanese 'ditindhih', 'ditindhihi' (Baoesastra tindhih),
     # rubble and trees left out as above
     r"(?:ditindihan|ditindhih|ditindhihi)(?! (?:\S+ )?(?:reruntuhan|runtuhan|puing\S*|tembok|dinding|témbok|batu|"
     r"kayu|kai|wit|pohon|tangkal|tiang|atap|hateup|payon|bangunan|beton|taneuh|lemah|lemari|rubble|debris))|"
     # English: pinned a person down, got or lay on top of a person, whoever is named (round 8's entry wants the man
     # a word before; plain usage), not a leg or an arm pinned under rubble
     r"(?:pinned|pinning|pins) (?:her|me|him|them|(?:my|his|our) (?!legs?|arms?|foot|feet|hands?)\w+) down|"
     r"(?:got|gets|getting|climbed|climbs|lay|lies|lying) on top of (?:her|me|him|them|(?:my|his|our) "
     r"(?!legs?|arms?|tent|house|roof)\w+)", "pinned down (attempted rape)"),
    # Round 37 (B57-20 'dia kunci pintu,nindih sy di jok & buka celana sy'): the bare actives of SMS, Sundanese and
    # Javanese with the person pinned right after them, whoever is named before (round 8's entry above wants the man
    # or his pronoun right before), and the passive 'ditindihi' (the Betawi 'ditindihin' is normalised to it) (KBBI
    # tindih, menindih, ditindihi; the informal -in;
    # Danadibrata tindih, nindih, nindihan; Baoesastra tindhih, nindhih, nindhihi); never rubble, a wall or a tree
    # as the one on top, nor a leg pinned (the person must follow the verb)
    (r"(?<!reruntuhan )(?<!runtuhan )(?<!puing )(?<!tembok )(?<!témbok )(?<!dinding )(?<!batu )(?<!kayu )(?<!kai )"
     r"(?<!pohon )(?<!tangkal )(?<!wit )(?<!tiang )(?<!atap )(?<!hateup )(?<!payon )(?<!genteng )(?<!bangunan )"
     r"(?<!beton )(?<!lemari )(?<!karung )"
     r"(?:nindih|nindihin|nindihan|nindihi|nindhih|nindhihi|menindihi) (?:(?:badan|tubuh|awak) )?(?:sy|saya|aku|aq|"
     r"gw|gue|abdi|kuring|kula|dalem|korban|pelapor|perempuan|wanita|awewe|wadon)(?!\S)|"
     r"(?:ditindihi|ditindihin)(?! (?:\S+ )?(?:reruntuhan|runtuhan|puing\S*|tembok|dinding|batu|kayu|pohon|tiang|atap|"
     r"bangunan|beton|lemari|karung))", "pinned down (attempted rape)"),
    # afraid of being pregnant: intercourse happened (KBBI hamil; Danadibrata reuneuh; Baoesastra meteng)
    (r"(?:takut|khawatir|kuatir|sieun|wedi|ajrih|afraid|scared|worried)(?: (?:kalau|klo|lamun|yen|bilih|that|i am|"
     # (round 15, B34-22: krama and ngoko 'ngandheg', 'ngandhut', Baoesastra; Sundanese 'kakandungan', Danadibrata)
     r"i'm|of being|i might be|she is|she's|she might be|"
     # (round 20, B39-34: 'I am scared I could get pregnant', 'of getting pregnant'; English plain usage)
     r"i could|i might|i may|i will|i'll|of getting|she could|she might|she may))? (?:\S+ )?(?:hamil|reuneuh|meteng|"
     r"mbobot|pregnant|bunting|ngandheg|ngandhut|ngandut|kakandungan)",
     "afraid of pregnancy (a sign of intercourse)"),
    # Round 24 (B45-11: a young woman asking the village midwife for 'obat biar tidak jadi' the morning after): a pill
    # asked for so it does not take, emergency contraception, is a sign of intercourse as the fear of pregnancy is
    # (KBBI obat, pil, biar, jadi, kontrasepsi darurat; Baoesastra obat, ben, dadi; Danadibrata ubar, supaya, ulah,
    # jadi; English plain usage); never the family-planning pill or a pill so a headache does not come back
    (r"(?:obat|pil|ubar|jamu|pill|pills|medicine|tablet) (?:\S+ )?(?:biar|supaya|agar|ben|men|supados|sangkan|"
     r"so|so that) (?:\S+ )?(?:tidak|tdk|gak|ga|nggak|enggak|ora|ra|teu|ulah|mboten|boten|it doesn't|it does not|"
     r"it won't|doesn't|does not|won't|not|she doesn't|she does not) (?:\S+ )?(?:jadi|jd|dadi|hamil|meteng|reuneuh|"
     r"take|catch|get pregnant|pregnant)(?!\S)|kontrasepsi darurat|pil kb darurat|morning-after pill|"
     r"morning after pill|emergency contraception", "afraid of pregnancy (a sign of intercourse)"),
    # Round 20 (B39-34: 'He did not use a condom'): a condom not used, told with its negation, is a sign of
    # intercourse as fear of pregnancy is (KBBI kondom, pengaman, tanpa; informal 'ga pake', Salsabila et al. 2018;
    # Danadibrata teu, nganggo; Baoesastra ora, nganggo, krama boten, ngagem; English plain usage); not condoms
    # handed out or asked for
    (r"(?:tanpa|without|no|tidak|tdk|ga|gak|nggak|enggak|teu|henteu|ora|boten|mboten|didn't|did not|never|not) "
     r"(?:(?:pakai|pake|memakai|menggunakan|nganggo|ngangge|ngagem|make|use|using|used|wear|wearing|wore) )?"
     r"(?:a )?(?:kondom|condom|pengaman)", "a condom not used (a sign of intercourse)"),
    # Javanese rudapeksa in every voice (Baoesastra: rudapeksa, ngrudapeksa, dirudapeksa)
    (r"(?:di|ng|nge|dipun|dipun ?)?rudapeksa(?:n|ne)?|(?:di|ng)?rudopekso|(?:di|ng)?rudapaksa", "rape"),
    (r"(?:ditiduri|ditidurin|dtidurin|disetubuhi|digauli|dientot|diewe|dikelonin|disenggamai) (?:\S+ ){0,2}(?:paksa|"
     r"secara paksa|dengan paksa|by force)", "forced sex"),
    (r"memasukkan (?:jari|tangan|penis|kemaluan|alat kelamin|benda)", "penetration"),
    # round 10 (B25-26): forced until she could not resist is the act itself, its name left unsaid (KBBI melawan;
    # Baoesastra nglawan, ngantos, boten saged; Danadibrata ngalawan, dugi ka, teu tiasa; Kamus Dialek Melayu Ambon
    # malawan, seng; English plain usage)
    (rf"{_FORCE} (?:\S+ ){{0,3}}(?:ngantos|nganti|ngasi|sampai|sampe|smp|hingga|dugi ka|nepi ka|until|till) "
     r"(?:\S+ ){0,2}(?:boten|ora|ra|tidak|tak|ga|gak|nggak|teu|seng|could not|couldn't|cannot|can't) (?:\S+ )?"
     r"(?:nglawan|ngelawan|melawan|ngalawan|malawan|lawan|resist|fight)", "forced until she could not resist"),
    # 'dia maksa saya, saya gak bisa teriak': forced, with nothing after it in the clause, is the act itself
    # (round 14, B32-36: the person after the object marker of the eastern Malays, Manado and Ambonese 'pa', Kupang
    # 'sang' ('da paksa pa dia', 'paksa sang beta'; Kamus Dialek Melayu Manado, Ambon, Kupang, Pusat Bahasa), and
    # their first persons 'beta', 'kita', and 'ade' a younger sibling)
    (rf"{_FORCE} (?:pa |sang |pe )?(?:saya|aku|abdi|kula|kuring|me|her|dia|dheweke|manehna|adik saya|adikku|"
     r"istri saya|beta|kita|ade|ade kita|kita pe ade|beta pung ade)"
     # (round 26, B47-14: 'mandornya td siang maksa sy bgtu.': 'like that' may close it, KBBI begitu, gitu;
     # Danadibrata kitu; Baoesastra ngono; not 'memaksa saya begitu terus supaya tanda tangan', the clause going on)
     r"(?: (?:begitu|gitu|begituan|gituan|kitu|ngono))?"
     # '... maksa abdi di tenda dapur.': a place may close the clause too
     r"(?= [,.;!?]| dan (?:saya|aku)| lan aku| and i| (?:di|ka|ing|neng|nang|wonten|in|at|inside|behind) "
     r"(?:[^\s,.;!?]+ ){0,3}[,.;!?])", "forced (the act unnamed)"),
    # 'dia dipaksa.', 'di mobil sy dipaksa, mulut sy ditutup': the passive closing its clause, perhaps with its
    # agent ('dipaksa sama dia.'), leaves the act unsaid (KBBI dipaksa; Baoesastra dipeksa; Danadibrata dipaksa);
    # round 7: the agent may be a long phrase ('dipaksa ku lalaki ti kampung sabeulah anu ngungsi di tenda caket.'),
    # unless a purpose word opens a non-sexual object ('dipaksa oleh petugas untuk antri lagi')
    (r"(?:dipaksa|dipeksa|dipaksa-paksa|dipeksa-peksa|(?:was|got|been) forced)(?: (?:sama|oleh|ku|karo|dening|"
     r"kaliyan|by) (?:(?!untuk|buat|agar|supaya|biar|pikeun|kanggo|supados|to |ngantri|antri|bayar|pindah|pergi|pulang)[^\s,.;!?]+ ){0,8}[^\s,.;!?]+)?(?= [,.;!?]|$)", "forced (the act unnamed)"),
    # Round 52 (B76-35 'trus sy dipaksa di dlm mobil box tgl 24.'): the passive followed only by where it was done,
    # perhaps with its agent and a date, then the clause's end ('dipaksa di dalam gudang oleh petugas.', 'dipaksa di
    # jero mobil ku supir.', 'dipeksa neng njero truk karo sopir.', krama 'dipunpeksa wonten lebet griya', 'I was forced
    # inside the truck by the driver.') leaves the act unsaid, as the active with a place above (KBBI dipaksa, di dalam;
    # Danadibrata dipaksa, di jero; Baoesastra dipeksa, neng njero, krama dipunpeksa, wonten lebet; English plain
    # usage); never with what she was forced to do or why ('dipaksa di posko untuk tanda tangan', 'karena gudang
    # penuh', 'forced in the queue to pay'), nor in a relative clause pointing back, nor as one of a list of harms
    # asked about ('anu ngalaman pelecehan atanapi dipaksa di pangungsian, kedah lapor ka saha', B58-03)
    (r"(?<!yang )(?<!yg )(?<!nu )(?<!anu )(?<!sing )(?<!ingkang )(?<!who )(?<!were )(?<!atau )(?<!atanapi )"
     r"(?<!utawa )(?<!utawi )(?<!or )(?<!ato )"
     r"(?:dipaksa|dipeksa|dipunpeksa|(?:was|got|been) forced) (?:di|ka|ing|neng|nang|ning|wonten|in|at|inside|"
     rf"behind|into) (?:{_NOT_WHAT_FOR}[^\s,.;!?]+ ){{0,6}}{_NOT_WHAT_FOR}[^\s,.;!?]+(?= [,.;!?]|$)",
     "forced (the act unnamed)"),
    # Round 50 (B72-11 'sy dipaksa gitu.', B71-22 'dipaksa kak sy gk bisa teriak'): the same passive followed only by
    # 'like that' or by the name she calls the listener, then the clause's end or her own next clause ('dipaksa
    # begitu.', 'dipaksa mbak, ...', 'dipaksa teh, abdi ...', 'dipeksa ngono,', krama 'dipunpeksa', 'I was forced like
    # that,') says no more of the act (KBBI dipaksa, begitu, kak, mbak; Danadibrata dipaksa, kitu, teh, teteh;
    # Baoesastra dipeksa, ngono, krama dipunpeksa, ngaten, mekaten, mbak; English plain usage); never with what she
    # was forced to do after the vocative ('dipaksa mbak tanda tangan'), nor in a relative clause that points back to
    # what was named before ('... hrs nemenin dia karaoke ... 2 org yg dipaksa gt', B3-13)
    (r"(?<!yang )(?<!yg )(?<!nu )(?<!anu )(?<!sing )(?<!ingkang )(?<!who )(?<!were )"
     r"(?:dipaksa|dipeksa|dipunpeksa|(?:was|got|been) forced)(?:(?: (?:begitu|gitu|kitu|ngono|ngaten|mekaten|"
     r"like that))(?: (?:kak|kakak|mbak|mba|teh|teteh|bu|sis|mas|bang))?| (?:kak|kakak|mbak|mba|teh|teteh|bu|sis|mas|"
     r"bang))(?= [,.;!?]|$| (?:saya|aku|abdi|kula|kuring|gue|i) )", "forced (the act unnamed)"),
    # forced to 'do that' with him: the demonstrative stands for the act
    (rf"{_FORCE} (?:\S+ ){{0,3}}(?:melakukan|ngelakuin|ngelakukan|lakuin|nglakoni|nglakokake|ngalakukeun|ngalakonan|"
     r"nindakaken|do|doing|did) (?:hal )?(?:itu|kuwi|iku|kui|eta|anu|begituan|gituan|tersebut|that|it|"
     r"sing ora-ora|yang tidak-tidak|nu teu puguh)", "forced sex (euphemism)"),
    # Round 45 (B66-32, a voice note with no punctuation: '... dia maksa saya bu saya udah dorong-dorong tapi dia lebih
    # kuat dia ngelakuin itu ke saya ...'): forcing the survivor, then further on in the same sentence his doing 'it'
    # to her ('ngelakuin itu ke saya', 'ngalakukeun eta ka abdi', 'nglakoni kuwi marang aku', 'did it to me') is the
    # act named by a demonstrative, as 'forced to do that' above (KBBI paksa, melakukan, ke; informal 'ngelakuin',
    # Salsabila et al. 2018; Danadibrata maksa, ngalakukeun, eta, ka; Baoesastra peksa, nglakoni, kuwi, marang;
    # English plain usage); never 'it' done to everyone, nor across a sentence break
    (rf"{_FORCE} (?:pa |sang )?(?:saya|aku|abdi|kula|kuring|gue|me|her) (?:[^\s.;!?]+ ){{0,12}}(?:melakukan|ngelakuin|"
     r"ngelakui|ngelakukan|lakuin|nglakoni|nglakokake|ngalakukeun|ngalakonan|nindakaken|nindakake|did|done|does) "
     r"(?:hal )?(?:itu|kuwi|iku|kui|eta|anu|begituan|gituan|tersebut|that|it) (?:ke|kepada|pada|sama|ka|kana|marang|"
     r"menyang|dhateng|to) (?:saya|aku|abdi|kula|kuring|gue|me|her)(?!\S)", "forced sex (euphemism)"),
    # a drink, then waking up undressed or in pain 'down there'
    (r"(?:woke up|wake up|waking up|awoke|came to|terbangun|bangun|bangun-bangun|sadar|siuman|hudang|tangi|nglilir|"
     r"gugah|wungu) (?:\S+ ){0,8}(?:without (?:any |my |her )?(?:clothes|clothing|pants|underwear)|naked|undressed|"
     r"telanjang|bugil|tanpa (?:baju|busana|pakaian|celana|rasukan|ageman|sandhangan|acuk|klambi)|teu make (?:baju|calana)|taranjang|buligir|"
     r"ora nganggo (?:klambi|sandhangan)|wuda|wudo|(?:celana|calana|clothes|pakaian|baju)\S* (?:\S+ )?(?:terbuka|"
     r"lepas|copot|dilepas|off|removed|torn|robek))|(?:drugged|dibius|obat bius|dicekoki|spiked (?:my|her) drink|"
     r"diberi obat tidur|dikasih obat tidur)", "signs of a drugged assault"),
    (r"(?:pain|sakit|nyeri|perih|lara|gering|hurts?|hurting|bleeding|berdarah|getihan) (?:\S+ ){0,2}(?:down there|"
     r"di bawah sana|di bagian bawah|bagian bawah|kemaluan|vagina|alat kelamin|private parts?|anus|dubur|"
     r"selangkangan|(?:my|her) privates|bujur\S*|silit\S*|bokong\S*|pantat\S*|burit\S*|(?:his|her|my) bottom)|"
     # a child who cannot sit afterwards (Danadibrata calik, diuk; Baoesastra lungguh, lenggah)
     r"(?:teu|henteu|ora|mboten|boten|tidak|gak|nggak|can't|cannot|could not|couldn't) (?:\S+ )?(?:calik|diuk|"
     r"lungguh|lenggah|duduk|sit)(?= [,.;!?])|"
     # pain when sitting or passing water (KBBI kencing, buang air kecil; Danadibrata kiih; Baoesastra nguyuh,
     # krama toya; menawi, yen, lamun 'when')
     # (round 51, B73-39 'nyeri upami linggih sareng upami ka cai': the Sundanese lemes 'upami' (when), 'linggih'
     # (sits) and 'ka cai', 'kahampangan' (to the toilet, passing water); Danadibrata upami, linggih, cai, kahampangan)
     r"(?:sakit|nyeri|perih|lara|gering|nyeri|peurih|pain|hurts?) (?:\S+ )?(?:menawi|menawa|yen|nek|kalau|kalo|klo|"
     r"lamun|mun|upami|saat|waktu|pas|when|while) (?:\S+ )?(?:calik|diuk|linggih|lungguh|lenggah|duduk|sitting|sits?|"
     r"sit down|ka cai|kahampangan|"
     # (round 24, B45-30: 'pain when passing urine'; English plain usage)
     r"kencing|pipis|buang air kecil|kiih|nguyuh|pee|peeing|urinating|urine)", "pain in the genitals (a sign of "
     "assault)"),
    # Round 14 (B12-17): a wound or a tear in the genitals (Baoesastra tatu; Danadibrata raheut; KBBI luka, lecet,
    # robek; English plain usage)
    (r"(?:tatu|tatune|luka|lukanya|lecet|lecet-lecet|raheut|raheutna|robek|sobek|bengkak|wounds?|injur(?:y|ies|ed)|"
     rf"tears?|torn) (?:\S+ ){{0,3}}(?:di|ing|ning|neng|nang|ka|dina|in|on|at|to) (?:her |the |his )?(?:\S+ )?"
     rf"{_GENITALS}\S*", "pain in the genitals (a sign of assault)"),
    # signs without words for the act: found crying or bleeding, clothes torn
    (r"(?:ditemukan|ditemokake|kapanggih|found|ketemu) .. (?:menangis|nangis|ceurik|crying|berdarah|bleeding|telanjang|"
     # (round 8: a school uniform, 'seragam sobek'; KBBI seragam)
     r"naked|ketakutan|pingsan)|(?:baju|pakaian|celana|klambi|bajuna|calana|clothes|underwear|celana dalam|seragam|"
     # (round 22, B41-23: krama 'rasukanipun suwèk', Sundanese 'acukna soék'; Baoesastra rasukan, ageman, sinjang;
     # Danadibrata acuk, samping)
     r"uniform|rasukan|ageman|sinjang|acuk|samping)"
     r"(?:nya|na|ne|e|ipun|nipun)? "
     r"(?:\w+ )?(?:robek|sobek|suwek|soek|torn|ripped|berdarah|bloody)|"
     # (round 22, B41-23: bleeding from below, 'medal rah saking ngandhap', 'metu getih saka ngisor', 'kaluar getih ti
     # handap', 'keluar darah dari bawah', 'bleeding from down there'; Baoesastra rah, ngandhap, ngisor; Danadibrata
     # getih, handap; KBBI darah, bawah)
     r"(?:medal|metu|mijil|keluar|kaluar|ngucur|ngocor) (?:rah|getih|darah|ludira) (?:saking|saka|seko|dari|ti|tina) "
     r"(?:ngandhap|ngisor|bawah|handap|bagian bawah)|bleeding from (?:down there|below|between (?:her|my) legs)",
     "signs of a possible sexual assault"),
    # Round 24 (B45-08: 'celana dalamnya ada bercak darah'): blood on her underwear (KBBI celana dalam, bercak, noda,
    # darah; Danadibrata calana jero, getih; Baoesastra kathok, getih; English plain usage)
    (r"(?:celana dalam|calana jero|kathok|clana jero|underwear|knickers)(?:nya|na|ne|e|ipun)? (?:\S+ ){0,2}(?:bercak|"
     r"noda|flek|ada|aya|ana|kena|keuna|bloodstains?|stained|with)? ?(?:darah|getih|rah|blood|bloody)|blood "
     r"(?:\S+ ){0,2}(?:on|in) (?:her|his|the|my) (?:underwear|knickers)", "signs of a possible sexual assault"),
    # Round 25b (B45-19: 'leumpangna ngengkang, aya getih dina samping na'): blood on the cloth she wears below ('getih
    # dina sampingna', 'darah di roknya', 'getih neng jarike', 'blood on her sarong'; Danadibrata samping, getih; KBBI
    # rok, sarung, darah; Baoesastra jarik, sinjang, tapih, getih; English plain usage), unless a wound is told in its
    # sentence (classifier._cues) ...
    # (round 51, B71-02 'aya getih sakedik dina calanana': and her trousers, 'celana', 'calana', 'clana', krama
    # 'lancingan', 'pants', 'trousers'; KBBI celana; Danadibrata calana; Baoesastra clana, krama lancingan; English
    # plain usage; never beside a wound or her period, classifier._cues)
    (r"(?:getih|darah|rah|blood) (?:\S+ )?(?:dina|di|ing|ning|neng|nang|ana|on|in) (?:her |the |my )?(?:samping|"
     r"sarung|sarong|rok|skirt|jarik|jarit|sinjang|tapih|celana|calana|clana|lancingan|pants|trousers)|(?:samping|"
     r"sarung|sarong|rok|skirt|jarik|sinjang|tapih|celana|calana|clana|lancingan)"
     r"(?:na|nya|ne|e|ipun|nipun)? (?:\S+ ){0,2}(?:getih|darah|getihan|berdarah|bloody|blood|rah)\S*",
     BLOOD_ON_HER_CLOTHES),
    # ... and her walk with her legs apart ('leumpangna ngengkang', 'jalannya ngangkang', 'mlakune ngangkang', 'walking
    # with her legs apart'; Danadibrata ngengkang; KBBI mengangkang; Baoesastra ngangkang)
    (r"(?:leumpangna|leumpang|jalannya|jalan|berjalan|mlakune|mlaku|lumampahipun|walking|walks|walked|walk) "
     r"(?:\S+ )?(?:ngengkang|ngangkang|mengangkang|ngegang|with (?:her|his) legs (?:wide )?apart)",
     "signs of a possible sexual assault"),
    # Round 51 (B73-30 'Saiki isih metu getih lan ora iso mlaku bener', after a stranger pulled her behind the
    # latrines): still bleeding and her walk failing, in one sentence either order ('masih keluar darah dan tidak
    # bisa berjalan dengan benar', 'teu tiasa leumpang sae, kaluar keneh getih', 'isih metu getih lan ora iso
    # mlaku', krama 'taksih medal rah', 'still bleeding and cannot walk properly') (KBBI masih, keluar, darah,
    # berjalan; Danadibrata keneh, kaluar, getih, leumpang; Baoesastra isih, metu, getih, mlaku, krama taksih,
    # medal, rah, mlampah; English plain usage); never in the sentence of a wound (classifier._cues)
    (r"(?:(?:masih|msh|isih|keneh|taksih|still) (?:\S+ )?(?:keluar|kluar|metu|medal|kaluar) (?:\S+ )?(?:darah|getih|"
     r"rah)|(?:keluar|kluar|metu|medal|kaluar) (?:masih |isih |keneh |taksih )(?:darah|getih|rah)|masih berdarah|"
     r"still bleeding)(?: [^\s.!?;]+){0,6} (?:tidak|tdk|gak|ga|nggak|ora|teu|henteu|mboten|boten|can't|cannot|"
     r"could not|couldn't|can not) (?:\S+ )?(?:berjalan|jalan|mlaku|mlampah|leumpang|walk)|"
     r"(?:tidak|tdk|gak|ga|nggak|ora|teu|henteu|mboten|boten|can't|cannot|could not|couldn't|can not) (?:\S+ )?"
     r"(?:berjalan|jalan|mlaku|mlampah|leumpang|walk)(?: [^\s.!?;]+){0,6} (?:(?:masih|msh|isih|keneh|taksih|still) "
     r"(?:\S+ )?(?:keluar|kluar|metu|medal|kaluar) (?:\S+ )?(?:darah|getih|rah)|(?:keluar|kluar|metu|medal|kaluar) "
     r"(?:masih |isih |keneh |taksih )(?:darah|getih|rah)|masih berdarah|still bleeding)", BLEEDING_AND_LAME),
    # Round 54 (B77-04 'Klambiku suwek, metu getih, saiki mlaku wae isih lara', after a driver took her behind a
    # warehouse): bleeding with her walk painful rather than failing, in one sentence either order ('keluar darah,
    # jalan pun masih sakit', 'kaluar getih, leumpang oge nyeri', 'metu getih, mlaku lara', krama 'medal rah, mlampah
    # taksih sakit', 'bleeding and it hurts to walk') (KBBI keluar, darah, berdarah, berjalan, sakit, nyeri, perih;
    # Danadibrata kaluar, getih, leumpang, nyeri, peurih; Baoesastra metu, getih, mlaku, lara, krama medal, rah,
    # mlampah, sakit; English plain usage); never in the sentence of a wound or her period (classifier._cues)
    (r"(?:(?:keluar|kluar|metu|medal|kaluar) (?:\S+ )?(?:darah|getih|rah)|berdarah|getihan|bleeding)\S*"
     r"(?: [^\s.!?;]+){0,6} (?:(?:berjalan|jalan|jln|mlaku|mlampah|leumpang|walking|walk)\S*(?: [^\s.!?;]+){0,3} "
     r"(?:sakit|skt|nyeri|perih|lara|gering|peurih|hurts?|painful|pain)|(?:hurts?|painful|pain) (?:to |when |while )?"
     r"(?:i |she )?(?:walk|walking))|(?:(?:berjalan|jalan|jln|mlaku|mlampah|leumpang|walking|walk)\S*(?: [^\s.!?;]+)"
     r"{0,3} (?:sakit|skt|nyeri|perih|lara|gering|peurih|hurts?|painful|pain)|(?:hurts?|painful|pain) (?:to |when |"
     r"while )?(?:i |she )?(?:walk|walking))\S*(?: [^\s.!?;]+){0,6} (?:(?:keluar|kluar|metu|medal|kaluar) (?:\S+ )?"
     r"(?:darah|getih|rah)|berdarah|getihan|bleeding)", BLEEDING_AND_SORE),
    # back without her underwear (KBBI celana dalam; Danadibrata calana jero; Baoesastra kathok)
    (r"(?:came back|came home|come back|returned|pulang|balik|mulih|wangsul|mantuk|uih|mulang) (?:\S+ ){0,6}"
     r"(?:without (?:her|his|any) (?:underwear|knickers|pants|trousers|clothes)|tanpa (?:celana|pakaian|baju)"
     r"(?: dalam)?|teu make calana|ora nganggo (?:kathok|clana|celana))", "signs of a possible sexual assault"),
    # Round 51 (B73-37 'she came back late with torn clothes and bruises on her thighs'): what she came back with,
    # within her return's sentence, the English adjective before the clothes ('with a ripped blouse', 'torn
    # clothes'), or bruises on her thighs ('memar di kedua pahanya', 'paha lebam', 'pingpingna biru-biru', 'pupune
    # biru-biru', krama 'wentisipun biru-biru', 'bruises on her inner thighs') (KBBI memar, lebam, paha; Danadibrata
    # pingping, biru; Baoesastra pupu, krama wentis, biru; English plain usage); never clothes torn in the donation
    # sacks, nor a fall told instead of a return
    (r"(?:came back|came home|come back|comes back|returned|pulang|pulangnya|balik|balikna|baline|bali|mulih|"
     r"wangsul|mantuk|uih|mulang) (?:[^\s.!?;]+ ){0,8}(?:(?:torn|ripped|tattered|shredded|bloodied) (?:\S+ )?"
     r"(?:clothes|clothing|dress|skirt|blouse|shirt|top|uniform|underwear|sarong|trousers|jeans)|(?:memar|lebam\S*|"
     r"biru-biru|bruises|bruise|bruised|bruising) (?:[^\s.!?;]+ ){0,3}(?:paha|pingping|pupu|wentis|thighs?)\S*|"
     r"(?:paha|pingping|pupu|wentis|thighs?)\S* (?:[^\s.!?;]+ ){0,1}(?:memar|lebam\S*|biru-biru|bruised))",
     "signs of a possible sexual assault"),
    # the genitals named first, then the pain: 'kemaluannya sakit', 'her private parts hurt'
    (r"(?:kemaluan|vagina|alat kelamin|anus|dubur|selangkangan|private parts?|privates|genitals?|bujur|silit|"
     r"heunceut|tempik|manuk|burung)\S* (?:\S+ )?(?:sakit|nyeri|perih|lara|gering|peurih|hurts?|hurting|sore|"
     r"bleeding|berdarah|getihan|bengkak|swollen)", "pain in the genitals (a sign of assault)"),
)

GENITAL_CONTACT: tuple[tuple[str, str], ...] = (
    # Round 9 (B24-05): the genitals 'examined' (an internal examination), whatever the reason given: the officer
    # judges the reason, post-exposure care cannot wait (KBBI periksa, pemeriksaan dalam, kemaluan, alat kelamin;
    # Danadibrata mariksa; Baoesastra mriksa, krama mriksani; English plain usage)
    (rf"(?:memeriksa|periksa|diperiksa|meriksa|mariksa|dipriksa|mriksa|mriksani|dipun priksa|pemeriksaan|"
     rf"examined|examining|examines|examination of|checked|checking|inspected) (?:\S+ ){{0,3}}{_GENITALS}|"
     rf"(?:pemeriksaan|periksa|meriksa|memeriksa) dalam|internal examination|vaginal examination",
     "genitals examined"),
    (r"(?:meraba|diraba|raba|memegang|dipegang|pegang|megang|menyentuh|disentuh|nyentuh|memainkan|dimainkan|"
     r"mengelus|dielus|meremas|diremas|dicekel|nyekel|dicepeng|touched|touching|touches|grabbed|grabbing|"
     r"fondled|fondling|rubbed|mengocok|dikocok|dirogoh|ngrogoh|dirampa|ngarampa|menjilat|dijilat|stroked|licked|"
     r"touch|"
     # stroking and 'playing with' (Danadibrata ngusap, diusapan, ngulinkeun 'play with'; cepeng, the lemes of
     # cekel; KBBI usap, mainkan; informal mainin, maenin)
     r"diusap|diusapan|ngusap|ngusapan|mengusap|ngulinkeun|diulinkeun|dimainin|mainin|dimaenin|maenin|dicepengan|"
     # KBBI jamah 'touch' (menjamah, dijamah)
     r"menjamah|dijamah|jamah|"
     r"nyepengan|dicekeli|nyekeli|"
     # round 9: krama 'nyepeng' (hold; Baoesastra cepeng), a child made to hold his 'manuk'
     r"nyepeng|nyepengi|"
     # round 8: groping (Baoesastra grayang, nggrayangi, krama dipun grayangi; Danadibrata ngagerayangan; KBBI
     # menggerayangi, informal grepe)
     r"grayangi|digrayangi|nggrayangi|ngrayangi|digerayangi|menggerayangi|ngagerayangan|digerayangan|grepe|"
     r"digrepe|ngegrepe|grepe-grepe|"
     # round 8: krama 'touch' (Baoesastra gepok, nggepok, dipun gepok)
     r"gepok|nggepok|digepok|dipungepok|ngegepok|"
     # round 12 (B30-22): squeezing (Baoesastra remet, ngremet, diremet)
     r"remet|ngremet|diremet|ngremeti|diremeti)(?:-\w+)? ... " + _GENITALS, "contact with genitals"),
    # round 12 (B30-22): his hand put inside her or his trousers (Baoesastra tangan, njero, clana; KBBI ke dalam
    # celana; Danadibrata ka jero calana; English plain usage)
    (r"(?:tangan|tangane|tanganne|tangannya|tanganna|hand|hands) (?:\S+ ){0,3}(?:neng|ing|nang|ke|ka|di|into|inside|"
     r"down|in) (?:njero|jero|dalam|dalem|lebet|my|her|his) (?:celana|calana|clana|clanaku|celanaku|rok|sarung|"
     r"pants|trousers|underwear|skirt)\S*", "contact with genitals"),
    # round 8: touched 'down there' (KBBI di bawah; Danadibrata di handap; Baoesastra ing ngisor), the words right after
    # the verb, never a thing held under a tent, a table or a tree
    (r"(?:megang|memegang|pegang|dipegang|dicekel|nyekel|diraba|meraba|ngaraba|dicabak|nyabak|nyentuh|menyentuh|"
     r"disentuh|digepok|nggepok|touched|touching|touches|grabbed)(?:-\w+)? (?:di bawah|di handap|ing ngisor|"
     r"neng ngisor|down there)(?! (?:\S+ )?(?:tenda|terpal|pohon|meja|kursi|tangga|jembatan|mobil|truk|atap|tent|"
     r"tree|table|car|truck|roof))", "contact with genitals"),
    (_GENITALS + r" .. (?:di)?(?:raba|pegang|sentuh|elus|remas|mainkan|usap|usapan|ulinkeun|mainin|maenin|cepengan|"
                 r"cekeli|"
                 # round 11: ngoko 'dicekel-cekel', Sundanese 'dirampa', 'dicabak' after the part named (Baoesastra
                 # cekel; Danadibrata rampa, cabak)
                 r"cekel|rampa|cabak|gepok)(?:-\w+)?", "contact with genitals"),
)

SEX_ACT: tuple[tuple[str, str], ...] = (
    # Round 31 (B51-36: "melakukan 'hubungan suami istri' dengannya", a girl of 16 two days before): the marital
    # relations done, a verb of doing before the noun (KBBI melakukan, hubungan suami istri; Danadibrata ngalakukeun,
    # salaki, pamajikan; Baoesastra nglakoni, nindakake, bojo; English plain usage 'marital relations'). Never the
    # noun alone, a topic of counselling ('penyuluhan tentang hubungan suami istri').
    (r"(?:melakukan|lakukan|ngalakukeun|nglakoni|ngelakoni|nindakake|had|have|has|having) (?:\S+ )?hubungan "
     r"(?:suami[ -]istri|suami[ -]isteri|salaki[ -]pamajikan|salaki[ -]istri)|(?:had|have|has|having) (?:\S+ )?"
     r"(?:marital|husband-and-wife|husband and wife) relations", "sexual intercourse (marital relations done)"),
    (r"berhubungan (?:badan|intim|seks|seksual|suami istri|suami-istri)|hubungan (?:seks|seksual|intim|badan)",
     "sexual intercourse"),
    (r"bersetubuh|ngeseks|ngesex|begituan|gituan|bercinta|ngewe|ngentot|berzina|zina|indehoy|(?:di|ng)eloni",
     "sexual intercourse"),
    (r"(?:having|had|have|has) sex|sexual intercourse|intercourse|slept with|sleeping with|sleeps with|"
     r"making love|made love|"
     # round 11: non-native English 'he do sex with her', 'make sex to me' (B27-15's family; plain usage of learners)
     r"(?:do|does|did|doing|done|make|makes|made|making) sex (?:with|to|on) (?:her|him|me|them|my \w+)",
     "sexual intercourse"),
    (r"(?:di|me)tiduri|meniduri|ditidurin|dtidurin|nidurin|nidurin", "sexual intercourse"),
    # Javanese 'diapa-apakke', Sundanese 'dinanaon', 'dikumahakeun' (done something to: Baoesastra apa-apa;
    # Danadibrata naon, kumaha)
    # 'did things to her' (English, the act unsaid)
    (r"(?:did|does|do|doing|done) (?:things|stuff|something|bad things) to (?:her|him|me|them)", "sex (euphemism)"),
    # Round 7: 'an improper thing' done to her, the act left unsaid in the polite registers (KBBI melakukan, hal, tidak
    # pantas, tidak senonoh; Danadibrata ngalakukeun, perkawis, teu pantes, teu sopan; Baoesastra nindakake, krama
    # nindakaken, prekawis, mboten pantes; English plain usage): with force or a threat beside it, urgency.violence
    # reads it as an assault
    # (round 25b, B43-08: the contracted ngoko 'nindakke', 'nindakne', 'nglakokke', Baoesastra nindakake, nglakokake;
    # the Jakarta 'ngelakuin', read as 'ngelakui' by text.py's -in rule)
    # (round 46, B65-40 'dipun ajak nglampahi bab ingkang mboten pantes': the krama 'nglampahi', 'nglampahaken', the
    # Sundanese 'ngalampahkeun', the Indonesian 'mengerjakan', Jakarta 'ngerjain', and 'bab', a matter; Baoesastra
    # lampah, nglampahi, bab; Danadibrata lampah, ngalampahkeun; KBBI kerja, mengerjakan)
    (r"(?:melakukan|berbuat|ngelakuin|ngelakui|ngelakukan|ngalakukeun|ngalakonan|migawe|midamel|nindakaken|nindakake|"
     r"nglampahi|nglampahaken|ngalampahkeun|ngalampahan|mengerjakan|ngerjain|ngerjai|ngerjakan|"
     r"nindakke|nindakne|nglakokke|nglakokne|nglakoni|nglakokake|tumindak) (?:\S+ )?(?:hal|hal-hal|sesuatu|perbuatan|perkawis|prekawis|perkara|kalakuan|"
     r"pagawean|barang|bab)? ?(?:yang |anu |nu |ingkang |sing )?(?:tidak|tak|gak|ga|nggak|teu|henteu|mboten|boten|ora) "
     r"(?:pantas|pantes|senonoh|patut|sopan|layak|uyahan|susila)|"
     # round 9 (B23-20): forced 'until the improper thing happened', the act said by its outcome (Danadibrata dugi
     # ka, nepi ka, kajadian; Baoesastra nganti, kedaden, krama ngantos, kedadosan; KBBI sampai terjadi)
     r"(?:dugi ka|nepi ka|sampai|sampe|nganti|ngantos|until) (?:terjadi |kajadian |kadaden |kedaden |kedadosan |"
     r"something |hal |perkara )?(?:hal |perkara )?(?:yang |nu |anu |sing |ingkang )?(?:tidak|teu|henteu|ora|mboten|"
     r"boten) (?:pantas|pantes|senonoh|patut|sopan|susila)|"
     # round 9: the passive, 'dipigawe teu pantes ku mamangna' (Danadibrata dipigawe; KBBI diperlakukan tidak
     # senonoh; Baoesastra dipun tindakaken)
     r"(?:dipigawe|dipigawé|dilakukan|diperlakukan|digawe|dilakoni|dipun tindakaken) (?:\S+ )?(?:yang |anu |nu |"
     r"ingkang |sing )?(?:tidak|teu|henteu|mboten|boten|ora) (?:pantas|pantes|senonoh|patut|sopan|susila)|"
     r"did (?:things|something|what he wanted|unspeakable things) (?:\S+ ){0,3}(?:i cannot say|i can't say|i cannot "
     r"describe|i can't describe|i cannot tell|inappropriate|improper|indecent)|"
     # (round 46: made to do indecent things, English plain usage)
     r"(?:made|forced|told|asked|got) (?:\S+ )?to do (?:\S+ )?(?:indecent|improper|inappropriate|unspeakable|dirty|"
     r"shameful|sexual) things", "an improper act (euphemism)"),
    (r"(?:di|nge|me)?(?:be)?gituin|digituan|dibegituin|dianuin|ngapa-ngapain|diapa-apain|diapa-apakan|diapa-apakke|"
     r"diapa-apakake|diapa-apakne|diapak-apakke|dinanaon|dinanaonan|dikumahakeun|"
     r"di(?:ke)?jar(?:in)? (?:sama|sm|oleh|by)", "sex (euphemism)"),
    # an aid worker's relationship with someone the aid serves (IASC principle 4)
    # (round 51, B73-14 'in a sexual relationship for about three weeks with a shelter manager'; B74-11 'is 'dating' a
    # displaced woman'): how long between the relationship and 'with'; and a relationship told as going on, by how
    # long or 'already' ('sudah dua bulan pacaran dengan', 'tos tilu minggu bobogohan sareng', 'wis telung minggu
    # pacaran karo', krama 'sampun ... pacaran kaliyan', 'has been dating', 'is dating a') (KBBI pacaran, sudah;
    # Danadibrata bobogohan, tos; Baoesastra wis, krama sampun; English plain usage), never a relationship asked
    # ('ngajak pacaran') nor one asked about ('boleh pacaran?')
    (r"(?:in|into|having|had|has|have|started) (?:a |an )?(?:sexual |romantic |secret )?(?:relationship|affair) "
     r"(?:for (?:about |almost |nearly |over |more than |some )?(?:\S+ ){1,2})?with|"
     r"(?:sudah|udah|sdh|dah|geus|tos|atos|wis|wes|uwis|sampun) (?:[^\s.!?;,]+ ){0,3}(?:ber)?(?:pacaran|bobogohan) "
     r"(?:dengan|sama|bareng|karo|jeung|sareng|kaliyan)|(?:has|have|had) been (?:secretly )?(?:dating|seeing) (?!for)|"
     r"(?:is|was) (?:secretly )?dating (?:a|an|one|the)|"
     r"(?:hubungan|berhubungan) (?:asmara|gelap|khusus|spesial|pacaran) (?:dengan|sama|karo|jeung)|"
     r"selingkuh(?:an)? (?:dengan|sama|karo|jeung)", "a sexual relationship"),
    (r"tidur (?:dengan|sama|bareng|bersama|jeung|sareng)(?:nya| dia| dirinya| saya| aku| kami)?|tidur dengannya|"
     r"turu (?:karo|bareng|kaliyan)|sare (?:kalih|bareng|jeung|sareng)|tilem (?:sareng|kaliyan|bareng|sesarengan|sasarengan)|"
     # krama and lemes 'together' (Baoesastra sesarengan, bebarengan; Danadibrata sasarengan)
     r"sare (?:sasarengan|sesarengan)|turu (?:bebarengan|bareng-bareng)|kulem sasarengan|"
     r"kulem (?:bareng|sareng|jeung)|bob(?:o|ok) bareng|sleep with|sleep together|slept together|slept with|"
     r"sleeping with|(?:turu|tilem|kulem) dengan|"
     # round 9: Sundanese taken or asked to sleep 'by' someone (Danadibrata sare, kulem; 'ku' by)
     r"(?:dibawa|diajak|dicandak|diangkir) (?:sare|kulem|mondok) ku", "sleeping together"),
)

# Round 30 (B50-02 'paket hygiene kit buat ibu2 hamil sm remaja putri'): after 'ibu', 'ibu-ibu' the pregnant
# mothers are a group aid is for (KBBI ibu hamil; Baoesastra meteng; Danadibrata reuneuh), and the 'sama', 'dari',
# 'karo' after them join another group or name who gives: no one by whom she is pregnant (zero-width: the prefilter's
# beginnings are unchanged)
_NOT_THE_MOTHERS = "(?<!ibu )(?<!ibu-ibu )"       # (two lookbehinds only: cheap where they are tried)

PREGNANCY: tuple[tuple[str, str], ...] = (
    # 'hamil, katanya sama relawan': pregnant, and by whom (KBBI hamil; Danadibrata reuneuh; Baoesastra meteng)
    (_NOT_THE_MOTHERS + r"(?:hamil|reuneuh|meteng|mbobot|pregnant) ,? (?:katanya |cenah |jarene |ngakune |she says |she said )?"
     r"(?:sama|oleh|dari|karo|ku|ti|by|from) (?:\S+ )?(?:relawan|petugas|volunteer|staff|driver|sopir|guard|"
     r"penjaga|tentara|polisi|soldier|officer|mandor|koordinator|coordinator)", "pregnancy from the act"),
    (r"(?:di|meng)hamili|" + _NOT_THE_MOTHERS + r"hamil (?:karena|oleh|akibat|setelah|dari|sama|anak)|got (?:her|me) "
     r"pregnant|made (?:her|me) pregnant|impregnated|pregnant by|kakandungan ku|" + _NOT_THE_MOTHERS + r"meteng karo",
     "pregnancy from the act"),
    # Round 9 (B24-13), the one who made her pregnant, in every language: SMS 'hamilin' (Salsabila et al. 2018);
    # Sundanese 'ngahamilan', 'ngareuneuhan', 'direuneuhan' (Danadibrata reuneuh, with -an); Javanese ngoko
    # 'metengi', 'dimetengi', 'ngandhutke' and krama 'damel ngandhut', 'ndamel ngandhut' (Baoesastra meteng,
    # ngandhut, mbobot); Ambonese/Kupang Malay 'bekin hamil', 'biking hamil' (make pregnant); 'pregnant from'
    (r"hamilin\S*|ngahamilan\S*|dihamilan\S*|ngareuneuhan\S*|direuneuhan\S*|(?:di)?metengi\S*|metengake\S*|"
     r"(?:di)?ngandhutke\S*|(?:n)?damel ngandhut|(?:dipun ?)?damel mbobot|gawe meteng|bikin hamil|bekin hamil|"
     r"biking hamil|bikin bunting|pregnant from", "pregnancy from the act"),
    # Round 9: pregnant some months 'by' him ('kakandungan dua bulan ku relawan', 'ngandhut kaliyan relawan'; a
    # pregnancy alone, of an adult, is no sign of misconduct: 'saya sedang hamil tujuh bulan, jatah kurang')
    (_NOT_THE_MOTHERS + r"(?:hamil|reuneuh|kakandungan|meteng|ngandhut|mbobot|bunting|pregnant) (?:\S+ ){1,3}"
     r"(?:ku|karo|kaliyan|sama|"
     r"oleh|dari|by|deng|dengan|ti) (?:\S+ )?(?:relawan|petugas|volunteer|staff|driver|sopir|supir|guard|penjaga|"
     r"tentara|polisi|soldier|officer|mandor|koordinator|coordinator|bapa|om|pak|mamang|mang)",
     "pregnancy from the act"),
)

CONTACT: tuple[tuple[str, str], ...] = (
    # a body examined with no medical reason (KBBI memeriksa, alasan medis; 'examined ... without medical reason')
    (rf"(?:memeriksa|periksa|diperiksa|meriksa|mariksa|dipriksa|examined|examining|examines|checked|checking) "
     rf"(?:\S+ ){{0,2}}{_BODY}\S* (?:\S+ ){{0,4}}(?:tanpa (?:alasan|indikasi|izin)|teu aya alesan|tanpa alesan|ora ana "
     r"alesan|without (?:a |any )?(?:medical )?(?:reason|need|consent)|no medical reason|unnecessar\w*|tidak perlu)",
     "a needless examination of the body"),
    # trying to pull her clothes down or off, grabbed from behind (KBBI melepas, menarik, menurunkan; Baoesastra
    # nglukar, mbukak; Danadibrata muka, narik)
    # (round 34, B56-20 'tried to pull my shorts down': shorts, knickers, panties, English plain usage)
    (r"(?:tried|trying|tries|attempted) to (?:pull|rip|tear|take|yank) (?:down |off )?(?:her|my|their) (?:\S+ )?"
     r"(?:clothes|pants|trousers|skirt|sarong|underwear|shirt|dress|shorts|knickers|panties)(?: (?:down|off))?|"
     # (round 26, B47-07 'maksa muka calanana': forcing them open, KBBI memaksa, Danadibrata maksa, Baoesastra meksa)
     r"forc(?:ed|ing|es) (?:open |down |off )?(?:the |her |my )(?:\S+ ){0,4}(?:clothes|pants|trousers|skirt|sarong|"
     r"underwear)|(?:mencoba|coba|nyoba|nyobian|nyobi|hendak|mau|arep|rek|bade|maksa|memaksa|meksa) "
     r"(?:\S+ )?(?:membuka|melepas|menarik|narik|nurunin|menurunkan|nyopot|mbukak|nglukar|muka|"
     r"ngabuka|"
     # (round 20: Sundanese lemes 'nyobian', Danadibrata cobi; informal 'buka', 'bukak', Salsabila et al. 2018;
     # Javanese 'clana', 'kathok', 'jarik', Baoesastra)
     r"buka|bukak) (?:\S+ )?(?:baju|celana|rok|pakaian|sarung|calana|clana|kathok|katok|jarik|klambi|sinjang|acuk|"
     # (round 28, B49-15 'nyobi nyopot jarit kula': the sarong's other spelling, Baoesastra jarit)
     r"rasukan|jarit)\S*|"
     # (round 35, B55-18 'rék dibuka bajuna': the passive with the verb first, the clothes right after it, as
     # 'bajuna rek dibuka' below; Danadibrata dibuka, dilaan; KBBI dibuka, dilepas; Baoesastra dibukak)
     r"(?:mencoba|coba|nyoba|nyobian|nyobi|hendak|mau|arep|rek|bade|maksa|memaksa|meksa) (?:dibuka|dibukak|dilepas|"
     r"dicopot|dilaan) (?:baju|celana|rok|pakaian|sarung|calana|clana|kathok|katok|jarik|klambi|sinjang|acuk|rasukan|"
     r"jarit)\S*|"
     r"grabbed (?:her|me) from behind|dipeluk dari belakang|direngkuh ti tukang", "an attempted sexual assault"),
    # (entries kept apart so that each has a fixed beginning for the matcher's prefilter)
    (
     # pulling her sarong or trousers down or open (KBBI menarik, memelorotkan; Baoesastra narik, mlorotake;
     # Danadibrata narik, ngabuka); (round 34) never by the wind (two lookbehinds only: cheap where they are tried)
     r"(?<!wind )(?<!angin )(?:narik|menarik|ditarik|nyopot|dicopot|mlorotake|dipelorotin|melorotkan|ngabuka|dibuka|mbukak|pulled|yanked|"
     # round 18: taking them off or lifting them in lemes and ngoko (Danadibrata laan: ngalaan, singkab: nyingkab;
     # Baoesastra lukar: nglukari, udhar: ngudhari; KBBI pelorot, singkap), torn or ripped off (English)
     r"ngalaan|ngalaanan|nyingkab|nyingkabkeun|nyingkap|nglukari|nglukar|ngudhari|melorotin|mlorotin|meloroti|mloroti|tore|ripped|"
     r"tearing) "
     r"(?:\S+ ){0,2}(?:sarung|sarungku|sarungna|celana|calana|clana|kathok|katok|rok|jarik|jarit|sinjang|kain|resleting|"
     r"sleting|pants|trousers|skirt|sarong|underwear)\S*", "an attempted sexual assault"),
    # the clothes first: 'klambine ditarik-tarik', 'celananya dipelorotin'
    (r"(?:klambi|baju|celana|calana|clana|kathok|katok|rok|sarung|pakaian|acuk|rasukan|jarik|jarit|sinjang)"
     r"(?:ne|e|nya|na|ku|mu|ipun)? "
     # (round 12: Javanese 'dibukak', Baoesastra bukak; round 18, B38-18 'calanana bade dilaan': taken off or lifted
     # in lemes and ngoko, Danadibrata laan 'dilaan', singkab 'disingkab'; Baoesastra udhar 'diudhari', lukar
     # 'dilukari'; KBBI pelorot 'dipelorotkan'; a word or two between, 'calana kuring rék dilaan')
     r"(?:\S+ ){0,2}(?:ditarik|dibuka|dibukak|"
     r"dicopot|dilepas|disingkap|dipelorotin|diplorotke|dilorotke|dibuka-buka|dilaan|dilaanan|disingkab|"
     r"disingkabkeun|diudhari|diudhar|dilukari|dilukar|dipelorotkan|dipelorotkeun|dilorotin|"
     # (Jakarta -in is read as -i by text.py: 'dipelorotin' arrives as 'dipeloroti')
     r"dipeloroti|diploroti|diloroti)(?:-\w+)?|"
     # (round 33, B54-10 'rasukan kulo dipun suwek' after she was dragged behind the toilets: her clothes torn by
     # him, in the passive, the krama 'dipun' apart; KBBI robek, sobek; Baoesastra suwek, krama 'dipun'; Danadibrata
     # soék; never by rats, the wind or a dog)
     r"(?:klambi|baju|celana|calana|clana|kathok|katok|rok|sarung|pakaian|acuk|rasukan|jarik|jarit|sinjang)"
     r"(?:ne|e|nya|na|ku|mu|ipun)? "
     r"(?:\S+ ){0,2}(?:dirobek|disobek|disuwek|disoek|disowek|dipun suwek|dipun sowek|dipun sobek)(?:-\w+)?"
     r"(?! (?:\S+ )?(?:tikus|beurit|angin|anjing|kucing|asu|rats?|mice|wind|dogs?))",
     "an attempted sexual assault"),
    # (round 33: torn or ripped off her, in English; never 'tore my clothes hanging on the line')
    (r"(?:tore|ripped) (?:off (?:my|her) (?:clothes|shirt|blouse|dress|top)|(?:my|her) (?:clothes|shirt|blouse|dress|"
     r"top) off)|tore at (?:my|her) (?:clothes|shirt|blouse|dress|top)", "an attempted sexual assault"),
    # Round 33 (B54-22 'narik dia ke blkg genset, bekap mulutnya, buka2 bajunya & mau 'begituin' dia. ponakan sy
    # nendang & lari'): her mouth held shut by his hand, then her clothes opened or pulled at, is an attempted assault
    # (KBBI bekap 'menutup mulut dengan tangan'; Baoesastra bekep; English plain usage); only the verbs of a hand
    # held over the mouth, never 'menutup mulut' (against the dust, or keeping quiet)
    (r"(?:bekap|membekap|dibekap|ngebekap|bekep|mbekep|dibekep|clamped (?:a |his )?hand over|put (?:a |his )?hand "
     r"over|his hand over) (?:\S+ )?(?:mulut|cangkem|tutuk|lambe|mouth)\S* (?:\S+ ){0,8}(?:buka|membuka|buka-buka|"
     r"membuka-buka|mbukak|mbukak-mbukak|narik|menarik|nyopot|melepas|ngelepas|nglukari|pulled|pulling|tore|ripped|"
     r"yanked) (?:at )?(?:\S+ ){0,2}(?:baju|celana|rok|pakaian|sarung|kathok|katok|klambi|rasukan|jarik|jarit|"
     r"clothes|shirt|dress|skirt|pants|trousers|sarong|underwear)\S*", "an attempted sexual assault"),
    # Round 36 (B57-21 'ngagolérkeun abdi kana taneuh sarta muka paksa calana abdi'): her clothes forced open, the
    # verb of opening, pulling or taking off first and 'by force' right after it ('muka paksa calana', 'membuka paksa
    # celana', 'narik paksa celana', 'mbukak peksa jarik', 'forcibly opened her trousers'; KBBI paksa 'secara paksa';
    # Danadibrata paksa; Baoesastra peksa; English plain usage), as round 26's 'maksa muka calana' with the forcing
    # first; only the clothes, never a door, a warehouse or a tent forced open
    (r"(?:muka|membuka|buka|bukak|mbukak|narik|menarik|nyopot|melepas|ngelepas|nglukar|nglukari|ngalaan|mlorotake|"
     r"melorotkan|nurunin|menurunkan|dibuka|dibukak|dilepas|dicopot|dilaan|ditarik) (?:secara )?(?:paksa|peksa) "
     r"(?:\S+ )?(?:baju|celana|rok|pakaian|sarung|calana|clana|kathok|katok|jarik|jarit|klambi|sinjang|acuk|rasukan|"
     r"kain)\S*|"
     r"forcibly (?:opened |pulled (?:down |off )?|removed |took off |undid |tore (?:off |open )?)(?:my|her) "
     r"(?:\S+ )?(?:clothes|pants|trousers|skirt|sarong|underwear|dress)\S*", "an attempted sexual assault"),
    # Round 39 (B60-11 'narik anjeunna ka tukangeun MCK pangungsian, tuluy muka calanana'): her lower garment opened
    # by the bare active verb, as rounds 26 and 36 read it with forcing said ('maksa muka', 'muka paksa'): the
    # Sundanese 'muka' (Danadibrata buka: muka, to open), the Indonesian 'membuka' (KBBI buka: membuka), the English
    # 'opened', 'unzipped', 'undid', a possessive between at most; never undressing to bathe or to relieve oneself
    (r"(?:muka|membuka|opened|unzipped|undid|unbuttoned) (?:\S+ )?(?:calana|celana|rok|samping|sinjang|sarung|"
     r"trousers|pants|skirt|sarong|jeans|shorts)\S*(?! (?:\S+ ){0,3}(?:mandi|ibak|siram|kiih|kencing|pipis|bathe|"
     r"bathing|swim|swimming|wash|toilet))", "an attempted sexual assault"),
    # an assault that was attempted and stopped: abuse, not (yet) an act that calls for post-exposure care
    # (round 18: whoever did it, 'tried to force themselves on')
    (r"(?:tried|attempted|trying|tries) to (?:force (?:himself|themselves|herself) on|rape|sexually assault|assault)|"
     r"forc(?:e|ed|ing|es) (?:himself|themselves|herself) on|(?:mencoba|coba|hendak|mau|nyoba|arep|bade|rek|badé) (?:memperkosa|merkosa|ngerudapeksa|"
     r"ngrudapeksa|memaksa berhubungan|ngarogahala)|percobaan (?:pemerkosaan|perkosaan)|attempted rape",
     "an attempted sexual assault"),
    # Round 22 (B41-26, 'rék diperkosa ..., untung abdi bisa kabur'): nearly raped ('hampir diperkosa', 'ampir
    # diperkosa', 'almost raped'; KBBI hampir, nyaris; Danadibrata ampir; Baoesastra mèh), or about to be, with her
    # escape told after it ('rék', 'mau', 'arep diperkosa ..., untung bisa kabur'; KBBI kabur, lolos; Danadibrata
    # lumpat; Baoesastra mlayu, oncat): an attempt, past, never a rape threatened ('akan diperkosa kalau ...')
    (r"(?:hampir|nyaris|ampir|meh|almost|nearly) (?:di)?(?:perkosa|diperkosa|dirudapaksa|dirogahala|raped)|"
     r"(?:rek|mau|hendak|arep|bade) (?:diperkosa|dirudapaksa|dirogahala)(?=(?: \S+){0,20} (?:kabur|lolos|escaped|"
     r"ran away|got away|lumpat|mlayu|minggat|oncat|lari))", "an attempted sexual assault"),
    (r"(?:me)?raba(?:-raba)?|diraba(?:-raba)?|grepe(?:-grepe)?|digrepe(?:-grepe)?|grepein|(?:di|meng)?gerayangi|"
     # round 7: Sundanese groping (Danadibrata gerayang: ngagerayangan, digerayangan)
     r"ngagerayang(?:an)?|digerayang(?:an)?",
     "groping"),
    # Round 17 (B35-19): touching and reaching for the body in ngoko, krama and lemes (Baoesastra demek: ndemek,
    # ndemeki, didemek, krama dipun demek; ranggeh: ngranggeh, diranggeh; Danadibrata rampa: ngarampa, ngarampaan,
    # dirampaan; raba: ngaraba): on a body word, abuse
    (rf"(?:ndemek|ndemeki|didemek|didemeki|dipundemek|demek|ngranggeh|ngranggehi|diranggeh|dipunranggeh|ranggeh|"
     rf"ngarampaan|dirampaan|ngaraba|ngarampa|dirampa)(?:-\w+)? .. {_BODY}", "touching the body"),
    # (round 52: the Sundanese active 'nyekelan', to take hold of again and again, on a body word, as the passive
    # 'dicekelan' above; Danadibrata cekel, nyekelan)
    (rf"(?:nyepeng|nyepengi|nyekel|nyekeli|nyekelan|nyabak|nyabakan|ngagerayangan)(?:-\w+)? .. {_BODY}",
     "touching the body"),
    (rf"(?:memegang|dipegang|pegang|megang)(?:-\w+)? .. {_BODY}|dipegang-pegang|memegang-megang|pegang-pegang|"
     r"megang-megang|dipegang-pegangi", "touching the body"),
    (rf"(?:me|di)?nyentuh .. {_BODY}|(?:menyentuh|disentuh) .. {_BODY}|"
     r"(?:menyentuh|disentuh|touched|touching|touches|touch (?:me|her|him|them|my|her|his)) .. "
     r"(?:secara tidak pantas|tidak pantas|inappropriately|sexually)", "touching the body"),
    (r"(?:menyentuh|disentuh|nyentuh|nyabak|dicabak|dicabak-cabak|ngarampa|nyekel|dicekel) (?:saya|aku|abdi|kula|"
     r"dia|ia|dheweke|manehna|anak\w*|adik\w*|putri\w*|istri\w*|ibu\w*|kami|kulo)", "touching a person"),
    (r"touched (?:me|her|him|them|my|his)|touching (?:me|her|him|them|my|his)|groped|groping|grope[sd]?|"
     r"fondled|fondling|touched inappropriately|(?:was|were|got|been) touched", "touching"),
    (r"(?:touched|touching|groped|grabbed|fondled|kissed|hugged|molested) (?:a|an|the|one|two|some|several|"
     r"other|young)? ?(?:\w+ )?(?:girls?|boys?|child|children|kids?|minors?|women|woman|students?|pupils?|"
     r"teenagers?|patients?|beneficiar(?:y|ies))", "touching"),
    (rf"(?:touched|grabbed|groped|fondled|rubbed|stroked|pinched|squeezed|caressed|licked) .. {_BODY}",
     "touching the body"),
    # round 12 (B29-38): an English verb beside an Indonesian or Javanese body word, as code-switched reports write
    # ('dia literally grab pantat aku', 'touch dada aku'); the base forms too, since they are written uninflected
    (r"(?:grab|grabs|touch|touches|squeeze|squeezes|grope|gropes|pinch|pinches|slap|slaps|slapped) (?:\S+ )?"
     r"(?:pantat|bokong|dada|payudara|toket|susu|paha|pinggul|bokongku|pantatku|dadaku|dhadha|dhadhaku|bokonge|"
     r"imbit|imbitku|pupu|pupuku|sirit|bujur|birit)\S*", "touching the body"),
    (r"(?:men|di)?jilat|ngejilat|dirampa(?:-rampa)?|ngarampa|dirogoh|ngrogoh|diemek(?:-emek)?|ngemek|dicekeli|"
     r"nyekeli|digrayangi|ngrayangi|dicepengan|dicekelan|diusap-usap|diusapan|"
     # round 11: the active ngoko form and the Indonesian ones (Baoesastra nggrayangi; KBBI menggerayangi)
     r"nggrayangi|menggerayangi|digerayangi|ngagerayangan", "touching, groping"),
    (r"(?:men|di)?colek|nyolek|dicolek-colek|(?:men|di)?jawil|njawil|dijawil", "touching (pinching, poking)"),
    (rf"(?:mencubit|dicubit|menepuk|ditepuk|meremas|diremas|diremes|ngeremes|ngremes|mengusap|diusap|mengelus|dielus|"
     rf"remas|remes|ngeremas|ngusap|usap|elus|ngelus|nyubit|cubit|"
     # round 14 (B31-19): pinching in Sundanese and Javanese (Danadibrata ciwit: nyiwit, diciwit; Baoesastra jiwit:
     # njiwit, dijiwit)
     rf"nyiwit|diciwit|njiwit|dijiwit|"
     # round 32 (B41-30 'ngusapan dada sim kuring kalayan alesan bade mariksa jantung'): stroking in the Sundanese
     # -an form (Danadibrata usap: ngusapan, diusapan; elus: ngelusan)
     rf"ngusapan|diusapan|ngelusan|dielusan|"
     # round 17: squeezing the body, not only the genitals (Baoesastra remet: ngremet, diremet, ngremeti)
     rf"ngremet|diremet|ngremeti|diremeti|"
     # round 47: the krama touch on a body word, not only on the genitals (Baoesastra gepok: nggepok, digepok,
     # dipun gepok)
     rf"nggepok|digepok|dipungepok|ngegepok)(?:-\w+)? .. {_BODY}",
     "touching the body"),
    # (Baoesastra kekep 'embrace': ngekep, krama dipun kekep)
    # (round 14, B31-19: Sundanese ngarangkul, Danadibrata rangkul)
    (r"memeluk|dipeluk|peluk|meluk|meluk-meluk|dipeluk-peluk|(?:me|di)?rangkul|merangkul|ngrangkul(?:-rangkul)?|"
     r"ngarangkul(?:-rangkul)?|"
     r"dikekep|ngekep|dikekepi|"
     r"hugged|hugging|hugs (?:me|her|them)", "hugging"),
    (r"(?:men|di)?cium(?:i)?(?:-cium)?(?! bau| aroma)|nyium|ngambung|diambung(?:i)?|ngarambung|kissed|"
     r"kissing (?:me|her|him|them)|kiss (?:me|her|him|them)|french kiss", "kissing"),
    (r"(?:di)?pangku|pangkuan|memangku|on his lap|sit on (?:his|my) lap|sat on (?:his|my) lap",
     "a child/person on the lap"),
    (rf"dicekel-cekel|nyekel-nyekel|dicekel .. {_BODY}|dicepeng-cepeng|digerayang|"
     # (round 12, B29-28: 'nyekel dhadhaku', he grabbed my chest: the active form too)
     rf"nyekel .. {_BODY}", "grabbing the body"),
    # the body first, then a passive verb: 'dadanya dipegang', 'pantat saya diremas', 'awak abdi dicekel'
    (rf"{_BODY} .. (?:dipegang|diraba|diremas|diremes|dielus|diusap|dicolek|disentuh|dicekel|dicepeng|dirampa|digerayangi|"
     r"dicubit|ditepuk)(?:-\w+)?", "touching the body"),
    (r"menggesek(?:kan)? .. (?:badan|tubuh|kelamin)|rubbed (?:himself|his body) against|(?:di)?pepet(?:-pepet)?|"
     r"mepet(?:-mepet)?|dipepet-pepet|pressed (?:himself|his body) against", "rubbing or pressing against"),
    # Round 14 (B13-40): a man who gets into her blanket, sleeping bag or bed at night ('om sy masuk ke selimut sy',
    # 'bpk tiri sy sering masuk sleeping bag sy', 'Pakdhe mlebu kemulku', 'my uncle got into my sleeping bag'; KBBI
    # selimut, kasur; Baoesastra kemul, mlebu; Danadibrata simut, asup): with a child, examined as an assault
    # (urgency.violence); a man named before it, never her small child looking for warmth
    (r"(?:om|omnya|pakdhe|pakde|paklik|paman|pamanku|mamang|mang|bapak|bapa|pak|ayah|abah|tiri|he|dia|dheweke|manehna|"
     # (the words between from a closed list, so that the matcher's prefilter can skip the pattern)
     r"lalaki|cowok|pria|laki-laki|lanang|relawan|petugas|satpam|uncle|stepfather|man|guard|volunteer) "
     r"(?:(?:sy|saya|aku|abdi|kula|ku|tiri|sering|kerep|sok|often|always|again|mau|tadi|td|wingi|last|night|malam|mlm|"
     r"bengi|then|terus|trus|lalu|suka|pernah|sudah|udah|wis|geus|had|has|would|just|itu|kuwi|eta|tersebut) ){0,3}"
     r"(?:masuk|masuk-masuk|mlebu|asup|nyusup|menyusup|nyelusup|got|gets|get|crawled|crawls|climbed|climbs|slipped) "
     r"(?:ke |ka |into |in |menyang |nang |neng |ning )?(?:dalam |jero |njero )?(?:(?:my|her) (?:sleeping ?bags?|"
     r"blankets?|bed)|(?:sleeping ?bags?|selimut|kemul|simut|sarung|kasur|ranjang|tempat tidur|amben|bed)(?:ku|ne|na|"
     r"nya| saya| sy| aku| abdi| kula| my| her)\b)",
     GETS_INTO_HER_BED),
    # Round 34 (B56-20 'our team leader came into my room in the shared guesthouse, got into my bed and tried to pull
    # my shorts down'): in English the man's role named first, then what he did on the way, a comma between, before
    # he got into her bed, sleeping bag, blanket or sleeping mat (English plain usage; the other languages name him
    # right before the verb, above); never her small child or her sister, who are not in the list; the roles only,
    # not 'he', a word so common that the matcher's prefilter would never skip the pattern
    (r"(?:guard|driver|leader|manager|officer|worker|volunteer|coordinator|supervisor|uncle|stepfather) .... "
     r"(?:got|gets|crawled|crawls|climbed|climbs|slipped|slips) (?:into|in|onto|on) (?:my|her) (?:sleeping ?bags?|"
     r"blankets?|bed|mat|mattress|sleeping mat)",
     GETS_INTO_HER_BED),
    # a hand inside the clothes; below the waist, with a child, urgent when recent (urgency.violence)
    (_inside(_UPPER_GARMENTS), "a hand under the clothes"),
    # below the waist: the blind labels (B2-34, B7-35: a hand inside a child's shirt) keep the shirt not urgent
    (_inside(_LOWER_GARMENTS), INSIDE_CLOTHES),
    # Round 18 (B38-14: a girl of nine 'dirampa-rampa dadana sareng dina handapeun rokna'): a touch that reached under
    # the lower garments is a hand inside them (Danadibrata handap, handapeun; Baoesastra ngisor, krama ngandhap; KBBI
    # bawah; English plain usage)
    (r"(?:dirampa|ngarampa|dirampaan|ngarampaan|dicabak|nyabak|diraba|meraba|dipegang|memegang|megang|didemek|ndemek|"
     r"dipundemek|dicekel|nyekel|touched|touching|touches|felt|groped|fondled)(?:-\w+)? (?:\S+ ){0,6}(?:dina |di |"
     r"ing |ning |neng |nang )?(?:handapeun|bawah|ngisor|ngandhap|under|beneath|up) (?:her |his |the |my )?"
     rf"{_LOWER_GARMENTS}", INSIDE_CLOTHES),
)

# round 8: following her as a habit ('saben dina ngetutke aku', 'unggal peuting nuturkeun kuring', 'follows me every
# night'; KBBI mengikuti, menguntit; Danadibrata nuturkeun, nuturkeun; Baoesastra ngetutake, nginthil)
_FOLLOWS = (r"(?:mengikuti|ngikutin|ngikutan|ngikuti|nguntit|ngintil|nginthil|nuturkeun|nuturkeun|ngetutake|ngetutke|"
            r"ngetutne|ngetutno|follows|followed|following|diikuti|diikutin|dituturkeun|dietutke|dietutake)")
_HABIT = (r"(?:(?:setiap|tiap|tiap-tiap|saban|unggal|saben|every|each) (?:malam|bengi|peuting|wengi|dalu|night|"
          r"evening|sore|hari|poe|dina|day|morning|pagi|isuk|enjing|dinten)|nightly|malam-malam|saben-saben)")
POSSESSIVE = "a possessive threat"

# round 37: her bathing or changing photographed or recorded unseen, read with a word of time (category._AT_A_DISTANCE)
PHOTOGRAPHED_UNSEEN = "photographed bathing or changing, unseen"
NIGHTWEAR_PICTURE = "asking for pictures in nightwear or underwear"
NONCONTACT: tuple[tuple[str, str], ...] = (
    (rf"{_HABIT} (?:\S+ ){{0,3}}{_FOLLOWS}|{_FOLLOWS} (?:\S+ ){{0,6}}{_HABIT}", "stalking"),
    (r"(?:keeps?|kept|always|terus|selalu|sering|sok|seneng|suka|tiap hari) (?:\w+ )?(?:following|follows|followed|"
     r"mengikuti|ngikutin|ngikutan|nguntit|ngintil|nuturkeun|ngetutake|ngetutke|nginthil)|menguntit|dikuntit|diuntit|"
     r"nguntit|stalk(?:s|ed|ing|er)?", "stalking"),
    # Round 51 (B72-35 'udh seminggu ngikutin sy trs, ke mck diikutin, ke pasar diikutin'): following her told by how
    # long it has gone on ('sudah seminggu ia mengikuti saya', 'tos saminggu nuturkeun abdi', 'wis seminggu ngetutke
    # aku', krama 'sampun seminggu ... ngetutaken kula', 'for a week he has followed me'), or by the places she goes,
    # in the passive ('ke kamar mandi diikuti', 'ka cai dituturkeun', 'menyang kali dietutke', krama 'dhateng pasar
    # dipunetutaken', 'followed me to the latrine') (KBBI ikut, mengikuti, diikuti, seminggu; Danadibrata tuturkeun,
    # dituturkeun, saminggu; Baoesastra etut, ngetutake, dietutake, krama ngetutaken; English plain usage); never
    # someone who went with her to register or to the clinic ('menemani', 'ikut bersama')
    (r"(?:sudah|udah|sdh|geus|tos|atos|wis|wes|sampun|for) (?:\S+ )?(?:seminggu|saminggu|sepekan|sebulan|sabulan|"
     r"sewulan|\d+ (?:hari|poe|dinten|dina|minggu|bulan|days|weeks|months)|a week|a month|weeks|days) "
     r"(?:[^\s.!?;]+ ){0,4}(?:" + _FOLLOWS[3:-1] + r"|ngetutaken) (?:saya|aku|abdi|kula|kuring|me|her|kami|us)(?!\S)|"
     r"(?:ke|ka|kana|menyang|nyang|neng|nang|dhateng|teng) (?:kamar mandi|mck|wc|toilet|jamban|kakus|pasar|sungai|"
     r"kali|cai|walungan|sumur|pancuran|jamban)\S* (?:\S+ )?(?:diikuti|diikutin|dibuntuti|dibuntutin|dituturkeun|"
     r"dietutke|dietutake|dipunetutaken|dikuntit|diuntit)(?!\S)|"
     r"follow(?:s|ed|ing)? (?:me|her) (?:to|into) (?:the )?(?:latrines?|toilets?|bathrooms?|washrooms?|market|river|"
     r"well|showers?)", "stalking"),
    # photographing or filming people undressed, or secretly by toilets and bathing places (KBBI rekam, potret;
    # Danadibrata ngarekam, motret; Baoesastra ngrekam, motret)
    (r"(?:memotret|motret|moto|memfoto|difoto|dipotret|fotoin|motoin|merekam|ngerekam|ngrekam|ngarekam|direkam|"
     r"memvideo|videoin|divideo|photograph\w*|filmed|filming|films|recorded|recording|records|took (?:photos|pictures|"
     r"videos) of|taking (?:photos|pictures|videos) of) (?:\w+ ){0,3}(?:tanpa (?:baju|busana|pakaian|celana|rasukan|ageman|sandhangan|acuk|klambi)|"
     r"teu make baju|ora nganggo klambi|without (?:any )?(?:clothes|clothing)|with no clothes|undressed|in (?:their|her|"
     r"his) underwear)", "photographing people undressed"),
    # round 16 (B34-09): an image of her with her chest or body exposed, taken or shown ('foto saya dengan dada
    # terbuka', 'fotoku karo dhadha kebuka', 'poto abdi bari dada kabuka', 'a photo of me with my chest exposed';
    # KBBI terbuka; Baoesastra kebuka, menga; Danadibrata kabuka, muka; English plain usage)
    (r"(?:foto|poto|photo|picture|pic|image|video|gambar|rekaman)(?:s|nya|na|ne|ku|mu)? (?:\S+ ){0,3}(?:dengan |with |"
     r"karo |kanthi |bari |sareng |jeung )?(?:my |her |your )?(?:dada|dhadha|payudara|susu|toket|breasts?|chest|body|"
     r"badan|awak|tubuh)"
     r"(?:nya|na|ne|e|ku|mu)? (?:terbuka|kebuka|kabuka|menga|muka|kelihatan|katon|exposed|bare|showing|uncovered|"
     r"tanpa (?:baju|penutup)|naked|telanjang)", "an image of her body exposed"),
    (r"(?:pictures?|photos?|pics|images?|videos?|foto|gambar|video) of (?:herself|himself|yourself|themselves|her|"
     r"you) (?:without (?:any )?(?:clothes|clothing)|with no clothes|undressed|naked|nude)", "asking for naked images"),
    (r"(?:diam-diam|sembunyi-sembunyi|secretly|covertly) (?:\w+ )?(?:merekam|memotret|memfoto|memvideo|ngerekam|"
     r"ngarekam|ngrekam|motret|moto|filmed|filming|recorded|recording|photographed|photographing)|"
     r"(?:merekam|ngerekam|ngrekam|ngarekam|rekam|memvideo|videoin|motret|memotret|moto|filming|filmed|recording|"
     r"recorded|photographing|photographed) (?:[^\s.!?;]+ ){0,6}(?:mck|toilet|wc|kamar mandi|jamban|bathrooms?|"
     r"latrines?|showers?)|"
     r"(?:mck|toilet|wc|kamar mandi|jamban|bathrooms?|latrines?|showers?) (?:[^\s.!?;]+ ){0,4}(?:merekam|"
     r"ngerekam|ngrekam|ngarekam|memvideo|motret|memotret|filming|filmed|recording|recorded)",
     "filming women or private places"),
    (r"(?:mandi|adus|siram|bathe|shower|bath) (?:bersama|bareng|bareng-bareng|babarengan|sareng|together|with "
     r"him)|(?:mandi|adus|bathe|shower) (?:\w+ )?(?:dengan|sama|karo|jeung|with) (?:nya|dia|dirinya|dheweke|"
     r"manehna|him)", "bathing together"),
    # (round 54: and the SMS passive 'diintipin', 'diintipi': KBBI intip, Jakarta -in)
    (r"(?:meng|di)?intip|ngintip|ngintipan|diintipan|diintipin|diintipi|peep(?:ing|ed|s)?|peeping tom", "peeping"),
    # Round 46 (B66-04 'saben sore nginceng kamar mandi darurat sing kanggo wong wadon'): the Javanese 'nginceng',
    # 'nginjen' (to peep through a gap), the Indonesian 'mengintai' (to spy on), the English 'peek', with where women
    # bathe or change, or women, within the next four words; never alone, 'nginceng' is also to aim or to look at a
    # list closely, 'mengintai' to stalk game (Baoesastra inceng, injen; KBBI intai; English plain usage)
    (r"(?:nginceng|ngincengi|diinceng|diincengi|nginjen|nginjeni|diinjen|diinjeni|mengintai|ngintai|ngintain|"
     r"diintai|peek|peeks|peeked|peeking) (?:[^\s.!?;]+ ){0,4}(?:kamar mandi|kamar ganti|jedhing|jeding|jamban|mck|"
     r"wc|toilet|pancuran|sumur|tempat mandi|bilik mandi|latrines?|bathrooms?|showers?|changing|women'?s?|"
     r"wom[ae]n|girls?|her|perempuan|wanita|wadon|estri|istri|awewe|ibu-ibu|cewek|mandi|adus|siram|ibak)(?!\S)",
     "peeping"),
    # Round 54 (B77-09 'cah wadon sing adus neng kamar mandi darurat ... saben bengi diinceng karo wong lanang'): the
    # passive with the women, the girls or where they bathe before it in its sentence ('anak-anak perempuan yang mandi
    # ... diintai', 'cah-cah wadon sing adus ... diinjen', krama 'lare-lare estri ingkang siram ... dipuninceng', 'the
    # girls who wash ... have been peeked at') (Baoesastra inceng, injen, krama dipun-; KBBI intai; English plain
    # usage); the active keeps round 46's order (aiming, a list looked at closely, game stalked name no woman)
    (r"(?:kamar mandi|kamar ganti|jedhing|jeding|jamban|mck|wc|toilet|pancuran|sumur|pakiwan|bilik mandi|latrines?|"
     r"bathrooms?|showers?|women|girls?|perempuan|wanita|wadon|estri|istri|awewe|ibu-ibu|cewek|cewe|mandi|adus|siram|"
     r"ibak|wash|bathe|bathing)(?:\S*)(?: [^\s.!?;]+){0,10} (?:diinceng|diincengi|diinjen|diinjeni|dipuninceng|"
     r"dipuninjen|diintai|peeked at|spied on)(?!\S)", "peeping"),
    # Round 17 (B36-34): a drone, camera or phone held over where women bathe ('a drone hovered over the bathing
    # spot', 'drone di atas tempat ibu-ibu mandi', 'ngalayang di luhur tempat ibak', 'mabur ing dhuwur panggonan
    # adus'; KBBI di atas, mandi; Danadibrata luhur, ibak; Baoesastra dhuwur, adus; English plain usage)
    # (no 'hp': two letters give the matcher's prefilter no beginning)
    (r"(?:drones?|kamera|camera|cameras|handphone|phone|ponsel) (?:[^\s.!?;]+ ){0,8}(?:over|above|di atas|"
     r"diatas|di luhur|luhureun|di luhureun|ing dhuwur|nang dhuwur|neng dhuwur|ning dhuwur) (?:[^\s.!?;]+ ){0,5}"
     r"(?:bathing|bathe|bath|showers?|mandi|adus|siram|ibak|mck|jamban|wc|toilet|pancuran|jedhing)",
     "filming women or private places"),
    # round 11: staring with a grin, or at women by the bathroom or the well (Jakarta ngeliatin, melototin: Salsabila et
    # al. 2018; KBBI menatap, senyum-senyum; Baoesastra mandeng, nyawang, cengengesan; Danadibrata neuteup)
    (r"(?:ngeliat\S*|melototin|memelototi|menatap|natap|mandengi|mandeng|mandengke|nyawang|neuteup\S*|ngelirik|"
     r"melirik|staring|stares|stared|leering|leers|ogling|ogles) (?:[^\s.!?;]+ ){0,4}(?:sambil senyum\S*|"
     r"senyum-senyum|cengengesan|nyengir|mesem-mesem|imut-imut|grinning|smiling|smirking)|"
     r"(?:toilet|wc|kamar mandi|mck|jamban|bathrooms?|latrines?|sumur|pancuran|jedhing|tempat mandi) "
     r"(?:[^\s.!?]+ ){0,8}(?:ngeliat\S*|melototin|memelototi|menatap|natap|mandengi|mandeng|nyawang|neuteup\S*|"
     r"staring|stares|leering|ogling)", "leering at her"),
    # hiding to watch (KBBI bersembunyi, mengamati; Danadibrata nyumput, nempo; Baoesastra ndhelik, ningali)
    (r"(?:ndhelik|ndelik|ngumpet|sembunyi|bersembunyi|nyumput|nyarumput|nyamuni|hiding|hid|hides|hidden) "
     r"(?:[^\s.!?;]+ ){0,4}(?:ningali|ningal|ndeleng|ndelok|nonton|nempo|neuteup|ngawaskeun|melihat|lihat|"
     r"mengamati|memperhatikan|ngeliatin|watching|watched|watches|looking at|staring at|looked at)", "peeping"),
    # a camera or phone hidden where women bathe or change
    (r"(?:pasang|masang|memasang|dipasang|dipasangi|naruh|menaruh|ditaruh|nyimpen|menyimpan|disimpan|nyumputkeun|"
     r"disumputkeun|ndhelikake|didhelikake|menyembunyikan|disembunyikan|selipkan|diselipkan|(?:hid|hidden|hides|"
     r"placed|put|puts|installed|set up|sets up|planted) (?:a|an|the|his|their|her))(?: \S+){0,2} (?:kamera|camera|"
     r"cctv|hp|handphone|ponsel|phone|webcam)(?:nya|na|ne)? (?:\S+ ){0,4}(?:wc|toilet|kamar mandi|mck|jamban|"
     r"bathrooms?|latrines?|showers?|bilik mandi|tempat mandi|kamar ganti|changing|jedhing|pancuran)|"
     r"kamera (?:tersembunyi|pengintai|rahasia)|hidden cameras?|spy ?cams?|(?:kamera|camera|ponsel|phone) "
     r"(?:\S+ ){0,2}(?:tersembunyi|disembunyikan|hidden|nyumput)", "a hidden camera where women bathe"),
    (r"(?:video|foto|rekaman|videos?|photos?|recordings?) (?:\w+ )?(?:mandi|saat mandi|lagi mandi|di kamar mandi|"
     r"bugil|telanjang|syur|pribadi|intim|bathing|showering|naked|nude)", "intimate images"),
    (r"watch(?:es|ed|ing)? (?:them|us|women|girls|her|me|the women|the girls) "
     r"(?:shower|bathe|bathing|showering|undress|changing|in the shower|in the bathroom)", "peeping"),
    (rf"(?:memperlihatkan|menunjukkan|memamerkan|mempertontonkan|pamer|pamerin|showed|showing|shows|exposed|exposes|"
     rf"nembongkeun|nuduhkeun|mintonkeun|nuduhake|nuduhno|ngetokke|ngatingalkeun|mamerke) .. {_GENITALS}|"
     r"exposed himself|exposing himself|flashed (?:me|her|us|them)|flashing", "indecent exposure"),
    (r"(?:menonton|nonton|ditonton|ditunjukkan|diperlihatkan|menunjukkan|memperlihatkan|memutar|muter|nyetel|"
     r"played|playing|plays|showed|show|showing|watch|"
     r"watching|dipaksa menonton|"
     # Danadibrata midangkeun, mintonkeun 'to show', nuduhkeun; Baoesastra nuduhake; jorang, saru 'obscene'
     r"dipidangkeun|midangkeun|dipintonkeun|mintonkeun|dituduhkeun|nuduhkeun|dituduhake|nuduhake) .. "
     r"(?:video|film|gambar|foto|pictures?|videos?)? ?(?:porno|porn|pornography|bokep|biru|dewasa|xxx|jorang|saru|"
     r"jorok|cabul|mesum)", "showing pornography"),
    (r"(?:membuka|buka|melepas|lepas|copot|nyopot|undress|take off|took off|remove|removing) "
     r"(?:all (?:of )?|semua |seluruh )?(?:my |her |your |their )?(?:baju|pakaian|celana|rok|bajunya|pakaiannya|her clothes|their clothes|clothes|your clothes)|"
     r"undress(?:ed|ing)?|strip(?:ped)? naked|telanjang|bugil|naked|nudes?|wuda|wudo|taranjang|buligir|lalanjang|"
     # round 19: 'a topless picture', 'a photo without clothes' (English plain usage)
     r"topless|without (?:any |her |my |your )?clothes",
     "nudity demanded"),
    # round 9 (B24-12): a video call without clothes is an image too ('vc tanpa busana', 'video call telanjang'); its
    # own entry, the garment right after it, so that it keeps a fixed beginning for the matcher's prefilter
    (r"(?:vc|vcs|videocall|video call)(?:nya|na|ne)? (?:tanpa (?:baju|busana|pakaian|rasukan|acuk)|teu make baju|"
     r"ora nganggo klambi|mboten ngagem|telanjang|talanjang|bugil|wuda|taranjang|buligir|naked|nude|without clothes)",
     "asking for naked images"),
    # (round 12, B29-27: 'foto tanpa klambi', without clothes in ngoko, Baoesastra klambi, in every 'tanpa' list)
    # (round 19, B38-35: 'minta pap tanpa baju', informal 'pap' for a picture asked, 'fotoku ora nganggo klambi')
    (r"(?:foto|poto|potret|photos?|pictures?|pics|video|gambar|selfie|pap)(?:nya|na|ne|ku|mu|e)? (?:\w+ ){0,3}(?:teu make baju|"
     r"ora nganggo klambi|tanpa (?:baju|busana|pakaian|sehelai benang|rasukan|ageman|sandhangan|acuk|klambi)|mboten ngagem (?:rasukan|ageman|sandhangan)|telanjang|bugil|wuda|wudo|taranjang|buligir|"
     # round 22 (B41-27, 'njaluk aku ngirim foto anu-ku'): 'anu', her or his private parts unnamed, with a pronoun or
     # clitic (KBBI anu; Danadibrata anu; Baoesastra anu); never 'foto anu KK', a hesitation before a document
     r"anu(?:-?ku|-?mu|ne|na|nya|e)|anu (?:saya|sy|aku|abdi|kula|kuring|kamu|dia|dheweke|manehna)|"
     # round 9: Ambonese and Manado Malay 'talanjang' (telanjang)
     r"talanjang|"
     r"lalanjang|naked|nude|topless|in (?:her|my|your|their|his) (?:underwear|lingerie|bra|nightgown|towel)|"
     r"(?:pakai|pake|cuma|nganggo|make|only in) (?:\S+ )?(?:daster|handuk|kemben|towel|nightgown|sarung) "
     r"(?:doang|saja|aja|tok|hungkul|wungkul|only)|(?:pakai|pake|cuma) "
     r"(?:pakaian dalam|celana dalam|bh|daleman)|"
     # round 8: not wearing clothes in every register ('foto gk pake baju', 'poto nu teu nganggo acuk', 'photos of
     # himself not wearing clothes'; KBBI pakai, memakai, busana; Danadibrata make, nganggo, acuk; Baoesastra
     # nganggo, ngagem, klambi, rasukan)
     r"(?:tidak|ora|teu|henteu|mboten|boten|not|"
     # round 11: the eastern Malay negators (Ambonese seng, Kupang sonde, Papuan tra, Manado nda; Pusat Bahasa dialect
     # dictionaries)
     # (round 17, B36-39: Javanese short 'ra'; 'nothing' as what she wears, 'ra nganggo apa-apa', krama 'mboten
     # ngagem menapa-menapa', Sundanese 'teu make nanaon' (Baoesastra apa-apa, krama menapa-menapa; Danadibrata
     # nanaon); English 'wearing nothing', 'with nothing on')
     r"seng|sonde|tra|trada|nda|ndak|ra) (?:pake|pakai|memakai|mengenakan|make|nganggo|ngagem|ngangge|"
     r"wearing) (?:\S+ )?(?:baju|busana|pakaian|klambi|rasukan|ageman|sandhangan|acuk|clothes|clothing|apa-apa|"
     r"menapa-menapa|nanaon|naon-naon|anything)|wearing nothing|with nothing on)",
     "asking for naked images"),
    # Round 43 (B63-10 'a picture of me 'in your sleeping clothes, just for me''): a picture of her in her nightwear,
    # or in every register in her nightwear or underwear worn ('foto saya memakai baju tidur', 'pap km pake piyama',
    # 'poto abdi nganggo baju sare', 'fotoku nganggo klambi turu'; KBBI baju tidur, piama, pakaian dalam; Danadibrata
    # baju, sare, calana jero; Baoesastra klambi, turu, sare; English plain usage): an intimate picture, as a naked
    # one is; a verb of wearing or 'in her' first, never 'foto pembagian baju tidur', the pyjamas handed out
    (r"(?:foto|poto|potret|photos?|pictures?|pics?|video|gambar|selfie|pap)(?:nya|na|ne|ku|mu|e)? "
     r"(?:[^\s.!?;]+ ){0,3}(?:in (?:her|my|your|their) (?:pyjamas|pajamas|nightclothes|nightwear|sleepwear|nightie|"
     r"nightdress|sleeping clothes)|(?:memakai|mengenakan|pakai|pake|nganggo|make|ngagem|ngangge|wearing) "
     r"(?:baju tidur|pakaian tidur|piyama|piama|klambi turu|baju sare|acuk sare|rasukan sare|ageman sare|"
     r"pakaian dalam|celana dalam|calana jero|daleman|lingerie|pyjamas|pajamas|nightclothes|nightwear|sleepwear|"
     r"nightie|nightdress|sleeping clothes))", NIGHTWEAR_PICTURE),
    # Round 25b (B43-10: 'send me pics dulu, yg no bra ya'): a picture asked of her without a bra ('foto tanpa bra',
    # 'poto teu make BH', 'foto ora nganggo kutang', 'pics ... no bra', 'photos without a bra'; KBBI beha, kutang;
    # Danadibrata BH, make; Baoesastra kutang, nganggo; English plain usage), a comma allowed between
    (r"(?:foto|poto|potret|photos?|pictures?|pics?|video|gambar|selfie|pap)(?:nya|na|ne|ku|mu|e)? "
     r"(?:[^\s.!?;]+ ){0,3}(?:tanpa (?:bra|bh|beha|kutang)|(?:no|without) (?:a |her |my |your |any )?(?:bra|bras|bh)"
     r"|(?:tidak|ora|teu|henteu|mboten|boten|not) (?:pake|pakai|memakai|make|nganggo|ngagem|ngangge|wearing) "
     r"(?:a )?(?:bra|bh|beha|kutang))", "asking for naked images"),
    # Round 25b group 5 (B25-20: 'poto tanpa anggoan'; B36-39: 'foto sing spesial yo, sing ra nganggo apa-apa'): the
    # Sundanese clothes ('tanpa anggoan', 'teu nganggo papakean'; Danadibrata anggoan, papakean), and not wearing
    # anything told up to six words after the picture, past a comma (a token of its own) ('sing ra nganggo apa-apa',
    # 'nu teu make nanaon', 'not wearing anything'; Baoesastra apa-apa; Danadibrata nanaon)
    (r"(?:foto|poto|potret|photos?|pictures?|pics?|video|gambar|selfie|pap)(?:nya|na|ne|ku|mu|e)? "
     r"(?:[^\s.!?;]+ ){0,6}(?:tanpa (?:anggoan|papakean|pakean)|(?:tidak|ora|ra|teu|henteu|mboten|boten|not) "
     r"(?:pake|pakai|memakai|make|nganggo|ngagem|ngangge|wearing) (?:anggoan|papakean|pakean|apa-apa|menapa-menapa|"
     r"nanaon|naon-naon|anything))", "asking for naked images"),
    # (round 24: Javanese 'ngrekam', and changing clothes in Javanese and Sundanese, 'ganti klambi', 'salin', 'ganti
    # acuk'; Baoesastra rekam, salin, klambi; Danadibrata acuk)
    (r"(?:memotret|motret|moto|moto-moto|foto-foto|memfoto|fotoin|motoin|difoto|ngarekam|merekam|ngerekam|ngrekam|"
     # (round 33, B54-39 'diem2 ngefoto sy pas mandi': the informal 'ngefoto', Salsabila et al. 2018 nge-; the
     # Sundanese 'ngafoto', as read for photographs from below)
     r"ngefoto|ngafoto|photograph\w*|"
     # (round 34, B56-22 'motoin sy pas mandi': the Jakarta -in arrives as -i, text.py: 'motoi', 'ngefotoi')
     r"motoi|ngefotoi|"
     r"taking (?:photos|pictures) of|took (?:photos|pictures) of|filming|filmed|moto|foto-fotoin|poto-poto) "
     # (round 23: Jakarta 'nyusuin', read as 'nyusui' by text.py; Salsabila et al. 2018)
     r"(?:[^\s.!?;]+ ){0,5}(?:menyusui|nyusuan|nyusui|"
     r"nyusoni|nyusoni|breastfeeding|mandi|adus|bathing|ganti baju|ganti pakaian|ganti klambi|salin klambi|"
     r"ganti acuk|changing)|"
     # the video first: 'video ibu-ibu lagi nyusoni bayi ... dijupuk diam-diam' (Baoesastra nyusoni; Danadibrata
     # nyusuan)
     r"(?:video|videos|foto|poto|photos?|pictures?|rekaman)\S* (?:of )?(?:[^\s.!?;]+ ){0,2}(?:lagi |sedang |pas |keur "
     r"|nuju |while )?(?:menyusui|nyusuan|nyusoni|nyusui|breastfeeding|nursing)", "photographing women "
     r"breastfeeding, bathing or changing"),
    # Round 22 (B41-04 'when the mothers are breastfeeding and take photo', B40-22 krama 'nalika siram wonten ing kamar
    # mandi ..., dipun potret saking celah gedheg'): the time said first, then the photograph taken within the
    # sentence, or 'take a photo' (English plain usage; Baoesastra nalika, siram, adus, potrèt; KBBI ketika, waktu,
    # mandi, memotret; Danadibrata basa 'when', mandi, poto). A passive verb may come up to ten words later (her
    # place said between; who took it is named after it); an active one only right after, so that the span never
    # covers the photographer ('While I was breastfeeding ..., one of the distribution staff took photos': B32-34)
    (r"(?:nalika|nalikanipun|ketika|saat|pas|waktu|wktu|wkt|basa|keur|nuju|when|while) (?:\S+ ){0,3}(?:siram|mandi|"
     r"adus|bathing|bathes|showering|breastfeeding|menyusui|nyusoni|nyusuan|nyusui|ganti baju|ganti pakaian|salin) "
     r"(?:(?:[^\s.!?;]+ ){0,10}(?:dipotret|difoto|difoto-foto|dipoto|dipoto-poto|direkam|dipotreti|dipunpotret|"
     r"photographed|filmed)|(?:dan |and |terus |then |lan |jeung )?(?:motret|memotret|memfoto|ngafoto|moto|"
     r"(?:take|takes|took|taking) (?:a |an )?(?:photos?|pictures?|pics?|videos?)))",
     "photographing women breastfeeding, bathing or changing"),
    # Round 27 (B48-14: 'wktu kami ibu2 mandi di kali krn air di posko mati, ada 2 org relawan ... fotoin kami dr atas
    # jembatan'; B47-28: 'filming them with his phone while they bathe at the river'): the active verb far after the
    # bathing when its object is the women or the reporter's group ('fotoin kami', 'moto kami', 'motret kami',
    # 'photographing us'), and the verb first with the bathing told after 'while' (KBBI memfoto, mandi; Danadibrata
    # moto, ibak; Baoesastra motret, adus; English plain usage); not a bridge or a river photographed
    (r"(?:nalika|ketika|saat|pas|waktu|wktu|wkt|basa|keur|nuju|when|while) (?:\S+ ){0,4}(?:siram|mandi|adus|ibak|"
     r"bathing|bathe|showering) (?:[^\s.!?;]+ ){0,14}(?:memfoto|fotoin|motoin|memotret|motret|moto|ngafoto|ngarekam|"
     r"merekam|ngerekam|ngrekam|memvideo|videoin|filming|filmed|photographing|photographed|recording|recorded) (?:kami|"
     r"kita|saya|aku|abdi|kula|kuring|us|them|me|mereka|ibu-ibu|the women|women)|(?:filming|filmed|films|"
     r"photographing|photographed|photographs|recording|recorded|records) (?:the women|women|us|them|her|me|the girls|"
     r"girls) (?:[^\s.!?;]+ ){0,6}(?:while|when|as) (?:\S+ )?(?:bathe|bathes|bathing|bathed|shower|showers|showering|"
     r"undress|undressing|change|changing)", "photographing women breastfeeding, bathing or changing"),
    # Round 37 (B58-11 'dia ngerekam pake hp dr celah seng pas ibu2 lg mandi'; B57-28 'nduwe fotoku pas aku ganti
    # klambi'): the verb of photographing or recording, then within its sentence up to eight words and a word of time
    # ('pas', 'saat', 'nalika', 'basa', 'while'), then her or the women and the bathing or changing; and the picture
    # or video itself, hers, with the same word of time (as round 23 reads it of breastfeeding) (KBBI merekam, saat,
    # mandi; Danadibrata poto, basa, mandi; Baoesastra rekam, nalika, adus, salin; English plain usage). Taken
    # unseen, at a distance, as peeping is: with a child still harassment (category._AT_A_DISTANCE; B25-15, B51-33)
    (r"(?:memotret|motret|moto|memfoto|fotoin|motoin|ngefoto|ngafoto|ngarekam|merekam|ngerekam|ngrekam|memvideo|"
     r"videoin|filming|filmed|recording|recorded|photographing|photographed|direkam|difoto|dipotret|dipoto|divideo|"
     r"dipunpotret|dipotreti) (?:[^\s.!?;]+ ){0,8}(?:pas|saat|waktu|"
     r"wktu|wkt|ketika|nalika|basa|keur|nuju|while|when) (?:[^\s.!?;]+ ){0,2}(?:lagi |sedang |nuju |keur |isih |"
     r"masih |was |were |is |are )?(?:mandi|adus|ibak|siram|bathing|bathed|showering|ganti baju|ganti pakaian|"
     r"ganti klambi|salin klambi|ganti acuk|changing|undressing)|"
     r"(?:foto|poto|potret|video|rekaman|photos?|pictures?|videos?)(?:ku|ne|nya|na|mu)? (?:of (?:me|her|us|them) |"
     r"(?:abdi|saya|aku|kula|kuring|kami) )?(?:[^\s.!?;]+ )?(?:pas|saat|waktu|ketika|nalika|basa|keur|nuju|while|"
     r"when) (?:[^\s.!?;]+ ){0,2}(?:lagi |sedang |nuju |keur |isih |masih |was |were )?(?:mandi|adus|ibak|siram|"
     r"bathing|showering|ganti baju|ganti pakaian|ganti klambi|salin klambi|ganti acuk|changing|undressing)",
     PHOTOGRAPHED_UNSEEN),
    (r"(?:minta|meminta|dimintai|dijaluk|njaluk|jaluk|menta|dipenta|asking for|asked for|asks for|"
     r"asked (?:her|me) for) (?:\w+ )?(?:foto|video|gambar|pics?|photos?|pictures?|videos?) .. "
     r"(?:seksi|sexy|syur|hot|vulgar|of (?:my|her|your|their) bod(?:y|ies)|tubuh\S*|badan\S*|body)",
     "asking for sexual images"),
    # photographed from below (KBBI dari bawah; Danadibrata ti handap; Baoesastra saka ngisor)
    (r"(?:memotret|memfoto|motret|moto|merekam|difoto|dipotret|direkam|ngafoto|photograph(?:ed|ing)?|filmed|filming|"
     r"took (?:photos|pictures)) (?:\S+ ){0,3}(?:dari bawah|from below|from underneath|ti handap|saka ngisor|"
     r"up (?:her|their|our) skirts?)", "photographing the body"),
    (rf"(?:memotret|memfoto|motret|moto|merekam|difoto|dipotret|direkam|photograph(?:ed|ing)?|filmed|filming) .. "
     rf"(?:{_BODY}|telanjang|bugil|naked|saat mandi|ketika mandi|while (?:she|they|i) (?:showered|bathed|changed))",
     "photographing the body"),
)

MARRYING_ASKED = "a question about marrying"
# round 46: a remark that she is ready to be married, never a marriage (classifier.py drops the marriage inside it)
SAID_READY_TO_MARRY = "a remark that she is ready to be married"
# round 19: a night visit to a room or tent; to hers with a threat of harm it is the threat's (category.py)
COME_AT_NIGHT = "asked to come to his room at night"
# what he posts or tells about women, never an act that could be traded (category._exchange)
JOKES_ABOUT_WOMEN = "jokes or memes about women"
# round 17: likewise what he writes rating her body (category._exchange)
RATING_HER_BODY = "remarks rating her body"
# round 19: a night in a tent named in the caption he posted on her photo (category.as_propositions)
POSTED_CAPTION = "a sexual caption he posted on her photo"

VERBAL: tuple[tuple[str, str], ...] = (
    # round 11: 'aku tahu kamu tidur sendirian' said to her: he has marked that she sleeps alone (KBBI tahu, sendirian;
    # Baoesastra ngerti, dhewekan; Danadibrata terang, nyalira, nyorangan; English plain usage)
    (r"(?:tahu|tau|ngerti|weruh|terang|apal|uninga|know|knows) (?:\S+ )?(?:kamu|kowe|anjeun|maneh|you|sampeyan|awakmu|"
     r"kau|sira|ente|lu|lo) (?:\S+ )?(?:tidur|turu|sare|bobo|tilem|kulem|sleep|sleeps|sleeping|tinggal|manggon|cicing|"
     r"live|living|are) (?:\S+ )?(?:sendirian|sendiri|dhewekan|dhewe|nyalira|nyorangan|alone|by yourself|on your own)",
     "telling her he knows she sleeps alone"),
    # round 11: messages calling her by a pet word at night ('nge-WA aye 'cantik udah bobo belom''; Jakarta nge-WA, to
    # send a WhatsApp: Salsabila et al. 2018; KBBI cantik, sayang; Danadibrata geulis; Baoesastra ayu)
    (r"(?:nge-wa|ngewa|nge wa|wa-in|di-wa|chat|ngechat|nge-chat|sms|pesan|pesen|messages?|messaged|texts?|texted) "
     r"(?:\S+ ){0,3}(?:cantik|sayang|manis|geulis|ayu|beautiful|honey|darling|cintaku|beb|bebeb)\b",
     "messages with pet words"),      # (the label is category.PET_WORDS)
    # round 8: 'kowe bakal dadi duwekku', 'kamu akan jadi milikku', 'you will be mine' (KBBI milik; Baoesastra
    # duwek, darbe, gadhah; Danadibrata boga, milik): said to her while he follows her or waits by her tent
    (r"(?:bakal|akan|arep|pasti|mesti|rek|bade|badhe|will|gonna) (?:\S+ )?(?:dadi|jadi|jadi|dados|be|become) "
     r"(?:\S+ )?(?:duwekku|duwèkku|milikku|milik ?(?:aku|saya|urang|gue|gw)|kagunganku|gaduhanku|bojoku|mine|my wife)",
     POSSESSIVE),
    (r"(?:meng|di)?goda|godain|digodain|ngegodain|godaan|(?:me|di)?rayu(?:-rayu)?|rayuan|ngerayu|ngagoda|"
     r"digodaan|godani|digodani|nggodani|ngaheureuyan|dirayu-rayu", "flirting, teasing"),
    (r"(?:ber)?siul(?:an)?|disiulin|suit-suit|nyiulan|disiulan|ngasiulan|nyuitan|disuitan|nyuiti|disuiti|catcall(?:ed|ing|s)?|whistl(?:e|es|ed|ing)|kissing sounds?",
     "whistling, catcalls"),
    (r"(?:nanya|tanya|bertanya|menanyakan|nanyain|asked|asking|asks|takon|takon-takon|naros|naroskeun|nanyakeun) "
     r"(?:\w+ ){0,3}(?:ukuran (?:bra|bh|dada|payudara|celana dalam)|bra size|warna (?:bh|celana dalam|daleman)|"
     r"(?:bab |soal |tentang |about )?(?:urusan )?ranjang\w*|sex life|kehidupan seks\w*|hubungan (?:suami istri|intim)|"
     r"masih perawan|virgin\w*)", "intrusive sexual questions"),
    # Round 25b (B44-22: 'criyos ingkang boten pantes dhateng anak kula estri ...: bab badanipun, menapa piyambakipun
    # taksih prawan'): improper words said to her, the words unsaid ('criyos ingkang boten pantes dhateng', 'ngomong
    # sing ora pantes marang', 'ngomong yg gak pantes ke', 'nyarios nu teu pantes ka', 'said inappropriate things to
    # her'; Baoesastra criyos, ngomong, pantes, saru; Danadibrata nyarios, pantes; KBBI bilang, berkata, pantas,
    # senonoh; English plain usage); not 'sopan' (rude words are mistreatment, not sexual)
    (r"(?:ngomong|ngomongke|ngomongin|ngomongi|omong|bilang|berkata|bicara|ngobrol|ngucap|mengucapkan|criyos|"
     r"cariyos|nyariyosaken|ngendika|ngendikan|matur|nyarios|nyarioskeun|ngucapkeun|ngawangkong) "
     r"(?:terus |mulu |wae |bae |bari |macem-macem )?"
     r"(?:hal |hal-hal |kata-kata |tembung |tembung-tembung |omongan |kecap |perkawis |prekawis |barang )?"
     # (the relative word names what he said: 'bilang itu nggak pantas', that a thing is improper, is an opinion)
     r"(?:yang|sing|nu|anu|ingkang) (?:tidak|teu|henteu|mboten|boten|ora) (?:pantas|pantes|senonoh|patut|susila)|"
     r"(?:said|saying|says|say|told|telling|tells|made|making) (?:\S+ )?(?:inappropriate|improper|indecent|lewd) "
     r"(?:things|words|stuff)", "improper remarks"),
    # her virginity asked in krama and Sundanese ('menapa piyambakipun taksih prawan', 'naros naha anjeunna keneh
    # parawan'; Baoesastra prawan, taksih, read as 'masih'; Danadibrata parawan, keneh)
    (r"(?:menapa|punapa|apakah|apa|naha|nanya|tanya|takon|naros|nanyakeun|whether) (?:\S+ ){0,3}(?:masih|keneh|still) "
     r"(?:a )?(?:perawan|prawan|parawan|virgin)", "intrusive sexual questions"),
    (r"(?:lelucon|candaan|bercandaan|guyonan|guyon|banyolan|heureuy|bercanda|becanda|joke|jokes|joking|"
     r"ngomongin|ngobrolin|ngomongke|ngomongkeun|comments?|remarks?|komentar|nanya|menanyakan|asked|asking) .... "
     r"(?:keperawanan|perawan|keperjakaan|perjaka|virgin\w*|malam pertama|ranjang|sex life|"
     # (round 38, B58-38 'lelucon tentang hubungan suami-istri': intercourse named as the marriage's or the body's
     # relation, KBBI hubungan, suami istri, intim, badan)
     r"kehidupan seks\S*|hubungan (?:suami-istri|suami istri|intim|badan))", "sexual jokes or questions about virginity"),
    # Round 4: jokes, memes and candid photos shared about women bathing, and captions that are gross (KBBI lelucon,
    # menjijikkan; English 'gross', 'disgusting')
    (r"(?:meme|memes|jokes?|lelucon|candaan|guyonan|banyolan|heureuy|foto|photos?|pictures?|stiker|stickers?|video) "
     r"(?:\S+ ){0,6}(?:mandi|lagi mandi|sedang mandi|adus|siram|bathing|showering|menyusui|nyusuan|breastfeeding)|"
     r"(?:caption|captions|captioned|komentar|comments?|tulisan) (?:\S+ ){0,3}(?:gross|disgusting|menjijikkan|jijik|"
     r"jorok|mesum|cabul|saru|jorang|lewd|vulgar)", "sexual jokes or images about women"),
    # Round 16 (B34-29): jokes or memes rating or about women, widows, girls (KBBI lelucon, candaan, menilai, janda;
    # Danadibrata heureuy, randa, awewe; Baoesastra guyon, randha, wadon; English plain usage)
    (r"(?:jokes?|memes?|lelucon|candaan|guyonan|banyolan|heureuy|guyon|stiker|stickers?) (?:\S+ ){0,4}(?:rating|rates|"
     r"rate|menilai|nilai|ranking|ngabandingkeun|membandingkan|about|tentang|soal|ngeunaan|bab|perkara) (?:\S+ ){0,3}"
     r"(?:women|woman|girls|perempuan|cewek\S*|cewe\S*|wanita|janda\S*|widows?|ibu-ibu|awewe|wadon|randa\S*|randha\S*)",
     JOKES_ABOUT_WOMEN),
    # Round 17 (B36-10): captions, comments or remarks rating her body, or rating it outright ('captions rating her
    # body', 'méré peunteun kana awak', 'menehi biji awake'; KBBI menilai, nilai; Danadibrata peunteun 'nilai',
    # meunteun; Baoesastra biji 'nilai', menehi, krama maringi; English plain usage): harassment with no touch, which
    # 'nobody touched her' does not deny
    # (the word of rating first: captions, posts and messages are common words, and a pattern beginning with them
    # cost the matcher more than it needs)
    (rf"(?:rating|rates|rated|ranking|ranked|scoring|scored|grading|graded|menilai|dinilai|nilai|peunteun|meunteun|"
     rf"dipeunteun|biji) (?:kana |ing |on |of )?(?:her |their |the |women's )?(?:{_BODY}|bodies|looks)",
     RATING_HER_BODY),
    # Round 19 (B38-32: 'he post my photo with caption 'who want to sleep in this tent tonight''): a caption he posted
    # naming sleep or a night (informal caption, KBBI keterangan; Baoesastra turu, Danadibrata sare) is a sexual
    # remark published about her
    (r"(?:caption|captioned|captionnya|captionna|keterangan) (?:\S+ ){0,8}(?:tidur|turu|sare|kulem|tilem|sleep|sleeps|"
     r"sleeping|bobo|bobok|nginep|menginap|tidor)", POSTED_CAPTION),
    (r"(?:notes?|surat|tulisan|letters?|graffiti|coretan)(?:-\w+)? (?:\w+ ){0,6}(?:describing what|what (?:he|they) "
     r"would do|about what (?:he|they)|cabul|jorok|mesum|sexual|lewd|obscene)", "sexual notes"),
    (rf"(?:komentar|berkomentar|mengomentari|komen|ngomentarin|ngomongin|ngomongke|ngomongkeun|nyaritakeun|"
     rf"membicarakan|talks? about|talking about|comments?|commenting|remarks?) .. (?:{_BODY}|"
     r"bentuk tubuh|pakaian|baju|bodies|figure|looks|appearance)", "comments about the body"),
    # Round 16 (B33-23): talking about her body in krama, ngoko and Sundanese ('tansah ngendika bab badan kula',
    # 'nyarios perkawis awak abdi'; Baoesastra ngendika, bab, babagan, krama perkawis; Danadibrata nyarios,
    # ngeunaan, perkawis); 'about' required, so that speaking and a body word apart say nothing
    (rf"(?:ngendika|ngendikan|ngendikani|ngomong|ngomongi|nyarios|nyariosan|nyarita|ngobrol|ngobrolin|ngrasani|"
     rf"ngerasani|ngobrolke) (?:bab|babagan|perkawis|perkara|ngeunaan|soal|tentang|masalah) (?:\S+ )?{_BODY}",
     "comments about the body"),
    # Round 35 (B55-12 'keeps making comments to young women patients about their bodies'): the verb of commenting or
    # talking, then to whom and up to five words, then 'about' and the body (KBBI komentar, kepada, tentang;
    # Danadibrata nyarios, ka, perkawis; Baoesastra ngomong, marang, bab; English plain usage)
    (r"(?:komentar|berkomentar|komen|ngomentarin|ngomong|ngomongi|nyarios|nyarita|ngendika|bicara|berbicara|"
     r"comments?|commenting|remarks?|talks?|talking) (?:to|kepada|ke|ka|marang|dhateng|dateng|sama) "
     r"(?:[^\s.!?;]+ ){1,5}(?:about|tentang|soal|mengenai|perkawis|ngeunaan|bab|babagan) "
     r"(?:her |their |the |my |our |bentuk )?"
     # (the body as a whole or its sexual parts only: never 'about the back pay', 'about face masks')
     r"(?:body|bodies|figures?|looks|appearance|breasts?|badan|tubuh|awak|payudara|dada|pantat|bokong|bujur|paha|"
     r"pupu|imbit)(?:nya|na|ne|e|ipun|mu|ku)?",
     "comments about the body"),
    # his words praising a sexual part of her body ('"wah bokongmu apik"', '"bujurna alus"', 'dadanya montok';
    # Baoesastra apik, bokong; Danadibrata alus, bujur; KBBI montok, seksi); 'awak', 'badan', 'tubuh' (body, also
    # health) only with a word that is sexual itself
    (r"(?:payudara|dada|dhadha|pupu|susu|toket|pantat|bokong|paha|pinggul|bujur|pingping|bibir|imbit)(?:mu|na|nya|ne|e|"
     r"ipun)? (?:kok |teh |tuh |iku |ki |mah |nya )?(?:apik|alus|bagus|seksi|sexy|semok|montok|mulus|gede|besar|sintal|"
     # (round 25: Javanese 'gedhe', big, Baoesastra)
     r"gedhe|bahenol|padet|padat|kenceng|kencang|empuk)|(?:awak|badan|tubuh|body)(?:mu|na|nya|ne|e|ipun)? (?:kok |teh |"
     r"tuh |iku |ki |mah )?(?:seksi|sexy|semok|montok|sintal|bahenol)|"
     # (round 25: in English, 'your breasts are big', 'your big breasts'; plain usage)
     r"(?:your|her) (?:breasts?|boobs?|tits|bum|butt|ass|thighs) (?:are|is|look|looks) (?:so |really |very )?(?:big|"
     r"nice|sexy|firm|huge)|(?:your|her) (?:big|nice|sexy|huge) (?:breasts?|boobs?|tits|bum|butt|ass)",
     "remarks about her body"),
    # (round 38: the Sundanese 'heureuy', Javanese 'guyon', jokes, before 'jorang', 'saru'; Danadibrata heureuy,
    # Baoesastra guyon)
    (r"(?:pesan|chat|sms|wa|whatsapp|stiker|meme|memes|lelucon|candaan|bercandaan|joke|jokes|messages?|texts?|"
     r"heureuy|guyon|guyonan|banyolan|"
     # (round 8: krama 'tembung-tembung saru', words; Baoesastra tembung, pangandika)
     r"tembung|tembung-tembung|tetembungan|pangandika|"
     r"kata-kata|omongan|obrolan|gambar|foto|video|videos|pics?|photos?|pictures?|pesen|stickers?|images?|"
     # (round 40, B60-31 'ngirim poto-poto jorang': the colloquial 'poto', 'vidio' as written, and 'bokep', a
     # pornographic film; Salsabila et al. 2018)
     r"poto|vidio|pidio) .. "
     r"(?:mesum|cabul|jorok|porno|porn|bokep|seks|seksual|sexual|kotor|saru|jorang|dirty|lewd|vulgar|tidak senonoh|"
     r"tidak pantas|inappropriate|explicit|bugil|telanjang|kelamin|alat kelamin|seksi|sexy|syur|mesra|romantis|"
     r"wuda|genit|gombal|gombalan|rayuan|cinta|sayang-sayangan|"
     # round 14 (B31-32): pictures of his genitals sent ('photos of his penis', 'pictures of his genitals')
     r"penis|genitals?|private parts?|privates|dick|kontol|peli|manuke|titit)", "sexual messages or images"),
    (r"dick ?pics?|(?:foto|fotone|poto|gambar)(?:nya|na|ne)? (?:\S+ )?(?:manuke|pelire|kontolnya|burungnya|titit)",
     "sexual messages or images"),
    # Round 14 (B32-16): questions about a woman's sex life with her husband, 'for the data' or not ('naros ngeunaan
    # kahirupan ranjang', 'soal urusan ranjang', 'takon babagan urusan ranjang', 'asked about their sex life'; KBBI
    # ranjang, kehidupan, urusan; Danadibrata ranjang, kahirupan; Baoesastra ranjang, kasur, urusan; English plain usage)
    (r"(?:naros|naros-naros|naroskeun|nanyakeun|nanya|nanyain|nanya-nanya|tanya|bertanya|bertanya-tanya|menanyakan|"
     r"takon|takon-takon|ndangu|nyuwun pirsa|asked|asking|asks|ask|questions?|pertanyaan) (?:\S+ ){0,6}"
     r"(?:kahirupan ranjang|kehidupan ranjang|urusan ranjang|soal ranjang|masalah ranjang|perkara ranjang|"
     r"urusan kasur|perkara kasur|sex lives|sex life|sexual life|sexual lives|kehidupan seks|kehidupan seksual|"
     r"kahirupan seksual)", "intimate questions about her sex life"),
    (r"(?:explicit|nude|naked|dirty|sexual|sexy|obscene|pornographic|lewd|indecent|inappropriate) (?:\w+ )?"
     r"(?:pictures?|photos?|pics|images?|videos?|messages?|texts?|comments?|jokes?|remarks?)",
     "sexual messages or images"),
    # 'I like watching you in that skirt' said or written to her (KBBI suka, melihat; Baoesastra seneng, ndelok;
    # Danadibrata resep, nempo)
    (r"(?:suka|senang|seneng|demen|resep|love|like|enjoy) (?:\S+ )?(?:lihat|liat|melihat|ndelok|nonton|nempo|"
     r"ningali|seeing|watching|to see|to watch) (?:kamu|kau|sampeyan|anjeun|you|awakmu|dirimu|kowe)",
     "remarks on looks"),
    # round 8: her body praised to her face ('badanmu bagus sekali', 'awakmu apik', 'your body is nice'; KBBI badan,
    # bagus; Baoesastra awak, apik; Danadibrata awak, alus)
    (r"(?:badan|tubuh|awak|body)(?:mu|nya| kamu| anjeun| maneh| sampeyan|na| kowe)? (?:\S+ )?(?:bagus|indah|seksi|"
     r"sexy|montok|mulus|apik|alus|aduhai|nice|hot|great)", "remarks on looks"),
    # Round 30 (B39-37 '"bodinya masih oke ya walau janda"'): the loanword 'bodi' (KBBI bodi; informal for the body)
    # with any praise, and her body praised to her face in the informal words ('oke', 'mantap', 'mantul', 'bohay',
    # 'yahud', 'semlohay'; Salsabila et al. 2018); not a vehicle's body ('bodi mobil', 'motornya bodinya')
    (r"(?<!mobil )(?<!motor )(?<!truk )(?<!kapal )(?<!perahu )(?<!ambulans )(?<!mobilnya )(?<!motornya )"
     r"(?<!truknya )(?:bodi(?:mu|nya|na|ne| kamu| anjeun| maneh| sampeyan| kowe| lo| lu)? (?:\S+ )?(?:bagus|indah|"
     r"seksi|sexy|montok|mulus|apik|alus|aduhai|oke|ok|mantap|mantep|mantul|bohay|yahud|semlohay)|(?:badan|tubuh|awak|"
     r"body)(?:mu| kamu| anjeun| maneh| sampeyan| kowe| lo| lu) (?:\S+ )?(?:oke|mantap|mantep|mantul|bohay|yahud|"
     r"semlohay))", "remarks on looks"),
    (r"hit on (?:me|her|us|them)|kamu (?:cantik|seksi|manis|montok|sexy)|montok|bahenol|semok|you(?: are|'re)? (?:so )?(?:pretty|beautiful|"
     r"sexy|hot)|geulis pisan|ayu tenan", "remarks on looks"),
    (r"(?:sexual|sex|dirty|lewd|vulgar|crude|obscene|indecent) (?:jokes?|things|talk|messages?|comments?|remarks?|"
     r"texts?|pictures?|photos?|captions?|memes?|gifs?|stickers?|videos?)|(?:remark|remarks|remarking|comment|"
     r"comments|commenting) on (?:how|the way|what) (?:she|we|they|the \w+(?: staff)?|women|her) (?:\S+ )?"
     r"(?:look|looks|dress|dresses|walk|walks)",
     "sexual remarks or messages"),
    # krama 'ngendika ingkang saru' (Baoesastra ngendika, criyos)
    (r"(?:ngomong|berbicara|bicara|omong|nyarios|nyarita|ngawangkong|ngomongin|ngobrol|ngomongke|saying|said|say|"
     r"talking|talks|ngendika|"
     r"ngendikan|ngendikani|criyos|cariyos|ngucap|ngomongake|komentar\S*|komen\S*) .. "
     # (round 38, B57-39 'ngomong inappropriate ke ibu-ibu': the code-mixed English word, as round 25b reads
     # 'said inappropriate things')
     r"(?:jorok|mesum|cabul|kotor|jorang|saru|dirty|porno|seks|sexual|lewd|inappropriate)", "sexual talk"),
    (r"lonte|pelacur|perek|jablay|sundal|cabe-cabean|slut|whore|pecun", "a sexual slur"),
    # what she is wearing asked at night, a picture of himself undressed sent (KBBI pakai, telanjang; Baoesastra
    # nganggo; Danadibrata make)
    (r"(?:asking|asked|asks|ask) (?:me |her )?what (?:i am|i'm|she is|she's|i was|she was|you are|you're) wearing|"
     r"(?:nanya|tanya|nanyain|takon|naros|nanyakeun) (?:\S+ ){0,2}(?:pakai|pake|nganggo|make|ngagem) (?:baju )?apa",
     "sexual remarks or images sent"),
    (r"(?:photos?|pictures?|pics?|selfies?|foto|poto|video)(?:nya|na|ne|e)? (?:of )?(?:himself|dirinya|dheweke|awakna|awake) "
     r"(?:\S+ )?(?:shirtless|naked|nude|topless|in (?:his )?underwear|telanjang|bugil|tanpa baju|ora nganggo klambi|"
     r"taranjang|buligir|wuda|wudo)", "sexual remarks or images sent"),
    (r"whisper\w* (?:\w+ ){0,3}(?:what he|things|dirty|about)|(?:what|things) (?:he|they) (?:wants?|would like|"
     r"would|'d like) to do (?:to|with) (?:me|her|us)|(?:ngomong|bilang|bisik\w*|ngaharewos) (?:\w+ ){0,3}(?:mau|"
     r"arep|rek|hayang) (?:\w+ ){0,2}(?:ngapa-ngapain|diapain|ngapain|dikumaha)", "sexual remarks"),
    (r"(?:kirim|kirim-kirim|ngirim|ngirim-ngirim|mengirim|mengirimi|ngirimin|send|sends|sent|sending|texting|texts|"
     r"pesan|pesen|chat|sms|wa|messages?) (?:\S+ ){0,4}(?:kangen|rindu|kangen kamu|mimpiin|ngimpiin|mimpi(?:in)? "
     r"(?:kamu|km|kau|sampeyan)|sono|miss you|love you|dreamt (?:of|about) you|dreaming (?:of|about) you|"
     r"dreams? (?:of|about) (?:me|her|you))",
     "messages of longing"),
    (r"(?:bernada|berbau|bermuatan|berkonotasi|bernuansa|nada|nadana|ngandung) (?:\w+ )?(?:seksual|seks|cabul|"
     r"mesum|porno|jorok|saru|jorang)|sexual(?:ly)? (?:explicit|suggestive|innuendo|captions?|posts?|names?|"
     r"content|gestures?)|innuendos?|(?:captions?|posts?|komentar|komen|caption|tulisan|status) (?:\w+ )?"
     r"(?:seksual|sexual|mesum|cabul|jorok|porno|saru)", "sexual remarks"),
    # asking widows when they will marry again is a remark, not a marriage (KBBI kapan, dinikahi; Baoesastra
    # kapan, dirabi; Danadibrata iraha, dikawin)
    (r"(?:bertanya|nanya|tanya|nanyain|takon|naros|nanyakeun|asked|asking|asks) (?:\S+ ){0,4}(?:kapan|iraha|when) "
     r"(?:\S+ ){0,2}(?:dinikahi|nikah|menikah|kawin|dikawin|rabi|dirabi|married|marry|to marry)",
     MARRYING_ASKED),
    # Round 46 (B65-23 'ngendika "awakmu wis pantes dirabi"' to a girl of 16): said to be fit, ready or old enough to be
    # married ('sudah pantas dinikahi', 'udh pantes dikawinin', 'tos pantes dikawin', 'wis pantes dirabi', 'sampun
    # pantes dipunrabi', 'old enough to be married') is a remark on her, as the question to widows above is (KBBI
    # pantas, layak, nikah; Danadibrata pantes, kawin; Baoesastra pantes, rabi, krama dipunrabi; English plain usage);
    # the SMS step reads the -in of 'dikawinin' and the Sundanese 'dikawin' off ('dikawini', 'dikawi')
    (r"(?:pantas|pantes|layak|cocok|siap|mateng|matang|ready|fit|old enough|ripe) (?:(?:untuk|buat|kanggo|pikeun|"
     r"to|for) )?(?:be )?(?:dinikahi|dinikahin|dinikahi|dinikah|dikawin|dikawini|dikawinin|dikawi|dirabi|dipunrabi|"
     r"dipun rabi|dikrama|dikramani|kawin|nikah|menikah|rabi|married|marriage|marry|wed|a wife|istri|bojo)(?!\S)",
     SAID_READY_TO_MARRY),
    (r"(?:memanggil|manggil|dipanggil|called)(?:-manggil)? .. (?:sayang|cantik|seksi|sexy|beb|baby|honey|manis|"
     r"neng geulis)", "calling with sexual pet names"),
    (rf"(?:menatap|melotot|memandangi|mantengin|stari?ng|stared|stares|stare|ogling|ogled) .. {_BODY}",
     "staring at the body"),
    # Round 32 (B52-35 'saben briefing ndelengi dadaku terus'): her chest, breasts or bottom looked at over and over,
    # in the verbs of repeated looking ('ngeliatin', 'liatin', 'pelototin', 'ndelengi', 'ndeloki', 'neuteupan',
    # 'nempoan'; KBBI lihat, pelotot; informal ngeliatin, Salsabila et al. 2018; Baoesastra deleng, delok; Danadibrata
    # teuteup, tempo), the body word right after the verb (one word of hers between at most): never a wound or a
    # child's chest examined ('memeriksa dada'), never the face or the hair
    # (the informal -in arrives as -i after normalising, 'ngeliatin' as 'ngeliati', 'melototin' as 'melototi'; the
    # bare 'liatin', 'lihatin' as their roots, not read here; no new word ending in -in is listed, since a listed one
    # is no longer normalised anywhere: text._known_words)
    (r"(?:ngeliatin|ngeliati|ngeliatan|ngelihati|melihati|pelototi|melototin|melototi|memelototi|ndelengi|"
     r"ndelengke|ndeloki|nyawangi|neuteupan|neuteup|nempoan|nenjoan) (?:saya |aku |abdi |kula |kami |kita |ibu-ibu |"
     r"perempuan |cewek |awewe |wadon )?(?:dada|payudara|susu|toket|dhadha|pinareup|bokong|pantat|bujur|imbit|"
     r"birit|paha|pupu|pingping)", "staring at the body"),
    # Round 37 (B57-25 'sok neuteup awak kuring ti luhur nepi ka handap'): a verb of looking, her or her body right
    # after it (a word between at most), then from top to bottom ('dari atas sampai bawah', 'ti luhur nepi ka handap',
    # 'saka dhuwur nganti ngisor', 'up and down') (KBBI memandangi, atas, bawah; Danadibrata neuteup, luhur, handap;
    # Baoesastra nyawang, dhuwur, ngisor; English plain usage); never a list or a tent looked over
    (r"(?:melihat|lihat|liat|ngeliat|ngeliati|ngeliatin|melihati|memandang|memandangi|mandangi|menatap|natap|"
     r"mantengin|neuteup|neuteupan|nempo|nempoan|ningali|ningalian|ndeleng|ndelengi|ndeloki|nyawang|nyawangi|"
     r"mandeng|mandengi|look|looks|looked|looking|eyed|eyes|eyeing|eying|checked|checking|checks) (?:(?:the |at )?"
     r"(?:saya|aku|abdi|kuring|kula|kami|me|her|us|them|women|girls|ibu-ibu|perempuan|cewek|awewe|wadon|awak\S*|"
     r"badan\S*|tubuh\S*|body|bodies)(?: (?:saya|abdi|kuring|kula|aku|out))? )(?:dari atas (?:sampai|ke|hingga) "
     r"bawah|ti luhur (?:nepi ka|dugi ka|ka) handap|saka (?:dhuwur|nduwur|ndhuwur) (?:nganti|ngantos|tekan|menyang|"
     r"nyang) (?:ngisor|ngandhap)|up and down|from head to toe|from top to bottom)", "staring at the body"),
    # Round 32 (B52-07 'tiap mlm WA sy, ngirim stiker2 cium'): kisses sent as stickers or emojis in his messages
    # ('stiker cium', 'stiker ciuman', 'stiker ambung', 'emot cium', 'kiss emojis'; KBBI stiker, cium; Baoesastra
    # ambung; Danadibrata cium; English plain usage): a remark sent, no kiss given (classifier._cues sets aside the
    # kissing read inside it)
    (r"(?:stiker|stiker-stiker|stikers|sticker|stickers|emoji|emojis|emot|emoticon|emoticons|gif|gifs) (?:\S+ )?"
     r"(?:cium|ciuman|ambung|ambungan|kiss|kisses|kissing)|(?:kiss|kisses|kissing|kissy) (?:face )?(?:emojis?|"
     r"stickers?|emoticons?|gifs?)", KISSES_SENT),
    # Round 32 (B51-25 'bari nyieun gerakan nu teu sopan ku leungeunna'): indecent gestures ('gerakan tidak sopan',
    # 'gerakan nu teu sopan', 'gerakan sing ora sopan', 'gerakan jorok', 'obscene gestures'; KBBI gerakan, sopan,
    # senonoh; Danadibrata gerak, sopan; Baoesastra obah, sopan; English plain usage)
    (r"(?:gerakan|gerakan-gerakan|gerak|isyarat|gestur|gerakane|gerakanana) (?:tangan |awak |badan )?(?:yang |nu |"
     r"anu |sing |ingkang )?(?:(?:tidak|tak|teu|henteu|ora|mboten|boten|kurang|gak|nggak|ga) (?:sopan|senonoh|"
     r"pantas|pantes|pantes)|jorok|cabul|mesum|saru|porno|jorang|seronok)|(?:obscene|lewd|indecent|vulgar|"
     r"dirty|sexual) (?:hand )?gestures?", "indecent gestures"),
    (r"pelecehan(?: seksual)?|(?:me|di)lecehkan|dilecehin|dilecehke|nglecehke|dilecehkeun|ngalecehkeun|"
     r"(?:sexual(?:ly)? )?harass(?:ed|es|ing|ment)|sexual harassment|sexual misconduct", "harassment named as such"),
    (r"(?:di|dipun ?)ganggu(?:in)? (?:oleh|ku|sama|karo|by|dening|tiyang|wong|lalaki|lelaki|pria|laki-laki|cowok)",
     "bothered by a man"),
    (r"(?:meng|di)?kuntit|nguntit|stalk(?:ed|ing|s|er)?|(?:follow(?:s|ed|ing)?|mengikuti|ngikutin|ngikutin) "
     r"(?:me|her|us|them|saya|dia|kami|aku) .. (?:bathroom|toilet|tent|home|mck|kamar mandi|tenda|rumah|wc)",
     "following, stalking"),
    (r"diganggu(?:in)? (?:oleh|ku|sama|karo|by|dening)|(?:mengganggu|ngganggu|gangguin|ngaganggu|ganggu) "
     r"(?:saya|aku|anak\w*|adik\w*|perempuan|istri\w*|abdi|kula|ibu\w*|cewek\w*|remaja|gadis|kami|anakku|wanita)",
     "bothering a woman or child"),
    (r"(?:asking|asked|ask|meminta|minta|mengajak|diajak|ajak|nyuruh|menyuruh) (?:me|her|saya|dia|aku)? ?"
     r"(?:to be|untuk jadi|untuk menjadi|menjadi|jadi) (?:his|pacar|istri|simpanan|girlfriend|wife|selingkuhan)",
     "asking to be his girlfriend/wife"),
    (r"mengajak menikah|ngajak nikah|ngajak kawin|melamar(?:nya)?|proposed to (?:me|her)", "proposing marriage"),
    # Round 6: what a groomer writes in direct messages (Instagram, WhatsApp): praise of the body, questions about
    # kissing or sex. KBBI puji, memuji, bentuk tubuh, berciuman, perawan; Danadibrata muji, awak, ciuman, nanyakeun;
    # Baoesastra ngalem, ngalembana, awak, ngambung, takon; krama naros; English plain usage
    (rf"(?:memuji|muji|muji-muji|dipuji|ngalem|ngalem-ngalem|ngalembana|diualem|ngagungkeun|praised|praising|praises|"
     rf"praise|complimented|complimenting|compliments) (?:\S+ ){{0,3}}(?:bentuk |lekuk )?{_BODY}|"
     r"(?:badan|tubuh|body|bodies|awak)\S* (?:\S+ )?(?:seksi|sexy|montok|semok|bahenol|bohay|aduhai)|"
     r"(?:nice|hot|sexy|great|beautiful) bod(?:y|ies)", "remarks on the body"),
    (r"(?:nanya|tanya|bertanya|menanyakan|nanyain|nanyakeun|nanyakan|takon|nakoni|naros|asking|asked|asks|ask) "
     r"(?:\S+ ){0,6}(?:berciuman|ciuman|dicium|ngambung|diambung|ambungan|ciuman|kissed|kissing|kiss|perawan|"
     r"virgin|begituan|gituan|ngeseks|had sex|have sex)", "questions about kissing or sex"),
    # Round 38 (B57-39 'kadang wink ke mereka waktu distribusi'): winking at her or the women, the person right after
    # the verb or after 'ke', 'ka', 'marang', 'at' (KBBI kedip, mengedipkan mata; informal ngedipin, read as 'ngedipi',
    # Salsabila et al. 2018; Danadibrata kiceup, ngiceupan; Baoesastra kedhep, ngedhepi; English wink); never an eye
    # that blinks, no one named
    (r"(?:ngedipi|ngedip-ngedipi|mengedipi|mengedipkan|ngedipkan|ngiceupan|ngiceup-ngiceupan|ngiceupkeun|ngedhepi|"
     r"ngedhep-ngedhepi|ngedhep-edhepi|wink|winks|winked|winking) (?:mata |matanya |matane |panon |panonna |"
     r"(?:his |an )?eye )?(?:ke |ka |kepada |pada |marang |menyang |dhateng |at |to )?(?:saya|aku|abdi|kuring|kula|"
     r"kami|me|her|us|them|mereka|dheweke|women|girls|widows|ibu-ibu|perempuan|cewek\S*|cewe\S*|awewe|wadon|"
     r"janda\S*|randa\S*|randha\S*|gadis|wanita|the women|the girls|the widows)\b", "winking at her"),
    # Round 38 (B58-38 '"ibu ini pasti kuat di ranjang"'): her prowess in bed said ('kuat di ranjang', 'jago di
    # kasur', 'hebat di ranjang', 'good in bed'; KBBI kuat, jago, ranjang, kasur; Danadibrata kasur; English plain
    # usage); never a bed that is not strong
    (r"(?:kuat|jago|hebat|perkasa|good|great|wild) (?:banget |pisan |tenan |sekali |pasti )?(?:di|dina|ning|neng|"
     r"nang|ing|in) (?:ranjang|kasur|bed)\b", "remarks about her in bed"),
)

PROPOSITION: tuple[tuple[str, str], ...] = (
    # asked to sleep in his tent or room: 'nyuwun kula tilem wonten tendanipun' (Baoesastra nyuwun, tilem, turu;
    # Danadibrata menta, sare, kulem; KBBI minta, tidur); his place only (-nya, -ne, -ipun, -na, 'his')
    (r"(?:nyuwun|njaluk|minta|meminta|ngajak|ngajakin|mengajak|nyuruh|menyuruh|menta|nitah|asked|asks|asking|invited|"
     r"invites|told) (?:\S+ ){0,2}(?:tidur|tilem|turu|sare|kulem|bobo|nginep|sleep|stay) (?:di|ing|wonten|nang|neng|"
     r"ning|dina|ka|ke|in|at) (?:(?:tenda|tendha|kamar|mess|kos|rumah|omah|griya|imah)(?:nya|ne|e|ipun|nipun|na)|"
     r"his (?:tent|room|place|quarters))(?![\w'])", "asking to spend the night"),
    # 'dipun ajak sare', 'diajak kulem' (Baoesastra sare, tilem; Danadibrata kulem, sare): taken along to sleep
    (r"(?:diajak|dijak|kaajak|ngajak|ngajakan|ngajakin|mengajak) (?:\S+ )?(?:sare|turu|tilem|kulem|bobo|bobok|"
     r"mondok)", "asking for sleeping together"),
    # Round 6: dating or meeting in secret, the groomer's proposal to a pupil (KBBI pacaran, diam-diam, ketemuan;
    # Danadibrata bobogohan, cicingeun, papanggih; Baoesastra pacaran, meneng-menengan, sesidheman, ketemu;
    # 'backstreet' in Indonesian slang, Salsabila et al. 2018)
    (r"(?:ngajak|mengajak|ngajakin|ajak|ngajakan|diajak|asking|asked|asks|invites?|invited) (?:\S+ ){0,3}"
     r"(?:pacaran|bobogohan|jadian|to date|dating|to be his secret girlfriend|his secret girlfriend)|"
     r"(?:pacaran|bobogohan|jadian|girlfriend|boyfriend|dating|relationship|ketemuan|ketemu|bertemu|kopdar|"
     r"papanggih|meet|meet up) (?:\S+ )?(?:diam-diam|diem-diem|cicingeun|sembunyi-sembunyi|sesidheman|"
     r"meneng-menengan|umpetan|in secret|secretly|backstreet)|secret (?:girlfriend|boyfriend|relationship|dating|"
     r"date|meetings?)", "dating or meeting in secret"),
    # (round 7: Baoesastra kancani, 'tak kancani' I keep you company; Danadibrata nemenan, ngabaturan)
    (r"(?:menemani|temani|ditemani|ngancani|kancani|dikancani|nemenan|ngabaturan|dibaturan|ngancanan|ngarencangan|"
     r"ngrencangi|nemeni|nemenin|accompany (?:him|me)|"
     # (round 26, B47-02 'temenan heula kuring sapeuting': the Sundanese imperative, Danadibrata nemenan, only before
     # the man asking, 'aing' read as 'saya'; the Javanese 'temenan' is 'truly', Baoesastra temen)
     r"temenan (?:heula |atuh |dulu )?(?:kuring|abdi|aing|saya|akang|bapa|bapak)|"
     r"keep (?:him|me) company) ... (?:malam|malam-malam|tidur|kamar|tenda|sapeuting|peuting|wengi|bengi|dalu|"
     r"night|overnight|hotel|penginapan|minum|mobil|semalam|semalaman|sewengi|sedalu|karaoke|sampai pagi|mess|"
     # round 49: the informal verb of going to karaoke, 'karaokean' (Indonesian and Javanese -an of an outing)
     r"karaokean|"
     # round 19 (B38-21: 'ngancani aku turu neng kabin'): to sleep, in every register (Baoesastra turu, krama tilem;
     # Danadibrata sare, kulem; informal bobo, bobok)
     r"turu|sare|kulem|tilem|bobo|bobok)",
     COMPANY_AT_NIGHT),
    # Round 43 (B64-05 'filled first "if she was nice to him tonight"'): to be nice to him tonight, the night named
    # right after it, asked of her (English plain usage: a euphemism for sex; never 'nice to him' alone)
    (r"(?:be|was|is|were|being|been) (?:\S+ )?nice to (?:him|me|us) (?:tonight|at night|later tonight|this night)",
     COMPANY_AT_NIGHT),
    # Round 25b (round 25's gap: 'beras saya ditambah kalau saya mau menemani dia', no night named): to keep him company,
    # willing said right before it and he named right after it ('mau menemani dia', 'gelem ngancani dheweke', 'daek
    # nemenan anjeunna', 'if I kept him company', 'if I accompanied him'; KBBI mau, menemani; Baoesastra gelem,
    # ngancani; Danadibrata daek, nemenan; English plain usage), asked of her; not 'accompanied him to the hospital'
    (r"(?:mau|bersedia|rela|gelem|daek|purun|willing to) (?:\S+ )?(?:menemani|temani|nemani|nemeni|ngancani|kancani|"
     r"nemenan|ngabaturan|ngancanan|ngarencangan|ngrencangi) (?:dia|dheweke|deweke|anjeunna|manehna|beliau|"
     r"piyambakipun|panjenenganipun|bapak itu|bapak tersebut|him)\b|(?:if|unless) (?:i|she|you|we) (?:kept|keep|keeps) "
     r"him company|(?:if|unless) (?:i|she|you|we) (?:accompanied|accompany|accompanies) him(?! to\b)|"
     # round 29 (B49-34: "he 'only gives to those who keep him company'"): keeping him company as what marks out
     # those he gives to (English plain usage)
     r"(?:those|women|widows|girls|mothers|ones|anyone|whoever|the ones) (?:who|that) (?:keep|keeps|kept|will keep|"
     r"would keep|agree to keep) him company",
     COMPANY_ASKED),
    # Round 17 (B36-01, B36-13): to meet him or come to him at night, alone with him ('asal ibu mau ketemu sy malem2
    # di kantor desa, sendirian aja', 'ulin heula ka mobilna peuting, duaan wungkul', 'nemoni dheweke bengi-bengi
    # dhewekan', 'pinanggih piyambakipun dalu-dalu piyambakan'; KBBI bertemu, menemui, malam hari, sendirian, seorang
    # diri, berdua; Danadibrata papanggih, ulin, peuting, duaan, wungkul, nyalira, sorangan; Baoesastra nemoni, krama
    # pinanggih, bengi, krama dalu, dhewekan, krama piyambakan): the night and being alone both named
    (r"(?:ketemu|ketemuan|bertemu|menemui|menemuinya|nemuin|nemoni|nemoni|papanggih|pinanggih|ulin|dolan|datang|"
     r"dateng|sumping|nyamperin|nyampeurkeun|nyamperi) (?:[^\s.!?;]+ ){0,6}(?:malam|malem|malem2|malem-malem|"
     r"malam-malam|peuting|peuting-peuting|wengi|wengi-wengi|bengi|bengi-bengi|dalu|dalu-dalu) (?:[^\s.!?;]+ ){0,5}"
     # (the lexicons read 'nyalira', 'dhewekan', 'piyambakan' as 'sendiri')
     r"(?:sendirian|sendiri|seorang diri|berdua|berduaan|duaan|sorangan|nyalira|dhewekan|piyambakan|namung kalih)",
     "asking to meet him alone at night"),
    # round 11: 'I'm lonely, come keep me company' (KBBI kesepian, temani; Baoesastra sepen, kancani; Danadibrata
    # katiisan, baturan; English plain usage)
    (r"(?:lonely|kesepian|kesepen|katiisan|sepen) (?:\S+ ){0,3}(?:keep me company|temani aku|temenin aku|temani saya|"
     r"temenin saya|temani abang|kancani aku|kancanana|baturan abdi|rencangi kula)", "asking for company at night"),
    # at his place until morning (KBBI sampai pagi; Danadibrata dugi ka enjing, nepi ka isuk; Baoesastra nganti esuk)
    (r"(?:kontrakan|kamar|tenda|tendha|kos|kosan|rumah|imah|omah|griya|bumi|mess|posko|hotel|penginapan|room|tent|"
     r"place|house)(?:nya|na|ne|e|an|ana|ipun)? (?:\S+ ){0,2}(?:sampai|sampe|hingga|dugi ka|nepi ka|nganti|ngantos|until|till) (?:\S+ )?"
     r"(?:pagi|isuk|esuk|enjing|subuh|morning|dawn)", "asked to stay at his place until morning"),
    # 'ikut dia malam ini ke hotel': to go with him (KBBI ikut; Baoesastra melu, krama ndherek; Danadibrata milu,
    # ngiring)
    (r"(?:ajak|ngajak|mengajak|diajak|dijak|dipun ajak|invited?|takes?|taking|ikut|melu|ndherek|milu|ngiring|"
     r"go with|come with|went with) (?:\w+ ){0,3}(?:ka|ke|menyang|dhateng|"
     r"to) (?:\w+ )?(?:villa|vila|hotel|penginapan|losmen|kos|kosan|motel|resort)", "asking for a trip to a hotel"),
    (r"(?:ngajak|mengajak|minta|meminta|ajak) (?:\w+ )?(?:vc|video call|videocall|vcs)|i want you|want you tonight",
     "asking for a night video call or sex"),
    # 'jalan sama dia malam minggu': going out with him at night (KBBI jalan, malam minggu)
    (r"jalan(?:-jalan)? (?:berdua|bareng|malam|malam-malam|bersama dia)|jalan berdua|jalan-jalan berdua|"
     r"(?:jalan|jalan-jalan|keluar|pergi|main|dolan|ulin|going out|go out) (?:sama|dengan|bareng|karo|jeung|with) "
     r"(?:dia|dirinya|beliau|dheweke|anjeunna|him) (?:\S+ )?(?:malam|malem|bengi|peuting|wengi|night|berdua|"
     r"dhewekan|duaan)",
     "asking to go out alone with him"),
    (r"(?:menginap|nginep|nginap|bermalam|nyipeng|nginep) (?:di|ke|dengan|bersama|bareng|sareng|"
     # round 14 (B32-23): Javanese 'nginep ning losmen' (Baoesastra ning, ing; KBBI losmen, wisma)
     r"ning|neng|nang|ing|wonten|ka) .. "
     r"(?:rumah|kamar|tenda|hotel|kos|kosan|penginapan|losmen|motel|wisma|mess|guesthouse|homestay|villa|vila|dia|"
     r"dirinya|nya)|spend the (?:night|weekend|nights) with|"
     r"spent the (?:night|weekend) with|stay the night|overnight with|"
     # round 14 (B31-29): 'each time she spent the night at his guesthouse', 'stays the night with him'
     r"(?:spends|spent|spending|stays|stayed|staying) the (?:night|nights|weekend) (?:at|in|with)|"
     # round 19: 'in return for a night in his office', 'a night with him' (English plain usage)
     r"(?:for|spend|spends|spent) a night (?:in his|at his|with him)",
     "asking to spend the night"),
    # Round 30 (B50-37 'if she spent a weekend with him in Mataram'): a weekend or a few days with him (English plain
    # usage), him only, never her sister
    (r"(?:spend|spends|spent|spending) (?:a |the )?(?:weekend|few days|couple of days|day|days) with him",
     "asking to spend the night"),
    # Round 20 (B39-34): a night spent with a man named by his role or as a man ('bermalam dengan mandor', 'nginep
    # bareng pak koordinator'; KBBI bermalam, menginap, informal nginep, Salsabila et al. 2018; Baoesastra nginep,
    # karo, kaliyan; Danadibrata jeung, sareng), not with her family
    (r"(?:menginap|nginep|nginap|bermalam|nyipeng) (?:dengan|bersama|bareng|sareng|karo|kaliyan|jeung|sama|ama) "
     r"(?:si |pak |bapak |om |bang |mas |kang |juragan )?(?:mandor|petugas|relawan|koordinator|ketua|kepala|lurah|"
     r"kades|sopir|supir|pria|lelaki|laki-laki|lalaki|cowok|wong lanang|tiyang jaler|dia|dirinya|beliau|dheweke|"
     # (round 30, B50-29 'nginep kaliyan piyambakipun': the krama pronouns, Baoesastra piyambak, panjenengan)
     r"anjeunna|manehna|pak|bapak|om|piyambakipun|panjenenganipun)", "asking to spend the night"),
    # Round 38 (B58-19 'syaratnya aku harus dinner & stay sama dia di hotel'): the code-mixed 'stay' with him, as
    # 'nginep bareng dia' (English stay, common in code-mixed Indonesian), him only, never her grandmother; (B58-27
    # 'upami abdi daek diajak sapeuting ku anjeunna') taken along for a night counted (Danadibrata ajak, sapeuting;
    # Baoesastra ajak, sewengi, krama sedalu; KBBI ajak, semalaman; English plain usage), never 'diajak semalam'
    # (last night)
    (r"(?:stay|staycation) (?:bareng|sama|ama|dengan|bersama|karo|jeung|sareng) (?:dia|dirinya|beliau|dheweke|"
     r"anjeunna|manehna|piyambakipun|him)\b|(?:diajak|dijak|diajakin|kaajak|ngajak|ngajakan|ngajakin|mengajak|ajak) "
     r"(?:\S+ )?(?:sapeuting|sapeupeuting|sewengi|sedalu|semalaman|semaleman)\b|(?:take|took|takes|taking) "
     r"(?:me|her) (?:away )?for a night", "asking to spend the night"),
    # Round 20: slept at his place ('sare di imahna mandor', 'tidur di rumahnya pak RT', 'slept at his place';
    # Danadibrata saré, imah; Baoesastra turu, omah, krama tilem, griya; KBBI tidur, rumah): his place named by a
    # man's role after it, or 'his' in English
    (r"(?:tidur|sare|saré|kulem|turu|tilem|bobo|nginep|menginap|mondok) (?:di|dina|ing|ning|neng|nang|wonten|ka) "
     r"(?:imah|omah|rumah|griya|bumi|tenda|tendha|kamar|kontrakan)(?:na|ne|e|nya|ipun|nipun) (?:si |pak |bapak |"
     r"om |juragan )?(?:mandor|petugas|relawan|koordinator|ketua|kepala|lurah|kades|sopir|supir|rt|rw|pak|bapak|"
     r"om)|(?:slept|sleeping|sleep|stayed|staying|spent the night) (?:over )?at his (?:place|house|tent|room|"
     r"quarters|container|office)", "asking to spend the night"),
    # (round 14, B32-31: not bare 'a date', which is also a day: 'a date we can rely on', 'a date for the next
    # distribution'; only a date asked for, gone on or had with someone)
    # Round 14 (B32-04): a night in his truck, car or room asked as the price ('asal saya mau tidur di truknya', 'asal
    # abdi daek kulem di mobilna', 'yen gelem turu ning mobile'; KBBI tidur, Danadibrata kulem, sare; Baoesastra
    # turu, tilem): willing to sleep there is asked of her
    (r"(?:mau|asal|asalkan|daek|gelem|purun|kersa|willing to|agrees? to) (?:\S+ )?(?:tidur|turu|sare|kulem|tilem|"
     r"nginep|menginap|nginap|bermalam|spend the night) (?:di|ning|neng|nang|ka|ing|wonten|in|at) (?:\S+ )?"
     r"(?:truk|mobil|kamar|tenda|tendha|imah|omah|rumah|mess|kontrakan|his)\S*", "asking to spend the night"),
    (r"(?:kencan|berkencan|ngedate|date with|(?:go|went|going|goes) (?:out )?on a date|(?:on|for|out|me|her|him) a "
     r"date(?! (?:for|of|when|we|to|on|in)\b))|(?:ngajak|mengajak|diajak|ajak|invited) "
     r"(?:\w+ )?(?:makan malam|dinner|kencan|minum|karaoke|dugem)", "asking for a date"),
    (r"(?:at|to|in) (?:a|his|the) hotel|hotel room|kamar hotel", "a hotel room"),
    (r"(?:jadi|menjadi|jd|dijadikan|dijadiin|jadiin|menjadikan(?:nya)?|dadi|didadekake|didadekne|dados|became|"
     r"become|becomes|be|being|"
     r"dipundadosaken|janten|dijantenkeun|dijadikeun)"
     # (round 46, B66-14 'dadi ngene bojoku wingi sore diantemi ...': 'so, it's like this' opens a story, the spouse
     # after it is the reporter's; KBBI jadi begini, gini; Danadibrata janten kieu, kitu; Baoesastra dadi ngene,
     # ngono, krama dados mekaten, ngaten)
     r"(?! (?:begini|begitu|gini|gitu|ginih|kieu|kitu|ngene|ngono|ngeten|ngaten|ngoten|mekaten|makaten|mangkene|"
     r"mangkono)(?!\S))"
     r" (?:\w+ )?(?:bojo\w*|garwa\w*|pamajikan\w*|kabogoh\w*|"
     r"pacar|istri|istri simpanan|"
     r"simpanan|selingkuhan|girlfriend|wife|istri kedua|istri siri)|istri simpanan|simpanan(?:nya)?|"
     r"(?:ber)?pacaran (?:dengan|sama|bareng|karo|jeung)|dating (?:her|a|the)", "a relationship with him"),
    (r"berdua(?:an)? (?:dengan|sama|bareng|karo|jeung)(?:nya| dia| dirinya| him)?|berduaan", "alone together"),
    # Sundanese lemes 'kedah ngalayanan', krama 'kedah ngladosi' (Danadibrata kedah; Baoesastra kedah, ngladosi)
    # (round 30, B49-32 'nek adhiku gelem nglayani dheweke sewengi': ngoko 'gelem', Baoesastra gelem)
    (r"(?:meminta|minta|menyuruh|disuruh|suruh|nyuruh|harus|mau|asked|asks|kedah|kudu|nitah|nyuwun|purun|daek|gelem) "
     # (round 42, B64-21 'asal sy mau ngelayanin dia': the Jakarta 'ngelayanin' and the mixed 'ngelayani',
     # 'ngeladeni', 'ngeladenin' as round 11 reads them in quotes, him named after them, never the queue served;
     # Salsabila et al. 2018)
     r".. (?:(?:melayani|ngalayanan|ngladeni|ngladosi|nglayani|ngaladenan)(?:nya| dia| dirinya| him| beliau)?|"
     r"(?:ngelayani|ngelayanin|ngeladeni|ngeladenin)(?:nya| dia| dirinya| him| beliau| dheweke| anjeunna| "
     r"manehna| piyambakipun)(?!\S))", "asking to 'serve' him"),
    # Round 14 (B31-26): he asks or demands to be 'served', the passive ('mandore njaluk dilayani', 'dia minta
    # dilayani', 'menta diladenan', 'demands to be served'; Baoesastra njaluk, ladeni, dilayani; KBBI minta, dilayani;
    # Danadibrata menta, diladenan): not being served first at a desk or served well ('minta dilayani duluan')
    (r"(?:njaluk|nyuwun|minta|meminta|menta|nuntut|menuntut|demands to be|demanded to be|wants to be|wanted to be) "
     r"(?:\S+ )?(?:dilayani|dilayanin|diladeni|diladosi|diladenan|dilayanan|served)"
     r"(?! (?:duluan|dulu|lebih|dengan|kanthi|kalayan|first|properly|quickly|cepat|segera|sesuai|di (?:posko|"
     r"puskesmas|klinik|loket|kantor)))", "asking to 'serve' him"),
    (r"(?:ajak|ngajak|ngajakin|mengajak|mengajaknya|diajak|invited?|asked (?:me|her|them) to) .. (?:ketemuan|ketemu|"
     r"bertemu|meet|nongkrong|keluar|pergi|jalan|hang out|go out) .. (?:malam|malam-malam|larut malam|tengah malam|"
     r"di mobil\w*|di kamar\w*|di tenda\w*|di hotel|di kos\w*|di belakang|at night|late|alone|sendiri)",
     "asking to meet alone or at night"),
    (r"(?:ngajak|mengajak|ajak|diajak|ngajakin|invite[sd]?) .. (?:ngamar|check in|chek in|tidur|begituan|gituan|ml)",
     "asking for sex"),
    (r"main (?:dulu )?(?:sama|dengan|bareng|karo) (?:dia|dirinya|saya|aku|kamu|dheweke)", "asking for sex (euphemism)"),
    (r"(?:minta|meminta|menuntut) jatah (?:dari|ke|sama|kepada) (?:perempuan|wanita|ibu-ibu|ibu|janda|cewek\w*|istri)",
     "asking for sex (euphemism)"),
    (r"memijat|memijit|pijat|pijit|dipijat|ngurut|ngurutan|dipijet|mijet|massage|"
     # round 8: 'mau ji kupijat?' (I massage you; KBBI pijat, ku-)
     r"kupijat|kupijit|kupijet|kupijitin", "asking for a massage"),
    (r"(?:for|demanded|demands|wanted|wants|asking for|asked for|in exchange for|in return for) sex|"
     r"(?:minta|meminta|ngajak|mengajak|ajakan|ajak) (?:\w+ )?(?:tidur|berhubungan|ngamar|check in|begituan|ml)",
     "asking for sex"),
    (r"(?:baik|manis) (?:kepadanya|kepada dia|sama dia|padanya)", "asking for favours (euphemism)"),
)

ISOLATION: tuple[tuple[str, str], ...] = (
    # Round 6: taken up into his cabin or room at night (Danadibrata naek, kabin, peuting; Baoesastra munggah, bengi)
    (r"(?:diajak|dijak|kaajak|dibawa|digawa|ngajak) (?:naek |naik |munggah |unggah )?(?:ka|ke|kana|menyang|nang|neng|"
     r"to|into) (?:\S+ )?(?:kabin|cabin|kamar|mobil|truk|gudang|room|car|truck)\S* (?:\S+ )?(?:peuting|peuting-peuting|"
     r"malam|malam-malam|bengi|bengi-bengi|wengi|dalu|at night|night)", "taken to his cabin or room at night"),
    # asked to stay the night at his place (KBBI menginap; Danadibrata nginep, mondok; Baoesastra nginep, nyipeng)
    (r"(?:nginep|nginap|menginap|nyipeng|mondok|bermalam|spend the night|stay the night|sleep over) (?:\S+ ){0,2}"
     r"(?:di|ing|wonten|nang|neng|ka|ke|at|in)? ?(?:\S+ )?(?:tendha\S*|tenda\S*|kamar\S*|mobil\S*|imah\S*|"
     r"omah\S*|griya\S*|rumah\S*|penginapan|hotel|posko\S*|pos|gudang\S*|kantor\S*|mess|kontrakan\S*|kos\S*|"
     # workers' barracks of a building project (KBBI bedeng, barak; Baoesastra bedhèng)
     r"bedeng\S*|bedheng\S*|barak\S*|"
     r"base ?camp|his (?:tent|room|place|house|office|post))", "asked to stay the night at his place"),
    # asked to come inside (Danadibrata asup ka jero; Baoesastra mlebu ing njero; KBBI masuk ke dalam)
    (r"(?:ngajak|ngajakan|diajak|mengajak|ajak|dijak|ngajakin|invited?|asked|told|called) (?:\S+ ){0,2}(?:asup|"
     r"masuk|mlebu|lebet|go|come|get) (?:ka |ke |menyang |nang |neng |dhateng |into |in |inside )?(?:jero|dalam|"
     r"njero|lebet|inside|in)(?= [,.;!?]| (?:tenda|tendha|kamar|mobil|tent|room|car|posko)\S*)",
     "taken inside (out of sight)"),
    (r"(?:dibawa|diajak|ditarik|diseret|dijak|digawa|dibawa kabur|taken|dragged|pulled|lured|mengajak|ngajak|"
     r"dipanggil|disauran|diundang|called|calls|summoned|"
     r"membawa|bawa|nyeret|dicandak|menarik|narik|menyeret|tried to (?:drag|pull|take)|took|takes)"
     # (round 46, B65-21 'ngajak ank2 sy main & nyanyi di tenda', thanks to a volunteer: the children of a group
     # invited to play, sing, draw or learn, with no night and not to his own tent or room, are a group activity, no
     # child taken alone; KBBI anak-anak, main, bernyanyi, menggambar, belajar; Danadibrata barudak, ulin, kawih;
     # Baoesastra lare-lare, dolanan, nembang, sinau; English plain usage)
     r"(?! (?:anak-anak|adik-adik|barudak|budak-budak|bocah-bocah|lare-lare|murangkalih|the children|the kids|"
     r"children|kids)(?: \S+)? (?:main|bermain|maen|nyanyi|bernyanyi|menyanyi|menggambar|mewarnai|belajar|ulin|kawih|"
     r"ngawih|dolanan|sinau|nembang|ngaji|mengaji|play|sing|draw|learn|study)(?!\S)(?!(?: [^\s.!?;]+){0,8} "
     r"(?:malam\S*|malem\S*|bengi\S*|wengi|dalu|peuting\S*|night|tendanya|tendana|tendhane|kamarnya|kamarna|kamare|"
     r"his)(?!\S)))"
     # (round 47: goods carried, not a person taken, after a verb of carrying: 'membawa nasi bungkus ke tenda',
     # 'bawa dua karung beras ke gudang', 'took blankets to the tent'; not 'dipun ajak nitih truk bantuan'; KBBI nasi,
     # beras, makanan, selimut, sembako, karung, kardus; Danadibrata beas, sangu, dahareun, simut; Baoesastra sega,
     # panganan, kemul; English plain usage)
     r"(?!(?:(?<=bawa)|(?<=gawa)|(?<=candak)|(?<=took)|(?<=takes)) (?:\S+ ){0,2}(?:nasi|beras|makanan|selimut|"
     r"sembako|paket|bantuan|obat|obat-obatan|terpal|logistik|mie|"
     r"susu|kardus|karung|dus|air|galon|beas|sangu|dahareun|simut|sega|panganan|kemul|bantosan|food|rice|water|"
     r"blankets?|supplies|boxes|sacks?|medicine|parcels?)(?!\S))"
     r" .... "
     # (round 17: not the place things are taken from, 'takes 2 sacks from each truck', 'nyokot tina unggal treuk')
     r"(?<!from )(?<!from each )(?<!from every )(?<!from the )(?<!dari )(?<!dari setiap )(?<!tina )(?<!tina unggal )"
     r"(?<!saka )(?<!saka saben )"
     # (a guesthouse or mess: KBBI wisma, mes; 'guesthouse', 'lodging')
     r"(?:tenda|kamar|mobil|truk|gudang|belakang|behind|balik|tukangeun|mburi|semak|semak-semak|kebun|hutan|sawah|penginapan|kos|kosan|kontrakan|tent|car|room|bushes|warehouse|truck|tendane|kamare|hotel|"
     r"guesthouse|guest house|lodging|wisma|mess|"
     # (round 7: Javanese 'mobile' is his car only after a preposition: 'took his mobile phone' is a theft)
     r"tendha\w*|tendhanipun|kamaripun|griya\w*|omah\w*|imah\w*|(?:menyang|neng|nang|ning|ing|mlebu) mobile|mobilna)"
     r"(?![\w'])",
     "taken to a tent, car or room"),
    # not the bathroom ('khawatir kalau harus ke kamar mandi malam hari' is a fear of the dark, not an invitation)
    # (and 'dolan ning kamare bengi-bengi', 'ulin ka tendana peuting': Baoesastra dolan, ning; Danadibrata ulin, ka)
    # (not 'datang ke tenda kami tadi malam untuk membagikan selimut': our tent is no invitation to his)
    # (round 38, B57-04 'menaikkan karung-karung beras bantuan ke mobil bak terbuka pada malam hari': the aid or its
    # sacks right before are goods carried, no invitation; KBBI karung, kardus, barang)
    # (round 43, B63-21 'memuat sekitar tiga puluh lembar terpal ke mobil bak pribadi pada malam hari': so are the
    # tarpaulins, blankets and mats of the aid; KBBI terpal, selimut, tikar)
    (r"(?<!bantuan )(?<!bantosan )(?<!beras )(?<!beas )(?<!uwos )(?<!sembako )(?<!logistik )(?<!karung )"
     r"(?<!karung-karung )(?<!kardus )(?<!kardus-kardus )(?<!dus )(?<!barang )(?<!barang-barang )(?<!paket )"
     r"(?<!terpal )(?<!terpal-terpal )(?<!selimut )(?<!tikar )"
     r"(?:datang|masuk|ke|dolan|ulin|ameng|mampir|teka|main|sumping|nginep|mlebu|asup) (?:sendiri|sendirian)? ?"
     r"(?:ke|ka|menyang|ning|nang|neng|dhateng|ing|di)? ?(?:gudang|tenda|tendha|kamar(?! mandi| kecil| ganti)|rumah|"
     r"omah|imah|bumi|griya|mobil|truk|penginapan)(?:nya|e|ne|na|ipun)?(?! kami| kita| urang| awake dhewe) .. (?:malam|malam-malam|malam hari|tengah "
     r"malam|sendiri|sendirian|bengi|peuting|wengi|dalu|dhewekan|nyalira)|"
     r"datang (?:sendiri|sendirian) ke|come alone to|alone at night", "asked to come alone or at night"),
    # Javanese and Sundanese: coming to his room tonight (Baoesastra teka, sowan, marani; Danadibrata datang,
    # dongkap, sumping; 'bengi iki', 'peuting ieu' = tonight)
    (r"(?:bengi|wengi|dalu|malam|peuting|night|tonight)(?: iki| niki| ini| ieu| mengko| engke| nanti)? (?:\S+ ){0,4}"
     r"(?:teko|teka|tekan|dateng|dhateng|rawuh|sowan|mara|marani|datang|dongkap|sumping|nyampeurkeun|come|go) "
     r"(?:\S+ )?(?:kamar|tenda|tendha|omah|imah|griya|rumah|room|tent|kontrakan|mess)\S*",
     COME_AT_NIGHT),
    (r"(?:disuruh|menyuruh|nyuruh|dipaksa) (?:masuk|naik|ikut) (?:ke )?(?:mobil|truk|tenda|kamar|car|truck)|"
     r"ikut (?:naik )?(?:truk|mobil|motor)(?:nya)? .. (?:malam|malam-malam|sendiri)|get into (?:his|the) (?:car|truck)",
     "told to get into a car or tent"),
    # Round 7: behind the truck or the tent with him (KBBI ke belakang, bersama; Danadibrata ka tukang, jeung;
    # Baoesastra menyang mburi, karo; English plain usage)
    (r"(?:went|go|goes|going|come|came|comes|coming|round|around) (?:\S+ ){0,2}(?:behind|to the back of|round the back "
     r"of|around the back of|into the back of) (?:the |his |a )?(?:truck|car|tent|warehouse|building|post|van|lorry)\S* "
     r"(?:\S+ )?with him|(?:ke|ka|menyang|mrana|dhateng) (?:belakang|tukang|mburi|wingking) (?:truk|mobil|tenda|gudang|"
     r"posko|tendha)\S* (?:\S+ )?(?:bersamanya|sama dia|dengan dia|bareng dia|jeung manehna|karo dheweke|sareng "
     r"anjeunna|kaliyan piyambakipun)", "taken behind a truck, tent or building with him"),
    (r"dibawa kabur|kabur bersama|eloped|ran away with|dilarikan|dibawa (?:pergi|lari|jalan)|taken away|"
     r"went off with", "taken away"),
    (r"(?:come|came|comes|coming|go|goes|went|visit|meet(?: him)?) (?:\w+ )?(?:to|at|in) (?:his|the|my) (?:room|tent|car|house|home|office|hotel|"
     r"quarters)|visit (?:his|the) (?:house|room|tent|home) alone|(?:visit|come to|see|meet) (?:him|me) (?:at night|"
     r"alone|after dark|late|in the evening|this evening|tonight)|(?:visits|visiting|visited|comes to see|came to see) (?:him|me) "
     r"(?:at night|alone|after dark|late|in the evening|this evening|tonight)|"
     # (round 51, B74-05 'Children are afraid to walk there after dark': the hour alone is no invitation; asked to
     # come, go or meet after dark within four words after the asking, English plain usage)
     r"(?:ask|asks|asked|asking|invite|invites|invited|inviting|tell|tells|told|telling|wants?|wanted|come|comes|came|"
     r"visit|meet|see) (?:\S+ ){0,4}after dark",
     "asked to come to his room or house"),
    (r"ketemu(?:an)? (?:di )?(?:belakang|balik|dalam|luar) (?:posko|tenda|gudang|dapur|sekolah)|"
     r"berduaan (?:di|dalam) (?:tenda|kamar|mobil|gudang)", "meeting alone out of sight"),
    (r"jangan bilang(?:-bilang)?|jangan kasih tahu|jangan cerita|rahasia(?:kan(?! (?:nama|identitas|data))| kita|"
     r" kita berdua)|don't tell|"
     r"do not tell|keep (?:it|this) (?:a )?secret|our (?:little )?secret|ulah bebeja|aja kandha|aja ngomong|"
     # round 11: Ambonese 'jang kasi tau' (jangan; Kamus Dialek Melayu Ambon), Kupang 'jang kasi tau'
     r"jang (?:kasih tahu|kasi tau|bilang|cerita|bale omong)",
     "asked to keep it secret"),
)

# Round 7 (see INTRUSION): tonight, entering, her tent or shelter, shaking it, and speaking to her.
_TONIGHT = (r"(?:nanti malam|ntar malam|ntr malam|entar malam|nanti mlm|malam ini|malam ni|mlm ini|mlm ni|sebentar malam|tonight|"
            r"bengi iki|mengko bengi|ngko bengi|mangke dalu|dalu menika|dalu niki|engke peuting|peuting ieu|"
            r"wengi ieu|engke wengi|"
            # round 9: tomorrow night (KBBI besok malam; Baoesastra sesuk bengi, krama mbenjang dalu; Danadibrata
            # isukan peuting, enjing wengi)
            r"besok malam|besok mlm|sesuk bengi|mbenjang dalu|isukan peuting|enjing wengi|tomorrow night)")
_NOT_LOCKED = r"(?:jangan|jgn|ulah|aja|ojo|don't|do not) (?:\S+ ){0,2}(?:dikunci|dikonci|lock|kunci|konci)\S*"
_HE_COMES = (r"(?:aku|saya|gue|kuring|abdi|i|i'm|i'll) (?:\S+ ){0,3}(?:datang|dateng|dtg|sumping|teka|rawuh|coming|"
             r"come)(?! back| home)")
_ENTER = (r"(?:maso|masuk|masok|msk|mlebu|mlebet|asup|lebet|come in|come into|get in|get into|coming in|"
          r"datang ke|datang ka|dateng|teka|tekan|nyamperin|nyampeurkeun|nyamperan|sleep in|tidur di|tidor di|"
          # round 9: to drop by, to come (KBBI mampir, singgah; Danadibrata sumping, dongkap, nyimpang; Baoesastra
          # mampir, krama rawuh; English drop by, come over)
          r"mampir|singgah|sumping|dongkap|nyimpang|rawuh|drop by|come over|come by|come to|"
          # round 23 (B43-39: 'tonight he will come inside'; Baoesastra marani, 'tak parani', to go to someone)
          r"come inside|coming inside|marani|parani|diparani)")
# (round 44, B64-16 'bapak tentara yg bagiin mie instan bilang ke sy "..., nanti malem mampir ke pos ya"': 'tent' is
# never the beginning of a longer word, 'tentara' a soldier, 'tentang' about, 'tentu' of course, 'tenteram' at peace;
# KBBI tentara, tentang, tentu, tenteram; English tentative)
_HER_TENT = (r"(?:tenda|tendha|terpal|bilik|kamar|bedeng|tent(?!ara|era|ang|u|eram|ram|ativ)|tarpaulin|shelter)\S*")
# his truck, car or room (with its possessive: KBBI -nya; Danadibrata -na; Baoesastra -e, -ne)
_HIS_PLACE = (r"(?:truk|truck|mobil|car|kamar|room|rumah|house|omah|imah|griya|gudang|mess|pos|posko|kontrakan|"
              r"penginapan|losmen|hotel)(?:nya|na|ne|e)?")
_RATTLE = (r"(?:goyang-goyang|menggoyang-goyang|menggoyang|menggoyangkan|goyang|nggoyang-goyang|nggoyang|"
           r"ngoyag-ngoyag|ngoyag|ngagoyang|ngagoyang-goyang|ngoyang|ngoyang-ngoyang|digoyang-goyang|"
           r"shakes|shaking|shook|rattles|rattling|rattled)")
_SPEAKS = (r"(?:ngomong|bilang|blg|says|said|saying|cenah|ceunah|nyarios|ngendika|ngucap|berkata|mengatakan|"
           r"tells|told|nawarin|menawarkan|offers|offered|ngajak|ngajakin|mengajak)")
ENTERS_TONIGHT = "says he will come into her tent tonight"
RATTLES_HER_TENT = "shakes her tent at night and speaks to her"
NIGHT_INTRUSIONS = frozenset({ENTERS_TONIGHT, RATTLES_HER_TENT})
TRIES_TO_GET_IN = "tries to open her tent or door"
# (round 49: a tent's zip or door opened from outside at night)
_NIGHT = (r"(?:tadi malam|semalam|tengah malam|malam|malem|mlm|peuting|wengi|bengi|dalu|last night|at night|midnight|"
          r"night)")
_TENT_OPENING = (r"(?:resleting|risleting|ritsleting|sleting|seleting|zip|zipper|pintu|lawang|panto|tenda|tendha|"
                 r"tent)\S*")
_OPENED = r"(?:dibuka|dibukak|dibukake|dipunbikak|dibikak|opened|unzipped|was opened|were opened)"
_FROM_OUTSIDE = r"(?:dari|ti|saka|saking|from) (?:the )?(?:luar|njaba|jaba|njawi|outside)"

# (round 49: opening the women's tents, a torch shone inside)
_OPENS = (r"(?:membuka|buka|buka-buka|bukain|muka|mbukak|bukak|mbikak|ngabuka|opening|opens|opened|lifting|lifts|"
          r"lifted|unzipping|unzips|unzipped)")
_WOMENS_TENTS = (r"(?:(?:tenda|tendha|tent)\S* (?:para |kaum |wong )?(?:perempuan|wanita|wadon|awewe|istri|estri|cewek|"
                 r"women)(?!\S)|women(?:-only)? (?:\S+ )?(?:tents|tent row|tent))")
# (round 50, B71-26 'menyorotkan senter ke arah kami yang sedang tidur': a torch aimed, the verb of beaming, in every
# register: KBBI sorot, menyorotkan, menyorot; informal nyorot, nyorotin; Danadibrata nyorotkeun; Baoesastra sorot,
# nyorotake, nyorotke, krama nyorotaken)
_SHINES_A_LIGHT = (r"(?:menyenter|menyenteri|nyenter|nyenteri|nyenterin|nyenteran|nyenterkeun|disenter|disenteri|"
                   r"(?:menyorotkan|menyoroti|menyorot|nyorot|nyorotin|nyorotkeun|nyorotke|nyorotake|nyorotaken|"
                   r"disorot|disoroti) (?:lampu |cahaya )?senter|"
                   r"(?:shining|shone|shines|shine|flashing|flashed|pointing|pointed) (?:a |his |the )?(?:torch|"
                   r"flashlight|light))")

# Entering where women sleep or bathe, knocking on their tents at night: with repetition, a danger.
INTRUSION: tuple[tuple[str, str], ...] = (
    # (round 47, B67-30 'sok lebet ka tenda istri unggal wengi': the lemes and krama 'lebet', 'mlebet', the formal
    # 'memasuki', the English 'walks into', 'goes into'; the lemes 'istri' and krama 'estri' (woman), the informal
    # 'cewek'; a group word between, 'para', 'kaum', 'wong'; and the English 'the women's tent' (KBBI memasuki, para,
    # kaum, cewek; Danadibrata lebet, istri; Baoesastra mlebet, estri, wong wadon; English plain usage); never 'istri'
    # with its owner after it, 'tenda istri saya', a wife's tent)
    # (round 52, B75-29 'lebet kana tenda istri-istri': the women named by a plural of reduplication ('istri-istri',
    # 'awewe-awewe', 'perempuan-perempuan', 'wadon-wadon'), the group word 'ibu-ibu' or 'emak-emak' (the mothers, the
    # women of a camp), the krama 'tiyang estri' (a woman, krama of 'wong wadon'), the SMS 'ibu2' read as 'ibu-ibu';
    # the English 'come into', 'got into', 'gets into' and 'the mothers' tent' (KBBI ibu-ibu, emak-emak, perempuan;
    # Danadibrata istri, awewe; Baoesastra wadon, krama tiyang estri; English plain usage); never 'tenda ibu saya',
    # a mother's own tent, which has no plural)
    (r"(?:masuk|mlebu|asup|lebet|mlebet|memasuki|entered|enters|came into|comes into|sneaked into|sneaks into|"
     r"walks into|walked into|goes into|went into) (?:ke |ka |kana |nang |menyang |dhateng |dateng |the |into )?"
     r"(?:tenda|tendha|kamar|tent|room|bilik) (?:khusus |para |kaum |wong |tiyang )?(?:(?:perempuan|wanita|wadon|"
     r"awewe|istri|estri|cewek)(?:-(?:perempuan|wanita|wadon|awewe|istri|estri|cewek))?|janda|janda-janda|"
     r"ibu-ibu|emak-emak|women|girls?)(?! (?:saya|sy|aku|abdi|kula|kuring|kulo|gue|beta|sampeyan|anjeun|"
     r"bapak|pak|mas|kang))(?!\S)|"
     r"(?:entered|enters|came into|comes into|come into|got into|gets into|sneaked into|sneaks into|walks into|"
     r"walked into|goes into|went into) "
     r"(?:the )?(?:women|girls|ladies|widows|mothers) (?:tents?|rooms?|shelters?|bathrooms?)|"
     r"(?:menggedor|gedor(?:-gedor)?|mendobrak|ngegedor|banging on|bangs on|knocking on) .. (?:tenda|pintu|kamar|"
     r"tents?|doors?)", "entering or banging on women's tents"),
    # Round 49 (B70-03 'walked through the women-only tent row after midnight on at least four nights this week,
    # opening tent flaps and shining a torch inside'): opening the women's tents and shining a torch inside, in every
    # register ('membuka pintu tenda perempuan dan menyenter ke dalam', 'muka panto tenda awewe bari nyenteran',
    # 'mbukak lawang tenda wong wadon terus nyenteri', krama 'mbikak lawang tendha estri lajeng nyenteri', 'along the
    # women's tents, opening the flaps and shining a flashlight inside'), is entering where they sleep, as round 47's
    # women's tents are; repeated in its sentence, a danger (KBBI membuka, pintu, senter, menyenter; Danadibrata muka,
    # panto, nyenteran; Baoesastra mbukak, lawang, senter, krama mbikak; English plain usage); never a round of the
    # tents with a torch, opening none, nor a family's tent opened for a snake
    # (round 50, B71-26: the hour and the pretext between, 'membuka tenda perempuan sekitar jam 1 malam dengan alasan
    # patroli, menyorotkan senter ...': up to ten words in the sentence, no reason given between, 'karena ada ular')
    (rf"{_OPENS} (?:\S+ ){{0,2}}{_WOMENS_TENTS} (?:(?!karena |krn |sebab |soalnya |soale |margi |amargi |because )[^\s.!?]+ ){{0,10}}"
     rf"{_SHINES_A_LIGHT}|"
     rf"{_WOMENS_TENTS} (?:[^\s.!?]+ ){{0,12}}{_OPENS} (?:the |their |tent )?(?:flaps?|doors?|zips?|tents?) "
     rf"(?:[^\s.!?]+ ){{0,2}}{_SHINES_A_LIGHT}", "opens the women's tents and shines a light inside"),
    # Round 7: he says he will come into her tent tonight, or shakes her tent at night and speaks to her: a threat of
    # intrusion, and a danger by itself (urgency.ongoing_danger). Sources: KBBI nanti malam, malam ini, masuk,
    # menggoyang; Ambonese Malay (Kamus Dialek Melayu Ambon, Pusat Bahasa 2001: beta 'I', ngana 'you', maso 'enter',
    # pung 'of', malam ni 'tonight'); Baoesastra mengko bengi, bengi iki, mlebu, nggoyang, kancani; Danadibrata engke
    # peuting, peuting ieu, asup, lebet, ngoyag, ngagoyang; English plain usage.
    (rf"{_TONIGHT} (?:\S+ ){{0,6}}{_ENTER} (?:\S+ ){{0,4}}{_HER_TENT}|"
     rf"{_ENTER} (?:\S+ ){{0,3}}{_HER_TENT} (?:\S+ ){{0,3}}{_TONIGHT}|"
     rf"{_HER_TENT} (?:\S+ ){{0,12}}{_TONIGHT} (?:\S+ ){{0,3}}{_ENTER}|"
     # (round 14, B32-04: not 'air lebih buat tenda saya asal saya mau tidur di truknya malam ini', a night in his
     # truck asked as the price: a place of his after the verb is where she would go, not her tent he would enter)
     rf"{_HER_TENT} (?:\S+ ){{0,12}}{_ENTER} (?:(?!{_HIS_PLACE} )\S+ )?{_TONIGHT}|"
     # Round 43 (B63-34 ''Nanti malam pintunya jangan dikunci, aku yang datang.''): tonight, her door not to be locked,
     # then he says he is the one who comes (KBBI jangan, kunci, datang; Danadibrata ulah, konci, sumping; Baoesastra
     # aja, kunci, teka; English plain usage); never someone coming back or home
     rf"{_TONIGHT} (?:\S+ ){{0,3}}{_NOT_LOCKED} (?:\S+ ){{0,3}}{_HE_COMES}|"
     rf"{_NOT_LOCKED} (?:\S+ ){{0,3}}{_TONIGHT} (?:\S+ ){{0,2}}{_HE_COMES}", ENTERS_TONIGHT),
    (rf"{_RATTLE} (?:\S+ )?{_HER_TENT} (?:\S+ ){{0,8}}{_SPEAKS}", RATTLES_HER_TENT),
    # Round 14 (B32-38): he tries to open the zip of her tent or her door ('coba buka resleting', 'mencoba membuka
    # resleting tenda saya', 'nyobian muka seleting tenda', 'nyoba mbukak lawang', 'tries to unzip my tent'; KBBI
    # mencoba, membuka, ritsleting, risleting; Danadibrata nyobian, muka, panto; Baoesastra nyoba, mbukak, lawang;
    # Kupang and Ambonese Malay coba buka; English plain usage): an attempt to get in where she sleeps
    (r"(?:coba|mencoba|nyoba|nyobain|nyobian|nyobaan|tried to|tries to|trying to|attempted to|attempts to) "
     r"(?:\S+ )?(?:buka|membuka|bukain|mbukak|bukak|muka|ngabuka|unzip|open|force open|prise open|pry open) (?:\S+ )?"
     r"(?:resleting|risleting|ritsleting|sleting|seleting|zip|zipper|pintu|lawang|panto|door|flap|tenda|tendha|tent)"
     r"\S*|"
     # or opened it, her own ('mbukak tendaku', 'membuka tenda saya', 'unzipped her tent')
     r"(?:membuka|mbukak|bukak|muka|ngabuka|dibuka|dibukak|opened|unzipped) (?:resleting |sleting |seleting |zip )?"
     r"(?:tenda|tendha|tent|kamar|bilik)(?:ku|ne|nya|na|mu| saya| aku| abdi| kula| kuring| beta| kami| my| her)\b",
     TRIES_TO_GET_IN),
    # Round 49 (B69-12 'tadi peuting mah seleting tenda Teh Iis, ..., dibuka ti luar'): a tent's zip or door opened
    # from outside at night, told in the passive, its object first, or in the English active ('resleting tenda kami
    # dibuka dari luar', 'panto tenda abdi dibuka ti luar', 'sleting tendaku dibukak saka njaba', krama 'dipunbikak
    # saking njawi', 'someone unzipped our tent from the outside'), the night within its sentence: someone trying to
    # get in where women sleep (KBBI dibuka, dari luar, ritsleting; Danadibrata dibuka, ti luar, panto; Baoesastra
    # dibukak, saka njaba, krama dipunbikak, saking njawi, lawang; English plain usage); never a tent opened by day to
    # mend it, nor by her own family
    (rf"{_NIGHT} (?:[^\s.!?]+ ){{0,4}}{_TENT_OPENING} (?:[^\s.!?]+ ){{0,9}}{_OPENED} {_FROM_OUTSIDE}|"
     rf"{_NIGHT} (?:[^\s.!?]+ ){{0,4}}{_OPENED} (?:[^\s.!?]+ ){{0,2}}{_TENT_OPENING} {_FROM_OUTSIDE}|"
     rf"{_TENT_OPENING} (?:[^\s.!?]+ ){{0,9}}{_OPENED} {_FROM_OUTSIDE} (?:[^\s.!?]+ ){{0,4}}{_NIGHT}",
     TRIES_TO_GET_IN),
)

TRANSACTION: tuple[tuple[str, str], ...] = (
    # Round 6: seen leaving his tent or room at night or dawn carrying the goods (KBBI subuh, sekarung; Baoesastra
    # metu, medal, wanci subuh, mbekta; Danadibrata kaluar, mawa)
    (r"(?:keluar|metu|medal|kaluar|leaving|left|coming out|came out) (?:dari |saka |saking |ti |of |from )?(?:\S+ )?"
     r"(?:tenda|tendha|kamar|mess|kos|penginapan|tent|room|quarters)\S* (?:\S+ ){0,4}(?:subuh|subuh-subuh|dini hari|"
     r"fajar|malam-malam|bengi-bengi|peuting-peuting|tengah malam|dawn|before dawn|early morning|at night) "
     r"(?:\S+ ){0,4}(?:membawa|bawa|mbekta|nggawa|nyangking|mawa|carrying|with) (?:\S+ ){0,2}(?:beras|beas|sembako|"
     r"bantuan|bantosan|uang|duit|artos|rice|food|money|cash|jatah|logistik)", "goods carried out of his tent at night"),
    (r"(?:bayar|membayar|dibayar) (?:pake|pakai|dengan|pakė) (?:badan|tubuh|tubuhnya|badannya|tubuh mereka)|"
     r"pay with (?:her|their|my) body", "paying with the body"),
    # Round 43 (B63-27 ''teu kudu mayar, cukup ku awak wé'', a debt): her body as the payment, in every register, the
    # payment or 'enough' first ('cukup pake badan', 'cukup ku awak', 'cukup nganggo awakmu', 'mayar hutang ku awak',
    # 'settle the debt with my body'; KBBI cukup, bayar, badan; Danadibrata cukup, mayar, ku, awak; Baoesastra cukup,
    # mbayar, nganggo, awak; English plain usage)
    (r"cukup (?:ku|pake|pakai|dengan|nganggo|karo|kalawan) (?:awak|badan|tubuh)(?:mu|nya|na|ne|ku)?(?! sehat)|"
     r"(?:bayar|membayar|mayar|mbayar|dibayar|lunas|melunasi|settle|settled|repay|repaid|pay|paid) "
     r"(?:[^\s,.!?;]+ ){0,2}"
     r"(?:ku|pake|pakai|dengan|nganggo|karo|kalawan) (?:awak|badan|tubuh)(?:mu|nya|na|ne|ku)?(?! sehat)|"
     r"(?:settle|settled|repay|repaid|pay off|pay back|paid off|paid back) (?:\S+ ){0,2}with (?:her|their|my|your) "
     r"body", "paying with the body"),
    # Round 43 (B63-36 ''itu bayarannya, tiap malam dia yang nemenin''): what she is given called her payment, then
    # within four words her company every night (KBBI bayaran, upah, imbalan, menemani; Danadibrata buruh, nemenan;
    # Baoesastra bayaran, ngancani; English plain usage); never a payment for work
    (r"(?:bayaran|bayarannya|upah|upahnya|imbalan|imbalannya|buruhna|bayarane|payment|her pay) (?:\S+ ){0,4}"
     r"(?:tiap|setiap|saban|unggal|saben|every) (?:malam|mlm|peuting|wengi|bengi|dalu|night) (?:\S+ ){0,3}"
     r"(?:nemenin|menemani|nemani|temani|nemeni|ngancani|nemenan|ngarencangan|ngaladenan|melayani|ngelayanin|"
     r"keeps him company|sleeps with him|stays with him)", "her payment named for her company every night"),
    # Round 49 (B69-20, displaced girls 'sing dodolan awak' to volunteers for money or noodles): selling her own body
    # or herself, in every register, is sex for pay (KBBI jual diri, menjual tubuh, badan; Danadibrata ngajual,
    # lemes ngical, awak, salira; Baoesastra dodol, adol, ngedol, dodolan, krama sade, nyade, sadean, awak, krama
    # badan, dhiri; English plain usage); never her goods or her labour ('jualan gorengan', 'ngajual baju')
    (r"(?:menjual|jual|jualan|ngajual|ngical|dodol|dodolan|adol|ngedol|ngadol|sade|nyade|sadean|menyade|sells?|"
     r"selling|sold) (?:\w+ )?(?:diri|dirinya|dirina|dhiri|dhirine|tubuh|tubuhnya|badan|badannya|badanipun|awak|"
     r"awakna|awake|awakipun|salira|bodies|body|herself|themselves)\b(?! (?:sehat|lotion|wash|spray|kits?))",
     SELLS_HER_BODY),
    (r"(?:menjual|dijual|jual|menjajakan|dijajakan|memperdagangkan|diperdagangkan|sold|selling) (?:\w+ )?"
     r"(?:anak|perempuan|gadis|wanita|cewek|istri|girls?|women|children)", "selling a person"),
    # sold, or let in, to men (Danadibrata ngajual, dijual ka; Baoesastra didol marang; 'lets men in for money')
    (r"(?:dijual|dijual-jual|diual|didol|didodol|ngajual|menjual|sold) (?:\S+ ){0,3}(?:ka|ke|kepada|marang|menyang|"
     r"dhateng|to) (?:\S+ )?(?:lalaki\S*|laki-laki|lelaki|pria|om-om|wong lanang|men|cowok\S*|tamu|sopir\S*|"
     r"drivers?|soldiers?|tentara)|(?:lets|let|allows|allowed|letting) (?:\S+ ){0,1}(?:men|strangers|drivers|"
     r"soldiers) (?:in|into) (?:\S+ ){0,5}(?:for money|for cash|for a fee|for payment|if they pay)",
     "selling a person"),
    (r"prostitusi|pelacuran|melacur|dilacurkan|melacurkan|open bo|germo|mucikari|pimp|trafficking|trafficked|"
     r"perdagangan (?:orang|manusia|anak|perempuan)|human trafficking", "prostitution or trafficking"),
    # (round 22, B41-20: 'in return for sexual acts', favours, services; English plain usage, IASC principle 3)
    (r"transactional sex|survival sex|sex for (?:food|money|aid|rice|jobs?|work|help)|(?:in exchange|in return) "
     r"for (?:sex|sex acts?|sexual (?:acts?|favou?rs?|services?|relations?|intercourse))|seks (?:demi|untuk|ditukar) "
     r"(?:bantuan|makanan|uang|beras)|"
     # Round 52 (B75-24 'kasih dia uang 100rb ... in exchange for sex'): the loanword 'seks' after a word of payment
     # or barter ('bayaran seks', 'imbalan seks', 'ijol seks', 'tukeran seks', 'ganti seks'), or after 'for' within
     # twelve words of a payment given ('dikasih duit ... buat seks', 'dibere duit ... keur seks', 'diwenehi dhuwit ...
     # kanggo seks') (KBBI seks, bayaran, imbalan, tukar; Danadibrata tukeur, keur; Baoesastra ijol, kanggo; informal
     # buat); never 'pendidikan seks', nor 'for sex' with no payment before it
     r"(?:bayaran|imbalan|upah|ijol|ijolan|ijole|tukeran|tukaran|tukar|ganti|gantina|gentosipun) seks|"
     r"(?:memberinya|memberi|dikasih|dikasi|dikasi|kasih|ngasih|diberi|dibere|dibéré|mere|diwenehi|menehi|dikeki|"
     r"dipunparingi|diparingi|dibayar|membayar|mbayar|dibayari|paid|gave) (?:[^\s.!?;]+ ){0,12}(?:buat|untuk|keur|"
     r"kanggo|gawe|go|for) seks", "sex traded for aid or money"),
    # Round 27 (B48-35: 'I believe aid is being traded for sex'): aid or goods traded, bartered or swapped for sex,
    # a few words between (English plain usage; KBBI memperdagangkan, memperjualbelikan, barter, tukar; Danadibrata
    # dagang, dagangkeun, tukeur, keur 'for'; Baoesastra ijol, kanggo), the sexual word right after 'for' or 'with'
    (r"(?:trades?|traded|trading|swaps?|swapped|swapping|barters?|bartered|bartering|exchanges|exchanged|exchanging) "
     r"(?:\S+ ){0,4}for (?:sex|sexual (?:favou?rs?|acts?|services?))|(?:memperdagangkan|diperdagangkan|"
     r"memperjualbelikan|diperjualbelikan|barter|membarter|dibarter|ngebarter|dagang|dagangkeun|ngadagangkeun|"
     r"didagangkeun|ditukar|menukar|nuker|dituker|nukeurkeun|ditukeurkeun|ngijolke|diijolke|ngijoli|diijoli) "
     r"(?:\S+ ){0,3}(?:untuk|demi|dengan|sama|ama|keur|kanggo|karo|jeung|kalawan|for) (?:seks|sex|begituan|gituan|"
     r"ngeseks|ngesex|hubungan (?:badan|intim|seks|seksual))", "aid or goods traded for sex"),
    (r"eksploitasi seksual|sexual(?:ly)? exploit(?:ed|ation|ing)?", "sexual exploitation named as such"),
    # serving, accompanying or 'going with' customers or guests for someone who holds her (KBBI tamu, pelanggan,
    # melayani, menemani; Danadibrata semah; Baoesastra tamu, dhayoh; English), and a debt to be worked off
    (r"(?:melayani|ngalayanan|ngladeni|nglayani|ngladosi|menemani|nemenin|temani|nemani|ngancani|ngarencangan|"
     r"serve|serving|entertain|entertaining|accompany|accompanying|sit with|sitting with|sleep with|go with|"
     r"going with|goes with|go out with|duduk (?:dengan|sama|bareng|bersama)|ikut|keluar (?:dengan|sama|bareng)) "
     r"(?:\S+ )?(?:tamu|tamunya|tamu-tamu|pelanggan|pelanggannya|semah|dhayoh|customers?|clients?|guests?|"
     r"om-om|hidung belang)(?! (?:posko|undangan|acara|rapat))|(?:pay|paying|work) (?:off |back )(?:the |a |her |my |"
     r"their )?(?:debt|'?travel money'?|loan|fees?)|(?:bayar|melunasi|lunasi|nyicil) (?:\S+ )?(?:utang|hutang)",
     "sex sold to customers or a debt worked off"),
    # Round 39 (B59-38 'has been paying for her boarding room in town and giving her cash, and she stays with him most
    # nights'): her room, rent or lodging paid by him, then within fourteen words her nights with him, at his place or
    # in his room: the exchange itself, whatever it is called (KBBI bayar, bayarin, kos, kontrakan, menginap;
    # Danadibrata mayar, kontrakan, saré, imah; Baoesastra mbayar, mbayari, kos, turu, kamar; English plain usage);
    # never her nights there with others, nor a room paid with no night with him told
    (r"(?:pays|paid|paying|pay|bayar|membayar|membayarkan|membayari|bayarin|bayari|ngebayarin|mbayar|mbayari|"
     r"mbayarke|mayar|mayaran|mayarkeun|mayarkeunan) (?:for )?(?:\S+ ){0,2}(?:room|rent|lodging|boarding|kos|kost|"
     r"kosan|kontrakan|sewa|kamar|penginapan|pondokan|losmen|guesthouse)\S* "
     # (within its sentence, and no condition between: 'tidak usah bayar sewa asal ...' is an offer, read elsewhere)
     r"(?:(?!(?:asal|asalkan|kalau|kalo|klo|jika|if|lamun|upami|nek|yen|menawi)\b)[^\s.!?]+ ){0,14}"
     r"(?:stays?|stayed|staying|sleeps?|slept|sleeping|spends the night|spent the night|menginap|nginep|nginap|bermalam|tidur|sare|saré|turu|"
     r"tilem|mondok|nyipeng) (?:over )?(?:\S+ )?(?:with him|at his (?:place|house|room|flat|tent)|di tempatnya|"
     r"di kamarnya|di rumahnya|di kosnya|bersamanya|dengannya|sama dia|bareng dia|dengan dia|di imahna|di kamarna|"
     r"jeung anjeunna|sareng anjeunna|jeung manehna|ning kamare|ning omahe|neng kamare|neng omahe|ing kamare|"
     r"ing omahe|karo dheweke|di kamare|di omahe)(?!\S)", "her room paid and her nights with him"),
)

MARRIAGE: tuple[tuple[str, str], ...] = (
    (r"(?:me|di)nikahi|menikah (?:dengan|sama|siri)|nikah siri|kawin siri|kawin kontrak|nikah kontrak|"
     r"dikawinkan|dinikahkan|(?:di|meng)awini|diperistri|(?:di)?nikahin|dirabi|ngarabi|ngawin|mau dinikahi|"
     r"married (?:her|a|the)|marry (?:her|a|the)|child marriage|perkawinan anak|pernikahan (?:dini|anak)|"
     # round 19: marriage asked of her (KBBI mengajak, nikah, kawin; Danadibrata ngajak kawin; Baoesastra ngajak,
     # rabi; SMS and Sundanese 'ngajak' are read as 'mengajak'; English plain usage): 'ngajak kawin ka randa',
     # 'ngajak rabi randha', 'asking the widow to marry him', 'proposed marriage to'
     r"(?:mengajak|diajak|ajak|ngajakan|ngajakin) (?:\S+ )?(?:nikah|kawin|rabi|krama|nikah siri|menikah)|"
     r"(?:to|will|would|she'll) marry (?:him|me)|proposed (?:marriage|to (?:her|me|my|a|the))",
     "marriage"),
)

DISTRESS: tuple[tuple[str, str], ...] = (
    # 'assaulted', 'attacked' with no word for what was done: treated as possible abuse when nothing else places it
    (r"(?:was|were|been|got|being) (?:assaulted|attacked)|assaulted (?:her|him|me|them)|(?:di|ter)serang|diterkam",
     "assaulted (what was done not said)"),
    # (round 14: Manado and Ambonese Malay 'manangis', crying, the ma- of me-; Kamus Dialek Melayu Manado)
    # (round 35, B53-02 'relawan kegiatan pemulihan trauma': after the words of recovery or healing, or before
    # 'recovery', 'trauma' names the programme the man works for, not what she shows; KBBI pemulihan, penyembuhan;
    # Danadibrata pulih; Baoesastra pulih; English plain usage)
    (r"(?:me)?nangis|menangis|manangis|ceurik|trauma(?![ -]healing|[ -]center|[ -]centre| counsel\w*| recovery)"
     r"(?<!pemulihan trauma)(?<!penyembuhan trauma)(?<!pamulihan trauma)(?<!pemulihane trauma)|ketakutan|shock|"
     r"syok|berdarah|bleeding|kesakitan|sakit di|pendarahan|"
     r"perdarahan|nyeri|pingsan|histeris|"
     r"terluka|luka|crying|cried|in pain|hurt|ora gelem cerita|tidak mau cerita|diam saja|murung|shaking|"
     r"gemetar|tidak mau bicara|won't talk|refuses to talk|(?:ada )?darah|getih|getihan|looked frightened|"
     r"frightened|went (?:very )?quiet", "distress"),
)

# Words reporters put in quotes when they mean sex: "minta 'jatah'", "harus 'main' dulu", "'melayani' dia".
QUOTED_EUPHEMISMS = frozenset({
    # round 7: 'ngerjain' in quotes, 'to do her over' (KBBI mengerjai; colloquial ngerjain, Salsabila et al. 2018)
    "ngerjain", "ngerjai", "dikerjain", "dikerjai",
    "main", "melayani", "layanan", "servis", "service", "jatah", "bayar", "menemani", "nemenin", "temani", "baik",
    "pacar", "pacarnya", "discuss", "diskusi", "ngobrol", "pijat", "pijit", "urut", "tidur", "istirahat",
    "ketemuan", "mampir", "ngopi", "hiburan", "entertain", "special", "khusus", "favor", "favour", "nice",
    "friendly", "dekat", "akrab", "gituan", "begituan", "anu", "burung", "check", "checkup", "kenalan",
    "ngamar", "jalan-jalan", "dolan", "ngancani", "ngladeni", "ngalayanan", "ngurut", "jalan", "pakai", "dipakai",
    "happy", "senang", "seneng", "puas", "muasin", "nyenengin", "setor", "setoran", "ulin",
    # round 8: English 'serve' in quotes, as 'melayani' is
    "serve", "serving",
    # round 11: the mixed Javanese-Indonesian and Jakarta forms of 'melayani' (Salsabila et al. 2018: ngelayanin)
    "ngelayani", "ngelayanin", "ngeladeni", "ngladosi",
    # round 27: the ngoko "nglayani" in quotes, as "ngladeni" (Baoesastra layan, nglayani)
    "nglayani",
    # a 'friend' or 'companion' in quotes (KBBI teman, kawan, pendamping; Baoesastra kanca, konco, rencang;
    # Danadibrata batur, rerencangan); 'segel' (sealed) in quotes is slang for a virgin
    "teman", "temen", "kawan", "kanca", "konco", "kancane", "rencang", "batur", "babaturan", "rerencangan",
    "friend", "companion", "pendamping", "segel",
    # 'obey' and 'wife' in quotes (KBBI nurut, patuh; Baoesastra manut, bojo, garwa; Danadibrata pamajikan; not
    # English 'wife', quoted in remarks: 'future wife material'), and
    # a 'visit' in quotes
    "nurut", "nurutin", "manut", "patuh", "obey", "bojo", "bojone", "garwa", "pamajikan",
    "visit", "visits", "visiting", "mampir", "dolan",
    # Round 5: to accompany, be used, stay the night, be served, in quotes (KBBI menemani, dipakai, menginap,
    # dilayani; Baoesastra nemeni, ngancani, dipek, nginep; Danadibrata ngaladenan, dipake, mondok)
    "nemeni", "nemenin", "ngancani", "ngancanana", "dipake", "dipek", "menginap", "nginep", "nginap", "mondok",
    "dilayani", "dilayanin", "ngaladenan", "ngaladeni", "diladeni", "ngeladenin",
    # Round 43 (B63-01 ''mau menerima tamu' pada malam hari'): a 'guest' in quotes, the client received (KBBI tamu;
    # Danadibrata semah; Baoesastra dhayoh, krama tamu; English guest)
    "tamu", "semah", "dhayoh", "guest", "guests",
})

# Round 16 (B33-02, B33-12): a quoted word in its plain sense, told by the word right after it inside the same quotes:
# 'main', 'ulin', 'dolan' with what is played ("untuk main HP", "main game": KBBI main 'bermain', Danadibrata ulin,
# Baoesastra dolan) is play; 'khusus', 'special' with what it is reserved for ("ini khusus jemaah": KBBI khusus
# 'hanya untuk') is 'only for'. Alone in its quotes ("harus 'main' dulu", "pelayanan 'khusus'") it keeps its sense.
_PLAYED = frozenset({"hp", "handphone", "ponsel", "hape", "game", "games", "gim", "ml", "ff", "ps", "playstation",
                     "bola", "kartu", "catur", "layangan", "boneka", "gitar", "karambol", "sepeda", "hpna", "hpne",
                     "football", "cards", "ball", "phone"})
QUOTED_PLAIN_BEFORE: dict[str, frozenset[str] | None] = {
    "main": _PLAYED, "maen": _PLAYED, "ulin": _PLAYED, "dolan": _PLAYED,
    "khusus": None, "special": None, "spesial": None,        # None: any word after it
}

# Words that turn a later sexual-act cue into a proposition ("asal mau tidur dengannya"): nothing happened yet.
PROPOSITION_MARKERS = frozenset({
    "mau", "bersedia", "if", "would", "asal", "asalkan", "kalau", "jika", "bila", "apabila", "for", "exchange",
    "tukar", "mengajak", "ajak", "diajak", "minta", "meminta", "asked", "ask", "asking", "invite", "invited",
    # Javanese and Sundanese 'ask' (Baoesastra njaluk, nyuwun; Danadibrata menta, nitah, ngajak)
    "njaluk", "nyuwun", "menta", "nitah", "ngajak", "ngajakin",
    # round 14 (B32-38): 'ingin tidur dengan saya', 'hoyong sare sareng abdi': wanting it said to her is asking
    # (KBBI ingin; informal pengen, pengin; Danadibrata hoyong, hayang; Baoesastra kepingin)
    "ingin", "pengen", "pengin", "pingin", "kepingin", "kepengin", "hoyong", "hayang",
    "ajakan", "offer", "offered", "gelem", "daek", "purun", "want", "wants", "wanted", "menawarkan", "supaya",
    "agar", "untuk", "yen", "upami", "lamun", "nek", "to",
    # 'let us ...' (KBBI ayo, mari; Danadibrata hayu; Baoesastra ayo): an invitation, nothing happened yet
    "ayo", "ayok", "yuk", "yu", "mari", "hayu", "hayuk", "let's", "lets",
})
