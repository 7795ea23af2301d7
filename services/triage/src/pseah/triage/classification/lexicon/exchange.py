"""What makes sexual misconduct exploitation: a benefit (aid, money, work, favours) and a link of exchange.

IASC principle 3: exchanging money, employment, goods or services for sex, including sexual favours, is
prohibited, and this includes assistance due to beneficiaries. A sentence with a sexual cue, a benefit and
an exchange marker is read as exploitation.

Sources. Indonesian forms follow KBBI (Kamus Besar Bahasa Indonesia, daring); Sundanese forms Danadibrata, Kamus
Basa Sunda (2006); Javanese ngoko and krama forms Poerwadarminta, Baoesastra Djawa (1939); English plain usage.
Words shared with the NusaX-Lexicon (Winata et al. 2023, CC BY-SA 4.0) and the colloquial-Indonesian lexicons
(Salsabila et al. 2018; louisowen6/NLP_bahasa_resources, MIT) are also read through ``sourced.py``. The project
chose which words to list: BENEFIT and EXCHANGE follow IASC principle 3 as quoted in the seed; aid items are those
of the Cianjur response (seed), exchange markers are the conditional and purpose words of the four languages
(Indonesian asal/kalau/supaya, Sundanese upami/lamun/sangkan, Javanese yen/nek/supados/ben, English if/unless).
Round 3 (word families, not sentences): game currency and phone data bought for children (KBBI pulsa, kuota;
the in-game currencies 'diamond' and 'UC' of the games most played in Indonesia, as players write them); a place
to stay or rent forgiven as the benefit (KBBI tinggal, menumpang, sewa; Danadibrata cicing; Baoesastra manggon,
ngenger); being taken on for work (Danadibrata damel 'work', padamelan; Baoesastra pakaryan); Javanese krama
pikantuk 'get' (Baoesastra); buying something for her as the thing given (KBBI membelikan, Jakarta beliin).
"""

BECAUSE_OF_IT = "that was because"

BENEFIT: tuple[tuple[str, str], ...] = (
    # Round 6: water filled first (Danadibrata jarigen, dieusian, heula; KBBI jeriken, diisi)
    (r"jarigen|jerigen|jeriken|jerrycans?|dieusian (?:heula|pangheulana|leuwih)|diisi (?:duluan|dulu|lebih dulu|"
     r"penuh)", "water"),
    (r"bantuan|bantosan|sembako|beras|beas|terpal|kupon|jatah|selimut|paket|logistik|makanan|makan|obat|susu|"
     r"mi instan|mie|mi|indomie|noodles?|lenga|minyak|air bersih|air lebih|air|hygiene kit|kit kebersihan|kebutuhan|"
     # (round 14, B32-04: water in Sundanese and Javanese, Danadibrata cai; Baoesastra banyu, krama toya)
     r"cai|banyu|toya|"
     # (round 19: rice in krama, Baoesastra uwos)
     r"uwos|"
     # (round 12, B30-23: not 'omah-omah', 'imah-imah', to be married, Baoesastra omah-omah, Danadibrata imah-imah)
     r"rusak berat|ruksak beurat|kategori rusak|dana stimulan|stimulan|(?<!-)(?:omah|imah)(?!-(?:omah|imah))|griya|"
     r"bantuan tunai|bansos|"
     r"cash transfer|payroll|surgery|operasi|operation|treatment|berobat|pengobatan|first in line|"
     r"direkomendasikan|direkomendasikne|rekomendasi|recommend\w*|(?:seen|served|treated|helped|examined|"
     r"registered) first|(?:dilayani|diperiksa|diobati|didahulukan|didata) (?:duluan|lebih dulu|pertama)|"
     # put first or sped up (KBBI didahulukan, diprioritaskan, dipercepat)
     r"didahulukan|diprioritaskan|diutamakan|dipercepat|disegerakan|moved up|prioriti[sz]ed", "aid"),
    (r"uang|duit|dhuwit|artos|arta|pulsa|cigarettes?|rp ?\d[\d.,]*|\d+ ?(?:rb|ribu|juta|jt|k)|cash|money|dollars?|(?<!no )(?<!nomor )(?<!nomer )hp|handphone|"
     r"ponsel|phone|uang jajan|jajan|permen|coklat|cokelat|hadiah|gifts?|sweets|candy|\d[\d.,]* ?(?:rupiah|idr)|"
     r"rupiah|kuota|paket data|data plan|diamonds?|dm|uc|top ?up|topup|voucher game|game credits?|skins?|"
     r"koin game|in-game", "money or gifts"),
    (r"(?:daftar|list) (?:buruh|pekerja|penerima|padat karya|workers?|beneficiar\w*)|"
     # round 8: her name kept on the list ('jenenge tetep ana neng daftar', 'namanya tetap tercantum pada daftar',
     # 'stay on the list'; KBBI nama, daftar, tetap; Baoesastra jeneng, tetep; Danadibrata ngaran, daptar)
     r"(?:jeneng|nama|nami|ngaran|name)\S* (?:\S+ ){0,3}(?:daftar|daptar|list)|(?:stay|stays|remain|kept|keep) on "
     r"(?:the |her |my )?(?:\S+ )?list|"
     r"pekerjaan|kerjaan|kerja|lowongan|job|jobs|work|cash-for-work|kontrak(?:nya)?|contract|"
     r"kader|honor|gaji|salary|promosi|naik pangkat|promotion|perpanjang|dipakai (?:lagi|kerja)|dipekerjakan|"
     r"dipecat|fired|fire (?:her|me|him)|lose (?:her|my|his) job|kehilangan pekerjaan|tetap bekerja|kerja lagi|"
     r"renewal|bongkar muat|padamelan|pedamelan|nyambut damel|nyambut gawe|makarya|pagawean|gawean|penggawean|beasiswa|scholarships?|"
     r"didamel (?:janten|dados|jadi)|dipadamel|damelan|pakaryan|insentif|incentives?|"
     # wages and being paid (KBBI upah, dibayar; Danadibrata buruh, opah; Baoesastra opah, bayaran)
     r"upah(?:nya)?|opah|wages?|(?:ingin|mau|agar|supaya|biar|untuk|arep|hayang|hoyong|to get|to be|want to be) "
     r"dibayar|get paid|be paid|(?:pekerja|buruh|tenaga) harian|daily (?:workers?|labou?rers?|wage)|"
     r"(?:ter|di)?daftar (?:sebagai|jadi|janten|dados) (?:pekerja|buruh|relawan|kader)|"
     # round 14 (B31-17): a paid place in the response promised ('ngasupkeun abdi damel', 'nglebokke aku dadi relawan
     # sing dibayar', 'jadi relawan dibayar', 'a paid volunteer post'; Danadibrata asup, ngasupkeun, damel; Baoesastra
     # lebokake, bayar; KBBI memasukkan, dibayar; English plain usage)
     r"(?:ngasupkeun|diasupkeun|nglebokke|nglebokake|dilebokke|masukin|memasukkan|dimasukkan|nempatkeun|narima) "
     r"(?:\S+ )?(?:damel|gawe|kerja|jadi|dadi|janten|dados)\b|(?:jadi|dadi|janten|dados|as a|as) (?:relawan|volunteer|"
     r"staf|staff|pegawai|karyawan|tukang) (?:sing |yang |nu |anu |ingkang )?(?:dibayar|digaji|paid)|paid (?:volunteer|"
     r"post|job|position|work)|"
     r"(?:diangkat|dijadikan|dipekerjakan|dipakai|dipake|diterima|direkrut|hired|employed|taken on|recruited) "
     r"(?:jadi|janten|dados|sebagai|as) (?:\S+ )?(?:pegawai|staf|karyawan|tukang|kader|relawan|juru|koki|cook|staff|"
     r"worker|helper|driver|sopir|supir|guard|penjaga)|a job as|kerja (?:jadi|sebagai)", "work or pay"),
    # round 34 (B56-19 'upami abdi hoyong tetep kadaptar', on a cash-for-work list): staying registered (KBBI tetap,
    # terdaftar; Danadibrata tetep, kadaptar; Baoesastra tetep, kedaftar; English plain usage), an entry of its own
    # so that the matcher's prefilter still skips the long one above
    (r"(?:tetap|tetep|ttp|masih|still) (?:terdaftar|kadaptar|kadaftar|kedaftar|didaftar|kadaptarkeun)|(?:stay|stays|"
     r"remain|remains) registered", "work or pay"),
    # Round 46 (B66-30 'posisi itu ... asal aku mau nemenin dia weekend ke hotel', B65-25 'bs dpke lg mggu dpn asal sy
    # mau tdr bareng sm dia'): a post named with a word pointing at it or at the job ('posisi itu', 'jabatan
    # tersebut', Sundanese 'kalungguhan eta', krama 'kalenggahan menika'), and being taken on again for work
    # ('dipakai lagi' read before; the informal 'dipake', SMS 'dpke', Sundanese 'dianggo deui', Javanese 'dienggo
    # maneh', krama 'dipunagem malih', 'hired again') are employment, the benefit of IASC principle 3 (KBBI posisi,
    # jabatan, formasi, pakai 'mempekerjakan'; informal dipake, Salsabila et al. 2018; Danadibrata kalungguhan,
    # anggo, deui; Baoesastra kalenggahan, enggo, agem, maneh, malih; English plain usage); never 'posisi' alone,
    # also a position of the body
    (r"(?:posisi|jabatan|formasi|kalungguhan|kalenggahan)(?:nya|na|ne|ipun)? (?:itu|ini|tersebut|tsb|eta|ieu|iku|"
     r"kuwi|iki|niku|menika|punika|puniki|sebagai|jadi|dadi|janten|dados|staf|staff|relawan|pegawai|enumerator|"
     r"kerja|damel|gawe)(?!\S)|(?:dipake|dipke|dpke|dianggo|dienggo|dipunagem|dikontrak|dipekerjakan) (?:lagi|lg|"
     r"deui|maneh|meneh|malih|again)(?!\S)|(?:hired|taken on|kept on|employed|rehired) again", "work or pay"),
    # Round 46 (B66-37 'kalo sy gk sanggup bayar 3 bln gpp asal sy mau 'melayani' dia', of the rent of her room):
    # months she cannot pay, as round 41's rent she cannot pay, the time forgiven standing for the rent (KBBI bayar,
    # sanggup, bulan; Danadibrata mayar, kiat, sasih; Baoesastra mbayar, kuwawi, wulan, sasi; English plain usage); a
    # benefit only, so months unpaid with no sexual demand are no misconduct
    (r"(?:tidak|tdk|gak|nggak|ngga|ga|ora|teu|henteu|mboten|boten|can't|cannot|can not|couldn't|unable to|not able "
     r"to) (?:\S+ )?(?:membayar|bayar|mbayar|mayar|pay|afford)(?: for)? (?:\d+ ?(?:bulan|bln|wulan|sasi|sasih|"
     r"months?)|sebulan|sabulan|sewulan|sesasih|sasasih|a month)(?!\S)", "a place to stay"),
    # not the place ('at the Petobo temporary shelter')
    # (round 19, B38-38: water and its tank in English, 'the water tank ... will only be refilled if'; plain usage)
    # (round 25b: 'a tarp', the short English word for a tarpaulin; plain usage)
    # (round 29, B49-34: 'left ... carrying kits', the kits of the response named alone; English plain usage)
    (r"food|rice|aid|relief|supplies|rations?|blankets?|tarpaulins?|tarps?|vouchers?|hygiene kits?|kits|"
     r"(?<!temporary )shelters?|"
     r"(?:clean |drinking )?water(?: tanks?| supply| rations?)?|refill(?:ed|s|ing)?|"
     # ahead of the others in line (a share of aid sooner)
     r"before (?:the )?others|ahead of (?:the )?others|sebelum (?:yang lain|orang lain|warga lain)|"
     r"cash assistance|cash transfer|food parcels?|(?:free )?medicines?|medication|pills|drugs|vitamins?", "aid"),
    # a free ride (KBBI tumpangan, tebengan) and a repair or registration done first
    # (a ride alone is how he got her alone: 'gave me a ride ... touched me' is abuse; a free one offered is a price)
    (r"(?:tumpangan|tebengan) (?:\S+ )?gratis|free (?:lift|ride)s?|(?:filled|fill|fix|fixed|fixes|fixing|repair|repaired|"
     r"repairs|build|built|builds|rebuild|register|registered|process|processed) (?:\S+ ){0,3}(?:first|sooner|faster|"
     r"quickly)",
     "a share of aid, a list, shelter or a favour"),
    # Round 30 (B50-09 'bs jd 2 hr asal sy mau diajak jalan'): a service promised done within a number of days or
    # hours ('bisa jadi 2 hari', 'iso rampung 2 dina', 'tiasa rengse 2 poe', 'could be ready in 2 days'; KBBI jadi,
    # selesai; Baoesastra dadi, rampung; Danadibrata jadi, rengse; English plain usage); never 'bisa jadi' alone,
    # 'perhaps': the number of days is what makes it the favour
    (r"(?:bisa|iso|isa|tiasa|saged|can|could|will) (?:\S+ )?(?:jadi|dadi|janten|dados|selesai|rampung|rengse|beres|"
     r"kelar|ready|done|issued|terbit) (?:dalam |dalem |ing |within |in )?\d+ (?:hari|dina|dinten|poe|days?|jam|"
     r"hours?)", "a service done sooner"),
    # a better place to sleep (KBBI tenda, lebih besar)
    (r"(?:bigger|larger|better|new|extra|second|own) (?:tents?|shelters?|rooms?|houses?|tarpaulins?|tarps?)|"
     r"tenda (?:yang )?(?:lebih besar|lebih bagus|baru|sendiri|tambahan)", "a place to stay"),
    # Round 32 (B45-37 'cuma dapat tenda kalau "mau melayani" dia', B52-37 'tenda sy mau dicabut ..., kecuali sy mau
    # melayani dia'): a tent got or given ('dapat tenda', 'dibere tenda', 'entuk tendha', 'get a tent') or her tent to
    # be taken away ('tenda saya akan dicabut', 'tenda abdi bade dicabut', 'tendhaku arep dibongkar', 'my tent would
    # be taken down'; KBBI dapat, cabut, bongkar; Danadibrata meunang, dicabut; Baoesastra entuk, bongkar; English
    # plain usage) is the shelter at stake; never a tent named as a place ('di tenda', 'ke tenda')
    (r"(?:dapat|dapet|dpt|mendapat|mendapatkan|diberi|dikasih|dikasi|dibere|dibéré|dipasihan|meunang|kenging|entuk|"
     r"oleh|angsal|pikantuk|get|gets|got|given|receive|received) (?:a |the |sebuah |satu )?(?:tenda|tendha|tents?)|"
     r"(?:tenda|tendha|tent)\S* (?:\S+ ){0,3}(?:dicabut|dibongkar|dibongkarna|dicopot|ditarik|diambil|dirubuhkeun|"
     r"dibongkar|taken down|taken away|removed|pulled down)", "a place to stay"),
    # a stay offered free ('tinggal gratis', 'numpang gratis', 'cicing gratis', 'manggon gratis', 'stay for free';
    # KBBI tinggal, gratis; Danadibrata cicing; Baoesastra manggon)
    (r"(?:tinggal|numpang|menumpang|cicing|manggon|manggen|stay|live|living|staying) (?:\S+ )?(?:gratis|for free|"
     r"free of charge|cuma-cuma|percuma)", "a place to stay"),
    # bedding (KBBI kasur, tikar, bantal; Danadibrata simbut 'blanket', samak 'mat'; Baoesastra kemul, klasa)
    (r"kasur|simbut|tikar|bantal|matras|samak|kemul|klasa|mattress(?:es)?|sleeping mats?|pillows?",
     "goods or gifts"),
    # (round 16, B34-14: Sundanese 'tas' after 'mun', 'basa', 'nembé', 'karék' is 'just after', Danadibrata tas
    # 'baru saja': 'mun tas pareum lampu' dates the act, it names no bag)
    (r"(?:school )?bags?|(?<!mun )(?<!basa )(?<!nembe )(?<!karek )(?<!kakara )tas(?: sekolah| baru)?|sepatu(?: baru)?|shoes|mainan|toys?|sepeda|bicycle|bikes?|"
     r"baju baru|new clothes|seragam|uniforms?|buku tulis|notebooks?|boneka|dolls?|perhiasan|jewell?ery|"
     r"(?:a |an )?new (?:phone|bag|dress|shoes|toy|bike)", "goods or gifts"),
    (r"huntara|hunian sementara|hunian|tempat tinggal|rumah hunian|daftar (?:penerima|bantuan|pkh|blt)|pkh|blt|"
     # (round 12, B29-02: SMS 'dimasukin' (read as 'dimasuki'), 'dimasukan', 'didaftarin', Salsabila et al. 2018;
     # Danadibrata nami, dilebetkeun; Baoesastra jeneng, dilebokake, krama nami, dipun lebetaken)
     r"penerima bantuan|(?:nama|nami|jeneng|jenengku|jenenge|namina) .. (?:dimasukkan|dimasukan|dimasukin|dimasuki|masuk|didaftarkan|didaftarin|dilebetkeun|"
     r"dilebokake|dilebokke|lebet|mlebu|"
     # (round 37, B58-37 'nama kula badhe dipun lebetaken menawi ...': the krama cited above, read as 'dilebetaken';
     # the ngoko 'dilebokne', the Sundanese 'diasupkeun', the Indonesian 'dicantumkan'; Baoesastra lebet, lebokne;
     # Danadibrata asup; KBBI cantum)
     r"dilebetaken|dipunlebetaken|dilebokne|diasupkeun|dicantumkan|"
     # (round 51, B74-07 'if I send them my name will be approved': her name approved, 'disetujui', SMS 'di-acc',
     # the Sundanese 'disatujuan', the ngoko 'disetujoni', krama 'dipunsetujoni'; KBBI setuju, disetujui;
     # Danadibrata satuju; Baoesastra setuju; informal 'acc')
     r"disetujui|disetujuin|diacc|di-acc|disatujuan|disetujoni|dipunsetujoni)|"
     # (and the English, 'my name would be added', 'her name put on')
     r"name (?:\S+ ){0,2}(?:added|included|entered|put on|put back on|approved)(?! (?:to |on )?(?:the )?(?:notice|board|"
     r"poster|banner|wall))|(?:dimasukkan|dimasukin|dimasuki) .. daftar|list|keamanan|"
     # (not the name of a role or a service: 'child protection volunteer', 'perlindungan anak')
     r"perlindungan(?! anak| perempuan| korban)|(?<!child )protection(?! (?:officers?|volunteers?|team|staff|cluster|"
     r"workers?|unit|focal))|priority|prioritas|duluan|lebih dulu|kebagian|share|allocation|assistance|"
     r"entitlement|her case|my case|their case|"
     # (round 20, B39-34: 'one of the first units', a unit of the temporary houses; English plain usage)
     r"(?:the |a |one of the )?first (?:units?|houses?|shelters?)|berkas(?:nya)?|membelikan|dibelikan|bought (?:her|them|me)|rokok|"
     r"pendaftaran|registration|dibantu|diurus|help (?:with|register)|more food|charge (?:my|her) phone",
     "a share of aid, a list, shelter or a favour"),
    # a place to stay: 'boleh tetap tinggal tanpa membayar', 'let us stay for free', 'teu kudu mayar kontrakan'
    (r"(?:boleh|bisa|dapat|diizinkan|diperbolehkan|oleh|kenging|meunang|tetap|terus|can|could|may|allowed to) "
     r"(?:tetap |tetep |ttp |keneh |taksih |terus |still |keep )?(?:tinggal|numpang|menumpang|cicing|manggon|manggen|"
     r"ngenger|nginep|stay)|"
     # round 11: allowed to stay on on his land (KBBI tetap, lahan, tanah; SMS ttp; Danadibrata keneh, lahan; Baoesastra
     # tetep, lemah, krama siti)
     r"(?:boleh|bisa|oleh|kenging|meunang|diizinkan|allowed to|can|could) (?:tetap|tetep|ttp|terus|keneh|taksih|"
     r"still|keep) (?:di|neng|ing|wonten|on) (?:\S+ )?(?:lahan|tanah|lemah|siti|kebun|rumah|omah|imah|griya|"
     r"pekarangan|kontrakan|land|house|plot|yard)\S*|"
     r"(?:tanpa|without) (?:membayar|bayar|sewa|paying)|(?:gratis|free) (?:sewa|rent|"
     # (round 19: lemes 'henteu kedah mayar', krama 'mboten sisah mbayar', ngoko 'ra usah'; Danadibrata henteu, kedah;
     # Baoesastra ora, ra, sisah)
     r"of charge)|rent-free|(?:tidak|gak|ora|ra|teu|henteu|mboten|boten|not) (?:usah|perlu|kudu|kedah|sisah|susah|"
     r"need to|have to) (?:bayar|membayar|mbayar|mayar|pay)|(?:let|allow|allowed) (?:us|me|her|them) (?:to )?stay|sewa(?:nya)? (?:dihapus|digratiskan|"
     r"dibebaskan)", "a place to stay"),
    # Round 41 (B62-39 'jika saya tidak mampu membayar sewa, saya harus 'melayaninya' setiap malam Jumat'): the rent
    # she cannot pay, as his terms put it, is the rent forgiven for sex, the benefit (KBBI sewa, kontrakan, kos, mampu,
    # sanggup; Danadibrata mayar, kontrakan, tiasa; Baoesastra mbayar, sewa, iso; English plain usage); a benefit only,
    # so a rent she cannot pay with no sexual demand told is no misconduct
    (r"(?:tidak|tdk|gak|nggak|ngga|ora|teu|henteu|mboten|boten|can't|cannot|can not|couldn't|unable to|not able to) "
     r"(?:\S+ )?(?:membayar|bayar|mbayar|mayar|pay|afford) (?:\S+ )?(?:uang )?(?:sewa|kontrakan|kos|kost|kosan|"
     r"rent|rental)(?!\S)", "a place to stay"),
    # (round 42: the rent named first, need not be paid, the passive: 'sewanya tidak usah dibayar', 'sewane ora
    # usah dibayar', 'sewana teu kedah dibayar', 'the rent need not be paid'; KBBI usah, dibayar; Baoesastra usah,
    # dibayar; Danadibrata kedah, dibayar; English plain usage)
    (r"(?:sewa|kontrakan|kos|kost|kosan|rent)(?:nya|ne|e|na)? (?:\S+ )?(?:tidak|tdk|gak|nggak|ngga|ora|teu|henteu|"
     r"mboten|boten|need not|doesn't need to|does not need to|won't need to) (?:usah |perlu |kedah |kudu |perlu )?"
     r"(?:be )?(?:dibayar|dibayarin|dibayari|dibayarkeun|dibayarke|paid)(?!\S)", "a place to stay"),
    # a house or room given free (KBBI rumah, kontrakan, gratis, cuma-cuma; Danadibrata imah; Baoesastra omah,
    # griya)
    (r"(?:rumah|kontrakan|kamar|kos|kosan|imah|omah|griya|house|room|flat|place)(?:nya|na|ne|e|ku|mu|ipun)? "
     r"(?:\S+ ){0,2}(?:gratis|free|"
     r"cuma-cuma|percuma|prodeo)", "a place to stay"),
    # goods on credit (KBBI utang, mengebon; Danadibrata ngahutang 'to buy on credit'; Baoesastra utang, ngutang)
    (r"(?:ngahutang|ngutang|berhutang|berutang|ngebon|mengebon|kasbon|ngampang|on credit|buy on credit)",
     "goods on credit"),
    # taken on only if (KBBI diterima 'accepted'; Baoesastra dipuntampi; Danadibrata ditarima)
    (r"(?:hanya|cuma|baru|akan|bakal|only|will only|would only|mung|ngan) (?:\S+ )?(?:diterima|accepted|hired|"
     r"taken on|dipuntampi|ditarima|ditampa)", "work or pay"),
    # Round 27 (B47-12: 'nawaran abdi digawé jadi tukang beberesih ..., tapi saratna abdi kudu daék diajak ka hotél'):
    # work offered as a verb, the offer word right before her and the working (Danadibrata nawaran, nawarkeun, digawé;
    # Baoesastra nawani, nawakake, gawe, nyambut gawe; KBBI menawari, menawarkan, bekerja; English plain usage); 'kerja'
    # and 'nyambut gawe' were read alone, the verbs 'digawé', bare 'gawe' and 'bekerja' only after the offer
    (r"(?:nawaran|nawarkeun|nawiskeun|ditawaran|ditawarkeun|menawari|menawarkan|ditawari|ditawarkan|nawarin|"
     r"ditawarin|nawani|nawakake|nawakke|ditawani|offered|offers|offering) (?:\S+ ){0,2}(?:digawe|gawe|bekerja|"
     r"nyambut|to work|work)", "work or pay"),
    # Round 37 (B57-23 'lamun hayang kapilih, kuring kudu nemenan manéhna sapeuting heula' of a cash-for-work
    # programme): to be chosen, wanted, is the place on the programme or the list that is the price (Danadibrata
    # pilih, kapilih; KBBI pilih, terpilih, dipilih, lolos; Baoesastra pilih, kepilih; English plain usage); never
    # the man chosen ('relawan yang dipilih' has no wish before it)
    (r"(?:hayang|hoyong|mau|ingin|pengen|pengin|kepengin|kepingin|arep|ajeng|want to|wants to|wanted to) "
     r"(?:\S+ )?(?:kapilih|dipilih|terpilih|kepilih|dipilij|lolos|chosen|selected|picked)(?!\S)", "work or pay"),
    # round 7: work given or got in Sundanese (Danadibrata gawe 'work', pagawean; dibere, meunang)
    (r"(?:dibere|dibéré|meunang|menang|dipasihan|kenging|dapat|dapet|entuk|oleh) (?:\S+ )?(?:gawe|gawé|pagawean|"
     r"pagawéan|padamelan)", "work or pay"),
    # Round 40 (B60-21 'Cenah KTP abdi bakal réngsé dinten éta kénéh upami abdi daék diajak ka hotél'): her civil
    # papers made or issued, a favour of an official (PRODUCT.md: favours for sex are exploitation): the paper, then
    # within three words done, ready or sped up, or a verb of issuing or making before it (KBBI KTP, KK, kartu
    # keluarga, akta, selesai, jadi, beres, rampung, menerbitkan, mengurus; Danadibrata réngsé, ngadamel, gancang;
    # Baoesastra dadi, rampung, gawe; English plain usage); never 'per KK', 'saben KK', the household as a
    # unit of aid, nor the papers asked of her ('membawa kartu keluarga': no word of making or done after it)
    (r"(?:e-ktp|ktp|kk|kartu keluarga|kartu tanda penduduk|akta(?: kelahiran| lahir| kalahiran| kelairan)?|"
     r"surat keterangan|surat pindah|id cards?|identity cards?|family cards?|birth certificates?|papers|documents?|"
     r"dokumen)(?:-?(?:ku|mu|nya|na|ne|e|ipun))? (?:\S+ ){0,3}(?:selesai|jadi|dadi|beres|rampung|rengse|ready|done|"
     r"issued|processed|dicetak|diterbitkan|diurus|diurusin|cepat|cpt|gancang|enggal|cepet|tomorrow|today)|"
     r"(?:issue|make|process|print|menerbitkan|ngurus|ngurusin|mengurus|nguruskeun|ngadamel|nggawe|gawekke|"
     r"bikinin|buatkan) (?:\S+ ){0,2}(?:e-ktp|ktp|kartu keluarga|akta|surat keterangan|id cards?|identity cards?|"
     r"family cards?|birth certificates?|papers|documents)", "papers issued"),
    (r"(?:diusir|ngusir|mengusir|nundhung|ditundhung|evicted|evict|kicked out|kick (?:us|me|her|them) out|"
     r"thrown out) (?:\S+ ){0,4}(?:saka|dari|ti|from|of) (?:\S+ )?(?:tenda|tendha|tent|huntara|shelter|camp|"
     r"pengungsian|posko|barak)", "a place to stay"),
)

EXCHANGE: tuple[tuple[str, str], ...] = (
    (r"imbalan|sebagai imbalan|dengan imbalan|ditukar|menukar|tukar(?:an)?|sebagai gantinya|gantinya|"
     # Javanese ijol, krama lintu, gantos; Sundanese tukeur, gentos (Baoesastra; Danadibrata)
     r"ijol|ijolan|diijoli|diijolke|diijolake|ngijoli|ngijolke|dilintoni|dipunlintoni|lintonipun|digantosi|"
     r"tukeur|ditukeur|ditukeuran|nukeur|dituker|nuker|tuker(?:an)?|"
     # round 11: 'in return' for what he already gave (Baoesastra ganti, minangka gantine, krama gantosipun;
     # Danadibrata ganti, salaku gantina; KBBI balasan, sebagai balasannya)
     r"gantine|gantina|gantosipun|gentosipun|sebagai balasan(?:nya)?|balasannya|as payment|to pay (?:him )?back|"
     # round 23 (B43-32: 'mere pulsa ... tapi menta dibales ku video call bari taranjang'): repaid with (Danadibrata
     # bales, dibales; KBBI balas, dibalas; Baoesastra bales, dibales; English plain usage), with what follows
     # (never 'tidak dibalas sama sekali', not answered at all)
     r"(?:dibales|dibalés|dibalas|dibalesan|males|membalas|bales|balas) (?:ku|kalawan|ku jalan|dengan|sama(?! sekali)|"
     r"karo|kaliyan|mawi|nganggo|pake|pakai)|(?:repaid|paid back|repay|pay back|return the favou?r) (?:him )?with",
     "in exchange"),
    (r"asal(?:kan)?|syarat(?:nya)?|sarat(?:na|e|ipun|nya)?|(?:men|mem|di)?(?:per)?syaratkan|persyaratan(?:nya)?|kudu|kedah|dengan syarat|sebagai syarat|kalau|jika|jikalau|bila|apabila|if|unless|"
     r"only if|upami|lamun|mun|yen|nek|menawi|harus|must|"
     # round 11: 'as long as' (Baoesastra angger, anggere; English plain usage)
     r"as long as|so long as|anggere|angger|"
     # round 8: 'unless' in every language: 'habis, kecuali saya mau ...' (KBBI kecuali; Danadibrata iwal; Baoesastra
     # kajaba, krama kajawi)
     r"kecuali|iwal|kajaba|kejaba|kajawi|except if|"
     # round 19: 'only then will she get', 'only after that' (English plain usage)
     r"only then|only after", "on condition"),
    (r"janji|jangji|berjanji|menjanjikan|dijanjikan|janjiin|dijanjiin|promised|promises?|menawarkan|menawari|ditawari|"
     r"ditawarkan|nawarin|ditawarin|nawiskeun|offered|offering|offers?|iming-iming|diiming-imingi|"
     # 'nanti namamu saya taruh paling atas': what he will then do for her (KBBI nanti; Baoesastra mengko, mangke;
     # Danadibrata engke)
     r"(?:nanti|ntar|entar|mengko|mangke|engke|then) (?:\S+ ){0,3}(?:saya|sy|aku|gue|kita|tak|dak|abdi|kula|i'll|"
     r"i will)(?: akan)? ?(?:kasih|kasi|beri|berikan|taruh|masukin|masukkan|daftarin|daftarkan|bantu|urus|"
     r"tambahin|tambah|naikkan|prioritaskan|wenehi|wenehke|paringi|pasihan|bere|put|add|give|move)", "offered"),
    # Round 17 (B36-39): phone credit or data topped up by him, offered ('tak isiin kuota', 'aku isiake pulsa', 'abdi
    # eusian kuota', 'I'll top up your data'; informal isiin, Salsabila et al. 2018; Baoesastra isi, ngisekake;
    # Danadibrata eusi, ngeusian; SMS normalisation writes 'tak' as 'tidak': only the informal and regional forms,
    # never Indonesian 'tidak isi')
    # (the verb first, who offers right before it as a lookbehind: 'tak', 'aku', 'will' are common words)
    (r"(?:(?<=aku )|(?<=saya )|(?<=gue )|(?<=abdi )|(?<=kula )|(?<=urang )|(?<=i will )|(?<=would )|(?<=will ))"
     r"(?:isiin|isiake|isekke|ngisiin|ngisekake|eusian|ngeusian|top up|topup|top-up)|"
     r"(?:diisiin|diisiake|diisekke|dieusian|topped up)", "offered"),
    # (the Javanese first person 'tak' inside the match, or the negation check would read 'tidak isiin' as not)
    (r"(?:tak|tidak) (?:isiin|isiake|isekke)", "offered"),
    (r"in exchange|in return|exchange|"
     # round 11: 'naked photos for extra rice' (English plain usage)
     r"for (?:extra|more|additional|a bigger|a larger|bigger|larger) (?:\S+ )?(?:rice|food|aid|rations?|supplies|"
     r"share|portions?|water|money|cash|tarpaulins?|blankets?)|bayar|dibayar|membayar|bayaran|paid|pays?|"
     # (round 23, B44-06: never 'memberi tahu', 'kasih tau', to tell: KBBI beri tahu; SMS 'ngasih' arrives as
     # 'memberikan', sourced.py)
     r"dikasih(?! tahu| tau)|diberi(?! tahu| tau)|dipasihan|"
     r"dikasih(?:nya)?(?! tahu| tau)|memberikan(?! tahu| tau)|memberi(?! tahu| tau)|ngasih(?! tahu| tau)|menyerahkan|ditawari|ditawarkan|dibelikan|dibeliin|membelikan|"
     r"beliin|ditukokke|nukokke|dipangmeulikeun|"
     # krama and ngoko 'given' (Baoesastra diparingi, diwenehi, dikekei; Danadibrata dibere)
     # (round 14, B31-29: 'paying her in cash ... each time')
     r"paying (?:her|him|them|me|my \w+|us|a \w+)|"
     r"diparingi|dipunparingi|diwenehi|diwenehke|dikekei|dibere|dibéré|(?:will|would) (?:give|let|put|"
     r"make sure|hire)|promised to give|(?:giving|gives|gave|buys|bought) "
     r"(?:her|him|them|me|my \w+|us)|"
     # more than the others received (KBBI menerima, lebih, tambahan; Danadibrata narima, leuwih; Baoesastra
     # nampa, luwih, krama langkung)
     r"(?:received|receive|receives|got|gets|menerima|nerima|mendapat|nampi|nampa|narima|meunang) (?:\S+ )?"
     r"(?:extra|more|additional|lebih|tambahan|ekstra|double|leuwih|luwih|langkung)", "paid or given"),
    # Round 35 (round 34's probe 'Petugas masihan artos kanggo susu murangkalih, teras nyuhunkeun abdi ngancanan
    # anjeunna sapeuting'): the Sundanese and Javanese active verbs of giving, as 'memberi', 'ngasih' (Danadibrata
    # masihan, mere; Baoesastra menehi, ngekei, krama maringi, nyukani); never as telling ('masihan terang', 'menehi
    # ngerti', 'maringi pirsa', 'masihan kabar', as 'memberi tahu' is not); not yet the loma 'mere' (Danadibrata
    # béré): B45-20's 'sok mere pulsa ... terus ménta poto abdi teu make baju', a girl of 16, is labelled abuse
    # (grooming), which the link would make exploitation (see the README, Round 35)
    (r"(?:masihan|menehi|ngekei|maringi|nyukani)(?! terang| wartos| kabar| informasi| tahu| tau| ngerti| weruh| "
     r"pirsa| priksa| pitutur| nasehat| nasihat)", "paid or given"),
    # Round 22 (B41-27 'ngirimi pulsa 50 ewu, njaluk aku ngirim foto anu-ku'): phone credit or money sent or given to
    # her, the price beside what he then asks in the sentence (Baoesastra kirim, ngirimi; Danadibrata ngirim; KBBI
    # kirim, kasih; informal kirimin, Salsabila et al. 2018); never after the first person ('njaluk aku ngirim
    # pulsa': she is asked to send it)
    (r"(?<!aku )(?<!abdi )(?<!saya )(?<!kula )(?<!kuring )(?:kasih|ngasih|ngirimi|ngirimin|kirimin|ngirimke|ngirim|"
     r"dikirimi|dikirimin|transfer|nransfer|ditransfer|sent|sends) (?:aku |saya |abdi |kula |kuring |me |her |dia )?"
     r"(?:pulsa|kuota|uang|duit|dhuwit|artos|phone credit|credit)", "paid or given"),
    (r"hanya (?:dapat|diberi|memberikan|dikasih|kasih|memberi|membagikan) .. (?:kepada|untuk|ke|kalau|yang)|"
     r"(?:yang|sing|nu|ingkang|who) (?:mau|bersedia|gelem|daek|purun|kersa|are willing|were willing|agreed|agree|"
     r"would)|only (?:gives?|given|hands? out|provides?|shares?) (?:\S+ ){0,4}(?:to|for) (?:\S+ ){0,3}(?:who|that|if)",
     "only for those who agree"),
    # Round 27 (B48-16: 'dia dpt terpal, kasur, beras lebih dr yg lain ... blg itu krn udh 'ngelayanin' pak koordinator
    # posko'): 'that was because' pointing back at what she got, the act she names after it is its price (KBBI itu,
    # karena, gara-gara, sebab; Danadibrata eta, lantaran, pedah, kusabab; Baoesastra iku, kuwi, merga, amarga,
    # jalaran; English plain usage); one word may stand between ('eta teh lantaran', 'it was because'), never a
    # negation ('itu bukan karena'). Read with the benefit of the sentence before (category._exchange)
    (r"(?:itu|iku|kuwi|eta|tersebut|that|it|that's|it's) (?:(?!bukan|tidak|teu|lain|sanes|ora|dudu|not|isn't|wasn't)"
     r"\S+ )?(?:karena|karna|krn|gara-gara|gara2|lantaran|sebab|merga|mergo|amarga|amargi|jalaran|pedah|kusabab|"
     r"because)", BECAUSE_OF_IT),
    # given to those who do it: 'gives extra portions ... to women who go to his tent', 'ngasih beras ke cewek yang
    # mau ...' (a benefit and the people who earn it by what the relative clause says)
    (r"(?:gives?|gave|giving|hands?|handed|handing|provides?|memberi|memberikan|ngasih|kasih|ngasi|mere|mikeun|"
     r"maringi|menehi|ngekei|dibagikan|membagikan|ngabagikeun|mbagekake) (?:\S+ ){0,5}(?:to|kepada|ke|ka|marang|"
     r"dhateng|for|untuk|buat) (?:\S+ ){0,2}(?:who|that|yang|nu|sing|ingkang)", "given to those who do it"),
    (r"(?:mau|ingin|want to|hayang|hoyong|arep|kepengin|kepingin) (?:dapat|mendapat|mendapatkan|get|entuk|oleh|"
     r"kenging|angsal|meunang|nyambut damel|kerja)|supaya|agar|biar|demi|supados|amrih|sangkan|ambeh|ameh|ben|"
     r"to (?:receive|get|obtain|keep)|entuk|kenging|angsal|pikantuk|(?:ben|supaya|arep|iso|isa|bisa|gelem|kanggo) oleh|meunang|"
     # (round 52, L083 'ajakan tidur dari nomor yang tidak saya kenal setelah mendaftar bantuan': 'after' her own
     # registering is when his messages came, not a price; KBBI mendaftar, daftar; Baoesastra ndaftar; Danadibrata
     # ngadaptar; English plain usage; read by accident before, its 'tidak saya kenal' taken as a negation)
     r"dapat|dapet|(?:after|setelah|sesudah)(?! (?:saya |sy |aku |abdi |kula |i |she |dia )?(?:mendaftar|daftar|"
     r"ndaftar|ngadaftar|ngadaptar|registering|registered|signing up|signed up)(?!\S))|"
     r"(?:would|will) (?:then )?be put on|on condition|condition that|provided that|"
     r"in order to|depends on|tergantung|would get", "to obtain"),
    # a threat to evict from the tent or shelter (KBBI usir, mengusir; Danadibrata ngusir; Baoesastra ngusir,
    # nundhung; 'kick out', 'evict')
    (r"(?:mengancam|ngancem|ngancam|ngancem|threaten\w*|ngancam-ngancam) (?:\S+ ){0,3}(?:ngusir|mengusir|ngusir|"
     r"nundhung|diusir|evict|kick|throw)|(?:diusir|ngusir|mengusir|nundhung|ditundhung|evicted|evict|kicked out|"
     r"kick (?:us|me|her|them) out|thrown out) (?:\S+ ){0,4}(?:saka|dari|ti|from|of) (?:\S+ )?(?:tenda|tendha|"
     r"tent|huntara|shelter|camp|pengungsian|posko|barak)|"
     # round 11: told to leave otherwise (KBBI disuruh pergi, pindah; Baoesastra dikon lunga, metu, krama dipunkengken
     # kesah; Danadibrata dititah indit, kaluar; English must leave)
     r"(?:disuruh|disuru|dsuruh|dikon|dikongkon|dipunkengken|dikengken|dititah|dipiwarang|told to|"
     r"(?:i|we|she) (?:must|have to|had to|would have to)) (?:pergi|pindah|keluar|angkat kaki|lunga|minggat|metu|"
     r"kesah|medal|indit|kaluar|ngalih|leave|go|move out)", "aid withheld otherwise"),
    (r"tidak akan (?:diberikan|dikasih|dapat|diberi|memberi)|tidak (?:diberikan|dikasih|diberi)|won't get|"
     r"will not get|would not get|moal (?:\S+ )?(?:dipasihan|diberi|dibere|dibéré|meunang|kenging)|ora oleh|mengancam .. (?:mencoret|memotong|menghentikan)|"
     r"(?:mencoret|dicoret|diicali|dipunicali|diilangi|dibusak|dipupus|dihapus|dikaluarkeun|dipiceun|removed|"
     r"struck off|crossed off) .. (?:daftar|list)|menolak|nolak|threatens? to fire|tidak dipakai", "aid withheld otherwise"),
)
