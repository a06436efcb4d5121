/**
 * textDocument/formatting and textDocument/rangeFormatting: core's canonical layout (`formatText`:
 * safe fixes, aligned tables, single blank lines, one final line break) as a small set of edits, so
 * that the editor keeps the cursor, the undo history and the markers in the untouched text.
 * https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#textDocument_formatting
 */
import { formatText, type FormatOptions, type TextEdit as CoreEdit } from "@veiligheidsplan/core";
import type { Range, TextEdit } from "vscode-languageserver-types";
import { blockIndexAt, rangeToSpan, type PlanDocument } from "./document.js";
import { toLspEdits } from "./navigation.js";

export type FormattingOptions = Omit<FormatOptions, "parsed">;

export function getFormattingEdits(doc: PlanDocument, options: FormattingOptions = {}): TextEdit[] {
  return toLspEdits(doc.parsed, formattingEdits(doc.parsed.text, options));
}

/** Only the edits that touch the range (a table counts whole: it is aligned as one). */
export function getRangeFormattingEdits(doc: PlanDocument, range: Range, options: FormattingOptions = {}): TextEdit[] {
  const p = doc.parsed;
  const asked = rangeToSpan(p, range);
  // Widen to whole blocks: a cursor anywhere in a table formats the table.
  const span = { start: p.blocks[blockIndexAt(p, asked.start)]?.span.start ?? asked.start, end: p.blocks[blockIndexAt(p, asked.end)]?.span.end ?? asked.end };
  const edits = formattingEdits(p.text, options).filter((e) => e.span.start < span.end && e.span.end >= span.start);
  return toLspEdits(doc.parsed, edits);
}

export function formattingEdits(text: string, options: FormattingOptions = {}): CoreEdit[] {
  const { output, changed } = formatText(text, { ...options, parsed: undefined });
  return changed ? diffEdits(text, output) : [];
}

interface LineSlice {
  readonly start: number;
  readonly end: number;
}

/** Lines with their terminators, so that joining them gives the text back. */
function lineSlices(text: string): LineSlice[] {
  const out: LineSlice[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/**
 * The edits that turn `a` into `b`: a line diff (Myers, O((N+M)·D)) whose changed runs become one edit
 * each, trimmed to the characters that differ. Falls back to one edit for the changed middle when the
 * texts differ in too many places to be worth a fine diff.
 */
export function diffEdits(a: string, b: string, maxD = 1000): CoreEdit[] {
  if (a === b) return [];
  const la = lineSlices(a);
  const lb = lineSlices(b);
  const A = la.map((s) => a.slice(s.start, s.end));
  const B = lb.map((s) => b.slice(s.start, s.end));
  // Common head and tail first: the usual formatter change is local.
  let head = 0;
  while (head < A.length && head < B.length && A[head] === B[head]) head++;
  let tail = 0;
  while (tail < A.length - head && tail < B.length - head && A[A.length - 1 - tail] === B[B.length - 1 - tail]) tail++;
  const runs = myers(A.slice(head, A.length - tail), B.slice(head, B.length - tail), maxD);
  const offsetA = (i: number) => (i < la.length ? la[i]!.start : a.length);
  const offsetB = (i: number) => (i < lb.length ? lb[i]!.start : b.length);
  const edits: CoreEdit[] = [];
  for (const r of runs ?? [{ a0: 0, a1: A.length - head - tail, b0: 0, b1: B.length - head - tail }]) {
    const sa = offsetA(head + r.a0);
    const ea = offsetA(head + r.a1);
    const sb = offsetB(head + r.b0);
    const eb = offsetB(head + r.b1);
    edits.push(trimEdit(a, sa, ea, b.slice(sb, eb)));
  }
  return edits.filter((e) => !(e.span.start === e.span.end && e.newText === ""));
}

/** Narrows a replacement to the characters that actually change. */
function trimEdit(a: string, start: number, end: number, newText: string): CoreEdit {
  let s = 0;
  const old = a.slice(start, end);
  while (s < old.length && s < newText.length && old.charCodeAt(s) === newText.charCodeAt(s)) s++;
  let e = 0;
  while (e < old.length - s && e < newText.length - s && old.charCodeAt(old.length - 1 - e) === newText.charCodeAt(newText.length - 1 - e)) e++;
  // Never split a CRLF pair between kept and replaced text.
  while (s > 0 && old.charCodeAt(s - 1) === 13 && (old.charCodeAt(s) === 10 || newText.charCodeAt(s) === 10)) s--;
  return { span: { start: start + s, end: end - e }, newText: newText.slice(s, newText.length - e) };
}

interface Run {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/** Myers' diff on lines; returns the changed runs, or undefined when more than `maxD` lines differ. */
function myers(A: readonly string[], B: readonly string[], maxD: number): Run[] | undefined {
  const n = A.length;
  const m = B.length;
  if (n === 0 && m === 0) return [];
  if (n === 0 || m === 0) return [{ a0: 0, a1: n, b0: 0, b1: m }];
  const max = Math.min(n + m, maxD);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && A[x] === B[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    if (found >= 0) break;
  }
  if (found < 0) return undefined;
  // Walk back through the trace to list the edit script, then merge adjacent changes into runs.
  const ops: { x: number; y: number; kind: "del" | "ins" }[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const vv = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vv[offset + k - 1]! < vv[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = vv[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
    }
    if (prevK === k + 1) ops.push({ x: prevX, y: prevY, kind: "ins" });
    else ops.push({ x: prevX, y: prevY, kind: "del" });
    x = prevX;
    y = prevY;
  }
  ops.reverse();
  const runs: Run[] = [];
  for (const op of ops) {
    const last = runs[runs.length - 1];
    const a0 = op.x;
    const b0 = op.y;
    const a1 = op.kind === "del" ? op.x + 1 : op.x;
    const b1 = op.kind === "ins" ? op.y + 1 : op.y;
    if (last && last.a1 === a0 && last.b1 === b0) {
      last.a1 = a1;
      last.b1 = b1;
    } else runs.push({ a0, a1, b0, b1 });
  }
  return runs;
}
