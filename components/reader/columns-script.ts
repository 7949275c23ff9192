import { SOURCE_LANGUAGE, type ContentLanguage } from "@/lib/languages";

// Runs while the page is parsed, before paint: applies ?cols=… to the page, so the HTML is
// the same whatever columns a reader picks, and folds the tools away on a phone. It carries
// the response's CSP nonce. `languages` are the report's (lib/languages.ts: reportLanguages).
export function columnsScript(articleId: string, toolsId: string, languages: readonly ContentLanguage[]): string {
  return `(function(){try{var f=document.getElementById(${JSON.stringify(toolsId)});if(f&&window.matchMedia("(max-width: 767px)").matches)f.removeAttribute("open")}catch(e){}})();(function(){try{var a=document.getElementById(${JSON.stringify(articleId)});var v=new URLSearchParams(location.search).get("cols");if(!a||!v)return;var ok=${JSON.stringify(languages)},c=[];v.split(",").forEach(function(x){x=x.trim();if(ok.indexOf(x)>=0&&c.indexOf(x)<0)c.push(x)});if(!c.length)return;a.setAttribute("data-cols",c.join(" "));a.style.setProperty("--cols",String(c.length));c.forEach(function(x,i){a.style.setProperty("--order-"+x,String(i))})}catch(e){}})();`;
}

export function columnStyle(columns: readonly string[]): Record<string, string> {
  return Object.fromEntries([["--cols", String(columns.length)], ...columns.map((language, index) => [`--order-${language}`, String(index)])]);
}

// The rules that show the chosen columns in their order, one set per language of the report,
// in the page's nonce-carrying <style>: CSS cannot match "data-cols holds my data-col" for any
// code, so the rules are derived from the language list rather than written per language.
// A code is [a-z]{2,3} (lib/languages.ts checks the configuration), safe inside a selector.
export function columnsCss(articleId: string, languages: readonly ContentLanguage[]): string {
  return languages
    .map(
      (code) =>
        `.aligned[data-cols~="${code}"] .cell[data-col="${code}"]{display:block}` +
        `.aligned .cell[data-col="${code}"]{order:var(--order-${code},9)}` +
        // a title in a language that no column shows is not shown either
        `.reader:has(#${articleId}:not([data-cols~="${code}"])) .title-translation[lang="${code}"]{display:none}`,
    )
    .concat(`.aligned[data-cols~="${SOURCE_LANGUAGE}"] .offer-original{display:none}`)
    .join("");
}
