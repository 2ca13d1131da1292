"""Actor data, part B: Turkey, China, Benelux, Baltics, Nordics, Canada, Japan, Australia, South Korea."""
from people import P, I, T, HH

ACTORS = []
add = ACTORS.append

# ---------------- Turkey ----------------
add(P("Recep Tayyip Erdoğan", "m", ["Recep Tayyip Erdogan", "Tayyip Erdoğan", "Tayyip Erdogan", "Erdoğan", "Erdogan"],
      T("hos", "President", "TUR", "2014-08-28", None), T("hog", "President", "TUR", "2018-07-09", None),
      T("hog", "Prime Minister", "TUR", "2003-03-14", "2014-08-28")))
add(P("Mevlüt Çavuşoğlu", "m", ["Mevlut Cavusoglu", "Çavuşoğlu", "Cavusoglu"], T("fm", "Foreign Minister", "TUR", "2015-11-24", "2023-06-03")))
add(P("Hakan Fidan", "m", ["Fidan"], T("official", "Head of the National Intelligence Organisation", "TUR", "2010-05-27", "2023-06-03"),
      T("fm", "Foreign Minister", "TUR", "2023-06-03", None)))
add(P("Hulusi Akar", "m", ["Akar"], T("dm", "Defence Minister", "TUR", "2018-07-10", "2023-06-03")))
add(P("Yaşar Güler", "m", ["Yasar Guler", "Güler"], T("dm", "Defence Minister", "TUR", "2023-06-03", None)))
add(P("İbrahim Kalın", "m", ["Ibrahim Kalin", "Kalın", "Kalin"], T("spokesperson", "Presidential spokesman", "TUR", "2014-12-01", "2023-06-05"),
      T("official", "Head of the National Intelligence Organisation", "TUR", "2023-06-05", None),
      note="Kalın spokesman start approximate"))
add(P("Cevdet Yılmaz", "m", ["Cevdet Yilmaz"], T("official", "Vice President", "TUR", "2023-06-03", None)))
add(P("Fuat Oktay", "m", [], T("official", "Vice President", "TUR", "2018-07-09", "2023-06-03")))
add(P("Ömer Çelik", "m", ["Omer Celik"], T("spokesperson", "AK Party spokesman", "TUR", "2018-08-01", None),
      note="Çelik party-spokesman start approximate"))

# ---------------- China ----------------
add(P("Xi Jinping", "m", ["Xi"], T("hos", "President", "CHN", "2013-03-14", None)))
add(P("Li Keqiang", "m", [], T("hog", "Premier", "CHN", "2013-03-15", "2023-03-11")))
add(P("Li Qiang", "m", [], T("hog", "Premier", "CHN", "2023-03-11", None)))
add(P("Wang Yi", "m", [], T("fm", "Foreign Minister", "CHN", "2013-03-16", "2022-12-30"),
      T("adviser", "Director of the Office of the Central Foreign Affairs Commission", "CHN", "2023-01-01", None),
      T("fm", "Foreign Minister", "CHN", "2023-07-25", None)))
add(P("Qin Gang", "m", [], T("fm", "Foreign Minister", "CHN", "2022-12-30", "2023-07-25")))
add(P("Wei Fenghe", "m", [], T("dm", "Defence Minister", "CHN", "2018-03-19", "2023-03-12")))
add(P("Li Shangfu", "m", [], T("dm", "Defence Minister", "CHN", "2023-03-12", "2023-10-24")))
add(P("Dong Jun", "m", [], T("dm", "Defence Minister", "CHN", "2023-12-29", None)))
add(P("Zhao Lijian", "m", [], T("spokesperson", "Foreign Ministry spokesman", "CHN", "2020-02-24", "2023-01-09"),
      note="Zhao Lijian spokesman dates approximate"))
add(P("Wang Wenbin", "m", [], T("spokesperson", "Foreign Ministry spokesman", "CHN", "2020-07-20", "2024-07-31"),
      note="Wang Wenbin spokesman dates approximate"))
add(P("Mao Ning", "f", [], T("spokesperson", "Foreign Ministry spokeswoman", "CHN", "2022-09-05", None),
      note="Mao Ning start approximate (Sept 2022)"))
add(P("Lin Jian", "m", [], T("spokesperson", "Foreign Ministry spokesman", "CHN", "2024-01-15", None),
      note="Lin Jian start approximate (Jan 2024)"))
add(P("Guo Jiakun", "m", [], T("spokesperson", "Foreign Ministry spokesman", "CHN", "2025-01-02", None),
      note="Guo Jiakun start approximate (Jan 2025)"))
add(P("Li Hui", "m", [], T("envoy", "Special Representative for Eurasian Affairs", "CHN", "2019-10-01", None),
      note="Li Hui envoy start approximate"))
add(P("Fu Cong", "m", [], T("ambassador", "Ambassador to the United Nations", "CHN", "2024-02-01", None),
      note="Fu Cong start approximate"))
add(I("the Chinese Foreign Ministry", "CHN", ["Chinese Foreign Ministry", "Chinese foreign ministry", "China's foreign ministry", "Chinese Ministry of Foreign Affairs", "the Chinese MFA"], "Ministry of Foreign Affairs"))

# ---------------- Belgium ----------------
add(P("Philippe of Belgium", "m", ["King Philippe", "King Philippe of Belgium"], T("hos", "King", "BEL", "2013-07-21", None)))
add(P("Alexander De Croo", "m", ["De Croo"], T("hog", "Prime Minister", "BEL", "2020-10-01", "2025-02-03")))
add(P("Bart De Wever", "m", ["De Wever"], T("hog", "Prime Minister", "BEL", "2025-02-03", None)))
add(P("Sophie Wilmès", "f", ["Sophie Wilmes", "Wilmès"], T("fm", "Foreign Minister", "BEL", "2020-10-01", "2022-07-15")))
add(P("Hadja Lahbib", "f", ["Lahbib"], T("fm", "Foreign Minister", "BEL", "2022-07-15", "2024-12-01"),
      T("official", "European Commissioner for Crisis Management", "EU", "2024-12-01", None)))
add(P("Bernard Quintin", "m", ["Quintin"], T("fm", "Foreign Minister", "BEL", "2024-12-02", "2025-02-03")))
add(P("Maxime Prévot", "m", ["Maxime Prevot", "Prévot"], T("fm", "Foreign Minister", "BEL", "2025-02-03", None)))
add(P("Ludivine Dedonder", "f", ["Dedonder"], T("dm", "Defence Minister", "BEL", "2020-10-01", "2025-02-03")))
add(P("Theo Francken", "m", ["Francken"], T("dm", "Defence Minister", "BEL", "2025-02-03", None)))

# ---------------- Netherlands ----------------
add(P("Willem-Alexander", "m", ["King Willem-Alexander", "Willem-Alexander of the Netherlands"], T("hos", "King", "NLD", "2013-04-30", None),
      ref=["Willem-Alexander of the Netherlands"]))
add(P("Dick Schoof", "m", ["Schoof"], T("hog", "Prime Minister", "NLD", "2024-07-02", None),
      note="A new Dutch cabinet after the Oct 2025 election may have taken office in 2026; Schoof kept open"))
add(P("Wopke Hoekstra", "m", ["Hoekstra"], T("fm", "Foreign Minister", "NLD", "2022-01-10", "2023-09-05"),
      T("official", "European Commissioner for Climate", "EU", "2023-10-09", None)))
add(P("Hanke Bruins Slot", "f", ["Bruins Slot"], T("fm", "Foreign Minister", "NLD", "2023-09-05", "2024-07-02")))
add(P("Caspar Veldkamp", "m", ["Veldkamp"], T("fm", "Foreign Minister", "NLD", "2024-07-02", "2025-08-22")))
add(P("David van Weel", "m", ["Van Weel"], T("minister", "Justice Minister", "NLD", "2024-07-02", None),
      T("fm", "Foreign Minister", "NLD", "2025-08-26", None),
      note="van Weel FM start approximate (late Aug/early Sept 2025)"))
add(P("Kajsa Ollongren", "f", ["Ollongren"], T("dm", "Defence Minister", "NLD", "2022-01-10", "2024-07-02")))
add(P("Ruben Brekelmans", "m", ["Brekelmans"], T("dm", "Defence Minister", "NLD", "2024-07-02", None)))

# ---------------- Estonia ----------------
add(P("Alar Karis", "m", ["Karis"], T("hos", "President", "EST", "2021-10-11", None)))
add(P("Kristen Michal", "m", ["Michal"], T("hog", "Prime Minister", "EST", "2024-07-23", None)))
add(P("Eva-Maria Liimets", "f", ["Liimets"], T("fm", "Foreign Minister", "EST", "2021-01-26", "2022-06-03")))
add(P("Urmas Reinsalu", "m", ["Reinsalu"], T("fm", "Foreign Minister", "EST", "2022-07-18", "2023-04-17")))
add(P("Margus Tsahkna", "m", ["Tsahkna"], T("fm", "Foreign Minister", "EST", "2023-04-17", None)))
add(P("Kalle Laanet", "m", ["Laanet"], T("dm", "Defence Minister", "EST", "2021-01-26", "2022-07-18")))
add(P("Hanno Pevkur", "m", ["Pevkur"], T("dm", "Defence Minister", "EST", "2022-07-18", None)))

# ---------------- Latvia ----------------
add(P("Egils Levits", "m", ["Levits"], T("hos", "President", "LVA", "2019-07-08", "2023-07-08")))
add(P("Edgars Rinkēvičs", "m", ["Edgars Rinkevics", "Rinkēvičs", "Rinkevics"], T("fm", "Foreign Minister", "LVA", "2011-10-25", "2023-07-08"),
      T("hos", "President", "LVA", "2023-07-08", None)))
add(P("Krišjānis Kariņš", "m", ["Krisjanis Karins", "Kariņš", "Karins"], T("hog", "Prime Minister", "LVA", "2019-01-23", "2023-09-15"),
      T("fm", "Foreign Minister", "LVA", "2023-09-15", "2024-03-28")))
add(P("Evika Siliņa", "f", ["Evika Silina", "Siliņa", "Silina"], T("hog", "Prime Minister", "LVA", "2023-09-15", None)))
add(P("Baiba Braže", "f", ["Baiba Braze", "Braže", "Braze"], T("fm", "Foreign Minister", "LVA", "2024-04-19", None)))
add(P("Artis Pabriks", "m", ["Pabriks"], T("dm", "Defence Minister", "LVA", "2019-01-23", "2022-12-14")))
add(P("Ināra Mūrniece", "f", ["Inara Murniece", "Mūrniece"], T("dm", "Defence Minister", "LVA", "2022-12-14", "2023-09-15")))
add(P("Andris Sprūds", "m", ["Andris Spruds", "Sprūds"], T("dm", "Defence Minister", "LVA", "2023-09-15", None),
      note="Sprūds may have left the defence ministry in 2025; end date not known to me"))

# ---------------- Lithuania ----------------
add(P("Gitanas Nausėda", "m", ["Gitanas Nauseda", "Nausėda", "Nauseda"], T("hos", "President", "LTU", "2019-07-12", None)))
add(P("Ingrida Šimonytė", "f", ["Ingrida Simonyte", "Šimonytė", "Simonyte"], T("hog", "Prime Minister", "LTU", "2020-12-11", "2024-12-12")))
add(P("Gintautas Paluckas", "m", ["Paluckas"], T("hog", "Prime Minister", "LTU", "2024-12-12", "2025-08-26"),
      note="Paluckas resigned 2025-07-31, caretaker until successor; end date approximate"))
add(P("Inga Ruginienė", "f", ["Inga Ruginiene", "Ruginienė", "Ruginiene"], T("hog", "Prime Minister", "LTU", "2025-08-26", None),
      note="Ruginienė start approximate (late Aug 2025)"))
add(P("Gabrielius Landsbergis", "m", ["Landsbergis"], T("fm", "Foreign Minister", "LTU", "2020-12-11", "2024-12-12")))
add(P("Kęstutis Budrys", "m", ["Kestutis Budrys", "Budrys"], T("fm", "Foreign Minister", "LTU", "2024-12-12", None)))
add(P("Arvydas Anušauskas", "m", ["Arvydas Anusauskas", "Anušauskas"], T("dm", "Defence Minister", "LTU", "2020-12-11", "2024-03-28"),
      note="Anušauskas/Kasčiūnas handover date approximate (spring 2024)"))
add(P("Laurynas Kasčiūnas", "m", ["Laurynas Kasciunas", "Kasčiūnas"], T("dm", "Defence Minister", "LTU", "2024-03-28", "2024-12-12")))
add(P("Dovilė Šakalienė", "f", ["Dovile Sakaliene", "Šakalienė", "Sakaliene"], T("dm", "Defence Minister", "LTU", "2024-12-12", "2025-10-01"),
      note="Šakalienė end date approximate (removed autumn 2025)"))
add(P("Robertas Kaunas", "m", [], T("dm", "Defence Minister", "LTU", "2025-10-01", None),
      note="Kaunas start approximate (autumn 2025)"))

# ---------------- Finland ----------------
add(P("Sauli Niinistö", "m", ["Sauli Niinisto", "Niinistö", "Niinisto"], T("hos", "President", "FIN", "2012-03-01", "2024-03-01")))
add(P("Alexander Stubb", "m", ["Stubb"], T("hos", "President", "FIN", "2024-03-01", None)))
add(P("Sanna Marin", "f", ["Marin"], T("hog", "Prime Minister", "FIN", "2019-12-10", "2023-06-20")))
add(P("Petteri Orpo", "m", ["Orpo"], T("hog", "Prime Minister", "FIN", "2023-06-20", None)))
add(P("Pekka Haavisto", "m", ["Haavisto"], T("fm", "Foreign Minister", "FIN", "2019-12-10", "2023-06-20")))
add(P("Elina Valtonen", "f", ["Valtonen"], T("fm", "Foreign Minister", "FIN", "2023-06-20", None)))
add(P("Antti Kaikkonen", "m", ["Kaikkonen"], T("dm", "Defence Minister", "FIN", "2019-12-13", "2023-06-20")))
add(P("Antti Häkkänen", "m", ["Antti Hakkanen", "Häkkänen", "Hakkanen"], T("dm", "Defence Minister", "FIN", "2023-06-20", None)))

# ---------------- Sweden ----------------
add(P("Carl XVI Gustaf", "m", ["King Carl XVI Gustaf", "King Carl Gustaf", "Carl XVI Gustaf of Sweden"], T("hos", "King", "SWE", "1973-09-15", None),
      ref=["Carl XVI Gustaf of Sweden"]))
add(P("Magdalena Andersson", "f", [], T("hog", "Prime Minister", "SWE", "2021-11-30", "2022-10-18")))
add(P("Ulf Kristersson", "m", ["Kristersson"], T("hog", "Prime Minister", "SWE", "2022-10-18", None),
      note="Swedish general election Sept 2026: outcome/any change of government not known to me"))
add(P("Ann Linde", "f", [], T("fm", "Foreign Minister", "SWE", "2019-09-10", "2022-10-18")))
add(P("Tobias Billström", "m", ["Tobias Billstrom", "Billström", "Billstrom"], T("fm", "Foreign Minister", "SWE", "2022-10-18", "2024-09-10")))
add(P("Maria Malmer Stenergard", "f", ["Malmer Stenergard"], T("fm", "Foreign Minister", "SWE", "2024-09-10", None)))
add(P("Peter Hultqvist", "m", ["Hultqvist"], T("dm", "Defence Minister", "SWE", "2014-10-03", "2022-10-18")))
add(P("Pål Jonson", "m", ["Pal Jonson"], T("dm", "Defence Minister", "SWE", "2022-10-18", None)))

# ---------------- Denmark ----------------
add(P("Margrethe II", "f", ["Queen Margrethe", "Queen Margrethe II"], T("hos", "Queen", "DNK", "1972-01-14", "2024-01-14")))
add(P("Frederik X", "m", ["King Frederik", "King Frederik X", "Frederik X of Denmark"], T("hos", "King", "DNK", "2024-01-14", None),
      ref=["Frederik X of Denmark"]))
add(P("Mette Frederiksen", "f", ["Frederiksen"], T("hog", "Prime Minister", "DNK", "2019-06-27", None)))
add(P("Jeppe Kofod", "m", ["Kofod"], T("fm", "Foreign Minister", "DNK", "2019-06-27", "2022-12-15")))
add(P("Lars Løkke Rasmussen", "m", ["Lars Lokke Rasmussen", "Løkke Rasmussen", "Lokke Rasmussen"],
      T("hog", "Prime Minister", "DNK", "2015-06-28", "2019-06-27"), T("fm", "Foreign Minister", "DNK", "2022-12-15", None)))
add(P("Trine Bramsen", "f", ["Bramsen"], T("dm", "Defence Minister", "DNK", "2019-06-27", "2022-02-04")))
add(P("Morten Bødskov", "m", ["Morten Bodskov", "Bødskov"], T("dm", "Defence Minister", "DNK", "2022-02-04", "2022-12-15")))
add(P("Jakob Ellemann-Jensen", "m", ["Ellemann-Jensen"], T("dm", "Defence Minister", "DNK", "2022-12-15", "2023-08-01"),
      note="Ellemann-Jensen on sick leave from Feb 2023 (Lund Poulsen acting); handover date approximate"))
add(P("Troels Lund Poulsen", "m", ["Lund Poulsen"], T("dm", "Defence Minister", "DNK", "2023-08-01", None),
      note="Lund Poulsen formal start approximate (acting from Feb 2023)"))

# ---------------- Norway ----------------
add(P("Harald V", "m", ["King Harald", "King Harald V", "Harald V of Norway"], T("hos", "King", "NOR", "1991-01-17", None), ref=["Harald V of Norway"]))
add(P("Jonas Gahr Støre", "m", ["Jonas Gahr Store", "Jonas Gahr Stoere", "Støre", "Stoere"], T("hog", "Prime Minister", "NOR", "2021-10-14", None)))
add(P("Anniken Huitfeldt", "f", ["Huitfeldt"], T("fm", "Foreign Minister", "NOR", "2021-10-14", "2023-10-16")))
add(P("Espen Barth Eide", "m", ["Barth Eide"], T("fm", "Foreign Minister", "NOR", "2023-10-16", None)))
add(P("Odd Roger Enoksen", "m", ["Enoksen"], T("dm", "Defence Minister", "NOR", "2021-10-14", "2022-04-29"),
      note="Enoksen/Gram handover date approximate (April 2022)"))
add(P("Bjørn Arild Gram", "m", ["Bjorn Arild Gram"], T("dm", "Defence Minister", "NOR", "2022-04-29", "2024-04-08"),
      note="Gram/Sandvik handover date approximate (April 2024)"))
add(P("Tore O. Sandvik", "m", ["Tore Onshuus Sandvik", "Sandvik"], T("dm", "Defence Minister", "NOR", "2024-04-08", None)))

# ---------------- Canada ----------------
add(P("Justin Trudeau", "m", ["Trudeau"], T("hog", "Prime Minister", "CAN", "2015-11-04", "2025-03-14")))
add(P("Mark Carney", "m", ["Carney"], T("hog", "Prime Minister", "CAN", "2025-03-14", None)))
add(P("Mélanie Joly", "f", ["Melanie Joly", "Joly"], T("fm", "Foreign Minister", "CAN", "2021-10-26", "2025-05-13"),
      T("minister", "Industry Minister", "CAN", "2025-05-13", None)))
add(P("Anita Anand", "f", ["Anand"], T("dm", "Defence Minister", "CAN", "2021-10-26", "2023-07-26"),
      T("fm", "Foreign Minister", "CAN", "2025-05-13", None)))
add(P("Bill Blair", "m", [], T("dm", "Defence Minister", "CAN", "2023-07-26", "2025-05-13")))
add(P("David McGuinty", "m", ["McGuinty"], T("dm", "Defence Minister", "CAN", "2025-05-13", None)))
add(P("Chrystia Freeland", "f", ["Freeland"], T("official", "Deputy Prime Minister", "CAN", "2019-11-20", "2024-12-16"),
      T("envoy", "Special Envoy for the Reconstruction of Ukraine", "CAN", "2025-09-16", None),
      note="Freeland appointed Canada's special envoy for Ukraine's reconstruction in Sept 2025 (date approximate)"))
add(P("Bob Rae", "m", [], T("ambassador", "Ambassador to the United Nations", "CAN", "2020-08-01", None),
      note="Rae UN term dates approximate; may have ended 2025"))

# ---------------- Japan ----------------
add(P("Naruhito", "m", ["Emperor Naruhito"], T("hos", "Emperor", "JPN", "2019-05-01", None)))
add(P("Fumio Kishida", "m", ["Kishida"], T("hog", "Prime Minister", "JPN", "2021-10-04", "2024-10-01")))
add(P("Shigeru Ishiba", "m", ["Ishiba"], T("hog", "Prime Minister", "JPN", "2024-10-01", "2025-10-21")))
add(P("Sanae Takaichi", "f", ["Takaichi"], T("hog", "Prime Minister", "JPN", "2025-10-21", None)))
add(P("Yoshimasa Hayashi", "m", ["Hayashi"], T("fm", "Foreign Minister", "JPN", "2021-11-10", "2023-09-13"),
      T("spokesperson", "Chief Cabinet Secretary", "JPN", "2023-12-14", "2025-10-21")))
add(P("Yoko Kamikawa", "f", ["Kamikawa"], T("fm", "Foreign Minister", "JPN", "2023-09-13", "2024-10-01")))
add(P("Takeshi Iwaya", "m", ["Iwaya"], T("fm", "Foreign Minister", "JPN", "2024-10-01", "2025-10-21")))
add(P("Toshimitsu Motegi", "m", ["Motegi"], T("fm", "Foreign Minister", "JPN", "2019-09-11", "2021-11-04"),
      T("fm", "Foreign Minister", "JPN", "2025-10-21", None)))
add(P("Nobuo Kishi", "m", [], T("dm", "Defence Minister", "JPN", "2020-09-16", "2022-08-10")))
add(P("Yasukazu Hamada", "m", ["Hamada"], T("dm", "Defence Minister", "JPN", "2022-08-10", "2023-09-13")))
add(P("Minoru Kihara", "m", ["Kihara"], T("dm", "Defence Minister", "JPN", "2023-09-13", "2024-10-01"),
      T("spokesperson", "Chief Cabinet Secretary", "JPN", "2025-10-21", None)))
add(P("Gen Nakatani", "m", ["Nakatani"], T("dm", "Defence Minister", "JPN", "2024-10-01", "2025-10-21")))
add(P("Shinjirō Koizumi", "m", ["Shinjiro Koizumi", "Koizumi"], T("dm", "Defence Minister", "JPN", "2025-10-21", None)))
add(P("Hirokazu Matsuno", "m", ["Matsuno"], T("spokesperson", "Chief Cabinet Secretary", "JPN", "2021-10-04", "2023-12-14")))

# ---------------- Australia ----------------
add(P("Scott Morrison", "m", ["Morrison"], T("hog", "Prime Minister", "AUS", "2018-08-24", "2022-05-23")))
add(P("Anthony Albanese", "m", ["Albanese"], T("hog", "Prime Minister", "AUS", "2022-05-23", None)))
add(P("Marise Payne", "f", [], T("fm", "Foreign Minister", "AUS", "2018-08-26", "2022-05-23")))
add(P("Penny Wong", "f", [], T("fm", "Foreign Minister", "AUS", "2022-05-23", None)))
add(P("Peter Dutton", "m", ["Dutton"], T("dm", "Defence Minister", "AUS", "2021-03-30", "2022-05-23")))
add(P("Richard Marles", "m", ["Marles"], T("dm", "Defence Minister", "AUS", "2022-06-01", None),
      note="Marles sworn in as defence minister 2022-06-01 (deputy PM from 2022-05-23)"))

# ---------------- South Korea ----------------
add(P("Moon Jae-in", "m", [], T("hos", "President", "KOR", "2017-05-10", "2022-05-09")))
add(P("Yoon Suk Yeol", "m", ["Yoon Suk-yeol", "Yoon"], T("hos", "President", "KOR", "2022-05-10", "2025-04-04"),
      note="Yoon suspended from 2024-12-14 (impeachment); removed 2025-04-04"))
add(P("Lee Jae-myung", "m", ["Lee Jae Myung"], T("hos", "President", "KOR", "2025-06-04", None)))
add(P("Kim Boo-kyum", "m", [], T("hog", "Prime Minister", "KOR", "2021-05-14", "2022-05-11")))
add(P("Han Duck-soo", "m", ["Han Duck Soo"], T("hog", "Prime Minister", "KOR", "2022-05-21", "2025-05-01"),
      note="Han suspended 2024-12-27..2025-03-24 (Choi Sang-mok acting); acting presidencies not modelled"))
add(P("Kim Min-seok", "m", [], T("hog", "Prime Minister", "KOR", "2025-07-03", None)))
add(P("Chung Eui-yong", "m", [], T("fm", "Foreign Minister", "KOR", "2021-02-09", "2022-05-11")))
add(P("Park Jin", "m", [], T("fm", "Foreign Minister", "KOR", "2022-05-12", "2024-01-10"),
      note="Park Jin end / Cho Tae-yul start approximate (Jan 2024)"))
add(P("Cho Tae-yul", "m", [], T("fm", "Foreign Minister", "KOR", "2024-01-12", "2025-07-18")))
add(P("Cho Hyun", "m", [], T("fm", "Foreign Minister", "KOR", "2025-07-19", None), note="Cho Hyun start approximate (July 2025)"))
add(P("Lee Jong-sup", "m", [], T("dm", "Defence Minister", "KOR", "2022-05-10", "2023-10-06")))
add(P("Shin Won-sik", "m", [], T("dm", "Defence Minister", "KOR", "2023-10-07", "2024-09-05"),
      T("adviser", "National Security Adviser", "KOR", "2024-09-06", "2025-06-04")))
add(P("Kim Yong-hyun", "m", [], T("dm", "Defence Minister", "KOR", "2024-09-06", "2024-12-05")))
add(P("Ahn Gyu-back", "m", [], T("dm", "Defence Minister", "KOR", "2025-07-25", None), note="Ahn Gyu-back start approximate (July 2025)"))
