/**
 * Compiled token patterns: continuation-passing backtracking matchers over one sentence. Uses check, lang.ast and text.
 */
package io.corroborate.compile.match;
