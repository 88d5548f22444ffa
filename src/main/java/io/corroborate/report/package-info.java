/**
 * Writing reports: JSON (Jackson) and plain text. Uses the public model records only.
 */
package io.corroborate.report;
