/**
 * Real vanity numbers that companies, agencies and helplines advertise, each with where it was found: the
 * evaluation the ranking is measured on (`npm run bench`). Each `number` was checked by reading `vanity` back
 * through the keypad (tests enforce it); `brand` is the letter sequence a hit must contain (hyphens ignored).
 * Where the advertised word is longer than the number (1-800-MATTRESS dials 628-8737 and drops the last S,
 * a 1300 number in Australia takes six letters), the letters past the last digit are in parentheses and
 * `brand` is what fits. Sources are public pages as found through a search of stored web pages; several
 * countries: US/CA toll-free and local, UK, Australia (13 and 1300), and Samsung's advertised lines in South
 * Africa, Austria, Germany, Czechia, Slovakia, Hungary, Croatia and Romania.
 *
 * Split: a tuning half and a test half, fixed by the numbers themselves (see `evaluationHalf`): the entries
 * are ordered by the FNV-1a hash of their E.164 number and alternate, tuning first. Tune the ranking on the
 * tuning half only; the test half is what the ranking is judged on, so it must never guide a change.
 */
export interface FamousVanityNumber {
  vanity: string;
  number: string;
  brand: string;
  /** Where the number is advertised or reported (a page address). */
  source: string;
}

/** Advertised vanity numbers and their sources, used to measure ranking quality. */
export const FAMOUS_VANITY_NUMBERS: readonly FamousVanityNumber[] = [
  { vanity: '1-800-FLOWERS', number: '+18003569377', brand: 'FLOWERS', source: 'https://pixelsseo.com/famous-1-800-numbers' },
  { vanity: '1-800-GOT-JUNK', number: '+18004685865', brand: 'GOTJUNK', source: 'https://pixelsseo.com/famous-1-800-numbers' },
  { vanity: '1-800-CONTACT(S)', number: '+18002668228', brand: 'CONTACT', source: 'https://pixelsseo.com/famous-1-800-numbers' },
  { vanity: '1-800-MATTRES(S)', number: '+18006288737', brand: 'MATTRES', source: 'https://pixelsseo.com/famous-1-800-numbers' },
  { vanity: '1-800-ALLSTAT(E)', number: '+18002557828', brand: 'ALLSTAT', source: 'http://residentexpert.com/2009/02/18/the-death-of-vanity-telephone-numbers/' },
  { vanity: '1-800-SEND-FTD', number: '+18007363383', brand: 'SENDFTD', source: 'https://adage.com/article/news/1-8-mindshare-numbers-game-vanity-numbers-give-marketing-edge/86282/' },
  { vanity: '1-800-BLUE-CRO(SS)', number: '+18002583276', brand: 'BLUECRO', source: 'https://adage.com/article/news/1-8-mindshare-numbers-game-vanity-numbers-give-marketing-edge/86282/' },
  { vanity: '1-800-MICROSO(FT)', number: '+18006427676', brand: 'MICROSO', source: 'https://adage.com/article/news/1-8-mindshare-numbers-game-vanity-numbers-give-marketing-edge/86282/' },
  { vanity: '1-800-9-MONTHS', number: '+18009666847', brand: 'MONTHS', source: 'https://adage.com/article/news/1-8-mindshare-numbers-game-vanity-numbers-give-marketing-edge/86282/' },
  { vanity: '1-800-GET-RESU(LTS)', number: '+18004387378', brand: 'GETRESU', source: 'https://adage.com/article/news/1-8-mindshare-numbers-game-vanity-numbers-give-marketing-edge/86282/' },
  { vanity: '1-800-DO-LUNCH', number: '+18003658624', brand: 'DOLUNCH', source: 'https://adage.com/article/news/1-8-mindshare-numbers-game-vanity-numbers-give-marketing-edge/86282/' },
  { vanity: '1-800-2-DINERS', number: '+18002346377', brand: 'DINERS', source: 'https://adage.com/article/news/1-8-mindshare-numbers-game-vanity-numbers-give-marketing-edge/86282/' },
  { vanity: '1-800-FORBES-5', number: '+18003672375', brand: 'FORBES', source: 'https://adage.com/article/news/1-8-mindshare-numbers-game-vanity-numbers-give-marketing-edge/86282/' },
  { vanity: '1-800-IBM-CALL', number: '+18004262255', brand: 'IBMCALL', source: 'https://adage.com/article/news/1-8-mindshare-numbers-game-vanity-numbers-give-marketing-edge/86282/' },
  { vanity: '1-800-HURT-911', number: '+18004878911', brand: 'HURT', source: 'https://www.lawyer-advertising-blog.com/category/vanity-phone-numbers/page/2' },
  { vanity: '1-800-LITURGY', number: '+18005488749', brand: 'LITURGY', source: 'http://articles.baltimoresun.com/1993-06-04/features/1993155071_1_vanity-numbers-800-number-regular-numbers' },
  { vanity: '1-800-THE-CARD', number: '+18008432273', brand: 'THECARD', source: 'http://articles.baltimoresun.com/1993-06-04/features/1993155071_1_vanity-numbers-800-number-regular-numbers' },
  { vanity: '1-800-CASH-NOW', number: '+18002274669', brand: 'CASHNOW', source: 'http://articles.baltimoresun.com/1993-06-04/features/1993155071_1_vanity-numbers-800-number-regular-numbers' },
  { vanity: '1-800-MARLBOR(O)', number: '+18006275267', brand: 'MARLBOR', source: 'http://articles.baltimoresun.com/1993-06-04/features/1993155071_1_vanity-numbers-800-number-regular-numbers' },
  { vanity: '1-888-LADY-LUC(K)', number: '+18885239582', brand: 'LADYLUC', source: 'https://telecomsworld.com/blog/memorable-business-numbers' },
  { vanity: '1-800-NEW-WHEE(LS)', number: '+18006399433', brand: 'NEWWHEE', source: 'http://www.adeptel.com/vanity.asp' },
  { vanity: '1-800-HOMECAR(E)', number: '+18004663227', brand: 'HOMECAR', source: 'http://jonihilton.blogspot.com/2013/09/what-does-your-phone-number-spell.html' },
  { vanity: '1-800-NESTEGG', number: '+18006378344', brand: 'NESTEGG', source: 'http://jonihilton.blogspot.com/2013/09/what-does-your-phone-number-spell.html' },
  { vanity: '1-800-COLLECT', number: '+18002655328', brand: 'COLLECT', source: 'http://dialabc.com/words' },
  { vanity: '1-800-CALL-ATT', number: '+18002255288', brand: 'CALLATT', source: 'http://e-manadventures.blogspot.com/2010/07/1-800-whats-number.html' },
  { vanity: '1-877-KARS-4-KI(DS)', number: '+18775277454', brand: 'KARS', source: 'http://e-manadventures.blogspot.com/2010/07/1-800-whats-number.html' },
  { vanity: '1-800-PET-MEDS', number: '+18007386337', brand: 'PETMEDS', source: 'http://e-manadventures.blogspot.com/2010/07/1-800-whats-number.html' },
  { vanity: '1-800-CALL-ADT', number: '+18002255238', brand: 'CALLADT', source: 'http://e-manadventures.blogspot.com/2010/07/1-800-whats-number.html' },
  { vanity: '1-800-NASAFCU', number: '+18006272328', brand: 'NASAFCU', source: 'http://e-manadventures.blogspot.com/2010/07/1-800-whats-number.html' },
  { vanity: '1-800-VERIZON', number: '+18008374966', brand: 'VERIZON', source: 'http://e-manadventures.blogspot.com/2010/07/1-800-whats-number.html' },
  { vanity: '1-800-SAFE-AUT(O)', number: '+18007233288', brand: 'SAFEAUT', source: 'https://www.kentonbsmith.com/2005/09/21/help-wanted-phone-jingle/' },
  { vanity: '1-800-GO-COLTS', number: '+18004626587', brand: 'GOCOLTS', source: 'https://www.kentonbsmith.com/2005/09/21/help-wanted-phone-jingle/' },
  { vanity: '1-866-WOW-DEAL', number: '+18669693325', brand: 'WOWDEAL', source: 'https://blog.hayman.net/blog/2021/09/13/sing-the-phone-number' },
  { vanity: '1-800-FURNISH', number: '+18003876474', brand: 'FURNISH', source: 'http://lordsoflexicon.blogspot.com/2007/05/before-dot-com-there-was-1-800.html' },
  { vanity: '1-800-THEBANK', number: '+18008432265', brand: 'THEBANK', source: 'http://lordsoflexicon.blogspot.com/2007/05/before-dot-com-there-was-1-800.html' },
  { vanity: '1-800-DENTIST', number: '+18003368478', brand: 'DENTIST', source: 'http://lordsoflexicon.blogspot.com/2007/05/before-dot-com-there-was-1-800.html' },
  { vanity: '1-800-WEATHER', number: '+18009328437', brand: 'WEATHER', source: 'http://lordsoflexicon.blogspot.com/2007/05/before-dot-com-there-was-1-800.html' },
  { vanity: '1-800-FORCAST', number: '+18003672278', brand: 'FORCAST', source: 'http://lordsoflexicon.blogspot.com/2007/05/before-dot-com-there-was-1-800.html' },
  { vanity: '1-800-273-TALK', number: '+18002738255', brand: 'TALK', source: 'https://news4jax.com/news/local/2022/07/15/new-and-shorter-suicide-hotline-number-starts-saturday' },
  { vanity: '1-800-PIT-BULL', number: '+18007482855', brand: 'PITBULL', source: 'https://www.overlawyered.com/tag/chasing-clients/page/34/' },
  { vanity: '1-800-24-HR-DUI', number: '+18002447384', brand: 'HRDUI', source: 'https://www.mantecabulletin.com/opinion/local-columns/need-a-lawyer-to-strike-it-rich-call-luv-2sue/' },
  { vanity: '1-800-2345-LAW', number: '+18002345529', brand: 'LAW', source: 'https://personalinjuryhotline.com/hiring-lawyer-from-the-internet' },
  { vanity: '1-800-871-DUST', number: '+18008713878', brand: 'DUST', source: 'https://sandiegoreader.com/news/1993/aug/26/straight-mystery-800-numbers/?page=all' },
  { vanity: '1-800-443-TERM', number: '+18004438376', brand: 'TERM', source: 'https://sandiegoreader.com/news/1993/aug/26/straight-mystery-800-numbers/?page=all' },
  { vanity: '1-800-ATTORNE(Y)', number: '+18002886763', brand: 'ATTORNE', source: 'https://www.1800attorney.com/vanity-numbers-work/' },
  { vanity: '1-800-DOCTORS', number: '+18003628677', brand: 'DOCTORS', source: 'https://www.1800attorney.com/vanity-numbers-work/' },
  { vanity: '1-800-BATTERY', number: '+18002288379', brand: 'BATTERY', source: 'https://pixelation.org/converting-your-phone-number-to-words-why-companies-still-pay-for-the-right-letters-2xx' },
  { vanity: '1-866-LOGISTI(C)', number: '+18665644784', brand: 'LOGISTI', source: 'https://www.strategicsourceror.com/2021/11/vanity-numbers-value-or-not.html' },
  { vanity: '1-800-CDC-INFO', number: '+18002324636', brand: 'CDCINFO', source: 'https://iiab.me/modules/en-cdc/www.cdc.gov/cdc-info/about.html' },
  { vanity: '1-800-4-CANCER', number: '+18004226237', brand: 'CANCER', source: 'https://www.sfltimes.com/health/know-free-cancer-help-line' },
  { vanity: '1-877-44U-QUIT', number: '+18774487848', brand: 'UQUIT', source: 'https://webarchive.library.unt.edu/eot2008/20090130190010/http://www.cancer.gov/cancertopics/factsheet/Information/CIS' },
  { vanity: '1-800-TAX-FORM', number: '+18008293676', brand: 'TAXFORM', source: 'https://unclefed.com/Tax-News/1998/nr98-23.html' },
  { vanity: '1-888-ADMIT-IT', number: '+18882364848', brand: 'ADMITIT', source: 'https://miami.cbslocal.com/2021/09/22/gaming-education-week-lottery/' },
  { vanity: '1-800-THE-LOST', number: '+18008435678', brand: 'THELOST', source: 'https://identakid.com/what-to-do/' },
  { vanity: '1-800-RUNAWAY', number: '+18007862929', brand: 'RUNAWAY', source: 'https://www.northcoastcurrent.com/oside-latest-news/2014/03/child-goes-missing/?print=true' },
  { vanity: '1-800-799-SAFE', number: '+18007997233', brand: 'SAFE', source: 'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts' },
  { vanity: '1-800-MEDICAR(E)', number: '+18006334227', brand: 'MEDICAR', source: 'https://aspe.hhs.gov/report/hhs-guidelines-ensuring-and-maximizing-quality-objectivity-utility-and-integrity-information-disseminated-public/iv-types-dissemination-methods' },
  { vanity: '1-877-FTC-HELP', number: '+18773824357', brand: 'FTCHELP', source: 'https://dokumen.tips/documents/pdf-who-cares-sources-of-information-about-health-care-.html' },
  { vanity: '1-888-DOT-SAFT', number: '+18883687238', brand: 'DOTSAFT', source: 'http://landlinemag.com/Magazine/1998/DecJan/Features/fhwa-hotline.aspx' },
  { vanity: '1-800-RED-CROS(S)', number: '+18007332767', brand: 'REDCROS', source: 'https://www.riverbender.com/news/details/blood-needs-do-not-diminish-during-covid19-pandemic-several-drives-set-41627.cfm' },
  { vanity: '1-800-QUIT-NOW', number: '+18007848669', brand: 'QUITNOW', source: 'https://smokingcessationleadership.ucsf.edu/quitline' },
  { vanity: '1-800-GMC-8782', number: '+18004628782', brand: 'GMC', source: 'https://gm.saturn.team/GMC_Truck/Savana/2007/73/17/6161/72610' },
  { vanity: '1-866-RING-RIN(G)', number: '+18667464746', brand: 'RINGRIN', source: 'https://en.wikipedia.org/wiki/Phoneword' },
  { vanity: '1-800-USA-RAIL', number: '+18008727245', brand: 'USARAIL', source: 'http://trainweb.org/amtrak/abt_ride.html' },
  { vanity: '1-800-GO-FEDEX', number: '+18004633339', brand: 'GOFEDEX', source: 'https://scribd.com/document/748578647/Guide-to-FedEx-Pickups' },
  { vanity: '1-800-423-USAF', number: '+18004238723', brand: 'USAF', source: 'https://sites.google.com/trusd.net/riolindahighschoolcounseling/rlhs-career-center/join-the-military' },
  { vanity: '1-800-USA-ARMY', number: '+18008722769', brand: 'USAARMY', source: 'https://sites.google.com/trusd.net/riolindahighschoolcounseling/rlhs-career-center/join-the-military' },
  { vanity: '1-800-MARINES', number: '+18006274637', brand: 'MARINES', source: 'https://sites.google.com/trusd.net/riolindahighschoolcounseling/rlhs-career-center/join-the-military' },
  { vanity: '1-800-USA-NAVY', number: '+18008726289', brand: 'USANAVY', source: 'https://sites.google.com/trusd.net/riolindahighschoolcounseling/rlhs-career-center/join-the-military' },
  { vanity: '1-866-3-HUNGRY', number: '+18663486479', brand: 'HUNGRY', source: 'https://canadaab.com/?p=15158' },
  { vanity: '1-800-PLUMBER', number: '+18007586237', brand: 'PLUMBER', source: 'https://www.pmmag.com/articles/93013-residential-repair-replacement-bright-spot-in-a-down-economy' },
  { vanity: '+1-514-AUTOBUS', number: '+15142886287', brand: 'AUTOBUS', source: 'https://en.wikipedia.org/wiki/Phoneword' },
  { vanity: '+1-514-STM-INFO', number: '+15147864636', brand: 'STMINFO', source: 'https://en.wikipedia.org/wiki/Phoneword' },
  { vanity: '+44-800-REPAIR', number: '+44800737247', brand: 'REPAIR', source: 'https://telecomsworld.com/blog/memorable-business-numbers' },
  { vanity: '+61-13-CABS', number: '+61132227', brand: 'CABS', source: 'http://www.businessphoneaustralia.com.au/Smart_Numbers.htm' },
  { vanity: '+61-13-RAMS', number: '+61137267', brand: 'RAMS', source: 'http://www.businessphoneaustralia.com.au/Smart_Numbers.htm' },
  { vanity: '+61-13-CATS', number: '+61132287', brand: 'CATS', source: 'https://zintel.com.au/a-guide-to-phone-words-and-smart-numbers/' },
  { vanity: '+61-1300-DOMINO(S)', number: '+611300366466', brand: 'DOMINO', source: 'https://1300australia.com.au/our-products/phone-words/what-is-a-phone-word/' },
  { vanity: '+61-1300-WESTPA(C)', number: '+611300937872', brand: 'WESTPA', source: 'http://www.anthonysblog.com.au/tag/1800-number/' },
  { vanity: '+61-1300-GO-HARV(EY)', number: '+611300464278', brand: 'GOHARV', source: 'https://13001800numbersaustralia.wordpress.com/category/1300-1800-phonewords/' },
  { vanity: '+61-1300-OZETEL', number: '+611300693835', brand: 'OZETEL', source: 'https://13001800numbersaustralia.wordpress.com/category/1300-1800-phonewords/' },
  { vanity: '+61-1300-MR-PHON(EWORDS)', number: '+611300677466', brand: 'MRPHON', source: 'https://1300spellit.com.au/privacy.html' },
  { vanity: '+27-860-SAMSUN(G)', number: '+27860726786', brand: 'SAMSUN', source: 'https://manualsdump.com/en/manuals/samsung-ls27b971ds-en-ls27b970ds-en-ls27b970ds-ng-ls27b970ds-xv-ls27b970ds-xy-ls27b970ds-ci/350873/66' },
  { vanity: '+421-800-SAMSUN(G)', number: '+421800726786', brand: 'SAMSUN', source: 'https://manualsdump.com/amp/en/manuals/361589/21' },
  { vanity: '+420-800-SAMSUN(G)', number: '+420800726786', brand: 'SAMSUN', source: 'https://manualsdump.com/amp/en/manuals/361589/21' },
  { vanity: '+36-80-SAMSUN(G)', number: '+3680726786', brand: 'SAMSUN', source: 'https://manualsdump.com/amp/en/manuals/361589/21' },
  { vanity: '+385-62-SAMSUN(G)', number: '+38562726786', brand: 'SAMSUN', source: 'https://manualsdump.com/amp/en/manuals/358890/102' },
  { vanity: '+43-810-SAMSUNG', number: '+438107267864', brand: 'SAMSUNG', source: 'https://manualsdump.com/amp/en/manuals/358890/102' },
  { vanity: '+49-180-6-SAMSUNG', number: '+4918067267864', brand: 'SAMSUNG', source: 'https://manualsdump.com/en/manuals/samsung-hw-f751-en-hw-f750-en/364068/75' },
  { vanity: '+43-800-SAMSUNG', number: '+438007267864', brand: 'SAMSUNG', source: 'https://manualsdump.com/en/manuals/samsung-hw-f751-en-hw-f750-en/364068/75' },
  { vanity: '+40-8008-SAMSU(NG)', number: '+40800872678', brand: 'SAMSU', source: 'https://manualsdump.com/amp/en/manuals/361589/21' },
  { vanity: '1-800-I-FLY-SWA', number: '+18004359792', brand: 'IFLYSWA', source: 'https://www.paylessflights.com/en/airlines/Southwest-airlines_85/' },
  { vanity: '1-800-GAMBLER', number: '+18004262537', brand: 'GAMBLER', source: 'https://oddsindex.com/guides/problem-gambling-help' },
  { vanity: '1-800-333-HOPE', number: '+18003334673', brand: 'HOPE', source: 'https://getgamblinghelp.com/get-help-now/' },
  { vanity: '1-888-BETS-OFF', number: '+18882387633', brand: 'BETSOFF', source: 'http://www.americangaming.org/newsroom/newsletters/responsible-gaming-quarterly/answering-call-problem-gambling-assistance' },
  { vanity: '1-877-WGFD-TIP', number: '+18779433847', brand: 'WGFDTIP', source: 'https://www.sweetwaternow.com/help-the-wgfd-stop-poaching-with-easy-steps/' },
  { vanity: '1-800-TIP-MONT', number: '+18008476668', brand: 'TIPMONT', source: 'https://mooseradio.com/hunters-and-those-in-the-outdoors-reminded-to-turn-in-poachers/' },
  { vanity: '1-844-FWS-TIPS', number: '+18443978477', brand: 'FWSTIPS', source: 'https://thenaturenut.org/2018/05/04/griffs-wild-tips-report-poachers/' },
  { vanity: '1-800-O-CANADA', number: '+18006226232', brand: 'OCANADA', source: 'https://bac-lac.wayback.archive-it.org/web/20061210153534/http://communication.gc.ca/information/1800_history.html' },
  { vanity: '1-888-INFO-FDA', number: '+18884636332', brand: 'INFOFDA', source: 'http://www.kitricklaw.com/drugs-and-the-fda-pharmacists/' },
  { vanity: '1-800-FDA-1088', number: '+18003321088', brand: 'FDA', source: 'http://worstpills.org/chapters/view/506' },
];

export type EvaluationHalf = 'tuning' | 'test';

/** FNV-1a, 32 bits: a fixed, well-known hash, so the split never depends on the list's order. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const HALVES: ReadonlyMap<string, EvaluationHalf> = new Map(
  [...FAMOUS_VANITY_NUMBERS]
    .map(({ number }) => ({ number, hash: fnv1a(number) }))
    .sort((a, b) => a.hash - b.hash || a.number.localeCompare(b.number))
    .map(({ number }, index): [string, EvaluationHalf] => [number, index % 2 === 0 ? 'tuning' : 'test']),
);

/** Which half an advertised number belongs to. */
export function evaluationHalf(entry: FamousVanityNumber): EvaluationHalf {
  return HALVES.get(entry.number) ?? 'test';
}

/** The half the ranking may be tuned on. */
export const TUNING_NUMBERS: readonly FamousVanityNumber[] = FAMOUS_VANITY_NUMBERS.filter((entry) => evaluationHalf(entry) === 'tuning');

/** The held-out half: report it, never tune on it. */
export const TEST_NUMBERS: readonly FamousVanityNumber[] = FAMOUS_VANITY_NUMBERS.filter((entry) => evaluationHalf(entry) === 'test');

/**
 * Everyday business phrases spelled into 1-800 numbers, made up for a second check of the ranking: each is
 * a phrase a business might choose, not one advertised. A hit has the phrase's letters in the top five.
 */
export const BUSINESS_PHRASES: readonly string[] = [
  'GO-GREEN', 'TAX-HELP', 'BEST-BUY', 'JUNK-CAR', 'PET-CARE', 'PAY-LESS', 'MY-HOUSE', 'CAR-WASH', 'FIX-ROOF',
  'BUY-GOLD', 'NEW-HOME', 'CALL-NOW', 'GET-HELP', 'HOT-TUBS', 'LAW-FIRM', 'BIG-SALE', 'SELL-CAR', 'HOME-FIX',
  'DRY-WALL', 'FLY-HOME', 'EAT-WELL', 'GET-CASH', 'BUY-TIRE', 'SAVE-NOW', 'CLEAN-UP', 'MOVE-OUT', 'PAINTED',
  'LOCKOUT', 'ROOFING', 'GO-SOLAR', 'BAIL-OUT', 'DOG-WASH', 'FAST-CAR',
];
