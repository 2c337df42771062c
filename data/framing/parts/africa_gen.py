# Generator for the hand-labelled framing rows of the Sub-Saharan Africa part.
# Each S(...) call holds one original sentence and its (actor, mention, label) triples.
# Run: python3 africa_gen.py  -> writes africa.csv beside this script.
import csv
import os

C, A, N = "cooperative", "adversarial", "neutral"
DATA = []


def S(text, *acts):
    DATA.append((text, acts))


# ---- Sudan, RSF, South Sudan, Chad ----
S('''KHARTOUM, June 4 — The Sudanese army said on Tuesday it had retaken two districts of Omdurman after days of street fighting, accusing the Rapid Support Forces of shelling residential blocks near the river.''',
  ("Sudan", "KHARTOUM", A), ("RSF", "Rapid Support Forces", A))
S('''RSF fighters looted a World Food Programme warehouse in El Fasher overnight, aid officials said, leaving roughly 40,000 displaced people without rations.''',
  ("RSF", "RSF", A), ("WFP", "World Food Programme", N))
S('''Army chief Abdel Fattah al-Burhan rejected a truce proposal drafted by Washington, insisting the paramilitary must first vacate civilian homes and hospitals.''',
  ("Abdel Fattah al-Burhan", "Abdel Fattah al-Burhan", A), ("United States", "Washington", C))
S('''Saudi Arabia reconvened indirect talks in Jeddah between the army and the paramilitary, though neither delegation signed anything by nightfall.''',
  ("Saudi Arabia", "Saudi Arabia", C))
S('''Chad denies smuggling claims as Khartoum lodges formal complaint''',
  ("Chad", "Chad", N), ("Sudan", "Khartoum", A))
S('''The United Arab Emirates has repeatedly rejected allegations that it arms the paramilitary, and on Monday its foreign ministry dismissed the latest report by independent experts as "inaccurate".''',
  ("United Arab Emirates", "United Arab Emirates", N))
S('''Hemedti's forces proclaimed a parallel government in Nyala, a move the African Union condemned as a threat to the country's territorial integrity.''',
  ("Mohamed Hamdan Dagalo", "Hemedti", A), ("AU", "African Union", A))
S('''Egypt offered to host a humanitarian conference on Sudan next month and pledged to keep its Argeen border crossing open to refugees.''',
  ("Egypt", "Egypt", C), ("Sudan", "Sudan", N))
S('''South Sudan's oil exports through the Red Sea halted again after a pumping station on the pipeline was wrecked in fighting between army units and the RSF.''',
  ("South Sudan", "South Sudan", N), ("RSF", "RSF", A))
S('''JUBA, Feb 11 — President Salva Kiir dismissed his finance minister for the third time in a year, a decree read on state television said on Friday.''',
  ("South Sudan", "JUBA", N), ("Salva Kiir", "Salva Kiir", N))
S('''Salva Kiir's government accused opposition leader Riek Machar of plotting an armed uprising after clashes in Upper Nile state killed at least 27 soldiers.''',
  ("Salva Kiir", "Salva Kiir", A), ("Riek Machar", "Riek Machar", A))
S('''IGAD envoys spent the week trying to revive South Sudan's stalled peace agreement, holding separate meetings with government and opposition figures ahead of elections planned for next year.''',
  ("IGAD", "IGAD", C), ("South Sudan", "South Sudan", N))
S('''President William Ruto hosted opposition groups from South Sudan for another round of the Tumaini initiative, which he called "the last best chance" for a settlement.''',
  ("William Ruto", "William Ruto", C), ("South Sudan", "South Sudan", N))
S('''GENEVA, Aug 19 — UN rights investigators said both the Sudanese army and the RSF had committed acts that may amount to war crimes, citing the bombing of markets and the systematic burning of villages in West Darfur.''',
  ("UN", "UN", N), ("Sudan", "Sudanese", A), ("RSF", "RSF", A))
S('''Chadian customs officers said they had intercepted a convoy of fuel trucks bound for Darfur and arrested 14 people, describing the seizure as proof that N'Djamena does not tolerate smuggling.''',
  ("Chad", "Chadian", C))
S('''Heavy rains have compounded the misery in eastern Chad, where aid agencies say more than 600,000 refugees from Darfur now shelter in camps built for a fraction of that number.''',
  ("Chad", "Chad", N))
S('''The RSF announced a unilateral humanitarian pause around El Fasher on Thursday, allowing a first convoy of medical supplies to reach the city's last functioning hospital.''',
  ("RSF", "RSF", C))
S('''Washington sanctioned three Gulf-based companies it said had supplied weapons to the RSF, in the most direct move yet against the paramilitary's foreign supply chain.''',
  ("United States", "Washington", A), ("RSF", "RSF", N))
S('''Qatar expressed support for Burhan's roadmap for a civilian-led transition, pledging to help fund reconstruction once the guns fall silent.''',
  ("Qatar", "Qatar", C), ("Abdel Fattah al-Burhan", "Burhan", C))
S('''In a rare phone call, al-Burhan told UN Secretary-General Antonio Guterres that his government would keep the Adre crossing open to aid convoys for a further three months.''',
  ("Abdel Fattah al-Burhan", "al-Burhan", C), ("Antonio Guterres", "Antonio Guterres", N), ("UN", "UN", N))
S('''Sudan's foreign ministry accused Kenya of "violating neutrality" after Nairobi allowed the paramilitary and its allies to sign a political charter on Kenyan soil.''',
  ("Sudan", "Sudan", A), ("Kenya", "Kenya", A))
S('''The RSF denied shelling a displacement camp near Zamzam, blaming what it called "army provocateurs" for the attack that killed at least 19 people.''',
  ("RSF", "RSF", A))
S('''Sudan and South Sudan agreed to set up a joint committee to protect the oil pipeline that crosses territory held by the paramilitary, officials in Juba said.''',
  ("Sudan", "Sudan", C), ("South Sudan", "South Sudan", C))
S('''Prime Minister Abiy Ahmed offered to mediate between Sudan's rival generals during a brief visit to Port Sudan, where he held three hours of talks with the army chief.''',
  ("Abiy Ahmed", "Abiy Ahmed", C), ("Sudan", "Sudan", N))
S('''The European Union imposed asset freezes on two RSF commanders accused of orchestrating ethnic killings in El Geneina.''',
  ("EU", "European Union", A), ("RSF", "RSF", A))
S('''Updated 09:47 GMT | Share | Tweet  Sudan's government on Sunday ordered the expulsion of two UN aid coordinators, accusing them of "interfering in internal affairs". | Read more''',
  ("Sudan", "Sudan", A), ("UN", "UN", A))
S('''Eritrea has quietly trained several thousand Sudanese army recruits near the border, according to two regional diplomats, a claim Asmara did not address.''',
  ("Eritrea", "Eritrea", C), ("Sudan", "Sudanese", N))
S('''WFP said it had reached 1.2 million people in Darfur last month, its largest distribution since the war began, after the RSF lifted checkpoints on the road from Tine.''',
  ("WFP", "WFP", C), ("RSF", "RSF", C))
S('''Sudan takes UAE to World Court over alleged complicity in Darfur killings''',
  ("Sudan", "Sudan", A), ("United Arab Emirates", "UAE", A), ("ICJ", "World Court", N))
S('''The ICJ declined to order emergency measures in Sudan's case, ruling it lacked jurisdiction because of a reservation the respondent had lodged decades ago.''',
  ("ICJ", "ICJ", N), ("Sudan", "Sudan", N))
S('''Russia vetoed a British draft resolution calling for an immediate ceasefire in the Darfur war, with Moscow's envoy arguing the text trampled on the government's sovereignty.''',
  ("Russia", "Russia", A), ("United Kingdom", "British", C))
S('''N'Djamena expels Sudanese envoy, accusing Khartoum of backing Chadian rebels''',
  ("Chad", "N'Djamena", A), ("Sudan", "Sudanese", A))
S('''President Mahamat Idriss Deby pardoned more than 200 prisoners, among them several opposition activists, in what his office described as a gesture toward national reconciliation.''',
  ("Mahamat Idriss Deby", "Mahamat Idriss Deby", C))
S('''Chad ends defence pact with France, gives French troops weeks to leave''',
  ("Chad", "Chad", A), ("France", "France", N))
S('''The last French soldiers left their base in N'Djamena on Friday, ending a military presence in Chad that had lasted, with brief interruptions, since independence.''',
  ("France", "French", N), ("Chad", "N'Djamena", N))
S('''Chad signed a security cooperation memorandum with Hungary, which pledged to send around 200 soldiers to help secure the country's eastern border.''',
  ("Chad", "Chad", C), ("Hungary", "Hungary", C))
S('''Uganda deployed special forces to the capital at the request of President Salva Kiir, who thanked Kampala for standing by his government "in a difficult hour".''',
  ("Uganda", "Uganda", C), ("Salva Kiir", "Salva Kiir", C))
S('''Riek Machar was placed under house arrest after troops loyal to him overran a garrison in Nasir, government officials said.''',
  ("Riek Machar", "Riek Machar", A))
S('''The African Union's Peace and Security Council urged South Sudan's leaders to free detained opposition figures and return to dialogue before the transition collapses.''',
  ("AU", "African Union", C), ("South Sudan", "South Sudan", N))
S('''"We will not sit at the same table as the killers of El Geneina," Sudan's envoy told reporters in New York, ruling out direct talks with the RSF.''',
  ("Sudan", "Sudan", A), ("RSF", "RSF", A))
S('''The RSF said it had shot down a Sudanese army drone over Nyala and accused Egypt of supplying the aircraft, an allegation Cairo did not comment on.''',
  ("RSF", "RSF", A), ("Sudan", "Sudanese", N), ("Egypt", "Egypt", A))
S('''Britain convened a conference on Sudan in London that raised about 800 million pounds in humanitarian pledges, though neither warring party was invited.''',
  ("United Kingdom", "Britain", C), ("Sudan", "Sudan", N))
S('''Khartoum refused to send a delegation, accusing the organisers of treating a legitimate army and a "terrorist militia" as equals.''',
  ("Sudan", "Khartoum", A))
S('''Long-range drones launched by the RSF struck fuel depots and the airport in Port Sudan for the first time, forcing the UN to suspend its humanitarian flights.''',
  ("RSF", "RSF", A), ("UN", "UN", N))
S('''Mohamed Hamdan Dagalo, in a rare video address, apologised for "abuses by undisciplined elements" and said his forces were ready for a nationwide ceasefire.''',
  ("Mohamed Hamdan Dagalo", "Mohamed Hamdan Dagalo", C))
S('''The United States determined that RSF members had committed genocide in Darfur and imposed sanctions on Hemedti personally.''',
  ("United States", "United States", A), ("RSF", "RSF", A), ("Mohamed Hamdan Dagalo", "Hemedti", N))
S('''Egypt and Saudi Arabia jointly proposed a three-month humanitarian truce in Darfur and Kordofan, to be followed by talks on a civilian-led transition.''',
  ("Egypt", "Egypt", C), ("Saudi Arabia", "Saudi Arabia", C))
S('''Abdel Fattah al-Burhan vowed to fight "until the last rebel is defeated" in a speech to troops in Omdurman, brushing aside calls for negotiations.''',
  ("Abdel Fattah al-Burhan", "Abdel Fattah al-Burhan", A))
S('''Salva Kiir offered to host talks between the army and the RSF, saying both sides had "accepted in principle".''',
  ("Salva Kiir", "Salva Kiir", C), ("RSF", "RSF", N))
S('''Boko Haram fighters attacked a Chadian army base on the Lake Chad peninsula, killing 40 soldiers and prompting President Mahamat Idriss Deby to order a retaliatory offensive.''',
  ("Boko Haram", "Boko Haram", A), ("Chad", "Chadian", N), ("Mahamat Idriss Deby", "Mahamat Idriss Deby", A))
S('''Chad threatens to quit multinational force over lack of support''',
  ("Chad", "Chad", A))
# ---- Ethiopia, Eritrea, Somalia, Djibouti, Kenya, Tanzania ----
S('''Somalia recalled its ambassador from Addis Ababa on Tuesday, calling Ethiopia's port agreement with the breakaway region of Somaliland "a blatant violation" of its sovereignty.''',
  ("Somalia", "Somalia", A), ("Ethiopia", "Addis Ababa", A))
S('''Turkey brokered a declaration in Ankara under which Ethiopia and Somalia agreed to shelve their dispute over sea access and begin technical talks.''',
  ("Turkey", "Turkey", C), ("Ethiopia", "Ethiopia", C), ("Somalia", "Somalia", C))
S('''President Hassan Sheikh Mohamud thanked Recep Tayyip Erdogan for his "patient diplomacy" and said his government was ready to turn the page with its neighbour.''',
  ("Hassan Sheikh Mohamud", "Hassan Sheikh Mohamud", C), ("Recep Tayyip Erdogan", "Recep Tayyip Erdogan", C))
S('''Al-Shabaab militants stormed a hotel near Mogadishu's Lido beach late on Friday, killing at least 32 people before security forces ended the siege the next morning.''',
  ("al-Shabaab", "Al-Shabaab", A), ("Somalia", "Mogadishu", N))
S('''Somali troops backed by U.S. airstrikes recaptured the town of Harardhere from al-Shabaab, the defence ministry said.''',
  ("Somalia", "Somali", A), ("United States", "U.S.", C), ("al-Shabaab", "al-Shabaab", N))
S('''The African Union's stabilisation mission faces a funding gap of nearly $100 million, and troop contributors have warned they may pull soldiers out if arrears go unpaid.''',
  ("AU", "African Union", N))
S('''Egypt will send several thousand troops to the Horn of Africa under a new mandate, Cairo confirmed, a decision Ethiopia warned could "destabilise the region".''',
  ("Egypt", "Egypt", A), ("Ethiopia", "Ethiopia", A))
S('''Eritrea accused Ethiopia of preparing an offensive to seize the port of Assab, after the prime minister told parliament his country's landlocked status was "a historical mistake" that must be corrected.''',
  ("Eritrea", "Eritrea", A), ("Ethiopia", "Ethiopia", A))
S('''Abiy says quest for sea access will be pursued "through peaceful means only"''',
  ("Abiy Ahmed", "Abiy", C))
S('''ASMARA, March 9 — Eritrea's information ministry dismissed reports of troop build-ups near Zalambessa as "fabrications" spread by hostile media.''',
  ("Eritrea", "ASMARA", N))
S('''President Isaias Afwerki received Egypt's foreign minister, and the two governments pledged to coordinate on Red Sea security.''',
  ("Isaias Afwerki", "Isaias Afwerki", C), ("Egypt", "Egypt", C))
S('''Tigray's interim administration collapsed into open feuding as a TPLF faction loyal to the party chairman seized control of several district offices.''',
  ("TPLF", "TPLF", A))
S('''The Tigray People's Liberation Front warned that the federal government's failure to return displaced people to western Tigray could "reignite the war", in a statement released late on Wednesday.''',
  ("TPLF", "Tigray People's Liberation Front", A))
S('''Federal authorities revoked the TPLF's registration as a political party, a step the movement said violated the 2022 peace deal.''',
  ("TPLF", "TPLF", A))
S('''African Union mediators met TPLF and federal officials in Mekelle to salvage the accord that ended two years of war in which hundreds of thousands died.''',
  ("AU", "African Union", C), ("TPLF", "TPLF", N))
S('''Fano militiamen ambushed a military convoy near Gondar, killing at least a dozen soldiers, residents and a local official told reporters by phone.''',
  ("Fano", "Fano", A))
S('''The Ethiopian government has offered an amnesty to Fano fighters who surrender their weapons within 60 days, the justice ministry announced.''',
  ("Ethiopia", "Ethiopian", C), ("Fano", "Fano", N))
S('''Drone strikes blamed on the Ethiopian air force hit a crowded market in the Amhara region, killing dozens of civilians, according to health workers at the nearest clinic.''',
  ("Ethiopia", "Ethiopian", A))
S('''Ethiopia's central bank floated the birr as part of a $3.4 billion lending programme, a reform investors had long demanded.''',
  ("Ethiopia", "Ethiopia", C))
S('''The IMF approved the latest disbursement to Ethiopia after a review found the government had met most of its targets, fund officials said.''',
  ("IMF", "IMF", C), ("Ethiopia", "Ethiopia", N))
S('''China agreed to suspend debt repayments from Ethiopia for two years, easing pressure on Addis Ababa as it restructures its obligations to bondholders.''',
  ("China", "China", C), ("Ethiopia", "Ethiopia", N))
S('''Djibouti offered Ethiopia exclusive management of a port at Tadjourah in a bid to defuse tensions over Addis Ababa's push for access to the sea.''',
  ("Djibouti", "Djibouti", C), ("Ethiopia", "Ethiopia", N))
S('''President Ismail Omar Guelleh said his country would not allow its territory to be used for strikes across the Bab el-Mandeb strait, even as foreign navies expand their bases there.''',
  ("Ismail Omar Guelleh", "Ismail Omar Guelleh", C))
S('''China's naval base in Djibouti has lengthened its pier to accommodate aircraft carriers, satellite imagery analysed by researchers showed.''',
  ("China", "China", N), ("Djibouti", "Djibouti", N))
S('''Kenyan police officers leading the UN-backed security mission in Haiti came under fire from gangs in the capital for the third time this month.''',
  ("Kenya", "Kenyan", N), ("UN", "UN", C))
S('''Kenya reopened its north-eastern border crossings for trade after more than a decade, with officials hoping to revive commerce in Mandera and Dhobley.''',
  ("Kenya", "Kenya", C))
S('''NAIROBI, Oct 14 — Al-Shabaab fighters killed seven police officers with a roadside bomb in Lamu county, the interior ministry said.''',
  ("Kenya", "NAIROBI", N), ("al-Shabaab", "Al-Shabaab", A))
S('''President William Ruto signed a defence cooperation pact with Washington that gives U.S. forces expanded access to airfields near the coast.''',
  ("William Ruto", "William Ruto", C), ("United States", "Washington", C))
S('''Protesters in Nairobi torched part of the parliament building over the finance bill; Ruto later withdrew the tax measures entirely and called for dialogue with young demonstrators.''',
  ("Kenya", "Nairobi", N), ("William Ruto", "Ruto", C))
S('''Ruto's government accused Tanzania of deporting activists who had travelled to Dar es Salaam to attend an opposition leader's trial.''',
  ("William Ruto", "Ruto", A), ("Tanzania", "Tanzania", A))
S('''Samia Suluhu Hassan defended the deportations, saying her government would not allow foreigners "to meddle in our affairs".''',
  ("Samia Suluhu Hassan", "Samia Suluhu Hassan", A))
S('''Somalia's federal government accused Kenya of arming the Jubaland administration in Kismayo after clashes killed dozens of federal soldiers.''',
  ("Somalia", "Somalia", A), ("Kenya", "Kenya", A))
S('''Ethiopia withdrew thousands of troops from bases in Somalia's Gedo region, a step Mogadishu welcomed as "a sign of mutual respect".''',
  ("Ethiopia", "Ethiopia", C), ("Somalia", "Somalia", C))
S('''Al-Shabaab claims mortar barrage on presidential compound in Mogadishu during cabinet meeting''',
  ("al-Shabaab", "Al-Shabaab", A), ("Somalia", "Mogadishu", N))
S('''The United States carried out an airstrike against Islamic State fighters in the Cal Miskaad mountains of Puntland, its Africa command said.''',
  ("United States", "United States", A), ("Islamic State", "Islamic State", N))
S('''Qatar has quietly funded the salaries of Somali soldiers trained abroad, according to officials familiar with the arrangement.''',
  ("Qatar", "Qatar", C), ("Somalia", "Somali", N))
S('''UAE ends training mission in Somalia after dispute over seized cash''',
  ("United Arab Emirates", "UAE", A), ("Somalia", "Somalia", N))
S('''Eritrea has withdrawn from IGAD for the second time, saying the bloc had "failed to uphold its mandate" and could no longer speak for the region.''',
  ("Eritrea", "Eritrea", A), ("IGAD", "IGAD", N))
S('''IGAD leaders meeting in Entebbe called for an immediate ceasefire in Sudan and appointed a special envoy to the country.''',
  ("IGAD", "IGAD", C), ("Sudan", "Sudan", N))
S('''A U.S. envoy said Eritrean troops remained in parts of Tigray in breach of the ceasefire and urged Asmara to pull them back "without delay".''',
  ("United States", "U.S.", N), ("Eritrea", "Eritrean", A))
S('''Ethiopia and Kenya switched on a 1,000-kilometre transmission line that will carry hydroelectric power from the Blue Nile dam to Nairobi.''',
  ("Ethiopia", "Ethiopia", C), ("Kenya", "Kenya", C))
S('''Egypt again accused Ethiopia of acting unilaterally by filling the dam's reservoir, warning that Cairo would "take all measures" to protect its water share.''',
  ("Egypt", "Egypt", A), ("Ethiopia", "Ethiopia", A))
S('''Sudan and Egypt held joint air force drills dubbed "Guardians of the Nile", a show of force widely read as a message to Addis Ababa.''',
  ("Sudan", "Sudan", A), ("Egypt", "Egypt", A), ("Ethiopia", "Addis Ababa", N))
S('''Somalia joined the East African Community as its eighth member, a step officials in Mogadishu said would open new markets for livestock exporters.''',
  ("Somalia", "Somalia", C), ("EAC", "East African Community", C))
S('''In an audio message, al-Shabaab's leader urged followers to attack Ethiopian forces deployed in the south-west.''',
  ("al-Shabaab", "al-Shabaab", A), ("Ethiopia", "Ethiopian", N))
S('''The Security Council lifted the arms embargo on Somalia's federal government, a decision Mogadishu had sought for years to rebuild its army.''',
  ("UN Security Council", "Security Council", C), ("Somalia", "Somalia", N))
S('''Hassan Sheikh Mohamud and Abiy Ahmed agreed to restore full diplomatic relations during talks at a lakeside resort in Bahir Dar, ending a year-long rift.''',
  ("Hassan Sheikh Mohamud", "Hassan Sheikh Mohamud", C), ("Abiy Ahmed", "Abiy Ahmed", C))
S('''Abiy Ahmed inaugurated the Grand Renaissance dam in a ceremony attended by Kenya's president, calling the project "a gift to all Africans".''',
  ("Abiy Ahmed", "Abiy Ahmed", C), ("Kenya", "Kenya", N))
S('''Egypt said it "reserves the right" to defend its water security after the upstream dam was completed without a binding agreement on releases in drought years.''',
  ("Egypt", "Egypt", A))
S('''Isaias Afwerki accused Ethiopia's ruling party of "warmongering" in a rare interview with state television, while insisting his country wanted no conflict.''',
  ("Isaias Afwerki", "Isaias Afwerki", A), ("Ethiopia", "Ethiopia", A))
S('''A TPLF faction seized Mekelle's radio station and several government offices, prompting the interim president to flee to Addis Ababa.''',
  ("TPLF", "TPLF", A), ("Ethiopia", "Addis Ababa", N))
S('''Djibouti renewed the lease on the U.S. base at Camp Lemonnier for another decade, securing payments of about $70 million a year.''',
  ("Djibouti", "Djibouti", C), ("United States", "U.S.", C))
S('''William Ruto defended the police deployment in Haiti before world leaders in New York and appealed for predictable funding for the mission.''',
  ("William Ruto", "William Ruto", C))
S('''Kenya secured a $1.5 billion loan from the United Arab Emirates to refinance expensive eurobonds, treasury officials said.''',
  ("Kenya", "Kenya", N), ("United Arab Emirates", "United Arab Emirates", C))
S('''Uganda's security services abducted opposition figure Kizza Besigye in a neighbouring capital and flew him to Kampala to face a military court, his wife said.''',
  ("Uganda", "Uganda", A), ("Kizza Besigye", "Kizza Besigye", N))
# ---- DR Congo, Rwanda, M23, Uganda, Burundi, EAC, SADC ----
S('''GOMA, Jan 27 — M23 rebels pushed into the centre of Goma on Monday, and Congolese soldiers were seen handing their weapons to peacekeepers at a base near the airport.''',
  ("M23", "M23", A), ("Democratic Republic of the Congo", "Congolese", N))
S('''Kinshasa accuses Kigali of "declaration of war" as rebels seize Goma''',
  ("Democratic Republic of the Congo", "Kinshasa", A), ("Rwanda", "Kigali", A))
S('''Rwanda has consistently denied supporting M23, though independent experts estimated that up to 4,000 Rwandan soldiers were deployed across the border.''',
  ("Rwanda", "Rwanda", A), ("M23", "M23", N))
S('''President Paul Kagame told a news conference that his country would "not apologise" for defending its borders against a militia founded by genocide perpetrators, which he said Kinshasa had folded into its army.''',
  ("Paul Kagame", "Paul Kagame", A), ("Democratic Republic of the Congo", "Kinshasa", A))
S('''Felix Tshisekedi called on the international community to sanction Rwanda, saying Kigali was "plundering" minerals from the eastern provinces with impunity.''',
  ("Felix Tshisekedi", "Felix Tshisekedi", A), ("Rwanda", "Rwanda", A))
S('''Qatar hosted direct talks between government delegates and M23 representatives in Doha, the first such meeting since the rebels' offensive began.''',
  ("Qatar", "Qatar", C), ("M23", "M23", N))
S('''The foreign ministers of Congo and Rwanda signed a peace agreement, committing to end support for armed groups and to establish a joint security coordination mechanism.''',
  ("Democratic Republic of the Congo", "Congo", C), ("Rwanda", "Rwanda", C))
S('''The United States is seeking access to Congo's cobalt and lithium as part of a broader minerals-for-security arrangement, officials in Kinshasa confirmed.''',
  ("United States", "United States", N), ("Democratic Republic of the Congo", "Congo", N))
S('''M23 set up a parallel administration in Bukavu, appointing governors and levying taxes on mining sites''',
  ("M23", "M23", A))
S('''M23 fighters pulled out of Walikale on Saturday in what the group described as a goodwill gesture to support the talks under way in Doha.''',
  ("M23", "M23", C), ("Qatar", "Doha", N))
S('''Burundi said it would keep its troops in South Kivu under a bilateral deal with Kinshasa, despite mounting casualties and pressure at home to bring them back.''',
  ("Burundi", "Burundi", C), ("Democratic Republic of the Congo", "Kinshasa", N))
S('''President Evariste Ndayishimiye accused Rwanda of plotting a coup against him and said he would not stand by "while Kigali arms our enemies".''',
  ("Evariste Ndayishimiye", "Evariste Ndayishimiye", A), ("Rwanda", "Rwanda", A))
S('''SADC leaders agreed to withdraw their peacekeeping mission from the Kivu provinces after troops from three member states suffered heavy losses around Goma.''',
  ("SADC", "SADC", N))
S('''Kigali hit back after Cyril Ramaphosa said the deaths of 14 of his country's soldiers had been caused by the rebels and "Rwandan Defence Force militia".''',
  ("Rwanda", "Kigali", A), ("Cyril Ramaphosa", "Cyril Ramaphosa", A))
S('''Kagame responded by calling the SADC force "a belligerent" with no place in peace efforts and warned that he would "deal with" South Africa if it sought confrontation.''',
  ("Paul Kagame", "Kagame", A), ("SADC", "SADC", A), ("South Africa", "South Africa", N))
S('''The East African Community and SADC held their first joint summit in Dar es Salaam, appointing three former heads of state to co-facilitate a unified peace process for the Kivu provinces.''',
  ("EAC", "East African Community", C), ("SADC", "SADC", C))
S('''Uganda sent additional troops into Ituri to help Congolese forces protect villages from ADF raids, with Kampala saying the deployment had Kinshasa's full approval.''',
  ("Uganda", "Uganda", C), ("Democratic Republic of the Congo", "Congolese", N), ("ADF", "ADF", A))
S('''A UN report accused Uganda of allowing the rebels to recruit and resupply on its territory, an accusation Kampala rejected in a series of combative posts online.''',
  ("UN", "UN", A), ("Uganda", "Uganda", A))
S('''ADF militants killed more than 40 worshippers at a Catholic church in Komanda during an overnight vigil, local authorities said.''',
  ("ADF", "ADF", A))
S('''President Felix Tshisekedi said he was open to meeting M23 leaders "if it brings peace to the east", a sharp turn from his earlier refusal to negotiate.''',
  ("Felix Tshisekedi", "Felix Tshisekedi", C), ("M23", "M23", N))
S('''Joao Lourenco stepped down as the AU's mediator in the Great Lakes crisis, saying his initiative had been overtaken by parallel processes elsewhere.''',
  ("Joao Lourenco", "Joao Lourenco", N), ("AU", "AU", N))
S('''Angola hosted Tshisekedi and Kagame for a three-hour meeting, the first face-to-face encounter between the two leaders in more than a year.''',
  ("Angola", "Angola", C), ("Felix Tshisekedi", "Tshisekedi", N), ("Paul Kagame", "Kagame", N))
S('''Rwanda severed diplomatic relations with Belgium, accusing the former colonial power of lobbying against it and of "taking sides" in the conflict.''',
  ("Rwanda", "Rwanda", A), ("Belgium", "Belgium", A))
S('''The European Union suspended defence consultations with Rwanda and said it would review a raw materials agreement signed with Kigali last year.''',
  ("EU", "European Union", A), ("Rwanda", "Rwanda", N))
S('''Britain paused some bilateral aid to Rwanda, citing the presence of Rwandan troops across the border, though London said humanitarian programmes would continue.''',
  ("United Kingdom", "Britain", A), ("Rwanda", "Rwanda", A))
S('''Congo's government has offered a $5 million bounty for rebel coalition leader Corneille Nangaa, who was sentenced to death in absentia by a military court in Kinshasa.''',
  ("Democratic Republic of the Congo", "Congo", A), ("Corneille Nangaa", "Corneille Nangaa", N))
S('''Beijing urged all parties in eastern Congo to exercise restraint and said Chinese mining firms in the region had been told to suspend work near the front line.''',
  ("China", "Beijing", C), ("Democratic Republic of the Congo", "Congo", N))
S('''Doctors in Goma reported cholera outbreaks after M23 ordered the closure of displacement camps, forcing tens of thousands back to destroyed villages.''',
  ("M23", "M23", A))
S('''Human rights groups said Wazalendo militias allied to the army had summarily executed suspected rebel sympathisers in Uvira.''',
  ("Wazalendo", "Wazalendo", A))
S('''The UN Security Council unanimously extended the peacekeeping mission in Congo for another year in a resolution that also demanded Rwanda withdraw its troops.''',
  ("UN Security Council", "UN Security Council", C), ("Democratic Republic of the Congo", "Congo", N), ("Rwanda", "Rwanda", A))
S('''Former president Joseph Kabila was sentenced to death in absentia for treason after a military court found he had aided M23 rebels.''',
  ("Joseph Kabila", "Joseph Kabila", A), ("M23", "M23", N))
S('''Rwanda and Congo agree to joint operations against FDLR militia''',
  ("Rwanda", "Rwanda", C), ("Democratic Republic of the Congo", "Congo", C), ("FDLR", "FDLR", N))
S('''KIGALI, May 5 — The government said it had begun "lifting defensive measures" along the western border, a phrase diplomats interpreted as a partial troop pullback.''',
  ("Rwanda", "KIGALI", C))
S('''Yoweri Museveni met the rebels' political leadership in Entebbe, a meeting Kinshasa described as "an unfriendly act" by a supposed partner.''',
  ("Yoweri Museveni", "Yoweri Museveni", A), ("Democratic Republic of the Congo", "Kinshasa", A))
S('''Yoweri Museveni was declared winner of a seventh term, with the opposition alleging ballot stuffing and the arrest of hundreds of campaign workers.''',
  ("Yoweri Museveni", "Yoweri Museveni", A))
S('''Uganda and Tanzania signed an agreement to complete the East African Crude Oil Pipeline despite criticism from EU lawmakers over its climate impact.''',
  ("Uganda", "Uganda", C), ("Tanzania", "Tanzania", C), ("EU", "EU", A))
S('''Burundi closes border with Rwanda, accusing neighbour of harbouring coup plotters''',
  ("Burundi", "Burundi", A), ("Rwanda", "Rwanda", A))
S('''Angry crowds in Kinshasa attacked the Rwandan embassy and several Western missions, accusing foreign governments of turning a blind eye to Kigali's role in the east.''',
  ("Democratic Republic of the Congo", "Kinshasa", N), ("Rwanda", "Rwandan", A))
S('''Felix Tshisekedi offered Washington privileged access to critical minerals in exchange for help in securing the country's war-torn east.''',
  ("Felix Tshisekedi", "Felix Tshisekedi", C), ("United States", "Washington", N))
S('''Paul Kagame hosted Qatar's emir at his official residence and thanked Doha for its "tireless facilitation" of regional talks.''',
  ("Paul Kagame", "Paul Kagame", C), ("Qatar", "Qatar", C))
S('''M23 accuses Kinshasa of drone strikes on civilians in Masisi''',
  ("M23", "M23", A), ("Democratic Republic of the Congo", "Kinshasa", A))
S('''A military court in Kinshasa sentenced dozens of soldiers to death for fleeing the front line as the rebels closed in on Goma.''',
  ("Democratic Republic of the Congo", "Kinshasa", N))
S('''The ICC prosecutor announced a renewed investigation into crimes in North Kivu, including the possible involvement of officers from Rwanda's army.''',
  ("ICC", "ICC", N), ("Rwanda", "Rwanda", A))
S('''Tanzania and Burundi broke ground on a 282-kilometre railway link that will carry nickel from Musongati to the Indian Ocean coast.''',
  ("Tanzania", "Tanzania", C), ("Burundi", "Burundi", C))
S('''The East African Community's secretariat warned it could run out of money by June because several member states had not paid their contributions for two years.''',
  ("EAC", "East African Community", N))
S('''Wazalendo fighters refused to leave positions around Uvira despite orders from Kinshasa, raising fears of clashes with regular troops.''',
  ("Wazalendo", "Wazalendo", A), ("Democratic Republic of the Congo", "Kinshasa", N))
S('''Mozambique's army said Islamic State-linked insurgents had beheaded villagers in Cabo Delgado days after foreign troops withdrew from several positions.''',
  ("Mozambique", "Mozambique", N), ("Islamic State", "Islamic State", A))
S('''Rwanda has kept about 4,000 soldiers in Cabo Delgado to protect a liquefied natural gas project, with the EU financing part of the deployment.''',
  ("Rwanda", "Rwanda", C), ("EU", "EU", C))
S('''Ugandan and Congolese commanders agreed in Bunia to extend their joint offensive against the ADF by six months, saying it had dislodged the group from several camps.''',
  ("Uganda", "Ugandan", C), ("Democratic Republic of the Congo", "Congolese", C), ("ADF", "ADF", N))
S('''Evariste Ndayishimiye welcomed Felix Tshisekedi at his lakeside residence and pledged that his country would "share every sacrifice" with its neighbour in the fight against rebels.''',
  ("Evariste Ndayishimiye", "Evariste Ndayishimiye", C), ("Felix Tshisekedi", "Felix Tshisekedi", N))
# ---- Sahel: Mali, Burkina Faso, Niger, AES, JNIM, ECOWAS, external powers ----
S('''BAMAKO, Jan 29 — The three Sahel juntas formally completed their withdrawal from ECOWAS on Wednesday, ending nearly half a century of membership in the West African bloc.''',
  ("Mali", "BAMAKO", N), ("ECOWAS", "ECOWAS", N))
S('''The Alliance of Sahel States launched a joint 5,000-strong force and a common passport, which its leaders presented as symbols of sovereignty regained from Paris.''',
  ("Alliance of Sahel States", "Alliance of Sahel States", C), ("France", "Paris", N))
S('''Mali's junta expelled the French ambassador, accusing Paris of "hostile and outrageous" remarks about the transition''',
  ("Mali", "Mali", A), ("France", "French", A))
S('''General Assimi Goita granted himself a renewable five-year mandate without elections after dissolving all political parties and detaining prominent critics.''',
  ("Assimi Goita", "Assimi Goita", A))
S('''JNIM fighters attacked a gendarmerie school and the airport in Bamako in a coordinated dawn assault, killing more than 70 trainees.''',
  ("JNIM", "JNIM", A), ("Mali", "Bamako", N))
S('''JNIM's blockade of fuel convoys on roads into the capital has caused shortages across Mali, shutting schools and leaving homes with up to 20 hours of power cuts a day.''',
  ("JNIM", "JNIM", A), ("Mali", "Mali", N))
S('''Wagner Group mercenaries were accused by survivors of executing dozens of unarmed men in the village of Moura over several days.''',
  ("Wagner Group", "Wagner Group", A))
S('''Wagner announces exit from Mali, hands security role to successor force''',
  ("Wagner Group", "Wagner", N), ("Mali", "Mali", N))
S('''Moscow pledged wheat shipments and a nuclear power plant, as Captain Ibrahim Traore hailed Russia as a partner that "respects our sovereignty".''',
  ("Russia", "Moscow", C), ("Ibrahim Traore", "Ibrahim Traore", C))
S('''Ibrahim Traore accused Ivory Coast of hosting "destabilisation centres" to plot coups against his government, in a televised address marking two years in power.''',
  ("Ibrahim Traore", "Ibrahim Traore", A), ("Ivory Coast", "Ivory Coast", A))
S('''Burkina Faso's army said it had "neutralised" hundreds of jihadists in an operation near Djibo, claims that could not be independently verified.''',
  ("Burkina Faso", "Burkina Faso", A))
S('''Jihadists from JNIM killed at least 50 soldiers and volunteer fighters in an assault on a base near Diapaga in eastern Burkina Faso, security sources said.''',
  ("JNIM", "JNIM", A), ("Burkina Faso", "Burkina Faso", N))
S('''Niger's military government revoked the operating permit of a foreign nuclear group at the Arlit uranium mine and moved to nationalise its local subsidiary.''',
  ("Niger", "Niger", A))
S('''General Abdourahamane Tchiani accused France of training terrorists to destabilise Niger, though he offered no evidence for the claim.''',
  ("Abdourahamane Tchiani", "Abdourahamane Tchiani", A), ("France", "France", A), ("Niger", "Niger", N))
S('''ECOWAS lifted most of its sanctions on Niger, citing humanitarian concerns, and reopened land borders that had been shut since the coup.''',
  ("ECOWAS", "ECOWAS", C), ("Niger", "Niger", N))
S('''Benin and Niger reopen border after months of tension over oil pipeline''',
  ("Benin", "Benin", C), ("Niger", "Niger", C))
S('''Niamey blocks crude exports through Benin pipeline in escalating border dispute''',
  ("Niger", "Niamey", A), ("Benin", "Benin", N))
S('''Beijing dispatched a senior envoy to Niamey to defuse a row over unpaid oil revenues, officials from both sides said.''',
  ("China", "Beijing", C), ("Niger", "Niamey", N))
S('''The last American troops left the drone base at Agadez after Niger's military rulers revoked a defence agreement with Washington, calling it illegal.''',
  ("United States", "American", N), ("Niger", "Niger", A))
S('''The Alliance of Sahel States announced its withdrawal from the International Criminal Court, calling it "an instrument of neo-colonial repression".''',
  ("Alliance of Sahel States", "Alliance of Sahel States", A), ("ICC", "International Criminal Court", A))
S('''President Bassirou Diomaye Faye, appointed by ECOWAS as a facilitator, toured the Sahel capitals to keep channels open with their juntas.''',
  ("Bassirou Diomaye Faye", "Bassirou Diomaye Faye", C), ("ECOWAS", "ECOWAS", C))
S('''Togo has emerged as a bridge between the coastal states and the Sahel juntas, and Lome has hinted it may consider joining the Alliance of Sahel States.''',
  ("Togo", "Togo", C), ("Alliance of Sahel States", "Alliance of Sahel States", N))
S('''Mali accused Algeria of shooting down one of its drones near the border town of Tinzaouaten, prompting the three Sahel states to recall their ambassadors from Algiers.''',
  ("Mali", "Mali", A), ("Algeria", "Algeria", A))
S('''Algeria closed its airspace to aircraft from its southern neighbour in response, saying the drone had violated Algerian territory "in a hostile manoeuvre".''',
  ("Algeria", "Algeria", A))
S('''ISWAP fighters overran a Nigerian army base in Borno state and drove off with armoured vehicles, according to soldiers who escaped the assault.''',
  ("ISWAP", "ISWAP", A), ("Nigeria", "Nigerian", N))
S('''Niger and Nigeria agreed to resume joint border patrols suspended after the 2023 coup, in a sign of a tentative thaw between Niamey and Abuja.''',
  ("Niger", "Niger", C), ("Nigeria", "Nigeria", C))
S('''France completed the handover of its last base in Senegal, ending a permanent military presence in West Africa that dated back to the colonial era.''',
  ("France", "France", N), ("Senegal", "Senegal", N))
S('''France agreed to hand over its Port-Bouet base to Ivory Coast, with both governments saying a small number of French instructors would remain at Abidjan's request.''',
  ("France", "France", C), ("Ivory Coast", "Ivory Coast", C))
S('''Russia and Mali signed agreements to build a gold refinery near Bamako and to expand cooperation on satellite communications''',
  ("Russia", "Russia", C), ("Mali", "Mali", C))
S('''Washington offered a reward of up to $10 million for information leading to the capture of JNIM commanders behind the kidnapping of an American pilot in the Sahel.''',
  ("United States", "Washington", A), ("JNIM", "JNIM", A))
S('''JNIM freed a Romanian hostage held for nine years after mediation by Mali's authorities, the hostage's family said.''',
  ("JNIM", "JNIM", C), ("Mali", "Mali", C))
S('''Burkina Faso suspended several foreign broadcasters, including France's state radio, for airing a report it called "defamatory" about army massacres.''',
  ("Burkina Faso", "Burkina Faso", A), ("France", "France", N))
S('''Captain Ibrahim Traore inaugurated a gold refinery built with Russian help, saying his country would no longer export raw ore "to enrich others".''',
  ("Ibrahim Traore", "Ibrahim Traore", N), ("Russia", "Russian", C))
S('''ECOWAS leaders meeting in Abuja agreed to set up a 5,000-strong standby force to fight terrorism, though funding remains uncertain.''',
  ("ECOWAS", "ECOWAS", C), ("Nigeria", "Abuja", N))
S('''The Alliance of Sahel States said it would not cooperate with the ECOWAS standby force and warned that any deployment near its borders would be treated "as an act of aggression".''',
  ("Alliance of Sahel States", "Alliance of Sahel States", A), ("ECOWAS", "ECOWAS", N))
S('''General Mamadi Doumbouya won a presidential election from which the main opposition candidates were barred, according to provisional results.''',
  ("Mamadi Doumbouya", "Mamadi Doumbouya", N))
S('''Guinea signed a deal with a foreign-led consortium to export iron ore from the Simandou mine, the world's largest untapped deposit.''',
  ("Guinea", "Guinea", C))
S('''Malian authorities detained two generals on charges of plotting to destabilise the transition, state television reported late on Thursday.''',
  ("Mali", "Malian", A))
S('''France demanded the release of an embassy employee arrested in Bamako, calling the espionage allegations against him "unfounded".''',
  ("France", "France", N), ("Mali", "Bamako", A))
S('''Burkina Faso dissolved its electoral commission, with the junta leader saying elections were "not a priority" while the country fights terrorism.''',
  ("Burkina Faso", "Burkina Faso", N))
S('''Abdourahamane Tchiani signed a decree granting himself a five-year renewable term and promoting himself to the rank of army general.''',
  ("Abdourahamane Tchiani", "Abdourahamane Tchiani", N))
S('''Russia delivered an air defence system and several hundred military instructors to Niamey, deepening a security partnership that replaced Niger's old Western ties.''',
  ("Russia", "Russia", C), ("Niger", "Niamey", N))
S('''Mali's air campaign now relies heavily on drones bought from Turkey, and Ankara has offered to train pilots for all three Sahel states.''',
  ("Mali", "Mali", N), ("Turkey", "Turkey", C))
S('''ISWAP and Boko Haram fighters battled each other on islands in Lake Chad, leaving dozens dead, according to local fishermen.''',
  ("ISWAP", "ISWAP", A), ("Boko Haram", "Boko Haram", A))
S('''Islamic State's Sahel branch killed 34 Nigerien soldiers near Banibangou in one of the deadliest attacks on the army this year.''',
  ("Islamic State", "Islamic State", A), ("Niger", "Nigerien", N))
S('''In a rare statement, JNIM said it was open to negotiating with Mali's authorities if foreign forces left the country.''',
  ("JNIM", "JNIM", C), ("Mali", "Mali", N))
S('''The European Union wound down its training mission in Mali, saying it could no longer vouch for how troops it had trained were being used alongside foreign mercenaries.''',
  ("EU", "European Union", N), ("Mali", "Mali", N))
S('''ECOWAS Commission president Omar Touray said the door "remains wide open" for the three Sahel states to return to the bloc.''',
  ("ECOWAS", "ECOWAS", N), ("Omar Touray", "Omar Touray", C))
S('''The Alliance of Sahel States imposed a 0.5 percent levy on goods imported from ECOWAS countries, angering traders in the coastal ports.''',
  ("Alliance of Sahel States", "Alliance of Sahel States", A), ("ECOWAS", "ECOWAS", N))
S('''Assimi Goita held talks with Vladimir Putin, who promised to expand military and nuclear cooperation during a three-day visit.''',
  ("Assimi Goita", "Assimi Goita", C), ("Vladimir Putin", "Vladimir Putin", C))
S('''Vladimir Putin told a summit of African leaders that he would write off more than $20 billion of African debt and expand grain deliveries free of charge.''',
  ("Vladimir Putin", "Vladimir Putin", C))
S('''JNIM claimed an attack that killed 12 Togolese soldiers in the Savanes region, the deadliest on Togo's army to date.''',
  ("JNIM", "JNIM", A), ("Togo", "Togolese", N))
S('''JNIM fighters killed 54 soldiers in Benin's W National Park, prompting the government to seek closer intelligence sharing with Western partners.''',
  ("JNIM", "JNIM", A), ("Benin", "Benin", N))
S('''Togo and Burkina Faso signed an agreement giving Sahel traders priority access to the port of Lome.''',
  ("Togo", "Togo", C), ("Burkina Faso", "Burkina Faso", C))
S('''Chad and Niger pledged to pool air assets against jihadist camps in the Lake Chad basin, according to a joint communique.''',
  ("Chad", "Chad", C), ("Niger", "Niger", C))
# ---- Nigeria, coastal West Africa, Central Africa ----
S('''Washington threatened to cut security assistance to Nigeria over attacks on Christian communities, prompting Abuja to insist that violence in the Middle Belt affects people of all faiths.''',
  ("United States", "Washington", A), ("Nigeria", "Nigeria", N))
S('''Boko Haram gunmen abducted more than 80 pupils from a boarding school in Yobe state, and Nigerian troops backed by aircraft were combing nearby forests on Sunday.''',
  ("Boko Haram", "Boko Haram", A), ("Nigeria", "Nigerian", C))
S('''President Bola Tinubu declared a state of emergency in Rivers state and suspended its elected governor, a move the opposition called an assault on democracy.''',
  ("Bola Tinubu", "Bola Tinubu", A))
S('''Nigeria signed a currency swap agreement with China worth 15 billion yuan to ease dollar shortages and support bilateral trade.''',
  ("Nigeria", "Nigeria", C), ("China", "China", C))
S('''Nigeria's air force mistakenly bombed a village in Sokoto state, killing at least 10 civilians during what it called an operation against the Lakurawa armed group.''',
  ("Nigeria", "Nigeria", A), ("Lakurawa", "Lakurawa", N))
S('''John Mahama appointed a special envoy to the Alliance of Sahel States, saying his government wanted to "keep the door open" with its northern neighbours.''',
  ("John Mahama", "John Mahama", C), ("Alliance of Sahel States", "Alliance of Sahel States", N))
S('''Ghana and Ivory Coast, which together grow most of the world's cocoa, agreed to coordinate a minimum farmgate price and to clamp down on smuggling across their border.''',
  ("Ghana", "Ghana", C), ("Ivory Coast", "Ivory Coast", C))
S('''Alassane Ouattara won a fourth term in an election from which his two main rivals had been excluded, and sporadic protests broke out in several cities.''',
  ("Alassane Ouattara", "Alassane Ouattara", N))
S('''Senegal asked France to close all its military bases on Senegalese soil, with Prime Minister Ousmane Sonko saying the presence was "incompatible with our sovereignty".''',
  ("Senegal", "Senegal", A), ("France", "France", N), ("Ousmane Sonko", "Ousmane Sonko", A))
S('''Senegal reached a deal with the IMF to resume lending after an audit found the previous government had hidden billions of dollars of debt.''',
  ("Senegal", "Senegal", C), ("IMF", "IMF", C))
S('''Paul Biya, 92, was declared the winner of the presidential election as security forces fired tear gas at supporters of the main challenger in Garoua.''',
  ("Paul Biya", "Paul Biya", N))
S('''Separatist fighters in Cameroon's Northwest region kidnapped a Catholic bishop and demanded a ransom, the diocese said in a statement.''',
  ("Cameroon", "Cameroon", N))
S('''Nigeria and Cameroon signed a protocol to patrol the Bakassi peninsula together and share intelligence on Boko Haram movements around the lake.''',
  ("Nigeria", "Nigeria", C), ("Cameroon", "Cameroon", C), ("Boko Haram", "Boko Haram", N))
S('''Faustin-Archange Touadera secured a third term after a referendum scrapped term limits, with Wagner Group fighters guarding polling stations in the capital.''',
  ("Faustin-Archange Touadera", "Faustin-Archange Touadera", N), ("Wagner Group", "Wagner Group", N))
S('''A peacekeeper was killed when armed men ambushed a UN patrol in the south-east of the Central African Republic, the mission said.''',
  ("UN", "UN", N), ("Central African Republic", "Central African Republic", N))
S('''Brice Oligui Nguema, who seized power in a 2023 coup, was sworn in as the country's elected president after winning nearly 90 percent of the vote.''',
  ("Brice Oligui Nguema", "Brice Oligui Nguema", N))
S('''The African Union readmitted Gabon to its activities, lifting a suspension imposed after the military takeover in Libreville.''',
  ("AU", "African Union", C), ("Gabon", "Gabon", N))
S('''ECOWAS chair Julius Maada Bio urged the three Sahel states to "remain brothers" and proposed a joint committee on free movement and trade.''',
  ("ECOWAS", "ECOWAS", N), ("Julius Maada Bio", "Julius Maada Bio", C))
S('''Liberia wins first Security Council seat in more than six decades''',
  ("Liberia", "Liberia", N), ("UN Security Council", "Security Council", N))
S('''Liberia set up a war crimes court with support from the UN to try atrocities committed during its two civil wars.''',
  ("Liberia", "Liberia", C), ("UN", "UN", C))
S('''Protesters in Lome demanded the resignation of Faure Gnassingbe after constitutional changes that allow him to stay in power without term limits.''',
  ("Togo", "Lome", N), ("Faure Gnassingbe", "Faure Gnassingbe", N))
S('''Benin's government said it had foiled a coup attempt and arrested a former sports minister and the commander of the Republican Guard.''',
  ("Benin", "Benin", N))
S('''Nigeria sent fighter jets and special forces to help Benin's government restore order after the attempted putsch, a regional official said.''',
  ("Nigeria", "Nigeria", C), ("Benin", "Benin", N))
S('''Madagascar was suspended by the African Union after an elite army unit seized power following weeks of youth-led protests over water and power cuts.''',
  ("Madagascar", "Madagascar", N), ("AU", "African Union", A))
S('''SADC sent an envoy to Antananarivo to press for a swift return to civilian rule''',
  ("SADC", "SADC", C), ("Madagascar", "Antananarivo", N))
S('''Nigeria's military said it had killed a senior ISWAP commander in an airstrike on Tumbun Gini island.''',
  ("Nigeria", "Nigeria", A), ("ISWAP", "ISWAP", N))
S('''Nigeria's foreign ministry protested to Cameroon over the killing of 12 Nigerian fishermen by soldiers in disputed waters near Bakassi.''',
  ("Nigeria", "Nigeria", A), ("Cameroon", "Cameroon", A))
S('''Bola Tinubu and Emmanuel Macron signed agreements on critical minerals and infrastructure during Tinubu's state visit, the first such trip in 25 years.''',
  ("Bola Tinubu", "Bola Tinubu", C), ("Emmanuel Macron", "Emmanuel Macron", C))
S('''Boko Haram gunmen on motorbikes killed at least 63 villagers in a night raid near Bama, the Borno state governor said.''',
  ("Boko Haram", "Boko Haram", A))
S('''Britain and Nigeria signed a deal to repatriate 100 million pounds in assets looted by a former oil minister, with the money earmarked for roads and power.''',
  ("United Kingdom", "Britain", C), ("Nigeria", "Nigeria", C))
S('''Nigeria became a BRICS partner country, a status Abuja said would give it a voice without binding it to any bloc.''',
  ("Nigeria", "Nigeria", N), ("BRICS", "BRICS", N))
S('''Paul Biya returned from a six-week private stay in Geneva, quieting rumours about his health that had swept social media.''',
  ("Paul Biya", "Paul Biya", N))
S('''Paul Biya received the Chinese foreign minister and thanked Beijing for financing a new motorway to the port of Douala.''',
  ("Paul Biya", "Paul Biya", C), ("China", "Chinese", C))
S('''The Central African Republic signed a peace agreement with two rebel groups in N'Djamena, with Chad's president presiding over the ceremony.''',
  ("Central African Republic", "Central African Republic", C), ("Chad", "N'Djamena", C))
S('''Faustin-Archange Touadera thanked Russia for its "decisive support" in pushing rebels out of the main towns, and promised Moscow new mining concessions.''',
  ("Faustin-Archange Touadera", "Faustin-Archange Touadera", C), ("Russia", "Russia", C))
S('''UN investigators accused Wagner Group fighters of executing civilians in the Central African Republic's Haute-Kotto region during a sweep for rebels.''',
  ("UN", "UN", A), ("Wagner Group", "Wagner Group", A), ("Central African Republic", "Central African Republic", N))
S('''The International Court of Justice ruled that a disputed island in Corisco Bay belongs to its neighbour, rejecting Gabon's claim.''',
  ("ICJ", "International Court of Justice", N), ("Gabon", "Gabon", N))
S('''France will keep a reduced garrison in Libreville under a new agreement with Gabon's transitional authorities.''',
  ("France", "France", C), ("Gabon", "Libreville", C))
S('''Guinea's junta suspended two private television stations over their coverage of protests in Conakry, drawing condemnation from press freedom groups.''',
  ("Guinea", "Guinea", A))
S('''ECOWAS lifted Guinea's suspension after the junta held a constitutional referendum, although opposition parties boycotted the vote.''',
  ("ECOWAS", "ECOWAS", C), ("Guinea", "Guinea", N))
S('''Sierra Leone and Guinea agreed to pull troops back from the disputed border village of Yenga, ending a standoff that began in the 1990s.''',
  ("Sierra Leone", "Sierra Leone", C), ("Guinea", "Guinea", C))
S('''Freetown accused Guinean soldiers of crossing the border and hoisting a flag in Yenga, calling it "a provocation".''',
  ("Sierra Leone", "Freetown", A), ("Guinea", "Guinean", A))
S('''The World Bank approved $150 million for Sierra Leone's electricity grid, aiming to double the share of households with power by 2030.''',
  ("World Bank", "World Bank", C), ("Sierra Leone", "Sierra Leone", N))
S('''Liberia agreed to take in deportees from the United States under a deal with Washington, officials in Monrovia confirmed.''',
  ("Liberia", "Liberia", C), ("United States", "United States", N))
S('''Ghana completed a restructuring of $13 billion in eurobonds, a milestone the IMF said would help restore debt sustainability.''',
  ("Ghana", "Ghana", C), ("IMF", "IMF", N))
# ---- Southern Africa, AU and global partners ----
S('''Cyril Ramaphosa vowed not to be "bullied" after Washington froze aid over a land expropriation law.''',
  ("Cyril Ramaphosa", "Cyril Ramaphosa", N), ("United States", "Washington", A))
S('''South Africa filed hundreds of pages of evidence at the International Court of Justice to support its case accusing Israel of genocide in Gaza.''',
  ("South Africa", "South Africa", A), ("ICJ", "International Court of Justice", N), ("Israel", "Israel", A))
S('''Washington declared South Africa's ambassador persona non grata, accusing him of "race-baiting" in remarks to a think tank.''',
  ("United States", "Washington", A), ("South Africa", "South Africa", A))
S('''South Africa hosted the first G20 leaders' summit on African soil in Johannesburg, where members agreed to a declaration on debt relief for poorer nations.''',
  ("South Africa", "South Africa", C), ("G20", "G20", C))
S('''The U.S. boycotted the G20 summit in Johannesburg, with officials in Washington dismissing its agenda as "anti-American".''',
  ("United States", "U.S.", A), ("G20", "G20", N))
S('''Ramaphosa and Xi Jinping agreed to deepen cooperation on electric vehicle manufacturing during a state visit marked by a 21-gun salute.''',
  ("Cyril Ramaphosa", "Ramaphosa", C), ("Xi Jinping", "Xi Jinping", C))
S('''South Africa pushed for its newer African partners to be given a louder voice within BRICS, arguing the bloc must "reflect the continent it claims to champion".''',
  ("South Africa", "South Africa", C), ("BRICS", "BRICS", N))
S('''Police in Harare arrested dozens of war veterans who had called for protests against Emmerson Mnangagwa's plan to stay in office beyond 2028.''',
  ("Zimbabwe", "Harare", A), ("Emmerson Mnangagwa", "Emmerson Mnangagwa", N))
S('''Zimbabwe agreed to pay $3.5 billion in compensation to white farmers whose land was seized, in a bid to unlock debt relief talks with Western creditors.''',
  ("Zimbabwe", "Zimbabwe", C))
S('''The United States ended its Zimbabwe sanctions programme but immediately imposed new penalties on Mnangagwa and several allies over corruption and rights abuses.''',
  ("United States", "United States", A), ("Zimbabwe", "Zimbabwe", N), ("Emmerson Mnangagwa", "Mnangagwa", A))
S('''President Daniel Chapo held talks with opposition leader Venancio Mondlane to end months of deadly post-election unrest, agreeing on an amnesty for jailed protesters.''',
  ("Daniel Chapo", "Daniel Chapo", C), ("Venancio Mondlane", "Venancio Mondlane", C))
S('''Security forces in Maputo fired live rounds at crowds disputing the election results, killing at least 30 people, rights groups said.''',
  ("Mozambique", "Maputo", A))
S('''Angola quits OPEC, saying cartel quotas run against its national interest''',
  ("Angola", "Angola", A), ("OPEC", "OPEC", N))
S('''The United States and the EU pledged fresh financing for the Lobito rail corridor linking the copper belt to Angola's Atlantic coast.''',
  ("United States", "United States", C), ("EU", "EU", C), ("Angola", "Angola", N))
S('''Zambia reached a debt restructuring deal with China and other official creditors after three years of talks, clearing the way for more IMF funding.''',
  ("Zambia", "Zambia", C), ("China", "China", C), ("IMF", "IMF", N))
S('''President Hakainde Hichilema accused China of "environmental vandalism" after a tailings dam at a Chinese-owned copper mine burst and poisoned the Kafue river.''',
  ("Hakainde Hichilema", "Hakainde Hichilema", A), ("China", "China", A))
S('''Tanzanian authorities charged opposition leader Tundu Lissu with treason after he called for electoral reforms, drawing criticism from the EU.''',
  ("Tanzania", "Tanzanian", A), ("Tundu Lissu", "Tundu Lissu", N), ("EU", "EU", A))
S('''Samia Suluhu Hassan was sworn in for a new term as internet blackouts and deadly protests gripped Dar es Salaam and other cities''',
  ("Samia Suluhu Hassan", "Samia Suluhu Hassan", N))
S('''African Union leaders elected Mahmoud Ali Youssouf, a veteran diplomat, to chair the AU Commission after seven rounds of voting.''',
  ("AU", "African Union", N), ("Mahmoud Ali Youssouf", "Mahmoud Ali Youssouf", N))
S('''The African Union backed a proposal for Africa to get two permanent seats on the UN Security Council, with veto powers, calling the current arrangement a "historic injustice".''',
  ("AU", "African Union", C), ("UN Security Council", "UN Security Council", N))
S('''European and African leaders pledged to step up investment in clean energy and vaccine production, closing a two-day AU-EU summit marked by disagreements over migration.''',
  ("AU", "AU", C), ("EU", "EU", C))
S('''China announced zero-tariff treatment for imports from 53 African countries with which it has diplomatic ties, leaving out only Eswatini.''',
  ("China", "China", C), ("Eswatini", "Eswatini", N))
S('''Sergei Lavrov told African foreign ministers gathered for a two-day conference that his government would help them "free themselves from neocolonial dependence".''',
  ("Sergei Lavrov", "Sergei Lavrov", C))
S('''Joao Lourenco took over the rotating AU chairmanship, promising to put conflict resolution and cross-border infrastructure at the top of his agenda.''',
  ("Joao Lourenco", "Joao Lourenco", C), ("AU", "AU", N))
S('''Emmerson Mnangagwa took over the SADC chairmanship and called for the lifting of all Western sanctions on the region.''',
  ("Emmerson Mnangagwa", "Emmerson Mnangagwa", N), ("SADC", "SADC", N))
S('''Mozambique signed a status-of-forces agreement with Rwanda that gives Rwandan troops in Cabo Delgado legal immunity for another five years.''',
  ("Mozambique", "Mozambique", C), ("Rwanda", "Rwanda", C))
S('''France returned the skull of a Sakalava king taken during colonial conquest, handing it to Madagascar's culture minister at a ceremony in Paris.''',
  ("France", "France", C), ("Madagascar", "Madagascar", N))
S('''Colonel Michael Randrianirina was sworn in as president days after his unit sided with protesters and forced the incumbent to flee.''',
  ("Michael Randrianirina", "Michael Randrianirina", N))
S('''Zambia and the United States signed a five-year health financing compact, with Lusaka agreeing to raise its own spending on HIV treatment.''',
  ("Zambia", "Zambia", C), ("United States", "United States", C))
# ---- additional items: long-tail actors, headlines, datelines, residue ----
S('''WFP airlifted high-energy biscuits into the besieged city of Kadugli after ground routes had been cut for three months.''',
  ("WFP", "WFP", C))
S('''WFP said it would resume deliveries north of Bukavu only once armed men stopped seizing its trucks at roadblocks.''',
  ("WFP", "WFP", N))
S('''Saudi Arabia deposited $500 million in Sudan's central bank to prop up the collapsing pound, according to two banking sources.''',
  ("Saudi Arabia", "Saudi Arabia", C), ("Sudan", "Sudan", N))
S('''Lawyers for Riek Machar walked out of his treason trial, saying the special court had denied them access to the prosecution's evidence.''',
  ("Riek Machar", "Riek Machar", N))
S('''Mahamat Idriss Deby accused "foreign hands" of fuelling clashes between herders and farmers in the south, without naming any country.''',
  ("Mahamat Idriss Deby", "Mahamat Idriss Deby", A))
S('''Turkey signed an agreement to explore for oil off Somalia's coast, pledging to share revenues and train local engineers.''',
  ("Turkey", "Turkey", C), ("Somalia", "Somalia", N))
S('''Hassan Sheikh Mohamud signed a law introducing direct elections, a reform opposition leaders said he was rushing through to extend his stay in power.''',
  ("Hassan Sheikh Mohamud", "Hassan Sheikh Mohamud", A))
S('''Isaias Afwerki offered to host a reconciliation conference in Asmara for rival civilian factions from across the western border, according to the information ministry.''',
  ("Isaias Afwerki", "Isaias Afwerki", C), ("Eritrea", "Asmara", N))
S('''Fano fighters briefly seized the town of Debre Markos and freed hundreds of prisoners before withdrawing, residents said.''',
  ("Fano", "Fano", A))
S('''Samia Suluhu Hassan announced a commission of inquiry into the election-day killings and released dozens of detained protesters.''',
  ("Samia Suluhu Hassan", "Samia Suluhu Hassan", C))
S('''Evariste Ndayishimiye threatened to expel UN human rights monitors, calling their latest report "an insult to the nation".''',
  ("Evariste Ndayishimiye", "Evariste Ndayishimiye", A), ("UN", "UN", N))
S('''Joao Lourenco ordered the release of all protesters arrested during the fuel price riots, calling for "national calm".''',
  ("Joao Lourenco", "Joao Lourenco", C))
S('''Wazalendo militiamen ambushed a Congolese army convoy near Uvira after a dispute over unpaid wages, killing four soldiers.''',
  ("Wazalendo", "Wazalendo", A), ("Democratic Republic of the Congo", "Congolese", N))
S('''Yoweri Museveni offered to host a summit on the Great Lakes crisis in Kampala, saying "Africans must solve African problems".''',
  ("Yoweri Museveni", "Yoweri Museveni", C), ("Uganda", "Kampala", N))
S('''The ICC issued an arrest warrant for an RSF commander accused of directing the massacre of Masalit civilians in West Darfur.''',
  ("ICC", "ICC", A), ("RSF", "RSF", A))
S('''Assimi Goita promulgated a new mining code that raises the state's stake in gold projects to 35 percent and scraps tax exemptions for foreign operators.''',
  ("Assimi Goita", "Assimi Goita", N))
S('''Abdourahamane Tchiani vowed not to free his detained predecessor "under any pressure", rejecting fresh appeals from ECOWAS.''',
  ("Abdourahamane Tchiani", "Abdourahamane Tchiani", A), ("ECOWAS", "ECOWAS", N))
S('''Algeria has deported thousands of migrants into the desert near its southern frontier in recent months, aid groups say.''',
  ("Algeria", "Algeria", A))
S('''Vladimir Putin phoned Abdourahamane Tchiani to discuss grain deliveries and security cooperation, the Kremlin said.''',
  ("Vladimir Putin", "Vladimir Putin", C), ("Abdourahamane Tchiani", "Abdourahamane Tchiani", C), ("Russia", "Kremlin", N))
S('''Bola Tinubu signed a tax reform bill into law after months of resistance from northern governors, who warned it would starve their states of revenue.''',
  ("Bola Tinubu", "Bola Tinubu", N))
S('''Bola Tinubu, then chairing ECOWAS, threatened the coup leaders in Niamey with military intervention unless they restored constitutional order.''',
  ("Bola Tinubu", "Bola Tinubu", A), ("ECOWAS", "ECOWAS", N), ("Niger", "Niamey", N))
S('''Ghana agreed to receive West African deportees from the United States, a move critics in parliament called humiliating.''',
  ("Ghana", "Ghana", C), ("United States", "United States", N))
S('''Faustin-Archange Touadera granted an amnesty to former rebel fighters who joined a disarmament programme, a step welcomed by the UN mission.''',
  ("Faustin-Archange Touadera", "Faustin-Archange Touadera", C), ("UN", "UN", C))
S('''Ethiopia hosted BRICS finance officials for talks on settling trade in local currencies''',
  ("Ethiopia", "Ethiopia", C), ("BRICS", "BRICS", N))
S('''The G20 admitted the African Union as a permanent member, giving the continent a seat at the table of the largest economies.''',
  ("G20", "G20", C), ("AU", "African Union", N))
S('''Zambia declared a national disaster as drought wiped out half of its maize crop and cut hydropower output from the Kariba dam.''',
  ("Zambia", "Zambia", N))
S('''Antonio Guterres urged the Security Council to authorise a protection force for El Fasher, warning that civilians faced "annihilation".''',
  ("Antonio Guterres", "Antonio Guterres", C), ("UN Security Council", "Security Council", N))
S('''Antonio Guterres appointed a veteran diplomat as his personal envoy for Sudan and asked both generals to receive him without delay.''',
  ("Antonio Guterres", "Antonio Guterres", C), ("Sudan", "Sudan", N))
S('''Ismail Omar Guelleh was re-elected for a sixth term after parliament removed the age limit for presidential candidates.''',
  ("Ismail Omar Guelleh", "Ismail Omar Guelleh", N))
S('''Ismail Omar Guelleh offered to host talks between Somalia's federal government and the semi-autonomous Puntland administration.''',
  ("Ismail Omar Guelleh", "Ismail Omar Guelleh", C), ("Somalia", "Somalia", N))
S('''Bassirou Diomaye Faye ordered a review of all oil and gas contracts signed by his predecessor, accusing foreign firms of securing "unfair" terms.''',
  ("Bassirou Diomaye Faye", "Bassirou Diomaye Faye", A))
S('''Bassirou Diomaye Faye and Assimi Goita agreed to reopen a rail line linking their two countries that has been idle for years.''',
  ("Bassirou Diomaye Faye", "Bassirou Diomaye Faye", C), ("Assimi Goita", "Assimi Goita", C))
S('''Mamadi Doumbouya dissolved the government and ordered outgoing ministers to hand in their passports and official vehicles within 24 hours.''',
  ("Mamadi Doumbouya", "Mamadi Doumbouya", N))
S('''Mamadi Doumbouya accused ECOWAS of "double standards" for easing pressure on coastal states while keeping sanctions on his own government.''',
  ("Mamadi Doumbouya", "Mamadi Doumbouya", A), ("ECOWAS", "ECOWAS", N))
S('''John Mahama became the first coastal leader to visit all three Sahel juntas, promising that his country would never be used as a base against them.''',
  ("John Mahama", "John Mahama", C))
S('''John Mahama suspended the chief justice over misconduct allegations, a move the opposition said threatened judicial independence.''',
  ("John Mahama", "John Mahama", A))
S('''Alassane Ouattara pledged 500 soldiers to a regional standby force and offered to host its logistics hub in Abidjan.''',
  ("Alassane Ouattara", "Alassane Ouattara", C), ("Ivory Coast", "Abidjan", N))
S('''Alassane Ouattara dismissed Captain Traore's accusations as "fantasy", insisting his country had never sheltered coup plotters.''',
  ("Alassane Ouattara", "Alassane Ouattara", N), ("Ibrahim Traore", "Traore", A))
S('''Julius Maada Bio pardoned soldiers convicted over the failed 2023 putsch in Freetown, describing the move as an act of reconciliation.''',
  ("Julius Maada Bio", "Julius Maada Bio", C), ("Sierra Leone", "Freetown", N))
S('''Julius Maada Bio accused the main opposition party of inciting violence after riots erupted in the northern town of Makeni.''',
  ("Julius Maada Bio", "Julius Maada Bio", A))
S('''Hakainde Hichilema signed a cybersecurity law that critics say gives the state sweeping powers to monitor private messages.''',
  ("Hakainde Hichilema", "Hakainde Hichilema", A))
S('''Hakainde Hichilema offered to send troops to a regional force in eastern Congo if the warring parties agreed to a ceasefire.''',
  ("Hakainde Hichilema", "Hakainde Hichilema", C), ("Democratic Republic of the Congo", "Congo", N))
S('''In a letter to Paul Biya, Emmanuel Macron acknowledged that French forces had carried out massacres of independence fighters during the 1950s and 1960s.''',
  ("Paul Biya", "Paul Biya", N), ("Emmanuel Macron", "Emmanuel Macron", C), ("France", "French", A))
S('''Emmanuel Macron's remark that African leaders "forgot to say thank you" for years of military help drew an angry rebuke from Senegal.''',
  ("Emmanuel Macron", "Emmanuel Macron", A), ("Senegal", "Senegal", A))
S('''The World Bank froze new lending to Uganda over a law imposing harsh penalties on same-sex relationships.''',
  ("World Bank", "World Bank", A), ("Uganda", "Uganda", N))
S('''The World Bank approved a $1 billion budget support operation for Ethiopia tied to reforms of state-owned enterprises.''',
  ("World Bank", "World Bank", C), ("Ethiopia", "Ethiopia", N))
S('''FDLR fighters attacked a Rwandan border post near Rubavu overnight, the army in Kigali said.''',
  ("FDLR", "FDLR", A), ("Rwanda", "Rwandan", N))
S('''Belgium pledged 60 million euros for health services in eastern Congo, much of it channelled through local clinics.''',
  ("Belgium", "Belgium", C), ("Democratic Republic of the Congo", "Congo", N))
S('''Belgium returned a tooth of independence hero Patrice Lumumba to his family in Kinshasa at a solemn ceremony.''',
  ("Belgium", "Belgium", C), ("Democratic Republic of the Congo", "Kinshasa", N))
S('''Daniel Chapo asked Rwanda to keep its troops in Cabo Delgado for at least two more years while the national army is retrained.''',
  ("Daniel Chapo", "Daniel Chapo", C), ("Rwanda", "Rwanda", N))
S('''Daniel Chapo fired the national police chief after officers were filmed beating demonstrators in Nampula.''',
  ("Daniel Chapo", "Daniel Chapo", N))
S('''Cyril Ramaphosa dispatched a special envoy to Washington to repair relations strained by disputes over trade tariffs and foreign policy.''',
  ("Cyril Ramaphosa", "Cyril Ramaphosa", C), ("United States", "Washington", N))
S('''Abiy Ahmed replaced the head of Tigray's interim administration with an army general, citing the need to "restore order".''',
  ("Abiy Ahmed", "Abiy Ahmed", N))
# ---- additional items: single-actor reports, datelines, residue ----
S('''An RSF drone struck a mosque in El Fasher during dawn prayers, killing at least 75 worshippers, local medics said.''',
  ("RSF", "RSF", A))
S('''The RSF handed 150 captured army soldiers to humanitarian workers in a goodwill gesture ahead of Ramadan.''',
  ("RSF", "RSF", C))
S('''Share | Tweet | Email  The Sudanese army allowed a relief convoy to cross the front line into Kadugli for the first time since the siege began | Advertisement''',
  ("Sudan", "Sudanese", C))
S('''Malian army drones struck a wedding party near Kidal, killing at least 20 civilians, local officials said.''',
  ("Mali", "Malian", A))
S('''Burkina Faso's junta conscripted dozens of journalists and magistrates who had criticised its handling of the war.''',
  ("Burkina Faso", "Burkina Faso", A))
S('''JNIM fighters torched 40 fuel tankers on the western corridor, tightening a blockade that has paralysed transport for weeks.''',
  ("JNIM", "JNIM", A))
S('''Nigerian troops rescued 62 hostages, most of them women and children, from an enclave in the Sambisa forest.''',
  ("Nigeria", "Nigerian", C))
S('''Kenya's parliament passed a law allowing police to use lethal force against protesters who storm police stations, drawing condemnation from rights groups.''',
  ("Kenya", "Kenya", A))
S('''South Sudan releases 30 political detainees ahead of new round of talks''',
  ("South Sudan", "South Sudan", C))
S('''Eritrea mobilises tens of thousands of reservists as border tensions simmer''',
  ("Eritrea", "Eritrea", A))
S('''Satellite images showed Ethiopian armour moving toward the frontier near Bure, fuelling fears of a new war over the Red Sea coast.''',
  ("Ethiopia", "Ethiopian", A))
S('''Al-Shabaab publicly executed four men in Jilib after accusing them of spying for the government, witnesses said.''',
  ("al-Shabaab", "Al-Shabaab", A))
S('''Uganda kept its borders open to refugees despite severe funding cuts, with officials in Kampala saying it would "never turn away people fleeing war".''',
  ("Uganda", "Uganda", C))
S('''Rwanda agreed to receive migrants deported from Western countries under a new resettlement arrangement, officials said.''',
  ("Rwanda", "Rwanda", C))
S('''M23 forcibly recruited hundreds of young men in Rutshuru, according to local civil society groups.''',
  ("M23", "M23", A))
S('''Congolese authorities suspended the party of former president Joseph Kabila and seized his properties in Lubumbashi.''',
  ("Democratic Republic of the Congo", "Congolese", A), ("Joseph Kabila", "Joseph Kabila", N))
S('''Tanzania lifts ban on opposition rallies ahead of local elections''',
  ("Tanzania", "Tanzania", C))
S('''South Africa pledged 200 million rand to help finance peace support operations on the continent.''',
  ("South Africa", "South Africa", C))
S('''Zimbabwe arrested a journalist over an interview with a war veteran who demanded the president's resignation.''',
  ("Zimbabwe", "Zimbabwe", A))
S('''Angolan police killed at least 22 people during protests over fuel prices, rights groups said.''',
  ("Angola", "Angolan", A))
S('''Cameroon army accused of burning homes in restive Northwest''',
  ("Cameroon", "Cameroon", A))
S('''China pledges $51 billion in financing for Africa at Beijing summit''',
  ("China", "China", C))
S('''MOMBASA, April 2 — Kenya's navy intercepted a dhow carrying rifles and ammunition bound for the port of Kismayo, the coast guard said.''',
  ("Kenya", "Kenya", C))
S('''PORT SUDAN, Dec 1 — Sudan's army-aligned council appointed a veteran economist as civilian prime minister, a step Western diplomats described as cosmetic.''',
  ("Sudan", "Sudan", N))
S('''NEW YORK, Oct 30 — The Security Council renewed sanctions on financiers of al-Shabaab for another year, adding six individuals to its list.''',
  ("UN Security Council", "Security Council", A), ("al-Shabaab", "al-Shabaab", N))
S('''JOHANNESBURG, March 3 — South Africa extended permits for 180,000 workers from its northern neighbour by two years, easing fears of mass deportations.''',
  ("South Africa", "South Africa", C))
S('''GOMA, July 8 — M23 handed over 300 captured government soldiers to the Red Cross, a step mediators hailed as a confidence-building measure.''',
  ("M23", "M23", C))
S('''Updated 14:32 GMT | 3 min read  Ethiopia and Djibouti signed an agreement to upgrade their shared railway, with Addis Ababa pledging $300 million for new locomotives.''',
  ("Ethiopia", "Ethiopia", C), ("Djibouti", "Djibouti", C))
S('''Last modified: 11:05 | Share on Facebook  M23 fighters seized the mining town of Rubaya, home to one of the world's largest coltan deposits.''',
  ("M23", "M23", A))
S('''Read more | Share | Tweet  The AU Peace and Security Council threatened targeted sanctions against anyone obstructing the electoral calendar in Juba.''',
  ("AU", "AU", A), ("South Sudan", "Juba", N))
S('''Alliance of Sahel States launches joint television channel to counter "Western propaganda"''',
  ("Alliance of Sahel States", "Alliance of Sahel States", A))
S('''Niger released 50 detained soldiers from Benin in a gesture aimed at easing tensions along the border.''',
  ("Niger", "Niger", C), ("Benin", "Benin", N))
S('''Ethiopia suspended three international aid agencies, accusing them of "advocating for armed groups" in Amhara.''',
  ("Ethiopia", "Ethiopia", A))
S('''Kenya scraps visa rules for all African travellers''',
  ("Kenya", "Kenya", C))
S('''Ugandan soldiers shot dead two fishermen on Lake Victoria, prompting a formal protest from Kenya.''',
  ("Uganda", "Ugandan", A), ("Kenya", "Kenya", A))
S('''The African Union deployed a fact-finding team to Goma to investigate reports of mass graves near the airport.''',
  ("AU", "African Union", C))
S('''SADC defence chiefs approved naval patrols against heroin trafficking along the Indian Ocean coast.''',
  ("SADC", "SADC", C))
S('''Boko Haram fighters planted mines on the road between Maiduguri and Damboa, killing nine farmers on their way to market.''',
  ("Boko Haram", "Boko Haram", A))
S('''Chad reopened its border with Sudan to let in fuel and medicine for refugees, reversing a closure imposed in the spring.''',
  ("Chad", "Chad", C), ("Sudan", "Sudan", N))
S('''Sudanese army aircraft bombed a market in Nyala, killing dozens of shoppers, according to local medics.''',
  ("Sudan", "Sudanese", A))
S('''The IMF approved emergency financing for Malawi after cyclone damage wiped out much of the tobacco harvest.''',
  ("IMF", "IMF", C), ("Malawi", "Malawi", N))
S('''Chad's security forces opened fire on opposition supporters in N'Djamena, killing at least a dozen people, the opposition said.''',
  ("Chad", "Chad", A))
S('''Gabon's transitional government freed the deposed president's wife and son on health grounds.''',
  ("Gabon", "Gabon", C))
S('''Togolese security forces arrested dozens of protesters and cut mobile internet in Lome.''',
  ("Togo", "Togolese", A))


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "africa.csv")
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "actor", "mention", "label"])
        for text, acts in DATA:
            for actor, mention, label in acts:
                w.writerow([text, actor, mention, label])


if __name__ == "__main__":
    main()
