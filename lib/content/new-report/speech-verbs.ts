// French verbs that introduce or follow a quotation, as regular-expression alternations:
// the third person present (singular and plural) and the past participle. Regular -er verbs
// are derived; the others are listed with their forms.
const ER_VERBS = (
  "raconte explique affirme déclare ajoute souligne précise confie assure estime indique témoigne lance rappelle " +
  "insiste observe note commente martèle regrette glisse murmure résume avance juge dénonce continue constate " +
  "déplore avoue souffle ironise tranche analyse détaille complète nuance demande interroge raille lâche jure " +
  "argue annonce proteste exclame indigne inquiète emporte étonne désole félicite réjouit défend justifie"
).split(" ");

// present singular, present plural, participle
const OTHER_VERBS: [string, string, string][] = [
  ["dit", "disent", "dit"],
  ["poursuit", "poursuivent", "poursuivi"],
  ["conclut", "concluent", "conclu"],
  ["prévient", "préviennent", "prévenu"],
  ["admet", "admettent", "admis"],
  ["reconnaît", "reconnaissent", "reconnu"],
  ["reconnait", "reconnaissent", "reconnu"],
  ["renchérit", "renchérissent", "renchéri"],
  ["soutient", "soutiennent", "soutenu"],
  ["maintient", "maintiennent", "maintenu"],
  ["écrit", "écrivent", "écrit"],
  ["répond", "répondent", "répondu"],
  ["souvient", "souviennent", "souvenu"],
  ["réjouit", "réjouissent", "réjoui"],
];

const alternation = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).join("|");

export const PRESENT = alternation([
  ...ER_VERBS,
  ...ER_VERBS.map((verb) => `${verb}nt`),
  ...OTHER_VERBS.flatMap(([singular, plural]) => [singular, plural]),
]);
export const PARTICIPLE = alternation([...ER_VERBS.map((verb) => `${verb.slice(0, -1)}é`), ...OTHER_VERBS.map(([, , participle]) => participle)]);
// "se souvient", "s’exclame": the reflexive pronoun before the verb
export const REFLEXIVE = String.raw`(?:se\s|s['’])?`;
export const SUBJECT_PRONOUN = "il|elle|ils|elles|on";
