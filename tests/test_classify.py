"""Classification, table-driven in five languages: cues, extractors, compositions and the
hard cases (definitions that extend a term, exceptions, administrative fines, ages below 18,
children punished for images of themselves). Texts are written for these tests."""
import pytest

from gapcheck.classify import classify, match_sections
from gapcheck.models import Document
from gapcheck.rubric import load
from gapcheck.split import split


@pytest.fixture(scope="session")
def rubric():
    return load()


def _doc(lang, text):
    return Document("t.txt", "t.txt", "", "txt", text, lang)


def _elements(rubric, lang, text):
    document = _doc(lang, text)
    findings = classify(document, split(document), rubric, model=None)
    return {(f.requirement, f.element, f.polarity) for f in findings}


CASES = [
    # (lang, text, expected (requirement, element, polarity) present, absent)
    # An interpretation clause extends the offence-creating word; an addressee phrase does not
    # (rubric 1.3.0: only the first stands for criminal liability).
    ("en", "Act\n\n2 Definitions\nIn this Act, \"person\" includes a body corporate and a partnership. "
           "Every person who makes child sexual abuse material is guilty of an offence.\n",
     {("corporate-liability", "person-includes-corporation", "supports")},
     {("corporate-liability", "natural-or-legal-persons", "supports")}),
    ("de", "Gesetz\n\n§ 5 Pflichten\nJede natürliche oder juristische Person, die kinderpornographische Inhalte "
           "speichert, hat diese zu löschen; wer dagegen verstößt, wird mit Freiheitsstrafe bestraft.\n",
     {("corporate-liability", "natural-or-legal-persons", "supports")},
     {("corporate-liability", "person-includes-corporation", "supports")}),
    ("fr", "Loi\n\nArticle 3\nPour l'application de la présente loi, le terme personne comprend une personne "
           "morale. Toute personne qui diffuse l'image pornographique d'un mineur est punie de cinq ans "
           "d'emprisonnement.\n",
     {("corporate-liability", "person-includes-corporation", "supports")}, set()),
    ("en", "Act\n\n3.1 Bodies corporate\nDespite the definition of person, proceedings for an offence of making "
           "child sexual abuse material may be brought only against an individual.\n",
     {("corporate-liability", "natural-persons-only", "narrows")}, set()),
    ("pt", "Lei\n\nArt. 9. A ação penal pelos crimes de exploração sexual de criança só pode ser proposta contra "
           "pessoa física, aplicando-se à pessoa jurídica multa administrativa.\n",
     {("corporate-liability", "natural-persons-only", "narrows")}, set()),
    # Material "that shows a child in a situation of sexual abuse" names the material (rubric 1.3.0).
    ("pt", "Lei\n\nArt. 12. Criar, por montagem ou adulteração de fotografia de criança existente, material que "
           "apresente a criança em situação de abuso sexual:\nPena - reclusão, de 1 (um) a 3 (três) anos.\n",
     {("csam-ai-generated", "morphed-real-child", "supports")}, set()),
    # Accessing the material reaches the viewer of a stream; the noun "access" in a provider's
    # duty to disable access does not (rubric 1.3.0).
    ("en", "Act\n\n163.1 Child pornography\n(4.1) Every person who accesses any child pornography is guilty of an "
           "indictable offence and liable to imprisonment for a term of not more than 10 years.\n",
     {("live-streaming", "viewer-payer-liability", "supports")}, set()),
    ("pt", "Lei\n\nArt. 241-A. Oferecer ou transmitir cena de sexo explícito envolvendo criança:\nPena - reclusão, de "
           "3 (três) a 6 (seis) anos.\n§ 2º Responde quem, notificado, deixa de desabilitar o acesso ao conteúdo.\n",
     set(), {("live-streaming", "viewer-payer-liability", "supports")}),
    # An order to delete intimate images is part of the response to image-based abuse (rubric 1.3.0);
    # "take" alone is not "take down".
    ("en", "Act\n\n164 Warrant of seizure\nThe court may order that a copy of an intimate image kept on a computer "
           "system be deleted.\n",
     {("image-based-abuse", "removal-orders", "supports")}, set()),
    ("en", "Act\n\n12 Intimate images\nThe court may take into account any intimate image produced in evidence.\n",
     set(), {("image-based-abuse", "removal-orders", "supports")}),
    # An intermediary is an adoption cue only where adoption is named with it (rubric 1.3.0).
    ("en", "Act\n\n8 Sale of children\nEvery person who, as an intermediary, improperly induces consent for the "
           "adoption of a child in exchange for remuneration is guilty of an offence and liable to imprisonment.\n",
     {("sale-of-children", "illegal-adoption", "supports")}, set()),
    ("en", "Act\n\n9 Forfeiture\nProceeds of the sale of a child for sexual exploitation, transferred to a "
           "financial intermediary, are subject to forfeiture.\n",
     set(), {("sale-of-children", "illegal-adoption", "supports")}),
    # "un mécanisme de signalement" is the users' channel; a duty "de signalement" to the
    # authorities is a report (rubric 1.3.0).
    ("fr", "Loi\n\nArticle 16\nTout fournisseur de services en ligne met en place un mécanisme de signalement "
           "accessible aux mineurs victimes d'exploitation sexuelle.\n",
     {("provider-reporting-removal", "user-reporting-channel", "supports")},
     {("provider-reporting-removal", "report-to-authorities", "supports")}),
    ("fr", "Loi\n\nArticle 17\nLe fournisseur de services en ligne est soumis à une obligation de signalement aux "
           "autorités de toute image pornographique d'un mineur.\n",
     {("provider-reporting-removal", "report-to-authorities", "supports")}, set()),
    # The recording of the child's statement, not any recording (rubric 1.3.0).
    ("es", "Código\n\nArtículo 449 bis.\nLa declaración del menor víctima de un delito sexual se practicará como "
           "prueba preconstituida, con grabación de la declaración por medios audiovisuales.\n",
     {("child-sensitive-justice", "adapted-testimony", "supports")}, set()),
    ("es", "Código\n\nArtículo 188.\n2. Se entiende por representación real la grabación de imágenes de un menor "
           "de edad en una actividad sexual, con fines de procedimiento penal.\n",
     set(), {("child-sensitive-justice", "adapted-testimony", "supports")}),
    # A bare "competent authority" is not a regulator of online services (rubric 1.3.0).
    ("pt", "Lei\n\nArt. 74. O órgão competente regulará as diversões e espetáculos públicos e a programação de "
           "rádio e televisão destinada a crianças e adolescentes.\n",
     set(), {("regulatory-oversight", "designated-regulator", "supports")}),
    ("en", "Act\n\n5 National strategy\nThe Minister must prepare a national strategy for preventing the sexual "
           "exploitation of children facilitated by digital technology, and describe how the work of departments "
           "is to be coordinated with that of civil society.\n",
     {("policy-framework", "national-strategy", "supports"), ("policy-framework", "digital-specific", "supports"),
      ("policy-framework", "coordination-body", "supports")}, set()),
    ("en", "Act\n\n2 Definitions\nIn this Act, “indecent image” includes a computer-generated image that appears "
           "to depict a child.\n",
     {("csam-ai-generated", "computer-generated", "supports")}, set()),
    ("en", "Act\n\n9 Liability of bodies corporate\nA body corporate that commits an offence under this Act is "
           "liable to an administrative penalty imposed by the Commissioner.\n",
     {("corporate-liability", "administrative-or-civil-only", "supports")}, set()),
    ("de", "Gesetz\n\n§ 30 Geldbuße gegen juristische Personen\n(1) Hat jemand als vertretungsberechtigtes Organ "
           "einer juristischen Person eine Straftat begangen, so kann gegen diese eine Geldbuße festgesetzt werden.\n",
     {("corporate-liability", "administrative-or-civil-only", "supports"),
      ("corporate-liability", "legal-persons-liable", "supports")},
     {("corporate-liability", "criminal-liability", "supports")}),
    ("fr", "Code\n\nArticle 121-2\nLes personnes morales sont responsables pénalement des infractions commises, "
           "pour leur compte, par leurs organes ou représentants. Elles encourent une amende.\n",
     {("corporate-liability", "criminal-liability", "supports"),
      ("corporate-liability", "legal-persons-liable", "supports")}, set()),
    ("es", "Código\n\nArtículo 31 bis.\nLas personas jurídicas serán penalmente responsables de los delitos "
           "cometidos en nombre o por cuenta de las mismas.\n",
     {("corporate-liability", "criminal-liability", "supports")}, set()),
    ("pt", "Lei\n\nArt. 241-C. Simular a participação de criança ou adolescente em cena de sexo explícito ou "
           "pornográfica por meio de adulteração, montagem ou modificação de fotografia, vídeo ou qualquer outra "
           "forma de representação visual:\nPena – reclusão, de 1 (um) a 3 (três) anos, e multa.\n",
     {("csam-ai-generated", "morphed-real-child", "supports")}, set()),
    ("en", "Act\n\n5 Self-generated images\nA minor who transmits a sexual image of himself or herself to another "
           "person is guilty of an offence and liable to a fine.\n",
     {("victim-non-criminalisation", "punishes-self-images", "contradicts")}, set()),
    ("es", "Código\n\nArtículo 12 ter.\nEl menor de edad que difunda su propia imagen de contenido sexual será "
           "castigado con multa de tres meses.\n",
     {("victim-non-criminalisation", "punishes-self-images", "contradicts")}, set()),
    # An exception for children's own images is the opposite of a contradiction.
    ("de", "Gesetz\n\n§ 184b Kinderpornographische Inhalte\n(5) Absatz 1 Satz 1 Nummer 3 ist nicht anzuwenden auf "
           "Handlungen von Kindern, die ausschließlich zum persönlichen Gebrauch kinderpornographische Inhalte von "
           "sich selbst herstellen.\n",
     {("victim-non-criminalisation", "self-generated-private-use", "supports")},
     {("victim-non-criminalisation", "punishes-self-images", "contradicts")}),
    # The child as victim, not offender: an adult inciting a minor to acts "sur lui-même".
    ("fr", "Code\n\nArticle 22-2\nLe fait pour un majeur d'inciter un mineur à commettre des actes de nature "
           "sexuelle sur lui-même est puni de sept ans d'emprisonnement.\n",
     set(), {("victim-non-criminalisation", "punishes-self-images", "contradicts")}),
    # A period "at any time within six years" is the opposite of no limitation.
    ("en", "Act\n\n21 Limitation\nProceedings for an offence against a child under this Act may be instituted at "
           "any time within, but not later than, six years after the prescription period began.\n",
     set(), {("limitation-periods", "no-limitation", "supports")}),
    ("en", "Act\n\n21 Limitation\nNo limitation period applies: an indictment for a sexual offence against a child "
           "may be found at any time.\n",
     {("limitation-periods", "no-limitation", "supports")}, set()),
    # rubric 1.5.0: facilitating or permitting written into an offence is partial complicity.
    ("en", "Act\n\n50 Arranging child sexual exploitation\nA person commits an offence if he intentionally "
           "arranges or facilitates the sexual exploitation of a child.\n",
     {("attempt-complicity", "built-in-participation", "supports")},
     {("attempt-complicity", "complicity", "supports")}),
    ("es", "Código\n\nArtículo 219A.\nEl que facilite la explotación sexual de menores de dieciocho años "
           "incurrirá en prisión de diez a catorce años.\n",
     {("attempt-complicity", "built-in-participation", "supports")}, set()),
    ("de", "Gesetz\n\n§ 180 Förderung sexueller Handlungen Minderjähriger\n(1) Wer sexuellen Handlungen einer "
           "Person unter sechzehn Jahren durch Gewährung von Gelegenheit Vorschub leistet, wird mit Freiheitsstrafe "
           "bis zu drei Jahren bestraft.\n",
     {("attempt-complicity", "built-in-participation", "supports")}, set()),
    # A procedure that "facilitates" a hearing is not participation in an offence.
    ("en", "Act\n\n12 Testimony of a child\nThe court facilitates the testimony of a child victim of sexual "
           "abuse by closed-circuit television.\n",
     set(), {("attempt-complicity", "built-in-participation", "supports")}),
    # rubric 1.5.0: national drafting of other civil-law countries, on our own sentences.
    # Swiss: "actes d'ordre sexuel avec des mineurs", "peine privative de liberté ... ou peine pécuniaire".
    ("fr", "Code\n\nArt. 197 Pornographie\n4 Quiconque fabrique ou met en circulation des objets ou représentations "
           "ayant comme contenu des actes d'ordre sexuel avec des mineurs est puni d'une peine privative de liberté "
           "de cinq ans au plus ou d'une peine pécuniaire.\n",
     {("csam-offences", "production", "supports"), ("proportionate-penalties", "imprisonment", "supports"),
      ("proportionate-penalties", "fine-as-alternative", "narrows")}, set()),
    ("fr", "Code\n\nArt. 102 Punissabilité de l'entreprise\n1 Un crime commis au sein d'une entreprise est imputé à "
           "l'entreprise s'il ne peut être imputé à aucune personne physique. L'entreprise est punie d'une amende.\n",
     {("corporate-liability", "legal-persons-liable", "supports"), ("corporate-liability", "criminal-liability", "supports")},
     set()),
    # Austrian: "unmündig" (under 14), a meeting proposed "durch ein Computersystem".
    ("de", "Gesetz\n\n§ 208a. Anbahnung von Sexualkontakten zu Unmündigen\n(1) Wer einer unmündigen Person durch ein "
           "Computersystem ein persönliches Treffen vorschlägt, ist mit Freiheitsstrafe bis zu zwei Jahren zu bestrafen.\n",
     {("grooming", "solicitation-for-sexual-purpose", "supports"), ("grooming", "online-means", "supports"),
      ("grooming", "lower-age-threshold", "narrows")}, set()),
    # Argentine: "Será reprimido con prisión ... el que", "toda representación de un menor ... actividades sexuales explícitas".
    ("es", "Código\n\nARTICULO 128.- Será reprimido con prisión de tres (3) a seis (6) años el que produjere o "
           "distribuyere toda representación de un menor de dieciocho (18) años dedicado a actividades sexuales "
           "explícitas.\n",
     {("csam-offences", "production", "supports"), ("csam-offences", "distribution", "supports")}, set()),
    # Portuguese: "Quem ... é punido com pena de prisão", "fotografia, filme ou gravação pornográficos".
    ("pt", "Código\n\nArtigo 176.º\nPornografia de menores\n1 - Quem utilizar menor em fotografia, filme ou gravação "
           "pornográficos é punido com pena de prisão de um a cinco anos.\n",
     {("csam-offences", "production", "supports"), ("proportionate-penalties", "imprisonment", "supports")}, set()),
    # rubric 1.5.0: advertising in a list of acts on material depicting children is the advertising ban.
    ("en", "Act\n\n67 Punishment\nWhoever advertises, promotes, exchanges or distributes material in any electronic "
           "form depicting children in a sexually explicit manner shall be punished with imprisonment.\n",
     {("prevention", "advertising-ban", "supports")}, set()),
    # rubric 1.5.0: drafting styles of other common-law countries. "It shall be unlawful for any
    # person: (a) To produce ..." and penalties named "reclusion perpetua" (Philippine statutes),
    # "has in his or her possession" (gender-neutral drafting).
    ("en", "Act\n\nSection 4. Unlawful Acts. - It shall be unlawful for any person:\n(a) To produce any form of "
           "child sexual abuse material;\n(b) To sell any form of child sexual abuse material.\n",
     {("csam-offences", "production", "supports"), ("csam-offences", "offer-sale", "supports")}, set()),
    ("en", "Act\n\nSection 15. Penalties. - Any person who produces child sexual abuse material shall suffer the "
           "penalty of reclusion perpetua.\n",
     {("proportionate-penalties", "imprisonment", "supports")}, set()),
    ("en", "Act\n\n16 Child pornography\nAny person who has in his or her possession any obscene drawing which "
           "depicts the image of any child is guilty of an offence.\n",
     {("csam-offences", "possession", "supports")}, set()),
    # rubric 1.5.0: material that advocates or incites child sexual abuse catches some abuse
    # guides (partial credit for manuals), in the drafting of a definition or of an offence.
    ("en", "Act\n\n163 Child pornography\n(1) In this section, child pornography means any written material that "
           "advocates or counsels sexual activity with a person under the age of eighteen years.\n",
     {("csam-ai-tools", "promoting-material", "supports")}, {("csam-ai-tools", "manuals-guides", "supports")}),
    ("es", "Código\n\nArtículo 9.\nLa difusión pública de contenidos específicamente destinados a promover la "
           "explotación sexual de menores de edad será castigada con la pena de prisión de uno a tres años.\n",
     {("csam-ai-tools", "promoting-material", "supports")}, set()),
    ("pt", "Lei\n\nArt. 9. Divulgar vídeo que faça apologia de crime de abuso sexual de criança:\n"
           "Pena - reclusão, de 1 (um) a 5 (cinco) anos.\n",
     {("csam-ai-tools", "promoting-material", "supports")}, set()),
    # Without the subject (no child sexual abuse named), promoting a crime is not this.
    ("fr", "Code\n\nArticle 9\nLe fait de provoquer directement à commettre un vol est puni de cinq ans "
           "d'emprisonnement.\n",
     set(), {("csam-ai-tools", "promoting-material", "supports")}),
    # rubric 1.5.0: what does not lapse must be an offence; the enforcement of a sentence is not prosecution.
    ("de", "Gesetz\n\n§ 78 Verjährungsfrist\n(2) Verbrechen nach § 211 (Mord) verjähren nicht.\n",
     {("limitation-periods", "no-limitation", "supports")}, set()),
    ("de", "Gesetz\n\n§ 79 Verjährungsfrist\n(2) Die Vollstreckung von lebenslangen Freiheitsstrafen verjährt nicht.\n",
     set(), {("limitation-periods", "no-limitation", "supports")}),
    # A general suspension says nothing of the victim's age: general rules, partial credit.
    ("de", "Gesetz\n\n§ 32 Ruhen der Verfolgungsverjährung\n(1) Die Verjährung ruht, solange nach dem Gesetz die "
           "Verfolgung nicht begonnen werden kann.\n",
     {("limitation-periods", "periods-running-interruption", "supports")},
     {("limitation-periods", "delayed-start", "supports")}),
    ("fr", "Code\n\nArticle 9-1\nLe délai de prescription de l'infraction occulte court à compter du jour où "
           "l'infraction est apparue.\n",
     {("limitation-periods", "periods-running-interruption", "supports")},
     {("limitation-periods", "delayed-start", "supports")}),
    # Prescription running from the day the victim comes of age, as a French code may phrase it.
    ("fr", "Code\n\nArticle 21\nL'action publique des crimes commis contre un mineur se prescrit par trente ans à "
           "compter du jour où celui-ci atteint l'âge de dix-huit ans.\n",
     {("limitation-periods", "delayed-start", "supports")}, set()),
    # Seizure and forfeiture in the participle forms Portuguese codes use ("apreendidos",
    # "declarados perdidos em favor de").
    ("pt", "Lei\n\nArt. 40. Os computadores e demais equipamentos utilizados na prática dos crimes desta Lei serão "
           "apreendidos pela autoridade policial e, com o trânsito em julgado da condenação, declarados perdidos em "
           "favor do Estado, assim como o proveito auferido pelo agente.\n",
     {("seizure-confiscation", "seizure", "supports"), ("seizure-confiscation", "instrumentalities", "supports"),
      ("seizure-confiscation", "proceeds", "supports")}, set()),
    # The general participation formula "quem, de qualquer modo, concorre".
    ("pt", "Lei\n\nArt. 29. Quem, de qualquer modo, concorre para a prática dos crimes previstos neste Capítulo "
           "incide nas penas a estes cominadas, na medida de sua culpabilidade.\n",
     {("attempt-complicity", "complicity", "supports")}, set()),
    # A child exempted from a socio-educational measure is not dealt with by juvenile justice only.
    ("pt", "Lei\n\nArt. 30. O adolescente vítima de exploração sexual é considerado vítima e não será processado nem "
           "submetido a medida socioeducativa pelos atos praticados em decorrência da exploração.\n",
     set(), {("victim-non-criminalisation", "juvenile-justice-only", "narrows")}),
    # Possession as nouns ("la détention d'un enregistrement", "l'acquisition").
    ("fr", "Code\n\nArticle 227-24\nL'acquisition ou la détention d'un enregistrement pédopornographique est punie de "
           "cinq ans d'emprisonnement et de 75 000 euros d'amende.\n",
     {("csam-offences", "possession", "supports")}, set()),
    # Buying sexual acts from a minor "en contrepartie d'un avantage quelconque".
    ("fr", "Code\n\nArticle 225-12-1\nLe fait d'obtenir d'un mineur des rapports de nature sexuelle en contrepartie "
           "d'un avantage quelconque est puni de cinq ans d'emprisonnement.\n",
     {("child-prostitution", "buyer-offence", "supports"), ("child-prostitution", "any-consideration", "supports")},
     set()),
    # Online contact as a noun phrase ("establezca contacto con un menor").
    ("es", "Código\n\nArtículo 183 ter.\nEl que, a través de internet o de cualquier otra tecnología de la información, "
           "entable contacto con una persona menor de dieciséis años con fines sexuales será castigado con la pena de "
           "prisión de uno a tres años.\n",
     {("grooming", "solicitation-for-sexual-purpose", "supports"), ("grooming", "online-means", "supports")}, set()),
    # Rubric 1.4.0. The UK drafting style: "it is an offence for a person to take ...", infinitive
    # acts, an age written "B is under 18", amendment and extent markers glued to the words.
    ("en", "Act\n\n1 Indecent images of childrenE+W\n(1)[F1Subject to section 2,] it is an offence for a person to "
           "take [F2or to make] an indecent photograph of a child, or to have such photographs in his possession.\n",
     {("csam-offences", "production", "supports"), ("csam-offences", "possession", "supports")}, set()),
    ("en", "Act\n\n4 Buying sexual servicesE+W\n(1) A person (A) commits an offence if he obtains for himself the "
           "sexual services of another person (B), having promised payment for them, and B is under 18.\n",
     {("child-prostitution", "buyer-offence", "supports")}, set()),
    ("en", "Act\n\n2 Advertising\nIt is an offence for a person to publish an advertisement conveying that the "
           "advertiser distributes or shows indecent photographs of children.\n",
     {("csam-offences", "offer-sale", "supports"), ("prevention", "advertising-ban", "supports")}, set()),
    ("en", "Act\n\n9 Meaning of exploitation\nA child is sexually exploited if an indecent image of the child is "
           "recorded, streamed or otherwise transmitted.\n",
     {("live-streaming", "live-transmission", "supports")}, set()),
    # Contact with sexual purposes through any means of communication (the offence of using
    # communication means to obtain sexual contact with minors).
    ("es", "Código\n\nArtículo 30. El que utilice la telefonía o cualquier medio de comunicación para obtener o "
           "solicitar contacto con fines sexuales con personas menores de 18 años incurrirá en prisión de diez a "
           "catorce años.\n",
     {("grooming", "solicitation-for-sexual-purpose", "supports"), ("grooming", "online-means", "supports")}, set()),
    # The material described inside the offence; "reales" confines it to real children.
    ("es", "Código\n\nArtículo 31. Pornografía con menores. El que produzca o distribuya por cualquier medio representaciones reales de "
           "actividad sexual que involucre a una persona menor de 18 años incurrirá en prisión de diez a veinte años.\n",
     {("csam-definition", "sexual-activity-depiction", "supports"), ("csam-ai-generated", "real-child-required", "narrows")},
     {("csam-ai-generated", "non-photographic", "supports")}),
    # Handing a child over to another person for money, outside the adoption procedures.
    ("es", "Código\n\nArtículo 32. Los que, mediante compensación económica, entreguen a otra persona un hijo "
           "eludiendo los procedimientos legales de la adopción serán castigados con prisión de uno a cinco años.\n",
     {("sale-of-children", "illegal-adoption", "supports"), ("sale-of-children", "transfer-for-consideration", "supports")},
     set()),
    # Participation "de cualquier forma" in the exploitation of a minor; an offence against
    # children under fourteen is not a rule on the criminal responsibility of minors.
    ("es", "Código\n\nArtículo 33. El que organice, facilite o participe de cualquier forma en la explotación sexual "
           "de un menor de catorce años, o en la producción de pornografía infantil, incurrirá en prisión.\n",
     {("attempt-complicity", "complicity", "supports")},
     {("victim-non-criminalisation", "juvenile-justice-only", "narrows")}),
    # "Comunicación pública" (copyright) is not a report to the authorities.
    ("es", "Ley\n\nArtículo 34. El prestador de servicios de la sociedad de la información que facilite la "
           "comunicación pública de contenidos ilícitos en internet deberá retirarlos.\n",
     set(), {("provider-reporting-removal", "report-to-authorities", "supports")}),
    # The general part of a penal code: the offender's rehabilitation, a ban on public grants as a
    # penalty, the accused being heard, a suspension decided "con la mayor urgencia" are not
    # victim support or child-sensitive justice; the victim's recovery and hearing the child are.
    ("es", "Código\n\nArtículo 35. El juez podrá condicionar la suspensión de la pena a programas de rehabilitación "
           "del penado y a la prohibición de obtener subvenciones y ayudas públicas; en el proceso será oído el reo y "
           "el juez resolverá con la mayor urgencia, respetando el derecho de la víctima.\n",
     set(), {("victim-support-compensation", "recovery-reintegration", "supports"),
             ("victim-support-compensation", "state-interim-reparation", "supports"),
             ("child-sensitive-justice", "information-participation", "supports"),
             ("child-sensitive-justice", "no-undue-delay", "supports")}),
    ("es", "Ley\n\nArtículo 36. Las administraciones garantizarán la recuperación física y psicológica de la víctima "
           "menor de edad. En el proceso, la víctima será oída y podrá estar acompañada por su representante legal.\n",
     {("victim-support-compensation", "recovery-reintegration", "supports"),
      ("child-sensitive-justice", "information-participation", "supports"),
      ("child-sensitive-justice", "support-in-proceedings", "supports")}, set()),
    # Sexual conduct as Latin American codes name it ("acceso carnal", "actos sexuales") is the
    # sexual-exploitation facet.
    ("es", "Código\n\nArtículo 37. El que realice actos sexuales con persona menor de catorce años incurrirá en "
           "prisión de nueve a trece años.\n",
     {("proportionate-penalties", "imprisonment", "supports")}, set()),
    # Keeping premises where minors take part in sexual acts, and sex tourism with minors.
    ("es", "Código\n\nArtículo 39. El que administre o financie casa o establecimiento para el comercio carnal "
           "en que participen menores de edad incurrirá en prisión de diez a catorce años.\n",
     {("child-prostitution", "procure-provide", "supports")}, set()),
    ("es", "Código\n\nArtículo 40. Turismo sexual. El que organice o promueva actividades turísticas que incluyan la "
           "utilización sexual de menores de edad incurrirá en prisión de cuatro a ocho años.\n",
     {("child-prostitution", "procure-provide", "supports")}, set()),
    # "No double criminality" is the opposite of a double-criminality requirement.
    ("en", "Act\n\n18 Offences outside the State\n[No double criminality]\n(1) A citizen who, outside the State, "
           "commits an act against a child that would be an offence under this Act may be prosecuted whether or not "
           "the act is an offence under the law of the place where it was committed.\n",
     {("extraterritorial-jurisdiction", "double-criminality-waived", "supports")},
     {("extraterritorial-jurisdiction", "double-criminality-required", "narrows")}),
    # rubric 1.6.0: Swiss drafting, on our own sentences.
    ("fr", "Code\n\nArt. 22 Tentative\n2 Pour les infractions contre les enfants, la tentative d'un délit n'est "
           "punissable que pour les actes visés aux art. 187 et 195.\n",
     {("attempt-complicity", "attempt-limited", "narrows")}, set()),
    ("fr", "Code\n\nArt. 196 Actes contre rémunération\nQuiconque commet un acte d'ordre sexuel avec un mineur en "
           "échange d'une rémunération ou de tout autre avantage est puni d'une peine privative de liberté.\n",
     {("child-prostitution", "buyer-offence", "supports"), ("child-prostitution", "any-consideration", "supports")}, set()),
    ("fr", "Code\n\nArt. 197a Sollicitation\nQuiconque, au moyen d'un réseau informatique, propose une rencontre à un "
           "mineur dans le dessein de commettre un acte d'ordre sexuel est puni.\n",
     {("grooming", "solicitation-for-sexual-purpose", "supports"), ("grooming", "online-means", "supports")}, set()),
    ("fr", "Code\n\nArt. 197b Chantage\n1 Quiconque, en menaçant de rendre accessibles à des tiers des images à "
           "caractère sexuel de la victime, l'amène à lui transmettre d'autres images à caractère sexuel est puni.\n"
           "2 Si la victime est mineure, la peine est aggravée.\n",
     {("sexual-extortion", "sexual-images-as-leverage", "supports"), ("sexual-extortion", "sexual-demand", "supports"),
      ("sexual-extortion", "child-aggravation", "supports")}, set()),
    # The minor qualified by an age, the material described at length, a reference inside: still one sentence.
    ("fr", "Code\n\nArt. 197 Pornographie\n7 Le mineur âgé de plus de 16 ans qui fabrique, possède ou transmet à un "
           "autre mineur des images au sens de l'art. 110, al. 2, le montrant lui-même est puni de l'amende.\n",
     {("victim-non-criminalisation", "punishes-self-images", "contradicts")}, set()),
    ("fr", "Code\n\nArt. 7 Crimes à l'étranger\nLe présent code est applicable à quiconque commet un crime à "
           "l'étranger si l'acte est aussi punissable dans l'Etat où il a été commis.\n",
     {("extraterritorial-jurisdiction", "double-criminality-required", "narrows")}, set()),
    ("fr", "Code\n\nArt. 97 Prescription\n2 En cas d'actes d'ordre sexuel avec des enfants, la prescription court "
           "en tout cas jusqu'au jour où la victime a 25 ans.\n",
     {("limitation-periods", "delayed-start", "supports")}, set()),
    ("fr", "Code\n\nArt. 71 Séquestre\n2 Les objets et les valeurs patrimoniales qui sont le résultat d'une "
           "infraction peuvent être placés sous séquestre en vue de leur confiscation.\n",
     {("seizure-confiscation", "seizure", "supports"), ("seizure-confiscation", "proceeds", "supports")}, set()),
    ("fr", "Code\n\nArt. 102 Entreprise\n2 L'entreprise est punie s'il doit lui être reproché de ne pas avoir pris "
           "toutes les mesures d'organisation raisonnables pour empêcher l'infraction.\n",
     {("corporate-liability", "compliance-defence", "narrows")}, set()),
    ("fr", "Code\n\nArt. 73 Allocation au lésé\nLe juge alloue au lésé le montant de l'amende jusqu'à concurrence "
           "des dommages-intérêts fixés par le jugement.\n",
     {("victim-support-compensation", "compensation-procedure", "supports")}, set()),
    # Argentine drafting: ages written "dieciséis (16) años", interviews of child victims, a minor punished
    # for images of themselves.
    ("es", "Código\n\nARTICULO 131.- Será reprimido con prisión de seis (6) meses a cuatro (4) años el que, por medio de "
           "comunicaciones electrónicas, contactare a una persona menor de dieciséis (16) años con el propósito de "
           "cometer cualquier delito contra su integridad sexual.\n",
     {("grooming", "lower-age-threshold", "narrows")}, set()),
    ("es", "Ley\n\nARTICULO 5°.- Declaración de la víctima. La entrevista de la niña o niño víctima será realizada por un "
           "psicólogo especializado, sin la presencia del imputado, y registrada en soporte audiovisual.\n",
     {("child-sensitive-justice", "adapted-testimony", "supports")}, set()),
    ("es", "Código\n\nARTICULO 128.- Cuando el autor de alguna de las conductas de este artículo fuere una persona menor "
           "de dieciocho (18) años y las representaciones sexuales lo mostraren a sí mismo, será reprimido con multa.\n",
     {("victim-non-criminalisation", "punishes-self-images", "contradicts")}, set()),
    # Austrian drafting: participation in the general part, "Darstellungen ... sind", extortion by a threat to publish.
    ("de", "Gesetz\n\n§ 12. Beteiligung an der Tat\nNicht nur der unmittelbare Täter begeht die strafbare Handlung, "
           "sondern auch jeder, der einen anderen dazu veranlasst oder der sonst zu ihrer Ausführung beiträgt.\n",
     {("attempt-complicity", "complicity", "supports")}, set()),
    ("de", "Gesetz\n\n§ 107d. Sexuelle Erpressung\n(1) Wer eine Person durch die Drohung, eine Bildaufnahme ihres "
           "Intimbereichs zu veröffentlichen, zur Übermittlung weiterer solcher Aufnahmen nötigt, ist mit Freiheitsstrafe "
           "bis zu drei Jahren zu bestrafen.\n",
     {("sexual-extortion", "sexual-images-as-leverage", "supports"), ("sexual-extortion", "sexual-demand", "supports")},
     set()),
    ("de", "Gesetz\n\n§ 65. Taten im Ausland\n(1) Für Taten im Ausland gelten die Strafgesetze, sofern die Taten auch "
           "nach den Gesetzen des Tatorts mit Strafe bedroht sind und der Täter Staatsbürger ist.\n",
     {("extraterritorial-jurisdiction", "double-criminality-required", "narrows")}, set()),
    # European Portuguese: a fine as the alternative penalty, a compliance programme, a minor punished for
    # material showing himself.
    ("pt", "Código\n\nArtigo 176.º\nPornografia de menores\n4 - Quem detiver material pornográfico de menor é punido "
           "com pena de prisão até dois anos ou com pena de multa.\n6 - O menor com idade igual ou superior a dezasseis "
           "anos que produza material pornográfico em que figure ele próprio é punido com pena de multa.\n",
     {("proportionate-penalties", "fine-as-alternative", "narrows"),
      ("victim-non-criminalisation", "punishes-self-images", "contradicts")}, set()),
    # Irish drafting: the client "in return for giving ... payment", a fine as an alternative on indictment.
    ("en", "Act\n\n3. Child prostitution\n(2) A person who engages in a sexual act with a child in return for giving, "
           "or promising to give, payment to any person shall be guilty of an offence and shall be liable on "
           "conviction on indictment to a fine or imprisonment for a term not exceeding 10 years or both.\n",
     {("child-prostitution", "buyer-offence", "supports"), ("proportionate-penalties", "fine-as-alternative", "narrows")},
     set()),
    # New Zealand drafting: abuse material is an "objectionable publication"; charges "may be filed at any time".
    ("en", "Act\n\n124 Offences involving objectionable publications\n(1) Every one is liable to imprisonment for a "
           "term not exceeding 14 years who makes, imports, distributes or sells an objectionable publication.\n",
     {("csam-offences", "production", "supports"), ("csam-offences", "import-export", "supports")}, set()),
    ("en", "Act\n\n375A Time for filing charges\n(1) A charging document for an offence against a child may be "
           "filed at any time.\n",
     {("limitation-periods", "no-limitation", "supports")}, set()),
    # Mexican drafting: "Comete el delito de ... quien", sale "a cambio de un pago".
    ("es", "Código\n\nArtículo 204 Bis.- Comete el delito de venta de personas menores de dieciocho años quien "
           "entregue o reciba a una persona menor de edad a cambio de un pago. Se impondrá pena de diez años de prisión.\n",
     {("sale-of-children", "transfer-for-consideration", "supports")}, set()),
    # North African French: "fait des propositions de rencontre", companies only civilly liable.
    ("fr", "Code pénal\n\nArticle 503-3\nEst puni de l'emprisonnement de six mois à deux ans quiconque, au moyen d'un "
           "système d'information, fait des propositions de rencontre à un mineur dans le but de commettre une "
           "infraction sexuelle.\n",
     {("grooming", "solicitation-for-sexual-purpose", "supports")}, set()),
    ("fr", "Loi\n\nArticle 8\nLa personne morale pour le compte de laquelle l'infraction a été commise est civilement "
           "responsable des condamnations pécuniaires.\n",
     {("corporate-liability", "administrative-or-civil-only", "supports")}, set()),
    # Mexican: "persona moral", a fine in days as the alternative, double criminality "carácter de delito".
    ("es", "Código\n\nArtículo 202 Bis.- A quien posea material de abuso sexual de menores se le impondrá pena de uno a "
           "tres años de prisión o de cien a quinientos días multa.\n",
     {("proportionate-penalties", "fine-as-alternative", "narrows")}, set()),
    ("es", "Código\n\nArtículo 4.- Los delitos cometidos en territorio extranjero por un nacional serán penados en la "
           "República, siempre que la infracción tenga el carácter de delito en el país en que se ejecutó.\n",
     {("extraterritorial-jurisdiction", "double-criminality-required", "narrows")}, set()),
    # rubric 1.9.0: a defined term without "child" ("abuse material"), Indian-tradition fine alternative,
    # a due-diligence defence, a child punished for images of himself.
    ("en", "Code\n\n13A. \"abuse material\" means any photograph that depicts a person below 16 years of age.\n"
           "377BI. Any person who possesses abuse material shall be punished with imprisonment of up to 5 years, "
           "or with fine, or with both.\n",
     {("csam-offences", "possession", "supports"), ("proportionate-penalties", "fine-as-alternative", "narrows")}, set()),
    ("en", "Code\n\n377BM. A body corporate charged with an offence under this Chapter is to be acquitted if it "
           "shows that it took every reasonable step, with due diligence, to stop its officers committing it.\n",
     {("corporate-liability", "compliance-defence", "narrows")}, set()),
    ("en", "Code\n\nSec. 43.261. MINORS. An individual younger than 18 years of age commits an offense by sending "
           "visual material that shows a child engaged in sexual conduct, including material that shows the sender "
           "himself or herself.\n",
     {("victim-non-criminalisation", "punishes-self-images", "contradicts")}, set()),
    # US drafting: "Criminal attempt", and complicity "meaning to promote or assist the offense".
    ("en", "Code\n\nSec. 7.02. RESPONSIBILITY AS A PARTY. Criminal responsibility for an offense attaches to a "
           "person who, meaning to promote or assist the offense, helps the other person commit it.\n",
     {("attempt-complicity", "complicity", "supports")}, set()),
    # A wrapped line does not break a cue ("será\ncastigado"), nor does a Latin American ".-" heading end.
    ("es", "Ley\n\nArtículo 9°.- Agrégase al Código Penal el siguiente artículo:\n\"ARTÍCULO 287 quater. (Difusión "
           "no consentida de imágenes íntimas).- El que, con la intención de humillar, difundiere imágenes de "
           "contenido íntimo sin contar con su autorización, será\ncastigado con pena de prisión.\"\n",
     {("image-based-abuse", "non-consensual-sharing", "supports")}, set()),
    ("pt", "Lei\n\nArt. 9º As sanções deste artigo não afastam a responsabilidade penal das pessoas naturais "
           "envolvidas, e a pessoa jurídica responde pela multa administrativa.\n",
     set(), {("corporate-liability", "criminal-liability", "supports")}),
    ("fr", "Loi\n\nArticle 3\nLe fait pour un majeur d'entretenir des échanges avec un mineur de quinze ans dans le "
           "but de lui adresser des sollicitations à caractère sexuel est puni de quatre ans d'emprisonnement.\n",
     {("grooming", "solicitation-for-sexual-purpose", "supports")}, set()),
    # A threat to distribute an image is a threat, not a distribution (``absorbs``).
    ("en", "Act\n\n8 Threats\nAny person who threatens to distribute an intimate image of another person commits an "
           "offence and is liable to imprisonment for 5 years.\n",
     {("image-based-abuse", "threat-to-share", "supports")}, {("image-based-abuse", "non-consensual-sharing", "supports")}),
    ("de", "Gesetz\n\n§ 11 Begriffsbestimmungen\nKind ist, wer das vierzehnte Lebensjahr noch nicht vollendet hat; "
           "Jugendlicher ist, wer vierzehn, aber noch nicht achtzehn Jahre alt ist. Kinderpornographische Inhalte "
           "sind Bilder, die sexuelle Handlungen an einem Kind zeigen.\n",
     {("csam-definition", "lower-age-threshold", "narrows")}, {("csam-definition", "child-under-18", "supports")}),
    # rubric 1.10.0: wording from the blind styles of this round, one case per language at least.
    ("es", "Ley\n\nArtículo 3. Definiciones.\nLos términos siguientes tendrán el significado que se indica:\nb) Material "
           "de abuso sexual infantil: cualquier representación, sea cual sea su soporte, que muestre a una persona "
           "menor de edad en actividades sexuales explícitas.\n",
     {("csam-definition", "any-medium", "supports"), ("csam-definition", "sexual-activity-depiction", "supports")}, set()),
    ("es", "Ley\n\nArtículo 9.\nEn los delitos de este capítulo, el plazo de prescripción no empezará a correr hasta "
           "que la víctima cumpla treinta años.\n",
     {("limitation-periods", "delayed-start", "supports")}, set()),
    ("es", "Ley\n\nArtículo 12.\nLos prestadores de servicios digitales que conozcan la presencia de material de abuso "
           "sexual infantil deberán, sin esperar resolución judicial alguna, retirarlo y comunicar el hallazgo, junto "
           "con los datos de las cuentas, al Ministerio Fiscal.\n",
     {("provider-reporting-removal", "report-to-authorities", "supports")},
     {("provider-reporting-removal", "court-order-only", "narrows")}),
    ("pt", "Lei\n\nArtigo 174.º\nQuem, sendo maior, obtiver de menor a prática de ato sexual, oferecendo-lhe dinheiro ou outra vantagem, "
           "incorre em prisão de dois a oito anos.\n",
     {("child-prostitution", "buyer-offence", "supports"), ("proportionate-penalties", "imprisonment", "supports")}, set()),
    ("pt", "Lei\n\nArtigo 118.º\nTratando-se de crimes contra menor, o prazo de prescrição apenas se inicia na data em "
           "que o ofendido atinja os 23 anos de idade.\n",
     {("limitation-periods", "delayed-start", "supports")}, set()),
    ("de", "Gesetz\n\n§ 4 Hilfen für betroffene Kinder\nKinder, die sexuelle Gewalt erfahren haben, haben Anspruch auf "
           "traumatherapeutische Hilfe durch Fachberatungsstellen.\n",
     {("victim-support-compensation", "recovery-reintegration", "supports")}, set()),
    ("de", "Gesetz\n\n§ 9 Bußgeld\nOrdnungswidrig handelt auch, wer als Jugendlicher sexuelle Darstellungen seiner selbst "
           "im Internet zugänglich macht.\n",
     {("victim-non-criminalisation", "punishes-self-images", "contradicts")}, set()),
    ("fr", "Règlement\n\nArticle 3\nÉvaluation des risques\nLes fournisseurs recensent et évaluent, chaque année, le risque "
           "que leur service soit utilisé à des fins d'abus sexuels sur enfants.\n",
     {("business-due-diligence", "risk-assessment", "supports")}, set()),
    ("en", "Act\n\n20 Interpretation\nIn this Act, \"child\" means a person aged under 18, and \"indecent image of a "
           "child\" means an image which shows a child engaging in explicit sexual activity.\n",
     {("csam-definition", "child-under-18", "supports")}, set()),
    ("en", "Act\n\n16 Duties of providers\nA provider of a regulated service must carry out an assessment of the risk "
           "that children using the service will encounter indecent images of children.\n",
     {("business-due-diligence", "risk-assessment", "supports")}, set()),
    # Portuguese spelt before 1990 matches the rubric's modern spelling ("actividade", "colectivas").
    ("pt", "Lei\n\nArtigo 2.º\nDefinições\nPara efeitos da presente lei, entende-se por «material de abuso sexual de "
           "menores» qualquer representação, seja qual for o seu suporte, de um menor envolvido em actividade sexual "
           "explícita.\n\nArtigo 11.º\nResponsabilidade penal das pessoas colectivas\nPelos crimes previstos nesta lei "
           "respondem criminalmente as pessoas colectivas.\n",
     {("csam-definition", "sexual-activity-depiction", "supports"), ("csam-definition", "any-medium", "supports"),
      ("corporate-liability", "criminal-liability", "supports")}, set()),
    ("en", "Act\n\n7. Where a child of or above the age of fourteen years makes child sexual abuse material of himself "
           "and transmits it to another person, that child commits an offence and may be fined.\n",
     {("victim-non-criminalisation", "punishes-self-images", "contradicts")}, set()),
    ("de", "Gesetz\n\n§ 58. (3) In die Verjährungsfrist wird der Zeitraum nicht eingerechnet, bis das Opfer einer "
           "strafbaren Handlung nach den §§ 201 bis 207 sein 28. Lebensjahr vollendet hat.\n",
     {("limitation-periods", "delayed-start", "supports")}, set()),
    # Not the definition of an information society service: "a distancia y por vía electrónica".
    ("es", "Ley\n\nArtículo 2.\nPrestador: la persona que ofrece a distancia y por vía electrónica servicios a menores.\n",
     set(), {("live-streaming", "remote-direction", "supports")}),
    # Expectations an instrument itself declares not binding narrow the duties it lists.
    ("en", "Determination\n\n5 Status of the expectations\nA provider of a social media service must carry out a risk "
           "assessment each year. An expectation in this instrument does not impose a duty on a provider.\n",
     {("business-due-diligence", "risk-assessment", "supports"), ("business-due-diligence", "voluntary-only", "narrows")},
     set()),
    ("pt", "Decreto\n\nArtigo 13.º\nAvaliação e mitigação de riscos\n1 — Os prestadores de serviços acessíveis a crianças "
           "avaliam, pelo menos uma vez por ano, os riscos de abuso sexual de crianças.\n2 — Os prestadores adotam medidas "
           "de redução dos riscos, incluindo definições de privacidade por defeito.\n",
     {("business-due-diligence", "risk-assessment", "supports"),
      ("business-due-diligence", "mitigation-by-design", "supports")}, set()),
    # Brazilian drafting names child prostitution as facilitating a child's sexual exploitation.
    ("pt", "Lei\n\nArt. 221-A. Induzir, recrutar ou facilitar a exploração sexual de criança ou adolescente:\n"
           "Pena - reclusão, de 5 (cinco) a 11 (onze) anos.\n",
     {("child-prostitution", "procure-provide", "supports")}, set()),
    # A regulator named by its powers over providers, and a definition "au sens du présent règlement".
    ("fr", "Règlement\n\nArt. 2.\nAu sens du présent règlement, on entend par « contenu d'abus sexuel sur mineur »: "
           "toute représentation d'un mineur prenant part à une activité sexuelle explicite.\n\nArt. 11.\nL'Autorité "
           "peut exiger d'un fournisseur de services en ligne tout renseignement.\n",
     {("csam-definition", "sexual-activity-depiction", "supports"),
      ("regulatory-oversight", "designated-regulator", "supports")}, set()),
    # Austrian youth-protection drafting: "junge Menschen" are the children it protects; an evaluation
    # of the measures' "Wirksamkeit"; voluntary commitments in the plural.
    ("de", "Landesgesetz\n\n§ 12\nHilfen\nJunge Menschen, die von sexueller Gewalt betroffen sind, haben Anspruch auf "
           "Hilfen zu ihrer Genesung und Wiedereingliederung.\n\n§ 17\nEvaluierung\nDie Landesregierung hat die "
           "Wirksamkeit der Maßnahmen zum Schutz junger Menschen alle drei Jahre bewerten zu lassen.\n\n§ 18\n"
           "Anbieter\nFür digitale Dienste fördert das Land freiwillige Selbstverpflichtungen der Anbieter.\n",
     {("victim-support-compensation", "recovery-reintegration", "supports"),
      ("monitoring-assessment", "periodic-evaluation", "supports"),
      ("business-due-diligence", "voluntary-only", "narrows")}, set()),
    # As in English: an image "of himself" made under coercion is no private-use exception; an image
    # kept "para uso exclusivamente próprio" is one.
    ("pt", "Lei\n\nArt. 9.º O menor que seja vítima destes crimes não é punível pelos factos praticados em consequência "
           "da exploração, designadamente pela produção ou envio de imagens de si próprio obtidas mediante ameaça.\n",
     {("victim-non-criminalisation", "non-punishment-clause", "supports")},
     {("victim-non-criminalisation", "self-generated-private-use", "supports")}),
    ("es", "Ley\n\nArtículo 262. No es punible el adolescente que produzca o conserve imágenes de contenido sexual de sí "
           "mismo para su uso exclusivamente privado.\n",
     {("victim-non-criminalisation", "self-generated-private-use", "supports")}, set()),
    # The adult who asks a child for an image "of himself or herself" is "that person": no child is
    # punished for images of themselves.
    ("en", "Bill\n\n5   Sexual communication with a child\n(1) Where a person aged 18 or over sends to a child under 16 "
           "a communication which asks the child to send a sexual image of himself or herself, that person commits an "
           "offence.\n",
     set(), {("victim-non-criminalisation", "punishes-self-images", "contradicts")}),
    # Honduran-style drafting: a threat in the subjunctive ("amenace"), securing devices
    # ("aseguramiento de los dispositivos"), a client's consideration "entregada o prometida", a request
    # for images ("pida ... que le remita imágenes") protecting any "persona menor de edad".
    ("es", "Decreto\n\nARTÍCULO 264.- Quien realice actos sexuales con una persona menor de edad a cambio de una "
           "ventaja entregada o prometida a ella o a un tercero, será sancionado con prisión de ocho años.\n\n"
           "ARTÍCULO 266-B.- Quien, por medio de tecnologías de la información, mantenga comunicación con una persona "
           "menor de edad con el propósito de cometer contra ella un delito sexual será sancionado con prisión de tres "
           "años. Con la misma pena será sancionado quien pida a una persona menor de edad que le "
           "remita imágenes de contenido sexual. La pena se aumentará cuando la víctima sea menor de catorce (14) "
           "años.\n\nARTÍCULO 266-C.- Quien amenace a una persona menor de edad con difundir imágenes de contenido "
           "sexual en que ella aparezca, para obligarla a entregar nuevo material, será sancionado con prisión de "
           "seis años.\n\nARTÍCULO 266-H.- El juez podrá ordenar el aseguramiento de los dispositivos relacionados "
           "con los delitos de este Capítulo.\n",
     {("child-prostitution", "buyer-offence", "supports"), ("grooming", "sexual-communication", "supports"),
      ("grooming", "protects-under-18", "supports"), ("sexual-extortion", "sexual-images-as-leverage", "supports"),
      ("seizure-confiscation", "seizure", "supports")}, set()),
    # A bilingual definition: the defined terms, then their French forms in brackets, "include" an
    # organization; a provider "not guilty ... only because it transmits or stores" is immune.
    ("en", "Code\n\n2 In this Act, \"every one\" and \"person\" (quiconque et personne) include the Crown and an "
           "organization.\n\n15 Providers of online services\nA provider of an online service is not guilty of an "
           "offence under section 3 only because it transmits or stores information containing an indecent image of a "
           "child, where the provider did not know of it.\n",
     {("corporate-liability", "person-includes-corporation", "supports"),
      ("corporate-liability", "intermediary-immunity", "narrows")}, set()),
    # A request "solliciter d'un mineur" is solicitation; a sexual content that "reproduit l'image ...
    # d'une personne" is a fabricated intimate image.
    ("fr", "Code\n\nArticle 228-7\nLe fait pour un majeur de solliciter d'un mineur de quinze ans des relations de "
           "nature sexuelle, par un service de communication électronique, est puni de deux ans d'emprisonnement.\n\n"
           "Article 226-2-2\nEst puni de deux ans d'emprisonnement le fait de produire un contenu sexuel qui reproduit "
           "l'image, le corps ou la voix d'une personne sans l'accord de celle-ci.\n",
     {("grooming", "solicitation-for-sexual-purpose", "supports"),
      ("image-based-abuse", "altered-or-fabricated", "supports")}, set()),
    # Definitions drafted "Pour l'application de la présente section, constitue ..." and
    # "Eine Missbrauchsdarstellung ist ein Inhalt, der ...".
    ("fr", "Code\n\nArticle 228-4\nPour l'application de la présente section, constitue une image pédopornographique "
           "toute image, quel qu'en soit le support, représentant un mineur qui participe à une activité sexuelle "
           "explicite.\n",
     {("csam-definition", "@anchor:1", "supports")}, set()),
    ("de", "Gesetz\n\n§ 184b\nMissbrauchsdarstellungen\n(1) Eine Missbrauchsdarstellung ist ein Inhalt, der eine Person "
           "unter achtzehn Jahren bei sexuellen Handlungen zeigt.\n",
     {("csam-definition", "@anchor:1", "supports")}, set()),
    # Round 19 (rubric 1.17.0): the client drafted by what he gives ("gives, offers or promises ... as
    # payment for sexual conduct", "obtient ... des actes de nature sexuelle en échange d'un avantage");
    # "has not yet turned 18", "n'a pas encore dix-huit ans"; a publication ban drafted from the
    # identification; proceeds "obtained as a result of or in connection with the offence"; codes
    # "binding on" providers.
    ("en", "Model Act\n\nSECTION 6. COMMERCIAL SEXUAL EXPLOITATION OF A CHILD. (a) A person commits an offence if the person provides or promises "
           "money to a child or to another person as payment for sexual conduct with the child.\n\nSECTION 7. "
           "PUBLICATION. (a) In proceedings for an offence under this Act, nothing likely to identify the child "
           "complainant may be published or broadcast.\n\nSECTION 8. FORFEITURE. (a) The court may order the "
           "confiscation of any property obtained as a result of or in connection with the offence.\n\nSECTION 9. "
           "CODES. (a) The Online Safety Commission may make codes binding on providers of online services.\n",
     {("child-prostitution", "buyer-offence", "supports"), ("child-sensitive-justice", "privacy-identity", "supports"),
      ("seizure-confiscation", "proceeds", "supports"), ("regulatory-oversight", "binding-codes", "supports")}, set()),
    ("en", "Act\n\n2 Definitions\nIn this Act, \"child\" means an individual who has not yet turned 18, and \"child "
           "sexual abuse material\" means any visual depiction of a child engaged in sexual activity.\n",
     {("csam-definition", "child-under-18", "supports")}, set()),
    # A note or an example printed inside a section explains it and enacts nothing: no cue is read
    # there ("Note / Victims may seek compensation orders under ...", "Note: ...").
    ("en", "Crimes Act\n\n53V  Rectification orders\n  A court that finds a person guilty of an offence against "
           "section 53U may order the person to delete every copy of the intimate image.\n\n  Note\n  Victims may "
           "seek compensation orders for their loss and recovery under Part 4 of the Sentencing Act.\n\n"
           "53W  Offences against children\nNote: Offenders may be placed on the register of sex offenders and "
           "barred from working with children.\n",
     set(), {("victim-support-compensation", "compensation-procedure", "supports"),
             ("victim-support-compensation", "recovery-reintegration", "supports"),
             ("prevention", "perpetrator-prevention", "supports")}),
    # Non-punishment clauses from round 20: "No prosecution ... lies against", "ne peut être ni poursuivi",
    # "no podrá ser investigado ni sancionado", "não responde por ato infracional".
    ("en", "Code\n\n286.3 Immunity\nNo prosecution under this Act lies against a person for offering or providing "
           "their own sexual services while under eighteen years of age.\n",
     {("victim-non-criminalisation", "non-punishment-clause", "supports")}, set()),
    ("fr", "Loi\n\nArticle 12 : De la non-punition de l'enfant victime\nL'enfant victime d'exploitation sexuelle ne "
           "peut être ni poursuivi ni sanctionné pour sa participation à des actes de prostitution.\n",
     {("victim-non-criminalisation", "non-punishment-clause", "supports")}, set()),
    ("es", "Ley\n\nArtículo 13°. Condición de víctima. El niño, niña o adolescente utilizado en la explotación sexual "
           "tendrá la calidad de víctima y no podrá ser investigado por los actos realizados como consecuencia de su "
           "explotación.\n",
     {("victim-non-criminalisation", "non-punishment-clause", "supports")}, set()),
    ("pt", "Lei\n\nArt. 3º O adolescente submetido a exploração sexual é vítima e não responde por ato infracional "
           "praticado no contexto da exploração.\n",
     {("victim-non-criminalisation", "non-punishment-clause", "supports")}, set()),
    # Extortion for property alone ("para obter benefício patrimonial", "un avantage patrimonial"), and
    # demands for more images or sexual acts ("l'envoi de nouveaux contenus", "a realizar actos sexuales").
    ("pt", "Código Penal\n\nArtigo 176.º-B\nExtorsão mediante imagens de menor\n1 - Quem, para obter benefício "
           "patrimonial ilegítimo, ameaçar divulgar imagem de caráter sexual de menor é punido com pena de prisão "
           "até 5 anos.\n",
     {("sexual-extortion", "property-gain-only", "narrows")}, set()),
    ("fr", "Code pénal\n\nArticle 331-12-1\nLe fait, en menaçant un mineur de diffuser des images à caractère sexuel "
           "le concernant, d'obtenir de lui l'envoi de nouveaux contenus ou l'accomplissement d'un acte de nature "
           "sexuelle est puni de sept ans d'emprisonnement.\n",
     {("sexual-extortion", "sexual-demand", "supports")}, set()),
    ("es", "Código Penal\n\nArtículo 194 Septies. Extorsión sexual. Quien, mediante la amenaza de difundir imágenes de "
           "contenido sexual de una persona menor de edad, la obligue a entregarle nuevo material de contenido sexual "
           "o a realizar actos sexuales, será sancionado con prisión de seis a diez años.\n",
     {("sexual-extortion", "sexual-demand", "supports")}, set()),
    # Possession for a purpose named by reference ("en vue de l'une des fins prévues aux points 2 à 4",
    # "com o propósito de praticar algum dos atos descritos nas alíneas d) e e)"); a provider "not
    # civilly or criminally liable" for users' material and a hosting provider whose "responsabilité ...
    # ne peut être engagée" are immune; a defence "for an organization" of due diligence.
    ("fr", "Loi\n\nArticle 174 e : De la pornographie mettant en scène un enfant\nEst puni de cinq ans de servitude "
           "pénale quiconque produit ou diffuse de la pornographie mettant en scène un enfant. Est puni de trois ans "
           "quiconque acquiert ou détient de la pornographie mettant en scène un enfant en vue de l'une des fins "
           "prévues à l'alinéa précédent.\n",
     {("csam-offences", "possession-purpose-only", "narrows")}, set()),
    ("pt", "Código Penal\n\nArtigo 176.º\nPornografia de menores\n1 - É punido com pena de prisão entre 1 e 5 anos "
           "quem:\na) Produzir material pornográfico de menor;\nb) Distribuir material pornográfico de menor;\nc) "
           "Adquirir ou detiver material pornográfico de menor com o propósito de praticar algum dos atos descritos "
           "na alínea b).\n",
     {("csam-offences", "possession-purpose-only", "narrows")}, set()),
    ("en", "Model Act\n\nSECTION 13. LIABILITY OF ORGANIZATIONS.\n(a) An organization may be convicted of an offence "
           "under this [act] and fined.\n(c) It is an affirmative defence for an organization that the senior "
           "managerial agent exercised due diligence to prevent the offence.\n(e) A provider is not civilly or "
           "criminally liable under this [act] for material uploaded by a user unless it knew of it.\n",
     {("corporate-liability", "compliance-defence", "narrows"), ("corporate-liability", "intermediary-immunity", "narrows")},
     set()),
    ("fr", "Loi\n\nArticle 40\nLes personnes morales sont pénalement responsables des infractions de la présente loi. "
           "La responsabilité civile ou pénale du prestataire qui fournit un service d'hébergement ne peut être "
           "engagée à raison des contenus stockés que s'il en avait connaissance.\n",
     {("corporate-liability", "intermediary-immunity", "narrows")}, set()),
    # Double criminality: "likewise punishable in the country where it occurred", "tipificado como crime
    # pela lei do país"; waived: "não fica dependente de queixa ... nem de o facto ser igualmente punível".
    # Tools caught only when "designed or adapted solely", "deren ausschließlicher Zweck".
    ("en", "Act\n\n13 Offences committed outside the State\n(1) A citizen who does an act abroad that would be an "
           "offence under section 4 if done in the State shall be guilty of that offence, but only where that act is "
           "likewise punishable in the country where it occurred.\n",
     {("extraterritorial-jurisdiction", "double-criminality-required", "narrows")}, set()),
    ("pt", "Lei\n\nArt. 18. Ficam sujeitos à lei brasileira os crimes previstos nesta Lei cometidos fora do território "
           "nacional por cidadão brasileiro, se o fato for também tipificado como crime pela lei do país em que "
           "ocorreu.\n",
     {("extraterritorial-jurisdiction", "double-criminality-required", "narrows")}, set()),
    ("pt", "Código Penal\n\nArtigo 5.º\n1 - A lei penal é aplicável a factos cometidos fora do território "
           "nacional, previstos nos artigos 171.º a 176.º, quando o agente tenha nacionalidade portuguesa.\n3 - Nestes "
           "casos, o procedimento não fica dependente de queixa nem de o facto ser igualmente punível segundo a lei do "
           "Estado onde ocorreu.\n",
     set(), {("extraterritorial-jurisdiction", "double-criminality-required", "narrows")}),
    ("en", "Crimes Act\n\n51G  Production tools\nA person who makes or supplies a production tool commits an offence. "
           "Penalty: 10 years imprisonment.\nIn this section, production tool means a computer program or trained "
           "model designed or adapted solely for the purpose of producing child abuse material.\n",
     {("csam-ai-tools", "sole-purpose-test", "narrows")}, set()),
    ("de", "Gesetz\n\n§ 184l\nWer ein Modell künstlicher Intelligenz, dessen ausschließlicher Zweck die Erzeugung "
           "kinderpornographischer Inhalte ist, herstellt oder verbreitet, wird mit Freiheitsstrafe bestraft.\n",
     {("csam-ai-tools", "sole-purpose-test", "narrows")}, set()),
    # "not yet 18 years old"; "sus partes genitales ... cuya finalidad predominante sea sexual".
    ("en", "Crimes Act\n\n51A  Definitions\n  In this Subdivision—\n    child means any person who is not yet 18 years "
           "old;\n    child abuse material means material that depicts a child engaged in sexual activity.\n",
     {("csam-definition", "child-under-18", "supports")}, set()),
    ("es", "Ley\n\nArtículo 2°. Definiciones. Se entiende por material de abuso sexual infantil toda representación, "
           "por cualquier medio, de un niño que participe en actividades sexuales explícitas, así como toda "
           "representación de sus partes genitales o anales cuya finalidad predominante sea sexual.\n",
     {("csam-definition", "sexual-parts-depiction", "supports")}, set()),
    # Removal only on "despacho do juiz de instrução que o ordene"; "a fine ... instead of imprisonment" is
    # an alternative to prison, "Fine not to be imposed in lieu of imprisonment" is not.
    ("pt", "Lei\n\nArtigo 12.º\nDeveres dos prestadores de serviços em linha\n1 - Os prestadores de serviços em linha "
           "que tomem conhecimento de material pornográfico de menor ficam obrigados a comunicar o facto à Polícia "
           "Judiciária e a remover o conteúdo no prazo de 24 horas a contar da notificação de despacho do juiz de "
           "instrução que o ordene.\n",
     {("provider-reporting-removal", "court-order-only", "narrows")}, set()),
    ("en", "Model Act\n\nSECTION 4. POSSESSION OF CHILD SEXUAL ABUSE MATERIAL.\n(a) A person who knowingly possesses "
           "child sexual abuse material commits a felony.\n(c) If the person has no previous conviction, the court "
           "may impose a fine of not more than [$5,000] instead of imprisonment.\n",
     {("proportionate-penalties", "fine-as-alternative", "narrows")}, set()),
    ("en", "Child Care Act\n\n15. Fine not to be imposed in lieu of imprisonment\nA court convicting a person of an "
           "offence of sexual exploitation of a child shall sentence the person to imprisonment for not less than "
           "ten years.\n",
     set(), {("proportionate-penalties", "fine-as-alternative", "narrows")}),
    # A threat that lists what it would reveal is a threat to share, not a sharing.
    ("es", "Código Penal\n\nArtículo 169.- Será reprimido con prisión de tres años quien, amenazando con revelar hechos "
           "que afecten el honor de otro, con divulgar sus secretos o con difundir imágenes de contenido sexual en que "
           "aparezca, lo obligare a entregarle dinero.\n",
     {("image-based-abuse", "threat-to-share", "supports")}, {("image-based-abuse", "non-consensual-sharing", "supports")}),
    ("fr", "Loi\n\nArticle 5 : Définitions\nAu sens de la présente loi, on entend par enfant la personne qui n'a pas "
           "encore dix-huit ans accomplis, et par pornographie infantile toute représentation d'un enfant engagé dans "
           "une activité sexuelle explicite.\n\nArticle 6 : Du recours à la prostitution d'un enfant\nEst puni de cinq "
           "ans de servitude pénale quiconque obtient d'un enfant des actes de nature sexuelle en échange d'un "
           "avantage promis à l'enfant.\n",
     {("csam-definition", "child-under-18", "supports"), ("child-prostitution", "buyer-offence", "supports")}, set()),
    # A child's hearing recorded "sonore et visuel", testimony by "transmission audiovisuelle" (rubric 1.18.0).
    ("fr", "Loi\n\nArticle 12 –\n1- L'audition du mineur victime d'une infraction sexuelle fait l'objet d'un "
           "enregistrement sonore et visuel.\n2- S'il doit être entendu à l'audience, il l'est au moyen d'un dispositif "
           "de transmission audiovisuelle.\n",
     {("child-sensitive-justice", "adapted-testimony", "supports")}, set()),
    # rubric 1.18.0: aggravations "se incrementarán", proceeds that "provengan directa o indirectamente del delito".
    ("es", "Código Penal\n\nArtículo 218D. Circunstancias de agravación punitiva. Las penas previstas para la "
           "explotación sexual de menores se incrementarán en la mitad cuando la víctima sea menor de doce años.\n",
     {("proportionate-penalties", "aggravating-circumstances", "supports")}, set()),
    ("es", "Código Penal\n\nArtículo 100. En los delitos de explotación sexual de menores serán objeto de comiso los "
           "bienes y dineros que provengan directa o indirectamente del delito.\n",
     {("seizure-confiscation", "proceeds", "supports")}, set()),
    # German "nach ... oder aus ... verbringt" brings the material in or out; guidelines that "binden" providers.
    ("de", "Gesetz\n\n§ 5 Missbrauchsdarstellungen\n(1) Mit Freiheitsstrafe von einem Jahr bis zu zwölf Jahren wird "
           "bestraft, wer eine kinderpornographische Darstellung nach Ruhrland oder aus Ruhrland verbringt.\n",
     {("csam-offences", "import-export", "supports")}, set()),
    ("de", "Gesetz\n\n§ 20 Aufsichtsbehörde\n(3) Die Aufsichtsbehörde erlässt Richtlinien über die Vorkehrungen der "
           "Diensteanbieter zum Schutz von Kindern; die bekannt gemachten Richtlinien binden die Diensteanbieter.\n",
     {("regulatory-oversight", "binding-codes", "supports")}, set()),
    # US drafting names the offence ("A person commits distribution of ... if the person ..."); a directive's
    # conduct "is punishable", drafted with gerunds.
    ("en", "Model Act\n\nSECTION 4. DISTRIBUTION.\n(a) A person commits distribution of child sexual abuse material if "
           "the person knowingly sends or shares child sexual abuse material.\n(b) Distribution is a class C felony.\n",
     {("csam-offences", "distribution", "supports")}, set()),
    ("en", "Directive\n\nArticle 5\n1. Member States shall ensure that the following conduct is punishable:\n(a) "
           "distributing or transmitting child sexual abuse material;\n(b) knowingly gaining access to child sexual "
           "abuse material.\n",
     {("csam-offences", "distribution", "supports"), ("csam-offences", "access-viewing", "supports")}, set()),
    # A child qualified by age who sends an image of himself and "commits" a petty offence is punished for it.
    ("en", "Model Act\n\nSECTION 10. SEXUAL IMAGE SENT BY CHILD.\n(a) A child at least 13 years of age who knowingly "
           "sends to another child a visual depiction of himself or herself engaged in sexually explicit conduct "
           "commits a petty misdemeanor.\n",
     {("victim-non-criminalisation", "punishes-self-images", "contradicts")}, set()),
    # A host that "n'encourt aucune responsabilité pénale" is immune, not criminally liable.
    ("fr", "Loi\n\nArticle 174 p : Des fournisseurs\nLa personne morale est responsable des infractions commises pour "
           "son compte. Le fournisseur de services qui stocke des contenus à la demande des usagers n'encourt aucune "
           "responsabilité pénale à raison de ces contenus.\n",
     {("corporate-liability", "intermediary-immunity", "narrows")}, {("corporate-liability", "criminal-liability", "supports")}),
    # Proceeds "obtained, directly or indirectly, from" the offence; a yearly awareness "campaign informing" children.
    ("en", "Act\n\n40D. On the conviction of a person for an offence of child sexual exploitation, any money, property, "
           "virtual asset or domain name obtained, directly or indirectly, from that offence shall be forfeited.\n",
     {("seizure-confiscation", "proceeds", "supports")}, set()),
    ("en", "Act\n\n40G. The Ministry shall every year carry out a nationwide campaign informing children and parents of the "
           "forms of sexual abuse and exploitation of children.\n",
     {("prevention", "awareness-education", "supports")}, set()),
    # Spanish subjunctive "se comunique con un menor", a delayed start "empezará a correr el día en que cumpla",
    # adoption consent bought by an intermediary.
    ("es", "Código Penal\n\nArtículo 183.\n1. Quien, por internet, se comunique con un menor de dieciséis años y le "
           "proponga una cita con el fin de cometer contra él un delito sexual será castigado con prisión de uno a tres años.\n",
     {("grooming", "solicitation-for-sexual-purpose", "supports"), ("grooming", "online-means", "supports")}, set()),
    ("es", "Código Penal\n\nArtículo 132.\n2. En los delitos sexuales contra menores, el plazo empezará a correr el día "
           "en que la víctima cumpla treinta años.\n",
     {("limitation-periods", "delayed-start", "supports")}, set()),
    ("es", "Código Penal\n\nArtículo 221.\n1. Quien, a cambio de precio, entregue a otra persona a un menor de edad será "
           "castigado con prisión de dos a seis años.\n2. Será castigado con prisión quien, actuando como intermediario, obtenga "
           "mediante pago el consentimiento de los progenitores para la adopción de un menor.\n",
     {("sale-of-children", "illegal-adoption", "supports")}, set()),
    # "material de abuso sexual infantil" names the child; Portuguese proceeds "direta ou indiretamente obtidas" and
    # removal only on "despacho judicial que o ordene".
    ("es", "Código Penal\n\nArtículo 218. Quien exhiba o transmita material de abuso sexual infantil por cualquier "
           "medio, incluso en tiempo real, incurrirá en prisión de ciento treinta y cuatro meses.\n",
     {("live-streaming", "live-transmission", "supports")}, set()),
    ("pt", "Lei\n\nArtigo 4.º\n2 - São declarados perdidos a favor do Estado o material pornográfico com menor e as vantagens "
           "direta ou indiretamente obtidas com a prática do crime.\n",
     {("seizure-confiscation", "proceeds", "supports")}, set()),
    ("pt", "Lei\n\nArtigo 6.º\n1 - Os prestadores de serviços de alojamento que tomem conhecimento de material pornográfico "
           "com menor comunicam-no de imediato à Polícia Judiciária.\n3 - Os prestadores removem o material no prazo de 24 "
           "horas a contar da notificação do despacho judicial que o ordene.\n",
     {("provider-reporting-removal", "court-order-only", "narrows")}, set()),
    # "la presencia" of material on a service is no viewer "presenciando" a show.
    ("es", "Ley\n\nARTÍCULO 12.- Los proveedores que tomaren conocimiento de la presencia en sus servicios de material "
           "de abuso sexual infantil transmitido en vivo deberán comunicarlo al Ministerio Público Fiscal.\n",
     set(), {("live-streaming", "viewer-payer-liability", "supports")}),
    ("es", "Ley\n\nArtículo 263. Quien induzca a un niño, niña o adolescente a participar en espectáculos, exhibiciones o "
           "representaciones de carácter sexual será penado con prisión; la misma pena se aplicará cuando la exhibición se "
           "transmita en tiempo real por internet.\n",
     {("live-streaming", "live-transmission", "supports")}, set()),
    # A directive: prosecution "for a sufficient period after the victim comes of age".
    ("en", "Directive\n\nArticle 15\n2. Member States shall enable the prosecution of offences of sexual abuse of "
           "children for a sufficient period after the victim comes of age.\n",
     {("limitation-periods", "delayed-start", "supports")}, set()),
    # A directive's grooming: "a proposal made by an adult, by means of ..., to meet a child".
    ("en", "Directive\n\nArticle 6\n1. Member States shall ensure that a proposal made by an adult, by means of "
           "information and communication technology, to meet a child below the age of sexual consent for sexual "
           "purposes is punishable.\n",
     {("grooming", "solicitation-for-sexual-purpose", "supports")}, set()),
    # An attempt named as a condition of another rule, or an offence drafted as trying, makes no attempt punishable.
    ("de", "StPO\n\n§ 100a Telekommunikationsüberwachung\n(1) Die Telekommunikation darf überwacht werden, wenn "
           "jemand als Täter eine schwere Straftat, auch sexuellen Missbrauch von Kindern, begangen oder in Fällen, "
           "in denen der Versuch strafbar ist, zu begehen versucht hat.\n",
     set(), {("attempt-complicity", "attempt", "supports")}),
    ("es", "Código Penal\n\nArtículo 464.\n1. El que con violencia o intimidación intentare influir en quien sea "
           "testigo en un proceso por abuso sexual de un menor será castigado con prisión de uno a cuatro años.\n",
     set(), {("attempt-complicity", "attempt", "supports")}),
    ("es", "Código Penal\n\nArtículo 15.\nSe castigarán tanto el delito consumado como el delito intentado, también en "
           "los delitos de abuso sexual de menores.\n",
     {("attempt-complicity", "attempt", "supports")}, set()),
    # A directive's viewer "knowingly watching a pornographic performance, in person or online", and directing
    # acts "from a distance".
    ("en", "Directive\n\nArticle 4\nOffences concerning sexual exploitation\n1. Member States shall ensure that the "
           "following conduct is punishable:\n(a) causing "
           "a child to take part in pornographic performances transmitted live;\n(b) knowingly watching a pornographic "
           "performance involving a child, in person or online;\n(c) directing, in real time from a distance, that "
           "particular acts be carried out on a child during a pornographic performance.\n",
     {("live-streaming", "viewer-payer-liability", "supports"), ("live-streaming", "remote-direction", "supports")}, set()),
    # Rubric 1.19.0. An Italian-style code in German translation: luring a minor by winning their trust,
    # the material defined "im Sinne dieses Artikels", offences abroad by a "Staatsbürger" without the
    # law of the place (the waiver "setzt weder voraus"), "versuchten Verbrechens", "jeden Beteiligten".
    ("de", "Strafgesetzbuch\n\nArt. 609-undecies (Anlocken von Minderjährigen)\nWer einen Minderjährigen unter "
           "sechzehn Jahren anlockt, um an ihm sexuelle Handlungen vorzunehmen, wird mit Gefängnisstrafe bestraft. "
           "Anlocken ist jedes Verhalten, mit dem der Täter sich durch Schmeichelei das Vertrauen des Kindes "
           "erschleicht, auch über das Internet.\n",
     {("grooming", "solicitation-for-sexual-purpose", "supports")}, set()),
    ("de", "Strafgesetzbuch\n\nArt. 600-ter (Kinderpornografie)\nKinderpornografisches Material im Sinne dieses "
           "Artikels ist jede bildliche Darstellung eines Minderjährigen unter achtzehn Jahren bei eindeutig "
           "sexuellen Handlungen oder der Geschlechtsteile eines Minderjährigen zu sexuellen Zwecken, gleich auf "
           "welchem Träger.\n",
     {("csam-definition", "child-under-18", "supports"), ("csam-definition", "any-medium", "supports")}, set()),
    ("de", "Strafgesetzbuch\n\nArt. 604 (Im Ausland begangene Taten)\nDie Bestimmungen über den sexuellen "
           "Missbrauch von Kindern gelten auch für Taten, die ein Staatsbürger im Ausland begeht. Die Verfolgung "
           "setzt nicht voraus, dass die Tat am Tatort mit Strafe bedroht ist.\n",
     {("extraterritorial-jurisdiction", "nationality-residence", "supports"),
      ("extraterritorial-jurisdiction", "double-criminality-waived", "supports")},
     {("extraterritorial-jurisdiction", "double-criminality-required", "narrows")}),
    ("de", "Strafgesetzbuch\n\nArt. 56 (Versuchtes Verbrechen)\nWer zur Begehung eines Verbrechens geeignete "
           "Handlungen vornimmt, haftet wegen versuchten Verbrechens.\n\nArt. 110 (Beteiligte)\nHaben mehrere an "
           "derselben Straftat mitgewirkt, so trifft jeden Beteiligten die angedrohte Strafe, auch wer nur Hilfe "
           "geleistet hat.\n",
     {("attempt-complicity", "attempt", "supports"), ("attempt-complicity", "complicity", "supports")}, set()),
    ("de", "Strafgesetzbuch\n\nArt. 600-bis (Kinderprostitution)\nWer die Prostitution einer Person unter achtzehn "
           "Jahren ausnutzt oder mit ihr sexuelle Handlungen vornimmt und ihr dafür Geld oder einen anderen Vorteil "
           "gewährt, wird bestraft. "
           "Ebenso wird bestraft, wer pornografischen Darbietungen mit Minderjährigen beiwohnt oder sie in "
           "Echtzeit verfolgt.\n",
     {("child-prostitution", "buyer-offence", "supports"), ("live-streaming", "viewer-payer-liability", "supports")},
     set()),
    ("de", "Strafgesetzbuch\n\nArt. 600-septies (Einziehung)\nBei Verurteilung wegen Kinderpornografie werden die "
           "Geräte eingezogen, ebenso die Vermögenswerte, die den Gewinn oder den Preis der Tat bilden.\n",
     {("seizure-confiscation", "proceeds", "supports")}, set()),
    ("de", "Strafgesetzbuch\n\nArt. 612-ter (Verbreitung von Bildern)\nWer Videos mit sexuell eindeutigem Inhalt "
           "ohne Einwilligung der abgebildeten Person verbreitet, wird bestraft.\n",
     {("image-based-abuse", "non-consensual-sharing", "supports")}, set()),
    # Spanish: a long gap before "a cambio de", the client who hands over or promises money, a victim's own
    # "participación", a denied criminal liability, conditions waived after they are set, and removal on
    # "la orden que emita el juez".
    ("es", "Ley\n\nArt. 31.- El que capte o promueva la realización de actos sexuales por parte de una persona "
           "menor de dieciocho años o con discapacidad, a cambio de una ventaja, será sancionado "
           "con prisión. El que obtenga actos sexuales de un menor entregando o prometiendo dinero será sancionado "
           "con prisión. El menor no será sancionado por su participación en los hechos.\n",
     {("child-prostitution", "procure-provide", "supports"), ("child-prostitution", "buyer-offence", "supports")},
     {("attempt-complicity", "complicity", "supports")}),
    ("es", "Ley\n\nArt. 34.- Cuando un delito de pornografía infantil se cometa en beneficio de una persona "
           "jurídica, sin que ello implique responsabilidad penal de la persona jurídica, el juez le impondrá una "
           "multa como consecuencia de carácter administrativo.\n",
     {("corporate-liability", "administrative-or-civil-only", "supports")},
     {("corporate-liability", "criminal-liability", "supports")}),
    ("es", "Ley\n\nArt. 2.- Esta ley se aplica a los hechos cometidos en el extranjero por nacionales. La persecución "
           "requerirá que el hecho sea punible en el lugar de su comisión; tales condiciones no serán exigibles en "
           "los delitos contra menores.\n",
     {("extraterritorial-jurisdiction", "double-criminality-waived", "supports")}, set()),
    ("es", "Ley\n\nArt. 36.- Los proveedores de servicios retirarán el material de pornografía infantil después de "
           "notificada la orden que para ello emita el juez competente.\n",
     {("provider-reporting-removal", "court-order-only", "narrows")}, set()),
    ("es", "Ley\n\nArt. 11.- El que muestre a un niño o adolescente material de pornografía será sancionado con "
           "prisión.\n",
     {("prevention", "youth-media-protection", "supports")}, set()),
    # English: threatening to distribute a child's image; immunity "by reason only that" a provider stored
    # material; removal only when a magistrate "who is satisfied ..." orders it; barring offenders from
    # "work with or care of children"; showing pornography "to a child".
    ("en", "Code\n\n49J. Every person who, by threatening to distribute a sexual image of a child, obtains a "
           "further image of the child commits a crime.\n",
     {("sexual-extortion", "threat-or-coercion", "supports")}, set()),
    ("en", "Code\n\n49O. A service provider does not incur criminal liability for child sexual abuse material by "
           "reason only that it stored material supplied by a user.\n",
     {("corporate-liability", "intermediary-immunity", "narrows")}, set()),
    ("en", "Code\n\n49Q. A magistrate who is satisfied, on the application of a police officer, that material on a "
           "service is child sexual abuse material may order the service provider to remove it.\n",
     {("provider-reporting-removal", "court-order-only", "narrows")}, set()),
    ("en", "Act\n\n23H. A court convicting a person of an offence against a child may order that the person shall "
           "not be employed in any work with or care of children.\n\n9. A person who shows to a child any "
           "pornography commits an offence.\n",
     {("prevention", "perpetrator-prevention", "supports"), ("prevention", "youth-media-protection", "supports")},
     set()),
    # French: a fine alone ("peut ne prononcer que l'amende"), a remote viewer who "assiste ... à un tel
    # spectacle", a child who cannot be "l'objet ni de poursuites", offenders kept from posts putting them
    # "régulièrement en contact avec des enfants", double criminality required, and waived after "même si".
    ("fr", "Code pénal\n\nArticle 320 ter. – Le délit de détention d'un matériel pornographique mettant en scène un "
           "mineur est puni de trois ans d'emprisonnement et d'une amende. Le tribunal peut ne prononcer que l'amende.\n",
     {("proportionate-penalties", "fine-as-alternative", "narrows")}, set()),
    ("fr", "Code pénal\n\nArticle 320 quinquies. – Est puni quiconque retransmet en direct un spectacle à caractère "
           "sexuel auquel un mineur participe, ou assiste sciemment à distance à un tel spectacle.\n",
     {("live-streaming", "viewer-payer-liability", "supports")}, set()),
    ("fr", "Code pénal\n\nArticle 324 ter. – Le mineur utilisé aux fins de prostitution est une victime. Il ne peut "
           "faire l'objet ni de poursuites ni d'une peine.\n",
     {("victim-non-criminalisation", "non-punishment-clause", "supports")}, set()),
    ("fr", "Code pénal\n\nArticle 324 sexies. – En cas de condamnation pour corruption de mineur, le tribunal peut "
           "interdire tout emploi qui mette le condamné régulièrement en contact avec des enfants.\n",
     {("prevention", "perpetrator-prevention", "supports")}, set()),
    ("fr", "Code de procédure pénale\n\nArticle 664 bis. – Tout national qui commet à l'étranger un délit contre "
           "un mineur est jugé même si les faits ne sont pas punis par la loi du pays où ils ont été commis.\n",
     set(), {("extraterritorial-jurisdiction", "double-criminality-required", "narrows")}),
    ("fr", "Code de procédure pénale\n\nArticle 664 bis. – L'étranger résidant habituellement sur le territoire qui "
           "commet à l'étranger un délit contre un mineur n'est poursuivi que si les faits sont également punis par "
           "la loi de l'État où ils ont été commis.\n",
     {("extraterritorial-jurisdiction", "double-criminality-required", "narrows")}, set()),
    # Portuguese: posts involving "contacto regular com menores", a representation of a child "em atividade
    # sexual explícita" as the material, and "impor somente a de multa".
    ("pt", "Código Penal\n\nArtigo 73.º\nQuem for condenado por abuso sexual de crianças pode ser proibido de "
           "exercer função que envolva contacto regular com menores.\n",
     {("prevention", "perpetrator-prevention", "supports")}, set()),
    ("pt", "Lei\n\nArt. 241-C. Gerar, por sistema de inteligência artificial, representação visual que retrate "
           "criança em atividade sexual explícita:\nPena – reclusão, de 3 (três) a 8 (oito) anos.\n",
     {("csam-ai-generated", "computer-generated", "supports")}, set()),
    ("pt", "Lei\n\nArt. 241-B. Possuir material de abuso sexual infantojuvenil:\nPena – reclusão, de 2 (dois) a 5 "
           "(cinco) anos.\n§ 1º O juiz poderá dispensar a pena de reclusão e impor somente a de multa.\n",
     {("proportionate-penalties", "fine-as-alternative", "narrows")}, set()),
    # Round 23: Mexican "material pornográfico de personas menores de edad"; a French regulatory offence on a
    # "représentation sexuelle d'un mineur" that "est passible de l'amende"; a client paying "a cambio de
    # dinero ..., entregada o prometida" who "sostenga con ella cópula"; handing a child "a un tercero" to
    # "obtener un beneficio"; asking a child for images "à caractère sexuel".
    ("es", "Código Penal\n\nARTÍCULO 187 QUÁTER.- Al que distribuya o venda material pornográfico de personas menores "
           "de edad se le aplicarán de siete a trece años de prisión.\n",
     {("csam-offences", "distribution", "supports")}, set()),
    # An accessory after the fact takes no part in the offence; nor does the aggravation "commis par plusieurs
    # personnes agissant en qualité d'auteur ou de complice" make complicity punishable.
    ("en", "Code\n\n3. Accessory after the fact\nWhoever, knowing that an offence of sexual exploitation of a child has "
           "been committed, assists the offender in order to hinder his punishment, is an accessory after the fact.\n",
     set(), {("attempt-complicity", "complicity", "supports")}),
    ("fr", "Code pénal\n\nArticle 227-26. – L'atteinte sexuelle sur un mineur est punie de dix ans d'emprisonnement "
           "lorsqu'elle est commise par plusieurs personnes agissant en qualité d'auteur ou de complice.\n",
     set(), {("attempt-complicity", "complicity", "supports")}),
    ("fr", "Code pénal\n\nArt. R. 627-3. – Est passible de l'amende des contraventions de la cinquième classe le fait de "
           "consulter une représentation sexuelle d'un mineur accessible en ligne.\n",
     {("csam-offences", "access-viewing", "supports")}, set()),
    ("es", "Código Penal\n\nARTÍCULO 189 BIS.- A quien, a cambio de dinero, regalos, hospedaje o cualquier otra ventaja, "
           "entregada o prometida a la persona menor de dieciocho años, sostenga con ella cópula o cualquier otro acto "
           "sexual, se le aplicarán de siete a trece años de prisión.\n",
     {("child-prostitution", "buyer-offence", "supports")}, set()),
    ("es", "Código Penal\n\nARTÍCULO 211.- A quien, con el fin de obtener un beneficio económico, entregue ilícitamente "
           "a una persona menor de dieciocho años a un tercero para su custodia, se le aplicarán de cinco a trece años de "
           "prisión.\n",
     {("sale-of-children", "transfer-for-consideration", "supports")}, set()),
    ("fr", "Code pénal\n\nArticle 227-22-2. – Le fait, pour un majeur, de demander à un mineur de quinze ans de lui "
           "transmettre, par un moyen de communication électronique, des images à caractère sexuel est puni de deux ans "
           "d'emprisonnement.\n",
     {("grooming", "solicitation-for-sexual-purpose", "supports")}, set()),
    # rubric 1.21.0: a Gulf-style decree-law in English and a Swiss-style amending act.
    ("en", "Decree-Law\n\nArticle (39)\nViolation of Privacy\n1. Whoever captures or records images of the private "
           "parts of another person without his consent shall be punished by imprisonment.\n",
     {("image-based-abuse", "covert-capture", "supports")}, set()),
    ("en", "Decree-Law\n\nArticle (38)\nExtortion\nThe penalty shall be imprisonment if the threat consists in "
           "publishing or sending to others photographs of a sexual or indecent nature relating to the victim.\n",
     {("sexual-extortion", "sexual-images-as-leverage", "supports")}, set()),
    ("en", "Decree-Law\n\nArticle (34)\nChild Pornographic Material\n2. Whoever obtains or keeps Child Pornographic "
           "Material with the intention of exploiting it, distributing it or displaying it to others shall be punished "
           "by imprisonment.\n",
     {("csam-offences", "possession-purpose-only", "narrows")}, set()),
    ("en", "Decree-Law\n\nArticle (56)\nInternational Cooperation\nThe judicial authorities shall give their foreign "
           "counterparts the fullest assistance in investigating and prosecuting the crimes under this Decree-Law, "
           "including gathering evidence and carrying out searches.\n",
     {("mutual-legal-assistance", "criminal-matters-scope", "supports")}, set()),
    ("de", "Bundesgesetz\n\nArt. 102 Abs. 2\nStrafbarkeit des Unternehmens\n\n2 Bei Straftaten nach Artikel 197 ist das "
           "Unternehmen neben den natürlichen Personen strafbar, sofern es die zumutbaren Vorkehren unterlassen hat. Es wird "
           "mit Busse bestraft.\n",
     {("corporate-liability", "legal-persons-liable", "supports"), ("corporate-liability", "compliance-defence", "narrows")},
     set()),
    # rubric 1.21.0: Chilean drafting.
    ("es", "Ley\n\nArtículo 366 quáter.- El que, por cualquier medio, contactare o se comunicare con una persona "
           "menor de dieciocho años con el objeto de obtener imágenes de significación sexual, será castigado con "
           "presidio menor en su grado máximo.\n",
     {("grooming", "solicitation-for-sexual-purpose", "supports")}, set()),
    ("es", "Ley\n\nArtículo 367 septies.- El que, amenazando a una persona menor de dieciocho años con difundir "
           "imágenes o grabaciones de significación sexual en que ella aparezca, la compeliere a entregar nuevo "
           "material, será castigado con presidio mayor en su grado mínimo.\n",
     {("sexual-extortion", "sexual-images-as-leverage", "supports"), ("sexual-extortion", "threat-or-coercion", "supports")},
     set()),
    ("es", "Ley\n\nArtículo 367 septies.- El que, amenazando a una persona menor de dieciocho años con un arma, la "
           "obligare a entregar imágenes de significación sexual, será castigado con presidio mayor.\n",
     set(), {("sexual-extortion", "sexual-images-as-leverage", "supports")}),
    ("es", "Ley\n\nArtículo 94 bis.- No correrá plazo alguno de prescripción respecto de la acción penal que emane "
           "de los delitos de producción de material de explotación sexual infantil cuando la víctima fuere menor "
           "de dieciocho años.\n",
     {("limitation-periods", "no-limitation", "supports")}, set()),
    ("es", "Ley\n\nArtículo 367.- El que promoviere o facilitare la explotación sexual de una persona menor de "
           "dieciocho años será castigado con presidio mayor en su grado mínimo.\n",
     {("proportionate-penalties", "imprisonment", "supports")}, set()),
    # rubric 1.21.0: Belgian-style and Mozambican-style drafting.
    ("fr", "Loi\n\nArt. 417/49. La personne majeure qui, par quelque moyen que ce soit, invite un mineur âgé de moins "
           "de seize ans à la rencontrer dans le but de commettre sur lui une infraction sexuelle est punie d'un "
           "emprisonnement d'un an à cinq ans.\n",
     {("grooming", "solicitation-for-sexual-purpose", "supports")}, set()),
    ("fr", "Loi\n\nArt. 417/54. Le juge confisque en outre tout profit économique que l'infraction de diffusion de "
           "matériel d'abus sexuels sur mineur a procuré.\n",
     {("seizure-confiscation", "proceeds", "supports")}, set()),
    ("pt", "Lei\n\nARTIGO 228\n(Perda)\nO tribunal decreta a perda das vantagens e lucros obtidos com o crime de "
           "pornografia infantil.\n",
     {("seizure-confiscation", "proceeds", "supports")}, set()),
    ("pt", "Lei\n\nARTIGO 229\n(Deveres dos fornecedores de serviços)\n1. Os fornecedores de serviços de alojamento "
           "devem comunicar ao Ministério Público a existência de material de pornografia infantil.\n2. A remoção do "
           "material ou o bloqueio do acesso a ele é ordenado pelo juiz.\n",
     {("provider-reporting-removal", "report-to-authorities", "supports"),
      ("provider-reporting-removal", "court-order-only", "narrows")}, set()),
    # rubric 1.22.0: conventions, model laws, Nordic codes in translation, provider duties only on an order.
    ("fr", "Convention\n\nArticle 8 – Infractions se rapportant au matériel d'abus sexuels sur enfant\n\n1. Chaque "
           "Partie prend les mesures législatives ou autres nécessaires pour ériger en infraction pénale les "
           "comportements suivants :\n   a. la production de matériel d'abus sexuels sur enfant ;\n   b. sa diffusion "
           "ou sa transmission ;\n   c. sa possession.\n",
     {("csam-offences", "production", "supports"), ("csam-offences", "distribution", "supports"),
      ("csam-offences", "possession", "supports")}, set()),
    ("fr", "Convention\n\nArticle 11 – Prostitution enfantine\n\nChaque Partie prend les mesures nécessaires pour "
           "ériger en infraction pénale le fait d'avoir recours à la prostitution d'un enfant.\n",
     {("child-prostitution", "buyer-offence", "supports")}, set()),
    ("fr", "Convention\n\nArticle 22\n\n1. La juridiction compétente peut ordonner à un fournisseur de services "
           "d'hébergement de retirer un élément de matériel d'abus sexuels sur enfant.\n2. Hors ce cas, aucun "
           "fournisseur de services en ligne n'est tenu de retirer un contenu.\n",
     {("provider-reporting-removal", "court-order-only", "narrows")}, set()),
    ("es", "Ley\n\nArtículo 20.- Los prestadores de servicios en línea comunicarán al Ministerio Público el material de "
           "abuso sexual infantil. Los prestadores no estarán obligados a retirar el contenido sin una orden del "
           "fiscal o del juez.\n",
     {("provider-reporting-removal", "court-order-only", "narrows")}, set()),
    ("de", "Gesetz\n\nArt. 7\n(3) Zur Entfernung von Missbrauchsdarstellungen verpflichtet dieses Gesetz den "
           "Diensteanbieter nur auf Grund einer Anordnung nach Absatz 2.\n",
     {("provider-reporting-removal", "court-order-only", "narrows")}, set()),
    ("de", "Gesetz\n\n6. Kapitel. Über Sexualverbrechen\n\n12 a §   Wer ein Kind zur Prostitution anwirbt, wird "
           "wegen Ausnutzung eines Kindes zu Gefängnis von höchstens sechs Jahren verurteilt. Ist das Verbrechen als "
           "grob anzusehen, wird zu Gefängnis von mindestens vier Jahren verurteilt.\n",
     {("proportionate-penalties", "imprisonment", "supports"),
      ("proportionate-penalties", "aggravating-circumstances", "supports")}, set()),
    ("es", "Ley\n\nArtículo 21.- Información y participación\nLa niña, niño o adolescente víctima de explotación "
           "sexual es informado sobre sus derechos y su opinión es escuchada.\n",
     set(), {("attempt-complicity", "complicity", "supports")}),
    ("es", "Ley\n\nArtículo 22.- Son penalmente responsables de la explotación sexual de niñas, niños y adolescentes quienes "
           "tomen parte en su ejecución o instiguen a otro a cometerlos.\n",
     {("attempt-complicity", "complicity", "supports")}, set()),
    ("en", "Law\n\nArticle 11\nEvery Electronic System Operator is obliged to remove, or terminate access to, Child "
           "Pornography within 24 hours.\n",
     {("provider-reporting-removal", "removal-blocking", "supports")}, set()),
    ("en", "Law\n\nArticle 22\nFor the child sexual exploitation offences, the period of expiry of the authority to "
           "prosecute begins on the day after the Victim reaches 18 years of age.\n",
     {("limitation-periods", "delayed-start", "supports")}, set()),
    ("en", "Law\n\nArticle 14\nAn Electronic System Operator that has complied with Article 11 shall not be held "
           "criminally liable for Child Pornography uploaded, stored or transmitted by the users of its service.\n",
     {("corporate-liability", "intermediary-immunity", "narrows")}, set()),
    ("es", "Ley\n\nArtículo 6.- Las personas jurídicas serán penalmente responsables de los delitos de esta ley. Estará "
           "exenta de responsabilidad la persona jurídica que acredite haber adoptado y aplicado de forma eficaz un "
           "modelo de organización y prevención idóneo.\n",
     {("corporate-liability", "compliance-defence", "narrows")}, set()),
    ("pt", "Lei\n\nArtigo 17.º\nResponsabilidade dos prestadores\n1 - O prestador que se limite a transmitir ou "
           "armazenar conteúdos de terceiros não é responsável, civil ou criminalmente, pelo material neles contido.\n",
     {("corporate-liability", "intermediary-immunity", "narrows")}, set()),
    ("de", "Gesetz\n\n16. Kapitel. Über Verbrechen gegen die öffentliche Ordnung\n\n10 §   Ein pornografisches Bild "
           "eines Kindes ist jede Darstellung eines Kindes bei einer eindeutig sexuellen Handlung. Als Bild gilt jede "
           "visuelle Darstellung, unabhängig von ihrem Träger.\n",
     {("csam-definition", "sexual-activity-depiction", "supports")}, set()),
    ("es", "Ley\n\nArtículo 10.- Será sancionado con prisión de [uno a cuatro] años quien adquiera, almacene o posea "
           "material de abuso sexual infantil con el propósito de realizar alguna de las conductas descritas en los "
           "literales b), c) o d).\n",
     {("csam-offences", "possession-purpose-only", "narrows")}, set()),
    ("pt", "Acordo\n\nARTIGO 13\nApreensão e confisco\n1. Cada Parte adotará as medidas necessárias para permitir o "
           "confisco do produto desses delitos de exploração sexual de crianças.\n2. A pedido de outra Parte, a Parte "
           "requerida executará as medidas de apreensão.\n",
     {("seizure-confiscation", "proceeds", "supports"), ("seizure-confiscation", "foreign-requests", "supports")}, set()),
    ("pt", "Acordo\n\nARTIGO 14\nExtradição\n1. Os delitos de exploração sexual de crianças serão considerados "
           "incluídos entre os que dão lugar a extradição em todo tratado de extradição vigente entre as Partes.\n",
     {("extradition", "extraditable-offences", "supports")}, set()),
    # rubric 1.23.0
    ("de", "Gesetz\n\nArtikel 90quinquies\nUnter einer Abbildung sexuellen Kindesmissbrauchs wird eine Abbildung "
           "verstanden, die eine Person, die das achtzehnte Lebensjahr noch nicht vollendet hat, bei einer sexuellen "
           "Handlung zeigt.\n",
     {("csam-definition", "sexual-activity-depiction", "supports")}, set()),
    ("de", "Gesetz\n\nArtikel 51\n4. Eine Straftat nach Artikel 240b wird auch von der juristischen Person begangen, "
           "wenn ein Mitglied ihrer Leitung die Tat begangen hat oder die Tat durch eine unzureichende Aufsicht "
           "ermöglicht wurde; sie wird mit Geldstrafe bestraft.\n",
     {("corporate-liability", "criminal-liability", "supports"),
      ("corporate-liability", "attribution-leaders-supervision", "supports")}, set()),
    ("en", "Act\n\n(Dual Liability)\nArticle 14 When the representative of a juridical person has committed a crime "
           "prescribed in Article 6 with regard to the business of that juridical person, not only the offender shall be "
           "punished, but the juridical person shall also be punished by the fine prescribed in that Article.\n",
     {("corporate-liability", "legal-persons-liable", "supports"), ("corporate-liability", "criminal-liability", "supports")},
     set()),
    ("en", "Act\n\n(Requests to Children)\nArticle 8 A person who, for the purpose of engaging in a sexual act with a "
           "child under sixteen years of age, requests the child to meet him or her through telecommunications shall be "
           "punished by imprisonment for not more than one year.\n",
     {("grooming", "solicitation-for-sexual-purpose", "supports")}, set()),
    ("es", "Código\n\nArtículo 28.- Decomiso. La condena importa el decomiso de las cosas que hayan servido para cometer "
           "la contravención y de su producto o provecho, incluidos nombres de dominio y activos digitales.\n",
     {("seizure-confiscation", "instrumentalities", "supports"), ("seizure-confiscation", "proceeds", "supports"),
      ("seizure-confiscation", "virtual-assets", "supports")}, set()),
    ("es", "Código\n\nArtículo 65 ter.- Acoso sexual digital. Quien, siendo mayor de edad, por medio de "
           "telecomunicaciones dirija a una persona menor de dieciséis años mensajes o propuestas de contenido sexual, o "
           "le solicite el envío de imágenes íntimas propias, será sancionado con arresto de cinco a treinta días.\n",
     {("grooming", "sexual-communication", "supports")}, set()),
    ("es", "Código\n\nArtículo 180 ter.- Medidas cautelares. En las causas por material de abuso sexual infantil, el "
           "juez, de oficio o a pedido de parte, podrá disponer que los proveedores de servicios digitales retiren o "
           "bloqueen el material de abuso sexual infantil.\n",
     {("provider-reporting-removal", "court-order-only", "narrows")}, set()),
    ("fr", "Loi\n\nArticle 6.-\nQuiconque a des relations sexuelles avec un enfant en contrepartie d'un avantage, remis "
           "ou promis à l'enfant ou à un tiers, est puni d'un emprisonnement de trois à dix ans.\n",
     {("child-prostitution", "buyer-offence", "supports"), ("child-prostitution", "any-consideration", "supports")}, set()),
    ("fr", "Loi\n\nArticle 19.-\nLes personnes morales sont pénalement responsables des infractions contre les enfants "
           "prévues par la présente loi. Toutefois, la personne morale n'encourt aucune responsabilité pénale lorsqu'elle "
           "établit qu'elle avait mis en œuvre des procédures de vigilance.\n",
     {("corporate-liability", "compliance-defence", "narrows")}, set()),
    ("pt", "Lei\n\nArt. 23. A pessoa jurídica em cujo benefício for praticado crime contra criança previsto nesta Lei "
           "responderá, nas esferas administrativa e civil, pelas sanções previstas no art. 22.\nParágrafo único. A "
           "responsabilidade da pessoa jurídica não exclui a responsabilidade penal individual de seus dirigentes.\n",
     {("corporate-liability", "administrative-or-civil-only", "supports")},
     {("corporate-liability", "criminal-liability", "supports")}),
    ("de", "Gesetz\n\nArt. 45e Zentralstelle Kinderschutz\n(2) Die Zentralstelle klärt Kinder, Jugendliche und Lehrkräfte "
           "regelmäßig über Formen sexualisierter Gewalt gegen Minderjährige im digitalen Raum und über Hilfsangebote auf.\n",
     {("prevention", "awareness-education", "supports")}, set()),
    ("de", "Gesetz\n\nArtikel 248b\n1. Mit Gefängnisstrafe von höchstens sechs Jahren wird bestraft, wer mit einer Person, "
           "die das achtzehnte Lebensjahr noch nicht vollendet hat, sexuelle Handlungen vornimmt und dafür dieser Person "
           "oder einem Dritten ein Entgelt oder einen anderen Vorteil gewährt.\n",
     {("child-prostitution", "buyer-offence", "supports"), ("child-prostitution", "any-consideration", "supports")}, set()),
    ("de", "Gesetz\n\nArtikel 71\n1a. Bei den in Artikel 240b bezeichneten Straftaten gegen eine Person, die das achtzehnte "
           "Lebensjahr noch nicht vollendet hatte, beginnt die Verjährungsfrist an dem Tag, an dem diese Person das "
           "achtzehnte Lebensjahr vollendet hat.\n",
     {("limitation-periods", "delayed-start", "supports")}, set()),
    # The extorter, not the child shown, is punished: no contradiction.
    ("en", "Act\n\n(Coercion by Means of Sexual Images)\nArticle 9 A person who, by threatening to disseminate an image "
           "depicting the sexual parts of a child, causes the child to produce or send child sexual abuse material "
           "depicting himself or herself, or to perform a sexual act, shall be punished by imprisonment.\n",
     {("sexual-extortion", "sexual-images-as-leverage", "supports"), ("sexual-extortion", "sexual-demand", "supports")},
     {("victim-non-criminalisation", "punishes-self-images", "contradicts")}),
    ("de", "Gesetz\n\nArtikel 284a\n1. Mit Gefängnisstrafe wird bestraft, wer einen anderen durch die Drohung, eine "
           "Abbildung sexueller Natur von ihm zu verbreiten, nötigt, eine weitere Abbildung sexueller Natur herzustellen."
           "\n2. Hat das Opfer das achtzehnte Lebensjahr noch nicht vollendet, so wird Gefängnisstrafe von höchstens acht "
           "Jahren verhängt.\n",
     {("sexual-extortion", "sexual-images-as-leverage", "supports"), ("sexual-extortion", "sexual-demand", "supports"),
      ("sexual-extortion", "child-aggravation", "supports")}, set()),
    ("de", "Gesetz\n\nArtikel 240c\n1. Mit Gefängnisstrafe wird bestraft, wer ein Modell künstlicher Intelligenz, das "
           "ausschließlich oder überwiegend dazu entwickelt wurde, Abbildungen sexuellen Kindesmissbrauchs zu erzeugen, "
           "herstellt oder anbietet.\n",
     {("csam-ai-tools", "sole-purpose-test", "narrows")}, set()),
    ("de", "Gesetz\n\nArtikel 5\n1. Das Strafrecht ist anwendbar auf den Staatsangehörigen, der sich außerhalb des "
           "Königreichs einer Straftat gegen ein Kind schuldig macht, sofern die Tat nach dem Recht des Landes, in dem sie "
           "begangen wurde, mit Strafe bedroht ist.\n2. Es ist ferner anwendbar auf jeden, der sich außerhalb des "
           "Königreichs einer solchen Straftat gegenüber einem Staatsangehörigen schuldig macht.\n",
     {("extraterritorial-jurisdiction", "double-criminality-required", "narrows"),
      ("extraterritorial-jurisdiction", "victim-nationality", "supports")}, set()),
    # rubric 1.24.0: Korean Acts in English translation.
    ("en", "Act\n\nArticle 2 (Definitions)\nThe term \"sexual exploitation materials\" means films, photographs or "
           "drawings depicting persons under 19 years of age performing a sexual act.\n",
     {("csam-definition", "child-under-18", "supports")}, {("csam-definition", "lower-age-threshold", "narrows")}),
    ("en", "Act\n\nArticle 17 (Sexual Solicitation)\nA person who, for the purpose of sexually exploiting a child, "
           "repeatedly engages the child in conversations that arouse sexual desire through an information and "
           "communications network shall be punished by imprisonment with labor for not more than three years.\n",
     {("grooming", "solicitation-for-sexual-purpose", "supports"), ("grooming", "sexual-communication", "supports"),
      ("grooming", "online-means", "supports")}, set()),
    ("en", "Act\n\nArticle 31 (Joint Penalty Provisions)\nIf an employee of a corporation commits an offense under "
           "Article 11 in connection with its business, the corporation shall also be punished by a fine: Provided, "
           "That this shall not apply where such corporation has not been negligent in giving due attention and "
           "supervision.\n",
     {("corporate-liability", "legal-persons-liable", "supports"), ("corporate-liability", "criminal-liability", "supports"),
      ("corporate-liability", "compliance-defence", "narrows")}, set()),
    ("en", "Act\n\nArticle 14 (Programs)\nA person who provides a computer program designed exclusively for the "
           "production of child sexual abuse material shall be punished by imprisonment for five years.\n",
     {("csam-ai-tools", "generator-tools", "supports"), ("csam-ai-tools", "sole-purpose-test", "narrows")}, set()),
    ("en", "Act\n\nArticle 6 (Survey)\nThe Minister shall conduct a survey on the actual conditions of sex offenses "
           "against children every three years and shall publish the results thereof.\n",
     {("monitoring-assessment", "data-collection", "supports"), ("monitoring-assessment", "published-results", "supports")},
     set()),
    ("en", "Act\n\nArticle 7 (Scope)\nThis Act shall apply to a national who commits a sex offense against children "
           "outside the territory, only where the act constitutes a crime under the law in force at the place where "
           "it was committed.\n",
     {("extraterritorial-jurisdiction", "double-criminality-required", "narrows")}, set()),
    ("en", "Act\n\nArticle 16 (Coercion)\nA person who threatens a child by means of sexual exploitation materials, "
           "such as by threatening to distribute them, shall be punished by imprisonment for three years.\n",
     {("sexual-extortion", "sexual-images-as-leverage", "supports")}, set()),
    # Spanish and Portuguese verbs: "explotare sexualmente", "explorar sexualmente".
    ("es", "Ley\n\nArtículo 20. El que explotare sexualmente a un menor de edad será castigado con prisión de cuatro "
           "a ocho años.\n",
     {("proportionate-penalties", "imprisonment", "supports")}, set()),
    ("pt", "Lei\n\nArt. 3º Explorar sexualmente criança ou adolescente:\nPena - reclusão, de 4 (quatro) a 10 (dez) "
           "anos.\n",
     {("proportionate-penalties", "imprisonment", "supports")}, set()),
    # Swiss German writes ss for ß: the rubric's cues written with ß match it.
    ("de", "Verordnung\n\nArt. 21 Hilfsmittel\n1 Mit Freiheitsstrafe bis zu drei Jahren wird bestraft, wer "
           "Computerprogramme, die ausschliesslich dazu bestimmt sind, kinderpornografische Darstellungen zu "
           "erzeugen, herstellt oder anbietet.\n",
     {("csam-ai-tools", "sole-purpose-test", "narrows")}, set()),
    ("de", "Verordnung\n\nArt. 25 Sexuelle Erpressung\n1 Wer eine Person durch die Drohung, sexuelle Darstellungen "
           "von ihr zu verbreiten, unter Druck setzt, um weitere sexuelle Darstellungen zu erlangen, wird mit "
           "Freiheitsstrafe bestraft.\n",
     {("sexual-extortion", "threat-or-coercion", "supports")}, set()),
    ("de", "Verordnung\n\nArt. 28 Straflosigkeit\n2 Eine minderjährige Person, die Opfer einer Tat nach Artikel 20 "
           "geworden ist, wird für Handlungen, zu denen sie veranlasst wurde, nicht bestraft.\n",
     {("victim-non-criminalisation", "non-punishment-clause", "supports")}, set()),
    ("de", "Verordnung\n\nArt. 29 Taten im Ausland\n1 Artikel 20 ist auch auf Taten anwendbar, die im Ausland von "
           "Staatsangehörigen begangen werden.\n2 Absatz 1 gilt nur, wenn die Tat auch am Begehungsort strafbar ist.\n",
     {("extraterritorial-jurisdiction", "double-criminality-required", "narrows")}, set()),
    ("fr", "Loi\n\n12 Personnes morales\n(1) Lorsqu'une infraction prévue à la Partie 2 est commise au profit d'une "
           "personne morale par un dirigeant, la personne morale est coupable de l'infraction.\n(2) Une personne "
           "morale n'est pas reconnue coupable si elle prouve qu'elle a exercé toute la diligence raisonnable pour "
           "prévenir l'infraction.\n",
     {("corporate-liability", "legal-persons-liable", "supports"), ("corporate-liability", "criminal-liability", "supports"),
      ("corporate-liability", "compliance-defence", "narrows")}, set()),
    ("fr", "Loi\n\n13 Enfants victimes\nUn enfant victime d'une exploitation sexuelle n'est passible d'aucune "
           "poursuite ni d'aucune sanction pénale pour un acte accompli en lien avec cette exploitation.\n",
     {("victim-non-criminalisation", "non-punishment-clause", "supports")}, set()),
    ("fr", "Loi\n\n24 Compétence\nLes tribunaux sont compétents pour connaître d'une infraction sexuelle contre un "
           "enfant commise hors d'Efate par une personne résidant habituellement à Efate, à condition que l'acte soit également punissable en vertu de "
           "la loi du lieu où il a été commis.\n",
     {("extraterritorial-jurisdiction", "nationality-residence", "supports"),
      ("extraterritorial-jurisdiction", "double-criminality-required", "narrows")}, set()),
    ("fr", "Loi\n\n3 Matériel d'abus sexuel d'enfant\n(1) Commet une infraction toute personne qui possède du matériel "
           "d'abus sexuel d'enfant ; elle est passible d'une amende n'excédant pas 5 000 000 VT ou d'une peine "
           "d'emprisonnement n'excédant pas 5 ans.\n",
     {("proportionate-penalties", "fine-as-alternative", "narrows")}, set()),
    ("es", "Ley\n\nArtículo 16.- La remoción o el bloqueo del acceso a las representaciones sexuales de menores de "
           "edad alojadas por los prestadores de servicios en línea será ordenado por el juez competente.\n",
     {("provider-reporting-removal", "court-order-only", "narrows")}, set()),
    ("pt", "Lei\n\nArtigo 13.º\n1. As pessoas colectivas e as entidades equiparadas, incluindo os prestadores de "
           "serviços em rede, são criminalmente responsáveis pelos crimes de abuso sexual de crianças.\n",
     {("corporate-liability", "legal-persons-liable", "supports")}, set()),
    ("pt", "Lei\n\nArtigo 7.º\n1. Os prestadores intermediários de serviços em rede que tomem conhecimento de material "
           "de abuso sexual de crianças devem comunicá-lo de imediato ao Ministério Público e remover o conteúdo.\n",
     {("provider-reporting-removal", "removal-blocking", "supports")}, set()),
    # A viewer liable only when present on the spot is no remote viewer of a stream.
    ("pt", "Lei\n\nArtigo 176.º\n4 - Quem, sendo maior e estando presente no local, assistir a espetáculo de exploração "
           "sexual de menor transmitido em direto é punido com prisão até 3 anos.\n",
     {("live-streaming", "in-person-viewers-only", "narrows")}, set()),
    # rubric 1.25.0: a Timor-Leste-style Código Penal amendment, a New Zealand-style amending Act.
    ("pt", "Decreto-Lei\n\nArtigo 163.º-A\nVenda de menores\n1 - Quem vender, ceder ou por qualquer outra forma "
           "transferir menor para outrem, mediante pagamento, é punido com pena de prisão de 4 a 12 anos.\n",
     {("sale-of-children", "transfer-for-consideration", "supports")}, set()),
    ("pt", "Decreto-Lei\n\nArtigo 182.º-A\nO menor vítima de crime previsto no artigo 175.º não é criminalmente "
           "responsável pelos factos que tenha praticado em consequência dessa vitimização.\n",
     {("victim-non-criminalisation", "non-punishment-clause", "supports")}, set()),
    ("pt", "Decreto-Lei\n\nArtigo 182.º-E\nPrescrição\nNos crimes contra a autodeterminação sexual de menores, o "
           "prazo de prescrição do procedimento criminal não corre enquanto o ofendido for menor.\n",
     {("limitation-periods", "delayed-start", "supports")}, set()),
    ("pt", "Decreto-Lei\n\nArtigo 182.º-C\n1 - As pessoas coletivas são responsáveis criminalmente pelos crimes "
           "de exploração sexual de menores cometidos em seu nome.\n",
     {("corporate-liability", "criminal-liability", "supports")}, set()),
    ("en", "Act\n\n4 Extradition\nAn offence against section 124A of the Crimes Act is deemed to be an offence "
           "described in every extradition treaty in force between the State and any other country.\n",
     {("extradition", "extraditable-offences", "supports")}, set()),
    ("en", "Act\n\n5 Publication\nNo person may publish the name of, or any particulars likely to lead to the "
           "identification of, a person under the age of 18 years against whom an offence is alleged to have been "
           "committed.\n",
     {("child-sensitive-justice", "privacy-identity", "supports")}, set()),
    ("en", "Act\n\n6 Registration\nA person convicted of an offence against a child must be entered on the Child "
           "Sex Offender Register.\n",
     {("prevention", "perpetrator-prevention", "supports")}, set()),
    ("fr", "Loi organique\n\nArt. 8 - La personne morale est pénalement responsable des infractions prévues aux "
           "articles 232 et 234 bis du code pénal.\nToutefois, la personne morale est exonérée de responsabilité si "
           "elle établit qu'elle avait mis en œuvre un dispositif de conformité propre à prévenir l'infraction.\n",
     {("corporate-liability", "compliance-defence", "narrows")}, set()),
    # rubric 1.25.1: a Cuban-style Código Penal, a union regulation in German.
    ("es", "Ley\n\nARTÍCULO 310.1. El que capte a un menor para la prostitución incurre en sanción.\n2. El que, a "
           "cambio de pago, promesa o cualquier otra ventaja, realice actos sexuales con un menor, incurre en sanción "
           "de privación de libertad de cinco a doce años.\n",
     {("child-prostitution", "buyer-offence", "supports")}, set()),
    ("es", "Ley\n\nARTÍCULO 70.1. Quien sea penalmente responsable de un delito responde también civilmente de los "
           "daños y perjuicios que cause.\n2. La responsabilidad civil comprende la indemnización de los perjuicios.\n",
     {("victim-support-compensation", "compensation-procedure", "supports")}, set()),
    ("de", "Verordnung\n\nArtikel 15\nStraftaten\n(1) Die Mitgliedstaaten stellen sicher, dass die Herstellung von "
           "Darstellungen sexuellen Kindesmissbrauchs mit einer Freiheitsstrafe im Höchstmaß von mindestens fünf Jahren "
           "bestraft wird.\n(2) Der Besitz von Darstellungen sexuellen Kindesmissbrauchs wird mit einer Freiheitsstrafe "
           "im Höchstmaß von mindestens einem Jahr bestraft.\n",
     {("csam-offences", "production", "supports"), ("csam-offences", "possession", "supports")}, set()),
    ("de", "Verordnung\n\nArtikel 2\nBegriffsbestimmungen\nIm Sinne dieser Verordnung bezeichnet der Ausdruck\na) "
           "„Kind“ eine Person, die das 18. Lebensjahr noch nicht vollendet hat;\nb) „Darstellungen sexuellen "
           "Kindesmissbrauchs“ Abbildungen eines Kindes bei sexuellen Handlungen.\n",
     {("csam-definition", "child-under-18", "supports")}, set()),
    # rubric 1.26.0: a Thai-style Act in English, a Vietnamese-style code in French, an Ibero-American
    # convention, a Polish-style code in German translation.
    ("en", "Act\n\nSection 7. Whoever procures a child for prostitution shall be liable to imprisonment.\nWhoever "
           "gives or promises money to any person in return for having sexual intercourse with a child shall be liable "
           "to imprisonment.\n",
     {("child-prostitution", "buyer-offence", "supports")}, set()),
    ("en", "Act\n\nSection 8. Where child sexual abuse material is stored in a computer system under the control of "
           "a service provider, the court may, upon the application of the public prosecutor, order the service "
           "provider to delete such material.\n",
     {("provider-reporting-removal", "removal-blocking", "supports"),
      ("provider-reporting-removal", "court-order-only", "narrows")}, set()),
    ("en", "Act\n\n2 Obtaining sexual services of a child\nEvery person who gives, promises or offers any benefit "
           "to a person under 18 in return for a sexual act with that person commits an offence of child "
           "prostitution.\n",
     {("child-prostitution", "buyer-offence", "supports")}, {("child-prostitution", "procure-provide", "supports")}),
    # Withdrawal from an attempt ("Wegen Versuchs wird nicht bestraft, wer ...") is no attempt rule.
    ("de", "Gesetz\n\n§ 24 Rücktritt\n(1) Wegen Versuchs wird nicht bestraft, wer freiwillig die weitere Ausführung "
           "der Tat aufgibt.\n",
     set(), {("attempt-complicity", "attempt", "supports")}),
    ("fr", "Code pénal\n\nArticle 146. Sollicitation\n1. Quiconque propose une rencontre à un mineur de moins "
           "de 16 ans dans le dessein de commettre une infraction sexuelle encourt une amende de 20 000 000 dôngs ou "
           "une peine d'emprisonnement de 6 mois à 3 ans.\n2. L'infraction commise à l'égard d'une personne de moins de "
           "13 ans est passible d'une peine d'emprisonnement de 2 à 7 ans.\n",
     {("proportionate-penalties", "fine-as-alternative", "narrows")}, set()),
    ("es", "Convenio\n\nArtículo 7. Proposiciones a niños con fines sexuales\nCada Parte tipificará como delito el "
           "hecho de que un adulto proponga a un niño, por medio de las tecnologías de la información y la "
           "comunicación, un encuentro con el fin de cometer contra él un delito sexual.\n",
     {("grooming", "solicitation-for-sexual-purpose", "supports")}, set()),
    ("es", "Convenio\n\nArtículo 12. No punibilidad\n1. Cada Parte dispondrá que los niños víctimas de explotación "
           "sexual no sean procesados ni sancionados por su participación en los hechos.\n",
     {("victim-non-criminalisation", "non-punishment-clause", "supports")}, set()),
    ("es", "Convenio\n\nArtículo 14. Decomiso\nCada Parte permitirá el decomiso de los instrumentos utilizados para "
           "cometer los delitos previstos en el presente Convenio y de los productos de tales delitos.\n",
     {("seizure-confiscation", "proceeds", "supports")}, set()),
    ("es", "Convenio\n\nArtículo 20. Asistencia judicial mutua\n1. Las Partes se prestarán la asistencia judicial "
           "más amplia posible en las investigaciones relativas a los delitos previstos en el presente Convenio.\n"
           "2. A falta de tratado aplicable entre las Partes interesadas, las solicitudes se tramitarán conforme al "
           "presente Capítulo.\n",
     {("mutual-legal-assistance", "without-treaty", "supports")}, set()),
    ("de", "Strafgesetzbuch\n\nArt. 13. Wegen Versuchs haftet, wer mit dem Willen, eine verbotene Tat zu begehen, "
           "unmittelbar zu ihrer Verwirklichung ansetzt.\n",
     {("attempt-complicity", "attempt", "supports")}, set()),
    ("de", "Strafgesetzbuch\n\nArt. 204. § 3. Wer einen Minderjährigen zur Ausübung der Prostitution anwirbt, "
           "verleitet oder einem anderen überlässt, wird mit Freiheitsstrafe von 2 bis zu 15 Jahren bestraft.\n",
     {("child-prostitution", "procure-provide", "supports")}, set()),
    ("de", "Strafgesetzbuch\n\nArt. 199. § 3. Wer einen Minderjährigen gegen Gewährung oder Versprechen eines "
           "Vermögensvorteils zur Prostitution oder zu einer sexuellen Handlung bringt, wird mit Freiheitsstrafe "
           "bestraft.\n",
     {("child-prostitution", "buyer-offence", "supports")}, set()),
    ("de", "Strafgesetzbuch\n\nArt. 200a. § 2. Wer über ein Informationssystem mit einem Minderjährigen unter 15 "
           "Jahren Verbindung aufnimmt und ihm sexuelle Handlungen vorschlägt, wird mit Geldstrafe, "
           "Freiheitsbeschränkungsstrafe oder Freiheitsstrafe bis zu 2 Jahren bestraft.\n",
     {("proportionate-penalties", "fine-as-alternative", "narrows")}, set()),
    ("de", "Strafgesetzbuch\n\nArt. 44. § 1. Das Gericht erkennt auf Verfall der Gegenstände, die zur Begehung "
           "einer Straftat nach Art. 202 gedient haben.\n",
     {("seizure-confiscation", "instrumentalities", "supports")}, set()),
    ("de", "Gesetz\n\n23. Kapitel. Über Versuch\n\n1 §   Hat jemand mit der Ausführung eines Verbrechens "
           "begonnen, so wird er in den Fällen, für die dies besonders bestimmt ist, wegen Versuchs verurteilt.\n",
     {("attempt-complicity", "attempt-limited", "narrows")}, set()),
    # rubric 1.27.0: prohibitions whose penalty a later section sets (South Asian drafting).
    ("en", "Act\n\n5. Prohibition relating to abuse material: (1) No person shall, in relation to child sexual "
           "abuse material, produce or record it, or distribute it to another person.\n",
     {("csam-offences", "production", "supports"), ("csam-offences", "distribution", "supports")}, set()),
    ("en", "Act\n\n17. Limitation: Notwithstanding the law in force, a complaint in respect of an offence against "
           "a child may be filed within ten years from the date on which the victim attains the "
           "age of eighteen years.\n",
     {("limitation-periods", "delayed-start", "supports")}, set()),
    ("en", "Act\n\n24. Offence by body corporate: (1) Where an offence under this Act against a child is committed "
           "by a firm, company or other body corporate, that body corporate shall be deemed to have committed the "
           "offence and shall be liable to a fine.\n(2) Provided that the body corporate shall not be held liable "
           "if it proves that it had exercised all due diligence to prevent the offence.\n",
     {("corporate-liability", "legal-persons-liable", "supports"), ("corporate-liability", "criminal-liability", "supports"),
      ("corporate-liability", "compliance-defence", "narrows")}, set()),
    ("en", "Act\n\n3. Sale of children: No person shall, acting as an intermediary, improperly obtain the consent "
           "of a parent or guardian of a child to the adoption of the child for consideration.\n",
     {("sale-of-children", "illegal-adoption", "supports")}, set()),
    ("de", "Strafgesetzbuch\n\nBegriffsbestimmungen\nArtikel 6 – (1) Im Sinne der Strafgesetze bezeichnet der "
           "Ausdruck\na) Kind: jede Person, die das achtzehnte Lebensjahr noch nicht vollendet hat,\nb) Darstellung "
           "des sexuellen Missbrauchs von Kindern: jede Darstellung, gleich auf welchem Träger, die ein Kind bei "
           "sexuellen Handlungen zeigt.\n",
     {("csam-definition", "child-under-18", "supports")}, set()),
    ("de", "Strafgesetzbuch\n\nArtikel 226 – (5) Wer den sexuellen Missbrauch eines Kindes mittels eines "
           "Informationssystems zeitgleich überträgt, wird mit Freiheitsstrafe von sechs bis zwölf Jahren bestraft. "
           "(6) Wer Darstellungen des sexuellen Missbrauchs von Kindern besitzt, wird mit Freiheitsstrafe bis zu "
           "zwei Jahren oder mit Justizgeldstrafe bestraft.\n",
     {("live-streaming", "live-transmission", "supports"), ("proportionate-penalties", "fine-as-alternative", "narrows")},
     set()),
    ("de", "Strafgesetzbuch\n\nAuslieferung\nArtikel 18 – (1) Wegen einer Straftat gegen ein Kind, die im Höchstmaß "
           "mit Freiheitsstrafe von mindestens einem Jahr bedroht ist, kann ein Ausländer ausgeliefert werden.\n"
           "(2) Ein Staatsangehöriger wird nicht ausgeliefert.\n",
     {("extradition", "nationality-bar", "narrows")}, set()),
    ("fr", "Loi\n\nArticle 45 (modifié) Non-poursuite de l'enfant victime\nL'enfant victime d'exploitation sexuelle "
           "ne fait l'objet d'aucune poursuite ni sanction pour les actes commis en conséquence de son exploitation.\n",
     {("victim-non-criminalisation", "non-punishment-clause", "supports")}, set()),
    ("fr", "Loi\n\nArticle 83 (nouveau) Personnes morales\nLa personne morale est pénalement responsable des "
           "infractions de pornographie enfantine commises pour son compte. Toutefois, la personne morale n'est pas "
           "responsable si elle prouve avoir appliqué des mesures de prévention appropriées.\n",
     {("corporate-liability", "compliance-defence", "narrows")}, set()),
    ("fr", "Loi\n\nArticle 84 (nouveau) Saisie\nL'organe d'enquête peut saisir les appareils ayant servi à commettre "
           "une infraction contre un enfant, ainsi que les biens qui en sont le produit.\n",
     {("seizure-confiscation", "proceeds", "supports")}, set()),
    ("es", "Decreto\n\nArtículo 4o.- Serán sancionados los delitos contra menores que se cometan fuera del territorio "
           "nacional por una persona de nacionalidad papaloapense, siempre que los hechos estén tipificados como "
           "delito tanto en el lugar de su comisión como en la República.\n",
     {("extraterritorial-jurisdiction", "double-criminality-required", "narrows")}, set()),
    ("es", "Decreto\n\nArtículo 202 Bis.- Se impondrán de dos a cinco años de prisión a quien posea material de abuso "
           "sexual infantil con el propósito de distribuirlo o venderlo.\n",
     {("csam-offences", "possession", "supports"), ("csam-offences", "possession-purpose-only", "narrows")}, set()),
    ("es", "Convenio\n\nArtículo 20. Asistencia judicial mutua\nLas Partes se prestarán la asistencia judicial más "
           "amplia posible en las investigaciones relativas a los delitos contra niños. La asistencia no se "
           "supeditará a la condición de doble incriminación.\n",
     {("mutual-legal-assistance", "dual-criminality-waived", "supports")}, set()),
    ("pt", "Código Penal\n\nArtigo 178.º\n[Pornografia de menores]\n6 - Quem produzir ou distribuir programa "
           "informático, modelo ou outra ferramenta concebidos exclusivamente para gerar material pornográfico de "
           "menor é punido com pena de prisão até 3 anos.\n",
     {("csam-ai-tools", "generator-tools", "supports"), ("csam-ai-tools", "sole-purpose-test", "narrows")}, set()),
    ("pt", "Código Penal\n\nArtigo 179.º\n[Venda de menores]\n3 - Quem, na qualidade de intermediário, obtiver "
           "indevidamente, mediante pagamento, o consentimento necessário à adopção de menor é punido com pena de "
           "prisão de 1 a 5 anos.\n",
     {("sale-of-children", "illegal-adoption", "supports")}, set()),
    # rubric 1.28.0
    ("en", "Law\n\nArticle 10: Solicitation of a child\nAny person who, by means of information and communication "
           "technologies, proposes a meeting to a child with the intention of committing a sexual offence against "
           "him or her commits an offence.\n",
     {("grooming", "solicitation-for-sexual-purpose", "supports")}, set()),
    ("en", "Law\n\nArticle 7: Possession of child sexual abuse material\nAny person who possesses child sexual abuse "
           "material commits an offence. Upon conviction, he or she is liable to imprisonment for a term of one to "
           "three years and a fine, or only one of these penalties.\n",
     {("proportionate-penalties", "fine-as-alternative", "narrows")}, set()),
    ("en", "Law\n\nArticle 25: Removal of content\nUpon an order of the competent court, a service provider removes "
           "child sexual abuse material within twenty-four hours.\nA service provider which merely transmits, caches "
           "or hosts information provided by a user is not criminally liable for it.\n",
     {("provider-reporting-removal", "court-order-only", "narrows"),
      ("corporate-liability", "intermediary-immunity", "narrows")}, set()),
    ("fr", "Loi\n\nArticle 11 : Le fait, pour un majeur, de contacter un enfant ou de lui adresser des propositions, "
           "par un réseau de communication électronique, dans le but de commettre à son encontre une agression "
           "sexuelle est puni de deux ans d'emprisonnement.\n",
     {("grooming", "solicitation-for-sexual-purpose", "supports")}, set()),
    ("fr", "Loi\n\nArticle 5 : Est puni de cinq ans d'emprisonnement quiconque, agissant comme intermédiaire, obtient "
           "indûment, par don, promesse ou pression, le consentement des parents ou du tuteur à l'adoption d'un "
           "enfant.\n",
     {("sale-of-children", "illegal-adoption", "supports")}, set()),
    ("de", "Strafgesetzbuch\n\n203. §\n(1) Wer mit einer Person unter achtzehn Jahren gegen Entgelt, ein Geschenk oder "
           "einen sonstigen Vorteil, gleich ob dieser ihr oder einem Dritten gewährt wird, eine sexuelle Handlung "
           "vornimmt, ist wegen eines Vergehens mit Freiheitsstrafe bis zu drei Jahren zu bestrafen.\n",
     {("child-prostitution", "buyer-offence", "supports")}, set()),
    ("de", "Strafgesetzbuch\n\n204/C. §\n(1) Wer eine Person unter achtzehn Jahren zur Mitwirkung an einer "
           "pornografischen Darbietung anwirbt oder sie mittels eines Informationssystems in Echtzeit überträgt, ist "
           "mit Freiheitsstrafe von zwei bis zu acht Jahren zu bestrafen.\n",
     {("live-streaming", "live-transmission", "supports")}, set()),
    ("pt", "Lei\n\nArt. 241-F. Desenvolver, oferecer ou distribuir programa de computador, mode-\nlo de inteligência "
           "artificial ou outro instrumento conce-\nbido exclusivamente para a produção de material pornográfico "
           "de criança:\nPena - reclusão, de 1 (um) a 4 (quatro) anos, e multa.\n",
     {("csam-ai-tools", "generator-tools", "supports"), ("csam-ai-tools", "sole-purpose-test", "narrows")}, set()),
    # rubric 1.29.0
    ("de", "Strafgesetz\n\n§ 223a. Wer mit einer Person unter 18 Jahren gegen Bezahlung oder gegen das Versprechen "
           "eines sonstigen Vorteils eine sexuelle Handlung vornimmt, wird mit Gefängnis bis zu 4 Jahren bestraft.\n",
     {("child-prostitution", "buyer-offence", "supports")}, set()),
    ("de", "Strafgesetz\n\n§ 25. Eine juristische Person kann mit Geldstrafe bestraft werden, wenn sie eine Straftat "
           "nach § 235 über die Verbreitung kinderpornografischer Inhalte begeht.\n",
     {("corporate-liability", "legal-persons-liable", "supports"), ("corporate-liability", "criminal-liability", "supports")},
     set()),
    ("fr", "Loi\n\n« Art. 417/50. Est puni de la réclusion de cinq ans à dix ans celui qui transmet en direct des actes à "
           "caractère sexuel impliquant un mineur, ainsi que celui qui sciemment y assiste. »\n",
     {("live-streaming", "viewer-payer-liability", "supports")}, set()),
    ("es", "Ley\n\nArtículo 183.\n2. Quien, por internet, contacte con un menor de dieciséis años para que le envíe "
           "imágenes sexuales propias o de otro menor será castigado con la pena de prisión de seis meses a dos años.\n",
     set(), {("victim-non-criminalisation", "punishes-self-images", "contradicts")}),
    # Rubric 1.30.0 (round 33 of the development texts): a purpose that the law says is not required
    # ("aun cuando no tenga el propósito de distribuirlo") does not narrow possession.
    ("es", "Código Penal\n\nArtículo 202 Bis.- A quien posea o almacene material de abuso sexual de personas menores de "
           "dieciocho años, aun cuando no tenga el propósito de distribuirlo, se le impondrá pena de dos a seis años de prisión.\n",
     {("csam-offences", "possession", "supports")}, {("csam-offences", "possession-purpose-only", "narrows")}),
    # Russian-style articles name the acts as nouns and punish with "Freiheitsentziehung".
    ("de", "Strafgesetzbuch\n\nArtikel 242.1. Herstellung und Verbreitung von Materialien mit pornographischen "
           "Darstellungen Minderjähriger\n\n1. Die Herstellung, der Erwerb, die Aufbewahrung sowie die Verbringung in das "
           "Land oder aus dem Land von Materialien mit pornographischen Darstellungen Minderjähriger sowie ihre Verbreitung "
           "oder ihr Verkauf –\nwerden mit Freiheitsentziehung für die Dauer von zwei bis zu acht Jahren bestraft.\n",
     {("csam-offences", "production", "supports"), ("csam-offences", "possession", "supports"),
      ("csam-offences", "import-export", "supports"), ("csam-offences", "distribution", "supports"),
      ("csam-offences", "offer-sale", "supports"), ("proportionate-penalties", "imprisonment", "supports")}, set()),
    ("de", "Strafgesetzbuch\n\nArtikel 240.1. Sexuelle Dienste Minderjähriger\n\n1. Die Erlangung sexueller Dienste einer "
           "minderjährigen Person gegen ein Entgelt oder eine sonstige Gegenleistung –\nwird mit Geldstrafe bis zu "
           "zweihunderttausend Rubel oder mit Freiheitsentziehung für die Dauer von bis zu vier Jahren bestraft.\n",
     {("child-prostitution", "buyer-offence", "supports"), ("proportionate-penalties", "fine-as-alternative", "narrows")},
     set()),
    ("pt", "Lei\n\nArt. 241-B. Possuir ou armazenar, por qualquer meio, material pornográfico infanto-juvenil, com o fim "
           "de vendê-lo ou distribuí-lo:\nPena - reclusão, de 1 (um) a 4 (quatro) anos, e multa.\n",
     {("csam-offences", "possession", "supports"), ("csam-offences", "possession-purpose-only", "narrows")}, set()),
    ("pt", "Lei\n\nArt. 5º O responsável pela prestação de serviço de hospedagem que, intimado por ordem judicial, deixar "
           "de desabilitar, no prazo nela fixado, o acesso ao material pornográfico infanto-juvenil incorre nas penas do "
           "art. 241-A.\n",
     {("provider-reporting-removal", "removal-blocking", "supports"),
      ("provider-reporting-removal", "court-order-only", "narrows")}, set()),
    ("en", "Act\n\n17. Child victims.—No child who has been used for prostitution or for the production of child "
           "pornography shall be prosecuted or punished for any act done by him in consequence of that offence.\n",
     {("victim-non-criminalisation", "non-punishment-clause", "supports")}, set()),
    ("en", "Act\n\n28. Public awareness.—The Government may undertake or support programmes in schools to create "
           "awareness of the online sexual exploitation of children.\n",
     {("prevention", "awareness-education", "supports"), ("prevention", "discretionary-only", "narrows")}, set()),
    ("fr", "Code de l'éducation\n\n« Art. L. 312-9-1. – Une information sur les risques d'exploitation sexuelle en "
           "ligne est dispensée aux élèves des écoles et des collèges chaque année. »\n",
     {("prevention", "awareness-education", "supports")}, set()),
    ("es", "Código Penal\n\nArtículo 202 Ter.- La persona jurídica, incluidas las prestadoras de servicios digitales, "
           "será penalmente responsable de los delitos previstos en el artículo 202 cuando se cometan en su nombre.\n",
     {("corporate-liability", "legal-persons-liable", "supports")}, set()),
    ("de", "Strafgesetzbuch\n\nArtikel 12. Taten im Ausland\n\n1. Bürger, die im Ausland eine in Artikel 242.1 "
           "vorgesehene Tat begangen haben, sind strafrechtlich verantwortlich, wenn die Tat auch nach dem Recht des "
           "Staates, auf dessen Gebiet sie begangen wurde, als Straftat gilt.\n",
     {("extraterritorial-jurisdiction", "double-criminality-required", "narrows")}, set()),
    # Round 34 of the development texts.
    ("en", "Act\n\nSec. 12.  There is no limitation of the time within which a prosecution must be commenced for a "
           "violation of section 3 of this act, which concerns child sexual abuse material.\n",
     {("limitation-periods", "no-limitation", "supports")}, set()),
    ("en", "Act\n\nSec. 13.  A resident of this State who, outside this State, commits an act which would be a violation "
           "of section 3 of this act concerning child sexual abuse material may be prosecuted, if the act is also "
           "punishable in the place where it was committed.\n",
     {("extraterritorial-jurisdiction", "nationality-residence", "supports"),
      ("extraterritorial-jurisdiction", "double-criminality-required", "narrows")}, set()),
    ("en", "Act\n\nSec. 14.  In a prosecution for a sexual offence against a child, the court shall permit a child "
           "victim to testify by closed-circuit television. Information which identifies the child is confidential.\n",
     {("child-sensitive-justice", "privacy-identity", "supports")}, set()),
    ("fr", "Code pénal\n\nArt. 417/52. [1 Le mineur victime d'une infraction visée aux articles 417/44 à 417/49 n'est "
           "ni poursuivi ni puni pour les faits commis en relation avec cette infraction.]1\n",
     {("victim-non-criminalisation", "non-punishment-clause", "supports")}, set()),
    ("fr", "Code pénal\n\nArt. 5. Une personne morale est pénalement responsable de toute infraction commise pour son "
           "compte par ses organes, notamment de l'exploitation sexuelle des mineurs.\n",
     {("corporate-liability", "legal-persons-liable", "supports")}, set()),
    ("fr", "Titre préliminaire\n\nArt. 21bis. Pour les infractions d'exploitation sexuelle des mineurs, le délai de "
           "prescription de l'action publique ne commence à courir qu'à partir du jour où la victime atteint l'âge de "
           "dix-huit ans.\n",
     {("limitation-periods", "delayed-start", "supports")}, set()),
    ("de", "Strafgesetzbuch\n\n§ 15. Wer den Entschluss, eine vorsätzliche strafbare Handlung zu begehen, betätigt, ist, "
           "auch wenn die Tat nicht vollendet wird, mit der für die vollendete Tat angedrohten Strafe zu bestrafen.\n",
     {("attempt-complicity", "attempt", "supports")}, set()),
    ("de", "Strafgesetzbuch\n\n§ 215a. (3) Wer wissentlich eine pornographische Darbietung betrachtet, an der eine "
           "minderjährige Person mitwirkt, ist mit Freiheitsstrafe bis zu drei Jahren zu bestrafen.\n",
     {("live-streaming", "viewer-payer-liability", "supports")}, set()),
    ("pt", "Lei\n\nARTIGO 27\n(Extradição)\n1. Os crimes de exploração sexual de crianças dão lugar a extradição.\n"
           "2. Quando a extradição for recusada, o Ministério Público instaura procedimento criminal pelos factos.\n",
     {("extradition", "prosecute-if-not-extradited", "supports")}, set()),
    ("pt", "Lei\n\nARTIGO 26\n(Cooperação judiciária)\n1. As autoridades prestam às autoridades estrangeiras a mais "
           "ampla cooperação na investigação e julgamento dos crimes de exploração sexual de crianças, incluindo a "
           "recolha e transmissão de provas.\n",
     {("mutual-legal-assistance", "criminal-matters-scope", "supports")}, set()),
    ("pt", "Lei\n\nARTIGO 15\n(Tentativa e comparticipação)\n1. A tentativa dos crimes de exploração sexual de crianças "
           "é sempre punível.\n2. Quem, por qualquer forma, instigar, auxiliar ou facilitar a prática desses crimes é "
           "punido com a pena aplicável ao autor.\n",
     {("attempt-complicity", "complicity", "supports")}, set()),
    # Round 35 of the development texts.
    ("en", "Code of Criminal Procedure\n\n561B. No bar of time.—Notwithstanding anything contained in any law, no Court "
           "shall refuse to take cognizance of an offence under section 292B (child sexual abuse material) on the ground "
           "of time elapsed since its commission.\n",
     {("limitation-periods", "no-limitation", "supports")}, set()),
    ("fr", "Code pénal\n\nArt. 197a\nDéfinitions\n\n1 Sont des représentations pédosexuelles les écrits, images et "
           "données informatiques, quel qu'en soit le support, qui montrent un mineur se livrant à un acte d'ordre "
           "sexuel réel ou simulé.\n",
     {("csam-definition", "any-medium", "supports")}, set()),
    # Round 36 of the development texts.
    ("en", "Computer Misuse Act\n\n38A. (1) A service provider that becomes aware that child sexual abuse material is "
           "stored on its service shall, within forty-eight hours, report the material and any associated account to the "
           "Inspector-General of Police.\n",
     {("provider-reporting-removal", "report-to-authorities", "supports")}, set()),
    ("en", "Children Act\n\n40B. The Cabinet Secretary may make grants to schools for programmes that teach children, "
           "parents and teachers about the risks of sexual exploitation online.\n",
     {("prevention", "awareness-education", "supports"), ("prevention", "discretionary-only", "narrows")}, set()),
    ("fr", "Code pénal\n\nArt. 333 bis 5. — Est puni comme auteur, quiconque, sciemment, aide ou assiste l'auteur de "
           "l'une des infractions prévues à la présente section commises contre un mineur.\n",
     {("attempt-complicity", "complicity", "supports")}, set()),
    ("fr", "Code pénal\n\nArt. 333 bis 6. — La personne morale, à l'exclusion de l'État et des collectivités "
           "territoriales, est pénalement responsable des infractions prévues à la présente section.\n",
     {("corporate-liability", "legal-persons-liable", "supports")}, set()),
    ("pt", "Lei\n\nArtigo 14.º (Pornografia infantil)\n2. Quem adquirir ou guardar material pornográfico envolvendo "
           "crianças com a intenção de o distribuir, vender, ceder ou exibir é punido com pena de prisão de 1 a 5 anos.\n",
     {("csam-offences", "possession-purpose-only", "narrows")}, set()),
    ("pt", "Lei\n\nArtigo 26.º (Prestadores de serviços em rede)\n1. Os prestadores intermediários de serviços em rede "
           "são obrigados a remover ou a impossibilitar o acesso a material pornográfico envolvendo crianças sempre que "
           "tal lhes seja ordenado pelo juiz.\n",
     {("provider-reporting-removal", "court-order-only", "narrows")}, set()),
    ("es", "Ley de Cooperación\n\nARTÍCULO 6°.- Delitos que dan lugar a la extradición. Procederá la extradición por "
           "hechos que, según la ley del Estado requirente y la de la República, estén reprimidos con pena privativa de "
           "libertad cuyo máximo no sea inferior a un año, incluidos los delitos contra menores.\n",
     {("extradition", "extraditable-offences", "supports")}, set()),
    # "la prohibición de asistir a ciertos lugares" is a coercive measure, not watching a live show
    ("es", "Código Procesal\n\nARTÍCULO 210.- Medidas de coerción. El juez podrá imponer al imputado de un delito "
           "contra la integridad sexual de una persona menor de edad la prohibición de asistir a ciertos lugares.\n",
     set(), {("live-streaming", "viewer-payer-liability", "supports")}),
    # A Schedule of consequential amendments with no numbered item of its own is read as a unit.
    ("en", "Act\n\n1 Title\nThis Act is the Crimes Amendment Act 2025.\n\nSchedule\nConsequential amendments\n\n"
           "Extradition Act 1999\nAfter section 4(3), insert:\n    (4) An offence against section 124A of the Crimes "
           "Act is deemed to be an offence described in every extradition treaty.\n",
     {("extradition", "extraditable-offences", "supports")}, set()),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_findings(rubric, lang, text, present, absent):
    found = _elements(rubric, lang, text)
    assert present <= found, f"missing {present - found}; found {sorted(found)}"
    assert not (absent & found), f"unexpected {absent & found}"


@pytest.mark.parametrize("lang,text,category,quote", [
    ("en", "Act\n\n1 Offence\nEvery person who communicates with a person under the age of 16 years is guilty.\n",
     "age", "under the age of 16"),
    ("de", "Gesetz\n\n§ 1 Tat\nWer eine Person unter sechzehn Jahren anspricht, wird bestraft.\n", "age", "unter sechzehn"),
    ("fr", "Code\n\nArticle 1\nLe fait de proposer à un mineur de moins de 15 ans est puni.\n", "age", "moins de 15"),
    ("es", "Código\n\nArtículo 1.\nEl que contacte con un menor de 16 años será castigado.\n", "age", "menor de 16"),
    ("pt", "Lei\n\nArt. 1º Aliciar menor de 14 anos.\nPena – reclusão.\n", "age", "menor de 14"),
    ("de", "Gesetz\n\n§ 2 Ausnahme\nAbsatz 1 ist nicht anzuwenden, wenn die Tat geringfügig ist.\n", "exception",
     "nicht anzuwenden"),
    ("fr", "Code\n\nArticle 2\nLe présent article n'est pas applicable aux mineurs.\n", "exception", "n'est pas applicable"),
    ("en", "Act\n\n3 Defence\nIt is a defence to a charge under section 2 that the accused took reasonable steps.\n",
     "exception", "it is a defence"),
    ("de", "Gesetz\n\n§ 3 Bußgeld\nOrdnungswidrig handelt, wer ...; die Ordnungswidrigkeit kann mit einer Geldbuße "
           "geahndet werden.\n", "sanction:administrative-fine", "Geldbuße"),
    ("en", "Act\n\n4 Penalty\nThe offender is liable to imprisonment for a term of not more than 10 years.\n",
     "sanction:imprisonment", "imprisonment"),
    ("en", "Act\n\n5 Jurisdiction\nAn offence under section 163.1 committed outside Canada is triable.\n",
     "cross-reference", "section"),
    ("de", "Gesetz\n\n§ 5 Auslandstaten\nDas Strafrecht gilt für Taten nach § 184b im Ausland.\n",
     "cross-reference", "§"),
    ("fr", "Code\n\nArticle 6\nLes infractions prévues à l'article 227-23 commises à l'étranger sont punies.\n",
     "cross-reference", "article"),
    ("es", "Código\n\nArtículo 7.\nLos delitos del artículo 189 cometidos fuera del territorio serán perseguidos.\n",
     "cross-reference", "artículo"),
    ("pt", "Lei\n\nArt. 8º Aplica-se aos crimes dos arts. 240 e 241 cometidos no estrangeiro.\n",
     "cross-reference", "arts."),
    # rubric 1.7.0: qualified minors as offenders, Peruvian penalties, "commits an offence".
    ("en", "Act\n\n12 Images\nA child of fourteen years or older who sends material depicting himself or herself "
           "is guilty of an offence.\n", "offender:child", "a child of fourteen years or older who"),
    ("en", "Act\n\n9 Young persons\nA person who is under 18 years commits an offence if the person produces "
           "material.\n", "offender:child", "a person who is under"),
    ("en", "Act\n\n9 Young persons\nA person who is under 18 years commits an offence if the person produces "
           "material.\n", "sanction:imprisonment", "commits an offence"),
    ("es", "Código\n\nArtículo 183-D.- El menor de dieciocho años y mayor de catorce que produce imágenes de sí mismo "
           "será reprimido con prestación de servicios a la comunidad.\n", "offender:child",
     "el menor de dieciocho años y mayor de catorce que"),
    ("es", "Código\n\nArtículo 179.- El que promueve la prostitución de un menor será reprimido con pena privativa "
           "de libertad no inferior a ocho años.\n", "sanction:imprisonment", "pena privativa de libertad"),
    ("pt", "Lei\n\nArt. 1º O adolescente com dezesseis anos completos que produzir material em que figure ele próprio "
           "fica sujeito à pena.\n", "offender:child", "o adolescente com dezesseis anos completos que"),
    ("pt", "Lei\n\nArt. 1º O adolescente com dezesseis anos completos que produzir material em que figure ele próprio "
           "fica sujeito à pena.\n", "self-depiction", "ele próprio"),
    # rubric 1.8.0: qualified minors as offenders in Canadian French and Central American Spanish.
    ("fr", "Code\n\nArticle 3\nLa personne âgée de quatorze à dix-sept ans qui produit une représentation où elle "
           "figure elle-même est passible d'une amende.\n", "offender:child", "la personne âgée de quatorze à dix-sept"),
    ("es", "Ley\n\nArt. 12.- El adolescente mayor de catorce años que difunda imágenes de sí mismo será sancionado "
           "con multa.\n", "offender:child", "el adolescente mayor de catorce años que"),
    ("pt", "Lei\n\nArt. 2º Aplica-se a pena de detenção ao adolescente com mais de 16 (dezesseis) anos que divulgar "
           "fotografia de conteúdo sexual de si próprio.\n", "offender:child", "ao adolescente com mais de 16"),
    # rubric 1.9.0: US state codes grade offences ("is a felony of the third degree").
    ("en", "Code\n\nSec. 43.26. POSSESSION. (a) A person commits an offense if the person possesses child "
           "pornography.\n(b) An offense under this section is a felony of the third degree.\n",
     "sanction:imprisonment", "felony"),
    # rubric 1.22.0: a penalty by reference, a convention's obligation to criminalise, a Nordic sentence.
    ("es", "Ley\n\nArtículo 12.- Será sancionado con la pena prevista en el primer párrafo del artículo 10 quien "
           "transmita en tiempo real actos sexuales con una niña.\n", "sanction:imprisonment", "sancionado con la pena prevista"),
    ("fr", "Convention\n\nArticle 9\nChaque Partie prend les mesures nécessaires pour ériger en infraction pénale "
           "la fabrication d'outils.\n", "sanction:imprisonment", "ériger en infraction pénale"),
    ("de", "Gesetz\n\n6. Kapitel. Über Sexualverbrechen\n\n9 §   Wer eine sexuelle Handlung mit einem Kind gegen "
           "Entgelt vornimmt, wird zu Gefängnis von höchstens vier Jahren verurteilt.\n",
     "sanction:imprisonment", "zu Gefängnis von"),
])
def test_extractors(lang, text, category, quote):
    document = _doc(lang, text)
    matches = match_sections(document, split(document))
    quotes = {(m.label, document.text[m.start:m.end].lower()) for s in matches for m in s.legal}
    assert any(label == category and quote.lower() in q for label, q in quotes), sorted(quotes)


@pytest.mark.parametrize("lang, text", [
    # rubric 1.13.0: Portuguese "detenção" is also possession; a definition's "mit Strafe bedroht"
    # points to criminal law elsewhere. Neither makes its section an offence.
    ("pt", "Decreto\n\nArtigo 22.º\nConstituem indícios a produção, detenção ou difusão de material de abuso sexual.\n"),
    ("de", "Gesetz\n\n§ 14\nEine Gewalttat sind sexuelle Handlungen, die nach dem Strafgesetzbuch mit Strafe bedroht sind.\n"),
    # rubric 1.24.0: a child victim who "wird ... nicht bestraft" is exempt, not punished.
    ("de", "Verordnung\n\nArt. 28 Straflosigkeit\n2 Eine minderjährige Person, die Opfer einer Tat geworden ist, wird "
           "für die Vornahme sexueller Handlungen gegen Entgelt nicht bestraft.\n"),
])
def test_words_that_name_a_penalty_elsewhere_are_no_criminal_sanction(lang, text):
    document = _doc(lang, text)
    labels = {m.label for s in match_sections(document, split(document)) for m in s.legal}
    assert "sanction:imprisonment" not in labels, labels


@pytest.mark.parametrize("lang, text, quote", [
    ("pt", "Lei\n\nArt. 240. Produzir material.\nPena - detenção, de 1 (um) a 3 (três) anos.\n", "pena - detenção"),
    ("de", "Gesetz\n\n§ 3\nWer Inhalte verbreitet, wird mit Strafe belegt.\n", "strafe"),
])
def test_a_penalty_of_detencao_or_strafe_is_a_criminal_sanction(lang, text, quote):
    document = _doc(lang, text)
    quotes = {document.text[m.start:m.end].lower() for s in match_sections(document, split(document)) for m in s.legal
              if m.label == "sanction:imprisonment"}
    assert any(quote in q for q in quotes), quotes


def test_source_markers_are_split_from_the_words_they_touch():
    from gapcheck.nlp import pipeline
    words = [t.text for t in pipeline("en").make_doc("(1)[F1Subject to] a childE+W [F2or to make]")]
    assert {"child", "E+W", "or", "Subject"} <= set(words)
    assert "F16" in [t.text for t in pipeline("en").make_doc("an F16 jet")]


def test_a_wrapped_line_reads_as_one_and_a_heading_dash_is_its_own_token():
    from gapcheck.nlp import make_docs, pipeline
    nlp = pipeline("es")
    doc = next(make_docs(nlp, ["(Difusión de imágenes íntimas).- El que será\ncastigado.\n\nOtro párrafo."]))
    words = [t.text for t in doc]
    assert "íntimas" in words and "-" in words
    assert "\n" not in words and "\n\n" in "".join(t.text_with_ws for t in doc)   # a blank line stays
    assert doc.text.index("castigado") == len("(Difusión de imágenes íntimas).- El que será\n")   # offsets kept


def test_a_bills_findings_are_not_classified(rubric):
    # rubric 1.9.0: "SEC. 2. FINDINGS." states reasons, not law; the same words in a section that enacts are found.
    text = ("A BILL\n\nSEC. 2. FINDINGS.\nCongress finds that a national awareness campaign on the sexual abuse of "
            "children would help.\n\nSEC. 3. CAMPAIGN.\nThe Secretary shall run a national awareness campaign on "
            "the sexual abuse of children.\n")
    document = _doc("en", text)
    found = {(f.provision.split("__")[0], f.requirement) for f in classify(document, split(document), rubric, model=None)}
    assert ("sec_3", "prevention") in found
    assert not [f for f in found if f[0] == "sec_2"]


def test_findings_point_into_the_text(rubric):
    document = _doc("en", CASES[0][1])
    for f in classify(document, split(document), rubric, model=None):
        assert document.text[f.start:f.end] == f.quote
        assert f.section == "2" and f.provision.startswith("sec_2")


@pytest.mark.parametrize("pattern,expected", [
    ([{"LOWER": "shall"}, {"LOWER": {"IN": ["be", "is"]}}], [("shall", "be"), ("shall", "is")]),
    ([{"LOWER": "every"}, {"ORTH": ",", "OP": "?"}, {"LOWER": "person"}], [("every", ",", "person"), ("every", "person")]),
    ([{"LOWER": {"REGEX": "^abuse"}}], None),
    ([{"LOWER": "x"}, {"OP": "*"}, {"LOWER": "y"}], None),
    ([{"ORTH": "Act"}], None),
])
def test_exact_patterns_become_phrases(pattern, expected):
    from gapcheck.nlp import _word_sequences
    assert _word_sequences(pattern) == expected


def test_exact_pattern_as_phrase_matches_like_the_matcher():
    import spacy
    from spacy.matcher import Matcher
    from gapcheck.nlp import _CueCompiler
    nlp = spacy.blank("en")
    pattern = [{"LOWER": "every"}, {"ORTH": ",", "OP": "?"}, {"LOWER": {"IN": ["person", "individual"]}},
               {"LOWER": "who"}]
    doc = nlp("Every person who acts, and every individual who helps; every, person who sees.")
    matcher = Matcher(nlp.vocab)
    matcher.add("x", [pattern])
    expected = sorted((s, e) for _, s, e in matcher(doc))
    compiled = _CueCompiler(nlp, {"x": ([], [pattern])}, "test")
    assert not compiled.matchers                      # no Matcher left: it became phrases
    assert sorted((s.start, s.end) for s in compiled(doc)) == expected


@pytest.mark.parametrize("lang,text,lemmas", [
    ("en", "He distributes images", ["he", "distribute", "image"]),
    ("de", "Die Personen verbreitet Schriften", ["der", "person", "verbreiten", "schrift"]),
    ("fr", "personnes morales", ["personne", "morale"]),
    ("es", "Quien distribuya imágenes", ["quien", "distribuir", "imagen"]),
    ("pt", "fotografias pornográficas", ["fotografia", "pornográfico"]),
])
def test_norm_is_the_lower_cased_lookup_lemma(lang, text, lemmas):
    import spacy
    from gapcheck.nlp import pipeline
    nlp = pipeline(lang)
    with nlp.select_pipes(enable=["gapcheck_norm"]):
        doc = nlp(text)
    reference = spacy.blank(lang)
    reference.add_pipe("lemmatizer", config={"mode": "lookup"})
    reference.initialize()
    assert [t.norm_ for t in doc] == lemmas
    # The same lemmas as spaCy's own lookup lemmatizer.
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in reference(text)]


def test_a_word_not_in_the_table_is_its_own_lemma():
    from gapcheck.nlp import pipeline
    nlp = pipeline("en")
    with nlp.select_pipes(enable=["gapcheck_norm"]):
        doc = nlp("Zxqvbn-Act")
    assert [t.lemma_ for t in doc] == [t.text for t in doc]
    assert [t.norm_ for t in doc] == [t.text.lower() for t in doc]


def test_prefilter_skips_a_matcher_only_when_a_required_word_is_absent():
    import spacy
    from spacy.matcher import Matcher
    from gapcheck.nlp import _CueCompiler, make_docs
    nlp = spacy.blank("en")
    pattern = [{"ORTH": "Abs."}, {"LOWER": {"IN": ["4", "5"]}}, {"LOWER": {"REGEX": "^sentenc"}, "OP": "?"}]
    compiled = _CueCompiler(nlp, {"x": ([], [pattern])}, "test")
    assert compiled.matchers                          # a Matcher, with a prefilter
    matcher = Matcher(nlp.vocab)
    matcher.add("x", [pattern])
    for text in ("See Abs. 4 sentence 2.", "See abs. 5.", "See Abs.4", "Absatz 4", "See Abs. 45 or 4x."):
        doc = next(make_docs(nlp, [text]))
        assert sorted((s.start, s.end) for s in compiled(doc)) == sorted((s, e) for _, s, e in matcher(doc)), text


@pytest.mark.parametrize("patterns,windowed", [
    # a required word and a bounded length: looked for only around "under" / "below"
    ([[{"LOWER": {"IN": ["under", "below"]}}, {"LOWER": "the", "OP": "?"}, {"LOWER": "age", "OP": "?"},
       {"LOWER": "of", "OP": "?"}, {"LIKE_NUM": True}]], True),
    # a counted gap: the stretch reaches as far as the longest match
    ([[{"LOWER": "under"}, {"OP": "{,3}"}, {"LIKE_NUM": True}], [{"LOWER": "aged"}, {"LIKE_NUM": True}]], True),
    # the required word after an optional or negated one, or a regex on the lower-cased word
    ([[{"LOWER": "the", "OP": "?"}, {"LOWER": "age"}, {"LIKE_NUM": True}]], True),
    ([[{"LOWER": {"NOT_IN": ["no", "any"]}}, {"OP": "{1,2}"}, {"LOWER": "of"}, {"LIKE_NUM": True}]], True),
    ([[{"LOWER": {"REGEX": "^und"}}, {"LIKE_NUM": True}], [{"LIKE_NUM": True}, {"LOWER": {"REGEX": "ge$"}}]], True),
    # only the stretches around "court" that also hold "order" within the pattern's reach
    ([[{"LOWER": "court"}, {"LOWER": {"NOT_IN": [".", ";"]}, "OP": "{,3}"}, {"LOWER": "order"},
       {"LOWER": {"REGEX": "^\\d+$"}, "OP": "?"}]], True),
    # an unbounded gap that no "." or ";" passes, around words that cannot be one either:
    # looked for between the "." and ";" tokens on either side of the word
    ([[{"LOWER": "under"}, {"LOWER": {"NOT_IN": [".", ";"]}, "OP": "*"}, {"LOWER": {"REGEX": "^\\d+$"}}]], True),
    ([[{"LOWER": {"REGEX": "^\\d+$"}}, {"LOWER": {"NOT_IN": [";", ".", "of"]}, "OP": "+"}, {"LOWER": "order"}]], True),
    # an unbounded gap on both sides of every word test, or no word test: the whole text
    ([[{"LOWER": "under"}, {"OP": "*"}, {"LIKE_NUM": True}]], False),
    # (a gap that "." passes, a token that may be ";", or a negated token: the whole text too)
    ([[{"LOWER": "under"}, {"LOWER": {"NOT_IN": [";"]}, "OP": "*"}, {"LOWER": {"REGEX": "^\\d+$"}}]], False),
    ([[{"LOWER": "under"}, {"LOWER": {"NOT_IN": [".", ";"]}, "OP": "*"}, {"LOWER": {"IN": ["7", ";"]}}]], False),
    ([[{"LOWER": "under"}, {"LOWER": {"NOT_IN": [".", ";"]}, "OP": "*"}, {"LOWER": "of", "OP": "!"},
       {"LOWER": {"REGEX": "^\\d+$"}}]], False),
    ([[{"LIKE_NUM": True}, {"LOWER": {"NOT_IN": ["of"]}, "OP": "+"}]], False),
    # (a regex on ORTH tests the word as written; the prefilter ignores case for it)
    ([[{"ORTH": {"REGEX": "^Und"}}, {"LIKE_NUM": True}]], False),
])
def test_a_matcher_run_around_its_words_finds_what_it_finds_in_the_whole_text(patterns, windowed):
    import spacy
    from spacy.matcher import Matcher
    from gapcheck.nlp import _CueCompiler, make_docs
    nlp = spacy.blank("en")
    compiled = _CueCompiler(nlp, {"x": ([], patterns)}, "test")
    assert (compiled.matchers[0][3] is not None) == windowed
    matcher = Matcher(nlp.vocab)
    matcher.add("x", patterns)
    texts = ["A child under 16, a child below the age of 18 and one under the age 14.",
             "under under 12 aged 3 under the of 7", "Under the age of sixteen", "under",
             "no number here under the age of", "aged 16 under 1 2 3 4 5 under, of 9 age 10",
             "3 age the age 4 any of 5 each one of 6 12 age Under 13 UNDERLINE 14 age",
             "The court may order it. The court shall; order 5 under the court; 7 under of 8 order. Court order 9",
             "under 3; under the age. 5 order under; court of the court, and then the order 12 of order",
             "court . order under ; 7 ; under under 1 2 . court court order order 4 ; 5 of x order"]
    for text in texts:
        doc = next(make_docs(nlp, [text]))
        assert sorted((s.start, s.end) for s in compiled(doc)) == sorted((s, e) for _, s, e in matcher(doc)), text


def test_the_stretches_walked_hold_every_required_word_and_no_full_stop():
    import spacy
    from spacy.attrs import LOWER
    from gapcheck.nlp import _Lead, _Positions
    nlp = spacy.blank("en")
    doc = nlp("The court may hear it. The court may order it; the order of a court")
    lead = _Lead.of([[{"LOWER": "court"}, {"LOWER": {"NOT_IN": [".", ";"]}, "OP": "*"}, {"LOWER": "order"}]])
    walked = [doc[a:b].text for a, b in lead.windows(_Positions(doc.to_array(LOWER), doc.vocab.strings))]
    # "order" leads (two tokens pass it, three pass "court"): the stretch runs back from it to the
    # "." before it. Not the first sentence, which has no "order", and not the "order" after the
    # ";", which no "court" comes before.
    assert walked == ["The court may order"]


# The title of an Act can name the regime its sections belong to: a section of a Mutual Legal
# Assistance Act that executes a request is about mutual legal assistance without saying
# "foreign state". It never stands in for the child or the material an offence must name.
TITLED = [
    # (lang, title that names the regime, neutral title, a section with an element but not the subject)
    ("en", "Mutual Legal Assistance in Criminal Matters Act", "Criminal Procedure Act",
     "12 Search warrant\nA judge may issue a warrant to search a building and obtain evidence described "
     "in the application under section 11.\n"),
    ("fr", "Loi relative à l'entraide judiciaire en matière pénale", "Loi relative à la procédure",
     "Article 12\nLe juge peut ordonner une perquisition et la saisie des preuves décrites dans la "
     "requête prévue à l'article 11.\n"),
    ("es", "Ley de asistencia judicial en materia penal", "Ley de procedimiento",
     "Artículo 12. Registro\nEl juez podrá acordar el registro de un inmueble para obtener las pruebas "
     "descritas en la solicitud del artículo 11.\n"),
    ("de", "Gesetz über die internationale Rechtshilfe in Strafsachen", "Gesetz über das Verfahren",
     "§ 12 Herausgabe\nDie Herausgabe von Beweismitteln ist zulässig, wenn das Gericht sie nach § 11 angeordnet hat.\n"),
    ("pt", "Lei de cooperação jurídica internacional em matéria penal", "Lei de procedimento",
     "Art. 12. O juiz poderá determinar busca e apreensão para obtenção de provas descritas no pedido "
     "do art. 11.\n"),
]


def _rule_score(rubric, lang, title, body, requirement):
    from gapcheck.classify import feature_space
    document = Document("t.txt", "t.txt", "", "txt", f"{title}\n\n{body}", lang, title=title)
    found = [m for m in match_sections(document, split(document)) if m.provision.number == "12"]
    assert found, "the splitter did not find the test section"
    return feature_space(rubric).rule_scores(found[0])[requirement]


@pytest.mark.parametrize("lang, titled, neutral, body", TITLED, ids=[t[0] for t in TITLED])
def test_the_title_of_an_act_completes_its_regime(rubric, lang, titled, neutral, body):
    from gapcheck.classify import CONTEXT_SCORE, THRESHOLD
    assert _rule_score(rubric, lang, neutral, body, "mutual-legal-assistance") < THRESHOLD
    assert _rule_score(rubric, lang, titled, body, "mutual-legal-assistance") == CONTEXT_SCORE >= THRESHOLD


def test_a_title_never_names_the_child_for_an_offence(rubric):
    # The offence names its sexual subject and a penalty, but no child: the title must not supply one.
    body = ("12 Penalty\nEvery person who commits a sexual offence is liable to imprisonment for a term of "
            "not more than 10 years.\n")
    for title in ("Child Protection Act", "Protection of Children Act"):
        assert _rule_score(rubric, "en", title, body, "proportionate-penalties") < 0.5
    assert _rule_score(rubric, "en", "Act", body.replace("a sexual offence", "a sexual offence against a child"),
                       "proportionate-penalties") >= 0.5


# An evaluation clause speaks of "this Act": in a child protection Act the title names what it
# evaluates (monitoring-assessment has ``title_context: all-facets``); in another Act it does not.
EVALUATED = [
    # (lang, child protection Act, other Act, a section evaluating the Act without naming children)
    ("en", "Child Online Protection Act", "Road Traffic Act",
     "12 Review\nThe Minister must evaluate the effectiveness of this Act every five years.\n"),
    ("fr", "Loi relative à la protection des enfants en ligne", "Loi relative à la circulation routière",
     "Article 12\nLe Gouvernement procède tous les cinq ans à l'évaluation de l'application de la présente loi.\n"),
    ("es", "Ley de protección de la infancia en línea", "Ley de tráfico",
     "Artículo 12. Evaluación\nEl Gobierno realizará cada cinco años la evaluación de la eficacia de esta ley.\n"),
    ("de", "Jugendschutzgesetz (JuSchG)", "Straßenverkehrsgesetz (StVG)",
     "§ 12 Evaluierung\nDieses Gesetz wird fünf Jahre nach Inkrafttreten evaluiert.\n"),
    ("pt", "Lei de proteção da criança no ambiente digital", "Lei de trânsito",
     "Art. 12. O Poder Executivo fará a avaliação periódica dos resultados das medidas desta Lei.\n"),
]


@pytest.mark.parametrize("lang, child_act, other_act, body", EVALUATED, ids=[t[0] for t in EVALUATED])
def test_the_title_names_the_child_for_an_evaluation_of_the_act(rubric, lang, child_act, other_act, body):
    from gapcheck.classify import CONTEXT_SCORE, THRESHOLD
    assert rubric.get("monitoring-assessment").title_context == "all-facets"
    assert _rule_score(rubric, lang, other_act, body, "monitoring-assessment") < THRESHOLD
    assert _rule_score(rubric, lang, child_act, body, "monitoring-assessment") == CONTEXT_SCORE


def test_the_name_of_the_act_is_read_below_a_heading_line():
    from gapcheck.classify import act_name
    text = ("STATUTES OF AVALONIA\n2019, CHAPTER 27\n\nCHILD ONLINE PROTECTION ACT\n\n"
            "1 This Act may be cited as the Child Online Protection Act.\n")
    document = Document("t.txt", "t.txt", "", "txt", text, "en", title="STATUTES OF AVALONIA")
    assert "CHILD ONLINE PROTECTION ACT" in act_name(document)
    # a long line near the top is text or an editorial note, not the name of the Act
    note = "Note: " + "the Act on youth protection in broadcasting and telemedia " * 3
    document = Document("t.txt", "t.txt", "", "txt", f"Statute\n{note}\n", "en", title="Statute")
    assert "telemedia" not in act_name(document)
    # but a long official title (no label, no sentence end) is the name
    title = ("23. Gesetz vom 12. März 2025 über den Schutz von Kindern und Jugendlichen vor Gefahren im "
             "digitalen Raum (Kinder- und Jugendschutzgesetz 2025 – KJSchG 2025)")
    assert len(title) > 120
    document = Document("t.txt", "t.txt", "", "txt", f"LANDESGESETZBLATT\n{title}\n\n§ 1\n", "de",
                        title="LANDESGESETZBLATT")
    assert "Jugendschutzgesetz" in act_name(document)


@pytest.mark.parametrize("lang, text, cue, expected", [
    ("en", "depicts a person under 18, whether or not a real person, and", "real person", True),
    ("en", "the material must show an actual child", "actual child", False),
    ("en", "Whether or not it is true. The offence requires a real child", "real child", False),   # another clause
    ("fr", "représente un mineur, personne réelle ou non, se livrant", "personne réelle", True),
    ("es", "un menor real o no, en actitud sexual", "menor real", True),
    ("de", "unabhängig davon, ob ein reales Kind dargestellt wird", "reales Kind", True),
    ("pt", "criança real ou não, em cena de sexo", "criança real", True),
    ("pt", "desde que se trate de criança real", "criança real", False),
    # rubric 1.9.0: each "ni à" goes on with "n'est subordonnée ni".
    ("fr", "la poursuite n'est subordonnée ni à l'incrimination des faits par la loi en vigueur dans l'État où ils "
           "ont été perpétrés, ni à une plainte de la victime", "plainte de la victime", True),
])
def test_a_narrowing_inside_a_waiver_is_waived(lang, text, cue, expected):
    from gapcheck.nlp import waived
    start = text.index(cue)
    assert waived(text, start, start + len(cue), lang) is expected


@pytest.mark.parametrize("provision_id,unit", [
    ("sec_3", "sec_3"),
    ("sec_3__subsec_1__para_a", "sec_3"),
    ("art_14__quoted_1", "art_14"),                                   # the quote's own words
    ("art_14__quoted_1__art_241-F__subsec_1", "art_14__quoted_1__art_241-F"),
    ("sec_1__subsec_4__quoted_1__subsec_2", "sec_1"),                 # a replaced subsection
    ("art_9__quoted_1__art_7__quoted_1__art_2__item_I", "art_9__quoted_1__art_7__quoted_1__art_2"),
    ("preamble", "preamble"),
])
def test_unit_id(provision_id, unit):
    from gapcheck.classify import unit_id
    assert unit_id(provision_id) == unit


def test_inserted_articles_are_units_cut_out_of_the_article_that_inserts_them():
    from gapcheck.classify import own_spans, sections
    text = ("Art. 3º A Lei passa a vigorar acrescida do seguinte art. 241-F:\n\n"
            "\"Art. 241-F. Produzir material de abuso sexual infantojuvenil:\nPena - reclusão.\"\n\n"
            "Art. 4º Esta Lei entra em vigor.\n")
    document = _doc("pt", text)
    provisions = split(document)
    units = sections(provisions)
    assert [u.id for u in units] == ["art_3", "art_3__quoted_1__art_241-F", "art_4"]
    spans = own_spans(units)
    inserted = units[1]
    assert spans[inserted.id] == [(inserted.start, inserted.end)]
    assert spans["art_3"] == [(units[0].start, inserted.start)]        # art. 3 keeps its own words only
    assert "Produzir" not in "".join(text[lo:hi] for lo, hi in spans["art_3"])


class _LengthShyModel:
    """A stand-in for the relevance model that turns down every long section (its probability
    falls with the ``length`` feature), as a model learnt from short sections can."""

    threshold = 0.15

    def __init__(self, space):
        self.space = space
        self.coef_ = {rid: [] for rid in space.requirements}

    def predict_proba(self, vectors):
        at = self.space.index["length"]
        return [{rid: (0.9 if x[at] < 0.55 else 0.05) for rid in self.space.requirements} for x in vectors]


def test_a_long_section_turned_down_by_the_model_is_read_again_part_by_part(rubric):
    # rubric 1.10.0: a section that enacts offences, penalties and, in its last subsection, a
    # limitation rule reads to the model unlike any limitation section; its subsection reads like one.
    from gapcheck.classify import feature_space, score_sections
    filler = "The court may hear the matter in private and may adjourn it. " * 40
    text = ("Act\n\n12 Offences\n(1) A person who makes an indecent image of a child commits an offence. " + filler +
            "\n(2) No limitation period applies to an offence under subsection (1) against a child.\n")
    document = _doc("en", text)
    found = match_sections(document, split(document))
    space = feature_space(rubric)
    model = _LengthShyModel(space)
    section = next(f for f in found if f.provision.id == "sec_12")
    assert len(section.parts) == 2
    assert space.rule_scores(section)["limitation-periods"] >= 0.5
    whole = dict(section.__dict__, parts=())
    from gapcheck.classify import SectionMatches
    alone = SectionMatches(**whole)
    assert score_sections([alone], space, model)[0]["limitation-periods"] < model.threshold   # turned down
    assert score_sections([section], space, model)[0]["limitation-periods"] >= model.threshold  # read again


@pytest.mark.parametrize("old,modern", [("actividade", "atividade"), ("acto", "ato"), ("protecção", "proteção"),
                                        ("colectiva", "coletiva"), ("carácter", "caráter"), ("adopção", "adoção"),
                                        ("Direcção", "Direção"), ("atividade", "atividade"), ("criança", "criança")])
def test_portuguese_spelt_before_1990_is_read_in_todays_spelling(old, modern):
    from gapcheck.nlp import pt_modern_spelling
    assert pt_modern_spelling(old) == modern


def test_a_set_with_one_unbounded_pattern_walks_the_whole_text_for_that_pattern_only():
    # A pattern with an unbounded gap on both sides of its words needs the whole text; the other
    # patterns of its label are still looked for around their words, and the matches are the same.
    import spacy
    from spacy.matcher import Matcher
    from gapcheck.nlp import _CueCompiler, make_docs
    nlp = spacy.blank("en")
    bounded = [{"LOWER": "under"}, {"LIKE_NUM": True}]
    unbounded = [{"LIKE_NUM": True}, {"LOWER": {"NOT_IN": ["."]}, "OP": "*"}, {"LOWER": "years"}, {"OP": "*"},
                 {"LIKE_NUM": True}]
    compiled = _CueCompiler(nlp, {"x": ([], [bounded, unbounded]), "y": ([], [unbounded])}, "test")
    assert sorted(lead is None for _p, _m, _labels, lead in compiled.matchers) == [False, True]
    shared = [labels for _p, _m, labels, lead in compiled.matchers if lead is None][0]
    assert len(shared) == 2                   # "x" and "y" share the Matcher of the unbounded pattern
    matcher = Matcher(nlp.vocab)
    matcher.add("x", [bounded, unbounded])
    for text in ("under 16 and 3 years after 4", "a child under 12", "5 years 6", "nothing here"):
        doc = next(make_docs(nlp, [text]))
        got = sorted((s.start, s.end) for s in compiled(doc) if s.label_ == "x")
        assert got == sorted((s, e) for _, s, e in matcher(doc)), text


def test_a_general_element_alone_does_not_make_a_section_relevant(rubric):
    # Coercing a child to pose for images meets sexual extortion's general element (a partial
    # verdict) but is not an offence about sexual images used as a lever; threatening to share
    # the images is.
    from gapcheck.classify import THRESHOLD
    coerced = ("12 Production\nEvery person who coerces a child to take part in sexual conduct for the purpose "
               "of making a sexual image of the child is liable to imprisonment for 10 years.\n")
    threatened = ("12 Threats\nEvery person who threatens to distribute a sexual image of a child in order to "
                  "obtain money or further images is liable to imprisonment for 10 years.\n")
    assert _rule_score(rubric, "en", "Act", coerced, "sexual-extortion") < THRESHOLD
    assert _rule_score(rubric, "en", "Act", threatened, "sexual-extortion") >= THRESHOLD


def test_a_cue_reads_across_an_indented_line_and_a_bills_margin_line_number(rubric):
    # A Bill copied from its PDF keeps the margin line numbers ("35") at the ends of lines, and its
    # paragraphs wrap onto indented lines: the cue reads across both, and its quote is the text's.
    text = ("Bill\n\n16   Seizure and forfeiture\n(1) A court convicting a person of an offence under this Part "
            "may order the forfeiture\n    of any device used in committing the offence and of the proceeds of  35\n"
            "    crime.\n")
    document = _doc("en", text)
    findings = [f for f in classify(document, split(document), rubric, model=None)
                if f.requirement == "seizure-confiscation" and f.element == "proceeds"]
    quotes = {f.quote for f in findings}
    assert "proceeds of  35\n    crime" in quotes, quotes
    for f in findings:
        assert document.text[f.start:f.end] == f.quote


REFERENCE_CASES = [
    # (lang, text, id of the section referring, the requirement its reference makes it about or None)
    # A penalty article that names its offence only by number punishes what that offence is about.
    ("fr", "Loi\n\nArticle 10\nLe fait, pour un majeur, d'exercer une atteinte sexuelle sur un mineur de quinze ans "
           "est puni de cinq ans d'emprisonnement.\n\nArticle 11\nL'infraction définie à l'article 10 est punie de "
           "dix ans d'emprisonnement lorsqu'elle est commise par une personne ayant autorité sur la victime.\n",
     "art_11", "proportionate-penalties"),
    ("en", "Act\n\n4 Sexual abuse material\nEvery person who makes child sexual abuse material commits an offence.\n\n"
           "5 Penalty\nA person who commits an offence under section 4 is liable to imprisonment for a term not "
           "exceeding 14 years.\n",
     "sec_5", "proportionate-penalties"),
    ("es", "Ley\n\nArtículo 20. El que explotare sexualmente a un menor de edad será castigado con prisión de "
           "cuatro a ocho años.\n\nArtículo 21. Las penas del delito previsto en el artículo 20 se impondrán en su "
           "mitad superior y la pena de prisión será de seis a diez años cuando el autor actúe en grupo organizado.\n",
     "art_21", "proportionate-penalties"),
    ("de", "Gesetz\n\n§ 30 Sexueller Missbrauch von Kindern\nWer sexuelle Handlungen an einem Kind vornimmt, wird mit "
           "Freiheitsstrafe von einem Jahr bis zu zehn Jahren bestraft.\n\n§ 31 Schwere Fälle\nIn den Fällen "
           "des § 30 ist die Freiheitsstrafe nicht unter zwei Jahren, wenn der Täter die Tat gewerbsmäßig begeht.\n",
     "sec_31", "proportionate-penalties"),
    ("pt", "Lei\n\nArt. 7º Praticar ato libidinoso com criança ou adolescente:\nPena - reclusão, de 4 (quatro) a 10 "
           "(dez) anos.\n\nArt. 8º A pena de reclusão do crime do art. 7º é aumentada de metade se o agente é "
           "ascendente da vítima.\n",
     "art_8", "proportionate-penalties"),
    # A whole section is about what it says before its subdivisions: a homicide section that
    # raises the penalty for a victim under 14 in a later paragraph does not make a section
    # referring to it about children.
    ("en", "Act\n\n9 Murder\n(1) Every person who kills another person with intent is liable to imprisonment for "
           "life.\n(2) The minimum term is 25 years where the victim was a child under 14 and the killing was "
           "preceded by sexual abuse.\n\n10 Attempt\nEvery person who attempts to commit an offence under section 9 "
           "is liable to imprisonment for 14 years.\n",
     "sec_10", None),
    # A reference that states the scope of a rule brings none of the words of what it names.
    ("es", "Ley\n\nArtículo 20. El que explotare sexualmente a un menor de edad será castigado con prisión de "
           "cuatro a ocho años.\n\nArtículo 22. Para fines del artículo 20, la pena de prisión por hurto se "
           "aumentará en un tercio.\n",
     "art_22", None),
]


@pytest.mark.parametrize("lang,text,referring,requirement", REFERENCE_CASES)
def test_a_section_is_about_what_the_section_it_refers_to_is_about(rubric, lang, text, referring, requirement):
    # For requirements about the consequences of offences (penalties, forfeiture), the rules
    # read a section that names no subject with the sections it refers to (``with_references``).
    document = _doc(lang, text)
    found = {f.requirement for f in classify(document, split(document), rubric, model=None)
             if f.provision.split("__")[0] == referring and f.polarity == "supports"}
    if requirement:
        assert requirement in found, found
    else:
        assert "proportionate-penalties" not in found, found


@pytest.mark.parametrize("lang,text,found", [
    # A penalty clause that names its offences by the part of the law holding them is about them.
    ("es", "Código\n\nCAPÍTULO IV\nDe la explotación sexual\n\nArtículo 218. El que produzca material de abuso sexual "
           "infantil será castigado con prisión de tres a seis años.\n\nArtículo 219. Las penas de prisión de los "
           "delitos descritos en los artículos anteriores se aumentarán de una tercera parte a la mitad cuando el "
           "autor actúe en grupo organizado.\n", True),
    ("en", "Code\n\nPart 4\nSexual exploitation\n\n40 Making child sexual abuse material\nA person who makes child "
           "sexual abuse material commits an offence.\n\n41 Penalty\nA person convicted of an offence under this Part "
           "is liable to imprisonment for a term not exceeding 14 years.\n", True),
    # ... but only of the part that holds the clause.
    ("en", "Code\n\nPart 4\nSexual exploitation\n\n40 Making child sexual abuse material\nA person who makes child "
           "sexual abuse material commits an offence.\n\nPart 5\nOther offences\n\n41 Penalty\nA person convicted of "
           "an offence under this Part is liable to imprisonment for a term not exceeding 14 years.\n", False),
])
def test_a_clause_naming_offences_by_their_part_reads_the_sections_of_that_part(rubric, lang, text, found):
    document = _doc(lang, text)
    findings = classify(document, split(document), rubric, model=None)
    penalty = max(p.id for p in split(document) if p.unit in ("section", "article"))
    got = any(f.provision.split("__")[0] == penalty and f.requirement == "proportionate-penalties" for f in findings)
    assert got is found
