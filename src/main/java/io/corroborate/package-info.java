/**
 * Public API: {@link io.corroborate.Corroborate} compiles rule files into an immutable, thread-safe {@link io.corroborate.RuleSet}; its reports are plain records. May use every package except cli.
 */
package io.corroborate;
