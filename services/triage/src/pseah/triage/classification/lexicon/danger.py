"""Signs that the danger is not over: the perpetrator still threatens, comes back or lives close by.

Sources. Indonesian forms follow KBBI (Kamus Besar Bahasa Indonesia, daring); Sundanese forms Danadibrata, Kamus
Basa Sunda (2006); Javanese ngoko and krama forms Poerwadarminta, Baoesastra Djawa (1939); English plain usage.
Words shared with the NusaX-Lexicon (Winata et al. 2023, CC BY-SA 4.0) and the colloquial-Indonesian lexicons
(Salsabila et al. 2018; louisowen6/NLP_bahasa_resources, MIT) are also read through ``sourced.py``. The project
chose which words to list: the danger lists (threats, return, held or locked in, still sharing a tent) follow the
ongoing-danger rule of PRODUCT.md and issue 12's examples; the regional verbs (maehan, mateni, sieun, wedi) are
dictionary forms.
"""

# Round 6 (the misses of batches 17 and 18, as classes): he is still near her, or threatens in the first person.
# Sources: KBBI duduk, nongkrong, jaga, patroli, mondar-mandir, lewat, bacok, gorok, habisi (informal habisin,
# abisin: Salsabila et al. 2018), rebut; Danadibrata diuk, ngadagoan, nungguan, ngider, paehan, bedog, urang 'I',
# maneh 'you'; Baoesastra lungguh, njagong, ngenteni, mubeng, ider, pateni, tak- (the first-person passive: 'tak
# pateni' I will kill), kowe, arit; English plain usage (sits, waits, patrols, lurks). The night, evening or day
# named as a habit ('tiap mlm', 'unggal peuting', 'saben wengi', 'every night') is time.py's habit set.
KEEPS_CLOSE = "he keeps close to her"
CHILDREN_TAKEN = "a threat to take her children"
# Round 17: signs that are a danger beside an assault, a sexual touch or a threat told in the report (urgency.py)
STILL_LIVES_NEAR = "he still lives near her"
DARES_NOT_LEAVE = "she dares not leave her shelter"
UNLOCKABLE = "her door cannot be locked"
# (round 54: he still comes back every day, beside an assault or a sexual touch told, as his living near her)
STILL_COMES_DAILY = "he still comes back every day"
# Round 21: danger told indirectly (urgency.py): not where the report says it stopped or he moved away; the last two
# only beside a sexual cue in the report
SAYS_HE_IS_OUTSIDE = "he tells her he is outside her shelter"
WAITS_BY_HER_BATH = "he waits by the women's bathroom"
SPREADS_HER_PICTURES = "a threat to spread her pictures"
# Round 28: a threat to tell her husband or family everything (blackmail), beside a sexual cue only (urgency.py)
EXPOSES_HER = "a threat to tell her husband or family everything"
# Round 34: he knocks at her door in the middle of the night, beside a sexual cue only (urgency.py)
KNOCKS_AT_NIGHT = "he knocks at her door in the middle of the night"
# (round 39: a demand still pressed, urgency.NEEDS_SEXUAL)
PRESSED = "the price still pressed on her, with a deadline or a summons for tonight"
# Round 42: he comes to her door or tent every night, beside a sexual cue only (urgency.py)
NIGHTLY_AT_HER_DOOR = "he comes to her door or tent every night"
UNLOCKED_TONIGHT = "he tells her not to lock her door tonight"
# Round 47: he knows where she sleeps, told of him, or asks which tent she sleeps in, beside a sexual cue only
# (urgency.py)
KNOWS_HER_BED = "he knows or asks where she sleeps"
_DEAD_OF_NIGHT = (r"(?:after midnight|at midnight|past midnight|in the middle of the night|late at night|tengah malam|"
                  r"larut malam|malam-malam|tengah peuting|peuting-peuting|tengah wengi|tengah dalu|bengi-bengi|"
                  r"wengi-wengi|dini hari)")
# knocking or banging (KBBI ketuk, mengetuk, gedor; Danadibrata ketrok, ngetrokan, gedor; Baoesastra dhodhog,
# ndhodhog, gedor; informal ngetok, Salsabila et al. 2018; English plain usage)
# (not 'bangs', 'ketuk' alone: their first letters are those of 'bangun', 'ketua', so the prefilter would not skip)
_KNOCKS = (r"(?:knocks|knocked|knocking|knock|mengetuk|ngetuk|ngetok|ketok|diketuk|"
           r"ngetrok|ngetrokan|ngetrokkeun|ndodog|ndhodhog|dodog|dhodhog|nggedor|ngagedor|menggedor|gedor)(?:-\w+)?")
_HER_DOOR = r"(?:pintu|door|lawang|panto|tenda|tendha|tent|kamar|room|bilik)\S*"
# (round 50) entering, the English and the lemes and krama verbs (round 42's night visit)
_ENTERS_HER = (r"(?:comes into|came into|coming into|enters|entered|entering|sneaks into|sneaked into|creeps into|"
               r"crept into|gets into|got into|lebet|mlebet)")

# Round 30 (B45-12 'tapi pesannya masih terus datang'): what still comes is his messages, not him (KBBI pesan;
# Danadibrata pesen; Baoesastra pesen; the informal 'chat', 'wa', 'sms'): lookbehinds before 'masih' and 'terus'
# (zero-width, so the prefilter's beginnings are unchanged)
_MESSAGES = ("pesan", "pesannya", "pesane", "pesen", "pesenna", "pesene", "pesenipun", "sms", "smsnya", "chat",
             "chatnya", "chate", "wa", "wanya", "messages", "texts", "telepon", "teleponnya", "telpon", "telponnya")
# (each behind a lookahead of its own first word, so that the lookbehinds are tried only where that word stands)
_NOT_OF_MESSAGES = "(?=masih )" + "".join(f"(?<!{w} )" for w in _MESSAGES)
_NOT_OF_MESSAGES_STILL = "(?=terus )" + "".join(f"(?<!{w} )" for w in _MESSAGES) + "".join(
    f"(?<!{w} masih )" for w in _MESSAGES)
# Round 30 (B50-09 'KK n akte anak2 sy ilang kebawa banjir'): the papers of a child lost, not the child (KBBI akta,
# akte, kelahiran, ijazah, rapor, dokumen; Baoesastra akte; English 'birth certificates', 'papers')
_NOT_HER_PAPERS = ("(?=anak|adik|putri|putra|istri|dia|ia|budak|bocah|kakak|orang|warga|pengungsi|perempuan|gadis|"
                   "cucu|keponakan)" + "".join(f"(?<!{w} )" for w in (
                       "akte", "akta", "kelahiran", "ijazah", "rapor", "raport", "dokumen", "surat", "kartu",
                       "sertifikat", "certificates", "certificate", "papers"))
                   + "(?<!-)")     # nor the second half of 'anak-anakku'
# Near her tent or on her path as a habit, or now: a danger only beside an assault or violence (urgency.py), since a
# guard who guards or a volunteer who sits by the kitchen every night is no threat by himself.
# (round 49: the lemes and krama evening, 'unggal sonten', 'saben sonten'; Danadibrata sonten; Baoesastra sonten)
_HABIT = (r"(?:(?:setiap|tiap|tiap-tiap|saban|unggal|saben|every|each) (?:malam|bengi|peuting|wengi|dalu|night|"
          r"evening|sore|sonten|hari|poe|dina|day|morning|pagi|isuk|enjing)|nightly|malam-malam|saben-saben)")
_NOW = (r"(?:sekarang|kini|masih|ayeuna|saiki|isih|keneh|tasih|still|now|tadi|tadi isuk|tadi pagi|this morning|"
        # round 8: last night or tonight, said before he waits by her tent (KBBI semalam, malam ini; Baoesastra wingi
        # bengi, mau bengi, mengko bengi; Danadibrata tadi peuting, kamari peuting, engke peuting)
        r"semalam|wingi bengi|mau bengi|mengko bengi|kamari peuting|engke peuting|malam ini|last night|tonight|"
        # (round 20: Sundanese 'tadi peuting', last night, Danadibrata)
        r"tadi peuting)")
# (round 49: the krama 'lenggah', to sit, Baoesastra)
_PRESENCE = (r"(?:duduk|duduk-duduk|nongkrong|jaga|berjaga|menjaga|patroli|berpatroli|lewat|lewat-lewat|"
             r"mondar-mandir|keliling|berkeliling|mubeng|mubeng-mubeng|ider|ngider|ngubeng|diuk|diuk-diuk|nangkring|"
             # (round 51: the Sundanese lemes 'calik', sits, Danadibrata calik)
             r"calik|lungguh|lenggah|njagong|ngadagoan|ngadago|nungguan|nunggu|menunggu|nungguin|ngenteni|ngentosi|ngantosan|"
             r"ngintip|ngintipin|mengintip|ngawasi|mengawasi|ngawaskeun|ngintai|mengintai|berdiri|ngadeg|nangtung|"
             r"sits?|sitting|sat|patrols?|patrolled|patrolling|waits?|waited|waiting|lurks?|lurking|hangs? around|"
             r"hanging around|stands?|standing|watches|watching|stares?|staring|walks? past|circles?|circling)")
_HER_PLACE = (r"(?:tenda|tendha|blok|kamar|bilik|bedeng|barak|bilik|imah|omah|rumah|griya|huntara|kemah|tent|tents|"
              r"block|room|shelter|cubicle|hut|pondok|gubuk|saung)")
_YOU = r"(?:kamu|km|kau|lu|lo|elu|loe|maneh|sia|kowe|koe|awakmu|sampeyan|anjeun|you|situ|keluargamu|anakmu)"
# (round 12: Sundanese kasar 'aing', I, Danadibrata)
_I = r"(?:saya|aku|tak|tidak|dak|ta|urang|aing|gue|gua|kula|abdi|i'll|i will)"
# Round 17: weapons (KBBI golok, parang, pisau, celurit, senjata tajam, sajam; Danadibrata bedog, peso, arit;
# Baoesastra arit, bendho, gaman, lading; English plain usage)
_WEAPON = (r"(?:golok|parang|bedog|pisau|peso|piso|arit|clurit|celurit|bendho|bendo|sabit|senjata|sajam|gaman|lading|"
           r"kapak|knife|knives|machete|gun|pistol|weapon|axe)")
ARMED = "armed by her shelter"
# (round 23) a tool brought for work: 'membawa parang untuk memotong bambu', 'mawa bedog pikeun ngababad'
_FOR_WORK = (r"(?! (?:untuk|buat|bwt|utk|pikeun|keur|kanggo|gawe|to|for) (?:\S+ )?(?:memotong|motong|menebang|nebang|"
             r"membersihkan|bersihin|ngababad|ngored|mbabat|babat|macul|cut|clear|chop|cutting|clearing|chopping|"
             r"kerja|bekerja|work|memperbaiki|benerin|ngalereskeun|ndandani|repair|fix))")
_KILL = (r"(?:bunuh|pateni|paehan|habis|habisi|abis|bacok|gorok|tusuk|bakar|obong|tembak|hajar|gebuk|jotos|antem|"
         r"kepruk|sembelih|beleh|peuncit|bedog|parang|kill|stab|finish)")

# Round 20 (B40-11): the man seen again by her tent, or one matching him (the same jacket, the same man), last night,
# now or again: seen (KBBI lihat, melihat, terlihat, kelihatan, informal liat, Salsabila et al. 2018; Danadibrata
# ningali, katingal, tingal; Baoesastra weruh, ndeleng, katon, krama mirsani, ketingal; English plain usage), near or
# in front of (KBBI dekat, depan; Danadibrata deukeut, payun, hareup; Baoesastra cedhak, ngarep, krama caket), again
# (KBBI lagi; Danadibrata deui; Baoesastra maneh, krama malih). A danger beside an assault or an attempt only
# (KEEPS_CLOSE, urgency.py), as his waiting by her tent is.
_SEEN = (r"(?:lihat|liat|melihat|ngeliat|terlihat|kelihatan|keliatan|nampak|tampak|ningali|ningal|nempo|katingal|"
         r"katingali|katembong|weruh|ndeleng|nyawang|katon|ketok|ketingal|mirsani|saw|seen|see|spotted|noticed)")
_NEAR = (r"(?:dekat|dkt|deket|di dekat|di depan|depan|di sekitar|sekitar|deukeut|payuneun|hareupeun|gigireun|caket|"
         r"cedhak|cedak|ngarep|ngajeng|near|outside|by|beside|in front of|around|behind)")
_AGAIN = r"(?:lagi|lg|deui|maneh|malih|again|the same|yang sama|nu sami|nu sarua|sing padha|sing podo|ingkang sami)"

ONGOING_DANGER: tuple[tuple[str, str], ...] = (
    # Round 54 (B77-24 'Piyambakipun taksih rawuh saben dinten', B77-23 'Unggal enjing anjeunna dongkap deui', after
    # touches told): the man still or again coming every day or morning ('masih datang setiap hari', 'msh dtg tiap
    # hari', 'unggal dinten dongkap deui', 'saben esuk teka maneh', krama 'taksih rawuh saben dinten', 'still comes
    # ... every day') (KBBI masih, datang, setiap hari; Danadibrata keneh, dongkap, deui, unggal, enjing; Baoesastra
    # isih, teka, maneh, saben, esuk, krama taksih, rawuh, malih, enjing, dinten; English plain usage): a danger
    # beside an assault or a sexual touch told only (urgency.NEEDS_ASSAULT), never of herself
    (r"(?<!saya )(?<!aku )(?<!abdi )(?<!kula )(?<!kuring )(?<!i )(?:masih|msh|isih|keneh|tasih|taksih|tetep|tetap|"
     r"still) (?:\S+ )?(?:datang|dateng|dtg|teka|sumping|dongkap|rawuh|comes|coming)(?: (?:deui|maneh|malih|lagi|"
     r"again|back))?(?: [^\s.!?;]+){0,4} (?:setiap|tiap|saban|unggal|saben|every|each) (?:hari|hr|poe|dinten|dina|"
     r"pagi|enjing|esuk|isuk|morning|day)(?!\S)|(?:setiap|tiap|saban|unggal|saben|every|each) (?:hari|hr|poe|dinten|"
     r"dina|pagi|enjing|esuk|isuk|morning|day) (?:dia|ia|anjeunna|manehna|dheweke|deweke|wonge|piyambakipun|he) "
     r"(?:\S+ )?(?:datang|dateng|dtg|teka|sumping|dongkap|rawuh|comes|came) (?:deui|maneh|malih|lagi|again|back)"
     r"(?!\S)", STILL_COMES_DAILY),
    (rf"{_NOW} .... {_SEEN} (?:\S+ ){{0,6}}{_NEAR} (?:\S+ )?{_HER_PLACE}|"
     rf"{_SEEN} (?:\S+ ){{0,2}}{_AGAIN} (?:\S+ ){{0,3}}{_HER_PLACE}|"
     rf"{_PRESENCE} (?:\S+ ){{0,5}}{_HER_PLACE}\S* (?:\S+ )?again", KEEPS_CLOSE),
    (rf"{_HABIT} .... {_PRESENCE}|{_PRESENCE} .... {_HABIT}|"
     rf"{_NOW} .... {_PRESENCE} (?:\S+ ){{0,5}}{_HER_PLACE}", KEEPS_CLOSE),
    # Round 45 (B65-24 '... kemarin terlihat mendatangi tenda korban lagi', five days after the assault): a verb of
    # coming to her shelter and 'again' after it is round 20's man seen again by her tent, a danger beside an assault
    # (KBBI datang, mendatangi, lagi; Danadibrata sumping, nyampeurkeun, deui; Baoesastra teka, marani, maneh, krama
    # rawuh, malih; English plain usage); no comma or sentence break between
    (r"(?:datang|dateng|teka|sumping|dongkap|rawuh|mendatangi|didatangi|nyampeurkeun|nyamperin|nyamperi|marani|came|"
     rf"comes|coming) (?:[^\s,.;!?]+ ){{0,2}}{_HER_PLACE}\S* (?:[^\s,.;!?]+ ){{0,2}}(?:lagi|deui|maneh|malih|again)"
     r"(?!\S)", KEEPS_CLOSE),
    # round 8: waiting by her tent, the night named after it ('menunggu di depan tenda saya tadi malam')
    (rf"{_PRESENCE} (?:\S+ ){{0,5}}{_HER_PLACE}\S* (?:\S+ ){{0,2}}(?:tadi malam|semalam|kemarin malam|wingi bengi|"
     r"mau bengi|tadi peuting|kamari peuting|last night|tonight|every night)", KEEPS_CLOSE),
    # round 8: 'tak gawe uripmu susah', 'hidupmu akan saya bikin susah', 'I'll make your life hell': a threat to
    # silence her is a threat of harm (KBBI hidup, susah, sengsara; Baoesastra urip, gawe, rekasa, sengsara;
    # Danadibrata hirup, jieun, susah, balangsak)
    # (SMS normalisation writes the Javanese first person 'tak' as 'tidak')
    # (no word under four letters first, for the matcher's prefilter: SMS 'gw' is read as 'gue')
    (r"(?:tak|tidak|saya|aku|gue|urang|kula|i'll|i will|will|akan|bakal) (?:\S+ )?(?:gawe|gawekke|bikin|buat|jieun|damel|"
     r"make) (?:\S+ )?(?:uripmu|urip ?mu|hidupmu|hidup ?kamu|hirup ?maneh|hirupna|hirup anjeun|your life) (?:\S+ )?"
     r"(?:susah|sengsara|hancur|rekasa|ajur|balangsak|hell|miserable|difficult|hard)|"
     r"(?:uripmu|hidupmu|hidup kamu|hirup maneh|hirup anjeun) (?:\S+ ){0,3}(?:tak gawe|digawe|saya bikin|dibikin|"
     r"dibuat|dijieun|tak damel) (?:\S+ )?(?:susah|sengsara|hancur|rekasa|ajur|balangsak)", "threats of harm"),
    # 'kamu saya bunuh', 'kowe tak pateni', 'lu gw abisin', 'urang paehan maneh': the threat in his own words
    # (round 8: a comma after the condition, 'yen kowe bengok, tak pateni')
    (rf"{_YOU} (?:\S+ )?(?:, )?{_I} {_KILL}|{_I} (?:\S+ )?{_KILL} {_YOU}", "threats of harm"),
    # Round 12 (B30-19): the threat as a passive with himself as the agent, 'ku aing dipaehan', 'ku urang dipaehan
    # sia' (by me you will be killed; Danadibrata ku, aing, urang, paehan), 'sama gue dibunuh', 'karo aku dipateni'
    # (KBBI oleh, bunuh; informal sama, ama: Salsabila et al. 2018; Baoesastra karo, pateni)
    (r"(?:ku|sama|ama|karo|oleh|kalih|by) (?:aing|urang|gue|gua|aku|saya|kula|abdi|me) (?:\S+ )?(?:dipaehan|"
     r"dipaehankeun|dibunuh|dipateni|diabisin|dihabisi|dibacok|digorok|ditusuk|dipeuncit|dibeleh|dipejahi|killed)",
     "threats of harm"),
    # Round 12: 'you are dead' said to her as the threat, closing its phrase: 'mati kowe', 'mampus kamu', 'modar
    # kowe', 'paeh sia', 'you're dead' (KBBI mati, mampus; Baoesastra mati, modar; Danadibrata paeh; English plain
    # usage); not 'lampu mati', 'hp saya mati', said of things
    (rf"(?:mati|mampus|modar|paeh|koit) {_YOU}(?! [a-z0-9])|(?:you're|you are|you'll be|you will be) (?:so )?dead"
     r"(?! (?:tired|battery|phone))", "threats of harm"),
    # her children taken from her if she speaks (KBBI ambil, rebut; Danadibrata cokot, candak; Baoesastra jupuk)
    (r"(?:anak|anak-anak|budak|barudak|bocah|putra|putri|children|kids|child|son|daughter)\S* (?:\S+ ){0,3}"
     r"(?:akan|bakal|mau|arep|rek|bade|badhe|will|would) (?:\S+ )?(?:diambil|direbut|dibawa|dijupuk|dicokot|dipisah|"
     r"dicandak|dipendhet|taken)|(?:will|would|'ll|akan|bakal|mau|arep|rek|bade|badhe|going to|threaten\w*|"
     r"mengancam|ngancam) (?:\S+ )?(?:to )?(?:take|ambil|ngambil|mengambil|merebut|rebut|njupuk|nyokot|nyandak|"
     r"mendhet) (?:\S+ ){0,2}(?:anak|children|kids|child|budak|barudak|bocah|putra|putri|son|daughter)",
     CHILDREN_TAKEN),
    # round 10 (B25-23): he waits for her and she dares not come out: she is hiding from him now, a danger whatever
    # the place (Baoesastra ngenteni, krama nengga, wani, krama wantun, metu, krama medal; Danadibrata ngantosan,
    # wani, kaluar; KBBI menunggu, berani, keluar; SMS 'brani', 'nungguin': Salsabila et al. 2018; English plain usage)
    (r"(?:nungguan|nunggu|menunggu|nungguin|ngenteni|ngentosi|ngantosan|nengga|ngadagoan|waits?|waiting) "
     r"(?:\S+ ){0,10}(?:ra|ora|gak|ga|nggak|boten|teu|tidak|tak|seng|too|not|dare not|daren't|don't dare) "
     r"(?:\S+ )?(?:wani|wantun|berani|brani|barani|scared|afraid|frightened|dare) (?:to )?(?:metu|medal|kaluar|"
     r"keluar|kaluar|come out|go out|get out|leave)", "the perpetrator is still close"),
    # round 10 (B26-33): he will come with a key tonight, after trying her door (KBBI kunci, cadangan, nanti malam;
    # Baoesastra kunci, serep, mengko bengi; Danadibrata konci, engke peuting; English plain usage)
    (r"(?:tonight|nanti malam|malam ini|mengko bengi|engke peuting|wengi ieu|mangke dalu|dalu mangke) (?:\S+ ){0,6}"
     r"(?:bring|bringing|bawa|bawain|membawa|nggawa|mawa|mbekta|use|pakai) (?:\S+ ){0,2}(?:keys?|kunci|konci)",
     "he will come in tonight with a key"),
    # not the noun: 'diberi kunci dari dalam' (given a lock) is a request, 'dikunci' (locked in) a danger
    (r"(?<!gudang )(?<!bantuan )(?<!pintu )(?<!pintunya )(?<!barang )(?<!logistik )(?<!gerbang )(?<!toilet )"
     r"(?<!mck )(?<!lemari )(?<!lawang )(?<!panto )(?<!bisa )(?<!iso )(?<!isa )(?<!tiasa )(?<!saged )(?<!dapat )"
     # (round 43, B63-34 'pintunya jangan dikunci', B63-27 'ulah dikonci': do not lock it, no one locked in; KBBI
     # jangan; Danadibrata ulah; Baoesastra aja, ojo)
     r"(?<!jangan )(?<!jgn )(?<!ulah )(?<!aja )(?<!ojo )dikunci(?:in|kan)?|kekunci|(?:me)?ngunci(?:in)? (?:\w+ )?"
     r"(?:saya|aku|kami|dia|ia|kula|abdi|her|me|us|them|"
     r"anak\w*|di (?:dalam|kamar|tenda|gudang))|dikurung|disekap|terkunci|digembok|"
     r"(?<!ulah )(?<!jangan )(?<!aja )dikonci|dikerem|dikonciankeun|locked (?:\w+ )?(?:in|up|"
     r"inside)|kept (?:\w+ )?locked|held (?:captive|against (?:her|my|their) will)|won't let (?:me|her) (?:leave|go)|"
     r"(?:can|may) (?:only )?leave only|tidak boleh keluar|(?:dikunci|dikonci|digembok) (?:dari|ti|saka|teko|seko) "
     r"(?:luar|njaba|njobo)|locked from (?:the )?outside|(?:a |the )?locked room|"
     # papers taken away: a sign of trafficking (KBBI menahan, KTP, paspor)
     r"(?:took|taken|takes|ambil|diambil|ngambil|mengambil|ditahan|menahan|nahan|confiscated|kept|keeps|nyandak|"
     r"dicandak|njupuk|dijupuk) (?:(?!foto|photo|fotokopi|copy|copies|salinan|gambar|pict)\S+ ){0,2}(?:ktp|passports?|paspor|id cards?|identity cards?|identity papers|"
     r"documents|kartu identitas)|tidak dibiarkan keluar|teu meunang kaluar|ora oleh metu",
     "held or locked in"),
    (r"(?:masih|isih|keneh|still) (?:\w+ )?(?:\w+ )?(?:satu|se|sa|siji|sak|hiji|1|sharing (?:a|the)|in the same) ?(?:tenda|tendha|rumah|kamar|"
     r"tent|room|shelter) (?:dengan|sama|bareng|karo|kaliyan|jeung|sareng|with)|(?:takut|sieun|wedi|afraid) "
     r"(?:dia|pelaku|manehna|dheweke|he|he'll) (?:\w+ )?(?:ngulangi|mengulangi|mengulang|ngulang|repeat|do it again)|"
     # (round 11: not 'laki aye lagi kerja di luar kota', her husband working out of town: no work verb between, and
     # 'di luar' is no town, country or island; KBBI luar kota, luar negeri, bekerja; Baoesastra nyambut gawe)
     r"(?:lagi|sedang|masih|keur|nuju|now|right now) (?:(?!kerja|bekerja|gawe|nyambut|damel|digawe|working|works|"
     r"merantau|dinas)\w+ )?(?:gedor|menggedor|gedor-gedor|banging|nungguan|nunggu|menunggu|"
     r"waiting|(?:di luar|diluar)(?! (?:kota|negeri|daerah|pulau|jawa|kampung|desa|provinsi))|outside(?! (?:the )?"
     r"(?:city|town|country|province)))|(?:says?|said) (?:he|they) (?:will|would|'ll) (?:kill|hurt|beat|rape|burn)",
     "the perpetrator is still close"),
    (_NOT_OF_MESSAGES + r"masih .. (?:mengancam|ngancam|meneror|neror|mengintai|berkeliaran|ancaman|ngancem|datang)|"
     r"masih di sekitar",
     "the perpetrator still threatens or is still near"),
    # Round 17: that he still lives near her or with her is a danger beside an assault, a touch or a threat told in
    # the report (urgency.NEEDS_ASSAULT), not by itself ('Orang yang menjual bantuan kami masih tinggal di blok
    # sebelah': a neighbour who sold aid)
    (r"masih .. tinggal (?:serumah|satu tenda|setenda|di dekat|dekat|di sebelah|sebelah|bersama)",
     STILL_LIVES_NEAR),
    (_NOT_OF_MESSAGES_STILL + r"terus (?:mengancam|datang|meneror)|(?:mengancam|ngancam|ngancem|diancam|ancam|threaten\w*) (?:\w+ ){0,6}"
     r"(?:membunuh|bunuh|dibunuh|maehan|dipaehan|mateni|dipateni|ngabunuh|menyakiti|mukul|memukul|neunggeul|ngantem|nyiksa|menyiksa|membakar|"
     # 'to finish off' (KBBI menghabisi; Danadibrata ngahabisan; Baoesastra ngentekake)
     r"menghabisi|habisi|dihabisi|ngahabisan|ngentekake|ngentekke|"
     r"mencelakai|menculik|menyebarkan|menyebar|nyebarkeun|memperkosa|kill|hurt|harm|beat|burn|share|post|rape|"
     # round 9 (B24-12): sextortion, a threat to spread her pictures in every register (KBBI sebar, menyebarkan,
     # mengunggah, informal nyebarin, viralin: Salsabila et al. 2018; Danadibrata nyebarkeun, nyebar; Baoesastra
     # nyebar, krama nyebaraken; English spread, upload, send them to)
     r"sebar|sebarin|nyebarin|nyebari|nyebar|disebar|disebarin|disebari|virali|disebarkan|nyebaraken|nyebarake|nyebarke|unggah|mengunggah|"
     r"upload|ngupload|viralin|memviralkan|spread|publish|send them|"
     # round 8: threatened with rape in krama and lemes (Baoesastra ngrudapeksa; Danadibrata ngagadabah)
     r"ngrudapeksa|ngrudapaksa|merudapaksa|merkosa|ngagadabah|perkosa)|"
     r"ancaman pembunuhan|death threats?", "threats of harm"),
    # Round 48 (B70-29, a foreman who came to her tent after she refused him: 'awas kalau ngadu'): 'beware if' and a
    # verb of reporting or telling within two words ('awas kalau kamu melapor', 'awas mun wani ngadu', 'awas nek
    # wadul', krama 'awas menawi lapor', 'he told me I'd better not report him') is a warning to keep her from reporting, a
    # threat; never 'awas' of a slippery road nor the way to report (KBBI awas, kalau, lapor, mengadu; Danadibrata
    # awas, mun, lamun, ngadu; Baoesastra awas, nek, yen, wadul, krama menawi; English plain usage)
    (r"awas (?:ya |lho |loh |nya |lo )?(?:kalau|kalo|klo|kl|mun|lamun|upami|nek|yen|menawi|manawi) (?:\S+ ){0,2}"
     r"(?:lapor|melapor|ngelapor|ngelaporin|ngadu|mengadu|wadul|ngawadul|ngalaporkeun|bilang|cerita|crita|cerita-cerita|"
     r"nyarios)\S*|(?:you'd|you had|she'd|she had|(?:told|warned) (?:me|her) (?:that )?(?:i'd|i had|she'd|she had)) "
     r"better not (?:report|tell)|(?:don't|do not) you dare (?:report|tell)",
     "threats of harm"),
    # threats in so many words ('memberi saya pelajaran', 'teach you a lesson') and with a weapon
    (r"(?:memberi|kasih|ngasih|dikasih|diberi|ngajar|ngajarin|mere|masihan) (?:\w+ )?pelajaran|"
     r"teach (?:me|her|you|them|us) a lesson|awas (?:kamu|kau|lu|sia|kowe)|tunggu (?:saja |aja )?pembalasan|"
     # 'tonight it is your turn' (KBBI giliran; Danadibrata gilir; Baoesastra gilir)
     r"giliran(?:mu|nya|kamu|sampeyan|anjeun)|(?:it's|it is|now) your turn|your turn (?:is )?next|"
     r"gilir(?:anmu|ane|an anjeun)|"
     r"(?:mengancam|ngancam|ngancem|diancam|threaten\w*) (?:\w+ ){0,3}(?:ku|pake|pakai|dengan|nganggo|with|make|"
     r"kalawan) (?:\w+ )?(?:bedog|golok|parang|pisau|peso|piso|arit|clurit|celurit|senjata|lading|gaman|knife|"
     r"machete|gun|pistol|weapon)", "threats of harm"),
    # Round 9 (B24-11): a weapon in his hands and a threat or a rampage in the same breath, in every language (KBBI
    # membawa, golok, parang, mengamuk; Danadibrata mawa, bedog, ngamuk; Baoesastra nggawa, krama mbekta, arit,
    # bendho, gaman, ngamuk; Ambonese Malay 'ancam'; English plain usage)
    (r"(?:bawa|membawa|mawa|nggawa|ngagawa|mbekta|nyekel|nyepeng|megang|memegang|nyekeul|ngacungkeun|"
     r"mengacungkan|ngacungke|carrying|carries|with|armed with|wielding|waving|holding) (?:a |an |his |the )?(?:\S+ )?"
     r"(?:golok|parang|bedog|pisau|peso|piso|arit|clurit|celurit|bendho|bendo|sabit|senjata|gaman|kapak|linggis|"
     r"knife|machete|gun|pistol|weapon|axe) (?:\S+ ){0,6}(?:ngancam|mengancam|ngancem|ancam|ngamuk|mengamuk|"
     r"ngamuk-ngamuk|ngamuk2|threaten\w*|rampag\w*|attack\w*|nyerang|menyerang)", "threats of harm"),
    # Round 9 (B24-24): he tells her he will wait for her at night, tomorrow night or tonight ('sesuk bengi tak enteni
    # neng kene', 'besok malam saya tunggu', 'I will wait for you tomorrow night'): a summons at night is a danger by
    # itself (Baoesastra enteni, krama entosi; KBBI tunggu; Danadibrata dagoan, antosan)
    (r"(?:nanti malam|malam ini|besok malam|sesuk bengi|mengko bengi|bengi iki|mbenjang dalu|engke peuting|"
     r"isukan peuting|peuting ieu|wengi ieu|tonight|tomorrow night) (?:\S+ ){0,2}(?:tak enteni|takenteni|dienteni|"
     # (SMS normalisation writes the Javanese first person 'tak' as 'tidak')
     r"tidak enteni|tidak entosi|tidak tunggu|"
     r"tak tunggu|saya tunggu|aku tunggu|ditunggu|kutunggu|tak entosi|dientosi|didagoan|ku urang didagoan|"
     r"urang dagoan|diantosan|i'll wait|i will wait|be waiting)|(?:i'll|i will|will) (?:be )?wait\w* for you "
     r"(?:\S+ ){0,3}(?:tonight|tomorrow night)", "he summons her at night"),
    # said he will kill or hurt (KBBI bunuh, aniaya; Danadibrata paehan, siksa; Baoesastra pateni, siksa)
    (r"(?:akan|bakal|mau|arep|rek|bade|badhe|will|would|'ll|going to) (?:\S+ )?(?:membunuh|dibunuh|bunuh|mateni|"
     r"menghabisi|habisi|ngahabisan|ngentekake|"
     # (round 12: krama 'mejahi', 'dipunpejahi', Baoesastra pejah)
     r"dipateni|maehan|dipaehan|nelasan|menyiksa|disiksa|nyiksa|dibacok|digorok|ditusuk|ditembak|dibedog|mejahi|"
     r"dipunpejahi|dipejahi|"
     r"dipeuncit|dibeleh|disembelih|diparang|menyakiti|nyakiti|dianiaya|menganiaya|membakar|"
     r"ngaduruk|ngobong|nyulik|menculik|diculik|kill|hurt|harm|beat|burn|kidnap|take (?:her|my \w+) away)",
     "threats of harm"),
    # still sleeping or living by her (Sundanese, Javanese, English)
    # (round 33, B54-32 'Dia masih tidur di bilik seberang', B54-10 'Tiyange tasih manggen teng tenda sebelah kulo':
    # the Indonesian 'tidur' and the krama 'manggen' as the other verbs, and across from her as much as beside her:
    # KBBI tidur, seberang; Baoesastra manggen (krama of manggon), sabrang; Danadibrata peuntas; English plain usage)
    # (round 54, B77-05 'Tiyang punika taksih manggen ing sandhing tenda kula': the krama 'taksih' beside the
    # colloquial 'tasih', the SMS 'msh', and beside her as 'sandhing', 'jejer', SMS 'sblh', 'dkt'; Baoesastra taksih,
    # sandhing, jejer; SMS shortenings of KBBI masih, sebelah, dekat)
    (r"(?:masih|msh|isih|keneh|tasih|taksih|still) (?:\S+ ){0,2}(?:cicing|sare|saré|turu|tilem|manggon|manggen|"
     r"tinggal|tidur|sleeps?|sleeping|lives?|living|stays?|staying) (?:\S+ ){0,3}(?:sabumi|sarua|sami|padha|bareng|"
     # (round 17: a danger beside an assault, a touch or a threat told, not by itself: STILL_LIVES_NEAR)
     r"sareng|same|next to|beside|near|dekat|dkt|cedhak|caket|deukeut|gigireun|sebelah|sblh|sabeulah|sandhing|"
     r"sandhinge|jejer|jejere|seberang|sabrang|peuntas|across|opposite)", STILL_LIVES_NEAR),
    # Round 47 (B68-05 'saiki dheweke turu nang tenda cedhak tendaku', after he grabbed her breasts): 'now' and a
    # third person before the verb of sleeping or living near her is 'still' (KBBI sekarang, kini, tidur, tinggal,
    # sebelah; Danadibrata ayeuna, sare, cicing, gigireun; Baoesastra saiki, krama sakmenika, samenika, turu, manggon,
    # krama tilem, manggen, sandhing, jejer, cedhak, caket; English plain usage); the subject named, never the
    # reporter ('sekarang saya tidur di tenda dekat posko'), nor 'still' again after it (read above): a danger beside an
    # assault (urgency.NEEDS_ASSAULT)
    (r"(?:sekarang|kini|ayeuna|saiki|sakmenika|samenika|now) (?:\S+ )?(?:dia|ia|beliau|anjeunna|manehna|dheweke|"
     r"deweke|wonge|piyambakipun|panjenenganipun|tiyangipun|pelaku|he) (?!(?:masih|isih|keneh|tasih|still) )"
     r"(?:\S+ )?(?:cicing|sare|saré|turu|tilem|"
     r"manggon|manggen|tinggal|tidur|sleeps?|sleeping|lives?|living|stays?|staying) (?:\S+ ){0,3}(?:next to|beside|"
     r"near|dekat|dkt|cedhak|caket|deukeut|gigireun|sebelah|sabeulah|sandhing|sandhinge|jejer|jejere|seberang|"
     r"sabrang|peuntas|across|opposite)(?!\S)", STILL_LIVES_NEAR),
    # Round 12 (B30-19): still sleeping in 'that' tent, the one named before ('dugi ka ayeuna anjeunna masih sare di
    # tenda eta', 'dia masih tidur di tenda itu', 'isih turu neng tendha kuwi', 'he still sleeps in that tent';
    # Danadibrata eta, Baoesastra kuwi, iku, krama punika, KBBI itu, tersebut): a danger beside an assault told in the
    # report (KEEPS_CLOSE), since the one who sleeps there may be no perpetrator; not said of herself
    (r"(?<!saya )(?<!aku )(?<!abdi )(?<!kula )(?<!kuring )(?<!i )(?:masih|isih|keneh|tasih|still) (?:\S+ ){0,2}"
     r"(?:tidur|cicing|sare|turu|tilem|manggon|tinggal|sleeps?|sleeping|lives?|living|stays?|staying) (?:di|dina|"
     r"ing|ning|neng|nang|in|at) (?:that |the same |this )?(?:\S+ )?(?:tenda|tendha|kamar|tent|room|shelter|bedeng|"
     r"barak|huntara)\S*(?: \S+)? (?:itu|eta|kuwi|iku|punika|menika|tersebut|yang sama|nu sami|sing padha|"
     r"ingkang sami)|(?<!i )still (?:\S+ ){0,2}(?:sleeps?|sleeping|lives?|living|stays?|staying) (?:in|at) (?:that|"
     r"the same) (?:tent|room|shelter|hall)", KEEPS_CLOSE),
    # coming tonight with a weapon (KBBI golok, parang; Danadibrata bedog; Baoesastra arit, gaman)
    (r"(?:akan|bakal|mau|arep|rek|bade|badhe|will|would|'ll|going to) (?:\S+ ){0,1}(?:datang|dateng|teka|sumping|"
     r"dongkap|come|ke|ka|menyang) (?:\S+ ){0,5}(?:membawa|bawa|mawa|nggawa|ngagaleuh|with|carrying|mbekta) (?:a |an |his )?"
     r"(?:golok|parang|bedog|pisau|peso|piso|arit|clurit|celurit|senjata|gaman|knife|machete|gun|pistol|weapon)",
     "threats of harm"),
    # 'sesuk bengi aku mbalik': he says he will come back (Baoesastra sesuk, mbalik; Danadibrata isukan, balik;
    # KBBI besok, kembali)
    (r"(?:sesuk|besok|mbenjang|isukan|enjing|tomorrow|nanti|mengko|engke)(?: (?:bengi|malam|wengi|peuting|night|"
     r"dalu))? (?:aku|saya|gue|kula|abdi|urang|i|i'll|he|dia|dheweke) ?(?:will |akan |bakal |arep |rek )?"
     r"(?:mbalik|balik|kembali|datang|teka|dateng|dongkap|mbaleni|come back|be back|return)",
     "the perpetrator is still close"),
    # sleeping in the same tent or room as her (KBBI sama; Danadibrata sarua; Baoesastra padha, sami)
    (r"(?:tidur|tinggal|cicing|sare|turu|tilem|manggon|sleeps?|sleeping|lives?|living|stays?|staying) (?:\S+ )?"
     r"(?:di|ing|ning|neng|dina|di dalam|in|at) (?:the )?(?:tenda|tendha|kamar|tent|room|shelter|bedeng|barak) "
     r"(?:yang |nu |sing |ingkang )?(?:sama|sarua|padha|sami|same)|(?:tidur|sleeps?|sleeping|sare|turu) "
     r"(?:\S+ )?(?:satu|sa|se)(?: |-)?(?:tenda|tent|kamar)", "the perpetrator is still close"),
    # followed everywhere, or feared to come into the tent tonight
    (r"(?:mengikuti|ngikutin|ngikutan|nuturkeun|ngetutake|ngintil|nguntit|menguntit|follows?|followed|following) "
     r"(?:\w+ )?(?:ke ?mana ?pun|ke mana-mana|kemana-mana|kamana wae|ka mana wae|ka mana-mana|menyang ngendi wae|"
     r"nang endi wae|menyang endi-endi|everywhere|wherever)|"
     r"(?:takut|sieun|wedi|afraid|scared) (?:\w+ ){0,2}(?:masuk|mlebu|asup|lebet|come into|enter|get into) "
     r"(?:\w+ ){0,2}(?:tenda|tendha|kamar|rumah|imah|omah|tent|room|shelter)", "stalking or feared intrusion"),
    # a person missing, not a lost thing ('kartu keluarga yang hilang')
    # (round 22, B41-28: nor a block, a name, a list or kits missing, 'maybe our block is missing', nor names gone from
    # the list, 'nama warga blok kami hilang dari daftar', Javanese 'ilang saka daftar'; KBBI hilang, daftar)
    (r"belum pulang|belum kembali|tidak pulang|" + _NOT_HER_PAPERS + r"(?:anak\S*|adik\S*|putri\S*|putra\S*|istri\S*|dia|ia|budak|"
     r"bocah\S*|kakak\S*|orang|warga|pengungsi|perempuan|gadis|cucu\S*|keponakan\S*) (?:\S+ ){0,3}(?:masih )?hilang"
     r"(?! (?:dari|tina|saka|seko|from) (?:\S+ )?(?:daftar|daptar|list|data|pendataan))|"
     r"(?<!block )(?<!blok )(?<!name )(?<!names )(?<!list )(?<!data )(?<!kit )(?<!kits )(?<!box )(?<!boxes )"
     r"(?<!card )(?<!cards )(?<!item )(?<!items )(?<!parcel )(?<!parcels )(?<!package )(?<!packages )(?<!food )"
     r"(?<!rice )(?<!money )(?<!document )(?<!documents )(?<!certificates )(?<!papers )"
     r"(?:is|are|has been|have been|went|gone|still|now) missing|missing (?:child|girl|boy|daughter|son|person|"
     r"woman)|"
     # (round 7: a person, not a thing: 'took his mobile phone, which he still has not returned')
     r"(?<!which )(?<!that )(?:she|he|they|child|girl|boy|daughter|son|wife|sister|mother) (?:still )?(?:has not|"
     r"hasn't|have not|haven't) (?:come back|returned)|dibawa kabur|dibawa pergi", "someone taken or missing"),
    # (round 17: krama 'dalu', night, and the verbs of waiting in every register: Danadibrata ngadagoan; Baoesastra
    # ngenteni, krama ngentosi, nengga; informal nungguin, Salsabila et al. 2018)
    (r"(?:setiap|tiap|saban|unggal|saben|every|each) (?:malam|bengi|peuting|wengi|dalu|night) .. (?:datang|gedor|"
     r"menggedor|masuk|mlebu|ngadagoan|ngentosi|ngenteni|nengga|nungguin|"
     r"berdiri|nongkrong|nunggu|menunggu|nungguan|ngadeg|ngadek|ngantosan|stands?|standing|waits?|waiting|"
     r"asup|ganggu|mengganggu|nyampeurkeun|nyamperin|nyamperi|ngetrok\S*|ngetok\S*|ngetuk\S*|knock\S*|ketok\S*|"
     r"ketuk\S*|"
     r"nggedor\S*|ngagedor\S*)", "he comes back every night"),
    # (round 34, B56-15 'saben bengi dia lewat depan tendaku, ketok2 terpal, manggil2 namaku': the knocking told up
    # to six words after the night, past where he passes (Baoesastra ketok, saben bengi), is his knocking at her door
    # at night, a danger beside a sexual cue and her fear (urgency.py); not the water truck's driver who knocks to
    # hand out water)
    (r"(?:setiap|tiap|saban|unggal|saben|every|each) (?:malam|bengi|peuting|wengi|dalu|night) ... (?:ngetrok\S*|"
     r"ngetok\S*|ngetuk\S*|mengetuk\S*|knock\S*|ketok\S*|ketuk\S*|nggedor\S*|ngagedor\S*|gedor\S*|ndodog\S*)",
     KNOCKS_AT_NIGHT),
    # the night named after what he does: 'nungguan di hareupeun WC unggal peuting' (Danadibrata unggal peuting)
    (r"(?:nungguan|nunggu|menunggu|nungguin|ngantosan|waits?|waiting|berdiri|ngadeg|ngadek|datang|dateng|teka|"
     r"ngadagoan|ngentosi|ngenteni|nengga|"
     r"mlebu|asup|ngetok\S*|gedor\S*|nggedor\S*) (?:\S+ ){0,4}(?:setiap|tiap|saban|unggal|saben|every|each) "
     r"(?:malam|bengi|peuting|wengi|dalu|night)", "he comes back every night"),
    # Round 42 (B63-04 'saben bengi lawangku dithothok', a landlord who asks a night with her for the rent; B63-14
    # 'unggal wengi ngadeukeutan tenda abdi ... Sok ngintip', a man at an older woman's tent): every night he
    # approaches her tent or door ('mendekati', 'ngadeukeutan', 'nyaketan', 'nyedhaki', 'approaches'), or her door is
    # knocked on, the passive ('diketuk', 'diketok', 'diketrok', 'dithothok', 'digedor') (KBBI dekat, mendekati,
    # ketuk, diketuk, gedor; Danadibrata deukeut, ngadeukeutan, caket, nyaketan, ketrok; Baoesastra cedhak, nyedhaki,
    # thothok, dithothok, dhodhog; informal 'diketok', Salsabila et al. 2018; English plain usage): a night visit as
    # a habit, a danger beside a sexual cue in the report (urgency.NEEDS_SEXUAL); alone it may be an officer with
    # blankets or the night watch
    # (round 50, round 49's English gap: 'Every night a neighbour comes into my tent ... and gropes my breasts'; and
    # the krama 'saben dalu ... mlebet tendha kula'): his entering her tent, the English 'comes into', 'enters',
    # 'sneaks into', 'gets into', the lemes and krama 'lebet', 'mlebet' (Baoesastra mlebet; Danadibrata lebet;
    # English plain usage), is the same night visit, beside a sexual cue only
    (r"(?:setiap|tiap|saban|unggal|saben|every|each) (?:malam|bengi|peuting|wengi|dalu|night) ... "
     r"(?:(?:mendekati|ndeketi|nyedhaki|nyeraki|ngadeukeutan|ngadeukeutkeun|nyaketan|approaches|approached|"
     rf"approaching|{_ENTERS_HER}) (?:\S+ )?{_HER_DOOR}|{_HER_DOOR} (?:\S+ ){{0,2}}(?:diketuk|diketok|diketrok|diketrokan|"
     r"dithothok|dithothoki|dithothog|didodog|didhodhog|digedor)(?:-\w+)?(?!\S))|"
     r"(?:mendekati|ndeketi|nyedhaki|nyeraki|ngadeukeutan|ngadeukeutkeun|nyaketan|approaches|approached|"
     rf"approaching|{_ENTERS_HER}) (?:\S+ )?{_HER_DOOR} (?:\S+ ){{0,4}}(?:setiap|tiap|saban|unggal|saben|every|each) "
     r"(?:malam|bengi|peuting|wengi|dalu|night)", NIGHTLY_AT_HER_DOOR),
    # Round 47 (B68-13 'udh 3 malem dia dtg terus ke tenda2 ibu2', then a touch in a neighbour's tent): 'already N
    # nights' (the number read as digits), then within three words his coming ('sudah 3 malam dia datang', 'tos 3
    # peuting anjeunna datang wae', 'wis 3 bengi dheweke teka terus', 'sampun 2 dalu piyambakipun rawuh', 'for 3 nights
    # now he has come') is his visit every night, a danger beside a sexual cue only (KBBI sudah, malam, datang;
    # Danadibrata tos, geus, peuting, datang, sumping; Baoesastra wis, sampun, bengi, dalu, teka, rawuh; English plain
    # usage); never her own nights ('sudah 3 malam saya tidur di ...')
    # (round 52: with the lemes 'atos', 'parantos', already (Danadibrata parantos, atos), here, in round 48's entering
    # below and in round 50's nights counted)
    # (round 54: the word of times between, 'wis kaping telu bengi', krama 'sampun ping tiga dalu'; see COUNTED)
    (r"(?:sudah|udah|wis|uwis|geus|tos|atos|parantos|sampun|for) (?:kaping |ping )?\d+ (?:malam|bengi|peuting|wengi|"
     r"dalu|nights) "
     r"(?:now )?"
     r"(?!(?:saya|aku|abdi|kula|kuring|i|kami|we) )(?:\S+ ){0,2}(?:datang|dateng|teka|sumping|dongkap|rawuh|mampir|"
     r"nyamperin|marani|came|comes|come|coming)(?!\S)", NIGHTLY_AT_HER_DOOR),
    # Round 48 (B70-37, a man unknown entering the women's tents for four nights, then a touch): the same count, then
    # within six words (who he is: 'ada laki-laki tidak dikenal', 'aya lalaki nu teu dipikawanoh', 'ana wong lanang')
    # his entering a tent ('masuk ke tenda', 'asup ka tenda', 'mlebu tenda', krama 'mlebet tendha', 'has come into
    # the tents') is the same visit at night, beside a sexual cue only (KBBI masuk, tenda; Danadibrata asup;
    # Baoesastra mlebu, krama mlebet, lebet; English plain usage); never her own nights
    # (round 54: the word of times between, 'wis kaping telu bengi', krama 'sampun ping tiga dalu'; see COUNTED)
    (r"(?:sudah|udah|wis|uwis|geus|tos|atos|parantos|sampun|for) (?:kaping |ping )?\d+ (?:malam|bengi|peuting|wengi|"
     r"dalu|nights) "
     r"(?:now )?"
     r"(?!(?:saya|aku|abdi|kula|kuring|i|kami|we) )(?:[^\s.!?;]+ ){0,6}(?:masuk|masukin|asup|mlebu|lebet|mlebet|"
     r"memasuki|enters|entered|has entered|comes into|came into|has come into|walks into|walked into|goes into|went "
     r"into)(?: (?:ke|ka|kana|menyang|nyang|nang|neng|dhateng|teng|into))?(?: [^\s.!?;]+){0,2} (?:tenda|tendha|"
     r"tent)\S*", NIGHTLY_AT_HER_DOOR),
    # Round 51 (B73-22 'Since then he came to SV's tent two nights in a row, knocking and calling her name', after
    # he groped her): his coming to her tent or door and the nights counted in a row, either order, up to four words
    # between ('datang ke tenda saya dua malam berturut-turut', 'dtg ke tenda sy 3 mlm berturut2', 'datang ka tenda
    # abdi dua peuting berturut-turut', 'teka neng tendaku rong bengi urut-urutan', krama 'rawuh dhateng tendha kula
    # kalih dalu urut-urutan', 'has come to my tent three nights in a row', 'three nights running he came') is his
    # visit every night, a danger beside a sexual cue only (KBBI berturut-turut, datang; Danadibrata datang, sumping;
    # Baoesastra urut, urut-urutan, teka, krama rawuh; English plain usage); never her own nights ('I slept in the
    # hall three nights in a row') nor 'N nights ago'
    (r"(?:datang|dateng|dtg|teka|sumping|dongkap|rawuh|mampir|nyamperin|nyamperi|marani|came|comes|come|coming|"
     r"returned|returns|went|goes) (?:\S+ ){0,4}" + _HER_DOOR + r" (?:\S+ ){0,3}\d+ (?:consecutive )?(?:malam|malem|mlm|"
     r"peuting|wengi|bengi|dalu|nights)(?: (?:berturut-turut|berturut2|berturut|brturut2|urut-urutan|in a row|running|"
     r"straight)|(?<=consecutive nights))|"
     r"\d+ (?:consecutive nights|(?:malam|malem|mlm|peuting|wengi|bengi|dalu|nights) (?:berturut-turut|berturut2|"
     r"berturut|brturut2|urut-urutan|in a row|running|straight)) (?!(?:saya|aku|abdi|kula|kuring|i|kami|we) )"
     r"(?:\S+ ){0,3}(?:datang|dateng|dtg|teka|sumping|dongkap|rawuh|mampir|nyamperin|nyamperi|marani|came|comes|"
     r"come|coming|returned|returns)(?!\S)", NIGHTLY_AT_HER_DOOR),
    # said of him ('cenah rek datang deui', 'bilang akan mampir lagi'), not of the aid ('beas bade dongkap deui')
    (r"(?:dia|ia|pelaku|anjeunna|manehna|dheweke|piyambakipun|he|they|cenah|jarene|katanya|bilang|said|says|"
     r"ngomong|nyarios|ngancam|mengancam) (?:\S+ ){0,3}(?:rek|bade|arep|akan|mau|bakal|will|would|'ll|is going to) "
     r"(?:\S+ )?(?:datang|dongkap|sumping|teka|balik|"
     r"kembali|mampir|nyampeurkeun|come|return|visit|drop by) (?:deui|lagi|maneh|meneh|malih|again|back)|"
     r"mampir (?:lagi|deui|maneh)|come (?:back|by) again", "he says he will come back"),
    (r"(?:masih|isih|keneh|tasih|still) (?:\S+ ){0,3}(?:persis )?(?:di depan|depan|dekat|di dekat|di sebelah|sebelah|"
     r"di samping|samping|ngarep|cedhak|caket|hareupeun|gigireun|next to|in front of|outside|near) (?:\S+ )?"
     r"(?:tenda|tendha|rumah|kamar|imah|omah|griya|tent|room|shelter)", "the perpetrator is still close"),
    (r"takut (?:dia|pelaku|ia|orang itu|laki-laki itu) (?:akan )?(?:datang|kembali|balik) lagi|"
     r"(?:dia|pelaku|ia|orang itu|laki-laki itu|pria itu) (?:akan |mau |bakal )?(?:datang|kembali|balik) lagi",
     "fear he will come back"),
    (r"(?:setiap|tiap) malam (?:dia )?datang|datang (?:setiap|tiap) malam|(?:setiap|tiap) malam dia datang|"
     r"every night he comes|comes (?:back )?every night|keeps coming (?:back|to)", "he comes back every night"),
    (r"still threaten\w*|threaten(?:ed|s|ing)? to (?:kill|hurt|harm|beat|share|post|rape|come|burn)|"
     r"still (?:lives|living|stays|comes|visits|waits|around|near)|afraid (?:he|they) will come back|"
     r"(?:is|are|am) in danger|still in danger", "the danger is ongoing"),
    (r"dalam bahaya|tidak aman (?:pulang|kembali|tinggal)|(?:sieun|takut) (?:balik|mulih|uih)|"
     r"(?:sieun|takut) .. (?:datang deui|balik deui)|masih ngancam|ngancam bakal|isih ngancam|"
     r"(?:wedi|takut) .. (?:bali|teka) maneh|"
     r"sampai sekarang .. masih|"
     r"hingga kini .. masih|pelaku masih|perpetrator (?:is )?still|tinggal (?:satu|se) (?:tenda|rumah) "
     r"(?:dengan|sama|bareng) (?:pelaku|dia)", "the danger is ongoing"),
    # Round 23 (B43-26 'kalau kau lapor lagi, saya potong lehermu'; B44-34 'he would cut her throat if she spoke to
    # the police'): the throat or neck cut, in the first person or as what he would do (KBBI potong, gorok, sembelih,
    # penggal, leher; Baoesastra gorok, tugel, beleh, gulu; Danadibrata peuncit, teukteuk, beuheung; English plain
    # usage): a threat of death. Only the throat or neck: 'saya potong jatahmu', 'cut her rations' cut aid.
    (r"(?:saya|aku|tak|tidak|gue|gua|urang|aing|kula|abdi|ku|dia|he) (?:\S+ )?(?:potong|gorok|sembelih|penggal|tebas|"
     r"peuncit|teukteuk|tugel|beleh) (?:\S+ )?(?:lehermu|leher ?(?:kamu|kau|lu|lo|mu|anda)|gulumu|gulu ?(?:mu|kowe)|"
     r"beuheungmu|beuheung ?(?:maneh|sia|anjeun))|"
     r"(?:cut|slit|slash) (?:your|her|my|their) (?:throat|neck)", "threats of harm"),
    # Round 17 (B36-24, B35-32): a threat to kill in the clitic first person ('kalau lapor, kubunuh kau': KBBI ku-,
    # the bound form of aku; bunuh, tembak, bacok, tusuk, habisi, hajar) and the Javanese 'tak pateni' said alone
    # ('sing lapor tak pateni'; Baoesastra tak-, pateni; SMS normalisation writes 'tak' as 'tidak')
    (r"ku(?:bunuh|tembak|bacok|tusuk|habisi|habisin|hajar|gorok|bakar|cincang)(?:-\w+)?|(?:tak|tidak) "
     # (round 23: 'tak gorok', 'tak bacok', I will cut your throat, hack you; Baoesastra gorok, bacok)
     r"(?:pateni|patheni|gorok|bacok)", "threats of harm"),
    # Round 24 (B45-06: 'siapa yg berani lapor, saya cari rumahnya, saya habisi', a machete drawn from under his
    # seat): whoever reports named first and the killing in the first person after it ('yang melapor saya bunuh',
    # 'sing wadul tak bacok', 'whoever reports this, I will finish them'; KBBI siapa, lapor, mengadu, habisi, bunuh;
    # Baoesastra sapa, sing, wadul; Danadibrata saha, nu, wadul, ngalaporkeun): a threat of death to stop a report
    (r"(?:siapa|sapa|sopo|saha|sing|nu|yang|yg|whoever|anyone who|anybody who) (?:\S+ ){0,3}(?:lapor|melapor|"
     r"ngelapor|ngelaporin|mengadu|ngadu|wadul|ngalaporkeun|ngawadul|reports?|reported|tells?) .... "
     rf"(?:{_I}|he will|he'll) (?:\S+ )?{_KILL}(?!\S)", "threats of harm"),
    # Round 48 (B69-37, a coordinator who slapped her husband and told him he will 'finish' their family if they
    # complain again): 'will' and a verb of finishing off or killing with the family as its object, told of him
    # ('bilang bakal ngabisin kluarga kami', 'nyarios bakal ngabisan kulawarga', 'ngomong bakal ngentekke
    # keluargaku', krama 'badhe nyirnakaken kulawarga', 'he will finish our family'), is the threat of death rounds 17
    # and 24 read in his first person; never goods used up for families (KBBI akan, habisi, informal ngabisin,
    # keluarga; Danadibrata bakal, ngabisan, paehan, kulawarga; Baoesastra bakal, arep, ngentekake, krama badhe,
    # nyirnakake, mejahi, kulawarga; English plain usage)
    (r"(?:akan|bakal|arep|rek|bade|badhe|ajeng) (?:ngabisin|ngabisan|ngabisi|menghabisi|ngentekke|ngentekake|"
     r"nyirnakake|nyirnakaken|mateni|mejahi|maehan|membunuh|bunuh) (?:\S+ )?(?:keluarga|kluarga|kulawarga|"
     r"kaluarga)\S*|(?:will|'ll|would) (?:finish|kill|wipe out|finish off) (?:our|your|their|his|her|my|the whole) "
     r"(?:whole )?famil(?:y|ies)", "threats of harm"),
    # ... the Sundanese passive with its agent after it ('dipaehan ku aing'; Danadibrata paehan, ku, aing) ...
    (r"(?:dipaehan|dipaehankeun|dibunuh|dipateni|dihabisi|diabisin|dibacok|digorok|dipeuncit) (?:ku|sama|ama|karo|"
     r"oleh|by) (?:aing|urang|gue|gua|aku|saya|kula|abdi|me)(?!\S)", "threats of harm"),
    # ... and a weapon drawn while he speaks or threatens ('ngeluarin parang dari jok dan bilang', 'ngetokke arit
    # karo ngomong', 'ngaluarkeun bedog bari nyarios', 'pulled out a machete and said'; KBBI mengeluarkan, informal
    # ngeluarin, mencabut; Baoesastra ngetokake; Danadibrata ngaluarkeun); never a knife taken out to cut vegetables
    (r"(?:mengeluarkan|ngeluarin|ngeluarkan|ngaluarkeun|ngetokke|ngetokake|ngetokne|mencabut|nyabut|pulled out|"
     rf"pulls out|drew|draws|took out|takes out) (?:\S+ )?{_WEAPON}{_FOR_WORK} .... (?:bilang|berkata|ngomong|"
     r"mengancam|ngancam|teriak|berteriak|nyarios|ngagorowok|ngendika|said|says|shouted|threatened|yelled)",
     "threats of harm"),
    # ... and as what will be done to whoever reports: the future passive of a verb of killing, shooting, hacking or
    # stabbing ('siapa pun yang melapor akan ditembak', 'bakal dipaéhan', 'arep dipateni', 'will be shot'; KBBI akan,
    # bakal, dibunuh, ditembak, dibacok, ditusuk, dihabisi, informal didor; Danadibrata bakal, rek, dipaehan;
    # Baoesastra arep, bakal, dipateni, krama badhe dipun pejahi; English plain usage). Not what is said of aid or a
    # list ('akan dicoret', 'will be removed'), nor of livestock ('disembelih', 'slaughtered' are left out).
    # (the verb first and the future word right before it as a lookbehind: 'akan', 'will' are common words, and a
    # pattern beginning with them was the costliest of the round for the matcher)
    (r"(?:(?<=akan )|(?<=bakal )|(?<=bakalan )|(?<=arep )|(?<=rek )|(?<=bade )|(?<=badhe )|(?<=mau )|"
     r"(?<=will )|(?<='ll )|(?<=would )|(?<=gonna )|(?<=going to ))(?:be )?(?:dibunuh|ditembak|dibacok|ditusuk|"
     r"dihabisi|dihabisin|didor|dipaehan|dipaéhan|dipateni|dipejahi|dipun pejahi|shot|killed|stabbed|murdered|"
     # (round 23: the throat cut, said of a person: Danadibrata dipeuncit, KBBI digorok)
     r"dipeuncit|digorok|"
     r"hacked)(?! (?:down )?(?:on|in) (?:the )?(?:news|tv|film|movie))", "threats of harm"),
    # (round 23: 'he would', 'he'd', as told by someone else: 'said he would kill her if she reported')
    (r"(?:i'll|i will|he'll|he will|we'll|he would|he'd|i would|i'd) (?:shoot|kill|stab|murder) (?:you|her|him|them|us|anyone|whoever|"
     r"everyone|anybody)", "threats of harm"),
    # Round 17 (B36-24): a weapon carried by him by her shelter, or by it and a weapon in hand ('mondar-mandir di
    # depan tenda kami sambil bawa parang', 'ngider hareupeun imah bari mawa bedog', 'stands outside my shelter
    # holding a knife'): a danger whatever else he did (KBBI sambil, membawa, menenteng, golok, parang, pisau,
    # celurit, senjata tajam; Danadibrata bari, mawa, nyekel, bedog, peso, arit; Baoesastra karo, sinambi, nggawa,
    # krama mbekta, nyepeng, arit, bendho, gaman; English plain usage)
    # (round 23, B43-26: 'mendatangi tenda saya malam hari membawa parang'; KBBI mendatangi; Danadibrata
    # nyampeurkeun; Baoesastra marani; never a machete brought to cut bamboo or clear the brush: KBBI memotong,
    # menebang, membersihkan; Danadibrata ngababad; Baoesastra mbabat)
    (rf"(?:{_PRESENCE}|datang|dateng|teka|sumping|dongkap|came|comes|mendatangi|didatangi|nyampeurkeun|nyamperin|"
     rf"marani|ngetok\S*|ngetuk\S*|ngetrok\S*|gedor\S*|"
     rf"knock\S*) ... {_HER_PLACE}\S* ... (?:sambil|bari|karo|sinambi|bawa|membawa|mawa|nggawa|mbekta|nyekel|"
     r"nyepeng|nyekeul|megang|memegang|nenteng|menenteng|nyangking|carrying|holding|with|wielding) (?:\S+ )?"
     rf"{_WEAPON}{_FOR_WORK}", ARMED),
    (r"(?:bawa|membawa|mawa|nggawa|mbekta|nyekel|nyepeng|nyekeul|megang|memegang|nenteng|menenteng|nyangking|"
     rf"carrying|holding|wielding) (?:\S+ )?{_WEAPON}\S*{_FOR_WORK} ... (?:{_PRESENCE}|datang|dateng|teka|sumping|dongkap|came|"
     rf"comes|mendatangi|nyampeurkeun|marani) ... {_HER_PLACE}", ARMED),
    # Round 17: she dares not leave her shelter, or fears to (KBBI berani, takut, keluar; Danadibrata wani, barani,
    # sieun, kaluar; Baoesastra wani, krama wantun, wedi, krama ajrih, metu, krama medal; English plain usage): a
    # danger beside an assault, a touch or a threat told (urgency.NEEDS_ASSAULT), not her fear of the rain
    # (no 'ga': two letters give the matcher's prefilter no beginning, and SMS normalisation writes it 'tidak')
    (rf"(?:tidak|tak|gak|nggak|ndak|teu|ora|boten|mboten|not|don't|do not|dare not|daren't) (?:\S+ )?"
     rf"(?:berani|brani|wani|wantun|barani|dare) (?:to )?(?:keluar|kaluar|metu|medal|leave|go out|come out|step out)"
     rf"(?: (?:of|from|dari|ti|saka|saking))?(?: (?:the|my|our))? {_HER_PLACE}|(?:takut|sieun|wedi|ajrih|afraid|"
     rf"scared) (?:to )?(?:keluar|kaluar|metu|medal|leave|go out|come out|step out)(?: (?:of|from|dari|ti|saka|"
     rf"saking))?(?: (?:the|my|our))? {_HER_PLACE}", DARES_NOT_LEAVE),
    # Round 17 (B35-19): her door cannot be locked (KBBI pintu, kunci, dikunci; Danadibrata panto, konci, dikonci;
    # Baoesastra lawang, kunci, krama konci; English plain usage): a danger beside an assault, a touch or a threat
    (r"(?:pintu|lawang|panto|door)\S* (?:\S+ ){0,3}(?:tidak|tak|ga|gak|teu|ora|mboten|boten|cannot|can't|can not|"
     r"won't|doesn't|does not) (?:\S+ )?(?:bisa |tiasa |iso |isa |saged |be )?(?:dikunci|dikonci|locked|lock)",
     UNLOCKABLE),
    # Round 41 (B61-24 'Tenda teu aya koncina', after 'abdi dipaksa'): her tent, room or door has no lock ('teu aya
    # koncina', 'tidak ada kuncinya', 'ora ana kuncine', 'mboten wonten kuncinipun', 'has no lock', 'without a lock'),
    # as round 17's door that cannot be locked, a danger beside an assault, a touch or a threat only (KBBI kunci, ada,
    # gembok; Danadibrata konci, aya, teu aya; Baoesastra kunci, ana, krama wonten, konci; English plain usage)
    (r"(?:tenda|tendha|tent|pintu|lawang|panto|door|bilik|kamar|room)\S* (?:\S+ ){0,3}(?:tidak ada|tdk ada|gak ada|"
     r"gk ada|nggak ada|ngga ada|teu aya|henteu aya|ora ana|ora ono|ora enek|mboten wonten|boten wonten|has no|have no|"
     r"had no|with no|without a|without any|without) (?:\S+ )?(?:kunci|konci|lock|locks|gembok|grendel)|"
     r"(?:without|with no|no) (?:a )?(?:lock|locks|kunci) on (?:the |my |her |our )?(?:door|tent)", UNLOCKABLE),
    # Round 21 (B42-15, B42-17): danger told indirectly. He tells her, in a message at night, that he is outside her
    # tent ('aku di depan tenda kamu', 'abdi di hareupeun tenda anjeun', 'I'm outside your tent': KBBI di depan,
    # tenda; Danadibrata hareupeun; Baoesastra ngarep, cedhak; SMS 'dpn', 'km': Salsabila et al. 2018): a danger now,
    # unless the report says it stopped (urgency.py)
    (r"(?:aku|saya|gue|abdi|urang|kula|i'm|im|i am) (?:lagi |sedang |ada |udah |sudah |wis |nuju |lg |uda )?"
     r"(?:di depan|di dpn|dpn|di luar|di dekat|di dkt|dkt|depan|dekat|deket|diluar|di hareupeun|hareupeun|payuneun|di payuneun|ngarep|"
     r"ing ngarep|nang ngarep|neng ngarep|cedhak|outside|in front of|near) (?:\S+ )?(?:tendamu|kamarmu|omahmu|"
     r"(?:tenda|tendha|kamar|bilik|imah|omah|rumah) (?:kamu|km|kau|lu|lo|maneh|anjeun|sampeyan|kowe|awakmu|"
     r"panjenengan)|(?:your|ur) (?:tent|shelter|room))", SAYS_HE_IS_OUTSIDE),
    # a man who talks sex to her waits by the women's bathroom or latrine (KBBI menunggu, kamar mandi; Danadibrata
    # ngadagoan, jamban, pancuran, awewe; Baoesastra ngenteni, nengga, kolah, pakiwan, wadon; English plain usage):
    # a danger beside a sexual cue in the report and her fear of going out (a guard by the toilets is no threat by
    # himself; B6-16, B15-03, B19-29: loitering by the women's MCK to film, peep or catcall is harassment)
    (r"(?:nunggu|nungguin|menunggu|nungguan|ngenteni|nengga|ngadagoan|ngantosan|waited|waiting|waits|lurking|"
     r"lurks|nongkrong) (?:\S+ ){0,4}(?:kamar mandi|wc|mck|toilet|jamban|kakus|kolah|pakiwan|pancuran|latrine|"
     r"latrines|bathroom|bathrooms|washroom|shower|showers|women's|womens) ?(?:cewek|cewe|wanita|perempuan|wadon|"
     r"awewe|istri|estri|putri|women)?", WAITS_BY_HER_BATH),
    # a threat to send or spread her pictures (KBBI sebar, kirim, foto; Danadibrata nyebarkeun, ngirimkeun, poto;
    # Baoesastra nyebar, ngirim; English plain usage): sextortion, a danger beside a sexual cue in the report
    # (the future word right before the verb as a lookbehind, as for the threats of harm: not what she sent)
    # ('mau' is also 'want', 'to' also 'asked me to send': B40-08's and B2-33's requests, not threats)
    (r"(?:(?<=akan )|(?<=bakal )|(?<=arep )|(?<=rek )|(?<=bade )|(?<=badhe )|(?<=will )|(?<='ll )|"
     r"(?<=would )|(?<=gonna )|(?<=threatened to )|(?<=threatens to )|(?<=ngancam )|(?<=mengancam ))"
     r"(?:send|share|post|spread|show|upload|sebar|nyebar|menyebar|menyebarkan|nyebarin|sebarin|kirim|ngirim|"
     r"mengirim|mengirimkan|kirimin|posting|nyebarkeun|ngirimkeun|nyebarake|nyebarke|ngirimake|ngirimke) "
     r"(?:\S+ ){0,2}(?:pictures?|photos?|pics?|videos?|images?|foto|poto|photo|vidio|video|gambar)\S*",
     SPREADS_HER_PICTURES),
    # Round 24 (B45-04: 'videonya bakal "jalan-jalan" ke grup WA kampung dan ke suami sy'; B45-28: 'nek aku ora
    # gelem nginep ... fotoku disebar nang facebook'): the picture named first as the subject of a passive, after a
    # condition or with a future word (KBBI disebar, dikirim, diunggah, jalan-jalan; Baoesastra disebar, dikirim;
    # Danadibrata disebarkeun, dikirimkeun; English plain usage), and posting the photos 'unless she ...'
    # (the condition a refusal: 'nek aku ora gelem', 'kalau saya tidak mau'; never 'nek lagi mbungkuk', when)
    (r"(?:(?:kalau|kalo|klo|jika|nek|yen|lamun|mun|upami|menawi|if) (?:\S+ ){0,3}(?:tidak|tdk|gak|ga|nggak|enggak|"
     r"ora|ra|teu|henteu|mboten|boten|don't|doesn't|won't|refuses?)|unless) .... "
     r"(?:foto|poto|photo|video|vidio|gambar|rekaman|pictures?|photos?|videos?)\S* (?:\S+ ){0,2}"
     r"(?:(?:bakal|akan|arep|rek|bade|badhe|will|would) (?:be )?)?(?:disebar|disebarin|disebarkan|disebarkeun|"
     r"dikirim|dikirimin|dikirimkeun|dikirimke|diunggah|diupload|diposting|dipasang|tersebar|viral|posted|sent|"
     r"shared|spread)|"
     # (her fear that they will be, no threat: 'worried the videos will be shared', 'wedi nek fotone disebar')
     r"(?<!worried )(?<!worried the )(?<!afraid the )(?<!scared the )(?<!fear the )(?<!takut )(?<!khawatir )"
     r"(?<!wedi )(?<!sieun )(?<!takut kalau )(?<!wedi nek )(?<!sieun lamun )"
     r"(?:foto|poto|photo|video|vidio|gambar|rekaman|pictures?|photos?|videos?)\S* (?:\S+ ){0,2}(?:bakal|akan|arep|"
     r"rek|bade|badhe|will|would|'ll) (?:be )?(?:disebar|disebarin|disebarkan|disebarkeun|dikirim|dikirimin|"
     r"dikirimkeun|dikirimke|diunggah|diupload|diposting|dipasang|jalan-jalan|nyebar|keliling|tersebar|viral|"
     r"posted|sent|shared|spread|go to|go on|goes to|end up)(?!\S)(?! (?:\S+ )?(?:petugas|officer|data))|"
     r"(?:send|post|share|spread|upload|show) (?:\S+ ){0,3}(?:pictures?|photos?|videos?|images?) (?:\S+ ){0,6}"
     r"(?:unless|if she doesn't|if she does not|if she refuses|if i don't|if i do not)", SPREADS_HER_PICTURES),
    # Round 28 (B50-07: 'blg kl sy lapor ke siapa2 videonya dia sebar ke grup wa kampung'): a report or telling
    # anyone as the condition, as much as a refusal ('kalau saya lapor', 'nek aku wadul', 'mun abdi ngalaporkeun',
    # 'if I tell anyone'; KBBI lapor, mengadu, bilang; Baoesastra wadul, lapur; Danadibrata lapor, wadul, bébéja), and
    # the picture as the object before a pronoun agent and a bare verb ('videonya dia sebar', 'fotonya akan ia
    # kirim', 'videomu tak sebar', read as 'tidak' by the SMS rules; KBBI's passive with a pronoun agent) or a
    # passive; never her fear ('takut kalau saya lapor nanti foto saya tersebar': a state, not his act)
    (r"(?<!takut )(?<!khawatir )(?<!wedi )(?<!sieun )(?<!afraid )(?<!worried )"
     r"(?:kalau|kalo|klo|jika|nek|yen|lamun|mun|upami|menawi|if) (?:\S+ ){0,2}(?:lapor|melapor|ngelapor|laporan|"
     # (the Jakarta 'laporin' arrives as 'lapor', text.py)
     r"melaporkan|ngadu|mengadu|wadul|ngawadul|lapur|ngalaporkeun|ngalapor|"
     r"bebeja|bilang|cerita|ngomong|told|tell|tells|report|reports|reported) .... "
     r"(?:foto|poto|photo|video|vidio|gambar|rekaman|pictures?|photos?|videos?)\S* (?:\S+ ){0,2}"
     r"(?:(?:bakal|akan|arep|rek|bade|badhe|will|would) )?"
     r"(?:(?:dia|ia|aku|gue|gua|tidak|tak|ku|dheweke) (?:sebar|sebari|sebarin|sebarkan|sebarke|sebarake|kirim|kirimi|"
     r"kirimin|kirimkan|kirimke|kirimake|upload|unggah|posting|viralin|viralkan|virali)|disebar|disebarin|disebari|"
     r"disebarkan|disebarkeun|dikirim|dikirimin|dikirimi|dikirimkeun|dikirimke|diunggah|diupload|diposting)(?!\S)",
     SPREADS_HER_PICTURES),
    # Round 33 (B54-39: 'skrg dia blg foto2nya mau disebar ke grup WA pengungsi klo sy ngadu'): the picture as the
    # subject of a passive after 'mau' or 'going to', its condition told after it, a report or a refusal ('kalau saya
    # lapor', 'klo sy ngadu', 'kalau saya tidak mau', 'if I report'; KBBI mau, sebar, lapor, mengadu; Baoesastra
    # wadul; Danadibrata lapor; English plain usage): 'mau' alone may be 'want' or a plan for the post's own photos,
    # so only with the condition; never her fear ('takut foto saya mau disebar kalau saya lapor')
    (r"(?<![\w-])(?<!takut )(?<!khawatir )(?<!wedi )(?<!sieun )(?<!afraid )(?<!worried )(?<!afraid the )"
     r"(?<!worried the )"
     r"(?:foto|poto|photo|video|vidio|gambar|rekaman|pictures?|photos?|videos?)\S* (?:\S+ ){0,2}(?:mau|going to) "
     r"(?:be )?(?:disebar|disebarin|disebari|disebarkan|disebarkeun|dikirim|dikirimin|dikirimi|dikirimkeun|diunggah|"
     r"diupload|diposting|dipasang|diviralkan|posted|sent|shared|spread|uploaded) (?:\S+ ){0,6}(?:kalau|kalo|klo|"
     r"jika|nek|yen|lamun|mun|upami|menawi|if) (?:\S+ ){0,2}(?:lapor|melapor|ngelapor|melaporkan|ngadu|mengadu|wadul|"
     r"ngawadul|ngalaporkeun|bilang|cerita|ngomong|tell|report|tidak|tdk|gak|ga|nggak|enggak|ora|teu|henteu|mboten|"
     r"don't|do not|refuse|refuses|menolak|nolak)(?!\S)", SPREADS_HER_PICTURES),
    # Round 34 (B56-22 'fotonya dikirim ke wa sy trs dia bilang mau disebar ke grup wa pengungsian klo sy lapor2'):
    # the picture, or his photographing her, named first in the sentence, then he says that it will be spread or sent
    # if she reports or refuses ('motoin saya ..., lalu dia bilang mau disebar ... kalau saya lapor', 'moto abdi ...,
    # cenah bade disebarkeun ... upami abdi lapor', 'moto aku ..., terus kandha arep disebar ... yen aku wadul',
    # 'photographed me ... and said they are going to be posted ... if I report'; KBBI bilang, sebar, lapor;
    # Danadibrata cenah, nyebarkeun; Baoesastra kandha, wadul; English plain usage): a danger beside a sexual cue in
    # the report (urgency.NEEDS_SEXUAL); never other things he says will be spread ('data penerima'), nor her fear
    # ('saya takut fotonya mau disebar kalau saya lapor': no saying before it)
    (r"(?:foto|poto|photo|video|vidio|gambar|rekaman|pictures?|photos?|videos?|pics?|motoi|motoin|moto|motret|"
     r"memotret|difoto|ngefoto|ngefotoi|ngafoto|photographed|filmed|direkam|ngerekam|ngrekam|ngarekam)\S* "
     r"(?:[^\s.!?;]+ ){0,10}"
     r"(?:bilang|blg|ngomong|omong|kata|katanya|cenah|saurna|nyarios|kandha|ngomong|jare|jarene|ngendika|"
     r"said|says|saying|told me) (?:\S+ ){0,2}(?:mau|going to|bakal|akan|arep|rek|bade|badhe|will|would) (?:be )?"
     r"(?:disebar|disebarin|disebari|disebarkan|disebarkeun|dikirim|dikirimin|dikirimi|dikirimkeun|dikirimke|"
     r"diunggah|diupload|diposting|dipasang|diviralkan|posted|sent|shared|spread|uploaded) (?:\S+ ){0,6}(?:kalau|"
     r"kalo|klo|jika|nek|yen|lamun|mun|upami|menawi|if) (?:\S+ ){0,2}(?:lapor|melapor|ngelapor|melaporkan|ngadu|"
     r"mengadu|wadul|ngawadul|ngalaporkeun|bilang|cerita|ngomong|tell|report|tidak|tdk|gak|ga|nggak|enggak|ora|teu|"
     r"henteu|mboten|don't|do not|refuse|refuses|menolak|nolak)(?:-\w+)?(?!\S)", SPREADS_HER_PICTURES),
    # Round 42 (B64-40 'ada nmr gk dikenal kirim2 foto sy pas lg mandi di bilik pengungsian, katanya mau disebar ke
    # grup WA desa'): her picture, then within its sentence his saying ('katanya', 'bilang', 'cenah', 'jare',
    # 'says'), a word of the future ('mau', 'rek', 'arep', 'bade', 'going to') and a passive of spreading, then where
    # to ('ke grup', 'ka grup', 'neng grup', 'to the group', 'on Facebook'), no condition told: round 34's threat
    # with its place instead of its condition (KBBI katanya, mau, sebar, ke; Danadibrata cenah, rek, disebarkeun, ka;
    # Baoesastra jare, arep, disebar, neng; English plain usage); a danger beside a sexual cue in the report
    # (urgency.NEEDS_SEXUAL), so never the post's own photos sent to the office; never her fear (no saying), nor the
    # pictures deleted (KNOWN_GAPS of test_round42_families: pictures whose sexual content is not read)
    (r"(?:foto|poto|photo|video|vidio|gambar|rekaman|pictures?|photos?|videos?|pics?)\S* (?:[^\s.!?;]+ ){0,10}"
     r"(?:bilang|blg|ngomong|omong|kata|katanya|cenah|saurna|nyarios|kandha|jare|jarene|ngendika|said|says|saying|"
     r"told me) (?:\S+ ){0,2}(?:mau|going to|bakal|akan|arep|rek|bade|badhe|will|would) (?:be )?(?:disebar|"
     r"disebarin|disebari|disebarkan|disebarkeun|dikirim|dikirimin|dikirimi|dikirimkeun|dikirimke|diunggah|diupload|"
     r"diposting|dipasang|diviralkan|posted|sent|shared|spread|uploaded) (?:\S+ )?(?:ke|ka|nang|neng|menyang|"
     r"dhateng|ning|ing|to|on|in|into)(?!\S)"
     # (its condition told after the place is round 34's, read there once)
     r"(?!(?: [^\s.!?;]+){0,6} (?:kalau|kalo|klo|jika|nek|yen|lamun|mun|upami|menawi|if)(?!\S))",
     SPREADS_HER_PICTURES),
    # Round 36 (B58-24 'dia motret sy pas lg nyusuin bayi ... pas sy protes dia malah ngancem 'kalo ribut2 foto yg
    # lain sy sebar ke fb''): the verb of threatening itself, then within its clause her picture and a verb of
    # spreading or sending after it, bare after its agent or passive, whatever the condition ('mengancam kalau
    # ribut-ribut foto yang lain saya sebar', 'ngancam poto-poto abdi nu sanes bade disebarkeun upami abdi ribut',
    # 'threatened that the rest of the photos get posted'; KBBI ancam, sebar; Danadibrata ancam, nyebarkeun;
    # Baoesastra ancam, nyebar; English plain usage): a danger beside a sexual cue in the report
    # (urgency.NEEDS_SEXUAL); never past the end of the sentence ('dia mengancam mau lapor ke ketua rt. foto kegiatan
    # dia kirim ke grup')
    (r"(?:mengancam|ngancam|ngancem|diancam|ancam|threatened|threatens|threatening) (?:[^\s.!?;]+ ){0,6}"
     r"(?:foto|poto|photo|video|vidio|gambar|rekaman|pictures?|photos?|videos?|pics?)\S* (?:[^\s.!?;]+ ){0,4}"
     r"(?:sebar|sebari|sebarin|sebarkan|sebarke|sebarake|sebarkeun|nyebar|nyebarin|nyebarkeun|kirim|kirimin|kirimkan|"
     r"kirimke|upload|unggah|posting|viralin|viralkan|virali|disebar|disebarin|disebari|disebarkan|disebarkeun|"
     r"dikirim|dikirimin|dikirimi|dikirimkeun|dikirimke|diunggah|diupload|diposting|diviralkan|tersebar|posted|sent|"
     r"shared|spread|uploaded|published)(?!\S)", SPREADS_HER_PICTURES),
    # Round 28 (B50-25: 'kl sy gk dtg nama sy dicoret ... n dia blg suami sy bkl tau smua'): a threat, said by him, that
    # her husband, family or everyone will know or be told everything (KBBI suami, keluarga, tahu, semua; Baoesastra
    # bojo, ngerti, weruh, kabeh; Danadibrata salaki, kulawarga, nyaho, terang, sadayana; English plain usage):
    # blackmail, a danger beside a sexual cue (urgency.py); never her own fear of it, never a schedule they will know
    (r"(?:bilang|ngomong|omong|jare|jarene|katanya|cenah|ceuk|ngancam|ngancem|mengancam|ancam|diancam|said|says|"
     r"threatened|threatens|told me) (?:\S+ ){0,6}(?:suami|suamiku|suaminya|keluarga|keluargaku|bojo|bojoku|"
     r"bojomu|salaki|salakina|kulawarga|husband|family|parents|everyone|everybody) (?:\S+ ){0,2}"
     r"(?:(?:akan|bakal|arep|rek|bade|badhe|will|would|'ll|gonna) )?(?:tahu|ngerti|weruh|nyaho|terang|uninga|"
     r"know|(?:dikasih|dikasi|dikandhani|dibejaan|be) (?:tahu|told)|find out|hear about|learn) "
     r"(?:(?:soal|tentang|about|bab|ngeunaan) )?(?:semua|semuanya|smua|smuanya|kabeh|kabeh|sadayana|sagala|sadaya|"
     r"everything|all of it)(?!\S)", EXPOSES_HER),
    # Round 34 (B55-27 'My team leader has been sending me messages late at night asking what I'm wearing ..., and he
    # knocks on my door at the guesthouse after midnight'): he knocks or bangs at her door or tent in the middle of the
    # night, the time told after it or before it ('mengetuk pintu kamar saya tengah malam', 'tengah mlm dia ngetok2
    # pintu kamar sy', 'tengah peuting ngetrokan panto', 'tengah wengi ndodog lawang'; KBBI tengah malam, ketuk;
    # Danadibrata tengah peuting, ngetrokan, panto; Baoesastra tengah wengi, dhodhog, lawang): a night visit, a
    # danger beside a sexual cue in the report (urgency.NEEDS_SEXUAL), as his waiting by her bathroom; alone it may
    # be a warning of a flood or the truck come
    (rf"{_KNOCKS} (?:on |at )?(?:\S+ ){{0,3}}{_HER_DOOR} (?:\S+ ){{0,5}}{_DEAD_OF_NIGHT}|"
     # (the time first only in the words of the archipelago: 'after', 'in the' would make the prefilter never skip it)
     r"(?:tengah malam|larut malam|malam-malam|tengah peuting|peuting-peuting|tengah wengi|tengah dalu|bengi-bengi|"
     rf"wengi-wengi|dini hari) (?:\S+ ){{0,3}}{_KNOCKS} (?:on |at )?(?:\S+ ){{0,3}}{_HER_DOOR}", KNOCKS_AT_NIGHT),
    # Round 43 (B45-07 'bisik "nanti malam pintunya jangan dikunci ya"', after groping her): tonight, her door, then
    # not to be locked ('nanti malam pintunya jangan dikunci', 'engke peuting panto ulah dikonci', 'mengko bengi
    # lawange ojo dikunci', 'don't lock your door tonight'; KBBI jangan, kunci; Danadibrata ulah, konci; Baoesastra
    # ojo, kunci; English plain usage): his coming in tonight, a danger beside a sexual cue in the report
    # (urgency.NEEDS_SEXUAL), as his knocking; alone it may be the store left open for a truck (round 7's 'he says he
    # will come in', his own coming told, needs none: sexual.ENTERS_TONIGHT)
    (r"(?:nanti malam|ntar malam|ntr malam|malam ini|tonight|mengko bengi|bengi iki|engke peuting|peuting ieu|"
     rf"mangke dalu|engke wengi) (?:\S+ ){{0,2}}{_HER_DOOR} (?:\S+ )?(?:jangan|jgn|ulah|ojo|don't|do not) "
     r"(?:dikunci|dikonci|kunci|konci|lock)\S*|(?:don't|do not) lock (?:\S+ )?(?:door|tent|room)\S* (?:\S+ )?tonight",
     UNLOCKED_TONIGHT),
    # Round 34 (B56-19 'Ayeuna upami abdi nolak, anjeunna ngancam bade ngawartosan salaki abdi yen abdi selingkuh'):
    # his threat to tell her husband or family, the verb of telling before them (KBBI mengancam, memberi tahu,
    # bilang ke; Danadibrata ngancam, ngawartosan, ngabejaan; Baoesastra ngancam, ngandhani, krama ngaturi; English
    # plain usage): blackmail, a danger beside a sexual cue (urgency.py), as round 28's threat that they will know
    # everything; only after a word of threatening, never his telling them news
    (r"(?:ngancam|ngancem|mengancam|ancam|diancam|threatened|threatens|threatening) (?:\S+ ){0,2}"
     r"(?:ngawartosan|ngawartoskeun|ngabejaan|ngabéjaan|mbejaan|ngandhani|ngandhakake|ngaturi|ngomongi|bilang|"
     r"ngasih tau|ngasih tahu|kasih tau|kasih tahu|kasi tau|memberi tahu|memberitahu|memberitahukan|lapor ke|"
     r"ngadui|to tell|tell) (?:ke |ka |kepada |dhateng |marang |to )?(?:\S+ )?(?:suami|suamiku|suaminya|keluarga|"
     r"keluargaku|bojo|bojoku|bojone|salaki|salakina|kulawarga|mertua|husband|family|parents|in-laws)\S*",
     EXPOSES_HER),
    # Round 25 (B42-01: 'dia bilang dia tau sy tidur di bilik yg mana'): his saying that he knows where she sleeps, a
    # threat of a night visit (KBBI bilang, tahu, tidur, mana; Baoesastra ngomong, jare, ngerti, turu, endi;
    # Danadibrata nyarios, terang, apal, saré, mana; English plain usage). Only said by him, and with the place asked
    # ('which', 'where'), so the officer who knows her tent from his list is no threat.
    # (round 33, B54-05 'voice notes saying he knows which corner she sleeps in': the English gerund, the Sundanese
    # 'cenah' and the Javanese 'kandha' as the other words of saying; Danadibrata cenah; Baoesastra kandha)
    # (round 47: the krama 'ngendika', 'ngendikan' (said), 'ngertos' (know) and 'tilem' (sleep), Baoesastra
    # ngendika, ngerti, tilem)
    (r"(?:bilang|ngomong|omong|jare|katanya|nyarios|ceuk|cenah|kandha|ngendika|ngendikan|ngancam|mengancam|ancam) "
     r"(?:\S+ ){0,3}(?:tau|tahu|ngerti|ngertos|weruh|apal|terang|uninga) (?:\S+ )?(?:saya|aku|abdi|kula|kuring) "
     r"(?:\S+ )?(?:tidur|turu|sare|saré|kulem|tilem|bobo) (?:\S+ ){1,4}(?:mana|endi|ngendi|pundi|mendi)(?!\S)|"
     r"(?:said|says|saying|told me|told her|texted|wrote|threatened) (?:\S+ ){0,3}(?:knows?) (?:where|which \S+) (?:i|she) "
     r"(?:\S+ )?(?:sleep|sleeps|slept)", "says he knows where she sleeps (a threat of a night visit)"),
    # Round 41 (B61-31 'Bengi iki dheweke ngirim WA 'aku ngerti kowe turu neng pojok, ora usah kunci-kuncinan''): his
    # own words to her, the first person, a verb of knowing, 'you' and a verb of sleeping, then where ('aku tahu kamu
    # tidur di ujung barak', 'abdi terang anjeun saré di juru tenda', 'I know you sleep in the corner'), or 'I know
    # where you sleep': the same threat of a night visit; never when or how she sleeps ('tidur jam sebelas', 'turu ora
    # penak') (KBBI tahu, tidur, di; Danadibrata terang, apal, saré, di, juru; Baoesastra ngerti, weruh, turu, neng,
    # pojok; English plain usage)
    (r"(?:aku|saya|gue|gua|abdi|urang|kula|kuring|i) (?:\S+ )?(?:tahu|tau|ngerti|ngertos|weruh|terang|apal|uninga|"
     r"know) (?:kamu|km|kau|kowe|koe|awakmu|sampeyan|anjeun|maneh|you) (?:biasa |selalu |always |usually )?(?:tidur|"
     r"turu|sare|saré|bobo|kulem|tilem|sleep|sleeps) (?:di|neng|nang|ning|ing|ti|dina|in|at|on|by) (?:the |a )?"
     r"(?!(?:jam|pukul|malam|siang|sore|the afternoon|the day|the morning|night)\b)\S+|"
     r"(?:aku|saya|abdi|kula|i) (?:\S+ )?(?:tahu|tau|ngerti|terang|apal|know) (?:where|di mana|dimana|neng endi|nang "
     r"endi|ning ngendi|dimana) (?:kamu|km|kowe|anjeun|maneh|you) (?:tidur|turu|sare|saré|bobo|sleep)",
     "says he knows where she sleeps (a threat of a night visit)"),
    # Round 47 (B68-21 'skrg dia tau sy tidur di tenda no 7 blok C'; B68-27 'nanya sy tidur di tenda yg mana & sama
    # siapa'; B68-35 'The sender knows I sleep in the women's tent'): told of him by the reporter, a third person
    # ('dia', 'anjeunna', 'dheweke', 'piyambakipun', 'he', 'the sender') and a verb of knowing, then the first person
    # and a verb of sleeping at a place ('dia tahu saya tidur di ...', 'anjeunna terang abdi sare di ...', 'dheweke
    # ngerti aku turu neng ...', 'he knows I sleep in ...'); or his asking where she sleeps ('nanya saya tidur di
    # tenda yang mana', 'naros abdi sare di tenda mana', 'takon aku turu neng endi', krama 'nyuwun pirsa', 'asked which
    # tent I sleep in') (KBBI tahu, tanya, bertanya, tidur, mana; Danadibrata terang, apal, naros, nanya, sare, mana;
    # Baoesastra ngerti, weruh, takon, pitakon, turu, krama tilem, pundi, endi; English plain usage). A danger beside
    # a sexual cue only (urgency.NEEDS_SEXUAL): an officer who knows her tent from his list, or asks it to bring the
    # aid, is none
    (r"(?:dia|ia|beliau|anjeunna|manehna|dheweke|deweke|piyambakipun|panjenenganipun|pelaku|he|they|sender|man) "
     r"(?:\S+ ){0,2}(?:tahu|tau|ngerti|ngertos|weruh|terang|apal|uninga|knows?|knew) (?:\S+ )?(?:saya|aku|abdi|kula|"
     r"kuring|i|she) (?:\S+ )?(?:tidur|turu|sare|saré|kulem|tilem|bobo|sleep|sleeps|slept) (?:di|neng|nang|ning|ing|"
     r"ti|dina|wonten|teng|ten|in|at)(?!\S)|"
     r"(?:nanya|nanyain|nanyakan|menanyakan|tanya|bertanya|naros|nanyakeun|takon|takok|nakoni|pirsa|asked|asks|"
     r"asking) (?:\S+ ){0,2}(?:saya|aku|abdi|kula|kuring|i|she|her) (?:\S+ )?(?:tidur|turu|sare|saré|kulem|tilem|"
     r"bobo|sleep|sleeps|slept) (?:di|neng|nang|ning|ing|ti|dina|wonten|teng|ten|in|at) (?:\S+ ){0,3}(?:mana|endi|"
     r"ngendi|pundi|mendi)(?!\S)|(?:asked|asks|asking) (?:me |her )?(?:which|where) (?:\S+ )?(?:i|she) (?:\S+ )?"
     r"(?:sleep|sleeps|slept)(?!\S)", KNOWS_HER_BED),
)

# Round 39 (B59-20 'yesterday he told her she had 'one more week to think''; B60-16 'dia wa lg nyuruh dtg ntr malem, klo
# gk dtg katanya kamarnya dikasih ke org lain'): the price demanded still pressed on her, the demand pending. Time
# given her to think it over or decide ('one more week to think', 'dikasih waktu seminggu lagi untuk berpikir',
# 'dibere waktu saminggu deui pikeun mikir', 'diwenehi wektu seminggu maneh kanggo mikir'; only after a verb of
# giving, never 'waktu itu saya berpikir'), or told again to come tonight ('lagi nyuruh datang ntr malam', 'deui nitah
# datang engke peuting', 'again telling me to come to his office tonight') (KBBI waktu, pikir, suruh, nanti malam;
# Danadibrata waktu, waktos, mikir, nitah, engké peuting; Baoesastra wektu, mikir, kon, mengko bengi; English plain
# usage): a danger beside a sexual cue in the report (urgency.NEEDS_SEXUAL); a meeting called or a move to be thought
# over is none alone.
_THINK = (r"(?:think|decide|consider|make up (?:my|her) mind|answer|berpikir|mikir|pikir-pikir|mikir-mikir|"
          r"memikirkan|memutuskan|mutusin|menjawab|jawab|mikiran|mikirkeun|ngemutan|mutuskeun|ngemut|mutusake)")
_GIVEN = (r"(?:dikasih|dikasi|diberi|diberikan|dikasih|ngasih|ngasi|kasih|kasi|memberi|memberiku|dibere|dipasihan|"
          r"mere|masihan|diwenehi|diparingi|menehi|maringi|ngekei|dikei)")
_TONIGHT = (r"(?:ntr malam|nanti malam|entar malam|malam ini|ntar malam|engke peuting|wengi ieu|peuting ieu|mengko "
            r"bengi|bengi iki|mangke dalu|dalu menika|tonight|this evening)")
_SUMMONS = (r"(?:nyuruh|menyuruh|suruh|nyuruh-nyuruh|minta|meminta|ngajak|mengajak|nitah|miwarang|ngongkon|kon|"
            r"dikon|ngutus|told me|telling me|tells me|asked me|asking me|asks me|told her|telling her|asked her|"
            r"wants me|wanted me)")
_AGAIN_FIRST = r"(?:lagi|deui|maneh|malih|again)"
PRESSING: tuple[tuple[str, str], ...] = (
    (rf"{_GIVEN} (?:\S+ )?(?:waktu|waktos|wektu|wekdal) (?:\S+ ){{0,3}}(?:untuk |buat |pikeun |keur |kanggo |gawe |"
     rf"nggo )?{_THINK}|"
     rf"(?:one more|another|one|two|three|2|3) (?:more )?(?:weeks?|days?|nights?|"
     rf"months?) to {_THINK}", PRESSED),
    (rf"{_AGAIN_FIRST} (?:\S+ ){{0,2}}{_SUMMONS} (?:\S+ ){{0,2}}(?:datang|dateng|teka|dongkap|sumping|ke|ka|to "
     rf"come|come|to go) (?:\S+ ){{0,4}}{_TONIGHT}", PRESSED),
)

# Habits: with sexual or physical violence, or with intrusions, in the same sentence the danger goes on.
# (round 47: the krama night 'dalu', 'saben dalu', Baoesastra dalu)
RECURRENCE: tuple[tuple[str, str], ...] = (
    (r"(?:setiap|tiap|saban|unggal|saben) (?:malam|hari|pagi|sore|peuting|poe|wengi|bengi|dalu|dina)|"
     r"every (?:night|day|evening)|berkali-kali|repeatedly|terus-menerus|again and again|sering|sok|kerep|often|"
     r"nightly|berulang(?:-ulang)?(?: kali)?|lagi dan lagi", "repeated, as a habit"),
    # Round 51 (B73-15 'sudah tiga malam berturut-turut ia melihat pamannya memukul dan menendang ibunya'): nights or
    # days counted in a row, up to now, are a habit, not events over ('tiga malam berturut-turut', '2 mlm berturut2',
    # 'tilu peuting berturut-turut', 'telung bengi urut-urutan', krama 'tigang dalu urut-urutan', 'three nights in a
    # row', 'three consecutive nights', 'three nights running') (KBBI berturut-turut; Baoesastra urut, urut-urutan;
    # English plain usage): with violence in their sentence the danger goes on; never 'three nights ago'
    (r"\d+ (?:malam|malem|mlm|peuting|wengi|bengi|dalu|hari|poe|dinten|dina|nights|days) (?:berturut-turut|"
     r"berturut-berturut|berturut|brturut-brturut|urut-urutan|in a row|running|straight)(?!\S)|\d+ consecutive "
     r"(?:nights|days)",
     "repeated, as a habit"),
)
# Counted events ('dua kali', 'wis kaping telu') are over: a danger only for intrusions, which will come again.
COUNTED: tuple[tuple[str, str], ...] = (
    (r"kaping \d+|\d+ kali|many times|several times|beberapa kali|udah \d+ kali", "happened several times"),
    # Round 49 (B70-03 'on at least four nights this week'): the nights counted after a preposition of time (KBBI
    # pada, selama; Danadibrata salila; Baoesastra suwene; English on, for, during); never 'three nights ago'
    (r"(?:pada|selama|salila|suwene|on|for|during) (?:at least |sedikitnya |paling sedikit )?\d+ (?:malam|malem|"
     r"peuting|wengi|bengi|dalu|nights)(?! (?:lalu|yang lalu|kapungkur|kepungkur|ago))", "on nights counted"),
    # Round 50 (B71-26 'Sudah empat malam berturut-turut ia membuka tenda perempuan'): the nights counted after a word
    # of 'already', as round 47's 'already N nights' of his coming (KBBI sudah, berturut-turut; Danadibrata geus, tos;
    # Baoesastra wis, krama sampun; English 'for N nights now', 'N nights running'); never 'three nights ago'
    # (round 54, B77-40 'Wis kaping telu bengi ... mlebu tendaku': and the word of times between, 'wis kaping telu
    # bengi', krama 'sampun ping tiga dalu', 'tos kaping tilu peuting'; Baoesastra kaping, ping; Danadibrata kaping)
    (r"(?:sudah|udah|sdh|dah|geus|tos|atos|parantos|wis|wes|uwis|sampun) (?:kaping |ping )?\d+ (?:malam|malem|"
     r"peuting|wengi|bengi|dalu)"
     r"(?! (?:lalu|yang lalu|kapungkur|kepungkur|ago|kaping))|\d+ nights (?:now|running|in a row)",
     "on nights counted"),
)
