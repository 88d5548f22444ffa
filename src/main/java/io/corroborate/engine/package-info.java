/**
 * One Drools session per evaluation: facts in, verdicts and findings out, assembled into a deterministic report. Uses extract, compile, check, text and the model records.
 */
package io.corroborate.engine;
