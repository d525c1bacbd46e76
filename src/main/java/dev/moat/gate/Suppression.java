package dev.moat.gate;

import dev.moat.match.Finding;

/** A finding left out of the results, and why ({@code ignore file line 3}, {@code VEX not_affected}, ...). */
public record Suppression(Finding finding, String reason) {}
