/**
 * Parsing: the ANTLR driver, the one AST builder, import loading. Uses source and its own ast/ and generated antlr/ packages.
 */
package io.corroborate.lang;
