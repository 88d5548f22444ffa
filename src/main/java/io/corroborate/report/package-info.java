/**
 * Writing reports: JSON (Jackson), plain text and a self-contained HTML page. Uses the public model
 * records, and the text layer's sentence splitter to show a match in its sentence.
 */
package io.corroborate.report;
