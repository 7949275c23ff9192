import { describe, expect, it } from "vitest";
import { numberFormat, numbersDates } from "./number-checks";
import { pair } from "./testing";

describe("numbers and dates carried over (warning)", () => {
  it("accepts the same days and month, fr→en and fr→ru", () => {
    expect(numbersDates.run(pair("les 5 et 6 janvier", "on 5 and 6 January", "en"))).toEqual([]);
    expect(numbersDates.run(pair("les 5 et 6 janvier", "5 и 6 января", "ru"))).toEqual([]);
    expect(numbersDates.run(pair("jeudi 13 janvier", "Thursday 13 January", "en"))).toEqual([]);
    expect(numbersDates.run(pair("jeudi 13 janvier", "в четверг, 13 января", "ru"))).toEqual([]);
  });

  it("reads each language's digits: 1 000,5 in French and Russian is 1,000.5 in English", () => {
    expect(numbersDates.run(pair("1 000,5 tonnes et 10 000 personnes", "1,000.5 tonnes and 10,000 people", "en"))).toEqual([]);
    expect(numbersDates.run(pair("1 000,5 tonnes", "1 000,5 тонны", "ru"))).toEqual([]);
  });

  it("names a number changed, dropped or added", () => {
    expect(numbersDates.run(pair("les 5 et 6 janvier", "on 5 and 7 January", "en"))).toEqual([
      { id: "numbers-dates", detail: "6" },
      { id: "numbers-dates", detail: "7" },
    ]);
    expect(numbersDates.run(pair("les 5 et 6 janvier", "5 января", "ru"))).toEqual([{ id: "numbers-dates", detail: "6" }]);
    expect(numbersDates.run(pair("164 morts", "1640 dead", "en"))).toEqual([
      { id: "numbers-dates", detail: "164" },
      { id: "numbers-dates", detail: "1640" },
    ]);
  });

  it("names a month or weekday changed", () => {
    expect(numbersDates.run(pair("jeudi 13 janvier", "Friday 13 January", "en"))).toEqual([
      { id: "numbers-dates", detail: "jeudi" },
      { id: "numbers-dates", detail: "Friday" },
    ]);
    expect(numbersDates.run(pair("les 5 et 6 janvier", "5 и 6 февраля", "ru"))).toEqual([
      { id: "numbers-dates", detail: "janvier" },
      { id: "numbers-dates", detail: "февраля" },
    ]);
    // "may" the verb is no month
    expect(numbersDates.run(pair("Il peut venir.", "He may come.", "en"))).toEqual([]);
  });
});

describe("digits in the target language's format (warning)", () => {
  it("flags French or Russian digits in English and English digits in Russian", () => {
    expect(numberFormat.run(pair("10 000 personnes", "10 000 people", "en"))).toEqual([{ id: "number-format", detail: "10 000" }]);
    expect(numberFormat.run(pair("2,5 %", "2,5 %", "en"))).toEqual([{ id: "number-format", detail: "2,5" }]);
    expect(numberFormat.run(pair("2,5 %", "2.5 %", "ru"))).toEqual([{ id: "number-format", detail: "2.5" }]);
  });

  it("accepts each language's own format and dates with points", () => {
    expect(numberFormat.run(pair("10 000 personnes", "10,000 people, 2.5 %", "en"))).toEqual([]);
    expect(numberFormat.run(pair("10 000 personnes", "10 000 человек, 2,5 %, 05.01.2022", "ru"))).toEqual([]);
  });
});
