"""Generate casewatch/vocab/instruments.json: the catalogue of international instruments.

    .venv/bin/python scripts/make_instruments.py

The tables below are the source of truth; the JSON is what the extractor reads.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "casewatch" / "vocab" / "instruments.json"

# ILO conventions: number | English title as adopted.
CONVENTIONS = """
1|Hours of Work (Industry) Convention, 1919
2|Unemployment Convention, 1919
3|Maternity Protection Convention, 1919
4|Night Work (Women) Convention, 1919
5|Minimum Age (Industry) Convention, 1919
6|Night Work of Young Persons (Industry) Convention, 1919
7|Minimum Age (Sea) Convention, 1920
8|Unemployment Indemnity (Shipwreck) Convention, 1920
9|Placing of Seamen Convention, 1920
10|Minimum Age (Agriculture) Convention, 1921
11|Right of Association (Agriculture) Convention, 1921
12|Workmen's Compensation (Agriculture) Convention, 1921
13|White Lead (Painting) Convention, 1921
14|Weekly Rest (Industry) Convention, 1921
15|Minimum Age (Trimmers and Stokers) Convention, 1921
16|Medical Examination of Young Persons (Sea) Convention, 1921
17|Workmen's Compensation (Accidents) Convention, 1925
18|Workmen's Compensation (Occupational Diseases) Convention, 1925
19|Equality of Treatment (Accident Compensation) Convention, 1925
20|Night Work (Bakeries) Convention, 1925
21|Inspection of Emigrants Convention, 1926
22|Seamen's Articles of Agreement Convention, 1926
23|Repatriation of Seamen Convention, 1926
24|Sickness Insurance (Industry) Convention, 1927
25|Sickness Insurance (Agriculture) Convention, 1927
26|Minimum Wage-Fixing Machinery Convention, 1928
27|Marking of Weight (Packages Transported by Vessels) Convention, 1929
28|Protection against Accidents (Dockers) Convention, 1929
29|Forced Labour Convention, 1930
30|Hours of Work (Commerce and Offices) Convention, 1930
31|Hours of Work (Coal Mines) Convention, 1931
32|Protection against Accidents (Dockers) Convention (Revised), 1932
33|Minimum Age (Non-Industrial Employment) Convention, 1932
34|Fee-Charging Employment Agencies Convention, 1933
35|Old-Age Insurance (Industry, etc.) Convention, 1933
36|Old-Age Insurance (Agriculture) Convention, 1933
37|Invalidity Insurance (Industry, etc.) Convention, 1933
38|Invalidity Insurance (Agriculture) Convention, 1933
39|Survivors' Insurance (Industry, etc.) Convention, 1933
40|Survivors' Insurance (Agriculture) Convention, 1933
41|Night Work (Women) Convention (Revised), 1934
42|Workmen's Compensation (Occupational Diseases) Convention (Revised), 1934
43|Sheet-Glass Works Convention, 1934
44|Unemployment Provision Convention, 1934
45|Underground Work (Women) Convention, 1935
46|Hours of Work (Coal Mines) Convention (Revised), 1935
47|Forty-Hour Week Convention, 1935
48|Maintenance of Migrants' Pension Rights Convention, 1935
49|Reduction of Hours of Work (Glass-Bottle Works) Convention, 1935
50|Recruiting of Indigenous Workers Convention, 1936
51|Reduction of Hours of Work (Public Works) Convention, 1936
52|Holidays with Pay Convention, 1936
53|Officers' Competency Certificates Convention, 1936
54|Holidays with Pay (Sea) Convention, 1936
55|Shipowners' Liability (Sick and Injured Seamen) Convention, 1936
56|Sickness Insurance (Sea) Convention, 1936
57|Hours of Work and Manning (Sea) Convention, 1936
58|Minimum Age (Sea) Convention (Revised), 1936
59|Minimum Age (Industry) Convention (Revised), 1937
60|Minimum Age (Non-Industrial Employment) Convention (Revised), 1937
61|Reduction of Hours of Work (Textiles) Convention, 1937
62|Safety Provisions (Building) Convention, 1937
63|Convention concerning Statistics of Wages and Hours of Work, 1938
64|Contracts of Employment (Indigenous Workers) Convention, 1939
65|Penal Sanctions (Indigenous Workers) Convention, 1939
66|Migration for Employment Convention, 1939
67|Hours of Work and Rest Periods (Road Transport) Convention, 1939
68|Food and Catering (Ships' Crews) Convention, 1946
69|Certification of Ships' Cooks Convention, 1946
70|Social Security (Seafarers) Convention, 1946
71|Seafarers' Pensions Convention, 1946
72|Paid Vacations (Seafarers) Convention, 1946
73|Medical Examination (Seafarers) Convention, 1946
74|Certification of Able Seamen Convention, 1946
75|Accommodation of Crews Convention, 1946
76|Wages, Hours of Work and Manning (Sea) Convention, 1946
77|Medical Examination of Young Persons (Industry) Convention, 1946
78|Medical Examination of Young Persons (Non-Industrial Occupations) Convention, 1946
79|Night Work of Young Persons (Non-Industrial Occupations) Convention, 1946
80|Final Articles Revision Convention, 1946
81|Labour Inspection Convention, 1947
82|Social Policy (Non-Metropolitan Territories) Convention, 1947
83|Labour Standards (Non-Metropolitan Territories) Convention, 1947
84|Right of Association (Non-Metropolitan Territories) Convention, 1947
85|Labour Inspectorates (Non-Metropolitan Territories) Convention, 1947
86|Contracts of Employment (Indigenous Workers) Convention, 1947
87|Freedom of Association and Protection of the Right to Organise Convention, 1948
88|Employment Service Convention, 1948
89|Night Work (Women) Convention (Revised), 1948
90|Night Work of Young Persons (Industry) Convention (Revised), 1948
91|Paid Vacations (Seafarers) Convention (Revised), 1949
92|Accommodation of Crews Convention (Revised), 1949
93|Wages, Hours of Work and Manning (Sea) Convention (Revised), 1949
94|Labour Clauses (Public Contracts) Convention, 1949
95|Protection of Wages Convention, 1949
96|Fee-Charging Employment Agencies Convention (Revised), 1949
97|Migration for Employment Convention (Revised), 1949
98|Right to Organise and Collective Bargaining Convention, 1949
99|Minimum Wage Fixing Machinery (Agriculture) Convention, 1951
100|Equal Remuneration Convention, 1951
101|Holidays with Pay (Agriculture) Convention, 1952
102|Social Security (Minimum Standards) Convention, 1952
103|Maternity Protection Convention (Revised), 1952
104|Abolition of Penal Sanctions (Indigenous Workers) Convention, 1955
105|Abolition of Forced Labour Convention, 1957
106|Weekly Rest (Commerce and Offices) Convention, 1957
107|Indigenous and Tribal Populations Convention, 1957
108|Seafarers' Identity Documents Convention, 1958
109|Wages, Hours of Work and Manning (Sea) Convention (Revised), 1958
110|Plantations Convention, 1958
111|Discrimination (Employment and Occupation) Convention, 1958
112|Minimum Age (Fishermen) Convention, 1959
113|Medical Examination (Fishermen) Convention, 1959
114|Fishermen's Articles of Agreement Convention, 1959
115|Radiation Protection Convention, 1960
116|Final Articles Revision Convention, 1961
117|Social Policy (Basic Aims and Standards) Convention, 1962
118|Equality of Treatment (Social Security) Convention, 1962
119|Guarding of Machinery Convention, 1963
120|Hygiene (Commerce and Offices) Convention, 1964
121|Employment Injury Benefits Convention, 1964
122|Employment Policy Convention, 1964
123|Minimum Age (Underground Work) Convention, 1965
124|Medical Examination of Young Persons (Underground Work) Convention, 1965
125|Fishermen's Competency Certificates Convention, 1966
126|Accommodation of Crews (Fishermen) Convention, 1966
127|Maximum Weight Convention, 1967
128|Invalidity, Old-Age and Survivors' Benefits Convention, 1967
129|Labour Inspection (Agriculture) Convention, 1969
130|Medical Care and Sickness Benefits Convention, 1969
131|Minimum Wage Fixing Convention, 1970
132|Holidays with Pay Convention (Revised), 1970
133|Accommodation of Crews (Supplementary Provisions) Convention, 1970
134|Prevention of Accidents (Seafarers) Convention, 1970
135|Workers' Representatives Convention, 1971
136|Benzene Convention, 1971
137|Dock Work Convention, 1973
138|Minimum Age Convention, 1973
139|Occupational Cancer Convention, 1974
140|Paid Educational Leave Convention, 1974
141|Rural Workers' Organisations Convention, 1975
142|Human Resources Development Convention, 1975
143|Migrant Workers (Supplementary Provisions) Convention, 1975
144|Tripartite Consultation (International Labour Standards) Convention, 1976
145|Continuity of Employment (Seafarers) Convention, 1976
146|Seafarers' Annual Leave with Pay Convention, 1976
147|Merchant Shipping (Minimum Standards) Convention, 1976
148|Working Environment (Air Pollution, Noise and Vibration) Convention, 1977
149|Nursing Personnel Convention, 1977
150|Labour Administration Convention, 1978
151|Labour Relations (Public Service) Convention, 1978
152|Occupational Safety and Health (Dock Work) Convention, 1979
153|Hours of Work and Rest Periods (Road Transport) Convention, 1979
154|Collective Bargaining Convention, 1981
155|Occupational Safety and Health Convention, 1981
156|Workers with Family Responsibilities Convention, 1981
157|Maintenance of Social Security Rights Convention, 1982
158|Termination of Employment Convention, 1982
159|Vocational Rehabilitation and Employment (Disabled Persons) Convention, 1983
160|Labour Statistics Convention, 1985
161|Occupational Health Services Convention, 1985
162|Asbestos Convention, 1986
163|Seafarers' Welfare Convention, 1987
164|Health Protection and Medical Care (Seafarers) Convention, 1987
165|Social Security (Seafarers) Convention (Revised), 1987
166|Repatriation of Seafarers Convention (Revised), 1987
167|Safety and Health in Construction Convention, 1988
168|Employment Promotion and Protection against Unemployment Convention, 1988
169|Indigenous and Tribal Peoples Convention, 1989
170|Chemicals Convention, 1990
171|Night Work Convention, 1990
172|Working Conditions (Hotels and Restaurants) Convention, 1991
173|Protection of Workers' Claims (Employer's Insolvency) Convention, 1992
174|Prevention of Major Industrial Accidents Convention, 1993
175|Part-Time Work Convention, 1994
176|Safety and Health in Mines Convention, 1995
177|Home Work Convention, 1996
178|Labour Inspection (Seafarers) Convention, 1996
179|Recruitment and Placement of Seafarers Convention, 1996
180|Seafarers' Hours of Work and the Manning of Ships Convention, 1996
181|Private Employment Agencies Convention, 1997
182|Worst Forms of Child Labour Convention, 1999
183|Maternity Protection Convention, 2000
184|Safety and Health in Agriculture Convention, 2001
185|Seafarers' Identity Documents Convention (Revised), 2003
186|Maritime Labour Convention, 2006
187|Promotional Framework for Occupational Safety and Health Convention, 2006
188|Work in Fishing Convention, 2007
189|Domestic Workers Convention, 2011
190|Violence and Harassment Convention, 2019
191|Safe and Healthy Working Environment (Consequential Amendments) Convention, 2023
"""

# French and Spanish titles of the conventions most cited in freedom-of-association work.
CONVENTION_TITLES_FR = {
    29: "Convention sur le travail forcé, 1930",
    81: "Convention sur l'inspection du travail, 1947",
    87: "Convention sur la liberté syndicale et la protection du droit syndical, 1948",
    98: "Convention sur le droit d'organisation et de négociation collective, 1949",
    100: "Convention sur l'égalité de rémunération, 1951",
    105: "Convention sur l'abolition du travail forcé, 1957",
    111: "Convention concernant la discrimination (emploi et profession), 1958",
    122: "Convention sur la politique de l'emploi, 1964",
    135: "Convention concernant les représentants des travailleurs, 1971",
    138: "Convention sur l'âge minimum, 1973",
    141: "Convention sur les organisations de travailleurs ruraux, 1975",
    144: "Convention sur les consultations tripartites relatives aux normes internationales du travail, 1976",
    151: "Convention sur les relations de travail dans la fonction publique, 1978",
    154: "Convention sur la négociation collective, 1981",
    155: "Convention sur la sécurité et la santé des travailleurs, 1981",
    169: "Convention relative aux peuples indigènes et tribaux, 1989",
    182: "Convention sur les pires formes de travail des enfants, 1999",
    187: "Convention sur le cadre promotionnel pour la sécurité et la santé au travail, 2006",
    189: "Convention sur les travailleuses et travailleurs domestiques, 2011",
    190: "Convention sur la violence et le harcèlement, 2019",
}
CONVENTION_TITLES_ES = {
    29: "Convenio sobre el trabajo forzoso, 1930",
    81: "Convenio sobre la inspección del trabajo, 1947",
    87: "Convenio sobre la libertad sindical y la protección del derecho de sindicación, 1948",
    98: "Convenio sobre el derecho de sindicación y de negociación colectiva, 1949",
    100: "Convenio sobre igualdad de remuneración, 1951",
    105: "Convenio sobre la abolición del trabajo forzoso, 1957",
    111: "Convenio sobre la discriminación (empleo y ocupación), 1958",
    135: "Convenio sobre los representantes de los trabajadores, 1971",
    138: "Convenio sobre la edad mínima, 1973",
    144: "Convenio sobre la consulta tripartita (normas internacionales del trabajo), 1976",
    151: "Convenio sobre las relaciones de trabajo en la administración pública, 1978",
    154: "Convenio sobre la negociación colectiva, 1981",
    169: "Convenio sobre pueblos indígenas y tribales, 1989",
    182: "Convenio sobre las peores formas de trabajo infantil, 1999",
    189: "Convenio sobre las trabajadoras y los trabajadores domésticos, 2011",
    190: "Convenio sobre la violencia y el acoso, 2019",
}
# Common short names that are not the title.
CONVENTION_ALIASES = {
    87: ["Freedom of Association Convention", "Convention on Freedom of Association"],
    98: ["Right to Organise Convention", "Collective Bargaining Convention, 1949"],
    186: ["MLC, 2006", "MLC 2006"],
}

# Protocols: convention number | year | title.
PROTOCOLS = [
    (29, 2014, "Protocol of 2014 to the Forced Labour Convention, 1930"),
    (81, 1995, "Protocol of 1995 to the Labour Inspection Convention, 1947"),
    (89, 1990, "Protocol of 1990 to the Night Work (Women) Convention (Revised), 1948"),
    (110, 1982, "Protocol of 1982 to the Plantations Convention, 1958"),
    (147, 1996, "Protocol of 1996 to the Merchant Shipping (Minimum Standards) Convention, 1976"),
    (155, 2002, "Protocol of 2002 to the Occupational Safety and Health Convention, 1981"),
]

# Recommendations most cited; any "Recommendation No. N" maps to ILO R%03d whether listed or not.
RECOMMENDATIONS = """
35|Forced Labour (Indirect Compulsion) Recommendation, 1930
90|Equal Remuneration Recommendation, 1951
91|Collective Agreements Recommendation, 1951
92|Voluntary Conciliation and Arbitration Recommendation, 1951
94|Co-operation at the Level of the Undertaking Recommendation, 1952
111|Discrimination (Employment and Occupation) Recommendation, 1958
113|Consultation (Industrial and National Levels) Recommendation, 1960
130|Examination of Grievances Recommendation, 1967
135|Minimum Wage Fixing Recommendation, 1970
143|Workers' Representatives Recommendation, 1971
146|Minimum Age Recommendation, 1973
149|Rural Workers' Organisations Recommendation, 1975
152|Tripartite Consultation (Activities of the International Labour Organisation) Recommendation, 1976
159|Labour Relations (Public Service) Recommendation, 1978
163|Collective Bargaining Recommendation, 1981
190|Worst Forms of Child Labour Recommendation, 1999
193|Promotion of Cooperatives Recommendation, 2002
198|Employment Relationship Recommendation, 2006
200|HIV and AIDS Recommendation, 2010
201|Domestic Workers Recommendation, 2011
202|Social Protection Floors Recommendation, 2012
203|Forced Labour (Supplementary Measures) Recommendation, 2014
204|Transition from the Informal to the Formal Economy Recommendation, 2015
205|Employment and Decent Work for Peace and Resilience Recommendation, 2017
206|Violence and Harassment Recommendation, 2019
"""

OTHER: list[dict[str, Any]] = [
    # ILO foundational texts
    {
        "key": "ILO Constitution",
        "kind": "constitution",
        "titles": {
            "en": [
                "Constitution of the International Labour Organization",
                "Constitution of the International Labour Organisation",
                "Constitution of the ILO",
                "ILO Constitution",
            ],
            "fr": ["Constitution de l'Organisation internationale du Travail", "Constitution de l'OIT"],
            "es": ["Constitución de la Organización Internacional del Trabajo", "Constitución de la OIT"],
        },
        "abbreviations": [],
    },
    {
        "key": "ILO Declaration 1998",
        "kind": "declaration",
        "titles": {
            "en": [
                "ILO Declaration on Fundamental Principles and Rights at Work",
                "Declaration on Fundamental Principles and Rights at Work",
                "1998 Declaration on Fundamental Principles and Rights at Work",
                "ILO Declaration of 1998",
                "1998 ILO Declaration",
            ],
            "fr": ["Déclaration de l'OIT relative aux principes et droits fondamentaux au travail"],
            "es": ["Declaración de la OIT relativa a los principios y derechos fundamentales en el trabajo"],
        },
        "abbreviations": [],
    },
    {
        "key": "Declaration of Philadelphia",
        "kind": "declaration",
        "titles": {
            "en": [
                "Declaration of Philadelphia",
                "Declaration concerning the aims and purposes of the International Labour Organisation",
            ],
            "fr": ["Déclaration de Philadelphie"],
            "es": ["Declaración de Filadelfia"],
        },
        "abbreviations": [],
    },
    {
        "key": "ILO Centenary Declaration",
        "kind": "declaration",
        "titles": {
            "en": [
                "ILO Centenary Declaration for the Future of Work",
                "ILO Centenary Declaration",
                "Centenary Declaration for the Future of Work",
            ],
            "fr": ["Déclaration du centenaire de l'OIT pour l'avenir du travail"],
            "es": ["Declaración del Centenario de la OIT para el Futuro del Trabajo"],
        },
        "abbreviations": [],
    },
    {
        "key": "ILO Declaration 2008",
        "kind": "declaration",
        "titles": {
            "en": [
                "ILO Declaration on Social Justice for a Fair Globalization",
                "Declaration on Social Justice for a Fair Globalization",
            ]
        },
        "abbreviations": [],
    },
    {
        "key": "ILO MNE Declaration",
        "kind": "declaration",
        "titles": {
            "en": [
                "Tripartite Declaration of Principles concerning Multinational Enterprises and Social Policy"
            ]
        },
        "abbreviations": ["MNE Declaration"],
    },
    # UN
    {
        "key": "UDHR",
        "kind": "declaration",
        "titles": {
            "en": ["Universal Declaration of Human Rights"],
            "fr": ["Déclaration universelle des droits de l'homme"],
            "es": ["Declaración Universal de Derechos Humanos"],
        },
        "abbreviations": ["UDHR", "DUDH"],
    },
    {
        "key": "ICCPR",
        "kind": "covenant",
        "titles": {
            "en": ["International Covenant on Civil and Political Rights"],
            "fr": ["Pacte international relatif aux droits civils et politiques"],
            "es": ["Pacto Internacional de Derechos Civiles y Políticos"],
        },
        "abbreviations": ["ICCPR", "PIDCP"],
    },
    {
        "key": "ICCPR-OP1",
        "kind": "protocol",
        "titles": {
            "en": [
                "Optional Protocol to the International Covenant on Civil and Political Rights",
                "First Optional Protocol to the International Covenant on Civil and Political Rights",
            ]
        },
        "abbreviations": [],
    },
    {
        "key": "ICCPR-OP2",
        "kind": "protocol",
        "titles": {
            "en": ["Second Optional Protocol to the International Covenant on Civil and Political Rights"]
        },
        "abbreviations": [],
    },
    {
        "key": "ICESCR",
        "kind": "covenant",
        "titles": {
            "en": ["International Covenant on Economic, Social and Cultural Rights"],
            "fr": ["Pacte international relatif aux droits économiques, sociaux et culturels"],
            "es": ["Pacto Internacional de Derechos Económicos, Sociales y Culturales"],
        },
        "abbreviations": ["ICESCR", "PIDESC", "PIDCES"],
    },
    {
        "key": "ICESCR-OP",
        "kind": "protocol",
        "titles": {
            "en": ["Optional Protocol to the International Covenant on Economic, Social and Cultural Rights"]
        },
        "abbreviations": ["OP-ICESCR"],
    },
    {
        "key": "ICERD",
        "kind": "convention",
        "titles": {
            "en": ["International Convention on the Elimination of All Forms of Racial Discrimination"]
        },
        "abbreviations": ["ICERD", "CERD Convention"],
    },
    {
        "key": "CEDAW",
        "kind": "convention",
        "titles": {
            "en": ["Convention on the Elimination of All Forms of Discrimination against Women"],
            "fr": [
                "Convention sur l'élimination de toutes les formes de discrimination à l'égard des femmes"
            ],
            "es": ["Convención sobre la eliminación de todas las formas de discriminación contra la mujer"],
        },
        "abbreviations": ["CEDAW"],
    },
    {
        "key": "CEDAW-OP",
        "kind": "protocol",
        "titles": {
            "en": [
                "Optional Protocol to the Convention on the Elimination of All Forms of "
                "Discrimination against Women"
            ]
        },
        "abbreviations": ["OP-CEDAW"],
    },
    {
        "key": "CAT",
        "kind": "convention",
        "titles": {
            "en": [
                "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
                "Convention against Torture",
            ],
            "fr": [
                "Convention contre la torture et autres peines ou traitements cruels, inhumains ou dégradants"
            ],
            "es": ["Convención contra la Tortura y Otros Tratos o Penas Crueles, Inhumanos o Degradantes"],
        },
        "abbreviations": ["UNCAT"],
    },
    {
        "key": "OPCAT",
        "kind": "protocol",
        "titles": {
            "en": [
                "Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or "
                "Degrading Treatment or Punishment",
                "Optional Protocol to the Convention against Torture",
            ]
        },
        "abbreviations": ["OPCAT"],
    },
    {
        "key": "CRC",
        "kind": "convention",
        "titles": {
            "en": ["Convention on the Rights of the Child"],
            "fr": ["Convention relative aux droits de l'enfant"],
            "es": ["Convención sobre los Derechos del Niño"],
        },
        "abbreviations": ["UNCRC"],
    },
    {
        "key": "CRC-OP-AC",
        "kind": "protocol",
        "titles": {
            "en": [
                "Optional Protocol to the Convention on the Rights of the Child on the involvement of "
                "children in armed conflict"
            ]
        },
        "abbreviations": ["OPAC"],
    },
    {
        "key": "CRC-OP-SC",
        "kind": "protocol",
        "titles": {
            "en": [
                "Optional Protocol to the Convention on the Rights of the Child on the sale of children, "
                "child prostitution and child pornography"
            ]
        },
        "abbreviations": ["OPSC"],
    },
    {
        "key": "CRC-OP-IC",
        "kind": "protocol",
        "titles": {
            "en": [
                "Optional Protocol to the Convention on the Rights of the Child on a communications procedure"
            ]
        },
        "abbreviations": ["OPIC"],
    },
    {
        "key": "ICRMW",
        "kind": "convention",
        "titles": {
            "en": [
                "International Convention on the Protection of the Rights of All Migrant Workers and "
                "Members of Their Families"
            ]
        },
        "abbreviations": ["ICRMW", "ICMW"],
    },
    {
        "key": "CRPD",
        "kind": "convention",
        "titles": {
            "en": ["Convention on the Rights of Persons with Disabilities"],
            "fr": ["Convention relative aux droits des personnes handicapées"],
            "es": ["Convención sobre los derechos de las personas con discapacidad"],
        },
        "abbreviations": ["CRPD", "UNCRPD"],
    },
    {
        "key": "CRPD-OP",
        "kind": "protocol",
        "titles": {"en": ["Optional Protocol to the Convention on the Rights of Persons with Disabilities"]},
        "abbreviations": [],
    },
    {
        "key": "CPED",
        "kind": "convention",
        "titles": {
            "en": ["International Convention for the Protection of All Persons from Enforced Disappearance"]
        },
        "abbreviations": ["CPED", "ICPPED"],
    },
    {
        "key": "UNDHRD",
        "kind": "declaration",
        "titles": {
            "en": [
                "Declaration on the Right and Responsibility of Individuals, Groups and Organs of Society "
                "to Promote and Protect Universally Recognized Human Rights and Fundamental Freedoms",
                "Declaration on the Right and Responsibility of Individuals, Groups and Organs of Society "
                "to Promote and Protect Universally Recognised Human Rights and Fundamental Freedoms",
                "UN Declaration on Human Rights Defenders",
                "United Nations Declaration on Human Rights Defenders",
                "Declaration on Human Rights Defenders",
            ],
            "fr": ["Déclaration sur les défenseurs des droits de l'homme"],
            "es": ["Declaración sobre los defensores de los derechos humanos"],
        },
        "abbreviations": [],
    },
    {
        "key": "UNGPs",
        "kind": "principles",
        "titles": {"en": ["Guiding Principles on Business and Human Rights"]},
        "abbreviations": ["UNGPs"],
    },
    # regional
    {
        "key": "ECHR",
        "kind": "convention",
        "titles": {
            "en": [
                "European Convention on Human Rights",
                "Convention for the Protection of Human Rights and Fundamental Freedoms",
                "European Convention for the Protection of Human Rights and Fundamental Freedoms",
            ],
            "fr": ["Convention européenne des droits de l'homme"],
        },
        "abbreviations": ["ECHR"],
    },
    {
        "key": "ESC",
        "kind": "charter",
        "titles": {
            "en": [
                "European Social Charter",
                "Revised European Social Charter",
                "European Social Charter (revised)",
            ],
            "fr": ["Charte sociale européenne"],
        },
        "abbreviations": [],
    },
    {
        "key": "ACHR",
        "kind": "convention",
        "titles": {
            "en": ["American Convention on Human Rights", "Pact of San José"],
            "es": ["Convención Americana sobre Derechos Humanos", "Pacto de San José"],
        },
        "abbreviations": ["ACHR"],
    },
    {
        "key": "ACHPR",
        "kind": "charter",
        "titles": {
            "en": ["African Charter on Human and Peoples' Rights", "Banjul Charter", "African Charter"],
            "fr": ["Charte africaine des droits de l'homme et des peuples", "Charte africaine"],
            "es": ["Carta Africana de Derechos Humanos y de los Pueblos", "Carta Africana"],
        },
        "abbreviations": ["ACHPR"],
    },
    {
        "key": "EU Charter",
        "kind": "charter",
        "titles": {"en": ["Charter of Fundamental Rights of the European Union"]},
        "abbreviations": [],
    },
]


# Titles in further languages (Russian declensions as written), by catalogue key.
EXTRA_TITLES: dict[str, dict[str, list[str]]] = {
    "ILO C087": {
        "ru": [
            "Конвенция о свободе ассоциации и защите права на организацию",
            "Конвенции о свободе ассоциации и защите права на организацию",
            "Конвенцию о свободе ассоциации и защите права на организацию",
            "Конвенцией о свободе ассоциации и защите права на организацию",
        ],
    },
    "ILO C098": {
        "ru": [
            "Конвенция о применении принципов права на организацию и на ведение коллективных переговоров",
            "Конвенции о применении принципов права на организацию и на ведение коллективных переговоров",
            "Конвенцию о применении принципов права на организацию и на ведение коллективных переговоров",
            "Конвенцией о применении принципов права на организацию и на ведение коллективных переговоров",
        ],
    },
    "ILO Constitution": {
        "ru": [
            "Устав МОТ",
            "Устава МОТ",
            "Уставе МОТ",
            "Устав Международной организации труда",
            "Устава Международной организации труда",
        ],
    },
    "ILO Declaration 1998": {
        "ru": [
            "Декларация МОТ об основополагающих принципах и правах в сфере труда",
            "Декларации МОТ об основополагающих принципах и правах в сфере труда",
            "Декларацию МОТ об основополагающих принципах и правах в сфере труда",
        ],
    },
    "UDHR": {
        "ru": [
            "Всеобщая декларация прав человека",
            "Всеобщей декларации прав человека",
            "Всеобщей декларацией прав человека",
        ],
    },
    "ICCPR": {
        "ru": [
            "Международный пакт о гражданских и политических правах",
            "Международного пакта о гражданских и политических правах",
            "Международном пакте о гражданских и политических правах",
        ],
    },
    "ICESCR": {
        "ru": [
            "Международный пакт об экономических, социальных и культурных правах",
            "Международного пакта об экономических, социальных и культурных правах",
        ],
    },
    "UNDHRD": {
        "ru": [
            "Декларация о правозащитниках",
            "Декларации о правозащитниках",
            "Декларацию о правозащитниках",
            "Декларация о праве и обязанности отдельных лиц, групп и органов общества "
            "поощрять и защищать общепризнанные права человека и основные свободы",
            "Декларации о праве и обязанности отдельных лиц, групп и органов общества "
            "поощрять и защищать общепризнанные права человека и основные свободы",
        ],
    },
}


def rows(table: str) -> list[tuple[int, str]]:
    out = []
    for line in table.strip().splitlines():
        number, title = line.split("|", 1)
        out.append((int(number), title.strip()))
    return out


def convention(number: int, title: str) -> dict[str, Any]:
    titles: dict[str, list[str]] = {"en": [title, *CONVENTION_ALIASES.get(number, [])]}
    if number in CONVENTION_TITLES_FR:
        titles["fr"] = [CONVENTION_TITLES_FR[number]]
    if number in CONVENTION_TITLES_ES:
        titles["es"] = [CONVENTION_TITLES_ES[number]]
    return {
        "key": f"ILO C{number:03d}",
        "kind": "ilo_convention",
        "number": number,
        "titles": titles,
        "abbreviations": [f"C{number:03d}"],
    }


def protocol(number: int, year: int, title: str) -> dict[str, Any]:
    return {
        "key": f"ILO P{number:03d}",
        "kind": "ilo_protocol",
        "number": number,
        "year": year,
        "titles": {"en": [title]},
        "abbreviations": [f"P{number:03d}"],
    }


def recommendation(number: int, title: str) -> dict[str, Any]:
    return {
        "key": f"ILO R{number:03d}",
        "kind": "ilo_recommendation",
        "number": number,
        "titles": {"en": [title]},
        "abbreviations": [f"R{number:03d}"],
    }


def catalogue() -> list[dict[str, Any]]:
    entries = [convention(n, t) for n, t in rows(CONVENTIONS)]
    entries += [protocol(*p) for p in PROTOCOLS]
    entries += [recommendation(n, t) for n, t in rows(RECOMMENDATIONS)]
    entries += OTHER
    for entry in entries:
        for lang, titles in EXTRA_TITLES.get(entry["key"], {}).items():
            entry["titles"].setdefault(lang, []).extend(titles)
    return entries


def main() -> None:
    entries = catalogue()
    keys = [e["key"] for e in entries]
    assert len(keys) == len(set(keys)), "duplicate keys"
    OUT.write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} instruments to {OUT}")


if __name__ == "__main__":
    main()
