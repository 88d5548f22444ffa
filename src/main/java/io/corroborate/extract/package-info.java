/**
 * Compiled patterns over analyzed text: claims with provenance, and sentence features for findings. Uses compile, check, text and the model records.
 */
package io.corroborate.extract;
