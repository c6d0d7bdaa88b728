// Short news paragraphs written for these tests, in languages hearsay does not read and in the
// three it does, for the function-word fast path of language detection.

/** Languages that are not English, Polish or German: the fast path must leave them to franc. */
export const foreign: Record<string, string> = {
  nl:
    'De minister van Buitenlandse Zaken zei donderdag dat de regering geen nieuwe sancties zal invoeren. ' +
    'Volgens hem is het overleg met de andere lidstaten nog niet afgerond. "We willen eerst weten wat de gevolgen zijn ' +
    'voor de economie," zei hij tegen verslaggevers in Den Haag. De oppositie noemde het besluit een vergissing en ' +
    'vroeg om een debat in de Tweede Kamer. Het kabinet wil voor het einde van de maand een besluit nemen over de steun.',
  cs:
    'Ministr zahraničních věcí ve čtvrtek uvedl, že vláda nezavede žádné nové sankce. Podle něj jednání s ostatními ' +
    'členskými státy ještě nejsou u konce. „Nejdříve chceme vědět, jaké to bude mít dopady na ekonomiku," řekl novinářům ' +
    'v Praze. Opozice označila rozhodnutí za chybu a požádala o mimořádnou schůzi Poslanecké sněmovny. Vláda chce o ' +
    'podpoře rozhodnout do konce měsíce, uvedl mluvčí kabinetu.',
  sk:
    'Minister zahraničných vecí vo štvrtok uviedol, že vláda nezavedie žiadne nové sankcie. Podľa neho rokovania s ' +
    'ostatnými členskými štátmi ešte nie sú na konci. „Najprv chceme vedieť, aké to bude mať dosahy na ekonomiku," ' +
    'povedal novinárom v Bratislave. Opozícia označila rozhodnutie za chybu a požiadala o mimoriadnu schôdzu parlamentu. ' +
    'Vláda chce o podpore rozhodnúť do konca mesiaca, uviedol hovorca kabinetu.',
  es:
    'El ministro de Asuntos Exteriores dijo el jueves que el gobierno no impondrá nuevas sanciones. Según él, las ' +
    'conversaciones con los demás estados miembros aún no han terminado. "Primero queremos saber cuáles serán las ' +
    'consecuencias para la economía", dijo a los periodistas en Madrid. La oposición calificó la decisión de error y ' +
    'pidió un debate en el Congreso. El gobierno quiere tomar una decisión sobre la ayuda antes de fin de mes.',
  fr:
    'Le ministre des Affaires étrangères a déclaré jeudi que le gouvernement n’imposera pas de nouvelles sanctions. ' +
    'Selon lui, les discussions avec les autres États membres ne sont pas encore terminées. « Nous voulons d’abord ' +
    'savoir quelles seront les conséquences pour l’économie », a-t-il dit aux journalistes à Paris. L’opposition a ' +
    'qualifié la décision d’erreur et a demandé un débat à l’Assemblée nationale avant la fin du mois.',
  sv:
    'Utrikesministern sade på torsdagen att regeringen inte kommer att införa några nya sanktioner. Enligt honom är ' +
    'samtalen med de andra medlemsländerna ännu inte avslutade. "Vi vill först veta vilka följderna blir för ekonomin," ' +
    'sade han till journalister i Stockholm. Oppositionen kallade beslutet ett misstag och krävde en debatt i riksdagen. ' +
    'Regeringen vill fatta ett beslut om stödet före slutet av månaden, sade en talesperson.',
  it:
    'Il ministro degli Esteri ha detto giovedì che il governo non imporrà nuove sanzioni. Secondo lui, i colloqui con ' +
    'gli altri stati membri non sono ancora conclusi. "Prima vogliamo sapere quali saranno le conseguenze per ' +
    'l’economia", ha detto ai giornalisti a Roma. L’opposizione ha definito la decisione un errore e ha chiesto un ' +
    'dibattito in Parlamento. Il governo vuole prendere una decisione sugli aiuti entro la fine del mese.',
  pt:
    'O ministro dos Negócios Estrangeiros disse na quinta-feira que o governo não vai impor novas sanções. Segundo ele, ' +
    'as conversas com os outros estados membros ainda não terminaram. "Primeiro queremos saber quais serão as ' +
    'consequências para a economia", disse aos jornalistas em Lisboa. A oposição chamou a decisão de erro e pediu um ' +
    'debate no parlamento. O governo quer tomar uma decisão sobre o apoio antes do fim do mês.',
  da:
    'Udenrigsministeren sagde torsdag, at regeringen ikke vil indføre nye sanktioner. Ifølge ham er samtalerne med de ' +
    'andre medlemslande endnu ikke afsluttet. "Vi vil først vide, hvad følgerne bliver for økonomien," sagde han til ' +
    'journalister i København. Oppositionen kaldte beslutningen en fejl og krævede en debat i Folketinget. Regeringen ' +
    'vil træffe en beslutning om støtten inden udgangen af måneden, sagde en talsperson for ministeriet.',
  no:
    'Utenriksministeren sa torsdag at regjeringen ikke vil innføre nye sanksjoner. Ifølge ham er samtalene med de andre ' +
    'medlemslandene ennå ikke avsluttet. "Vi vil først vite hva følgene blir for økonomien," sa han til journalister i ' +
    'Oslo. Opposisjonen kalte beslutningen en feil og krevde en debatt i Stortinget. Regjeringen vil ta en beslutning ' +
    'om støtten før slutten av måneden, sa en talsperson for departementet til avisen.',
  hr:
    'Ministar vanjskih poslova rekao je u četvrtak da vlada neće uvesti nove sankcije. Prema njegovim riječima, ' +
    'razgovori s ostalim državama članicama još nisu završeni. "Najprije želimo znati kakve će biti posljedice za ' +
    'gospodarstvo," rekao je novinarima u Zagrebu. Oporba je odluku nazvala pogreškom i zatražila raspravu u Saboru. ' +
    'Vlada želi donijeti odluku o potpori do kraja mjeseca, rekao je glasnogovornik vlade.',
  sl:
    'Zunanji minister je v četrtek dejal, da vlada ne bo uvedla novih sankcij. Po njegovih besedah pogovori z drugimi ' +
    'državami članicami še niso končani. "Najprej želimo vedeti, kakšne bodo posledice za gospodarstvo," je dejal ' +
    'novinarjem v Ljubljani. Opozicija je odločitev označila za napako in zahtevala razpravo v državnem zboru. Vlada ' +
    'želi o pomoči odločiti do konca meseca, je dejal tiskovni predstavnik vlade.',
  ro:
    'Ministrul de Externe a declarat joi că guvernul nu va impune noi sancțiuni. Potrivit acestuia, discuțiile cu ' +
    'celelalte state membre nu s-au încheiat încă. "Mai întâi vrem să știm care vor fi consecințele pentru economie," ' +
    'a spus el jurnaliștilor la București. Opoziția a numit decizia o greșeală și a cerut o dezbatere în parlament. ' +
    'Guvernul vrea să ia o decizie privind ajutorul până la sfârșitul lunii, a spus un purtător de cuvânt.',
  hu:
    'A külügyminiszter csütörtökön azt mondta, hogy a kormány nem vezet be új szankciókat. Szerinte a tárgyalások a ' +
    'többi tagállammal még nem értek véget. "Először tudni akarjuk, milyen következményei lesznek a gazdaságra," ' +
    'mondta az újságíróknak Budapesten. Az ellenzék hibának nevezte a döntést, és vitát kért a parlamentben. A kormány ' +
    'a hónap végéig akar dönteni a támogatásról, mondta egy szóvivő csütörtökön este.',
  lb:
    'De Ausseminister huet en Donneschdeg gesot, datt d’Regierung keng nei Sanktiounen wäert aféieren. No him sinn ' +
    'd’Gespréicher mat den anere Memberstaaten nach net ofgeschloss. "Mir wëllen als éischt wëssen, wat d’Konsequenze ' +
    'fir d’Wirtschaft sinn," sot hien de Journalisten zu Lëtzebuerg. D’Oppositioun huet d’Decisioun e Feeler genannt ' +
    'an eng Debatt an der Chamber gefrot. D’Regierung wëll bis Enn vum Mount iwwert d’Hëllef decidéieren.',
};

/** The same news in the three languages hearsay reads: the fast path must decide them, as franc does. */
export const supported: Record<string, string> = {
  en:
    'The foreign minister said on Thursday that the government will not impose new sanctions. According to him, the ' +
    'talks with the other member states have not yet ended. "We first want to know what the consequences will be for ' +
    'the economy," he told reporters in London. The opposition called the decision a mistake and asked for a debate in ' +
    'parliament. The government wants to decide on the aid before the end of the month, a spokesman said.',
  pl:
    'Minister spraw zagranicznych powiedział w czwartek, że rząd nie wprowadzi nowych sankcji. Jak dodał, rozmowy z ' +
    'pozostałymi państwami członkowskimi jeszcze się nie zakończyły. „Najpierw chcemy wiedzieć, jakie będą skutki dla ' +
    'gospodarki" – powiedział dziennikarzom w Warszawie. Opozycja nazwała decyzję błędem i zażądała debaty w Sejmie. ' +
    'Rząd chce podjąć decyzję w sprawie pomocy do końca miesiąca, przekazał rzecznik rządu.',
  de:
    'Der Außenminister sagte am Donnerstag, dass die Regierung keine neuen Sanktionen verhängen wird. Nach seinen ' +
    'Worten sind die Gespräche mit den anderen Mitgliedstaaten noch nicht abgeschlossen. „Wir wollen zuerst wissen, ' +
    'was die Folgen für die Wirtschaft sind", sagte er vor Journalisten in Berlin. Die Opposition nannte die ' +
    'Entscheidung einen Fehler und verlangte eine Debatte im Bundestag. Die Regierung will bis Ende des Monats entscheiden.',
};
