#!/usr/bin/env node
/**
 * Reads one law's consolidated text in the Markdown form of the public mirror statengeneraal/laws-markdown
 * (wet/<name>/<BWB id>/README.md, itself taken from wetten.overheid.nl) and prints which articles exist
 * and their leden, as the JSON that src/law/articles.ts holds. Kept so the data can be re-derived from a
 * newer text: `node scripts/law-articles.mjs README.md`.
 *
 * An article is a "### Artikel <nr>" heading; its leden are the lines that start with "<n>." or "<n><letter>."
 * (sub-items use "a." and "1°."). An article whose whole text is "[Vervallen]" or "Vervallen." is repealed and left out.
 */
import { readFileSync } from "node:fs";

const text = readFileSync(process.argv[2], "utf8").replace(/\r\n?/g, "\n");
const lines = text.split("\n");
const articles = {};
let current;
let body = [];
const flush = () => {
  if (!current) return;
  // Leden run 1, 2, 3 … with an inserted "2a" after 2; a list that starts again at 1 inside a lid, or
  // "1e." (an ordinal sub-item), is not a lid.
  const leden = [];
  let last = 0;
  for (const l of body) {
    const m = /^(\d+)([a-df-z]?)\.\s/.exec(l);
    if (!m) continue;
    const n = Number(m[1]);
    if (m[2] === "" && n === last + 1) {
      leden.push(String(n));
      last = n;
    } else if (m[2] !== "" && n === last && !leden.includes(m[1] + m[2])) leden.push(m[1] + m[2]);
  }
  const plain = body.join(" ").replace(/\s+/g, " ").trim();
  const vervallen = /^\[?\s*vervallen\s*\.?\s*\]?\.?$/i.test(plain) || plain === "";
  // A regular run 1..n is written as its count n; an irregular one (with "2a") as its labels.
  const regular = leden.every((x, i) => x === String(i + 1));
  if (!vervallen) articles[current] = regular ? leden.length : leden;
  current = undefined;
  body = [];
};
for (const line of lines) {
  const h = /^###\s*(?:Artikel\s+(\S+)|(.*))/.exec(line);
  if (h) {
    flush();
    if (h[1]) current = h[1].toLowerCase().replace(/\.$/, "");
    continue;
  }
  if (current) body.push(line);
}
flush();
process.stdout.write(JSON.stringify(articles) + "\n");
