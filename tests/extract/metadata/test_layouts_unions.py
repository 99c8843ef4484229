"""Genre, date and parties of union letters, statements and survey entries, and of a letter whose
sender is named only in its body (invented cases)."""

from __future__ import annotations

import pytest

from casewatch.model import Genre

ITUC = "International Trade Union Confederation"

# ---- union letters, statements and survey entries ---------------------------------------------------

UNION = {
    "letter_to_his_excellency": (
        "To His Excellency\nMr Tomas Varga\nPresident of the Republic of Moldova\n\n12 May 2020\n\n"
        "Your Excellency,\n\nThe Global Federation of Dock Workers protests the arrest of union leaders."
        "\n\nYours sincerely,\n\nAnna Berg\nGeneral Secretary\nGlobal Federation of Dock Workers\n",
        "2020-05-12",
        "Global Federation of Dock Workers",
        "Tomas Varga",
    ),
    "letter_dear_president": (
        "National Confederation of Labour\n\nPresident Tomas Varga\nOffice of the President\n\n"
        "3 March 2021\n\nDear President Varga,\n\nWe urge you to release the detained teachers.\n\n"
        "Yours faithfully,\n\nAnna Berg\nGeneral Secretary\n",
        "2021-03-03",
        "National Confederation of Labour",
        "Tomas Varga",
    ),
    "letter_fr": (
        "Confédération syndicale des travailleurs du Bénin\n\nÀ Son Excellence\nMonsieur Paul Adja\n"
        "Président de la République du Bénin\n\nCotonou, le 4 avril 2019\n\nMonsieur le Président,\n\n"
        "Nous protestons contre l'arrestation de nos dirigeants.\n\nVeuillez agréer, Monsieur le Président, "
        "l'expression de notre haute considération.\n\nMarie Houngbo\nSecrétaire générale\n",
        "2019-04-04",
        "Confédération syndicale des travailleurs du Bénin",
        "Paul Adja",
    ),
    "letter_es": (
        "Confederación de Trabajadores del Uruguay\n\nExcelentísimo Señor\nJuan Pereda\n"
        "Presidente de la República\n\nMontevideo, 8 de octubre de 2018\n\nSeñor Presidente:\n\n"
        "Le escribimos para denunciar el despido de dirigentes sindicales.\n\nAtentamente,\n\n"
        "Marta Silva\nSecretaria General\n",
        "2018-10-08",
        "Confederación de Trabajadores del Uruguay",
        "Juan Pereda",
    ),
    "survey_entry_en": (
        "Survey of violations of Trade Union Rights\n\nMongolia\n\n"
        "Union leaders detained after miners' strike\n17-06-2019\n\n"
        "Police detained the leaders of the miners' union after the strike at the copper mine.\n",
        "2019-06-17",
        ITUC,
        None,
    ),
    "survey_entry_fr": (
        "Rapport annuel des violations des droits syndicaux\n\nSénégal\n\n"
        "Dirigeants syndicaux arrêtés\n05-02-2018\n\n"
        "La police a arrêté trois dirigeants du syndicat des enseignants.\n",
        "2018-02-05",
        ITUC,
        None,
    ),
    "rights_index_es": (
        "Índice Global de los Derechos de la CSI\n\nParaguay\n\n"
        "Despido de dirigentes sindicales\n11-09-2020\n\n"
        "La empresa despidió a la directiva del sindicato tras su registro.\n",
        "2020-09-11",
        ITUC,
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(UNION))
def test_union_letters_and_survey_entries(name: str, told) -> None:
    text, date, sender, addressee = UNION[name]
    meta = told(text)
    assert meta.genre is Genre.UNION_LETTER
    assert meta.date == date
    assert meta.senders == [sender]
    if addressee:
        assert addressee in meta.addressees


# ---- a letter's sender named only in its body -------------------------------------------------------

# name -> (text, sender): the body its writer acts for, in English, Spanish and French
WRITING_FOR = {
    "behalf_members": (
        "Dear President,\n\nI am writing on behalf of the 2 million members of the Global "
        "Federation of Dock Workers to protest the arrest of union leaders in Ghana.\n\nYours "
        "sincerely,\n\nAnna Berg\n",
        "Global Federation of Dock Workers",
    ),
    "calidad_es": (
        "Señor Presidente:\n\nEn mi calidad de Secretaria General de la Confederación de "
        "Trabajadores del Uruguay, me dirijo a usted para denunciar el despido de "
        "dirigentes.\n\nAtentamente,\n\nMarta Silva\n",
        "Confederación de Trabajadores del Uruguay",
    ),
    "qualite_fr": (
        "Monsieur le Président,\n\nEn ma qualité de Secrétaire général de la Confédération "
        "syndicale des travailleurs du Bénin, je proteste contre l'arrestation de nos "
        "dirigeants.\n\nVeuillez agréer, Monsieur le Président, l'expression de ma haute "
        "considération.\n\nMarie Houngbo\n",
        "Confédération syndicale des travailleurs du Bénin",
    ),
}


@pytest.mark.parametrize("name", sorted(WRITING_FOR))
def test_sender_named_in_the_body(name: str, told) -> None:
    text, sender = WRITING_FOR[name]
    assert sender in told(text).senders
