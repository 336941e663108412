/**
 * Everyday words of the local languages that are offensive, picked by reading the machine-translated
 * maintained lists (washyourmouthoutwithsoap, @2toad/profanity) and the everyday entries of the native lists
 * read only for their rare entries (profanities, glin-profanity, allprofanity: Spanish CAGAR, Portuguese VIADO): their rarer entries are blocked whole
 * (see english-blocked-builder.ts), but their everyday entries are as often innocent translations (German
 * ESEL and Turkish ESEK, donkey, for ass; Portuguese MESA, table) as slurs, swearing, sexual words and
 * insults, so only the latter are named here, with each language's words for war, cocaine and heroin
 * (its words for death, killing, weapons and drugs are in local-distress-words.ts). Written as spelled; folded to keypad letters by
 * `npm run blocked-words`. Norwegian has no such list: its words are the Danish ones it shares.
 *
 * The entries in HUNT_OFFENSIVE below are named by no maintained list nor any Hunspell dictionary's usage flag:
 * a reviewer's adversarial hunt (stop 26) found them offered on persons' numbers (`+31-20-6-SUKKEL`,
 * `+49-30-3-VERPISS`, `+47-26-JAEVEL`). Each is swearing or an insult with no everyday meaning beside it.
 * Two the hunt named stay: German LECK (as in "leck mich"), first a leak, and Danish BØSSE, a gay man
 * in plain speech (and a collection tin), whose verb-shaped forms would block BOSS.
 */
const PICKED: Readonly<Record<string, readonly string[]>> = {
  de: ['geil', 'geile', 'gefickt', 'hintern', 'mist', 'schwanz', 'brüste', 'hölle', 'stechen', 'hure', 'huren', 'titten', 'fotze', 'wichser', 'pisse', 'krieg', 'kokain', 'heroin', 'depp'],
  es: ['pene', 'perra', 'perras', 'putas', 'puta', 'tetas', 'teta', 'culos', 'culo', 'senos', 'carajo', 'tonto', 'tonta', 'mear', 'joder', 'jodido', 'mierda', 'coño', 'cabrón', 'idiota', 'estúpido', 'maricón', 'guerra', 'cocaína', 'heroína', 'cagar'],
  fr: ['sexe', 'putain', 'pute', 'merde', 'con', 'connard', 'salope', 'enculé', 'bite', 'couille', 'couilles', 'nichons', 'seins', 'foutre', 'baiser', 'baise', 'chier', 'cul', 'idiot', 'crétin', 'guerre', 'cocaïne', 'héroïne'],
  it: ['cazzi', 'fanculo', 'sperma', 'stronzi', 'stupro', 'sesso', 'pene', 'negri', 'nazista', 'aborto', 'idiota', 'tette', 'minchia', 'puttane', 'guerra', 'cocaina', 'eroina', 'culi'],
  nl: ['seks', 'neger', 'negers', 'neukt', 'neuken', 'sperma', 'geile', 'geil', 'hel', 'abortus', 'kut', 'lul', 'hoer', 'kanker', 'tering', 'godverdomme', 'klootzak', 'tieten', 'oorlog', 'cocaïne', 'heroïne'],
  pt: ['puto', 'puta', 'putas', 'fode', 'foder', 'fodido', 'fodendo', 'bunda', 'tetas', 'peitos', 'idiota', 'idiotas', 'maldito', 'maldita', 'estupro', 'otário', 'cadela', 'mijar', 'xixi', 'nazista', 'sacana', 'merda', 'caralho', 'porra', 'cu', 'aborto', 'guerra', 'cocaína', 'heroína', 'viado', 'fuder', 'cuzão', 'babaca'],
  sv: ['jävla', 'skit', 'hora', 'horor', 'porr', 'bajs', 'rumpa', 'slampa', 'våldta', 'sperma', 'abort', 'bröst', 'tuttar', 'blodig', 'fitta', 'kuk', 'knulla', 'helvete', 'fan', 'krig', 'kokain', 'heroin'],
  da: ['fanden', 'hore', 'kusse', 'lorte', 'lort', 'skide', 'skider', 'sæd', 'tæve', 'tæver', 'abort', 'blodig', 'fisse', 'pik', 'kneppe', 'helvede', 'pis', 'krig', 'kokain', 'heroin'],
  no: ['faen', 'fanden', 'hore', 'horer', 'fitte', 'kuk', 'pikk', 'dritt', 'jævla', 'jævlig', 'helvete', 'pule', 'abort', 'blodig', 'tispe', 'rævhøl', 'krig', 'kokain', 'heroin'],
  pl: ['cycki', 'dziwki', 'dziwka', 'seks', 'suki', 'suka', 'tyłek', 'dupki', 'dupa', 'piekło', 'kurwa', 'chuj', 'pierdol', 'gówno', 'cipa', 'idiota', 'wojna', 'kokaina', 'heroina'],
  fi: ['huora', 'huorat', 'huoria', 'tissit', 'ääliö', 'rinnat', 'vittu', 'paska', 'perse', 'kulli', 'saatana', 'helvetti', 'idiootti', 'sota', 'kokaiini', 'heroiini'],
  cs: ['sakra', 'prsa', 'zadek', 'kretén', 'děvka', 'čůrat', 'peklo', 'kurva', 'prdel', 'hovno', 'čurák', 'kunda', 'idiot', 'válka', 'kokain', 'heroin'],
  hu: ['buzi', 'fasza', 'szex', 'köcsög', 'rohadék', 'szaros', 'idióta', 'erőszak', 'pokol', 'kurva', 'geci', 'picsa', 'szar', 'segg', 'háború', 'kokain', 'heroin'],
  tr: ['ibne', 'fahişe', 'pislik', 'seks', 'zenci', 'bok', 'boktan', 'sürtük', 'piç', 'kıç', 'orospu', 'sik', 'amcık', 'göt', 'siktir', 'savaş', 'kokain', 'eroin', 'amına', 'amina'],
};

/** Named by a reviewer's hunt, stop 26 (see above): Dutch KLOTE, SUKKEL, GODVER; German VERPISS; Norwegian DRIT, JÆVEL; Czech ŠUKAT. */
const HUNT_OFFENSIVE: Readonly<Record<string, readonly string[]>> = {
  nl: ['klote', 'sukkel', 'godver'],
  de: ['verpiss', 'verpissen'],
  no: ['drit', 'jævel', 'jævler'],
  cs: ['šukat'],
};

/** PICKED and HUNT_OFFENSIVE, by language. */
export const LOCAL_OFFENSIVE: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  [...new Set([...Object.keys(PICKED), ...Object.keys(HUNT_OFFENSIVE)])].map((language) => [language, [...(PICKED[language] ?? []), ...(HUNT_OFFENSIVE[language] ?? [])]]),
);
