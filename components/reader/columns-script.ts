// Runs while the page is parsed, before paint: applies ?cols=… to the page, so the HTML is
// the same whatever columns a reader picks, and folds the tools away on a phone. It carries
// the response's CSP nonce.
export function columnsScript(articleId: string, toolsId: string): string {
  return `(function(){try{var f=document.getElementById(${JSON.stringify(toolsId)});if(f&&window.matchMedia("(max-width: 767px)").matches)f.removeAttribute("open")}catch(e){}})();(function(){try{var a=document.getElementById(${JSON.stringify(articleId)});var v=new URLSearchParams(location.search).get("cols");if(!a||!v)return;var ok=["fr","en","ru"],c=[];v.split(",").forEach(function(x){x=x.trim();if(ok.indexOf(x)>=0&&c.indexOf(x)<0)c.push(x)});if(!c.length)return;a.setAttribute("data-cols",c.join(" "));a.style.setProperty("--cols",String(c.length));c.forEach(function(x,i){a.style.setProperty("--order-"+x,String(i))})}catch(e){}})();`;
}

export function columnStyle(columns: readonly string[]): Record<string, string> {
  return Object.fromEntries([["--cols", String(columns.length)], ...columns.map((language, index) => [`--order-${language}`, String(index)])]);
}
