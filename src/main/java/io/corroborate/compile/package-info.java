/**
 * Checked rule sets to a Drools rule base (generated DRL, every user string through DrlText) and to pattern matchers. Uses check, lang.ast and text.
 */
package io.corroborate.compile;
