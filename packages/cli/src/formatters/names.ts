/** The output formats, apart from their code, so that parsing the command line loads none of them. */
export const FORMAT_NAMES = ["stylish", "json", "sarif", "github", "junit", "codequality"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
