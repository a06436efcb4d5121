/**
 * The report preview's page, apart from VS Code so that it can be tested on its own: core's report
 * with one small script of ours, and the body alone for the updates that follow.
 */

/** What goes inside <body>: sent on each update, so that the page keeps its place. */
export function bodyOf(html: string): string {
  const start = html.indexOf("<body>");
  const end = html.lastIndexOf("</body>");
  return start >= 0 && end > start ? html.slice(start + 6, end) : html;
}

export function nonce(): string {
  let s = "";
  const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  for (let i = 0; i < 32; i++) s += chars[Math.floor(Math.random() * chars.length)];
  return s;
}

/**
 * The report with one script of our own (allowed by its nonce, nothing else is): it replaces the body
 * when an update arrives and remembers the scroll position across reloads.
 */
export function withPlaceKeeper(html: string, n: string): string {
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-${n}'`;
  const script = `<script nonce="${n}">
const vscode = acquireVsCodeApi();
addEventListener("DOMContentLoaded", () => { const s = vscode.getState(); if (s && typeof s.y === "number") scrollTo(0, s.y); });
addEventListener("scroll", () => vscode.setState({ y: scrollY }), { passive: true });
addEventListener("message", (e) => {
  if (!e.data || e.data.type !== "update" || typeof e.data.body !== "string") return;
  const y = scrollY;
  document.body.innerHTML = e.data.body;
  scrollTo(0, y);
});
</script>`;
  return html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`).replace("</head>", `${script}\n</head>`);
}
