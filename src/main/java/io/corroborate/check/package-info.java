/**
 * Semantic checks over parsed rule files, one stage per concern, all run to report every mistake. Uses source, lang and text (for unit kinds).
 */
package io.corroborate.check;
