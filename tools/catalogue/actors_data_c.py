"""Actor data, part C: other EU and NATO members."""
from people import P, I, T, HH

ACTORS = []
add = ACTORS.append

# Austria
add(P("Alexander Van der Bellen", "m", ["Van der Bellen"], T("hos", "President", "AUT", "2017-01-26", None)))
add(P("Karl Nehammer", "m", ["Nehammer"], T("hog", "Chancellor", "AUT", "2021-12-06", "2025-01-10")))
add(P("Alexander Schallenberg", "m", ["Schallenberg"], T("hog", "Chancellor", "AUT", "2021-10-11", "2021-12-06"),
      T("fm", "Foreign Minister", "AUT", "2021-12-06", "2025-03-03"), T("hog", "Chancellor", "AUT", "2025-01-10", "2025-03-03"),
      note="Schallenberg interim chancellor 2025-01-10..2025-03-03 while keeping the foreign ministry"))
add(P("Christian Stocker", "m", ["Stocker"], T("hog", "Chancellor", "AUT", "2025-03-03", None)))
add(P("Beate Meinl-Reisinger", "f", ["Meinl-Reisinger"], T("fm", "Foreign Minister", "AUT", "2025-03-03", None)))
add(P("Klaudia Tanner", "f", ["Tanner"], T("dm", "Defence Minister", "AUT", "2020-01-07", None)))

# Bulgaria
add(P("Rumen Radev", "m", ["Radev"], T("hos", "President", "BGR", "2017-01-22", "2026-01-23"),
      note="Radev's resignation (Jan 2026) and Iotova's succession recalled from memory; verify date"))
add(P("Iliana Iotova", "f", ["Iliana Yotova", "Iotova", "Yotova"], T("official", "Vice President", "BGR", "2017-01-22", "2026-01-23"),
      T("hos", "President", "BGR", "2026-01-23", None), note="see Radev"))
add(P("Kiril Petkov", "m", ["Petkov"], T("hog", "Prime Minister", "BGR", "2021-12-13", "2022-08-02")))
add(P("Galab Donev", "m", ["Donev"], T("hog", "Prime Minister", "BGR", "2022-08-02", "2023-06-06")))
add(P("Nikolai Denkov", "m", ["Nikolay Denkov", "Denkov"], T("hog", "Prime Minister", "BGR", "2023-06-06", "2024-04-09")))
add(P("Dimitar Glavchev", "m", ["Glavchev"], T("hog", "Prime Minister", "BGR", "2024-04-09", "2025-01-16")))
add(P("Rosen Zhelyazkov", "m", ["Zhelyazkov"], T("hog", "Prime Minister", "BGR", "2025-01-16", None),
      note="Zhelyazkov government resigned Dec 2025 and stayed as caretaker; successor date not known to me"))
add(P("Teodora Genchovska", "f", ["Genchovska"], T("fm", "Foreign Minister", "BGR", "2021-12-13", "2022-08-02")))
add(P("Nikolay Milkov", "m", ["Nikolai Milkov", "Milkov"], T("fm", "Foreign Minister", "BGR", "2022-08-02", "2023-06-06")))
add(P("Mariya Gabriel", "f", ["Mariya Gabriel", "Maria Gabriel"], T("fm", "Foreign Minister", "BGR", "2023-06-06", "2024-04-09")))
add(P("Ivan Kondov", "m", [], T("fm", "Foreign Minister", "BGR", "2024-08-27", "2025-01-16"),
      note="Glavchev held the foreign ministry himself Apr-Aug 2024 (not modelled); Kondov start approximate"))
add(P("Georg Georgiev", "m", [], T("fm", "Foreign Minister", "BGR", "2025-01-16", None)))
add(P("Dragomir Zakov", "m", ["Zakov"], T("dm", "Defence Minister", "BGR", "2022-03-01", "2022-08-02")))
add(P("Dimitar Stoyanov", "m", [], T("dm", "Defence Minister", "BGR", "2022-08-02", "2023-06-06")))
add(P("Todor Tagarev", "m", ["Tagarev"], T("dm", "Defence Minister", "BGR", "2023-06-06", "2024-04-09")))
add(P("Atanas Zapryanov", "m", ["Zapryanov"], T("dm", "Defence Minister", "BGR", "2024-04-09", None),
      note="Zapryanov assumed retained in Zhelyazkov government"))

# Croatia
add(P("Zoran Milanović", "m", ["Zoran Milanovic", "Milanović", "Milanovic"], T("hos", "President", "HRV", "2020-02-19", None)))
add(P("Andrej Plenković", "m", ["Andrej Plenkovic", "Plenković", "Plenkovic"], T("hog", "Prime Minister", "HRV", "2016-10-19", None)))
add(P("Gordan Grlić Radman", "m", ["Gordan Grlić-Radman", "Gordan Grlic Radman", "Grlić Radman"], T("fm", "Foreign Minister", "HRV", "2019-07-22", None),
      ref=["Gordan Grlić-Radman"]))
add(P("Mario Banožić", "m", ["Mario Banozic", "Banožić"], T("dm", "Defence Minister", "HRV", "2020-07-23", "2024-05-17")))
add(P("Ivan Anušić", "m", ["Ivan Anusic", "Anušić"], T("dm", "Defence Minister", "HRV", "2024-05-17", None)))

# Cyprus
add(P("Nicos Anastasiades", "m", ["Nikos Anastasiades", "Anastasiades"], HH("President", "CYP", "2013-02-28", "2023-02-28")))
add(P("Nikos Christodoulides", "m", ["Nicos Christodoulides", "Christodoulides"], HH("President", "CYP", "2023-02-28", None)))
add(P("Ioannis Kasoulidis", "m", ["Kasoulidis"], T("fm", "Foreign Minister", "CYP", "2022-01-11", "2023-02-28")))
add(P("Constantinos Kombos", "m", ["Kombos"], T("fm", "Foreign Minister", "CYP", "2023-03-01", None)))
add(P("Charalambos Petrides", "m", [], T("dm", "Defence Minister", "CYP", "2019-12-02", "2023-02-28"),
      note="Petrides start approximate"))
add(P("Michalis Giorgallas", "m", [], T("dm", "Defence Minister", "CYP", "2023-03-01", "2024-12-20"),
      note="Cyprus defence ministers (Giorgallas, Palmas) dates approximate"))
add(P("Vasilis Palmas", "m", [], T("dm", "Defence Minister", "CYP", "2024-12-20", None), note="see Giorgallas"))

# Czech Republic
add(P("Miloš Zeman", "m", ["Milos Zeman", "Zeman"], T("hos", "President", "CZE", "2013-03-08", "2023-03-08")))
add(P("Petr Pavel", "m", [], T("hos", "President", "CZE", "2023-03-09", None)))
add(P("Petr Fiala", "m", ["Fiala"], T("hog", "Prime Minister", "CZE", "2021-12-17", "2025-12-09")))
add(P("Andrej Babiš", "m", ["Andrej Babis", "Babiš", "Babis"], T("hog", "Prime Minister", "CZE", "2017-12-13", "2021-12-17"),
      T("hog", "Prime Minister", "CZE", "2025-12-09", None), note="Babiš appointed PM again 2025-12-09 (from memory)"))
add(P("Jan Lipavský", "m", ["Jan Lipavsky", "Lipavský", "Lipavsky"], T("fm", "Foreign Minister", "CZE", "2021-12-17", "2025-12-15")))
add(P("Petr Macinka", "m", ["Macinka"], T("fm", "Foreign Minister", "CZE", "2025-12-15", None),
      note="Macinka as foreign minister in Babiš cabinet (Dec 2025) from memory; verify"))
add(P("Jana Černochová", "f", ["Jana Cernochova", "Černochová", "Cernochova"], T("dm", "Defence Minister", "CZE", "2021-12-17", "2025-12-15")))
add(P("Jaromír Zůna", "m", ["Jaromir Zuna", "Zůna", "Zuna"], T("dm", "Defence Minister", "CZE", "2025-12-15", None),
      note="Zůna as defence minister in Babiš cabinet (Dec 2025) from memory; verify"))

# Greece
add(P("Katerina Sakellaropoulou", "f", ["Sakellaropoulou"], T("hos", "President", "GRC", "2020-03-13", "2025-03-13")))
add(P("Konstantinos Tasoulas", "m", ["Tasoulas"], T("hos", "President", "GRC", "2025-03-13", None)))
add(P("Kyriakos Mitsotakis", "m", ["Mitsotakis"], T("hog", "Prime Minister", "GRC", "2019-07-08", "2023-05-25"),
      T("hog", "Prime Minister", "GRC", "2023-06-26", None)))
add(P("Ioannis Sarmas", "m", [], T("hog", "Prime Minister", "GRC", "2023-05-25", "2023-06-26")))
add(P("Nikos Dendias", "m", ["Dendias"], T("fm", "Foreign Minister", "GRC", "2019-07-09", "2023-05-26"),
      T("dm", "Defence Minister", "GRC", "2023-06-27", None)))
add(P("Giorgos Gerapetritis", "m", ["George Gerapetritis", "Gerapetritis"], T("fm", "Foreign Minister", "GRC", "2023-06-27", None)))
add(P("Nikolaos Panagiotopoulos", "m", [], T("dm", "Defence Minister", "GRC", "2019-07-09", "2023-05-26")))

# Hungary
add(P("János Áder", "m", ["Janos Ader", "Áder"], T("hos", "President", "HUN", "2012-05-10", "2022-05-10")))
add(P("Katalin Novák", "f", ["Katalin Novak", "Novák"], T("hos", "President", "HUN", "2022-05-10", "2024-02-26")))
add(P("Tamás Sulyok", "m", ["Tamas Sulyok", "Sulyok"], T("hos", "President", "HUN", "2024-03-05", None)))
add(P("Viktor Orbán", "m", ["Viktor Orban", "Orbán", "Orban"], T("hog", "Prime Minister", "HUN", "2010-05-29", None),
      note="Hungarian parliamentary election of April 2026: outcome not known to me; Orbán kept open"))
add(P("Péter Szijjártó", "m", ["Peter Szijjarto", "Szijjártó", "Szijjarto"], T("fm", "Foreign Minister", "HUN", "2014-09-23", None)))
add(P("Tibor Benkő", "m", ["Tibor Benko", "Benkő"], T("dm", "Defence Minister", "HUN", "2018-05-18", "2022-05-24")))
add(P("Kristóf Szalay-Bobrovniczky", "m", ["Kristof Szalay-Bobrovniczky", "Szalay-Bobrovniczky"], T("dm", "Defence Minister", "HUN", "2022-05-24", None)))
add(P("Zoltán Kovács", "m", ["Zoltan Kovacs"], T("spokesperson", "Government spokesman", "HUN", None, None),
      note="Kovács (international spokesman / state secretary) start left null"))
add(P("Péter Magyar", "m", ["Peter Magyar"], T("legislator", "Member of the European Parliament", "HUN", "2024-07-16", None),
      note="Tisza party leader; role after the April 2026 election not known to me"))

# Ireland
add(P("Michael D. Higgins", "m", ["Michael D Higgins"], T("hos", "President", "IRL", "2011-11-11", "2025-11-11")))
add(P("Catherine Connolly", "f", [], T("hos", "President", "IRL", "2025-11-11", None)))
add(P("Micheál Martin", "m", ["Micheal Martin"], T("hog", "Taoiseach", "IRL", "2020-06-27", "2022-12-17"),
      T("fm", "Foreign Minister", "IRL", "2022-12-17", "2025-01-23"), T("dm", "Defence Minister", "IRL", "2022-12-17", "2025-01-23"),
      T("hog", "Taoiseach", "IRL", "2025-01-23", None)))
add(P("Leo Varadkar", "m", ["Varadkar"], T("hog", "Taoiseach", "IRL", "2022-12-17", "2024-04-09")))
add(P("Simon Harris", "m", [], T("hog", "Taoiseach", "IRL", "2024-04-09", "2025-01-23"),
      T("fm", "Foreign Minister", "IRL", "2025-01-23", "2025-11-18"), T("dm", "Defence Minister", "IRL", "2025-01-23", "2025-11-18"),
      note="Nov 2025 reshuffle (Harris to finance, McEntee to foreign affairs/defence) date approximate"))
add(P("Simon Coveney", "m", ["Coveney"], T("fm", "Foreign Minister", "IRL", "2017-06-14", "2022-12-17"),
      T("dm", "Defence Minister", "IRL", "2020-06-27", "2022-12-17")))
add(P("Helen McEntee", "f", ["McEntee"], T("fm", "Foreign Minister", "IRL", "2025-11-18", None), T("dm", "Defence Minister", "IRL", "2025-11-18", None),
      note="see Harris"))

# Luxembourg
add(P("Henri, Grand Duke of Luxembourg", "m", ["Grand Duke Henri"], T("hos", "Grand Duke", "LUX", "2000-10-07", "2025-10-03"),
      ref=["Henri, Grand Duke of Luxembourg"]))
add(P("Guillaume, Grand Duke of Luxembourg", "m", ["Grand Duke Guillaume"], T("hos", "Grand Duke", "LUX", "2025-10-03", None)))
add(P("Xavier Bettel", "m", ["Bettel"], T("hog", "Prime Minister", "LUX", "2013-12-04", "2023-11-17"),
      T("fm", "Foreign Minister", "LUX", "2023-11-17", None)))
add(P("Luc Frieden", "m", ["Frieden"], T("hog", "Prime Minister", "LUX", "2023-11-17", None)))
add(P("Jean Asselborn", "m", ["Asselborn"], T("fm", "Foreign Minister", "LUX", "2004-07-31", "2023-11-17")))
add(P("François Bausch", "m", ["Francois Bausch"], T("dm", "Defence Minister", "LUX", "2018-12-05", "2023-11-17")))
add(P("Yuriko Backes", "f", ["Backes"], T("dm", "Defence Minister", "LUX", "2023-11-17", None)))

# Malta
add(P("George Vella", "m", [], T("hos", "President", "MLT", "2019-04-04", "2024-04-04")))
add(P("Myriam Spiteri Debono", "f", [], T("hos", "President", "MLT", "2024-04-04", None)))
add(P("Robert Abela", "m", ["Abela"], T("hog", "Prime Minister", "MLT", "2020-01-13", None)))
add(P("Ian Borg", "m", [], T("fm", "Foreign Minister", "MLT", "2022-03-30", None)))
add(P("Evarist Bartolo", "m", [], T("fm", "Foreign Minister", "MLT", "2020-01-15", "2022-03-30")))

# Portugal
add(P("Marcelo Rebelo de Sousa", "m", ["Rebelo de Sousa"], T("hos", "President", "PRT", "2016-03-09", "2026-03-09")))
add(P("António José Seguro", "m", ["Antonio Jose Seguro", "Seguro"], T("hos", "President", "PRT", "2026-03-09", None),
      note="Seguro's election (Feb 2026 run-off) from memory; verify"))
add(P("Luís Montenegro", "m", ["Luis Montenegro"], T("hog", "Prime Minister", "PRT", "2024-04-02", None)))
add(P("Augusto Santos Silva", "m", [], T("fm", "Foreign Minister", "PRT", "2015-11-26", "2022-03-30")))
add(P("João Gomes Cravinho", "m", ["Joao Gomes Cravinho", "Gomes Cravinho"], T("dm", "Defence Minister", "PRT", "2018-10-15", "2022-03-30"),
      T("fm", "Foreign Minister", "PRT", "2022-03-30", "2024-04-02")))
add(P("Paulo Rangel", "m", ["Rangel"], T("fm", "Foreign Minister", "PRT", "2024-04-02", None)))
add(P("Helena Carreiras", "f", [], T("dm", "Defence Minister", "PRT", "2022-03-30", "2024-04-02")))
add(P("Nuno Melo", "m", [], T("dm", "Defence Minister", "PRT", "2024-04-02", None)))

# Romania
add(P("Klaus Iohannis", "m", ["Iohannis"], T("hos", "President", "ROU", "2014-12-21", "2025-02-12")))
add(P("Ilie Bolojan", "m", ["Bolojan"], T("hos", "Interim President", "ROU", "2025-02-12", "2025-05-26"),
      T("hog", "Prime Minister", "ROU", "2025-06-23", None)))
add(P("Nicușor Dan", "m", ["Nicusor Dan"], T("hos", "President", "ROU", "2025-05-26", None)))
add(P("Nicolae Ciucă", "m", ["Nicolae Ciuca", "Ciucă"], T("hog", "Prime Minister", "ROU", "2021-11-25", "2023-06-15")))
add(P("Marcel Ciolacu", "m", ["Ciolacu"], T("hog", "Prime Minister", "ROU", "2023-06-15", "2025-05-06")))
add(P("Cătălin Predoiu", "m", ["Catalin Predoiu"], T("hog", "Interim Prime Minister", "ROU", "2025-05-06", "2025-06-23")))
add(P("Bogdan Aurescu", "m", ["Aurescu"], T("fm", "Foreign Minister", "ROU", "2019-11-04", "2023-06-15")))
add(P("Luminița Odobescu", "f", ["Luminita Odobescu", "Odobescu"], T("fm", "Foreign Minister", "ROU", "2023-06-15", "2024-12-23")))
add(P("Emil Hurezeanu", "m", ["Hurezeanu"], T("fm", "Foreign Minister", "ROU", "2024-12-23", "2025-06-23")))
add(P("Oana Țoiu", "f", ["Oana Toiu", "Țoiu", "Toiu"], T("fm", "Foreign Minister", "ROU", "2025-06-23", None)))
add(P("Vasile Dîncu", "m", ["Vasile Dincu", "Dîncu"], T("dm", "Defence Minister", "ROU", "2021-11-25", "2022-10-24")))
add(P("Angel Tîlvăr", "m", ["Angel Tilvar", "Tîlvăr"], T("dm", "Defence Minister", "ROU", "2022-11-25", "2025-06-23"),
      note="Tîlvăr start approximate (Nov 2022)"))
add(P("Ionuț Moșteanu", "m", ["Ionut Mosteanu", "Moșteanu"], T("dm", "Defence Minister", "ROU", "2025-06-23", "2025-11-28"),
      note="Moșteanu resignation date approximate (late Nov 2025); successor not known to me"))

# Slovakia
add(P("Zuzana Čaputová", "f", ["Zuzana Caputova", "Čaputová", "Caputova"], T("hos", "President", "SVK", "2019-06-15", "2024-06-15")))
add(P("Peter Pellegrini", "m", ["Pellegrini"], T("hos", "President", "SVK", "2024-06-15", None)))
add(P("Eduard Heger", "m", ["Heger"], T("hog", "Prime Minister", "SVK", "2021-04-01", "2023-05-15")))
add(P("Ľudovít Ódor", "m", ["Ludovit Odor", "Ódor"], T("hog", "Prime Minister", "SVK", "2023-05-15", "2023-10-25")))
add(P("Robert Fico", "m", ["Fico"], T("hog", "Prime Minister", "SVK", "2023-10-25", None)))
add(P("Ivan Korčok", "m", ["Ivan Korcok", "Korčok"], T("fm", "Foreign Minister", "SVK", "2020-03-21", "2022-09-13")))
add(P("Rastislav Káčer", "m", ["Rastislav Kacer", "Káčer"], T("fm", "Foreign Minister", "SVK", "2022-09-13", "2023-05-15")))
add(P("Miroslav Wlachovský", "m", ["Miroslav Wlachovsky"], T("fm", "Foreign Minister", "SVK", "2023-05-15", "2023-10-25")))
add(P("Juraj Blanár", "m", ["Juraj Blanar", "Blanár"], T("fm", "Foreign Minister", "SVK", "2023-10-25", None)))
add(P("Jaroslav Naď", "m", ["Jaroslav Nad"], T("dm", "Defence Minister", "SVK", "2020-03-21", "2023-05-15")))
add(P("Martin Sklenár", "m", ["Martin Sklenar"], T("dm", "Defence Minister", "SVK", "2023-05-15", "2023-10-25")))
add(P("Robert Kaliňák", "m", ["Robert Kalinak", "Kaliňák"], T("dm", "Defence Minister", "SVK", "2023-10-25", None)))

# Slovenia
add(P("Borut Pahor", "m", ["Pahor"], T("hos", "President", "SVN", "2012-12-22", "2022-12-23")))
add(P("Nataša Pirc Musar", "f", ["Natasa Pirc Musar"], T("hos", "President", "SVN", "2022-12-23", None)))
add(P("Janez Janša", "m", ["Janez Jansa", "Janša"], T("hog", "Prime Minister", "SVN", "2020-03-13", "2022-06-01")))
add(P("Robert Golob", "m", ["Golob"], T("hog", "Prime Minister", "SVN", "2022-06-01", None),
      note="Slovenian parliamentary election (spring 2026): outcome not known to me"))
add(P("Anže Logar", "m", ["Anze Logar"], T("fm", "Foreign Minister", "SVN", "2020-03-13", "2022-06-01")))
add(P("Tanja Fajon", "f", ["Fajon"], T("fm", "Foreign Minister", "SVN", "2022-06-01", None)))
add(P("Matej Tonin", "m", [], T("dm", "Defence Minister", "SVN", "2020-03-13", "2022-06-01")))
add(P("Marjan Šarec", "m", ["Marjan Sarec", "Šarec"], T("dm", "Defence Minister", "SVN", "2022-06-01", "2024-07-15"),
      note="Šarec (to European Parliament) / Sajovic handover date approximate"))
add(P("Borut Sajovic", "m", [], T("dm", "Defence Minister", "SVN", "2024-07-15", None), note="see Šarec"))

# Spain
add(P("Felipe VI", "m", ["King Felipe", "King Felipe VI", "Felipe VI of Spain"], T("hos", "King", "ESP", "2014-06-19", None), ref=["Felipe VI of Spain"]))
add(P("Pedro Sánchez", "m", ["Pedro Sanchez"], T("hog", "Prime Minister", "ESP", "2018-06-02", None)))
add(P("José Manuel Albares", "m", ["Jose Manuel Albares", "Albares"], T("fm", "Foreign Minister", "ESP", "2021-07-12", None)))
add(P("Margarita Robles", "f", [], T("dm", "Defence Minister", "ESP", "2018-06-07", None)))

# Iceland
add(P("Guðni Th. Jóhannesson", "m", ["Gudni Johannesson", "Guðni Jóhannesson"], T("hos", "President", "ISL", "2016-08-01", "2024-08-01")))
add(P("Halla Tómasdóttir", "f", ["Halla Tomasdottir"], T("hos", "President", "ISL", "2024-08-01", None)))
add(P("Katrín Jakobsdóttir", "f", ["Katrin Jakobsdottir"], T("hog", "Prime Minister", "ISL", "2017-11-30", "2024-04-09")))
add(P("Bjarni Benediktsson", "m", [], T("fm", "Foreign Minister", "ISL", "2023-10-14", "2024-04-09"),
      T("hog", "Prime Minister", "ISL", "2024-04-09", "2024-12-21")))
add(P("Kristrún Frostadóttir", "f", ["Kristrun Frostadottir"], T("hog", "Prime Minister", "ISL", "2024-12-21", None)))
add(P("Þórdís Kolbrún Reykfjörð Gylfadóttir", "f", ["Thordis Kolbrun Reykfjord Gylfadottir", "Þórdís Kolbrún R. Gylfadóttir"],
      T("fm", "Foreign Minister", "ISL", "2021-11-28", "2023-10-14"), T("fm", "Foreign Minister", "ISL", "2024-04-09", "2024-12-21"),
      ref=["Þórdís Kolbrún R. Gylfadóttir"]))
add(P("Þorgerður Katrín Gunnarsdóttir", "f", ["Thorgerdur Katrin Gunnarsdottir"], T("fm", "Foreign Minister", "ISL", "2024-12-21", None)))

# Albania
add(P("Ilir Meta", "m", [], T("hos", "President", "ALB", "2017-07-24", "2022-07-24")))
add(P("Bajram Begaj", "m", ["Begaj"], T("hos", "President", "ALB", "2022-07-24", None)))
add(P("Edi Rama", "m", [], T("hog", "Prime Minister", "ALB", "2013-09-15", None)))
add(P("Olta Xhaçka", "f", ["Olta Xhacka", "Xhaçka"], T("fm", "Foreign Minister", "ALB", "2020-12-31", "2023-09-12")))
add(P("Igli Hasani", "m", ["Hasani"], T("fm", "Foreign Minister", "ALB", "2023-09-12", "2025-09-12"),
      note="Hasani end approximate (new Rama cabinet Sept 2025); successor not recorded"))
add(P("Niko Peleshi", "m", [], T("dm", "Defence Minister", "ALB", "2021-09-18", "2023-09-12")))
add(P("Pirro Vengu", "m", [], T("dm", "Defence Minister", "ALB", "2023-09-12", "2025-09-12"), note="Vengu end approximate"))

# Montenegro
add(P("Milo Đukanović", "m", ["Milo Djukanovic", "Đukanović", "Djukanovic"], T("hos", "President", "MNE", "2018-05-20", "2023-05-20")))
add(P("Jakov Milatović", "m", ["Jakov Milatovic", "Milatović"], T("hos", "President", "MNE", "2023-05-20", None)))
add(P("Zdravko Krivokapić", "m", ["Zdravko Krivokapic"], T("hog", "Prime Minister", "MNE", "2020-12-04", "2022-04-28")))
add(P("Dritan Abazović", "m", ["Dritan Abazovic", "Abazović"], T("hog", "Prime Minister", "MNE", "2022-04-28", "2023-10-31")))
add(P("Milojko Spajić", "m", ["Milojko Spajic", "Spajić"], T("hog", "Prime Minister", "MNE", "2023-10-31", None)))
add(P("Ervin Ibrahimović", "m", ["Ervin Ibrahimovic"], T("fm", "Foreign Minister", "MNE", "2024-07-23", None),
      note="Ibrahimović start approximate (mid-2024 reshuffle)"))
add(P("Ranko Krivokapić", "m", ["Ranko Krivokapic"], T("fm", "Foreign Minister", "MNE", "2022-04-28", "2023-10-31")))
add(P("Filip Ivanović", "m", ["Filip Ivanovic"], T("fm", "Foreign Minister", "MNE", "2023-10-31", "2024-07-23"), note="end approximate"))

add(P("Raško Konjević", "m", ["Rasko Konjevic"], T("dm", "Defence Minister", "MNE", "2022-04-28", "2023-10-31"),
      note="Konjević start approximate (he may already have served under Krivokapić from 2020-12-04)"))
add(P("Dragan Krapović", "m", ["Dragan Krapovic"], T("dm", "Defence Minister", "MNE", "2023-10-31", None)))

# North Macedonia
add(P("Stevo Pendarovski", "m", ["Pendarovski"], T("hos", "President", "MKD", "2019-05-12", "2024-05-12")))
add(P("Gordana Siljanovska-Davkova", "f", ["Siljanovska-Davkova"], T("hos", "President", "MKD", "2024-05-12", None)))
add(P("Dimitar Kovačevski", "m", ["Dimitar Kovacevski", "Kovačevski"], T("hog", "Prime Minister", "MKD", "2022-01-17", "2024-01-28")))
add(P("Talat Xhaferi", "m", ["Xhaferi"], T("hog", "Prime Minister", "MKD", "2024-01-28", "2024-06-23")))
add(P("Hristijan Mickoski", "m", ["Mickoski"], T("hog", "Prime Minister", "MKD", "2024-06-23", None)))
add(P("Bujar Osmani", "m", [], T("fm", "Foreign Minister", "MKD", "2020-08-30", "2024-06-23")))
add(P("Timčo Mucunski", "m", ["Timco Mucunski", "Mucunski"], T("fm", "Foreign Minister", "MKD", "2024-06-23", None)))
add(P("Slavjanka Petrovska", "f", [], T("dm", "Defence Minister", "MKD", "2022-01-17", "2024-06-23")))
add(P("Vlado Misajlovski", "m", [], T("dm", "Defence Minister", "MKD", "2024-06-23", None)))
