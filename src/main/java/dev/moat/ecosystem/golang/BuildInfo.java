package dev.moat.ecosystem.golang;

/**
 * The two strings a Go linker embeds in every binary: the toolchain version ({@code go1.19.8}) and
 * the module information printed by {@code go version -m}.
 */
record BuildInfo(String goVersion, String modInfo) {}
