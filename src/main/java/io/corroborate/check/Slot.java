package io.corroborate.check;

/**
 * A checked slot of a claim kind.
 *
 * @param optional a claim may leave it empty (a slot with a default is optional)
 * @param defaultValue the value an empty slot takes, or null
 */
public record Slot(String name, SlotType type, boolean optional, Object defaultValue) {}
