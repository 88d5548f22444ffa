/**
 * The text layer: sentences, tokens, numbers and quantities, names, quotes and speakers. Pure functions; uses nothing else of ours.
 */
package io.corroborate.text;
