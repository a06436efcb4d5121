/**
 * A small element tree from saxes, a strict, streaming XML parser: malformed XML is an error (a
 * damaged document), and saxes expands no DTD entities, so an entity bomb has nothing to expand.
 */
import { SaxesParser } from "saxes";
import { ImportError } from "./errors.js";

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (XmlElement | string)[];
}

export function parseXml(text: string, part: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const root: XmlElement = { name: "#document", attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = String(v);
    const el: XmlElement = { name: tag.name, attrs, children: [] };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("text", (t) => void stack[stack.length - 1]!.children.push(t));
  parser.on("cdata", (t) => void stack[stack.length - 1]!.children.push(t));
  try {
    parser.write(text).close();
  } catch (e) {
    throw new ImportError("import.fout.xml", { deel: part, detail: e instanceof Error ? e.message.split("\n")[0]!.slice(0, 120) : String(e) });
  }
  const top = root.children.find((c): c is XmlElement => typeof c !== "string");
  if (!top) throw new ImportError("import.fout.xml", { deel: part, detail: "empty" });
  return top;
}

export const elements = (el: XmlElement, name?: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => typeof c !== "string" && (name === undefined || c.name === name));

export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined =>
  el?.children.find((c): c is XmlElement => typeof c !== "string" && c.name === name);

/** All descendants named `name`, in document order. */
export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === "string") continue;
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}
