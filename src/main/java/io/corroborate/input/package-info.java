/**
 * Reading input documents (.txt, .json, .jsonl); a bad document is a problem, never an exception. Uses the public model records.
 */
package io.corroborate.input;
