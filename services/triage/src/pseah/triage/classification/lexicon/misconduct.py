"""Misconduct that is not sexual (fraud, extortion, discrimination, mistreatment) and signs of plain feedback.

Sources. Indonesian forms follow KBBI (Kamus Besar Bahasa Indonesia, daring); Sundanese forms Danadibrata, Kamus
Basa Sunda (2006); Javanese ngoko and krama forms Poerwadarminta, Baoesastra Djawa (1939); English plain usage.
Words shared with the NusaX-Lexicon (Winata et al. 2023, CC BY-SA 4.0) and the colloquial-Indonesian lexicons
(Salsabila et al. 2018; louisowen6/NLP_bahasa_resources, MIT) are also read through ``sourced.py``. The project
chose which words to list: the misconduct lists follow the IASC categories of the seed (fraud, extortion,
discrimination, mistreatment); NOT_MISCONDUCT lists positive evidence required by issue 12 (thanks, questions,
requests, complaints about aid, praise, denials).

Round 3 word families: named fees demanded for a service (KBBI biaya pendaftaran, uang administrasi, iuran;
English 'registration fee'); eviction (KBBI usir; NusaX-Lexicon jv/su ngusir = mengusir; Danadibrata tundung);
discrimination by religion or ethnicity (KBBI agama, suku, seagama); donated money spent on the holder's own
purchases (KBBI dipakai, membeli; Baoesastra dienggo, tuku, tumbas; Danadibrata dianggo, meuli, ngagaleuh);
formal requests (KBBI permohonan, memohon, permintaan; Danadibrata punten, nyuhunkeun; Baoesastra nyuwun).
"""

_AID_ITEMS = (r"(?:bantuan|terpal|beras|rice|sembako|selimut|blankets?|tenda|tents?|logistik|mi|supplies|aid|relief|"
              r"food|tarpaulins?|bantosan|donasi|donations?|donated \w+|obat|medicines?|kits?|kupon|vouchers?|jatah)")

# Round 38: the aid refused in every register, for the negated verbs of giving (KBBI beras, nasi, selimut; Danadibrata
# beas, sangu, simbut, tuangeun; Baoesastra uwos, sega, kemul; English plain usage)
_AID_GIVEN = (r"(?:bantuan|bantosan|sembako|beras|beas|uwos|nasi|sega|sangu|jatah|logistik|paket|makanan|tuangeun|"
              r"dahareun|panganan|selimut|simbut|kemul|terpal|tenda|susu|obat|aid|food|rations?|parcels?|blankets?|"
              r"rice|supplies|relief|kits?)(?:nya|na|ne|e|ipun)?")

# Round 19 (B37-11: 'Bapak mertua saya difabel (pakai kursi roda) dan tidak pernah didata sama sekali', beside a
# Christian family left off the list, read as no misconduct): a disability or a faith named, and in the same sentence
# the person or family never registered, left off or skipped in the aid (KBBI difabel, disabilitas, lumpuh, kursi
# roda, tunanetra, didata, kebagian, dilewati; Danadibrata cacad, lumpuh, kabagéan; Baoesastra cacat, lumpuh,
# kebagian; English plain usage): discrimination in the aid, which round 7 left to the learned model
# ('aid withheld for a belief or a disability'). Not 'buta ... tidak dapat melihat': only registration, a share or a
# list, never a bare 'get'.
# Round 30 (B50-04 'Mbok-mbok rondho ora oleh jatah', B50-30 'ibu2 yg pake cadar ga dilayanin'): widows (KBBI
# janda; Baoesastra randha, rondho; Danadibrata randa) and a veil of faith (KBBI cadar; niqab, burqa) are who they
# are too; not served ('tidak dilayani', 'not served'; KBBI layan; Baoesastra ladeni) and no share got ('ora oleh
# jatah', 'teu meunang jatah') are left out (the informal negators 'ga', 'gak' are read as 'tidak').
_WHO_THEY_ARE = (r"(?:difabel|disabilitas|penyandang disabilitas|cacat|cacad|lumpuh|kursi roda|tunanetra|tunarungu|"
                 r"tunadaksa|tunawicara|deaf|blind|disabled|disability|wheelchair|kristen|katolik|nasrani|hindu|"
                 r"buddha|budha|konghucu|ahmadiyah|syiah|christian|catholic|non-muslim|"
                 r"janda|rondo|rondho|randha|randa|widows?|cadar|bercadar|niqab|burqa)")
_LEFT_OUT = (r"(?:(?:tidak|ora|teu|henteu|mboten|boten|never|not)(?: pernah| tahu| tau| kantos| acan| been)? "
             r"(?:didata|dimasukkan|dimasukan|dilebokke|dilebokake|dilebetkeun|kebagian|kabagean|kabagian|"
             r"didaftarkan|didaftar|registered|included|listed|dilayani|dilayanan|diladeni|served|"
             r"(?:oleh|entuk|angsal|dapat|dapet|meunang|kebagian) jatah)|dilewati|dilewatin|dilewat|diliwatan|diliwati|"
             r"skipped|left off|passed over)")

_LATER = (r"(?:nanti (?:saja|aja|dulu)|ntar (?:saja|aja)|belakangan(?: saja| aja)?|paling (?:belakang|akhir|"
          r"terakhir)|mengko (?:wae|bae|ae|ndhisik|dhisik)|keri dhewe|keri (?:wae|bae)|mangke kemawon|engke (?:wae|bae|"
          r"heula)|pandeurieun|pandeuri (?:wae|bae)|can wait|(?:go|come|wait) (?:last|at the end|until (?:the end|"
          r"last|later)))(?!\S)")

# Round 30: his own house or his relatives' (KBBI adik, kakak, saudara, mertua; Baoesastra dulur, sedulur, adhi;
# Danadibrata dulur, baraya, mitoha; English plain usage), where aid unloaded there is diverted
_HIS_HOUSE = (r"(?:rumahnya|rumah (?:dia|sendiri|pribadi\S*)|rumah (?:adik|kakak|saudara|keluarga|mertua|ipar)\S*|"
              r"omahe|omah dhewe|omahe (?:dulur|sedulur|adhi|kakang|mbakyu|maratuwa|ipe)\S*|imahna|imah sorangan|"
              r"imah (?:dulur|adi|lanceuk|baraya|mitoha)\S*|griyanipun|his (?:own )?(?:house|home)|his (?:brother|"
              r"sister|relative|cousin|son|daughter|in-laws)\S* (?:house|home)|their (?:own )?(?:houses?|homes?))")

OTHER_MISCONDUCT: tuple[tuple[str, str], ...] = (
    # (the faith or disability first only: the other order began with 'tidak', 'not', words of most reports, and ran
    # on nearly all of them; round 14's note on the prefilter)
    (rf"{_WHO_THEY_ARE}\S* (?:[^\s.!?;]+ ){{0,10}}{_LEFT_OUT}|"
     # Round 44 (B63-09 'petugas ... ngendika 'sing cacat mengko wae, ngrepoti antrian''): who they are, then right
     # after it (one word between at most, no comma) 'later' or 'last': told to come after everyone else (KBBI nanti,
     # belakangan; Baoesastra mengko, keri; Danadibrata engke, pandeuri; English plain usage)
     rf"{_WHO_THEY_ARE}\S* (?:[^\s.!?;,]+ )?{_LATER}", "aid withheld for who they are (faith, disability, widowhood)"),
    # krama arta 'money' (Baoesastra arta, artos)
    # krama 'dipun suwuni arta' (Baoesastra nyuwuni, disuwuni)
    # (round 44, B64-07 'Saben wong dijaluki satus ewu': the applicative forms, asked of each or many, Javanese -i,
    # Sundanese -an, Indonesian informal -in; Baoesastra jaluk, njaluki; Danadibrata menta, mentaan; Salsabila et al.
    # 2018 mintain)
    (r"(?:meminta|minta|memungut|menarik|dipungut|dimintai|dimintain|mintain|menta|dipenta|mentaan|dipentaan|njaluk|"
     r"njaluki|dijaluki|jaluk|dijaluk|nyuwun(?! pirsa| priksa)|"
     r"suwuni|disuwuni|dipunsuwuni|nyuwuni|dipenta|"
     r"menyetor|setor|nyetor|menyetorkan|asked (?:us|me|for)|asking (?:us|me|for)|demanded|charged?|charging|"
     r"(?:asked|asking|asks) (?:\S+ ){1,2}for|"
     r"made (?:us|me|them) pay) ... (?:uang|duit|bayaran|biaya|dhuwit|artos|arta|pungutan|money|payment|fee|bribe|cash|"
     r"rp ?\d[\d.,]*|\d+ ?(?:rb|ribu|ewu))", "asking for money"),
    (r"(?:meminta|minta|menta|njaluk|jaluk) (?:jatah|bagian|potongan|komisi|fee|setoran)|(?:jatah|potongan|bagian|"
     r"komisi) \d+ ?(?:persen|%)", "asking for a cut"),
    (r"(?:uang|bayar|membayar|rp ?\d[\d.,]*|ribu|\d+ ?rb|dhuwit|duit) ... (?:untuk|buat|kanggo|pikeun|to) "
     r"(?:mendapat|mendapatkan|dapat|dapet|bisa dapat|get|receive|oleh|meunang) (?:\w+ )?" + _AID_ITEMS,
     "making people pay for aid"),
    (r"(?:meminta|minta|menyuruh|disuruh) .. (?:membayar|bayar)|harus membayar|disuruh bayar|bayar dulu",
     "asking for payment"),
    # a named fee for a service, with an amount or a demand ('uang kebersihan 50rb', 'a registration fee of ...')
    (r"(?:uang|biaya|iuran|ongkos|tarif|fee|charge|dana|duit|dhuwit|artos|acis) (?:\S+ )?(?:kebersihan|keamanan|"
     r"administrasi|admin|pendaftaran|registrasi|pengurusan|formulir|materai|tanda tangan|registration|"
     # carrying and fuel (KBBI angkut, bensin, transpor; Baoesastra angkut; Danadibrata angkut)
     r"transport|transportasi|transpor|angkut|bensin|operasional|"
     r"administration|processing|security|cleaning|service|pelayanan|jasa|pendataan|verifikasi|tiket|antre\S*)"
     r"(?:\S+ ){0,5}?(?:\d[\d.,]* ?(?:rb|ribu|rupiah|idr|k|ewu|juta|jt)|rp ?\d[\d.,]*|\d+ (?:rb|ribu|ewu|rebu))|"
     r"(?:registration|administration|processing|admin|service|cleaning|security) fees?|"
     # round 9 (B24-32): a transport fee for aid brought by boat (English plain usage)
     r"(?:transport|transportation|fuel|delivery|shipping) fees?|"
     r"(?:minta|meminta|menarik|narik|memungut|mungut|dipungut|nagih|menagih|ditagih|asking|asked|asks|charging|"
     r"charged|demanding|demanded|collecting) (?:\S+ ){0,5}(?:uang|biaya|iuran|fee|fees) (?:\S+ )?(?:kebersihan|"
     r"keamanan|administrasi|admin|pendaftaran|registrasi|pengurusan|registration|processing|security|cleaning|"
     r"transport|transportasi|angkut|bensin|operasional)",
     "a fee demanded"),
    # the amount first: 'Rp 300.000 itu adalah uang administrasi dan transport', '... alesannya buat uang bensin'
    (r"(?:itu|tersebut|iku|kuwi|eta|adalah|merupakan|buat|untuk|kanggo|kangge|pikeun|alasannya|alesannya|katanya) "
     r"(?:adalah |katanya )?(?:uang|biaya|iuran|ongkos|duit|dhuwit|artos) (?:\S+ )?(?:administrasi|admin|transport|"
     r"transportasi|transpor|angkut|bensin|materai|pendaftaran|jasa|operasional|lelah|rokok|pelicin)",
     "a fee demanded"),
    # no receipt given (KBBI kuitansi; 'no receipt')
    (r"(?:tanpa|tidak ada|tak ada|tidak diberi|gak ada|ga ada|nggak ada|teu aya|ora ana|mboten wonten) "
     r"(?:kuitansi|kwitansi|kuitansina|bukti (?:bayar|pembayaran|terima))|no receipts?|without (?:a |any )?receipts?",
     "a fee demanded"),
    # a service that should cost nothing (KBBI gratis, cuma-cuma; Danadibrata haratis; Baoesastra gratis)
    # Round 6: a sum asked ('mnta 20rb/kk kalau mau ambil jatah'; KBBI minta, pungut; Baoesastra njaluk;
    # Danadibrata menta; SMS 'rb' for ribu)
    (r"(?:minta|meminta|mnta|narik|menarik|dimintai|dimintain|mintain|memungut|mungut|dipungut|njaluk|njaluki|dijaluk|"
     r"dijaluki|menta|mentaan|dipenta|dipentaan|"
     r"charged|charges|charging|demanded|demands) (?:\S+ )?(?:rp\.? ?)?\d[\d.,]* ?(?:rb|ribu|rebu|k|ewu|juta|jt|rupiah)"
     r"\S*", "a fee demanded"),
    # Round 49 (B69-30 'collecting Rp 200,000 per family to 'register' for prefab houses'): a sum collected from each
    # family for a place on an aid list ('mengumpulkan Rp 100.000 per KK untuk didaftarkan', 'ngumpulkeun artos ...
    # unggal KK pikeun daptar', 'ngumpulke dhuwit 100 ewu saben KK kanggo daftar', krama 'ngempalaken arta ...',
    # 'collecting Rp 150,000 per household to sign families up') is a fee for aid (KBBI mengumpulkan, memungut, per,
    # daftar; Danadibrata ngumpulkeun, unggal, daptar; Baoesastra ngumpulake, saben, daftar, krama ngempalaken;
    # English plain usage); never money pooled among neighbours for gas, a feast or a funeral
    (r"(?:mengumpulkan|ngumpulin|ngumpuli|ngumpulkeun|ngumpulke|ngumpulake|ngempalaken|ngempalke|menarik|narik|"
     r"memungut|mungut|collecting|collects|collected|collect) (?:\S+ ){0,2}(?:rp\.? ?\d[\d.,]*|\d[\d.,]* ?(?:rb|ribu|"
     r"rebu|ewu|rupiah|juta|jt)|uang|duit|dhuwit|artos|arta|money) (?:\S+ ){0,2}(?:per|tiap|setiap|unggal|saben|each|"
     r"every|a) (?:kk|keluarga|kulawarga|family|families|household|households|kepala keluarga|rumah|imah|omah|griya|"
     r"house|jiwa|orang|person) (?:\S+ )?(?:untuk|buat|bwt|utk|pikeun|keur|kanggo|kangge|to|for) (?:\S+ )?"
     r"(?:didaftarkan|didaftar|daftar|daptar|pendaftaran|didata|pendataan|register|registering|registration|"
     r"sign (?:\S+ )?up)", "a fee demanded"),
    (r"(?:supposed to be|should be|is meant to be|seharusnya|semestinya|mestinya|harusna|kuduna|kudune|sakjane) "
     r"(?:\S+ )?(?:free|gratis|cuma-cuma|haratis|tidak dipungut biaya|tanpa biaya)", "a fee demanded"),
    # the better share for those who bring him something (KBBI sogok, upeti; English 'bring him cigarettes')
    (r"(?:to|for|kepada|ke|ka|marang|untuk|buat) (?:people|those|families|orang\S*|warga|yang|nu|sing|"
     r"ingkang)? ?(?:who|that|yang|yg|nu|sing|ingkang) (?:\S+ )?(?:bring|brings|brought|give|gives|gave|pay|pays|paid|"
     r"bawa|bawain|membawa|membawakan|ngasih|memberi|kasih|mbayar|bayar|mawa|nyandak|ngirim|nggawakke|nggawa) "
     r"(?:him|her|them|dia|dheweke|manehna|anjeunna|nya|beliau)? ?(?:\S+ )?(?:cigarettes|rokok|kopi|coffee|money|"
     r"uang|duit|dhuwit|gifts?|hadiah|oleh-oleh|amplop|envelopes?|bribes?|sogokan|upeti)", "favouritism"),
    (r"pungli|pungutan liar|pungutan|uang lelah|uang rokok|uang pelicin|uang terima kasih|suap|menyuap|disuap|"
     r"sogok|disogok|sogokan|bribes?|bribery|kickbacks?|korupsi|dikorupsi|menggelapkan|digelapkan|penggelapan|"
     r"embezzl\w*|mark ?up|fraud|menipu|penipuan|ditipu|curang|kecurangan|unfair|tidak adil", "fraud or extortion"),
    # Round 40 (B59-05 'The hygiene kit budget has been badly abused by our procurement officer'): money, funds or a
    # budget, then within four words a verb of misuse or diversion, is aid misconduct, never abuse of a person (KBBI
    # salah guna, disalahgunakan, selewengkan, diselewengkan, informal diselewengin, read as diselewengi; Danadibrata
    # diselewengkeun; Baoesastra diselewengke; English plain usage)
    (r"(?:budgets?|funds?|funding|money|donations?|anggaran|dana|uang|duit|dhuwit|artos|arta)(?:nya|na|ne|e)? "
     r"(?:\S+ ){0,4}(?:abused|misused|diverted|siphoned|disalahgunakan|diselewengkan|diselewengi|diselewengkeun|"
     r"diselewengke|diselewengake)", "aid funds misused"),
    (r"dipotong|disunat|disunatin|dipangkas|memotong (?:jatah|bantuan|dana|uang|beras)|potongan (?:bantuan|dana|jatah)|"
     r"(?:bantuan|jatah|dana|uang|beras|sembako|bantosan|rations?|aid) .. (?:dikurangi|cut|reduced|skimmed)",
     "aid cut"),
    # Baoesastra ngedoli, didoli (sell off); formula and nappies are aid items too
    (r"(?:menjual|dijual|jual|mendol|ngedol|didol|didodol|ngajual|dijual deui|ngajual deui|nyade|disade|dipun sade|"
     r"ngedoli|didoli|ngedolke|didolke|sold|selling|sells|resell\w*) ... (?:(?:susu formula|popok|diapers|formula|"
     r"nappies)\S* |)" + _AID_ITEMS + r"|untuk dijual|buat dijual|for sale|"
     r"(?:dijual|dijualbelikan|didol|dijual deui|sold) (?:\w+ )?(?:kepada|ke|ka|marang|to) (?:\w+ )?(?:pengungsi|warga|"
     r"korban|displaced|people|residents)|" + _AID_ITEMS + r" .. (?:dijual|didol|sold|dijual deui)", "selling aid"),
    # round 9 (B23-37): taken, then sold, in North Maluku and Manado Malay ('ambe akang tu karung-karung beras ... kong
    # jual di pasar': kong 'then', Kamus Dialek Melayu Manado, Pusat Bahasa) and in every register ('terus didol',
    # 'then sold them')
    # (no item under four letters first, for the matcher's prefilter: 'supermi' is read after 'beras')
    (r"(?:bantuan|bantosan|terpal|beras|rice|sembako|selimut|blankets?|tenda|tents?|logistik|supplies|relief|food|"
     r"tarpaulins?|donasi|donations?|jatah|karung)\S* (?:\S+ ){0,8}(?:kong|lalu|terus|trus|then|and|"
     # round 14 (B31-04): 'and' in every register ('... karung beras pada malam hari dan menjualnya'; KBBI dan;
     # Baoesastra lan, banjur; Danadibrata jeung, sareng, tuluy)
     r"dan|lan|banjur|jeung|sareng|tuluy) (?:\S+ )?"
     r"(?:jual|bajual|dijual|menjual|didol|ngedol|ngajual|sold|sells?)", "selling aid"),
    # Round 14 (B32-33): the aid vehicle used for private work, the generator's fuel sold (KBBI kendaraan, pribadi,
    # solar, genset; Baoesastra dhewe; Danadibrata sorangan; English plain usage)
    (r"(?:using|uses|used|use|memakai|makai|menggunakan|dipakai|dipake|digunakan|nganggo|dienggo|ngagunakeun) "
     r"(?:the |a )?(?:aid |ngo |project |relief |bantuan |dinas |lembaga |posko |proyek )?(?:trucks?|truk|cars?|"
     r"mobil|vehicles?|kendaraan|ambulance|ambulans|pick ?up|pikap)\S* (?:\S+ ){0,8}(?:for (?:private|personal|his "
     r"own|their own)|(?:urusan |keperluan |kepentingan |proyek )?pribadi|buat sendiri|untuk sendiri|dhewe|sorangan)|"
     # the vehicle first ('mobil posko dipakai buat urusan pribadi', 'truk bantuan dienggo ngangkut wedhi dhewe')
     # (the match ends at the verb: the one who used it, named after it, is no part of the act: L097)
     r"(?:trucks?|truk|mobil|vehicles?|kendaraan|ambulans|pikap)\S* (?:\S+ ){0,2}(?:dipakai|dipake|digunakan|dienggo|"
     r"dianggo|dipakena|used)(?= (?:\S+ ){0,6}(?:for (?:private|personal|his own|their own)|(?:urusan |keperluan "
     r"|kepentingan |proyek )?pribadi|buat sendiri|untuk sendiri|dhewe|sorangan))|"
     r"(?:sells?|selling|sold|menjual|jual|ngedol|didol|ngajual) (?:the |a )?(?:\S+ )?(?:fuel|diesel|petrol|gasoline|"
     r"solar|bensin|bbm|minyak genset)(?: (?:from|of|dari|saka|ti) (?:the |a )?(?:generator|genset|truck|truk))?",
     "aid vehicle or fuel misused"),
    (r"(?:menurunkan|diturunkan|dialihkan|dibelokkan|diverted|diverting|unloaded|unloading|diangkut|mengangkut|"
     r"ngangkut|diangkat|dikirim|dijual|digawa|dibawa|carted|taken|trucked) .. (?:di|ke|ka|at|to|menyang|nang) "
     r"(?:\w+ )?(?:warung|toko|rumah|kios|shop|stall|market|house|pasar|pengepul|omah|imah|bengkel)", "diverting aid"),
    # Round 30 (B50-35 'menurunkan sebagian karung beras dan dus minyak goreng di rumahnya sendiri'): sacks or boxes
    # unloaded at his own house after a longer list of goods (KBBI menurunkan; Baoesastra mudhunake, omahe dhewe;
    # Danadibrata imahna; English plain usage); not where the list meets the post first ('di posko lalu pulang ke
    # rumahnya')
    (r"(?:menurunkan|diturunkan|nurunin|nurunke|diturunke|mudhunake|dimudhunake|ngudhunake|ngudhunke|nurunkeun|"
     r"unloaded|unloading|unloads|dropped off) "
     r"(?:\S+ ){0,3}(?:karung|kardus|dus|sak|sacks?|boxes|bags|" + _AID_ITEMS[3:-1] + r")\S* "
     r"(?:(?!di |ke |ing |at |to |lalu |terus |trus |then |before |sebelum |kemudian |banjur |tuluy )\S+ ){0,6}"
     r"(?:di|ke|ing|ning|nang|neng|dina|at|to|menyang) " + _HIS_HOUSE + "|"
     # (round 30, B47-09 'diudhunke ning omahe dulure': the goods first, then the passive, Baoesastra udhun,
     # diudhunake; Danadibrata turun, diturunkeun)
     # (or a part of them: 'sing separo', 'sebagian', 'sisane', 'half'; KBBI separuh, sebagian; Baoesastra separo)
     # (the sacks and boxes only, not every aid word, which stand in most reports and would run this everywhere)
     r"(?:karung|kardus|dus|sak|sacks?|boxes|separo|sebagian|sisane|sisanya|sesana|half)\S* (?:\S+ ){0,3}"
     r"(?:diudhunke|diudhunake|"
     r"didhunke|diturunkeun|diturunkan|diturunin) (?:\S+ )?(?:di|ke|ing|ning|nang|neng|dina|ka) " + _HIS_HOUSE,
     "diverting aid"),
    # Round 30 (B45-39 'Sisane didol nang pasar'): aid sold at the market in the Javanese and Sundanese passives
    # (Baoesastra dol, didol, sade, krama dipunsade, peken 'market'; Danadibrata ical, diical); only the passive,
    # never her own goods she sells ('aku ngedol sayur nang pasar')
    # (round 38, B58-18 'barang-barang iku didol neng toko kelontong': at a shop, a stall or a kiosk as at the market;
    # KBBI toko, warung, kios; Baoesastra toko; Danadibrata warung)
    (r"(?:didol|didodol|didolke|diical|disade|dipunsade) (?:\S+ ){0,2}(?:di|ke|ka|menyang|nang|neng|ing|wonten|"
     r"dhateng) (?:pasar|peken|toko|warung|kios|pengepul)", "selling aid"),
    # Round 30 (B49-06 'ora menehi jatah marang keluarga sing wingi ora milih dheweke'): those who did not vote for him
    # are the ones left out (Baoesastra milih; Danadibrata milih; KBBI memilih)
    (r"(?:yang|sing|nu|anu|who|ingkang) (?:\S+ )?(?:tidak|ora|teu|henteu|mboten|did not|didn't) (?:milih|memilih|"
     r"nyoblos|mencoblos|ngadukung|mendukung|ndukung|nyengkuyung|vote for|support) (?:dia|dheweke|manehna|him|"
     r"anjeunna|nya|piyambakipun|panjenenganipun)", "favouritism"),
    # round 8: his own relatives put on the list of recipients ('memasukkan nama istri, anak dan mertuanya ke daftar
    # penerima', 'nglebokke jeneng bojone, anak-anake ... neng daftar penerima', 'ngalebetkeun nami pamajikanana ...
    # kana daptar panarima'; KBBI memasukkan, mertua; Baoesastra nglebokake, bojo, maratuwa; Danadibrata ngalebetkeun,
    # pamajikan, mitoha)
    (r"(?:memasukkan|masukin|masukkan|dimasukkan|dimasukin|mendaftarkan|didaftarkan|daftarin|nglebokke|nglebokake|"
     r"nglebokno|dilebokke|ngalebetkeun|ngasupkeun|diasupkeun|dilebetkeun|put|puts|added|adds|listed|registered|"
     r"enrolled) (?:\S+ ){0,3}(?:istri|anak|mertua|keluarga|saudara|kerabat|ipar|bojo|anake|mertuane|maratuwa|"
     r"sedulur|pamajikan|mitoha|dulur|wife|in-laws|relatives|family|brother|sister|cousins?)\S* (?:\S+ ){0,8}"
     r"(?:daftar|daptar|list) (?:of )?(?:penerima|panarima|recipients|beneficiar\S*|bantuan|bantosan|aid|sembako)",
     "aid given to his relatives"),
    # round 8: sacks of aid carried to a vehicle in the small hours ('ngusung karung beras ... menyang pick up ireng jam
    # siji bengi'; Baoesastra ngusung 'carry away', bengi; KBBI mengangkut, tengah malam): loading by night is no
    # distribution
    (r"(?:ngusung|diusung|ngusungi|ngangkut|diangkut|mengangkut|ngangkat|nggawa|digawa|membawa|dibawa|memuat|dimuat|"
     r"ngamot|carried|carrying|loaded|loading|loads) (?:\S+ ){0,3}(?:karung|kardus|dus|sak|sacks?|boxes|" + _AID_ITEMS[3:-1]
     + r") (?:\S+ ){0,6}(?:menyang|ke|ka|to|into|onto|neng|nang|ing) (?:\S+ )?(?:pick ?up|pikap|mobil|truk|truck|car|"
     r"van|motor|colt) (?:\S+ ){0,4}(?:jam \S+ (?:bengi|malam|wengi|peuting|dalu)|tengah (?:malam|wengi|peuting)|"
     r"malam-malam|bengi-bengi|at night|at midnight|in the middle of the night|dini hari|\S+ am)", "diverting aid"),
    (r"(?:menyimpan|nyimpen|nyimpan|disimpan|stored|storing|keeps?|kept|hid|hiding|menyembunyikan|nyumputkeun|"
     r"ndhelikake) (?:\w+ ){0,3}(?:material|bantuan|bantosan|sembako|semen|seng|terpal|beras|selimut|logistik|aid|"
     r"supplies|relief) (?:\w+ ){0,3}(?:di|ing|ning|nang|at|in) (?:\w+ ){0,2}(?:rumah|omah|imah|griya|kamar|house|home)",
     "keeping aid at home"),
    (r"(?:dibawa|digawa|dibeta|dibekta|mbeta|mbekta|dicandak|nyandak|nggawa|ngowo|nggowo|digowo|mbawa|membawa|"
     # (round 46, B65-33 'dibw plg sm 2 org relawan ke rmh msg2': the SMS 'dibw'; the krama passive 'dipunbekta'
     # and the lemes houses 'bumi', 'rorompok' after it, 'ka bumina'; Salsabila et al. 2018 for the dropped vowels;
     # Baoesastra bekta, dipun-; Danadibrata bumi, rorompok)
     r"dibw|dipunbekta|dipunbeta|"
     r"bawa|ngabawa|mawa|dibabawa|took|taken|taking) (?:\w+ ){0,5}"
     r"(?:pulang|mulih|mantuk|wangsul|ka imah|ke rumah\w*|ka bumi\w*|ka rorompok\w*|home)", "taking aid home"),
    # Round 46 (B66-24 'this is a report of theft of aid', B65-33's class): theft named as a noun with the aid after
    # it ('pencurian bantuan', 'penggelapan logistik', Sundanese 'maling bantuan', 'theft of relief supplies'), and
    # the aid named first, then a passive verb of stealing or carrying off ('kemul bantuan ... digondhol relawan',
    # 'beras bantuan dicuri', 'the aid was stolen') (KBBI pencurian, penggelapan, curi, gelap; Danadibrata maling,
    # dipaling; Baoesastra colong, gondhol 'digawa mlayu'; English plain usage)
    (r"(?:pencurian|penggelapan|pengambilan diam-diam|theft|thefts|stealing|embezzlement|pilfering) (?:of )?"
     r"(?:\S+ )?" + _AID_ITEMS + r"|" + _AID_ITEMS + r"\S* (?:\S+ ){0,4}(?:dicuri|dicolong|diembat|dimaling|"
     r"dipaling|dipaok|digondhol|dibawa kabur|dilarikan|digelapkan|was stolen|were stolen|got stolen)(?!\S)",
     "taking aid for themselves"),
    # not the recipient collecting her own aid: 'untuk mengambil bantuan', 'ari nyokot bantuan kudu mawa KK'
    # (round 12, B30-40: nor one who finds it hard to collect, 'susah ambil bantuan', 'hese nyokot', 'angel njupuk';
    # KBBI susah, sulit; Danadibrata hese; Baoesastra angel)
    (r"(?<!untuk )(?<!buat )(?<!ari )(?<!pas )(?<!saat )(?<!waktu )(?<!mau )(?<!rek )(?<!arep )(?<!bade )"
     r"(?<!susah )(?<!sulit )(?<!hese )(?<!angel )(?<!repot )(?<!kesulitan )"
     r"(?<!kanggo )(?<!pikeun )(?<!ketika )(?<!kalau )(?<!to )(?:mengambil|ambil|diambil|nyolong|dicolong|mencuri|dicuri|ngembat|diembat|stole|stolen|steal|stealing|took|"
     # Sundanese and Javanese 'steal' (Danadibrata maling, dipaling; Baoesastra nyolong, maling, dicolong)
     r"maling|malingan|dimaling|dipaling|mipit|maok|dipaok|colong) "
     r".. " + _AID_ITEMS + r"(?! (?:\S+ ){0,4}(?:kudu|harus|kedah|wajib|mesti|must|perlu|need|butuh|syarat|sarat))|"
     r"dipangan dhewe|dientekke dhewe|dipakai sendiri|dipake dhewe|untuk (?:dirinya )?sendiri|"
     r"buat (?:diri )?sendiri|untuk (?:keperluan|kepentingan) pribadi|for (?:himself|themselves|personal use)",
     "taking aid for themselves"),
    (r"(?:hanya|cuma|ngan|ngan ukur|mung|only) ... (?:kerabat\w*|keluarga\w*|kulawarga\w*|baraya\w*|sedulur\w*|"
     # not the reporter's own family ('cm dpt 5kg sekk, kluarga sy 7 org')
     # round 30 (B48-30 'namung maringi ... dhumateng sedherek'): krama 'sedherek', 'sadherek' (Baoesastra sadherek)
     r"dulur\w*|saudara\w*|sedherek\w*|sadherek\w*|relatives|family|friends|teman\w*|kenalan\w*|pendukung\w*|"
     r"konco\w*)"
     r"(?! (?:saya|sy|kami|aku|abdi|kula|kuring|gue))(?<!keluargaku)(?<!keluarga)"
     # (round 14, B31-16: 'ngan sakilo kanggo hiji kulawarga', only a kilo per family, is a ration, not favouritism;
     # Danadibrata hiji, unggal; Baoesastra siji, saben; KBBI satu, tiap: the number words are read as digits)
     r"(?<!1 kulawarga)(?<!1 keluarga)(?<!1 family)(?<!unggal kulawarga)(?<!saben kulawarga)(?<!tiap keluarga)"
     r"(?<!per keluarga)(?<!per family)(?<!each family)", "favouritism"),
    # Round 6: given to his relatives or campaign team, held at an official's house, withheld from those who did
    # not vote for his man (Danadibrata dibikeun, baraya, ditahan, imah, milih; Baoesastra sedulur, milih, oleh;
    # KBBI kerabat, tim sukses, mencoblos)
    (r"(?:dibikeun|dibere|dibagikeun|diwenehke|diwenehake|diparingaken|dikasih|diberikan|dibagikan|given|handed) "
     r"(?:\S+ )?(?:ka|ke|kepada|marang|dhateng|to|for) (?:\S+ )?(?:baraya|sedulur|dulur|kerabat|kroni|relatives|cronies|"
     r"tim sukses)\S*|(?:ditahan|ngendon|disimpen|ditimbun) (?:\S+ )?(?:di|ing|nang|neng|at|in) (?:\S+ )?(?:imah|rumah|"
     r"omah|griya|house)|(?:ora|tidak|teu|henteu|mboten|ga|gak|nggak|did not|didn't|don't) (?:\S+ )?(?:milih|memilih|"
     r"nyoblos|mencoblos|coblos|ngadukung|ndukung|mendukung|vote|support) (?:\S+ ){0,6}(?:ora|tidak|teu|mboten|ga|gak|"
     r"moal|won't|will not|would not) (?:\S+ )?(?:oleh|dapat|dapet|meunang|angsal|entuk|kebagian|get|receive|"
     # round 30 (B39-17 'teu milih manehna teu kabagean'): Sundanese 'kabagean', 'kabagian' (Danadibrata bagi),
     # krama 'nampi' (Baoesastra tampa, nampi)
     r"kabagean|kabagian|nampi)",
     "favouritism"),
    (r"(?:menerima|penerima|yang dapat|yang dapet|kebagian|receiv\w*|recipients|meunang|nampi|nampa)\S* .... "
     r"(?:kerabat|baraya|sedulur|kroni|tim sukses|timses|relatives|cronies)\S*", "favouritism"),
    (r"(?:tidak|belum) (?:dibagikan|dibagi|disalurkan)|ditimbun|menimbun|hoard\w*|not (?:being )?distributed|"
     # aid that never arrived (KBBI sampai, cair; Danadibrata dugi; Baoesastra tekan, dugi)
     r"(?:tidak pernah|tak pernah|belum pernah|never|teu kantos|ora tau|mboten nate) (?:\S+ )?(?:sampai|diterima|"
     r"kami terima|dibagikan|cair|arrived|reached|received|dugi|nepi|tekan|dumugi)", "aid held back"),
    # fraud and forgery (KBBI tipu, penipuan, palsu, memalsukan, mengaku; Danadibrata tipu, ngaku; Baoesastra
    # apus, ngapusi, ngaku)
    (r"penipu|penipuan|ditipu|menipu|nipu|kena tipu|tipu-tipu|ngapusi|diapusi|diakalan|scam|scams|scammed|scammer|"
     r"fraud\w*|swindl\w*|(?:tanda ?tangan|signatures?|paraf)\S* (?:\S+ ){0,3}(?:bukan|dipalsukan|dipalsu|palsu|"
     r"forged|faked|not ours|not mine|sanes|dudu)|(?:memalsukan|dipalsukan|pemalsuan|forged|forging|faked) "
     r"(?:\S+ )?(?:tanda ?tangan|signatures?|data|daftar|list|documents?|dokumen)", "fraud or forgery"),
    (r"(?:minta|meminta|disuruh|suruh|harus|kudu|kedah|asked to|told to|must) (?:\S+ ){0,2}(?:transfer|tf|"
     r"mentransfer|ditransfer|kirim uang|send money|pay first|bayar dulu|bayar heula|mbayar dhisik)",
     "asking for money"),
    # a cut taken from cash aid (KBBI memotong, potongan; Danadibrata motong; Baoesastra motong, nyunat)
    # (round 44, B64-07 'motongi bantuan tunai banjir': cut from each or many, Javanese -i, Sundanese -an, Indonesian
    # informal -in; Baoesastra potong, motongi; Danadibrata potong, motongan)
    (r"(?:memotong|motong|motongi|dipotongi|motongan|dipotongan|dipotong|motongin|dipotongin|nyunat|disunat|dipangkas|"
     r"deducted|deducting|deducts|cut|cuts|took) "
     r"(?:\S+ ){0,3}(?:rp ?\d[\d.,]*|\d+ ?(?:rb|ribu|ewu|juta|jt|k)\b|uang|duit|dhuwit|artos|bantuan|jatah|"
     r"jaminan hidup|jadup|santunan|insentif|honor|upah|bansos|blt|from (?:each|"
     r"every|our))", "asking for a cut"),
    # Round 17 (B36-16): a sum taken from each worker's or family's cash ('takes 25,000 from each person's envelope',
    # 'mengambil Rp10.000 dari masing-masing penerima', 'nyokot 25 rebu tina unggal amplop', 'njupuk 20 ewu saka saben
    # amplop'; KBBI mengambil, masing-masing; Danadibrata nyokot, rebu, unggal; Baoesastra njupuk, ewu, saben): money
    # only, never goods taken from each truck
    # (the lexicons read 'nyokot', 'njupuk' as 'ambil')
    (r"(?:takes?|took|taking|ambil|ngambil|mengambil|diambil|njupuk|dijupuk|nyokot|dicokot|nyandak|dicandak|motong|memotong|"
     r"dipotong|nyunat|disunat) (?:\S+ ){0,2}(?:rp\.? ?\d[\d.,]*|\d{1,3}(?:[.,]\d{3})+|\d+ ?(?:rb|ribu|rebu|ewu|k|"
     r"rupiah)\b)(?: \S+){0,2} (?:from (?:each|every|our|all)|dari (?:setiap|tiap|masing-masing|semua)|tina unggal|"
     r"ti unggal|saka saben|saking saben|per (?:orang|amplop|person|envelope))", "asking for a cut"),
    # favours for his own relatives first (Danadibrata baraya, heula; Baoesastra sedulur, dhisik)
    (r"(?:baraya|kulawarga|keluarga|sedulur|dulur|saudara|kerabat|kenalan|relatives|family|friends)\S* "
     r"(?:\S+ )?(?:wae|hungkul|wungkul|saja|aja|tok|thok|only|first|heula|dhisik|duluan|riyin)", "favouritism"),
    (r"menyerempet|diserempet|menabrak|ditabrak|tabrak lari|hit and run|ran over|crashed into|ngebut|"
     r"reckless(?:ly)? driv\w*", "endangering people on the road"),
    (r"(?:mendahulukan|didahulukan|diutamakan|mengutamakan|diprioritaskan|memprioritaskan|prioriti[sz]ed?|"
     r"favou?red) (?:\w+ ){0,2}(?:keluarga\w*|kerabat\w*|kenalan\w*|teman\w*|saudara\w*|family|friends|relatives)|"
     r"(?:dianggap|dianggep|dipun anggep|dianggo|considered|treated as) (?:\w+ )?(?:bukan|not|non|sanes|dudu) "
     r"(?:warga|penduduk|local|residents?)|bukan (?:warga|penduduk) (?:asli|setempat|sini)|(?:hanya|cuma|only) "
     r"(?:untuk|for) (?:yang|those|people) (?:punya|have|with|memiliki) (?:ktp|kk|id)", "discrimination"),
    # aid refused because of who she is: a wheelchair, a disability, no husband, not from here (KBBI difabel,
    # disabilitas, kepala keluarga)
    (r"(?:tidak (?:mau|boleh|bisa|diberi|dikasih|didata|dapat|dilayani)|ditolak|menolak|refused|denied|not "
     r"(?:given|registered|served)|teu (?:dibere|didata|meunang)|ora (?:diwenehi|didata|oleh)) (?:\S+ ){0,6}(?:karena|"
     r"sebab|because|krn|soalnya|katanya|margi|amarga|mergo) (?:\S+ ){0,3}(?:kursi roda|wheelchair|difabel|"
     r"disabilitas|cacat|buta|tuli|bisu|disabled|disability|blind|deaf|janda|widows?|randa|rondo|tidak ada (?:kepala "
     r"keluarga|suami)|no husband|(?:bukan|not) (?:orang |warga )?(?:asli|local|sini))", "discrimination"),
    (r"pilih kasih|pilih-pilih|nepotisme|dibeda-bedakan|membeda-bedakan|diskriminasi|mendiskriminasi|"
     r"didiskriminasi|discriminat\w*|favou?ritism|hanya (?:untuk|kepada|ke|buat|membagikan|memberikan|memberi|"
     r"dibagikan) .. (?:kerabat|keluarga|saudara|teman|kenalan|pendukung|kelompok|golongan|relatives|friends)|"
     r"only (?:to|for) (?:his|her|their) (?:relatives|friends|family)|because (?:we are|we're|i am|she is|they are) "
     r"\w+|because (?:my|our|his|her) \w+ (?:is|are|was|were) (?:from|not|a|an)|(?:yang|sing|nu|who|ingkang) (?:milih|memilih|"
     # round 30: krama 'ingkang nyengkuyung piyambakipun' (Baoesastra sengkuyung, nyengkuyung 'to back')
     r"mendukung|voted for|supported|ngadukung|nyoblos|nyengkuyung) (?:dia|dheweke|manehna|him|anjeunna|nya|"
     r"piyambakipun|panjenenganipun)|"
     r"karena (?:kami|saya|mereka|dia) (?:bukan|berbeda|beda|orang|pendatang|non|tidak)|sabab (?:kami|abdi) "
     r"(?:lain|sanes)", "discrimination"),
    # Round 46 (B66-27 'keluarga kami ... dilewatin terus ... ini buat warga asli sini, kalian kan pendatang ... kok
    # dibeda2in'): a family passed over each time in the distribution ('dilewati terus', 'melewati keluarga kami',
    # 'ngaliwat kulawarga', 'nglewati kulawargaku', 'nglangkungi kulawarga', 'keeps skipping my family'), told
    # that they are newcomers, said to them in the second person ('kalian kan pendatang', 'aranjeun mah urang luar',
    # 'kowe kan wong teka', 'panjenengan tiyang pendatang', 'said ... we are outsiders'), and the SMS step's
    # 'dibeda-beda' for 'dibeda2in', treated differently, are discrimination in the aid (KBBI lewat, melewati,
    # pendatang, beda; Danadibrata liwat, ngaliwat, urang luar; Baoesastra liwat, nglewati, langkung, nglangkungi,
    # teka; English plain usage); never 'kami pendatang', newcomers asking to register
    # (round 51, B73-19 'the volunteers keep skipping the families from the Ahmadiyya neighbourhood': the SMS
    # 'ngelewatin', read as 'ngelewati', and families or households named in the plural, English plain usage)
    (r"(?:melewati|melewatkan|dilewati|dilewatin|dilewatkan|ngelewatin|ngelewati|nglewati|dilewati|diliwat|diliwatan|"
     r"ngaliwat|ngaliwatan|ngaliwatkeun|dilangkungi|nglangkungi|skipped|skipping|skips|passed over|passes over|"
     r"passing over) (?:\S+ )?(?:keluarga|kulawarga|kluarga|kami|kula|abdi|us|my family|our family|our tent|our "
     r"names?|families|households)\S*|(?:skipped|skipping|skips|passed over|passes over|passing over) (?:the |all the )"
     r"\S+ (?:families|households)(?!\S)|(?:dilewati|dilewatin|diliwat|dilangkungi|skipped) (?:terus|trs|terus-terusan|wae|wae|terus wae|"
     r"again|every time)(?!\S)|"
     r"(?:kalian|kamu|km|kowe|sampeyan|aranjeun|maraneh|maneh|panjenengan|panjenengan sedaya) (?:kan |mah |teh |iku |"
     r"niku |menika |itu |punika )?(?:pendatang|urang luar|wong teka|wong liya|tiyang pendatang|tiyang saking njawi|"
     r"orang luar)(?!\S)|(?:said|says|told us|told me) (?:\S+ ){0,10}(?:we are|we're|you are|you're|they are) "
     r"(?:\S+ )?(?:outsiders|newcomers|not from here)|dibeda-beda(?:in|kan|keun|ke|kke)?|dibenten-benten(?:aken)?|"
     r"dibedakke|dibeda-bedakke", "discrimination"),
    (r"(?:beda|berbeda|lain|different|sanes|benten|bedo|seje|sejen|another) (?:\S+ )?(?:agama|suku|keyakinan|"
     r"kepercayaan|religion|faith|ethnicity|etnis|agamane|agamana)|seagama|sesuku|sakeyakinan|(?:agama|suku|religion|"
     r"faith) (?:yang )?(?:lain|berbeda|beda|sanes|different)|(?:bukan|non|dudu|sanes) (?:muslim|kristen|nasrani|"
     r"islam|katolik|hindu|buddha)|"
     # round 11: of another faith said after the noun, and aid 'only for our faithful' (KBBI beragama, umat; Baoesastra
     # agama, umat; Danadibrata agama, umat)
     r"(?:beragama|agamanya|agamane|agamana|agamine|religion|faith) (?:yang )?(?:lain|berbeda|beda|benten|bedo|sanes|"
     r"seje|sejen|different|another)|(?:hanya|cuma|mung|namung|ngan|only) (?:\S+ )?(?:untuk|buat|kanggo|kangge|"
     r"pikeun|keur|for) (?:umat|jemaat|jamaah|jemaah|kaum|(?:our|their|his) (?:own )?(?:faith|congregation|"
     r"church|mosque|people))\S*", "discrimination by religion or ethnicity"),
    # Round 35 (B56-12 '... told him 'your kind gets nothing here' because he belongs to the Ahmadiyya community'): aid
    # withheld or a man sent away because he belongs to a congregation (KBBI jemaat, jemaah, penganut, pengikut;
    # Danadibrata kaasup; Baoesastra kalebu, klebu; English plain usage); the congregation word first, the 'because'
    # and the pronoun before it as lookbehinds, so that the entry starts with fixed words
    (r"(?:" + "|".join(f"(?<={because} {who} {be})" for because in ("karena", "sebab", "soalnya", "margi", "sabab",
                                                                     "amarga", "merga", "mergo")
                        for who in ("dia", "ia", "mereka", "kami", "saya", "anjeunna", "manehna", "abdi", "dheweke",
                                    "aku", "kula", "piyambakipun")
                        for be in ("", "kaasup ", "kalebu ", "klebu ", "termasuk ", "adalah ", "teh "))
     + r")(?:jemaat|jamaah|jemaah|penganut|pengikut)|"
     r"(?:(?<=because he )|(?<=because she )|(?<=because they )|(?<=because we )|(?<=because i ))"
     r"(?:belongs?|belonged) to", "discrimination by religion or ethnicity"),
    # round 11: sent out of the queue (KBBI antrean, disuruh keluar; Baoesastra metu, dikon; Danadibrata kaluar,
    # antrian)
    (r"(?:disuruh|menyuruh|nyuruh|dikon|ngongkon|dikongkon|dititah|nitah|told|ordered|made|sent|asked) (?:\S+ ){0,5}"
     r"(?:keluar|metu|kaluar|medal|out|leave|pergi|minggir) (?:\S+ )?(?:dari|saka|ti|of|from|soko) (?:the )?"
     r"(?:antrean|antrian|antre|antri|barisan|queue|line|pembagian|distribution)", "denying access"),
    # donated money spent on the holder's own purchases
    (r"(?:dhuwit|duwit|uang|duit|dana|donasi|sumbangan|bantuan|bantosan|artos|acis|money|funds|donations|cash)"
     r"(?:nya|na|ne)? (?:\S+ ){0,6}(?:dinggo|dienggo|dianggo|dipakai|dipake|digunakan|dipergunakan|dibelikan|dibeliin|"
     r"ditukokke|used|spent) (?:\S+ ){0,2}(?:tuku|tumbas|beli|membeli|meuli|ngagaleuh|mundut|buy|buying|bought|"
     r"purchase|purchasing|motor|mobil|hp|rumah|emas|perhiasan|a new)", "aid money spent on himself"),
    (r"(?:refused|refuses|refusing|refuse|would not|won't|did not) (?:to )?let (?:us|me|them|her|him)|"
     r"tidak (?:boleh|diizinkan|diperbolehkan) (?:mengambil|memakai|menggunakan|antre|masuk)", "denying access"),
    # (round 30, B41-22 'henteu kersa ngalebetkeun namina': the polite unwilling, Danadibrata and Baoesastra kersa,
    # with the registering verbs ngalebetkeun, ngadata, ndata, nglebokke; Danadibrata lebet, data; Baoesastra lebu)
    (r"(?:menolak|tidak mau|enggan|refused|refuses|refusing|teu daek|ora gelem|mboten purun|emoh|embung|nolak|"
     r"henteu kersa|teu kersa|mboten kersa|henteu purun|teu purun) "
     r"(?:untuk |to )?(?:melayani|membantu|memberi|memberikan|mendata|mencatat|mengobati|merawat|memeriksa|periksa|"
     r"mariksa|mriksa|examine|check|see|mengobati|mendaftar|mendaftarkan|serve|help|"
     r"give|register|treat|assist|ngalayanan|mantuan|masihan|ngladeni|nulungi|ngobati|nyatet|"
     # round 14 (B31-25, B32-22): to give in krama and ngoko, and to serve (Baoesastra paring, maringi, wenehi,
     # ngekeki, nyukani, ladosi; Danadibrata mikeun, mere)
     r"maringi|maringaken|paring|menehi|ngewehi|wenehi|ngekeki|nyukani|ngladosi|nglayani|mikeun|mere|ngabagikeun|"
     r"ngalebetkeun|ngasupkeun|ngadata|ndata|nglebokke|nglebokake|ngadaptarkeun)",
     "refusing service"),
    # Round 38 (round 37's probes 'gk dikasih sembako', 'teu masihan bantosan', read as the reporter denying an
    # exchange): a verb of giving negated, the aid named within two words, then to whom ('ke keluarga saya', 'ka
    # urang', 'marang kulawargaku', 'to us'), or to whom first ('did not give us our parcels'), or the active ending
    # its clause ('teu masihan bantosan.'); the passive only with
    # the one who refused it named ('tidak dikasih sembako sama relawan') (KBBI kasih, beri; Danadibrata masihan, mere,
    # mikeun; Baoesastra menehi, krama maringi, wenehi; English plain usage); never 'belum', 'teu acan', 'durung' (not
    # yet given: a question about aid), nor 'apa-apa' (nothing given)
    (r"(?:tidak|teu|henteu|ora|mboten|boten|did not|does not|would not|never) (?:(?:memberikan|memberi|ngasih|"
     r"ngasihkan|kasih|masihan|mere|mikeun|menehi|wenehi|maringi|maringaken|ngekeki|give|gave|gives) "
     r"(?:(?:us|me|them|her|kami|saya|abdi|kula|aku|urang) )?(?:\S+ ){0,2}" + _AID_GIVEN + r" (?:\S+ ){0,2}"
     r"(?:ke|ka|kepada|pada|marang|menyang|dhateng|dateng|to|for) (?:\S+ )?(?:kami|keluarga\S*|kulawarga\S*|saya|"
     r"abdi|urang|kula|kulo|aku|us|me|my|our|them|their|warga|pengungsi)\b|(?:memberikan|memberi|ngasih|ngasihkan|"
     r"masihan|mere|mikeun|menehi|wenehi|maringi|maringaken|ngekeki) (?:\S+ )?" + _AID_GIVEN + r"(?= [.,!;?]|$)|"
     r"(?:give|gave|gives) (?:us|me|them|her) "
     r"(?:\S+ ){0,2}" + _AID_GIVEN + r"|(?:dikasih|diberi|diberikan|dipasihan|dibere|diwenehi|diparingi|dikeki|given) "
     r"(?:\S+ )?" + _AID_GIVEN + r" (?:sama|ama|oleh|ku|karo|dening|by) \S+)", "refusing service"),
    (r"dicoret (?:dari )?(?:daftar)?|mencoret nama|dihapus dari daftar|removed (?:us|our names?|me|my name) from|"
     r"struck off|crossed (?:him|her|them|me|us|my \w+|our \w+|\w+) off", "struck off the list"),
    (r"(?:berkendara|menyetir|nyetir|mengemudi|driving|bertugas|on duty|bekerja|kerja) (?:sambil|dalam keadaan|while|"
     r"saat) (?:mabuk|drunk|teler)|drunk driving|tanda tangan kosong|blank (?:forms?|signatures?)|memalsukan|"
     r"dipalsukan|pemalsuan|forged|forgery", "misconduct on duty or fraud"),
    # Round 16 (B33-33): fictitious names on the aid list, aid resold (KBBI fiktif, siluman 'ghost'; Danadibrata
    # palsu, dijual deui; Baoesastra palsu, didol maneh; English plain usage); not 'nama saya tidak ada di daftar',
    # which is a complaint
    (r"(?:names?|nama|nami|jeneng|penerima|recipients?|beneficiar(?:y|ies)|data|daftar|list)(?:-\w+)?(?:nya|na|ne|e)? "
     r"(?:\S+ )?(?:fiktif|siluman|bodong|fictitious|fake|ghost)|ghost (?:beneficiaries|names|recipients)|(?:names?|"
     r"people|persons|recipients?|beneficiaries) (?:that|who|which) (?:do|does|did) not (?:really |even )?exist|"
     r"resold|reselling|being resold|(?:dijual|didol|dijual-jual) (?:lagi|kembali|maneh|deui)",
     "misconduct on duty or fraud"),
    (r"mabuk (?:saat|waktu|ketika|pas|sambil) \w+|drunk (?:while|on duty|at work)|was drunk|"
     r"mengangkut barang pribadi|untuk ojek|personal errands|pakai mobil (?:dinas|lembaga|bantuan)",
     "misuse of position or property"),
    (r"(?:memotret|memfoto|merekam|mengunggah|menyebarkan|upload\w*|posted|shared|disebar|foto-foto|moto|motoin|"
     r"fotoin|difoto|ngerekam|record(?:ed|ing)?|filmed|photograph\w*) ... (?:tanpa izin|tanpa persetujuan|"
     r"without (?:permission|consent))|menyebarkan data|data pribadi", "privacy violated"),
    (r"menyalahgunakan|penyalahgunaan|abuse of power|misuse", "abuse of power"),
    # done to a person without consent: injections, examinations, searches (not photos: 'privacy violated')
    (r"(?:menyuntik|disuntik|nyuntik|nyuntikkeun|disuntikan|injected|vaccinated|memeriksa|diperiksa|examined|"
     r"searched|menggeledah|digeledah|dioperasi) (?:\S+ ){0,3}(?:tanpa|without|teu make|ora nganggo) (?:\S+ )?(?:izin|"
     r"ijin|persetujuan|consent|permission|idin|widi|palilah)", "done without consent"),
    # votes bought or forced with aid
    (r"(?:maksa|memaksa|dipaksa|nyuruh|menyuruh|disuruh|harus|kudu|kedah|forc\w*|told|pressur\w*) (?:\S+ ){0,4}"
     r"(?:milih|memilih|nyoblos|mencoblos|coblos|pilih|vote|voting) (?:\S+ ){0,2}(?:caleg|calon|partai|paslon|"
     r"kandidat|candidates?|party|nomor)|(?:relawan|tim|orang|volunteers?) (?:ti|dari|from|saka|of) (?:partai|"
     r"parpol|caleg|the party)|(?:kampanye|campaign\w*) (?:\S+ ){0,3}(?:bantuan|sembako|bantosan|aid)",
     "aid used for votes"),
    # wages of cash-for-work or of hired displaced people withheld (KBBI upah, gaji; Danadibrata buruh;
    # Baoesastra opah, bayar)
    (r"(?:upah|gaji|honor|bayaran|opah|buruh|wages?|salary|pay|padat karya\S*|cash for work)(?:nya|na|ne)? "
     r"(?:\S+ ){0,6}(?:tidak|belum|tak|ora|durung|dereng|mboten|boten|teu|tacan|acan|never|not) (?:\S+ )?"
     r"(?:di)?(?:bayar|bayarkan|dibayar|dibayarkan|digaji|paid|given)\S*|unpaid (?:wages?|work|labou?r)|"
     r"(?:not|never|haven't been|have not been|hasn't been|has not been) paid (?:for|their|our|my)",
     "wages withheld"),
    # identity papers misused, money collected for oneself (KBBI pinjaman, atas nama, galang dana)
    (r"pinjaman (?:online|onlen|daring)|pinjol|(?:mengajukan|ngajukeun|ngajokake|took out|applied for) (?:\w+ ){0,2}"
     r"(?:pinjaman|utang|kredit|loans?|credit) (?:\w+ ){0,2}(?:atas nama|in (?:our|their|my|her|his) names?)|"
     r"(?:menggunakan|memakai|dipakai|dipake|pake|make|nganggo|used?|using) (?:\w+ ){0,3}(?:ktp|kk|kartu keluarga|"
     r"identitas|id cards?|identity (?:cards?|papers?|documents?)) (?:\w+ ){0,4}(?:untuk|buat|kanggo|pikeun|to|for) "
     r"(?:\w+ )?(?:pinjaman|utang|kredit|loans?|credit|mendaftar\w*|daftar)", "identity papers misused"),
    (r"galang dana (?:pribadi|sendiri)|(?:menggalang|galang|ngumpulin|mengumpulkan|collect\w*|rais\w*) (?:\w+ )?"
     r"(?:dana|donasi|sumbangan|uang|duit|money|funds|donations) (?:\w+ ){0,4}(?:pribadi|sendiri|dhewe|"
     r"himself|themselves|personal)|(?:uang|duit|dana|donasi|sumbangan|dhuwit|artos|money|funds|donations)(?:nya|na|ne)? "
     r"(?:\w+ )?(?:tidak|gak|nggak|ora|teu|mboten) (?:jelas|jelas kemana|jelas ke mana|dilaporkan|ketahuan)|"
     r"(?:money|funds|donations) (?:\w+ ){0,2}(?:unaccounted|disappeared|went missing)|"
     # round 11: donations into a private account (KBBI rekening pribadi; Baoesastra rekening dhewe; English plain)
     r"(?:masuk|ditransfer|dimasukkan|dimasukin|ditampung|mlebu|asup|lebet|went|go|goes|gone|transferred|paid) "
     r"(?:\S+ )?(?:ke |into |neng |ka |dhateng |to )?(?:his |her |their )?(?:rekening|rek|account|akun)\S* (?:\S+ )?"
     r"(?:pribadi|sendiri|dhewe|piyambak|personal|private|own)\S*|(?:money|funds|donations|cash) (?:\S+ ){0,3}"
     r"(?:into|to) (?:his|her|their) (?:own |personal |private )+(?:bank )?account", "money collected for oneself"),
    # rations cut ('nyuda jatah', 'ngurangi bantuan')
    (r"(?:nyuda|nyudo|ngurangi|mengurangi|dikurangi|ngurangin|dikurangin|ngirangan|dikirangan|ngirangi|dikirangi|"
     r"ngurangan|dikurangan|motong|motongi|dipotongi|motongan|dipotongan|motongin|dipotongin|nyunat|disunat|reduced|"
     r"reducing|cut|cutting|skimm\w*) (?:\w+ ){0,2}"
     + _AID_ITEMS, "aid cut"),
)

# Mistreating a person (not fraud): when the person is a child, a child is involved.
MISTREATMENT: tuple[tuple[str, str], ...] = (
    (r"(?:mem|di)bentak|bentak|mbentak|ngebentak|ngebentakin|(?:me|di)maki|maki-maki|(?:me|di)marahi|(?<!protes )(?<!complain )kasar|(?:meng|di)hina|(?:meng|di)usir|"
     r"yelled|shouted|insulted|humiliated|abusive|rude|nyentak|disentak|misuh|dipisuhi|ngagorowokan|"
     # Sundanese shouting and scolding (Danadibrata gorowok, carek, bentak)
     r"ngagorowok|digorowokan|gorowok|nyarekan|dicarekan|ngacarekan|ngabentak|dibentak|"
     r"menyebut (?:mereka|dia|kami|saya) (?:anak )?(?:setan|anjing|babi|bodoh|goblok)", "mistreatment"),
    (r"(?:meng|di)ancam|ngancam|threaten(?:ed|s|ing)?|intimidasi|diintimidasi|intimidated", "threats"),
    (r"mocked|ridiculed|humiliated|dihina|diejek|dipermalukan|ngejek|nyindir|"
     # round 11: laughed at, his gestures copied (KBBI menertawakan, menirukan; Jakarta ngetawain; Baoesastra
     # ngguyu, dipoyoki; Danadibrata nyeungseurikeun, dipoyok)
     r"laughed at|laughing at|made fun of|making fun of|copied (?:his|her|their) (?:gestures|signs|voice|way)|"
     r"mimicked|mimicking|menertawakan|ditertawakan|ngetawain|diketawain|ngetawai|diketawai|menirukan (?:gaya|gerak|"
     r"isyarat|suara)\S*|dipoyoki|dipoyok|ngece|dicece|diguyu|nyeungseurikeun|diseungseurikeun", "mistreatment"),
    (r"ngusir(?:in)?|nundung|ditundung|diusir|mengusir|kicked (?:us|me|them|her|him|my \w+|our \w+) out|evicted|"
     r"thrown out|threw (?:us|me|them) out|dikon lunga|dikongkon lunga|diusir-usir", "eviction"),
)

PHYSICAL_VIOLENCE: tuple[tuple[str, str], ...] = (
    (r"(?:me|di)mukul(?:i)?|memukul(?:i)?|dipukul(?:i)?|pukul|mukul|(?:me|di)nampar|menampar|ditampar|tampar|nampar|"
     r"menendang|ditendang|nendang|menganiaya|dianiaya|penganiayaan|menjambak|dijambak|mencekik|dicekik|"
     r"digebugi|gebug|nggebugi|ditabok|nabok|nempeleng|ditempeleng|neunggeul|diteunggeul|nyabok|dicabok|digaplok|"
     # (round 51: the Sundanese repeated form, hitting again and again, Danadibrata teunggeul: neunggeulan, diteunggeulan)
     r"neunggeulan|diteunggeulan|"
     # round 16 (B34-24): beating in the forms the lexicon lacked (Baoesastra gebuk: nggebuki, digebuki; antem:
     # ngantemi, diantemi; jotos: njotosi, dijotosi; Danadibrata tonjok: nonjok, ditonjok, gebug: ngagebugan)
     r"nggebuki|digebuki|ngantemi|diantemi|diantem|njotosi|dijotosi|dijotos|nonjok|ditonjok|ngagebugan|digebugan|"
     # round 24 (B45-25: 'digampar karo relawan'): a slap in its other words (KBBI gampar, menggampar 'tampar';
     # Baoesastra nggampar; Danadibrata tampiling, nampiling)
     r"digampar|menggampar|nggampar|ngegampar|gampar|ditampiling|nampiling|ditampilingan|"
     # round 46 (its group 6's probe 'relawan kuwi napuk tanggaku'): the Javanese slap 'tapuk' (Baoesastra tapuk:
     # napuk, ditapuk, napuki)
     r"napuk|napuki|ditapuk|ditapuki|"
     r"kdrt|kekerasan dalam rumah tangga|domestic violence|menyiksa|disiksa|kekerasan fisik", "physical violence"),
    # pushed until he fell (KBBI mendorong, jatuh; Baoesastra nyurung, tiba; Danadibrata nyurung, labuh)
    # (informal 'ngedorong', SMS 'smp' for sampai: Salsabila et al. 2018)
    (r"(?:mendorong|didorong|dorong|nyurung|disurung|ngadorong|ngedorong|ngedorongin|dorongin|nyurung-nyurung|pushed|"
     # (round 8: up to six words between, for an age in brackets: 'dorong kakek sy (70th) smp jatuh')
     r"shoved|shoving) (?:[^\s.!?;]+ ){0,6}(?:sampai|sampe|smp|nganti|ngantos|nepi|until|till|and) (?:\S+ )?(?:jatuh|tiba|tibo|labuh|ragrag|fell|fall|"
     r"terjatuh|kejengkang)", "physical violence"),
    (r"(?:hit|hits|hitting|beat|beats|beaten|beating|slapped|slapping|kicked|kicking|punched|punching|choked) "
     r"(?:me|her|him|us|them|my|our|his|the|a|children|kids)|was beaten|were beaten", "physical violence"),
    # Round 30 (B49-12 'saw a soldier ... slap an elderly man', B47-22 'slap and kick a displaced man'): the plain
    # form after 'saw', 'watched' or a plural subject (English plain usage: slap, kick, punch, smack); not a ball or
    # dough, nor anyone kicked out (eviction)
    (r"(?:slap|slaps|kick|kicks|punch|punches|smack|smacks|smacked) (?:(?:and|or) (?:slap|kick|punch|smack) )?"
     r"(?:me|her|him|us|them|my|our|his|their|the|a|an|people|women|men|children|kids)(?! out| off)"
     r"(?! (?:\S+ )?(?:ball|balls|football|bola|dough|door|doors|bag|bags|habit|start|can|cans|tires?|tyres?)\b)",
     "physical violence"),
)

# Round 6: sexual violence named as the subject of a training or a campaign asked for ('sosialisasi pencegahan
# kekerasan seksual'): a topic, not an act. Only training words, never 'tentang' or 'about', which also introduce a
# report (KBBI sosialisasi, pencegahan, penyuluhan, pelatihan, edukasi; English plain usage).
# Round 22 (B42-30): a protest threatened over late aid, whose threat words endanger no one (classifier._cues)
PROTEST_THREATENED = "a protest threatened"
# Round 22 (B42-32): what a child is taught to do if touched; its shout is no mistreatment (classifier._cues)
RULE_TAUGHT = "a rule taught to children"
# (round 49: words taught or learned, and the reporting form named)
_TAUGHT = (r"(?:mengajari|mengajarkan|diajari|diajarkan|diajarin|ngajarin|ngajari|ngajar|mengajar|belajar|diajar|"
           r"ngajarkeun|diajarkeun|diwulang|diwulangi|mulang|mulangi|ngawulang|sinau|taught|teaches|teach|teaching|"
           r"learned|learnt|learn|learns|learning)")
_NAMED_WORD = r"[^\s.!?,;]+(?: (?:seksual|sexual))?"
_SEXUAL_TERMS = (r"(?:kekerasan seksual|pelecehan seksual|pelecehan|eksploitasi seksual|kekerasan berbasis gender|"
                 r"sexual violence|sexual abuse|sexual harassment|sexual exploitation|gender-based violence|gbv|kbg|"
                 r"pseah|psea)")
TOPIC: tuple[tuple[str, str], ...] = (
    # Round 22 (B42-02, 'Kami merasa dilecehkan dan diperlakukan seperti bukan manusia' of spoiled food): belittled and
    # treated as less than human, a complaint of contempt (KBBI leceh, melecehkan 'memandang rendah, menghinakan';
    # Danadibrata dilecehkeun, jalma; Baoesastra dilecehake, manungsa); never 'merasa dilecehkan' alone
    (r"(?:merasa|ngarasa|rumaos|rumangsa|ngrasa|felt|feel) (?:\S+ )?(?:dilecehkan|dilecehkeun|dilecehke|dilecehake|"
     r"dilecehaken|direndahkan|dihina) (?:dan|&|jeung|sareng|lan|tur|and) (?:diperlakukan|dianggap|dianggep|dipandang|"
     r"treated) (?:\S+ )?(?:seperti |kayak |kaya |kados |siga |kawas |sebagai |like |as )?(?:bukan|lain|dudu|sanes|"
     r"tidak|teu|ora|not) (?:manusia|jalma|manungsa|jelema|tiyang|orang|wong|human|humans|people)",
     "belittled, treated as less than human"),
    # Round 36 (B58-20 'anak-anak murid kami terpaksa mandi telanjang di sungai bersama orang dewasa' for want of
    # clean water): bathing naked after a word of having to by circumstance, then the river or the open place, is how
    # they must bathe, a complaint about the facilities, no nudity demanded (KBBI terpaksa, mandi, telanjang;
    # Danadibrata kapaksa, taranjang, walungan; Baoesastra kepeksa, adus, wuda, kali; English plain usage); never after
    # a verb of ordering or forcing ('disuruh', 'dipaksa': no such start word)
    (r"(?:terpaksa|kapaksa|kepaksa|kepeksa|harus|kudu|kedah|have to|had to|must) (?:mandi|adus|siram|bathe|bathing) "
     r"(?:telanjang|bugil|wuda|wudo|taranjang|buligir|lalanjang|naked) (?:\S+ ){0,2}(?:sungai|kali|walungan|susukan|"
     r"river|stream|terbuka|open)(?!\S)", "bathing naked for want of a bathroom"),
    # Round 36 (B58-05 'Hak kami sebagai korban gempa benar-benar diperkosa oleh aparat desa sendiri' of aid given to
    # the village head's family): rights, the law or justice 'raped', a figure of speech (KBBI perkosa 2, 'melanggar
    # dengan kekerasan': 'memperkosa hukum'; Danadibrata hak; Baoesastra hak, kukum; English plain usage): the
    # abstract noun as the subject of the passive, up to five words between and no conjunction or comma ('Hak saya
    # atas bantuan dicabut, lalu saya diperkosa' stays a rape), or as the object of the active
    # (round 39, B59-04 'Hak-hake wong cilik neng kene dirudapeksa tenan': the Javanese 'dirudapeksa' and the
    # possessives 'hak-hake', 'hak-hakipun', Baoesastra rudapeksa, hak; 'nanging', 'ning' as 'tapi')
    (r"(?:hak|hak-hak|hake|hak-hake|hak-hakipun|hakipun|hak-hakna|hakna|hukum|keadilan|aturan|demokrasi|konstitusi|"
     r"martabat) "
     r"(?:(?!dan |lalu |kemudian |terus |tapi |namun |bahkan |jeung |lan |banjur |nanging |ananging |and |then |"
     r"adik |anak |istri |kakak |putri )[^\s.!?;,:]+ ){0,5}(?:diperkosa|dirudapaksa|dirudapeksa)(?!\S)|"
     # (the English 'rights' arrives as 'benar' by text.py)
     r"(?:memperkosa|merkosa|memerkosa|raped|rapes|raping) (?:our |the |their |my |his |her |people's )?(?:hak|"
     r"hak-hak|hukum|keadilan|aturan|demokrasi|konstitusi|rights|benar|justice|law|democracy)(?!\S)",
     "rights violated, 'raped' as a figure of speech"),
    # Round 39 (B59-34 'dana bantuan rumah rusak diperkosa abis2an sm oknum desa'): aid money or a budget 'raped', the
    # money as the subject of the passive, no one between (KBBI perkosa 2, dana, anggaran; Baoesastra dhuwit); (B59-13
    # 'Asa diperkosa ku cai unggal peuting' of a leaking tent) the simile with no person doing it, as if raped by the
    # rain, the water or the flood (Danadibrata asa, siga, kawas, cai, hujan; KBBI seperti, rasanya, banjir;
    # Baoesastra kaya, udan, banyu); never a person named after it ('seperti diperkosa oleh mandor')
    (r"(?:dana|anggaran|duit|dhuwit|artos|uang|bansos|blt) "
     r"(?:(?!dan |lalu |kemudian |terus |tapi |namun |jeung |lan |nanging |untuk |buat |bwt |keur |kanggo |pikeun |"
     r"yang |nu |sing |ingkang |for |who |that |adik |anak |istri |kakak |putri |saya |aku |abdi |kula )"
     r"[^\s.!?;,:]+ ){0,4}(?:diperkosa|dirudapaksa|dirudapeksa)(?!\S)|"
     r"(?:asa|siga|kawas|kayak|kaya|seperti|bagai|bagaikan|rasanya|rasane|kados|like) (?:seperti |kayak |"
     r"being )?(?:diperkosa|dirudapaksa|dirudapeksa|raped) (?:ku|oleh|sama|ama|karo|dening|kaliyan|by) "
     r"(?:the )?(?:cai|hujan|banjir|caah|angin|air|banyu|udan|kali|water|rain|flood|floods|wind)(?!\S)",
     "aid money 'raped', or as if raped by the rain: a figure of speech"),
    # Round 22 (B42-30, 'ada yg ngancem mau bakar ban & nyegat truk' of residents angry at the water): a protest
    # threatened (KBBI ancam, bakar, cegat, demo, unjuk rasa; Danadibrata ngancam, demo; English plain usage)
    # (round 36, B58-24 'ngancem 'kalo ribut2 foto yg lain sy sebar'': never her protest as the condition of his
    # threat, 'mengancam kalau protes foto yang lain saya sebar'; KBBI kalau, jika; Danadibrata upami, lamun;
    # Baoesastra yen, nek)
    (r"(?:ngancem|ngancam|mengancam|threaten|threatens|threatened|threatening) "
     r"(?:(?!kalau |kalo |klo |jika |bila |apabila |nek |yen |lamun |mun |upami |menawi |if )\S+ )?"
     r"(?:mau |akan |bakal |arep |"
     r"rek |to )?(?:bakar ban|membakar ban|ngabakar ban|demo|berdemo|unjuk rasa|protes|mogok|blokir|memblokir|"
     r"nyegat|menyegat|block the road|block the truck|blockade|protest|burn tyres|burn tires)", PROTEST_THREATENED),
    (r"(?:sosialisasi|pencegahan|penyuluhan|pelatihan|edukasi|materi|seminar|lokakarya|kampanye|workshops?|"
     r"trainings?|prevention|awareness|campaigns?) (?:\S+ ){0,2}(?:kekerasan seksual|pelecehan seksual|pelecehan|"
     r"kekerasan berbasis gender|eksploitasi seksual|sexual violence|sexual abuse|sexual harassment|sexual "
     r"exploitation|gender-based violence|pseah|psea|sea|gbv|kbg)", "a training topic"),
    # Round 49 (B69-27 'They taught the kids words like 'touch', 'rape' and 'secret''; B69-34 'formulir pelaporan
    # 'kekerasan seksual' niki saged diisi nganggo basa Jawa?'): sexual words named as words, after a verb of teaching
    # or learning and 'words like' ('mengajari kami kata-kata seperti ...', 'diajar kecap-kecap saperti ...',
    # 'diwulang tembung kaya ...', 'learned words like ...'), a list of up to six joined by commas and one 'and' or
    # 'or'; or as the name of a reporting form ('formulir pengaduan pelecehan seksual', 'blangko pelaporan ...', 'the
    # sexual harassment complaint form'): the topic of a lesson or of a form, as the training's is (KBBI mengajari,
    # belajar, kata, istilah, seperti, formulir, blangko, pengaduan; Danadibrata diajar, kecap, saperti, formulir;
    # Baoesastra mulang, wulang, sinau, tembung, kaya, blangko; English plain usage); never words said to her by a
    # man ('he keeps saying words like ...': no verb of teaching), nor an act told after the list
    (rf"{_TAUGHT} (?:\S+ ){{0,3}}(?:kata-kata|kata|istilah|istilah-istilah|kecap-kecap|kecap|tembung-tembung|tembung|"
     rf"words?|terms?) (?:seperti|kayak|kaya|kados|siga|saperti|kawas|kayata|like|such as) "
     rf"{_NAMED_WORD}(?: , {_NAMED_WORD}){{0,5}}(?: ,)?(?: (?:dan|atau|jeung|sareng|atanapi|lan|utawa|utawi|kalian|and|"
     rf"or) {_NAMED_WORD})?|"
     rf"(?:formulir|formular|blangko|blanko|forms?) (?:pelaporan |laporan |pengaduan |aduan |pangaduan |reporting |"
     rf"report |complaint )?(?:untuk |for |kanggo |keur )?(?:kasus |cases of )?{_SEXUAL_TERMS}|"
     rf"{_SEXUAL_TERMS} (?:reporting |report |complaint |incident )?forms?(?!\S)", "sexual words named as words"),
    # Round 27 (B48-13: 'kl mau daftar jd relawan pendamping korban kekerasan seksual di cianjur syaratnya apa aja?'):
    # sexual violence named as whom a service or a volunteer role serves, 'pendamping korban kekerasan seksual',
    # 'layanan konseling untuk korban ...', 'a support worker for survivors of sexual violence' (KBBI pendamping,
    # layanan, korban, penyintas; Danadibrata palayanan; Baoesastra pendhamping; English plain usage): the people
    # served, not an act told; an act told beside it is read as before ('pendamping korban ... memperkosa saya')
    (r"(?:pendamping|pendampingan|pandamping|pendhamping|konselor|konseling|layanan|pelayanan|palayanan|rumah aman|"
     r"support|services?|counsell?ing|counsell?ors?|caseworkers?|case management|care) (?:\S+ ){0,2}(?:untuk |bagi |"
     r"buat |kanggo |keur |for |to )?(?:para )?(?:korban|penyintas|survivors?|victims?) (?:of )?(?:kekerasan seksual|"
     r"pelecehan seksual|kekerasan berbasis gender|eksploitasi seksual|sexual violence|sexual abuse|sexual assault|"
     r"sexual exploitation|gender-based violence|gbv|kbg|rape|perkosaan|pemerkosaan)", "a service for survivors"),
    # Round 27 (B48-31: 'Ibu-ibu lan lare-lare estri ajrih ..., ajrih menawi wonten tiyang ingkang badhe tumindak saru
    # utawi ngrudapeksa. Dereng wonten kedadosan'): an act feared of someone who might come, fear, 'if' or 'that', an
    # indefinite someone and 'will' or 'might' before the act ('takut kalau ada yang mau memperkosa', 'sieun bilih aya
    # nu bade ngarogahala', 'wedi yen ana wong sing arep ngrudapeksa', 'afraid that someone might rape'; KBBI takut,
    # khawatir; Danadibrata sieun, bilih; Baoesastra wedi, krama ajrih, badhe; English plain usage): no act told. Never
    # past a comma or a full stop ('takut, tadi malam ada orang yang mau memperkosa dia' is an attempt told)
    (r"(?:takut|khawatir|kuatir|cemas|ajrih|wedi|sieun|afraid|scared|worried|fear) (?:kalau |kalo |klo |jika |bila |"
     r"bilih |upami |lamun |menawi |yen |nek |that |of |if )?(?:ada (?:yang|yg|orang|org)|aya (?:nu|jalma|anu)|"
     r"ana (?:sing|wong|wong sing)|wonten (?:tiyang|ingkang)(?: ingkang)?|someone|somebody|anyone|men|a man) "
     r"(?:yang |sing |nu |ingkang |who )?(?:akan|mau|bakal|hendak|badhe|bade|arep|rek|might|will|would|could|may) "
     r"(?:[^\s.!?;,]+ ){0,3}(?:(?:mem|di)?perkosa\S*|ngrudapeksa|dirudapeksa|(?:di|nga)?rogahala|rape\S*|"
     r"(?:me|di)?lecehkan|melecehkan|ngalecehkeun|nglecehke|nglecehake|harass\S*|assault\S*|molest\S*|(?:meng|ng)?intip\S*|"
     r"peep\S*|(?:me|nge|ng)?raba\S*|grope\S*|tumindak saru|berbuat (?:cabul|mesum|jahat)|ngalakukeun nu teu pantes)",
     "an act feared"),
    # Round 22 (B42-08): a child hugged or carried until calm, comfort in an aftershock (Baoesastra ngrangkul,
    # nggendhong, ngantos, tenang; KBBI memeluk, menggendong, sampai, tenang; Danadibrata ngarangkul, ngagendong, nepi
    # ka; English plain usage), within its sentence: what follows it is read as before
    (r"(?:ngrangkul|rangkul|merangkul|ngarangkul|memeluk|meluk|peluk|dipeluk|nggendong|menggendong|digendong|"
     r"ngagendong|gendong|hugged|hugging|carried|carrying)\S* (?:[^\s.!?;]+ ){0,8}(?:ngantos|nganti|sampai|sampe|"
     r"nepi ka|until) (?:he |she |they |dia |piyambakipun |manehna |dheweke )?(?:was |is |were )?(?:tenang|calm|"
     r"calmed|lerem|anteng|reda)", "a child comforted"),
    # Round 49 (B69-16 'putri abdi anu alit dirangkul, dipondong kaluar tina tenda ku relawan istri, teras
    # diusap-usap tonggongna dugi ka eureun ceurikna'): the same comfort told at more length, until her crying
    # stopped, the lemes 'dugi ka' and the passive 'dirangkul' too ('sampai dia berhenti menangis', 'dugi ka eureun
    # ceurikna', 'nganti mandheg nangise', krama 'ngantos kendel anggenipun nangis', 'until she stopped crying'; KBBI
    # sampai, berhenti, menangis; Danadibrata dugi ka, eureun, ceurik; Baoesastra nganti, mandheg, nangis, krama
    # ngantos, kendel; English plain usage), at the end of its sentence (a time or place after it at most, no comma
    # nor 'then'): with a clause after it the child it names would be lost to what follows ('..., lalu meraba pahanya')
    (r"(?:ngrangkul|rangkul|merangkul|ngarangkul|dirangkul|dipunrangkul|memeluk|meluk|peluk|dipeluk|nggendong|"
     r"menggendong|digendong|ngagendong|gendong|dipondong|hugged|hugging|carried|carrying)\S* (?:[^\s.!?;]+ ){0,16}"
     r"(?:ngantos|nganti|sampai|sampe|smp|nepi ka|dugi ka|until|till) (?:he |she |they |dia |ia |manehna |anjeunna |"
     r"dheweke |piyambakipun )?(?:berhenti|stop|stopped|eureun|mandheg|mandeg|leren|kendel|mari) (?:\S+ )?"
     r"(?:menangis|nangis|nangise|ceurik|ceurikna|crying|nangisipun)(?!\S)"
     r"(?=(?: (?!lalu |terus |trus |teras |tuluy |banjur |lajeng |kemudian |then |and |dan |tapi |but )"
     r"[^\s.!?;,]+){0,4} ?(?:[.!?;]|$))", "a child comforted"),
    # and whether a volunteer may hug a child, asked ('apakah relawan boleh memeluk anak ...?', krama 'punapa relawan
    # pancen kepareng ngrangkul lare ...?'; KBBI boleh; Baoesastra kepareng; Danadibrata meunang): only the hug asked
    (r"(?:apakah|apa|punapa|menapa|naha|is it|are|is) (?:\S+ ){0,3}(?:boleh|diperbolehkan|dibolehkan|kepareng|pareng|"
     r"kenging|meunang|allowed|ok|okay) (?:to )?(?:ngrangkul|merangkul|ngarangkul|memeluk|meluk|peluk|nggendong|"
     r"menggendong|ngagendong|hug|carry)\S*", "a hug asked about"),
    # Round 22 (B42-32): a rule taught to children, the touch inside a condition whose consequence, after a comma, is
    # what the child must do ('kalau ada yang pegang-pegang dia, dia harus teriak dan lapor', 'upami aya nu
    # nyabak-nyabak awak, kudu ngagorowok', 'yen ana sing nyekel-nyekel awak, kudu bengok', 'if anyone touches them,
    # they must shout'; KBBI harus, teriak, lapor; Danadibrata kudu, ngagorowok; Baoesastra kudu, bengok): a lesson,
    # never with 'again' ('kalau ada yang pegang-pegang lagi': it has happened)
    (r"(?:kalau|jika|bila|apabila|upami|lamun|menawi|yen|nek|if) (?:ada |aya |ana |wonten |anyone |someone |"
     r"somebody )?(?:yang |nu |sing |ingkang )?(?:[^\s.!?;]+ ){0,2}(?:pegang-pegang|megang-megang|memegang|pegang|"
     r"megang|raba|meraba|ngeraba|nyabak-nyabak|nyabak|nyekel-nyekel|nyekel|colek|nyolek|touch|touches|touched)\S*"
     r"(?: (?!lagi|deui|maneh|malih|again)[^\s.!?;,]+){0,2} , (?:[^\s.!?;,]+ ){0,2}(?:harus|kudu|mesti|must|"
     r"should|wajib) (?:\S+ )?(?:teriak|berteriak|lapor|melapor|ngagorowok|bengok|mbengok|shout|scream|tell|report|"
     r"nolak|menolak|lari|kabur|run)", RULE_TAUGHT),
    # Round 16 (B33-08): the reporting itself asked about, what one would report named only as its topic: 'kalau mau
    # lapor pelecehan, bisa tanpa nama?', 'upami bade ngalaporkeun pelecehan', 'how do I report sexual harassment'
    # (KBBI lapor, melaporkan; Danadibrata ngalaporkeun; Baoesastra nglaporake, krama nglaporaken); a conditional or
    # 'how' before the verb, so 'saya mau melaporkan pelecehan oleh ...' stays a report
    # (round 22, B40-10: up to three more words before the verb, none closing a sentence, 'kalau ibu-ibu di huntara
    # Balaroa mau melapor soal ...', and a second act named after 'atau', 'pelecehan atau kekerasan seksual')
    (r"(?:kalau|jika|bila|if (?:i|we|you|one|someone|she|a)|upami|lamun|menawi|yen|nek|cara|how (?:do|can|should|to|would)|how|bagaimana|gimana|"
     r"kumaha|pripun|kepiye) (?:\S+ ){0,3}(?:[^\s.!?;]+ ){0,3}(?:lapor|melapor|melaporkan|laporkan|ngelaporin|"
     r"ngalaporkeun|nglaporake|nglaporaken|nglaporke|report|reporting|complain about) (?:\S+ ){0,2}(?:pelecehan(?: seksual)?|"
     r"kekerasan seksual|eksploitasi seksual|sexual harassment|sexual abuse|sexual exploitation|harassment|abuse|"
     r"sexual misconduct)(?: (?:atau|atanapi|utawi|utawa|or|dan|and) (?:pelecehan(?: seksual)?|kekerasan seksual|"
     r"eksploitasi seksual|sexual harassment|sexual abuse|sexual exploitation|sexual violence|harassment|abuse))?",
     "the reporting asked about"),
    # Round 22 (B42-20): whom to tell if a woman were harassed or raped, asked: the condition, the act as a passive verb
    # ('upami aya nu dilecehkeun atanapi diperkosa di pangungsian, lapor ka saha?', 'yen ana wong wadon sing dilecehke
    # utawa diperkosa, kudu lapor menyang sapa?', 'if a woman is harassed or raped, who should she report it to?';
    # KBBI leceh, perkosa, lapor; Danadibrata dilecehkeun, lapor, saha; Baoesastra lapur, sapa; English plain
    # usage), only when the same sentence goes on to reporting and closes with a question mark: 'yen' is also 'that'
    # ('krungu yen ana bocah sing diperkosa' is a report), and there no question about reporting follows
    (r"(?:kalau|jika|bila|apabila|upami|lamun|menawi|yen|nek|if) (?:[^\s.!?;]+ ){0,6}(?:dilecehkan|dilecehkeun|"
     r"dilecehke|dilecehake|dilecehaken|dilecehin|diperkosa|dirudapaksa|digagahi|harassed|raped|molested|abused|"
     r"assaulted)(?: (?:atau|atanapi|atawa|utawi|utawa|or|and|dan|jeung|sareng|lan) (?:dilecehkan|dilecehkeun|"
     r"dilecehke|dilecehake|dilecehaken|dilecehin|diperkosa|dirudapaksa|digagahi|harassed|raped|molested|abused|"
     r"assaulted))?(?=(?: [^\s.!?;]+){0,10} (?:lapor|melapor|ngalaporkeun|nglaporake|nglapor|ngadu|mengadu|wadul|"
     # (round 32, B52-04 'Nek ana wong wadon sing dilecehke ..., lapore neng endi, lan jenenge sing nglapor dirahasiake
     # ora?': the report as a noun, 'lapore', 'laporannya', 'laporna', 'laporanipun' (Baoesastra lapur; KBBI laporan;
     # Danadibrata lapor), and a second question before the mark, up to twelve words)
     r"lapore|laporane|laporanne|laporannya|lapornya|laporna|laporanana|laporanipun|"
     r"report|reported|tell) (?:[^\s.!?;]+ ){0,12}\?)", "the reporting asked about"),
    # Round 32 (B52-25 'bila ada penyintas perkosaan yang melapor lewat kami, apakah identitasnya akan diteruskan ...?',
    # a new NGO's question): the survivor or victim of the act who would report, in a condition, the sentence closing
    # with a question mark ('kalau ada korban pelecehan seksual yang lapor', 'upami aya korban perkosaan nu
    # ngalaporkeun', 'menawi wonten korban pelecehan ingkang lapor', 'if a rape survivor reports'; KBBI penyintas,
    # korban, lapor; Danadibrata korban, ngalaporkeun; Baoesastra korban, lapur; English plain usage): a procedure
    # asked about, no case told. The reporting verb right after the survivor ('yang', 'nu', 'who' and one word at
    # most between): a time or 'that' between ('korban perkosaan semalam itu mau melapor') names a case, not read
    (r"(?:kalau|kalo|klo|jika|bila|apabila|upami|lamun|menawi|yen|nek|if) (?:ada |aya |ana |wonten |there is |there "
     r"are |a |an )?(?:(?:rape|sexual violence|sexual abuse|sexual assault|sexual harassment|gbv) )?(?:penyintas|"
     r"korban|survivors?|victims?)(?: (?:of )?(?:perkosaan|pemerkosaan|kekerasan seksual|pelecehan(?: seksual)?|"
     r"eksploitasi seksual|rape|sexual violence|sexual abuse|sexual assault|sexual harassment|harassment))?"
     r"(?= (?:yang |yg |nu |sing |ingkang |who |that )?(?:[^\s.!?;,]+ )?(?:lapor|melapor|ngalaporkeun|nglapor|"
     r"nglaporake|nglaporaken|ngadu|mengadu|wadul|reports?|reported|comes?|datang|sumping|dongkap)\b"
     r"(?: [^\s.!?;]+){0,25} \?)", "the reporting asked about"),
    # Round 32 (B42-14 'beredar isu bahwa ada perempuan yang diperkosa ..., tetapi ... tidak ada yang tahu siapa, kapan,
    # atau apakah benar terjadi', B49-04 'ngadéngé béja yén aya awéwé nu diperkosa ..., tapi teu jelas saha jeung
    # iraha'): an act heard as a rumour ('isu', 'katanya', 'kabar', 'béja', 'jare', 'rumour'), the same sentence saying
    # that no one knows who nor when, whether it happened, or that no one saw it themselves (KBBI isu, kabar, tahu,
    # kapan; Danadibrata béja, jelas, saha, iraha; Baoesastra kabar, jare, sapa, kapan; English plain usage): no case
    # told. Who alone unknown is no rumour ('pelakunya tidak ada yang tahu siapa' is a case with an unknown man)
    (r"(?:beredar isu|isu|isunya|gosip|gosipnya|kabar burung|desas-desus|katanya|kabarnya|beja|béja|kabar|jare|"
     r"jarene|rumou?rs?|rumou?red) (?:[^\s.!?;]+ ){0,10}(?:(?:di|ter)?perkosa\S*|pemerkosaan|(?:di|nga|ng)?rudapaksa|"
     r"dirudapeksa|digagahi|dicabuli|raped|rape|dilecehkan|dilecehke|dilecehkeun|dilecehin|harassed|molested|"
     r"assaulted|(?:keluar )?masuk tenda|mlebu tenda|asup ka tenda|entering (?:the )?tents?)"
     r"(?=(?: [^\s.!?;]+){0,20} (?:(?:tidak ada yang tahu|tidak jelas|tidak tahu|teu jelas|teu aya nu terang|teu "
     r"terang|ora jelas|ora ana sing ngerti|ora ngerti|mboten jelas|nobody knows|no one knows|not clear|unclear) "
     r"(?:\S+ )?(?:siapa|saha|sapa|sinten|who) (?:, |n |dan |atau |jeung |atawa |lan |utawa |or |and ){1,2}(?:kapan|"
     r"iraha|when)|tidak ada yang (?:melihat|lihat|liat) sendiri|teu aya nu ningali (?:sorangan|langsung)|ora ana "
     r"sing (?:weruh|ndeleng|ndelok) dhewe|(?:nobody|no one) (?:actually )?saw it|apakah benar terjadi|whether it "
     r"(?:really )?happened))", "a rumour, no case known"),
    # Round 22 (B42-06, 'Ini namanya memperkosa hak pengungsi' of aid sold): a right violated, not a rape (KBBI
    # perkosa, memperkosa 2: 'melanggar (menyerang dsb) dengan kekerasan: memperkosa hak orang')
    # Round 27 (B48-08: 'Ini sungguh pemerkosaan terhadap hak pengungsi!' of rice gone bad): also with 'terhadap',
    # 'atas' between (Sundanese 'kana', Javanese 'marang', krama 'dhateng'), the Javanese 'merkosa hak', and the English
    # 'a rape of our rights' (KBBI terhadap; Danadibrata kana; Baoesastra marang, merkosa; English plain usage)
    (r"(?:memperkosa|diperkosa|perkosa|perkosaan|pemerkosaan|merkosa) (?:terhadap |atas |kana |ka |marang |dhateng )?"
     r"(?:hak|hak-hak)|rape of (?:our |their |the |his |her |my |people's |refugees' )?(?:basic |human )?(?:rights|"
     # (the normalised text reads the English 'rights' as 'benar', sourced.py)
     r"benar)",
     "a right violated"),
    # Round 32 (B52-17 'ini pelecehan thd warga!!! beras yg dibagi ... bau apek'): 'pelecehan' said of the aid given as
    # contempt of the people ('ini pelecehan terhadap warga', 'adalah pelecehan terhadap pengungsi', 'ieu mah pelecehan
    # ka warga', 'iki pelecehan marang warga', 'is a harassment of the displaced people'; KBBI leceh, melecehkan
    # 'memandang rendah, menghinakan'): the word as what this is, said of the residents, the displaced or their rights,
    # never of women or a child among them ('pelecehan terhadap warga perempuan') nor 'pelecehan seksual'
    (r"(?:ini|itu|iki|kuwi|ieu|eta|adalah|merupakan|namanya|this is|that is|it is|is|was) (?:mah |teh |sungguh |"
     r"benar-benar |jelas |sebuah |suatu |an? )?(?:penghinaan (?:dan|lan|jeung|and) |insult (?:and|&) (?:an? )?)?"
     r"(?:pelecehan|harassment) (?:terhadap|kepada|ke|ka|marang|dhateng|kana|atas|of|to) (?:the |para |kami |our "
     r"|their )?"
     r"(?:hak\S*|warga|pengungsi|rakyat|masyarakat|korban|kami|kita|displaced|residents|refugees|villagers|people|"
     # (round 37, B58-28 'Ini pelecehan terhadap martabat dan keyakinan kami' of a congregation refused aid: their
     # dignity, faith or religion held in contempt; KBBI martabat, keyakinan, kepercayaan, agama; Danadibrata ajen,
     # agama, kapercayaan; Baoesastra agama, krama agami, pangandel; English plain usage)
     r"martabat|harkat|harga diri|keyakinan|kepercayaan|agama|agami|akidah|iman|ajaran|ajen|kapercayaan|pangandel|"
     r"dignity|faith|beliefs?|religion|"
     r"survivors)(?! perempuan| wanita| cewek| ibu| awewe| wadon| istri| anak| bocah| budak| lare| putri| women| "
     r"girls| female| children)", "a right violated"),
    # Round 16 (B34-12): what happens to those who report, asked about ('apa benar warga yang lapor bakal dicoret dari
    # daftar?', 'katanya pengungsi yang lapor akan dicoret ..., apa benar begitu?'): a question about reprisals, no
    # act told; the question mark closes its sentence (two-letter 'nu' right before its verb, for the prefilter)
    (r"(?:(?:yang|sing|ingkang|who|that) (?:\S+ )?|nu )(?:lapor|melapor|mengadu|ngadu|complain|complains|complained|"
     r"report|reports|reported|ngalaporkeun|nglaporake|nglaporaken|wadul|ngawadul) (?:\S+ ){0,4}(?:dicoret|dihapus|"
     r"dikeluarkan|dicabut|removed|struck off|cut off|taken off|crossed off)(?: [^\s.!?;]+){0,10} \?",
     "the reporting asked about"),
    # Round 17 (B35-04, B35-16, B35-38): harassment or violence named in a case still to come, 'if ever there is'
    # ('kalau nanti ada remaja yang mengalami pelecehan atau kekerasan seksual', 'upami engké aya pelecehan seksual
    # atanapi kekerasan', 'kalau misalnya ada budak nu ngalaman kekerasan seksual', 'if someone ever faces sexual
    # harassment'; KBBI kalau, nanti, misalnya; Danadibrata upami, engké, aya; Baoesastra menawi, mangke, wonten;
    # English plain usage): a topic, not an allegation; never with 'again' between ('lagi', 'deui', 'maneh', 'malih':
    # it has happened), and only the named words, never an act told in the sentence ('meraba', 'groped' outside it)
    (r"(?:kalau|jika|bila|apabila|upami|lamun|menawi|yen|if) (?:nanti |engke |engké |mangke |mengko |misalnya |"
     r"misalna |upamane |ever |one day )?(?:ada|aya|ana|wonten|there is|there are|there's|someone|anyone|somebody) "
     r"(?:ever )?(?:(?!lagi |deui |maneh |malih |again )[^\s.!?;,]+ ){0,7}(?:pelecehan(?: seksual)?|kekerasan seksual|"
     r"kekerasan|eksploitasi seksual|sexual harassment|sexual abuse|sexual exploitation|sexual violence|harassment|"
     # (round 17, B35-11: an improper act named so, 'kalau ada yang berbuat tidak senonoh', 'upami aya nu ngalakukeun
     # hal nu teu sopan'; KBBI senonoh, sopan; Danadibrata sopan; Baoesastra saru)
     r"berbuat tidak senonoh|tidak senonoh|tidak sopan|teu sopan|teu senonoh|kurang ajar|tumindak saru|saru|"
     r"indecent\w*|abuse)(?: (?:atau|atanapi|utawi|utawa|or|dan|and) (?:pelecehan(?: seksual)?|kekerasan(?: seksual)?|diganggu|"
     r"sexual \S+|abuse|harassment))?(?! (?:lagi|deui|maneh|malih|again))", "a case still to come"),
    # Round 31 (B51-38: 'Apabila ada perempuan yang bercerita kepada saya bahwa ia mengalami kekerasan seksual tetapi
    # belum mau melapor, apakah saya tetap dapat merujuknya ...?', a midwife's question): the case still to come told
    # to a helper, a teller and 'that' between 'ada' and the act ('yang bercerita kepada saya bahwa ia mengalami', 'nu
    # nyarios ka abdi yen anjeunna ngalaman', 'ingkang cerita dhateng kula bilih', 'who tells our staff that she has
    # experienced'; KBBI cerita, bahwa; Danadibrata nyarios, yen; Baoesastra crita, bilih; English plain usage), only
    # where its sentence closes with a question mark; the act named only as a noun, never a verb of an act told
    (r"(?:kalau|jika|bila|apabila|upami|lamun|menawi|yen|if) (?:ada|aya|ana|wonten|there is|there are|there's|"
     r"someone|anyone|somebody) (?:[^\s.!?;,]+ ){0,4}(?:bercerita|cerita|menceritakan|curhat|mengaku|bilang|nyarios|"
     r"crita|matur|ngomong|tells|told|says|said) (?:[^\s.!?;,]+ ){0,3}(?:bahwa|kalau|yen|bilih|that) "
     r"(?:[^\s.!?;,]+ ){0,3}(?:pelecehan(?: seksual)?|kekerasan seksual|eksploitasi seksual|sexual harassment|sexual "
     r"abuse|sexual exploitation|sexual violence)(?=(?: [^\s.!?;]+){0,25} \?)", "a case still to come"),
    # Round 17 (B35-11, B35-24): what was taught or is now understood harassment to be ('diajari apa itu pelecehan
    # seksual', 'ibu-ibu mangertos bilih pelecehan seksual menika boten namung dipun cekel, nanging ugi omongan
    # saru', 'we learned what sexual harassment is'; KBBI ajar, diajari, paham, mengerti; Baoesastra mangertos, ngerti,
    # krama bilih; Danadibrata ngartos, terang, yén; English plain usage): the definition, to the end of its sentence,
    # is a topic
    (r"(?:diajari|diajarkan|diajarin|dipun ajari|dipunajari|diwulang|diwulangi|dijelaskan|dijelasin|diterangkan|"
     r"dipun terangaken|taught|learned|learnt|explained|mangertos|ngertos|ngerti|ngartos|paham|mengerti|memahami|"
     r"understand|understood|know|knows) (?:\S+ ){0,2}(?:apa itu|apa iku|apa kuwi|menapa punika|naon ari|naon éta|"
     r"naon eta|what|bilih|yen|yén|bahwa|that|tentang|soal|about) (?:\S+ )?(?:pelecehan(?: seksual)?|kekerasan "
     r"seksual|eksploitasi seksual|sexual harassment|sexual abuse|sexual exploitation|sexual violence|harassment)"
     # (and a second topic taught beside it: 'apa itu pelecehan seksual dan kekerasan dalam rumah tangga', KBBI)
     r"(?: (?:dan|and|lan|jeung|sareng|atau|or) (?:kekerasan dalam rumah tangga|kdrt|kekerasan(?: seksual)?|"
     r"domestic violence))?"
     r"(?: (?:menika|punika|iku|kuwi|itu|adalah|ialah|yaitu|nyaeta|nyaéta|teh|is|means|includes)"
     r"(?: [^\s.!?;]+){0,20})?", "what it is, taught or understood"),
    # Round 17 (B35-30): a leaflet, session or material on it asked for (KBBI brosur, pamflet, modul, materi; English
    # plain usage), as a training is
    (r"(?:leaflets?|brochures?|flyers?|posters?|modules?|materials?|sessions?|brosur|pamflet|modul|selebaran) "
     r"(?:\S+ ){0,2}(?:kekerasan seksual|pelecehan seksual|eksploitasi seksual|sexual violence|sexual abuse|sexual "
     r"harassment|sexual exploitation(?: and abuse)?|gender-based violence|pseah|psea|gbv|kbg)", "a training topic"),
    # Round 17 (B35-20): acts feared, with no incident yet in the same sentence ('sieun diintip atanapi diganggu ...,
    # sanaos dugi ka ayeuna teu acan aya kajadian', 'takut diintip, belum ada kejadian', 'afraid of being watched,
    # though no incident yet'; Danadibrata sieun, teu acan, kajadian; KBBI takut, belum, kejadian; Baoesastra wedi,
    # krama ajrih, dereng, kedadosan)
    (r"(?:takut|sieun|wedi|ajrih|khawatir|hariwang|afraid|scared|worried) (?:of )?(?:being )?(?:[^\s.!?;]+ ){0,1}"
     r"(?:(?:atau|atanapi|utawi|utawa|or) [^\s.!?;]+ )?(?:[^\s.!?;]+ ){0,8}(?:belum|teu acan|durung|dereng|not yet|no) "
     r"(?:\S+ ){0,2}(?:ada |aya |ana |wonten |any )?(?:kejadian|kajadian|kedadeyan|kedadosan|incidents?)",
     "acts feared, none yet"),
)

NOTHING_TO_REPORT = "says there is nothing to report"
NOTHING_HAPPENED = "says nothing wrong happened"
# Feedback, thanks and requests: they do not decide anything, they raise confidence in 'not misconduct'.
NOT_MISCONDUCT: tuple[tuple[str, str], ...] = (
    (r"terima kasih|terimakasih|berterima kasih|makasih|trims|thanks|thank|thankful|grateful|appreciate[sd]?|hatur nuhun|matur nuwun|matur suwun|nuhun|"
     r"(?:ngaturaken|ngaturake|ngaturkeun) (?:\w+ )?(?:panuwun|nuwun|nuhun|sembah nuwun)|panuwun|kasuwun|"
     r"ngahaturkeun nuhun|"
     # round 11: Ambonese and Manado Malay 'danke' (from Dutch; Kamus Dialek Melayu Ambon)
     r"danke|dangke|danke banya(?:k)?|"
     # round 34 (B56-03 'suwun yo mas mbak relawan ...'): the short ngoko 'suwun' and krama 'suwun sanget' (Baoesastra
     # suwun, 'matur suwun'); never 'nyuwun', 'disuwun' (asking: other words)
     r"suwun", "thanks"),
    # round 11: aid or water not received, in every register (Ambonese seng dapa, aer; Danadibrata teu kenging, cai;
    # Baoesastra ora oleh, banyu, krama toya; KBBI belum dapat), and the tanker that came only once
    (r"(?:belum|blm|tidak|tdk|tak|gak|ga|nggak|seng|sonde|teu|henteu|acan|ora|durung|dereng|mboten|boten|not|no|never) "
     r"(?:pernah )?(?:dapat|dapa|dapet|dpt|kenging|meunang|oleh|entuk|angsal|pikantuk|received|receive|got|get|had|"
     r"have) (?:any )?(?:\S+ )?(?:air|aer|cai|banyu|toya|water|bantuan|bantosan|beras|beas|uwos|sembako|makanan|food|"
     r"rice|aid|terpal|tarpaulins?|selimut|blankets?|logistik|supplies)\b|(?:tangki|tanker|truk|truck|mobil) "
     r"(?:\S+ ){0,3}(?:datang|dateng|sumping|teka|rawuh|came|come|comes) (?:\S+ ){0,2}(?:satu kali|sekali|sakali|"
     r"sepisan|pisan|sapisan|once|1 kali)", "a complaint about aid or facilities"),
    # round 22 (B42-02): food handed out spoiled or past its date (KBBI basi, busuk, kedaluwarsa; Danadibrata bau,
    # buruk; Baoesastra basi, bosok; English plain usage)
    (r"(?:nasi|makanan|sega|sangu|beas|beras|uwos|food|rice|meals?|mi instan|mie instan|lauk)\S* (?:\S+ ){0,6}"
     r"(?:basi|busuk|bosok|buruk|kedaluwarsa|kadaluarsa|kadaluwarsa|rotten|spoiled|spoilt|stale|expired)|"
     # (and, in English, none for days: 'No clean water for four days')
     r"(?:no|without) (?:clean |drinking |safe )?(?:water|food|rice|aid|supplies) (?:for|since) (?:\S+ )?(?:days?|"
     r"weeks?|\d+)", "a complaint about aid or facilities"),
    # round 12 (B30-24): the reporter says she wants to complain (Baoesastra ngeluh, sambat; KBBI mengeluh; Danadibrata
    # ngawadul is 'to complain of someone', left out); what the complaint is about still places the report
    (r"(?:arep|mau|ingin|pengen|pengin|bade|badhe|rek|hoyong|want to|would like to) (?:\S+ )?(?:ngeluh|mengeluh|"
     r"mengeluhkan|ngeluhake|ngeluhaken|sambat|complain)", "a complaint about aid or facilities"),
    # suggestions (KBBI usul, saran; Danadibrata usul; Baoesastra usul, pamrayoga)
    (r"(?:mengusulkan|mengusul|usul|usulan|usulkan|saran|sarannya|menyarankan|sarankan|ngusulkeun|ngusulake|"
     r"ngusulaken|ngusulke|nyaranke|nyarankeun|suggest\w*|propos(?:e|al)|recommend (?:that|we|adding)|"
     r"it would be (?:good|better)|alangkah baiknya|sebaiknya|leuwih hade|luwih apik|langkung sae)",
     "a suggestion"),
    # A question needs its question mark or an unambiguous question word: 'di mana', 'when', 'how' also begin
    # relative clauses in reports of abuse. 'Tolong' (help!) and 'punten' (excuse me) are no evidence at all.
    (r"(?:kapan|bagaimana|gimana|dimana|di mana|berapa|siapa|where|when|how|what|who|is there|are there|can (?:we|i|"
     r"you)|could (?:we|i|you)|iraha|kumaha|pripun|kapan|pundi|sabaraha|ana ora|aya teu) (?:[^\s.!?;]+ ){0,16}\?|"
     r"(?:menapa|punapa|napa|apa|opo|naon|naha|sopo|sapa|sinten|saha|endi|pundi|piye|kepiye|pripun|pira|pinten|"
     r"kenapa|mengapa|kumaha|iraha|(?:isih|masih|tasih|keneh|still) (?:ana|ada|aya|wonten|ono)|"
     r"ana|ono|wonten|aya|saged|tiasa|iso|isa|bisa) (?:[^\s.!?;]+ ){0,12}\?|"
     r"(?:saged|saget|tiasa|iso|isa|bisa|bisakah|boleh|mangga) (?:\w+ )?(?:dipun ?paringi|diparingi|diwenehi|"
     r"diwenehke|diberi|dikasih|dipasihan|dibere|ditambah|ditambahi|dipasang|dipasangi|dibantu)|"
     r"apakah|apa(?:kah)? (?:ada|bisa|boleh)|ingin tahu|mau tanya|ingin bertanya|bertanya|nanya|naros|naroskeun|"
     # English yes/no questions, and saying there is nothing to report ('Is this line confidential?', 'I'm not
     # reporting anything, just asking')
     r"(?:is|are|does|do|will|would|can|could) (?:this|it|the|my|our|they|you|reports?|reporting|callers?) "
     r"(?:[^\s.!?;]+ ){0,12}\?|(?:want|would like|wanted) to know|"
     r"tumaros|nanyakeun|takon|nyuwun pirsa|memastikan|"
     r"nomor (?:pengaduan|hotline|telepon|kontak)", "a request or a question"),
    (r"(?:mohon|tolong|please|pls|butuh|perlu|need|minta|nyuwun|nyuhunkeun|hoyong|permohonan|memohon|permintaan|"
     r"request|requesting|requests|punten) (?:\w+ ){0,2}(?:dikirim|kirim|"
     r"tambahan|air|terpal|selimut|obat|makanan|susu|popok|pembalut|info|informasi|jadwal|send|more|diapers|water|"
     # (round 14, B32-31: a date or a schedule asked for; KBBI tanggal, jadwal)
     r"date|dates|schedule|tanggal|"
     r"food|blankets?|tents?|tarpaulins?|medicine|lights?|lampu|toilet|mck|kamar mandi|bantuan|bantosan|tali|"
     r"terpal)|mohon (?:\w+ )?(?:bantu\w*|dibantu|"
     r"ditambah|tambah\w*|"
     r"dipariksa|diparios|dicek)|(?:mangga|punten|please|tolong|mohon) (?:\w+ )?(?:dipariksa|diparios|diperiksa|"
     r"dicek|check|periksa|"
     r"dicek|dicek ulang|diperiksa|ditindaklanjuti|segera|dikirim|info\w*|perhatian\w*)|"
     r"(?:mohon|tolong|please|pls|nyuwun|punten|mangga) (?:\w+ )?(?:ditambah|ditambahin|ditambahi|diganti|"
     r"digantiin|dibagi lagi)|"
     r"(?:mohon|tolong|please|nyuwun|punten|mangga) (?:ada |dilakukan |diadakan )?(?:\w+ )?(?:pendataan|didata|"
     r"data ulang|pendataan ulang|pembagian ulang|dibagi ulang|perbaikan|diperbaiki|dipisah\w*|penambahan)",
     "a request for aid or information"),
    # Praise of the people or the aid (Indonesian, Sundanese lemes, Javanese krama, English).
    (r"(?:sangat|sungguh|begitu|pisan|banget|tenan|sekali|very|so|really)? ?(?:sopan|(?<!ruang )ramah(?! anak)|membantu|baik hati|"
     # (round 35, B56-12 'your kind gets nothing here': 'kind' after 'your', 'their', 'that', 'what' or before 'of'
     # is a sort of people, no praise)
     r"tulus|adil|sabar|sae|someah|bageur|apik|becik|sae sanget|helpful|"
     r"kind(?<!your kind)(?<!their kind)(?<!that kind)(?<!what kind)(?<!this kind)(?<!any kind)(?<!some kind)"
     r"(?! of)|polite|respectful|fair|"
     r"(?<!-)friendly(?! space))"
     r"(?: (?:sekali|pisan|banget|tenan|sanget))?", "praise"),
    # Complaints about the quantity, quality or timing of aid and facilities: feedback, not misconduct.
    (r"(?:bantuan|beras|sembako|air|logistik|terpal|tenda|selimut|obat|makanan|susu|popok|toilet|mck|lampu|"
     r"aid|food|water|rice|tent|latrines?|toilets?|blankets?|medicine|diapers?|milk|lights?) .. "
     r"(?:belum (?:datang|sampai|dapat|diganti|dibagikan|diperbaiki)|kurang|tidak cukup|habis|basi|berkutu|busuk|"
     r"kadaluarsa|kedaluwarsa|tidak layak|rusak|bocor|mati|kotor|mampet|terlambat|telat|lambat|tidak punya kunci|"
     r"ukuran\S* (?:\S+ )?(?:kecil|sempit)|terlalu (?:kecil|sempit)|sempit|tidak muat|too small|too cramped|"
     r"kutuan|bau apek|apek|teu bisa didahar|tidak bisa dimakan|ora iso dipangan|ora bisa dipangan|buruk|"
     r"durung|can|teu cekap|teu acan|ora cukup|kirang|not enough|ran out|late|delayed|spoiled|expired|broken|"
     r"leaking|dirty|no locks?|has not (?:come|arrived)|hasn't (?:come|arrived)|never arrived)",
     "a complaint about aid or facilities"),
    # round 9 (B23-23): the rice full of lice or smelling musty, told further from the word for it ('beras bantuan sing
    # dibagi neng pengungsian ... wingi akeh kutune, ambune apek'; Baoesastra kutu, ambu, apek; KBBI berkutu, apak;
    # Danadibrata kutuan, bau)
    (r"(?:beras|beas|uwos|rice|sembako|makanan|bantuan)\S* (?:\S+ ){0,8}(?:akeh kutune|kutune|kutunya|kutuan|berkutu|"
     r"ambune apek|baune apek|bau apek|apek|apak|bulukan|jamuran|moldy|mouldy|full of (?:lice|weevils|insects)|"
     r"weevils)", "a complaint about aid or facilities"),
    # round 8: a long wait at the distribution (KBBI antre, menunggu, lama; Baoesastra ngenteni, suwe; Danadibrata
    # ngantosan, lila)
    (r"(?:antre|antri|antrean|antrian|queue|queues|line|lines|distribution|pembagian|pembagiane)\S* (?:\S+ ){0,3}"
     r"(?:lama sekali|terlalu lama|kelamaan|lama banget|suwe banget|suwi banget|lami sanget|lami pisan|lila pisan|"
     r"too long|far too long|takes? (?:far )?too long)|(?:waited|waiting|menunggu|nunggu|ngantri|antri|ngenteni|"
     r"nungguan|ngantosan) (?:\S+ ){0,2}(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|two|three|four|five|six|seven|"
     r"eight|tilu|opat|genep|loro|telu|papat|enem) (?:jam|hours|jem)", "a complaint about aid or facilities"),
    (r"(?:bocor|leaking|rusak|broken|mati) .. (?:tenda|atap|toilet|mck|tent|roof|lampu)|antre(?:an)? "
     r"(?:panjang|lama)|long (?:queues?|lines?)|tidak kebagian|belum kebagian|belum dapat bantuan|"
     r"didn't get (?:any )?(?:aid|food|rice)|did not receive|(?:belum|tidak|ora|teu|durung|dereng|boten|mboten) "
     r"(?:pernah )?(?:mendapat|mendapatkan|dapat|menerima|entuk|oleh|kebagian|kenging|nampi|tampi|narima) "
     r"(?:\w+ ){0,3}(?:bantuan|air|terpal|selimut|obat|makanan|susu|beras|sembako|buku|seragam|perlengkapan|"
     r"kemul|simut|bantosan|aid|food|water)|(?:mung|hanya|cuma|ngan) cukup (?:untuk|kanggo|kangge|for|pikeun)|"
     # (round 47, B67-29 'udh 4 hari ada nomer gk dikenal sms telpon tiap malem': 'not known' after the negator is an
     # unknown sender or person, no aid missing; KBBI dikenal, kenal; Danadibrata kenal, wawuh; Baoesastra kenal,
     # krama tepang)
     r"(?:sudah|udah|wis|geus) \d+ (?:hari|dina|poe|days) (?:\w+ ){0,3}(?:belum|tidak|ora|teu)"
     r"(?! (?:dikenal|dikenali|kenal|diketahui|wawuh|tepang|ditepangi)(?!\S))|still waiting|"
     r"masih menunggu|isih ngenteni|masih nunggu|nungguan keneh|"
     r"(?:tidak|belum|kurang|ora|teu|not) (?:merata|rata|adil merata|evenly|fairly shared)|uneven(?:ly)?|"
     r"(?:jeneng|nama|nami|ngaran|name)\S* (?:\S+ )?(?:durung|belum|teu acan|dereng|tidak|ora|not|isn't|wasn't) "
     r"(?:\S+ )?(?:mlebu|masuk|didata|terdaftar|kadaftar|kacatet|kecatet|dicatat|lebet|asup|registered|listed|"
     r"on the list)|"
     r"(?:hanya|cuma|cm|mung|ngan|only) (?:mendapat|mendapatkan|menerima|dapat|dapet|entuk|oleh|meunang|nampi|"
     r"got|received|gets) (?:\w+ )?(?:\d+|satu|dua|tiga|setengah|sedikit|sithik|saeutik|one|two|half)|"
     r"(?:have|has) no (?:notebooks|pencils|books|food|water|"
     r"blankets|tents?)|(?:cuma|cm|hanya|mung|ngan) (?:dapat|dpt|dapet|entuk|meunang) \d+",
     "a complaint about aid or facilities"),
    # Round 14 (B31-16, B32-31): aid not enough or run out, closing its phrase, in Sundanese, Javanese and Indonesian
    # (Danadibrata cekap 'cukup', kirang, beak, seep 'habis'; Baoesastra cukup, entek; KBBI cukup, habis); 'teu cekap
    # umur' (under age) does not close its phrase
    (r"(?:teu cekap|henteu cekap|kirang|ora cukup|mboten cekap|tidak cukup|gak cukup|ga cukup|not enough)"
     r"(?: pisan| pisan-pisan| banget| sanget| sekali| at all)?(?= [.,!;]|$)", "a complaint about aid or facilities"),
    # (entries kept apart so that each has a fixed beginning for the matcher's prefilter)
    (r"(?:beas|beras|uwos|mie|sembako|cai|banyu|toya|air|susu|bantuan|bantosan|logistik)(?:nya|na|ne|e)? "
     r"(?:\S+ ){0,2}"
     r"(?:teu aya deui|tos seep|geus beak|parantos seep|wis entek|sampun telas|sudah habis|udah abis|habis|entek|seep|"
     r"beak|telas)(?= [.,!;]| ti | sejak | wiwit | since |$)", "a complaint about aid or facilities"),
    # deliveries late, kits that came without what they should hold (KBBI terlambat, tanpa; English plain usage)
    (r"(?:distributions?|deliveries|delivery|parcels?|packages?|kits?|rations?|supplies|pembagian|penyaluran|paket|"
     r"distribusi)(?:nya|na|ne|e)? (?:\S+ ){0,6}(?:late|delayed|terlambat|telat|kasep)",
     "a complaint about aid or facilities"),
    (r"(?:kits?|parcels?|packages?|paket|"
     r"bantuan|boxes?) (?:\S+ ){0,2}(?:arrived|came|come|datang|dateng|sumping|teka) (?:\S+ )?(?:without|tanpa) "
     r"(?:any )?(?:\S+ )?(?:pads|soap|underwear|blankets?|rice|food|pembalut|sabun|selimut|beras)",
     "a complaint about aid or facilities"),
    # (round 14: a request to attend to it, Sundanese lemes 'mangga diperhatoskeun', Danadibrata perhatos; Baoesastra
    # gatosaken, gatekake; KBBI diperhatikan)
    (r"(?:mangga|punten|mohon|tolong|nyuwun|please) (?:\S+ )?(?:diperhatoskeun|diperhatikeun|diperhatikan|digatosan|"
     r"digatekake|dipun ?gatosaken|digatosaken)", "a request for aid or information"),
    (r"(?:not|tidak|teu|ora|mboten) (?:\S+ )?(?:reporting|melaporkan|ngalaporkeun|nglaporake|lapor) (?:anything|"
     r"apa-apa|nanaon|apa wae|menapa-menapa)|just asking|hanya bertanya|cuma (?:mau )?(?:nanya|tanya|bertanya)|"
     r"ngan (?:hoyong )?naros|mung takon", NOTHING_TO_REPORT),
    # (round 12, B29-38: not 'ketawa kayak nothing happened', 'as if nothing happened', 'seolah tidak terjadi apa-apa':
    # said of how he behaved after it, a comparison, not a denial; KBBI seolah, seakan, kayak; Danadibrata siga;
    # Baoesastra kaya, kados)
    # Round 16 (B33-24): nobody steals it, the aid is just little (Baoesastra nyolong, maling; Danadibrata maling;
    # KBBI mencuri, curi; English plain usage): the suspicion the reporter sets aside herself
    (r"(?:tidak ada|gak ada|ga ada|nggak ada|tak ada|ora ana|ra ana|teu aya|mboten wonten|boten wonten|nobody|no one|"
     r"no-one) (?:yang |sing |nu |ingkang |is |has |was |who )?(?:\S+ )?(?:nyolong|nyolongi|mencuri|nyuri|nyuriin|"
     r"maling|malingan|ngorupsi|korupsi|ngembat|stealing|steals|stole|stolen)",
     NOTHING_HAPPENED),
    (r"(?<!kayak )(?<!kaya )(?<!kek )(?<!like )(?<!as if )(?<!as though )(?<!seolah )(?<!seolah-olah )(?<!seakan )"
     r"(?<!seakan-akan )(?<!siga )(?<!kados )(?<!pura-pura )(?:tidak ada (?:yang )?(?:aneh|apa-apa|masalah)|(?:belum|"
     r"tidak) terjadi apa-apa|nothing (?:happened|wrong|strange))|(?:ternyata|turned out (?:to be )?)(?:hoaks|hoax|bohong|false|tidak benar|not true)|hoaks|hoax|"
     # a rumour is something heard, not a denial: only 'just a rumour' says nothing happened
     r"(?:cuma|cuman|hanya|sekadar|sekedar|just|only|merely|mung|ngan) (?:a |an )?(?:rumou?r|gosip|isu)|"
     r"isu (?:bohong|palsu)|kabar (?:bohong|burung)|"
     # round 14 (B32-31): 'nobody has done anything wrong to us' (KBBI berbuat salah; Danadibrata salah; Baoesastra
     # salah, luput)
     r"(?:nobody|no one|no-one) (?:has |have |had )?(?:done|did) (?:anything|something) (?:wrong|bad)|"
     r"(?:tidak ada|gak ada|ga ada|teu aya|ora ana|mboten wonten) (?:yang |nu |sing |ingkang )?(?:berbuat|ngalakukeun|"
     r"nglakoni|tumindak|ngelakuin) (?:\S+ )?(?:salah|jahat|goreng|ala|luput)", NOTHING_HAPPENED),
    # Round 44 (B64-08 'Kami tidak menuduh siapa pun berbuat curang'; B64-18 'Penelepon tidak menyampaikan dugaan
    # pelanggaran oleh petugas'): the reporter or the operator says outright that no one is accused, no misconduct
    # alleged (KBBI tuduh, dugaan, pelanggaran; Danadibrata nuduh, saha wae; Baoesastra nuduh, sinten; English plain
    # usage); only anyone accused or the officers' words for misconduct, never a sexual word ('tidak melaporkan
    # pelecehan itu' is an act not reported before, no denial)
    (r"(?:tidak|bukan|teu|henteu|ora|dudu|mboten|boten|sanes|not|never) (?:bermaksud |hendak |ingin |mau |badé |"
     r"bade |arep |badhe )?(?:menuduh|nuduh|nuduhkeun|nudhuh|ndakwa|accusing|accuse|alleging|allege|blaming|blame|"
     r"menyalahkan|nyalahkeun|nyalahke|nyalahake) (?:siapa ?pun|siapa-siapa|siapa saja|saha (?:wae|waé|bae)|"
     r"saha-saha|sapa wae|sopo wae|sinten-sinten|sinten kemawon|anyone|anybody|any(?:one|body)? of (?:the )?"
     r"(?:staff|volunteers|officers|workers)|any (?:misconduct|wrongdoing))|"
     r"(?:tidak|teu|henteu|ora|mboten|boten|not|never|did not|didn't|does not|doesn't) (?:\S+ )?(?:menyampaikan|"
     r"melaporkan|mengadukan|ngalaporkeun|nyarioskeun|nglaporake|ngaturaken|allege|alleged|report|reported|raise|"
     r"raised|make|made) (?:any |an |adanya )?(?:dugaan |allegations? of |complaints? of )?(?:pelanggaran|"
     r"penyimpangan|misconduct|wrongdoing)", NOTHING_HAPPENED),
    # no incident yet, only a fear (KBBI kejadian; Danadibrata kajadian; Baoesastra kedadeyan, krama kedadosan)
    # (round 17: krama 'boten', 'mboten', ngoko 'ora', Sundanese 'teu', 'henteu' too: 'boten wonten kedadosan')
    (r"(?:belum|tidak|blm|gak|teu acan|durung|dereng|not yet any|boten|mboten|ora|teu|henteu) (?:\S+ )?"
     r"(?:ada |aya |ana |wonten )?"
     r"(?:kejadian|kajadian|kedadeyan|kedadosan|incidents?)(?: (?:apa ?pun|apa-apa|nanaon|apa-apa))?|"
     r"no incidents? (?:yet|so far)", NOTHING_HAPPENED),
)
