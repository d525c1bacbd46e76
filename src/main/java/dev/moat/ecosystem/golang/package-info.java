/**
 * Go ecosystem: modules compiled into ELF binaries, read from the build information the Go linker
 * embeds (Go's debug/buildinfo format), without running the binary.
 *
 * <p>Packages are {@code stdlib} at the toolchain version ({@code go1.19.8} becomes {@code 1.19.8},
 * as OSV's Go advisories write it), the main module and each dependency with {@code =>} replacements
 * applied; module versions lose their {@code v}. GOPATH builds (Debian's) have no module lines: their
 * package path stands for the main module, with an empty (unknown) version, as Trivy reports
 * {@code (devel)} builds without an ldflags version.
 */
package dev.moat.ecosystem.golang;
