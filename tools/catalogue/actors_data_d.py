"""Actor data, part D: other G20 members and countries around the war."""
from people import P, I, T, HH

ACTORS = []
add = ACTORS.append

# Argentina
add(P("Alberto Fernández", "m", ["Alberto Fernandez"], HH("President", "ARG", "2019-12-10", "2023-12-10")))
add(P("Javier Milei", "m", ["Milei"], HH("President", "ARG", "2023-12-10", None)))
add(P("Santiago Cafiero", "m", ["Cafiero"], T("fm", "Foreign Minister", "ARG", "2021-09-20", "2023-12-10")))
add(P("Diana Mondino", "f", ["Mondino"], T("fm", "Foreign Minister", "ARG", "2023-12-10", "2024-10-30")))
add(P("Gerardo Werthein", "m", ["Werthein"], T("fm", "Foreign Minister", "ARG", "2024-10-30", "2025-10-22"),
      note="Werthein resignation / Quirno start (Oct 2025) approximate"))
add(P("Pablo Quirno", "m", ["Quirno"], T("fm", "Foreign Minister", "ARG", "2025-10-22", None), note="see Werthein"))
add(P("Jorge Taiana", "m", ["Taiana"], T("dm", "Defence Minister", "ARG", "2021-08-10", "2023-12-10"), note="Taiana start approximate"))
add(P("Luis Petri", "m", ["Petri"], T("dm", "Defence Minister", "ARG", "2023-12-10", "2025-12-10"),
      note="Petri left to take a Chamber seat Dec 2025 (date approximate); successor not recorded"))

# Brazil
add(P("Jair Bolsonaro", "m", ["Bolsonaro"], HH("President", "BRA", "2019-01-01", "2023-01-01")))
add(P("Luiz Inácio Lula da Silva", "m", ["Lula", "Lula da Silva", "Luiz Inacio Lula da Silva", "Luiz Inácio Lula"],
      HH("President", "BRA", "2023-01-01", None)))
add(P("Carlos França", "m", ["Carlos Franca", "Carlos Alberto França"], T("fm", "Foreign Minister", "BRA", "2021-03-29", "2023-01-01"),
      ref=["Carlos Alberto França"]))
add(P("Mauro Vieira", "m", ["Vieira"], T("fm", "Foreign Minister", "BRA", "2023-01-01", None)))
add(P("Walter Braga Netto", "m", ["Braga Netto"], T("dm", "Defence Minister", "BRA", "2021-03-30", "2022-03-31")))
add(P("Paulo Sérgio Nogueira", "m", ["Paulo Sergio Nogueira"], T("dm", "Defence Minister", "BRA", "2022-04-01", "2023-01-01")))
add(P("José Múcio", "m", ["Jose Mucio", "José Múcio Monteiro"], T("dm", "Defence Minister", "BRA", "2023-01-01", None)))
add(P("Celso Amorim", "m", ["Amorim"], T("adviser", "Chief Foreign Policy Adviser", "BRA", "2023-01-01", None)))

# India
add(P("Ram Nath Kovind", "m", ["Kovind"], T("hos", "President", "IND", "2017-07-25", "2022-07-25")))
add(P("Droupadi Murmu", "f", ["Murmu"], T("hos", "President", "IND", "2022-07-25", None)))
add(P("Narendra Modi", "m", ["Modi"], T("hog", "Prime Minister", "IND", "2014-05-26", None)))
add(P("S. Jaishankar", "m", ["Subrahmanyam Jaishankar", "S Jaishankar", "Jaishankar"], T("fm", "External Affairs Minister", "IND", "2019-05-30", None)))
add(P("Rajnath Singh", "m", [], T("dm", "Defence Minister", "IND", "2019-05-30", None)))
add(P("Ajit Doval", "m", ["Doval"], T("adviser", "National Security Adviser", "IND", "2014-05-30", None)))
add(P("Randhir Jaiswal", "m", [], T("spokesperson", "External Affairs Ministry spokesman", "IND", "2024-01-01", None),
      note="Jaiswal start approximate"))

# Indonesia
add(P("Joko Widodo", "m", ["Jokowi", "Widodo"], HH("President", "IDN", "2014-10-20", "2024-10-20")))
add(P("Prabowo Subianto", "m", ["Prabowo"], T("dm", "Defence Minister", "IDN", "2019-10-23", "2024-10-20"),
      HH("President", "IDN", "2024-10-20", None)))
add(P("Retno Marsudi", "f", ["Retno"], T("fm", "Foreign Minister", "IDN", "2014-10-27", "2024-10-20")))
add(P("Sugiono", "m", [], T("fm", "Foreign Minister", "IDN", "2024-10-21", None)))
add(P("Sjafrie Sjamsoeddin", "m", [], T("dm", "Defence Minister", "IDN", "2024-10-21", None)))

# Mexico
add(P("Andrés Manuel López Obrador", "m", ["Andres Manuel Lopez Obrador", "López Obrador", "Lopez Obrador", "AMLO"],
      HH("President", "MEX", "2018-12-01", "2024-10-01")))
add(P("Claudia Sheinbaum", "f", ["Sheinbaum"], HH("President", "MEX", "2024-10-01", None)))
add(P("Marcelo Ebrard", "m", ["Ebrard"], T("fm", "Foreign Minister", "MEX", "2018-12-01", "2023-06-12"),
      T("minister", "Economy Minister", "MEX", "2024-10-01", None)))
add(P("Alicia Bárcena", "f", ["Alicia Barcena"], T("fm", "Foreign Minister", "MEX", "2023-07-03", "2024-10-01")))
add(P("Juan Ramón de la Fuente", "m", ["Juan Ramon de la Fuente"], T("fm", "Foreign Minister", "MEX", "2024-10-01", None),
      note="de la Fuente may have been replaced in 2025/26; verify"))
add(P("Luis Cresencio Sandoval", "m", [], T("dm", "Defence Secretary", "MEX", "2018-12-01", "2024-10-01")))
add(P("Ricardo Trevilla Trejo", "m", [], T("dm", "Defence Secretary", "MEX", "2024-10-01", None)))

# Saudi Arabia
add(P("Salman bin Abdulaziz", "m", ["King Salman", "Salman bin Abdulaziz Al Saud"], T("hos", "King", "SAU", "2015-01-23", None),
      T("hog", "Prime Minister", "SAU", "2015-01-23", "2022-09-27")))
add(P("Mohammed bin Salman", "m", ["MBS", "Crown Prince Mohammed bin Salman", "Prince Mohammed bin Salman"],
      T("dm", "Defence Minister", "SAU", "2015-01-23", "2022-09-27"), T("official", "Crown Prince", "SAU", "2017-06-21", None),
      T("hog", "Prime Minister", "SAU", "2022-09-27", None)))
add(P("Faisal bin Farhan", "m", ["Prince Faisal bin Farhan", "Faisal bin Farhan Al Saud"], T("fm", "Foreign Minister", "SAU", "2019-10-23", None),
      ref=["Prince Faisal bin Farhan Al Saud"]))
add(P("Khalid bin Salman", "m", ["Prince Khalid bin Salman"], T("dm", "Defence Minister", "SAU", "2022-09-27", None)))

# South Africa
add(P("Cyril Ramaphosa", "m", ["Ramaphosa"], HH("President", "ZAF", "2018-02-15", None)))
add(P("Naledi Pandor", "f", ["Pandor"], T("fm", "Foreign Minister", "ZAF", "2019-05-30", "2024-07-03")))
add(P("Ronald Lamola", "m", ["Lamola"], T("fm", "Foreign Minister", "ZAF", "2024-07-03", None)))
add(P("Thandi Modise", "f", [], T("dm", "Defence Minister", "ZAF", "2021-08-05", "2024-07-03")))
add(P("Angie Motshekga", "f", ["Motshekga"], T("dm", "Defence Minister", "ZAF", "2024-07-03", None)))

# Belarus
add(P("Alexander Lukashenko", "m", ["Aleksandr Lukashenko", "Alyaksandr Lukashenka", "Lukashenko", "Lukashenka"],
      T("hos", "President", "BLR", "1994-07-20", None)))
add(P("Roman Golovchenko", "m", ["Golovchenko"], T("hog", "Prime Minister", "BLR", "2020-06-04", "2025-04-08"),
      note="Golovchenko/Turchin handover April 2025 (date approximate)"))
add(P("Alexander Turchin", "m", ["Aleksandr Turchin", "Turchin"], T("hog", "Prime Minister", "BLR", "2025-04-08", None), note="see Golovchenko"))
add(P("Vladimir Makei", "m", ["Uladzimir Makei", "Makei"], T("fm", "Foreign Minister", "BLR", "2012-08-20", "2022-11-26")))
add(P("Sergei Aleinik", "m", ["Sergei Aleynik", "Aleinik"], T("fm", "Foreign Minister", "BLR", "2022-12-06", "2024-04-23"),
      note="Aleinik/Ryzhenkov handover date approximate (spring 2024)"))
add(P("Maxim Ryzhenkov", "m", ["Maksim Ryzhenkov", "Ryzhenkov"], T("fm", "Foreign Minister", "BLR", "2024-04-23", None), note="see Aleinik"))
add(P("Viktor Khrenin", "m", ["Khrenin"], T("dm", "Defence Minister", "BLR", "2020-01-20", None)))
add(P("Sviatlana Tsikhanouskaya", "f", ["Svetlana Tikhanovskaya", "Tsikhanouskaya", "Tikhanovskaya"], T("official", "Belarusian opposition leader", "BLR", "2020-08-11", None)))

# Moldova
add(P("Maia Sandu", "f", ["Sandu"], T("hos", "President", "MDA", "2020-12-24", None)))
add(P("Natalia Gavrilița", "f", ["Natalia Gavrilita", "Gavrilița"], T("hog", "Prime Minister", "MDA", "2021-08-06", "2023-02-16")))
add(P("Dorin Recean", "m", ["Recean"], T("hog", "Prime Minister", "MDA", "2023-02-16", "2025-11-01"),
      note="Recean/Munteanu handover after Sept 2025 election dated approx. 2025-11-01"))
add(P("Alexandru Munteanu", "m", ["Munteanu"], T("hog", "Prime Minister", "MDA", "2025-11-01", None), note="see Recean"))
add(P("Nicu Popescu", "m", [], T("fm", "Foreign Minister", "MDA", "2021-08-06", "2024-01-29")))
add(P("Mihai Popșoi", "m", ["Mihai Popsoi", "Popșoi", "Popsoi"], T("fm", "Foreign Minister", "MDA", "2024-01-29", None),
      note="Popșoi assumed retained in the Munteanu government"))
add(P("Anatolie Nosatîi", "m", ["Anatolie Nosatii", "Nosatîi"], T("dm", "Defence Minister", "MDA", "2021-08-06", None),
      note="Nosatîi assumed retained after 2025; verify"))

# Georgia
add(P("Salome Zourabichvili", "f", ["Salome Zurabishvili", "Zourabichvili"], T("hos", "President", "GEO", "2018-12-16", "2024-12-29")))
add(P("Mikheil Kavelashvili", "m", ["Kavelashvili"], T("hos", "President", "GEO", "2024-12-29", None)))
add(P("Irakli Garibashvili", "m", ["Garibashvili"], T("hog", "Prime Minister", "GEO", "2021-02-22", "2024-02-08")))
add(P("Irakli Kobakhidze", "m", ["Kobakhidze"], T("hog", "Prime Minister", "GEO", "2024-02-08", None)))
add(P("Ilia Darchiashvili", "m", ["Darchiashvili"], T("fm", "Foreign Minister", "GEO", "2022-04-04", "2024-12-01"),
      note="Darchiashvili/Botchorishvili handover date approximate (late 2024)"))
add(P("Maka Botchorishvili", "f", ["Botchorishvili"], T("fm", "Foreign Minister", "GEO", "2024-12-01", None), note="see Darchiashvili"))
add(P("Juansher Burchuladze", "m", [], T("dm", "Defence Minister", "GEO", "2021-02-22", "2024-02-08")))
add(P("Irakli Chikovani", "m", [], T("dm", "Defence Minister", "GEO", "2024-02-08", None)))

# Israel
add(P("Isaac Herzog", "m", ["Yitzhak Herzog", "Herzog"], T("hos", "President", "ISR", "2021-07-07", None)))
add(P("Naftali Bennett", "m", ["Bennett"], T("hog", "Prime Minister", "ISR", "2021-06-13", "2022-06-30")))
add(P("Yair Lapid", "m", ["Lapid"], T("fm", "Foreign Minister", "ISR", "2021-06-13", "2022-12-29"),
      T("hog", "Prime Minister", "ISR", "2022-07-01", "2022-12-29")))
add(P("Benjamin Netanyahu", "m", ["Netanyahu", "Bibi Netanyahu"], T("hog", "Prime Minister", "ISR", "2022-12-29", None)))
add(P("Eli Cohen", "m", [], T("fm", "Foreign Minister", "ISR", "2022-12-29", "2024-01-01")))
add(P("Israel Katz", "m", [], T("fm", "Foreign Minister", "ISR", "2024-01-01", "2024-11-05"),
      T("dm", "Defence Minister", "ISR", "2024-11-07", None)))
add(P("Gideon Sa'ar", "m", ["Gideon Saar", "Sa'ar"], T("fm", "Foreign Minister", "ISR", "2024-11-05", None)))
add(P("Benny Gantz", "m", ["Gantz"], T("dm", "Defence Minister", "ISR", "2020-05-17", "2022-12-29")))
add(P("Yoav Gallant", "m", ["Gallant"], T("dm", "Defence Minister", "ISR", "2022-12-29", "2024-11-07")))

# Iran
add(P("Ali Khamenei", "m", ["Ayatollah Ali Khamenei", "Khamenei"], T("hos", "Supreme Leader", "IRN", "1989-06-04", None)))
add(P("Ebrahim Raisi", "m", ["Raisi"], T("hog", "President", "IRN", "2021-08-03", "2024-05-19")))
add(P("Mohammad Mokhber", "m", ["Mokhber"], T("hog", "Acting President", "IRN", "2024-05-20", "2024-07-28")))
add(P("Masoud Pezeshkian", "m", ["Pezeshkian"], T("hog", "President", "IRN", "2024-07-28", None)))
add(P("Hossein Amir-Abdollahian", "m", ["Amir-Abdollahian", "Hossein Amirabdollahian"], T("fm", "Foreign Minister", "IRN", "2021-08-25", "2024-05-19")))
add(P("Ali Bagheri Kani", "m", ["Ali Bagheri", "Bagheri Kani"], T("fm", "Acting Foreign Minister", "IRN", "2024-05-20", "2024-08-21")))
add(P("Abbas Araghchi", "m", ["Araghchi", "Abbas Araqchi"], T("fm", "Foreign Minister", "IRN", "2024-08-21", None)))
add(P("Mohammad-Reza Gharaei Ashtiani", "m", ["Mohammad Reza Ashtiani", "Ashtiani"], T("dm", "Defence Minister", "IRN", "2021-08-25", "2024-08-21")))
add(P("Aziz Nasirzadeh", "m", ["Nasirzadeh"], T("dm", "Defence Minister", "IRN", "2024-08-21", None)))
add(P("Esmaeil Baghaei", "m", ["Esmaeil Baqaei", "Baghaei"], T("spokesperson", "Foreign Ministry spokesman", "IRN", "2024-08-27", None),
      note="Baghaei start approximate"))

# United Arab Emirates
add(P("Khalifa bin Zayed Al Nahyan", "m", ["Sheikh Khalifa"], T("hos", "President", "ARE", "2004-11-03", "2022-05-13")))
add(P("Mohamed bin Zayed Al Nahyan", "m", ["Mohamed bin Zayed", "Mohammed bin Zayed", "MBZ", "Sheikh Mohamed bin Zayed"],
      T("hos", "President", "ARE", "2022-05-14", None), ref=["Mohammed Bin Zayed Al Nahyan"]))
add(P("Mohammed bin Rashid Al Maktoum", "m", ["Sheikh Mohammed bin Rashid", "Mohammed bin Rashid"],
      T("hog", "Prime Minister", "ARE", "2006-01-05", None), T("dm", "Defence Minister", "ARE", "1971-12-09", None)))
add(P("Abdullah bin Zayed Al Nahyan", "m", ["Sheikh Abdullah bin Zayed", "Abdullah bin Zayed"], T("fm", "Foreign Minister", "ARE", "2006-02-09", None),
      ref=["Sheikh Abdullah bin Zayed Al Nahyan"]))
add(P("Anwar Gargash", "m", ["Gargash"], T("adviser", "Diplomatic Adviser to the President", "ARE", "2021-02-01", None),
      note="Gargash adviser start approximate"))

# Qatar
add(P("Tamim bin Hamad Al Thani", "m", ["Sheikh Tamim", "Emir Tamim", "Tamim bin Hamad"], T("hos", "Emir", "QAT", "2013-06-25", None)))
add(P("Khalid bin Khalifa bin Abdulaziz Al Thani", "m", ["Khalid bin Khalifa Al Thani"], T("hog", "Prime Minister", "QAT", "2020-01-28", "2023-03-07")))
add(P("Mohammed bin Abdulrahman Al Thani", "m", ["Sheikh Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman"],
      T("fm", "Foreign Minister", "QAT", "2016-01-27", None), T("hog", "Prime Minister", "QAT", "2023-03-07", None)))
add(P("Khalid bin Mohammad Al Attiyah", "m", ["Khalid Al Attiyah"], T("dm", "Defence Minister", "QAT", "2016-01-27", "2024-11-05"),
      note="Qatar defence ministers' dates approximate"))
add(P("Saoud bin Abdulrahman Al Thani", "m", [], T("dm", "Defence Minister", "QAT", "2024-11-05", None), note="see Al Attiyah"))
add(P("Majed Al-Ansari", "m", ["Majed al-Ansari", "Al-Ansari"], T("spokesperson", "Foreign Ministry spokesman", "QAT", "2022-01-01", None),
      note="Al-Ansari start approximate"))

# Kazakhstan
add(P("Kassym-Jomart Tokayev", "m", ["Kassym-Zhomart Tokayev", "Tokayev"], T("hos", "President", "KAZ", "2019-03-20", None)))
add(P("Alihan Smailov", "m", ["Alikhan Smailov", "Smailov"], T("hog", "Prime Minister", "KAZ", "2022-01-11", "2024-02-06")))
add(P("Oljas Bektenov", "m", ["Olzhas Bektenov", "Bektenov"], T("hog", "Prime Minister", "KAZ", "2024-02-06", None)))
add(P("Mukhtar Tleuberdi", "m", ["Tleuberdi"], T("fm", "Foreign Minister", "KAZ", "2019-09-08", "2023-09-01")))
add(P("Murat Nurtleu", "m", ["Nurtleu"], T("fm", "Foreign Minister", "KAZ", "2023-09-01", "2025-05-01"),
      note="Nurtleu/Kosherbayev handover 2025 (date approximate)"))
add(P("Yermek Kosherbayev", "m", ["Kosherbayev"], T("fm", "Foreign Minister", "KAZ", "2025-05-01", None), note="see Nurtleu"))
add(P("Ruslan Zhaksylykov", "m", ["Zhaksylykov"], T("dm", "Defence Minister", "KAZ", "2022-01-19", None),
      note="Zhaksylykov start approximate; assumed still in office"))

# Serbia
add(P("Aleksandar Vučić", "m", ["Aleksandar Vucic", "Vučić", "Vucic"], T("hos", "President", "SRB", "2017-05-31", None), ref=["Alexander Vučić"]))
add(P("Ana Brnabić", "f", ["Ana Brnabic", "Brnabić"], T("hog", "Prime Minister", "SRB", "2017-06-29", "2024-05-02")))
add(P("Miloš Vučević", "m", ["Milos Vucevic", "Vučević"], T("dm", "Defence Minister", "SRB", "2022-10-26", "2024-05-02"),
      T("hog", "Prime Minister", "SRB", "2024-05-02", "2025-04-16")))
add(P("Đuro Macut", "m", ["Djuro Macut", "Macut"], T("hog", "Prime Minister", "SRB", "2025-04-16", None)))
add(P("Nikola Selaković", "m", ["Nikola Selakovic"], T("fm", "Foreign Minister", "SRB", "2020-10-28", "2022-10-26")))
add(P("Ivica Dačić", "m", ["Ivica Dacic", "Dačić"], T("fm", "Foreign Minister", "SRB", "2022-10-26", "2024-05-02")))
add(P("Marko Đurić", "m", ["Marko Djuric", "Đurić"], T("fm", "Foreign Minister", "SRB", "2024-05-02", None)))
add(P("Nebojša Stefanović", "m", ["Nebojsa Stefanovic"], T("dm", "Defence Minister", "SRB", "2020-10-28", "2022-10-26")))
add(P("Bratislav Gašić", "m", ["Bratislav Gasic"], T("dm", "Defence Minister", "SRB", "2024-05-02", None)))

# Switzerland (one-year rotating presidency of the Swiss Confederation)
add(P("Ignazio Cassis", "m", ["Cassis"], T("fm", "Foreign Minister", "CHE", "2017-11-01", None),
      T("hos", "President of the Swiss Confederation", "CHE", "2022-01-01", "2022-12-31")))
add(P("Alain Berset", "m", ["Berset"], T("hos", "President of the Swiss Confederation", "CHE", "2023-01-01", "2023-12-31")))
add(P("Viola Amherd", "f", ["Amherd"], T("dm", "Defence Minister", "CHE", "2019-01-01", "2025-03-31"),
      T("hos", "President of the Swiss Confederation", "CHE", "2024-01-01", "2024-12-31")))
add(P("Karin Keller-Sutter", "f", ["Keller-Sutter"], T("hos", "President of the Swiss Confederation", "CHE", "2025-01-01", "2025-12-31")))
add(P("Guy Parmelin", "m", ["Parmelin"], T("hos", "President of the Swiss Confederation", "CHE", "2026-01-01", "2026-12-31")))
add(P("Martin Pfister", "m", ["Pfister"], T("dm", "Defence Minister", "CHE", "2025-04-01", None)))

# Holy See
add(P("Pope Francis", "m", ["Jorge Mario Bergoglio"], T("hos", "Pope", "VAT", "2013-03-13", "2025-04-21")))
add(P("Pope Leo XIV", "m", ["Leo XIV", "Robert Francis Prevost", "Robert Prevost"], T("hos", "Pope", "VAT", "2025-05-08", None)))
add(P("Pietro Parolin", "m", ["Cardinal Pietro Parolin", "Parolin"], T("official", "Cardinal Secretary of State", "VAT", "2013-10-15", None)))
add(P("Paul Gallagher", "m", ["Archbishop Paul Gallagher"], T("fm", "Secretary for Relations with States", "VAT", "2014-11-08", None),
      ref=["Archbishop Paul Gallagher"]))
add(P("Matteo Zuppi", "m", ["Cardinal Matteo Zuppi", "Zuppi"], T("envoy", "Papal peace envoy for Ukraine", "VAT", "2023-05-20", None)))

# North Korea
add(P("Kim Jong Un", "m", ["Kim Jong-un", "Kim Jong-Un"], T("hos", "Supreme Leader", "PRK", "2011-12-17", None), ref=["Kim Jong-un"]))
add(P("Choe Son Hui", "f", ["Choe Son-hui"], T("fm", "Foreign Minister", "PRK", "2022-06-11", None), ref=["Choe Son-hui"]))

# Armenia, Azerbaijan, Egypt
add(P("Nikol Pashinyan", "m", ["Pashinyan"], T("hog", "Prime Minister", "ARM", "2018-05-08", None)))
add(P("Ararat Mirzoyan", "m", ["Mirzoyan"], T("fm", "Foreign Minister", "ARM", "2021-08-19", None)))
add(P("Ilham Aliyev", "m", ["Aliyev", "Ilham Aliev"], T("hos", "President", "AZE", "2003-10-31", None)))
add(P("Jeyhun Bayramov", "m", ["Bayramov"], T("fm", "Foreign Minister", "AZE", "2020-07-16", None)))
add(P("Abdel Fattah el-Sisi", "m", ["Abdel Fattah al-Sisi", "el-Sisi", "al-Sisi", "Sisi"], T("hos", "President", "EGY", "2014-06-08", None)))
add(P("Sameh Shoukry", "m", ["Shoukry"], T("fm", "Foreign Minister", "EGY", "2014-06-17", "2024-07-03")))
add(P("Badr Abdelatty", "m", ["Abdelatty"], T("fm", "Foreign Minister", "EGY", "2024-07-03", None)))
