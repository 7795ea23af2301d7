"""Common words of the four languages, so that `Text.coverage` can tell a report the lexicons read from one they
barely read (a language or a spelling they cover thinly).

The cue patterns and the spelling tables supply most known words (see ``text._known_words``); these are the
frequent function words that no cue needs. Indonesian and English from their grammars' closed classes;
Sundanese from Danadibrata, Kamus Basa Sunda (2006) and the NusaX-Lexicon; Javanese ngoko and krama from
Poerwadarminta, Baoesastra Djawa (1939). Only the words, no meanings: nothing here decides a category.
"""

FUNCTION_WORDS = frozenset("""
yang dan di ke dari ini itu dengan untuk pada ada tidak akan sudah belum masih juga saja lagi karena tapi atau
saya aku kami kita dia ia mereka kamu anda beliau nya kalau jika agar supaya bahwa oleh sama para semua setiap
sangat banyak sedikit hanya cuma baru telah sedang bisa dapat harus mau ingin boleh perlu apa siapa mana kapan
bagaimana mengapa kenapa berapa sini sana situ sekarang nanti tadi kemarin besok hari malam pagi siang sore
orang rumah tenda posko kampung desa jadi lalu terus kemudian waktu saat ketika sejak sampai hingga dulu sekali
the and of to in on at for with by from is are was were be been has have had do does did not no but or if
that this these those he she it they we you i me him her them his its our their my your who what when where
why how which there here very just also only then than so as an a will would can could should may might must
teh jeung sareng ka ti nu anu eta ieu abdi anjeun manehna anjeunna urang aya henteu teu moal geus parantos
keur nuju bae wae oge ogé tos atuh mah kitu kieu naon saha iraha kumaha dimana di dieu ditu dinya budak
lan karo ing saka menyang nang sing kang iku iki aku kowe dheweke awake ora wis durung isih uga wae mung
lan kaliyan ingkang punika menika wonten mboten sampun dereng taksih ugi kula panjenengan piyambakipun
""".split())
