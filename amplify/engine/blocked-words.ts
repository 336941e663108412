/**
 * Words obscenity's English dataset lets through that a business phone line should still never speak,
 * found by reading the SUBTLEX words it passes. Whole words only: substrings would block SCRAP, SHELL
 * and STUDENT (the Scunthorpe problem).
 */
export const BLOCKED_WORDS: ReadonlySet<string> = new Set([
  // Slurs and ethnic insults, and NIGH, which next to ER or A is heard as one.
  'nigh', 'coon', 'coons', 'gook', 'gooks', 'spic', 'spics', 'wop', 'wops', 'honky', 'honkies', 'wetback',
  'wetbacks', 'beaner', 'beaners', 'chinaman', 'dago', 'dagos', 'kraut', 'krauts', 'jap', 'japs', 'darkie',
  'darky', 'jigaboo', 'pickaninny', 'sambo', 'spook', 'spooks', 'polack', 'gypped', 'redskin', 'redskins',
  'squaw', 'gringo', 'gringos', 'mick', 'micks', 'homo', 'homos', 'queer', 'queers', 'poof', 'pansy',
  'tranny', 'mongoloid', 'mong', 'midget', 'midgets', 'cripple', 'cripples', 'retard', 'klan', 'kkk', 'nazi',
  'nazis',
  // Sexual and crude words.
  'jizz', 'crap', 'crappy', 'damn', 'damned', 'hell', 'bugger', 'slag', 'tosser', 'poop', 'fart', 'farts',
  'puke', 'horny', 'nude', 'nudes', 'naked', 'pimp', 'pimps', 'hoe', 'hoes', 'hussy', 'harlot', 'strumpet',
  'tramp', 'bimbo', 'bimbos', 'nympho', 'nymphomaniac', 'boner', 'boners', 'erection', 'hump', 'humping',
  'nipple', 'nipples', 'condom', 'condoms', 'sperm', 'testicles', 'scrotum', 'clit', 'clitoris', 'genitals',
  'crotch', 'hooters', 'knockers', 'stripper', 'strippers', 'snatch', 'muff', 'puss', 'pussies', 'caca',
  'butt', 'butts', 'boob', 'balls', 'pee', 'piss', 'sexy', 'stud', 'screw', 'suck', 'sucks', 'sucker',
  'bum', 'bums', 'lube',
  // Insults.
  'idiot', 'idiots', 'moron', 'morons', 'stupid', 'dumb', 'ugly', 'fat', 'loser', 'losers', 'thug', 'thugs',
  'hate', 'commie', 'commies',
  // Words that distress a caller in crisis: a lifeline must never say DIE.
  'kill', 'kills', 'killer', 'killing', 'die', 'dies', 'dying', 'dead', 'death', 'murder', 'suicide', 'gun',
  'guns', 'bomb', 'bombs', 'rapes', 'drugs', 'meth', 'crack', 'weed', 'coke', 'grave', 'coffin', 'corpse',
]);
