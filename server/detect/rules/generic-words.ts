// Common words of config files and example values. A value mostly made of them is a word, not a secret.
const WORDS = `
password passwd pass word secret secrets token tokens key keys api access auth admin administrator user users
username root test testing tests example examples default defaults local localhost dev development prod production
staging stage demo sample value values string config configuration setting settings app application server client
service services database data base my the and for you your here change this that not set none empty null true false
login logout super secure security private public hello world foo bar baz qux quux dummy mock fake stub fixture random
some any new old temp tmp guest welcome letmein qwerty abc master main web site mail email name info hash salt session
cookie bearer oauth github google stripe amazon azure slack docker redis postgres mysql mongo mongodb kafka rabbit
let enter insert put replace real real ready good bad strong weak simple plain text pass word open close start stop
node npm python java golang ruby rust react angular vue next nuxt express django flask rails spring laravel
project team company org organization account accounts customer customers order orders payment payments invoice
shop store cart product products item items price billing checkout webhook webhooks hook hooks event events
message messages chat channel channels notify notification notifications push pull request requests response
read write update delete create remove list get post patch upload download file files path folder image images
anonymous anon ftp
public static final const var let function return class import export module require from into with without
internal external global shared common core utils util helper helpers handler handlers manager managers
magic spell dragon monkey shadow sunshine princess football baseball soccer hunter killer batman superman
love secret secretly hidden unknown nothing something everything always never sometimes maybe please thanks
one two three four five six seven eight nine ten first second third last next prev previous current
red green blue black white yellow orange purple pink gray grey brown silver gold golden
alpha beta gamma delta omega sigma zeta theta kappa lambda
spring summer autumn winter january february march april june july august september october november december
monday tuesday wednesday thursday friday saturday sunday morning evening night today tomorrow yesterday
insecure unsafe safe valid invalid wrong right correct incorrect horse battery staple
`;

export const DICTIONARY = new Set(WORDS.split(/\s+/).filter((w) => w.length >= 3));

// A trie walk from each position stops at the first character no word continues with: about two steps
// for random text, instead of a dozen slices and set lookups. The trie is a table (state × letter → next state,
// 0 for none) read by char code: no Map lookup and no one-character string per step.
const LETTERS = 26;
const PREFIXES = new Set([...DICTIONARY].flatMap((w) => [...w].map((_, i) => w.slice(0, i + 1))));
const NEXT = new Uint16Array((PREFIXES.size + 1) * LETTERS);
const IS_WORD = new Uint8Array(PREFIXES.size + 1);
let states = 1;
for (const w of DICTIONARY) {
  let s = 0;
  for (let i = 0; i < w.length; i++) {
    const at = s * LETTERS + w.charCodeAt(i) - 97; // the words are lowercase a-z
    if (NEXT[at] === 0) NEXT[at] = states++;
    s = NEXT[at] ?? 0;
  }
  IS_WORD[s] = 1;
}

/** Fraction of the value's characters covered by dictionary words of 3+ letters (greedy longest match). */
export function wordCoverage(value: string): number {
  const lower = value.toLowerCase();
  let covered = 0;
  let i = 0;
  while (i < lower.length) {
    let best = 0;
    let s = 0;
    for (let j = i; j < lower.length; j++) {
      const letter = lower.charCodeAt(j) - 97;
      s = letter >= 0 && letter < LETTERS ? NEXT[s * LETTERS + letter] ?? 0 : 0;
      if (s === 0) break;
      if (IS_WORD[s] === 1) best = j - i + 1;
    }
    if (best > 0) { covered += best; i += best; } else i++;
  }
  return lower.length === 0 ? 0 : covered / lower.length;
}
