"""How reports name the organisations of the directory (../shared/data/organizations.json): data only.

The directory gives id, acronym and name; these add misspellings, Indonesian names and old names. Acronyms
that are also ordinary words (WHO, CARE, Plan, HI, 'iri' = envy, 'pulih' = recover) count only when written
in capitals, and never from the lower-case directory forms.
"""

EXTRA_ALIASES: dict[str, tuple[str, ...]] = {
    "pmi": ("palang merah", "palang merah indonesia", "indonesian red cross", "red cross indonesia", "red cross"),
    "unicef": ("unisef", "unicep", "unicev", "uniceff", "unicef indonesia"),
    "unfpa": ("unpfa", "un population fund", "dana kependudukan pbb"),
    "wfp": ("world food program", "world food programme", "program pangan dunia"),
    "who": ("world health organisation", "world health organization", "organisasi kesehatan dunia"),
    "unhcr": ("un refugee agency", "badan pengungsi pbb", "unhcr"),
    "iom": ("international organisation for migration", "organisasi internasional untuk migrasi"),
    "ocha": ("un ocha", "ocha"),
    "unrco": ("un rco", "un resident coordinator", "resident coordinator office"),
    "unwomen": ("un women", "unwomen"),
    "ifrc": ("international federation of the red cross", "international federation of red cross",
             "federasi internasional palang merah", "federasi palang merah"),
    "save-the-children": ("save the children", "savethechildren", "save the child", "yayasan sayangi tunas cilik"),
    "care": ("care international", "care indonesia", "yayasan care peduli", "ycp"),
    "oxfam": ("oksfam", "oxfam indonesia"),
    "crs": ("catholic relief services", "catholic relief service"),
    "childfund": ("child fund", "childfund international", "childfund indonesia"),
    "islamic-relief": ("islamic relief", "islamic relief indonesia"),
    "sos-cv": ("sos children's villages", "sos childrens villages", "sos children villages", "sos desa taruna",
               "sos cv"),
    "wvi": ("wahana visi", "wahana visi indonesia", "world vision", "world vision indonesia"),
    "cws": ("church world service", "church world service indonesia"),
    "asb": ("arbeiter samariter bund", "arbeiter-samariter-bund"),
    "cbm": ("christian blind mission", "cbm global"),
    "plan": ("plan international", "plan indonesia", "yayasan plan", "plan international indonesia"),
    "redr": ("red r", "redr indonesia"),
    "surfaid": ("surf aid",),
    "pulih": ("yayasan pulih",),
    "dompet-dhuafa": ("dompet dhuafa", "dompet duafa", "dompetdhuafa"),
    "yeu": ("yakkum", "yakkum emergency unit"),
    "karina": ("caritas", "caritas indonesia", "karina kwi"),
    "rebana": ("rebana indonesia", "yayasan rebana"),
    "rumah-zakat": ("rumah zakat", "rumahzakat"),
    "lpbi-nu": ("lpbi nu", "lpbinu", "lpbi", "lembaga penanggulangan bencana nu"),
    "mdmc": ("muhammadiyah disaster management center", "muhammadiyah", "mdmc"),
    "baznas": ("baznas", "baznas tanggap bencana"),
    "human-initiative": ("human initiative", "pkpu", "pkpu human initiative"),
    "hfi": ("humanitarian forum indonesia",),
    "pseah-network": ("pseah network", "jaringan pseah", "pseah network indonesia"),
    "bnpb": ("badan nasional penanggulangan bencana",),
    "kemenpppa": ("kementerian pppa", "kemen pppa", "kpppa", "kppa", "kementerian pemberdayaan perempuan"),
    "kemensos": ("kementerian sosial", "kemsos"),
    "kemenkes": ("kementerian kesehatan",),
    "bpbd-dki": ("bpbd dki", "bpbd dki jakarta", "bpbd jakarta", "bpbd provinsi dki"),
}

# Directory forms that are ordinary words in Indonesian or English: never matched in lower case.
AMBIGUOUS_FORMS = frozenset({
    "who", "care", "plan", "hi", "dd", "rz", "iri", "pulih", "rebana", "karina", "act", "cbm global",
    "un", "network", "stc",
})

# The capitalised forms that do identify them ('WHO', 'CARE', 'relawan NU').
CASE_SENSITIVE: dict[str, tuple[str, ...]] = {
    "who": ("WHO",),
    "care": ("CARE",),
    "human-initiative": ("HI",),
    "dompet-dhuafa": ("DD",),
    "rumah-zakat": ("RZ",),
    "islamic-relief": ("IRI",),
    "pulih": ("Pulih", "PULIH"),
    "karina": ("KARINA",),
    "lpbi-nu": ("NU",),
    "save-the-children": ("STC",),
}

# Words just before a name that say the person works there ('relawan PMI', 'orang UNICEF', 'staff of WFP').
WORKER_WORDS = frozenset({
    "relawan", "petugas", "staf", "staff", "orang", "pegawai", "pagawe", "pegawe", "sopir", "supir", "driver",
    "volunteer", "volunteers", "worker", "workers", "officer", "anggota", "tim", "team", "dari", "from", "of",
    "ti", "saka", "karyawan", "kontraktor", "contractor", "koordinator", "coordinator", "guru", "wong", "urang",
    "oknum", "member", "employee", "manager", "manajer", "dr", "dokter", "perawat", "bidan", "with", "for",
})
# Right before a name (or before 'relawan' + name) they say the reporter works there: 'saya relawan PMI',
# 'I am a PMI volunteer', 'sebagai relawan PMI'.
SELF_WORDS = frozenset({"saya", "aku", "abdi", "kula", "am", "im", "kami", "sebagai", "as"})
ARTICLES = frozenset({"a", "an", "the", "seorang", "salah", "satu"})
