package dev.moat.vulndb;

/** A data source credited in {@code moat db info}: name, home page, license. */
public record Source(String name, String url, String license) {}
