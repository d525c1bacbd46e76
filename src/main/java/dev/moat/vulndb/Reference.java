package dev.moat.vulndb;

/** An OSV reference: a type ({@code ADVISORY}, {@code FIX}, {@code WEB}, ...) and a URL. */
public record Reference(String type, String url) {}
