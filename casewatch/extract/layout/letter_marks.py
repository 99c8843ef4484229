"""The marks of a letter's anatomy: salutation, closing, addressee, reference, copy and signature lines."""

from __future__ import annotations

import re

from casewatch.extract.dates import find_dates
from casewatch.extract.gated import gated
from casewatch.extract.layout.lines import Line
from casewatch.extract.metadata.fields import BODY_HEAD

# "Monsieur le Président," greets; "Monsieur Jean Dupont" on an address line does not: French and
# Spanish salutations are told apart by their closing comma or colon.
SALUTATION = re.compile(
    # "Your Excellency / Minister of Labour": the courtesy and the office on one line
    r"^(?:(?:(?:Your |My )?Excellenc(?:y|ies)(?:[ \t]*/[ \t]*(?:Minister|President)\b.{0,60})?"
    r"|Dear\b.{0,60}|Hono(?:u)?rable\b.{0,60}[,:]"
    r"|To whom it may concern"
    r"|(?:Sir|Madam)(?:[ \t]*/[ \t]*(?:Sir|Madam))?)\s*[,:]?"  # "Madam/Sir,"
    r"|(?:Monsieur|Madame|Mesdames|Messieurs|Señor|Señora|Estimad[oa]s?|Excelencia|Excellence|Excelent[ií]sim[oa]"
    r"|Уважаем\w+|Шановн\w+|Паважан\w+)\b.{0,60}[,:!]"
    r"|(?:Sr|Sra|Sres|Sras)\.[ \t].{0,70}[,:!]|Ваше [Пп]ревосходительство\s*[,:!]?"
    # an office greeted by its title, with or without a comma: "Madam High Commissioner,",
    # "Monsieur le Secrétaire Général" (an address line names a person: "Monsieur Jean Dupont")
    r"|(?:Madam|Mister|Mr\.?|Sir)[ \t]+(?:the[ \t]+)?(?:Vice[- ])?(?:President|Prime Minister|Minister"
    r"|High Commissioner|Ambassador|Secretary[- ]General|Director[- ]General|Chair\w*|Commissioner"
    r"|Governor|Speaker)\s*[,:]?"
    r"|(?:Monsieur|Madame)[ \t]+(?:le|la)[ \t]+[\w'’\- ]{3,50}?\s*[,:]?)$",
    re.I,
)
CLOSING = re.compile(
    r"^(?:Yours (?:faithfully|sincerely|truly|in solidarity)|Yours,?[ \t]*$"
    r"|(?:Very )?(?:Sincerely|Respectfully|Faithfully)(?: yours)?"
    r"|(?:With )?(?:best|kind|warm) regards|In solidarity|Fraternally|Cordialement|Atentamente"
    r"|En solidari(?:dad|té)|Em solidariedade|Solidariamente"
    # a campaign's message thanks its reader on a line of its own over the campaigner's name
    r"|(?:Thank you|Thanks|Many thanks|Merci|Gracias)[.!,]?[ \t]*$"
    r"|Please accept.{0,120}(?:assurances?|consideration)|(?:Je vous prie|Veuillez) (?:d')?agréer"
    r"|Acepte.{0,80}consideración|С (?:глубоким )?уважением|Искренне (?:Ваш|ваш)"
    # the French and Spanish courtesy formula, often after a clause: "Dans l'attente, recevez ...",
    # "Vous en souhaitant bonne réception, je vous prie d'agréer ..."
    r"|(?:[^.\n]{0,80},\s*)?"
    r"(?:je vous prie d['’]agréer|veuillez (?:agréer|recevoir)|recevez|nous vous prions)"
    r"|Dans l['’]attente\b"
    # a line of its own looking forward to the answer, the signature under it: "Looking forward to your
    # prompt reply,", "We look forward to hearing from you."
    r"|(?:(?:I|We) (?:am |are )?)?[Ll]ook(?:ing)? forward to (?:your|hearing)\b[^.\n]{0,80}[,.]?[ \t]*$"
    r"|(?:Salutations|Saludos) (?:syndicales|sindicales|fraternelles|fraternales|cordiales|solidari\w+)"
    r"|Fraternellement|Solidairement|Cordialmente|Fraternalmente|Un (?:cordial|fraternal) saludo)",
    re.I,
)
ANNEX = re.compile(r"^(?:Annex|Annexe|Anexo)\b", re.I)
MANDATES = re.compile(
    r"^(?:Mandates? of|Mandats? (?:du|de la|des)|Mandatos? (?:del|de la|de los)"
    r"|Мандаты? (?=Специальн|Рабоч|Независим))",
    re.I,
)
REFERENCE = re.compile(
    r"^(?:REFERENCE|Ref(?:erence)?\.?|Our ref(?:erence)?\.?|Your ref(?:erence)?\.?"
    r"|Réf(?:érence)?\.?|N/Réf\.?|(?:Nuestra |Su )?Referencia|N/Ref\.?|Ссылка|Исх\.?)\s*:"
    # a union's circular to its branches is numbered as its own reference: "Head Office Circular No. AB/1/19"
    r"|^(?:[A-Z][\w'’]*[ \t]+){0,3}(?:Circular|Circulaire|Cir\.?)[ \t]+(?:No\.?|N[°º]\.?|n[°º]|Number)"
    r"[ \t]*\S+(?:[ \t]?/[ \t]?\S+)?$"
    r"|^(?:J?(?:AL|UA|OL))\s+[A-Z]{3}\s+\d+/\d{4}$|^[A-Z]{2,}(?:/[A-Za-z0-9.\-]+)+$|^\d{4}-[A-Z]{3}-[CP]\d{3}-\w{2}$",
    re.I,
)
ADDRESSEE_MARK = re.compile(
    r"^(?:A la atención[ \t]+de|À l['’]attention[ \t]+de|(?:For the )?[Aa]ttention of"
    r"|Attn|Attention|To|A|À|Al|A la|By e-?mail|Sent by e-?mail(?: to)?|Via e-?mail|E-?mail"
    r"|By fax|Fax|Addressee)\b"
    r"\s*[:\-]?|^[\w.+\-]+@[\w\-]+\.[\w.\-]+$|^-\s*[\w.+\-]+@",
    re.I,
)
# A Russian letter addresses an office in the dative ("Президенту Республики ..."): the nominative of each
RUSSIAN_OFFICES = {
    "Президенту": "Президент",
    "Премьер-министру": "Премьер-министр",
    "Министру": "Министр",
    "Председателю": "Председатель",
    "Генеральному прокурору": "Генеральный прокурор",
    "Генеральному секретарю": "Генеральный секретарь",
    "Генеральному директору": "Генеральный директор",
    "Уполномоченному": "Уполномоченный",
    "Прокурору": "Прокурор",
    "Руководителю": "Руководитель",
    "Директору": "Директор",
    "Начальнику": "Начальник",
    "Заместителю": "Заместитель",
    "Главе": "Глава",
    "Губернатору": "Губернатор",
    "Мэру": "Мэр",
    "Послу": "Посол",
}
ADDRESSEE_CUE = re.compile(
    r"\b(?:Republic|Kingdom|Government|State|President|Minister|Ministry|Prime Minister) of\b"
    r"|\b(?:Présidente?|Premier ministre|Ministre|Gouvernement|République|Royaume)\s+(?:de|du|des|d['’])"
    r"|\b(?:President[ae]|Ministr[oa]|Gobierno|República|Reino)\s+(?:de|del)\b"
    r"|^(?:Mr\.?|Ms\.?|Mrs\.?|Mme\.?|M\.|H\.\s?E\.|S\.\s?E\.|His Excellency|Her Excellency|Son Excellence"
    r"|Hon\.|Prime Minister|Monsieur|Madame|Sr\.|Sra\.|Excm[oa]\.?|Señora?)\s"
    r"|^(?:Señora?|Señores|Doctora?)$"  # alone on its line over the name or office
    # a head of state or junta addressed by rank: "General Jane Doe" over "Chairman, National Council"
    r"|^(?:(?:Lieutenant |Major |Brigadier )?General|Colonel|Admiral|(?:Field )?Marshal|King|Queen|Emir"
    r"|Sheikh|Prince|Sultan)\s+(?!Secretary|Secretariat|Counsel|Director|Manager|Assembly|Council)"
    r"[A-ZÀ-Ý][\w'’\-]+\s+[A-ZÀ-Ý]"
    r"|^(?:To|À|A)\s+(?:His|Her|Son|Su)\s+(?:Excellency|Excellence|Excelencia)\b"
    rf"|{BODY_HEAD.pattern}"
    # Russian addressees are in the dative: "Президенту Республики ...", "Министру труда ..."
    rf"|^(?:{'|'.join(RUSSIAN_OFFICES)}"
    r"|Господину|Госпоже|Г-ну|Г-же|Его Превосходительству|Ее Превосходительству)(?![\w-])"
)
BOARD_LINE = re.compile(
    r"^(?:Vice-?\s?Presidents?|Treasurer|Deputy General Secretary|Honorary President|Board)\b[^:\n]{0,30}:",
    re.I,
)
CC = re.compile(r"(?:^|\s)(?:cc|c\.c\.|copy to|copies to|copie à|(?:con )?copias?(?: a)?)\s*:", re.I)
TITLE = re.compile(r"^(?:Re|Subject|Objet|Asunto)\s*:", re.I)
# A memo's head gives its parties as labelled fields, one a line: "To: President X", "From: Jane Doe",
# "Date: ...", "Re: ..."; a "From:" field is what marks the head as a memo's (a letter's "To:" line may
# open an address block that runs on over several lines)
MEMO_FROM = re.compile(r"^(?:From|De|Desde|От)[ \t]*:[ \t]*(?=\S)", re.I)
MEMO_TO = re.compile(r"^(?:To|À|A|Para|Кому)[ \t]*:[ \t]*(?=\S)", re.I)
MEMO_FIELD = re.compile(
    rf"{MEMO_FROM.pattern}|{MEMO_TO.pattern}|^(?:Date|Fecha|Дата)\s*:|{TITLE.pattern}", re.I
)
LIST_ITEM = re.compile(r"^\s*(?:[-•*–]\s+|\(?\d{1,2}[.)]\s+|\(?[a-z][.)]\s+|[-•*]\s+\d{1,2}[.)]\s+)")
QUESTIONS_CUE = gated(r"following (?:matters|questions|points)|observations sur les points suivants", re.I)
CONTACT = re.compile(r"^(?:Web(?:site)?|Tel|Tél|Phone|Telephone|www\.)\b", re.I)
# contact lines, or a rule line before a forwarded text, end a signature
# What ends a signature: contact lines, a rule, or the label of what the letter encloses ("Encl:", "DA:",
# "Pièces jointes :", "Adjunto:")
SIGNATURE_END = re.compile(
    r"^(?:(?:Contact|Tel|Fax|Phone|Web|www\.)\b|[-=_*~]{4,}"
    r"|(?:Encl(?:osures?)?|Enc|DA|Attachments?|P\.\s?J\.|Pi[èe]ces? jointes?|Adjuntos?)\s*[.:])",
    re.I,
)

# A Latin American letter may greet no one: its address block ends "Presente", "Despacho" or "E.S.D."
ADDRESS_END = re.compile(r"^(?:Presente|Despacho|E\.?\s?S\.?\s?D\.?|Ciudad)\.?$", re.I)

_DATE_LABEL = re.compile(r"^Date\s*:", re.I)


def is_date_line(line: Line) -> bool:
    """A line that is a date, with at most a place or a label beside it."""
    if _DATE_LABEL.match(line.text):
        return bool(find_dates(line.text))
    found = find_dates(line.text)
    return bool(found) and len(line.text) <= len(found[0].text) + 30 and not LIST_ITEM.match(line.text)
