"""Generate casewatch/vocab/countries.json: ISO3 -> names, adjectives and demonyms (run once; commit).

.venv/bin/python scripts/gen_countries.py
"""

from __future__ import annotations

import gettext
import json
import re
from collections import Counter
from pathlib import Path

import pycountry
from countrynames.data import DATA

OUT = Path(__file__).resolve().parents[1] / "casewatch" / "vocab" / "countries.json"

# Common short names that pycountry lacks (English, French, Spanish) and adjectives/demonyms.
EXTRA_NAMES: dict[str, list[str]] = {
    "BOL": ["Bolivia"],
    "BRN": ["Brunei"],
    "COD": ["Democratic Republic of the Congo", "DR Congo", "DRC"],
    "COG": ["Republic of the Congo"],
    "CIV": ["Côte d'Ivoire", "Ivory Coast"],
    "CZE": ["Czech Republic"],
    "FSM": ["Micronesia"],
    "GBR": ["United Kingdom", "UK", "Great Britain", "Britain", "Royaume-Uni", "Reino Unido"],
    "IRN": ["Iran"],
    "KOR": ["Republic of Korea", "South Korea", "Korea"],
    "PRK": ["North Korea"],
    "LAO": ["Laos"],
    "MDA": ["Moldova"],
    "PSE": ["Palestine"],
    "RUS": ["Russia", "Russie", "Rusia"],
    "SYR": ["Syria"],
    "TWN": ["Taiwan"],
    "TZA": ["Tanzania"],
    "USA": ["United States", "USA", "United States of America", "États-Unis", "Estados Unidos"],
    "VEN": ["Venezuela"],
    "VNM": ["Viet Nam", "Vietnam"],
    "TUR": ["Turkey", "Türkiye", "Turquie", "Turquía"],
    "KGZ": ["Kyrgyzstan"],
    "MKD": ["North Macedonia"],
    "SWZ": ["Swaziland", "Eswatini"],
    "CPV": ["Cabo Verde", "Cape Verde"],
    "MMR": ["Myanmar", "Burma"],
    "DEU": ["Allemagne", "Alemania"],
    "FRA": ["France", "Francia"],
    "ESP": ["Espagne", "España"],
    "KAZ": ["Kazakhstan", "Kazajstán", "Kazajistán"],
    "BLR": ["Biélorussie", "Bielorrusia"],
    "DZA": ["Algérie", "Argelia"],
    "MAR": ["Maroc", "Marruecos"],
    "TUN": ["Tunisie", "Túnez"],
    "BEL": ["Belgique", "Bélgica"],
    "CHE": ["Suisse", "Suiza"],
    "COL": ["Colombie"],
    "PER": ["Pérou", "Perú"],
    "MEX": ["Mexique", "México"],
    "BRA": ["Brésil", "Brasil"],
    "GTM": ["Guatémala"],
    "HKG": ["Hong Kong"],
}
ADJECTIVES: dict[str, list[str]] = {
    "AFG": ["Afghan"],
    "ALB": ["Albanian"],
    "DZA": ["Algerian"],
    "AGO": ["Angolan"],
    "ARG": ["Argentine", "Argentinian"],
    "ARM": ["Armenian"],
    "AUS": ["Australian"],
    "AUT": ["Austrian"],
    "AZE": ["Azerbaijani", "Azeri"],
    "BHR": ["Bahraini"],
    "BGD": ["Bangladeshi"],
    "BLR": ["Belarusian", "Belarussian", "Byelorussian"],
    "BEL": ["Belgian"],
    "BEN": ["Beninese"],
    "BOL": ["Bolivian"],
    "BIH": ["Bosnian"],
    "BWA": ["Botswanan"],
    "BRA": ["Brazilian"],
    "BGR": ["Bulgarian"],
    "BFA": ["Burkinabe"],
    "BDI": ["Burundian"],
    "KHM": ["Cambodian"],
    "CMR": ["Cameroonian"],
    "CAN": ["Canadian"],
    "TCD": ["Chadian"],
    "CHL": ["Chilean"],
    "CHN": ["Chinese"],
    "COL": ["Colombian"],
    "CRI": ["Costa Rican"],
    "HRV": ["Croatian"],
    "CUB": ["Cuban"],
    "CYP": ["Cypriot"],
    "CZE": ["Czech"],
    "DNK": ["Danish"],
    "DOM": ["Dominican"],
    "ECU": ["Ecuadorian"],
    "EGY": ["Egyptian"],
    "SLV": ["Salvadoran", "Salvadorean"],
    "ERI": ["Eritrean"],
    "EST": ["Estonian"],
    "ETH": ["Ethiopian"],
    "FJI": ["Fijian"],
    "FIN": ["Finnish"],
    "FRA": ["French"],
    "GAB": ["Gabonese"],
    "GEO": ["Georgian"],
    "DEU": ["German"],
    "GHA": ["Ghanaian"],
    "GRC": ["Greek"],
    "GTM": ["Guatemalan"],
    "GIN": ["Guinean"],
    "HTI": ["Haitian"],
    "HND": ["Honduran"],
    "HUN": ["Hungarian"],
    "ISL": ["Icelandic"],
    "IND": ["Indian"],
    "IDN": ["Indonesian"],
    "IRN": ["Iranian"],
    "IRQ": ["Iraqi"],
    "IRL": ["Irish"],
    "ISR": ["Israeli"],
    "ITA": ["Italian"],
    "JAM": ["Jamaican"],
    "JPN": ["Japanese"],
    "JOR": ["Jordanian"],
    "KAZ": ["Kazakh", "Kazakhstani"],
    "KEN": ["Kenyan"],
    "KOR": ["Korean"],
    "KWT": ["Kuwaiti"],
    "KGZ": ["Kyrgyz"],
    "LAO": ["Lao", "Laotian"],
    "LVA": ["Latvian"],
    "LBN": ["Lebanese"],
    "LSO": ["Basotho"],
    "LBR": ["Liberian"],
    "LBY": ["Libyan"],
    "LTU": ["Lithuanian"],
    "LUX": ["Luxembourgish"],
    "MDG": ["Malagasy"],
    "MWI": ["Malawian"],
    "MYS": ["Malaysian"],
    "MDV": ["Maldivian"],
    "MLI": ["Malian"],
    "MLT": ["Maltese"],
    "MRT": ["Mauritanian"],
    "MUS": ["Mauritian"],
    "MEX": ["Mexican"],
    "MDA": ["Moldovan"],
    "MNG": ["Mongolian"],
    "MNE": ["Montenegrin"],
    "MAR": ["Moroccan"],
    "MOZ": ["Mozambican"],
    "MMR": ["Myanmar", "Burmese"],
    "NAM": ["Namibian"],
    "NPL": ["Nepalese", "Nepali"],
    "NLD": ["Dutch"],
    "NZL": ["New Zealander"],
    "NIC": ["Nicaraguan"],
    "NER": ["Nigerien"],
    "NGA": ["Nigerian"],
    "MKD": ["Macedonian"],
    "NOR": ["Norwegian"],
    "OMN": ["Omani"],
    "PAK": ["Pakistani"],
    "PSE": ["Palestinian"],
    "PAN": ["Panamanian"],
    "PNG": ["Papua New Guinean"],
    "PRY": ["Paraguayan"],
    "PER": ["Peruvian"],
    "PHL": ["Philippine", "Filipino"],
    "POL": ["Polish"],
    "PRT": ["Portuguese"],
    "QAT": ["Qatari"],
    "ROU": ["Romanian"],
    "RUS": ["Russian"],
    "RWA": ["Rwandan"],
    "SAU": ["Saudi"],
    "SEN": ["Senegalese"],
    "SRB": ["Serbian"],
    "SLE": ["Sierra Leonean"],
    "SGP": ["Singaporean"],
    "SVK": ["Slovak"],
    "SVN": ["Slovenian", "Slovene"],
    "SOM": ["Somali"],
    "ZAF": ["South African"],
    "SSD": ["South Sudanese"],
    "ESP": ["Spanish"],
    "LKA": ["Sri Lankan"],
    "SDN": ["Sudanese"],
    "SWZ": ["Swazi"],
    "SWE": ["Swedish"],
    "CHE": ["Swiss"],
    "SYR": ["Syrian"],
    "TWN": ["Taiwanese"],
    "TJK": ["Tajik", "Tajikistani"],
    "TZA": ["Tanzanian"],
    "THA": ["Thai"],
    "TGO": ["Togolese"],
    "TTO": ["Trinidadian"],
    "TUN": ["Tunisian"],
    "TUR": ["Turkish"],
    "TKM": ["Turkmen"],
    "UGA": ["Ugandan"],
    "UKR": ["Ukrainian"],
    "ARE": ["Emirati"],
    "GBR": ["British"],
    "USA": ["American"],
    "URY": ["Uruguayan"],
    "UZB": ["Uzbek", "Uzbekistani"],
    "VEN": ["Venezuelan"],
    "VNM": ["Vietnamese"],
    "YEM": ["Yemeni"],
    "ZMB": ["Zambian"],
    "ZWE": ["Zimbabwean"],
    "HKG": ["Hongkonger"],
    "BHS": ["Bahamian"],
    "BRB": ["Barbadian"],
}
# Russian adjectives inflect ("российские власти", "в белорусском суде"): their stems, matched with endings
RU_ADJECTIVE_STEMS: dict[str, list[str]] = {
    "RUS": ["Российск", "российск"],
    "BLR": ["Белорусск", "белорусск"],
    "KAZ": ["Казахстанск", "казахстанск"],
    "UKR": ["Украинск", "украинск"],
    "UZB": ["Узбекск", "узбекск"],
    "KGZ": ["Кыргызск", "кыргызск", "Киргизск", "киргизск"],
    "TJK": ["Таджикск", "таджикск"],
    "TKM": ["Туркменск", "туркменск"],
    "AZE": ["Азербайджанск", "азербайджанск"],
    "ARM": ["Армянск", "армянск"],
    "GEO": ["Грузинск", "грузинск"],
    "MDA": ["Молдавск", "молдавск", "Молдовск", "молдовск"],
    "CHN": ["Китайск", "китайск"],
    "IRN": ["Иранск", "иранск"],
    "TUR": ["Турецк", "турецк"],
}
# Spanish and French demonyms, masculine singular; `_inflected` adds the feminine and plural forms and the
# capitalised noun ("trabajadores hondureños", "les Guatémaltèques"). Left out: those that also name a
# language ("español", "français"), and those two countries share ("congolais", "dominicano").
DEMONYMS_ES_FR: dict[str, list[str]] = {
    "ARG": ["argentino", "argentin"],
    "BOL": ["boliviano", "bolivien"],
    "BRA": ["brasileño", "brésilien"],
    "CHL": ["chileno", "chilien"],
    "COL": ["colombiano", "colombien"],
    "CRI": ["costarricense", "costaricien"],
    "CUB": ["cubano", "cubain"],
    "ECU": ["ecuatoriano", "équatorien"],
    "SLV": ["salvadoreño", "salvadorien"],
    "GTM": ["guatemalteco", "guatémaltèque"],
    "HND": ["hondureño", "hondurien"],
    "MEX": ["mexicano", "mexicain"],
    "NIC": ["nicaragüense", "nicaraguayen"],
    "PAN": ["panameño", "panaméen"],
    "PRY": ["paraguayo", "paraguayen"],
    "PER": ["peruano", "péruvien"],
    "URY": ["uruguayo", "uruguayen"],
    "VEN": ["venezolano", "vénézuélien"],
    "HTI": ["haitiano", "haïtien"],
    "CAN": ["canadiense", "canadien"],
    "DZA": ["argelino", "algérien"],
    "MAR": ["marroquí", "marocain"],
    "TUN": ["tunecino", "tunisien"],
    "EGY": ["egipcio", "égyptien"],
    "CMR": ["camerunés", "camerounais"],
    "SEN": ["senegalés", "sénégalais"],
    "CIV": ["marfileño", "ivoirien"],
    "BFA": ["burkinés", "burkinabè"],
    "MLI": ["maliense", "malien"],
    "NER": ["nigerino", "nigérien"],
    "TCD": ["chadiano", "tchadien"],
    "GAB": ["gabonés", "gabonais"],
    "BEN": ["beninés", "béninois"],
    "TGO": ["togolés", "togolais"],
    "MDG": ["malgache", "malgache"],
    "DJI": ["yibutiano", "djiboutien"],
    "BDI": ["burundés", "burundais"],
    "RWA": ["ruandés", "rwandais"],
    "NGA": ["nigeriano", "nigérian"],
    "ZWE": ["zimbabuense", "zimbabwéen"],
    "ZAF": ["sudafricano", "sud-africain"],
    "ETH": ["etíope", "éthiopien"],
    "IRN": ["iraní", "iranien"],
    "IRQ": ["iraquí", "irakien"],
    "TUR": ["turco", "turc"],
    "BHR": ["bareiní", "bahreïni"],
    "BLR": ["bielorruso", "biélorusse"],
    "KAZ": ["kazajo", "kazakh"],
    "CHN": ["chino", "chinois"],
    "KOR": ["surcoreano", "sud-coréen", "coreano", "coréen"],  # "Korean" alone is the Republic, as in English
    "BGD": ["bangladesí", "bangladais"],
    "PAK": ["pakistaní", "pakistanais"],
    "KHM": ["camboyano", "cambodgien"],
    "PHL": ["filipino", "philippin"],
    "IDN": ["indonesio", "indonésien"],
    "FJI": ["fiyiano", "fidjien"],
    "USA": ["estadounidense", "étatsunien"],
}
# Portuguese demonyms where the Spanish one does not carry over by its spelling (`_portuguese`), and those of
# the Portuguese-speaking countries; masculine singular, as above
DEMONYMS_PT: dict[str, list[str]] = {
    "VEN": ["venezuelano"],
    "BRA": ["brasileiro"],
    "BLR": ["bielorrusso"],
    "ZAF": ["sul-africano"],
    "KOR": ["sul-coreano"],
    "FJI": ["fijiano"],
    "KHM": ["cambojano"],
    "MAR": ["marroquino"],
    "TUN": ["tunisiano"],
    "IRQ": ["iraquiano"],
    "IRN": ["iraniano"],
    "AGO": ["angolano"],
    "MOZ": ["moçambicano"],
    "CPV": ["cabo-verdiano"],
    "TLS": ["timorense"],
    "USA": ["estadunidense"],
}


def _portuguese(word: str) -> str | None:
    """A Spanish demonym in Portuguese spelling ("hondureño" -> "hondurenho", "paraguayo" -> "paraguaio",
    "ecuatoriano" -> "equatoriano"); none for those whose Portuguese form ends otherwise ("iraquí")."""
    if not word.endswith(("o", "e")):
        return None
    word = word.replace("ñ", "nh").replace("ü", "u").replace("cua", "qua")
    return re.sub(r"yo$", "io", word)


def _demonyms(alpha3: str) -> list[str]:
    words = DEMONYMS_ES_FR.get(alpha3, [])
    spanish = words[:1]
    ported = [pt for w in spanish if (pt := _portuguese(w))]
    return sorted({f for w in [*words, *ported, *DEMONYMS_PT.get(alpha3, [])] for f in _inflected(w)})


# a demonym that is also a language's name, kept out of one language's forms
_LANGUAGE_NAMES = {
    "chino",
    "chinois",
    "turco",
    "turc",
    "malgache",
    "kazajo",
    "kazakh",
    "filipino",
    "indonesio",
}


def _inflected(word: str) -> list[str]:
    """A Spanish or French demonym's gender and number forms, lower case and capitalised."""
    rules = [
        ("o", ["o", "a", "os", "as"]),
        ("ño", ["ño", "ña", "ños", "ñas"]),
        ("és", ["és", "esa", "eses", "esas"]),
        ("í", ["í", "íes", "ís"]),
        ("ien", ["ien", "ienne", "iens", "iennes"]),
        ("éen", ["éen", "éenne", "éens", "éennes"]),
        ("en", ["en", "enne", "ens", "ennes"]),
        ("ais", ["ais", "aise", "aises"]),
        ("ois", ["ois", "oise", "oises"]),
        ("ain", ["ain", "aine", "ains", "aines"]),
        ("in", ["in", "ine", "ins", "ines"]),
        ("e", ["e", "es"]),
        ("an", ["an", "ane", "ans", "anes"]),
        ("è", ["è", "ès"]),
        ("i", ["i", "is"]),
    ]
    stem, endings = next(
        ((word[: -len(end)], forms) for end, forms in rules if word.endswith(end)), (word, [""])
    )
    forms = [stem + e for e in endings] if word not in _LANGUAGE_NAMES else [stem + e for e in endings[1:]]
    return [f for form in forms for f in (form, form[0].upper() + form[1:])]


_CYRILLIC = re.compile(r"^[\u0400-\u04FF \-]+$")


def _cyrillic_names(alpha2: str) -> list[str]:
    return sorted({n for n in DATA.get(alpha2, []) if _CYRILLIC.match(n) and len(n) >= 4})


# Translated names that are also given names, cities or words ("Maurice Dupont", "Granada", "gana").
_NOT_ALONE = {"Maurice", "Mauricio", "Dominique", "Granada", "Gana"}


def _translated_names(name: str) -> list[str]:
    """French, Spanish and Portuguese ISO names, in reading order ("Corée, République de" -> "République de
    Corée")."""
    found: list[str] = []
    for lang in ("fr", "es", "pt"):
        local = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext(name)
        found.append(local)
        head, comma, tail = local.partition(", ")
        if comma:
            found += [head, f"{tail} {head}"]
    return [n for n in found if n not in _NOT_ALONE]


def build() -> dict[str, dict[str, list[str]]]:
    vocab: dict[str, dict[str, list[str]]] = {}
    translated = {c.alpha_3: _translated_names(c.name) for c in pycountry.countries}
    # a short form two countries share ("Congo" of both Congos) names neither
    seen = Counter(n for names in translated.values() for n in set(names))
    for country in pycountry.countries:
        names = [country.name]
        for attr in ("official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.append(value)
        names += EXTRA_NAMES.get(country.alpha_3, [])
        names += [n for n in translated[country.alpha_3] if seen[n] == 1]
        names += _cyrillic_names(country.alpha_2)
        vocab[country.alpha_3] = {
            "names": list(dict.fromkeys(names)),
            "adjectives": ADJECTIVES.get(country.alpha_3, []),
            "demonyms": _demonyms(country.alpha_3),
            "stems_ru": RU_ADJECTIVE_STEMS.get(country.alpha_3, []),
        }
    return vocab


def main() -> None:
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
