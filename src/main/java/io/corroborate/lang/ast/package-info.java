/**
 * The immutable AST of rule files; every node has a span. Uses source only.
 */
package io.corroborate.lang.ast;
