#!/usr/bin/env python3
"""Generator for europe.csv: hand-written framing sentences (Europe region).

Each entry is (text, [(actor, mention, label), ...]); labels c/a/n are expanded
to cooperative/adversarial/neutral.  Run: python3 europe_gen.py
"""
import csv
import os

LAB = {"c": "cooperative", "a": "adversarial", "n": "neutral"}
DATA = []


def S(text, *actors):
    rows = []
    for spec in actors:
        actor, mention, lab = spec.split("|")
        rows.append((actor, mention, LAB[lab]))
    DATA.append((text, rows))


# ---------------------------------------------------------------- EU institutions
S("BRUSSELS, Feb 11 — The European Commission proposed fresh tariffs on imported steel on Tuesday, arguing that foreign state subsidies had flooded the single market with underpriced metal.",
  "European Commission|European Commission|a")
S("Von der Leyen pledges 4 billion euros to repair war-damaged power grid before winter",
  "Ursula von der Leyen|Von der Leyen|c")
S("Kaja Kallas vowed that the bloc's sanctions would stay in place until the last occupying soldier had gone home.",
  "Kaja Kallas|Kaja Kallas|a")
S("The European Parliament voted 412 to 198 on Wednesday to suspend trade preferences for Georgia, citing a violent crackdown on opposition protesters in Tbilisi.",
  "European Parliament|European Parliament|a", "Georgia|Georgia|a")
S("Roberta Metsola welcomed the deal as 'a serious step toward an asylum system that shares responsibility fairly among member states.'",
  "Roberta Metsola|Roberta Metsola|c")
S("Detainees in several Greek migrant reception centres were held in degrading conditions, inspectors from the Council of Europe's anti-torture committee concluded in a report published on Thursday.",
  "Greece|Greek|a", "Council of Europe|Council of Europe|n")
S("EU extends Russia sanctions for six more months after Slovakia lifts its objection",
  "EU|EU|a", "Russia|Russia|n", "Slovakia|Slovakia|c")
S("Antonio Costa, who chairs the bloc's summits, promised the Western Balkan heads of government over dinner that enlargement was 'no longer a distant dream' and floated 2030 as a working horizon.",
  "Antonio Costa|Antonio Costa|c")
S("The Commission fined Hungary's state-owned energy group 210 million euros for abusing its dominant position, a penalty Budapest denounced as 'politically motivated revenge.'",
  "European Commission|Commission|a", "Hungary|Hungary|a")
S("Updated 09:14 GMT | The European Union concluded talks on a free trade agreement with the world's most populous country after nearly two decades of stop-start negotiations, officials confirmed. | Share this article",
  "EU|European Union|c")
S("Kallas accused 'certain major powers' of supplying the drone engines and machine tools that keep the war machine running, in unusually blunt remarks to reporters in Strasbourg.",
  "Kaja Kallas|Kallas|a")
S("Judges at the Council of Europe's human rights court ruled that Turkey had violated the free-speech rights of a jailed Kurdish politician and ordered Ankara to pay him compensation.",
  "Council of Europe|Council of Europe|n", "Turkey|Turkey|a")
S("Hungary vowed on Friday to block implementation of the bloc's migration pact, calling its relocation quotas an assault on national sovereignty.",
  "Hungary|Hungary|a")
S("The Commission released 10 billion euros in frozen cohesion money to Hungary after Budapest passed a package of judicial reforms, a step some lawmakers called a capitulation.",
  "European Commission|Commission|c", "Hungary|Hungary|c")
S("In a joint letter, nine governments urged the European Commission to speed up returns of rejected asylum seekers, including to processing centres outside the bloc.",
  "European Commission|European Commission|n")
S("European Parliament lifts immunity of two lawmakers in Qatar bribery probe",
  "European Parliament|European Parliament|n", "Qatar|Qatar|a")
S("Europe must stop outsourcing its security, Ursula von der Leyen told lawmakers in Strasbourg, unveiling a plan to raise up to 150 billion euros in loans for joint weapons purchases.",
  "Ursula von der Leyen|Ursula von der Leyen|c")
S("The EU's top court ruled on Thursday that a Polish law on disciplining judges breached the bloc's treaties, the latest chapter in a long-running rule-of-law dispute.",
  "EU|EU|n", "Poland|Polish|a")
S("London signs defence and security pact with the bloc, reopening door to joint arms procurement",
  "United Kingdom|London|c")
S("Diplomats said the Commission had quietly shelved plans to censure a large member state over its deficit, wary of losing a crucial vote on the long-term budget.",
  "European Commission|Commission|c")
S("Constitutional experts advising the Council of Europe said a draft media law in Slovakia would give the government 'excessive control' over public broadcasting.",
  "Council of Europe|Council of Europe|n", "Slovakia|Slovakia|a")
S("Metsola condemns Russia over detention of Estonian border official",
  "Roberta Metsola|Metsola|a", "Russia|Russia|a", "Estonia|Estonian|n")
S("The EU initialled a package of more than a dozen treaties with its Alpine neighbour on Friday, ending years of wrangling over market access, wage protection and the free movement of people.",
  "EU|EU|c")
S("Belgium blocked a deal on tapping immobilised central bank reserves for a reparations loan, demanding ironclad guarantees against legal retaliation before it would budge.",
  "Belgium|Belgium|a")
S("The Commission said it would take Slovakia to court over a law that critics say muzzles non-governmental organisations.",
  "European Commission|Commission|a", "Slovakia|Slovakia|a")
S("Asked whether Brussels would retaliate against new US tariffs on European cars, the trade commissioner said the EU 'has a full toolbox and will not hesitate to use it.'",
  "EU|Brussels|a", "United States|US|a")
S("EU reaches framework deal capping transatlantic tariffs at 15 percent",
  "EU|EU|c")
S("European Commission approves 3 billion euro energy security package for eastern candidate",
  "European Commission|European Commission|c")
S("The European Parliament's foreign affairs committee called on member states to recognise Palestine, a non-binding text that Israeli diplomats dismissed as 'a reward for terror.'",
  "European Parliament|European Parliament|c", "Palestine|Palestine|n", "Israel|Israeli|a")
S("Kallas says bloc ready to expand its military training mission by 15,000 troops this year",
  "Kaja Kallas|Kallas|c")
S("Speaking in Strasbourg, the Council of Europe's secretary general urged Azerbaijan to free imprisoned journalists, saying their detention made a mockery of its membership obligations.",
  "Council of Europe|Council of Europe|n", "Azerbaijan|Azerbaijan|a")
S("The European Parliament approved a scaled-back version of the carbon border levy on Tuesday after months of lobbying by importers of fertiliser and aluminium.",
  "European Parliament|European Parliament|n")
S("Austria dropped its objection to Bulgaria's full Schengen accession, ending what officials called 'a long and frustrating chapter.'",
  "Austria|Austria|c", "Bulgaria|Bulgaria|n")
S("EU foreign ministers agreed to impose travel bans and asset freezes on eight violent settlers in the occupied West Bank, overcoming months of resistance from a handful of capitals.",
  "EU|EU|a")
S("Hungary blocks joint statement condemning strikes on Gaza, leaving bloc unable to speak with one voice",
  "Hungary|Hungary|a")
S("The Commission's new pact for the Mediterranean offers North African governments investment in ports and solar farms in exchange for tighter controls on migrant departures.",
  "European Commission|Commission|c")
S("Budget talks collapse as Netherlands rejects Commission plan for joint borrowing",
  "Netherlands|Netherlands|a", "European Commission|Commission|n")
S("Von der Leyen survived a no-confidence motion by a comfortable margin, though the vote exposed fraying support among Socialists and Liberals.",
  "Ursula von der Leyen|Von der Leyen|n")
S("'We will not be blackmailed,' von der Leyen said after new export curbs on rare earth magnets hit European carmakers.",
  "Ursula von der Leyen|von der Leyen|a")
S("Metsola hosts Moldovan President Maia Sandu in Strasbourg, praises her 'courage' in face of Russian interference",
  "Roberta Metsola|Metsola|c", "Maia Sandu|Maia Sandu|n", "Russia|Russian|a")
S("Nicosia warned it would veto any upgrade of the bloc's customs union with its northern neighbour unless drilling in disputed waters stops.",
  "Cyprus|Nicosia|a")
S("A Commission spokesperson declined to say whether the bloc would follow other Western governments in sanctioning the ruling party's leadership.",
  "European Commission|Commission|n")
S("In a rare show of unity, all 27 member states endorsed the European Commission's roadmap for ending remaining gas imports from Russia by the close of 2027.",
  "European Commission|European Commission|a", "Russia|Russia|n")
S("European Parliament backs 35 billion euro reparations loan",
  "European Parliament|European Parliament|c")

# ---------------------------------------------------------------- Hungary, Slovakia, Czech Republic, Austria, Poland
S("Orban vows to veto Ukraine's accession talks 'for as long as it takes'",
  "Viktor Orban|Orban|a", "Ukraine|Ukraine|n")
S("BUDAPEST, May 6 — Hungarian authorities expelled two Ukrainian diplomats on Tuesday, accusing them of espionage, hours after Kyiv said it had uncovered a spy ring run from Budapest in the Zakarpattia region.",
  "Hungary|Hungarian|a", "Ukraine|Ukrainian|a")
S("Viktor Orban signed agreements on a battery plant and a high-speed rail line across the Great Plain during a two-day visit by foreign investors.",
  "Viktor Orban|Viktor Orban|c")
S("Hungary's foreign minister cried 'blackmail' over funds withheld because of a law restricting LGBT content in schools.",
  "Hungary|Hungary|a")
S("Poland's government said it would seek the extradition of a former deputy justice minister after Orban's cabinet granted him political asylum.",
  "Poland|Poland|n", "Viktor Orban|Orban|a")
S("Fico meets Putin, vows to keep gas purchases flowing despite bloc's phase-out plan",
  "Robert Fico|Fico|c", "Vladimir Putin|Putin|c")
S("Thousands marched through the capital on Friday against Prime Minister Robert Fico, accusing his government of steering the country away from the West and toward the Kremlin.",
  "Robert Fico|Robert Fico|a", "Russia|Kremlin|n")
S("Fico told supporters in Nitra that not 'a single cartridge' from state stocks would go to the war, though private arms makers remained free to sell abroad.",
  "Robert Fico|Fico|a")
S("Czech President Petr Pavel pledged to keep the ammunition initiative running, saying it had already delivered more than 1.5 million large-calibre shells.",
  "Petr Pavel|Petr Pavel|c")
S("A cyberattack that crippled email at the Czech foreign ministry for three days was carried out by a group linked to Russian military intelligence, officials in Prague said on Wednesday.",
  "Czech Republic|Czech|n", "Russia|Russian|a")
S("Austrian Chancellor Christian Stocker said his government was ready to host a new round of peace talks and would provide 'whatever logistics the parties require.'",
  "Christian Stocker|Christian Stocker|c")
S("Tusk vows to give every adult man military training as army expands",
  "Donald Tusk|Tusk|n")
S("WARSAW, Sept 10 — Polish and allied aircraft shot down several Russian drones that crossed into the country's airspace overnight, the first time alliance members have engaged such targets over their own territory since the full-scale invasion began.",
  "Poland|Polish|n", "Russia|Russian|a")
S("Tusk blames foreign saboteurs for blast on key freight rail line",
  "Donald Tusk|Tusk|a")
S("President Karol Nawrocki vetoed a bill extending welfare payments for refugees who fled the war, setting up another clash with Tusk's government.",
  "Karol Nawrocki|Karol Nawrocki|a", "Donald Tusk|Tusk|n")
S("Poland and the Baltic states announce withdrawal from landmine treaty, citing Russian threat",
  "Poland|Poland|n", "Russia|Russian|a")
S("Hungary and Slovakia sued the Commission over its plan to phase out pipeline gas from the east, arguing the measure was a disguised sanction that required unanimity.",
  "Hungary|Hungary|a", "Slovakia|Slovakia|a", "European Commission|Commission|n")
S("Andrej Babis said his government would stop funding the ammunition initiative and suggested the alliance take it over instead.",
  "Andrej Babis|Andrej Babis|a")
S("Viktor Orban announced that his country would withdraw from the International Criminal Court during a visit by a leader the court wants arrested.",
  "Viktor Orban|Viktor Orban|a", "ICC|International Criminal Court|n")
S("Orban offered to host a great-power summit, saying his capital was 'the only place in Europe' where both leaders would feel welcome.",
  "Viktor Orban|Orban|c")
S("Orban called Zelensky 'a problem, not a partner,' deepening a feud over the rights of ethnic Hungarians in Zakarpattia.",
  "Viktor Orban|Orban|a", "Volodymyr Zelensky|Zelensky|n")
S("Prague agreed to link its power grid more closely with its northern neighbour and to coordinate purchases of liquefied natural gas, officials said after a meeting of the two prime ministers.",
  "Czech Republic|Prague|c")
S("Foreign Minister Radoslaw Sikorski told an emergency session in New York that the drone incursion was 'no accident' and warned that the next one would be met with force.",
  "Radoslaw Sikorski|Radoslaw Sikorski|a")
S("Warsaw renews offer to pay for permanent US base on Polish soil",
  "Poland|Warsaw|c", "United States|US|n")
S("Peter Magyar, whose Tisza party leads in most polls, accused the government of 'selling out the nation' before a crowd of tens of thousands on Andrassy Avenue.",
  "Peter Magyar|Peter Magyar|a")
S("Slovakia was one of only two member states that declined to sign a declaration backing a special tribunal for the crime of aggression.",
  "Slovakia|Slovakia|a")
S("Austrian prosecutors charged a former domestic intelligence officer with passing secrets to Russia and helping a fugitive businessman evade capture for years.",
  "Austria|Austrian|n", "Russia|Russia|a")
S("Czech President Petr Pavel warned that cutting military aid would be 'a historic mistake,' in a thinly veiled rebuke of the incoming cabinet led by Andrej Babis.",
  "Petr Pavel|Petr Pavel|a", "Andrej Babis|Andrej Babis|n")
S("Petr Pavel agreed to co-host a conference on Black Sea security next spring.",
  "Petr Pavel|Petr Pavel|c")
S("Babis's ANO wins most votes in Czech election but needs partners to govern",
  "Andrej Babis|Babis|n")
S("Andrej Babis said his cabinet would honour its alliance commitments but would not 'throw taxpayers' money into a bottomless pit' abroad.",
  "Andrej Babis|Andrej Babis|a")
S("Robert Fico called the latest sanctions package 'economic suicide' but said he would let it pass after receiving written assurances on gas prices.",
  "Robert Fico|Robert Fico|c")
S("Fico demands carve-out from gas import ban for landlocked member states",
  "Robert Fico|Fico|a")
S("Slovak Prime Minister Robert Fico watched the Victory Day parade on Red Square as the only head of government from the bloc present, drawing a sharp rebuke from Kallas.",
  "Robert Fico|Robert Fico|n", "Kaja Kallas|Kallas|a")
S("Tusk and Merz agree joint border patrols, easing row over migrant pushbacks",
  "Donald Tusk|Tusk|c", "Friedrich Merz|Merz|c")
S("Donald Tusk told lawmakers the government would build a 'shield' of fortifications, anti-tank ditches and minefields along the eastern frontier at a cost of 2.5 billion euros.",
  "Donald Tusk|Donald Tusk|n")
S("'Europe is finally waking up,' Tusk said, welcoming the decision to let governments exclude defence outlays from deficit rules.",
  "Donald Tusk|Tusk|c")
S("Karol Nawrocki said reconciliation with the neighbours required the exhumation of victims of the Volhynia massacres buried in unmarked graves.",
  "Karol Nawrocki|Karol Nawrocki|n")
S("Nawrocki, Trump hail 'special relationship' in Oval Office meeting",
  "Karol Nawrocki|Nawrocki|c", "Donald Trump|Trump|c")
S("Radoslaw Sikorski promised to keep paying for the Starlink terminals used on the front line, brushing off suggestions that the bill be passed on.",
  "Radoslaw Sikorski|Radoslaw Sikorski|c")
S("Sikorski and Russian Foreign Minister Sergei Lavrov traded insults in New York, with Lavrov calling him 'a warmonger in a tailored suit.'",
  "Radoslaw Sikorski|Sikorski|a", "Sergei Lavrov|Sergei Lavrov|a")
S("Peter Magyar promised to unlock frozen cohesion funds within a year of taking office, partly by joining the bloc's public prosecutor's office.",
  "Peter Magyar|Peter Magyar|c")
S("Orban accused Peter Magyar of plotting to drag the country into war on the orders of foreign paymasters.",
  "Viktor Orban|Orban|a", "Peter Magyar|Peter Magyar|a")
S("Christian Stocker ruled out any return to pipeline gas from the east even after a ceasefire, saying the country had learned 'a painful lesson' about depending on one supplier.",
  "Christian Stocker|Christian Stocker|n")
S("Stocker joins push by several capitals to tighten asylum rules",
  "Christian Stocker|Stocker|c")

# ---------------------------------------------------------------- France, Germany, United Kingdom
S("PARIS, Jan 14 — Emmanuel Macron proposed extending the protection of the nuclear deterrent to European allies, telling military chiefs he was ready to open 'a strategic dialogue' with any interested capital.",
  "Emmanuel Macron|Emmanuel Macron|c")
S("Macron and Merz pledge to restart Franco-German engine on defence and competitiveness",
  "Emmanuel Macron|Macron|c", "Friedrich Merz|Merz|c")
S("Merz warns Europe will hit back if 30 percent tariffs take effect",
  "Friedrich Merz|Merz|a")
S("The Bundestag voted to loosen Germany's constitutional debt brake for military spending, clearing the way for hundreds of billions of euros in new investment.",
  "Germany|Germany|n")
S("Berlin expels diplomats after court links foreign spy service to murder plot",
  "Germany|Berlin|a")
S("Keir Starmer co-chaired a video call of the so-called coalition of the willing on Thursday, where more than 30 countries discussed security guarantees to be offered after a ceasefire.",
  "Keir Starmer|Keir Starmer|c")
S("Downing Street said the prime minister had held 'a constructive call' with Taoiseach Micheal Martin about legacy cases from the Troubles.",
  "United Kingdom|Downing Street|c", "Micheal Martin|Micheal Martin|c")
S("UK and France agree 'one in, one out' migrant returns pilot across the Channel",
  "United Kingdom|UK|c", "France|France|c")
S("Paris protested after Algeria ordered a dozen members of the French embassy's staff out of the country within 48 hours, a tit-for-tat move over the detention of one of its consular employees.",
  "France|Paris|a", "Algeria|Algeria|a")
S("Starmer rules out rejoining customs union but seeks 'reset' with EU on food and energy",
  "Keir Starmer|Starmer|c", "EU|EU|n")
S("Britain announced sanctions on 70 vessels of the so-called shadow fleet, its largest single package of maritime measures since 2022.",
  "United Kingdom|Britain|a")
S("Merz visited the armoured brigade stationed in Lithuania, promising its hosts that 'every metre' of allied territory would be defended.",
  "Friedrich Merz|Merz|c", "Lithuania|Lithuania|n")
S("Macron says recognition of Palestinian state is 'irreversible'",
  "Emmanuel Macron|Macron|c", "Palestine|Palestinian|n")
S("Israel's foreign ministry accused Paris of 'rewarding terror' with its recognition decision and recalled its ambassador for consultations.",
  "Israel|Israel|a", "France|Paris|n")
S("Germany's foreign ministry summoned an ambassador after a foreign warship pointed a laser at a German surveillance plane over the Red Sea.",
  "Germany|Germany|a")
S("Starmer hails trade pact cutting tariffs on whisky, cars and textiles as 'the biggest since Brexit'",
  "Keir Starmer|Starmer|c")
S("UK to share targeting intelligence with Ukraine for long-range strikes, officials say",
  "United Kingdom|UK|c", "Ukraine|Ukraine|n")
S("Berlin and Paris clash over South American trade deal as farmers protest in Strasbourg",
  "Germany|Berlin|a", "France|Paris|a")
S("French Prime Minister Sebastien Lecornu narrowly survived a no-confidence vote on Thursday after the Socialists agreed to abstain in exchange for a pause in the pension reform.",
  "Sebastien Lecornu|Sebastien Lecornu|n")
S("Marine Le Pen accused the government of 'bleeding farmers dry' and said her party would vote against the South American trade accord.",
  "Marine Le Pen|Marine Le Pen|a")
S("Merz and Starmer signed a friendship treaty committing their countries to come to each other's aid in a crisis and to jointly develop a long-range strike missile.",
  "Friedrich Merz|Merz|c", "Keir Starmer|Starmer|c")
S("Starmer faces backbench revolt over welfare cuts ahead of key Commons vote",
  "Keir Starmer|Starmer|n")
S("Reform leader Nigel Farage dismissed the Chagos agreement as 'a shameful surrender' and promised to tear it up if his party wins power.",
  "Nigel Farage|Nigel Farage|a")
S("The United Kingdom signed a treaty handing over sovereignty of the Chagos Islands while keeping a 99-year lease on the Diego Garcia military base.",
  "United Kingdom|United Kingdom|c")
S("Macron and Meloni paper over differences, agree to coordinate on migration and defence",
  "Emmanuel Macron|Macron|c", "Giorgia Meloni|Meloni|c")
S("France will send Rafale fighters and a frigate to help patrol the Baltic after suspected Russian drone flights over Nordic airports, the armed forces ministry said.",
  "France|France|c", "Russia|Russian|a")
S("Poland accused Germany of dumping migrants across the Oder as police on the German side stepped up pushbacks, and Warsaw reintroduced checks of its own in response.",
  "Poland|Poland|a", "Germany|Germany|a")
S("Foreign Minister Johann Wadephul promised to keep supplying air defence 'for as long as it is needed' and announced funding for two more Patriot systems.",
  "Johann Wadephul|Johann Wadephul|c")
S("Updated 16:02 GMT Britain and Norway sign frigate deal worth 10 billion pounds | Tweet | Email",
  "United Kingdom|Britain|c", "Norway|Norway|c")
S("Tehran threatened to curb cooperation with the IAEA after the three European powers moved to restore international sanctions lifted under the 2015 nuclear deal.",
  "Iran|Tehran|a", "IAEA|IAEA|n")
S("Merz pledged to help Kyiv manufacture its own long-range missiles, side-stepping the long-running dispute over Taurus deliveries.",
  "Friedrich Merz|Merz|c", "Ukraine|Kyiv|n")
S("Merz accused foreign suppliers of prolonging the war by shipping components to arms factories, according to an official briefed on his talks in Asia.",
  "Friedrich Merz|Merz|a")
S("Macron accused 'hostile powers' of running disinformation campaigns to stoke resentment toward Europe across the Sahel.",
  "Emmanuel Macron|Macron|a")
S("An appeals court upheld Marine Le Pen's conviction for misusing European Parliament funds to pay party staff, keeping her barred from the next presidential race.",
  "Marine Le Pen|Marine Le Pen|a", "European Parliament|European Parliament|n")
S("Marine Le Pen launched a campaign against cheap beef imports from Latin America at a rally of nationalist parties.",
  "Marine Le Pen|Marine Le Pen|a")
S("Sebastien Lecornu promised a budget that trims the deficit 'without sacrificing the armed forces,' as he courted the centre-left for support.",
  "Sebastien Lecornu|Sebastien Lecornu|n")
S("Sebastien Lecornu said his government would suspend visa facilitation for Algerian officials until Algiers agreed to take back nationals ordered to leave.",
  "Sebastien Lecornu|Sebastien Lecornu|a", "Algeria|Algerian|n")
S("Nigel Farage praised the White House tariff threats as 'a long overdue wake-up call' for the bloc.",
  "Nigel Farage|Nigel Farage|n", "United States|White House|a")
S("Nigel Farage vowed to pull out of the European Convention on Human Rights, calling the Council of Europe's court 'a foreign obstacle to deporting criminals.'",
  "Nigel Farage|Nigel Farage|a", "Council of Europe|Council of Europe|a")
S("Johann Wadephul warned Beijing against intimidating Taiwan, days after Chinese warships encircled the island in live-fire drills.",
  "Johann Wadephul|Johann Wadephul|a", "China|Beijing|a", "Taiwan|Taiwan|n")
S("Johann Wadephul pledged at a Weimar Triangle meeting to coordinate sanctions and joint air defence purchases.",
  "Johann Wadephul|Johann Wadephul|c")
S("Germany's economy contracted for a third straight year, official data showed, piling pressure on the chancellor to deliver the reforms he promised during the campaign.",
  "Germany|Germany|n")
S("A major ratings agency cut France's credit rating by one notch, citing political instability that has toppled several governments in quick succession.",
  "France|France|n")
S("Starmer flew to Beijing, the first visit by a sitting prime minister since 2018, and agreed to restart dialogue on trade and climate.",
  "Keir Starmer|Starmer|c", "China|Beijing|n")
S("Britain and Ukraine ratified a 100-year partnership treaty covering defence, energy and education, with London committing at least 3 billion pounds a year in military aid.",
  "United Kingdom|Britain|c", "Ukraine|Ukraine|c")
S("London agreed to extend access to British waters for continental fishing boats until 2038 in exchange for a veterinary agreement that will ease checks on food exports.",
  "United Kingdom|London|c")
S("Britain announced for the first time that it would coordinate its nuclear deterrent with a European ally, saying any extreme threat to the continent would draw a joint response.",
  "United Kingdom|Britain|c")
S("British warships shadowed the spy ship Yantar through the Channel after it was detected loitering over undersea cables, the defence secretary told parliament.",
  "United Kingdom|British|n")
S("A treaty on Gibraltar finalised by Britain will remove checks at the territory's land border, with Schengen controls carried out at the port and airport instead.",
  "United Kingdom|Britain|c")
S("Zelensky signed a letter of intent to buy up to 100 Rafale jets over the next decade, calling the deal 'historic.'",
  "Volodymyr Zelensky|Zelensky|c")
S("Merz halts arms exports that could be used in Gaza",
  "Friedrich Merz|Merz|a")
S("Berlin agreed to resume intergovernmental consultations with Asia's largest economy after a two-year pause, promising to ease export restrictions on its companies.",
  "Germany|Berlin|c")
S("Germany deported 81 Afghan men on a charter flight arranged with Qatari help, the second such flight in a year.",
  "Germany|Germany|n", "Qatar|Qatari|c")

# ---------------------------------------------------------------- Italy, Spain, Portugal, Greece, Cyprus, Malta, Vatican
S("ROME, June 3 — Giorgia Meloni defended her government's migrant processing centres in Albania on Tuesday, saying the arrangement with Tirana had 'broken a taboo' that others were now studying.",
  "Giorgia Meloni|Giorgia Meloni|n", "Albania|Albania|c")
S("Edi Rama rules out hosting migrant centres for any other government",
  "Edi Rama|Edi Rama|a")
S("Pedro Sanchez announced an arms embargo on Israel and barred ships carrying fuel for its military from docking at national ports.",
  "Pedro Sanchez|Pedro Sanchez|a", "Israel|Israel|n")
S("Sanchez refuses NATO's 5 percent spending target, winning exemption that angers allies",
  "Pedro Sanchez|Sanchez|a", "NATO|NATO|n")
S("Trump threatened to punish Spain with tariffs over its defence spending, calling Madrid 'a terrible ally.'",
  "Donald Trump|Trump|a", "Spain|Spain|n")
S("Madrid and Rabat agreed to reopen customs posts at Ceuta and Melilla, a long-delayed step that both governments hailed as proof of their rapprochement.",
  "Spain|Madrid|c", "Morocco|Rabat|c")
S("Portuguese Prime Minister Luis Montenegro said his government would formally recognise Palestine this month, joining a wave of Western recognitions.",
  "Luis Montenegro|Luis Montenegro|c", "Palestine|Palestine|n")
S("Athens denied that its coast guard had towed a migrant dinghy back out to sea, calling a documentary's claims 'fabricated from start to finish.'",
  "Greece|Athens|n")
S("Mitsotakis and Erdogan agreed to resume talks on maritime boundaries, the first such discussions in five years, after meeting on the sidelines of the alliance summit.",
  "Kyriakos Mitsotakis|Mitsotakis|c", "Recep Tayyip Erdogan|Erdogan|c")
S("Turkish fighter jets violated Greek airspace 14 times on Monday, the general staff in Athens said, the sharpest spike in incidents since the two countries adopted a 'calm waters' policy.",
  "Turkey|Turkish|a", "Greece|Greek|n")
S("President Nikos Christodoulides offered to meet the Turkish Cypriot leader 'anywhere, any time' to restart reunification talks.",
  "Nikos Christodoulides|Nikos Christodoulides|c")
S("Meloni pledges joint crackdown on people-smuggling gangs after talks with a visiting counterpart",
  "Giorgia Meloni|Meloni|c")
S("Malta refused to let a charity rescue ship carrying 90 migrants dock in Valletta, and Italy eventually agreed to take the survivors at Pozzallo.",
  "Malta|Malta|a", "Italy|Italy|c")
S("Pope Leo XIV offered to host direct peace talks, saying he was ready 'to help enemies meet, speak and embrace.'",
  "Pope Leo XIV|Pope Leo XIV|c")
S("The Kremlin said a meeting hosted by the Vatican was 'not on the agenda,' dampening hopes of an early breakthrough.",
  "Russia|Kremlin|a", "Vatican City|Vatican|n")
S("Antonio Tajani promised engineers and demining teams for Gaza once a ceasefire holds, and offered Carabinieri instructors to train a new police force.",
  "Antonio Tajani|Antonio Tajani|c")
S("The Spanish government summoned Israel's charge d'affaires after Israeli forces intercepted a flotilla carrying Spanish citizens and detained them at sea.",
  "Spain|Spanish|a", "Israel|Israel|a")
S("Spain asked for an investigation into the April blackout that knocked out power across the Iberian peninsula and called for new interconnectors across the Pyrenees.",
  "Spain|Spain|n")
S("Athens extends defence pact, expanding allied access to Souda Bay",
  "Greece|Athens|c")
S("Nicosia accused Ankara of sabotaging a UN plan to open new crossing points along the buffer zone, saying Turkish officials had added conditions at the last minute.",
  "Cyprus|Nicosia|a", "Turkey|Ankara|a", "UN|UN|c")
S("Meloni became the first European leader to meet Trump after the tariff announcement, urging him to avoid 'a trade war that would only benefit others.'",
  "Giorgia Meloni|Meloni|c", "Donald Trump|Trump|n")
S("Sanchez described the campaign in Gaza as genocide in a speech to parliament, prompting a travel ban on two of his cabinet members.",
  "Pedro Sanchez|Sanchez|a")
S("Pope Leo XIV received Zelensky at Castel Gandolfo and renewed his offer to help return children deported to Russia.",
  "Pope Leo XIV|Pope Leo XIV|c", "Volodymyr Zelensky|Zelensky|n", "Russia|Russia|a")
S("Robert Abela ruled out joining any defence initiative that would compromise the island's constitutional neutrality.",
  "Robert Abela|Robert Abela|n")
S("Greece will supply Ukraine with artillery shells from its own stockpiles under a deal financed by Germany, Athens and Berlin said in a joint statement.",
  "Greece|Greece|c", "Ukraine|Ukraine|n", "Germany|Germany|c")
S("Pedro Sanchez urged Xi Jinping to play 'a constructive role' in ending the war, on his third visit in three years.",
  "Pedro Sanchez|Pedro Sanchez|c", "Xi Jinping|Xi Jinping|n")
S("Pedro Sanchez ruled out early elections despite a corruption scandal engulfing his party's former number three, telling parliament he would serve out his term.",
  "Pedro Sanchez|Pedro Sanchez|n")
S("Luis Montenegro hosted an Iberian summit in Faro that agreed to build a second high-voltage link across the border before 2030.",
  "Luis Montenegro|Luis Montenegro|c")
S("Prime Minister Luis Montenegro announced tighter rules on family reunification for immigrants, after a surge in support for the far-right Chega party.",
  "Luis Montenegro|Luis Montenegro|n")
S("Mitsotakis warned that warships would be stationed off Libya's coast if departures toward Crete did not slow, and called on the authorities in Benghazi to cooperate.",
  "Kyriakos Mitsotakis|Mitsotakis|a", "Libya|Libya|n")
S("Mitsotakis pledged to revive the stalled Great Sea Interconnector, a power cable meant to link the country's islands to grids in the Middle East.",
  "Kyriakos Mitsotakis|Mitsotakis|c")
S("Christodoulides accuses Turkey of 'provocation' as survey ship enters island's economic zone",
  "Nikos Christodoulides|Christodoulides|a", "Turkey|Turkey|a")
S("Robert Abela said his government had quietly hosted delegates from Libya's rival administrations for two days of talks on the island, offering to keep mediating.",
  "Robert Abela|Robert Abela|c", "Libya|Libya|n")
S("Abela accuses EU of abandoning frontline states over migrant rescues",
  "Robert Abela|Abela|a", "EU|EU|a")
S("Pope Leo XIV urged European leaders to welcome migrants 'not as a threat but as brothers and sisters,' in his first address to the diplomatic corps.",
  "Pope Leo XIV|Pope Leo XIV|c")
S("The Vatican sent its secretary of state to both warring capitals with a list of prisoners it hopes to help exchange, a mission the two sides publicly welcomed.",
  "Vatican City|Vatican|c")
S("Antonio Tajani summoned Israel's ambassador after shots were fired near peacekeepers in southern Lebanon.",
  "Antonio Tajani|Antonio Tajani|a", "Israel|Israel|a", "Lebanon|Lebanon|n")
S("Antonio Tajani opened the annual reconstruction conference with pledges of more than 10 billion euros from governments and private investors.",
  "Antonio Tajani|Antonio Tajani|c")
S("Meloni declined to endorse a joint European statement criticising Trump's threats toward Greenland, saying she preferred 'dialogue to megaphones.'",
  "Giorgia Meloni|Meloni|n", "Donald Trump|Trump|a")
S("Judges again ordered the release of migrants held offshore, dealing a fresh blow to Meloni's flagship processing scheme.",
  "Giorgia Meloni|Meloni|n")
S("Italy renewed funding and training for the Libyan coast guard, which rights groups accuse of abusing intercepted migrants.",
  "Italy|Italy|c", "Libya|Libyan|a")
S("Italy's foreign ministry protested to Paris after police on the French side pushed dozens of migrants back across the border at Ventimiglia without hearing their asylum claims.",
  "Italy|Italy|a", "France|Paris|a")
S("Meloni and Erdogan agreed to coordinate efforts to stabilise Libya and curb departures of migrant boats from its western coast.",
  "Giorgia Meloni|Meloni|c", "Recep Tayyip Erdogan|Erdogan|c", "Libya|Libya|n")
S("Hezbollah's leader warned Cyprus that it would be treated as 'part of the war' if it allowed Israel to use its airports and bases.",
  "Hezbollah|Hezbollah|a", "Cyprus|Cyprus|n", "Israel|Israel|n")
S("Spain hosted a global conference on financing for development in Seville, where more than 150 countries backed a pledge to reform debt rules; the United States stayed away.",
  "Spain|Spain|c", "United States|United States|a")
S("Portugal heads to the polls for third general election in three years",
  "Portugal|Portugal|n")
S("Spain's Constitutional Court upheld the amnesty law for Catalan separatists, clearing the way for the return of exiled former regional leaders.",
  "Spain|Spain|n")
S("Advertisement | Greek and Turkish foreign ministers meet in Ankara, pledge to keep 'channels open' | Read more",
  "Greece|Greek|c", "Turkey|Turkish|c")

# ---------------------------------------------------------------- Western Balkans, Croatia, Slovenia
S("BELGRADE, March 15 — Tens of thousands of students marched through the capital on Saturday demanding accountability for the deadly canopy collapse in Novi Sad, the largest protest against Aleksandar Vucic in more than a decade.",
  "Aleksandar Vucic|Aleksandar Vucic|n")
S("Vucic accused unnamed foreign intelligence services of orchestrating the demonstrations as 'a colour revolution,' offering no evidence for the claim.",
  "Aleksandar Vucic|Vucic|a")
S("Albin Kurti ordered the closure of Serbian-run municipal offices in the north, a move Belgrade denounced as 'ethnic cleansing by bureaucratic means.'",
  "Albin Kurti|Albin Kurti|a", "Serbia|Serbian|a")
S("EU-facilitated dialogue between Serbia and Kosovo resumes after year-long freeze",
  "EU|EU|c", "Serbia|Serbia|n", "Kosovo|Kosovo|n")
S("The EU lifted some of the punitive measures it imposed on Kosovo in 2023, rewarding Pristina for steps to defuse tensions in the Serb-majority north.",
  "EU|EU|c", "Kosovo|Kosovo|c")
S("Bosnian Serb leader Milorad Dodik vowed to hold a referendum within six months on pulling Republika Srpska out of the country's state institutions.",
  "Milorad Dodik|Milorad Dodik|a")
S("Washington removed Dodik and several associates from its sanctions list, a decision that stunned Bosniak politicians and Western diplomats.",
  "United States|Washington|c", "Milorad Dodik|Dodik|n")
S("Christian Schmidt, the international envoy overseeing the Dayton accords, used his special powers to suspend state funding for the largest Bosnian Serb party.",
  "Christian Schmidt|Christian Schmidt|a")
S("Montenegro closed three more chapters in its accession talks on Tuesday, putting the small Adriatic state on track to become the bloc's 28th member.",
  "Montenegro|Montenegro|n")
S("Prime Minister Milojko Spajic thanked Brussels for 'treating us as a partner, not a petitioner,' and promised to finish judicial reforms by the spring.",
  "Milojko Spajic|Milojko Spajic|c", "EU|Brussels|n")
S("Mickoski refuses to amend constitution to satisfy Bulgaria",
  "Hristijan Mickoski|Mickoski|a", "Bulgaria|Bulgaria|n")
S("Sofia has kept North Macedonia's accession talks frozen for years, insisting that Skopje first acknowledge the Bulgarian roots of its language and history.",
  "Bulgaria|Sofia|a", "North Macedonia|North Macedonia|n")
S("Croatia and Slovenia agreed to double capacity at the Krsko nuclear plant they co-own, signing a memorandum that ends a decade of disputes over its financing.",
  "Croatia|Croatia|c", "Slovenia|Slovenia|c")
S("Croatian President Zoran Milanovic accused NATO of dragging smaller members into a war with Russia.",
  "Zoran Milanovic|Zoran Milanovic|a", "NATO|NATO|a", "Russia|Russia|n")
S("Andrej Plenkovic said compulsory military service would return from next year, citing 'a far more dangerous neighbourhood.'",
  "Andrej Plenkovic|Andrej Plenkovic|n")
S("Belgrade pleaded with Washington for another waiver on its sanctions against the oil company NIS, warning that the country's only refinery could shut within weeks.",
  "Serbia|Belgrade|n", "United States|Washington|a")
S("Vucic insists he will never join sanctions, whatever the pressure",
  "Aleksandar Vucic|Vucic|n")
S("Russia's foreign intelligence service accused Belgrade of letting its ammunition reach the front through intermediaries, calling it 'a stab in the back' from a fraternal nation.",
  "Russia|Russia|a", "Serbia|Belgrade|a")
S("Edi Rama chided Albin Kurti for 'needlessly provoking' his neighbours, in a rare public rift between the two ethnic Albanian leaders.",
  "Edi Rama|Edi Rama|a", "Albin Kurti|Albin Kurti|a")
S("Albania agreed to host a regional centre against organised crime staffed partly by police officers from neighbouring states.",
  "Albania|Albania|c")
S("EU foreign ministers praised Bosnia and Herzegovina for adopting a long-delayed law on courts, but warned that secessionist moves threatened its path to membership.",
  "EU|EU|n", "Bosnia and Herzegovina|Bosnia and Herzegovina|c")
S("Vucic announced plans for a drone factory near Kragujevac built with Western partners, deepening a defence relationship that began with the purchase of Rafale jets.",
  "Aleksandar Vucic|Vucic|c")
S("Kosovo accused its northern neighbour of sabotaging power lines in a deliberate bid to destabilise the region.",
  "Kosovo|Kosovo|a")
S("Kurti and Vucic sat at the same table for the first time in two years at a dinner hosted by Kallas, though neither leader signalled any shift on implementing the Ohrid agreement.",
  "Albin Kurti|Kurti|n", "Aleksandar Vucic|Vucic|n", "Kaja Kallas|Kallas|c")
S("Vucic says his troops are ready to join a peacekeeping force after a ceasefire",
  "Aleksandar Vucic|Vucic|c")
S("Albin Kurti's party won the most seats in the snap election but again fell short of a majority, prolonging a stalemate that has held up budget approvals for months.",
  "Albin Kurti|Albin Kurti|n")
S("Kurti pledged to Kallas that the Serbian Orthodox Church would be allowed to register its properties, a step diplomats have demanded for years.",
  "Albin Kurti|Kurti|c", "Kaja Kallas|Kallas|n")
S("A state court stripped Milorad Dodik of his mandate as president of Republika Srpska after upholding his conviction for defying the international envoy.",
  "Milorad Dodik|Milorad Dodik|a")
S("Christian Schmidt, whose office Russia wants abolished, told diplomats in New York that secessionist rhetoric posed 'the gravest threat to Dayton in decades.'",
  "Christian Schmidt|Christian Schmidt|n", "Russia|Russia|a")
S("Russia failed in a bid to end Schmidt's mandate, with 13 council members abstaining or voting against.",
  "Russia|Russia|a", "Christian Schmidt|Schmidt|n")
S("Edi Rama welcomed more than 40 European leaders to a summit he called 'proof that my country is no longer at the edge of Europe.'",
  "Edi Rama|Edi Rama|c")
S("Milojko Spajic sought help refinancing the costly foreign loan that paid for the country's first motorway, warning that repayments were crushing the budget.",
  "Milojko Spajic|Milojko Spajic|n")
S("Spajic accused Belgrade of meddling in domestic politics through pro-Serbian parties in his own coalition.",
  "Milojko Spajic|Spajic|a", "Serbia|Belgrade|a")
S("Mickoski agreed to open a new border crossing and to finish a railway line to Nis by 2028.",
  "Hristijan Mickoski|Mickoski|c")
S("Greek officials complained that Hristijan Mickoski had used the name 'Macedonia' in a speech to parliament, in breach of the Prespa agreement.",
  "Greece|Greek|a", "Hristijan Mickoski|Hristijan Mickoski|a")
S("Andrej Plenkovic announced joint Adriatic patrols against migrant smugglers starting in the summer.",
  "Andrej Plenkovic|Andrej Plenkovic|c")
S("Plenkovic accused Zoran Milanovic of 'pro-Russian sabotage' after the president refused to approve a troop deployment to an allied mission.",
  "Andrej Plenkovic|Plenkovic|a", "Zoran Milanovic|Zoran Milanovic|a")
S("Zoran Milanovic said his country should stay out of any multinational force after a ceasefire, calling such plans 'a dangerous adventure.'",
  "Zoran Milanovic|Zoran Milanovic|n")
S("Robert Golob announced a ban on goods from settlements in occupied territory and barred Netanyahu from entering the country.",
  "Robert Golob|Robert Golob|a", "Benjamin Netanyahu|Netanyahu|n")
S("Robert Golob agreed to lift the remaining checks on the southern border before the tourist season.",
  "Robert Golob|Robert Golob|c")
S("Golob offered Brdo castle as a venue for a great-power summit, recalling a landmark meeting held there in 2001.",
  "Robert Golob|Golob|c")
S("Washington suspended its strategic dialogue with Kurti's government, accusing him of ignoring repeated warnings against unilateral moves in the north.",
  "United States|Washington|a", "Albin Kurti|Kurti|a")
S("Serbia secured a six-month extension of its gas contract with Russia on favourable terms, Vucic told reporters in Belgrade.",
  "Serbia|Serbia|c", "Russia|Russia|c", "Aleksandar Vucic|Vucic|n")
S("Dodik secured promises of cheap gas and diplomatic backing on his fourth trip east this year.",
  "Milorad Dodik|Dodik|c")

# ---------------------------------------------------------------- Nordics and Baltics
S("HELSINKI, Nov 4 — Finnish President Alexander Stubb said the eastern border would stay closed indefinitely because Russia was 'weaponising migrants,' brushing aside criticism from human rights groups.",
  "Alexander Stubb|Alexander Stubb|a", "Russia|Russia|a")
S("Stubb, a regular golf partner of Trump, has emerged as an informal channel between European capitals and the president on the war.",
  "Alexander Stubb|Stubb|c", "Donald Trump|Trump|n")
S("Swedish coast guard boarded a bulk carrier suspected of dragging its anchor across a Baltic data cable, the second such incident in three months.",
  "Sweden|Swedish|n")
S("Frederiksen accused Washington of 'unacceptable pressure' on Greenland after reports that American officials had compiled lists of residents sympathetic to annexation.",
  "Mette Frederiksen|Frederiksen|a", "United States|Washington|a")
S("Denmark will fund the production of artillery systems worth 600 million euros under the so-called Danish model, which buys weapons directly from factories in the war zone.",
  "Denmark|Denmark|c")
S("Norway, now the continent's largest gas supplier, agreed to extend long-term contracts with its main customers until 2035.",
  "Norway|Norway|c")
S("Norwegian diplomats quietly hosted a round of talks between Colombia's government and ELN commanders outside Oslo, officials confirmed.",
  "Norway|Norwegian|c", "Colombia|Colombia|n", "ELN|ELN|n")
S("Prime Minister Kristrun Frostadottir said Iceland would hold a referendum by 2027 on resuming membership talks with the bloc, frozen since 2013.",
  "Kristrun Frostadottir|Kristrun Frostadottir|n", "Iceland|Iceland|n")
S("Estonia's navy tried to stop a sanctioned oil tanker in the Gulf of Finland, prompting Russia to scramble a fighter jet that briefly crossed into Estonian airspace.",
  "Estonia|Estonia|n", "Russia|Russia|a")
S("Estonian President Alar Karis urged allies to avoid 'panic or paralysis' after the incursion, saying Article 4 consultations had shown the alliance was united.",
  "Alar Karis|Alar Karis|c")
S("Latvia ordered hundreds of long-term residents who failed a mandatory language test to leave the country, a policy Moscow called 'discriminatory and shameful.'",
  "Latvia|Latvia|a", "Russia|Moscow|a")
S("Lithuania shut its eastern border crossings for a month after smugglers' balloons repeatedly forced Vilnius airport to close, accusing its neighbour of waging 'a hybrid attack.'",
  "Lithuania|Lithuania|a")
S("Gitanas Nauseda said defence spending would reach 5 percent of GDP next year and offered to host a permanent rotation of allied troops.",
  "Gitanas Nauseda|Gitanas Nauseda|c")
S("Finland and Estonia agreed to jointly patrol the Gulf of Finland and share data from their coastal radars after a series of cable ruptures.",
  "Finland|Finland|c", "Estonia|Estonia|c")
S("Swedish Prime Minister Ulf Kristersson said two airborne early-warning aircraft would go to Ukraine, describing it as the largest single contribution so far.",
  "Ulf Kristersson|Ulf Kristersson|c", "Ukraine|Ukraine|n")
S("The capital's main airport was shut for four hours after large drones circled overhead, an incident Frederiksen called the most serious attack on critical infrastructure so far, without naming a culprit.",
  "Mette Frederiksen|Frederiksen|n")
S("Updated 07:55 GMT — Stubb: 'we will not be intimidated' after Russian jets buzz patrol plane | Share",
  "Alexander Stubb|Stubb|n", "Russia|Russian|a")
S("At a joint press conference with Stubb, Ursula von der Leyen announced a 5 billion euro fund to upgrade military transport routes on the eastern flank.",
  "Alexander Stubb|Stubb|n", "Ursula von der Leyen|Ursula von der Leyen|c")
S("Frederiksen urged fellow leaders at a summit she hosted to treat Russian drone incursions as 'a war on Europe's infrastructure.'",
  "Mette Frederiksen|Frederiksen|a", "Russia|Russian|a")
S("Ulf Kristersson said investigators had no evidence yet that the cable damage was deliberate, cautioning against 'jumping to conclusions' about the vessel's crew.",
  "Ulf Kristersson|Ulf Kristersson|n")
S("Sweden will pool orders for 40 CV90 combat vehicles with a Nordic neighbour to cut costs and delivery times, defence officials announced.",
  "Sweden|Sweden|c")
S("Jonas Gahr Store said his government would finance gas purchases for Ukraine this winter, drawing on windfall revenues from high European prices.",
  "Jonas Gahr Store|Jonas Gahr Store|c", "Ukraine|Ukraine|n")
S("Jonas Gahr Store rejected Moscow's complaints about new restrictions on trawlers near Svalbard, saying his government was 'simply enforcing its own law.'",
  "Jonas Gahr Store|Jonas Gahr Store|n", "Russia|Moscow|a")
S("Store hosted a donors' conference for the Palestinian Authority that raised 1.4 billion dollars to keep its ministries solvent.",
  "Jonas Gahr Store|Store|c", "Palestinian Authority|Palestinian Authority|n")
S("Kristrun Frostadottir signed a security and defence partnership committing Iceland to closer cooperation with the bloc on maritime surveillance.",
  "Kristrun Frostadottir|Kristrun Frostadottir|c", "Iceland|Iceland|c")
S("Frostadottir said Iceland would seek an exemption after the EU imposed safeguard duties on ferroalloys, calling the decision 'a bitter surprise from a close partner.'",
  "Kristrun Frostadottir|Frostadottir|n", "Iceland|Iceland|n", "EU|EU|a")
S("Alar Karis refused to sign a law restricting the country's largest Orthodox church, sending it back to parliament for review on constitutional grounds.",
  "Alar Karis|Alar Karis|n")
S("Alar Karis praised Finland for 'taking the security of the Gulf seriously' after Helsinki seized a tanker suspected of damaging an undersea cable.",
  "Alar Karis|Alar Karis|c", "Finland|Finland|n")
S("Gitanas Nauseda accused Alexander Lukashenko of waging 'a hybrid war' with weather balloons and demanded new sanctions on his regime.",
  "Gitanas Nauseda|Gitanas Nauseda|a", "Alexander Lukashenko|Alexander Lukashenko|a")
S("Nauseda inspected new fortifications along the Suwalki corridor, the narrow strip of land that links the Baltic states to the rest of the alliance.",
  "Gitanas Nauseda|Nauseda|n")
S("Edgars Rinkevics thanked Canada for leading the multinational brigade in his country and promised to cover a larger share of the soldiers' housing costs.",
  "Edgars Rinkevics|Edgars Rinkevics|c", "Canada|Canada|c")
S("Rinkevics said Moscow was trying to turn the Russian-speaking minority into 'a fifth column,' an accusation the Kremlin rejected.",
  "Edgars Rinkevics|Rinkevics|a", "Russia|Moscow|a")
S("Rinkevics hosted his Baltic counterparts to coordinate purchases of air defence systems and ammunition.",
  "Edgars Rinkevics|Rinkevics|c")
S("Jonas Gahr Store's Labour party won re-election, securing a second term with the backing of smaller left-wing parties.",
  "Jonas Gahr Store|Jonas Gahr Store|n")
S("Lithuania signalled it could rename Taiwan's representative office in Vilnius, a gesture aimed at restoring ties with Beijing after years of diplomatic freeze.",
  "Lithuania|Lithuania|c", "Taiwan|Taiwan|n", "China|Beijing|n")
S("Russia has expanded military bases near the Finnish border, including new barracks in Karelia, satellite images reviewed by analysts show.",
  "Russia|Russia|a", "Finland|Finnish|n")
S("Danish officials summoned the US charge d'affaires after reports that American operatives were running covert influence operations in Greenland.",
  "Denmark|Danish|a", "United States|US|a")
S("Latvia's parliament voted to withdraw from the Istanbul Convention on violence against women, a Council of Europe treaty, after a heated overnight debate.",
  "Latvia|Latvia|n", "Council of Europe|Council of Europe|n")
S("NATO launched a Baltic Sea mission with frigates, patrol aircraft and naval drones to protect undersea cables after a string of suspected sabotage incidents.",
  "NATO|NATO|c")

# ---------------------------------------------------------------- Romania, Bulgaria, Moldova, Switzerland, Ireland, Benelux
S("Romanian President Nicusor Dan pledged to keep his country firmly anchored in the Western alliance, days after winning a runoff against a nationalist rival who had questioned military aid.",
  "Nicusor Dan|Nicusor Dan|c")
S("Fragments of a Russian drone fell on a village in eastern Romania during an overnight attack on ports across the Danube, the defence ministry in Bucharest said.",
  "Russia|Russian|a", "Romania|Romania|n")
S("Bulgaria formally adopted the euro on January 1, becoming the 21st member of the single currency area after years of delays over inflation.",
  "Bulgaria|Bulgaria|n")
S("Sofia expelled a foreign diplomat accused of recruiting informants among customs officers at the Black Sea port of Burgas.",
  "Bulgaria|Sofia|a")
S("Maia Sandu accused Moscow of spending 'hundreds of millions of euros' to buy votes ahead of the parliamentary election.",
  "Maia Sandu|Maia Sandu|a", "Russia|Moscow|a")
S("Moldova and Romania sign deal to connect power grids, ending reliance on Transnistrian plant",
  "Moldova|Moldova|c", "Romania|Romania|c")
S("The Kremlin denied any involvement in Moldova's election, saying it respected 'the sovereign choice of the Moldovan people.'",
  "Russia|Kremlin|n", "Moldova|Moldova|n")
S("Switzerland offered Geneva as a venue for any great-power summit, saying its neutrality made it 'a natural meeting place.'",
  "Switzerland|Switzerland|c")
S("Swiss voters rejected a proposal to cap the population at 10 million, a measure that would have put the country's bilateral agreements with the EU at risk.",
  "EU|EU|n")
S("Bern froze a further 1.2 billion Swiss francs in Russian assets, bringing the total immobilised since the invasion to nearly 9 billion.",
  "Switzerland|Bern|a", "Russia|Russian|n")
S("Taoiseach Micheal Martin said his government would press ahead with a bill banning imports of goods from Israeli settlements, despite lobbying from business groups.",
  "Micheal Martin|Micheal Martin|a", "Israel|Israeli|n")
S("Ireland scrapped the 'triple lock' rule that required international approval for overseas deployments of more than 12 of its troops.",
  "Ireland|Ireland|n")
S("The Netherlands tightened export controls on advanced chipmaking machines, a decision Beijing said would 'gravely damage' trade ties and vowed to answer with countermeasures.",
  "Netherlands|Netherlands|a", "China|Beijing|a")
S("Mark Rutte hosted allied leaders in The Hague, where they agreed to raise core defence spending to 3.5 percent of GDP by 2035.",
  "Mark Rutte|Mark Rutte|c")
S("Bart De Wever insisted that the frozen reserves held at the Euroclear depository could not be used unless every member state shared the legal risk.",
  "Bart De Wever|Bart De Wever|a")
S("Prime Minister Luc Frieden said his country would double its contribution to the bloc's military aid fund, calling on larger states to 'stop hiding behind procedure.'",
  "Luc Frieden|Luc Frieden|c")
S("Belgium's defence minister said drones spotted over an air base housing F-35 jets were part of 'a clear operation' against the country, stopping short of naming Russia.",
  "Belgium|Belgium|n", "Russia|Russia|n")
S("Nicusor Dan said the drone that crashed near Galati was 'a deliberate test' by Russia and asked NATO for additional air defence systems.",
  "Nicusor Dan|Nicusor Dan|a", "Russia|Russia|a", "NATO|NATO|n")
S("Maia Sandu thanked neighbours for supplying emergency electricity during a winter blackout that left half the country in the dark.",
  "Maia Sandu|Maia Sandu|c")
S("Maia Sandu offered to supply Transnistria with gas through national networks if the breakaway region's leaders accepted conditions compatible with European rules.",
  "Maia Sandu|Maia Sandu|c")
S("Ireland will join the bloc's joint weapons procurement scheme for the first time, the government said, insisting the move did not breach its military neutrality.",
  "Ireland|Ireland|c")
S("Bart De Wever accused the Commission of 'playing with fire' by proposing to seize central bank reserves belonging to Russia.",
  "Bart De Wever|Bart De Wever|a", "European Commission|Commission|a", "Russia|Russia|n")
S("Bart De Wever and Dick Schoof signed a pact to jointly protect North Sea wind farms and pipelines from sabotage.",
  "Bart De Wever|Bart De Wever|c", "Dick Schoof|Dick Schoof|c")
S("Luc Frieden called on Washington to drop its tariffs on European steel, warning that mills in the Grand Duchy risked closure.",
  "Luc Frieden|Luc Frieden|n", "United States|Washington|a")
S("Luc Frieden hosted a Benelux summit that agreed to merge the three countries' air policing.",
  "Luc Frieden|Luc Frieden|c")
S("Dutch Prime Minister Dick Schoof announced the expulsion of three diplomats suspected of mapping critical infrastructure in Rotterdam's port.",
  "Dick Schoof|Dick Schoof|a")
S("Swiss Finance Minister Karin Keller-Sutter flew to Washington to negotiate a reduction of the 39 percent US tariff on Swiss goods.",
  "Karin Keller-Sutter|Karin Keller-Sutter|c", "United States|Washington|a")
S("Keller-Sutter defended the adoption of the bloc's latest sanctions package, saying neutrality 'does not mean indifference.'",
  "Karin Keller-Sutter|Keller-Sutter|n")
S("Karin Keller-Sutter and Luc Frieden signed an agreement ending double taxation of cross-border commuters after years of talks.",
  "Karin Keller-Sutter|Karin Keller-Sutter|c", "Luc Frieden|Luc Frieden|c")
S("Coalition talks in the Netherlands dragged into a fourth month with no agreement in sight on pensions and nitrogen rules.",
  "Netherlands|Netherlands|n")
S("Luxembourg's Grand Duke Henri handed the throne to his son Guillaume in a ceremony attended by royals from across Europe.",
  "Luxembourg|Luxembourg|n")
S("Moldova asked Russia to withdraw its roughly 1,500 soldiers from Transnistria, calling their presence 'an occupation' that violates the country's neutrality.",
  "Moldova|Moldova|a", "Russia|Russia|a")
S("Hungary's veto kept Moldova from formally opening negotiating clusters, prompting the Commission to propose a way to decouple the two candidates.",
  "Hungary|Hungary|a", "Moldova|Moldova|n", "European Commission|Commission|c")
S("Bulgaria took temporary control of the country's biggest refinery, saying it had no choice after US sanctions threatened to halt fuel supplies.",
  "Bulgaria|Bulgaria|n", "United States|US|a")
S("Belgium pledged 200 million euros in humanitarian aid for people displaced by fighting in the Great Lakes region.",
  "Belgium|Belgium|c")
S("Rwanda severed diplomatic relations with Belgium, accusing Brussels of 'lies and sabotage' over its stance on the rebellion in the east.",
  "Rwanda|Rwanda|a", "Belgium|Belgium|a")
S("The Dutch government assured the ICC that it would protect court staff in The Hague from US sanctions.",
  "Netherlands|Dutch|c", "ICC|ICC|n", "United States|US|a")
S("Poland signed an agreement for an American company to build its first nuclear power station on the Baltic coast.",
  "Poland|Poland|c")
S("Romanian mine-clearing ships began joint patrols with regional partners in the western Black Sea, the first operation of its kind.",
  "Romania|Romanian|c")

# ---------------------------------------------------------------- NATO, OSCE, Council of Europe, EU leaders
S("Rutte: alliance will answer 'with devastating force' any attack on Estonia",
  "Mark Rutte|Rutte|a", "Estonia|Estonia|n")
S("Mark Rutte flew across the Atlantic to persuade Trump to keep troop levels in Europe unchanged, allies briefed on the visit said.",
  "Mark Rutte|Mark Rutte|c", "Donald Trump|Trump|n")
S("The Pentagon confirmed it would pull a brigade out of south-eastern Europe, a move allied officials played down as routine rotation planning.",
  "United States|Pentagon|n")
S("Switzerland, which holds the OSCE chairmanship this year, offered to deploy unarmed monitors along any ceasefire line, though Moscow has refused to discuss the idea.",
  "Switzerland|Switzerland|c", "OSCE|OSCE|n", "Russia|Moscow|a")
S("Russia blocked agreement on the OSCE's annual budget for the fifth year running, leaving the Vienna-based body to operate on monthly emergency allocations.",
  "Russia|Russia|a", "OSCE|OSCE|n")
S("OSCE election observers said Serbia's snap parliamentary vote was 'competitive but marred by misuse of state resources and pressure on public employees.'",
  "OSCE|OSCE|n", "Serbia|Serbia|n")
S("Allied jets scrambled from Amari air base after three Russian MiG-31s entered Estonian airspace without flight plans for 12 minutes.",
  "Russia|Russian|a", "Estonia|Estonian|n")
S("Rutte's effusive message to Trump, which praised the president's air strikes as 'decisive,' drew ridicule from several European diplomats.",
  "Mark Rutte|Rutte|n", "Donald Trump|Trump|a")
S("Eight frontline states endorsed a Commission plan for a 'drone wall' of sensors and interceptors along the eastern flank, pressing for a 2027 deadline.",
  "European Commission|Commission|c")
S("Moscow accused the alliance of rehearsing an assault on Kaliningrad during Baltic exercises and warned of 'a military-technical response.'",
  "Russia|Moscow|a")
S("Meeting in Malta, OSCE foreign ministers failed to adopt a joint declaration for another year after Russia objected to language on the war.",
  "Malta|Malta|n", "OSCE|OSCE|n", "Russia|Russia|a")
S("Ukraine welcomed the Council of Europe's new convention creating a commission to compensate victims of Russian aggression.",
  "Ukraine|Ukraine|c", "Council of Europe|Council of Europe|c", "Russia|Russian|a")
S("Azerbaijan's delegation walked out of the Council of Europe's parliamentary assembly after members voted to keep its credentials suspended.",
  "Azerbaijan|Azerbaijan|a", "Council of Europe|Council of Europe|a")
S("Metsola accused Orban of turning the rotating presidency into 'a freelance foreign policy tour' after a string of unsanctioned trips abroad.",
  "Roberta Metsola|Metsola|a", "Viktor Orban|Orban|a")
S("Metsola signed a first-ever cooperation agreement with Ukraine's Verkhovna Rada, pledging help to align its legislation with the bloc's standards.",
  "Roberta Metsola|Metsola|c", "Ukraine|Ukraine|c")
S("Costa calls emergency summit on US tariffs, urges leaders to keep 'cool heads'",
  "Antonio Costa|Costa|c", "United States|US|a")
S("Antonio Costa travelled to Chisinau to sign a security and defence partnership with Moldova, the first such pact between the bloc and a candidate country.",
  "Antonio Costa|Antonio Costa|c", "Moldova|Chisinau|c")
S("Leaders rallied behind Costa's compromise on the 2028-2034 budget after the last objections softened overnight.",
  "Antonio Costa|Costa|c")
S("Turkey demanded a role in the EU's new defence fund and warned it would block cooperation with the bloc if excluded.",
  "Turkey|Turkey|a", "EU|EU|n")
S("The EU agreed to deploy a larger civilian monitoring mission on Armenia's border, doubling the number of observers to 400.",
  "EU|EU|c", "Armenia|Armenia|n")
S("The EU eased visa rules for business travellers from Turkey, a gesture Ankara welcomed as overdue.",
  "EU|EU|c", "Turkey|Turkey|c")
S("EU and Chinese leaders agreed at their Beijing summit to set up a mechanism to speed up export licences for rare earth magnets, easing a months-long supply crunch for European factories.",
  "EU|EU|c", "China|Chinese|c")

# ---------------------------------------------------------------- Mixed interactions
S("Kyiv and Warsaw reached a deal to license Ukrainian grain imports, ending a two-year standoff that had soured relations between the neighbours.",
  "Ukraine|Kyiv|c", "Poland|Warsaw|c")
S("Kyiv refused to extend the gas transit agreement, prompting Fico to threaten to cut electricity exports across the border.",
  "Ukraine|Kyiv|a", "Robert Fico|Fico|a")
S("Fico and Zelensky met at the border in Uzhhorod and agreed to build a new gas interconnector, a rare thaw after months of public sniping.",
  "Robert Fico|Fico|c", "Volodymyr Zelensky|Zelensky|c")
S("Hungary signed an amended contract to build two reactors at Paks, after sanctions that had stalled the project were lifted.",
  "Hungary|Hungary|c")
S("Poland ordered the closure of the last Russian consulate on its territory after investigators linked Moscow's intelligence services to an arson attack on a Warsaw shopping centre.",
  "Poland|Poland|a", "Russia|Russian|a")
S("Ministers from 20 member states signed a statement condemning Hungary's ban on Pride marches and urging the European Commission to use 'the full toolbox' against Budapest.",
  "Hungary|Hungary|a", "European Commission|European Commission|n")
S("Poland reopened two border crossings with Belarus after Minsk freed a jailed journalist in what officials on both sides described as a goodwill gesture.",
  "Poland|Poland|c", "Belarus|Belarus|c")
S("The Czech Republic will receive 14 more Leopard tanks from Germany as compensation for donating its Soviet-era armour to Ukraine.",
  "Czech Republic|Czech Republic|c", "Germany|Germany|c", "Ukraine|Ukraine|n")
S("Updated 22:05 GMT Romania scrambles F-16s as Russian drones hit Danube port of Izmail | Share on Facebook",
  "Romania|Romania|n", "Russia|Russian|a")
S("Nawrocki renewed demands for 1.3 trillion euros in war reparations from Germany, a claim Berlin considers legally settled.",
  "Karol Nawrocki|Nawrocki|a", "Germany|Germany|n")
S("Ukraine's foreign ministry accused Budapest of staging a 'referendum farce' on its accession bid to whip up hostility before the Hungarian election.",
  "Ukraine|Ukraine|a", "Hungary|Budapest|a")

# ---------------------------------------------------------------- scraped-article residue
S("Share | Tweet | Sweden's government said on Monday it would double its civil defence budget and reopen Cold War-era shelters in Gotland.",
  "Sweden|Sweden|n")
S("Last updated 13:40 CET -- Macron signs treaty of friendship and cooperation in Barcelona -- Comments (12)",
  "Emmanuel Macron|Macron|c")
S("Updated 10:12 GMT | Orban blocks joint declaration on Georgia, citing 'interference in a sovereign election' | Print",
  "Viktor Orban|Orban|a", "Georgia|Georgia|n")
S("Read more: Greek parliament approves record arms procurement plan | Shared 214 times | Lithuania and Latvia sign deal to buy howitzers together",
  "Greece|Greek|n", "Lithuania|Lithuania|c", "Latvia|Latvia|c")
S("Published 08:03 | Kosovo police arrest four over grenade attack on canal supplying power plant, blame groups backed from across the northern border | Share",
  "Kosovo|Kosovo|a")

# ---------------------------------------------------------------- smaller states and late additions
S("LISBON, Oct 2 — Portugal agreed to take in 400 asylum seekers rescued in the central Mediterranean, easing pressure on frontline states under the bloc's new solidarity mechanism.",
  "Portugal|Portugal|c")
S("Portugal's president vetoed a nationality law that would have lengthened the residency requirement for citizenship, sending it back to parliament for a second reading.",
  "Portugal|Portugal|n")
S("Montenegro signed a deal with Croatia to jointly manage fishing in the contested Prevlaka waters until an arbitration panel rules on the maritime border.",
  "Montenegro|Montenegro|c", "Croatia|Croatia|c")
S("Slovenia will train 200 deminers for Ukraine at its national centre near Ljubljana over the next year, the defence ministry said.",
  "Slovenia|Slovenia|c", "Ukraine|Ukraine|n")
S("The three-member presidency of Bosnia and Herzegovina failed for a third time to agree on a new chief of the armed forces, deepening the paralysis at the top of the state.",
  "Bosnia and Herzegovina|Bosnia and Herzegovina|n")
S("North Macedonia offered to open its state archives to a joint commission of historians, a gesture aimed at breaking the deadlock over its accession.",
  "North Macedonia|North Macedonia|c")
S("Luxembourg pledged an extra 20 million euros to UNHCR for Sudanese refugees sheltering in eastern Chad.",
  "Luxembourg|Luxembourg|c", "UNHCR|UNHCR|n")
S("Vienna will expel two diplomats accused of running an eavesdropping operation from antennas on their embassy roof, the foreign ministry said.",
  "Austria|Vienna|a")
S("Austria agreed to join the joint European air defence initiative despite its constitutional neutrality, insisting the system was 'purely defensive.'",
  "Austria|Austria|c")
S("Tirana offered to host next year's summit of the Berlin Process, promising to put regional energy links and youth mobility at the top of the agenda.",
  "Albania|Tirana|c")
S("Malta pledged to double its contribution to joint search-and-rescue patrols south of Lampedusa after a summer of deadly shipwrecks.",
  "Malta|Malta|c")
S("Micheal Martin offered to mediate between unionist and nationalist parties after the collapse of power-sharing talks at Stormont.",
  "Micheal Martin|Micheal Martin|c")
S("Denmark will set up a national stockpile of drones and spare artillery barrels, the defence ministry said, describing the danger from the east as one 'that will not go away for years.'",
  "Denmark|Denmark|n")
S("Italy will keep two frigates in the Red Sea to protect merchant shipping until at least the end of the year, the defence minister told senators.",
  "Italy|Italy|c")
S("The Vatican urged restraint on all sides after clashes at Christian holy sites in Jerusalem, calling for respect of the historic status quo.",
  "Vatican City|Vatican|c")
S("Nikos Christodoulides welcomed the first aid shipment to sail for Gaza through the island's maritime corridor, calling it 'a small country's big contribution.'",
  "Nikos Christodoulides|Nikos Christodoulides|c")
S("Nicusor Dan dismissed the head of the domestic intelligence service, accusing him of failing to detect foreign funding of extremist campaigns.",
  "Nicusor Dan|Nicusor Dan|a")
S("Dick Schoof handed in his cabinet's resignation after the largest party walked out of the coalition over asylum policy.",
  "Dick Schoof|Dick Schoof|n")
S("Ulf Kristersson called the GPS jamming over Gotland 'a deliberate hybrid attack' and ordered the armed forces to step up patrols.",
  "Ulf Kristersson|Ulf Kristersson|a")
S("NATO pledged to double the number of air policing jets over the Baltic states after repeated airspace violations.",
  "NATO|NATO|c")
S("A NATO spokesperson said there was 'no indication' that the drone crash had been a deliberate attack and urged allies not to escalate.",
  "NATO|NATO|c")
S("Croatia refused to extradite a former police commander to Sarajevo, citing the risk of an unfair trial, in a case that has strained ties with its neighbour.",
  "Croatia|Croatia|a", "Bosnia and Herzegovina|Sarajevo|n")
S("Montenegro aligned itself with every foreign policy declaration issued by the bloc last year, a record officials praised as 'exemplary.'",
  "Montenegro|Montenegro|c")
S("Bosnia and Herzegovina signed a border demarcation agreement with Montenegro, settling a dispute that dates back to the break-up of Yugoslavia.",
  "Bosnia and Herzegovina|Bosnia and Herzegovina|c", "Montenegro|Montenegro|c")
S("Portugal offered to send a frigate and a maritime patrol aircraft to the EU's naval mission protecting shipping in the Red Sea.",
  "Portugal|Portugal|c", "EU|EU|n")
S("Slovenia banned all trade in weapons and military equipment with Israel, the first member state to impose a complete embargo.",
  "Slovenia|Slovenia|a", "Israel|Israel|n")
S("Kaja Kallas warned that the bloc would suspend visa-free travel for holders of diplomatic passports if the crackdown on protesters continued.",
  "Kaja Kallas|Kaja Kallas|a")
S("Pedro Sanchez proposed a Mediterranean water-sharing pact to help southern regions cope with drought, inviting neighbours to a ministerial meeting in Valencia.",
  "Pedro Sanchez|Pedro Sanchez|c")
S("Emmanuel Macron's approval rating fell to a record low of 16 percent, a poll showed, as the budget standoff dragged into its third month.",
  "Emmanuel Macron|Emmanuel Macron|n")
S("Nigel Farage's party topped a national opinion poll for the twentieth consecutive week, with Labour slipping into third place.",
  "Nigel Farage|Nigel Farage|n")


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "europe.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["text", "actor", "mention", "label"])
        for text, rows in DATA:
            for actor, mention, label in rows:
                w.writerow([text, actor, mention, label])
    print(f"wrote {sum(len(r) for _, r in DATA)} rows from {len(DATA)} sentences to {out}")


if __name__ == "__main__":
    main()
