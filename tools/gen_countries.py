#!/usr/bin/env python3
"""Generate tacitus's default country dictionary (dict/default/countries.txt).

Usage:  python3 tools/gen_countries.py > dict/default/countries.txt

The list of countries and territories, their English names and their
alpha-3 codes come from Debian's iso-codes package
(/usr/share/iso-codes/json/iso_3166-1.json, or the file named by the
ISO_3166_JSON environment variable).  The tables below add the forms
news text uses: short names, adjectives and demonyms, capitals and older
spellings.  Each country codes as its ISO 3166-1 alpha-3 code, which is
also its CAMEO country code.
"""

import json
import os
import sys
import unicodedata

ISO_JSON = os.environ.get("ISO_3166_JSON",
                          "/usr/share/iso-codes/json/iso_3166-1.json")

# alpha-3 -> "names ; people and adjectives ; capital(s)".  Any field may be
# empty.  Capitals that are also common words, first names or big cities
# elsewhere are left out on purpose (see SKIPPED below).
EXTRA = """
ABW: Aruba ; Aruban | Arubans ; Oranjestad
AFG: Afghanistan ; Afghan | Afghans | Afghanistani ; Kabul
AGO: Angola ; Angolan | Angolans ; Luanda
AIA: Anguilla ; Anguillan | Anguillans ;
ALA: Aland Islands | Aland ; Alander | Alanders ; Mariehamn
ALB: Albania ; Albanian | Albanians ; Tirana | Tirane
AND: Andorra ; Andorran | Andorrans ; Andorra la Vella
ARE: United Arab Emirates | UAE | U.A.E. | Emirates ; Emirati | Emiratis ; Abu Dhabi
ARG: Argentina | Argentine Republic ; Argentine | Argentines | Argentinian | Argentinians | Argentinean | Argentineans ; Buenos Aires
ARM: Armenia ; Armenian | Armenians ; Yerevan | Erevan
ASM: American Samoa ; American Samoan | American Samoans ; Pago Pago
ATA: Antarctica ; Antarctic ;
ATF: French Southern Territories | French Southern and Antarctic Lands ; ;
ATG: Antigua and Barbuda | Antigua ; Antiguan | Antiguans | Barbudan | Barbudans ;
AUS: Australia | Commonwealth of Australia ; Australian | Australians | Aussie | Aussies ; Canberra
AUT: Austria ; Austrian | Austrians ; Vienna | Wien
AZE: Azerbaijan ; Azerbaijani | Azerbaijanis | Azeri | Azeris ; Baku
BDI: Burundi ; Burundian | Burundians ; Gitega | Bujumbura
BEL: Belgium ; Belgian | Belgians ; Brussels
BEN: Benin ; Beninese | Beninois ; Porto-Novo | Porto Novo | Cotonou
BES: Bonaire | Sint Eustatius | Caribbean Netherlands ; ; Kralendijk
BFA: Burkina Faso | Burkina ; Burkinabe | Burkinabes | Burkinabé ; Ouagadougou
BGD: Bangladesh ; Bangladeshi | Bangladeshis ; Dhaka | Dacca
BGR: Bulgaria ; Bulgarian | Bulgarians ;
BHR: Bahrain ; Bahraini | Bahrainis ; Manama
BHS: Bahamas | The Bahamas ; Bahamian | Bahamians ; Nassau
BIH: Bosnia and Herzegovina | Bosnia-Herzegovina | Bosnia ; Bosnian | Bosnians | Herzegovinian ; Sarajevo
BLM: Saint Barthelemy | St Barthelemy | St. Barthelemy | St Barts | St. Barts ; ; Gustavia
BLR: Belarus | Byelorussia | Belorussia ; Belarusian | Belarusians | Belarussian | Belarussians | Byelorussian | Belorussian ; Minsk
BLZ: Belize ; Belizean | Belizeans ; Belmopan
BMU: Bermuda ; Bermudian | Bermudians | Bermudan ;
BOL: Bolivia | Plurinational State of Bolivia ; Bolivian | Bolivians ; La Paz | Sucre
BRA: Brazil | Brasil ; Brazilian | Brazilians ; Brasilia | Brasília
BRB: Barbados ; Barbadian | Barbadians | Bajan | Bajans ; Bridgetown
BRN: Brunei | Brunei Darussalam ; Bruneian | Bruneians ; Bandar Seri Begawan
BTN: Bhutan ; Bhutanese ; Thimphu
BVT: Bouvet Island ; ;
BWA: Botswana ; Motswana | Batswana | Botswanan | Botswanans ; Gaborone
CAF: Central African Republic | C.A.R. ; Central African | Central Africans ; Bangui
CAN: Canada ; Canadian | Canadians ; Ottawa
CCK: Cocos Islands | Keeling Islands | Cocos Keeling Islands ; ;
CHE: Switzerland | Swiss Confederation ; Swiss ; Bern | Berne
CHL: Chile ; Chilean | Chileans ; Santiago de Chile
CHN: China | People 's Republic of China | PRC | P.R.C. | Mainland China ; Chinese ; Beijing | Peking
CIV: Ivory Coast | Cote d'Ivoire | Côte d'Ivoire ; Ivorian | Ivorians ; Yamoussoukro | Abidjan
CMR: Cameroon ; Cameroonian | Cameroonians ; Yaounde | Yaoundé
COD: Democratic Republic of Congo | Democratic Republic of the Congo | DR Congo | D.R. Congo | DRC | D.R.C. | Congo-Kinshasa | Congo ; Congolese ; Kinshasa
COG: Republic of Congo | Republic of the Congo | Congo Republic | Congo-Brazzaville ; ; Brazzaville
COK: Cook Islands ; Cook Islander | Cook Islanders ; Avarua
COL: Colombia ; Colombian | Colombians ; Bogota | Bogotá
COM: Comoros | Comoro Islands ; Comoran | Comorans | Comorian | Comorians ; Moroni
CPV: Cabo Verde | Cape Verde ; Cape Verdean | Cape Verdeans | Cabo Verdean | Cabo Verdeans ; Praia
CRI: Costa Rica ; Costa Rican | Costa Ricans ;
CUB: Cuba ; Cuban | Cubans ; Havana | La Habana
CUW: Curacao | Curaçao ; Curacaoan | Curacaoans ; Willemstad
CXR: Christmas Island ; ; Flying Fish Cove
CYM: Cayman Islands | Caymans ; Caymanian | Caymanians ;
CYP: Cyprus ; Cypriot | Cypriots ; Nicosia
CZE: Czech Republic | Czechia ; Czech | Czechs ; Prague | Praha
DEU: Germany | Federal Republic of Germany ; German | Germans ; Berlin
DJI: Djibouti ; Djiboutian | Djiboutians ;
DMA: Dominica | Commonwealth of Dominica ; ; Roseau
DNK: Denmark ; Danish | Dane | Danes ; Copenhagen
DOM: Dominican Republic ; Dominican | Dominicans ; Santo Domingo
DZA: Algeria ; Algerian | Algerians ; Algiers
ECU: Ecuador ; Ecuadorian | Ecuadorians | Ecuadorean | Ecuadoreans ; Quito
EGY: Egypt ; Egyptian | Egyptians ; Cairo
ERI: Eritrea ; Eritrean | Eritreans ; Asmara
ESH: Western Sahara ; Sahrawi | Sahrawis | Saharawi | Saharawis ; Laayoune | El Aaiun
ESP: Spain ; Spanish | Spaniard | Spaniards ; Madrid
EST: Estonia ; Estonian | Estonians ; Tallinn
ETH: Ethiopia ; Ethiopian | Ethiopians ; Addis Ababa
FIN: Finland ; Finnish | Finn | Finns ; Helsinki
FJI: Fiji ; Fijian | Fijians ; Suva
FLK: Falkland Islands | Falklands | Malvinas | Islas Malvinas ; Falkland Islander | Falkland Islanders ;
FRA: France | French Republic ; French | Frenchman | Frenchmen | Frenchwoman | Frenchwomen ; Paris
FRO: Faroe Islands | Faroes | Faeroe Islands ; Faroese ; Torshavn | Tórshavn
FSM: Micronesia | Federated States of Micronesia ; Micronesian | Micronesians ; Palikir
GAB: Gabon ; Gabonese ; Libreville
GBR: United Kingdom | U.K. | UK | Britain | Great Britain | England | Scotland | Wales | Northern Ireland ; British | Briton | Britons | Brits | Scottish | Scots | Welsh | Northern Irish ; London
GEO: Georgia ; Georgian | Georgians ; Tbilisi
GGY: Guernsey ; ; St Peter Port | St. Peter Port | Saint Peter Port
GHA: Ghana ; Ghanaian | Ghanaians ; Accra
GIB: Gibraltar ; Gibraltarian | Gibraltarians ;
GIN: Guinea ; Guinean | Guineans ; Conakry
GLP: Guadeloupe ; Guadeloupean | Guadeloupeans ; Basse-Terre
GMB: Gambia | The Gambia ; Gambian | Gambians ; Banjul
GNB: Guinea-Bissau ; Bissau-Guinean | Bissau-Guineans ; Bissau
GNQ: Equatorial Guinea ; Equatorial Guinean | Equatorial Guineans | Equatoguinean | Equatoguineans ; Malabo
GRC: Greece ; Greek | Greeks | Hellenic ; Athens
GRD: Grenada ; Grenadian | Grenadians ;
GRL: Greenland ; Greenlander | Greenlanders | Greenlandic ; Nuuk
GTM: Guatemala ; Guatemalan | Guatemalans ; Guatemala City
GUF: French Guiana ; French Guianese ; Cayenne
GUM: Guam ; Guamanian | Guamanians ; Hagatna | Hagåtña
GUY: Guyana ; Guyanese ;
HKG: Hong Kong ; Hong Konger | Hong Kongers ;
HMD: Heard Island | McDonald Islands ; ;
HND: Honduras ; Honduran | Hondurans ; Tegucigalpa
HRV: Croatia ; Croatian | Croatians | Croat | Croats ; Zagreb
HTI: Haiti ; Haitian | Haitians ; Port-au-Prince
HUN: Hungary ; Hungarian | Hungarians ; Budapest
IDN: Indonesia ; Indonesian | Indonesians ; Jakarta
IMN: Isle of Man ; Manx ;
IND: India ; Indian | Indians ; New Delhi
IOT: British Indian Ocean Territory | Chagos Islands | Chagos Archipelago ; Chagossian | Chagossians ; Diego Garcia
IRL: Ireland | Republic of Ireland | Eire ; Irish | Irishman | Irishmen ; Dublin
IRN: Iran | Islamic Republic ; Iranian | Iranians ; Tehran | Teheran
IRQ: Iraq ; Iraqi | Iraqis ; Baghdad
ISL: Iceland ; Icelandic | Icelander | Icelanders ; Reykjavik | Reykjavík
ISR: Israel ; Israeli | Israelis ; Jerusalem | Tel Aviv
ITA: Italy ; Italian | Italians ; Rome
JAM: Jamaica ; Jamaican | Jamaicans ; Kingston
JEY: Jersey ; ; Saint Helier | St Helier | St. Helier
JOR: Jordan ; Jordanian | Jordanians ; Amman
JPN: Japan ; Japanese ; Tokyo
KAZ: Kazakhstan ; Kazakh | Kazakhs | Kazakhstani | Kazakhstanis ; Astana | Nur-Sultan
KEN: Kenya ; Kenyan | Kenyans ; Nairobi
KGZ: Kyrgyzstan | Kyrgyz Republic | Kirghizia ; Kyrgyz | Kyrgyzstani | Kirghiz ; Bishkek
KHM: Cambodia | Kampuchea ; Cambodian | Cambodians | Khmer ; Phnom Penh
KIR: Kiribati ; I-Kiribati ; Tarawa | South Tarawa
KNA: Saint Kitts and Nevis | St Kitts and Nevis | St. Kitts and Nevis | St Kitts | St. Kitts ; Kittitian | Kittitians | Nevisian | Nevisians ; Basseterre
KOR: South Korea | Republic of Korea | ROK | R.O.K. | Korea ; South Korean | South Koreans | Korean | Koreans ; Seoul
KWT: Kuwait ; Kuwaiti | Kuwaitis ; Kuwait City
LAO: Laos | Lao PDR ; Laotian | Laotians | Lao ; Vientiane
LBN: Lebanon ; Lebanese ; Beirut
LBR: Liberia ; Liberian | Liberians ; Monrovia
LBY: Libya ; Libyan | Libyans ; Tripoli
LCA: Saint Lucia | St Lucia | St. Lucia ; Saint Lucian | Saint Lucians | St Lucian | St Lucians ; Castries
LIE: Liechtenstein ; Liechtensteiner | Liechtensteiners ; Vaduz
LKA: Sri Lanka | Ceylon ; Sri Lankan | Sri Lankans ; Colombo | Sri Jayawardenepura Kotte
LSO: Lesotho ; Basotho | Mosotho ; Maseru
LTU: Lithuania ; Lithuanian | Lithuanians ; Vilnius
LUX: Luxembourg | Luxemburg ; Luxembourger | Luxembourgers | Luxembourgish ;
LVA: Latvia ; Latvian | Latvians ; Riga
MAC: Macao | Macau ; Macanese ;
MAF: Saint Martin | St Martin | St. Martin ; ; Marigot
MAR: Morocco ; Moroccan | Moroccans ; Rabat
MCO: Monaco ; Monegasque | Monegasques ;
MDA: Moldova | Republic of Moldova ; Moldovan | Moldovans ; Chisinau | Chișinău | Kishinev
MDG: Madagascar ; Malagasy ; Antananarivo
MDV: Maldives ; Maldivian | Maldivians ;
MEX: Mexico ; Mexican | Mexicans ; Mexico City
MHL: Marshall Islands ; Marshallese ; Majuro
MKD: North Macedonia | Macedonia | Former Yugoslav Republic of Macedonia | FYROM ; Macedonian | Macedonians | North Macedonian | North Macedonians ; Skopje
MLI: Mali ; Malian | Malians ; Bamako
MLT: Malta ; Maltese ; Valletta
MMR: Myanmar | Burma ; Burmese | Myanmarese ; Naypyidaw | Naypyitaw | Nay Pyi Taw
MNE: Montenegro ; Montenegrin | Montenegrins ; Podgorica
MNG: Mongolia ; Mongolian | Mongolians ; Ulaanbaatar | Ulan Bator
MNP: Northern Mariana Islands | Northern Marianas ; ; Saipan
MOZ: Mozambique ; Mozambican | Mozambicans ; Maputo
MRT: Mauritania ; Mauritanian | Mauritanians ; Nouakchott
MSR: Montserrat ; Montserratian | Montserratians ;
MTQ: Martinique ; Martinican | Martinicans ; Fort-de-France
MUS: Mauritius ; Mauritian | Mauritians ; Port Louis
MWI: Malawi ; Malawian | Malawians ; Lilongwe
MYS: Malaysia ; Malaysian | Malaysians ; Kuala Lumpur | Putrajaya
MYT: Mayotte ; Mahoran | Mahorans ; Mamoudzou
NAM: Namibia ; Namibian | Namibians ; Windhoek
NCL: New Caledonia ; New Caledonian | New Caledonians ; Noumea | Nouméa
NER: Niger ; Nigerien | Nigeriens ; Niamey
NFK: Norfolk Island ; Norfolk Islander | Norfolk Islanders ;
NGA: Nigeria ; Nigerian | Nigerians ; Abuja
NIC: Nicaragua ; Nicaraguan | Nicaraguans ; Managua
NIU: Niue ; Niuean | Niueans ; Alofi
NLD: Netherlands | The Netherlands | Holland ; Dutch | Dutchman | Dutchmen ; Amsterdam | The Hague
NOR: Norway ; Norwegian | Norwegians ; Oslo
NPL: Nepal ; Nepali | Nepalis | Nepalese ; Kathmandu
NRU: Nauru ; Nauruan | Nauruans ; Yaren
NZL: New Zealand ; New Zealander | New Zealanders ; Wellington
OMN: Oman ; Omani | Omanis ; Muscat
PAK: Pakistan ; Pakistani | Pakistanis ; Islamabad
PAN: Panama ; Panamanian | Panamanians ; Panama City
PCN: Pitcairn Islands | Pitcairn ; Pitcairn Islander | Pitcairn Islanders ; Adamstown
PER: Peru ; Peruvian | Peruvians ; Lima
PHL: Philippines | The Philippines ; Filipino | Filipinos | Filipina | Filipinas | Philippine ; Manila
PLW: Palau ; Palauan | Palauans ; Ngerulmud | Melekeok
PNG: Papua New Guinea | PNG ; Papua New Guinean | Papua New Guineans ; Port Moresby
POL: Poland ; Polish | Poles ; Warsaw
PRI: Puerto Rico ; Puerto Rican | Puerto Ricans ; San Juan
PRK: North Korea | Democratic People 's Republic of Korea | DPRK | D.P.R.K. ; North Korean | North Koreans ; Pyongyang
PRT: Portugal ; Portuguese ; Lisbon | Lisboa
PRY: Paraguay ; Paraguayan | Paraguayans ; Asuncion | Asunción
PSE: Palestine | State of Palestine | Palestinian territories | Palestinian Territories | occupied Palestinian territories | West Bank | Gaza | Gaza Strip ; Palestinian | Palestinians | Gazan | Gazans ; Ramallah
PYF: French Polynesia | Tahiti ; French Polynesian | French Polynesians | Tahitian | Tahitians ; Papeete
QAT: Qatar ; Qatari | Qataris ; Doha
REU: Reunion | Réunion ; Reunionese ;
ROU: Romania | Rumania | Roumania ; Romanian | Romanians ; Bucharest
RUS: Russia | Russian Federation ; Russian | Russians ; Moscow
RWA: Rwanda ; Rwandan | Rwandans | Rwandese ; Kigali
SAU: Saudi Arabia | Kingdom of Saudi Arabia | KSA ; Saudi | Saudis | Saudi Arabian | Saudi Arabians ; Riyadh
SDN: Sudan | The Sudan ; Sudanese ; Khartoum
SEN: Senegal ; Senegalese ; Dakar
SGP: Singapore ; Singaporean | Singaporeans ;
SGS: South Georgia and the South Sandwich Islands | South Georgia | South Sandwich Islands ; ;
SHN: Saint Helena | St Helena | St. Helena | Ascension Island | Tristan da Cunha ; Saint Helenian | Saint Helenians ;
SJM: Svalbard and Jan Mayen | Svalbard | Jan Mayen ; ; Longyearbyen
SLB: Solomon Islands ; Solomon Islander | Solomon Islanders ; Honiara
SLE: Sierra Leone ; Sierra Leonean | Sierra Leoneans ; Freetown
SLV: El Salvador ; Salvadoran | Salvadorans | Salvadorean | Salvadoreans ; San Salvador
SMR: San Marino ; Sammarinese ;
SOM: Somalia ; Somali | Somalis ; Mogadishu
SPM: Saint Pierre and Miquelon | St Pierre and Miquelon | St. Pierre and Miquelon ; ;
SRB: Serbia ; Serbian | Serbians | Serb | Serbs ; Belgrade
SSD: South Sudan ; South Sudanese ; Juba
STP: Sao Tome and Principe | São Tomé and Príncipe | Sao Tome ; Santomean | Santomeans | Sao Tomean | Sao Tomeans ;
SUR: Suriname | Surinam ; Surinamese | Surinamer | Surinamers ; Paramaribo
SVK: Slovakia | Slovak Republic ; Slovak | Slovaks | Slovakian ; Bratislava
SVN: Slovenia ; Slovenian | Slovenians | Slovene | Slovenes ; Ljubljana
SWE: Sweden ; Swedish | Swede | Swedes ; Stockholm
SWZ: Eswatini | Swaziland ; Swazi | Swazis ; Mbabane | Lobamba
SXM: Sint Maarten ; ; Philipsburg
SYC: Seychelles ; Seychellois ;
SYR: Syria | Syrian Arab Republic ; Syrian | Syrians ; Damascus
TCA: Turks and Caicos Islands | Turks and Caicos ; ; Cockburn Town
TCD: Chad ; Chadian | Chadians ; N'Djamena | Ndjamena | N'Djaména
TGO: Togo ; Togolese ; Lome | Lomé
THA: Thailand | Siam ; Thai | Thais ; Bangkok
TJK: Tajikistan ; Tajik | Tajiks | Tajikistani | Tadjik ; Dushanbe
TKL: Tokelau ; Tokelauan | Tokelauans ;
TKM: Turkmenistan ; Turkmen | Turkmens ; Ashgabat | Ashkhabad
TLS: Timor-Leste | East Timor ; Timorese | East Timorese ; Dili
TON: Tonga ; Tongan | Tongans ; Nuku'alofa | Nukualofa
TTO: Trinidad and Tobago | Trinidad ; Trinidadian | Trinidadians | Tobagonian | Tobagonians ; Port of Spain | Port-of-Spain
TUN: Tunisia ; Tunisian | Tunisians ; Tunis
TUR: Turkey | Türkiye | Turkiye ; Turkish | Turk | Turks ; Ankara
TUV: Tuvalu ; Tuvaluan | Tuvaluans ; Funafuti
TWN: Taiwan ; Taiwanese ; Taipei
TZA: Tanzania | United Republic of Tanzania ; Tanzanian | Tanzanians ; Dodoma
UGA: Uganda ; Ugandan | Ugandans ; Kampala
UKR: Ukraine | The Ukraine ; Ukrainian | Ukrainians ; Kyiv | Kiev
UMI: United States Minor Outlying Islands | U.S. Minor Outlying Islands | Wake Island | Midway Atoll | Midway Islands ; ;
URY: Uruguay ; Uruguayan | Uruguayans ; Montevideo
USA: United States | United States of America | U.S. | US | U.S.A. | USA | America ; American | Americans ; Washington | Washington D.C. | Washington DC
UZB: Uzbekistan ; Uzbek | Uzbeks | Uzbekistani ; Tashkent
VAT: Holy See | Vatican | Vatican City | Vatican City State ; ;
VCT: Saint Vincent and the Grenadines | St Vincent and the Grenadines | St. Vincent and the Grenadines | Saint Vincent | St Vincent | St. Vincent ; Vincentian | Vincentians ; Kingstown
VEN: Venezuela | Bolivarian Republic of Venezuela ; Venezuelan | Venezuelans ; Caracas
VGB: British Virgin Islands | BVI ; ; Road Town
VIR: U.S. Virgin Islands | US Virgin Islands | United States Virgin Islands | Virgin Islands of the United States ; ; Charlotte Amalie
VNM: Vietnam | Viet Nam | Socialist Republic of Vietnam ; Vietnamese ; Hanoi
VUT: Vanuatu ; Ni-Vanuatu | Vanuatuan ; Port Vila | Port-Vila
WLF: Wallis and Futuna ; Wallisian | Futunan ; Mata-Utu
WSM: Samoa ; Samoan | Samoans ; Apia
YEM: Yemen ; Yemeni | Yemenis ; Sanaa | Sana'a
ZAF: South Africa | RSA ; South African | South Africans ; Pretoria
ZMB: Zambia ; Zambian | Zambians ; Lusaka
ZWE: Zimbabwe ; Zimbabwean | Zimbabweans ; Harare
"""

# Names from iso-codes that are not used as they stand (another table entry
# covers them better, or they would be ambiguous).
ISO_NAMES_DROPPED = {
    "Congo",               # bare "Congo" in news means the DRC; see COD/COG
}

# Comments printed before an entry: why a name or capital is left out.
NOTES = {
    "COD": "bare \"Congo\" and \"Congolese\" code as the DRC, as in most news; "
           "the smaller Republic of Congo needs \"Republic of Congo\", "
           "\"Congo-Brazzaville\" or \"Brazzaville\"",
    "COG": "see the note on COD",
    "CHL": "\"Santiago\" left out: also Santiago de Cuba and a common first name",
    "CRI": "\"San Jose\" left out: also the Californian city",
    "DMA": "\"Dominican\" codes as the Dominican Republic (DOM)",
    "ATG": "\"St. John's\" left out: also the capital of Newfoundland",
    "GRD": "\"St. George's\" left out: ambiguous with many places",
    "GUY": "\"Georgetown\" left out: also the Washington district and university",
    "SYC": "\"Victoria\" left out: a first name and an Australian state",
    "MDV": "\"Male\" left out: an English word",
    "BGR": "\"Sofia\" left out: a common first name",
    "BMU": "\"Hamilton\" left out: a common surname and city name",
    "IMN": "\"Douglas\" left out: a first name and surname",
    "FLK": "\"Stanley\" left out: a first name",
    "SHN": "\"Jamestown\" left out: several US towns",
    "AIA": "\"The Valley\" left out: ordinary words",
    "MSR": "\"Plymouth\" left out: an English city",
    "CYM": "\"George Town\" left out: also Penang's capital",
    "NFK": "its capital Kingston is left to Jamaica",
    "CCK": "\"West Island\" left out: ordinary words",
    "REU": "\"Saint-Denis\" left out: also the town beside Paris",
    "ZAF": "\"Cape Town\" left out: the legislative capital is mostly the city",
    "KOR": "bare \"Korea\" and \"Korean\" code as South Korea, as CAMEO does",
    "GBR": "\"English\" left out: mostly the language",
    "POL": "\"Pole\" left out: an English word; \"Poles\" and \"Polish\" kept",
    "ISR": "Jerusalem and Tel Aviv stand for the Israeli government in news; "
           "the city's status is not implied by this coding",
    "PSE": "the West Bank and Gaza code as Palestine",
    "TUR": "\"Turkey\" is listed only together with \"Turkiye\" and \"Türkiye\"",
    "USA": "\"US\" collides with the pronoun \"us\" when matching ignores case; "
           "it is kept because \"US\" is the usual spelling in British news",
    "NZL": "\"Kiwi\" left out: also the fruit and the bird",
    "JEY": "\"New Jersey\" is a place of the United States (places.txt)",
    "BES": "\"Saba\" left out on its own: also a name",
    "CAF": "\"CAR\" left out: matching ignores case",
    "BEL": "\"Brussels\" codes as Belgium; use \"EU\" names for the Union",
}

# Countries and places outside ISO 3166-1 that news reports treat as actors.
NON_ISO = [
    ("Kosovo", "Kosovo | Republic of Kosovo | Kosova | Kosovar | Kosovars | "
               "Pristina | Prishtina", "KSV",
     "Kosovo has no ISO 3166-1 code; KSV is the code event data sets use"),
]

# Government institutions and other well-known metonyms.
INSTITUTIONS = """
# United States
White House | Oval Office = USAGOV
State Department | U.S. State Department | US State Department | Department of State = USAGOV
U.S. Congress | US Congress | United States Congress | Capitol Hill = USALEG
U.S. Senate | US Senate | U.S. House of Representatives | US House of Representatives = USALEG
Pentagon | Department of Defense | Defense Department | Department of War | War Department = USAMIL
CIA | Central Intelligence Agency = USASPY
FBI | Federal Bureau of Investigation = USACOP
U.S. Supreme Court | US Supreme Court = USAJUD
Department of Homeland Security | Homeland Security Department = USAGOV
# Russia
Kremlin = RUSGOV
State Duma | Duma = RUSLEG
FSB | Federal Security Service = RUSSPY
GRU = RUSSPY
# United Kingdom
Downing Street | Whitehall = GBRGOV
Foreign and Commonwealth Office | FCDO = GBRGOV
Westminster | House of Commons | House of Lords = GBRLEG
MI5 | MI6 | GCHQ = GBRSPY
Scotland Yard = GBRCOP
# France
Elysee | Élysée | Elysee Palace | Élysée Palace | Quai d'Orsay | Matignon = FRAGOV
# Germany
Bundestag = DEULEG
Bundeswehr = DEUMIL
# Israel
Knesset = ISRLEG
IDF | Israel Defense Forces | Israel Defence Forces | Israeli Defense Forces | Israeli Defence Forces = ISRMIL
Mossad = ISRSPY
Shin Bet | Shabak = ISRSPY
# Palestine
Palestinian Authority | Palestinian National Authority = PSEGOV
# Iran
IRGC | Islamic Revolutionary Guard Corps | Revolutionary Guard Corps | Revolutionary Guards | Quds Force = IRNMIL
Basij = IRNMIL
# China
Zhongnanhai = CHNGOV
PLA | People 's Liberation Army = CHNMIL
National People 's Congress = CHNLEG
# Ukraine
Verkhovna Rada = UKRLEG
SBU = UKRSPY
# India
Lok Sabha | Rajya Sabha = INDLEG
# Japan
Self-Defense Forces | Self-Defence Forces | Japan Self-Defense Forces = JPNMIL
# South Korea
Blue House = KORGOV ..2022-05-09 ; KOR
# North Korea
KCNA | Korean Central News Agency = PRKMED
# Turkey
Grand National Assembly of Turkey = TURLEG
"""

# Phrases that contain a country word but are no actor: they block the
# shorter match inside them.
BLOCKED = """
New Guinea
George Washington | Washington Post
Indian Ocean | American Indian | American Indians | Native American | Native Americans
African American | African Americans
South China Sea | East China Sea | Sea of Japan | Gulf of Mexico | Taiwan Strait
Korean Peninsula | Korean War | Paris Agreement | Paris climate agreement | Paris accord
Jordan River | Jordan Valley
Georgia Tech
# rounds of trade talks named after where they opened, and a rate named
# after a market
Uruguay Round | Tokyo Round | Doha Round | Doha Development Round | Kennedy Round
London Interbank Offered Rate | London interbank offered rate | London Interbank Offer Rate
"""

HEADER = """\
# countries.txt -- tacitus default dictionary: countries and territories.
#
# Part of tacitus.  Every ISO 3166-1 country and territory, with its usual
# English names and short forms, adjectives and demonyms, and its capital,
# followed by a few places outside ISO 3166-1, government institutions
# that stand for their state in news ("Kremlin", "White House"), and
# phrases that are not actors.
#
# Codes: a country codes as its ISO 3166-1 alpha-3 code, which is also its
# CAMEO country code (UKR, USA, GBR).  Institutions add a CAMEO role code:
# GOV government, MIL military, LEG legislature, JUD judiciary, COP police,
# SPY intelligence services, MED media.
#
# Generated by tools/gen_countries.py from Debian's iso-codes list and the
# tables in that script; edit the script, not this file.
"""


def fold(s):
    """Case- and accent-insensitive key, as the matcher compares words."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.upper().split())


def clean_iso(name):
    """An iso-codes name as a dictionary name, or None if unusable."""
    if "," in name:
        return None
    while "(" in name:
        a, b = name.index("("), name.find(")")
        if b < 0:
            return None
        name = name[:a] + name[b + 1:]
    name = " ".join(name.split())
    if name.lower().startswith("the "):
        name = name[4:]
    name = name.replace("'s ", " 's ")
    if name in ISO_NAMES_DROPPED:
        return None
    return name


def parse_extra():
    table = {}
    for line in EXTRA.strip().splitlines():
        code, rest = line.split(":", 1)
        fields = (rest.split(";") + ["", "", ""])[:3]
        names = []
        for f in fields:
            names.extend(n.strip() for n in f.split("|") if n.strip())
        table[code.strip()] = names
    return table


def main():
    with open(ISO_JSON, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    extra = parse_extra()
    out = [HEADER, "[actors]", ""]
    out.append("# ---- ISO 3166-1 countries and territories ----")
    out.append("")
    seen = {}
    missing = []
    for c in sorted(iso, key=lambda c: c["alpha_3"]):
        code = c["alpha_3"]
        names = []
        for key in ("common_name", "name", "official_name"):
            if key in c:
                n = clean_iso(c[key])
                if n:
                    names.append(n)
        if code not in extra:
            missing.append(code)
        names.extend(extra.get(code, []))
        uniq, keys = [], set()
        for n in names:
            k = fold(n)
            if k in keys:
                continue
            if k in seen and seen[k] != code:
                sys.exit("gen_countries: %r is given to both %s and %s"
                         % (n, seen[k], code))
            keys.add(k)
            seen[k] = code
            uniq.append(n)
        out.append("# %s (%s)" % (c["name"], c.get("alpha_2", "")))
        if code in NOTES:
            out.append("# note: " + NOTES[code])
        out.append("%s = %s" % (" | ".join(uniq), code))
    if missing:
        sys.exit("gen_countries: no table entry for " + " ".join(missing))
    out.append("")
    out.append("# ---- Outside ISO 3166-1 ----")
    out.append("")
    for title, names, code, note in NON_ISO:
        out.append("# %s -- %s" % (title, note))
        out.append("%s = %s" % (names, code))
    out.append("")
    out.append("# ---- Government institutions standing for their state ----")
    for line in INSTITUTIONS.strip().splitlines():
        if line.startswith("#"):
            out.append("")
        out.append(line)
    out.append("")
    out.append("# ---- Not actors: block the country word inside them ----")
    out.append("")
    for line in BLOCKED.strip().splitlines():
        out.append(line if line.startswith("#") else "%s = ---" % line.strip())
    out.append("")
    sys.stdout.write("\n".join(out))


if __name__ == "__main__":
    main()
