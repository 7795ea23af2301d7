"""Misconduct that is not sexual (fraud, extortion, discrimination, mistreatment) and signs of plain feedback."""

_AID_ITEMS = (r"(?:bantuan|terpal|beras|rice|sembako|selimut|blankets?|tenda|tents?|logistik|mi|supplies|aid|relief|"
              r"food|tarpaulins?|bantosan|donasi|donations?|donated \w+|obat|medicines?|kits?|kupon|vouchers?|jatah)")

OTHER_MISCONDUCT: tuple[tuple[str, str], ...] = (
    (r"(?:meminta|minta|memungut|menarik|dipungut|dimintai|dimintain|menta|dipenta|njaluk|jaluk|dijaluk|nyuwun|"
     r"menyetor|setor|nyetor|menyetorkan|asked (?:us|me|for)|asking (?:us|me|for)|demanded|charged?|charging|"
     r"made (?:us|me|them) pay) ... (?:uang|duit|bayaran|biaya|dhuwit|artos|pungutan|money|payment|fee|bribe|cash|"
     r"rp ?\d[\d.,]*|\d+ ?(?:rb|ribu|ewu))", "asking for money"),
    (r"(?:meminta|minta|menta|njaluk|jaluk) (?:jatah|bagian|potongan|komisi|fee|setoran)|(?:jatah|potongan|bagian|"
     r"komisi) \d+ ?(?:persen|%)", "asking for a cut"),
    (r"(?:uang|bayar|membayar|rp ?\d[\d.,]*|ribu|\d+ ?rb|dhuwit|duit) ... (?:untuk|buat|kanggo|pikeun|to) "
     r"(?:mendapat|mendapatkan|dapat|dapet|bisa dapat|get|receive|oleh|meunang) (?:\w+ )?" + _AID_ITEMS,
     "making people pay for aid"),
    (r"(?:meminta|minta|menyuruh|disuruh) .. (?:membayar|bayar)|harus membayar|disuruh bayar|bayar dulu",
     "asking for payment"),
    (r"pungli|pungutan liar|pungutan|uang lelah|uang rokok|uang pelicin|uang terima kasih|suap|menyuap|disuap|"
     r"sogok|disogok|sogokan|bribes?|bribery|kickbacks?|korupsi|dikorupsi|menggelapkan|digelapkan|penggelapan|"
     r"embezzl\w*|mark ?up|fraud|menipu|penipuan|ditipu|curang|kecurangan|unfair|tidak adil", "fraud or extortion"),
    (r"dipotong|disunat|disunatin|dipangkas|memotong (?:jatah|bantuan|dana|uang|beras)|potongan (?:bantuan|dana|jatah)|"
     r"(?:bantuan|jatah|dana|uang|beras|sembako|bantosan|rations?|aid) .. (?:dikurangi|cut|reduced|skimmed)",
     "aid cut"),
    (r"(?:menjual|dijual|jual|mendol|ngedol|didol|didodol|sold|selling|sells) .. " + _AID_ITEMS + r"|untuk dijual|"
     r"buat dijual|for sale", "selling aid"),
    (r"(?:mengambil|ambil|diambil|nyolong|dicolong|mencuri|dicuri|ngembat|diembat|stole|stolen|steal|stealing|took) "
     r".. " + _AID_ITEMS + r"|"
     r"dipangan dhewe|dientekke dhewe|dipakai sendiri|dipake dhewe|untuk (?:dirinya )?sendiri|"
     r"buat (?:diri )?sendiri|untuk (?:keperluan|kepentingan) pribadi|for (?:himself|themselves|personal use)",
     "taking aid for themselves"),
    (r"(?:hanya|cuma|ngan|ngan ukur|mung|only) ... (?:kerabat\w*|keluarga\w*|kulawarga\w*|baraya\w*|sedulur\w*|"
     r"dulur\w*|saudara\w*|relatives|family|friends|teman\w*|kenalan\w*|pendukung\w*|konco\w*)", "favouritism"),
    (r"(?:tidak|belum) (?:dibagikan|dibagi|disalurkan)|ditimbun|menimbun|hoard\w*|not (?:being )?distributed",
     "aid held back"),
    (r"menyerempet|diserempet|menabrak|ditabrak|tabrak lari|hit and run|ran over|crashed into|ngebut|"
     r"reckless(?:ly)? driv\w*", "endangering people on the road"),
    (r"pilih kasih|pilih-pilih|nepotisme|dibeda-bedakan|membeda-bedakan|diskriminasi|mendiskriminasi|"
     r"didiskriminasi|discriminat\w*|favou?ritism|hanya (?:untuk|kepada|ke|buat|membagikan|memberikan|memberi|"
     r"dibagikan) .. (?:kerabat|keluarga|saudara|teman|kenalan|pendukung|kelompok|golongan|relatives|friends)|"
     r"only (?:to|for) (?:his|her|their) (?:relatives|friends|family)|because (?:we are|we're|i am|she is|they are) "
     r"\w+|because (?:my|our|his|her) \w+ (?:is|are|was|were) (?:from|not|a|an)|(?:yang|sing|nu|who) (?:milih|memilih|"
     r"mendukung|voted for|supported|ngadukung|nyoblos) (?:dia|dheweke|manehna|him|anjeunna|nya)|"
     r"karena (?:kami|saya|mereka|dia) (?:bukan|berbeda|beda|orang|pendatang|non|tidak)|sabab (?:kami|abdi) "
     r"(?:lain|sanes)", "discrimination"),
    (r"(?:refused|refuses|refusing|refuse|would not|won't|did not) (?:to )?let (?:us|me|them|her|him)|"
     r"tidak (?:boleh|diizinkan|diperbolehkan) (?:mengambil|memakai|menggunakan|antre|masuk)", "denying access"),
    (r"(?:menolak|tidak mau|enggan|refused|refuses|refusing|teu daek|ora gelem|mboten purun) (?:untuk |to )?"
     r"(?:melayani|membantu|memberi|memberikan|mendata|mencatat|mengobati|merawat|mendaftar|mendaftarkan|serve|help|"
     r"give|register|treat|assist|ngalayanan|mantuan|masihan|ngladeni|nulungi|ngobati|nyatet)", "refusing service"),
    (r"dicoret (?:dari )?(?:daftar)?|mencoret nama|dihapus dari daftar|removed (?:us|our names?|me|my name) from|"
     r"struck off", "struck off the list"),
    (r"(?:berkendara|menyetir|nyetir|mengemudi|driving|bertugas|on duty|bekerja|kerja) (?:sambil|dalam keadaan|while|"
     r"saat) (?:mabuk|drunk|teler)|drunk driving|tanda tangan kosong|blank (?:forms?|signatures?)|memalsukan|"
     r"dipalsukan|pemalsuan|forged|forgery", "misconduct on duty or fraud"),
    (r"mabuk (?:saat|waktu|ketika|pas|sambil) \w+|drunk (?:while|on duty|at work)|was drunk|"
     r"mengangkut barang pribadi|untuk ojek|personal errands|pakai mobil (?:dinas|lembaga|bantuan)",
     "misuse of position or property"),
    (r"(?:memotret|memfoto|merekam|mengunggah|menyebarkan|upload\w*|posted|shared|disebar|foto-foto|moto|motoin|"
     r"fotoin|difoto|ngerekam|record(?:ed|ing)?|filmed|photograph\w*) ... (?:tanpa izin|tanpa persetujuan|"
     r"without (?:permission|consent))|menyebarkan data|data pribadi", "privacy violated"),
    (r"menyalahgunakan|penyalahgunaan|abuse of power|misuse", "abuse of power"),
)

# Mistreating a person (not fraud): when the person is a child, a child is involved.
MISTREATMENT: tuple[tuple[str, str], ...] = (
    (r"(?:mem|di)bentak|bentak|(?:me|di)maki|maki-maki|(?:me|di)marahi|kasar|(?:meng|di)hina|(?:meng|di)usir|"
     r"yelled|shouted|insulted|humiliated|abusive|rude|nyentak|disentak|misuh|dipisuhi|ngagorowokan|"
     r"menyebut (?:mereka|dia|kami|saya) (?:anak )?(?:setan|anjing|babi|bodoh|goblok)", "mistreatment"),
    (r"(?:meng|di)ancam|ngancam|threaten(?:ed|s|ing)?|intimidasi|diintimidasi|intimidated", "threats"),
)

PHYSICAL_VIOLENCE: tuple[tuple[str, str], ...] = (
    (r"(?:me|di)mukul(?:i)?|memukul(?:i)?|dipukul(?:i)?|pukul|mukul|(?:me|di)nampar|menampar|ditampar|tampar|nampar|"
     r"menendang|ditendang|nendang|menganiaya|dianiaya|penganiayaan|menjambak|dijambak|mencekik|dicekik|"
     r"digebugi|gebug|nggebugi|ditabok|nabok|nempeleng|ditempeleng|neunggeul|diteunggeul|nyabok|dicabok|digaplok|"
     r"kdrt|kekerasan dalam rumah tangga|domestic violence|menyiksa|disiksa|kekerasan fisik", "physical violence"),
    (r"(?:hit|hits|hitting|beat|beats|beaten|beating|slapped|slapping|kicked|kicking|punched|punching|choked) "
     r"(?:me|her|him|us|them|my|our|his|the|a|children|kids)|was beaten|were beaten", "physical violence"),
)

# Feedback, thanks and requests: they do not decide anything, they raise confidence in 'not misconduct'.
NOT_MISCONDUCT: tuple[tuple[str, str], ...] = (
    (r"terima kasih|terimakasih|makasih|trims|thanks|thank you|hatur nuhun|matur nuwun|matur suwun|nuhun",
     "thanks"),
    (r"mohon|tolong|kapan|bagaimana|apakah|dimana|di mana|where|when|how|butuh|perlu|need|informasi|info|"
     r"jadwal|iraha|kapan|pripun|menawi|punten", "a request or a question"),
)
