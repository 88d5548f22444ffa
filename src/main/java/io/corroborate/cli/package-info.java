/**
 * The picocli command line; it uses the public API exactly as an embedding service would. The only place that prints.
 */
package io.corroborate.cli;
