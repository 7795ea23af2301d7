"""Who the alleged perpetrator is: roles that make someone an aid worker, community members, and the small
words around a role that tell whether it is the perpetrator, the survivor or the reporter.

PRODUCT.md: aid worker means anyone acting for an aid effort: staff, volunteer, contractor, driver, and
officials or village heads handing out aid. So drivers, officials, soldiers and police count as aid workers
only with an aid context in the same sentence; without it they are members of the community.

Sources. Indonesian forms follow KBBI (Kamus Besar Bahasa Indonesia, daring); Sundanese forms Danadibrata, Kamus
Basa Sunda (2006); Javanese ngoko and krama forms Poerwadarminta, Baoesastra Djawa (1939); English plain usage.
Words shared with the NusaX-Lexicon (Winata et al. 2023, CC BY-SA 4.0) and the colloquial-Indonesian lexicons
(Salsabila et al. 2018; louisowen6/NLP_bahasa_resources, MIT) are also read through ``sourced.py``. The project
chose which words to list: the aid roles follow PRODUCT.md's definition of an aid worker (staff, volunteer,
contractor, driver, officials handing out aid) and issue 12's roles without a staff word (interpreter, trainer,
psychosocial companion, foreman, soldier handing out aid); organisation names are those of the seed and
data/organizations.json.

Round 3: a person placed, sent, hired or paid by an organisation is acting for it, whatever the job ('a teacher
placed by an NGO'); the krama and Sundanese words for 'person' (Baoesastra priyantun, piyantun, tiyang;
Danadibrata jalmi, jelema); the Sundanese 'bapa' for the RT/RW head (Danadibrata bapa = bapak); a public or soup
kitchen as aid context; using an organisation's name (KBBI mengatasnamakan, mencatut) is a claim, not proof.
"""

# Organisations and kinds of organisation, as they appear in reports; used as aid context and after
# 'orang', 'staf', 'dari'. The directory match itself is routing's job (routing/aliases.py).
AID_ORGS = (
    r"(?:lsm|ngos?|ingos?|an? (?:i?ngo|un agency|agency)|un|pbb|lembaga(?: \w+)?|yayasan|organisasi|agency|"
    r"un agency|posko|dinas \w+|dinsos|dinkes|kementerian|kemensos|kemenkes|kemenpppa|kpppa|bnpb|bpbd|basarnas|"
    r"palang merah|red cross|pmi|unicef|unisef|wfp|unfpa|unhcr|undp|iom|ocha|ifrc|un women|save the children|"
    r"oxfam|wahana visi|world vision|wvi|plan international|childfund|dompet dhuafa|rumah zakat|mdmc|muhammadiyah|"
    r"lpbi|baznas|act|aksi cepat tanggap|human initiative|islamic relief|caritas|karina|yakkum|surfaid|redr|"
    r"crs|adra|cws|cbm|tagana|sar|ykmi|mpbi|hfi|apki|donor|lembaga donor)"
)

WEARS_THE_VEST = "wearing the response's vest or tag"
AID_ROLE: tuple[tuple[str, str], ...] = (
    (r"relawan|sukarelawan|volunteers?|volunter|voluntir|relawane|relawanna", "volunteer"),
    # round 8: known by the vest, uniform or tag of the response, though not by name ('nganggo rompi oranye relawan',
    # 'memakai rompi relawan'; KBBI rompi, seragam, tanda pengenal; Baoesastra nganggo; Danadibrata make)
    (r"(?:rompi|vest|vests|seragam|uniform|jaket|jacket|id card|name tag|tanda pengenal|kartu pengenal|lanyard)"
     r"(?:nya|ne|na)? (?:\S+ ){0,2}(?:relawan|volunteers?|bnpb|bpbd|pmi|tagana|posko|lembaga|ngo|unicef|basarnas|"
     r"dinsos|tim sar|the aid agency)", WEARS_THE_VEST),
    (r"petugas|petugase|ptugas|(?<!police )officers?", "aid officer"),
    (r"staf|stafnya|karyawan|pegawai|pagawe|pegawe|employees?|personnel|pekerja (?:kemanusiaan|bantuan|lembaga|lsm|"
     r"ngo|sosial|posko|dapur umum)|aid workers?|humanitarian workers?|humanitarians?|ngo workers?|relief workers?|"
     r"aid staff|un staff|field staff", "staff"),
    (r"kontraktor|contractors?|subkontraktor|sub-contractor", "contractor"),
    # Round 4: building the temporary shelters is work for the response (KBBI huntara, hunian sementara;
    # Danadibrata ngadamel, ngawangun; Baoesastra gawe, yasa); the psychosocial team (PSS, MHPSS) and its
    # psychologists and counsellors; whoever manages the aid list or the camp's registration
    # (round 20, B39-34: 'the foreman from the company building the temporary houses': a company or firm, and
    # temporary houses or units; KBBI perusahaan, mandor; English plain usage)
    (r"(?:tukang|pekerja|buruh|kuli|workers?|builders?|man|men|orang|urang|wong|tiyang|lalaki|pria|company|"
     r"companies|firm|perusahaan|foreman|mandor)(?: \S+){0,2} "
     r"(?:nu |yang |sing |ingkang |who |that )?(?:ngadamel|ngawangun|nyieun|nggawe|gawe|damel|ndamel|mbangun|"
     r"membangun|bangun|bikin|membuat|bekeng|build|builds|building|built|putting up|puts up|erecting) "
     r"(?:\S+ ){0,2}(?:huntara|hunian sementara|temporary shelters?|transitional shelters?|shelters? for the "
     r"displaced|temporary (?:houses?|homes?|housing|units)|transitional (?:houses?|homes?|housing))",
     "builder of the temporary shelters"),
    (r"(?:psikolog|psycholog(?:ist|ists)|konselor|counsell?ors?|terapis|therapists?)(?: \S+){0,2} (?:dari |from |of "
     r"|ti |saka |saking )?(?:tim |team )?(?:pss|mhpss|psikososial|psychosocial|dukungan psikososial|trauma healing|"
     r"layanan psikososial)|tim (?:pss|mhpss)|(?:pss|mhpss) (?:team|staff|worker)s?", "psychosocial worker"),
    (r"(?:nu|yang|sing|ingkang|who|that) (?:\S+ )?(?:ngurus|mengurus|ngurusan|ngatur|mengatur|manages?|managing|"
     r"keeps?|in charge of|pegang|megang|nyekel|nyepeng|ngacekel) (?:the |a )?(?:\S+ )?(?:daftar|daptar|list|"
     r"pendataan|registrasi|registration|data penerima|penerima bantuan|bantuan|bantosan|distribusi|"
     r"distribution)|"
     # round 19 (B38-01: 'pak A yg ngedata bantuan utk huntara'): the one who registers the aid, the residents or the
     # displaced (KBBI mendata, informal ngedata; Danadibrata ngadata; Baoesastra ndata; English registers)
     r"(?:nu|yang|sing|ingkang|who) (?:ngedata|mendata|ngadata|ndata|ndhata|nyatet|nyatat|mencatat|registers|"
     r"registered|lists) (?:the )?(?:bantuan|bantosan|huntara|warga|pengungsi|pangungsi|korban|penerima|kk|"
     r"families|residents|the displaced|beneficiaries|aid)", "manages the aid list or distribution"),
    # Roles that are aid work although no 'staff' word appears (issue 12): interpreters, trainers of aid
    # programmes, psychosocial companions, warehouse keepers, site managers, documentation staff, cooks of the
    # community kitchen; and anyone described by what they do for the aid effort.
    (r"penerjemah|juru bahasa|juru basa|jurubasa|interpreters?|translators?|pendamping (?:psikososial|trauma|korban|penyintas)|"
     r"psychosocial (?:worker|companion|staff|officer)s?|trauma healing|penjaga gudang|warehouse (?:keeper|guard|staff|"
     r"manager)|storekeeper|store keeper|site manager|petugas dokumentasi|dokumentasi|documentation|program officer|"
     r"field officer|youth (?:worker|programme|program)|engineers?|(?:wash|shelter|protection|logistics?|health|"
     r"nutrition|education|distribution|site) (?:engineers?|officers?|staff|team|workers?|specialists?|"
     r"coordinators?|assistants?)|one of our (?:\w+ )?(?:staff|colleagues?|team|workers?|drivers?|volunteers?)|"
     r"(?:pelatih|instruktur|trainer|instructor|tutor|coach|"
     r"pembina|pengasuh|leader)(?:nya)? (?:\w+ ){0,4}(?:program\w*|kursus|pelatihan|workshop|training|penyintas|"
     # (round 19, B37-30: 'a trainer contracted to run hygiene promotion sessions'; KBBI penyuluhan, sosialisasi, sesi)
     r"sessions?|sesi|penyuluhan|sosialisasi|hygiene promotion|promosi kesehatan|"
     r"ruang ramah anak|child-friendly space)", "aid role (by what they do)"),
    # (round 16, B33-31 is the other way: see NO_AGENCY in COMMUNITY_ROLE)
    # round 11: the man who drives the boat or truck that brings the aid (English plain usage; KBBI membawa, perahu,
    # kapal; Baoesastra nggawa, prau)
    (r"(?:drives?|drove|driving|drive|steers?|steering|nyetir|nyopir|mengemudikan|bawa|membawa|mawa|nggawa) "
     r"(?:the |a |that )?(?:boat|ship|truck|lorry|perahu|kapal|prau|speedboat|truk) (?:\S+ ){0,3}(?:aid|relief|"
     r"supplies|bantuan|bantosan|logistik|sembako)", "aid role (by what they do)"),
    # round 23 (B44-36, 'tukang ojek nu sok nganterkeun logistik ti yayasan ka posko'): a driver or courier who
    # delivers the aid (KBBI antar, mengantarkan, kurir; Danadibrata nganteurkeun, ngirimkeun; Baoesastra ngeterake;
    # English plain usage), told in the relative clause after him
    (r"(?:tukang ojek|ojek|ojol|kurir|courier|motorbike taxi driver|supir|sopir|driver)\S* (?:nu|yang|sing|ingkang|"
     r"who) (?:\S+ ){0,2}(?:nganterkeun|nganteurkeun|ngirimkeun|mengantar|mengantarkan|mengirim|nganter|nganterin|"
     r"ngeterke|ngeterake|ngirimake|delivers?|delivered|delivering|brings?|brought) (?:\S+ ){0,2}(?:logistik|"
     r"bantuan|bantosan|sembako|aid|relief|supplies)", "aid role (by what they do)"),
    (r"(?:food|aid|relief|rice|water|ration) (?:distributors?|distribution (?:staff|volunteers?|workers?|team))",
     "aid role (by what they do)"),
    # Round 14 (B32-26): the seniors of the reporter's team ('kanca-kanca senior ning grup tim', 'para senior di tim',
    # 'tim evakuasi, kanca-kanca senior', 'senior members of the team'; KBBI senior, tim; Baoesastra kanca; English
    # plain usage): a team of the response, named beside them, says they work in it (not 'warga senior')
    (r"(?:kanca-kanca |konco-konco |rekan-rekan |rekan |teman-teman |temen-temen |para |batur-batur |the )?"
     r"(?:senior|senior-senior|seniors|seniorku|seniore|seniornya) (?:[^\s.!?]+ ){0,3}(?:tim|team|relawan|volunteers?|"
     r"posko)\b|(?:tim|team|relawan|volunteers?)(?:nya|na|ne|e|'s)? (?:[^\s.!?]+ ){0,3}(?:kanca-kanca |konco-konco |"
     r"rekan-rekan |para |"
     r"teman-teman )?(?:senior|seniors|senior-senior)\b", "a senior member of the team"),
    (r"(?:leader|head|coach|trainer|man|woman|worker|member|officer|pemimpin|ketua|pelatih|pembina|orang|wong|"
     r"tiyang|urang) (?:from|of|at|with|dari|ti|saka|saking) (?:the |an? )?(?:relief|aid|humanitarian|"
     r"international|foreign) (?:agency|organi[sz]ation|group|ngo|charity|team)", "someone from an aid organisation"),
    # round 16 (B33-29): a man from a team of an agency ('one man from the water team of an international NGO', 'wong
    # saka tim banyu lembaga internasional'; English plain usage, KBBI tim, lembaga)
    (r"(?:man|men|guy|woman|worker|member|orang|wong|tiyang|urang|lalaki|pria|laki-laki) (?:from|of|dari|ti|saka|"
     r"saking) (?:the |a |an )?(?:\S+ ){0,2}(?:team|tim|division|unit|section|bagian) (?:of|from|dari|ti|saka) "
     r"(?:the |an? |sebuah )?(?:\S+ )?(?:agency|organi[sz]ation|ngo|ingo|charity|lembaga|lsm|yayasan)",
     "someone from an aid organisation"),
    (r"(?:orang|pria|laki-laki|lelaki|wong|wong lanang|lalaki|tiyang|tiyang jaler|a man|the man|someone|man|men|"
     # Sundanese aa, kang, mamang (short: mang, round 9); Javanese kang, mas, pakdhe (Danadibrata; Baoesastra): men
     # addressed by kinship
     r"bapak-bapak|bapak|om|om-om|abang-abang|mas|akang|cowok|guy|aa|aa-aa|kang|mamang|mang|pakdhe|paklik|bang) "
     r"(?:\w+ ){0,2}(?:yang |nu |sing |ingkang |who |"
     r"that )?(?:\w+ )?(?:mendata|ndata|ngadata|registering|registers|registered|distributing|distributes|"
     r"hands? out|handing out|gives? out|giving out|gave out|manages?|managing|in charge of|membagikan|bagi-bagi|ngabagikeun|mbagi|mbagekake|ngedum|jaga|ngajaga|njaga|menjaga|"
     r"guards?|guarding|mengurus|ngurus|runs?|running|ngatur|mengatur|pegang|memegang|megang|nyekel|nyepeng|"
     r"ngacekel|holds?|holding|keeps?|bagi|ngabagi|ngabagikeun|masak|memasak|"
     # round 16 (B34-20): who delivers or brings it, Sundanese 'anu' for 'nu' in the slot before the verb
     # (Danadibrata nganteurkeun 'mengantarkan', mawa 'membawa'; Baoesastra ngeterake, nggawa; KBBI mengantar)
     r"nganteurkeun|nganteur|mawa|ngirimkeun|mengantar|mengantarkan|nganter|nganterin|ngeterke|ngeterake|nggawa|"
     r"delivers?|delivering|brings?|bringing) (?:\w+ ){0,3}(?:bantuan|bantosan|data|cai|banyu|toya|beas|"
     r"households|aid|relief|posko|gudang|logistik|sembako|warehouse|programme|program|distribusi|antrian|antrean|"
     r"queue|cash|nasi|nasi bungkus|makanan|food|meals?|lists?|daftar|registration|boxes|rice|water|tarps?|"
     r"tarpaulins?|blankets?|kits?|supplies|dapur umum|kunci gudang|susu|milk|selimut|terpal|beras|obat)",
     "someone doing aid work"),
    # a man from the water truck, the ambulance, the aid team (KBBI dari; Danadibrata ti; Baoesastra saka)
    (r"(?:a |the )?(?:man|men|guy|guys|pria|laki-laki|lelaki|orang|wong|wong lanang|lalaki|tiyang|cowok) (?:from|dari|"
     r"saka|seko|ti|of) (?:the |a |an )?(?:\S+ )?(?:water truck|supply truck|aid truck|relief truck|truk (?:air|bantuan|"
     r"logistik|tangki)|tangki air|ambulance|ambulans|mobil bantuan|relief team|aid team|tim (?:relawan|bantuan|"
     r"medis|kesehatan)|posko)", "someone doing aid work"),
    (r"koordinator|coordinators?|korlap|cluster lead|team lead(?:er)?|ketua tim|pimpinan tim|manajer|managers?|"
     r"supervisors?|fasilitator|facilitators?|enumerators?|pendata|pendamping|caseworkers?|case workers?|"
     r"social workers?|pekerja sosial|peksos|tagana|camp manag\w+", "coordinator or manager"),
    (r"guru relawan|relawan guru|guru (?:di )?sekolah darurat|volunteer teachers?|teachers? (?:at|in) the "
     r"(?:temporary|emergency) school", "volunteer teacher"),
    # (not 'dolanan dokter-dokteran', playing doctor: KBBI -an of pretence, round 8)
    (r"dokter(?!-)|perawat|bidan|nakes|tenaga kesehatan|tim medis|medical team|doctors?|nurses?|midwife|midwives|"
     r"health workers?|paramedis|paramedics?", "health worker at the response"),
    (r"penjaga (?:keamanan|posko|gudang|pos|tenda|gerbang|malam|pengungsian|kamp|camp)|petugas keamanan|"
     r"security (?:officers?|guards?)|satpam|security guards?|security staff|"
     r"night guards?|guards?", "guard of the camp or warehouse"),
    (r"(?:ketua|kepala|pengurus|pengelola|penanggung jawab|koordinator) (?:posko|pengungsian|dapur umum|gudang|"
     r"shelter|camp)", "head of the camp or post"),
    # (round 22, B42-07: 'tim dokuméntasi relawan', the volunteers' team named by its task; 'the volunteer medical
    # team'; KBBI tim, relawan)
    (r"tim (?:relawan|bantuan|medis|kesehatan|logistik|sar|penyelamat|lembaga|distribusi|pendataan|psikososial|"
     r"trauma healing)|tim \S+ relawan|(?:volunteer|relief|aid|response) (?:\S+ )?team", "response team"),
    (r"(?:nyambut damel|kerja|bekerja|works?|working|makarya|nyambut gawe|digawe|damel) (?:di|wonten|ing|nang|at|"
     r"for|pikeun|ti|kanggo) (?:the |an |a )?(?:posko|lembaga|lsm|ngo|dapur umum|gudang|camp|un|pengungsian|"
     r"shelter|agency)", "works for the response"),
    (r"(?:works?|working|kerja|bekerja|nyambut gawe|digawe) (?:for|at|di|untuk|buat|kanggo|pikeun) (?:the |a )?(?:\S+ ){0,2}"
     r"(?:water (?:truck|tanker)s?|truk (?:air|tangki|bantuan|logistik)|tangki air|distribution|logistics|relief|aid "
     r"(?:agency|program\w*)|(?:\S+ )?contractor)", "works for the response"),
    # taken at his word, but weakly: an unknown number 'claiming to be from Dinsos' may be an impostor
    (rf"(?:ngaku|mengaku|ngakunya|ngakune|ngaku-ngaku|ngaken|claim(?:ed|s|ing)? to be|says? (?:he|she) (?:is|was)) "
     rf"(?:\w+ )?(?:dari|from|ti|saka|saking|of) (?:the |an? )?(?:{AID_ORGS})", "says he is from an aid organisation"),
    # placed, sent, hired or paid by an organisation: acting for it whatever the job
    (rf"(?:yang |who |nu |sing |ingkang |that )?(?:ditempatkan|dikirim|diutus|direkrut|"
     rf"dikontrak|dipekerjakan|digaji|dibayar|didatangkan|placed|posted|sent|deployed|hired|recruited|employed|"
     rf"contracted|paid) (?:oleh|by|ku|dening|saking|dari|ti|from) (?:the |an? |sebuah |salah satu |hiji )?"
     rf"(?:{AID_ORGS})", "placed or hired by an aid organisation"),
    (rf"(?:orang|wong|urang|tiyang|priyantun|piyantun|jalmi|jalma|jelema|person|utusan|wakil|perwakilan|"
     rf"representatives?|people|guy|someone|seseorang|anggota|member|tim|team|pekerja|worker|people|"
     rf"bapak-bapak|bapak|pak|om|om-om|mas|abang|abang-abang|cowok|pria|laki-laki|lelaki|lalaki|akang|kang) "
     rf"(?:dari |from |of |ti |saka )?(?:{AID_ORGS})", "someone from an aid organisation"),
)

NO_AGENCY = "said to work for no aid agency"

# Roles that are aid work only when the same sentence shows aid (handing out aid, the post, an agency).
CONDITIONAL_AID_ROLE: tuple[tuple[str, str], ...] = (
    (r"sopir|supir|driver|drivers|pengemudi|sopire", "driver"),
    (r"mandor|foreman|tukang proyek|pekerja proyek|kuli bangunan|(?:bos|boss|kepala|pimpinan|pemilik|mandor) "
     r"(?:proyek|project)|(?:nggawe|gawe|membuat|bikin|membangun|bangun|ngadamel|ngawangun|building|builds?|built|"
     r"digging|dug|ngeduk|menggali) (?:\S+ ){0,2}(?:sumur|toilet|mck|jamban|huntara|wells?|latrines?|boreholes?)",
     "builder"),
    # (round 16, B33-15: Sundanese 'palatih', 'palatihna', Danadibrata palatih 'pelatih')
    (r"juru masak|tukang masak|koki|cooks?|pelatih|palatih(?:na)?|instruktur|trainers?|instructors?|"
     r"operator alat berat",
     "cook, trainer or operator"),
    # (round 34, B56-19 'Nu ngalatih sareng nyatet absen padat karyana': the one who trains, Danadibrata latih
    # 'ngalatih'; KBBI melatih; Baoesastra nglatih; the relative word as a lookbehind, so that the matcher's
    # prefilter starts at the verb)
    (r"(?:(?<=nu )|(?<=anu )|(?<=yang )|(?<=sing )|(?<=ingkang ))(?:ngalatih|melatih|nglatih)",
     "cook, trainer or operator"),
    # (round 34: the one who keeps a programme's attendance, aid work beside a cash-for-work programme; KBBI mencatat,
    # absen; Danadibrata nyatet; Baoesastra nyathet; English plain usage)
    (r"(?:nyatet|nyatat|mencatat|nyathet|ngabsen) (?:absen|absensi|daftar hadir)|"
     r"(?:keeps|kept|takes|took|records|recorded) the attendance", "the one who keeps the attendance"),
    # (round 16, B33-18: Sundanese 'pulisi', Danadibrata pulisi)
    # (round 37, B58-05 'diperkosa oleh aparat desa sendiri': 'aparat' before the village or its units names its
    # officials, the village official below; KBBI aparat, aparatur)
    (r"tentara|tni|polisi|pulisi|polri|aparat(?! desa| kelurahan| kecamatan| dusun| lembur)|babinsa|bhabinkamtibmas|brimob|soldiers?|police(?:man|men| officers?)?|"
     r"army|military|"
     # round 8: the village civil guard (Linmas, perlindungan masyarakat; KBBI hansip 'pertahanan sipil'), aid work when
     # it keeps the camp or hands out aid
     r"linmas|hansip|anggota linmas|satlinmas", "soldier or police officer"),
    # (round 16, B34-18: Sundanese 'kapala dusun', 'kapala desa', Danadibrata kapala)
    (r"kepala desa|kapala desa|kapala dusun|kapala lembur|pak kades|kuwu|pak kuwu|lurah|pak lurah|lurahe|camat|sekdes|sekretaris desa|perangkat desa|"
     r"aparat desa|aparatur desa|kepala dusun|pak kadus|ketua rt|ketua rw|pak rt|pak rw|bu rt|bu rw|pengurus rt|"
     r"pengurus rw|bapak rt|bapak rw|bapak kades|bapak kuwu|bapak lurah|bapak dukuh|pa rt|pa rw|pa kuwu|pa lurah|"
     r"pa kades|pa kadus|"
     r"village (?:head|chief|officials?|leader)|local officials?|pejabat|kepala kampung|pak dukuh|dukuh|"
     r"kamituwo|carik|pamong(?: desa)?|ketua posko|"
     # round 40 (B59-34 'diperkosa abis2an sm oknum desa', B59-04 'pak kamituwa'): the rogue of the village
     # administration as the press and SMS name him (KBBI oknum 2: a person, of one who acts wrongly in an office), and
     # 'kamituwa' as Baoesastra spells it
     r"oknum (?:desa|kelurahan|dusun|kecamatan|lurah|kades|rt|rw)|kamituwa|"
     # round 12: the neighbourhood and hamlet heads in English (RT, RW: the units of every Indonesian village)
     r"(?:rt|rw|hamlet|neighbou?rhood|sub-village|dusun) (?:head|chief|leader)|head of the (?:rt|rw|hamlet|"
     r"neighbou?rhood|dusun)", "village official"),
)

AID_CONTEXT: tuple[tuple[str, str], ...] = (
    (r"bantuan|bantosan|sembako|kupon|jatah|logistik|terpal|distribusi|distribut\w+|pembagian|(?:mem)?bagikan|membagi|"
     r"mobile clinic|klinik keliling|health post|mendata|didata|data korban|"
     r"bagi-bagi|ngabagikeun|mbagi|mbagekake|ngedum|daftar penerima|penerima bantuan|dana bantuan|pendataan|"
     r"aid|relief|distribution|food parcels?|pkh|blt|huntara|hunian sementara|posko|ambulans|ambulan|ambulance|"
     # (round 20, B39-34: the temporary houses built for the displaced; English plain usage)
     r"temporary (?:houses|homes|housing|units)|transitional (?:houses|homes|housing)|"
     r"truk (?:logistik|bantuan|air)|mobil (?:bantuan|lembaga|dinas)|proyek|dikontrak|kemanusiaan|humanitarian|"
     r"supplies|water truck|supply truck|rehabilitasi|rekonstruksi|pengungsian|camp|shelter|tangki air|"
     # (round 8: the Sundanese and Javanese spellings of the camp, Danadibrata pangungsian, Baoesastra pangungsen)
     r"pangungsian|pangungsen|pengungsen|"
     # (the sharing out in krama and ngoko, Baoesastra pambagi, pandum: 'ingkang ngasta pambagian beras')
     r"pambagian|pambagiyan|pandum|dum-duman|"
     r"mobil tangki|water tanker|tanker|"
     # (round 14, B32-04: 'sopir tangki', the water tank's driver; not a fuel or motorbike tank)
     r"tangki(?! (?:bensin|minyak|motor|solar|bbm))|alat berat|tangki banyu|truk banyu|mobil banyu|tangki cai|mobil cai|pembersihan puing|debris|kontraktor|contractor|program|programme|"
     r"kursus|pelatihan|penyintas|survivors?|psikososial|psychosocial|child-friendly space|ruang ramah anak|"
     r"community kitchen|public kitchen|soup kitchen|communal kitchen|dapur umum|dapur lapangan|tim medis|"
     r"medical team|rumah sakit lapangan|field hospital|cash for work|"
     r"padat karya|our team|tim kami|run by|ambulans|ambulan|rombongan relawan|relawan|volunteers?|"
     # trainings and the building of temporary shelters (KBBI pelatihan, penyuluhan, hunian sementara)
     r"trainings?|workshops?|penyuluhan|sosialisasi|trauma[ -]healing|temporary shelters?|transitional shelters?|"
     r"shelter (?:project|programme|program|construction)|(?:building|builds|built) (?:the )?(?:temporary )?"
     r"shelters|"
     # round 12 (B29-02, B29-12, B30-02, B30-37): compiling the lists of aid in every register, the official who does
     # it does aid work: SMS 'ngedata', 'ngumpulin data' (Salsabila et al. 2018), KBBI mencatat, data penerima,
     # bantuan sosial (bansos), dana stimulan, jaminan hidup (jadup), relokasi; Baoesastra nyathet; Danadibrata
     # nyatet, ngadata; and the tanker bringing clean water, a partner organisation's driver (B29-07, B30-29)
     r"ngedata|ngadata|ndata|ngumpulin data|ngumpulkan data|data penerima|bansos|bantuan sosial|dana stimulan|"
     r"jadup|jaminan hidup|relokasi|truk tangki|air bersih|partner organi[sz]ations?|partner agency|nyathet|nyatet|"
     r"mencatat|compil(?:e|es|ed|ing) (?:the |a )?(?:\S+ )?lists?|"
     r"lembaga mitra", "aid work"),
    # round 29 (B50-31: 'A soldier who hands out rice at the field post'): the English verbs of handing out, with the
    # goods after them, as 'membagikan', 'ngabagikeun', 'ngedum' are (English plain usage: hand out, give out, pass
    # out, dole out); not his hands held out, not a voice that gave out
    (r"(?:hands|hand|handing|handed|gives|give|giving|gave|passes|pass|passing|passed|doles|dole|doling|doled) out "
     r"(?:the |our |free |some )?(?:\S+ )?(?:rice|food|aid|relief|rations?|supplies|parcels?|packages?|packets?|"
     r"kits?|blankets?|tarps?|tarpaulins?|water|meals?|vouchers?|cash|coupons?|noodles|milk|sembako|clothes|"
     r"mattresses|mats)", "aid work"),
    (AID_ORGS, "an aid organisation"),
)

COMMUNITY_ROLE: tuple[tuple[str, str], ...] = (
    # round 8: from another tent or block of the camp ('saking tenda sanes', 'ti tenda sejen', 'dari tenda lain'; the
    # text reads krama 'saking' as 'dari' and 'sanes' as 'bukan'; Baoesastra saking, sanes; Danadibrata ti, sejen)
    (r"(?:dari|ti|saka|seko|from) (?:tenda|tendha|blok|barak|bedeng|huntara) (?:lain|bukan|sejen|liyane|liya|liyo|"
     r"sebelah|sabeulah)|from (?:another|a different|the next|a nearby) (?:tent|block|shelter)",
     "someone from another tent"),
    # round 11: from the next neighbourhood unit or village ('wong lanang saka RT sebelah', 'ti lembur sejen'; RT and RW
    # are the neighbourhood units of every Indonesian village; Baoesastra saka, sebelah; Danadibrata ti, sejen)
    (r"(?:dari|ti|saka|seko|soko|from) (?:the )?(?:rt|rw|kampung|dusun|desa|lembur|kampong|village|neighbourhood|"
     r"neighborhood) (?:lain|sejen|liyane|liya|liyo|sebelah|sabeulah|next door|nearby)|from (?:the )?(?:next|"
     r"neighbouring|neighboring|nearby) (?:village|neighbourhood|neighborhood|rt|hamlet)",
     "someone from the next neighbourhood"),
    # (round 8: krama 'tanggi', Baoesastra Djawa: 'tanggi kula', 'tanggi kula priya sepuh')
    (r"tetangga|tatangga|tanggaku|tanggane|tangga teparo|tonggo|tonggoku|neighbou?rs?|tanggi(?:nipun|ne|ku)?|tangga (?:tenda|tendha)\w*|"
     r"(?:manggen|manggon|tinggal|living|lives|cicing|dumuk|stays?) (?:ing |di |in |the )?(?:tenda|tendha|tent|rumah|"
     r"griya|imah|omah) (?:sebelah|sabelah|sebelahe|next door|nearby|samping|sisi)|"
     # (round 46, B65-40 'dening lare jaler tangga ingkang sampun SMA': the bare 'tangga', the neighbour in ngoko and
     # krama, right after a Javanese person word; never alone, Indonesian 'tangga' is stairs, 'anak tangga' a step;
     # Baoesastra tangga, lare, bocah, tiyang)
     r"(?:lare|bocah|tiyang|wong|putrane|putranipun|yogane) (?:jaler |lanang |estri |wadon |kakung |putri |enom "
     r"|nom )?tangga(?!\S)", "neighbour"),
    (r"(?:pria|laki-laki|lelaki|lalaki|cowok|pemuda|orang|wong|tiyang|tiyang jaler|a man|men|guy|youths?|boys?|"
     r"budak ngora|nonoman|cah lanang|bocah lanang|cah|pemuda-pemuda|budak) "
     r"(?:\w+ ){0,2}(?:(?:dari|saking|ti|saka|from) )?(?:\w+ )?(?:kampung|desa|dusun|lembur|village|kampong)"
     r"(?: (?:sebelah|lain|tetangga|next door|nearby|sabelah))?", "a man from a nearby village"),
    (r"warga(?: (?:desa|kampung|sekitar|setempat|sebelah|lokal|biasa|lain|asli))?|penduduk(?: (?:desa|setempat|"
     r"lokal))?|villagers?|community members?|host community|local (?:man|men|youth|boys?)|"
     r"(?:a|the)? ?man from the (?:displaced |local |host )?(?:village|community|camp|area)|orang (?:kampung|desa|sini|setempat|lokal)|"
     r"wong (?:kampung|desa|kene)|urang (?:lembur|kampung|dieu)|tiyang (?:kampung|dusun|ngriki)", "local resident"),
    # (round 7: Sundanese pamuda ti lembur, Danadibrata pamuda 'young man', lembur 'village')
    (r"pemuda(?: (?:kampung|desa|setempat|sekitar))?|preman|duda|pamuda(?: ti (?:lembur|kampung|desa)\S*)?",
     "young man of the village"),
    # traders, landlords and lenders of the village (KBBI juragan, tengkulak, rentenir, pemilik; Danadibrata juragan,
    # jalma beunghar 'a rich man'; Baoesastra juragan, wong sugih)
    (r"juragan|tengkulak|rentenir|lintah darat|tukang kredit|pemilik (?:warung|toko|kios|kontrakan|kos)|"
     r"(?:orang|jalma|wong|tiyang) (?:kaya|beunghar|sugih|sugih-sugih)|landlord|money ?lender|shop ?keeper|"
     r"(?:warung|shop|store) owner|"
     # round 11: the owner of the land or house where she shelters (KBBI pemilik, yang punya, lahan, tanah; Danadibrata
     # nu boga, lahan, taneuh, imah; Baoesastra sing duwe, lemah, omah, krama ingkang gadhah, siti, griya)
     r"pemilik (?:lahan|tanah|rumah|kebun|sawah|pekarangan)|(?:yang|yg|nu|sing|ingkang) (?:punya|pny|boga|gaduh|duwe|"
     r"nduwe|gadhah|kagungan) (?:lahan|tanah|taneuh|lemah|siti|rumah|imah|omah|griya|kebun|pekarangan)|"
     r"(?:land ?owner|owner of the (?:land|house|plot|field))", "a trader or lender of the village"),
    (r"(?:also |juga |ogé |uga )?(?:lives|living|live|stays|staying|stay|tinggal|cicing|manggon|manggen) (?:\w+ ){0,2}(?:in|at|di|"
     r"ing|nang|neng) (?:our|the|this|same) (?:\w+ )?(?:evacuation (?:site|centre|center)|camp|shelter|site)|"
     r"pengungsi (?:laki-laki|pria|lain|lelaki|sebelah)|sesama pengungsi|"
     # 'priyantun kakung ingkang ugi ngungsi wonten mriku': a man who took refuge there too (Baoesastra ngungsi)
     r"(?:priyantun|tiyang|wong|lalaki|jalma|pria|laki-laki|orang|a man|man) (?:\S+ )?(?:ingkang|sing|nu|yang|who) "
     r"(?:ugi |uga |oge |juga |also |padha |sami |sarua |bareng )?(?:ngungsi|mengungsi|ikut mengungsi|is displaced|"
     r"was displaced|lives in the camp)|(?:bapak-bapak|laki-laki|pria|lelaki) "
     r"pengungsi|fellow (?:displaced|idps?|refugees?)|(?:another|a) displaced (?:man|person|boy)|displaced man|"
     r"teman sekamar|idp man|"
     # round 16 (B34-27): 'Pak D, wong pengungsi uga' (a displaced person too; Baoesastra uga; Danadibrata oge)
     r"(?:wong|tiyang|urang|jalma|orang) (?:pengungsi|pangungsi)(?: (?:uga|ugi|oge|juga))|"
     # round 9 (B24-34): 'he is also (a) refugee like us' (KBBI pengungsi juga; English plain usage)
     r"(?:also|too|juga|ugi|uga|oge) (?:a |an )?(?:refugees?|pengungsi|displaced|idps?) (?:like|seperti|kaya|kados|"
     r"sami|sama) (?:us|me|kami|kita|saya|aku|kula|abdi)|"
     # round 22 (B40-23, B40-26): named so beside him, between commas ('ana wong lanang, pengungsi uga, ...') or after
     # a young man's or an elder's word ('mas-mas pengungsi', 'akang-akang pangungsi'; Baoesastra uga, mas;
     # Danadibrata oge, akang; KBBI pengungsi, juga, abang)
     r"(?<=, )(?:pengungsi|pangungsi) (?:uga|ugi|oge|juga|jg)(?= ,)|(?:mas-mas|mas|akang-akang|akang|kang|aa|"
     r"abang-abang|abang|om-om|cowok|cowo|wong lanang|tiyang jaler|tiyang kakung) (?:pengungsi|pangungsi)",
     "another displaced person"),
    # Round 16 (B33-31): said to work for no aid agency ('not affiliated with any agency', 'bukan dari lembaga mana
    # pun', 'dudu wong lembaga', 'sanes ti lembaga'; KBBI lembaga; Baoesastra dudu; Danadibrata sanes): of the
    # community, firmly (perpetrator.identify)
    (r"(?:not|never|tidak|bukan|teu|dudu|sanes|mboten|ora) (?:\S+ )?(?:affiliated|attached|connected|associated|"
     r"employed|terkait|bekerja) (?:with|to|for|by|dengan|untuk|pada|ka|karo|kaliyan) (?:any |an |the |a |sebuah )?"
     r"(?:agency|agencies|organi[sz]ations?|ngos?|lembaga|yayasan|relief|aid)|(?:bukan|dudu|sanes) (?:dari |saka |ti |"
     # (round 44, B63-19 'sanes ti organisasi bantuan': an organisation as a 'lembaga' is; KBBI organisasi)
     r"wong |orang |tiyang |jalma )?(?:lembaga|yayasan|ngo|lsm|posko|organisasi|organisasina|organisasine)"
     r"(?: (?:mana ?pun|apa wae|mana wae|manapun))?|"
     # (round 22, B42-36: 'He is not from any aid organisation', 'not with any NGO'; English plain usage)
     r"not (?:from|with|part of) (?:any|an|the) (?:aid |relief |humanitarian )?(?:organi[sz]ations?|agency|agencies|"
     # (round 51, B73-04 '(M/40s, farmer, no aid role)': no role in the aid effort; English plain usage)
     r"ngos?)|(?:no|without any|without an) (?:aid|relief|humanitarian|response) (?:role|function|position|job)|"
     r"not part of the (?:aid |relief |humanitarian )?response", NO_AGENCY),
    # Not 'keluarga', 'saudara': in reports they are nearly always the survivor's side ("keluarga kami").
    # (Sasak amaq 'father': Kamus Sasak-Indonesia, Balai Bahasa NTB)
    (r"suami|salaki|bojo|bojoku|bojone|husband|amaq(?: tiri)?|ayah tiri|bapak tiri|bapa tiri|bapak kandung|ayah kandung|ayah|"
     r"stepfather|step-father|father|paman|pamanna|"
     # ('om itu', 'om tsb': the man already named, called 'om' as any grown man is, round 8)
     r"(?<!om-)om(?!-om)(?! (?:itu|tsb|tersebut|tadi|eta|kuwi|iku|that)(?!\S))|oom|uncle|pakde|pakdhe|paklik|pak lik|mamang|kakek|"
     r"grandfather|kakak ipar|ipar|brother-in-law|sepupu|cousin|kerabat|kakak tiri\w*|abang tiri|saudara tiri|"
     r"stepbrother|step-brother|misan\w*|lanceuk misan\w*|"
     # (round 12, B29-38: not the Jakarta 'emang' for 'memang', indeed: 'dia emang gitu'; Salsabila et al. 2018)
     r"(?<!dia )(?<!ia )(?<!die )(?<!kan )(?<!ya )(?<!yang )emang(?! (?:gitu|begitu|gini|begini|bener|benar|iya|udah|"
     r"sudah|sih|suka|sering|gak|nggak|ga|tidak|bukan|harus|mau|lagi)(?!\S))|pakdheku|pakpuh|kangmas|"
     # his or her relative, said of the one who did it (Baoesastra sedulur; Danadibrata dulur): not 'sedulurku'
     r"sedulure|sedulurne|dulurna|"
     # round 9 (B24-25): krama 'sedherekipun' (his relative; Baoesastra sedhèrèk, krama of sedulur)
     r"sedherekipun|sedherekpun|sederekipun", "family member"),
    # not a relation to someone else named next ('dia tmn nya ketua posko', 'a friend of the camp manager')
    (r"(?:pacar|boyfriend|mantan(?: pacar| suami)?|ex-boyfriend|ex-husband|teman|kawan|sahabat|friends?|"
     # (not the verb: 'kenalan karo wong ing Instagram', got to know someone; Baoesastra kenalan, Danadibrata wawuh)
     r"kenalan(?! (?:karo|kaliyan|dengan|sama|sm|jeung|sareng|with))|acquaintances?|teman online|someone (?:she|i|he) met online)(?!(?:nya)? (?:nya |dari |of |si |sang |the |a )?"
     r"(?:ketua|kepala|koordinator|petugas|relawan|staf|bos|boss|pak|bu|camp|manager|head|director|volunteer)\b)",
     "partner, friend or acquaintance"),
    (r"(?:boga|gaduh|duwe|nduwe|punya|pemilik|owns?|owner of|yang punya|nu boga|sing duwe) (?:\w+ )?(?:warung|toko|"
     r"kios|shop|stall|kiosk|kontrakan|kos|kosan|bengkel|sawah|kebun)|shopkeeper|(?:si )?mang(?= \w)|"
     r"tukang ojek|ojek|ojeg|tukang ojeg|pedagang|penjual|vendor|guru ngaji|guru(?:nya)?|teachers?|kepala sekolah|ustadz|ustad|kyai|"
     r"pengurus (?:masjid|mushola|musala|gereja)|imam masjid|marbot|takmir|pemilik (?:warung|rumah|kos)|"
     r"landlord|majikan|bos|boss|tokoh masyarakat|dukun", "someone from the community"),
)

# 'a man' says little; it counts for the community only when nothing better is named.
WEAK_COMMUNITY_ROLE: tuple[tuple[str, str], ...] = (
    # round 8: from another tent or block of the camp ('saking tenda sanes', 'ti tenda sejen', 'dari tenda lain'; the
    # text reads krama 'saking' as 'dari' and 'sanes' as 'bukan'; Baoesastra saking, sanes; Danadibrata ti, sejen)
    (r"(?:dari|ti|saka|seko|from) (?:tenda|tendha|blok|barak|bedeng|huntara) (?:lain|bukan|sejen|liyane|liya|liyo|"
     r"sebelah|sabeulah)|from (?:another|a different|the next|a nearby) (?:tent|block|shelter)",
     "someone from another tent"),
    (r"pria|laki-laki|lelaki|lalaki|wong lanang|a man|the man|men|seorang pria|om-om|tiyang jaler|bapak-bapak|"
     r"cowok|cowo|an older man|old man|pak tua|aki-aki", "a man"),
)

# Round 19 (B38-18): 'someone' who heard, shouted or came to help is a bystander, not the unknown perpetrator
# (Danadibrata nguping, ngadenge, ngagorowok, nulungan; Baoesastra krungu, mireng, bengok, tulung; KBBI mendengar,
# berteriak, menolong; English plain usage)
_BYSTANDER = (r"(?! (?:\S+ )?(?:nguping|ngadenge|ngadangu|ngagorowok|ngajerit|nulungan|nulungi|nolong|menolong|"
              r"mendengar|denger|krungu|mireng|bengok|mbengok|teriak|berteriak|heard|hears|shouted|screamed|yelled|"
              r"helped|came to help|noticed)(?![\w']))")

UNKNOWN_PERPETRATOR: tuple[tuple[str, str], ...] = (
    # his face not seen, a helmet or mask worn (Baoesastra katon, ketok, rai; Danadibrata katingali, beungeut;
    # KBBI kelihatan, wajah, helm, masker)
    (r"(?:ora|tidak|tak|gak|nggak|teu|mboten|boten|never|didn't|did not|couldn't|could not|not) (?:\S+ )?(?:ketok|"
     r"katon|kelihatan|keliatan|terlihat|katingali|ningali|saw|see|seen|lihat|liat|weruh) (?:\S+ )?(?:rai|raine|"
     r"raina|wajah\S*|muka\S*|beungeut\S*|pasuryan\S*|(?:his |the )?face)|(?:nganggo|pakai|pake|make|memakai|"
     r"ngagem|wearing|wore) (?:\S+ )?(?:helm|masker|topeng|cadar|sebo|mask|helmet|balaclava)",
     "his face not seen"),
    # round 16 (B33-34): 'a man she could not see well', 'ora cetha', 'teu jelas katingali' (English plain usage;
    # Baoesastra cetha; Danadibrata jelas, eces)
    (r"(?:could not|couldn't|can't|cannot|did not|didn't|tidak|gak|ora|teu|mboten) (?:\S+ )?(?:see|lihat|melihat|"
     r"liat|ningali|weruh|ndeleng) (?:him |dia |dheweke |manehna |his face |wajahnya )?(?:well|clearly|jelas|cetha|"
     r"eces|properly)", "his face not seen"),
    (r"(?:tidak|tak) (?:dikenal|kenal|tahu siapa|jelas siapa)|orang asing|stranger|unknown (?:man|person|men|"
     # not the 'someone' a reporter asks for ('send someone now', 'someone should check')
     r"people|number)|(?<!send )(?<!sends )someone(?! (?:should|must|needs?|to|from|who can|who could|please|"
     r"can|could|will|would))" + _BYSTANDER + r"|(?<!kirim )seseorang(?! (?:untuk|harus|yang bisa|yang dapat))|do not know who|did not know who|teu dikenal|teu apal saha|teu terang saha|"
     r"(?:ora|mboten|boten|teu|tidak|tak|not|never|dereng) (?:\w+ )?(?:dikenal|dikenali|tepang|tepangi|ditepangi|"
     r"dipuntepangi|wanoh|diwanohan|kenal|kenali|ditepang|"
     # (round 37, B58-36 'lalaki nu teu dipikawanoh': Danadibrata wanoh, dipikawanoh, wawuh)
     r"dipikawanoh|dipiwanoh|kawanoh|wawuh|"
     # not 'I don't know their ages': what is not known is someone's age or name, not who did it
     r"recogni[sz]ed?|seen before)|(?:didn't|did not|don't|do not) (?:\w+ )?(?:recogni[sz]e|know(?! (?:their|her|his|"
     r"the|my) (?:ages?|names?|exact))"
     # (round 8: nor 'I don't know what is happening', 'don't know what to do': what, not who)
     r"(?! (?:what|why|how|where|when|if|whether|more|much|anything|exactly)(?!\S)))|"
     r"ora kenal|ora ngerti sapa|mboten kenal|entah siapa|anonim|(?:tidak|nggak|gak|ga) tahu (?:yang|orang) mana|"
     r"(?:don't|do not|didn't|did not) know which one|ora ngerti sing endi|teu terang nu mana|teu apal nu mana|"
     r"(?:banyak|rame|crowded|ramai) (?:\S+ ){0,3}(?:tidak|gak|nggak|ga) tahu (?:yang|yg|siapa)|nomor (?:yang )?(?:tidak|tak) (?:saya )?(?:kenal|"
     r"dikenal)|nomor asing|"
     # (round 19, B38-18: not 'someone' who heard, shouted or came to help, 'aya nu nguping teras ngagorowok', 'ana wong
     # krungu', 'someone heard': a bystander, _BYSTANDER)
     # (round 22, B42-07: nor 'aya nu' before a passive verb, 'poto-potona aya nu kakirim', some of them were sent:
     # Danadibrata ka-, di-, the passive; its subject is what was done, not who did it)
     r"aya nu" + _BYSTANDER + r"(?! (?:ka|di)[a-z]{3,})|"
     # (round 11: not 'pas ana wong wedok teka', when a woman comes: Baoesastra wedok, wadon)
     r"(?:ana|ono) wong(?! (?:wedok|wadon|wedon|estri|perempuan|wanita|ibu|bocah))" + _BYSTANDER + r"|(?:ora ana|ora ono|tidak ada|nobody|no one|teu aya) "
     r"(?:sing|yang|nu)? ?(?:ngerti|tahu|kenal|knows?|apal|terang) (?:sapa|siapa|saha|who)|"
     # 'I do not know who' in every register (Baoesastra mangertos, uninga, sinten; Danadibrata terang, saha)
     r"(?:tidak|tak|ora|mboten|boten|dereng|teu|henteu|don't|do not|didn't|did not) (?:\w+ )?(?:tahu|ngerti|"
     r"mangertos|mangretos|uninga|pirsa|apal|terang|wawuh|know) (?:sapa|siapa|sinten|saha|who)|"
     # round 22 (B42-05, B42-38): nobody knowing the man or where he is from ('Nobody know this man', 'teu aya nu
     # terang ti mana asalna'; English plain usage; Danadibrata terang, ti mana, asal; KBBI tahu, dari mana;
     # Baoesastra ngerti, saka ngendi)
     r"(?:nobody|no one|noone) (?:\S+ )?(?:knows?|recogni[sz]es?) (?:this|that|the) (?:man|guy|person|men)|"
     r"(?:teu aya nu|teu aya anu|ora ana sing|ora ono sing|tidak ada yang|gak ada yang|nggak ada yang) (?:terang|apal|"
     r"ngerti|tahu|kenal|uninga) (?:ti mana|saka ngendi|seko ngendi|dari mana|asal\S*)|"
     # (not from here and nobody knows where from: 'bukan org kampung sini, gak tau dr mana'; KBBI sini; Danadibrata
     # dieu; Baoesastra kene, krama mriki)
     r"(?:bukan|dudu|sanes|not) (?:\S+ ){0,2}(?:sini|kene|dieu|mriki|here) (?:, )?(?:tidak|tak|gak|nggak|ora|teu|"
     r"mboten|don't|do not|nobody|no one) (?:\w+ )?(?:tahu|ngerti|terang|apal|uninga|knows?) (?:dari mana|ti mana|"
     r"saka ngendi|seko ngendi|where from|from where)", "an unknown person"),
)

# The words around a role.
AGENT_MARKERS = frozenset({"oleh", "by", "ku", "karo", "dening", "sama", "ama", "sareng", "kalayan"})
# Passive verbs of care: the one named after them is who examines or helps ('hoyong diparios ku bidan', 'to be
# seen by a doctor'), not who did the harm (KBBI periksa, rawat, obati, tolong; Danadibrata pariksa, parios;
# Baoesastra priksa, tulung)
CARE_PASSIVES = frozenset({"diperiksa", "dipariksa", "diparios", "dipriksa", "dipriksani", "dirawat", "diobati",
                           "ditolong", "dibantu", "didampingi", "ditangani", "diantar", "diantarkan", "dijemput",
                           "ditulungan", "dibantosan", "dipitulung", "examined", "checked", "treated", "helped",
                           "seen", "accompanied", "visited", "vaccinated"})
# These also mean 'with' ('ketawa-ketawa sama teman-temannya', 'ngancam ku bedog'): they name the agent only
# after a passive verb ('dilecehkan sama relawan', 'dirogahala ku ...', 'digoda terus karo ...').
WITH_OR_BY = frozenset({"ku", "karo", "sama", "ama", "sareng", "kalayan"})
IDENTIFYING = (r"(?:dia|ia|pelaku|pelakunya|pelakuna|pelakune|he|the perpetrator|manehna|anjeunna|dheweke|"
               r"piyambakipun)(?: (?:adalah|ialah|itu|is|was|teh|iku|yaiku|cuma|hanya|just|only|juga|also|"
               r"memang|sebenarnya|actually))*(?: (?:seorang|a|an|the|salah satu|one of the|hiji))?")
SELF_MARKERS = (r"(?:saya|sy|aku|abdi|kula|kami|kuring|simkuring)(?: (?:adalah|seorang|juga|sebagai|ini|teh))*|"
                # 'while I cook': a role word right after 'I' is what the reporter does
                r"i|we|i am(?: an?)?|i'm(?: an?)?|"
                r"as an?|sebagai(?: seorang)?|we are|"
                # round 11: 'saya selaku kepala sekolah', 'abdi salaku', 'kula minangka' (in my capacity as; KBBI selaku;
                # Danadibrata salaku; Baoesastra minangka)
                r"(?:saya|sy|aku|abdi|kula|kami|kuring) (?:selaku|salaku|minangka)(?: (?:seorang|hiji|setunggal))?|"
                # round 12 (B29-12): 'Laporan dari warga Kampung ...', 'a report from a resident': who sends the report
                # (KBBI laporan, pelapor; Danadibrata laporan ti; Baoesastra laporan saka)
                r"(?:laporan|aduan|pengaduan|report|complaint|pelapor) (?:ini )?(?:dari|ti|saka|from)(?: (?:seorang|a|an|hiji))?|"
                # round 52 (B75-22 'Caller is a neighbour of the survivor'): the caller or the reporter said to be
                # someone ('Pelapor adalah tetangga korban', 'yg lapor ini tetangganya', 'Nu ngalaporkeun teh
                # tatanggana', 'Sing lapor iki tanggane', krama 'Ingkang lapor punika'; KBBI pelapor, penelepon, adalah;
                # Danadibrata nu ngalaporkeun, teh; Baoesastra sing lapor, iki, krama ingkang, punika; English plain
                # usage)
                r"(?:(?:the )?(?:caller|reporter|informant)|pelapor|penelepon|pengadu|(?:yang|yg|nu|anu|sing|ingkang) "
                r"(?:lapor|melapor|ngalaporkeun|ngelapor|nglaporke|nelpon|menelepon)) (?:is|was|adalah|ialah|merupakan|"
                r"ini|teh|iki|iku|punika|menika)(?: (?:a|an|the|seorang|hiji|setunggal))?")
OBJECT_MARKERS = frozenset({"ke", "kepada", "terhadap", "pada", "to", "about", "towards", "against", "ka",
                            "marang", "dhateng", "untuk", "for", "on", "behalf", "nama", "mewakili", "wakil"})
FEMALE_MARKERS = frozenset({"perempuan", "wanita", "female", "women", "woman", "awewe", "wadon", "wedok", "putri"})
# Witnesses and reporters (not 'bilang', 'said': perpetrators speak too, "petugas bilang ... kalau ...").
REPORTING_VERBS = frozenset({"melaporkan", "melapor", "lapor", "cerita", "bercerita", "menceritakan", "melihat",
                             "lihat", "mendengar", "saw", "reported", "reports", "heard", "noticed", "ngalaporkeun",
                             "nyaksian", "weruh"})
# (round 52, B75-05 'nomer ingkang ngaken petugas Dinas Sosial': the krama 'ngaken', 'ngakeni', and the Sundanese
# 'ngaku', 'ngakukeun' (Baoesastra aku, krama aken, ngaken; Danadibrata aku, ngaku))
CLAIM_MARKERS = (r"ngaku|mengaku|ngaku-ngaku|mengaku-ngaku|ngaken|ngakeni|ngakukeun|claiming to be|claims to be|"
                 r"claimed to be|"
                 r"pretending to be|posing as|menyamar (?:sebagai|jadi)|mengatasnamakan|ngatasnamakeun|"
                 r"(?:uses?|using|used|under|in) the name of|(?:memakai|pakai|pake|make|nganggo|menggunakan|"
                 r"mencatut|catut) nama|fake (?:account|profile)|akun palsu")
