#!/usr/bin/env python3
"""Generator for eurasia.csv: hand-written framing sentences for Russia, Ukraine, Belarus,
the South Caucasus, Central Asia, Turkey, Mongolia and the bodies around them.
Rows are kept here as Python data; running this script writes eurasia.csv next to it."""
import csv
import os

LABELS = {"C": "cooperative", "A": "adversarial", "N": "neutral"}
S = []  # list of (text, [(actor, mention, label_code), ...])


def add(text, *rows):
    S.append((text, list(rows)))


# ---------------------------------------------------------------- Russia / Ukraine war
add("LVIV, Dec. 13 — Russian forces launched a wave of drones and cruise missiles at energy facilities in the Lviv and Volyn regions overnight, leaving tens of thousands of households without heating, officials said.",
    ("Russia", "Russian", "A"))
add("Kyiv says air defences downed 41 of 56 drones launched overnight",
    ("Ukraine", "Kyiv", "N"))
add("Ukrainian drones struck an oil depot in the Bryansk region early on Tuesday, sparking a fire that burned for several hours, according to the regional governor.",
    ("Ukraine", "Ukrainian", "A"))
add("ZAPORIZHZHIA, Nov. 12 — Shelling near the nuclear plant cut one of its two remaining external power lines, and the IAEA said both sides must halt military activity around the site.",
    ("IAEA", "IAEA", "C"))
add("Rafael Grossi shuttled between the two capitals in the same week in an effort to broker a set of safety principles for the Zaporizhzhia plant.",
    ("Rafael Grossi", "Rafael Grossi", "C"))
add("The Kremlin dismissed the proposal as 'not serious' and said any ceasefire would have to reflect what it called the new territorial realities on the ground.",
    ("Russia", "The Kremlin", "A"))
add("Zelensky urges allies to speed up air-defence deliveries before winter",
    ("Volodymyr Zelensky", "Zelensky", "N"))
add("Germany pledged an additional IRIS-T air-defence system and four billion euros in military aid next year, the defence ministry in Berlin said on Friday.",
    ("Germany", "Germany", "C"))
add("Moscow warned that supplying long-range missiles would make Western capitals 'direct participants' in the conflict and promised an unspecified response.",
    ("Russia", "Moscow", "A"))
add("Russia claims capture of village near Pokrovsk as Ukraine's General Staff reports heavy fighting",
    ("Russia", "Russia", "A"), ("Ukraine", "Ukraine", "N"))
add("The two sides exchanged 150 prisoners of war on Thursday in a swap mediated by the United Arab Emirates, the twelfth such exchange this year.",
    ("United Arab Emirates", "United Arab Emirates", "C"))
add("'We are ready for any format of talks that leads to a just peace, but not for a freeze that lets Russia rearm,' Zelensky told reporters.",
    ("Russia", "Russia", "A"), ("Volodymyr Zelensky", "Zelensky", "C"))
add("Updated 09:14 GMT | Russia says it repelled an attempted Ukrainian incursion into the Belgorod region overnight | Share | Tweet",
    ("Russia", "Russia", "N"), ("Ukraine", "Ukrainian", "A"))
add("Poland scrambled fighter jets and briefly closed two airports in the southeast after Russia launched a massive strike on western regions close to the border.",
    ("Poland", "Poland", "N"), ("Russia", "Russia", "A"))
add("A Russian drone that strayed into Romanian airspace crashed in a field near the Danube, officials in Bucharest said.",
    ("Russia", "Russian", "A"), ("Romania", "Romanian", "N"))
add("NATO allies agreed to bolster air defences on the eastern flank after the incident, Secretary General Mark Rutte told a news conference.",
    ("NATO", "NATO", "C"), ("Mark Rutte", "Mark Rutte", "N"))
add("Rutte says alliance 'will not be intimidated' by Russian nuclear rhetoric",
    ("Mark Rutte", "Rutte", "N"), ("Russia", "Russian", "A"))
add("Dmitry Medvedev, the former president, posted that several European capitals were 'within easy reach' of the Oreshnik, in the latest of his menacing online messages.",
    ("Dmitry Medvedev", "Dmitry Medvedev", "A"))
add("Ukraine's military intelligence said a Russian landing craft had been hit by naval drones off the coast of Crimea, a claim Moscow did not immediately address.",
    ("Ukraine", "Ukraine", "A"), ("Russia", "Russian", "N"))
add("The European Union adopted its 17th package of sanctions against Russia, targeting more than 180 tankers in the so-called shadow fleet.",
    ("EU", "European Union", "A"), ("Russia", "Russia", "N"))
add("Kallas: pressure will stay until the aggressor pays for the damage it caused",
    ("Kaja Kallas", "Kallas", "A"))
add("Hungary blocked a joint statement on enlargement for a third time, with Budapest accusing its neighbour of discriminating against ethnic minorities.",
    ("Hungary", "Hungary", "A"))
add("Viktor Orban said he would not allow enlargement to be 'rushed through', calling the plan a threat to farmers across central Europe.",
    ("Viktor Orban", "Viktor Orban", "A"))
add("Zelensky and Erdogan discussed the security of Black Sea shipping by phone on Sunday, and Erdogan offered to host another round of technical talks in Istanbul.",
    ("Volodymyr Zelensky", "Zelensky", "N"), ("Recep Tayyip Erdogan", "Erdogan", "C"))
add("ISTANBUL, May 16 — Ukrainian negotiators and a Russian delegation met for just under two hours, agreeing only on a further exchange of the bodies of fallen soldiers.",
    ("Ukraine", "Ukrainian", "C"), ("Russia", "Russian", "C"))
add("Peskov says no date set for a leaders' summit, 'much preparatory work' needed",
    ("Dmitry Peskov", "Peskov", "N"))
add("Russian authorities designated yet another exiled journalist a 'foreign agent' on Friday, adding to a register that now exceeds 900 names.",
    ("Russia", "Russian", "A"))
add("A Russian court sentenced a 68-year-old pensioner to seven years in prison for social-media posts criticising the war, her lawyer said.",
    ("Russia", "Russian", "A"))
add("KYIV, Jan. 20 — Ukraine's parliament voted to extend martial law and general mobilisation for another 90 days, the 15th extension since the full-scale invasion began.",
    ("Ukraine", "Ukraine", "N"))
add("Washington announced a $425 million package of artillery ammunition and spare parts, drawn from existing Pentagon stocks.",
    ("United States", "Washington", "C"))
add("The White House said it was pausing some weapons shipments pending a review of its own stockpiles, a decision that caught allies off guard.",
    ("United States", "The White House", "N"))
add("The Kremlin welcomed the pause, saying fewer weapons at the front meant 'the sooner the special military operation ends'.",
    ("Russia", "The Kremlin", "A"))
add("Moscow's so-called 'special military operation' entered its fourth year on Monday with no end in sight.",
    ("Russia", "Moscow", "A"))
add("Ukrainian officials accused Russia of deliberately striking a children's hospital in Kyiv, an allegation the Russian Defence Ministry rejected as 'fabricated'.",
    ("Ukraine", "Ukrainian", "A"), ("Russia", "Russia", "A"))
add("Foreign ministry spokeswoman Maria Zakharova said Kyiv was 'staging provocations' to derail peace efforts.",
    ("Maria Zakharova", "Maria Zakharova", "A"), ("Ukraine", "Kyiv", "A"))
add("Zakharova accuses London of 'pushing the conflict towards escalation'",
    ("Maria Zakharova", "Zakharova", "A"), ("United Kingdom", "London", "A"))
add("Britain and Ukraine signed a 100-year partnership agreement covering defence, energy and science, calling it a bond between their peoples.",
    ("United Kingdom", "Britain", "C"), ("Ukraine", "Ukraine", "C"))
add("France will train and equip a further brigade for the front, President Emmanuel Macron said during a visit to a base in the east of the country.",
    ("France", "France", "C"), ("Emmanuel Macron", "Emmanuel Macron", "C"))
add("Russian diplomats called the plan 'a direct provocation' and warned that any instructors sent would be 'legitimate targets'.",
    ("Russia", "Russian", "A"))
add("Czech-led initiative delivers one million artillery shells to the front this year",
    ("Czech Republic", "Czech", "C"))
add("Norway pledges extra $1 billion to fund drone production for the front line",
    ("Norway", "Norway", "C"))
add("Japan extended a $3 billion loan backed by proceeds from frozen central bank reserves, the finance ministry in Tokyo said.",
    ("Japan", "Japan", "C"))
add("Moscow denounced the use of its frozen reserves as 'theft' and vowed to seize the assets of Western companies in retaliation.",
    ("Russia", "Moscow", "A"))
add("Putin signs decree lowering the threshold for nuclear weapons use",
    ("Vladimir Putin", "Putin", "A"))
add("Putin said nuclear weapons could be used in response to a conventional attack backed by a nuclear power, a change Western officials described as intimidation.",
    ("Vladimir Putin", "Putin", "A"))
add("China and Brazil urged all parties to refrain from escalation and called for direct negotiations between the warring parties.",
    ("China", "China", "C"), ("Brazil", "Brazil", "C"))
add("Beijing has repeatedly denied supplying lethal weapons for the war, though it remains the largest buyer of its neighbour's crude.",
    ("China", "Beijing", "N"))
add("The US Treasury sanctioned a dozen trading companies accused of shipping drone components and machine tools to arms factories in the Urals.",
    ("United States", "US", "A"))
add("Ukraine's SBU security service said it had detained two men suspected of spying for Russia near an airbase in the Khmelnytskyi region.",
    ("Ukraine", "Ukraine", "N"), ("Russia", "Russia", "A"))
add("A brief moratorium on strikes against energy infrastructure collapsed within weeks, with Moscow blaming Ukrainian drone attacks on a pumping station in the Kursk region.",
    ("Russia", "Moscow", "A"), ("Ukraine", "Ukrainian", "A"))
add("Volodymyr Zelensky thanked Denmark for financing the production of artillery systems inside his country, calling it 'the Danish model' that others should copy.",
    ("Volodymyr Zelensky", "Volodymyr Zelensky", "C"), ("Denmark", "Denmark", "C"))
add("MOSCOW, Oct. 25 — Russia's central bank raised its key rate to 21 per cent as war spending fuelled inflation and the labour market tightened further.",
    ("Russia", "MOSCOW", "N"))
add("Gas transit from Russia through Ukraine ended on Jan. 1 after Kyiv declined to renew its five-year contract with Gazprom.",
    ("Russia", "Russia", "N"), ("Ukraine", "Ukraine", "A"))
add("Robert Fico threatened to cut electricity supplies to his eastern neighbour in retaliation for the halt in gas transit.",
    ("Robert Fico", "Robert Fico", "A"))
add("Fico later held talks with Putin in Sochi, one of very few European leaders to do so since 2022.",
    ("Robert Fico", "Fico", "N"), ("Vladimir Putin", "Putin", "N"))
add("Qatari mediators helped reunite 14 children with their families after weeks of discreet contacts with officials on both sides, the foreign ministry in Doha said.",
    ("Qatar", "Qatari", "C"))
add("The ICC has issued arrest warrants for Putin and his children's commissioner over the alleged unlawful deportation of minors from occupied areas.",
    ("ICC", "ICC", "A"), ("Vladimir Putin", "Putin", "A"))
add("Mongolia did not arrest Putin during his state visit to Ulaanbaatar despite being a party to the Rome Statute, and judges later found it had breached its obligations.",
    ("Mongolia", "Mongolia", "A"), ("Vladimir Putin", "Putin", "N"))
add("Switzerland hosted more than 90 delegations at a peace conference at the Burgenstock resort.",
    ("Switzerland", "Switzerland", "C"))
add("Saudi Arabia offered to host the next round of great-power talks, and diplomats in Riyadh described the mood as businesslike.",
    ("Saudi Arabia", "Saudi Arabia", "C"))
add("Lavrov said any European troops deployed after a ceasefire would be treated as 'a legitimate target', all but ruling out a peacekeeping mission.",
    ("Sergei Lavrov", "Lavrov", "A"))
add("Kyiv welcomed a proposal from European allies to deploy a reassurance force after any ceasefire, calling it a real security guarantee.",
    ("Ukraine", "Kyiv", "C"))
add("Foreign Minister Andrii Sybiha thanked Baltic partners for backing a special tribunal on the crime of aggression during a tour of the region.",
    ("Andrii Sybiha", "Andrii Sybiha", "C"))
add("The Council of Europe and Ukraine signed an agreement establishing a special tribunal to prosecute those responsible for planning the invasion.",
    ("Council of Europe", "Council of Europe", "C"), ("Ukraine", "Ukraine", "C"))
add("Russian frigate fires warning shots at cargo ship bound for Izmail",
    ("Russia", "Russian", "A"))
add("Ukrainian forces withdrew from positions near Toretsk to avoid encirclement, the army's spokesman said in a rare admission of setbacks.",
    ("Ukraine", "Ukrainian", "N"))
add("A Russian glide bomb hit an apartment block in Kharkiv, killing nine people, and UN agencies sent emergency teams with shelter kits to help survivors.",
    ("Russia", "Russian", "A"), ("UN", "UN", "C"))
add("Antonio Guterres offered his good offices to help restart talks on the safety of navigation in the Black Sea.",
    ("Antonio Guterres", "Antonio Guterres", "C"))
add("Ukrainian troops who crossed into Russia's Kursk region last August have been pushed back from most of the territory they seized, Russian commanders claimed.",
    ("Ukraine", "Ukrainian", "A"), ("Russia", "Russia", "N"))
add("Kyiv defends cross-border raid as a bid to force Moscow to the table",
    ("Ukraine", "Kyiv", "A"), ("Russia", "Moscow", "N"))
add("Russian occupation authorities in the Kherson region announced the forced relocation of residents from villages along the Dnipro.",
    ("Russia", "Russian", "A"))
add("Moscow agreed for the first time to allow ICRC visits to a small number of prisoners held in Taganrog, according to the ombudsman.",
    ("Russia", "Moscow", "C"), ("ICRC", "ICRC", "N"))
add("Moscow denied targeting the Chernobyl confinement structure after a drone punched a hole in its roof.",
    ("Russia", "Moscow", "N"))
add("Putin hosted the special envoy for nearly five hours in St Petersburg, and an aide described the meeting as 'useful and constructive'.",
    ("Vladimir Putin", "Putin", "C"))
add("Donald Trump said he was 'very disappointed' with Putin after another deadly strike on the capital and threatened secondary tariffs on countries buying its oil.",
    ("Donald Trump", "Donald Trump", "A"), ("Vladimir Putin", "Putin", "A"))
add("Zelensky and Trump signed a minerals agreement creating a joint reconstruction investment fund, ending weeks of tense haggling.",
    ("Volodymyr Zelensky", "Zelensky", "C"), ("Donald Trump", "Trump", "C"))
add("Ukraine thanked its western neighbours for emergency electricity imports after repair crews restored power to most of Odesa.",
    ("Ukraine", "Ukraine", "C"))
add("The World Bank estimated reconstruction needs at $524 billion over the next decade, and pledged to keep funding public-sector salaries.",
    ("World Bank", "World Bank", "C"))
add("IMF staff reached agreement on the next review of a $15.6 billion programme, unlocking roughly $900 million for the war-hit economy.",
    ("IMF", "IMF", "C"))
add("Russian hackers linked to military intelligence breached the email servers of a government logistics agency, security researchers reported.",
    ("Russia", "Russian", "A"))
add("The Russian Defence Ministry said it had returned 1,000 bodies of fallen soldiers and received 34 in the same exchange.",
    ("Russia", "Russian", "C"))

# ---------------------------------------------------------------- South Caucasus
add("Armenia and Azerbaijan initialled the text of a peace agreement, ending more than three decades of conflict over Nagorno-Karabakh, officials said.",
    ("Armenia", "Armenia", "C"), ("Azerbaijan", "Azerbaijan", "C"))
add("Pashinyan and Aliyev shook hands as their host praised both men for 'doing something nobody thought possible'.",
    ("Nikol Pashinyan", "Pashinyan", "C"), ("Ilham Aliyev", "Aliyev", "C"))
add("Baku insists Yerevan must amend its constitution before any peace treaty is signed",
    ("Azerbaijan", "Baku", "A"), ("Armenia", "Yerevan", "N"))
add("Azerbaijan accuses Armenian troops of firing on its positions in Nakhchivan",
    ("Azerbaijan", "Azerbaijan", "A"), ("Armenia", "Armenian", "A"))
add("The Armenian Defence Ministry denied the claim and invited EU monitors to inspect the area.",
    ("Armenia", "Armenian", "C"), ("EU", "EU", "N"))
add("The EU's civilian monitoring mission has carried out more than 5,000 patrols along the border since it was deployed in early 2023.",
    ("EU", "EU", "C"))
add("Moscow has described the European mission as a 'geopolitical' intrusion into the region and a threat to its own mediation role.",
    ("Russia", "Moscow", "A"))
add("Pashinyan said his government had frozen its participation in the CSTO because the bloc failed to defend it during border incursions in 2021 and 2022.",
    ("Nikol Pashinyan", "Pashinyan", "N"), ("CSTO", "CSTO", "A"))
add("The CSTO said the door remained open for Yerevan to return to full participation 'at any moment'.",
    ("CSTO", "CSTO", "C"), ("Armenia", "Yerevan", "N"))
add("Russian border guards left Zvartnots airport after nearly three decades, under an agreement signed in the spring.",
    ("Russia", "Russian", "C"))
add("Ilham Aliyev accused France of 'arming Armenia against peace' after Paris agreed to sell Caesar howitzers and radar systems to Yerevan.",
    ("Ilham Aliyev", "Ilham Aliyev", "A"), ("France", "France", "A"), ("Armenia", "Armenia", "N"))
add("Armenia signs defence cooperation roadmap with France at Paris ceremony",
    ("Armenia", "Armenia", "C"), ("France", "France", "C"))
add("Border commissions completed the delimitation of a 12.7-kilometre stretch in the Tavush region, returning four abandoned villages to Baku's control.",
    ("Azerbaijan", "Baku", "N"))
add("Protesters led by Archbishop Bagrat Galstanyan blocked roads in the capital to oppose the handover, accusing Pashinyan of betraying national interests.",
    ("Bagrat Galstanyan", "Bagrat Galstanyan", "A"), ("Nikol Pashinyan", "Pashinyan", "A"))
add("Azerbaijan and Armenia agreed to unblock regional transport links, including a route across southern Armenia's Syunik province that would be developed by a private consortium.",
    ("Azerbaijan", "Azerbaijan", "C"), ("Armenia", "Armenia", "C"))
add("Iran warned it would not tolerate any change to its border with Armenia, with a senior adviser calling the proposed route 'a trap for foreign mercenaries'.",
    ("Iran", "Iran", "A"), ("Armenia", "Armenia", "N"))
add("Tehran later softened its tone, saying it had received assurances that the route would respect existing borders.",
    ("Iran", "Tehran", "C"))
add("Aliyev demanded the formal dissolution of the OSCE's long-dormant mediation group on Karabakh as a condition for signing the treaty.",
    ("Ilham Aliyev", "Aliyev", "A"), ("OSCE", "OSCE", "N"))
add("OSCE ministers meeting in December approved the closure of the old Karabakh mediation format, a step welcomed by both parties.",
    ("OSCE", "OSCE", "C"))
add("Azerbaijani forces seized control of Nagorno-Karabakh in a one-day offensive in September 2023, prompting almost the entire population of the region to flee.",
    ("Azerbaijan", "Azerbaijani", "A"))
add("Russian 'peacekeepers' stood by as the offensive unfolded, then began withdrawing from the region months ahead of schedule.",
    ("Russia", "Russian", "A"))
add("Baku released four Armenian prisoners of war on the eve of the talks in what diplomats described as a goodwill gesture.",
    ("Azerbaijan", "Baku", "C"), ("Armenia", "Armenian", "N"))
add("An Azerbaijani military court sentenced 15 former Karabakh separatist leaders to long prison terms in trials that observers from Yerevan were barred from attending.",
    ("Azerbaijan", "Azerbaijani", "A"), ("Armenia", "Yerevan", "N"))
add("Armenia joined the International Criminal Court despite warnings from Moscow of 'extremely negative' consequences, a step that obliges Yerevan to arrest any indicted head of state who visits.",
    ("Armenia", "Armenia", "N"), ("ICC", "International Criminal Court", "N"), ("Russia", "Moscow", "A"))
add("Foreign Minister Ararat Mirzoyan said his government wanted to diversify its security partnerships without becoming 'anyone's battlefield'.",
    ("Ararat Mirzoyan", "Ararat Mirzoyan", "N"))
add("ALMATY, May 11 — Mirzoyan and Jeyhun Bayramov held two days of talks hosted by Kazakhstan, agreeing on most articles of the draft.",
    ("Ararat Mirzoyan", "Mirzoyan", "C"), ("Jeyhun Bayramov", "Jeyhun Bayramov", "C"), ("Kazakhstan", "Kazakhstan", "C"))
add("Bayramov accused Armenia of 'revanchist' rhetoric and said his government would never tolerate territorial claims written into a neighbour's constitution.",
    ("Jeyhun Bayramov", "Bayramov", "A"), ("Armenia", "Armenia", "A"))
add("Turkey and Armenia agreed to open the Margara crossing to diplomatic passport holders and third-country nationals, their special envoys said after meeting at the border.",
    ("Turkey", "Turkey", "C"), ("Armenia", "Armenia", "C"))
add("Ankara has kept its land border with Armenia sealed since 1993, one of the longest such closures in Europe.",
    ("Turkey", "Ankara", "A"), ("Armenia", "Armenia", "N"))
add("Pashinyan's party won 53 percent of the vote in a parliamentary election that OSCE observers described as competitive but marred by harsh rhetoric on all sides.",
    ("Nikol Pashinyan", "Pashinyan", "N"), ("OSCE", "OSCE", "N"))
add("Armenian security services said they had foiled a Russian-backed coup plot involving a prominent businessman and several senior clergy.",
    ("Armenia", "Armenian", "N"), ("Russia", "Russian", "A"))
add("The Kremlin denied any involvement and said Yerevan was 'seeking scapegoats' for its own political troubles.",
    ("Russia", "The Kremlin", "A"), ("Armenia", "Yerevan", "A"))
add("Azerbaijan hosted the COP29 climate conference in Baku, where negotiators agreed to triple finance for developing countries to $300 billion a year.",
    ("Azerbaijan", "Azerbaijan", "C"))
add("Aliyev used his opening speech at the climate summit to accuse France and the Netherlands of 'colonial crimes' in their overseas territories.",
    ("Ilham Aliyev", "Aliyev", "A"), ("France", "France", "A"), ("Netherlands", "Netherlands", "A"))
add("Putin apologised to Aliyev for the 'tragic incident' over Grozny but stopped short of admitting that air-defence fire had brought down the airliner.",
    ("Vladimir Putin", "Putin", "C"), ("Ilham Aliyev", "Aliyev", "N"))
add("Baku cancelled a planned visit by a Russian deputy prime minister and detained staff of a Kremlin-funded news agency after two ethnic Azeris died in police custody in Yekaterinburg.",
    ("Azerbaijan", "Baku", "A"), ("Russia", "Russian", "N"))
add("Lavrov called the arrests in Baku 'unacceptable' and demanded immediate consular access for the detained journalists.",
    ("Sergei Lavrov", "Lavrov", "A"), ("Azerbaijan", "Baku", "A"))
add("Share | Tweet | Georgian Dream suspends EU accession talks until 2028, sparking nightly protests outside parliament",
    ("Georgian Dream", "Georgian Dream", "A"), ("EU", "EU", "N"))
add("Prime Minister Irakli Kobakhidze accused Brussels of 'blackmail' and said his country would not accept membership 'as charity'.",
    ("Irakli Kobakhidze", "Irakli Kobakhidze", "A"), ("EU", "Brussels", "A"))
add("Georgian riot police used water cannon and tear gas against demonstrators waving European flags outside parliament for a fifth consecutive night.",
    ("Georgia", "Georgian", "A"))
add("President Salome Zourabichvili refused to leave office, declaring the new parliament illegitimate and calling herself the only legitimate institution left in the country.",
    ("Salome Zourabichvili", "Salome Zourabichvili", "A"))
add("The United States suspended its strategic partnership with Georgia, citing the ruling party's 'anti-democratic actions'.",
    ("United States", "The United States", "A"), ("Georgia", "Georgia", "N"))
add("Tbilisi said the decision was temporary and expressed hope of resetting relations with the new administration.",
    ("Georgia", "Tbilisi", "C"))
add("Bidzina Ivanishvili, the billionaire founder of the ruling party, was sanctioned by the US Treasury for undermining the country's democratic future.",
    ("Bidzina Ivanishvili", "Bidzina Ivanishvili", "A"), ("United States", "US", "A"))
add("Georgia's parliament passed a 'foreign agents' law modelled on Russian legislation, despite warnings from the EU that it would halt the accession path.",
    ("Georgia", "Georgia", "A"), ("Russia", "Russian", "N"), ("EU", "EU", "A"))
add("Georgian Dream insists it still wants to join the EU and says it is shielding the country from being dragged into a war with its northern neighbour.",
    ("Georgian Dream", "Georgian Dream", "N"), ("EU", "EU", "N"))
add("Kobakhidze met Premier Li Qiang in Tianjin and signed a strategic partnership that lets a state-owned consortium build the deep-sea port at Anaklia.",
    ("Irakli Kobakhidze", "Kobakhidze", "C"), ("Li Qiang", "Li Qiang", "C"))
add("Russia eased visa rules for Georgian citizens and restored direct flights, steps opposition leaders described as rewards for the government's loyalty.",
    ("Russia", "Russia", "C"), ("Georgia", "Georgian", "N"))
add("Russian forces moved fences some 300 metres deeper into Georgian-controlled territory near the South Ossetian boundary line, international monitors reported.",
    ("Russia", "Russian", "A"), ("Georgia", "Georgian", "N"))
add("Azerbaijan and Georgia agreed to expand the capacity of the railway to Kars to five million tonnes of freight a year.",
    ("Azerbaijan", "Azerbaijan", "C"), ("Georgia", "Georgia", "C"))
add("Middle Corridor: Kazakhstan and Azerbaijan form joint venture to speed container traffic across the Caspian",
    ("Kazakhstan", "Kazakhstan", "C"), ("Azerbaijan", "Azerbaijan", "C"))
add("The Constitutional Court rejected a lawsuit from President Zourabichvili challenging the results of the October election.",
    ("Salome Zourabichvili", "Zourabichvili", "N"))
add("Mikheil Kavelashvili, a former footballer and hardline critic of the West, was sworn in as president in a ceremony boycotted by most Western ambassadors.",
    ("Mikheil Kavelashvili", "Mikheil Kavelashvili", "N"))
add("The European Parliament called for sanctions against Ivanishvili and Kobakhidze, accusing them of dismantling the last democratic checks and balances.",
    ("European Parliament", "European Parliament", "A"), ("Bidzina Ivanishvili", "Ivanishvili", "A"), ("Irakli Kobakhidze", "Kobakhidze", "A"))
add("Armenia's parliament passed a law launching the process of EU accession, which Russian officials warned would cost it preferential trade terms.",
    ("Armenia", "Armenia", "N"), ("EU", "EU", "N"), ("Russia", "Russian", "A"))
add("Deputy Prime Minister Alexei Overchuk said Yerevan could not 'sit on two chairs' and would lose duty-free access to its largest export market.",
    ("Alexei Overchuk", "Alexei Overchuk", "A"), ("Armenia", "Yerevan", "N"))
add("The EU announced a 270 million euro resilience and growth package for Armenia and opened a dialogue on visa liberalisation.",
    ("EU", "EU", "C"), ("Armenia", "Armenia", "N"))
add("Yerevan says it remains committed to the EAEU for now as trade within the bloc hits a record",
    ("Armenia", "Yerevan", "C"), ("EAEU", "EAEU", "N"))
add("Pashinyan boycotted an EAEU summit, saying he would not sit at the same table as Lukashenko after his remarks on Karabakh.",
    ("Nikol Pashinyan", "Pashinyan", "A"), ("EAEU", "EAEU", "N"), ("Alexander Lukashenko", "Lukashenko", "A"))
add("Azerbaijan began pumping natural gas to Syria through a new interconnector under a deal signed in Baku, aimed at easing chronic power shortages across the war-ravaged country.",
    ("Azerbaijan", "Azerbaijan", "C"), ("Syria", "Syria", "N"))
add("Baku ordered several Western media outlets to close their bureaus and expelled a US aid agency, giving its staff a week to leave.",
    ("Azerbaijan", "Baku", "A"), ("United States", "US", "N"))
add("Aliyev and Putin met on the margins of a CIS gathering, their first encounter since the airliner was downed, and agreed to 'turn the page'.",
    ("Ilham Aliyev", "Aliyev", "C"), ("Vladimir Putin", "Putin", "C"), ("CIS", "CIS", "N"))
add("Israel is one of Azerbaijan's main arms suppliers, while Baku provides roughly 40 per cent of the crude oil Israel imports.",
    ("Israel", "Israel", "C"), ("Azerbaijan", "Azerbaijan", "C"))
add("Baku hosted discreet technical talks between Israeli and Turkish military officials aimed at avoiding incidents between their air forces.",
    ("Azerbaijan", "Baku", "C"), ("Israel", "Israeli", "C"), ("Turkey", "Turkish", "C"))
add("Azerbaijan is still holding 19 detainees from the 2023 offensive, including former Karabakh officials, according to Armenia's human rights defender.",
    ("Azerbaijan", "Azerbaijan", "A"), ("Armenia", "Armenia", "N"))
add("In a coordinated gesture, Azerbaijan and Armenia each released two soldiers at a checkpoint on their border, with the ICRC facilitating the handover.",
    ("Azerbaijan", "Azerbaijan", "C"), ("Armenia", "Armenia", "C"), ("ICRC", "ICRC", "C"))
add("Kobakhidze rules out early elections, says protests are 'financed from abroad'",
    ("Irakli Kobakhidze", "Kobakhidze", "A"))
add("Britain imposed sanctions on five Georgian officials, including the interior minister, over the violent dispersal of peaceful protests.",
    ("United Kingdom", "Britain", "A"), ("Georgia", "Georgian", "A"))
add("Tbilisi retaliated by recalling its ambassador from London for consultations.",
    ("Georgia", "Tbilisi", "A"), ("United Kingdom", "London", "N"))
add("Armenia and Turkey will jointly restore the medieval bridge at Ani, a symbolic project their envoys said could help build trust between the two nations.",
    ("Armenia", "Armenia", "C"), ("Turkey", "Turkey", "C"))

# ---------------------------------------------------------------- Central Asia, Mongolia, regional bodies
add("Kyrgyzstan and Tajikistan signed a treaty settling the last disputed sections of their 980-kilometre border, three years after clashes that killed more than 100 people.",
    ("Kyrgyzstan", "Kyrgyzstan", "C"), ("Tajikistan", "Tajikistan", "C"))
add("Sadyr Japarov and Emomali Rahmon opened the reconstructed Kairagach crossing together, embracing in front of television cameras.",
    ("Sadyr Japarov", "Sadyr Japarov", "C"), ("Emomali Rahmon", "Emomali Rahmon", "C"))
add("Shavkat Mirziyoyev joined the two leaders in Khujand for a trilateral summit that fixed the junction point of the three countries' borders.",
    ("Shavkat Mirziyoyev", "Shavkat Mirziyoyev", "C"))
add("Tajik border guards accused Kyrgyz troops of opening fire near the Vorukh enclave in 2022, setting off fighting that spread along the frontier.",
    ("Tajikistan", "Tajik", "A"), ("Kyrgyzstan", "Kyrgyz", "A"))
add("Tokayev proposes referendum on building the country's first nuclear power plant",
    ("Kassym-Jomart Tokayev", "Tokayev", "N"))
add("Kazakhstan picked Rosatom to lead a consortium building its first nuclear power station on the shore of Lake Balkhash.",
    ("Kazakhstan", "Kazakhstan", "C"))
add("Kazakhstan has pledged to comply with Western restrictions on its northern neighbour, even as bilateral trade keeps growing.",
    ("Kazakhstan", "Kazakhstan", "C"))
add("The EU's sanctions envoy toured Central Asian capitals to press governments to halt re-exports of dual-use goods to their northern neighbour.",
    ("EU", "EU", "N"))
add("Three Central Asian banks were hit by US sanctions for allegedly helping Moscow evade payment restrictions.",
    ("United States", "US", "A"), ("Russia", "Moscow", "A"))
add("Bishkek called the measures unfounded and said it would not allow its financial system to be used to get around international sanctions.",
    ("Kyrgyzstan", "Bishkek", "C"))
add("Xi Jinping and five Central Asian presidents signed a treaty of permanent good-neighbourliness at their second summit, pledging not to join any bloc directed against each other.",
    ("Xi Jinping", "Xi Jinping", "C"))
add("China–Kyrgyzstan–Uzbekistan railway construction begins after decades of delay",
    ("China", "China", "C"), ("Kyrgyzstan", "Kyrgyzstan", "C"), ("Uzbekistan", "Uzbekistan", "C"))
add("Mirziyoyev and Xi Jinping signed a package of agreements worth $14 billion, covering copper mining, solar power and railways.",
    ("Shavkat Mirziyoyev", "Mirziyoyev", "C"), ("Xi Jinping", "Xi Jinping", "C"))
add("Three Central Asian neighbours agreed to jointly finance the Kambarata-1 hydropower plant on the Naryn river in Kyrgyzstan, a project expected to ease chronic winter power shortages.",
    ("Kyrgyzstan", "Kyrgyzstan", "N"))
add("The Taliban's Qosh Tepa canal could divert up to a fifth of the Amu Darya's flow, officials in downstream countries warned.",
    ("Taliban", "Taliban", "A"))
add("Tashkent has chosen engagement over confrontation, sending a delegation to Kabul to discuss water-sharing and a trans-Afghan railway.",
    ("Uzbekistan", "Tashkent", "C"), ("Afghanistan", "Kabul", "N"))
add("Kazakhstan removed the Taliban from its list of banned organisations, a step officials in Astana said would help expand grain exports.",
    ("Kazakhstan", "Kazakhstan", "C"), ("Taliban", "Taliban", "N"))
add("Russia became the first country to formally recognise the Taliban government, with officials calling the decision a realistic step.",
    ("Russia", "Russia", "C"), ("Taliban", "Taliban", "N"))
add("Tajikistan, which shares a long mountainous border with its southern neighbour, has refused to recognise the Taliban and hosts several exiled opposition figures.",
    ("Tajikistan", "Tajikistan", "A"), ("Taliban", "Taliban", "N"))
add("Taliban accuse Dushanbe of sheltering armed opponents from the Panjshir valley",
    ("Taliban", "Taliban", "A"), ("Tajikistan", "Dushanbe", "A"))
add("Two workers from China were killed in a cross-border attack on a gold mine in southern Tajikistan, and Beijing urged Dushanbe to tighten security along the frontier.",
    ("China", "China", "N"), ("Tajikistan", "Tajikistan", "N"))
add("A Moscow court sentenced four men to life in prison for the Crocus City Hall attack, which Islamic State's Khorasan affiliate had claimed.",
    ("Russia", "Moscow", "N"), ("Islamic State", "Islamic State", "A"))
add("Russian police carried out mass raids on migrant hostels after the attack, and Dushanbe sent a consular team to help detained citizens.",
    ("Russia", "Russian", "A"), ("Tajikistan", "Dushanbe", "C"))
add("Rahmon and Putin reaffirmed their strategic alliance and agreed to modernise the 201st military base outside the capital.",
    ("Emomali Rahmon", "Rahmon", "C"), ("Vladimir Putin", "Putin", "C"))
add("Troops from five CSTO members held drills near the southern border in the Khatlon region, rehearsing a joint response to a militant incursion.",
    ("CSTO", "CSTO", "C"))
add("Tokayev invited CSTO troops during the deadly January unrest of 2022, and the contingent withdrew within two weeks as promised.",
    ("Kassym-Jomart Tokayev", "Tokayev", "N"), ("CSTO", "CSTO", "C"))
add("Mongolia signed a memorandum with Russia and China to press ahead with the Power of Siberia 2 gas pipeline, which would cross its territory.",
    ("Mongolia", "Mongolia", "C"), ("Russia", "Russia", "C"), ("China", "China", "C"))
add("Ulaanbaatar says its 'third neighbour' policy will keep ties with Asian and Western democracies strong",
    ("Mongolia", "Ulaanbaatar", "C"))
add("President Ukhnaagiin Khurelsukh welcomed Japan's emperor on the first imperial state visit to the country, and the two sides pledged to deepen cooperation on renewable energy.",
    ("Ukhnaagiin Khurelsukh", "Ukhnaagiin Khurelsukh", "C"), ("Japan", "Japan", "C"))
add("Lawmakers voted to dismiss Prime Minister Luvsannamsrain Oyun-Erdene after weeks of street protests over his son's lavish lifestyle.",
    ("Luvsannamsrain Oyun-Erdene", "Luvsannamsrain Oyun-Erdene", "N"))
add("Turkmenistan's permanent neutrality, recognised internationally since 1995, keeps Ashgabat out of all military alliances.",
    ("Turkmenistan", "Turkmenistan", "N"))
add("Turkmenistan started delivering gas to Turkey through Iran under a swap arrangement, the energy ministry in Ankara said.",
    ("Turkmenistan", "Turkmenistan", "C"), ("Turkey", "Turkey", "C"), ("Iran", "Iran", "C"))
add("Serdar Berdimuhamedov pardons hundreds of prisoners to mark Independence Day",
    ("Serdar Berdimuhamedov", "Serdar Berdimuhamedov", "C"))
add("Rights groups say Turkmenistan remains one of the most closed countries on earth, with no independent media and tight controls on foreign travel.",
    ("Turkmenistan", "Turkmenistan", "A"))
add("Narendra Modi and Putin were pictured holding hands at a summit in Tianjin attended by more than 20 leaders.",
    ("Narendra Modi", "Narendra Modi", "C"), ("Vladimir Putin", "Putin", "C"))
add("India refused to sign the joint statement of SCO defence ministers because it omitted any reference to a deadly militant attack in Kashmir.",
    ("India", "India", "A"), ("SCO", "SCO", "N"))
add("The SCO admitted Belarus as its tenth full member at its summit in July 2024.",
    ("SCO", "SCO", "C"), ("Belarus", "Belarus", "N"))
add("Iran pressed the bloc to issue a statement condemning Israeli strikes on its nuclear facilities, diplomats at the SCO secretariat said.",
    ("Iran", "Iran", "A"), ("Israel", "Israeli", "A"), ("SCO", "SCO", "N"))
add("The EAEU and Mongolia signed an interim free-trade agreement that cuts tariffs on hundreds of goods, including meat, wool and cashmere.",
    ("EAEU", "EAEU", "C"), ("Mongolia", "Mongolia", "C"))
add("Russia's agricultural watchdog restricted imports of vegetables from Kazakhstan, a move analysts in Astana read as retaliation for the president's cool stance on the war.",
    ("Russia", "Russia", "A"), ("Kazakhstan", "Kazakhstan", "N"))
add("Tokayev told an investment forum that his country would never become 'a tool for circumventing sanctions'.",
    ("Kassym-Jomart Tokayev", "Tokayev", "C"))
add("Putin and Tokayev raised relations to a comprehensive strategic partnership during a state visit, signing 30 documents on energy, transport and education.",
    ("Vladimir Putin", "Putin", "C"), ("Kassym-Jomart Tokayev", "Tokayev", "C"))
add("Kazakhstan announced it would join the Abraham Accords, a largely symbolic step given its long-standing diplomatic relations with Israel.",
    ("Kazakhstan", "Kazakhstan", "C"), ("Israel", "Israel", "N"))
add("Kyrgyz authorities arrested more than 20 activists who opposed handing control of the Kempir-Abad reservoir to Uzbekistan under a border deal.",
    ("Kyrgyzstan", "Kyrgyz", "A"), ("Uzbekistan", "Uzbekistan", "N"))
add("Uzbek authorities imposed a month-long state of emergency in Karakalpakstan after protests over planned constitutional changes turned deadly.",
    ("Uzbekistan", "Uzbek", "A"))
add("Mirziyoyev dropped the proposed amendments curbing the region's autonomy a day after the unrest, in a rare concession to protesters.",
    ("Shavkat Mirziyoyev", "Mirziyoyev", "C"))
add("Leaders of the Organization of Turkic States met in Gabala and agreed to create a joint investment fund, with Erdogan calling the bloc 'one family'.",
    ("Organization of Turkic States", "Organization of Turkic States", "C"), ("Recep Tayyip Erdogan", "Erdogan", "C"))
add("Kremlin-linked commentators warned that Ankara was using the Organization of Turkic States to build influence at Moscow's expense.",
    ("Russia", "Kremlin", "N"), ("Turkey", "Ankara", "A"), ("Organization of Turkic States", "Organization of Turkic States", "N"))
add("Kazakhstan's oil exports through the CPC pipeline were halved after Ukrainian naval drones struck the Novorossiysk terminal, and Astana said it was assessing the damage.",
    ("Kazakhstan", "Kazakhstan", "N"), ("Ukraine", "Ukrainian", "A"))
add("President Sadyr Japarov signed a law requiring NGOs with foreign funding to register as 'foreign representatives', prompting UN human rights experts to express concern.",
    ("Sadyr Japarov", "Sadyr Japarov", "A"), ("UN", "UN", "N"))
add("Kyrgyz authorities shut down the investigative outlet Kloop and jailed two of its former camera operators on charges of calling for mass unrest.",
    ("Kyrgyzstan", "Kyrgyz", "A"))
add("Russia will help build a small nuclear power plant in the mountains under a deal Japarov signed with the head of Rosatom.",
    ("Russia", "Russia", "C"), ("Sadyr Japarov", "Japarov", "C"))
add("Rahmon, in power since 1992, signed a decree banning 'alien' clothing, a measure critics said was aimed at religious dress.",
    ("Emomali Rahmon", "Rahmon", "A"))
add("WTO members welcomed Uzbekistan's progress towards accession, with negotiators saying the country could complete the process by 2026.",
    ("WTO", "WTO", "C"), ("Uzbekistan", "Uzbekistan", "N"))
add("Kazakhstan and the EU signed a strategic partnership on critical raw materials, batteries and green hydrogen",
    ("Kazakhstan", "Kazakhstan", "C"), ("EU", "EU", "C"))
add("SAMARKAND, April 4 — Ursula von der Leyen and Central Asian leaders held their first summit, where the bloc promised 12 billion euros under its Global Gateway programme.",
    ("Ursula von der Leyen", "Ursula von der Leyen", "C"))
add("Emmanuel Macron signed uranium supply deals during a tour of Central Asia as France seeks to diversify its sources of nuclear fuel.",
    ("Emmanuel Macron", "Emmanuel Macron", "C"), ("France", "France", "N"))
add("Khurelsukh welcomed Putin with an honour guard in Sukhbaatar Square, ignoring appeals from Kyiv to detain the visiting leader.",
    ("Ukhnaagiin Khurelsukh", "Khurelsukh", "C"), ("Vladimir Putin", "Putin", "N"), ("Ukraine", "Kyiv", "A"))
add("The World Bank approved new financing for the Rogun dam, which the government says will double the country's electricity output once completed.",
    ("World Bank", "World Bank", "C"))
add("Turkmenistan began building the next section of the TAPI gas pipeline with Taliban officials in attendance, reviving a project long stalled by insecurity.",
    ("Turkmenistan", "Turkmenistan", "C"), ("Taliban", "Taliban", "C"))
add("At a CIS summit, Putin proposed a common payment system to reduce members' reliance on the dollar.",
    ("CIS", "CIS", "N"), ("Vladimir Putin", "Putin", "C"))

# ---------------------------------------------------------------- Turkey
add("Turkish warplanes struck suspected PKK hideouts in the Qandil mountains overnight, the defence ministry said, adding that 23 militants had been 'neutralised'.",
    ("Turkey", "Turkish", "A"), ("PKK", "PKK", "N"))
add("PKK announces it will dissolve and lay down arms after four decades of insurgency — Updated 16:40 GMT, 2 hours ago",
    ("PKK", "PKK", "C"))
add("Abdullah Ocalan, the jailed founder of the PKK, called on the group to disarm in a letter read out by pro-Kurdish lawmakers in Istanbul.",
    ("Abdullah Ocalan", "Abdullah Ocalan", "C"), ("PKK", "PKK", "N"))
add("Erdogan hailed the PKK's decision as 'a new era' and said the state would oversee the handover of weapons closely.",
    ("Recep Tayyip Erdogan", "Erdogan", "C"), ("PKK", "PKK", "C"))
add("Hakan Fidan warned that Ankara would act militarily if Kurdish-led forces in north-east Syria failed to merge into the new national army.",
    ("Hakan Fidan", "Hakan Fidan", "A"), ("Turkey", "Ankara", "A"), ("Syria", "Syria", "N"))
add("Fidan and Lavrov met in Antalya and agreed to keep military hotlines open to avoid incidents between their forces.",
    ("Hakan Fidan", "Fidan", "C"), ("Sergei Lavrov", "Lavrov", "C"))
add("Ankara shot down a Russian warplane near the border in 2015, triggering months of punitive trade measures from Moscow.",
    ("Turkey", "Ankara", "A"), ("Russia", "Russian", "A"))
add("Turkey bought Russian S-400 air-defence systems in 2019, prompting Washington to expel it from the F-35 fighter programme.",
    ("Turkey", "Turkey", "N"), ("Russia", "Russian", "N"), ("United States", "Washington", "A"))
add("Erdogan offers to host Putin and Zelensky for direct talks in Istanbul",
    ("Recep Tayyip Erdogan", "Erdogan", "C"), ("Vladimir Putin", "Putin", "N"), ("Volodymyr Zelensky", "Zelensky", "N"))
add("Turkish mediation kept the Black Sea grain corridor open for a year, allowing some 33 million tonnes of food to leave the ports of Odesa.",
    ("Turkey", "Turkish", "C"))
add("Russia pulled out of the grain arrangement in July 2023, complaining that promises on its own agricultural exports had been broken.",
    ("Russia", "Russia", "A"))
add("Ankara closed the Bosporus and Dardanelles to warships under the Montreux Convention days after the invasion began.",
    ("Turkey", "Ankara", "N"))
add("Turkey's parliament ratified Sweden's NATO membership after 20 months of delay, clearing the way for the Nordic country to join.",
    ("Turkey", "Turkey", "C"), ("Sweden", "Sweden", "N"), ("NATO", "NATO", "N"))
add("Erdogan had held up the accession for months, accusing Stockholm of being too soft on Kurdish militant groups.",
    ("Recep Tayyip Erdogan", "Erdogan", "A"), ("Sweden", "Stockholm", "A"))
add("Greece and Turkey signed a declaration of friendly relations in Athens, pledging to avoid statements that could raise tensions in the Aegean.",
    ("Greece", "Greece", "C"), ("Turkey", "Turkey", "C"))
add("Athens accused Ankara of violating its continental shelf after a Turkish survey ship entered waters south of Crete.",
    ("Greece", "Athens", "A"), ("Turkey", "Ankara", "A"))
add("Ankara brushed off the complaint, saying the vessel was operating 'fully in line with international law'.",
    ("Turkey", "Ankara", "N"))
add("Erdogan used a visit to the north of the island to insist on two separate states, a position the Cypriot government rejects.",
    ("Recep Tayyip Erdogan", "Erdogan", "A"), ("Cyprus", "Cypriot", "N"))
add("Turkey's central bank raised its benchmark rate to 50 per cent, extending a tightening cycle aimed at taming inflation of nearly 70 per cent.",
    ("Turkey", "Turkey", "N"))
add("Istanbul Mayor Ekrem Imamoglu, Erdogan's main rival, was jailed pending trial on corruption charges, sparking the largest street protests in a decade.",
    ("Ekrem Imamoglu", "Ekrem Imamoglu", "N"), ("Recep Tayyip Erdogan", "Erdogan", "N"))
add("Turkish authorities detained more than 1,100 protesters and throttled access to social media platforms during the demonstrations.",
    ("Turkey", "Turkish", "A"))
add("Erdogan and Putin marked the delivery of nuclear fuel to the Akkuyu plant by video link, calling the project a symbol of their partnership.",
    ("Recep Tayyip Erdogan", "Erdogan", "C"), ("Vladimir Putin", "Putin", "C"))
add("Turkey has refused to join Western sanctions on Russia, and its exports of machinery and electronics to Russian buyers have surged since 2022.",
    ("Turkey", "Turkey", "A"), ("Russia", "Russia", "N"))
add("Turkish banks tightened checks on payments linked to sanctioned entities after a US warning that they could face secondary penalties.",
    ("Turkey", "Turkish", "C"), ("United States", "US", "A"))
add("Turkey halted all trade with Israel, accusing its government of genocide in Gaza.",
    ("Turkey", "Turkey", "A"), ("Israel", "Israel", "A"))
add("Fidan travelled to Damascus to meet the new leadership and promised help with reconstruction and electricity supplies.",
    ("Hakan Fidan", "Fidan", "C"), ("Syria", "Damascus", "N"))
add("Erdogan repeated his support for Ukraine's territorial integrity, including Crimea, during a visit by Zelensky to the presidential complex.",
    ("Recep Tayyip Erdogan", "Erdogan", "C"), ("Ukraine", "Ukraine", "N"), ("Volodymyr Zelensky", "Zelensky", "N"))
add("NATO allies agreed that Turkey will host the 2026 summit in Ankara, the first time the country has done so since 2004.",
    ("NATO", "NATO", "N"), ("Turkey", "Turkey", "C"))
add("Erdogan calls Trump 'a dear friend' after talks on rejoining the F-35 programme",
    ("Recep Tayyip Erdogan", "Erdogan", "C"), ("Donald Trump", "Trump", "N"))
add("Turkey's intelligence agency hosted the largest East-West prisoner exchange since the Cold War at an airport in the capital.",
    ("Turkey", "Turkey", "C"))
add("Erdogan vowed never to allow Kurdish militants to build a 'terror corridor' along the country's southern border.",
    ("Recep Tayyip Erdogan", "Erdogan", "A"))
add("Fidan said Turkey was ready to contribute troops to a stabilisation force in Gaza, an offer the Israeli government flatly rejected.",
    ("Hakan Fidan", "Fidan", "C"), ("Turkey", "Turkey", "C"), ("Israel", "Israeli", "A"))
add("Hakan Fidan and Ararat Mirzoyan discussed reopening the Kars–Gyumri railway, idle since the early 1990s, as part of the normalisation process.",
    ("Hakan Fidan", "Hakan Fidan", "C"), ("Ararat Mirzoyan", "Ararat Mirzoyan", "C"))
add("Ankara warned it would retaliate if the EU imposed safeguard tariffs on Turkish steel, a threat Brussels called unhelpful.",
    ("Turkey", "Ankara", "A"), ("EU", "EU", "N"))
add("Turkey and the EU agreed to revive high-level dialogue on modernising their customs union, frozen since 2016.",
    ("Turkey", "Turkey", "C"), ("EU", "EU", "C"))
add("Turkey, which hosts more than three million refugees, launched a voluntary return programme offering free transport and a small grant.",
    ("Turkey", "Turkey", "C"))
add("Erdogan threatened in 2020 to 'open the gates' for migrants heading to Europe, triggering a tense standoff at the Greek border.",
    ("Recep Tayyip Erdogan", "Erdogan", "A"), ("Greece", "Greek", "N"))
add("Ankara supplied Bayraktar drones to Kyiv in the first months of the war and later agreed to build a production line on Ukrainian soil.",
    ("Turkey", "Ankara", "C"), ("Ukraine", "Kyiv", "N"))
add("Erdogan lashed out at Western leaders over what he called 'shameless double standards' on Gaza in a fiery speech to his party's lawmakers.",
    ("Recep Tayyip Erdogan", "Erdogan", "A"))

# ---------------------------------------------------------------- Belarus, Wagner, Moldova, Baltic and Nordic frontier
add("Lukashenko wins seventh term with 87 percent in vote the EU calls a sham",
    ("Alexander Lukashenko", "Lukashenko", "A"), ("EU", "EU", "A"))
add("Belarusian authorities freed 52 political prisoners, including an opposition journalist, hours after a US envoy arrived in Minsk.",
    ("Belarus", "Belarusian", "C"), ("United States", "US", "C"))
add("Lukashenko pardoned 16 more people convicted of 'extremism', calling it an act of humanity ahead of Independence Day.",
    ("Alexander Lukashenko", "Lukashenko", "C"))
add("Belarus still holds more than 1,100 political prisoners, the rights group Viasna says | Share | Comments (14)",
    ("Belarus", "Belarus", "A"))
add("Svetlana Tikhanovskaya, the exiled opposition leader, urged Washington not to lift restrictions on potash exports until every prisoner is free.",
    ("Svetlana Tikhanovskaya", "Svetlana Tikhanovskaya", "A"), ("United States", "Washington", "N"))
add("Siarhei Tsikhanouski, the blogger and husband of Svetlana Tikhanovskaya, walked free after more than five years in prison.",
    ("Siarhei Tsikhanouski", "Siarhei Tsikhanouski", "N"), ("Svetlana Tikhanovskaya", "Svetlana Tikhanovskaya", "N"))
add("Lukashenko allowed Russia to station tactical nuclear weapons on his country's soil, saying they would deter 'aggression' from NATO.",
    ("Alexander Lukashenko", "Lukashenko", "A"), ("Russia", "Russia", "A"), ("NATO", "NATO", "N"))
add("Russia and Belarus held their Zapad exercises close to the borders of the alliance, prompting Warsaw to shut all crossings for two weeks.",
    ("Russia", "Russia", "A"), ("Belarus", "Belarus", "A"), ("Poland", "Warsaw", "N"))
add("Lithuania closed its border with Belarus after smuggling balloons repeatedly forced Vilnius airport to shut, calling the incursions a 'hybrid attack'.",
    ("Lithuania", "Lithuania", "A"), ("Belarus", "Belarus", "A"))
add("Belarus impounded more than 1,000 Lithuanian trucks stranded by the closure, and Lukashenko demanded compensation for what he called damages.",
    ("Belarus", "Belarus", "A"), ("Lithuania", "Lithuanian", "N"), ("Alexander Lukashenko", "Lukashenko", "A"))
add("Poland began laying anti-tank obstacles along its eastern frontier as part of the East Shield programme.",
    ("Poland", "Poland", "N"))
add("Polish officials accused Minsk of orchestrating a new wave of migrant crossings, saying guards on the other side had cut holes in the fence.",
    ("Poland", "Polish", "A"), ("Belarus", "Minsk", "A"))
add("Wagner Group fighters seized the military headquarters in Rostov-on-Don and marched towards the capital in June 2023 before abruptly calling off their mutiny.",
    ("Wagner Group", "Wagner Group", "A"))
add("Lukashenko brokered the deal that ended the Wagner revolt, offering the mercenaries refuge and a camp near Osipovichi.",
    ("Alexander Lukashenko", "Lukashenko", "C"), ("Wagner Group", "Wagner", "N"))
add("A UN report found that Wagner mercenaries and Malian troops executed hundreds of civilians in the village of Moura in March 2022.",
    ("UN", "UN", "N"), ("Wagner Group", "Wagner", "A"), ("Mali", "Malian", "A"))
add("Wagner's operations across Africa have since been absorbed into Africa Corps, a structure run directly by the defence ministry.",
    ("Wagner Group", "Wagner", "N"))
add("Wagner Group says it is leaving Mali, declaring its 'mission accomplished'",
    ("Wagner Group", "Wagner Group", "N"), ("Mali", "Mali", "N"))
add("Washington designated the Wagner Group a transnational criminal organisation and froze the assets of several of its African affiliates.",
    ("United States", "Washington", "A"), ("Wagner Group", "Wagner Group", "A"))
add("Wagner recruiters toured prison colonies offering pardons to inmates who survived six months at the front.",
    ("Wagner Group", "Wagner", "A"))
add("Moldova's President Maia Sandu accused Moscow of pouring vast sums into an illegal scheme to purchase ballots before the legislative vote.",
    ("Moldova", "Moldova", "N"), ("Maia Sandu", "Maia Sandu", "A"), ("Russia", "Moscow", "A"))
add("Sandu's pro-European party kept its majority, a result Brussels welcomed as a clear choice for the European path.",
    ("Maia Sandu", "Sandu", "N"), ("EU", "Brussels", "C"))
add("Moldova began withdrawing from dozens of CIS agreements, saying the organisation had become 'a tool of the Kremlin'.",
    ("Moldova", "Moldova", "A"), ("CIS", "CIS", "A"), ("Russia", "Kremlin", "A"))
add("Gazprom's halt of supplies plunged Transnistria into rolling blackouts, and Chisinau offered to help the region buy fuel on European markets.",
    ("Moldova", "Chisinau", "C"))
add("Estonia temporarily closed two border crossings after Russian border guards waved hundreds of migrants towards the frontier.",
    ("Estonia", "Estonia", "N"), ("Russia", "Russian", "A"))
add("Finland shut its entire land border, accusing its eastern neighbour of waging hybrid warfare with asylum seekers.",
    ("Finland", "Finland", "A"))
add("Latvia ordered a Russian diplomat to leave within 48 hours over what it called activities incompatible with his status.",
    ("Latvia", "Latvia", "A"), ("Russia", "Russian", "A"))
add("Finnish police seized the tanker Eagle S on suspicion of dragging its anchor across the Estlink 2 power cable on Christmas Day.",
    ("Finland", "Finnish", "N"))
add("NATO launched Baltic Sentry, deploying warships, maritime patrol planes and unmanned surface vessels to guard seabed cables and pipelines.",
    ("NATO", "NATO", "C"))
add("Three Russian MiG-31s violated Estonian airspace for 12 minutes, prompting Tallinn to request NATO consultations under Article 4.",
    ("Russia", "Russian", "A"), ("Estonia", "Estonian", "N"), ("NATO", "NATO", "N"))
add("Denmark said the drones that closed Copenhagen airport were the work of 'a capable actor' but stopped short of naming any state.",
    ("Denmark", "Denmark", "N"))
add("German prosecutors charged three men with plotting sabotage attacks on rail lines on behalf of Russian military intelligence.",
    ("Germany", "German", "N"), ("Russia", "Russian", "A"))
add("European security services say the GRU is behind a string of arson attacks on warehouses, claims Moscow dismisses as 'Russophobic fantasies'.",
    ("Russia", "Moscow", "A"))
add("Warsaw ordered the closure of the last Russian consulate in the country, blaming Moscow for an arson attack on a shopping centre.",
    ("Poland", "Warsaw", "A"), ("Russia", "Russian", "A"))
add("Kallas: Russia is 'testing' Europe with drones, sabotage and cyberattacks",
    ("Kaja Kallas", "Kallas", "A"), ("Russia", "Russia", "A"))
add("EU governments agreed to phase out all Russian gas imports by the end of 2027, including liquefied natural gas bought on short-term contracts.",
    ("EU", "EU", "A"), ("Russia", "Russian", "N"))
add("Hungary and Slovakia said they would challenge the phase-out at the bloc's top court, arguing it amounted to sanctions by the back door.",
    ("Hungary", "Hungary", "A"), ("Slovakia", "Slovakia", "A"))
add("The European Commission proposed using 140 billion euros of immobilised central bank assets to fund a reparations loan for Ukraine.",
    ("European Commission", "European Commission", "C"), ("Ukraine", "Ukraine", "N"))
add("Lukashenko claimed saboteurs from Ukraine had tried to attack military airfields with drones, without offering any evidence.",
    ("Alexander Lukashenko", "Lukashenko", "A"), ("Ukraine", "Ukraine", "A"))
add("Putin and Lukashenko signed a mutual security treaty covering the use of nuclear weapons in the event of aggression against either state.",
    ("Vladimir Putin", "Putin", "C"), ("Alexander Lukashenko", "Lukashenko", "C"))
add("Russia has deployed Oreshnik intermediate-range missiles in Belarus, Lukashenko said, warning neighbours that they could reach any European capital.",
    ("Russia", "Russia", "A"), ("Belarus", "Belarus", "N"), ("Alexander Lukashenko", "Lukashenko", "A"))
add("The EU extended its sanctions on Belarus to cover potash and fertiliser shipments, one of the country's main sources of hard currency.",
    ("EU", "EU", "A"), ("Belarus", "Belarus", "N"))

# ---------------------------------------------------------------- nuclear safety, mediators, wider diplomacy
add("IAEA inspectors rotated at the Zaporizhzhia plant after crossing the front line during a locally agreed pause in fighting.",
    ("IAEA", "IAEA", "N"))
add("Grossi says plant is 'one step away' from an accident after drone hits turbine hall",
    ("Rafael Grossi", "Grossi", "N"))
add("The IAEA agreed to station its own experts at the Kursk nuclear power station as well, responding to a request from the operator.",
    ("IAEA", "IAEA", "C"))
add("Rafael Grossi negotiated a short truce that allowed repair teams to reconnect the station's last backup power line.",
    ("Rafael Grossi", "Rafael Grossi", "C"))
add("The United Arab Emirates has quietly mediated more than a dozen exchanges of captured soldiers since the war began.",
    ("United Arab Emirates", "United Arab Emirates", "C"))
add("Emirati mediators secured the release of two foreign nationals held in prison on espionage charges, the foreign ministry in Abu Dhabi said.",
    ("United Arab Emirates", "Emirati", "C"))
add("Medvedev threatens Baltic states over plans to seize 'shadow fleet' tankers",
    ("Dmitry Medvedev", "Medvedev", "A"))
add("Dmitry Medvedev called the European Commission 'a gang of thieves' over the plan to tap frozen central bank funds, promising lawsuits 'for eternity'.",
    ("Dmitry Medvedev", "Dmitry Medvedev", "A"), ("European Commission", "European Commission", "A"))
add("Viktor Orban's self-styled 'peace mission' to Moscow angered partners who accused him of undermining the bloc's common position.",
    ("Viktor Orban", "Viktor Orban", "A"), ("Russia", "Moscow", "N"))
add("Orban vows to veto any new sanctions that would touch energy imports",
    ("Viktor Orban", "Orban", "A"))
add("Peskov told reporters the offensive would continue until its goals were achieved, dismissing talk of a winter truce.",
    ("Dmitry Peskov", "Peskov", "A"))
add("Dmitry Peskov welcomed the resumption of talks on direct flights as 'a small but positive step' in relations with Washington.",
    ("Dmitry Peskov", "Dmitry Peskov", "C"), ("United States", "Washington", "N"))
add("Qatar hosted confidential talks on the return of children separated by the war, with both delegations praising the discretion of its diplomats.",
    ("Qatar", "Qatar", "C"))
add("Doha pledged $100 million for humanitarian demining of farmland in war-affected regions.",
    ("Qatar", "Doha", "C"))
add("Saudi Arabia hosted talks in Jeddah at which Kyiv accepted a proposal for a 30-day ceasefire.",
    ("Saudi Arabia", "Saudi Arabia", "C"), ("Ukraine", "Kyiv", "C"))
add("Saudi mediators arranged the release of ten foreign volunteers captured during the fighting, officials said.",
    ("Saudi Arabia", "Saudi", "C"))
add("Andrii Sybiha accused Budapest of 'cynical blackmail' for blocking the opening of the first negotiating cluster.",
    ("Andrii Sybiha", "Andrii Sybiha", "A"), ("Hungary", "Budapest", "A"))
add("Sybiha said a lasting settlement required security guarantees that 'actually work', not promises on paper.",
    ("Andrii Sybiha", "Sybiha", "N"))
add("The Council of Europe opened a register of damage caused by the war, which has already received more than 30,000 claims.",
    ("Council of Europe", "Council of Europe", "C"))
add("The Council of Europe's parliamentary assembly refused to ratify the credentials of Azerbaijan's delegation, citing its failure to honour democratic commitments.",
    ("Council of Europe", "Council of Europe", "A"), ("Azerbaijan", "Azerbaijan", "A"))
add("Antonio Guterres urged both sides to return to the spirit of the Black Sea arrangement, warning that hunger 'knows no borders'.",
    ("Antonio Guterres", "Antonio Guterres", "C"))
add("Guterres called for an immediate halt to attacks on power plants and substations, which he said were prohibited under humanitarian law.",
    ("Antonio Guterres", "Guterres", "C"))
add("The IMF disbursed a further $500 million to Kyiv after completing the sixth review of its lending programme.",
    ("IMF", "IMF", "C"), ("Ukraine", "Kyiv", "N"))
add("The IMF warned that Kyrgyzstan's re-export boom could reverse abruptly if enforcement of trade restrictions tightened.",
    ("IMF", "IMF", "N"), ("Kyrgyzstan", "Kyrgyzstan", "N"))
add("The European Parliament voted not to recognise the outcome of the Georgian parliamentary election, calling it neither free nor fair.",
    ("European Parliament", "European Parliament", "A"), ("Georgia", "Georgian", "N"))
add("The European Parliament approved a 35 billion euro loan for Ukraine to be repaid from the windfall profits of immobilised assets.",
    ("European Parliament", "European Parliament", "C"), ("Ukraine", "Ukraine", "N"))
add("The European Commission proposed steep tariffs on fertilisers from Russia to cut off one of its remaining sources of revenue.",
    ("European Commission", "European Commission", "A"), ("Russia", "Russia", "N"))
add("Islamic State claimed coordinated gun attacks on churches and synagogues in Dagestan that killed more than 20 people, including police officers.",
    ("Islamic State", "Islamic State", "A"))
add("Tajik security services said they had broken up an Islamic State cell that recruited young men through messaging apps.",
    ("Tajikistan", "Tajik", "N"), ("Islamic State", "Islamic State", "A"))
add("Serdar Berdimuhamedov named a new foreign minister in a reshuffle that kept his father's loyalists in key posts.",
    ("Serdar Berdimuhamedov", "Serdar Berdimuhamedov", "N"))
add("Serdar Berdimuhamedov and Aliyev agreed to jointly develop the Dostluk field in the Caspian, ending a dispute that lasted three decades.",
    ("Serdar Berdimuhamedov", "Serdar Berdimuhamedov", "C"), ("Ilham Aliyev", "Aliyev", "C"))
add("Narendra Modi offered to help 'in any way possible' to bring peace during his first visit to Kyiv.",
    ("Narendra Modi", "Narendra Modi", "C"), ("Ukraine", "Kyiv", "N"))
add("India's foreign ministry rejected Western criticism of its oil purchases, saying energy security came first for 1.4 billion people.",
    ("India", "India", "N"))
add("India and Russia agreed to settle a larger share of their trade in national currencies",
    ("India", "India", "C"), ("Russia", "Russia", "C"))
add("Ursula von der Leyen unveiled an 800 billion euro rearmament plan, saying Europe must be able to defend itself.",
    ("Ursula von der Leyen", "Ursula von der Leyen", "N"))
add("Von der Leyen said the government in Tbilisi was 'deliberately turning its back' on its citizens' European future.",
    ("Ursula von der Leyen", "Von der Leyen", "A"), ("Georgia", "Tbilisi", "A"))
add("Cyprus agreed to tighten oversight of shell companies after Washington identified several that had helped sanctioned businessmen move money.",
    ("Cyprus", "Cyprus", "C"), ("United States", "Washington", "N"))
add("Cyprus accused Turkey of violating its exclusive economic zone by sending a drilling ship escorted by warships.",
    ("Cyprus", "Cyprus", "A"), ("Turkey", "Turkey", "A"))
add("Latvia began deporting residents who failed to pass a mandatory language test, a policy Moscow called discriminatory.",
    ("Latvia", "Latvia", "A"), ("Russia", "Moscow", "A"))
add("Latvia will withdraw from the treaty banning anti-personnel mines, citing the threat on its eastern border.",
    ("Latvia", "Latvia", "N"))
add("Germany formally activated a 5,000-strong armoured brigade in Lithuania, its first permanent foreign deployment since the Second World War.",
    ("Germany", "Germany", "C"), ("Lithuania", "Lithuania", "N"))
add("Mark Rutte urged allies to adopt a 'wartime mindset' and spend far more on air defence and ammunition.",
    ("Mark Rutte", "Mark Rutte", "N"))
add("Kaja Kallas proposed a 40 billion euro military aid package for Ukraine, but several member states balked at the cost.",
    ("Kaja Kallas", "Kaja Kallas", "C"), ("Ukraine", "Ukraine", "N"))
add("Hungary announced it would leave the International Criminal Court, saying the tribunal had become a political instrument.",
    ("Hungary", "Hungary", "A"), ("ICC", "International Criminal Court", "N"))
add("Maria Zakharova promised a 'harsh response' to any seizure of tankers in the Baltic.",
    ("Maria Zakharova", "Maria Zakharova", "A"))
add("Macron hosted a meeting of the coalition of the willing, where 26 countries pledged to help guarantee any ceasefire.",
    ("Emmanuel Macron", "Macron", "C"))
add("Japan scrambled fighters and lodged a protest after two long-range bombers flew along its airspace for seven hours.",
    ("Japan", "Japan", "A"))
add("Denmark will buy long-range precision weapons for the first time, citing the deteriorating security situation in the Baltic.",
    ("Denmark", "Denmark", "N"))
add("Fico pledged that his government would not send 'a single bullet' of military aid to the front.",
    ("Robert Fico", "Fico", "A"))
add("The ICC issued arrest warrants for Sergei Shoigu and Valery Gerasimov over strikes on civilian power infrastructure.",
    ("ICC", "ICC", "A"), ("Sergei Shoigu", "Sergei Shoigu", "A"), ("Valery Gerasimov", "Valery Gerasimov", "A"))
add("The ICRC said it had information on the fate of fewer than half of the missing soldiers registered by their families.",
    ("ICRC", "ICRC", "N"))
add("The World Bank approved a $200 million loan to help Uzbekistan line its leaking irrigation canals with concrete.",
    ("World Bank", "World Bank", "C"), ("Uzbekistan", "Uzbekistan", "N"))
add("Jeyhun Bayramov said his country was ready to sign the treaty 'at any moment' once the constitutional question was settled.",
    ("Jeyhun Bayramov", "Jeyhun Bayramov", "C"))
add("Georgian Dream moved to ban the three largest opposition parties, accusing them of 'sabotage' and 'treason'.",
    ("Georgian Dream", "Georgian Dream", "A"))
add("Zourabichvili, now out of office, urged Western capitals to sanction the judges who jailed protesters.",
    ("Salome Zourabichvili", "Zourabichvili", "A"))
add("Bidzina Ivanishvili warned that a 'global war party' was trying to drag the country into a conflict with Russia.",
    ("Bidzina Ivanishvili", "Bidzina Ivanishvili", "A"), ("Russia", "Russia", "N"))
add("Ukhnaagiin Khurelsukh and Emmanuel Macron agreed on a uranium mining project in the Gobi desert worth about 1.6 billion euros.",
    ("Ukhnaagiin Khurelsukh", "Ukhnaagiin Khurelsukh", "C"), ("Emmanuel Macron", "Emmanuel Macron", "C"))
add("The Organization of Turkic States agreed to harmonise customs procedures to speed cargo along the trans-Caspian route.",
    ("Organization of Turkic States", "Organization of Turkic States", "C"))
add("Sweden announced its largest aid package yet, including Archer artillery systems and CV90 infantry fighting vehicles.",
    ("Sweden", "Sweden", "C"))
add("Svetlana Tikhanovskaya called on European governments to issue humanitarian visas to people fleeing repression at home.",
    ("Svetlana Tikhanovskaya", "Svetlana Tikhanovskaya", "C"))
add("Maia Sandu won a second term in a run-off despite what officials described as an unprecedented vote-buying scheme.",
    ("Maia Sandu", "Maia Sandu", "N"))
add("Estonia's navy attempted to inspect an unflagged tanker off its northern coast but broke off the operation when a fighter jet appeared.",
    ("Estonia", "Estonia", "N"))
add("Finland became NATO's 31st member in April 2023, ending decades of military non-alignment.",
    ("Finland", "Finland", "C"), ("NATO", "NATO", "N"))
add("Lithuania will raise defence spending above five per cent of economic output next year, the government in Vilnius said.",
    ("Lithuania", "Lithuania", "N"))
add("North Korea has shipped millions of artillery shells and dozens of ballistic missiles to the front, intelligence officials in Seoul estimate.",
    ("North Korea", "North Korea", "A"), ("South Korea", "Seoul", "N"))
add("Kim Jong Un and Putin signed a mutual defence pact, pledging to come to each other's aid if attacked.",
    ("Kim Jong Un", "Kim Jong Un", "C"), ("Vladimir Putin", "Putin", "C"))
add("Pyongyang acknowledged for the first time that its soldiers had fought in the Kursk region, and Kim unveiled a memorial to the fallen.",
    ("North Korea", "Pyongyang", "N"), ("Kim Jong Un", "Kim", "N"))
add("Sergei Shoigu thanked Kim Jong Un in person for the help his soldiers had provided, calling it 'true brotherhood'.",
    ("Sergei Shoigu", "Sergei Shoigu", "C"), ("Kim Jong Un", "Kim Jong Un", "C"))
add("Shoigu accused Western spy agencies of plotting 'terror attacks' on energy infrastructure.",
    ("Sergei Shoigu", "Shoigu", "A"))
add("Rustem Umerov handed Russian negotiators a list of 339 children he said had been deported from occupied territories.",
    ("Rustem Umerov", "Rustem Umerov", "C"), ("Russia", "Russian", "A"))
add("Rustem Umerov signed a joint drone production agreement with Denmark, allowing his country's manufacturers to build factories on Danish soil.",
    ("Rustem Umerov", "Rustem Umerov", "C"), ("Denmark", "Denmark", "C"))
add("Yulia Navalnaya accused Putin of ordering her husband's killing in an Arctic prison colony.",
    ("Yulia Navalnaya", "Yulia Navalnaya", "A"), ("Vladimir Putin", "Putin", "A"))
add("Russia freed the reporter Evan Gershkovich in a 24-person prisoner swap that Washington described as a feat of diplomacy.",
    ("Russia", "Russia", "C"), ("United States", "Washington", "C"))
add("Lavrov and Marco Rubio agreed in a phone call to restore embassy staffing and explore resuming direct flights.",
    ("Sergei Lavrov", "Lavrov", "C"), ("Marco Rubio", "Marco Rubio", "C"))
add("Russia vetoed the renewal of the UN Security Council panel that monitored sanctions on North Korea.",
    ("Russia", "Russia", "A"), ("UN Security Council", "UN Security Council", "N"), ("North Korea", "North Korea", "N"))
add("Xi Jinping and Putin pledged to deepen their strategic coordination during a three-day state visit, calling relations the best in history.",
    ("Xi Jinping", "Xi Jinping", "C"), ("Vladimir Putin", "Putin", "C"))
add("India became the largest buyer of seaborne Russian crude, prompting Washington to impose an extra 25 per cent tariff on Indian goods.",
    ("India", "India", "N"), ("Russia", "Russian", "N"), ("United States", "Washington", "A"))
add("Modi told Putin that 'this is not an era of war' and urged an early return to dialogue.",
    ("Narendra Modi", "Modi", "C"), ("Vladimir Putin", "Putin", "N"))
add("Tehran denied sending ballistic missiles for use in the war, calling Western reports baseless.",
    ("Iran", "Tehran", "N"))
add("Russia and Iran signed a 20-year strategic partnership treaty that stops short of a mutual defence clause.",
    ("Russia", "Russia", "C"), ("Iran", "Iran", "C"))
add("Iran supplied Shahed drone designs and helped set up a factory in Tatarstan that now turns out thousands of the drones a month, Western officials say.",
    ("Iran", "Iran", "A"))
add("Russian jamming disrupted satellite navigation for hundreds of flights over the Baltic region in a single weekend, aviation authorities said.",
    ("Russia", "Russian", "A"))
add("Kyiv offered to share its battlefield experience in intercepting drones with European air forces.",
    ("Ukraine", "Kyiv", "C"))
add("Moscow returned 22 children to relatives across the front line under a humanitarian arrangement, officials on both sides confirmed.",
    ("Russia", "Moscow", "C"))
add("Azerbaijani authorities jailed six journalists from an independent outlet on smuggling charges that their lawyers called fabricated.",
    ("Azerbaijan", "Azerbaijani", "A"))
add("Armenia unveiled a 'Crossroads of Peace' plan to open roads, railways and pipelines to all of its neighbours.",
    ("Armenia", "Armenia", "C"))
add("Astana offered to host the next round of talks on the legal status of the Caspian Sea.",
    ("Kazakhstan", "Astana", "C"))
add("Georgian authorities fined dozens of protesters and barred several journalists from leaving the country.",
    ("Georgia", "Georgian", "A"))
add("Uzbekistan abolished exit visas and released thousands of prisoners during Mirziyoyev's first years in office.",
    ("Uzbekistan", "Uzbekistan", "C"), ("Shavkat Mirziyoyev", "Mirziyoyev", "N"))
add("A Belarusian court sentenced a retired teacher to four years for donating money to a volunteer battalion fighting on the other side.",
    ("Belarus", "Belarusian", "A"))
add("Mongolia hosted a regional conference on desertification and pledged to plant a billion trees by 2030.",
    ("Mongolia", "Mongolia", "C"))
add("Tajikistan offered to share data from the Rogun reservoir with downstream neighbours to build trust on water management.",
    ("Tajikistan", "Tajikistan", "C"))


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "eurasia.csv")
    seen = set()
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["text", "actor", "mention", "label"])
        for text, rows in S:
            assert text not in seen, "duplicate sentence: " + text
            seen.add(text)
            for actor, mention, code in rows:
                assert mention in text, (mention, text)
                w.writerow([text, actor, mention, LABELS[code]])
    print("wrote %d sentences to %s" % (len(S), out))


if __name__ == "__main__":
    main()
