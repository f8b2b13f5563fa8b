package org.annals.store;

/** How many mentions an entity (text and type) has over the latest article versions. */
public record EntityCount(String text, String type, long count) {}
