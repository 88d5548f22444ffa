/**
 * Reading input documents (.txt, .json, .jsonl, .html): decoding, line ends, metadata, and the outlet
 * inferred from credit lines when none is given. A bad document is a problem, never an exception. Uses the
 * public model records.
 */
package io.corroborate.input;
