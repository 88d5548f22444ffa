package io.corroborate.check;

/** A checked slot of a claim kind. */
public record Slot(String name, SlotType type, boolean optional) {}
