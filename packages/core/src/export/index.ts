/**
 * `@veiligheidsplan/core/export`: a plan out as a Word document (.docx). Its own entry, like the
 * importer, so that loading core never loads the Word writer.
 */
export { exportDocx } from "./docx.js";
