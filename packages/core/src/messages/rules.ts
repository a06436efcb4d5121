/**
 * The rules' message texts, keyed `<rule-id>.<message-id>`, nl and en. Kept apart from the rules'
 * logic (rules/*.ts), so that translators and reviewers read the texts in one place.
 */
import type { MessageText } from "./catalog.js";

export const RULE_MESSAGES: Readonly<Record<string, MessageText>> = {};
