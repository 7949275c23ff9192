// Month and weekday names of the content languages, so that "jeudi 13 janvier" is checked
// against "Thursday 13 January" and «в четверг, 13 января». Russian names are matched by
// their stem (январь, января, январе), the short or ambiguous ones as whole forms.
type Names = readonly (readonly string[])[];

const MONTHS: Record<string, Names> = {
  fr: [["janvier"], ["février", "fevrier"], ["mars"], ["avril"], ["mai"], ["juin"], ["juillet"], ["août", "aout"], ["septembre"], ["octobre"], ["novembre"], ["décembre", "decembre"]],
  en: [["january"], ["february"], ["march"], ["april"], ["may"], ["june"], ["july"], ["august"], ["september"], ["october"], ["november"], ["december"]],
  ru: [["январ*"], ["феврал*"], ["март", "марта", "марте"], ["апрел*"], ["май", "мая", "мае"], ["июн*"], ["июл*"], ["август*"], ["сентябр*"], ["октябр*"], ["ноябр*"], ["декабр*"]],
};

const WEEKDAYS: Record<string, Names> = {
  fr: [["lundi"], ["mardi"], ["mercredi"], ["jeudi"], ["vendredi"], ["samedi"], ["dimanche"]],
  en: [["monday"], ["tuesday"], ["wednesday"], ["thursday"], ["friday"], ["saturday"], ["sunday"]],
  ru: [["понедельник*"], ["вторник*"], ["среда", "среду", "среды"], ["четверг*"], ["пятниц*"], ["суббот*"], ["воскресень*"]],
};

function indexOf(word: string, names: Names): number {
  return names.findIndex((forms) => forms.some((form) => (form.endsWith("*") ? word.startsWith(form.slice(0, -1)) : word === form)));
}

// The months and weekdays a text names, as language-independent keys ("m0" January, "d3" Thursday).
export function dateWords(text: string, language: string): { key: string; word: string }[] {
  const months = MONTHS[language];
  const days = WEEKDAYS[language];
  if (!months || !days) return [];
  return Array.from(text.matchAll(/\p{L}+/gu), (match) => match[0]).flatMap((word) => {
    const lower = word.toLocaleLowerCase(language);
    // "May" and "March" are also an English verb and a noun: only capitalised, as months are written.
    if (language === "en" && (lower === "may" || lower === "march") && word[0] !== word[0].toUpperCase()) return [];
    const month = indexOf(lower, months);
    if (month !== -1) return [{ key: `m${month}`, word }];
    const day = indexOf(lower, days);
    return day !== -1 ? [{ key: `d${day}`, word }] : [];
  });
}
