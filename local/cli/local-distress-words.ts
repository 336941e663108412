/**
 * Words that would distress a caller in crisis, per language (ISO 639-1), as the English list in
 * amplify/engine/blocked-words.ts holds DIE, KILL and RAPE: profanity lists do not name death, killing, rape or suicide, yet a
 * lifeline must never say them (Dutch KANKER, cancer, is also a common curse; AIDS, or SIDA, names the disease in
 * every language, where English reads it first as the plural of AID). Since stop 25 each language names rape, its verb and the
 * rapist too (Spanish VIOLAR was offered on a toll-free line: a word no business prints, as English RAPE is on no line).
 * Folded to keypad letters when the indexes are built (`npm run words`): a build input, so it lives with the
 * builders and the engine reads only the folded words in words/<language>.generated.ts.
 */
export const DISTRESS_WORDS: Readonly<Record<string, readonly string[]>> = {
  de: ['tot', 'tote', 'toten', 'tod', 'todes', 'sterben', 'stirb', 'mord', 'morden', 'mörder', 'töten', 'tötet', 'leiche', 'selbstmord', 'suizid', 'waffe', 'bombe', 'drogen', 'nazi', 'aids', 'vergewaltigen', 'vergewaltigt', 'vergewaltigung', 'vergewaltiger'],
  fr: ['mort', 'morte', 'morts', 'mourir', 'meurs', 'tuer', 'tue', 'tué', 'meurtre', 'tueur', 'suicide', 'cadavre', 'arme', 'bombe', 'drogue', 'nazi', 'aids', 'sida', 'viol', 'violer', 'violé', 'violée', 'violeur'],
  es: ['muerte', 'muerto', 'muerta', 'morir', 'muere', 'matar', 'mata', 'asesino', 'asesinato', 'suicidio', 'cadáver', 'arma', 'bomba', 'droga', 'drogas', 'nazi', 'aids', 'sida', 'violar', 'violación', 'violador', 'violada'],
  it: ['morte', 'morto', 'morta', 'morire', 'muori', 'uccidere', 'ucciso', 'omicidio', 'assassino', 'suicidio', 'cadavere', 'pistola', 'bomba', 'droga', 'nazi', 'aids', 'sida', 'stupro', 'stuprare', 'stuprata', 'stupratore', 'violentare'],
  nl: ['kanker', 'dood', 'dode', 'doden', 'sterven', 'sterf', 'moord', 'moorden', 'moordenaar', 'zelfmoord', 'lijk', 'wapen', 'bom', 'drugs', 'nazi', 'aids', 'verkrachten', 'verkracht', 'verkrachting', 'verkrachter'],
  pt: ['morte', 'morto', 'morta', 'morrer', 'morra', 'matar', 'mata', 'assassino', 'assassinato', 'suicídio', 'cadáver', 'arma', 'bomba', 'droga', 'drogas', 'nazi', 'aids', 'sida', 'estupro', 'estuprar', 'estuprada', 'estuprador'],
  sv: ['död', 'döda', 'döden', 'dö', 'mord', 'mörda', 'mördare', 'självmord', 'lik', 'vapen', 'bomb', 'droger', 'nazist', 'aids', 'våldta', 'våldtäkt', 'våldtog', 'våldtäktsman'],
  da: ['død', 'døde', 'døden', 'dø', 'mord', 'myrde', 'morder', 'selvmord', 'lig', 'våben', 'bombe', 'narko', 'nazist', 'aids', 'voldtage', 'voldtægt', 'voldtog', 'voldtægtsmand'],
  no: ['død', 'døde', 'døden', 'dø', 'mord', 'myrde', 'morder', 'selvmord', 'lik', 'våpen', 'bombe', 'narkotika', 'nazist', 'aids', 'voldta', 'voldtekt', 'voldtok', 'voldtektsmann'],
  pl: ['śmierć', 'martwy', 'umrzeć', 'umieraj', 'zabić', 'zabij', 'morderstwo', 'zabójca', 'samobójstwo', 'trup', 'broń', 'bomba', 'narkotyki', 'nazista', 'aids', 'gwałt', 'gwałcić', 'zgwałcić', 'gwałciciel'],
  fi: ['kuolema', 'kuollut', 'kuolla', 'kuole', 'tappaa', 'tapa', 'murha', 'murhaaja', 'itsemurha', 'ruumis', 'ase', 'pommi', 'huumeet', 'natsi', 'aids', 'raiskata', 'raiskaus', 'raiskasi', 'raiskaaja'],
  cs: ['smrt', 'mrtvý', 'zemřít', 'umři', 'zabít', 'zabij', 'vražda', 'vrah', 'sebevražda', 'mrtvola', 'zbraň', 'bomba', 'drogy', 'nacista', 'aids', 'znásilnit', 'znásilnění', 'znásilnil', 'násilník'],
  hu: ['halál', 'halott', 'meghal', 'halj', 'megöl', 'ölni', 'gyilkos', 'gyilkosság', 'öngyilkosság', 'hulla', 'fegyver', 'bomba', 'drog', 'náci', 'aids', 'megerőszakol', 'megerőszakolta'],
  tr: ['ölüm', 'ölü', 'ölmek', 'öl', 'öldür', 'öldürmek', 'cinayet', 'katil', 'intihar', 'ceset', 'silah', 'bomba', 'uyuşturucu', 'nazi', 'aids', 'tecavüz', 'tecavüzcü', 'tecavüze'],
};
