"""Actor data, part A: US, Russia, Ukraine, UK, France, Germany, Poland, Italy, organisations.

Facts compiled from public records (Wikidata CC0, Phoenix MIT, public sources).
Dates are swearing-in / taking-office dates; `note=` marks facts a reviewer should verify.
"""
from people import P, I, T, HH

ACTORS = []
add = ACTORS.append

# ---------------- United States ----------------
add(P("Joe Biden", "m", ["Biden", "Joseph Biden", "Joseph R. Biden"], HH("President", "USA", "2021-01-20", "2025-01-20")))
add(P("Donald Trump", "m", ["Trump", "Donald J. Trump"],
      HH("President", "USA", "2017-01-20", "2021-01-20") + HH("President", "USA", "2025-01-20", None)))
add(P("Kamala Harris", "f", ["Harris"], T("official", "Vice President", "USA", "2021-01-20", "2025-01-20")))
add(P("JD Vance", "m", ["J.D. Vance", "James David Vance", "Vance"], T("official", "Vice President", "USA", "2025-01-20", None)))
add(P("Antony Blinken", "m", ["Tony Blinken", "Blinken"], T("fm", "Secretary of State", "USA", "2021-01-26", "2025-01-20")))
add(P("Marco Rubio", "m", ["Rubio"], T("fm", "Secretary of State", "USA", "2025-01-21", None),
      T("adviser", "National Security Adviser", "USA", "2025-05-01", None)))
add(P("Lloyd Austin", "m", ["Lloyd J. Austin"], T("dm", "Secretary of Defense", "USA", "2021-01-22", "2025-01-20")))
add(P("Pete Hegseth", "m", ["Hegseth", "Peter Hegseth"], T("dm", "Secretary of Defense", "USA", "2025-01-25", "2025-09-04"),
      T("dm", "Secretary of War", "USA", "2025-09-05", None),
      note="'Secretary of War' secondary title by executive order of 2025-09-05"))
add(P("Jake Sullivan", "m", ["Sullivan"], T("adviser", "National Security Adviser", "USA", "2021-01-20", "2025-01-20")))
add(P("Mike Waltz", "m", ["Michael Waltz", "Waltz"], T("adviser", "National Security Adviser", "USA", "2025-01-20", "2025-05-01"),
      T("ambassador", "Ambassador to the United Nations", "USA", "2025-09-19", None),
      note="UN ambassador start = Senate confirmation 2025-09-19; swearing-in may be a few days later"))
add(P("Linda Thomas-Greenfield", "f", ["Thomas-Greenfield"], T("ambassador", "Ambassador to the United Nations", "USA", "2021-02-24", "2025-01-20")))
add(P("Jen Psaki", "f", ["Psaki"], T("spokesperson", "White House Press Secretary", "USA", "2021-01-20", "2022-05-13")))
add(P("Karine Jean-Pierre", "f", ["Jean-Pierre"], T("spokesperson", "White House Press Secretary", "USA", "2022-05-13", "2025-01-20")))
add(P("Karoline Leavitt", "f", ["Leavitt"], T("spokesperson", "White House Press Secretary", "USA", "2025-01-20", None)))
add(P("John Kirby", "m", ["Kirby"], T("spokesperson", "National Security Council spokesman", "USA", "2022-05-20", "2025-01-20"),
      note="Kirby start as NSC strategic communications coordinator approx. late May 2022"))
add(P("Ned Price", "m", [], T("spokesperson", "State Department spokesman", "USA", "2021-01-20", "2023-03-31"),
      note="Price left the podium in spring 2023; end date approximate"))
add(P("Matthew Miller", "m", [], T("spokesperson", "State Department spokesman", "USA", "2023-05-01", "2025-01-20"),
      note="Miller start (May 2023) approximate"))
add(P("Tammy Bruce", "f", [], T("spokesperson", "State Department spokeswoman", "USA", "2025-01-21", "2025-08-31"),
      note="Bruce start/end approximate; left podium after nomination as deputy UN ambassador (Aug 2025)"))
add(P("Steve Witkoff", "m", ["Steven Witkoff", "Witkoff"], T("envoy", "Special Envoy", "USA", "2025-01-20", None)))
add(P("Keith Kellogg", "m", ["Kellogg", "Gen. Keith Kellogg"], T("envoy", "Special Envoy for Ukraine", "USA", "2025-01-20", None),
      note="Kellogg reportedly planned to leave in January 2026; end date not known to me"))
add(P("Jared Kushner", "m", ["Kushner"], T("envoy", "Special Envoy", "USA", "2025-10-01", None),
      T("adviser", "Senior Adviser to the President", "USA", "2017-01-20", "2021-01-20"),
      note="Kushner has no formal 2025 appointment; informal envoy role in Gaza/Ukraine talks from about Oct 2025"))
add(P("Dan Driscoll", "m", ["Daniel Driscoll", "Driscoll"], T("official", "Secretary of the Army", "USA", "2025-02-25", None),
      note="Driscoll sworn in late Feb 2025 (date approximate)"))
add(P("Matthew Whitaker", "m", ["Matt Whitaker", "Whitaker"], T("ambassador", "Ambassador to NATO", "USA", "2025-04-07", None),
      note="Whitaker start approximate (April 2025)"))
add(P("Julianne Smith", "f", [], T("ambassador", "Ambassador to NATO", "USA", "2021-11-29", "2025-01-20"),
      note="Smith start approximate (late Nov 2021)"))
add(P("Tulsi Gabbard", "f", ["Gabbard"], T("official", "Director of National Intelligence", "USA", "2025-02-12", None)))
add(P("Scott Bessent", "m", ["Bessent"], T("minister", "Treasury Secretary", "USA", "2025-01-28", None)))
add(P("Janet Yellen", "f", ["Yellen"], T("minister", "Treasury Secretary", "USA", "2021-01-26", "2025-01-20")))
add(P("Mike Johnson", "m", [], T("legislator", "Speaker of the House", "USA", "2023-10-25", None)))
add(P("Lindsey Graham", "m", ["Sen. Lindsey Graham"], T("legislator", "Senator", "USA", "2003-01-03", None)))
add(P("Mark Milley", "m", ["Gen. Mark Milley", "Milley"], T("official", "Chairman of the Joint Chiefs of Staff", "USA", "2019-10-01", "2023-09-29")))
add(P("Christopher Cavoli", "m", ["Gen. Christopher Cavoli", "Cavoli"], T("official", "Supreme Allied Commander Europe", "NATO", "2022-07-04", "2025-07-01"),
      note="Cavoli handover to Grynkewich on or about 2025-07-01"))
add(P("Alexus Grynkewich", "m", ["Gen. Alexus Grynkewich", "Grynkewich"], T("official", "Supreme Allied Commander Europe", "NATO", "2025-07-01", None),
      note="Grynkewich start approximate (early July 2025)"))
add(I("the White House", "USA", ["White House", "the White House"], "White House"))
add(I("the State Department", "USA", ["State Department", "the US State Department", "the U.S. State Department", "US Department of State", "Department of State"], "Department of State"))
add(I("the Pentagon", "USA", ["Pentagon", "the Pentagon", "US Department of Defense", "Department of Defense", "the Department of War", "Department of War", "US Defense Department"], "Department of Defense"))

# ---------------- Russia ----------------
add(P("Vladimir Putin", "m", ["Putin", "Vladimir Vladimirovich Putin"], T("hos", "President", "RUS", "2012-05-07", None),
      T("hog", "Prime Minister", "RUS", "2008-05-08", "2012-05-07")))
add(P("Mikhail Mishustin", "m", ["Mishustin"], T("hog", "Prime Minister", "RUS", "2020-01-16", None)))
add(P("Sergey Lavrov", "m", ["Sergei Lavrov", "Sergey Viktorovich Lavrov", "Lavrov"], T("fm", "Foreign Minister", "RUS", "2004-03-09", None)))
add(P("Sergei Shoigu", "m", ["Sergey Shoigu", "Sergei Shoygu", "Sergey Shoygu", "Shoigu"], T("dm", "Defence Minister", "RUS", "2012-11-06", "2024-05-12"),
      T("official", "Secretary of the Security Council", "RUS", "2024-05-12", None)))
add(P("Andrei Belousov", "m", ["Andrey Belousov", "Belousov"], T("dm", "Defence Minister", "RUS", "2024-05-14", None)))
add(P("Dmitry Medvedev", "m", ["Dmitri Medvedev", "Medvedev"], T("hos", "President", "RUS", "2008-05-07", "2012-05-07"),
      T("hog", "Prime Minister", "RUS", "2012-05-08", "2020-01-15"),
      T("official", "Deputy Chairman of the Security Council", "RUS", "2020-01-16", None)))
add(P("Dmitry Peskov", "m", ["Dmitri Peskov", "Peskov"], T("spokesperson", "Kremlin spokesman", "RUS", "2012-05-22", None)))
add(P("Maria Zakharova", "f", ["Mariya Zakharova", "Zakharova"], T("spokesperson", "Foreign Ministry spokeswoman", "RUS", "2015-08-10", None)))
add(P("Yury Ushakov", "m", ["Yuri Ushakov", "Yuriy Ushakov", "Ushakov"], T("adviser", "Kremlin foreign policy aide", "RUS", "2012-05-21", None)))
add(P("Kirill Dmitriev", "m", ["Dmitriev"], T("envoy", "Special Presidential Envoy for Investment and Economic Cooperation", "RUS", "2025-02-23", None),
      T("official", "Head of the Russian Direct Investment Fund", "RUS", "2011-06-21", None),
      note="Dmitriev envoy appointment dated late Feb 2025 (approximate); RDIF start approximate"))
add(P("Vladimir Medinsky", "m", ["Medinsky"], T("adviser", "Presidential aide", "RUS", "2020-01-25", None),
      note="Medinsky aide start approximate (Jan 2020)"))
add(P("Nikolai Patrushev", "m", ["Nikolay Patrushev", "Patrushev"], T("official", "Secretary of the Security Council", "RUS", "2008-05-12", "2024-05-12"),
      T("adviser", "Presidential aide", "RUS", "2024-05-14", None)))
add(P("Vasily Nebenzya", "m", ["Vassily Nebenzia", "Vasily Nebenzia", "Nebenzya", "Nebenzia"], T("ambassador", "Ambassador to the United Nations", "RUS", "2017-07-27", None)))
add(P("Sergei Ryabkov", "m", ["Sergey Ryabkov", "Ryabkov"], T("minister", "Deputy Foreign Minister", "RUS", "2008-08-29", None),
      note="Ryabkov start approximate"))
add(P("Alexander Grushko", "m", ["Aleksandr Grushko", "Grushko"], T("minister", "Deputy Foreign Minister", "RUS", "2018-01-22", None),
      note="Grushko start approximate"))
add(P("Valentina Matviyenko", "f", ["Valentina Matvienko", "Matviyenko"], T("legislator", "Chairwoman of the Federation Council", "RUS", "2011-09-21", None)))
add(P("Vyacheslav Volodin", "m", ["Volodin"], T("legislator", "Chairman of the State Duma", "RUS", "2016-10-05", None)))
add(P("Valery Gerasimov", "m", ["Valeri Gerasimov", "Gerasimov"], T("official", "Chief of the General Staff", "RUS", "2012-11-09", None)))
add(P("Sergei Naryshkin", "m", ["Sergey Naryshkin", "Naryshkin"], T("official", "Director of the Foreign Intelligence Service", "RUS", "2016-10-05", None)))
add(P("Ramzan Kadyrov", "m", ["Kadyrov"], T("official", "Head of the Chechen Republic", "RUS", "2007-04-05", None)))
add(P("Anatoly Antonov", "m", [], T("ambassador", "Ambassador to the United States", "RUS", "2017-08-21", "2024-10-05"),
      note="Antonov departure from Washington early Oct 2024 (approximate)"))
add(I("the Kremlin", "RUS", ["Kremlin", "the Kremlin"], "Presidential Executive Office", slug_="kremlin"))
add(I("the Russian Foreign Ministry", "RUS", ["Russian Foreign Ministry", "Russian foreign ministry", "Russia's foreign ministry", "the Russian MFA", "Russian Ministry of Foreign Affairs"], "Ministry of Foreign Affairs"))
add(I("the Russian Defence Ministry", "RUS", ["Russian Defence Ministry", "Russian Defense Ministry", "Russia's defence ministry", "Russia's defense ministry", "Russian Ministry of Defence", "the Russian MoD"], "Ministry of Defence"))

# ---------------- Ukraine ----------------
add(P("Volodymyr Zelensky", "m", ["Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Zelensky", "Zelenskyy", "Zelenskiy"],
      T("hos", "President", "UKR", "2019-05-20", None), ref=["Volodymyr Zelenskyy"]))
add(P("Denys Shmyhal", "m", ["Denis Shmygal", "Shmyhal"], T("hog", "Prime Minister", "UKR", "2020-03-04", "2025-07-17"),
      T("dm", "Defence Minister", "UKR", "2025-07-17", "2026-01-14"),
      T("minister", "First Deputy Prime Minister and Energy Minister", "UKR", "2026-01-14", None),
      note="Jan 2026 reshuffle (Shmyhal to energy, Fedorov to defence) dated 2026-01-14 from memory; verify"))
add(P("Yulia Svyrydenko", "f", ["Yuliia Svyrydenko", "Svyrydenko"], T("minister", "First Deputy Prime Minister and Economy Minister", "UKR", "2021-11-04", "2025-07-16"),
      T("hog", "Prime Minister", "UKR", "2025-07-17", None)))
add(P("Dmytro Kuleba", "m", ["Dmitry Kuleba", "Kuleba"], T("fm", "Foreign Minister", "UKR", "2020-03-04", "2024-09-04")))
add(P("Andrii Sybiha", "m", ["Andriy Sybiha", "Andrii Sybiga", "Sybiha"], T("fm", "Foreign Minister", "UKR", "2024-09-05", None)))
add(P("Oleksii Reznikov", "m", ["Oleksiy Reznikov", "Alexei Reznikov", "Reznikov"], T("dm", "Defence Minister", "UKR", "2021-11-04", "2023-09-05")))
add(P("Rustem Umerov", "m", ["Umerov"], T("dm", "Defence Minister", "UKR", "2023-09-06", "2025-07-17"),
      T("official", "Secretary of the National Security and Defence Council", "UKR", "2025-07-17", None),
      T("envoy", "Chief negotiator", "UKR", "2025-05-16", None),
      note="Umerov's negotiator role dated from the Istanbul talks of 2025-05-16"))
add(P("Mykhailo Fedorov", "m", ["Mykhaylo Fedorov", "Fedorov"], T("minister", "Digital Transformation Minister", "UKR", "2019-08-29", "2026-01-14"),
      T("dm", "Defence Minister", "UKR", "2026-01-14", None), note="Fedorov appointed defence minister Jan 2026 (date from memory); verify"))
add(P("Andriy Yermak", "m", ["Andrii Yermak", "Andriy Yermak", "Yermak"], T("adviser", "Head of the Presidential Office", "UKR", "2020-02-11", "2025-11-28")))
add(P("Kyrylo Budanov", "m", ["Kyrylo Budanov", "Kirill Budanov", "Budanov"], T("official", "Head of Military Intelligence", "UKR", "2020-08-05", "2026-01-02"),
      T("adviser", "Head of the Presidential Office", "UKR", "2026-01-02", None),
      note="Budanov appointed head of the Presidential Office 2026-01-02 (from memory); verify"))
add(P("Mykhailo Podolyak", "m", ["Mykhailo Podolyak", "Mikhail Podolyak", "Podolyak"], T("adviser", "Presidential adviser", "UKR", "2020-11-01", None),
      note="Podolyak start approximate"))
add(P("Oleksandr Syrskyi", "m", ["Oleksandr Syrsky", "Alexander Syrsky", "Syrskyi", "Syrsky"], T("official", "Commander-in-Chief of the Armed Forces", "UKR", "2024-02-08", None)))
add(P("Valerii Zaluzhnyi", "m", ["Valeriy Zaluzhnyi", "Valery Zaluzhny", "Zaluzhnyi", "Zaluzhny"], T("official", "Commander-in-Chief of the Armed Forces", "UKR", "2021-07-27", "2024-02-08"),
      T("ambassador", "Ambassador to the United Kingdom", "UKR", "2024-05-09", None), note="Zaluzhnyi ambassador start = decree date"))
add(P("Ruslan Stefanchuk", "m", ["Stefanchuk"], T("legislator", "Speaker of the Verkhovna Rada", "UKR", "2021-10-08", None)))
add(P("Oleksiy Danilov", "m", ["Oleksii Danilov", "Danilov"], T("official", "Secretary of the National Security and Defence Council", "UKR", "2019-10-03", "2024-03-26")))
add(P("Oleksandr Lytvynenko", "m", ["Lytvynenko"], T("official", "Secretary of the National Security and Defence Council", "UKR", "2024-03-26", "2025-07-17")))
add(P("Dmytro Lubinets", "m", ["Lubinets"], T("official", "Ombudsman", "UKR", "2022-07-01", None)))
add(P("Heorhii Tykhyi", "m", ["Georgiy Tykhy", "Heorhiy Tykhyi", "Tykhyi"], T("spokesperson", "Foreign Ministry spokesman", "UKR", "2024-07-01", None),
      note="Tykhyi start approximate (mid-2024)"))
add(P("Serhiy Nykyforov", "m", ["Sergii Nykyforov", "Nykyforov"], T("spokesperson", "Presidential spokesman", "UKR", "2019-06-01", None),
      note="Nykyforov start approximate"))
add(I("the Ukrainian Foreign Ministry", "UKR", ["Ukrainian Foreign Ministry", "Ukrainian foreign ministry", "Ukraine's foreign ministry", "the Ukrainian MFA", "Ministry of Foreign Affairs of Ukraine"], "Ministry of Foreign Affairs"))
add(I("the Office of the President of Ukraine", "UKR", ["the Office of the President of Ukraine", "Office of the President of Ukraine", "Ukrainian presidential office", "the Ukrainian presidential office", "Bankova", "the Presidential Office"], "Office of the President"))
add(I("the Ukrainian Defence Ministry", "UKR", ["Ukrainian Defence Ministry", "Ukrainian Defense Ministry", "Ukraine's defence ministry", "Ukraine's defense ministry"], "Ministry of Defence"))

# ---------------- United Kingdom ----------------
add(P("Charles III", "m", ["King Charles", "King Charles III", "Prince Charles"],
      T("hos", "King", "GBR", "2022-09-08", None), T("hos", "King", "CAN", "2022-09-08", None), T("hos", "King", "AUS", "2022-09-08", None),
      ref=["Charles III"]))
add(P("Elizabeth II", "f", ["Queen Elizabeth", "Queen Elizabeth II"], T("hos", "Queen", "GBR", "1952-02-06", "2022-09-08"),
      T("hos", "Queen", "CAN", "1952-02-06", "2022-09-08"), T("hos", "Queen", "AUS", "1952-02-06", "2022-09-08")))
add(P("Boris Johnson", "m", [], T("hog", "Prime Minister", "GBR", "2019-07-24", "2022-09-06")))
add(P("Liz Truss", "f", ["Elizabeth Truss", "Truss"], T("fm", "Foreign Secretary", "GBR", "2021-09-15", "2022-09-06"),
      T("hog", "Prime Minister", "GBR", "2022-09-06", "2022-10-25")))
add(P("Rishi Sunak", "m", ["Sunak"], T("minister", "Chancellor of the Exchequer", "GBR", "2020-02-13", "2022-07-05"),
      T("hog", "Prime Minister", "GBR", "2022-10-25", "2024-07-05")))
add(P("Nadhim Zahawi", "m", ["Zahawi"], T("minister", "Chancellor of the Exchequer", "GBR", "2022-07-05", "2022-09-06")))
add(P("Kwasi Kwarteng", "m", ["Kwarteng"], T("minister", "Chancellor of the Exchequer", "GBR", "2022-09-06", "2022-10-14")))
add(P("Jeremy Hunt", "m", [], T("fm", "Foreign Secretary", "GBR", "2018-07-09", "2019-07-24"),
      T("minister", "Chancellor of the Exchequer", "GBR", "2022-10-14", "2024-07-05")))
add(P("Rachel Reeves", "f", ["Reeves"], T("minister", "Chancellor of the Exchequer", "GBR", "2024-07-05", None)))
add(P("Keir Starmer", "m", ["Sir Keir Starmer", "Starmer"], T("hog", "Prime Minister", "GBR", "2024-07-05", None)))
add(P("James Cleverly", "m", ["Cleverly"], T("fm", "Foreign Secretary", "GBR", "2022-09-06", "2023-11-13"),
      T("minister", "Home Secretary", "GBR", "2023-11-13", "2024-07-05")))
add(P("David Cameron", "m", ["Lord Cameron", "Cameron"], T("hog", "Prime Minister", "GBR", "2010-05-11", "2016-07-13"),
      T("fm", "Foreign Secretary", "GBR", "2023-11-13", "2024-07-05")))
add(P("David Lammy", "m", ["Lammy"], T("fm", "Foreign Secretary", "GBR", "2024-07-05", "2025-09-05"),
      T("official", "Deputy Prime Minister", "GBR", "2025-09-05", None)))
add(P("Yvette Cooper", "f", [], T("minister", "Home Secretary", "GBR", "2024-07-05", "2025-09-05"),
      T("fm", "Foreign Secretary", "GBR", "2025-09-05", None)))
add(P("Angela Rayner", "f", ["Rayner"], T("official", "Deputy Prime Minister", "GBR", "2024-07-05", "2025-09-05")))
add(P("Ben Wallace", "m", [], T("dm", "Defence Secretary", "GBR", "2019-07-24", "2023-08-31")))
add(P("Grant Shapps", "m", ["Shapps"], T("dm", "Defence Secretary", "GBR", "2023-08-31", "2024-07-05")))
add(P("John Healey", "m", ["Healey"], T("dm", "Defence Secretary", "GBR", "2024-07-05", None)))
add(P("Jonathan Powell", "m", [], T("adviser", "National Security Adviser", "GBR", "2024-11-07", None),
      note="Powell start as NSA approximate (Nov 2024)"))
add(I("Downing Street", "GBR", ["Downing Street", "Number 10", "No 10", "No. 10", "Number Ten", "10 Downing Street"], "Prime Minister's Office"))
add(I("the Foreign Office", "GBR", ["Foreign Office", "the Foreign Office", "the Foreign, Commonwealth and Development Office", "Foreign, Commonwealth and Development Office", "FCDO", "the FCDO", "British Foreign Office", "UK Foreign Office"], "Foreign, Commonwealth and Development Office"))
add(I("the Ministry of Defence", "GBR", ["the Ministry of Defence", "UK Ministry of Defence", "British Ministry of Defence", "MoD", "the MoD", "UK Defence Ministry", "British defence ministry"], "Ministry of Defence"))

# ---------------- France ----------------
add(P("Emmanuel Macron", "m", ["Macron"], T("hos", "President", "FRA", "2017-05-14", None)))
add(P("Jean Castex", "m", ["Castex"], T("hog", "Prime Minister", "FRA", "2020-07-03", "2022-05-16")))
add(P("Élisabeth Borne", "f", ["Elisabeth Borne", "Borne"], T("hog", "Prime Minister", "FRA", "2022-05-16", "2024-01-09"),
      T("minister", "Education Minister", "FRA", "2024-12-23", "2025-10-12")))
add(P("Gabriel Attal", "m", ["Attal"], T("hog", "Prime Minister", "FRA", "2024-01-09", "2024-09-05")))
add(P("Michel Barnier", "m", ["Barnier"], T("hog", "Prime Minister", "FRA", "2024-09-05", "2024-12-13"),
      T("envoy", "EU Chief Brexit Negotiator", "EU", "2016-10-01", "2021-03-31")))
add(P("François Bayrou", "m", ["Francois Bayrou", "Bayrou"], T("hog", "Prime Minister", "FRA", "2024-12-13", "2025-09-09")))
add(P("Sébastien Lecornu", "m", ["Sebastien Lecornu", "Lecornu"], T("dm", "Armed Forces Minister", "FRA", "2022-05-20", "2025-09-09"),
      T("hog", "Prime Minister", "FRA", "2025-09-09", None),
      note="Lecornu resigned 2025-10-06 and was reappointed 2025-10-10; modelled as one continuous term"))
add(P("Jean-Yves Le Drian", "m", ["Le Drian"], T("fm", "Foreign Minister", "FRA", "2017-05-17", "2022-05-20"),
      T("envoy", "Personal Envoy for Lebanon", "FRA", "2023-06-07", None), note="Le Drian Lebanon envoy start approximate (June 2023)"))
add(P("Catherine Colonna", "f", ["Colonna"], T("fm", "Foreign Minister", "FRA", "2022-05-20", "2024-01-11")))
add(P("Stéphane Séjourné", "m", ["Stephane Sejourne", "Séjourné", "Sejourne"], T("fm", "Foreign Minister", "FRA", "2024-01-11", "2024-09-21"),
      T("official", "European Commission Executive Vice-President", "EU", "2024-12-01", None)))
add(P("Jean-Noël Barrot", "m", ["Jean-Noel Barrot", "Barrot"], T("fm", "Foreign Minister", "FRA", "2024-09-21", None)))
add(P("Florence Parly", "f", ["Parly"], T("dm", "Armed Forces Minister", "FRA", "2017-06-21", "2022-05-20")))
add(P("Catherine Vautrin", "f", ["Vautrin"], T("dm", "Armed Forces Minister", "FRA", "2025-10-12", None)))
add(P("Maud Bregeon", "f", ["Bregeon"], T("spokesperson", "Government spokeswoman", "FRA", "2024-09-21", None),
      note="Bregeon assumed to have stayed on as spokeswoman in the Lecornu governments"))
add(P("Prisca Thevenot", "f", [], T("spokesperson", "Government spokeswoman", "FRA", "2024-01-11", "2024-09-21")))
add(I("the Elysée", "FRA", ["Elysee", "Élysée", "the Elysee", "the Élysée", "Élysée Palace", "Elysee Palace", "the Élysée Palace"], "Presidency of the Republic"))
add(I("the French Foreign Ministry", "FRA", ["French Foreign Ministry", "French foreign ministry", "the Quai d'Orsay", "Quai d'Orsay", "France's foreign ministry"], "Ministry for Europe and Foreign Affairs"))

# ---------------- Germany ----------------
add(P("Frank-Walter Steinmeier", "m", ["Steinmeier"], T("hos", "President", "DEU", "2017-03-19", None)))
add(P("Olaf Scholz", "m", ["Scholz"], T("hog", "Chancellor", "DEU", "2021-12-08", "2025-05-06")))
add(P("Friedrich Merz", "m", ["Merz"], T("hog", "Chancellor", "DEU", "2025-05-06", None)))
add(P("Annalena Baerbock", "f", ["Baerbock"], T("fm", "Foreign Minister", "DEU", "2021-12-08", "2025-05-06"),
      T("official", "President of the UN General Assembly", "UN", "2025-09-09", None)))
add(P("Johann Wadephul", "m", ["Wadephul"], T("fm", "Foreign Minister", "DEU", "2025-05-06", None)))
add(P("Christine Lambrecht", "f", ["Lambrecht"], T("dm", "Defence Minister", "DEU", "2021-12-08", "2023-01-19")))
add(P("Boris Pistorius", "m", ["Pistorius"], T("dm", "Defence Minister", "DEU", "2023-01-19", None)))
add(P("Robert Habeck", "m", ["Habeck"], T("official", "Vice-Chancellor", "DEU", "2021-12-08", "2025-05-06")))
add(P("Lars Klingbeil", "m", ["Klingbeil"], T("official", "Vice-Chancellor", "DEU", "2025-05-06", None),
      T("minister", "Finance Minister", "DEU", "2025-05-06", None)))
add(P("Christian Lindner", "m", ["Lindner"], T("minister", "Finance Minister", "DEU", "2021-12-08", "2024-11-07")))
add(P("Jörg Kukies", "m", ["Kukies", "Joerg Kukies"], T("minister", "Finance Minister", "DEU", "2024-11-07", "2025-05-06")))
add(P("Steffen Hebestreit", "m", ["Hebestreit"], T("spokesperson", "Government spokesman", "DEU", "2021-12-08", "2025-05-06")))
add(P("Stefan Kornelius", "m", ["Kornelius"], T("spokesperson", "Government spokesman", "DEU", "2025-05-07", None),
      note="Kornelius start approximate (May 2025)"))
add(I("the Chancellery", "DEU", ["Chancellery", "the Chancellery", "German Chancellery", "the German Chancellery", "Federal Chancellery", "Kanzleramt"], "Federal Chancellery"))
add(I("the German Foreign Office", "DEU", ["German Foreign Office", "German foreign ministry", "German Foreign Ministry", "Auswärtiges Amt", "Auswaertiges Amt", "Germany's foreign ministry"], "Federal Foreign Office"))

# ---------------- Poland ----------------
add(P("Andrzej Duda", "m", ["Duda"], T("hos", "President", "POL", "2015-08-06", "2025-08-06")))
add(P("Karol Nawrocki", "m", ["Nawrocki"], T("hos", "President", "POL", "2025-08-06", None)))
add(P("Mateusz Morawiecki", "m", ["Morawiecki"], T("hog", "Prime Minister", "POL", "2017-12-11", "2023-12-13")))
add(P("Donald Tusk", "m", ["Tusk"], T("org", "President of the European Council", "EU", "2014-12-01", "2019-11-30"),
      T("hog", "Prime Minister", "POL", "2023-12-13", None)))
add(P("Zbigniew Rau", "m", ["Rau"], T("fm", "Foreign Minister", "POL", "2020-08-26", "2023-11-27")))
add(P("Szymon Szynkowski vel Sęk", "m", ["Szymon Szynkowski vel Sek", "Szynkowski vel Sęk"], T("fm", "Foreign Minister", "POL", "2023-11-27", "2023-12-13")))
add(P("Radosław Sikorski", "m", ["Radoslaw Sikorski", "Radek Sikorski", "Sikorski"], T("fm", "Foreign Minister", "POL", "2023-12-13", None)))
add(P("Mariusz Błaszczak", "m", ["Mariusz Blaszczak", "Błaszczak", "Blaszczak"], T("dm", "Defence Minister", "POL", "2018-01-09", "2023-12-13")))
add(P("Władysław Kosiniak-Kamysz", "m", ["Wladyslaw Kosiniak-Kamysz", "Kosiniak-Kamysz"], T("dm", "Defence Minister", "POL", "2023-12-13", None)))
add(P("Paweł Wroński", "m", ["Pawel Wronski", "Wroński"], T("spokesperson", "Foreign Ministry spokesman", "POL", "2024-01-01", None),
      note="Wroński start approximate (early 2024)"))
add(I("the Polish Foreign Ministry", "POL", ["Polish Foreign Ministry", "Polish foreign ministry", "Poland's foreign ministry", "Polish Ministry of Foreign Affairs"], "Ministry of Foreign Affairs"))

# ---------------- Italy ----------------
add(P("Sergio Mattarella", "m", ["Mattarella"], T("hos", "President", "ITA", "2015-02-03", None)))
add(P("Mario Draghi", "m", ["Draghi"], T("hog", "Prime Minister", "ITA", "2021-02-13", "2022-10-22")))
add(P("Giorgia Meloni", "f", ["Meloni"], T("hog", "Prime Minister", "ITA", "2022-10-22", None)))
add(P("Luigi Di Maio", "m", ["Di Maio"], T("fm", "Foreign Minister", "ITA", "2019-09-05", "2022-10-22"),
      T("envoy", "EU Special Representative for the Gulf", "EU", "2023-06-01", None)))
add(P("Antonio Tajani", "m", ["Tajani"], T("fm", "Foreign Minister", "ITA", "2022-10-22", None)))
add(P("Lorenzo Guerini", "m", ["Guerini"], T("dm", "Defence Minister", "ITA", "2019-09-05", "2022-10-22")))
add(P("Guido Crosetto", "m", ["Crosetto"], T("dm", "Defence Minister", "ITA", "2022-10-22", None)))
add(P("Matteo Salvini", "m", ["Salvini"], T("official", "Deputy Prime Minister", "ITA", "2022-10-22", None)))

# ---------------- EU, NATO, UN ----------------
add(P("Ursula von der Leyen", "f", ["von der Leyen", "Von der Leyen"], T("dm", "Defence Minister", "DEU", "2013-12-17", "2019-07-17"),
      T("org", "President of the European Commission", "EU", "2019-12-01", None)))
add(P("Charles Michel", "m", [], T("hog", "Prime Minister", "BEL", "2014-10-11", "2019-10-27"),
      T("org", "President of the European Council", "EU", "2019-12-01", "2024-11-30")))
add(P("António Costa", "m", ["Antonio Costa"], T("hog", "Prime Minister", "PRT", "2015-11-26", "2024-04-02"),
      T("org", "President of the European Council", "EU", "2024-12-01", None)))
add(P("Josep Borrell", "m", ["Borrell"], T("fm", "High Representative", "EU", "2019-12-01", "2024-11-30")))
add(P("Kaja Kallas", "f", ["Kallas"], T("hog", "Prime Minister", "EST", "2021-01-26", "2024-07-15"),
      T("fm", "High Representative", "EU", "2024-12-01", None),
      note="Kallas resigned as PM 2024-07-15 and remained caretaker until Michal took office 2024-07-23"))
add(P("Roberta Metsola", "f", ["Metsola"], T("official", "President of the European Parliament", "EU", "2022-01-18", None)))
add(P("Valdis Dombrovskis", "m", ["Dombrovskis"], T("hog", "Prime Minister", "LVA", "2009-03-12", "2014-01-22"),
      T("official", "European Commission Executive Vice-President", "EU", "2019-12-01", "2024-11-30"),
      T("official", "European Commissioner for Economy", "EU", "2024-12-01", None)))
add(P("Marta Kos", "f", [], T("official", "European Commissioner for Enlargement", "EU", "2024-12-01", None)))
add(P("Olivér Várhelyi", "m", ["Oliver Varhelyi", "Várhelyi", "Varhelyi"], T("official", "European Commissioner for Enlargement", "EU", "2019-12-01", "2024-11-30"),
      T("official", "European Commissioner for Health", "EU", "2024-12-01", None)))
add(P("Andrius Kubilius", "m", ["Kubilius"], T("official", "European Commissioner for Defence", "EU", "2024-12-01", None)))
add(P("Thierry Breton", "m", ["Breton"], T("official", "European Commissioner for the Internal Market", "EU", "2019-12-01", "2024-09-16")))
add(P("Teresa Ribera", "f", [], T("official", "European Commission Executive Vice-President", "EU", "2024-12-01", None)))
add(P("Maroš Šefčovič", "m", ["Maros Sefcovic", "Šefčovič", "Sefcovic"], T("official", "European Commissioner for Trade", "EU", "2024-12-01", None),
      T("official", "European Commission Executive Vice-President", "EU", "2019-12-01", "2024-11-30")))
add(P("Peter Stano", "m", ["Stano"], T("spokesperson", "EU foreign affairs spokesman", "EU", "2019-12-01", None),
      note="Stano start approximate"))
add(I("the European Commission", "EU", ["European Commission", "the European Commission", "the Commission", "EU Commission", "the EU Commission"], "European Commission"))
add(I("the European Council", "EU", ["European Council", "the European Council"], "European Council"))

add(P("Jens Stoltenberg", "m", ["Stoltenberg"], T("org", "Secretary-General", "NATO", "2014-10-01", "2024-10-01"),
      T("minister", "Finance Minister", "NOR", "2025-02-04", None)))
add(P("Mark Rutte", "m", ["Rutte"], T("hog", "Prime Minister", "NLD", "2010-10-14", "2024-07-02"),
      T("org", "Secretary-General", "NATO", "2024-10-01", None)))
add(P("António Guterres", "m", ["Antonio Guterres", "Guterres"], T("org", "Secretary-General", "UN", "2017-01-01", None)))
add(P("Stéphane Dujarric", "m", ["Stephane Dujarric", "Dujarric"], T("spokesperson", "UN spokesman", "UN", "2014-03-01", None),
      note="Dujarric start approximate"))
add(P("Rafael Grossi", "m", ["Rafael Mariano Grossi", "Grossi"], T("official", "Director General of the IAEA", "UN", "2019-12-03", None)))
add(P("Volker Türk", "m", ["Volker Turk", "Türk"], T("official", "UN High Commissioner for Human Rights", "UN", "2022-10-17", None)))
