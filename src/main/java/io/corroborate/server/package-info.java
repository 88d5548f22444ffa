/**
 * The HTTP service ({@code corroborate serve}): a compiled rule set shared by every request, JSON in and
 * out, limits that answer with JSON errors, and atomic hot reload of the rule files. Built on the JDK's
 * {@code com.sun.net.httpserver}; uses the public API, the report writer and nothing below them.
 */
package io.corroborate.server;
