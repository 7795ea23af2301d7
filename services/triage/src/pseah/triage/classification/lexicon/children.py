"""Signs that the survivor is a child (under 18). Recall first: ambiguous words count, and say so.

Ages themselves are read by ``classification.ages`` from the patterns below; words are in three kinds:
- CHILD: a child without doubt ('anak', 'bocah', 'budak', 'siswi', 'balita', 'masih kecil', 'minor').
- OFFSPRING: someone's child ('anak saya', 'putri saya', 'my daughter'): may be grown up.
- AMBIGUOUS: words for young people that may or may not be under 18 ('remaja', 'gadis', 'girl', 'santriwati').
An explicit adult age (or an adult survivor age field) overrides OFFSPRING and AMBIGUOUS, never CHILD.

Sources. Indonesian forms follow KBBI (Kamus Besar Bahasa Indonesia, daring); Sundanese forms Danadibrata, Kamus
Basa Sunda (2006); Javanese ngoko and krama forms Poerwadarminta, Baoesastra Djawa (1939); English plain usage.
Words shared with the NusaX-Lexicon (Winata et al. 2023, CC BY-SA 4.0) and the colloquial-Indonesian lexicons
(Salsabila et al. 2018; louisowen6/NLP_bahasa_resources, MIT) are also read through ``sourced.py``. The project
chose which words to list: the word families for children, grades and ages come from the 302 labelled reports
(tests/data) and the child failure classes of issue 12 (Sundanese budak/barudak/murangkalih, Javanese
bocah/lare/putra, school grades SD/SMP/SMA/kelas N); GROOMING from issue 12's grooming class (gifts, phone credit,
night invitations, secrecy).
"""

_NOT_A_CHILD_AFTER_ANAK = (r"(?! (?:buah|tangga|sungai|perusahaan|cabang|usaha|kos|kost|kuliah|kuliahan|muda|mudi|"
                           r"mahasiswa|didik|emas|panah|kunci|angkat|buahnya))")
# a count of children in words or digits (KBBI dua, tiga; Baoesastra kalih, tiga, sekawan; Danadibrata dua, tilu, opat)
_COUNT = r"(?:\d+|dua|tiga|empat|lima|enam|kalih|sekawan|gangsal|tilu|opat|loro|telu|papat|two|three|four|five)"
# (round 8: Sundanese loma 'kuring', I, Danadibrata: 'anak kuring' is the reporter's child as 'anak abdi' is)
# (round 11: Jakarta Malay 'aye', I, my: 'anak aye tiga')
_POSSESSIVE = r"(?:saya|ku|aku|kami|kita|abdi|kula|kuring|gue|aye|mu|kamu|nya|dia|beliau|ibu|bapak|teh|na|e|ne)"

CHILD: tuple[tuple[str, str], ...] = (
    # (round 19: not 'anak-anak muda', young people, KBBI anak muda; nor Javanese 'bocah enom', 'cah enom', young men,
    # Baoesastra bocah enom 'pemuda': B38-23)
    (rf"(?<!ramah )(?<!posko )(?<!pos )(?<!perlindungan )(?<!layanan )(?<!ruang )anak-anak(?! {_POSSESSIVE}\b)(?! muda)"
     r"(?!ku\b|mu\b|nya\b|e\b|ne\b|na\b)|"
     r"(?<!ramah )(?<!posko )(?<!pos )(?<!perlindungan )(?<!layanan )(?<!ruang )"
     rf"anak(?!-){_NOT_A_CHILD_AFTER_ANAK}(?! (?:perempuan |laki-laki |lelaki |gadis |tiri |kandung |sulung |bungsu |"
     rf"pertama |kedua |ketiga |tengah |mbarep |ragil |cikal )?{_POSSESSIVE}\b)"
     r"(?!ku|nya|mu|e\b|na\b)", "a child ('anak')"),
    (r"anak (?:kecil|sekolah|yatim|piatu|yatim piatu|sd|smp|sma|tk|di bawah umur)|balita|batita|bayi|(?<!bocah-)bocah(?! enom)(?!-bocah enom)|bocil|"
     r"bocah cilik|budak(?! (?:belian|seks|ngora))|barudak|murangkalih|lare|cah (?:cilik|wedok|wadon|lanang)|"
     # Sasak, heard on the NTB hotline: kanak 'child' (Kamus Sasak-Indonesia, Balai Bahasa NTB; KBBI kanak-kanak)
     r"kanak|kanak-kanak|"
     r"arek cilik|budak (?:awewe|lalaki|leutik)", "a child"),
    # (round 39, B60-26 'ngomong jorok nang ibu-ibu wali murid': the pupils' guardians or parents are no pupils; KBBI
    # wali murid, orang tua murid; Danadibrata kolot; Baoesastra wong tuwa, krama tiyang sepuh; English plain usage)
    (r"(?<!wali )(?<!orang tua )(?<!orangtua )(?<!ortu )(?<!kolot )(?<!wong tuwa )(?<!tiyang sepuh )"
     r"(?:murid|siswa|siswi)|pelajar|schoolgirls?|schoolboys?|school girls?|school boys?|"
     r"(?<!parents of )(?<!parents of the )pupils?(?! parents)", "a pupil"),
    (r"(?<!save the )(?<!sos )children(?! fund)|(?<!save the )child(?!-friendly|-safe| protection| friendly|"
     r"fund)|kids?|toddlers?|infants?|babies|baby(?! formula)|little (?:girls?|boys?)|young (?:girls?|boys?)|"
     r"gadis kecil|anak gadis kecil", "a child"),
    (r"(?:is|was|she's|he's|are) in (?:junior high|middle school|primary school|elementary school|high school|"
     r"grade \d+|year \d+)|masih (?:kecil|bocah|anak-anak|di bawah umur|sekolah|sd|smp|sma|smk|kelas \d+)|(?:isih|masih) (?:cilik|leutik|alit)|masih keneh leutik", "still small"),
    # Round 48 (B69-18, a niece named by kinship only): someone taken to school by another ('diantar ibunya ke
    # sekolah', 'dianteur ka sakola ku bibina', 'diterke bapak menyang sekolahan', krama 'dipunterake dhateng
    # sekolah', 'her aunt takes her to school') is a pupil: the passive of taking, never going there oneself
    # (KBBI antar, diantar, jemput, sekolah; Danadibrata anteur, dianteur, sakola; Baoesastra ter, diterake,
    # dipunterake, sekolahan; English plain usage)
    (r"(?:diantar|dianter|dianterin|diantarkan|diantar-jemput|dijemput|dianteur|dianteurkeun|diterke|diterake|"
     r"dipunterake|dipunterke|dipun terake)(?: [^\s.!?;,]+){0,3} (?:ke|ka|kana|menyang|nyang|nang|neng|dhateng|"
     r"dateng|teng) (?:sekolah|sakola|sekolahan)|(?:takes?|took|taken|walks?|walked|drives?|drove|driven) "
     r"(?:her |him |them )?to school", "taken to school"),
)

UNHARMED_CHILD = "a child said to be unharmed or kept away"
# Where a child word does not speak of a survivor: 'ibu dari 2 anak', 'ruang ramah anak', 'Save the Children'.
FAMILY_SIZE = "the reporter's family size"
WAITING_CHILD = "her child waiting nearby"
NOT_A_CHILD_SURVIVOR: tuple[tuple[str, str], ...] = (
    # Round 11: the children a parent counts, with their ages in brackets ('ibu dua anak (4 dan 7 tahun)', 'a mother
    # of two kids (5 and 8 years old)'; KBBI ibu, anak; Danadibrata indung; Baoesastra simbok): the ages are theirs
    (r"(?:ibu|bapak|ayah|mother|father|janda|duda|widow|randa|randha|rondo|single mother|mama|mamah|emak|indung|bapa|"
     r"parent) (?:dari |of |beranak |punya |with |kaliyan |karo |sareng |jeung |gaduh |duwe |gadhah )?\d+ (?:orang )?"
     r"(?:anak|children|kids|anak-anak|budak|barudak|bocah|putra|lare|murangkalih)\S* \( [^()]{0,60}\)",
     FAMILY_SIZE),
    # Round 12 (B29-09): the same with their ages after a comma, 'ibu dua anak, umur 5 dan 8 tahun', 'a mother of two
    # kids, aged 6 and 9', 'randha kalih anak, yuswa 4 lan 7 taun' (KBBI umur, dan; Baoesastra yuswa, lan; Danadibrata
    # umurna, jeung): two or more numbers joined, so the ages are theirs
    (r"(?:ibu|bapak|ayah|mother|father|janda|duda|widow|randa|randha|rondo|single mother|mama|mamah|emak|indung|bapa|"
     r"parent) (?:dari |of |beranak |punya |with |kaliyan |karo |sareng |jeung |gaduh |duwe |gadhah )?\d+ (?:orang )?"
     r"(?:anak|children|kids|anak-anak|budak|barudak|bocah|putra|lare|murangkalih)\S* , (?:yang |sing |nu |ingkang )?"
     r"(?:umur|usia|berumur|berusia|umurnya|usianya|umurna|umure|yuswa|yuswanipun|aged|ages)? ?\d{1,2} (?:tahun |taun |"
     r"th |thn |years? )?(?:(?:, |dan |lan |kalih |jeung |sareng |and |& )\d{1,2} (?:tahun |taun |th |thn |years? )?)+"
     r"(?:old)?", FAMILY_SIZE),
    # Round 11: her child who waited in the car or outside while it was done to her ('Her 10-year-old son waited in
    # the car'; KBBI menunggu di mobil; Baoesastra ngenteni ing njaba; Danadibrata ngadagoan di luar)
    (r"(?:her|his|my|their|our) (?:\d+ years? old )?(?:sons?|daughters?|child|children|kids?|boys?|girls?|baby) "
     r"(?:\S+ ){0,2}(?:waited|was waiting|were waiting|stayed|sat|was sitting|was playing|slept|was asleep) "
     r"(?:\S+ ){0,2}(?:in the car|in the truck|outside|at home|in the tent)|"
     r"(?:anak|anaknya|anakku|anake|putrane|putrinya|putranya|bocahe|budakna) (?:\S+ ){0,4}(?:menunggu|nunggu|nungguin|"
     r"ngenteni|nengga|ngantosan|ngadagoan|nungguan) (?:\S+ ){0,2}(?:di mobil|di luar|neng mobil|ing mobil|neng njaba|"
     r"di jero mobil|di luar|di mobil)", WAITING_CHILD),
    # Round 11: a grown woman whose mind is 'like a little child's' is compared, not a child ('pikirane kaya bocah
    # cilik', 'seperti anak kecil', 'siga budak leutik', 'kados lare alit', 'like a child'; KBBI seperti; Baoesastra
    # kaya, krama kados; Danadibrata siga, kawas)
    (r"(?:kaya|kayak|kyk|koyo|koyok|kados|kadosdene|seperti|spt|sperti|bagai|bagaikan|layaknya|siga|sapertos|kawas|"
     r"like|as) (?:a |an )?(?:anak kecil|anak-anak|anak|bocah cilik|bocah|budak leutik|budak|lare alit|lare|"
     r"little child|small child|child|kid)\b", "a comparison, not a child"),
    # Round 11: the children for whom she needs money ('butuh pisan artos kanggo murangkalih'; Danadibrata butuh,
    # kanggo; KBBI butuh, untuk; Baoesastra butuh, kanggo)
    # (round 14, B32-23: ngoko 'butuh duit nggo anak-anak', nggo the spoken form of kanggo; Baoesastra kanggo)
    (r"(?:butuh|perlu|need|needed|needs|membutuhkan|merlukake|peryogi) (?:\S+ ){0,3}(?:kanggo|kangge|nggo|untuk|buat|"
     r"pikeun|keur|for) (?:my |our )?(?:anak\S*|murangkalih|budak\S*|barudak|bocah\S*|lare\S*|putra\S*|kids|children)",
     "the children she provides for"),
    # Round 34 (B56-39 'ngasih sy uang 200rb katanya buat susu anak'; B55-05 'she had nothing left to feed her kids'):
    # money or goods for a child's milk, nappies or food, and feeding her children, name the children she provides
    # for (KBBI susu, popok, makan; Danadibrata susu, kanggo; Baoesastra susu, nggo; English plain usage); never money
    # for a child's snacks, which may be grooming
    (r"(?:buat|bwt|untuk|utk|kanggo|kangge|nggo|pikeun|keur|for) (?:beli |meuli |tuku |buy )?(?:susu|popok|pampers|"
     r"makan|milk|formula|baby formula|diapers|nappies|food) (?:\S+ )?(?:anak\S*|bayi\S*|budak\S*|murangkalih\S*|"
     r"bocah\S*|lare\S*|putra\S*|baby|kids?|children)|"
     r"(?:to )?feed (?:her|my|our|their) (?:\S+ )?(?:kids|children|baby|babies|sons?|daughters?)",
     "the children she provides for"),
    # Round 14 (B32-10): a threat against the reporter and her children together ('dia bunuh saya dan anak-anak', 'tak
    # pateni kowe lan anak-anakmu', 'maehan abdi sareng barudak', 'kill me and the kids'; KBBI bunuh, dan; Baoesastra
    # pateni, lan; Danadibrata paehan, sareng, jeung): the children are threatened beside her, not the survivor of
    # the act she reports
    (r"(?:bunuh|membunuh|dibunuh|bunuhin|ngebunuh|habisi|menghabisi|celakai|mencelakai|sakiti|menyakiti|pateni|mateni|"
     r"dipateni|mejahi|paehan|maehan|dipaehan|kill|hurt|harm) (?:\S+ )?(?:saya|aku|abdi|kula|kuring|gue|kamu|kowe|"
     r"sampeyan|maneh|me|us|you|kami) (?:dan|lan|jeung|sareng|karo|kaliyan|and|&|sama|beserta) (?:the |my |your |our )?"
     r"(?:anak-anak|anak|barudak|budak|murangkalih|bocah-bocah|bocah|lare-lare|lare|putra-putri|putra|kids|children|"
     r"child|baby|bayi)\S*", "children threatened beside her"),
    # Round 14 (B32-31): supplies for women and girls, a population the aid serves (KBBI pembalut, perempuan dan anak
    # perempuan; English plain usage): no survivor named
    (r"(?:pads|sanitary \S+|underwear|kits?|hygiene \S+|soap|clothes|supplies|items|pembalut|celana dalam|pakaian "
     r"dalam|sabun|perlengkapan|kebutuhan) (?:\S+ ){0,2}(?:for|untuk|bagi|buat|kanggo|pikeun|keur) (?:the )?"
     r"(?:women|perempuan|wanita|ibu-ibu|awewe|wong wadon) (?:and|dan|lan|jeung|sareng|&) (?:girls|anak perempuan|"
     r"remaja putri|anak-anak|children|budak awewe|bocah wadon)", "a population the aid serves"),
    # (round 12, B30-25: 'kula randha kalih anak', a widow with two children; Baoesastra randha, Danadibrata randa)
    (r"(?:ibu|bapak|ayah|mother|father|janda|duda|randa|randha|rondo|widow|orang tua|single mother|mama|mamah|emak|"
     r"indung|bapa) (?:dari |of |beranak |punya |with )?\d+ (?:orang )?(?:anak|children|kids|anak-anak|budak|bocah|"
     r"putra|lare|murangkalih|barudak)"
     # (round 34, B56-39 'sy ibu 1 anak bayi 7bln': the one child a baby, its months after it; KBBI bayi, bulan)
     r"(?: (?:bayi|balita|batita|orok|baby|toddler)(?: \d+ (?:bulan|bln|months?))?)?", "the reporter's family size"),
    (r"(?:janda|duda|ibu|bapak|ayah|mother|father|single mother|mama|emak|widow|randa|rondo) (?:dengan|punya|"
     r"beranak|with|of|kalayan|karo|sareng|anak) \d+ (?:orang )?(?:anak|children|kids|budak|putra|lare|bocah)|"
     r"(?:janda|duda|ibu|bapak|ayah|mother|father|single mother|mama|emak) (?:dengan |punya |beranak |with )?"
     r"(?:anak|anaknya|children|kids) \d+|"
     # (round 33, B53-15 'sy ibu2 30an anak 2': her own age between, then the children counted; never an age after
     # the count, 'anak 2 tahun'; KBBI ibu, anak, -an of decades; Danadibrata taun; Baoesastra taun)
     r"(?:ibu|ibu-ibu|janda|randa|emak|mama) (?:umur |usia )?\d+ ?(?:an|-an|th|thn|tahun|taun)? (?:dengan |punya )?"
     r"(?:anak|budak) \d+(?= [,.;!?]|$)|"
     # the count after the children, in every register: 'randha kaliyan anak tiga', 'randa jeung budak dua'
     # (Baoesastra randha, kaliyan; Danadibrata randa, jeung)
     # (round 23, B43-07: the children counted right after her, 'randa anakna tilu', 'rondo anake telu')
     rf"(?:janda|duda|randa|randha|rondo|widow) (?:anakna|anaknya|anake|anakipun|budakna|putrana|putrane|putranipun) "
     rf"{_COUNT}(?= [,.;!?]|$)|"
     rf"(?:janda|duda|randa|randha|rondo|widow|single mother|ibu|emak) (?:dengan|kaliyan|karo|kanthi|jeung|sareng|with|"
     rf"kalayan|punya|gaduh|gadhah|duwe) (?:anak|putra|lare|budak|bocah|yoga|children|kids)\S* {_COUNT}|"
     # (round 37, B58-01 'Adhiku wedok, randha anak siji, ...': the widow's words before the bare 'anak' and the
     # count, as 'janda anak 2' is read above; Baoesastra randha, rondho; Danadibrata randa, rangda; never an age
     # after the count)
     rf"(?:randa|randha|rondo|rondho|rangda) (?:anak|putra|lare|budak|bocah|yoga) (?:{_COUNT}|siji|hiji|setunggal)"
     r"(?! (?:tahun|taun|th|thn|warsa|years?|bulan|sasi|wulan|sasih))",
     "the reporter's family size"),
    # Round 15 (B34-25): the children counted after a comma, 'kula randha, anak kalih', 'abdi randa, budak tilu', 'I am
    # a widow, three kids' (Baoesastra randha, kalih; Danadibrata randa, tilu; KBBI janda): who the reporter is, not
    # an age ('janda, anak 12 tahun')
    (rf"(?:janda|duda|randa|randha|rondo|widow|single mother|ibu|emak) , (?:with )?(?:anak|putra|lare|budak|bocah|"
     rf"yoga|murangkalih|children|kids)\S* {_COUNT}(?! (?:tahun|taun|th|thn|warsa|years?|bulan|sasi|wulan))|"
     rf"(?:widow|single mother|mother) , (?:with )?{_COUNT} (?:kids|children)", "the reporter's family size"),
    # Round 17 (B36-31): the children counted standing alone after a comma, with nothing after the count ('Imah abdi
    # rubuh, budak tilu.', 'Rumah saya roboh, anak tiga.', 'Omahku ambruk, anak loro.'; Danadibrata budak, tilu;
    # Baoesastra anak, loro; KBBI anak, tiga): her household, not an age ('anak 9 tahun' goes on)
    (rf"(?<=, )(?:anak|putra|lare|budak|bocah|yoga|murangkalih|barudak|children|kids)\S* {_COUNT}(?= [.;!?]|$)",
     FAMILY_SIZE),
    # Round 17 (B36-40): the children as the ones she must feed, the reason she gave in ('budak rék dibéré dahar naon',
    # 'anak-anak mau makan apa', 'bocah-bocah arep mangan apa', 'how will I feed my kids'; Danadibrata dahar, naon,
    # nyatuan; Baoesastra mangan, krama nedha, apa, menapa; KBBI makan, menghidupi; English plain usage): dependents
    (r"(?:anak|anak-anak|budak|barudak|bocah|bocah-bocah|putra|lare|yoga|murangkalih|kids|children)\S* (?:\S+ ){0,3}"
     r"(?:makan|dahar|mangan|maem|nedha|neda|tuang|eat) (?:apa|naon|opo|menapa|punapa|what)|(?:how|gimana|bagaimana|"
     r"kumaha|piye|pripun|kados pundi) (?:\S+ ){0,3}(?:feed|menghidupi|ngidupan|nguripi|nyatuan|maraban|kasih makan|"
     r"ngasih makan|ngempani) (?:\S+ ){0,2}(?:anak|anak-anak|budak|barudak|bocah|putra|lare|kids|children)\S*",
     FAMILY_SIZE),
    # 'abdi tos boga salaki jeung anak dua', 'I have a husband and two kids', 'kula gadhah yoga kalih': having
    # children says who the reporter is (KBBI punya, memiliki; Danadibrata boga, gaduh; Baoesastra duwe, gadhah)
    (r"(?:boga|gaduh|kagungan|duwe|nduwe|gadhah|kagungan|punya|mempunyai|memiliki|have|has|had|having) (?:\S+ ){0,3}"
     rf"(?:{_COUNT} (?:orang |small |little |young |kecil |cilik |leutik |alit )?(?:anak|budak|putra|putri|lare|bocah|"
     rf"yoga|children|kids|sons|daughters)|(?:anak|"
     rf"budak|putra|lare|bocah|yoga|children|kids)\S* {_COUNT})"
     # '... anak loro sing isih cilik': the children counted are still small
     r"(?: (?:yang|sing|nu|ingkang|who are|that are) (?:masih|isih|keneh|taksih|still) (?:kecil|cilik|leutik|alit|"
     r"small|little|young))?", "the reporter's family size"),
    # 'anak kula tiga taksih alit', 'anak saya dua': the reporter's children counted (KBBI; Baoesastra kalih, tiga;
    # Danadibrata dua, tilu), not an age ('anak saya 12 tahun')
    # (round 9: '... anak kula tiga taksih alit-alit', the count then 'still small': B23-24)
    # (round 12, B29-14: 'murangkalih abdi tilu', 'barudak kuring opat'; Danadibrata murangkalih, barudak, kuring)
    # (round 46, B66-02 'anak saya tiga bu masih kecil-kecil': a term of address to the listener between the count
    # and 'still small', as a voice note or a hotline call has it, and the Javanese possessive 'anakku telu'; KBBI
    # bu, pak, kak; Danadibrata teh, kang, ceu; Baoesastra mbak, mas, -ku; English plain usage)
    (rf"(?:anak|putra|lare|budak|bocah|yoga|murangkalih|barudak)(?:\S* (?:saya|kula|abdi|aku|kami|kulo|sy|kuring)|ku) "
     rf"{_COUNT}(?! (?:tahun|taun|th|thn|"
     r"warsa|years?|bulan|sasi|wulan))(?: (?:bu|pak|kak|mas|mbak|mba|teh|kang|ceu|bapak|ibu|ma'am|sir|miss)(?= ))?"
     r"(?: (?:yang |sing |nu |ingkang )?(?:masih|isih|keneh|taksih|still) (?:kecil|"
     r"cilik|leutik|alit|small|little)\S*)?", "the reporter's family size"),
    # Round 9 (B23-11): 'sy janda anak 3 msh kecil2', a widow with three small children: who the reporter is
    # (KBBI janda, masih kecil; Baoesastra randha, isih cilik; Danadibrata randa, keneh leutik)
    # (round 47, B68-09 'Abdi randa, gaduh putra tilu, sadayana masih alit': 'all of them' between the count and
    # 'still small', after a comma, and the Sundanese lemes 'murangkalih' (KBBI semuanya; Danadibrata sadayana,
    # murangkalih; Baoesastra kabeh, krama sedaya, sedanten; English plain usage))
    (rf"(?:janda|duda|randa|randha|rondo|widow|single mother) (?:\S+ ){{0,2}}(?:anak|putra|lare|budak|bocah|yoga|"
     rf"murangkalih|children|kids)\S* {_COUNT} (?:orang )?(?:, )?(?:(?:semuanya|semua|sadayana|sadaya|kabeh|kabehe|"
     r"sedaya|sedanten|all of them|all) )?(?:yang |sing |nu |ingkang )?(?:masih|isih|keneh|taksih|still)? ?"
     r"(?:kecil|cilik|leutik|alit|small|little)\S*", "the reporter's family size"),
    # 'extra rice for my kids': aid for the reporter's children
    # (round 9, B23-32: a blanket for his baby; KBBI selimut, popok)
    # (round 19, B38-33: 'a second box for my children', a parcel, a package; KBBI kardus, paket, bingkisan)
    (r"(?:rice|food|milk|formula|aid|supplies|beras|makanan|susu|bantuan|blankets?|selimut|diapers?|popok|"
     r"medicine|obat|clothes|tarpaulin|terpal|box|boxes|parcels?|packages?|kardus|dus|paket|bingkisan) (?:\S+ )?"
     r"(?:for|untuk|buat) (?:my|our|her|his) "
     r"(?:kids|children|babies|baby|little ones)", "the reporter's household"),
    # Round 15 (B33-01): staple aid promised for the children, in the plural ('beras sm mie lebih buat anak2', 'beas
    # langkung kanggo barudak', 'beras karo mi luwih nggo bocah-bocah', 'extra rice and noodles for the kids'; KBBI
    # beras, mi, buat; Danadibrata beas, kanggo, barudak; Baoesastra beras, nggo): the household she feeds; a single
    # child ('beras buat anak itu') may be the one groomed and stays a child ('mi' alone is left out: two letters give
    # the prefilter no beginning, round 14's note)
    (r"(?:beras|beas|mie|sembako|makanan|susu|popok|selimut|terpal|bantuan|jatah|rice|noodles|food|milk|rations?) "
     r"(?:\S+ ){0,3}(?:buat|bwt|untuk|utk|kanggo|kangge|nggo|pikeun|keur|for) (?:the |my |our )?(?:anak-anak|anak2|"
     r"barudak|bocah-bocah|bocah2|lare-lare|murangkalih|kids|children)\S*", "the reporter's household"),
    # Round 15 (B34-09): supplies for babies named as what the aid is ('membagikan paket bayi', 'perlengkapan bayi',
    # 'baby kits'; KBBI paket, perlengkapan, bayi; Baoesastra bayi; English plain usage): no child survivor
    (r"(?:paket|perlengkapan|peralatan|kit|pakét|bingkisan|sembako) bayi|baby (?:kits?|packages?|packs?|supplies|"
     r"items|hygiene kits?)", "aid for babies"),
    # round 10 (B25-33): 'extra milk for baby', 'susu untuk bayi': aid for a baby, the article or owner left out as
    # non-native English and Indonesian leave it; an infant given milk is the household, not the survivor (KBBI
    # bayi, susu; English plain usage)
    (r"(?:milk|formula|diapers?|nappies|susu|popok|pampers) (?:\S+ )?(?:for|untuk|buat|kanggo|pikeun|kagem) "
     r"(?:the |a )?(?:baby|babies|infant|bayi|orok|bayek)", "the reporter's household"),
    # children hungry or in need of food, in so many words (KBBI lapar; Baoesastra luwe, ngelih; Danadibrata lapar,
    # peryogi tuang 'need to eat'): the ones she provides for
    # (round 10, B25-14: informal Sundanese 'budak urang', 'budak kuring', my child; Danadibrata urang, kuring)
    (r"(?:anak\S*|kids|children|budak\S*|barudak|lare\S*|bocah\S*|putra\S*|murangkalih)(?: (?:saya|kula|abdi|aku|"
     r"kami|urang|kuring|my|our))? (?:\S+ )?(?:luwe|ngelih|kaliren|lapar|laper|kelaparan|kalaparan|hungry|starving|peryogi tuang|"
     # round 8: 'had not eaten (properly) for days' (KBBI belum makan; Baoesastra durung mangan; Danadibrata teu acan
     # dahar)
     r"(?:not|never) eaten|(?:hadn't|haven't|hasn't) eaten|(?:belum|tidak|gak|durung|ora|teu|can|dereng|mboten) "
     r"(?:acan )?(?:makan|mangan|dahar|tuang|nedha)|"
     # Round 27 (B48-28: 'mbakku gelem mergo anake 3 ra iso mangan'): unable to eat, 'ra iso mangan', 'gak bisa
     # makan', 'teu tiasa dahar', 'mboten saged nedha', 'couldn't eat' (Baoesastra ra, isa, saged; KBBI bisa;
     # Danadibrata tiasa; English plain usage): the children she provides for, as the hungry ones above
     r"(?:ra|ora|gak|ga|gk|nggak|ngga|tidak|tdk|teu|henteu|mboten|boten|ndak) (?:iso|isa|bisa|bs|biso|tiasa|tiasa|"
     r"saged|sanggup) (?:makan|mangan|dahar|tuang|nedha|maem)|(?:couldn't|can't|cannot|could not|can not) eat|"
     r"butuh makan|perlu makan|need(?:ed)? (?:to eat|food)|ora mangan|teu dahar)", "the children she provides for"),
    # a child sent to queue for the aid in her place (KBBI menyuruh; Baoesastra kon, ngongkon; Danadibrata nitah)
    (r"(?:menyuruh|nyuruh|nyuruhin|disuruh|kon|dikon|ngongkon|dikongkon|nitah|ditirah|sent|send|sends|let) "
     r"(?:\S+ )?(?:anak\S*|budak\S*|bocah\S*|lare\S*|putra\S*|putri\S*|kids|children|sons?|daughters?)(?: \S+)? "
     r"(?:sing |yang |nu )?(?:mengambil|ngambil|ngantri|antri|antre|ngantre|ngantri|nyandak|njupuk|mundhut|ngala|"
     r"to collect|to queue|to pick up|to get|collect|queue)", "a child sent to collect aid"),
    # the household listed beside a husband: 'Keluarganya (suami dan tiga anak)', 'her husband and two kids',
    # 'salaki jeung budak dua' (KBBI suami; Danadibrata salaki; Baoesastra bojo, garwa)
    # (round 8: or a comma, 'jeneng bojone, anak-anake, lan mertuane')
    (r"(?:suami|suaminya|husband|salaki|salakina|bojo|bojone|bojoku|garwa|garwanipun|istri|istrinya|wife|pamajikan) "
     r"(?:dan|and|lan|jeung|karo|sareng|kaliyan|&|serta|,) (?:\S+ )?(?:\d+|dua|tiga|empat|lima|enam|two|three|four|"
     r"five|six|kalih|tilu|opat|telu|papat|loro)? ?(?:orang )?(?:anak|anak-anak|children|kids|budak|barudak|bocah|"
     r"lare|putra|putra-putri)\S*", "the reporter's family size"),
    # the children who share the reporter's ration: 'jatah beras aku lan anak-anakku', 'food for me and my kids'
    (r"(?:jatah|bantuan|bantosan|beras|beas|makan|makanan|sembako|logistik|nafkah|kebutuhan|rations?|food|aid|meals?)"
     r"(?: \S+)? (?:untuk |buat |kanggo |kangge |pikeun |for )?(?:saya|aku|abdi|kula|kami|me|us) (?:dan|lan|jeung|"
     r"sareng|kaliyan|karo|and|sama|&) (?:anak-anak|anak|putra-putri|putra|budak|barudak|lare|bocah|my children|"
     r"my kids|the children|the kids)\S*(?: (?:saya|aku|abdi|kula|kami))?|(?:butuh|perlu|need|needed|needs|"
     r"kebutuhan|keperluan|nafkah) (?:\S+ ){0,2}(?:buat|untuk|for|kanggo|kangge|pikeun) "
     r"(?:anak-anak|anak|my children|my kids|the kids|budak|barudak|lare|bocah)\S*(?: (?:saya|aku|abdi|kula|kami))?",
     "the reporter's household"),
    # (round 23, B43-03: krama 'ibu-ibu ingkang saweg nyusoni putranipun'; Baoesastra putra, krama of anak)
    (r"(?:menyusui|nyusuan|nyusoni|nyusui|nyusuin|breastfeeding|breastfeeds|nursing) (?:\w+ )?(?:anak|bayi|orok|baby|"
     r"child|putra|babies|children)\S*"
     # (round 25, B45-36: its age in months or weeks told right after it, 'nyusoni anakku sing umur 8 bulan', 'my baby
     # who is 6 months old'; KBBI bulan; Baoesastra sasi, wulan; Danadibrata bulan, sasih: the baby's, not hers)
     r"(?:(?: (?:saya|aku|abdi|kula|kuring|urang|my))?,? (?:sing|yang|nu|ingkang|who is|aged) (?:\S+ ){0,2}\d+ "
     r"(?:sasi|sasih|bulan|wulan|months?|minggu|weeks?)(?: old)?)?",
     "the reporter's baby"),
    # round 10 (B25-25): the baby she was carrying when it happened, with its age in months ('nggendong anakku sing
    # umure 8 sasi'; Baoesastra nggendhong, ngemban, sasi; Danadibrata ngais; KBBI menggendong; English plain usage)
    (r"(?:nggendong|nggendhong|menggendong|gendong|ngemban|ngais|mbopong|carrying|holding) (?:\w+ )?(?:anak|bayi|"
     r"orok|baby|child|putra|putri|lare|budak)\S*(?: (?:saya|aku|abdi|kula|kuring|urang|my))?(?:,? (?:sing|yang|nu|"
     # (round 23, B44-08: 'gendong anak sy yg umur 3 thn', a small child carried, its age in years)
     r"ingkang|who is|aged) (?:\S+ ){0,2}\d+ (?:sasi|bulan|wulan|months?|minggu|weeks?|tahun|taun|thn|th|years?)"
     r"(?: old)?)?",
     "the reporter's baby"),
    # round 10 (B26-20): she sheltering with her children counted ('abdi sareng dua murangkalih ngungsi'; Danadibrata
    # sareng, murangkalih, ngungsi; Baoesastra kaliyan, ngungsi; KBBI bersama, mengungsi)
    (rf"(?:abdi|saya|aku|kula|kuring|urang|i) (?:sareng|jeung|dan|bersama|beserta|karo|kaliyan|and|with) (?:\S+ )?"
     rf"{_COUNT} (?:orang )?(?:murangkalih|anak|anak-anak|budak|barudak|bocah|lare|putra|children|kids)\S* (?:\S+ )?"
     r"(?:ngungsi|mengungsi|ngungsi|tinggal|cicing|numpang|manggon|stay|stayed|live|lived|fled|lari|pindah)",
     "the reporter's family size"),
    # round 23 (B44-13): she with her children, uncounted, still sleeping or sheltering ('abdi sareng murangkalih
    # masih kulem dina terpal'; Danadibrata kulem, saré, cicing; Baoesastra turu, krama saré, manggon; KBBI tidur)
    (r"(?:abdi|saya|aku|kula|kuring|urang|i) (?:sareng|jeung|dan|bersama|beserta|karo|kaliyan|and|with) (?:my |the )?"
     r"(?:murangkalih|anak|anak-anak|budak|barudak|bocah|lare|putra|putra-putri|children|kids)\S*(?: (?:abdi|saya|aku|"
     r"kula|kuring))? (?:masih |keneh |isih |taksih |still |are still )?(?:kulem|sare|tidur|turu|tilem|sleep|sleeping|"
     r"ngungsi|mengungsi|tinggal|cicing|manggon|living|staying)", "the reporter's household"),
    # round 23 (B43-17: 'nek aku gelem ..., anakku bakal oleh susu lan sega luwih'): her child as the one the offer
    # would feed, the aid named (Baoesastra oleh, entuk, krama angsal; Danadibrata meunang, kenging; KBBI dapat; English
    # plain usage): a dependant, never the one touched ('anaknya akan dapat susu' then a touch told stays a child)
    (r"(?:anak|budak|putra|putri|lare|bocah|bayi|orok|baby|child|kids|children)\S*(?: (?:saya|aku|abdi|kula|kuring|"
     r"kamu|maneh|anjeun|kowe|sampeyan))? (?:bakal|akan|arep|rek|bade|badhe|will|would|bisa|iso|isa|tiasa|can) (?:\S+ )?"
     r"(?:oleh|entuk|angsal|dapat|dapet|mendapat|meunang|kenging|get|receive|diberi|dikasih|dibere|diwenehi) "
     r"(?:\S+ ){0,2}(?:susu|sega|beras|beas|nasi|makan|makanan|sembako|bantuan|bantosan|jatah|milk|food|rice|aid|"
     r"formula|popok|diapers?)", "the children she provides for"),
    # (round 8: krama 'namung', 'ingkang taksih alit': 'kula sare namung kaliyan anak kula ingkang taksih alit';
    # Baoesastra namung, taksih, alit)
    (r"(?:sendiri|sendirian|nyalira|nyorangan|dhewekan|alone|only|berdua|bertiga|berdua saja|cuma|hanya|mung|ngan|"
     r"namung) "
     r"(?:\w+ ){0,2}(?:dengan|bersama|sama|sareng|jeung|karo|kaliyan|with) (?:\w+ )?(?:anak\S*|murangkalih|barudak|"
     r"bocah\S*|budak\S*|lare\S*|putra\S*|putri\S*|bayi\S*|orok|babies|baby|children|kids)(?: (?:saya|aku|abdi|kula|kami|my|our))?(?: (?:yang|sing|nu|ingkang|who is|who are) (?:masih |"
     r"isih |keneh |taksih |still )?(?:bayi|balita|kecil|cilik|leutik|alit|orok|a baby|babies|small|little))?",
     "the reporter's children"),
    # a parent described by the child they bring ('ibu-ibu sing ngeterke anake'): the child is not the survivor
    (r"(?:ibu\S*|emak\S*|mak|mothers?|parents?|orang tua|wali|indung|biyung|simbok|mbok|ibune|bapak\S*|ayah|fathers?) "
     r"(?:\w+ ){0,2}(?:ngeterke|ngeterake|ngeterne|nganter|nganterin|ngantar|mengantar|mengantarkan|ngaterkeun|"
     r"nganteurkeun|ngajemput|jemput|menjemput|mapag|methuk|menggendong|gendong|nggendong|ngagendong|bringing|"
     r"dropping off|picking up|carrying) (?:\w+ )?(?:anak\S*|putra\S*|putri\S*|murangkalih|barudak|bocah\S*|"
     r"lare\S*|children|kids|their (?:children|kids|sons?|daughters?|babies))", "a parent bringing their child"),
    # Round 4. The children for whose sake a parent gave in or whom she must feed: 'terpaksa karena anak-anak
    # kedinginan', 'because her kids kept getting sick', 'musti piara 3 anak' (KBBI kedinginan, kelaparan,
    # memelihara, menghidupi; Danadibrata tiis, lapar, ngurus; Baoesastra kadhemen, ngelih, ngingu, ngopeni;
    # Manado Malay piara 'raise')
    (r"(?:karena|karna|krn|sebab|demi|because|for|soalna|soalnya|soale|gara-gara|sabab|amarga|amargi|mergo|margi|"
     r"kanggo|pikeun) (?:\S+ ){0,2}"
     r"(?:anak\S*|kids|children|budak\S*|barudak|lare\S*|bocah\S*|putra\S*|murangkalih) (?:\S+ ){0,2}"
     r"(?:kedinginan|kelaparan|lapar|laper|sakit|sakit-sakitan|kept getting sick|getting sick|were sick|were "
     r"hungry|were cold|hungry|cold|sick|tiis|tiiseun|kalaparan|lapar|gering|lara|kadhemen|ngelih|kaliren|"
     # (round 37, B57-12 'krn anak2 sy butuh mkn': the SMS 'mkn' for 'makan', here only, where the children need it;
     # Salsabila et al. 2018; read as 'makan' everywhere it would make 'antri mkn siang' aid, B20-09)
     r"(?:butuh|perlu|need|needed|needs|membutuhkan|merlukake|butuh) (?:the |more |some |extra )?(?:makan|mkn|makanan|"
     r"susu|obat|food|milk|medicine|formula)|"
     # a child still a baby or small, for whose sake she gave in (KBBI masih, bayi, kecil; Baoesastra isih, cilik;
     # Danadibrata keneh, orok, leutik)
     r"(?:masih|isih|keneh|still) (?:\S+ )?(?:bayi|balita|kecil|kecil-kecil|cilik|cilik-cilik|orok|leutik|alit|"
     r"a baby|babies|small|little))|"
     r"(?:piara|pelihara|memelihara|merawat|menghidupi|menafkahi|nafkahi|ngingu|ngopeni|ngurus|ngasuh|mengasuh|raise|"
     r"raising|support|supporting|feed|feeding|look after|looking after|take care of|taking care of) "
     r"(?:\S+ )?\d+ (?:orang )?(?:anak|children|kids|budak|lare|bocah|putra)", "the children she provides for"),
    # Round 37 (B57-23 'lumayan keur nyumponan budak tilu'): the Sundanese 'nyumponan', 'ngahirupan' and the Javanese
    # 'nyukupi', 'nguripi' (to provide for, to keep alive), then the children counted or hers right after them
    # (Danadibrata cumpon, nyumponan, hirup, ngahirupan; Baoesastra cukup, nyukupi, urip, nguripi): never the
    # children a man looks after at the post ('ngopeni bocah-bocah ing posko')
    (rf"(?:nyumponan|ngahirupan|nyukupan|nyukupi|nguripi|ngingoni|menghidupi|menafkahi) (?:anak|anak-anak|budak|"
     rf"barudak|bocah|bocah-bocah|lare|putra|murangkalih)\S* (?:{_COUNT}|siji|hiji|setunggal|saya|aku|abdi|kula|"
     r"kuring|kami)(?!\S)", "the children she provides for"),
    # a child the reporter says was not touched, or keeps away from the place ('Anakku isih cilik, dheweke ora
    # diapa-apakke', 'my daughter I no longer let bathe there'; KBBI diapa-apakan, mengizinkan; Baoesastra
    # marengake, parengaken; Danadibrata ngidinan)
    (r"(?:anak\S*|putra\S*|putri\S*|budak\S*|barudak|lare\S*|bocah\S*|murangkalih|(?:my|her|our|the) (?:sons?|"
     r"daughters?|kids|children|child|girl|boy)) (?:[^\s.!?]+ ){0,6}(?:ora|tidak|teu|henteu|mboten|boten|dereng|durung|"
     r"belum|not|never|wasn't|was not|hasn't|has not|weren't|were not|haven't|have not|none of them (?:was|were)) "
     # (round 47, B67-03 'Lare-lare namung ningali, boten wonten ingkang dipun apa-apakaken': 'no one of them' between,
     # 'tidak ada yang', 'teu aya nu', 'ora ana sing', krama 'mboten wonten ingkang', English 'none of them was', and
     # the krama passive written apart, 'dipun apa-apakaken', the SMS 'diapa2in' read as 'diapa-diapai'; KBBI ada,
     # yang; Danadibrata aya, nu; Baoesastra ana, sing, krama wonten, ingkang, dipun)
     r"(?:ada yang |aya nu |ana sing |ana kang |wonten ingkang |onten ingkang )?(?:pernah |been |dipun ?|"
     r"acan |kula |saya |aku |abdi |i )?(?:diapa-apakke|diapa-apakake|diapa-apakne|diapa-apakan|diapa-apain|"
     r"diapa-diapai|apa-apakaken|diapa-apakaken|"
     r"diapakan|dinanaon|diganggu|disentuh|dicabak\S*|digerayangi|touched|harmed|hurt|approached|"
     r"parengaken|pareng|paringi idin|olehke|ngolehi|izinkan|ijinkan|bolehkan|kasih izin|idinan|ngidinan|let her|"
     r"let him|let them|allow)", UNHARMED_CHILD),
    # Round 22 (B39-12, 'Anak perempuan saya yang SMP sekarang saya larang mandi malam; dia sendiri belum pernah
    # kena'): the reporter herself forbids her child the place or the hour ('saya larang', krama 'kula awisi',
    # Sundanese 'ku abdi dicaram', 'I now forbid'; KBBI larang; Baoesastra awis, awisi; Danadibrata caram), never a
    # child forbidden by someone else ('dilarang lapor oleh relawan ...'); or the child never affected, the clause
    # ending there ('belum pernah kena'; KBBI kena), never 'belum pernah kena marah'
    (r"(?:anak\S*|putra\S*|putri\S*|budak\S*|lare\S*|bocah\S*|(?:my|her|our) (?:sons?|daughters?|kids|children|"
     r"child|girl|boy)) (?:[^\s.!?;]+ ){0,7}(?:(?:saya|aku|abdi|kula|kuring|i) (?:sekarang |ayeuna |saiki |sakmenika |"
     r"now )?(?:larang|melarang|awisi|ngawisi|caram|nyaram|forbid|no longer let)|ku abdi dicaram|dicaram ku abdi)|"
     r"(?:anak\S*|putra\S*|putri\S*|budak\S*|lare\S*|bocah\S*) (?:[^\s.!?;]+ ){0,6}(?:belum|tidak|gak|nggak|teu|acan|"
     r"ora|durung|dereng|mboten|never|not) (?:pernah |kungsi |tau |been )?(?:kena|kenging|keuna|affected)"
     r"(?= [,.;!?]|$)", UNHARMED_CHILD),
    # Round 6. A pet name is no child ('calling me baby', 'manggil aku dek'); a child threatened to silence her is
    # not the one harmed ('adhiku sing isih cilik bakal dipateni'); children for whose food or school she gave in
    # ('supaya anak-anak saya bisa makan', 'da budakna teu mandi', 'ngabiayaan sakola budak'). KBBI panggil,
    # supaya, biaya; Danadibrata da 'because', dahar, mandi, sakola, ngabiayaan; Baoesastra nedha, adus, mbayari;
    # krama namung kanthi cara punika (only in this way); English plain usage
    (r"(?:calling|called|calls|call|memanggil|manggil|dipanggil|manggilin|nyebut|nyebat|nyeluk|diceluk|ngageroan) "
     r"(?:me|her|saya|aku|sy|dia|abdi|kula|kami|us|them)(?: (?:dengan|ku|karo|with|as|sebagai))? (?:dek|adek|adik|"
     r"baby|babe|beb|nak|darling|little girl)(?: (?:dan|and|atau|or|jeung|lan) (?:dek|adek|baby|babe|beb|sayang|"
     r"cantik|manis|honey|darling))?", "a pet name, not a child"),
    (r"(?:anak|adik|adek|adhi|adhik|adi|budak|barudak|bocah|putra|putri|children|kids|child|son|daughter|brother|"
     r"sister|sibling)\S* (?:(?!diperkosa|dipeksa|dicabuli|dilecehkan|diraba|dipegang|dirudapeksa|disetubuhi)\S+ ){0,4}"
     r"(?:akan|bakal|mau|arep|rek|bade|badhe|will|would|'ll) (?:\S+ )?(?:dibunuh|dipateni|dipaehan|dibacok|disakiti|"
     r"dianiaya|diculik|diambil|direbut|dibawa|dijupuk|dicokot|killed|hurt|harmed|taken|kidnapped)",
     "a child threatened to silence her"),
    (r"(?:supaya|biar|agar|so that|da|sabab|soalna|amargi|amarga|karena|krn|because|mung|hanya|namung|ngan|only) "
     r"(?:(?!diperkosa|dipeksa|dicabuli|dilecehkan|diraba|dipegang|dirudapeksa|disetubuhi)\S+ ){0,4}(?:anak|budak|"
     r"barudak|bocah|lare|putra|putri|yoga|children|kids)\S* (?:(?!diperkosa|dipeksa|dicabuli|dilecehkan|diraba|"
     r"dipegang|dirudapeksa|disetubuhi)\S+ ){0,5}(?:makan|nedha|dahar|mangan|eat|sekolah|sakola|school|mandi|adus|"
     r"minum|tuang|siram)|(?:mbiayai|membiayai|biayai|ngabiayaan|ngabiayaan|mbayari|bayar|mayar|bayarin|biaya|ongkos|"
     r"pay for|paying for|pays for|pay|kanggo|kangge|buat|untuk|pikeun|keur) (?:\S+ )?(?:sekolah|sakola|school|"
     r"schooling|school fees|spp|uang sekolah) (?:\S+ )?(?:anak|budak|barudak|bocah|lare|putra|putri|children|kids)\S*",
     "the children she provides for"),
    # Round 22 (B39-36 'anakku loro, sing gedhe kelas 4 SD.', B40-16 'Abdi randa, anak dua, nu bungsu umur genep
    # taun.'): her children counted, then one told apart by its place among them with its age or class, to the end of
    # the sentence and nothing else in it (Baoesastra gedhé, cilik, ragil, mbarep, pambarep; Danadibrata cikal,
    # bungsu, panengah; KBBI sulung, bungsu, tengah; English plain usage): her household, not a survivor. An act told
    # in the same sentence ('yang bungsu umur 5 tahun dipegang-pegang') leaves the child as it was.
    (rf"(?:anak|putra|putri|lare|budak|barudak|bocah|yoga|murangkalih|children|kids)\S* {_COUNT} , (?:sing|nu|yang|"
     r"ingkang|the) (?:gedhe|gede|cilik|ragil|mbarep|pambarep|sulung|cikal|bungsu|panengah|tengah|leutik|alit|kecil|"
     r"besar|paling \S+|terkecil|tertua|eldest|youngest|oldest|elder|younger|middle)(?: (?:is|iku|kuwi|teh|mah|masih|"
     r"isih|keneh|taksih|baru|aged|umur\S*|usia\S*|yuswa\S*|berumur|berusia|kelas|kls|klas|grade|sd|smp|sma|smk|mts|"
     r"mi|tk|paud|\d+|taun|tahun|thn|th|warsa|years?|old|sasi|bulan|wulan|satu|dua|tiga|empat|lima|enam|tujuh|"
     r"delapan|sembilan|sepuluh|belas|hiji|tilu|opat|genep|dalapan|salapan|sapuluh|siji|loro|telu|papat|enem|pitu|"
     r"wolu|sanga|songo|setunggal|kalih|sekawan|gangsal|sedasa|welas|one|two|three|four|five|six|seven|eight|nine|"
     r"ten|months?))+(?= [.;!?]|$)", FAMILY_SIZE),
    # Round 22 (B42-18 'Anak kakak yg umur 3 thn tidur di sebelahnya.', B42-10 'Anak kami yang berumur 9 tahun ikut
    # mendengar dan bertanya-tanya.'): the survivor's child asleep beside her, or a child who only heard, the
    # sentence ending there (KBBI tidur, sebelah, samping, dengar; Danadibrata saré, gigireun, ngadéngé; Baoesastra
    # turu, sandhing, krungu, krama mireng; English plain usage): present, as her child waiting nearby is. 'tidur di
    # sebelah saya, lalu ... meraba' goes on with an act and is not this.
    (r"(?:anak|putra|putri|lare|budak|bocah|son|daughter|child|kid|baby|boy|girl)\S* (?:\S+ ){0,7}(?:tidur|bobo|"
     r"bobok|turu|sare|tilem|sleeping|asleep|slept) (?:\S+ ){0,2}(?:di sebelahnya|di sampingnya|di gigireunana|"
     r"gigireunana|neng sandhinge|ing sandhinge|nang sandhinge|sandhinge|ing sandhingipun|next to her|beside her|"
     # (round 37, B57-01 '... tidur di sebelahnya dan tidak terbangun.': beside the reporter too, 'di sebelah saya',
     # 'neng sandhingku', 'next to me'; and 'and did not wake' after it, 'dan tidak terbangun', 'lan ora tangi', 'teu
     # hudang', 'and did not wake up' (KBBI terbangun; Danadibrata hudang; Baoesastra tangi; English plain usage))
     r"di sebelah saya|di samping saya|di sebelahku|di sampingku|neng sandhingku|ing sandhingku|nang sandhingku|"
     r"di gigireun abdi|di gigireun kuring|next to me|beside me)"
     r"(?: (?:dan|and|lan|jeung|sarta) (?:tidak|ora|teu|henteu|mboten|did not|didn't|never) (?:terbangun|bangun|"
     r"tangi|hudang|gugah|wungu|wake up|wake|woke up|woke))?(?= [.;!?]|$)|"
     r"(?:anak|putra|putri|lare|budak|bocah|son|daughter|child|kid)\S* (?:\S+ ){0,5}(?:ikut mendengar|ikut dengar|"
     r"ikut ngadenge|ikut krungu|melu krungu|tumut mireng|heard it|overheard it|heard)(?: (?:dan|and|lan|jeung) "
     r"[^\s.!?;]+)?(?= [.;!?]|$)|"
     # (round 37, B57-18 'anak sy yg 3thn liat sy nangis2.'): her child who saw her crying, the sentence ending there
     # ('lihat saya nangis', 'ningali abdi ceurik', 'weruh aku nangis', 'saw me crying'; KBBI melihat, menangis;
     # Danadibrata ningali, ceurik; Baoesastra weruh, nangis; English plain usage): a witness of her pain
     r"(?:(?:my|her|our) (?:\S+ ){0,3})?(?:anak|putra|putri|lare|budak|bocah|son|daughter|child|kid|boy|girl)\S* "
     r"(?:\S+ ){0,5}(?:lihat|liat|melihat|ningali|nempo|ningal|weruh|ndeleng|ndelok|mirsani|saw|watched) (?:saya|"
     r"aku|abdi|kula|kuring|me|ibunya|ibune|mamanya|her mother) (?:\S+ )?(?:nangis|menangis|nangis-nangis|ceurik|"
     r"ceurik-ceurik|nangis-nangis|crying|cry|cried|in tears)(?= [.;!?]|$)", WAITING_CHILD),
    # Round 22 (B42-28 'kapaksa, da budakna loba', B41-01 'sy terpaksa krn anak2 udh 3 bln tdr di tenda terpal', B40-35
    # 'she needs the money for her baby'): her children as the reason she gave in, because they are many or sleep in a
    # tent, or the money needed for her baby (Danadibrata da 'because', loba, seueur; Baoesastra amarga, akèh, kathah;
    # KBBI karena, banyak, tenda, bayi; English plain usage): dependants, not a survivor
    (r"(?:da|sabab|soalna|karena|krn|because|amarga|amargi|mergo|merga) (?:\S+ ){0,2}(?:anak|budak|bocah|lare|putra|"
     r"yoga|murangkalih|children|kids)\S* (?:\S+ )?(?:loba|seueur|akeh|kathah|banyak|many)(?= [,.;!?]|$)|"
     r"(?:karena|krn|because|da|sabab|amarga|merga) (?:my |her |our )?(?:anak|budak|bocah|children|kids)\S* "
     r"(?:\S+ ){0,4}(?:tidur|bobo|turu|sare|sleeping|slept|living|live|tinggal|cicing) (?:\S+ ){0,2}(?:di tenda|"
     r"neng tenda|di tenda terpal|in a tent|in the tent|in a tarp|under a tarp)|"
     r"(?:needs?|needed|butuh|perlu) (?:the |uang |duit )?(?:money|cash|uang|duit)? ?(?:for|untuk|buat|kanggo) "
     r"(?:her|my|their|his) (?:baby|babies|bayi)", "the children she provides for"),
    (r"ruang ramah anak|posko anak|pos anak|perlindungan anak|child-friendly spaces?|children fund|"
     r"save the children|sos children|childfund|layanan anak|sekolah anak", "a service or place for children"),
)

UNDERAGE: tuple[tuple[str, str], ...] = (
    (r"(?:di ?bawah|dibawah) umur|belum cukup umur|belum dewasa|under ?age|underage|minors|(?:a|is a|was a|the) "
     r"minor(?! (?:injur\w*|issues?|problems?|accidents?|cuts?|wounds?|incidents?))|under 18|di bawah 18|belum 1[78]|"
     r"not yet 18|juvenile|can keneh dewasa", "under age"),
)

OFFSPRING: tuple[tuple[str, str], ...] = (
    (rf"anak-anak {_POSSESSIVE}|anak(?: (?:perempuan|laki-laki|lelaki|gadis|tiri|kandung|wedok|wadon|lanang|sulung|bungsu|pertama|kedua|"
     rf"ketiga|tengah|mbarep|ragil|cikal))? {_POSSESSIVE}|"
     r"anak(?:ku|nya|mu)|anake|anakna|anak-anak(?:ku|mu|nya|e|ne|na)|anak gadis(?:nya)?|anak perempuan(?:nya)?|anak tiri|"
     r"putri(?:ku|nya)?|putra(?:ku|nya)?|putri (?:saya|kami|abdi|kula)|putra (?:saya|kami|abdi|kula)|"
     r"(?:my|our|his|her|their) (?:daughters?|sons?|kids?|child|children)|daughters?|sons?|"
     r"anak wedok|anak wadon|bocah wadonku|anakku", "someone's child (age not stated)"),
)

AMBIGUOUS: tuple[tuple[str, str], ...] = (
    # 'abg saya' is 'abang saya' (my brother), not ABG (a teenager)
    # Sundanese 'ujang' (a boy, also a young man; Danadibrata)
    # (round 10, B25-17: 'si Ujang tatangga tenda', a man's name and then his role, is the neighbour who did it)
    # Sasak dedare 'girl, maiden' (Kamus Sasak-Indonesia, Balai Bahasa NTB)
    (r"dedare|budak ngora|remaja|rumaja|(?<!kang )(?<!akang )(?<!mang )(?<!pak )(?<!a )ujang(?! (?:tatangga|tetangga|relawan|petugas|supir|sopir|satpam|hansip|kuli|tukang|ojek)\b)|abg(?! (?:saya|aku|gue|gw|kami|ku|abdi|kula))|gadis|mojang|perawan|santri|santriwati|nduk|girls?|boys?|teens?|teenagers?|"
     r"teenage|adolescents?|(?<!university )(?<!college )students?|cah wedok|pemudi",
     "a young person (may be under 18)"),
)

# Said of someone's child, these make the child a grown-up ('anak saya yang kuliah').
ADULT_STATUS: tuple[tuple[str, str], ...] = (
    (r"kuliah|kuliahan|mahasiswa|mahasiswi|sudah (?:menikah|bekerja|kerja|dewasa|berkeluarga)|university|college|"
     r"is married|grown up|grown-up|dewasa|"
     # round 11: an adult age said by its decade ('a woman in her thirties', 'umur 30-an'; KBBI -an)
     r"in (?:her|his|their) (?:twenties|thirties|forties|fifties|sixties|20s|30s|40s|50s|60s)|"
     r"(?:umur|usia|umure|yuswa|berumur|aged?) [2-6]0 ?-?an", "grown up"),
)

# School grades: SD/SMP/SMA pupils are children; graduates, teachers and school buildings are not.
GRADE: tuple[tuple[str, str], ...] = (
    # SMS 'smp' is also 'sampai' (until, so much that): 'ngedorong nenek sy smp jatuh' (Salsabila et al. 2018)
    (r"sd|smp(?! (?:pagi|malam|sore|siang|subuh|sekarang|besok|jam|\d|jatuh|berdarah|luka|lecet|pingsan|nangis|"
     r"menangis|sakit|mati|habis|memar|bengkak|patah|robek|trauma|takut|rumah|sini|sana|tenda|skrg|hari|minggu|"
     # (round 39, B59-22 'nonjok suami sy smp bibirnya sobek': before a possessed noun, until)
     r"bulan|tahun|sekarang|malem|pagi|subuh|\S+nya(?!\S)))|sma|smk|mts|sltp|slta|tk|paud|sekolah dasar|sekolah menengah|primary school|elementary school|"
     r"junior high|middle school|high school|kindergarten", "school grade"),
    # (round 12: the grade in Roman numerals, as schools write it, 'kls XI', 'kelas VIII'; from II, since 'kelas i'
    # is no grade anyone writes)
    (r"kelas (?:[1-9]|1[0-2])(?!\d)|kelas (?:ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)(?![\w])|(?:[1-9]|1[0-2]) ?(?:th|st|nd|rd|tahun)? grade|grade (?:[1-9]|1[0-2])(?!\d)|"
     r"year (?:[1-9]|1[0-2]) (?:student|pupil)|(?:in|is in|was in) (?:year|grade|form|class) (?:[1-9]|1[0-2])(?!\d)",
     "school grade"),
)
NOT_A_PUPIL_BEFORE = frozenset({
    "lulus", "lulusan", "tamat", "tamatan", "alumni", "alumnus", "graduated", "graduate", "mantan", "guru",
    "teacher", "teachers", "kepala", "gedung", "halaman", "bangunan", "lapangan", "ruang", "posko", "di", "at", "in",
    "near", "dekat", "depan", "belakang", "from", "sebelah",
    # round 34 (B56-33 'aku lan anak-anakku ngungsi neng SD'): the school as a place in Javanese ngoko and krama
    # (Baoesastra neng, nang, ing, krama wonten, teng 'di')
    "neng", "nang", "ning", "ing", "teng", "wonten",
})

# Ages: a number with a word for age or years. Durations ('2 tahun lalu', 'selama 3 tahun') are not ages.
AGE_PATTERNS: tuple[str, ...] = (
    # krama umuripun, and 'already' before the number (Baoesastra umur, yuswa, sampun; 'umuripun sampun 20 taun')
    r"(?:umur|usia|berumur|berusia|umurnya|usianya|umurna|umure|umuripun|yuswa|yuswana|yuswanipun|yuswane|umuran|"
    r"usiane|aged|age|ages|age of|umurku|usiaku)(?: nya| saya| aku| abdi| kula| kuring| gue| kulo)?(?: (?:baru|masih|sekitar|kira-kira|kurang lebih|lebih kurang|about|"
    r"around|only|just|approximately|approx|sekitaran|kurang|under|sampun|sudah|udah|wis|geus|punika|menika))* "
    r"(\d{1,2})(?![\d])",
    r"(?<![\d.,])(\d{1,2}) (?:tahun|years?|warsa)(?: old)?(?! (?:yang )?(?:lalu|silam|kebelakang|kepungkur|kepengker|"
    r"ka tukang|ago|sebelumnya|terakhir|belakangan|lamanya|berjalan|kemarin|kamari|wingi|ini|terakhir))",
    r"(?:girl|boy|child|kid|daughter|son|sister|brother|cousin|niece|nephew|victim|survivor|she|he) (?:is |was |aged "
    r"|of |, )(?:only |just |barely |about |around )?(\d{1,2})(?![\d])(?! (?:days?|hours?|weeks?|months?|minutes?|"
    r"times|hari|jam|kali|years? ago))",
    # (round 22, B41-26: nor 'abdi dua poé ka tukang', two days ago; Danadibrata poé, Baoesastra dina, dinten)
    r"(?:i am|i was|saya|aku|abdi) (\d{1,2})(?![\d])(?! (?:hari|jam|kali|days?|hours?|times|orang|kk|anak|poe|dinten|"
    r"dina|dino|minggu|bulan|sasi|wulan|weeks?|months?|menit|"
    # (round 51: nor nights counted, 'ke tenda saya dua malam berturut-turut', 'abdi dua peuting'; KBBI malam,
    # Danadibrata peuting, Baoesastra bengi, wengi, krama dalu)
    r"malam|malem|mlm|peuting|wengi|bengi|dalu|nights?))",
    r"\( ?(\d{1,2}) ?\)",
    # 'my friend Sari is 11, ...', 'Ayu was 12 and ...': a name with an age that ends its phrase
    r"[a-z]+ (?:is|was|is only|was only|is just) (\d{1,2})(?: years? old)?(?= [,.;)!?]| (?:too|also|and|but|years))",
    r"(?:umur|usia) (\d{1,2}) ?an",
    # Round 49 (B70-23 'Woman, 27, Lembata, ...'): a summary's notation, her or his sex, a comma and the age, the
    # number ending its phrase ('Perempuan, 31,', 'cewe, 25,', 'awewe, 29,', 'wong wadon, 33,', krama 'tiyang estri,
    # 35,', 'female, 26,'; KBBI perempuan, wanita, laki-laki; Danadibrata awewe, lalaki, istri, pameget; Baoesastra
    # wadon, lanang, krama estri, jaler; English plain usage); never a count ('ibu, 3 anak')
    r"(?:woman|female|man|male|girl|boy|perempuan|wanita|pria|laki-laki|cewek|cowok|awewe|lalaki|istri|pameget|wadon|"
    r"lanang|estri|jaler|ibu|bapak) , (\d{1,2})(?= [,.;)!?]| (?:tahun|th|thn|taun|warsa|years?|yo)(?![\w-])|$)",
    # Round 51 (B73-05 'Survivor 17F, Cugenang', B73-22 'SV: 34/F'): a case note's notation, the age beside a letter
    # for the sex ('17F', '16 F', '16/F', 'F/16', Indonesian 'P/15' perempuan, 'L/14' laki-laki), right after the word
    # for the survivor ('korban', 'penyintas', 'pelapor', 'survivor', 'SV', 'victim', 'client'); never a size or an
    # amount with no such word before it ('tenda 4/M', '10 L air', 'kamar 12F') (the notation of intake and referral
    # forms, as in the GBVIMS intake form's sex and age fields; KBBI korban, penyintas, pelapor, perempuan, laki-laki;
    # English plain usage)
    r"(?:survivors?|sv|victim|korban|penyintas|pelapor|client|klien|complainant|pasien|patient)(?: :| ,| \()? "
    r"(\d{1,2})(?: ?/ ?| )?(?:f|m|p|l)(?![\w/])",
    r"(?:survivors?|sv|victim|korban|penyintas|pelapor|client|klien|complainant|pasien|patient)(?: :| ,| \()? "
    r"(?:f|m|p|l) ?/ ?(\d{1,2})(?![\d\w/])",
    # Round 12 (B30-38): the age said with 'still', 'only', 'just' and no word for years ('masih 17 sih', 'sy br 16',
    # 'umurku lagi 16', 'abdi nembe 15', 'I'm only 17'; KBBI masih, baru, umur; informal br, msh, lg, umurku: Salsabila
    # et al. 2018; Danadibrata nembe, kakara; Baoesastra lagi, isih): after the one it is said of or opening a phrase,
    # and closing it (so 'masih 17 keluarga', 'stok masih 17 dus' are counts)
    r"(?:^|[,.;] |(?:saya|aku|gue|abdi|kula|kuring|umurku|usiaku|umurna|umure|umurnya|usianya|umur|usia|yuswa|"
    r"i am|i'm|she is|she's|he is|he's|dia|ia|anjeunna|dheweke) )(?:masih|msh|baru|br|lagi|lg|nembe|kakara|isih|"
    r"taksih|still|only|just|cuma|cuman) (\d{1,2})(?![\d])(?= (?:[,.;!?)]|sih|kok|lho|loh|deh|dong|kak|and|dan|lan|"
    r"jeung|tapi|but|ikut|years?)|$)",
)
NOT_AN_AGE_BEFORE = frozenset({"selama", "sejak", "since", "for", "dalam", "during", "hampir", "lebih", "kurang",
                               "sudah", "udah", "telah", "geus", "wis", "sampun"})
ADULT_AGE = 18

# Grooming: winning a child over before any sexual word is said (gifts, phone credit, night invitations to a tent
# or room, 'don't tell your parents'). With a child these make the report abuse for an officer to check; without
# one they mean nothing. Word families from the failure classes of issue 12, in the four languages.
_GIFTS = (r"(?:pulsa|(?<!no )(?<!nomor )(?<!nomer )hp|handphone|ponsel|uang jajan|jajan|jajanan|permen|coklat|cokelat|hadiah|rokok|mainan|"
          r"game|baju baru|kaos|es krim|kuota|snacks?|phone credit|phone data|data|airtime|candy|sweets|toys?|gifts?|"
          r"presents?|cigarettes|money)")
_GAP = r"(?:[^\s.!?;]+ )"    # any word, hyphenated ones too ('adik-adik', 'ibu-ibu')
GROOMING: tuple[tuple[str, str], ...] = (
    (r"(?:dikasih|dikasi|diberi|dibelikan|dibeliin|ngasih|ngasi|memberi|memberinya|membelikan|nukokke|mere|mikeun|"
     r"ngabere|dibere|ditukokke|dipaparingi|gave|gives|giving|buys|buying|bought|brings|brought|tops? up|topping up|"
     r"topped up|isi|ngisi|ngisiin|beliin) " + _GAP + "{0,3}" + _GIFTS, "gifts"),
    (_GIFTS + r" .. (?:dari|ti|saka|from) (?:\w+ )?(?:relawan|petugas|sopir|supir|staf|om|pak|mas|kang|bapak|"
     r"volunteer|driver|staff|worker|man)", "gifts"),
    (r"(?:jangan|jgn|ulah|aja|ojo|ojok|sampun|don't|do not|never|not to|supados boten|supaya tidak|supaya ora|"
     r"biar tidak|biar gak|agar tidak|supaya ulah) (?:\w+ )?(?:bilang|bilang-bilang|cerita|cerita-cerita|carita|"
     # (round 16, B33-02: 'berpesan agar tidak memberi tahu orang tuanya', KBBI memberi tahu, memberitahukan)
     r"memberi tahu|memberitahu|memberitahukan|ngasih tahu|"
     r"nyarita|kasih tahu|kasih tau|lapor|bebeja|beja-beja|beja|wawarti|wawartos|kandha|ngomong|matur|nyarios|tell|say|"
     r"show) .. (?:orang tua|orangtua|mama|mamah|ibu|bapak|ayah|emak|kolot\w*|sepuh\w*|tiyang sepuh\w*|wong tua\w*|"
     r"parents?|mom|mum|dad|us|siapa-siapa|siapapun|saha-saha|sapa-sapa|anyone|anybody|sinten-sinten)|"
     # round 8: 'ulah dugi ka sepuhna terang', 'jangan sampai orang tua tahu', 'don't let your parents know'
     # (Danadibrata dugi ka, terang, sepuh; KBBI sampai, tahu; Baoesastra nganti, ngerti, tiyang sepuh)
     r"(?:jangan|jgn|ulah|aja|ojo|ojok|sampun|supaya ulah|don't let|do not let) (?:sampai |sampe |smp |dugi ka |"
     r"nepi ka |nganti |ngantos )?(?:orang tua|orangtua|mama|mamah|ibu|bapak|ayah|kolot\w*|sepuh\w*|tiyang sepuh\w*|"
     r"wong tua\w*|your parents|her parents|his parents|parents) (?:\S+ )?(?:tahu|tau|terang|nyaho|apal|uninga|ngerti|"
     r"mangertos|know|find out)|"
     r"(?:their|his|our|a|little) secret|rahasia (?:kita|kami|mereka|berdua|kalian)|rahasiakan(?! (?:nama|identitas|data))|"
     r"(?:delete|deletes|hapus|menghapus|hapusin|dihapus|busak|pupus) (?:[^\s.!?;]+ ){0,2}(?:chats?|messages?|pesan|"
     r"chat|sms|wa|obrolan)",
     "asked to keep it secret from the parents"),
    (r"(?:diajak|dijak|diajakan|ngajak|ngajakan|mengajak|invited|invites|asked|asks) " + _GAP + "{0,3}(?:ulin|main|"
     r"maen|dolan|nginep|nginap|tidur|sare|turu|play|stay|sleep|hang out|come alone)? ?(?:ke|ka|menyang|neng|nang|"
     r"dhateng|dateng|teng|to)? ?(?:\w+ )?(?:tenda|tendha|kamar|mess|rumah|mobil|kos|kontrakan|gudang|posko|pos|"
     r"kantor|office|container|tent|room|car|quarters|house)\w* " + _GAP + "{0,4}(?:malam|peuting|bengi|wengi|dalu|"
     r"night|at night|late|after dark|pas sepi|when (?:it is|it's) quiet)", "invited to a tent or room at night"),
    (r"(?:messaging|messages|texting|texts|chatting|chat|nge-chat|ngechat|sms|wa|whatsapp|nelpon|telepon|calling) "
     + _GAP + "{0,5}(?:late at night|tengah malam|malam-malam|larut malam|tengah wengi|tengah peuting|mlm-mlm)",
     "messages late at night"),
)
