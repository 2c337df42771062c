#!/usr/bin/env python3
"""Generator for mena.csv: hand-written MENA framing sentences.

Each entry: E(text, "Actor|mention|label", ...), label c/a/n = cooperative/adversarial/neutral.
Run: python3 mena_gen.py  (writes mena.csv next to this script)

Labels and spans follow data/CODEBOOK.md where it refines GUIDE.md (venue capitals give a neutral
row, unnamed officials give the state, IRGC -> Iran, aliases as in data/actors.csv).
Actors used here that data/actors.csv does not list yet (proposed aliases in brackets):
  Abdullah II [King Abdullah II|King Abdullah], Salman bin Abdulaziz [King Salman],
  Haitham bin Tariq, Badr Albusaidi, Badr Abdelatty [Abdelatty],
  Mohammed bin Abdulrahman Al Thani, Bezalel Smotrich [Smotrich], Ayman Safadi [Safadi],
  Nawaf Salam, Morgan Ortagus [Ortagus], Mazloum Abdi, Bashar al-Assad [Assad],
  Nechirvan Barzani, Fuad Hussein, Hans Grundberg [Grundberg], Khalifa Haftar [Haftar],
  Abdul Hamid Dbeibah [Dbeibah], Kais Saied [Saied], Staffan de Mistura,
  Southern Transitional Council [STC].
"""
import csv
import os

LABELS = {"c": "cooperative", "a": "adversarial", "n": "neutral"}
DATA = []


def E(text, *specs):
    rows = []
    for spec in specs:
        actor, mention, lab = spec.split("|")
        rows.append((actor, mention, LABELS[lab]))
    DATA.append((text, rows))

# ---------------------------------------------------------------- Gaza, Israel, Palestinians
E('''DOHA, Feb 11 — Qatari and Egyptian mediators shuttled between Israeli and Hamas delegations late into the night, trying to rescue a truce that both sides accused the other of violating.''',
  "Qatar|Qatari|c", "Egypt|Egyptian|c", "Israel|Israeli|a", "Hamas|Hamas|a")
E('''Hamas releases three hostages as Israel frees 183 prisoners under truce deal''',
  "Hamas|Hamas|c", "Israel|Israel|c")
E('''Benjamin Netanyahu said on Sunday his government would resume "full-force" fighting in Gaza if the remaining captives were not handed over by the weekend.''',
  "Benjamin Netanyahu|Benjamin Netanyahu|a")
E('''Foreign Minister Badr Abdelatty hosted a Hamas delegation to discuss a phased reconstruction plan for Gaza that would keep the movement out of day-to-day administration.''',
  "Badr Abdelatty|Badr Abdelatty|c", "Hamas|Hamas|n")
E('''Hamas accused Israel of deliberately stalling the second phase of the agreement by refusing to pull troops back from the Philadelphi corridor.''',
  "Hamas|Hamas|a", "Israel|Israel|a")
E('''The Israeli military said it struck a weapons depot belonging to Islamic Jihad in Khan Younis, alleging the faction had been preparing rocket launches toward southern towns.''',
  "Israel|Israeli|a", "Islamic Jihad|Islamic Jihad|a")
E('''Islamic Jihad said one of its field commanders was killed in the raid and vowed that the "crime will not pass without a response".''',
  "Islamic Jihad|Islamic Jihad|a")
E('''Tamim bin Hamad Al Thani told visiting envoys that Qatar would keep its channels to all parties open "for as long as there is a life to be saved".''',
  "Tamim bin Hamad Al Thani|Tamim bin Hamad Al Thani|c", "Qatar|Qatar|c")
E('''Washington pledged to guarantee implementation of the ceasefire, with special envoy Steve Witkoff travelling to the region to press both sides on the outstanding withdrawal maps.''',
  "United States|Washington|c", "Steve Witkoff|Steve Witkoff|c")
E('''Aid trucks queued for a third day at the Rafah crossing as Israeli inspectors turned back shipments containing tent poles and water pumps, relief workers said.''',
  "Israel|Israeli|a")
E('''The World Food Programme said it had delivered enough flour to feed 400,000 people in northern Gaza during the first week of the pause in fighting.''',
  "WFP|World Food Programme|c")
E('''UNRWA warns it may halt Gaza clinics within weeks as donor money dries up''',
  "UNRWA|UNRWA|n")
E('''Israel's parliament passed legislation barring UNRWA from operating on territory under Israeli sovereignty, a step the agency said would cripple schooling and health care for millions of refugees.''',
  "Israel|Israel|a", "UNRWA|UNRWA|n")
E('''Mahmoud Abbas told the Arab League summit that the Palestinian Authority was ready to assume full responsibility for Gaza and would hold elections within a year of the war ending.''',
  "Mahmoud Abbas|Mahmoud Abbas|c", "Arab League|Arab League|n", "Palestinian Authority|Palestinian Authority|c")
E('''Hamas officials rejected any arrangement requiring the group to hand over its weapons, calling disarmament a "red line" no mediator could cross.''',
  "Hamas|Hamas|a")
E('''Israeli troops opened fire near a food distribution point in Rafah, killing at least 21 people, according to local health officials; the army said soldiers fired warning shots at suspects approaching its lines.''',
  "Israel|Israeli|a")
E('''In a rare joint statement, Egypt, Qatar and the United States called on both parties to "exercise maximum restraint" and return to the negotiating table within 48 hours.''',
  "Egypt|Egypt|c", "Qatar|Qatar|c", "United States|United States|c")
E('''Mohammed bin Abdulrahman Al Thani said negotiations had reached "a sensitive stage" and urged Israel not to let coalition politics derail a deal that was within reach.''',
  "Mohammed bin Abdulrahman Al Thani|Mohammed bin Abdulrahman Al Thani|c", "Israel|Israel|n")
E('''Share | Tweet | Email   Hamas says it handed mediators a list of 34 captives it is prepared to free in the first stage   Updated 09:14 GMT''',
  "Hamas|Hamas|c")
E('''The Israeli security cabinet approved a plan to expand ground operations in Gaza City, overriding warnings from the military chief of staff that it would endanger the remaining hostages.''',
  "Israel|Israeli|a")
E('''Defence Minister Israel Katz threatened to "open the gates of hell" on Hamas unless every hostage was freed by Saturday.''',
  "Israel Katz|Israel Katz|a", "Hamas|Hamas|n")
E('''Egyptian officials said Cairo had trained some 5,000 police recruits who could deploy inside Gaza once a ceasefire is consolidated.''',
  "Egypt|Egyptian|c")
E('''Jordan airdropped 40 tonnes of food and medical supplies over central Gaza on Thursday in an operation coordinated with the United Arab Emirates.''',
  "Jordan|Jordan|c", "United Arab Emirates|United Arab Emirates|c")
E('''The UAE quietly financed a desalination pipeline running from Egypt into southern Gaza, people familiar with the project said.''',
  "United Arab Emirates|UAE|c", "Egypt|Egypt|n")
E('''Hamas fighters ambushed an Israeli armoured unit in Beit Hanoun, the movement's armed wing said, releasing footage it claimed showed a tank being hit.''',
  "Hamas|Hamas|a", "Israel|Israeli|n")
E('''Netanyahu's office denied reports that Israel had quietly agreed to a permanent end to the war in the latest round of negotiations.''',
  "Benjamin Netanyahu|Netanyahu|n", "Israel|Israel|n")
E('''GAZA CITY, July 8 — Hamas security men publicly executed six men they accused of collaborating with Israel, drawing condemnation from the Palestinian Authority and rights groups.''',
  "Hamas|Hamas|a", "Israel|Israel|n", "Palestinian Authority|Palestinian Authority|a")
E('''Fatah and Hamas officials met in Cairo for the first time in a year and agreed to form a technocratic committee to manage Gaza's affairs, Egyptian sources said.''',
  "Fatah|Fatah|c", "Hamas|Hamas|c", "Egypt|Cairo|n")
E('''Egypt unveils $53 billion Gaza rebuilding plan, wins Arab League endorsement''',
  "Egypt|Egypt|c", "Arab League|Arab League|c")
E('''The White House gave the Egyptian reconstruction blueprint a lukewarm reception, saying it "does not address the reality that Gaza is currently uninhabitable".''',
  "United States|White House|n", "Egypt|Egyptian|c")
E('''Overnight strikes killed at least 40 people across the Gaza Strip, including a family of nine sheltering in a school run by UNRWA, the agency said, blaming Israel for hitting a clearly marked site.''',
  "UNRWA|UNRWA|a", "Israel|Israel|a")
E('''UNRWA said it had dismissed nine employees after an internal investigation into Israeli allegations that they took part in the October 7 attack.''',
  "UNRWA|UNRWA|c", "Israel|Israeli|a")
E('''Palestinian Authority security forces arrested dozens of Hamas supporters in Jenin in a crackdown the Islamist group said served only the occupation.''',
  "Palestinian Authority|Palestinian Authority|a", "Hamas|Hamas|a")
E('''Mahmoud Abbas on Wednesday appointed a vice-president for the first time, a step long demanded by Arab donors who want a clear succession plan in Ramallah.''',
  "Mahmoud Abbas|Mahmoud Abbas|c", "Palestinian Authority|Ramallah|n")
E('''Armed settlers torched cars and homes in the West Bank village of Turmus Ayya as Israeli soldiers stood by, residents told reporters.''',
  "Israel|Israeli|a")
E('''King Abdullah II warned visiting US lawmakers that any forced displacement of Palestinians into Jordan would be treated as "a declaration of war".''',
  "Abdullah II|King Abdullah II|a", "United States|US|n", "Jordan|Jordan|n")
E('''Jordan and Egypt jointly rejected proposals to resettle Gaza's population abroad, saying the idea would destabilise the entire region.''',
  "Jordan|Jordan|a", "Egypt|Egypt|a")
E('''Israeli Finance Minister Bezalel Smotrich announced funding for 22 new settlements, prompting the European Union to summon Israel's ambassador.''',
  "Israel|Israeli|n", "Bezalel Smotrich|Bezalel Smotrich|a", "EU|European Union|a")
E('''Ayman Safadi called the settlement decision "a flagrant breach of international law" and said Amman would raise it at the Security Council.''',
  "Ayman Safadi|Ayman Safadi|a", "Jordan|Amman|n", "UN Security Council|Security Council|n")
E('''The Palestinian Authority has not paid full salaries to its public employees for fourteen months after Israel withheld tax revenues it collects on Ramallah's behalf.''',
  "Palestinian Authority|Palestinian Authority|n", "Israel|Israel|a")
E('''Norway agreed to hold the withheld tax revenues of the Palestinians in escrow, a compromise brokered with Washington that allowed part of the money to reach Ramallah.''',
  "Norway|Norway|c", "United States|Washington|c", "Palestinian Authority|Ramallah|n")
E('''Hamas says ready for "comprehensive deal" releasing all hostages in exchange for end of war''',
  "Hamas|Hamas|c")
E('''Islamic Jihad fighters fired a salvo of rockets at Sderot after the truce expired, the Israeli army said, adding that most were intercepted.''',
  "Islamic Jihad|Islamic Jihad|a", "Israel|Israeli|n")
E('''Negotiators from Qatar and Egypt presented a bridging proposal on Monday that would see Israel release more detainees in return for the bodies of deceased captives.''',
  "Qatar|Qatar|c", "Egypt|Egypt|c", "Israel|Israel|n")
E('''Israel struck the Hamas leadership in Qatar's capital, an attack that killed five members of the group and drew furious condemnation from Doha.''',
  "Israel|Israel|a", "Hamas|Hamas|n", "Qatar|Qatar|a")
E('''Qatar briefly suspended its mediation after the strike on its capital, saying it could not act as an intermediary "while its own territory is being bombed".''',
  "Qatar|Qatar|n")
E('''Steve Witkoff met the families of hostages on Monday and assured them Washington would not abandon the negotiations even if the truce collapsed.''',
  "Steve Witkoff|Steve Witkoff|c", "United States|Washington|c")
E('''Israeli forces raided the Balata refugee camp near Nablus before dawn, detaining 30 people and bulldozing streets in what the army called a counter-terrorism operation.''',
  "Israel|Israeli|a")
E('''Mahmoud Abbas urges Hamas to hand over Gaza "and spare our people further suffering"''',
  "Mahmoud Abbas|Mahmoud Abbas|c", "Hamas|Hamas|n")
E('''Saudi Arabia and France co-chaired a conference at the United Nations aimed at reviving the two-state solution, with more than 120 delegations attending.''',
  "Saudi Arabia|Saudi Arabia|c", "France|France|c", "UN|United Nations|n")
E('''Washington boycotted the two-state conference in New York, with a State Department spokeswoman calling it "a gift to Hamas" that rewarded terrorism.''',
  "United States|Washington|a", "Hamas|Hamas|a")
E('''Spain, Ireland and Norway formally recognised the State of Palestine, a move Israel denounced by recalling its ambassadors from all three capitals.''',
  "Spain|Spain|c", "Ireland|Ireland|c", "Norway|Norway|c", "Palestine|State of Palestine|n", "Israel|Israel|a")
E('''Palestine's envoy to the UN welcomed the recognitions as "a turning point" and appealed to other European governments to follow suit.''',
  "Palestine|Palestine|c", "UN|UN|n")
E('''Israeli police detained two UNRWA staff members at a checkpoint outside East Jerusalem and confiscated their identity cards, the agency said.''',
  "Israel|Israeli|a", "UNRWA|UNRWA|n")
E('''The International Criminal Court issued an arrest warrant for Netanyahu over the conduct of the Gaza war, a decision his office called "antisemitic" and politically motivated.''',
  "ICC|International Criminal Court|n", "Benjamin Netanyahu|Netanyahu|a")
E('''The United States imposed sanctions on four ICC judges involved in the Gaza cases, accusing the court of illegitimate actions against an American ally.''',
  "United States|United States|a", "ICC|ICC|a")
E('''Hamas handed over the remains of two hostages to the Red Cross in Khan Younis on Thursday in what it described as a gesture toward the mediators.''',
  "Hamas|Hamas|c", "Red Cross|Red Cross|n")
E('''Israel will let 600 aid trucks a day into Gaza under the renewed arrangement, an official in the prime minister's office said, lifting a two-month blockade.''',
  "Israel|Israel|c")
E('''Palestinian Islamic Jihad rejected the truce terms outright and vowed to keep fighting "until the last occupier leaves".''',
  "Islamic Jihad|Palestinian Islamic Jihad|a")
E('''A senior Hamas official, Khalil al-Hayya, said the group had accepted the mediators' latest proposal "without amendments" and was waiting for Israel's reply.''',
  "Khalil al-Hayya|Khalil al-Hayya|c", "Hamas|Hamas|c", "Israel|Israel|n")
E('''Netanyahu rejects Palestinian state "in any form" during White House visit''',
  "Benjamin Netanyahu|Netanyahu|a", "Palestine|Palestinian|n", "United States|White House|n")
E('''Isaac Herzog called on Israelis to "put aside the bitterness of recent months" and support an agreement bringing the remaining hostages home.''',
  "Isaac Herzog|Isaac Herzog|c")
E('''Israeli ministers threatened to quit the governing coalition if Netanyahu signed any deal ending the war, potentially bringing down the government.''',
  "Israel|Israeli|a", "Benjamin Netanyahu|Netanyahu|n")
E('''The Palestinian Authority said Israeli forces had demolished 44 homes in the Jordan Valley in one week, calling on the UN Security Council to intervene.''',
  "Palestinian Authority|Palestinian Authority|n", "Israel|Israeli|a", "UN Security Council|UN Security Council|n")
E('''The Security Council adopted a resolution endorsing the phased ceasefire plan, with 14 votes in favour and Russia abstaining.''',
  "UN Security Council|Security Council|c", "Russia|Russia|n")
E('''Algeria's draft resolution demanding an immediate halt to fighting in Gaza was vetoed by the United States, the fourth such veto since the war began.''',
  "Algeria|Algeria|c", "United States|United States|a")
# ---------------------------------------------------------------- Lebanon, Hezbollah
E('''BEIRUT, Nov 27 — A US- and French-brokered ceasefire between Israel and Hezbollah took effect at dawn, with thousands of displaced families driving south despite Lebanese army warnings.''',
  "United States|US|c", "France|French|c", "Israel|Israel|n", "Hezbollah|Hezbollah|n", "Lebanon|Lebanese|n")
E('''Hezbollah fired dozens of rockets at Haifa in northern Israel on Sunday, the heaviest barrage since the conflict began, the group said.''',
  "Hezbollah|Hezbollah|a", "Israel|Israel|n")
E('''Israeli jets pounded Beirut's southern suburbs after evacuation warnings, flattening at least four residential buildings the army said housed Hezbollah weapons.''',
  "Israel|Israeli|a", "Lebanon|Beirut|n", "Hezbollah|Hezbollah|a")
E('''Joseph Aoun told diplomats that the Lebanese state alone would hold weapons and that he would pursue a "national dialogue" with Hezbollah rather than confrontation.''',
  "Joseph Aoun|Joseph Aoun|c", "Lebanon|Lebanese|n", "Hezbollah|Hezbollah|n")
E('''Naim Qassem said the movement would not surrender its arsenal "while Israel occupies a single inch of Lebanese land", rejecting a government timetable for disarmament.''',
  "Naim Qassem|Naim Qassem|a", "Israel|Israel|a")
E('''Lebanon's cabinet tasked the army with drawing up a plan to bring all weapons under state control by the end of the year, a decision Shiite ministers walked out over.''',
  "Lebanon|Lebanon|c")
E('''The Lebanese army took over three Hezbollah positions south of the Litani River and dismantled a rocket launch pad, a military source said.''',
  "Lebanon|Lebanese|c", "Hezbollah|Hezbollah|n")
E('''Israel has kept troops on five hilltops inside southern Lebanon beyond the withdrawal deadline, saying it needs them to protect border communities.''',
  "Israel|Israel|a", "Lebanon|Lebanon|n")
E('''UNIFIL peacekeepers said an Israeli tank fired on one of their watchtowers near Naqoura, lightly wounding two peacekeepers.''',
  "UNIFIL|UNIFIL|n", "Israel|Israeli|a")
E('''Prime Minister Nawaf Salam pledged to open Lebanon's books to the IMF and restructure the banking sector, steps demanded by donors before any bailout.''',
  "Nawaf Salam|Nawaf Salam|c", "Lebanon|Lebanon|n", "IMF|IMF|n")
E('''The International Monetary Fund welcomed Beirut's draft bank resolution law as "an important first step" but said depositors needed clearer protection.''',
  "IMF|International Monetary Fund|c", "Lebanon|Beirut|c")
E('''Saudi Arabia lifts travel warning for Lebanon, paving way for return of Gulf tourists''',
  "Saudi Arabia|Saudi Arabia|c", "Lebanon|Lebanon|n")
E('''An Israeli drone strike on a car near Tyre killed a Hezbollah commander the army accused of smuggling weapons from Syria, in the latest breach of the truce alleged by Beirut.''',
  "Israel|Israeli|a", "Hezbollah|Hezbollah|a", "Syria|Syria|n", "Lebanon|Beirut|a")
E('''Hezbollah has so far refrained from responding to near-daily Israeli strikes, a restraint analysts attribute to heavy losses and pressure from its own constituency.''',
  "Hezbollah|Hezbollah|c", "Israel|Israeli|a")
E('''Joseph Aoun and Ahmed al-Sharaa agreed by phone to set up a joint committee to demarcate the Lebanese-Syrian border and curb smuggling.''',
  "Joseph Aoun|Joseph Aoun|c", "Ahmed al-Sharaa|Ahmed al-Sharaa|c")
E('''Clashes erupted between Syrian and Lebanese troops around the border town of Hawsh al-Sayyed Ali, killing seven before a ceasefire was arranged through Saudi mediation.''',
  "Syria|Syrian|a", "Lebanon|Lebanese|a", "Saudi Arabia|Saudi|c")
E('''French President Emmanuel Macron hosted a donor conference for Lebanon in Paris that raised $1 billion in humanitarian and military aid.''',
  "France|French|n", "Emmanuel Macron|Emmanuel Macron|c", "Lebanon|Lebanon|n")
E('''Iran's foreign ministry accused Washington of "blackmailing" Lebanon by conditioning reconstruction aid on Hezbollah's disarmament.''',
  "Iran|Iran|a", "United States|Washington|a", "Lebanon|Lebanon|n", "Hezbollah|Hezbollah|n")
E('''Lebanese authorities barred a plane from Tehran from landing in Beirut after Israel threatened to strike the airport, citing suspected cash transfers to Hezbollah.''',
  "Lebanon|Lebanese|a", "Iran|Tehran|n", "Israel|Israel|a", "Hezbollah|Hezbollah|n")
E('''Tehran retaliated by suspending flights from Beirut, leaving hundreds of pilgrims stranded for days.''',
  "Iran|Tehran|a", "Lebanon|Beirut|n")
E('''Morgan Ortagus, the US deputy envoy, said Washington would keep working with the Lebanese army, calling it "the only legitimate defender" of the country.''',
  "Morgan Ortagus|Morgan Ortagus|c", "United States|US|c", "Lebanon|Lebanese|n")
E('''Qatar will pay the salaries of Lebanese soldiers for six months and supply fuel for military vehicles, Doha's embassy said in a statement.''',
  "Qatar|Qatar|c", "Lebanon|Lebanese|n")
E('''Hezbollah supporters on motorcycles blocked the airport road for hours, protesting the government's ban on Iranian passenger flights.''',
  "Hezbollah|Hezbollah|n")
E('''The European Union extended its support package to Lebanese security forces by €60 million, with a focus on border control and refugee returns.''',
  "EU|European Union|c", "Lebanon|Lebanese|n")
E('''Updated 16:05 GMT | Share   Lebanese parliament elects Joseph Aoun president after two-year vacancy   Related: Who is Nawaf Salam?''',
  "Lebanon|Lebanese|n", "Joseph Aoun|Joseph Aoun|n", "Nawaf Salam|Nawaf Salam|n")
E('''Israel and Lebanon held their first direct talks in decades under US auspices, discussing prisoner releases and the disputed land border.''',
  "Israel|Israel|c", "Lebanon|Lebanon|c", "United States|US|c")
E('''Naim Qassem denounces talks with Israel as "normalisation under fire"''',
  "Naim Qassem|Naim Qassem|n", "Israel|Israel|n")
# ---------------------------------------------------------------- Syria
E('''DAMASCUS, Dec 8 — Rebel forces led by Hayat Tahrir al-Sham entered Damascus unopposed on Sunday as the army melted away, ending more than five decades of Assad family rule.''',
  "Hayat Tahrir al-Sham|Hayat Tahrir al-Sham|a", "Syria|Damascus|n")
E('''Ahmed al-Sharaa promised that Syria would not be a launchpad for attacks on any neighbour and invited Gulf investors to help rebuild the country.''',
  "Ahmed al-Sharaa|Ahmed al-Sharaa|c", "Syria|Syria|c")
E('''Israeli troops advanced into the buffer zone on the Golan Heights and seized the summit of Mount Hermon, a move Damascus called a violation of the 1974 disengagement accord.''',
  "Israel|Israeli|a", "Syria|Damascus|a")
E('''Israel carried out more than 300 air strikes on Syrian military sites in 48 hours, destroying much of the former regime's navy and air defences.''',
  "Israel|Israel|a", "Syria|Syrian|n")
E('''Syria and Israel have held quiet talks in Baku on de-escalation in the south, according to two diplomats, with Azerbaijan acting as host.''',
  "Syria|Syria|c", "Israel|Israel|c", "Azerbaijan|Baku|c")
E('''The SDF signed an agreement with the new authorities in Damascus to integrate its institutions into the Syrian state, including oil fields and border crossings in the northeast.''',
  "SDF|SDF|c", "Syria|Damascus|c")
E('''Mazloum Abdi said the Kurdish-led force would not disband until constitutional guarantees for minorities were in place, complicating the merger timetable.''',
  "Mazloum Abdi|Mazloum Abdi|a")
E('''Turkish-backed factions shelled villages near Manbij held by the Syrian Democratic Forces, breaking a ceasefire brokered by Washington a week earlier.''',
  "Turkey|Turkish|a", "SDF|Syrian Democratic Forces|n", "United States|Washington|c")
E('''Ankara warned it would launch a new cross-border operation if the SDF failed to honour its integration deal with Damascus.''',
  "Turkey|Ankara|a", "SDF|SDF|n", "Syria|Damascus|n")
E('''Foreign Minister Hakan Fidan said Turkey was ready to help train the new Syrian army, and Ankara would consider a defence pact with its southern neighbour.''',
  "Hakan Fidan|Hakan Fidan|c", "Turkey|Turkey|c", "Syria|Syrian|n")
E('''US lifts most Syria sanctions after Trump meets al-Sharaa''',
  "United States|US|c", "Syria|Syria|n", "Donald Trump|Trump|n", "Ahmed al-Sharaa|al-Sharaa|n")
E('''The EU agreed to suspend restrictions on Syrian banks and the energy sector, though foreign ministers kept measures on chemical weapons and arms in place.''',
  "EU|EU|c", "Syria|Syrian|n")
E('''A Syrian delegation in Moscow asked the Kremlin to hand over Bashar al-Assad, who has lived in the Russian capital since fleeing Damascus, two sources said.''',
  "Syria|Syrian|n", "Russia|Moscow|n", "Bashar al-Assad|Bashar al-Assad|n")
E('''Saudi Arabia and Qatar will jointly pay off Syria's $15 million arrears to the World Bank, unlocking fresh grants for the war-battered economy.''',
  "Saudi Arabia|Saudi Arabia|c", "Qatar|Qatar|c", "Syria|Syria|n", "World Bank|World Bank|n")
E('''Syrian security forces were accused of killing hundreds of Alawite civilians in the coastal provinces in March, the worst sectarian bloodshed since the change of power.''',
  "Syria|Syrian|a")
E('''Israel bombed the Syrian defence ministry in Damascus, claiming it was protecting the Druze minority in Sweida from government troops.''',
  "Israel|Israel|a", "Syria|Syrian|n")
E('''Jordan, Syria and the United States agreed a road map for Sweida that includes withdrawing heavy weapons and deploying local police, Amman's foreign ministry said.''',
  "Jordan|Jordan|c", "Syria|Syria|c", "United States|United States|c")
E('''Islamic State militants detonated a suicide vest inside a church in the Dweila district of the capital during Sunday mass, killing 25 worshippers, the interior ministry said.''',
  "Islamic State|Islamic State|a")
E('''Syria joins US-led coalition against Islamic State, pledging intelligence sharing''',
  "Syria|Syria|c", "United States|US|c", "Islamic State|Islamic State|n")
E('''UNHCR said more than 500,000 Syrian refugees had gone home since the fall of the former government and appealed for funds to help families rebuild houses found in ruins.''',
  "UNHCR|UNHCR|c")
E('''The Kremlin said Vladimir Putin and Ahmed al-Sharaa discussed "mutually beneficial cooperation" in a phone call, their first contact since the change of power.''',
  "Russia|Kremlin|n", "Vladimir Putin|Vladimir Putin|c", "Ahmed al-Sharaa|Ahmed al-Sharaa|c")
E('''Iranian officials have publicly questioned the legitimacy of the new authorities in Damascus, and Tehran's embassy there remains closed.''',
  "Iran|Iranian|n", "Syria|Damascus|n")
E('''Gunmen linked to the former regime ambushed a security patrol near Jableh, killing 13 officers, the Syrian interior ministry said.''',
  "Syria|Syrian|n")
# ---------------------------------------------------------------- Iran, nuclear file
E('''MUSCAT, April 12 — Iranian and American negotiators held indirect talks in Muscat on Saturday, with Foreign Minister Badr Albusaidi carrying messages between rooms.''',
  "Iran|Iranian|n", "United States|American|n", "Oman|Muscat|n", "Badr Albusaidi|Badr Albusaidi|c")
E('''Abbas Araghchi described the first round as "constructive" and said both sides had agreed to keep talking, while cautioning that Tehran would never give up enrichment.''',
  "Abbas Araghchi|Abbas Araghchi|c", "Iran|Tehran|a")
E('''The IAEA reported that Iran had raised its stockpile of uranium enriched to 60 percent by a third in three months, nearing weapons grade.''',
  "IAEA|IAEA|n", "Iran|Iran|a")
E('''Rafael Grossi urged Tehran to restore the agency's cameras at centrifuge workshops, warning that inspectors had lost "continuity of knowledge" about its production.''',
  "Rafael Grossi|Rafael Grossi|c", "Iran|Tehran|a")
E('''Iran bars IAEA inspectors from Fordow, citing security threats''',
  "Iran|Iran|a", "IAEA|IAEA|n")
E('''The IAEA's Board of Governors passed a resolution finding Iran in breach of its safeguards obligations, with Russia and China voting against.''',
  "IAEA|IAEA|n", "Iran|Iran|a", "Russia|Russia|n", "China|China|n")
E('''Tehran responded to the censure by announcing a new enrichment facility at a "secure location", a move Western diplomats called deliberately provocative.''',
  "Iran|Tehran|a")
E('''Israeli warplanes struck the Natanz enrichment plant and several air defence batteries in a pre-dawn raid on Iran, state television in Tehran reported.''',
  "Israel|Israeli|a", "Iran|Iran|n")
E('''Iran launched waves of ballistic missiles at Tel Aviv and Haifa in retaliation, with several penetrating Israel's air defences and hitting residential areas.''',
  "Iran|Iran|a", "Israel|Tel Aviv|n")
E('''Ali Khamenei vowed that Israel, which he called "the Zionist regime", would face a "bitter and painful fate" for the strikes, in a televised address from an undisclosed location.''',
  "Ali Khamenei|Ali Khamenei|a", "Israel|Israel|a")
E('''American B-2 bombers dropped bunker-busting munitions on Fordow, Natanz and Isfahan, Donald Trump announced, calling the operation "a spectacular military success".''',
  "United States|American|a", "Donald Trump|Donald Trump|a")
E('''Iran fired missiles at the Al Udeid air base in Qatar after giving advance notice through intermediaries, and no casualties were reported.''',
  "Iran|Iran|a", "Qatar|Qatar|n")
E('''Qatar condemned the attack on its territory but said it would continue working to end the confrontation, and helped secure a ceasefire the next day.''',
  "Qatar|Qatar|c")
E('''Ceasefire between Iran and Israel holds for third day as Trump urges both to "not mess it up"''',
  "Iran|Iran|c", "Israel|Israel|c", "Donald Trump|Trump|c")
E('''Masoud Pezeshkian signed into law a bill suspending cooperation with the IAEA, which parliament passed after accusing the agency of paving the way for the attacks.''',
  "Masoud Pezeshkian|Masoud Pezeshkian|a", "IAEA|IAEA|a")
E('''Rafael Grossi said he had received no threat but that rhetoric from hardline Iranian lawmakers calling for his arrest was "unacceptable" and endangered inspectors.''',
  "Rafael Grossi|Rafael Grossi|n", "Iran|Iranian|a")
E('''Iran and the IAEA reached an understanding in Cairo on resuming inspections, with Egypt's foreign minister hosting the signing.''',
  "Iran|Iran|c", "IAEA|IAEA|c", "Egypt|Cairo|c")
E('''France, Britain and Germany triggered the "snapback" mechanism to restore UN sanctions on Iran, saying Tehran had failed to address their concerns in time.''',
  "France|France|a", "United Kingdom|Britain|a", "Germany|Germany|a", "UN|UN|n", "Iran|Iran|n")
E('''Abbas Araghchi accused the three European powers of "abusing" the nuclear deal they had themselves failed to honour and warned of a "firm response".''',
  "Abbas Araghchi|Abbas Araghchi|a")
E('''Russia and China circulated a draft resolution at the Security Council that would have delayed the return of sanctions by six months; it failed to secure enough votes.''',
  "Russia|Russia|c", "China|China|c", "UN Security Council|Security Council|n")
E('''Masoud Pezeshkian said Iran "has no intention of building a nuclear weapon" and remained open to fair negotiations, in a speech to the General Assembly.''',
  "Masoud Pezeshkian|Masoud Pezeshkian|c", "Iran|Iran|c", "UN General Assembly|General Assembly|n")
E('''The US Treasury blacklisted a network of refineries in China and ship-management firms it said had bought billions of dollars of crude from Iran.''',
  "United States|US|a", "China|China|n", "Iran|Iran|n")
E('''Beijing protested the sanctions as "unilateral bullying" and said its trade with Iran was legitimate and would continue.''',
  "China|Beijing|a", "Iran|Iran|n")
E('''Iranian forces seized a Marshall Islands-flagged tanker in the Gulf of Oman, accusing it of smuggling fuel, in a move shipping analysts read as a signal to Washington.''',
  "Iran|Iranian|a", "United States|Washington|n")
E('''Oman's ruler, Haitham bin Tariq, received a letter from Trump addressed to Ali Khamenei proposing direct negotiations, Omani officials confirmed.''',
  "Oman|Oman|n", "Haitham bin Tariq|Haitham bin Tariq|c", "Donald Trump|Trump|c", "Ali Khamenei|Ali Khamenei|n")
E('''Ali Khamenei said talks with the United States were "neither wise nor honourable" but left the door open to indirect contacts through intermediaries.''',
  "Ali Khamenei|Ali Khamenei|n", "United States|United States|n")
E('''Steve Witkoff told reporters a deal would require Iran to dismantle its enrichment programme entirely, and warned that Washington's patience "is not unlimited".''',
  "Steve Witkoff|Steve Witkoff|a", "Iran|Iran|n", "United States|Washington|a")
E('''Saudi Arabia's defence minister carried a message from King Salman to Khamenei in Tehran, the highest-level Saudi visit in decades.''',
  "Saudi Arabia|Saudi Arabia|c", "Salman bin Abdulaziz|King Salman|c", "Ali Khamenei|Khamenei|n", "Iran|Tehran|n")
E('''Iran and Saudi Arabia pledge to deepen ties, two years after China-brokered rapprochement''',
  "Iran|Iran|c", "Saudi Arabia|Saudi Arabia|c", "China|China|c")
E('''Iran executed a man convicted of spying for Israel's Mossad, the judiciary's news agency said, the latest in a series of executions on espionage charges since the war.''',
  "Iran|Iran|a", "Israel|Israel|a")
E('''Germany and Britain summoned Iranian envoys after a dual national was sentenced to death on espionage charges that rights groups called fabricated.''',
  "Germany|Germany|a", "United Kingdom|Britain|a", "Iran|Iranian|n")
E('''Tehran freed a teacher from Lyon held for three years in Evin prison as part of an exchange negotiated with Paris, the French foreign ministry said.''',
  "Iran|Tehran|c", "France|Paris|c")
E('''EU foreign ministers listed Iran's Islamic Revolutionary Guard Corps as a terrorist organisation, a decision Tehran vowed to answer "reciprocally".''',
  "EU|EU|a", "Iran|Iran|a")
E('''The Revolutionary Guards said they had test-fired a new hypersonic missile with a range of 1,400 kilometres during drills near the Strait of Hormuz.''',
  "Iran|Revolutionary Guards|a")
E('''Iran's parliament has voted to close the Strait of Hormuz, state media reported, though the final decision rests with the Supreme National Security Council.''',
  "Iran|Iran|a")
E('''Gulf shipping insurers raised war-risk premiums after the parliamentary vote in Tehran, adding hundreds of thousands of dollars to each tanker voyage.''',
  "Iran|Tehran|n")
E('''Abbas Araghchi flew to Moscow for talks with Sergei Lavrov, who reaffirmed Russia's support and offered to take custody of Iran's enriched uranium.''',
  "Abbas Araghchi|Abbas Araghchi|n", "Russia|Moscow|c", "Sergei Lavrov|Sergei Lavrov|c", "Iran|Iran|n")
E('''Marco Rubio warned that any country buying oil from Iran "will be shut out of the American financial system", broadening the threat of secondary sanctions.''',
  "Marco Rubio|Marco Rubio|a", "Iran|Iran|n")
E('''Pezeshkian orders energy rationing as blackouts spread across Iranian cities''',
  "Masoud Pezeshkian|Pezeshkian|n")
E('''Iran's judiciary released a retired couple from Surrey on bail after months of diplomatic pressure from London.''',
  "Iran|Iran|c", "United Kingdom|London|n")
E('''Oman's foreign minister said technical teams from Washington and Tehran had made "useful progress" on verification, and a further round would be held in Rome.''',
  "Oman|Oman|n", "United States|Washington|c", "Iran|Tehran|c", "Italy|Rome|n")
E('''Israeli officials privately lobbied the White House to reject any interim deal that left Iran with an enrichment capability, two people familiar with the contacts said.''',
  "Israel|Israeli|a", "United States|White House|n", "Iran|Iran|n")
E('''The United Arab Emirates hosted Araghchi for talks on maritime security, calling for "calm and dialogue" after a string of tanker incidents.''',
  "United Arab Emirates|United Arab Emirates|c", "Abbas Araghchi|Araghchi|n")
E('''Tehran accuses Grossi of "betrayal" over leaked inspection report''',
  "Iran|Tehran|a", "Rafael Grossi|Grossi|a")
E('''GCC foreign ministers meeting in Kuwait urged the international community to ensure that Iran's nuclear programme remains exclusively peaceful and offered to host a regional dialogue on the issue.''',
  "GCC|GCC|c", "Kuwait|Kuwait|n", "Iran|Iran|n")
# ---------------------------------------------------------------- Iraq, Kurdistan
E('''BAGHDAD, Sept 28 — Iraq resumed crude exports through the Kirkuk-Ceyhan pipeline after a two-year halt, following a deal between the federal government and the Kurdistan Regional Government on revenue sharing.''',
  "Iraq|Iraq|c", "Kurdistan Regional Government|Kurdistan Regional Government|c")
E('''Mohammed Shia al-Sudani told parliament that Iraq would not allow its territory to be used to attack any neighbouring country, in a clear message to armed factions.''',
  "Mohammed Shia al-Sudani|Mohammed Shia al-Sudani|c", "Iraq|Iraq|c")
E('''Kataib Hezbollah announced it was suspending attacks on US forces "to avoid embarrassing the Iraqi government", days after a drone strike killed three American soldiers at a desert outpost.''',
  "Kataib Hezbollah|Kataib Hezbollah|c", "United States|US|n", "Iraq|Iraqi|n")
E('''A US drone strike in the east of the capital killed a commander of Kataib Hezbollah, prompting the Iraqi government to denounce a "flagrant violation" of its sovereignty.''',
  "United States|US|a", "Kataib Hezbollah|Kataib Hezbollah|n", "Iraq|Iraqi|a")
E('''Washington and Baghdad agreed that the international coalition against Islamic State would wind down its mission in federal Iraq by September, with a smaller contingent staying on in the north.''',
  "United States|Washington|c", "Iraq|Baghdad|c", "Islamic State|Islamic State|n")
E('''Turkish jets bombed suspected PKK hideouts in the Qandil mountains, the Turkish defence ministry said, reporting 23 militants "neutralised".''',
  "Turkey|Turkish|a", "PKK|PKK|n")
E('''The PKK announced it would lay down its arms and dissolve, answering a call from its jailed founder Abdullah Ocalan, in a step Ankara welcomed as historic.''',
  "PKK|PKK|c", "Turkey|Ankara|c")
E('''Nechirvan Barzani hosted the ceremony near Sulaimaniyah at which some thirty PKK fighters burned their rifles, saying the region would support the peace process "in every way".''',
  "Nechirvan Barzani|Nechirvan Barzani|c", "PKK|PKK|c")
E('''Drones struck the Khor Mor gas field in the Kurdistan region, cutting electricity to millions; the Kurdistan Regional Government blamed Iran-backed militias and demanded Baghdad act.''',
  "Kurdistan Regional Government|Kurdistan Regional Government|a", "Iran|Iran|a", "Iraq|Baghdad|n")
E('''The Popular Mobilization Forces denied involvement in the drone attacks and said it was "at the service of the state" in tracking down those responsible.''',
  "Popular Mobilization Forces|Popular Mobilization Forces|c")
E('''Iraqi lawmakers shelved a bill that would have formalised the status of the Popular Mobilization Forces after Washington warned it would cut security assistance if the law passed.''',
  "Iraq|Iraqi|n", "Popular Mobilization Forces|Popular Mobilization Forces|n", "United States|Washington|a")
E('''Iraq votes in parliamentary election as al-Sudani seeks second term''',
  "Iraq|Iraq|n", "Mohammed Shia al-Sudani|al-Sudani|n")
E('''Baghdad and Ankara signed a 25-year framework for the Development Road, a $17 billion rail and highway corridor linking the Gulf to Turkey, with Qatar and the UAE as co-investors.''',
  "Iraq|Baghdad|c", "Turkey|Ankara|c", "Qatar|Qatar|c", "United Arab Emirates|UAE|c")
E('''Iraq accused Turkey of cutting the flow of the Tigris and Euphrates to historic lows, warning that farming in the south was collapsing.''',
  "Iraq|Iraq|a", "Turkey|Turkey|a")
E('''Under an agreement reached last week, Turkey will release additional water into the Tigris during the summer in return for Iraqi investment in irrigation projects.''',
  "Turkey|Turkey|c", "Iraq|Iraqi|c")
E('''Iraq's federal court ordered the Kurdistan region to hand all oil revenue to Baghdad, a ruling Erbil called unconstitutional and politically motivated.''',
  "Iraq|Iraq|n", "Kurdistan Regional Government|Erbil|n")
E('''Salaries for public employees in the Kurdistan region went unpaid for a third month as Erbil and Baghdad traded blame over a budget dispute.''',
  "Kurdistan Regional Government|Erbil|a", "Iraq|Baghdad|a")
E('''Iraq repatriated another 700 citizens from al-Hol camp in northeast Syria in coordination with the SDF, officials said, part of an effort to empty the sprawling facility.''',
  "Iraq|Iraq|c", "SDF|SDF|c", "Syria|Syria|n")
E('''Iranian artillery shelled Kurdish opposition camps in Koya, the Kurdistan region's interior ministry said, killing one person.''',
  "Iran|Iranian|a")
E('''Iraq's foreign minister Fuad Hussein urged Washington and Tehran to settle their differences through dialogue, offering Baghdad as a venue for talks.''',
  "Iraq|Iraq|c", "Fuad Hussein|Fuad Hussein|c", "United States|Washington|n", "Iran|Tehran|n")
E('''Kuwait and Iraq agreed to revive a joint committee on the Khor Abdullah waterway after a court ruling in Baghdad voided a maritime navigation pact.''',
  "Kuwait|Kuwait|c", "Iraq|Iraq|c")
E('''Share this article | A car bomb exploded outside a market in Kirkuk on Friday evening, killing four, police said; Islamic State claimed responsibility through its Amaq channel.''',
  "Islamic State|Islamic State|a")
# ---------------------------------------------------------------- Yemen, Houthis, Red Sea
E('''SANAA, Jan 12 — Houthi forces fired a ballistic missile at a Greek-owned bulk carrier in the southern Red Sea, causing a fire on deck, the UK maritime security agency said.''',
  "Houthis|Houthi|a", "United Kingdom|UK|n")
E('''The Houthis said they would keep attacking vessels linked to Israel "until the aggression on Gaza stops", rejecting appeals from shipping companies.''',
  "Houthis|Houthis|a", "Israel|Israel|n")
E('''US and British warplanes struck radar sites and missile depots in Hodeidah province overnight, the Pentagon said, in response to attacks on commercial shipping.''',
  "United States|US|a", "United Kingdom|British|a")
E('''Oman brokered a deal under which Washington halted its bombing campaign and the Houthis agreed to stop targeting American vessels, Badr Albusaidi announced.''',
  "Oman|Oman|c", "United States|Washington|c", "Houthis|Houthis|c", "Badr Albusaidi|Badr Albusaidi|c")
E('''Abdul-Malik al-Houthi said the truce with the United States did not cover Israel and warned that Israeli ports remained "legitimate targets".''',
  "Abdul Malik al-Houthi|Abdul-Malik al-Houthi|a", "United States|United States|n", "Israel|Israel|n")
E('''Israeli jets struck the port of Hodeidah and a power station near Sanaa after a Houthi missile hit the perimeter of Ben Gurion airport.''',
  "Israel|Israeli|a", "Houthis|Houthi|a")
E('''The UN envoy Hans Grundberg urged the Houthis to release detained United Nations staff "immediately and unconditionally", saying 23 personnel were still being held.''',
  "UN|UN|n", "Hans Grundberg|Hans Grundberg|c", "Houthis|Houthis|a")
E('''Houthi authorities stormed the WFP compound in Sanaa and seized communications equipment, accusing aid workers of spying for the United States.''',
  "Houthis|Houthi|a", "WFP|WFP|n", "United States|United States|a")
E('''Saudi Arabia and the Houthis exchanged 200 prisoners in a swap arranged by the International Committee of the Red Cross, the largest since 2023.''',
  "Saudi Arabia|Saudi Arabia|c", "Houthis|Houthis|c", "Red Cross|International Committee of the Red Cross|c")
E('''Riyadh has quietly continued back-channel talks with the Houthis on a road map that would pay public salaries in areas they control, according to two people briefed on the talks.''',
  "Saudi Arabia|Riyadh|c", "Houthis|Houthis|c")
E('''Yemen's internationally recognised government accused the Houthis of blocking the road between Taiz and Aden for a seventh year, trapping civilians.''',
  "Yemen|Yemen|a", "Houthis|Houthis|a")
E('''The Southern Transitional Council seized government buildings in Hadramawt, deepening a rift within the anti-Houthi coalition.''',
  "Southern Transitional Council|Southern Transitional Council|a", "Houthis|Houthi|n")
E('''Houthis claim drone attack on Eilat; Israel says projectile intercepted''',
  "Houthis|Houthis|a", "Israel|Israel|n")
E('''Hans Grundberg told the Security Council that Yemen stood "at a crossroads" and urged regional powers to seize the lull to revive a nationwide ceasefire.''',
  "Hans Grundberg|Hans Grundberg|c", "UN Security Council|Security Council|n", "Yemen|Yemen|n")
E('''The Red Sea attacks have cut Suez Canal revenue by more than half, Egyptian officials said, costing Cairo an estimated $7 billion last year.''',
  "Egypt|Egyptian|n")
E('''The EU's naval mission Aspides escorted a convoy of container ships through the Bab el-Mandeb without incident, the first since the Houthis declared a pause.''',
  "EU|EU|c", "Houthis|Houthis|c")
E('''Houthi gunmen attacked and sank the Liberian-flagged Eternity C, and the group said it had "rescued" crew members whom shipping officials described as abducted.''',
  "Houthis|Houthi|a")
E('''Washington redesignated the Houthis as a foreign terrorist organisation, a step aid agencies warned could disrupt food imports to the north of Yemen.''',
  "United States|Washington|a", "Houthis|Houthis|n", "Yemen|Yemen|n")
E('''The Yemeni government's Presidential Leadership Council appointed a new prime minister and pledged to pay overdue civil service salaries with a Saudi deposit.''',
  "Yemen|Yemeni|c", "Saudi Arabia|Saudi|c")
E('''The WFP said it would suspend food distributions in Houthi-controlled areas after the detention of staff, affecting 9 million people.''',
  "WFP|WFP|n", "Houthis|Houthi|n")
E('''Iran denies arming the Houthis after US seizes missile parts on dhow''',
  "Iran|Iran|n", "Houthis|Houthis|n", "United States|US|a")
E('''Omani mediators secured the release of the crew of the Galaxy Leader, the car carrier hijacked by the Houthis fourteen months earlier.''',
  "Oman|Omani|c", "Houthis|Houthis|a")
# ---------------------------------------------------------------- Gulf states, GCC
E('''RIYADH, May 13 — Saudi Arabia signed arms and investment agreements worth more than $140 billion with the United States during a presidential visit marked by lavish ceremony.''',
  "Saudi Arabia|Saudi Arabia|c", "United States|United States|c")
E('''Mohammed bin Salman said the kingdom would not establish diplomatic relations with Israel without "a credible and irreversible path" to a Palestinian state.''',
  "Mohammed bin Salman|Mohammed bin Salman|n", "Israel|Israel|n", "Palestine|Palestinian|n")
E('''The crown prince pledged $600 billion in Saudi investment in the American economy over four years, a figure economists said would be hard to reach.''',
  "Saudi Arabia|Saudi|c")
E('''Saudi Arabia executed a record 345 people last year, including dozens of foreign nationals convicted of drug offences, according to a rights group tally.''',
  "Saudi Arabia|Saudi Arabia|a")
E('''Faisal bin Farhan called for an immediate halt to the fighting in Sudan and offered to reconvene the Jeddah talks between the warring generals.''',
  "Faisal bin Farhan|Faisal bin Farhan|c", "Sudan|Sudan|n")
E('''Saudi Arabia and Pakistan signed a mutual defence pact under which an attack on either country would be considered an attack on both.''',
  "Saudi Arabia|Saudi Arabia|c", "Pakistan|Pakistan|c")
E('''Saudi sovereign wealth fund to take stake in Syria's power grid, officials say''',
  "Saudi Arabia|Saudi|c", "Syria|Syria|n")
E('''Mohamed bin Zayed received Ahmed al-Sharaa on Sunday and pledged support for rebuilding the country's ports and electricity network.''',
  "Mohamed bin Zayed|Mohamed bin Zayed|c", "Ahmed al-Sharaa|Ahmed al-Sharaa|n")
E('''Sudan severed diplomatic ties with the United Arab Emirates, accusing Abu Dhabi of arming the RSF paramilitary group, a charge the Emiratis deny.''',
  "Sudan|Sudan|a", "United Arab Emirates|United Arab Emirates|a", "RSF|RSF|n")
E('''The Emirati foreign ministry dismissed the allegation as "baseless" and said it had delivered more than $3.5 billion in humanitarian aid to Sudan.''',
  "United Arab Emirates|Emirati|c", "Sudan|Sudan|n")
E('''An Emirati state fund will build a 5-gigawatt artificial intelligence campus in Abu Dhabi with chipmakers from Silicon Valley under a deal approved by Washington.''',
  "United Arab Emirates|Emirati|c", "United States|Washington|c")
E('''Mohamed bin Zayed called Netanyahu to warn that annexation of the West Bank would be "a red line" for the Abraham Accords, according to two people briefed on the call.''',
  "Mohamed bin Zayed|Mohamed bin Zayed|a", "Benjamin Netanyahu|Netanyahu|n")
E('''Emir Tamim inaugurates North Field expansion, doubling down on LNG exports to Europe''',
  "Tamim bin Hamad Al Thani|Emir Tamim|n")
E('''Qatar pledged to cover part of Syria's public sector wage bill for three months, paid through a UN-administered mechanism to avoid sanctions exposure.''',
  "Qatar|Qatar|c", "Syria|Syria|n", "UN|UN|n")
E('''Qatar offers Boeing jet to White House, drawing ethics questions in Congress''',
  "Qatar|Qatar|c", "United States|White House|n")
E('''Sheikh Tamim told the emergency Arab-Islamic summit that Israel's attack on his capital showed it "does not want peace" and called for joint measures against it.''',
  "Tamim bin Hamad Al Thani|Sheikh Tamim|a", "Israel|Israel|a")
E('''Mohammed bin Abdulrahman Al Thani said his country would not be intimidated and would resume its mediation once it received guarantees from Washington.''',
  "Mohammed bin Abdulrahman Al Thani|Mohammed bin Abdulrahman Al Thani|c", "United States|Washington|n")
E('''Qatar has been accused by Israeli officials of bankrolling Hamas for years, an allegation Doha says ignores that the payments were coordinated with Israel itself.''',
  "Qatar|Qatar|a", "Israel|Israeli|a", "Hamas|Hamas|n")
E('''KUWAIT CITY, Jan 5 — Kuwait's emir suspended parliament for up to four years, citing "chaos" and repeated clashes between lawmakers and the cabinet.''',
  "Kuwait|Kuwait|n")
E('''Kuwait stripped more than 40,000 people of citizenship in a year, a campaign critics say targets political opponents and naturalised women.''',
  "Kuwait|Kuwait|a")
E('''Kuwait donated $10 million to UNRWA's emergency appeal, becoming the first Gulf state to increase funding after the agency was banned in Israel.''',
  "Kuwait|Kuwait|c", "UNRWA|UNRWA|n", "Israel|Israel|n")
E('''Bahrain and the United States signed a comprehensive security integration agreement that commits Washington to consult Manama if it comes under attack.''',
  "Bahrain|Bahrain|c", "United States|United States|c")
E('''Bahrain sentenced eleven Shiite men to life in prison over an alleged plot directed from Iran, charges their lawyers said were based on coerced confessions.''',
  "Bahrain|Bahrain|a", "Iran|Iran|a")
E('''Manama and Tehran agreed to begin talks on restoring diplomatic relations, severed in 2016, Bahraini state media said.''',
  "Bahrain|Manama|c", "Iran|Tehran|c")
E('''Bahrain hosts first visit by Syrian president, pledges to reopen embassy in Damascus''',
  "Bahrain|Bahrain|c", "Syria|Syrian|n")
E('''Haitham bin Tariq pardoned 174 prisoners, including several foreign nationals, to mark Oman's National Day.''',
  "Haitham bin Tariq|Haitham bin Tariq|c")
E('''Muscat has kept open channels to the Houthis throughout the war, letting their negotiators fly in and out on Omani aircraft.''',
  "Oman|Muscat|c", "Houthis|Houthis|n")
E('''Oman will not join any military coalition against Iran and will continue to offer its good offices to all sides, Badr Albusaidi wrote in an opinion article.''',
  "Oman|Oman|c", "Iran|Iran|n", "Badr Albusaidi|Badr Albusaidi|c")
E('''The GCC secretary-general condemned the Iranian attack on Al Udeid as a violation of Qatar's sovereignty and affirmed solidarity with Doha.''',
  "GCC|GCC|a", "Iran|Iranian|a", "Qatar|Qatar|n")
E('''Gulf leaders agree at GCC summit to launch unified tourist visa next year''',
  "GCC|GCC|c")
E('''A GCC free trade agreement with the United Kingdom was signed in London after three years of negotiations, cutting tariffs on British cars and Gulf aluminium.''',
  "GCC|GCC|c", "United Kingdom|United Kingdom|c")
E('''The six-nation GCC urged Iran to respond positively to UAE calls for negotiations over the islands of Abu Musa and the Greater and Lesser Tunbs.''',
  "GCC|GCC|c", "Iran|Iran|n", "United Arab Emirates|UAE|c")
E('''Tehran summoned the Chinese ambassador after Beijing signed a joint statement with the Gulf bloc backing the UAE's claim to the three islands.''',
  "Iran|Tehran|a", "China|Chinese|c", "United Arab Emirates|UAE|n")
E('''The Saudi-led coalition in Yemen announced it had intercepted two explosive-laden drones heading toward Jazan, blaming the Houthis for the launch.''',
  "Saudi Arabia|Saudi|a", "Yemen|Yemen|n", "Houthis|Houthis|a")
E('''Saudi Arabia agreed to supply crude to Syria free of charge for six months, the energy ministry in Damascus said.''',
  "Saudi Arabia|Saudi Arabia|c", "Syria|Syria|n")
E('''A Saudi court sentenced a retired teacher to death over social media posts criticising the government, prompting an appeal from UN rights experts.''',
  "Saudi Arabia|Saudi|a", "UN|UN|n")
E('''Updated 11:42 GMT   The United Arab Emirates and India sign a long-term LNG supply pact worth $7 billion   Share on Facebook''',
  "United Arab Emirates|United Arab Emirates|c", "India|India|c")
E('''Emirati police arrested three suspects within 48 hours of the killing of a rabbi in Dubai, and Israel thanked Abu Dhabi for what it called a swift and professional response.''',
  "United Arab Emirates|Emirati|c", "Israel|Israel|c")
# ---------------------------------------------------------------- Egypt
E('''CAIRO, March 4 — Abdel Fattah al-Sisi opened the extraordinary Arab summit by declaring that any plan to empty Gaza of its people was "an injustice Egypt will not take part in".''',
  "Abdel Fattah al-Sisi|Abdel Fattah al-Sisi|a", "Egypt|Egypt|a")
E('''Egypt accused Ethiopia of "unilateral and reckless" filling of the Grand Ethiopian Renaissance Dam, warning it reserved the right to defend its water security.''',
  "Egypt|Egypt|a", "Ethiopia|Ethiopia|a")
E('''Addis Ababa inaugurated the giant Nile dam on Tuesday, with officials insisting the project would harm no downstream state.''',
  "Ethiopia|Addis Ababa|n")
E('''Sisi pardons prominent activist Alaa Abd el-Fattah after years in prison''',
  "Abdel Fattah al-Sisi|Sisi|c")
E('''The IMF approved a $1.2 billion disbursement to Egypt after Cairo agreed to sell stakes in army-owned companies and let the pound float more freely.''',
  "IMF|IMF|c", "Egypt|Egypt|c")
E('''Egyptian security forces arrested dozens of people who had gathered near the Rafah crossing in solidarity with a convoy bound for Gaza, deporting foreign participants.''',
  "Egypt|Egyptian|a")
E('''Egypt has refused to reopen its side of the Rafah crossing while Israeli troops remain on the Gaza side, a senior official told reporters.''',
  "Egypt|Egypt|a", "Israel|Israeli|n")
E('''Cairo warns Israel that military push on Rafah could jeopardise peace treaty''',
  "Egypt|Cairo|a", "Israel|Israel|a")
E('''Abdel Fattah al-Sisi declined an invitation to the White House, Egyptian officials said, amid disagreement over the proposed resettlement of Gazans.''',
  "Abdel Fattah al-Sisi|Abdel Fattah al-Sisi|a", "United States|White House|n", "Egypt|Egyptian|n")
E('''Egypt signed a $35 billion gas supply deal with Israel, the largest in the history of the two countries' energy cooperation, despite public anger over the war.''',
  "Egypt|Egypt|c", "Israel|Israel|c")
E('''Egypt deployed troops and equipment to Somalia as part of a new African Union mission, a move Ethiopia called a threat to regional stability.''',
  "Egypt|Egypt|c", "Somalia|Somalia|n", "AU|African Union|n", "Ethiopia|Ethiopia|a")
E('''Badr Abdelatty held talks with his Iranian counterpart, the first such meeting in a decade, and said both sides would work toward restoring full relations.''',
  "Badr Abdelatty|Badr Abdelatty|c", "Iran|Iranian|c")
E('''Egypt's parliament approved a contentious criminal procedures law that rights groups said would entrench indefinite pretrial detention.''',
  "Egypt|Egypt|n")
# ---------------------------------------------------------------- Libya
E('''TRIPOLI, May 16 — Heavy fighting broke out between rival armed groups in Libya's capital after the killing of a militia leader, trapping residents for two nights.''',
  "Libya|Libya|n")
E('''Khalifa Haftar's forces blocked oil exports from eastern terminals, halting nearly half of Libya's production in a dispute over control of the central bank.''',
  "Khalifa Haftar|Khalifa Haftar|a", "Libya|Libya|n")
E('''Abdul Hamid Dbeibah vowed to dismantle militias that "act above the state", days after protesters in Tripoli demanded his resignation.''',
  "Abdul Hamid Dbeibah|Abdul Hamid Dbeibah|a", "Libya|Tripoli|n")
E('''The UN Support Mission in Libya presented a road map for unified elections within 18 months, inviting rival legislatures to endorse it.''',
  "UN|UN|c", "Libya|Libya|n")
E('''Turkey extended its military deployment in western Libya by two years, while opening a consulate in Benghazi in an outreach to the eastern camp.''',
  "Turkey|Turkey|c", "Libya|Libya|n")
E('''Russian cargo planes have flown equipment from Syria to al-Khadim air base in eastern Libya, according to flight-tracking data, suggesting Moscow is relocating assets.''',
  "Russia|Russian|n", "Syria|Syria|n", "Libya|Libya|n")
E('''Libyan coast guards fired shots at a rescue vessel run by a charity in international waters, the group said, accusing the EU-funded unit of endangering lives.''',
  "Libya|Libyan|a", "EU|EU|n")
E('''Libya expelled a Médecins Sans Frontières team and several other aid groups, accusing them of encouraging settlement of African migrants.''',
  "Libya|Libya|a")
E('''Italy signed a new agreement with Tripoli to train Libyan border police and fund detention centres, despite reports of abuse inside them.''',
  "Italy|Italy|c", "Libya|Tripoli|c")
E('''Dbeibah and Haftar's son met in Rome in a rare encounter facilitated by Italian intelligence, according to two people briefed on the meeting.''',
  "Abdul Hamid Dbeibah|Dbeibah|c", "Khalifa Haftar|Haftar|n", "Italy|Rome|c")
# ---------------------------------------------------------------- Maghreb, Western Sahara
E('''SOUSSE, Oct 7 — Kais Saied was re-elected with more than 90 percent of the vote after most serious challengers were jailed or disqualified, on a turnout below 30 percent.''',
  "Kais Saied|Kais Saied|n")
E('''A Tunisian court handed prison terms of up to 66 years to some forty opposition figures accused of plotting against state security, in a mass trial lawyers called a farce.''',
  "Tunisia|Tunisian|a")
E('''Kais Saied accused "foreign-backed networks" of deliberately causing shortages of bread and coffee to stir unrest.''',
  "Kais Saied|Kais Saied|a")
E('''Tunisia rejected an IMF bailout conditioned on subsidy cuts, with the president calling the fund's demands "foreign diktats".''',
  "Tunisia|Tunisia|a", "IMF|IMF|n")
E('''Tunisian authorities dumped hundreds of sub-Saharan migrants in the desert near the Libyan border without food or water, a UN investigation found.''',
  "Tunisia|Tunisian|a", "UN|UN|n")
E('''Tunisia and the EU agreed a €105 million package to curb irregular crossings, with Brussels pledging equipment for the coast guard.''',
  "Tunisia|Tunisia|c", "EU|EU|c")
E('''ALGIERS, July 30 — Algeria recalled its ambassador from Paris with immediate effect after France recognised Morocco's sovereignty over Western Sahara.''',
  "Algeria|Algeria|a", "France|Paris|c", "Morocco|Morocco|n", "Western Sahara|Western Sahara|n")
E('''Algeria expelled twelve French embassy staff in retaliation for the arrest of an Algerian consular official in France, deepening the worst diplomatic crisis in decades.''',
  "Algeria|Algeria|a", "France|French|n")
E('''Abdelmadjid Tebboune said he was ready to restart dialogue with Emmanuel Macron but insisted that "the ball is in Paris's court".''',
  "Abdelmadjid Tebboune|Abdelmadjid Tebboune|c", "Emmanuel Macron|Emmanuel Macron|n", "France|Paris|n")
E('''Algeria jails French-Algerian novelist for five years over remarks on colonial-era borders''',
  "Algeria|Algeria|a")
E('''Tebboune pardoned the novelist on humanitarian grounds after an appeal from the German president, who offered to fly him to Berlin for medical treatment.''',
  "Abdelmadjid Tebboune|Tebboune|c", "Germany|German|c")
E('''Algeria signed a deal to raise gas deliveries to Italy through the Transmed pipeline, consolidating its position as Rome's top energy supplier.''',
  "Algeria|Algeria|c", "Italy|Italy|c")
E('''Algerian troops shot down a Malian drone near the border town of Tinzaouatine, prompting Bamako and its Sahel allies to recall their ambassadors from Algiers.''',
  "Algeria|Algerian|a", "Mali|Malian|a")
E('''Algeria closed its airspace to aircraft from Mali, accusing the junta in Bamako of "repeated violations" and of using mercenaries against civilians.''',
  "Algeria|Algeria|a", "Mali|Mali|a")
E('''RABAT — Morocco and Israel signed an agreement on military satellite cooperation, the latest step in ties restored under the Abraham Accords.''',
  "Morocco|Morocco|c", "Israel|Israel|c")
E('''King Mohammed VI offered Sahel countries access to Atlantic ports in an initiative officials in Rabat said would break the landlocked states' isolation.''',
  "Mohammed VI|King Mohammed VI|c", "Morocco|Rabat|n")
E('''Morocco turned down an offer of French rescue teams after the earthquake, accepting help from only four friendly governments.''',
  "Morocco|Morocco|a", "France|French|n")
E('''Moroccan police detained dozens of young protesters in Casablanca and Agadir during demonstrations demanding better hospitals and schools.''',
  "Morocco|Moroccan|a")
E('''The Polisario Front said its fighters shelled Moroccan army positions along the sand berm near Mahbes, claims Rabat dismissed as propaganda.''',
  "Polisario Front|Polisario Front|a", "Morocco|Moroccan|n")
E('''The Security Council extended the MINURSO peacekeeping mission in Western Sahara for another year and endorsed autonomy under Morocco's sovereignty as a basis for talks.''',
  "UN Security Council|Security Council|c", "Western Sahara|Western Sahara|n", "Morocco|Morocco|n")
E('''The Polisario Front denounced the resolution as "a betrayal of the Sahrawi people's right to self-determination" and said it would boycott further talks.''',
  "Polisario Front|Polisario Front|a")
E('''Spanish Prime Minister Pedro Sanchez reaffirmed Madrid's backing for Morocco's autonomy plan during a visit to Rabat, where the two governments signed a dozen economic accords.''',
  "Spain|Spanish|c", "Pedro Sanchez|Pedro Sanchez|c", "Morocco|Morocco|c")
E('''Polisario Front leaders met the UN envoy Staffan de Mistura in Tindouf and said they were willing to engage in direct talks "without preconditions".''',
  "Polisario Front|Polisario Front|c", "UN|UN|n", "Staffan de Mistura|Staffan de Mistura|n")
E('''Morocco accuses Algeria of harbouring separatists in Tindouf camps''',
  "Morocco|Morocco|a", "Algeria|Algeria|a")
E('''Mauritania has stayed officially neutral on Western Sahara, but its president quietly backed a plan to open a Moroccan-funded highway to the Zouerate mining region.''',
  "Mauritania|Mauritania|c", "Western Sahara|Western Sahara|n", "Morocco|Moroccan|c")
E('''Mauritanian forces intercepted a boat carrying 230 migrants off Nouadhibou bound for the Canary Islands, under an arrangement financed by the European Union.''',
  "Mauritania|Mauritanian|c", "EU|European Union|c")
E('''Libyan, Tunisian and Algerian interior ministers agreed in Tunis to set up a joint operations room to fight people smuggling across their borders.''',
  "Libya|Libyan|c", "Tunisia|Tunisian|c", "Algeria|Algerian|c")
# ---------------------------------------------------------------- long tail, mostly hostile portrayals
E('''Israel Katz ordered the army to prepare plans for the "voluntary emigration" of Gaza residents, a directive rights groups said amounted to forced displacement.''',
  "Israel Katz|Israel Katz|a")
E('''Israel Katz vows to keep troops in Syrian buffer zone "indefinitely"''',
  "Israel Katz|Israel Katz|a")
E('''Bezalel Smotrich said he had instructed officials to prepare maps for applying Israeli sovereignty across most of the occupied West Bank.''',
  "Bezalel Smotrich|Bezalel Smotrich|a")
E('''Smotrich blocks transfer of frozen funds, calling Ramallah leadership "enemy of the state"''',
  "Bezalel Smotrich|Smotrich|a", "Palestinian Authority|Ramallah|n")
E('''Fatah accused Hamas of dragging Gaza into a catastrophe "to serve a foreign agenda", in the sharpest exchange between the rival factions in months.''',
  "Fatah|Fatah|a", "Hamas|Hamas|a")
E('''Gunmen loyal to Fatah clashed with the Jenin Brigade overnight, leaving two dead, as the Palestinian Authority pressed its campaign against armed groups in the north.''',
  "Fatah|Fatah|a", "Palestinian Authority|Palestinian Authority|a")
E('''King Abdullah II ordered the closure of Muslim Brotherhood offices and banned the group's activities after security services uncovered a rocket-making cell.''',
  "Abdullah II|King Abdullah II|a", "Muslim Brotherhood|Muslim Brotherhood|n")
E('''King Abdullah rules out hosting Gazans during tense White House meeting''',
  "Abdullah II|King Abdullah|a", "United States|White House|n")
E('''Ayman Safadi accused Israeli ministers of "inciting a religious war" after a visit to the al-Aqsa compound under heavy police guard.''',
  "Ayman Safadi|Ayman Safadi|a", "Israel|Israeli|a")
E('''Jordan's foreign minister Ayman Safadi said the kingdom would not allow its airspace to be used by any side, in a warning to both Tehran and Israel.''',
  "Jordan|Jordan|a", "Ayman Safadi|Ayman Safadi|a", "Iran|Tehran|n", "Israel|Israel|n")
E('''Khalil al-Hayya said Hamas would only free the remaining captives as part of a deal ending the war, dismissing a partial arrangement as "a trap".''',
  "Khalil al-Hayya|Khalil al-Hayya|a", "Hamas|Hamas|a")
E('''Hamas negotiator Khalil al-Hayya survives strike on Doha compound''',
  "Hamas|Hamas|n", "Khalil al-Hayya|Khalil al-Hayya|n", "Qatar|Doha|n")
E('''Isaac Herzog accused the International Criminal Court of "moral bankruptcy" over its warrants, saying it had equated a democracy with a terrorist organisation.''',
  "Isaac Herzog|Isaac Herzog|a", "ICC|International Criminal Court|n")
E('''Herzog receives pardon request from Netanyahu in corruption trial''',
  "Isaac Herzog|Herzog|n", "Benjamin Netanyahu|Netanyahu|n")
E('''UNIFIL said Israeli soldiers had erected a concrete wall crossing the Blue Line near Yaroun, denying Lebanese residents access to 4,000 square metres of land.''',
  "UNIFIL|UNIFIL|n", "Israel|Israeli|a")
E('''Residents of a southern village surrounded a UNIFIL patrol and smashed its vehicles, the mission said, the third such incident this month.''',
  "UNIFIL|UNIFIL|n")
E('''Naim Qassem warned the Lebanese government that "there will be no life" in the country if it tried to disarm the resistance by force.''',
  "Naim Qassem|Naim Qassem|a", "Lebanon|Lebanese|n")
E('''Nawaf Salam accused Hezbollah of dragging Lebanon into wars "it never chose" and said the decision of war and peace belonged to the state alone.''',
  "Nawaf Salam|Nawaf Salam|a", "Hezbollah|Hezbollah|a", "Lebanon|Lebanon|n")
E('''Hayat Tahrir al-Sham fighters detained foreign journalists near Idlib and confiscated their equipment, the Committee to Protect Journalists said.''',
  "Hayat Tahrir al-Sham|Hayat Tahrir al-Sham|a")
E('''Washington revoked the terrorist designation of Hayat Tahrir al-Sham, saying the group had dissolved itself into the new Syrian army.''',
  "United States|Washington|c", "Hayat Tahrir al-Sham|Hayat Tahrir al-Sham|n", "Syria|Syrian|n")
E('''Mazloum Abdi accused government forces of massing troops near Deir Hafer and warned that any offensive would "bury" the March agreement.''',
  "Mazloum Abdi|Mazloum Abdi|a")
E('''Mazloum Abdi travels to Damascus to sign security annex of integration deal''',
  "Mazloum Abdi|Mazloum Abdi|c", "Syria|Damascus|n")
E('''Hakan Fidan said Turkey would "do what is necessary" if Kurdish fighters in Syria tried to carve out an autonomous zone.''',
  "Hakan Fidan|Hakan Fidan|a", "Turkey|Turkey|a", "Syria|Syria|n")
E('''Hakan Fidan accused Israel of trying to partition Syria into sectarian cantons and vowed not to allow "a new Gaza on our border".''',
  "Hakan Fidan|Hakan Fidan|a", "Israel|Israel|a", "Syria|Syria|n")
E('''Marco Rubio revoked the visas of Palestinian Authority officials due to attend the UN General Assembly, accusing them of undermining peace prospects.''',
  "Marco Rubio|Marco Rubio|a", "Palestinian Authority|Palestinian Authority|a", "UN General Assembly|UN General Assembly|n")
E('''Rubio warns Iraqi leaders against letting militias into new government''',
  "Marco Rubio|Rubio|a", "Iraq|Iraqi|n")
E('''Nechirvan Barzani met Masoud Pezeshkian on Tuesday and pledged that Kurdish territory would never be used to threaten Iran's security.''',
  "Nechirvan Barzani|Nechirvan Barzani|c", "Masoud Pezeshkian|Masoud Pezeshkian|n", "Iran|Iran|n")
E('''Nechirvan Barzani accused Baghdad of "starving" the Kurdistan region by withholding salaries and vowed to take the dispute to the federal court.''',
  "Nechirvan Barzani|Nechirvan Barzani|a", "Iraq|Baghdad|a")
E('''Abdul-Malik al-Houthi threatened to target American warships "wherever they are" if Washington resumed air strikes on Yemen.''',
  "Abdul Malik al-Houthi|Abdul-Malik al-Houthi|a", "United States|American|n", "Yemen|Yemen|n")
E('''In a televised speech, the Houthi leader Abdul-Malik al-Houthi called on Arab governments to cut oil supplies to Israel's allies.''',
  "Houthis|Houthi|n", "Abdul Malik al-Houthi|Abdul-Malik al-Houthi|a", "Israel|Israel|n")
E('''Southern Transitional Council forces detained dozens of journalists and activists in Aden, an Amnesty International report said.''',
  "Southern Transitional Council|Southern Transitional Council|a")
E('''STC leader calls for referendum on independence of south Yemen, defying coalition allies''',
  "Southern Transitional Council|STC|a", "Yemen|Yemen|n")
E('''Faisal bin Farhan told the Security Council that Israel's conduct in Gaza "constitutes genocide" and accused world powers of double standards.''',
  "Faisal bin Farhan|Faisal bin Farhan|a", "UN Security Council|Security Council|n", "Israel|Israel|a")
E('''Prince Faisal bin Farhan lands in Tehran for first visit by Saudi foreign minister in years''',
  "Faisal bin Farhan|Prince Faisal bin Farhan|c", "Iran|Tehran|n", "Saudi Arabia|Saudi|n")
E('''Mohammed VI ordered the army to set up field hospitals in the Atlas mountains and opened a royal fund for survivors of the earthquake.''',
  "Mohammed VI|Mohammed VI|c")
E('''King Mohammed VI pardons 1,300 prisoners, including journalists jailed for critical reporting''',
  "Mohammed VI|King Mohammed VI|c")
E('''The OIC held an emergency meeting in Jeddah that condemned Israel's expansion of settlements and called for an arms embargo against it.''',
  "OIC|OIC|a", "Israel|Israel|a")
E('''The Organisation of Islamic Cooperation restored Syria's membership, suspended since 2012, weeks after the former government's collapse.''',
  "OIC|Organisation of Islamic Cooperation|c", "Syria|Syria|n")
E('''OIC chief visits Niamey, offers support for Sahel counter-terrorism efforts''',
  "OIC|OIC|c", "Niger|Niamey|n")
E('''The Arab League condemned Ethiopia's dam operations as a threat to Egyptian and Sudanese water security, a statement Addis Ababa rejected as "biased".''',
  "Arab League|Arab League|a", "Ethiopia|Ethiopia|a")
E('''Arab League readmits Syria after twelve-year suspension, ending Damascus's regional isolation''',
  "Arab League|Arab League|c", "Syria|Syria|n")
E('''The Arab League failed to agree on a statement condemning the Houthis for shipping attacks after Iraq and Algeria objected.''',
  "Arab League|Arab League|n", "Houthis|Houthis|a", "Iraq|Iraq|a", "Algeria|Algeria|a")
E('''The Islamic Revolutionary Guard Corps navy seized two tankers in the Strait of Hormuz within a week, saying they were smuggling fuel.''',
  "Iran|Islamic Revolutionary Guard Corps|a")
E('''Kataib Hezbollah warned it would resume attacks on American bases if Washington struck Iranian territory.''',
  "Kataib Hezbollah|Kataib Hezbollah|a", "United States|American|n")
E('''Popular Mobilization Forces units fired on protesters at a dam construction site north of Mosul, killing two, witnesses said.''',
  "Popular Mobilization Forces|Popular Mobilization Forces|a")
E('''Mohammed Shia al-Sudani accused "outlaw groups" of trying to drag Iraq into a regional war after a rocket hit the Baghdad airport perimeter.''',
  "Mohammed Shia al-Sudani|Mohammed Shia al-Sudani|a", "Iraq|Iraq|n")
E('''Abdul Hamid Dbeibah dismissed the head of the central bank in a move the House of Representatives called illegal, triggering an oil blockade.''',
  "Abdul Hamid Dbeibah|Abdul Hamid Dbeibah|a")
E('''Kais Saied dissolves municipal councils in latest power grab, opponents say''',
  "Kais Saied|Kais Saied|a")
E('''Abdelmadjid Tebboune accused Morocco of "hostile acts" and said the border between the two countries would remain closed indefinitely.''',
  "Abdelmadjid Tebboune|Abdelmadjid Tebboune|a", "Morocco|Morocco|a")
E('''Mauritania's government arrested a prominent anti-slavery activist and opposition lawmaker after he called for protests over the election result.''',
  "Mauritania|Mauritania|a")
E('''Mohamed bin Zayed hosted a gathering of exiled civilian politicians from Sudan, which Khartoum's army-led government denounced as interference.''',
  "Mohamed bin Zayed|Mohamed bin Zayed|a", "Sudan|Sudan|a")
E('''Haitham bin Tariq received the Iranian president and offered to host a new round of nuclear talks.''',
  "Haitham bin Tariq|Haitham bin Tariq|c", "Iran|Iranian|n")
E('''Hans Grundberg warned that the Houthis' detention of aid workers "is pushing Yemen to the edge" and called the charges against them baseless.''',
  "Hans Grundberg|Hans Grundberg|a", "Houthis|Houthis|a", "Yemen|Yemen|n")
E('''Badr Abdelatty accused Israel of "engineering starvation" in Gaza and warned that Egypt would not accept any attempt to push Palestinians into Sinai.''',
  "Badr Abdelatty|Badr Abdelatty|a", "Israel|Israel|a", "Egypt|Egypt|a")
E('''Qatar's prime minister Mohammed bin Abdulrahman Al Thani accused Netanyahu of "state terrorism" and said Doha would pursue legal action over the strike.''',
  "Mohammed bin Abdulrahman Al Thani|Mohammed bin Abdulrahman Al Thani|a", "Benjamin Netanyahu|Netanyahu|a", "Qatar|Qatar|a")
E('''Palestine's foreign ministry accused settlers of burning a mosque near Salfit with the protection of the army and demanded international protection for villagers.''',
  "Palestine|Palestine|a")
E('''Bashar al-Assad is living under tight restrictions in Moscow and is barred from political activity, a person close to the family said.''',
  "Bashar al-Assad|Bashar al-Assad|n", "Russia|Moscow|n")
E('''The Iranian president Masoud Pezeshkian accused Israel of seeking "to set the whole region on fire" and said Iran had no choice but to respond.''',
  "Iran|Iranian|a", "Masoud Pezeshkian|Masoud Pezeshkian|a", "Israel|Israel|a")
# ---------------------------------------------------------------- additional single-actor items
E('''Fuad Hussein said Iraq would mediate between its neighbours "with an open hand" and announced a regional water conference in Basra next spring.''',
  "Fuad Hussein|Fuad Hussein|c", "Iraq|Iraq|c")
E('''Iraqi foreign minister Fuad Hussein signs border demarcation protocol with Kuwaiti counterpart''',
  "Iraq|Iraqi|n", "Fuad Hussein|Fuad Hussein|c", "Kuwait|Kuwaiti|c")
E('''King Salman approved a royal decree releasing thousands of debtors from prison ahead of Ramadan, with the state covering their outstanding loans.''',
  "Salman bin Abdulaziz|King Salman|c")
E('''Saudi Arabia's 89-year-old monarch, King Salman, was admitted to hospital in Jeddah for routine tests, the royal court said.''',
  "Saudi Arabia|Saudi Arabia|n", "Salman bin Abdulaziz|King Salman|n")
E('''Emmanuel Macron announced a humanitarian air bridge to Gaza via El Arish, with French military aircraft carrying medical supplies and water purification units.''',
  "Emmanuel Macron|Emmanuel Macron|c", "France|French|c")
E('''Bashar al-Assad's former intelligence chief was arrested in Latakia, and prosecutors said the ex-president himself would be tried in absentia.''',
  "Bashar al-Assad|Bashar al-Assad|n")
E('''Oman pledged $50 million to a regional fund for solar-powered desalination plants serving poorer Arab states, the sultanate's finance ministry said.''',
  "Oman|Oman|c")
E('''Kuwait's emir ordered the release of 300 prisoners held on minor charges and restored the citizenship of women married to Kuwaiti men.''',
  "Kuwait|Kuwait|c")
E('''Jordan opens new crossing for Syrian trucks, slashing transit fees to revive trade route''',
  "Jordan|Jordan|c")
E('''Bahraini authorities freed more than 1,500 detainees under a royal pardon, including several who had been jailed over the 2011 protests.''',
  "Bahrain|Bahraini|c")
E('''Mahmoud Abbas signed a decree cancelling payments to families of prisoners and militants killed in attacks, a system long condemned by donors as "pay to slay".''',
  "Mahmoud Abbas|Mahmoud Abbas|c")
E('''The Kurdistan Regional Government agreed to hand over 230,000 barrels a day of crude to the federal oil marketer in return for regular salary transfers.''',
  "Kurdistan Regional Government|Kurdistan Regional Government|c")
E('''The SDF released 400 prisoners held on charges of belonging to Islamic State cells, after tribal mediation in Deir ez-Zor.''',
  "SDF|SDF|c", "Islamic State|Islamic State|n")
E('''Islamic Jihad agreed to hand over the bodies of two Israeli soldiers it held in Gaza, the mediators confirmed late on Thursday.''',
  "Islamic Jihad|Islamic Jihad|c", "Israel|Israeli|n")
E('''The IAEA dispatched a team of safety experts to the Bushehr nuclear power plant at Tehran's request after the strikes damaged an adjacent facility.''',
  "IAEA|IAEA|c", "Iran|Tehran|c")
E('''Abbas Araghchi met Rafael Grossi on the sidelines of a conference and agreed on a technical framework for inspectors to return, calling it "a starting point, not a destination".''',
  "Abbas Araghchi|Abbas Araghchi|c", "Rafael Grossi|Rafael Grossi|c")
E('''Ali Khamenei endorsed the government's decision to pursue talks, telling officials that "a smile toward the enemy" was permissible if it served national interests.''',
  "Ali Khamenei|Ali Khamenei|c")
E('''Tunisia pledged to host a regional summit on water scarcity and signed an agreement with the World Bank to modernise irrigation in the arid south.''',
  "Tunisia|Tunisia|c", "World Bank|World Bank|c")
E('''Hezbollah lawmakers voted in favour of the government's financial recovery plan, allowing it to pass parliament with a comfortable majority.''',
  "Hezbollah|Hezbollah|c")
E('''Norway's foreign minister announced an additional 300 million kroner for UNRWA, saying the agency remained "irreplaceable" for refugees in Gaza and Lebanon.''',
  "Norway|Norway|c", "UNRWA|UNRWA|n", "Lebanon|Lebanon|n")
E('''Polisario Front hands Red Cross last Moroccan prisoners of war held since the 1990s''',
  "Polisario Front|Polisario Front|c", "Red Cross|Red Cross|n", "Morocco|Moroccan|n")

E('''Mohammed bin Salman warned that the kingdom would acquire a nuclear weapon if its regional rival did, remarks that alarmed non-proliferation experts.''',
  "Mohammed bin Salman|Mohammed bin Salman|a")
E('''Hamas gunmen shot dead a clan leader in Deir al-Balah whom they accused of looting aid convoys, witnesses said.''',
  "Hamas|Hamas|a")
E('''Houthi fighters shelled residential districts of Taiz for a second day, killing a child and wounding four women, according to medics at the city's main hospital.''',
  "Houthis|Houthi|a")
E('''Hezbollah operatives tried to smuggle anti-tank missiles through a mountain pass in the Bekaa, the army said after seizing the truck carrying them.''',
  "Hezbollah|Hezbollah|a")
E('''Iran has been jamming satellite navigation signals across the Gulf for more than a week, sending tankers' positioning systems haywire, maritime security firms say.''',
  "Iran|Iran|a")
E('''Israeli naval commandos intercepted an aid flotilla in international waters before dawn and detained more than 400 activists from dozens of countries.''',
  "Israel|Israeli|a")
E('''Islamic State cells ambushed a convoy of fuel tankers in the Badia desert, torching six trucks and executing their drivers.''',
  "Islamic State|Islamic State|a")
E('''Turkish drones struck a power station near Qamishli overnight, cutting electricity to tens of thousands of people in the middle of winter.''',
  "Turkey|Turkish|a")
E('''The Polisario Front fired four projectiles toward Smara during a local festival, killing one civilian, officials in the town said.''',
  "Polisario Front|Polisario Front|a")
E('''Algerian authorities bused hundreds of sub-Saharan migrants to a remote desert crossing and abandoned them there, a medical charity reported.''',
  "Algeria|Algerian|a")
E('''Syrian government troops shelled Druze villages in Sweida province despite a declared truce, residents and local militia leaders said.''',
  "Syria|Syrian|a")
E('''Saudi border guards opened fire on migrants crossing the mountainous southern frontier, killing dozens, according to a report by a rights organisation.''',
  "Saudi Arabia|Saudi|a")
E('''Egyptian police blocked hundreds of international activists marching toward the Gaza border and confiscated their passports at checkpoints in Sinai.''',
  "Egypt|Egyptian|a")
E('''Mali's junta accused Algiers of sheltering armed separatists and walked away from the peace accord its northern neighbour had brokered a decade earlier.''',
  "Mali|Mali|a", "Algeria|Algiers|a")

E('''Khalifa Haftar threatened to march on the capital again unless oil revenues were shared "fairly" among the regions, in a speech to officers in Benghazi.''',
  "Khalifa Haftar|Khalifa Haftar|a")

E('''Mohammed bin Salman pledged to pay for rebuilding a thousand schools in Gaza once the fighting ends, according to a statement from the royal court.''',
  "Mohammed bin Salman|Mohammed bin Salman|c")


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mena.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["text", "actor", "mention", "label"])
        for text, rows in DATA:
            for actor, mention, label in rows:
                assert mention in text, (mention, text)
                w.writerow([text, actor, mention, label])
    print("wrote", out, len(DATA), "sentences", sum(len(r) for _, r in DATA), "rows")


if __name__ == "__main__":
    main()
